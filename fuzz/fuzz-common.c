/* fuzz-common.c — set-up and checks shared by the fuzz targets
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-fuzz"

#include "config.h"

#include <stdlib.h>

#include "fayan-core.h"
#include "fuzz-common.h"

void
fuzz_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      fy_core_init ();
      g_once_init_leave (&initialized, 1);
    }
}

void
fuzz_fail (const char   *what,
           const GError *error)
{
  if (error != NULL)
    g_printerr ("fuzz: %s: %s (%s, %d)\n", what, error->message,
                g_quark_to_string (error->domain), error->code);
  else
    g_printerr ("fuzz: %s\n", what);
  abort ();
}

void
fuzz_check_error (const GError *error)
{
  if (error == NULL)
    fuzz_fail ("failed without setting an error", NULL);
  if (error->domain != FY_ERROR)
    fuzz_fail ("error outside the FY_ERROR domain", error);
  if (error->message == NULL || error->message[0] == '\0')
    fuzz_fail ("error without a message", error);
  if (!g_utf8_validate (error->message, -1, NULL))
    fuzz_fail ("error message is not UTF-8", NULL);
}

/* fy-core.c — library-wide set-up of libfayan-core
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fayan-core.h"
#include "fy-core-resources.h"

/**
 * fy_core_init:
 *
 * Registers the core resources (presets, templates, samples) and binds the
 * translation domain.  Front ends call it once at start-up,
 * before any user-visible string is produced.
 */
void
fy_core_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      fy_core_register_resource ();
      bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&initialized, 1);
    }
}

/* fy-core.c — library-wide set-up of libfayan-core
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-core-resources.h"

/**
 * fy_core_setlocale:
 *
 * Sets the locale from the environment, as `setlocale (LC_ALL, "")` does.
 * Front ends call it first thing in main(), before fy_core_init().
 *
 * A user who asks for a language whose locale is not installed
 * (LANG=zh_CN.UTF-8 on a system where only C.UTF-8 is generated) would get
 * English: setlocale() fails, the locale stays "C", and gettext ignores
 * translations in "C".  This keeps the language asked for: it switches to
 * C.UTF-8 and names the language in LANGUAGE, which gettext honours in every
 * locale but "C".  Call it before any thread exists (it may set the
 * environment).
 */
void
fy_core_setlocale (void)
{
  const char *current;
  const char *wanted = NULL;
  const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  g_autofree char *language = NULL;
  const char *language_var;

  setlocale (LC_ALL, "");
  current = setlocale (LC_MESSAGES, NULL);
  if (current == NULL || (strcmp (current, "C") != 0 && strcmp (current, "POSIX") != 0))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (vars) && wanted == NULL; i++)
    {
      const char *value = g_getenv (vars[i]);

      if (value != NULL && *value != '\0')
        wanted = value;
    }

  if (wanted == NULL || strcmp (wanted, "C") == 0 || strcmp (wanted, "POSIX") == 0
      || g_str_has_prefix (wanted, "C."))
    return;

  language = g_strndup (wanted, strcspn (wanted, ".@"));
  if (*language == '\0' || setlocale (LC_ALL, "C.UTF-8") == NULL)
    return;

  language_var = g_getenv ("LANGUAGE");
  if (language_var == NULL || *language_var == '\0')
    g_setenv ("LANGUAGE", language, TRUE);

  g_debug ("The locale “%s” is not installed; showing messages in “%s” with C.UTF-8",
           wanted, language);
}

/**
 * fy_core_init:
 *
 * Registers the core resources (presets, templates, samples) and binds the
 * translation domain.  Front ends call it once at start-up, right after
 * fy_core_setlocale(), before any user-visible string is produced.
 *
 * The catalogs are looked up in the installation's locale directory, or in
 * the directory named by the environment variable FAYAN_LOCALEDIR (for runs
 * and tests from the build tree: `FAYAN_LOCALEDIR=_build/po`).
 */
void
fy_core_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      fy_core_register_resource ();
      const char *localedir = g_getenv ("FAYAN_LOCALEDIR");

      bindtextdomain (GETTEXT_PACKAGE,
                      localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&initialized, 1);
    }
}

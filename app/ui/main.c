/* main.c — entry point of the Fayan application
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "fy-application.h"
#include "fy-renderer-choice.h"

static gboolean
has_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, FY_SETTINGS_SCHEMA_ID, TRUE);

  return schema != NULL;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(FyApplication) app = NULL;

  fy_core_setlocale ();
  /* Already set, with a fallback GTK lacks (warning when it fails). */
  gtk_disable_setlocale ();
  fy_core_init ();
  textdomain (GETTEXT_PACKAGE);

  /* GSettings aborts on a missing schema; say what to do instead. */
  if (!has_schema ())
    {
      g_printerr (_("The settings schema %s is not installed. Install Fayan, or run it from "
                    "the build tree with “meson devenv -C _build fayan”."),
                  FY_SETTINGS_SCHEMA_ID);
      g_printerr ("\n");
      return 1;
    }

  /* GSK reads GSK_RENDERER once, and setting it is safe only before
   * the application's D-Bus and worker threads exist: choose here, not in
   * startup.  Without a display GTK says why later, as usual. */
  if (gtk_init_check ())
    fy_renderer_choice_apply (gdk_display_get_default ());

  app = fy_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}

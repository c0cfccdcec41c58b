/* main.c — entry point of the Fayan application
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "fy-application.h"

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

  app = fy_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}

/* test-window.c — the main window under a display
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "fy-application.h"
#include "fy-window.h"

static void
test_window_shows_sample (void)
{
  g_autoptr(FyApplication) app = fy_application_new ();
  g_autoptr(GError) error = NULL;
  FyWindow *window;
  FyDocument *document;
  g_autofree char *title = NULL;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  window = g_object_new (FY_TYPE_WINDOW, "application", app, NULL);
  g_object_ref_sink (window);
  g_assert_true (fy_window_open_sample (window, &error));
  g_assert_no_error (error);

  document = fy_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_cmpuint (fy_document_get_n_blocks (document), >, 10);
  title = fy_document_dup_display_title (document);
  g_assert_true (g_str_has_prefix (title, "把代表联络站"));
  /* Not saved yet: the title is the speech's, without a modified mark. */
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "把代表联络站"));
  g_assert_false (fy_window_get_modified (window));

  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  fy_core_init ();

  g_test_add_func ("/ui/window/shows-sample", test_window_shows_sample);

  return g_test_run ();
}

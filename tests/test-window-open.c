/* test-window-open.c — a file that cannot be opened, in the window
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Out of test-window.c (over the house's size): a failed Open is said
 * where it was asked, and the speech on screen stays. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fy-application.h"
#include "fy-test-utils.h"
#include "fy-test-window.h"
#include "fy-window.h"

static guint
count_windows (FyApplication *app)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* The question a failed Open asked on @window: its heading names @name. */
static void
close_open_error (FyWindow   *window,
                  const char *name)
{
  AdwMessageDialog *dialog = fy_test_wait_for_message (GTK_WINDOW (window));

  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), name));
  fy_test_respond (dialog, "close");
  fy_test_iterate ();
}

static void
test_window_open_error (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-window-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "坏文件.fayan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FyDocument *before = fy_window_get_document (window);

  g_assert_true (g_file_set_contents (path, "{ \"format\": \"fayan-document\", ", -1, &error));

  /* A corrupt file is reported and the document on screen stays. */
  fy_window_open_file (window, file);
  close_open_error (window, "坏文件.fayan");
  g_assert_true (fy_window_get_document (window) == before);

  fy_test_destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* A file that cannot be opened (corrupt, or from a newer Fayan) is
 * reported on the window the user opened it from, or on the welcome
 * screen: no empty window is left behind for it. */
static void
test_window_open_error_no_empty_window (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-window-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "坏文件.fayan", NULL);
  g_autofree char *future_path = g_build_filename (dir, "新版本.fayan", NULL);
  g_autofree char *future = fy_test_future_document ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) future_file = g_file_new_for_path (future_path);
  g_autofree char *future_uri = g_file_get_uri (future_file);
  FyWindow *welcome;
  FyWindow *window;
  FyDocument *before;

  g_assert_true (g_file_set_contents (path, "{ \"format\": \"fayan-document\", ", -1, &error));
  g_assert_true (g_file_set_contents (future_path, future, -1, &error));
  g_application_hold (G_APPLICATION (app));

  /* fayan FILE with nothing open: the welcome screen says why. */
  g_application_open (G_APPLICATION (app), &file, 1, "");
  g_assert_cmpuint (count_windows (app), ==, 1);
  welcome = g_object_ref (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  close_open_error (welcome, "坏文件.fayan");
  g_assert_null (fy_window_get_document (welcome));
  g_assert_true (gtk_widget_get_mapped (fy_window_get_welcome (welcome)));

  /* Open Recent from a speech of the user's: its window says why. */
  window = fy_test_make_window (app);
  fy_test_type_at (window, 2, 0, "补一句。");
  g_assert_false (fy_window_get_pristine (window));
  before = fy_window_get_document (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", future_uri));
  close_open_error (window, "新版本.fayan");
  g_assert_cmpuint (count_windows (app), ==, 2);
  g_assert_true (fy_window_get_document (window) == before);

  /* fayan FILE again, with the speech in front. */
  gtk_window_present (GTK_WINDOW (window));
  fy_test_iterate ();
  g_application_open (G_APPLICATION (app), &file, 1, "");
  g_assert_cmpuint (count_windows (app), ==, 2);
  close_open_error (FY_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app))),
                    "坏文件.fayan");

  fy_test_destroy_window (window);
  fy_test_destroy_window (welcome);
  g_application_release (G_APPLICATION (app));
  g_unlink (path);
  g_unlink (future_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  fy_test_init_ui (&argc, &argv);

  g_test_add_func ("/ui/window/open-error", test_window_open_error);
  g_test_add_func ("/ui/window/open-error-no-empty-window", test_window_open_error_no_empty_window);

  return g_test_run ();
}

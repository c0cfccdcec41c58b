/* test-session.c — a whole session in the window, without a critical or warning
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fy-application.h"
#include "fy-test-window.h"
#include "fy-window.h"

/*
 * Open a document, edit it, wait for the recovery copy, close the window
 * (discarding the changes), quit.  gtk_test_init() makes every GLib or GTK
 * critical and warning fatal (as G_DEBUG=fatal-warnings does for the
 * suite), and a log writer counts them too, so that one logged from a
 * place that does not abort (a finalizer run at exit, a handler in
 * another library) still fails the test.
 */

static guint n_bad_messages;

static GLogWriterOutput
count_writer (GLogLevelFlags   level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_ERROR))
    n_bad_messages++;

  return g_log_writer_default (level, fields, n_fields, user_data);
}

static gboolean
has_recovery_copy (gpointer data)
{
  const char *folder = data;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".fayan"))
      return TRUE;

  return FALSE;
}

static gboolean
has_no_window (gpointer data)
{
  return gtk_application_get_windows (GTK_APPLICATION (data)) == NULL;
}

static void
type_text (FyWindow   *window,
           guint       line,
           const char *text)
{
  FyEditor *editor = fy_window_get_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line (buffer, &iter, line);
  gtk_text_buffer_place_cursor (buffer, &iter);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      char ch[8] = { 0, };

      g_unichar_to_utf8 (g_utf8_get_char (p), ch);
      g_signal_emit_by_name (editor, "insert-at-cursor", ch);
      fy_test_run_for (20);
    }
}

/* A title, a heading and a few dozen paragraphs, one with a note. */
static FyDocument *
make_document (void)
{
  FyDocument *document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "在基层工作会议上的讲话");
  g_autoptr(FyBlock) heading = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "一、抓好基层工作");

  fy_document_append_block (document, title);
  fy_document_append_block (document, heading);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *text = g_strdup_printf ("同志们,第%u件事要抓紧落实，确保各项任务按时完成。", i + 1);
      g_autoptr(FyBlock) para = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, text);

      fy_document_append_block (document, para);
    }

  return document;
}

static void
test_session_edit_autosave_close (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(FyDocument) document = make_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-test-session-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "speech.fayan", NULL);
  g_autofree char *recovery = g_build_filename (g_get_user_data_dir (), "fayan", "recovery", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;
  FyWindow *window;

  g_application_hold (G_APPLICATION (app));

  g_assert_true (fy_document_save_to_file (document, file, NULL, &error));
  g_assert_no_error (error);

  /* Open. */
  window = g_object_new (FY_TYPE_WINDOW, "application", app, NULL);
  fy_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  fy_test_run_for (500);
  g_assert_true (fy_window_get_document (window) != NULL);

  /* Edit: keys, a new paragraph, a paste. */
  type_text (window, 2, "我们要认真落实。");
  g_signal_emit_by_name (fy_window_get_editor (window), "insert-at-cursor", "\n");
  fy_editor_paste_text (fy_window_get_editor (window), "第一段粘贴的文字。\n\n第二段粘贴的文字。");
  fy_test_run_for (200);
  g_assert_true (fy_window_get_modified (window));

  /* The recovery copy is written within the autosave delay. */
  g_assert_true (fy_test_wait_for (has_recovery_copy, recovery, 20));
  fy_test_run_for (300);

  /* Close, discarding the changes. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = fy_test_wait_for_message (NULL);
  g_assert_nonnull (dialog);
  /* Clicked as a user does: the answer closes the window that asked. */
  fy_test_click_button (GTK_WIDGET (dialog), "_Discard");
  g_assert_true (fy_test_wait_for (has_no_window, app, 5));
  g_assert_false (has_recovery_copy (recovery));

  /* Quit. */
  g_application_release (G_APPLICATION (app));
  g_application_quit (G_APPLICATION (app));
  fy_test_run_for (300);

  g_assert_cmpuint (n_bad_messages, ==, 0);

  g_unlink (path);
  g_rmdir (dir);
}

/* A speech in a folder named by an older system in Latin-1 (été, é one
 * byte 0xE9), and the folder gone since (a colleague's stick pulled):
 * the window's subtitle and the recovery offer give the folder as a
 * path a person reads (U+FFFD for the stray bytes), where they showed a
 * "file:///…/%E9t%E9" address. */
static void
test_session_latin1_folder_gone (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(FyDocument) document = make_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-test-latin1-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (dir, "\xe9t\xe9", NULL);
  g_autofree char *path = g_build_filename (folder, "caf\xe9.fayan", NULL);
  g_autofree char *shown = g_filename_display_name (folder);
  g_autofree char *entry = g_strdup_printf ("caf\xef\xbf\xbd.fayan in %s,", shown);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwWindowTitle *title;
  GtkWidget *offer;
  FyWindow *window;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (fy_document_save_to_file (document, file, NULL, &error));
  g_assert_no_error (error);
  window = g_object_ref_sink (g_object_new (FY_TYPE_WINDOW, "application", app, NULL));
  fy_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  type_text (window, 2, "补一句。");
  g_unlink (path);
  g_rmdir (folder);

  title = ADW_WINDOW_TITLE (fy_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, shown);

  /* Fayan closed before the speech was saved: the offer names where it was. */
  g_assert_true (fy_window_autosave_now (window, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  window = g_object_ref_sink (g_object_new (FY_TYPE_WINDOW, "application", app, NULL));
  offer = fy_application_offer_recovery (app, GTK_WINDOW (window));
  g_assert_nonnull (offer);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (offer)), entry));
  fy_test_respond (ADW_MESSAGE_DIALOG (offer), "discard");
  fy_test_destroy_window (window);

  g_assert_cmpuint (n_bad_messages, ==, 0);
  g_rmdir (dir);
}

/* A file named by an older system in Latin-1 (café.fayan, é one byte
 * 0xE9, not UTF-8): the window's title, the close question and the
 * error of a file that cannot be read show its name readably (U+FFFD for
 * the stray byte), where the raw bytes went into the text before. */
static void
test_session_latin1_file_name (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(FyDocument) document = make_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-test-latin1-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "caf\xe9.fayan", NULL);
  g_autofree char *broken_path = g_build_filename (dir, "\xe9" "bauche.fayan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  AdwMessageDialog *dialog;
  FyWindow *window;
  const char *text;

  g_application_hold (G_APPLICATION (app));
  g_assert_true (fy_document_save_to_file (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (broken_path, "not a speech", -1, NULL));

  window = g_object_new (FY_TYPE_WINDOW, "application", app, NULL);
  fy_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  fy_test_run_for (300);
  text = gtk_window_get_title (GTK_WINDOW (window));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (strstr (text, "caf\xef\xbf\xbd.fayan"));

  type_text (window, 2, "补一句。");
  gtk_window_close (GTK_WINDOW (window));
  dialog = fy_test_wait_for_message (NULL);
  g_assert_nonnull (dialog);
  text = adw_message_dialog_get_body (dialog);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (strstr (text, "caf\xef\xbf\xbd.fayan"));
  fy_test_click_button (GTK_WIDGET (dialog), "_Discard");
  g_assert_true (fy_test_wait_for (has_no_window, app, 5));

  window = g_object_ref_sink (g_object_new (FY_TYPE_WINDOW, "application", app, NULL));
  gtk_window_present (GTK_WINDOW (window));
  fy_window_open_file (window, broken);
  dialog = fy_test_wait_for_message (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  text = adw_message_dialog_get_heading (dialog);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (strstr (text, "\xef\xbf\xbd" "bauche.fayan"));
  fy_test_respond (dialog, "close");
  fy_test_destroy_window (window);

  g_application_release (G_APPLICATION (app));
  g_assert_cmpuint (n_bad_messages, ==, 0);
  g_unlink (path);
  g_unlink (broken_path);
  g_rmdir (dir);
}

/* A key comes from the display's event source, of higher priority than
 * the frame clock's; the frame, when due, comes right after it, before
 * GTK's idles.  This types, at the end of a paragraph, a phrase as an
 * input method commits it (long enough to wrap, so that the text grows
 * and the scroll range moves).  GTK 4.8 left laying out the new line to
 * the frame's drawing then, and warned "Trying to snapshot GtkGizmo …
 * without a current allocation".  Whether the frame clock has a frame
 * due at that moment is its own affair: this test can catch the warning
 * but need not (a real key under Xvfb did, in most runs). */
typedef struct
{
  FyEditor *editor;
  gboolean  typed;
} Key;

static gboolean
type_key_cb (gpointer data)
{
  Key *key = data;

  g_signal_emit_by_name (key->editor, "insert-at-cursor", "我们要认真落实会议精神，把各项工作部署抓细抓实抓出成效。");
  key->typed = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_typed (gpointer data)
{
  return ((Key *) data)->typed;
}

static void
test_session_first_key (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(FyDocument) document = make_document ();
  FyWindow *window = g_object_ref_sink (g_object_new (FY_TYPE_WINDOW, "application", app, NULL));
  FyEditor *editor = fy_window_get_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW);
  GtkTextIter iter;
  Key key = { editor, FALSE };

  fy_window_set_document (window, document);
  /* The scrollbar shown, as under a pointer that has just clicked into
   * the text (an overlay scrollbar is not drawn until the pointer moves). */
  gtk_scrolled_window_set_overlay_scrolling (GTK_SCROLLED_WINDOW (scroller), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  fy_test_run_for (500);

  /* The cursor at the end of the third paragraph, in view. */
  gtk_widget_grab_focus (GTK_WIDGET (editor));
  gtk_text_buffer_get_iter_at_line (buffer, &iter, 4);
  gtk_text_iter_forward_to_line_end (&iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  fy_test_run_for (300);

  /* A frame due, and its time come, when the key is handled. */
  gtk_widget_queue_draw (GTK_WIDGET (editor));
  g_usleep (50 * 1000);
  g_idle_add_full (G_PRIORITY_DEFAULT, type_key_cb, &key, NULL);
  g_assert_true (fy_test_wait_for (is_typed, &key, 5));
  fy_test_run_for (300);
  g_assert_true (fy_window_get_modified (window));

  g_assert_cmpuint (n_bad_messages, ==, 0);
  fy_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* Recovery copies go to a folder of our own. */
  fy_test_init_ui (&argc, &argv);
  g_log_set_writer_func (count_writer, NULL, NULL);

  g_test_add_func ("/ui/session/edit-autosave-close", test_session_edit_autosave_close);
  g_test_add_func ("/ui/session/first-key", test_session_first_key);
  g_test_add_func ("/ui/session/latin1-file-name", test_session_latin1_file_name);
  g_test_add_func ("/ui/session/latin1-folder-gone", test_session_latin1_folder_gone);

  return g_test_run ();
}

/* test-window.c — the main window under a display
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "fy-application.h"
#include "fy-fields-panel.h"
#include "fy-outline.h"
#include "fy-preview.h"
#include "fy-recovery.h"
#include "fy-template-gallery.h"
#include "fy-test-window.h"
#include "fy-test-utils.h"
#include "fy-window.h"

static gboolean
has_message_dialog (gpointer data)
{
  return fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, data) != NULL;
}

static void
test_window_shows_sample (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyDocument *document = fy_window_get_document (window);
  g_autofree char *title = NULL;
  g_autofree char *status = NULL;

  g_assert_nonnull (document);
  g_assert_cmpuint (fy_document_get_n_blocks (document), >, 10);
  title = fy_document_dup_display_title (document);
  g_assert_true (g_str_has_prefix (title, "把代表联络站"));
  /* Not saved yet: the title is the speech's, without a modified mark. */
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "把代表联络站"));
  g_assert_false (fy_window_get_modified (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  /* Every view shows the same document. */
  g_assert_true (fy_editor_get_document (fy_window_get_editor (window)) == document);
  g_assert_true (fy_outline_get_document (FY_OUTLINE (fy_window_get_outline (window))) == document);
  g_assert_true (fy_preview_get_document (FY_PREVIEW (fy_window_get_preview (window))) == document);
  g_assert_cmpuint (fy_outline_get_n_entries (FY_OUTLINE (fy_window_get_outline (window))), >=, 5);
  g_assert_cmpuint (fy_fields_panel_get_n_fields (FY_FIELDS_PANEL (fy_window_get_fields_panel (window))), ==, 3);

  status = fy_window_dup_status_text (window);
  g_assert_nonnull (strstr (status, "characters"));
  g_assert_nonnull (strstr (status, "of 8 min"));

  fy_test_destroy_window (window);
}

static void
test_window_typing_marks_modified (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyDocument *document = fy_window_get_document (window);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  guint n_before, n_after;

  before = fy_window_dup_status_text (window);
  fy_document_count_characters (document, &n_before, NULL);

  fy_test_type_at (window, 4, 0, "经过调研，");
  fy_editor_flush (fy_window_get_editor (window));

  text = fy_document_dup_block_text (document, 4);
  g_assert_true (g_str_has_prefix (text, "经过调研，近年来"));
  g_assert_true (fy_window_get_modified (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  fy_document_count_characters (document, &n_after, NULL);
  g_assert_cmpuint (n_after, ==, n_before + 5);
  after = fy_window_dup_status_text (window);
  g_assert_cmpstr (before, !=, after);

  /* Undo back to the text as opened: no longer modified (the title kept
   * its mark); Redo, and a page-number switch undone, alike. */
  fy_editor_undo (fy_window_get_editor (window));
  g_assert_false (fy_window_get_modified (window));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  fy_editor_redo (fy_window_get_editor (window));
  fy_editor_flush (fy_window_get_editor (window));
  g_assert_true (fy_window_get_modified (window));
  fy_editor_undo (fy_window_get_editor (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.page-numbers", NULL));
  g_assert_true (fy_window_get_modified (window));
  fy_editor_undo (fy_window_get_editor (window));
  g_assert_false (fy_window_get_modified (window));

  fy_test_destroy_window (window);
}

static guint
count_lint (FyWindow *window)
{
  g_autofree char *status = fy_window_dup_status_text (window);

  return (guint)g_ascii_strtoull (strrchr (status, '|') + 1, NULL, 10);
}

/* What the notes button shows: GtkMenuButton's toggle button's child. */
static GtkWidget *
get_lint_label (FyWindow *window)
{
  GtkWidget *button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                FY_TYPE_WINDOW,
                                                                "lint_button"));

  return gtk_button_get_child (GTK_BUTTON (gtk_widget_get_first_child (button)));
}

static void
test_window_status_line (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyDocument *document = fy_window_get_document (window);
  g_autofree char *status = NULL;
  GtkWidget *label;
  guint before;
  guint after;

  /* The sample is clean; a half-width comma between Chinese words is a
   * proofreading note. */
  before = count_lint (window);
  fy_test_type_at (window, 4, 0, "首先,我们");
  fy_editor_flush (fy_window_get_editor (window));
  after = count_lint (window);
  g_assert_cmpuint (after, >, before);
  /* Proofreading again to the same count keeps the button's label:
   * GTK 4.8 builds a new one on every gtk_menu_button_set_label(), a
   * resize of the status line after each pause in the typing. */
  label = get_lint_label (window);
  g_assert_nonnull (label);
  g_assert_cmpuint (count_lint (window), ==, after);
  g_assert_true (get_lint_label (window) == label);

  /* Over the time limit: the estimate is highlighted. */
  g_assert_false (fy_window_get_over_time (window));
  fy_document_set_time_limit (document, 1);
  status = fy_window_dup_status_text (window);
  g_assert_nonnull (strstr (status, "of 1 min"));
  g_assert_true (fy_window_get_over_time (window));

  fy_test_destroy_window (window);
}

static gboolean
has_lint_tag (GtkTextBuffer *buffer,
              guint          line,
              guint          offset)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "lint");
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, line, offset);

  return gtk_text_iter_has_tag (&iter, tag);
}

static GtkLabel *
find_label_containing (GtkWidget  *widget,
                       const char *needle)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), needle) != NULL)
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label_containing (child, needle);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
label_changed (gpointer data)
{
  GtkLabel *label = data;

  return g_strcmp0 (gtk_label_get_text (label), g_object_get_data (G_OBJECT (label), "before")) != 0;
}

/* Waits for the status line's count to change: the proofreading worker
 * brings it with its notes. */
static void
wait_for_counts (GtkLabel *count)
{
  g_object_set_data_full (G_OBJECT (count), "before", g_strdup (gtk_label_get_text (count)), g_free);
  g_assert_true (fy_test_wait_for (label_changed, count, 30));
}

static char *
dup_expected_count (FyWindow *window)
{
  guint n_chars = 0, n_no_punct = 0;

  fy_editor_flush (fy_window_get_editor (window));
  fy_document_count_characters (fy_window_get_document (window), &n_chars, &n_no_punct);

  return g_strdup_printf ("%u characters (%u without punctuation)", n_chars, n_no_punct);
}

/* Typing is counted and checked in a worker: its counts reach the status
 * line and its notes the characters they are about, also after more
 * typing moved those characters. */
static void
test_window_worker_follows_typing (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于基层工作的几点体会");
  g_autoptr(FyBlock) para = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "我们认真落实。");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (fy_window_get_editor (window)));
  g_autofree char *expected = NULL;
  GtkLabel *count;

  fy_document_append_block (document, title);
  fy_document_append_block (document, para);
  fy_window_set_document (window, document);
  fy_test_iterate ();
  count = find_label_containing (GTK_WIDGET (window), " characters (");
  g_assert_nonnull (count);
  expected = dup_expected_count (window);
  g_assert_cmpstr (gtk_label_get_text (count), ==, expected);

  /* A half-width comma between Chinese words is a note. */
  fy_test_type_at (window, 1, 0, "首先,");
  wait_for_counts (count);
  g_clear_pointer (&expected, g_free);
  expected = dup_expected_count (window);
  g_assert_cmpstr (gtk_label_get_text (count), ==, expected);
  g_assert_true (has_lint_tag (buffer, 1, 2));

  /* Typed before it: the note follows the comma, in the same paragraph. */
  fy_test_type_at (window, 1, 0, "第一点，");
  fy_test_type_at (window, 0, 0, "新");
  wait_for_counts (count);
  g_clear_pointer (&expected, g_free);
  expected = dup_expected_count (window);
  g_assert_cmpstr (gtk_label_get_text (count), ==, expected);
  g_assert_true (has_lint_tag (buffer, 1, 6));
  for (guint i = 0; i < 6; i++)
    g_assert_false (has_lint_tag (buffer, 1, i));
  for (guint i = 0; i < 11; i++)
    g_assert_false (has_lint_tag (buffer, 0, i));
  g_assert_cmpuint (count_lint (window), >=, 1);

  fy_test_destroy_window (window);
}

static char *
dup_buffer_line (GtkTextBuffer *buffer,
                 guint          line)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);

  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static guint
count_findings (FyDocument *document)
{
  g_autoptr(FyLint) lint = fy_lint_new ();
  g_autoptr(GPtrArray) findings = NULL;

  fy_lint_set_check_fonts (lint, FALSE);
  findings = fy_lint_document (lint, document);

  return findings->len;
}

static void
test_window_lint_fix_all (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于基层工作的几点体会");
  g_autoptr(FyBlock) para = NULL;
  FyEditor *editor = fy_window_get_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;
  guint before, after;

  /* A chip showing a longer value than {{会议名称}} sits before the
   * half-width comma and the wrap space, so model offsets differ from
   * buffer offsets. */
  para = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "{{会议名称}}召开以来,我们 认真落实。");
  fy_document_append_block (document, title);
  fy_document_append_block (document, para);
  fy_document_set_field_value (document, "会议名称", "全区基层工作会议");
  fy_window_set_document (window, document);
  fy_test_iterate ();

  before = count_lint (window);
  g_assert_cmpuint (before, >=, 2);
  line = dup_buffer_line (buffer, 1);
  g_assert_cmpstr (line, ==, "全区基层工作会议召开以来,我们 认真落实。");

  /* The comma (12) and the space (15) are underlined, their neighbours
   * are not. */
  g_assert_true (has_lint_tag (buffer, 1, 12));
  g_assert_true (has_lint_tag (buffer, 1, 15));
  for (guint i = 8; i < 20; i++)
    if (i != 12 && i != 15)
      g_assert_false (has_lint_tag (buffer, 1, i));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.lint-fix-all", NULL);
  fy_test_iterate ();

  text = fy_block_dup_text (fy_document_get_block (document, 1));
  g_assert_cmpstr (text, ==, "{{会议名称}}召开以来，我们认真落实。");
  g_clear_pointer (&line, g_free);
  line = dup_buffer_line (buffer, 1);
  g_assert_cmpstr (line, ==, "全区基层工作会议召开以来，我们认真落实。");
  after = count_lint (window);
  g_assert_cmpuint (after, <=, before - 2);
  g_assert_cmpuint (after, ==, count_findings (document));
  for (guint i = 0; i < 20; i++)
    g_assert_false (has_lint_tag (buffer, 1, i));

  /* Fix All is one undo step. */
  g_assert_true (fy_editor_get_can_undo (editor));
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (fy_document_get_block (document, 1));
  g_assert_cmpstr (text, ==, "{{会议名称}}召开以来,我们 认真落实。");
  g_assert_cmpuint (count_lint (window), ==, before);
  g_assert_true (has_lint_tag (buffer, 1, 12));

  fy_test_destroy_window (window);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_window_lint_fix_one (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于基层工作的几点体会");
  g_autoptr(FyBlock) para = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "我们认真落实,取得成效。");
  FyEditor *editor = fy_window_get_editor (window);
  g_autofree char *text = NULL;
  GtkWidget *fix_all;
  GtkWidget *fix;
  guint before;

  fy_document_append_block (document, title);
  fy_document_append_block (document, para);
  fy_window_set_document (window, document);
  fy_test_iterate ();

  before = count_lint (window);
  g_assert_cmpuint (before, >=, 1);

  /* The note's own Fix button, in the status line's list, opened. */
  fix_all = find_button (GTK_WIDGET (window), "Fix All");
  g_assert_nonnull (fix_all);
  gtk_menu_button_popup (GTK_MENU_BUTTON (gtk_widget_get_parent (gtk_widget_get_ancestor (fix_all,
                                                                                          GTK_TYPE_POPOVER))));
  fy_test_iterate ();
  fix = find_button (GTK_WIDGET (window), "Fix");
  g_assert_nonnull (fix);
  g_signal_emit_by_name (fix, "clicked");
  fy_test_iterate ();

  text = fy_block_dup_text (fy_document_get_block (document, 1));
  g_assert_cmpstr (text, ==, "我们认真落实，取得成效。");
  g_assert_cmpuint (count_lint (window), ==, before - 1);

  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (fy_document_get_block (document, 1));
  g_assert_cmpstr (text, ==, "我们认真落实,取得成效。");

  fy_test_destroy_window (window);
}

static void
test_window_unsaved_dialog (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  AdwMessageDialog *dialog;

  fy_test_type_at (window, 4, 0, "新的一句话。");

  /* Close asks; Cancel keeps the window and the text. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (fy_test_wait_for (has_message_dialog, window, 5));
  dialog = ADW_MESSAGE_DIALOG (fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  adw_message_dialog_response (dialog, "cancel");
  fy_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (fy_window_get_modified (window));

  /* Discard closes it and drops the recovery copy. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (fy_test_wait_for (has_message_dialog, window, 5));
  dialog = ADW_MESSAGE_DIALOG (fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
  adw_message_dialog_response (dialog, "discard");
  fy_test_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));

  {
    g_autoptr(GPtrArray) orphans = fy_recovery_list_orphans ();

    g_assert_cmpuint (orphans->len, ==, 0);
  }

  g_object_unref (window);
}

static void
test_window_save_and_reopen (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-window-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "讲话.fayan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FyDocument) reloaded = NULL;
  g_autofree char *text = NULL;
  FyWindow *second;
  AdwMessageDialog *dialog;

  fy_test_type_at (window, 4, 0, "保存前写下的话。");
  g_assert_true (fy_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (fy_window_get_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "讲话.fayan — Fayan");

  reloaded = fy_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  text = fy_document_dup_block_text (reloaded, 4);
  g_assert_true (g_str_has_prefix (text, "保存前写下的话。"));

  /* Save in the close dialog writes the file, then closes. */
  fy_test_type_at (window, 4, 0, "再加一句。");
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (fy_test_wait_for (has_message_dialog, window, 5));
  dialog = ADW_MESSAGE_DIALOG (fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
  adw_message_dialog_response (dialog, "save");
  fy_test_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);

  /* Opening it again shows what was saved. */
  second = g_object_ref_sink (g_object_new (FY_TYPE_WINDOW, "application", app, NULL));
  fy_window_open_file (second, file);
  g_assert_true (g_file_equal (fy_window_get_file (second), file));
  g_clear_pointer (&text, g_free);
  text = fy_document_dup_block_text (fy_window_get_document (second), 4);
  g_assert_true (g_str_has_prefix (text, "再加一句。保存前写下的话。"));
  g_assert_false (fy_window_get_modified (second));

  fy_test_destroy_window (second);
  g_unlink (path);
  g_rmdir (dir);
}

/* A Word document exported by Fayan opens as the same speech. */
static void
test_window_open_docx (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-window-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "发言稿.docx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "在{{会议}}上的发言");
  g_autoptr(FyBlock) heading = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "提高站位");
  g_autoptr(FyBlock) body = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  FyDocument *opened;

  fy_block_set_lead_and_text (body, "一是学深悟透。", "要把文件学深学透。");
  fy_document_append_block (document, title);
  fy_document_append_block (document, heading);
  fy_document_append_block (document, body);
  fy_document_set_field_value (document, "会议", "全市工作会议");
  g_assert_no_error (error);
  g_assert_true (fy_docx_export_file (document, file, NULL, &error));
  g_assert_no_error (error);

  fy_window_open_file (window, file);
  fy_test_iterate ();
  opened = fy_window_get_document (window);
  g_assert_cmpuint (fy_document_get_n_blocks (opened), ==, 3);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (opened, 1)), ==, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpstr (fy_block_get_run (fy_document_get_block (opened, 1), 0)->text, ==, "提高站位");
  g_assert_cmpint (fy_block_get_run (fy_document_get_block (opened, 2), 0)->kind, ==, FY_RUN_BOLD);
  g_assert_cmpstr (fy_document_get_field_value (opened, "会议"), ==, "全市工作会议");
  /* nothing was left out, so no dialog */
  g_assert_false (has_message_dialog (window));

  fy_test_destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
drop_on_outline_row (FyOutline *outline,
                     guint      entry,
                     guint      dragged_block,
                     double     y)
{
  GtkWidget *row = NULL;
  g_autoptr(GListModel) controllers = NULL;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  guint n = 0;

  /* The rows of the outline's list, in order. */
  {
    GtkWidget *list = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (outline)));

    while (list != NULL && !GTK_IS_LIST_BOX (list))
      list = gtk_widget_get_first_child (list);
    g_assert_nonnull (list);
    for (GtkWidget *child = gtk_widget_get_first_child (list); child;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_LIST_BOX_ROW (child) && n++ == entry)
        row = child;
  }
  g_assert_nonnull (row);

  controllers = gtk_widget_observe_controllers (row);
  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, dragged_block);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 4.0, y, &accepted);
    }
  g_value_unset (&value);
  g_assert_true (accepted);
}

static void
test_window_outline_move (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyDocument *document = fy_window_get_document (window);
  FyOutline *outline = FY_OUTLINE (fy_window_get_outline (window));
  g_autofree char *first_label = NULL;
  g_autofree char *second_label = NULL;
  g_autofree char *lead = NULL;
  guint first, second, from, n_blocks, to;

  /* The sample's points are bold leads; move the second before the first. */
  g_assert_cmpuint (fy_outline_get_n_entries (outline), >=, 3);
  first = fy_outline_get_entry_block (outline, 1);
  second = fy_outline_get_entry_block (outline, 2);
  first_label = fy_outline_dup_entry_label (outline, 1);
  second_label = fy_outline_dup_entry_label (outline, 2);

  g_assert_true (fy_outline_compute_move (outline, second, first, FALSE, &from, &n_blocks, &to));
  g_assert_cmpuint (from, ==, second);
  g_assert_cmpuint (to, ==, first);

  /* Drop the second point's row on the upper half of the first's. */
  drop_on_outline_row (outline, 1, second, 1.0);
  fy_outline_refresh (outline);

  lead = fy_block_dup_lead (fy_document_get_block (document, first));
  g_assert_true (g_str_has_prefix (second_label, lead));
  g_clear_pointer (&second_label, g_free);
  second_label = fy_outline_dup_entry_label (outline, 2);
  g_assert_cmpstr (second_label, ==, first_label);
  /* The editor follows and the cursor is on the moved point. */
  g_assert_cmpuint (fy_editor_get_current_block (fy_window_get_editor (window)), ==, first);

  fy_test_destroy_window (window);
}

/* An entry (or search entry) that says @placeholder while empty. */
static gboolean
has_placeholder (GtkWidget     *widget,
                 gconstpointer  placeholder)
{
  g_autofree char *text = NULL;

  if (!GTK_IS_EDITABLE (widget) ||
      g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "placeholder-text") == NULL)
    return FALSE;

  g_object_get (widget, "placeholder-text", &text, NULL);
  return g_strcmp0 (text, placeholder) == 0;
}

static gboolean
toast_button_shown (gpointer window)
{
  return find_button (GTK_WIDGET (window), "_Undo") != NULL;
}

typedef struct
{
  GtkTextBuffer *buffer;
  const char    *text;
} BufferText;

static gboolean
buffer_shows (gpointer data)
{
  BufferText *want = data;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (want->buffer, &start, &end);
  text = gtk_text_buffer_get_text (want->buffer, &start, &end, FALSE);
  return g_strcmp0 (text, want->text) == 0;
}

/* Replace all says how many it replaced, and its toast takes them all
 * back (Ctrl+Z would undo the typing in the Replace entry, which keeps
 * the focus). */
static void
test_window_replace_all_undo (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (fy_window_get_editor (window)));
  GtkWidget *search = fy_test_find_widget (GTK_WIDGET (window), has_placeholder, "Find");
  GtkWidget *replace = fy_test_find_widget (GTK_WIDGET (window), has_placeholder, "Replace with");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkTextIter start, end;
  GtkWidget *button;

  g_assert_nonnull (search);
  g_assert_true (GTK_IS_ENTRY (replace));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  before = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (before, "代表"));

  gtk_editable_set_text (GTK_EDITABLE (search), "代表");
  gtk_editable_set_text (GTK_EDITABLE (replace), "人大代表");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.replace-all", NULL));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  after = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (after, !=, before);

  g_assert_true (fy_test_wait_for (toast_button_shown, window, 5));
  button = find_button (GTK_WIDGET (window), "_Undo");
  /* The toast carries out its action once it is dismissed. */
  gtk_widget_activate (button);
  g_assert_true (fy_test_wait_for (buffer_shows, &(BufferText) { buffer, before }, 5));

  fy_test_destroy_window (window);
}

static void
test_window_fields_linked (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyDocument *document = fy_window_get_document (window);
  FyFieldsPanel *panel = FY_FIELDS_PANEL (fy_window_get_fields_panel (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (fy_window_get_editor (window)));
  GtkEditable *entry = fy_fields_panel_get_entry (panel, "发言人");
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, "王建国");
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, "王建国");

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (text, "王建国"));
  g_assert_null (strstr (text, "周明远"));

  fy_test_destroy_window (window);
}

static gboolean
preview_shows (gpointer data)
{
  FyWindow *window = data;
  FyPreview *preview = FY_PREVIEW (fy_window_get_preview (window));
  FyLayout *layout = fy_preview_get_layout (preview);
  const char *needle = g_object_get_data (G_OBJECT (window), "needle");

  if (layout == NULL || fy_preview_get_busy (preview))
    return FALSE;

  for (guint page = 0; page < fy_layout_get_n_pages (layout); page++)
    for (guint line = 0; line < fy_layout_get_n_lines (layout, page); line++)
      {
        g_autofree char *text = fy_layout_dup_line_text (layout, page, line);

        /* With "prefix" set, the line must start with the needle. */
        if (g_object_get_data (G_OBJECT (window), "prefix") != NULL
            ? g_str_has_prefix (text, needle)
            : strstr (text, needle) != NULL)
          return TRUE;
      }

  return FALSE;
}

static void
test_window_preview_follows (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);

  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"民意窗口");
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));

  fy_test_type_at (window, 4, 0, "预览跟着变");
  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"预览跟着变");
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));

  fy_test_destroy_window (window);
}

static void
painted_cb (GdkFrameClock *clock,
            gpointer       user_data)
{
  *(guint *)user_data += 1;
}

/* Runs the main loop until the window has drawn @n more frames. */
static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  guint painted = 0;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  for (guint seen = 0; painted < n; seen = painted)
    {
      gtk_widget_queue_draw (widget);
      while (painted == seen)
        g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, id);
}

/* A paste that takes the cursor out of view shows it in the first frame
 * after it, not at the end of GTK's 200 ms scroll animation: a dozen
 * frames of the whole editor that the next keys would wait behind. */
static void
test_window_paste_scrolls_at_once (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  GtkSettings *settings = gtk_settings_get_default ();
  g_autoptr(GString) paste = g_string_new (NULL);
  GtkTextBuffer *buffer;
  GdkRectangle visible;
  GdkRectangle cursor;
  GtkTextIter iter;
  gboolean animations;
  FyWindow *window;
  FyEditor *editor;

  /* As on a desktop: gtk_test_init() turns animations off. */
  g_object_get (settings, "gtk-enable-animations", &animations, NULL);
  g_object_set (settings, "gtk-enable-animations", TRUE, NULL);
  window = fy_test_make_window (app);
  editor = fy_window_get_editor (window);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  wait_frames (GTK_WIDGET (window), 2);

  gtk_widget_grab_focus (GTK_WIDGET (editor));
  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  wait_frames (GTK_WIDGET (window), 1);
  for (guint i = 0; i < 60; i++)
    g_string_append_printf (paste, "第%u段粘贴进来的文字，把光标带到下面很远的地方。\n\n", i + 1);
  fy_editor_paste_text (editor, paste->str);
  wait_frames (GTK_WIDGET (window), 1);

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpuint (gtk_text_iter_get_line (&iter), >=, 59);
  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (editor), &visible);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (editor), &iter, &cursor);
  g_assert_cmpint (visible.y, >, 0);
  g_assert_cmpint (cursor.y, >=, visible.y);
  g_assert_cmpint (cursor.y + cursor.height, <=, visible.y + visible.height);

  fy_test_destroy_window (window);
  g_object_set (settings, "gtk-enable-animations", animations, NULL);
}

/* The list in the popover of the "N font substitutions" button. */
static GtkWidget *
find_fonts_list (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) != NULL &&
      strstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), "font substitution") != NULL)
    return fy_test_find_descendant (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget))),
                                    GTK_TYPE_LIST_BOX);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_fonts_list (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Every layout reports the font substitutions again; typing that changes
 * none of them leaves the list's rows as they were. */
static void
test_window_font_report_kept (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyPreview *preview = FY_PREVIEW (fy_window_get_preview (window));
  GtkWidget *list;
  GtkWidget *first;
  FyLayout *layout;

  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"民意窗口");
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));

  /* The suite's fonts lack the office faces: substitutions are reported. */
  list = find_fonts_list (GTK_WIDGET (window));
  g_assert_nonnull (list);
  first = gtk_widget_get_first_child (list);
  g_assert_true (GTK_IS_LIST_BOX_ROW (first));
  layout = fy_preview_get_layout (preview);

  fy_test_type_at (window, 4, 0, "报告不变");
  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"报告不变");
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));
  g_assert_true (fy_preview_get_layout (preview) != layout);
  g_assert_true (find_fonts_list (GTK_WIDGET (window)) == list);
  g_assert_true (gtk_widget_get_first_child (list) == first);

  fy_test_destroy_window (window);
}

/* The menu's check item switches the document between automatic numbers
 * and headings as written; the preview follows. */
static void
test_window_numbering_toggle (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "工作安排");
  g_autoptr(FyBlock) heading = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "明确工作要求");
  g_autoptr(FyBlock) body = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "各单位要认真执行。");
  gboolean automatic = FALSE;

  fy_document_append_block (document, title);
  fy_document_append_block (document, heading);
  fy_document_append_block (document, body);
  fy_window_set_document (window, document);
  g_object_set_data (G_OBJECT (window), "prefix", GINT_TO_POINTER (1));

  g_object_get (window, "automatic-numbering", &automatic, NULL);
  g_assert_true (automatic);
  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"一、明确工作要求");
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.automatic-numbering", NULL));
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AS_WRITTEN);
  g_object_get (window, "automatic-numbering", &automatic, NULL);
  g_assert_false (automatic);
  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"明确工作要求");
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));

  /* And back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.automatic-numbering", NULL));
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AUTO);

  fy_test_destroy_window (window);
}

static gboolean
preview_lacks (gpointer data)
{
  FyPreview *preview = FY_PREVIEW (fy_window_get_preview (data));

  return fy_preview_get_layout (preview) != NULL && !fy_preview_get_busy (preview) && !preview_shows (data);
}

/* 版式 → 页码 turns the speech's page numbers off (a one-page notice)
 * and on again; the preview follows, and Undo takes it back. */
static void
test_window_page_numbers_toggle (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = fy_document_new ();
  gboolean on = FALSE;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于召开年终总结会议的通知"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "定于本周五下午召开年终总结会议。"));
  fy_window_set_document (window, document);
  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"— 1 —");
  g_object_get (window, "page-numbers", &on, NULL);
  g_assert_true (on);
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.page-numbers", NULL));
  g_assert_false (fy_document_get_page_numbers (document));
  g_object_get (window, "page-numbers", &on, NULL);
  g_assert_false (on);
  g_assert_true (fy_test_wait_for (preview_lacks, window, 30));

  fy_editor_undo (fy_window_get_editor (window));
  g_assert_true (fy_document_get_page_numbers (document));
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));

  fy_test_destroy_window (window);
}

/* "As written" in the window is the CLI's --numbering as-written: the
 * ordinals the import of a text took out of its headings (the engine
 * printed the same ones) come back into the text as the source wrote
 * them, in the editor and the preview; back to automatic, nothing is
 * numbered twice.  A source whose numbers the engine would change (三、
 * after 一、) opens as written. */
static void
test_window_numbering_as_written_import (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-window-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "报告.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  FyDocument *document;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_assert_true (g_file_set_contents (path,
                                      "关于实训基地建设情况的报告\n"
                                      "一、基本情况\n"
                                      "今年以来，实训基地建设按计划推进。\n"
                                      "二、下一步打算\n"
                                      "继续完善管理制度。\n", -1, &error));
  g_assert_no_error (error);
  fy_window_open_file (window, file);
  fy_test_iterate ();
  document = fy_window_get_document (window);
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AUTO);
  g_object_set_data (G_OBJECT (window), "prefix", GINT_TO_POINTER (1));
  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"二、下一步打算");
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (fy_window_get_editor (window)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_null (strstr (shown, "二、下一步打算"));
  g_clear_pointer (&shown, g_free);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.automatic-numbering", NULL));
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AS_WRITTEN);
  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"二、下一步打算");
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));
  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"一、基本情况");
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (shown, "二、下一步打算"));
  g_clear_pointer (&shown, g_free);

  /* Undo switches back with the text, and Redo brings both again. */
  fy_editor_undo (fy_window_get_editor (window));
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AUTO);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_null (strstr (shown, "二、下一步打算"));
  g_clear_pointer (&shown, g_free);
  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"二、下一步打算");
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));
  fy_editor_redo (fy_window_get_editor (window));
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AS_WRITTEN);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (shown, "二、下一步打算"));

  /* Back to automatic: the numbers are now the author's own text. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.automatic-numbering", NULL));
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AUTO);
  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"二、下一步打算");
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));
  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"一、一、");
  g_assert_false (preview_shows (window));
  fy_test_destroy_window (window);

  /* The engine would print 二、 for the author's 三、: opened as written. */
  g_assert_true (g_file_set_contents (path,
                                      "关于实训基地建设情况的报告\n"
                                      "一、基本情况\n"
                                      "今年以来，实训基地建设按计划推进。\n"
                                      "三、下一步打算\n"
                                      "继续完善管理制度。\n", -1, &error));
  g_assert_no_error (error);
  window = fy_test_make_window (app);
  fy_window_open_file (window, file);
  fy_test_iterate ();
  g_assert_cmpint (fy_document_get_numbering (fy_window_get_document (window)), ==, FY_NUMBERING_AS_WRITTEN);
  g_object_set_data (G_OBJECT (window), "prefix", GINT_TO_POINTER (1));
  g_object_set_data (G_OBJECT (window), "needle", (gpointer)"三、下一步打算");
  g_assert_true (fy_test_wait_for (preview_shows, window, 30));

  fy_test_destroy_window (window);
  fy_test_remove_tree (dir);
}

static void
test_window_fits_small_screen (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  FyWindow *window = g_object_ref_sink (g_object_new (FY_TYPE_WINDOW, "application", app, NULL));
  GtkWidget *editor = GTK_WIDGET (fy_window_get_editor (window));
  GtkWidget *preview = fy_window_get_preview (window);
  GtkWidget *outline = fy_window_get_outline (window);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
  g_assert_true (fy_window_open_sample (window, &error));
  gtk_window_present (GTK_WINDOW (window));
  fy_test_iterate ();
  g_usleep (G_USEC_PER_SEC / 5);
  fy_test_iterate ();

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1024);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, 700);
  g_assert_cmpint (gtk_widget_get_width (outline), >=, 120);
  g_assert_cmpint (gtk_widget_get_width (editor), >=, 300);
  g_assert_cmpint (gtk_widget_get_width (preview), >=, 200);

  fy_test_destroy_window (window);
}

static gboolean
has_gallery (gpointer data)
{
  return fy_test_find_toplevel (FY_TYPE_TEMPLATE_GALLERY, NULL) != NULL;
}

static GtkWindow *
find_file_chooser (void)
{
  return fy_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
}

static gboolean
has_file_chooser (gpointer data)
{
  return find_file_chooser () != NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* What pressing the chooser's accept button amounts to, once the chooser
 * has checked the name: it asks its dialog to respond. */
static void
accept_file_chooser (GtkWindow *chooser)
{
  GtkWidget *widget = find_descendant (GTK_WIDGET (chooser), GTK_TYPE_FILE_CHOOSER_WIDGET);

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_activate_action (widget, "response.activate", NULL));
}

static gboolean
file_is_pdf (gpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (g_object_get_data (G_OBJECT (data), "pdf-dir"), 0, NULL);
  const char *name;

  /* Accept a pending "Export Anyway?" on the way. */
  if (has_message_dialog (data))
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, data));

      if (adw_message_dialog_has_response (dialog, "export"))
        adw_message_dialog_response (dialog, "export");
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (g_object_get_data (G_OBJECT (data), "pdf-dir"), name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      /* Written whole: the PDF trailer is there. */
      if (g_str_has_suffix (name, ".pdf") &&
          g_file_get_contents (path, &contents, &length, NULL) &&
          length > 1000 && g_strrstr_len (contents + length - 32, 32, "%%EOF") != NULL)
        {
          g_object_set_data_full (G_OBJECT (data), "pdf-name", g_strdup (name), g_free);
          return TRUE;
        }
    }

  return FALSE;
}

static void
test_window_template_to_pdf (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-export-XXXXXX", &error);
  g_autofree char *pdf_path = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *pdf_text = NULL;
  FyTemplateGallery *gallery;
  GListModel *templates;
  GtkWindow *chooser;
  FyDocument *document;
  guint position = G_MAXUINT;

  /* New → the gallery → 交流发言 with its fields → a new speech. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_true (fy_test_wait_for (has_gallery, NULL, 5));
  gallery = FY_TEMPLATE_GALLERY (fy_test_find_toplevel (FY_TYPE_TEMPLATE_GALLERY, NULL));
  templates = fy_template_gallery_get_templates (gallery);
  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(FyTemplate) template = g_list_model_get_item (templates, i);

      if (g_strcmp0 (fy_template_get_id (template), "exchange-speech") == 0)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  fy_template_gallery_select (gallery, position);
  g_assert_true (fy_template_gallery_set_field (gallery, "会议名称", "全县乡村振兴工作推进会"));
  g_assert_true (fy_template_gallery_set_field (gallery, "发言人", "陈立平"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gallery), "gallery.create", NULL));
  fy_test_iterate ();

  /* The sample was untouched, so the new speech replaces it. */
  document = fy_window_get_document (window);
  g_assert_cmpstr (fy_document_get_template_id (document), ==, "exchange-speech");
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, "陈立平");
  g_assert_true (fy_window_get_modified (window));

  /* The fields panel lists the template's fields with their labels. */
  {
    FyFieldsPanel *panel = FY_FIELDS_PANEL (fy_window_get_fields_panel (window));
    GtkEditable *entry = fy_fields_panel_get_entry (panel, "会议名称");

    g_assert_cmpuint (fy_fields_panel_get_n_fields (panel), >=, 6);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry)), ==, "会议名称 *");
    g_assert_cmpstr (gtk_editable_get_text (entry), ==, "全县乡村振兴工作推进会");
  }

  /* Type, then Export PDF through the window's action. */
  fy_test_type_at (window, fy_document_get_n_blocks (document) - 1, 0, "我们将坚持问题导向扎实推进。");
  /* With no Documents folder the chooser starts in the current one. */
  g_assert_cmpint (g_chdir (dir), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL));
  /* The template's guidance is still there: the places are listed
   * first (test-drafts), and the draft goes out anyway. */
  {
    AdwMessageDialog *unfinished;

    g_assert_true (fy_test_wait_for (has_message_dialog, window, 10));
    unfinished = ADW_MESSAGE_DIALOG (fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
    g_assert_nonnull (strstr (adw_message_dialog_get_heading (unfinished), "still to fill in"));
    adw_message_dialog_response (unfinished, "export");
    gtk_window_destroy (GTK_WINDOW (unfinished));
    fy_test_iterate ();
  }
  g_assert_true (fy_test_wait_for (has_file_chooser, NULL, 10));
  chooser = find_file_chooser ();
  /* Accept the proposed name, in the current folder (ours, see above). */
  {
    g_autofree char *proposed = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));

    g_assert_true (g_str_has_suffix (proposed, ".pdf"));
  }
  accept_file_chooser (chooser);

  g_object_set_data (G_OBJECT (window), "pdf-dir", dir);
  g_assert_true (fy_test_wait_for (file_is_pdf, window, 60));
  pdf_path = g_build_filename (dir, g_object_get_data (G_OBJECT (window), "pdf-name"), NULL);
  /* The proposed name: the title and the date. */
  g_assert_true (g_str_has_suffix (pdf_path, ".pdf"));

  pdf = fy_test_pdf_open (pdf_path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 1);
  pdf_text = fy_test_pdf_text (pdf);

  /* Lines may break anywhere: compare without white space. */
  {
    g_autofree char *flat = fy_test_strip_spaces (pdf_text);

    g_assert_nonnull (strstr (flat, "我们将坚持问题导向扎实推进。"));
    g_assert_nonnull (strstr (flat, "陈立平"));
  }

  {
    g_autofree char *text = fy_test_dup_document_text (document);

    g_assert_nonnull (strstr (text, "我们将坚持问题导向扎实推进。"));
  }

  fy_test_destroy_window (window);
  g_unlink (pdf_path);
  g_chdir (cwd);
  g_rmdir (dir);
}

static void
test_window_open_template_file (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autofree char *path = g_build_filename (g_getenv ("FAYAN_SOURCE_ROOT"), "resources", "templates",
                                            "03-commitment-speech.fayan-template", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FyTemplateGallery *gallery;

  /* From the file manager: the template's form, then a new speech. */
  fy_window_open_file (window, file);
  g_assert_true (fy_test_wait_for (has_gallery, NULL, 5));
  gallery = FY_TEMPLATE_GALLERY (fy_test_find_toplevel (FY_TYPE_TEMPLATE_GALLERY, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (fy_template_gallery_get_templates (gallery)), ==, 1);
  g_assert_true (fy_template_gallery_set_field (gallery, "会议名称", "全市安全生产工作会议"));
  g_assert_true (fy_template_gallery_set_field (gallery, "发言人", "王立新"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gallery), "gallery.create", NULL));
  fy_test_iterate ();

  g_assert_cmpstr (fy_document_get_template_id (fy_window_get_document (window)), ==, "commitment-speech");
  /* A new speech: the template file is not the window's file. */
  g_assert_null (fy_window_get_file (window));

  fy_test_destroy_window (window);
}

/* Adds "action-name" (or "accelerator" when it has none) of every
 * GtkShortcutsShortcut under @widget to @listed. */
static void
collect_listed_shortcuts (GtkWidget *widget,
                          GPtrArray *listed)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *action = NULL;
      g_autofree char *accelerator = NULL;

      g_object_get (widget, "action-name", &action, "accelerator", &accelerator, NULL);
      g_ptr_array_add (listed, g_strdup (action != NULL ? action : accelerator));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_listed_shortcuts (child, listed);
}

static void
test_window_shortcuts_listed (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));

  g_assert_nonnull (overlay);
  collect_listed_shortcuts (GTK_WIDGET (overlay), listed);
  /* Every action the application binds a key to is in the shortcuts
   * window (Ctrl+Alt+S, 保存为版本, was not). */
  g_assert_cmpuint (g_strv_length (actions), >=, 15);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) keys = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      if (keys[0] == NULL)
        continue;
      if (!g_ptr_array_find_with_equal_func (listed, actions[i], g_str_equal, NULL))
        g_test_message ("not in the shortcuts window: %s (%s)", actions[i], keys[0]);
      g_assert_true (g_ptr_array_find_with_equal_func (listed, actions[i], g_str_equal, NULL));
    }
  /* F10 opens the main menu (the primary menu button's own key). */
  g_assert_true (g_ptr_array_find_with_equal_func (listed, "F10", g_str_equal, NULL));

  fy_test_destroy_window (window);
}

static void
test_window_app_open (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-open-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "命令行.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GList *windows;
  FyWindow *window;
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (path, "# 从命令行打开\n\n正文第一段。\n", -1, &error));

  /* fayan FILE: a window with the imported speech, not tied to the .md. */
  g_application_open (G_APPLICATION (app), &file, 1, "");
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  window = g_object_ref (windows->data);
  text = fy_document_dup_display_title (fy_window_get_document (window));
  g_assert_cmpstr (text, ==, "从命令行打开");
  g_assert_null (fy_window_get_file (window));

  /* Started again with no file: the open window is shown, no new one. */
  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  fy_test_destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Recovery copies go to a folder of our own. */
  fy_test_init_ui (&argc, &argv);

  g_test_add_func ("/ui/window/shows-sample", test_window_shows_sample);
  g_test_add_func ("/ui/window/typing-marks-modified", test_window_typing_marks_modified);
  g_test_add_func ("/ui/window/status-line", test_window_status_line);
  g_test_add_func ("/ui/window/lint-fix-all", test_window_lint_fix_all);
  g_test_add_func ("/ui/window/worker-follows-typing", test_window_worker_follows_typing);
  g_test_add_func ("/ui/window/font-report-kept", test_window_font_report_kept);
  g_test_add_func ("/ui/window/lint-fix-one", test_window_lint_fix_one);
  g_test_add_func ("/ui/window/unsaved-dialog", test_window_unsaved_dialog);
  g_test_add_func ("/ui/window/save-and-reopen", test_window_save_and_reopen);
  g_test_add_func ("/ui/window/open-docx", test_window_open_docx);
  g_test_add_func ("/ui/window/outline-move", test_window_outline_move);
  g_test_add_func ("/ui/window/fields-linked", test_window_fields_linked);
  g_test_add_func ("/ui/window/replace-all-undo", test_window_replace_all_undo);
  g_test_add_func ("/ui/window/preview-follows", test_window_preview_follows);
  g_test_add_func ("/ui/window/paste-scrolls-at-once", test_window_paste_scrolls_at_once);
  g_test_add_func ("/ui/window/numbering-toggle", test_window_numbering_toggle);
  g_test_add_func ("/ui/window/page-numbers-toggle", test_window_page_numbers_toggle);
  g_test_add_func ("/ui/window/numbering-as-written-import", test_window_numbering_as_written_import);
  g_test_add_func ("/ui/window/fits-small-screen", test_window_fits_small_screen);
  g_test_add_func ("/ui/window/template-to-pdf", test_window_template_to_pdf);
  g_test_add_func ("/ui/window/open-template-file", test_window_open_template_file);
  g_test_add_func ("/ui/window/app-open", test_window_app_open);
  g_test_add_func ("/ui/window/shortcuts-listed", test_window_shortcuts_listed);

  return g_test_run ();
}

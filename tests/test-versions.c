/* test-versions.c — versions in the window: save, edit, compare, restore, undo
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "fy-application.h"
#include "fy-compare-window.h"
#include "fy-test-docx.h"
#include "fy-test-utils.h"
#include "fy-test-window.h"
#include "fy-ui-layout.h"
#include "fy-versions-window.h"
#include "fy-window.h"

static void
test_round_trip (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-versions-XXXXXX", &error);
  g_autofree char *pdf_path = NULL;
  g_autofree char *original = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *pdf_text = NULL;
  g_autoptr(GFile) pdf_file = NULL;
  FyWindow *window;
  FyDocument *document;
  FyEditor *editor;
  AdwMessageDialog *dialog;
  GtkWindow *compare;
  GtkWindow *versions;
  PopplerDocument *pdf;
  PopplerPage *page;

  g_assert_no_error (error);
  window = fy_test_make_window (app);
  document = fy_window_get_document (window);
  editor = fy_window_get_editor (window);
  original = fy_test_dup_document_text (document);

  /* Save as version… (Ctrl+Alt+S) with a name. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-version", NULL));
  fy_test_iterate ();
  dialog = ADW_MESSAGE_DIALOG (fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "fy-name"), "送审稿");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "fy-note"), "第一轮");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  adw_message_dialog_response (dialog, "save");
  fy_test_iterate ();
  g_assert_cmpuint (fy_document_get_n_versions (document), ==, 1);
  g_assert_cmpstr (fy_version_get_name (fy_document_get_version (document, 0)), ==, "送审稿");
  g_assert_cmpstr (fy_version_get_note (fy_document_get_version (document, 0)), ==, "第一轮");

  /* The versions list shows it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.versions", NULL));
  fy_test_iterate ();
  versions = fy_test_find_toplevel (FY_TYPE_VERSIONS_WINDOW, GTK_WINDOW (window));
  g_assert_nonnull (versions);

  /* Edit, then compare with the version. */
  fy_test_type_at (window, 1, 0, "补充一句。");
  edited = fy_test_dup_document_text (document);
  g_assert_cmpstr (edited, !=, original);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-version", "u", 0));
  fy_test_iterate ();
  compare = fy_test_find_toplevel (FY_TYPE_COMPARE_WINDOW, GTK_WINDOW (window));
  g_assert_nonnull (compare);
  g_assert_cmpuint (fy_compare_window_get_n_changes (FY_COMPARE_WINDOW (compare)), ==, 1);
  shown = fy_compare_window_dup_text (FY_COMPARE_WINDOW (compare));
  g_assert_nonnull (strstr (shown, "{+补充一句。+}"));
  fy_compare_window_next (FY_COMPARE_WINDOW (compare), TRUE);
  g_assert_cmpuint (fy_compare_window_get_current (FY_COMPARE_WINDOW (compare)), ==, 1);

  /* Its 对照表. */
  pdf_path = g_build_filename (dir, "table.pdf", NULL);
  pdf_file = g_file_new_for_path (pdf_path);
  g_assert_true (fy_compare_window_export_table (FY_COMPARE_WINDOW (compare), pdf_file, &error));
  g_assert_no_error (error);
  pdf = fy_test_pdf_open (pdf_path);
  page = poppler_document_get_page (pdf, 0);
  pdf_text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (pdf_text, "补充一句"));
  g_object_unref (page);
  g_object_unref (pdf);
  g_remove (pdf_path);
  /* …and as .docx, chosen by the name: Word's document part holds the
   * table with the added words underlined. */
  {
    g_autofree char *docx_path = g_build_filename (dir, "table.docx", NULL);
    g_autoptr(GFile) docx_file = g_file_new_for_path (docx_path);
    g_autofree char *data = NULL;
    gsize length = 0;
    g_autoptr(FyDocument) read_back = NULL;

    g_assert_true (fy_compare_window_export_table (FY_COMPARE_WINDOW (compare), docx_file, &error));
    g_assert_no_error (error);
    g_file_get_contents (docx_path, &data, &length, &error);
    g_assert_no_error (error);
    g_assert_cmpmem (data, 2, "PK", 2);
    read_back = fy_docx_import_data ((const guint8 *) data, length, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (read_back);
    g_remove (docx_path);
  }
  g_rmdir (dir);
  gtk_window_destroy (compare);

  /* Restore: the text of the version, the edited text kept as a version. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-version", "u", 0));
  fy_test_iterate ();
  restored = fy_test_dup_document_text (document);
  g_assert_cmpstr (restored, ==, original);
  g_assert_cmpuint (fy_document_get_n_versions (document), ==, 2);
  {
    g_autofree char *kept = fy_test_dup_document_text (fy_version_get_snapshot (fy_document_get_version (document, 1)));

    g_assert_cmpstr (kept, ==, edited);
  }

  /* Undo brings the edited text back. */
  g_assert_true (fy_editor_get_can_undo (editor));
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  fy_test_iterate ();
  undone = fy_test_dup_document_text (document);
  g_assert_cmpstr (undone, ==, edited);

  gtk_window_destroy (versions);
  fy_test_destroy_window (window);
  fy_test_iterate ();
}

/* A colleague's revision as a Markdown file: each change accepted into
 * the draft or rejected, and Undo takes an accepted change back. */
static void
test_review (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *original = NULL;
  g_autofree char *accepted = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *shown = NULL;
  FyWindow *window;
  FyDocument *document;
  FyEditor *editor;
  FyCompareWindow *review;
  guint n_changes;
  guint n_blocks;

  g_assert_no_error (error);
  window = fy_test_make_window (app);
  document = fy_window_get_document (window);
  editor = fy_window_get_editor (window);
  original = fy_test_dup_document_text (document);
  n_blocks = fy_document_get_n_blocks (document);
  g_assert_cmpuint (n_blocks, >=, 6);

  /* The revision, as a colleague sends it back: the draft with its last
   * body paragraph left out, one paragraph added at the end and the
   * meeting's name changed. */
  {
    g_autoptr(FyDocument) revision = fy_document_copy (document);
    g_autoptr(FyBlock) added = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                       "请各位同志会后把意见建议报送常委会办公室。");

    fy_document_remove_block (revision, n_blocks - 2);
    fy_document_append_block (revision, added);
    fy_document_set_field_value (revision, "会议名称", "全市人大代表工作交流会");
    review = fy_test_open_review (window, revision, &path);
  }
  n_changes = fy_compare_window_get_n_changes (review);
  g_assert_cmpuint (n_changes, >=, 2);
  g_assert_cmpuint (fy_compare_window_get_current (review), ==, 1);
  shown = fy_compare_window_dup_text (review);
  g_assert_nonnull (strstr (shown, "{+请各位同志会后把意见建议报送常委会办公室。+}"));

  /* Reject the first: the draft is untouched, one change fewer to go. */
  fy_compare_window_reject (review);
  fy_test_iterate ();
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, n_changes - 1);
  {
    g_autofree char *now = fy_test_dup_document_text (document);

    g_assert_true (strcmp (now, original) == 0);
  }

  /* Accept the rest one by one: the draft changes; Undo takes the last
   * accepted change back. */
  while (fy_compare_window_get_n_changes (review) > 0)
    {
      guint left = fy_compare_window_get_n_changes (review);
      g_autofree char *before = fy_test_dup_document_text (document);

      g_assert_true (fy_compare_window_accept (review, &error));
      g_assert_no_error (error);
      fy_test_iterate ();
      g_assert_cmpuint (fy_compare_window_get_n_changes (review), <, left);
      g_clear_pointer (&accepted, g_free);
      accepted = g_strdup (before);
    }
  {
    g_autofree char *now = fy_test_dup_document_text (document);

    g_assert_nonnull (strstr (now, "请各位同志会后把意见建议报送常委会办公室。"));
  }
  g_assert_true (fy_editor_get_can_undo (editor));
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  fy_test_iterate ();
  undone = fy_test_dup_document_text (document);
  g_assert_true (strcmp (undone, accepted) == 0);

  fy_test_close_review (review, window, path);
}

/* A colleague moved a section (the sample's （二）注重成果转化 and its
 * paragraph) above the one before it: one change, marked once; accepting
 * it moves the heading and its paragraph together.  The view shows the
 * text as it prints: headings with their numbers, bold leads bold, in a
 * changed paragraph too. */
static void
test_review_section_moved (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *bold = NULL;
  g_autofree char *have = NULL;
  g_autofree char *want = NULL;
  g_autoptr(FyDocument) revision = NULL;
  FyWindow *window;
  FyDocument *document;
  FyCompareWindow *review;

  g_assert_no_error (error);
  window = fy_test_make_window (app);
  document = fy_window_get_document (window);
  revision = fy_document_copy (document);
  g_assert_cmpuint (fy_block_get_role (fy_document_get_block (revision, 12)), ==, FY_BLOCK_ROLE_HEADING);
  for (guint k = 0; k < 2; k++)
    {
      g_autoptr(FyBlock) block = g_object_ref (fy_document_get_block (revision, 12 + k));

      fy_document_remove_block (revision, 12 + k);
      fy_document_insert_block (revision, 10 + k, block);
    }
  fy_block_set_lead_and_text (fy_document_get_block (revision, 7), "二是制度保障运行。", "每月15日为固定接待日。");
  want = fy_test_dup_document_text (revision);

  review = fy_test_open_review (window, revision, &path);
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 2);
  shown = fy_compare_window_dup_text (review);
  g_assert_cmpuint (fy_test_count_occurrences (shown, "〔"), ==, 1);
  g_assert_nonnull (strstr (shown, "一、建好阵地"));
  g_assert_nonnull (strstr (shown, "（一）注重成果转化"));
  g_assert_nonnull (strstr (shown, "（二）坚持问题导向"));
  bold = fy_compare_window_dup_bold (review);
  g_assert_cmpstr (bold, ==, "一是选址靠近群众。\n二是制度保障运行。\n");

  for (guint n = 2; n > 0; n--)
    {
      g_assert_true (fy_compare_window_accept (review, &error));
      g_assert_no_error (error);
      fy_test_iterate ();
      g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, n - 1);
    }
  have = fy_test_dup_document_text (document);
  g_assert_cmpstr (have, ==, want);

  fy_test_close_review (review, window, path);
}

/* A passage (two paragraphs moved in one go) rejected whole stays
 * rejected when the comparison is made again after another change is
 * accepted.  Here the paragraph deleted where it lands came between its
 * two paragraphs once the edit above was taken (until the comparison
 * listed a removal after the blocks moved to its place); only its first
 * paragraph was kept as rejected, and the second came back for review on
 * its own. */
static void
test_review_reject_passage (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *have = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(FyDocument) speech = NULL;
  g_autoptr(FyDocument) revision = NULL;
  FyCompareWindow *review;
  FyWindow *window;
  FyDocument *document;

  g_assert_no_error (error);
  speech = fy_import_markdown ("# 在全县河长制工作会议上的讲话\n\n"
                               "同志们：\n\n"
                               "今年全县河湖面貌明显改善。\n\n"
                               "乡级河长巡河次数比去年增加三成。\n\n"
                               "村级河长全部配备巡河记录本。\n\n"
                               "下一步要抓好三件事。\n\n"
                               "一是清理河道垃圾。\n\n"
                               "二是整治入河排污口。\n\n"
                               "三是落实长效管护。\n\n"
                               "以上意见请各乡镇抓好落实。\n\n"
                               "谢谢大家。\n", -1, &error);
  g_assert_no_error (error);
  revision = fy_import_markdown ("# 在全县河长制工作会议上的讲话\n\n"
                                 "同志们：\n\n"
                                 "今年全县河湖面貌明显改善。\n\n"
                                 "下一步要抓好三件事。\n\n"
                                 "一是清理河道垃圾。\n\n"
                                 "二是整治入河排污口。\n\n"
                                 "三是落实好长效管护机制。\n\n"
                                 "乡级河长巡河次数比去年增加三成。\n\n"
                                 "村级河长全部配备巡河记录本。\n\n"
                                 "谢谢大家。\n", -1, &error);
  g_assert_no_error (error);
  window = fy_test_make_window (app);
  document = fy_window_get_document (window);
  fy_document_replace_content (document, speech);
  fy_test_iterate ();

  review = fy_test_open_review (window, revision, &path);
  /* 三是… edited, 以上意见… deleted, the two 河长 paragraphs moved; the
   * move says where from by the paragraph it followed, not “from
   * paragraph 4” (counting the title and 同志们) */
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 3);
  shown = fy_compare_window_dup_text (review);
  g_assert_nonnull (strstr (shown, "〔moved here from after “今年全县河湖面貌明显改善。”〕乡级河长"));
  fy_compare_window_next (review, TRUE);
  fy_compare_window_reject (review);
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 2);
  g_assert_cmpuint (fy_compare_window_get_current (review), ==, 2);
  fy_compare_window_reject (review);
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 1);
  g_assert_true (fy_compare_window_accept (review, &error));
  g_assert_no_error (error);
  fy_test_iterate ();
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 0);

  have = fy_test_dup_document_text (document);
  g_assert_nonnull (strstr (have, "三是落实好长效管护机制。"));
  g_assert_nonnull (strstr (have, "今年全县河湖面貌明显改善。\n乡级河长"));
  g_assert_nonnull (strstr (have, "以上意见请各乡镇抓好落实。"));

  fy_test_close_review (review, window, path);
}

/* Reviews @revision, sent back as a file, in @window: it differs from the
 * draft by one change, which is accepted; the review is then closed. */
static void
accept_only_change (FyWindow   *window,
                    FyDocument *revision)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  FyCompareWindow *review;

  review = fy_test_open_review (window, revision, &path);
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 1);
  g_assert_true (fy_compare_window_accept (review, &error));
  g_assert_no_error (error);
  fy_test_iterate ();
  fy_editor_flush (fy_window_get_editor (window));
  fy_test_iterate ();
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 0);
  gtk_window_destroy (GTK_WINDOW (review));
  fy_test_iterate ();
  dir = g_path_get_dirname (path);
  g_unlink (path);
  g_rmdir (dir);
}

/* A revision that leaves a field out: accepting that change unsets the
 * field in the draft, and it stays unset. */
static void
test_review_unset_field (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(FyDocument) revision = NULL;
  FyWindow *window;
  FyDocument *document;

  window = fy_test_make_window (app);
  document = fy_window_get_document (window);
  g_assert_nonnull (fy_document_get_field_value (document, "会议名称"));
  revision = fy_document_copy (document);
  fy_document_set_field_value (revision, "会议名称", NULL);

  accept_only_change (window, revision);
  g_assert_null (fy_document_get_field_value (document, "会议名称"));

  fy_test_destroy_window (window);
  fy_test_iterate ();
}

/* A revision that shortens the text after a paragraph's bold lead, the
 * next paragraph opening with a lead too: once accepted, the editor shows
 * only the lead bold, so typing in the paragraph leaves the lead as it
 * was; after Undo too. */
static void
test_review_keeps_lead (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(FyDocument) revision = NULL;
  FyWindow *window;
  FyDocument *document;
  FyEditor *editor;
  guint index = G_MAXUINT;

  window = fy_test_make_window (app);
  document = fy_window_get_document (window);
  editor = fy_window_get_editor (window);
  for (guint i = 0; i + 1 < fy_document_get_n_blocks (document) && index == G_MAXUINT; i++)
    if (fy_block_get_lead_end (fy_document_get_block (document, i)) > 0 &&
        fy_block_get_lead_end (fy_document_get_block (document, i + 1)) > 0)
      index = i;
  g_assert_cmpuint (index, !=, G_MAXUINT);
  revision = fy_document_copy (document);
  fy_block_set_lead_and_text (fy_document_get_block (revision, index),
                              "一是选址靠近群众。", "我们把联络站设在便民服务中心。");
  fy_block_set_lead_and_text (fy_document_get_block (document, index),
                              "一是选址靠近群众。", "我们把联络站设在便民服务中心，门口统一挂牌。");
  fy_test_iterate ();

  accept_only_change (window, revision);
  fy_test_screenshot ("review-keeps-lead");

  /* Type at the end of the paragraph, as the user did. */
  for (int round = 0; round < 2; round++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
      g_autofree char *lead = NULL;
      g_autofree char *text = NULL;
      GtkTextIter end;

      gtk_text_buffer_get_iter_at_line (buffer, &end, index);
      gtk_text_iter_forward_to_line_end (&end);
      fy_test_type_at (window, index, gtk_text_iter_get_line_offset (&end), "补一句。");
      fy_test_iterate ();
      lead = fy_block_dup_lead (fy_document_get_block (document, index));
      text = fy_block_dup_text (fy_document_get_block (document, index));
      g_assert_cmpstr (lead, ==, "一是选址靠近群众。");
      g_assert_true (g_str_has_suffix (text, "补一句。"));

      /* Undo the typing and the accepted change: the lead is still only
       * the lead when typed into again. */
      fy_editor_undo (editor);
      fy_editor_flush (editor);
      fy_editor_undo (editor);
      fy_editor_flush (editor);
      fy_test_iterate ();
      g_clear_pointer (&text, g_free);
      text = fy_block_dup_text (fy_document_get_block (document, index));
      g_assert_cmpstr (text, ==, "一是选址靠近群众。我们把联络站设在便民服务中心，门口统一挂牌。");
    }

  fy_test_destroy_window (window);
  fy_test_iterate ();
}

/* Whether the change the review window is at stands inside the part of
 * its text that is shown, with text on the screen around it. */
static gboolean
review_shows_change (gpointer data)
{
  FyCompareWindow *review = data;
  GtkTextView *view = GTK_TEXT_VIEW (fy_test_find_descendant (GTK_WIDGET (review), GTK_TYPE_TEXT_VIEW));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter cursor, end;
  GdkRectangle shown, at, last;

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_view_get_visible_rect (view, &shown);
  gtk_text_view_get_iter_location (view, &cursor, &at);
  gtk_text_view_get_iter_location (view, &end, &last);
  return shown.height > 0 && at.y >= shown.y && at.y + at.height <= shown.y + shown.height &&
         last.y + last.height >= shown.y + shown.height / 2;
}

/* A colleague's .docx cannot carry the page format: reviewed, it neither
 * lists nor takes over the preset its import gave it (the default, here
 * 审阅稿), and the draft keeps its own. */
static void
test_review_docx_keeps_preset (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-review-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GFile) file = NULL;
  FyEnvironment *environment = fy_ui_layout_get_environment ();
  FyCompareWindow *review;
  FyWindow *window;
  FyDocument *document;

  g_assert_no_error (error);
  window = fy_test_make_window (app);
  document = fy_window_get_document (window);
  g_assert_cmpstr (fy_document_get_style_preset (document), ==, "gbt9704");
  path = g_build_filename (dir, "同事改稿.docx", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (fy_docx_export_file (document, file, NULL, &error));
  g_assert_no_error (error);

  fy_environment_set_default_preset (environment, "review");
  review = fy_test_review_path (window, path);
  shown = fy_compare_window_dup_text (review);
  g_assert_null (strstr (shown, "style-preset"));
  while (fy_compare_window_get_n_changes (review) > 0)
    {
      g_assert_true (fy_compare_window_accept (review, &error));
      g_assert_no_error (error);
      fy_test_iterate ();
    }
  g_assert_cmpstr (fy_document_get_style_preset (document), ==, "gbt9704");
  fy_environment_set_default_preset (environment, "gbt9704");

  fy_test_close_review (review, window, path);
}

/* ☰ → 版式: the speech's own page format, switched in the window; Undo
 * and Redo take it back and forth; saved with the speech. */
static void
test_preset_switch (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-preset-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(FyDocument) saved = NULL;
  FyWindow *window;
  FyDocument *document;
  FyEditor *editor;

  g_assert_no_error (error);
  window = fy_test_make_window (app);
  document = fy_window_get_document (window);
  editor = fy_window_get_editor (window);
  g_assert_cmpstr (fy_document_get_style_preset (document), ==, "gbt9704");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.style-preset", "s", "reading"));
  fy_test_iterate ();
  g_assert_cmpstr (fy_document_get_style_preset (document), ==, "reading");
  g_assert_true (fy_window_get_modified (window));
  {
    g_autofree char *now = NULL;

    g_object_get (window, "style-preset", &now, NULL);
    g_assert_cmpstr (now, ==, "reading");
  }
  fy_test_run_for (800);
  fy_test_screenshot ("preset-reading");

  g_assert_true (fy_editor_get_can_undo (editor));
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  fy_test_iterate ();
  g_assert_cmpstr (fy_document_get_style_preset (document), ==, "gbt9704");
  fy_editor_redo (editor);
  fy_editor_flush (editor);
  fy_test_iterate ();
  g_assert_cmpstr (fy_document_get_style_preset (document), ==, "reading");

  path = g_build_filename (dir, "大字版.fayan", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (fy_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  saved = fy_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_style_preset (saved), ==, "reading");

  fy_test_destroy_window (window);
  fy_test_iterate ();
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
has_review (gpointer window)
{
  return fy_test_find_toplevel (FY_TYPE_COMPARE_WINDOW, window) != NULL;
}

/* 审阅修改稿's chooser, which opens on @folder. */
static GtkWindow *
open_review_chooser (FyWindow *window,
                     GFile    *folder)
{
  GtkWindow *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.review-file", NULL));
  fy_test_iterate ();
  chooser = fy_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  fy_test_wait_for_chooser_folder (chooser, folder);

  return chooser;
}

/* The chooser of 审阅修改稿 opens on the speech's folder (not on 最近使用,
 * where a typed path did nothing); the speech itself, chosen, is not
 * compared with itself; a path typed after Ctrl+L is compared. */
static void
test_review_chooser (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-review-XXXXXX", &error);
  g_autofree char *other_dir = g_dir_make_tmp ("fayan-revision-XXXXXX", &error);
  g_autofree char *speech_path = NULL;
  g_autofree char *revision_path = NULL;
  g_autoptr(GFile) speech = NULL;
  g_autoptr(GFile) folder = NULL;
  AdwMessageDialog *message;
  FyWindow *window;
  GtkWindow *chooser;
  GtkWindow *review;
  GtkWidget *entry;

  g_assert_no_error (error);
  window = fy_test_make_window (app);
  speech_path = g_build_filename (dir, "speech.fayan", NULL);
  speech = g_file_new_for_path (speech_path);
  g_assert_true (fy_window_save_to_file (window, speech, &error));
  g_assert_no_error (error);
  {
    g_autoptr(FyDocument) revision = fy_document_copy (fy_window_get_document (window));

    fy_document_set_field_value (revision, "会议名称", "全市人大代表工作交流会");
    revision_path = fy_test_save_revision (revision, other_dir);
  }

  /* Compare with the speech itself chosen: a message says so. */
  folder = g_file_new_for_path (dir);
  chooser = open_review_chooser (window, folder);
  gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), speech, NULL);
  fy_test_wait_for_chooser_file (chooser, speech);
  fy_test_click_button (GTK_WIDGET (chooser), "Co_mpare");
  message = fy_test_wait_for_message (GTK_WINDOW (window));
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "speech.fayan"));
  g_assert_null (fy_test_find_toplevel (FY_TYPE_COMPARE_WINDOW, GTK_WINDOW (window)));
  fy_test_respond (message, "close");

  chooser = open_review_chooser (window, folder);

  /* Ctrl+L, the revision's path, Compare. */
  g_assert_true (fy_test_press_key (fy_test_find_descendant (GTK_WIDGET (chooser),
                                                             GTK_TYPE_FILE_CHOOSER_WIDGET),
                                    GDK_KEY_l, GDK_CONTROL_MASK));
  entry = fy_test_find_descendant (GTK_WIDGET (chooser), g_type_from_name ("GtkFileChooserEntry"));
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), revision_path);
  fy_test_iterate ();
  fy_test_screenshot ("review-chooser-typed");
  fy_test_click_button (GTK_WIDGET (chooser), "Co_mpare");
  g_assert_true (fy_test_wait_for (has_review, window, 10));
  review = fy_test_find_toplevel (FY_TYPE_COMPARE_WINDOW, GTK_WINDOW (window));
  g_assert_cmpuint (fy_compare_window_get_n_changes (FY_COMPARE_WINDOW (review)), ==, 1);
  gtk_window_destroy (review);

  fy_test_destroy_window (window);
  fy_test_iterate ();
  g_unlink (revision_path);
  g_unlink (speech_path);
  g_rmdir (other_dir);
  g_rmdir (dir);
}

/* A revision whose only change is in the draft's last paragraph, the
 * draft lengthened by @n_added paragraphs, chosen in 审阅修改稿's chooser
 * as the user does: the review window opens at that change, the text
 * around it shown, and stays there.  (In the application GTK carried out
 * the scroll asked for before the view had its size with the view still
 * of no height: the window opened blank, scrolled past the end of the
 * text, and stuck there.  This rig allocates the view before that, so
 * the test guards the result, not that order.) */
static void
review_opens_at_change (guint n_added)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-review-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(FyDocument) revision = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *text = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *shot = g_strdup_printf ("review-opens-at-change-%u", n_added);
  g_autofree char *speech_path = NULL;
  g_autoptr(GFile) speech = NULL;
  FyCompareWindow *review;
  FyWindow *window;
  FyDocument *document;
  FyBlock *last;
  GtkWindow *chooser;

  g_assert_no_error (error);
  window = fy_test_make_window (app);
  document = fy_window_get_document (window);
  for (guint i = 0; i < n_added; i++)
    {
      g_autofree char *body = g_strdup_printf ("第%u段：各乡镇要把排查整治清单落实到每个村组、每个点位，"
                                               "做到问题不查清不放过、隐患不整改不销号。", i + 1);
      g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, body);

      fy_document_append_block (document, block);
    }
  revision = fy_document_copy (document);
  last = fy_document_get_block (revision, fy_document_get_n_blocks (revision) - 1);
  text = fy_block_dup_text (last);
  changed = g_strconcat (text, "此项工作由市应急管理局牵头。", NULL);
  fy_block_set_lead_and_text (last, NULL, changed);
  path = fy_test_save_revision (revision, dir);
  speech_path = g_build_filename (dir, "speech.fayan", NULL);
  speech = g_file_new_for_path (speech_path);
  g_assert_true (fy_window_save_to_file (window, speech, &error));
  g_assert_no_error (error);

  folder = g_file_new_for_path (dir);
  chooser = open_review_chooser (window, folder);
  g_assert_true (fy_test_press_key (fy_test_find_descendant (GTK_WIDGET (chooser),
                                                             GTK_TYPE_FILE_CHOOSER_WIDGET),
                                    GDK_KEY_l, GDK_CONTROL_MASK));
  gtk_editable_set_text (GTK_EDITABLE (fy_test_find_descendant (GTK_WIDGET (chooser),
                                                                g_type_from_name ("GtkFileChooserEntry"))),
                         path);
  fy_test_iterate ();
  fy_test_click_button (GTK_WIDGET (chooser), "Co_mpare");
  g_assert_true (fy_test_wait_for (has_review, window, 10));
  review = FY_COMPARE_WINDOW (fy_test_find_toplevel (FY_TYPE_COMPARE_WINDOW, GTK_WINDOW (window)));
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 1);
  g_assert_true (fy_test_wait_for (review_shows_change, review, 10));
  fy_test_run_for (500);
  fy_test_screenshot (shot);
  g_assert_true (review_shows_change (review));

  /* Next, wrapping to the same change, stays there. */
  fy_compare_window_next (review, TRUE);
  fy_test_run_for (300);
  g_assert_true (review_shows_change (review));

  g_unlink (speech_path);
  fy_test_close_review (review, window, path);
}

static void
test_review_opens_at_change (void)
{
  review_opens_at_change (0);
  review_opens_at_change (30);
}

/* Every label under @widget lies inside it: no wrapped line cut off by
 * a box too short for it. */
static void
assert_labels_inside (GtkWidget *widget,
                      GtkWidget *box)
{
  graphene_rect_t bounds;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      g_assert_true (gtk_widget_compute_bounds (widget, box, &bounds));
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (box) + 0.5);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_labels_inside (child, box);
}

/* A leader's Word comment (session 16: 请补充今年接待群众的人次。) shows in
 * the review, with its author and the paragraph it is on, above the
 * changes. */
static void
test_review_docx_comment (void)
{
  static const char rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" "
    "Target=\"comments.xml\"/></Relationships>";
  static const char comments[] =
    "<?xml version=\"1.0\"?><w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:comment w:id=\"0\" w:author=\"王主任\"><w:p><w:r><w:t>请补充今年接待群众的人次。</w:t></w:r></w:p></w:comment>"
    "</w:comments>";
  static const char body[] =
    BODY_START
    "<w:p><w:r><w:t>一是统一标准建站点。</w:t></w:r></w:p>"
    "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>二是分片包干抓指导。</w:t></w:r>"
    "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
    BODY_END;
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-review-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *notes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = make_zip ("word/document.xml", body, (gsize) 0,
                                      "word/_rels/document.xml.rels", rels, (gsize) 0,
                                      "word/comments.xml", comments, (gsize) 0, NULL);
  FyCompareWindow *review;
  FyWindow *window;
  GtkWidget *notes_box;

  g_assert_no_error (error);
  window = fy_test_make_window (app);
  path = g_build_filename (dir, "领导意见.docx", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error));
  g_assert_no_error (error);

  review = fy_test_review_path (window, path);
  notes = fy_compare_window_dup_notes (review);
  g_assert_nonnull (notes);
  g_test_message ("%s", notes);
  /* Shown whole: each wrapped line of a note has its height. */
  fy_test_run_for (500);
  fy_test_screenshot ("review-comment");
  notes_box = fy_test_find_named (GTK_WIDGET (review), "revision-notes");
  g_assert_nonnull (notes_box);
  assert_labels_inside (notes_box, notes_box);
  g_assert_nonnull (strstr (notes, "领导意见.docx"));
  g_assert_nonnull (strstr (notes, "Paragraph 2 (“二是分片包干抓指导。”): comment by 王主任"));
  g_assert_nonnull (strstr (notes, "“请补充今年接待群众的人次。”"));

  fy_test_close_review (review, window, path);
}

/* The review shows the fields' values, not {{会议名称}}, and a reworded
 * heading in heading type, as the unchanged headings (session 16). */
static void
test_review_heading_and_fields (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(FyDocument) revision = NULL;
  const char *meeting;
  FyCompareWindow *review;
  FyWindow *window;
  FyDocument *document;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, match;
  int heading = -1;
  int with_field = -1;

  g_assert_no_error (error);
  window = fy_test_make_window (app);
  document = fy_window_get_document (window);
  meeting = fy_document_get_field_value (document, "会议名称");
  g_assert_nonnull (meeting);
  revision = fy_document_copy (document);
  for (guint i = 0; i < fy_document_get_n_blocks (revision) && heading < 0; i++)
    if (fy_block_get_role (fy_document_get_block (revision, i)) == FY_BLOCK_ROLE_HEADING)
      heading = i;
  g_assert_cmpint (heading, >=, 0);
  fy_block_set_lead_and_text (fy_document_get_block (revision, heading), NULL, "压实责任抓落实");
  /* a line with the meeting's name in it reworded (session 23's new
   * user saw “{{会议名称}}听取和审议了……” there) */
  for (guint i = 0; i < fy_document_get_n_blocks (revision) && with_field < 0; i++)
    for (guint k = 0; k < fy_block_get_n_runs (fy_document_get_block (revision, i)); k++)
      if (fy_block_get_run (fy_document_get_block (revision, i), k)->kind == FY_RUN_FIELD)
        with_field = i;
  g_assert_cmpint (with_field, >=, 0);
  fy_block_append_run (fy_document_get_block (revision, with_field), FY_RUN_TEXT, "（书面）");

  review = fy_test_open_review (window, revision, &path);
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 2);
  shown = fy_compare_window_dup_text (review);
  g_assert_null (strstr (shown, "{{"));
  g_assert_nonnull (strstr (shown, meeting));
  g_assert_nonnull (strstr (shown, "{+（书面）+}"));

  view = GTK_TEXT_VIEW (fy_test_find_descendant (GTK_WIDGET (review), GTK_TYPE_TEXT_VIEW));
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, "压实责任抓落实", 0, &match, NULL, NULL));
  g_assert_true (gtk_text_iter_has_tag (&match, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                                                           "heading")));

  fy_test_close_review (review, window, path);
}

/* A paragraph given another style reads by the style menu's names, not
 * by heading levels: session 24's new user saw “〔标题层级 0 → 0〕谢谢大家！”
 * for a last paragraph a colleague made the closing. */
static void
test_review_style_change (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(FyDocument) revision = NULL;
  FyCompareWindow *review;
  FyWindow *window;
  int heading = -1;
  int body = -1;

  g_assert_no_error (error);
  window = fy_test_make_window (app);
  revision = fy_document_copy (fy_window_get_document (window));
  for (guint i = 0; i < fy_document_get_n_blocks (revision); i++)
    {
      FyBlock *block = fy_document_get_block (revision, i);

      if (heading < 0 && fy_block_get_role (block) == FY_BLOCK_ROLE_HEADING && fy_block_get_level (block) == 1)
        heading = i;
      else if (heading >= 0 && fy_block_get_role (block) == FY_BLOCK_ROLE_PARAGRAPH)
        body = i;
    }
  g_assert_cmpint (heading, >=, 0);
  g_assert_cmpint (body, >, heading);
  fy_block_set_level (fy_document_get_block (revision, heading), 2);
  fy_block_set_role (fy_document_get_block (revision, body), FY_BLOCK_ROLE_CLOSING);

  review = fy_test_open_review (window, revision, &path);
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 2);
  shown = fy_compare_window_dup_text (review);
  g_assert_nonnull (strstr (shown, "〔Heading 1 → Heading 2〕"));
  g_assert_nonnull (strstr (shown, "〔Body → Closing〕"));
  g_assert_null (strstr (shown, "level"));

  fy_test_close_review (review, window, path);
}

/* A colleague's copy of @sent as Word writes it (python-docx): the
 * paragraph that starts with @start reworded as @wording. */
static char *
revise_copy (const char *sent,
             const char *name,
             const char *start,
             const char *wording)
{
  g_autofree char *dir = g_path_get_dirname (sent);
  char *path = g_build_filename (dir, name, NULL);
  g_autofree char *script = g_strdup_printf ("import sys, docx\n"
                                             "d = docx.Document(sys.argv[1])\n"
                                             "p = [p for p in d.paragraphs if p.text.startswith('%s')][0]\n"
                                             "p.text = '%s'\n"
                                             "d.save('%s')\n", start, wording, path);
  g_autofree char *out = fy_test_run_python (script, sent);

  return path;
}

/* A new window holding the speech in @markdown (with no title but its
 * title block where @block_title, as a template makes it), exported to
 * @name in @dir as the GUI does; returns the .docx's path. */
static char *
send_speech (FyApplication *app,
             const char    *markdown,
             gboolean       block_title,
             const char    *dir,
             const char    *name,
             FyWindow     **window)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) speech = fy_import_markdown (markdown, -1, &error);
  char *sent = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) sent_file = g_file_new_for_path (sent);

  g_assert_no_error (error);
  if (block_title)
    fy_document_set_title (speech, NULL);
  *window = fy_test_make_window (app);
  fy_document_replace_content (fy_window_get_document (*window), speech);
  g_assert_true (fy_window_export_text (*window, sent_file, &error));
  g_assert_no_error (error);
  return sent;
}

/* Session 18's new user: a .docx sent to two colleagues; the first copy's
 * change accepted, the second copy offered to undo it.  Exporting the
 * .docx keeps the text sent as a version; the second copy is reviewed
 * against it, offers only its own change and says so. */
static void
test_review_second_copy (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-review-XXXXXX", &error);
  g_autofree char *sent = NULL;
  g_autofree char *copy_a = NULL;
  g_autofree char *copy_b = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) sent_file = NULL;
  FyCompareWindow *review;
  FyWindow *window;
  FyDocument *document;

  g_assert_no_error (error);
  if (!fy_test_have_python_docx ())
    {
      g_test_skip ("python3-docx is not installed");
      return;
    }
  sent = send_speech (app, "# 关于社区养老服务的几点体会\n\n各位领导、同志们：\n\n"
                           "今年以来，我们新建社区食堂十二家。\n\n"
                           "一是摸清需求。逐户走访独居老人。\n\n"
                           "二是整合资源。引导志愿者参与助餐。\n",
                      FALSE, dir, "发言稿.docx", &window);
  document = fy_window_get_document (window);

  /* the text sent is kept, once */
  sent_file = g_file_new_for_path (sent);
  g_assert_true (fy_window_export_text (window, sent_file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_versions (document), ==, 1);
  g_assert_cmpstr (fy_version_get_name (fy_document_get_version (document, 0)), ==,
                   "Sent as “发言稿.docx”");

  copy_a = revise_copy (sent, "甲.docx", "今年以来", "今年以来，我们新建社区食堂十五家。");
  copy_b = revise_copy (sent, "乙.docx", "二是整合资源", "二是整合资源。引导社工和志愿者参与助餐。");

  review = fy_test_review_path (window, copy_a);
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 1);
  g_assert_true (fy_compare_window_accept (review, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (review));

  review = fy_test_review_path (window, copy_b);
  notes = fy_compare_window_dup_notes (review);
  g_assert_nonnull (notes);
  g_assert_nonnull (strstr (notes, "Compared with the version “Sent as “发言稿.docx”” it was made from"));
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 1);
  g_assert_true (fy_compare_window_accept (review, &error));
  g_assert_no_error (error);
  text = fy_document_dup_block_text (document, 2);
  g_assert_cmpstr (text, ==, "今年以来，我们新建社区食堂十五家。");
  g_free (text);
  text = fy_document_dup_block_text (document, 4);
  g_assert_cmpstr (text, ==, "二是整合资源。引导社工和志愿者参与助餐。");

  fy_test_screenshot ("review-second-copy");
  g_unlink (copy_a);
  g_unlink (copy_b);
  fy_test_close_review (review, window, sent);
}

/* Session 19's new user: a speech made from a template has no title of
 * its own besides its title block, and a colleague's .docx of it carries
 * the block's text as its title (docProps/core.xml, read back by the
 * import).  Reviewed, that listed a change of the field 标题 before the
 * colleague's one edit; only the edit is listed. */
static void
test_review_docx_title (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-review-XXXXXX", &error);
  g_autofree char *sent = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *shown = NULL;
  FyCompareWindow *review;
  FyWindow *window;
  FyDocument *document;

  g_assert_no_error (error);
  if (!fy_test_have_python_docx ())
    {
      g_test_skip ("python3-docx is not installed");
      return;
    }
  /* as a template makes it: the title is the title block's alone */
  sent = send_speech (app, "# 坚持以人民为中心扎实推进基层人大代表联络站标准化建设\n\n"
                           "各位领导、同志们：\n\n"
                           "近年来，我们坚持以问题为导向，全县建成代表联络站十五个。\n\n"
                           "一是建强阵地。推行“六有”标准。\n",
                      TRUE, dir, "联络站.docx", &window);
  document = fy_window_get_document (window);
  g_assert_null (fy_document_get_title (document));
  copy = revise_copy (sent, "修改稿.docx", "一是建强阵地", "一是建强阵地。推行“六有”标准，统一标识。");

  review = fy_test_review_path (window, copy);
  shown = fy_compare_window_dup_text (review);
  g_test_message ("%s", shown);
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 1);
  g_assert_true (fy_compare_window_accept (review, &error));
  g_assert_no_error (error);
  g_assert_null (fy_document_get_title (document));

  g_unlink (copy);
  fy_test_close_review (review, window, sent);
}

/* Save as Version just after a save keeps the window unmodified: the
 * versions live in the file, which is saved with it. */
static void
test_save_version_saves (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-version-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "述职报告.fayan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FyDocument) saved = NULL;
  FyWindow *window = fy_test_make_window (app);
  FyEditor *editor = fy_window_get_editor (window);
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  fy_test_type (editor, "今年以来，我认真履行岗位职责，较好完成了各项任务。");
  fy_editor_flush (editor);
  g_assert_true (fy_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (fy_window_get_modified (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-version", NULL));
  dialog = fy_test_wait_for_message (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "fy-name"), "送审稿");
  fy_test_click_button (GTK_WIDGET (dialog), "_Save");

  g_assert_cmpuint (fy_document_get_n_versions (fy_window_get_document (window)), ==, 1);
  g_assert_false (fy_window_get_modified (window));
  saved = fy_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_versions (saved), ==, 1);
  g_assert_cmpstr (fy_version_get_name (fy_document_get_version (saved, 0)), ==, "送审稿");

  fy_test_destroy_window (window);
  fy_test_iterate ();
  g_unlink (path);
  g_rmdir (dir);
}

/* Session 20's new user: exporting to Word marked the speech modified
 * (the text sent is kept as a version), so closing asked to save a speech
 * nobody had edited.  The version goes into the file as it was saved: an
 * unmodified speech stays so; a modified one gets the version in its
 * file without its unsaved typing, and Undo back to the text as saved
 * leaves it unmodified. */
static void
test_export_records_in_file (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-sent-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "述职报告.fayan", NULL);
  g_autofree char *sent_path = g_build_filename (dir, "述职报告.docx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) sent = g_file_new_for_path (sent_path);
  g_autoptr(FyDocument) speech = fy_import_markdown ("# 述职报告\n\n"
                                                     "今年以来，我认真履行岗位职责，较好完成了各项任务。\n",
                                                     -1, NULL);
  g_autoptr(FyDocument) saved = NULL;
  g_autofree char *saved_text = NULL;
  g_autofree char *text = NULL;
  FyWindow *window = fy_test_make_window (app);
  FyEditor *editor = fy_window_get_editor (window);

  g_assert_no_error (error);
  fy_window_set_document (window, speech);
  fy_test_iterate ();
  g_assert_true (fy_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  saved_text = fy_test_dup_document_text (fy_window_get_document (window));

  g_assert_true (fy_window_export_text (window, sent, &error));
  g_assert_no_error (error);
  g_assert_false (fy_window_get_modified (window));
  g_assert_false (fy_window_has_unsaved_changes (window));
  saved = fy_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_versions (saved), ==, 1);
  g_assert_cmpstr (fy_version_get_name (fy_document_get_version (saved, 0)), ==,
                   "Sent as “述职报告.docx”");
  g_clear_object (&saved);

  /* typed on, not saved, sent again */
  fy_test_type_at (window, 1, 0, "下一步，我将继续努力。");
  fy_editor_flush (editor);
  g_assert_true (fy_window_get_modified (window));
  g_assert_true (fy_window_export_text (window, sent, &error));
  g_assert_no_error (error);
  g_assert_true (fy_window_get_modified (window));
  g_assert_cmpuint (fy_document_get_n_versions (fy_window_get_document (window)), ==, 2);
  saved = fy_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_versions (saved), ==, 2);
  text = fy_test_dup_document_text (saved);
  g_assert_cmpstr (text, ==, saved_text);

  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_assert_false (fy_window_get_modified (window));

  fy_test_destroy_window (window);
  fy_test_iterate ();
  g_unlink (path);
  g_unlink (sent_path);
  g_rmdir (dir);
}

static gboolean
is_version_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  const char *action = data;

  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (g_object_get_data (G_OBJECT (widget), "fy-action"), action) == 0 &&
         GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "fy-index")) == 1;
}

static void
count_buttons (GtkWidget  *widget,
               const char *action,
               guint      *n)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "fy-action"), action) == 0)
    (*n)++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_buttons (child, action, n);
}

/* A clerk's third round: what the 科长 changed in the second (第一稿 →
 * 第二稿) is shown on its own, though the text has moved on since; the
 * first version has nothing before it to be compared with. */
static void
test_compare_rounds (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autofree char *shown = NULL;
  g_autofree char *table_name = NULL;
  FyWindow *window;
  FyDocument *document;
  GtkWindow *versions;
  GtkWindow *compare;
  GtkWidget *button;
  guint n_previous = 0;

  window = fy_test_make_window (app);
  document = fy_window_get_document (window);
  fy_document_save_version (document, "第一稿", "秘书科", NULL);
  fy_test_type_at (window, 1, 0, "第二轮加的话。");
  fy_document_save_version (document, "第二稿", "秘书科", "科长意见");
  fy_test_type_at (window, 1, 0, "第三轮加的话。");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.versions", NULL));
  fy_test_iterate ();
  versions = fy_test_find_toplevel (FY_TYPE_VERSIONS_WINDOW, GTK_WINDOW (window));
  g_assert_nonnull (versions);
  button = fy_test_find_widget (GTK_WIDGET (versions), is_version_button, "win.compare-previous-version");
  g_assert_nonnull (button);
  /* the second version's, none on the first */
  count_buttons (GTK_WIDGET (versions), "win.compare-previous-version", &n_previous);
  g_assert_cmpuint (n_previous, ==, 1);

  g_signal_emit_by_name (button, "clicked");
  fy_test_iterate ();
  compare = fy_test_find_toplevel (FY_TYPE_COMPARE_WINDOW, GTK_WINDOW (window));
  g_assert_nonnull (compare);
  g_assert_cmpstr (gtk_window_get_title (compare), ==, "第一稿 → 第二稿");
  g_assert_cmpuint (fy_compare_window_get_n_changes (FY_COMPARE_WINDOW (compare)), ==, 1);
  shown = fy_compare_window_dup_text (FY_COMPARE_WINDOW (compare));
  g_assert_nonnull (strstr (shown, "{+第二轮加的话。+}"));
  g_assert_null (strstr (shown, "第三轮"));
  gtk_window_destroy (compare);

  /* Saved as 第三稿, the text is 第三稿 in the comparison (and its
   * 对照表), not “the current text”; the 对照表 is proposed under the
   * speech's title, not as 修改对照表.pdf for every speech. */
  fy_document_save_version (document, "第三稿", "秘书科", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-version", "u", 0));
  fy_test_iterate ();
  compare = fy_test_find_toplevel (FY_TYPE_COMPARE_WINDOW, GTK_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (compare), ==, "第一稿 → 第三稿");
  table_name = fy_compare_window_dup_table_name (FY_COMPARE_WINDOW (compare));
  g_assert_cmpstr (table_name, ==, "把代表联络站建成群众家门口的“民意窗口” Revision Table.pdf");

  gtk_window_destroy (compare);
  gtk_window_destroy (versions);
  fy_test_destroy_window (window);
  fy_test_iterate ();
}

static gboolean
label_contains (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

/* The speech's file cannot take the version sent (its folder was removed
 * after it was opened, as a USB stick pulled out): the export still
 * succeeds, the version waits in the window as a change to save (closing
 * asks), and a toast says so, where only a debug message did before. */
static void
test_export_record_fails (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-sent-XXXXXX", &error);
  g_autofree char *out_dir = g_dir_make_tmp ("fayan-sent-out-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "表态发言.fayan", NULL);
  g_autofree char *sent_path = g_build_filename (out_dir, "表态发言.docx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) sent = g_file_new_for_path (sent_path);
  g_autoptr(FyDocument) speech = fy_import_markdown ("# 表态发言\n\n"
                                                     "我们将坚决贯彻会议部署，确保各项任务落到实处。\n",
                                                     -1, NULL);
  FyWindow *window = fy_test_make_window (app);
  GtkWidget *toast;

  g_assert_no_error (error);
  fy_window_set_document (window, speech);
  fy_test_iterate ();
  g_assert_true (fy_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (fy_window_has_unsaved_changes (window));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  g_assert_true (fy_window_export_text (window, sent, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (sent_path, G_FILE_TEST_EXISTS));
  fy_test_iterate ();

  /* Nothing lost: the version is in the window, to be saved. */
  g_assert_cmpuint (fy_document_get_n_versions (fy_window_get_document (window)), ==, 1);
  g_assert_true (fy_window_has_unsaved_changes (window));
  toast = fy_test_find_widget (GTK_WIDGET (window), label_contains,
                               "could not be kept as a version in “表态发言.fayan”");
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (toast)), "save the speech to keep it"));

  fy_test_destroy_window (window);
  fy_test_iterate ();
  g_unlink (sent_path);
  g_rmdir (out_dir);
}

int
main (int   argc,
      char *argv[])
{
  fy_test_init_ui (&argc, &argv);

  g_test_add_func ("/ui/versions/save-compare-restore-undo", test_round_trip);
  g_test_add_func ("/ui/versions/review-accept-reject-undo", test_review);
  g_test_add_func ("/ui/versions/review-unset-field", test_review_unset_field);
  g_test_add_func ("/ui/versions/review-section-moved", test_review_section_moved);
  g_test_add_func ("/ui/versions/review-reject-passage", test_review_reject_passage);
  g_test_add_func ("/ui/versions/review-keeps-lead", test_review_keeps_lead);
  g_test_add_func ("/ui/versions/review-chooser", test_review_chooser);
  g_test_add_func ("/ui/versions/review-opens-at-change", test_review_opens_at_change);
  g_test_add_func ("/ui/versions/review-docx-keeps-preset", test_review_docx_keeps_preset);
  g_test_add_func ("/ui/versions/review-docx-comment", test_review_docx_comment);
  g_test_add_func ("/ui/versions/review-second-copy", test_review_second_copy);
  g_test_add_func ("/ui/versions/review-docx-title", test_review_docx_title);
  g_test_add_func ("/ui/versions/review-heading-and-fields", test_review_heading_and_fields);
  g_test_add_func ("/ui/versions/review-style-change", test_review_style_change);
  g_test_add_func ("/ui/versions/preset-switch", test_preset_switch);
  g_test_add_func ("/ui/versions/save-version-saves", test_save_version_saves);
  g_test_add_func ("/ui/versions/export-records-in-file", test_export_records_in_file);
  g_test_add_func ("/ui/versions/compare-rounds", test_compare_rounds);
  g_test_add_func ("/ui/versions/export-record-fails", test_export_record_fails);

  return g_test_run ();
}

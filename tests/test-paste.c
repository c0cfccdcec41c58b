/* test-paste.c — text pasted into the window's editor, and what it left out
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fy-outline.h"
#include "fy-paste-notes.h"
#include "fy-test-utils.h"
#include "fy-test-window.h"

#define SUMMARY_PREFIX "Pasted "

/* A toast's label is looked for in the window, mapped or not: a toast
 * times out after 10 s, and on a loaded machine the first frame after a
 * paste came later than that (the label never mapped). */
static gboolean
is_summary_label (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), SUMMARY_PREFIX);
}

/* The title of a toast saying what a paste left out, shown in @window. */
static GtkWidget *
find_summary (FyWindow *window)
{
  return fy_test_find_widget (GTK_WIDGET (window), is_summary_label, NULL);
}

static gboolean
summary_shown (gpointer window)
{
  return find_summary (window) != NULL;
}

/* fy_test_screenshot() once the window has painted what the test did. */
static void
screenshot (const char *name)
{
  if (g_getenv ("FAYAN_TEST_SCREENSHOTS") == NULL)
    return;
  fy_test_run_for (1000);
  fy_test_screenshot (name);
}

static char *
dup_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Ctrl+V at the end of the speech, @content on the clipboard. */
static void
paste_content_at_end (FyEditor           *editor,
                      GdkContentProvider *content)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter end;

  g_assert_true (gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (editor)), content));
  gtk_widget_grab_focus (GTK_WIDGET (editor));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  g_assert_true (fy_test_press_key (GTK_WIDGET (editor), GDK_KEY_v, GDK_CONTROL_MASK));
}

/* Ctrl+V at the end of the speech, @text on the clipboard. */
static void
paste_at_end (FyEditor   *editor,
              const char *text)
{
  g_autoptr(GdkContentProvider) content = gdk_content_provider_new_typed (G_TYPE_STRING, text);

  paste_content_at_end (editor, content);
}

static gboolean
buffer_has (gpointer editor)
{
  g_autofree char *text = dup_buffer_text (gtk_text_view_get_buffer (editor));

  return strstr (text, g_object_get_data (editor, "needle")) != NULL;
}

/* Clicks the toast's _Show Lines: the dialog that opens says @warning
 * and lists the @n @lines in order, line i as of kind @kinds[i] unless
 * @kinds is NULL.  Returns the dialog, for the caller to close. */
static AdwMessageDialog *
show_lines (FyWindow           *window,
            const char         *warning,
            const char * const *lines,
            const char * const *kinds,
            guint               n)
{
  AdwMessageDialog *dialog;
  GtkWidget *list;
  guint n_rows = 0;

  fy_test_click_button (GTK_WIDGET (window), "_Show Lines");
  dialog = fy_test_wait_for_message (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), warning));
  list = fy_test_find_named (GTK_WIDGET (dialog), "paste-notes-list");
  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      g_assert_cmpuint (n_rows, <, n);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, lines[n_rows]);
      if (kinds != NULL)
        g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, kinds[n_rows]);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, n);
  return dialog;
}

/* An 实施意见 copied out of a PDF and pasted with Ctrl+V: its page
 * numbers and running head go, and a toast says so; its button lists
 * them, each once.  Undo takes the whole paste back.  A paste that
 * leaves nothing out says nothing. */
static void
test_paste_pdf_copy (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyEditor *editor = fy_window_get_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "pdf-copy.txt", NULL);
  g_autofree char *copy = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  AdwMessageDialog *dialog;
  guint n_blocks;
  static const char * const left_out[] = { "— 1 —", "临川市人民政府办公室文件", "— 2 —", "— 3 —" };

  g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
  fy_editor_flush (editor);
  n_blocks = fy_document_get_n_blocks (fy_editor_get_document (editor));

  /* Nothing left out, nothing said. */
  g_object_set_data (G_OBJECT (editor), "needle", (gpointer) "第二段粘贴的文字。");
  paste_at_end (editor, "第一段粘贴的文字。\n第二段粘贴的文字。\n");
  g_assert_true (fy_test_wait_for (buffer_has, editor, 30));
  fy_test_iterate ();
  g_assert_null (find_summary (window));
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  before = dup_buffer_text (buffer);
  g_assert_null (strstr (before, "粘贴的文字"));

  g_object_set_data (G_OBJECT (editor), "needle", (gpointer) "有效期五年。");
  paste_at_end (editor, copy);
  g_assert_true (fy_test_wait_for (summary_shown, window, 30));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_summary (window))), ==,
                   "Pasted without 4 lines of page numbers and running heads");
  fy_editor_flush (editor);
  after = dup_buffer_text (buffer);
  g_assert_nonnull (strstr (after, "推动农村生活污水治理设施建得成、用得起、管得好，"));
  for (guint i = 0; i < G_N_ELEMENTS (left_out); i++)
    g_assert_null (strstr (after, left_out[i]));
  screenshot ("paste-notes-toast");

  /* The lines, each once, in the order of the text. */
  dialog = show_lines (window, "“— 1 —”", left_out, NULL, G_N_ELEMENTS (left_out));
  screenshot ("paste-notes-lines");
  fy_test_respond (dialog, "close");

  /* Undo: the speech as it was before the paste. */
  g_assert_true (fy_test_press_key (GTK_WIDGET (editor), GDK_KEY_z, GDK_CONTROL_MASK));
  fy_editor_flush (editor);
  undone = dup_buffer_text (buffer);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpuint (fy_document_get_n_blocks (fy_editor_get_document (editor)), ==, n_blocks);

  fy_test_destroy_window (window);
}

/* A news page copied with its furniture (breadcrumb, 来源/编辑/阅读 line,
 * 分享到, 上一篇) and a lost photo's caption: the toast names both kinds
 * and the count, the dialog lists each line once with its kind. */
static void
test_paste_web_copy (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyEditor *editor = fy_window_get_editor (window);
  AdwMessageDialog *dialog;
  static const char * const left_out[] = {
    "首页 > 政务公开 > 工作动态", "来源：县水利局　编辑：钱晓东　阅读次数：312", "分享到：",
    "上一篇：县林业局开展防火演练", "▲图为冬修水利工地",
  };
  static const char * const kinds[] = {
    "Line a web page prints around the text", "Line a web page prints around the text",
    "Line a web page prints around the text", "Line a web page prints around the text",
    "Caption of a photo the copy lost",
  };
  const char *copy = "首页 > 政务公开 > 工作动态\n\n来源：县水利局　编辑：钱晓东　阅读次数：312\n\n"
                     "　　11月19日，县水利局召开冬修水利工作部署会。\n▲图为冬修水利工地\n"
                     "　　会议要求，各乡镇要在明年春耕前完成沟渠清淤。\n\n"
                     "分享到：\n上一篇：县林业局开展防火演练\n分享到：\n";

  g_object_set_data (G_OBJECT (editor), "needle", (gpointer) "完成沟渠清淤。");
  paste_at_end (editor, copy);
  g_assert_true (fy_test_wait_for (buffer_has, editor, 30));
  g_assert_true (fy_test_wait_for (summary_shown, window, 30));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_summary (window))), ==,
                   "Pasted without 5 lines: web page lines, photo captions");
  screenshot ("paste-notes-web-toast");

  dialog = show_lines (window, "copied from a web page: 4 lines", left_out, kinds, G_N_ELEMENTS (left_out));
  screenshot ("paste-notes-web-lines");
  fy_test_respond (dialog, "close");

  fy_test_destroy_window (window);
}

/* A table of a one-page notice copied out of its PDF as Evince copies
 * (its page number not selected): the cells of each row ran together,
 * and the rows stay one paragraph each, every character kept.  Nothing
 * was left out, yet the import warns of them, and the window says so
 * (the toast once appeared only for lines left out): the toast names
 * the rows, and its button lists them under the warning. */
static void
test_paste_glued_rows (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyEditor *editor = fy_window_get_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  AdwMessageDialog *dialog;
  g_autofree char *after = NULL;
  static const char * const rows[] = {
    "日期带班领导值班人员联系电话", "1月1日孙立新郑海涛6612301", "1月2日冯德明韩晓雪6612302",
    "1月3日许国强曹文静6612303",
  };
  static const char * const kinds[] = {
    "Row of a table, its cells run together", "Row of a table, its cells run together",
    "Row of a table, its cells run together", "Row of a table, its cells run together",
  };
  const char *copy = "元旦将至，为确保节日期间各项工作平稳有序，现将值班安\n排通知如下。\n"
                     "表 1 元旦值班安排\n"
                     "日期带班领导值班人员联系电话\n1月1日孙立新郑海涛6612301\n"
                     "1月2日冯德明韩晓雪6612302\n1月3日许国强曹文静6612303\n"
                     "值班人员要坚守岗位，遇有重要情况及时报告，不得迟报\n漏报。\n";

  g_object_set_data (G_OBJECT (editor), "needle", (gpointer) "漏报。");
  paste_at_end (editor, copy);
  g_assert_true (fy_test_wait_for (buffer_has, editor, 30));
  fy_editor_flush (editor);
  after = dup_buffer_text (buffer);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_assert_nonnull (strstr (after, rows[i]));
  g_assert_true (fy_test_wait_for (summary_shown, window, 30));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_summary (window))), ==,
                   "Pasted 4 table rows whose cells ran together: check them");
  screenshot ("paste-notes-glued-toast");

  dialog = show_lines (window, "their cells run together", rows, kinds, G_N_ELEMENTS (rows));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Lines of the Paste to Check");
  screenshot ("paste-notes-glued-rows");
  fy_test_respond (dialog, "close");

  fy_test_destroy_window (window);
}

/* Whether the outline of @window has an entry labelled @label. */
static gboolean
outline_has (FyWindow   *window,
             const char *label)
{
  FyOutline *outline = FY_OUTLINE (fy_window_get_outline (window));

  fy_outline_refresh (outline);
  for (guint i = 0; i < fy_outline_get_n_entries (outline); i++)
    {
      g_autofree char *entry = fy_outline_dup_entry_label (outline, i);

      if (g_strcmp0 (entry, label) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Two points of a speech copied from WPS, each a paragraph that opens
 * with its lead sentence (the new user's paste of session 19): they look
 * and navigate as the template's own points do, the lead bold in the
 * speech and an entry of the outline, the text as it was written. */
static void
test_paste_leads (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyEditor *editor = fy_window_get_editor (window);
  FyDocument *document = fy_editor_get_document (editor);
  static const char * const leads[] = { "一是完善议事规则。", "二是压实工作责任。" };
  guint found = 0;

  g_object_set_data (G_OBJECT (editor), "needle", (gpointer) "做到有人管事。");
  paste_at_end (editor, "\u3000\u3000一是完善议事规则。我们制定了联络站工作规程，明确了接待流程。\r\n"
                        "\u3000\u3000二是压实工作责任。各乡镇明确一名分管领导，做到有人管事。\r\n");
  g_assert_true (fy_test_wait_for (buffer_has, editor, 30));
  fy_editor_flush (editor);
  screenshot ("paste-leads");

  /* read back from the editor's lines: the bold came through the buffer */
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *lead = fy_block_dup_lead (fy_document_get_block (document, i));

      if (found < G_N_ELEMENTS (leads) && g_strcmp0 (lead, leads[found]) == 0)
        found++;
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (leads));
  for (guint i = 0; i < G_N_ELEMENTS (leads); i++)
    g_assert_true (outline_has (window, leads[i]));

  fy_test_destroy_window (window);
}

static gboolean
is_refusal_label (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static gboolean
refusal_shown (gpointer window)
{
  return fy_test_find_widget (GTK_WIDGET (window), is_refusal_label,
                              g_object_get_data (window, "refusal")) != NULL;
}

/* A clipboard holding a picture only (a chart copied), and a picture's
 * bytes a program handed over as text ("\x89PNG" read as Latin-1): the
 * speech stays as it was, and a toast says why nothing was pasted. */
static void
test_paste_picture (void)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R' };
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyEditor *editor = fy_window_get_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (editor));
  g_autoptr(GBytes) bytes = g_bytes_new_static (png, sizeof png);
  g_autoptr(GdkContentProvider) picture = gdk_content_provider_new_for_bytes ("image/png", bytes);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *after_junk = NULL;

  fy_editor_flush (editor);
  before = dup_buffer_text (buffer);
  g_assert_true (gdk_clipboard_set_content (clipboard, picture));
  gtk_widget_grab_focus (GTK_WIDGET (editor));
  g_object_set_data (G_OBJECT (window), "refusal",
                     (gpointer) "Nothing pasted: the clipboard holds a picture, and a speech takes text only");
  g_assert_true (fy_test_press_key (GTK_WIDGET (editor), GDK_KEY_v, GDK_CONTROL_MASK));
  g_assert_true (fy_test_wait_for (refusal_shown, window, 30));
  fy_editor_flush (editor);
  after = dup_buffer_text (buffer);
  g_assert_cmpstr (after, ==, before);
  screenshot ("paste-picture");

  g_object_set_data (G_OBJECT (window), "refusal", (gpointer) "Nothing pasted: the clipboard holds no readable text");
  paste_at_end (editor, "\xc2\x89PNG\r\n\x1a\n");
  g_assert_true (fy_test_wait_for (refusal_shown, window, 30));
  fy_editor_flush (editor);
  after_junk = dup_buffer_text (buffer);
  g_assert_cmpstr (after_junk, ==, before);

  fy_test_destroy_window (window);
}

/* The toast's one line in each case the paste notes can hold: lines
 * left out and table rows kept as paragraphs together (a PDF copy of
 * a table that kept its page number), and only a warning, with nothing
 * left out and no row to check.  Nothing at all gives no toast. */
static void
test_paste_summary_forms (void)
{
  g_autoptr(FyImportNotes) notes = fy_import_notes_new ();
  g_autofree char *none = fy_paste_notes_dup_summary (notes);
  g_autofree char *warned = NULL;
  g_autofree char *both = NULL;

  g_assert_null (none);

  g_ptr_array_add (notes->warnings, g_strdup ("第 3 段像是表格，请核对。"));
  warned = fy_paste_notes_dup_summary (notes);
  g_assert_cmpstr (warned, ==, "Pasted with 1 warning");

  g_ptr_array_add (notes->furniture, g_strdup ("— 1 —"));
  g_ptr_array_add (notes->glued, g_strdup ("1月1日孙立新郑海涛6612301"));
  g_ptr_array_add (notes->glued, g_strdup ("1月2日冯德明韩晓雪6612302"));
  both = fy_paste_notes_dup_summary (notes);
  g_assert_cmpstr (both, ==, "Pasted without 1 line of page numbers and running heads; "
                             "2 table rows to check");
}

/* tests/data/pasted/@name pasted into a blank document (空白文档, Ctrl+V)
 * of a new window, which it returns once the paste holds @needle: the
 * window gives what `fayan-cli import` of the same text gives, block for
 * block, and its numbering (asserted). */
static FyWindow *
paste_into_blank (FyApplication *app,
                  const char    *name,
                  const char    *needle)
{
  FyWindow *window = fy_test_make_window (app);
  FyEditor *editor = fy_window_get_editor (window);
  g_autoptr(FyDocument) blank = fy_document_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FyDocument) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;
  FyDocument *document;

  g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
  imported = fy_import_file (file, NULL, &error);
  g_assert_no_error (error);

  fy_document_append_block (blank, fy_block_new (FY_BLOCK_ROLE_PARAGRAPH));
  fy_window_set_document (window, blank);
  fy_editor_flush (editor);
  g_object_set_data (G_OBJECT (editor), "needle", (gpointer) needle);
  paste_at_end (editor, copy);
  g_assert_true (fy_test_wait_for (buffer_has, editor, 30));
  fy_editor_flush (editor);

  document = fy_editor_get_document (editor);
  g_assert_cmpint (fy_document_get_numbering (document), ==, fy_document_get_numbering (imported));
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, fy_document_get_n_blocks (imported));
  for (guint i = 0; i < fy_document_get_n_blocks (imported); i++)
    {
      FyBlock *want = fy_document_get_block (imported, i);
      g_autofree char *text = fy_block_dup_text (want);

      fy_test_assert_block (document, i, fy_block_get_role (want), fy_block_get_level (want), NULL, text);
    }
  return window;
}

/* A leader's 意见 copied out of the PDF a word processor made (my text,
 * Writer's PDF, poppler's selection as a viewer copies: its title cut
 * inside 意见, its note in brackets, its page number) and pasted into a
 * blank document (空白文档, Ctrl+V): the window gives what `fayan-cli
 * import` of the same text gives, block for block, the title whole
 * and the first of them, and nothing lost but the page number. */
static void
test_paste_empty_document (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = paste_into_blank (app, "pdf-copy-opinion.txt", "确保群众喝上放心水。");

  fy_test_assert_block (fy_editor_get_document (fy_window_get_editor (window)), 0, FY_BLOCK_ROLE_TITLE, 0, NULL,
                        "关于加强今冬明春农村饮水安全工作的几点意见");
  fy_test_destroy_window (window);
}

/* A notice whose headings the engine would number otherwise than its
 * author did (notice-attachments.txt) pasted into a blank document:
 * `fayan-cli import` keeps the author's numbers (as written), and the
 * paste kept them aside for automatic numbers (issue 12 item 1: the
 * import chooses "as written" when the source numbers its own
 * headings).  The paste sets the document's numbering as the import
 * does, the numbers in the headings' text; Undo takes the paste back
 * with its numbering. */
static void
test_paste_empty_numbering (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = paste_into_blank (app, "notice-attachments.txt", "电子邮箱：");
  FyEditor *editor = fy_window_get_editor (window);
  FyDocument *document = fy_editor_get_document (editor);
  g_autofree char *undone = NULL;

  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AS_WRITTEN);
  g_assert_true (fy_test_press_key (GTK_WIDGET (editor), GDK_KEY_z, GDK_CONTROL_MASK));
  fy_editor_flush (editor);
  undone = dup_buffer_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)));
  g_assert_cmpstr (undone, ==, "");
  g_assert_cmpint (fy_document_get_numbering (fy_editor_get_document (editor)), ==, FY_NUMBERING_AUTO);

  fy_test_destroy_window (window);
}

/* A WeChat article copied in a browser and pasted at the end of a
 * speech: the clipboard holds its HTML and its plain text, as Chromium
 * puts them there.  The plain text made the headline a paragraph; read
 * from the HTML it is a title, the article's text follows, and its
 * tail is left out and named. */
static void
test_paste_wechat_html (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyEditor *editor = fy_window_get_editor (window);
  FyDocument *document = fy_window_get_document (window);
  guint n_blocks = fy_document_get_n_blocks (document);
  char *html = fy_test_read_data ("pasted/wechat-article.html");
  char *text = fy_test_read_data ("pasted/wechat-article.txt");
  g_autoptr(GBytes) html_bytes = g_bytes_new_take (html, strlen (html));
  g_autoptr(GBytes) text_bytes = g_bytes_new_take (text, strlen (text));
  GdkContentProvider *providers[] = {
    gdk_content_provider_new_for_bytes ("text/html", html_bytes),
    gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", text_bytes),
  };
  g_autoptr(GdkContentProvider) content = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  FyBlock *title;
  g_autofree char *title_text = NULL;

  paste_content_at_end (editor, content);
  g_object_set_data (G_OBJECT (editor), "needle", (gpointer) "化解在萌芽状态。");
  g_assert_true (fy_test_wait_for (buffer_has, editor, 30));
  g_assert_true (fy_test_wait_for (summary_shown, window, 30));
  fy_editor_flush (editor);

  title = fy_document_get_block (document, n_blocks);
  title_text = fy_block_dup_text (title);
  g_assert_cmpstr (title_text, ==, "柳溪镇：网格化治理让群众的小事不出村");
  g_assert_cmpint (fy_block_get_role (title), ==, FY_BLOCK_ROLE_TITLE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, n_blocks + 1)), ==,
                   FY_BLOCK_ROLE_PARAGRAPH);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_summary (window))), ==,
                   "Pasted without 14 lines: web page lines, photo captions");
  screenshot ("paste-wechat-html");

  fy_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  fy_test_init_ui (&argc, &argv);

  g_test_add_func ("/ui/paste/pdf-copy", test_paste_pdf_copy);
  g_test_add_func ("/ui/paste/web-copy", test_paste_web_copy);
  g_test_add_func ("/ui/paste/wechat-html", test_paste_wechat_html);
  g_test_add_func ("/ui/paste/glued-rows", test_paste_glued_rows);
  g_test_add_func ("/ui/paste/summary-forms", test_paste_summary_forms);
  g_test_add_func ("/ui/paste/picture", test_paste_picture);
  g_test_add_func ("/ui/paste/leads", test_paste_leads);
  g_test_add_func ("/ui/paste/empty-document", test_paste_empty_document);
  g_test_add_func ("/ui/paste/empty-document-numbering", test_paste_empty_numbering);

  return g_test_run ();
}

/* test-table-window.c — a table edited as pipe rows in the window
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "fy-layout-private.h"
#include "fy-preview.h"
#include "fy-preview-nodes.h"
#include "fy-preview-page.h"
#include "fy-test-window.h"

#define LS "\xe2\x80\xa8"

static FyDocument *
make_document (void)
{
  FyDocument *document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "全县财政收支情况的报告");
  g_autoptr(FyBlock) intro = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                     "今年以来，全县财政运行总体平稳，主要指标如下表。");
  g_autoptr(FyBlock) table = fy_block_new (FY_BLOCK_ROLE_TABLE);
  g_autoptr(FyBlock) after = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                     "下一步，我们将继续加强收入征管。");

  fy_block_set_table_header (table, TRUE);
  fy_block_set_text (table, "项目\t上年\t本年\n一般公共预算收入\t8.4亿元\t9.1亿元\n民生支出\t6.2亿元\t6.9亿元");
  fy_document_append_block (document, title);
  fy_document_append_block (document, intro);
  fy_document_append_block (document, table);
  fy_document_append_block (document, after);

  return document;
}

/* The preview shows @window's "needle" on a line, and the ruled grid. */
static gboolean
preview_shows_table (gpointer data)
{
  FyWindow *window = data;
  FyPreview *preview = FY_PREVIEW (fy_window_get_preview (window));
  FyLayout *layout = fy_preview_get_layout (preview);
  const char *needle = g_object_get_data (G_OBJECT (window), "needle");
  gboolean found = FALSE;

  if (layout == NULL || fy_preview_get_busy (preview) || fy_layout_get_n_pages (layout) == 0)
    return FALSE;

  for (guint line = 0; line < fy_layout_get_n_lines (layout, 0); line++)
    {
      g_autofree char *text = fy_layout_dup_line_text (layout, 0, line);

      if (strstr (text, needle) != NULL)
        found = TRUE;
    }

  /* Four rows and three columns: at least 5 + 4 rules. */
  return found && ((FyPage *) g_ptr_array_index (layout->pages, 0))->rules->len >= 9;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

static char *
dup_line (GtkTextBuffer *buffer,
          guint          line)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line);
  end = start;
  gtk_text_iter_forward_to_line_end (&end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Every rule of the preview's first page holds ink where it runs, with
 * the page drawn by @window's renderer at @scale (the GL renderer does
 * not antialias colour nodes: a rule thinner than a pixel drawn as one
 * vanished when it covered no pixel's centre). */
static void
assert_rules_drawn (FyWindow *window,
                    double    scale)
{
  FyLayout *layout = fy_preview_get_layout (FY_PREVIEW (fy_window_get_preview (window)));
  FyPage *page = g_ptr_array_index (layout->pages, 0);
  g_autoptr(GskRenderNode) node = fy_preview_nodes_for_page (layout, 0);
  g_autoptr(GskRenderNode) scaled = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  int width, height;

  g_assert_nonnull (node);
  scaled = gsk_transform_node_new (node, gsk_transform_scale (NULL, scale, scale));
  width = (int) ceil (layout->width * scale);
  height = (int) ceil (layout->height * scale);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)),
                                         scaled, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);

  for (guint i = 0; i < page->rules->len; i++)
    {
      const FyRule *rule = &g_array_index (page->rules, FyRule, i);
      int x = (int) ((rule->x0 + rule->x1) / 2 * scale);
      int y = (int) ((rule->y0 + rule->y1) / 2 * scale);
      int ink = 0;

      for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
          {
            const guchar *p = pixels + ((gsize) (y + dy) * width + x + dx) * 4;

            /* Black on nothing: the ink is the alpha. */
            ink = MAX (ink, p[3]);
          }
      if (ink < 32)
        g_error ("Rule %u (%g,%g)-(%g,%g) not drawn at scale %g",
                 i, rule->x0, rule->y0, rule->x1, rule->y1, scale);
    }
}

static void
test_table_window_edit (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = make_document ();
  FyEditor *editor = fy_window_get_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  FyBlock *table = fy_document_get_block (document, 2);
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;
  const char *cell;

  fy_window_set_document (window, document);
  fy_test_iterate ();

  line = dup_line (buffer, 2);
  g_assert_cmpstr (line, ==,
                   "| 项目 | 上年 | 本年 |" LS "| --- | --- | --- |" LS
                   "| 一般公共预算收入 | 8.4亿元 | 9.1亿元 |" LS
                   "| 民生支出 | 6.2亿元 | 6.9亿元 |");

  /* A cell typed into: 9.1亿元 becomes 9.15亿元, as the keyboard would. */
  cell = strstr (line, "9.1亿元");
  fy_test_type_at (window, 2, g_utf8_pointer_to_offset (line, cell) + 3, "5");
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==,
                   "项目\t上年\t本年\n一般公共预算收入\t8.4亿元\t9.15亿元\n民生支出\t6.2亿元\t6.9亿元");

  /* A row line added at the end. */
  fy_test_type_at (window, 2, g_utf8_strlen (line, -1) + 1, "\n| 债务余额 | 3.0亿元 | 2.8亿元 |");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 4);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (table);
  g_assert_true (g_str_has_suffix (text, "\n债务余额\t3.0亿元\t2.8亿元"));
  g_assert_true (fy_block_get_table_header (table));

  /* The preview sets the edited table, ruled. */
  g_object_set_data (G_OBJECT (window), "needle", (gpointer) "债务余额");
  g_assert_true (fy_test_wait_for (preview_shows_table, window, 30));
  /* At the preview's zooms, thin inner rules included. */
  assert_rules_drawn (window, 0.61 * FY_PREVIEW_PIXELS_PER_POINT);
  assert_rules_drawn (window, 0.5);
  assert_rules_drawn (window, 0.75);
  if (g_getenv ("FAYAN_TEST_SCREENSHOTS") != NULL)
    {
      /* Let the preview paint the new layout first. */
      fy_test_wait_for (never, NULL, 1);
      fy_test_screenshot ("tables-edit");
    }

  /* Undo twice: the row, then the cell edit, go. */
  fy_editor_undo (editor);
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (fy_document_get_block (document, 2));
  g_assert_cmpstr (text, ==,
                   "项目\t上年\t本年\n一般公共预算收入\t8.4亿元\t9.1亿元\n民生支出\t6.2亿元\t6.9亿元");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_TABLE);

  fy_test_destroy_window (window);
}

static int
cursor_offset (GtkTextBuffer *buffer,
               guint         *line)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  *line = gtk_text_iter_get_line (&iter);
  return gtk_text_iter_get_line_offset (&iter);
}

static void
test_table_window_insert (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = make_document ();
  FyEditor *editor = fy_window_get_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  g_auto(GStrv) accels = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *rows, *columns;
  FyBlock *table;
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;
  guint cursor_line;

  fy_window_set_document (window, document);
  fy_test_iterate ();

  /* Ctrl+F12, as in LibreOffice Writer (Ctrl+Alt+T opens a terminal). */
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.insert-table");
  g_assert_nonnull (accels[0]);
  g_assert_cmpstr (accels[0], ==, "<Control>F12");

  /* The cursor at the end of the paragraph before the old table. */
  fy_test_type_at (window, 1, g_utf8_strlen ("今年以来，全县财政运行总体平稳，主要指标如下表。", -1), "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.insert-table", NULL));
  dialog = fy_test_wait_for_message (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  rows = fy_test_find_named (GTK_WIDGET (dialog), "rows");
  columns = fy_test_find_named (GTK_WIDGET (dialog), "columns");
  g_assert_true (GTK_IS_SPIN_BUTTON (rows) && GTK_IS_SPIN_BUTTON (columns));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (fy_test_find_named (GTK_WIDGET (dialog),
                                                                                    "header"))));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (rows), 3);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (columns), 4);
  if (g_getenv ("FAYAN_TEST_SCREENSHOTS") != NULL)
    {
      fy_test_wait_for (never, NULL, 1);
      fy_test_screenshot ("tables-insert-dialog");
    }
  fy_test_respond (dialog, "insert");

  /* An empty table after the paragraph, the cursor in its first cell. */
  line = dup_line (buffer, 2);
  g_assert_cmpstr (line, ==,
                   "|  |  |  |  |" LS "| --- | --- | --- | --- |" LS "|  |  |  |  |" LS "|  |  |  |  |");
  g_assert_cmpint (cursor_offset (buffer, &cursor_line), ==, 2);
  g_assert_cmpuint (cursor_line, ==, 2);
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 5);
  table = fy_document_get_block (document, 2);
  g_assert_cmpint (fy_block_get_role (table), ==, FY_BLOCK_ROLE_TABLE);
  g_assert_true (fy_block_get_table_header (table));

  /* Undo takes it away in one step, Redo brings it back. */
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 4);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_TABLE);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (fy_document_get_block (document, 2));
  g_assert_true (g_str_has_prefix (text, "项目\t上年\t本年\n"));
  fy_editor_redo (editor);
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 5);

  /* Filled the Word way: text, Tab, text; Tab in the last cell of the
   * last row adds a row. */
  fy_test_type_at (window, 2, 2, "序号");
  fy_test_type (editor, "\t");
  fy_test_type (editor, "单位");
  fy_test_type (editor, "\t");
  fy_test_type (editor, "完成值");
  fy_test_type (editor, "\t");
  fy_test_type (editor, "备注");
  fy_test_type (editor, "\t");
  fy_test_type (editor, "1");
  fy_test_type (editor, "\t");
  fy_test_type (editor, "县财政局");
  for (guint i = 0; i < 7; i++)
    fy_test_type (editor, "\t");
  fy_test_type (editor, "3");
  fy_editor_flush (editor);
  table = fy_document_get_block (document, 2);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==, "序号\t单位\t完成值\t备注\n1\t县财政局\t\t\n\t\t\t\n3\t\t\t");
  g_assert_true (fy_block_get_table_header (table));

  g_object_set_data (G_OBJECT (window), "needle", (gpointer) "县财政局");
  g_assert_true (fy_test_wait_for (preview_shows_table, window, 30));
  if (g_getenv ("FAYAN_TEST_SCREENSHOTS") != NULL)
    {
      fy_test_wait_for (never, NULL, 1);
      fy_test_screenshot ("tables-inserted");
    }

  fy_test_destroy_window (window);
}

/* Lines with tabs styled Table, and rows typed with Tab inside one. */
static void
test_table_window_tab_rows (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) intro = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "各单位完成情况如下。");
  g_autoptr(FyBlock) head = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "单位\t完成率");
  g_autoptr(FyBlock) row = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "县财政局\t98%");
  FyEditor *editor = fy_window_get_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter start, end;
  FyBlock *table;
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;
  guint cursor_line;
  int offset;

  fy_document_append_block (document, intro);
  fy_document_append_block (document, head);
  fy_document_append_block (document, row);
  fy_window_set_document (window, document);
  fy_test_iterate ();

  /* Both lines selected, Table chosen in the style list: one table of
   * two columns, its first row the header. */
  gtk_text_buffer_get_iter_at_line (buffer, &start, 1);
  gtk_text_buffer_get_iter_at_line (buffer, &end, 2);
  gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.set-style", "u",
                                             fy_editor_style_for_role (FY_BLOCK_ROLE_TABLE, 0)));
  line = dup_line (buffer, 1);
  g_assert_cmpstr (line, ==, "| 单位 | 完成率 |" LS "| --- | --- |" LS "| 县财政局 | 98% |");
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 2);
  table = fy_document_get_block (document, 1);
  g_assert_cmpint (fy_block_get_role (table), ==, FY_BLOCK_ROLE_TABLE);
  g_assert_true (fy_block_get_table_header (table));
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==, "单位\t完成率\n县财政局\t98%");

  /* Tab in a cell goes to the next one, after its text. */
  fy_test_type_at (window, 1, g_utf8_strlen ("| 单位 | 完成率 |" LS "| --- | --- |" LS "| 县财", -1), "");
  fy_test_type (editor, "\t");
  offset = cursor_offset (buffer, &cursor_line);
  g_assert_cmpint (offset, ==, g_utf8_strlen ("| 单位 | 完成率 |" LS "| --- | --- |" LS "| 县财政局 | 98%", -1));

  /* A row the Word way: End, Enter, cell, Tab, cell. */
  fy_test_type_at (window, 1, g_utf8_strlen (line, -1), "\n");
  fy_test_type (editor, "县教育局");
  fy_test_type (editor, "\t");
  fy_test_type (editor, "95%");
  g_clear_pointer (&line, g_free);
  line = dup_line (buffer, 1);
  g_assert_true (g_str_has_suffix (line, LS "| 县教育局 | 95%"));
  fy_editor_flush (editor);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==, "单位\t完成率\n县财政局\t98%\n县教育局\t95%");

  /* Tab past the last cell adds an empty row; Enter there leaves the
   * table without it. */
  fy_test_type (editor, "\t");
  g_clear_pointer (&line, g_free);
  line = dup_line (buffer, 1);
  g_assert_true (g_str_has_suffix (line, LS "| 县教育局 | 95%" LS "|  |  |"));
  fy_test_type (editor, "\n");
  g_assert_cmpint (cursor_offset (buffer, &cursor_line), ==, 0);
  g_assert_cmpuint (cursor_line, ==, 2);
  fy_test_type (editor, "表后正文。");
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 3);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==, "单位\t完成率\n县财政局\t98%\n县教育局\t95%");

  /* A row with tabs dropped in: cells. */
  fy_test_type_at (window, 1, g_utf8_strlen (line, -1) - g_utf8_strlen (LS "|  |  |", -1), "\n县卫健委\t91%");
  g_clear_pointer (&line, g_free);
  line = dup_line (buffer, 1);
  g_assert_true (g_str_has_suffix (line, LS "| 县卫健委 | 91% |"));
  fy_editor_flush (editor);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==, "单位\t完成率\n县财政局\t98%\n县教育局\t95%\n县卫健委\t91%");

  g_object_set_data (G_OBJECT (window), "needle", (gpointer) "县卫健委");
  g_assert_true (fy_test_wait_for (preview_shows_table, window, 30));
  if (g_getenv ("FAYAN_TEST_SCREENSHOTS") != NULL)
    {
      fy_test_wait_for (never, NULL, 1);
      fy_test_screenshot ("tables-tab-rows");
    }

  /* Undo goes back to the two paragraphs, step by step. */
  while (fy_editor_get_can_undo (editor))
    fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 3);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (fy_document_get_block (document, 2));
  g_assert_cmpstr (text, ==, "县财政局\t98%");

  fy_test_destroy_window (window);
}

/* Shift+Tab goes back a cell, as in Word, over the delimiter row; in the
 * first cell it stays, and outside a table it is not the table's. */
static void
test_table_window_back_tab (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = make_document ();
  FyEditor *editor = fy_window_get_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  const char *head = "| 项目 | 上年 | 本年 |" LS "| --- | --- | --- |" LS;
  g_autofree char *body = g_strconcat (head, "| 一般公共预算收入 | 8.4亿元 | 9.1亿元 |" LS, NULL);
  g_autofree char *text = NULL;
  guint cursor_line;

  fy_window_set_document (window, document);
  fy_test_iterate ();
  gtk_widget_grab_focus (GTK_WIDGET (editor));

  /* In 6.2亿元 of the last row: back to 民生支出, after its text. */
  fy_test_type_at (window, 2, g_utf8_strlen (body, -1) + g_utf8_strlen ("| 民生支出 | 6.2", -1), "");
  g_assert_true (fy_test_press_key (GTK_WIDGET (editor), GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_cmpint (cursor_offset (buffer, &cursor_line), ==,
                   g_utf8_strlen (body, -1) + g_utf8_strlen ("| 民生支出", -1));
  g_assert_cmpuint (cursor_line, ==, 2);

  /* From the first cell of a row: the last cell of the row above. */
  g_assert_true (fy_test_press_key (GTK_WIDGET (editor), GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_cmpint (cursor_offset (buffer, &cursor_line), ==,
                   g_utf8_strlen (body, -1) - g_utf8_strlen (" |" LS, -1));

  /* From the first body row: the header's last cell, the delimiter row
   * skipped; then back along the header to its first cell, and no
   * further. */
  fy_test_type_at (window, 2, g_utf8_strlen (head, -1) + 2, "");
  g_assert_true (fy_test_press_key (GTK_WIDGET (editor), GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_cmpint (cursor_offset (buffer, &cursor_line), ==, g_utf8_strlen ("| 项目 | 上年 | 本年", -1));
  g_assert_true (fy_test_press_key (GTK_WIDGET (editor), GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_true (fy_test_press_key (GTK_WIDGET (editor), GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_cmpint (cursor_offset (buffer, &cursor_line), ==, g_utf8_strlen ("| 项目", -1));
  g_assert_true (fy_test_press_key (GTK_WIDGET (editor), GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_cmpint (cursor_offset (buffer, &cursor_line), ==, g_utf8_strlen ("| 项目", -1));
  g_assert_cmpuint (cursor_line, ==, 2);

  /* Moving typed nothing: the table is as it was. */
  fy_editor_flush (editor);
  text = fy_block_dup_text (fy_document_get_block (document, 2));
  g_assert_cmpstr (text, ==, "项目\t上年\t本年\n一般公共预算收入\t8.4亿元\t9.1亿元\n民生支出\t6.2亿元\t6.9亿元");
  g_assert_false (fy_window_get_modified (window));

  /* In a paragraph Shift+Tab is not a table's move. */
  fy_test_type_at (window, 1, 2, "");
  g_assert_false (fy_test_press_key (GTK_WIDGET (editor), GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));

  fy_test_destroy_window (window);
}

/* Rows with tabs pasted at the end of a table, or on the empty line
 * after it, are more rows of it when they have as many columns. */
static void
test_table_window_paste_rows (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = make_document ();
  FyEditor *editor = fy_window_get_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  const char *table_text = "项目\t上年\t本年\n一般公共预算收入\t8.4亿元\t9.1亿元\n民生支出\t6.2亿元\t6.9亿元";
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;
  guint cursor_line;

  fy_window_set_document (window, document);
  fy_test_iterate ();
  line = dup_line (buffer, 2);

  /* At the end of the table: two rows, one table still, its header kept. */
  fy_test_type_at (window, 2, g_utf8_strlen (line, -1), "");
  fy_editor_paste_text (editor, "债务余额\t3.0亿元\t2.8亿元\n专项债券\t1.2亿元\t1.5亿元\n");
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 4);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_TABLE);
  g_assert_true (fy_block_get_table_header (fy_document_get_block (document, 2)));
  text = fy_block_dup_text (fy_document_get_block (document, 2));
  g_assert_cmpstr (text, ==, "项目\t上年\t本年\n一般公共预算收入\t8.4亿元\t9.1亿元\n民生支出\t6.2亿元\t6.9亿元\n"
                             "债务余额\t3.0亿元\t2.8亿元\n专项债券\t1.2亿元\t1.5亿元");
  g_clear_pointer (&line, g_free);
  line = dup_line (buffer, 2);
  g_assert_true (g_str_has_suffix (line, LS "| 专项债券 | 1.2亿元 | 1.5亿元 |"));
  cursor_offset (buffer, &cursor_line);
  g_assert_cmpuint (cursor_line, ==, 2);

  /* One undo step takes them away. */
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (fy_document_get_block (document, 2));
  g_assert_cmpstr (text, ==, table_text);

  /* On the empty line after the table, copied with the header row: the
   * header is not repeated, and the empty line stays after the table. */
  fy_test_type_at (window, 3, 0, "\n");
  fy_test_type_at (window, 3, 0, "");
  fy_editor_paste_text (editor, "项目\t上年\t本年\n县卫健委\t1.1亿元\t1.3亿元");
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 5);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (fy_document_get_block (document, 2));
  g_assert_cmpstr (text, ==, "项目\t上年\t本年\n一般公共预算收入\t8.4亿元\t9.1亿元\n民生支出\t6.2亿元\t6.9亿元\n"
                             "县卫健委\t1.1亿元\t1.3亿元");
  g_assert_cmpint (cursor_offset (buffer, &cursor_line), ==, 0);
  g_assert_cmpuint (cursor_line, ==, 3);

  /* A single row, there too. */
  fy_editor_paste_text (editor, "县民政局\t0.7亿元\t0.8亿元");
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 5);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (fy_document_get_block (document, 2));
  g_assert_true (g_str_has_suffix (text, "\n县卫健委\t1.1亿元\t1.3亿元\n县民政局\t0.7亿元\t0.8亿元"));

  /* Two columns after a table of three: a table of their own. */
  fy_editor_paste_text (editor, "单位\t完成率\n县财政局\t98%");
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 5);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 3)), ==, FY_BLOCK_ROLE_TABLE);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (fy_document_get_block (document, 3));
  g_assert_cmpstr (text, ==, "单位\t完成率\n县财政局\t98%");

  g_object_set_data (G_OBJECT (window), "needle", (gpointer) "县民政局");
  g_assert_true (fy_test_wait_for (preview_shows_table, window, 30));
  if (g_getenv ("FAYAN_TEST_SCREENSHOTS") != NULL)
    {
      fy_test_wait_for (never, NULL, 1);
      fy_test_screenshot ("tables-pasted-rows");
    }

  fy_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* Recovery files and settings of the test stay out of the user's. */
  fy_test_init_ui (&argc, &argv);

  g_test_add_func ("/ui/table-window/edit", test_table_window_edit);
  g_test_add_func ("/ui/table-window/insert", test_table_window_insert);
  g_test_add_func ("/ui/table-window/tab-rows", test_table_window_tab_rows);
  g_test_add_func ("/ui/table-window/back-tab", test_table_window_back_tab);
  g_test_add_func ("/ui/table-window/paste-rows", test_table_window_paste_rows);

  return g_test_run ();
}

/* test-editor-table.c — a table's rows in the editor
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The tests of a table in the editor, out of test-editor.c (near its
 * size limit): its pipe rows, the row ends and the row under it. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fy-editor.h"
#include "fy-test-window.h"

static char *
dup_block_text (FyDocument *document,
                guint       position)
{
  return fy_block_dup_text (fy_document_get_block (document, position));
}

static void
type_text (FyEditor   *editor,
           const char *text)
{
  fy_test_type (editor, text);
}

static FyBlock *
make_table (void)
{
  FyBlock *table = fy_block_new (FY_BLOCK_ROLE_TABLE);

  fy_block_set_table_header (table, TRUE);
  fy_block_set_text (table, "指标\t2023年\n营业收入\t12.5亿元");
  return table;
}

/* An editor of @document with @table as its block 4, a line of its own. */
static FyEditor *
editor_with_table (FyDocument *document,
                   FyBlock    *table)
{
  fy_document_insert_block (document, 4, table);
  return fy_test_editor_new (document);
}

/* Puts the cursor at the end of buffer line @line (a table's last row). */
static void
place_at_line_end (FyEditor *editor,
                   int       line)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter end;

  gtk_text_buffer_get_iter_at_line (buffer, &end, line);
  gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_place_cursor (buffer, &end);
}

/* A table shows as its pipe rows, and edits of the rows edit its cells. */
static void
test_editor_table_rows (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyBlock) table = make_table ();
  g_autoptr(FyEditor) editor = editor_with_table (document, table);
  GtkTextBuffer *buffer;
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  g_assert_cmpint (gtk_text_buffer_get_line_count (buffer), ==, 7);

  /* One buffer line; rows wrap at U+2028. */
  shown = fy_test_editor_dup_text (editor);
  g_assert_nonnull (strstr (shown, "\n| 指标 | 2023年 |\xe2\x80\xa8| --- | --- |\xe2\x80\xa8"
                                   "| 营业收入 | 12.5亿元 |\n改进作风"));
  fy_test_editor_place_cursor (editor, 4, 0);
  g_assert_cmpuint (fy_editor_get_style (editor), ==,
                    fy_editor_style_for_role (FY_BLOCK_ROLE_TABLE, 0));

  /* Typing in a cell: "12.5" becomes "12.85"; the rest is unchanged. */
  fy_test_editor_place_cursor (editor, 4, g_utf8_strlen ("| 指标 | 2023年 |\xe2\x80\xa8| --- | --- |\xe2\x80\xa8| 营业收入 | 12.", -1) + 1);
  type_text (editor, "8");
  fy_editor_flush (editor);
  g_assert_true (fy_document_get_block (document, 4) == table);
  g_assert_cmpint (fy_block_get_role (table), ==, FY_BLOCK_ROLE_TABLE);
  g_assert_true (fy_block_get_table_header (table));
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==, "指标\t2023年\n营业收入\t12.58亿元");

  /* Enter at the end of the table starts a row line, in the same block. */
  place_at_line_end (editor, 4);
  type_text (editor, "\n");
  type_text (editor, "| 利润 | 3.1亿元 |");
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 7);
  g_assert_cmpint (gtk_text_buffer_get_line_count (buffer), ==, 7);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==, "指标\t2023年\n营业收入\t12.58亿元\n利润\t3.1亿元");

  /* Enter twice leaves the table: the empty row goes, a paragraph comes. */
  type_text (editor, "\n");
  type_text (editor, "\n");
  type_text (editor, "表后正文。");
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 8);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==, "指标\t2023年\n营业收入\t12.58亿元\n利润\t3.1亿元");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 5)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  g_clear_pointer (&text, g_free);
  text = dup_block_text (document, 5);
  g_assert_cmpstr (text, ==, "表后正文。");

  /* Undo takes the paragraph away, then the row, then the cell edit. */
  fy_editor_undo (editor);
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 7);
  while (fy_editor_get_can_undo (editor))
    fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 7);
  g_clear_pointer (&text, g_free);
  text = dup_block_text (document, 4);
  g_assert_cmpstr (text, ==, "指标\t2023年\n营业收入\t12.5亿元");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 4)), ==, FY_BLOCK_ROLE_TABLE);
  g_assert_true (fy_block_get_table_header (fy_document_get_block (document, 4)));

  /* Typing right before and after the table leaves it whole. */
  fy_test_editor_place_cursor (editor, 3, 0);
  type_text (editor, "另外，");
  fy_editor_flush (editor);
  g_clear_pointer (&text, g_free);
  text = dup_block_text (document, 4);
  g_assert_cmpstr (text, ==, "指标\t2023年\n营业收入\t12.5亿元");
}

/* Session 24's new user pressed Enter after a table's last row and chose
 * 一级标题 for the next heading: the whole table became one heading of
 * bars and cells.  A style chosen in that empty row is the new
 * paragraph's, after the table, which stays whole. */
static void
test_editor_table_style_after (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyBlock) table = make_table ();
  g_autoptr(FyEditor) editor = editor_with_table (document, table);
  g_autofree char *text = NULL;

  place_at_line_end (editor, 4);
  type_text (editor, "\n");
  fy_editor_set_style (editor, fy_editor_style_for_role (FY_BLOCK_ROLE_HEADING, 1));
  g_assert_cmpuint (fy_editor_get_current_block (editor), ==, 5);
  type_text (editor, "提案办理情况");
  fy_editor_flush (editor);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 8);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 4)), ==, FY_BLOCK_ROLE_TABLE);
  text = dup_block_text (document, 4);
  g_assert_cmpstr (text, ==, "指标\t2023年\n营业收入\t12.5亿元");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 5)), ==, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpuint (fy_block_get_level (fy_document_get_block (document, 5)), ==, 1);
  g_clear_pointer (&text, g_free);
  text = dup_block_text (document, 5);
  g_assert_cmpstr (text, ==, "提案办理情况");

  /* Undo takes the words away, then the heading, and the row is back. */
  fy_editor_undo (editor);
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 7);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 4)), ==, FY_BLOCK_ROLE_TABLE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 5)), ==, FY_BLOCK_ROLE_HEADING);
  g_clear_pointer (&text, g_free);
  text = dup_block_text (document, 5);
  g_assert_cmpstr (text, ==, "改进作风");
}

/* Session 21's new user pressed Home on a row and typed: the text made a
 * new first cell and the row's figures moved one column on, under the
 * wrong headers; typed after the last bar it made a cell of its own.
 * Both go into the row's first and last cells. */
static void
test_editor_table_row_ends (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyBlock) table = make_table ();
  g_autoptr(FyEditor) editor = editor_with_table (document, table);
  g_autofree char *text = NULL;
  int row_start = g_utf8_strlen ("| 指标 | 2023年 |\xe2\x80\xa8| --- | --- |\xe2\x80\xa8", -1);

  /* Key by key: each key goes on after the one before. */
  fy_test_editor_place_cursor (editor, 4, row_start);
  type_text (editor, "全");
  type_text (editor, "年");
  fy_editor_flush (editor);
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==, "指标\t2023年\n全年营业收入\t12.5亿元");

  place_at_line_end (editor, 4);
  type_text (editor, "（预");
  type_text (editor, "计）");
  fy_editor_flush (editor);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==, "指标\t2023年\n全年营业收入\t12.5亿元（预计）");

  /* A row typed bar by bar keeps what comes after its bars. */
  place_at_line_end (editor, 4);
  type_text (editor, "\n");
  type_text (editor, "| 利润 |");
  type_text (editor, " 3.1亿元 |");
  fy_editor_flush (editor);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==, "指标\t2023年\n全年营业收入\t12.5亿元（预计）\n利润\t3.1亿元");
}

/* Whether any run of @block is a field named @name. */
static gboolean
has_field (FyBlock    *block,
           const char *name)
{
  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    {
      const FyRun *run = fy_block_get_run (block, i);

      if (run->kind == FY_RUN_FIELD && g_strcmp0 (run->text, name) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Review finding 5 (session 26): the editor had a "{{name}}" scanner of
 * its own, which read across the rows and cells of a table line, so
 * `{{甲` in one row and `乙}}` in the next made a chip the document did
 * not hold.  The editor finds references by the document's rule now. */
static void
test_editor_table_typed_field (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyBlock) table = fy_block_new (FY_BLOCK_ROLE_TABLE);
  g_autoptr(FyEditor) editor = NULL;
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  int row_start = g_utf8_strlen ("| 指标 | {{甲 |\xe2\x80\xa8| --- | --- |\xe2\x80\xa8", -1);

  fy_block_set_table_header (table, TRUE);
  fy_block_set_text (table, "指标\t{{甲\n营业收入\t乙}}");
  editor = editor_with_table (document, table);

  /* Typing in the line: the braces in two rows stay as typed. */
  fy_test_editor_place_cursor (editor, 4, row_start);
  type_text (editor, "全");
  fy_editor_flush (editor);
  shown = fy_test_editor_dup_text (editor);
  g_assert_nonnull (strstr (shown, "| 指标 | {{甲 |\xe2\x80\xa8| --- | --- |\xe2\x80\xa8"
                                   "| 全营业收入 | 乙}} |\n"));
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==, "指标\t{{甲\n全营业收入\t乙}}");
  g_assert_false (has_field (table, "甲"));

  /* A reference inside one cell is a chip, in the buffer and the table. */
  fy_test_editor_place_cursor (editor, 4, row_start);
  type_text (editor, "{{单位}}");
  fy_editor_flush (editor);
  g_clear_pointer (&shown, g_free);
  shown = fy_test_editor_dup_text (editor);
  g_assert_nonnull (strstr (shown, "| 指标 | {{甲 |\xe2\x80\xa8| --- | --- |\xe2\x80\xa8"
                                   "| 单位全营业收入 | 乙}} |\n"));
  g_assert_true (has_field (table, "单位"));
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (table);
  g_assert_cmpstr (text, ==, "指标\t{{甲\n{{单位}}全营业收入\t乙}}");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  fy_test_move_pointer_aside ();
  adw_init ();
  fy_core_init ();

  g_test_add_func ("/ui/editor/table-rows", test_editor_table_rows);
  g_test_add_func ("/ui/editor/table-row-ends", test_editor_table_row_ends);
  g_test_add_func ("/ui/editor/table-style-after", test_editor_table_style_after);
  g_test_add_func ("/ui/editor/table-typed-field", test_editor_table_typed_field);

  return g_test_run ();
}

/* test-import-pdf-copy.c — text copied out of a PDF, through the importer
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * tests/data/pasted/ holds PDFs' text as clerks copy it (written for the
 * suite, typeset by fayan-cli and read back): a viewer's copy (poppler's
 * selection, what Evince copies: a line break after every printed line,
 * a paragraph's indent lost, a table's row one line, its cells run
 * together) and pdftotext's (the same, a form feed after each page, a
 * table one cell to a line).  Each is pasted and checked for a
 * paragraph cut or run into the next, and for the characters: those in
 * are those out, but for the page furniture the paste names.
 */

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fy-table.h"

/* The characters of @text but blanks. */
static guint
count_visible (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    n += !g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0x3000;
  return n;
}

/* The characters of pasted @blocks but blanks, a heading's own ordinal
 * (taken off for the engine to print) counted. */
static guint
count_visible_blocks (GPtrArray *blocks)
{
  guint n = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      FyBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *text = fy_block_dup_text (block);
      const char *ordinal = g_object_get_data (G_OBJECT (block), "fy-import-own-ordinal");

      n += count_visible (text) + (ordinal != NULL ? count_visible (ordinal) : 0);
    }
  return n;
}

/* The characters of the page furniture a paste left out, blanks aside. */
static guint
count_visible_furniture (const FyImportNotes *notes)
{
  guint n = 0;

  for (guint i = 0; i < notes->furniture->len; i++)
    n += count_visible (g_ptr_array_index (notes->furniture, i));
  return n;
}

/* A paragraph of a PDF copy cut where its page ends stays whole (new
 * user, session 18): in a viewer's copy (poppler's selection, as Evince
 * copies it) each paragraph's first printed line is two cells short, its
 * indent lost, and ended the paragraph; in pdftotext's copy a blank line
 * and a form feed around the page number cut it.  A paragraph that ends
 * its sentence at the page's foot still ends there, and nothing but the
 * page numbers goes: the characters in are the characters out. */
static void
test_pdf_copy_page_break (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "pdf-copy-speech.txt", NULL);
  g_autofree char *copy = NULL;
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autofree char *pdftotext_path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "pdftotext-speech.txt", NULL);
  g_autofree char *pdftotext = NULL;
  g_autoptr(GPtrArray) wrapped = NULL;
  guint n_in;
  guint n_left_out;
  gboolean cut = FALSE;

  g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
  pasted = fy_import_paste_with_notes (copy, -1, &notes);
  g_assert_cmpuint (pasted->len, ==, 16);
  for (guint i = 0; i < pasted->len; i++)
    {
      g_autofree char *text = fy_block_dup_text (g_ptr_array_index (pasted, i));

      if (g_str_has_prefix (text, "今天，") || g_str_has_prefix (text, "人大代表是") ||
          g_str_has_prefix (text, "一要坚持") || g_str_has_prefix (text, "三要依法"))
        g_assert_true (g_str_has_suffix (text, "。"));
      cut |= g_str_has_prefix (text, "助代表们") || g_str_has_prefix (text, "法和法律");
    }
  g_assert_false (cut);
  n_left_out = count_visible_furniture (notes);
  n_in = count_visible (copy);
  g_assert_cmpuint (notes->furniture->len, ==, 2);
  g_assert_cmpuint (n_in, ==, count_visible_blocks (pasted) + n_left_out);

  /* pdftotext's copy of the same speech */
  g_assert_true (g_file_get_contents (pdftotext_path, &pdftotext, NULL, NULL));
  wrapped = fy_import_paste (pdftotext, -1);
  cut = FALSE;
  for (guint i = 0; i < wrapped->len; i++)
    {
      g_autofree char *text = fy_block_dup_text (g_ptr_array_index (wrapped, i));

      cut |= g_str_has_prefix (text, "法和法律") || g_str_has_suffix (text, "认真学习宪");
    }
  g_assert_false (cut);
}

/* A report's table copied out of its PDF by pdftotext (one cell to a
 * line, a blank line between cells) over a page break (session 18): its
 * cells came as 100 paragraphs, the header row the PDF repeats at the
 * next page's top among them, and the caption (表 1 2026 年各县区完成情况)
 * glued to the sentence before and to the first cell.  The caption is a
 * paragraph of its own, the cells a table of 4 columns and 25 rows, the
 * repeated header gone and named with the page numbers; nothing else
 * goes.  A table pasted with tabs whose header a page break repeats
 * loses it the same way. */
static void
test_pdf_copy_table_pages (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "pdftotext-report.txt", NULL);
  g_autofree char *copy = NULL;
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(FyTable) table = NULL;
  g_autoptr(FyImportNotes) tab_notes = NULL;
  g_autoptr(GPtrArray) tabbed =
    fy_import_paste_with_notes ("各县区进度如下：\n县区\t完成数\t完成率\n临川区\t50\t97%\n东乡区\t36\t99%\n— 1 —\n"
                                "县区\t完成数\t完成率\n南城县\t80\t98%\n下一步，各县区要加快进度。\n— 2 —\n",
                                -1, &tab_notes);
  g_autoptr(FyTable) tab_table = NULL;
  g_autofree char *before = NULL;
  guint n_in;
  guint n_left_out;
  guint at = 0;

  g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
  pasted = fy_import_paste_with_notes (copy, -1, &notes);
  for (guint i = 0; i < pasted->len; i++)
    {
      g_autofree char *text = fy_block_dup_text (g_ptr_array_index (pasted, i));

      if (g_strcmp0 (text, "表 1 2026 年各县区完成情况") == 0)
        at = i;
    }
  g_assert_cmpuint (at, >, 0);
  before = fy_block_dup_text (g_ptr_array_index (pasted, at - 1));
  g_assert_true (g_str_has_suffix (before, "各县区完成情况见表 1。"));
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (pasted, at + 1)), ==, FY_BLOCK_ROLE_TABLE);
  table = fy_table_new_from_block (g_ptr_array_index (pasted, at + 1));
  g_assert_true (fy_table_get_header (table));
  g_assert_cmpuint (fy_table_get_n_columns (table), ==, 4);
  g_assert_cmpuint (fy_table_get_n_rows (table), ==, 25);
  g_assert_cmpstr (fy_table_get_cell (table, 0, 3), ==, "完成率");
  g_assert_cmpstr (fy_table_get_cell (table, 8, 0), ==, "资溪县");
  g_assert_cmpstr (fy_table_get_cell (table, 9, 0), ==, "广昌县");
  g_assert_cmpstr (fy_table_get_cell (table, 24, 3), ==, "97%");

  g_assert_true (g_ptr_array_find_with_equal_func (notes->furniture, "县区　完成数　计划数　完成率", g_str_equal, NULL));
  n_left_out = count_visible_furniture (notes);
  n_in = count_visible (copy);
  g_assert_cmpuint (n_in, ==, count_visible_blocks (pasted) + n_left_out);
  g_assert_nonnull (strstr (g_ptr_array_index (notes->warnings, 0), "“县区　完成数　计划数　完成率”"));

  g_assert_cmpuint (tabbed->len, ==, 3);
  tab_table = fy_table_new_from_block (g_ptr_array_index (tabbed, 1));
  g_assert_cmpuint (fy_table_get_n_rows (tab_table), ==, 4);
  g_assert_cmpstr (fy_table_get_cell (tab_table, 3, 0), ==, "南城县");
  g_assert_true (g_ptr_array_find_with_equal_func (tab_notes->furniture, "县区　完成数　完成率", g_str_equal, NULL));
}

/* The same report copied in a viewer (poppler's selection, as Evince
 * copies): each table row one line, its cells run together
 * (临川区501997%).  Those short lines kept the text from reading as a
 * PDF's printed lines, so no paragraph was joined; and the header row
 * the PDF repeats over the page break came twice.  The paragraphs are
 * whole again, the header row comes once and the repeat is named with
 * the page numbers; nothing else goes. */
static void
test_pdf_copy_viewer_table (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "pdf-copy-report.txt", NULL);
  g_autofree char *copy = NULL;
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  guint n_headers = 0;
  guint n_left_out;
  gboolean whole = FALSE;

  g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
  pasted = fy_import_paste_with_notes (copy, -1, &notes);
  for (guint i = 0; i < pasted->len; i++)
    {
      g_autofree char *text = fy_block_dup_text (g_ptr_array_index (pasted, i));

      n_headers += g_strcmp0 (text, "县区完成数计划数完成率") == 0;
      whole |= g_str_has_prefix (text, "今年以来，") && g_str_has_suffix (text, "各县区完成情况见表 1。");
    }
  g_assert_true (whole);
  g_assert_cmpuint (n_headers, ==, 1);
  g_assert_true (g_ptr_array_find_with_equal_func (notes->furniture, "县区完成数计划数完成率", g_str_equal, NULL));
  n_left_out = count_visible_furniture (notes);
  g_assert_cmpuint (count_visible (copy), ==, count_visible_blocks (pasted) + n_left_out);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/import-pdf-copy/page-break", test_pdf_copy_page_break);
  g_test_add_func ("/core/import-pdf-copy/table-pages", test_pdf_copy_table_pages);
  g_test_add_func ("/core/import-pdf-copy/viewer-table", test_pdf_copy_viewer_table);

  return g_test_run ();
}

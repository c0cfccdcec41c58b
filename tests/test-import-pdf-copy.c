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
#include "fy-test-utils.h"

/* The copy tests/data/pasted/@name pasted, its notes in @notes: every
 * character of the copy is in the blocks or the page furniture left
 * out (asserted). */
static GPtrArray *
paste_data_file (const char     *name,
                 FyImportNotes **notes)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", name, NULL);
  g_autofree char *copy = NULL;
  GPtrArray *pasted;

  g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
  pasted = fy_import_paste_with_notes (copy, -1, notes);
  g_assert_cmpuint (fy_test_count_visible (copy), ==,
                    fy_test_count_visible_blocks (pasted) + fy_test_count_visible_lines ((*notes)->furniture));
  return pasted;
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
  n_left_out = fy_test_count_visible_lines (notes->furniture);
  n_in = fy_test_count_visible (copy);
  g_assert_cmpuint (notes->furniture->len, ==, 2);
  g_assert_cmpuint (n_in, ==, fy_test_count_visible_blocks (pasted) + n_left_out);

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
  gboolean closing = FALSE;

  g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
  pasted = fy_import_paste_with_notes (copy, -1, &notes);
  for (guint i = 0; i < pasted->len; i++)
    {
      g_autofree char *text = fy_block_dup_text (g_ptr_array_index (pasted, i));

      if (g_strcmp0 (text, "表 1 2026 年各县区完成情况") == 0)
        at = i;
      closing |= g_strcmp0 (text, "特此报告。") == 0;
    }
  g_assert_cmpuint (at, >, 0);
  /* the table's cells, short lines one to a line, leave the column's
   * width as its text prints it: the short closing line parts */
  g_assert_true (closing);
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
  n_left_out = fy_test_count_visible_lines (notes->furniture);
  n_in = fy_test_count_visible (copy);
  g_assert_cmpuint (n_in, ==, fy_test_count_visible_blocks (pasted) + n_left_out);
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
  n_left_out = fy_test_count_visible_lines (notes->furniture);
  g_assert_cmpuint (fy_test_count_visible (copy), ==, fy_test_count_visible_blocks (pasted) + n_left_out);
}

/* A two-page notice copied out of its PDF by pdftotext and in a viewer
 * (pdftotext-notice.txt, pdf-copy-notice.txt; session 19): pdftotext's
 * copy ran every paragraph into the one before, as its last page's
 * blank lines and form feed kept the text from reading as printed
 * lines; the viewer's ran a paragraph ending the first page into the
 * next page's first, as the width of the column came out a cell short
 * (a notice has many short paragraphs, their first lines two cells
 * short).  A paragraph's last short line and the next paragraph's
 * first line part; the lines that fill the column join. */
static void
test_pdf_copy_paragraph_ends (void)
{
  static const char *const copies[] = { "pdftotext-notice.txt", "pdf-copy-notice.txt" };
  static const char *const paragraphs[] = {
    "关于做好 2027 年元旦春节期间安全生产工作的通知",
    "各乡镇人民政府，县直各单位：",
    "元旦、春节将至，为切实做好节日期间安全生产工作，防范遏制各类事故发生，确保全县人民群众过上安全祥和的节日，"
    "经县政府同意，现将有关事项通知如下。",
    "提高思想认识",
    "节日期间人员流动大，生产经营活动集中，火灾、交通、燃气等风险交织叠加。各地各部门要清醒认识当前安全生产形势的"
    "严峻性和复杂性，切实把思想和行动统一到县委、县政府的部署上来。",
    "要坚持人民至上、生命至上，把安全生产摆在更加突出的位置，层层压实责任。",
    "突出重点领域",
    "道路交通方面，公安交警部门要加强对客运车辆、校车、危险化学品运输车辆的检查，严厉打击超速超载、疲劳驾驶、"
    "酒后驾驶等违法行为。",
    "消防安全方面，要对商场、宾馆、养老院、学校等人员密集场所开展全面排查，确保消防通道畅通、消防设施完好有效。",
    "燃气安全方面，住建部门要督促燃气经营企业落实入户安检制度，重点排查老旧小区、餐饮场所的燃气管道和用气设备，"
    "发现隐患立即整改。",
    "烟花爆竹方面，应急管理部门要会同公安、市场监管等部门严格管控烟花爆竹经营储存，严厉打击非法生产、经营、"
    "运输行为，确保不发生事故。",
    "强化值班值守",
    "各地各部门要严格执行领导带班和二十四小时值班制度，保持通信畅通，遇有突发情况要第一时间处置、第一时间报告，"
    "不得迟报、漏报、瞒报。",
    "节日期间发生较大以上事故的，要在一小时内报县政府总值班室。",
    "特此通知。",
    "县人民政府办公室",
    "2026 年 12 月 6 日",
  };

  for (guint k = 0; k < G_N_ELEMENTS (copies); k++)
    {
      g_autoptr(FyImportNotes) notes = NULL;
      g_autoptr(GPtrArray) pasted = paste_data_file (copies[k], &notes);

      for (guint i = 0; i < MIN (pasted->len, G_N_ELEMENTS (paragraphs)); i++)
        {
          g_autofree char *text = fy_block_dup_text (g_ptr_array_index (pasted, i));

          g_assert_cmpstr (text, ==, paragraphs[i]);
        }
      g_assert_cmpuint (pasted->len, ==, G_N_ELEMENTS (paragraphs));
      g_assert_cmpuint (notes->furniture->len, ==, 2);
    }
}

/* A notice's table of words only (工作任务, 牵头单位, 配合单位, 完成时限:
 * no column of numbers) copied out of its PDF by pdftotext, one cell to
 * a line (pdftotext-tasks.txt; session 19): its 24 cells came as 24
 * paragraphs, as only a column of numbers told the table's columns.  The
 * header words that open it tell them: a table of 4 columns and 6 rows
 * between the caption and the next paragraph; nothing goes. */
static void
test_pdf_copy_word_table (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "pdftotext-tasks.txt", NULL);
  g_autofree char *copy = NULL;
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(FyTable) table = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
  pasted = fy_import_paste_with_notes (copy, -1, &notes);
  g_assert_cmpuint (pasted->len, >=, 6);
  caption = fy_block_dup_text (g_ptr_array_index (pasted, 3));
  g_assert_cmpstr (caption, ==, "表 1 森林防火工作分工");
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (pasted, 4)), ==, FY_BLOCK_ROLE_TABLE);
  table = fy_table_new_from_block (g_ptr_array_index (pasted, 4));
  g_assert_true (fy_table_get_header (table));
  g_assert_cmpuint (fy_table_get_n_columns (table), ==, 4);
  g_assert_cmpuint (fy_table_get_n_rows (table), ==, 6);
  g_assert_cmpstr (fy_table_get_cell (table, 0, 3), ==, "完成时限");
  g_assert_cmpstr (fy_table_get_cell (table, 1, 0), ==, "排查火灾隐患");
  g_assert_cmpstr (fy_table_get_cell (table, 5, 1), ==, "县应急管理局");
  after = fy_block_dup_text (g_ptr_array_index (pasted, 5));
  g_assert_true (g_str_has_prefix (after, "各单位要明确专人负责"));
  g_assert_cmpuint (fy_test_count_visible (copy), ==,
                    fy_test_count_visible_blocks (pasted) + fy_test_count_visible_lines (notes->furniture));
}

/* A table copied in a viewer runs each row's cells together: 临川区501997%
 * (pdf-copy-report.txt), 排查火灾隐患县林业局各乡镇十二月底前
 * (pdf-copy-tasks.txt; session 19).  Where two numbers meet nobody can
 * tell the cells apart, so the rows stay one paragraph each, none joined
 * to another; but they came without a word.  The paste names them now,
 * in a warning, and loses no character. */
static void
test_pdf_copy_glued_rows (void)
{
  static const struct { const char *copy; const char *row; guint n_rows; } copies[] = {
    { "pdf-copy-report.txt", "临川区501997%", 25 },
    { "pdf-copy-tasks.txt", "排查火灾隐患县林业局各乡镇十二月底前", 8 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (copies); k++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", copies[k].copy, NULL);
      g_autofree char *copy = NULL;
      g_autoptr(FyImportNotes) notes = NULL;
      g_autoptr(GPtrArray) pasted = NULL;
      gboolean kept = FALSE;
      gboolean warned = FALSE;

      g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
      pasted = fy_import_paste_with_notes (copy, -1, &notes);
      for (guint i = 0; i < pasted->len; i++)
        {
          g_autofree char *text = fy_block_dup_text (g_ptr_array_index (pasted, i));

          kept |= g_strcmp0 (text, copies[k].row) == 0;
        }
      g_assert_true (kept);
      g_assert_cmpuint (notes->glued->len, ==, copies[k].n_rows);
      g_assert_true (g_ptr_array_find_with_equal_func (notes->glued, copies[k].row, g_str_equal, NULL));
      for (guint i = 0; i < notes->warnings->len; i++)
        warned |= strstr (g_ptr_array_index (notes->warnings, i), copies[k].row) != NULL;
      g_assert_true (warned);
      g_assert_cmpuint (fy_test_count_visible (copy), ==,
                        fy_test_count_visible_blocks (pasted) + fy_test_count_visible_lines (notes->furniture));
    }
}

/* A table whose cells are set apart by blanks: pdftotext -layout's copy
 * of a report (pdftotext-layout-report.txt, a blank line between rows,
 * the header repeated over the page break), and a copy whose caption
 * shares the header's line (表1 2026年各县区完成情况 县区 完成数 ……;
 * session 19).  Each row was a paragraph, the header's blanks squeezed
 * out and the caption glued to it.  The caption is a paragraph of its
 * own, the rows a table; the repeated header goes, named; nothing else
 * goes. */
static void
test_pdf_copy_spaced_table (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "pdftotext-layout-report.txt", NULL);
  g_autofree char *copy = NULL;
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GPtrArray) glued = fy_import_paste ("各县区完成情况见表1。\n"
                                                "表1 2026年各县区完成情况 县区 完成数 计划数 完成率\n"
                                                "临川区 50 19 97%\n东乡区 36 15 99%\n南城县 80 20 98%\n"
                                                "下一步，各县区要加快进度。\n", -1);
  g_autoptr(FyTable) glued_table = NULL;
  g_autofree char *caption = NULL;
  guint n_tables = 0;

  g_assert_cmpuint (glued->len, ==, 4);
  caption = fy_block_dup_text (g_ptr_array_index (glued, 1));
  g_assert_cmpstr (caption, ==, "表1 2026年各县区完成情况");
  glued_table = fy_table_new_from_block (g_ptr_array_index (glued, 2));
  g_assert_true (fy_table_get_header (glued_table));
  g_assert_cmpuint (fy_table_get_n_columns (glued_table), ==, 4);
  g_assert_cmpuint (fy_table_get_n_rows (glued_table), ==, 4);
  g_assert_cmpstr (fy_table_get_cell (glued_table, 0, 0), ==, "县区");
  g_assert_cmpstr (fy_table_get_cell (glued_table, 3, 3), ==, "98%");

  g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
  pasted = fy_import_paste_with_notes (copy, -1, &notes);
  for (guint i = 0; i < pasted->len; i++)
    {
      FyBlock *block = g_ptr_array_index (pasted, i);
      g_autoptr(FyTable) table = NULL;

      if (fy_block_get_role (block) != FY_BLOCK_ROLE_TABLE)
        continue;
      n_tables++;
      table = fy_table_new_from_block (block);
      g_assert_cmpuint (fy_table_get_n_columns (table), ==, 4);
      g_assert_cmpuint (fy_table_get_n_rows (table), ==, 25);
      g_assert_cmpstr (fy_table_get_cell (table, 9, 0), ==, "广昌县");
      g_assert_cmpstr (fy_table_get_cell (table, 24, 3), ==, "97%");
    }
  g_assert_cmpuint (n_tables, ==, 1);
  g_assert_true (g_ptr_array_find_with_equal_func (notes->furniture, "县区　完成数　计划数　完成率", g_str_equal, NULL));
  g_assert_cmpuint (fy_test_count_visible (copy), ==,
                    fy_test_count_visible_blocks (pasted) + fy_test_count_visible_lines (notes->furniture));
}

/* A one-page notice copied out of its PDF (duty.md, set by Fayan), by
 * pdftotext and by a viewer: its page number (—1—), the copy's last
 * line, is furniture like a longer copy's, named and not printed; and
 * being a PDF's, the copy's few printed lines join into their
 * paragraphs (a viewer's copy once kept them cut: two lines only fill
 * the column).  The table's rows stay as the copy gave them. */
static void
test_pdf_copy_one_page (void)
{
  static const char *const copies[] = { "pdftotext-duty.txt", "pdf-copy-duty.txt" };
  static const char *const paragraphs[] = {
    "元旦将至，为确保节日期间各项工作平稳有序，现将值班安排通知如下。",
    "值班人员要坚守岗位，遇有重要情况及时报告，不得迟报漏报。",
    "县农业农村局办公室",
  };

  for (guint k = 0; k < G_N_ELEMENTS (copies); k++)
    {
      g_autoptr(FyImportNotes) notes = NULL;
      g_autoptr(GPtrArray) pasted = paste_data_file (copies[k], &notes);
      guint found = 0;

      for (guint i = 0; i < pasted->len; i++)
        {
          g_autofree char *text = fy_block_dup_text (g_ptr_array_index (pasted, i));

          g_assert_null (strstr (text, "—1—"));
          if (found < G_N_ELEMENTS (paragraphs) && g_strcmp0 (text, paragraphs[found]) == 0)
            found++;
        }
      g_assert_cmpuint (found, ==, G_N_ELEMENTS (paragraphs));
      g_assert_cmpuint (notes->furniture->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (notes->furniture, 0), ==, "—1—");
    }
}

/* A PDF set in the reading preset (plan.md), whose justified column is
 * letter-spaced, copies with a space between every two Han characters
 * (坚 持 以 人 民 为 中 心): the spaces between Han characters and marks
 * go, headings included (总体要求, not 总　体　要　求), those around a
 * number stay as a copy of a gbt9704 PDF keeps them, and so do those
 * between Latin words of a letter-spaced copy. */
static void
test_pdf_copy_letter_spaced (void)
{
  static const char *const paragraphs[] = {
    "柳溪镇 2027 年农村人居环境整治工作要点",
    "总体要求",
    "坚持以人民为中心的发展思想，以村庄清洁行动为抓手，全面推进农村厕所革命、生活垃圾和生活污水治理，"
    "让乡村更加干净整洁、宜居宜业。",
    "重点任务",
    "一是完成户厕改造 380 户，新建公共厕所 6 座，确保改造一户、达标一户、群众满意一户。",
  };
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = paste_data_file ("pdf-copy-reading.txt", &notes);
  g_autoptr(GPtrArray) latin =
    fy_import_paste ("各 单 位 可 登 录 GongWen Template Lite 下 载 模 板，按 要 求 填 写 后 报 送。\n"
                     "联 系 人：王 海 燕，电 话：6612301。\n", -1);
  g_autofree char *first = fy_block_dup_text (g_ptr_array_index (latin, 0));

  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    {
      g_autofree char *text = fy_block_dup_text (g_ptr_array_index (pasted, i));

      g_assert_cmpstr (text, ==, paragraphs[i]);
    }
  g_assert_cmpstr (first, ==, "各单位可登录 GongWen Template Lite 下载模板，按要求填写后报送。");
}

/* pdftotext -layout's copy of a two-page notice (visit2.md) sets its
 * title's two centred lines apart, each pushed right by blanks, and
 * leaves blank lines at each page's foot, so the copy reads as no
 * column of printed lines: the title is still one (关于……期间 / 困难
 * 群众……的通知), as in a copy that is, and nothing is lost. */
static void
test_pdf_copy_layout_title (void)
{
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = paste_data_file ("pdftotext-layout-visit.txt", &notes);
  g_autofree char *title = fy_block_dup_text (g_ptr_array_index (pasted, 0));
  g_autofree char *next = fy_block_dup_text (g_ptr_array_index (pasted, 1));

  g_assert_cmpstr (title, ==, "关于进一步做好 2027 年春节期间困难群众走访慰问工作的通知");
  g_assert_cmpstr (next, ==, "各村（社区）党组织，镇直各单位：");
  g_assert_cmpuint (notes->furniture->len, ==, 2);
}

/* A report set in the reading preset and copied by a viewer (session
 * 20's report2.md): a printed line that ends on a term's closing quote
 * (开展“好差评” / 数据分析) is in mid-sentence, and its paragraph goes
 * on, as it does after the sentence the quote closes. */
static void
test_pdf_copy_quote_end (void)
{
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = paste_data_file ("pdf-copy-reading-report.txt", &notes);
  gboolean whole = FALSE;

  for (guint i = 0; i < pasted->len; i++)
    {
      g_autofree char *text = fy_block_dup_text (g_ptr_array_index (pasted, i));

      whole |= g_strcmp0 (text, "四是加强作风建设。开展“好差评”数据分析，对差评事项逐一回访整改，整改率 100%。") == 0;
    }
  g_assert_true (whole);
}

/* Whether one of the warnings of @notes names the page furniture and
 * says that printed lines were joined into paragraphs. */
static gboolean
says_lines_joined (const FyImportNotes *notes)
{
  gboolean furniture = FALSE;
  gboolean joined = FALSE;

  for (guint i = 0; i < notes->warnings->len; i++)
    {
      const char *warning = g_ptr_array_index (notes->warnings, i);

      g_test_message ("warning: %s", warning);
      if (strstr (warning, "“—1—”") == NULL)
        continue;
      furniture = TRUE;
      joined |= strstr (warning, "joined into paragraphs") != NULL;
    }
  g_assert_true (furniture);
  return joined;
}

/* A one-page agenda copied out of its PDF in a viewer (my agenda,
 * typeset by fayan-cli, poppler's selection): every printed line is a
 * line of its own, so the page number goes and no line is joined; the
 * warning says the first and not the second.  A speech copied the same
 * way, and pdftotext -layout's copy of a notice, whose lines are
 * joined, still say so. */
static void
test_pdf_copy_says_what_happened (void)
{
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = paste_data_file ("pdf-copy-agenda.txt", &notes);
  g_autoptr(FyImportNotes) speech_notes = NULL;
  g_autoptr(GPtrArray) speech = paste_data_file ("pdf-copy-speech.txt", &speech_notes);
  g_autoptr(FyImportNotes) layout_notes = NULL;
  g_autoptr(GPtrArray) layout = paste_data_file ("pdftotext-layout-visit.txt", &layout_notes);

  g_assert_cmpuint (pasted->len, ==, 7);
  g_assert_false (says_lines_joined (notes));
  g_assert_true (says_lines_joined (speech_notes));
  g_assert_true (says_lines_joined (layout_notes));
}

/* A word processor's PDF cuts a long title inside the name of its kind
 * (……的几点意 / 见, pdf-copy-opinion.txt, my text through Writer): the
 * two lines are one title, in a paste as in an import, and the note
 * under it (（供县政府常务会议研究）) its subtitle; every character but the
 * page number's is kept. */
static void
test_pdf_copy_title_cut_in_kind (void)
{
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = paste_data_file ("pdf-copy-opinion.txt", &notes);
  g_autofree char *first = fy_block_dup_text (g_ptr_array_index (pasted, 0));
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "pdf-copy-opinion.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_import_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, "关于加强今冬明春农村饮水安全工作的几点意见");
  g_assert_cmpstr (fy_document_get_title (document), ==, "关于加强今冬明春农村饮水安全工作的几点意见");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 0)), ==, FY_BLOCK_ROLE_TITLE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_SUBTITLE);
}

/* A speech's last paragraph ends its last printed line with ！ in the
 * column's last cell, and 谢谢大家！ stands on the line under it (the new
 * user's copy of last year's speech, session 24): the closing is no
 * short last line of that paragraph but a paragraph of its own, in
 * Evince's copy and in pdftotext's, pasted into a speech or into an
 * empty document (where it is the closing). */
static void
test_pdf_copy_closing_line (void)
{
  static const char *const copies[] = { "pdf-copy-closing.txt", "pdftotext-closing.txt" };

  for (guint k = 0; k < G_N_ELEMENTS (copies); k++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", copies[k], NULL);
      g_autofree char *copy = NULL;
      g_autoptr(FyImportNotes) notes = NULL;
      g_autoptr(FyImportNotes) document_notes = NULL;
      g_autoptr(GPtrArray) pasted = paste_data_file (copies[k], &notes);
      g_autoptr(GPtrArray) document = NULL;
      g_autofree char *last = fy_block_dup_text (g_ptr_array_index (pasted, pasted->len - 1));
      g_autofree char *before = fy_block_dup_text (g_ptr_array_index (pasted, pasted->len - 2));

      g_assert_cmpstr (last, ==, "谢谢大家！");
      g_assert_true (g_str_has_prefix (before, "同志们，冬春季节"));
      g_assert_true (g_str_has_suffix (before, "为全县发展作出新贡献！"));

      g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
      document = fy_import_paste_document_with_notes (copy, -1, &document_notes);
      g_assert_cmpint (fy_block_get_role (g_ptr_array_index (document, document->len - 1)), ==,
                       FY_BLOCK_ROLE_CLOSING);
      g_assert_cmpint (fy_block_get_role (g_ptr_array_index (document, document->len - 2)), ==,
                       FY_BLOCK_ROLE_PARAGRAPH);
      g_assert_cmpuint (fy_test_count_visible (copy), ==,
                        fy_test_count_visible_blocks (document) +
                        fy_test_count_visible_lines (document_notes->furniture));
    }
}

/* A report full of figures, typeset by fayan-cli and copied by
 * pdftotext (pdftotext-supply.txt): the copy puts a space between a
 * digit and a Han character, and a printed line may open with digits
 * (2026 年，…… / 30 个……, the new user's, session 25).  The spaces are
 * the gap the page leaves, a quarter of a cell, not half, and a run of
 * digits may leave its line a cell short on the grid: each paragraph is
 * one, none cut in three.  A title printed over two lines whose first
 * names a kind too (……分工方案 / 的通知) is one title, in the viewer's
 * copy and in pdftotext's. */
/* A numbered heading with figures, on its line under a full one, stays
 * a heading: the allowance a run of digits gets does not make it a full
 * line in mid-sentence (review, session 26: it opened the paragraph
 * under it). */
static void
test_pdf_copy_digit_heading (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "pdftotext-supply.txt", NULL);
  g_autofree char *copy = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *with_heading = NULL;
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  guint found = G_MAXUINT;

  g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
  lines = g_strsplit (copy, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[9], "县水利局联合"));
  g_free (lines[9]);
  lines[9] = g_strdup ("二、2026 年 1 至 11 月全县农村饮水水质检测情况\n县水利局联合县卫健委对 30 个千吨万人供水工程开展水质");
  with_heading = g_strjoinv ("\n", lines);
  pasted = fy_import_paste_with_notes (with_heading, -1, &notes);
  for (guint i = 0; i < pasted->len; i++)
    {
      FyBlock *block = g_ptr_array_index (pasted, i);
      g_autofree char *text = fy_block_dup_text (block);

      g_test_message ("%u %s", i, text);
      if (strstr (text, "农村饮水水质检测情况") != NULL)
        {
          g_assert_cmpuint (found, ==, G_MAXUINT);
          g_assert_cmpint (fy_block_get_role (block), ==, FY_BLOCK_ROLE_HEADING);
          g_assert_false (g_str_has_suffix (text, "开展水质"));
          found = i;
        }
    }
  g_assert_cmpuint (found, <, pasted->len - 1);
  {
    g_autofree char *next = fy_block_dup_text (g_ptr_array_index (pasted, found + 1));

    g_assert_true (g_str_has_prefix (next, "县水利局联合"));
  }
}

static void
test_pdf_copy_digit_lines (void)
{
  static const char *const opens[] = {
    "关于 2026 年全县农村供水工作情况的报告", "县人大常委会：", "2026 年，全县农村供水工作", "全年共投入资金",
    "县水利局联合县卫健委对 30 个", "2027 年，我们将继续", "特此报告。", "县人民政府", "2026 年 12 月 15 日",
  };
  static const char *const tasks[] = { "pdf-copy-tasks.txt", "pdftotext-tasks.txt" };
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = paste_data_file ("pdftotext-supply.txt", &notes);

  g_assert_cmpuint (pasted->len, ==, G_N_ELEMENTS (opens));
  for (guint i = 0; i < pasted->len; i++)
    {
      g_autofree char *text = fy_block_dup_text (g_ptr_array_index (pasted, i));

      g_test_message ("%u %s", i, text);
      g_assert_true (g_str_has_prefix (text, opens[i]));
    }
  /* the gap pdftotext puts between Han text and a figure stays where a
   * printed line ended there (资 金 / 6200 万元, 提高 / 2.1 个), as inside
   * a line; none before a mark (98.6% ，) */
  g_assert_nonnull (strstr (fy_block_get_run (g_ptr_array_index (pasted, 3), 0)->text,
                            "补助资金 6200 万元，县级配套资金 4800 万元"));
  g_assert_nonnull (strstr (fy_block_get_run (g_ptr_array_index (pasted, 4), 0)->text,
                            "合格率 98.6%，比上年提高 2.1 个百分点"));
  for (guint k = 0; k < G_N_ELEMENTS (tasks); k++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", tasks[k], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(FyDocument) document = fy_import_file (file, NULL, &error);

      g_assert_no_error (error);
      fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "关于印发全县冬春季森林防火工作分工方案的通知");
      fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "各乡镇人民政府，县直有关单位：");
    }
}

/* A copy pdftotext made of a report Fayan printed (pdftotext-figures.txt,
 * my text): where a printed line ends in Han text and the next opens
 * with a figure (铺设管网 / 86 公里), or ends in a figure over a line that
 * opens with Han text (我们将把 2027 / 年作为), the paragraph has the
 * space the copy puts between them inside its lines, not the two run
 * together (管网86 公里, 2027年作为 beside 巡查 1460 余次). */
static void
test_pdf_copy_figure_gaps (void)
{
  static const char *const paragraphs[] = {
    "关于全县农村供水保障情况的报告", "县人大常委会：",
    "今年以来，全县新建和改造集中供水工程十七处，铺设管网 86 公里，全县农村自来水普及率达到百分之九十六，"
    "较去年同期提高 3 个百分点。县水利局会同各乡镇开展水源地巡查，共巡查 1460 余次，发现并整改问题 38 个。"
    "下一步，我们将把 2027 年作为管网提升年，力争新建管网 120 公里。",
    "截至 11 月底，全县已累计落实维修养护资金 1870 万元，其中县级财政安排 960 万元，"
    "乡镇自筹和受益群众投劳折资 910 万元，为工程长效运行提供了保障。",
  };
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = paste_data_file ("pdftotext-figures.txt", &notes);

  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    {
      g_autofree char *text = fy_block_dup_text (g_ptr_array_index (pasted, i));

      g_assert_cmpstr (text, ==, paragraphs[i]);
    }
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
  g_test_add_func ("/core/import-pdf-copy/paragraph-ends", test_pdf_copy_paragraph_ends);
  g_test_add_func ("/core/import-pdf-copy/word-table", test_pdf_copy_word_table);
  g_test_add_func ("/core/import-pdf-copy/glued-rows", test_pdf_copy_glued_rows);
  g_test_add_func ("/core/import-pdf-copy/spaced-table", test_pdf_copy_spaced_table);
  g_test_add_func ("/core/import-pdf-copy/one-page", test_pdf_copy_one_page);
  g_test_add_func ("/core/import-pdf-copy/letter-spaced", test_pdf_copy_letter_spaced);
  g_test_add_func ("/core/import-pdf-copy/layout-title", test_pdf_copy_layout_title);
  g_test_add_func ("/core/import-pdf-copy/quote-end", test_pdf_copy_quote_end);
  g_test_add_func ("/core/import-pdf-copy/says-what-happened", test_pdf_copy_says_what_happened);
  g_test_add_func ("/core/import-pdf-copy/title-cut-in-kind", test_pdf_copy_title_cut_in_kind);
  g_test_add_func ("/core/import-pdf-copy/closing-line", test_pdf_copy_closing_line);
  g_test_add_func ("/core/import-pdf-copy/digit-lines", test_pdf_copy_digit_lines);
  g_test_add_func ("/core/import-pdf-copy/digit-heading", test_pdf_copy_digit_heading);
  g_test_add_func ("/core/import-pdf-copy/figure-gaps", test_pdf_copy_figure_gaps);

  return g_test_run ();
}

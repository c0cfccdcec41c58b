/* test-table.c — table blocks: text forms, import, files, typesetting
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>
#include <unistd.h>

#include "fayan-core.h"
#include "fy-table.h"
#include "fy-test-utils.h"

static char *
read_table_text (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "tables", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static FyDocument *
import_table_text (const char *name)
{
  g_autofree char *text = read_table_text (name);
  g_autoptr(GError) error = NULL;
  FyDocument *document = fy_import_markdown (text, -1, &error);

  g_assert_no_error (error);
  return document;
}

static FyBlock *
find_table (FyDocument *document)
{
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      FyBlock *block = fy_document_get_block (document, i);

      if (fy_block_get_role (block) == FY_BLOCK_ROLE_TABLE)
        return block;
    }
  g_assert_not_reached ();
}

static void
test_pipe_rows (void)
{
  g_autoptr(FyTable) table = fy_table_parse_pipe_rows ("| 项目 | 金额 |\n|:---|---:|\n| 甲\\|乙 | 5 |\n|  丙 | a\\\\b |\n");
  g_autoptr(FyTable) again = NULL;
  g_autoptr(FyTable) plain = NULL;
  g_autoptr(FyTable) plain_again = NULL;
  g_autofree char *pipes = NULL;
  g_autofree char *tsv = NULL;

  g_assert_nonnull (table);
  g_assert_true (fy_table_get_header (table));
  g_assert_cmpuint (fy_table_get_n_rows (table), ==, 3);
  g_assert_cmpuint (fy_table_get_n_columns (table), ==, 2);
  g_assert_cmpstr (fy_table_get_cell (table, 1, 0), ==, "甲|乙");
  g_assert_cmpstr (fy_table_get_cell (table, 2, 0), ==, "丙");
  g_assert_cmpstr (fy_table_get_cell (table, 2, 1), ==, "a\\b");

  pipes = fy_table_to_pipe_rows (table);
  again = fy_table_parse_pipe_rows (pipes);
  g_assert_nonnull (again);
  tsv = fy_table_to_tsv (again);
  g_assert_cmpstr (tsv, ==, "项目\t金额\n甲|乙\t5\n丙\ta\\b");
  g_assert_true (fy_table_get_header (again));

  /* Without a header row, and with a short row. */
  plain = fy_table_new_from_tsv ("一\t二\n三\n", FALSE);
  g_assert_cmpuint (fy_table_get_n_rows (plain), ==, 2);
  g_assert_cmpstr (fy_table_get_cell (plain, 1, 1), ==, "");
  g_clear_pointer (&pipes, g_free);
  pipes = fy_table_to_pipe_rows (plain);
  plain_again = fy_table_parse_pipe_rows (pipes);
  g_assert_false (fy_table_get_header (plain_again));
  g_assert_cmpuint (fy_table_get_n_rows (plain_again), ==, 2);

  g_assert_true (fy_table_looks_like_pipe_rows ("| a |\n\n  | b |\n"));
  g_assert_false (fy_table_looks_like_pipe_rows ("| a |\n正文\n"));
  g_assert_null (fy_table_parse_pipe_rows ("\n\n"));
}

/* The editor shows a table as pipe rows and reads edits back. */
static void
test_edited_rows (void)
{
  g_autoptr(FyBlock) block = NULL;
  g_autoptr(FyBlock) edited = NULL;
  g_autoptr(FyBlock) added = NULL;
  g_autoptr(FyBlock) loose = NULL;
  g_autoptr(FyBlock) empty = NULL;
  g_autoptr(FyBlock) field = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *text = NULL;
  g_autofree char *edited_rows = NULL;
  g_autofree char *added_rows = NULL;

  block = fy_block_new (FY_BLOCK_ROLE_TABLE);
  fy_block_set_table_header (block, TRUE);
  fy_block_set_text (block, "指标\t2023年\n营业收入\t12.5亿元\n利润|总额\t3.1亿元");

  rows = fy_table_block_dup_pipe_rows (block);
  g_assert_cmpstr (rows, ==,
                   "| 指标 | 2023年 |\n| --- | --- |\n| 营业收入 | 12.5亿元 |\n| 利润\\|总额 | 3.1亿元 |");

  /* Typing in one cell changes that cell only. */
  {
    g_autoptr(GString) str = g_string_new (rows);

    g_string_replace (str, "12.5亿元", "12.8亿元", 1);
    edited_rows = g_string_free (g_steal_pointer (&str), FALSE);
  }
  edited = fy_table_block_new_from_pipe_rows (edited_rows);
  g_assert_cmpint (fy_block_get_role (edited), ==, FY_BLOCK_ROLE_TABLE);
  g_assert_true (fy_block_get_table_header (edited));
  text = fy_block_dup_text (edited);
  g_assert_cmpstr (text, ==, "指标\t2023年\n营业收入\t12.8亿元\n利润|总额\t3.1亿元");

  /* A row line typed half-way already is a row, filled with empty cells;
   * a line without bars is kept as a row of one cell. */
  added_rows = g_strconcat (rows, "\n| 税金", "\n备注", NULL);
  added = fy_table_block_new_from_pipe_rows (added_rows);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (added);
  g_assert_cmpstr (text, ==,
                   "指标\t2023年\n营业收入\t12.5亿元\n利润|总额\t3.1亿元\n税金\t\n备注\t");

  /* A row typed the way Word teaches, a tab between cells, is a row of
   * those cells; a bar in it is text. */
  {
    g_autofree char *tab_rows = g_strconcat (rows, "\n5\tNo.072|A\t 9亿元 ", NULL);
    g_autoptr(FyBlock) tabbed = fy_table_block_new_from_pipe_rows (tab_rows);
    g_autofree char *tabbed_text = fy_block_dup_text (tabbed);

    g_assert_cmpstr (tabbed_text, ==,
                     "指标\t2023年\t\n营业收入\t12.5亿元\t\n利润|总额\t3.1亿元\t\n5\tNo.072|A\t9亿元");
  }

  /* A table without a header row shows as its rows alone, and reads
   * back so. */
  {
    g_autoptr(FyBlock) bare = fy_block_new (FY_BLOCK_ROLE_TABLE);
    g_autoptr(FyBlock) bare_again = NULL;
    g_autofree char *bare_rows = NULL;
    g_autofree char *bare_text = NULL;

    fy_block_set_table_header (bare, FALSE);
    fy_block_set_text (bare, "甲\t乙\n\t丙");
    bare_rows = fy_table_block_dup_pipe_rows (bare);
    g_assert_cmpstr (bare_rows, ==, "| 甲 | 乙 |\n|  | 丙 |");
    bare_again = fy_table_block_new_from_pipe_rows (bare_rows);
    g_assert_false (fy_block_get_table_header (bare_again));
    bare_text = fy_block_dup_text (bare_again);
    g_assert_cmpstr (bare_text, ==, "甲\t乙\n\t丙");
  }

  /* An empty table as Insert Table makes it keeps its empty header row
   * while the cells are filled. */
  {
    const char *blank_rows = "|  |  |\n| --- | --- |\n|  |  |";
    g_autoptr(FyBlock) blank = fy_table_block_new_from_pipe_rows (blank_rows);
    g_autofree char *blank_text = fy_block_dup_text (blank);
    g_autofree char *blank_again = fy_table_block_dup_pipe_rows (blank);

    g_assert_true (fy_block_get_table_header (blank));
    g_assert_cmpstr (blank_text, ==, "\t\n\t");
    g_assert_cmpstr (blank_again, ==, blank_rows);
  }

  /* A row with more cells widens the table; nothing is dropped. */
  loose = fy_table_block_new_from_pipe_rows ("|甲|乙|\n|---|---|\n|1|2|3|");
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (loose);
  g_assert_cmpstr (text, ==, "甲\t乙\t\n1\t2\t3");

  /* Everything deleted: an empty table, still a table. */
  empty = fy_table_block_new_from_pipe_rows ("| --- |\n");
  g_assert_cmpint (fy_block_get_role (empty), ==, FY_BLOCK_ROLE_TABLE);
  g_assert_cmpuint (fy_block_get_n_runs (empty), ==, 0);
  g_clear_pointer (&rows, g_free);
  rows = fy_table_block_dup_pipe_rows (empty);
  g_assert_cmpstr (rows, ==, "");

  /* Field references stay fields. */
  field = fy_table_block_new_from_pipe_rows ("| 单位 |\n| --- |\n| {{单位}} |");
  g_assert_cmpuint (fy_block_get_n_runs (field), ==, 2);
  g_assert_cmpint (fy_block_get_run (field, 1)->kind, ==, FY_RUN_FIELD);
  g_clear_pointer (&rows, g_free);
  rows = fy_table_block_dup_pipe_rows (field);
  g_assert_cmpstr (rows, ==, "| 单位 |\n| --- |\n| {{单位}} |");
}

static void
test_markdown (void)
{
  g_autoptr(FyDocument) document = import_table_text ("report.md");
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GPtrArray) warnings = fy_import_dup_warnings (document);
  g_autoptr(FyTable) table = fy_table_new_from_block (find_table (document));
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;

  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_true (fy_table_get_header (table));
  g_assert_cmpuint (fy_table_get_n_rows (table), ==, 5);
  g_assert_cmpuint (fy_table_get_n_columns (table), ==, 4);
  g_assert_cmpstr (fy_table_get_cell (table, 0, 3), ==, "说明");
  g_assert_cmpstr (fy_table_get_cell (table, 3, 3), ==, "含|转移性收入");
  /* the paragraphs around it stay paragraphs */
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 5);

  markdown = fy_export_markdown (document);
  g_assert_nonnull (strstr (markdown, "| 含\\|转移性收入 |"));
  again = fy_import_markdown (markdown, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (again), ==, 5);
  text = fy_block_dup_text (find_table (document));
  text_again = fy_block_dup_text (find_table (again));
  g_assert_cmpstr (text, ==, text_again);
  g_assert_true (fy_block_get_table_header (find_table (again)));
}

static void
test_paste (void)
{
  g_autofree char *text = read_table_text ("paste.txt");
  g_autoptr(GPtrArray) blocks = fy_import_paste (text, -1);
  g_autoptr(GPtrArray) ragged = NULL;
  g_autoptr(FyTable) table = NULL;

  g_assert_cmpuint (blocks->len, ==, 3);
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (blocks, 0)), !=, FY_BLOCK_ROLE_TABLE);
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (blocks, 1)), ==, FY_BLOCK_ROLE_TABLE);
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (blocks, 2)), !=, FY_BLOCK_ROLE_TABLE);
  table = fy_table_new_from_block (g_ptr_array_index (blocks, 1));
  g_assert_cmpuint (fy_table_get_n_rows (table), ==, 3);
  g_assert_cmpuint (fy_table_get_n_columns (table), ==, 3);
  g_assert_cmpstr (fy_table_get_cell (table, 2, 2), ==, "11.0");

  /* One line with tabs, or lines with different numbers of cells, are
   * not a table. */
  ragged = fy_import_paste ("甲\t乙\n丙\t丁\t戊\n己\n", -1);
  for (guint i = 0; i < ragged->len; i++)
    g_assert_cmpint (fy_block_get_role (g_ptr_array_index (ragged, i)), !=, FY_BLOCK_ROLE_TABLE);
}

/* WPS and Word copy an empty last cell as a trailing tab, one more on a
 * row whose last two cells are empty: the rows still form one table with
 * the header's columns, and no row's text is left out of it. */
static void
test_paste_trailing_tabs (void)
{
  g_autofree char *text = read_table_text ("paste-wps.txt");
  g_autoptr(GPtrArray) blocks = fy_import_paste (text, -1);
  g_autoptr(FyTable) table = NULL;

  g_assert_cmpuint (blocks->len, ==, 3);
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (blocks, 1)), ==, FY_BLOCK_ROLE_TABLE);
  table = fy_table_new_from_block (g_ptr_array_index (blocks, 1));
  g_assert_cmpuint (fy_table_get_n_rows (table), ==, 5);
  g_assert_cmpuint (fy_table_get_n_columns (table), ==, 5);
  g_assert_cmpstr (fy_table_get_cell (table, 0, 0), ==, "序号");
  g_assert_cmpstr (fy_table_get_cell (table, 1, 2), ==, "县供电公司");
  g_assert_cmpstr (fy_table_get_cell (table, 1, 4), ==, "");
  g_assert_cmpstr (fy_table_get_cell (table, 3, 4), ==, "");
  g_assert_cmpstr (fy_table_get_cell (table, 4, 4), ==, "现场评分");
}

static void
test_file (void)
{
  g_autoptr(FyDocument) document = import_table_text ("report.md");
  g_autoptr(FyDocument) loaded = NULL;
  g_autoptr(FyDocument) copy = NULL;
  g_autoptr(FyDocument) plain = fy_document_new ();
  g_autoptr(FyBlock) paragraph = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "正文。");
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_loaded = NULL;
  g_autofree char *future = fy_test_future_document ();
  const char *bad = "{\"format\": \"fayan-document\", \"version\": 4, \"blocks\": "
                    "[{\"role\": \"table\", \"rows\": [[\"a\", 3]]}]}";

  g_assert_cmpuint (fy_document_get_format_version (document), ==, 4);
  fy_document_append_block (plain, paragraph);
  g_assert_cmpuint (fy_document_get_format_version (plain), <, 4);

  data = fy_document_save_to_data (document, NULL);
  g_assert_nonnull (strstr (data, "\"rows\""));
  loaded = fy_document_load_from_data (data, strlen (data), &error);
  g_assert_no_error (error);
  text = fy_block_dup_text (find_table (document));
  text_loaded = fy_block_dup_text (find_table (loaded));
  g_assert_cmpstr (text, ==, text_loaded);
  g_assert_true (fy_block_get_table_header (find_table (loaded)));

  copy = fy_document_copy (loaded);
  g_assert_true (fy_block_get_table_header (find_table (copy)));

  g_assert_null (fy_document_load_from_data (future, strlen (future), &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_FUTURE_VERSION);
  g_clear_error (&error);
  g_assert_null (fy_document_load_from_data (bad, strlen (bad), &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);
  g_assert_nonnull (strstr (error->message, "Cell 2 of row 1"));
}

/* The text poppler reads from page @page (from 1) in the order it is drawn. */
static char *
pdf_page_text_raw (GBytes *pdf,
                   int     page)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *first = g_strdup_printf ("%d", page);
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-raw", "-f", first, "-l", first, NULL, "-", NULL };
  int fd = g_file_open_tmp ("fayan-table-XXXXXX.pdf", &path, &error);
  int status = 0;

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);
  argv[6] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);
  return g_steal_pointer (&out);
}

static void
assert_in_order (const char         *text,
                 const char * const *pieces)
{
  const char *at = text;

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      const char *found = strstr (at, pieces[i]);

      if (found == NULL)
        g_error ("“%s” is not after what precedes it in:\n%s", pieces[i], text);
      at = found + strlen (pieces[i]);
    }
}

static char *
squeeze_owned (char *text)
{
  g_autofree char *owned = text;

  /* without white space: a cell broken over lines reads as one */
  return fy_test_strip_spaces (owned);
}

static void
test_render_text (void)
{
  g_autoptr(FyDocument) document = import_table_text ("report.md");
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(FyLayout) layout = fy_test_typeset (document, "gbt9704", &pdf);
  g_autofree char *text = pdf_page_text_raw (pdf, 1);
  g_autofree char *flat = fy_test_strip_spaces (text);
  const char *order[] = {
    "现将本年度", "指标名称", "本年完成", "同比增长", "说明",
    "地区生产总值", "1250.6", "5.8%", "高于全省平均水平",
    "一般公共预算", "86.3", "7.2%", "税收占比达到百分之七十五",
    "城镇居民人均", "45210", "5.1%", "含|转移性收入",
    "农村居民人均", "22680", "7.4%", "城乡收入差距进一步缩小",
    "以上报告", NULL
  };
  const char *whole[] = {
    "高于全省平均水平0.6个百分点，继续保持稳中有进的良好态势",
    "城镇居民人均可支配收入", "农村居民人均可支配收入", NULL
  };

  g_assert_cmpuint (fy_layout_get_n_pages (layout), ==, 1);
  assert_in_order (text, order);
  /* every cell whole, in the drawing order */
  for (guint i = 0; whole[i] != NULL; i++)
    g_assert_nonnull (strstr (flat, whole[i]));
}

/* Dark pixels of a page that poppler rasterises at @scale. */
typedef struct
{
  cairo_surface_t *surface;
  int              width;
  int              height;
} Raster;

static void
rasterise (GBytes *pdf,
           int     page_index,
           double  scale,
           Raster *raster)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) doc = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_autoptr(PopplerPage) page = NULL;
  double width, height;
  cairo_t *cr;

  g_assert_no_error (error);
  page = poppler_document_get_page (doc, page_index);
  poppler_page_get_size (page, &width, &height);
  raster->width = (int) (width * scale);
  raster->height = (int) (height * scale);
  raster->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, raster->width, raster->height);
  cr = cairo_create (raster->surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render_for_printing (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (raster->surface);
}

static gboolean
is_dark (Raster *raster,
         int     x,
         int     y)
{
  const guint8 *data = cairo_image_surface_get_data (raster->surface);
  int stride = cairo_image_surface_get_stride (raster->surface);
  guint32 pixel = *(const guint32 *) (data + y * stride + 4 * x);

  return ((pixel >> 16) & 0xff) + ((pixel >> 8) & 0xff) + (pixel & 0xff) < 3 * 160;
}

/* Groups of adjacent pixel rows (or columns) that are dark over at least
 * 95 % of [@from, @to): the ruled lines.  Their centres go to @found. */
static guint
find_rules (Raster  *raster,
            gboolean horizontal,
            int      from,
            int      to,
            int      span_from,
            int      span_to,
            GArray  *found)
{
  int run_start = -1;
  guint n = 0;

  for (int i = from; i <= to; i++)
    {
      gboolean rule = FALSE;

      if (i < to)
        {
          int dark = 0;

          for (int j = span_from; j < span_to; j++)
            dark += horizontal ? is_dark (raster, j, i) : is_dark (raster, i, j);
          rule = dark >= 0.95 * (span_to - span_from);
        }
      if (rule && run_start < 0)
        run_start = i;
      else if (!rule && run_start >= 0)
        {
          int centre = (run_start + i - 1) / 2;

          g_array_append_val (found, centre);
          n++;
          run_start = -1;
        }
    }
  return n;
}

static void
test_render_rules (void)
{
  g_autoptr(FyDocument) document = import_table_text ("report.md");
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(FyLayout) layout = fy_test_typeset (document, "gbt9704", &pdf);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (int));
  double scale = 2;
  /* the type area: 28 mm from the left, 156 mm wide */
  int left = (int) (28 / 25.4 * 72 * scale);
  int right = (int) ((28 + 156) / 25.4 * 72 * scale);
  Raster raster;
  int top, bottom;

  rasterise (pdf, 0, scale, &raster);

  /* 5 rows: 6 horizontal rules across the type width (inset a few
   * pixels for the antialiased ends) */
  g_assert_cmpuint (find_rules (&raster, TRUE, 0, raster.height, left + 3, right - 3, rows), ==, 6);
  top = g_array_index (rows, int, 0);
  bottom = g_array_index (rows, int, 5);
  /* 4 columns: 5 vertical rules from the top rule to the bottom one */
  g_assert_cmpuint (find_rules (&raster, FALSE, left - 6, right + 6, top + 3, bottom - 3, columns), ==, 5);
  g_assert_cmpint (ABS (g_array_index (columns, int, 0) - left), <=, 2);
  g_assert_cmpint (ABS (g_array_index (columns, int, 4) - right), <=, 2);

  /* and no rule in the paragraphs around it */
  g_assert_cmpint (top, >, (int) (37 / 25.4 * 72 * scale));
  cairo_surface_destroy (raster.surface);
}

/* Forty rows over two pages: the header again at the top of page 2, no
 * row divided between pages. */
static void
test_render_long (void)
{
  g_autoptr(FyDocument) document = import_table_text ("long.md");
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(FyLayout) layout = fy_test_typeset (document, "gbt9704", &pdf);
  guint n_pages = fy_layout_get_n_pages (layout);
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(FyTable) table = fy_table_new_from_block (find_table (document));
  const char *header[] = { "序号", "事项名称", "牵头单位", "完成时限", NULL };

  g_assert_cmpuint (n_pages, >=, 2);
  for (guint p = 1; p <= n_pages; p++)
    g_ptr_array_add (pages, squeeze_owned (pdf_page_text_raw (pdf, p)));

  for (guint p = 0; p < n_pages; p++)
    {
      const char *text = g_ptr_array_index (pages, p);

      if (strstr (text, "第") == NULL)
        continue;   /* a page after the table */
      assert_in_order (text, header);
      /* the header comes before the first row of the page */
      g_assert_true (strstr (text, "序号事项名称牵头单位完成时限") < strstr (text, "项："));
    }

  for (guint r = 1; r < fy_table_get_n_rows (table); r++)
    {
      g_autofree char *cell = g_strconcat (fy_table_get_cell (table, r, 1), fy_table_get_cell (table, r, 2),
                                           fy_table_get_cell (table, r, 3), NULL);
      guint holding = 0;

      for (guint p = 0; p < n_pages; p++)
        holding += strstr (g_ptr_array_index (pages, p), cell) != NULL;
      if (holding != 1)
        g_error ("row %u (“%s”) is on %u pages", r, cell, holding);
    }

  /* page 2 opens with the table's top rule */
  {
    g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (int));
    int left = (int) (28 / 25.4 * 72 * 2);
    int right = (int) ((28 + 156) / 25.4 * 72 * 2);
    Raster raster;

    rasterise (pdf, 1, 2, &raster);
    g_assert_cmpuint (find_rules (&raster, TRUE, 0, raster.height, left + 3, right - 3, rows), >=, 3);
    g_assert_cmpint (ABS (g_array_index (rows, int, 0) - (int) (37 / 25.4 * 72 * 2)), <=, 3);
    cairo_surface_destroy (raster.surface);
  }
}

/* A column of figures is set flush right, header included, so that
 * digits of equal rank line up, also when a cell has a dash for no figure
 * (sweep5 w3's 合计 row); a column holding any word stays flush left. */
static void
test_render_numbers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document =
    fy_import_markdown ("# 标题\n\n| 指标 | 产值（亿元） | 增速 |\n|---|---|---|\n"
                        "| 工业 | 1,200 | 约5% |\n| 农业 | 35.6 | 12 |\n| 服务业 | −7.25 | 持平 |\n"
                        "| 其他 | — | 略降 |\n",
                        -1, &error);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(PopplerPage) page = NULL;
  const char *figures[] = { "产值（亿元）", "1,200", "35.6", "−7.25" };
  const char *words[] = { "指标", "工业", "农业", "服务业" };
  const char *mixed[] = { "增速", "12", "持平" };   /* and 约5% */
  PopplerRectangle first, r;

  g_assert_no_error (error);
  layout = fy_test_typeset (document, "gbt9704", &pdf);
  doc = fy_test_pdf_open_bytes (pdf);
  page = poppler_document_get_page (doc, 0);

  first = fy_test_pdf_find_once (page, figures[0]);
  for (guint i = 1; i < G_N_ELEMENTS (figures); i++)
    {
      r = fy_test_pdf_find_once (page, figures[i]);
      g_assert_cmpfloat_with_epsilon (r.x2, first.x2, 0.6);
    }
  /* flush right, not just equal widths */
  g_assert_cmpfloat (fy_test_pdf_find_once (page, "35.6").x1, >,
                     fy_test_pdf_find_once (page, "1,200").x1 + 3);

  /* the body cells of the other columns (a header cell sits in a bit) */
  for (guint i = 2; i < G_N_ELEMENTS (words); i++)
    {
      first = fy_test_pdf_find_once (page, words[1]);
      r = fy_test_pdf_find_once (page, words[i]);
      g_assert_cmpfloat_with_epsilon (r.x1, first.x1, 0.6);
    }
  first = fy_test_pdf_find_once (page, mixed[1]);
  r = fy_test_pdf_find_once (page, mixed[2]);
  g_assert_cmpfloat_with_epsilon (r.x1, first.x1, 0.6);
}

/* A header shorter than its column of figures ends where they end, at
 * the column's padding, not past the table's rule: its line starts in a
 * bit from the line's x (as in the test above). */
static void
test_render_numbers_short_header (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document =
    fy_import_markdown ("# 标题\n\n| 指标 | 2025年 | 增减 |\n|---|---|---|\n"
                        "| 实训室 | 112 | 27 |\n| 工位 | 6420 | 1860 |\n",
                        -1, &error);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(PopplerPage) page = NULL;
  PopplerRectangle header, figure;

  g_assert_no_error (error);
  layout = fy_test_typeset (document, "gbt9704", &pdf);
  doc = fy_test_pdf_open_bytes (pdf);
  page = poppler_document_get_page (doc, 0);

  header = fy_test_pdf_find_once (page, "增减");
  figure = fy_test_pdf_find_once (page, "1860");
  g_assert_cmpfloat_with_epsilon (header.x2, figure.x2, 0.6);
  header = fy_test_pdf_find_once (page, "年");
  figure = fy_test_pdf_find_once (page, "6420");
  g_assert_cmpfloat_with_epsilon (header.x2, figure.x2, 0.6);
}

#define WORDS_HEADER "| 县（市、区）名称 | 全体居民人均可支配收入（元） | 比上年增长（%） " \
                     "| 农村居民人均可支配收入（元） | 农村居民收入增速排名 |"
#define WORDS_ROWS "| 中心城区 | 52480 | 4.6 | 31025 | 5 |\n| 江北县 | 35216 | 6.3 | 26380 | 2 |\n"

static PopplerPage *
render_table_page (const char *md)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_import_markdown (md, -1, &error);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(PopplerDocument) doc = NULL;

  g_assert_no_error (error);
  layout = fy_test_typeset (document, "gbt9704", &pdf);
  doc = fy_test_pdf_open_bytes (pdf);
  return poppler_document_get_page (doc, 0);
}

/* Narrow columns break between words: 序号 and a range 1—10月 are never
 * split, nor 增长 or 排名 in a header of seven columns; with five, a
 * spare cell goes to the header that would break inside a word
 * (比上年增|长（%） → 比上年增长|（%）). */
static void
test_render_words (void)
{
  g_autoptr(PopplerPage) narrow =
    render_table_page ("# 标题\n\n| 序号 | 时间 " WORDS_HEADER "\n|---|---|---|---:|---:|---:|:---:|\n"
                       "| 1 | 1—10月 | 中心城区 | 52480 | 4.6 | 31025 | 5 |\n"
                       "| 2 | 1—10月 | 江北县 | 35216 | 6.3 | 26380 | 2 |\n");
  g_autoptr(PopplerPage) wide =
    render_table_page ("# 标题\n\n" WORDS_HEADER "\n|---|---:|---:|---:|:---:|\n" WORDS_ROWS);
  GList *ranges = poppler_page_find_text (narrow, "1—10");

  /* each found on one line (poppler reads the gap before 月 as a space) */
  g_assert_cmpuint (g_list_length (ranges), ==, 2);
  g_list_free_full (ranges, (GDestroyNotify) poppler_rectangle_free);
  fy_test_pdf_find_once (narrow, "序号");
  fy_test_pdf_find_once (narrow, "增长");
  fy_test_pdf_find_once (narrow, "排名");
  fy_test_pdf_find_once (wide, "比上年增长");
  fy_test_pdf_find_once (wide, "增速排名");
}

/* A short body cell (5.5以内, 3左右) is one figure: a long 指标 column does
 * not take the cells that keep it on one line (it broke as 3左|右 when
 * each spare cell went to whichever column saved a row first). */
static void
test_render_short_cells (void)
{
  g_autoptr(PopplerPage) page =
    render_table_page ("# 标题\n\n"
                       "| 序号 | 指标 | 单位 | 计划目标 | 完成情况 | 完成率 |\n"
                       "|---|---|---|---|---|---|\n"
                       "| 1 | 地区生产总值增速 | % | 5.5 | 5.6 | 101.8% |\n"
                       "| 2 | 规模以上工业增加值增速 | % | 6.5 | 7.2 | 110.8% |\n"
                       "| 3 | 高技术制造业增加值占比 | % | 18.0 | 18.6 | 103.3% |\n"
                       "| 4 | 固定资产投资增速 | % | 5.0 | 4.3 | 86.0% |\n"
                       "| 5 | 社会消费品零售总额增速 | % | 6.0 | 5.9 | 98.3% |\n"
                       "| 6 | 一般公共预算收入增速 | % | 4.0 | 4.1 | 102.5% |\n"
                       "| 7 | 进出口总额增速 | % | 5.0 | 3.2 | 64.0% |\n"
                       "| 8 | 实际使用外资 | 亿美元 | 12.0 | 10.6 | 88.3% |\n"
                       "| 9 | 城镇居民人均可支配收入增速 | % | 5.0 | 4.8 | 96.0% |\n"
                       "| 10 | 农村居民人均可支配收入增速 | % | 6.5 | 6.9 | 106.2% |\n"
                       "| 11 | 城镇新增就业 | 万人 | 6.0 | 7.62 | 127.0% |\n"
                       "| 12 | 城镇调查失业率 | % | 5.5以内 | 5.1 | 完成 |\n"
                       "| 13 | 居民消费价格涨幅 | % | 3左右 | 0.6 | 完成 |\n"
                       "| 14 | 单位地区生产总值能耗下降 | % | 3.0 | 3.4 | 113.3% |\n"
                       "| 15 | 细颗粒物平均浓度 | 微克/立方米 | 32 | 29 | 完成 |\n"
                       "| 16 | 空气质量优良天数比例 | % | 85.0 | 87.4 | 102.8% |\n"
                       "| 17 | 森林覆盖率 | % | 41.2 | 41.3 | 100.2% |\n"
                       "| 18 | 每千人口拥有3岁以下婴幼儿托位数 | 个 | 4.0 | 4.2 | 105.0% |\n");
  /* a row of one line: its cells all on the same line */
  PopplerRectangle name = fy_test_pdf_find_once (page, "城镇调查失业率");
  PopplerRectangle word = fy_test_pdf_find_once (page, "以内");

  g_assert_cmpfloat_with_epsilon (name.y1, word.y1, 1.0);
  name = fy_test_pdf_find_once (page, "居民消费价格涨幅");
  word = fy_test_pdf_find_once (page, "左右");
  g_assert_cmpfloat_with_epsilon (name.y1, word.y1, 1.0);
}

/* A column is as wide as the names in it need where another column can
 * give the cells: 县市场监督管理局 stays on one line beside a long 主要任务
 * column (it printed as 县市场监督|管理局, on three lines, when that column
 * took every spare cell). */
static void
test_render_names (void)
{
  g_autoptr(PopplerPage) page =
    render_table_page ("# 标题\n\n"
                       "| 阶段 | 时间 | 主要任务 | 责任单位 |\n|---|---|---|---|\n"
                       "| 动员部署 | 3月1日—3月15日 | 各乡镇召开动员会议，细化工作方案，明确责任分工 "
                       "| 各乡镇人民政府 |\n"
                       "| 联合督查 | 4月1日—5月31日 | 县农业农村局、县市场监督管理局组成联合督查组"
                       "开展督查 | 县农业农村局、县市场监督管理局 |\n"
                       "| 总结验收 | 6月1日—6月30日 | 梳理工作成效，形成长效机制 | 县政府督查室 |\n");
  PopplerRectangle name = fy_test_pdf_find_once (page, "县市场监督管理局");
  PopplerRectangle column = fy_test_pdf_find_once (page, "责任单位");

  /* on one line in the column of bodies (the task's text runs on) */
  g_assert_cmpfloat (name.x2, >, column.x1);
}

/* Seven columns on A4 portrait: the columns of figures take their
 * figures' width (103.7% is 3.1 cells, not 4) and the rules' margins
 * give way, so the 项目名称 of 13 characters breaks once and the row
 * takes two lines, not three. */
static void
test_render_seven_columns (void)
{
  g_autoptr(GString) md = g_string_new ("# 标题\n\n| 序号 | 项目名称 | 实施单位 | 计划投资（万元） "
                                        "| 完成投资（万元） | 完成率 | 进展 |\n"
                                        "|---|---|---|---|---|---|---|\n");
  static const char *const places[] = { "青石镇", "柳河镇", "白沙乡", "桃源乡", "双井镇", "龙泉镇" };
  g_autoptr(PopplerPage) page = NULL;
  g_autoptr(FyStyle) style = NULL;
  PopplerRectangle first, second;

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    g_string_append_printf (md, "| %u | %s农村供水管网改造工程 | %s人民政府 | %u.%u0 | %u.%u5 | 10%u.%u%% | 已完工 |\n",
                            i + 1, places[i], places[i], 2 + i, i, 2 + i, i + 1, i, i + 2);
  page = render_table_page (md->str);
  style = fy_style_new_from_preset ("gbt9704", NULL);
  /* rows of two lines: each row's name starts two lines below the last */
  first = fy_test_pdf_find_once (page, "青石镇农村");
  second = fy_test_pdf_find_once (page, "柳河镇农村");
  g_assert_cmpfloat_with_epsilon (first.y1 - second.y1, 2 * fy_style_get_line_pitch (style), 1.0);
  first = fy_test_pdf_find_once (page, "白沙乡农村");
  g_assert_cmpfloat_with_epsilon (second.y1 - first.y1, 2 * fy_style_get_line_pitch (style), 1.0);
}

/* A bracketed qualifier is one word with the character it qualifies:
 * 县（市、区） on one line where the columns give it six cells, and, in
 * a table of nine columns too tight for that, broken before its bracket
 * (县|（市、区）), never inside it (县（市、|区）). */
#define QUALIFIER_HEADER "| 县（市、区） | 重点项目个数 | 计划总投资额 | 年度完成投资 | 投资完成比例 " \
                         "| 新开工项目 | 竣工项目 | 名次 |\n"
#define QUALIFIER_ROW_1 "| 北湖区 | 42 | 186.5 | 97.3 | 52.2% | 12 | 8 | 1 |\n"
#define QUALIFIER_ROW_2 "| 青阳县 | 35 | 142.0 | 70.6 | 49.7% | 9 | 6 | 2 |\n"

static void
test_render_qualifier (void)
{
  g_autoptr(PopplerPage) wide =
    render_table_page ("# 标题\n\n| 县（市、区） | 重点项目个数 | 计划总投资额 | 年度完成投资 | 名次 |\n"
                       "|---|---:|---:|---:|---:|\n| 北湖区 | 42 | 186.5 | 97.3 | 1 |\n"
                       "| 青阳县 | 35 | 142.0 | 70.6 | 2 |\n");
  g_autoptr(PopplerPage) tight =
    render_table_page ("# 标题\n\n| 序号 " QUALIFIER_HEADER "|---|---|---:|---:|---:|---:|---:|---:|---:|\n"
                       "| 1 " QUALIFIER_ROW_1 "| 2 " QUALIFIER_ROW_2);

  fy_test_pdf_find_once (wide, "县（市、区）");
  fy_test_pdf_find_once (tight, "（市、区）");
}

/* Whatever page end a table meets, at least two body rows stand on each
 * side of a break, the header row opens each page it is on, and the
 * sentence that announces it (ending in ：) does not end a page without
 * it: 0 to 23 one-line paragraphs move the table down a page and a half. */
static void
test_render_orphans (void)
{
  guint splits = 0;

  for (guint k = 0; k <= 23; k++)
    {
      g_autoptr(GString) md = g_string_new ("# 标题\n\n");
      g_autoptr(FyDocument) document = NULL;
      g_autoptr(FyLayout) layout = NULL;
      g_autoptr(GBytes) pdf = NULL;
      g_autoptr(GError) error = NULL;
      guint pages_with_rows = 0;

      for (guint i = 0; i < k; i++)
        g_string_append_printf (md, "第%u段补充说明。\n\n", i + 1);
      g_string_append (md, "## 主要指标\n\n今年主要指标完成情况如下：\n\n| 序号 | 指标 |\n|---|---|\n");
      for (guint r = 1; r <= 6; r++)
        g_string_append_printf (md, "| 第%u项 | 完成 |\n", r);
      g_string_append (md, "\n表后的正文。\n");
      document = fy_import_markdown (md->str, -1, &error);
      g_assert_no_error (error);
      layout = fy_test_typeset (document, "gbt9704", &pdf);

      for (guint pg = 0; pg < fy_layout_get_n_pages (layout); pg++)
        {
          guint n = fy_layout_get_n_lines (layout, pg);
          guint rows = 0, headers = 0;
          gboolean announced = FALSE;

          for (guint l = 0; l < n; l++)
            {
              g_autofree char *text = fy_layout_dup_line_text (layout, pg, l);

              /* the heading over the sentence never ends a page (the
               * page number's line comes last) */
              if (g_str_has_suffix (text, "主要指标") && l + 2 >= n)
                g_error ("%u filler paragraphs: the heading ends page %u", k, pg + 1);

              if (g_str_has_prefix (text, "第") && g_str_has_suffix (text, "项"))
                rows++;
              else if (strcmp (text, "序号") == 0)
                {
                  /* the header comes before every row of the page */
                  g_assert_cmpuint (rows, ==, 0);
                  headers++;
                }
              else if (g_str_has_suffix (text, "如下："))
                announced = TRUE;
            }
          if (announced)
            g_assert_cmpuint (rows, >, 0);
          if (rows == 0)
            continue;
          pages_with_rows++;
          g_assert_cmpuint (headers, ==, 1);
          if (rows < 6)
            {
              g_test_message ("%u filler paragraphs: %u rows on page %u", k, rows, pg + 1);
              g_assert_cmpuint (rows, >=, 2);
            }
        }
      g_assert_cmpuint (pages_with_rows, >=, 1);
      splits += pages_with_rows > 1;
    }

  /* the sweep did meet page ends inside the table */
  g_assert_cmpuint (splits, >, 0);
}

/* What python-docx reads of the first table of @document's .docx: the
 * columns' widths (W …), then each row's alignments (R right, L left). */
static char *
read_docx_table (FyDocument *document)
{
  static const char script[] =
    "import sys, docx\n"
    "from docx.oxml.ns import qn\n"
    "from docx.enum.text import WD_ALIGN_PARAGRAPH\n"
    "t = docx.Document(sys.argv[1]).tables[0]\n"
    "print('W', *[g.get(qn('w:w')) for g in t._tbl.tblGrid.iter(qn('w:gridCol'))])\n"
    "for row in t.rows:\n"
    "    print(*['R' if c.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT else 'L'\n"
    "            for c in row.cells])\n";
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-table-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "table.docx", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  char *out;

  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  out = fy_test_run_python (script, path);
  g_unlink (path);
  g_rmdir (dir);
  return out;
}

/* A column of figures that are the values of fields ({{城关人数}} =
 * 40157) is flush right in the PDF and in the .docx alike, and the .docx
 * measures its width on the figures, not on the fields' names: the
 * .docx is the one of the same table with the figures typed in (it was
 * flush left there, and wider, when the writer read `{{城关人数}}`). */
static void
test_docx_field_figures (void)
{
  static const char *names[] = { "城关人数", "河口人数", "石门人数" };
  static const char *values[] = { "40157", "12990", "7461" };
  const char *head = "# 标题\n\n| 乡镇 | 签约人数 | 备注 |\n|---|---|---|\n";
  g_autoptr(GString) fields = g_string_new (head);
  g_autoptr(GString) typed = g_string_new (head);
  g_autoptr(FyDocument) with_fields = NULL;
  g_autoptr(FyDocument) with_figures = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out_fields = NULL;
  g_autofree char *out_typed = NULL;
  PopplerRectangle first;

  if (!fy_test_have_python_docx ())
    {
      g_test_skip ("python3-docx is not installed");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_string_append_printf (fields, "| 第%u镇 | {{%s}} | 已完成入户核对 |\n", i + 1, names[i]);
      g_string_append_printf (typed, "| 第%u镇 | %s | 已完成入户核对 |\n", i + 1, values[i]);
    }
  with_fields = fy_import_markdown (fields->str, -1, &error);
  g_assert_no_error (error);
  with_figures = fy_import_markdown (typed->str, -1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    fy_document_set_field_value (with_fields, names[i], values[i]);

  /* the PDF: the values end at one x */
  layout = fy_test_typeset (with_fields, "gbt9704", &pdf);
  doc = fy_test_pdf_open_bytes (pdf);
  page = poppler_document_get_page (doc, 0);
  first = fy_test_pdf_find_once (page, values[0]);
  for (guint i = 1; i < G_N_ELEMENTS (values); i++)
    g_assert_cmpfloat_with_epsilon (fy_test_pdf_find_once (page, values[i]).x2, first.x2, 0.6);
  g_assert_cmpfloat (fy_test_pdf_find_once (page, values[2]).x1, >, first.x1 + 3);

  /* the .docx: flush right, header included, and as wide as the figures */
  out_fields = read_docx_table (with_fields);
  out_typed = read_docx_table (with_figures);
  g_assert_nonnull (strstr (out_fields, "\nL R L\nL R L\nL R L\nL R L\n"));
  g_assert_cmpstr (out_fields, ==, out_typed);
}

/* A header row that must take two lines breaks its cells before their
 * units, not inside a phrase: a column of figures gives up a cell
 * (行政村数|（个）) so that 设施正常运行率 stays whole above its （%）
 * (it printed 设施正常运行|率（%） while the other headers had room). */
static void
test_render_header_phrases (void)
{
  g_autoptr(PopplerPage) page =
    render_table_page ("# 标题\n\n| 乡镇 | 行政村数（个） | 已建站点（个） | 覆盖率（%） | 设施正常运行率（%） |\n"
                       "|---|---|---|---|---|\n"
                       "| 青石镇 | 23 | 19 | 82.6 | 94.7 |\n| 柳溪镇 | 31 | 30 | 96.8 | 88.5 |\n"
                       "| 合计 | 54 | 49 | 90.7 | 91.0 |\n");
  PopplerRectangle phrase = fy_test_pdf_find_once (page, "设施正常运行率");
  PopplerRectangle row = fy_test_pdf_find_once (page, "青石镇");

  /* and the header still two grid lines (28.99 pt) tall */
  g_assert_cmpfloat (ABS (phrase.y1 - row.y1), <, 2.5 * 28.99);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/table/pipe-rows", test_pipe_rows);
  g_test_add_func ("/core/table/edited-rows", test_edited_rows);
  g_test_add_func ("/core/table/markdown", test_markdown);
  g_test_add_func ("/core/table/paste", test_paste);
  g_test_add_func ("/core/table/paste-trailing-tabs", test_paste_trailing_tabs);
  g_test_add_func ("/core/table/file", test_file);
  g_test_add_func ("/core/table/render/text-order", test_render_text);
  g_test_add_func ("/core/table/render/rules", test_render_rules);
  g_test_add_func ("/core/table/render/long", test_render_long);
  g_test_add_func ("/core/table/render/orphans", test_render_orphans);
  g_test_add_func ("/core/table/render/numbers", test_render_numbers);
  g_test_add_func ("/core/table/render/numbers-short-header", test_render_numbers_short_header);
  g_test_add_func ("/core/table/render/words", test_render_words);
  g_test_add_func ("/core/table/render/short-cells", test_render_short_cells);
  g_test_add_func ("/core/table/render/names", test_render_names);
  g_test_add_func ("/core/table/render/seven-columns", test_render_seven_columns);
  g_test_add_func ("/core/table/render/qualifier", test_render_qualifier);
  g_test_add_func ("/core/table/render/header-phrases", test_render_header_phrases);
  g_test_add_func ("/core/table/docx/field-figures", test_docx_field_figures);

  return g_test_run ();
}

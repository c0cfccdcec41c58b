/* test-batch-fill.c — one document per row of a table: reading, naming, writing, cancelling
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "fayan-core.h"
#include "fy-csv.h"
#include "fy-test-utils.h"

typedef struct
{
  char *dir;
  char *out_dir;
  FyEnvironment *environment;
  FyTemplate *template_;
  GArray *done;    /* guint: the rows ::row-done named, in order */
  GThread *thread; /* the test's own */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("fayan-batch-fill-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->out_dir = g_build_filename (fixture->dir, "out", NULL);
  fixture->environment = fy_environment_new ();
  /* 会议名称 and 发言人 are required; 日期 is a date. */
  fixture->template_ = g_object_ref (fy_environment_lookup_template (fixture->environment,
                                                                     "commitment-speech"));
  fixture->done = g_array_new (FALSE, FALSE, sizeof (guint));
  fixture->thread = g_thread_self ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  fy_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->out_dir);
  g_object_unref (fixture->template_);
  g_object_unref (fixture->environment);
  g_array_unref (fixture->done);
}

static void
on_row_done (FyBatchFill *fill,
             guint        index,
             Fixture     *fixture)
{
  /* Emitted in the thread that owns the fill, after the row is final. */
  g_assert_true (g_thread_self () == fixture->thread);
  g_assert_cmpint (fy_batch_fill_get_row (fill, index)->status, !=, FY_BATCH_ROW_READY);
  g_array_append_val (fixture->done, index);
}

static FyBatchFill *
load (Fixture    *fixture,
      const char *table)
{
  g_autoptr(GError) error = NULL;
  FyBatchFill *fill = fy_batch_fill_new (fixture->environment, fixture->template_);

  g_assert_true (fy_batch_fill_load_data (fill, table, strlen (table), &error));
  g_assert_no_error (error);
  g_signal_connect (fill, "row-done", G_CALLBACK (on_row_done), fixture);

  return fill;
}

static char *
out_path (Fixture    *fixture,
          const char *name)
{
  return g_build_filename (fixture->out_dir, name, NULL);
}

static gboolean
out_exists (Fixture    *fixture,
            const char *name)
{
  g_autofree char *path = out_path (fixture, name);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
test_batch_fill_rows (Fixture       *fixture,
                      gconstpointer  data)
{
  /* As Excel writes it: BOM, CRLF, a quoted comma, an empty cell past the
   * last column; line 3 lacks its speaker, line 4 has a column too many,
   * 职责 is no field of the template. */
  const char *table = "\xEF\xBB\xBF" "会议名称, 发言人 ,职责\r\n"
                      "全县乡村振兴工作会议,\"许文\",主持\r\n"
                      "全县乡村振兴工作会议,,主持\r\n"
                      "全县乡村振兴工作会议,邓莉,主持,多余\r\n"
                      "全县乡村振兴工作会议,曹毅,,\r\n";
  g_autoptr(FyBatchFill) fill = load (fixture, table);
  const char * const *columns = fy_batch_fill_get_columns (fill);
  GPtrArray *warnings = fy_batch_fill_get_warnings (fill);
  const FyBatchRow *row;

  g_assert_cmpuint (g_strv_length ((char **) columns), ==, 3);
  g_assert_cmpstr (columns[1], ==, "发言人");
  g_assert_cmpuint (fy_batch_fill_get_header_line (fill), ==, 1);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "职责"));
  /* The template by the name the clerk chose it by, not its id. */
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), fy_template_get_name (fixture->template_)));
  g_assert_null (strstr (g_ptr_array_index (warnings, 0), fy_template_get_id (fixture->template_)));

  g_assert_cmpuint (fy_batch_fill_get_n_rows (fill), ==, 4);
  row = fy_batch_fill_get_row (fill, 0);
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpint (row->status, ==, FY_BATCH_ROW_READY);
  g_assert_cmpstr (row->name, ==, "许文");
  g_assert_cmpstr (g_hash_table_lookup (row->values, "发言人"), ==, "许文");
  g_assert_false (g_hash_table_contains (row->values, "职责"));

  row = fy_batch_fill_get_row (fill, 1);
  g_assert_cmpint (row->status, ==, FY_BATCH_ROW_INVALID);
  g_assert_null (row->name);
  g_assert_nonnull (strstr (row->message, "Line 3"));
  g_assert_nonnull (strstr (row->message, "发言人"));

  row = fy_batch_fill_get_row (fill, 2);
  g_assert_cmpint (row->status, ==, FY_BATCH_ROW_INVALID);
  g_assert_nonnull (strstr (row->message, "Line 4"));

  row = fy_batch_fill_get_row (fill, 3);
  g_assert_cmpint (row->status, ==, FY_BATCH_ROW_READY);
  g_assert_cmpstr (row->cells[2], ==, "");
  g_assert_null (row->cells[3]);
  g_assert_cmpuint (fy_batch_fill_count (fill, FY_BATCH_ROW_READY), ==, 2);
  g_assert_cmpuint (fy_batch_fill_count (fill, FY_BATCH_ROW_INVALID), ==, 2);
}

/* A table headed with the labels the form shows: 领导讲话稿 labels 发言人
 * 讲话人 and 发言单位 讲话人单位; those columns are the fields'. */
static void
test_batch_fill_label_header (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyBatchFill) fill = fy_batch_fill_new (fixture->environment,
                                                   fy_environment_lookup_template (fixture->environment,
                                                                                   "leader-speech"));
  const char *table = "会议名称,讲话人,讲话人单位\n全市春节安全工作会议,周建国,市人民政府\n";
  const char * const *columns;

  g_assert_true (fy_batch_fill_load_data (fill, table, strlen (table), &error));
  g_assert_no_error (error);
  columns = fy_batch_fill_get_columns (fill);
  g_assert_cmpstr (columns[1], ==, "发言人");
  g_assert_cmpstr (columns[2], ==, "发言单位");
  g_assert_cmpuint (fy_batch_fill_get_warnings (fill)->len, ==, 0);
  g_assert_cmpuint (fy_batch_fill_count (fill, FY_BATCH_ROW_READY), ==, 1);
}

static void
test_batch_fill_header_errors (Fixture       *fixture,
                               gconstpointer  data)
{
  const char *tables[][2] = {
    { "", "empty" },
    { "会议名称,发言人,发言人\n甲,乙,丙\n", "appears twice" },
    { "会议名称,职务\n甲会议,主任\n", "发言人" },
    { "会议名称,发言人\n甲会议,曹毅\n\"乙会议,孔明\n", "Line 3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr(FyBatchFill) fill = fy_batch_fill_new (fixture->environment, fixture->template_);
      g_autoptr(GError) error = NULL;

      g_assert_false (fy_batch_fill_load_data (fill, tables[i][0], strlen (tables[i][0]), &error));
      g_assert_error (error, FY_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, tables[i][1]));
      /* Nothing is kept of a table that cannot be read to its end. */
      g_assert_cmpuint (fy_batch_fill_get_n_rows (fill), ==, 0);
      g_assert_null (fy_batch_fill_get_columns (fill));
    }
}

/* Session 21's new user ran batch fill from a report typed without a
 * template: every column was ignored, and the dialog still offered to
 * write "all 4 rows" — four copies of one report. */
static void
test_batch_fill_no_field_used (Fixture       *fixture,
                               gconstpointer  data)
{
  const char *table = "会议名称,发言单位,发言人\n全县代表联络站建设推进会,城关镇人大主席团,李建国\n";
  g_autoptr(FyDocument) report = fy_document_new ();
  g_autoptr(FyTemplate) template_ = NULL;
  g_autoptr(FyBatchFill) fill = NULL;
  g_autoptr(GError) error = NULL;

  fy_document_append_block (report, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于代表联络站运行情况的调研报告"));
  fy_document_append_block (report, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "调研组走访了八个乡镇。"));
  template_ = fy_template_new_from_document (report, NULL, FY_TEMPLATE_KEEP_TEXT, "调研报告", NULL);
  fill = fy_batch_fill_new (fixture->environment, template_);

  g_assert_false (fy_batch_fill_load_data (fill, table, strlen (table), &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_FIELD);
  g_assert_nonnull (strstr (error->message, "调研报告"));
  g_assert_null (strstr (error->message, fy_template_get_id (template_)));
  g_assert_cmpuint (fy_batch_fill_get_n_rows (fill), ==, 0);
}

static void
test_batch_fill_gb18030 (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *gbk = g_convert ("会议名称,发言人\r\n全区统战工作会议,葛亮\r\n", -1, "GB18030", "UTF-8",
                                    NULL, NULL, &error);
  g_autoptr(FyBatchFill) fill = fy_batch_fill_new (fixture->environment, fixture->template_);
  GPtrArray *warnings;

  g_assert_no_error (error);
  g_assert_true (fy_batch_fill_load_data (fill, gbk, strlen (gbk), &error));
  g_assert_no_error (error);
  warnings = fy_batch_fill_get_warnings (fill);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "GB18030"));
  g_assert_cmpstr (fy_batch_fill_get_row (fill, 0)->name, ==, "葛亮");
}

/* Issue 17 defect 9: the limit counts the rows below the header, and a
 * table over it is refused before anything is written. */
static void
test_batch_fill_row_limit (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GString) table = g_string_new ("会议名称,发言人\n");
  g_autoptr(FyBatchFill) fill = fy_batch_fill_new (fixture->environment, fixture->template_);
  g_autoptr(FyBatchFill) over = fy_batch_fill_new (fixture->environment, fixture->template_);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < FY_CSV_MAX_ROWS; i++)
    g_string_append (table, "会,人\n");
  g_assert_true (fy_batch_fill_load_data (fill, table->str, table->len, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fy_batch_fill_get_n_rows (fill), ==, FY_CSV_MAX_ROWS);
  g_assert_cmpstr (fy_batch_fill_get_row (fill, FY_CSV_MAX_ROWS - 1)->name, ==, "人-100000");

  g_string_append (table, "会,人\n");
  g_assert_false (fy_batch_fill_load_data (over, table->str, table->len, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_LIMIT);
  g_assert_cmpuint (fy_batch_fill_get_n_rows (over), ==, 0);
}

/* Identical names are made unique (issue 17 defect 9: in linear time; see
 * build-aux/bench for the figure), and a made-up name never takes one a
 * row asks for. */
static void
test_batch_fill_unique_names (Fixture       *fixture,
                              gconstpointer  data)
{
  const char *table = "会议名称,发言人,发言单位\n"
                      "甲,孔明,\n"
                      "乙,孔明,\n"
                      "丙,孔明-2,\n"
                      "丁,孔明,\n"
                      "己,  ,县财政局\n";
  g_autoptr(FyBatchFill) fill = fy_batch_fill_new (fixture->environment, fixture->template_);
  g_autoptr(GString) many = g_string_new ("会议名称,发言人\n");
  g_autoptr(FyBatchFill) many_fill = fy_batch_fill_new (fixture->environment, fixture->template_);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "孔明", "孔明-2", "孔明-2-2", "孔明-3" };

  g_assert_true (fy_batch_fill_load_data (fill, table, strlen (table), &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (fy_batch_fill_get_row (fill, i)->name, ==, expected[i]);

  /* 发言人 is required: a blank one makes the row invalid, not a file
   * named after the organisation. */
  g_assert_cmpint (fy_batch_fill_get_row (fill, 4)->status, ==, FY_BATCH_ROW_INVALID);

  for (guint i = 0; i < 10000; i++)
    g_string_append (many, "会,张伟\n");
  g_assert_true (fy_batch_fill_load_data (many_fill, many->str, many->len, &error));
  for (guint i = 0; i < fy_batch_fill_get_n_rows (many_fill); i++)
    {
      const char *name = fy_batch_fill_get_row (many_fill, i)->name;

      g_assert_false (g_hash_table_contains (seen, name));
      g_hash_table_add (seen, (gpointer) name);
    }
  g_assert_cmpstr (fy_batch_fill_get_row (many_fill, 9999)->name, ==, "张伟-10000");
}

/* A notice sent to every town has no speaker: each file is named after
 * the first column that differs between the rows (序号 fills no field,
 * 会议名称 is the same in all), not "line-2", "line-3" …. */
static void
test_batch_fill_column_names (Fixture       *fixture,
                              gconstpointer  data)
{
  const char *notice = "# 关于组织县人大代表开展年终集中视察的通知\n\n"
                       "{{乡镇}}人大主席团：\n\n"
                       "请通知本选区代表参加{{会议名称}}。联系人：{{联系人}}。\n";
  const char *table = "序号,会议名称,乡镇,联系人\n"
                      "1,年终集中视察,青石镇,李小雨\n"
                      "2,年终集中视察,白马镇,王海\n"
                      "3,年终集中视察,\"龙泉镇\",赵德明\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_import_markdown (notice, -1, &error);
  g_autoptr(FyTemplate) template_ = NULL;
  g_autoptr(FyBatchFill) fill = NULL;
  const char *expected[] = { "青石镇", "白马镇", "龙泉镇" };

  g_assert_no_error (error);
  template_ = fy_template_new_from_document (document, NULL, FY_TEMPLATE_KEEP_TEXT, "通知", NULL);
  fill = fy_batch_fill_new (fixture->environment, template_);
  g_assert_true (fy_batch_fill_load_data (fill, table, strlen (table), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fy_batch_fill_get_n_rows (fill), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (fy_batch_fill_get_row (fill, i)->name, ==, expected[i]);
}

static void
test_batch_fill_run (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *table = "会议名称,发言人\n"
                      "全县安全生产工作会议,许文\n"
                      "全县安全生产工作会议,\n"
                      "全县安全生产工作会议,邓莉\n";
  g_autoptr(FyBatchFill) fill = load (fixture, table);
  g_autoptr(GFile) out_dir = g_file_new_for_path (fixture->out_dir);
  g_autoptr(GFile) written = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  FyBatchTally tally;

  fy_batch_fill_set_pdf (fill, TRUE);
  g_assert_false (fy_batch_fill_get_allow_incomplete (fill));
  g_assert_true (fy_batch_fill_run (fill, out_dir, NULL, &error));
  g_assert_no_error (error);

  /* Every row is reported, in order, the invalid one too. */
  g_assert_cmpuint (fixture->done->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (g_array_index (fixture->done, guint, i), ==, i);

  /* The template's guidance is still in the drafts: each is written,
   * its PDF not, and the row says why. */
  g_assert_cmpuint (fy_batch_fill_count (fill, FY_BATCH_ROW_UNFINISHED), ==, 2);
  g_assert_nonnull (strstr (fy_batch_fill_get_row (fill, 0)->message, "the draft is unfinished"));
  /* The summary both front ends print: the drafts are written documents,
   * the invalid row is skipped. */
  fy_batch_fill_get_tally (fill, &tally);
  g_assert_cmpuint (tally.n_written, ==, 2);
  g_assert_cmpuint (tally.n_unfinished, ==, 2);
  g_assert_cmpuint (tally.n_partial, ==, 0);
  g_assert_cmpuint (tally.n_skipped, ==, 1);
  g_assert_true (out_exists (fixture, "许文.fayan"));
  g_assert_false (out_exists (fixture, "许文.pdf"));
  g_assert_false (out_exists (fixture, "邓莉.pdf"));

  /* Asked to, the PDFs of the drafts too. */
  g_clear_object (&fill);
  fill = load (fixture, table);
  fy_batch_fill_set_pdf (fill, TRUE);
  fy_batch_fill_set_allow_incomplete (fill, TRUE);
  g_assert_true (fy_batch_fill_run (fill, out_dir, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fy_batch_fill_count (fill, FY_BATCH_ROW_WRITTEN), ==, 2);
  fy_batch_fill_get_tally (fill, &tally);
  g_assert_cmpuint (tally.n_written, ==, 2);
  g_assert_cmpuint (tally.n_unfinished, ==, 0);
  g_assert_cmpuint (tally.n_skipped, ==, 1);
  g_assert_true (out_exists (fixture, "许文.fayan"));
  g_assert_true (out_exists (fixture, "许文.pdf"));
  g_assert_true (out_exists (fixture, "邓莉.pdf"));

  path = out_path (fixture, "邓莉.fayan");
  written = g_file_new_for_path (path);
  document = fy_document_load_from_file (written, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, "邓莉");
  g_assert_cmpstr (fy_document_get_field_value (document, "会议名称"), ==, "全县安全生产工作会议");
  g_assert_cmpstr (fy_document_get_template_id (document), ==, "commitment-speech");
}

/* The table is the fill's input: an output of the same name is refused
 * and the table survives. */
static void
test_batch_fill_own_input (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *table = "会议名称,发言人\n甲会议,孔明\n乙会议,曹毅\n";
  g_autoptr(FyBatchFill) fill = fy_batch_fill_new (fixture->environment, fixture->template_);
  g_autoptr(GFile) out_dir = g_file_new_for_path (fixture->out_dir);
  g_autofree char *csv_path = out_path (fixture, "孔明.fayan");
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  const FyBatchRow *row;

  g_assert_cmpint (g_mkdir_with_parents (fixture->out_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (csv_path, table, -1, &error));
  g_assert_true (fy_batch_fill_load (fill, csv, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fy_batch_fill_get_table (fill) == csv);

  g_assert_true (fy_batch_fill_run (fill, out_dir, NULL, &error));
  g_assert_no_error (error);
  row = fy_batch_fill_get_row (fill, 0);
  g_assert_cmpint (row->status, ==, FY_BATCH_ROW_FAILED);
  g_assert_nonnull (strstr (row->message, "Line 2"));
  g_assert_cmpint (fy_batch_fill_get_row (fill, 1)->status, ==, FY_BATCH_ROW_WRITTEN);

  g_assert_true (g_file_get_contents (csv_path, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, table);
}

static gboolean
refuse_meeting (FyDocument  *document,
                FyTemplate  *template_,
                gpointer     user_data,
                GError     **error)
{
  const char *meeting = fy_document_get_field_value (document, "会议名称");

  if (g_strcmp0 (meeting, user_data) != 0)
    return TRUE;

  g_set_error (error, FY_ERROR, FY_ERROR_FIELD, "unfinished draft: %s", meeting);
  return FALSE;
}

/* The hook for unfinished drafts: a row it refuses writes nothing. */
static void
test_batch_fill_check_func (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(FyBatchFill) fill = load (fixture, "会议名称,发言人\n待定,孔明\n全县工作会议,曹毅\n");
  g_autoptr(GFile) out_dir = g_file_new_for_path (fixture->out_dir);
  g_autoptr(GError) error = NULL;
  const FyBatchRow *row;

  fy_batch_fill_set_check_func (fill, refuse_meeting, g_strdup ("待定"), g_free);
  fy_batch_fill_set_pdf (fill, TRUE);
  g_assert_true (fy_batch_fill_run (fill, out_dir, NULL, &error));
  row = fy_batch_fill_get_row (fill, 0);
  g_assert_cmpint (row->status, ==, FY_BATCH_ROW_FAILED);
  g_assert_nonnull (strstr (row->message, "unfinished draft: 待定"));
  g_assert_false (out_exists (fixture, "孔明.fayan"));
  g_assert_false (out_exists (fixture, "孔明.pdf"));
  g_assert_true (out_exists (fixture, "曹毅.fayan"));
}

static void
cancel_after_first (FyBatchFill  *fill,
                    guint         index,
                    GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
test_batch_fill_cancel (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(FyBatchFill) fill = load (fixture, "会议名称,发言人\n甲,孔明\n乙,曹毅\n丙,许文\n");
  g_autoptr(GFile) out_dir = g_file_new_for_path (fixture->out_dir);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_signal_connect (fill, "row-done", G_CALLBACK (cancel_after_first), cancellable);
  g_assert_false (fy_batch_fill_run (fill, out_dir, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (fixture->done->len, ==, 1);
  g_assert_cmpint (fy_batch_fill_get_row (fill, 0)->status, ==, FY_BATCH_ROW_WRITTEN);
  g_assert_cmpint (fy_batch_fill_get_row (fill, 1)->status, ==, FY_BATCH_ROW_READY);
  g_assert_true (out_exists (fixture, "孔明.fayan"));
  g_assert_false (out_exists (fixture, "曹毅.fayan"));
}

static void
on_run_finished (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  gboolean *finished = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (fy_batch_fill_run_finish (FY_BATCH_FILL (source), result, &error));
  g_assert_no_error (error);
  *finished = TRUE;
}

/* The GUI's way: a worker writes, ::row-done arrives in the main context
 * for every row before the end. */
static void
test_batch_fill_async (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GString) table = g_string_new ("会议名称,发言人\n");
  g_autoptr(FyBatchFill) fill = NULL;
  g_autoptr(GFile) out_dir = g_file_new_for_path (fixture->out_dir);
  gboolean finished = FALSE;

  for (guint i = 0; i < 12; i++)
    g_string_append_printf (table, "第%u次会议,王%u\n", i + 1, i + 1);
  fill = load (fixture, table->str);
  fy_batch_fill_set_pdf (fill, TRUE);
  fy_batch_fill_set_allow_incomplete (fill, TRUE);
  fy_batch_fill_run_async (fill, out_dir, NULL, on_run_finished, &finished);
  while (!finished)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (fixture->done->len, ==, 12);
  for (guint i = 0; i < 12; i++)
    g_assert_cmpuint (g_array_index (fixture->done, guint, i), ==, i);
  g_assert_cmpuint (fy_batch_fill_count (fill, FY_BATCH_ROW_WRITTEN), ==, 12);
  g_assert_true (out_exists (fixture, "王12.pdf"));
}

/* A disk that fills up after the documents: the PDFs fail, the documents
 * are written and counted as such (issue 17 defect 9). */
static void
test_batch_fill_full_disk (Fixture       *fixture,
                           gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(FyBatchFill) fill = load (fixture, "会议名称,发言人\n甲会议,孔明\n乙会议,曹毅\n");
      g_autoptr(GFile) out_dir = g_file_new_for_path (fixture->out_dir);
      g_autoptr(GError) error = NULL;
      FyBatchTally tally;
      struct rlimit limit = { 16 * 1024, 16 * 1024 };
      const FyBatchRow *row;

      /* A .fayan is a few KiB, a PDF with its fonts far more. */
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      fy_batch_fill_set_pdf (fill, TRUE);
      fy_batch_fill_set_allow_incomplete (fill, TRUE);
      g_assert_true (fy_batch_fill_run (fill, out_dir, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (fy_batch_fill_count (fill, FY_BATCH_ROW_PARTIAL), ==, 2);
      fy_batch_fill_get_tally (fill, &tally);
      g_assert_cmpuint (tally.n_partial, ==, 2);
      g_assert_cmpuint (tally.n_written, ==, fy_batch_fill_get_n_rows (fill));
      row = fy_batch_fill_get_row (fill, 1);
      g_assert_nonnull (strstr (row->message, "曹毅.fayan"));
      g_assert_nonnull (strstr (row->message, "PDF"));
      g_assert_true (out_exists (fixture, "孔明.fayan"));
      g_assert_true (out_exists (fixture, "曹毅.fayan"));
      g_assert_false (out_exists (fixture, "曹毅.pdf"));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/core/batch-fill/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("rows", test_batch_fill_rows);
  ADD ("header-errors", test_batch_fill_header_errors);
  ADD ("label-header", test_batch_fill_label_header);
  ADD ("no-field-used", test_batch_fill_no_field_used);
  ADD ("gb18030", test_batch_fill_gb18030);
  ADD ("row-limit", test_batch_fill_row_limit);
  ADD ("unique-names", test_batch_fill_unique_names);
  ADD ("column-names", test_batch_fill_column_names);
  ADD ("run", test_batch_fill_run);
  ADD ("own-input", test_batch_fill_own_input);
  ADD ("check-func", test_batch_fill_check_func);
  ADD ("cancel", test_batch_fill_cancel);
  ADD ("async", test_batch_fill_async);
  ADD ("full-disk", test_batch_fill_full_disk);

#undef ADD

  return g_test_run ();
}

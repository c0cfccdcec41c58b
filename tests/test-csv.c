/* test-csv.c — tests of the CSV reader used by batch filling
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fy-csv.h"

/* Reads all of @data; good rows go to the returned array (of GStrv),
 * bad rows' messages to @bad. */
static GPtrArray *
read_all (const char  *data,
          GPtrArray  **lines,
          GPtrArray  **bad,
          FyCsvResult *last)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyCsvReader) reader = fy_csv_reader_new (data, strlen (data), &error);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  FyCsvResult result;

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  *lines = g_ptr_array_new ();
  *bad = g_ptr_array_new_with_free_func (g_free);

  for (;;)
    {
      char **fields = NULL;
      guint line = 0;

      g_clear_error (&error);
      result = fy_csv_reader_next_row (reader, &fields, &line, &error);
      if (result == FY_CSV_ROW)
        {
          g_assert_no_error (error);
          g_ptr_array_add (rows, fields);
          g_ptr_array_add (*lines, GUINT_TO_POINTER (line));
        }
      else if (result == FY_CSV_BAD_ROW)
        {
          g_assert_nonnull (error);
          g_ptr_array_add (*bad, g_strdup (error->message));
        }
      else
        break;
    }

  if (result == FY_CSV_FATAL)
    g_ptr_array_add (*bad, g_strdup (error->message));
  *last = result;

  return rows;
}

static void
test_csv_bom_crlf_chinese (void)
{
  const char *data = "\xEF\xBB\xBF" "会议名称,发言人,发言时限（分钟）\r\n"
                     "全县信访工作会议,王立平,8\r\n"
                     "全县信访工作会议,陈晓,6\r\n";
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) bad = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  FyCsvResult last;
  char **header;

  rows = read_all (data, &lines, &bad, &last);
  g_assert_cmpint (last, ==, FY_CSV_END);
  g_assert_cmpuint (bad->len, ==, 0);
  g_assert_cmpuint (rows->len, ==, 3);

  header = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (g_strv_length (header), ==, 3);
  /* The byte order mark is not part of the first header. */
  g_assert_cmpstr (header[0], ==, "会议名称");
  g_assert_cmpstr (header[2], ==, "发言时限（分钟）");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 2))[1], ==, "陈晓");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 2))[2], ==, "6");
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (lines, 2)), ==, 3);
}

static void
test_csv_quoting (void)
{
  const char *data = "发言人,发言单位,备注\n"
                     "\"李明, 副主任\",\"县发展和改革局\",\"他说：\"\"好\"\"\"\n"
                     "赵敏,\"第一行\r\n第二行\",\n"
                     "孙强,,\"\"\n";
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) bad = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  FyCsvResult last;
  char **row;

  rows = read_all (data, &lines, &bad, &last);
  g_assert_cmpint (last, ==, FY_CSV_END);
  g_assert_cmpuint (rows->len, ==, 4);

  row = g_ptr_array_index (rows, 1);
  g_assert_cmpuint (g_strv_length (row), ==, 3);
  g_assert_cmpstr (row[0], ==, "李明, 副主任");
  g_assert_cmpstr (row[1], ==, "县发展和改革局");
  g_assert_cmpstr (row[2], ==, "他说：\"好\"");

  row = g_ptr_array_index (rows, 2);
  g_assert_cmpuint (g_strv_length (row), ==, 3);
  g_assert_cmpstr (row[1], ==, "第一行\n第二行");
  g_assert_cmpstr (row[2], ==, "");
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (lines, 2)), ==, 3);

  /* The quoted line break moved the next row to line 5. */
  row = g_ptr_array_index (rows, 3);
  g_assert_cmpuint (g_strv_length (row), ==, 3);
  g_assert_cmpstr (row[0], ==, "孙强");
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (lines, 3)), ==, 5);
}

static void
test_csv_blank_lines (void)
{
  const char *data = "a,b\n\n1,2\n,\n3,4";
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) bad = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  FyCsvResult last;

  rows = read_all (data, &lines, &bad, &last);
  g_assert_cmpint (last, ==, FY_CSV_END);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (lines, 1)), ==, 3);
  /* No final line break: the last row is still read. */
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 2))[1], ==, "4");
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (lines, 2)), ==, 5);
}

static void
test_csv_unterminated_quote (void)
{
  const char *data = "a,b\n1,2\n\"3,4\n5,6\n";
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) bad = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  FyCsvResult last;

  rows = read_all (data, &lines, &bad, &last);
  g_assert_cmpint (last, ==, FY_CSV_FATAL);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpuint (bad->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (bad, 0), "Line 3"));
}

static void
test_csv_not_utf8 (void)
{
  /* "会议" in GBK, as an old spreadsheet might save it. */
  const char data[] = "a,b\n\xBB\xE1\xD2\xE9,1\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FyCsvReader) reader = fy_csv_reader_new (data, sizeof data - 1, &error);

  g_assert_null (reader);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "Line 2"));
}

static void
test_csv_limits (void)
{
  g_autoptr(GString) data = g_string_new ("a,b\n");
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) bad = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  FyCsvResult last;

  /* Line 2: one field over the limit; line 3: too many columns. */
  g_string_append (data, "x,");
  for (guint i = 0; i < FY_CSV_MAX_FIELD_SIZE + 10; i++)
    g_string_append_c (data, 'y');
  g_string_append (data, "\n");
  for (guint i = 0; i < FY_CSV_MAX_COLUMNS + 5; i++)
    g_string_append (data, "z,");
  g_string_append (data, "\nok,fine\n");

  rows = read_all (data->str, &lines, &bad, &last);
  g_assert_cmpint (last, ==, FY_CSV_END);
  g_assert_cmpuint (bad->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (bad, 0), "Line 2"));
  g_assert_nonnull (strstr (g_ptr_array_index (bad, 1), "Line 3"));
  /* The reader went on after the bad rows. */
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[0], ==, "ok");
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (lines, 1)), ==, 4);
}

/* Issue 17 defect 9: the header row is not one of the FY_CSV_MAX_ROWS. */
static void
test_csv_row_limit (void)
{
  g_autoptr(GString) data = g_string_new ("会议名称,发言人\n");
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) bad = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  FyCsvResult last;

  for (guint i = 0; i < FY_CSV_MAX_ROWS; i++)
    g_string_append (data, "会,人\n");

  rows = read_all (data->str, &lines, &bad, &last);
  g_assert_cmpint (last, ==, FY_CSV_END);
  g_assert_cmpuint (bad->len, ==, 0);
  g_assert_cmpuint (rows->len, ==, FY_CSV_MAX_ROWS + 1);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_pointer (&lines, g_ptr_array_unref);
  g_clear_pointer (&bad, g_ptr_array_unref);

  /* One row more is refused, at the line of that row. */
  g_string_append (data, "会,人\n");
  rows = read_all (data->str, &lines, &bad, &last);
  g_assert_cmpint (last, ==, FY_CSV_FATAL);
  g_assert_cmpuint (bad->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (bad, 0), "Line 100002"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/csv/bom-crlf-chinese", test_csv_bom_crlf_chinese);
  g_test_add_func ("/core/csv/quoting", test_csv_quoting);
  g_test_add_func ("/core/csv/blank-lines", test_csv_blank_lines);
  g_test_add_func ("/core/csv/unterminated-quote", test_csv_unterminated_quote);
  g_test_add_func ("/core/csv/not-utf8", test_csv_not_utf8);
  g_test_add_func ("/core/csv/limits", test_csv_limits);
  g_test_add_func ("/core/csv/row-limit", test_csv_row_limit);

  return g_test_run ();
}

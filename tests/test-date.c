/* test-date.c — tests of the one date reader (fy-date.c)
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fayan-core.h"

static void
check_date (const char *text,
            int         year,
            int         month,
            int         day,
            FyDateForm  form)
{
  FyDate date = { 0 };

  g_test_message ("%s", text);
  g_assert_true (fy_date_parse (text, &date));
  g_assert_cmpint (date.year, ==, year);
  g_assert_cmpint (date.month, ==, month);
  g_assert_cmpint (date.day, ==, day);
  g_assert_cmpint (date.form, ==, form);
}

static void
check_refused (const char *text)
{
  FyDate date = { .year = 7 };

  g_test_message ("%s", text);
  g_assert_false (fy_date_parse (text, &date));
  g_assert_cmpint (date.year, ==, 7);
}

static void
test_forms (void)
{
  check_date ("2026年12月5日", 2026, 12, 5, FY_DATE_FORM_DIGITS);
  check_date ("2026年01月05日", 2026, 1, 5, FY_DATE_FORM_DIGITS);
  check_date ("2026 年 1 月 5 日", 2026, 1, 5, FY_DATE_FORM_DIGITS);
  check_date ("２０２６年１２月５日", 2026, 12, 5, FY_DATE_FORM_DIGITS);
  check_date ("2026-12-05", 2026, 12, 5, FY_DATE_FORM_NUMERIC);
  check_date ("2026/12/5", 2026, 12, 5, FY_DATE_FORM_NUMERIC);
  check_date ("2026.1.31", 2026, 1, 31, FY_DATE_FORM_NUMERIC);
  check_date ("  2026-12-05\n", 2026, 12, 5, FY_DATE_FORM_NUMERIC);
  check_date ("二〇二六年十二月五日", 2026, 12, 5, FY_DATE_FORM_NUMERALS);
  check_date ("二零二六年一月三十一日", 2026, 1, 31, FY_DATE_FORM_NUMERALS);
  check_date ("二○二六年二月二十八日", 2026, 2, 28, FY_DATE_FORM_NUMERALS);
  check_date ("二〇二六年十月十日", 2026, 10, 10, FY_DATE_FORM_NUMERALS);
  check_date ("（2026年3月5日）", 2026, 3, 5, FY_DATE_FORM_DIGITS);
  check_date ("(二〇二六年三月五日)", 2026, 3, 5, FY_DATE_FORM_NUMERALS);
  check_date ("2028年2月29日", 2028, 2, 29, FY_DATE_FORM_DIGITS);
}

static void
test_invalid (void)
{
  const char *refused[] = {
    NULL, "", "   ", "2026", "2026年", "2026年12月", "2026年12月5", "12月5日",
    "2026-02-30", "2026年2月29日", "2026-13-01", "2026-00-10", "2026-1/5",
    "2026-12-5-1", "26-12-05", "20261-12-05", "2026-123-05",
    "1899年12月31日", "2026年12月5日上午", "发言 2026年12月5日",
    "二〇二六年十二月三十二日", "二〇二六年十三月五日", "二〇二六年四十月五日",
    "二〇二六年二月三十日", "二〇二年十二月五日", "2026年十二月5日",
    "（2026年3月5日", "2026年3月5日）", "二〇二六-十二-五",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    check_refused (refused[i]);
}

static void
test_format (void)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (2026, 1, 5, 9, 0, 0);
  g_autofree char *text = fy_date_format (time);
  FyDate date = { 2026, 12, 5, FY_DATE_FORM_NUMERALS };
  g_autofree char *digits = fy_date_to_string (&date);

  g_assert_cmpstr (text, ==, "2026年1月5日");
  g_assert_cmpstr (digits, ==, "2026年12月5日");
}

static void
test_normalize (void)
{
  /* The date field: digits are written one way; numerals, and what is
   * not a date, stay as typed. */
  struct { const char *in, *out; } cases[] = {
    { "2026-01-05", "2026年1月5日" },
    { "\u3000２０２６年０１月０５日 ", "2026年1月5日" },
    { "二〇二六年一月五日 ", "二〇二六年一月五日" },
    { "2026-02-30", "2026-02-30" },
    { " 下周一 ", "下周一" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = fy_template_normalize_date (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/date/forms", test_forms);
  g_test_add_func ("/core/date/invalid", test_invalid);
  g_test_add_func ("/core/date/format", test_format);
  g_test_add_func ("/core/date/normalize", test_normalize);

  return g_test_run ();
}

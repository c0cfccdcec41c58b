/* test-numbering.c — tests of heading numbers
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fayan-core.h"

static void
test_numbering_numerals (void)
{
  static const struct { guint n; const char *text; } cases[] = {
    { 1, "一" }, { 9, "九" }, { 10, "十" }, { 11, "十一" }, { 20, "二十" },
    { 21, "二十一" }, { 100, "一百" }, { 105, "一百零五" }, { 110, "一百一十" },
    { 1001, "一千零一" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = fy_numbering_chinese_numeral (cases[i].n);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_numbering_headings (void)
{
  static const struct { guint level, n; const char *text; } cases[] = {
    { 1, 3, "三、" }, { 2, 12, "（十二）" }, { 3, 4, "4." }, { 4, 2, "（2）" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = fy_numbering_format_heading (cases[i].level, cases[i].n);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_numbering_strip (void)
{
  static const struct {
    const char *input;
    gboolean    matches;
    guint       level, number;
    const char *rest;
  } cases[] = {
    { "一、坚持党的领导", TRUE, 1, 1, "坚持党的领导" },
    { "十二、其他", TRUE, 1, 12, "其他" },
    { "（三）加强监督", TRUE, 2, 3, "加强监督" },
    { "(三) 加强监督", TRUE, 2, 3, "加强监督" },
    { "2. 完善制度", TRUE, 3, 2, "完善制度" },
    { "2．完善制度", TRUE, 3, 2, "完善制度" },
    { "3、完善制度", TRUE, 3, 3, "完善制度" },
    { "（4）细化措施", TRUE, 4, 4, "细化措施" },
    { "2.5倍", FALSE },
    { "一要始终坚持", FALSE },
    { "一、", FALSE },
    { "2023年以来", FALSE },
    { "一是加强学习", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint level = 0, number = 0;
      const char *rest = NULL;
      gboolean matches = fy_numbering_strip_prefix (cases[i].input, &level, &number, &rest);

      g_test_message ("%s", cases[i].input);
      g_assert_cmpint (matches, ==, cases[i].matches);
      if (!matches)
        continue;
      g_assert_cmpuint (level, ==, cases[i].level);
      g_assert_cmpuint (number, ==, cases[i].number);
      g_assert_cmpstr (rest, ==, cases[i].rest);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/numbering/numerals", test_numbering_numerals);
  g_test_add_func ("/core/numbering/headings", test_numbering_headings);
  g_test_add_func ("/core/numbering/strip-prefix", test_numbering_strip);

  return g_test_run ();
}

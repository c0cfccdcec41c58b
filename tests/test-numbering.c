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

/* An ordinal alone, as an import keeps it: the same forms as above,
 * but nothing may follow. */
static void
test_numbering_parse_ordinal (void)
{
  static const struct {
    const char *input;
    gboolean    matches;
    guint       level, number;
  } cases[] = {
    { "一、", TRUE, 1, 1 },
    { " 十二、 ", TRUE, 1, 12 },
    { "（三）", TRUE, 2, 3 },
    { "(三)", TRUE, 2, 3 },
    { "2.", TRUE, 3, 2 },
    { "2．　", TRUE, 3, 2 },
    { "（4）", TRUE, 4, 4 },
    { "一、坚持", FALSE },
    { "2.5", FALSE },
    { "一要", FALSE },
    { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint level = 0, number = 0;
      gboolean matches = fy_numbering_parse_ordinal (cases[i].input, &level, &number);

      g_test_message ("“%s”", cases[i].input);
      g_assert_cmpint (matches, ==, cases[i].matches);
      if (matches)
        {
          g_assert_cmpuint (level, ==, cases[i].level);
          g_assert_cmpuint (number, ==, cases[i].number);
        }
    }
}

static void
test_numbering_own_ordinal (void)
{
  static const struct {
    const char *input;
    gboolean    own;        /* printed as written */
    gboolean    looks;      /* reads as a number at all */
    const char *rest;
  } cases[] = {
    { "一要始终把坚持党的领导作为最高政治原则", TRUE, TRUE, "要始终把坚持党的领导作为最高政治原则" },
    { "二是围绕中心服务大局", TRUE, TRUE, "是围绕中心服务大局" },
    { "一方面，加强学习", TRUE, TRUE, "方面，加强学习" },
    { "另一方面，完善制度", TRUE, TRUE, "，完善制度" },
    { "第二章　公文种类", TRUE, TRUE, "章　公文种类" },
    { "第三节 监督工作", TRUE, TRUE, "节 监督工作" },
    { "第十二条　本办法自公布之日起施行", TRUE, TRUE, "条　本办法自公布之日起施行" },
    { "第四部分 下一步打算", TRUE, TRUE, "部分 下一步打算" },
    { "第一，提高政治站位", TRUE, TRUE, "，提高政治站位" },
    { "首先要提高认识", TRUE, TRUE, "要提高认识" },
    { "其次，抓好落实", TRUE, TRUE, "，抓好落实" },
    { "最后，几点要求", TRUE, TRUE, "，几点要求" },
    { "一、总体要求", TRUE, TRUE, "总体要求" },
    { "（二）主要做法", TRUE, TRUE, "主要做法" },
    { "3. 具体措施", TRUE, TRUE, "具体措施" },
    { "（4）细化分工", TRUE, TRUE, "细化分工" },
    { "①明确责任", TRUE, TRUE, "明确责任" },
    { "Ⅱ、工作回顾", TRUE, TRUE, "工作回顾" },
    /* Numbers the engine does not take for an ordinal: two numbers. */
    { "1.1 总体要求", FALSE, TRUE, "总体要求" },
    { "一 总体要求", FALSE, TRUE, "总体要求" },
    { "A. 工作背景", FALSE, TRUE, "工作背景" },
    { "2 人才队伍建设", FALSE, TRUE, "人才队伍建设" },
    { "3 项目建设", FALSE, TRUE, "项目建设" },
    /* Not numbered. */
    { "一流营商环境建设", FALSE, FALSE, NULL },
    { "十分重要的任务", FALSE, FALSE, NULL },
    { "三要素分析", FALSE, FALSE, NULL },
    { "第一次全体会议的筹备", FALSE, FALSE, NULL },
    { "2024年工作回顾", FALSE, FALSE, NULL },
    { "2027 年工作打算", FALSE, FALSE, NULL },
    { "95 %以上的村完成改厕", FALSE, FALSE, NULL },
    { "最后一公里问题", FALSE, FALSE, NULL },
    { "总体要求", FALSE, FALSE, NULL },
    { "AI赋能政务服务", FALSE, FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *rest = NULL;
      gboolean own = fy_numbering_has_own_ordinal (cases[i].input, NULL);
      gboolean looks = fy_numbering_looks_numbered (cases[i].input, &rest);

      g_test_message ("%s", cases[i].input);
      g_assert_cmpint (own, ==, cases[i].own);
      g_assert_cmpint (looks, ==, cases[i].looks);
      if (looks && !own)
        g_assert_cmpstr (rest, ==, cases[i].rest);
    }
}

static void
test_numbering_counter (void)
{
  static const struct {
    guint       level;
    const char *text;
    const char *automatic;    /* NULL: printed as written */
  } headings[] = {
    { 1, "总体要求", "一、" },
    { 2, "指导思想", "（一）" },
    { 2, "（二）基本原则", NULL },
    { 2, "工作目标", "（三）" },
    { 1, "三、主要任务", NULL },         /* continues from the written 三 */
    { 1, "保障措施", "四、" },
    { 1, "一要加强领导", NULL },
    { 1, "组织实施", "六、" },
    { 3, "具体分工", "1." },
  };
  FyHeadingCounter counter;
  FyNumberingMode mode = FY_NUMBERING_AUTO;

  fy_heading_counter_init (&counter, FY_NUMBERING_AUTO);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_autofree char *number = fy_heading_counter_next (&counter, headings[i].level, headings[i].text);

      g_test_message ("%s", headings[i].text);
      g_assert_cmpstr (number, ==, headings[i].automatic);
    }

  /* As written: no heading gets a number. */
  fy_heading_counter_init (&counter, FY_NUMBERING_AS_WRITTEN);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    g_assert_null (fy_heading_counter_next (&counter, headings[i].level, headings[i].text));

  g_assert_true (fy_numbering_mode_from_string ("as-written", &mode));
  g_assert_cmpint (mode, ==, FY_NUMBERING_AS_WRITTEN);
  g_assert_cmpstr (fy_numbering_mode_to_string (mode), ==, "as-written");
  g_assert_true (fy_numbering_mode_from_string ("auto", &mode));
  g_assert_cmpint (mode, ==, FY_NUMBERING_AUTO);
  g_assert_false (fy_numbering_mode_from_string ("manual", &mode));
}

/* A list's caption is numbered the same imported as typed: the import
 * and the numbering once asked each their own question (a row of three
 * names however spaced, or names set apart by ideographic spaces), so a
 * caption over 王建军  李芳芳  张德明 imported printed no 一、 and typed
 * printed one.  fy_numbering_is_list_caption() now answers both. */
static void
test_numbering_list_caption (void)
{
  static const struct { const char *caption; const char *row; const char *number; } cases[] = {
    { "森林防火先进个人名单", "王建军  李芳芳  张德明", "" },
    { "森林防火先进个人名单", "王建军　李芳芳", "" },
    { "森林防火先进个人名单（3名）", "王建军　　李　芳（女）　　张德明", "" },
    { "森林防火先进个人名单", "各村要把名单报到镇上。", "一、" },
    { "把名单报到镇上，由镇里汇总后报县里的名单", "王建军　李芳芳", "一、" },
  };

  g_assert_true (fy_numbering_is_list_caption ("先进集体名单", "县应急管理局　　县林业局"));
  g_assert_false (fy_numbering_is_list_caption ("一、先进个人名单", "王建军　李芳芳"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markdown = g_strdup_printf ("# 关于表彰森林防火先进个人的决定\n\n## %s\n\n%s\n",
                                                   cases[i].caption, cases[i].row);
      g_autoptr(GError) error = NULL;
      g_autoptr(FyDocument) imported = fy_import_markdown (markdown, -1, &error);
      g_autoptr(FyDocument) typed = fy_document_new ();
      g_auto(GStrv) imported_numbers = NULL;
      g_auto(GStrv) typed_numbers = NULL;
      g_autofree char *row = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (fy_document_get_n_blocks (imported), ==, 3);
      row = fy_block_dup_text (fy_document_get_block (imported, 2));
      g_assert_cmpstr (row, ==, cases[i].row);
      fy_document_append_block (typed, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于表彰森林防火先进个人的决定"));
      fy_document_append_block (typed, fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, cases[i].caption));
      fy_document_append_block (typed, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, cases[i].row));

      imported_numbers = fy_document_dup_heading_numbers (imported);
      typed_numbers = fy_document_dup_heading_numbers (typed);
      g_test_message ("%s over %s: imported “%s”, typed “%s”", cases[i].caption, cases[i].row,
                      imported_numbers[1], typed_numbers[1]);
      g_assert_cmpstr (imported_numbers[1], ==, cases[i].number);
      g_assert_cmpstr (typed_numbers[1], ==, cases[i].number);
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
  g_test_add_func ("/core/numbering/parse-ordinal", test_numbering_parse_ordinal);
  g_test_add_func ("/core/numbering/own-ordinal", test_numbering_own_ordinal);
  g_test_add_func ("/core/numbering/counter", test_numbering_counter);
  g_test_add_func ("/core/numbering/list-caption", test_numbering_list_caption);

  return g_test_run ();
}

/* test-lint.c — tests of FyLint, the proofreader, on crafted text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

/* Helpers */

static char *
fix_text (const char *text)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  char *fixed = fy_lint_fix_text (lint, text, -1, NULL);

  g_assert_nonnull (fixed);
  return fixed;
}

static void
assert_finding (FyLintFinding *finding,
                const char    *kind,
                guint          block,
                guint          start,
                guint          end,
                const char    *fix)
{
  g_assert_nonnull (finding);
  g_assert_cmpstr (fy_lint_finding_get_kind (finding), ==, kind);
  g_assert_cmpuint (fy_lint_finding_get_block (finding), ==, block);
  g_assert_cmpuint (fy_lint_finding_get_start (finding), ==, start);
  g_assert_cmpuint (fy_lint_finding_get_end (finding), ==, end);
  g_assert_cmpstr (fy_lint_finding_get_fix (finding), ==, fix);
  g_assert_nonnull (fy_lint_finding_get_message (finding));
  g_assert_cmpstr (fy_lint_finding_get_message (finding), !=, "");
}

/* Crafted text, one kind at a time */

static void
test_half_width_marks (void)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *fixed = NULL;
  const char *text = "我们,你们.他们;注意:是否?好!";

  findings = fy_test_lint_text (text);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION), ==, 6);
  /* Ranges count characters, not bytes: the comma is the third character. */
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, 0),
                  FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, 0, 2, 3, "，");
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, 1),
                  FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, 0, 5, 6, "。");
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, 5),
                  FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, 0, 16, 17, "！");
  g_assert_true (fy_lint_finding_is_safe (fy_test_find_kind (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, 0)));

  /* The same through properties, as a list view would read them. */
  {
    g_autofree char *kind = NULL;
    g_autofree char *fix = NULL;
    g_autofree char *original = NULL;
    FyLintSeverity severity = FY_LINT_SEVERITY_ERROR;
    guint start = 0, end = 0;
    gboolean safe = FALSE;

    g_object_get (fy_test_find_kind (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, 0),
                  "kind", &kind, "severity", &severity, "start", &start, "end", &end,
                  "fix", &fix, "safe", &safe, "original", &original, NULL);
    g_assert_cmpstr (kind, ==, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION);
    g_assert_cmpint (severity, ==, FY_LINT_SEVERITY_WARNING);
    g_assert_cmpuint (start, ==, 2);
    g_assert_cmpuint (end, ==, 3);
    g_assert_cmpstr (fix, ==, "，");
    g_assert_cmpstr (original, ==, ",");
    g_assert_true (safe);
  }

  fixed = fix_text (text);
  g_assert_cmpstr (fixed, ==, "我们，你们。他们；注意：是否？好！");
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Brackets change as a pair, also around Latin text. */
  g_clear_pointer (&fixed, g_free);
  fixed = fix_text ("坚持(一)调用接口(API)进行");
  g_assert_cmpstr (fixed, ==, "坚持（一）调用接口（API）进行");

  /* "一." numbers a point: the fix is 、, not a full stop. */
  g_clear_pointer (&fixed, g_free);
  fixed = fix_text ("三.加强学习。");
  g_assert_cmpstr (fixed, ==, "三、加强学习。");

  /* A full stop after a time or a number with separators ends the
   * sentence: 17:00. and 1,000. number no point as 1. does. */
  g_clear_pointer (&fixed, g_free);
  fixed = fix_text ("会议定于下午17:00.请准时参加,共1,000.");
  g_assert_cmpstr (fixed, ==, "会议定于下午17:00。请准时参加，共1,000。");

  /* The last full stop after a Latin word in Chinese text is Chinese. */
  g_clear_pointer (&fixed, g_free);
  fixed = fix_text ("请升级到V2.1.");
  g_assert_cmpstr (fixed, ==, "请升级到V2.1。");

  /* Straight quotation marks pair up; an English sentence quoted in
   * Chinese text keeps its own full stop. */
  g_clear_pointer (&fixed, g_free);
  fixed = fix_text ("落实\"1+N\"政策,正如他所说:\"Less is more.\"我们要记住.");
  g_assert_cmpstr (fixed, ==, "落实“1+N”政策，正如他所说：“Less is more.”我们要记住。");
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = fy_test_lint_text ("他说\"好的。");
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION), ==, 1);
  /* A quotation over a wrapped line. */
  g_clear_pointer (&fixed, g_free);
  fixed = fix_text ("他说:\"今年的工作\n很扎实.\"我们都同意.");
  g_assert_cmpstr (fixed, ==, "他说：“今年的工作\n很扎实。”我们都同意。");
  /* An odd one out: which way it faces is a guess. */
  g_assert_false (fy_lint_finding_is_safe (fy_test_find_kind (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, 0)));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* In English, nothing changes. */
  findings = fy_test_lint_text ("He said: Hello, world! (See page 2.)");
  g_assert_cmpuint (findings->len, ==, 0);
}

static void
test_half_width_exceptions (void)
{
  const char *text =
    "今年增长2.5个百分点，下午17:00开会，接口API V2.1发布，访问example.com了解，"
    "来信请寄a@b.cn，网址https://www.example.com/a?b=1&c=(2)，共1,000人，附件发言.docx已收到。";
  const char *numbered = "1.加强理论学习。\n2)完善制度机制。";
  g_autoptr(GPtrArray) findings = fy_test_lint_text (text);
  g_autoptr(GPtrArray) numbered_findings = fy_test_lint_text (numbered);
  g_autofree char *fixed = fix_text (text);
  g_autofree char *fixed_numbered = fix_text (numbered);

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 0);
  g_assert_cmpstr (fixed, ==, text);

  g_assert_cmpuint (fy_test_count_kind (numbered_findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION), ==, 0);
  g_assert_cmpstr (fixed_numbered, ==, numbered);
}

/* Pasted text: the ideographic spaces of a line of names are meant (the
 * fix used to run 县长　周海涛 and the members of 出席 together); a
 * wrap space in a sentence still goes. */
static void
test_name_line_spaces (void)
{
  g_autofree char *speaker = fix_text ("县委副书记、县长　周海涛");
  g_autofree char *present = fix_text ("出席：张国华　刘志强　王秀兰");
  g_autofree char *sentence = fix_text ("会议要求县财政局　及时拨付资金。");
  g_autofree char *title = fix_text ("县政府常务会议纪要");

  g_assert_cmpstr (speaker, ==, "县委副书记、县长　周海涛");
  g_assert_cmpstr (present, ==, "出席：张国华　刘志强　王秀兰");
  g_assert_cmpstr (sentence, ==, "会议要求县财政局及时拨付资金。");
  g_assert_cmpstr (title, ==, "县政府常务会议纪要");
}

/* A wrong form quoted on purpose in a sentence about writing is still
 * reported, but --fix leaves it: "correcting" it would make the rule
 * say 2025年 should be written 2025年. */
static void
test_quoted_examples (void)
{
  g_autofree char *digits = fix_text ("阿拉伯数字用半角，如“２０２５年”应写作“2025年”。");
  g_autofree char *dots = fix_text ("省略号不要写成“。。。”，应写作“……”。");
  g_autofree char *comma = fix_text ("引号里的半角逗号如“甲,乙”是错误写法。");
  g_autofree char *slogan = fix_text ("推进“一网通办,一次办成”改革。");
  g_autoptr(GPtrArray) findings = fy_test_lint_text ("省略号不要写成“。。。”。");

  g_assert_cmpstr (digits, ==, "阿拉伯数字用半角，如“２０２５年”应写作“2025年”。");
  g_assert_cmpstr (dots, ==, "省略号不要写成“。。。”，应写作“……”。");
  g_assert_cmpstr (comma, ==, "引号里的半角逗号如“甲,乙”是错误写法。");
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_ELLIPSIS), ==, 1);
  /* no sentence about writing: a quotation is fixed like any text */
  g_assert_cmpstr (slogan, ==, "推进“一网通办，一次办成”改革。");
}

/* The indents of a text pasted from a web page that indents its
 * paragraphs stay through --fix: without them the importer could not
 * tell a paragraph from the rest of one after a soft line break. */
static void
test_web_indents (void)
{
  g_autofree char *fixed = fix_text ("　　今年汛期雨量大,全镇上下连续奋战,\n"
                                     "没有发生人员伤亡。\n"
                                     "　　入秋以后仍有强降雨的可能。\n"
                                     "　　各村要把责任落到每一个人。\n");
  g_autofree char *single = fix_text ("　　开头缩进的段落。");
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_import_plain_text (fixed, -1, &error);
  g_autofree char *first = NULL;

  g_assert_cmpstr (fixed, ==, "　　今年汛期雨量大，全镇上下连续奋战，\n"
                              "没有发生人员伤亡。\n"
                              "　　入秋以后仍有强降雨的可能。\n"
                              "　　各村要把责任落到每一个人。\n");
  g_assert_cmpstr (single, ==, "开头缩进的段落。");
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 3);
  first = fy_document_dup_block_text (document, 0);
  g_assert_cmpstr (first, ==, "今年汛期雨量大，全镇上下连续奋战，没有发生人员伤亡。");
}

static void
test_spaces (void)
{
  g_autoptr(GPtrArray) findings = fy_test_lint_text ("进一步增强了 我们的发展历 程，使用 API V2.1 接口。");
  g_autoptr(GPtrArray) edges = fy_test_lint_text ("　　开头缩进的段落。  ");
  g_autoptr(GPtrArray) blank = fy_test_lint_text ("   ");
  g_autoptr(GPtrArray) doubled = fy_test_lint_text ("发展  历程。");
  g_autofree char *fixed = fix_text ("进一步增强了 我们的发展历 程，使用 API V2.1 接口。");
  g_autofree char *fixed_edges = fix_text ("　　开头缩进的段落。  ");
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) speaker = fy_block_new_with_text (FY_BLOCK_ROLE_SPEAKER, 0, "发言人：王　伟");
  g_autoptr(FyBlock) body = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "王　伟同志说得对。");
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) doc_findings = NULL;

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 4);
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE, 0),
                  FY_LINT_KIND_SPACE_IN_CHINESE, 0, 6, 7, "");
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE, 1),
                  FY_LINT_KIND_SPACE_IN_CHINESE, 0, 13, 14, "");
  /* The space inside "API V2.1" stays. */
  g_assert_cmpstr (fixed, ==, "进一步增强了我们的发展历程，使用API V2.1接口。");

  g_assert_cmpuint (fy_test_count_kind (edges, FY_LINT_KIND_SPACE_AT_EDGE), ==, 2);
  g_assert_cmpstr (fixed_edges, ==, "开头缩进的段落。");
  g_assert_cmpuint (blank->len, ==, 0);
  /* Hard-wrapped text: spaces around the wrap are wrap spaces too. */
  {
    g_autoptr(GPtrArray) wrapped = fy_test_lint_text ("我们严格执行重大事项 \n 请示报告制度。\n下一段。 ");

    g_assert_cmpuint (fy_test_count_kind (wrapped, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 2);
    assert_finding (fy_test_find_kind (wrapped, FY_LINT_KIND_SPACE_IN_CHINESE, 0), FY_LINT_KIND_SPACE_IN_CHINESE, 0, 10, 11, "");
    assert_finding (fy_test_find_kind (wrapped, FY_LINT_KIND_SPACE_IN_CHINESE, 1), FY_LINT_KIND_SPACE_IN_CHINESE, 1, 0, 1, "");
    g_assert_cmpuint (fy_test_count_kind (wrapped, FY_LINT_KIND_SPACE_AT_EDGE), ==, 1);
  }

  /* A wrap inside a number in Chinese text, but not between numbers in
   * Latin text. */
  {
    g_autofree char *number = fix_text ("意向进驻企业26 00家，version 2 3。");

    g_assert_cmpstr (number, ==, "意向进驻企业2600家，version 2 3。");
  }

  /* A figure or table number before its caption is no number cut in
   * two, and neither are numbers set apart by an ideographic space; a
   * 表 inside a word (代表) labels nothing. */
  {
    g_autofree char *caption = fix_text ("图1　2026年上半年各区办件量");
    g_autofree char *ascii = fix_text ("表2 2025年各区财政收入");
    g_autofree char *word = fix_text ("到会代表26 00人。");

    g_assert_cmpstr (caption, ==, "图1　2026年上半年各区办件量");
    g_assert_cmpstr (ascii, ==, "表2 2025年各区财政收入");
    g_assert_cmpstr (word, ==, "到会代表2600人。");
  }

  /* Each space is a finding of its own. */
  g_assert_cmpuint (fy_test_count_kind (doubled, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 2);

  /* Names padded with an ideographic space in a speaker line are meant. */
  fy_document_append_block (document, speaker);
  fy_document_append_block (document, body);
  doc_findings = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (doc_findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 1);
  g_assert_cmpuint (fy_lint_finding_get_block (fy_test_find_kind (doc_findings, FY_LINT_KIND_SPACE_IN_CHINESE, 0)), ==, 1);
}

static void
test_full_width_alphanumeric (void)
{
  g_autoptr(GPtrArray) findings = fy_test_lint_text ("２０２３年完成ＧＤＰ增长２．５％。");
  g_autofree char *fixed = fix_text ("２０２３年完成ＧＤＰ增长２．５％。");

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_FULL_WIDTH_ALPHANUMERIC), ==, 3);
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_FULL_WIDTH_ALPHANUMERIC, 0),
                  FY_LINT_KIND_FULL_WIDTH_ALPHANUMERIC, 0, 0, 4, "2023");
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_FULL_WIDTH_ALPHANUMERIC, 2),
                  FY_LINT_KIND_FULL_WIDTH_ALPHANUMERIC, 0, 12, 15, "2.5");
  g_assert_cmpstr (fixed, ==, "2023年完成GDP增长2.5％。");
}

static void
test_ellipsis (void)
{
  static const char * const wrong[] = { "等等...", "等等。。。", "等等…", "等等......", "等等………" };
  g_autoptr(GPtrArray) right = fy_test_lint_text ("等等……");
  g_autoptr(GPtrArray) latin = fy_test_lint_text ("and so on...");
  g_autoptr(GPtrArray) two = fy_test_lint_text ("等等..");

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autoptr(GPtrArray) findings = fy_test_lint_text (wrong[i]);
      g_autofree char *fixed = fix_text (wrong[i]);

      g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_ELLIPSIS), ==, 1);
      g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION), ==, 0);
      g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_DOUBLED_PUNCTUATION), ==, 0);
      assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_ELLIPSIS, 0), FY_LINT_KIND_ELLIPSIS,
                      0, 2, g_utf8_strlen (wrong[i], -1), "……");
      g_assert_cmpstr (fixed, ==, "等等……");
    }

  g_assert_cmpuint (right->len, ==, 0);
  g_assert_cmpuint (latin->len, ==, 0);

  /* ".." is probably an ellipsis, but only a person can tell. */
  g_assert_cmpuint (fy_test_count_kind (two, FY_LINT_KIND_ELLIPSIS), ==, 1);
  g_assert_false (fy_lint_finding_is_safe (fy_test_find_kind (two, FY_LINT_KIND_ELLIPSIS, 0)));
}

static void
test_dash (void)
{
  g_autoptr(GPtrArray) findings = fy_test_lint_text ("我们--你们，他说—好的。");
  g_autoptr(GPtrArray) right = fy_test_lint_text ("——在全市工作会议上的发言");
  g_autoptr(GPtrArray) range = fy_test_lint_text ("2023—2024年，第1-3季度。");
  /* dates of a range (sweep6 x3's table of dates), one em dash each */
  g_autoptr(GPtrArray) dates = fy_test_lint_text ("跟岗时间为2027年3月8日—3月19日，或12月31日—2027年1月1日，第3期—5期。");
  /* no date before it, at a paragraph's start: a dash (g_utf8_strchr()
   * finds the U+0000 fy_lint_unit_char_at() gives there) */
  g_autoptr(GPtrArray) opening = fy_test_lint_text ("—3月8日起，各单位开始报送。");
  g_autoptr(GPtrArray) second = fy_test_lint_text ("日—3个单位已报送。");
  /* a chain of items joined by the connector (一字线), or an insertion
   * between dashes typed short: offered, not applied by Fix all */
  static const char chain_text[] = "建好县代表之家—乡镇代表联络站—村代表联络点，这项工作—特别是基层—要抓紧。";
  g_autoptr(GPtrArray) chain = fy_test_lint_text (chain_text);
  g_autofree char *chain_fixed = fix_text (chain_text);
  g_autofree char *fixed = fix_text ("我们--你们，他说—好的。");

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_DASH), ==, 2);
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_DASH, 0), FY_LINT_KIND_DASH, 0, 2, 4, "——");
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_DASH, 1), FY_LINT_KIND_DASH, 0, 9, 10, "——");
  g_assert_cmpstr (fixed, ==, "我们——你们，他说——好的。");
  g_assert_cmpuint (fy_test_count_kind (right, FY_LINT_KIND_DASH), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (range, FY_LINT_KIND_DASH), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (dates, FY_LINT_KIND_DASH), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (opening, FY_LINT_KIND_DASH), ==, 1);
  g_assert_cmpuint (fy_test_count_kind (second, FY_LINT_KIND_DASH), ==, 1);
  g_assert_cmpuint (fy_test_count_kind (chain, FY_LINT_KIND_DASH), ==, 4);
  for (guint k = 0; k < 4; k++)
    g_assert_false (fy_lint_finding_is_safe (fy_test_find_kind (chain, FY_LINT_KIND_DASH, k)));
  g_assert_cmpstr (chain_fixed, ==, chain_text);
}

static void
test_doubled (void)
{
  g_autoptr(GPtrArray) findings = fy_test_lint_text ("我们，，你们。。好！！是吗？！对，。");
  g_autofree char *fixed = fix_text ("我们，，你们。。好！！是吗？！对，。");
  g_autofree char *mixed = fix_text ("我们,，你们。");

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_DOUBLED_PUNCTUATION), ==, 4);
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_DOUBLED_PUNCTUATION, 0),
                  FY_LINT_KIND_DOUBLED_PUNCTUATION, 0, 2, 4, "，");
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_DOUBLED_PUNCTUATION, 1),
                  FY_LINT_KIND_DOUBLED_PUNCTUATION, 0, 6, 8, "。");
  /* ！！ is offered, not applied: emphasis is the writer's choice. */
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_DOUBLED_PUNCTUATION, 2),
                  FY_LINT_KIND_DOUBLED_PUNCTUATION, 0, 9, 11, "！");
  g_assert_false (fy_lint_finding_is_safe (fy_test_find_kind (findings, FY_LINT_KIND_DOUBLED_PUNCTUATION, 2)));
  /* ，。: which one is meant is not for a machine to decide. */
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_DOUBLED_PUNCTUATION, 3),
                  FY_LINT_KIND_DOUBLED_PUNCTUATION, 0, 16, 18, NULL);
  g_assert_cmpstr (fixed, ==, "我们，你们。好！！是吗？！对，。");

  /* A half-width comma next to a full-width one: one comma is left. */
  g_assert_cmpstr (mixed, ==, "我们，你们。");
}

static void
test_unpaired (void)
{
  g_autoptr(GPtrArray) findings = fy_test_lint_text ("推动“十四五规划落地，学习《条例，落实（一项工作。");
  g_autoptr(GPtrArray) closers = fy_test_lint_text ("内容）与规划”完成。");
  g_autoptr(GPtrArray) paired = fy_test_lint_text ("“十四五”规划、《中华人民共和国立法法》、【注】、（一）、‘二’，it’s fine。");
  g_autoptr(GPtrArray) crossed = fy_test_lint_text ("《关于“三农》工作”的意见。");
  /* A quotation that runs over a wrapped line is closed on the next. */
  g_autoptr(GPtrArray) wrapped = fy_test_lint_text ("入选“全省十大环保监\n督优秀案例”，推动落实。\n“下一段没有闭合。\n新的段落。");

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_UNPAIRED_MARK), ==, 3);
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_UNPAIRED_MARK, 0), FY_LINT_KIND_UNPAIRED_MARK, 0, 2, 3, NULL);
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_UNPAIRED_MARK, 1), FY_LINT_KIND_UNPAIRED_MARK, 0, 13, 14, NULL);
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_UNPAIRED_MARK, 2), FY_LINT_KIND_UNPAIRED_MARK, 0, 19, 20, NULL);

  g_assert_cmpuint (fy_test_count_kind (closers, FY_LINT_KIND_UNPAIRED_MARK), ==, 2);
  g_assert_cmpuint (fy_test_count_kind (paired, FY_LINT_KIND_UNPAIRED_MARK), ==, 0);
  /* 《“》: the quotation mark is left open inside the title marks. */
  g_assert_cmpuint (fy_test_count_kind (crossed, FY_LINT_KIND_UNPAIRED_MARK), ==, 2);
  g_assert_cmpuint (fy_test_count_kind (wrapped, FY_LINT_KIND_UNPAIRED_MARK), ==, 1);
  assert_finding (fy_test_find_kind (wrapped, FY_LINT_KIND_UNPAIRED_MARK, 0), FY_LINT_KIND_UNPAIRED_MARK, 2, 0, 1, NULL);
}

static void
test_title_marks (void)
{
  static const struct { const char *text; const char *name; } cases[] = {
    { "贯彻关于加强基层治理的实施意见精神。", "关于加强基层治理的实施意见" },
    { "深圳市物业管理条例已施行。", "深圳市物业管理条例" },
    { "学习《关于加强学习的意见》。", NULL },
    { "学习“关于加强学习的意见”。", NULL },
    { "本条例自公布之日起施行。", NULL },
    { "各县市区要制定条例。", NULL },
    { "关于这个问题，我谈三点。", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) findings = fy_test_lint_text (cases[i].text);
      FyLintFinding *finding = fy_test_find_kind (findings, FY_LINT_KIND_MISSING_TITLE_MARKS, 0);
      g_autofree char *fixed = fix_text (cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_MISSING_TITLE_MARKS), ==, cases[i].name ? 1 : 0);
      if (cases[i].name != NULL)
        {
          g_autofree char *fix = g_strconcat ("《", cases[i].name, "》", NULL);

          g_assert_cmpstr (fy_lint_finding_get_original (finding), ==, cases[i].name);
          g_assert_cmpstr (fy_lint_finding_get_fix (finding), ==, fix);
          g_assert_false (fy_lint_finding_is_safe (finding));
          g_assert_cmpint (fy_lint_finding_get_severity (finding), ==, FY_LINT_SEVERITY_INFO);
        }
      /* Never added on its own. */
      g_assert_cmpstr (fixed, ==, cases[i].text);
    }
}

/* The labelled set (tests/data/title-marks.txt): every name of a law or
 * document marked with 《》; the marks are taken out, and what lint
 * proposes is compared with them.  Recall ≥ 90 %, precision ≥ 98 %. */
static void
test_title_marks_labelled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "title-marks.txt", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint n_sentences = 0, n_expected = 0, n_proposed = 0, n_right = 0;
  double recall, precision;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_autoptr(GString) plain = g_string_new (NULL);
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) findings = NULL;
      const char *open = NULL;

      if (*lines[l] == '\0' || *lines[l] == '#')
        continue;
      n_sentences++;

      /* Names as "start:name", start in characters of the plain text. */
      for (const char *p = lines[l]; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c == 0x300A)
            open = p;
          else if (c == 0x300B && open != NULL)
            {
              g_autofree char *name = g_strndup (g_utf8_next_char (open), p - g_utf8_next_char (open));
              glong end = g_utf8_strlen (plain->str, -1);

              g_ptr_array_add (expected, g_strdup_printf ("%ld:%s", end - g_utf8_strlen (name, -1), name));
              open = NULL;
            }
          else
            g_string_append_unichar (plain, c);
        }

      n_expected += expected->len;
      findings = fy_test_lint_text (plain->str);
      for (guint i = 0; i < findings->len; i++)
        {
          FyLintFinding *finding = g_ptr_array_index (findings, i);
          g_autofree char *key = NULL;
          gboolean right = FALSE;

          if (g_strcmp0 (fy_lint_finding_get_kind (finding), FY_LINT_KIND_MISSING_TITLE_MARKS) != 0)
            continue;
          n_proposed++;
          key = g_strdup_printf ("%u:%s", fy_lint_finding_get_start (finding), fy_lint_finding_get_original (finding));
          for (guint e = 0; e < expected->len && !right; e++)
            right = strcmp (key, g_ptr_array_index (expected, e)) == 0;
          n_right += right;
          if (!right)
            g_test_message ("wrong: %s in %s", key, plain->str);
        }
    }

  recall = n_expected > 0 ? (double)n_right / n_expected : 0;
  precision = n_proposed > 0 ? (double)n_right / n_proposed : 0;
  g_printerr ("title marks: %u sentences, %u names, %u proposed, %u right: "
              "recall %.1f %%, precision %.1f %%\n",
              n_sentences, n_expected, n_proposed, n_right, 100 * recall, 100 * precision);

  g_assert_cmpuint (n_sentences, >=, 300);
  g_assert_cmpfloat (recall, >=, 0.90);
  g_assert_cmpfloat (precision, >=, 0.98);
}

static void
test_numbering (void)
{
  g_autoptr(GPtrArray) headings = fy_test_lint_text ("一、总体情况\n（一）基本做法\n（二）主要成效\n二、存在问题\n（二）原因\n四、下一步打算");
  g_autoptr(GPtrArray) leads = fy_test_lint_text ("一要加强学习。二要完善制度。四要狠抓落实。");
  g_autoptr(GPtrArray) inline_leads = fy_test_lint_text ("工作中，一是抓学习，二是抓制度，三是抓落实。新的一年，一是巩固，二是提升。");
  g_autoptr(GPtrArray) first = fy_test_lint_text ("第一，提高认识；第三，加强领导。");
  g_autoptr(GPtrArray) words = fy_test_lint_text ("统一是前提，第一次会议，之一是关键。");
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) doc_findings = NULL;
  static const char * const paragraphs[] = {
    "一要始终坚持党的领导。近年来，我们做了大量工作。",
    "二要围绕中心服务大局。",
    "四要充分发挥代表作用。",
  };

  g_assert_cmpuint (fy_test_count_kind (headings, FY_LINT_KIND_NUMBERING_SEQUENCE), ==, 2);
  assert_finding (fy_test_find_kind (headings, FY_LINT_KIND_NUMBERING_SEQUENCE, 0),
                  FY_LINT_KIND_NUMBERING_SEQUENCE, 4, 0, 3, NULL);
  assert_finding (fy_test_find_kind (headings, FY_LINT_KIND_NUMBERING_SEQUENCE, 1),
                  FY_LINT_KIND_NUMBERING_SEQUENCE, 5, 0, 2, NULL);
  g_assert_nonnull (strstr (fy_lint_finding_get_message (fy_test_find_kind (headings, FY_LINT_KIND_NUMBERING_SEQUENCE, 1)), "三、"));

  g_assert_cmpuint (fy_test_count_kind (leads, FY_LINT_KIND_NUMBERING_SEQUENCE), ==, 1);
  assert_finding (fy_test_find_kind (leads, FY_LINT_KIND_NUMBERING_SEQUENCE, 0),
                  FY_LINT_KIND_NUMBERING_SEQUENCE, 0, 14, 16, NULL);
  g_assert_nonnull (strstr (fy_lint_finding_get_message (fy_test_find_kind (leads, FY_LINT_KIND_NUMBERING_SEQUENCE, 0)), "三要"));

  g_assert_cmpuint (fy_test_count_kind (inline_leads, FY_LINT_KIND_NUMBERING_SEQUENCE), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (first, FY_LINT_KIND_NUMBERING_SEQUENCE), ==, 1);
  g_assert_cmpuint (fy_test_count_kind (words, FY_LINT_KIND_NUMBERING_SEQUENCE), ==, 0);

  /* Headings are numbered by the engine: a typed number is reported,
   * and the fix that removes it is only offered. */
  {
    g_autoptr(FyDocument) headed = fy_document_new ();
    g_autoptr(FyBlock) typed = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "二、 存在的问题");
    g_autoptr(FyBlock) plain = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "下一步打算");
    g_autoptr(GPtrArray) headed_findings = NULL;
    g_autofree char *after = NULL;

    fy_document_append_block (headed, typed);
    fy_document_append_block (headed, plain);
    headed_findings = fy_lint_document (lint, headed);
    g_assert_cmpuint (fy_test_count_kind (headed_findings, FY_LINT_KIND_TYPED_HEADING_NUMBER), ==, 1);
    assert_finding (fy_test_find_kind (headed_findings, FY_LINT_KIND_TYPED_HEADING_NUMBER, 0),
                    FY_LINT_KIND_TYPED_HEADING_NUMBER, 0, 0, 3, "");
    /* Only the space after the number is fixed on its own. */
    g_assert_cmpuint (fy_lint_fix_document (lint, headed), ==, 1);
    g_clear_pointer (&headed_findings, g_ptr_array_unref);
    headed_findings = fy_lint_document (lint, headed);
    g_assert_true (fy_lint_apply_fix (headed, fy_test_find_kind (headed_findings, FY_LINT_KIND_TYPED_HEADING_NUMBER, 0)));
    after = fy_block_dup_text (typed);
    g_assert_cmpstr (after, ==, "存在的问题");
  }

  /* A number the engine does not take for an ordinal would be printed
   * after the engine's; one it does is printed as written, alone. */
  {
    g_autoptr(FyDocument) doubled = fy_document_new ();
    g_autoptr(FyBlock) decimal = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "1.1 总体要求");
    g_autoptr(FyBlock) lead = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "二要完善制度");
    g_autoptr(GPtrArray) doubled_findings = NULL;
    FyLintFinding *finding;

    fy_document_append_block (doubled, decimal);
    fy_document_append_block (doubled, lead);
    doubled_findings = fy_lint_document (lint, doubled);
    g_assert_cmpuint (fy_test_count_kind (doubled_findings, FY_LINT_KIND_DOUBLE_HEADING_NUMBER), ==, 1);
    finding = fy_test_find_kind (doubled_findings, FY_LINT_KIND_DOUBLE_HEADING_NUMBER, 0);
    assert_finding (finding, FY_LINT_KIND_DOUBLE_HEADING_NUMBER, 0, 0, 4, "");
    g_assert_nonnull (strstr (fy_lint_finding_get_message (finding), "一、"));
    g_assert_nonnull (strstr (fy_lint_finding_get_message (finding), "1.1"));
    g_assert_cmpuint (fy_test_count_kind (doubled_findings, FY_LINT_KIND_TYPED_HEADING_NUMBER), ==, 0);

    /* As written, nothing is printed twice. */
    g_clear_pointer (&doubled_findings, g_ptr_array_unref);
    fy_document_set_numbering (doubled, FY_NUMBERING_AS_WRITTEN);
    doubled_findings = fy_lint_document (lint, doubled);
    g_assert_cmpuint (fy_test_count_kind (doubled_findings, FY_LINT_KIND_DOUBLE_HEADING_NUMBER), ==, 0);
  }

  /* Points across the paragraphs of a document. */
  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    {
      g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, paragraphs[i]);

      fy_document_append_block (document, block);
    }
  doc_findings = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (doc_findings, FY_LINT_KIND_NUMBERING_SEQUENCE), ==, 1);
  assert_finding (fy_test_find_kind (doc_findings, FY_LINT_KIND_NUMBERING_SEQUENCE, 0),
                  FY_LINT_KIND_NUMBERING_SEQUENCE, 2, 0, 2, NULL);
}

static void
test_end_punctuation (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) findings = NULL;
  FyLintFinding *finding;
  g_autofree char *text = NULL;
  static const struct { FyBlockRole role; const char *text; } blocks[] = {
    { FY_BLOCK_ROLE_TITLE, "在全市工作会议上的发言" },
    { FY_BLOCK_ROLE_HEADING, "加强学习" },
    { FY_BLOCK_ROLE_PARAGRAPH, "我们要加强学习" },
    { FY_BLOCK_ROLE_PARAGRAPH, "他说：“这项工作很重要。”" },
    { FY_BLOCK_ROLE_PARAGRAPH, "效果如何？" },
    { FY_BLOCK_ROLE_CLOSING, "谢谢大家！" },
    { FY_BLOCK_ROLE_CLOSING, "谢谢大家" },
    /* a notice's date typed as body text: no full stop */
    { FY_BLOCK_ROLE_PARAGRAPH, "2026年12月11日" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    {
      g_autoptr(FyBlock) block = fy_block_new_with_text (blocks[i].role, 1, blocks[i].text);

      fy_document_append_block (document, block);
    }

  findings = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_MISSING_END_PUNCTUATION), ==, 2);
  finding = fy_test_find_kind (findings, FY_LINT_KIND_MISSING_END_PUNCTUATION, 0);
  assert_finding (finding, FY_LINT_KIND_MISSING_END_PUNCTUATION, 2, 6, 7, "习。");
  g_assert_cmpint (fy_lint_finding_get_severity (finding), ==, FY_LINT_SEVERITY_INFO);
  /* Adding a full stop is offered, never applied on its own. */
  g_assert_false (fy_lint_finding_is_safe (finding));
  g_assert_cmpuint (fy_lint_fix_document (lint, document), ==, 0);

  g_assert_true (fy_lint_apply_fix (document, finding));
  text = fy_block_dup_text (fy_document_get_block (document, 2));
  g_assert_cmpstr (text, ==, "我们要加强学习。");
  /* The range no longer reads as it did: the stale fix is refused. */
  g_assert_false (fy_lint_apply_fix (document, finding));
}

static void
test_end_punctuation_text (void)
{
  /* Line 0 runs on into line 1; line 2 ends its paragraph without a
   * mark; line 4 is a heading and line 5 a title-like line. */
  g_autoptr(GPtrArray) findings =
    fy_test_lint_text ("我们严格执行重大事项请示报告制度，每年坚持\n向市委报告。\n要加强学习。同时提高本领\n\n一、总体情况\n关于加强学习的发言");

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_MISSING_END_PUNCTUATION), ==, 1);
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_MISSING_END_PUNCTUATION, 0),
                  FY_LINT_KIND_MISSING_END_PUNCTUATION, 2, 11, 12, "领。");
}

static void
test_fields (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                     "在{{会议名称}}上,{{发言人}}作了发言。");
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) unfilled = NULL;
  g_autoptr(GPtrArray) filled = NULL;
  g_autoptr(GPtrArray) unknown = NULL;
  g_autoptr(GPtrArray) text_findings = NULL;
  const char * const defined[] = { "会议名称", "日期", NULL };
  g_autofree char *after = NULL;

  fy_document_append_block (document, block);

  unfilled = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (unfilled, FY_LINT_KIND_FIELD_UNFILLED), ==, 2);
  g_assert_cmpuint (fy_test_count_kind (unfilled, FY_LINT_KIND_FIELD_UNKNOWN), ==, 0);
  /* The range covers the reference as the text writes it: {{会议名称}}. */
  assert_finding (fy_test_find_kind (unfilled, FY_LINT_KIND_FIELD_UNFILLED, 0), FY_LINT_KIND_FIELD_UNFILLED, 0, 1, 9, NULL);

  fy_document_set_field_value (document, "会议名称", "全市工作会议");
  fy_document_set_field_value (document, "发言人", "张三");
  filled = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (filled, FY_LINT_KIND_FIELD_UNFILLED), ==, 0);

  fy_lint_set_defined_fields (lint, defined);
  g_assert_true (g_strv_equal (fy_lint_get_defined_fields (lint), defined));
  unknown = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (unknown, FY_LINT_KIND_FIELD_UNKNOWN), ==, 1);
  g_assert_cmpint (fy_lint_finding_get_severity (fy_test_find_kind (unknown, FY_LINT_KIND_FIELD_UNKNOWN, 0)),
                   ==, FY_LINT_SEVERITY_ERROR);
  assert_finding (fy_test_find_kind (unknown, FY_LINT_KIND_FIELD_UNKNOWN, 0), FY_LINT_KIND_FIELD_UNKNOWN, 0, 11, 18, NULL);

  /* Fixing around references keeps them references. */
  g_assert_cmpuint (fy_lint_fix_document (lint, document), ==, 1);
  after = fy_block_dup_text (block);
  g_assert_cmpstr (after, ==, "在{{会议名称}}上，{{发言人}}作了发言。");
  g_assert_cmpuint (fy_block_get_n_runs (block), ==, 5);
  g_assert_cmpint (fy_block_get_run (block, 1)->kind, ==, FY_RUN_FIELD);
  g_assert_cmpint (fy_block_get_run (block, 3)->kind, ==, FY_RUN_FIELD);

  /* For an editor that shows fields as chips: ranges in runs. */
  {
    FyLintFinding *field_finding = fy_test_find_kind (unknown, FY_LINT_KIND_FIELD_UNKNOWN, 0);
    guint run = 99, offset = 99;

    fy_lint_locate_in_runs (block, fy_lint_finding_get_start (field_finding), &run, &offset);
    g_assert_cmpuint (run, ==, 3);
    g_assert_cmpuint (offset, ==, 0);
    fy_lint_locate_in_runs (block, fy_lint_finding_get_end (field_finding), &run, &offset);
    g_assert_cmpuint (run, ==, 4);
    g_assert_cmpuint (offset, ==, 0);
    fy_lint_locate_in_runs (block, 10, &run, &offset);
    g_assert_cmpuint (run, ==, 2);
    g_assert_cmpuint (offset, ==, 1);
    fy_lint_locate_in_runs (block, 5, &run, &offset);
    g_assert_cmpuint (run, ==, 1);
    g_assert_cmpuint (offset, ==, 0);
    fy_lint_locate_in_runs (block, 1000, &run, &offset);
    g_assert_cmpuint (run, ==, fy_block_get_n_runs (block));
  }

  /* In text, a reference has no value. */
  text_findings = fy_test_lint_text ("在{{会议名称}}上的发言。");
  g_assert_cmpuint (fy_test_count_kind (text_findings, FY_LINT_KIND_FIELD_UNFILLED), ==, 1);
}

static void
test_guidance (void)
{
  /* A template's guidance left in the text is unfilled too; the end of
   * a paragraph that is guidance needs no full stop yet. */
  g_autoptr(GPtrArray) findings = fy_test_lint_text ("近年来，（在此概述主要做法和成效）。下一步，我们将（在此写明打算）");
  g_autoptr(GPtrArray) brackets = fy_test_lint_text ("会议（在京）召开，（此处）从略。");

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_FIELD_UNFILLED), ==, 2);
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_FIELD_UNFILLED, 0), FY_LINT_KIND_FIELD_UNFILLED, 0, 4, 17, NULL);
  assert_finding (fy_test_find_kind (findings, FY_LINT_KIND_FIELD_UNFILLED, 1), FY_LINT_KIND_FIELD_UNFILLED, 0, 25, 33, NULL);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_MISSING_END_PUNCTUATION), ==, 0);
  g_assert_cmpuint (brackets->len, ==, 0);
}

static void
test_title (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "在全市工作会议上的发言");
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) short_findings = NULL;
  g_autoptr(GPtrArray) long_findings = NULL;
  g_autoptr(GString) long_title = g_string_new (NULL);

  fy_document_append_block (document, title);
  short_findings = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (short_findings, FY_LINT_KIND_TITLE_TOO_LONG), ==, 0);

  /* 61 characters need four lines of 20. */
  for (guint i = 0; i < 61; i++)
    g_string_append (long_title, "长");
  fy_block_set_text (title, long_title->str);
  long_findings = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (long_findings, FY_LINT_KIND_TITLE_TOO_LONG), ==, 1);
  assert_finding (fy_test_find_kind (long_findings, FY_LINT_KIND_TITLE_TOO_LONG, 0), FY_LINT_KIND_TITLE_TOO_LONG, 0, 0, 61, NULL);

  /* On a wider measure it fits. */
  g_assert_cmpuint (fy_lint_get_title_chars_per_line (lint), ==, 0);
  fy_lint_set_title_chars_per_line (lint, 21);
  g_clear_pointer (&long_findings, g_ptr_array_unref);
  long_findings = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (long_findings, FY_LINT_KIND_TITLE_TOO_LONG), ==, 0);

  /* The reading copy sets the title larger (一号): 17 to a line, so 52
   * characters take four lines there but three in GB/T 9704. */
  fy_lint_set_title_chars_per_line (lint, 0);
  g_string_truncate (long_title, strlen ("长") * 52);
  fy_block_set_text (title, long_title->str);
  g_clear_pointer (&long_findings, g_ptr_array_unref);
  long_findings = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (long_findings, FY_LINT_KIND_TITLE_TOO_LONG), ==, 0);
  fy_document_set_style_preset (document, "reading");
  g_clear_pointer (&long_findings, g_ptr_array_unref);
  long_findings = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (long_findings, FY_LINT_KIND_TITLE_TOO_LONG), ==, 1);
}

/* Asks fontconfig directly how many installed fonts have @c. */
static int
count_fonts_with (gunichar c)
{
  FcPattern *pattern = FcPatternCreate ();
  FcCharSet *charset = FcCharSetCreate ();
  FcObjectSet *objects = FcObjectSetBuild (FC_FAMILY, NULL);
  FcFontSet *set;
  int n;

  FcCharSetAddChar (charset, c);
  FcPatternAddCharSet (pattern, FC_CHARSET, charset);
  set = FcFontList (NULL, pattern, objects);
  n = set != NULL ? set->nfont : 0;

  if (set != NULL)
    FcFontSetDestroy (set);
  FcObjectSetDestroy (objects);
  FcCharSetDestroy (charset);
  FcPatternDestroy (pattern);

  return n;
}

static void
test_font_coverage (void)
{
  /* U+0378 is unassigned: no font can have it. */
  const gunichar missing = 0x0378;
  g_autoptr(FyLint) lint = fy_lint_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GString) text = g_string_new ("发言");
  FyLintFinding *finding;

  if (!fy_lint_font_coverage_available ())
    {
      g_test_skip ("fontconfig lists no fonts");
      return;
    }

  if (count_fonts_with (0x53D1) == 0)
    {
      g_test_skip ("no installed font has Chinese characters");
      return;
    }

  g_assert_cmpint (count_fonts_with (missing), ==, 0);
  g_assert_false (fy_lint_font_covers (missing));
  g_assert_cmpint (fy_lint_font_covers ('A'), ==, count_fonts_with ('A') > 0);
  g_assert_cmpint (fy_lint_font_covers (0x53D1), ==, count_fonts_with (0x53D1) > 0);

  g_string_append_unichar (text, missing);
  g_string_append (text, "稿。");
  g_assert_true (fy_lint_get_check_fonts (lint));
  findings = fy_lint_text (lint, text->str, -1);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_MISSING_GLYPH), ==, 1);
  finding = fy_test_find_kind (findings, FY_LINT_KIND_MISSING_GLYPH, 0);
  assert_finding (finding, FY_LINT_KIND_MISSING_GLYPH, 0, 2, 3, NULL);

  /* The check can be switched off. */
  fy_lint_set_check_fonts (lint, FALSE);
  skipped = fy_lint_text (lint, text->str, -1);
  g_assert_cmpuint (fy_test_count_kind (skipped, FY_LINT_KIND_MISSING_GLYPH), ==, 0);
}

static void
test_apply_document (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FyBlock) other = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "增长2.5个百分点,下午17:00开会。");
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) of_block = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *text = NULL;
  g_autofree char *other_text = NULL;
  guint changed = 0;

  fy_block_set_lead_and_text (block, "一要坚持党的领导,把方向.", "近年来 ,我们严格执行 制度!");
  fy_document_append_block (document, block);
  fy_document_append_block (document, other);

  findings = fy_lint_document (lint, document);
  of_block = fy_lint_findings_for_block (findings, 0);
  g_assert_cmpuint (of_block->len, >=, 5);
  for (guint i = 0; i < of_block->len; i++)
    g_assert_cmpuint (fy_lint_finding_get_block (g_ptr_array_index (of_block, i)), ==, 0);

  g_signal_connect (block, "changed", G_CALLBACK (fy_test_count_cb), &changed);
  g_assert_cmpuint (fy_lint_fix_document (lint, document), >=, 6);
  /* Each round announces one change of the block, not one per fix. */
  g_assert_cmpuint (changed, >=, 1);
  g_assert_cmpuint (changed, <=, 3);

  lead = fy_block_dup_lead (block);
  text = fy_block_dup_text (block);
  other_text = fy_block_dup_text (other);
  g_assert_cmpstr (lead, ==, "一要坚持党的领导，把方向。");
  g_assert_cmpstr (text, ==, "一要坚持党的领导，把方向。近年来，我们严格执行制度！");
  g_assert_cmpstr (other_text, ==, "增长2.5个百分点，下午17:00开会。");

  after = fy_lint_document (lint, document);
  g_assert_cmpuint (after->len, ==, 0);
}

/* Random text: whatever the input, ranges are sound, a fix keeps every
 * Han character in order, and fixing twice changes nothing more. */
static void
test_random (void)
{
  static const char * const pieces[] = {
    "我", "们", "的", "一", "二", "是", "要", "第", "在", "此", "，", "。", "、", "；", "：", "？", "！",
    ",", ".", ";", ":", "?", "!", "(", ")", "（", "）", "“", "”", "‘", "’", "《", "》", "【", "】",
    " ", "　", "\t", "-", "—", "…", "1", "2", "0", "A", "x", "V", "１", "Ａ", "{{x}}", "{{", "}}",
    "\n", "http://a.cn/", "a@b.cn", "\r\n", "·", "%", "\"", "e",
  };
  g_autoptr(FyLint) lint = fy_test_lint_new ();

  for (guint round = 0; round < 400; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *fixed = NULL;
      g_autofree char *again = NULL;
      g_autofree char *han_before = NULL;
      g_autofree char *han_after = NULL;
      g_auto(GStrv) lines = NULL;
      guint length = g_test_rand_int_range (0, 40);
      guint n_again = 0;

      for (guint i = 0; i < length; i++)
        g_string_append (text, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);

      findings = fy_lint_text (lint, text->str, -1);
      g_assert_nonnull (findings);
      lines = g_strsplit (text->str, "\n", -1);
      for (guint i = 0; i < findings->len; i++)
        {
          FyLintFinding *finding = g_ptr_array_index (findings, i);
          guint block = fy_lint_finding_get_block (finding);
          g_autofree char *line = NULL;
          const char *from, *to;

          g_assert_cmpuint (block, <, g_strv_length (lines));
          line = g_strdup (lines[block]);
          if (g_str_has_suffix (line, "\r"))
            line[strlen (line) - 1] = '\0';
          g_assert_cmpuint (fy_lint_finding_get_start (finding), <=, fy_lint_finding_get_end (finding));
          g_assert_cmpuint (fy_lint_finding_get_end (finding), <=, g_utf8_strlen (line, -1));
          from = g_utf8_offset_to_pointer (line, fy_lint_finding_get_start (finding));
          to = g_utf8_offset_to_pointer (line, fy_lint_finding_get_end (finding));
          g_assert_cmpint (strncmp (from, fy_lint_finding_get_original (finding), to - from), ==, 0);
          g_assert_cmpuint (strlen (fy_lint_finding_get_original (finding)), ==, to - from);
        }

      fixed = fy_lint_fix_text (lint, text->str, -1, NULL);
      g_assert_nonnull (fixed);
      han_before = fy_test_han_only (text->str);
      han_after = fy_test_han_only (fixed);
      g_assert_cmpstr (han_after, ==, han_before);

      again = fy_lint_fix_text (lint, fixed, -1, &n_again);
      if (n_again != 0)
        {
          g_autofree char *e1 = g_strescape (text->str, NULL);
          g_autofree char *e2 = g_strescape (fixed, NULL);
          g_autofree char *e3 = g_strescape (again, NULL);

          g_test_message ("input: %s\nfixed: %s\nagain: %s", e1, e2, e3);
        }
      g_assert_cmpuint (n_again, ==, 0);
    }
}

static void
test_ideographic_spaces (void)
{
  static const char * const kept[] = {
    "第一条　为了规范机关公文处理工作，根据有关规定，制定本办法。",
    "第三章　　监督检查",
    "第二节　工作职责",
    "第十二条　本条例自公布之日起施行。",
  };
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(GPtrArray) findings = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autoptr(GPtrArray) text_findings = fy_lint_text (lint, kept[i], -1);
      g_autofree char *fixed = fy_lint_fix_text (lint, kept[i], -1, NULL);

      g_test_message ("%s", kept[i]);
      g_assert_cmpuint (fy_test_count_kind (text_findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 0);
      g_assert_cmpstr (fixed, ==, kept[i]);
    }

  /* A signature line and a two-clause title keep theirs; a wrap space in
   * a paragraph is still found. */
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "织密基层服务网　答好民生幸福卷"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0,
                                                              "弘扬新时代“枫桥经验”　坚持和发展新时代“浦江经验”"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "我们坚持问题导向　推动工作落实。"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_SIGNATURE, 0, "XX市人民政府办公室　　　　"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_SIGNATURE, 0, "市人大常委会办公厅　秘书处"));
  findings = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 1);
  g_assert_cmpuint (fy_lint_finding_get_block (fy_test_find_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE, 0)), ==, 2);

  /* pasted: the first line is the title, a wrap space further down is not */
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = fy_lint_text (lint, "弘扬新时代“枫桥经验”　坚持和发展新时代“浦江经验”\n"
                                 "同志们：\n我们坚持问题导向　推动工作落实。\n", -1);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 1);
  g_assert_cmpuint (fy_lint_finding_get_block (fy_test_find_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE, 0)), ==, 2);
}

/* A space typed into a title or heading block between two clauses
 * (坚持以人民为中心 扎实推进……) is meant, as in pasted text: Fix all
 * makes it the ideographic space; before, it removed it and the two
 * clauses ran together.  In a paragraph it is still a wrap's. */
static void
test_typed_title_clauses (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(FyDocument) document = fy_document_new ();
  const char *expected[] = {
    "坚持以人民为中心　扎实推进新时代人大代表工作",
    "一、织密基层服务网　答好民生幸福卷",
    "我们坚持以人民为中心扎实推进各项工作。",
  };

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0,
                                                              "坚持以人民为中心 扎实推进新时代人大代表工作"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "一、织密基层服务网 答好民生幸福卷"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "我们坚持以人民为中心 扎实推进各项工作。"));
  g_assert_cmpuint (fy_lint_fix_document (lint, document), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = fy_block_dup_text (fy_document_get_block (document, i));

      g_assert_cmpstr (text, ==, expected[i]);
    }
}

static void
test_traditional (void)
{
  const char *mixed = "我们要推動高質量發展，为建设美丽家园作出新的更大贡献。";
  const char *traditional = "我們要推動高質量發展，為建設美麗家園作出新的更大貢獻。";
  g_autoptr(GPtrArray) findings = fy_test_lint_text (mixed);
  g_autoptr(GPtrArray) none = fy_test_lint_text (traditional);
  g_autofree char *fixed = fix_text (mixed);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autofree char *text = NULL;
  FyLintFinding *first;

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_TRADITIONAL_CHARACTER), ==, 3);
  first = fy_test_find_kind (findings, FY_LINT_KIND_TRADITIONAL_CHARACTER, 0);
  g_assert_cmpstr (fy_lint_finding_get_original (first), ==, "動");
  g_assert_cmpstr (fy_lint_finding_get_fix (first), ==, "动");
  g_assert_cmpstr (fy_lint_finding_get_fix (fy_test_find_kind (findings, FY_LINT_KIND_TRADITIONAL_CHARACTER, 2)), ==, "发");
  /* Reviewed, never automatic. */
  g_assert_false (fy_lint_finding_is_safe (first));
  g_assert_cmpstr (fixed, ==, mixed);
  g_assert_cmpuint (fy_test_count_kind (none, FY_LINT_KIND_TRADITIONAL_CHARACTER), ==, 0);

  /* Applied one by one on request. */
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, mixed));
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = fy_lint_document (lint, document);
  for (guint i = 0; i < findings->len; i++)
    if (g_strcmp0 (fy_lint_finding_get_kind (g_ptr_array_index (findings, i)), FY_LINT_KIND_TRADITIONAL_CHARACTER) == 0)
      {
        g_autoptr(GPtrArray) fresh = fy_lint_document (lint, document);

        g_assert_true (fy_lint_apply_fix (document, fy_test_find_kind (fresh, FY_LINT_KIND_TRADITIONAL_CHARACTER, 0)));
      }
  text = fy_block_dup_text (fy_document_get_block (document, 0));
  g_assert_cmpstr (text, ==, "我们要推动高质量发展，为建设美丽家园作出新的更大贡献。");
}

/* 显著, 著力, 慰藉, 瞭望 are simplified text (著 is no traditional 着 there),
 * and so is u1's 与生俱来 (俱 is no 具): nothing to report; beside 顯 the
 * same 著 is reviewed with it. */
static void
test_traditional_also_simplified (void)
{
  g_autoptr(GPtrArray) simplified =
    fy_test_lint_text ("在物业服务区域内显著位置公示收费标准，著力解决群众反映的问题，设置瞭望塔。"
                       "党性不是与生俱来的。");
  g_autoptr(GPtrArray) mixed = fy_test_lint_text ("在物业服务区域内顯著位置公示收费标准。");

  g_assert_cmpuint (fy_test_count_kind (simplified, FY_LINT_KIND_TRADITIONAL_CHARACTER), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (mixed, FY_LINT_KIND_TRADITIONAL_CHARACTER), ==, 2);
  g_assert_cmpstr (fy_lint_finding_get_original (fy_test_find_kind (mixed, FY_LINT_KIND_TRADITIONAL_CHARACTER, 1)), ==, "著");
}

/* Miswritten set phrases, each with its right form offered, never
 * applied by "Fix all"; the words that hold the same characters rightly
 * (自己经常, 目的的, 的的确确, 支付主任, 公布署名, 报名截止11月, 截止日期)
 * are left alone. */
static void
test_typos (void)
{
  const char *wrong = "截止2026年10月底，全县已经完成任务，付主任要求大家再接再励，"
                      "各单位己经按步就班地布署了下一步工作，把好的的经验推广开。";
  const char *right = "他自己经常下乡调研，这是实现目的的手段，的的确确见到了实效。"
                      "财政支付主任科员的补贴，公布署名文章，报名截止11月30日，截止日期为本月底；"
                      "各单位要一如既往，既使企业受益，又使群众满意。";
  g_autoptr(GPtrArray) findings = fy_test_lint_text (wrong);
  g_autoptr(GPtrArray) none = fy_test_lint_text (right);
  g_autofree char *fixed = fix_text (wrong);
  const char *expected[][2] = {
    { "截止", "截至" }, { "付主任", "副主任" }, { "再接再励", "再接再厉" }, { "己经", "已经" },
    { "按步就班", "按部就班" }, { "布署", "部署" }, { "的的", "的" },
  };

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_TYPO), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      FyLintFinding *finding = fy_test_find_kind (findings, FY_LINT_KIND_TYPO, i);

      g_assert_cmpstr (fy_lint_finding_get_original (finding), ==, expected[i][0]);
      g_assert_cmpstr (fy_lint_finding_get_fix (finding), ==, expected[i][1]);
      g_assert_false (fy_lint_finding_is_safe (finding));
    }
  /* reviewed, never automatic */
  g_assert_cmpstr (fixed, ==, wrong);
  for (guint i = 0; i < none->len; i++)
    g_test_message ("%s", fy_lint_finding_get_message (g_ptr_array_index (none, i)));
  g_assert_cmpuint (fy_test_count_kind (none, FY_LINT_KIND_TYPO), ==, 0);
}

/* Emoji pasted from a chat: each sequence is one finding (a skin tone, a
 * variation selector, a ZWJ family, a flag's two letters) and Fix all
 * removes it; a keycap keeps its digit.  Symbols printed as text (© ★ ☎)
 * stay, and 👍, which no installed font may have, is no missing-glyph
 * finding too. */
static void
test_emoji (void)
{
  const char *text = "会议开得很成功😀，大家辛苦了👍🏻。❤️感谢各位，1️⃣抓落实，🇨🇳加油👨‍👩‍👧！"
                     "©2026，★重点，☎电话。";
  g_autoptr(GPtrArray) findings = fy_test_lint_text (text);
  g_autofree char *fixed = fix_text (text);
  const char *expected[][2] = {
    { "😀", "" }, { "👍🏻", "" }, { "❤️", "" }, { "1️⃣", "1" }, { "🇨🇳", "" }, { "👨‍👩‍👧", "" },
  };

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_EMOJI), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      FyLintFinding *finding = fy_test_find_kind (findings, FY_LINT_KIND_EMOJI, i);

      g_assert_cmpstr (fy_lint_finding_get_original (finding), ==, expected[i][0]);
      g_assert_cmpstr (fy_lint_finding_get_fix (finding), ==, expected[i][1]);
      g_assert_true (fy_lint_finding_is_safe (finding));
    }
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_MISSING_GLYPH), ==, 0);
  g_assert_cmpstr (fixed, ==, "会议开得很成功，大家辛苦了。感谢各位，1抓落实，加油！©2026，★重点，☎电话。");
}

/* A space grouping a number's digits (5G基站9 862个, 12 607家次) is no
 * wrap: the message says so, and the fix still removes it; a space
 * that cuts a number elsewhere (企业26 00家) is a wrap. */
static void
test_digit_group_space (void)
{
  g_autoptr(GPtrArray) findings = fy_test_lint_text ("全市建成5G基站9 862个，排查企业12 607家次，其中企业26 00家。");
  g_autofree char *fixed = fix_text ("全市建成5G基站9 862个，排查企业12 607家次，其中企业26 00家。");

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 3);
  g_assert_nonnull (strstr (fy_lint_finding_get_message (fy_test_find_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE, 0)), "groups"));
  g_assert_nonnull (strstr (fy_lint_finding_get_message (fy_test_find_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE, 1)), "groups"));
  g_assert_nonnull (strstr (fy_lint_finding_get_message (fy_test_find_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE, 2)), "wrapped"));
  g_assert_cmpstr (fixed, ==, "全市建成5G基站9862个，排查企业12607家次，其中企业2600家。");
}

/* A finding in context: its own sentence, cut around it when long. */
static void
test_finding_sentence (void)
{
  g_autoptr(GPtrArray) findings = fy_test_lint_text ("今年以来，全镇上下齐心协力。我们坚持问题导向,推动矛盾纠纷就地化解。");
  FyLintFinding *finding = fy_test_find_kind (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, 0);
  g_autofree char *sentence = NULL;
  g_autofree char *cut = NULL;
  guint start = 0, end = 0;

  g_assert_nonnull (finding);
  sentence = fy_lint_finding_dup_sentence (finding, 44, &start, &end);
  g_assert_cmpstr (sentence, ==, "我们坚持问题导向,推动矛盾纠纷就地化解。");
  g_assert_cmpuint (start, ==, 8);
  g_assert_cmpuint (end, ==, 9);

  cut = fy_lint_finding_dup_sentence (finding, 9, &start, &end);
  g_assert_cmpstr (cut, ==, "…题导向,推动矛盾纠…");
  g_assert_cmpuint (start, ==, 4);
  g_assert_cmpuint (end, ==, 5);
}

/* Table cells are proofread one by one: marks, spaces and widths, each
 * finding pointing at its cell in the table's text; not end punctuation
 * (a cell is no sentence), and the fixes keep the table's cells. */
static void
test_table_cells (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document =
    fy_import_markdown ("# 标题\n\n| 指标 | 说明 |\n|---|---|\n"
                        "| 产值 | 增长较快,达到5%... |\n| 1,200 | 共 1200 个（见附件 |\n", -1, &error);
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fixed = NULL;
  FyLintFinding *finding;
  FyBlock *table;

  g_assert_no_error (error);
  table = fy_document_get_block (document, 1);
  g_assert_cmpint (fy_block_get_role (table), ==, FY_BLOCK_ROLE_TABLE);
  text = fy_block_dup_text (table);
  findings = fy_lint_document (lint, document);

  finding = fy_test_find_kind (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, 0);
  g_assert_nonnull (finding);
  g_assert_cmpuint (fy_lint_finding_get_block (finding), ==, 1);
  g_assert_cmpuint (fy_lint_finding_get_start (finding), ==, g_utf8_pointer_to_offset (text, strstr (text, ",达")));
  g_assert_nonnull (fy_test_find_kind (findings, FY_LINT_KIND_ELLIPSIS, 0));
  finding = fy_test_find_kind (findings, FY_LINT_KIND_UNPAIRED_MARK, 0);
  g_assert_nonnull (finding);
  g_assert_cmpuint (fy_lint_finding_get_start (finding), ==, g_utf8_pointer_to_offset (text, strstr (text, "（")));
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 2);
  /* no finding on the figure 1,200, the tabs or the newlines */
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_MISSING_END_PUNCTUATION), ==, 0);
  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *range = g_utf8_substring (text, fy_lint_finding_get_start (f), fy_lint_finding_get_end (f));

      g_assert_null (strpbrk (range, "\t\n"));
      g_assert_null (strstr (range, "1,200"));
    }

  fy_lint_fix_document (lint, document);
  fixed = fy_block_dup_text (fy_document_get_block (document, 1));
  g_assert_cmpstr (fixed, ==, "指标\t说明\n产值\t增长较快，达到5%……\n1,200\t共1200个（见附件");
}

/* A report's part, "第一部分　工作取得的主要成效", keeps the ideographic
 * space after its number as 第一章　does: no finding, nothing fixed;
 * 部分 inside a sentence is no part number. */
static void
test_part_number_space (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  const char *text = "审议意见\n第一部分　工作取得的主要成效\n正文。\n第二部分　存在的主要问题\n"
                     "大部分　工作已完成。\n";
  g_autoptr(GPtrArray) findings = fy_lint_text (lint, text, -1);
  g_autofree char *fixed = NULL;
  guint n_fixed = 0;

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 1);
  g_assert_cmpuint (fy_lint_finding_get_block (fy_test_find_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE, 0)), ==, 4);
  fixed = fy_lint_fix_text (lint, text, -1, &n_fixed);
  g_assert_cmpstr (fixed, ==, "审议意见\n第一部分　工作取得的主要成效\n正文。\n第二部分　存在的主要问题\n"
                              "大部分工作已完成。\n");
}

/* A body paragraph that opens as an attachment note (typed, or set as
 * body by hand) is flagged, and not also for its missing full stop; the
 * note itself and 附件 inside a sentence are not. */
static void
test_attachment_as_body (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(GPtrArray) findings = NULL;
  FyLintFinding *finding;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "请认真组织自查。"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "附件：1．档案安全自查表"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "附件2　库房设施登记表"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "附件中的数据以统计局公布的为准。"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_ATTACHMENT, 0, "附件：1．档案安全自查表\n2．名单"));
  findings = fy_lint_document (lint, document);

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_ATTACHMENT_AS_BODY), ==, 2);
  finding = fy_test_find_kind (findings, FY_LINT_KIND_ATTACHMENT_AS_BODY, 0);
  g_assert_cmpuint (fy_lint_finding_get_block (finding), ==, 1);
  g_assert_cmpint (fy_lint_finding_get_severity (finding), ==, FY_LINT_SEVERITY_WARNING);
  g_assert_nonnull (strstr (fy_lint_finding_get_message (finding), "attachment note"));
  g_assert_cmpuint (fy_lint_finding_get_block (fy_test_find_kind (findings, FY_LINT_KIND_ATTACHMENT_AS_BODY, 1)), ==, 2);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_MISSING_END_PUNCTUATION), ==, 0);
  g_assert_cmpstr (fy_lint_kind_get_label (FY_LINT_KIND_ATTACHMENT_AS_BODY), !=, FY_LINT_KIND_ATTACHMENT_AS_BODY);
}

/*
 * Session 20's sweep: a 表彰决定's rows of names and organs, set in
 * columns with ideographic spaces (王建军　　李　芳（女）　　张德明), and a
 * speech's task lines (责任领导：王　勇, 牵头单位：……, 完成时限：……) are no
 * sentences: no end punctuation is asked of them, and their spaces are
 * meant.  Fix all glued the rows into 王建军李芳（女）张德明 before.  A
 * sentence that ends without a mark is still reported.
 */
static void
test_name_rows_and_task_lines (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(GPtrArray) findings = NULL;
  static const char * const paragraphs[] = {
    "王建军　　李　芳（女）　　张德明　　刘　洋　　陈晓东",
    "城关镇人民政府　　　　　　乔庄镇人民政府",
    "责任领导：王　勇",
    "牵头单位：县财政局、县工业和信息化局",
    "完成时限：2026年12月31日",
    "各责任领导要亲自抓、负总责",
  };
  g_autofree char *row = NULL;
  g_autofree char *leader = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    {
      g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 1, paragraphs[i]);

      fy_document_append_block (document, block);
    }

  findings = fy_lint_document (lint, document);
  for (guint i = 0; i < findings->len; i++)
    g_test_message ("%u: %s", fy_lint_finding_get_block (g_ptr_array_index (findings, i)),
                    fy_lint_finding_get_message (g_ptr_array_index (findings, i)));
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_MISSING_END_PUNCTUATION), ==, 1);
  g_assert_cmpuint (fy_lint_finding_get_block (fy_test_find_kind (findings, FY_LINT_KIND_MISSING_END_PUNCTUATION, 0)),
                    ==, 5);

  g_assert_cmpuint (fy_lint_fix_document (lint, document), ==, 0);
  row = fy_block_dup_text (fy_document_get_block (document, 0));
  leader = fy_block_dup_text (fy_document_get_block (document, 2));
  g_assert_cmpstr (row, ==, paragraphs[0]);
  g_assert_cmpstr (leader, ==, paragraphs[2]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/lint/half-width/marks", test_half_width_marks);
  g_test_add_func ("/core/lint/half-width/exceptions", test_half_width_exceptions);
  g_test_add_func ("/core/lint/spaces", test_spaces);
  g_test_add_func ("/core/lint/name-line-spaces", test_name_line_spaces);
  g_test_add_func ("/core/lint/quoted-examples", test_quoted_examples);
  g_test_add_func ("/core/lint/web-indents", test_web_indents);
  g_test_add_func ("/core/lint/spaces/ideographic", test_ideographic_spaces);
  g_test_add_func ("/core/lint/spaces/typed-title-clauses", test_typed_title_clauses);
  g_test_add_func ("/core/lint/finding-sentence", test_finding_sentence);
  g_test_add_func ("/core/lint/traditional", test_traditional);
  g_test_add_func ("/core/lint/traditional-also-simplified", test_traditional_also_simplified);
  g_test_add_func ("/core/lint/full-width-alphanumeric", test_full_width_alphanumeric);
  g_test_add_func ("/core/lint/ellipsis", test_ellipsis);
  g_test_add_func ("/core/lint/dash", test_dash);
  g_test_add_func ("/core/lint/doubled", test_doubled);
  g_test_add_func ("/core/lint/unpaired", test_unpaired);
  g_test_add_func ("/core/lint/numbering", test_numbering);
  g_test_add_func ("/core/lint/title-marks", test_title_marks);
  g_test_add_func ("/core/lint/title-marks/labelled", test_title_marks_labelled);
  g_test_add_func ("/core/lint/end-punctuation/document", test_end_punctuation);
  g_test_add_func ("/core/lint/end-punctuation/text", test_end_punctuation_text);
  g_test_add_func ("/core/lint/fields", test_fields);
  g_test_add_func ("/core/lint/guidance", test_guidance);
  g_test_add_func ("/core/lint/title", test_title);
  g_test_add_func ("/core/lint/font-coverage", test_font_coverage);
  g_test_add_func ("/core/lint/apply/document", test_apply_document);
  g_test_add_func ("/core/lint/random", test_random);
  g_test_add_func ("/core/lint/table-cells", test_table_cells);
  g_test_add_func ("/core/lint/part-number-space", test_part_number_space);
  g_test_add_func ("/core/lint/attachment-as-body", test_attachment_as_body);
  g_test_add_func ("/core/lint/typos", test_typos);
  g_test_add_func ("/core/lint/emoji", test_emoji);
  g_test_add_func ("/core/lint/digit-group-space", test_digit_group_space);
  g_test_add_func ("/core/lint/name-rows-and-task-lines", test_name_rows_and_task_lines);

  return g_test_run ();
}

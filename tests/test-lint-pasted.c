/* test-lint-pasted.c — FyLint on pasted text: the seed speech, web pages, WPS
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

/* The real pasted speech (tests/data/corpus/seed-speech.raw.txt) */

static gboolean
is_han_char (gunichar c)
{
  return c >= 0x3400 && g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;
}

typedef struct
{
  guint line;
  guint column;
} Position;

/* Independent count: every "," or "!" in the raw bytes with a Han
 * character next to it (spaces skipped), and every space run with Han
 * characters on both sides, as (line, column in characters). */
static void
count_corpus_marks (const char *text,
                    GArray     *commas,
                    GArray     *exclamations,
                    GArray     *wrap_spaces)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  /* Line 0 is the sharing site's header: it is boilerplate, and goes as a
   * whole (see test_corpus_web). */
  for (guint l = 1; lines[l] != NULL; l++)
    {
      glong n = 0;
      g_autofree gunichar *chars = g_utf8_to_ucs4_fast (lines[l], -1, &n);

      for (glong i = 0; i < n; i++)
        {
          Position position = { l, i };
          glong a = i - 1, b = i + 1;

          if (chars[i] == ' ')
            {
              glong j = i;

              while (j < n && chars[j] == ' ')
                j++;
              if (i > 0 && j < n && is_han_char (chars[i - 1]) && is_han_char (chars[j]))
                g_array_append_val (wrap_spaces, position);
              i = j - 1;
              continue;
            }

          if (chars[i] != ',' && chars[i] != '!')
            continue;

          while (a >= 0 && chars[a] == ' ')
            a--;
          while (b < n && chars[b] == ' ')
            b++;
          if ((a >= 0 && is_han_char (chars[a])) || (b < n && is_han_char (chars[b])))
            g_array_append_val (chars[i] == ',' ? commas : exclamations, position);
        }
    }
}

static gboolean
has_finding_at (GPtrArray  *findings,
                const char *kind,
                Position   *position)
{
  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);

      if (g_strcmp0 (fy_lint_finding_get_kind (finding), kind) == 0 &&
          fy_lint_finding_get_block (finding) == position->line &&
          fy_lint_finding_get_start (finding) == position->column)
        return TRUE;
    }

  return FALSE;
}

/* How many half-width marks @mark the findings flag. */
static guint
count_half_width (GPtrArray  *findings,
                  const char *mark)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);

      n += g_strcmp0 (fy_lint_finding_get_kind (finding), FY_LINT_KIND_HALF_WIDTH_PUNCTUATION) == 0 &&
           g_strcmp0 (fy_lint_finding_get_original (finding), mark) == 0;
    }
  return n;
}

static void
test_corpus_text (void)
{
  g_autofree char *raw = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *han_before = NULL;
  g_autofree char *han_after = NULL;
  g_autoptr(GArray) commas = g_array_new (FALSE, FALSE, sizeof (Position));
  g_autoptr(GArray) exclamations = g_array_new (FALSE, FALSE, sizeof (Position));
  g_autoptr(GArray) wrap_spaces = g_array_new (FALSE, FALSE, sizeof (Position));
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  guint raw_commas = 0;
  guint n_fixed = 0;
  gsize length = 0;

  raw = fy_test_read_corpus ("seed-speech.raw.txt", &length);

  for (gsize i = 0; i < length; i++)
    raw_commas += raw[i] == ',';
  count_corpus_marks (raw, commas, exclamations, wrap_spaces);

  /* The corpus README's figures, counted here from the bytes: every
   * half-width comma of this text stands in Chinese context. */
  g_assert_cmpuint (raw_commas, ==, 77);
  g_assert_cmpuint (commas->len, ==, 75);
  g_assert_cmpuint (exclamations->len, ==, 1);
  g_assert_cmpuint (wrap_spaces->len, >, 50);

  findings = fy_lint_text (lint, raw, length);
  g_assert_nonnull (findings);

  for (guint i = 0; i < commas->len; i++)
    g_assert_true (has_finding_at (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, &g_array_index (commas, Position, i)));
  for (guint i = 0; i < exclamations->len; i++)
    g_assert_true (has_finding_at (findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, &g_array_index (exclamations, Position, i)));
  for (guint i = 0; i < wrap_spaces->len; i++)
    g_assert_true (has_finding_at (findings, FY_LINT_KIND_SPACE_IN_CHINESE, &g_array_index (wrap_spaces, Position, i)));

  g_assert_cmpuint (count_half_width (findings, ","), ==, 75);
  g_assert_cmpuint (count_half_width (findings, "!"), ==, 1);

  /* The corpus README: the 《》 around the names of regulations were lost. */
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_MISSING_TITLE_MARKS), ==, 4);
  g_assert_cmpstr (fy_lint_finding_get_original (fy_test_find_kind (findings, FY_LINT_KIND_MISSING_TITLE_MARKS, 1)),
                   ==, "XX市城乡基层网格化服务管理条例");

  /* Fixed once, nothing of those kinds is left, and the Han text is the
   * same, character for character. */
  fixed = fy_lint_fix_text (lint, raw, length, &n_fixed);
  g_assert_cmpuint (n_fixed, >=, 76 + wrap_spaces->len);
  again = fy_lint_text (lint, fixed, -1);
  g_assert_cmpuint (fy_test_count_kind (again, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (again, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (again, FY_LINT_KIND_DOUBLED_PUNCTUATION), ==, 0);
  g_assert_null (strchr (fixed, ','));
  g_assert_null (strchr (fixed, '!'));

  /* Every Han character of the speech is kept; only the header line
   * goes, and the page markers' lines are joined to the lines they cut. */
  han_before = fy_test_han_only (strchr (raw, '\n') + 1);
  han_after = fy_test_han_only (fixed);
  g_assert_cmpuint (strlen (han_before), >, 1000);
  g_assert_cmpstr (han_after, ==, han_before);
  g_assert_nonnull (strstr (fixed, "汇报党组工作开展情况"));
  g_assert_null (strchr (fixed, '\n'));
  g_assert_true (g_str_has_prefix (fixed, "在全国省市人大常委会负责同志学习班上的交流发言这次"));
}

static void
test_corpus_document (void)
{
  g_autofree char *raw = NULL;
  g_autofree char *han_before = NULL;
  g_autoptr(GString) han_after = g_string_new (NULL);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GError) error = NULL;
  guint doc_commas = 0;
  gsize length = 0;

  raw = fy_test_read_corpus ("seed-speech.raw.txt", &length);
  document = fy_import_plain_text (raw, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  /* Count the commas the import kept, from the blocks' text. */
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = fy_block_dup_text (fy_document_get_block (document, i));

      for (const char *p = text; *p; p++)
        doc_commas += *p == ',';
    }
  g_assert_cmpuint (doc_commas, ==, 75);

  findings = fy_lint_document (lint, document);
  g_assert_cmpuint (count_half_width (findings, ","), ==, 75);
  g_assert_cmpuint (count_half_width (findings, "!"), ==, 1);

  g_assert_cmpuint (fy_lint_fix_document (lint, document), >=, 76);
  again = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (again, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (again, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 0);

  han_before = fy_test_han_only (strchr (raw, '\n') + 1);
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = fy_block_dup_text (fy_document_get_block (document, i));
      g_autofree char *han = fy_test_han_only (text);

      g_string_append (han_after, han);
    }
  g_assert_cmpstr (han_after->str, ==, han_before);
}

/* Web leftovers */

static void
test_corpus_web (void)
{
  g_autofree char *raw = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  guint n_markers = 0;

  raw = fy_test_read_corpus ("seed-speech.raw.txt", &length);
  findings = fy_lint_text (lint, raw, length);

  /* The header line is one finding; its fix removes the line. */
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_WEB_BOILERPLATE), ==, 1);
  g_assert_cmpuint (fy_lint_finding_get_block (fy_test_find_kind (findings, FY_LINT_KIND_WEB_BOILERPLATE, 0)), ==, 0);
  g_assert_true (fy_lint_finding_is_safe (fy_test_find_kind (findings, FY_LINT_KIND_WEB_BOILERPLATE, 0)));

  /* All seven page markers, 1、 to 7、, each opening line 1 to 7. */
  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *expected = NULL;

      if (g_strcmp0 (fy_lint_finding_get_kind (finding), FY_LINT_KIND_PAGE_CHUNK_MARKER) != 0)
        continue;
      n_markers++;
      expected = g_strdup_printf ("%u、", n_markers);
      g_assert_cmpstr (fy_lint_finding_get_original (finding), ==, expected);
      g_assert_cmpuint (fy_lint_finding_get_block (finding), ==, n_markers);
      g_assert_cmpuint (fy_lint_finding_get_start (finding), ==, 0);
      g_assert_true (fy_lint_finding_is_safe (finding));
    }
  g_assert_cmpuint (n_markers, ==, 7);

  /* The same as a document of one paragraph per line (no import
   * cleaning): fixing joins the cut paragraphs, never closes them. */
  document = fy_document_new ();
  {
    g_auto(GStrv) lines = g_strsplit (raw, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, lines[i]));
  }
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 8);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_PAGE_CHUNK_MARKER), ==, 7);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_WEB_BOILERPLATE), ==, 1);
  fy_lint_fix_document (lint, document);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 1);
  {
    g_autofree char *text = fy_block_dup_text (fy_document_get_block (document, 0));

    g_assert_nonnull (strstr (text, "汇报党组工作开展情况"));
    g_assert_nonnull (strstr (text, "已有460家企业落地入园"));
    g_assert_null (strstr (text, "党组工。"));
    g_assert_null (strstr (text, "2、"));
  }
}

static void
test_web_leftovers (void)
{
  static const char * const boilerplate[] = {
    "来源：XX市人民政府网　　发布时间：2024-03-05 09:30　　浏览次数：1 235",
    "【字体：大 中 小】【打印本页】【关闭窗口】",
    "字号 大 中 小 打印本页 关闭窗口",
    "分享到：微信 微博 QQ空间",
    "扫一扫在手机打开当前页",
    "上一篇：关于开展春季植树活动的通知 下一篇：没有了",
    "版权所有：XX市人民政府办公室 ICP备05012345号",
    "责任编辑：李明",
    "点击上方蓝字关注我们",
    "长按识别二维码，关注公众号",
    "阅读原文",
  };
  static const char * const text_lines[] = {
    "来源于群众的意见建议，我们逐条研究办理。",
    "群众扫一扫二维码就能反映问题。",
    "资金来源：市级财政和社会资本共同承担，按季度拨付到位",
    "我们要把上一篇文章做完，再谋划下一步。",
    "作者与读者之间的距离越来越近。",
    "本办法自发布之日起施行。",
  };
  g_autoptr(FyLint) lint = fy_test_lint_new ();

  for (guint i = 0; i < G_N_ELEMENTS (boilerplate); i++)
    {
      g_autoptr(GPtrArray) findings = fy_lint_text (lint, boilerplate[i], -1);
      g_autofree char *fixed = NULL;
      g_autofree char *text = g_strconcat ("第一段。\n", boilerplate[i], "\n第二段。\n", NULL);

      g_test_message ("boilerplate: %s", boilerplate[i]);
      g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_WEB_BOILERPLATE), ==, 1);
      g_assert_cmpuint (findings->len, ==, 1);
      fixed = fy_lint_fix_text (lint, text, -1, NULL);
      g_assert_cmpstr (fixed, ==, "第一段。\n第二段。\n");
    }
  for (guint i = 0; i < G_N_ELEMENTS (text_lines); i++)
    {
      g_autoptr(GPtrArray) findings = fy_lint_text (lint, text_lines[i], -1);

      g_test_message ("text: %s", text_lines[i]);
      g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_WEB_BOILERPLATE), ==, 0);
    }

  /* A marker in running text: between Han characters, in sequence. */
  {
    const char *text = "我们认真研究制定了工作方案，明确了责任分工和时间节点，确保各项任务落到实2、处，取得实效。"
                       "同时加强督促检查，定期通报进展情况，推动工作3、落地见效。";
    g_autoptr(GPtrArray) findings = fy_lint_text (lint, text, -1);
    g_autofree char *fixed = fy_lint_fix_text (lint, text, -1, NULL);

    g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_PAGE_CHUNK_MARKER), ==, 2);
    g_assert_nonnull (strstr (fixed, "落到实处"));
    g_assert_nonnull (strstr (fixed, "推动工作落地见效"));
  }

  /* Lists keep their numbers: after a sentence, after "1、", before a
   * digit, after a counter (表2、), short items. */
  {
    static const char * const lists[] = {
      "主要做法有以下几点。\n1、加强组织领导，压实工作责任。\n2、完善制度机制，形成长效管理。",
      "一是抓好1、2、3号楼改造；二是推进道路建设。",
      "详见表2、表3和附件材料。",
      "重点任务包括：1、学习培训2、调查研究3、督促检查",
      "工作要点\n2、完善制度机制",
    };

    for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
      {
        g_autoptr(GPtrArray) findings = fy_lint_text (lint, lists[i], -1);

        g_test_message ("list: %s", lists[i]);
        g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_PAGE_CHUNK_MARKER), ==, 0);
      }
  }
}

/* Lines documents hold too are no boilerplate where nothing else in the
 * text is (new user, session 17: lint --fix deleted a 培训班 notice's
 * 主办单位： lines and its headings on 信息来源, 访问量 and 分享到 as
 * "safe"): --fix keeps them, as the importer does.  In a web page's copy
 * such a line beside the furniture goes with it; one inside the text is a
 * finding with no safe fix. */
static void
test_web_doubtful (void)
{
  static const char * const doubtful[] = {
    "作者：王小红", "校对：李晓燕", "主办单位：县政协办公室", "来源：县政协办公室",
  };
  static const char * const notice_lines[] = {
    "主办单位：县政协办公室", "承办单位：县委党校", "技术支持：县融媒体中心", "（一）拓宽社情民意信息来源",
    "（二）提升政务网站访问量", "（三）把履职经验分享到基层", "编辑：张文华　　校对：李晓燕",
  };
  const char *notice = "关于举办培训班的通知\n\n一、时间和地点\n主办单位：县政协办公室\n承办单位：县委党校\n"
                       "技术支持：县融媒体中心\n\n二、培训内容\n（一）拓宽社情民意信息来源\n（二）提升政务网站访问量\n"
                       "（三）把履职经验分享到基层\n\n报：县委办公室\n编辑：张文华　　校对：李晓燕\n";
  g_autoptr(FyLint) lint = fy_test_lint_new ();

  {
    g_autoptr(GPtrArray) findings = fy_lint_text (lint, notice, -1);
    g_autofree char *fixed = fy_lint_fix_text (lint, notice, -1, NULL);

    g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_WEB_BOILERPLATE), ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (notice_lines); i++)
      g_assert_nonnull (strstr (fixed, notice_lines[i]));
  }

  for (guint i = 0; i < G_N_ELEMENTS (doubtful); i++)
    {
      g_autofree char *alone = g_strconcat ("第一段。\n", doubtful[i], "\n第二段。\n", NULL);
      g_autofree char *inside = g_strconcat (alone, "\n【打印本页】【关闭窗口】\n", NULL);
      g_autofree char *beside = g_strconcat ("第一段。\n第二段。\n\n", doubtful[i], "\n【打印本页】【关闭窗口】\n", NULL);
      g_autoptr(GPtrArray) alone_findings = fy_lint_text (lint, alone, -1);
      g_autoptr(GPtrArray) inside_findings = fy_lint_text (lint, inside, -1);
      g_autofree char *alone_fixed = fy_lint_fix_text (lint, alone, -1, NULL);
      g_autofree char *inside_fixed = fy_lint_fix_text (lint, inside, -1, NULL);
      g_autofree char *beside_fixed = fy_lint_fix_text (lint, beside, -1, NULL);

      g_test_message ("doubtful: %s", doubtful[i]);
      g_assert_cmpuint (fy_test_count_kind (alone_findings, FY_LINT_KIND_WEB_BOILERPLATE), ==, 0);
      g_assert_cmpuint (fy_test_count_kind (inside_findings, FY_LINT_KIND_WEB_BOILERPLATE), ==, 2);
      g_assert_nonnull (strstr (alone_fixed, doubtful[i]));
      g_assert_nonnull (strstr (inside_fixed, doubtful[i]));
      g_assert_null (strstr (inside_fixed, "打印本页"));
      g_assert_cmpstr (beside_fixed, ==, "第一段。\n第二段。\n\n");
    }
}

/* Failures found on pasted texts written outside the repository: a
 * portal's breadcrumb and a WeChat header are boilerplate; short law
 * names go on with a verb; a regulation's own title, its chapter
 * headings and a speaker's name are left alone. */
static void
test_pasted_regressions (void)
{
  g_autoptr(GPtrArray) web = fy_test_lint_text ("当前位置：首页 > 政务公开 > 领导讲话\n"
                                                "原创 县融媒体中心 2026-10-08 18:30 发表于浙江\n"
                                                "在全县秋收工作会议上的讲话\n"
                                                "同志们：\n"
                                                "今年秋收任务很重，各乡镇要早谋划、早部署。\n");
  g_autoptr(GPtrArray) names = fy_test_lint_text ("要依据代表法保障代表依法履职。\n\n"
                                                  "各部门要根据保守国家秘密法做好保密工作。\n\n"
                                                  "要依照公务员法加强公务员队伍管理。\n\n"
                                                  "各地要结合实际，制定具体实施细则。\n\n"
                                                  "全市依据城乡规划法，修订了控制性详细规划。\n");
  g_autoptr(GPtrArray) regulation = fy_test_lint_text ("某某市社区工作者管理办法\n"
                                                       "第一章　总　　则\n"
                                                       "第一条　为加强社区工作者队伍建设，制定本办法。\n"
                                                       "第二章　职业体系\n"
                                                       "第二条　社区工作者实行岗位等级序列管理。\n");
  /* a place with 市 in its words: the name is not cut at the nearest 市 */
  g_autoptr(GPtrArray) city = fy_test_lint_text ("某市城市社区物业服务管理办法\n"
                                                 "第一章　总则\n"
                                                 "第一条　为了规范城市社区物业服务活动，制定本办法。\n");
  g_autoptr(GPtrArray) studied = fy_test_lint_text ("学习某市物业管理条例\n");
  /* this meeting's resolution, not a document's name */
  g_autoptr(GPtrArray) resolution = fy_test_lint_text ("我们将认真落实本次大会决议，奋力完成全年目标任务！\n");
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "在全县秋收工作会议上的发言");
  g_autoptr(FyBlock) speaker = fy_block_new_with_text (FY_BLOCK_ROLE_SPEAKER, 0, "县农业农村局局长 陈远");
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) spoken = NULL;
  FyLintFinding *finding;

  g_assert_cmpuint (fy_test_count_kind (web, FY_LINT_KIND_WEB_BOILERPLATE), ==, 2);
  g_assert_cmpuint (fy_test_count_kind (web, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 0);

  g_assert_cmpuint (fy_test_count_kind (names, FY_LINT_KIND_MISSING_TITLE_MARKS), ==, 4);
  g_assert_cmpstr (fy_lint_finding_get_original (fy_test_find_kind (names, FY_LINT_KIND_MISSING_TITLE_MARKS, 0)), ==, "代表法");
  g_assert_cmpstr (fy_lint_finding_get_original (fy_test_find_kind (names, FY_LINT_KIND_MISSING_TITLE_MARKS, 1)), ==,
                   "保守国家秘密法");
  g_assert_cmpstr (fy_lint_finding_get_original (fy_test_find_kind (names, FY_LINT_KIND_MISSING_TITLE_MARKS, 2)), ==, "公务员法");
  g_assert_cmpstr (fy_lint_finding_get_original (fy_test_find_kind (names, FY_LINT_KIND_MISSING_TITLE_MARKS, 3)), ==,
                   "城乡规划法");

  g_assert_cmpuint (regulation->len, ==, 0);
  g_assert_cmpuint (city->len, ==, 0);

  /* u8, a speech from Word indenting every paragraph: the indents after
   * a title with no end mark are no wrap spaces */
  {
    g_autoptr(GPtrArray) word = fy_test_lint_text ("　　　　在全县教育工作会议上的讲话\n"
                                                   "　　　　　　　县长　韦志华\n"
                                                   "　　同志们：\n"
                                                   "　　今天召开全县教育工作会议，部署今年的任务。\n");

    g_assert_cmpuint (fy_test_count_kind (word, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 0);
  }
  g_assert_cmpuint (fy_test_count_kind (studied, FY_LINT_KIND_MISSING_TITLE_MARKS), ==, 1);
  g_assert_cmpuint (fy_test_count_kind (resolution, FY_LINT_KIND_MISSING_TITLE_MARKS), ==, 0);

  /* A page break's "2、" opening a line is that, not a list out of
   * sequence as well. */
  {
    g_autoptr(GPtrArray) cut = fy_test_lint_text ("近年来，各街道各部门坚持党建引领，持续推进基层治理体系建设，"
                                                  "网格化管理和精细化服务不断深化，持续推进基层治\n"
                                                  "2、理创新，群众的获得感、幸福感、安全感不断增强。\n");

    g_assert_cmpuint (fy_test_count_kind (cut, FY_LINT_KIND_PAGE_CHUNK_MARKER), ==, 1);
    g_assert_cmpuint (fy_test_count_kind (cut, FY_LINT_KIND_NUMBERING_SEQUENCE), ==, 0);
  }

  /* The space is meant; the fix makes it the ideographic one. */
  fy_document_append_block (document, title);
  fy_document_append_block (document, speaker);
  spoken = fy_lint_document (lint, document);
  finding = fy_test_find_kind (spoken, FY_LINT_KIND_SPACE_IN_CHINESE, 0);
  g_assert_nonnull (finding);
  g_assert_cmpstr (fy_lint_finding_get_fix (finding), ==, "　");
}

/* A speech copied from a web page (sweep4 v5): the space between the
 * office and the name of the speaker under the title's date is meant,
 * and the fix makes it the ideographic one, so that the import still
 * finds the speaker; a stray space in the body still goes. */
static void
test_pasted_speaker (void)
{
  const char *text = "在全市优化营商环境大会上的讲话\n\n（2026年3月2日）\n\n市委书记 林国栋\n\n同志们:\n\n"
                     "今天,我们 召开全市优化营商环境大会。\n";
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) findings = fy_lint_text (lint, text, -1);
  g_autofree char *fixed = NULL;
  guint n_fixed = 0;

  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 2);
  g_assert_cmpstr (fy_lint_finding_get_fix (fy_test_find_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE, 0)), ==, "　");
  fixed = fy_lint_fix_text (lint, text, -1, &n_fixed);
  g_assert_nonnull (strstr (fixed, "\n市委书记　林国栋\n"));
  g_assert_nonnull (strstr (fixed, "今天，我们召开"));
}

/* The page's lines around the speech (首页 > …, 发布时间:……) come first
 * (sweep6 x6): they are not its title, the speaker is still found under
 * it, and lint --fix keeps the speaker apart from the name, as the
 * import does. */
static void
test_pasted_speaker_boilerplate (void)
{
  const char *text = "首页 > 政务公开 > 领导讲话\n\n"
                     "在全市冬春农田水利建设动员会上的讲话\n\n"
                     "发布时间:2026-11-20 10:32    来源:市水利局    浏览次数:1386\n\n"
                     "副市长 刘振华\n\n同志们:\n\n今天,我们召开动员会。\n";
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autofree char *fixed = NULL;
  guint n_fixed = 0;

  fixed = fy_lint_fix_text (lint, text, -1, &n_fixed);
  g_assert_nonnull (strstr (fixed, "副市长　刘振华\n"));
  g_assert_null (strstr (fixed, "首页"));
}

/* A speech issued with a 发文字号 above its title (青政发〔2026〕21号):
 * the number is no title, as the import reads it, so the speaker under
 * the title is still found and lint --fix keeps the name apart. */
static void
test_pasted_speaker_document_number (void)
{
  const char *text = "青政发〔2026〕21号\n\n在全县冬季安全生产工作会议上的讲话\n县长 林国栋\n"
                     "（2026年12月3日）\n\n同志们：\n\n今天召开会议，部署冬季安全生产工作。\n";
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autofree char *fixed = NULL;
  guint n_fixed = 0;

  fixed = fy_lint_fix_text (lint, text, -1, &n_fixed);
  g_assert_nonnull (strstr (fixed, "\n县长　林国栋\n"));
}

/* A headline's space between two clauses (sweep6 x6: 凝心聚力抓落实
 * 奋力开创……新局面) is meant, as the importer keeps it: lint --fix makes
 * it the ideographic one, not none; in a sentence it is still a wrap's. */
static void
test_pasted_title_clauses (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *sentence = NULL;
  guint n_fixed = 0;

  title = fy_lint_fix_text (lint, "凝心聚力抓落实 奋力开创冬春农田水利建设新局面\n同志们：\n", -1, &n_fixed);
  heading = fy_lint_fix_text (lint, "一、织密基层服务网 答好民生幸福卷\n", -1, &n_fixed);
  sentence = fy_lint_fix_text (lint, "要凝心聚力抓落实 奋力开创新局面。\n", -1, &n_fixed);
  g_assert_cmpstr (title, ==, "凝心聚力抓落实　奋力开创冬春农田水利建设新局面\n同志们：\n");
  g_assert_cmpstr (heading, ==, "一、织密基层服务网　答好民生幸福卷\n");
  g_assert_cmpstr (sentence, ==, "要凝心聚力抓落实奋力开创新局面。\n");
  /* the headline with its subtitle run in, as the page has it */
  g_free (title);
  title = fy_lint_fix_text (lint, "凝心聚力抓落实 奋力开创冬春农田水利建设新局面——在全市冬春农田水利建设动员会上的讲话\n",
                            -1, &n_fixed);
  g_assert_cmpstr (title, ==, "凝心聚力抓落实　奋力开创冬春农田水利建设新局面——在全市冬春农田水利建设动员会上的讲话\n");
  g_free (sentence);
  sentence = fy_lint_fix_text (lint, "要凝心聚力抓落实 奋力开创——新局面。\n", -1, &n_fixed);
  g_assert_cmpstr (sentence, ==, "要凝心聚力抓落实奋力开创——新局面。\n");
}

/* A regulation's note under its title parts the acts it dates with an
 * ideographic space before the second year (sweep7 y4: lint --fix ran
 * ……会议通过2026年11月30日…… together); a headline's clause space under
 * a site's name is already ideographic (y1: a finding that replaced
 * “　” with “　”).  A space before a year inside a sentence still goes. */
static void
test_pasted_note_clauses (void)
{
  static const char note[] = "（2026年10月28日临川市第十七届人民代表大会常务委员会第二十三次会议通过"
                             "　2026年11月30日江西省第十四届人民代表大会常务委员会第十九次会议批准）";
  g_autofree char *text = g_strconcat ("临川市城市绿化条例\n\n", note, "\n\n第一条　为了促进城市绿化事业发展，制定本条例。\n", NULL);
  g_autofree char *fixed = NULL;
  g_autoptr(GPtrArray) headline = fy_test_lint_text ("临川发布\n"
                                                     "坚持刀刃向内　持续优化营商环境——在全市营商环境优化提升推进会上的交流发言\n");
  g_autoptr(GPtrArray) sentence = fy_test_lint_text ("关于调整收费标准的通知\n会议决定　2026年起实行新的收费标准。\n");
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  guint n_fixed = 0;

  fixed = fy_lint_fix_text (lint, text, -1, &n_fixed);
  g_assert_nonnull (strstr (fixed, note));
  g_assert_cmpuint (fy_test_count_kind (headline, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (sentence, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 1);
}

/* A WeChat article's posting stamp under its headline is furniture to
 * lint --fix too, before its spaces go and the importer no longer tells
 * it (sweep7 y1 printed 原创临川发布2026年12月02日08:30江西 under the
 * title); a programme line further down stays. */
static void
test_pasted_posting_stamp (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autofree char *article = NULL;
  g_autofree char *programme = NULL;
  guint n_fixed = 0;

  article = fy_lint_fix_text (lint, "临川发布\n坚持刀刃向内　持续优化营商环境——在全市营商环境优化提升推进会上的交流发言\n"
                              "原创 临川发布 2026年12月02日 08:30 江西\n同志们：\n今天开会。\n", -1, &n_fixed);
  programme = fy_lint_fix_text (lint, "关于召开全市安全生产工作会议的通知\n各县（市、区）人民政府：\n经研究，定于近期召开会议。\n"
                                "一、会议时间\n报到 2026年12月3日 08:30\n", -1, &n_fixed);
  g_assert_null (strstr (article, "08:30"));
  g_assert_nonnull (strstr (article, "同志们："));
  g_assert_nonnull (strstr (programme, "08:30"));

  /* blank lines between masthead, headline and stamp, as a copy from
   * the browser often has them: lines with text count, as the importer
   * counts them (closing note 15) */
  g_clear_pointer (&article, g_free);
  article = fy_lint_fix_text (lint, "临川发布\n\n坚持刀刃向内　持续优化营商环境——在全市营商环境优化提升推进会上的交流发言\n\n"
                              "原创 临川发布 2026年12月02日 08:30 江西\n\n同志们：\n\n今天开会。\n", -1, &n_fixed);
  g_assert_null (strstr (article, "08:30"));
  g_assert_null (strstr (article, "原创临川发布"));
  g_assert_nonnull (strstr (article, "同志们："));
}

/* A proposal's fields on one line (sweep4 v3): the ideographic spaces
 * before the second label are meant, as the importer keeps them; before a
 * label on a line of prose that opens with none they are still wrap
 * spaces. */
static void
test_pasted_fields (void)
{
  g_autoptr(GPtrArray) fields = fy_test_lint_text ("案由：关于加快补齐社区养老服务短板的提案\n"
                                                   "联系人：周慧敏　　联系电话：139xxxx6218\n");
  g_autoptr(GPtrArray) wrapped = fy_test_lint_text ("关于做好有关工作的通知\n"
                                                    "请各单位认真落实有关要求　　联系电话：0798-86120457\n");

  g_assert_cmpuint (fy_test_count_kind (fields, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (wrapped, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 2);
}

/* A 纪要's lists of who attended keep their ideographic spaces, as the
 * importer keeps them (sweep5 w1); a name padded inside a sentence of a
 * 主持词 (w5) is still reported, and so is a wrap's space. */
static void
test_pasted_names (void)
{
  static const char *lines[] = {
    "市城市更新工作领导小组会议纪要", "出席：沈立群　高建明　丁　伟",
    "列席：市发展改革委　陆永刚，市财政局　陈　静，市城管局　蒋　立", "请假：杜志明（出差）",
    "现在进行会议第一项，请副市长王　伟同志宣读决定。", "", NULL
  };
  g_autofree char *text = g_strjoinv ("\n", (char **) lines);
  g_autoptr(GPtrArray) names = fy_test_lint_text (text);
  g_autoptr(GPtrArray) wrapped = fy_test_lint_text ("关于做好有关工作的通知\n各单位要高　度重视，认真落实。\n");

  g_assert_cmpuint (fy_test_count_kind (names, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 1);
  g_assert_cmpuint (fy_lint_finding_get_block (fy_test_find_kind (names, FY_LINT_KIND_SPACE_IN_CHINESE, 0)), ==, 4);
  g_assert_cmpuint (fy_test_count_kind (wrapped, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 1);
}

/* Pasted text with a table copied from WPS (tab-separated cells, empty
 * last cells as trailing tabs): the tabs are no stray spaces, so lint
 * neither reports them nor fixes the table into run-together lines; a
 * cell is still checked, and a lone line with a tab still reported. */
/* A report with a WPS table and a Markdown pipe table pasted as text
 * (sweep9 a6): the spaces around the bars are Markdown's, not spaces in
 * Chinese text (23 findings, all "fixed"). */
static void
check_pipe_table_spaces (FyLint *lint)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "progress-report.txt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *fixed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  guint n_fixed = 0;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  findings = fy_lint_text (lint, text, -1);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 0);
  fixed = fy_lint_fix_text (lint, text, -1, &n_fixed);
  g_assert_nonnull (strstr (fixed, "| 序号 | 滞后任务 |"));
}

static void
test_pasted_table (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "tables", "paste-wps.txt", NULL);
  g_autofree char *wps = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) mixed_findings = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *mixed_fixed = NULL;
  const char *mixed = "见下表。\n指标\t说明\n产值\t增长较快,达到5%\n\n联系人\t王敏。\n";
  guint n_fixed = 0;
  FyLintFinding *finding;

  g_file_get_contents (path, &wps, NULL, &error);
  g_assert_no_error (error);
  findings = fy_lint_text (lint, wps, -1);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 0);
  fixed = fy_lint_fix_text (lint, wps, -1, &n_fixed);
  g_assert_cmpstr (fixed, ==, wps);
  check_pipe_table_spaces (lint);

  mixed_findings = fy_lint_text (lint, mixed, -1);
  finding = fy_test_find_kind (mixed_findings, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, 0);
  g_assert_nonnull (finding);
  g_assert_cmpuint (fy_lint_finding_get_block (finding), ==, 2);
  g_assert_cmpuint (fy_test_count_kind (mixed_findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 1);
  finding = fy_test_find_kind (mixed_findings, FY_LINT_KIND_SPACE_IN_CHINESE, 0);
  g_assert_cmpuint (fy_lint_finding_get_block (finding), ==, 4);
  mixed_fixed = fy_lint_fix_text (lint, mixed, -1, &n_fixed);
  g_assert_cmpstr (mixed_fixed, ==, "见下表。\n指标\t说明\n产值\t增长较快，达到5%\n\n联系人王敏。\n");
}

/* Pasted text: "附件：1．……" names item 1 on the note's own line, so the
 * lines after it go on with 2．(and 2.2027年度…… is item 2, not a
 * decimal); a gap in the items is still reported. */
static void
test_pasted_attachment_numbers (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) plain = fy_lint_text (lint, "正文。\n附件：1．统计报表\n2．自查表\n", -1);
  g_autoptr(GPtrArray) years = fy_lint_text (lint, "正文。\n附件：1.2027年度统计报表\n2.2027年度自查表\n3.联系人名单\n", -1);
  g_autoptr(GPtrArray) gap = fy_lint_text (lint, "正文。\n附件：1．统计报表\n3．自查表\n", -1);
  FyLintFinding *finding;

  g_assert_cmpuint (fy_test_count_kind (plain, FY_LINT_KIND_NUMBERING_SEQUENCE), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (years, FY_LINT_KIND_NUMBERING_SEQUENCE), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (gap, FY_LINT_KIND_NUMBERING_SEQUENCE), ==, 1);
  finding = fy_test_find_kind (gap, FY_LINT_KIND_NUMBERING_SEQUENCE, 0);
  g_assert_cmpuint (fy_lint_finding_get_block (finding), ==, 2);
}

/* Pasted text: the ideographic space between two issuers inside 《》
 * (《鹤汀市财政局　鹤汀市教育局关于……》) is meant, as the importer keeps
 * it; a PDF copy's plain space there becomes one, not nothing, also
 * where the copy wrapped the name before its 关于 and its 》 (session 24). */
static void
test_pasted_joint_issuers (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  const char *typed = "市政府印发了《鹤汀市财政局　鹤汀市教育局关于做好供水保障工作的通知》。\n";
  const char *copied = "市政府印发了《鹤汀市财政局 鹤汀市教育局关于做好供水保障工作的通知》。\n";
  g_autoptr(GPtrArray) typed_findings = fy_lint_text (lint, typed, -1);
  g_autofree char *fixed = NULL;
  guint n_fixed = 0;

  g_assert_cmpuint (fy_test_count_kind (typed_findings, FY_LINT_KIND_SPACE_IN_CHINESE), ==, 0);
  fixed = fy_lint_fix_text (lint, copied, -1, &n_fixed);
  g_assert_cmpstr (fixed, ==, typed);

  {
    const char *wrapped = "一是强化规划引领。市政府印发《鹤汀市财政局 鹤汀市教\n"
                          "育局关于做好农村学校供水保障工作的通知》，明确了学校供水\n"
                          "设施建设标准。\n";
    g_autofree char *wrapped_fixed = fy_lint_fix_text (lint, wrapped, -1, NULL);

    g_assert_cmpstr (wrapped_fixed, ==, "一是强化规划引领。市政府印发《鹤汀市财政局　鹤汀市教\n"
                                        "育局关于做好农村学校供水保障工作的通知》，明确了学校供水\n"
                                        "设施建设标准。\n");
  }
}

/* A WeChat article pasted with its emoji: "🚩🚩🚩" on a line of its own
 * goes with its line when Fix all removes the emoji, instead of leaving
 * an empty paragraph that prints as a blank line; emoji inside a line go
 * alone, and a table cell of emoji alone keeps its table. */
static void
test_pasted_emoji_lines (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  const char *pasted = "青石镇人大主席团2026年度代表工作综述\n"
                       "🚩🚩🚩\n"
                       "今年以来，镇人大主席团👍认真组织代表开展活动。\n"
                       "🚩 🌟 🚩\n"
                       "📌一、代表联络站建设\n"
                       "全镇建成代表联络站5个，接待群众326人次。\n";
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) typed = fy_document_new ();
  g_autoptr(FyDocument) table = fy_document_new ();
  g_autoptr(FyDocument) sentence = fy_document_new ();
  g_autoptr(GPtrArray) sentence_findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *texts = NULL;
  g_autofree char *typed_texts = NULL;
  g_autofree char *table_text = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_auto(GStrv) lines = g_strsplit (pasted, "\n", -1);

  /* as text: the lines of emoji alone are gone */
  fixed = fy_lint_fix_text (lint, pasted, -1, NULL);
  g_assert_cmpstr (fixed, ==, "青石镇人大主席团2026年度代表工作综述\n"
                              "今年以来，镇人大主席团认真组织代表开展活动。\n"
                              "一、代表联络站建设\n"
                              "全镇建成代表联络站5个，接待群众326人次。\n");

  /* pasted into the window: as the importer reads it */
  document = fy_import_plain_text (pasted, -1, &error);
  g_assert_no_error (error);
  fy_lint_fix_document (lint, document);
  texts = fy_test_dup_block_texts (document);
  g_test_message ("%s", texts);
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = fy_block_dup_text (fy_document_get_block (document, i));

      g_assert_cmpstr (g_strstrip (text), !=, "");
    }
  g_assert_null (strstr (texts, "🚩"));
  g_assert_nonnull (strstr (texts, "镇人大主席团认真组织"));

  /* typed line by line, each a body paragraph: no 。 is asked after
   * the emoji that go */
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    fy_document_append_block (typed, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, lines[i]));
  findings = fy_lint_document (lint, typed);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_EMOJI), ==, 8);
  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);

      if (g_strcmp0 (fy_lint_finding_get_kind (finding), FY_LINT_KIND_MISSING_END_PUNCTUATION) == 0)
        g_assert_true (fy_lint_finding_get_block (finding) != 1 && fy_lint_finding_get_block (finding) != 3);
    }
  fy_lint_fix_document (lint, typed);
  typed_texts = fy_test_dup_block_texts (typed);
  g_test_message ("%s", typed_texts);
  g_assert_cmpuint (fy_document_get_n_blocks (typed), ==, 4);
  for (guint i = 0; i < fy_document_get_n_blocks (typed); i++)
    {
      g_autofree char *text = fy_block_dup_text (fy_document_get_block (typed, i));

      g_assert_cmpstr (g_strstrip (text), !=, "");
      g_assert_null (strstr (text, "🚩"));
    }

  /* a table's cell: the emoji goes, the table stays */
  fy_document_append_block (table, fy_block_new_with_text (FY_BLOCK_ROLE_TABLE, 0, "联络站\t评价\n青石站\t👍"));
  fy_lint_fix_document (lint, table);
  g_assert_cmpuint (fy_document_get_n_blocks (table), ==, 1);
  table_text = fy_block_dup_text (fy_document_get_block (table, 0));
  g_assert_cmpstr (table_text, ==, "联络站\t评价\n青石站\t");

  /* a sentence that ends in an emoji is still asked for its full stop:
   * only a line of emoji alone goes without one */
  fy_document_append_block (sentence, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                              "今年以来，镇人大主席团认真组织代表开展活动。"));
  fy_document_append_block (sentence, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "群众纷纷点赞👍"));
  fy_document_append_block (sentence, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                              "全镇建成代表联络站5个。"));
  sentence_findings = fy_lint_document (lint, sentence);
  g_assert_cmpuint (fy_test_count_kind (sentence_findings, FY_LINT_KIND_MISSING_END_PUNCTUATION), ==, 1);
}

/* Fix all on the copy of a PDF leaves no worse text: a page's number on
 * a line of its own goes (it became ——1——), a caption's number stays
 * apart from its name (表1元旦值班安排 read as one word), and the columns
 * of a table set with blanks stay apart (县区完成数计划数完成率). */
static void
test_pasted_pdf_furniture (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  const char *copy = "今年共排查隐患326处，整改到位\n"
                     "—1—\n"
                     "318处。\n"
                     "表 1 元旦值班安排\n"
                     "表2　值班联系人\n"
                     "各组值班情况见表 1 和图 2。\n"
                     "                — 2 —\n";
  g_autofree char *fixed = fy_lint_fix_text (lint, copy, -1, NULL);
  g_autofree char *layout = fy_test_read_data ("pasted/pdftotext-layout-report.txt");
  g_autofree char *layout_fixed = fy_lint_fix_text (lint, layout, -1, NULL);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autofree char *caption = NULL;

  g_assert_cmpstr (fixed, ==, "今年共排查隐患326处，整改到位\n"
                              "318处。\n"
                              "表1　元旦值班安排\n"
                              "表2　值班联系人\n"
                              "各组值班情况见表1和图2。\n");

  /* pdftotext -layout: the rows keep their columns */
  g_assert_nonnull (strstr (layout_fixed, "县区            完成数    计划数   完成率\n"));
  g_assert_nonnull (strstr (layout_fixed, "\n临川区              50    19    97%\n"));
  g_assert_null (strstr (layout_fixed, "—1—"));

  /* a caption typed as body text */
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "表 1 元旦值班安排"));
  fy_lint_fix_document (lint, document);
  caption = fy_block_dup_text (fy_document_get_block (document, 0));
  g_assert_cmpstr (caption, ==, "表1　元旦值班安排");
}

/* A name in 《》 that a copy of a PDF wraps over two lines is marked on
 * both: its second half is no name missing its 《》, whether the break
 * falls right after 《 or inside the name, and a “” wrapped the same;
 * a name after the 》 on the second line is still found. */
static void
test_pasted_wrapped_names (void)
{
  g_autoptr(GPtrArray) after_mark = fy_test_lint_text ("各乡镇要认真学习贯彻《\n"
                                                       "关于加强农村供水工程运行管理的实施意见》，抓好落实。\n");
  g_autoptr(GPtrArray) inside = fy_test_lint_text ("各部门要严格执行《嘉禾市城市\n"
                                                   "市容和环境卫生管理条例》，做好门前三包。\n");
  g_autoptr(GPtrArray) quoted = fy_test_lint_text ("会上传达了上级“\n"
                                                   "关于做好今冬明春森林防火工作的通知”的要求。\n");
  g_autoptr(GPtrArray) then_bare = fy_test_lint_text ("各乡镇要认真学习贯彻《关于加强农村\n"
                                                      "供水工程运行管理的实施意见》和关于做好水源保护的通知，抓好落实。\n");
  FyLintFinding *bare;

  g_assert_cmpuint (fy_test_count_kind (after_mark, FY_LINT_KIND_MISSING_TITLE_MARKS), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (after_mark, FY_LINT_KIND_UNPAIRED_MARK), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (inside, FY_LINT_KIND_MISSING_TITLE_MARKS), ==, 0);
  g_assert_cmpuint (fy_test_count_kind (quoted, FY_LINT_KIND_MISSING_TITLE_MARKS), ==, 0);

  g_assert_cmpuint (fy_test_count_kind (then_bare, FY_LINT_KIND_MISSING_TITLE_MARKS), ==, 1);
  bare = fy_test_find_kind (then_bare, FY_LINT_KIND_MISSING_TITLE_MARKS, 0);
  g_assert_cmpstr (fy_lint_finding_get_original (bare), ==, "关于做好水源保护的通知");
  g_assert_cmpuint (fy_lint_finding_get_block (bare), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/lint/web/corpus", test_corpus_web);
  g_test_add_func ("/core/lint/web/leftovers", test_web_leftovers);
  g_test_add_func ("/core/lint/web/doubtful", test_web_doubtful);
  g_test_add_func ("/core/lint/web/pasted-regressions", test_pasted_regressions);
  g_test_add_func ("/core/lint/corpus/text", test_corpus_text);
  g_test_add_func ("/core/lint/corpus/document", test_corpus_document);
  g_test_add_func ("/core/lint/pasted-table", test_pasted_table);
  g_test_add_func ("/core/lint/pasted-speaker", test_pasted_speaker);
  g_test_add_func ("/core/lint/pasted-speaker-boilerplate", test_pasted_speaker_boilerplate);
  g_test_add_func ("/core/lint/pasted-speaker-document-number", test_pasted_speaker_document_number);
  g_test_add_func ("/core/lint/pasted-title-clauses", test_pasted_title_clauses);
  g_test_add_func ("/core/lint/pasted-note-clauses", test_pasted_note_clauses);
  g_test_add_func ("/core/lint/pasted-posting-stamp", test_pasted_posting_stamp);
  g_test_add_func ("/core/lint/pasted-fields", test_pasted_fields);
  g_test_add_func ("/core/lint/pasted-names", test_pasted_names);
  g_test_add_func ("/core/lint/pasted-attachment-numbers", test_pasted_attachment_numbers);
  g_test_add_func ("/core/lint/pasted-joint-issuers", test_pasted_joint_issuers);
  g_test_add_func ("/core/lint/pasted-emoji-lines", test_pasted_emoji_lines);
  g_test_add_func ("/core/lint/pasted-pdf-furniture", test_pasted_pdf_furniture);
  g_test_add_func ("/core/lint/pasted-wrapped-names", test_pasted_wrapped_names);

  return g_test_run ();
}

/* test-import-pasted.c — whole texts as users paste them, through the importer
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * tests/data/pasted/ holds texts of kinds a clerk pastes (written for the
 * suite): a speech copied from a government site (indented paragraphs,
 * soft line breaks, half-width marks), a joint notice with two lines of
 * issuers and a note under the date, minutes with a list of who attended
 * and requirements as numbered sentences, a 述职报告 with a table pasted
 * from WPS and 述职人： above the date, a work plan with 1. items and
 * a table, a speech from Word with its lines numbered by hand, a notice
 * with its contact lines and two attachments, a 政协提案, and a
 * speech copied from a WeChat article (the account's name above the
 * headline, the posting stamp under it), an 实施意见 copied out of a PDF
 * (every printed line broken, page numbers and a running header inside),
 * a progress report with a WPS table and a Markdown pipe table.  Each
 * is imported as `fayan-cli import` does and checked for what a clerk
 * would reject in print: a paragraph split in two, names run together, a
 * signature set as body text, a list item set as a heading, a number
 * printed in front of a title.
 */

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fy-table.h"
#include "fy-test-utils.h"

static FyDocument *
import_pasted (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  FyDocument *document = fy_import_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static FyDocument *
import_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  FyDocument *document = fy_import_plain_text (text, -1, &error);

  g_assert_no_error (error);
  return document;
}

static guint
count_role (FyDocument  *document,
            FyBlockRole  role)
{
  guint n = 0;

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    n += fy_block_get_role (fy_document_get_block (document, i)) == role;
  return n;
}

static char *
block_text (FyDocument *document,
            guint       index)
{
  return fy_document_dup_block_text (document, index);
}

/* Every body paragraph ends a sentence: none was cut at a soft break. */
static void
test_web_speech (void)
{
  g_autoptr(FyDocument) document = import_pasted ("web-speech.txt");
  guint paragraphs = 0;

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = block_text (document, i);
      const char *end = g_utf8_prev_char (text + strlen (text));

      if (fy_block_get_role (fy_document_get_block (document, i)) != FY_BLOCK_ROLE_PARAGRAPH)
        continue;
      paragraphs++;
      g_assert_true (g_str_has_prefix (end, "。") || g_str_has_prefix (end, "！") ||
                     g_str_has_prefix (end, "!"));
    }
  g_assert_cmpuint (paragraphs, ==, 8);
  g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_HEADING), ==, 3);
  g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_SPEAKER), ==, 1);
}

static gboolean
document_has (FyDocument *document,
              const char *needle)
{
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = block_text (document, i);

      if (strstr (text, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* A web page's half-width marks between Chinese characters come in
 * full-width, and the import says how many; a number, a time, a web
 * address and an English sentence keep theirs.  The parser itself keeps
 * what was typed (the proofreader reads that). */
static void
test_web_marks (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "web-marks.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_import_file_with_warnings (file, &warnings, NULL, &error);
  g_autoptr(FyDocument) raw = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autofree char *source = NULL;
  g_autofree char *first = NULL;
  g_autofree char *line = NULL;

  g_assert_no_error (error);
  g_assert_true (document_has (document, "同志们："));
  g_assert_true (document_has (document, "今年，全市数字经济增加值增长8.5%，规模以上企业达到1,200家，"));
  g_assert_true (document_has (document, "要推动“上云用数赋智”，让“数据多跑路、群众少跑腿”！"));
  g_assert_true (document_has (document, "（一）抓好平台建设。"));
  g_assert_true (document_has (document, "https://www.example.gov.cn/szh?id=3&p=1，各部门要在17:00前完成登记；"));
  g_assert_true (document_has (document, "有问题的，可以问：谁来牵头？"));
  g_assert_true (document_has (document, "一句英文：The report says \"AI is a tool, not a goal.\" 这句话"));
  g_assert_nonnull (warnings);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 0), "19 half-width marks in Chinese text"));

  g_file_get_contents (path, &source, NULL, &error);
  g_assert_no_error (error);
  raw = fy_import_plain_text (source, -1, &error);
  g_assert_no_error (error);
  g_assert_true (document_has (raw, "今年,全市"));

  /* A paste of several lines, and of one, as the editor makes them. */
  pasted = fy_import_paste (source, -1);
  g_assert_cmpuint (pasted->len, >=, 4);
  first = fy_block_dup_text (g_ptr_array_index (pasted, 2));
  g_assert_true (g_str_has_prefix (first, "今年，全市"));
  line = fy_import_paste_line ("要推动\"上云用数赋智\",让数据多跑路! 网址example.cn,时间17:00");
  g_assert_cmpstr (line, ==, "要推动“上云用数赋智”，让数据多跑路！网址example.cn，时间17:00");
}

/* A new user's paste: "余户!  详情见" kept its two spaces (a 2-cell gap
 * in print) where one would have gone; lint reported both.  Both go, and
 * the import says how many spaces it took out. */
static void
test_mark_spaces (void)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-marks-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "paste.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FyDocument) document = NULL;
  g_autofree char *line = NULL;

  g_assert_true (g_file_set_contents (path, "秋粮收购进展\n\n全市已收购新粮3.2万吨,惠及农户800余户!  详情见附件 。\n", -1, NULL));
  document = fy_import_file_with_warnings (file, &warnings, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (document_has (document, "全市已收购新粮3.2万吨，惠及农户800余户！详情见附件。"));
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (warnings, 1), ==, "2 spaces next to full-width marks are taken out.");
  line = fy_import_paste_line ("惠及农户800余户!  详情见附件");
  g_assert_cmpstr (line, ==, "惠及农户800余户！详情见附件");
  fy_test_assert_remove_tree (dir);
}

/* Two lines of issuers, their second names in one column, the date, and
 * the note in brackets under it. */
static void
test_joint_notice (void)
{
  g_autoptr(FyDocument) document = import_pasted ("joint-notice.txt");
  guint n = fy_document_get_n_blocks (document);
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  g_autofree char *note = NULL;
  const char *second_of_one;
  const char *second_of_two;

  g_assert_cmpuint (n, >=, 4);
  one = block_text (document, n - 4);
  two = block_text (document, n - 3);
  note = block_text (document, n - 1);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, n - 4)), ==, FY_BLOCK_ROLE_SIGNATURE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, n - 3)), ==, FY_BLOCK_ROLE_SIGNATURE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, n - 2)), ==, FY_BLOCK_ROLE_DATE_LINE);
  g_assert_true (g_str_has_prefix (note, "（联系人："));
  /* found before they are measured: a name lost fails, not crashes */
  second_of_one = strstr (one, "县应急管理局");
  second_of_two = strstr (two, "县市场监督管理局");
  g_assert_nonnull (second_of_one);
  g_assert_nonnull (second_of_two);
  g_assert_cmpint (g_utf8_pointer_to_offset (one, second_of_one), ==,
                   g_utf8_pointer_to_offset (two, second_of_two));
}

/* The names of who attended stay apart; the requirements are numbered
 * body paragraphs, the decisions headings. */
static void
test_minutes (void)
{
  g_autoptr(FyDocument) document = import_pasted ("minutes.txt");
  guint items = 0;
  gboolean present = FALSE;

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = block_text (document, i);
      FyBlockRole role = fy_block_get_role (fy_document_get_block (document, i));

      if (g_str_has_prefix (text, "（") && role == FY_BLOCK_ROLE_PARAGRAPH)
        items++;
      if (g_str_has_prefix (text, "出席："))
        present = strstr (text, "张国华　刘志强　王秀兰") != NULL;
    }
  g_assert_cmpuint (items, ==, 3);
  g_assert_true (present);
  g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_HEADING), ==, 3);
}

/* The table pasted from WPS, and 述职人： with the date at the end. */
static void
test_duty_report (void)
{
  g_autoptr(FyDocument) document = import_pasted ("duty-report.txt");
  guint n = fy_document_get_n_blocks (document);
  g_autoptr(FyTable) table = NULL;

  g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_TABLE), ==, 1);
  for (guint i = 0; i < n && table == NULL; i++)
    if (fy_block_get_role (fy_document_get_block (document, i)) == FY_BLOCK_ROLE_TABLE)
      table = fy_table_new_from_block (fy_document_get_block (document, i));
  g_assert_cmpuint (fy_table_get_n_rows (table), ==, 6);
  g_assert_cmpuint (fy_table_get_n_columns (table), ==, 5);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, n - 2)), ==, FY_BLOCK_ROLE_SIGNATURE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, n - 1)), ==, FY_BLOCK_ROLE_DATE_LINE);
}

/* 1. items that are whole sentences are body text under their （一）
 * heading; the issuers sign. */
static void
test_work_plan (void)
{
  g_autoptr(FyDocument) document = import_pasted ("work-plan.txt");
  guint items = 0;

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = block_text (document, i);

      if (g_ascii_isdigit (text[0]) && text[1] == '.')
        {
          g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, i)), ==, FY_BLOCK_ROLE_PARAGRAPH);
          items++;
        }
    }
  g_assert_cmpuint (items, ==, 4);
  g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_HEADING), ==, 6);
  g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_TABLE), ==, 1);
  g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_SIGNATURE), ==, 1);
}

/* A speech written in Markdown: `## ——在……上的讲话` right under the `#`
 * title is the subtitle (centred, not a body heading), and the speaker
 * line under it is the speaker, not a body paragraph. */
static void
test_speech_subtitle (void)
{
  g_autoptr(FyDocument) document = import_pasted ("speech-subtitle.md");
  g_autofree char *subtitle = block_text (document, 1);
  g_autofree char *speaker = block_text (document, 2);

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_SUBTITLE);
  g_assert_true (g_str_has_prefix (subtitle, "——在全市农村工作会议"));
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_SPEAKER);
  g_assert_cmpstr (speaker, ==, "市委副书记　周明远");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 3)), ==, FY_BLOCK_ROLE_DATE_LINE);
  g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_SALUTATION), ==, 1);
  /* 一、 and （一）: the body's headings are all still headings */
  g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_HEADING), ==, 2);
}

/* A report to the standing committee names the day and the meeting under
 * its title without a dash (2026年6月24日在……会议上): that line is the
 * subtitle, the office and name under it the speaker, and the addressees
 * the salutation, in plain text and in Markdown; a date line under a
 * title stays a date line. */
static void
test_report_occasion (void)
{
  const char *head = "市人大常委会执法检查组关于检查《江南省安全生产条例》实施情况的报告\n\n"
                     "2026年6月24日在市第十七届人民代表大会常务委员会第二十一次会议上\n\n"
                     "市人大常委会副主任　何立群\n\n"
                     "主任、各位副主任、秘书长、各位委员：\n\n"
                     "根据市人大常委会2026年度监督工作计划，常委会组成执法检查组。\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) text = fy_import_plain_text (head, -1, &error);
  g_autoptr(FyDocument) markdown = import_pasted ("report-occasion.md");
  g_autoptr(FyDocument) dated = NULL;
  FyDocument *documents[] = { text, markdown };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_assert_cmpint (fy_block_get_role (fy_document_get_block (documents[i], 1)), ==, FY_BLOCK_ROLE_SUBTITLE);
      g_assert_cmpint (fy_block_get_role (fy_document_get_block (documents[i], 2)), ==, FY_BLOCK_ROLE_SPEAKER);
      g_assert_cmpint (fy_block_get_role (fy_document_get_block (documents[i], 3)), ==, FY_BLOCK_ROLE_SALUTATION);
    }
  dated = fy_import_plain_text ("在全市工作会议上的讲话\n\n（2026年6月24日）\n\n同志们：\n\n今天开会。\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (dated, 1)), ==, FY_BLOCK_ROLE_DATE_LINE);
}

/* A 调研报告 names the group that wrote it under the title (市商务局调研组):
 * that line is centred like a speaker's, not a body paragraph. */
static void
test_report_author (void)
{
  g_autoptr(FyDocument) document =
    import_text ("关于全市县域商业体系建设情况的调研报告\n\n市商务局调研组\n\n"
                 "为贯彻落实县域商业体系建设行动部署，市商务局组成调研组开展了专题调研。\n");

  /* an office's name alone (sweep9 a6: 市发展改革委 printed as the first
   * body paragraph, and 市政府： under it as body text too) */
  g_autoptr(FyDocument) organ =
    import_text ("关于全市重点民生实事项目推进情况的汇报\n\n市发展改革委\n\n市政府：\n\n"
                 "今年以来，我委会同各牵头单位扎实推进民生实事项目。\n");

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_SPEAKER);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  fy_test_assert_block (organ, 1, FY_BLOCK_ROLE_SPEAKER, 0, NULL, "市发展改革委");
  fy_test_assert_block (organ, 2, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "市政府：");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (organ, 3)), ==, FY_BLOCK_ROLE_PARAGRAPH);
}

/* A title typed with ideographic spaces between its clauses keeps them
 * (one each), beside quotation marks too; plain spaces in a pasted
 * paragraph are still wrap spaces. */
static void
test_title_clauses (void)
{
  static const char * const titles[] = {
    "坚定信心　真抓实干　奋力开创全市农业农村现代化建设新局面",
    "弘扬新时代“枫桥经验”　坚持和发展新时代“浦江经验”　推动基层治理体系和治理能力现代化在全市落地见效",
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *text = g_strconcat (titles[i], "\n同志们：\n今天召开这次会议，主要是部署今年的工作。\n", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(FyDocument) document = fy_import_plain_text (text, -1, &error);
      g_autofree char *title = NULL;

      g_assert_no_error (error);
      title = block_text (document, 0);
      g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 0)), ==, FY_BLOCK_ROLE_TITLE);
      g_assert_cmpstr (title, ==, titles[i]);
    }
}

/* A web page runs a speech's subtitle into its headline (……新局面——在……
 *动员会上的讲话), text too when the page lost its breaks: the title, the
 * subtitle and the text are read apart (sweep6 x6).  A dash that opens no
 * occasion (——全市……情况报告) stays in the title. */
static void
test_run_in_subtitle (void)
{
  g_autoptr(FyDocument) headline =
    import_text ("凝心聚力抓落实　奋力开创冬春农田水利建设新局面——在全市冬春农田水利建设动员会上的讲话\n"
                 "副市长　刘振华\n同志们：\n今天，我们召开全市冬春农田水利建设动员会。\n");
  g_autoptr(FyDocument) run_in =
    import_text ("全力以赴抓好冬季安全生产——在全市安全生产工作会议上的讲话同志们：今天，我们召开会议。\n"
                 "下面，我讲三点意见。\n");
  g_autoptr(FyDocument) plain =
    import_text ("坚持“两个毫不动摇”——全市民营经济发展情况报告\n各位委员：\n现将有关情况报告如下。\n");
  g_autofree char *title = block_text (headline, 0);
  g_autofree char *subtitle = block_text (headline, 1);
  g_autofree char *short_title = block_text (run_in, 0);
  g_autofree char *short_subtitle = block_text (run_in, 1);
  g_autofree char *text_after = block_text (run_in, 2);
  g_autofree char *whole = block_text (plain, 0);

  g_assert_cmpstr (title, ==, "凝心聚力抓落实　奋力开创冬春农田水利建设新局面");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (headline, 1)), ==, FY_BLOCK_ROLE_SUBTITLE);
  g_assert_cmpstr (subtitle, ==, "——在全市冬春农田水利建设动员会上的讲话");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (headline, 2)), ==, FY_BLOCK_ROLE_SPEAKER);

  g_assert_cmpstr (short_title, ==, "全力以赴抓好冬季安全生产");
  g_assert_cmpstr (short_subtitle, ==, "——在全市安全生产工作会议上的讲话");
  g_assert_true (g_str_has_prefix (text_after, "同志们："));

  g_assert_cmpstr (whole, ==, "坚持“两个毫不动摇”——全市民营经济发展情况报告");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (plain, 0)), ==, FY_BLOCK_ROLE_TITLE);
}

/* A speech copied from a WeChat article (sweep7 y1): the account's name
 * above the headline is no title, the headline with its occasion run in
 * is, and the posting stamp under it (原创 临川发布 2026年12月02日 08:30
 * 江西) goes with the site's other furniture.  A programme line that opens
 * with its date and time stays, and so does one that reads as a stamp
 * (报到 2026年12月3日 08:30) further down than under the headline, as does
 * a title with its occasion on a line of its own under it. */
static void
test_wechat_speech (void)
{
  g_autoptr(FyDocument) document = import_pasted ("wechat-speech.txt");
  g_autoptr(FyDocument) programme =
    import_text ("会议日程安排\n2026年12月3日 09:00 报到\n会议时间：2026年12月3日 09:30\n");
  g_autoptr(FyDocument) notice =
    import_text ("关于召开全市安全生产工作会议的通知\n各县（区）人民政府：\n经研究，决定召开全市安全生产工作会议。\n"
                 "一、会议时间\n报到 2026年12月3日 08:30\n会议 2026年12月3日 09:30\n");
  g_autoptr(FyDocument) own_line =
    import_text ("凝心聚力抓落实\n在全市冬春农田水利建设动员会上的讲话\n同志们：\n今天开会。\n");
  g_autofree char *title = block_text (document, 0);
  g_autofree char *subtitle = block_text (document, 1);
  g_autofree char *main_title = block_text (own_line, 0);

  g_assert_cmpstr (title, ==, "坚持刀刃向内　持续优化营商环境");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_SUBTITLE);
  g_assert_cmpstr (subtitle, ==, "——在全市营商环境优化提升推进会上的交流发言");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_SPEAKER);
  g_assert_false (document_has (document, "临川发布"));
  g_assert_false (document_has (document, "08:30"));
  g_assert_true (document_has (document, "优化营商环境永远在路上"));

  g_assert_true (document_has (programme, "2026年12月3日 09:00 报到"));
  g_assert_true (document_has (programme, "会议时间："));
  g_assert_true (document_has (notice, "报到 2026年12月3日 08:30"));
  g_assert_true (document_has (notice, "会议 2026年12月3日 09:30"));
  g_assert_cmpstr (main_title, ==, "凝心聚力抓落实");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (own_line, 0)), ==, FY_BLOCK_ROLE_TITLE);
}

/* A 倡议书 from WeChat (sweep8 z8), one paragraph to a line and a blank
 * line between them, signed by two offices one under the other: the
 * stack is no hard-wrapped paragraph, each office is a signature line
 * of its own (they printed as one name), and the closing 🔚 under the
 * date does not make them body text.  A wrapped paragraph whose
 * last line is a name still joins. */
static void
test_stacked_issuers (void)
{
  g_autoptr(FyDocument) document =
    import_text ("关于垃圾分类的倡议书\n\n亲爱的市民朋友们：\n\n　　垃圾分类是新时尚，更是新责任。\n\n"
                 "　　让我们一起为建设美丽临川贡献力量！\n\n　　临川市精神文明建设委员会办公室\n"
                 "　　临川市城市管理局\n　　2026年12月4日\n\n\U0001F51A\n");
  g_autoptr(FyDocument) wrapped =
    import_text ("关于垃圾分类的倡议书\n\n本倡议由市文明办起草，\n征求了各区意见，\n报送\n临川市人民政府\n"
                 "2026年12月4日\n\n请各单位转发，\n广泛宣传。\n");
  guint n = fy_document_get_n_blocks (document);
  g_autofree char *one = block_text (document, n - 4);
  g_autofree char *two = block_text (document, n - 3);

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, n - 4)), ==, FY_BLOCK_ROLE_SIGNATURE);
  g_assert_cmpstr (one, ==, "临川市精神文明建设委员会办公室");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, n - 3)), ==, FY_BLOCK_ROLE_SIGNATURE);
  g_assert_cmpstr (two, ==, "临川市城市管理局");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, n - 2)), ==, FY_BLOCK_ROLE_DATE_LINE);
  g_assert_true (document_has (wrapped, "本倡议由市文明办起草，征求了各区意见，报送临川市人民政府"));
}

/* A 倡议书 from WeChat (sweep8 z8) whose headline runs no occasion in and
 * opens and closes with a pictograph: the account's name above it, which
 * the posting stamp under it names again, is no title; the headline is,
 * with its clause spaces.  A short first line the stamp does not name
 * stays. */
static void
test_wechat_masthead (void)
{
  g_autoptr(FyDocument) document =
    import_text ("临川文明实践\n\U0001F33F倡议书｜垃圾分类　从我做起\U0001F33F\n"
                 "原创 临川文明实践 2026年12月04日 19:20 江西\n\n亲爱的市民朋友们：\n\n"
                 "　　垃圾分类是新时尚，更是新责任。\n");
  g_autoptr(FyDocument) other =
    import_text ("告全市市民书\n垃圾分类　从我做起\n原创 临川发布 2026年12月04日 19:20 江西\n\n"
                 "亲爱的市民朋友们：\n\n　　垃圾分类是新时尚，更是新责任。\n");
  g_autofree char *title = block_text (document, 0);
  g_autofree char *other_title = block_text (other, 0);

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 0)), ==, FY_BLOCK_ROLE_TITLE);
  g_assert_cmpstr (title, ==, "\U0001F33F倡议书｜垃圾分类　从我做起\U0001F33F");
  g_assert_false (document_has (document, "临川文明实践"));
  g_assert_cmpstr (other_title, ==, "告全市市民书");
}

/* Words a web page's furniture shares with documents (new user, session
 * 17): a 培训班 notice's 主办单位： and 技术支持： lines, headings on
 * 浏览量, 扫一扫, 信息来源, 分享到, a 简报's 编辑：……　校对：…… under its
 * 报： line are the text's own, in an import and in a paste.  In a web
 * page's copy the credits beside its furniture still go, and a credit
 * inside the text stays. */
static void
test_web_words_kept (void)
{
  static const char * const own[] = {
    "主办单位：市总工会", "承办单位：市职工大学", "技术支持：市数据中心", "拓宽职工诉求信息来源",
    "公众号浏览量稳步增长", "推行“扫一扫”评价服务", "把先进经验分享到车间", "编辑：吴立新",
  };
  const char *notice = "关于举办工会干部培训班的通知\n\n各区总工会：\n\n一、时间和地点\n\n"
                       "时间：2026年12月18日\n主办单位：市总工会\n承办单位：市职工大学\n技术支持：市数据中心\n\n"
                       "二、培训内容\n\n（一）拓宽职工诉求信息来源\n\n（二）公众号浏览量稳步增长\n\n"
                       "（三）推行“扫一扫”评价服务\n\n（四）把先进经验分享到车间\n\n请按时参加。\n\n"
                       "报：市委办公室\n送：各产业工会\n编辑：吴立新　　校对：郑雪\n";
  g_autoptr(FyDocument) document = import_text (notice);
  g_autoptr(GPtrArray) pasted = fy_import_paste (notice, -1);
  g_autoptr(FyDocument) web =
    import_text ("首页 > 工会动态\n市总工会召开全委会\n\n　　会议听取了工作报告。\n\n来源：市总工会宣传部\n\n"
                 "　　会议强调，要抓好职工服务。\n\n来源：市总工会\n编辑：吴立新　审核：郑雪\n【打印本页】【关闭窗口】\n");
  guint headings = 0;

  for (guint i = 0; i < G_N_ELEMENTS (own); i++)
    {
      gboolean in_paste = FALSE;

      g_test_message ("own line: %s", own[i]);
      g_assert_true (document_has (document, own[i]));
      for (guint b = 0; b < pasted->len; b++)
        {
          g_autofree char *text = fy_block_dup_text (g_ptr_array_index (pasted, b));

          in_paste |= strstr (text, own[i]) != NULL;
        }
      g_assert_true (in_paste);
    }
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      FyBlock *block = fy_document_get_block (document, i);

      headings += fy_block_get_role (block) == FY_BLOCK_ROLE_HEADING && fy_block_get_level (block) == 2;
    }
  g_assert_cmpuint (headings, ==, 4);

  g_assert_false (document_has (web, "首页"));
  g_assert_false (document_has (web, "审核"));
  g_assert_false (document_has (web, "打印本页"));
  g_assert_true (document_has (web, "来源：市总工会宣传部"));
  g_assert_true (document_has (web, "要抓好职工服务"));
}

/* A photo's caption whose photo the copy lost (sweep7 y1: ▲图为全市营商
 *环境优化提升推进会现场) is no paragraph of the speech: it goes, and a
 * warning names it.  A point of a list under ▲ and a sentence that
 * opens with 图为 and goes on stay; a paste drops the caption too. */
static void
test_photo_caption (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "wechat-speech.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_import_file_with_warnings (file, &warnings, NULL, &error);
  g_autoptr(FyDocument) kept =
    import_text ("关于加强森林防火的讲话\n同志们：\n▲加强组织领导\n图为民办实事，是我们的初心。各单位要抓好落实。\n"
                 "图为会场。\n↑ 参会人员合影\n谢谢大家！\n");
  g_autoptr(GPtrArray) pasted = fy_import_paste ("今天开会。\n▲图：签约仪式\n下面讲三点意见。\n", -1);
  gboolean named = FALSE;

  g_assert_no_error (error);
  g_assert_false (document_has (document, "图为"));
  g_assert_true (document_has (document, "汇报三点体会"));
  g_assert_nonnull (warnings);
  for (guint i = 0; i < warnings->len; i++)
    named |= strstr (g_ptr_array_index (warnings, i), "“▲图为全市营商环境优化提升推进会现场”") != NULL;
  g_assert_true (named);

  g_assert_true (document_has (kept, "▲加强组织领导"));
  g_assert_true (document_has (kept, "图为民办实事，是我们的初心。"));
  g_assert_false (document_has (kept, "图为会场"));
  g_assert_false (document_has (kept, "合影"));

  g_assert_cmpuint (pasted->len, ==, 2);
}

/* The speaker right under the title sets the name apart from the post
 * with an ideographic space, as one further down does, whatever space
 * the page typed (sweep6 x6 without its subtitle: 副市长 刘振华 printed
 * with a narrow gap); a padded name keeps its padding. */
static void
test_speaker_space (void)
{
  g_autoptr(FyDocument) web = import_text ("在全市冬春农田水利建设动员会上的讲话\n副市长 刘振华\n同志们：\n今天开会。\n");
  g_autoptr(FyDocument) padded = import_text ("在全市冬春农田水利建设动员会上的讲话\n市长　林　远\n同志们：\n今天开会。\n");
  g_autofree char *speaker = block_text (web, 1);
  g_autofree char *name = block_text (padded, 1);

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (web, 1)), ==, FY_BLOCK_ROLE_SPEAKER);
  g_assert_cmpstr (speaker, ==, "副市长　刘振华");
  g_assert_cmpstr (name, ==, "市长　林　远");
}

/* A speech from a Word document whose lines the author numbered by hand
 * (1　　同志们：): the numbers go, the title, speaker and headings are
 * found as without them; three numbered lines are the author's list. */
static void
test_numbered_lines (void)
{
  g_autoptr(FyDocument) document = import_pasted ("numbered-lines.txt");
  g_autoptr(FyDocument) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = block_text (document, 0);
  g_autofree char *item = NULL;

  g_assert_cmpstr (title, ==, "在全县教育工作会议上的讲话");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_SPEAKER);
  g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_HEADING), ==, 3);
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = block_text (document, i);

      g_assert_false (g_ascii_isdigit (*text));
    }

  list = fy_import_plain_text ("1 加强组织领导。\n2 强化督促检查。\n3 严格考核问责。\n", -1, &error);
  g_assert_no_error (error);
  item = block_text (list, 0);
  g_assert_true (g_str_has_prefix (item, "1"));

  /* five numbered headings with no sentence among them keep their numbers */
  {
    g_autoptr(FyDocument) contents = fy_import_plain_text ("1 范围\n2 规范性引用文件\n3 术语和定义\n"
                                                           "4 总体要求\n5 技术要求\n", -1, &error);
    g_autofree char *first = NULL;

    g_assert_no_error (error);
    first = block_text (contents, 0);
    g_assert_true (g_str_has_prefix (first, "1"));
  }
}

/* Whether @document has a block whose text is @text. */
static gboolean
has_block (FyDocument *document,
           const char *text)
{
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *block = block_text (document, i);

      if (g_strcmp0 (block, text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A notice's contact lines (联系人：…, 联系电话：…, 电子邮箱：…) in a text
 * whose other short lines stop in mid-sentence: each its own line, the
 * space between the office and the name kept; a proposal's fields on one
 * line (联系人：周慧敏　　联系电话：…) stay apart. */
static void
test_contact_fields (void)
{
  g_autoptr(FyDocument) notice = import_pasted ("notice-attachments.txt");
  g_autoptr(FyDocument) proposal = import_pasted ("proposal.txt");

  g_assert_true (has_block (notice, "联系人：市政务服务管理局　许文静"));
  g_assert_true (has_block (notice, "联系电话：0798-86120457"));
  g_assert_true (has_block (notice, "电子邮箱：hcp2026@lc.gov.example"));
  g_assert_true (has_block (proposal, "联系人：周慧敏　　联系电话：139xxxx6218"));
}

/* Zero-width spaces, joiners and a word joiner a web page leaves in a
 * copy (new user, session 17) are no content: an import and a paste drop
 * them, so 查找 finds the words they stood between.  A joiner inside an
 * emoji sequence stays. */
static void
test_zero_width (void)
{
  const char *text = "区政协召开主席会议\n\n会议听取重点\u200B协商\u200C议题\u2060办理\u200D情况\uFEFF汇报。"
                     "\U0001F468\u200D\U0001F469\n";
  g_autoptr(FyDocument) document = import_text (text);
  g_autoptr(GPtrArray) pasted = fy_import_paste (text, -1);
  g_autofree char *pasted_text = fy_block_dup_text (g_ptr_array_index (pasted, pasted->len - 1));

  g_assert_true (document_has (document, "会议听取重点协商议题办理情况汇报。\U0001F468\u200D\U0001F469"));
  g_assert_cmpstr (pasted_text, ==, "会议听取重点协商议题办理情况汇报。\U0001F468\u200D\U0001F469");
}

/* A 简报's 版记 under its last paragraph (new user, session 17): the 报：
 * and 送： lines, in a text whose short lines stop in mid-sentence, are
 * no hard-wrapped paragraph: each is its own, as a 抄送 line is, and the
 * credits under them keep their space. */
static void
test_record_lines (void)
{
  g_autoptr(FyDocument) brief =
    import_text ("工会工作简报\n\n第8期\n\n市总工会办公室　　2026年12月1日\n\n市总工会开展送温暖活动\n\n"
                 "11月28日，市总工会走访慰问困难职工，送去慰问金\n和生活用品。\n\n"
                 "报：市委、市人大常委会、市政府\n送：各区总工会，各产业工会\n"
                 "编辑：吴立新　　校对：郑雪\n");

  g_assert_true (has_block (brief, "报：市委、市人大常委会、市政府"));
  g_assert_true (has_block (brief, "送：各区总工会，各产业工会"));
  g_assert_true (has_block (brief, "编辑：吴立新　　校对：郑雪"));
}

/* A proposal ends 提案人签名：民进临川市委会 above its date: that line is
 * the signature (set right, the date under it), not a body paragraph. */
static void
test_proposal_signature (void)
{
  g_autoptr(FyDocument) proposal = import_pasted ("proposal.txt");
  guint n = fy_document_get_n_blocks (proposal);
  g_autofree char *signature = block_text (proposal, n - 2);

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (proposal, n - 2)), ==, FY_BLOCK_ROLE_SIGNATURE);
  g_assert_cmpstr (signature, ==, "提案人签名：民进临川市委会");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (proposal, n - 1)), ==, FY_BLOCK_ROLE_DATE_LINE);
}

/* An 实施意见 copied out of a PDF (sweep8 z1): a line break at the end of
 * every printed line, in mid-sentence, the title on two lines, each
 * page's number (— 1 —) and the running header under it inside.  The
 * furniture goes, each paragraph is one block again, a numbered point
 * after a closed sentence starts its own, the office above the date is
 * the signature.  A list of names one to a line is no PDF column. */
static void
test_pdf_copy (void)
{
  g_autoptr(FyDocument) document = import_pasted ("pdf-copy.txt");
  g_autoptr(FyDocument) names =
    import_text ("会议名单\n王建平\n李明华\n张　蕾\n陈国栋\n赵永康\n周　敏\n吴海燕\n孙立新\n郑　伟\n");
  guint n = fy_document_get_n_blocks (document);
  g_autofree char *title = block_text (document, 0);
  g_autofree char *signature = block_text (document, n - 2);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) names_warnings = NULL;
  const char *warning;

  g_assert_cmpstr (title, ==, "关于进一步加强全市农村生活污水治理设施运行维护管理的实施意见");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_SALUTATION);
  g_assert_cmpuint (n, ==, 15);
  g_assert_false (document_has (document, "— 1 —"));
  g_assert_false (document_has (document, "文件"));
  g_assert_true (document_has (document, "推动农村生活污水治理设施建得成、用得起、管得好，"));
  g_assert_true (document_has (document, "评估，评估结果作为"));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = block_text (document, i);

      g_assert_null (strstr (text, "上报。（三）"));
    }
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, n - 2)), ==, FY_BLOCK_ROLE_SIGNATURE);
  g_assert_cmpstr (signature, ==, "临川市人民政府办公室");
  g_assert_cmpuint (fy_document_get_n_blocks (names), ==, 10);

  /* What went is named, each line once. */
  warnings = fy_import_dup_warnings (document);
  g_assert_cmpuint (warnings->len, ==, 1);
  warning = g_ptr_array_index (warnings, 0);
  g_assert_nonnull (strstr (warning, "“— 1 —”"));
  g_assert_nonnull (strstr (warning, "“临川市人民政府办公室文件”"));
  g_assert_null (strstr (strstr (warning, "“临川市人民政府办公室文件”") + 1, "“临川市人民政府办公室文件”"));
  g_assert_cmpuint (fy_document_get_n_blocks (names), ==, 10);
  names_warnings = fy_import_dup_warnings (names);
  g_assert_true (names_warnings == NULL || names_warnings->len == 0);
}

/* A 表彰通报's lists of the honoured, set in columns one row to a line
 * (sweep10 b3): each row stays a line of its own with the runs of
 * ideographic spaces that line its columns up; joined, the rows ran into
 * one paragraph (市应急管理局市住房城乡建设局市交通运输局……).  A label's
 * wrapped names (出席：……) still join. */
static void
test_name_columns (void)
{
  static const char * const rows[] = {
    "市应急管理局　　　　　　市住房城乡建设局",
    "南城县人民政府　　　　　崇仁县应急管理局",
    "临川区上顿渡镇人民政府　东乡区孝岗镇人民政府",
    "王建军　李晓红　陈　刚　刘志强　张　敏",
    "赵德胜　孙立新　周　芳　吴海涛　郑丽华",
  };
  g_autoptr(FyDocument) document =
    import_text ("临川市人民政府关于表彰2026年度全市安全生产工作先进集体和先进个人的通报\n\n"
                 "各县（区）人民政府，市政府各部门：\n\n"
                 "市政府决定，对市应急管理局等6个先进集体和王建军等10名先进个人予以通报表彰。\n\n"
                 "受表彰的先进集体：\n\n"
                 "市应急管理局　　　　　　市住房城乡建设局\n"
                 "南城县人民政府　　　　　崇仁县应急管理局\n"
                 "临川区上顿渡镇人民政府　东乡区孝岗镇人民政府\n\n"
                 "受表彰的先进个人：\n\n"
                 "王建军　李晓红　陈　刚　刘志强　张　敏\n"
                 "赵德胜　孙立新　周　芳　吴海涛　郑丽华\n\n"
                 "希望受表彰的集体和个人珍惜荣誉，再接再厉。\n");
  g_autoptr(FyDocument) minutes =
    import_text ("市政府常务会议纪要\n\n会议研究了有关事项。\n\n"
                 "出席：周明远　李国华　王建军　陈晓燕　刘志强　张　敏\n"
                 "赵德胜　孙立新\n");

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    g_assert_true (has_block (document, rows[r]));
  g_assert_false (document_has (document, "建设局南城县"));
  g_assert_true (document_has (minutes, "出席：周明远"));
  g_assert_false (has_block (minutes, "赵德胜　孙立新"));
}

/* Minutes that type 出席：, 列席： and 请假： on lines of their own, the
 * list under each: the label and its list are one paragraph, which the
 * typesetter hangs (GB/T 9704 §10.3), rows of names all of them.
 * 记录：周小燕 stays as it is. */
static void
test_attendance_label_alone (void)
{
  g_autoptr(FyDocument) document =
    import_text ("县人民政府常务会议纪要\n\n会议研究了冬春森林防火工作。\n\n出席：\n\n刘志远　张红梅　王　勇\n\n"
                 "列席：\n\n县财政局、县林业局、县应急管理局主要负责同志\n\n请假：\n赵建新（在省委党校学习）\n\n"
                 "记录：周小燕\n\n一、关于冬春森林防火工作\n\n会议要求，压实防火责任。\n");

  g_assert_true (has_block (document, "出席：刘志远　张红梅　王　勇"));
  g_assert_true (has_block (document, "列席：县财政局、县林业局、县应急管理局主要负责同志"));
  g_assert_true (has_block (document, "请假：赵建新（在省委党校学习）"));
  g_assert_true (has_block (document, "记录：周小燕"));
  g_assert_false (has_block (document, "出席："));

  {
    g_autoptr(FyDocument) rows =
      import_text ("市政府常务会议纪要\n\n会议研究了有关事项。\n\n出席：\n"
                   "周明远　李国华　王建军　陈晓燕　刘志强　张　敏　李　明　王小红　孙立新\n赵德胜　孙立新\n\n"
                   "列席：\n市财政局、市林业局\n\n一、关于防火\n\n会议要求。\n");

    g_assert_true (has_block (rows, "出席：周明远　李国华　王建军　陈晓燕　刘志强　张　敏　李　明　王小红　孙立新"
                                    "　赵德胜　孙立新"));
    g_assert_true (has_block (rows, "列席：市财政局、市林业局"));
  }
}

/* A paste leaves out what a file import leaves out, and says so in the
 * same words: its notes name each page number, running head and photo
 * caption once; a paste that leaves nothing out has no notes. */
static void
test_paste_notes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "pdf-copy.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(FyDocument) document = import_pasted ("pdf-copy.txt");
  g_autoptr(GPtrArray) warnings = fy_import_dup_warnings (document);
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(FyImportNotes) caption_notes = NULL;
  g_autoptr(FyImportNotes) no_notes = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GPtrArray) captioned = NULL;
  g_autoptr(GPtrArray) plain = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  pasted = fy_import_paste_with_notes (text, -1, &notes);
  g_assert_nonnull (notes);
  g_assert_cmpuint (notes->furniture->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (notes->furniture, 0), ==, "— 1 —");
  g_assert_cmpstr (g_ptr_array_index (notes->furniture, 1), ==, "临川市人民政府办公室文件");
  g_assert_cmpstr (g_ptr_array_index (notes->furniture, 2), ==, "— 2 —");
  g_assert_cmpstr (g_ptr_array_index (notes->furniture, 3), ==, "— 3 —");
  g_assert_cmpuint (notes->captions->len, ==, 0);
  g_assert_cmpuint (fy_import_notes_count_lines (notes), ==, 4);
  g_assert_cmpuint (notes->warnings->len, ==, 1);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (notes->warnings, 0), ==, g_ptr_array_index (warnings, 0));
  for (guint i = 0; i < pasted->len; i++)
    {
      g_autofree char *block = fy_block_dup_text (g_ptr_array_index (pasted, i));

      g_assert_null (strstr (block, "— 2 —"));
      g_assert_null (strstr (block, "办公室文件"));
    }

  /* A caption twice over is one line left out, under one warning. */
  captioned = fy_import_paste_with_notes ("今天开会。\n▲图：签约仪式\n下面讲三点意见。\n▲图：签约仪式\n", -1,
                                          &caption_notes);
  g_assert_cmpuint (captioned->len, ==, 2);
  g_assert_cmpuint (caption_notes->captions->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (caption_notes->captions, 0), ==, "▲图：签约仪式");
  g_assert_cmpuint (caption_notes->furniture->len, ==, 0);
  g_assert_cmpuint (caption_notes->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (caption_notes->warnings, 0), "“▲图：签约仪式”"));

  plain = fy_import_paste_with_notes ("一、抓好学习\n坚持每周集中学习一次。\n", -1, &no_notes);
  g_assert_cmpuint (plain->len, ==, 2);
  g_assert_cmpuint (fy_import_notes_count_lines (no_notes), ==, 0);
  g_assert_cmpuint (no_notes->warnings->len, ==, 0);
}

/* A web page's furniture that goes is named too (new user, session 17:
 * 来源/编辑/阅读 lines, a breadcrumb, 分享到, 上一篇 went without a word):
 * each line once in the notes of a paste and in the warning of a file
 * import, which gives the same words; the text stays. */
static void
test_paste_notes_web (void)
{
  static const char * const site[] = {
    "首页 > 政务公开 > 工作动态", "发布时间：2026-11-20　来源：县水利局　编辑：钱晓东　阅读次数：312",
    "分享到：", "上一篇：县林业局开展防火演练",
  };
  const char *copy = "首页 > 政务公开 > 工作动态\n\n县水利局部署冬修水利工作\n\n"
                     "发布时间：2026-11-20　来源：县水利局　编辑：钱晓东　阅读次数：312\n\n"
                     "　　11月19日，县水利局召开冬修水利工作部署会。\n\n"
                     "　　会议要求，各乡镇要在明年春耕前完成沟渠清淤。\n\n"
                     "分享到：\n上一篇：县林业局开展防火演练\n分享到：\n";
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = fy_import_paste_with_notes (copy, -1, &notes);
  g_autoptr(FyDocument) document = import_text (copy);
  g_autoptr(GPtrArray) warnings = fy_import_dup_warnings (document);
  const char *warning;

  g_assert_cmpuint (notes->web->len, ==, G_N_ELEMENTS (site));
  for (guint i = 0; i < G_N_ELEMENTS (site); i++)
    g_assert_cmpstr (g_ptr_array_index (notes->web, i), ==, site[i]);
  g_assert_cmpuint (notes->furniture->len, ==, 0);
  g_assert_cmpuint (notes->captions->len, ==, 0);
  g_assert_cmpuint (fy_import_notes_count_lines (notes), ==, 4);
  g_assert_cmpuint (pasted->len, ==, 3);

  g_assert_cmpuint (notes->warnings->len, ==, 1);
  warning = g_ptr_array_index (notes->warnings, 0);
  g_assert_true (g_str_has_prefix (warning, "The text reads as copied from a web page: 4 lines"));
  g_assert_nonnull (strstr (warning, "“首页 > 政务公开 > 工作动态”"));
  g_assert_nonnull (strstr (warning, "“分享到：”"));
  g_assert_null (strstr (strstr (warning, "“分享到：”") + 1, "“分享到：”"));
  g_assert_nonnull (strstr (warning, "“上一篇：县林业局开展防火演练”"));
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==, warning);
  g_assert_true (document_has (document, "各乡镇要在明年春耕前完成沟渠清淤"));
  g_assert_false (document_has (document, "阅读次数"));
}

/* What a clipboard holding only a picture gave as text (new user, session
 * 17: "\x89PNG" and a control character landed in the speech) is no
 * text to paste; a PDF's page break (\f), tabs and line breaks are. */
static void
test_readable_text (void)
{
  g_assert_true (fy_import_is_readable_text ("一、总体要求\n\t坚持问题导向。\r\n\f— 2 —\n", -1));
  g_assert_true (fy_import_is_readable_text ("序号\t单位\n1\t县财政局", -1));
  g_assert_false (fy_import_is_readable_text ("\xc2\x89PNG\r\n\x1a\n", -1));
  g_assert_false (fy_import_is_readable_text ("\x89PNG\r\n", -1));
  g_assert_false (fy_import_is_readable_text ("\u00ff\u00d8\u00ff\u00e0JFIF", -1));
  g_assert_false (fy_import_is_readable_text ("会议要求\a各乡镇", -1));
  g_assert_false (fy_import_is_readable_text ("会议\0要求", strlen ("会议") + 1 + strlen ("要求")));
}

/* A title typed on two lines as it is printed (关于……设施 / 运行维护管理的
 * 实施意见, an organ over 信访事项处理意见书) is one title, and the file
 * number under it its number; a main title over its occasion (在……上的讲话)
 * stays apart from it. */
static void
test_title_two_lines (void)
{
  g_autoptr(FyDocument) document =
    import_text ("关于进一步加强全市农村生活污水治理设施\n运行维护管理的实施意见\n\n各县（市、区）人民政府：\n\n"
                 "为巩固农村人居环境整治成果，现提出如下意见。\n");
  g_autoptr(FyDocument) occasion =
    import_text ("凝心聚力抓落实\n在全市冬春农田水利建设动员会上的讲话\n\n同志们：\n\n今天开会。\n");
  g_autofree char *title = block_text (document, 0);
  g_autofree char *main_title = block_text (occasion, 0);

  g_assert_cmpstr (title, ==, "关于进一步加强全市农村生活污水治理设施运行维护管理的实施意见");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_SALUTATION);
  g_assert_cmpstr (main_title, ==, "凝心聚力抓落实");

  {
    g_autoptr(FyDocument) reply =
      import_text ("临河市住房和城乡建设局\n信访事项处理意见书\n\n临住建信复〔2026〕37号\n\n陈秀英：\n\n"
                   "您反映的事项，我局已依法受理。\n");
    g_autofree char *reply_title = block_text (reply, 0);

    g_assert_cmpstr (reply_title, ==, "临河市住房和城乡建设局信访事项处理意见书");
    g_assert_cmpint (fy_block_get_role (fy_document_get_block (reply, 1)), ==, FY_BLOCK_ROLE_ISSUE_NUMBER);
    g_assert_cmpint (fy_block_get_role (fy_document_get_block (reply, 2)), ==, FY_BLOCK_ROLE_SALUTATION);
  }
}

/* A notice whose date a note in brackets follows, then two attached
 * documents under 附件1 and 附件2 labels, a list of indicators and a form
 * (…评估指标, 联络员信息表): the office above the date is the signature,
 * and each attached document's name its title. */
static void
test_notice_attachments (void)
{
  g_autoptr(FyDocument) document = import_pasted ("notice-attachments.txt");
  guint n = fy_document_get_n_blocks (document);
  g_autofree char *signature = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  guint titles = 0;

  for (guint i = 0; i < n; i++)
    {
      FyBlockRole role = fy_block_get_role (fy_document_get_block (document, i));

      if (role == FY_BLOCK_ROLE_SIGNATURE)
        signature = block_text (document, i);
      if (role == FY_BLOCK_ROLE_TITLE && ++titles == 2)
        second = block_text (document, i);
      if (role == FY_BLOCK_ROLE_TITLE && titles == 3 && third == NULL)
        third = block_text (document, i);
    }
  g_assert_cmpstr (signature, ==, "临川市人民政府办公室");
  g_assert_cmpstr (second, ==, "2026年度政务服务“好差评”专项评估指标");
  g_assert_cmpstr (third, ==, "联络员信息表");
}

/* A speech copied from a web page (blank lines between paragraphs,
 * half-width marks): the speaker under the date is the speaker, and the
 * plain space between the office and the name stays, as an ideographic
 * one. */
static void
test_speaker_after_date (void)
{
  g_autoptr(FyDocument) document =
    import_text ("\u00a0\u00a0在全市优化营商环境大会上的讲话\n\n（2026年3月2日）\n\n市委书记 林国栋\n\n"
                 "\u00a0\u00a0同志们:\n\n\u00a0\u00a0今天,我们召开全市优化营商环境大会。\n");
  g_autofree char *speaker = block_text (document, 2);

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_SPEAKER);
  g_assert_cmpstr (speaker, ==, "市委书记　林国栋");
}

/* A Markdown pipe table pasted into plain text is a table (sweep9 a6: it
 * printed as one paragraph of bars and dashes), its long cell whole, next
 * to the table pasted from WPS. */
static void
test_pipe_table (void)
{
  g_autoptr(FyDocument) document = import_pasted ("progress-report.txt");
  g_autoptr(FyTable) table = NULL;
  guint n = fy_document_get_n_blocks (document);

  g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_TABLE), ==, 2);
  for (guint i = n; i > 0 && table == NULL; i--)
    if (fy_block_get_role (fy_document_get_block (document, i - 1)) == FY_BLOCK_ROLE_TABLE)
      table = fy_table_new_from_block (fy_document_get_block (document, i - 1));
  g_assert_true (fy_table_get_header (table));
  g_assert_cmpuint (fy_table_get_n_rows (table), ==, 4);
  g_assert_cmpuint (fy_table_get_n_columns (table), ==, 4);
  g_assert_cmpstr (fy_table_get_cell (table, 0, 2), ==, "原因分析及整改措施");
  g_assert_true (g_str_has_suffix (fy_table_get_cell (table, 1, 2), "确保主体工程年底前封顶"));
  g_assert_cmpstr (fy_table_get_cell (table, 3, 3), ==, "12月15日");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = block_text (document, i);

      g_assert_null (strstr (text, "---"));
    }
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, n - 1)), ==, FY_BLOCK_ROLE_DATE_LINE);
}

/* A spreadsheet's row with a cell of two lines, which Excel and WPS copy
 * in quotes over two lines (new user, session 17: the table fell apart,
 * its header a paragraph, the quotes printed), is one row of the table,
 * the cell's lines joined, the quotes gone, the header row the header;
 * so in a paste.  A Word cell that merely opens with a quote is text. */
static void
test_quoted_cell (void)
{
  const char *copy = "各单位进度如下：\n"
                     "序号\t单位\t进度\t说明\n"
                     "1\t县水利局\t\"主体完工\n（比计划提前5天）\"\t\n"
                     "2\t县交通局\t\"路基完成\n路面在建\"\t\"含\"\"村村通\"\"\n二期\"\n"
                     "3\t县住建局\t未开工\t\"双减\"配套\n"
                     "下一步，各单位要加快进度。\n";
  g_autoptr(FyDocument) document = import_text (copy);
  g_autoptr(GPtrArray) pasted = fy_import_paste (copy, -1);
  g_autoptr(FyTable) table = NULL;
  g_autoptr(FyTable) pasted_table = NULL;

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 3);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_TABLE);
  table = fy_table_new_from_block (fy_document_get_block (document, 1));
  g_assert_true (fy_table_get_header (table));
  g_assert_cmpuint (fy_table_get_n_rows (table), ==, 4);
  g_assert_cmpuint (fy_table_get_n_columns (table), ==, 4);
  g_assert_cmpstr (fy_table_get_cell (table, 0, 0), ==, "序号");
  g_assert_cmpstr (fy_table_get_cell (table, 1, 2), ==, "主体完工（比计划提前5天）");
  g_assert_cmpstr (fy_table_get_cell (table, 1, 3), ==, "");
  g_assert_cmpstr (fy_table_get_cell (table, 2, 2), ==, "路基完成路面在建");
  g_assert_cmpstr (fy_table_get_cell (table, 2, 3), ==, "含\"村村通\"二期");
  g_assert_cmpstr (fy_table_get_cell (table, 3, 3), ==, "\"双减\"配套");
  g_assert_cmpstr (fy_table_get_cell (table, 3, 0), ==, "3");

  g_assert_cmpuint (pasted->len, ==, 3);
  pasted_table = fy_table_new_from_block (g_ptr_array_index (pasted, 1));
  g_assert_true (fy_table_get_header (pasted_table));
  g_assert_cmpuint (fy_table_get_n_rows (pasted_table), ==, 4);
  g_assert_cmpstr (fy_table_get_cell (pasted_table, 1, 2), ==, "主体完工（比计划提前5天）");
}

/* Text copied out of a Fayan or Word PDF (pdftotext) and pasted (new
 * user, session 17): the title, its subtitle and the speaker came as one
 * paragraph, a table's first header cell was glued to the sentence
 * before (……见下表。议题类别) and the closing to the last paragraph.  A
 * subtitle, and a speaker line under it, never join the line before; a
 * short line that ends no clause, or a closing, starts anew after a
 * closed sentence. */
static void
test_pdf_copy_paragraphs (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "pdf-copy-table.txt", NULL);
  g_autofree char *copy = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *speaker = NULL;
  g_autofree char *last = NULL;
  gboolean table_sentence = FALSE;

  g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
  pasted = fy_import_paste (copy, -1);
  title = fy_block_dup_text (g_ptr_array_index (pasted, 0));
  subtitle = fy_block_dup_text (g_ptr_array_index (pasted, 1));
  speaker = fy_block_dup_text (g_ptr_array_index (pasted, 2));
  last = fy_block_dup_text (g_ptr_array_index (pasted, pasted->len - 1));
  g_assert_cmpstr (title, ==, "坚持实干为先　推动社区治理提质增效");
  g_assert_cmpstr (subtitle, ==, "——在全区社区工作座谈会上的交流发言");
  g_assert_true (g_str_has_prefix (speaker, "城南街道党工委"));
  g_assert_cmpstr (last, ==, "以上发言，不妥之处，请批评指正。谢谢大家！");
  for (guint i = 0; i + 1 < pasted->len; i++)
    {
      g_autofree char *text = fy_block_dup_text (g_ptr_array_index (pasted, i));
      g_autofree char *next = fy_block_dup_text (g_ptr_array_index (pasted, i + 1));

      g_assert_null (strstr (text, "见下表。议题"));
      if (g_str_has_suffix (text, "各社区议事情况见下表。"))
        {
          g_autoptr(FyTable) table = fy_table_new_from_block (g_ptr_array_index (pasted, i + 1));

          table_sentence = TRUE;
          g_assert_cmpint (fy_block_get_role (g_ptr_array_index (pasted, i + 1)), ==, FY_BLOCK_ROLE_TABLE);
          g_assert_cmpstr (fy_table_get_cell (table, 0, 0), ==, "议题类别");
          g_assert_cmpstr (next, !=, "议题类别");
        }
    }
  g_assert_true (table_sentence);
}

/* The space between the two issuers of a joint document cited inside 《》
 * (sweep10: 《鹤汀市财政局　鹤汀市教育局关于……》 printed as one name),
 * typed as an ideographic space or copied out of a PDF as a plain one,
 * stays as an ideographic space; a wrap space inside a 《》 that parts
 * no issuers still goes. */
static void
test_joint_issuers_space (void)
{
  g_autoptr(FyDocument) document =
    import_text ("关于做好农村学校供水保障工作的通知\n\n各县区教育局：\n\n"
                 "市政府印发了《鹤汀市财政局　鹤汀市教育局关于做好农村学校供水保障工作的通知》，请遵照执行。\n\n"
                 "请对照《鹤汀市水利局 鹤汀市卫生健康委 鹤汀市教育局关于加强饮水安全管理的意见》自查。\n\n"
                 "同时参照《关于加强学校 食堂管理的通知》执行。\n");

  g_assert_true (document_has (document, "《鹤汀市财政局　鹤汀市教育局关于做好农村学校供水保障工作的通知》"));
  g_assert_true (document_has (document, "《鹤汀市水利局　鹤汀市卫生健康委　鹤汀市教育局关于加强饮水安全管理的意见》"));
  g_assert_true (document_has (document, "《关于加强学校食堂管理的通知》"));
}

/* A speech copied out of a PDF in a viewer (poppler's selection, as in
 * Evince) and pasted: the speaker's ideographic space came as a plain
 * one and the paste, which reads no title, took it for a wrap space
 * (市人大常委会主任张三).  The speaker line under the paste's first line
 * keeps it as an ideographic one, and so does a speaker under a
 * subtitle. */
static void
test_pasted_speaker_space (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "pdf-copy-speech.txt", NULL);
  g_autofree char *copy = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GPtrArray) subtitled =
    fy_import_paste ("凝心聚力抓落实\n——在全市冬春农田水利建设动员会上的讲话\n副市长 刘振华\n同志们：\n", -1);
  g_autofree char *speaker = NULL;
  g_autofree char *subtitled_speaker = NULL;

  g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
  pasted = fy_import_paste (copy, -1);
  speaker = fy_block_dup_text (g_ptr_array_index (pasted, 1));
  g_assert_cmpstr (speaker, ==, "市人大常委会主任　张三");
  subtitled_speaker = fy_block_dup_text (g_ptr_array_index (subtitled, 2));
  g_assert_cmpstr (subtitled_speaker, ==, "副市长　刘振华");
}

/* A 提案答复 pasted from WPS, its contact lines' labels spaced out to
 * line up (联 系 人：, 联　系　人：) and the page blank-lined: each line
 * of fields stays a paragraph, where the reply printed them as one run
 * (……教育科联系人：刘晓燕联系电话：……).  The label loses its spacing,
 * the spaces between two fields stay. */
static void
test_spaced_field_labels (void)
{
  static const char * const labels[] = { "联 系 人", "联　系　人" };

  for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
    {
      g_autofree char *text =
        g_strdup_printf ("关于市政协十三届五次会议第0217号提案的答复\n\n"
                         "　　感谢您对教育工作的关心和支持，希望继续提出宝贵意见。\n\n"
                         "　　联系单位：临河市教育局思想政治和体育卫生艺术教育科\n"
                         "　　%s：刘晓燕　　联系电话：0471-6253418\n"
                         "　　电子邮箱：jyjsz@linhe.example.cn\n", labels[k]);
      g_autoptr(FyDocument) document = import_text (text);

      g_assert_true (has_block (document, "联系单位：临河市教育局思想政治和体育卫生艺术教育科"));
      g_assert_true (has_block (document, "联系人：刘晓燕　　联系电话：0471-6253418"));
      g_assert_true (has_block (document, "电子邮箱：jyjsz@linhe.example.cn"));
    }
}

/* Tables pasted from WPS whose header cells were merged: 2025年 over
 * 数值 and 增速 (its empty cells copied as tabs, the last ones trailing),
 * 阶段 and 主要任务 over both header rows.  The two rows are one header,
 * each lower cell after its upper one; before, the lower row was a row
 * of data under a header with blank cells, and 2026年1—9月's trailing
 * tab put the header out of the table.  A row of data with an empty
 * cell (合计) stays data. */
static void
test_merged_header (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "tables", "paste-wps-merged.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_import_file (file, NULL, &error);
  g_autoptr(FyTable) figures = NULL;
  g_autoptr(FyTable) stages = NULL;
  static const char * const header[] = { "指标", "2025年数值", "2025年增速", "2026年1—9月数值", "2026年1—9月增速" };

  g_assert_no_error (error);
  g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_TABLE), ==, 2);
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    if (fy_block_get_role (fy_document_get_block (document, i)) == FY_BLOCK_ROLE_TABLE)
      {
        if (figures == NULL)
          figures = fy_table_new_from_block (fy_document_get_block (document, i));
        else
          stages = fy_table_new_from_block (fy_document_get_block (document, i));
      }

  g_assert_true (fy_table_get_header (figures));
  g_assert_cmpuint (fy_table_get_n_columns (figures), ==, 5);
  g_assert_cmpuint (fy_table_get_n_rows (figures), ==, 4);
  for (guint c = 0; c < G_N_ELEMENTS (header); c++)
    g_assert_cmpstr (fy_table_get_cell (figures, 0, c), ==, header[c]);
  g_assert_cmpstr (fy_table_get_cell (figures, 1, 4), ==, "5.9%");

  g_assert_cmpuint (fy_table_get_n_rows (stages), ==, 4);
  g_assert_cmpstr (fy_table_get_cell (stages, 0, 0), ==, "阶段");
  /* a word the two halves repeat comes once (时间 over 起止时间) */
  g_assert_cmpstr (fy_table_get_cell (stages, 0, 1), ==, "起止时间");
  g_assert_cmpstr (fy_table_get_cell (stages, 0, 2), ==, "主要任务");
  g_assert_cmpstr (fy_table_get_cell (stages, 3, 0), ==, "合计");
  g_assert_cmpstr (fy_table_get_cell (stages, 3, 1), ==, "");

  /* 1—9月完成 over 投资（万元） and 完成率（%）: the upper's last word
   * opens the lower half once */
  g_clear_object (&document);
  g_free (path);
  path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "progress-report.txt", NULL);
  g_clear_object (&file);
  file = g_file_new_for_path (path);
  document = fy_import_file (file, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&figures, fy_table_free);
  for (guint i = 0; i < fy_document_get_n_blocks (document) && figures == NULL; i++)
    if (fy_block_get_role (fy_document_get_block (document, i)) == FY_BLOCK_ROLE_TABLE)
      figures = fy_table_new_from_block (fy_document_get_block (document, i));
  g_assert_nonnull (figures);
  g_assert_cmpstr (fy_table_get_cell (figures, 0, 3), ==, "1—9月完成投资（万元）");
  g_assert_cmpstr (fy_table_get_cell (figures, 0, 4), ==, "1—9月完成率（%）");
}

/* A notice's first paragraph right under its 主送 (为……，现通知如下：) is
 * short clauses ending in a colon, and read as a list of addressees: a
 * second salutation, set flush left.  Only the 主送 is the salutation;
 * the paragraph is body text, in a file import (a clerk's typed 发文,
 * tests/data/clerks/fawen.txt) as in a paste into a blank document.  A
 * salutation of a speech stays one. */
static void
test_notice_opening (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clerks", "fawen.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) fawen = fy_import_file (file, NULL, &error);
  g_autoptr(GPtrArray) pasted =
    fy_import_paste_document_with_notes ("关于做好元旦春节期间安全生产工作的通知\n各乡镇人民政府：\n"
                                         "为做好元旦春节期间安全生产工作，现通知如下：\n一、压实责任\n"
                                         "各乡镇要落实属地责任。\n县安全生产委员会办公室\n2026年12月5日\n",
                                         -1, NULL);
  g_autoptr(FyDocument) speech = import_text ("在全县安全生产工作会议上的讲话\n同志们：\n今天开会。\n");
  g_autofree char *opening = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (count_role (fawen, FY_BLOCK_ROLE_SALUTATION), ==, 1);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (fawen, 2)), ==, FY_BLOCK_ROLE_SALUTATION);
  opening = block_text (fawen, 3);
  g_assert_true (g_str_has_prefix (opening, "为切实做好今冬明春森林防火工作"));
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (fawen, 3)), ==, FY_BLOCK_ROLE_PARAGRAPH);

  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (pasted, 1)), ==, FY_BLOCK_ROLE_SALUTATION);
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (pasted, 2)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (speech, 1)), ==, FY_BLOCK_ROLE_SALUTATION);
}

/* A 表彰决定 announces its list (经研究，决定对以下同志予以表彰：) and
 * lists the names in rows of four right above the 署名 (the typeset
 * engineer's 优秀网格员 decision, sessions 23–25).  The sentence is body
 * text, not a second salutation under the 主送; the rows are the list,
 * not a joint signature: the organ alone signs.  In a file import and a
 * paste into a blank document alike; every character stays. */
static void
test_decision_names (void)
{
  static const char *const texts[] = {
    "关于表彰2026年度全县优秀人民调解员的决定\n各乡镇人民政府，县直各单位：\n"
    "经研究，决定对以下同志予以表彰：\n"
    "王建国　　李晓明　　张　伟　　刘　芳\n陈志强　　赵丽华（女）　　孙　磊　　周　敏\n"
    "县人民政府\n2026年12月5日\n",
    "关于表彰2026年度全县优秀人民调解员的决定\n各乡镇人民政府，县直各单位：\n"
    "2026年，全县人民调解员扎根基层、化解矛盾，为平安建设作出了积极贡献。\n"
    "经研究，决定对以下同志予以表彰：\n"
    "王建国　　李晓明　　张　伟　　刘　芳\n陈志强　　赵丽华（女）　　孙　磊　　周　敏\n"
    "希望受到表彰的同志珍惜荣誉，再接再厉。\n县人民政府\n2026年12月5日\n",
  };

  for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
    {
      g_autoptr(FyDocument) document = import_text (texts[k]);
      g_autoptr(GPtrArray) pasted = fy_import_paste_document_with_notes (texts[k], -1, NULL);
      guint n = fy_document_get_n_blocks (document);

      g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_SALUTATION), ==, 1);
      g_assert_cmpuint (count_role (document, FY_BLOCK_ROLE_SIGNATURE), ==, 1);
      g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, n - 2)), ==, FY_BLOCK_ROLE_SIGNATURE);
      g_assert_cmpuint (fy_test_count_visible (texts[k]), ==, fy_test_count_visible_blocks (pasted));
      g_assert_cmpuint (pasted->len, ==, n);
      for (guint i = 0; i < n; i++)
        {
          FyBlock *block = fy_document_get_block (document, i);
          g_autofree char *text = fy_block_dup_text (block);

          if (g_str_has_prefix (text, "经研究") || g_str_has_prefix (text, "王建国") ||
              g_str_has_prefix (text, "陈志强"))
            g_assert_cmpint (fy_block_get_role (block), ==, FY_BLOCK_ROLE_PARAGRAPH);
          g_assert_cmpint (fy_block_get_role (g_ptr_array_index (pasted, i)), ==, fy_block_get_role (block));
        }
    }
}

/* A 名单 lined up in Word with the space bar (two half-width spaces
 * between names, two inside a two-character name: 陈  刚), as Word's
 * plain text gives it: each row keeps its names apart, each pair of
 * spaces an ideographic space as wide, so the columns stay lined up in
 * print (the third and fourth names of each row start in one column).
 * Before, a row not under the title lost its spaces and its names ran
 * together (赵小燕孙立新郑海涛何明).  A file import and a paste alike. */
/* Two spaces after a heading's number (一、  总体要求, as a clerk types
 * them) make no row of names: the headings are numbered by the engine,
 * as with one space or none (review, session 26: the import chose
 * "as written" for the whole document). */
static void
test_names_aligned_not_headings (void)
{
  static const char *const gaps[] = { "", " ", "  ", "\u3000" };

  for (guint k = 0; k < G_N_ELEMENTS (gaps); k++)
    {
      g_autofree char *text = g_strdup_printf (
        "关于做好冬春季森林防火工作的通知\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n\n"
        "一、%s总体要求\n\n坚持预防为主，落实责任。\n\n二、%s工作措施\n\n加强巡查，及时处置。\n\n"
        "县人民政府\n\n2026年12月7日\n", gaps[k], gaps[k]);
      g_autoptr(FyDocument) document = import_text (text);

      g_test_message ("gap \"%s\"", gaps[k]);
      g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AUTO);
      fy_test_assert_block (document, 3, FY_BLOCK_ROLE_HEADING, 1, NULL, "总体要求");
      fy_test_assert_block (document, 5, FY_BLOCK_ROLE_HEADING, 1, NULL, "工作措施");
    }
}

static void
test_names_aligned (void)
{
  static const char text[] =
    "关于表彰2026年度防汛抗旱先进个人的通报\n各乡镇人民政府，县直有关单位：\n"
    "经研究，决定对以下同志予以通报表彰：\n"
    "王建军  李晓红  陈  刚  周  平\n赵小燕  孙立新  郑海涛  何  明\n"
    "希望受到表彰的同志珍惜荣誉，再接再厉。\n县人民政府\n2026年12月10日\n";
  g_autoptr(FyDocument) document = import_text (text);
  g_autoptr(GPtrArray) pasted = fy_import_paste (text, -1);
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  const FyTestPdfLine *rows[2] = { NULL, NULL };

  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "王建军　李晓红　陈　刚　周　平");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "赵小燕　孙立新　郑海涛　何　明");
  for (guint i = 3; i <= 4; i++)
    {
      g_autofree char *row = fy_block_dup_text (g_ptr_array_index (pasted, i));
      g_autofree char *imported = fy_document_dup_block_text (document, i);

      g_assert_cmpstr (row, ==, imported);
    }

  layout = fy_test_typeset (document, "gbt9704", &bytes);
  pdf = fy_test_pdf_open_bytes (bytes);
  lines = fy_test_pdf_lines (pdf);
  for (guint i = 0; i < lines->len; i++)
    {
      const FyTestPdfLine *line = g_ptr_array_index (lines, i);

      if (g_str_has_prefix (line->text->str, "王建军"))
        rows[0] = line;
      else if (g_str_has_prefix (line->text->str, "赵小燕"))
        rows[1] = line;
    }
  g_assert_nonnull (rows[0]);
  g_assert_nonnull (rows[1]);
  /* 陈 over 郑, 周 over 何 */
  g_assert_cmpfloat_with_epsilon (g_array_index (rows[0]->rects, PopplerRectangle, 6).x1,
                                  g_array_index (rows[1]->rects, PopplerRectangle, 6).x1, 0.5);
  g_assert_cmpfloat_with_epsilon (g_array_index (rows[0]->rects, PopplerRectangle, 8).x1,
                                  g_array_index (rows[1]->rects, PopplerRectangle, 9).x1, 0.5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/import-pasted/web-speech", test_web_speech);
  g_test_add_func ("/core/import-pasted/web-marks", test_web_marks);
  g_test_add_func ("/core/import-pasted/web-words-kept", test_web_words_kept);
  g_test_add_func ("/core/import-pasted/record-lines", test_record_lines);
  g_test_add_func ("/core/import-pasted/zero-width", test_zero_width);
  g_test_add_func ("/core/import-pasted/mark-spaces", test_mark_spaces);
  g_test_add_func ("/core/import-pasted/joint-notice", test_joint_notice);
  g_test_add_func ("/core/import-pasted/minutes", test_minutes);
  g_test_add_func ("/core/import-pasted/attendance-label-alone", test_attendance_label_alone);
  g_test_add_func ("/core/import-pasted/duty-report", test_duty_report);
  g_test_add_func ("/core/import-pasted/work-plan", test_work_plan);
  g_test_add_func ("/core/import-pasted/speech-subtitle", test_speech_subtitle);
  g_test_add_func ("/core/import-pasted/title-clauses", test_title_clauses);
  g_test_add_func ("/core/import-pasted/run-in-subtitle", test_run_in_subtitle);
  g_test_add_func ("/core/import-pasted/speaker-space", test_speaker_space);
  g_test_add_func ("/core/import-pasted/stacked-issuers", test_stacked_issuers);
  g_test_add_func ("/core/import-pasted/wechat-masthead", test_wechat_masthead);
  g_test_add_func ("/core/import-pasted/wechat-speech", test_wechat_speech);
  g_test_add_func ("/core/import-pasted/photo-caption", test_photo_caption);
  g_test_add_func ("/core/import-pasted/numbered-lines", test_numbered_lines);
  g_test_add_func ("/core/import-pasted/contact-fields", test_contact_fields);
  g_test_add_func ("/core/import-pasted/proposal-signature", test_proposal_signature);
  g_test_add_func ("/core/import-pasted/speaker-after-date", test_speaker_after_date);
  g_test_add_func ("/core/import-pasted/notice-attachments", test_notice_attachments);
  g_test_add_func ("/core/import-pasted/report-occasion", test_report_occasion);
  g_test_add_func ("/core/import-pasted/report-author", test_report_author);
  g_test_add_func ("/core/import-pasted/pdf-copy", test_pdf_copy);
  g_test_add_func ("/core/import-pasted/title-two-lines", test_title_two_lines);
  g_test_add_func ("/core/import-pasted/pipe-table", test_pipe_table);
  g_test_add_func ("/core/import-pasted/paste-notes", test_paste_notes);
  g_test_add_func ("/core/import-pasted/name-columns", test_name_columns);
  g_test_add_func ("/core/import-pasted/paste-notes-web", test_paste_notes_web);
  g_test_add_func ("/core/import-pasted/readable-text", test_readable_text);
  g_test_add_func ("/core/import-pasted/quoted-cell", test_quoted_cell);
  g_test_add_func ("/core/import-pasted/pdf-copy-paragraphs", test_pdf_copy_paragraphs);
  g_test_add_func ("/core/import-pasted/joint-issuers-space", test_joint_issuers_space);
  g_test_add_func ("/core/import-pasted/pasted-speaker-space", test_pasted_speaker_space);
  g_test_add_func ("/core/import-pasted/spaced-field-labels", test_spaced_field_labels);
  g_test_add_func ("/core/import-pasted/merged-header", test_merged_header);
  g_test_add_func ("/core/import-pasted/notice-opening", test_notice_opening);
  g_test_add_func ("/core/import-pasted/decision-names", test_decision_names);
  g_test_add_func ("/core/import-pasted/names-aligned", test_names_aligned);
  g_test_add_func ("/core/import-pasted/names-aligned-not-headings", test_names_aligned_not_headings);

  return g_test_run ();
}

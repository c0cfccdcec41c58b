/* test-import-markdown.c — tests of Markdown import
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-layout.h"
#include "fy-test-utils.h"

/* Every character of @text but white space, in order. */
static char *
strip_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x3000 && c != 0xFEFF)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void
test_markdown_seed (void)
{
  g_autofree char *source = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  g_autofree char *expected_chars = NULL;
  g_autofree char *text = NULL;
  g_autofree char *actual_chars = NULL;
  gsize length;
  guint n_leads = 0;

  source = fy_test_read_corpus ("seed-speech.md", &length);
  document = fy_import_markdown (source, length, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 7);
  g_assert_cmpint (fy_block_get_role (fy_test_block_at (document, 0)), ==, FY_BLOCK_ROLE_TITLE);
  g_assert_cmpstr (fy_document_get_title (document), ==, "在全国省市人大常委会负责同志学习班上的交流发言");

  /* The opening paragraph has no lead; the five points have one each. */
  g_assert_cmpint (fy_block_get_role (fy_test_block_at (document, 1)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  g_assert_null (fy_block_dup_lead (fy_test_block_at (document, 1)));
  for (guint i = 2; i < 7; i++)
    {
      FyBlock *block = fy_test_block_at (document, i);
      g_autofree char *lead = fy_block_dup_lead (block);

      g_assert_cmpint (fy_block_get_role (block), ==, FY_BLOCK_ROLE_PARAGRAPH);
      g_assert_nonnull (lead);
      g_assert_true (g_str_has_suffix (lead, "。"));
      g_assert_false (g_str_has_prefix (lead, "*"));
      n_leads++;
    }
  g_assert_cmpuint (n_leads, ==, 5);
  g_assert_cmpstr (fy_block_get_run (fy_test_block_at (document, 2), 0)->text, ==,
                   "一要始终把坚持党对人大工作的全面领导作为最高政治原则。");
  g_assert_true (g_str_has_prefix (fy_block_get_run (fy_test_block_at (document, 6), 1)->text, "我们坚持用政治建设"));

  /* Nothing lost: the input without its Markdown syntax (the "# " of the
   * title and the "**" around leads), character for character. */
  lines = g_strsplit (source, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_auto(GStrv) pieces = NULL;

      if (g_str_has_prefix (line, "# "))
        line += 2;
      pieces = g_strsplit (line, "**", -1);
      for (guint j = 0; pieces[j] != NULL; j++)
        g_string_append (expected, pieces[j]);
    }
  expected_chars = strip_spaces (expected->str);
  text = fy_test_dup_block_texts (document);
  actual_chars = strip_spaces (text);
  g_assert_cmpuint (g_utf8_strlen (actual_chars, -1), >, 2000);
  g_assert_cmpstr (actual_chars, ==, expected_chars);
}

static void
test_markdown_structure (void)
{
  g_autoptr(FyDocument) document = NULL;

  document = fy_test_import_markdown ("# 关于{{会议名称}}的发言\n"
                                      "\n"
                                      "——在全市工作会议上\n"
                                      "\n"
                                      "同志们：\n"
                                      "\n"
                                      "开头一段，\n"
                                      "接着写。Fayan\n"
                                      "works 好。\n"
                                      "\n"
                                      "## 一、提高站位\n"
                                      "\n"
                                      "### （二）加强学习\n"
                                      "\n"
                                      "#### 3. 抓好落实\n"
                                      "\n"
                                      "##### （4）细节\n"
                                      "\n"
                                      "###### 更深一层\n"
                                      "\n"
                                      "**一是要做到。**具体来说{{单位}}要落实。\n"
                                      "\n"
                                      "主要有以下几点：\n");

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 11);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "关于{{会议名称}}的发言");
  g_assert_cmpint (fy_block_get_run (fy_test_block_at (document, 0), 1)->kind, ==, FY_RUN_FIELD);
  g_assert_cmpstr (fy_document_get_title (document), ==, "关于{{会议名称}}的发言");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SUBTITLE, 0, NULL, "——在全市工作会议上");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：");
  /* Soft breaks join without a space beside Chinese, with one between
   * Latin words. */
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "开头一段，接着写。Fayan works 好。");
  /* The engine would number these headings 一、（一）1.（1） and give
   * the last one a number too, not what the author wrote: the numbers
   * stay as written (test_settle_numbering() has the other cases). */
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AS_WRITTEN);
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_HEADING, 1, NULL, "一、提高站位");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_HEADING, 2, NULL, "（二）加强学习");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_HEADING, 3, NULL, "3.抓好落实");
  fy_test_assert_block (document, 7, FY_BLOCK_ROLE_HEADING, 4, NULL, "（4）细节");
  fy_test_assert_block (document, 8, FY_BLOCK_ROLE_HEADING, 4, NULL, "更深一层");
  fy_test_assert_block (document, 9, FY_BLOCK_ROLE_PARAGRAPH, 0, "一是要做到。", "具体来说{{单位}}要落实。");
  g_assert_cmpuint (fy_block_get_n_runs (fy_test_block_at (document, 9)), ==, 4);
  g_assert_cmpint (fy_block_get_run (fy_test_block_at (document, 9), 2)->kind, ==, FY_RUN_FIELD);
  g_assert_cmpstr (fy_block_get_run (fy_test_block_at (document, 9), 2)->text, ==, "单位");
  /* A short line ending in "：" inside the body is no salutation. */
  fy_test_assert_block (document, 10, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "主要有以下几点：");
}

static void
test_markdown_leads (void)
{
  g_autoptr(FyDocument) document = NULL;

  document = fy_test_import_markdown ("**甲**乙。\n"
                                      "\n"
                                      "**“丙”。**丁。\n"
                                      "\n"
                                      "\\*\\*戊。**己\n"
                                      "\n"
                                      "前文**庚**辛\n"
                                      "\n"
                                      "**未闭合的星号\n"
                                      "\n"
                                      "**壬\n癸。**子丑\n");

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 6);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_PARAGRAPH, 0, "甲", "乙。");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, "“丙”。", "丁。");
  /* Escaped asterisks are text, not a lead. */
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "**戊。**己");
  /* Bold in the middle is no lead; its text stays. */
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "前文庚辛");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "**未闭合的星号");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_PARAGRAPH, 0, "壬癸。", "子丑");
}

static void
test_markdown_markers_and_lists (void)
{
  g_autoptr(FyDocument) document = NULL;

  document = fy_test_import_markdown ("<!-- fayan:speaker -->\n"
                                      "张三\n"
                                      "\n"
                                      "<!-- an ordinary comment -->\n"
                                      "\n"
                                      "<!-- fayan:heading-3 -->\n"
                                      "两行\\\n"
                                      "标题\n"
                                      "\n"
                                      "1. 第一点\n"
                                      "2. 第二点\n"
                                      "\n"
                                      "- 要点\n"
                                      "\n"
                                      "> 引文。\n"
                                      "\n"
                                      "    缩进的段落。\n"
                                      "\n"
                                      "[链接文字](https://example.org) `code`\n"
                                      "\n"
                                      "<!-- fayan:closing -->\n"
                                      "谢谢大家！\n");

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 9);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_SPEAKER, 0, NULL, "张三");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_HEADING, 3, NULL, "两行\n标题");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "1.第一点");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "2.第二点");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "要点");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "引文。");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "缩进的段落。");
  /* The link's target is kept as markup; only its text prints. */
  fy_test_assert_block (document, 7, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "[链接文字](https://example.org) code");
  {
    g_autofree char *printed = fy_document_dup_block_text (document, 7);

    g_assert_cmpstr (printed, ==, "链接文字 code");
  }
  fy_test_assert_block (document, 8, FY_BLOCK_ROLE_CLOSING, 0, NULL, "谢谢大家！");
}

static void
test_markdown_ordered_lists (void)
{
  g_autoptr(FyDocument) document = NULL;

  /* Numbers follow each list's start and delimiter, nested lists count on
   * their own. */
  document = fy_test_import_markdown ("3) 甲\n"
                                      "4) 乙\n"
                                      "   1. 乙一\n"
                                      "   2. 乙二\n"
                                      "5) 丙\n"
                                      "\n"
                                      "正文。\n"
                                      "\n"
                                      "7. 丁\n");

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 7);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "3)甲");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "4)乙");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "1.乙一");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "2.乙二");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "5)丙");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "7.丁");
}

/* A new user's heads.md: "1. 做好准备" typed with a space, as Markdown
 * lists it, among "2.落实责任" lines is a heading as they are. */
static void
test_markdown_lone_item_heading (void)
{
  g_autoptr(FyDocument) document = fy_test_import_markdown ("# 关于做好秋季防火工作的讲话\n\n"
                                                            "一、提高认识\n\n"
                                                            "1. 做好准备\n\n"
                                                            "各单位要备足物资。\n\n"
                                                            "2.落实责任\n\n"
                                                            "各单位要明确专人。\n");

  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_HEADING, 3, NULL, "做好准备");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_HEADING, 3, NULL, "落实责任");
}

/* A .md with no # reads its title and salutation as the same text in
 * .txt does; exported again, a title-like first paragraph of a document
 * without a title stays a paragraph. */
static void
test_markdown_untitled (void)
{
  g_autoptr(FyDocument) document = fy_test_import_markdown ("在全县秋季防火工作会议上的讲话\n\n"
                                                            "各位代表：\n\n"
                                                            "今天召开会议，部署秋季防火工作。\n");
  g_autoptr(FyDocument) plain = fy_document_new ();
  g_autoptr(FyDocument) again = NULL;
  g_autofree char *markdown = NULL;

  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "在全县秋季防火工作会议上的讲话");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "各位代表：");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "今天召开会议，部署秋季防火工作。");

  fy_document_append_block (plain, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "秋季防火工作安排"));
  fy_document_append_block (plain, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "各单位要备足物资。"));
  markdown = fy_export_markdown (plain);
  again = fy_test_import_markdown (markdown);
  fy_test_assert_block (again, 0, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "秋季防火工作安排");
}

static void
test_markdown_crlf_bom (void)
{
  g_autoptr(FyDocument) document = NULL;

  document = fy_test_import_markdown ("\xEF\xBB\xBF# 标题\r\n\r\n**一是。**正文\r\n继续。\r\n");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 2);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "标题");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, "一是。", "正文继续。");
}

static void
test_markdown_tidy (void)
{
  g_autoptr(FyDocument) document = NULL;

  /* Full-width indentation, a stray byte-order mark and spaces around a
   * hard break are layout, not text.  The two numbers of the heading are
   * text: the engine would print 一、 in their place, so they stay. */
  document = fy_test_import_markdown ("## （一）1.加强学习\n"
                                      "\n"
                                      "　　\xEF\xBB\xBF首行缩进的段落，  \\\n"
                                      "   第二行。\\\n"
                                      "\n"
                                      "<div>\n"
                                      "  保留的 HTML\n"
                                      "</div>\n");

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 3);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_HEADING, 1, NULL, "（一）1.加强学习");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "首行缩进的段落，\n第二行。\\");
  /* An HTML block's lines join; its tags are markup, kept, not printed. */
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "<div>保留的 HTML</div>");
  g_assert_cmpuint (fy_block_get_n_runs (fy_test_block_at (document, 2)), ==, 3);
  g_assert_cmpint (fy_block_get_run (fy_test_block_at (document, 2), 0)->kind, ==, FY_RUN_MARKUP);
}

/* The text of @block's runs that are printed: all but markup. */
static char *
dup_printed_text (FyBlock *block)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    if (fy_block_get_run (block, i)->kind != FY_RUN_MARKUP)
      g_string_append (out, fy_block_get_run (block, i)->text);

  return g_string_free (out, FALSE);
}

/* Raw HTML prints no tag: an <img> reads as the Markdown image it stands
 * for (its alt text printed), other tags are kept as markup; each line
 * holding one is named in a warning; an export reads back the same. */
static void
test_markdown_html (void)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *printed = NULL;

  document = fy_test_import_markdown ("# 标题\n"
                                      "\n"
                                      "正文<u>下划线</u>，见<img src=\"a b.png\" alt=\"报名 &amp; 二维码\">。\n"
                                      "\n"
                                      "<img src=\"qrcode.png\" alt=\"报名二维码\">\n"
                                      "\n"
                                      "<div align=\"center\">\n"
                                      "居中的文字\n"
                                      "第二行<br>第三行\n"
                                      "</div>\n"
                                      "\n"
                                      "<!-- 注释 -->\n"
                                      "\n"
                                      "结尾<!-- 行内注释 -->。\n");

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 5);
  printed = dup_printed_text (fy_test_block_at (document, 1));
  g_assert_cmpstr (printed, ==, "正文下划线，见报名 & 二维码。");
  g_clear_pointer (&printed, g_free);
  printed = dup_printed_text (fy_test_block_at (document, 2));
  g_assert_cmpstr (printed, ==, "报名二维码");
  g_clear_pointer (&printed, g_free);
  printed = dup_printed_text (fy_test_block_at (document, 3));
  g_assert_cmpstr (printed, ==, "居中的文字第二行\n第三行");
  g_clear_pointer (&printed, g_free);
  printed = dup_printed_text (fy_test_block_at (document, 4));
  g_assert_cmpstr (printed, ==, "结尾。");

  warnings = fy_import_dup_warnings (document);
  g_assert_cmpuint (warnings->len, ==, 3);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 0), "Line 3: an HTML image"));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 1), "Line 5: an HTML image"));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 2), "Line 7: HTML tags"));

  /* A file import hands the same warnings to its caller (the window). */
  {
    g_autofree char *dir = g_dir_make_tmp ("fayan-import-html-XXXXXX", &error);
    g_autofree char *path = g_build_filename (dir, "html.md", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(FyDocument) imported = NULL;
    g_autoptr(GPtrArray) found = NULL;

    g_assert_no_error (error);
    g_assert_true (g_file_set_contents (path, "# 标题\n\n<img src=\"a.png\" alt=\"图\">\n", -1, &error));
    g_assert_no_error (error);
    imported = fy_import_file_with_warnings (file, &found, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (found);
    g_assert_cmpuint (found->len, ==, 1);
    g_assert_true (g_str_has_prefix (g_ptr_array_index (found, 0), "Line 3: an HTML image"));
    fy_test_remove_tree (dir);
  }

  /* The image goes out as a Markdown image, the tags as they were. */
  markdown = fy_export_markdown (document);
  g_assert_nonnull (strstr (markdown, "![报名二维码](qrcode.png)"));
  g_assert_nonnull (strstr (markdown, "![报名 \\& 二维码](<a b.png>)"));
  g_assert_nonnull (strstr (markdown, "<u>下划线</u>"));
  g_assert_nonnull (strstr (markdown, "<div align=\"center\">"));
  again = fy_import_markdown (markdown, -1, &error);
  g_assert_no_error (error);
  fy_test_assert_same_blocks (document, again);
}

static void
test_markdown_front_and_back (void)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) again = NULL;
  g_autofree char *exported = NULL;

  document = fy_test_import_markdown ("# 在推进会上的讲话\n"
                                      "\n"
                                      "市长　林　远\n"
                                      "\n"
                                      "（2026年3月12日）\n"
                                      "\n"
                                      "同志们：\n"
                                      "\n"
                                      "今天我们召开会议。\n"
                                      "\n"
                                      "云岭市人民政府\n"
                                      "\n"
                                      "2026年7月28日\n");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 7);
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SPEAKER, 0, NULL, "市长　林　远");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "（2026年3月12日）");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "云岭市人民政府");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "2026年7月28日");

  /* What the author marked as a paragraph stays one, through an export. */
  fy_block_set_role (fy_document_get_block (document, 5), FY_BLOCK_ROLE_PARAGRAPH);
  exported = fy_export_markdown (document);
  g_assert_nonnull (strstr (exported, "<!-- fayan:paragraph -->\n云岭市人民政府"));
  again = fy_test_import_markdown (exported);
  fy_test_assert_block (again, 5, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "云岭市人民政府");
}

/* Closing lines typed one under the other are one Markdown paragraph;
 * they are still the signature and the date, and a wrapped sentence
 * that ends in a date is still one paragraph. */
static void
test_markdown_closing_lines (void)
{
  g_autoptr(FyDocument) single = fy_test_import_markdown ("# 通知\n\n正文。\n\n"
                                                          "云岭市人民政府办公室\n2026年12月6日\n");
  g_autoptr(FyDocument) joint = fy_test_import_markdown ("# 通知\n\n正文。\n\n"
                                                         "云岭市教育局\n云岭市财政局\n2026年12月6日\n\n"
                                                         "（此件公开发布）\n");
  g_autoptr(FyDocument) prose = fy_test_import_markdown ("# 通知\n\n会议时间另行通知，报名截至\n"
                                                         "2026年12月6日\n\n云岭市教育局\n\n2026年12月1日\n");

  g_assert_cmpuint (fy_document_get_n_blocks (single), ==, 4);
  fy_test_assert_block (single, 2, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "云岭市人民政府办公室");
  fy_test_assert_block (single, 3, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "2026年12月6日");

  g_assert_cmpuint (fy_document_get_n_blocks (joint), ==, 6);
  fy_test_assert_block (joint, 2, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "云岭市教育局");
  fy_test_assert_block (joint, 3, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "云岭市财政局");
  fy_test_assert_block (joint, 4, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "2026年12月6日");

  g_assert_cmpuint (fy_document_get_n_blocks (prose), ==, 4);
  fy_test_assert_block (prose, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "会议时间另行通知，报名截至2026年12月6日");
  fy_test_assert_block (prose, 2, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "云岭市教育局");
}

/* In Markdown the note may be one paragraph (the items on lines of their
 * own), a paragraph per item, or 附件： over an ordered list. */
static void
test_markdown_attachments (void)
{
  static const char * const sources[] = {
    "# 通知\n\n正文。\n\n附件：1．统计报表\n2．自查表\n\n临川县统计局\n\n2026年12月2日\n",
    "# 通知\n\n正文。\n\n附件：1．统计报表\n\n2．自查表\n\n临川县统计局\n\n2026年12月2日\n",
    "# 通知\n\n正文。\n\n附件：\n\n1．统计报表\n2．自查表\n\n临川县统计局\n\n2026年12月2日\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autoptr(FyDocument) document = fy_test_import_markdown (sources[i]);

      g_test_message ("source %u", i);
      g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 5);
      fy_test_assert_block (document, 2, FY_BLOCK_ROLE_ATTACHMENT, 0, NULL, "附件：1．统计报表\n2．自查表");
      fy_test_assert_block (document, 3, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "临川县统计局");
    }

  {
    /* an ordered list with spaces after the numbers; a name wrapped in
     * the source stays one line */
    g_autoptr(FyDocument) document =
      fy_test_import_markdown ("# 通知\n\n正文。\n\n附件：\n\n1. 统计报表和\n   说明\n2. 自查表\n");

    fy_test_assert_block (document, 2, FY_BLOCK_ROLE_ATTACHMENT, 0, NULL, "附件：1.统计报表和说明\n2.自查表");
  }
}

/* A source that numbers its own headings is imported "as written", with
 * its numbers kept; one with only the engine's kind of numbers is not. */
static void
test_markdown_numbering (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) own = fy_import_markdown ("# 交流发言\n\n## 一要坚持学习\n\n正文。\n\n## 二、完善制度\n\n正文。\n", -1, &error);
  g_autoptr(FyDocument) engine = NULL;
  g_autoptr(FyDocument) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *markdown = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (fy_document_get_numbering (own), ==, FY_NUMBERING_AS_WRITTEN);
  text = fy_block_dup_text (fy_document_get_block (own, 1));
  g_assert_cmpstr (text, ==, "一要坚持学习");
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (fy_document_get_block (own, 3));
  g_assert_cmpstr (text, ==, "二、完善制度");
  g_clear_pointer (&text, g_free);

  /* The mode goes through Markdown and back. */
  markdown = fy_export_markdown (own);
  g_assert_true (g_str_has_prefix (markdown, "<!-- fayan:numbering as-written -->\n"));
  again = fy_import_markdown (markdown, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_document_get_numbering (again), ==, FY_NUMBERING_AS_WRITTEN);
  g_assert_cmpuint (fy_document_get_n_blocks (again), ==, fy_document_get_n_blocks (own));

  {
    g_autoptr(FyDocument) pictured = fy_import_markdown ("# 标题\n\n正文。\n\n![会场照片](photo.png)\n\n| 指标 | 2023年 |\n|---|---|\n| 产值 | 5 |\n", -1, &error);
    g_autoptr(GPtrArray) warnings = NULL;

    g_assert_no_error (error);
    /* The image is named by its line; the table is a table block. */
    warnings = fy_import_dup_warnings (pictured);
    g_assert_cmpuint (warnings->len, ==, 1);
    g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "5"));
    g_assert_cmpint (fy_block_get_role (fy_document_get_block (pictured, 3)), ==, FY_BLOCK_ROLE_TABLE);
    g_clear_pointer (&warnings, g_ptr_array_unref);
    warnings = fy_import_dup_warnings (own);
    g_assert_cmpuint (warnings->len, ==, 0);
  }

  {
    /* Every kind of image is named by its line: a reference image, HTML
     * <img> as a block and inline, an image in a table cell. */
    g_autoptr(FyDocument) pictured =
      fy_import_markdown ("# 标题\n\n![会场][photo]\n\n<img src=\"chart.png\">\n\n"
                          "正文<IMG src=\"x.png\"/>中。<imgx>不是图片。\n\n"
                          "| 指标 | 图 |\n|---|---|\n| 产值 | ![柱图](bar.png) |\n\n"
                          "[photo]: photo.png\n", -1, &error);
    g_autoptr(GPtrArray) warnings = NULL;

    g_assert_no_error (error);
    warnings = fy_import_dup_warnings (pictured);
    g_assert_cmpuint (warnings->len, ==, 4);
    g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 0), "Line 3: an image"));
    g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 1), "Line 5: an HTML image"));
    g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 2), "Line 7: an HTML image"));
    g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 3), "Line 11: an image"));
  }

  {
    /* A caption under an image that is not printed is named with it:
     * in the paragraph after it, in bold, or on the image's next line;
     * a sentence that only starts with 图 is no caption. */
    g_autoptr(FyDocument) pictured =
      fy_import_markdown ("# 标题\n\n![流程](a.png)\n\n图1　网格化管理流程示意图\n\n"
                          "<img src=\"b.png\">\n\n**图 2　工作机制**\n\n"
                          "![分布](c.png)\n图三　网格分布\n\n"
                          "![照片](d.png)\n\n图书馆开放时间延长到晚上九点。\n", -1, &error);
    g_autoptr(GPtrArray) warnings = NULL;

    g_assert_no_error (error);
    warnings = fy_import_dup_warnings (pictured);
    g_assert_cmpuint (warnings->len, ==, 4);
    g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "caption on line 5, “图1　网格化管理流程示意图”"));
    g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "caption on line 9, “图 2　工作机制”"));
    g_assert_nonnull (strstr (g_ptr_array_index (warnings, 2), "caption on line 12, “图三　网格分布”"));
    g_assert_null (strstr (g_ptr_array_index (warnings, 3), "caption"));
  }

  engine = fy_import_markdown ("# 交流发言\n\n## 一、坚持学习\n\n正文。\n\n## 二、完善制度\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_document_get_numbering (engine), ==, FY_NUMBERING_AUTO);
  text = fy_block_dup_text (fy_document_get_block (engine, 1));
  g_assert_cmpstr (text, ==, "坚持学习");
}

/* A list of names in the body under a caption the author did not
 * number (## 先进个人名单, not right under the closing date): when it is
 * the document's one heading, it prints as written, not as a lone 一、;
 * among other headings it is a section and numbered in turn (二、). */
static void
test_markdown_names_caption (void)
{
  static const char text[] =
    "# 临江县林业局关于表彰2026年度森林防火先进个人的决定\n\n"
    "各林业站：\n\n"
    "经局党组研究，决定对在今年森林防火工作中表现突出的以下同志予以表彰：\n\n"
    "## 森林防火先进个人名单\n\n"
    "龚海涛　　宁晓梅（女）　　卜　勇　　司马文清\n\n"
    "郝建国　　柴　静（女）　　覃志刚　　毛小兵\n\n"
    "希望受表彰的同志珍惜荣誉，再创佳绩。\n\n"
    "临江县林业局\n\n"
    "2026年12月3日\n";
  g_autoptr(GString) sections = g_string_new (text);
  g_autoptr(FyDocument) caption = fy_test_import_markdown (text);
  g_autoptr(FyDocument) numbered = NULL;
  g_autoptr(FyStyle) style = fy_test_default_style ();
  g_autoptr(FyLayout) layout = NULL;
  g_autofree char *printed = NULL;

  fy_test_assert_block (caption, 3, FY_BLOCK_ROLE_HEADING, 1, NULL, "森林防火先进个人名单");
  g_assert_cmpint (fy_document_get_numbering (caption), ==, FY_NUMBERING_AS_WRITTEN);
  layout = fy_test_layout_document (style, caption);
  printed = fy_test_joined_text (layout);
  g_assert_nonnull (strstr (printed, "予以表彰：森林防火先进个人名单龚海涛"));

  g_string_replace (sections, "经局党组", "## 评选情况\n\n经局党组", 0);
  numbered = fy_test_import_markdown (sections->str);
  fy_test_assert_block (numbered, 4, FY_BLOCK_ROLE_HEADING, 1, NULL, "森林防火先进个人名单");
  g_assert_cmpint (fy_document_get_numbering (numbered), ==, FY_NUMBERING_AUTO);
}

/* A 简报's issue number under its subtitle is a line of its own role. */
static void
test_markdown_issue_number (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) brief = fy_import_markdown ("# 农业农村工作简报\n\n——春耕生产专刊\n\n第6期\n\n"
                                                    "全区春耕备耕工作有序推进。\n", -1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (brief), ==, 4);
  fy_test_assert_block (brief, 1, FY_BLOCK_ROLE_SUBTITLE, 0, NULL, "——春耕生产专刊");
  fy_test_assert_block (brief, 2, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "第6期");
  fy_test_assert_block (brief, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "全区春耕备耕工作有序推进。");
}

/* A 通知's 发文字号 is its issue number above the # title, where the file
 * has it or under the title, and above the first line of a file with
 * no # title; the salutation under the title stays one. */
static void
test_markdown_document_number (void)
{
  static const char *const texts[] = {
    "临府办函〔2026〕7号\n\n# 临江县人民政府办公室关于做好冬季森林防火工作的通知\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n",
    "# 临江县人民政府办公室关于做好冬季森林防火工作的通知\n\n临府办函〔2026〕7号\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n",
    "临府办函〔2026〕7号\n\n临江县人民政府办公室关于做好冬季森林防火工作的通知\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FyDocument) notice = fy_import_markdown (texts[i], -1, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (fy_document_get_n_blocks (notice), ==, 4);
      fy_test_assert_block (notice, 0, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "临府办函〔2026〕7号");
      fy_test_assert_block (notice, 1, FY_BLOCK_ROLE_TITLE, 0, NULL, "临江县人民政府办公室关于做好冬季森林防火工作的通知");
      fy_test_assert_block (notice, 2, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "各乡镇人民政府：");
    }
}

/* A Markdown file written as plain text, a # title and 一、（一）1.
 * lines, gets the headings the same text gets as .txt; a numbered
 * sentence keeps its number; a Markdown list stays a list.  A file with
 * a ## heading of its own is as its author marked it up; an export of a
 * document without headings reads back the same. */
static void
test_markdown_numbered_lines (void)
{
  static const char source[] =
    "# 关于全市河湖长制工作情况的报告\n\n"
    "一、基本情况\n\n"
    "（一）巡河护河常态开展\n\n"
    "1.基层巡护队伍充实\n\n"
    "2.市级河湖长带头巡河。全年市级河湖长巡河62次，协调解决问题19个。\n\n"
    "今年将重点做好以下工作：\n\n"
    "1. 完成三条支流的生态修复；\n"
    "2. 建成十处亲水便民设施。\n\n"
    "二、下一步打算\n\n"
    "全市将持续推动河湖面貌改善。\n";
  g_autoptr(FyDocument) document = fy_test_import_markdown (source);
  g_autoptr(FyDocument) marked_up = NULL;
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(FyDocument) plain = fy_document_new ();
  g_autofree char *with_heading = NULL;
  g_autofree char *exported = NULL;

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 10);
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_HEADING, 1, NULL, "基本情况");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_HEADING, 2, NULL, "巡河护河常态开展");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_HEADING, 3, NULL, "基层巡护队伍充实");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                "2.市级河湖长带头巡河。全年市级河湖长巡河62次，协调解决问题19个。");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "1.完成三条支流的生态修复；");
  fy_test_assert_block (document, 7, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "2.建成十处亲水便民设施。");
  fy_test_assert_block (document, 8, FY_BLOCK_ROLE_HEADING, 1, NULL, "下一步打算");

  with_heading = g_strconcat (source, "\n## 附则\n", NULL);
  marked_up = fy_test_import_markdown (with_heading);
  fy_test_assert_block (marked_up, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "一、基本情况");

  fy_document_append_block (plain, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "通知"));
  fy_document_append_block (plain, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "一、会议时间另行通知"));
  exported = fy_export_markdown (plain);
  again = fy_test_import_markdown (exported);
  fy_test_assert_block (again, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "一、会议时间另行通知");
}

/* A speech from Word with its lines numbered by hand, saved as .md,
 * reads as the same text does as .txt: numbers gone, a line each. */
static void
test_markdown_hand_numbered (void)
{
  static const char source[] =
    "1　　　在全市植树造林动员会上的讲话\n"
    "2　　　同志们：\n"
    "3　　　今天召开动员会，部署今年的植树造林工作。\n"
    "4　　　一、明确目标任务\n"
    "5　　　全年完成造林一万亩，义务植树五十万株。\n"
    "6　　　二、压实工作责任\n"
    "7　　　各乡镇要把任务分解到村、落实到地块。\n";
  g_autoptr(FyDocument) document = fy_test_import_markdown (source);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 7);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "在全市植树造林动员会上的讲话");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "今天召开动员会，部署今年的植树造林工作。");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_HEADING, 1, NULL, "明确目标任务");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "各乡镇要把任务分解到村、落实到地块。");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/import/markdown/seed", test_markdown_seed);
  g_test_add_func ("/core/import/markdown/structure", test_markdown_structure);
  g_test_add_func ("/core/import/markdown/issue-number", test_markdown_issue_number);
  g_test_add_func ("/core/import/markdown/document-number", test_markdown_document_number);
  g_test_add_func ("/core/import/markdown/leads", test_markdown_leads);
  g_test_add_func ("/core/import/markdown/html", test_markdown_html);
  g_test_add_func ("/core/import/markdown/markers-lists", test_markdown_markers_and_lists);
  g_test_add_func ("/core/import/markdown/ordered-lists", test_markdown_ordered_lists);
  g_test_add_func ("/core/import/markdown/lone-item-heading", test_markdown_lone_item_heading);
  g_test_add_func ("/core/import/markdown/untitled", test_markdown_untitled);
  g_test_add_func ("/core/import/markdown/crlf-bom", test_markdown_crlf_bom);
  g_test_add_func ("/core/import/markdown/tidy", test_markdown_tidy);
  g_test_add_func ("/core/import/markdown/numbering", test_markdown_numbering);
  g_test_add_func ("/core/import/markdown/names-caption", test_markdown_names_caption);
  g_test_add_func ("/core/import/markdown/front-and-back", test_markdown_front_and_back);
  g_test_add_func ("/core/import/markdown/attachments", test_markdown_attachments);
  g_test_add_func ("/core/import/markdown/closing-lines", test_markdown_closing_lines);
  g_test_add_func ("/core/import/markdown/numbered-lines", test_markdown_numbered_lines);
  g_test_add_func ("/core/import/markdown/hand-numbered", test_markdown_hand_numbered);

  return g_test_run ();
}

/* test-export.c — tests of Markdown and plain-text export
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

static FyDocument *
reimport (FyDocument  *document,
          char       **markdown)
{
  g_autoptr(GError) error = NULL;
  FyDocument *copy;

  *markdown = fy_export_markdown (document);
  copy = fy_import_markdown (*markdown, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);

  return copy;
}

static void
test_markdown_round_trip_seed (void)
{
  g_autofree char *source = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(FyDocument) third = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  source = fy_test_read_corpus ("seed-speech.md", &length);
  document = fy_import_markdown (source, length, &error);
  g_assert_no_error (error);

  again = reimport (document, &first);
  fy_test_assert_same_blocks (document, again);
  third = reimport (again, &second);
  g_assert_cmpstr (first, ==, second);

  /* The export reads like the corpus: a # title and run-in bold leads,
   * with no role comments needed. */
  g_assert_true (g_str_has_prefix (first, "# 在全国省市人大常委会负责同志学习班上的交流发言\n\n"));
  g_assert_nonnull (strstr (first, "\n\n**一要始终把坚持党对人大工作的全面领导作为最高政治原则。**近年来"));
  g_assert_null (strstr (first, "<!--"));
}

static FyDocument *
make_full_document (void)
{
  static const struct {
    FyBlockRole  role;
    guint        level;
    const char  *lead;
    const char  *text;
  } blocks[] = {
    { FY_BLOCK_ROLE_TITLE, 0, NULL, "在{{会议名称}}上的发言" },
    { FY_BLOCK_ROLE_SUBTITLE, 0, NULL, "——学习体会" },
    { FY_BLOCK_ROLE_SPEAKER, 0, NULL, "{{单位}} {{发言人}}" },
    { FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "（2026年3月5日）" },
    { FY_BLOCK_ROLE_SALUTATION, 0, NULL, "各位领导、同志们：" },
    { FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "——这一段以破折号开头，但不是副标题。" },
    { FY_BLOCK_ROLE_HEADING, 1, NULL, "提高站位" },
    { FY_BLOCK_ROLE_HEADING, 2, NULL, "加强学习" },
    { FY_BLOCK_ROLE_PARAGRAPH, 0, "一是学深悟透。", "要把{{文件名称}}学深学透。" },
    { FY_BLOCK_ROLE_PARAGRAPH, 0, "{{单位}}的经验。", "值得推广。" },
    { FY_BLOCK_ROLE_HEADING, 3, NULL, "抓好落实" },
    { FY_BLOCK_ROLE_HEADING, 4, NULL, "细化措施" },
    { FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "1. 这段以数字开头，* 星号、_下划线_、[方括号]、<尖括号>、&符号、#井号、`反引号`、\\反斜杠。" },
    { FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "- 这段以减号开头" },
    { FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "# 这段以井号开头" },
    { FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：" },
    { FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "主要做法如下：" },
    { FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "第一行\n第二行" },
    { FY_BLOCK_ROLE_HEADING, 1, NULL, "两行的\n标题" },
    { FY_BLOCK_ROLE_CLOSING, 0, NULL, "谢谢大家！" },
    { FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "{{单位}}" },
    { FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "2026年3月5日" },
    { FY_BLOCK_ROLE_ATTACHMENT, 0, NULL, "附件：1.工作方案" },
    { FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "二〇二六年三月五日" },
  };
  FyDocument *document = fy_document_new ();

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    {
      g_autoptr(FyBlock) block = fy_block_new (blocks[i].role);

      fy_block_set_level (block, blocks[i].level);
      fy_block_set_lead_and_text (block, blocks[i].lead, blocks[i].text);
      fy_document_append_block (document, block);
    }

  /* An empty block is left out of the export. */
  {
    g_autoptr(FyBlock) empty = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);

    fy_document_insert_block (document, 7, empty);
  }

  fy_document_set_title (document, "在{{会议名称}}上的发言");

  return document;
}

static void
test_markdown_round_trip_roles (void)
{
  g_autoptr(FyDocument) document = make_full_document ();
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(FyDocument) third = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  again = reimport (document, &first);
  g_test_message ("%s", first);

  /* Everything but the empty block comes back. */
  fy_document_remove_block (document, 7);
  fy_test_assert_same_blocks (document, again);
  third = reimport (again, &second);
  g_assert_cmpstr (first, ==, second);

  /* Markdown syntax where Markdown has it, no numbers on headings. */
  g_assert_true (g_str_has_prefix (first, "# 在{{会议名称}}上的发言\n\n——学习体会\n\n"));
  g_assert_nonnull (strstr (first, "\n## 提高站位\n"));
  g_assert_nonnull (strstr (first, "\n### 加强学习\n"));
  g_assert_nonnull (strstr (first, "\n#### 抓好落实\n"));
  g_assert_nonnull (strstr (first, "\n##### 细化措施\n"));
  g_assert_nonnull (strstr (first, "\n**一是学深悟透。**要把{{文件名称}}学深学透。\n"));
  /* Comments only where the text alone does not tell the role. */
  g_assert_nonnull (strstr (first, "\n<!-- fayan:speaker -->\n{{单位}} {{发言人}}\n"));
  /* A block that is only a date is a date line without a comment; a
   * paragraph that is only a date needs one. */
  g_assert_nonnull (strstr (first, "\n\n（2026年3月5日）\n"));
  g_assert_nonnull (strstr (first, "\n\n2026年3月5日\n"));
  g_assert_nonnull (strstr (first, "\n<!-- fayan:paragraph -->\n二〇二六年三月五日\n"));
  g_assert_null (strstr (first, "fayan:date"));
  g_assert_nonnull (strstr (first, "\n各位领导、同志们：\n"));
  g_assert_null (strstr (first, "<!-- fayan:salutation -->\n各位领导"));
  g_assert_nonnull (strstr (first, "\n\n——这一段"));
  g_assert_nonnull (strstr (first, "\n**{{单位}}的经验。**值得推广。\n"));
  g_assert_nonnull (strstr (first, "\n<!-- fayan:salutation -->\n同志们：\n"));
  g_assert_nonnull (strstr (first, "\n主要做法如下：\n"));
  g_assert_nonnull (strstr (first, "\n<!-- fayan:heading-1 -->\n两行的\\\n标题\n"));
  g_assert_nonnull (strstr (first, "\n<!-- fayan:closing -->\n谢谢大家！\n"));
  g_assert_nonnull (strstr (first, "\n<!-- fayan:signature -->\n{{单位}}\n"));
  g_assert_nonnull (strstr (first, "\n<!-- fayan:attachment -->\n附件：1.工作方案\n"));
  g_assert_nonnull (strstr (first, "\n1\\. 这段以数字开头，\\* 星号"));
  g_assert_nonnull (strstr (first, "\n\\- 这段以减号开头\n"));
  g_assert_nonnull (strstr (first, "\n\\# 这段以井号开头\n"));
}

static void
test_markdown_round_trip_markers (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "标题");
  g_autoptr(FyBlock) dash = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "——这不是副标题。");
  g_autoptr(FyBlock) colon = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "情况如下：");
  g_autofree char *markdown = NULL;

  fy_document_append_block (document, title);
  fy_document_append_block (document, dash);
  fy_document_append_block (document, colon);

  again = reimport (document, &markdown);
  g_assert_cmpstr (markdown, ==, "# 标题\n"
                                 "\n"
                                 "<!-- fayan:paragraph -->\n"
                                 "——这不是副标题。\n"
                                 "\n"
                                 "情况如下：\n");
  g_assert_cmpstr (fy_document_get_title (again), ==, "标题");
  fy_document_set_title (document, "标题");
  fy_test_assert_same_blocks (document, again);
}

/* Random text built from pieces that mean something to Markdown or to the
 * role rules: whatever the import makes of it, exporting that and
 * importing again must give the same document and the same Markdown. */
static void
test_markdown_round_trip_random (void)
{
  static const char * const pieces[] = {
    "#", "## ", "**", "*", "_", "\n", "\n\n", "一、", "（一）", "1.", "(1)", "——", "：",
    "同志们：", "谢谢大家！", "{{", "}}", "名", "<!-- fayan:speaker -->", "<!--", "-->",
    "\\", " ", "　", "\t", "\r\n", "甲", "A", "。", "> ", "- ", "1. ", "    ", "```", "[",
    "](x)", "`", "\xEF\xBB\xBF", "&amp;", "<div>",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260305);

  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(FyDocument) document = NULL;
      g_autoptr(FyDocument) again = NULL;
      g_autoptr(FyDocument) third = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;
      guint n = g_rand_int_range (rand, 0, 40);

      for (guint j = 0; j < n; j++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

      document = fy_import_markdown (text->str, text->len, &error);
      g_assert_no_error (error);
      again = reimport (document, &first);
      fy_test_assert_same_blocks (document, again);
      third = reimport (again, &second);
      g_assert_cmpstr (first, ==, second);
    }
}

static void
test_plain_text (void)
{
  g_autoptr(FyDocument) document = make_full_document ();
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  fy_document_set_field_value (document, "会议名称", "全市工作会议");
  fy_document_set_field_value (document, "单位", "市人大常委会");

  text = fy_export_plain_text (document);
  g_test_message ("%s", text);
  lines = g_strsplit (text, "\n", -1);

  /* One line per non-empty block, and a final newline. */
  g_assert_cmpuint (g_strv_length (lines), ==, 24 + 1);
  g_assert_cmpstr (lines[23], ==, "二〇二六年三月五日");
  g_assert_cmpstr (lines[24], ==, "");
  g_assert_cmpstr (lines[0], ==, "在全市工作会议上的发言");
  /* A field with no value stays a reference. */
  g_assert_cmpstr (lines[2], ==, "市人大常委会 {{发言人}}");
  /* Headings numbered per level; sub-levels restart under a new parent. */
  g_assert_cmpstr (lines[6], ==, "一、提高站位");
  g_assert_cmpstr (lines[7], ==, "（一）加强学习");
  g_assert_cmpstr (lines[8], ==, "一是学深悟透。要把{{文件名称}}学深学透。");
  g_assert_cmpstr (lines[9], ==, "市人大常委会的经验。值得推广。");
  g_assert_cmpstr (lines[10], ==, "1.抓好落实");
  g_assert_cmpstr (lines[11], ==, "（1）细化措施");
  g_assert_cmpstr (lines[17], ==, "第一行第二行");
  g_assert_cmpstr (lines[18], ==, "二、两行的标题");
  g_assert_cmpstr (lines[19], ==, "谢谢大家！");
}

static void
test_plain_text_numbering_reset (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  static const guint levels[] = { 1, 2, 2, 3, 3, 2, 3, 1, 2, 4 };
  static const char * const expected[] = {
    "一、", "（一）", "（二）", "1.", "2.", "（三）", "1.", "二、", "（一）", "（1）",
  };
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, levels[i], "标题");

      fy_document_append_block (document, block);
    }

  text = fy_export_plain_text (document);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *want = g_strconcat (expected[i], "标题", NULL);

      g_assert_cmpstr (lines[i], ==, want);
    }
}

static void
test_export_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-export-XXXXXX", &error);
  g_autoptr(FyDocument) document = make_full_document ();
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GFile) md = NULL;
  g_autoptr(GFile) txt = NULL;
  g_autoptr(GFile) pdf = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *pdf_path = NULL;

  g_assert_no_error (error);

  /* An existing file is replaced. */
  md = g_file_new_build_filename (dir, "speech.md", NULL);
  g_file_replace_contents (md, "old", 3, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (fy_export_file (document, md, NULL, &error));
  g_assert_no_error (error);
  g_file_load_contents (md, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  expected = fy_export_markdown (document);
  g_assert_cmpstr (contents, ==, expected);

  again = fy_import_file (md, NULL, &error);
  g_assert_no_error (error);
  fy_document_remove_block (document, 7);
  fy_test_assert_same_blocks (document, again);

  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&expected, g_free);
  txt = g_file_new_build_filename (dir, "speech.TXT", NULL);
  g_assert_true (fy_export_file (document, txt, NULL, &error));
  g_assert_no_error (error);
  g_file_load_contents (txt, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  expected = fy_export_plain_text (document);
  g_assert_cmpstr (contents, ==, expected);

  pdf = g_file_new_build_filename (dir, "speech.pdf", NULL);
  g_assert_false (fy_export_file (document, pdf, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_UNSUPPORTED_TYPE);
  g_assert_nonnull (strstr (error->message, "speech.pdf"));
  g_clear_error (&error);
  pdf_path = g_file_get_path (pdf);
  g_assert_false (g_file_test (pdf_path, G_FILE_TEST_EXISTS));

  g_file_delete (md, NULL, NULL);
  g_file_delete (txt, NULL, NULL);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static guint
count_kind (FyDocument *document,
            FyRunKind   kind)
{
  guint n = 0;

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      FyBlock *block = fy_document_get_block (document, i);

      for (guint r = 0; r < fy_block_get_n_runs (block); r++)
        n += fy_block_get_run (block, r)->kind == kind;
    }
  return n;
}

static FyDocument *
load_round_trip_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "round-trip.md", NULL);
  g_autofree char *source = NULL;
  g_autoptr(GError) error = NULL;
  FyDocument *document;

  g_assert_true (g_file_get_contents (path, &source, NULL, &error));
  document = fy_import_markdown (source, -1, &error);
  g_assert_no_error (error);
  return document;
}

static void
assert_same_with_fields (FyDocument *a,
                         FyDocument *b)
{
  fy_test_assert_same_blocks (a, b);
  g_assert_cmpstr (fy_document_get_field_value (a, "发言人"), ==,
                   fy_document_get_field_value (b, "发言人"));
}

/* What Fayan does not interpret is kept, not dropped: images, links,
 * emphasis, `:::` blocks, thematic breaks, escaped braces, and a field's
 * value with its name.  Through Markdown, .fayan and .docx alike. */
static void
test_round_trip_lossless (void)
{
  g_autoptr(FyDocument) document = load_round_trip_text ();
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(FyDocument) loaded = NULL;
  g_autoptr(FyDocument) from_docx = NULL;
  g_autoptr(GBytes) docx = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *text = NULL;
  g_autofree char *literal = NULL;
  FyBlock *block;

  /* 问题导向 in **; the link, the image (two pieces each), two fences and
   * a rule as markup; 张明 as the value of 发言人. */
  g_assert_cmpuint (count_kind (document, FY_RUN_EMPHASIS), ==, 1);
  g_assert_cmpuint (count_kind (document, FY_RUN_MARKUP), ==, 7);
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, "张明");
  g_assert_cmpuint (count_kind (document, FY_RUN_FIELD), ==, 2);

  /* The fence lines and the rule are blocks of their own, not printed. */
  block = fy_document_get_block (document, 4);
  g_assert_true (fy_block_is_markup_only (block));
  text = fy_block_dup_text (block);
  g_assert_cmpstr (text, ==, "::: note");
  g_clear_pointer (&text, g_free);

  /* Escaped braces are text, never a field. */
  block = fy_document_get_block (document, 5);
  literal = fy_block_dup_text (block);
  g_assert_nonnull (strstr (literal, "“{{会议名称}}”"));
  g_assert_cmpuint (fy_block_get_n_runs (block), ==, 1);
  g_assert_cmpint (fy_block_get_run (block, 0)->kind, ==, FY_RUN_TEXT);

  again = reimport (document, &markdown);
  assert_same_with_fields (document, again);
  g_assert_nonnull (strstr (markdown, "![图1 网格分布示意](images/grid.png)"));
  g_assert_nonnull (strstr (markdown, "[区政府网站](http://example.gov.cn/a \"通知\")"));
  g_assert_nonnull (strstr (markdown, "**问题导向**"));
  g_assert_nonnull (strstr (markdown, "\\{\\{会议名称\\}\\}"));
  g_assert_nonnull (strstr (markdown, "<span data-fayan-field=\"发言人\">张明</span>"));
  g_assert_nonnull (strstr (markdown, "{{会议名称}}\n"));

  saved = fy_document_save_to_data (document, NULL);
  loaded = fy_document_load_from_data (saved, strlen (saved), &error);
  g_assert_no_error (error);
  assert_same_with_fields (document, loaded);

  docx = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  from_docx = fy_docx_import_data (g_bytes_get_data (docx, NULL), g_bytes_get_size (docx), NULL, &error);
  g_assert_no_error (error);
  assert_same_with_fields (document, from_docx);

  /* Plain text is what prints, with the markup as written. */
  text = fy_export_plain_text (document);
  g_assert_nonnull (strstr (text, "![图1 网格分布示意](images/grid.png)"));
  g_assert_nonnull (strstr (text, "由张明同志牵头"));
  g_assert_nonnull (strstr (text, "\n:::\n"));
}

/* Bold that CommonMark would not close (after 。 before a letter) goes
 * out as <strong> and comes back as emphasis. */
static void
test_round_trip_emphasis_edges (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FyDocument) again = NULL;
  g_autofree char *markdown = NULL;

  fy_block_append_run (block, FY_RUN_EMPHASIS, "首先要学。");
  fy_block_append_run (block, FY_RUN_TEXT, "其次要");
  fy_block_append_run (block, FY_RUN_EMPHASIS, "做到。");
  fy_block_append_run (block, FY_RUN_TEXT, "最后{{不是字段}}。");
  fy_document_append_block (document, block);

  again = reimport (document, &markdown);
  g_assert_nonnull (strstr (markdown, "<strong>首先要学。</strong>"));
  g_assert_nonnull (strstr (markdown, "<strong>做到。</strong>最后"));
  fy_test_assert_same_blocks (document, again);
}

/* lint --fix fixes text and leaves markup alone. */
static void
test_round_trip_lint_fix (void)
{
  g_autoptr(FyDocument) document = load_round_trip_text ();
  g_autoptr(FyDocument) before = load_round_trip_text ();
  g_autoptr(FyLint) lint = fy_lint_new ();
  g_autofree char *markdown = NULL;
  guint n_fixed;

  n_fixed = fy_lint_fix_document (lint, document);
  g_assert_cmpuint (n_fixed, >, 0);
  g_assert_cmpuint (count_kind (document, FY_RUN_MARKUP), ==, count_kind (before, FY_RUN_MARKUP));
  g_assert_cmpuint (count_kind (document, FY_RUN_EMPHASIS), ==, 1);
  for (guint i = 0; i < fy_document_get_n_blocks (before); i++)
    {
      FyBlock *a = fy_document_get_block (before, i);
      FyBlock *b = fy_document_get_block (document, i);

      for (guint r = 0; r < fy_block_get_n_runs (a); r++)
        if (fy_block_get_run (a, r)->kind == FY_RUN_MARKUP)
          g_assert_cmpstr (fy_block_get_run (a, r)->text, ==, fy_block_get_run (b, r)->text);
    }

  markdown = fy_export_markdown (document);
  /* The half-width comma and stop of the text are fixed. */
  g_assert_nonnull (strstr (markdown, "的通知，请大家对照落实。"));
  g_assert_nonnull (strstr (markdown, "](http://example.gov.cn/a \"通知\")"));
}

/* Every text of the corpus and tests/texts comes back as it went out. */
static void
test_round_trip_corpus (void)
{
  const char *root = g_getenv ("FAYAN_SOURCE_ROOT");
  g_autofree char *texts = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n = 0;

  if (root == NULL)
    {
      g_test_skip ("FAYAN_SOURCE_ROOT is not set");
      return;
    }

  texts = g_build_filename (root, "tests", "texts", NULL);
  dir = g_dir_open (texts, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (texts, name, NULL);
      g_autofree char *source = NULL;
      g_autofree char *markdown = NULL;
      g_autoptr(FyDocument) document = NULL;
      g_autoptr(FyDocument) again = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".md"))
        continue;
      g_assert_true (g_file_get_contents (path, &source, NULL, &error));
      document = fy_import_markdown (source, -1, &error);
      g_assert_no_error (error);
      again = reimport (document, &markdown);
      fy_test_assert_same_blocks (document, again);
      n++;
    }
  g_assert_cmpuint (n, >=, 4);
}

/* The names the save, export and print dialogs propose: one rule, with
 * the sanitiser of generated names (issue 18). */
static void
test_file_names (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(FyDocument) empty = fy_document_new ();
  g_autoptr(GDateTime) today = g_date_time_new_local (2026, 11, 26, 9, 0, 0);
  g_autofree char *name = NULL;

  /* The document's own date, in Chinese form. */
  name = fy_export_dup_dated_name (document, ".pdf", today);
  g_assert_cmpstr (name, ==, "把代表联络站建成群众家门口的“民意窗口”-2026-03-12.pdf");
  g_clear_pointer (&name, g_free);
  name = fy_export_dup_file_name (document, ".docx");
  g_assert_cmpstr (name, ==, "把代表联络站建成群众家门口的“民意窗口”.docx");
  g_clear_pointer (&name, g_free);

  fy_document_set_date (document, "2026-4-1");
  name = fy_export_dup_dated_name (document, ".pdf", today);
  g_assert_cmpstr (name, ==, "把代表联络站建成群众家门口的“民意窗口”-2026-04-01.pdf");
  g_clear_pointer (&name, g_free);

  /* No date: today.  Characters that break file names are replaced,
   * the spaces around them trimmed. */
  fy_document_set_date (document, NULL);
  fy_document_set_title (document, "关于《条例》的说明: 第1/2稿 ");
  name = fy_export_dup_dated_name (document, ".pdf", today);
  g_assert_cmpstr (name, ==, "关于《条例》的说明_ 第1_2稿-2026-11-26.pdf");
  g_clear_pointer (&name, g_free);

  /* A title that would hide the file or climb out of the folder. */
  fy_document_set_title (document, "../.hidden");
  name = fy_export_dup_file_name (document, ".fayan");
  g_assert_cmpstr (name, ==, "hidden.fayan");
  g_clear_pointer (&name, g_free);

  /* No title at all, or only the template's guidance. */
  name = fy_export_dup_dated_name (empty, ".pdf", today);
  g_assert_cmpstr (name, ==, "Untitled Speech-2026-11-26.pdf");
  g_clear_pointer (&name, g_free);
  fy_document_set_title (document, "（在此填写发言标题）");
  g_assert_true (fy_template_is_guidance ("（在此填写发言标题）"));
  name = fy_export_dup_file_name (document, ".fayan");
  g_assert_cmpstr (name, ==, "Untitled Speech.fayan");
}

/* An attachment note goes out as Markdown, plain text and Word and comes
 * back as the same note: a line per attachment, 附件： written out in
 * plain text where the engine prints it. */
static void
test_round_trip_attachments (void)
{
  static const char * const notes[][2] = {
    { "附件：1．档案安全自查表\n2．库房设施设备登记表（按实际情况填写）\n3．联络员名单",
      "附件：1．档案安全自查表\n2．库房设施设备登记表（按实际情况填写）\n3．联络员名单" },
    { "整改台账", "附件：整改台账" },
  };

  for (guint n = 0; n < G_N_ELEMENTS (notes); n++)
    for (guint format = 0; format < 3; format++)
      {
        g_autoptr(FyDocument) document = fy_document_new ();
        g_autoptr(FyDocument) back = NULL;
        g_autoptr(GError) error = NULL;
        g_autofree char *text = NULL;
        g_autofree char *note = NULL;

        fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于开展档案安全检查的通知"));
        fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "请认真组织自查。"));
        fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_ATTACHMENT, 0, notes[n][0]));
        fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_SIGNATURE, 0, "临川县档案局"));
        fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_DATE_LINE, 0, "2026年12月1日"));

        if (format == 0)
          {
            text = fy_export_markdown (document);
            back = fy_import_markdown (text, -1, &error);
          }
        else if (format == 1)
          {
            text = fy_export_plain_text (document);
            back = fy_import_plain_text (text, -1, &error);
          }
        else
          {
            g_autoptr(GBytes) bytes = fy_docx_export_to_bytes (document, &error);

            g_assert_no_error (error);
            back = fy_docx_import_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, &error);
          }
        g_assert_no_error (error);
        g_test_message ("note %u, format %u", n, format);
        g_assert_cmpuint (fy_document_get_n_blocks (back), ==, 5);
        g_assert_cmpint (fy_block_get_role (fy_document_get_block (back, 2)), ==, FY_BLOCK_ROLE_ATTACHMENT);
        note = fy_block_dup_text (fy_document_get_block (back, 2));
        /* Markdown and Word keep the role and the text as it was */
        g_assert_cmpstr (note, ==, notes[n][format == 1 ? 1 : 0]);
        g_assert_cmpint (fy_block_get_role (fy_document_get_block (back, 3)), ==, FY_BLOCK_ROLE_SIGNATURE);
      }

  {
    /* further names typed as blocks of their own: one 附件：, one note */
    g_autoptr(FyDocument) document = fy_document_new ();
    g_autoptr(FyDocument) back = NULL;
    g_autofree char *text = NULL;
    g_autofree char *note = NULL;

    fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "请认真组织自查。"));
    fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_ATTACHMENT, 0, "1．整改台账"));
    fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_ATTACHMENT, 0, "2．联络员名单"));
    text = fy_export_plain_text (document);
    g_assert_cmpstr (text, ==, "请认真组织自查。\n附件：1．整改台账\n2．联络员名单\n");
    back = fy_import_plain_text (text, -1, NULL);
    g_assert_cmpuint (fy_document_get_n_blocks (back), ==, 2);
    note = fy_block_dup_text (fy_document_get_block (back, 1));
    g_assert_cmpstr (note, ==, "附件：1．整改台账\n2．联络员名单");
  }
}

/* The 版记 (抄送, the organ　　date印发 line) is known by its text where
 * it ends the document: .fayan, Markdown, plain text and Word bring it
 * back as it went, its spaces too, and the signature above it stays one. */
static void
test_round_trip_imprint (void)
{
  g_autoptr(FyDocument) document = fy_test_import_plain_data ("imprint.txt");
  guint n = fy_document_get_n_blocks (document);

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, n - 4)), ==, FY_BLOCK_ROLE_SIGNATURE);
  for (guint format = 0; format < 4; format++)
    {
      g_autoptr(FyDocument) back = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      if (format == 0)
        back = fy_import_markdown ((text = fy_export_markdown (document)), -1, &error);
      else if (format == 1)
        back = fy_import_plain_text ((text = fy_export_plain_text (document)), -1, &error);
      else if (format == 2)
        {
          text = fy_document_save_to_data (document, NULL);
          back = fy_document_load_from_data (text, strlen (text), &error);
        }
      else
        {
          g_autoptr(GBytes) bytes = fy_docx_export_to_bytes (document, &error);

          g_assert_no_error (error);
          back = fy_docx_import_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, &error);
        }
      g_assert_no_error (error);
      g_test_message ("format %u", format);
      g_assert_cmpuint (fy_document_get_n_blocks (back), ==, n);
      g_assert_cmpint (fy_block_get_role (fy_document_get_block (back, n - 4)), ==, FY_BLOCK_ROLE_SIGNATURE);
      for (guint b = n - 2; b < n; b++)
        {
          g_autofree char *was = fy_block_dup_text (fy_document_get_block (document, b));
          g_autofree char *is = fy_block_dup_text (fy_document_get_block (back, b));

          g_assert_cmpstr (is, ==, was);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/export/markdown/round-trip-seed", test_markdown_round_trip_seed);
  g_test_add_func ("/core/export/markdown/round-trip-roles", test_markdown_round_trip_roles);
  g_test_add_func ("/core/export/markdown/round-trip-markers", test_markdown_round_trip_markers);
  g_test_add_func ("/core/export/markdown/round-trip-random", test_markdown_round_trip_random);
  g_test_add_func ("/core/export/round-trip/lossless", test_round_trip_lossless);
  g_test_add_func ("/core/export/round-trip/emphasis-edges", test_round_trip_emphasis_edges);
  g_test_add_func ("/core/export/round-trip/lint-fix", test_round_trip_lint_fix);
  g_test_add_func ("/core/export/round-trip/corpus", test_round_trip_corpus);
  g_test_add_func ("/core/export/round-trip/attachments", test_round_trip_attachments);
  g_test_add_func ("/core/export/round-trip/imprint", test_round_trip_imprint);
  g_test_add_func ("/core/export/plain/text", test_plain_text);
  g_test_add_func ("/core/export/plain/numbering", test_plain_text_numbering_reset);
  g_test_add_func ("/core/export/file", test_export_file);
  g_test_add_func ("/core/export/file-names", test_file_names);

  return g_test_run ();
}

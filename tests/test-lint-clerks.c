/* test-lint-clerks.c — the proofreader on correct documents of the kinds a clerk sends
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A clerk learns to ignore a proofreader that is wrong.  tests/data/clerks/
 * holds nine correct documents written for the suite, one of each kind
 * a 秘书科 sends: a 通知 with two 附件 (a duty table, contact lines, a
 * note in brackets under the date, the 版记), a 纪要 (issue number, the
 * organ and date under it, who attended), a 请示, a 批复, a 函, a 通报
 * with one 附件 (a table), a speech with 一是/二是 and 一要/二要, a
 * 主持词, and a 政协提案 (its number and fields: 案由：, 提案人：).
 * Imported as `fayan-cli import` does, and pasted as they are,
 * each lints clean: the number of findings over all nine is the false
 * positives the clerk sees, and it is 0.  A real mistake seeded into each,
 * of the same kind as the forms that must stay silent (a wrap space in
 * the body or in a table cell beside the padded names, a paragraph cut
 * off beside the attendance and contact lines, a document named without
 * 《》 beside the document's own title, a note in brackets in the body), is
 * still found, in the document as typed in the editor and in pasted text.
 *
 * Typed line by line into a blank document, with no style set, each
 * document (a 通知 under its 发文字号 with headings, 附件, 署名, date,
 * note and 版记; a 决定 of two organs with its 名单 attached) may draw
 * advice to set a style, but no fix of its text: the title, headings,
 * the names of the attachments, the 署名 and the note under the date are
 * no sentences, and the notice's own title takes no 《》 (session 22's
 * new user was offered a full stop or 《》 on each).  The title, 署名 and
 * date are offered their styles (test-lint-roles.c checks each offer).
 */

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

static const char * const documents[] = {
  "tongzhi", "jiyao", "qingshi", "pifu", "han", "tongbao", "jianghua", "zhuchici", "tian",
  "fawen", "jueding",
};

/* A mistake to seed: @before in the text of document @name becomes
 * @after, and @kind must be found. */
typedef struct
{
  const char *name;
  const char *before;
  const char *after;
  const char *kind;
} Seed;

static const Seed seeds[] = {
  { "tongzhi", "隐患处置情况", "隐患　处置情况", FY_LINT_KIND_SPACE_IN_CHINESE },
  { "tongzhi", "周晓明", "周晓　明", FY_LINT_KIND_SPACE_IN_CHINESE },
  { "tongzhi", "逐项销号。", "逐项销号", FY_LINT_KIND_MISSING_END_PUNCTUATION },
  { "jiyao", "满意一条。", "满意一条", FY_LINT_KIND_MISSING_END_PUNCTUATION },
  { "qingshi", "根据《嘉禾市安全生产“十四五”规划》要求", "根据市安委会关于做好2027年安全生产工作的通知要求",
    FY_LINT_KIND_MISSING_TITLE_MARKS },
  { "qingshi", "三是安全生产宣传教育和应急演练，需经费60万元。", "（三是安全生产宣传教育和应急演练，需经费60万元）",
    FY_LINT_KIND_MISSING_END_PUNCTUATION },
  { "pifu", "经研究，现批复如下：", "经研究,现批复如下：", FY_LINT_KIND_HALF_WIDTH_PUNCTUATION },
  { "han", "请予支持为盼。", "请予支持为盼", FY_LINT_KIND_MISSING_END_PUNCTUATION },
  { "han", "联系电话：0573-82093317", "联系电话：请与宋洁同志联系，电话0573-82093317", FY_LINT_KIND_MISSING_END_PUNCTUATION },
  { "tongbao", "需要认真加以解决。", "需要认真加以解决", FY_LINT_KIND_MISSING_END_PUNCTUATION },
  { "jianghua", "三是优化营商环境", "四是优化营商环境", FY_LINT_KIND_NUMBERING_SEQUENCE },
  { "zhuchici", "请南湖区、市交通运输局作交流发言", "请王　伟同志作交流发言", FY_LINT_KIND_SPACE_IN_CHINESE },
  { "tian", "提案人：农工党嘉禾市委会", "提案人：农工党嘉禾市委会，请有关部门研究办理",
    FY_LINT_KIND_MISSING_END_PUNCTUATION },
  { "tian", "借阅电子图书。", "借阅电子图书", FY_LINT_KIND_MISSING_END_PUNCTUATION },
};

static char *
read_document (const char *name)
{
  g_autofree char *file = g_strconcat ("clerks/", name, ".txt", NULL);

  return fy_test_read_data (file);
}

/* Logs what was found, so that a failure says where. */
static guint
count_logged (const char *name,
              const char *mode,
              GPtrArray  *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);

      g_test_message ("%s (%s): block %u: %s “%s”", name, mode, fy_lint_finding_get_block (finding),
                      fy_lint_finding_get_kind (finding), fy_lint_finding_get_original (finding));
    }
  return findings->len;
}

/* Each correct document lints clean, imported and pasted. */
static void
test_clerks_clean (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  guint in_documents = 0, in_text = 0;

  for (guint d = 0; d < G_N_ELEMENTS (documents); d++)
    {
      g_autofree char *text = read_document (documents[d]);
      g_autoptr(FyDocument) document = fy_test_import_plain (text);
      g_autoptr(GPtrArray) imported = fy_lint_document (lint, document);
      g_autoptr(GPtrArray) pasted = fy_lint_text (lint, text, -1);

      g_assert_nonnull (pasted);
      in_documents += count_logged (documents[d], "document", imported);
      in_text += count_logged (documents[d], "pasted", pasted);
    }

  g_test_message ("clerks: %u false positives in %zu correct documents imported, %u pasted",
                  in_documents, G_N_ELEMENTS (documents), in_text);
  g_assert_cmpuint (in_documents, ==, 0);
  g_assert_cmpuint (in_text, ==, 0);
}

/* @text typed into a blank document: each line a body paragraph. */
static FyDocument *
type_document (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  FyDocument *document = fy_document_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(FyBlock) block = NULL;

      if (*lines[i] == '\0')
        continue;
      block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, lines[i]);
      fy_document_append_block (document, block);
    }
  return document;
}

/* Findings that offer to change the text (not the style). */
static guint
count_fixes (const char *name,
             GPtrArray  *findings)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);

      if (fy_lint_finding_get_fix (finding) == NULL || fy_lint_finding_get_role (finding, NULL))
        continue;
      g_test_message ("%s (typed): block %u: %s “%s” → “%s”", name, fy_lint_finding_get_block (finding),
                      fy_lint_finding_get_kind (finding), fy_lint_finding_get_original (finding),
                      fy_lint_finding_get_fix (finding));
      n++;
    }
  return n;
}

/* Typed without styles, no document is offered a fix. */
static void
test_clerks_typed (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  guint fixes = 0;

  for (guint d = 0; d < G_N_ELEMENTS (documents); d++)
    {
      g_autofree char *text = read_document (documents[d]);
      g_autoptr(FyDocument) document = type_document (text);
      g_autoptr(GPtrArray) findings = fy_lint_document (lint, document);

      g_autofree char *before = fy_test_dup_block_texts (document);
      g_autofree char *after = NULL;

      fixes += count_fixes (documents[d], findings);
      /* and Fix All leaves the text as it was */
      fy_lint_fix_document (lint, document);
      after = fy_test_dup_block_texts (document);
      g_assert_true (g_str_equal (before, after));
    }

  g_test_message ("clerks: %u fixes offered in %zu correct documents typed", fixes, G_N_ELEMENTS (documents));
  g_assert_cmpuint (fixes, ==, 0);
}

/* Only unfilled fields and guidance are left to report in @document,
 * and no fix is offered. */
static void
assert_only_unfilled (FyLint     *lint,
                      const char *name,
                      FyDocument *document)
{
  g_autoptr(GPtrArray) findings = fy_lint_document (lint, document);

  count_logged (name, "document", findings);
  g_assert_cmpuint (findings->len, >, 0);
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_FIELD_UNFILLED), ==, findings->len);
  g_assert_cmpuint (count_fixes (name, findings), ==, 0);
}

/* The built-in 通知 filled in: what is left is its guidance, and no
 * fix; its 版记 line is fields (印发机关, 日期), no sentence: filled,
 * with 印发机关 left empty (it prints {{印发机关}}　　2027年1月6日印发)
 * and as the template ships it ({{印发机关}}　　{{日期}}印发). */
static void
test_clerks_notice_template (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template ("notice");
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) no_printer = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const fields[][2] = {
    { "发文字号", "澄政办发〔2027〕12号" }, { "发文机关", "澄江市人民政府办公室" },
    { "通知事项", "做好今冬明春森林防火工作" }, { "主送机关", "各县（区）人民政府，市政府各部门" },
    { "附件名称", "森林防火重点区域名单" }, { "日期", "2027年1月6日" }, { "印发机关", "澄江市人民政府办公室" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_hash_table_insert (values, (gpointer) fields[i][0], (gpointer) fields[i][1]);
  document = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);
  assert_only_unfilled (lint, "notice template", document);

  g_hash_table_remove (values, "印发机关");
  no_printer = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);
  assert_only_unfilled (lint, "notice template, 印发机关 empty", no_printer);
  assert_only_unfilled (lint, "notice template as shipped", fy_template_get_skeleton (template_));
}

/* Copies of PDFs (tests/data/pasted) imported as a paste is: a table
 * whose cells the copy glued into lines (临川区501997%), its caption, a
 * title cut before 的通知 and the note in brackets under a title are no
 * sentences, and are offered no full stop.  No paragraph is left
 * without an end: the one the copy cut in two before a line that opens
 * with digits (……主题服务 / 23 项，……) is whole again. */
static void
test_clerks_pdf_copies (void)
{
  static const char * const copies[] = {
    "pdf-copy-agenda", "pdf-copy-duty", "pdf-copy-notice", "pdf-copy-reading-report", "pdf-copy-report",
    "pdf-copy-tasks", "pdftotext-duty", "pdftotext-report", "pdftotext-tasks",
  };
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  guint n_open = 0;

  for (guint d = 0; d < G_N_ELEMENTS (copies); d++)
    {
      g_autofree char *file = g_strconcat ("pasted/", copies[d], ".txt", NULL);
      g_autoptr(FyDocument) document = fy_test_import_plain_data (file);
      g_autoptr(GPtrArray) findings = fy_lint_document (lint, document);

      count_logged (copies[d], "imported", findings);
      n_open += fy_test_count_kind (findings, FY_LINT_KIND_MISSING_END_PUNCTUATION);
    }
  g_assert_cmpuint (n_open, ==, 0);
}

/* @seed typed into the document in the editor: the block that holds
 * the words takes the mistake. */
static GPtrArray *
lint_seeded_document (FyLint     *lint,
                      const Seed *seed,
                      const char *text)
{
  g_autoptr(FyDocument) document = fy_test_import_plain (text);
  gboolean seeded = FALSE;

  for (guint b = 0; b < fy_document_get_n_blocks (document) && !seeded; b++)
    {
      FyBlock *block = fy_document_get_block (document, b);
      g_autofree char *old = fy_block_dup_text (block);
      char *at = strstr (old, seed->before);

      if (at != NULL)
        {
          g_autofree char *head = g_strndup (old, at - old);
          g_autofree char *changed = g_strconcat (head, seed->after, at + strlen (seed->before), NULL);

          fy_block_set_text (block, changed);
          seeded = TRUE;
        }
    }
  g_assert_true (seeded);
  return fy_lint_document (lint, document);
}

/* A real mistake of the kind of each silent form is still found. */
static void
test_clerks_seeded (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();

  for (guint s = 0; s < G_N_ELEMENTS (seeds); s++)
    {
      const Seed *seed = &seeds[s];
      g_autofree char *text = read_document (seed->name);
      g_autofree char *head = NULL;
      g_autofree char *pasted_text = NULL;
      g_autoptr(GPtrArray) typed = NULL;
      g_autoptr(GPtrArray) pasted = NULL;
      char *at = strstr (text, seed->before);

      g_test_message ("%s: “%s” → “%s”", seed->name, seed->before, seed->after);
      g_assert_nonnull (at);
      head = g_strndup (text, at - text);
      pasted_text = g_strconcat (head, seed->after, at + strlen (seed->before), NULL);

      typed = lint_seeded_document (lint, seed, text);
      count_logged (seed->name, "seeded document", typed);
      g_assert_cmpuint (fy_test_count_kind (typed, seed->kind), >=, 1);

      /* typed line by line without styles */
      {
        g_autoptr(FyDocument) document = type_document (pasted_text);
        g_autoptr(GPtrArray) found = fy_lint_document (lint, document);

        count_logged (seed->name, "seeded, typed", found);
        g_assert_cmpuint (fy_test_count_kind (found, seed->kind), >=, 1);
      }

      /* pasted text holds no sentence on a line that runs on */
      pasted = fy_lint_text (lint, pasted_text, -1);
      count_logged (seed->name, "seeded text", pasted);
      if (g_strcmp0 (seed->kind, FY_LINT_KIND_MISSING_END_PUNCTUATION) != 0)
        g_assert_cmpuint (fy_test_count_kind (pasted, seed->kind), >=, 1);
    }
}

/* The notes lint gave on the clerks' pasted texts (tests/data/pasted,
 * imported) that were false, one line of each class: the line draws no
 * note of its kind, and its twin, where the note is true, still does.
 * An English sentence quoted in English keeps its straight quotes (the
 * import keeps them too); a sentence whose full stop comes before its
 * emoji has its end; 宪法 beside 法律 is the body of law, no document;
 * a chain of steps in quotes is joined by the connector. */
static void
test_clerks_false_classes (void)
{
  static const struct { const char *line; const char *twin; const char *kind; } cases[] = {
    { "专家引用了一句英文：The report says \"AI is a tool, not a goal.\" 这句话值得深思。",
      "专家说：\"人工智能是工具，不是目标。\"这句话值得深思。", FY_LINT_KIND_HALF_WIDTH_PUNCTUATION },
    { "群众反映的问题当场解决，限时办结并回访。🌟", "群众反映的问题当场解决，大家纷纷点赞🌟",
      FY_LINT_KIND_MISSING_END_PUNCTUATION },
    { "代表要认真学习宪法和法律，熟悉代表法规定的权利和义务。", "代表要认真学习宪法、组织法和代表法。",
      FY_LINT_KIND_MISSING_TITLE_MARKS },
    { "录入镇综治中心平台，按“网格—村—镇”三级流转。", "建好网格—村—镇三级平台，按期流转。", FY_LINT_KIND_DASH },
  };
  g_autoptr(FyLint) lint = fy_test_lint_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      /* under a title, a body paragraph before a closing one */
      g_autofree char *line_text = g_strconcat ("关于网格化治理工作的情况报告\n\n", cases[i].line, "\n\n特此报告。\n", NULL);
      g_autofree char *twin_text = g_strconcat ("关于网格化治理工作的情况报告\n\n", cases[i].twin, "\n\n特此报告。\n", NULL);
      g_autoptr(FyDocument) line = fy_test_import_plain (line_text);
      g_autoptr(FyDocument) twin = fy_test_import_plain (twin_text);
      g_autoptr(GPtrArray) on_line = fy_lint_document (lint, line);
      g_autoptr(GPtrArray) on_twin = fy_lint_document (lint, twin);

      count_logged (cases[i].line, "line", on_line);
      count_logged (cases[i].twin, "twin", on_twin);
      g_assert_cmpuint (fy_test_count_kind (on_line, cases[i].kind), ==, 0);
      g_assert_cmpuint (fy_test_count_kind (on_twin, cases[i].kind), >=, 1);
    }
}

/* A report's heading that opens with a year, its ordinal numbered by
 * Fayan (二、2027 年工作打算 from a PDF copy, spaced as the PDF set it):
 * the year is no second number; a typed "1 " is. */
static void
test_clerks_year_heading (void)
{
  static const char * const headings[] = { "2027 年工作打算", "1 总体要求" };
  g_autoptr(FyLint) lint = fy_test_lint_new ();

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_autoptr(FyDocument) document = fy_document_new ();
      g_autoptr(GPtrArray) findings = NULL;
      const char * const blocks[] = { "主要成绩", "各项任务全面完成。", headings[i], "明年继续努力。" };

      for (guint b = 0; b < G_N_ELEMENTS (blocks); b++)
        {
          g_autoptr(FyBlock) block = fy_block_new_with_text (b % 2 ? FY_BLOCK_ROLE_PARAGRAPH : FY_BLOCK_ROLE_HEADING,
                                                             b % 2 ? 0 : 1, blocks[b]);

          fy_document_append_block (document, block);
        }
      findings = fy_lint_document (lint, document);
      count_logged (headings[i], "heading", findings);
      g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_DOUBLE_HEADING_NUMBER), ==, i);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/lint/clerks/clean", test_clerks_clean);
  g_test_add_func ("/core/lint/clerks/seeded", test_clerks_seeded);
  g_test_add_func ("/core/lint/clerks/typed", test_clerks_typed);
  g_test_add_func ("/core/lint/clerks/notice-template", test_clerks_notice_template);
  g_test_add_func ("/core/lint/clerks/pdf-copies", test_clerks_pdf_copies);
  g_test_add_func ("/core/lint/clerks/false-classes", test_clerks_false_classes);
  g_test_add_func ("/core/lint/clerks/year-heading", test_clerks_year_heading);

  return g_test_run ();
}

/* test-lint-cli.c — fayan-cli lint as a real process, and fy_lint_file()
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

/* fayan-cli lint, run as a real process */

static char *
write_temp (const char *dir,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

static JsonArray *
parse_json_array (JsonParser *parser,
                  const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));

  return json_node_get_array (root);
}

static void
test_cli (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *dirty = NULL;
  g_autofree char *fixed_txt = NULL;
  g_autofree char *fixed_md = NULL;
  g_autofree char *fixed_fayan = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) reloaded = NULL;
  g_autoptr(GFile) fayan_file = NULL;
  JsonArray *array;
  JsonObject *first;
  const char *exceptions = "增长2.5个百分点，下午17:00开会，接口API V2.1发布，访问example.com，邮箱a@b.cn。";
  g_autofree char *dirty_text = g_strconcat ("我们严格执行 制度,向市委及时报告!\n", exceptions, "\n", NULL);
  static const char * const kept[] = { "2.5", "17:00", "API V2.1", "example.com", "a@b.cn" };

  dir = g_dir_make_tmp ("fayan-lint-XXXXXX", &error);
  g_assert_no_error (error);
  clean = write_temp (dir, "clean.txt", "我们严格执行制度，向市委及时报告。\n");
  dirty = write_temp (dir, "dirty.txt", dirty_text);
  fixed_txt = g_build_filename (dir, "fixed.txt", NULL);
  fixed_md = g_build_filename (dir, "fixed.md", NULL);
  fixed_fayan = g_build_filename (dir, "fixed.fayan", NULL);
  missing = g_build_filename (dir, "missing.txt", NULL);

  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--no-font-check", clean, NULL), ==, 0);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--no-font-check", dirty, NULL), ==, 1);
  /* Findings name the line and column. */
  g_assert_nonnull (strstr (out, "line 1, column 7"));
  g_assert_nonnull (strstr (out, "[half-width-punctuation]"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--json", "--no-font-check", dirty, NULL), ==, 1);
  array = parse_json_array (parser, out);
  g_assert_cmpuint (json_array_get_length (array), ==, 3);
  first = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "kind"), ==, "space-in-chinese");
  g_assert_cmpstr (json_object_get_string_member (first, "severity"), ==, "warning");
  g_assert_cmpint (json_object_get_int_member (first, "block"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (first, "start"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (first, "end"), ==, 7);
  g_assert_true (json_object_has_member (first, "message"));
  g_assert_cmpstr (json_object_get_string_member (first, "fix"), ==, "");
  first = json_array_get_object_element (array, 1);
  g_assert_cmpstr (json_object_get_string_member (first, "fix"), ==, "，");
  g_assert_cmpint (json_object_get_int_member (first, "start"), ==, 9);
  g_clear_pointer (&out, g_free);

  /* JSON is UTF-8 whatever the locale. */
  {
    g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LC_ALL", "C", TRUE);
    g_auto(FyTestCliResult) c_run = { 0 };

    /* the runner asserts that it ran, exited on its own and printed UTF-8 */
    fy_test_run_cli_full (&c_run, NULL, (const char * const *) env, NULL,
                          (const char * const[]) { "lint", "--json", "--no-font-check", dirty, NULL });
    g_assert_cmpint (c_run.status, ==, 1);
    array = parse_json_array (parser, c_run.out);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 1), "fix"), ==, "，");
  }

  /* Clean output is an empty array and status 0. */
  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--json", "--no-font-check", clean, NULL), ==, 0);
  array = parse_json_array (parser, out);
  g_assert_cmpuint (json_array_get_length (array), ==, 0);
  g_clear_pointer (&out, g_free);

  /* --fix writes the fixed text; what is left is reported, and here
   * nothing is. */
  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--no-font-check", "--fix", "-o", fixed_txt, dirty, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_file_get_contents (fixed_txt, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "我们严格执行制度，向市委及时报告！\n"
                                 "增长2.5个百分点，下午17:00开会，接口API V2.1发布，访问example.com，邮箱a@b.cn。\n");
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    g_assert_nonnull (strstr (contents, kept[i]));
  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--no-font-check", fixed_txt, NULL), ==, 0);
  g_clear_pointer (&out, g_free);

  /* Other formats by their extension. */
  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--no-font-check", "--fix", "-o", fixed_md, dirty, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (fixed_md, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "向市委及时报告！"));
  g_assert_nonnull (strstr (contents, "API V2.1"));

  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--no-font-check", "--fix", "-o", fixed_fayan, dirty, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  fayan_file = g_file_new_for_path (fixed_fayan);
  reloaded = fy_document_load_from_file (fayan_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (reloaded), >=, 1);

  /* A .fayan document is linted block by block. */
  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--no-font-check", fixed_fayan, NULL), ==, 0);
  g_clear_pointer (&out, g_free);

  /* Text saved as GB18030 on Windows is read as such. */
  {
    g_autofree char *gb = NULL;
    g_autofree char *gb_path = g_build_filename (dir, "gb18030.txt", NULL);
    gsize gb_length = 0;

    gb = g_convert (dirty_text, -1, "GB18030", "UTF-8", NULL, &gb_length, &error);
    g_assert_no_error (error);
    g_assert_false (g_utf8_validate (gb, gb_length, NULL));
    g_file_set_contents (gb_path, gb, gb_length, &error);
    g_assert_no_error (error);

    g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--json", "--no-font-check", gb_path, NULL), ==, 1);
    array = parse_json_array (parser, out);
    g_assert_cmpuint (json_array_get_length (array), ==, 3);
    g_clear_pointer (&out, g_free);
    g_unlink (gb_path);
  }

  /* A document made from an installed template: its fields are the
   * defined ones, any other reference is unknown. */
  {
    g_autoptr(FyDocument) from_template = fy_document_new ();
    g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                       "在{{会议名称}}上，{{没有这个字段}}作了发言。");
    g_autofree char *path = g_build_filename (dir, "template.fayan", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    JsonObject *object;

    fy_document_set_template_id (from_template, "exchange-speech");
    fy_document_set_field_value (from_template, "会议名称", "全市工作会议");
    fy_document_set_field_value (from_template, "没有这个字段", "某某");
    fy_document_append_block (from_template, block);
    g_assert_true (fy_document_save_to_file (from_template, file, NULL, &error));
    g_assert_no_error (error);

    g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--json", "--no-font-check", path, NULL), ==, 1);
    array = parse_json_array (parser, out);
    g_assert_cmpuint (json_array_get_length (array), ==, 1);
    object = json_array_get_object_element (array, 0);
    g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, "field-unknown");
    g_assert_cmpstr (json_object_get_string_member (object, "severity"), ==, "error");
    g_assert_cmpint (json_object_get_int_member (object, "start"), ==, 11);
    g_assert_true (json_object_get_null_member (object, "fix"));
    g_clear_pointer (&out, g_free);

    /* --field names the defined fields by hand. */
    g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--json", "--no-font-check", "--field", "会议名称",
                              "--field", "没有这个字段", path, NULL), ==, 0);
    g_clear_pointer (&out, g_free);
    g_unlink (path);
  }

  /* Errors: status 2. */
  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", missing, NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "-o", fixed_txt, dirty, NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--fix", dirty, NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--fix", "-o", "out.pdf", dirty, NULL), ==, 2);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", NULL), ==, 2);
  g_clear_pointer (&out, g_free);

  g_unlink (clean);
  g_unlink (dirty);
  g_unlink (fixed_txt);
  g_unlink (fixed_md);
  g_unlink (fixed_fayan);
  g_rmdir (dir);
}

/* A template file is proofread as the speech New makes from it, not as
 * its JSON read for text (201 findings on its quotes and braces): what
 * is left is the fields to fill in and the guidance to replace.  A file
 * that is no template says so.  A .docx is read as Word, not as text. */
static void
test_cli_template (void)
{
  g_autofree char *notice = g_build_filename (g_getenv ("FAYAN_SOURCE_ROOT"), "resources", "templates",
                                              "11-notice.fayan-template", NULL);
  g_autofree char *word = g_test_build_filename (G_TEST_DIST, "data", "docx", "writer-numbered.docx", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;

  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--json", "--no-font-check", notice, NULL), ==, 1);
  array = parse_json_array (parser, out);
  g_assert_cmpuint (json_array_get_length (array), >, 0);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *finding = json_array_get_object_element (array, i);

      g_test_message ("%s “%s”", json_object_get_string_member (finding, "kind"),
                      json_object_get_string_member (finding, "text"));
      g_assert_cmpstr (json_object_get_string_member (finding, "kind"), ==, FY_LINT_KIND_FIELD_UNFILLED);
    }
  g_clear_pointer (&out, g_free);

  /* a Word file is read as imported, not as text in some encoding */
  g_assert_cmpint (fy_test_cli (&out, &err, "lint", "--no-font-check", word, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "nothing to report"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  dir = g_dir_make_tmp ("fayan-lint-XXXXXX", &error);
  g_assert_no_error (error);
  broken = write_temp (dir, "broken.fayan-template", "{ \"format\": \"fayan\", \"version\": 5 }\n");
  g_assert_cmpint (fy_test_cli (&out, &err, "lint", "--no-font-check", broken, NULL), ==, 2);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "not a Fayan template"));
  g_unlink (broken);
  g_rmdir (dir);
}

static void
test_cli_corpus (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *raw_path = NULL;
  g_autofree char *fixed_path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *han_before = NULL;
  g_autofree char *han_after = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  guint commas = 0;
  gsize length = 0;

  raw = fy_test_read_corpus ("seed-speech.raw.txt", &length);
  raw_path = g_build_filename (g_getenv ("FAYAN_CORPUS_DIR"), "seed-speech.raw.txt", NULL);
  dir = g_dir_make_tmp ("fayan-lint-XXXXXX", &error);
  g_assert_no_error (error);
  fixed_path = g_build_filename (dir, "fixed.txt", NULL);

  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--json", "--no-font-check", raw_path, NULL), ==, 1);
  array = parse_json_array (parser, out);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *fix = json_object_get_string_member_with_default (object, "fix", NULL);

      if (g_strcmp0 (json_object_get_string_member (object, "kind"), "half-width-punctuation") == 0 &&
          g_strcmp0 (fix, "，") == 0)
        commas++;
    }
  g_assert_cmpuint (commas, ==, 75);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (fy_test_cli (&out, NULL, "lint", "--no-font-check", "--fix", "-o", fixed_path, raw_path, NULL), >=, 0);
  g_clear_pointer (&out, g_free);
  g_file_get_contents (fixed_path, &fixed, NULL, &error);
  g_assert_no_error (error);
  han_before = fy_test_han_only (strchr (raw, '\n') + 1);
  han_after = fy_test_han_only (fixed);
  g_assert_cmpstr (han_after, ==, han_before);
  g_assert_null (strchr (fixed, ','));

  g_unlink (fixed_path);
  g_rmdir (dir);
}

/* fy_lint_file(): a text file in UTF-16 is read line by line, its fixed
 * copy written as the name says; a document is read block by block. */
static void
test_lint_file (void)
{
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-lint-file-XXXXXX");
  g_autofree char *txt_path = g_build_filename (dir, "pasted.txt", NULL);
  g_autofree char *fayan_path = g_build_filename (dir, "fixed.fayan", NULL);
  g_autoptr(GFile) txt = g_file_new_for_path (txt_path);
  g_autoptr(GFile) fayan = g_file_new_for_path (fayan_path);
  g_autoptr(GFile) pdf = g_file_new_for_path ("out.pdf");
  g_autoptr(GFile) markdown = g_file_new_for_path ("Notes.MARKDOWN");
  g_autoptr(FyEnvironment) environment = fy_environment_new ();
  g_autoptr(FyLint) lint = fy_lint_new ();
  g_autoptr(FyDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *data = NULL;
  gsize body_length = 0;

  g_assert_true (fy_lint_file_is_text (txt));
  g_assert_true (fy_lint_file_is_text (pdf));
  g_assert_false (fy_lint_file_is_text (fayan));
  g_assert_false (fy_lint_file_is_text (markdown));
  g_assert_true (fy_lint_file_can_write (markdown));
  g_assert_true (fy_lint_file_can_write (txt));
  g_assert_false (fy_lint_file_can_write (pdf));

  body = g_convert ("第一行没有问题。\n第二行,有半角逗号。\n", -1, "UTF-16LE", "UTF-8", NULL, &body_length, NULL);
  data = g_malloc (body_length + 2);
  memcpy (data, "\xFF\xFE", 2);
  memcpy (data + 2, body, body_length);
  g_assert_true (g_file_set_contents (txt_path, data, body_length + 2, NULL));
  fy_lint_set_check_fonts (lint, FALSE);

  {
    g_auto(FyLintFileReport) report = { 0 };
    FyLintFinding *finding;

    g_assert_true (fy_lint_file (lint, environment, txt, NULL, &report, &error));
    g_assert_no_error (error);
    g_assert_true (report.by_line);
    g_assert_cmpstr (report.encoding, ==, "UTF-16LE");
    g_assert_cmpuint (report.findings->len, ==, 1);
    finding = g_ptr_array_index (report.findings, 0);
    g_assert_cmpuint (fy_lint_finding_get_block (finding), ==, 1);
    g_assert_cmpuint (fy_lint_finding_get_start (finding), ==, 3);
  }

  {
    g_auto(FyLintFileReport) report = { 0 };

    g_assert_true (fy_lint_file (lint, environment, txt, fayan, &report, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (report.n_fixed, ==, 1);
    g_assert_cmpuint (report.findings->len, ==, 0);
  }

  reloaded = fy_document_load_from_file (fayan, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (reloaded), ==, 2);

  {
    g_auto(FyLintFileReport) report = { 0 };

    g_assert_true (fy_lint_file (lint, environment, fayan, NULL, &report, &error));
    g_assert_no_error (error);
    g_assert_false (report.by_line);
    g_assert_null (report.encoding);
    g_assert_cmpuint (report.findings->len, ==, 0);
  }

  /* Markdown is imported, and what the import could not represent is
   * reported with the findings. */
  {
    g_autofree char *md_path = g_build_filename (dir, "pictured.md", NULL);
    g_autoptr(GFile) md = g_file_new_for_path (md_path);
    g_auto(FyLintFileReport) report = { 0 };

    g_assert_true (g_file_set_contents (md_path, "# 标题\n\n正文。\n\n![会场照片](photo.png)\n", -1, NULL));
    g_assert_true (fy_lint_file (lint, environment, md, NULL, &report, &error));
    g_assert_no_error (error);
    g_assert_false (report.by_line);
    g_assert_nonnull (report.warnings);
    g_assert_cmpuint (report.warnings->len, ==, 1);
  }

  /* Neither UTF-8 nor GB18030: a clear error. */
  /* u8: a speech from Word with its lines numbered by hand; the fixed
   * copy has no numbers, not 1在全县教育工作会议上的讲话 */
  {
    g_auto(FyLintFileReport) report = { 0 };
    g_autoptr(FyDocument) fixed = NULL;
    g_autofree char *title = NULL;

    g_auto(FyLintFileReport) proofread = { 0 };
    FyLintFinding *finding;

    g_assert_true (g_file_set_contents (txt_path,
                                        "1　　　　在全县教育工作会议上的讲话\n2　　同志们：\n"
                                        "3　　今天召开全县教育工作会议,部署今年的任务。\n"
                                        "4　　一、充分肯定过去一年的成绩\n"
                                        "5　　过去一年，全县新建公办幼儿园6所。\n", -1, NULL));
    /* the space after a number is none beside a number; the comma is
     * found where it stands on its numbered line */
    g_assert_true (fy_lint_file (lint, environment, txt, NULL, &proofread, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (proofread.findings->len, ==, 1);
    finding = g_ptr_array_index (proofread.findings, 0);
    g_assert_cmpuint (fy_lint_finding_get_block (finding), ==, 2);
    g_assert_cmpuint (fy_lint_finding_get_start (finding), ==, 15);

    g_assert_true (fy_lint_file (lint, environment, txt, fayan, &report, &error));
    g_assert_no_error (error);
    fixed = fy_document_load_from_file (fayan, NULL, &error);
    g_assert_no_error (error);
    title = fy_document_dup_block_text (fixed, 0);
    g_assert_cmpstr (title, ==, "在全县教育工作会议上的讲话");
    g_assert_cmpint (fy_block_get_role (fy_document_get_block (fixed, 0)), ==, FY_BLOCK_ROLE_TITLE);
  }

  g_assert_true (g_file_set_contents (txt_path, "ab\x80\xff", 4, NULL));
  {
    g_auto(FyLintFileReport) report = { 0 };

    g_assert_false (fy_lint_file (lint, environment, txt, NULL, &report, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8);
    g_assert_null (report.findings);
  }

  fy_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/lint/file", test_lint_file);
  g_test_add_func ("/core/lint/cli/statuses-and-json", test_cli);
  g_test_add_func ("/core/lint/cli/corpus", test_cli_corpus);
  g_test_add_func ("/core/lint/cli/template", test_cli_template);

  return g_test_run ();
}

/* test-cli-compare.c — fayan-cli compare: JSON, versions and the 修改对照表 PDF
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <math.h>
#include <json-glib/json-glib.h>
#include <poppler.h>
#include <string.h>
#include <sys/wait.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

static void
test_table_pdf (void)
{
  g_autoptr(FyDocument) old_document = NULL;
  g_autoptr(FyDocument) new_document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-compare-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GFile) file = NULL;
  PopplerDocument *pdf = NULL;
  PopplerPage *page = NULL;
  g_autofree char *page_text = NULL;
  g_autoptr(FyVersion) version = NULL;
  PopplerRectangle before, after;
  int status = -1;

  g_assert_no_error (error);
  fy_test_make_seed_rounds (&old_document, &new_document);

  /* The old round kept as a version of the new one: one file. */
  version = fy_version_new ("送审稿", "起草组", NULL, NULL, old_document);
  fy_document_add_version (new_document, version);
  path = g_build_filename (dir, "发言.fayan", NULL);
  file = g_file_new_for_path (path);
  fy_document_save_to_file (new_document, file, NULL, &error);
  g_assert_no_error (error);

  pdf_path = g_build_filename (dir, "对照表.pdf", NULL);
  status = fy_test_cli (&out, NULL, "compare", "--old-version", "送审稿", path, "-o", pdf_path, NULL);
  g_assert_cmpint (status, ==, 0);

  pdf = fy_test_pdf_open (pdf_path);
  page = poppler_document_get_page (pdf, 0);
  page_text = poppler_page_get_text (page);

  /* The changed word: the old one in the old column, the new one in the
   * new column, on the same line of the same row. */
  before = fy_test_pdf_find_once (page, "深入");
  after = fy_test_pdf_find_once (page, "深刻");
  g_assert_cmpfloat (before.x2, <, after.x1);
  g_assert_cmpfloat (fabs (before.y1 - after.y1), <, 1.0);
  /* The unchanged paragraphs are not in the table. */
  g_assert_null (strstr (page_text, "五要扎实推进"));
  g_assert_null (strstr (page_text, "一要始终把坚持"));

  g_object_unref (page);
  g_object_unref (pdf);
  g_remove (path);
  g_remove (pdf_path);
  g_rmdir (dir);
}

static void
test_json (void)
{
  g_autoptr(FyDocument) old_document = NULL;
  g_autoptr(FyDocument) new_document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-compare-XXXXXX", &error);
  g_autofree char *old_path = NULL;
  g_autofree char *new_path = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GFile) old_file = NULL;
  g_autoptr(GFile) new_file = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *changes;
  int status = -1;

  g_assert_no_error (error);
  fy_test_make_seed_rounds (&old_document, &new_document);
  /* Both as Markdown: an import sets the seed's half-width commas
   * full-width on both sides alike, and only the three edits differ. */
  old_path = g_build_filename (dir, "old.md", NULL);
  new_path = g_build_filename (dir, "new.md", NULL);
  old_file = g_file_new_for_path (old_path);
  new_file = g_file_new_for_path (new_path);
  fy_export_file (old_document, old_file, NULL, &error);
  g_assert_no_error (error);
  fy_export_file (new_document, new_file, NULL, &error);
  g_assert_no_error (error);

  status = fy_test_cli (&out, NULL, "compare", old_path, new_path, "--json", NULL);
  g_assert_cmpint (status, ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  changes = json_object_get_array_member (root, "changes");
  g_assert_cmpuint (json_array_get_length (changes), ==, 3);
  g_assert_cmpint (json_object_get_int_member (root, "unchanged"), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (changes, 0), "kind"), ==, "edited");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (changes, 1), "kind"), ==, "edited");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (changes, 2), "kind"), ==, "moved");

  g_remove (old_path);
  g_remove (new_path);
  g_rmdir (dir);
}

static void
test_missing_version (void)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "resources", "samples",
                                                   "sample-speech.fayan", NULL);
  g_autofree char *out = NULL;
  int status = -1;

  status = fy_test_cli (&out, NULL, "compare", "--old-version", "定稿", sample, NULL);
  g_assert_cmpint (status, ==, 2);
}

/* A row taller than a page goes on over the next: there each cell goes
 * on in its own column, though 序号's (done on the first) is empty. */
static void
test_table_pdf_split_row (void)
{
  g_autoptr(FyDocument) old_document = fy_document_new ();
  g_autoptr(FyDocument) new_document = fy_document_new ();
  g_autoptr(FyComparison) comparison = NULL;
  g_autoptr(FyStyle) style = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) old_text = g_string_new (NULL);
  g_autoptr(GString) new_text = g_string_new (NULL);
  g_autoptr(FyBlock) old_block = NULL;
  g_autoptr(FyBlock) new_block = NULL;
  FyComparisonTableOptions options = { "送审稿", "修改稿", FALSE };
  PopplerDocument *pdf;
  guint n_checked = 0;

  for (guint i = 0; i < 40; i++)
    g_string_append (old_text, "对排查不认真、整改不到位的单位一律通报批评。");
  g_string_append (new_text, old_text->str);
  g_string_append (new_text, "绝不姑息迁就。");
  old_block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, old_text->str);
  new_block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, new_text->str);
  fy_document_append_block (old_document, old_block);
  fy_document_append_block (new_document, new_block);
  comparison = fy_comparison_new (old_document, new_document);
  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 1);
  style = fy_style_new_from_preset ("gbt9704", &error);
  g_assert_no_error (error);
  bytes = fy_comparison_table_render_pdf (comparison, style, &options, &error);
  g_assert_no_error (error);
  pdf = fy_test_pdf_open_bytes (bytes);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 2);

  for (int p = 0; p < poppler_document_get_n_pages (pdf); p++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, p);
      g_autoptr(GPtrArray) lines = fy_test_pdf_page_lines (page);
      /* The repeated header's 序号 ends before the 原文 column starts. */
      PopplerRectangle number = fy_test_pdf_find_once (page, "No.");

      for (guint l = 0; l < lines->len; l++)
        {
          const FyTestPdfLine *line = g_ptr_array_index (lines, l);

          for (guint c = 0; c < line->n_chars; c++)
            if (g_unichar_iswide (g_array_index (line->chars, gunichar, c)))
              {
                g_assert_cmpfloat (g_array_index (line->rects, PopplerRectangle, c).x1, >, number.x2);
                n_checked++;
              }
        }
    }
  g_assert_cmpuint (n_checked, >, 1000);
  g_object_unref (pdf);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/cli-compare/table-pdf", test_table_pdf);
  g_test_add_func ("/core/cli-compare/table-pdf-split-row", test_table_pdf_split_row);
  g_test_add_func ("/core/cli-compare/json", test_json);
  g_test_add_func ("/core/cli-compare/missing-version", test_missing_version);

  return g_test_run ();
}

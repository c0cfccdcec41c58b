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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/cli-compare/table-pdf", test_table_pdf);
  g_test_add_func ("/core/cli-compare/json", test_json);
  g_test_add_func ("/core/cli-compare/missing-version", test_missing_version);

  return g_test_run ();
}

/* test-version.c — versions inside a .fayan document
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"
#include "fy-document-io.h"

static FyDocument *
load_seed (void)
{
  return fy_test_load_corpus_markdown ("seed-speech.md");
}

static char *
dup_all_text (FyDocument *document)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *block = fy_document_dup_block_text (document, i);

      g_string_append_printf (text, "%s:%u:%s\n",
                              fy_block_role_to_string (fy_block_get_role (fy_document_get_block (document, i))),
                              fy_block_get_level (fy_document_get_block (document, i)), block);
    }
  return g_string_free (text, FALSE);
}

/* Fifty rounds, each changing one paragraph and a field, survive a save
 * and an open, and are stored with shared blocks. */
static void
test_fifty_round_trip (void)
{
  g_autoptr(FyDocument) document = load_seed ();
  g_autoptr(FyDocument) loaded = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *data = NULL;
  gsize plain_length = 0, length = 0;

  plain = fy_document_save_to_data (document, &plain_length);
  g_assert_nonnull (strstr (plain, "\"version\" : 1"));
  g_assert_null (strstr (plain, "\"versions\""));

  for (guint i = 0; i < 50; i++)
    {
      FyBlock *block = fy_document_get_block (document, 1 + i % 6);
      g_autofree char *text = fy_block_dup_text (block);
      g_autofree char *edited = g_strdup_printf ("%s第%u轮修改。", text, i + 1);
      g_autofree char *name = g_strdup_printf ("第%u稿", i + 1);
      g_autofree char *value = g_strdup_printf ("值%u", i);

      fy_block_set_text (block, edited);
      fy_document_set_field_value (document, "轮次", value);
      fy_document_save_version (document, name, "起草人", i == 0 ? "初稿" : NULL);
      g_ptr_array_add (texts, dup_all_text (document));
    }
  g_assert_cmpuint (fy_document_get_n_versions (document), ==, 50);

  data = fy_document_save_to_data (document, &length);
  g_assert_nonnull (strstr (data, "\"version\" : 3"));
  /* Each round adds one changed paragraph, not a whole copy. */
  g_assert_cmpuint (length, <, 3 * plain_length + 50 * 1500);
  g_assert_cmpuint (length, <, 50 * plain_length / 3);

  loaded = fy_document_load_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_versions (loaded), ==, 50);
  for (guint i = 0; i < 50; i++)
    {
      FyVersion *version = fy_document_get_version (loaded, i);
      FyVersion *original = fy_document_get_version (document, i);
      g_autofree char *name = g_strdup_printf ("第%u稿", i + 1);
      g_autofree char *value = g_strdup_printf ("值%u", i);
      g_autofree char *text = dup_all_text (fy_version_get_snapshot (version));

      g_assert_cmpstr (fy_version_get_name (version), ==, name);
      g_assert_cmpstr (fy_version_get_author (version), ==, "起草人");
      g_assert_cmpstr (fy_version_get_note (version), ==, i == 0 ? "初稿" : "");
      g_assert_cmpint (g_date_time_to_unix (fy_version_get_time (version)), ==,
                       g_date_time_to_unix (fy_version_get_time (original)));
      g_assert_cmpstr (text, ==, g_ptr_array_index (texts, i));
      g_assert_cmpstr (fy_document_get_field_value (fy_version_get_snapshot (version), "轮次"), ==, value);
      g_assert_cmpuint (fy_document_get_n_versions (fy_version_get_snapshot (version)), ==, 0);
    }

  /* Saved again, the same bytes. */
  {
    g_autofree char *again = fy_document_save_to_data (loaded, NULL);

    g_assert_cmpstr (again, ==, data);
  }
}

static void
test_restore (void)
{
  g_autoptr(FyDocument) document = load_seed ();
  g_autofree char *before = dup_all_text (document);
  g_autofree char *after = NULL;
  g_autofree char *title = g_strdup (fy_document_get_title (document));
  g_autofree char *first = NULL;
  FyVersion *version;

  fy_document_set_field_value (document, "主办", "甲");
  version = fy_document_save_version (document, "送审稿", NULL, NULL);
  fy_document_remove_block (document, 2);
  fy_document_set_field_value (document, "主办", NULL);
  fy_document_set_field_value (document, "新增", "乙");
  fy_document_set_title (document, "改过的标题");

  fy_document_replace_content (document, fy_version_get_snapshot (version));
  after = dup_all_text (document);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (fy_document_get_field_value (document, "主办"), ==, "甲");
  g_assert_null (fy_document_get_field_value (document, "新增"));
  g_assert_cmpstr (fy_document_get_title (document), ==, title);
  g_assert_cmpuint (fy_document_get_n_versions (document), ==, 1);
  g_assert_true (fy_document_find_version (document, "送审稿") == version);
  g_assert_null (fy_document_find_version (document, "定稿"));

  /* Snapshots do not follow the document. */
  fy_block_set_text (fy_document_get_block (document, 0), "别的");
  g_assert_cmpuint (fy_document_get_n_blocks (fy_version_get_snapshot (version)), ==, 7);
  first = fy_document_dup_block_text (fy_version_get_snapshot (version), 0);
  g_assert_cmpstr (first, !=, "别的");
}

static void
test_bad_versions (void)
{
  static const struct {
    const char *json;
    const char *message;
  } cases[] = {
    { "{\"format\": \"fayan-document\", \"version\": 3, \"blocks\": [], "
      "\"versions\": {\"list\": [{\"name\": \"a\", \"time\": \"2026-01-01T00:00:00Z\", \"blocks\": [0]}]}}",
      "entry 1 of “blocks”" },
    { "{\"format\": \"fayan-document\", \"version\": 3, \"blocks\": [], "
      "\"versions\": {\"list\": [{\"name\": \"a\", \"time\": \"yesterday\", \"blocks\": []}]}}",
      "yesterday" },
    { "{\"format\": \"fayan-document\", \"version\": 3, \"blocks\": [], "
      "\"versions\": {\"list\": [{\"time\": \"2026-01-01T00:00:00Z\", \"blocks\": []}]}}",
      "name" },
  };
  g_autofree char *future = fy_test_future_document ();
  g_autoptr(GError) future_error = NULL;
  g_autoptr(FyDocument) future_document = fy_document_load_from_data (future, strlen (future), &future_error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FyDocument) document = fy_document_load_from_data (cases[i].json, strlen (cases[i].json), &error);

      g_assert_null (document);
      g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
  g_assert_null (future_document);
  g_assert_error (future_error, FY_ERROR, FY_ERROR_FUTURE_VERSION);
}

/* A version-1 file (older Fayan) still opens, with no versions. */
static void
test_old_format (void)
{
  const char *json = "{\"format\": \"fayan-document\", \"version\": 1, \"blocks\": "
                     "[{\"role\": \"paragraph\", \"runs\": [{\"text\": \"旧文件\"}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_document_load_from_data (json, strlen (json), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_versions (document), ==, 0);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 1);
}

/* The text of a named version, as `fayan-cli compare --old-version`
 * reads it: a copy, the newest of that name, or a clear error. */
static void
test_version_content (void)
{
  g_autoptr(FyDocument) document = load_seed ();
  g_autoptr(FyDocument) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dup_all_text (document);
  g_autofree char *text = NULL;

  fy_document_save_version (document, "送审稿", NULL, NULL);
  fy_document_remove_block (document, 2);
  fy_document_save_version (document, "送审稿", NULL, NULL);
  fy_document_set_title (document, "改过的标题");

  content = fy_document_dup_version_content (document, "送审稿", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (content), ==, 6);
  g_assert_cmpuint (fy_document_get_n_versions (content), ==, 0);
  g_assert_cmpstr (fy_document_get_title (content), !=, "改过的标题");
  text = dup_all_text (content);
  g_assert_cmpstr (text, !=, before);

  g_assert_null (fy_document_dup_version_content (document, "定稿", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "定稿"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/version/fifty-round-trip", test_fifty_round_trip);
  g_test_add_func ("/core/version/restore", test_restore);
  g_test_add_func ("/core/version/content", test_version_content);
  g_test_add_func ("/core/version/bad", test_bad_versions);
  g_test_add_func ("/core/version/old-format", test_old_format);

  return g_test_run ();
}

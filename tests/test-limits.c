/* test-limits.c — huge and deep inputs are either handled or refused, never a hang
 *
 * Not timed tests: each case must simply finish (the suite's timeout is
 * the bound) and say clearly when it refuses.  The typesetter cases lay
 * out only, they never draw.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "fayan-core.h"
#include "fy-csv.h"
#include "fy-json-private.h"

#define TEN_MB (10 * 1024 * 1024)
#define ONE_MB (1024 * 1024)

/* Helpers ------------------------------------------------------------------ */

static FyTypesetter *
get_typesetter (void)
{
  static FyTypesetter *typesetter;

  if (typesetter == NULL)
    {
      g_autoptr(FyStyle) style = NULL;
      g_autoptr(GError) error = NULL;

      style = fy_style_new_from_preset ("gbt9704", &error);
      g_assert_no_error (error);
      typesetter = fy_typesetter_new (style);
    }

  return typesetter;
}

static void
assert_layout_refused (FyDocument *document,
                       const char *in_message)
{
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GError) error = NULL;

  layout = fy_typesetter_layout (get_typesetter (), document, NULL, &error);
  g_assert_null (layout);
  g_assert_error (error, FY_ERROR, FY_ERROR_LIMIT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, in_message));
}

/* The document survives a save and a load unchanged. */
static void
assert_round_trip (FyDocument *document)
{
  g_autoptr(FyDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *again = NULL;
  gsize length = 0;
  gsize again_length = 0;

  data = fy_document_save_to_data (document, &length);
  loaded = fy_document_load_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (loaded), ==, fy_document_get_n_blocks (document));
  again = fy_document_save_to_data (loaded, &again_length);
  g_assert_cmpmem (data, length, again, again_length);
}

static char *
repeat (const char *unit,
        gsize       total_bytes)
{
  gsize unit_length = strlen (unit);
  GString *str = g_string_sized_new (total_bytes + unit_length);

  while (str->len + unit_length <= total_bytes)
    g_string_append_len (str, unit, unit_length);

  return g_string_free (str, FALSE);
}

/* A 10 MB paragraph with no break opportunity -------------------------------- */

static void
test_huge_paragraph (void)
{
  /* Letters and digits only: no space, no CJK, nowhere to break a line. */
  g_autofree char *line = repeat ("Fayan2026", TEN_MB);
  g_autoptr(FyDocument) imported = NULL;
  g_autoptr(FyDocument) markdown = NULL;
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, line);
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* Reading it works: import, paste, the file format. */
  imported = fy_import_plain_text (line, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (imported), >=, 1);

  markdown = fy_import_markdown (line, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (markdown), ==, 1);

  pasted = fy_import_paste (line, -1);
  g_assert_cmpuint (pasted->len, ==, 1);

  fy_document_append_block (document, block);
  assert_round_trip (document);
  text = fy_export_plain_text (document);
  g_assert_cmpuint (strlen (text), >=, strlen (line));

  /* Laying it out is refused at once, with the reason. */
  assert_layout_refused (document, "Split it into shorter paragraphs");
}

/* Unbreakable text at a size the typesetter accepts is broken by force. */
static void
test_long_unbreakable_line (void)
{
  g_autofree char *line = repeat ("0123456789", 20000);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, line);
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  guint n_lines = 0;
  gsize n_chars = 0;

  fy_document_append_block (document, block);
  layout = fy_typesetter_layout (get_typesetter (), document, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (layout);

  for (guint page = 0; page < fy_layout_get_n_pages (layout); page++)
    for (guint i = 0; i < fy_layout_get_n_lines (layout, page); i++)
      {
        g_autofree char *text = fy_layout_dup_line_text (layout, page, i);

        /* Skip the page number lines (— 1 —). */
        if (text[0] >= '0' && text[0] <= '9')
          {
            n_chars += strlen (text);
            n_lines++;
          }
      }

  /* Every digit is on some line, and the line was cut into many. */
  g_assert_cmpuint (n_chars, ==, strlen (line));
  g_assert_cmpuint (n_lines, >, 100);
}

/* 100 000 paragraphs ---------------------------------------------------------- */

static void
test_many_paragraphs (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(FyDocument) imported = NULL;
  g_autoptr(FyDocument) from_markdown = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 100000; i++)
    {
      g_autofree char *line = g_strdup_printf ("第%u段，内容很短。", i + 1);

      g_ptr_array_add (blocks, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, line));
      g_string_append (text, line);
      g_string_append (text, "\n\n");
    }
  fy_document_splice_blocks (document, 0, 0, (FyBlock **) blocks->pdata, blocks->len);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 100000);

  /* Loading, saving, exporting and importing all work… */
  assert_round_trip (document);
  markdown = fy_export_markdown (document);
  from_markdown = fy_import_markdown (markdown, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (from_markdown), ==, 100000);

  imported = fy_import_plain_text (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (imported), >=, 99999);
  g_string_free (text, TRUE);

  /* …and the typesetter refuses at once, saying why. */
  assert_layout_refused (document, "Split it into several documents");
}

/* Nesting in JSON ------------------------------------------------------------- */

static char *
make_nested (guint       depth,
             const char *open,
             const char *close,
             gboolean    closed)
{
  GString *str = g_string_new ("{\"format\": \"fayan-document\", \"version\": 1, \"blocks\": [], \"x\": ");

  for (guint i = 0; i < depth; i++)
    g_string_append (str, open);
  g_string_append (str, "1");
  if (closed)
    for (guint i = 0; i < depth; i++)
      g_string_append (str, close);
  g_string_append (str, "}");

  return g_string_free (str, FALSE);
}

static void
assert_nesting_refused (const char *data,
                        gboolean    as_template)
{
  g_autoptr(GError) error = NULL;

  if (as_template)
    {
      g_autoptr(FyTemplate) template_ = fy_template_new_from_data (data, strlen (data), &error);

      g_assert_null (template_);
    }
  else
    {
      g_autoptr(FyDocument) document = fy_document_load_from_data (data, strlen (data), &error);

      g_assert_null (document);
    }

  g_assert_error (error, FY_ERROR, FY_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "nested"));
}

static void
test_json_nesting (void)
{
  const guint depths[] = { 1000, 1000000 };

  for (guint d = 0; d < G_N_ELEMENTS (depths); d++)
    for (guint closed = 0; closed < 2; closed++)
      {
        g_autofree char *arrays = make_nested (depths[d], "[", "]", closed);
        g_autofree char *objects = make_nested (depths[d], "{\"a\":", "}", closed);

        assert_nesting_refused (arrays, FALSE);
        assert_nesting_refused (objects, FALSE);
        assert_nesting_refused (arrays, TRUE);
        assert_nesting_refused (objects, TRUE);
      }

  /* At the limit the data is read, and judged on its content. */
  {
    /* the root object is one level */
    g_autofree char *deep = make_nested (FY_JSON_MAX_DEPTH - 1, "[", "]", TRUE);
    g_autoptr(FyDocument) document = NULL;
    g_autoptr(GError) error = NULL;

    document = fy_document_load_from_data (deep, strlen (deep), &error);
    g_assert_no_error (error);
    g_assert_nonnull (document);
  }
}

/* Nesting in Markdown: cmark's own limits, and ours must not recurse either. */
static void
test_markdown_nesting (void)
{
  const char *units[] = { "> ", "- ", "* ", "1. ", "**", "[", "<div>" };
  const guint depths[] = { 1000, 100000 };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    for (guint d = 0; d < G_N_ELEMENTS (depths); d++)
      {
        GString *str = g_string_new (NULL);
        g_autoptr(FyDocument) document = NULL;
        g_autoptr(GError) error = NULL;

        for (guint i = 0; i < depths[d]; i++)
          g_string_append (str, units[u]);
        g_string_append (str, "深层嵌套的文字。\n");

        document = fy_import_markdown (str->str, str->len, &error);
        g_assert_no_error (error);
        g_assert_nonnull (document);
        g_string_free (str, TRUE);
      }
}

/* A field value of 1 MB --------------------------------------------------------- */

static void
test_huge_field_value (void)
{
  g_autofree char *value = repeat ("会议", ONE_MB);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "在{{会议名称}}上");
  g_autoptr(FyTemplate) template_ = NULL;
  g_autoptr(FyDocument) filled = NULL;
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GError) error = NULL;

  fy_document_set_field_value (document, "会议名称", value);
  fy_document_append_block (document, block);

  /* Stored and saved whole… */
  assert_round_trip (document);
  g_assert_cmpstr (fy_document_get_field_value (document, "会议名称"), ==, value);

  /* …given to a template whole… */
  template_ = fy_template_new_from_document (document, NULL, FY_TEMPLATE_KEEP_TEXT, "测试", "测试");
  values = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (values, (gpointer) "会议名称", value);
  filled = fy_template_instantiate (template_, values, &error);
  if (filled != NULL)
    {
      g_assert_no_error (error);
      g_assert_cmpstr (fy_document_get_field_value (filled, "会议名称"), ==, value);
    }
  else
    {
      /* or refused as unfit for its field, with a message */
      g_assert_error (error, FY_ERROR, FY_ERROR_FIELD);
      g_clear_error (&error);
    }

  /* …and refused by the typesetter once filled into the text. */
  assert_layout_refused (document, "field values included");
}

/* A CSV field of 1 MB is skipped with its row; the next row is read. */
static void
test_huge_csv_field (void)
{
  g_autofree char *value = repeat ("x", ONE_MB);
  g_autofree char *data = g_strdup_printf ("会议名称,发言人\n\"%s\",张三\n季度例会,李四\n", value);
  g_autoptr(FyCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) fields = NULL;
  guint line = 0;

  reader = fy_csv_reader_new (data, strlen (data), &error);
  g_assert_no_error (error);

  g_assert_cmpint (fy_csv_reader_next_row (reader, &fields, &line, &error), ==, FY_CSV_ROW);
  g_clear_pointer (&fields, g_strfreev);

  g_assert_cmpint (fy_csv_reader_next_row (reader, &fields, &line, &error), ==, FY_CSV_BAD_ROW);
  g_assert_error (error, FY_ERROR, FY_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "Line 2"));
  g_clear_error (&error);

  g_assert_cmpint (fy_csv_reader_next_row (reader, &fields, &line, &error), ==, FY_CSV_ROW);
  g_assert_no_error (error);
  g_assert_cmpstr (fields[1], ==, "李四");
}

/* A file too large to be a document is refused before it is read. */
static void
test_huge_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-limits-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "huge.fayan", NULL);
  g_autofree char *md_path = g_build_filename (dir, "huge.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) md_file = g_file_new_for_path (md_path);
  g_autoptr(FyDocument) document = NULL;

  g_assert_no_error (error);

  /* Sparse: 1 GiB on paper, nothing on disk. */
  for (guint i = 0; i < 2; i++)
    {
      FILE *f = g_fopen (i == 0 ? path : md_path, "w");

      g_assert_nonnull (f);
      g_assert_cmpint (ftruncate (fileno (f), (off_t) 1024 * 1024 * 1024), ==, 0);
      fclose (f);
    }

  document = fy_document_load_from_file (file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FY_ERROR, FY_ERROR_TOO_LARGE);
  g_clear_error (&error);

  document = fy_import_file (md_file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FY_ERROR, FY_ERROR_TOO_LARGE);

  g_remove (path);
  g_remove (md_path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/limits/huge-paragraph", test_huge_paragraph);
  g_test_add_func ("/core/limits/long-unbreakable-line", test_long_unbreakable_line);
  g_test_add_func ("/core/limits/many-paragraphs", test_many_paragraphs);
  g_test_add_func ("/core/limits/json-nesting", test_json_nesting);
  g_test_add_func ("/core/limits/markdown-nesting", test_markdown_nesting);
  g_test_add_func ("/core/limits/huge-field-value", test_huge_field_value);
  g_test_add_func ("/core/limits/huge-csv-field", test_huge_csv_field);
  g_test_add_func ("/core/limits/huge-file", test_huge_file);

  return g_test_run ();
}

/* test-cli-import.c — fayan-cli import, export and info on the corpus
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("fayan-cli-import-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  fy_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
corpus_path (const char *name)
{
  const char *dir = g_getenv ("FAYAN_CORPUS_DIR");

  g_assert_nonnull (dir);

  return g_build_filename (dir, name, NULL);
}

/* Counts characters the way 字数 is counted: all but white space. */
static guint
count_non_space (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      n++;

  return n;
}

/* The characters of seed-speech.md that are not Markdown syntax: the text
 * without the "# " of the title and the "**" around leads. */
static guint
count_markdown_text (const char *source)
{
  g_auto(GStrv) lines = g_strsplit (source, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_auto(GStrv) pieces = NULL;

      if (g_str_has_prefix (line, "# "))
        line += 2;
      pieces = g_strsplit (line, "**", -1);
      for (guint j = 0; pieces[j] != NULL; j++)
        n += count_non_space (pieces[j]);
    }

  return n;
}

static void
assert_same_document (const char *path_a,
                      const char *path_b)
{
  g_autoptr(GFile) file_a = g_file_new_for_path (path_a);
  g_autoptr(GFile) file_b = g_file_new_for_path (path_b);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) a = fy_document_load_from_file (file_a, NULL, &error);
  g_autoptr(FyDocument) b = NULL;

  g_assert_no_error (error);
  b = fy_document_load_from_file (file_b, NULL, &error);
  g_assert_no_error (error);

  fy_test_assert_same_blocks (a, b);
}

/* @text (taken) with every @from replaced by @to. */
static char *
replace_all (char       *text,
             const char *from,
             const char *to)
{
  g_autofree char *owned = text;
  g_auto(GStrv) parts = g_strsplit (owned, from, -1);

  return g_strjoinv (to, parts);
}

static void
test_cli_seed_markdown (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *seed = corpus_path ("seed-speech.md");
  g_autofree char *fayan = g_build_filename (fixture->dir, "s.fayan", NULL);
  g_autofree char *md = g_build_filename (fixture->dir, "s.md", NULL);
  g_autofree char *fayan2 = g_build_filename (fixture->dir, "s2.fayan", NULL);
  g_autofree char *md2 = g_build_filename (fixture->dir, "s2.md", NULL);
  g_autofree char *source = NULL;
  g_autofree char *full_width = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *exported2 = NULL;
  g_autofree char *out = NULL;
  g_autofree char *info2 = NULL;
  g_autofree char *chars_line = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (seed, &source, NULL, &error);
  g_assert_no_error (error);
  full_width = replace_all (g_strdup (source), ", ", "，");
  full_width = replace_all (full_width, ",", "，");
  full_width = replace_all (full_width, "!", "！");

  g_assert_cmpint (fy_test_cli (NULL, NULL, "import", seed, "-o", fayan, NULL), ==, 0);
  g_assert_true (g_file_test (fayan, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (fy_test_cli (&out, NULL, "info", fayan, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Title: 在全国省市人大常委会负责同志学习班上的交流发言\n"));
  g_assert_nonnull (strstr (out, "Blocks: 7\n"));
  g_assert_nonnull (strstr (out, "Bold leads: 5\n"));
  chars_line = g_strdup_printf ("Characters: %u ", count_markdown_text (source));
  g_assert_cmpuint (count_markdown_text (source), >, 2000);
  g_assert_nonnull (strstr (out, chars_line));

  /* Export, import the export again: the same document and the same
   * Markdown. */
  g_assert_cmpint (fy_test_cli (NULL, NULL, "export", fayan, "-o", md, NULL), ==, 0);
  g_assert_cmpint (fy_test_cli (NULL, NULL, "import", md, "-o", fayan2, NULL), ==, 0);
  assert_same_document (fayan, fayan2);
  g_assert_cmpint (fy_test_cli (&info2, NULL, "info", fayan2, NULL), ==, 0);
  g_assert_cmpstr (info2, ==, out);

  g_assert_cmpint (fy_test_cli (NULL, NULL, "export", fayan2, "-o", md2, NULL), ==, 0);
  g_file_get_contents (md, &exported, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (md2, &exported2, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exported, ==, exported2);

  /* The corpus file is written in exactly the subset the exporter uses,
   * but for its web page's half-width marks: the import sets them
   * full-width, and the space after three of its commas goes. */
  g_assert_cmpstr (exported, ==, full_width);
}

static void
test_cli_raw_text (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *raw = corpus_path ("seed-speech.raw.txt");
  g_autofree char *fayan = g_build_filename (fixture->dir, "raw.fayan", NULL);
  g_autofree char *txt = g_build_filename (fixture->dir, "raw.txt", NULL);
  g_autofree char *source = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *out = NULL;
  g_autofree char *chars_line = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (raw, &source, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpint (fy_test_cli (NULL, NULL, "import", raw, "-o", fayan, NULL), ==, 0);
  g_assert_cmpint (fy_test_cli (&out, NULL, "info", fayan, NULL), ==, 0);
  /* Nothing of the speech is lost: the count is that of the input's
   * characters but the site's header line and the seven page markers. */
  chars_line = g_strdup_printf ("Characters: %u ", count_non_space (strchr (source, '\n') + 1) - 7 * 2);
  g_assert_nonnull (strstr (out, chars_line));

  /* Plain-text export: one line per paragraph, no wrap spaces left
   * between Chinese characters. */
  g_assert_cmpint (fy_test_cli (NULL, NULL, "export", fayan, "-o", txt, NULL), ==, 0);
  g_file_get_contents (txt, &exported, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_non_space (exported), ==, count_non_space (strchr (source, '\n') + 1) - 7 * 2);
  g_assert_nonnull (strstr (exported, "发展历程、重要性质"));
  g_assert_null (strstr (exported, "历 程"));
}

static void
test_cli_errors (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *docx = g_build_filename (fixture->dir, "讲话稿.docx", NULL);
  g_autofree char *latin1 = g_build_filename (fixture->dir, "latin1.txt", NULL);
  g_autofree char *fayan = g_build_filename (fixture->dir, "out.fayan", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autofree char *seed = corpus_path ("seed-speech.md");
  g_autoptr(GError) error = NULL;

  g_file_set_contents (docx, "PK\x03\x04", 4, &error);
  g_assert_no_error (error);
  g_file_set_contents (latin1, "caf\xE9 au lait\n", -1, &error);
  g_assert_no_error (error);

  {
    g_autofree char *err = NULL;

    g_assert_cmpint (fy_test_cli (NULL, &err, "import", docx, "-o", fayan, NULL), ==, 2);
    g_assert_nonnull (strstr (err, "讲话稿.docx"));
    /* a broken archive: what to do about it */
    g_assert_nonnull (strstr (err, "save it as .docx"));
    g_assert_false (g_file_test (fayan, G_FILE_TEST_EXISTS));
  }

  {
    g_autofree char *err = NULL;

    g_assert_cmpint (fy_test_cli (NULL, &err, "import", latin1, "-o", fayan, NULL), ==, 2);
    g_assert_nonnull (strstr (err, "UTF-8"));
    g_assert_nonnull (strstr (err, "byte 3 "));
    g_assert_false (g_file_test (fayan, G_FILE_TEST_EXISTS));
  }

  {
    g_autofree char *err = NULL;

    g_assert_cmpint (fy_test_cli (NULL, &err, "export", seed, "-o", pdf, NULL), ==, 2);
    g_assert_nonnull (strstr (err, ".md"));
    g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  }

  {
    g_autofree char *out = NULL;

    g_assert_cmpint (fy_test_cli (&out, NULL, "import", "--help", NULL), ==, 0);
    g_assert_nonnull (strstr (out, "--output"));
    g_clear_pointer (&out, g_free);
    g_assert_cmpint (fy_test_cli (&out, NULL, "export", "--help", NULL), ==, 0);
    g_assert_nonnull (strstr (out, "--output"));
  }

  /* Usage errors: no output file, or one that is not .fayan. */
  g_assert_cmpint (fy_test_cli (NULL, NULL, "import", seed, NULL), !=, 0);
  g_assert_cmpint (fy_test_cli (NULL, NULL, "import", seed, "-o", pdf, NULL), !=, 0);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

/* render and layout import a Markdown file the way import does, and say
 * the same about what the import could not represent. */
static void
test_cli_render_warnings (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *md = g_build_filename (fixture->dir, "pictured.md", NULL);
  g_autofree char *fayan = g_build_filename (fixture->dir, "pictured.fayan", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "pictured.pdf", NULL);
  const char *commands[][5] = {
    { "import", md, "-o", fayan, NULL },
    { "render", md, "-o", pdf, NULL },
    { "layout", md, NULL },
    { "info", md, NULL },
  };
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (md, "# 标题\n\n同志们：\n\n正文。\n\n![会场照片](photo.png)\n", -1, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(FyTestCliResult) result = { 0 };

      fy_test_run_cli_full (&result, NULL, NULL, NULL, commands[i]);
      g_assert_cmpint (result.status, ==, 0);
      g_assert_nonnull (strstr (result.err, "warning: Line 7: an image"));
    }

  /* The saved document is no import: it has nothing more to say. */
  {
    g_auto(FyTestCliResult) result = { 0 };

    fy_test_run_cli (&result, "info", fayan);
    g_assert_cmpint (result.status, ==, 0);
    g_assert_null (strstr (result.err, "Line 7"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add ("/core/cli-import/seed-markdown", Fixture, NULL,
              fixture_set_up, test_cli_seed_markdown, fixture_tear_down);
  g_test_add ("/core/cli-import/raw-text", Fixture, NULL,
              fixture_set_up, test_cli_raw_text, fixture_tear_down);
  g_test_add ("/core/cli-import/errors", Fixture, NULL,
              fixture_set_up, test_cli_errors, fixture_tear_down);
  g_test_add ("/core/cli-import/render-warnings", Fixture, NULL,
              fixture_set_up, test_cli_render_warnings, fixture_tear_down);

  return g_test_run ();
}

/* fy-test-utils.c — helpers shared by the tests
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "fy-test-utils.h"

char *
fy_test_read_corpus (const char *name,
                     gsize      *length)
{
  const char *dir = g_getenv ("FAYAN_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, name, NULL);
  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

FyDocument *
fy_test_load_corpus_markdown (const char *name)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  FyDocument *document;
  gsize length = 0;

  contents = fy_test_read_corpus (name, &length);
  document = fy_import_markdown (contents, length, &error);
  g_assert_no_error (error);
  return document;
}

/**
 * fy_test_remove_tree:
 * @path: a file or folder
 *
 * Removes @path and, for a folder, everything below it.  Symbolic links
 * are removed, not followed.
 */
void
fy_test_remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || (dir = g_dir_open (path, 0, NULL)) == NULL)
    {
      g_remove (path);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      fy_test_remove_tree (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

/**
 * fy_test_load_builtin_template:
 * @id: the id of a built-in template
 *
 * Returns: (transfer full): the template; aborts the test without it
 */
FyTemplate *
fy_test_load_builtin_template (const char *id)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = g_resources_enumerate_children (FY_TEMPLATE_RESOURCE_PATH, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (FY_TEMPLATE_RESOURCE_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, &error);
      g_autoptr(FyTemplate) template_ = NULL;

      g_assert_no_error (error);
      template_ = fy_template_new_from_data (g_bytes_get_data (bytes, NULL),
                                             g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
      if (g_strcmp0 (fy_template_get_id (template_), id) == 0)
        return g_steal_pointer (&template_);
    }

  g_assert_not_reached ();
  return NULL;
}

void
fy_test_run_soffice (const char         *work_dir,
                     const char         *target,
                     const char         *infilter,
                     const char         *outdir,
                     const char * const *files)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = g_build_filename (work_dir, "lo-profile", NULL);
  g_autofree char *profile_uri = g_filename_to_uri (profile, NULL, NULL);
  g_autofree char *env_arg = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  g_autofree char *filter_arg = infilter != NULL ? g_strconcat ("--infilter=", infilter, NULL) : NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_nonnull (soffice);
  g_ptr_array_add (argv, soffice);
  g_ptr_array_add (argv, env_arg);
  g_ptr_array_add (argv, (char *) "--headless");
  g_ptr_array_add (argv, (char *) "--norestore");
  if (filter_arg != NULL)
    g_ptr_array_add (argv, filter_arg);
  g_ptr_array_add (argv, (char *) "--convert-to");
  g_ptr_array_add (argv, (char *) target);
  g_ptr_array_add (argv, (char *) "--outdir");
  g_ptr_array_add (argv, (char *) outdir);
  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) files[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  g_test_message ("soffice: %s %s", out, err);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

#define PYTHON "/usr/bin/python3"

gboolean
fy_test_have_python_docx (void)
{
  int status = 0;

  return g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE) &&
         g_spawn_sync (NULL, (char *[]) { (char *) PYTHON, (char *) "-c", (char *) "import docx", NULL },
                       NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

char *
fy_test_run_python (const char *script,
                    const char *arg)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char *[]) { (char *) PYTHON, (char *) "-c", (char *) script, (char *) arg, NULL },
                NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The seed, and the seed with one word changed, one sentence deleted and
 * the fifth point moved before the fourth. */
void
fy_test_make_seed_rounds (FyDocument **old_document,
                          FyDocument **new_document)
{
  const char *sentence = FY_TEST_SEED_DELETED_SENTENCE;
  FyBlock *block;
  g_autofree char *text = NULL;
  g_autofree char *lead = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *joined = NULL;

  *old_document = fy_test_load_corpus_markdown ("seed-speech.md");
  *new_document = fy_document_copy (*old_document);

  block = fy_document_get_block (*new_document, 1);
  text = fy_block_dup_text (block);
  parts = g_strsplit (text, "更加深入的理解", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  joined = g_strjoinv ("更加深刻的理解", parts);
  fy_block_set_text (block, joined);

  block = fy_document_get_block (*new_document, 3);
  lead = fy_block_dup_lead (block);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&parts, g_strfreev);
  g_clear_pointer (&joined, g_free);
  text = fy_block_dup_text (block);
  parts = g_strsplit (text + strlen (lead), sentence, 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  joined = g_strjoinv ("", parts);
  fy_block_set_lead_and_text (block, lead, joined);

  fy_document_move_blocks (*new_document, 6, 1, 5);
}

gboolean
fy_test_is_no_start (gunichar ch)
{
  return ch != 0 && g_utf8_strchr ("、。，．：；？！”’）》〉】〕」』〗］｝～–·・‧／,.;:!?)]}%", -1, ch) != NULL;
}

gboolean
fy_test_is_no_end (gunichar ch)
{
  return ch != 0 && g_utf8_strchr ("“‘（《〈【〔「『〖［｛／([{", -1, ch) != NULL;
}

/* Pushed out: Han characters and full-width marks alone on the line
 * (nothing below U+2000), and the next line would otherwise start with a
 * mark that may not start a line, or this one end with one that may not
 * end it, or split a —— or ……. */
gboolean
fy_test_pushed_out (const char *text,
                    const char *rest)
{
  gunichar c0 = g_utf8_get_char (rest);
  gunichar c1 = c0 != 0 ? g_utf8_get_char (g_utf8_next_char (rest)) : 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) < 0x2000)
      return FALSE;

  return fy_test_is_no_start (c1) || fy_test_is_no_end (c0) || c0 == 0x2014 || c0 == 0x2026;
}

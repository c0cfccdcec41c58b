/* fy-test-utils.c — helpers shared by the tests
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

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

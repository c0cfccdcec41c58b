/* fy-test-docx.c — what the tests of .docx import share: a .docx made of given parts, imported
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <zip.h>

#include "fayan-core.h"
#include "fy-test-docx.h"

/* Writes @archive out to @source (kept by the caller) and returns its bytes. */
static GBytes *
close_zip (zip_t        *archive,
           zip_source_t *source)
{
  zip_int64_t size;
  guint8 *data;

  g_assert_cmpint (zip_close (archive), ==, 0);
  g_assert_cmpint (zip_source_open (source), ==, 0);
  zip_source_seek (source, 0, SEEK_END);
  size = zip_source_tell (source);
  zip_source_seek (source, 0, SEEK_SET);
  data = g_malloc (size);
  g_assert_cmpint (zip_source_read (source, data, size), ==, size);
  zip_source_close (source);
  zip_source_free (source);

  return g_bytes_new_take (data, size);
}

/* Makes a .docx from NULL-terminated pairs of part name and content. */
GBytes *
make_zip (const char *first_name,
          ...)
{
  zip_source_t *source = zip_source_buffer_create (NULL, 0, 0, NULL);
  zip_t *archive;
  const char *name;
  va_list args;

  zip_source_keep (source);
  archive = zip_open_from_source (source, ZIP_TRUNCATE, NULL);
  g_assert_nonnull (archive);

  va_start (args, first_name);
  for (name = first_name; name != NULL; name = va_arg (args, const char *))
    {
      const char *content = va_arg (args, const char *);
      gsize length = va_arg (args, gsize);
      zip_source_t *part;

      if (length == 0)
        length = strlen (content);
      part = zip_source_buffer (archive, g_memdup2 (content, length), length, 1);
      g_assert_cmpint (zip_file_add (archive, name, part, ZIP_FL_ENC_UTF_8), >=, 0);
    }
  va_end (args);

  return close_zip (archive, source);
}

/* @bytes, a .docx, with part @name (which it has) holding @content */
GBytes *
zip_replace_part (GBytes     *bytes,
                  const char *name,
                  const char *content)
{
  gsize length = strlen (content);
  zip_source_t *source = zip_source_buffer_create (g_memdup2 (g_bytes_get_data (bytes, NULL),
                                                              g_bytes_get_size (bytes)),
                                                   g_bytes_get_size (bytes), 1, NULL);
  zip_t *archive;
  zip_int64_t index;

  zip_source_keep (source);
  archive = zip_open_from_source (source, 0, NULL);
  g_assert_nonnull (archive);
  index = zip_name_locate (archive, name, 0);
  g_assert_cmpint (index, >=, 0);
  g_assert_cmpint (zip_file_replace (archive, index, zip_source_buffer (archive, g_memdup2 (content, length),
                                                                         length, 1), 0), ==, 0);

  return close_zip (archive, source);
}

FyDocument *
import_bytes (GBytes     *bytes,
              GPtrArray **warnings,
              GError    **error)
{
  return fy_docx_import_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), warnings, error);
}

/* A .docx of document.xml @body alone, imported without error. */
FyDocument *
import_body (const char  *body,
             GPtrArray  **warnings)
{
  g_autoptr(GBytes) bytes = make_zip ("word/document.xml", body, (gsize) 0, NULL);
  g_autoptr(GError) error = NULL;
  FyDocument *document = import_bytes (bytes, warnings, &error);

  g_assert_no_error (error);
  return document;
}

/* Part @name of the .docx in @bytes, as text; asserts it is there. */
char *
zip_read_part (GBytes     *bytes,
               const char *name)
{
  zip_source_t *source = zip_source_buffer_create (g_bytes_get_data (bytes, NULL),
                                                   g_bytes_get_size (bytes), 0, NULL);
  zip_t *archive = zip_open_from_source (source, ZIP_RDONLY, NULL);
  zip_stat_t st;
  zip_file_t *zf;
  char *data;

  g_assert_nonnull (archive);
  g_assert_cmpint (zip_stat (archive, name, 0, &st), ==, 0);
  data = g_malloc0 (st.size + 1);
  zf = zip_fopen (archive, name, 0);
  g_assert_nonnull (zf);
  g_assert_cmpint (zip_fread (zf, data, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (zf);
  zip_discard (archive);

  return data;
}

/* fy-document-io.c — reading and writing *.fayan documents
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-document-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fy-doc-labels.h"
#include "fy-document-io.h"
#include "fy-error.h"
#include "fy-json-private.h"
#include "fy-table.h"
#include "fy-version-io-private.h"

#define READ_CHUNK_SIZE (64 * 1024)

static const struct {
  FyRunKind   kind;
  const char *member;
} run_members[] = {
  { FY_RUN_TEXT,  "text" },
  { FY_RUN_BOLD,  "bold" },
  { FY_RUN_FIELD, "field" },
  { FY_RUN_EMPHASIS, "emphasis" },
  { FY_RUN_MARKUP, "markup" },
};

/* Reading ----------------------------------------------------------------- */

static gboolean
read_metadata (FyDocument  *document,
               JsonObject  *root,
               GError     **error)
{
  const char *context = _("the metadata");
  JsonObject *metadata = NULL;
  const char *title = NULL, *subtitle = NULL, *speaker = NULL;
  const char *organisation = NULL, *meeting = NULL, *date = NULL;
  const char *style_preset = NULL, *template_id = NULL;
  const char *numbering = NULL;
  FyNumberingMode mode = FY_NUMBERING_AUTO;
  gint64 time_limit = 0;
  gboolean page_numbers = TRUE;

  if (!fy_json_get_object (root, NULL, "metadata", FALSE, &metadata, error))
    return FALSE;
  if (metadata == NULL)
    return TRUE;

  if (!fy_json_get_string (metadata, context, "title", FALSE, &title, error) ||
      !fy_json_get_string (metadata, context, "subtitle", FALSE, &subtitle, error) ||
      !fy_json_get_string (metadata, context, "speaker", FALSE, &speaker, error) ||
      !fy_json_get_string (metadata, context, "organisation", FALSE, &organisation, error) ||
      !fy_json_get_string (metadata, context, "meeting", FALSE, &meeting, error) ||
      !fy_json_get_string (metadata, context, "date", FALSE, &date, error) ||
      !fy_json_get_int (metadata, context, "time_limit", FALSE, 0, 24 * 60, &time_limit, error) ||
      !fy_json_get_string (metadata, context, "style_preset", FALSE, &style_preset, error) ||
      !fy_json_get_string (metadata, context, "template_id", FALSE, &template_id, error) ||
      !fy_json_get_string (metadata, context, "numbering", FALSE, &numbering, error) ||
      !fy_json_get_boolean (metadata, context, "page_numbers", FALSE, &page_numbers, error))
    return FALSE;

  if (numbering != NULL && !fy_numbering_mode_from_string (numbering, &mode))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("The numbering “%s” in the metadata is not known; it is “auto” or “as-written”."),
                   numbering);
      return FALSE;
    }

  fy_document_set_title (document, title);
  fy_document_set_subtitle (document, subtitle);
  fy_document_set_speaker (document, speaker);
  fy_document_set_organisation (document, organisation);
  fy_document_set_meeting (document, meeting);
  fy_document_set_date (document, date);
  fy_document_set_time_limit (document, time_limit);
  fy_document_set_style_preset (document, style_preset);
  fy_document_set_template_id (document, template_id);
  fy_document_set_numbering (document, mode);
  fy_document_set_page_numbers (document, page_numbers);

  return TRUE;
}

static gboolean
read_fields (FyDocument  *document,
             JsonObject  *root,
             GError     **error)
{
  JsonArray *fields = NULL;
  guint n_fields;

  if (!fy_json_get_array (root, NULL, "fields", FALSE, &fields, error))
    return FALSE;
  if (fields == NULL)
    return TRUE;

  n_fields = json_array_get_length (fields);
  for (guint i = 0; i < n_fields; i++)
    {
      /* Translators: names an entry of the document's "fields" list, e.g. “field 2” */
      g_autofree char *context = g_strdup_printf (_("field %u"), i + 1);
      JsonObject *field;
      const char *name = NULL;
      const char *value = NULL;

      if (!fy_json_array_get_object (fields, i, context, &field, error) ||
          !fy_json_get_nonempty_string (field, context, "name", TRUE, &name, error) ||
          !fy_json_get_string (field, context, "value", TRUE, &value, error))
        return FALSE;

      if (fy_document_get_field_value (document, name) != NULL)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                       _("The field “%1$s” is given twice (again as field %2$u). "
                         "Remove one of them in a text editor."),
                       name, i + 1);
          return FALSE;
        }

      fy_document_set_field_value (document, name, value);
    }

  return TRUE;
}

static gboolean
read_run (FyBlock     *block,
          JsonObject  *object,
          const char  *context,
          GError     **error)
{
  const char *member = NULL;
  const char *text = NULL;
  FyRunKind kind = FY_RUN_TEXT;

  for (guint i = 0; i < G_N_ELEMENTS (run_members); i++)
    {
      if (!json_object_has_member (object, run_members[i].member))
        continue;

      if (member != NULL)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                       _("In %1$s, “%2$s” and “%3$s” are given together; a run is only one of them."),
                       context, member, run_members[i].member);
          return FALSE;
        }

      member = run_members[i].member;
      kind = run_members[i].kind;
    }

  if (member == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("In %s, none of the members “text”, “bold” or “field” is given."),
                   context);
      return FALSE;
    }

  if (kind == FY_RUN_FIELD)
    {
      if (!fy_json_get_nonempty_string (object, context, member, TRUE, &text, error))
        return FALSE;
    }
  else if (!fy_json_get_string (object, context, member, TRUE, &text, error))
    return FALSE;

  fy_block_append_run (block, kind, text);
  return TRUE;
}

/* A table block: "rows", an array of rows, each an array of strings (a
 * cell may hold `{{name}}` field references), and "header". */
static FyBlock *
read_table (JsonObject  *object,
            const char  *context,
            guint        number,
            GError     **error)
{
  g_autoptr(FyTable) table = NULL;
  gboolean header = FALSE;
  JsonArray *rows = NULL;
  guint n_rows;

  if (!fy_json_get_boolean (object, context, "header", FALSE, &header, error) ||
      !fy_json_get_array (object, context, "rows", TRUE, &rows, error))
    return NULL;

  table = fy_table_new (header);
  n_rows = json_array_get_length (rows);
  for (guint r = 0; r < n_rows; r++)
    {
      JsonNode *node = json_array_get_element (rows, r);
      g_autoptr(GPtrArray) cells = g_ptr_array_new ();
      JsonArray *row;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                       _("Row %1$u of the table in block %2$u is not a list of cells."),
                       r + 1, number);
          return NULL;
        }
      row = json_node_get_array (node);
      for (guint c = 0; c < json_array_get_length (row); c++)
        {
          JsonNode *cell = json_array_get_element (row, c);

          if (!JSON_NODE_HOLDS_VALUE (cell) || json_node_get_value_type (cell) != G_TYPE_STRING)
            {
              g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                           _("Cell %1$u of row %2$u of the table in block %3$u is not text."),
                           c + 1, r + 1, number);
              return NULL;
            }
          g_ptr_array_add (cells, (gpointer) json_node_get_string (cell));
        }
      fy_table_append_row (table, (const char **) cells->pdata, cells->len);
    }

  return fy_table_to_block (table);
}

static FyBlock *
read_block (JsonObject  *object,
            guint        number,
            GError     **error)
{
  /* Translators: names an entry of the document's "blocks" list, e.g. “block 3” */
  g_autofree char *context = g_strdup_printf (_("block %u"), number);
  g_autoptr(FyBlock) block = NULL;
  const char *role_name = NULL;
  FyBlockRole role;
  gint64 level = 0;
  JsonArray *runs = NULL;
  guint n_runs;

  if (!fy_json_get_nonempty_string (object, context, "role", TRUE, &role_name, error))
    return NULL;

  if (!fy_block_role_from_string (role_name, &role))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_UNKNOWN_ROLE,
                   _("Block %1$u has the role “%2$s”, which this version of Fayan does not know. "
                     "The file may come from a newer version of Fayan, or it was edited by hand."),
                   number, role_name);
      return NULL;
    }

  if (role == FY_BLOCK_ROLE_TABLE)
    return read_table (object, context, number, error);

  /* A level on another role is meaningless, and ignored if in range. */
  if (!fy_json_get_int (object, context, "level", role == FY_BLOCK_ROLE_HEADING,
                        role == FY_BLOCK_ROLE_HEADING ? 1 : 0, FY_HEADING_MAX_LEVEL,
                        &level, error))
    return NULL;

  if (!fy_json_get_array (object, context, "runs", TRUE, &runs, error))
    return NULL;

  block = fy_block_new (role);
  if (role == FY_BLOCK_ROLE_HEADING)
    fy_block_set_level (block, level);

  n_runs = json_array_get_length (runs);
  for (guint i = 0; i < n_runs; i++)
    {
      /* Translators: “run 2 of block 5”, a piece of text inside a block */
      g_autofree char *run_context = g_strdup_printf (_("run %1$u of block %2$u"), i + 1, number);
      JsonObject *run;

      if (!fy_json_array_get_object (runs, i, run_context, &run, error) ||
          !read_run (block, run, run_context, error))
        return NULL;
    }

  return g_steal_pointer (&block);
}

static gboolean
read_blocks (FyDocument  *document,
             JsonObject  *root,
             GError     **error)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_object_unref);
  JsonArray *array = NULL;
  guint n_blocks;

  if (!fy_json_get_array (root, NULL, "blocks", TRUE, &array, error))
    return FALSE;

  n_blocks = json_array_get_length (array);
  for (guint i = 0; i < n_blocks; i++)
    {
      g_autofree char *context = g_strdup_printf (_("block %u"), i + 1);
      JsonObject *object;
      FyBlock *block;

      if (!fy_json_array_get_object (array, i, context, &object, error))
        return FALSE;

      block = read_block (object, i + 1, error);
      if (block == NULL)
        return FALSE;

      g_ptr_array_add (blocks, block);
    }

  fy_document_splice_blocks (document, 0, 0, (FyBlock **) blocks->pdata, blocks->len);
  return TRUE;
}

/**
 * fy_document_from_json_object:
 *
 * See fy-json-private.h.
 */
FyDocument *
fy_document_from_json_object (JsonObject  *object,
                              GError     **error)
{
  g_autoptr(FyDocument) document = NULL;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  document = fy_document_new ();
  if (!read_metadata (document, object, error) ||
      !read_fields (document, object, error) ||
      !read_blocks (document, object, error))
    return NULL;

  return g_steal_pointer (&document);
}

/* Writing ----------------------------------------------------------------- */

static void
add_string_if_set (JsonObject *object,
                   const char *name,
                   const char *value)
{
  if (value != NULL && *value != '\0')
    json_object_set_string_member (object, name, value);
}

static JsonObject *
write_metadata (FyDocument *document)
{
  JsonObject *metadata = json_object_new ();

  add_string_if_set (metadata, "title", fy_document_get_title (document));
  add_string_if_set (metadata, "subtitle", fy_document_get_subtitle (document));
  add_string_if_set (metadata, "speaker", fy_document_get_speaker (document));
  add_string_if_set (metadata, "organisation", fy_document_get_organisation (document));
  add_string_if_set (metadata, "meeting", fy_document_get_meeting (document));
  add_string_if_set (metadata, "date", fy_document_get_date (document));
  if (fy_document_get_time_limit (document) > 0)
    json_object_set_int_member (metadata, "time_limit", fy_document_get_time_limit (document));
  add_string_if_set (metadata, "style_preset", fy_document_get_style_preset (document));
  if (fy_document_get_numbering (document) != FY_NUMBERING_AUTO)
    json_object_set_string_member (metadata, "numbering",
                                   fy_numbering_mode_to_string (fy_document_get_numbering (document)));
  if (!fy_document_get_page_numbers (document))
    json_object_set_boolean_member (metadata, "page_numbers", FALSE);
  add_string_if_set (metadata, "template_id", fy_document_get_template_id (document));

  return metadata;
}

static JsonArray *
write_fields (FyDocument *document)
{
  g_auto(GStrv) names = fy_document_dup_field_names (document);
  JsonArray *fields = json_array_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      JsonObject *field = json_object_new ();

      json_object_set_string_member (field, "name", names[i]);
      json_object_set_string_member (field, "value", fy_document_get_field_value (document, names[i]));
      json_array_add_object_element (fields, field);
    }

  return fields;
}

static JsonObject *
write_block (FyBlock *block)
{
  JsonObject *object = json_object_new ();
  JsonArray *runs = json_array_new ();
  FyBlockRole role = fy_block_get_role (block);
  guint n_runs = fy_block_get_n_runs (block);

  json_object_set_string_member (object, "role", fy_block_role_to_string (role));
  if (role == FY_BLOCK_ROLE_TABLE)
    {
      g_autoptr(FyTable) table = fy_table_new_from_block (block);
      JsonArray *rows = json_array_new ();

      json_object_set_boolean_member (object, "header", fy_table_get_header (table));
      for (guint r = 0; r < fy_table_get_n_rows (table); r++)
        {
          JsonArray *row = json_array_new ();

          for (guint c = 0; c < fy_table_get_n_columns (table); c++)
            json_array_add_string_element (row, fy_table_get_cell (table, r, c));
          json_array_add_array_element (rows, row);
        }
      json_object_set_array_member (object, "rows", rows);
      json_array_unref (runs);
      return object;
    }
  if (role == FY_BLOCK_ROLE_HEADING)
    json_object_set_int_member (object, "level", fy_block_get_level (block));

  for (guint i = 0; i < n_runs; i++)
    {
      const FyRun *run = fy_block_get_run (block, i);
      JsonObject *item = json_object_new ();

      for (guint k = 0; k < G_N_ELEMENTS (run_members); k++)
        {
          if (run_members[k].kind == run->kind)
            json_object_set_string_member (item, run_members[k].member, run->text);
        }
      json_array_add_object_element (runs, item);
    }

  json_object_set_array_member (object, "runs", runs);
  return object;
}

static void
write_document_members (JsonObject *object,
                        FyDocument *document)
{
  JsonArray *blocks = json_array_new ();
  guint n_blocks = fy_document_get_n_blocks (document);

  json_object_set_object_member (object, "metadata", write_metadata (document));
  json_object_set_array_member (object, "fields", write_fields (document));

  for (guint i = 0; i < n_blocks; i++)
    json_array_add_object_element (blocks, write_block (fy_document_get_block (document, i)));
  json_object_set_array_member (object, "blocks", blocks);
}

/**
 * fy_document_to_json_object:
 *
 * See fy-json-private.h.
 */
JsonObject *
fy_document_to_json_object (FyDocument *document)
{
  JsonObject *object;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  object = json_object_new ();
  write_document_members (object, document);
  return object;
}

/* Files ------------------------------------------------------------------- */

static char *
dup_file_name (GFile *file)
{
  return g_file_get_parse_name (file);
}

static void
set_read_error (GFile         *file,
                const GError  *cause,
                GError       **error)
{
  g_autofree char *name = dup_file_name (file);

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, FY_ERROR, FY_ERROR_READ,
                 _("Could not open “%s”: the file does not exist. Check the name and the folder."),
                 name);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    g_set_error (error, FY_ERROR, FY_ERROR_READ,
                 _("Could not open “%s”: you do not have permission to read it. "
                   "Ask its owner to share it with you, or copy it somewhere you can read."),
                 name);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error (error, FY_ERROR, FY_ERROR_READ,
                 _("Could not open “%s”: it is a folder, not a file."), name);
  else
    g_set_error (error, FY_ERROR, FY_ERROR_READ,
                 _("Could not read “%1$s”: %2$s"), name, cause->message);
}

static void
set_too_large_error (GFile    *file,
                     guint64   size,
                     gsize     max_size,
                     GError  **error)
{
  g_autofree char *name = dup_file_name (file);
  g_autofree char *size_text = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *max_text = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);

  g_set_error (error, FY_ERROR, FY_ERROR_TOO_LARGE,
               _("Could not open “%1$s”: it is too large (%2$s; Fayan opens files of up to %3$s). "
                 "Check that you chose the right file."),
               name, size_text, max_text);
}

/**
 * fy_text_to_utf8:
 * @data: (array length=length): the bytes of a text file
 * @length: their length
 * @utf8_length: (out): the length of the result, without its NUL
 * @encoding: (out) (transfer none): %NULL when @data is UTF-8, else the
 *   encoding it was read as: "UTF-16LE", "UTF-16BE" (by their byte order
 *   mark) or "GB18030"
 *
 * Text saved on Windows is often GB18030 (GBK, the Chinese code page;
 * WPS and older Excel save “CSV” in it) or UTF-16 rather than UTF-8.
 * The one rule by which Fayan reads such text, for `fayan-cli lint` and
 * batch fill alike.
 *
 * Returns: (transfer full) (nullable): the text as UTF-8 with a NUL added,
 *   or %NULL if it is in none of these encodings
 */
char *
fy_text_to_utf8 (const char  *data,
                 gsize        length,
                 gsize       *utf8_length,
                 const char **encoding)
{
  const guchar *bytes = (const guchar *) data;
  g_autofree char *converted = NULL;
  gsize skip = 0;
  gsize written = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (utf8_length != NULL, NULL);
  g_return_val_if_fail (encoding != NULL, NULL);

  *encoding = NULL;
  if (g_utf8_validate (data, length, NULL))
    {
      *utf8_length = length;
      return g_strndup (data, length);
    }

  if (length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
    *encoding = "UTF-16LE";
  else if (length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
    *encoding = "UTF-16BE";
  else
    *encoding = "GB18030";
  /* The byte order mark is not text. */
  if (g_str_has_prefix (*encoding, "UTF-16"))
    skip = 2;

  converted = g_convert (data + skip, length - skip, "UTF-8", *encoding, NULL, &written, NULL);
  if (converted == NULL || !g_utf8_validate (converted, written, NULL))
    return NULL;

  *utf8_length = written;
  return g_steal_pointer (&converted);
}

/**
 * fy_file_load_text:
 * @file: the file to read
 * @max_size: the largest size accepted, in bytes
 * @length: (out) (optional): the length read, without the added NUL
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a whole file after checking its size, so that a huge file is
 * refused (%FY_ERROR_TOO_LARGE) without reading a byte of it.  A file that
 * grows while it is read is refused as well.  Other failures are
 * %FY_ERROR_READ with a message naming the file.  The encoding is not
 * checked: that is the caller's business.
 *
 * Returns: (transfer full) (nullable): the contents with a NUL added, or
 *   %NULL with @error set
 */
char *
fy_file_load_text (GFile         *file,
                   gsize          max_size,
                   gsize         *length,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  g_autoptr(GError) local_error = NULL;
  guint64 size;
  gsize total = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A GByteArray holds at most G_MAXUINT bytes. */
  max_size = MIN (max_size, (gsize) G_MAXUINT - READ_CHUNK_SIZE - 2);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_read_error (file, local_error, error);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_autoptr(GError) cause = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "");

      set_read_error (file, cause, error);
      return NULL;
    }

  size = g_file_info_get_size (info);
  if (size > max_size)
    {
      set_too_large_error (file, size, max_size, error);
      return NULL;
    }

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_read_error (file, local_error, error);
      return NULL;
    }

  buffer = g_byte_array_sized_new (MIN (size, (guint64) max_size) + 1);
  for (;;)
    {
      gsize remaining = max_size - total;
      gsize chunk = remaining >= READ_CHUNK_SIZE ? READ_CHUNK_SIZE : remaining + 1;
      gsize n_read = 0;

      g_byte_array_set_size (buffer, total + chunk);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer->data + total, chunk,
                                    &n_read, cancellable, &local_error))
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            set_read_error (file, local_error, error);
          return NULL;
        }

      total += n_read;
      if (total > max_size)
        {
          set_too_large_error (file, total, max_size, error);
          return NULL;
        }
      if (n_read < chunk)
        break;
    }

  g_byte_array_set_size (buffer, total + 1);
  buffer->data[total] = '\0';

  if (length != NULL)
    *length = total;

  return (char *) g_byte_array_free (g_steal_pointer (&buffer), FALSE);
}

/* Documents --------------------------------------------------------------- */

/**
 * fy_document_load_from_data:
 * @data: (array length=length): the contents of a .fayan file
 * @length: the length of @data
 * @error: return location for a #GError
 *
 * Reads a document, checking everything: see fy_json_load_root() and
 * fy_document_from_json_object() for the error codes.  Members Fayan does
 * not know are ignored.  Never returns a partly read document.  A
 * 发文字号 an older Fayan kept under the title is moved above it
 * (fy_doc_place_document_number()).
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 */
FyDocument *
fy_document_load_from_data (const char  *data,
                            gsize        length,
                            GError     **error)
{
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(FyDocument) document = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = fy_json_load_root (data, length, FY_DOCUMENT_FORMAT_NAME,
                            FY_DOCUMENT_FORMAT_VERSION, NULL, error);
  if (root == NULL)
    return NULL;

  document = fy_document_from_json_object (root, error);
  if (document == NULL || !fy_versions_read (document, root, error))
    return NULL;

  /* Fayan kept a 发文字号 under the title once: it goes above, where it prints. */
  fy_doc_place_document_number (document);
  for (guint i = 0; i < fy_document_get_n_versions (document); i++)
    fy_doc_place_document_number (fy_version_get_snapshot (fy_document_get_version (document, i)));

  return g_steal_pointer (&document);
}

/**
 * fy_document_load_from_file:
 * @file: a .fayan file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Like fy_document_load_from_data(), after reading @file with a size cap
 * of %FY_DOCUMENT_MAX_FILE_SIZE checked before reading.  Messages name the
 * file.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 */
FyDocument *
fy_document_load_from_file (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  FyDocument *document;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = fy_file_load_text (file, FY_DOCUMENT_MAX_FILE_SIZE, &length, cancellable, error);
  if (data == NULL)
    return NULL;

  document = fy_document_load_from_data (data, length, &local_error);
  if (document == NULL)
    {
      g_autofree char *name = dup_file_name (file);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  /* Translators: followed by a sentence saying why */
                                  _("Could not open “%s”. "), name);
      return NULL;
    }

  return document;
}

/* Whether @document, or one of its versions, prints without page numbers. */
static gboolean
document_drops_page_numbers (FyDocument *document)
{
  if (!fy_document_get_page_numbers (document))
    return TRUE;
  for (guint i = 0; i < fy_document_get_n_versions (document); i++)
    {
      if (!fy_document_get_page_numbers (fy_version_get_snapshot (fy_document_get_version (document, i))))
        return TRUE;
    }
  return FALSE;
}

/* Whether a block of @document, or of one of its versions, has @role. */
static gboolean
document_has_role (FyDocument  *document,
                   FyBlockRole  role)
{
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      if (fy_block_get_role (fy_document_get_block (document, i)) == role)
        return TRUE;
    }
  for (guint i = 0; i < fy_document_get_n_versions (document); i++)
    {
      if (document_has_role (fy_version_get_snapshot (fy_document_get_version (document, i)), role))
        return TRUE;
    }
  return FALSE;
}

/**
 * fy_document_get_format_version:
 * @self: a #FyDocument
 *
 * Returns: the lowest file format version that holds everything @self
 *   uses: 1; 2 with a numbering mode other than automatic; 3 with versions
 *   inside (older builds reading version 2 would drop them silently); 4
 *   with a table block, 5 with an issue number, here or in a version;
 *   6 without page numbers, here or in a version (older builds would
 *   print them, and drop the setting on their next save)
 */
guint
fy_document_get_format_version (FyDocument *self)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), FY_DOCUMENT_FORMAT_VERSION);

  if (document_drops_page_numbers (self))
    return FY_DOCUMENT_FORMAT_VERSION_PAGE_NUMBERS;
  if (document_has_role (self, FY_BLOCK_ROLE_ISSUE_NUMBER))
    return FY_DOCUMENT_FORMAT_VERSION_ISSUE_NUMBER;
  if (document_has_role (self, FY_BLOCK_ROLE_TABLE))
    return FY_DOCUMENT_FORMAT_VERSION_TABLES;

  if (fy_document_get_n_versions (self) > 0)
    return FY_DOCUMENT_FORMAT_VERSION_VERSIONS;
  if (fy_document_get_numbering (self) != FY_NUMBERING_AUTO)
    return 2;

  return 1;
}

/**
 * fy_document_save_to_data:
 * @self: a #FyDocument
 * @length: (out) (optional): the length of the result
 *
 * Writes the document as pretty-printed UTF-8 JSON with a stable member
 * order: format, version, generator, metadata (non-empty members only),
 * fields, blocks, versions (see fy-version-io-private.h).
 *
 * Returns: (transfer full): NUL-terminated data
 */
char *
fy_document_save_to_data (FyDocument *self,
                          gsize      *length)
{
  g_autoptr(JsonObject) root = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);

  root = json_object_new ();
  json_object_set_string_member (root, "format", FY_DOCUMENT_FORMAT_NAME);
  json_object_set_int_member (root, "version", fy_document_get_format_version (self));
  json_object_set_string_member (root, "generator", "Fayan " PACKAGE_VERSION);
  write_document_members (root, self);
  fy_versions_write (root, self);

  return fy_json_to_data (root, length);
}

/**
 * fy_document_save_to_file:
 * @self: a #FyDocument
 * @file: where to save
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Saves atomically through fy_file_replace_contents(): a failed save
 * leaves the previous file as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
fy_document_save_to_file (FyDocument    *self,
                          GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (FY_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = fy_document_save_to_data (self, &length);
  return fy_file_replace_contents (file, data, length, cancellable, error);
}

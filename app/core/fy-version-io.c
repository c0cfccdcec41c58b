/* fy-version-io.c — the "versions" member of *.fayan documents
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-version-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-error.h"
#include "fy-json-private.h"
#include "fy-version-io-private.h"

/* Reading ----------------------------------------------------------------- */

static FyVersion *
read_version (JsonObject  *object,
              guint        number,
              GPtrArray   *pool,
              GError     **error)
{
  /* Translators: names an entry of the document's list of versions, e.g. “version 2” */
  g_autofree char *context = g_strdup_printf (_("version %u"), number);
  g_autoptr(JsonObject) content = json_object_new ();
  g_autoptr(FyDocument) snapshot = NULL;
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) time = NULL;
  const char *name = NULL, *author = NULL, *note = NULL, *time_text = NULL;
  JsonObject *metadata = NULL;
  JsonArray *fields = NULL, *indices = NULL;
  guint n_indices;

  if (!fy_json_get_nonempty_string (object, context, "name", TRUE, &name, error) ||
      !fy_json_get_string (object, context, "author", FALSE, &author, error) ||
      !fy_json_get_string (object, context, "note", FALSE, &note, error) ||
      !fy_json_get_nonempty_string (object, context, "time", TRUE, &time_text, error) ||
      !fy_json_get_object (object, context, "metadata", FALSE, &metadata, error) ||
      !fy_json_get_array (object, context, "fields", FALSE, &fields, error) ||
      !fy_json_get_array (object, context, "blocks", TRUE, &indices, error))
    return NULL;

  time = g_date_time_new_from_iso8601 (time_text, NULL);
  if (time == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("In %1$s, the time “%2$s” is not a date and time such as "
                     "2026-03-01T09:30:00+08:00."),
                   context, time_text);
      return NULL;
    }

  /* The metadata and fields are read by the document reader itself. */
  if (metadata != NULL)
    json_object_set_object_member (content, "metadata", json_object_ref (metadata));
  if (fields != NULL)
    json_object_set_array_member (content, "fields", json_array_ref (fields));
  json_object_set_array_member (content, "blocks", json_array_new ());
  snapshot = fy_document_from_json_object (content, error);
  if (snapshot == NULL)
    {
      g_prefix_error (error, "%s: ", context);
      return NULL;
    }

  n_indices = json_array_get_length (indices);
  for (guint i = 0; i < n_indices; i++)
    {
      JsonNode *node = json_array_get_element (indices, i);
      gint64 index = -1;

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
        index = json_node_get_int (node);
      if (index < 0 || index >= (gint64) pool->len)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                       _("In %1$s, entry %2$u of “blocks” is not the number of a stored block "
                         "(0 to %3$u). The file was damaged or edited by hand."),
                       context, i + 1, pool->len - 1);
          return NULL;
        }
      g_ptr_array_add (blocks, fy_block_copy (g_ptr_array_index (pool, index)));
    }
  fy_document_splice_blocks (snapshot, 0, 0, (FyBlock **) blocks->pdata, blocks->len);

  return fy_version_new (name, author, time, note, snapshot);
}

gboolean
fy_versions_read (FyDocument  *document,
                  JsonObject  *root,
                  GError     **error)
{
  const char *context = _("the versions");
  g_autoptr(GPtrArray) pool = g_ptr_array_new ();
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_version_unref);
  g_autoptr(FyDocument) extras = NULL;
  JsonObject *object = NULL;
  JsonArray *list = NULL;
  guint n_versions;

  if (!fy_json_get_object (root, NULL, "versions", FALSE, &object, error))
    return FALSE;
  if (object == NULL)
    return TRUE;

  if (!fy_json_get_array (object, context, "list", TRUE, &list, error))
    return FALSE;

  if (json_object_has_member (object, "blocks"))
    {
      g_autoptr(JsonObject) content = json_object_new ();
      JsonArray *stored = NULL;

      if (!fy_json_get_array (object, context, "blocks", TRUE, &stored, error))
        return FALSE;
      json_object_set_array_member (content, "blocks", json_array_ref (stored));
      extras = fy_document_from_json_object (content, error);
      if (extras == NULL)
        {
          g_prefix_error (error, "%s: ", context);
          return FALSE;
        }
    }

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    g_ptr_array_add (pool, fy_document_get_block (document, i));
  for (guint i = 0; extras != NULL && i < fy_document_get_n_blocks (extras); i++)
    g_ptr_array_add (pool, fy_document_get_block (extras, i));

  n_versions = json_array_get_length (list);
  for (guint i = 0; i < n_versions; i++)
    {
      g_autofree char *entry_context = g_strdup_printf (_("version %u"), i + 1);
      JsonObject *entry;
      FyVersion *version;

      if (!fy_json_array_get_object (list, i, entry_context, &entry, error))
        return FALSE;
      version = read_version (entry, i + 1, pool, error);
      if (version == NULL)
        return FALSE;
      g_ptr_array_add (versions, version);
    }

  for (guint i = 0; i < versions->len; i++)
    fy_document_add_version (document, g_ptr_array_index (versions, i));

  return TRUE;
}

/* Writing ----------------------------------------------------------------- */

/* A key that is equal exactly when two blocks are: role, level, table
 * header, runs. */
static char *
dup_block_key (FyBlock *block)
{
  GString *key = g_string_new (NULL);
  guint n_runs = fy_block_get_n_runs (block);

  g_string_append_printf (key, "%d:%u:%d", fy_block_get_role (block), fy_block_get_level (block),
                          fy_block_get_table_header (block));
  for (guint i = 0; i < n_runs; i++)
    {
      const FyRun *run = fy_block_get_run (block, i);

      /* Run text is valid UTF-8 without NUL; \x01 cannot be confused
       * with the text either way since it is followed by the kind. */
      g_string_append_printf (key, "\x01%d\x02", run->kind);
      g_string_append (key, run->text);
    }

  return g_string_free (key, FALSE);
}

static void
write_version (JsonArray  *list,
               FyVersion  *version,
               GHashTable *index_of_key,
               FyDocument *extras)
{
  FyDocument *snapshot = fy_version_get_snapshot (version);
  g_autoptr(JsonObject) content = fy_document_to_json_object (snapshot);
  g_autofree char *time = g_date_time_format_iso8601 (fy_version_get_time (version));
  JsonObject *object = json_object_new ();
  JsonArray *indices = json_array_new ();
  guint n_blocks = fy_document_get_n_blocks (snapshot);

  json_object_set_string_member (object, "name", fy_version_get_name (version));
  if (*fy_version_get_author (version) != '\0')
    json_object_set_string_member (object, "author", fy_version_get_author (version));
  json_object_set_string_member (object, "time", time);
  if (*fy_version_get_note (version) != '\0')
    json_object_set_string_member (object, "note", fy_version_get_note (version));
  json_object_set_member (object, "metadata", json_object_dup_member (content, "metadata"));
  json_object_set_member (object, "fields", json_object_dup_member (content, "fields"));

  for (guint i = 0; i < n_blocks; i++)
    {
      FyBlock *block = fy_document_get_block (snapshot, i);
      char *key = dup_block_key (block);
      gpointer value;

      if (g_hash_table_lookup_extended (index_of_key, key, NULL, &value))
        g_free (key);
      else
        {
          value = GUINT_TO_POINTER (g_hash_table_size (index_of_key));
          g_hash_table_insert (index_of_key, key, value);
          g_autoptr(FyBlock) copy = fy_block_copy (block);

          fy_document_append_block (extras, copy);
        }
      json_array_add_int_element (indices, GPOINTER_TO_UINT (value));
    }

  json_object_set_array_member (object, "blocks", indices);
  json_array_add_object_element (list, object);
}

void
fy_versions_write (JsonObject *root,
                   FyDocument *document)
{
  g_autoptr(GHashTable) index_of_key = NULL;
  g_autoptr(FyDocument) extras = NULL;
  g_autoptr(JsonObject) extras_json = NULL;
  guint n_versions = fy_document_get_n_versions (document);
  guint n_blocks = fy_document_get_n_blocks (document);
  JsonObject *object;
  JsonArray *list;

  if (n_versions == 0)
    return;

  index_of_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n_blocks; i++)
    {
      char *key = dup_block_key (fy_document_get_block (document, i));

      /* The table's size is the next number, so every block of the
       * document gets one, duplicates too; only the first is looked up. */
      if (g_hash_table_contains (index_of_key, key))
        {
          g_autofree char *unique = g_strdup_printf ("\x03%u", i);

          g_free (key);
          g_hash_table_insert (index_of_key, g_steal_pointer (&unique), GUINT_TO_POINTER (i));
        }
      else
        g_hash_table_insert (index_of_key, key, GUINT_TO_POINTER (i));
    }

  extras = fy_document_new ();
  list = json_array_new ();
  for (guint i = 0; i < n_versions; i++)
    write_version (list, fy_document_get_version (document, i), index_of_key, extras);

  extras_json = fy_document_to_json_object (extras);
  object = json_object_new ();
  json_object_set_member (object, "blocks", json_object_dup_member (extras_json, "blocks"));
  json_object_set_array_member (object, "list", list);
  json_object_set_object_member (root, "versions", object);
}

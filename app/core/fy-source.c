/* fy-source.c — an immutable snapshot of a document for worker threads
 *
 * The live FyDocument belongs to the main thread.  Before this type a
 * worker got a fy_document_copy(): every block, run and string of the
 * document duplicated on the main thread before each background layout,
 * proofreading pass or recovery copy.  A snapshot instead takes each
 * block's immutable record (fy-source-block.c), which the block keeps
 * until it changes; a snapshot after one keystroke makes one record and
 * fills an array with references to the others.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-source"

#include "config.h"

#include <string.h>

#include "fy-source.h"
#include "fy-source-private.h"
#include "fy-version.h"

struct _FySource
{
  gatomicrefcount ref_count;

  GPtrArray      *blocks;       /* FySourceBlock */
  char           *title;
  char           *subtitle;
  char           *speaker;
  char           *organisation;
  char           *meeting;
  char           *date;
  char           *style_preset;
  char           *template_id;
  char           *display_title;
  guint           time_limit;
  FyNumberingMode numbering;
  FyNumberingMode printed_numbering;
  gboolean        page_numbers;
  char          **field_names;  /* in the order they were first set */
  GHashTable     *field_values; /* name (in field_names) → value */
  GPtrArray      *versions;     /* FyVersion, immutable, shared */
};

G_DEFINE_BOXED_TYPE (FySource, fy_source, fy_source_ref, fy_source_unref)

/**
 * fy_source_new:
 * @document: the document, on the thread that owns it
 *
 * Returns: (transfer full): what @document is now
 */
FySource *
fy_source_new (FyDocument *document)
{
  FySource *self;
  GHashTable *values;
  guint stamp;
  guint n_blocks;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  self = g_new0 (FySource, 1);
  g_atomic_ref_count_init (&self->ref_count);

  self->title = g_strdup (fy_document_get_title (document));
  self->subtitle = g_strdup (fy_document_get_subtitle (document));
  self->speaker = g_strdup (fy_document_get_speaker (document));
  self->organisation = g_strdup (fy_document_get_organisation (document));
  self->meeting = g_strdup (fy_document_get_meeting (document));
  self->date = g_strdup (fy_document_get_date (document));
  self->style_preset = g_strdup (fy_document_get_style_preset (document));
  self->template_id = g_strdup (fy_document_get_template_id (document));
  self->display_title = fy_document_dup_display_title (document);
  self->time_limit = fy_document_get_time_limit (document);
  self->numbering = fy_document_get_numbering (document);
  self->printed_numbering = fy_document_get_printed_numbering (document);
  self->page_numbers = fy_document_get_page_numbers (document);

  self->field_names = fy_document_dup_field_names (document);
  self->field_values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; self->field_names[i] != NULL; i++)
    g_hash_table_insert (self->field_values, self->field_names[i],
                         g_strdup (fy_document_get_field_value (document, self->field_names[i])));

  stamp = fy_document_get_fields_stamp (document);
  values = fy_document_get_field_table (document);
  n_blocks = fy_document_get_n_blocks (document);
  self->blocks = g_ptr_array_new_full (n_blocks, (GDestroyNotify) fy_source_block_unref);
  for (guint i = 0; i < n_blocks; i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      FySourceBlock *record = fy_block_get_source_record (block, stamp);

      if (record == NULL)
        {
          record = fy_source_block_new (block, values);
          fy_block_set_source_record (block, record, stamp);
        }
      else
        fy_source_block_ref (record);
      g_ptr_array_add (self->blocks, record);
    }

  self->versions = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_version_unref);
  for (guint i = 0; i < fy_document_get_n_versions (document); i++)
    g_ptr_array_add (self->versions, fy_version_ref (fy_document_get_version (document, i)));

  return self;
}

FySource *
fy_source_ref (FySource *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
fy_source_unref (FySource *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_ptr_array_unref (self->blocks);
  g_ptr_array_unref (self->versions);
  g_hash_table_unref (self->field_values);
  g_strfreev (self->field_names);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->speaker);
  g_free (self->organisation);
  g_free (self->meeting);
  g_free (self->date);
  g_free (self->style_preset);
  g_free (self->template_id);
  g_free (self->display_title);
  g_free (self);
}

guint
fy_source_get_n_blocks (const FySource *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->blocks->len;
}

/**
 * fy_source_get_block:
 * @self: a #FySource
 * @position: a block's position
 *
 * Returns: (transfer none): the block as it was
 */
FySourceBlock *
fy_source_get_block (const FySource *self,
                     guint           position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->blocks->len, NULL);
  return g_ptr_array_index (self->blocks, position);
}

const char *
fy_source_get_title (const FySource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

const char *
fy_source_get_subtitle (const FySource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->subtitle;
}

const char *
fy_source_get_speaker (const FySource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->speaker;
}

const char *
fy_source_get_organisation (const FySource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->organisation;
}

const char *
fy_source_get_meeting (const FySource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->meeting;
}

const char *
fy_source_get_date (const FySource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->date;
}

guint
fy_source_get_time_limit (const FySource *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->time_limit;
}

const char *
fy_source_get_style_preset (const FySource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->style_preset;
}

FyNumberingMode
fy_source_get_numbering (const FySource *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->numbering;
}

/* fy_document_get_printed_numbering() when the snapshot was taken */
FyNumberingMode
fy_source_get_printed_numbering (const FySource *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->printed_numbering;
}

gboolean
fy_source_get_page_numbers (const FySource *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->page_numbers;
}

const char *
fy_source_get_template_id (const FySource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->template_id;
}

/* fy_document_dup_display_title() when the snapshot was taken. */
const char *
fy_source_get_display_title (const FySource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->display_title;
}

/**
 * fy_source_get_field_names:
 * @self: a #FySource
 *
 * Returns: (transfer none): the fields with a value, in the order they
 *   were first set
 */
const char * const *
fy_source_get_field_names (const FySource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->field_names;
}

const char *
fy_source_get_field_value (const FySource *self,
                           const char     *name)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  return g_hash_table_lookup (self->field_values, name);
}

static FyBlock *
dup_block (const FySourceBlock *record)
{
  FyBlock *block = fy_block_new (fy_source_block_get_role (record));

  fy_block_set_level (block, fy_source_block_get_level (record));
  fy_block_set_table_header (block, fy_source_block_get_table_header (record));
  for (guint r = 0; r < fy_source_block_get_n_runs (record); r++)
    {
      const FyRun *run = fy_source_block_get_run (record, r);

      fy_block_append_run (block, run->kind, run->text);
    }
  return block;
}

/* See fy-source-private.h. */
FyDocument *
fy_source_dup_content (const FySource *self)
{
  g_autoptr(GPtrArray) blocks = NULL;
  FyDocument *document;

  g_return_val_if_fail (self != NULL, NULL);

  document = g_object_new (FY_TYPE_DOCUMENT,
                           "title", self->title,
                           "subtitle", self->subtitle,
                           "speaker", self->speaker,
                           "organisation", self->organisation,
                           "meeting", self->meeting,
                           "date", self->date,
                           "time-limit", self->time_limit,
                           "numbering", self->numbering,
                           "page-numbers", self->page_numbers,
                           "style-preset", self->style_preset,
                           "template-id", self->template_id,
                           NULL);

  for (guint i = 0; self->field_names[i] != NULL; i++)
    fy_document_set_field_value (document, self->field_names[i],
                                 g_hash_table_lookup (self->field_values, self->field_names[i]));

  blocks = g_ptr_array_new_full (self->blocks->len, g_object_unref);
  for (guint i = 0; i < self->blocks->len; i++)
    g_ptr_array_add (blocks, dup_block (g_ptr_array_index (self->blocks, i)));
  fy_document_splice_blocks (document, 0, 0, (FyBlock **) blocks->pdata, blocks->len);

  return document;
}

/**
 * fy_source_dup_document:
 * @self: a #FySource
 *
 * A new document with the snapshot's content and versions, as
 * fy_document_copy() of the document then would have given; for code
 * that still needs the model (writing the document file).  Any thread.
 *
 * Returns: (transfer full): a new document
 */
FyDocument *
fy_source_dup_document (const FySource *self)
{
  FyDocument *document;

  g_return_val_if_fail (self != NULL, NULL);

  document = fy_source_dup_content (self);
  for (guint i = 0; i < self->versions->len; i++)
    fy_document_add_version (document, g_ptr_array_index (self->versions, i));

  return document;
}

/**
 * fy_source_count_characters:
 * @self: a #FySource
 * @n_chars: (out) (optional): characters, white space not counted
 * @n_chars_no_punct: (out) (optional): the same without punctuation
 *
 * fy_document_count_characters() of the snapshot, on any thread.
 */
void
fy_source_count_characters (const FySource *self,
                            guint          *n_chars,
                            guint          *n_chars_no_punct)
{
  guint chars = 0;
  guint no_punct = 0;

  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const char *text = fy_source_block_get_printed_text (g_ptr_array_index (self->blocks, i));

      for (const char *p = text; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isspace (c))
            continue;
          chars++;
          if (!g_unichar_ispunct (c))
            no_punct++;
        }
    }

  if (n_chars)
    *n_chars = chars;
  if (n_chars_no_punct)
    *n_chars_no_punct = no_punct;
}

/**
 * fy_source_count:
 * @self: a #FySource
 * @counts: (out caller-allocates): the blocks by role, headings by level,
 *   bold lead sentences and the characters of fy_source_count_characters()
 *   (the numbers of the window's status line)
 *
 * Counts a snapshot for a description such as `fayan-cli info`'s.
 */
void
fy_source_count (const FySource *self,
                 FySourceCounts *counts)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (counts != NULL);

  memset (counts, 0, sizeof *counts);
  counts->n_blocks = self->blocks->len;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      FySourceBlock *block = g_ptr_array_index (self->blocks, i);
      FyBlockRole role = fy_source_block_get_role (block);

      counts->n_by_role[role]++;
      if (role == FY_BLOCK_ROLE_HEADING)
        counts->n_headings[MIN (fy_source_block_get_level (block), FY_HEADING_MAX_LEVEL)]++;
      /* fy_block_dup_lead()'s rule: fy_block_get_lead_end(). */
      if (fy_source_block_get_lead_end (block) > 0)
        counts->n_leads++;
    }

  fy_source_count_characters (self, &counts->n_chars, &counts->n_chars_no_punct);
}

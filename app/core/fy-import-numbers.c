/* fy-import-numbers.c — the ordinals an import takes out of headings
 *
 * An importer takes 一、 （一） 1. （1） out of a heading's text for the
 * engine to print, and keeps each with its block.  Where the engine
 * would print other numbers than the author's, or when the user asks
 * for the numbers as written, they go back into the text.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include <string.h>

#include "fy-import.h"
#include "fy-import-private.h"
#include "fy-numbering.h"

#define OWN_ORDINAL_KEY FY_IMPORT_OWN_ORDINAL_KEY

/**
 * fy_import_remember_ordinal:
 * @block: a heading whose ordinal the import took out of its text
 * @ordinal: the ordinal as the source wrote it (一、, （一）1. …)
 * @length: its length in bytes
 *
 * Keeps the ordinal with the block: the engine numbers the heading
 * instead, unless the user asks for the numbers as written.
 */
void
fy_import_remember_ordinal (FyBlock    *block,
                            const char *ordinal,
                            gsize       length)
{
  g_autofree char *clean = fy_import_clean_wrap_spaces_len (ordinal, length);

  g_strstrip (clean);
  if (*clean != '\0')
    g_object_set_data_full (G_OBJECT (block), OWN_ORDINAL_KEY, g_steal_pointer (&clean), g_free);
}

/* Puts @ordinal in front of @block's runs, keeping field references. */
static void
prepend_ordinal (FyBlock    *block,
                 const char *ordinal)
{
  guint n_runs = fy_block_get_n_runs (block);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) kinds = g_array_sized_new (FALSE, FALSE, sizeof (FyRunKind), n_runs);

  for (guint i = 0; i < n_runs; i++)
    {
      const FyRun *run = fy_block_get_run (block, i);

      g_ptr_array_add (texts, g_strdup (run->text));
      g_array_append_val (kinds, run->kind);
    }

  fy_block_begin_change (block);
  fy_block_clear_runs (block);
  fy_block_append_run (block, FY_RUN_TEXT, ordinal);
  for (guint i = 0; i < n_runs; i++)
    fy_block_append_run (block, g_array_index (kinds, FyRunKind, i), g_ptr_array_index (texts, i));
  fy_block_end_change (block);
}

/**
 * fy_import_keep_own_numbers:
 * @document: a document, imported or not
 *
 * Switches @document to %FY_NUMBERING_AS_WRITTEN.  The headings of an
 * imported document whose ordinals (一、（一）1.) the import took out
 * for the engine to print get them back first, as the source wrote
 * them: "as written" never loses a number the author typed.  A heading
 * the source did not number stays without.
 */
void
fy_import_keep_own_numbers (FyDocument *document)
{
  guint n_blocks;

  g_return_if_fail (FY_IS_DOCUMENT (document));

  n_blocks = fy_document_get_n_blocks (document);
  for (guint i = 0; i < n_blocks; i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autofree char *ordinal = g_object_steal_data (G_OBJECT (block), OWN_ORDINAL_KEY);

      if (ordinal != NULL && fy_document_get_numbering (document) == FY_NUMBERING_AUTO)
        prepend_ordinal (block, ordinal);
    }

  fy_document_set_numbering (document, FY_NUMBERING_AS_WRITTEN);
}

/* Whether the engine, numbering @document's headings, would print
 * anything other than what the source wrote: a number the author did
 * not write (a gap in the source's sequence, an item taken into the
 * paragraph before it, a lone "十二、"), another form of ordinal ("1."
 * at the level of "（一）", "1." for the author's full-width "1．"), no
 * number where the author's is followed by a lead word ("一、首先，"),
 * or a number on a heading the author left without one while numbering
 * others. */
static gboolean
would_renumber (FyDocument *document)
{
  FyHeadingCounter counter;
  guint n_blocks = fy_document_get_n_blocks (document);
  gboolean any_own = FALSE, any_bare = FALSE;

  fy_heading_counter_init (&counter, FY_NUMBERING_AUTO);
  for (guint i = 0; i < n_blocks; i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      const char *ordinal = g_object_get_data (G_OBJECT (block), OWN_ORDINAL_KEY);
      g_autofree char *text = NULL;
      g_autofree char *number = NULL;
      guint level, written_level, written_n;

      if (fy_block_get_role (block) != FY_BLOCK_ROLE_HEADING)
        continue;
      text = fy_block_dup_text (block);
      level = CLAMP (fy_block_get_level (block), 1, FY_HEADING_MAX_LEVEL);
      number = fy_heading_counter_next (&counter, level, text);
      /* What follows the author's 一、 opens with an ordinal of its
       * own (首先，第一项): the engine would print no number at all. */
      if (number == NULL && ordinal != NULL)
        return TRUE;
      if (number == NULL)
        continue;
      if (ordinal == NULL)
        {
          any_bare = TRUE;
          continue;
        }
      any_own = TRUE;

      /* The engine printed counters[level] at @level, in its own
       * form: "1." where the author may have typed 1． or 1、 */
      if (!fy_numbering_parse_ordinal (ordinal, &written_level, &written_n) ||
          written_level != level || written_n != counter.counters[level] ||
          strcmp (number, ordinal) != 0)
        return TRUE;
    }

  return any_own && any_bare;
}

/**
 * fy_import_settle_numbering:
 * @document: a document just imported, in %FY_NUMBERING_AUTO
 *
 * The import took the ordinals out of the headings for the engine to
 * print.  Where the engine would print other numbers than the source's,
 * the document keeps the author's instead (%FY_NUMBERING_AS_WRITTEN,
 * the ordinals back in the text): an import never changes a number.  A
 * list's caption that is the document's one heading prints as written
 * too, without a number.
 */
void
fy_import_settle_numbering (FyDocument *document)
{
  if (fy_document_get_numbering (document) == FY_NUMBERING_AUTO &&
      (would_renumber (document) ||
       /* its one heading a list's caption (fy_numbering_is_list_caption()),
        * as the engine prints it typed */
       fy_document_get_printed_numbering (document) == FY_NUMBERING_AS_WRITTEN))
    fy_import_keep_own_numbers (document);
}

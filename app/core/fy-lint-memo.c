/* fy-lint-memo.c — what the last check found per block, to check only what changed
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include "fy-lint-private.h"

/*
 * The window checks its document again after every pause in typing, and
 * "Fix all" checks it again after every round of fixes; mostly one block
 * changed.  A block's findings depend on its snapshot record (text, role,
 * level, runs: a record that did not change is the same FySourceBlock),
 * on the state the blocks before it leave behind (numbering so far, the
 * page-chunk count, whether the block before stopped in mid-sentence), on
 * whether it opens the first page of a split web page, and on what holds
 * for the whole document (numbering mode, field values, the linter's
 * settings).  The memo keeps, per record, the state it was checked in,
 * the state it left and its findings: a block whose record and entering
 * state are unchanged takes its findings from the memo (moved to its new
 * position) instead of being checked again.  The result is the same as a
 * full check's; tests/test-lint.c compares the two after random edits.
 *
 * In document mode no mark stays open from one block to the next, so
 * SequenceState.open_marks is empty between blocks and not kept here.
 */

typedef struct
{
  FySourceBlock *record;
  guint          block;
  FyLintCarried        in;
  FyLintCarried        out;
  GPtrArray     *findings;      /* of FyLintFinding, at position @block */
} Entry;

struct _FyLintMemo
{
  char       *document_key;
  GHashTable *entries;          /* FySourceBlock → Entry */
};

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  fy_source_block_unref (entry->record);
  g_ptr_array_unref (entry->findings);
  g_free (entry);
}

/* Zeroed first, so that two states compare with memcmp(). */
void
fy_lint_carried_take (FyLintCarried       *carried,
                      const SequenceState *sequence,
                      gboolean             page_one)
{
  memset (carried, 0, sizeof *carried);
  memcpy (carried->heading_last, sequence->heading_last, sizeof carried->heading_last);
  memcpy (carried->lead_last, sequence->lead_last, sizeof carried->lead_last);
  carried->chunk_next = sequence->chunk_next;
  carried->previous_length = sequence->previous_length;
  carried->previous_open = sequence->previous_open;
  carried->sentences = sequence->sentences;
  carried->page_one = page_one;
  carried->previous_role = sequence->previous_role;
}

static void
carried_give (const FyLintCarried *carried,
              SequenceState       *sequence)
{
  memcpy (sequence->heading_last, carried->heading_last, sizeof carried->heading_last);
  memcpy (sequence->lead_last, carried->lead_last, sizeof carried->lead_last);
  sequence->chunk_next = carried->chunk_next;
  sequence->previous_length = carried->previous_length;
  sequence->previous_open = carried->previous_open;
  sequence->sentences = carried->sentences;
  sequence->previous_role = carried->previous_role;
}

/* What every block's findings depend on besides its own record. */
static char *
dup_document_key (FyLint         *lint,
                  const FySource *source)
{
  GString *key = g_string_new (NULL);
  const char * const *names = fy_source_get_field_names (source);
  g_autofree char *defined = NULL;

  g_string_append_printf (key, "%d|%d|", fy_source_get_numbering (source), lint->check_fonts);
  if (lint->defined_fields != NULL)
    {
      defined = g_strjoinv ("\x1f", lint->defined_fields);
      g_string_append_printf (key, "%s", defined);
    }
  else
    g_string_append_c (key, '\x1e');

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      const char *value = fy_source_get_field_value (source, names[i]);

      g_string_append_printf (key, "\x1d%s\x1f%s", names[i], value != NULL ? value : "\x1e");
    }

  return g_string_free (key, FALSE);
}

FyLintMemo *
fy_lint_memo_new (FyLint         *lint,
                  const FySource *source)
{
  FyLintMemo *memo = g_new0 (FyLintMemo, 1);

  memo->document_key = dup_document_key (lint, source);
  memo->entries = g_hash_table_new_full (NULL, NULL, NULL, entry_free);

  return memo;
}

void
fy_lint_memo_free (FyLintMemo *memo)
{
  if (memo == NULL)
    return;

  g_free (memo->document_key);
  g_hash_table_unref (memo->entries);
  g_free (memo);
}

/**
 * fy_lint_memo_reuse:
 * @old: (nullable): the memo of the last check
 * @next: the memo being filled
 * @record: the block at @block
 * @in: the state the blocks before leave (fy_lint_carried_take())
 * @sequence: on success, set to the state @record leaves
 * @findings: where its findings go on success
 *
 * Returns: whether @old knew the block in this state; then its findings
 *   are added to @findings
 */
gboolean
fy_lint_memo_reuse (FyLintMemo          *old,
                    FyLintMemo          *next,
                    FySourceBlock       *record,
                    guint                block,
                    const FyLintCarried *in,
                    SequenceState       *sequence,
                    GPtrArray           *findings)
{
  Entry *entry;

  if (old == NULL || strcmp (old->document_key, next->document_key) != 0)
    return FALSE;

  entry = g_hash_table_lookup (old->entries, record);
  if (entry == NULL || memcmp (in, &entry->in, sizeof *in) != 0)
    return FALSE;

  if (entry->block != block)
    {
      /* Moved: the same findings at the new position. */
      for (guint i = 0; i < entry->findings->len; i++)
        {
          FyLintFinding *moved = fy_lint_finding_copy_at (g_ptr_array_index (entry->findings, i),
                                                          block);

          g_object_unref (entry->findings->pdata[i]);
          entry->findings->pdata[i] = moved;
        }
      entry->block = block;
    }

  for (guint i = 0; i < entry->findings->len; i++)
    g_ptr_array_add (findings, g_object_ref (g_ptr_array_index (entry->findings, i)));
  carried_give (&entry->out, sequence);

  g_hash_table_steal (old->entries, record);
  g_hash_table_replace (next->entries, record, entry);

  return TRUE;
}

/**
 * fy_lint_memo_note:
 * @next: the memo being filled
 * @record: the block just checked at @block
 * @in: the state it was checked in
 * @sequence: the state it left
 * @findings: all findings so far; the block's are those from @first on
 * @first: the first of the block's findings
 */
void
fy_lint_memo_note (FyLintMemo          *next,
                   FySourceBlock       *record,
                   guint                block,
                   const FyLintCarried *in,
                   const SequenceState *sequence,
                   GPtrArray           *findings,
                   guint                first)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->record = fy_source_block_ref (record);
  entry->block = block;
  entry->in = *in;
  fy_lint_carried_take (&entry->out, sequence, FALSE);
  entry->findings = fy_lint_findings_new ();
  for (guint i = first; i < findings->len; i++)
    g_ptr_array_add (entry->findings, g_object_ref (g_ptr_array_index (findings, i)));

  /* The same record twice: the first stays, the second is checked. */
  if (!g_hash_table_contains (next->entries, record))
    g_hash_table_insert (next->entries, record, entry);
  else
    entry_free (entry);
}

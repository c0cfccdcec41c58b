/* fy-lint-fix.c — the fixer: applies the linter's safe fixes to a document or text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <string.h>

#include "fy-lint.h"
#include "fy-lint-private.h"

/**
 * fy_lint_findings_for_block:
 * @findings: (element-type FyLintFinding): findings
 * @block: a block position
 *
 * Returns: (transfer full) (element-type FyLintFinding): the findings of
 *   one block, for underlining them in the editor
 */
GPtrArray *
fy_lint_findings_for_block (GPtrArray *findings,
                            guint      block)
{
  GPtrArray *result;

  g_return_val_if_fail (findings != NULL, NULL);

  result = fy_lint_findings_new ();
  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);

      if (finding->block == block)
        g_ptr_array_add (result, g_object_ref (finding));
    }

  return result;
}

/**
 * fy_lint_locate_in_runs:
 * @block: the block a finding is in
 * @offset: a character offset in the block's text, such as
 *   fy_lint_finding_get_start()
 * @run_index: (out): the run the offset falls in, or the number of runs
 *   for the end of the block
 * @run_offset: (out): the character offset in that run's text
 *
 * Maps a finding's offsets to runs, for an editor that shows field
 * references other than as `{{name}}` (as chips with the value, say).
 * An offset inside a field reference maps to the start of its run; the
 * end of a reference maps to the start of the next run, so that a range
 * covering a reference covers the whole field run.
 */
void
fy_lint_locate_in_runs (FyBlock *block,
                        guint    offset,
                        guint   *run_index,
                        guint   *run_offset)
{
  guint n_runs;
  gsize start = 0;

  g_return_if_fail (FY_IS_BLOCK (block));
  g_return_if_fail (run_index != NULL);
  g_return_if_fail (run_offset != NULL);

  n_runs = fy_block_get_n_runs (block);
  for (guint r = 0; r < n_runs; r++)
    {
      const FyRun *run = fy_block_get_run (block, r);
      gsize len = g_utf8_strlen (run->text, -1) + (run->kind == FY_RUN_FIELD ? 4 : 0);

      if (offset < start + len)
        {
          *run_index = r;
          *run_offset = run->kind == FY_RUN_FIELD ? 0 : offset - start;
          return;
        }
      start += len;
    }

  *run_index = n_runs;
  *run_offset = 0;
}

/* Applying fixes */

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  const FyLintFinding *fa = *(const FyLintFinding * const *)a;
  const FyLintFinding *fb = *(const FyLintFinding * const *)b;

  if (fa->start != fb->start)
    return fa->start < fb->start ? -1 : 1;
  if (fa->end != fb->end)
    return fa->end > fb->end ? -1 : 1;

  return (int)fy_lint_kind_order (fa->kind) - (int)fy_lint_kind_order (fb->kind);
}

/* Picks, from @candidates (one block's findings with fixes), those made
 * on @text as it is now and that do not overlap an earlier one, in order.
 * A finding made on other text is stale: its range may mean something
 * else now ("习" → "习。" must not be applied twice). */
static GPtrArray *
select_fixes (GPtrArray  *candidates,
              const char *text,
              gsize       n)
{
  GPtrArray *chosen = g_ptr_array_new ();
  guint last_end = 0;

  g_ptr_array_sort (candidates, compare_by_start);
  for (guint i = 0; i < candidates->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (candidates, i);

      if (chosen->len > 0 && finding->start < last_end)
        continue;
      if (finding->context == NULL || strcmp (finding->context, text) != 0 ||
          finding->start > finding->end || finding->end > n)
        continue;

      g_ptr_array_add (chosen, finding);
      last_end = finding->end;
    }

  return chosen;
}

/* The index of the run each of the @n characters of @block's text
 * (fy_block_dup_text(): a field as {{name}}) comes from, and one more
 * entry after the end. */
static guint *
map_runs (FyBlock *block,
          glong    n)
{
  guint *run_of = g_new0 (guint, n + 1);
  gsize offset = 0;

  for (guint r = 0; r < fy_block_get_n_runs (block); r++)
    {
      const FyRun *run = fy_block_get_run (block, r);
      gsize len = g_utf8_strlen (run->text, -1) + (run->kind == FY_RUN_FIELD ? 4 : 0);

      for (gsize k = offset; k < offset + len && k < (gsize)n; k++)
        run_of[k] = r;
      offset += len;
    }

  return run_of;
}

/* Whether @finding may be applied: it changes no field and no markup. */
static gboolean
fix_stays_in_text (FyBlock             *block,
                   const guint         *run_of,
                   glong                n,
                   const FyLintFinding *finding,
                   guint               *run)
{
  gboolean touches_field = FALSE;

  if (finding->start < n)
    *run = run_of[finding->start];
  else
    *run = finding->start > 0 ? run_of[finding->start - 1] : 0;

  for (guint k = finding->start; k < finding->end; k++)
    touches_field |= fy_block_get_run (block, run_of[k])->kind == FY_RUN_FIELD ||
                     fy_block_get_run (block, run_of[k])->kind == FY_RUN_MARKUP;
  return !(fy_block_get_n_runs (block) == 0 || touches_field ||
           fy_block_get_run (block, *run)->kind == FY_RUN_FIELD ||
           fy_block_get_run (block, *run)->kind == FY_RUN_MARKUP);
}

/* Replaces @block's runs by the characters @out_chars, each in the run
 * @out_runs names (an index into the runs it has now); a field run
 * keeps its reference. */
static void
rebuild_runs (FyBlock *block,
              GArray  *out_chars,
              GArray  *out_runs)
{
  /* Snapshot the runs: clearing the block frees them. */
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (FyRunKind));

  for (guint r = 0; r < fy_block_get_n_runs (block); r++)
    {
      const FyRun *run = fy_block_get_run (block, r);

      g_ptr_array_add (names, g_strdup (run->text));
      g_array_append_val (kinds, run->kind);
    }

  fy_block_begin_change (block);
  fy_block_clear_runs (block);
  for (guint k = 0; k < out_chars->len;)
    {
      guint run = g_array_index (out_runs, guint, k);
      guint m = k;
      g_autofree char *piece = NULL;

      while (m < out_chars->len && g_array_index (out_runs, guint, m) == run)
        m++;

      if (g_array_index (kinds, FyRunKind, run) == FY_RUN_FIELD)
        fy_block_append_run (block, FY_RUN_FIELD, g_ptr_array_index (names, run));
      else
        {
          piece = ucs4_dup (&g_array_index (out_chars, gunichar, k), m - k);
          fy_block_append_run (block, g_array_index (kinds, FyRunKind, run), piece);
        }
      k = m;
    }
  fy_block_end_change (block);
}

/* Rewrites a block with @fixes applied, keeping every character in the
 * run it came from, so that a bold lead stays bold and field references
 * stay references. */
static guint
apply_to_block (FyBlock    *block,
                GPtrArray  *candidates,
                FyLintJoin *join)
{
  g_autofree char *text = fy_block_dup_text (block);
  g_autofree gunichar *chars = NULL;
  g_autofree guint *run_of = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GArray) out_chars = NULL;
  g_autoptr(GArray) out_runs = NULL;
  glong n = 0;
  gsize pos = 0;
  guint applied = 0;

  chars = g_utf8_to_ucs4_fast (text, -1, &n);
  run_of = map_runs (block, n);

  chosen = select_fixes (candidates, text, n);
  out_chars = g_array_new (FALSE, FALSE, sizeof (gunichar));
  out_runs = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < chosen->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (chosen, i);
      guint run;

      if (!fix_stays_in_text (block, run_of, n, finding, &run))
        continue;

      for (; pos < finding->start; pos++)
        {
          g_array_append_val (out_chars, chars[pos]);
          g_array_append_val (out_runs, run_of[pos]);
        }

      for (const char *p = finding->fix; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_array_append_val (out_chars, c);
          g_array_append_val (out_runs, run);
        }

      pos = finding->end;
      applied++;
      if (finding->join > *join)
        *join = finding->join;
    }

  if (applied == 0)
    return 0;

  for (; pos < (gsize)n; pos++)
    {
      g_array_append_val (out_chars, chars[pos]);
      g_array_append_val (out_runs, run_of[pos]);
    }

  rebuild_runs (block, out_chars, out_runs);

  return applied;
}

/* A fix that sets a role (fy_lint_finding_get_role()): applied when the
 * block still reads as it did, its text left as it is. */
static gboolean
apply_role (FyDocument    *document,
            FyLintFinding *finding)
{
  FyBlock *block = fy_document_get_block (document, finding->block);
  g_autofree char *text = fy_block_dup_text (block);

  if (finding->context == NULL || strcmp (finding->context, text) != 0 ||
      fy_block_get_role (block) != FY_BLOCK_ROLE_PARAGRAPH)
    return FALSE;

  fy_block_set_role (block, finding->role);
  return TRUE;
}

static guint
apply_to_document (FyDocument *document,
                   GPtrArray  *findings,
                   gboolean    safe_only)
{
  g_autoptr(GHashTable) by_block = g_hash_table_new_full (NULL, NULL, NULL,
                                                          (GDestroyNotify)g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;
  guint n_blocks = fy_document_get_n_blocks (document);
  g_autofree FyLintJoin *joins = NULL;
  guint applied = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);
      GPtrArray *list;

      if (finding->fix == NULL || (safe_only && !finding->safe) || finding->block >= n_blocks)
        continue;
      /* before any fix of the text, which the role's check compares */
      if (finding->role >= 0)
        {
          applied += apply_role (document, finding);
          continue;
        }

      list = g_hash_table_lookup (by_block, GUINT_TO_POINTER (finding->block));
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_block, GUINT_TO_POINTER (finding->block), list);
        }
      g_ptr_array_add (list, finding);
    }

  joins = g_new0 (FyLintJoin, n_blocks + 1);
  g_hash_table_iter_init (&iter, by_block);
  while (g_hash_table_iter_next (&iter, &key, &value))
    applied += apply_to_block (fy_document_get_block (document, GPOINTER_TO_UINT (key)), value,
                               &joins[GPOINTER_TO_UINT (key)]);

  /* From the end, so that the positions still hold. */
  for (guint i = n_blocks; i > 0; i--)
    {
      FyBlock *block = fy_document_get_block (document, i - 1);

      if (joins[i - 1] == FY_LINT_JOIN_DROP)
        fy_document_remove_block (document, i - 1);
      else if (joins[i - 1] == FY_LINT_JOIN_PREVIOUS && i >= 2)
        {
          FyBlock *previous = fy_document_get_block (document, i - 2);

          fy_block_begin_change (previous);
          for (guint r = 0; r < fy_block_get_n_runs (block); r++)
            {
              const FyRun *run = fy_block_get_run (block, r);

              fy_block_append_run (previous, run->kind, run->text);
            }
          fy_block_end_change (previous);
          fy_document_remove_block (document, i - 1);
        }
    }

  return applied;
}

/**
 * fy_lint_apply_fix:
 * @document: the document the finding was made on
 * @finding: a finding with a fix
 *
 * Applies one fix, safe or not (the user asked for it).  Nothing happens
 * if the text of the range changed since the document was checked.
 *
 * Returns: %TRUE if the fix was applied
 */
gboolean
fy_lint_apply_fix (FyDocument    *document,
                   FyLintFinding *finding)
{
  g_autoptr(GPtrArray) one = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (FY_IS_LINT_FINDING (finding), FALSE);

  if (finding->fix == NULL)
    return FALSE;

  one = g_ptr_array_new ();
  g_ptr_array_add (one, finding);

  return apply_to_document (document, one, FALSE) == 1;
}

/**
 * fy_lint_apply_fixes:
 * @document: the document the findings were made on
 * @findings: (element-type FyLintFinding): findings
 *
 * Applies the safe fixes among @findings (see fy_lint_finding_is_safe()),
 * skipping any whose text changed and any that overlaps one applied
 * before it.  A second fy_lint_document() may find more to fix (a
 * half-width comma next to a full-width one becomes a doubled comma):
 * fy_lint_fix_document() repeats until nothing is left.
 *
 * Returns: how many fixes were applied
 */
guint
fy_lint_apply_fixes (FyDocument *document,
                     GPtrArray  *findings)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (findings != NULL, 0);

  return apply_to_document (document, findings, TRUE);
}

/**
 * fy_lint_apply_fixes_to_text:
 * @text: the text fy_lint_text() checked
 * @length: its length in bytes, or -1 if nul-terminated
 * @findings: (element-type FyLintFinding): findings of fy_lint_text()
 * @safe_only: apply only safe fixes
 * @n_applied: (out) (optional): how many fixes were applied
 *
 * Returns: (transfer full): the fixed text, line breaks as they were
 */
char *
fy_lint_apply_fixes_to_text (const char *text,
                             gssize      length,
                             GPtrArray  *findings,
                             gboolean    safe_only,
                             guint      *n_applied)
{
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  GString *out;
  guint applied = 0;
  guint f = 0;
  gsize prev_terminator = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (findings != NULL, NULL);

  if (length < 0)
    length = strlen (text);

  lines = fy_lint_split_lines (text, length);
  /* A view of @findings, which keeps ownership. */
  sorted = g_ptr_array_sized_new (findings->len);
  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (findings, i));
  g_ptr_array_sort (sorted, fy_lint_finding_compare);
  out = g_string_sized_new (length + 16);

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
      g_autoptr(GPtrArray) chosen = NULL;
      g_autofree gunichar *chars = NULL;
      g_autofree char *line_text = NULL;
      glong n = 0;
      guint pos = 0;
      FyLintJoin join = FY_LINT_JOIN_NONE;

      for (; f < sorted->len && ((FyLintFinding *)g_ptr_array_index (sorted, f))->block < i; f++)
        ;
      for (; f < sorted->len && ((FyLintFinding *)g_ptr_array_index (sorted, f))->block == i; f++)
        {
          FyLintFinding *finding = g_ptr_array_index (sorted, f);

          if (finding->fix != NULL && (!safe_only || finding->safe))
            g_ptr_array_add (candidates, finding);
        }

      if (candidates->len == 0)
        {
          g_string_append_len (out, line->start, line->length);
          g_string_append_len (out, line->terminator, line->terminator_length);
          prev_terminator = line->terminator_length;
          continue;
        }

      line_text = g_strndup (line->start, line->length);
      chars = g_utf8_to_ucs4_fast (line_text, -1, &n);
      chosen = select_fixes (candidates, line_text, n);
      for (guint k = 0; k < chosen->len; k++)
        join = MAX (join, ((FyLintFinding *)g_ptr_array_index (chosen, k))->join);
      if (join == FY_LINT_JOIN_DROP)
        {
          applied++;
          prev_terminator = 0;
          continue;
        }
      if (join == FY_LINT_JOIN_PREVIOUS && i > 0 && out->len >= prev_terminator)
        g_string_truncate (out, out->len - prev_terminator);
      prev_terminator = line->terminator_length;
      for (guint k = 0; k < chosen->len; k++)
        {
          FyLintFinding *finding = g_ptr_array_index (chosen, k);
          g_autofree char *before = ucs4_dup (chars + pos, finding->start - pos);

          g_string_append (out, before);
          g_string_append (out, finding->fix);
          pos = finding->end;
          applied++;
        }

      {
        g_autofree char *rest = ucs4_dup (chars + pos, n - pos);

        g_string_append (out, rest);
      }
      g_string_append_len (out, line->terminator, line->terminator_length);
    }

  if (n_applied != NULL)
    *n_applied = applied;

  return g_string_free (out, FALSE);
}

/* Repeating settles fixes that uncover others; a few rounds suffice, the
 * limit only guards against two fixes undoing each other. */
#define MAX_FIX_ROUNDS 5

/**
 * fy_lint_fix_document:
 * @self: a #FyLint
 * @document: a document
 *
 * Checks and applies the safe fixes until none is left ("Fix all").
 *
 * Returns: how many fixes were applied
 */
guint
fy_lint_fix_document (FyLint     *self,
                      FyDocument *document)
{
  guint total = 0;

  g_return_val_if_fail (FY_IS_LINT (self), 0);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), 0);

  for (guint round = 0; round < MAX_FIX_ROUNDS; round++)
    {
      g_autoptr(GPtrArray) findings = fy_lint_document (self, document);
      guint applied = fy_lint_apply_fixes (document, findings);

      total += applied;
      if (applied == 0)
        break;
    }

  return total;
}

/**
 * fy_lint_fix_text:
 * @self: a #FyLint
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 if nul-terminated
 * @n_applied: (out) (optional): how many fixes were applied
 *
 * Applies the safe fixes until none is left.
 *
 * Returns: (transfer full) (nullable): the fixed text, or %NULL if @text
 *   is not valid UTF-8
 */
char *
fy_lint_fix_text (FyLint     *self,
                  const char *text,
                  gssize      length,
                  guint      *n_applied)
{
  g_autofree char *current = NULL;
  guint total = 0;

  g_return_val_if_fail (FY_IS_LINT (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  if (!g_utf8_validate (text, length, NULL))
    return NULL;

  current = g_strndup (text, length);
  for (guint round = 0; round < MAX_FIX_ROUNDS; round++)
    {
      g_autoptr(GPtrArray) findings = fy_lint_text (self, current, -1);
      guint applied = 0;
      char *next = fy_lint_apply_fixes_to_text (current, -1, findings, TRUE, &applied);

      g_free (current);
      current = next;
      total += applied;
      if (applied == 0)
        break;
    }

  if (n_applied != NULL)
    *n_applied = total;

  return g_steal_pointer (&current);
}

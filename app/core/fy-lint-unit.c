/* fy-lint-unit.c — units of text the checks read, and the masks that protect URLs and fields
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <string.h>

#include "fy-block.h"
#include "fy-lint.h"
#include "fy-lint-private.h"

/* Units */

static void
field_span_clear (gpointer data)
{
  FieldSpan *span = data;

  g_clear_pointer (&span->name, g_free);
}

void
fy_lint_unit_init (Unit          *u,
                   FyLint        *lint,
                   GPtrArray     *findings,
                   SequenceState *sequence,
                   guint          block,
                   const char    *text,
                   gssize         length)
{
  glong n_chars = 0;

  memset (u, 0, sizeof *u);
  u->lint = lint;
  u->findings = findings;
  u->sequence = sequence;
  u->block = block;
  u->role = FY_BLOCK_ROLE_PARAGRAPH;
  u->text = text;
  u->context = length < 0 ? g_ref_string_new (text) : g_ref_string_new_len (text, length);
  u->chars = g_utf8_to_ucs4_fast (text, length, &n_chars);
  u->n = n_chars;
  u->mask = g_new0 (guint8, u->n + 1);
  u->consumed = g_new0 (guint8, u->n + 1);
  u->norm = g_memdup2 (u->chars, (u->n + 1) * sizeof (gunichar));
  u->fields = g_array_new (FALSE, TRUE, sizeof (FieldSpan));
  u->guidance_end = -1;
  u->offer = -1;
  g_array_set_clear_func (u->fields, field_span_clear);
}

void
fy_lint_unit_clear (Unit *u)
{
  g_clear_pointer (&u->context, g_ref_string_release);
  g_clear_pointer (&u->chars, g_free);
  g_clear_pointer (&u->mask, g_free);
  g_clear_pointer (&u->consumed, g_free);
  g_clear_pointer (&u->norm, g_free);
  g_clear_pointer (&u->fields, g_array_unref);
}

/* Internal API for the check files (fy-lint-private.h) */

/* Adds a finding on [start, end) of @u; takes @message. */
FyLintFinding *
fy_lint_unit_add (Unit           *u,
                  const char     *kind,
                  FyLintSeverity  severity,
                  gsize           start,
                  gsize           end,
                  const char     *fix,
                  gboolean        safe,
                  char           *message)
{
  FyLintFinding *finding;

  g_assert (start <= end && end <= u->n);

  finding = fy_lint_finding_new_full (kind, severity, u->block, u->offset + start, u->offset + end,
                                      fix, safe, message,
                         ucs4_dup (u->chars + start, end - start), u->context);
  g_ptr_array_add (u->findings, finding);

  return finding;
}

gboolean
fy_lint_char_is_han (gunichar c)
{
  return is_han (c);
}

gboolean
fy_lint_char_is_space (gunichar c)
{
  return is_ignorable (c);
}

gboolean
fy_lint_char_closes (gunichar c)
{
  return is_closing_mark (c);
}

char *
fy_lint_ucs4_dup (const gunichar *chars,
                  gsize           len)
{
  return ucs4_dup (chars, len);
}

gssize
fy_lint_unit_prev_visible (Unit  *u,
                           gssize i)
{
  for (i--; i >= 0; i--)
    if (!is_ignorable (u->chars[i]))
      return i;

  return -1;
}

gssize
fy_lint_unit_next_visible (Unit  *u,
                           gssize i)
{
  for (i++; i < (gssize)u->n; i++)
    if (!is_ignorable (u->chars[i]))
      return i;

  return -1;
}

gunichar
fy_lint_unit_char_at (Unit  *u,
                      gssize i)
{
  return i >= 0 && i < (gssize)u->n ? u->chars[i] : 0;
}

/* Whether the mark at [start, end) stands in Chinese text: its nearest
 * visible neighbour on either side is Chinese, or it ends a Latin word or
 * number that itself follows Chinese text at the end of the unit
 * ("访问example.com." → the full stop is Chinese).  Marks already found
 * to be Chinese count as Chinese (u->norm), so that a run of half-width
 * marks next to Chinese text is Chinese as a whole. */
gboolean
fy_lint_unit_in_chinese_context (Unit  *u,
                                 gsize  start,
                                 gsize  end)
{
  gssize left = fy_lint_unit_prev_visible (u, start);
  gssize right = fy_lint_unit_next_visible (u, (gssize)end - 1);
  gssize k;

  if ((left >= 0 && is_cjk (u->norm[left])) ||
      (right >= 0 && is_cjk (u->norm[right])))
    return TRUE;

  if (left >= 0 && right < 0 && is_ascii_graph (u->norm[left]))
    {
      for (k = left; k >= 0 && is_ascii_graph (u->norm[k]); k--)
        ;
      return k >= 0 && is_cjk (u->norm[k]);
    }

  if (right >= 0 && left < 0 && is_ascii_graph (u->norm[right]))
    {
      for (k = right; k < (gssize)u->n && is_ascii_graph (u->norm[k]); k++)
        ;
      return k < (gssize)u->n && is_cjk (u->norm[k]);
    }

  return FALSE;
}

gssize
fy_lint_unit_first_visible (Unit *u)
{
  return fy_lint_unit_next_visible (u, -1);
}

/* Protection: field references, URLs, e-mail addresses */

static void
mask_range (Unit  *u,
            gsize  start,
            gsize  end,
            guint8 value)
{
  for (gsize i = start; i < end && i < u->n; i++)
    u->mask[i] = value;
}

static void
add_field_span (Unit       *u,
                gsize       start,
                gsize       end,
                const char *name)
{
  FieldSpan span = { start, end, g_strdup (name) };

  g_array_append_val (u->fields, span);
  mask_range (u, start, end, MASK_FIELD);
}

/* Text mode: the `{{name}}` rule of fy_block_set_text(),
 * fy_text_next_field_ref().  Offsets are counted on from the last
 * reference, not from the line's start, so that a line of many
 * references is read in one pass (bench/lint-fields.c). */
void
fy_lint_unit_find_field_references (Unit *u)
{
  g_autofree char *text = ucs4_dup (u->chars, u->n);
  const char *p = text;
  const char *start, *end;
  glong offset = 0;
  char *name;

  while (fy_text_next_field_ref (p, &start, &end, &name))
    {
      glong at = offset + g_utf8_pointer_to_offset (p, start);

      offset = at + g_utf8_pointer_to_offset (start, end);
      add_field_span (u, at, offset, name);
      g_free (name);
      p = end;
    }
}

void
fy_lint_unit_find_block_fields (Unit                *u,
                                const FySourceBlock *block)
{
  gsize offset = 0;

  for (guint r = 0; r < fy_source_block_get_n_runs (block); r++)
    {
      const FyRun *run = fy_source_block_get_run (block, r);
      gsize len = g_utf8_strlen (run->text, -1);

      if (run->kind == FY_RUN_FIELD)
        {
          add_field_span (u, offset, offset + len + 4, run->text);
          len += 4;
        }
      else if (run->kind == FY_RUN_MARKUP)
        /* `](a.png)` is source, not text to proofread (as a URL is). */
        mask_range (u, offset, offset + len, MASK_URL);
      offset += len;
    }
}

static gboolean
is_url_char (gunichar c)
{
  return is_ascii_graph (c) && !is_one_of (c, "\"<>\\^`{|}");
}

static gboolean
match_ascii_ci (Unit       *u,
                gsize       i,
                const char *word)
{
  for (gsize k = 0; word[k] != '\0'; k++)
    {
      if (i + k >= u->n || u->chars[i + k] >= 0x80 ||
          g_ascii_tolower ((char)u->chars[i + k]) != word[k])
        return FALSE;
    }

  return TRUE;
}

void
fy_lint_unit_mask_urls (Unit *u)
{
  static const char * const starts[] = { "https://", "http://", "ftp://", "www.", NULL };

  for (gsize i = 0; i < u->n; i++)
    {
      gsize j;
      gboolean open_paren = FALSE;

      if (u->mask[i] != MASK_NONE || (i > 0 && is_ascii_alnum (u->chars[i - 1])))
        continue;

      for (guint s = 0; starts[s] != NULL; s++)
        {
          if (!match_ascii_ci (u, i, starts[s]))
            continue;

          for (j = i; j < u->n && is_url_char (u->chars[j]); j++)
            if (u->chars[j] == '(')
              open_paren = TRUE;

          /* Sentence punctuation after a URL belongs to the sentence. */
          while (j > i && (is_one_of (u->chars[j - 1], ".,;:!?'") ||
                           (u->chars[j - 1] == ')' && !open_paren)))
            j--;

          mask_range (u, i, j, MASK_URL);
          i = j;
          break;
        }
    }

  for (gsize i = 0; i < u->n; i++)
    {
      gsize left, right;
      gboolean dot = FALSE;

      if (u->chars[i] != '@' || u->mask[i] != MASK_NONE)
        continue;

      for (left = i; left > 0 && (is_ascii_alnum (u->chars[left - 1]) ||
                                  is_one_of (u->chars[left - 1], "._%+-")); left--)
        ;
      for (right = i + 1; right < u->n && (is_ascii_alnum (u->chars[right]) ||
                                           is_one_of (u->chars[right], ".-")); right++)
        ;
      /* a@b.cn. — the last full stop ends the sentence. */
      while (right > i + 1 && is_one_of (u->chars[right - 1], ".-"))
        right--;
      for (gsize k = i + 1; k < right; k++)
        dot |= u->chars[k] == '.';

      if (left < i && dot && right > i + 1)
        mask_range (u, left, right, MASK_URL);
    }
}

/* fy-lint-numbering.c — checks of heading numbers and numbered points in the text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-lint.h"
#include "fy-import-private.h"
#include "fy-lint-private.h"
#include "fy-numbering.h"

/* Reads 一 … 九十九 at @i; returns the number of characters, 0 if none. */
static gsize
read_chinese_numeral (Unit  *u,
                      gsize  i,
                      guint *value)
{
  guint total = 0, digit = 0;
  gsize k;

  for (k = i; k < u->n && k - i < 3; k++)
    {
      gunichar c = u->chars[k];

      if (c == 0x5341)   /* 十 */
        {
          total += (digit == 0 ? 1 : digit) * 10;
          digit = 0;
        }
      else if (chinese_digit_value (c) > 0 && digit == 0)
        digit = chinese_digit_value (c);
      else
        break;
    }

  *value = total + digit;
  return *value > 0 ? k - i : 0;
}

/* Reads a typed heading number (一、 （一） 1. （1）) at the start of the
 * unit into @level and @number, and its character range. */
static gboolean
read_heading_number (Unit  *u,
                     guint *level,
                     guint *number,
                     gsize *start,
                     gsize *end)
{
  const char *rest = NULL;
  gssize first = fy_lint_unit_first_visible (u);
  gsize k;

  if (first < 0)
    return FALSE;

  *start = first;
  if (fy_numbering_strip_prefix (u->text, level, number, &rest))
    {
      *end = g_utf8_pointer_to_offset (u->text, rest);
      while (*end > *start && is_space (u->chars[*end - 1]))
        (*end)--;
      return TRUE;
    }

  /* "4、460家" is item 4, even though a digit follows. */
  *number = 0;
  for (k = first; k < u->n && k - first < 3 && is_ascii_digit (u->chars[k]); k++)
    *number = *number * 10 + (u->chars[k] - '0');
  if (k == (gsize)first || k >= u->n || u->chars[k] != 0x3001 || *number == 0)
    return FALSE;

  *level = 3;
  *end = k + 1;
  return TRUE;
}

/* "三、" with the number @n in place of three: the writer's own style. */
static char *
renumber_prefix (const gunichar *chars,
                 gsize           len,
                 guint           n)
{
  GString *str = g_string_new (NULL);
  gboolean done = FALSE;

  for (gsize k = 0; k < len; k++)
    {
      if (!done && (is_ascii_digit (chars[k]) || is_chinese_numeral (chars[k])))
        {
          gboolean chinese = is_chinese_numeral (chars[k]);

          while (k + 1 < len && (chinese ? is_chinese_numeral (chars[k + 1]) : is_ascii_digit (chars[k + 1])))
            k++;
          if (chinese)
            {
              g_autofree char *numeral = fy_numbering_chinese_numeral (n);

              g_string_append (str, numeral);
            }
          else
            g_string_append_printf (str, "%u", n);
          done = TRUE;
        }
      else
        g_string_append_unichar (str, chars[k]);
    }

  return g_string_free (str, FALSE);
}

/* Whether the page-chunk check found a marker at @start of @u: a "2、"
 * the page break left is no list item out of sequence. */
static gboolean
is_chunk_marker (Unit  *u,
                 gsize  start)
{
  for (guint i = u->findings->len; i-- > 0;)
    {
      FyLintFinding *finding = g_ptr_array_index (u->findings, i);

      if (finding->block != u->block)
        break;
      if (g_strcmp0 (finding->kind, FY_LINT_KIND_PAGE_CHUNK_MARKER) == 0 && finding->start == start)
        return TRUE;
    }

  return FALSE;
}

/* A pasted attachment note, "附件：1．……", names its first item on its
 * own line: the lines after it go on with 2．, 3．  Returns whether @u is
 * such a note. */
static gboolean
count_attachment_note (Unit *u)
{
  const char *rest = fy_import_attachment_note_rest (u->text);
  guint level, number;

  if (rest == NULL)
    return FALSE;
  if (fy_numbering_strip_prefix (rest, &level, &number, NULL) && level <= FY_HEADING_MAX_LEVEL)
    {
      u->sequence->heading_last[level] = number;
      for (guint l = level + 1; l <= FY_HEADING_MAX_LEVEL; l++)
        u->sequence->heading_last[l] = 0;
    }
  return TRUE;
}

void
fy_lint_check_heading_numbering (Unit *u)
{
  SequenceState *seq = u->sequence;
  guint level = 0, number = 0, expected;
  gsize start = 0, end = 0;

  if (!u->text_mode && u->role != FY_BLOCK_ROLE_PARAGRAPH && u->role != FY_BLOCK_ROLE_HEADING)
    return;

  if (u->role == FY_BLOCK_ROLE_HEADING && !u->text_mode && u->source != NULL &&
      fy_source_get_numbering (u->source) == FY_NUMBERING_AUTO)
    {
      FyHeadingCounter counter;
      g_autofree char *engine = NULL;
      const char *rest = NULL;
      gssize first = fy_lint_unit_first_visible (u);

      /* The engine numbers this heading: count it as it does. */
      level = fy_source_block_get_level (fy_source_get_block (u->source, u->block));
      level = CLAMP (level, 1, FY_HEADING_MAX_LEVEL);
      counter.mode = FY_NUMBERING_AUTO;
      memcpy (counter.counters, seq->heading_last, sizeof counter.counters);
      engine = fy_heading_counter_next (&counter, level, u->text);
      memcpy (seq->heading_last, counter.counters, sizeof counter.counters);

      if (engine == NULL && read_heading_number (u, &level, &number, &start, &end))
        {
          /* Printed as written, instead of the engine's number. */
          g_autofree char *found = ucs4_dup (u->chars + start, end - start);
          gsize cut = end;

          while (cut < u->n && is_space (u->chars[cut]))
            cut++;
          unit_add (u, FY_LINT_KIND_TYPED_HEADING_NUMBER, FY_LINT_SEVERITY_WARNING, start, cut, "", FALSE,
                    g_strdup_printf (_("The number “%s” is typed by hand: it is printed as written and does not follow "
                                       "when headings move. Remove it to let Fayan number the heading."),
                                     found));
        }
      else if (engine != NULL && first >= 0 && fy_numbering_looks_numbered (u->text, &rest))
        {
          gsize cut = g_utf8_pointer_to_offset (u->text, rest);
          g_autofree char *found = NULL;

          end = cut;
          while (end > (gsize) first && is_space (u->chars[end - 1]))
            end--;
          found = ucs4_dup (u->chars + first, end - first);
          unit_add (u, FY_LINT_KIND_DOUBLE_HEADING_NUMBER, FY_LINT_SEVERITY_WARNING, first, cut, "", FALSE,
                    g_strdup_printf (_("This heading would show two numbers, “%1$s” from Fayan and its own “%2$s”. "
                                       "Remove the typed number, or set the document’s numbering to “as written”."),
                                     engine, found));
        }
      return;
    }

  if ((u->text_mode || u->role == FY_BLOCK_ROLE_PARAGRAPH) && count_attachment_note (u))
    return;
  if (!read_heading_number (u, &level, &number, &start, &end) || is_chunk_marker (u, start))
    return;

  expected = seq->heading_last[level] + 1;
  if (number != expected && number != 1)
    {
      g_autofree char *found = ucs4_dup (u->chars + start, end - start);
      g_autofree char *wanted = renumber_prefix (u->chars + start, end - start, expected);

      unit_add (u, FY_LINT_KIND_NUMBERING_SEQUENCE, FY_LINT_SEVERITY_WARNING, start, end, NULL, FALSE,
                expected == 1
                ? g_strdup_printf (_("The numbering starts at “%1$s”; the first item is “%2$s”."), found, wanted)
                : g_strdup_printf (_("“%1$s” is out of sequence: “%2$s” was expected here. Check for a missing or repeated item."),
                                   found, wanted));
    }

  seq->heading_last[level] = number;
  for (guint l = level + 1; l <= FY_HEADING_MAX_LEVEL; l++)
    seq->heading_last[l] = 0;
}

void
fy_lint_check_lead_numbering (Unit *u)
{
  SequenceState *seq = u->sequence;

  if (!u->text_mode && u->role != FY_BLOCK_ROLE_PARAGRAPH && u->role != FY_BLOCK_ROLE_HEADING)
    return;

  for (gsize i = 0; i < u->n; i++)
    {
      gssize before = fy_lint_unit_prev_visible (u, i);
      gboolean di = FALSE;
      guint value = 0, key;
      gsize len, k = i;
      gunichar suffix;

      if (u->mask[i] != MASK_NONE || is_ignorable (u->chars[i]))
        continue;
      if (before >= 0 && !is_sentence_mark (u->norm[before]))
        continue;

      if (u->chars[k] == 0x7B2C)   /* 第 */
        {
          di = TRUE;
          k++;
        }

      len = read_chinese_numeral (u, k, &value);
      if (len == 0)
        continue;
      k += len;
      suffix = fy_lint_unit_char_at (u, k);

      if (di && (suffix == 0xFF0C || suffix == 0x3001 || suffix == ',' || suffix == 0x662F))
        key = LEAD_DI;
      else if (!di && suffix == 0x662F)   /* 是 */
        key = LEAD_SHI;
      else if (!di && suffix == 0x8981)   /* 要 */
        key = LEAD_YAO;
      else
        continue;

      if (value != 1 && value != seq->lead_last[key] + 1)
        {
          gsize end = (key == LEAD_DI && suffix != 0x662F) ? k : k + 1;
          g_autofree char *found = ucs4_dup (u->chars + i, end - i);
          g_autofree char *numeral = fy_numbering_chinese_numeral (seq->lead_last[key] + 1);
          g_autofree char *wanted = NULL;

          if (key == LEAD_DI)
            wanted = g_strconcat ("第", numeral, NULL);
          else
            wanted = g_strconcat (numeral, key == LEAD_SHI ? "是" : "要", NULL);

          unit_add (u, FY_LINT_KIND_NUMBERING_SEQUENCE, FY_LINT_SEVERITY_WARNING, i, end, NULL, FALSE,
                    g_strdup_printf (_("“%1$s” is out of sequence: “%2$s” was expected here. Check for a missing or repeated point."),
                                     found, wanted));
        }

      seq->lead_last[key] = value;
      i = k;
    }
}

/* fy-lint-marks.c — checks of ellipses, dashes, doubled and unpaired marks
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-lint.h"
#include "fy-lint-private.h"

static gboolean
is_dot (gunichar c)
{
  return c == '.' || c == 0x3002 || c == 0xFF0E || c == 0x2026;
}

void
fy_lint_check_ellipses (Unit *u)
{
  const char *ellipsis = "……";

  for (gsize i = 0; i < u->n; i++)
    {
      g_autofree char *original = NULL;
      guint n_ascii = 0, n_stops = 0, n_other = 0, n_ellipsis = 0;
      gboolean flag = FALSE, safe = FALSE;
      gsize j;

      if (!is_dot (u->chars[i]) || u->mask[i] != MASK_NONE)
        continue;

      /* "…。": an ellipsis character and a full stop are two marks. */
      for (j = i; j < u->n && is_dot (u->chars[j]) && u->mask[j] == MASK_NONE &&
                  (u->chars[j] == 0x2026) == (u->chars[i] == 0x2026); j++)
        {
          switch (u->chars[j])
            {
            case '.':    n_ascii++; break;
            case 0x3002: n_stops++; break;
            case 0x2026: n_ellipsis++; break;
            default:     n_other++; break;
            }
        }

      if (n_ascii + n_stops + n_other == 0)
        {
          /* "……" is right; "…" alone or "………" is not. */
          flag = n_ellipsis == 1 || n_ellipsis == 3;
          safe = TRUE;
        }
      else if (n_ellipsis == 0)
        {
          guint len = j - i;

          if (len >= 3)
            {
              flag = n_ascii < len || fy_lint_unit_in_chinese_context (u, i, j);
              safe = TRUE;
            }
          else if (len == 2 && n_ascii == 2 && fy_lint_unit_in_chinese_context (u, i, j) &&
                   !(is_ascii_alnum (fy_lint_unit_char_at (u, i - 1)) && is_ascii_alnum (fy_lint_unit_char_at (u, j))))
            {
              /* ".." probably meant an ellipsis, but may be a typo. */
              flag = TRUE;
              safe = FALSE;
            }
        }
      else
        {
          flag = TRUE;
          safe = FALSE;
        }

      if (flag)
        {
          original = ucs4_dup (u->chars + i, j - i);
          unit_add (u, FY_LINT_KIND_ELLIPSIS, FY_LINT_SEVERITY_WARNING, i, j, ellipsis, safe,
                    g_strdup_printf (_("“%s” is not a Chinese ellipsis; write “……” (two ellipsis characters)."),
                                     original));
          memset (u->consumed + i, 1, j - i);
        }

      i = j - 1;
    }
}

/* Whether the one-em dash at @i stands between two dates or counts of a
 * range (3月8日—3月19日, 2026年12月31日—2027年1月1日, 第3期—5期): after a
 * unit that follows a number, before a number.  GB/T 15834 sets such a
 * range with the one-em dash (一字线), not the two-em dash of a break. */
static gboolean
closes_range_start (Unit  *u,
                    gsize  i,
                    gsize  j)
{
  gunichar unit = fy_lint_unit_char_at (u, i - 1);
  gunichar number = i >= 2 ? fy_lint_unit_char_at (u, i - 2) : 0;

  /* g_utf8_strchr() finds U+0000, what stands before a paragraph's start */
  return j == i + 1 && u->chars[i] == 0x2014 && g_unichar_isdigit (fy_lint_unit_char_at (u, j)) &&
         unit != 0 && g_utf8_strchr ("年月日时期号届次", -1, unit) != NULL &&
         (g_unichar_isdigit (number) || (number != 0 && g_utf8_strchr ("一二三四五六七八九十", -1, number) != NULL));
}

/* Whether the Han run that ends before @from (@step -1) or starts at
 * @from (@step 1) meets another single one-em dash with Han beyond it:
 * the run is an item of a chain. */
static gboolean
chain_goes_on (Unit  *u,
               gssize from,
               int    step)
{
  gssize k = from;

  /* fy_lint_unit_char_at() gives 0 outside the unit: what it finds is
   * inside, and so is its mask */
  while (is_han (fy_lint_unit_char_at (u, k)) && u->mask[k] == MASK_NONE)
    k += step;
  return k != from && fy_lint_unit_char_at (u, k) == 0x2014 && u->mask[k] == MASK_NONE &&
         is_han (fy_lint_unit_char_at (u, k + step));
}

/* Whether the one-em dash at @i joins the items of a chain
 * (县代表之家—乡镇代表联络站—村代表联络点): two or more single dashes
 * between runs of Han with nothing else between them.  GB/T 15834 sets
 * such a link with the connector (一字线); but a pair of dashes around
 * an insertion typed short (工作—特别是基层—要抓紧) looks the same, so
 * only the author can tell. */
static gboolean
joins_chain (Unit  *u,
             gsize  i)
{
  return is_han (fy_lint_unit_char_at (u, (gssize)i - 1)) && is_han (fy_lint_unit_char_at (u, (gssize)i + 1)) &&
         (chain_goes_on (u, (gssize)i - 1, -1) || chain_goes_on (u, (gssize)i + 1, 1));
}

/* Whether the chain the dash at @i joins is all a quotation holds
 * (按“网格—村—镇”三级流转): a name for a line of steps, which no
 * insertion between dashes is. */
static gboolean
chain_is_quoted (Unit  *u,
                 gsize  i)
{
  gssize first = (gssize)i, last = (gssize)i;

  while (is_han (fy_lint_unit_char_at (u, first - 1)) || fy_lint_unit_char_at (u, first - 1) == 0x2014)
    first--;
  while (is_han (fy_lint_unit_char_at (u, last + 1)) || fy_lint_unit_char_at (u, last + 1) == 0x2014)
    last++;
  return fy_lint_unit_char_at (u, first - 1) == 0x201C && fy_lint_unit_char_at (u, last + 1) == 0x201D;
}

void
fy_lint_check_dashes (Unit *u)
{
  for (gsize i = 0; i < u->n; i++)
    {
      g_autofree char *original = NULL;
      gunichar c = u->chars[i];
      gboolean flag = FALSE;
      gsize j, len;

      if ((c != '-' && c != 0x2014 && c != 0x2015 && c != 0xFF0D && c != 0x2500) ||
          u->mask[i] != MASK_NONE)
        continue;

      for (j = i; j < u->n && u->chars[j] == c && u->mask[j] == MASK_NONE; j++)
        ;
      len = j - i;

      /* 2023—2024, 1-3 and 3月8日—3月19日 are ranges, not dashes. */
      if ((is_ascii_alnum (fy_lint_unit_char_at (u, i - 1)) && is_ascii_alnum (fy_lint_unit_char_at (u, j))) ||
          closes_range_start (u, i, j))
        {
          i = j - 1;
          continue;
        }

      switch (c)
        {
        case '-':
          /* A line of hyphens is a separator, not a dash. */
          flag = len >= 2 && len <= 3 &&
                 (fy_lint_unit_first_visible (u) != (gssize)i || fy_lint_unit_next_visible (u, j - 1) >= 0);
          break;
        case 0x2014:
          flag = len == 1;
          break;
        case 0x2015:
          flag = len <= 2;
          break;
        default:
          flag = len == 2;
          break;
        }

      if (flag && len == 1 && c == 0x2014 && joins_chain (u, i))
        {
          if (!chain_is_quoted (u, i))
            unit_add (u, FY_LINT_KIND_DASH, FY_LINT_SEVERITY_INFO, i, j, "——", FALSE,
                      g_strdup (_("“—” joins the items of a chain: right as a connector (一字线); "
                                  "if it is a dash, the Chinese dash is “——” (two em dashes).")));
          memset (u->consumed + i, 1, j - i);
        }
      else if (flag && fy_lint_unit_in_chinese_context (u, i, j))
        {
          original = ucs4_dup (u->chars + i, j - i);
          unit_add (u, FY_LINT_KIND_DASH, FY_LINT_SEVERITY_WARNING, i, j, "——", TRUE,
                    g_strdup_printf (_("“%s” as a dash; the Chinese dash is “——” (two em dashes)."),
                                     original));
          memset (u->consumed + i, 1, j - i);
        }

      i = j - 1;
    }
}

void
fy_lint_check_doubled (Unit *u)
{
  for (gsize i = 0; i < u->n; i++)
    {
      g_autofree char *original = NULL;
      gboolean same = TRUE, only_emphasis = TRUE;
      gunichar c = u->norm[i];
      gsize j;

      if (!is_sentence_mark (c) || u->mask[i] != MASK_NONE ||
          (u->consumed[i] && u->chars[i] == c))
        continue;

      for (j = i; j < u->n && is_sentence_mark (u->norm[j]) && u->mask[j] == MASK_NONE &&
                  !(u->consumed[j] && u->chars[j] == u->norm[j]); j++)
        {
          same = same && u->norm[j] == c;
          only_emphasis = only_emphasis && (u->norm[j] == 0xFF01 || u->norm[j] == 0xFF1F);
        }

      if (j - i >= 2)
        {
          original = ucs4_dup (u->chars + i, j - i);

          if (same)
            {
              g_autofree char *fix = unichar_dup (c);
              gboolean emphasis = c == 0xFF01 || c == 0xFF1F;

              unit_add (u, FY_LINT_KIND_DOUBLED_PUNCTUATION, FY_LINT_SEVERITY_WARNING, i, j, fix, !emphasis,
                        g_strdup_printf (_("“%s”: the mark is repeated; write it once."), original));
            }
          else if (!only_emphasis)
            unit_add (u, FY_LINT_KIND_DOUBLED_PUNCTUATION, FY_LINT_SEVERITY_WARNING, i, j, NULL, FALSE,
                      g_strdup_printf (_("“%s”: two punctuation marks in a row; keep the one that is meant."),
                                       original));
        }

      i = j - 1;
    }
}

static gssize
bracket_index (gunichar c,
               gboolean opening)
{
  for (guint i = 0; i < G_N_ELEMENTS (bracket_pairs); i++)
    if (bracket_pairs[i][opening ? 0 : 1] == c)
      return i;

  return -1;
}

static char *
unpaired_message (gunichar mark,
                  gboolean opening)
{
  g_autofree char *str = unichar_dup (mark);

  return g_strdup_printf (opening
                          ? _("“%s” is opened but never closed in this paragraph; add the closing mark or remove this one.")
                          : _("“%s” closes nothing in this paragraph; add the opening mark or remove this one."),
                          str);
}

static void
add_unclosed (Unit           *u,
              const OpenMark *open)
{
  g_ptr_array_add (u->findings,
                   fy_lint_finding_new_full (FY_LINT_KIND_UNPAIRED_MARK, FY_LINT_SEVERITY_WARNING,
                                open->block, open->index, open->index + 1, NULL, FALSE,
                                unpaired_message (open->mark, TRUE),
                                unichar_dup (open->raw), open->context));
}

static void
open_mark_clear (gpointer data)
{
  OpenMark *open = data;

  g_clear_pointer (&open->context, g_ref_string_release);
}

void
fy_lint_sequence_init (SequenceState *sequence)
{
  memset (sequence, 0, sizeof *sequence);
  sequence->page_one_unit = -1;
  sequence->open_marks = g_array_new (FALSE, FALSE, sizeof (OpenMark));
  g_array_set_clear_func (sequence->open_marks, open_mark_clear);
}

void
fy_lint_sequence_clear (SequenceState *sequence)
{
  g_clear_pointer (&sequence->open_marks, g_array_unref);
}

void
fy_lint_check_pairs (Unit *u)
{
  GArray *stack = u->sequence->open_marks;

  /* Marks left open by a line that did not run on into this one. */
  if (!u->continued)
    {
      for (guint m = 0; m < stack->len; m++)
        add_unclosed (u, &g_array_index (stack, OpenMark, m));
      g_array_set_size (stack, 0);
    }
  /* a 《 or “ that a wrapped line leaves open is closed on this one
   * (fy_lint_check_title_marks() reads the name inside as marked) */
  for (guint m = 0; m < stack->len; m++)
    {
      u->titles_open += g_array_index (stack, OpenMark, m).mark == 0x300A;
      u->quotes_open += g_array_index (stack, OpenMark, m).mark == 0x201C;
    }

  for (gsize i = 0; i < u->n; i++)
    {
      gunichar c = u->norm[i];
      gssize pair;
      gssize k;

      if (u->mask[i] != MASK_NONE)
        continue;

      if (bracket_index (c, TRUE) >= 0)
        {
          OpenMark open = { u->block, u->offset + i, c, u->chars[i], g_ref_string_acquire (u->context) };

          g_array_append_val (stack, open);
          continue;
        }

      pair = bracket_index (c, FALSE);
      if (pair < 0)
        continue;

      /* it’s: an apostrophe in a Latin word */
      if (c == 0x2019 && g_unichar_isalpha (fy_lint_unit_char_at (u, (gssize)i - 1)) &&
          fy_lint_unit_char_at (u, (gssize)i - 1) < 0x80 && is_ascii_alnum (fy_lint_unit_char_at (u, i + 1)))
        continue;

      for (k = (gssize)stack->len - 1; k >= 0; k--)
        if (bracket_index (g_array_index (stack, OpenMark, k).mark, TRUE) == pair)
          break;

      if (k < 0)
        {
          unit_add (u, FY_LINT_KIND_UNPAIRED_MARK, FY_LINT_SEVERITY_WARNING, i, i + 1, NULL, FALSE,
                    unpaired_message (c, FALSE));
          continue;
        }

      for (guint m = k + 1; m < stack->len; m++)
        add_unclosed (u, &g_array_index (stack, OpenMark, m));
      g_array_set_size (stack, k);
    }

  if (!u->continues)
    {
      for (guint m = 0; m < stack->len; m++)
        add_unclosed (u, &g_array_index (stack, OpenMark, m));
      g_array_set_size (stack, 0);
    }
}

/* A short quotation in a sentence that talks about writing shows a form
 * on purpose, the wrong one often: 不要写成“。。。”, 如“２０２５年”应写作
 * “2025年”, “甲,乙”是错误写法. */
#define EXAMPLE_MAX_CHARS 12

static const char * const example_cues[] = {
  "写成", "写作", "写为", "误写", "错写", "错误", "不规范", "不正确", "不要", "不得", "不能",
  "不宜", "避免", "应为", "应写", "改为", "而非", "而不是", "误用",
};

static gboolean
is_open_quote (gunichar c)
{
  return c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E || c == '"';
}

static gboolean
is_close_quote (gunichar c)
{
  return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == '"';
}

/* Whether [start, end) of @u lies inside a quotation of a few characters. */
static gboolean
in_short_quote (Unit  *u,
                gsize  start,
                gsize  end)
{
  gssize open = -1;
  gsize close = end;

  for (gssize k = (gssize) start - 1; k >= 0 && (gssize) start - k <= EXAMPLE_MAX_CHARS; k--)
    {
      if (is_close_quote (u->chars[k]) && u->chars[k] != '"')
        return FALSE;
      if (is_open_quote (u->chars[k]))
        {
          open = k;
          break;
        }
    }
  if (open < 0)
    return FALSE;
  while (close < u->n && close - open <= EXAMPLE_MAX_CHARS + 1 && !is_close_quote (u->chars[close]))
    close++;

  return close < u->n && is_close_quote (u->chars[close]) && close - open <= EXAMPLE_MAX_CHARS + 1;
}

/**
 * fy_lint_spare_examples:
 * @u: a unit
 * @first: the first of @u's findings
 *
 * A width, ellipsis, dash or doubled-mark finding inside a short
 * quotation of a sentence about how to write (写成, 错误, 应为 …) stays a
 * finding but its fix is no longer safe: `lint --fix` does not "correct"
 * an example shown on purpose.
 */
void
fy_lint_spare_examples (Unit  *u,
                        guint  first)
{
  gboolean cue = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (example_cues) && !cue; i++)
    cue = strstr (u->text, example_cues[i]) != NULL;
  if (!cue)
    return;

  for (guint i = first; i < u->findings->len; i++)
    {
      FyLintFinding *f = g_ptr_array_index (u->findings, i);
      static const char * const kinds[] = {
        FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, FY_LINT_KIND_FULL_WIDTH_ALPHANUMERIC,
        FY_LINT_KIND_ELLIPSIS, FY_LINT_KIND_DASH, FY_LINT_KIND_DOUBLED_PUNCTUATION, NULL
      };

      if (!f->safe || f->block != u->block || f->start < u->offset ||
          !g_strv_contains (kinds, f->kind))
        continue;
      if (in_short_quote (u, f->start - u->offset, f->end - u->offset))
        f->safe = FALSE;
    }
}

/* fy-linebreak-position.c — positioning a line: trim, compression, justification, placement
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-linebreak"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fy-linebreak.h"
#include "fy-linebreak-private.h"

/* Places the glyph of cluster k inside its (possibly trimmed) cell. */
static void
place_glyph (FyCluster *cl,
             double     trim_left,
             double     trim_right)
{
  gboolean narrow = cl->advance < 0.7 * cl->em;

  cl->compressed += trim_left + trim_right;
  switch (cl->klass)
    {
    case FY_CLASS_OPEN:
      if (narrow)
        cl->draw_x = cl->x + cl->width - cl->advance;
      else
        cl->draw_x = cl->x - (cl->base < cl->cell ? cl->cell / 2 : 0) - trim_left + (cl->cell - cl->advance) / 2;
      break;
    case FY_CLASS_CLOSE:
    case FY_CLASS_COMMA:
    case FY_CLASS_STOP:
      if (narrow)
        cl->draw_x = cl->x;
      else if (cl->width <= cl->cell / 2 + 1e-6 && cl->cell > cl->advance)
        /* halved in a cell wider than its glyph (the reading preset's
         * spacing): the mark keeps to the character before it, the
         * spacing comes after it (刚才，|县委, not 刚才|，县委) */
        cl->draw_x = cl->x - (cl->cell - cl->advance) / 2;
      else
        cl->draw_x = cl->x + (cl->cell - cl->advance) / 2;
      break;
    case FY_CLASS_MIDDLE:
      if (narrow)
        cl->draw_x = cl->x + (cl->width - cl->advance) / 2;
      else
        cl->draw_x = cl->x - trim_left + (cl->cell - cl->advance) / 2;
      break;
    case FY_CLASS_HAN:
    case FY_CLASS_IDEO_SPACE:
    case FY_CLASS_DASH:
    case FY_CLASS_ELLIPSIS:
    case FY_CLASS_CONNECTOR:
      cl->draw_x = cl->x + (cl->width - cl->advance) / 2;
      break;
    default:
      cl->draw_x = cl->x;
      break;
    }
}


/* Phase 1, trim: natural widths, the fixed trims of adjacent pairs and of
 * a line-start bracket.  Returns the line's natural width. */
double
fy_linebreak_phase_trim (FyLineState       *s,
                         const FyBreakLine *line)
{
  FyCluster *c = s->c;
  double total = 0;

  for (guint k = s->first; k < s->end; k++)
    {
      guint i = k - s->first;

      s->w[i] = c[k].base;
      if (k > s->first && c[k].pair_left > 0)
        s->tl[i] = c[k].pair_left;
      if (k == s->first && line->trim_start)
        s->tl[i] = c[k].cell / 2;
      if (k + 1 < s->end && c[k].pair_right > 0)
        s->tr[i] = c[k].pair_right;
      s->w[i] -= s->tl[i] + s->tr[i];
      s->gap[i] = k > s->first ? c[k].glue : 0;
      total += s->w[i] + s->gap[i];
    }
  return total;
}

/* Word spaces shrink towards 1/4 em, all alike.  Returns what is still
 * needed. */
static double
shrink_spaces (FyLineState *s,
               double       need)
{
  double cap = 0, f;
  int klass;

  for (guint k = s->first; k < s->end; k++)
    if (s->c[k].klass == FY_CLASS_SPACE)
      cap += shrinkable (&s->c[k], &klass);
  if (cap <= 0 || need <= EPS)
    return need;
  f = MIN (1.0, need / cap);
  for (guint k = s->first; k < s->end; k++)
    if (s->c[k].klass == FY_CLASS_SPACE)
      s->w[k - s->first] -= f * shrinkable (&s->c[k], &klass);
  return need - f * cap;
}

/* What the Han–Latin gap before cluster k can still give while it keeps
 * glue × (1 − GLUE_FLEX × (1 − @floor)). */
static double
glue_give (const FyLineState *s,
           guint              k,
           double             floor)
{
  double gap = s->gap[k - s->first];

  return gap > 0 ? MAX (0, gap - s->c[k].glue * (1 - GLUE_FLEX * (1 - floor))) : 0;
}

/* Han–Latin gaps give up their small flex, all alike, down to @floor
 * of it (glue_give()). */
static double
shrink_glue_to (FyLineState *s,
                double       need,
                double       floor)
{
  double cap = 0, f;

  for (guint k = s->first + 1; k < s->end; k++)
    cap += glue_give (s, k, floor);
  if (cap <= 0 || need <= EPS)
    return need;
  f = MIN (1.0, need / cap);
  for (guint k = s->first + 1; k < s->end; k++)
    s->gap[k - s->first] -= f * glue_give (s, k, floor);
  return need - f * cap;
}

static double
shrink_glue (FyLineState *s,
             double       need)
{
  return shrink_glue_to (s, need, 0);
}

/* Phase 2, compression in the clreq order (compress presets): the
 * line-end mark to its ink half, then each class of marks alike. */
double
fy_linebreak_phase_compress_clreq (FyLineState *s,
                                   double       need)
{
  FyCluster *c = s->c;
  guint lastk = s->end - 1;

  /* 1. the mark that ends the line keeps only its ink half */
  if (s->end > s->first && is_closing (&c[lastk]) && c[lastk].compressed == 0 &&
      s->tr[lastk - s->first] == 0)
    {
      double t = MIN (need, c[lastk].cell / 2);

      s->tr[lastk - s->first] += t;
      s->w[lastk - s->first] -= t;
      need -= t;
    }

  /* 2–7. the clreq order */
  for (int klass = 0; klass < N_SHRINK && need > EPS; klass++)
    {
      double cap = 0, f;

      if (klass == SHRINK_GLUE)
        {
          need = shrink_glue (s, need);
          continue;
        }
      for (guint k = s->first; k < s->end; k++)
        {
          int kk;
          double sh = shrinkable (&c[k], &kk);

          if (kk == klass && s->tl[k - s->first] == 0 && s->tr[k - s->first] == 0)
            cap += sh;
        }
      if (cap <= 0)
        continue;
      f = MIN (1.0, need / cap);
      for (guint k = s->first; k < s->end; k++)
        {
          int kk;
          double sh = shrinkable (&c[k], &kk);
          guint i = k - s->first;

          if (kk != klass || s->tl[i] != 0 || s->tr[i] != 0 || sh <= 0)
            continue;
          sh *= f;
          if (c[k].klass == FY_CLASS_OPEN)
            s->tl[i] = sh;
          else if (c[k].klass == FY_CLASS_MIDDLE)
            s->tl[i] = s->tr[i] = sh / 2;
          else
            s->tr[i] = sh;
          s->w[i] -= sh;
        }
      need -= f * cap;
    }
  return need;
}

/* Trims up to half a cell off mark k (the blank side).  Returns it. */
static double
squeeze_mark (FyLineState *s,
              guint        k,
              double       need)
{
  FyCluster *cl = &s->c[k];
  guint i = k - s->first;
  double t;

  if (!is_mark (cl->klass) || cl->compressed > 0 || s->tl[i] > 0 || s->tr[i] > 0 || need <= EPS)
    return 0;
  t = MIN (need, mark_half (cl));
  if (cl->klass == FY_CLASS_OPEN)
    s->tl[i] = t;
  else if (cl->klass == FY_CLASS_MIDDLE)
    s->tl[i] = s->tr[i] = t / 2;
  else
    s->tr[i] = t;
  s->w[i] -= t;
  return t;
}

/* Squeezes marks from cluster @from on by halves in the clreq order —
 * the line-end mark, adjacent pairs, brackets, ，、；：, 。？！ — each
 * class from the line's end.  Returns what is still needed. */
static double
squeeze_marks_from (FyLineState *s,
                    guint        from,
                    double       need)
{
  static const FyCharClass order[][2] = {
    { FY_CLASS_OPEN, FY_CLASS_CLOSE },
    { FY_CLASS_MIDDLE, FY_CLASS_MIDDLE },
    { FY_CLASS_COMMA, FY_CLASS_COMMA },
    { FY_CLASS_STOP, FY_CLASS_STOP },
  };
  FyCluster *c = s->c;

  if (need > EPS && s->end > from && is_closing (&c[s->end - 1]))
    need -= squeeze_mark (s, s->end - 1, need);
  for (guint k = s->end - 1; k > from && need > EPS; k--)
    {
      if (!is_mark (c[k - 1].klass) || !is_mark (c[k].klass))
        continue;
      if (is_closing (&c[k - 1]) || c[k].klass != FY_CLASS_OPEN)
        need -= squeeze_mark (s, k - 1, need);
      else
        need -= squeeze_mark (s, k, need);
    }
  for (guint o = 0; o < G_N_ELEMENTS (order) && need > EPS; o++)
    for (guint k = s->end; k > from && need > EPS; k--)
      if (c[k - 1].klass == order[o][0] || c[k - 1].klass == order[o][1])
        need -= squeeze_mark (s, k - 1, need);
  return need;
}

/*
 * Phase 2, compression on the grid (全角式): only a line that took in a
 * mark which may not start the next one (or, with Latin, the unit that
 * fills it, or the character its Latin gaps make room for) is too long.
 * Word spaces shrink first; on a line with Latin letters or digits then
 * the Han–Latin gaps by half their flex, the marks after its first Latin
 * run and the rest of the gaps' flex, so that the Han characters before
 * it stay on their columns; the marks before it last.  Marks lose whole
 * halves in the clreq order, each class from the line's end.
 */
double
fy_linebreak_phase_compress_grid (FyLineState *s,
                                  double       need)
{
  guint from = first_off_cells (s->c, s->first, s->end);

  need = shrink_spaces (s, need);
  if (from < s->end)
    {
      need = shrink_glue_to (s, need, 0.5);
      need = squeeze_marks_from (s, from, need);
      need = shrink_glue (s, need);
    }
  need = squeeze_marks_from (s, s->first, need);
  return shrink_glue (s, need);
}

/* The gap before cluster k takes an equal share of the stretch: not
 * inside a unit, nor inside a Latin run (a URL's break points), nor a
 * Han–Latin gap or one next to a word space (those have their own). */
static gboolean
stretchable_gap (const FyCluster *c,
                 guint            k,
                 gboolean         in_latin)
{
  return !c[k].in_unit && c[k].glue == 0 &&
         c[k].klass != FY_CLASS_SPACE && c[k - 1].klass != FY_CLASS_SPACE &&
         (in_latin || !(c[k].klass == FY_CLASS_LATIN && c[k - 1].klass == FY_CLASS_LATIN));
}

/* The most the gap before cluster k may be stretched: a quarter em, an
 * eighth at a break point inside a Latin run (a URL's). */
static double
gap_cap (const FyCluster *c,
         guint            k)
{
  gboolean inside = c[k].klass == FY_CLASS_LATIN && c[k - 1].klass == FY_CLASS_LATIN;

  return c[k].em * STRETCH_CAP / (inside ? 2 : 1);
}

/* Shares @left among the stretchable gaps from cluster @from on, adding
 * to @gap: equally, but a gap that reaches its cap keeps it and the
 * others share the rest.  Returns whether the caps take all of @left. */
static gboolean
share_gaps (const FyLineState *s,
            guint              from,
            double            *gap,
            double             left,
            gboolean           in_latin)
{
  g_autofree double *room = g_new0 (double, s->end - s->first);
  guint open = 0;

  for (guint k = from; k < s->end; k++)
    if (stretchable_gap (s->c, k, in_latin))
      {
        room[k - s->first] = gap_cap (s->c, k);
        open++;
      }
  while (left > EPS && open > 0)
    {
      double each = left / open;
      guint took = open;

      for (guint k = from; k < s->end; k++)
        if (room[k - s->first] > 0)
          each = MIN (each, room[k - s->first]);
      for (guint k = from; k < s->end; k++)
        {
          guint i = k - s->first;

          if (room[i] <= 0)
            continue;
          gap[i] += each;
          room[i] -= each;
          if (room[i] <= 1e-9)
            {
              room[i] = 0;
              open--;
            }
        }
      left -= each * took;
    }
  return left <= EPS;
}

/* Stretches the gaps from cluster @from on: word spaces to 1/2 em,
 * Han–Latin gaps by their flex, then every other gap between clusters
 * (not inside a word, a digit run or ——) alike, at most 1/4 em each;
 * with @in_latin also the break points inside a URL or an over-long run,
 * at most 1/8 em each (share_gaps()).  Returns FALSE, changing nothing,
 * when that cannot fill @slack. */
static gboolean
stretch_from (FyLineState *s,
              guint        from,
              double       slack,
              gboolean     in_latin)
{
  FyCluster *c = s->c;
  guint m = s->end - s->first;
  g_autofree double *w = g_memdup2 (s->w, m * sizeof (double));
  g_autofree double *gap = g_memdup2 (s->gap, m * sizeof (double));
  double left = slack;

  for (int pass = 0; pass < 2 && left > EPS; pass++)
    {
      double cap = 0, f;

      for (guint k = from; k < s->end; k++)
        {
          guint i = k - s->first;

          if (pass == 0 && c[k].klass == FY_CLASS_SPACE && !c[k].gap_space)
            cap += MAX (0, c[k].em / 2 - w[i]);
          else if (pass == 1 && gap[i] > 0)
            cap += MAX (0, c[k].glue * (1 + GLUE_FLEX) - gap[i]);
        }
      if (cap <= 0)
        continue;
      f = MIN (1.0, left / cap);
      for (guint k = from; k < s->end; k++)
        {
          guint i = k - s->first;

          if (pass == 0 && c[k].klass == FY_CLASS_SPACE && !c[k].gap_space)
            w[i] += f * MAX (0, c[k].em / 2 - w[i]);
          else if (pass == 1 && gap[i] > 0)
            gap[i] += f * MAX (0, c[k].glue * (1 + GLUE_FLEX) - gap[i]);
        }
      left -= f * cap;
    }

  if (left > EPS && !share_gaps (s, from, gap, left, in_latin))
    return FALSE;

  memcpy (s->w, w, m * sizeof (double));
  memcpy (s->gap, gap, m * sizeof (double));
  return TRUE;
}

/*
 * Phase 3, justification.  On the grid the Han characters before the
 * first Latin letter or digit keep their columns (issue #12 item 2), so
 * only the gaps from there on stretch, never those before it; a line with
 * no Latin letter or digit does not stretch at all.  A line that cannot
 * be filled within the caps is set flush left, never letter-spaced.
 * Returns the slack left (0 when justified).
 */
double
fy_linebreak_phase_justify (FyLineState *s,
                            double       slack,
                            gboolean     grid)
{
  guint from = s->first + 1;

  if (s->end <= s->first + 1)
    return slack;
  if (grid)
    {
      guint k = first_off_cells (s->c, s->first, s->end);

      /* Han characters and marks alone keep their columns: a line pushed
       * out for kinsoku ends short of the measure. */
      if (k == s->end)
        return slack;
      from = MAX (from, k);
    }
  if (stretch_from (s, from, slack, FALSE))
    return 0;
  if (stretch_from (s, from, slack, TRUE))
    return 0;
  return slack;
}

/* Sets @s up for @line (its arrays zeroed, one entry per cluster) and
 * trims it.  Returns the slack, what the measure leaves after the line's
 * natural width (negative when the line is too long); *lead is the inset
 * at its start.  With @centred, a full-width space at the end takes no
 * room either: the space between a title's two clauses (坚持……　推进……)
 * that the line breaks at is a gap between them, not part of the first
 * line to centre. */
static double
line_setup (FyLineState       *s,
            FyCluster         *c,
            const FyBreakLine *line,
            gboolean           centred,
            double            *lead)
{
  guint end = line->last;
  double avail = line->avail + line->hang;
  double total;

  while (end > line->first &&
         (c[end - 1].klass == FY_CLASS_SPACE || c[end - 1].klass == FY_CLASS_NEWLINE ||
          (centred && c[end - 1].klass == FY_CLASS_IDEO_SPACE)))
    end--;
  s->c = c;
  s->first = line->first;
  s->end = end;
  s->last = line->last;
  total = fy_linebreak_phase_trim (s, line);
  *lead = 0;
  if (end > line->first)
    {
      *lead = edge_inset (&c[line->first]);
      avail -= *lead + edge_inset (&c[end - 1]);
    }
  return avail - total;
}

/* Whether compression moved a cluster before the first one off the
 * cells (the first Latin run) of the line in @s: trimmed it. */
static gboolean
columns_moved (const FyLineState *s)
{
  guint from = first_off_cells (s->c, s->first, s->end);

  for (guint k = s->first; k < from; k++)
    if (s->tl[k - s->first] > EPS || (s->tr[k - s->first] > EPS && k + 1 < from))
      return TRUE;
  return FALSE;
}

/*
 * What @line, justified, leaves unfilled: 0 when it is filled within the
 * stretch caps (or is too long and is compressed), otherwise the slack
 * it would be set flush left with — or, on the grid, end short with, as
 * a line of Han characters and marks alone does.  With @off_columns, on
 * the grid, also whether compressing the line (too long) moves a Han
 * character or mark before its first Latin run off its column, or cannot
 * make it fit.  Changes nothing; the line breaker asks before it settles
 * on a break.
 */
double
fy_linebreak_grid_slack (FyCluster         *c,
                         const FyBreakLine *line,
                         gboolean          *off_columns)
{
  guint m = line->last - line->first;
  double stack[4 * 64];
  g_autofree double *heap = NULL;
  double *buf = stack;
  FyLineState s;
  double lead, diff;

  if (off_columns != NULL)
    *off_columns = FALSE;
  if (m == 0)
    return 0;
  if (m > 64)
    buf = heap = g_new0 (double, 4 * m);
  else
    memset (stack, 0, 4 * m * sizeof (double));
  s.w = buf;
  s.tl = buf + m;
  s.tr = buf + 2 * m;
  s.gap = buf + 3 * m;
  diff = line_setup (&s, c, line, FALSE, &lead);
  if (s.end <= s.first)
    return 0;
  if (diff < -EPS)
    {
      if (off_columns != NULL && line->grid)
        *off_columns = fy_linebreak_phase_compress_grid (&s, -diff) > EPS || columns_moved (&s);
      return 0;
    }
  if (diff <= EPS)
    return 0;
  return fy_linebreak_phase_justify (&s, diff, line->grid);
}

double
fy_linebreak_slack_left (FyCluster         *c,
                         const FyBreakLine *line)
{
  return fy_linebreak_grid_slack (c, line, NULL);
}

/*
 * Sets x, width and draw_x of every cluster of @line: trim, compression
 * or justification, then placement.  Returns the width of the line's
 * content (after alignment, not counting the offset).
 */
double
fy_linebreak_position (FyCluster         *c,
                       const FyBreakLine *line,
                       FyAlign            align)
{
  guint first = line->first;
  guint last = line->last;
  g_autofree double *w = NULL;
  g_autofree double *tl = NULL;
  g_autofree double *tr = NULL;
  g_autofree double *gap = NULL;
  FyLineState s = { 0 };
  double diff, x, start;
  double lead;
  guint m;

  m = last - first;
  if (m == 0)
    return 0;

  w = g_new0 (double, m);
  tl = g_new0 (double, m);
  tr = g_new0 (double, m);
  gap = g_new0 (double, m);
  s.w = w;
  s.tl = tl;
  s.tr = tr;
  s.gap = gap;
  diff = line_setup (&s, c, line, align == FY_ALIGN_CENTER, &lead);

  if (diff < -EPS && s.end > first)
    diff = -(line->grid ? fy_linebreak_phase_compress_grid (&s, -diff) : fy_linebreak_phase_compress_clreq (&s, -diff));
  else if (diff > EPS && align == FY_ALIGN_JUSTIFY && !line->last_of_paragraph)
    diff = fy_linebreak_phase_justify (&s, diff, line->grid);

  x = line->x + lead;
  if (diff > EPS && !(align == FY_ALIGN_JUSTIFY && !line->last_of_paragraph))
    {
      if (align == FY_ALIGN_CENTER)
        x += diff / 2;
      else if (align == FY_ALIGN_RIGHT)
        x += diff;
    }

  start = x;
  for (guint k = first; k < last; k++)
    {
      guint i = k - first;

      x += gap[i];
      c[k].x = x;
      c[k].width = w[i];
      place_glyph (&c[k], tl[i], tr[i]);
      x += w[i];
    }

  /* —— and …… are one unit: on a cell wider than the glyph, join the
   * halves at the middle of the pair instead of leaving a gap. */
  for (guint k = first + 1; k < last; k++)
    {
      if ((c[k].klass == FY_CLASS_DASH || c[k].klass == FY_CLASS_ELLIPSIS) &&
          c[k].klass == c[k - 1].klass && c[k].in_unit &&
          c[k].advance < c[k].width && c[k].advance > 0.7 * c[k].em)
        {
          c[k - 1].draw_x = c[k - 1].x + c[k - 1].width - c[k - 1].advance;
          c[k].draw_x = c[k].x;
        }
    }

  return x - start;
}

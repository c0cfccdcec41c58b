/* fy-linebreak-private.h — what the line breaker's files share: constants, helpers, phases
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <math.h>

#include "fy-linebreak.h"

G_BEGIN_DECLS

#define EPS 0.01
#define MAX_TITLE_CANDIDATES 64
/* Lines measured by one balanced title search before it settles for the
 * best found so far (or first-fit): the search is exponential in the
 * number of lines, and a long title of many allowed breaks on a narrow
 * page (fuzz-layout) took seconds. */
#define MAX_TITLE_STEPS 50000

/* Han–Latin gaps are 1/4 em; justification and compression may move
 * them by this share of the gap (0.04 em), so they stay in 0.2–0.3 em. */
#define GLUE_FLEX 0.16
/* The most a gap may be stretched when a line is filled (spec §4). */
#define STRETCH_CAP 0.25

enum {
  SHRINK_SPACE,
  SHRINK_MIDDLE,
  SHRINK_BRACKET,
  SHRINK_COMMA,
  SHRINK_GLUE,
  SHRINK_STOP,
  N_SHRINK
};

static inline gboolean
is_mark (FyCharClass k)
{
  return k == FY_CLASS_OPEN || k == FY_CLASS_CLOSE || k == FY_CLASS_COMMA ||
         k == FY_CLASS_STOP || k == FY_CLASS_MIDDLE;
}

/* Marks whose blank half is on the right. */
static inline gboolean
is_closing (const FyCluster *c)
{
  return c->klass == FY_CLASS_CLOSE || c->klass == FY_CLASS_COMMA || c->klass == FY_CLASS_STOP;
}

static inline gboolean
is_sentence_end (gunichar ch)
{
  return ch == 0x3002 || ch == 0xFF1F || ch == 0xFF01 || ch == 0xFF0E;
}

/* How much a mark may lose at most: its blank half. */
static inline double
mark_half (const FyCluster *c)
{
  return is_mark (c->klass) ? c->cell / 2 : 0;
}

/* A Han character or a mark sits in the middle of its cell, so where a
 * cell is wider than the font size (the reading preset) its ink stops
 * short of the cell's edge.  A Latin word or digit run at a line edge
 * keeps the same distance from the edge, so that every line ends (and
 * starts) at the same place. */
static inline double
edge_inset (const FyCluster *c)
{
  if (c->klass != FY_CLASS_LATIN)
    return 0;
  return MAX (0, (c->cell - c->em) / 2);
}

static inline gboolean
kinsoku_ok (const FyCluster *c,
            guint            n,
            guint            k)
{
  if (k == 0 || k >= n)
    return TRUE;
  if (c[k].no_start || c[k - 1].no_end)
    return FALSE;
  return TRUE;
}

static inline gboolean
break_ok (const FyCluster *c,
          guint            n,
          guint            k)
{
  if (k == 0 || k >= n)
    return TRUE;
  if (!kinsoku_ok (c, n, k) || c[k].in_unit)
    return FALSE;
  /* A word space goes with the line it ends. */
  if (c[k].klass == FY_CLASS_SPACE)
    return FALSE;
  return TRUE;
}

/* Whether a line may end before cluster k if nothing else fills it: a
 * legal break, or one that splits a unit kept whole only by preference
 * (a number and its unit, "9|月", "37 |mm"). */
static inline gboolean
soft_break_ok (const FyCluster *c,
               guint            n,
               guint            k)
{
  return k == 0 || k >= n ||
         (kinsoku_ok (c, n, k) && (!c[k].in_unit || c[k].soft_unit) && c[k].klass != FY_CLASS_SPACE);
}

/* What a cluster could still give up when the line is too long. */
static inline double
shrinkable (const FyCluster *c,
            int             *klass)
{
  switch (c->klass)
    {
    case FY_CLASS_SPACE:
      *klass = SHRINK_SPACE;
      return MAX (0, c->advance - c->em / 4);
    case FY_CLASS_MIDDLE:
      *klass = SHRINK_MIDDLE;
      return c->compressed > 0 ? 0 : c->cell / 2;
    case FY_CLASS_OPEN:
    case FY_CLASS_CLOSE:
      *klass = SHRINK_BRACKET;
      return c->compressed > 0 ? 0 : c->cell / 2;
    case FY_CLASS_COMMA:
      *klass = SHRINK_COMMA;
      return c->compressed > 0 ? 0 : c->cell / 2;
    case FY_CLASS_STOP:
      *klass = SHRINK_STOP;
      return c->compressed > 0 ? 0 : c->cell / 2;
    default:
      *klass = -1;
      return 0;
    }
}

/* Natural width of cluster k on a line [first, last). */
static inline double
width_in_line (const FyCluster *c,
               guint            first,
               guint            last,
               guint            k)
{
  double w = c[k].base;

  if (k > first)
    w -= c[k].pair_left;
  if (k + 1 < last)
    w -= c[k].pair_right;
  return w;
}

/* The first cluster of [first, last) that does not take exactly one grid
 * cell (a Latin letter, digit, word space or half-width mark), or @last. */
static inline guint
first_off_cells (const FyCluster *c,
                 guint            first,
                 guint            last)
{
  for (guint k = first; k < last; k++)
    if (c[k].latin_alnum || c[k].klass == FY_CLASS_SPACE || fabs (c[k].base - c[k].cell) > EPS)
      return k;
  return last;
}

/* The working state of one line while it is positioned: per cluster
 * (index k - first) its width, what is trimmed off its left and right
 * side, and the gap before it. */
typedef struct
{
  FyCluster *c;
  guint      first;
  guint      end;      /* without trailing spaces and newlines */
  guint      last;
  double    *w;
  double    *tl;
  double    *tr;
  double    *gap;
} FyLineState;

/* The phases of fy_linebreak_position(), in the order it runs them
 * (fy-linebreak-position.c).  Each returns what it leaves undone: the
 * natural width for the trim, the overflow still to take up for the
 * compressions, the slack left for the justification (0 once justified). */
double fy_linebreak_phase_trim           (FyLineState       *s,
                                          const FyBreakLine *line);
double fy_linebreak_phase_compress_clreq (FyLineState       *s,
                                          double             need);
double fy_linebreak_phase_compress_grid  (FyLineState       *s,
                                          double             need);
double fy_linebreak_phase_justify        (FyLineState       *s,
                                          double             slack,
                                          gboolean           grid);

double fy_linebreak_slack_left           (FyCluster         *c,
                                          const FyBreakLine *line);
double fy_linebreak_grid_slack           (FyCluster         *c,
                                          const FyBreakLine *line,
                                          gboolean          *off_columns);

/* A layout of a title's lines: the cluster each line ends before, the
 * weight of the breaks' prices (the cost is @meaning × their sum), the
 * cost of the shape and of lines more than the fewest where the first
 * break is over STRONG_BREAK_PRICE, and what that cost is less where it
 * is not (fy_linebreak_balanced_each()). */
typedef void (*FyTitleLayoutFunc) (const guint *ends,
                                   guint        n_lines,
                                   double       meaning,
                                   double       shape,
                                   double       strong_first_less,
                                   gpointer     data);
gboolean fy_linebreak_balanced_each (FyCluster         *clusters,
                                     guint              n,
                                     const int         *penalty,
                                     double             avail,
                                     FyTitleLayoutFunc  func,
                                     gpointer           data);

G_END_DECLS

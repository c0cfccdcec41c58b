/* fy-linebreak-fit.c — choosing line breaks: first-fit, hanging, grid repair, titles
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
#include "fy-title-break.h"

/* A title line more than the fewest: as dear as a break seven points dearer. */
#define EXTRA_TITLE_LINE_COST 20.0
#define SHORT_LINE_COST 4.0
/* an organ's name or 关于 alone over a full line (桐川市数据局|关于……) */
#define FIRST_SHORT_COST 6.0
/* A break this cheap is a phrase's own edge (before 暨, 在……上|的讲话,
 * after a comma): a first line that ends on one may be under half the
 * second (在全市安全生产|暨森林防火工作……), though not under a third. */
#define STRONG_BREAK_PRICE 1
/* 的 and the kind alone under a nearly full line (……状况|的调研报告): a
 * 漏斗形, no 梯形.  Every labelled set accepts the break near the middle
 * where it is a phrase's (price 12 or less), so that one is taken. */
#define GENRE_SHORT_COST 16.0
#define GENRE_SHORT_RATIO 0.25
/* a middle line shorter than both its neighbours (沙漏形): no 梯形 or
 * 菱形, unless a subtitle's dash opens it or the line after it (its
 * block is shaped apart) */
#define HOURGLASS_COST 16.0
/* Three times a break's price is as dear as a cell of difference between
 * the lines, at the 20 cells of GB/T 9704's title line (22 pt).  On a
 * narrower measure (the reading preset's 14 cells) a title takes more
 * lines, and the shape costs, tuned at 20 cells, outweighed cuts through
 * a term (《……“十五五”|时期……》, 服务|保障体系) to save a line or keep
 * the lines even.  There meaning and the poor shapes (漏斗, 沙漏, a last
 * line under a third) weigh (20 / measure)^0.75 times as much: 1.28 at
 * 14 cells. */
#define MEANING_WEIGHT 3.0
#define MEANING_MEASURE 20.0
#define MEANING_MEASURE_EXPONENT 0.75
/* Lines fy_linebreak_balanced_each() measures before it gives up: a
 * long title on a narrow page has tens of thousands of layouts, which
 * the balancer prunes by cost and a listing cannot. */
#define MAX_LISTED_STEPS 5000

/* Whether the grid line [first, last), compressed to fit, keeps the Han
 * characters and marks before its first Latin run on their columns. */
static gboolean
keeps_columns (FyCluster         *c,
               guint              first,
               guint              last,
               const FyBreakLine *line)
{
  FyBreakLine t = *line;
  gboolean off = FALSE;

  t.first = first;
  t.last = last;
  t.grid = TRUE;
  t.last_of_paragraph = FALSE;
  fy_linebreak_grid_slack (c, &t, &off);
  return !off;
}

/*
 * The document grid (全角式, gbt9704): a line takes what fits at natural
 * width (word spaces may shrink, as in Latin text).  Where that break is
 * illegal because the next clusters may not start a line (a closing mark,
 * "。”"), a line of Han characters and marks alone breaks earlier
 * (push-out) and keeps its columns, its last cell left blank, as Word's
 * and WPS's character grid print it with hanging punctuation off.  A line
 * with Latin letters or digits, which is off the columns after its first
 * Latin run anyway, pulls the marks in if squeezing its marks by whole
 * halves can make room, and otherwise breaks earlier and is justified.  A
 * line that breaks legally is never squeezed to gain a character, so the
 * columns line up down the page.
 */
static guint
grid_break (FyCluster   *c,
            guint        n,
            guint        i,
            FyBreakLine *line,
            gboolean    *forced_out,
            guint       *natural_out)
{
  double nat = 0, shrink = 0, trail = 0;
  guint natural = 0, legal = 0, kinsoku_best = 0;
  guint j;

  *forced_out = FALSE;
  line->hang = 0;
  line->trim_start = FALSE;

  for (j = i; j < n; j++)
    {
      if (c[j].klass == FY_CLASS_NEWLINE)
        {
          *forced_out = TRUE;
          return j + 1;
        }
      nat += c[j].base + (j > i ? c[j].glue : 0);
      if (c[j].klass == FY_CLASS_SPACE)
        shrink += MAX (0, c[j].advance - c[j].em / 4);
      trail = c[j].klass == FY_CLASS_SPACE ? trail + c[j].base : 0;
      if (nat - trail - shrink + edge_inset (&c[i]) + edge_inset (&c[j]) > line->avail + EPS &&
          c[j].klass != FY_CLASS_SPACE)
        break;
      natural = j + 1;
      if (kinsoku_ok (c, n, j + 1))
        kinsoku_best = j + 1;
      if (break_ok (c, n, j + 1))
        legal = j + 1;
    }

  *natural_out = natural;
  if (natural == 0)
    return i + 1;
  if (legal == natural)
    return natural;

  /* Push-out first on a line of Han characters and marks alone: it
   * keeps every glyph on its column and leaves the line's last cell
   * blank (see fy_linebreak_phase_justify()), where squeezing a mark would move every
   * character after it off the grid. */
  if (legal > i && first_off_cells (c, i, legal) == legal)
    return legal;

  /* Push-in: the marks that may not start the next line, squeezed in —
   * where the line may break legally earlier, only if the Han characters
   * and marks before its first Latin run keep their columns (issue #12
   * item 2). */
  if (natural > i && natural < n && c[natural - 1].no_end == FALSE)
    {
      double width = 0, room = 0;

      for (guint k = i; k < natural; k++)
        {
          width += c[k].base + (k > i ? c[k].glue : 0);
          if (is_mark (c[k].klass) && c[k].compressed == 0)
            room += mark_half (&c[k]);
          else if (c[k].klass == FY_CLASS_SPACE)
            room += MAX (0, c[k].advance - c[k].em / 4);
        }
      for (guint end = natural + 1; end <= n && end <= natural + 2; end++)
        {
          const FyCluster *m = &c[end - 1];

          if (!m->no_start || m->in_unit || m->klass == FY_CLASS_NEWLINE)
            break;
          width += m->base + m->glue;
          if (is_mark (m->klass) && m->compressed == 0)
            room += mark_half (m);
          if (break_ok (c, n, end) &&
              width - room + edge_inset (&c[i]) <= line->avail + EPS &&
              (legal <= i || keeps_columns (c, i, end, line)))
            return end;
        }
    }

  /* Push-out: the last legal break, justified. */
  if (legal > i)
    return legal;
  if (kinsoku_best > i)
    return kinsoku_best;
  return natural;
}

/* What the justified line [i, end) leaves unfilled: the slack its gaps
 * cannot take within the stretch caps (it is set flush left), or, on the
 * grid, the blank cells that end a line of Han characters alone.  0 for
 * a paragraph's last line, which is not justified. */
static double
line_slack (FyCluster         *c,
            guint              n,
            guint              i,
            guint              end,
            const FyBreakLine *line,
            gboolean           grid)
{
  FyBreakLine t = *line;

  if (end >= n || end <= i || c[end - 1].klass == FY_CLASS_NEWLINE)
    return 0;
  t.first = i;
  t.last = end;
  t.grid = grid;
  t.last_of_paragraph = FALSE;
  return fy_linebreak_slack_left (c, &t);
}

/* On the grid, a line with Latin letters or digits that ends at the
 * first legal break after @natural, taken in by squeezing what may be
 * squeezed after its first Latin run (word spaces, Han–Latin gaps and,
 * with @marks, the marks there), so that the Han characters before it
 * keep their columns (see fy_linebreak_phase_compress_grid()).  Returns
 * its end, or 0. */
static guint
grid_tail_push_in (const FyCluster   *c,
                   guint              n,
                   guint              i,
                   guint              natural,
                   const FyBreakLine *line,
                   gboolean           marks)
{
  double width = 0;

  for (guint k = i; k < natural; k++)
    width += c[k].base + (k > i ? c[k].glue : 0);
  for (guint end = natural + 1; end <= n && end <= natural + 8; end++)
    {
      guint from, last = end;
      double room = 0, trail = 0;

      if (c[end - 1].klass == FY_CLASS_NEWLINE)
        break;
      width += c[end - 1].base + c[end - 1].glue;
      from = first_off_cells (c, i, end);
      if (!break_ok (c, n, end) || from == end)
        continue;
      while (last > i && c[last - 1].klass == FY_CLASS_SPACE)
        trail += c[--last].base;
      for (guint k = from; k < last; k++)
        {
          if (c[k].klass == FY_CLASS_SPACE)
            room += MAX (0, c[k].advance - c[k].em / 4);
          else if (marks && is_mark (c[k].klass) && c[k].compressed == 0)
            room += mark_half (&c[k]);
          /* without @marks, half the gaps' flex: a gap measured from
           * the ink stays clear of its tolerance's edge */
          if (k > i)
            room += c[k].glue * GLUE_FLEX / (marks ? 1 : 2);
        }
      if (last > i &&
          width - trail - room + edge_inset (&c[i]) + edge_inset (&c[last - 1]) <= line->avail + EPS)
        return end;
    }
  return 0;
}

/* Whether a grid line that would end @slack short before a number ends
 * at @end instead, cut from its unit, @left short: where the number
 * would leave two blank cells or more, which read as a paragraph's end,
 * and the cut line ends less than a cell short (……综合网格3126|个, not
 * ……综合网格 and three blank cells) — but a number that opens a sentence
 * or clause (……源远流长。|2019年) goes down whole after its mark. */
static gboolean
grid_cut_unit (const FyCluster *c,
               guint            i,
               guint            end,
               double           slack,
               double           left)
{
  guint start = end;

  while (start > i && c[start - 1].klass == FY_CLASS_LATIN)
    start--;
  return slack >= 2 * c[i].cell - EPS && left < c[i].cell - EPS && start > i &&
         c[start - 1].klass == FY_CLASS_HAN;
}

/*
 * Spec §4: a justified line whose gaps cannot take its slack within the
 * caps (@slack, more than EPS) is set flush left — but only when no other
 * break fills it.  Tried in order: on the grid, taking in what follows by
 * squeezing after the first Latin run (grid_tail_push_in()); then the
 * latest break that splits a unit kept whole only by preference (a number
 * and its unit, "2346|个"), if that line fills.  When none fills, off
 * the grid the line that is shortest of its measure by half a cell or
 * more, else @chosen.
 */
static guint
filling_break (FyCluster         *c,
               guint              n,
               guint              i,
               guint              chosen,
               double             slack,
               guint              natural,
               const FyBreakLine *line,
               gboolean           grid)
{
  guint tries = 0, best = chosen;
  double best_slack = slack - c[i].cell / 2;

  if (grid)
    {
      guint end = grid_tail_push_in (c, n, i, MAX (natural, chosen), line, TRUE);

      if (end > 0)
        return end;
    }
  for (guint end = MAX (natural, chosen); end > i + 1 && tries < 64; end--, tries++)
    if (!break_ok (c, n, end) && soft_break_ok (c, n, end) &&
        !(grid && first_off_cells (c, i, end) == end))
      {
        double left = line_slack (c, n, i, end, line, grid);

        if (left <= EPS)
          return end;
        /* on the grid, a number is not cut from its unit for a line that
         * still ends short (……服务中心5|个、): the line of Han before it
         * ends short on its cells, the number goes down whole, unless
         * that leaves two blank cells (grid_cut_unit()) */
        if (left < best_slack && (!grid || grid_cut_unit (c, i, end, slack, left)))
          {
            best = end;
            best_slack = left;
          }
      }
  return best;
}

/* The grid's break (grid_break()), unless that line would be set flush
 * left, or end short of the measure before a Latin word or number that
 * does not fit, where another break fills it (filling_break()).  A line
 * of Han characters alone pushed out for kinsoku stays as it is, unless
 * a number or a Latin word went down with the mark: then the line takes
 * them in, squeezed after its first Latin run (……线路 34条，), rather
 * than end cells short (grid_tail_push_in()). */
static guint
fit_line_grid (FyCluster   *c,
               guint        n,
               guint        i,
               FyBreakLine *line,
               gboolean     justify,
               gboolean    *forced_out)
{
  guint natural = 0;
  guint end = grid_break (c, n, i, line, forced_out, &natural);
  double slack;

  if (*forced_out || !justify)
    return end;
  if (first_off_cells (c, i, end) == end && end != natural && !kinsoku_ok (c, n, natural))
    {
      guint tail = 0;

      if (first_off_cells (c, i, natural) < natural)
        tail = grid_tail_push_in (c, n, i, natural, line, TRUE);
      return tail > 0 ? tail : end;
    }
  slack = line_slack (c, n, i, end, line, TRUE);
  if (slack <= EPS)
    {
      /* a line with Latin or digits that fills only by spreading the
       * characters after them (……投资145亿元，同比) takes in what follows
       * when its word spaces and Han–Latin gaps can give the room
       * (……同比增), the gaps still ¼ em within their tolerance; its marks
       * keep their cells, for the line breaks legally without that */
      guint tail = first_off_cells (c, i, end) < end ? grid_tail_push_in (c, n, i, end, line, FALSE) : 0;

      return tail > 0 ? tail : end;
    }
  return filling_break (c, n, i, end, slack, natural, line, TRUE);
}

/* Fills one line from cluster @i: the longest that fits with push-in
 * and breaks legally.  Returns its end; *forced when it ends at a hard
 * break. */
static guint
fit_line (FyCluster            *c,
          guint                 n,
          guint                 i,
          const FyBreakOptions *options,
          FyBreakLine          *line,
          gboolean             *forced_out)
{
  double nat = 0, shrink = 0, trail = 0;
  guint best = 0, kinsoku_best = 0, any_best = 0;
  gboolean forced = FALSE;
  gboolean hanging = FALSE;
  guint j;

  if (options != NULL && options->grid)
    return fit_line_grid (c, n, i, line, options->keep_grid, forced_out);

  line->trim_start = options != NULL && options->compress_line_start &&
                     c[i].klass == FY_CLASS_OPEN && c[i].compressed == 0;

  for (j = i; j < n; j++)
    {
      if (c[j].klass == FY_CLASS_NEWLINE)
        {
          best = j + 1;
          forced = TRUE;
          break;
        }

      if (j > i)
        {
          int klass;

          nat += c[j].glue;
          shrink += c[j].glue * GLUE_FLEX;
          if (c[j - 1].pair_right > 0)
            {
              nat -= c[j - 1].pair_right;
              shrink -= shrinkable (&c[j - 1], &klass);
            }
        }
      nat += c[j].base - (j > i ? c[j].pair_left : 0);
      if (j == i && line->trim_start)
        nat -= c[j].cell / 2;
      else if (!(j > i && c[j].pair_left > 0))
        {
          int klass;

          shrink += shrinkable (&c[j], &klass);
        }
      trail = c[j].klass == FY_CLASS_SPACE ? trail + c[j].base : 0;

      if (nat - trail - shrink + edge_inset (&c[i]) + edge_inset (&c[j]) <= line->avail + EPS)
        {
          any_best = j + 1;
          if (kinsoku_ok (c, n, j + 1))
            kinsoku_best = j + 1;
          if (break_ok (c, n, j + 1))
            best = j + 1;
        }
      else if (c[j].klass != FY_CLASS_SPACE)
        {
          /* Hanging: the mark that does not fit goes half into the
           * margin, if the rest of the line fits without it. */
          int klass;
          double rest = nat - c[j].base - trail - (shrink - shrinkable (&c[j], &klass));

          if (options != NULL && options->hanging && j > i && is_closing (&c[j]) &&
              c[j].compressed == 0 && c[j].pair_left == 0 &&
              rest <= line->avail + EPS && break_ok (c, n, j + 1))
            {
              best = j + 1;
              hanging = TRUE;
            }
          break;
        }
    }

  line->hang = hanging ? c[best - 1].cell / 2 : 0;
  if (best == 0)
    best = kinsoku_best;
  if (best == 0)
    best = any_best;
  if (best == 0)
    best = i + 1;
  if (!forced && !hanging && options != NULL && options->keep_grid)
    {
      double slack = line_slack (c, n, i, best, line, FALSE);

      if (slack > EPS)
        best = filling_break (c, n, i, best, slack, any_best, line, FALSE);
    }

  *forced_out = forced;
  return best;
}

/* Whether [first, last) fits the line with push-in alone. */
static gboolean
fits_with_push_in (const FyCluster   *c,
                   guint              first,
                   guint              last,
                   const FyBreakLine *line)
{
  double nat = 0, shrink = 0;
  int klass;

  for (guint k = first; k < last; k++)
    {
      if (c[k].klass == FY_CLASS_NEWLINE)
        {
          if (k + 1 == last)
            continue;  /* the hard break that ends the segment */
          return FALSE;
        }
      nat += width_in_line (c, first, last, k) + (k > first ? c[k].glue : 0);
      if (k > first)
        shrink += c[k].glue * GLUE_FLEX;
      if (!(k > first && c[k].pair_left > 0) && !(k + 1 < last && c[k].pair_right > 0) &&
          !(k == first && line->trim_start))
        shrink += shrinkable (&c[k], &klass);
    }
  while (last > first && c[last - 1].klass == FY_CLASS_SPACE)
    nat -= c[--last].base;
  if (last > first)
    nat += edge_inset (&c[first]) + edge_inset (&c[last - 1]);
  return nat - shrink <= line->avail + EPS;
}

/* Whether the justified line @line is set flush left: its gaps cannot
 * take its slack within the caps. */
static gboolean
flush_left (const FyCluster   *c,
            const FyBreakLine *line)
{
  FyBreakLine t = *line;

  t.grid = FALSE;
  return fy_linebreak_slack_left ((FyCluster *) c, &t) > EPS;
}

/*
 * What a segment's lines cost on the grid:
 *
 * - a full line of Han characters alone that is shorter than its measure
 *   (the classic push-out: 27 characters spread over 28 cells when the
 *   next character is a mark that may not start a line) leaves the grid;
 * - a last line that holds a single character (孤字, "站。") where the
 *   paragraph has more lines;
 * - a line with Latin letters or digits that its gaps cannot fill, set
 *   flush left.
 *
 * A Chinese typesetter avoids them by taking one character more (push-in,
 * compressing marks) or one less (push-out) on a line before, so that the
 * text after it falls differently.  See fy_linebreak_greedy().
 */
/* The letters and digits of @line (not its marks or spaces); *pure_han
 * whether it holds Han characters and marks alone. */
static guint
line_letters (const FyCluster   *c,
              const FyBreakLine *line,
              gboolean          *pure_han,
              double            *nat)
{
  guint letters = 0;

  *pure_han = line->last > line->first;
  *nat = 0;
  for (guint k = line->first; k < line->last; k++)
    {
      FyCharClass kl = c[k].klass;

      if (kl == FY_CLASS_NEWLINE || kl == FY_CLASS_SPACE)
        continue;
      /* the author's ideographic space takes its cell like a character
       * (第十条　市大数据管理部门…) */
      if (kl != FY_CLASS_HAN && kl != FY_CLASS_IDEO_SPACE)
        *pure_han = FALSE;
      if (!is_mark (kl) && kl != FY_CLASS_CONNECTOR && kl != FY_CLASS_IDEO_SPACE)
        letters++;
      *nat += c[k].base;
    }
  return letters;
}

static guint
line_cost (const FyCluster   *c,
           const FyBreakLine *line,
           gboolean           more_lines_before)
{
  gboolean pure_han;
  double nat;
  guint letters = line_letters (c, line, &pure_han, &nat);

  if (!line->last_of_paragraph && pure_han && nat < line->avail - EPS)
    return 2;
  if (line->last_of_paragraph && more_lines_before && letters == 1)
    return 1;
  /* a line with a number or a Latin word that its gaps cannot fill
   * (……达到100%和|96.4%，) is set flush left: a fault seen at once, dearer
   * than a spread line (and not one last_resort() is for) */
  if (!line->last_of_paragraph && !pure_han && line->last > line->first &&
      c[line->last - 1].klass != FY_CLASS_NEWLINE && flush_left (c, line))
    return 3;
  return 0;
}

/*
 * What a line costs on the document grid (gbt9704), where no Han
 * character or mark before a line's first Latin run may leave its column:
 *
 * - a line whose compression would move one of those off its column, or
 *   that does not fit at all: never chosen for a line that had none;
 * - a line that ends short: one of Han characters alone pushed out for
 *   kinsoku (its last cell blank) or before a number that does not fit,
 *   or a line with Latin letters or digits that its gaps after the first
 *   Latin run cannot fill within the caps, set flush left;
 * - a last line that holds a single character (孤字).
 */
#define GRID_OFF_COLUMNS 20
#define GRID_SHORT 2
#define GRID_SHORT_CELL 4
#define GRID_ORPHAN 3
#define GRID_UNIT_SPLIT 1

static guint
grid_line_cost (const FyCluster   *c,
                const FyBreakLine *line,
                gboolean           more_lines_before)
{
  FyBreakLine t = *line;
  gboolean pure_han, off = FALSE;
  double nat, slack;

  if (line->last_of_paragraph)
    return more_lines_before && line_letters (c, line, &pure_han, &nat) == 1 ? GRID_ORPHAN : 0;
  t.grid = TRUE;
  slack = fy_linebreak_grid_slack ((FyCluster *) c, &t, &off);
  /* more for each cell it ends shorter than one: two blank cells read
   * as a paragraph's end */
  if (slack > EPS)
    return GRID_SHORT + GRID_SHORT_CELL * (guint) MAX (0, floor (slack / c[line->first].cell - 0.02));
  if (off)
    return GRID_OFF_COLUMNS;
  /* a number cut from its unit (……问题48|个。) fills the line, but by a
   * break kept only where no other fills it */
  if (line->last > line->first && c[line->last].soft_unit && !c[line->last].name_unit)
    return GRID_UNIT_SPLIT;
  return 0;
}

/* Lays out lines greedily from cluster @i (the start of a segment line
 * with the given state) to the end of the segment; appends to @lines. */
static guint
fill_segment (FyCluster            *c,
              guint                 n,
              guint                 i,
              guint                 segment,
              gboolean              first_of_segment,
              const FyBreakOptions *options,
              FyLineGeometryFunc    geometry,
              gpointer              data,
              GArray               *lines,
              gboolean             *forced_out)
{
  gboolean forced = FALSE;

  while (i < n)
    {
      FyBreakLine line = { i, i, 0, 0, FALSE, FALSE, 0 };

      geometry (data, i, segment, first_of_segment, &line.x, &line.avail);
      line.last = fit_line (c, n, i, options, &line, &forced);
      line.last_of_paragraph = forced || line.last >= n;
      g_array_append_val (lines, line);
      first_of_segment = FALSE;
      i = line.last;
      if (forced)
        break;
    }
  *forced_out = forced;
  return i;
}

/* What a re-break of one segment (the lines between hard breaks) of a
 * paragraph needs to lay its lines out again. */
typedef struct
{
  FyCluster            *c;
  guint                 n;
  guint                 segment;
  const FyBreakOptions *options;
  FyLineGeometryFunc    geometry;
  gpointer              data;
} Segment;

/* Like fill_segment() for a trial re-break, but as soon as a line starts
 * where one of @old (from @old_from on) started, the rest of @old is
 * taken over unchanged: the breaks have fallen back into step. */
static void
refill_trial (const Segment *sg,
              guint          i,
              GArray        *trial,
              GArray        *old,
              guint          old_from)
{
  FyCluster *c = sg->c;
  guint n = sg->n;
  guint o = old_from;

  while (i < n)
    {
      FyBreakLine line = { i, i, 0, 0, FALSE, FALSE, 0 };
      gboolean forced = FALSE;

      while (o < old->len && g_array_index (old, FyBreakLine, o).first < i)
        o++;
      if (o < old->len && g_array_index (old, FyBreakLine, o).first == i)
        {
          g_array_append_vals (trial, &g_array_index (old, FyBreakLine, o), old->len - o);
          return;
        }

      sg->geometry (sg->data, i, sg->segment, FALSE, &line.x, &line.avail);
      line.last = fit_line (c, n, i, sg->options, &line, &forced);
      line.last_of_paragraph = forced || line.last >= n;
      g_array_append_val (trial, line);
      i = line.last;
      if (forced)
        return;
    }
}

static guint
segment_cost (const FyCluster *c,
              GArray          *lines,
              guint            from,
              guint            seg_first)
{
  guint cost = 0;

  for (guint l = from; l < lines->len; l++)
    cost += line_cost (c, &g_array_index (lines, FyBreakLine, l), l > seg_first);
  return cost;
}

static guint
grid_segment_cost (const FyCluster *c,
                   GArray          *lines,
                   guint            seg_first)
{
  guint cost = 0;

  for (guint l = seg_first; l < lines->len; l++)
    cost += grid_line_cost (c, &g_array_index (lines, FyBreakLine, l), l > seg_first);
  return cost;
}

/*
 * The last resort for a full line of Han characters alone that the lines
 * before cannot help (the first line of a paragraph, or no line before it
 * can give or take a character), in this order:
 *
 * - the mark that may not start the next line stays on this one,
 *   compressed to its ink half, and that half hangs past the type area —
 *   as Word and WPS set a 公文 on the grid, where 允许标点溢出边界 is on.
 *   A short quote the mark closes comes with it (……精神上的“钙”。), its
 *   quotes compressed (push-in, clreq).  Only a closing mark hangs, and
 *   only half an em;
 * - a number that does not fit whole gives the line its digits and sends
 *   its unit down (……之日起10|个工作日), the soft split of
 *   filling_break(): the line fills, its gaps within the cap.
 *
 * The line keeps its characters on their cells; spreading 27 over 28
 * cells (push-out) would move every one of them off the grid.  Returns
 * the line's new end (and sets its hang), or 0.
 */
#define HANG_REACH 4

static guint
last_resort_end (FyCluster   *c,
                 guint        n,
                 FyBreakLine *line)
{
  guint natural = line->last;

  for (guint end = line->last + 1; end <= n && end <= line->last + HANG_REACH; end++)
    {
      guint mark = end - 1;

      if (c[mark].klass == FY_CLASS_NEWLINE)
        break;
      if (!is_closing (&c[mark]) || c[mark].compressed > 0 || c[mark].pair_left > 0 ||
          !break_ok (c, n, end))
        continue;
      if (fits_with_push_in (c, line->first, mark, line))
        {
          line->hang = c[mark].cell / 2;
          return end;
        }
      break;
    }

  while (natural < n && fits_with_push_in (c, line->first, natural + 1, line))
    natural++;
  if (natural > line->last)
    {
      guint end = filling_break (c, n, line->first, line->last, 0, natural, line, FALSE);

      if (end != line->last)
        {
          line->hang = 0;
          return end;
        }
    }
  return 0;
}

static void repair_rounds (const Segment *sg,
                           GArray        *lines,
                           guint          seg_first);

/* @lines up to line @l, then @line, and the lines after it laid out
 * again (unless @line ends the paragraph). */
static GArray *
trial_with (const Segment     *sg,
            GArray            *lines,
            guint              l,
            const FyBreakLine *line)
{
  GArray *trial = g_array_new (FALSE, TRUE, sizeof (FyBreakLine));

  g_array_append_vals (trial, lines->data, l);
  g_array_append_val (trial, *line);
  if (!line->last_of_paragraph)
    refill_trial (sg, line->last, trial, lines, l + 1);
  return trial;
}

/* @lines with line @l (a line of Han characters alone, spread) given the
 * last resort (last_resort_end()), the lines after it laid out again
 * and repaired; NULL when there is none for it. */
static GArray *
resort_trial (const Segment *sg,
              GArray        *lines,
              guint          seg_first,
              guint          l)
{
  FyCluster *c = sg->c;
  guint n = sg->n;
  FyBreakLine line = g_array_index (lines, FyBreakLine, l);
  GArray *trial;
  guint end;

  if (line_cost (c, &line, l > seg_first) != 2)
    return NULL;
  end = last_resort_end (c, n, &line);
  if (end == 0)
    return NULL;

  line.last = end;
  line.last_of_paragraph = end == n || c[end].klass == FY_CLASS_NEWLINE;
  /* the hard break goes with the line it ends */
  if (end < n && c[end].klass == FY_CLASS_NEWLINE)
    line.last = end + 1;
  trial = trial_with (sg, lines, l, &line);
  /* the lines after it fall differently: repaired as the first were */
  repair_rounds (sg, trial, seg_first);
  return trial;
}

/* Gives the last resort to each line of Han characters alone that is
 * still spread, where that lowers the segment's cost: a line after it
 * that the new breaks leave spread (……主体责任，|坚持……同部署|、) gets it
 * too before the costs are compared. */
static void
last_resort (const Segment *sg,
             GArray        *lines,
             guint          seg_first)
{
  FyCluster *c = sg->c;

  for (guint l = seg_first; l < lines->len; l++)
    {
      g_autoptr(GArray) trial = resort_trial (sg, lines, seg_first, l);

      if (trial == NULL)
        continue;
      for (guint later = l + 1; later < trial->len; later++)
        {
          g_autoptr(GArray) chained = resort_trial (sg, trial, seg_first, later);

          if (chained != NULL &&
              segment_cost (c, chained, seg_first, seg_first) < segment_cost (c, trial, seg_first, seg_first))
            {
              g_array_set_size (trial, 0);
              g_array_append_vals (trial, chained->data, chained->len);
            }
        }
      if (segment_cost (c, trial, seg_first, seg_first) < segment_cost (c, lines, seg_first, seg_first))
        {
          g_array_set_size (lines, 0);
          g_array_append_vals (lines, trial->data, trial->len);
        }
    }
}

/* @lines with line @l ended at @end instead and the lines after it laid
 * out again; NULL where @end is no legal break for it. */
static GArray *
rebreak_trial (const Segment *sg,
               GArray        *lines,
               guint          l,
               int            end)
{
  FyBreakLine line = g_array_index (lines, FyBreakLine, l);

  if (line.last_of_paragraph || end <= (int) line.first || end > (int) sg->n || !break_ok (sg->c, sg->n, end))
    return NULL;
  line.last = end;
  line.hang = 0;
  line.last_of_paragraph = end == (int) sg->n || sg->c[end - 1].klass == FY_CLASS_NEWLINE;
  return trial_with (sg, lines, l, &line);
}

/*
 * Re-breaks one segment whose lines [seg_first, lines->len) leave the
 * grid or end on a single character: tries one or two characters more
 * (push-in) or one less (push-out) on one of the three lines before the
 * fault, lays out the rest again and keeps what costs less.  Push-in is
 * tried first, as clreq prefers it.
 */
static void
repair_rounds (const Segment *sg,
               GArray        *lines,
               guint          seg_first)
{
  FyCluster *c = sg->c;
  static const int deltas[] = { 1, 2, -1, -2 };

  for (guint round = 0; round < 8; round++)
    {
      guint cost = segment_cost (c, lines, seg_first, seg_first);
      gboolean improved = FALSE;

      if (cost == 0)
        return;

      for (guint fault = seg_first + 1; fault < lines->len && !improved; fault++)
        {
          if (line_cost (c, &g_array_index (lines, FyBreakLine, fault), TRUE) == 0)
            continue;

          for (guint d = 0; d < G_N_ELEMENTS (deltas) && !improved; d++)
            for (guint p = fault; p > seg_first && p + 3 >= fault && !improved; p--)
              {
                FyBreakLine prev = g_array_index (lines, FyBreakLine, p - 1);
                int end = (int) prev.last + deltas[d];
                g_autoptr(GArray) trial = NULL;

                if (deltas[d] > 0 && end <= (int) sg->n && !fits_with_push_in (c, prev.first, end, &prev))
                  continue;
                trial = rebreak_trial (sg, lines, p - 1, end);
                if (trial != NULL && segment_cost (c, trial, seg_first, seg_first) < cost)
                  {
                    g_array_set_size (lines, 0);
                    g_array_append_vals (lines, trial->data, trial->len);
                    improved = TRUE;
                  }
              }
        }
      if (!improved)
        break;
    }
}

/*
 * The grid's re-break (gbt9704): a line that ends short, a number cut
 * from its unit or a lone last character (grid_line_cost()) is avoided by
 * ending one of the four lines before it one or two characters earlier,
 * where that line still fills — a line with Latin letters or digits
 * stretches its gaps after its first Latin run within the caps — and the
 * text after it falls so that the faulty line fills.  One line may end
 * short for it: the last but one, which gives the last line a second
 * character, its own last cell left blank as a push-out for kinsoku
 * leaves it (……依法|处理。, not ……依法处|理。).  Of all such re-breaks for
 * the first fault that one helps, the one that costs least is kept.
 */
#define GRID_REACH 4

static gboolean
grid_rebreak_ok (const FyCluster *c,
                 GArray          *trial,
                 guint            l)
{
  const FyBreakLine *line = &g_array_index (trial, FyBreakLine, l);
  guint cost = grid_line_cost (c, line, FALSE);

  return cost == 0 ||
         (cost == GRID_SHORT && l + 2 == trial->len && g_array_index (trial, FyBreakLine, l + 1).last_of_paragraph);
}

static void
repair_grid (const Segment *sg,
             GArray        *lines,
             guint          seg_first)
{
  FyCluster *c = sg->c;
  static const int deltas[] = { -1, -2 };

  for (guint round = 0; round < 8; round++)
    {
      guint best_cost = grid_segment_cost (c, lines, seg_first);
      g_autoptr(GArray) best = NULL;

      for (guint fault = seg_first + 1; fault < lines->len && best == NULL; fault++)
        {
          if (grid_line_cost (c, &g_array_index (lines, FyBreakLine, fault), TRUE) == 0)
            continue;
          for (guint p = fault; p > seg_first && p + GRID_REACH >= fault; p--)
            for (guint d = 0; d < G_N_ELEMENTS (deltas); d++)
              {
                int end = (int) g_array_index (lines, FyBreakLine, p - 1).last + deltas[d];
                g_autoptr(GArray) trial = rebreak_trial (sg, lines, p - 1, end);
                guint cost;

                if (trial == NULL || !grid_rebreak_ok (c, trial, p - 1))
                  continue;
                cost = grid_segment_cost (c, trial, seg_first);
                if (cost < best_cost)
                  {
                    best_cost = cost;
                    g_clear_pointer (&best, g_array_unref);
                    best = g_steal_pointer (&trial);
                  }
              }
        }
      if (best == NULL)
        break;
      g_array_set_size (lines, 0);
      g_array_append_vals (lines, best->data, best->len);
    }
}

/* repair_rounds(), then last_resort() for what they leave. */
static void
repair_segment (const Segment *sg,
                GArray        *lines,
                guint          seg_first)
{
  repair_rounds (sg, lines, seg_first);
  last_resort (sg, lines, seg_first);
}

GArray *
fy_linebreak_greedy (FyCluster            *c,
                     guint                 n,
                     const FyBreakOptions *options,
                     FyLineGeometryFunc  geometry,
                     gpointer            data)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (FyBreakLine));
  guint i = 0;
  guint segment = 0;

  if (n == 0)
    {
      FyBreakLine line = { 0, 0, 0, 0, TRUE };

      geometry (data, 0, 0, TRUE, &line.x, &line.avail);
      g_array_append_val (lines, line);
      return lines;
    }

  while (i < n)
    {
      guint seg_first = lines->len;
      gboolean forced;

      i = fill_segment (c, n, i, segment, TRUE, options, geometry, data, lines, &forced);
      if (options != NULL && options->keep_grid)
        {
          Segment sg = { c, n, segment, options, geometry, data };

          if (options->grid)
            repair_grid (&sg, lines, seg_first);
          else
            repair_segment (&sg, lines, seg_first);
        }
      if (forced)
        segment++;
    }

  /* A paragraph ending in a hard break ends with an empty line. */
  if (c[n - 1].klass == FY_CLASS_NEWLINE)
    {
      FyBreakLine line = { n, n, 0, 0, TRUE };

      geometry (data, n, segment, TRUE, &line.x, &line.avail);
      g_array_append_val (lines, line);
    }

  return lines;
}

/* Sum of natural widths of [first, last), without trailing spaces and
 * newlines. */
static double
natural_width (const FyCluster *c,
               guint            first,
               guint            last)
{
  double w = 0;

  for (guint k = first; k < last; k++)
    {
      if (c[k].klass == FY_CLASS_NEWLINE)
        continue;
      w += width_in_line (c, first, last, k) + (k > first ? c[k].glue : 0);
    }
  while (last > first && (c[last - 1].klass == FY_CLASS_SPACE || c[last - 1].klass == FY_CLASS_NEWLINE))
    {
      last--;
      if (c[last].klass == FY_CLASS_SPACE)
        w -= width_in_line (c, first, last + 1, last) + (last > first ? c[last].glue : 0);
    }
  return w;
}

/* What a title's lines cost by their shape (梯形 or 菱形, 长短适宜): the
 * difference between the longest and the shortest, more for a last line
 * under a third of the first unless it is 的 and the title's kind (的讲话,
 * @genre_last), and for an hourglass (a middle line shorter than both its
 * neighbours) unless a subtitle's dash opens it or the line after it
 * (@dash, per line).  The poor shapes' costs are @poor times as much
 * (MEANING_MEASURE).  @first_price is the price of the break that ends
 * the first line, @first_at_space whether that line ends at the author's
 * space: a joint title's first issuer alone over two full lines
 * (中共青川县委 / 青川县人民政府关于表彰2026年度 / ……的决定, 6/17/18)
 * is no 梯形 where the issuers fit on one line. */
static double
shape_cost (const double   *w,
            const gboolean *dash,
            guint           n_lines,
            double          cell,
            gboolean        genre_last,
            double          poor,
            int             first_price,
            gboolean        first_at_space)
{
  double lo = G_MAXDOUBLE, hi = 0, cost, faults = 0;

  for (guint m = 0; m < n_lines; m++)
    {
      lo = MIN (lo, w[m]);
      hi = MAX (hi, w[m]);
    }
  cost = (hi - lo) / cell;
  if (w[n_lines - 1] < 0.3 * hi && !genre_last)
    faults += 10;
  if (w[n_lines - 1] < GENRE_SHORT_RATIO * hi && genre_last)
    faults += GENRE_SHORT_COST;
  /* a last line under half the longest, even 的 and the kind, is no
   * 长短适宜 where a phrase boundary nearer the middle is cheap */
  if (w[n_lines - 1] < 0.5 * hi)
    cost += SHORT_LINE_COST;
  /* 关于印发 over a full line is no 梯形 */
  if (n_lines == 2 && w[0] < 0.3 * hi)
    cost += 10;
  if ((n_lines == 2 || first_at_space) && w[0] < 0.5 * hi && first_price > STRONG_BREAK_PRICE)
    cost += FIRST_SHORT_COST;
  for (guint m = 1; m + 1 < n_lines; m++)
    if (w[m] < w[m - 1] - EPS && w[m] < w[m + 1] - EPS && !dash[m] && !dash[m + 1])
      faults += HOURGLASS_COST;
  return cost + poor * faults;
}

typedef struct
{
  const FyCluster *c;
  const guint     *cand;
  const int       *price;      /* per candidate */
  guint            n_cand;
  double           avail;
  guint            n_lines;
  guint           *pick;       /* candidate index ending each line */
  guint           *best;
  double          *widths;
  double          *width_of;   /* n_cand × n_cand, NAN until measured */
  double           best_cost;
  guint            steps;
  gboolean        *dash;       /* whether a subtitle's dash opens each line */
  double           weight;     /* of meaning and poor shapes: 1 at 20 cells, more below */
  FyTitleLayoutFunc visit;     /* every layout, unbounded (the training), or NULL */
  gpointer         data;
  guint            extra;      /* lines more than the fewest */
} TitleSearch;

/* The natural width of a line from candidate @from to candidate @to,
 * measured once: the search meets the same line in many combinations,
 * and measuring it each time made a long title take seconds. */
static double
candidate_width (TitleSearch *ts,
                 guint        from,
                 guint        to)
{
  double *w = &ts->width_of[from * ts->n_cand + to];

  if (isnan (*w))
    *w = natural_width (ts->c, ts->cand[from], ts->cand[to]);
  return *w;
}

/* Hands a complete layout to ts->visit, with its shape cost both where
 * the first break is strong and where it is not. */
static void
visit_layout (TitleSearch *ts,
              guint        from)
{
  g_autofree guint *ends = g_new (guint, ts->n_lines);
  gboolean genre = ts->price[from] == FY_TITLE_GENRE_BREAK;
  gboolean at_space = ts->c[ts->cand[ts->pick[0]] - 1].klass == FY_CLASS_IDEO_SPACE;
  double weak = shape_cost (ts->widths, ts->dash, ts->n_lines, ts->c[0].cell, genre, ts->weight,
                            STRONG_BREAK_PRICE + 1, at_space);
  double strong = shape_cost (ts->widths, ts->dash, ts->n_lines, ts->c[0].cell, genre, ts->weight,
                              STRONG_BREAK_PRICE, at_space);

  for (guint m = 0; m < ts->n_lines; m++)
    ends[m] = ts->cand[ts->pick[m]];
  ts->visit (ends, ts->n_lines, MEANING_WEIGHT * ts->weight,
             weak + EXTRA_TITLE_LINE_COST * ts->extra, weak - strong, ts->data);
}

static void
title_search (TitleSearch *ts,
              guint        line,
              guint        from,
              int          spent)
{
  if ((ts->visit == NULL && MEANING_WEIGHT * ts->weight * spent >= ts->best_cost) ||
      ts->steps >= (ts->visit == NULL ? MAX_TITLE_STEPS : MAX_LISTED_STEPS))
    return;
  ts->steps++;
  ts->dash[line] = ts->c[ts->cand[from]].klass == FY_CLASS_DASH;
  if (line + 1 == ts->n_lines)
    {
      double w = candidate_width (ts, from, ts->n_cand - 1);
      double cost;

      if (w > ts->avail + EPS)
        return;
      ts->widths[line] = w;
      ts->pick[line] = ts->n_cand - 1;
      if (ts->visit != NULL)
        {
          visit_layout (ts, from);
          return;
        }
      cost = MEANING_WEIGHT * ts->weight * spent +
             shape_cost (ts->widths, ts->dash, ts->n_lines, ts->c[0].cell,
                         ts->price[from] == FY_TITLE_GENRE_BREAK, ts->weight,
                         ts->price[ts->pick[0]],
                         ts->c[ts->cand[ts->pick[0]] - 1].klass == FY_CLASS_IDEO_SPACE);
      if (cost < ts->best_cost)
        {
          ts->best_cost = cost;
          memcpy (ts->best, ts->pick, ts->n_lines * sizeof (guint));
        }
      return;
    }
  for (guint j = from + 1; j + 1 < ts->n_cand; j++)
    {
      double w = candidate_width (ts, from, j);

      if (w > ts->avail + EPS)
        break;
      ts->widths[line] = w;
      ts->pick[line] = j;
      title_search (ts, line + 1, j, spent + ts->price[j]);
    }
}

/* The natural widths of the lines between any two of @n_cand
 * candidates, none measured yet (candidate_width()). */
static double *
new_width_table (guint n_cand)
{
  double *width_of = g_new (double, n_cand * n_cand);

  for (guint i = 0; i < n_cand * n_cand; i++)
    width_of[i] = NAN;
  return width_of;
}

/* The layouts in @base->n_lines lines of the title whose candidates
 * @base holds: the cheapest kept in @best, its cost returned with the
 * lines beyond @min_lines, or with @base->visit every one handed to
 * it; *@steps counts the lines measured. */
static double
search_lines (const TitleSearch *base,
              guint              min_lines,
              guint             *best,
              guint             *steps)
{
  g_autofree guint *pick = g_new0 (guint, base->n_lines);
  g_autofree double *widths = g_new0 (double, base->n_lines);
  g_autofree gboolean *dash = g_new0 (gboolean, base->n_lines);
  TitleSearch ts = *base;

  ts.pick = pick;
  ts.best = best;
  ts.widths = widths;
  ts.dash = dash;
  ts.best_cost = INFINITY;
  ts.steps = *steps;
  ts.weight = pow (MAX (1.0, MEANING_MEASURE * ts.c[0].cell / ts.avail), MEANING_MEASURE_EXPONENT);
  ts.extra = ts.n_lines - min_lines;
  title_search (&ts, 0, 0, 0);
  *steps = ts.steps;
  return ts.best_cost + EXTRA_TITLE_LINE_COST * ts.extra;
}

/* The clusters a title's line may end before (@cand, the first 0 and
 * the last @n) and their prices; returns how many. */
static guint
title_candidates (const FyCluster *c,
                  guint            n,
                  const int       *penalty,
                  guint           *cand,
                  int             *price)
{
  guint n_cand = 0;

  cand[n_cand++] = 0;
  for (guint k = 1; k < n; k++)
    {
      /* a subtitle's dash may open a title's line (——在……上的讲话) */
      gboolean dash = c[k].klass == FY_CLASS_DASH && !c[k - 1].no_end && c[k - 1].klass != FY_CLASS_DASH;

      if (penalty[k] >= 0 && (kinsoku_ok (c, n, k) || dash) && c[k].klass != FY_CLASS_SPACE)
        {
          price[n_cand] = penalty[k];
          cand[n_cand++] = k;
        }
    }
  cand[n_cand++] = n;
  return n_cand;
}

/*
 * Title lines (GB/T 9704 §7.3.3): the fewest lines, broken only where
 * @penalty allows (>= 0 before cluster k; fy-title-break.c prices phrase
 * boundaries), choosing among those the breaks that cost least in
 * meaning (three times the price; more on a line under 20 cells, see
 * MEANING_MEASURE) and in shape.  Returns NULL when no
 * allowed break fits (the caller breaks first-fit).
 */
GArray *
fy_linebreak_balanced (FyCluster      *c,
                       guint           n,
                       const int      *penalty,
                       double          avail)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (FyBreakLine));
  g_autofree guint *cand = g_new (guint, n + 2);
  g_autofree int *price = g_new0 (int, n + 2);
  guint n_cand = 0;
  guint min_lines, best_lines = 0;
  double total, best_cost = INFINITY;
  g_autofree guint *best_pick = NULL;
  g_autofree double *width_of = NULL;

  n_cand = title_candidates (c, n, penalty, cand, price);

  total = natural_width (c, 0, n);
  if (total <= avail + EPS || n_cand == 2)
    {
      FyBreakLine line = { 0, n, 0, avail, TRUE };
      g_array_append_val (lines, line);
      return lines;
    }

  /* A title is a few dozen characters; a long line pasted as a title
   * (fuzz/fuzz-layout: 1 000 characters) is broken first-fit instead. */
  if (n_cand > MAX_TITLE_CANDIDATES)
    {
      g_array_unref (lines);
      return NULL;
    }

  /* The fewest lines first, but one or two more when they keep a phrase
   * whole (a book title, an organ's name): each extra line costs as much
   * as a break ten points dearer. */
  min_lines = (guint) (total / avail) + 1;
  width_of = new_width_table (n_cand);
  for (guint n_lines = min_lines; n_lines < n_cand && n_lines <= min_lines + 2; n_lines++)
    {
      TitleSearch base = { c, cand, price, n_cand, avail, n_lines, NULL, NULL, NULL, width_of };
      g_autofree guint *best = g_new0 (guint, n_lines);
      guint steps = 0;
      double cost = search_lines (&base, min_lines, best, &steps);

      if (cost < best_cost)
        {
          best_cost = cost;
          best_lines = n_lines;
          g_free (best_pick);
          best_pick = g_steal_pointer (&best);
        }
    }
  if (best_pick != NULL)
    {
      guint start = 0;

      for (guint m = 0; m < best_lines; m++)
        {
          FyBreakLine line = { cand[start], cand[best_pick[m]], 0, avail, TRUE };

          g_array_append_val (lines, line);
          start = best_pick[m];
        }
      return lines;
    }

  g_array_unref (lines);
  return NULL;
}

/* Every layout fy_linebreak_balanced() weighs, handed to @func with what
 * it costs besides its breaks' prices (for data/titles/title-model.py,
 * which replays the balancer: tests/title-dump.c).  Nothing when the
 * title fits on one line or has too many candidates.  Returns FALSE
 * where MAX_LISTED_STEPS cut the layouts short. */
gboolean
fy_linebreak_balanced_each (FyCluster         *c,
                            guint              n,
                            const int         *penalty,
                            double             avail,
                            FyTitleLayoutFunc  func,
                            gpointer           data)
{
  g_autofree guint *cand = g_new (guint, n + 2);
  g_autofree int *price = g_new0 (int, n + 2);
  guint n_cand = title_candidates (c, n, penalty, cand, price);
  double total = natural_width (c, 0, n);
  guint min_lines, steps = 0;
  g_autofree double *width_of = NULL;

  if (total <= avail + EPS || n_cand == 2 || n_cand > MAX_TITLE_CANDIDATES)
    return TRUE;
  min_lines = (guint) (total / avail) + 1;
  width_of = new_width_table (n_cand);
  for (guint n_lines = min_lines; n_lines < n_cand && n_lines <= min_lines + 2; n_lines++)
    {
      TitleSearch base = { c, cand, price, n_cand, avail, n_lines, NULL, NULL, NULL, width_of };

      base.visit = func;
      base.data = data;
      search_lines (&base, min_lines, NULL, &steps);
    }
  return steps < MAX_LISTED_STEPS;
}

/* fy-linebreak.c — clreq line breaking, punctuation compression, justification
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-linebreak"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fy-linebreak.h"

/*
 * The breaker works on shaped clusters.  Every Han character and every
 * full-width mark has the width of one grid cell; compression trims the
 * blank half of a mark, never its ink.  A line is filled first-fit, with
 * push-in (shrinking in the clreq order) preferred to push-out, and the
 * rest of a line's slack spread over the gaps that may stretch; on the
 * gbt9704 document grid a line of Han characters and marks pushes out and
 * keeps its columns instead (see fit_line_grid()).
 */

#define EPS 0.01
#define MAX_TITLE_CANDIDATES 64

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

FyCharClass
fy_linebreak_classify (gunichar ch)
{
  switch (ch)
    {
    case 0x201C: case 0x2018: case 0xFF08: case 0x300A: case 0x3008: case 0x3010:
    case 0x3014: case 0x300C: case 0x300E: case 0x3016: case 0xFF3B: case 0xFF5B:
      return FY_CLASS_OPEN;
    case 0x201D: case 0x2019: case 0xFF09: case 0x300B: case 0x3009: case 0x3011:
    case 0x3015: case 0x300D: case 0x300F: case 0x3017: case 0xFF3D: case 0xFF5D:
      return FY_CLASS_CLOSE;
    case 0xFF0C: case 0x3001: case 0xFF1B: case 0xFF1A:
      return FY_CLASS_COMMA;
    case 0x3002: case 0xFF0E: case 0xFF1F: case 0xFF01:
      return FY_CLASS_STOP;
    case 0x00B7: case 0x30FB: case 0x2027: case 0xFF65:
      return FY_CLASS_MIDDLE;
    case 0xFF5E: case 0xFF0F: case 0x2013: case 0x301C:
      return FY_CLASS_CONNECTOR;
    case 0x2014: case 0x2015:
      return FY_CLASS_DASH;
    case 0x2026: case 0x22EF:
      return FY_CLASS_ELLIPSIS;
    case 0x3000:
      return FY_CLASS_IDEO_SPACE;
    case '\n': case 0x2028: case 0x2029:
      return FY_CLASS_NEWLINE;
    default:
      break;
    }

  if (ch == ' ' || ch == '\t' || ch == 0x00A0 || (ch >= 0x2000 && ch <= 0x200A))
    return FY_CLASS_SPACE;
  if (g_unichar_iswide (ch))
    return FY_CLASS_HAN;
  return FY_CLASS_LATIN;
}

static gboolean
is_mark (FyCharClass k)
{
  return k == FY_CLASS_OPEN || k == FY_CLASS_CLOSE || k == FY_CLASS_COMMA ||
         k == FY_CLASS_STOP || k == FY_CLASS_MIDDLE;
}

/* Marks whose blank half is on the right. */
static gboolean
is_closing (const FyCluster *c)
{
  return c->klass == FY_CLASS_CLOSE || c->klass == FY_CLASS_COMMA || c->klass == FY_CLASS_STOP;
}

static gboolean
is_sentence_end (gunichar ch)
{
  return ch == 0x3002 || ch == 0xFF1F || ch == 0xFF01 || ch == 0xFF0E;
}

/* How much a mark may lose at most: its blank half. */
static double
mark_half (const FyCluster *c)
{
  return is_mark (c->klass) ? c->cell / 2 : 0;
}

/* A Han character or a mark sits in the middle of its cell, so where a
 * cell is wider than the font size (the reading preset) its ink stops
 * short of the cell's edge.  A Latin word or digit run at a line edge
 * keeps the same distance from the edge, so that every line ends (and
 * starts) at the same place. */
static double
edge_inset (const FyCluster *c)
{
  if (c->klass != FY_CLASS_LATIN)
    return 0;
  return MAX (0, (c->cell - c->em) / 2);
}

static gboolean
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

static gboolean
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

static gboolean
is_ascii_letter (gunichar ch)
{
  return ch < 0x80 && g_ascii_isalpha (ch);
}

/*
 * URLs, e-mail addresses and paths may break after / . - _ ? & = # (never
 * between the two slashes of "//"), and a hyphenated word after its
 * hyphens (GongWen-|Template-|Lite): a run of Latin clusters is one unit
 * otherwise, and a long one would leave the line before it letter-spaced.
 * Inside such a run the solidus may end a line.
 */
static void
mark_url_breaks (FyCluster *c,
                 guint      n)
{
  for (guint k = 0; k < n;)
    {
      guint end = k + 1, slashes = 0;
      gboolean url = FALSE;

      if (c[k].klass != FY_CLASS_LATIN)
        {
          k++;
          continue;
        }
      while (end < n && c[end].klass == FY_CLASS_LATIN)
        end++;

      for (guint m = k; m < end; m++)
        {
          if (c[m].ch == '/')
            slashes++;
          if (c[m].ch == '@' && m > k && m + 1 < end)
            url = TRUE;
          if (c[m].ch == ':' && m + 2 < end && c[m + 1].ch == '/' && c[m + 2].ch == '/')
            url = TRUE;
          if (m + 3 < end && g_ascii_tolower (c[m].ch) == 'w' && g_ascii_tolower (c[m + 1].ch) == 'w' &&
              g_ascii_tolower (c[m + 2].ch) == 'w' && c[m + 3].ch == '.' && (m == k || !is_ascii_letter (c[m - 1].ch)))
            url = TRUE;
        }
      url |= slashes >= 2;

      for (guint m = k + 1; m < end; m++)
        {
          gunichar before = c[m - 1].ch;

          if (url)
            {
              if (c[m - 1].ch == '/' || c[m].ch == '/')
                c[m - 1].no_end = c[m].no_start = FALSE;
              if (strchr ("/.-_?&=#", (int) MIN (before, 0x7F)) != NULL && before < 0x80 &&
                  c[m].ch != '/' && strchr ("/.-_?&=#", (int) MIN (c[m].ch, 0x7F)) == NULL)
                c[m].in_unit = FALSE;
            }
          else if (before == '-' && m >= k + 2 && is_ascii_letter (c[m - 2].ch) && is_ascii_letter (c[m].ch))
            c[m].in_unit = FALSE;
        }
      k = end;
    }
}

void
fy_linebreak_prepare (FyCluster          *c,
                      guint               n,
                      FyPunctuationStyle  punctuation,
                      gboolean            strict,
                      double              full_width)
{
  for (guint k = 0; k < n; k++)
    {
      FyCluster *cl = &c[k];
      FyCharClass kl = cl->klass;

      cl->glue = 0;
      cl->pair_left = cl->pair_right = 0;
      cl->no_start = cl->no_end = cl->in_unit = FALSE;

      switch (kl)
        {
        case FY_CLASS_HAN:
        case FY_CLASS_IDEO_SPACE:
        case FY_CLASS_OPEN:
        case FY_CLASS_CLOSE:
        case FY_CLASS_COMMA:
        case FY_CLASS_STOP:
        case FY_CLASS_MIDDLE:
          cl->base = cl->cell;
          break;
        case FY_CLASS_DASH:
        case FY_CLASS_ELLIPSIS:
          /* a font may shape —— or …… as one 2 em ligature cluster */
          cl->base = cl->cell * MAX (1, cl->n_chars);
          break;
        case FY_CLASS_CONNECTOR:
          cl->base = cl->advance > 0.7 * cl->em ? cl->cell : cl->advance;
          break;
        case FY_CLASS_NEWLINE:
          cl->base = 0;
          break;
        default:
          cl->base = cl->advance;
          break;
        }

      /* House styles that set marks half wide always. */
      if (is_mark (kl) && kl != FY_CLASS_MIDDLE)
        {
          gboolean half = punctuation == FY_PUNCTUATION_HALF ||
                          (punctuation == FY_PUNCTUATION_KAIMING && !is_sentence_end (cl->ch));
          if (half)
            {
              if (kl == FY_CLASS_OPEN)
                cl->pair_left = -1;  /* marker, resolved below */
              else
                cl->pair_right = -1;
            }
        }

      switch (kl)
        {
        case FY_CLASS_CLOSE:
        case FY_CLASS_COMMA:
        case FY_CLASS_STOP:
        case FY_CLASS_MIDDLE:
        case FY_CLASS_CONNECTOR:
          cl->no_start = TRUE;
          break;
        case FY_CLASS_OPEN:
          cl->no_end = TRUE;
          break;
        case FY_CLASS_DASH:
        case FY_CLASS_ELLIPSIS:
          cl->no_start = strict;
          break;
        default:
          break;
        }
      /* The solidus may neither start nor end a line (GB level). */
      if (cl->ch == 0xFF0F || cl->ch == '/')
        cl->no_start = cl->no_end = TRUE;
      if (cl->ascii_close)
        cl->no_start = TRUE;
      if (cl->ascii_open)
        cl->no_end = TRUE;
    }

  /* Fixed half widths (半角式 / 开明式) are not compression: apply them to
   * the base width once. */
  for (guint k = 0; k < n; k++)
    {
      if (c[k].pair_left < 0 || c[k].pair_right < 0)
        {
          c[k].base = c[k].cell / 2;
          c[k].pair_left = c[k].pair_right = 0;
          c[k].compressed = c[k].cell / 2;
        }
      else
        c[k].compressed = 0;
    }

  for (guint k = 1; k < n; k++)
    {
      FyCluster *a = &c[k - 1];
      FyCluster *b = &c[k];

      /* Units: Latin words, digit runs, ——, …… */
      if (a->klass == FY_CLASS_LATIN && b->klass == FY_CLASS_LATIN)
        b->in_unit = TRUE;
      else if ((a->klass == FY_CLASS_DASH && b->klass == FY_CLASS_DASH) ||
               (a->klass == FY_CLASS_ELLIPSIS && b->klass == FY_CLASS_ELLIPSIS))
        b->in_unit = TRUE;
      else if (a->klass == FY_CLASS_STOP && b->klass == FY_CLASS_STOP)
        b->in_unit = TRUE;  /* ？？ ！！ ？！ */

      /* 1/4 em between Han and Latin letters or digits. */
      if ((a->klass == FY_CLASS_HAN && b->latin_alnum) ||
          (a->latin_alnum && b->klass == FY_CLASS_HAN))
        b->glue = MAX (a->em, b->em) / 4;

      /* Two adjacent full-width marks: 2 em → 1.5 em. */
      if (punctuation == FY_PUNCTUATION_COMPRESS && is_mark (a->klass) && is_mark (b->klass) &&
          a->compressed == 0 && b->compressed == 0)
        {
          gboolean a_ends = is_closing (a) && a->ch != 0xFF1F && a->ch != 0xFF01;

          if (a_ends && a->pair_left == 0)
            a->pair_right = mark_half (a);
          else if (b->klass == FY_CLASS_OPEN)
            b->pair_left = mark_half (b);
        }
    }

  mark_url_breaks (c, n);

  /* A unit longer than a whole line may be split anywhere. */
  for (guint k = 0; k < n;)
    {
      guint end = k + 1;
      double w = c[k].base;

      while (end < n && c[end].in_unit)
        w += c[end++].base;
      if (w > full_width + EPS)
        {
          for (guint m = k + 1; m < end; m++)
            c[m].in_unit = FALSE;
        }
      k = end;
    }
}

/* What a cluster could still give up when the line is too long. */
static double
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
static double
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
static guint
first_off_cells (const FyCluster *c,
                 guint            first,
                 guint            last)
{
  for (guint k = first; k < last; k++)
    if (c[k].latin_alnum || c[k].klass == FY_CLASS_SPACE || fabs (c[k].base - c[k].cell) > EPS)
      return k;
  return last;
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
fit_line_grid (FyCluster   *c,
               guint        n,
               guint        i,
               FyBreakLine *line,
               gboolean    *forced_out)
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

  if (natural == 0)
    return i + 1;
  if (legal == natural)
    return natural;

  /* Push-out first on a line of Han characters and marks alone: it
   * keeps every glyph on its column and leaves the line's last cell
   * blank (see phase_justify()), where squeezing a mark would move every
   * character after it off the grid. */
  if (legal > i && first_off_cells (c, i, legal) == legal)
    return legal;

  /* Push-in: the marks that may not start the next line, squeezed in. */
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
              width - room + edge_inset (&c[i]) <= line->avail + EPS)
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
    return fit_line_grid (c, n, i, line, forced_out);

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

/*
 * What a segment's lines cost on the grid:
 *
 * - a full line of Han characters alone that is shorter than its measure
 *   (the classic push-out: 27 characters spread over 28 cells when the
 *   next character is a mark that may not start a line) leaves the grid;
 * - a last line that holds a single character (孤字, "站。") where the
 *   paragraph has more lines.
 *
 * A Chinese typesetter avoids both by taking one character more (push-in,
 * compressing marks) or one less (push-out) on a line before, so that the
 * text after it falls differently.  See fy_linebreak_greedy().
 */
static guint
line_cost (const FyCluster   *c,
           const FyBreakLine *line,
           gboolean           more_lines_before)
{
  guint letters = 0;
  gboolean pure_han = line->last > line->first;
  double nat = 0;

  for (guint k = line->first; k < line->last; k++)
    {
      FyCharClass kl = c[k].klass;

      if (kl == FY_CLASS_NEWLINE || kl == FY_CLASS_SPACE)
        continue;
      if (kl != FY_CLASS_HAN)
        pure_han = FALSE;
      if (!is_mark (kl) && kl != FY_CLASS_CONNECTOR)
        letters++;
      nat += c[k].base;
    }

  if (!line->last_of_paragraph && pure_han && nat < line->avail - EPS)
    return 2;
  if (line->last_of_paragraph && more_lines_before && letters == 1)
    return 1;
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

/* Like fill_segment() for a trial re-break, but as soon as a line starts
 * where one of @old (from @old_from on) started, the rest of @old is
 * taken over unchanged: the breaks have fallen back into step. */
static void
refill_trial (FyCluster            *c,
              guint                 n,
              guint                 i,
              guint                 segment,
              const FyBreakOptions *options,
              FyLineGeometryFunc    geometry,
              gpointer              data,
              GArray               *trial,
              GArray               *old,
              guint                 old_from)
{
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

      geometry (data, i, segment, FALSE, &line.x, &line.avail);
      line.last = fit_line (c, n, i, options, &line, &forced);
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

/*
 * The last resort for a full line of Han characters alone that the lines
 * before cannot help (the first line of a paragraph, or no line before it
 * can give or take a character): the mark that may not start the next
 * line stays on this one, compressed to its ink half, and that half hangs
 * past the type area — as Word and WPS set a 公文 on the grid, where
 * 允许标点溢出边界 is on.  The line keeps its 28 characters on their cells;
 * spreading 27 over 28 cells (push-out) would move every one of them off
 * the grid.  Only a closing mark hangs, and only half an em.
 */
static void
hang_last_resort (FyCluster            *c,
                  guint                 n,
                  guint                 segment,
                  const FyBreakOptions *options,
                  FyLineGeometryFunc    geometry,
                  gpointer              data,
                  GArray               *lines,
                  guint                 seg_first)
{
  for (guint l = seg_first; l < lines->len; l++)
    {
      FyBreakLine line = g_array_index (lines, FyBreakLine, l);
      g_autoptr(GArray) trial = NULL;

      if (line_cost (c, &line, l > seg_first) != 2)
        continue;

      for (guint end = line.last + 1; end <= n && end <= line.last + 2; end++)
        {
          double nat = 0;
          guint mark = end - 1;

          if (!is_closing (&c[mark]) || c[mark].compressed > 0 || c[mark].pair_left > 0 ||
              !break_ok (c, n, end))
            continue;
          for (guint k = line.first; k < mark; k++)
            {
              if (c[k].klass == FY_CLASS_NEWLINE)
                nat = G_MAXDOUBLE;
              else
                nat += width_in_line (c, line.first, mark, k) + (k > line.first ? c[k].glue : 0);
            }
          if (nat > line.avail + EPS)
            continue;

          trial = g_array_new (FALSE, TRUE, sizeof (FyBreakLine));
          g_array_append_vals (trial, lines->data, l);
          line.last = end;
          line.hang = c[mark].cell / 2;
          line.last_of_paragraph = end == n || c[end].klass == FY_CLASS_NEWLINE;
          g_array_append_val (trial, line);
          if (end < n && c[end].klass == FY_CLASS_NEWLINE)
            {
              /* the hard break goes with the line it ends */
              g_array_index (trial, FyBreakLine, trial->len - 1).last = end + 1;
            }
          else if (end < n)
            refill_trial (c, n, end, segment, options, geometry, data, trial, lines, l + 1);
          if (segment_cost (c, trial, seg_first, seg_first) < segment_cost (c, lines, seg_first, seg_first))
            {
              g_array_set_size (lines, 0);
              g_array_append_vals (lines, trial->data, trial->len);
            }
          break;
        }
    }
}

/*
 * Re-breaks one segment whose lines [seg_first, lines->len) leave the
 * grid or end on a single character: tries one or two characters more
 * (push-in) or one less (push-out) on one of the three lines before the
 * fault, lays out the rest again and keeps what costs less.  Push-in is
 * tried first, as clreq prefers it.
 */
static void
repair_segment (FyCluster            *c,
                guint                 n,
                guint                 segment,
                const FyBreakOptions *options,
                FyLineGeometryFunc    geometry,
                gpointer              data,
                GArray               *lines,
                guint                 seg_first)
{
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
                g_autoptr(GArray) trial = NULL;
                int end = (int) prev.last + deltas[d];

                if (prev.last_of_paragraph || end <= (int) prev.first || end > (int) n ||
                    !break_ok (c, n, end))
                  continue;
                if (deltas[d] > 0 && !fits_with_push_in (c, prev.first, end, &prev))
                  continue;

                trial = g_array_new (FALSE, TRUE, sizeof (FyBreakLine));
                g_array_append_vals (trial, lines->data, p - 1);
                prev.last = end;
                prev.hang = 0;
                prev.last_of_paragraph = end == (int) n || c[end - 1].klass == FY_CLASS_NEWLINE;
                g_array_append_val (trial, prev);
                if (!prev.last_of_paragraph)
                  refill_trial (c, n, end, segment, options, geometry, data, trial, lines, p);
                if (segment_cost (c, trial, seg_first, seg_first) < cost)
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

  hang_last_resort (c, n, segment, options, geometry, data, lines, seg_first);
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
      if (options != NULL && options->keep_grid && !options->grid)
        repair_segment (c, n, segment, options, geometry, data, lines, seg_first);
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
 * under a third of the first, and for an hourglass (a middle line shorter
 * than both its neighbours). */
static double
shape_cost (const double *w,
            guint         n_lines,
            double        cell)
{
  double lo = G_MAXDOUBLE, hi = 0, cost;

  for (guint m = 0; m < n_lines; m++)
    {
      lo = MIN (lo, w[m]);
      hi = MAX (hi, w[m]);
    }
  cost = (hi - lo) / cell;
  if (w[n_lines - 1] < 0.3 * hi)
    cost += 10;
  for (guint m = 1; m + 1 < n_lines; m++)
    if (w[m] < w[m - 1] - EPS && w[m] < w[m + 1] - EPS)
      cost += 8;
  return cost;
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
  double           best_cost;
} TitleSearch;

static void
title_search (TitleSearch *ts,
              guint        line,
              guint        from,
              int          spent)
{
  if (3.0 * spent >= ts->best_cost)
    return;
  if (line + 1 == ts->n_lines)
    {
      double w = natural_width (ts->c, ts->cand[from], ts->cand[ts->n_cand - 1]);
      double cost;

      if (w > ts->avail + EPS)
        return;
      ts->widths[line] = w;
      ts->pick[line] = ts->n_cand - 1;
      cost = 3.0 * spent + shape_cost (ts->widths, ts->n_lines, ts->c[0].cell);
      if (cost < ts->best_cost)
        {
          ts->best_cost = cost;
          memcpy (ts->best, ts->pick, ts->n_lines * sizeof (guint));
        }
      return;
    }
  for (guint j = from + 1; j + 1 < ts->n_cand; j++)
    {
      double w = natural_width (ts->c, ts->cand[from], ts->cand[j]);

      if (w > ts->avail + EPS)
        break;
      ts->widths[line] = w;
      ts->pick[line] = j;
      title_search (ts, line + 1, j, spent + ts->price[j]);
    }
}

/*
 * Title lines (GB/T 9704 §7.3.3): the fewest lines, broken only where
 * @penalty allows (>= 0 before cluster k; fy-title-break.c prices phrase
 * boundaries), choosing among those the breaks that cost least in
 * meaning (three times the price) and in shape.  Returns NULL when no
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
  guint min_lines;
  double total;

  cand[n_cand++] = 0;
  for (guint k = 1; k < n; k++)
    {
      if (penalty[k] >= 0 && kinsoku_ok (c, n, k) && c[k].klass != FY_CLASS_SPACE)
        {
          price[n_cand] = penalty[k];
          cand[n_cand++] = k;
        }
    }
  cand[n_cand++] = n;

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

  min_lines = (guint) (total / avail) + 1;
  for (guint n_lines = min_lines; n_lines < n_cand && n_lines <= min_lines + 2; n_lines++)
    {
      g_autofree guint *pick = g_new0 (guint, n_lines);
      g_autofree guint *best = g_new0 (guint, n_lines);
      g_autofree double *widths = g_new0 (double, n_lines);
      TitleSearch ts = { c, cand, price, n_cand, avail, n_lines, pick, best, widths, INFINITY };

      title_search (&ts, 0, 0, 0);
      if (isfinite (ts.best_cost))
        {
          guint start = 0;

          for (guint m = 0; m < n_lines; m++)
            {
              FyBreakLine line = { cand[start], cand[best[m]], 0, avail, TRUE };

              g_array_append_val (lines, line);
              start = best[m];
            }
          return lines;
        }
    }

  g_array_unref (lines);
  return NULL;
}

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
} LineState;

/* Phase 1, trim: natural widths, the fixed trims of adjacent pairs and of
 * a line-start bracket.  Returns the line's natural width. */
static double
phase_trim (LineState         *s,
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
shrink_spaces (LineState *s,
               double     need)
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

/* Han–Latin gaps give up their small flex, all alike. */
static double
shrink_glue (LineState *s,
             double     need)
{
  double cap = 0, f;

  for (guint k = s->first + 1; k < s->end; k++)
    cap += s->gap[k - s->first] > 0 ? s->c[k].glue * GLUE_FLEX : 0;
  if (cap <= 0 || need <= EPS)
    return need;
  f = MIN (1.0, need / cap);
  for (guint k = s->first + 1; k < s->end; k++)
    if (s->gap[k - s->first] > 0)
      s->gap[k - s->first] -= f * s->c[k].glue * GLUE_FLEX;
  return need - f * cap;
}

/* Phase 2, compression in the clreq order (compress presets): the
 * line-end mark to its ink half, then each class of marks alike. */
static double
phase_compress_clreq (LineState *s,
                      double     need)
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
squeeze_mark (LineState *s,
              guint      k,
              double     need)
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

/*
 * Phase 2, compression on the grid (全角式): only a line that took in a
 * mark which may not start the next one is too long.  Whole halves are
 * taken in the clreq order — the line-end mark, adjacent pairs, brackets,
 * ，、；：, 。？！ — each class from the line's end, so that the
 * characters before the first squeezed mark stay on their columns.
 */
static double
phase_compress_grid (LineState *s,
                     double     need)
{
  static const FyCharClass order[][2] = {
    { FY_CLASS_OPEN, FY_CLASS_CLOSE },
    { FY_CLASS_MIDDLE, FY_CLASS_MIDDLE },
    { FY_CLASS_COMMA, FY_CLASS_COMMA },
    { FY_CLASS_STOP, FY_CLASS_STOP },
  };
  FyCluster *c = s->c;

  need = shrink_spaces (s, need);
  if (need > EPS && s->end > s->first && is_closing (&c[s->end - 1]))
    need -= squeeze_mark (s, s->end - 1, need);
  for (guint k = s->end - 1; k > s->first && need > EPS; k--)
    {
      if (!is_mark (c[k - 1].klass) || !is_mark (c[k].klass))
        continue;
      if (is_closing (&c[k - 1]) || c[k].klass != FY_CLASS_OPEN)
        need -= squeeze_mark (s, k - 1, need);
      else
        need -= squeeze_mark (s, k, need);
    }
  for (guint o = 0; o < G_N_ELEMENTS (order) && need > EPS; o++)
    for (guint k = s->end; k > s->first && need > EPS; k--)
      if (c[k - 1].klass == order[o][0] || c[k - 1].klass == order[o][1])
        need -= squeeze_mark (s, k - 1, need);
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

/* Stretches the gaps from cluster @from on: word spaces to 1/2 em,
 * Han–Latin gaps by their flex, then every other gap between clusters
 * (not inside a word, a digit run or ——) alike, at most 1/4 em each;
 * with @in_latin also the break points inside a URL or an over-long run,
 * at most 1/8 em each.  Returns FALSE, changing nothing, when that cannot
 * fill @slack. */
static gboolean
stretch_from (LineState *s,
              guint      from,
              double     slack,
              gboolean   in_latin)
{
  FyCluster *c = s->c;
  guint m = s->end - s->first;
  g_autofree double *w = g_memdup2 (s->w, m * sizeof (double));
  g_autofree double *gap = g_memdup2 (s->gap, m * sizeof (double));
  double left = slack, cap_each = G_MAXDOUBLE;
  guint n_gaps = 0;

  for (int pass = 0; pass < 2 && left > EPS; pass++)
    {
      double cap = 0, f;

      for (guint k = from; k < s->end; k++)
        {
          guint i = k - s->first;

          if (pass == 0 && c[k].klass == FY_CLASS_SPACE)
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

          if (pass == 0 && c[k].klass == FY_CLASS_SPACE)
            w[i] += f * MAX (0, c[k].em / 2 - w[i]);
          else if (pass == 1 && gap[i] > 0)
            gap[i] += f * MAX (0, c[k].glue * (1 + GLUE_FLEX) - gap[i]);
        }
      left -= f * cap;
    }

  for (guint k = from; k < s->end; k++)
    if (stretchable_gap (c, k, in_latin))
      {
        n_gaps++;
        cap_each = MIN (cap_each, c[k].em * STRETCH_CAP / (in_latin ? 2 : 1));
      }
  if (left > EPS)
    {
      double each;

      if (n_gaps == 0)
        return FALSE;
      each = left / n_gaps;
      if (each > cap_each + EPS / n_gaps)
        return FALSE;
      for (guint k = from; k < s->end; k++)
        if (stretchable_gap (c, k, in_latin))
          gap[k - s->first] += each;
    }

  memcpy (s->w, w, m * sizeof (double));
  memcpy (s->gap, gap, m * sizeof (double));
  return TRUE;
}

/*
 * Phase 3, justification.  On the grid the Han characters before the
 * first Latin letter or digit keep their columns, so only the gaps from
 * there on stretch, unless those alone cannot fill the line; a line with
 * no Latin letter or digit does not stretch at all.  A line that
 * cannot be filled within the caps is set flush left, never letter-spaced.
 * Returns the slack left (0 when justified).
 */
static double
phase_justify (LineState *s,
               double     slack,
               gboolean   grid)
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
  if (from > s->first + 1 && stretch_from (s, s->first + 1, slack, FALSE))
    return 0;
  if (stretch_from (s, s->first + 1, slack, TRUE))
    return 0;
  return slack;
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
  guint end = last;   /* without trailing spaces and newlines */
  g_autofree double *w = NULL;
  g_autofree double *tl = NULL;
  g_autofree double *tr = NULL;
  g_autofree double *gap = NULL;
  LineState s;
  double total, diff, x, start;
  double avail = line->avail + line->hang;
  double lead = 0;
  guint m;

  while (end > first && (c[end - 1].klass == FY_CLASS_SPACE || c[end - 1].klass == FY_CLASS_NEWLINE))
    end--;

  m = last - first;
  if (m == 0)
    return 0;

  w = g_new0 (double, m);
  tl = g_new0 (double, m);
  tr = g_new0 (double, m);
  gap = g_new0 (double, m);
  s = (LineState) { c, first, end, last, w, tl, tr, gap };

  total = phase_trim (&s, line);
  if (end > first)
    {
      lead = edge_inset (&c[first]);
      avail -= lead + edge_inset (&c[end - 1]);
    }
  diff = avail - total;

  if (diff < -EPS && end > first)
    diff = -(line->grid ? phase_compress_grid (&s, -diff) : phase_compress_clreq (&s, -diff));
  else if (diff > EPS && align == FY_ALIGN_JUSTIFY && !line->last_of_paragraph)
    diff = phase_justify (&s, diff, line->grid);

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

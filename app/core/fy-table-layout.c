/* fy-table-layout.c — (private) column widths, rows and rules of a typeset table
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-table-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fy-table-layout.h"

/*
 * A table fills the type width.  Each column gets a width from its
 * content, as browsers and word processors size automatic tables: the
 * widest unbreakable piece of any of its cells (the minimum) and the
 * widest cell set on one line (the maximum); compute_cells() then shares
 * the type width out in whole character cells.  Cells are then broken by the engine's own line breaker
 * at their column's width, so kinsoku and Han–Latin spacing hold inside
 * tables too.  Every line of a cell takes one grid line, as Word's tables
 * do on a document grid; a row is as tall as its tallest cell.
 */

#define RULE_OUTER 1.0
#define RULE_INNER 0.5

/* The room between a rule and a cell's text, in character cells: as
 * Word's default cell margins where the table has room, down to about a
 * millimetre where its columns need the width. */
#define PADDING      0.3
#define PADDING_MIN  0.2

/* A cell's paragraph set on one line, to measure it. */
#define MEASURE_WIDTH 100000.0

/* How a cell may break, from the least to the most kept whole. */
typedef enum
{
  PIECES_PLAIN,  /* words of the cell lexicon split too */
  PIECES_WORDS,  /* those words whole, organs' names split between them */
  PIECES_NAMES,  /* the names whole too */
  PIECES_PHRASES, /* and no break between two Han characters */
  N_PIECES
} Pieces;

static gboolean
may_break_in (const FyCluster *c,
              guint            k,
              Pieces           kind)
{
  if (k == 0 || c[k].no_start || c[k - 1].no_end)
    return FALSE;
  if (kind == PIECES_PHRASES && c[k].klass == FY_CLASS_HAN && c[k - 1].klass == FY_CLASS_HAN)
    return FALSE;
  if (!c[k].in_unit)
    return TRUE;
  return c[k].soft_unit && (kind == PIECES_PLAIN || (kind == PIECES_WORDS && c[k].name_unit));
}

/* Appends to @pieces the width of each piece of a cell set on one line
 * between the places it may break as @kind says. */
static void
collect_pieces (FyPara *para,
                Pieces  kind,
                GArray *pieces)
{
  const FyCluster *c = (const FyCluster *) para->clusters->data;
  double unit = 0;

  for (guint k = 0; k < para->clusters->len; k++)
    {
      if (may_break_in (c, k, kind) && unit > 0)
        {
          g_array_append_val (pieces, unit);
          unit = 0;
        }
      if (c[k].klass != FY_CLASS_SPACE || unit > 0)
        unit += c[k].base + (unit > 0 ? c[k].glue : 0);
    }
  if (unit > 0)
    g_array_append_val (pieces, unit);
}

/* Measures a cell set on one line: its widest unbreakable piece (a
 * word of the cell lexicon is one, see keep_cell_words() in
 * fy-typesetter-shape.c; an organ's name may break), its whole width,
 * and its pieces of each kind. */
static void
measure_cell (FyPara *para,
              double *min_width,
              double *max_width,
              GArray *pieces[N_PIECES])
{
  *min_width = 0;
  *max_width = 0;
  for (guint i = 0; i < para->lines->len; i++)
    *max_width = MAX (*max_width, g_array_index (para->lines, FyParaLine, i).width);

  for (guint kind = 0; kind < N_PIECES; kind++)
    {
      g_array_set_size (pieces[kind], 0);
      collect_pieces (para, kind, pieces[kind]);
    }
  for (guint i = 0; i < pieces[PIECES_WORDS]->len; i++)
    *min_width = MAX (*min_width, g_array_index (pieces[PIECES_WORDS], double, i));
  *max_width = MAX (*max_width, *min_width);
}

/* Lines the pieces of a cell take at @width, filled line by line as
 * the line breaker does, a piece wider than a line split over lines;
 * in @n_split the pieces so split (a word broken inside) that are no
 * wider than @split_max. */
static guint
count_piece_lines (GArray *pieces,
                   double  width,
                   double  split_max,
                   guint  *n_split)
{
  guint lines = 1;
  double x = 0;

  *n_split = 0;
  for (guint i = 0; i < pieces->len; i++)
    {
      double w = g_array_index (pieces, double, i);

      if (x > 0 && x + w > width)
        {
          lines++;
          x = 0;
        }
      if (w > width)
        {
          guint over = (guint) ceil (w / width) - 1;

          *n_split += w <= split_max;
          lines += over;
          w -= over * width;
        }
      x += w;
    }
  return lines;
}

/* Lines a cell takes at @width, and in @split whether a word breaks
 * inside, as fy-typesetter-shape.c breaks it: the names of organs whole
 * where they fit, else the words whole, unless that costs a line, when
 * words break (县市场监|督管理局). */
static guint
count_cell_lines (GArray *pieces[N_PIECES],
                  double  width,
                  guint  *split)
{
  guint kept = count_piece_lines (pieces[PIECES_NAMES], width, G_MAXDOUBLE, split);
  guint plain, plain_split;

  if (*split > 0)
    kept = count_piece_lines (pieces[PIECES_WORDS], width, G_MAXDOUBLE, split);
  plain = count_piece_lines (pieces[PIECES_PLAIN], width, G_MAXDOUBLE, &plain_split);
  if (plain < kept)
    {
      *split = 1;
      return plain;
    }
  return kept;
}

/* The widest run of Han characters a header cell keeps on one line
 * where its column can be that wide, in cells: 设施正常运行率 before
 * its （%）.  A longer one (农村居民人均可支配收入) breaks anywhere. */
#define HEADER_PHRASE_CELLS 8.0

/* Whether a header cell of @lines lines at @width breaks inside a run
 * of Han characters it could keep whole (设施正常运行|率（%） where
 * 设施正常运行率|（%） would serve): a run no wider than
 * HEADER_PHRASE_CELLS is split, or the runs kept whole take more lines
 * than the cell does. */
static gboolean
breaks_phrase (GArray *phrases,
               double  width,
               double  cell,
               guint   lines)
{
  guint split;

  return count_piece_lines (phrases, width, HEADER_PHRASE_CELLS * cell, &split) > lines || split > 0;
}

/* A body cell this short (5.5以内, 3左右, 亿美元) is read as one figure or
 * word: broken over two lines it is a defect, not a wrap. */
#define SHORT_CELL_CELLS 4.0

/* What the layout knows of a table's cells before it sets them: for
 * each cell its natural width, and the lines it takes at 0 … @max_cells
 * cells and whether a word breaks inside there. */
typedef struct
{
  guint   n_rows;
  guint   n;
  guint   first_body_row;
  guint   max_cells;
  double  cell;
  double *natural;   /* n_rows × n */
  guint  *lines;     /* n_rows × n × (max_cells + 1) */
  guint  *splits;    /* the same: words broken inside */
} Estimate;

static guint
estimate_at (const Estimate *e,
             guint           r,
             guint           c,
             guint           cells)
{
  return (r * e->n + c) * (e->max_cells + 1) + MIN (cells, e->max_cells);
}

/* The table's height in grid lines, weighed first, as much as each
 * extra line of a short body cell and each word broken inside, then the
 * lines of all its cells: a cell that wraps inside a row that is tall
 * anyway still reads worse than one that does not.  Without the short
 * cells' weight a long 指标 column takes every spare cell and 3左右
 * prints as 3左|右; without the words' a long 事项 column does, and
 * 县市场监督管理局 prints as 县市场监|督管理局. */
static guint
estimate_cost (const Estimate *e,
               const guint    *cells)
{
  guint height = 0;
  guint lines = 0;

  for (guint r = 0; r < e->n_rows; r++)
    {
      guint row = 1;

      for (guint c = 0; c < e->n; c++)
        {
          guint at = estimate_at (e, r, c, cells[c]);
          guint l = e->lines[at];

          row = MAX (row, l);
          lines += l;
          height += e->splits[at];
          if (r >= e->first_body_row && e->natural[r * e->n + c] <= SHORT_CELL_CELLS * e->cell)
            height += l - 1;
        }
      height += row;
    }
  return height * 1000 + lines;
}

/* The width column @c takes at @cells cells: no more than its widest
 * cell set on one line (a column of figures such as 103.7% takes 3.1
 * cells, not 4). */
static double
column_width (const double *max_width,
              guint         c,
              guint         cells,
              double        cell)
{
  return MIN (cells * cell, max_width[c]);
}

static double
used_width (const double *max_width,
            const guint  *cells,
            guint         n,
            double        cell)
{
  double used = 0;

  for (guint c = 0; c < n; c++)
    used += column_width (max_width, c, cells[c], cell);
  return used;
}

/* Moves up to three cells from one column to another while that lowers
 * the cost: the greedy widening takes one column at a time, and a
 * table whose long rows need two columns wider at once (项目名称 and
 * 责任单位) is only helped by taking from a third. */
static void
trade_cells (const Estimate *e,
             double          budget,
             const double   *max_width,
             const guint    *min_cells,
             guint          *cells)
{
  guint cost = estimate_cost (e, cells);

  for (guint round = 0; round < 4 * e->n * e->n; round++)
    {
      guint best_cost = cost;
      guint best_from = e->n, best_to = e->n, best_step = 0;

      for (guint from = 0; from < e->n; from++)
        for (guint to = 0; to < e->n; to++)
          for (guint step = 1; step <= 3 && to != from && cells[from] >= min_cells[from] + step; step++)
            {
              guint h;

              cells[from] -= step;
              cells[to] += step;
              h = estimate_cost (e, cells);
              if (h < best_cost && used_width (max_width, cells, e->n, e->cell) <= budget + 0.01)
                {
                  best_cost = h;
                  best_from = from;
                  best_to = to;
                  best_step = step;
                }
              cells[from] += step;
              cells[to] -= step;
            }
      if (best_from == e->n)
        break;
      cells[best_from] -= best_step;
      cells[best_to] += best_step;
      cost = best_cost;
    }
}

/* Text widths in whole cells: each column starts at its widest
 * unbreakable piece; then, one step at a time, the column whose widening
 * saves the most lines per cell (of the table first, then of its cells)
 * gets wider, until the type width is used or every cell fits on one
 * line; then cells move between columns while that saves lines.  So
 * 序号 or 5.8% never wrap for the sake of a long 说明 column, a long
 * column does not starve a middling one, and a column is as wide as the
 * words of its cells need (县市场监督管理局 does not print as
 * 县市场监|督管理局 for a wider 事项 column). */
static void
compute_cells (const Estimate *e,
               const double   *min_width,
               const double   *max_width,
               double          budget,
               guint          *cells)
{
  guint n = e->n;
  double cell = e->cell;
  g_autofree guint *min_cells = g_new0 (guint, n);

  for (guint c = 0; c < n; c++)
    cells[c] = min_cells[c] = MAX (1, (guint) ceil (min_width[c] / cell - 0.001));

  while (used_width (max_width, cells, n, cell) < budget)
    {
      guint cost = estimate_cost (e, cells);
      double best_gain = 0;
      guint best = n;
      guint best_step = 0;

      for (guint c = 0; c < n; c++)
        {
          guint full = (guint) ceil (max_width[c] / cell - 0.001);
          guint saved = cells[c];

          for (guint step = 1; cells[c] < full && step <= e->max_cells; step++)
            {
              guint h;

              cells[c] = saved + step;
              if (used_width (max_width, cells, n, cell) > budget + 0.01)
                break;
              h = estimate_cost (e, cells);
              if (h < cost)
                {
                  double gain = (double) (cost - h) / step;

                  if (gain > best_gain)
                    {
                      best_gain = gain;
                      best = c;
                      best_step = step;
                    }
                  break;
                }
              if (cells[c] >= full)
                break;
            }
          cells[c] = saved;
        }

      if (best == n)
        break;
      cells[best] += best_step;
    }

  if (used_width (max_width, cells, n, cell) <= budget + 0.01)
    trade_cells (e, budget, max_width, min_cells, cells);
}

/* Spare cells go first to a column one of whose cells breaks inside a
 * word at its width (比上年增|长（%）) and would not one or two cells
 * wider (比上年增长|（%）) with no more lines. */
static void
widen_for_words (FyTableCellFunc  get_cell,
                 gpointer         data,
                 guint            n_rows,
                 guint            n,
                 guint           *cells,
                 const double    *max_width,
                 double           budget,
                 double           cell)
{
  /* (one column after the other, the first columns first) */
  for (guint c = 0; c < n; c++)
    for (guint step = 1; step <= 2; step++)
      {
        gboolean split = FALSE;
        gboolean whole = TRUE;

        cells[c] += step;
        if (used_width (max_width, cells, n, cell) > budget + 0.01)
          {
            cells[c] -= step;
            break;
          }
        cells[c] -= step;
        for (guint r = 0; r < n_rows; r++)
          {
            FyPara *now = get_cell (data, r, c, cells[c] * cell + 0.01);
            FyPara *wider;

            if (!now->split_words)
              continue;
            split = TRUE;
            wider = get_cell (data, r, c, (cells[c] + step) * cell + 0.01);
            whole = whole && !wider->split_words && wider->lines->len <= now->lines->len;
          }
        if (!split)
          break;
        if (whole)
          {
            cells[c] += step;
            break;
          }
      }
}

/* Fills @e (its n_rows, n, cell and max_cells set) with what each cell
 * needs: its natural width, and its lines and words broken inside at
 * every width of 1 to max_cells cells; each column's widest word
 * (@min_width) and widest cell unbroken (@max_width). */
static void
estimate_cells (Estimate        *e,
                FyTableCellFunc  get_cell,
                gpointer         data,
                double          *min_width,
                double          *max_width)
{
  GArray *pieces[N_PIECES];

  e->natural = g_new0 (double, e->n_rows * e->n);
  e->lines = g_new0 (guint, e->n_rows * e->n * (e->max_cells + 1));
  e->splits = g_new0 (guint, e->n_rows * e->n * (e->max_cells + 1));
  for (guint kind = 0; kind < N_PIECES; kind++)
    pieces[kind] = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint r = 0; r < e->n_rows; r++)
    for (guint c = 0; c < e->n; c++)
      {
        double lo;
        double hi;
        guint at = estimate_at (e, r, c, 0);

        measure_cell (get_cell (data, r, c, MEASURE_WIDTH), &lo, &hi, pieces);
        e->natural[r * e->n + c] = hi;
        min_width[c] = MAX (min_width[c], lo);
        max_width[c] = MAX (max_width[c], hi);
        for (guint k = 1; k <= e->max_cells; k++)
          {
            e->lines[at + k] = count_cell_lines (pieces, k * e->cell + 0.01, &e->splits[at + k]);
            /* a header broken inside a phrase weighs as a word broken */
            if (r < e->first_body_row &&
                breaks_phrase (pieces[PIECES_PHRASES], k * e->cell + 0.01, e->cell, e->lines[at + k]))
              e->splits[at + k]++;
          }
        e->lines[at] = e->lines[at + 1];

        e->splits[at] = e->splits[at + 1];
      }
  for (guint kind = 0; kind < N_PIECES; kind++)
    g_array_unref (pieces[kind]);
}

/* The text width of each column (@width) from its @cells, squeezed in
 * proportion where even that is wider than @budget, and the columns'
 * edges and padding: what the columns leave goes to the margins first,
 * then to the right of each column's text. */
static void
place_columns (FyTableLayout *self,
               const double  *max_width,
               const guint   *cells,
               double         budget,
               double         cell,
               double        *width)
{
  guint n = self->n_columns;
  double used;
  double spare;

  for (guint c = 0; c < n; c++)
    width[c] = column_width (max_width, c, cells[c], cell);
  used = used_width (max_width, cells, n, cell);
  if (used > budget)
    {
      /* wider than the page even at the minimum: squeeze in proportion */
      for (guint c = 0; c < n; c++)
        width[c] *= budget / used;
    }
  spare = budget;
  for (guint c = 0; c < n; c++)
    spare -= width[c];
  spare = MAX (spare, 0) / n;
  self->padding = MIN (PADDING * cell, self->padding + spare / 2);
  spare -= 2 * (self->padding - PADDING_MIN * cell);
  for (guint c = 0; c < n; c++)
    self->edges[c + 1] = self->edges[c] + width[c] + 2 * self->padding + MAX (spare, 0);
}

/**
 * fy_table_layout_new:
 * @n_rows: rows of the table, at least 1
 * @n_columns: columns, at least 1
 * @header: whether row 0 is a header row
 * @type_width: the width the table fills
 * @cell: the cells' character cell: text widths are whole cells
 * @get_cell: gives the paragraph of a cell at a width
 * @data: for @cell
 *
 * Returns: (transfer full): the table's columns and broken cells
 */
FyTableLayout *
fy_table_layout_new (guint            n_rows,
                     guint            n_columns,
                     gboolean         header,
                     double           type_width,
                     double           cell,
                     FyTableCellFunc  get_cell,
                     gpointer         data)
{
  FyTableLayout *self = g_new0 (FyTableLayout, 1);
  g_autofree double *min_width = g_new0 (double, n_columns);
  g_autofree double *max_width = g_new0 (double, n_columns);
  g_autofree double *width = g_new0 (double, n_columns);
  g_autofree guint *cells = g_new0 (guint, n_columns);
  Estimate e = { n_rows, n_columns, header ? 1 : 0, 0, cell, NULL, NULL, NULL };
  double budget;

  g_return_val_if_fail (n_rows > 0 && n_columns > 0, self);

  self->n_rows = n_rows;
  self->n_columns = n_columns;
  self->header = header;
  self->padding = PADDING_MIN * cell;
  self->edges = g_new0 (double, n_columns + 1);
  self->cells = g_new0 (FyPara *, n_rows * n_columns);
  self->row_lines = g_new0 (guint, n_rows);
  self->numeric = g_new0 (gboolean, n_columns);

  /* the text's width: the type width less the least room on both
   * sides of each column's text */
  budget = type_width - 2 * self->padding * n_columns;
  e.max_cells = (guint) MAX (1, floor (budget / cell + 0.001));
  estimate_cells (&e, get_cell, data, min_width, max_width);
  compute_cells (&e, min_width, max_width, budget, cells);
  widen_for_words (get_cell, data, n_rows, n_columns, cells, max_width, budget, cell);
  g_free (e.natural);
  g_free (e.lines);
  g_free (e.splits);

  place_columns (self, max_width, cells, budget, cell, width);
  for (guint r = 0; r < n_rows; r++)
    {
      self->row_lines[r] = 1;
      for (guint c = 0; c < n_columns; c++)
        {
          FyPara *para = get_cell (data, r, c, width[c] + 0.01);

          self->cells[r * n_columns + c] = fy_para_ref (para);
          self->row_lines[r] = MAX (self->row_lines[r], para->lines->len);
        }
    }

  return self;
}

/**
 * fy_table_layout_is_number:
 * @text: a cell's printed text
 *
 * Figures as a statistics table holds them: an optional sign, digits
 * (half or full width) with thousands separators and one decimal point,
 * an optional % or ‰: 1,200  −3.5  95.6%  １２.
 *
 * Returns: %TRUE if @text is one number and nothing else
 */
gboolean
fy_table_layout_is_number (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *p = trimmed;
  gboolean digits = FALSE;
  gboolean point = FALSE;
  gboolean ends_well = FALSE;    /* on a digit or the percent sign */

  if (*p == '+' || *p == '-' || g_str_has_prefix (p, "−") || g_str_has_prefix (p, "±"))
    p = g_utf8_next_char (p);
  for (; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      ends_well = FALSE;
      if (g_unichar_isdigit (c))
        digits = ends_well = TRUE;
      else if ((c == '.' || c == 0xFF0E) && digits && !point)
        point = TRUE;
      else if ((c == ',' || c == 0xFF0C) && digits && !point)
        continue;
      else if ((c == '%' || c == 0xFF05 || c == 0x2030) && digits && *g_utf8_next_char (p) == '\0')
        ends_well = TRUE;
      else
        return FALSE;
    }

  return digits && ends_well;
}

/* A cell that only says there is no figure: —, ——, -, /. */
static gboolean
is_no_figure (const char *text)
{
  static const char * const marks[] = { "—", "——", "-", "--", "－", "/", "／", NULL };

  for (guint k = 0; marks[k] != NULL; k++)
    if (strcmp (text, marks[k]) == 0)
      return TRUE;
  return FALSE;
}

/**
 * fy_table_layout_is_figures:
 * @texts: the printed texts of a column's body cells
 * @n: how many
 *
 * A column whose body cells all hold figures (blank ones and a dash for
 * none aside: 合计 … —) is set flush right, header included, as Word and
 * WPS users align them: the digits of equal rank line up down the
 * column.  The PDF and the .docx decide it here alike.
 *
 * Returns: %TRUE if one cell at least holds a figure and every other
 *   one a figure, a dash or nothing
 */
gboolean
fy_table_layout_is_figures (const char * const *texts,
                            guint               n)
{
  gboolean any = FALSE;

  for (guint r = 0; r < n; r++)
    {
      if (*texts[r] == '\0' || is_no_figure (texts[r]))
        continue;
      if (!fy_table_layout_is_number (texts[r]))
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* Where line @l of @para ends, from the line's x: its width, or further
 * when its characters do not start at the line's x (a header cell's
 * line is centred in its cell).  A flush-right cell must end there at
 * its rule, not past it. */
static double
line_end (FyPara *para,
          guint   l)
{
  const FyParaLine *line = &g_array_index (para->lines, FyParaLine, l);
  const FyPlacedCluster *last;

  if (para->placed == NULL || line->last <= line->first || line->last > para->placed->len)
    return line->width;
  last = &g_array_index (para->placed, FyPlacedCluster, line->last - 1);

  return MAX (line->width, last->x + last->width);
}

void
fy_table_layout_free (FyTableLayout *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->n_rows * self->n_columns; i++)
    g_clear_pointer (&self->cells[i], fy_para_unref);
  g_free (self->cells);
  g_free (self->edges);
  g_free (self->row_lines);
  g_free (self->numeric);
  g_free (self);
}

/* Grid lines of rows [@first_row, @last_row). */
guint
fy_table_layout_count_lines (FyTableLayout *self,
                             guint          first_row,
                             guint          last_row)
{
  guint n = 0;

  for (guint r = first_row; r < last_row && r < self->n_rows; r++)
    n += self->row_lines[r];
  return n;
}

static void
add_rule (FyPage *page,
          double  x0,
          double  y0,
          double  x1,
          double  y1,
          double  width)
{
  FyRule rule = { x0, y0, x1, y1, width };

  g_array_append_val (page->rules, rule);
}

/**
 * fy_table_layout_put_row:
 * @self: a table
 * @row: the row to place
 * @page: where
 * @left: page x of the type area
 * @top: page y of the row's first grid line
 * @pitch: the grid's line pitch
 * @baseline_offset: from a grid line's top to the baseline of text of the
 *   cells' size centred in it
 * @first_on_page: the row opens the table on this page: it gets the
 *   table's top rule
 *
 * Places the cells' lines, in reading order (row by row, cell by cell),
 * vertically centred in the row, and the row's rules; the last rule added
 * is the row's bottom rule (see fy_table_layout_close_page()).
 */
void
fy_table_layout_put_row (FyTableLayout *self,
                         guint          row,
                         FyPage        *page,
                         double         left,
                         double         top,
                         double         pitch,
                         double         baseline_offset,
                         gboolean       first_on_page)
{
  guint lines = self->row_lines[row];
  double bottom = top + lines * pitch;
  double right = left + self->edges[self->n_columns];

  for (guint c = 0; c < self->n_columns; c++)
    {
      FyPara *para = self->cells[row * self->n_columns + c];
      double shift = (lines - para->lines->len) * pitch / 2;

      for (guint l = 0; l < para->lines->len; l++)
        {
          FyPageLine pl = { 0 };

          pl.para = fy_para_ref (para);
          pl.line = l;
          pl.block_index = self->block_index;
          if (self->numeric[c])
            pl.x = left + self->edges[c + 1] - self->padding - line_end (para, l);
          else
            pl.x = left + self->edges[c] + self->padding;
          pl.top = top + shift + l * pitch;
          pl.height = pitch;
          pl.baseline = pl.top + baseline_offset;
          g_array_append_val (page->lines, pl);
        }
    }

  if (first_on_page)
    add_rule (page, left, top, right, top, RULE_OUTER);
  for (guint c = 0; c <= self->n_columns; c++)
    add_rule (page, left + self->edges[c], top, left + self->edges[c], bottom,
              c == 0 || c == self->n_columns ? RULE_OUTER : RULE_INNER);
  add_rule (page, left, bottom, right, bottom,
            row + 1 == self->n_rows ? RULE_OUTER : RULE_INNER);
}

/* The table stops on @page after the row placed last: its bottom rule
 * closes the frame. */
void
fy_table_layout_close_page (FyTableLayout *self,
                            FyPage        *page)
{
  if (page->rules->len > 0)
    g_array_index (page->rules, FyRule, page->rules->len - 1).width = RULE_OUTER;
}

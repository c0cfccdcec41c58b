/* fy-table-layout.c — (private) column widths, rows and rules of a typeset table
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-table-layout"

#include "config.h"

#include <math.h>

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

/* A cell's paragraph set on one line, to measure it. */
#define MEASURE_WIDTH 100000.0

static gboolean
may_break_before (const FyCluster *c,
                  guint            k)
{
  return k > 0 && !c[k].in_unit && !c[k].no_start && !c[k - 1].no_end;
}

static void
measure_cell (FyPara *para,
              double *min_width,
              double *max_width)
{
  const FyCluster *c = (const FyCluster *) para->clusters->data;
  double unit = 0;

  *min_width = 0;
  *max_width = 0;
  for (guint i = 0; i < para->lines->len; i++)
    *max_width = MAX (*max_width, g_array_index (para->lines, FyParaLine, i).width);

  for (guint k = 0; k < para->clusters->len; k++)
    {
      if (may_break_before (c, k))
        {
          *min_width = MAX (*min_width, unit);
          unit = 0;
        }
      if (c[k].klass != FY_CLASS_SPACE || unit > 0)
        unit += c[k].base + (unit > 0 ? c[k].glue : 0);
    }
  *min_width = MAX (*min_width, unit);
  *max_width = MAX (*max_width, *min_width);
}

/* Lines a cell of natural width @natural takes at @cells cells. */
static guint
estimate_lines (double natural,
                guint  cells,
                double cell)
{
  double text = cells * cell + 0.01;

  return natural <= text ? 1 : (guint) ceil (natural / text);
}

/* A body cell this short (5.5以内, 3左右, 亿美元) is read as one figure or
 * word: broken over two lines it is a defect, not a wrap. */
#define SHORT_CELL_CELLS 4.0

/* The table's height in grid lines, weighed first, as much as each
 * extra line of a short body cell, then the lines of all its cells: a
 * cell that wraps inside a row that is tall anyway still reads worse
 * than one that does not.  Without the short cells' weight a long 指标
 * column takes every spare cell and 3左右 prints as 3左|右. */
static guint
estimate_cost (const double *natural,
               guint         first_body_row,
               guint         n_rows,
               guint         n,
               const guint  *cells,
               double        cell)
{
  guint height = 0;
  guint lines = 0;

  for (guint r = 0; r < n_rows; r++)
    {
      guint row = 1;

      for (guint c = 0; c < n; c++)
        {
          double text = natural[r * n + c];
          guint l = estimate_lines (text, cells[c], cell);

          row = MAX (row, l);
          lines += l;
          if (r >= first_body_row && text <= SHORT_CELL_CELLS * cell)
            height += l - 1;
        }
      height += row;
    }
  return height * 1000 + lines;
}

/* Text widths in whole cells: each column starts at its widest
 * unbreakable piece; then, one step at a time, the column whose widening
 * saves the most lines per cell (of the table first, then of its cells)
 * gets wider, until the type width is used or every cell fits on one
 * line.  So 序号 or 5.8% never wrap for the
 * sake of a long 说明 column, and a long column does not starve a
 * middling one. */
static void
compute_cells (const double *natural,
               guint         first_body_row,
               const double *min_width,
               const double *max_width,
               guint         n_rows,
               guint         n,
               guint         total,
               double        cell,
               guint        *cells)
{
  guint used = 0;

  for (guint c = 0; c < n; c++)
    {
      cells[c] = MAX (1, (guint) ceil (min_width[c] / cell - 0.001));
      used += cells[c];
    }

  while (used < total)
    {
      guint cost = estimate_cost (natural, first_body_row, n_rows, n, cells, cell);
      double best_gain = 0;
      guint best = n;
      guint best_step = 0;

      for (guint c = 0; c < n; c++)
        {
          guint full = (guint) ceil (max_width[c] / cell - 0.001);
          guint saved = cells[c];

          for (guint step = 1; cells[c] < full && used + step <= total && step <= total; step++)
            {
              guint h;

              cells[c] = saved + step;
              h = estimate_cost (natural, first_body_row, n_rows, n, cells, cell);
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
      used += best_step;
    }
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
                 guint            total,
                 double           cell)
{
  guint used = 0;

  for (guint c = 0; c < n; c++)
    used += cells[c];
  /* (one column after the other, the first columns first) */
  for (guint c = 0; c < n; c++)
    for (guint step = 1; step <= 2 && used + step <= total; step++)
      {
        gboolean split = FALSE;
        gboolean whole = TRUE;

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
            used += step;
            break;
          }
      }
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
  g_autofree double *natural = g_new0 (double, n_rows * n_columns);
  g_autofree guint *cells = g_new0 (guint, n_columns);
  guint total;
  guint used = 0;
  double spare;

  g_return_val_if_fail (n_rows > 0 && n_columns > 0, self);

  self->n_rows = n_rows;
  self->n_columns = n_columns;
  self->header = header;
  self->padding = 0.3 * cell;
  self->edges = g_new0 (double, n_columns + 1);
  self->cells = g_new0 (FyPara *, n_rows * n_columns);
  self->row_lines = g_new0 (guint, n_rows);
  self->numeric = g_new0 (gboolean, n_columns);

  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_columns; c++)
      {
        double lo;
        double hi;

        measure_cell (get_cell (data, r, c, MEASURE_WIDTH), &lo, &hi);
        natural[r * n_columns + c] = hi;
        min_width[c] = MAX (min_width[c], lo);
        max_width[c] = MAX (max_width[c], hi);
      }

  /* whole cells of text, the rest of the type width shared out as
   * room on the right of each column */
  total = (guint) MAX (n_columns, floor ((type_width - 2 * self->padding * n_columns) / cell + 0.001));
  compute_cells (natural, header ? 1 : 0, min_width, max_width, n_rows, n_columns, total, cell, cells);
  widen_for_words (get_cell, data, n_rows, n_columns, cells, total, cell);
  for (guint c = 0; c < n_columns; c++)
    used += cells[c];
  if (used > total)
    {
      /* wider than the page even at the minimum: squeeze in proportion */
      for (guint c = 0; c < n_columns; c++)
        width[c] = (type_width - 2 * self->padding * n_columns) * cells[c] / used;
    }
  else
    {
      for (guint c = 0; c < n_columns; c++)
        width[c] = cells[c] * cell;
    }
  spare = type_width - 2 * self->padding * n_columns;
  for (guint c = 0; c < n_columns; c++)
    spare -= width[c];
  for (guint c = 0; c < n_columns; c++)
    self->edges[c + 1] = self->edges[c] + width[c] + 2 * self->padding + MAX (spare, 0) / n_columns;

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

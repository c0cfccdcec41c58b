/* fy-typesetter-paginate.c — placed paragraphs and tables onto pages
 *
 * The typesetter hands over one FyPlaced per block (its paragraph or
 * table, the blank grid lines before it and what it must be kept with);
 * this file fills pages line by line on the style's grid, keeps headings
 * with what follows and the signature with what precedes, places the
 * signature and date (GB/T 9704 7.3.5.3) and adds page numbers.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-typesetter"

#include "config.h"

#include <pango/pangocairo.h>

#include "fy-typesetter-private.h"

/* ---- pagination --------------------------------------------------------- */

typedef struct
{
  FyTypesetter *self;
  FyLayout     *layout;
  FyPage       *page;
  guint         slot;
  guint         lines_per_page;
} Pager;

/* The progress guarantee: a page is begun only when the one before holds
 * a line.  Every caller either places a line or begins a page from a
 * page with a line on it, and a line always fits an empty page (a
 * validated style's line spans are at most its lines per page, and a
 * keep unit no page can hold is relaxed), so pagination ends after at
 * most one page per line. */
static void
pager_new_page (Pager *pager)
{
  g_assert (pager->page == NULL || pager->page->lines->len > 0);
  pager->page = fy_layout_add_page (pager->layout);
  pager->slot = 0;
}

/* A rule across the type area at @y (the 版记's) */
static void
pager_put_rule (Pager  *pager,
                double  y,
                double  width)
{
  FyStyle *style = pager->self->style;
  FyRule rule = { 0 };

  rule.x0 = fy_style_get_margin_left (style);
  rule.x1 = rule.x0 + fy_style_get_type_width (style);
  rule.y0 = rule.y1 = y;
  rule.width = width;
  g_array_append_val (pager->page->rules, rule);
}

static void
pager_put_line (Pager  *pager,
                FyPlaced *p,
                guint   line)
{
  FyStyle *style = pager->self->style;
  double pitch = fy_style_get_line_pitch (style);
  double body = fy_style_get_role (style, FY_STYLE_ROLE_BODY)->size;
  double offset = (pitch - body) / 2 + 0.88 * body;
  FyPageLine pl = { 0 };
  guint span = p->span;

  /* A line taller than a page (not from a validated style) overflows an
   * empty page rather than leaving it blank. */
  if (pager->page == NULL || (pager->slot > 0 && pager->slot + span > pager->lines_per_page))
    pager_new_page (pager);

  pl.para = fy_para_ref (p->para);
  pl.line = line;
  pl.block_index = p->block_index;
  pl.x = fy_style_get_margin_left (style) + p->x_shift + (line > 0 ? p->date_shift : 0);
  pl.top = fy_style_get_margin_top (style) + pager->slot * pitch;
  pl.height = span * pitch;
  pl.baseline = pl.top + (span - 1) * pitch + offset;
  g_array_append_val (pager->page->lines, pl);
  if (line == 0 && p->rule_above > 0)
    pager_put_rule (pager, pl.top, p->rule_above);
  if (line + 1 == p->para->lines->len && p->rule_below > 0)
    pager_put_rule (pager, pl.top + pl.height, p->rule_below);

  if (line == 0 && (p->outline != NULL || p->para->outline != NULL))
    {
      FyOutlineEntry e = { 0 };

      e.title = g_strdup (p->outline != NULL ? p->outline : p->para->outline);
      e.level = p->outline != NULL ? p->outline_level : 5;
      e.page = pager->layout->pages->len - 1;
      e.y = pl.top;
      g_array_append_val (pager->layout->outline, e);
    }

  pager->slot += span;
}

/* Body rows of a table that must stand on each side of a page break:
 * a header and one row at a page foot, or one row carried over, is
 * legal but reads as a stray. */
#define TABLE_MIN_ROWS 2

static guint
table_first_body_row (FyTableLayout *t)
{
  return t->header && t->n_rows > 1 ? 1 : 0;
}

static guint
placed_n_lines (FyPlaced *p)
{
  if (p->table != NULL)
    return fy_table_layout_count_lines (p->table, 0, p->table->n_rows);
  return p->para->lines->len;
}

/* A block set without a page break: a heading, a title block, a
 * paragraph of up to three lines (one line may not stand alone on
 * either page). */
static gboolean
placed_is_whole (FyPlaced *p)
{
  return p->keep_with_next || placed_n_lines (p) <= 3 || p->span > 1;
}

/* The grid lines that must follow a keep-with-next block on its page:
 * all of a whole block, two lines of a paragraph. */
static guint
placed_first_chunk (FyPlaced *p)
{
  /* a table: the header row and the body rows that may not be parted
   * from it (paginate_table()) */
  if (p->table != NULL)
    {
      guint first = table_first_body_row (p->table);

      if (p->table->n_rows - first <= 2 * TABLE_MIN_ROWS - 1)
        return placed_n_lines (p);
      return fy_table_layout_count_lines (p->table, 0, first + TABLE_MIN_ROWS);
    }
  if (placed_is_whole (p))
    return placed_n_lines (p) * p->span;
  return 2 * p->span;
}

static guint tail_need (GArray *placed, guint b);

/* See tail_need(). */
#define MAX_TAIL_BLOCKS 256

/* What must stay on one page with the start of block @b: the block and,
 * while blocks keep with the next, the next one, up to the first lines
 * of the block that ends the run.  A heading (or a run of headings) thus
 * goes with two lines of its text (GB/T 9704 practice: a heading never
 * ends a page), the title block and the salutation with the body. */
static guint
keep_need (GArray *placed,
           guint   b)
{
  FyPlaced *p = &g_array_index (placed, FyPlaced, b);
  guint need = placed_n_lines (p) * p->span;

  if (!p->keep_with_next)
    return need;

  for (guint q = b + 1; q < placed->len; q++)
    {
      FyPlaced *next = &g_array_index (placed, FyPlaced, q);

      /* a document the notice issues starts a page of its own: none
       * of it needs room on this one (the closing date keeps with the
       * next block, here its 附件 label) */
      if (next->new_page)
        break;
      need += next->gap_before;
      if (next->keep_with_next)
        {
          need += placed_n_lines (next) * next->span;
          continue;
        }
      need += placed_first_chunk (next);
      /* a block set whole that the blocks after it keep with (a table
       * it announces, the signature) brings them along too */
      if (placed_is_whole (next))
        need += tail_need (placed, q);
      break;
    }

  return need;
}

/* The grid lines that must follow the end of block @b on its page: the
 * run of blocks after it that may not start a page, each whole but the
 * last, which brings what it must start a page with (its first chunk,
 * or what it keeps with). */
static guint
tail_need (GArray *placed,
           guint   b)
{
  guint tail = 0;

  /* a run of more blocks than any page has lines is no unit a page
   * can hold (the caller relaxes it); stopping early keeps long runs
   * of announcing lines from costing time per block */
  for (guint q = b + 1; q < placed->len && q - b <= MAX_TAIL_BLOCKS; q++)
    {
      FyPlaced *next = &g_array_index (placed, FyPlaced, q);
      gboolean last = q + 1 >= placed->len || !g_array_index (placed, FyPlaced, q + 1).keep_with_prev;

      if (!next->keep_with_prev || next->new_page)
        break;
      tail += next->gap_before;
      if (next->table != NULL)
        {
          tail += placed_first_chunk (next);
          break;
        }
      if (last)
        {
          tail += next->keep_with_next ? keep_need (placed, q) : placed_first_chunk (next);
          break;
        }
      tail += placed_n_lines (next) * next->span;
    }

  return tail;
}

/* Body rows from @r on that fit in @room grid lines. */
static guint
table_rows_fitting (FyTableLayout *t,
                    guint          r,
                    guint          room)
{
  guint k = 0;
  guint used = 0;

  while (r + k < t->n_rows && used + t->row_lines[r + k] <= room)
    used += t->row_lines[r + k++];
  return k;
}

/* A table breaks only between rows, with at least TABLE_MIN_ROWS body
 * rows on each side of a break, and each page it continues on starts
 * with the header row again.  A table too short to split so goes
 * whole; a page too small for the rule takes what fits. */
static void
paginate_table (Pager  *pager,
                FyPlaced *p)
{
  FyStyle *style = pager->self->style;
  FyTableLayout *t = p->table;
  double pitch = fy_style_get_line_pitch (style);
  double size = fy_style_get_role (style, FY_STYLE_ROLE_TABLE)->size;
  double offset = (pitch - size) / 2 + 0.88 * size;
  double left = fy_style_get_margin_left (style);
  guint L = pager->lines_per_page;
  guint first = table_first_body_row (t);
  guint head = first > 0 ? t->row_lines[0] : 0;
  guint r = first;

  while (r < t->n_rows)
    {
      guint room = L - pager->slot > head ? L - pager->slot - head : 0;
      guint fit = table_rows_fitting (t, r, room);
      guint k = fit;
      guint rest = t->n_rows - r - k;

      if (rest > 0)
        {
          /* widows: rows carried over; orphans: rows left here */
          if (rest < TABLE_MIN_ROWS)
            k = k > TABLE_MIN_ROWS - rest ? k - (TABLE_MIN_ROWS - rest) : 0;
          if (k < TABLE_MIN_ROWS)
            k = 0;
        }
      if (k == 0)
        {
          if (pager->slot > 0)
            {
              pager_new_page (pager);
              continue;
            }
          k = MAX (1, fit);   /* a page that small: progress first */
        }

      if (first > 0)
        {
          fy_table_layout_put_row (t, 0, pager->page, left,
                                   fy_style_get_margin_top (style) + pager->slot * pitch,
                                   pitch, offset, TRUE);
          pager->slot += t->row_lines[0];
        }
      for (guint m = 0; m < k; m++, r++)
        {
          fy_table_layout_put_row (t, r, pager->page, left,
                                   fy_style_get_margin_top (style) + pager->slot * pitch,
                                   pitch, offset, first == 0 && m == 0);
          pager->slot += t->row_lines[r];
        }
      if (r >= t->n_rows)
        break;
      fy_table_layout_close_page (t, pager->page);
      pager_new_page (pager);
    }
}

/* Moves down to where blocks @b to the end end on a page's last line
 * (the 版记, GB/T 9704 §7.4): on this page if they fit below what it
 * holds, else on the next. */
static void
pager_to_foot (Pager  *pager,
               GArray *placed,
               guint   b)
{
  guint need = 0;

  for (guint q = b; q < placed->len; q++)
    {
      FyPlaced *p = &g_array_index (placed, FyPlaced, q);

      need += (q > b ? p->gap_before : 0) + placed_n_lines (p) * p->span;
    }
  if (need > pager->lines_per_page)
    return;
  if (pager->slot + need > pager->lines_per_page && pager->page->lines->len > 0)
    pager_new_page (pager);
  pager->slot = MAX (pager->slot, pager->lines_per_page - need);
}

/* Puts the @n lines of paragraph @p on the pages: no single line left
 * at the bottom of a page or carried over to the next, and where @tail
 * lines (a signature and its date) must follow the paragraph, not the
 * signature alone at the top of a page. */
static void
paginate_paragraph (Pager    *pager,
                    FyPlaced *p,
                    guint     n,
                    guint     tail)
{
  guint remaining;

  for (guint i = 0; i < n;)
    {
      guint left = n - i;
      gboolean break_after = FALSE;
      guint k;

      remaining = pager->lines_per_page - pager->slot;
      if (left <= remaining)
        {
          k = left;
          if (tail > 0 && pager->slot > 0 && left + tail > remaining)
            {
              /* The signature would start the next page alone:
               * two lines go over with it, or the whole rest. */
              if (left >= 4)
                {
                  k = left - 2;
                  break_after = TRUE;
                }
              else if (left + tail <= pager->lines_per_page)
                k = 0;
            }
        }
      else
        {
          k = remaining;
          if (left - k < 2)
            k = left - 2;
          if (k < 2)
            k = 0;
        }

      if (k == 0 && pager->slot == 0)
        k = MIN (left, remaining);   /* a page that small: progress first */
      if (k == 0)
        {
          pager_new_page (pager);
          continue;
        }
      for (guint m = 0; m < k; m++)
        pager_put_line (pager, p, i + m);
      i += k;
      if (break_after)
        pager_new_page (pager);
    }
}

void
fy_typesetter_paginate (FyTypesetter *self,
                        FyLayout     *layout,
                        GArray       *placed)
{
  Pager pager = { self, layout, NULL, 0, fy_style_get_lines_per_page (self->style) };
  guint L = pager.lines_per_page;

  pager_new_page (&pager);

  for (guint b = 0; b < placed->len; b++)
    {
      FyPlaced *p = &g_array_index (placed, FyPlaced, b);
      guint n = placed_n_lines (p);
      guint need;
      guint tail = 0;
      guint remaining;

      /* blank lines between blocks vanish at the top of a page */
      if (p->new_page && pager.slot > 0)
        pager_new_page (&pager);
      else if (pager.slot > 0)
        {
          pager.slot += p->gap_before;
          if (pager.slot >= L)
            pager_new_page (&pager);
        }

      if (p->table != NULL)
        {
          paginate_table (&pager, p);
          continue;
        }
      if (p->foot)
        pager_to_foot (&pager, placed, b);

      /* What must stay together with the start of this block; a unit
       * no page can hold keeps only the block itself together, so
       * pagination always moves on. */
      need = keep_need (placed, b);
      if (need > L)
        need = n * p->span;

      /* Blocks that must not start a page (the signature and date,
       * the closing matter before them, a list after its lead-in) take
       * the end of this one along. */
      if (!p->keep_with_next)
        {
          tail = tail_need (placed, b);
          if (tail + 2 * p->span > L)
            tail = 0;
        }

      remaining = L - pager.slot;
      if (placed_is_whole (p))
        {
          if (need + tail > remaining && pager.slot > 0 && need + tail <= L)
            pager_new_page (&pager);
          else if (need > remaining && pager.slot > 0 && need <= L)
            pager_new_page (&pager);
          for (guint i = 0; i < n; i++)
            pager_put_line (&pager, p, i);
          continue;
        }

      paginate_paragraph (&pager, p, n, tail);
    }
}

/* ---- page numbers ----------------------------------------------------- */

void
fy_typesetter_add_page_numbers (FyTypesetter *self,
                                FyLayout     *layout,
                                GHashTable   *used)
{
  FyStyle *style = self->style;
  FyPageNumberPosition position = fy_style_get_page_number_position (style);
  double pitch = fy_style_get_char_pitch (style);
  double left = fy_style_get_margin_left (style);
  double width = fy_style_get_type_width (style);
  double bottom = fy_style_get_margin_top (style) + fy_style_get_type_height (style);
  const FyRoleStyle *rs = fy_style_get_role (style, FY_STYLE_ROLE_PAGE_NUMBER);

  if (position == FY_PAGE_NUMBER_NONE)
    return;

  for (guint i = 0; i < layout->pages->len; i++)
    {
      FyPage *page = g_ptr_array_index (layout->pages, i);
      g_autofree char *text = g_strdup_printf ("— %u —", i + 1);
      FyParaSource src;
      FyPara *para;
      FyParaLine *line;
      FyPageLine pl = { 0 };
      double dash_top = rs->size * 0.35;

      if (i == 0 && !fy_style_get_page_number_on_first_page (style))
        continue;

      fy_para_source_init (&src, FY_STYLE_ROLE_PAGE_NUMBER);
      src.geometry = FY_GEOMETRY_PLACED;
      fy_para_source_append (&src, text, FY_STYLE_ROLE_PAGE_NUMBER, 0, 0, TRUE);
      para = fy_typesetter_lookup_para (self, &src, used);
      fy_para_source_clear (&src);
      line = &g_array_index (para->lines, FyParaLine, 0);

      /* GB/T 9704 measures 7 mm to the top of the dash's ink. */
      if (para->clusters->len > 0)
        {
          FyCluster *c = &g_array_index (para->clusters, FyCluster, 0);
          PangoItem *item = g_ptr_array_index (para->items, c->item);
          PangoGlyphString *gs = g_ptr_array_index (para->glyphs, c->item);
          PangoRectangle ink;

          pango_font_get_glyph_extents (item->analysis.font, gs->glyphs[c->glyph_start].glyph, &ink, NULL);
          if (ink.height > 0)
            dash_top = -(double) ink.y / PANGO_SCALE;
        }

      pl.para = fy_para_ref (para);
      pl.line = 0;
      pl.block_index = -1;
      pl.baseline = bottom + fy_style_get_page_number_offset (style) + dash_top;
      pl.top = pl.baseline - rs->size;
      pl.height = rs->size * 1.2;
      if (position == FY_PAGE_NUMBER_CENTER)
        pl.x = left + (width - line->width) / 2;
      else if ((i + 1) % 2 == 1)
        pl.x = left + width - rs->indent * pitch - line->width;
      else
        pl.x = left + rs->indent * pitch;
      g_array_append_val (page->lines, pl);
    }
}

/* ---- signature and date ------------------------------------------------ */

/* GB/T 9704 7.3.5.3: signature 2 字 in from the right; the date on the
 * next line, its first character 2 字 right of the signature's; if the
 * date is longer, the date is 2 字 in and the signature moves left. */
void
fy_typesetter_place_signature (FyTypesetter *self,
                               FyPlaced     *sig,
                               FyPlaced     *date)
{
  double width = fy_style_get_type_width (self->style);
  double cell = fy_style_get_char_pitch (self->style);
  /* the date typed on the signature's second line (a line break) */
  gboolean date_inside = date == NULL && sig->para->lines->len > 1 && strchr (sig->para->text, '\n') != NULL;
  double name_w = 0;
  double date_w = 0;
  double name_x, date_x;

  /* a name too long for one line is broken by meaning: its widest line */
  for (guint i = 0; i < (date_inside ? 1 : sig->para->lines->len); i++)
    name_w = MAX (name_w, g_array_index (sig->para->lines, FyParaLine, i).width);
  if (date != NULL)
    date_w = g_array_index (date->para->lines, FyParaLine, 0).width;
  else if (date_inside)
    date_w = g_array_index (sig->para->lines, FyParaLine, 1).width;

  if (date_w > 0 && date_w + 2 * cell > name_w)
    {
      date_x = width - 2 * cell - date_w;
      name_x = date_x - 2 * cell;
    }
  else
    {
      name_x = width - 2 * cell - name_w;
      date_x = name_x + 2 * cell;
    }

  sig->x_shift = MAX (0, name_x);
  if (date != NULL)
    date->x_shift = MAX (0, date_x);
  else
    sig->date_shift = MAX (0, date_x) - sig->x_shift;
}

/* fy-typesetter-imprint.c — the 版记 at a document's end: 抄送 and 印发 lines between rules
 *
 * GB/T 9704 §7.4 ends a document with its 版记: the 抄送 line (抄送：
 * and the organs, the names hung under the first after the colon) and
 * the line of the organ that prints it and the date (临川市人民政府办公室
 * flush left, 2026年12月3日印发 flush right), in 4号 仿宋, one character
 * in from both edges, a thick rule above the first and under the last, a
 * thin one between, the last line on the page's last line.
 *
 * The document keeps these lines as the paragraphs they were typed as;
 * they are known by the text they print (fy_doc_is_copy_to_line(),
 * fy_doc_is_printed_line(); a template's 版记 names its organs and date
 * with fields) where they end the document, so a .fayan
 * file, Markdown, plain text and Word keep them as they keep any
 * paragraph, and their import reads them back as they were.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-typesetter"

#include "config.h"

#include "fy-doc-labels.h"
#include "fy-typesetter-private.h"

/* GB/T 9704 §7.4.1: the first and last rules 0.35 mm, those between 0.25 mm */
#define RULE_THICK (0.35 * FY_POINTS_PER_MM)
#define RULE_THIN  (0.25 * FY_POINTS_PER_MM)

static gboolean
is_imprint_text (const char *text)
{
  return fy_doc_is_copy_to_line (text) || fy_doc_is_printed_line (text);
}

/**
 * fy_typesetter_is_imprint:
 * @source: the document
 * @index: a block of it
 *
 * Returns: whether block @index is a line of the 版记: a 抄送 or 印发
 *   line that only such lines follow to the document's end
 */
gboolean
fy_typesetter_is_imprint (FySource *source,
                          guint     index)
{
  guint n = fy_source_get_n_blocks (source);

  for (guint q = index; q < n; q++)
    {
      FySourceBlock *block = fy_source_get_block (source, q);

      if (fy_source_block_is_markup_only (block))
        continue;
      if (fy_source_block_get_role (block) == FY_BLOCK_ROLE_TABLE ||
          !is_imprint_text (fy_source_block_get_printed_text (block)))
        return FALSE;
    }
  return index < n;
}

/* One character of the 版记's size in from each edge, while a character
 * still fits between. */
static double
imprint_inset (FyTypesetter *self)
{
  const FyRoleStyle *rs = fy_style_get_role (self->style, FY_STYLE_ROLE_IMPRINT);
  double cell = fy_typesetter_role_cell (self, rs->size);
  double room = fy_style_get_type_width (self->style) - rs->size;

  return CLAMP (room / 2, 0, cell);
}

/**
 * fy_typesetter_imprint_source:
 * @self: the typesetter
 * @source: the document
 * @index: a block of it
 * @src: the block's paragraph source
 *
 * Sets @src as a line of the 版记 if block @index is one: in the 版记's
 * face, inset from both edges, a 抄送 line hung after its colon (as an
 * attachment note is), the 印发 line parted to both edges (as a 纪要's
 * header line is).
 *
 * Returns: whether block @index is a line of the 版记
 */
gboolean
fy_typesetter_imprint_source (FyTypesetter *self,
                              FySource     *source,
                              guint         index,
                              FyParaSource *src)
{
  const char *text = fy_source_block_get_printed_text (fy_source_get_block (source, index));

  if (!fy_typesetter_is_imprint (source, index))
    return FALSE;

  src->role = FY_STYLE_ROLE_IMPRINT;
  for (guint s = 0; s < src->segments->len; s++)
    g_array_index (src->segments, FyParaSegment, s).role = src->role;
  src->geometry = fy_doc_is_printed_line (text) ? FY_GEOMETRY_SPLIT : FY_GEOMETRY_ATTACHMENT;
  src->balanced = FALSE;
  src->inset = imprint_inset (self);
  return TRUE;
}

/* A name longer than this is no organ's (市人大常委会办公室 is 9): it may
 * break, so that a line never overflows. */
#define IMPRINT_NAME_MAX 20

static gboolean
parts_names (gunichar ch)
{
  return ch == 0xFF0C /* ， */ || ch == 0x3001 /* 、 */ || ch == 0xFF1A /* ： */ || ch == ':' || ch == ',';
}

/**
 * fy_typesetter_keep_imprint_names:
 * @c: the clusters of a 抄送 line of the 版记
 * @n: how many
 *
 * Keeps each organ the 抄送 line names whole (市中级人民法院, not
 * 市中级法|院): the line breaks only after the mark that parts two
 * names (，、) or after 抄送：.
 */
void
fy_typesetter_keep_imprint_names (FyCluster *c,
                                  guint      n)
{
  guint start = 0;

  for (guint k = 0; k <= n; k++)
    {
      if (k < n && !parts_names (c[k].ch) && c[k].klass != FY_CLASS_NEWLINE)
        continue;
      if (k - start <= IMPRINT_NAME_MAX)
        for (guint m = start + 1; m < k; m++)
          c[m].in_unit = TRUE;
      start = k + 1;
    }
}

/**
 * fy_typesetter_place_imprint:
 * @self: the typesetter
 * @source: the document
 * @placed: (element-type FyPlaced): its placed blocks, in order
 *
 * Places the 版记's lines (fy_typesetter_imprint_source()) one under the
 * other between their rules, together and with the end of the text
 * before them, at the foot of the page.
 */
void
fy_typesetter_place_imprint (FyTypesetter *self,
                             FySource     *source,
                             GArray       *placed)
{
  guint first = placed->len;

  while (first > 0)
    {
      FyPlaced *p = &g_array_index (placed, FyPlaced, first - 1);

      if (p->table != NULL || !fy_typesetter_is_imprint (source, p->block_index))
        break;
      first--;
    }

  for (guint b = first; b < placed->len; b++)
    {
      FyPlaced *p = &g_array_index (placed, FyPlaced, b);

      p->x_shift = imprint_inset (self);
      p->keep_with_prev = TRUE;
      p->keep_with_next = FALSE;
      p->rule_above = b == first ? RULE_THICK : RULE_THIN;
      p->rule_below = b + 1 == placed->len ? RULE_THICK : 0;
      if (b > first)
        p->gap_before = 0;
    }
  if (first < placed->len)
    g_array_index (placed, FyPlaced, first).foot = TRUE;
}

/* fy-layout.c — the result of typesetting: pages → lines → positioned glyph runs
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-layout"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>
#include <math.h>

#include "fy-document.h"
#include "fy-layout-private.h"

G_DEFINE_BOXED_TYPE (FyLayout, fy_layout, fy_layout_ref, fy_layout_unref)

static void
page_free (gpointer data)
{
  FyPage *page = data;

  for (guint i = 0; i < page->lines->len; i++)
    fy_para_unref (g_array_index (page->lines, FyPageLine, i).para);
  g_array_unref (page->lines);
  g_array_unref (page->rules);
  g_free (page);
}

FyLayout *
fy_layout_new (FyStyle *style)
{
  FyLayout *self = g_new0 (FyLayout, 1);

  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->vector_lock);
  self->style = g_object_ref (style);
  self->width = fy_style_get_page_width (style);
  self->height = fy_style_get_page_height (style);
  self->pages = g_ptr_array_new_with_free_func (page_free);
  self->warnings = g_array_new (FALSE, TRUE, sizeof (FyLayoutWarning));
  self->outline = g_array_new (FALSE, TRUE, sizeof (FyOutlineEntry));

  return self;
}

FyPage *
fy_layout_add_page (FyLayout *self)
{
  FyPage *page = g_new0 (FyPage, 1);

  page->lines = g_array_new (FALSE, TRUE, sizeof (FyPageLine));
  page->rules = g_array_new (FALSE, TRUE, sizeof (FyRule));
  g_ptr_array_add (self->pages, page);
  return page;
}

void
fy_layout_add_warning (FyLayout            *self,
                       FyLayoutWarningKind  kind,
                       const char          *message,
                       int                  block_index,
                       int                  char_offset)
{
  FyLayoutWarning w = { kind, g_strdup (message), block_index, char_offset };

  g_array_append_val (self->warnings, w);
}

FyLayout *
fy_layout_ref (FyLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
fy_layout_unref (FyLayout *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (guint i = 0; i < self->warnings->len; i++)
    g_free (g_array_index (self->warnings, FyLayoutWarning, i).message);
  for (guint i = 0; i < self->outline->len; i++)
    g_free (g_array_index (self->outline, FyOutlineEntry, i).title);
  g_array_unref (self->warnings);
  g_array_unref (self->outline);
  g_clear_pointer (&self->vector_fonts, fy_vector_fonts_free);
  g_mutex_clear (&self->vector_lock);
  g_ptr_array_unref (self->pages);
  g_object_unref (self->style);
  g_free (self);
}

/**
 * fy_layout_get_style:
 * @self: a #FyLayout
 *
 * Returns: (transfer none): the style the layout was made with
 */
FyStyle *
fy_layout_get_style (FyLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->style;
}

guint
fy_layout_get_n_pages (FyLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pages->len;
}

void
fy_layout_get_page_size (FyLayout *self,
                         double   *width,
                         double   *height)
{
  g_return_if_fail (self != NULL);

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

/**
 * fy_layout_page_equal:
 * @a: a layout
 * @page_a: a page of @a
 * @b: another layout, typically of the same document after an edit
 * @page_b: a page of @b
 *
 * Whether the two pages draw the same, so that a picture of one serves
 * for the other: the same lines of the same paragraphs (the typesetter's
 * paragraph cache shares a paragraph that did not change between
 * layouts) at the same places, the same rules, the same page size.  A
 * page number is laid out for each page, so it is compared by its text.
 * %FALSE when unsure.
 *
 * Returns: %TRUE if the pages are drawn alike
 */
gboolean
fy_layout_page_equal (FyLayout *a,
                      guint     page_a,
                      FyLayout *b,
                      guint     page_b)
{
  FyPage *pa, *pb;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  g_return_val_if_fail (page_a < a->pages->len && page_b < b->pages->len, FALSE);

  if (a->style != b->style || a->width != b->width || a->height != b->height)
    return FALSE;

  pa = g_ptr_array_index (a->pages, page_a);
  pb = g_ptr_array_index (b->pages, page_b);
  if (pa->lines->len != pb->lines->len || pa->rules->len != pb->rules->len)
    return FALSE;
  if (pa->rules->len > 0 &&
      memcmp (pa->rules->data, pb->rules->data, pa->rules->len * sizeof (FyRule)) != 0)
    return FALSE;

  for (guint i = 0; i < pa->lines->len; i++)
    {
      const FyPageLine *la = &g_array_index (pa->lines, FyPageLine, i);
      const FyPageLine *lb = &g_array_index (pb->lines, FyPageLine, i);

      if (la->line != lb->line || la->block_index != lb->block_index ||
          la->x != lb->x || la->baseline != lb->baseline ||
          la->top != lb->top || la->height != lb->height)
        return FALSE;
      if (la->para != lb->para &&
          (la->block_index >= 0 || g_strcmp0 (la->para->text, lb->para->text) != 0))
        return FALSE;
    }

  return TRUE;
}

/**
 * fy_layout_get_warnings:
 * @self: a #FyLayout
 * @n_warnings: (out): the number of warnings
 *
 * Font substitutions first, then per-block warnings in document order.
 *
 * Returns: (array length=n_warnings) (transfer none): the warnings
 */
const FyLayoutWarning *
fy_layout_get_warnings (FyLayout *self,
                        guint    *n_warnings)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_warnings != NULL, NULL);

  *n_warnings = self->warnings->len;
  return (const FyLayoutWarning *) self->warnings->data;
}

guint
fy_layout_get_n_lines (FyLayout *self,
                       guint     page)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (page < self->pages->len, 0);

  return ((FyPage *) g_ptr_array_index (self->pages, page))->lines->len;
}

static FyPageLine *
get_line (FyLayout *self,
          guint     page,
          guint     line)
{
  FyPage *p = g_ptr_array_index (self->pages, page);

  return &g_array_index (p->lines, FyPageLine, line);
}

/**
 * fy_layout_dup_line_text:
 * @self: a #FyLayout
 * @page: a page
 * @line: a line of @page (page numbers are the last lines)
 *
 * Returns: (transfer full): the printed text of the line
 */
char *
fy_layout_dup_line_text (FyLayout *self,
                         guint     page,
                         guint     line)
{
  FyPageLine *pl;
  FyParaLine *para_line;
  FyPlacedCluster *c;
  guint start, end;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (page < self->pages->len, NULL);
  g_return_val_if_fail (line < fy_layout_get_n_lines (self, page), NULL);

  pl = get_line (self, page, line);
  para_line = &g_array_index (pl->para->lines, FyParaLine, pl->line);
  if (para_line->first >= para_line->last)
    return g_strdup ("");

  c = (FyPlacedCluster *) pl->para->placed->data;
  start = c[para_line->first].start;
  end = c[para_line->last - 1].end;
  while (end > start && (pl->para->text[end - 1] == '\n'))
    end--;

  return g_strndup (pl->para->text + start, end - start);
}

/**
 * fy_layout_hit_test:
 * @self: a #FyLayout
 * @page: a page
 * @x: points from the left edge of the page
 * @y: points from the top edge
 * @block_index: (out): the block under the point
 * @char_offset: (out): the character boundary nearest the point
 *
 * Returns: %TRUE if the point is on a line of text
 */
gboolean
fy_layout_hit_test (FyLayout *self,
                    guint     page,
                    double    x,
                    double    y,
                    guint    *block_index,
                    guint    *char_offset)
{
  FyPage *p;

  g_return_val_if_fail (self != NULL, FALSE);

  if (page >= self->pages->len)
    return FALSE;

  p = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < p->lines->len; i++)
    {
      FyPageLine *pl = &g_array_index (p->lines, FyPageLine, i);
      FyParaLine *line;
      FyPlacedCluster *c;
      guint result;

      if (pl->block_index < 0 || y < pl->top || y >= pl->top + pl->height)
        continue;

      line = &g_array_index (pl->para->lines, FyParaLine, pl->line);
      c = (FyPlacedCluster *) pl->para->placed->data;
      result = line->first < pl->para->placed->len ? c[line->first].src_offset : 0;
      if (line->first == line->last && line->first > 0)
        result = c[line->first - 1].src_offset + 1;

      for (guint k = line->first; k < line->last; k++)
        {
          double mid = pl->x + c[k].x + c[k].width / 2;

          if (x >= mid)
            result = c[k].src_offset + 1;
        }

      if (block_index != NULL)
        *block_index = pl->block_index;
      if (char_offset != NULL)
        *char_offset = result;
      return TRUE;
    }

  return FALSE;
}

/**
 * fy_layout_find_position:
 * @self: a #FyLayout
 * @block_index: a block
 * @char_offset: a character offset in the block's source text
 * @page: (out): the page it is printed on
 * @rect: (out): the cell of that character (or the end of the line it ends)
 *
 * Returns: %TRUE if the block is printed
 */
gboolean
fy_layout_find_position (FyLayout     *self,
                         guint         block_index,
                         guint         char_offset,
                         guint        *page,
                         FyLayoutRect *rect)
{
  gboolean found = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);

  for (guint pg = 0; pg < self->pages->len; pg++)
    {
      FyPage *p = g_ptr_array_index (self->pages, pg);

      for (guint i = 0; i < p->lines->len; i++)
        {
          FyPageLine *pl = &g_array_index (p->lines, FyPageLine, i);
          FyParaLine *line;
          FyPlacedCluster *c;

          if (pl->block_index != (int) block_index)
            continue;

          line = &g_array_index (pl->para->lines, FyParaLine, pl->line);
          c = (FyPlacedCluster *) pl->para->placed->data;

          for (guint k = line->first; k < line->last; k++)
            {
              if ((guint) c[k].src_offset >= char_offset)
                {
                  if (page != NULL)
                    *page = pg;
                  if (rect != NULL)
                    *rect = (FyLayoutRect) { pl->x + c[k].x, pl->top, MAX (c[k].width, 1), pl->height };
                  return TRUE;
                }
            }

          /* past the last character so far: the end of this line */
          found = TRUE;
          if (page != NULL)
            *page = pg;
          if (rect != NULL)
            {
              double end = line->last > line->first ? c[line->last - 1].x + c[line->last - 1].width : 0;

              *rect = (FyLayoutRect) { pl->x + end, pl->top, 1, pl->height };
            }
        }
    }

  return found;
}

/* Cluster @c of the paragraph of @pl, as an object of "clusters". */
static void
layout_cluster_to_json (JsonBuilder           *b,
                        const FyPageLine      *pl,
                        const FyPlacedCluster *c)
{
  g_autofree char *text = g_strndup (pl->para->text + c->start, c->end - c->start);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, text);
  json_builder_set_member_name (b, "x");
  json_builder_add_double_value (b, round ((pl->x + c->x) * 1000) / 1000);
  json_builder_set_member_name (b, "width");
  json_builder_add_double_value (b, round (c->width * 1000) / 1000);
  json_builder_set_member_name (b, "offset");
  json_builder_add_int_value (b, c->src_offset);
  if (c->compressed > 0.001)
    {
      json_builder_set_member_name (b, "compressed");
      json_builder_add_double_value (b, round (c->compressed * 1000) / 1000);
    }
  json_builder_end_object (b);
}

/* Line @i of page @pg, as an object of "lines": its place, its clusters
 * and the cells they fill. */
static void
layout_line_to_json (JsonBuilder *b,
                     FyLayout    *self,
                     guint        pg,
                     guint        i)
{
  FyPage *p = g_ptr_array_index (self->pages, pg);
  FyPageLine *pl = &g_array_index (p->lines, FyPageLine, i);
  FyParaLine *line = &g_array_index (pl->para->lines, FyParaLine, pl->line);
  FyPlacedCluster *c = (FyPlacedCluster *) pl->para->placed->data;
  g_autofree char *text = fy_layout_dup_line_text (self, pg, i);
  double cells = 0;
  double pitch = fy_style_get_char_pitch (self->style);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "block");
  json_builder_add_int_value (b, pl->block_index);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, text);
  json_builder_set_member_name (b, "baseline");
  json_builder_add_double_value (b, pl->baseline);
  json_builder_set_member_name (b, "x");
  json_builder_add_double_value (b, pl->x);
  json_builder_set_member_name (b, "width");
  json_builder_add_double_value (b, line->width);
  json_builder_set_member_name (b, "last_of_paragraph");
  json_builder_add_boolean_value (b, line->last_of_paragraph);
  json_builder_set_member_name (b, "clusters");
  json_builder_begin_array (b);
  for (guint k = line->first; k < line->last; k++)
    {
      if (c[k].newline)
        continue;
      layout_cluster_to_json (b, pl, &c[k]);
      cells += c[k].width;
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "cells");
  json_builder_add_double_value (b, round (cells / pitch * 100) / 100);
  json_builder_end_object (b);
}

/* The layout's warnings, as the array "warnings". */
static void
layout_warnings_to_json (JsonBuilder *b,
                         FyLayout    *self)
{
  static const char *kinds[] = { "font-substitution", "missing-glyph", "unfilled-field",
                                 "unknown-field", "fallback-glyph" };

  G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == FY_LAYOUT_WARNING_FALLBACK_GLYPH + 1);

  json_builder_set_member_name (b, "warnings");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->warnings->len; i++)
    {
      FyLayoutWarning *w = &g_array_index (self->warnings, FyLayoutWarning, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, kinds[w->kind]);
      json_builder_set_member_name (b, "message");
      json_builder_add_string_value (b, w->message);
      json_builder_set_member_name (b, "block");
      json_builder_add_int_value (b, w->block_index);
      json_builder_set_member_name (b, "offset");
      json_builder_add_int_value (b, w->char_offset);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/**
 * fy_layout_to_json:
 * @self: a #FyLayout
 *
 * Returns: (transfer full): pages → lines → text, baseline, x of each
 *   cluster, cell count and compression, as pretty-printed JSON
 */
char *
fy_layout_to_json (FyLayout *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  FyStyle *style;

  g_return_val_if_fail (self != NULL, NULL);

  style = self->style;
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "style");
  json_builder_add_string_value (b, fy_style_get_id (style));
  json_builder_set_member_name (b, "page_width");
  json_builder_add_double_value (b, self->width);
  json_builder_set_member_name (b, "page_height");
  json_builder_add_double_value (b, self->height);
  json_builder_set_member_name (b, "char_pitch");
  json_builder_add_double_value (b, fy_style_get_char_pitch (style));
  json_builder_set_member_name (b, "line_pitch");
  json_builder_add_double_value (b, fy_style_get_line_pitch (style));
  json_builder_set_member_name (b, "type_left");
  json_builder_add_double_value (b, fy_style_get_margin_left (style));
  json_builder_set_member_name (b, "type_top");
  json_builder_add_double_value (b, fy_style_get_margin_top (style));

  json_builder_set_member_name (b, "pages");
  json_builder_begin_array (b);
  for (guint pg = 0; pg < self->pages->len; pg++)
    {
      FyPage *p = g_ptr_array_index (self->pages, pg);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "number");
      json_builder_add_int_value (b, pg + 1);
      json_builder_set_member_name (b, "lines");
      json_builder_begin_array (b);
      for (guint i = 0; i < p->lines->len; i++)
        layout_line_to_json (b, self, pg, i);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  layout_warnings_to_json (b, self);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}

/* Whether the lines one block placed are complete.  @progress maps each
 * FyPara the block used to the number of its lines placed, repeats
 * included.  A paragraph is one FyPara placed exactly once; a table is
 * one FyPara per cell (cells of the same text may share one), each
 * placed whole, and its header row's again on every page it goes on to. */
static gboolean
block_complete (GHashTable *progress,
                gboolean    is_table)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  if (!is_table && g_hash_table_size (progress) > 1)
    return FALSE;

  g_hash_table_iter_init (&iter, progress);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      FyPara *para = key;
      guint n_placed = GPOINTER_TO_UINT (value);
      guint n_lines = para->lines->len;

      if (is_table ? (n_placed < n_lines || n_placed % n_lines != 0) : n_placed != n_lines)
        return FALSE;
    }

  return TRUE;
}

static gboolean
block_is_table (FyDocument *document,
                int         index)
{
  return fy_block_get_role (fy_document_get_block (document, index)) == FY_BLOCK_ROLE_TABLE;
}

/**
 * fy_layout_check_progress:
 *
 * See fy-layout-private.h.
 */
gboolean
fy_layout_check_progress (FyLayout   *self,
                          FyDocument *document)
{
  /* The same text in two blocks may share one cached FyPara, so lines
   * are counted per block: the table is cleared when the block changes. */
  g_autoptr(GHashTable) progress = NULL;
  guint n_blocks;
  int last = -1;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), FALSE);

  n_blocks = fy_document_get_n_blocks (document);
  if (self->pages->len == 0)
    return FALSE;

  progress = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint p = 0; p < self->pages->len; p++)
    {
      FyPage *page = g_ptr_array_index (self->pages, p);
      guint on_page = 0;

      for (guint l = 0; l < page->lines->len; l++)
        {
          FyPageLine *pl = &g_array_index (page->lines, FyPageLine, l);
          guint n_placed;

          if (pl->block_index < 0)
            continue;   /* the page number */
          if (pl->block_index >= (int) n_blocks || pl->block_index < last ||
              pl->para == NULL || pl->para->lines->len == 0)
            return FALSE;

          if (pl->block_index != last)
            {
              if (last >= 0 && !block_complete (progress, block_is_table (document, last)))
                return FALSE;
              g_hash_table_remove_all (progress);
              last = pl->block_index;
            }

          n_placed = GPOINTER_TO_UINT (g_hash_table_lookup (progress, pl->para));
          if (pl->line != n_placed % pl->para->lines->len)
            return FALSE;
          g_hash_table_insert (progress, pl->para, GUINT_TO_POINTER (n_placed + 1));
          on_page++;
        }
      if (on_page == 0 && !(n_blocks == 0 && self->pages->len == 1))
        return FALSE;
    }

  /* A block of markup only (a `:::` line) takes no line at all. */
  return last < 0 || block_complete (progress, block_is_table (document, last));
}

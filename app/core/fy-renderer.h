/* fy-renderer.h — draws a FyLayout on any cairo_t; PDF and PNG output
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "fy-document.h"
#include "fy-layout.h"
#include "fy-source.h"

G_BEGIN_DECLS

/* Draws @page (from 0) in points with the page's top-left corner at the
 * origin of @cr's user space; the caller scales.  Paints no background. */
void      fy_renderer_draw_page  (FyLayout      *layout,
                                  guint          page,
                                  cairo_t       *cr);
void      fy_renderer_draw_rules (FyLayout      *layout,
                                  guint          page,
                                  cairo_t       *cr);
void      fy_renderer_draw_missing_box (cairo_t *cr,
                                        double   x,
                                        double   baseline,
                                        double   width,
                                        double   size);

/* One glyph run of a page, for drawing it elsewhere than with cairo (the
 * preview's GPU render nodes).  Glyph x and y are relative to (x, y). */
typedef struct
{
  PangoFont           *font;      /* what the run was shaped with; may be NULL */
  const cairo_glyph_t *glyphs;
  int                  n_glyphs;
  double               x;         /* page points */
  double               y;         /* the baseline */
  guint                color;     /* 0 black, 1 red (an unfilled field) */
  const double        *boxes;     /* (x, width) pairs from x: glyphs no font has */
  guint                n_boxes;
  double               size;      /* the font size, for the boxes' height */
} FyRendererRun;

typedef void (*FyRendererRunFunc)  (const FyRendererRun *run,
                                    gpointer             user_data);
/* A ruled line of a table, in page points. */
typedef void (*FyRendererRuleFunc) (double               x0,
                                    double               y0,
                                    double               x1,
                                    double               y1,
                                    double               width,
                                    gpointer             user_data);

/* Calls @run_func for every glyph run of @page and then @rule_func for
 * every rule, in drawing order: what fy_renderer_draw_page() draws.
 * Touches no Pango object (only hands the fonts over). */
void      fy_renderer_foreach    (FyLayout           *layout,
                                  guint               page,
                                  FyRendererRunFunc   run_func,
                                  FyRendererRuleFunc  rule_func,
                                  gpointer            user_data);

/* Writes the whole layout as PDF (subset fonts embedded, bookmarks,
 * metadata from @document) atomically: an unwritable destination gives
 * FY_ERROR_WRITE and leaves any existing file untouched. */
gboolean  fy_render_pdf          (FyLayout      *layout,
                                  FyDocument    *document,
                                  GFile         *out,
                                  GCancellable  *cancellable,
                                  GError       **error);
gboolean  fy_render_pdf_file     (FyLayout      *layout,
                                  FyDocument    *document,
                                  GFile         *out,
                                  GFile         *input,
                                  GCancellable  *cancellable,
                                  GError       **error);
gboolean  fy_render_pdf_source   (FyLayout      *layout,
                                  FySource      *source,
                                  GFile         *out,
                                  GFile         *input,
                                  GCancellable  *cancellable,
                                  GError       **error);
GBytes   *fy_render_pdf_bytes    (FyLayout      *layout,
                                  FyDocument    *document,
                                  GCancellable  *cancellable,
                                  GError       **error);

/* Makes the PDF fonts of documents set like @layout ready for @text too:
 * the faces @layout draws with are subset once per process with the
 * glyphs of @text added, so that later documents drawing them (the rows
 * of a batch) reuse the subsets instead of making each face again. */
void      fy_render_reserve_text (FyLayout      *layout,
                                  const char    *text);

gboolean  fy_render_check_png_pages (GFile       *dir,
                                     double       dpi,
                                     GError     **error);
/* Writes page-1.png, page-2.png … into @dir (created if needed) at @dpi,
 * on a white background. */
gboolean  fy_render_png_pages    (FyLayout      *layout,
                                  GFile         *dir,
                                  double         dpi,
                                  GError       **error);

G_END_DECLS

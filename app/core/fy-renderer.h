/* fy-renderer.h — draws a FyLayout on any cairo_t; PDF and PNG output
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "fy-document.h"
#include "fy-layout.h"
#include "fy-source.h"

G_BEGIN_DECLS

/* Draws @page (from 0) in points with the page's top-left corner at the
 * origin of @cr's user space; the caller scales.  Paints no background. */
void      fy_renderer_draw_page  (FyLayout      *layout,
                                  guint          page,
                                  cairo_t       *cr);

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

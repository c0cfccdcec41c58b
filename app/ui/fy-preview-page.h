/* fy-preview-page.h — one page of the preview, drawn by the engine's renderer
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fy-layout.h"

G_BEGIN_DECLS

/* Pixels per point at zoom 1.0: a page at its real size on a 96 dpi screen. */
#define FY_PREVIEW_PIXELS_PER_POINT (96.0 / 72.0)

#define FY_TYPE_PREVIEW_PAGE (fy_preview_page_get_type ())

G_DECLARE_FINAL_TYPE (FyPreviewPage, fy_preview_page, FY, PREVIEW_PAGE, GtkWidget)

/*
 * A white page with a shadow (CSS class "preview-page") as large as the
 * page at the zoom, showing page @index of a layout.  The page is drawn
 * as render nodes (fy-preview-nodes.c: text nodes the GPU renderer draws
 * from its glyph atlas, built once per layout and page, at any zoom); a
 * page that cannot be drawn so is rendered into a texture in a render
 * thread the first time it is shown at a zoom (meanwhile the last texture
 * shown stands in, scaled); textures are kept per zoom (a few) until the
 * layout changes.  Pages far
 * out of view are not rendered until scrolled to.  While held (keys
 * arriving), a page that shows a picture keeps it until the hold ends.
 * Used by FyPreview.
 */
GtkWidget *fy_preview_page_new           (void);
void       fy_preview_page_set_layout    (FyPreviewPage *self,
                                          FyLayout      *layout,
                                          guint          index);
guint      fy_preview_page_get_index     (FyPreviewPage *self);
void       fy_preview_page_set_zoom      (FyPreviewPage *self,
                                          double         zoom);
double     fy_preview_page_get_zoom      (FyPreviewPage *self);
void       fy_preview_page_update_deferred (FyPreviewPage *self);
void       fy_preview_page_set_held      (FyPreviewPage *self,
                                          gboolean       held);
gint64     fy_preview_page_get_last_shown_time (void);
/* How many textures were rendered since creation (tests: cache hits). */
guint      fy_preview_page_get_n_renders (FyPreviewPage *self);
/* Whether the current layout is shown at the current size. */
gboolean   fy_preview_page_get_is_drawn  (FyPreviewPage *self);

G_END_DECLS

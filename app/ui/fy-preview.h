/* fy-preview.h — the live paged preview of a document
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fayan-core.h"
#include "fy-layout.h"
#include "fy-preview-state.h"

G_BEGIN_DECLS

#define FY_TYPE_PREVIEW (fy_preview_get_type ())

G_DECLARE_FINAL_TYPE (FyPreview, fy_preview, FY, PREVIEW, GtkWidget)

/*
 * FyPreview shows the pages of a document as the engine lays them out
 * and draws them (fy_renderer_draw_page, the code that writes the PDF):
 * white pages with shadows, one under the other, in a scrolled list,
 * with a zoom menu and the page count on an overlay.
 *
 * It watches FyDocument::changed of its document: ~100 ms after the last
 * change it lays out a fy_document_copy() in a worker thread (cancelling
 * a layout that is now stale) and swaps the pages in when it is done;
 * the main loop never waits for the engine.  A job does not keep its
 * preview alive: a preview whose window closes is freed at once, and the
 * job's late result is dropped.
 *
 * Properties:
 *   "document" (FyDocument, read-write, nullable)
 *   "layout" (FyLayout boxed, read-only): the layout on screen; notified
 *     whenever a new one lands — read fy_layout_get_warnings() from it
 *   "state" (FyPreviewState, read-write): zoom and page; share one with
 *     the window's zoom controls if it has any
 *   "busy" (gboolean, read-only): a layout is pending or running
 *
 * Signals:
 *   "position-activated" (guint block_index, guint char_offset): the
 *     user clicked text in a page; offsets as in fy-layout.h
 *
 * Widget actions: "preview.zoom-in", "preview.zoom-out",
 * "preview.zoom-fit-width", "preview.zoom-fit-page",
 * "preview.zoom-set" (d: zoom factor, 1.0 = 100 %).
 */

GtkWidget      *fy_preview_new                (void);

FyDocument     *fy_preview_get_document       (FyPreview      *self);
void            fy_preview_set_document       (FyPreview      *self,
                                               FyDocument     *document);
FyLayout       *fy_preview_get_layout         (FyPreview      *self);
FyPreviewState *fy_preview_get_state          (FyPreview      *self);
void            fy_preview_set_state          (FyPreview      *self,
                                               FyPreviewState *state);
gboolean        fy_preview_get_busy           (FyPreview      *self);

/* Lays out again now (no debounce), e.g. after the font settings changed. */
void            fy_preview_queue_layout       (FyPreview      *self);

/* What a click at (@x, @y) in points on @page does: hit-tests the layout
 * and emits "position-activated".  Returns whether text was hit. */
gboolean        fy_preview_activate_point     (FyPreview      *self,
                                               guint           page,
                                               double          x,
                                               double          y);

/* Scrolls so that the character is in view (the editor's cursor); when no
 * layout is there yet, remembers it for when one lands. */
void            fy_preview_scroll_to_position (FyPreview      *self,
                                               guint           block_index,
                                               guint           char_offset);

/* Layout jobs of all previews still running or not yet delivered; for
 * tests that must see a late result arrive. */
guint           fy_preview_get_n_jobs_in_flight (void);

G_END_DECLS

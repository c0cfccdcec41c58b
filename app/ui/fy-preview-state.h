/* fy-preview-state.h — zoom and page of a preview, shared with the window
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * FyPreviewSizing:
 * @FY_PREVIEW_SIZING_FIT_WIDTH: pages as wide as the preview
 * @FY_PREVIEW_SIZING_FIT_PAGE: a whole page fits in the preview
 * @FY_PREVIEW_SIZING_FREE: the zoom set with fy_preview_state_set_zoom()
 *
 * How the preview picks its zoom.  In the fit modes the preview computes
 * the zoom from its size and writes it back into #FyPreviewState:zoom.
 */
typedef enum
{
  FY_PREVIEW_SIZING_FIT_WIDTH,
  FY_PREVIEW_SIZING_FIT_PAGE,
  FY_PREVIEW_SIZING_FREE,
} FyPreviewSizing;

#define FY_TYPE_PREVIEW_SIZING (fy_preview_sizing_get_type ())
GType fy_preview_sizing_get_type (void) G_GNUC_CONST;

/* Zoom 1.0 shows a page at its real size on a 96 dpi screen.  The fit
 * modes may go down to FY_PREVIEW_MIN_ZOOM in a narrow pane; the zoom
 * steps run from 50 % to 200 %. */
#define FY_PREVIEW_MIN_ZOOM 0.25
#define FY_PREVIEW_MAX_ZOOM 2.0

#define FY_TYPE_PREVIEW_STATE (fy_preview_state_get_type ())

G_DECLARE_FINAL_TYPE (FyPreviewState, fy_preview_state, FY, PREVIEW_STATE, GObject)

/*
 * Properties (all notify only on real changes):
 *   "sizing" (FyPreviewSizing), "zoom" (double, 0.5–2.0),
 *   "page" (guint, the page mostly in view, from 0),
 *   "n-pages" (guint, set by the preview when a layout lands).
 */
FyPreviewState  *fy_preview_state_new         (void);

FyPreviewSizing  fy_preview_state_get_sizing  (FyPreviewState  *self);
void             fy_preview_state_set_sizing  (FyPreviewState  *self,
                                               FyPreviewSizing  sizing);
double           fy_preview_state_get_zoom    (FyPreviewState  *self);
/* Clamps to FY_PREVIEW_MIN_ZOOM…FY_PREVIEW_MAX_ZOOM; does not change the sizing. */
void             fy_preview_state_set_zoom    (FyPreviewState  *self,
                                               double           zoom);
guint            fy_preview_state_get_page    (FyPreviewState  *self);
void             fy_preview_state_set_page    (FyPreviewState  *self,
                                               guint            page);
guint            fy_preview_state_get_n_pages (FyPreviewState  *self);
void             fy_preview_state_set_n_pages (FyPreviewState  *self,
                                               guint            n_pages);

/* Next/previous step of 50 67 75 100 125 150 175 200 %; switches to FREE. */
void             fy_preview_state_zoom_in     (FyPreviewState  *self);
void             fy_preview_state_zoom_out    (FyPreviewState  *self);
gboolean         fy_preview_state_can_zoom_in (FyPreviewState  *self);
gboolean         fy_preview_state_can_zoom_out (FyPreviewState *self);

G_END_DECLS

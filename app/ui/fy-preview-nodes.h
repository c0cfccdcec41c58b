/* fy-preview-nodes.h — a laid-out page as GSK render nodes
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fy-layout.h"

G_BEGIN_DECLS

/*
 * Page @index of @layout as render nodes, in points from the page's
 * top-left corner, no background: text nodes for the glyph runs (the GPU
 * renderer draws them from its glyph atlas, so a changed page uploads no
 * picture), colour nodes for the rules.  Main thread only.  NULL when the
 * page cannot be drawn so (a font not found again, a slanted rule): draw
 * it with fy_renderer_draw_page() then.
 */
GskRenderNode *fy_preview_nodes_for_page (FyLayout *layout,
                                          guint     index);

G_END_DECLS

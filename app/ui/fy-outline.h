/* fy-outline.h — the outline of a speech: headings and bold leads
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fayan-core.h"

G_BEGIN_DECLS

#define FY_TYPE_OUTLINE (fy_outline_get_type ())

G_DECLARE_FINAL_TYPE (FyOutline, fy_outline, FY, OUTLINE, GtkWidget)

/*
 * Signals:
 *   "block-activated" (guint position): the user clicked an entry
 *   "move-requested" (guint from, guint n_blocks, guint to): the user
 *     dragged an entry; arguments as for fy_document_move_blocks()
 */

GtkWidget  *fy_outline_new              (void);
FyDocument *fy_outline_get_document     (FyOutline  *self);
void        fy_outline_set_document     (FyOutline  *self,
                                         FyDocument *document);
void        fy_outline_refresh          (FyOutline  *self);
guint       fy_outline_get_n_entries    (FyOutline  *self);
guint       fy_outline_get_entry_block  (FyOutline  *self,
                                         guint       entry);
char       *fy_outline_dup_entry_label  (FyOutline  *self,
                                         guint       entry);
gboolean    fy_outline_compute_move     (FyOutline  *self,
                                         guint       dragged_block,
                                         guint       target_block,
                                         gboolean    after,
                                         guint      *from,
                                         guint      *n_blocks,
                                         guint      *to);

G_END_DECLS

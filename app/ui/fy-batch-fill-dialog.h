/* fy-batch-fill-dialog.h — one speech per row of a spreadsheet, from the window
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fayan-core.h"

G_BEGIN_DECLS

#define FY_TYPE_BATCH_FILL_DIALOG (fy_batch_fill_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FyBatchFillDialog, fy_batch_fill_dialog, FY, BATCH_FILL_DIALOG, AdwWindow)

GtkWidget   *fy_batch_fill_dialog_new         (GtkWindow          *parent,
                                               FyTemplate         *template_);
gboolean     fy_batch_fill_dialog_load        (FyBatchFillDialog  *self,
                                               GFile              *table,
                                               GError            **error);
void         fy_batch_fill_dialog_set_folder  (FyBatchFillDialog  *self,
                                               GFile              *folder);
void         fy_batch_fill_dialog_set_pdf     (FyBatchFillDialog  *self,
                                               gboolean            pdf);
void         fy_batch_fill_dialog_set_allow_incomplete (FyBatchFillDialog *self,
                                                        gboolean           allow);
void         fy_batch_fill_dialog_start       (FyBatchFillDialog  *self);
void         fy_batch_fill_dialog_cancel      (FyBatchFillDialog  *self);
gboolean     fy_batch_fill_dialog_get_running (FyBatchFillDialog  *self);
FyBatchFill *fy_batch_fill_dialog_get_fill    (FyBatchFillDialog  *self);
GtkWidget   *fy_batch_fill_dialog_get_view    (FyBatchFillDialog  *self);
double       fy_batch_fill_dialog_get_progress (FyBatchFillDialog *self);
const char  *fy_batch_fill_dialog_get_summary (FyBatchFillDialog  *self);

G_END_DECLS

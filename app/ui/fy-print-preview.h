/* fy-print-preview.h — the print dialog's Preview: Fayan's own pages
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fayan-core.h"

G_BEGIN_DECLS

#define FY_TYPE_PRINT_PREVIEW (fy_print_preview_get_type ())

G_DECLARE_FINAL_TYPE (FyPrintPreview, fy_print_preview, FY, PRINT_PREVIEW, AdwWindow)

/*
 * A window with every page of @layout as it will print, drawn by the
 * engine's renderer (FyPreviewPage).  Closing it ends the print
 * operation's preview; "Print…" closes it and runs win.print of @parent.
 */
GtkWidget *fy_print_preview_new         (GtkWindow                *parent,
                                         FyLayout                 *layout,
                                         GtkPrintOperationPreview *preview);
guint      fy_print_preview_get_n_pages (FyPrintPreview           *self);

G_END_DECLS

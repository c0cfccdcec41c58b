/* fy-print-operation.h — printing a document through the engine's renderer
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fayan-core.h"
#include "fy-layout.h"

G_BEGIN_DECLS

#define FY_TYPE_PRINT_OPERATION (fy_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (FyPrintOperation, fy_print_operation, FY, PRINT_OPERATION, GtkPrintOperation)

/*
 * A GtkPrintOperation whose pages are the pages of one FyLayout, drawn by
 * fy_renderer_draw_page() scaled from points to the print context; the
 * default page setup is the style's paper (A4 portrait), with no margins
 * of its own since the layout has them.  Print preview works as usual.
 *
 *   g_autoptr(FyPrintOperation) op = fy_print_operation_new (document, layout, &error);
 *   gtk_print_operation_run (GTK_PRINT_OPERATION (op),
 *                            GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
 *                            parent, &error);
 *
 * Pass the preview's layout when it is up to date; with @layout NULL the
 * document is laid out here, synchronously (NULL and @error when that
 * fails).
 */
FyPrintOperation *fy_print_operation_new          (FyDocument       *document,
                                                   FyLayout         *layout,
                                                   GError          **error);
void              fy_print_operation_suggest_output (FyPrintOperation *self,
                                                     GFile            *document_file);
FyDocument       *fy_print_operation_get_document (FyPrintOperation *self);
FyLayout         *fy_print_operation_get_layout   (FyPrintOperation *self);

G_END_DECLS

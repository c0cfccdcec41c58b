/* fy-export-dialog.h — Export PDF / PNG pages: choose a file, check, write
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fayan-core.h"
#include "fy-layout.h"

G_BEGIN_DECLS

/*
 * fy_export_dialog_export_pdf_async():
 *   1. a GtkFileChooserNative (save) proposing the saved file's name, else
 *      fy_export_dup_dated_name();
 *   2. lays the document out (or uses @layout when not NULL) and, when
 *      fields are unfilled or a character prints as a box, lists them in
 *      an AdwMessageDialog with Cancel / Export Anyway;
 *   3. writes with fy_render_pdf() in a worker thread.
 * @input (nullable) is the document's own file: a PDF chosen over it is
 * refused (fy_file_check_destination()), as the CLI refuses it.
 * _finish() returns the written file, or NULL with G_IO_ERROR_CANCELLED
 * when the user cancelled (show nothing then) or another error (show it).
 * Show the result with fy_font_report_new_export_toast() and the layout
 * of fy_export_dialog_get_layout(): the font warnings in one line.
 *
 * fy_export_dialog_export_png_async(): the same with a folder chooser and
 * fy_render_png_pages() (page-1.png … at 150 dpi); returns the folder.
 */
void       fy_export_dialog_export_pdf_async   (GtkWindow           *parent,
                                                FyDocument          *document,
                                                GFile               *input,
                                                FyLayout            *layout,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
GFile     *fy_export_dialog_export_pdf_finish  (GAsyncResult        *result,
                                                GError             **error);
void       fy_export_dialog_export_png_async   (GtkWindow           *parent,
                                                FyDocument          *document,
                                                GFile               *input,
                                                FyLayout            *layout,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
GFile     *fy_export_dialog_export_png_finish  (GAsyncResult        *result,
                                                GError             **error);
FyLayout  *fy_export_dialog_get_layout         (GAsyncResult        *result);

/* Sets @chooser to the saved speech's name with @suffix ("十一月发言.fayan"
 * → "十一月发言.docx"; unsaved: fy_export_dup_dated_name()) in its folder,
 * else Documents; @suffix NULL for a folder chooser.  Every export uses it. */
void       fy_export_dialog_propose            (GtkFileChooser      *chooser,
                                                FyDocument          *document,
                                                GFile               *input,
                                                const char          *suffix);

/* "标题-2026-03-12.pdf": the display title (characters not allowed in file
 * names replaced) and the document's date, or @today when it has none. */
/* The problems to confirm before exporting: one translated line each
 * (unfilled fields, unknown fields, characters no face can draw);
 * an empty array when there is nothing to ask. */
GStrv      fy_export_dialog_dup_issues         (FyDocument          *document,
                                                FyLayout            *layout);
/* A toast "Exported “name”" with an "Open" button that opens @file in
 * the default application. */
AdwToast  *fy_export_dialog_new_done_toast     (GFile               *file);

G_END_DECLS

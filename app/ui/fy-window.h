/* fy-window.h — a Fayan main window: one document
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fayan-core.h"
#include "fy-editor.h"

G_BEGIN_DECLS

#define FY_TYPE_WINDOW (fy_window_get_type ())

G_DECLARE_FINAL_TYPE (FyWindow, fy_window, FY, WINDOW, AdwApplicationWindow)

FyDocument *fy_window_get_document     (FyWindow    *self);
void        fy_window_set_document     (FyWindow    *self,
                                        FyDocument  *document);
FyEditor   *fy_window_get_editor       (FyWindow    *self);
GtkWidget  *fy_window_get_preview      (FyWindow    *self);
GtkWidget  *fy_window_get_outline      (FyWindow    *self);
GtkWidget  *fy_window_get_fields_panel (FyWindow    *self);
GtkWidget  *fy_window_get_welcome      (FyWindow    *self);
GFile      *fy_window_get_file         (FyWindow    *self);
gboolean    fy_window_get_modified     (FyWindow    *self);
gboolean    fy_window_get_pristine     (FyWindow    *self);
void        fy_window_open_file        (FyWindow    *self,
                                        GFile       *file);
FyWindow   *fy_window_open_or_present  (FyWindow    *self,
                                        GFile       *file);
gboolean    fy_window_open_sample      (FyWindow    *self,
                                        GError     **error);
void        fy_window_restore          (FyWindow    *self,
                                        FyDocument  *document,
                                        GFile       *original,
                                        const char  *original_etag,
                                        const char  *recovery_id);
gboolean    fy_window_save_to_file     (FyWindow    *self,
                                        GFile       *file,
                                        GError     **error);
gboolean    fy_window_autosave_now     (FyWindow    *self,
                                        GError     **error);
void        fy_window_discard_recovery (FyWindow    *self);
char       *fy_window_dup_status_text  (FyWindow    *self);
FyWindow   *fy_window_find_for_file    (GtkApplication *app,
                                        GFile       *file);
gboolean    fy_window_get_over_time    (FyWindow    *self);
gboolean    fy_window_has_unsaved_changes (FyWindow *self);
char       *fy_window_dup_display_name (FyWindow    *self);
void        fy_window_close_discarding (FyWindow    *self);
void        fy_window_close_saving     (FyWindow    *self);
void        fy_window_close_saving_async  (FyWindow            *self,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean    fy_window_close_saving_finish (FyWindow            *self,
                                           GAsyncResult        *result,
                                           GError             **error);

GtkWidget  *fy_window_review_file      (FyWindow     *self,
                                       GFile        *file,
                                       GError      **error);
gboolean    fy_window_export_text      (FyWindow     *self,
                                       GFile        *file,
                                       GError      **error);

G_END_DECLS

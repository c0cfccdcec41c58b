/* fy-compare-window.h — two texts compared in the flow of the text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fayan-core.h"

G_BEGIN_DECLS

#define FY_TYPE_COMPARE_WINDOW (fy_compare_window_get_type ())

G_DECLARE_FINAL_TYPE (FyCompareWindow, fy_compare_window, FY, COMPARE_WINDOW, AdwWindow)

GtkWidget *fy_compare_window_new          (GtkWindow   *parent,
                                           FyDocument  *old_document,
                                           const char  *old_label,
                                           FyDocument  *new_document,
                                           const char  *new_label);
GtkWidget *fy_compare_window_new_for_text (GtkWindow   *parent,
                                           FyDocument  *document,
                                           const char  *label);
GtkWidget *fy_compare_window_new_review   (GtkWindow   *parent,
                                           FyDocument  *document,
                                           FyDocument  *revision,
                                           const char  *revision_label);
gboolean   fy_compare_window_accept       (FyCompareWindow  *self,
                                           GError          **error);
void       fy_compare_window_reject       (FyCompareWindow  *self);
gboolean   fy_compare_window_accept_all   (FyCompareWindow  *self,
                                           GError          **error);
void       fy_compare_window_reject_all   (FyCompareWindow  *self);
guint      fy_compare_window_get_n_changes (FyCompareWindow *self);
guint      fy_compare_window_get_current  (FyCompareWindow *self);
void       fy_compare_window_next         (FyCompareWindow *self,
                                           gboolean         forward);
char      *fy_compare_window_dup_text     (FyCompareWindow *self);
char      *fy_compare_window_dup_bold     (FyCompareWindow *self);
char      *fy_compare_window_dup_table_name (FyCompareWindow *self);
void       fy_compare_window_add_notes    (FyCompareWindow *self,
                                           GPtrArray       *notes);
char      *fy_compare_window_dup_notes    (FyCompareWindow *self);
gboolean   fy_compare_window_export_table (FyCompareWindow *self,
                                           GFile           *file,
                                           GError         **error);

G_END_DECLS

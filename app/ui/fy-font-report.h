/* fy-font-report.h — font warnings of a layout: one line per export, details on demand
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fy-layout.h"

G_BEGIN_DECLS

/*
 * Font substitutions (a role printed in a free face in place of the
 * office face) and per-character fallbacks (a character the role's face
 * lacks, drawn from the nearest face of the same style) are facts about
 * the machine, not mistakes in the document: an export says them in one
 * line, with the list (role, character, page) a click away, instead of
 * asking before every export.  A character no face can draw (a box) and
 * unfilled fields are still confirmed before exporting.
 */
gboolean   fy_font_report_is_font_warning   (const FyLayoutWarning *warning);
/* "Page 2: Font role 楷体: “㐀” (U+3400) is not in …", or the message
 * alone for warnings about the whole document */
char      *fy_font_report_dup_line          (FyLayout              *layout,
                                             const FyLayoutWarning *warning);
/* "3 characters drawn from a fallback face; 4 font substitutions", or
 * %NULL when the layout has no font warning */
char      *fy_font_report_dup_summary       (FyLayout              *layout);
/* Every font warning of @layout, one line each, in a dialog; "open"
 * opens @file. */
GtkWidget *fy_font_report_new_details_dialog (GtkWindow            *parent,
                                              FyLayout             *layout,
                                              GFile                *file);
/* "Exported “name” — <summary>" with a "Details" button opening
 * fy_font_report_new_details_dialog(); the plain done toast of
 * fy_export_dialog_new_done_toast() when there is nothing to say. */
AdwToast  *fy_font_report_new_export_toast  (GtkWindow             *parent,
                                             GFile                 *file,
                                             FyLayout              *layout);

G_END_DECLS

/* fy-table-dialog.h — Insert Table: how many rows and columns
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fy-editor.h"

G_BEGIN_DECLS

GtkWidget *fy_table_dialog_present (GtkWindow *parent,
                                    FyEditor  *editor);

G_END_DECLS

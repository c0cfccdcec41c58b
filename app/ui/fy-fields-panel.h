/* fy-fields-panel.h — entries for the template fields of a document
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fayan-core.h"

G_BEGIN_DECLS

#define FY_TYPE_FIELDS_PANEL (fy_fields_panel_get_type ())

G_DECLARE_FINAL_TYPE (FyFieldsPanel, fy_fields_panel, FY, FIELDS_PANEL, GtkWidget)

GtkWidget  *fy_fields_panel_new             (void);
FyDocument *fy_fields_panel_get_document    (FyFieldsPanel *self);
void        fy_fields_panel_set_document    (FyFieldsPanel *self,
                                             FyDocument    *document);
guint       fy_fields_panel_get_n_fields    (FyFieldsPanel *self);
GtkEditable *fy_fields_panel_get_entry      (FyFieldsPanel *self,
                                             const char    *name);

G_END_DECLS

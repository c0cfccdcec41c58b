/* fy-help-window.h — the user guide, shown where no help browser is
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fayan-core.h"

G_BEGIN_DECLS

#define FY_TYPE_HELP_WINDOW (fy_help_window_get_type ())

G_DECLARE_FINAL_TYPE (FyHelpWindow, fy_help_window, FY, HELP_WINDOW, AdwWindow)

GtkWidget  *fy_help_window_new       (GtkWindow    *parent,
                                      FyHelp       *help);
gboolean    fy_help_window_show_page (FyHelpWindow *self,
                                      const char   *id);
const char *fy_help_window_get_page  (FyHelpWindow *self);

void        fy_help_show             (GtkWindow    *parent);

G_END_DECLS

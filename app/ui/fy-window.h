/* fy-window.h — a Fayan main window: one document
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fayan-core.h"

G_BEGIN_DECLS

#define FY_TYPE_WINDOW (fy_window_get_type ())

G_DECLARE_FINAL_TYPE (FyWindow, fy_window, FY, WINDOW, AdwApplicationWindow)

FyDocument *fy_window_get_document   (FyWindow    *self);
void        fy_window_set_document   (FyWindow    *self,
                                      FyDocument  *document);
void        fy_window_open_file      (FyWindow    *self,
                                      GFile       *file);
gboolean    fy_window_open_sample    (FyWindow    *self,
                                      GError     **error);

G_END_DECLS

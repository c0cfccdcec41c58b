/* fy-versions-window.h — the versions kept in a document: open, compare, restore
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fayan-core.h"

G_BEGIN_DECLS

#define FY_TYPE_VERSIONS_WINDOW (fy_versions_window_get_type ())

G_DECLARE_FINAL_TYPE (FyVersionsWindow, fy_versions_window, FY, VERSIONS_WINDOW, AdwWindow)

GtkWidget *fy_versions_window_new (GtkWindow  *parent,
                                   FyDocument *document);

G_END_DECLS

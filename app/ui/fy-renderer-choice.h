/* fy-renderer-choice.h — the cairo renderer where the only OpenGL is a software one
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean    fy_renderer_choice_is_software_gl (const char *gl_renderer);
const char *fy_renderer_choice_apply          (GdkDisplay *display);

G_END_DECLS

/* fy-welcome.h — what a window shows before it has a speech
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FY_TYPE_WELCOME (fy_welcome_get_type ())

G_DECLARE_FINAL_TYPE (FyWelcome, fy_welcome, FY, WELCOME, GtkWidget)

/*
 * Recent speeches (first-page thumbnails, newest first), the templates of
 * the library, and buttons for New and Open.  Everything it offers runs
 * an action of the window it is in: win.open-recent (s: the file's URI),
 * win.new-from-template (s: the template's id), win.new, win.open,
 * win.open-sample.
 */

GtkWidget *fy_welcome_new               (GSettings  *settings);
void       fy_welcome_reload            (FyWelcome  *self);
guint      fy_welcome_get_n_recent      (FyWelcome  *self);
/* The thumbnail of the recent speech at @position, once it is drawn. */
GdkPaintable *fy_welcome_get_thumbnail  (FyWelcome  *self,
                                         guint       position);
guint      fy_welcome_get_n_templates   (FyWelcome  *self);
const char *fy_welcome_get_template_id  (FyWelcome  *self,
                                         guint       position);

G_END_DECLS

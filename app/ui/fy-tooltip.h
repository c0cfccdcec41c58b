/* fy-tooltip.h — tooltips that keep short Chinese texts on one line
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       fy_tooltip_attach_tree (GtkWidget  *root);
void       fy_tooltip_attach      (GtkWidget  *widget);
GtkWidget *fy_tooltip_new_label   (const char *text);

G_END_DECLS

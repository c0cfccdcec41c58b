/* fy-form-guard.h — Escape in a small form asks before typed input goes
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/**
 * FyFormGuardEditedFunc:
 * @window: the guarded window
 * @user_data: the data given to fy_form_guard_attach()
 *
 * Returns: whether closing @window now would lose what the user entered
 */
typedef gboolean (*FyFormGuardEditedFunc) (GtkWindow *window,
                                           gpointer   user_data);

GtkWidget *fy_form_guard_new_question   (GtkWindow             *parent);
void       fy_form_guard_attach         (GtkWindow             *window,
                                         FyFormGuardEditedFunc  edited,
                                         gpointer               user_data);
void       fy_form_guard_attach_fields  (GtkWindow             *window,
                                         GtkWidget             *first_field,
                                         ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS

/* fy-message-dialog.h — message dialogs that may close their own parent
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *fy_message_dialog_new (GtkWindow  *parent,
                                  const char *heading,
                                  const char *body);
void       fy_message_dialog_set_list (AdwMessageDialog *dialog,
                                       GtkWidget        *list);
void       fy_message_dialog_add_cancel_and (AdwMessageDialog *dialog,
                                             const char       *response,
                                             const char       *label);

G_END_DECLS

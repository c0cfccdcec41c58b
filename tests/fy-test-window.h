/* fy-test-window.h — the window harness shared by the ui tests
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fy-application.h"
#include "fy-window.h"

G_BEGIN_DECLS

typedef gboolean (*FyTestCondition) (gpointer data);

gboolean       fy_test_wait_for         (FyTestCondition  condition,
                                         gpointer         data,
                                         guint            seconds);
void           fy_test_iterate          (void);
void           fy_test_run_for          (guint            ms);
FyApplication *fy_test_make_app         (void);
FyWindow      *fy_test_make_window      (FyApplication   *app);
void           fy_test_destroy_window   (FyWindow        *window);
GtkWindow     *fy_test_find_toplevel    (GType            type,
                                         GtkWindow       *transient_for);
AdwMessageDialog *fy_test_wait_for_message (GtkWindow    *parent);
void           fy_test_respond          (AdwMessageDialog *dialog,
                                         const char      *response);
GtkWidget     *fy_test_find_descendant  (GtkWidget       *widget,
                                         GType            type);
void           fy_test_type_at          (FyWindow        *window,
                                         guint            line,
                                         int              offset,
                                         const char      *text);
char          *fy_test_sample_path      (void);
void           fy_test_screenshot       (const char      *name);

G_END_DECLS

/* fy-application.h — the Fayan GtkApplication
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fayan-core.h"

G_BEGIN_DECLS

#define FY_TYPE_APPLICATION (fy_application_get_type ())

G_DECLARE_FINAL_TYPE (FyApplication, fy_application, FY, APPLICATION, AdwApplication)

FyApplication *fy_application_new              (void);
GtkWidget     *fy_application_offer_recovery  (FyApplication *self,
                                               GtkWindow     *parent);

G_END_DECLS

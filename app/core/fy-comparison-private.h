/* fy-comparison-private.h — what the comparison's other files share
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-comparison.h"
#include "fy-document.h"

G_BEGIN_DECLS

void fy_change_apply_field (const FyChange *change,
                            FyDocument     *document);

void fy_change_show_fields (FyChange   *change,
                            FyDocument *old_document,
                            FyDocument *new_document);

G_END_DECLS

/* fy-title-break.h — (private) where a title may break: phrases, not words
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FY_TITLE_NO_BREAK (-1)

void  fy_title_break_penalties (const char  *text,
                                const guint *offsets,
                                guint        n,
                                int         *penalties);

G_END_DECLS

/* fy-numbering.h — Chinese heading numbers and numerals
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *fy_numbering_chinese_numeral (guint        n);
char     *fy_numbering_format_heading  (guint        level,
                                        guint        n);
gboolean  fy_numbering_strip_prefix    (const char  *text,
                                        guint       *level,
                                        guint       *number,
                                        const char **rest);

G_END_DECLS

/* fy-export.h — a FyDocument as Markdown or plain text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-document.h"

G_BEGIN_DECLS

char     *fy_export_markdown    (FyDocument    *document);
char     *fy_export_plain_text  (FyDocument    *document);
gboolean  fy_export_file        (FyDocument    *document,
                                 GFile         *file,
                                 GCancellable  *cancellable,
                                 GError       **error);

char     *fy_export_dup_file_name  (FyDocument *document,
                                    const char *suffix);
char     *fy_export_dup_dated_name (FyDocument *document,
                                    const char *suffix,
                                    GDateTime  *today);

G_END_DECLS

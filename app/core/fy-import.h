/* fy-import.h — Markdown and pasted plain text into a FyDocument
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-document.h"

G_BEGIN_DECLS

FyDocument *fy_import_markdown        (const char    *text,
                                       gssize         length,
                                       GError       **error);
FyDocument *fy_import_plain_text      (const char    *text,
                                       gssize         length,
                                       GError       **error);
GPtrArray  *fy_import_paste           (const char    *text,
                                       gssize         length);
char       *fy_import_clean_wrap_spaces (const char  *line);
char       *fy_import_paste_line      (const char    *line);
GPtrArray  *fy_import_dup_warnings    (FyDocument    *document);
void        fy_import_keep_own_numbers (FyDocument   *document);
FyDocument *fy_import_file            (GFile         *file,
                                       GCancellable  *cancellable,
                                       GError       **error);
FyDocument *fy_import_file_with_warnings (GFile      *file,
                                       GPtrArray    **warnings,
                                       GCancellable  *cancellable,
                                       GError       **error);

G_END_DECLS

/* fy-document-io.h — reading and writing *.fayan documents
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-document.h"
#include "fy-file-write.h"

G_BEGIN_DECLS

#define FY_DOCUMENT_FORMAT_NAME    "fayan-document"
/* The newest version this build reads.  Version 2 added the numbering
 * mode, version 3 the versions inside (fy-version-io-private.h), version
 * 4 table blocks (a "rows" member instead of "runs"), version 5 the
 * issue-number role, version 6 the page-number switch ("page_numbers":
 * false in the metadata); a
 * document is saved with the lowest version that holds all it uses, so
 * files without the newer features stay readable by older builds. */
#define FY_DOCUMENT_FORMAT_VERSION 6
#define FY_DOCUMENT_FORMAT_VERSION_VERSIONS 3
#define FY_DOCUMENT_FORMAT_VERSION_TABLES 4
#define FY_DOCUMENT_FORMAT_VERSION_ISSUE_NUMBER 5
#define FY_DOCUMENT_FORMAT_VERSION_PAGE_NUMBERS 6
/* Larger inputs are refused before parsing: a speech is a few hundred KiB. */
#define FY_DOCUMENT_MAX_FILE_SIZE  (64 * 1024 * 1024)

FyDocument *fy_document_load_from_data  (const char    *data,
                                         gsize          length,
                                         GError       **error);
FyDocument *fy_document_load_from_file  (GFile         *file,
                                         GCancellable  *cancellable,
                                         GError       **error);
guint       fy_document_get_format_version (FyDocument *self);
char       *fy_document_save_to_data    (FyDocument    *self,
                                         gsize         *length);
gboolean    fy_document_save_to_file    (FyDocument    *self,
                                         GFile         *file,
                                         GCancellable  *cancellable,
                                         GError       **error);

char       *fy_file_load_text           (GFile         *file,
                                         gsize          max_size,
                                         gsize         *length,
                                         GCancellable  *cancellable,
                                         GError       **error);
char       *fy_text_to_utf8             (const char    *data,
                                         gsize          length,
                                         gsize         *utf8_length,
                                         const char   **encoding);

G_END_DECLS

/* fy-docx.h — Word (.docx) export and import
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-document.h"

G_BEGIN_DECLS

/* Limits of the importer.  A speech is a few hundred KiB in Word; the
 * limits are far above that and far below what harms the machine. */
#define FY_DOCX_MAX_FILE_SIZE     (64 * 1024 * 1024)
#define FY_DOCX_MAX_ENTRIES       10000
#define FY_DOCX_MAX_PART_SIZE     (128 * 1024 * 1024)
#define FY_DOCX_MAX_TOTAL_SIZE    (256 * 1024 * 1024)
/* Uncompressed / compressed size of one part, beyond FY_DOCX_RATIO_FREE. */
#define FY_DOCX_MAX_RATIO         200
#define FY_DOCX_RATIO_FREE        (1024 * 1024)
#define FY_DOCX_MAX_PARAGRAPHS    200000

GBytes     *fy_docx_export_to_bytes  (FyDocument    *document,
                                      GError       **error);
gboolean    fy_docx_export_file      (FyDocument    *document,
                                      GFile         *file,
                                      GCancellable  *cancellable,
                                      GError       **error);

FyDocument *fy_docx_import_data      (const guint8  *data,
                                      gsize          length,
                                      GPtrArray    **warnings,
                                      GError       **error);
FyDocument *fy_docx_import_file      (GFile         *file,
                                      GPtrArray    **warnings,
                                      GCancellable  *cancellable,
                                      GError       **error);

G_END_DECLS

/* fy-export.c — placeholder until its implementation lands
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-export"

#include "config.h"

#include "fy-export.h"

#include "fy-error.h"

/* TEMPORARY STUB — replaced by the real exporter. */
gboolean
fy_export_file (FyDocument *document, GFile *file, GCancellable *cancellable, GError **error)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_FAILED, "not implemented");
  return FALSE;
}

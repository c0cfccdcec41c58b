/* fy-import.c — placeholder until its implementation lands
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include "fy-import.h"

#include "fy-error.h"

/* TEMPORARY STUB — replaced by the real importer. */
FyDocument *
fy_import_file (GFile *file, GCancellable *cancellable, GError **error)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_FAILED, "not implemented");
  return NULL;
}

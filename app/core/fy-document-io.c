/* fy-document-io.c — placeholder until its implementation lands
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-document-io"

#include "config.h"

#include "fy-document-io.h"

#include "fy-error.h"

/* TEMPORARY STUBS — replaced by the real loader/saver. */
FyDocument *
fy_document_load_from_data (const char *data, gsize length, GError **error)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_FAILED, "not implemented");
  return NULL;
}

FyDocument *
fy_document_load_from_file (GFile *file, GCancellable *cancellable, GError **error)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_FAILED, "not implemented");
  return NULL;
}

gboolean
fy_document_save_to_file (FyDocument *self, GFile *file, GCancellable *cancellable, GError **error)
{
  g_set_error_literal (error, FY_ERROR, FY_ERROR_FAILED, "not implemented");
  return FALSE;
}

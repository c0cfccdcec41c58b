/* fuzz-docx.c — Word (.docx) import on arbitrary bytes
 *
 * Anything that is not a readable .docx is refused with an FY_ERROR and a
 * message; anything else imports, and the document exports as .docx again
 * and that export imports again with the same number of blocks.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-fuzz"

#include "config.h"

#include "fayan-core.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();

  document = fy_docx_import_data (size > 0 ? data : (const guint8 *) "", size, &warnings, &error);
  if (document == NULL)
    {
      fuzz_check_error (error);
      fuzz_check (warnings == NULL);
      return 0;
    }

  fuzz_check (error == NULL);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    fuzz_check (g_utf8_validate (g_ptr_array_index (warnings, i), -1, NULL));

  bytes = fy_docx_export_to_bytes (document, &error);
  if (bytes == NULL)
    fuzz_fail ("an imported document does not export", error);

  again = fy_docx_import_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, &error);
  if (again == NULL)
    fuzz_fail ("an exported document does not import again", error);
  fuzz_check (fy_document_get_n_blocks (again) <= fy_document_get_n_blocks (document));

  return 0;
}

/* fuzz-markdown.c — Markdown import (libcmark and our subset) on arbitrary bytes
 *
 * Invalid UTF-8 is refused with an FY_ERROR; anything else imports.  The
 * document must then export as Markdown, and that export must import
 * again; the same bytes pasted go through the paste path too.
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
  const char *text = size > 0 ? (const char *) data : "";
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *saved = NULL;

  fuzz_init ();

  document = fy_import_markdown (text, size, &error);
  if (document == NULL)
    {
      fuzz_check_error (error);
      fuzz_check (g_error_matches (error, FY_ERROR, FY_ERROR_INVALID_UTF8));
      fuzz_check (!g_utf8_validate_len (text, size, NULL));
    }
  else
    {
      fuzz_check (error == NULL);

      markdown = fy_export_markdown (document);
      fuzz_check (markdown != NULL && g_utf8_validate (markdown, -1, NULL));

      again = fy_import_markdown (markdown, -1, &error);
      if (again == NULL)
        fuzz_fail ("exported Markdown does not import again", error);

      saved = fy_document_save_to_data (document, NULL);
      fuzz_check (saved != NULL);
    }

  pasted = fy_import_paste (text, size);
  fuzz_check (pasted != NULL);

  return 0;
}

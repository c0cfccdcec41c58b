/* fuzz-plaintext.c — plain-text import and paste on arbitrary bytes
 *
 * Invalid UTF-8 is refused by the importer with an FY_ERROR and repaired
 * by the paste path; the wrap-space cleaner must keep every line valid
 * UTF-8 and never add a character (it may turn a plain space into an
 * ideographic one, three bytes for one, after 第X条).
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
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();

  document = fy_import_plain_text (text, size, &error);
  if (document == NULL)
    {
      fuzz_check_error (error);
      fuzz_check (g_error_matches (error, FY_ERROR, FY_ERROR_INVALID_UTF8));
      fuzz_check (!g_utf8_validate_len (text, size, NULL));
    }
  else
    {
      g_autofree char *plain = fy_export_plain_text (document);
      g_autofree char *saved = fy_document_save_to_data (document, NULL);

      fuzz_check (error == NULL);
      fuzz_check (plain != NULL && g_utf8_validate (plain, -1, NULL));
      fuzz_check (saved != NULL);
    }

  pasted = fy_import_paste (text, size);
  fuzz_check (pasted != NULL);
  for (guint i = 0; i < pasted->len; i++)
    {
      g_autofree char *block_text = fy_block_dup_text (g_ptr_array_index (pasted, i));

      fuzz_check (block_text != NULL && g_utf8_validate (block_text, -1, NULL));
    }

  /* The cleaner works on one line of valid text. */
  {
    g_autofree char *valid = g_utf8_make_valid (text, size);
    g_auto(GStrv) lines = g_strsplit (valid, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      {
        g_autofree char *clean = fy_import_clean_wrap_spaces (lines[i]);

        fuzz_check (g_utf8_validate (clean, -1, NULL));
        fuzz_check (g_utf8_strlen (clean, -1) <= g_utf8_strlen (lines[i], -1));
      }
  }

  return 0;
}

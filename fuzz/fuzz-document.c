/* fuzz-document.c — the .fayan loader on arbitrary bytes
 *
 * Every input is either refused with an FY_ERROR or loaded; a loaded
 * document must save, load again and save to the same bytes (a file
 * Fayan wrote it must be able to reopen), and export as Markdown and
 * plain text.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-fuzz"

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *plain = NULL;
  gsize saved_length = 0;
  gsize saved_again_length = 0;

  fuzz_init ();

  document = fy_document_load_from_data (size > 0 ? (const char *) data : "", size, &error);
  if (document == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }
  fuzz_check (error == NULL);

  saved = fy_document_save_to_data (document, &saved_length);
  again = fy_document_load_from_data (saved, saved_length, &error);
  if (again == NULL)
    fuzz_fail ("a saved document does not load again", error);

  saved_again = fy_document_save_to_data (again, &saved_again_length);
  fuzz_check (saved_length == saved_again_length);
  fuzz_check (memcmp (saved, saved_again, saved_length) == 0);
  fuzz_check (fy_document_get_n_blocks (document) == fy_document_get_n_blocks (again));

  markdown = fy_export_markdown (document);
  plain = fy_export_plain_text (document);
  fuzz_check (markdown != NULL && g_utf8_validate (markdown, -1, NULL));
  fuzz_check (plain != NULL && g_utf8_validate (plain, -1, NULL));

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = fy_document_dup_block_text (document, i);

      fuzz_check (text != NULL && g_utf8_validate (text, -1, NULL));
    }

  return 0;
}

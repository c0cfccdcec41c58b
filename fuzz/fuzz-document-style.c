/* fuzz-document-style.c — a style and a document together, laid out
 *
 * The input is a style (JSON), a NUL byte, then a document in Markdown
 * (made valid UTF-8; imported as the window and the CLI import it, so
 * headings, bold leads, signature lines and tables all come through).
 * Without a NUL byte the whole input is the document, set in a preset
 * picked by its length.  A style that loads must lay out any document in
 * finite time with every page holding a line (fuzz_check_layout()).
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-fuzz"

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fuzz-common.h"

/* Layout is the slow part: longer documents add little coverage. */
#define MAX_DOCUMENT 4096

static const char * const presets[] = { "gbt9704", "reading", "review" };

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(FyStyle) style = NULL;
  FyTypesetter *typesetter;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;
  const char *bytes = (const char *) data;
  const char *nul = size > 0 ? memchr (bytes, '\0', size) : NULL;
  const char *text = bytes;
  size_t text_size = size;

  fuzz_init ();

  if (nul != NULL)
    {
      style = fy_style_new_from_data (bytes, nul - bytes, &error);
      if (style == NULL)
        {
          fuzz_check_error (error);
          return 0;
        }
      text = nul + 1;
      text_size = size - (nul - bytes) - 1;
    }
  else
    {
      style = fy_style_new_from_preset (presets[size % G_N_ELEMENTS (presets)], &error);
      if (style == NULL)
        fuzz_fail ("a built-in preset does not load", error);
    }

  if (text_size > MAX_DOCUMENT)
    return 0;

  markdown = g_utf8_make_valid (text_size > 0 ? text : "", text_size);
  document = fy_import_markdown (markdown, -1, &error);
  if (document == NULL)
    fuzz_fail ("valid UTF-8 Markdown does not import", error);

  typesetter = fuzz_get_typesetter (style);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  if (layout == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }
  fuzz_check_layout (layout, document);

  return 0;
}

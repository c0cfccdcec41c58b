/* fuzz-common.c — set-up and checks shared by the fuzz targets
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-fuzz"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "fayan-core.h"
#include "fuzz-common.h"
#include "fy-layout-private.h"

void
fuzz_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      fy_core_init ();
      g_once_init_leave (&initialized, 1);
    }
}

void
fuzz_fail (const char   *what,
           const GError *error)
{
  if (error != NULL)
    g_printerr ("fuzz: %s: %s (%s, %d)\n", what, error->message,
                g_quark_to_string (error->domain), error->code);
  else
    g_printerr ("fuzz: %s\n", what);
  abort ();
}

void
fuzz_check_error (const GError *error)
{
  if (error == NULL)
    fuzz_fail ("failed without setting an error", NULL);
  if (error->domain != FY_ERROR)
    fuzz_fail ("error outside the FY_ERROR domain", error);
  if (error->message == NULL || error->message[0] == '\0')
    fuzz_fail ("error without a message", error);
  if (!g_utf8_validate (error->message, -1, NULL))
    fuzz_fail ("error message is not UTF-8", NULL);
}

#define MAX_TYPESETTERS 8

FyTypesetter *
fuzz_get_typesetter (FyStyle *style)
{
  static GHashTable *typesetters;   /* fingerprint → FyTypesetter */
  const char *fingerprint = fy_style_get_fingerprint (style);
  FyTypesetter *typesetter;

  if (typesetters == NULL)
    typesetters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  typesetter = g_hash_table_lookup (typesetters, fingerprint);
  if (typesetter == NULL)
    {
      if (g_hash_table_size (typesetters) >= MAX_TYPESETTERS)
        g_hash_table_remove_all (typesetters);
      typesetter = fy_typesetter_new (style);
      g_hash_table_insert (typesetters, g_strdup (fingerprint), typesetter);
    }

  return typesetter;
}

void
fuzz_check_layout (FyLayout   *layout,
                   FyDocument *document)
{
  const FyLayoutWarning *warnings;
  guint n_warnings = 0;
  guint n_pages = fy_layout_get_n_pages (layout);
  guint n_blocks = fy_document_get_n_blocks (document);
  double width = 0, height = 0;

  fy_layout_get_page_size (layout, &width, &height);
  fuzz_check (isfinite (width) && isfinite (height) && width > 0 && height > 0);

  warnings = fy_layout_get_warnings (layout, &n_warnings);
  for (guint i = 0; i < n_warnings; i++)
    {
      fuzz_check (warnings[i].message != NULL && g_utf8_validate (warnings[i].message, -1, NULL));
      fuzz_check (warnings[i].block_index < (int) n_blocks);
    }

  fuzz_check (fy_layout_check_progress (layout, document));

  for (guint page = 0; page < n_pages; page++)
    {
      guint n_lines = fy_layout_get_n_lines (layout, page);
      guint block_index = 0, char_offset = 0;

      for (guint line = 0; line < n_lines; line++)
        {
          g_autofree char *line_text = fy_layout_dup_line_text (layout, page, line);

          fuzz_check (line_text != NULL && g_utf8_validate (line_text, -1, NULL));
        }

      if (fy_layout_hit_test (layout, page, width / 2, height / 2, &block_index, &char_offset))
        fuzz_check (block_index < n_blocks);
      if (fy_layout_hit_test (layout, page, -1.0, height * 2, &block_index, &char_offset))
        fuzz_check (block_index < n_blocks);
    }

  for (guint i = 0; i < n_blocks; i++)
    {
      g_autofree char *block_text = fy_block_dup_text (fy_document_get_block (document, i));
      guint length = g_utf8_strlen (block_text, -1);
      guint offsets[] = { 0, length / 2, length, length + 1 };

      for (guint k = 0; k < G_N_ELEMENTS (offsets); k++)
        {
          FyLayoutRect rect = { 0 };
          guint page = 0;

          if (fy_layout_find_position (layout, i, offsets[k], &page, &rect))
            {
              fuzz_check (page < n_pages);
              fuzz_check (isfinite (rect.x) && isfinite (rect.y));
            }
        }
    }
}

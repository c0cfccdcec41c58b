/* fuzz-layout.c — the typesetter on arbitrary text (layout only, no PDF)
 *
 * The first byte picks a style preset and how lines map to roles; the
 * rest, made valid UTF-8, is split into one block per line (a "|" splits
 * a bold lead from its text; {{x}} references a field whose value is
 * itself "{{x}}" and printf directives).  The layout must come back with
 * sane pages, lines, warnings, hit tests and positions.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-fuzz"

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fuzz-common.h"

static const char * const presets[] = { "gbt9704", "reading", "review" };

static FyTypesetter *
get_typesetter (guint index_)
{
  static FyTypesetter *typesetters[G_N_ELEMENTS (presets)];

  if (typesetters[index_] == NULL)
    {
      g_autoptr(FyStyle) style = NULL;
      g_autoptr(GError) error = NULL;

      style = fy_style_new_from_preset (presets[index_], &error);
      if (style == NULL)
        fuzz_fail ("a built-in preset does not load", error);
      typesetters[index_] = fy_typesetter_new (style);
    }

  return typesetters[index_];
}

static FyDocument *
make_document (guint8      mode,
               const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  FyDocument *document = fy_document_new ();

  fy_document_set_field_value (document, "x", "%s%n{{x}}");
  fy_document_set_field_value (document, "会议名称", "全市工作会议");

  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* Paragraphs are the most common role; mix in every other one. */
      guint pick = (i * 7 + mode) % (FY_BLOCK_N_ROLES + 4);
      FyBlockRole role = pick < FY_BLOCK_N_ROLES ? (FyBlockRole) pick : FY_BLOCK_ROLE_PARAGRAPH;
      g_autoptr(FyBlock) block = fy_block_new (role);
      const char *bar = strchr (lines[i], '|');

      if (role == FY_BLOCK_ROLE_HEADING)
        fy_block_set_level (block, 1 + (i + mode) % FY_HEADING_MAX_LEVEL);

      if (bar != NULL)
        {
          g_autofree char *lead = g_strndup (lines[i], bar - lines[i]);

          fy_block_set_lead_and_text (block, lead, bar + 1);
        }
      else
        fy_block_set_text (block, lines[i]);

      fy_document_append_block (document, block);
    }

  return document;
}

static void
layout_and_check (FyTypesetter *typesetter,
                  FyDocument   *document,
                  gboolean      dump)
{
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GError) error = NULL;

  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  if (layout == NULL)
    {
      fuzz_check_error (error);
      return;
    }

  fuzz_check_layout (layout, document);

  /* The JSON dump is slow; small inputs cover its code. */
  if (dump)
    {
      g_autofree char *json = fy_layout_to_json (layout);

      fuzz_check (json != NULL && g_utf8_validate (json, -1, NULL));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(FyDocument) document = NULL;
  g_autofree char *text = NULL;
  FyTypesetter *typesetter;
  guint8 mode;

  fuzz_init ();

  if (size == 0)
    return 0;

  mode = data[0];
  text = g_utf8_make_valid ((const char *) data + 1, size - 1);
  document = make_document (mode, text);

  typesetter = get_typesetter ((mode >> 4) % G_N_ELEMENTS (presets));
  layout_and_check (typesetter, document, size < 256);

  /* Every input is new, so nothing cached is of use to the next one.
   * Emptied now rather than before the next input, each run frees what
   * it allocated: libFuzzer's leak heuristic, which runs a full leak
   * check whenever a run ends with more allocations than frees, then
   * fires only on a real leak instead of on nearly every run. */
  fy_typesetter_clear_cache (typesetter);

  return 0;
}

/* fy-test-layout.c — helpers for the tests that look inside a layout
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "fy-test-layout.h"

FyStyle *
fy_test_default_style (void)
{
  g_autoptr(GError) error = NULL;
  FyStyle *style = fy_style_new_from_preset ("gbt9704", &error);

  g_assert_no_error (error);
  return style;
}

FyLayout *
fy_test_layout_document (FyStyle    *style,
                         FyDocument *document)
{
  g_autoptr(FyTypesetter) typesetter = fy_typesetter_new (style);
  g_autoptr(GError) error = NULL;
  FyLayout *layout;

  fy_typesetter_keep_clusters (typesetter, TRUE);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (layout);
  return layout;
}

GPtrArray *
fy_test_body_lines (FyLayout *layout)
{
  GPtrArray *lines = g_ptr_array_new ();

  for (guint pg = 0; pg < layout->pages->len; pg++)
    {
      FyPage *page = g_ptr_array_index (layout->pages, pg);

      for (guint i = 0; i < page->lines->len; i++)
        {
          FyPageLine *pl = &g_array_index (page->lines, FyPageLine, i);

          if (pl->block_index >= 0)
            g_ptr_array_add (lines, pl);
        }
    }
  return lines;
}

char *
fy_test_line_text (FyPageLine *pl)
{
  FyParaLine *line = &g_array_index (pl->para->lines, FyParaLine, pl->line);
  FyPlacedCluster *c = (FyPlacedCluster *) pl->para->placed->data;

  if (line->first >= line->last)
    return g_strdup ("");
  return g_strndup (pl->para->text + c[line->first].start,
                    c[line->last - 1].end - c[line->first].start);
}

FyParaLine *
fy_test_para_line (FyPageLine *pl)
{
  return &g_array_index (pl->para->lines, FyParaLine, pl->line);
}

FyCluster *
fy_test_cluster (FyPageLine *pl,
                 guint       k)
{
  return &g_array_index (pl->para->clusters, FyCluster, k);
}

char *
fy_test_joined_text (FyLayout *layout)
{
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *t = fy_test_line_text (g_ptr_array_index (lines, i));

      g_string_append (str, t);
    }
  return g_string_free (str, FALSE);
}

char *
fy_test_title_row (const char *row,
                   GArray     *marks)
{
  GString *title = g_string_new (NULL);
  glong chars = 0;

  for (const char *p = row; *p; p = g_utf8_next_char (p))
    if (*p == '|')
      g_array_append_val (marks, chars);
    else
      {
        g_string_append_unichar (title, g_utf8_get_char (p));
        chars++;
      }
  return g_string_free (title, FALSE);
}

GStrv
fy_test_title_line_texts (const char *text,
                          const char *preset,
                          gboolean    model)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset (preset, &error);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();

  g_assert_no_error (error);
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, text));
  typesetter = fy_typesetter_new (style);
  fy_typesetter_keep_clusters (typesetter, TRUE);
  if (!model)
    fy_typesetter_set_title_model (typesetter, NULL);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);
  lines = fy_test_body_lines (layout);
  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *line = fy_test_line_text (g_ptr_array_index (lines, i));

      g_strv_builder_add (texts, line);
    }
  return g_strv_builder_end (texts);
}

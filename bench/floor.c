/* floor.c — the benchmark floor: the least a Pango + Cairo program must do
 * to shape and draw the same text into a PDF (no grid, no compression, no
 * kinsoku beyond Pango's own, no fallback reports)
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#define MM (72.0 / 25.4)

static void
strip_bold (GString *s)
{
  char *p;

  while ((p = strstr (s->str, "**")) != NULL)
    g_string_erase (s, p - s->str, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data = NULL;
  g_auto(GStrv) blocks = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  PangoFontDescription *body, *title;
  double left = 28 * MM, top = 37 * MM, width = 156 * MM;
  double pitch = 225 * MM / 22;
  int line = 0, page = 1;

  if (argc != 3 || !g_file_get_contents (argv[1], &data, NULL, NULL))
    {
      fprintf (stderr, "usage: floor IN.md OUT.pdf\n");
      return 2;
    }

  surface = cairo_pdf_surface_create (argv[2], 210 * MM, 297 * MM);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72);
  body = pango_font_description_from_string ("Noto Serif CJK SC 16");
  title = pango_font_description_from_string ("Noto Serif CJK SC Bold 22");

  blocks = g_strsplit (data, "\n\n", -1);
  for (guint b = 0; blocks[b] != NULL; b++)
    {
      g_autoptr(GString) text = g_string_new (g_strstrip (blocks[b]));
      PangoLayout *layout = pango_layout_new (context);
      gboolean is_title = g_str_has_prefix (text->str, "# ");
      PangoLayoutIter *iter;

      if (text->len == 0)
        {
          g_object_unref (layout);
          continue;
        }
      if (is_title)
        g_string_erase (text, 0, 2);
      strip_bold (text);

      pango_layout_set_font_description (layout, is_title ? title : body);
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_alignment (layout, is_title ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
      pango_layout_set_justify (layout, !is_title);
      if (!is_title)
        pango_layout_set_indent (layout, (int) (2 * width / 28 * PANGO_SCALE));
      pango_layout_set_text (layout, text->str, text->len);

      iter = pango_layout_get_iter (layout);
      do
        {
          PangoLayoutLine *l = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;

          if (line == 22)
            {
              char number[32];

              g_snprintf (number, sizeof number, "— %d —", page++);
              cairo_move_to (cr, left + width - 80, top + 22 * pitch + 30);
              cairo_show_text (cr, number);
              cairo_show_page (cr);
              line = 0;
            }
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, left + (double) logical.x / PANGO_SCALE, top + line * pitch + 21);
          pango_cairo_show_layout_line (cr, l);
          line++;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
      g_object_unref (layout);
    }

  cairo_show_page (cr);
  pango_font_description_free (body);
  pango_font_description_free (title);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return 0;
}

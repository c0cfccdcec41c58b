/* floor.c — the benchmark floor: the least a Pango + Cairo program must do
 * to shape and draw the same text into a PDF
 *
 * Same text, same faces, same page count as Fayan's output as nearly as
 * Pango's own wrapping allows: the title in the 小标宋 face, body text in
 * the 仿宋 face with its cell tightened to 156 mm / 28 (so 28 characters
 * fit a line, as on Fayan's grid), bold leads and headings in the 黑体
 * face, 22 lines a page, and "— N —" page numbers in the 宋体 face at
 * 14 pt, odd pages right and even pages left.  No grid, no compression,
 * no kinsoku beyond Pango's, no fallback reports.
 *
 * Usage: floor IN.md OUT.pdf TITLE BODY LEAD NUMBER  (Pango font families,
 * "Bold" appended where the role is bold; build-aux/bench asks the core).
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#define MM (72.0 / 25.4)

static const double left = 28 * MM, top = 37 * MM, width = 156 * MM;
static const double pitch = 225 * MM / 22;

static PangoFontDescription *
describe (const char *family,
          double      size)
{
  PangoFontDescription *desc = pango_font_description_from_string (family);

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  return desc;
}

static void
finish_page (cairo_t              *cr,
             PangoContext         *context,
             PangoFontDescription *number_font,
             int                   page)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autofree char *number = g_strdup_printf ("— %d —", page);
  PangoRectangle logical;
  double x;

  pango_layout_set_font_description (layout, number_font);
  pango_layout_set_text (layout, number, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  if (page % 2 == 1)
    x = left + width - width / 28 - (double) logical.width / PANGO_SCALE;
  else
    x = left + width / 28;
  cairo_move_to (cr, x, top + 225 * MM + 7 * MM);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
  cairo_show_page (cr);
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
  PangoFontDescription *title, *body, *lead, *number;
  int line = 0, page = 1;

  if (argc != 7 || !g_file_get_contents (argv[1], &data, NULL, NULL))
    {
      fprintf (stderr, "usage: floor IN.md OUT.pdf TITLE BODY LEAD NUMBER\n");
      return 2;
    }

  surface = cairo_pdf_surface_create (argv[2], 210 * MM, 297 * MM);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  title = describe (argv[3], 22);
  body = describe (argv[4], 16);
  lead = describe (argv[5], 16);
  number = describe (argv[6], 14);

  blocks = g_strsplit (data, "\n\n", -1);
  for (guint b = 0; blocks[b] != NULL; b++)
    {
      g_autoptr(GString) text = g_string_new (g_strstrip (blocks[b]));
      PangoLayout *layout;
      PangoAttrList *attrs;
      PangoAttribute *attr;
      gboolean is_title = g_str_has_prefix (text->str, "# ");
      gboolean is_heading = g_str_has_prefix (text->str, "## ");
      PangoLayoutIter *iter;

      if (text->len == 0)
        continue;

      layout = pango_layout_new (context);
      attrs = pango_attr_list_new ();
      if (is_title || is_heading)
        g_string_erase (text, 0, strchr (text->str, ' ') + 1 - text->str);
      if (g_str_has_prefix (text->str, "**"))
        {
          const char *end = strstr (text->str + 2, "**");

          if (end != NULL)
            {
              guint lead_end = end - text->str - 2;

              g_string_erase (text, end - text->str, 2);
              g_string_erase (text, 0, 2);
              attr = pango_attr_font_desc_new (lead);
              attr->start_index = 0;
              attr->end_index = lead_end;
              pango_attr_list_insert (attrs, attr);
            }
        }
      if (!is_title)
        {
          /* 28 cells of 156 mm / 28 on a line, as on the grid */
          attr = pango_attr_letter_spacing_new ((int) ((width / 28 - 16) * PANGO_SCALE));
          pango_attr_list_insert (attrs, attr);
        }

      pango_layout_set_font_description (layout, is_title ? title : is_heading ? lead : body);
      pango_layout_set_attributes (layout, attrs);
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_alignment (layout, is_title ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
      pango_layout_set_justify (layout, !is_title && !is_heading);
      if (!is_title && !is_heading)
        pango_layout_set_indent (layout, (int) (2 * width / 28 * PANGO_SCALE));
      pango_layout_set_text (layout, text->str, text->len);

      iter = pango_layout_get_iter (layout);
      do
        {
          PangoLayoutLine *l = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;

          if (line == 22)
            {
              finish_page (cr, context, number, page++);
              line = 0;
            }
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, left + (double) logical.x / PANGO_SCALE, top + line * pitch + 21);
          pango_cairo_show_layout_line (cr, l);
          line++;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
      pango_attr_list_unref (attrs);
      g_object_unref (layout);
    }

  finish_page (cr, context, number, page);
  pango_font_description_free (title);
  pango_font_description_free (body);
  pango_font_description_free (lead);
  pango_font_description_free (number);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return 0;
}

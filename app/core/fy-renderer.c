/* fy-renderer.c — draws a FyLayout on any cairo_t; PDF and PNG output
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-renderer"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-font.h>

#include "fy-document-io.h"
#include "fy-error.h"
#include "fy-layout-private.h"
#include "fy-renderer.h"

/*
 * Every glyph already has its final position, so drawing is one
 * cairo_show_text_glyphs() per font and colour on a line: neighbouring
 * runs of one font are drawn together.  A squeezed mark is a run of its
 * own in the layout; in PDF it is drawn from a glyph of the same subset
 * whose advance is its cell (fy-vector-fonts.c), so it joins the run
 * around it (or, for fonts without such glyphs, from the marks font).
 * cairo gets the text and the cluster map too, so PDF readers extract
 * exactly the text that was typeset.  Only cairo is used here (it is
 * thread-safe), never Pango.  Glyphs are moved to the page rather than
 * through a translated, saved and restored context: no graphics-state
 * changes between runs.
 */

/* Glyphs of one font and colour waiting to be drawn, with their text. */
typedef struct
{
  cairo_scaled_font_t *font;     /* NULL: empty */
  guint                color;
  const char          *text;
  int                  length;
  GArray              *glyphs;   /* cairo_glyph_t */
  GArray              *clusters; /* cairo_text_cluster_t */
} Batch;

static void
set_color (cairo_t *cr,
           guint    wanted,
           guint   *color)
{
  if (wanted == *color)
    return;
  if (wanted == 1)
    cairo_set_source_rgb (cr, 0.8, 0.0, 0.0);
  else
    cairo_set_source_rgb (cr, 0, 0, 0);
  *color = wanted;
}

static void
flush_batch (cairo_t *cr,
             Batch   *batch,
             guint   *color)
{
  if (batch->font == NULL)
    return;
  set_color (cr, batch->color, color);
  cairo_set_scaled_font (cr, batch->font);
  cairo_show_text_glyphs (cr, batch->text, batch->length,
                          (const cairo_glyph_t *) batch->glyphs->data, (int) batch->glyphs->len,
                          (const cairo_text_cluster_t *) batch->clusters->data,
                          (int) batch->clusters->len, 0);
  batch->font = NULL;
  g_array_set_size (batch->glyphs, 0);
  g_array_set_size (batch->clusters, 0);
}

static void
draw_line (cairo_t       *cr,
           FyPageLine    *pl,
           FyVectorFonts *fonts,
           Batch         *batch,
           guint         *color)
{
  FyParaLine *line = &g_array_index (pl->para->lines, FyParaLine, pl->line);

  for (guint r = 0; r < line->runs->len; r++)
    {
      FyGlyphRun *run = g_ptr_array_index (line->runs, r);
      double x0 = pl->x + run->x;
      cairo_scaled_font_t *font = run->font;
      const cairo_glyph_t *source = run->cairo_glyphs;
      const char *text = pl->para->text + run->offset;
      cairo_glyph_t mark = { 0, 0, 0 };

      if (fonts != NULL && run->compressed_advance > 0 && run->n_glyphs == 1 &&
          fy_vector_fonts_lookup_mark (fonts, run->font, run->cairo_glyphs, run->size,
                                       run->compressed_advance, &font, &mark.index))
        source = &mark;   /* at the cell's start, with the cell's advance */
      else if (fonts != NULL)
        font = fy_vector_fonts_lookup (fonts, run->font);

      if (batch->font != font || batch->color != run->color ||
          batch->text + batch->length != text)
        {
          flush_batch (cr, batch, color);
          batch->font = font;
          batch->color = run->color;
          batch->text = text;
          batch->length = 0;
        }
      batch->length += (int) run->length;
      g_array_append_vals (batch->clusters, run->clusters, (guint) run->n_clusters);
      for (int g = 0; g < run->n_glyphs; g++)
        {
          cairo_glyph_t glyph = { source[g].index, x0 + source[g].x, pl->baseline + source[g].y };

          g_array_append_val (batch->glyphs, glyph);
        }

      if (run->boxes == NULL)
        continue;
      /* a character no installed font has: an empty box, as Pango draws */
      flush_batch (cr, batch, color);
      for (guint b = 0; b + 1 < run->boxes->len; b += 2)
        fy_renderer_draw_missing_box (cr, x0 + g_array_index (run->boxes, double, b), pl->baseline,
                                      g_array_index (run->boxes, double, b + 1), run->size);
    }
  flush_batch (cr, batch, color);
}

/* Every glyph run of @layout's pages [@first, @last), in drawing order. */
static GPtrArray *
layout_runs (FyLayout *layout,
             guint     first,
             guint     last)
{
  GPtrArray *runs = g_ptr_array_new ();

  for (guint pg = first; pg < last && pg < layout->pages->len; pg++)
    {
      FyPage *p = g_ptr_array_index (layout->pages, pg);

      for (guint i = 0; i < p->lines->len; i++)
        {
          FyPageLine *pl = &g_array_index (p->lines, FyPageLine, i);
          FyParaLine *line = &g_array_index (pl->para->lines, FyParaLine, pl->line);

          for (guint r = 0; r < line->runs->len; r++)
            g_ptr_array_add (runs, g_ptr_array_index (line->runs, r));
        }
    }
  return runs;
}

/*
 * PDF and PostScript embed the fonts; they are drawn with HarfBuzz
 * subsets of the layout's fonts (see fy-vector-fonts.c), made once per
 * layout for all its pages.  Pixels are drawn with the fonts themselves.
 */
static FyVectorFonts *
vector_fonts_for (FyLayout *layout,
                  cairo_t  *cr)
{
  FyVectorFonts *fonts;

  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
      break;
    default:
      return NULL;
    }

  g_mutex_lock (&layout->vector_lock);
  if (layout->vector_fonts == NULL)
    {
      g_autoptr(GPtrArray) runs = layout_runs (layout, 0, layout->pages->len);

      fonts = fy_vector_fonts_new ();
      for (guint r = 0; r < runs->len; r++)
        {
          FyGlyphRun *run = g_ptr_array_index (runs, r);

          if (run->compressed_advance > 0 && run->n_glyphs == 1)
            fy_vector_fonts_add_mark (fonts, run->pango_font, run->font,
                                      run->cairo_glyphs, run->size, run->compressed_advance);
          else
            fy_vector_fonts_add (fonts, run->pango_font, run->font, run->cairo_glyphs, run->n_glyphs);
        }
      fy_vector_fonts_prepare (fonts);
      layout->vector_fonts = fonts;
    }
  fonts = layout->vector_fonts;
  g_mutex_unlock (&layout->vector_lock);

  return fonts;
}

/**
 * fy_renderer_draw_page:
 * @layout: a #FyLayout
 * @page: the page, from 0
 * @cr: where to draw, in points, the page's top-left corner at the origin
 *
 * Draws the text of @page (page number included) and the rules of its
 * tables in black.
 */
void
fy_renderer_draw_page (FyLayout *layout,
                       guint     page,
                       cairo_t  *cr)
{
  FyPage *p;
  FyVectorFonts *fonts;
  g_autoptr(GArray) glyphs = NULL;
  g_autoptr(GArray) clusters = NULL;
  Batch batch = { NULL, 0, NULL, 0, NULL, NULL };
  guint color = 0;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < layout->pages->len);

  p = g_ptr_array_index (layout->pages, page);
  fonts = vector_fonts_for (layout, cr);
  glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  batch.glyphs = glyphs;
  batch.clusters = clusters;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < p->lines->len; i++)
    draw_line (cr, &g_array_index (p->lines, FyPageLine, i), fonts, &batch, &color);

  fy_renderer_draw_rules (layout, page, cr);
  cairo_restore (cr);
}

/**
 * fy_renderer_draw_missing_box:
 * @cr: where to draw, in points
 * @x: the left edge of the character's cell
 * @baseline: the line's baseline
 * @width: the cell's width
 * @size: the font size
 *
 * Strokes, in @cr's source, the empty box that stands for a character no
 * installed font has: 0.5 pt lines, as fy_renderer_draw_page() draws it.
 */
void
fy_renderer_draw_missing_box (cairo_t *cr,
                              double   x,
                              double   baseline,
                              double   width,
                              double   size)
{
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, x + width * 0.1, baseline - 0.8 * size, width * 0.8, 0.9 * size);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * fy_renderer_draw_rules:
 * @layout: a #FyLayout
 * @page: the page, from 0
 * @cr: where to draw, in points, the page's top-left corner at the origin
 *
 * Strokes the rules of @page's tables in black, with square caps: the
 * rules fy_renderer_draw_page() draws.
 */
void
fy_renderer_draw_rules (FyLayout *layout,
                        guint     page,
                        cairo_t  *cr)
{
  FyPage *p;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < layout->pages->len);

  p = g_ptr_array_index (layout->pages, page);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  for (guint i = 0; i < p->rules->len; i++)
    {
      const FyRule *rule = &g_array_index (p->rules, FyRule, i);

      cairo_set_line_width (cr, rule->width);
      cairo_move_to (cr, rule->x0, rule->y0);
      cairo_line_to (cr, rule->x1, rule->y1);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/**
 * fy_renderer_foreach:
 * @layout: a #FyLayout
 * @page: the page, from 0
 * @run_func: called for each glyph run
 * @rule_func: called for each ruled line
 * @user_data: for both
 *
 * Hands over what fy_renderer_draw_page() draws on a screen: the runs
 * with the fonts they were shaped with, then the rules.
 */
void
fy_renderer_foreach (FyLayout           *layout,
                     guint               page,
                     FyRendererRunFunc   run_func,
                     FyRendererRuleFunc  rule_func,
                     gpointer            user_data)
{
  FyPage *p;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (page < layout->pages->len);

  p = g_ptr_array_index (layout->pages, page);
  for (guint i = 0; i < p->lines->len; i++)
    {
      FyPageLine *pl = &g_array_index (p->lines, FyPageLine, i);
      FyParaLine *line = &g_array_index (pl->para->lines, FyParaLine, pl->line);

      for (guint r = 0; r < line->runs->len; r++)
        {
          FyGlyphRun *run = g_ptr_array_index (line->runs, r);
          FyRendererRun out = {
            run->pango_font, run->cairo_glyphs, run->n_glyphs,
            pl->x + run->x, pl->baseline, run->color,
            run->boxes != NULL ? (const double *) run->boxes->data : NULL,
            run->boxes != NULL ? run->boxes->len / 2 : 0,
            run->size,
          };

          run_func (&out, user_data);
        }
    }

  for (guint i = 0; i < p->rules->len; i++)
    {
      const FyRule *rule = &g_array_index (p->rules, FyRule, i);

      rule_func (rule->x0, rule->y0, rule->x1, rule->y1, rule->width, user_data);
    }
}

/**
 * fy_render_reserve_text:
 * @layout: a #FyLayout
 * @text: characters later documents will draw in @layout's faces
 *
 * Glyphs are found through each face's character map; a glyph shaping
 * gives otherwise only makes a subset grow once more, as without this.
 */
void
fy_render_reserve_text (FyLayout   *layout,
                        const char *text)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) runs = NULL;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (text != NULL);

  runs = layout_runs (layout, 0, layout->pages->len);
  for (guint r = 0; r < runs->len; r++)
    {
      FyGlyphRun *run = g_ptr_array_index (runs, r);

      if (run->pango_font != NULL && g_hash_table_add (seen, run->pango_font))
        fy_vector_fonts_reserve_text (run->pango_font, text);
    }
}

/*
 * A font the layout was made with may have been uninstalled since (a
 * package removed, a font folder on a share gone): cairo then cannot load
 * it, Pango only logs a warning and the glyphs are silently missing from
 * the output.  Refuse to draw such a layout instead; laying out again
 * picks another font and reports the substitution.
 */
static gboolean
check_fonts_installed (FyLayout  *layout,
                       GError   **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) runs = layout_runs (layout, 0, layout->pages->len);

  for (guint r = 0; r < runs->len; r++)
    {
      FyGlyphRun *run = g_ptr_array_index (runs, r);
      PangoFont *font = run->pango_font;
      FcChar8 *file = NULL;

      if (font == NULL || !PANGO_IS_FC_FONT (font) || !g_hash_table_add (seen, font))
        continue;
      if (FcPatternGetString (pango_fc_font_get_pattern (PANGO_FC_FONT (font)),
                              FC_FILE, 0, &file) != FcResultMatch ||
          g_file_test ((const char *) file, G_FILE_TEST_EXISTS))
        continue;

      {
        g_autoptr(PangoFontDescription) desc = pango_font_describe (font);
        g_autofree char *name = g_filename_display_name ((const char *) file);

        g_set_error (error, FY_ERROR, FY_ERROR_NO_FONT,
                     _("The font “%1$s” (%2$s) was removed after the document was laid out. "
                       "Lay it out again, so that Fayan picks an installed font, and "
                       "export again."),
                     pango_font_description_get_family (desc), name);
        return FALSE;
      }
    }

  return TRUE;
}

static cairo_status_t
write_to_string_cb (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static char *
iso_date_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
}

/* The PDF's title, author and subject: from a document or a snapshot. */
typedef struct
{
  const char *title;
  const char *speaker;
  const char *meeting;
} PdfMetadata;

static GBytes *render_pdf_bytes (FyLayout           *layout,
                                 const PdfMetadata  *metadata,
                                 GCancellable       *cancellable,
                                 GError            **error);

/**
 * fy_render_pdf_bytes:
 * @layout: a #FyLayout
 * @document: (nullable): the document, for the PDF metadata
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set
 */
GBytes *
fy_render_pdf_bytes (FyLayout      *layout,
                     FyDocument    *document,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *title = NULL;
  PdfMetadata metadata = { NULL, NULL, NULL };

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (document == NULL || FY_IS_DOCUMENT (document), NULL);

  if (document != NULL)
    {
      title = fy_document_dup_display_title (document);
      metadata.title = title;
      metadata.speaker = fy_document_get_speaker (document);
      metadata.meeting = fy_document_get_meeting (document);
    }
  return render_pdf_bytes (layout, &metadata, cancellable, error);
}

/**
 * fy_render_pdf_source:
 * @layout: a #FyLayout
 * @source: (nullable): a snapshot of the document, for the PDF metadata
 * @out: the PDF file to write
 * @input: (nullable): the file the document was read from, never written
 *   over (fy_file_check_destination())
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * fy_render_pdf_file() for a worker that holds a snapshot, not a
 * document.
 *
 * Returns: %TRUE if the whole file was written
 */
gboolean
fy_render_pdf_source (FyLayout      *layout,
                      FySource      *source,
                      GFile         *out,
                      GFile         *input,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  PdfMetadata metadata = { NULL, NULL, NULL };
  gsize length;
  const char *data;

  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);
  g_return_val_if_fail (input == NULL || G_IS_FILE (input), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (source != NULL)
    {
      metadata.title = fy_source_get_display_title (source);
      metadata.speaker = fy_source_get_speaker (source);
      metadata.meeting = fy_source_get_meeting (source);
    }
  bytes = render_pdf_bytes (layout, &metadata, cancellable, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return fy_file_write (out, data, length, input, FY_FILE_WRITE_DEFAULT, cancellable, error);
}

static GBytes *
render_pdf_bytes (FyLayout           *layout,
                  const PdfMetadata  *metadata,
                  GCancellable       *cancellable,
                  GError            **error)
{
  GByteArray *bytes;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  g_autofree int *outline_ids = NULL;
  int parents[6] = { CAIRO_PDF_OUTLINE_ROOT, 0, 0, 0, 0, 0 };

  if (!check_fonts_installed (layout, error))
    return NULL;

  bytes = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (write_to_string_cb, bytes,
                                                 layout->width, layout->height);
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);

  {
    g_autofree char *now = iso_date_now ();
    g_autofree char *creator = g_strdup_printf ("Fayan %s", PACKAGE_VERSION);

    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, now);
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, now);
    if (metadata->title != NULL && *metadata->title != '\0')
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, metadata->title);
    if (metadata->speaker != NULL && *metadata->speaker != '\0')
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, metadata->speaker);
    if (metadata->meeting != NULL && *metadata->meeting != '\0')
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, metadata->meeting);
  }

  cr = cairo_create (surface);
  outline_ids = g_new0 (int, layout->outline->len + 1);

  for (guint pg = 0; pg < layout->pages->len; pg++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
          g_byte_array_unref (bytes);
          return NULL;
        }

      fy_renderer_draw_page (layout, pg, cr);
      cairo_show_page (cr);
    }

  /* Bookmarks: headings by level, bold leads under their heading. */
  for (guint i = 0; i < layout->outline->len; i++)
    {
      FyOutlineEntry *e = &g_array_index (layout->outline, FyOutlineEntry, i);
      g_autofree char *link = g_strdup_printf ("page=%u pos=[%.1f %.1f]", e->page + 1, 0.0, e->y);
      int level = CLAMP (e->level, 1, 5);
      int parent = CAIRO_PDF_OUTLINE_ROOT;

      for (int l = level - 1; l >= 1; l--)
        {
          if (parents[l] != 0)
            {
              parent = parents[l];
              break;
            }
        }
      outline_ids[i] = cairo_pdf_surface_add_outline (surface, parent, e->title, link, 0);
      parents[level] = outline_ids[i];
      for (int l = level + 1; l < 6; l++)
        parents[l] = 0;
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_RENDER,
                   _("Could not draw the PDF: %s"), cairo_status_to_string (status));
      g_byte_array_unref (bytes);
      return NULL;
    }

  return g_byte_array_free_to_bytes (bytes);
}

/**
 * fy_render_pdf:
 * @layout: a #FyLayout
 * @document: (nullable): the document, for the PDF metadata
 * @out: the PDF file to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * fy_render_pdf_file() with no input file to protect.
 *
 * Returns: %TRUE if the whole file was written
 */
gboolean
fy_render_pdf (FyLayout      *layout,
               FyDocument    *document,
               GFile         *out,
               GCancellable  *cancellable,
               GError       **error)
{
  return fy_render_pdf_file (layout, document, out, NULL, cancellable, error);
}

/**
 * fy_render_pdf_file:
 * @layout: a #FyLayout
 * @document: (nullable): the document, for the PDF metadata
 * @out: the PDF file to write
 * @input: (nullable): the file the document was read from, never written
 *   over (fy_file_check_destination())
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the PDF of @layout the one way both front ends and the batch
 * fill write it: atomically, through fy_file_write(), refusing @input
 * and leaving any earlier @out untouched when anything fails.
 *
 * Returns: %TRUE if the whole file was written
 */
gboolean
fy_render_pdf_file (FyLayout      *layout,
                    FyDocument    *document,
                    GFile         *out,
                    GFile         *input,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);
  g_return_val_if_fail (input == NULL || G_IS_FILE (input), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = fy_render_pdf_bytes (layout, document, cancellable, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return fy_file_write (out, data, length, input, FY_FILE_WRITE_DEFAULT, cancellable, error);
}

static cairo_status_t
append_png_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * fy_render_check_png_pages:
 * @dir: the folder for the page images
 * @dpi: their resolution
 * @error: return location for a #GError
 *
 * What fy_render_png_pages() refuses before it draws anything, for a
 * front end to ask before it typesets or writes a PDF: a resolution out
 * of 10–1200 dpi, and a @dir that is a file (%FY_ERROR_INVALID_CONTENT).
 *
 * Returns: %TRUE if the pages could be written there
 */
gboolean
fy_render_check_png_pages (GFile   *dir,
                           double   dpi,
                           GError **error)
{
  GFileType type;

  g_return_val_if_fail (G_IS_FILE (dir), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(dpi >= 10 && dpi <= 1200))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("The resolution %.0f dpi is out of range. Use a value from 10 to 1200."), dpi);
      return FALSE;
    }

  type = g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, NULL);
  if (type != G_FILE_TYPE_UNKNOWN && type != G_FILE_TYPE_DIRECTORY)
    {
      g_autofree char *name = g_file_get_parse_name (dir);

      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("“%s” is a file, not a folder for the page images."), name);
      return FALSE;
    }

  return TRUE;
}

/**
 * fy_render_png_pages:
 * @layout: a #FyLayout
 * @dir: the folder for page-1.png, page-2.png, …
 * @dpi: the resolution
 * @error: return location for a #GError
 *
 * Draws and encodes every page first: when a page cannot be drawn at
 * @dpi, nothing is written and @error (%FY_ERROR_RENDER) says so.  Each
 * page is then written atomically through fy_file_write().
 *
 * Returns: %TRUE if every page was written
 */
gboolean
fy_render_png_pages (FyLayout  *layout,
                     GFile     *dir,
                     double     dpi,
                     GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) pngs = NULL;
  int width, height;

  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (dir), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!fy_render_check_png_pages (dir, dpi, error))
    return FALSE;

  if (!check_fonts_installed (layout, error))
    return FALSE;

  width = (int) (layout->width * dpi / 72 + 0.5);
  height = (int) (layout->height * dpi / 72 + 0.5);

  /* Every page is drawn and encoded before anything is written: a page
   * that cannot be drawn leaves no file behind. */
  pngs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_byte_array_unref);
  for (guint pg = 0; pg < layout->pages->len; pg++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      cairo_t *cr = cairo_create (surface);
      GByteArray *png = g_byte_array_new ();
      cairo_status_t status;

      g_ptr_array_add (pngs, png);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, dpi / 72, dpi / 72);
      fy_renderer_draw_page (layout, pg, cr);
      status = cairo_status (cr);
      cairo_destroy (cr);
      if (status == CAIRO_STATUS_SUCCESS)
        {
          cairo_surface_flush (surface);
          status = cairo_surface_status (surface);
        }
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, append_png_cb, png);
      cairo_surface_destroy (surface);
      if (status != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_RENDER,
                       /* Translators: %s is the drawing library's reason, in English */
                       _("Could not draw page %1$u at %2$.0f dpi (%3$s). No PNG file was written; "
                         "try another resolution."),
                       pg + 1, dpi, cairo_status_to_string (status));
          return FALSE;
        }
    }

  if (!g_file_make_directory_with_parents (dir, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *name = g_file_get_parse_name (dir);

      g_set_error (error, FY_ERROR, FY_ERROR_WRITE,
                   _("Could not create the folder “%1$s”: %2$s"), name, local_error->message);
      return FALSE;
    }

  for (guint pg = 0; pg < pngs->len; pg++)
    {
      GByteArray *png = g_ptr_array_index (pngs, pg);
      g_autofree char *basename = g_strdup_printf ("page-%u.png", pg + 1);
      g_autoptr(GFile) file = g_file_get_child (dir, basename);

      if (!fy_file_write (file, (const char *) png->data, png->len, NULL, FY_FILE_WRITE_DEFAULT,
                          NULL, error))
        return FALSE;
    }

  return TRUE;
}

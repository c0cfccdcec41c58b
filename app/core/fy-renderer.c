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
 * cairo_show_text_glyphs() per run.  It hands cairo the text and the
 * cluster map too, so PDF readers extract exactly the text that was
 * typeset.  Only cairo is used here (it is thread-safe), never Pango.
 */

/*
 * Compressed punctuation.  A full-width mark trimmed to half an em keeps
 * its full advance in the embedded font, and PDF readers (poppler) then
 * see its box overlap the next character and split the line there.  So
 * a compressed mark is drawn with a small user font whose glyphs are the
 * real outlines, shifted, with the compressed advance: a Type 3 glyph
 * whose box is exactly the trimmed cell, mapped back to the right
 * character by cairo's ToUnicode.
 */
typedef struct
{
  cairo_font_face_t *face;
  gulong             glyph;
  double             shift;     /* em */
  double             advance;   /* em */
} CompressedGlyph;

static GMutex compressed_lock;
static GPtrArray *compressed_glyphs;   /* CompressedGlyph, index + 1 = user glyph */
static GHashTable *compressed_index;   /* key → index + 1 */
static cairo_font_face_t *compressed_face;

static cairo_status_t
compressed_init_cb (cairo_scaled_font_t  *scaled_font,
                    cairo_t              *cr,
                    cairo_font_extents_t *extents)
{
  extents->ascent = 0.88;
  extents->descent = 0.12;
  extents->height = 1.0;
  extents->max_x_advance = 1.0;
  extents->max_y_advance = 0;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
compressed_render_cb (cairo_scaled_font_t  *scaled_font,
                      unsigned long         glyph,
                      cairo_t              *cr,
                      cairo_text_extents_t *extents)
{
  CompressedGlyph *entry = NULL;
  cairo_font_options_t *options;
  cairo_path_t *path;
  cairo_glyph_t g;

  g_mutex_lock (&compressed_lock);
  if (glyph >= 1 && glyph <= compressed_glyphs->len)
    entry = g_ptr_array_index (compressed_glyphs, glyph - 1);
  g_mutex_unlock (&compressed_lock);

  if (entry == NULL)
    return CAIRO_STATUS_USER_FONT_ERROR;

  /* Outlines at 1000 units per em, scaled down by hand: at the user
   * font's 1-unit em FreeType would round them to 1/64 em. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options (cr, options);
  cairo_font_options_destroy (options);
  cairo_set_font_face (cr, entry->face);
  cairo_set_font_size (cr, 1000);
  g.index = entry->glyph;
  g.x = entry->shift * 1000;
  g.y = 0;
  cairo_new_path (cr);
  cairo_glyph_path (cr, &g, 1);
  path = cairo_copy_path (cr);
  cairo_new_path (cr);
  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    {
      cairo_path_data_t *d = &path->data[i];

      switch (d->header.type)
        {
        case CAIRO_PATH_MOVE_TO:
          cairo_move_to (cr, d[1].point.x / 1000, d[1].point.y / 1000);
          break;
        case CAIRO_PATH_LINE_TO:
          cairo_line_to (cr, d[1].point.x / 1000, d[1].point.y / 1000);
          break;
        case CAIRO_PATH_CURVE_TO:
          cairo_curve_to (cr, d[1].point.x / 1000, d[1].point.y / 1000,
                          d[2].point.x / 1000, d[2].point.y / 1000,
                          d[3].point.x / 1000, d[3].point.y / 1000);
          break;
        case CAIRO_PATH_CLOSE_PATH:
        default:
          cairo_close_path (cr);
          break;
        }
    }
  cairo_path_destroy (path);
  cairo_fill (cr);

  extents->x_advance = entry->advance;
  extents->y_advance = 0;
  return CAIRO_STATUS_SUCCESS;
}

static void
compressed_glyph_free (gpointer data)
{
  CompressedGlyph *entry = data;

  cairo_font_face_destroy (entry->face);
  g_free (entry);
}

/*
 * Returns the user-font glyph that draws @glyph of @face moved by @shift
 * em with an advance of @advance em.  Thread-safe; entries live as long
 * as the process (a document uses a few dozen).
 */
gulong
fy_renderer_register_compressed_glyph (cairo_font_face_t *face,
                                       gulong             glyph,
                                       double             shift,
                                       double             advance)
{
  g_autofree char *key = g_strdup_printf ("%p:%lu:%.3f:%.3f", (void *) face, glyph, shift, advance);
  gulong index;

  g_mutex_lock (&compressed_lock);
  if (compressed_glyphs == NULL)
    {
      compressed_glyphs = g_ptr_array_new_with_free_func (compressed_glyph_free);
      compressed_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      compressed_face = cairo_user_font_face_create ();
      cairo_user_font_face_set_init_func (compressed_face, compressed_init_cb);
      cairo_user_font_face_set_render_glyph_func (compressed_face, compressed_render_cb);
    }

  index = GPOINTER_TO_SIZE (g_hash_table_lookup (compressed_index, key));
  if (index == 0)
    {
      CompressedGlyph *entry = g_new0 (CompressedGlyph, 1);

      entry->face = cairo_font_face_reference (face);
      entry->glyph = glyph;
      entry->shift = round (shift * 1000) / 1000;
      entry->advance = round (advance * 1000) / 1000;
      g_ptr_array_add (compressed_glyphs, entry);
      index = compressed_glyphs->len;
      g_hash_table_insert (compressed_index, g_steal_pointer (&key), GSIZE_TO_POINTER (index));
    }
  g_mutex_unlock (&compressed_lock);

  return index;
}

static void
draw_compressed (cairo_t    *cr,
                 FyPara     *para,
                 FyGlyphRun *run,
                 double      x,
                 double      y)
{
  cairo_glyph_t glyph = { run->compressed_glyph, x, y };
  cairo_text_cluster_t cluster = { run->item->length, 1 };

  cairo_save (cr);
  cairo_set_font_face (cr, compressed_face);
  cairo_set_font_size (cr, run->size);
  cairo_show_text_glyphs (cr, para->text + run->item->offset, run->item->length,
                          &glyph, 1, &cluster, 1, 0);
  cairo_restore (cr);
}

static void
set_run_color (cairo_t    *cr,
               FyGlyphRun *run)
{
  if (run->color == 1)
    cairo_set_source_rgb (cr, 0.8, 0.0, 0.0);
  else
    cairo_set_source_rgb (cr, 0, 0, 0);
}

static void
draw_line (cairo_t       *cr,
           FyPageLine    *pl,
           GPtrArray     *drawn,
           FyVectorFonts *fonts)
{
  FyParaLine *line = &g_array_index (pl->para->lines, FyParaLine, pl->line);

  for (guint r = 0; r < line->runs->len; r++)
    {
      FyGlyphRun *run = g_ptr_array_index (line->runs, r);

      if (drawn != NULL && g_ptr_array_find (drawn, run, NULL))
        continue;
      if (run->color == 1)
        cairo_set_source_rgb (cr, 0.8, 0.0, 0.0);
      else
        cairo_set_source_rgb (cr, 0, 0, 0);
      if (run->compressed_glyph != 0)
        {
          draw_compressed (cr, pl->para, run, pl->x + run->x, pl->baseline);
          continue;
        }
      cairo_save (cr);
      cairo_translate (cr, pl->x + run->x, pl->baseline);
      cairo_set_scaled_font (cr, fonts != NULL ? fy_vector_fonts_lookup (fonts, run->font) : run->font);
      cairo_show_text_glyphs (cr, pl->para->text + run->item->offset, run->item->length,
                              run->cairo_glyphs, run->n_glyphs,
                              run->clusters, run->n_clusters, 0);
      /* a character no installed font has: an empty box, as Pango draws */
      for (guint b = 0; run->boxes != NULL && b + 1 < run->boxes->len; b += 2)
        {
          double bx = g_array_index (run->boxes, double, b);
          double bw = g_array_index (run->boxes, double, b + 1);

          cairo_rectangle (cr, bx + bw * 0.1, -0.8 * run->size, bw * 0.8, 0.9 * run->size);
          cairo_set_line_width (cr, 0.5);
          cairo_stroke (cr);
        }
      cairo_restore (cr);
    }
}

static double
compressed_advance (FyGlyphRun *run)
{
  CompressedGlyph *entry = NULL;

  g_mutex_lock (&compressed_lock);
  if (run->compressed_glyph >= 1 && run->compressed_glyph <= compressed_glyphs->len)
    entry = g_ptr_array_index (compressed_glyphs, run->compressed_glyph - 1);
  g_mutex_unlock (&compressed_lock);
  return entry != NULL ? entry->advance : 0.5;
}

/* Whether a page before @page draws a compressed mark of @size. */
static gboolean
compressed_before (FyLayout *layout,
                   guint     page,
                   double    size)
{
  for (guint pg = 0; pg < page; pg++)
    {
      FyPage *p = g_ptr_array_index (layout->pages, pg);

      for (guint i = 0; i < p->lines->len; i++)
        {
          FyPageLine *pl = &g_array_index (p->lines, FyPageLine, i);
          FyParaLine *line = &g_array_index (pl->para->lines, FyParaLine, pl->line);

          for (guint r = 0; r < line->runs->len; r++)
            {
              FyGlyphRun *run = g_ptr_array_index (line->runs, r);

              if (run->compressed_glyph != 0 && run->size == size)
                return TRUE;
            }
        }
    }
  return FALSE;
}

/*
 * cairo numbers the glyphs of the compressed-mark font in the order they
 * are first drawn, and poppler (like xpdf) guesses the size of a Type 3
 * font from the width of its first glyph, taken as a 0.5 em character.
 * When that glyph is a mark trimmed only a little (1 em wide), poppler
 * reads every compressed mark as twice its size and, where characters
 * stand apart (the reading preset), moves them out of their lines.  So
 * when the document's first compressed mark of a size is far from half an
 * em, the mark of that page and size closest to half an em is drawn
 * first; the others follow in order.  Returns the runs drawn.
 */
static GPtrArray *
draw_first_compressed (cairo_t  *cr,
                       FyLayout *layout,
                       guint     page)
{
  FyPage *p = g_ptr_array_index (layout->pages, page);
  GPtrArray *first = g_ptr_array_new ();
  g_autoptr(GPtrArray) natural = g_ptr_array_new ();
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();

  for (guint i = 0; i < p->lines->len; i++)
    {
      FyPageLine *pl = &g_array_index (p->lines, FyPageLine, i);
      FyParaLine *line = &g_array_index (pl->para->lines, FyParaLine, pl->line);

      for (guint r = 0; r < line->runs->len; r++)
        {
          FyGlyphRun *run = g_ptr_array_index (line->runs, r);
          gboolean placed = FALSE;

          if (run->compressed_glyph == 0)
            continue;
          for (guint f = 0; f < first->len && !placed; f++)
            {
              FyGlyphRun *other = g_ptr_array_index (first, f);

              if (other->size != run->size)
                continue;
              placed = TRUE;
              if (fabs (compressed_advance (run) - 0.5) < fabs (compressed_advance (other) - 0.5))
                {
                  g_ptr_array_index (first, f) = run;
                  g_ptr_array_index (lines, f) = pl;
                }
            }
          if (!placed)
            {
              g_ptr_array_add (first, run);
              g_ptr_array_add (natural, run);
              g_ptr_array_add (lines, pl);
            }
        }
    }

  for (guint f = first->len; f > 0; f--)
    {
      FyGlyphRun *run = g_ptr_array_index (first, f - 1);
      FyGlyphRun *nat = g_ptr_array_index (natural, f - 1);

      if (fabs (compressed_advance (nat) - 0.5) <= 0.1 ||
          compressed_before (layout, page, run->size))
        {
          g_ptr_array_remove_index (first, f - 1);
          g_ptr_array_remove_index (lines, f - 1);
        }
    }

  for (guint f = 0; f < first->len; f++)
    {
      FyGlyphRun *run = g_ptr_array_index (first, f);
      FyPageLine *pl = g_ptr_array_index (lines, f);

      set_run_color (cr, run);
      draw_compressed (cr, pl->para, run, pl->x + run->x, pl->baseline);
    }
  return first;
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

          fy_vector_fonts_add (fonts, run->item->analysis.font, run->font,
                               run->cairo_glyphs, run->n_glyphs);
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
 * Draws the text of @page (page number included) in black.
 */
void
fy_renderer_draw_page (FyLayout *layout,
                       guint     page,
                       cairo_t  *cr)
{
  FyPage *p;
  g_autoptr(GPtrArray) drawn = NULL;
  FyVectorFonts *fonts;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < layout->pages->len);

  p = g_ptr_array_index (layout->pages, page);
  fonts = vector_fonts_for (layout, cr);

  cairo_save (cr);
  drawn = draw_first_compressed (cr, layout, page);
  for (guint i = 0; i < p->lines->len; i++)
    draw_line (cr, &g_array_index (p->lines, FyPageLine, i), drawn, fonts);
  cairo_restore (cr);
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
      PangoFont *font = run->item->analysis.font;
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
                     _("The font “%s” (%s) was removed after the document was laid out. "
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
  GByteArray *bytes;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  g_autofree int *outline_ids = NULL;
  int parents[6] = { CAIRO_PDF_OUTLINE_ROOT, 0, 0, 0, 0, 0 };

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (document == NULL || FY_IS_DOCUMENT (document), NULL);

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
    if (document != NULL)
      {
        g_autofree char *title = fy_document_dup_display_title (document);
        const char *speaker = fy_document_get_speaker (document);
        const char *meeting = fy_document_get_meeting (document);

        if (title != NULL && *title != '\0')
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
        if (speaker != NULL && *speaker != '\0')
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, speaker);
        if (meeting != NULL && *meeting != '\0')
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, meeting);
      }
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
 * Returns: %TRUE if the whole file was written
 */
gboolean
fy_render_pdf (FyLayout      *layout,
               FyDocument    *document,
               GFile         *out,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = fy_render_pdf_bytes (layout, document, cancellable, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return fy_file_replace_contents (out, data, length, cancellable, error);
}

/**
 * fy_render_png_pages:
 * @layout: a #FyLayout
 * @dir: the folder for page-1.png, page-2.png, …
 * @dpi: the resolution
 * @error: return location for a #GError
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
  int width, height;

  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (dir), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(dpi >= 10 && dpi <= 1200))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("The resolution %.0f dpi is out of range. Use a value from 10 to 1200."), dpi);
      return FALSE;
    }

  if (!g_file_make_directory_with_parents (dir, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *name = g_file_get_parse_name (dir);

      g_set_error (error, FY_ERROR, FY_ERROR_WRITE,
                   _("Could not create the folder “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  if (!check_fonts_installed (layout, error))
    return FALSE;

  width = (int) (layout->width * dpi / 72 + 0.5);
  height = (int) (layout->height * dpi / 72 + 0.5);

  for (guint pg = 0; pg < layout->pages->len; pg++)
    {
      g_autofree char *basename = g_strdup_printf ("page-%u.png", pg + 1);
      g_autoptr(GFile) file = g_file_get_child (dir, basename);
      g_autofree char *path = g_file_get_path (file);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      cairo_t *cr = cairo_create (surface);
      cairo_status_t status;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, dpi / 72, dpi / 72);
      fy_renderer_draw_page (layout, pg, cr);
      cairo_destroy (cr);

      status = path != NULL ? cairo_surface_write_to_png (surface, path) : CAIRO_STATUS_WRITE_ERROR;
      cairo_surface_destroy (surface);
      if (status != CAIRO_STATUS_SUCCESS)
        {
          g_autofree char *name = g_file_get_parse_name (file);

          g_set_error (error, FY_ERROR, FY_ERROR_WRITE,
                       _("Could not write “%s”: %s"), name, cairo_status_to_string (status));
          return FALSE;
        }
    }

  return TRUE;
}

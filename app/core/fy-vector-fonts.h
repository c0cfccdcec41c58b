/* fy-vector-fonts.h — fonts for PDF and PostScript: HarfBuzz subsets cairo embeds intact
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef struct _FyVectorFonts FyVectorFonts;

FyVectorFonts       *fy_vector_fonts_new     (void);
void                 fy_vector_fonts_free    (FyVectorFonts       *self);

/* Notes that @glyphs of @scaled (made by Pango for @font) are drawn. */
void                 fy_vector_fonts_add     (FyVectorFonts       *self,
                                              PangoFont           *font,
                                              cairo_scaled_font_t *scaled,
                                              const cairo_glyph_t *glyphs,
                                              int                  n_glyphs);

/* Notes that @glyph (x, y relative to the cell of the mark, of @em
 * points) is a mark squeezed to @advance points; see fy-marks-font.c. */
void                 fy_vector_fonts_add_mark (FyVectorFonts  *self,
                                              PangoFont           *font,
                                              cairo_scaled_font_t *scaled,
                                              const cairo_glyph_t *glyph,
                                              double               em,
                                              double               advance);

/* Adds the glyphs @font's character map gives the characters of @text to
 * the process's subset of its face; the next prepare makes it again with
 * them (see fy_render_reserve_text()). */
void                 fy_vector_fonts_reserve_text (PangoFont  *font,
                                                   const char *text);

/* Makes the subsets of every font added so far. */
void                 fy_vector_fonts_prepare (FyVectorFonts       *self);

/* The font to draw @scaled's glyphs with (same glyph ids, same size):
 * its subset, or @scaled itself when it could not be subset.
 * (transfer none) */
cairo_scaled_font_t *fy_vector_fonts_lookup  (FyVectorFonts       *self,
                                              cairo_scaled_font_t *scaled);

/* The font and glyph that draw a squeezed mark at the origin of its cell,
 * or FALSE: draw it as it is. */
gboolean             fy_vector_fonts_lookup_mark (FyVectorFonts        *self,
                                                 cairo_scaled_font_t  *scaled,
                                                 const cairo_glyph_t  *glyph,
                                                 double                em,
                                                 double                advance,
                                                 cairo_scaled_font_t **mark_font,
                                                 gulong               *mark_glyph);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyVectorFonts, fy_vector_fonts_free)

G_END_DECLS

/* fy-marks-font.h — a small OpenType/CFF font of compressed punctuation for PDF output
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <hb.h>

G_BEGIN_DECLS

typedef struct _FyMarksFont FyMarksFont;

FyMarksFont *fy_marks_font_new   (void);
void         fy_marks_font_free  (FyMarksFont    *self);

/* Adds @glyph of @face moved right by @shift em (up by @rise em) with an
 * advance of @advance em; returns its glyph id in the font (the same id
 * for the same arguments). */
guint        fy_marks_font_add   (FyMarksFont    *self,
                                  hb_face_t      *face,
                                  hb_codepoint_t  glyph,
                                  double          shift,
                                  double          rise,
                                  double          advance);
/* The glyph id fy_marks_font_add() gave for these arguments, or 0. */
guint        fy_marks_font_lookup (FyMarksFont   *self,
                                  hb_face_t      *face,
                                  hb_codepoint_t  glyph,
                                  double          shift,
                                  double          rise,
                                  double          advance);
/* A Type 2 charstring of @glyph of @face in its own units, moved right
 * by @dx (up by @dy), without a width (for a font whose hmtx gives it);
 * @x_min is its left edge. */
GBytes      *fy_marks_font_charstring (hb_face_t     *face,
                                      hb_codepoint_t  glyph,
                                      int             dx,
                                      int             dy,
                                      int            *x_min);
guint        fy_marks_font_get_n_glyphs (FyMarksFont *self);

/* The font file (OpenType with CFF outlines, 1000 units per em). */
GBytes      *fy_marks_font_build (FyMarksFont    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyMarksFont, fy_marks_font_free)

G_END_DECLS

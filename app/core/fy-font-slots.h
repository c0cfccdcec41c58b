/* fy-font-slots.h — extra glyphs in the free glyph ids of a HarfBuzz CFF subset
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <hb.h>

G_BEGIN_DECLS

typedef struct
{
  guint   gid;          /* a glyph id the subset left empty */
  GBytes *charstring;   /* Type 2, without a width */
  int     advance;      /* font units */
  int     lsb;
} FyFontSlot;

/* @subset (OpenType/CFF, glyph ids retained) with @slots filled in, or
 * NULL if its tables are not laid out as expected. */
hb_blob_t *fy_font_slots_fill (hb_face_t        *subset,
                               const FyFontSlot *slots,
                               guint             n_slots);

G_END_DECLS

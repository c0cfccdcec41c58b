/* fy-vector-fonts.c — fonts for PDF and PostScript: HarfBuzz subsets cairo embeds intact
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-vector-fonts"

#include "config.h"

#include <math.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <cairo-ft.h>
#include <hb-subset.h>
#include <hb.h>
#include <pango/pangofc-font.h>

#include "fy-font-slots.h"
#include "fy-marks-font.h"
#include "fy-vector-fonts.h"

/*
 * Cairo 1.16 subsets the fonts it embeds itself, and its subsetter loses
 * glyphs of CID-keyed CFF fonts (Noto CJK): which glyph comes out blank
 * depends on the other glyphs of the subset (per-FD local subroutines
 * and FDSelect are rewritten wrongly).  A font that HarfBuzz has already
 * subset and desubroutinized gives cairo nothing to get wrong, and a far
 * smaller PDF.  Glyph ids are retained, so the glyphs shaped with the
 * full face are drawn unchanged with the subset.
 *
 * The subsets live as long as the process, one per face, and only grow:
 * cairo embeds just the glyphs a PDF draws, so a subset with more glyphs
 * than needed costs nothing in the file, and the rows of `fill --pdf`
 * reuse the subset of the rows before.
 *
 * A squeezed mark is put into a glyph id the subset left empty, with its
 * squeezed advance (fy-font-slots.c), so that it is drawn in the same run
 * as the text around it; the slots of a subset are the user data of its
 * cairo face.  Fonts whose subset cannot take them (TrueType outlines)
 * draw squeezed marks from the marks font of fy-marks-font.c instead.
 */

typedef struct
{
  hb_codepoint_t glyph;
  int            dx, dy, width;   /* font units */
} Variant;

typedef struct
{
  char              *file;
  int                index;
  hb_face_t         *face;      /* the full face, NULL if unreadable */
  hb_set_t          *covered;   /* glyphs of the current subset */
  cairo_font_face_t *subset;    /* NULL: not made yet, or failed */
  gboolean           failed;
  GHashTable        *variants;  /* squeezed marks, key → Variant; only grows */
  gboolean           variants_grown;
} SourceFace;

static GMutex sources_lock;
static GHashTable *sources;    /* "index:file" → SourceFace */

struct _FyVectorFonts
{
  GHashTable *wanted;          /* SourceFace → hb_set_t of glyphs */
  GHashTable *scaled_source;   /* cairo_scaled_font_t (ref) → SourceFace */
  GHashTable *scaled_subset;   /* cairo_scaled_font_t → cairo_scaled_font_t (ref) */
  /* squeezed punctuation (fy-marks-font.c) */
  FyMarksFont       *marks;
  cairo_font_face_t *marks_face;
  GHashTable        *scaled_marks;  /* cairo_scaled_font_t → cairo_scaled_font_t (ref) */
};

static const cairo_user_data_key_t subset_key;
static const cairo_user_data_key_t slots_key;   /* key → glyph id */

typedef struct
{
  FT_Library  library;
  FT_Face     face;
  hb_blob_t  *blob;
} SubsetData;

static void
subset_data_free (void *data)
{
  SubsetData *d = data;

  FT_Done_Face (d->face);
  FT_Done_FreeType (d->library);
  hb_blob_destroy (d->blob);
  g_free (d);
}

static void
source_face_free (gpointer data)
{
  SourceFace *source = data;

  g_free (source->file);
  g_clear_pointer (&source->face, hb_face_destroy);
  g_clear_pointer (&source->covered, hb_set_destroy);
  g_clear_pointer (&source->subset, cairo_font_face_destroy);
  g_clear_pointer (&source->variants, g_hash_table_unref);
  g_free (source);
}

/* The process's entry for the file and face of @font; NULL for fonts that
 * are not plain files (or are synthesised, which cairo draws as outlines
 * anyway).  Called with sources_lock held. */
static SourceFace *
lookup_source (PangoFont *font)
{
  FcPattern *pattern;
  FcChar8 *file = NULL;
  FcBool embolden = FcFalse;
  FcMatrix *matrix = NULL;
  int index = 0;
  g_autofree char *key = NULL;
  SourceFace *source;

  if (font == NULL || !PANGO_IS_FC_FONT (font))
    return NULL;
  pattern = pango_fc_font_get_pattern (PANGO_FC_FONT (font));
  if (FcPatternGetString (pattern, FC_FILE, 0, &file) != FcResultMatch)
    return NULL;
  FcPatternGetInteger (pattern, FC_INDEX, 0, &index);
  FcPatternGetBool (pattern, FC_EMBOLDEN, 0, &embolden);
  FcPatternGetMatrix (pattern, FC_MATRIX, 0, &matrix);
  /* Named instances of variable fonts (index >> 16) would need
   * instancing, which HarfBuzz 6 cannot subset; synthetic bold and
   * slant are drawn by cairo as outlines, without its subsetter. */
  if ((index >> 16) != 0 || embolden ||
      (matrix != NULL && (matrix->xx != 1 || matrix->xy != 0 || matrix->yx != 0 || matrix->yy != 1)))
    return NULL;

  if (sources == NULL)
    sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, source_face_free);

  key = g_strdup_printf ("%d:%s", index, (const char *) file);
  source = g_hash_table_lookup (sources, key);
  if (source == NULL)
    {
      hb_blob_t *blob = hb_blob_create_from_file_or_fail ((const char *) file);

      source = g_new0 (SourceFace, 1);
      source->file = g_strdup ((const char *) file);
      source->index = index;
      source->covered = hb_set_create ();
      source->variants = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      if (blob != NULL)
        {
          source->face = hb_face_create (blob, index);
          hb_blob_destroy (blob);
          if (hb_face_get_glyph_count (source->face) == 0)
            g_clear_pointer (&source->face, hb_face_destroy);
        }
      source->failed = source->face == NULL;
      g_hash_table_insert (sources, g_steal_pointer (&key), source);
    }

  return source->failed ? NULL : source;
}

/* A cairo face for the font file in @blob, which it keeps alive. */
static cairo_font_face_t *
load_font (hb_blob_t *blob)
{
  SubsetData *d = g_new0 (SubsetData, 1);
  unsigned int length = 0;
  const char *data = hb_blob_get_data (blob, &length);
  cairo_font_face_t *face;

  /* A library per face: FreeType libraries are not thread-safe, and
   * cairo destroys faces from whichever thread drops the last ref. */
  d->blob = hb_blob_reference (blob);
  if (length == 0 || FT_Init_FreeType (&d->library) != 0)
    {
      hb_blob_destroy (d->blob);
      g_free (d);
      return NULL;
    }
  if (FT_New_Memory_Face (d->library, (const FT_Byte *) data, length, 0, &d->face) != 0)
    {
      FT_Done_FreeType (d->library);
      hb_blob_destroy (d->blob);
      g_free (d);
      return NULL;
    }

  face = cairo_ft_font_face_create_for_ft_face (d->face, 0);
  if (cairo_font_face_set_user_data (face, &subset_key, d, subset_data_free) != CAIRO_STATUS_SUCCESS)
    {
      cairo_font_face_destroy (face);
      subset_data_free (d);
      return NULL;
    }
  return face;
}

/* Tables the PDF never needs: shaping was done with the full face. */
static const hb_tag_t dropped_tables[] = {
  HB_TAG ('G', 'S', 'U', 'B'), HB_TAG ('G', 'P', 'O', 'S'), HB_TAG ('G', 'D', 'E', 'F'),
  HB_TAG ('B', 'A', 'S', 'E'), HB_TAG ('J', 'S', 'T', 'F'), HB_TAG ('M', 'A', 'T', 'H'),
  HB_TAG ('V', 'O', 'R', 'G'), HB_TAG ('v', 'h', 'e', 'a'), HB_TAG ('v', 'm', 't', 'x'),
  HB_TAG ('D', 'S', 'I', 'G'), HB_TAG ('k', 'e', 'r', 'n'), HB_TAG ('m', 'o', 'r', 'x'),
};

static char *
variant_key (hb_codepoint_t glyph,
             int            dx,
             int            dy,
             int            width)
{
  return g_strdup_printf ("%u:%d:%d:%d", glyph, dx, dy, width);
}

/* The font file of @result (a subset of @source) with @source's squeezed
 * marks in its free glyph ids, listed in @slot_of; without them if they
 * do not fit.  Called with sources_lock held. */
static hb_blob_t *
blob_with_variants (SourceFace  *source,
                    hb_face_t   *result,
                    GHashTable  *slot_of)
{
  g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (FyFontSlot));
  guint n_glyphs = hb_face_get_glyph_count (result);
  hb_codepoint_t gid = 1;
  hb_blob_t *blob = NULL;
  GHashTableIter iter;
  const char *key;
  const Variant *v;

  g_hash_table_iter_init (&iter, source->variants);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, (gpointer *) &v))
    {
      FyFontSlot slot = { 0 };

      while (gid < n_glyphs && hb_set_has (source->covered, gid))
        gid++;
      if (gid >= n_glyphs)
        break;
      slot.gid = gid++;
      slot.charstring = fy_marks_font_charstring (source->face, v->glyph, v->dx, v->dy, &slot.lsb);
      slot.advance = v->width;
      g_array_append_val (slots, slot);
      g_hash_table_insert (slot_of, g_strdup (key), GUINT_TO_POINTER (slot.gid));
    }
  g_debug ("%s: %u squeezed marks, %u in free glyph ids", source->file,
           g_hash_table_size (source->variants), slots->len);
  if (slots->len > 0)
    blob = fy_font_slots_fill (result, (const FyFontSlot *) slots->data, slots->len);
  for (guint i = 0; i < slots->len; i++)
    g_bytes_unref (g_array_index (slots, FyFontSlot, i).charstring);
  if (blob == NULL)
    {
      g_hash_table_remove_all (slot_of);
      blob = hb_face_reference_blob (result);
    }
  return blob;
}

/* Makes sure @source's subset has @glyphs and its squeezed marks.  Called
 * with sources_lock held. */
static void
update_subset (SourceFace *source,
               hb_set_t   *glyphs)
{
  hb_subset_input_t *input;
  hb_face_t *result;
  hb_set_t *drop;

  if (source->subset != NULL && hb_set_is_subset (glyphs, source->covered) &&
      !source->variants_grown)
    return;

  hb_set_union (source->covered, glyphs);
  input = hb_subset_input_create_or_fail ();
  if (input == NULL)
    return;
  hb_set_union (hb_subset_input_glyph_set (input), source->covered);
  hb_subset_input_set_flags (input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_DESUBROUTINIZE | HB_SUBSET_FLAGS_NO_HINTING);
  drop = hb_subset_input_set (input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (guint i = 0; i < G_N_ELEMENTS (dropped_tables); i++)
    hb_set_add (drop, dropped_tables[i]);

  result = hb_subset_or_fail (source->face, input);
  hb_subset_input_destroy (input);
  if (result != NULL)
    {
      GHashTable *slot_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      hb_blob_t *blob = blob_with_variants (source, result, slot_of);
      cairo_font_face_t *face = load_font (blob);

      hb_blob_destroy (blob);
      hb_face_destroy (result);
      if (face != NULL &&
          cairo_font_face_set_user_data (face, &slots_key, slot_of,
                                         (cairo_destroy_func_t) g_hash_table_unref) == CAIRO_STATUS_SUCCESS)
        {
          g_clear_pointer (&source->subset, cairo_font_face_destroy);
          source->subset = face;
          source->variants_grown = FALSE;
          return;
        }
      g_clear_pointer (&face, cairo_font_face_destroy);
      g_hash_table_unref (slot_of);
    }

  g_debug ("Could not subset %s (face %d); it is embedded as cairo subsets it",
             source->file, source->index);
  g_clear_pointer (&source->subset, cairo_font_face_destroy);
  source->failed = TRUE;
}

FyVectorFonts *
fy_vector_fonts_new (void)
{
  FyVectorFonts *self = g_new0 (FyVectorFonts, 1);

  self->wanted = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) hb_set_destroy);
  self->scaled_source = g_hash_table_new_full (NULL, NULL, (GDestroyNotify) cairo_scaled_font_destroy, NULL);
  self->scaled_subset = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) cairo_scaled_font_destroy);
  self->scaled_marks = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) cairo_scaled_font_destroy);
  self->marks = fy_marks_font_new ();
  return self;
}

void
fy_vector_fonts_free (FyVectorFonts *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->scaled_marks);
  g_hash_table_unref (self->scaled_subset);
  g_hash_table_unref (self->scaled_source);
  g_clear_pointer (&self->marks_face, cairo_font_face_destroy);
  fy_marks_font_free (self->marks);
  g_hash_table_unref (self->wanted);
  g_free (self);
}

static SourceFace *
source_of (FyVectorFonts       *self,
           PangoFont           *font,
           cairo_scaled_font_t *scaled)
{
  SourceFace *source;

  if (!g_hash_table_lookup_extended (self->scaled_source, scaled, NULL, (gpointer *) &source))
    {
      g_mutex_lock (&sources_lock);
      source = lookup_source (font);
      g_mutex_unlock (&sources_lock);
      g_hash_table_insert (self->scaled_source, cairo_scaled_font_reference (scaled), source);
    }
  return source;
}

void
fy_vector_fonts_add (FyVectorFonts       *self,
                     PangoFont           *font,
                     cairo_scaled_font_t *scaled,
                     const cairo_glyph_t *glyphs,
                     int                  n_glyphs)
{
  SourceFace *source;
  hb_set_t *set;

  g_return_if_fail (self != NULL);

  if (scaled == NULL || n_glyphs <= 0)
    return;

  source = source_of (self, font, scaled);
  if (source == NULL)
    return;

  set = g_hash_table_lookup (self->wanted, source);
  if (set == NULL)
    {
      set = hb_set_create ();
      g_hash_table_insert (self->wanted, source, set);
    }
  for (int i = 0; i < n_glyphs; i++)
    hb_set_add (set, glyphs[i].index);
}

void
fy_vector_fonts_reserve_text (PangoFont  *font,
                              const char *text)
{
  SourceFace *source;
  hb_font_t *hb_font;
  gboolean grown = FALSE;

  g_return_if_fail (text != NULL);

  g_mutex_lock (&sources_lock);
  source = lookup_source (font);
  if (source != NULL)
    {
      hb_font = hb_font_create (source->face);
      for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
        {
          hb_codepoint_t glyph;

          if (hb_font_get_nominal_glyph (hb_font, g_utf8_get_char (p), &glyph) &&
              !hb_set_has (source->covered, glyph))
            {
              hb_set_add (source->covered, glyph);
              grown = TRUE;
            }
        }
      hb_font_destroy (hb_font);
      /* made again, with the new glyphs, on the next prepare; fonts
       * handed out before keep the old subset alive */
      if (grown)
        g_clear_pointer (&source->subset, cairo_font_face_destroy);
    }
  g_mutex_unlock (&sources_lock);
}

/* @face at the size, transformation and options of @scaled */
static cairo_scaled_font_t *
scaled_like (cairo_font_face_t   *face,
             cairo_scaled_font_t *scaled)
{
  cairo_matrix_t font_matrix, ctm;
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_scaled_font_t *result;

  cairo_scaled_font_get_font_matrix (scaled, &font_matrix);
  cairo_scaled_font_get_ctm (scaled, &ctm);
  cairo_scaled_font_get_font_options (scaled, options);
  result = cairo_scaled_font_create (face, &font_matrix, &ctm, options);
  cairo_font_options_destroy (options);
  return result;
}

void
fy_vector_fonts_add_mark (FyVectorFonts       *self,
                          PangoFont           *font,
                          cairo_scaled_font_t *scaled,
                          const cairo_glyph_t *glyph,
                          double               em,
                          double               advance)
{
  SourceFace *source;

  g_return_if_fail (self != NULL);
  g_return_if_fail (self->marks_face == NULL);

  if (scaled == NULL || glyph == NULL || em <= 0)
    return;
  source = source_of (self, font, scaled);
  if (source == NULL)
    return;

  fy_marks_font_add (self->marks, source->face, glyph->index,
                     glyph->x / em, -glyph->y / em, advance / em);

  g_mutex_lock (&sources_lock);
  {
    double upem = hb_face_get_upem (source->face);
    Variant v = { glyph->index, (int) lround (glyph->x / em * upem),
                  (int) lround (-glyph->y / em * upem), (int) lround (advance / em * upem) };
    char *key = variant_key (v.glyph, v.dx, v.dy, v.width);

    if (!g_hash_table_contains (source->variants, key))
      {
        g_hash_table_insert (source->variants, key, g_memdup2 (&v, sizeof v));
        source->variants_grown = TRUE;
      }
    else
      g_free (key);
  }
  g_mutex_unlock (&sources_lock);
  if (!g_hash_table_contains (self->scaled_marks, scaled))
    g_hash_table_insert (self->scaled_marks, scaled, NULL);
}

gboolean
fy_vector_fonts_lookup_mark (FyVectorFonts        *self,
                             cairo_scaled_font_t  *scaled,
                             const cairo_glyph_t  *glyph,
                             double                em,
                             double                advance,
                             cairo_scaled_font_t **mark_font,
                             gulong               *mark_glyph)
{
  SourceFace *source;
  cairo_scaled_font_t *marks;
  cairo_scaled_font_t *subset;

  g_return_val_if_fail (self != NULL, FALSE);

  source = g_hash_table_lookup (self->scaled_source, scaled);
  subset = g_hash_table_lookup (self->scaled_subset, scaled);
  if (source != NULL && em > 0 && subset != NULL &&
      cairo_scaled_font_status (subset) == CAIRO_STATUS_SUCCESS)
    {
      GHashTable *slot_of = cairo_font_face_get_user_data (cairo_scaled_font_get_font_face (subset),
                                                           &slots_key);
      double upem = hb_face_get_upem (source->face);
      g_autofree char *key = variant_key (glyph->index, (int) lround (glyph->x / em * upem),
                                          (int) lround (-glyph->y / em * upem),
                                          (int) lround (advance / em * upem));
      guint gid = slot_of != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (slot_of, key)) : 0;

      if (gid != 0)
        {
          *mark_font = subset;
          *mark_glyph = gid;
          return TRUE;
        }
    }

  marks = g_hash_table_lookup (self->scaled_marks, scaled);
  if (marks == NULL || source == NULL || em <= 0 ||
      cairo_scaled_font_status (marks) != CAIRO_STATUS_SUCCESS)
    return FALSE;

  *mark_glyph = fy_marks_font_lookup (self->marks, source->face, glyph->index,
                                      glyph->x / em, -glyph->y / em, advance / em);
  *mark_font = marks;
  return *mark_glyph != 0;
}

void
fy_vector_fonts_prepare (FyVectorFonts *self)
{
  GHashTableIter iter;
  cairo_scaled_font_t *scaled;
  SourceFace *source;

  g_return_if_fail (self != NULL);

  if (self->marks_face == NULL && fy_marks_font_get_n_glyphs (self->marks) > 1)
    {
      GBytes *bytes = fy_marks_font_build (self->marks);
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);
      hb_blob_t *blob = hb_blob_create (data, length, HB_MEMORY_MODE_READONLY,
                                        bytes, (hb_destroy_func_t) g_bytes_unref);

      self->marks_face = load_font (blob);
      hb_blob_destroy (blob);
    }

  g_hash_table_iter_init (&iter, self->scaled_source);
  while (g_hash_table_iter_next (&iter, (gpointer *) &scaled, (gpointer *) &source))
    {
      cairo_font_face_t *face = NULL;
      hb_set_t *glyphs;

      if (source == NULL || g_hash_table_contains (self->scaled_subset, scaled))
        continue;
      if (self->marks_face != NULL && g_hash_table_contains (self->scaled_marks, scaled))
        g_hash_table_insert (self->scaled_marks, scaled, scaled_like (self->marks_face, scaled));
      glyphs = g_hash_table_lookup (self->wanted, source);
      if (glyphs == NULL)
        continue;

      g_mutex_lock (&sources_lock);
      if (!source->failed)
        update_subset (source, glyphs);
      if (source->subset != NULL)
        face = cairo_font_face_reference (source->subset);
      g_mutex_unlock (&sources_lock);
      if (face == NULL)
        continue;

      g_hash_table_insert (self->scaled_subset, scaled, scaled_like (face, scaled));
      cairo_font_face_destroy (face);
    }
}

cairo_scaled_font_t *
fy_vector_fonts_lookup (FyVectorFonts       *self,
                        cairo_scaled_font_t *scaled)
{
  cairo_scaled_font_t *subset;

  g_return_val_if_fail (self != NULL, scaled);

  subset = g_hash_table_lookup (self->scaled_subset, scaled);
  if (subset == NULL || cairo_scaled_font_status (subset) != CAIRO_STATUS_SUCCESS)
    return scaled;
  return subset;
}

/* fy-font-slots.c — extra glyphs in the free glyph ids of a HarfBuzz CFF subset
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-font-slots"

#include "config.h"

#include <string.h>

#include "fy-font-slots.h"

/*
 * A subset made with retained glyph ids has an empty charstring for every
 * glyph id it left out.  A squeezed mark (fy-marks-font.c) put into one of
 * those ids, with its squeezed advance in hmtx, is a glyph of the same
 * font as the text around it: the line is drawn as one glyph run, and PDF
 * readers still box the mark in its cell.  Only the CharStrings INDEX and
 * the horizontal metrics change; the new INDEX is appended to the CFF
 * table and the Top DICT's offset to it rewritten in place, so nothing
 * else in the table moves.
 */

#define TAG_CFF  HB_TAG ('C', 'F', 'F', ' ')
#define TAG_HMTX HB_TAG ('h', 'm', 't', 'x')
#define TAG_HHEA HB_TAG ('h', 'h', 'e', 'a')
#define TAG_MAXP HB_TAG ('m', 'a', 'x', 'p')

static guint
get_u16 (const guint8 *p)
{
  return ((guint) p[0] << 8) | p[1];
}

static guint32
get_offset (const guint8 *p,
            guint         size)
{
  guint32 v = 0;

  for (guint i = 0; i < size; i++)
    v = (v << 8) | p[i];
  return v;
}

static void
put_be (GByteArray *out,
        guint32     v,
        guint       size)
{
  for (guint i = size; i > 0; i--)
    {
      guint8 b = (guint8) (v >> (8 * (i - 1)));

      g_byte_array_append (out, &b, 1);
    }
}

/* A CFF INDEX at @at: its item count, offset size and where its data
 * begins; returns the byte after it, or 0 if it does not fit in @len. */
static gsize
parse_index (const guint8 *cff,
             gsize         len,
             gsize         at,
             guint        *count,
             guint        *off_size,
             gsize        *data_at)
{
  guint32 last;

  if (at + 2 > len)
    return 0;
  *count = get_u16 (cff + at);
  if (*count == 0)
    {
      *off_size = 1;
      *data_at = at + 2;
      return at + 2;
    }
  if (at + 3 > len)
    return 0;
  *off_size = cff[at + 2];
  if (*off_size < 1 || *off_size > 4 || at + 3 + (gsize) (*count + 1) * *off_size > len)
    return 0;
  *data_at = at + 3 + (gsize) (*count + 1) * *off_size - 1;   /* offsets count from 1 */
  last = get_offset (cff + at + 3 + (gsize) *count * *off_size, *off_size);
  if (*data_at + last > len)
    return 0;
  return *data_at + last;
}

/* Where the Top DICT (@at, @len bytes) holds the CharStrings offset as a
 * 32-bit operand (29 and four bytes), or 0. */
static gsize
find_charstrings_operand (const guint8 *cff,
                          gsize         at,
                          gsize         len)
{
  gsize end = at + len, p = at, operand = 0;

  while (p < end)
    {
      guint8 b = cff[p];

      if (b == 28)
        operand = 0, p += 3;
      else if (b == 29)
        operand = p, p += 5;
      else if (b == 30)
        {
          operand = 0;
          for (p++; p < end && (cff[p] & 0x0f) != 0x0f && (cff[p] >> 4) != 0x0f; p++)
            ;
          p++;
        }
      else if (b >= 32 && b <= 246)
        operand = 0, p += 1;
      else if (b >= 247 && b <= 254)
        operand = 0, p += 2;
      else if (b == 12)
        operand = 0, p += 2;
      else if (b == 17)
        return operand != 0 && operand + 5 <= end ? operand : 0;
      else
        operand = 0, p += 1;
    }
  return 0;
}

static hb_blob_t *
new_cff (hb_blob_t        *blob,
         guint             n_glyphs,
         const FyFontSlot *slots,
         guint             n_slots)
{
  unsigned int len = 0;
  const guint8 *cff = (const guint8 *) hb_blob_get_data (blob, &len);
  guint count, off_size;
  gsize at, data_at, top_at, operand, cs_at, end;
  GByteArray *out;
  g_autofree const guint8 **items = NULL;
  g_autofree gsize *lengths = NULL;
  guint32 offset = 1;

  if (len < 4)
    return NULL;
  /* header, Name INDEX, Top DICT INDEX (its first DICT) */
  at = cff[2];
  if ((at = parse_index (cff, len, at, &count, &off_size, &data_at)) == 0)
    return NULL;
  if (parse_index (cff, len, at, &count, &off_size, &data_at) == 0 || count < 1)
    return NULL;
  top_at = data_at + get_offset (cff + at + 3, off_size);
  operand = find_charstrings_operand (cff, top_at,
                                      get_offset (cff + at + 3 + off_size, off_size) -
                                      get_offset (cff + at + 3, off_size));
  if (operand == 0)
    return NULL;
  cs_at = get_offset (cff + operand + 1, 4);
  end = parse_index (cff, len, cs_at, &count, &off_size, &data_at);
  if (end == 0 || count != n_glyphs)
    return NULL;

  items = g_new (const guint8 *, count);
  lengths = g_new (gsize, count);
  for (guint g = 0; g < count; g++)
    {
      guint32 from = get_offset (cff + cs_at + 3 + (gsize) g * off_size, off_size);
      guint32 to = get_offset (cff + cs_at + 3 + (gsize) (g + 1) * off_size, off_size);

      if (to < from || data_at + to > end)
        return NULL;
      items[g] = cff + data_at + from;
      lengths[g] = to - from;
    }
  for (guint s = 0; s < n_slots; s++)
    {
      gsize size;

      if (slots[s].gid >= count)
        return NULL;
      items[slots[s].gid] = g_bytes_get_data (slots[s].charstring, &size);
      lengths[slots[s].gid] = size;
    }

  out = g_byte_array_sized_new (len + 4 * (count + 1) + 64);
  g_byte_array_append (out, cff, len);
  {
    guint32 at32 = (guint32) out->len;

    out->data[operand + 1] = (guint8) (at32 >> 24);
    out->data[operand + 2] = (guint8) (at32 >> 16);
    out->data[operand + 3] = (guint8) (at32 >> 8);
    out->data[operand + 4] = (guint8) at32;
  }
  put_be (out, count, 2);
  put_be (out, 4, 1);
  put_be (out, offset, 4);
  for (guint g = 0; g < count; g++)
    {
      offset += (guint32) lengths[g];
      put_be (out, offset, 4);
    }
  for (guint g = 0; g < count; g++)
    g_byte_array_append (out, items[g], (guint) lengths[g]);

  {
    guint size = out->len;
    guint8 *data = g_byte_array_free (out, FALSE);

    return hb_blob_create ((const char *) data, size, HB_MEMORY_MODE_WRITABLE, data, g_free);
  }
}

/* hhea with one long metric a glyph */
static hb_blob_t *
new_hhea (hb_blob_t *blob,
          guint      n_glyphs)
{
  unsigned int len = 0;
  const guint8 *hhea = (const guint8 *) hb_blob_get_data (blob, &len);
  guint8 *copy;

  if (len < 36)
    return NULL;
  copy = g_memdup2 (hhea, len);
  copy[34] = (guint8) (n_glyphs >> 8);
  copy[35] = (guint8) n_glyphs;
  return hb_blob_create ((const char *) copy, len, HB_MEMORY_MODE_WRITABLE, copy, g_free);
}

static hb_blob_t *
new_hmtx (hb_blob_t        *blob,
          guint             n_metrics,
          guint             n_glyphs,
          const FyFontSlot *slots,
          guint             n_slots)
{
  unsigned int len = 0;
  const guint8 *hmtx = (const guint8 *) hb_blob_get_data (blob, &len);
  guint8 *copy;
  guint advance = 0;

  if (n_metrics < 1 || n_metrics > n_glyphs || len < 4 * n_metrics + 2 * (n_glyphs - n_metrics))
    return NULL;
  copy = g_malloc (4 * (gsize) n_glyphs);
  for (guint g = 0; g < n_glyphs; g++)
    {
      const guint8 *lsb;

      if (g < n_metrics)
        {
          advance = get_u16 (hmtx + 4 * g);
          lsb = hmtx + 4 * g + 2;
        }
      else
        lsb = hmtx + 4 * n_metrics + 2 * (g - n_metrics);
      copy[4 * g] = (guint8) (advance >> 8);
      copy[4 * g + 1] = (guint8) advance;
      copy[4 * g + 2] = lsb[0];
      copy[4 * g + 3] = lsb[1];
    }
  for (guint s = 0; s < n_slots; s++)
    {
      guint g = slots[s].gid;

      copy[4 * g] = (guint8) (slots[s].advance >> 8);
      copy[4 * g + 1] = (guint8) slots[s].advance;
      copy[4 * g + 2] = (guint8) (slots[s].lsb >> 8);
      copy[4 * g + 3] = (guint8) slots[s].lsb;
    }
  return hb_blob_create ((const char *) copy, 4 * n_glyphs, HB_MEMORY_MODE_WRITABLE, copy, g_free);
}

hb_blob_t *
fy_font_slots_fill (hb_face_t        *result,
                    const FyFontSlot *slots,
                    guint             n_slots)
{
  /* a face read from the file: hb-subset's own does not list its tables */
  hb_blob_t *file = hb_face_reference_blob (result);
  hb_face_t *subset = hb_face_create (file, 0);
  hb_blob_t *maxp, *hhea, *cff, *hmtx;
  hb_blob_t *new_tables[3] = { NULL, NULL, NULL };
  hb_face_t *builder;
  hb_blob_t *made = NULL;
  unsigned int len = 0;
  guint n_glyphs, n_metrics = 0;
  hb_tag_t tags[64];
  unsigned int n_tags = G_N_ELEMENTS (tags);

  hb_blob_destroy (file);
  maxp = hb_face_reference_table (subset, TAG_MAXP);
  n_glyphs = hb_blob_get_length (maxp) >= 6 ? get_u16 ((const guint8 *) hb_blob_get_data (maxp, &len) + 4) : 0;
  hb_blob_destroy (maxp);
  hhea = hb_face_reference_table (subset, TAG_HHEA);
  if (hb_blob_get_length (hhea) >= 36)
    n_metrics = get_u16 ((const guint8 *) hb_blob_get_data (hhea, &len) + 34);

  cff = hb_face_reference_table (subset, TAG_CFF);
  hmtx = hb_face_reference_table (subset, TAG_HMTX);
  if (n_glyphs > 0)
    {
      new_tables[0] = new_cff (cff, n_glyphs, slots, n_slots);
      new_tables[1] = new_hhea (hhea, n_glyphs);
      new_tables[2] = new_hmtx (hmtx, n_metrics, n_glyphs, slots, n_slots);
    }
  hb_blob_destroy (cff);
  hb_blob_destroy (hmtx);
  hb_blob_destroy (hhea);

  if (new_tables[0] != NULL && new_tables[1] != NULL && new_tables[2] != NULL &&
      hb_face_get_table_tags (subset, 0, &n_tags, tags) <= G_N_ELEMENTS (tags))
    {
      builder = hb_face_builder_create ();
      for (guint i = 0; i < n_tags; i++)
        {
          hb_blob_t *table;

          if (tags[i] == TAG_CFF)
            table = hb_blob_reference (new_tables[0]);
          else if (tags[i] == TAG_HHEA)
            table = hb_blob_reference (new_tables[1]);
          else if (tags[i] == TAG_HMTX)
            table = hb_blob_reference (new_tables[2]);
          else
            table = hb_face_reference_table (subset, tags[i]);
          hb_face_builder_add_table (builder, tags[i], table);
          hb_blob_destroy (table);
        }
      made = hb_face_reference_blob (builder);
      hb_face_destroy (builder);
      if (hb_blob_get_length (made) == 0)
        g_clear_pointer (&made, hb_blob_destroy);
    }

  for (guint i = 0; i < G_N_ELEMENTS (new_tables); i++)
    g_clear_pointer (&new_tables[i], hb_blob_destroy);
  hb_face_destroy (subset);
  return made;
}

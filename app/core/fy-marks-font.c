/* fy-marks-font.c — a small OpenType/CFF font of compressed punctuation for PDF output
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-marks-font"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fy-marks-font.h"

/*
 * A full-width mark squeezed to half an em keeps its full advance in its
 * own font, and PDF readers take a character's box from that advance:
 * the box overlaps the next character and poppler splits the line there,
 * so search and copy break.  An opening mark keeps its right half, so it
 * is also drawn half an em to the left of its cell.  PDF output therefore
 * draws a squeezed mark from this font: each glyph is the real outline of
 * the mark, moved to where the mark is drawn, with the squeezed advance,
 * so its box is exactly the cell it takes.  It is an ordinary CFF font at
 * 1000 units per em drawn at the text's size (no Type 3 font, any
 * resolution), and cairo maps each glyph back to its character.
 *
 * Faces whose HarfBuzz subset can take extra glyphs (CFF outlines) get
 * the same outlines as glyphs of their own subset instead
 * (fy_marks_font_charstring(), fy-font-slots.c), so a squeezed mark joins
 * the glyph run of its line; this font is for the others.
 */

#define UPEM 1000

typedef struct
{
  GByteArray *charstring;
  int         advance;
  int         x_min, y_min, x_max, y_max;
  gboolean    empty;
} MarkGlyph;

struct _FyMarksFont
{
  GArray     *glyphs;    /* MarkGlyph; 0 is .notdef */
  GHashTable *index;     /* key → glyph id */
};

/* ---- Type 2 charstrings ------------------------------------------------- */

static void
put_number (GByteArray *out,
            int         v)
{
  guint8 b[3];

  if (v >= -107 && v <= 107)
    {
      b[0] = (guint8) (v + 139);
      g_byte_array_append (out, b, 1);
    }
  else if (v >= 108 && v <= 1131)
    {
      v -= 108;
      b[0] = (guint8) ((v >> 8) + 247);
      b[1] = (guint8) (v & 0xff);
      g_byte_array_append (out, b, 2);
    }
  else if (v >= -1131 && v <= -108)
    {
      v = -v - 108;
      b[0] = (guint8) ((v >> 8) + 251);
      b[1] = (guint8) (v & 0xff);
      g_byte_array_append (out, b, 2);
    }
  else
    {
      v = CLAMP (v, -32768, 32767);
      b[0] = 28;
      b[1] = (guint8) ((v >> 8) & 0xff);
      b[2] = (guint8) (v & 0xff);
      g_byte_array_append (out, b, 3);
    }
}

static void
put_operator (GByteArray *out,
              guint8      op)
{
  g_byte_array_append (out, &op, 1);
}

typedef struct
{
  MarkGlyph *glyph;
  double     scale;     /* font units → 1000 per em */
  double     dx, dy;    /* the move, in 1000 per em */
  int        x, y;      /* the current point, rounded */
  double     fx, fy;    /* the current point in the source (for quadratics) */
  gboolean   width_written;
} Pen;

static void
pen_point (Pen    *pen,
           double  sx,
           double  sy,
           int    *x,
           int    *y)
{
  *x = (int) lround (sx * pen->scale + pen->dx);
  *y = (int) lround (sy * pen->scale + pen->dy);
  if (pen->glyph->empty)
    {
      pen->glyph->x_min = pen->glyph->x_max = *x;
      pen->glyph->y_min = pen->glyph->y_max = *y;
      pen->glyph->empty = FALSE;
    }
  pen->glyph->x_min = MIN (pen->glyph->x_min, *x);
  pen->glyph->x_max = MAX (pen->glyph->x_max, *x);
  pen->glyph->y_min = MIN (pen->glyph->y_min, *y);
  pen->glyph->y_max = MAX (pen->glyph->y_max, *y);
}

static void
pen_width (Pen *pen)
{
  /* The first stack-clearing operator carries the width (nominal 0). */
  if (!pen->width_written)
    {
      put_number (pen->glyph->charstring, pen->glyph->advance);
      pen->width_written = TRUE;
    }
}

/* rmoveto (21) or rlineto (5) to (@to_x, @to_y) */
static void
pen_straight (Pen    *pen,
              float   to_x,
              float   to_y,
              guint8  op)
{
  int x, y;

  pen_point (pen, to_x, to_y, &x, &y);
  if (op == 21)
    pen_width (pen);
  put_number (pen->glyph->charstring, x - pen->x);
  put_number (pen->glyph->charstring, y - pen->y);
  put_operator (pen->glyph->charstring, op);
  pen->x = x;
  pen->y = y;
  pen->fx = to_x;
  pen->fy = to_y;
}

static void
move_to_cb (hb_draw_funcs_t *dfuncs,
            void            *data,
            hb_draw_state_t *st,
            float            to_x,
            float            to_y,
            void            *user_data)
{
  pen_straight (data, to_x, to_y, 21);
}

static void
line_to_cb (hb_draw_funcs_t *dfuncs,
            void            *data,
            hb_draw_state_t *st,
            float            to_x,
            float            to_y,
            void            *user_data)
{
  pen_straight (data, to_x, to_y, 5);
}

static void
cubic_to_cb (hb_draw_funcs_t *dfuncs,
             void            *data,
             hb_draw_state_t *st,
             float            c1_x,
             float            c1_y,
             float            c2_x,
             float            c2_y,
             float            to_x,
             float            to_y,
             void            *user_data)
{
  Pen *pen = data;
  int x1, y1, x2, y2, x3, y3;

  pen_point (pen, c1_x, c1_y, &x1, &y1);
  pen_point (pen, c2_x, c2_y, &x2, &y2);
  pen_point (pen, to_x, to_y, &x3, &y3);
  put_number (pen->glyph->charstring, x1 - pen->x);
  put_number (pen->glyph->charstring, y1 - pen->y);
  put_number (pen->glyph->charstring, x2 - x1);
  put_number (pen->glyph->charstring, y2 - y1);
  put_number (pen->glyph->charstring, x3 - x2);
  put_number (pen->glyph->charstring, y3 - y2);
  put_operator (pen->glyph->charstring, 8);    /* rrcurveto */
  pen->x = x3;
  pen->y = y3;
  pen->fx = to_x;
  pen->fy = to_y;
}

/* A quadratic is exactly the cubic with controls 2/3 of the way to its
 * control point. */
static void
quadratic_to_cb (hb_draw_funcs_t *dfuncs,
                 void            *data,
                 hb_draw_state_t *st,
                 float            c_x,
                 float            c_y,
                 float            to_x,
                 float            to_y,
                 void            *user_data)
{
  Pen *pen = data;
  float x0 = (float) pen->fx, y0 = (float) pen->fy;

  cubic_to_cb (dfuncs, data, st,
               x0 + 2.f / 3.f * (c_x - x0), y0 + 2.f / 3.f * (c_y - y0),
               to_x + 2.f / 3.f * (c_x - to_x), to_y + 2.f / 3.f * (c_y - to_y),
               to_x, to_y, user_data);
}

static void
close_path_cb (hb_draw_funcs_t *dfuncs,
               void            *data,
               hb_draw_state_t *st,
               void            *user_data)
{
  /* Type 2 closes each contour at the next moveto and at endchar. */
}

static hb_draw_funcs_t *
get_draw_funcs (void)
{
  static hb_draw_funcs_t *funcs;

  if (g_once_init_enter (&funcs))
    {
      hb_draw_funcs_t *f = hb_draw_funcs_create ();

      hb_draw_funcs_set_move_to_func (f, move_to_cb, NULL, NULL);
      hb_draw_funcs_set_line_to_func (f, line_to_cb, NULL, NULL);
      hb_draw_funcs_set_quadratic_to_func (f, quadratic_to_cb, NULL, NULL);
      hb_draw_funcs_set_cubic_to_func (f, cubic_to_cb, NULL, NULL);
      hb_draw_funcs_set_close_path_func (f, close_path_cb, NULL, NULL);
      hb_draw_funcs_make_immutable (f);
      g_once_init_leave (&funcs, f);
    }
  return funcs;
}

static void
mark_glyph_clear (gpointer data)
{
  MarkGlyph *glyph = data;

  g_byte_array_unref (glyph->charstring);
}

static MarkGlyph
empty_glyph (int advance)
{
  MarkGlyph glyph = { g_byte_array_new (), advance, 0, 0, 0, 0, TRUE };

  put_number (glyph.charstring, advance);
  put_operator (glyph.charstring, 14);          /* endchar */
  return glyph;
}

FyMarksFont *
fy_marks_font_new (void)
{
  FyMarksFont *self = g_new0 (FyMarksFont, 1);
  MarkGlyph notdef = empty_glyph (500);

  self->glyphs = g_array_new (FALSE, TRUE, sizeof (MarkGlyph));
  g_array_set_clear_func (self->glyphs, mark_glyph_clear);
  g_array_append_val (self->glyphs, notdef);
  self->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
fy_marks_font_free (FyMarksFont *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->glyphs);
  g_hash_table_unref (self->index);
  g_free (self);
}

guint
fy_marks_font_get_n_glyphs (FyMarksFont *self)
{
  return self->glyphs->len;
}

static char *
mark_key (hb_face_t      *face,
          hb_codepoint_t  glyph,
          int             dx,
          int             dy,
          int             width)
{
  return g_strdup_printf ("%p:%u:%d:%d:%d", (void *) face, glyph, dx, dy, width);
}

guint
fy_marks_font_lookup (FyMarksFont    *self,
                      hb_face_t      *face,
                      hb_codepoint_t  glyph,
                      double          shift,
                      double          rise,
                      double          advance)
{
  g_autofree char *key = mark_key (face, glyph, (int) lround (shift * UPEM),
                                   (int) lround (rise * UPEM), (int) lround (advance * UPEM));

  g_return_val_if_fail (self != NULL, 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->index, key));
}

/* Draws @glyph of @face into @mark: font units times @scale, moved by
 * (@dx, @dy), with the width first if @width_written is FALSE. */
static void
draw_glyph (MarkGlyph      *mark,
            hb_face_t      *face,
            hb_codepoint_t  glyph,
            double          scale,
            int             dx,
            int             dy,
            gboolean        width_written)
{
  unsigned int upem = MAX (hb_face_get_upem (face), 1);
  hb_font_t *font = hb_font_create (face);
  Pen pen = { 0 };

  hb_font_set_scale (font, (int) upem, (int) upem);
  pen.glyph = mark;
  pen.scale = scale;
  pen.dx = dx;
  pen.dy = dy;
  pen.width_written = width_written;
  hb_font_get_glyph_shape (font, glyph, get_draw_funcs (), &pen);
  hb_font_destroy (font);
  pen_width (&pen);
  put_operator (mark->charstring, 14);          /* endchar */
}

guint
fy_marks_font_add (FyMarksFont    *self,
                   hb_face_t      *face,
                   hb_codepoint_t  glyph,
                   double          shift,
                   double          rise,
                   double          advance)
{
  int dx = (int) lround (shift * UPEM);
  int dy = (int) lround (rise * UPEM);
  int width = (int) lround (advance * UPEM);
  g_autofree char *key = mark_key (face, glyph, dx, dy, width);
  gpointer found;
  MarkGlyph mark = { g_byte_array_new (), width, 0, 0, 0, 0, TRUE };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (face != NULL, 0);

  if (g_hash_table_lookup_extended (self->index, key, NULL, &found))
    return GPOINTER_TO_UINT (found);

  draw_glyph (&mark, face, glyph, (double) UPEM / MAX (hb_face_get_upem (face), 1), dx, dy, FALSE);
  g_array_append_val (self->glyphs, mark);
  g_hash_table_insert (self->index, g_steal_pointer (&key), GUINT_TO_POINTER (self->glyphs->len - 1));
  return self->glyphs->len - 1;
}

GBytes *
fy_marks_font_charstring (hb_face_t      *face,
                          hb_codepoint_t  glyph,
                          int             dx,
                          int             dy,
                          int            *x_min)
{
  MarkGlyph mark = { g_byte_array_new (), 0, 0, 0, 0, 0, TRUE };

  g_return_val_if_fail (face != NULL, NULL);

  draw_glyph (&mark, face, glyph, 1.0, dx, dy, TRUE);
  *x_min = mark.empty ? 0 : mark.x_min;
  return g_byte_array_free_to_bytes (mark.charstring);
}

/* ---- the CFF table ------------------------------------------------------ */

static void
put_u8 (GByteArray *out,
        guint       v)
{
  guint8 b = (guint8) v;

  g_byte_array_append (out, &b, 1);
}

static void
put_u16 (GByteArray *out,
         guint       v)
{
  guint8 b[2] = { (guint8) (v >> 8), (guint8) v };

  g_byte_array_append (out, b, 2);
}

static void
put_u32 (GByteArray *out,
         guint32     v)
{
  guint8 b[4] = { (guint8) (v >> 24), (guint8) (v >> 16), (guint8) (v >> 8), (guint8) v };

  g_byte_array_append (out, b, 4);
}

/* A DICT operand always 5 bytes long, so offsets can be filled in later. */
static void
put_dict_int32 (GByteArray *out,
                gint32      v)
{
  put_u8 (out, 29);
  put_u32 (out, (guint32) v);
}

static void
put_index (GByteArray *out,
           GPtrArray  *items)   /* GByteArray */
{
  guint32 offset = 1;

  put_u16 (out, items->len);
  if (items->len == 0)
    return;
  put_u8 (out, 4);
  put_u32 (out, offset);
  for (guint i = 0; i < items->len; i++)
    {
      offset += ((GByteArray *) items->pdata[i])->len;
      put_u32 (out, offset);
    }
  for (guint i = 0; i < items->len; i++)
    g_byte_array_append (out, ((GByteArray *) items->pdata[i])->data, ((GByteArray *) items->pdata[i])->len);
}

static GByteArray *
bytes_of (const char *s)
{
  GByteArray *b = g_byte_array_new ();

  g_byte_array_append (b, (const guint8 *) s, strlen (s));
  return b;
}

static GByteArray *
build_cff (FyMarksFont *self)
{
  GByteArray *out = g_byte_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) g_byte_array_unref);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_byte_array_unref);
  g_autoptr(GPtrArray) charstrings = g_ptr_array_new ();
  g_autoptr(GPtrArray) top = g_ptr_array_new_with_free_func ((GDestroyNotify) g_byte_array_unref);
  g_autoptr(GByteArray) charset = g_byte_array_new ();
  g_autoptr(GByteArray) private_dict = g_byte_array_new ();
  GByteArray *top_dict = g_byte_array_new ();
  guint n = self->glyphs->len;
  gsize top_at, charset_at, charstrings_at, private_at;
  g_autoptr(GByteArray) tail = g_byte_array_new ();

  g_ptr_array_add (names, bytes_of ("FayanMarks"));
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("m%u", i);

      g_ptr_array_add (strings, bytes_of (name));
    }
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (charstrings, g_array_index (self->glyphs, MarkGlyph, i).charstring);

  /* charset: glyph i (from 1) is named by string 391 + i − 1 */
  put_u8 (charset, 2);
  if (n > 1)
    {
      put_u16 (charset, 391);
      put_u16 (charset, n - 2);
    }

  put_number (private_dict, 0);
  put_operator (private_dict, 20);              /* defaultWidthX */
  put_number (private_dict, 0);
  put_operator (private_dict, 21);              /* nominalWidthX */

  /* Top DICT, with room for its offsets: charset 15, CharStrings 17,
   * Private 18 (size, offset). */
  put_dict_int32 (top_dict, 0);
  put_u8 (top_dict, 15);
  put_dict_int32 (top_dict, 0);
  put_u8 (top_dict, 17);
  put_dict_int32 (top_dict, (gint32) private_dict->len);
  put_dict_int32 (top_dict, 0);
  put_u8 (top_dict, 18);
  g_ptr_array_add (top, top_dict);

  put_u8 (out, 1);            /* major */
  put_u8 (out, 0);            /* minor */
  put_u8 (out, 4);            /* header size */
  put_u8 (out, 4);            /* offset size */
  put_index (out, names);
  top_at = out->len;
  put_index (out, top);
  put_index (out, strings);
  put_u16 (out, 0);           /* no global subroutines */
  charset_at = out->len;
  g_byte_array_append (out, charset->data, charset->len);
  charstrings_at = out->len;
  put_index (out, charstrings);
  private_at = out->len;
  g_byte_array_append (out, private_dict->data, private_dict->len);

  /* fill in the offsets: the Top DICT data follows its 2 + 1 + 2 × 4 bytes of INDEX */
  {
    guint8 *d = out->data + top_at + 2 + 1 + 2 * 4;
    guint32 values[3] = { (guint32) charset_at, (guint32) charstrings_at, (guint32) private_at };
    /* where the 4 value bytes of each offset are, after its 29 prefix */
    const gsize at[3] = { 1, 5 + 1 + 1, 5 + 1 + 5 + 1 + 5 + 1 };
    for (guint i = 0; i < 3; i++)
      {
        d[at[i] + 0] = (guint8) (values[i] >> 24);
        d[at[i] + 1] = (guint8) (values[i] >> 16);
        d[at[i] + 2] = (guint8) (values[i] >> 8);
        d[at[i] + 3] = (guint8) values[i];
      }
  }

  return out;
}

/* ---- the OpenType wrapper ----------------------------------------------- */

typedef struct
{
  guint32     tag;
  GByteArray *data;
} Table;

static guint32
table_checksum (const guint8 *data,
                gsize         length)
{
  guint32 sum = 0;

  for (gsize i = 0; i < length; i += 4)
    {
      guint32 word = 0;

      for (gsize k = 0; k < 4; k++)
        word = (word << 8) | (i + k < length ? data[i + k] : 0);
      sum += word;
    }
  return sum;
}

static void
put_name_record (GByteArray *records,
                 GByteArray *strings,
                 guint       name_id,
                 const char *text)
{
  gsize length = strlen (text);

  put_u16 (records, 3);       /* Windows */
  put_u16 (records, 1);       /* Unicode BMP */
  put_u16 (records, 0x409);
  put_u16 (records, name_id);
  put_u16 (records, length * 2);
  put_u16 (records, strings->len);
  for (gsize i = 0; i < length; i++)
    put_u16 (strings, (guchar) text[i]);
}

static GByteArray *
build_name (void)
{
  static const struct { guint id; const char *text; } names[] = {
    { 1, "Fayan Marks" }, { 2, "Regular" }, { 4, "Fayan Marks" }, { 6, "FayanMarks" },
  };
  GByteArray *out = g_byte_array_new ();
  g_autoptr(GByteArray) records = g_byte_array_new ();
  g_autoptr(GByteArray) strings = g_byte_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    put_name_record (records, strings, names[i].id, names[i].text);
  put_u16 (out, 0);
  put_u16 (out, G_N_ELEMENTS (names));
  put_u16 (out, 6 + records->len);
  g_byte_array_append (out, records->data, records->len);
  g_byte_array_append (out, strings->data, strings->len);
  return out;
}

/* What the 'head' and 'hhea' tables say of all the glyphs. */
typedef struct
{
  int x_min, y_min, x_max, y_max;
  int advance_max;
} Bounds;

static Bounds
glyph_bounds (FyMarksFont *self)
{
  Bounds b = { 0 };
  gboolean any = FALSE;

  for (guint i = 0; i < self->glyphs->len; i++)
    {
      MarkGlyph *g = &g_array_index (self->glyphs, MarkGlyph, i);

      b.advance_max = MAX (b.advance_max, g->advance);
      if (g->empty)
        continue;
      b.x_min = any ? MIN (b.x_min, g->x_min) : g->x_min;
      b.y_min = any ? MIN (b.y_min, g->y_min) : g->y_min;
      b.x_max = any ? MAX (b.x_max, g->x_max) : g->x_max;
      b.y_max = any ? MAX (b.y_max, g->y_max) : g->y_max;
      any = TRUE;
    }

  return b;
}

/* 'OS/2' version 4 */
static GByteArray *
build_os2 (void)
{
  GByteArray *t = g_byte_array_new ();

  put_u16 (t, 4);
  put_u16 (t, 500);                 /* xAvgCharWidth */
  put_u16 (t, 400);                 /* usWeightClass */
  put_u16 (t, 5);                   /* usWidthClass */
  put_u16 (t, 0);                   /* fsType: installable */
  for (guint i = 0; i < 10; i++)    /* sub/superscript, strikeout */
    put_u16 (t, i % 2 ? 300 : 500);
  put_u16 (t, 0);                   /* sFamilyClass */
  for (guint i = 0; i < 10; i++)    /* panose */
    put_u8 (t, 0);
  for (guint i = 0; i < 4; i++)     /* ulUnicodeRange */
    put_u32 (t, 0);
  put_u32 (t, 0x46415941);          /* achVendID 'FAYA' */
  put_u16 (t, 0x40);                /* fsSelection: regular */
  put_u16 (t, 0x3000);              /* first and last char */
  put_u16 (t, 0xFFEF);
  put_u16 (t, 880);                 /* sTypoAscender */
  put_u16 (t, (guint16) -120);      /* sTypoDescender */
  put_u16 (t, 0);                   /* sTypoLineGap */
  put_u16 (t, 880);                 /* usWinAscent */
  put_u16 (t, 120);                 /* usWinDescent */
  put_u32 (t, 0);                   /* ulCodePageRange */
  put_u32 (t, 0);
  put_u16 (t, 500);                 /* sxHeight */
  put_u16 (t, 700);                 /* sCapHeight */
  put_u16 (t, 0);                   /* usDefaultChar */
  put_u16 (t, 0x3000);              /* usBreakChar */
  put_u16 (t, 1);                   /* usMaxContext */
  return t;
}

/* 'cmap': maps nothing (the PDF addresses glyphs by number) */
static GByteArray *
build_cmap (void)
{
  GByteArray *t = g_byte_array_new ();

  put_u16 (t, 0);
  put_u16 (t, 1);
  put_u16 (t, 3);
  put_u16 (t, 1);
  put_u32 (t, 12);
  put_u16 (t, 4);                   /* format 4 */
  put_u16 (t, 24);
  put_u16 (t, 0);
  put_u16 (t, 2);                   /* segCountX2 */
  put_u16 (t, 2);
  put_u16 (t, 0);
  put_u16 (t, 0);
  put_u16 (t, 0xFFFF);              /* endCode */
  put_u16 (t, 0);
  put_u16 (t, 0xFFFF);              /* startCode */
  put_u16 (t, 1);                   /* idDelta */
  put_u16 (t, 0);                   /* idRangeOffset */
  return t;
}

/* 'head'; its checkSumAdjustment is set once the font is whole */
static GByteArray *
build_head (const Bounds *b)
{
  GByteArray *t = g_byte_array_new ();

  put_u32 (t, 0x00010000);
  put_u32 (t, 0x00010000);
  put_u32 (t, 0);                   /* checkSumAdjustment: fy_marks_font_build() */
  put_u32 (t, 0x5F0F3CF5);
  put_u16 (t, 3);
  put_u16 (t, UPEM);
  for (guint i = 0; i < 4; i++)     /* created, modified */
    put_u32 (t, 0);
  put_u16 (t, (guint16) b->x_min);
  put_u16 (t, (guint16) b->y_min);
  put_u16 (t, (guint16) b->x_max);
  put_u16 (t, (guint16) b->y_max);
  put_u16 (t, 0);                   /* macStyle */
  put_u16 (t, 8);                   /* lowestRecPPEM */
  put_u16 (t, 2);
  put_u16 (t, 0);                   /* indexToLocFormat */
  put_u16 (t, 0);

  return t;
}

static GByteArray *
build_hhea (const Bounds *b,
            guint         n_glyphs)
{
  GByteArray *t = g_byte_array_new ();

  put_u32 (t, 0x00010000);
  put_u16 (t, 880);
  put_u16 (t, (guint16) -120);
  put_u16 (t, 0);
  put_u16 (t, (guint16) b->advance_max);
  put_u16 (t, (guint16) b->x_min);
  put_u16 (t, 0);
  put_u16 (t, (guint16) b->x_max);
  put_u16 (t, 1);
  put_u16 (t, 0);
  put_u16 (t, 0);
  for (guint i = 0; i < 4; i++)
    put_u16 (t, 0);
  put_u16 (t, 0);
  put_u16 (t, n_glyphs);

  return t;
}

static GByteArray *
build_hmtx (FyMarksFont *self)
{
  GByteArray *t = g_byte_array_new ();

  for (guint i = 0; i < self->glyphs->len; i++)
    {
      MarkGlyph *g = &g_array_index (self->glyphs, MarkGlyph, i);

      put_u16 (t, (guint16) g->advance);
      put_u16 (t, (guint16) (g->empty ? 0 : g->x_min));
    }

  return t;
}

/* 'maxp' version 0.5 (CFF outlines) */
static GByteArray *
build_maxp (guint n_glyphs)
{
  GByteArray *t = g_byte_array_new ();

  put_u32 (t, 0x00005000);
  put_u16 (t, n_glyphs);

  return t;
}

/* 'post' version 3.0: no glyph names */
static GByteArray *
build_post (void)
{
  GByteArray *t = g_byte_array_new ();

  put_u32 (t, 0x00030000);
  put_u32 (t, 0);
  put_u16 (t, (guint16) -100);
  put_u16 (t, 50);
  for (guint i = 0; i < 5; i++)
    put_u32 (t, 0);

  return t;
}

GBytes *
fy_marks_font_build (FyMarksFont *self)
{
  Table tables[9];
  guint n_tables = 0;
  GByteArray *font;
  Bounds bounds;
  gsize offset, head_at = 0;
  guint32 total;

  g_return_val_if_fail (self != NULL, NULL);

  font = g_byte_array_new ();
  bounds = glyph_bounds (self);

  /* tables in tag order */
  tables[n_tables++] = (Table) { 0x43464620, build_cff (self) };                 /* 'CFF ' */
  tables[n_tables++] = (Table) { 0x4F532F32, build_os2 () };                     /* 'OS/2' */
  tables[n_tables++] = (Table) { 0x636D6170, build_cmap () };                    /* 'cmap' */
  tables[n_tables++] = (Table) { 0x68656164, build_head (&bounds) };             /* 'head' */
  tables[n_tables++] = (Table) { 0x68686561, build_hhea (&bounds, self->glyphs->len) }; /* 'hhea' */
  tables[n_tables++] = (Table) { 0x686D7478, build_hmtx (self) };                /* 'hmtx' */
  tables[n_tables++] = (Table) { 0x6D617870, build_maxp (self->glyphs->len) };   /* 'maxp' */
  tables[n_tables++] = (Table) { 0x6E616D65, build_name () };                   /* 'name' */
  tables[n_tables++] = (Table) { 0x706F7374, build_post () };                    /* 'post' */

  /* the table directory */
  {
    guint entry_selector = 0;

    while ((2u << entry_selector) <= n_tables)
      entry_selector++;
    put_u32 (font, 0x4F54544F);     /* 'OTTO' */
    put_u16 (font, n_tables);
    put_u16 (font, 16u << entry_selector);
    put_u16 (font, entry_selector);
    put_u16 (font, n_tables * 16 - (16u << entry_selector));
  }
  offset = 12 + 16 * n_tables;
  for (guint i = 0; i < n_tables; i++)
    {
      put_u32 (font, tables[i].tag);
      put_u32 (font, table_checksum (tables[i].data->data, tables[i].data->len));
      put_u32 (font, (guint32) offset);
      put_u32 (font, tables[i].data->len);
      offset += (tables[i].data->len + 3) & ~3u;
    }
  for (guint i = 0; i < n_tables; i++)
    {
      static const guint8 zeros[4] = { 0 };

      if (tables[i].tag == 0x68656164)
        head_at = font->len;
      g_byte_array_append (font, tables[i].data->data, tables[i].data->len);
      g_byte_array_append (font, zeros, ((tables[i].data->len + 3) & ~3u) - tables[i].data->len);
      g_byte_array_unref (tables[i].data);
    }

  total = 0xB1B0AFBA - table_checksum (font->data, font->len);
  font->data[head_at + 8] = (guint8) (total >> 24);
  font->data[head_at + 9] = (guint8) (total >> 16);
  font->data[head_at + 10] = (guint8) (total >> 8);
  font->data[head_at + 11] = (guint8) total;

  return g_byte_array_free_to_bytes (font);
}

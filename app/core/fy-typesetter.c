/* fy-typesetter.c — FyDocument + FyStyle → FyLayout
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-typesetter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>
#include <hb.h>

#include "fy-error.h"
#include "fy-layout-private.h"
#include "fy-numbering.h"
#include "fy-table.h"
#include "fy-table-layout.h"
#include "fy-title-break.h"
#include "fy-typesetter.h"

/*
 * Pango itemises, picks fallback fonts and shapes (HarfBuzz); everything
 * after that is ours: clusters are classified, broken into lines by
 * fy-linebreak.c on the style's character grid, and every line's glyphs
 * are given their final positions here, so that the renderer only draws.
 *
 * Each block becomes an FyPara, cached under a key made of everything
 * that decides its look (text, roles, numbers, field values, style), so a
 * second layout of a document only shapes the blocks that changed and then
 * paginates, which is cheap.
 */

struct _FyTypesetter
{
  GObject       parent_instance;

  FyStyle      *style;
  FyFontSet    *fonts;
  PangoFontMap *font_map;
  PangoContext *context;
  GHashTable   *cache;          /* key → FyPara */
  GHashTable   *primary_fonts;  /* description string → PangoFont */
  GHashTable   *dash_widths;    /* description string → full-width dash? */
  guint         hits;
  guint         misses;
  gboolean      keep_clusters;
};

G_DEFINE_FINAL_TYPE (FyTypesetter, fy_typesetter, G_TYPE_OBJECT)

/* A piece of a block's printed text in one style role. */
typedef struct
{
  guint       start;            /* bytes in the printed text */
  guint       end;
  guint       char_start;       /* characters in the printed text (set when shaping) */
  FyStyleRole role;
  guint       color;            /* 0 text, 1 unfilled/unknown field */
  int         src_base;         /* source character offset of the piece (set when shaping) */
  int         src_chars;        /* whole pieces: source characters they stand for */
  gboolean    whole;            /* every character maps to src_base (fields, numbers) */
} Segment;

typedef enum
{
  GEOMETRY_PARAGRAPH,
  GEOMETRY_ATTACHMENT,
  GEOMETRY_FULL,
  GEOMETRY_PLACED,   /* natural width, left; moved into place later */
} GeometryKind;

typedef struct
{
  GString      *text;
  GArray       *segments;       /* Segment */
  GArray       *warnings;       /* FyParaWarning */
  FyStyleRole   role;           /* the block's role for placement */
  GeometryKind  geometry;
  double        width;          /* > 0: break at this width (table cells) */
  gboolean      balanced;       /* title: word-boundary balanced lines */
  guint         n_chars;
  char         *lead;           /* bold lead text for the outline */
} Source;

typedef struct
{
  FyTypesetter *self;
  FyCluster    *clusters;
  guint         n;
  double        indent;
  double        width;
  double        hang_prefix;     /* attachment: width of 附件： */
  GArray       *hang_numbers;    /* attachment: width of each item's number */
} Geometry;

/* ---- FyPara ---------------------------------------------------------- */

static void
glyph_run_free (gpointer data)
{
  FyGlyphRun *run = data;

  pango_item_free (run->item);
  g_clear_pointer (&run->font, cairo_scaled_font_destroy);
  g_free (run->cairo_glyphs);
  g_free (run->clusters);
  g_clear_pointer (&run->boxes, g_array_unref);
  g_free (run);
}

FyPara *
fy_para_ref (FyPara *para)
{
  g_atomic_ref_count_inc (&para->ref_count);
  return para;
}

void
fy_para_unref (FyPara *para)
{
  if (!g_atomic_ref_count_dec (&para->ref_count))
    return;

  for (guint i = 0; i < para->lines->len; i++)
    g_ptr_array_unref (g_array_index (para->lines, FyParaLine, i).runs);
  for (guint i = 0; i < para->warnings->len; i++)
    g_free (g_array_index (para->warnings, FyParaWarning, i).message);
  g_array_unref (para->lines);
  g_array_unref (para->warnings);
  g_array_unref (para->placed);
  g_clear_pointer (&para->clusters, g_array_unref);
  g_clear_pointer (&para->items, g_ptr_array_unref);
  g_clear_pointer (&para->glyphs, g_ptr_array_unref);
  g_free (para->outline);
  g_free (para->text);
  g_free (para);
}

/* ---- sources ----------------------------------------------------------- */

static void
source_init (Source      *src,
             FyStyleRole  role)
{
  memset (src, 0, sizeof *src);
  src->text = g_string_new (NULL);
  src->segments = g_array_new (FALSE, TRUE, sizeof (Segment));
  src->warnings = g_array_new (FALSE, TRUE, sizeof (FyParaWarning));
  src->role = role;
}

static void
source_clear (Source *src)
{
  g_string_free (src->text, TRUE);
  g_array_unref (src->segments);
  for (guint i = 0; i < src->warnings->len; i++)
    g_free (g_array_index (src->warnings, FyParaWarning, i).message);
  g_array_unref (src->warnings);
  g_free (src->lead);
}

/* @src_chars: for a @whole piece (a field value, an engine-made number),
 * how many characters of the block's source text it stands for. */
static void
source_append (Source      *src,
               const char  *text,
               FyStyleRole  role,
               guint        color,
               int          src_chars,
               gboolean     whole)
{
  Segment seg = { 0 };

  /* Markup prints nothing but still stands for source characters. */
  if (text == NULL || (*text == '\0' && !(whole && src_chars > 0)))
    return;

  seg.start = src->text->len;
  g_string_append (src->text, text);
  seg.end = src->text->len;
  seg.role = role;
  seg.color = color;
  seg.src_chars = whole ? src_chars : -1;
  seg.whole = whole;
  g_array_append_val (src->segments, seg);
}

/* Character offsets are only needed when a paragraph is shaped, not for
 * every cache lookup: counting them is what a lookup would cost most. */
static void
source_resolve_offsets (Source *src)
{
  guint chars = 0;
  int src_offset = 0;

  for (guint i = 0; i < src->segments->len; i++)
    {
      Segment *s = &g_array_index (src->segments, Segment, i);
      glong n = g_utf8_strlen (src->text->str + s->start, s->end - s->start);

      s->char_start = chars;
      s->src_base = src_offset;
      chars += n;
      src_offset += s->whole ? s->src_chars : n;
    }
  src->n_chars = chars;
}

static void
source_warn (Source              *src,
             FyLayoutWarningKind  kind,
             int                  char_offset,
             char                *message)
{
  FyParaWarning w = { kind, message, char_offset };

  g_array_append_val (src->warnings, w);
}

static char *
source_key (Source  *src,
            FyStyle *style,
            double   extra)
{
  GString *key = g_string_new (fy_style_get_fingerprint (style));

  g_string_append_printf (key, "\x1f%d|%d|%d|%.3f|%.3f", src->role, src->geometry, src->balanced, extra,
                          src->width);
  for (guint i = 0; i < src->segments->len; i++)
    {
      Segment *s = &g_array_index (src->segments, Segment, i);

      g_string_append_printf (key, "\x1f%d,%u,%d,%d:", s->role, s->color, s->src_chars, s->whole);
      g_string_append_len (key, src->text->str + s->start, s->end - s->start);
    }
  for (guint i = 0; i < src->warnings->len; i++)
    {
      FyParaWarning *w = &g_array_index (src->warnings, FyParaWarning, i);

      g_string_append_printf (key, "\x1f%d,%d,%s", w->kind, w->char_offset, w->message);
    }

  return g_string_free (key, FALSE);
}

/* ---- shaping ------------------------------------------------------------- */

static PangoFontDescription *
describe_role (FyTypesetter *self,
               FyStyleRole   role,
               gboolean      latin)
{
  const FyRoleStyle *rs = fy_style_get_role (self->style, role);
  const FyFontChoice *choice = fy_font_set_get_choice (self->fonts, rs->font_role);
  const char *latin_family = fy_font_set_get_latin_family (self->fonts);
  PangoFontDescription *desc = pango_font_description_new ();

  double size = rs->size;

  if (latin && latin_family != NULL && rs->font_role != FY_FONT_ROLE_HEITI)
    pango_font_description_set_family (desc, latin_family);
  else
    {
      /* The role's other faces follow, so that a character the face lacks
       * comes from the nearest face of the same style. */
      pango_font_description_set_family (desc, choice->families);
      size *= choice->scale;
    }
  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE + 0.5));
  if (rs->bold || (choice->bold && !latin))
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  else if (rs->bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);

  return desc;
}

static gboolean
uses_latin_face (gunichar ch)
{
  return ch < 0x2000 && ch > ' ' && fy_linebreak_classify (ch) == FY_CLASS_LATIN;
}

static PangoFont *
primary_font (FyTypesetter         *self,
              PangoFontDescription *desc)
{
  g_autofree char *key = pango_font_description_to_string (desc);
  PangoFont *font = g_hash_table_lookup (self->primary_fonts, key);

  if (font == NULL)
    {
      font = pango_font_map_load_font (self->font_map, self->context, desc);
      if (font == NULL)
        return NULL;
      g_hash_table_insert (self->primary_fonts, g_steal_pointer (&key), font);
    }

  return font;
}

/*
 * Whether the face draws U+2014 a full em wide with fwid, so that ——
 * is one unbroken 2 em rule.  AR PL UKai has a short dash: there —— is
 * set in the 宋体 face instead.
 */
static gboolean
has_full_dash (FyTypesetter         *self,
               PangoFontDescription *desc)
{
  g_autofree char *key = pango_font_description_to_string (desc);
  gpointer value;

  if (!g_hash_table_lookup_extended (self->dash_widths, key, NULL, &value))
    {
      PangoFont *font = primary_font (self, desc);
      gboolean full = TRUE;

      if (font != NULL)
        {
          hb_font_t *hb = pango_font_get_hb_font (font);
          hb_buffer_t *buffer = hb_buffer_create ();
          hb_feature_t feature;
          int x_scale, y_scale;
          unsigned int n;
          hb_glyph_position_t *pos;

          hb_buffer_add_utf8 (buffer, "\u2014", -1, 0, -1);
          hb_buffer_set_direction (buffer, HB_DIRECTION_LTR);
          hb_buffer_set_script (buffer, HB_SCRIPT_HAN);
          hb_buffer_set_language (buffer, hb_language_from_string ("zh-cn", -1));
          hb_feature_from_string ("fwid", -1, &feature);
          hb_shape (hb, buffer, &feature, 1);
          pos = hb_buffer_get_glyph_positions (buffer, &n);
          hb_font_get_scale (hb, &x_scale, &y_scale);
          if (n == 1 && x_scale > 0)
            full = (double) pos[0].x_advance / x_scale > 0.95;
          hb_buffer_destroy (buffer);
        }
      value = GINT_TO_POINTER (full);
      g_hash_table_insert (self->dash_widths, g_steal_pointer (&key), value);
    }

  return GPOINTER_TO_INT (value);
}

static double
role_cell (FyTypesetter *self,
           double        size)
{
  double body = fy_style_get_role (self->style, FY_STYLE_ROLE_BODY)->size;

  return size * fy_style_get_char_pitch (self->style) / body;
}

static void
shape_source (FyTypesetter *self,
              Source       *src,
              FyPara       *para)
{
  const char *text = src->text->str;
  int length = src->text->len;
  PangoAttrList *attrs;

  source_resolve_offsets (src);
  attrs = pango_attr_list_new ();
  GList *items, *l;
  guint seg_index = 0;
  guint checked_seg = G_MAXUINT;
  PangoFont *seg_fonts[2] = { NULL, NULL };
  guint char_index = 0;
  const char *char_ptr = text;

  for (guint i = 0; i < src->segments->len; i++)
    {
      Segment *s = &g_array_index (src->segments, Segment, i);
      PangoFontDescription *desc = describe_role (self, s->role, FALSE);
      PangoAttribute *attr = pango_attr_font_desc_new (desc);
      const char *p;

      attr->start_index = s->start;
      attr->end_index = s->end;
      pango_attr_list_insert (attrs, attr);
      pango_font_description_free (desc);

      /* Latin letters and digits in the Latin face; dashes and ellipses
       * full width (U+2014 is 0.89 em in Noto CJK without fwid). */
      for (p = text + s->start; p < text + s->end;)
        {
          gunichar ch = g_utf8_get_char (p);
          const char *q = p;
          FyCharClass kl = fy_linebreak_classify (ch);

          if (uses_latin_face (ch))
            {
              while (q < text + s->end && uses_latin_face (g_utf8_get_char (q)))
                q = g_utf8_next_char (q);
              desc = describe_role (self, s->role, TRUE);
              attr = pango_attr_font_desc_new (desc);
              pango_font_description_free (desc);
            }
          else if (kl == FY_CLASS_DASH || kl == FY_CLASS_ELLIPSIS)
            {
              while (q < text + s->end &&
                     fy_linebreak_classify (g_utf8_get_char (q)) == kl)
                q = g_utf8_next_char (q);
              attr = pango_attr_font_features_new ("fwid 1");
              desc = describe_role (self, s->role, FALSE);
              if (!has_full_dash (self, desc))
                {
                  const FyFontChoice *song = fy_font_set_get_choice (self->fonts, FY_FONT_ROLE_SONGTI);
                  PangoAttribute *family = pango_attr_family_new (song->family);

                  family->start_index = p - text;
                  family->end_index = q - text;
                  pango_attr_list_insert (attrs, family);
                }
              pango_font_description_free (desc);
            }
          else
            {
              p = g_utf8_next_char (p);
              continue;
            }
          attr->start_index = p - text;
          attr->end_index = q - text;
          pango_attr_list_insert (attrs, attr);
          p = q;
        }
    }

  items = pango_itemize (self->context, text, 0, length, attrs, NULL);

  for (l = items; l != NULL; l = l->next)
    {
      PangoItem *item = l->data;
      PangoGlyphString *glyphs = pango_glyph_string_new ();
      guint item_index = para->items->len;

      /* The engine sets every line left to right and reads clusters in
       * logical order.  A right-to-left item (Arabic, Hebrew pasted into
       * a speech) would come back in visual order, its log_clusters
       * falling, and give clusters that end before they start (found by
       * fuzz/fuzz-layout: a 4 GiB g_strndup() in fy_layout_to_json()).
       * Shape it left to right instead: its letters then read in logical
       * order, which is legible, and every cluster stays well formed. */
      if (item->analysis.level % 2 != 0)
        item->analysis.level = 0;

      pango_shape_with_flags (text + item->offset, item->length, text, length,
                              &item->analysis, glyphs, PANGO_SHAPE_NONE);
      g_ptr_array_add (para->items, item);
      g_ptr_array_add (para->glyphs, glyphs);

      for (int g = 0; g < glyphs->num_glyphs;)
        {
          FyCluster c = { 0 };
          Segment *s;
          int h = g;
          double advance = 0;
          gboolean unknown = FALSE;

          while (h < glyphs->num_glyphs && glyphs->log_clusters[h] == glyphs->log_clusters[g])
            {
              advance += glyphs->glyphs[h].geometry.width;
              if (glyphs->glyphs[h].glyph & PANGO_GLYPH_UNKNOWN_FLAG)
                unknown = TRUE;
              h++;
            }

          c.start = item->offset + glyphs->log_clusters[g];
          c.end = h < glyphs->num_glyphs ? item->offset + glyphs->log_clusters[h]
                                         : (guint) (item->offset + item->length);
          c.item = item_index;
          c.glyph_start = g;
          c.glyph_end = h;
          c.advance = advance / PANGO_SCALE;
          c.ch = g_utf8_get_char (text + c.start);
          c.n_chars = g_utf8_strlen (text + c.start, c.end - c.start);
          c.klass = fy_linebreak_classify (c.ch);
          c.latin_alnum = c.klass == FY_CLASS_LATIN && g_unichar_isalnum (c.ch);
          c.ascii_open = c.ch == '(' || c.ch == '[' || c.ch == '{';
          c.ascii_close = c.ch != 0 && strchr (",.;:!?)]}%", (int) c.ch) != NULL && c.ch < 128;

          while (seg_index + 1 < src->segments->len &&
                 g_array_index (src->segments, Segment, seg_index).end <= c.start)
            seg_index++;
          s = &g_array_index (src->segments, Segment, seg_index);

          while (char_ptr < text + c.start)
            {
              char_ptr = g_utf8_next_char (char_ptr);
              char_index++;
            }

          c.src_offset = s->whole ? s->src_base : s->src_base + (int) (char_index - s->char_start);
          c.em = fy_style_get_role (self->style, s->role)->size;
          c.cell = role_cell (self, c.em);
          c.color = s->color;

          /* Report every character the chosen face cannot draw.  Pango
           * keeps a character in the primary font whenever it can, so only
           * clusters in another font need a closer look. */
          if (seg_index != checked_seg)
            {
              checked_seg = seg_index;
              seg_fonts[0] = seg_fonts[1] = NULL;
            }
          if (c.klass != FY_CLASS_SPACE && c.klass != FY_CLASS_NEWLINE && !g_unichar_iscntrl (c.ch))
            {
              gboolean latin = uses_latin_face (c.ch);
              PangoFont *font = seg_fonts[latin];

              if (font == NULL)
                {
                  PangoFontDescription *desc = describe_role (self, s->role, latin);

                  font = seg_fonts[latin] = primary_font (self, desc);
                  pango_font_description_free (desc);
                }

              if (unknown)
                source_warn (src, FY_LAYOUT_WARNING_MISSING_GLYPH, c.src_offset,
                             g_strdup_printf (_("No installed font can draw “%.*s” (U+%04X); it prints as a box. Install a font that has it or use another character."),
                                              (int) (c.end - c.start), text + c.start, c.ch));
              else if (font != NULL && font != item->analysis.font &&
                       c.klass != FY_CLASS_DASH && !pango_font_has_char (font, c.ch))
                {
                  PangoFontDescription *wanted = pango_font_describe (font);
                  PangoFontDescription *used = pango_font_describe (item->analysis.font);

                  FyFontRole font_role = fy_style_get_role (self->style, s->role)->font_role;

                  source_warn (src, FY_LAYOUT_WARNING_FALLBACK_GLYPH, c.src_offset,
                               g_strdup_printf (_("Font role %s: “%.*s” (U+%04X) is not in “%s”; it is drawn with “%s”, the nearest face of the same style. Use a font that has it or another character."),
                                                fy_font_role_to_string (font_role),
                                                (int) (c.end - c.start), text + c.start, c.ch,
                                                pango_font_description_get_family (wanted),
                                                pango_font_description_get_family (used)));
                  pango_font_description_free (wanted);
                  pango_font_description_free (used);
                }
            }

          g_array_append_val (para->clusters, c);
          g = h;
        }
    }

  g_list_free (items);
  pango_attr_list_unref (attrs);
}

/* ---- geometry ------------------------------------------------------------ */

static void
paragraph_geometry_cb (gpointer  data,
                       guint     first,
                       guint     segment,
                       gboolean  first_of_segment,
                       double   *x,
                       double   *avail)
{
  Geometry *geo = data;

  *x = first_of_segment ? geo->indent : 0;
  *avail = geo->width - *x;
}

static void
attachment_geometry_cb (gpointer  data,
                        guint     first,
                        guint     segment,
                        gboolean  first_of_segment,
                        double   *x,
                        double   *avail)
{
  Geometry *geo = data;
  double number = 0;

  if (segment < geo->hang_numbers->len)
    number = g_array_index (geo->hang_numbers, double, segment);

  if (segment == 0 && first_of_segment)
    *x = geo->indent;
  else if (first_of_segment)
    *x = geo->indent + geo->hang_prefix;
  else
    *x = geo->indent + geo->hang_prefix + number;
  *avail = geo->width - *x;
}

/* Measures 附件： and each item's number (1. 2. …) for hanging lines. */
static void
measure_attachment (Geometry *geo)
{
  FyCluster *c = geo->clusters;
  guint k = 0;
  double number = 0;
  gboolean in_number = TRUE;

  geo->hang_prefix = 0;
  for (k = 0; k < geo->n && c[k].ch != 0xFF1A && c[k].ch != ':'; k++)
    ;
  if (k < geo->n && k < 6)
    {
      for (guint m = 0; m <= k; m++)
        geo->hang_prefix += c[m].base;
      k++;
    }
  else
    k = 0;

  /* Justification must not move the names off the hanging edge: no
   * stretch (and no break) inside 附件：1. or right before the name. */
  for (guint m = 1; m <= k && m < geo->n; m++)
    c[m].in_unit = TRUE;

  for (; k < geo->n; k++)
    {
      if (c[k].klass == FY_CLASS_NEWLINE)
        {
          g_array_append_val (geo->hang_numbers, number);
          number = 0;
          in_number = TRUE;
          continue;
        }
      if (in_number && (g_unichar_isdigit (c[k].ch) || c[k].ch == '.' || c[k].ch == 0xFF0E ||
                        c[k].ch == 0x3001))
        number += c[k].base;
      else if (in_number)
        {
          in_number = FALSE;
          c[k].in_unit = TRUE;
          for (guint m = k; m > 0 && c[m - 1].klass != FY_CLASS_NEWLINE; m--)
            {
              if (!(g_unichar_isdigit (c[m - 1].ch) || c[m - 1].ch == '.' ||
                    c[m - 1].ch == 0xFF0E || c[m - 1].ch == 0x3001))
                break;
              if (m - 1 > 0 && c[m - 2].klass != FY_CLASS_NEWLINE)
                c[m - 1].in_unit = TRUE;
            }
        }
    }
  g_array_append_val (geo->hang_numbers, number);
}

/* ---- glyph runs ---------------------------------------------------------- */

/* Trimmed by more than PDF readers tolerate as overlap (0.2 em). */
static gboolean
is_compressed_mark (const FyCluster *c)
{
  return c->compressed > 0.15 * c->em &&
         (c->klass == FY_CLASS_OPEN || c->klass == FY_CLASS_CLOSE ||
          c->klass == FY_CLASS_COMMA || c->klass == FY_CLASS_STOP ||
          c->klass == FY_CLASS_MIDDLE) &&
         c->glyph_end == c->glyph_start + 1 &&
         !(c->ch == ' ');
}

static void
build_runs (FyPara     *para,
            FyParaLine *line)
{
  FyCluster *c = (FyCluster *) para->clusters->data;
  guint end = line->last;

  while (end > line->first &&
         (c[end - 1].klass == FY_CLASS_SPACE || c[end - 1].klass == FY_CLASS_NEWLINE))
    end--;

  for (guint k = line->first; k < end;)
    {
      guint m = k;
      guint n_glyphs = 0;
      PangoItem *orig = g_ptr_array_index (para->items, c[k].item);
      PangoGlyphString *src = g_ptr_array_index (para->glyphs, c[k].item);
      FyGlyphRun *run;

      /* A squeezed mark is a run of its own. */
      while (m < end && c[m].item == c[k].item && c[m].color == c[k].color &&
             (m == k || !is_compressed_mark (&c[m])) &&
             (m == k || !is_compressed_mark (&c[k])))
        {
          n_glyphs += c[m].glyph_end - c[m].glyph_start;
          m++;
        }

      run = g_new0 (FyGlyphRun, 1);
      run->color = c[k].color;
      run->item = pango_item_copy (orig);
      run->item->offset = c[k].start;
      run->item->length = c[m - 1].end - c[k].start;
      run->item->num_chars = g_utf8_strlen (para->text + c[k].start, run->item->length);
      run->font = cairo_scaled_font_reference (pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (orig->analysis.font)));
      run->cairo_glyphs = g_new (cairo_glyph_t, MAX (n_glyphs, 1));
      run->clusters = g_new (cairo_text_cluster_t, m - k);
      run->x = c[k].draw_x;
      run->size = c[k].em;
      if (is_compressed_mark (&c[k]))
        {
          /* drawn from the cell's start, so that PDF output can box it */
          run->x = c[k].x;
          run->compressed_advance = c[k].width;
        }

      for (guint q = k; q < m; q++)
        {
          double origin = c[q].draw_x - run->x;
          cairo_text_cluster_t *cl = &run->clusters[run->n_clusters++];

          cl->num_bytes = c[q].end - c[q].start;
          cl->num_glyphs = 0;
          for (guint h = c[q].glyph_start; h < c[q].glyph_end; h++)
            {
              PangoGlyphInfo *info = &src->glyphs[h];
              double advance = (double) info->geometry.width / PANGO_SCALE;

              if (info->glyph & PANGO_GLYPH_UNKNOWN_FLAG)
                {
                  double box[2] = { origin, advance > 0 ? advance : c[q].em / 2 };

                  if (run->boxes == NULL)
                    run->boxes = g_array_new (FALSE, FALSE, sizeof (double));
                  g_array_append_vals (run->boxes, box, 2);
                }
              else if (info->glyph != PANGO_GLYPH_EMPTY)
                {
                  cairo_glyph_t *glyph = &run->cairo_glyphs[run->n_glyphs++];

                  glyph->index = info->glyph;
                  glyph->x = origin + (double) info->geometry.x_offset / PANGO_SCALE;
                  glyph->y = (double) info->geometry.y_offset / PANGO_SCALE;
                  cl->num_glyphs++;
                }
              origin += advance;
            }
        }

      g_ptr_array_add (line->runs, run);
      k = m;
    }
}

/* ---- blocks → paragraphs ------------------------------------------------ */

static gboolean
role_is_centered (FyStyle     *style,
                  FyStyleRole  role)
{
  return fy_style_get_role (style, role)->align == FY_ALIGN_CENTER;
}

static void
compute_title_breaks (FyPara  *para,
                      double   avail,
                      GArray **lines_out)
{
  FyCluster *c = (FyCluster *) para->clusters->data;
  guint n = para->clusters->len;
  g_autofree guint *offsets = NULL;
  g_autofree int *penalty = NULL;

  *lines_out = NULL;
  if (n == 0)
    return;

  offsets = g_new0 (guint, n);
  penalty = g_new0 (int, n);
  for (guint k = 0; k < n; k++)
    offsets[k] = c[k].start;
  fy_title_break_penalties (para->text, offsets, n, penalty);
  *lines_out = fy_linebreak_balanced (c, n, penalty, avail);
}

/* What hit tests, positions and the JSON layout need of each cluster. */
static void
place_clusters (FyPara *para)
{
  const FyCluster *c = (const FyCluster *) para->clusters->data;

  para->placed = g_array_sized_new (FALSE, TRUE, sizeof (FyPlacedCluster), para->clusters->len);
  g_array_set_size (para->placed, para->clusters->len);
  for (guint k = 0; k < para->clusters->len; k++)
    {
      FyPlacedCluster *p = &g_array_index (para->placed, FyPlacedCluster, k);

      p->start = c[k].start;
      p->end = c[k].end;
      p->src_offset = c[k].src_offset;
      p->newline = c[k].klass == FY_CLASS_NEWLINE;
      p->x = c[k].x;
      p->width = c[k].width;
      p->compressed = c[k].compressed;
    }
}

static FyPara *
build_para (FyTypesetter *self,
            Source       *src)
{
  FyStyle *style = self->style;
  const FyRoleStyle *rs = fy_style_get_role (style, src->role);
  FyPara *para = g_new0 (FyPara, 1);
  Geometry geo = { 0 };
  GArray *breaks = NULL;
  FyAlign align = rs->align;
  double pitch = fy_style_get_char_pitch (style);
  FyBreakOptions options = { fy_style_get_compress_line_start (style), fy_style_get_hanging (style),
                             rs->align == FY_ALIGN_JUSTIFY,
                             fy_style_get_punctuation (style) == FY_PUNCTUATION_FULL };

  g_atomic_ref_count_init (&para->ref_count);
  para->text = g_strdup (src->text->str);
  para->clusters = g_array_new (FALSE, TRUE, sizeof (FyCluster));
  para->lines = g_array_new (FALSE, TRUE, sizeof (FyParaLine));
  para->warnings = g_array_new (FALSE, TRUE, sizeof (FyParaWarning));
  para->items = g_ptr_array_new_with_free_func ((GDestroyNotify) pango_item_free);
  para->glyphs = g_ptr_array_new_with_free_func ((GDestroyNotify) pango_glyph_string_free);
  para->ascent = rs->size * 0.88;
  para->outline = g_strdup (src->lead);

  shape_source (self, src, para);

  /* warnings were collected on the source while shaping */
  for (guint i = 0; i < src->warnings->len; i++)
    {
      FyParaWarning w = g_array_index (src->warnings, FyParaWarning, i);

      w.message = g_strdup (w.message);
      g_array_append_val (para->warnings, w);
    }

  geo.self = self;
  geo.clusters = (FyCluster *) para->clusters->data;
  geo.n = para->clusters->len;
  geo.width = src->width > 0 ? src->width : fy_style_get_type_width (style);
  geo.indent = rs->indent * pitch;
  geo.hang_numbers = g_array_new (FALSE, TRUE, sizeof (double));

  fy_linebreak_prepare (geo.clusters, geo.n, fy_style_get_punctuation (style),
                        fy_style_get_strict (style), geo.width);

  if (src->balanced)
    compute_title_breaks (para, geo.width, &breaks);

  if (breaks == NULL)
    {
      if (src->geometry == GEOMETRY_ATTACHMENT)
        {
          measure_attachment (&geo);
          breaks = fy_linebreak_greedy (geo.clusters, geo.n, &options, attachment_geometry_cb, &geo);
        }
      else
        {
          if (src->geometry == GEOMETRY_FULL || src->geometry == GEOMETRY_PLACED)
            geo.indent = 0;
          if (src->geometry == GEOMETRY_PLACED)
            align = FY_ALIGN_LEFT;
          breaks = fy_linebreak_greedy (geo.clusters, geo.n, &options, paragraph_geometry_cb, &geo);
        }
    }
  else
    {
      for (guint i = 0; i < breaks->len; i++)
        {
          FyBreakLine *b = &g_array_index (breaks, FyBreakLine, i);

          b->x = 0;
          b->avail = geo.width;
        }
    }

  for (guint i = 0; i < breaks->len; i++)
    {
      FyBreakLine *b = &g_array_index (breaks, FyBreakLine, i);
      FyParaLine line = { 0 };

      b->grid = options.grid;
      line.first = b->first;
      line.last = b->last;
      line.last_of_paragraph = b->last_of_paragraph;
      line.width = fy_linebreak_position (geo.clusters, b, align);
      line.runs = g_ptr_array_new_with_free_func (glyph_run_free);
      build_runs (para, &line);
      g_array_append_val (para->lines, line);
    }

  g_array_unref (breaks);
  g_array_unref (geo.hang_numbers);

  place_clusters (para);
  /* Table cells are measured again for their columns, page numbers for
   * the dash's ink; other paragraphs only need what was placed. */
  if (!self->keep_clusters && src->width <= 0 && src->role != FY_STYLE_ROLE_PAGE_NUMBER)
    {
      g_clear_pointer (&para->clusters, g_array_unref);
      g_clear_pointer (&para->items, g_ptr_array_unref);
      g_clear_pointer (&para->glyphs, g_ptr_array_unref);
    }

  return para;
}

/* @used collects the cache's own key pointers: one hash per block. */
static FyPara *
lookup_para (FyTypesetter *self,
             Source       *src,
             GHashTable   *used)
{
  g_autofree char *key = source_key (src, self->style, 0);
  gpointer stored_key = NULL;
  gpointer value = NULL;
  FyPara *para;

  if (g_hash_table_lookup_extended (self->cache, key, &stored_key, &value))
    {
      self->hits++;
      para = value;
    }
  else
    {
      self->misses++;
      para = build_para (self, src);
      stored_key = g_steal_pointer (&key);
      g_hash_table_insert (self->cache, stored_key, para);
    }

  if (used != NULL)
    g_hash_table_add (used, stored_key);

  return para;
}

static FyStyleRole
style_role_for_block (FyBlock *block)
{
  switch (fy_block_get_role (block))
    {
    case FY_BLOCK_ROLE_TITLE: return FY_STYLE_ROLE_TITLE;
    case FY_BLOCK_ROLE_SUBTITLE: return FY_STYLE_ROLE_SUBTITLE;
    case FY_BLOCK_ROLE_SPEAKER: return FY_STYLE_ROLE_SPEAKER;
    case FY_BLOCK_ROLE_DATE_LINE: return FY_STYLE_ROLE_DATE;
    case FY_BLOCK_ROLE_SALUTATION: return FY_STYLE_ROLE_SALUTATION;
    case FY_BLOCK_ROLE_HEADING:
      return FY_STYLE_ROLE_HEADING_1 + CLAMP (fy_block_get_level (block), 1, 4) - 1;
    case FY_BLOCK_ROLE_CLOSING: return FY_STYLE_ROLE_CLOSING;
    case FY_BLOCK_ROLE_SIGNATURE: return FY_STYLE_ROLE_SIGNATURE;
    case FY_BLOCK_ROLE_ATTACHMENT: return FY_STYLE_ROLE_ATTACHMENT;
    case FY_BLOCK_ROLE_TABLE: return FY_STYLE_ROLE_TABLE;
    case FY_BLOCK_ROLE_PARAGRAPH:
    default:
      return FY_STYLE_ROLE_BODY;
    }
}

static gboolean
strv_contains (char       **strv,
               const char  *str)
{
  return strv != NULL && g_strv_contains ((const char * const *) strv, str);
}

/* Where run @index starts in the block's source text, in characters. */
static int
run_source_offset (FyBlock *block,
                   guint    index)
{
  int offset = 0;

  for (guint i = 0; i < index; i++)
    {
      const FyRun *run = fy_block_get_run (block, i);

      offset += g_utf8_strlen (run->text, -1) + (run->kind == FY_RUN_FIELD ? 4 : 0);
    }
  return offset;
}

static void
source_from_block (Source     *src,
                   FyDocument *document,
                   FyBlock    *block,
                   const char *number,
                   char      **field_names)
{
  FyStyleRole role = style_role_for_block (block);
  FyBlockRole brole = fy_block_get_role (block);
  int src_offset = 0;
  GString *lead = NULL;

  source_init (src, role);
  src->geometry = GEOMETRY_PARAGRAPH;
  if (brole == FY_BLOCK_ROLE_ATTACHMENT)
    src->geometry = GEOMETRY_ATTACHMENT;
  src->balanced = brole == FY_BLOCK_ROLE_TITLE;

  if (number != NULL)
    source_append (src, number, role, 0, 0, TRUE);

  if (brole == FY_BLOCK_ROLE_ATTACHMENT)
    {
      g_autofree char *text = fy_block_dup_text (block);

      if (!g_str_has_prefix (text, "附件"))
        source_append (src, "附件：", role, 0, 0, TRUE);
    }

  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    {
      const FyRun *run = fy_block_get_run (block, i);
      FyStyleRole run_role = run->kind == FY_RUN_BOLD || run->kind == FY_RUN_EMPHASIS
                             ? FY_STYLE_ROLE_BOLD_LEAD : role;

      if (run->kind == FY_RUN_MARKUP)
        {
          source_append (src, "", role, 0, g_utf8_strlen (run->text, -1), TRUE);
          continue;
        }

      if (run->kind == FY_RUN_FIELD)
        {
          g_autofree char *value = fy_document_resolve_run (document, run);
          g_autofree char *braced = g_strdup_printf ("{{%s}}", run->text);

          if (value != NULL && *value != '\0')
            source_append (src, value, role, 0, g_utf8_strlen (braced, -1), TRUE);
          else
            {
              gboolean known = strv_contains (field_names, run->text);
              g_autofree char *shown = g_strdup_printf ("〔%s〕", run->text);

              src_offset = run_source_offset (block, i);
              source_append (src, shown, role, 1, g_utf8_strlen (braced, -1), TRUE);
              source_warn (src,
                           known ? FY_LAYOUT_WARNING_UNFILLED_FIELD : FY_LAYOUT_WARNING_UNKNOWN_FIELD,
                           src_offset,
                           known ? g_strdup_printf (_("The field “%s” has no value; it prints as 〔%s〕. Fill it in the fields panel."), run->text, run->text)
                                 : g_strdup_printf (_("“%s” is not a field of this document; it prints as 〔%s〕. Add the field or correct the name."), run->text, run->text));
            }
          if (lead != NULL && i == 0)
            g_string_append (lead, run->text);
          continue;
        }

      if (run->kind == FY_RUN_BOLD)
        {
          if (lead == NULL)
            lead = g_string_new (NULL);
          g_string_append (lead, run->text);
        }

      source_append (src, run->text, run_role, 0, -1, FALSE);
    }

  if (lead != NULL)
    src->lead = g_string_free (lead, FALSE);
}

/* ---- pagination --------------------------------------------------------- */

typedef struct
{
  FyPara *para;             /* NULL for a table */
  FyTableLayout *table;
  int     block_index;
  guint   gap_before;       /* blank grid lines */
  guint   span;
  gboolean keep_with_next;  /* headings, the title group, the salutation */
  gboolean keep_with_prev;  /* the signature: never alone at a page top */
  gboolean front;           /* title, subtitle, speaker, date line */
  double  x_shift;          /* signature/date placement */
  double  date_shift;
  char   *outline;          /* heading bookmark text */
  int     outline_level;
} Placed;

typedef struct
{
  FyTypesetter *self;
  FyLayout     *layout;
  FyPage       *page;
  guint         slot;
  guint         lines_per_page;
} Pager;

/* The progress guarantee: a page is begun only when the one before holds
 * a line.  Every caller either places a line or begins a page from a
 * page with a line on it, and a line always fits an empty page (a
 * validated style's line spans are at most its lines per page, and a
 * keep unit no page can hold is relaxed), so pagination ends after at
 * most one page per line. */
static void
pager_new_page (Pager *pager)
{
  g_assert (pager->page == NULL || pager->page->lines->len > 0);
  pager->page = fy_layout_add_page (pager->layout);
  pager->slot = 0;
}

static void
pager_put_line (Pager  *pager,
                Placed *p,
                guint   line)
{
  FyStyle *style = pager->self->style;
  double pitch = fy_style_get_line_pitch (style);
  double body = fy_style_get_role (style, FY_STYLE_ROLE_BODY)->size;
  double offset = (pitch - body) / 2 + 0.88 * body;
  FyPageLine pl = { 0 };
  guint span = p->span;

  /* A line taller than a page (not from a validated style) overflows an
   * empty page rather than leaving it blank. */
  if (pager->page == NULL || (pager->slot > 0 && pager->slot + span > pager->lines_per_page))
    pager_new_page (pager);

  pl.para = fy_para_ref (p->para);
  pl.line = line;
  pl.block_index = p->block_index;
  pl.x = fy_style_get_margin_left (style) + p->x_shift + (line > 0 ? p->date_shift : 0);
  pl.top = fy_style_get_margin_top (style) + pager->slot * pitch;
  pl.height = span * pitch;
  pl.baseline = pl.top + (span - 1) * pitch + offset;
  g_array_append_val (pager->page->lines, pl);

  if (line == 0 && (p->outline != NULL || p->para->outline != NULL))
    {
      FyOutlineEntry e = { 0 };

      e.title = g_strdup (p->outline != NULL ? p->outline : p->para->outline);
      e.level = p->outline != NULL ? p->outline_level : 5;
      e.page = pager->layout->pages->len - 1;
      e.y = pl.top;
      g_array_append_val (pager->layout->outline, e);
    }

  pager->slot += span;
}

static guint
placed_n_lines (Placed *p)
{
  if (p->table != NULL)
    return fy_table_layout_count_lines (p->table, 0, p->table->n_rows);
  return p->para->lines->len;
}

/* A block set without a page break: a heading, a title block, a
 * paragraph of up to three lines (one line may not stand alone on
 * either page). */
static gboolean
placed_is_whole (Placed *p)
{
  return p->keep_with_next || placed_n_lines (p) <= 3 || p->span > 1;
}

/* The grid lines that must follow a keep-with-next block on its page:
 * all of a whole block, two lines of a paragraph. */
static guint
placed_first_chunk (Placed *p)
{
  /* a table: its first row, with the header row over it */
  if (p->table != NULL)
    return fy_table_layout_count_lines (p->table, 0, p->table->header ? 2 : 1);
  if (placed_is_whole (p))
    return placed_n_lines (p) * p->span;
  return 2 * p->span;
}

/* What must stay on one page with the start of block @b: the block and,
 * while blocks keep with the next, the next one, up to the first lines
 * of the block that ends the run.  A heading (or a run of headings) thus
 * goes with two lines of its text (GB/T 9704 practice: a heading never
 * ends a page), the title block and the salutation with the body. */
static guint
keep_need (GArray *placed,
           guint   b)
{
  Placed *p = &g_array_index (placed, Placed, b);
  guint need = placed_n_lines (p) * p->span;

  if (!p->keep_with_next)
    return need;

  for (guint q = b + 1; q < placed->len; q++)
    {
      Placed *next = &g_array_index (placed, Placed, q);

      need += next->gap_before;
      if (next->keep_with_next)
        {
          need += placed_n_lines (next) * next->span;
          continue;
        }
      need += placed_first_chunk (next);
      break;
    }

  return need;
}

/* A table breaks only between rows, never right after its header row,
 * and each page it continues on starts with the header row again. */
static void
paginate_table (Pager  *pager,
                Placed *p)
{
  FyStyle *style = pager->self->style;
  FyTableLayout *t = p->table;
  double pitch = fy_style_get_line_pitch (style);
  double size = fy_style_get_role (style, FY_STYLE_ROLE_TABLE)->size;
  double offset = (pitch - size) / 2 + 0.88 * size;
  double left = fy_style_get_margin_left (style);
  guint L = pager->lines_per_page;
  gboolean on_page = FALSE;

  for (guint r = 0; r < t->n_rows; r++)
    {
      guint need = t->row_lines[r];

      if (r == 0 && t->header && t->n_rows > 1)
        need += t->row_lines[1];
      else if (r > 0 && t->header && !on_page)
        need += t->row_lines[0];

      if (pager->slot > 0 && pager->slot + need > L)
        {
          if (on_page)
            fy_table_layout_close_page (t, pager->page);
          pager_new_page (pager);
          on_page = FALSE;
        }

      if (!on_page && r > 0 && t->header)
        {
          fy_table_layout_put_row (t, 0, pager->page, left,
                                   fy_style_get_margin_top (style) + pager->slot * pitch,
                                   pitch, offset, TRUE);
          pager->slot += t->row_lines[0];
          on_page = TRUE;
        }
      fy_table_layout_put_row (t, r, pager->page, left,
                               fy_style_get_margin_top (style) + pager->slot * pitch,
                               pitch, offset, !on_page);
      pager->slot += t->row_lines[r];
      on_page = TRUE;
    }
}

static void
paginate (FyTypesetter *self,
          FyLayout     *layout,
          GArray       *placed)
{
  Pager pager = { self, layout, NULL, 0, fy_style_get_lines_per_page (self->style) };
  guint L = pager.lines_per_page;

  pager_new_page (&pager);

  for (guint b = 0; b < placed->len; b++)
    {
      Placed *p = &g_array_index (placed, Placed, b);
      guint n = placed_n_lines (p);
      guint need;
      guint tail = 0;
      guint remaining;

      /* blank lines between blocks vanish at the top of a page */
      if (pager.slot > 0)
        {
          pager.slot += p->gap_before;
          if (pager.slot >= L)
            pager_new_page (&pager);
        }

      if (p->table != NULL)
        {
          paginate_table (&pager, p);
          continue;
        }

      /* What must stay together with the start of this block; a unit
       * no page can hold keeps only the block itself together, so
       * pagination always moves on. */
      need = keep_need (placed, b);
      if (need > L)
        need = n * p->span;

      /* A block that must not start a page alone (the signature and
       * date) takes the end of this one along. */
      if (!p->keep_with_next && b + 1 < placed->len && g_array_index (placed, Placed, b + 1).table == NULL &&
          g_array_index (placed, Placed, b + 1).keep_with_prev)
        {
          tail = g_array_index (placed, Placed, b + 1).gap_before + keep_need (placed, b + 1);
          if (tail + 2 * p->span > L)
            tail = 0;
        }

      remaining = L - pager.slot;
      if (placed_is_whole (p))
        {
          if (need + tail > remaining && pager.slot > 0 && need + tail <= L)
            pager_new_page (&pager);
          else if (need > remaining && pager.slot > 0 && need <= L)
            pager_new_page (&pager);
          for (guint i = 0; i < n; i++)
            pager_put_line (&pager, p, i);
          continue;
        }

      /* a paragraph: no single line left at the bottom or carried over */
      for (guint i = 0; i < n;)
        {
          guint left = n - i;
          gboolean break_after = FALSE;
          guint k;

          remaining = L - pager.slot;
          if (left <= remaining)
            {
              k = left;
              if (tail > 0 && pager.slot > 0 && left + tail > remaining)
                {
                  /* The signature would start the next page alone:
                   * two lines go over with it, or the whole rest. */
                  if (left >= 4)
                    {
                      k = left - 2;
                      break_after = TRUE;
                    }
                  else if (left + tail <= L)
                    k = 0;
                }
            }
          else
            {
              k = remaining;
              if (left - k < 2)
                k = left - 2;
              if (k < 2)
                k = 0;
            }

          if (k == 0 && pager.slot == 0)
            k = MIN (left, remaining);   /* a page that small: progress first */
          if (k == 0)
            {
              pager_new_page (&pager);
              continue;
            }
          for (guint m = 0; m < k; m++)
            pager_put_line (&pager, p, i + m);
          i += k;
          if (break_after)
            pager_new_page (&pager);
        }
    }
}

/* ---- page numbers ----------------------------------------------------- */

static void
add_page_numbers (FyTypesetter *self,
                  FyLayout     *layout,
                  GHashTable   *used)
{
  FyStyle *style = self->style;
  FyPageNumberPosition position = fy_style_get_page_number_position (style);
  double pitch = fy_style_get_char_pitch (style);
  double left = fy_style_get_margin_left (style);
  double width = fy_style_get_type_width (style);
  double bottom = fy_style_get_margin_top (style) + fy_style_get_type_height (style);
  const FyRoleStyle *rs = fy_style_get_role (style, FY_STYLE_ROLE_PAGE_NUMBER);

  if (position == FY_PAGE_NUMBER_NONE)
    return;

  for (guint i = 0; i < layout->pages->len; i++)
    {
      FyPage *page = g_ptr_array_index (layout->pages, i);
      g_autofree char *text = g_strdup_printf ("— %u —", i + 1);
      Source src;
      FyPara *para;
      FyParaLine *line;
      FyPageLine pl = { 0 };
      double dash_top = rs->size * 0.35;

      if (i == 0 && !fy_style_get_page_number_on_first_page (style))
        continue;

      source_init (&src, FY_STYLE_ROLE_PAGE_NUMBER);
      src.geometry = GEOMETRY_PLACED;
      source_append (&src, text, FY_STYLE_ROLE_PAGE_NUMBER, 0, 0, TRUE);
      para = lookup_para (self, &src, used);
      source_clear (&src);
      line = &g_array_index (para->lines, FyParaLine, 0);

      /* GB/T 9704 measures 7 mm to the top of the dash's ink. */
      if (para->clusters->len > 0)
        {
          FyCluster *c = &g_array_index (para->clusters, FyCluster, 0);
          PangoItem *item = g_ptr_array_index (para->items, c->item);
          PangoGlyphString *gs = g_ptr_array_index (para->glyphs, c->item);
          PangoRectangle ink;

          pango_font_get_glyph_extents (item->analysis.font, gs->glyphs[c->glyph_start].glyph, &ink, NULL);
          if (ink.height > 0)
            dash_top = -(double) ink.y / PANGO_SCALE;
        }

      pl.para = fy_para_ref (para);
      pl.line = 0;
      pl.block_index = -1;
      pl.baseline = bottom + fy_style_get_page_number_offset (style) + dash_top;
      pl.top = pl.baseline - rs->size;
      pl.height = rs->size * 1.2;
      if (position == FY_PAGE_NUMBER_CENTER)
        pl.x = left + (width - line->width) / 2;
      else if ((i + 1) % 2 == 1)
        pl.x = left + width - rs->indent * pitch - line->width;
      else
        pl.x = left + rs->indent * pitch;
      g_array_append_val (page->lines, pl);
    }
}

/* ---- FyTypesetter -------------------------------------------------------- */

static void
fy_typesetter_finalize (GObject *object)
{
  FyTypesetter *self = (FyTypesetter *) object;

  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->primary_fonts, g_hash_table_unref);
  g_clear_pointer (&self->dash_widths, g_hash_table_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_clear_pointer (&self->fonts, fy_font_set_unref);
  g_clear_object (&self->style);

  G_OBJECT_CLASS (fy_typesetter_parent_class)->finalize (object);
}

static void
fy_typesetter_class_init (FyTypesetterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_typesetter_finalize;
}

static void
fy_typesetter_init (FyTypesetter *self)
{
  cairo_font_options_t *options;

  /* fontconfig may have reloaded its configuration since the fonts were
   * resolved: Fayan's own folders go back in before a font map is made. */
  fy_fonts_ensure_folders ();
  self->fonts = fy_font_set_new_automatic ();
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) fy_para_unref);
  self->primary_fonts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->dash_widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Our own font map: PangoFontMaps are not thread-safe, and the default
   * one belongs to the GUI thread. */
  self->font_map = pango_cairo_font_map_new ();
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (self->font_map), 72);
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context, pango_language_from_string ("zh-cn"));

  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
}

/**
 * fy_typesetter_new:
 * @style: the style to set documents in
 *
 * Returns: (transfer full): a new typesetter
 */
FyTypesetter *
fy_typesetter_new (FyStyle *style)
{
  FyTypesetter *self;

  g_return_val_if_fail (FY_IS_STYLE (style), NULL);

  self = g_object_new (FY_TYPE_TYPESETTER, NULL);
  self->style = g_object_ref (style);
  return self;
}

/**
 * fy_typesetter_new_with_fonts:
 * @style: the style to set documents in
 * @fonts: the font per role (fy_environment_dup_font_set())
 *
 * Returns: (transfer full): a new typesetter
 */
FyTypesetter *
fy_typesetter_new_with_fonts (FyStyle   *style,
                              FyFontSet *fonts)
{
  FyTypesetter *self;

  g_return_val_if_fail (FY_IS_STYLE (style), NULL);
  g_return_val_if_fail (fonts != NULL, NULL);

  self = fy_typesetter_new (style);
  g_clear_pointer (&self->fonts, fy_font_set_unref);
  self->fonts = fy_font_set_ref (fonts);
  return self;
}

FyStyle *
fy_typesetter_get_style (FyTypesetter *self)
{
  g_return_val_if_fail (FY_IS_TYPESETTER (self), NULL);
  return self->style;
}

void
fy_typesetter_keep_clusters (FyTypesetter *self,
                             gboolean      keep)
{
  g_return_if_fail (FY_IS_TYPESETTER (self));
  self->keep_clusters = keep;
}

void
fy_typesetter_clear_cache (FyTypesetter *self)
{
  g_return_if_fail (FY_IS_TYPESETTER (self));
  g_hash_table_remove_all (self->cache);
}

void
fy_typesetter_get_cache_stats (FyTypesetter *self,
                               guint        *hits,
                               guint        *misses)
{
  g_return_if_fail (FY_IS_TYPESETTER (self));

  if (hits != NULL)
    *hits = self->hits;
  if (misses != NULL)
    *misses = self->misses;
}

static void
add_substitution_warnings (FyTypesetter *self,
                           FyLayout     *layout,
                           gboolean     *font_roles_used)
{
  for (guint r = 0; r < FY_FONT_N_ROLES; r++)
    {
      const FyFontChoice *choice;
      g_autofree char *message = NULL;

      if (!font_roles_used[r])
        continue;
      choice = fy_font_set_get_choice (self->fonts, r);
      if (!choice->substituted)
        continue;

      message = g_strdup_printf (_("Font role %s: “%s” is not installed; “%s”%s is used instead. Install the office font to print as the standard requires."),
                                 fy_font_role_to_string (r), choice->wanted, choice->family,
                                 choice->bold ? _(" (bold)") : "");
      fy_layout_add_warning (layout, FY_LAYOUT_WARNING_FONT_SUBSTITUTION, message, -1, -1);
    }

  if (fy_font_set_get_latin_family (self->fonts) == NULL)
    {
      fy_layout_add_warning (layout, FY_LAYOUT_WARNING_FONT_SUBSTITUTION,
                             _("No Times New Roman style font is installed; Latin letters and digits use the Chinese faces. Install fonts-liberation for a separate Latin face."),
                             -1, -1);
    }
}

static gboolean
block_is_front (FyBlockRole role)
{
  return role == FY_BLOCK_ROLE_TITLE || role == FY_BLOCK_ROLE_SUBTITLE ||
         role == FY_BLOCK_ROLE_SPEAKER || role == FY_BLOCK_ROLE_DATE_LINE;
}

/* GB/T 9704 7.3.5.3: signature 2 字 in from the right; the date on the
 * next line, its first character 2 字 right of the signature's; if the
 * date is longer, the date is 2 字 in and the signature moves left. */
static void
place_signature (FyTypesetter *self,
                 Placed       *sig,
                 Placed       *date)
{
  double width = fy_style_get_type_width (self->style);
  double cell = fy_style_get_char_pitch (self->style);
  FyParaLine *first = &g_array_index (sig->para->lines, FyParaLine, 0);
  double name_w = first->width;
  double date_w = 0;
  double name_x, date_x;

  if (date != NULL)
    date_w = g_array_index (date->para->lines, FyParaLine, 0).width;
  else if (sig->para->lines->len > 1)
    date_w = g_array_index (sig->para->lines, FyParaLine, 1).width;

  if (date_w > 0 && date_w + 2 * cell > name_w)
    {
      date_x = width - 2 * cell - date_w;
      name_x = date_x - 2 * cell;
    }
  else
    {
      name_x = width - 2 * cell - name_w;
      date_x = name_x + 2 * cell;
    }

  sig->x_shift = MAX (0, name_x);
  if (date != NULL)
    date->x_shift = MAX (0, date_x);
  else
    sig->date_shift = MAX (0, date_x) - sig->x_shift;
}

/* See FY_TYPESETTER_MAX_BLOCKS and friends in fy-typesetter.h. */
static void
add_para_warnings (FyLayout *layout,
                   FyPara   *para,
                   int       block_index)
{
  for (guint w = 0; w < para->warnings->len; w++)
    {
      FyParaWarning *pw = &g_array_index (para->warnings, FyParaWarning, w);

      fy_layout_add_warning (layout, pw->kind, pw->message, block_index, pw->char_offset);
    }
}

/* ---- tables --------------------------------------------------------------- */

typedef struct
{
  FyTypesetter *self;
  FyDocument   *document;
  GPtrArray    *cells;          /* FyBlock, row by row */
  guint         n_columns;
  gboolean      header;
  char        **field_names;
  GHashTable   *used;
} TableCells;

static FyPara *
table_cell_cb (gpointer data,
               guint    row,
               guint    column,
               double   width)
{
  TableCells *tc = data;
  FyBlock *cell = g_ptr_array_index (tc->cells, row * tc->n_columns + column);
  FyStyleRole role = tc->header && row == 0 ? FY_STYLE_ROLE_TABLE_HEADER : FY_STYLE_ROLE_TABLE;
  Source src;
  FyPara *para;

  source_from_block (&src, tc->document, cell, NULL, tc->field_names);
  src.role = role;
  src.geometry = GEOMETRY_FULL;
  src.width = width;
  g_clear_pointer (&src.lead, g_free);
  for (guint s = 0; s < src.segments->len; s++)
    g_array_index (src.segments, Segment, s).role = role;

  para = lookup_para (tc->self, &src, tc->used);
  source_clear (&src);
  return para;
}

/* A table block: its cells set at their columns' widths, placed by
 * paginate_table(). */
static void
place_table (FyTypesetter *self,
             FyDocument   *document,
             guint         index,
             char        **field_names,
             GHashTable   *used,
             gboolean     *font_roles_used,
             GArray       *placed)
{
  FyBlock *block = fy_document_get_block (document, index);
  TableCells tc = { self, document, NULL, 0, fy_block_get_table_header (block), field_names, used };
  const FyRoleStyle *rs = fy_style_get_role (self->style, FY_STYLE_ROLE_TABLE);
  guint n_rows = 0;
  Placed p = { 0 };

  tc.cells = fy_table_split_cells (block, &n_rows, &tc.n_columns);
  p.table = fy_table_layout_new (n_rows, tc.n_columns, tc.header,
                                 fy_style_get_type_width (self->style), role_cell (self, rs->size),
                                 table_cell_cb, &tc);
  p.table->block_index = index;
  p.block_index = index;
  p.span = 1;
  font_roles_used[rs->font_role] = TRUE;
  if (tc.header)
    font_roles_used[fy_style_get_role (self->style, FY_STYLE_ROLE_TABLE_HEADER)->font_role] = TRUE;

  if (placed->len > 0)
    {
      Placed *prev = &g_array_index (placed, Placed, placed->len - 1);
      const FyRoleStyle *prs = fy_style_get_role (self->style, style_role_for_block (fy_document_get_block (document, prev->block_index)));

      p.gap_before = MAX (prs->lines_after, rs->lines_before);
    }

  g_ptr_array_unref (tc.cells);
  g_array_append_val (placed, p);
}

static gboolean
check_limits (FyDocument  *document,
              GError     **error)
{
  guint n_blocks = fy_document_get_n_blocks (document);
  guint64 total = 0;

  if (n_blocks > FY_TYPESETTER_MAX_BLOCKS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
                   _("The document has %u paragraphs; Fayan lays out at most %u. "
                     "Split it into several documents."),
                   n_blocks, (guint) FY_TYPESETTER_MAX_BLOCKS);
      return FALSE;
    }

  for (guint i = 0; i < n_blocks; i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      guint n_runs = fy_block_get_n_runs (block);
      guint64 chars = 0;

      for (guint r = 0; r < n_runs; r++)
        {
          const FyRun *run = fy_block_get_run (block, r);

          if (run->kind == FY_RUN_FIELD)
            {
              g_autofree char *value = fy_document_resolve_run (document, run);

              chars += value != NULL ? g_utf8_strlen (value, -1) : 0;
            }
          else
            chars += g_utf8_strlen (run->text, -1);
        }

      if (chars > FY_TYPESETTER_MAX_BLOCK_CHARS)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
                       _("Paragraph %u has %lu characters (field values "
                         "included); Fayan lays out at most %u in one paragraph. "
                         "Split it into shorter paragraphs."),
                       i + 1, (gulong) chars, (guint) FY_TYPESETTER_MAX_BLOCK_CHARS);
          return FALSE;
        }

      total += chars;
      if (total > FY_TYPESETTER_MAX_CHARS)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
                       _("The document has more than %u characters (field values included), "
                         "more than Fayan lays out at once. Split it into several documents."),
                       (guint) FY_TYPESETTER_MAX_CHARS);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * fy_typesetter_layout:
 * @self: a #FyTypesetter
 * @document: the document; not modified (use a copy in a worker thread)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Typesets @document.  A document beyond FY_TYPESETTER_MAX_BLOCKS,
 * FY_TYPESETTER_MAX_BLOCK_CHARS or FY_TYPESETTER_MAX_CHARS is refused
 * with %FY_ERROR_LIMIT.
 *
 * Returns: (transfer full): the layout, or %NULL if cancelled or refused
 */
FyLayout *
fy_typesetter_layout (FyTypesetter  *self,
                      FyDocument    *document,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GHashTable) used = NULL;
  g_autoptr(GArray) placed = NULL;
  g_auto(GStrv) field_names = NULL;
  FyHeadingCounter counter;
  gboolean font_roles_used[FY_FONT_N_ROLES] = { FALSE };
  guint n_blocks;
  FyBlockRole prev_role = FY_BLOCK_ROLE_PARAGRAPH;
  gboolean have_prev = FALSE;

  g_return_val_if_fail (FY_IS_TYPESETTER (self), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_limits (document, error))
    return NULL;

  layout = fy_layout_new (self->style);
  used = g_hash_table_new (NULL, NULL);
  placed = g_array_new (FALSE, TRUE, sizeof (Placed));
  field_names = fy_document_dup_field_names (document);
  n_blocks = fy_document_get_n_blocks (document);
  fy_heading_counter_init (&counter, fy_document_get_numbering (document));

  for (guint i = 0; i < n_blocks; i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      FyBlockRole brole = fy_block_get_role (block);
      g_autofree char *number = NULL;
      const FyRoleStyle *rs;
      Source src;
      Placed p = { 0 };

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          for (guint q = 0; q < placed->len; q++)
            {
              g_free (g_array_index (placed, Placed, q).outline);
              g_clear_pointer (&g_array_index (placed, Placed, q).para, fy_para_unref);
              g_clear_pointer (&g_array_index (placed, Placed, q).table, fy_table_layout_free);
            }
          return NULL;
        }

      /* A fence line or an HTML block is kept for the exports only. */
      if (fy_block_is_markup_only (block))
        continue;

      if (brole == FY_BLOCK_ROLE_HEADING)
        {
          g_autofree char *heading = fy_document_dup_block_text (document, i);

          number = fy_heading_counter_next (&counter, fy_block_get_level (block), heading);
        }

      if (brole == FY_BLOCK_ROLE_TABLE)
        {
          place_table (self, document, i, field_names, used, font_roles_used, placed);
          have_prev = TRUE;
          prev_role = brole;
          continue;
        }

      source_from_block (&src, document, block, number, field_names);
      if (brole == FY_BLOCK_ROLE_SIGNATURE ||
          (brole == FY_BLOCK_ROLE_DATE_LINE && have_prev && prev_role == FY_BLOCK_ROLE_SIGNATURE))
        {
          /* placed by place_signature() */
          src.geometry = GEOMETRY_PLACED;
        }
      else if (role_is_centered (self->style, src.role) ||
               brole == FY_BLOCK_ROLE_SALUTATION)
        src.geometry = GEOMETRY_FULL;

      /* centred lines (title, subtitle, speaker) break at words, evenly */
      if (role_is_centered (self->style, src.role) && src.geometry != GEOMETRY_PLACED &&
          strchr (src.text->str, '\n') == NULL)
        src.balanced = TRUE;

      for (guint s = 0; s < src.segments->len; s++)
        font_roles_used[fy_style_get_role (self->style,
                                           g_array_index (src.segments, Segment, s).role)->font_role] = TRUE;

      p.para = fy_para_ref (lookup_para (self, &src, used));
      p.block_index = i;
      rs = fy_style_get_role (self->style, src.role);
      p.span = MAX (1, rs->line_span);
      p.front = block_is_front (brole);
      p.keep_with_next = brole == FY_BLOCK_ROLE_HEADING || p.front ||
                         brole == FY_BLOCK_ROLE_SALUTATION;
      p.keep_with_prev = brole == FY_BLOCK_ROLE_SIGNATURE;
      if (brole == FY_BLOCK_ROLE_HEADING)
        {
          g_autofree char *text = fy_document_dup_block_text (document, i);

          p.outline = g_strconcat (number != NULL ? number : "", text, NULL);
          p.outline_level = fy_block_get_level (block);
        }

      if (have_prev)
        {
          Placed *prev = &g_array_index (placed, Placed, placed->len - 1);
          const FyRoleStyle *prs = fy_style_get_role (self->style, style_role_for_block (fy_document_get_block (document, prev->block_index)));

          if (prev->front && p.front)
            p.gap_before = 0;
          else
            p.gap_before = MAX (prs->lines_after, rs->lines_before);
          if (prev_role == FY_BLOCK_ROLE_SIGNATURE && brole == FY_BLOCK_ROLE_DATE_LINE)
            p.gap_before = 0;
        }

      source_clear (&src);
      g_array_append_val (placed, p);
      have_prev = TRUE;
      prev_role = brole;
    }

  /* signature and date */
  for (guint b = 0; b < placed->len; b++)
    {
      Placed *p = &g_array_index (placed, Placed, b);
      FyBlockRole brole = fy_block_get_role (fy_document_get_block (document, p->block_index));

      if (brole != FY_BLOCK_ROLE_SIGNATURE)
        continue;
      if (b + 1 < placed->len &&
          fy_block_get_role (fy_document_get_block (document, p[1].block_index)) == FY_BLOCK_ROLE_DATE_LINE)
        {
          place_signature (self, p, p + 1);
          p->keep_with_next = TRUE;
          b++;
        }
      else
        place_signature (self, p, NULL);
    }

  paginate (self, layout, placed);
  add_page_numbers (self, layout, used);
  if (fy_style_get_page_number_position (self->style) != FY_PAGE_NUMBER_NONE)
    font_roles_used[fy_style_get_role (self->style, FY_STYLE_ROLE_PAGE_NUMBER)->font_role] = TRUE;

  add_substitution_warnings (self, layout, font_roles_used);

  /* paragraph warnings, in document order */
  for (guint b = 0; b < placed->len; b++)
    {
      Placed *p = &g_array_index (placed, Placed, b);

      if (p->table != NULL)
        {
          for (guint c = 0; c < p->table->n_rows * p->table->n_columns; c++)
            add_para_warnings (layout, p->table->cells[c], p->block_index);
          fy_table_layout_free (p->table);
          continue;
        }
      add_para_warnings (layout, p->para, p->block_index);
      fy_para_unref (p->para);
      g_free (p->outline);
    }

  /* drop cached paragraphs this document no longer has */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, self->cache);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        if (!g_hash_table_contains (used, key))
          g_hash_table_iter_remove (&iter);
      }
  }

  return g_steal_pointer (&layout);
}

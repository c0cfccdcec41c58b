/* fy-typesetter-shape.c — paragraph sources shaped, broken and cached as FyPara
 *
 * Pango itemises, picks fallback fonts and shapes (HarfBuzz); everything
 * after that is ours: clusters are classified, broken into lines by
 * fy-linebreak.c on the style's character grid, and every line's glyphs
 * are given their final positions here, so that the renderer only draws.
 * Paragraphs are cached by the typesetter under fy_para_source_key().
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

#include "fy-linebreak-private.h"
#include "fy-title-break.h"
#include "fy-title-break-private.h"
#include "fy-title-lexicon.h"
#include "fy-typesetter-private.h"
#include "fy-web-text-private.h"

typedef struct
{
  FyTypesetter *self;
  FyCluster    *clusters;
  guint         n;
  double        indent;
  double        width;
  double        hang_prefix;     /* attachment: width of 附件： */
  GArray       *hang_numbers;    /* attachment: width of each item's number */
  gboolean      indent_all;      /* every line at the indent: a row of names */
} Geometry;


/* ---- FyPara ---------------------------------------------------------- */

static void
glyph_run_free (gpointer data)
{
  FyGlyphRun *run = data;

  g_clear_object (&run->pango_font);
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

/* A unit's product dot inside a Latin run (kW·h, t/km²·a), set in the
 * Latin face with its neighbours (fy-linebreak.c: latin_middle_dots()),
 * not the CJK face's interpunct a full em wide.  @q follows the run's
 * first character. */
static gboolean
is_unit_dot (const char *q,
             const char *end)
{
  const char *next = g_utf8_next_char (q);

  return next < end && fy_linebreak_is_unit_dot (g_utf8_get_char (g_utf8_prev_char (q)), g_utf8_get_char (q),
                                                 g_utf8_get_char (next));
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

double
fy_typesetter_role_cell (FyTypesetter *self,
                         double        size)
{
  double body = fy_style_get_role (self->style, FY_STYLE_ROLE_BODY)->size;

  return size * fy_style_get_char_pitch (self->style) / body;
}

/* Whether @ch is a full-width mark (“ ， 。 《 ·), not a Latin one. */
static gboolean
is_full_mark (gunichar    ch,
              FyCharClass kl)
{
  return ch >= 0x2000 && (kl == FY_CLASS_OPEN || kl == FY_CLASS_CLOSE || kl == FY_CLASS_COMMA ||
                          kl == FY_CLASS_STOP || kl == FY_CLASS_MIDDLE);
}

/* The attributes @src is shaped with: each segment in its role's face,
 * Latin letters and digits in the Latin face, dashes and ellipses full
 * width (U+2014 is 0.89 em in Noto CJK without fwid), in 宋体 where the
 * role's face has no full-width dash, and full-width marks in the face
 * the role draws them from where its own face's are hairlines
 * (FyFontChoice.marks_family). */
static PangoAttrList *
source_attributes (FyTypesetter *self,
                   FyParaSource *src)
{
  const char *text = src->text->str;
  PangoAttrList *attrs = pango_attr_list_new ();

  for (guint i = 0; i < src->segments->len; i++)
    {
      FyParaSegment *s = &g_array_index (src->segments, FyParaSegment, i);
      PangoFontDescription *desc = describe_role (self, s->role, FALSE);
      PangoAttribute *attr = pango_attr_font_desc_new (desc);
      const char *marks = fy_font_set_get_choice (self->fonts,
                                                  fy_style_get_role (self->style, s->role)->font_role)->marks_family;
      const char *p;

      attr->start_index = s->start;
      attr->end_index = s->end;
      pango_attr_list_insert (attrs, attr);
      pango_font_description_free (desc);

      for (p = text + s->start; p < text + s->end;)
        {
          gunichar ch = g_utf8_get_char (p);
          const char *q = p;
          FyCharClass kl = fy_linebreak_classify (ch);

          if (uses_latin_face (ch))
            {
              while (q < text + s->end && (uses_latin_face (g_utf8_get_char (q)) ||
                                           is_unit_dot (q, text + s->end)))
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
          else if (marks != NULL && is_full_mark (ch, kl))
            {
              while (q < text + s->end && is_full_mark (g_utf8_get_char (q), fy_linebreak_classify (g_utf8_get_char (q))))
                q = g_utf8_next_char (q);
              attr = pango_attr_family_new (marks);
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

  return attrs;
}

/* Reports cluster @c of segment @s if the face its role chose cannot
 * draw it: a box (@unknown), or a character Pango took from another
 * font.  Pango keeps a character in the primary font whenever it can, so
 * only clusters in another font need a closer look.  @seg_fonts caches
 * the segment's primary CJK and Latin fonts. */
static void
check_cluster_font (FyTypesetter        *self,
                    FyParaSource        *src,
                    const FyParaSegment *s,
                    const FyCluster     *c,
                    PangoItem           *item,
                    gboolean             unknown,
                    PangoFont          **seg_fonts)
{
  const char *text = src->text->str;
  gboolean latin = uses_latin_face (c->ch);
  PangoFont *font = seg_fonts[latin];

  if (c->klass == FY_CLASS_SPACE || c->klass == FY_CLASS_NEWLINE || g_unichar_iscntrl (c->ch))
    return;

  if (font == NULL)
    {
      PangoFontDescription *desc = describe_role (self, s->role, latin);

      font = seg_fonts[latin] = primary_font (self, desc);
      pango_font_description_free (desc);
    }

  if (unknown)
    fy_para_source_warn (src, FY_LAYOUT_WARNING_MISSING_GLYPH, c->src_offset,
                 g_strdup_printf (_("No installed font can draw “%2$.*1$s” (U+%3$04X); it prints as a box. Install a font that has it or use another character."),
                                  (int) (c->end - c->start), text + c->start, c->ch));
  else if (font != NULL && font != item->analysis.font &&
           c->klass != FY_CLASS_DASH && !pango_font_has_char (font, c->ch))
    {
      PangoFontDescription *wanted = pango_font_describe (font);
      PangoFontDescription *used = pango_font_describe (item->analysis.font);
      FyFontRole font_role = fy_style_get_role (self->style, s->role)->font_role;

      fy_para_source_warn (src, FY_LAYOUT_WARNING_FALLBACK_GLYPH, c->src_offset,
                   g_strdup_printf (_("Font role %1$s: “%3$.*2$s” (U+%4$04X) is not in “%5$s”; it is drawn with “%6$s”, the nearest face of the same style. Use a font that has it or another character."),
                                    fy_font_role_to_string (font_role),
                                    (int) (c->end - c->start), text + c->start, c->ch,
                                    pango_font_description_get_family (wanted),
                                    pango_font_description_get_family (used)));
      pango_font_description_free (wanted);
      pango_font_description_free (used);
    }
}

/* The cluster of glyphs [@g, @h) of @item, item @item_index of its
 * paragraph, shaped into @glyphs and @advance Pango units wide: where it
 * stands in @text, its first character and that character's class. */
static FyCluster
glyph_cluster (const char       *text,
               PangoItem        *item,
               guint             item_index,
               PangoGlyphString *glyphs,
               int               g,
               int               h,
               double            advance)
{
  FyCluster c = { 0 };

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

  return c;
}

static void
shape_source (FyTypesetter *self,
              FyParaSource *src,
              FyPara       *para)
{
  const char *text = src->text->str;
  int length = src->text->len;
  PangoAttrList *attrs;
  GList *items, *l;
  guint seg_index = 0;
  guint checked_seg = G_MAXUINT;
  PangoFont *seg_fonts[2] = { NULL, NULL };
  guint char_index = 0;
  const char *char_ptr = text;

  fy_para_source_resolve_offsets (src);
  attrs = source_attributes (self, src);
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
          FyCluster c;
          FyParaSegment *s;
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

          c = glyph_cluster (text, item, item_index, glyphs, g, h, advance);

          while (seg_index + 1 < src->segments->len &&
                 g_array_index (src->segments, FyParaSegment, seg_index).end <= c.start)
            seg_index++;
          s = &g_array_index (src->segments, FyParaSegment, seg_index);

          while (char_ptr < text + c.start)
            {
              char_ptr = g_utf8_next_char (char_ptr);
              char_index++;
            }

          c.src_offset = s->whole ? s->src_base : s->src_base + (int) (char_index - s->char_start);
          c.em = fy_style_get_role (self->style, s->role)->size;
          c.cell = fy_typesetter_role_cell (self, c.em);
          c.color = s->color;

          if (seg_index != checked_seg)
            {
              checked_seg = seg_index;
              seg_fonts[0] = seg_fonts[1] = NULL;
            }
          check_cluster_font (self, src, s, &c, item, unknown, seg_fonts);

          g_array_append_val (para->clusters, c);
          g = h;
        }
    }

  g_list_free (items);
  pango_attr_list_unref (attrs);
}

/* ---- geometry ------------------------------------------------------------ */

/* The first line is indented; a line break (Shift+Enter) continues the
 * paragraph, flush left, as Word and WPS set it: only a new paragraph
 * starts with an indent. */
static void
paragraph_geometry_cb (gpointer  data,
                       guint     first,
                       guint     segment,
                       gboolean  first_of_segment,
                       double   *x,
                       double   *avail)
{
  Geometry *geo = data;

  *x = (first_of_segment && segment == 0) || geo->indent_all ? geo->indent : 0;
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

/* A name or an organ longer than this may break (市人大常委会办公室 is 9,
 * 国网青川县供电公司主要负责同志 15): no line overflows. */
#define LISTED_NAME_MAX_CHARS 20

/* Whether the ideographic space @k pads a two-character name to three
 * cells (陈　静, 王　芳（女）): one Han character before it since the
 * last parting, one after it and no more. */
static gboolean
pads_listed_name (const FyCluster *c,
                  guint            n,
                  guint            start,
                  guint            k)
{
  return c[k].klass == FY_CLASS_IDEO_SPACE && k == start + 1 && c[start].klass == FY_CLASS_HAN &&
         k + 1 < n && c[k + 1].klass == FY_CLASS_HAN && (k + 2 >= n || c[k + 2].klass != FY_CLASS_HAN);
}

/* A list of names or organs (出席：沈立群　高建明, 列席：县林业局、
 * 县财政局, a 表彰决定's row 王建军　　胡晓燕（女）　　马　超): each
 * name, with its padding and its bracket, and each organ is kept whole
 * where it fits @width (胡晓|燕（女）, 县林业|局 read badly), and no line
 * starts with the spaces between two names.  The list breaks only after
 * those spaces, or, with @marks_part, after the ，、：that part two
 * names. */
static void
keep_listed_names (FyCluster *c,
                   guint      n,
                   double     width,
                   gboolean   marks_part)
{
  guint start = 0;
  double w = 0;

  for (guint k = 0; k <= n; k++)
    {
      gboolean space = k < n && (c[k].klass == FY_CLASS_IDEO_SPACE || c[k].klass == FY_CLASS_SPACE);
      gboolean parts = k == n || c[k].klass == FY_CLASS_NEWLINE ||
                       (space && !pads_listed_name (c, n, start, k)) ||
                       (marks_part && (c[k].klass == FY_CLASS_COMMA || c[k].ch == ','));

      if (!parts)
        {
          w += c[k].base;
          continue;
        }
      if (w <= width + 0.01 && k - start <= LISTED_NAME_MAX_CHARS)
        for (guint m = start + 1; m < k; m++)
          c[m].in_unit = TRUE;
      if (space && k > 0)
        c[k].in_unit = TRUE;
      start = k + 1;
      w = 0;
    }
}

/* ---- glyph runs ---------------------------------------------------------- */

/* Trimmed by more than PDF readers tolerate as overlap (0.2 em), or a
 * proportional mark (a 楷体 or 黑体 face's narrow “ ”) set in a wider cell:
 * PDF readers take its box from the glyph's own advance and read the
 * rest of the cell as a gap between characters. */
static gboolean
is_compressed_mark (const FyCluster *c)
{
  return (c->compressed > 0.15 * c->em || c->width - c->advance > 0.15 * c->em) &&
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

      /* One run per font and colour; a squeezed mark is a run of its own. */
      while (m < end && c[m].item == c[k].item && c[m].color == c[k].color &&
             (m == k || !is_compressed_mark (&c[m])) &&
             (m == k || !is_compressed_mark (&c[k])))
        {
          n_glyphs += c[m].glyph_end - c[m].glyph_start;
          m++;
        }

      run = g_new0 (FyGlyphRun, 1);
      run->color = c[k].color;
      run->offset = c[k].start;
      run->length = c[m - 1].end - c[k].start;
      run->pango_font = orig->analysis.font != NULL ? g_object_ref (orig->analysis.font) : NULL;
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

gboolean
fy_typesetter_role_is_centered (FyStyle     *style,
                                FyStyleRole  role)
{
  return fy_style_get_role (style, role)->align == FY_ALIGN_CENTER;
}

static void
compute_title_breaks (FyTypesetter  *self,
                      FyPara        *para,
                      double         avail,
                      GArray       **lines_out)
{
  FyCluster *c = (FyCluster *) para->clusters->data;
  guint n = para->clusters->len;
  g_autofree guint *offsets = NULL;
  g_autofree int *penalty = NULL;

  *lines_out = NULL;
  /* Weighing breaks by meaning looks around every position, and the
   * balanced search gives up past MAX_TITLE_CANDIDATES anyway: a "title"
   * of hundreds of characters (a paragraph pasted as one) is broken
   * first-fit without weighing its breaks. */
  if (n == 0 || n > 4 * MAX_TITLE_CANDIDATES)
    return;

  offsets = g_new0 (guint, n);
  penalty = g_new0 (int, n);
  for (guint k = 0; k < n; k++)
    offsets[k] = c[k].start;
  fy_title_break_penalties (para->text, offsets, n, self->title_lexicon, self->title_model, penalty);
  *lines_out = fy_linebreak_balanced (c, n, penalty, avail);
  /* a name longer than a line: broken where it costs least, not
   * first-fit through a word */
  if (*lines_out == NULL && n <= MAX_TITLE_CANDIDATES)
    {
      fy_title_break_relax (para->text, offsets, n, self->title_lexicon, penalty);
      *lines_out = fy_linebreak_balanced (c, n, penalty, avail);
    }
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

#define CELL_WORD_MAX_CHARS 4
/* The names of organs a table cell keeps whole where its column has
 * the width: 县市场监督管理局, 东城区交通运输局. */
#define CELL_NAME_MAX_CHARS 8

static void
set_soft_units (FyCluster      *c,
                guint           n,
                const gboolean *marked,
                gboolean        on)
{
  for (guint k = 0; k < n; k++)
    if (marked[k])
      c[k].in_unit = c[k].soft_unit = on;
}

/* Marks in @inside the bytes inside the names of organs in @para's text
 * no longer than CELL_NAME_MAX_CHARS (a longer one, 市道路运输事业发展中心,
 * breaks between its words) that fit in @width: a name that does not
 * breaks between its words too, not at the line's end. */
static void
find_cell_names (FyPara   *para,
                 double    width,
                 gboolean *inside)
{
  const char *text = para->text;
  const FyCluster *c = (const FyCluster *) para->clusters->data;
  g_autofree double *advance = g_new0 (double, strlen (text) + 1);
  gsize len = strlen (text);
  g_autofree gboolean *forbid = g_new0 (gboolean, len + 1);
  const char *p = text;

  for (guint k = 0; k < para->clusters->len; k++)
    advance[c[k].start] = c[k].base;
  fy_title_find_organs (text, NULL, forbid, NULL);
  while (*p)
    {
      const char *end = g_utf8_next_char (p);
      glong chars = 1;
      double w = advance[p - text];

      while (*end && forbid[end - text])
        {
          w += advance[end - text];
          end = g_utf8_next_char (end);
          chars++;
        }
      if (chars > 1 && chars <= CELL_NAME_MAX_CHARS && w <= width)
        for (const char *q = g_utf8_next_char (p); q < end; q = g_utf8_next_char (q))
          inside[q - text] = TRUE;
      p = end;
    }
}

/* The most characters, 、 included, inside a bracket that qualifies. */
#define QUALIFIER_MAX_CHARS 5

/* A bracket of a few Han characters, or a list of them, that qualifies
 * the character before it (县（市、区）, 村（社区）, 乡镇（街道）) is
 * one word with it, in a table cell as in a title: 县（市、|区） reads
 * badly.  Like an organ's name, the word stays on one line where it fits
 * @width, and may break before its bracket (县|（市、区）), never inside
 * it.  A unit in brackets (收入（元）, 面积（万亩）) is no qualifier: a
 * header may put it on a line of its own.  Marks the clusters so kept
 * in @marked. */
static void
keep_qualifier_brackets (FyCluster *c,
                         guint      n,
                         double     width,
                         gboolean  *marked)
{
  for (guint k = 1; k < n; k++)
    {
      guint j, han = 0;
      double w = c[k - 1].base;

      if (c[k].ch != 0xFF08 /* （ */ || c[k - 1].klass != FY_CLASS_HAN)
        continue;
      for (j = k + 1; j < n && j <= k + QUALIFIER_MAX_CHARS; j++)
        if (c[j].klass == FY_CLASS_HAN)
          han++;
        else if (c[j].ch != 0x3001 /* 、 */)
          break;
      if (j >= n || c[j].ch != 0xFF09 /* ） */ || han == 0 || c[k + 1].ch == 0x3001 ||
          g_utf8_strchr ("元亩吨人户个次米克", -1, c[j - 1].ch) != NULL)
        continue;
      for (guint m = k; m <= j; m++)
        w += c[m].base;
      for (guint m = k + 1; m <= j; m++)
        marked[m] = marked[m] || !c[m].in_unit;
      if (w <= width && !c[k].in_unit)
        {
          marked[k] = TRUE;
          c[k].name_unit = TRUE;
        }
      k = j;
    }
}

/* In a table cell a word of a few characters (序号, 增长, 排名) and a
 * range of numbers (1—10月, 3-5) stay on one line where another break
 * serves, and a column is no narrower than its longest such word
 * (fy-table-layout.c measures units whole): a narrow column breaks
 * between words, unless that costs the cell a line (see build_para()).
 * By preference only (soft units), so a column squeezed narrower still
 * splits them.  Returns the clusters so marked, by index. */
static gboolean *
keep_cell_words (const FyTitleLexicon *lexicon,
                 FyPara               *para,
                 double                width)
{
  FyCluster *c = (FyCluster *) para->clusters->data;
  guint n = para->clusters->len;
  const char *text = para->text;
  g_autoptr(GArray) words = fy_title_lexicon_segment (lexicon, text);
  g_autofree gboolean *inside = g_new0 (gboolean, strlen (text) + 1);
  g_autofree gboolean *names = g_new0 (gboolean, strlen (text) + 1);
  gboolean *marked = g_new0 (gboolean, n + 1);

  for (guint i = 0; words != NULL && i < words->len; i++)
    {
      const FyTitleWord *w = &g_array_index (words, FyTitleWord, i);
      glong chars = g_utf8_strlen (text + w->start, w->end - w->start);

      if (chars < 2 || chars > CELL_WORD_MAX_CHARS)
        continue;
      for (const char *p = g_utf8_next_char (text + w->start); p < text + w->end; p = g_utf8_next_char (p))
        inside[p - text] = TRUE;
    }

  find_cell_names (para, width, names);
  for (guint k = 1; k < n; k++)
    {
      gboolean range = (c[k].klass == FY_CLASS_DASH || c[k].klass == FY_CLASS_CONNECTOR ||
                        c[k].ch == '-' || c[k].ch == '~') &&
                       k + 1 < n && g_unichar_isdigit (c[k - 1].ch) && g_unichar_isdigit (c[k + 1].ch);

      if (range)
        marked[k] = marked[k + 1] = !c[k].in_unit || !c[k + 1].in_unit;
      else if (!c[k].in_unit && c[k].klass == FY_CLASS_HAN && c[k - 1].klass == FY_CLASS_HAN &&
               (inside[c[k].start] || names[c[k].start]))
        {
          marked[k] = TRUE;
          c[k].name_unit = !inside[c[k].start];
        }
    }
  keep_qualifier_brackets (c, n, width, marked);
  set_soft_units (c, n, marked, TRUE);
  return marked;
}

/* A table cell broken with its words whole (@breaks, keep_cell_words())
 * keeps those breaks unless breaking anywhere saves it a line: then it
 * takes those, and para->split_words tells fy-table-layout.c.  Returns
 * the breaks kept; @breaks is consumed. */
static GArray *
break_cell_words (FyPara               *para,
                  Geometry             *geo,
                  const FyBreakOptions *options,
                  const gboolean       *cell_words,
                  GArray               *breaks)
{
  g_autoptr(GArray) plain = NULL;

  if (breaks->len <= 1)
    return breaks;

  set_soft_units (geo->clusters, geo->n, cell_words, FALSE);
  plain = fy_linebreak_greedy (geo->clusters, geo->n, options, paragraph_geometry_cb, geo);
  para->split_words = plain->len < breaks->len;
  if (!para->split_words)
    {
      set_soft_units (geo->clusters, geo->n, cell_words, TRUE);
      return breaks;
    }

  g_array_unref (breaks);
  return g_steal_pointer (&plain);
}

/* The lines of @para by @src's geometry: a title's balanced breaks, an
 * attachment note's hanging ones, or the greedy breaks of a paragraph
 * (whole words in a table cell where that costs no line).  @geo's indent
 * and @align follow the geometry. */
static GArray *
break_lines (FyPara               *para,
             FyParaSource         *src,
             Geometry             *geo,
             const FyBreakOptions *options,
             FyAlign              *align)
{
  g_autofree gboolean *cell_words = NULL;
  GArray *breaks = NULL;

  if (src->role == FY_STYLE_ROLE_TABLE || src->role == FY_STYLE_ROLE_TABLE_HEADER)
    cell_words = keep_cell_words (geo->self->title_lexicon, para, geo->width);

  if (src->balanced && src->geometry == FY_GEOMETRY_PLACED)
    {
      /* a signature: 2 字 in from the right (fy_typesetter_place_signature()) */
      compute_title_breaks (geo->self, para, geo->width - 2 * fy_style_get_char_pitch (geo->self->style), &breaks);
      *align = FY_ALIGN_LEFT;
    }
  else if (src->balanced)
    compute_title_breaks (geo->self, para, geo->width, &breaks);
  if (breaks != NULL)
    {
      for (guint i = 0; i < breaks->len; i++)
        {
          FyBreakLine *b = &g_array_index (breaks, FyBreakLine, i);

          b->x = 0;
          b->avail = geo->width;
        }
      return breaks;
    }

  if (src->geometry == FY_GEOMETRY_ATTACHMENT || src->geometry == FY_GEOMETRY_ATTACHMENT_MORE)
    {
      measure_attachment (geo);
      if (fy_web_text_is_attendance_line (para->text, strlen (para->text)))
        keep_listed_names (geo->clusters, geo->n, geo->width - geo->indent - geo->hang_prefix, TRUE);
      else if (src->role == FY_STYLE_ROLE_IMPRINT)
        fy_typesetter_keep_imprint_names (geo->clusters, geo->n);
      /* hung where the first block's names are, after 附件： */
      if (src->geometry == FY_GEOMETRY_ATTACHMENT_MORE && geo->hang_prefix == 0)
        geo->indent += 3 * fy_style_get_char_pitch (geo->self->style);
      return fy_linebreak_greedy (geo->clusters, geo->n, options, attachment_geometry_cb, geo);
    }

  if (src->geometry == FY_GEOMETRY_FULL || src->geometry == FY_GEOMETRY_PLACED ||
      src->geometry == FY_GEOMETRY_CAPTION || src->geometry == FY_GEOMETRY_SPLIT)
    geo->indent = 0;
  if (src->geometry == FY_GEOMETRY_PLACED || src->geometry == FY_GEOMETRY_SPLIT)
    *align = FY_ALIGN_LEFT;
  else if (src->geometry == FY_GEOMETRY_CAPTION)
    *align = FY_ALIGN_CENTER;
  else if (src->geometry == FY_GEOMETRY_CONTENTS || src->geometry == FY_GEOMETRY_CONTENTS_SECTION)
    {
      /* a 目录's entry, a section's under its chapter's text, and any
       * line it wraps to under its own */
      geo->indent = (src->geometry == FY_GEOMETRY_CONTENTS ? 2 : 4) * fy_style_get_char_pitch (geo->self->style);
      geo->indent_all = TRUE;
      *align = FY_ALIGN_LEFT;
    }
  else if (cell_words == NULL && fy_web_text_is_name_line (para->text))
    {
      /* a row that wraps goes on under its first name, and its names
       * are not spread, so that the rows' names start in one column */
      keep_listed_names (geo->clusters, geo->n, geo->width - geo->indent, FALSE);
      geo->indent_all = TRUE;
      *align = FY_ALIGN_LEFT;
    }
  breaks = fy_linebreak_greedy (geo->clusters, geo->n, options, paragraph_geometry_cb, geo);
  if (cell_words != NULL)
    breaks = break_cell_words (para, geo, options, cell_words, breaks);
  return breaks;
}

/* The first run of two spaces or more in clusters [first, last): sets
 * [*start, *end) and returns TRUE, or FALSE when there is none. */
static gboolean
space_run (const FyCluster *c,
           guint            first,
           guint            last,
           guint           *start,
           guint           *end)
{
  guint spaces = 0;

  for (guint k = first; k < last; k++)
    {
      gboolean space = c[k].klass == FY_CLASS_IDEO_SPACE || c[k].klass == FY_CLASS_SPACE;

      if (!space && spaces >= 2)
        {
          *start = k - spaces;
          *end = k;
          return TRUE;
        }
      spaces = space ? spaces + 1 : 0;
    }
  return FALSE;
}

/* A 纪要's 版头 line (FY_GEOMETRY_SPLIT): its run of spaces only parts the
 * organ from the date, so it takes one cell while the line is broken;
 * split_to_edges() spreads it once the line is set. */
static void
squash_split_spaces (FyCluster *c,
                     guint      n)
{
  guint start, end;

  if (space_run (c, 0, n, &start, &end))
    for (guint k = start + 1; k < end; k++)
      c[k].base = 0;
}

/* The organ stays flush left, what follows the run of spaces moves to end
 * flush right, the spaces spread over the gap between. */
static void
split_to_edges (FyCluster  *c,
                FyParaLine *line,
                double      width)
{
  guint start, end;
  double shift = width - line->width;

  if (shift <= 0 || !space_run (c, line->first, line->last, &start, &end))
    return;
  for (guint m = start; m < line->last; m++)
    {
      double d = m >= end ? shift : shift * (m - start + 1) / (end - start + 1);

      c[m].x += d;
      c[m].draw_x += d;
    }
  line->width = width;
}

static FyPara *
build_para (FyTypesetter *self,
            FyParaSource       *src)
{
  FyStyle *style = self->style;
  const FyRoleStyle *rs = fy_style_get_role (style, src->role);
  FyPara *para = g_new0 (FyPara, 1);
  Geometry geo = { 0 };
  GArray *breaks;
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
  geo.width = (src->width > 0 ? src->width : fy_style_get_type_width (style)) - 2 * src->inset;
  geo.indent = rs->indent * pitch;
  geo.hang_numbers = g_array_new (FALSE, TRUE, sizeof (double));

  fy_linebreak_prepare (geo.clusters, geo.n, fy_style_get_punctuation (style),
                        fy_style_get_strict (style), geo.width);
  if (src->geometry == FY_GEOMETRY_SPLIT)
    squash_split_spaces (geo.clusters, geo.n);
  breaks = break_lines (para, src, &geo, &options, &align);

  for (guint i = 0; i < breaks->len; i++)
    {
      FyBreakLine *b = &g_array_index (breaks, FyBreakLine, i);
      FyParaLine line = { 0 };

      b->grid = options.grid;
      line.first = b->first;
      line.last = b->last;
      line.last_of_paragraph = b->last_of_paragraph;
      line.width = fy_linebreak_position (geo.clusters, b, align);
      if (src->geometry == FY_GEOMETRY_SPLIT && breaks->len == 1)
        split_to_edges (geo.clusters, &line, geo.width);
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
FyPara *
fy_typesetter_lookup_para (FyTypesetter *self,
                           FyParaSource *src,
                           GHashTable   *used)
{
  g_autofree char *key = fy_para_source_key (src, self->style, 0);
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

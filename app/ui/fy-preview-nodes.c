/* fy-preview-nodes.c — a laid-out page as GSK render nodes
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-font.h>
#include <pango/pangofc-fontmap.h>
#include <string.h>

#include "fy-preview-nodes.h"
#include "fy-renderer.h"

/*
 * The layout's fonts belong to the typesetter, whose thread measures
 * glyphs with them while the next layout runs, and Pango's per-font glyph
 * cache takes no lock; GSK measures and rasterises glyphs through the
 * font too.  So the preview draws with fonts of its own: the same faces
 * (checked by file and index) loaded again in a font map of the main
 * thread, with the typesetter's resolution and font options.
 */
static PangoFontMap *font_map;
static PangoContext *font_context;
/* "description\nfile\nindex" → PangoFont of font_map, or NULL if none */
static GHashTable   *own_fonts;

typedef struct
{
  GtkSnapshot *snapshot;
  GHashTable  *by_font;   /* the layout's PangoFont → ours, this page */
  graphene_rect_t strokes; /* where the page's rules and boxes stroke */
  gboolean     has_strokes;
  GArray      *boxes;     /* of double quadruples: x, baseline, width, size */
  gboolean     failed;
} Build;

static void
unref_font (gpointer font)
{
  if (font != NULL)
    g_object_unref (font);
}

static void
ensure_font_map (void)
{
  cairo_font_options_t *options;

  if (font_map != NULL)
    return;

  font_map = pango_cairo_font_map_new ();
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (font_map), 72);
  font_context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (font_context, 72);
  pango_context_set_round_glyph_positions (font_context, FALSE);
  pango_context_set_language (font_context, pango_language_from_string ("zh-cn"));
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (font_context, options);
  cairo_font_options_destroy (options);
  own_fonts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_font);
}

/* The face's file and index; NULL if not a fontconfig font. */
static const char *
font_file (PangoFont *font,
           int       *index)
{
  FcPattern *pattern;
  FcChar8 *file = NULL;

  if (font == NULL || !PANGO_IS_FC_FONT (font))
    return NULL;
  pattern = pango_fc_font_get_pattern (PANGO_FC_FONT (font));
  if (pattern == NULL || FcPatternGetString (pattern, FC_FILE, 0, &file) != FcResultMatch)
    return NULL;
  *index = 0;
  FcPatternGetInteger (pattern, FC_INDEX, 0, index);

  return (const char *) file;
}

static PangoFont *
load_same_face (PangoFontDescription *description,
                const char           *file,
                int                   index)
{
  PangoFont *font = pango_font_map_load_font (font_map, font_context, description);
  const char *own_file;
  int own_index;

  own_file = font_file (font, &own_index);
  if (own_file == NULL || g_strcmp0 (own_file, file) != 0 || own_index != index)
    {
      g_clear_object (&font);
      return NULL;
    }

  return font;
}

static PangoFont *
lookup_own_font (PangoFont *font)
{
  g_autoptr(PangoFontDescription) description = NULL;
  g_autofree char *described = NULL;
  g_autofree char *key = NULL;
  const char *file;
  PangoFont *own;
  gpointer found;
  int index;

  file = font_file (font, &index);
  if (file == NULL)
    {
      g_debug ("Preview: a font without a file; the page is drawn as a picture");
      return NULL;
    }
  description = pango_font_describe_with_absolute_size (font);
  described = pango_font_description_to_string (description);
  key = g_strdup_printf ("%s\n%s\n%d", described, file, index);
  if (g_hash_table_lookup_extended (own_fonts, key, NULL, &found))
    return found;

  own = load_same_face (description, file, index);
  if (own == NULL)
    {
      /* Fonts added since the font map was made (a font folder, an
       * override): look again once. */
      pango_fc_font_map_config_changed (PANGO_FC_FONT_MAP (font_map));
      own = load_same_face (description, file, index);
    }
  if (own == NULL)
    g_debug ("Preview: no face %s (%s) of its own; the page is drawn as a picture", described, file);
  g_hash_table_insert (own_fonts, g_steal_pointer (&key), own);

  return own;
}

static PangoFont *
build_font (Build     *build,
            PangoFont *font)
{
  PangoFont *own;

  if (font == NULL)
    return NULL;
  if (g_hash_table_lookup_extended (build->by_font, font, NULL, (gpointer *) &own))
    return own;
  own = lookup_own_font (font);
  g_hash_table_insert (build->by_font, font, own);

  return own;
}

static void
append_glyphs (Build               *build,
               const FyRendererRun *run,
               PangoFont           *font)
{
  static const GdkRGBA black = { 0, 0, 0, 1 };
  static const GdkRGBA red = { 0.8f, 0, 0, 1 };
  PangoGlyphString *glyphs = pango_glyph_string_new ();
  GskRenderNode *node;

  /* Each glyph at its place: no advances, offsets from the run's origin. */
  pango_glyph_string_set_size (glyphs, run->n_glyphs);
  memset (glyphs->glyphs, 0, sizeof (PangoGlyphInfo) * (gsize) run->n_glyphs);
  memset (glyphs->log_clusters, 0, sizeof (int) * (gsize) run->n_glyphs);
  for (int g = 0; g < run->n_glyphs; g++)
    {
      PangoGlyphInfo *info = &glyphs->glyphs[g];

      info->glyph = (PangoGlyph) run->glyphs[g].index;
      info->geometry.width = 0;
      info->geometry.x_offset = pango_units_from_double (run->glyphs[g].x);
      info->geometry.y_offset = pango_units_from_double (run->glyphs[g].y);
      info->attr.is_cluster_start = 1;
    }

  node = gsk_text_node_new (font, glyphs, run->color == 1 ? &red : &black,
                            &GRAPHENE_POINT_INIT (run->x, run->y));
  if (node != NULL)
    {
      gtk_snapshot_append_node (build->snapshot, node);
      gsk_render_node_unref (node);
    }
  pango_glyph_string_free (glyphs);
}

/* Widens the part of the page the strokes' cairo node covers. */
static void
add_stroke_bounds (Build                 *build,
                   const graphene_rect_t *bounds)
{
  if (build->has_strokes)
    graphene_rect_union (&build->strokes, bounds, &build->strokes);
  else
    build->strokes = *bounds;
  build->has_strokes = TRUE;
}

static void
run_cb (const FyRendererRun *run,
        gpointer             user_data)
{
  Build *build = user_data;

  if (build->failed)
    return;

  if (run->n_glyphs > 0)
    {
      PangoFont *font = build_font (build, run->font);

      if (font == NULL)
        {
          if (run->font == NULL)
            g_debug ("Preview: a run without its font; the page is drawn as a picture");
          build->failed = TRUE;
          return;
        }
      append_glyphs (build, run, font);
    }

  /* A character no installed font has: an empty box, stroked with the
   * rules (append_strokes()). */
  for (guint b = 0; b < run->n_boxes; b++)
    {
      double box[4] = { run->x + run->boxes[2 * b], run->y, run->boxes[2 * b + 1], run->size };

      g_array_append_vals (build->boxes, box, 4);
      add_stroke_bounds (build, &GRAPHENE_RECT_INIT (box[0], run->y - 0.8 * run->size - 1,
                                                     box[2], 0.9 * run->size + 2));
    }
}

static void
rule_cb (double   x0,
         double   y0,
         double   x1,
         double   y1,
         double   width,
         gpointer user_data)
{
  Build *build = user_data;
  graphene_rect_t box = GRAPHENE_RECT_INIT (MIN (x0, x1) - width, MIN (y0, y1) - width,
                                            ABS (x1 - x0) + 2 * width,
                                            ABS (y1 - y0) + 2 * width);

  add_stroke_bounds (build, &box);
}

/* The rules and the empty boxes, stroked by the renderer into one cairo
 * node: GSK draws it at the view's scale, antialiased, as the PDF shows
 * them.  Colour or border nodes are not antialiased by the GL renderer:
 * a line thinner than a pixel at the zoom (a table's 0.5 pt inner rules,
 * a box's sides, at 61 %) then covered no pixel's centre and was not
 * drawn at all.  A cairo node of its own per box still lost sides
 * under GL (/ui/preview/missing-boxes-gl); one node for the page does
 * not. */
static void
append_strokes (Build    *build,
                FyLayout *layout,
                guint     index)
{
  cairo_t *cr;

  if (!build->has_strokes)
    return;
  cr = gtk_snapshot_append_cairo (build->snapshot, &build->strokes);
  fy_renderer_draw_rules (layout, index, cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint b = 0; b + 3 < build->boxes->len; b += 4)
    fy_renderer_draw_missing_box (cr, g_array_index (build->boxes, double, b),
                                  g_array_index (build->boxes, double, b + 1),
                                  g_array_index (build->boxes, double, b + 2),
                                  g_array_index (build->boxes, double, b + 3));
  cairo_destroy (cr);
}

GskRenderNode *
fy_preview_nodes_for_page (FyLayout *layout,
                           guint     index)
{
  g_autoptr(GskRenderNode) node = NULL;
  Build build = { 0 };

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (index < fy_layout_get_n_pages (layout), NULL);

  ensure_font_map ();
  build.snapshot = gtk_snapshot_new ();
  build.by_font = g_hash_table_new (NULL, NULL);
  build.boxes = g_array_new (FALSE, FALSE, sizeof (double));
  fy_renderer_foreach (layout, index, run_cb, rule_cb, &build);
  if (!build.failed)
    append_strokes (&build, layout, index);
  node = gtk_snapshot_free_to_node (build.snapshot);
  g_hash_table_unref (build.by_font);
  g_array_unref (build.boxes);

  if (build.failed)
    return NULL;
  /* An empty page: an empty container, not NULL. */
  if (node == NULL)
    node = gsk_container_node_new (NULL, 0);

  return g_steal_pointer (&node);
}

/* fy-preview-page.c — one page of the preview, drawn by the engine's renderer
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <math.h>

#include "fy-preview-page.h"
#include "fy-renderer.h"

/* Textures kept per page: the zooms a user flips between. */
#define MAX_CACHED_ZOOMS 3

typedef struct
{
  int         pixel_width;
  int         pixel_height;
  GdkTexture *texture;
} CachedTexture;

struct _FyPreviewPage
{
  GtkWidget  parent_instance;

  FyLayout  *layout;
  guint      index;
  double     zoom;
  /* most recently used first */
  GQueue     cache;
  guint      n_renders;
  /* drawn blank while scrolled out of view */
  gboolean   deferred;
};

G_DEFINE_FINAL_TYPE (FyPreviewPage, fy_preview_page, GTK_TYPE_WIDGET)

static void
cached_texture_free (gpointer data)
{
  CachedTexture *cached = data;

  g_clear_object (&cached->texture);
  g_free (cached);
}

static void
clear_cache (FyPreviewPage *self)
{
  g_queue_clear_full (&self->cache, cached_texture_free);
}

static void
get_page_size (FyPreviewPage *self,
               double        *width,
               double        *height)
{
  *width = 0;
  *height = 0;

  if (self->layout != NULL)
    fy_layout_get_page_size (self->layout, width, height);
}

static GdkTexture *
render_texture (FyPreviewPage *self,
                int            pixel_width,
                int            pixel_height)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  double page_width;
  double page_height;
  GBytes *bytes;
  GdkTexture *texture;

  get_page_size (self, &page_width, &page_height);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, pixel_width / page_width, pixel_height / page_height);
  fy_renderer_draw_page (self->layout, self->index, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize)cairo_image_surface_get_stride (surface) * pixel_height,
                                      (GDestroyNotify)cairo_surface_destroy,
                                      surface);
  /* CAIRO_FORMAT_ARGB32 is GDK_MEMORY_DEFAULT on every endianness. */
  texture = gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT,
                                    bytes, cairo_image_surface_get_stride (surface));
  g_bytes_unref (bytes);

  self->n_renders++;

  return texture;
}

static gboolean
find_cached (FyPreviewPage *self,
             int            pixel_width,
             int            pixel_height)
{
  for (GList *l = self->cache.head; l != NULL; l = l->next)
    {
      CachedTexture *cached = l->data;

      if (cached->pixel_width == pixel_width && cached->pixel_height == pixel_height)
        return TRUE;
    }

  return FALSE;
}

/* Within a page height of the visible part of the scrolled window, or not
 * in one at all. */
static gboolean
is_near_view (FyPreviewPage *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;
  graphene_rect_t view;
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (scrolled == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (self), scrolled, &bounds))
    return TRUE;

  graphene_rect_init (&view, 0, -height,
                      gtk_widget_get_width (scrolled),
                      gtk_widget_get_height (scrolled) + 2 * height);

  return graphene_rect_intersection (&bounds, &view, NULL);
}

static GdkTexture *
lookup_texture (FyPreviewPage *self,
                int            pixel_width,
                int            pixel_height)
{
  CachedTexture *cached;

  for (GList *l = self->cache.head; l != NULL; l = l->next)
    {
      cached = l->data;

      if (cached->pixel_width == pixel_width && cached->pixel_height == pixel_height)
        {
          g_queue_unlink (&self->cache, l);
          g_queue_push_head_link (&self->cache, l);
          return cached->texture;
        }
    }

  cached = g_new0 (CachedTexture, 1);
  cached->pixel_width = pixel_width;
  cached->pixel_height = pixel_height;
  cached->texture = render_texture (self, pixel_width, pixel_height);
  g_queue_push_head (&self->cache, cached);

  while (self->cache.length > MAX_CACHED_ZOOMS)
    cached_texture_free (g_queue_pop_tail (&self->cache));

  return cached->texture;
}

static void
fy_preview_page_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  FyPreviewPage *self = FY_PREVIEW_PAGE (widget);
  double width;
  double height;
  double size;

  get_page_size (self, &width, &height);
  size = orientation == GTK_ORIENTATION_HORIZONTAL ? width : height;

  *minimum = *natural = (int)ceil (size * self->zoom * FY_PREVIEW_PIXELS_PER_POINT);
}

static void
fy_preview_page_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  FyPreviewPage *self = FY_PREVIEW_PAGE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  GdkTexture *texture;

  if (self->layout == NULL || width <= 0 || height <= 0)
    return;

  if (!find_cached (self, width * scale, height * scale) && !is_near_view (self))
    {
      /* A long speech has many pages: render only what can be seen, and
       * the rest when it is scrolled to (fy_preview_page_update_deferred). */
      self->deferred = TRUE;
      return;
    }

  self->deferred = FALSE;
  texture = lookup_texture (self, width * scale, height * scale);
  gtk_snapshot_append_texture (snapshot, texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
fy_preview_page_dispose (GObject *object)
{
  FyPreviewPage *self = (FyPreviewPage *)object;

  clear_cache (self);
  g_clear_pointer (&self->layout, fy_layout_unref);

  G_OBJECT_CLASS (fy_preview_page_parent_class)->dispose (object);
}

static void
fy_preview_page_class_init (FyPreviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_preview_page_dispose;

  widget_class->measure = fy_preview_page_measure;
  widget_class->snapshot = fy_preview_page_snapshot;

  gtk_widget_class_set_css_name (widget_class, "page");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fy_preview_page_init (FyPreviewPage *self)
{
  self->zoom = 1.0;
  g_queue_init (&self->cache);
  gtk_widget_add_css_class (GTK_WIDGET (self), "preview-page");
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
fy_preview_page_new (void)
{
  return g_object_new (FY_TYPE_PREVIEW_PAGE, NULL);
}

void
fy_preview_page_set_layout (FyPreviewPage *self,
                            FyLayout      *layout,
                            guint          index)
{
  double old_width;
  double old_height;
  double width;
  double height;

  g_return_if_fail (FY_IS_PREVIEW_PAGE (self));
  g_return_if_fail (layout == NULL || index < fy_layout_get_n_pages (layout));

  if (self->layout == layout && self->index == index)
    return;

  get_page_size (self, &old_width, &old_height);

  if (layout != NULL)
    fy_layout_ref (layout);
  g_clear_pointer (&self->layout, fy_layout_unref);
  self->layout = layout;
  self->index = index;
  clear_cache (self);

  get_page_size (self, &width, &height);
  if (width != old_width || height != old_height)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

FyLayout *
fy_preview_page_get_layout (FyPreviewPage *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW_PAGE (self), NULL);

  return self->layout;
}

guint
fy_preview_page_get_index (FyPreviewPage *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW_PAGE (self), 0);

  return self->index;
}

void
fy_preview_page_set_zoom (FyPreviewPage *self,
                          double         zoom)
{
  g_return_if_fail (FY_IS_PREVIEW_PAGE (self));
  g_return_if_fail (zoom > 0);

  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

double
fy_preview_page_get_zoom (FyPreviewPage *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW_PAGE (self), 1.0);

  return self->zoom;
}

/**
 * fy_preview_page_update_deferred:
 * @self: a #FyPreviewPage
 *
 * Redraws the page if it was drawn blank for being out of view and is now
 * near it.  Call when the scrolled window scrolls.
 */
void
fy_preview_page_update_deferred (FyPreviewPage *self)
{
  g_return_if_fail (FY_IS_PREVIEW_PAGE (self));

  if (self->deferred && is_near_view (self))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
fy_preview_page_get_n_renders (FyPreviewPage *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW_PAGE (self), 0);

  return self->n_renders;
}

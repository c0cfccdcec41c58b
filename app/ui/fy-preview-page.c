/* fy-preview-page.c — one page of the preview: render nodes, or the engine's renderer
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <math.h>

#include "fy-preview-nodes.h"
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

/* Shared by a page and its jobs, so that the render thread can tell a
 * job is stale without touching the widget. */
typedef struct
{
  int serial;
} RenderTicket;

/* A page to draw in the render thread and hand back to the main thread. */
typedef struct
{
  GWeakRef      page;   /* main thread only */
  RenderTicket *ticket;
  FyLayout     *layout;
  guint     index;
  guint     serial;
  int       pixel_width;
  int       pixel_height;
  GBytes   *pixels;
  gsize     stride;
  double    milliseconds;
} RenderJob;

struct _FyPreviewPage
{
  GtkWidget   parent_instance;

  FyLayout   *layout;
  guint       index;
  double      zoom;
  /* most recently used first */
  GQueue      cache;
  /* the last texture shown, whatever its layout or size: shown scaled
   * while the current one is drawn, so that pages never flash blank */
  GdkTexture *placeholder;
  guint       n_renders;

  /* the render in flight, if any */
  RenderTicket *ticket;
  gboolean    render_pending;
  int         pending_width;
  int         pending_height;

  /* not drawn while scrolled far out of view */
  gboolean    deferred;

  /* keys are arriving: a new picture waits for the pause
   * (fy_preview_page_set_held) */
  gboolean    held;
  gboolean    swap_waiting;

  /* The page as render nodes (fy-preview-nodes.c), built for node_layout
   * (a ref) and node_index; shown_node is on screen.  If a page cannot be
   * drawn so, nodes_failed: it is drawn into textures as below. */
  GskRenderNode *node;
  FyLayout      *node_layout;
  guint          node_index;
  GskRenderNode *shown_node;
  gboolean       nodes_failed;
};

/* When a page last showed a new picture (monotonic µs), for the bench. */
static gint64 last_shown_time;

G_DEFINE_FINAL_TYPE (FyPreviewPage, fy_preview_page, GTK_TYPE_WIDGET)

static void
cached_texture_free (gpointer data)
{
  CachedTexture *cached = data;

  g_clear_object (&cached->texture);
  g_free (cached);
}

static void
render_job_free (gpointer data)
{
  RenderJob *job = data;

  g_weak_ref_clear (&job->page);
  g_atomic_rc_box_release (job->ticket);
  g_clear_pointer (&job->layout, fy_layout_unref);
  g_clear_pointer (&job->pixels, g_bytes_unref);
  g_free (job);
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
lookup_cached (FyPreviewPage *self,
               int            pixel_width,
               int            pixel_height)
{
  for (GList *l = self->cache.head; l != NULL; l = l->next)
    {
      CachedTexture *cached = l->data;

      if (cached->pixel_width == pixel_width && cached->pixel_height == pixel_height)
        {
          g_queue_unlink (&self->cache, l);
          g_queue_push_head_link (&self->cache, l);
          return cached->texture;
        }
    }

  return NULL;
}

static void
add_cached (FyPreviewPage *self,
            int            pixel_width,
            int            pixel_height,
            GdkTexture    *texture)
{
  CachedTexture *cached = g_new0 (CachedTexture, 1);

  cached->pixel_width = pixel_width;
  cached->pixel_height = pixel_height;
  cached->texture = g_object_ref (texture);
  g_queue_push_head (&self->cache, cached);

  while (self->cache.length > MAX_CACHED_ZOOMS)
    cached_texture_free (g_queue_pop_tail (&self->cache));
}

/* Main thread: a render came back. */
static gboolean
render_done_cb (gpointer data)
{
  RenderJob *job = data;
  g_autoptr(FyPreviewPage) self = g_weak_ref_get (&job->page);
  g_autoptr(GdkTexture) texture = NULL;

  /* Gone, or asked for something else since (another layout or size). */
  if (self == NULL || job->serial != (guint)g_atomic_int_get (&job->ticket->serial) ||
      job->pixels == NULL)
    return G_SOURCE_REMOVE;

  self->render_pending = FALSE;

  /* CAIRO_FORMAT_ARGB32 is GDK_MEMORY_DEFAULT on every endianness. */
  texture = gdk_memory_texture_new (job->pixel_width, job->pixel_height, GDK_MEMORY_DEFAULT,
                                    job->pixels, job->stride);
  add_cached (self, job->pixel_width, job->pixel_height, texture);
  self->n_renders++;

  g_debug ("Preview: page %u drawn at %d × %d px in %.1f ms (render thread)",
           job->index + 1, job->pixel_width, job->pixel_height, job->milliseconds);

  if (self->held && self->placeholder != NULL)
    self->swap_waiting = TRUE;
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

/* Render thread: one page into pixels. */
static void
render_job_run (gpointer data,
                gpointer user_data)
{
  RenderJob *job = data;
  gint64 start = g_get_monotonic_time ();
  cairo_surface_t *surface;
  cairo_t *cr;
  double page_width;
  double page_height;

  /* The page moved on to another layout or size, or went, while the job
   * waited: skip the work.  The main thread checks again on delivery. */
  if (job->serial != (guint)g_atomic_int_get (&job->ticket->serial))
    {
      g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, render_done_cb, job, render_job_free);
      return;
    }

  fy_layout_get_page_size (job->layout, &page_width, &page_height);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, job->pixel_width, job->pixel_height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, job->pixel_width / page_width, job->pixel_height / page_height);
  fy_renderer_draw_page (job->layout, job->index, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  job->stride = cairo_image_surface_get_stride (surface);
  job->pixels = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                            job->stride * job->pixel_height,
                                            (GDestroyNotify)cairo_surface_destroy,
                                            surface);
  job->milliseconds = (g_get_monotonic_time () - start) / 1000.0;

  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, render_done_cb, job, render_job_free);
}

/* One thread for all previews: pages come out in the order asked for, and
 * drawing never competes with itself for the two cores of a typical
 * office machine.  Typing stays on the main thread, untouched. */
static GThreadPool *
get_render_pool (void)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    {
      GThreadPool *new_pool = g_thread_pool_new (render_job_run, NULL, 1, FALSE, NULL);

      g_once_init_leave (&pool, new_pool);
    }

  return pool;
}

static void
queue_render (FyPreviewPage *self,
              int            pixel_width,
              int            pixel_height)
{
  RenderJob *job;

  if (self->render_pending &&
      self->pending_width == pixel_width &&
      self->pending_height == pixel_height)
    return;

  g_atomic_int_inc (&self->ticket->serial);
  self->render_pending = TRUE;
  self->pending_width = pixel_width;
  self->pending_height = pixel_height;

  job = g_new0 (RenderJob, 1);
  g_weak_ref_init (&job->page, self);
  job->ticket = g_atomic_rc_box_acquire (self->ticket);
  job->layout = fy_layout_ref (self->layout);
  job->index = self->index;
  job->serial = (guint)g_atomic_int_get (&self->ticket->serial);
  job->pixel_width = pixel_width;
  job->pixel_height = pixel_height;

  g_thread_pool_push (get_render_pool (), job, NULL);
}

static void
cancel_render (FyPreviewPage *self)
{
  /* The job in flight sees the serial change and is dropped. */
  g_atomic_int_inc (&self->ticket->serial);
  self->render_pending = FALSE;
}

/* Within a page height of the visible part of the scrolled window, or not
 * in one at all. */
static gboolean
is_near_view (FyPreviewPage *self)
{
  GtkWidget *viewport = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_VIEWPORT);
  GtkWidget *scrolled = viewport != NULL ? gtk_widget_get_parent (viewport) : NULL;
  GtkWidget *content = viewport != NULL ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  GtkAdjustment *vadjustment;
  graphene_rect_t bounds;
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double value;

  /* In the scrolled content's own coordinates, against the scroll
   * position: a scroll's value is set before the content is allocated
   * anew, and a far jump (to the cursor after a paste, to a heading) must
   * find the pages it lands on, not those it left. */
  if (!GTK_IS_SCROLLED_WINDOW (scrolled) || content == NULL ||
      !gtk_widget_compute_bounds (GTK_WIDGET (self), content, &bounds))
    return TRUE;

  vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (vadjustment);

  return bounds.origin.y + bounds.size.height > value - height &&
         bounds.origin.y < value + gtk_adjustment_get_page_size (vadjustment) + height;
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

static gboolean
node_is_current (FyPreviewPage *self)
{
  return self->node != NULL && self->node_layout == self->layout && self->node_index == self->index;
}

/* Draws the page as render nodes, built for the current layout if it is
 * near the view; FALSE if it cannot be drawn so (then with textures). */
static gboolean
snapshot_nodes (FyPreviewPage         *self,
                GtkSnapshot           *snapshot,
                const graphene_rect_t *bounds)
{
  static const GdkRGBA white = { 1, 1, 1, 1 };
  GskRenderNode *show;
  double page_width;
  double page_height;

  if (!node_is_current (self))
    {
      /* A long speech has many pages: built only near the view, the
       * rest when scrolled to (fy_preview_page_update_deferred). */
      if (is_near_view (self))
        {
          GskRenderNode *node = fy_preview_nodes_for_page (self->layout, self->index);

          if (node == NULL)
            {
              self->nodes_failed = TRUE;
              g_clear_pointer (&self->node, gsk_render_node_unref);
              g_clear_pointer (&self->shown_node, gsk_render_node_unref);
              return FALSE;
            }
          g_clear_pointer (&self->node, gsk_render_node_unref);
          self->node = node;
          g_clear_pointer (&self->node_layout, fy_layout_unref);
          self->node_layout = fy_layout_ref (self->layout);
          self->node_index = self->index;
          self->deferred = FALSE;
          self->n_renders++;
        }
      else
        self->deferred = TRUE;
    }

  gtk_snapshot_append_color (snapshot, &white, bounds);
  if (self->node == NULL)
    return TRUE;

  /* Held (keys arriving): the page on screen stays, as with textures. */
  show = self->node;
  if (show != self->shown_node && self->shown_node != NULL && self->held)
    {
      self->swap_waiting = TRUE;
      show = self->shown_node;
    }
  else if (show != self->shown_node)
    {
      g_clear_pointer (&self->shown_node, gsk_render_node_unref);
      self->shown_node = gsk_render_node_ref (show);
      last_shown_time = g_get_monotonic_time ();
    }

  get_page_size (self, &page_width, &page_height);
  gtk_snapshot_push_clip (snapshot, bounds);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_scale (snapshot, bounds->size.width / page_width, bounds->size.height / page_height);
  gtk_snapshot_append_node (snapshot, show);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);

  return TRUE;
}

static void
fy_preview_page_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  FyPreviewPage *self = FY_PREVIEW_PAGE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  GdkTexture *texture;

  if (self->layout == NULL || width <= 0 || height <= 0)
    return;

  if (!self->nodes_failed && snapshot_nodes (self, snapshot, &bounds))
    return;

  texture = lookup_cached (self, width * scale, height * scale);

  /* While keys arrive the page keeps its picture: a new one costs a
   * texture upload, which with a software renderer takes a frame long
   * enough to delay the next key.  It is shown once typing pauses. */
  if (texture != NULL && texture != self->placeholder &&
      self->held && self->placeholder != NULL)
    {
      self->deferred = FALSE;
      self->swap_waiting = TRUE;
      gtk_snapshot_append_texture (snapshot, self->placeholder, &bounds);
      return;
    }

  if (texture != NULL)
    {
      self->deferred = FALSE;
      if (texture != self->placeholder)
        last_shown_time = g_get_monotonic_time ();
      g_set_object (&self->placeholder, texture);
      gtk_snapshot_append_texture (snapshot, texture, &bounds);
      return;
    }

  /* A long speech has many pages: draw only those near the view, the
   * rest when scrolled to (fy_preview_page_update_deferred). */
  if (is_near_view (self))
    {
      self->deferred = FALSE;
      queue_render (self, width * scale, height * scale);
    }
  else
    self->deferred = TRUE;

  if (self->placeholder != NULL)
    gtk_snapshot_append_texture (snapshot, self->placeholder, &bounds);
}

static void
fy_preview_page_dispose (GObject *object)
{
  FyPreviewPage *self = (FyPreviewPage *)object;

  cancel_render (self);
  clear_cache (self);
  g_clear_object (&self->placeholder);
  g_clear_pointer (&self->node, gsk_render_node_unref);
  g_clear_pointer (&self->shown_node, gsk_render_node_unref);
  g_clear_pointer (&self->node_layout, fy_layout_unref);
  g_clear_pointer (&self->layout, fy_layout_unref);

  G_OBJECT_CLASS (fy_preview_page_parent_class)->dispose (object);
}

static void
fy_preview_page_finalize (GObject *object)
{
  FyPreviewPage *self = (FyPreviewPage *)object;

  g_atomic_rc_box_release (self->ticket);

  G_OBJECT_CLASS (fy_preview_page_parent_class)->finalize (object);
}

static void
fy_preview_page_class_init (FyPreviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_preview_page_dispose;
  object_class->finalize = fy_preview_page_finalize;

  widget_class->measure = fy_preview_page_measure;
  widget_class->snapshot = fy_preview_page_snapshot;

  gtk_widget_class_set_css_name (widget_class, "page");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
fy_preview_page_init (FyPreviewPage *self)
{
  self->zoom = 1.0;
  self->ticket = g_atomic_rc_box_new0 (RenderTicket);
  g_queue_init (&self->cache);
  gtk_widget_add_css_class (GTK_WIDGET (self), "preview-page");
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
fy_preview_page_new (void)
{
  return g_object_new (FY_TYPE_PREVIEW_PAGE, NULL);
}

/**
 * fy_preview_page_set_layout:
 * @self: a #FyPreviewPage
 * @layout: (nullable): a layout
 * @index: the page of @layout to show
 *
 * Shows another page; until it is drawn, the last one shown stands in.
 * A page drawn the same as the one shown (fy_layout_page_equal()) is not
 * drawn again.
 */
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

  /* A page an edit did not change keeps its pictures (and the one being
   * drawn): typing redraws the pages it changed, not every page. */
  if (self->layout != NULL && layout != NULL &&
      fy_layout_page_equal (self->layout, self->index, layout, index))
    {
      if (node_is_current (self))
        {
          g_clear_pointer (&self->node_layout, fy_layout_unref);
          self->node_layout = fy_layout_ref (layout);
          self->node_index = index;
        }
      fy_layout_ref (layout);
      g_clear_pointer (&self->layout, fy_layout_unref);
      self->layout = layout;
      self->index = index;
      return;
    }

  get_page_size (self, &old_width, &old_height);

  if (layout != NULL)
    fy_layout_ref (layout);
  g_clear_pointer (&self->layout, fy_layout_unref);
  self->layout = layout;
  self->index = index;
  self->nodes_failed = FALSE;
  cancel_render (self);
  clear_cache (self);

  get_page_size (self, &width, &height);
  if (width != old_width || height != old_height)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
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
 * Redraws the page if it was left undrawn for being out of view and is
 * now near it.  Call when the scrolled window scrolls.
 */
void
fy_preview_page_update_deferred (FyPreviewPage *self)
{
  g_return_if_fail (FY_IS_PREVIEW_PAGE (self));

  if (self->deferred && is_near_view (self))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * fy_preview_page_set_held:
 * @self: a #FyPreviewPage
 * @held: whether keys are arriving
 *
 * While held, a page that already shows a picture keeps showing it when a
 * newer one is drawn; the newer one is shown when the hold ends.  Pages
 * keep being rendered (in the render thread) meanwhile.
 */
void
fy_preview_page_set_held (FyPreviewPage *self,
                          gboolean       held)
{
  g_return_if_fail (FY_IS_PREVIEW_PAGE (self));

  self->held = held;
  if (!held && self->swap_waiting)
    {
      self->swap_waiting = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/**
 * fy_preview_page_get_last_shown_time:
 *
 * Returns: when a page last showed a newly drawn picture, in monotonic
 *   microseconds (0 if never); for the benchmark
 */
gint64
fy_preview_page_get_last_shown_time (void)
{
  return last_shown_time;
}

/**
 * fy_preview_page_get_n_renders:
 * @self: a #FyPreviewPage
 *
 * Returns: how many textures were drawn for the page since it was made
 */
guint
fy_preview_page_get_n_renders (FyPreviewPage *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW_PAGE (self), 0);

  return self->n_renders;
}

/**
 * fy_preview_page_get_is_drawn:
 * @self: a #FyPreviewPage
 *
 * Returns: whether the page shows its current layout at its current size
 *   (no render is waiting, and no new picture waits for typing to pause)
 */
gboolean
fy_preview_page_get_is_drawn (FyPreviewPage *self)
{
  GdkTexture *texture;
  int scale;

  g_return_val_if_fail (FY_IS_PREVIEW_PAGE (self), FALSE);

  if (self->layout == NULL)
    return FALSE;

  if (!self->nodes_failed && self->node != NULL)
    return node_is_current (self) && self->shown_node == self->node;

  scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  texture = lookup_cached (self,
                           gtk_widget_get_width (GTK_WIDGET (self)) * scale,
                           gtk_widget_get_height (GTK_WIDGET (self)) * scale);

  return texture != NULL &&
         (!self->held || self->placeholder == NULL || texture == self->placeholder);
}

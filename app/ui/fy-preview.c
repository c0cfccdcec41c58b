/* fy-preview.c — the live paged preview of a document
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "fy-preferences-window.h"
#include "fy-preview.h"
#include "fy-preview-page.h"
#include "fy-typesetter.h"
#include "fy-ui-layout.h"

/* Typing stops when no key came for this long; the layout then takes a
 * few tens of milliseconds more, so the pages follow within ~150 ms. */
#define LAYOUT_DELAY_MS 90

/* Pages keep their pictures until no key came for this long (see
 * fy_preview_page_set_held): the new ones follow ~150-300 ms after the
 * last key, and no page upload lands between two keys of a typist. */
#define HOLD_PAGES_MS 150

/* Around and between pages, in pixels; matches fy-preview.ui. */
#define PAGE_MARGIN  18
#define PAGE_SPACING 18

/* A4, until the first layout says otherwise. */
#define DEFAULT_PAGE_WIDTH  (210.0 / 25.4 * 72.0)
#define DEFAULT_PAGE_HEIGHT (297.0 / 25.4 * 72.0)

struct _FyPreview
{
  GtkWidget       parent_instance;

  FyDocument     *document;
  FyLayout       *layout;
  FyPreviewState *state;
  FyTypesetter   *typesetter;
  guint           fonts_generation;
  GSettings      *settings;
  GPtrArray      *pages;

  GCancellable   *cancellable;
  guint           layout_timeout_id;
  guint           hold_timeout_id;
  gboolean        job_running;
  gboolean        job_wanted;
  gint64          last_change_time;
  gboolean        disposed;

  guint           scroll_tick_id;
  /* the zoom a fit mode wants, applied before the next frame's layout */
  guint           fit_tick_id;
  double          fit_zoom;
  guint           scroll_block;
  guint           scroll_offset;
  gboolean        scroll_wanted;

  /* Template widgets */
  GtkWidget      *overlay;
  GtkScrolledWindow *scrolled;
  GtkBox         *pages_box;
  GtkLabel       *page_label;
  GtkMenuButton  *zoom_button;
  AdwStatusPage  *error_page;
};

G_DEFINE_FINAL_TYPE (FyPreview, fy_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_LAYOUT,
  PROP_STATE,
  PROP_BUSY,
  N_PROPS
};

enum {
  POSITION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Layout jobs of all previews whose result has not come back yet. */
static guint n_jobs_in_flight;

static void start_layout (FyPreview *self);

static double
get_pixels_per_point (FyPreview *self)
{
  return fy_preview_state_get_zoom (self->state) * FY_PREVIEW_PIXELS_PER_POINT;
}

static void
get_page_size (FyPreview *self,
               double    *width,
               double    *height)
{
  if (self->layout != NULL && fy_layout_get_n_pages (self->layout) > 0)
    {
      fy_layout_get_page_size (self->layout, width, height);
      return;
    }

  *width = DEFAULT_PAGE_WIDTH;
  *height = DEFAULT_PAGE_HEIGHT;
}

/* No job to follow the one that ended.  A change typed meanwhile still
 * has its timeout pending: that one is not touched. */
static void
end_jobs (FyPreview *self,
          gboolean   was_busy)
{
  self->job_wanted = FALSE;

  if (was_busy != fy_preview_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
update_page_label (FyPreview *self)
{
  guint n_pages = fy_preview_state_get_n_pages (self->state);
  guint page = fy_preview_state_get_page (self->state) + 1;
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  if (n_pages == 0)
    {
      gtk_label_set_label (self->page_label, "–");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->page_label), _("No pages"));
      return;
    }

  /* Short, for a narrow preview pane; the tooltip says it in words. */
  label = g_strdup_printf ("%u / %u", page, n_pages);
  /* A new layout of as many pages changes nothing here; a new tooltip
   * would ask the display server where the pointer is. */
  if (g_strcmp0 (gtk_label_get_label (self->page_label), label) == 0)
    return;
  /* Translators: the page in view and the number of pages of the preview */
  description = g_strdup_printf (_("Page %1$u of %2$u"), page, n_pages);
  gtk_label_set_label (self->page_label, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->page_label), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->page_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static void
update_zoom_actions (FyPreview *self)
{
  g_autofree char *label = NULL;

  label = g_strdup_printf ("%.0f%%", fy_preview_state_get_zoom (self->state) * 100);
  gtk_menu_button_set_label (self->zoom_button, label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in",
                                 fy_preview_state_can_zoom_in (self->state));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out",
                                 fy_preview_state_can_zoom_out (self->state));
}

static void
update_current_page (FyPreview *self)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  double center = gtk_adjustment_get_value (vadjustment) + gtk_adjustment_get_page_size (vadjustment) / 2;
  double page_width;
  double page_height;
  double pitch;
  guint page;

  if (self->pages->len == 0)
    return;

  get_page_size (self, &page_width, &page_height);
  pitch = ceil (page_height * get_pixels_per_point (self)) + PAGE_SPACING;
  page = (guint)MAX (0, floor ((center - PAGE_MARGIN + PAGE_SPACING / 2.0) / pitch));
  page = MIN (page, self->pages->len - 1);

  fy_preview_state_set_page (self->state, page);
}

/* How much of the bottom of the view the floating page and zoom bar
 * covers, its margin included. */
static double
get_covered_bottom (FyPreview *self)
{
  GtkWidget *bar = gtk_widget_get_parent (GTK_WIDGET (self->zoom_button));
  int height = 0;

  if (bar == NULL || !gtk_widget_get_visible (bar))
    return 0;
  gtk_widget_measure (bar, GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);

  return height + gtk_widget_get_margin_bottom (bar);
}

/* Scrolls as little as possible to show the remembered position, above
 * the floating bar (where the typed line or an outline heading would be
 * hidden); FALSE while the pages are not allocated at their new size
 * yet. */
static gboolean
apply_scroll (FyPreview *self)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  FyLayoutRect rect;
  double page_width;
  double page_height;
  double scale = get_pixels_per_point (self);
  double page_top;
  double top;
  double bottom;
  double value;
  double view;
  double needed;
  guint page;

  if (self->layout == NULL ||
      !fy_layout_find_position (self->layout, self->scroll_block, self->scroll_offset, &page, &rect))
    return TRUE;

  get_page_size (self, &page_width, &page_height);
  page_top = PAGE_MARGIN + page * (ceil (page_height * scale) + PAGE_SPACING);
  top = page_top + rect.y * scale;
  bottom = page_top + (rect.y + rect.height) * scale;

  needed = PAGE_MARGIN * 2 + self->pages->len * ceil (page_height * scale) +
           (self->pages->len - 1) * PAGE_SPACING;
  if (gtk_adjustment_get_upper (vadjustment) + 1 < needed)
    return FALSE;

  value = gtk_adjustment_get_value (vadjustment);
  view = gtk_adjustment_get_page_size (vadjustment) - get_covered_bottom (self);

  /* Some context above and below the line, like a text view does. */
  if (top - PAGE_MARGIN * 2 < value)
    gtk_adjustment_set_value (vadjustment, top - PAGE_MARGIN * 2);
  else if (bottom + PAGE_MARGIN * 2 > value + view)
    gtk_adjustment_set_value (vadjustment, bottom + PAGE_MARGIN * 2 - view);

  return TRUE;
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  FyPreview *self = FY_PREVIEW (widget);

  if (!apply_scroll (self))
    return G_SOURCE_CONTINUE;

  self->scroll_tick_id = 0;

  return G_SOURCE_REMOVE;
}

static void
queue_scroll (FyPreview *self)
{
  if (!self->scroll_wanted || self->layout == NULL)
    return;

  /* While keys arrive the preview follows the cursor when they pause, in
   * the frame that shows the held pages: a scroll now would draw pages
   * anew in a frame between two keys, and the next layout moves the
   * position again anyway. */
  if (self->hold_timeout_id != 0)
    return;

  if (self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb,
                                                         NULL, NULL);
}

static void
apply_zoom (FyPreview *self)
{
  double zoom = fy_preview_state_get_zoom (self->state);

  for (guint i = 0; i < self->pages->len; i++)
    fy_preview_page_set_zoom (g_ptr_array_index (self->pages, i), zoom);
}

static void
set_pages_held (FyPreview *self,
                gboolean   held)
{
  for (guint i = 0; i < self->pages->len; i++)
    fy_preview_page_set_held (g_ptr_array_index (self->pages, i), held);
}

static gboolean
hold_timeout_cb (gpointer user_data)
{
  FyPreview *self = FY_PREVIEW (user_data);

  self->hold_timeout_id = 0;
  set_pages_held (self, FALSE);
  queue_scroll (self);

  return G_SOURCE_REMOVE;
}

static void
show_layout (FyPreview *self,
             FyLayout  *layout)
{
  guint n_pages = fy_layout_get_n_pages (layout);

  g_clear_pointer (&self->layout, fy_layout_unref);
  self->layout = fy_layout_ref (layout);

  while (self->pages->len > n_pages)
    {
      GtkWidget *page = g_ptr_array_steal_index (self->pages, self->pages->len - 1);

      gtk_box_remove (self->pages_box, page);
    }

  while (self->pages->len < n_pages)
    {
      GtkWidget *page = fy_preview_page_new ();

      fy_preview_page_set_zoom (FY_PREVIEW_PAGE (page), fy_preview_state_get_zoom (self->state));
      fy_preview_page_set_held (FY_PREVIEW_PAGE (page), self->hold_timeout_id != 0);
      gtk_box_append (self->pages_box, page);
      g_ptr_array_add (self->pages, page);
    }

  for (guint i = 0; i < n_pages; i++)
    fy_preview_page_set_layout (g_ptr_array_index (self->pages, i), layout, i);

  gtk_widget_set_visible (GTK_WIDGET (self->error_page), FALSE);
  fy_preview_state_set_n_pages (self->state, n_pages);
  update_page_label (self);
  /* A new page size changes what fits. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  queue_scroll (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYOUT]);
}

static void
show_error (FyPreview    *self,
            const GError *error)
{
  g_autofree char *escaped = NULL;

  /* Not a warning: a document beyond the typesetter's limits
   * (FY_ERROR_LIMIT) is the user's data, not a bug. */
  g_debug ("Could not lay out the document: %s", error->message);

  /* Keep showing the last good pages; only an empty preview explains. */
  if (self->layout != NULL)
    return;

  /* The description is Pango markup in libadwaita 1.2. */
  escaped = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, escaped);
  gtk_widget_set_visible (GTK_WIDGET (self->error_page), TRUE);
}

/* The typesetter lives as long as the style does, for its paragraph cache. */
static FyTypesetter *
ensure_typesetter (FyPreview  *self,
                   GError    **error)
{
  g_autofree char *preset = fy_ui_layout_dup_preset (self->document);
  guint fonts_generation = fy_ui_layout_update_fonts ();
  FyTypesetter *typesetter;

  if (self->typesetter != NULL &&
      self->fonts_generation == fonts_generation &&
      g_strcmp0 (fy_style_get_id (fy_typesetter_get_style (self->typesetter)), preset) == 0)
    return self->typesetter;

  typesetter = fy_ui_layout_new_typesetter (self->document, error);
  if (typesetter == NULL)
    return NULL;

  g_clear_object (&self->typesetter);
  self->typesetter = typesetter;
  self->fonts_generation = fonts_generation;

  return self->typesetter;
}

static void
layout_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  FySource *source = task_data;
  FyTypesetter *typesetter = g_object_get_data (G_OBJECT (task), "typesetter");
  g_autoptr(GError) error = NULL;
  FyLayout *layout;

  layout = fy_typesetter_layout_source (typesetter, source, cancellable, &error);
  if (layout == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, layout, (GDestroyNotify)fy_layout_unref);
}

/* @user_data: a GWeakRef to the preview, whose job it was. */
static void
layout_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GWeakRef *preview_ref = user_data;
  g_autoptr(FyPreview) self = g_weak_ref_get (preview_ref);
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  gboolean was_busy;
  gboolean stale;

  g_weak_ref_clear (preview_ref);
  g_free (preview_ref);
  n_jobs_in_flight--;

  /* A job may finish its layout just as it is cancelled: its result is as
   * stale as a cancelled one. */
  stale = g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result)));
  layout = g_task_propagate_pointer (G_TASK (result), &error);

  /* The preview went while its layout ran: nothing to show it in. */
  if (self == NULL || self->disposed)
    return;

  was_busy = fy_preview_get_busy (self);
  self->job_running = FALSE;

  if (stale || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Replaced by a newer request, which follows now. */
      if (self->job_wanted && self->document != NULL)
        start_layout (self);
      else
        end_jobs (self, was_busy);
      return;
    }

  if (layout != NULL)
    {
      g_debug ("Preview: layout of %u pages shown %.0f ms after the last change",
               fy_layout_get_n_pages (layout),
               (g_get_monotonic_time () - self->last_change_time) / 1000.0);
      show_layout (self, layout);
    }
  else
    show_error (self, error);

  if (self->job_wanted && self->document != NULL)
    start_layout (self);
  else
    end_jobs (self, was_busy);
}

static void
start_layout (FyPreview *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  gboolean was_busy = fy_preview_get_busy (self);
  FyTypesetter *typesetter;
  GWeakRef *preview_ref;

  g_clear_handle_id (&self->layout_timeout_id, g_source_remove);

  if (self->job_running)
    {
      /* One job at a time keeps the typesetter (and its cache) on one
       * thread; the stale job stops early and this one follows it. */
      g_cancellable_cancel (self->cancellable);
      self->job_wanted = TRUE;
      return;
    }

  self->job_wanted = FALSE;

  if (self->document == NULL)
    {
      end_jobs (self, was_busy);
      return;
    }

  typesetter = ensure_typesetter (self, &error);
  if (typesetter == NULL)
    {
      show_error (self, error);
      end_jobs (self, was_busy);
      return;
    }

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->job_running = TRUE;

  /* The job does not keep the preview: a window closed while it runs
   * frees its preview at once (dispose cancels the job), and the late
   * result finds the weak reference empty. */
  preview_ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (preview_ref, self);
  n_jobs_in_flight++;
  task = g_task_new (NULL, self->cancellable, layout_done_cb, preview_ref);
  g_task_set_source_tag (task, start_layout);
  g_task_set_name (task, "[fayan] preview layout");
  /* The worker reads a snapshot, never the live document: after one
   * keystroke it shares every block but the edited one with the last. */
  g_task_set_task_data (task, fy_source_new (self->document), (GDestroyNotify) fy_source_unref);
  g_object_set_data_full (G_OBJECT (task), "typesetter", g_object_ref (typesetter), g_object_unref);
  g_task_run_in_thread (task, layout_thread);

  if (!was_busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static gboolean
layout_timeout_cb (gpointer user_data)
{
  FyPreview *self = FY_PREVIEW (user_data);

  self->layout_timeout_id = 0;
  start_layout (self);

  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (FyPreview  *self,
                     FyDocument *document)
{
  gboolean was_busy = fy_preview_get_busy (self);

  self->last_change_time = g_get_monotonic_time ();

  g_clear_handle_id (&self->layout_timeout_id, g_source_remove);
  self->layout_timeout_id = g_timeout_add (LAYOUT_DELAY_MS, layout_timeout_cb, self);

  if (self->hold_timeout_id == 0)
    set_pages_held (self, TRUE);
  else
    g_source_remove (self->hold_timeout_id);
  self->hold_timeout_id = g_timeout_add (HOLD_PAGES_MS, hold_timeout_cb, self);

  if (!was_busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
font_overrides_changed_cb (FyPreview  *self,
                           const char *key,
                           GSettings  *settings)
{
  /* The next layout makes a typesetter with the new fonts. */
  if (self->document != NULL && fy_ui_layout_update_fonts () != self->fonts_generation)
    fy_preview_queue_layout (self);
}

static void
state_zoom_changed_cb (FyPreview      *self,
                       GParamSpec     *pspec,
                       FyPreviewState *state)
{
  apply_zoom (self);
  update_zoom_actions (self);
  queue_scroll (self);
}

static void
state_sizing_changed_cb (FyPreview      *self,
                         GParamSpec     *pspec,
                         FyPreviewState *state)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
state_page_changed_cb (FyPreview      *self,
                       GParamSpec     *pspec,
                       FyPreviewState *state)
{
  update_page_label (self);
}

static void
vadjustment_value_changed_cb (FyPreview     *self,
                              GtkAdjustment *adjustment)
{
  update_current_page (self);

  for (guint i = 0; i < self->pages->len; i++)
    fy_preview_page_update_deferred (g_ptr_array_index (self->pages, i));
}

static void
click_released_cb (FyPreview       *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  GtkWidget *picked;
  GtkWidget *page;
  double page_x;
  double page_y;
  double scale = get_pixels_per_point (self);

  if (n_press != 1)
    return;

  picked = gtk_widget_pick (GTK_WIDGET (self->pages_box), x, y, GTK_PICK_DEFAULT);
  page = picked != NULL ? gtk_widget_get_ancestor (picked, FY_TYPE_PREVIEW_PAGE) : NULL;
  if (page == NULL)
    return;

  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self->pages_box), page, x, y, &page_x, &page_y))
    return;

  if (fy_preview_activate_point (self, fy_preview_page_get_index (FY_PREVIEW_PAGE (page)),
                                 page_x / scale, page_y / scale))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  fy_preview_state_zoom_in (FY_PREVIEW (widget)->state);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  fy_preview_state_zoom_out (FY_PREVIEW (widget)->state);
}

static void
zoom_fit_width_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  fy_preview_state_set_sizing (FY_PREVIEW (widget)->state, FY_PREVIEW_SIZING_FIT_WIDTH);
}

static void
zoom_fit_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  fy_preview_state_set_sizing (FY_PREVIEW (widget)->state, FY_PREVIEW_SIZING_FIT_PAGE);
}

static void
zoom_set_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FyPreviewState *state = FY_PREVIEW (widget)->state;

  g_object_freeze_notify (G_OBJECT (state));
  fy_preview_state_set_sizing (state, FY_PREVIEW_SIZING_FREE);
  fy_preview_state_set_zoom (state, g_variant_get_double (parameter));
  g_object_thaw_notify (G_OBJECT (state));
}

static void
fy_preview_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  FyPreview *self = FY_PREVIEW (widget);

  gtk_widget_measure (self->overlay, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static gboolean
fit_zoom_tick_cb (GtkWidget     *widget,
                  GdkFrameClock *frame_clock,
                  gpointer       user_data)
{
  FyPreview *self = FY_PREVIEW (widget);

  self->fit_tick_id = 0;
  if (fy_preview_state_get_sizing (self->state) != FY_PREVIEW_SIZING_FREE)
    fy_preview_state_set_zoom (self->state, self->fit_zoom);

  return G_SOURCE_REMOVE;
}

static void
fy_preview_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  FyPreview *self = FY_PREVIEW (widget);
  FyPreviewSizing sizing = fy_preview_state_get_sizing (self->state);

  /* The zoom of the fit modes goes to the pages before they are measured
   * in this same allocation. */
  if (sizing != FY_PREVIEW_SIZING_FREE && width > 0 && height > 0)
    {
      double page_width;
      double page_height;
      double zoom;

      int bar = 0;

      /* Beside the page, the scroll bar (fy-preview.ui: always shown). */
      gtk_widget_measure (gtk_scrolled_window_get_vscrollbar (self->scrolled),
                          GTK_ORIENTATION_HORIZONTAL, -1, NULL, &bar, NULL, NULL);
      get_page_size (self, &page_width, &page_height);
      zoom = (width - bar - 2 * PAGE_MARGIN) / (page_width * FY_PREVIEW_PIXELS_PER_POINT);
      if (sizing == FY_PREVIEW_SIZING_FIT_PAGE)
        zoom = MIN (zoom, (height - 2 * PAGE_MARGIN) / (page_height * FY_PREVIEW_PIXELS_PER_POINT));

      /* Rounded so that a pixel more or less does not re-render the pages. */
      zoom = floor (zoom * 100) / 100;
      /* Not now: resizing the pages inside this allocation would leave the
       * panes above unallocated when the frame is drawn ("Trying to
       * snapshot GtkPaned without a current allocation").  The next
       * frame lays them out at the new zoom. */
      if (zoom != fy_preview_state_get_zoom (self->state) && zoom > 0)
        {
          self->fit_zoom = zoom;
          if (self->fit_tick_id == 0)
            self->fit_tick_id = gtk_widget_add_tick_callback (widget, fit_zoom_tick_cb, NULL, NULL);
        }
    }

  gtk_widget_allocate (self->overlay, width, height, baseline, NULL);
}

static void
fy_preview_dispose (GObject *object)
{
  FyPreview *self = (FyPreview *)object;

  /* A running job stops early; its result is dropped. */
  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->layout_timeout_id, g_source_remove);
  g_clear_handle_id (&self->hold_timeout_id, g_source_remove);
  if (self->scroll_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick_id);
      self->scroll_tick_id = 0;
    }
  if (self->fit_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fit_tick_id);
      self->fit_tick_id = 0;
    }

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);
      g_clear_object (&self->document);
    }

  if (self->state != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->state, self);
      g_clear_object (&self->state);
    }

  if (self->settings != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->settings, self);
      g_clear_object (&self->settings);
    }

  if (self->pages != NULL)
    g_ptr_array_set_size (self->pages, 0);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_PREVIEW);

  G_OBJECT_CLASS (fy_preview_parent_class)->dispose (object);
}

static void
fy_preview_finalize (GObject *object)
{
  FyPreview *self = (FyPreview *)object;

  g_clear_pointer (&self->layout, fy_layout_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->typesetter);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (fy_preview_parent_class)->finalize (object);
}

static void
fy_preview_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FyPreview *self = FY_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_LAYOUT:
      g_value_set_boxed (value, self->layout);
      break;

    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, fy_preview_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_preview_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FyPreview *self = FY_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      fy_preview_set_document (self, g_value_get_object (value));
      break;

    case PROP_STATE:
      fy_preview_set_state (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_preview_class_init (FyPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_preview_dispose;
  object_class->finalize = fy_preview_finalize;
  object_class->get_property = fy_preview_get_property;
  object_class->set_property = fy_preview_set_property;

  widget_class->measure = fy_preview_measure;
  widget_class->size_allocate = fy_preview_size_allocate;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         FY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LAYOUT] =
    g_param_spec_boxed ("layout", NULL, NULL,
                        FY_TYPE_LAYOUT,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL,
                         FY_TYPE_PREVIEW_STATE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FyPreview::position-activated:
   * @self: the preview
   * @block_index: the block clicked
   * @char_offset: the character offset in the block (see fy-layout.h)
   *
   * The user clicked text in a page; the window moves the cursor there.
   */
  signals[POSITION_ACTIVATED] =
    g_signal_new ("position-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/fayan/Fayan/ui/fy-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, FyPreview, overlay);
  gtk_widget_class_bind_template_child (widget_class, FyPreview, scrolled);
  gtk_widget_class_bind_template_child (widget_class, FyPreview, pages_box);
  gtk_widget_class_bind_template_child (widget_class, FyPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, FyPreview, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, FyPreview, error_page);
  gtk_widget_class_bind_template_callback (widget_class, click_released_cb);

  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit-width", NULL,
                                   zoom_fit_width_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit-page", NULL,
                                   zoom_fit_page_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-set", "d", zoom_set_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);

  gtk_widget_class_set_css_name (widget_class, "preview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
fy_preview_init (FyPreview *self)
{
  self->pages = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled), "value-changed",
                           G_CALLBACK (vadjustment_value_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->settings = g_settings_new (FY_SETTINGS_SCHEMA_ID);
  g_signal_connect_object (self->settings, "changed::font-overrides",
                           G_CALLBACK (font_overrides_changed_cb), self,
                           G_CONNECT_SWAPPED);

  fy_preview_set_state (self, NULL);
  update_page_label (self);
}

/**
 * fy_preview_new:
 *
 * Returns: (transfer floating): a new, empty preview
 */
GtkWidget *
fy_preview_new (void)
{
  return g_object_new (FY_TYPE_PREVIEW, NULL);
}

FyDocument *
fy_preview_get_document (FyPreview *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW (self), NULL);

  return self->document;
}

/**
 * fy_preview_set_document:
 * @self: a #FyPreview
 * @document: (nullable): the document to show
 *
 * Shows @document: lays it out at once (in a worker thread) and again
 * after each change.  The pages of the previous document stay until the
 * first layout of the new one lands.
 */
void
fy_preview_set_document (FyPreview  *self,
                         FyDocument *document)
{
  g_return_if_fail (FY_IS_PREVIEW (self));
  g_return_if_fail (document == NULL || FY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);

  g_set_object (&self->document, document);
  self->scroll_wanted = FALSE;

  if (document != NULL)
    g_signal_connect_object (document, "changed",
                             G_CALLBACK (document_changed_cb), self,
                             G_CONNECT_SWAPPED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);

  fy_preview_queue_layout (self);
}

/**
 * fy_preview_get_layout:
 * @self: a #FyPreview
 *
 * Returns: (transfer none) (nullable): the layout on screen
 */
FyLayout *
fy_preview_get_layout (FyPreview *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW (self), NULL);

  return self->layout;
}

/**
 * fy_preview_get_state:
 * @self: a #FyPreview
 *
 * Returns: (transfer none): the zoom and page of the preview
 */
FyPreviewState *
fy_preview_get_state (FyPreview *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW (self), NULL);

  return self->state;
}

/**
 * fy_preview_set_state:
 * @self: a #FyPreview
 * @state: (nullable): a state to share, or %NULL for a new one
 */
void
fy_preview_set_state (FyPreview      *self,
                      FyPreviewState *state)
{
  g_autoptr(FyPreviewState) new_state = NULL;

  g_return_if_fail (FY_IS_PREVIEW (self));
  g_return_if_fail (state == NULL || FY_IS_PREVIEW_STATE (state));

  if (state != NULL && self->state == state)
    return;

  new_state = state != NULL ? g_object_ref (state) : fy_preview_state_new ();

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_set_object (&self->state, new_state);

  g_signal_connect_object (self->state, "notify::zoom",
                           G_CALLBACK (state_zoom_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::sizing",
                           G_CALLBACK (state_sizing_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::page",
                           G_CALLBACK (state_page_changed_cb), self, G_CONNECT_SWAPPED);

  fy_preview_state_set_n_pages (self->state, self->pages->len);
  apply_zoom (self);
  update_zoom_actions (self);
  update_page_label (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/**
 * fy_preview_get_busy:
 * @self: a #FyPreview
 *
 * Returns: whether a layout is waiting or running, so the pages shown may
 *   be behind the document
 */
gboolean
fy_preview_get_busy (FyPreview *self)
{
  g_return_val_if_fail (FY_IS_PREVIEW (self), FALSE);

  return self->layout_timeout_id != 0 || self->job_running || self->job_wanted;
}

/**
 * fy_preview_queue_layout:
 * @self: a #FyPreview
 *
 * Lays the document out again now, without waiting for typing to stop;
 * for changes the document does not signal (style files, fonts).
 */
void
fy_preview_queue_layout (FyPreview *self)
{
  g_return_if_fail (FY_IS_PREVIEW (self));

  self->last_change_time = g_get_monotonic_time ();
  start_layout (self);
}

/**
 * fy_preview_activate_point:
 * @self: a #FyPreview
 * @page: a page of the layout shown, from 0
 * @x: points from the left edge of the page
 * @y: points from the top edge of the page
 *
 * Emits #FyPreview::position-activated for the text at the point, as a
 * click there does.
 *
 * Returns: whether the point hit text
 */
gboolean
fy_preview_activate_point (FyPreview *self,
                           guint      page,
                           double     x,
                           double     y)
{
  guint block_index;
  guint char_offset;

  g_return_val_if_fail (FY_IS_PREVIEW (self), FALSE);

  if (self->layout == NULL || page >= fy_layout_get_n_pages (self->layout))
    return FALSE;

  if (!fy_layout_hit_test (self->layout, page, x, y, &block_index, &char_offset))
    return FALSE;

  g_signal_emit (self, signals[POSITION_ACTIVATED], 0, block_index, char_offset);

  return TRUE;
}

/**
 * fy_preview_scroll_to_position:
 * @self: a #FyPreview
 * @block_index: a block of the document
 * @char_offset: a character offset in the block (see fy-layout.h)
 *
 * Keeps the position in view, now and after the layouts that follow (the
 * editor calls this when its cursor moves).  Scrolls only when the
 * position is out of view.
 */
void
fy_preview_scroll_to_position (FyPreview *self,
                               guint      block_index,
                               guint      char_offset)
{
  g_return_if_fail (FY_IS_PREVIEW (self));

  self->scroll_block = block_index;
  self->scroll_offset = char_offset;
  self->scroll_wanted = TRUE;

  queue_scroll (self);
}

/**
 * fy_preview_get_n_jobs_in_flight:
 *
 * Returns: how many layout jobs, of any preview, have not delivered
 *   their result to the main thread yet
 */
guint
fy_preview_get_n_jobs_in_flight (void)
{
  return n_jobs_in_flight;
}

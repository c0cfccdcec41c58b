/* fy-print-preview.c — the print dialog's Preview: Fayan's own pages
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-preview-page.h"
#include "fy-print-preview.h"

/*
 * GTK's print dialog hands "Preview" to an external viewer, which is
 * often not installed; FyPrintOperation answers the "preview" signal with
 * this window instead.  The pages are the print layout's, drawn the way
 * the live preview draws them.
 */

#define PREVIEW_ZOOM 0.75

struct _FyPrintPreview
{
  AdwWindow                 parent_instance;

  FyLayout                 *layout;
  GtkPrintOperationPreview *preview;
  GtkWindow                *parent;     /* weak */
  GtkBox                   *pages;
  guint                     n_pages;
};

G_DEFINE_FINAL_TYPE (FyPrintPreview, fy_print_preview, ADW_TYPE_WINDOW)

static void
end_preview (FyPrintPreview *self)
{
  /* The operation waits for this before it reports "done". */
  if (self->preview != NULL)
    {
      gtk_print_operation_preview_end_preview (self->preview);
      g_clear_object (&self->preview);
    }
}

static gboolean
print_again_cb (gpointer user_data)
{
  g_autoptr(GtkWidget) parent = user_data;

  gtk_widget_activate_action (parent, "win.print", NULL);

  return G_SOURCE_REMOVE;
}

/* Once the previewing operation has ended: a new one, with the dialog. */
static void
print_clicked_cb (FyPrintPreview *self)
{
  GtkWindow *parent = self->parent;

  gtk_window_close (GTK_WINDOW (self));
  if (parent != NULL)
    g_idle_add (print_again_cb, g_object_ref (parent));
}

static gboolean
fy_print_preview_close_request (GtkWindow *window)
{
  end_preview (FY_PRINT_PREVIEW (window));

  return GTK_WINDOW_CLASS (fy_print_preview_parent_class)->close_request (window);
}

static void
fy_print_preview_dispose (GObject *object)
{
  FyPrintPreview *self = FY_PRINT_PREVIEW (object);

  end_preview (self);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (fy_print_preview_parent_class)->dispose (object);
}

static void
fy_print_preview_finalize (GObject *object)
{
  FyPrintPreview *self = FY_PRINT_PREVIEW (object);

  g_clear_pointer (&self->layout, fy_layout_unref);

  G_OBJECT_CLASS (fy_print_preview_parent_class)->finalize (object);
}

static void
fy_print_preview_class_init (FyPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fy_print_preview_dispose;
  object_class->finalize = fy_print_preview_finalize;
  window_class->close_request = fy_print_preview_close_request;

  /* Escape leaves the preview as it leaves the print dialog. */
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_print_preview_init (FyPrintPreview *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Print Preview"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 800);

  gtk_widget_add_css_class (print, "suggested-action");
  g_signal_connect_object (print, "clicked", G_CALLBACK (print_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), print);
  gtk_box_append (GTK_BOX (box), header);

  self->pages = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_widget_set_halign (GTK_WIDGET (self->pages), GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (GTK_WIDGET (self->pages), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->pages), 18);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->pages));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_add_css_class (scroller, "fy-preview-pane");
  gtk_box_append (GTK_BOX (box), scroller);

  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * fy_print_preview_new:
 * @parent: (nullable): the window that prints
 * @layout: the pages to show
 * @preview: (nullable): the print operation's preview, ended on close
 *
 * Returns: (transfer none): the preview window, not shown yet
 */
GtkWidget *
fy_print_preview_new (GtkWindow                *parent,
                      FyLayout                 *layout,
                      GtkPrintOperationPreview *preview)
{
  FyPrintPreview *self;

  g_return_val_if_fail (layout != NULL, NULL);

  self = g_object_new (FY_TYPE_PRINT_PREVIEW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->layout = fy_layout_ref (layout);
  if (preview != NULL)
    self->preview = g_object_ref (preview);
  g_set_weak_pointer (&self->parent, parent);

  self->n_pages = fy_layout_get_n_pages (layout);
  for (guint i = 0; i < self->n_pages; i++)
    {
      GtkWidget *page = fy_preview_page_new ();

      fy_preview_page_set_layout (FY_PREVIEW_PAGE (page), layout, i);
      fy_preview_page_set_zoom (FY_PREVIEW_PAGE (page), PREVIEW_ZOOM);
      gtk_box_append (self->pages, page);
    }

  return GTK_WIDGET (self);
}

guint
fy_print_preview_get_n_pages (FyPrintPreview *self)
{
  g_return_val_if_fail (FY_IS_PRINT_PREVIEW (self), 0);

  return self->n_pages;
}

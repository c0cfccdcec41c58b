/* fy-versions-window.c — the versions kept in a document: open, compare, restore
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-versions-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-versions-window.h"

/*
 * One row per version, newest first, with Open (read-only), Compare (with
 * the current text), Compare to Previous (with the version before it: a
 * round's own changes) and Restore.  The buttons activate the parent
 * window's win.open-version, win.compare-version,
 * win.compare-previous-version and win.restore-version with the version's
 * number, so the window owns what happens to its document (undo
 * included); the list follows FyDocument::versions-changed.
 */

struct _FyVersionsWindow
{
  AdwWindow    parent_instance;

  FyDocument  *document;
  GtkWindow   *parent;
  GtkListBox  *list;
  GtkWidget   *empty;
};

G_DEFINE_FINAL_TYPE (FyVersionsWindow, fy_versions_window, ADW_TYPE_WINDOW)

static void
button_clicked_cb (GtkButton        *button,
                   FyVersionsWindow *self)
{
  const char *action = g_object_get_data (G_OBJECT (button), "fy-action");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "fy-index"));

  if (self->parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->parent), action, "u", index);
}

static GtkWidget *
make_button (FyVersionsWindow *self,
             const char       *label,
             const char       *action,
             guint             index)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "fy-action", (gpointer) action);
  g_object_set_data (G_OBJECT (button), "fy-index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (button_clicked_cb), self);
  return button;
}

static void
rebuild (FyVersionsWindow *self)
{
  GtkWidget *child;
  guint n_versions = fy_document_get_n_versions (self->document);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = n_versions; i > 0; i--)
    {
      FyVersion *version = fy_document_get_version (self->document, i - 1);
      g_autofree char *time = g_date_time_format (fy_version_get_time (version), "%Y-%m-%d %H:%M");
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *compare;
      g_autofree char *title = g_markup_escape_text (fy_version_get_name (version), -1);

      if (*fy_version_get_note (version) != '\0')
        subtitle = g_strdup_printf ("%s · %s · %s", time, fy_version_get_author (version),
                                    fy_version_get_note (version));
      else
        subtitle = g_strdup_printf ("%s · %s", time, fy_version_get_author (version));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      {
        g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_button (self, _("_Open"), "win.open-version", i - 1));
      compare = make_button (self, _("_Compare"), "win.compare-version", i - 1);
      gtk_widget_set_tooltip_text (compare, _("What changed from this version to the current text"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), compare);
      if (i > 1)
        {
          GtkWidget *previous = make_button (self, _("Com_pare to Previous"),
                                             "win.compare-previous-version", i - 1);

          gtk_widget_set_tooltip_text (previous, _("What changed in this round: the version "
                                                   "before it against this one"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), previous);
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_button (self, _("_Restore"), "win.restore-version", i - 1));
      gtk_list_box_append (self->list, row);
    }

  gtk_widget_set_visible (self->empty, n_versions == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->list), n_versions > 0);
}

static void
versions_changed_cb (FyDocument       *document,
                     FyVersionsWindow *self)
{
  rebuild (self);
}

static void
fy_versions_window_dispose (GObject *object)
{
  FyVersionsWindow *self = FY_VERSIONS_WINDOW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, versions_changed_cb, self);
  g_clear_object (&self->document);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (fy_versions_window_parent_class)->dispose (object);
}

static void
fy_versions_window_class_init (FyVersionsWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fy_versions_window_dispose;
}

static void
fy_versions_window_init (FyVersionsWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  self->empty = adw_status_page_new ();
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty), _("No Versions Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty),
                                   _("Save a version (Ctrl+Alt+S) at each round, such as 征求意见稿 "
                                     "or 送审稿, to compare and restore it later."));

  gtk_widget_set_margin_top (inner, 12);
  gtk_widget_set_margin_bottom (inner, 12);
  gtk_widget_set_margin_start (inner, 12);
  gtk_widget_set_margin_end (inner, 12);
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (inner), self->empty);
  adw_clamp_set_child (ADW_CLAMP (clamp), inner);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_title (GTK_WINDOW (self), _("Versions"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 480);
}

/**
 * fy_versions_window_new:
 * @parent: the document's window, whose win.*-version actions the rows use
 * @document: the document
 *
 * Returns: (transfer floating): the window
 */
GtkWidget *
fy_versions_window_new (GtkWindow  *parent,
                        FyDocument *document)
{
  FyVersionsWindow *self;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  self = g_object_new (FY_TYPE_VERSIONS_WINDOW, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  g_set_weak_pointer (&self->parent, parent);
  g_signal_connect (document, "versions-changed", G_CALLBACK (versions_changed_cb), self);
  rebuild (self);
  return GTK_WIDGET (self);
}

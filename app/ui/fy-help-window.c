/* fy-help-window.c — the user guide, shown where no help browser is
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-help-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-help-window.h"
#include "fy-message-dialog.h"

/*
 * F1 and ☰ Help open the guide as a GNOME application does: help:fayan
 * in the help browser (Yelp) when one is installed and the guide is
 * installed where it looks.  Office desktops often have neither Yelp nor
 * a web browser, so otherwise the same pages are shown here: the pages in
 * a sidebar, the chosen one as labels, links between pages followed in
 * place.  With no guide at all, a message says so and what to do.
 */

struct _FyHelpWindow
{
  AdwWindow   parent_instance;

  FyHelp     *help;
  GtkListBox *pages;
  GtkBox     *content;
  GtkWidget  *scrolled;
  const char *page_id;  /* owned by help */
};

G_DEFINE_FINAL_TYPE (FyHelpWindow, fy_help_window, ADW_TYPE_WINDOW)

static gboolean
link_activated_cb (GtkLabel     *label,
                   const char   *uri,
                   FyHelpWindow *self)
{
  const char *prefix = FY_HELP_URI "/";

  if (!g_str_has_prefix (uri, prefix))
    return FALSE;
  fy_help_window_show_page (self, uri + strlen (prefix));
  return TRUE;
}

static GtkWidget *
make_label (FyHelpWindow *self,
            const char   *markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  g_signal_connect (label, "activate-link", G_CALLBACK (link_activated_cb), self);
  return label;
}

static GtkWidget *
make_block (FyHelpWindow *self,
            FyHelpBlock  *block)
{
  g_autofree char *markup = NULL;
  GtkWidget *label;

  switch (block->kind)
    {
    case FY_HELP_BLOCK_STEP:
      markup = g_strdup_printf ("%u. %s", block->number, block->markup);
      break;
    case FY_HELP_BLOCK_ITEM:
      markup = g_strdup_printf ("• %s", block->markup);
      break;
    case FY_HELP_BLOCK_TERM:
      markup = g_strdup_printf ("<b>%s</b>", block->markup);
      break;
    default:
      markup = g_strdup (block->markup);
      break;
    }

  label = make_label (self, markup);
  switch (block->kind)
    {
    case FY_HELP_BLOCK_HEADING:
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_set_margin_top (label, 12);
      break;
    case FY_HELP_BLOCK_STEP:
    case FY_HELP_BLOCK_ITEM:
    case FY_HELP_BLOCK_DEFINITION:
      gtk_widget_set_margin_start (label, 18);
      break;
    case FY_HELP_BLOCK_NOTE:
      {
        GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

        gtk_widget_add_css_class (card, "card");
        gtk_widget_set_margin_top (label, 10);
        gtk_widget_set_margin_bottom (label, 10);
        gtk_widget_set_margin_start (label, 14);
        gtk_widget_set_margin_end (label, 14);
        gtk_box_append (GTK_BOX (card), label);
        return card;
      }
    case FY_HELP_BLOCK_PARAGRAPH:
    case FY_HELP_BLOCK_TERM:
    default:
      break;
    }
  return label;
}

/**
 * fy_help_window_show_page:
 * @self: the window
 * @id: a page's id, such as "first-speech"
 *
 * Returns: whether the guide has that page (it is shown then)
 */
gboolean
fy_help_window_show_page (FyHelpWindow *self,
                          const char   *id)
{
  FyHelpPage *page;
  GtkWidget *child;
  GtkWidget *title;
  GtkAdjustment *adjustment;

  g_return_val_if_fail (FY_IS_HELP_WINDOW (self), FALSE);

  page = fy_help_lookup (self->help, id);
  if (page == NULL)
    return FALSE;
  self->page_id = page->id;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
  {
    g_autofree char *escaped = g_markup_escape_text (page->title, -1);

    title = make_label (self, escaped);
  }
  gtk_widget_add_css_class (title, "title-2");
  gtk_widget_set_margin_bottom (title, 6);
  gtk_box_append (self->content, title);
  for (guint i = 0; i < page->blocks->len; i++)
    gtk_box_append (self->content, make_block (self, g_ptr_array_index (page->blocks, i)));

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  gtk_adjustment_set_value (adjustment, 0.0);

  for (guint i = 0; i < self->help->pages->len; i++)
    if (g_ptr_array_index (self->help->pages, i) == page)
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->pages, (int) i);

        if (row != gtk_list_box_get_selected_row (self->pages))
          gtk_list_box_select_row (self->pages, row);
      }
  return TRUE;
}

const char *
fy_help_window_get_page (FyHelpWindow *self)
{
  g_return_val_if_fail (FY_IS_HELP_WINDOW (self), NULL);

  return self->page_id;
}

static void
row_selected_cb (GtkListBox    *list,
                 GtkListBoxRow *row,
                 FyHelpWindow  *self)
{
  FyHelpPage *page;

  if (row == NULL)
    return;
  page = g_ptr_array_index (self->help->pages, gtk_list_box_row_get_index (row));
  if (g_strcmp0 (page->id, self->page_id) != 0)
    fy_help_window_show_page (self, page->id);
}

static void
fy_help_window_finalize (GObject *object)
{
  FyHelpWindow *self = FY_HELP_WINDOW (object);

  g_clear_pointer (&self->help, fy_help_free);

  G_OBJECT_CLASS (fy_help_window_parent_class)->finalize (object);
}

static void
fy_help_window_class_init (FyHelpWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fy_help_window_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_help_window_init (FyHelpWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *panes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *sidebar = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  self->pages = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->pages), "navigation-sidebar");
  g_signal_connect (self->pages, "row-selected", G_CALLBACK (row_selected_cb), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (sidebar), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (sidebar), GTK_WIDGET (self->pages));
  gtk_widget_set_size_request (sidebar, 220, -1);

  self->content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 10));
  gtk_widget_set_margin_top (GTK_WIDGET (self->content), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->content), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (self->content), 24);
  gtk_widget_set_margin_end (GTK_WIDGET (self->content), 24);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->content));
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), clamp);
  gtk_widget_set_hexpand (self->scrolled, TRUE);

  gtk_box_append (GTK_BOX (panes), sidebar);
  gtk_box_append (GTK_BOX (panes), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (panes), self->scrolled);
  gtk_widget_set_vexpand (panes, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), panes);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_title (GTK_WINDOW (self), _("Fayan Help"));
  gtk_window_set_default_size (GTK_WINDOW (self), 960, 680);
}

/**
 * fy_help_window_new:
 * @parent: (nullable): the window help was asked from
 * @help: (transfer full): the guide
 *
 * Returns: (transfer floating): the window, showing the guide's index
 */
GtkWidget *
fy_help_window_new (GtkWindow *parent,
                    FyHelp    *help)
{
  FyHelpWindow *self;

  g_return_val_if_fail (help != NULL && help->pages->len > 0, NULL);

  self = g_object_new (FY_TYPE_HELP_WINDOW, NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  self->help = help;
  for (guint i = 0; i < help->pages->len; i++)
    {
      FyHelpPage *page = g_ptr_array_index (help->pages, i);
      GtkWidget *label = gtk_label_new (page->title);

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_list_box_append (self->pages, label);
    }
  fy_help_window_show_page (self, ((FyHelpPage *) g_ptr_array_index (help->pages, 0))->id);
  return GTK_WIDGET (self);
}

static void
say_no_help (GtkWindow  *parent,
             const char *why)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  body = g_strdup_printf (_("%s\n\nReinstall Fayan to get the guide back. The keyboard shortcuts "
                            "are listed under ☰ Keyboard Shortcuts (Ctrl+?)."), why);
  dialog = fy_message_dialog_new (parent, _("The User Guide Cannot Be Shown"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The guide in our own window: the one already open, or a new one. */
static void
show_in_window (GtkWindow  *parent,
                const char *folder)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GError) error = NULL;
  FyHelp *help;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (FY_IS_HELP_WINDOW (window))
        {
          gtk_window_present (window);
          return;
        }
    }

  if (folder == NULL)
    {
      say_no_help (parent, _("The user guide is not installed."));
      return;
    }
  help = fy_help_load (folder, &error);
  if (help == NULL)
    {
      g_autofree char *why = g_strdup_printf (_("The user guide could not be read: %s"),
                                              error->message);

      say_no_help (parent, why);
      return;
    }
  gtk_window_present (GTK_WINDOW (fy_help_window_new (parent, help)));
}

typedef struct
{
  GtkWindow *parent;  /* weak */
  char      *folder;
} Request;

static void
request_free (Request *request)
{
  g_clear_weak_pointer (&request->parent);
  g_free (request->folder);
  g_free (request);
}

static void
uri_shown_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error))
    {
      g_debug ("The help browser did not show %s: %s", FY_HELP_URI, error->message);
      show_in_window (request->parent, request->folder);
    }
  request_free (request);
}

/**
 * fy_help_show:
 * @parent: (nullable): the window help was asked from
 *
 * Shows the user guide: in the help browser where there is one and the
 * guide is installed, else in a window of ours, else a message that says
 * why there is none.
 */
void
fy_help_show (GtkWindow *parent)
{
  gboolean installed = FALSE;
  g_autofree char *folder = fy_help_find_folder (&installed);
  g_autoptr(GAppInfo) browser = g_app_info_get_default_for_uri_scheme ("help");

  if (folder != NULL && installed && browser != NULL && parent != NULL)
    {
      Request *request = g_new0 (Request, 1);

      g_set_weak_pointer (&request->parent, parent);
      request->folder = g_steal_pointer (&folder);
      gtk_show_uri_full (parent, FY_HELP_URI, GDK_CURRENT_TIME, NULL, uri_shown_cb, request);
      return;
    }
  show_in_window (parent, folder);
}

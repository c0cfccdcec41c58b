/* fy-welcome.c — what a window shows before it has a speech
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fayan-core.h"
#include "fy-template-gallery.h"
#include "fy-thumbnail.h"
#include "fy-tooltip.h"
#include "fy-ui-layout.h"
#include "fy-welcome.h"

#define THUMBNAIL_WIDTH 120

struct _FyWelcome
{
  GtkWidget     parent_instance;

  GSettings    *settings;
  GCancellable *cancellable;
  GtkWidget    *scroller;
  GtkWidget    *recent_title;
  GtkFlowBox   *recent_box;
  GtkFlowBox   *template_box;
  GPtrArray    *pictures;       /* GtkPicture of each recent card */
  gboolean      stale;          /* the recent list changed while hidden */
};

G_DEFINE_FINAL_TYPE (FyWelcome, fy_welcome, GTK_TYPE_WIDGET)

/* Recent speeches */

static void
thumbnail_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GtkPicture) picture = user_data;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  texture = fy_thumbnail_load_finish (result, &error);
  if (texture == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No thumbnail: %s", error->message);
      return;
    }

  gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
}

static GtkWidget *
create_card (const char *title,
             const char *subtitle,
             GtkWidget  *picture)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);

  gtk_widget_set_size_request (box, THUMBNAIL_WIDTH + 12, -1);
  if (picture != NULL)
    gtk_box_append (GTK_BOX (box), picture);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (picture != NULL)
    {
      gtk_label_set_max_width_chars (GTK_LABEL (label), 10);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    }
  else
    /* A template's name on one line: the homogeneous flow box sized a
     * row of cards for one line, and a name wrapped to two (研讨发言
     * （学习心得体会）) pushed its category out of the card. */
    gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), label);

  if (subtitle != NULL && *subtitle != '\0')
    {
      GtkWidget *sub = gtk_label_new (subtitle);

      gtk_label_set_ellipsize (GTK_LABEL (sub), PANGO_ELLIPSIZE_MIDDLE);
      gtk_label_set_max_width_chars (GTK_LABEL (sub), 10);
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_widget_add_css_class (sub, "caption");
      gtk_box_append (GTK_BOX (box), sub);
    }

  return box;
}

static void
add_recent (FyWelcome  *self,
            const char *uri)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autofree char *name = fy_file_dup_display_name (file);
  g_autofree char *folder = fy_file_dup_display_folder (file);
  g_autofree char *title = NULL;
  GtkWidget *picture = gtk_picture_new ();
  GtkWidget *card;
  GtkWidget *child;

  if (g_str_has_suffix (name, ".fayan"))
    title = g_strndup (name, strlen (name) - strlen (".fayan"));
  else
    title = g_strdup (name);

  gtk_widget_set_size_request (picture, THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 297 / 210);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_widget_add_css_class (picture, "template-thumbnail");

  card = create_card (title, NULL, picture);
  gtk_widget_set_tooltip_text (card, folder);
  fy_tooltip_attach (card);
  gtk_flow_box_append (self->recent_box, card);
  child = gtk_widget_get_parent (card);
  g_object_set_data_full (G_OBJECT (child), "fy-uri", g_strdup (uri), g_free);
  g_ptr_array_add (self->pictures, picture);

  fy_thumbnail_load_async (file, THUMBNAIL_WIDTH * gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                           self->cancellable, thumbnail_loaded_cb, g_object_ref (picture));
}

static void
recent_activated_cb (FyWelcome       *self,
                     GtkFlowBoxChild *child,
                     GtkFlowBox      *box)
{
  const char *uri = g_object_get_data (G_OBJECT (child), "fy-uri");

  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-recent", "s", uri);
}

/**
 * fy_welcome_reload:
 * @self: a #FyWelcome
 *
 * Lists the recent speeches again (those whose files still exist).
 */
void
fy_welcome_reload (FyWelcome *self)
{
  g_auto(GStrv) recent = NULL;
  GtkWidget *child;

  g_return_if_fail (FY_IS_WELCOME (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_box))) != NULL)
    gtk_flow_box_remove (self->recent_box, child);
  g_ptr_array_set_size (self->pictures, 0);

  recent = g_settings_get_strv (self->settings, "recent-files");
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);

      if (g_file_query_exists (file, NULL))
        add_recent (self, recent[i]);
    }

  gtk_widget_set_visible (self->recent_title, self->pictures->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_box), self->pictures->len > 0);
}

/* Listed, and their pages drawn, only while the welcome screen shows:
 * a window that opens a file at once never draws them. */
static void
recent_changed_cb (FyWelcome  *self,
                   const char *key,
                   GSettings  *settings)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fy_welcome_reload (self);
  else
    self->stale = TRUE;
}

static void
fy_welcome_map (GtkWidget *widget)
{
  FyWelcome *self = FY_WELCOME (widget);

  GTK_WIDGET_CLASS (fy_welcome_parent_class)->map (widget);

  if (self->stale)
    {
      self->stale = FALSE;
      fy_welcome_reload (self);
    }
}

/* Templates */

static GtkWidget *
create_template_card (gpointer item,
                      gpointer user_data)
{
  FyTemplate *template_ = item;
  const char *category = fy_template_get_category (template_);
  /* A template saved without a category says where it comes from
   * (“Personal”), as in the gallery, rather than leave an empty line. */
  g_autofree char *subtitle = category != NULL && *category != '\0' ? g_strdup (category)
                                                                      : fy_template_dup_origin_label (template_);
  GtkWidget *card = create_card (fy_template_get_name (template_), subtitle, NULL);
  const char *description = fy_template_get_description (template_);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_top (gtk_widget_get_first_child (card), 10);
  gtk_widget_add_css_class (card, "fy-welcome-template");
  if (description != NULL && *description != '\0')
    {
      gtk_widget_set_tooltip_text (card, description);
      fy_tooltip_attach (card);
    }
  g_object_set_data_full (G_OBJECT (card), "fy-template-id",
                          g_strdup (fy_template_get_id (template_)), g_free);

  return card;
}

static void
template_activated_cb (FyWelcome       *self,
                       GtkFlowBoxChild *child,
                       GtkFlowBox      *box)
{
  GtkWidget *card = gtk_flow_box_child_get_child (child);
  const char *id = g_object_get_data (G_OBJECT (card), "fy-template-id");

  gtk_widget_activate_action (GTK_WIDGET (self), "win.new-from-template", "s", id);
}

/* Building */

static GtkWidget *
create_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);

  return label;
}

static GtkFlowBox *
create_flow_box (void)
{
  GtkWidget *box = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (box), TRUE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 8);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 12);
  gtk_flow_box_set_activate_on_single_click (GTK_FLOW_BOX (box), TRUE);

  return GTK_FLOW_BOX (box);
}

static GtkWidget *
create_button (const char *label,
               const char *action,
               const char *tooltip,
               gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  fy_tooltip_attach (button);
  gtk_widget_add_css_class (button, "pill");
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");

  return button;
}

static void
build (FyWelcome *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (_("Start a Speech"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  FyEnvironment *environment = fy_ui_layout_get_environment ();

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);

  gtk_widget_add_css_class (title, "title-1");
  gtk_box_append (GTK_BOX (box), title);

  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons),
                  create_button (_("_New From a Template…"), "win.new",
                                 _("Choose a template and fill in its fields (Ctrl+N)"), TRUE));
  gtk_box_append (GTK_BOX (buttons),
                  create_button (_("_Open…"), "win.open",
                                 _("Open a speech, Word, Markdown or text file (Ctrl+O)"), FALSE));
  gtk_box_append (GTK_BOX (buttons),
                  create_button (_("Look at a _Sample"), "win.open-sample",
                                 _("Open the bundled sample speech"), FALSE));
  gtk_box_append (GTK_BOX (box), buttons);

  self->recent_title = create_heading (_("Recent Speeches"));
  gtk_box_append (GTK_BOX (box), self->recent_title);
  self->recent_box = create_flow_box ();
  g_signal_connect_object (self->recent_box, "child-activated",
                           G_CALLBACK (recent_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->recent_box));

  gtk_box_append (GTK_BOX (box), create_heading (_("Templates")));
  self->template_box = create_flow_box ();
  {
    /* As in the gallery: the user's own templates first. */
    g_autoptr(GListModel) shown = fy_template_gallery_sort_personal_first (G_LIST_MODEL (fy_environment_get_template_library (environment)));

    gtk_flow_box_bind_model (self->template_box, shown, create_template_card, NULL, NULL);
  }
  g_signal_connect_object (self->template_box, "child-activated",
                           G_CALLBACK (template_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->template_box));
}

/* GObject */

static void
fy_welcome_dispose (GObject *object)
{
  FyWelcome *self = FY_WELCOME (object);

  g_cancellable_cancel (self->cancellable);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);

  G_OBJECT_CLASS (fy_welcome_parent_class)->dispose (object);
}

static void
fy_welcome_finalize (GObject *object)
{
  FyWelcome *self = FY_WELCOME (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->pictures, g_ptr_array_unref);

  G_OBJECT_CLASS (fy_welcome_parent_class)->finalize (object);
}

static void
fy_welcome_class_init (FyWelcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_welcome_dispose;
  object_class->finalize = fy_welcome_finalize;

  widget_class->map = fy_welcome_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "fy-welcome");
}

static void
fy_welcome_init (FyWelcome *self)
{
  self->cancellable = g_cancellable_new ();
  self->pictures = g_ptr_array_new ();
  build (self);
}

/**
 * fy_welcome_new:
 * @settings: the application's settings (the recent-files key)
 *
 * Returns: (transfer floating): a new #FyWelcome
 */
GtkWidget *
fy_welcome_new (GSettings *settings)
{
  FyWelcome *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (FY_TYPE_WELCOME, NULL);
  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed::recent-files",
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
  self->stale = TRUE;

  return GTK_WIDGET (self);
}

guint
fy_welcome_get_n_recent (FyWelcome *self)
{
  g_return_val_if_fail (FY_IS_WELCOME (self), 0);

  return self->pictures->len;
}

/**
 * fy_welcome_get_thumbnail:
 * @self: a #FyWelcome
 * @position: a recent speech
 *
 * Returns: (transfer none) (nullable): its first page, once drawn
 */
GdkPaintable *
fy_welcome_get_thumbnail (FyWelcome *self,
                          guint      position)
{
  g_return_val_if_fail (FY_IS_WELCOME (self), NULL);

  if (position >= self->pictures->len)
    return NULL;

  return gtk_picture_get_paintable (g_ptr_array_index (self->pictures, position));
}

guint
fy_welcome_get_n_templates (FyWelcome *self)
{
  guint n = 0;

  g_return_val_if_fail (FY_IS_WELCOME (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->template_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/**
 * fy_welcome_get_template_id:
 * @self: a #FyWelcome
 * @position: a template card, from the first
 *
 * Returns: (nullable): the id of the template the card at @position makes
 */
const char *
fy_welcome_get_template_id (FyWelcome *self,
                            guint      position)
{
  GtkFlowBoxChild *child;

  g_return_val_if_fail (FY_IS_WELCOME (self), NULL);

  child = gtk_flow_box_get_child_at_index (self->template_box, position);
  if (child == NULL)
    return NULL;

  return g_object_get_data (G_OBJECT (gtk_flow_box_child_get_child (child)), "fy-template-id");
}

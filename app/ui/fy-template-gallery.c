/* fy-template-gallery.c — choose a template, fill its fields, get a new document
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-form-guard.h"
#include "fy-message-dialog.h"
#include "fy-preferences-window.h"
#include "fy-renderer.h"
#include "fy-template-gallery.h"
#include "fy-template-library.h"
#include "fy-tooltip.h"
#include "fy-ui-layout.h"

/* Thumbnail width in pixels (device pixels are this times the scale). */
#define THUMBNAIL_WIDTH 150

typedef struct
{
  const FyFieldDef *def;
  GtkEditable      *editable;
  GtkWidget        *row;
  GtkWidget        *hint;       /* the row under it that shows the field's help */
  char             *initial;    /* the text it was shown with */
} FieldRow;

typedef struct
{
  FyTemplate *template_;   /* main thread only; identifies the result */
  FySource   *source;      /* a snapshot of a sample instance to draw */
  int         scale;
  /* filled by the worker */
  GBytes     *pixels;
  int         width;
  int         height;
  int         stride;
} Thumbnail;

struct _FyTemplateGallery
{
  AdwWindow          parent_instance;

  GListModel        *templates;
  GListModel        *shown;       /* the templates, personal ones first */
  GListModel        *cards;       /* a blank document, then the templates shown */
  FyTemplate        *blank;       /* the blank document's card, if offered */
  GHashTable        *thumbnails;  /* FyTemplate → GdkTexture */
  GHashTable        *pictures;    /* FyTemplate → GtkPicture (not owned) */
  GCancellable      *cancellable;

  FyTemplate        *selected;
  FyDocument        *earlier;
  GArray            *field_rows;  /* of FieldRow */
  guint              discard_asked : 1;  /* the user chose to drop the form */

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkWidget         *back_button;
  GtkWidget         *create_button;
  GtkStack          *stack;
  GtkFlowBox        *flow_box;
  AdwStatusPage     *empty_page;
  GtkLabel          *description_label;
  AdwPreferencesGroup *fields_group;
  AdwToastOverlay   *toast_overlay;
};

G_DEFINE_FINAL_TYPE (FyTemplateGallery, fy_template_gallery, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_TEMPLATES,
  N_PROPS
};

enum {
  DOCUMENT_CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
thumbnail_free (gpointer data)
{
  Thumbnail *thumbnail = data;

  g_clear_object (&thumbnail->template_);
  g_clear_pointer (&thumbnail->source, fy_source_unref);
  g_clear_pointer (&thumbnail->pixels, g_bytes_unref);
  g_free (thumbnail);
}

static void
thumbnails_free (gpointer data)
{
  g_ptr_array_unref (data);
}

/* Worker: lays out and draws the first page of each sample document. */
static void
render_thumbnails_thread (GTask        *task,
                          gpointer      source_object,
                          gpointer      task_data,
                          GCancellable *cancellable)
{
  GPtrArray *thumbnails = task_data;

  for (guint i = 0; i < thumbnails->len; i++)
    {
      Thumbnail *thumbnail = g_ptr_array_index (thumbnails, i);
      g_autoptr(FyLayout) layout = NULL;
      g_autoptr(GError) error = NULL;
      cairo_surface_t *surface;
      cairo_t *cr;
      double page_width;
      double page_height;
      double scale;

      if (g_cancellable_is_cancelled (cancellable))
        break;

      layout = fy_ui_layout_source (thumbnail->source, cancellable, &error);
      if (layout == NULL || fy_layout_get_n_pages (layout) == 0)
        {
          if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_warning ("Could not draw the thumbnail of template “%s”: %s",
                       fy_source_get_template_id (thumbnail->source), error->message);
          continue;
        }

      fy_layout_get_page_size (layout, &page_width, &page_height);
      scale = THUMBNAIL_WIDTH * thumbnail->scale / page_width;
      thumbnail->width = THUMBNAIL_WIDTH * thumbnail->scale;
      thumbnail->height = (int)(page_height * scale + 0.5);

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, thumbnail->width, thumbnail->height);
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, scale, scale);
      fy_renderer_draw_page (layout, 0, cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      thumbnail->stride = cairo_image_surface_get_stride (surface);
      thumbnail->pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                                       (gsize)thumbnail->stride * thumbnail->height);
      cairo_surface_destroy (surface);
    }

  g_task_return_boolean (task, TRUE);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
thumbnails_rendered_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(FyTemplateGallery) self = g_weak_ref_get (user_data);
  GPtrArray *thumbnails = g_task_get_task_data (G_TASK (result));

  weak_ref_free (user_data);

  if (!g_task_propagate_boolean (G_TASK (result), NULL) ||
      self == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;

  for (guint i = 0; i < thumbnails->len; i++)
    {
      Thumbnail *thumbnail = g_ptr_array_index (thumbnails, i);
      GdkTexture *texture;
      GtkPicture *picture;

      if (thumbnail->pixels == NULL)
        continue;

      texture = gdk_memory_texture_new (thumbnail->width, thumbnail->height, GDK_MEMORY_DEFAULT,
                                        thumbnail->pixels, thumbnail->stride);
      g_hash_table_replace (self->thumbnails, g_object_ref (thumbnail->template_), texture);

      picture = g_hash_table_lookup (self->pictures, thumbnail->template_);
      if (picture != NULL)
        gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
    }
}

static void
render_thumbnails (FyTemplateGallery *self)
{
  g_autoptr(GPtrArray) thumbnails = g_ptr_array_new_with_free_func (thumbnail_free);
  g_autoptr(GTask) task = NULL;
  guint n_items = g_list_model_get_n_items (self->templates);
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  GWeakRef *weak_ref;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (self->templates, i);
      g_autoptr(FyDocument) document = NULL;
      Thumbnail *thumbnail;

      if (g_hash_table_contains (self->thumbnails, template_))
        continue;

      /* Defaults and today's date: what the user starts from. */
      document = fy_environment_instantiate (fy_ui_layout_get_environment (), template_, NULL, NULL);
      if (document == NULL)
        continue;

      thumbnail = g_new0 (Thumbnail, 1);
      thumbnail->template_ = g_object_ref (template_);
      thumbnail->source = fy_source_new (document);
      thumbnail->scale = MAX (1, scale);
      g_ptr_array_add (thumbnails, thumbnail);
    }

  if (thumbnails->len == 0)
    return;

  /* One worker for all: the machine has other things to do.  It holds no
   * reference on the gallery, which closes without waiting for it. */
  weak_ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak_ref, self);
  task = g_task_new (NULL, self->cancellable, thumbnails_rendered_cb, weak_ref);
  g_task_set_source_tag (task, render_thumbnails);
  g_task_set_name (task, "[fayan] template thumbnails");
  g_task_set_task_data (task, g_steal_pointer (&thumbnails), thumbnails_free);
  g_task_run_in_thread (task, render_thumbnails_thread);
}

static void
picture_destroyed_cb (gpointer  data,
                      GObject  *where_the_object_was)
{
  FyTemplateGallery *self = data;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->pictures);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      if (value == (gpointer)where_the_object_was)
        g_hash_table_iter_remove (&iter);
    }
}

/* Personal templates: rename, duplicate, delete ---------------------------- */

static GtkWidget *
new_manage_button (FyTemplate *template_)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) rename = g_menu_item_new (_("_Rename…"), NULL);
  g_autoptr(GMenuItem) duplicate = g_menu_item_new (_("D_uplicate"), NULL);
  g_autoptr(GMenuItem) delete = g_menu_item_new (_("_Delete…"), NULL);
  const char *id = fy_template_get_id (template_);
  GtkWidget *button = gtk_menu_button_new ();

  g_menu_item_set_action_and_target (rename, "gallery.rename-template", "s", id);
  g_menu_item_set_action_and_target (duplicate, "gallery.duplicate-template", "s", id);
  g_menu_item_set_action_and_target (delete, "gallery.delete-template", "s", id);
  g_menu_append_item (menu, rename);
  g_menu_append_item (menu, duplicate);
  g_menu_append_item (menu, delete);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, _("Rename, Duplicate or Delete This Template"));
  fy_tooltip_attach (button);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static FyTemplate *
lookup_user_template (FyTemplateGallery *self,
                      GVariant          *parameter)
{
  FyTemplate *template_;

  if (!FY_IS_TEMPLATE_LIBRARY (self->templates))
    return NULL;

  template_ = fy_template_library_lookup (FY_TEMPLATE_LIBRARY (self->templates),
                                          g_variant_get_string (parameter, NULL));
  if (template_ == NULL || fy_template_get_origin (template_) != FY_TEMPLATE_ORIGIN_USER)
    return NULL;

  return template_;
}

static void
show_error_toast (FyTemplateGallery *self,
                  const GError      *error)
{
  /* Toast titles are Pango markup in libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
rename_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    FyTemplateGallery *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "fy-name");
  const char *id = g_object_get_data (G_OBJECT (dialog), "fy-template");
  FyTemplate *template_;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0)
    return;

  template_ = fy_template_library_lookup (FY_TEMPLATE_LIBRARY (self->templates), id);
  if (template_ != NULL
      && !fy_template_library_rename (FY_TEMPLATE_LIBRARY (self->templates), template_,
                                      gtk_editable_get_text (entry), &error))
    show_error_toast (self, error);
}

static void
rename_template_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FyTemplateGallery *self = FY_TEMPLATE_GALLERY (widget);
  FyTemplate *template_ = lookup_user_template (self, parameter);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (template_ == NULL)
    return;

  dialog = fy_message_dialog_new (GTK_WINDOW (self), _("Rename the Template"), NULL);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), fy_template_get_name (template_));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "fy-name", entry);
  fy_form_guard_attach_fields (GTK_WINDOW (dialog), entry, NULL);
  g_object_set_data_full (G_OBJECT (dialog), "fy-template",
                          g_strdup (fy_template_get_id (template_)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
duplicate_template_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  FyTemplateGallery *self = FY_TEMPLATE_GALLERY (widget);
  FyTemplate *template_ = lookup_user_template (self, parameter);
  g_autoptr(FyTemplate) copy = NULL;
  g_autofree char *name = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (template_ == NULL)
    return;

  copy = fy_template_copy (template_);
  /* Translators: the name of a copy of a template; %s is its name */
  name = g_strdup_printf (_("%s (Copy)"), fy_template_get_name (template_));
  id = fy_template_generate_id ();
  fy_template_set_name (copy, name);
  fy_template_set_id (copy, id);
  if (fy_template_library_add_user_template (FY_TEMPLATE_LIBRARY (self->templates), copy, &error) == NULL)
    show_error_toast (self, error);
}

static void
delete_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    FyTemplateGallery *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "fy-template");
  FyTemplate *template_;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  template_ = fy_template_library_lookup (FY_TEMPLATE_LIBRARY (self->templates), id);
  if (template_ != NULL
      && !fy_template_library_delete (FY_TEMPLATE_LIBRARY (self->templates), template_, &error))
    show_error_toast (self, error);
}

static void
delete_template_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FyTemplateGallery *self = FY_TEMPLATE_GALLERY (widget);
  FyTemplate *template_ = lookup_user_template (self, parameter);
  GtkWidget *dialog;

  if (template_ == NULL)
    return;

  /* Deleting a file cannot be undone: ask first. */
  dialog = fy_message_dialog_new (GTK_WINDOW (self), _("Delete the Template?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” is removed from your templates. Speeches made from "
                                    "it are kept."),
                                  fy_template_get_name (template_));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fy-template",
                          g_strdup (fy_template_get_id (template_)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* When a personal template was last saved; 0 if unknown. */
static gint64
get_saved_time (FyTemplate *template_)
{
  GFile *file = fy_template_get_file (template_);
  g_autoptr(GFileInfo) info = NULL;

  if (file == NULL)
    return 0;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return 0;

  return (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC
         + g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
}

/* Personal templates come first, the newest first (the one saved from
 * last month's speech, not the oldest: session 17's new user); the
 * others keep the library's order. */
static int
compare_personal_first (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  gboolean a_user = fy_template_get_origin ((FyTemplate *) a) == FY_TEMPLATE_ORIGIN_USER;
  gboolean b_user = fy_template_get_origin ((FyTemplate *) b) == FY_TEMPLATE_ORIGIN_USER;
  gint64 a_time, b_time;

  if (a_user != b_user || !a_user)
    return b_user - a_user;

  a_time = get_saved_time ((FyTemplate *) a);
  b_time = get_saved_time ((FyTemplate *) b);
  return a_time < b_time ? 1 : a_time > b_time ? -1 : 0;
}

static GtkWidget *
create_card (gpointer item,
             gpointer user_data)
{
  FyTemplateGallery *self = user_data;
  FyTemplate *template_ = item;
  g_autofree char *origin = fy_template_dup_origin_label (template_);
  g_autofree char *details = NULL;
  const char *category = fy_template_get_category (template_);
  const char *description = fy_template_get_description (template_);
  GdkTexture *texture;
  GtkWidget *box;
  GtkWidget *frame;
  GtkWidget *picture;
  GtkWidget *label;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  picture = gtk_picture_new ();
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_widget_set_size_request (picture, THUMBNAIL_WIDTH, (int)(THUMBNAIL_WIDTH * 297 / 210));
  texture = g_hash_table_lookup (self->thumbnails, template_);
  if (texture != NULL)
    gtk_picture_set_paintable (GTK_PICTURE (picture), GDK_PAINTABLE (texture));
  g_hash_table_replace (self->pictures, template_, picture);
  g_object_weak_ref (G_OBJECT (picture), picture_destroyed_cb, self);

  frame = gtk_frame_new (NULL);
  gtk_widget_set_halign (frame, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (frame, "template-thumbnail");
  gtk_frame_set_child (GTK_FRAME (frame), picture);
  gtk_box_append (GTK_BOX (box), frame);

  label = gtk_label_new (fy_template_get_name (template_));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  if (template_ == self->blank)
    details = g_strdup (_("Type or paste the text"));
  else if (category != NULL && *category != '\0')
    /* Translators: a template's category and where it comes from */
    details = g_strdup_printf (_("%1$s · %2$s"), category, origin);
  else
    details = g_strdup (origin);

  label = gtk_label_new (details);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  if (description != NULL && *description != '\0')
    {
      gtk_widget_set_tooltip_text (box, description);
      fy_tooltip_attach (box);
    }

  if (fy_template_get_origin (template_) == FY_TEMPLATE_ORIGIN_USER && FY_IS_TEMPLATE_LIBRARY (self->templates))
    gtk_box_append (GTK_BOX (box), new_manage_button (template_));

  return box;
}

static void
update_empty (FyTemplateGallery *self)
{
  gboolean empty = g_list_model_get_n_items (self->templates) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), empty);
  gtk_widget_set_visible (GTK_WIDGET (self->flow_box), !empty);
}

static void
templates_changed_cb (FyTemplateGallery *self,
                      guint              position,
                      guint              removed,
                      guint              added,
                      GListModel        *model)
{
  update_empty (self);
  render_thumbnails (self);
}

static void
field_row_clear (gpointer data)
{
  FieldRow *field_row = data;

  g_clear_pointer (&field_row->initial, g_free);
}

static void
clear_form (FyTemplateGallery *self)
{
  for (guint i = 0; i < self->field_rows->len; i++)
    {
      FieldRow *field_row = &g_array_index (self->field_rows, FieldRow, i);

      adw_preferences_group_remove (self->fields_group, field_row->row);
      if (field_row->hint != NULL)
        adw_preferences_group_remove (self->fields_group, field_row->hint);
    }
  g_array_set_size (self->field_rows, 0);
}

static void
date_selected_cb (GtkCalendar *calendar,
                  GtkEditable *editable)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = fy_date_format (date);
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (editable, text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
new_date_button (GtkEditable *editable)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Choose a Date"));
  fy_tooltip_attach (button);
  gtk_widget_add_css_class (button, "flat");
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (date_selected_cb), editable, 0);

  return button;
}

static char *
dup_initial_value (FyTemplateGallery *self,
                   const FyFieldDef  *def)
{
  const char *value = NULL;

  /* From an earlier speech: its values, except dates, which are today. */
  if (self->earlier != NULL && def->kind != FY_FIELD_KIND_DATE)
    value = fy_document_get_field_value (self->earlier, def->id);

  if (value == NULL || *value == '\0')
    value = def->default_value;

  if ((value == NULL || *value == '\0') && def->kind == FY_FIELD_KIND_DATE)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      return fy_date_format (now);
    }

  return g_strdup (value != NULL ? value : "");
}

static void
field_changed_cb (GtkEditable *editable)
{
  g_autofree char *value = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (*value != '\0')
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
}

/* The field's help, shown under its entry: a tooltip went unread (the
 * 审议意见's 报告事项, whose title adds 情况报告 to it, was filled with
 * "……执行情况" and printed "执行情况情况报告", session 23's new user). */
static GtkWidget *
new_hint_row (const FyFieldDef *def)
{
  /* a preferences row, or the group would set it under its list */
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *label = gtk_label_new (def->help);
  g_autofree char *name = g_strconcat (def->id, "-hint", NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_name (row, name);

  return row;
}

static void
add_field_row (FyTemplateGallery *self,
               const FyFieldDef  *def)
{
  g_autofree char *initial = dup_initial_value (self, def);
  g_autofree char *escaped = g_markup_escape_text (def->label != NULL ? def->label : def->id, -1);
  g_autofree char *title = NULL;
  FieldRow field_row = { def, NULL, NULL, NULL, NULL };
  GtkWidget *row;

  if (def->required)
    title = g_strdup_printf ("%s <span foreground=\"#c01c28\">*</span>", escaped);
  else
    title = g_steal_pointer (&escaped);

  row = adw_entry_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), initial);
  gtk_widget_set_name (row, def->id);

  if (def->kind == FY_FIELD_KIND_NUMBER)
    adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
  else if (def->kind == FY_FIELD_KIND_DATE)
    adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), new_date_button (GTK_EDITABLE (row)));

  /* A required field's red mark goes as soon as it is filled. */
  g_signal_connect (row, "changed", G_CALLBACK (field_changed_cb), NULL);
  /* Enter after the last value typed creates the speech, as Create. */
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);

  field_row.editable = GTK_EDITABLE (row);
  field_row.row = row;
  field_row.initial = g_steal_pointer (&initial);
  adw_preferences_group_add (self->fields_group, row);
  if (def->help != NULL && *def->help != '\0')
    {
      field_row.hint = new_hint_row (def);
      adw_preferences_group_add (self->fields_group, field_row.hint);
    }
  g_array_append_val (self->field_rows, field_row);
}

/* Tab in the form goes to the next field, Shift+Tab to the one before,
 * as in any form: the fields' list let Tab leave it from the first
 * field.  Past the last field, GTK's own Tab (to 创建). */
static gboolean
move_to_field_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  FyTemplateGallery *self = FY_TEMPLATE_GALLERY (user_data);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  int step = g_variant_get_int32 (args);

  for (guint i = 0; focus != NULL && i < self->field_rows->len; i++)
    {
      GtkWidget *row = g_array_index (self->field_rows, FieldRow, i).row;
      int next = (int) i + step;

      if (focus != row && !gtk_widget_is_ancestor (focus, row))
        continue;
      if (next < 0 || next >= (int) self->field_rows->len)
        return FALSE;
      return gtk_widget_grab_focus (g_array_index (self->field_rows, FieldRow, next).row);
    }
  return FALSE;
}

static void
add_field_keys (FyTemplateGallery *self)
{
  static const struct
  {
    guint           keyval;
    GdkModifierType modifiers;
    int             step;
  } keys[] = {
    { GDK_KEY_Tab, 0, 1 },
    { GDK_KEY_KP_Tab, 0, 1 },
    { GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK, -1 },
    { GDK_KEY_Tab, GDK_SHIFT_MASK, -1 },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new_with_arguments (
                                            gtk_keyval_trigger_new (keys[i].keyval, keys[i].modifiers),
                                            gtk_callback_action_new (move_to_field_cb, self, NULL),
                                            "i", keys[i].step));
  gtk_widget_add_controller (GTK_WIDGET (self->fields_group), controller);
}

static void
show_form (FyTemplateGallery *self,
           FyTemplate        *template_)
{
  const char *description = fy_template_get_description (template_);
  guint n_fields = fy_template_get_n_fields (template_);
  gboolean any_required = FALSE;

  g_set_object (&self->selected, template_);
  clear_form (self);

  for (guint i = 0; i < n_fields; i++)
    {
      const FyFieldDef *def = fy_template_get_field (template_, i);

      add_field_row (self, def);
      any_required |= def->required;
    }

  gtk_label_set_label (self->description_label, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          description != NULL && *description != '\0');
  if (n_fields == 0)
    /* Translators: {{名称}} is the syntax of a field; keep the braces */
    adw_preferences_group_set_description (self->fields_group,
                                           _("This template has no fields to fill in: Create makes the speech "
                                             "at once. A template asks here for each {{名称}} in its text; put "
                                             "one such as {{会议名称}} in a speech (Insert Field, Ctrl+Shift+K) "
                                             "and save the speech as a template."));
  else
    adw_preferences_group_set_description (self->fields_group,
                                           any_required ? _("Fields marked * must be filled before the speech is exported.")
                                                        : NULL);

  adw_window_title_set_title (self->window_title, fy_template_get_name (template_));
  adw_window_title_set_subtitle (self->window_title,
                                 self->earlier != NULL ? _("New from an Earlier Speech")
                                                       : fy_template_get_category (template_));
  gtk_stack_set_visible_child_name (self->stack, "form");
  gtk_widget_set_visible (self->back_button, self->earlier == NULL);
  gtk_widget_set_visible (self->create_button, TRUE);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->create_button);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gallery.create", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gallery.back", self->earlier == NULL);

  if (self->field_rows->len > 0)
    gtk_widget_grab_focus (g_array_index (self->field_rows, FieldRow, 0).row);
  else
    gtk_widget_grab_focus (self->create_button);
}

static void
show_grid (FyTemplateGallery *self)
{
  g_clear_object (&self->selected);

  adw_window_title_set_title (self->window_title, _("New Speech"));
  adw_window_title_set_subtitle (self->window_title, _("Choose a template"));
  gtk_stack_set_visible_child_name (self->stack, "grid");
  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_widget_set_visible (self->create_button, FALSE);
  gtk_window_set_default_widget (GTK_WINDOW (self), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gallery.create", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gallery.back", FALSE);
}

static void
emit_created (FyTemplateGallery *self,
              FyDocument        *document)
{
  /* The window may go with the last reference; keep it for the emission. */
  g_object_ref (self);
  g_signal_emit (self, signals[DOCUMENT_CREATED], 0, document);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

/**
 * fy_template_gallery_create_blank:
 * @self: a #FyTemplateGallery
 *
 * Makes a blank document, as its card does: no template, no fields to
 * fill first, one empty paragraph to type or paste into.
 */
void
fy_template_gallery_create_blank (FyTemplateGallery *self)
{
  g_autoptr(FyDocument) document = fy_document_new ();

  g_return_if_fail (FY_IS_TEMPLATE_GALLERY (self));

  fy_document_append_block (document, fy_block_new (FY_BLOCK_ROLE_PARAGRAPH));
  emit_created (self, document);
}

static void
child_activated_cb (FyTemplateGallery *self,
                    GtkFlowBoxChild   *child,
                    GtkFlowBox        *flow_box)
{
  g_autoptr(FyTemplate) template_ = g_list_model_get_item (self->cards, gtk_flow_box_child_get_index (child));

  if (template_ != NULL && template_ == self->blank)
    fy_template_gallery_create_blank (self);
  else if (template_ != NULL)
    show_form (self, template_);
}

/* Typed fields are not dropped without a question --------------------------- */

static gboolean
form_is_edited (FyTemplateGallery *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "form") != 0)
    return FALSE;

  for (guint i = 0; i < self->field_rows->len; i++)
    {
      FieldRow *field_row = &g_array_index (self->field_rows, FieldRow, i);

      if (g_strcmp0 (gtk_editable_get_text (field_row->editable), field_row->initial) != 0)
        return TRUE;
    }

  return FALSE;
}

static void
discard_response_cb (AdwMessageDialog  *dialog,
                     const char        *response,
                     FyTemplateGallery *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  self->discard_asked = TRUE;
  if (g_object_get_data (G_OBJECT (dialog), "fy-back") != NULL)
    show_grid (self);
  else
    gtk_window_close (GTK_WINDOW (self));
  self->discard_asked = FALSE;
}

/* Asks before the typed fields go; @back: to the grid, else closing. */
static void
ask_discard (FyTemplateGallery *self,
             gboolean           back)
{
  GtkWidget *dialog = fy_form_guard_new_question (GTK_WINDOW (self));

  if (back)
    g_object_set_data (G_OBJECT (dialog), "fy-back", GINT_TO_POINTER (TRUE));
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FyTemplateGallery *self = FY_TEMPLATE_GALLERY (widget);

  if (!self->discard_asked && form_is_edited (self))
    ask_discard (self, TRUE);
  else
    show_grid (self);
}

/* Escape and the close button: both come here. */
static gboolean
fy_template_gallery_close_request (GtkWindow *window)
{
  FyTemplateGallery *self = FY_TEMPLATE_GALLERY (window);

  if (!self->discard_asked && form_is_edited (self))
    {
      ask_discard (self, FALSE);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (fy_template_gallery_parent_class)->close_request (window);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FyTemplateGallery *self = FY_TEMPLATE_GALLERY (widget);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = fy_template_gallery_create_document (self, &error);
  if (document == NULL)
    {
      /* Toast titles are Pango markup in libadwaita 1.2. */
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
      return;
    }

  emit_created (self, document);
}

static gboolean
close_shortcut (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  gtk_window_close (GTK_WINDOW (widget));

  return TRUE;
}

/* The application's one library: every folder of the settings. */
static GListModel *
new_default_library (void)
{
  FyEnvironment *environment = fy_ui_layout_get_environment ();

  return G_LIST_MODEL (g_object_ref (fy_environment_get_template_library (environment)));
}

static void
fy_template_gallery_constructed (GObject *object)
{
  FyTemplateGallery *self = (FyTemplateGallery *)object;
  g_autoptr(GListStore) cards = NULL;

  G_OBJECT_CLASS (fy_template_gallery_parent_class)->constructed (object);

  cards = g_list_store_new (G_TYPE_LIST_MODEL);
  /* New offers a blank document first: the most common start is pasting
   * a draft that came by mail (session 17's new user). */
  if (self->templates == NULL)
    {
      g_autoptr(GListStore) blank = g_list_store_new (FY_TYPE_TEMPLATE);

      self->templates = new_default_library ();
      self->blank = fy_template_new ("blank", _("Blank Document"), NULL);
      fy_template_set_description (self->blank, _("An empty page without a template or fields: "
                                                   "type the speech or paste a draft."));
      g_list_store_append (blank, self->blank);
      g_list_store_append (cards, blank);
    }

  self->shown = fy_template_gallery_sort_personal_first (self->templates);
  g_list_store_append (cards, self->shown);
  self->cards = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&cards))));
  gtk_flow_box_bind_model (self->flow_box, self->cards, create_card, self, NULL);
  g_signal_connect_object (self->templates, "items-changed",
                           G_CALLBACK (templates_changed_cb), self, G_CONNECT_SWAPPED);

  update_empty (self);
  show_grid (self);
  render_thumbnails (self);
}

static void
fy_template_gallery_dispose (GObject *object)
{
  FyTemplateGallery *self = (FyTemplateGallery *)object;
  GHashTableIter iter;
  gpointer value;

  g_cancellable_cancel (self->cancellable);

  if (self->pictures != NULL)
    {
      g_hash_table_iter_init (&iter, self->pictures);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_object_weak_unref (value, picture_destroyed_cb, self);
      g_hash_table_remove_all (self->pictures);
    }

  if (self->templates != NULL)
    g_signal_handlers_disconnect_by_data (self->templates, self);
  if (self->flow_box != NULL)
    gtk_flow_box_bind_model (self->flow_box, NULL, NULL, NULL, NULL);
  if (self->field_rows != NULL)
    g_array_set_size (self->field_rows, 0);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_TEMPLATE_GALLERY);

  G_OBJECT_CLASS (fy_template_gallery_parent_class)->dispose (object);
}

static void
fy_template_gallery_finalize (GObject *object)
{
  FyTemplateGallery *self = (FyTemplateGallery *)object;

  g_clear_object (&self->cards);
  g_clear_object (&self->blank);
  g_clear_object (&self->shown);
  g_clear_object (&self->templates);
  g_clear_object (&self->selected);
  g_clear_object (&self->earlier);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->thumbnails, g_hash_table_unref);
  g_clear_pointer (&self->pictures, g_hash_table_unref);
  g_clear_pointer (&self->field_rows, g_array_unref);

  G_OBJECT_CLASS (fy_template_gallery_parent_class)->finalize (object);
}

static void
fy_template_gallery_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  FyTemplateGallery *self = FY_TEMPLATE_GALLERY (object);

  switch (prop_id)
    {
    case PROP_TEMPLATES:
      g_value_set_object (value, self->templates);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_template_gallery_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  FyTemplateGallery *self = FY_TEMPLATE_GALLERY (object);

  switch (prop_id)
    {
    case PROP_TEMPLATES:
      self->templates = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_template_gallery_class_init (FyTemplateGalleryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = fy_template_gallery_constructed;
  object_class->dispose = fy_template_gallery_dispose;
  window_class->close_request = fy_template_gallery_close_request;
  object_class->finalize = fy_template_gallery_finalize;
  object_class->get_property = fy_template_gallery_get_property;
  object_class->set_property = fy_template_gallery_set_property;

  /**
   * FyTemplateGallery:templates:
   *
   * The templates offered, a #GListModel of #FyTemplate; the application's
   * library when not given.
   */
  properties[PROP_TEMPLATES] =
    g_param_spec_object ("templates", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FyTemplateGallery::document-created:
   * @self: the gallery
   * @document: the new document
   *
   * The user pressed Create and the document was made; the gallery
   * closes right after.
   */
  signals[DOCUMENT_CREATED] =
    g_signal_new ("document-created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, FY_TYPE_DOCUMENT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/fayan/Fayan/ui/fy-template-gallery.ui");
  gtk_widget_class_bind_template_child (widget_class, FyTemplateGallery, window_title);
  gtk_widget_class_bind_template_child (widget_class, FyTemplateGallery, back_button);
  gtk_widget_class_bind_template_child (widget_class, FyTemplateGallery, create_button);
  gtk_widget_class_bind_template_child (widget_class, FyTemplateGallery, stack);
  gtk_widget_class_bind_template_child (widget_class, FyTemplateGallery, flow_box);
  gtk_widget_class_bind_template_child (widget_class, FyTemplateGallery, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FyTemplateGallery, description_label);
  gtk_widget_class_bind_template_child (widget_class, FyTemplateGallery, fields_group);
  gtk_widget_class_bind_template_child (widget_class, FyTemplateGallery, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, child_activated_cb);

  gtk_widget_class_install_action (widget_class, "gallery.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "gallery.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "gallery.rename-template", "s", rename_template_action);
  gtk_widget_class_install_action (widget_class, "gallery.duplicate-template", "s", duplicate_template_action);
  gtk_widget_class_install_action (widget_class, "gallery.delete-template", "s", delete_template_action);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, close_shortcut, NULL);
}

static void
fy_template_gallery_init (FyTemplateGallery *self)
{
  self->cancellable = g_cancellable_new ();
  self->thumbnails = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
  self->pictures = g_hash_table_new (NULL, NULL);
  self->field_rows = g_array_new (FALSE, TRUE, sizeof (FieldRow));
  g_array_set_clear_func (self->field_rows, field_row_clear);

  gtk_widget_init_template (GTK_WIDGET (self));
  add_field_keys (self);
  /* Chinese tooltips as wide as their text, not a column of characters. */
  fy_tooltip_attach_tree (GTK_WIDGET (self));
}

/**
 * fy_template_gallery_new:
 * @parent: (nullable): the window the gallery is for
 * @templates: (nullable): a #GListModel of #FyTemplate, or %NULL for the
 *   application's library
 *
 * Returns: (transfer floating): a new gallery; present it
 */
GtkWidget *
fy_template_gallery_new (GtkWindow  *parent,
                         GListModel *templates)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (templates == NULL || G_IS_LIST_MODEL (templates), NULL);

  return g_object_new (FY_TYPE_TEMPLATE_GALLERY,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       "templates", templates,
                       NULL);
}

/**
 * fy_template_gallery_new_from_earlier:
 * @parent: (nullable): the window the gallery is for
 * @templates: (nullable): as for fy_template_gallery_new()
 * @earlier: the earlier speech
 *
 * "New from an Earlier Speech": opens on the form of the template
 * @earlier was made from (found by its template id in @templates), with
 * the earlier values and today's date; Create gives a copy of @earlier
 * with the new values.
 *
 * Returns: (transfer floating): a new gallery, or %NULL when @earlier's
 *   template is not in @templates (then duplicate without asking)
 */
GtkWidget *
fy_template_gallery_new_from_earlier (GtkWindow  *parent,
                                      GListModel *templates,
                                      FyDocument *earlier)
{
  FyTemplateGallery *self;
  const char *template_id;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (templates == NULL || G_IS_LIST_MODEL (templates), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (earlier), NULL);

  self = FY_TEMPLATE_GALLERY (fy_template_gallery_new (parent, templates));
  self->earlier = fy_document_copy (earlier);
  template_id = fy_document_get_template_id (earlier);

  if (template_id != NULL && fy_template_gallery_select_id (self, template_id))
    return GTK_WIDGET (self);

  g_object_ref_sink (self);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);

  return NULL;
}

/**
 * fy_template_gallery_get_templates:
 * @self: a #FyTemplateGallery
 *
 * Returns: (transfer none): the templates offered
 */
GListModel *
fy_template_gallery_get_templates (FyTemplateGallery *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE_GALLERY (self), NULL);

  return self->templates;
}

/**
 * fy_template_gallery_sort_personal_first:
 * @templates: a #GListModel of #FyTemplate
 *
 * The order the gallery and the welcome screen show templates in: the
 * user's own first, then the others in the order of @templates.
 *
 * Returns: (transfer full): a model following @templates
 */
GListModel *
fy_template_gallery_sort_personal_first (GListModel *templates)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (templates), NULL);

  /* GtkSortListModel sorts stably: within each group the order stays. */
  return G_LIST_MODEL (gtk_sort_list_model_new (g_object_ref (templates),
                                                GTK_SORTER (gtk_custom_sorter_new (compare_personal_first,
                                                                                   NULL, NULL))));
}

/**
 * fy_template_gallery_get_shown:
 * @self: a #FyTemplateGallery
 *
 * Returns: (transfer none): the templates in the order shown, the user's
 *   own first
 */
GListModel *
fy_template_gallery_get_shown (FyTemplateGallery *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE_GALLERY (self), NULL);

  return self->shown;
}

/**
 * fy_template_gallery_get_thumbnail:
 * @self: a #FyTemplateGallery
 * @position: a position in the templates
 *
 * Returns: (transfer none) (nullable): the first-page thumbnail of the
 *   template, once drawn
 */
GdkTexture *
fy_template_gallery_get_thumbnail (FyTemplateGallery *self,
                                   guint              position)
{
  g_autoptr(FyTemplate) template_ = NULL;

  g_return_val_if_fail (FY_IS_TEMPLATE_GALLERY (self), NULL);

  template_ = g_list_model_get_item (self->templates, position);
  if (template_ == NULL)
    return NULL;

  return g_hash_table_lookup (self->thumbnails, template_);
}

/**
 * fy_template_gallery_select:
 * @self: a #FyTemplateGallery
 * @position: a position in the templates
 *
 * Shows the form of the fields of the template at @position, as clicking
 * it does.
 */
void
fy_template_gallery_select (FyTemplateGallery *self,
                            guint              position)
{
  g_autoptr(FyTemplate) template_ = NULL;

  g_return_if_fail (FY_IS_TEMPLATE_GALLERY (self));

  template_ = g_list_model_get_item (self->templates, position);
  g_return_if_fail (template_ != NULL);

  show_form (self, template_);
}

/**
 * fy_template_gallery_select_id:
 * @self: a #FyTemplateGallery
 * @template_id: the id of a template in the list
 *
 * Shows the field form of that template; Back leads to the whole grid.
 *
 * Returns: whether the list has the template
 */
gboolean
fy_template_gallery_select_id (FyTemplateGallery *self,
                               const char        *template_id)
{
  guint n_items;

  g_return_val_if_fail (FY_IS_TEMPLATE_GALLERY (self), FALSE);
  g_return_val_if_fail (template_id != NULL, FALSE);

  n_items = g_list_model_get_n_items (self->templates);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (self->templates, i);

      if (g_strcmp0 (fy_template_get_id (template_), template_id) == 0)
        {
          show_form (self, template_);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * fy_template_gallery_set_field:
 * @self: a #FyTemplateGallery
 * @field_id: a field of the template shown
 * @value: the text to put in its entry
 *
 * Returns: whether the form has the field
 */
gboolean
fy_template_gallery_set_field (FyTemplateGallery *self,
                               const char        *field_id,
                               const char        *value)
{
  g_return_val_if_fail (FY_IS_TEMPLATE_GALLERY (self), FALSE);
  g_return_val_if_fail (field_id != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  for (guint i = 0; i < self->field_rows->len; i++)
    {
      FieldRow *field_row = &g_array_index (self->field_rows, FieldRow, i);

      if (g_strcmp0 (field_row->def->id, field_id) == 0)
        {
          gtk_editable_set_text (field_row->editable, value);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * fy_template_gallery_create_document:
 * @self: a #FyTemplateGallery
 * @error: return location for a #GError
 *
 * Makes the document the form describes, as Create does (without closing
 * the gallery or emitting a signal).
 *
 * Returns: (transfer full): the new document, or %NULL with
 *   %FY_ERROR_FIELD when a required field is empty or a value does not
 *   suit its field (the rows in question are marked)
 */
FyDocument *
fy_template_gallery_create_document (FyTemplateGallery  *self,
                                     GError            **error)
{
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GString) missing = NULL;

  g_return_val_if_fail (FY_IS_TEMPLATE_GALLERY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->selected == NULL)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_NOT_FOUND, _("Choose a template first"));
      return NULL;
    }

  values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < self->field_rows->len; i++)
    {
      FieldRow *field_row = &g_array_index (self->field_rows, FieldRow, i);
      g_autofree char *value = g_strstrip (g_strdup (gtk_editable_get_text (field_row->editable)));

      if (*value == '\0' && field_row->def->required)
        {
          if (missing == NULL)
            missing = g_string_new (NULL);
          else
            /* Translators: between the labels of a list of fields */
            g_string_append (missing, _(", "));
          g_string_append (missing, field_row->def->label != NULL ? field_row->def->label
                                                                  : field_row->def->id);
          gtk_widget_add_css_class (field_row->row, "error");
          continue;
        }

      gtk_widget_remove_css_class (field_row->row, "error");
      if (*value != '\0')
        g_hash_table_insert (values, (gpointer)field_row->def->id, g_steal_pointer (&value));
    }

  if (missing != NULL)
    {
      /* Translators: %s lists the labels of the empty fields */
      g_set_error (error, FY_ERROR, FY_ERROR_FIELD, _("Fill in %s to create the speech"), missing->str);
      return NULL;
    }

  if (self->earlier != NULL)
    return fy_template_new_from_earlier (self->earlier, self->selected, values, error);

  return fy_environment_instantiate (fy_ui_layout_get_environment (), self->selected, values, error);
}

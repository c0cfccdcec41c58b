/* fy-window.c — a Fayan main window: one document
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-window.h"

struct _FyWindow
{
  AdwApplicationWindow  parent_instance;

  FyDocument           *document;
  GCancellable         *cancellable;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkTextView          *text_view;
  AdwToastOverlay      *toast_overlay;
};

G_DEFINE_FINAL_TYPE (FyWindow, fy_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fy_window_show_error (FyWindow     *self,
                      const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
fy_window_update_view (FyWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *title = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->document == NULL)
    {
      gtk_text_buffer_set_text (buffer, "", 0);
      adw_window_title_set_title (self->window_title, _("Fayan"));
      return;
    }

  for (guint i = 0; i < fy_document_get_n_blocks (self->document); i++)
    {
      g_autofree char *block_text = fy_document_dup_block_text (self->document, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, block_text);
    }

  gtk_text_buffer_set_text (buffer, text->str, text->len);

  title = fy_document_dup_display_title (self->document);
  adw_window_title_set_title (self->window_title, *title ? title : _("Untitled Speech"));
}

static void
fy_window_dispose (GObject *object)
{
  FyWindow *self = (FyWindow *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_WINDOW);

  G_OBJECT_CLASS (fy_window_parent_class)->dispose (object);
}

static void
fy_window_finalize (GObject *object)
{
  FyWindow *self = (FyWindow *)object;

  g_clear_object (&self->document);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (fy_window_parent_class)->finalize (object);
}

static void
fy_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FyWindow *self = FY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FyWindow *self = FY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      fy_window_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_window_class_init (FyWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_window_dispose;
  object_class->finalize = fy_window_finalize;
  object_class->get_property = fy_window_get_property;
  object_class->set_property = fy_window_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         FY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/fy-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FyWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, text_view);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, toast_overlay);
}

static void
fy_window_init (FyWindow *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fy_window_get_document:
 * @self: a #FyWindow
 *
 * Returns: (transfer none) (nullable): the document shown
 */
FyDocument *
fy_window_get_document (FyWindow *self)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), NULL);

  return self->document;
}

void
fy_window_set_document (FyWindow   *self,
                        FyDocument *document)
{
  g_return_if_fail (FY_IS_WINDOW (self));
  g_return_if_fail (document == NULL || FY_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  fy_window_update_view (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * fy_window_open_file:
 * @self: a #FyWindow
 * @file: a .fayan document, or Markdown or text to import
 *
 * Opens @file; a file that cannot be read is reported in the window.
 */
void
fy_window_open_file (FyWindow *self,
                     GFile    *file)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;

  g_return_if_fail (FY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  basename = g_file_get_basename (file);
  if (basename != NULL && g_str_has_suffix (basename, ".fayan"))
    document = fy_document_load_from_file (file, self->cancellable, &error);
  else
    document = fy_import_file (file, self->cancellable, &error);

  if (document == NULL)
    {
      fy_window_show_error (self, error);
      return;
    }

  fy_window_set_document (self, document);
}

/**
 * fy_window_open_sample:
 * @self: a #FyWindow
 * @error: return location for a #GError
 *
 * Shows the sample speech bundled in the resources.
 *
 * Returns: %TRUE on success
 */
gboolean
fy_window_open_sample (FyWindow  *self,
                       GError   **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FyDocument) document = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (FY_IS_WINDOW (self), FALSE);

  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/core/samples/sample-speech.fayan",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  document = fy_document_load_from_data (data, length, error);
  if (document == NULL)
    return FALSE;

  fy_window_set_document (self, document);
  return TRUE;
}

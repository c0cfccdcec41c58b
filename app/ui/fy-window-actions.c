/* fy-window-actions.c — the win.* actions of a FyWindow
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-batch-fill-dialog.h"
#include "fy-export-dialog.h"
#include "fy-font-report.h"
#include "fy-form-guard.h"
#include "fy-message-dialog.h"
#include "fy-preview.h"
#include "fy-print-operation.h"
#include "fy-recovery.h"
#include "fy-table-dialog.h"
#include "fy-template-gallery.h"
#include "fy-window-private.h"
#include "fy-ui-layout.h"

static FyWindow *
new_window (FyWindow *self)
{
  return g_object_new (FY_TYPE_WINDOW,
                       "application", gtk_window_get_application (GTK_WINDOW (self)),
                       NULL);
}

/* The layout to export or print: the preview's when it is up to date,
 * else NULL, so that the export lays the document out afresh. */
static FyLayout *
get_current_layout (FyWindow *self)
{
  fy_editor_flush (self->editor);

  if (self->preview == NULL || fy_preview_get_busy (FY_PREVIEW (self->preview)))
    return NULL;

  return fy_preview_get_layout (FY_PREVIEW (self->preview));
}

/* New */

/* Shows @document, new work, in @self if it shows nothing of its own,
 * else in a new window; returns that window. */
static FyWindow *
show_new_document (FyWindow   *self,
                   FyDocument *document)
{
  FyWindow *window = fy_window_get_pristine (self) ? self : new_window (self);

  fy_window_set_document (window, document);
  window->pristine = FALSE;
  /* A speech made from a template is new work: keep it safe at once. */
  fy_window_document_changed (window);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static void
document_created_cb (FyWindow          *self,
                     FyDocument        *document,
                     FyTemplateGallery *gallery)
{
  show_new_document (self, document);
}

static gboolean
text_has_fields (FyDocument *document)
{
  for (guint b = 0; b < fy_document_get_n_blocks (document); b++)
    {
      FyBlock *block = fy_document_get_block (document, b);

      for (guint i = 0; i < fy_block_get_n_runs (block); i++)
        if (fy_block_get_run (block, i)->kind == FY_RUN_FIELD)
          return TRUE;
    }

  return FALSE;
}

/* A copy of an earlier speech made without a form: says that nothing was
 * asked, so that the clerk does not take the old meeting for the new. */
static GtkWidget *
tell_nothing_filled (FyWindow   *window,
                     FyDocument *document)
{
  GtkWidget *dialog;

  dialog = fy_message_dialog_new (GTK_WINDOW (window), _("Nothing Was Filled In"),
                                  !text_has_fields (document)
                                  ? _("The earlier speech was not made from a template and has no "
                                      "fields, so there was nothing to ask: its meeting, speaker and "
                                      "date are still the old ones, written in the text. Change them "
                                      "there.")
                                  : _("The template the earlier speech was made from is not here, so "
                                      "there was nothing to ask: its fields keep the old meeting, "
                                      "speaker and date. Change them under Fields."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

/**
 * fy_window_new_from_templates: (skip)
 * @templates: (nullable): templates to offer, or %NULL for the library
 *
 * Shows the template gallery; the speech made there replaces the window's
 * document if the window shows nothing of its own, else gets a window.
 */
GtkWidget *
fy_window_new_from_templates (FyWindow   *self,
                              GListModel *templates)
{
  GtkWidget *gallery = fy_template_gallery_new (GTK_WINDOW (self), templates);

  g_signal_connect_object (gallery, "document-created",
                           G_CALLBACK (document_created_cb), self, G_CONNECT_SWAPPED);
  if (templates != NULL && g_list_model_get_n_items (templates) == 1)
    fy_template_gallery_select (FY_TEMPLATE_GALLERY (gallery), 0);
  gtk_window_present (GTK_WINDOW (gallery));

  return gallery;
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  fy_window_new_from_templates (FY_WINDOW (widget), NULL);
}

/**
 * fy_window_new_from_earlier: (skip)
 * @earlier: the earlier speech
 *
 * “以旧稿新建”: the new meeting's fields are asked for in the form of the
 * template @earlier was made from, with today's date; without that
 * template the copy gets today's date at once, and a message says that
 * nothing was filled in.
 *
 * Returns: (nullable) (transfer none): the form, or the message when the
 *   new speech is shown at once; %NULL if it could not be made
 */
GtkWidget *
fy_window_new_from_earlier (FyWindow   *self,
                            FyDocument *earlier)
{
  FyEnvironment *environment = fy_ui_layout_get_environment ();
  GListModel *templates = G_LIST_MODEL (fy_environment_get_template_library (environment));
  GtkWidget *gallery = fy_template_gallery_new_from_earlier (GTK_WINDOW (self), templates, earlier);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (gallery != NULL)
    {
      g_signal_connect_object (gallery, "document-created",
                               G_CALLBACK (document_created_cb), self, G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (gallery));
      return gallery;
    }

  document = fy_environment_new_from_earlier (environment, earlier, NULL, &error);
  if (document == NULL)
    {
      fy_window_show_error (self, error);
      return NULL;
    }

  return tell_nothing_filled (show_new_document (self, document), document);
}

/* A template chosen on the welcome screen: its form, in the whole
 * gallery.  A gallery of that one template showed, after Back, a grid of
 * one card (session 24's new user, whose click had hit the card beside
 * the one meant); a template no longer there leaves the grid. */
static void
new_from_template_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkWidget *gallery = fy_window_new_from_templates (FY_WINDOW (widget), NULL);

  fy_template_gallery_select_id (FY_TEMPLATE_GALLERY (gallery), g_variant_get_string (parameter, NULL));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  FyWindow *window = fy_window_get_window_for_file (self, NULL);
  g_autoptr(GError) error = NULL;

  if (!fy_window_open_sample (window, &error))
    fy_window_show_error (self, error);
  gtk_window_present (GTK_WINDOW (window));
}

static void
earlier_response_cb (FyWindow             *self,
                     int                   response,
                     GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(FyDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      document = fy_environment_open_document (fy_ui_layout_get_environment (), file,
                                               self->cancellable, &error);

      if (document == NULL)
        fy_window_show_error (self, error);
      else
        fy_window_new_from_earlier (self, document);
    }

  g_object_unref (native);
}

static void
new_from_earlier_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (_("New Speech From an Earlier One"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Use as Start"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("Speeches (.fayan, .docx, .md, .txt)"));
  gtk_file_filter_add_pattern (filter, "*.fayan");
  gtk_file_filter_add_pattern (filter, "*.docx");
  gtk_file_filter_add_pattern (filter, "*.md");
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect_object (native, "response", G_CALLBACK (earlier_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Files */

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  fy_window_open_dialog (FY_WINDOW (widget));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  fy_window_open_or_present (self, file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  fy_window_save (FY_WINDOW (widget), FALSE, FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  fy_window_save (FY_WINDOW (widget), TRUE, FALSE);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Export and print */

static void
export_pdf_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(FyWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = fy_export_dialog_export_pdf_finish (result, &error);

  if (file != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 fy_font_report_new_export_toast (GTK_WINDOW (self), file,
                                                                  fy_export_dialog_get_layout (result)));
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    fy_window_show_error (self, error);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);

  if (self->document == NULL || !fy_window_confirm_finished (self, action_name))
    return;

  fy_export_dialog_export_pdf_async (GTK_WINDOW (self), self->document, self->file,
                                     get_current_layout (self),
                                     self->cancellable, export_pdf_done_cb, g_object_ref (self));
}

static void
export_png_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(FyWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = fy_export_dialog_export_png_finish (result, &error);

  if (folder != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 fy_font_report_new_export_toast (GTK_WINDOW (self), folder,
                                                                  fy_export_dialog_get_layout (result)));
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    fy_window_show_error (self, error);
}

static void
export_png_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);

  if (self->document == NULL || !fy_window_confirm_finished (self, action_name))
    return;

  fy_export_dialog_export_png_async (GTK_WINDOW (self), self->document, self->file,
                                     get_current_layout (self),
                                     self->cancellable, export_png_done_cb, g_object_ref (self));
}

static void
export_text_response_cb (FyWindow             *self,
                         int                   response,
                         GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GError) error = NULL;

      /* Never over the document's own file, as in the CLI. */
      if (fy_file_check_destination (file, self->file, &error) &&
          fy_window_export_text (self, file, &error))
        adw_toast_overlay_add_toast (self->toast_overlay, fy_export_dialog_new_done_toast (file));
      else
        fy_window_show_error (self, error);
    }

  g_object_unref (native);
}

static void
export_text_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  static const struct {
    const char *action;
    const char *title;
    const char *filter;
    const char *suffix;
  } kinds[] = {
    { "win.export-docx", N_("Export Word Document"), N_("Word Documents (.docx)"), ".docx" },
    { "win.export-markdown", N_("Export Markdown"), N_("Markdown"), ".md" },
    { "win.export-text", N_("Export Plain Text"), N_("Plain Text"), ".txt" },
  };
  FyWindow *self = FY_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = NULL;
  guint k = 0;

  if (self->document == NULL || !fy_window_confirm_finished (self, action_name))
    return;

  while (k + 1 < G_N_ELEMENTS (kinds) && !g_str_equal (action_name, kinds[k].action))
    k++;

  native = gtk_file_chooser_native_new (_(kinds[k].title),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _(kinds[k].filter));
  pattern = g_strconcat ("*", kinds[k].suffix, NULL);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  /* As Export PDF: the saved file's name, beside it. */
  fy_export_dialog_propose (GTK_FILE_CHOOSER (native), self->document, self->file, kinds[k].suffix);

  g_signal_connect_object (native, "response", G_CALLBACK (export_text_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * fy_window_new_print_operation:
 * @self: a window showing a document
 * @error: return location for a #GError
 *
 * The print operation of 打印: the preview's pages, and the page the
 * preview shows as the dialog's 当前页 (GTK greys that choice out when
 * it is not told one).
 *
 * Returns: (transfer full): the operation, or %NULL with @error set
 */
FyPrintOperation *
fy_window_new_print_operation (FyWindow  *self,
                               GError   **error)
{
  FyPrintOperation *operation;
  guint n_pages, page = 0;

  g_return_val_if_fail (FY_IS_WINDOW (self) && self->document != NULL, NULL);

  operation = fy_print_operation_new (self->document, get_current_layout (self), error);
  if (operation == NULL)
    return NULL;

  n_pages = fy_layout_get_n_pages (fy_print_operation_get_layout (operation));
  if (self->preview != NULL)
    page = fy_preview_state_get_page (fy_preview_get_state (FY_PREVIEW (self->preview)));
  if (n_pages > 0)
    gtk_print_operation_set_current_page (GTK_PRINT_OPERATION (operation), (int) MIN (page, n_pages - 1));

  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  g_autoptr(FyPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (self->document == NULL || !fy_window_confirm_finished (self, action_name))
    return;

  operation = fy_window_new_print_operation (self, &error);
  if (operation == NULL)
    {
      fy_window_show_error (self, error);
      return;
    }

  fy_print_operation_suggest_output (operation, self->file);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    fy_window_show_error (self, error);
}

/* Save as template */

/* The window's speech as the user's template named @name. */
static FyTemplate *
dup_user_template (FyWindow          *self,
                   FyTemplateContent  content,
                   const char        *name)
{
  FyTemplate *based_on;
  FyTemplate *template;

  fy_editor_flush (self->editor);
  /* The template the speech was made from gives each field its required
   * flag and default; without it every referenced field is required. */
  based_on = fy_environment_lookup_template (fy_ui_layout_get_environment (),
                                             fy_document_get_template_id (self->document));
  /* It stays the same kind of speech (会议发言, 书面材料…), which the
   * gallery and the welcome screen show under its name. */
  template = fy_template_new_from_document (self->document, based_on, content, name,
                                            based_on != NULL ? fy_template_get_category (based_on) : NULL);
  /* A speech typed or pasted without a template: its meeting, speaker
   * and date lines become fields, or next month's prints this month's. */
  fy_template_derive_fields (template);
  /* The speaker, unit and post filled in are the next speech's too. */
  fy_template_keep_values_as_defaults (template, self->document);
  return template;
}

/* What the dialog says of the fields the template will have: each with
 * the value a new speech starts from, or how to add one. */
static char *
dup_fields_summary (FyWindow *self)
{
  g_autoptr(FyTemplate) template = dup_user_template (self, FY_TEMPLATE_STRUCTURE_ONLY, "-");
  GString *text;
  guint n = fy_template_get_n_fields (template);

  if (n == 0)
    /* Translators: {{名称}} is the syntax of a field; keep the braces */
    return g_strdup (_("The template will have no fields. To have one filled in for each new speech, "
                       "type {{名称}} where the text changes each time, such as {{会议名称}} "
                       "(Insert Field, Ctrl+Shift+K)."));

  text = g_string_new (_("Filled in for each new speech:"));
  for (guint i = 0; i < n; i++)
    {
      const FyFieldDef *def = fy_template_get_field (template, i);
      const char *label = def->label != NULL ? def->label : def->id;

      g_string_append (text, "\n• ");
      if (def->default_value != NULL)
        /* Translators: a field and the value it starts with */
        g_string_append_printf (text, _("%1$s (now “%2$s”)"), label, def->default_value);
      else if (def->kind == FY_FIELD_KIND_DATE)
        /* Translators: a date field that starts as today's date */
        g_string_append_printf (text, _("%s (today)"), label);
      else
        g_string_append (text, label);
    }

  return g_string_free (text, FALSE);
}

static void
template_response_cb (FyWindow         *self,
                      const char       *response,
                      AdwMessageDialog *dialog)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "fy-name");
  GtkCheckButton *keep = g_object_get_data (G_OBJECT (dialog), "fy-keep-text");
  FyTemplateLibrary *library = fy_environment_get_template_library (fy_ui_layout_get_environment ());
  g_autoptr(FyTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  FyTemplate *added;
  const char *name;

  if (g_strcmp0 (response, "save") != 0 || self->document == NULL)
    return;

  name = gtk_editable_get_text (entry);
  if (*name == '\0')
    name = _("My Template");

  template = dup_user_template (self,
                                gtk_check_button_get_active (keep)
                                  ? FY_TEMPLATE_KEEP_TEXT
                                  : FY_TEMPLATE_STRUCTURE_ONLY,
                                name);
  added = fy_template_library_add_user_template (library, template, &error);
  if (added == NULL)
    fy_window_show_error (self, error);
  else
    {
      g_autofree char *message = g_strdup_printf (_("Saved the template “%s”"), name);

      fy_window_show_message (self, message);
    }
}

/* Batch fill */

/* The window's speech as a template (its text, the fields of the template
 * it was made from), so that each row of the table gets this text. */
static FyTemplate *
dup_batch_template (FyWindow *self)
{
  static const char *const occasion[] = { FY_FIELD_MEETING, FY_FIELD_DATE };
  FyTemplate *based_on;
  FyTemplate *template_;
  g_autoptr(FyDocument) text = NULL;
  g_autofree char *title = NULL;

  fy_editor_flush (self->editor);
  based_on = fy_environment_lookup_template (fy_ui_layout_get_environment (),
                                             fy_document_get_template_id (self->document));
  /* A unit or post left empty when the speech was made is out of its
   * speaker line; the table's column for it must print. */
  text = based_on != NULL ? fy_template_restore_dropped_fields (based_on, self->document)
                          : g_object_ref (self->document);
  title = fy_document_dup_display_title (self->document);
  template_ = fy_template_new_from_document (text, based_on, FY_TEMPLATE_KEEP_TEXT,
                                             title != NULL && *title != '\0' ? title : _("Speech"),
                                             NULL);

  /* The meeting and its date, as the speech gives them, are every row's
   * unless the table says otherwise: a clerk's table of speakers alone
   * was refused for lacking a 会议名称 column the speech had filled. */
  for (gsize i = 0; i < G_N_ELEMENTS (occasion); i++)
    {
      const char *value = fy_document_get_field_value (self->document, occasion[i]);

      if (value != NULL && *value != '\0')
        fy_template_set_field_default (template_, occasion[i], value);
    }

  return template_;
}

/**
 * fy_window_batch_fill: (skip)
 *
 * Shows the batch-fill dialog for the window's speech.
 *
 * Returns: (transfer none): the dialog
 */
GtkWidget *
fy_window_batch_fill (FyWindow *self)
{
  g_autoptr(FyTemplate) template_ = dup_batch_template (self);
  GtkWidget *dialog = fy_batch_fill_dialog_new (GTK_WINDOW (self), template_);

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
batch_fill_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  fy_window_batch_fill (FY_WINDOW (widget));
}

/* The name offered for a new template: the speech's title, unless that
 * is still the template's guidance (“（在此填写发言标题）”), which names
 * nothing; then the template it came from, as the user's own. */
static char *
dup_template_name (FyDocument *document)
{
  g_autofree char *title = fy_document_dup_display_title (document);
  const char *id = fy_document_get_template_id (document);
  FyTemplate *template_ = NULL;

  if (*title != '\0' && !fy_template_is_guidance (title))
    return g_steal_pointer (&title);

  if (id != NULL)
    template_ = fy_environment_lookup_template (fy_ui_layout_get_environment (), id);
  if (template_ == NULL)
    return g_strdup ("");

  /* Translators: the name offered for a template made from a speech;
   * %s is the name of the template the speech came from */
  return g_strdup_printf (_("My %s"), fy_template_get_name (template_));
}

static void
save_as_template_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *box, *entry, *keep, *fields;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;

  if (self->document == NULL)
    return;

  dialog = fy_message_dialog_new (GTK_WINDOW (self), _("Save as Template"),
                                  _("The template appears in the gallery under New."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Template name"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  title = dup_template_name (self->document);
  gtk_editable_set_text (GTK_EDITABLE (entry), title);
  keep = gtk_check_button_new_with_mnemonic (_("_Keep the text, not only the structure"));
  fields = gtk_label_new (NULL);
  summary = dup_fields_summary (self);
  gtk_label_set_text (GTK_LABEL (fields), summary);
  gtk_label_set_wrap (GTK_LABEL (fields), TRUE);
  gtk_label_set_xalign (GTK_LABEL (fields), 0.0f);
  gtk_label_set_selectable (GTK_LABEL (fields), TRUE);
  gtk_widget_add_css_class (fields, "dim-label");
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), keep);
  gtk_box_append (GTK_BOX (box), fields);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "fy-name", entry);
  g_object_set_data (G_OBJECT (dialog), "fy-keep-text", keep);
  g_object_set_data (G_OBJECT (dialog), "fy-fields", fields);
  fy_form_guard_attach_fields (GTK_WINDOW (dialog), entry, keep, NULL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (template_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Editing */

static void
toggle_lead_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  fy_editor_toggle_lead (FY_WINDOW (widget)->editor);
}

static void
insert_table_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);

  if (self->document != NULL)
    fy_table_dialog_present (GTK_WINDOW (self), self->editor);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  fy_editor_undo (FY_WINDOW (widget)->editor);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  fy_editor_redo (FY_WINDOW (widget)->editor);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  GtkTextIter start, end;

  /* Look for the selected words, as editors do. */
  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end) &&
      gtk_text_iter_get_line (&start) == gtk_text_iter_get_line (&end))
    {
      g_autofree char *text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
    }

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  /* Replace (Ctrl+H) types the replacement once there is something to
   * find; before that, as in Word, what to find (session 19's new user
   * typed it into Replace With). */
  if (g_str_equal (action_name, "win.replace") &&
      *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->replace_entry));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
find_next_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);

  fy_editor_find (self->editor, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                  g_str_equal (action_name, "win.find-previous"));
  fy_window_update_match_count (self);
}

static void
replace_one_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);

  fy_editor_replace (self->editor,
                     gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                     gtk_editable_get_text (GTK_EDITABLE (self->replace_entry)));
  fy_window_update_match_count (self);
}

static void
replace_all_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  g_autofree char *message = NULL;
  AdwToast *toast;
  guint n;

  n = fy_editor_replace_all (self->editor,
                             gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                             gtk_editable_get_text (GTK_EDITABLE (self->replace_entry)));
  fy_window_update_match_count (self);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Replaced %u match", "Replaced %u matches", n), n);
  if (n == 0)
    {
      fy_window_show_message (self, message);
      return;
    }

  /* Ctrl+Z would undo the typing in the Replace entry, which still has
   * the focus: the toast offers to take the replacements back. */
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_panel_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);

  gtk_toggle_button_set_active (self->sidebar_button, TRUE);
  gtk_stack_set_visible_child_name (self->sidebar_stack,
                                    g_str_equal (action_name, "win.show-fields") ? "fields" : "outline");
}

/* Set-up */

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);

  gtk_toggle_button_set_active (self->sidebar_button,
                                !gtk_toggle_button_get_active (self->sidebar_button));
}

static void
editor_undo_changed_cb (FyWindow   *self,
                        GParamSpec *pspec,
                        FyEditor   *editor)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", fy_editor_get_can_undo (editor));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", fy_editor_get_can_redo (editor));
}

void
fy_window_update_recent_menu (FyWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-files");

  g_menu_remove_all (self->recent_section);
  for (guint i = 0; recent[i]; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
      g_autofree char *name = fy_file_dup_display_name (file);
      g_autoptr(GMenuItem) item = NULL;

      if (name == NULL)
        continue;

      item = g_menu_item_new (name, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (recent[i]));
      g_menu_append_item (self->recent_section, item);
    }
}

static void
recent_changed_cb (FyWindow   *self,
                   const char *key,
                   GSettings  *settings)
{
  fy_window_update_recent_menu (self);
}

void
fy_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.new-from-earlier", NULL, new_from_earlier_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.new-from-template", "s", new_from_template_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.save-as-template", NULL, save_as_template_action);
  gtk_widget_class_install_action (widget_class, "win.batch-fill", NULL, batch_fill_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.export-png", NULL, export_png_action);
  gtk_widget_class_install_action (widget_class, "win.export-docx", NULL, export_text_action);
  gtk_widget_class_install_action (widget_class, "win.export-markdown", NULL, export_text_action);
  gtk_widget_class_install_action (widget_class, "win.export-text", NULL, export_text_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-lead", NULL, toggle_lead_action);
  gtk_widget_class_install_action (widget_class, "win.insert-table", NULL, insert_table_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.replace", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "win.replace-one", NULL, replace_one_action);
  gtk_widget_class_install_action (widget_class, "win.replace-all", NULL, replace_all_action);
  gtk_widget_class_install_action (widget_class, "win.show-outline", NULL, show_panel_action);
  gtk_widget_class_install_action (widget_class, "win.show-fields", NULL, show_panel_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_property_action (widget_class, "win.automatic-numbering", "automatic-numbering");
  gtk_widget_class_install_property_action (widget_class, "win.style-preset", "style-preset");
  gtk_widget_class_install_property_action (widget_class, "win.page-numbers", "page-numbers");
  fy_window_class_init_fields (widget_class);
}

void
fy_window_init_actions (FyWindow *self)
{
  g_signal_connect_object (self->editor, "notify::can-undo",
                           G_CALLBACK (editor_undo_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "notify::can-redo",
                           G_CALLBACK (editor_undo_changed_cb), self, G_CONNECT_SWAPPED);
  editor_undo_changed_cb (self, NULL, self->editor);

  g_signal_connect_object (self->settings, "changed::recent-files",
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
  fy_window_update_recent_menu (self);
}

/* fy-window-versions.c — FyWindow: save a version, list, open, compare, restore
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-compare-window.h"
#include "fy-form-guard.h"
#include "fy-message-dialog.h"
#include "fy-ui-layout.h"
#include "fy-versions-window.h"
#include "fy-window-private.h"

static const char *
author_name (void)
{
  const char *name = g_get_real_name ();

  return name != NULL && g_strcmp0 (name, "Unknown") != 0 ? name : g_get_user_name ();
}

/**
 * fy_window_save_version:
 * @self: a #FyWindow
 * @name: the version's name (送审稿…)
 * @note: (nullable): a remark
 *
 * Records the text as it is now as a version of the document.  The
 * versions are kept in the document's file: a document that has one is
 * saved with it (as Ctrl+S would), so that a version saved just after a
 * save does not leave the window modified; an untitled one keeps it
 * until it is saved.
 */
void
fy_window_save_version (FyWindow   *self,
                        const char *name,
                        const char *note)
{
  g_autofree char *message = NULL;

  g_return_if_fail (FY_IS_WINDOW (self));
  g_return_if_fail (name != NULL && *name != '\0');

  fy_editor_flush (self->editor);
  fy_document_save_version (self->document, name, author_name (), note);
  /* Translators: %s is a version name such as 送审稿 */
  message = g_strdup_printf (_("Saved the version “%s”"), name);
  fy_window_show_message (self, message);
  if (self->file != NULL)
    fy_window_save (self, FALSE, FALSE);
}

/**
 * fy_window_restore_version:
 * @self: a #FyWindow
 * @index: the version's number, from 0
 *
 * Makes the text that of the version, after keeping the current text as
 * a version of its own; Undo brings the text back.
 */
void
fy_window_restore_version (FyWindow *self,
                           guint     index)
{
  FyVersion *version;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (FY_IS_WINDOW (self));
  g_return_if_fail (index < fy_document_get_n_versions (self->document));

  version = fy_version_ref (fy_document_get_version (self->document, index));
  fy_editor_begin_model_edit (self->editor);
  /* Translators: the name of the version kept automatically; %s is the restored one */
  name = g_strdup_printf (_("Before restoring “%s”"), fy_version_get_name (version));
  fy_document_save_version (self->document, name, author_name (), NULL);
  fy_document_replace_content (self->document, fy_version_get_snapshot (version));
  message = g_strdup_printf (_("Restored “%s”; the text before is kept as a version"),
                             fy_version_get_name (version));
  fy_window_show_message (self, message);
  fy_version_unref (version);
}

static void
save_version_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          FyWindow         *self)
{
  GtkEditable *name = g_object_get_data (G_OBJECT (dialog), "fy-name");
  GtkEditable *note = g_object_get_data (G_OBJECT (dialog), "fy-note");
  g_autofree char *name_text = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;

  name_text = g_strstrip (g_strdup (gtk_editable_get_text (name)));
  if (*name_text == '\0')
    return;
  fy_window_save_version (self, name_text, gtk_editable_get_text (note));
}

static void
name_changed_cb (GtkEditable      *editable,
                 AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (dialog, "save", *text != '\0');
}

static void
save_version_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *name = gtk_entry_new ();
  GtkWidget *note = gtk_entry_new ();

  dialog = ADW_MESSAGE_DIALOG (fy_message_dialog_new (GTK_WINDOW (self), _("Save as Version"),
                                                      _("Keep the text as it is now under a name, "
                                                        "such as 征求意见稿 or 送审稿.")));
  gtk_entry_set_placeholder_text (GTK_ENTRY (name), _("Name"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (note), _("Note (optional)"));
  gtk_entry_set_activates_default (GTK_ENTRY (name), TRUE);
  gtk_entry_set_activates_default (GTK_ENTRY (note), TRUE);
  gtk_widget_set_name (name, "version-name");
  gtk_widget_set_name (note, "version-note");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), note);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "save", FALSE);
  g_object_set_data (G_OBJECT (dialog), "fy-name", name);
  g_object_set_data (G_OBJECT (dialog), "fy-note", note);
  fy_form_guard_attach_fields (GTK_WINDOW (dialog), name, note, NULL);
  g_signal_connect (name, "changed", G_CALLBACK (name_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (save_version_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (name);
}

static void
versions_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);

  fy_editor_flush (self->editor);
  gtk_window_present (GTK_WINDOW (fy_versions_window_new (GTK_WINDOW (self), self->document)));
}

static FyVersion *
version_for (FyWindow *self,
             GVariant *parameter)
{
  guint index = g_variant_get_uint32 (parameter);

  if (index >= fy_document_get_n_versions (self->document))
    return NULL;
  return fy_document_get_version (self->document, index);
}

static void
open_version_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  FyVersion *version = version_for (self, parameter);

  if (version != NULL)
    gtk_window_present (GTK_WINDOW (fy_compare_window_new_for_text (GTK_WINDOW (self),
                                                                    fy_version_get_snapshot (version),
                                                                    fy_version_get_name (version))));
}

static void
compare_version_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  FyVersion *version = version_for (self, parameter);
  g_autofree char *digest = NULL;
  FyVersion *current;

  if (version == NULL)
    return;
  fy_editor_flush (self->editor);
  /* A text just saved as 第三稿 is 第三稿 in the comparison and its 对照表,
   * not “the current text”, which says nothing once it is printed. */
  digest = fy_document_dup_text_digest (self->document);
  current = fy_comparison_find_version (self->document, digest);
  gtk_window_present (GTK_WINDOW (fy_compare_window_new (GTK_WINDOW (self),
                                                         fy_version_get_snapshot (version),
                                                         fy_version_get_name (version),
                                                         self->document,
                                                         current != NULL ? fy_version_get_name (current)
                                                                         : _("Current Text"))));
}

/* A round against the round before it: what changed in that round alone
 * (the 科长's changes to 第一稿), which comparing with the current text no
 * longer shows once the next round has begun. */
static void
compare_previous_version_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  FyVersion *version = version_for (self, parameter);
  FyVersion *previous;

  if (version == NULL || g_variant_get_uint32 (parameter) == 0)
    return;
  previous = fy_document_get_version (self->document, g_variant_get_uint32 (parameter) - 1);
  gtk_window_present (GTK_WINDOW (fy_compare_window_new (GTK_WINDOW (self),
                                                         fy_version_get_snapshot (previous),
                                                         fy_version_get_name (previous),
                                                         fy_version_get_snapshot (version),
                                                         fy_version_get_name (version))));
}

static void
restore_version_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index < fy_document_get_n_versions (self->document))
    fy_window_restore_version (self, index);
}

/**
 * fy_window_export_text:
 * @self: a #FyWindow
 * @file: a .docx, .md or .txt file
 * @error: return location for a #GError
 *
 * Exports the text to @file.  A .docx goes to colleagues who send it back
 * revised: the text sent is kept as a version (unless one holds it
 * already), so that their copies are reviewed against it
 * (fy_comparison_dup_review_text()), not against a text that has moved
 * on since.  The version is written into the speech's file at once
 * (fy_window_record_version()).
 *
 * Returns: %TRUE when @file was written
 */
gboolean
fy_window_export_text (FyWindow  *self,
                       GFile     *file,
                       GError   **error)
{
  g_autofree char *name = fy_file_dup_display_name (file);
  g_autofree char *digest = NULL;
  g_autoptr(GError) record_error = NULL;
  FyVersion *sent = NULL;

  g_return_val_if_fail (FY_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  fy_editor_flush (self->editor);
  digest = fy_document_dup_text_digest (self->document);
  if (g_str_has_suffix (name, ".docx") && fy_comparison_find_version (self->document, digest) == NULL)
    {
      /* Translators: the name of the version kept when exporting; %s is the .docx file name */
      g_autofree char *version = g_strdup_printf (_("Sent as “%s”"), name);

      sent = fy_document_save_version (self->document, version, author_name (), NULL);
    }
  if (!fy_export_file (self->document, file, self->cancellable, error))
    {
      if (sent != NULL)
        fy_document_remove_version (self->document, fy_document_get_n_versions (self->document) - 1);
      return FALSE;
    }

  /* An export is no edit: the record goes into the file as saved, and
   * the window stays as modified as it was.  Where it cannot, the
   * record waits to be saved with the document (closing asks); when
   * writing it failed (the file's folder gone, a full disk), the user
   * is told, or the review of the colleague's copy would later miss
   * the version it was made from with no word of why. */
  if (sent != NULL && !fy_window_record_version (self, sent, &record_error) && record_error != NULL)
    {
      g_autofree char *speech = fy_window_dup_display_name (self);
      g_autoptr(GError) told = NULL;

      fy_window_document_changed (self);
      /* Translators: %1$s is the speech's file name, %2$s says why */
      told = g_error_new (record_error->domain, record_error->code,
                          _("The text sent could not be kept as a version in “%1$s” (%2$s); "
                            "save the speech to keep it"),
                          speech, record_error->message);
      fy_window_show_error (self, told);
    }
  return TRUE;
}

/* Says what the revision was compared with: the version it was made from,
 * or, when the draft no longer holds it, the current text. */
static void
add_base_note (GPtrArray  *notes,
               FyDocument *revision,
               FyVersion  *base)
{
  if (base != NULL)
    /* Translators: %s is a version name such as “Sent as “讲话.docx”” */
    g_ptr_array_insert (notes, 0, g_strdup_printf (_("Compared with the version “%s” it was made "
                                                     "from: only its own changes are offered, "
                                                     "not what changed since."),
                                                   fy_version_get_name (base)));
  else if (fy_comparison_get_base_digest (revision) != NULL)
    g_ptr_array_insert (notes, 0, g_strdup (_("It was made from a text this document no longer "
                                              "keeps as a version: compared with the current "
                                              "text, what changed since it was sent shows as "
                                              "its changes.")));
}

static void
apply_change_cb (FyCompareWindow *compare,
                 FyWindow        *self)
{
  fy_editor_begin_model_edit (self->editor);
}

/**
 * fy_window_review_file:
 * @self: a #FyWindow
 * @file: a colleague's revision of the document (.fayan, .docx, .md, .txt)
 * @error: return location for a #GError
 *
 * Compares the document with @file in a window where each change can be
 * accepted into the document (undoably) or rejected.
 *
 * Returns: (transfer none) (nullable): the review window, or %NULL with
 *   @error set when @file cannot be read
 */
GtkWidget *
fy_window_review_file (FyWindow  *self,
                       GFile     *file,
                       GError   **error)
{
  g_autoptr(FyDocument) revision = NULL;
  g_autoptr(FyDocument) compared = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autofree char *name = NULL;
  FyVersion *base = NULL;
  FyEnvironment *environment = fy_ui_layout_get_environment ();
  GtkWidget *review;

  g_return_val_if_fail (FY_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  /* an imported revision's comments and other notes are shown with it */
  if (g_str_has_suffix (name, ".fayan"))
    revision = fy_environment_open_document (environment, file, NULL, error);
  else
    revision = fy_environment_import_file (environment, file, &notes, NULL, error);
  if (revision == NULL)
    return NULL;

  fy_comparison_match_preset (revision, name, self->document);
  fy_editor_flush (self->editor);
  compared = fy_comparison_dup_review_text (self->document, revision, &base);
  if (notes == NULL)
    notes = g_ptr_array_new_with_free_func (g_free);
  add_base_note (notes, revision, base);
  g_free (name);
  /* the bytes matched the preset above; a person reads this one */
  name = fy_file_dup_display_name (file);
  review = fy_compare_window_new_review (GTK_WINDOW (self), self->document, compared, name);
  g_signal_connect_object (review, "apply-change", G_CALLBACK (apply_change_cb), self, 0);
  fy_compare_window_add_notes (FY_COMPARE_WINDOW (review), notes);
  gtk_window_present (GTK_WINDOW (review));
  return review;
}

static void
show_message (FyWindow   *self,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = fy_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The speech itself is offered first (it is the newest file of its
 * folder, or the one GTK selects): comparing it with itself would say
 * “no changes”, as if the colleague had changed nothing. */
static void
review_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    FyWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL && self->file != NULL && g_file_equal (file, self->file))
    {
      g_autofree char *name = fy_file_dup_display_name (file);
      g_autofree char *body = g_strdup_printf (_("“%s” is the speech open in this window. Choose "
                                                 "the revision a colleague sent back."), name);

      show_message (self, _("This Is the Speech Itself"), body);
    }
  else if (file != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (fy_window_review_file (self, file, &error) == NULL)
        {
          g_autofree char *name = fy_file_dup_display_name (file);
          g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

          show_message (self, heading, error->message);
        }
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
review_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = fy_window_dup_start_folder (self);

  chooser = gtk_file_chooser_native_new (_("Review a Revision"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         /* Translators: not C, which is Cancel's */
                                         _("Co_mpare"), _("_Cancel"));
  /* Not 最近使用, where the speech itself came first and Enter compared it
   * with itself, and where GTK 4.8 ignores a path typed after Ctrl+L: the
   * speech's folder, with nothing chosen. */
  if (folder == NULL)
    folder = g_file_new_for_path (g_get_home_dir ());
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_filter_set_name (filter, _("Speeches (.fayan, .docx, .md, .txt)"));
  gtk_file_filter_add_suffix (filter, "fayan");
  gtk_file_filter_add_suffix (filter, "docx");
  gtk_file_filter_add_suffix (filter, "md");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (review_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
fy_window_class_init_versions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.review-file", NULL, review_file_action);
  gtk_widget_class_install_action (widget_class, "win.save-version", NULL, save_version_action);
  gtk_widget_class_install_action (widget_class, "win.versions", NULL, versions_action);
  gtk_widget_class_install_action (widget_class, "win.open-version", "u", open_version_action);
  gtk_widget_class_install_action (widget_class, "win.compare-version", "u", compare_version_action);
  gtk_widget_class_install_action (widget_class, "win.compare-previous-version", "u",
                                   compare_previous_version_action);
  gtk_widget_class_install_action (widget_class, "win.restore-version", "u", restore_version_action);
}

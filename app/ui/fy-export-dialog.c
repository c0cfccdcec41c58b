/* fy-export-dialog.c — Export PDF / PNG pages: choose a file, check, write
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "fy-date.h"
#include "fy-export-dialog.h"
#include "fy-file-name.h"
#include "fy-font-report.h"
#include "fy-message-dialog.h"
#include "fy-renderer.h"
#include "fy-ui-layout.h"

/* Resolution of exported PNG pages: sharp enough to print or paste. */
#define PNG_DPI 150.0

/* Lines of issues shown in the confirmation before "and N more". */
#define MAX_LISTED_ISSUES 10

typedef enum
{
  EXPORT_PDF,
  EXPORT_PNG,
} ExportKind;

typedef struct
{
  ExportKind            kind;
  GtkWindow            *parent;
  FySource             *source;   /* the document when Export was chosen */
  FyLayout             *layout;
  GFile                *file;
  GFile                *input;    /* the document's own file, never written over */
  GtkFileChooserNative *chooser;
} ExportData;

static GStrv dup_layout_issues (FyLayout *layout);

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  if (export->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (export->chooser));
  g_clear_object (&export->chooser);
  g_clear_object (&export->parent);
  g_clear_pointer (&export->source, fy_source_unref);
  g_clear_pointer (&export->layout, fy_layout_unref);
  g_clear_object (&export->file);
  g_clear_object (&export->input);
  g_free (export);
}

/**
 * fy_export_dialog_dup_issues:
 * @document: a #FyDocument
 * @layout: the layout of @document
 *
 * Returns: (transfer full): the problems worth a confirmation before
 *   export, one translated line each, without repeats.  Font
 *   substitutions and per-character fallbacks are not among them: the
 *   export says them in one line afterwards (fy-font-report.h).
 */
GStrv
fy_export_dialog_dup_issues (FyDocument *document,
                             FyLayout   *layout)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (layout != NULL, NULL);

  return dup_layout_issues (layout);
}

static GStrv
dup_layout_issues (FyLayout *layout)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const FyLayoutWarning *warnings;
  guint n_warnings = 0;

  warnings = fy_layout_get_warnings (layout, &n_warnings);

  for (guint i = 0; i < n_warnings; i++)
    {
      const char *message = warnings[i].message;

      if (fy_font_report_is_font_warning (&warnings[i]))
        continue;
      if (message == NULL || !g_hash_table_add (seen, (gpointer)message))
        continue;

      g_strv_builder_add (builder, message);
    }

  return g_strv_builder_end (builder);
}

static void
open_clicked_cb (AdwToast *toast,
                 GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

/**
 * fy_export_dialog_new_done_toast:
 * @file: the file or folder exported to
 *
 * Returns: (transfer full): a toast saying where the export went, with
 *   an "Open" button; adw_toast_overlay_add_toast() takes it
 */
AdwToast *
fy_export_dialog_new_done_toast (GFile *file)
{
  g_autofree char *name = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* The toast title is Pango markup in libadwaita 1.2. */
  name = fy_file_dup_display_name (file);
  basename = g_markup_escape_text (name != NULL ? name : "", -1);
  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Exported “%s”"), basename);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked",
                         G_CALLBACK (open_clicked_cb),
                         g_object_ref (file),
                         (GClosureNotify)(void (*) (void))g_object_unref,
                         0);

  return toast;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ExportData *export = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (export->kind == EXPORT_PDF)
    ok = fy_render_pdf_source (export->layout, export->source, export->file, export->input,
                               cancellable, &error);
  else
    ok = fy_render_png_pages (export->layout, export->file, PNG_DPI, &error);

  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_object_ref (export->file), g_object_unref);
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GTask            *task)
{
  g_autoptr(GTask) owned = task;

  /* Closing the dialog may answer a second time (its close response):
   * the task was only lent to the first answer. */
  g_signal_handlers_disconnect_by_func (dialog, confirm_response_cb, task);

  if (g_strcmp0 (response, "export") != 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The export was cancelled"));
      return;
    }

  g_task_run_in_thread (task, write_thread);
}

static void
confirm_or_write (GTask *task)
{
  ExportData *export = g_task_get_task_data (task);
  g_auto(GStrv) issues = dup_layout_issues (export->layout);
  g_autoptr(GString) body = NULL;
  guint n_issues = g_strv_length (issues);
  GtkWidget *dialog;

  if (n_issues == 0)
    {
      g_task_run_in_thread (task, write_thread);
      g_object_unref (task);
      return;
    }

  body = g_string_new (_("The exported pages will show these problems:"));
  g_string_append_c (body, '\n');
  for (guint i = 0; i < n_issues && i < MAX_LISTED_ISSUES; i++)
    g_string_append_printf (body, "\n• %s", issues[i]);
  if (n_issues > MAX_LISTED_ISSUES)
    {
      g_string_append_c (body, '\n');
      g_string_append_printf (body,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "… and %u more",
                                           "… and %u more",
                                           n_issues - MAX_LISTED_ISSUES),
                              n_issues - MAX_LISTED_ISSUES);
    }

  dialog = fy_message_dialog_new (export->parent, _("Export Anyway?"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), task);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
layout_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  FySource *source = task_data;
  g_autoptr(GError) error = NULL;
  FyLayout *layout;

  layout = fy_ui_layout_source (source, cancellable, &error);
  if (layout == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, layout, (GDestroyNotify)fy_layout_unref);
}

static void
layout_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ExportData *export = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  export->layout = g_task_propagate_pointer (G_TASK (result), &error);
  if (export->layout == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  confirm_or_write (g_steal_pointer (&task));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GTask           *task)
{
  ExportData *export = g_task_get_task_data (task);
  g_autoptr(GTask) layout_task = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The export was cancelled"));
      g_object_unref (task);
      return;
    }

  export->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (export->kind == EXPORT_PDF)
    {
      g_autofree char *basename = g_file_get_basename (export->file);

      if (!g_str_has_suffix (basename, ".pdf") && !g_str_has_suffix (basename, ".PDF"))
        {
          g_autofree char *with_suffix = g_strconcat (basename, ".pdf", NULL);
          g_autoptr(GFile) parent = g_file_get_parent (export->file);
          GFile *file = g_file_get_child (parent, with_suffix);

          g_object_unref (export->file);
          export->file = file;
        }
    }

  /* The same rule as the CLI's: never over the document's own file (the
   * chooser only asked whether to replace “a file”). */
  if (export->kind == EXPORT_PDF)
    {
      g_autoptr(GError) error = NULL;

      if (!fy_file_check_destination (export->file, export->input, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          g_object_unref (task);
          return;
        }
    }

  if (export->layout != NULL)
    {
      confirm_or_write (task);
      return;
    }

  layout_task = g_task_new (NULL, g_task_get_cancellable (task), layout_done_cb, task);
  g_task_set_source_tag (layout_task, chooser_response_cb);
  g_task_set_task_data (layout_task, fy_source_ref (export->source), (GDestroyNotify) fy_source_unref);
  g_task_run_in_thread (layout_task, layout_thread);
}

/* The name an export proposes: the saved speech's, "十一月发言.fayan"
 * giving "十一月发言.pdf" (session 17's new user was offered
 * "未命名发言稿-DATE.pdf" for a speech saved under a name of her own);
 * a speech never saved is named after its title and date. */
static char *
dup_export_name (FyDocument *document,
                 GFile      *input,
                 const char *suffix)
{
  g_autofree char *basename = input != NULL ? fy_file_dup_display_name (input) : NULL;
  char *dot;

  if (basename == NULL || *basename == '.' || *basename == '\0')
    return fy_export_dup_dated_name (document, suffix, NULL);

  dot = strrchr (basename, '.');
  if (dot != NULL && dot != basename)
    *dot = '\0';
  return g_strconcat (basename, suffix, NULL);
}

/**
 * fy_export_dialog_propose:
 * @chooser: the file chooser of an export
 * @document: the speech exported
 * @input: (nullable): the speech's own file; %NULL before its first save
 * @suffix: (nullable): the exported file's suffix, such as ".docx"; %NULL
 *   when @chooser picks a folder
 *
 * What every export proposes: the saved speech's name with @suffix, in
 * the speech's folder — else in Documents, never the program's working
 * folder, where GTK would start and a clerk would not find the file
 * (session 19's new user saved her .docx into the folder the program
 * was started from, under the title, beside a PDF named after the file).
 */
void
fy_export_dialog_propose (GtkFileChooser *chooser,
                          FyDocument     *document,
                          GFile          *input,
                          const char     *suffix)
{
  const char *documents_dir = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) parent_dir = input != NULL ? g_file_get_parent (input) : NULL;

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));
  g_return_if_fail (FY_IS_DOCUMENT (document));

  if (parent_dir != NULL && g_file_query_file_type (parent_dir, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    gtk_file_chooser_set_current_folder (chooser, parent_dir, NULL);
  else if (documents_dir != NULL && g_file_test (documents_dir, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents_dir);

      gtk_file_chooser_set_current_folder (chooser, folder, NULL);
    }

  if (suffix != NULL)
    {
      g_autofree char *name = dup_export_name (document, input, suffix);

      gtk_file_chooser_set_current_name (chooser, name);
    }
}

static void
start_export (ExportKind           kind,
              GtkWindow           *parent,
              FyDocument          *document,
              GFile               *input,
              FyLayout            *layout,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data,
              gpointer             source_tag)
{
  GTask *task;
  ExportData *export;

  /* A layout made here, in a worker, uses the fonts chosen now. */
  fy_ui_layout_update_fonts ();

  export = g_new0 (ExportData, 1);
  export->kind = kind;
  export->parent = parent != NULL ? g_object_ref (parent) : NULL;
  /* What was on screen when the user chose Export, whatever is typed while
   * the dialogs are open. */
  export->source = fy_source_new (document);
  export->layout = layout != NULL ? fy_layout_ref (layout) : NULL;
  export->input = input != NULL ? g_object_ref (input) : NULL;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, export, export_data_free);

  if (kind == EXPORT_PDF)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      export->chooser = gtk_file_chooser_native_new (_("Export PDF"), parent,
                                                     GTK_FILE_CHOOSER_ACTION_SAVE,
                                                     _("_Export"), _("_Cancel"));
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_suffix (filter, "pdf");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (export->chooser), filter);
    }
  else
    {
      export->chooser = gtk_file_chooser_native_new (_("Export Pages as Images"), parent,
                                                     GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                                     _("_Export"), _("_Cancel"));
    }

  /* Beside the speech, where a clerk looks for its PDF. */
  fy_export_dialog_propose (GTK_FILE_CHOOSER (export->chooser), document, input,
                            kind == EXPORT_PDF ? ".pdf" : NULL);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (export->chooser), TRUE);
  g_signal_connect (export->chooser, "response", G_CALLBACK (chooser_response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (export->chooser));
}

/**
 * fy_export_dialog_export_pdf_async:
 * @parent: (nullable): the window exporting
 * @document: the document to export (copied now)
 * @layout: (nullable): its layout when up to date; laid out here otherwise
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the PDF is written or the user gave up
 * @user_data: data for @callback
 *
 * Asks for a file name, confirms problems, writes the PDF.
 */
void
fy_export_dialog_export_pdf_async (GtkWindow           *parent,
                                   FyDocument          *document,
                                   GFile               *input,
                                   FyLayout            *layout,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (FY_IS_DOCUMENT (document));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  g_return_if_fail (input == NULL || G_IS_FILE (input));

  start_export (EXPORT_PDF, parent, document, input, layout, cancellable, callback, user_data,
                fy_export_dialog_export_pdf_async);
}

/**
 * fy_export_dialog_export_pdf_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the PDF written, or %NULL with @error
 *   (%G_IO_ERROR_CANCELLED when the user cancelled)
 */
GFile *
fy_export_dialog_export_pdf_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fy_export_dialog_export_pdf_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * fy_export_dialog_get_layout:
 * @result: the result given to the callback of an export
 *
 * Returns: (transfer none) (nullable): the layout that was exported, for
 *   fy_font_report_new_export_toast(); %NULL when none was made
 */
FyLayout *
fy_export_dialog_get_layout (GAsyncResult *result)
{
  ExportData *export;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  export = g_task_get_task_data (G_TASK (result));
  return export != NULL ? export->layout : NULL;
}

/**
 * fy_export_dialog_export_png_async:
 * @parent: (nullable): the window exporting
 * @document: the document to export (copied now)
 * @layout: (nullable): its layout when up to date; laid out here otherwise
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the pages are written or the user gave up
 * @user_data: data for @callback
 *
 * Asks for a folder, confirms problems, writes page-1.png, page-2.png …
 */
void
fy_export_dialog_export_png_async (GtkWindow           *parent,
                                   FyDocument          *document,
                                   GFile               *input,
                                   FyLayout            *layout,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (FY_IS_DOCUMENT (document));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  g_return_if_fail (input == NULL || G_IS_FILE (input));

  start_export (EXPORT_PNG, parent, document, input, layout, cancellable, callback, user_data,
                fy_export_dialog_export_png_async);
}

/**
 * fy_export_dialog_export_png_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the folder written to, or %NULL with @error
 *   (%G_IO_ERROR_CANCELLED when the user cancelled)
 */
GFile *
fy_export_dialog_export_png_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fy_export_dialog_export_png_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* fy-window-files.c — open, save, autosave and close in a FyWindow
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>
#include <string.h>

#include "fy-message-dialog.h"
#include "fy-recovery.h"
#include "fy-window-private.h"
#include "fy-ui-layout.h"

/*
 * No lost work: a change is autosaved to the recovery folder within
 * AUTOSAVE_DELAY_S seconds (never to the user's file, which only Save
 * writes); a clean save or close removes the copy; closing with unsaved
 * changes asks first.  Every write is atomic (a temporary file renamed
 * over the old one), so a failed save leaves the old file as it was.
 */

#define AUTOSAVE_DELAY_S 5
#define MAX_RECENT_FILES 10

/* Autosave */

/* The reason in a write error, after the name of the file that could not
 * be written (“Could not save “…”. The disk is full. …”). */
static const char *
skip_file_name (const char *message)
{
  const char *p = strstr (message, "\u201d");

  if (p == NULL)
    return message;
  p = g_utf8_next_char (p);
  while (*p == ' ' || *p == '.' || g_str_has_prefix (p, "\u3002"))
    p = g_utf8_next_char (p);

  return *p != '\0' ? p : message;
}

/* A clerk whose disk was full read “无法保存恢复副本：无法保存“/home/…/
 * recovery/6b3ee0d3-….fayan”。磁盘已满。…。。请先保存…”, cut off before
 * the advice: a file name nobody chose and a doubled stop.  What to do
 * comes first, then the reason alone. */
static void
show_autosave_error (FyWindow     *self,
                     const GError *error)
{
  g_autofree char *message =
    g_strdup_printf (_("Save the speech now: no copy of it can be kept to restore after a crash. %s"),
                     skip_file_name (error->message));

  fy_window_show_message (self, message);
}

static void
autosave_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  FyWindow *self = FY_WINDOW (object);
  g_autoptr(GError) error = NULL;
  guint serial = GPOINTER_TO_UINT (user_data);
  gboolean written = FALSE;

  self->autosaving = FALSE;

  if (!fy_recovery_save_finish (result, &written, &error))
    {
      if (self->document != NULL)
        show_autosave_error (self, error);
      return;
    }

  /* Not typed in since the copy was taken: the copy is current. */
  if (written && serial == self->change_serial)
    self->autosaved = TRUE;
}

/* The recovery copy is written by a worker (fy_recovery_save_async()):
 * serialising a long speech and writing it to disk stalled typing. */
static gboolean
autosave_timeout_cb (gpointer user_data)
{
  FyWindow *self = user_data;

  self->autosave_source = 0;
  if (self->document == NULL)
    return G_SOURCE_REMOVE;

  fy_editor_flush (self->editor);
  if (!self->modified || self->autosaved)
    return G_SOURCE_REMOVE;

  if (self->autosaving)
    {
      /* One write at a time: this one follows. */
      self->autosave_source = g_timeout_add_seconds (1, autosave_timeout_cb, self);
      return G_SOURCE_REMOVE;
    }

  self->autosaving = TRUE;
  fy_recovery_save_async (self->recovery_id, self->document, self->file, self->disk_etag, self,
                          autosave_done_cb, GUINT_TO_POINTER (self->change_serial));

  return G_SOURCE_REMOVE;
}

/**
 * fy_window_autosave_now:
 * @self: a #FyWindow
 * @error: return location for a #GError
 *
 * Writes the recovery copy of an unsaved document now.
 *
 * Returns: %TRUE on success or when there was nothing to write
 */
gboolean
fy_window_autosave_now (FyWindow  *self,
                        GError   **error)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), FALSE);

  g_clear_handle_id (&self->autosave_source, g_source_remove);

  if (self->document == NULL)
    return TRUE;

  fy_editor_flush (self->editor);
  if (!self->modified || self->autosaved)
    return TRUE;

  if (!fy_recovery_save (self->recovery_id, self->document, self->file, self->disk_etag, error))
    return FALSE;

  self->autosaved = TRUE;
  return TRUE;
}

/**
 * fy_window_discard_recovery:
 * @self: a #FyWindow
 *
 * Deletes the window's recovery copy.
 */
void
fy_window_discard_recovery (FyWindow *self)
{
  g_return_if_fail (FY_IS_WINDOW (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  fy_recovery_remove (self->recovery_id);
}

/**
 * fy_window_remember_saved:
 * @self: a #FyWindow
 *
 * Keeps the document as it is now, opened or just saved, so that Undo
 * back to it clears the title's mark.
 */
void
fy_window_remember_saved (FyWindow *self)
{
  g_return_if_fail (FY_IS_WINDOW (self));

  g_clear_pointer (&self->saved_data, g_free);
  if (self->document != NULL)
    self->saved_data = fy_document_save_to_data (self->document, NULL);
}

/* Undo or Redo may bring back the text as it was opened or saved: then
 * it is not modified any more, and its recovery copy is not needed. */
static void
clear_modified_if_saved (FyWindow *self)
{
  g_autofree char *data = NULL;

  if (!self->modified || self->saved_data == NULL || self->document == NULL)
    return;

  fy_editor_flush (self->editor);
  data = fy_document_save_to_data (self->document, NULL);
  if (strcmp (data, self->saved_data) != 0)
    return;

  fy_window_discard_recovery (self);
  self->modified = FALSE;
  self->autosaved = TRUE;
  fy_window_update_title (self);
}

void
fy_window_document_changed (FyWindow *self)
{
  if (self->loading)
    return;

  self->autosaved = FALSE;
  self->change_serial++;
  self->pristine = FALSE;
  if (!self->modified)
    {
      self->modified = TRUE;
      fy_window_update_title (self);
    }

  if (self->autosave_source == 0)
    self->autosave_source = g_timeout_add_seconds (AUTOSAVE_DELAY_S, autosave_timeout_cb, self);
}

/**
 * fy_window_restore:
 * @self: a #FyWindow
 * @document: a document from the recovery folder
 * @original: (nullable): the user's file it belongs to
 * @original_etag: (nullable): that file's entity tag when the text was
 *   last read from it or written to it, as the recovery copy recorded
 * @recovery_id: the identifier of the recovery copy
 *
 * Shows a recovered document, modified (it was never saved), and takes
 * over its recovery copy.  Saving it asks first if @original changed
 * since @original_etag: another program may have written it after the
 * crash, or before it.
 */
void
fy_window_restore (FyWindow   *self,
                   FyDocument *document,
                   GFile      *original,
                   const char *original_etag,
                   const char *recovery_id)
{
  g_return_if_fail (FY_IS_WINDOW (self));
  g_return_if_fail (FY_IS_DOCUMENT (document));
  g_return_if_fail (recovery_id != NULL);

  fy_recovery_remove (self->recovery_id);
  fy_recovery_release (self->recovery_id);
  g_free (self->recovery_id);
  self->recovery_id = g_strdup (recovery_id);
  fy_recovery_hold (self->recovery_id);

  fy_window_load_document (self, document, original);
  /* Not the file as it is now: a copy from an older Fayan did not record
   * the tag, and then any file there counts as changed. */
  g_clear_pointer (&self->disk_etag, g_free);
  if (original != NULL)
    self->disk_etag = g_strdup (original_etag != NULL ? original_etag : "");
  self->modified = TRUE;
  self->autosaved = TRUE;
  self->pristine = FALSE;
  /* not the user's file: Undo never makes it unmodified */
  g_clear_pointer (&self->saved_data, g_free);
  fy_window_update_title (self);
}

/* Recent files */

void
fy_window_add_recent (FyWindow *self,
                      GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-files");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);

  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] && n < MAX_RECENT_FILES; i++)
    if (g_strcmp0 (old[i], uri) != 0)
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }

  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *)recent);
}

/* Opening */

static void
show_error_dialog (FyWindow     *self,
                   const char   *heading,
                   const GError *error)
{
  GtkWidget *dialog = fy_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
is_fayan_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL && g_str_has_suffix (basename, ".fayan");
}

static gboolean
is_template_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL && g_str_has_suffix (basename, ".fayan-template");
}

/* Reads @file, a .fayan speech or a file to import.  What went wrong is
 * said on @self, the window the user asked from. */
static FyDocument *
read_document (FyWindow   *self,
               GFile      *file,
               GPtrArray **warnings)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (is_fayan_file (file))
    document = fy_document_load_from_file (file, self->cancellable, &error);
  else
    document = fy_environment_import_file (fy_ui_layout_get_environment (), file,
                                           warnings, self->cancellable, &error);

  if (document == NULL)
    {
      g_autofree char *name = fy_file_dup_display_name (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      show_error_dialog (self, heading, error);
    }

  return g_steal_pointer (&document);
}

static void
show_read_document (FyWindow   *self,
                    FyDocument *document,
                    GFile      *file,
                    GPtrArray  *warnings)
{
  gboolean native = is_fayan_file (file);

  fy_window_load_document (self, document, native ? file : NULL);
  /* Saved beside the colleague's file it came from, as its PDF is. */
  g_clear_object (&self->import_folder);
  if (!native)
    self->import_folder = g_file_get_parent (file);
  self->pristine = FALSE;
  if (warnings != NULL && warnings->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      g_autofree char *name = fy_file_dup_display_name (file);
      g_autofree char *heading = g_strdup_printf (_("“%s” Opened with Changes"), name);
      GtkWidget *dialog;

      for (guint i = 0; i < warnings->len; i++)
        g_string_append_printf (text, "%s%s", i > 0 ? "\n\n" : "",
                                (const char *) g_ptr_array_index (warnings, i));
      dialog = fy_message_dialog_new (GTK_WINDOW (self), heading, text->str);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  if (native)
    fy_window_add_recent (self, file);
}

/* A template file from the file manager: filled in, as from New.
 * Returns %FALSE when @file is no template. */
static gboolean
open_template_file (FyWindow *self,
                    GFile    *file)
{
  g_autoptr(FyTemplate) template = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!is_template_file (file))
    return FALSE;

  template = fy_template_new_from_file (file, FY_TEMPLATE_ORIGIN_FILE, self->cancellable, &error);
  if (template == NULL)
    {
      g_autofree char *name = fy_file_dup_display_name (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      show_error_dialog (self, heading, error);
      return TRUE;
    }

  store = g_list_store_new (FY_TYPE_TEMPLATE);
  g_list_store_append (store, template);
  fy_window_new_from_templates (self, G_LIST_MODEL (store));
  return TRUE;
}

/**
 * fy_window_open_file:
 * @self: a #FyWindow
 * @file: a .fayan document, or Markdown or text to import
 *
 * Opens @file in this window.  An imported file becomes a new, unsaved
 * speech, so that Save never overwrites the Markdown or text it came
 * from.  A file that cannot be read is reported in a dialog.
 */
void
fy_window_open_file (FyWindow *self,
                     GFile    *file)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GPtrArray) warnings = NULL;

  g_return_if_fail (FY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (open_template_file (self, file))
    return;

  document = read_document (self, file, &warnings);
  if (document != NULL)
    show_read_document (self, document, file, warnings);
}

/**
 * fy_window_find_for_file:
 * @app: the application
 * @file: a file
 *
 * Returns: (transfer none) (nullable): the window that shows @file already
 */
FyWindow *
fy_window_find_for_file (GtkApplication *app,
                         GFile          *file)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  {
    g_autoptr(GFile) target = fy_window_resolve_file (file);

    for (GList *l = gtk_application_get_windows (app); l; l = l->next)
      if (FY_IS_WINDOW (l->data) && FY_WINDOW (l->data)->file != NULL &&
          g_file_equal (FY_WINDOW (l->data)->file, target))
        return l->data;
  }

  return NULL;
}

/**
 * fy_window_resolve_file: (skip)
 * @file: a file
 *
 * Returns: (transfer full): the file @file's symbolic links lead to, so
 *   that a speech reached through a link opens in the window of its
 *   target and Save writes through to the target (the link stays); @file
 *   itself when it is no local file or does not exist yet
 */
GFile *
fy_window_resolve_file (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *real = NULL;

  if (path != NULL)
    real = realpath (path, NULL);
  if (real == NULL)
    return g_object_ref (file);

  return g_file_new_for_path (real);
}

/**
 * fy_window_get_window_for_file: (skip)
 * @file: (nullable): the file about to be opened
 *
 * The window to open @file in: the one that shows it already, this one
 * while it shows nothing of its own, or a new one.
 */
FyWindow *
fy_window_get_window_for_file (FyWindow *self,
                               GFile    *file)
{
  FyWindow *window = NULL;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (file != NULL && app != NULL)
    window = fy_window_find_for_file (app, file);
  if (window != NULL)
    return window;

  if (fy_window_get_pristine (self))
    return self;

  window = g_object_new (FY_TYPE_WINDOW,
                         "application", gtk_window_get_application (GTK_WINDOW (self)),
                         NULL);
  return window;
}

/**
 * fy_window_open_or_present: (skip)
 *
 * Opens @file, or shows the window that has it open already.  The file
 * is read first: a file that cannot be read is reported on this window,
 * and no empty window is left behind for it.
 *
 * Returns: (transfer none): the window that shows @file, or this one
 *   when it could not be opened
 */
FyWindow *
fy_window_open_or_present (FyWindow *self,
                           GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  FyWindow *window = app != NULL ? fy_window_find_for_file (app, file) : NULL;

  if (window == NULL && !open_template_file (self, file))
    {
      document = read_document (self, file, &warnings);
      if (document == NULL)
        return self;
      window = fy_window_get_window_for_file (self, NULL);
      show_read_document (window, document, file, warnings);
    }
  if (window == NULL)
    window = self;
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static void
open_response_cb (FyWindow             *self,
                  int                   response,
                  GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      fy_window_open_or_present (self, file);
    }

  g_object_unref (native);
}

static void
add_filters (GtkFileChooser *chooser,
             gboolean        for_opening)
{
  g_autoptr(GtkFileFilter) speeches = gtk_file_filter_new ();

  gtk_file_filter_set_name (speeches, _("Fayan Speeches"));
  gtk_file_filter_add_pattern (speeches, "*.fayan");
  if (for_opening)
    {
      g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

      gtk_file_filter_add_pattern (speeches, "*.md");
      gtk_file_filter_add_pattern (speeches, "*.markdown");
      gtk_file_filter_add_pattern (speeches, "*.txt");
      gtk_file_filter_add_pattern (speeches, "*.docx");
      gtk_file_filter_set_name (speeches, _("Speeches, Word, Markdown and Text"));
      gtk_file_chooser_add_filter (chooser, speeches);

      gtk_file_filter_set_name (all, _("All Files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (chooser, all);
    }
  else
    gtk_file_chooser_add_filter (chooser, speeches);
}

/* The folder of this window's speech, or else of the speech opened
 * last; NULL when there is none. */
GFile *
fy_window_dup_start_folder (FyWindow *self)
{
  g_auto(GStrv) recent = NULL;

  if (self->file != NULL)
    return g_file_get_parent (self->file);

  recent = g_settings_get_strv (self->settings, "recent-files");
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
      g_autoptr(GFile) folder = g_file_get_parent (file);

      if (folder != NULL && g_file_query_exists (folder, NULL))
        return g_steal_pointer (&folder);
    }

  return NULL;
}

void
fy_window_open_dialog (FyWindow *self)
{
  GtkFileChooserNative *native;
  g_autoptr(GFile) folder = fy_window_dup_start_folder (self);

  native = gtk_file_chooser_native_new (_("Open a Speech"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filters (GTK_FILE_CHOOSER (native), TRUE);
  /* GTK's chooser opens on 最近使用 otherwise, where a typed path and
   * Open do nothing (GTK 4.8 takes only a selected recent file there). */
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  g_signal_connect_object (native, "response", G_CALLBACK (open_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Saving */

/**
 * fy_window_save_to_file:
 * @self: a #FyWindow
 * @file: where to save
 * @error: return location for a #GError
 *
 * Saves the document to @file (atomically) and makes it the window's file.
 *
 * Returns: %TRUE on success
 */
gboolean
fy_window_save_to_file (FyWindow  *self,
                        GFile     *file,
                        GError   **error)
{
  g_autoptr(GFile) target = NULL;

  g_return_val_if_fail (FY_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->document == NULL)
    return TRUE;

  fy_editor_flush (self->editor);
  /* Through a link to its target: the link stays. */
  target = fy_window_resolve_file (file);
  if (!fy_document_save_to_file (self->document, target, self->cancellable, error))
    return FALSE;

  self->modified = FALSE;
  self->pristine = FALSE;
  /* Saved: a save that failed before no longer decides Save As… */
  g_clear_object (&self->failed_save);
  fy_window_discard_recovery (self);
  self->autosaved = TRUE;
  fy_window_remember_saved (self);
  fy_window_set_file (self, file);
  fy_window_add_recent (self, file);

  return TRUE;
}

/* A save-and-close ended: saved and closed, or not (@error, or the user
 * cancelled a question when %NULL). */
static void
end_close_task (FyWindow     *self,
                gboolean      closed,
                const GError *error)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->close_task);

  if (task == NULL)
    return;

  if (closed)
    g_task_return_boolean (task, TRUE);
  else if (error != NULL)
    g_task_return_error (task, g_error_copy (error));
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             "The speech was not saved");
}

static void
save_failed_response_cb (FyWindow         *self,
                         const char       *response,
                         AdwMessageDialog *dialog)
{
  if (g_strcmp0 (response, "save-as") == 0)
    fy_window_save (self, TRUE, FALSE);
}

/* Says why @file could not be written, offering to save elsewhere (a
 * full or read-only disk is what usually stops a save). */
static void
show_save_error (FyWindow     *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = fy_file_dup_display_name (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);
  GtkWidget *dialog = fy_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "save-as", _("Save _As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save-as",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_failed_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_and_close (FyWindow *self,
                GFile    *file,
                gboolean  close_after)
{
  g_autoptr(GError) error = NULL;

  if (!fy_window_save_to_file (self, file, &error))
    {
      /* The document stays open and modified; the recovery copy is kept.
       * Save As… proposes the name the user gave this time. */
      g_set_object (&self->failed_save, file);
      show_save_error (self, file, error);
      end_close_task (self, FALSE, error);
      return;
    }

  if (close_after)
    {
      self->closing = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
      end_close_task (self, TRUE, NULL);
    }
}

static void
save_response_cb (FyWindow             *self,
                  int                   response,
                  GtkFileChooserNative *native)
{
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "fy-close-after"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GFile) file = NULL;
      g_autofree char *basename = g_file_get_basename (chosen);

      if (g_str_has_suffix (basename, ".fayan"))
        file = g_object_ref (chosen);
      else
        {
          g_autoptr(GFile) parent = g_file_get_parent (chosen);
          g_autofree char *name = g_strconcat (basename, ".fayan", NULL);

          file = g_file_get_child (parent, name);
        }

      save_and_close (self, file, close_after);
    }
  else
    end_close_task (self, FALSE, NULL);

  g_object_unref (native);
}

/* Changes by other programs */

static char *
query_etag (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  /* For a local file the entity tag is its modification time to the
   * microsecond. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;

  return g_strdup (g_file_info_get_etag (info));
}

/* What the window's file looks like on disk as last read or written. */
void
fy_window_remember_disk_state (FyWindow *self)
{
  g_clear_pointer (&self->disk_etag, g_free);
  if (self->file != NULL)
    self->disk_etag = query_etag (self->file);
}

/* Whether another program wrote the file since; a file deleted since is
 * simply written again. */
static gboolean
changed_on_disk (FyWindow *self)
{
  g_autofree char *etag = NULL;

  if (self->file == NULL || self->disk_etag == NULL)
    return FALSE;

  etag = query_etag (self->file);

  return etag != NULL && g_strcmp0 (etag, self->disk_etag) != 0;
}


/**
 * fy_window_record_version:
 * @self: a #FyWindow
 * @version: a version just added to the document
 *
 * Writes @version into the window's file as that was last saved, without
 * the changes not saved yet (the text sent with an export, which is no
 * edit: closing does not ask for it, and closing without saving the
 * changes keeps it).  An unmodified window stays unmodified.  Nothing is
 * written to a file another program changed, or to none: the version is
 * then kept as a change of the document, saved with it.
 *
 * Returns: %TRUE when the file holds @version
 */
gboolean
fy_window_record_version (FyWindow  *self,
                          FyVersion *version,
                          GError   **error)
{
  g_autoptr(FyDocument) saved = NULL;
  g_autoptr(GFile) target = NULL;

  g_return_val_if_fail (FY_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (version != NULL, FALSE);

  if (self->file == NULL || self->saved_data == NULL || changed_on_disk (self))
    return FALSE;

  saved = fy_document_load_from_data (self->saved_data, strlen (self->saved_data), error);
  if (saved == NULL)
    return FALSE;
  fy_document_add_version (saved, version);
  target = fy_window_resolve_file (self->file);
  if (!fy_document_save_to_file (saved, target, self->cancellable, error))
    return FALSE;

  /* Undo back to the text saved finds it unmodified, version and all. */
  g_free (self->saved_data);
  self->saved_data = fy_document_save_to_data (saved, NULL);
  fy_window_remember_disk_state (self);

  /* A text as saved is now also unmodified with the version. */
  clear_modified_if_saved (self);
  return TRUE;
}

static void
changed_response_cb (FyWindow         *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
{
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "fy-close-after"));

  if (g_strcmp0 (response, "overwrite") == 0)
    save_and_close (self, self->file, close_after);
  else if (g_strcmp0 (response, "save-as") == 0)
    fy_window_save (self, TRUE, close_after);
  else if (g_strcmp0 (response, "reload") == 0)
    {
      g_autoptr(GFile) file = g_object_ref (self->file);

      end_close_task (self, FALSE, NULL);
      fy_window_discard_recovery (self);
      fy_window_open_file (self, file);
    }
  else
    end_close_task (self, FALSE, NULL);
}

static void
ask_about_disk_change (FyWindow *self,
                       gboolean  close_after)
{
  g_autofree char *name = fy_file_dup_display_name (self->file);
  g_autofree char *heading = g_strdup_printf (_("“%s” Changed on Disk"), name);
  GtkWidget *dialog;

  dialog = fy_message_dialog_new (GTK_WINDOW (self), heading,
                                  _("Another program changed this file after it was opened here. "
                                    "Saving now replaces that version with this one; reloading "
                                    "shows that version and drops the changes made here."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Reload"),
                                    "save-as", _("Save _As…"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "fy-close-after", GINT_TO_POINTER (close_after));
  g_signal_connect_object (dialog, "response", G_CALLBACK (changed_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
is_folder (GFile *file)
{
  return file != NULL &&
         g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY;
}

/* A folder Save As may propose: one that is there, and not the one a
 * save could not write to just now (a read-only or pulled stick, a full
 * disk), where the same save would fail again. */
static gboolean
is_save_folder (FyWindow *self,
                GFile    *folder)
{
  g_autoptr(GFile) failed = NULL;

  if (!is_folder (folder))
    return FALSE;
  if (self->failed_save != NULL)
    failed = g_file_get_parent (self->failed_save);

  return failed == NULL || !g_file_equal (folder, failed);
}

/* Where Save As starts when the speech's own file is not proposed: the
 * speech's own folder, else that of the file it was imported from, else
 * the last folder a speech was saved in or opened from (the clerk's
 * folder for this year's speeches, where a new one was proposed in the
 * home folder), else Documents — not the program's working folder,
 * where GTK would start.  Never the folder a save just failed in. */
static GFile *
first_save_folder (FyWindow *self)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-files");
  g_autoptr(GFile) own = self->file != NULL ? g_file_get_parent (self->file) : NULL;

  if (is_save_folder (self, own))
    return g_steal_pointer (&own);
  if (is_save_folder (self, self->import_folder))
    return g_object_ref (self->import_folder);
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GFile) last = g_file_new_for_uri (recent[i]);
      g_autoptr(GFile) folder = g_file_get_parent (last);

      if (g_file_is_native (last) && is_save_folder (self, folder))
        return g_steal_pointer (&folder);
    }

  return g_file_new_for_path (documents != NULL ? documents : g_get_home_dir ());
}

/**
 * fy_window_save: (skip)
 * @save_as: always ask for a file name
 * @close_after: close the window once saved
 */
void
fy_window_save (FyWindow *self,
                gboolean  save_as,
                gboolean  close_after)
{
  GtkFileChooserNative *native;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;

  if (self->document == NULL)
    return;

  if (!save_as && self->file != NULL)
    {
      if (changed_on_disk (self))
        ask_about_disk_change (self, close_after);
      else
        save_and_close (self, self->file, close_after);
      return;
    }

  native = gtk_file_chooser_native_new (_("Save the Speech"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filters (GTK_FILE_CHOOSER (native), FALSE);

  if (self->file != NULL)
    parent = g_file_get_parent (self->file);
  if (self->failed_save == NULL && is_folder (parent))
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), self->file, NULL);
  else
    {
      g_autoptr(GFile) folder = first_save_folder (self);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
      /* After a save that could not write (a read-only or pulled stick,
       * a full disk), the name the user gave then; a file whose folder
       * is gone keeps its name. */
      if (self->failed_save != NULL)
        name = fy_file_dup_display_name (self->failed_save);
      else if (self->file != NULL)
        name = fy_file_dup_display_name (self->file);
      else
        name = fy_export_dup_file_name (self->document, ".fayan");
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    }

  g_object_set_data (G_OBJECT (native), "fy-close-after", GINT_TO_POINTER (close_after));
  g_signal_connect_object (native, "response", G_CALLBACK (save_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Closing */

static void
close_response_cb (FyWindow         *self,
                   const char       *response,
                   AdwMessageDialog *dialog)
{
  /* The dialog outlives this handler, and the window may not: GTK 4.8
   * then unsets the transient parent of the dialog from its dispose,
   * disconnecting from a finalized window (a GLib-GObject critical). */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);

  if (g_strcmp0 (response, "discard") == 0)
    fy_window_close_discarding (self);
  else if (g_strcmp0 (response, "save") == 0)
    fy_window_close_saving (self);
}

/**
 * fy_window_has_unsaved_changes:
 * @self: a #FyWindow
 *
 * Like fy_window_get_modified(), after taking in what was just typed.
 *
 * Returns: %TRUE if closing now would lose changes
 */
gboolean
fy_window_has_unsaved_changes (FyWindow *self)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), FALSE);

  if (self->document != NULL)
    fy_editor_flush (self->editor);

  return self->modified && !self->closing;
}

/**
 * fy_window_dup_display_name:
 * @self: a #FyWindow
 *
 * Returns: (transfer full): the name a person knows the speech by: its
 *   file's name, or its title while it has no file
 */
char *
fy_window_dup_display_name (FyWindow *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (FY_IS_WINDOW (self), NULL);

  if (self->file != NULL)
    return fy_file_dup_display_name (self->file);

  if (self->document != NULL)
    name = fy_document_dup_display_title (self->document);

  if (name == NULL || *name == '\0')
    return g_strdup (_("Untitled Speech"));

  return g_steal_pointer (&name);
}

/**
 * fy_window_close_discarding:
 * @self: a #FyWindow
 *
 * Closes the window without asking, dropping its unsaved changes and its
 * recovery copy (the user chose to).
 */
void
fy_window_close_discarding (FyWindow *self)
{
  g_return_if_fail (FY_IS_WINDOW (self));

  fy_window_discard_recovery (self);
  self->modified = FALSE;
  self->closing = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * fy_window_close_saving:
 * @self: a #FyWindow
 *
 * Saves (asking for a file name when it has none, or when the file
 * changed on disk) and closes the window once saved.
 */
void
fy_window_close_saving (FyWindow *self)
{
  g_return_if_fail (FY_IS_WINDOW (self));

  fy_window_close_saving_async (self, NULL, NULL);
}

/**
 * fy_window_close_saving_async:
 * @self: a #FyWindow
 * @callback: (nullable): called once saved and closed, or not
 * @user_data: data for @callback
 *
 * Like fy_window_close_saving(), telling when it is over: a file name
 * or a question about a file changed on disk may be waiting for the user,
 * so that several windows are saved one after the other.
 */
void
fy_window_close_saving_async (FyWindow            *self,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FY_IS_WINDOW (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, fy_window_close_saving_async);

  if (self->close_task != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               "The window is being saved already");
      return;
    }

  if (!fy_window_has_unsaved_changes (self))
    {
      self->closing = TRUE;
      fy_window_discard_recovery (self);
      gtk_window_destroy (GTK_WINDOW (self));
      g_task_return_boolean (task, TRUE);
      return;
    }

  self->close_task = g_steal_pointer (&task);
  fy_window_save (self, FALSE, TRUE);
}

/**
 * fy_window_close_saving_finish:
 * @self: a #FyWindow
 * @result: the result given to the callback
 * @error: return location for a #GError: %G_IO_ERROR_CANCELLED when the
 *   user cancelled, or why the file could not be written
 *
 * Returns: %TRUE if the window was saved and closed
 */
gboolean
fy_window_close_saving_finish (FyWindow      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
fy_window_close_request (GtkWindow *window)
{
  FyWindow *self = FY_WINDOW (window);
  GtkWidget *dialog;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;

  if (self->closing)
    return FALSE;

  if (!fy_window_has_unsaved_changes (self))
    {
      fy_window_discard_recovery (self);
      return FALSE;
    }

  name = fy_window_dup_display_name (self);
  body = g_strdup_printf (_("“%s” has changes that are not saved. "
                            "If you close without saving, they are lost."), name);
  dialog = fy_message_dialog_new (window, _("Save Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  /* Keep a recovery copy while the user decides. */
  fy_window_autosave_now (self, NULL);

  return TRUE;
}

/* Drag and drop */

static gboolean
is_openable (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL &&
         (g_str_has_suffix (basename, ".fayan") ||
          g_str_has_suffix (basename, ".md") ||
          g_str_has_suffix (basename, ".markdown") ||
          g_str_has_suffix (basename, ".txt") ||
          g_ascii_strcasecmp (basename + MAX (0, (gssize) strlen (basename) - 5), ".docx") == 0);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         FyWindow      *self)
{
  GSList *files;
  gboolean any = FALSE;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  for (GSList *l = files; l; l = l->next)
    {
      if (!is_openable (l->data))
        continue;

      fy_window_open_or_present (self, l->data);
      any = TRUE;
    }

  if (!any)
    fy_window_show_message (self, _("Only speeches (.fayan), Word documents (.docx), Markdown (.md) and text (.txt) files can be opened."));

  return any;
}

void
fy_window_init_files (FyWindow *self)
{
  GtkDropTarget *target;

  self->recovery_id = fy_recovery_new_id ();
  fy_recovery_hold (self->recovery_id);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  g_signal_connect_object (self->editor, "restored", G_CALLBACK (clear_modified_if_saved), self, G_CONNECT_SWAPPED);
}

void
fy_window_dispose_files (FyWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  /* Closed while a question of its save was open. */
  end_close_task (self, FALSE, NULL);
  if (self->recovery_id != NULL)
    fy_recovery_release (self->recovery_id);
}

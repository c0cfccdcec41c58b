/* fy-application.c — the Fayan GtkApplication
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-application.h"
#include "fy-help-window.h"
#include "fy-message-dialog.h"
#include "fy-preferences-window.h"
#include "fy-recovery.h"
#include "fy-ui-resources.h"
#include "fy-window.h"
#include "fy-ui-layout.h"

struct _FyApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  gboolean        recovery_offered;
};

G_DEFINE_FINAL_TYPE (FyApplication, fy_application, ADW_TYPE_APPLICATION)

static FyWindow *
new_window (FyApplication *self)
{
  return g_object_new (FY_TYPE_WINDOW, "application", self, NULL);
}

/* Recovery after a crash */

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GtkWindow        *parent)
{
  GPtrArray *entries = g_object_get_data (G_OBJECT (dialog), "fy-entries");
  GtkApplication *app = gtk_window_get_application (parent);
  gboolean reused = FALSE;

  if (g_strcmp0 (response, "discard") == 0)
    {
      for (guint i = 0; i < entries->len; i++)
        fy_recovery_remove (((FyRecoveryEntry *)g_ptr_array_index (entries, i))->id);
      return;
    }

  if (g_strcmp0 (response, "restore") != 0)
    return;

  for (guint i = 0; i < entries->len; i++)
    {
      FyRecoveryEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(FyDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      FyWindow *window;

      document = fy_recovery_entry_load (entry, &error);
      if (document == NULL)
        {
          /* Keep the copy: the user may still rescue it by hand. */
          g_warning ("Could not restore %s: %s",
                     g_file_peek_path (entry->file), error->message);
          continue;
        }

      /* Into the window that shows nothing of its own yet, or the same
       * file as last saved. */
      if (FY_IS_WINDOW (parent) && !reused &&
          (fy_window_get_pristine (FY_WINDOW (parent)) ||
           (!fy_window_get_modified (FY_WINDOW (parent)) && entry->original != NULL &&
            fy_window_get_file (FY_WINDOW (parent)) != NULL &&
            g_file_equal (entry->original, fy_window_get_file (FY_WINDOW (parent))))))
        {
          window = FY_WINDOW (parent);
          reused = TRUE;
        }
      else
        window = g_object_new (FY_TYPE_WINDOW, "application", app, NULL);

      fy_window_restore (window, document, entry->original, entry->original_etag, entry->id);
      gtk_window_present (GTK_WINDOW (window));
    }
}

/* A speech the recovery dialog offers: its title, then its file and
 * folder (two drafts of one speech have one title), or for a speech
 * never saved its 字数 (two drafts pasted from one file have one title
 * too), and when it was autosaved. */
static void
append_recovery_entry (GString         *body,
                       FyRecoveryEntry *entry)
{
  g_autofree char *when = g_date_time_format (entry->saved, "%Y-%m-%d %H:%M");
  const char *title = *entry->title ? entry->title : _("Untitled Speech");

  g_string_append_printf (body, "\n• %s\n", title);
  if (entry->original != NULL)
    {
      g_autofree char *name = fy_file_dup_display_name (entry->original);
      g_autofree char *folder = fy_file_dup_display_folder (entry->original);

      /* Translators: a file name, its folder and a time, such as
       * “发言.fayan in /home/li/文档, autosaved 2026-12-07 04:43” */
      g_string_append_printf (body, _("%1$s in %2$s, autosaved %3$s"), name,
                              folder != NULL ? folder : "", when);
    }
  else if (entry->characters > 0)
    /* Translators: a count of characters (字数) and a time, such as
     * “从未保存，714 字，自动保存于 2026-12-07 04:43” */
    g_string_append_printf (body, _("Never saved, %1$u characters, autosaved %2$s"),
                            entry->characters, when);
  else
    /* Translators: %s is a time, such as 2026-12-07 04:43 */
    g_string_append_printf (body, _("Never saved, autosaved %s"), when);
}

/**
 * fy_application_offer_recovery:
 * @self: a #FyApplication
 * @parent: the window to show the question on
 *
 * Asks whether to restore the speeches a crashed or killed Fayan left in
 * the recovery folder, if there are any.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when there is
 *   nothing to restore
 */
GtkWidget *
fy_application_offer_recovery (FyApplication *self,
                               GtkWindow     *parent)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GString) body = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (FY_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  self->recovery_offered = TRUE;

  entries = fy_recovery_list_orphans ();
  if (entries->len == 0)
    return NULL;

  body = g_string_new (g_dngettext (GETTEXT_PACKAGE,
                                    "Fayan was closed before this speech was saved. "
                                    "Its last autosaved state can be restored:",
                                    "Fayan was closed before these speeches were saved. "
                                    "Their last autosaved states can be restored:",
                                    entries->len));
  for (guint i = 0; i < entries->len; i++)
    append_recovery_entry (body, g_ptr_array_index (entries, i));

  dialog = fy_message_dialog_new (parent, _("Restore Unsaved Speeches?"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "later", _("_Not Now"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_object_set_data_full (G_OBJECT (dialog), "fy-entries",
                          g_steal_pointer (&entries), (GDestroyNotify)g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (recovery_response_cb), parent);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
fy_application_activate (GApplication *app)
{
  FyApplication *self = FY_APPLICATION (app);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));
  FyWindow *window;

  /* Started again while running: show what is open. */
  if (active != NULL)
    {
      gtk_window_present (active);
      return;
    }

  /* No file: the welcome screen, with recent speeches and templates. */
  window = new_window (self);
  gtk_window_present (GTK_WINDOW (window));

  if (!self->recovery_offered)
    fy_application_offer_recovery (self, GTK_WINDOW (window));
}

/* The window a file from the command line is opened from: the one in
 * front, or the welcome screen when none is open.  A file that cannot
 * be read is reported there, and leaves no empty window behind. */
static FyWindow *
dup_origin_window (FyApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  FyWindow *window;

  if (FY_IS_WINDOW (active))
    return g_object_ref (FY_WINDOW (active));
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (FY_IS_WINDOW (l->data))
      return g_object_ref (l->data);

  window = new_window (self);
  gtk_window_present (GTK_WINDOW (window));
  return g_object_ref (window);
}

static void
fy_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  FyApplication *self = FY_APPLICATION (app);
  FyWindow *window = NULL;

  for (int i = 0; i < n_files; i++)
    {
      g_autoptr(FyWindow) origin = dup_origin_window (self);

      window = fy_window_open_or_present (origin, files[i]);
    }

  if (window != NULL && !self->recovery_offered)
    fy_application_offer_recovery (self, GTK_WINDOW (window));
}

/* Quitting ------------------------------------------------------------------ */

static void
close_all_windows (FyApplication *self)
{
  g_autoptr(GList) copy = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* A window with unsaved changes asks on its own; the application ends
   * when the last one is gone. */
  for (GList *l = copy; l; l = l->next)
    gtk_window_close (l->data);
}

/* Closes the windows that have nothing left to save. */
static void
close_saved_windows (FyApplication *self)
{
  g_autoptr(GList) copy = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  for (GList *l = copy; l; l = l->next)
    if (!FY_IS_WINDOW (l->data) || !fy_window_has_unsaved_changes (l->data))
      gtk_window_close (l->data);
}

static gboolean
is_still_unsaved (FyWindow *window)
{
  /* Closed or saved in the meantime: nothing to do. */
  return gtk_window_get_application (GTK_WINDOW (window)) != NULL &&
         fy_window_has_unsaved_changes (window);
}

/* Save All, one window after the other. */
typedef struct
{
  FyApplication *app;
  GPtrArray     *windows;   /* FyWindow, still to save, in order */
} SaveAll;

static void
save_all_free (SaveAll *save_all)
{
  g_object_unref (save_all->app);
  g_ptr_array_unref (save_all->windows);
  g_free (save_all);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveAll, save_all_free)

static void save_next (SaveAll *save_all);

static void
window_saved_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SaveAll) save_all = user_data;
  g_autoptr(GError) error = NULL;

  /* A name not given, or a file that could not be written: quitting
   * stops there, and the speeches not yet saved stay open. */
  if (!fy_window_close_saving_finish (FY_WINDOW (object), result, &error))
    return;

  save_next (g_steal_pointer (&save_all));
}

/* Each file chooser or question is answered before the next comes.
 * Consumes @save_all. */
static void
save_next (SaveAll *save_all)
{
  while (save_all->windows->len > 0)
    {
      g_autoptr(FyWindow) window = g_ptr_array_steal_index (save_all->windows, 0);

      if (!is_still_unsaved (window))
        continue;

      /* The user sees which speech a file name is asked for. */
      gtk_window_present (GTK_WINDOW (window));
      fy_window_close_saving_async (window, window_saved_cb, save_all);
      return;
    }

  close_saved_windows (save_all->app);
  save_all_free (save_all);
}

/* Speeches with a file first: they are written without a question. */
static int
compare_file_first (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  FyWindow *window_a = *(FyWindow **) a;
  FyWindow *window_b = *(FyWindow **) b;

  return (fy_window_get_file (window_a) == NULL) - (fy_window_get_file (window_b) == NULL);
}

static void
save_all (FyApplication *self,
          GPtrArray     *unsaved)
{
  SaveAll *save_all = g_new0 (SaveAll, 1);

  save_all->app = g_object_ref (self);
  save_all->windows = g_ptr_array_copy (unsaved, (GCopyFunc) g_object_ref, NULL);
  g_ptr_array_set_free_func (save_all->windows, g_object_unref);
  /* A stable sort: otherwise the order of the list shown. */
  g_qsort_with_data (save_all->windows->pdata, save_all->windows->len, sizeof (gpointer),
                     compare_file_first, NULL);
  save_next (save_all);
}

static void
quit_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  FyApplication    *self)
{
  GPtrArray *unsaved = g_object_get_data (G_OBJECT (dialog), "fy-unsaved");

  /* Its window may go now; GTK 4.8 would then unset the dialog's
   * transient parent from a finalized window (see fy-window-files.c). */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);

  if (g_strcmp0 (response, "save") == 0)
    {
      save_all (self, unsaved);
      return;
    }

  if (g_strcmp0 (response, "discard") != 0)
    return;

  for (guint i = 0; i < unsaved->len; i++)
    {
      FyWindow *window = g_ptr_array_index (unsaved, i);

      if (is_still_unsaved (window))
        fy_window_close_discarding (window);
    }

  close_saved_windows (self);
}

static GtkWidget *
new_unsaved_list (GPtrArray *unsaved)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  for (guint i = 0; i < unsaved->len; i++)
    {
      FyWindow *window = g_ptr_array_index (unsaved, i);
      g_autofree char *name = fy_window_dup_display_name (window);
      GFile *file = fy_window_get_file (window);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      if (file != NULL)
        {
          g_autofree char *folder = fy_file_dup_display_folder (file);

          if (folder != NULL)
            {
              g_autofree char *escaped = g_markup_escape_text (folder, -1);

              adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
            }
        }
      else
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not saved yet"));
      /* A list to read, not to pick from: the focus goes to the answers. */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  return list;
}

/* Several windows with unsaved changes: one question with the list, not
 * a dialog per window stacked at once. */
static void
ask_before_quitting (FyApplication *self,
                     GPtrArray     *unsaved)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog;

  dialog = fy_message_dialog_new (parent, _("Save Changes Before Quitting?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%u speech has changes that are not saved. "
                                               "If you quit without saving, they are lost.",
                                               "%u speeches have changes that are not saved. "
                                               "If you quit without saving, they are lost.",
                                               unsaved->len),
                                  unsaved->len);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), new_unsaved_list (unsaved));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard All"),
                                    "save", _("_Save All"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fy-unsaved", g_ptr_array_ref (unsaved),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (quit_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  FyApplication *self = FY_APPLICATION (user_data);
  g_autoptr(GPtrArray) unsaved = g_ptr_array_new_with_free_func (g_object_unref);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (FY_IS_WINDOW (l->data) && fy_window_has_unsaved_changes (l->data))
      g_ptr_array_add (unsaved, g_object_ref (l->data));

  if (unsaved->len < 2)
    close_all_windows (self);
  else
    ask_before_quitting (self, unsaved);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  FyApplication *self = FY_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *window = fy_preferences_window_new (parent, self->settings);

  gtk_window_present (GTK_WINDOW (window));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Fayan authors"), NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Fayan"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Draft speech manuscripts on the official document grid"),
                         "developers", developers,
                         "copyright", _("© 2026 The Fayan authors"),
                         /* Translators: your names, one a line */
                         "translator-credits", _("translator-credits"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
help_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  fy_help_show (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "help", help_activated },
  { "preferences", preferences_activated },
};

static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "app.help", { "F1", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.save-version", { "<Control><Alt>s", NULL } },
  { "win.export-pdf", { "<Control>e", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.close", { "<Control>w", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.replace", { "<Control>h", NULL } },
  { "win.find-next", { "<Control>g", NULL } },
  { "win.find-previous", { "<Control><Shift>g", NULL } },
  { "win.show-outline", { "<Alt>1", NULL } },
  { "win.toggle-sidebar", { "F9", NULL } },
  { "win.show-fields", { "<Alt>2", NULL } },
  /* LibreOffice Writer's; Ctrl+Alt+T opens a terminal on GNOME and Kylin */
  { "win.insert-table", { "<Control>F12", NULL } },
  { "win.insert-field", { "<Control><Shift>k", NULL } },
};

static void
fy_application_startup (GApplication *app)
{
  FyApplication *self = FY_APPLICATION (app);

  G_APPLICATION_CLASS (fy_application_parent_class)->startup (app);

  self->settings = g_settings_new (FY_SETTINGS_SCHEMA_ID);
  /* On the main thread, before any worker typesets. */
  fy_ui_layout_get_environment ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
fy_application_finalize (GObject *object)
{
  FyApplication *self = FY_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fy_application_parent_class)->finalize (object);
}

static void
fy_application_class_init (FyApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = fy_application_finalize;
  app_class->activate = fy_application_activate;
  app_class->open = fy_application_open;
  app_class->startup = fy_application_startup;
}

static void
fy_application_init (FyApplication *self)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      fy_ui_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

FyApplication *
fy_application_new (void)
{
  return g_object_new (FY_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

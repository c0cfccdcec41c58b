/* test-recovery.c — autosave and restore after a crash or kill -9
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fy-application.h"
#include "fy-recovery.h"
#include "fy-test-utils.h"
#include "fy-test-window.h"
#include "fy-window.h"

#define CHILD_TEXT "在被强行结束前写下的这句话。"

static const char *self_path;

static void
clear_recovery_dir (void)
{
  g_autoptr(GFile) dir = fy_recovery_get_dir ();
  g_autoptr(GFileEnumerator) enumerator = NULL;
  GFileInfo *info;

  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (enumerator == NULL)
    return;

  while ((info = g_file_enumerator_next_file (enumerator, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (info));

      g_file_delete (child, NULL, NULL);
      g_object_unref (info);
    }
}

/* Whether a recovery copy holds @data (a string). */
static gboolean
recovery_holds (gpointer data)
{
  g_autoptr(GFile) dir = fy_recovery_get_dir ();
  g_autoptr(GFileEnumerator) enumerator = NULL;
  GFileInfo *info;
  gboolean found = FALSE;

  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (enumerator == NULL)
    return FALSE;

  while (!found && (info = g_file_enumerator_next_file (enumerator, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (owned));
      g_autofree char *contents = NULL;

      if (g_str_has_suffix (g_file_info_get_name (owned), ".fayan") &&
          g_file_load_contents (child, NULL, &contents, NULL, NULL, NULL))
        found = strstr (contents, data) != NULL;
    }

  return found;
}

static void
test_recovery_autosave_timer (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-recovery-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "稿.fayan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) orphans = NULL;
  gint64 start;

  clear_recovery_dir ();
  window = fy_test_make_window (app);

  /* Within 10 s of typing, by the window's own timer. */
  start = g_get_monotonic_time ();
  fy_test_type_at (window, 4, 0, "自动保存的句子。");
  g_assert_true (fy_test_wait_for (recovery_holds, (gpointer)"自动保存的句子。", 12));
  g_assert_cmpint (g_get_monotonic_time () - start, <=, 10 * G_USEC_PER_SEC);

  /* The copy belongs to a live window: nothing to offer. */
  orphans = fy_recovery_list_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);

  /* Save writes the user's file and removes the copy. */
  g_assert_true (fy_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (recovery_holds ((gpointer)"自动保存的句子。"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  g_unlink (path);
  g_rmdir (dir);
}

#define AUTOSAVE_ADVICE "Save the speech now: "

static gboolean
is_autosave_advice (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_LABEL (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), AUTOSAVE_ADVICE);
}

static gboolean
autosave_advice_shown (gpointer window)
{
  return fy_test_find_widget (window, is_autosave_advice, NULL) != NULL;
}

/* The name of the window's recovery copy, once it has one. */
static char *
dup_copy_name (void)
{
  g_autoptr(GFile) dir = fy_recovery_get_dir ();
  g_autoptr(GFileEnumerator) enumerator = NULL;
  GFileInfo *info;

  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (enumerator != NULL && (info = g_file_enumerator_next_file (enumerator, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;

      if (g_str_has_suffix (g_file_info_get_name (owned), ".fayan"))
        return g_strdup (g_file_info_get_name (owned));
    }
  return NULL;
}

/* Session 24's new user, whose disk was full, read a toast naming the
 * recovery copy's file (a UUID under ~/.local/share), with a doubled
 * full stop and the advice cut off at the window's edge.  The advice
 * comes first, then the reason, without the file. */
static void
test_recovery_write_failed (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GFile) dir = fy_recovery_get_dir ();
  g_autoptr(GFile) blocker = NULL;
  g_autofree char *name = NULL;
  FyWindow *window;
  GtkWidget *label;

  clear_recovery_dir ();
  window = fy_test_make_window (app);
  fy_test_type_at (window, 4, 0, "第一句。");
  g_assert_true (fy_test_wait_for (recovery_holds, (gpointer)"第一句。", 12));

  /* A folder where the copy goes: the next write fails. */
  name = dup_copy_name ();
  g_assert_nonnull (name);
  blocker = g_file_get_child (dir, name);
  g_assert_true (g_file_delete (blocker, NULL, NULL));
  g_assert_true (g_file_make_directory (blocker, NULL, NULL));
  fy_test_type_at (window, 4, 0, "第二句。");
  g_assert_true (fy_test_wait_for (autosave_advice_shown, window, 12));

  label = fy_test_find_widget (GTK_WIDGET (window), is_autosave_advice, NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==,
                   AUTOSAVE_ADVICE "no copy of it can be kept to restore after a crash. "
                   "A folder of that name is in the way. Choose another file name.");

  g_file_delete (blocker, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  clear_recovery_dir ();
}

/* A window on the sample, saved to @file unless %NULL, with @text typed
 * and autosaved, goes away without saving or asking, as in a crash. */
static void
crash_after_typing (FyApplication *app,
                    GFile         *file,
                    const char    *text)
{
  g_autoptr(GError) error = NULL;
  FyWindow *window = fy_test_make_window (app);

  if (file != NULL)
    {
      g_assert_true (fy_window_save_to_file (window, file, &error));
      g_assert_no_error (error);
    }
  fy_test_type_at (window, 4, 0, text);
  g_assert_true (fy_window_autosave_now (window, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Session 25's new user: two speeches never saved, both pasted from
 * last year's, were offered as two identical lines (title, "never
 * saved", a time a minute apart).  Each now says its 字数. */
static void
test_recovery_unsaved_drafts (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GRegex) count = g_regex_new ("Never saved, ([0-9]+) characters, autosaved ", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *offer;
  FyWindow *window;

  clear_recovery_dir ();
  crash_after_typing (app, NULL, "短句。");
  crash_after_typing (app, NULL, "崩溃前补写的一个长一些的句子。");

  window = fy_test_make_window (app);
  offer = fy_application_offer_recovery (app, GTK_WINDOW (window));
  g_assert_nonnull (offer);
  g_test_message ("%s", adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (offer)));
  for (g_regex_match (count, adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (offer)), 0, &match);
       g_match_info_matches (match); g_match_info_next (match, NULL))
    g_ptr_array_add (counts, g_match_info_fetch (match, 1));
  g_assert_cmpuint (counts->len, ==, 2);
  /* the sample and what was typed: 3 and 15 characters more */
  g_assert_cmpint (ABS (g_ascii_strtoll (g_ptr_array_index (counts, 0), NULL, 10) -
                        g_ascii_strtoll (g_ptr_array_index (counts, 1), NULL, 10)), ==, 12);

  fy_test_respond (ADW_MESSAGE_DIALOG (offer), "discard");
  fy_test_destroy_window (window);
  fy_test_iterate ();
}

static void
test_recovery_restore_in_process (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *second;
  GtkWidget *dialog;
  g_autofree char *text = NULL;

  clear_recovery_dir ();
  crash_after_typing (app, NULL, "窗口消失前的句子。");

  second = fy_test_make_window (app);
  dialog = fy_application_offer_recovery (app, GTK_WINDOW (second));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "民意窗口"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  fy_test_iterate ();

  /* Restored into the untouched window, as unsaved work. */
  text = fy_test_dup_document_text (fy_window_get_document (second));
  g_assert_nonnull (strstr (text, "窗口消失前的句子。"));
  g_assert_true (fy_window_get_modified (second));

  /* Once restored, nothing is offered twice. */
  g_assert_null (fy_application_offer_recovery (app, GTK_WINDOW (second)));

  fy_window_discard_recovery (second);
  gtk_window_destroy (GTK_WINDOW (second));
  g_object_unref (second);
}

/* Two drafts of one speech, in two files, and a new speech never saved,
 * all left by a crash: the offer names each file and its folder beside
 * the title (the titles are the same), and when each was autosaved. */
static void
test_recovery_names_files (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-recovery-XXXXXX", &error);
  /* The third, written by an older system, in Latin-1 (not UTF-8). */
  const char *names[] = { "发言-初稿.fayan", "发言-二稿.fayan", "caf\xe9.fayan", NULL };
  const char *shown[] = { "发言-初稿.fayan", "发言-二稿.fayan", "caf\xef\xbf\xbd.fayan" };
  g_autoptr(GRegex) when = g_regex_new ("autosaved 20[0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]",
                                        0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_auto(GStrv) lines = NULL;
  const char *body;
  GtkWidget *offer;
  FyWindow *window;
  guint n_times = 0;

  g_assert_no_error (error);
  clear_recovery_dir ();
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = names[i] != NULL ? g_build_filename (dir, names[i], NULL) : NULL;
      g_autoptr(GFile) file = path != NULL ? g_file_new_for_path (path) : NULL;

      crash_after_typing (app, file, "崩溃前补写的句子。");
    }

  window = fy_test_make_window (app);
  offer = fy_application_offer_recovery (app, GTK_WINDOW (window));
  g_assert_nonnull (offer);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (offer));
  g_test_message ("%s", body);
  g_assert_true (g_utf8_validate (body, -1, NULL));
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *named = g_strdup_printf ("%s in %s, autosaved ", shown[i], dir);

      g_assert_nonnull (strstr (body, named));
    }
  g_assert_nonnull (strstr (body, "Never saved, "));
  for (g_regex_match (when, body, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    n_times++;
  g_assert_cmpuint (n_times, ==, 4);
  /* each under its title */
  lines = g_strsplit (body, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 9);

  fy_test_respond (ADW_MESSAGE_DIALOG (offer), "discard");
  fy_test_destroy_window (window);
  fy_test_iterate ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* After a crash another program writes the speech's file (a colleague's
 * version to the shared folder); the restored window's Save asks, as it
 * does without a crash, and writes nothing until answered.  The copy
 * records the file as the text last saw it: unchanged, Save asks
 * nothing. */
static void
test_recovery_changed_on_disk (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-recovery-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "共享稿.fayan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *theirs = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFileInfo) info = NULL;
  FyWindow *window;
  GtkWidget *offer;
  AdwMessageDialog *dialog;

  g_assert_no_error (error);
  for (int changed = 1; changed >= 0; changed--)
    {
      clear_recovery_dir ();
      window = fy_test_make_window (app);
      g_assert_true (fy_window_save_to_file (window, file, &error));
      g_assert_no_error (error);
      fy_test_type_at (window, 4, 0, "崩溃前补写的句子。");
      g_assert_true (fy_window_autosave_now (window, &error));
      g_assert_no_error (error);
      gtk_window_destroy (GTK_WINDOW (window));
      g_object_unref (window);

      if (changed)
        {
          g_autoptr(FyDocument) other = fy_document_new ();

          fy_document_set_title (other, "同事改过的版本");
          g_clear_pointer (&theirs, g_free);
          theirs = fy_document_save_to_data (other, NULL);
          g_clear_object (&info);
          info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                                    NULL, &error);
          g_assert_no_error (error);
          g_assert_true (g_file_set_contents (path, theirs, -1, &error));
          g_assert_no_error (error);
          /* a second later, whatever the clock's resolution */
          g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                      g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) + 1,
                                                      G_FILE_QUERY_INFO_NONE, NULL, &error));
          g_assert_no_error (error);
        }

      window = fy_test_make_window (app);
      offer = fy_application_offer_recovery (app, GTK_WINDOW (window));
      g_assert_nonnull (offer);
      fy_test_respond (ADW_MESSAGE_DIALOG (offer), "restore");
      fy_test_iterate ();
      g_assert_true (fy_window_get_modified (window));
      g_assert_true (g_file_equal (fy_window_get_file (window), file));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
      dialog = fy_test_wait_for_message (GTK_WINDOW (window));
      if (changed)
        {
          g_assert_nonnull (dialog);
          g_assert_true (adw_message_dialog_has_response (dialog, "overwrite"));
          fy_test_respond (dialog, "cancel");
          fy_test_iterate ();
          g_clear_pointer (&contents, g_free);
          g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
          g_assert_cmpstr (contents, ==, theirs);
          g_assert_true (fy_window_get_modified (window));
        }
      else
        {
          g_assert_null (dialog);
          g_assert_false (fy_window_get_modified (window));
          g_clear_pointer (&contents, g_free);
          g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
          g_assert_nonnull (strstr (contents, "崩溃前补写的句子。"));
        }

      fy_window_discard_recovery (window);
      gtk_window_destroy (GTK_WINDOW (window));
      g_object_unref (window);
      fy_test_iterate ();
    }
  g_unlink (path);
  g_rmdir (dir);
}

/* The child: edit the sample and wait to be killed. */
static int
run_child (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);

  fy_test_type_at (window, 4, 0, CHILD_TEXT);
  for (;;)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}

/* With the one copy a killed process left: a new start, which offers it. */
static GtkWidget *
start_and_offer (FyApplication **app,
                 FyWindow      **window)
{
  g_autoptr(GPtrArray) orphans = fy_recovery_list_orphans ();
  GtkWidget *dialog;

  g_assert_cmpuint (orphans->len, ==, 1);
  *app = fy_test_make_app ();
  *window = fy_test_make_window (*app);
  dialog = fy_application_offer_recovery (*app, GTK_WINDOW (*window));
  g_assert_nonnull (dialog);

  return dialog;
}

static void
test_recovery_after_kill (void)
{
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyApplication) app = NULL;
  g_autofree char *text = NULL;
  FyWindow *window;
  GtkWidget *dialog;

  clear_recovery_dir ();

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error,
                            self_path, "--recovery-child", NULL);
  g_assert_no_error (error);

  /* The child autosaves on its own timer; then it is killed mid-edit. */
  g_assert_true (fy_test_wait_for (recovery_holds, (gpointer)CHILD_TEXT, 20));
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);

  /* The next start offers the speech and restores the text. */
  dialog = start_and_offer (&app, &window);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  fy_test_iterate ();

  text = fy_test_dup_document_text (fy_window_get_document (window));
  g_assert_nonnull (strstr (text, CHILD_TEXT));
  g_assert_true (fy_window_get_modified (window));

  fy_window_discard_recovery (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Whether the process @data (a pid) has ended and waits to be reaped. */
static gboolean
is_zombie (gpointer data)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", GPOINTER_TO_INT (data));
  g_autofree char *contents = NULL;
  const char *after_name;

  return g_file_get_contents (path, &contents, NULL, NULL) &&
         (after_name = strrchr (contents, ')')) != NULL &&
         g_str_has_prefix (after_name, ") Z");
}

/* Rewrites the pid in the .info of the one recovery copy there is. */
static void
set_recovery_pid (GPid pid)
{
  g_autoptr(GPtrArray) orphans = fy_recovery_list_orphans ();
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = fy_recovery_get_dir ();
  g_autoptr(GFile) info = NULL;
  g_autofree char *name = NULL;
  g_autofree char *info_path = NULL;

  g_assert_cmpuint (orphans->len, ==, 1);
  name = g_strconcat (((FyRecoveryEntry *) g_ptr_array_index (orphans, 0))->id, ".info", NULL);
  info = g_file_get_child (dir, name);
  info_path = g_file_get_path (info);
  g_assert_true (g_key_file_load_from_file (keys, info_path, G_KEY_FILE_KEEP_COMMENTS, &error));
  g_assert_no_error (error);
  g_key_file_set_int64 (keys, "Recovery", "pid", pid);
  g_assert_true (g_key_file_save_to_file (keys, info_path, &error));
  g_assert_no_error (error);
}

/* Killed, but not yet reaped by its parent (or dumping core): a zombie
 * keeps its pid, yet its copy is offered.  So is a copy whose pid another
 * process has taken since (after a reboot, say). */
static void
test_recovery_after_kill_unreaped (void)
{
  const char *argv[] = { self_path, "--recovery-child", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(FyApplication) app = NULL;
  FyWindow *window;
  GtkWidget *dialog;
  GPid pid;
  int status;

  clear_recovery_dir ();
  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  g_assert_true (fy_test_wait_for (recovery_holds, (gpointer)CHILD_TEXT, 20));
  kill (pid, SIGKILL);
  g_assert_true (fy_test_wait_for (is_zombie, GINT_TO_POINTER (pid), 10));

  dialog = start_and_offer (&app, &window);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);

  /* The pid now names a live process that is not the writer. */
  set_recovery_pid (getppid ());
  orphans = fy_recovery_list_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);

  fy_test_destroy_window (window);
  clear_recovery_dir ();
}

static void
test_recovery_discard (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window;
  FyWindow *second;
  GtkWidget *dialog;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autofree char *text = NULL;

  clear_recovery_dir ();
  window = fy_test_make_window (app);
  fy_test_type_at (window, 4, 0, "不要的句子。");
  g_assert_true (fy_window_autosave_now (window, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);

  /* "Not now" keeps the copy for next time; "Discard" deletes it. */
  second = fy_test_make_window (app);
  dialog = fy_application_offer_recovery (app, GTK_WINDOW (second));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "later");
  fy_test_iterate ();
  orphans = fy_recovery_list_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);

  dialog = fy_application_offer_recovery (app, GTK_WINDOW (second));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  fy_test_iterate ();
  g_clear_pointer (&orphans, g_ptr_array_unref);
  orphans = fy_recovery_list_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);

  text = fy_test_dup_document_text (fy_window_get_document (second));
  g_assert_null (strstr (text, "不要的句子。"));

  gtk_window_destroy (GTK_WINDOW (second));
  g_object_unref (second);
}

/* Issue 17, defect 7: the folder was 0755 and the copies 0644. */
static void
test_recovery_modes (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(GFile) dir = fy_recovery_get_dir ();
  g_autofree char *dir_path = g_file_get_path (dir);
  g_autofree char *id = fy_recovery_new_id ();
  g_autofree char *copy = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;
  mode_t mask = umask (0);

  /* Even a folder an older Fayan left open is tightened. */
  g_assert_cmpint (g_mkdir_with_parents (dir_path, 0755), ==, 0);
  g_assert_cmpint (g_chmod (dir_path, 0755), ==, 0);

  g_assert_true (fy_recovery_save (id, document, NULL, NULL, &error));
  g_assert_no_error (error);
  umask (mask);

  copy = g_strconcat (dir_path, G_DIR_SEPARATOR_S, id, ".fayan", NULL);
  info = g_strconcat (dir_path, G_DIR_SEPARATOR_S, id, ".info", NULL);
  g_assert_cmpint (g_stat (dir_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0700);
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_cmpint (g_stat (info, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  fy_recovery_remove (id);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  int *state = user_data;
  g_autoptr(GError) error = NULL;
  gboolean written = FALSE;

  g_assert_true (fy_recovery_save_finish (result, &written, &error));
  g_assert_no_error (error);
  *state = written ? 2 : 1;
}

static gboolean
save_done (gpointer data)
{
  return *(int *)data != 0;
}

/* A copy written by a worker: never after the copy is removed, never
 * over a newer one, whichever runs first. */
static void
test_recovery_async_order (void)
{
  g_autoptr(GFile) dir = fy_recovery_get_dir ();
  g_autofree char *id = fy_recovery_new_id ();
  g_autofree char *name = g_strconcat (id, ".fayan", NULL);
  g_autoptr(GFile) copy = g_file_get_child (dir, name);
  guint n_written = 0;

  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(FyDocument) older = fy_document_new ();
      g_autoptr(FyDocument) newer = fy_document_new ();
      g_autoptr(FyDocument) loaded = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *title = NULL;
      int state = 0;

      fy_document_set_title (older, "旧稿");
      fy_document_set_title (newer, "新稿");

      /* Removed (a window closed) just after the write was asked for. */
      fy_recovery_save_async (id, older, NULL, NULL, NULL, save_done_cb, &state);
      fy_recovery_remove (id);
      g_assert_true (fy_test_wait_for (save_done, &state, 10));
      g_assert_false (g_file_query_exists (copy, NULL));

      /* Saved anew at once (Ctrl+S on close) while the write waits. */
      state = 0;
      fy_recovery_save_async (id, older, NULL, NULL, NULL, save_done_cb, &state);
      g_assert_true (fy_recovery_save (id, newer, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (fy_test_wait_for (save_done, &state, 10));
      n_written += state == 2;
      loaded = fy_document_load_from_file (copy, NULL, &error);
      g_assert_no_error (error);
      title = fy_document_dup_display_title (loaded);
      g_assert_cmpstr (title, ==, "新稿");
      fy_recovery_remove (id);
    }
  g_test_message ("%u of 20 writes ran before the newer save", n_written);

  /* Alone, it writes. */
  {
    g_autoptr(FyDocument) document = fy_document_new ();
    int state = 0;

    fy_recovery_save_async (id, document, NULL, NULL, NULL, save_done_cb, &state);
    g_assert_true (fy_test_wait_for (save_done, &state, 10));
    g_assert_cmpint (state, ==, 2);
    g_assert_true (g_file_query_exists (copy, NULL));
    fy_recovery_remove (id);
  }
}

int
main (int   argc,
      char *argv[])
{
  self_path = argv[0];

  if (argc == 2 && g_str_equal (argv[1], "--recovery-child"))
    {
      gtk_init ();
      adw_init ();
      fy_core_init ();
      return run_child ();
    }

  {
    g_autofree char *data_home = g_dir_make_tmp ("fayan-test-data-XXXXXX", NULL);

    /* Recovery copies go to a folder of our own, shared with the child. */
    g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  }

  gtk_test_init (&argc, &argv, NULL);
  fy_test_move_pointer_aside ();
  adw_init ();
  fy_core_init ();

  g_test_add_func ("/ui/recovery/autosave-timer", test_recovery_autosave_timer);
  g_test_add_func ("/ui/recovery/restore-in-process", test_recovery_restore_in_process);
  g_test_add_func ("/ui/recovery/changed-on-disk", test_recovery_changed_on_disk);
  g_test_add_func ("/ui/recovery/names-files", test_recovery_names_files);
  g_test_add_func ("/ui/recovery/unsaved-drafts", test_recovery_unsaved_drafts);
  g_test_add_func ("/ui/recovery/after-kill", test_recovery_after_kill);
  g_test_add_func ("/ui/recovery/after-kill-unreaped", test_recovery_after_kill_unreaped);
  g_test_add_func ("/ui/recovery/discard", test_recovery_discard);
  g_test_add_func ("/ui/recovery/modes", test_recovery_modes);
  g_test_add_func ("/ui/recovery/async-order", test_recovery_async_order);
  g_test_add_func ("/ui/recovery/write-failed", test_recovery_write_failed);

  return g_test_run ();
}

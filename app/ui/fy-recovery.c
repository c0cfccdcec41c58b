/* fy-recovery.c — autosaved copies of open documents, for after a crash
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-recovery"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

#include "fy-recovery.h"

/*
 * Every open document with unsaved changes has a copy in
 * $XDG_DATA_HOME/fayan/recovery: <id>.fayan, written atomically by
 * fy_document_save_to_file(), and <id>.info, a key file naming the
 * process that writes it (pid, start time and boot), the user's file, its
 * entity tag when the text was last read from it or written to it (so
 * that a save after recovery sees what another program wrote meanwhile)
 * and the title.  A clean save or close removes both.  Whatever is left when
 * Fayan starts and belongs to no live process (or to no window of this
 * one) was left by a crash; a crashed process not yet reaped, or dumping
 * core, is not live.
 */

#define INFO_GROUP "Recovery"

static GHashTable *held_ids;

void
fy_recovery_entry_free (FyRecoveryEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->id);
  g_clear_object (&entry->file);
  g_clear_object (&entry->original);
  g_free (entry->original_etag);
  g_free (entry->title);
  g_clear_pointer (&entry->saved, g_date_time_unref);
  g_free (entry);
}

/**
 * fy_recovery_get_dir:
 *
 * Returns: (transfer full): $XDG_DATA_HOME/fayan/recovery
 */
GFile *
fy_recovery_get_dir (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "fayan", "recovery", NULL);

  return g_file_new_for_path (path);
}

static GFile *
get_child (const char *id,
           const char *suffix)
{
  g_autoptr(GFile) dir = fy_recovery_get_dir ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_file_get_child (dir, name);
}

/**
 * fy_recovery_new_id:
 *
 * Returns: (transfer full): a new identifier for one window's document
 */
char *
fy_recovery_new_id (void)
{
  return g_uuid_string_random ();
}

/**
 * fy_recovery_hold:
 * @id: a recovery identifier
 *
 * Marks @id as belonging to a live window of this process, so that
 * fy_recovery_list_orphans() leaves it alone.
 */
void
fy_recovery_hold (const char *id)
{
  g_return_if_fail (id != NULL);

  if (held_ids == NULL)
    held_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (held_ids, g_strdup (id));
}

void
fy_recovery_release (const char *id)
{
  g_return_if_fail (id != NULL);

  if (held_ids != NULL)
    g_hash_table_remove (held_ids, id);
}

/* Writes of recovery copies, from the main thread (fy_recovery_save(),
 * fy_recovery_remove()) and from workers (fy_recovery_save_async()), one
 * at a time.  Each of the first two counts as a new generation of the
 * copy of its @id, and a worker's write made stale by one is skipped: a
 * copy removed on close does not come back from an autosave queued
 * before, nor does an older autosave overwrite a newer save. */
static GMutex      write_lock;
static GHashTable *generations;   /* id → generation, under write_lock */

static guint
get_generation_locked (const char *id)
{
  if (generations == NULL)
    return 0;

  return GPOINTER_TO_UINT (g_hash_table_lookup (generations, id));
}

static void
bump_generation_locked (const char *id)
{
  if (generations == NULL)
    generations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (generations, g_strdup (id),
                       GUINT_TO_POINTER (get_generation_locked (id) + 1));
}

/* The state letter and start time (clock ticks after boot) of process
 * @pid, from /proc/PID/stat (fields 3 and 22); FALSE where there is no
 * such file to read. */
static gboolean
read_process_stat (gint64   pid,
                   char    *state,
                   guint64 *start)
{
  g_autofree char *path = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/stat", pid);
  g_autofree char *contents = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;

  /* The command name, field 2, is in parentheses and may hold spaces. */
  if (!g_file_get_contents (path, &contents, NULL, NULL) ||
      (after_name = strrchr (contents, ')')) == NULL)
    return FALSE;

  fields = g_strsplit (g_strstrip ((char *) after_name + 1), " ", -1);
  if (g_strv_length (fields) < 20 || fields[0][0] == '\0')
    return FALSE;

  *state = fields[0][0];
  *start = g_ascii_strtoull (fields[19], NULL, 10);
  return TRUE;
}

/* Whether process @pid is dumping core: it will not write again. */
static gboolean
process_is_dumping (gint64 pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/status", pid);
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) &&
         strstr (contents, "\nCoreDumping:\t1") != NULL;
}

static char *
dup_boot_id (void)
{
  char *contents = NULL;

  if (!g_file_get_contents ("/proc/sys/kernel/random/boot_id", &contents, NULL, NULL))
    return NULL;

  return g_strstrip (contents);
}

/* Who writes a copy, beyond its pid, which another process may have
 * after this one (after a reboot, say): its start and the boot. */
static void
write_process_identity (GKeyFile *info)
{
  g_autofree char *boot = dup_boot_id ();
  guint64 start;
  char state;

  if (read_process_stat (getpid (), &state, &start))
    {
      g_autofree char *started = g_strdup_printf ("%" G_GUINT64_FORMAT, start);

      g_key_file_set_string (info, INFO_GROUP, "started", started);
    }
  if (boot != NULL)
    g_key_file_set_string (info, INFO_GROUP, "boot", boot);
}

static gboolean
save_locked (const char  *id,
             FyDocument  *document,
             GFile       *original,
             const char  *original_etag,
             GError     **error)
{
  g_autoptr(GFile) dir = fy_recovery_get_dir ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) info_file = NULL;
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *dir_path = NULL;
  g_autofree char *title = NULL;
  g_autofree char *data = NULL;
  gsize length;
  guint characters = 0;

  /* the callers' arguments, checked by fy_recovery_save() or made by
   * fy_recovery_save_async() */
  g_assert (id != NULL);
  g_assert (FY_IS_DOCUMENT (document));
  g_assert (original == NULL || G_IS_FILE (original));

  file = get_child (id, ".fayan");
  info_file = get_child (id, ".info");

  /* A draft speech is confidential: the folder is 0700 and the copies
   * 0600, whatever the umask, and a folder made by an older Fayan with
   * 0755 is tightened. */
  dir_path = g_file_get_path (dir);
  if (g_mkdir_with_parents (dir_path, 0700) != 0 || g_chmod (dir_path, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir_path);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", display, g_strerror (saved_errno));
      return FALSE;
    }

  data = fy_document_save_to_data (document, &length);
  if (!fy_file_write (file, data, length, NULL, FY_FILE_WRITE_PRIVATE, NULL, error))
    return FALSE;
  g_clear_pointer (&data, g_free);

  title = fy_document_dup_display_title (document);
  fy_document_count_characters (document, &characters, NULL);
  g_key_file_set_int64 (info, INFO_GROUP, "pid", getpid ());
  write_process_identity (info);
  g_key_file_set_int64 (info, INFO_GROUP, "saved", g_get_real_time () / G_USEC_PER_SEC);
  g_key_file_set_string (info, INFO_GROUP, "title", title);
  g_key_file_set_uint64 (info, INFO_GROUP, "characters", characters);
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);

      g_key_file_set_string (info, INFO_GROUP, "original", uri);
      if (original_etag != NULL)
        g_key_file_set_string (info, INFO_GROUP, "original-etag", original_etag);
    }

  data = g_key_file_to_data (info, &length, NULL);

  return fy_file_write (info_file, data, length, NULL, FY_FILE_WRITE_PRIVATE, NULL, error);
}

/**
 * fy_recovery_save:
 * @id: the window's recovery identifier
 * @document: the document as it is now
 * @original: (nullable): the user's file, if the document has one
 * @original_etag: (nullable): @original's entity tag when the document
 *   was last read from it or written to it
 * @error: return location for a #GError
 *
 * Writes the recovery copy now; the user's file is never touched.
 *
 * Returns: %TRUE on success
 */
gboolean
fy_recovery_save (const char  *id,
                  FyDocument  *document,
                  GFile       *original,
                  const char  *original_etag,
                  GError     **error)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (original == NULL || G_IS_FILE (original), FALSE);

  locker = g_mutex_locker_new (&write_lock);
  bump_generation_locked (id);

  return save_locked (id, document, original, original_etag, error);
}

typedef struct
{
  char       *id;
  FySource   *source;     /* the document when the copy was asked for */
  GFile      *original;
  char       *original_etag;
  guint       generation;
} SaveJob;

static void
save_job_free (gpointer data)
{
  SaveJob *job = data;

  g_free (job->id);
  g_clear_pointer (&job->source, fy_source_unref);
  g_clear_object (&job->original);
  g_free (job->original_etag);
  g_free (job);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&write_lock);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;

  if (get_generation_locked (job->id) != job->generation)
    {
      /* Removed or saved anew since this one was asked for. */
      g_task_return_int (task, FALSE);
      return;
    }

  /* The file writer reads a model: the worker makes its own from the
   * snapshot, off the main thread. */
  document = fy_source_dup_document (job->source);
  if (!save_locked (job->id, document, job->original, job->original_etag, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, TRUE);
}

/**
 * fy_recovery_save_async:
 * @id: the window's recovery identifier
 * @document: the document as it is now (copied here)
 * @original: (nullable): the user's file, if the document has one
 * @original_etag: (nullable): its entity tag, as for fy_recovery_save()
 * @source_object: (nullable): kept alive until @callback
 * @callback: called on this thread once written or skipped
 * @user_data: for @callback
 *
 * Writes the recovery copy in a worker: serialising a long speech and
 * writing it to disk take the main loop no time.  The write is skipped
 * if fy_recovery_save() or fy_recovery_remove() is called for @id before
 * it starts.  Call one at a time per @id.
 */
void
fy_recovery_save_async (const char          *id,
                        FyDocument          *document,
                        GFile               *original,
                        const char          *original_etag,
                        gpointer             source_object,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job;

  g_return_if_fail (id != NULL);
  g_return_if_fail (FY_IS_DOCUMENT (document));
  g_return_if_fail (original == NULL || G_IS_FILE (original));

  job = g_new0 (SaveJob, 1);
  job->id = g_strdup (id);
  job->source = fy_source_new (document);
  job->original = original != NULL ? g_object_ref (original) : NULL;
  job->original_etag = g_strdup (original_etag);
  g_mutex_lock (&write_lock);
  job->generation = get_generation_locked (id);
  g_mutex_unlock (&write_lock);

  task = g_task_new (source_object, NULL, callback, user_data);
  g_task_set_source_tag (task, fy_recovery_save_async);
  g_task_set_name (task, "[fayan] recovery copy");
  g_task_set_task_data (task, job, save_job_free);
  g_task_run_in_thread (task, save_thread);
}

/**
 * fy_recovery_save_finish:
 * @result: the result passed to the callback
 * @written: (out) (optional): %TRUE if the copy was written, %FALSE if
 *   the write was skipped as stale
 * @error: return location for a #GError
 *
 * Returns: %FALSE if the write failed
 */
gboolean
fy_recovery_save_finish (GAsyncResult  *result,
                         gboolean      *written,
                         GError       **error)
{
  gssize value;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  value = g_task_propagate_int (G_TASK (result), error);
  if (written != NULL)
    *written = value > 0;

  return value >= 0;
}

/**
 * fy_recovery_remove:
 * @id: a recovery identifier
 *
 * Deletes the recovery copy of @id, if there is one.
 */
void
fy_recovery_remove (const char *id)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) info_file = NULL;

  g_autoptr(GMutexLocker) locker = NULL;

  g_return_if_fail (id != NULL);

  /* After a write in progress, and before any queued. */
  locker = g_mutex_locker_new (&write_lock);
  bump_generation_locked (id);
  file = get_child (id, ".fayan");
  info_file = get_child (id, ".info");
  g_file_delete (file, NULL, NULL);
  g_file_delete (info_file, NULL, NULL);
}

/* Whether the process that wrote @keys still runs: a process that has
 * ended but is not yet reaped (a zombie) or is dumping core is as good as
 * gone, and so is a process that only has the same pid, started later or
 * before a reboot. */
static gboolean
writer_is_alive (GKeyFile *keys)
{
  gint64 pid = g_key_file_get_int64 (keys, INFO_GROUP, "pid", NULL);
  g_autofree char *boot = g_key_file_get_string (keys, INFO_GROUP, "boot", NULL);
  g_autofree char *started = g_key_file_get_string (keys, INFO_GROUP, "started", NULL);
  g_autofree char *boot_now = NULL;
  guint64 start;
  char state;

  if (pid <= 0 || pid > G_MAXINT)
    return FALSE;
  if (kill ((pid_t)pid, 0) != 0 && errno != EPERM)
    return FALSE;

  /* Without /proc, kill() is all there is to know; with it, a process
   * whose stat cannot be read ended between kill() and the read. */
  if (!read_process_stat (pid, &state, &start))
    return !g_file_test ("/proc/self/stat", G_FILE_TEST_EXISTS);
  if (state == 'Z' || state == 'X' || state == 'x' || process_is_dumping (pid))
    return FALSE;

  boot_now = dup_boot_id ();
  if (boot != NULL && boot_now != NULL && strcmp (boot, boot_now) != 0)
    return FALSE;
  if (started != NULL && g_ascii_strtoull (started, NULL, 10) != start)
    return FALSE;

  return TRUE;
}

static gint
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const FyRecoveryEntry *ea = *(FyRecoveryEntry **)a;
  const FyRecoveryEntry *eb = *(FyRecoveryEntry **)b;

  return g_date_time_compare (eb->saved, ea->saved);
}

/**
 * fy_recovery_list_orphans:
 *
 * Returns: (transfer full) (element-type FyRecoveryEntry): the recovery
 *   copies left behind by a process that ended without cleaning up, the
 *   newest first
 */
GPtrArray *
fy_recovery_list_orphans (void)
{
  g_autoptr(GFile) dir = fy_recovery_get_dir ();
  g_autoptr(GFileEnumerator) enumerator = NULL;
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify)fy_recovery_entry_free);
  GFileInfo *info;

  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (enumerator == NULL)
    return entries;

  while ((info = g_file_enumerator_next_file (enumerator, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      g_autoptr(GKeyFile) keys = g_key_file_new ();
      g_autoptr(FyRecoveryEntry) entry = NULL;
      g_autoptr(GFile) info_file = NULL;
      g_autofree char *id = NULL;
      g_autofree char *path = NULL;
      g_autofree char *original = NULL;
      const char *name = g_file_info_get_name (owned);
      gint64 pid;

      if (!g_str_has_suffix (name, ".fayan"))
        continue;

      id = g_strndup (name, strlen (name) - strlen (".fayan"));
      info_file = get_child (id, ".info");
      path = g_file_get_path (info_file);
      if (path == NULL || !g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, NULL))
        continue;

      pid = g_key_file_get_int64 (keys, INFO_GROUP, "pid", NULL);
      if (pid == getpid ())
        {
          if (held_ids != NULL && g_hash_table_contains (held_ids, id))
            continue;
        }
      else if (writer_is_alive (keys))
        continue;

      entry = g_new0 (FyRecoveryEntry, 1);
      entry->id = g_steal_pointer (&id);
      entry->file = g_file_get_child (dir, name);
      entry->title = g_key_file_get_string (keys, INFO_GROUP, "title", NULL);
      if (entry->title == NULL)
        entry->title = g_strdup ("");
      entry->characters = (guint) MIN (g_key_file_get_uint64 (keys, INFO_GROUP, "characters", NULL),
                                       G_MAXUINT);
      entry->saved = g_date_time_new_from_unix_local (g_key_file_get_int64 (keys, INFO_GROUP,
                                                                             "saved", NULL));
      original = g_key_file_get_string (keys, INFO_GROUP, "original", NULL);
      if (original != NULL && *original != '\0')
        entry->original = g_file_new_for_uri (original);
      entry->original_etag = g_key_file_get_string (keys, INFO_GROUP, "original-etag", NULL);

      g_ptr_array_add (entries, g_steal_pointer (&entry));
    }

  g_ptr_array_sort (entries, compare_entries);

  return entries;
}

/**
 * fy_recovery_entry_load:
 * @entry: an entry from fy_recovery_list_orphans()
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the recovered document
 */
FyDocument *
fy_recovery_entry_load (FyRecoveryEntry  *entry,
                        GError          **error)
{
  g_return_val_if_fail (entry != NULL, NULL);

  return fy_document_load_from_file (entry->file, NULL, error);
}

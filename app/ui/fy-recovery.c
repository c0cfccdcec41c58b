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
 * process that writes it, the user's file and the title.  A clean save or
 * close removes both.  Whatever is left when Fayan starts and belongs to
 * no live process (or to no window of this one) was left by a crash.
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

/**
 * fy_recovery_save:
 * @id: the window's recovery identifier
 * @document: the document as it is now
 * @original: (nullable): the user's file, if the document has one
 * @error: return location for a #GError
 *
 * Writes the recovery copy; the user's file is never touched.
 *
 * Returns: %TRUE on success
 */
gboolean
fy_recovery_save (const char  *id,
                  FyDocument  *document,
                  GFile       *original,
                  GError     **error)
{
  g_autoptr(GFile) dir = fy_recovery_get_dir ();
  g_autoptr(GFile) file = get_child (id, ".fayan");
  g_autoptr(GFile) info_file = get_child (id, ".info");
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *dir_path = NULL;
  g_autofree char *title = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (original == NULL || G_IS_FILE (original), FALSE);

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
  g_key_file_set_int64 (info, INFO_GROUP, "pid", getpid ());
  g_key_file_set_int64 (info, INFO_GROUP, "saved", g_get_real_time () / G_USEC_PER_SEC);
  g_key_file_set_string (info, INFO_GROUP, "title", title);
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);

      g_key_file_set_string (info, INFO_GROUP, "original", uri);
    }

  data = g_key_file_to_data (info, &length, NULL);

  return fy_file_write (info_file, data, length, NULL, FY_FILE_WRITE_PRIVATE, NULL, error);
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

  g_return_if_fail (id != NULL);

  file = get_child (id, ".fayan");
  info_file = get_child (id, ".info");
  g_file_delete (file, NULL, NULL);
  g_file_delete (info_file, NULL, NULL);
}

static gboolean
process_is_alive (gint64 pid)
{
  if (pid <= 0 || pid > G_MAXINT)
    return FALSE;

  return kill ((pid_t)pid, 0) == 0 || errno == EPERM;
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
      else if (process_is_alive (pid))
        continue;

      entry = g_new0 (FyRecoveryEntry, 1);
      entry->id = g_steal_pointer (&id);
      entry->file = g_file_get_child (dir, name);
      entry->title = g_key_file_get_string (keys, INFO_GROUP, "title", NULL);
      if (entry->title == NULL)
        entry->title = g_strdup ("");
      entry->saved = g_date_time_new_from_unix_local (g_key_file_get_int64 (keys, INFO_GROUP,
                                                                             "saved", NULL));
      original = g_key_file_get_string (keys, INFO_GROUP, "original", NULL);
      if (original != NULL && *original != '\0')
        entry->original = g_file_new_for_uri (original);

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

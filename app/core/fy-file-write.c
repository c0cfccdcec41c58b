/* fy-file-write.c — the one path by which Fayan writes a file
 *
 * Every output — documents, PDFs, PNG pages, Markdown and text exports,
 * templates, recovery copies, the files `fayan-cli fill` makes, .docx —
 * is written by fy_file_write().  The rules, in one place:
 *
 *  - atomic: a temporary file in the same folder, synced, renamed over the
 *    destination, then the folder is synced; a failure at any point
 *    leaves the destination as it was and removes the temporary file;
 *  - never over its own input: a destination that is the input file (the
 *    same inode, so hard links count too) is refused;
 *  - a symbolic link at the destination is replaced by the new file; what
 *    it points to is never written;
 *  - a read-only destination (no write permission bit, or no access) is
 *    refused with a message saying so, even for root;
 *  - folders, devices, FIFOs and sockets are refused;
 *  - the replaced file's mode and group are kept (%FY_FILE_WRITE_PRIVATE:
 *    always 0600);
 *  - temporary files are named ".NAME.fayan-tmp-XXXXXX"; the first write
 *    into a folder in a process removes such files of the same user that
 *    are older than a day (left by a crash or kill -9 mid-write).
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-file-write"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fy-error.h"
#include "fy-file-write.h"

/* Folders swept for stale temporary files by this process. */
G_LOCK_DEFINE_STATIC (swept);
static GHashTable *swept_folders;

static char *
describe_write_errno (int         saved_errno,
                      const char *folder)
{
  switch (saved_errno)
    {
    case ENOSPC:
      return g_strdup (_("The disk is full. Free some space or save to another disk."));
#ifdef EDQUOT
    case EDQUOT:
      return g_strdup (_("Your disk quota is used up. Free some space or save to another disk."));
#endif
    case EFBIG:
      return g_strdup (_("The file is larger than this disk or the system allows. "
                         "Free some space or save to another disk."));
    case EROFS:
      return g_strdup (_("The disk is read-only. Save to another disk."));
    case EACCES:
    case EPERM:
      return g_strdup_printf (_("You do not have permission to write in the folder “%s”. "
                                "Save in another folder."), folder);
    case ENOENT:
      /* Most often a USB stick or network disk that is no longer there. */
      return g_strdup_printf (_("The folder “%s” cannot be found: it may have been removed, or be on "
                                "a disk that is no longer connected. Save to another folder."),
                              folder);
    case ENOTDIR:
      return g_strdup_printf (_("“%s” is not a folder. Choose another folder."), folder);
    case EISDIR:
      return g_strdup (_("A folder of that name is in the way. Choose another file name."));
    case ENAMETOOLONG:
      return g_strdup (_("The file name is too long. Choose a shorter name."));
    default:
      return g_strdup_printf ("%s.", g_strerror (saved_errno));
    }
}

static gboolean
set_write_error (const char  *path,
                 int          saved_errno,
                 GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dir_display = g_filename_display_name (dir);
  g_autofree char *reason = describe_write_errno (saved_errno, dir_display);

  g_set_error (error, FY_ERROR, FY_ERROR_WRITE,
               /* Translators: the second %s is a reason such as “The disk is full. …” */
               _("Could not save “%1$s”. %2$s"), display, reason);
  return FALSE;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           int         *saved_errno)
{
  while (length > 0)
    {
      gssize n = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          *saved_errno = errno;
          return FALSE;
        }
      if (n == 0)
        {
          *saved_errno = ENOSPC;
          return FALSE;
        }

      data += n;
      length -= n;
    }

  return TRUE;
}

static void
sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  /* Some file systems refuse to sync a folder; the rename has happened by
   * now, so this is only extra safety against power loss. */
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static gboolean
set_destination_error (const char  *path,
                       const char  *reason,
                       GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, FY_ERROR, FY_ERROR_WRITE,
               /* Translators: the second %s is a reason such as “It is read-only. …” */
               _("Could not save “%1$s”. %2$s"), display, reason);
  return FALSE;
}

/* Checks what is at @path now; *@existing is filled with its lstat()
 * when something is there (a link is not followed). */
static gboolean
check_local_destination (const char   *path,
                         const char   *input_path,
                         struct stat  *existing,
                         gboolean     *exists,
                         GError      **error)
{
  struct stat input_st;

  *exists = FALSE;
  if (g_lstat (path, existing) != 0)
    {
      if (errno == ENOENT)
        return TRUE;
      return set_write_error (path, errno, error);
    }
  *exists = TRUE;

  if (S_ISDIR (existing->st_mode))
    return set_write_error (path, EISDIR, error);
  if (S_ISLNK (existing->st_mode))
    return TRUE;   /* the link itself is replaced */
  if (!S_ISREG (existing->st_mode))
    return set_destination_error (path, _("It is not an ordinary file (a device or a pipe). "
                                          "Choose another file name."), error);

  if (input_path != NULL && g_stat (input_path, &input_st) == 0 &&
      input_st.st_dev == existing->st_dev && input_st.st_ino == existing->st_ino)
    return set_destination_error (path, _("It is the file being read: writing the result there "
                                          "would destroy it. Choose another file name."), error);

  if ((existing->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    return set_destination_error (path, _("The file is read-only. Make it writable first, "
                                          "or choose another file name."), error);
  if (access (path, W_OK) != 0 && errno != EACCES && errno != EPERM)
    return set_write_error (path, errno, error);
  if (access (path, W_OK) != 0)
    return set_destination_error (path, _("You do not have permission to change this file. "
                                          "Choose another file name."), error);

  return TRUE;
}

static gboolean
is_our_temporary (const char *name)
{
  const char *mark;
  gsize tail;

  if (name[0] != '.')
    return FALSE;
  mark = g_strrstr (name, FY_FILE_TEMP_MARK);
  if (mark == NULL)
    return FALSE;
  tail = strlen (mark + strlen (FY_FILE_TEMP_MARK));
  return tail == 6;
}

/**
 * fy_file_remove_stale_temporaries:
 * @folder: a folder (file name encoding)
 *
 * Removes the temporary files fy_file_write() leaves when it is killed
 * mid-write: regular files named ".NAME.fayan-tmp-XXXXXX", owned by this
 * user and last modified more than a day ago.  Younger ones may belong
 * to a write in progress and are kept.  fy_file_write() calls this for
 * every folder the first time it writes there in a process.
 *
 * Returns: how many files were removed
 */
guint
fy_file_remove_stale_temporaries (const char *folder)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint removed = 0;

  g_return_val_if_fail (folder != NULL, 0);

  dir = g_dir_open (folder, 0, NULL);
  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;

      if (!is_our_temporary (name))
        continue;
      path = g_build_filename (folder, name, NULL);
      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != geteuid ())
        continue;
      if (now - (gint64) st.st_mtime <= FY_FILE_TEMP_STALE_AGE)
        continue;
      if (g_unlink (path) == 0)
        removed++;
    }

  return removed;
}

static void
sweep_folder_once (const char *folder)
{
  gboolean first;

  G_LOCK (swept);
  if (swept_folders == NULL)
    swept_folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  first = g_hash_table_add (swept_folders, g_strdup (folder));
  G_UNLOCK (swept);

  if (first)
    fy_file_remove_stale_temporaries (folder);
}

static gboolean
replace_local_file (const char        *path,
                    const char        *data,
                    gsize              length,
                    const char        *input_path,
                    FyFileWriteFlags   flags,
                    GCancellable      *cancellable,
                    GError           **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  struct stat st;
  gboolean existed = FALSE;
  gboolean keep_mode;
  int saved_errno = 0;
  int fd;

  if (!check_local_destination (path, input_path, &st, &existed, error))
    return FALSE;
  keep_mode = existed && S_ISREG (st.st_mode) && !(flags & FY_FILE_WRITE_PRIVATE);

  folder = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  sweep_folder_once (folder);

  if (strlen (base) < 200)
    tmp_path = g_strdup_printf ("%s/.%s" FY_FILE_TEMP_MARK "XXXXXX", folder, base);
  else
    tmp_path = g_strdup_printf ("%s/.fayan-save" FY_FILE_TEMP_MARK "XXXXXX", folder);

  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC,
                       (flags & FY_FILE_WRITE_PRIVATE) ? 0600 : keep_mode ? (st.st_mode & 0777) : 0666);
  if (fd < 0)
    return set_write_error (path, errno, error);

  if (flags & FY_FILE_WRITE_PRIVATE)
    fchmod (fd, 0600);
  else if (keep_mode)
    {
      /* mkstemp applied the umask; the original's mode wins.  Keeping the
       * owner only works for root or the owner's own groups; fine. */
      if (fchown (fd, st.st_uid, st.st_gid) != 0 && fchown (fd, -1, st.st_gid) != 0)
        g_debug ("Could not keep the group of %s: %s", path, g_strerror (errno));
      fchmod (fd, st.st_mode & 07777);
    }

  if (!write_all (fd, data, length, &saved_errno))
    goto failed;

  if (fsync (fd) != 0)
    {
      saved_errno = errno;
      goto failed;
    }

  if (close (fd) != 0)
    {
      fd = -1;
      saved_errno = errno;
      goto failed;
    }
  fd = -1;

  if (g_cancellable_is_cancelled (cancellable))
    {
      g_unlink (tmp_path);
      g_cancellable_set_error_if_cancelled (cancellable, error);
      return FALSE;
    }

  /* rename() replaces a symbolic link itself, never what it points to. */
  if (g_rename (tmp_path, path) != 0)
    {
      saved_errno = errno;
      goto failed;
    }

  sync_folder (folder);
  return TRUE;

failed:
  if (fd >= 0)
    close (fd);
  g_unlink (tmp_path);
  return set_write_error (path, saved_errno, error);
}

/**
 * fy_file_check_destination:
 * @file: where an output is going to be written
 * @input: (nullable): the file the output is made from
 * @error: return location for a #GError
 *
 * The checks fy_file_write() makes before writing, for callers that want
 * to fail before a long computation (rendering a PDF): @file is not a
 * folder, device or pipe, not @input (the same inode) and not read-only.
 * A symbolic link passes (it is replaced, not followed).  Non-local files
 * pass.
 *
 * Returns: %TRUE when @file may be written
 */
gboolean
fy_file_check_destination (GFile   *file,
                           GFile   *input,
                           GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *input_path = NULL;
  struct stat st;
  gboolean exists;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (input == NULL || G_IS_FILE (input), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    return TRUE;
  input_path = input != NULL ? g_file_get_path (input) : NULL;

  return check_local_destination (path, input_path, &st, &exists, error);
}

/**
 * fy_file_write:
 * @file: the file to write
 * @data: (array length=length): the new contents
 * @length: the length of @data
 * @input: (nullable): the file the contents were made from, which must
 *   not be overwritten
 * @flags: #FyFileWriteFlags
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Replaces the contents of @file atomically, by the rules at the top of
 * this file.  On any failure @file is left as it was, no temporary file
 * remains, and @error is %FY_ERROR_WRITE with a message naming the file
 * and the reason.  When @cancellable is cancelled before the rename,
 * nothing changes and @error is %G_IO_ERROR_CANCELLED.
 *
 * Returns: %TRUE on success
 */
gboolean
fy_file_write (GFile             *file,
               const char        *data,
               gsize              length,
               GFile             *input,
               FyFileWriteFlags   flags,
               GCancellable      *cancellable,
               GError           **error)
{
  g_autofree char *path = NULL;
  g_autofree char *input_path = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (input == NULL || G_IS_FILE (input), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  path = g_file_get_path (file);
  if (path != NULL)
    {
      input_path = input != NULL ? g_file_get_path (input) : NULL;
      return replace_local_file (path, data != NULL ? data : "", length, input_path, flags,
                                 cancellable, error);
    }

  /* Not a local file (a GVfs location): GIO writes a temporary file and
   * renames it as well. */
  if (!g_file_replace_contents (file, data, length, NULL, FALSE,
                                (flags & FY_FILE_WRITE_PRIVATE) ? G_FILE_CREATE_PRIVATE
                                                                : G_FILE_CREATE_NONE,
                                NULL, cancellable, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, FY_ERROR, FY_ERROR_WRITE,
                     _("Could not save “%1$s”. %2$s"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * fy_file_replace_contents:
 * @file: the file to write
 * @data: (array length=length): the new contents
 * @length: the length of @data
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * fy_file_write() with no input file and %FY_FILE_WRITE_DEFAULT.
 *
 * Returns: %TRUE on success
 */
gboolean
fy_file_replace_contents (GFile         *file,
                          const char    *data,
                          gsize          length,
                          GCancellable  *cancellable,
                          GError       **error)
{
  return fy_file_write (file, data, length, NULL, FY_FILE_WRITE_DEFAULT, cancellable, error);
}

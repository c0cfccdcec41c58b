/* fy-file-write.h — the one path by which Fayan writes a file
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * FyFileWriteFlags:
 * @FY_FILE_WRITE_DEFAULT: keep the mode of the file replaced; a new file
 *   gets 0666 less the umask
 * @FY_FILE_WRITE_PRIVATE: the file gets mode 0600 whatever it had
 *   (recovery copies: a draft speech is confidential)
 */
typedef enum
{
  FY_FILE_WRITE_DEFAULT = 0,
  FY_FILE_WRITE_PRIVATE = 1 << 0,
} FyFileWriteFlags;

/* Temporary files are named ".NAME" FY_FILE_TEMP_MARK "XXXXXX". */
#define FY_FILE_TEMP_MARK ".fayan-tmp-"
/* Temporary files of ours older than this are removed (seconds). */
#define FY_FILE_TEMP_STALE_AGE (24 * 60 * 60)

gboolean fy_file_write                (GFile             *file,
                                       const char        *data,
                                       gsize              length,
                                       GFile             *input,
                                       FyFileWriteFlags   flags,
                                       GCancellable      *cancellable,
                                       GError           **error);
gboolean fy_file_replace_contents     (GFile             *file,
                                       const char        *data,
                                       gsize              length,
                                       GCancellable      *cancellable,
                                       GError           **error);
gboolean fy_file_check_destination    (GFile             *file,
                                       GFile             *input,
                                       GError           **error);
guint    fy_file_remove_stale_temporaries (const char    *folder);

G_END_DECLS

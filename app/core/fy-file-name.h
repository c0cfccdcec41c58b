/* fy-file-name.h — the one sanitiser for file names Fayan makes up
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Room left in a 255-byte file name for a suffix such as
 * "-2026-03-12.pdf" or "-100000.fayan". */
#define FY_FILE_NAME_MAX_STEM_BYTES 200
/* What the export dialog and `fayan-cli fill` keep of a title or a name. */
#define FY_FILE_NAME_MAX_CHARS      60

char *fy_file_name_make_safe (const char *text,
                              guint       max_chars);
char *fy_file_dup_display_name (GFile     *file);
char *fy_file_dup_display_folder (GFile    *file);

G_END_DECLS

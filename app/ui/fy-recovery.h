/* fy-recovery.h — autosaved copies of open documents, for after a crash
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fayan-core.h"

G_BEGIN_DECLS

typedef struct
{
  char      *id;
  GFile     *file;        /* the autosaved copy */
  GFile     *original;    /* the user's file, or NULL for a new document */
  char      *original_etag; /* that file's entity tag when last read or
                             * written, or NULL if unknown */
  char      *title;
  guint      characters;  /* its 字数, 0 if unknown: what tells two
                           * drafts never saved apart */
  GDateTime *saved;
} FyRecoveryEntry;

void        fy_recovery_entry_free    (FyRecoveryEntry  *entry);

GFile      *fy_recovery_get_dir       (void);
char       *fy_recovery_new_id        (void);
void        fy_recovery_hold          (const char       *id);
void        fy_recovery_release       (const char       *id);
gboolean    fy_recovery_save          (const char       *id,
                                       FyDocument       *document,
                                       GFile            *original,
                                       const char       *original_etag,
                                       GError          **error);
void        fy_recovery_save_async    (const char       *id,
                                       FyDocument       *document,
                                       GFile            *original,
                                       const char       *original_etag,
                                       gpointer          source_object,
                                       GAsyncReadyCallback callback,
                                       gpointer          user_data);
gboolean    fy_recovery_save_finish   (GAsyncResult     *result,
                                       gboolean         *written,
                                       GError          **error);
void        fy_recovery_remove        (const char       *id);
GPtrArray  *fy_recovery_list_orphans  (void);
FyDocument *fy_recovery_entry_load    (FyRecoveryEntry  *entry,
                                       GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyRecoveryEntry, fy_recovery_entry_free)

G_END_DECLS

/* fy-version.c — a named snapshot of a document (初稿, 送审稿, …) kept inside it
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-version"

#include "config.h"

#include "fy-document.h"
#include "fy-version.h"

/*
 * A version is immutable once made: its snapshot is a private copy of the
 * document (metadata, fields, blocks; never versions of its own) that
 * nobody edits, so versions are shared freely between a document, its
 * copies and worker threads by reference.  The file format stores the
 * snapshots compactly (fy-version-io.c); in memory each is a document.
 */

struct _FyVersion
{
  gatomicrefcount  ref_count;
  char            *name;
  char            *author;
  char            *note;
  GDateTime       *time;
  FyDocument      *snapshot;
};

G_DEFINE_BOXED_TYPE (FyVersion, fy_version, fy_version_ref, fy_version_unref)

/**
 * fy_version_new:
 * @name: the version's name, such as “送审稿”
 * @author: (nullable): who made it
 * @time: (nullable): when it was made; %NULL for now
 * @note: (nullable): a remark
 * @snapshot: the document as it was, without versions; kept by
 *   reference, so nobody may change it afterwards (fy_document_save_version()
 *   passes a fresh copy)
 *
 * Returns: (transfer full): a new version
 */
FyVersion *
fy_version_new (const char *name,
                const char *author,
                GDateTime  *time,
                const char *note,
                FyDocument *snapshot)
{
  FyVersion *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (snapshot), NULL);

  self = g_new0 (FyVersion, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->name = g_strdup (name);
  self->author = g_strdup (author != NULL ? author : "");
  self->note = g_strdup (note != NULL ? note : "");
  self->time = time != NULL ? g_date_time_ref (time) : g_date_time_new_now_local ();
  self->snapshot = g_object_ref (snapshot);
  return self;
}

FyVersion *
fy_version_ref (FyVersion *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
fy_version_unref (FyVersion *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->name);
  g_free (self->author);
  g_free (self->note);
  g_date_time_unref (self->time);
  g_object_unref (self->snapshot);
  g_free (self);
}

const char *
fy_version_get_name (FyVersion *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->name;
}

const char *
fy_version_get_author (FyVersion *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->author;
}

GDateTime *
fy_version_get_time (FyVersion *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->time;
}

const char *
fy_version_get_note (FyVersion *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->note;
}

/**
 * fy_version_get_snapshot:
 * @self: a #FyVersion
 *
 * Returns: (transfer none): the document as it was; do not change it
 *   (copy it with fy_document_copy_content() to edit)
 */
FyDocument *
fy_version_get_snapshot (FyVersion *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->snapshot;
}

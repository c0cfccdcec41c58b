/* fy-version.h — a named snapshot of a document (初稿, 送审稿, …) kept inside it
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fy-types.h"

G_BEGIN_DECLS

typedef struct _FyVersion FyVersion;

#define FY_TYPE_VERSION (fy_version_get_type ())

GType        fy_version_get_type     (void) G_GNUC_CONST;

FyVersion   *fy_version_new          (const char  *name,
                                      const char  *author,
                                      GDateTime   *time,
                                      const char  *note,
                                      FyDocument  *snapshot);
FyVersion   *fy_version_ref          (FyVersion   *self);
void         fy_version_unref        (FyVersion   *self);

const char  *fy_version_get_name     (FyVersion   *self);
const char  *fy_version_get_author   (FyVersion   *self);
GDateTime   *fy_version_get_time     (FyVersion   *self);
const char  *fy_version_get_note     (FyVersion   *self);
FyDocument  *fy_version_get_snapshot (FyVersion   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyVersion, fy_version_unref)

G_END_DECLS

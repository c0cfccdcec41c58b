/* fy-source.h — an immutable snapshot of a document for worker threads
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fy-document.h"
#include "fy-source-block.h"

G_BEGIN_DECLS

#define FY_TYPE_SOURCE (fy_source_get_type ())

typedef struct _FySource FySource;

/*
 * What a document was at one moment, for everything that reads it off
 * the main thread (layout, proofreading, recovery copies, export): the
 * metadata, the field values and one FySourceBlock per block, with
 * fields already resolved.  Made on the thread that owns the document;
 * immutable, so any thread may read it and drop its reference.
 *
 * Taking a snapshot is cheap: each block keeps its record until it
 * changes, so after one keystroke only the edited block is copied and
 * the rest is an array of references shared with the previous snapshot.
 */
GType           fy_source_get_type          (void) G_GNUC_CONST;

FySource       *fy_source_new               (FyDocument  *document);
FySource       *fy_source_ref               (FySource    *self);
void            fy_source_unref             (FySource    *self);

guint           fy_source_get_n_blocks      (const FySource *self);
FySourceBlock  *fy_source_get_block         (const FySource *self,
                                             guint        position);

const char     *fy_source_get_title         (const FySource *self);
const char     *fy_source_get_subtitle      (const FySource *self);
const char     *fy_source_get_speaker       (const FySource *self);
const char     *fy_source_get_organisation  (const FySource *self);
const char     *fy_source_get_meeting       (const FySource *self);
const char     *fy_source_get_date          (const FySource *self);
guint           fy_source_get_time_limit    (const FySource *self);
const char     *fy_source_get_style_preset  (const FySource *self);
FyNumberingMode fy_source_get_numbering     (const FySource *self);
FyNumberingMode fy_source_get_printed_numbering (const FySource *self);
gboolean        fy_source_get_page_numbers  (const FySource *self);
const char     *fy_source_get_template_id   (const FySource *self);
const char     *fy_source_get_display_title (const FySource *self);

const char * const *fy_source_get_field_names (const FySource *self);
const char     *fy_source_get_field_value   (const FySource *self,
                                             const char  *name);

/* What `fayan-cli info` prints and the window's status line counts. */
typedef struct
{
  guint n_blocks;
  guint n_by_role[FY_BLOCK_N_ROLES];
  guint n_headings[FY_HEADING_MAX_LEVEL + 1];   /* by level, from 1 */
  guint n_leads;                                /* bold lead sentences */
  guint n_chars;                                /* white space not counted */
  guint n_chars_no_punct;
} FySourceCounts;

void            fy_source_count             (const FySource *self,
                                             FySourceCounts *counts);
void            fy_source_count_characters  (const FySource *self,
                                             guint       *n_chars,
                                             guint       *n_chars_no_punct);
FyDocument     *fy_source_dup_document      (const FySource *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FySource, fy_source_unref)

G_END_DECLS

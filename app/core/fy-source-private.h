/* fy-source-private.h — how snapshots are made from the live model
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-block.h"
#include "fy-source.h"
#include "fy-source-block.h"

G_BEGIN_DECLS

/* fy-source-block.c: the record of @block with fields resolved through
 * @values (name → value).  Main thread (the thread owning @block). */
FySourceBlock *fy_source_block_new          (FyBlock       *block,
                                             GHashTable    *values);

/* fy-block.c: the record kept with a block until the block changes.
 * @fields_stamp says which field values a record with field runs was
 * made with; a record without field runs holds for any. */
FySourceBlock *fy_block_get_source_record   (FyBlock       *block,
                                             guint          fields_stamp);
void           fy_block_set_source_record   (FyBlock       *block,
                                             FySourceBlock *record,
                                             guint          fields_stamp);
gboolean       fy_source_block_has_fields   (const FySourceBlock *self);

/* fy-source.c: fy_source_dup_document() without the versions, which is
 * what fy_document_copy_content() gives. */
FyDocument    *fy_source_dup_content        (const FySource *self);

/* fy-document.c: changes whenever a field value of the document does;
 * unique across documents, so a block moved between documents never
 * keeps a record resolved with the other's values. */
guint          fy_document_get_fields_stamp (FyDocument    *document);
GHashTable    *fy_document_get_field_table  (FyDocument    *document);

G_END_DECLS

/* fy-source-block.h — one block of a source snapshot, immutable and shared
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fy-types.h"

G_BEGIN_DECLS

#define FY_TYPE_SOURCE_BLOCK (fy_source_block_get_type ())

typedef struct _FySourceBlock FySourceBlock;

/*
 * What one FyBlock was when a snapshot (FySource) was taken: its role,
 * level, runs, its text with `{{name}}` references and with field values
 * filled in, and for a table its cells.  Never changes once made, so it
 * may be read and released on any thread; a block that did not change
 * between two snapshots is the same FySourceBlock in both.
 */
GType           fy_source_block_get_type        (void) G_GNUC_CONST;

FySourceBlock  *fy_source_block_ref             (FySourceBlock *self);
void            fy_source_block_unref           (FySourceBlock *self);

FyBlockRole     fy_source_block_get_role        (const FySourceBlock *self);
guint           fy_source_block_get_level       (const FySourceBlock *self);
gboolean        fy_source_block_get_table_header (const FySourceBlock *self);
guint           fy_source_block_get_n_runs      (const FySourceBlock *self);
const FyRun    *fy_source_block_get_run         (const FySourceBlock *self,
                                                 guint                index_);
const char     *fy_source_block_get_run_value   (const FySourceBlock *self,
                                                 guint                index_);
guint           fy_source_block_get_lead_end    (const FySourceBlock *self);
const char     *fy_source_block_get_text        (const FySourceBlock *self);
const char     *fy_source_block_get_printed_text (const FySourceBlock *self);
gboolean        fy_source_block_is_markup_only  (const FySourceBlock *self);
FySourceBlock  *fy_source_block_get_cell        (const FySourceBlock *self,
                                                 guint                row,
                                                 guint                column);
guint           fy_source_block_get_n_rows      (const FySourceBlock *self);
guint           fy_source_block_get_n_columns   (const FySourceBlock *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FySourceBlock, fy_source_block_unref)

G_END_DECLS

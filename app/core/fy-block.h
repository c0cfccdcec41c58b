/* fy-block.h — one block (title, heading, paragraph, …) of a speech
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-types.h"

G_BEGIN_DECLS

#define FY_TYPE_BLOCK (fy_block_get_type ())

G_DECLARE_FINAL_TYPE (FyBlock, fy_block, FY, BLOCK, GObject)

FyBlock      *fy_block_new             (FyBlockRole   role);
FyBlock      *fy_block_new_with_text   (FyBlockRole   role,
                                        guint         level,
                                        const char   *text);
FyBlock      *fy_block_copy            (FyBlock      *self);
gboolean      fy_block_equal           (FyBlock      *a,
                                        FyBlock      *b);

FyBlockRole   fy_block_get_role        (FyBlock      *self);
void          fy_block_set_role        (FyBlock      *self,
                                        FyBlockRole   role);
guint         fy_block_get_level       (FyBlock      *self);
void          fy_block_set_level       (FyBlock      *self,
                                        guint         level);

gboolean      fy_block_get_table_header (FyBlock     *self);
void          fy_block_set_table_header (FyBlock     *self,
                                        gboolean      header);

guint         fy_block_get_n_runs      (FyBlock      *self);
const FyRun  *fy_block_get_run         (FyBlock      *self,
                                        guint         index_);
guint         fy_runs_get_lead_end     (const FyRun  *runs,
                                        guint         n_runs);
guint         fy_block_get_lead_end    (FyBlock      *self);
gsize         fy_block_get_lead_length (FyBlock      *self);
void          fy_block_append_run      (FyBlock      *self,
                                        FyRunKind     kind,
                                        const char   *text);
void          fy_block_clear_runs      (FyBlock      *self);
gboolean      fy_block_is_empty        (FyBlock      *self);
gboolean      fy_block_is_markup_only  (FyBlock      *self);

char         *fy_block_dup_text        (FyBlock      *self);
void          fy_block_set_text        (FyBlock      *self,
                                        const char   *text);
char         *fy_block_dup_lead        (FyBlock      *self);
void          fy_block_set_lead_and_text (FyBlock    *self,
                                        const char   *lead,
                                        const char   *text);

gboolean      fy_text_next_field_ref   (const char   *text,
                                        const char  **start,
                                        const char  **end,
                                        char        **name);

void          fy_block_begin_change    (FyBlock      *self);
void          fy_block_end_change      (FyBlock      *self);

G_END_DECLS

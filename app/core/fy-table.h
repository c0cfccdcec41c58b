/* fy-table.h — the cells of a table block, and its text forms
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-types.h"

G_BEGIN_DECLS

/**
 * FyTable:
 *
 * A rectangle of cells, row by row, and whether the first row is a header
 * row.  A plain value: the block keeps the same cells as text (a tab
 * between cells, a newline between rows); FyTable is the form in which
 * importers, exporters and the editor handle them.
 */
typedef struct _FyTable FyTable;

#define FY_TYPE_TABLE (fy_table_get_type ())

GType        fy_table_get_type        (void) G_GNUC_CONST;

FyTable     *fy_table_new             (gboolean      header);
FyTable     *fy_table_new_from_block  (FyBlock      *block);
FyTable     *fy_table_new_from_tsv    (const char   *text,
                                       gboolean      header);
FyTable     *fy_table_parse_pipe_rows (const char   *text);
void         fy_table_free            (FyTable      *self);

void         fy_table_append_row      (FyTable      *self,
                                       const char  **cells,
                                       guint         n_cells);
guint        fy_table_get_n_rows      (const FyTable *self);
guint        fy_table_get_n_columns   (const FyTable *self);
gboolean     fy_table_get_header      (const FyTable *self);
const char  *fy_table_get_cell        (const FyTable *self,
                                       guint          row,
                                       guint          column);

char        *fy_table_to_tsv          (const FyTable *self);
char        *fy_table_to_pipe_rows    (const FyTable *self);
FyBlock     *fy_table_to_block        (const FyTable *self);
GPtrArray   *fy_table_split_cells     (FyBlock      *block,
                                       guint        *n_rows,
                                       guint        *n_columns);

FyBlock     *fy_table_block_new_from_pipe_rows (const char *text);
char        *fy_table_block_dup_pipe_rows      (FyBlock    *block);

gboolean     fy_table_looks_like_pipe_rows (const char *text);
guint        fy_table_count_tsv_cells (const char   *line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyTable, fy_table_free)

G_END_DECLS

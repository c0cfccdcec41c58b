/* fy-table-layout.h — (private) column widths, rows and rules of a typeset table
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-layout-private.h"

G_BEGIN_DECLS

/* The typesetter's paragraph for cell (@row, @column) broken at @width
 * (no indent); borrowed, valid while the typesetter's cache holds it. */
typedef FyPara *(*FyTableCellFunc) (gpointer data,
                                    guint    row,
                                    guint    column,
                                    double   width);

typedef struct
{
  guint     n_rows;
  guint     n_columns;
  gboolean  header;          /* row 0 is repeated on each page */
  int       block_index;
  double    padding;         /* between a rule and the cell's text */
  double   *edges;           /* n_columns + 1 rule positions from the type area's left */
  FyPara  **cells;           /* n_rows × n_columns, referenced */
  guint    *row_lines;       /* grid lines each row takes, at least 1 */
  gboolean *numeric;         /* n_columns: set flush right (figures) */
} FyTableLayout;

FyTableLayout *fy_table_layout_new       (guint            n_rows,
                                          guint            n_columns,
                                          gboolean         header,
                                          double           type_width,
                                          double           cell,
                                          FyTableCellFunc  get_cell,
                                          gpointer         data);
void           fy_table_layout_free      (FyTableLayout   *self);
gboolean       fy_table_layout_is_number (const char      *text);
gboolean       fy_table_layout_is_figures (const char * const *texts,
                                          guint            n);
guint          fy_table_layout_count_lines (FyTableLayout *self,
                                          guint            first_row,
                                          guint            last_row);
void           fy_table_layout_put_row   (FyTableLayout   *self,
                                          guint            row,
                                          FyPage          *page,
                                          double           left,
                                          double           top,
                                          double           pitch,
                                          double           baseline_offset,
                                          gboolean         first_on_page);
void           fy_table_layout_close_page (FyTableLayout  *self,
                                          FyPage          *page);

G_END_DECLS

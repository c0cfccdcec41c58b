/* fy-comparison-table-private.h — a 对照表 row as marked pieces, for the PDF and the .docx
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-comparison.h"
#include "fy-comparison-table.h"

G_BEGIN_DECLS

/* Colours of the marks, as the compare view shows them. */
#define FY_COMPARISON_TABLE_DELETED_RGB  "c01c28"
#define FY_COMPARISON_TABLE_INSERTED_RGB "1c57b8"
#define FY_COMPARISON_TABLE_NOTE_RGB     "555555"

/**
 * FyTablePieceKind:
 * @FY_TABLE_PIECE_TEXT: wording both sides share
 * @FY_TABLE_PIECE_DELETED: wording the new text left out (struck, red)
 * @FY_TABLE_PIECE_INSERTED: wording the new text added (underlined, blue)
 * @FY_TABLE_PIECE_NOTE: what happened (“was after …”), in 〔〕
 * @FY_TABLE_PIECE_BREAK: a line break, between the paragraphs of a passage
 *   moved whole
 */
typedef enum
{
  FY_TABLE_PIECE_TEXT,
  FY_TABLE_PIECE_DELETED,
  FY_TABLE_PIECE_INSERTED,
  FY_TABLE_PIECE_NOTE,
  FY_TABLE_PIECE_BREAK,
} FyTablePieceKind;

typedef struct
{
  FyTablePieceKind  kind;
  char             *text;
  gboolean          bold;    /* a paragraph's bold lead */
} FyTablePiece;

GArray *fy_table_pieces_new                (void);
void    fy_comparison_table_describe       (const FyChange                 *change,
                                            GArray                         *old_pieces,
                                            GArray                         *new_pieces);
guint   fy_comparison_table_describe_row   (FyComparison                   *comparison,
                                            guint                           index_,
                                            GArray                         *old_pieces,
                                            GArray                         *new_pieces);
guint   fy_comparison_table_count_rows     (FyComparison                   *comparison);
char   *fy_comparison_table_dup_summary    (FyComparison                   *comparison,
                                            const FyComparisonTableOptions *options);
const char *fy_comparison_table_get_header    (guint                           column);

G_END_DECLS

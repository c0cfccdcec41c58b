/* fy-comparison-docx.c — the 修改对照表 as a Word (.docx) table
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-comparison-table"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "fy-comparison-table.h"
#include "fy-comparison-table-private.h"
#include "fy-docx-private.h"

/*
 * The same table as the PDF (fy-comparison-table.c), for the drafter who
 * fills the 说明 column in Word or WPS: a real w:tbl with the columns
 * 序号 | 原文 | 修改后 | 说明, the header row repeated on every page, one
 * row per change; deleted words struck through in red, inserted words
 * underlined in blue, notes in grey.  The package around it is the .docx
 * exporter's (fy-docx-export.c): the speech's page, its 仿宋 paragraph
 * styles and the “— N —” page numbers in the footer.
 */

#define TWIPS_PER_POINT 20.0
#define TEXT_SIZE       14.0     /* 四号, the FayanTable style */
/* Word's and LibreOffice's default cell margins, 0.19 cm a side */
#define CELL_PADDING    108

typedef struct
{
  FyComparison                   *comparison;
  const FyComparisonTableOptions *options;
  long                            width;       /* twips */
  long                            columns[4];
} Body;

static void
paragraph (FyDocxWriter *wr,
           const char   *style_id,
           const char   *align,
           const char   *text)
{
  fy_docx_writer_start (wr, "w:p");
  fy_docx_writer_start (wr, "w:pPr");
  fy_docx_writer_element (wr, "w:pStyle", style_id);
  if (align != NULL)
    fy_docx_writer_element (wr, "w:jc", align);
  fy_docx_writer_end (wr);
  if (text != NULL && *text != '\0')
    {
      fy_docx_writer_start (wr, "w:r");
      fy_docx_writer_text (wr, text);
      fy_docx_writer_end (wr);
    }
  fy_docx_writer_end (wr);
}

static void
cell_start (FyDocxWriter *wr,
            Body         *body,
            guint         column,
            const char   *style_id,
            const char   *align)
{
  fy_docx_writer_start (wr, "w:tc");
  fy_docx_writer_start (wr, "w:tcPr");
  fy_docx_writer_start (wr, "w:tcW");
  fy_docx_writer_attr_int (wr, "w:w", body->columns[column]);
  fy_docx_writer_attr (wr, "w:type", "dxa");
  fy_docx_writer_end (wr);
  fy_docx_writer_end (wr);
  fy_docx_writer_start (wr, "w:p");
  fy_docx_writer_start (wr, "w:pPr");
  fy_docx_writer_element (wr, "w:pStyle", style_id);
  /* Lines of 1.5 the text size off the page's grid, as the PDF sets
   * them: the grid's 28.95 pt lines would double the table's length. */
  fy_docx_writer_element (wr, "w:snapToGrid", "0");
  fy_docx_writer_start (wr, "w:spacing");
  fy_docx_writer_attr_int (wr, "w:line", lround (1.5 * TEXT_SIZE * TWIPS_PER_POINT));
  fy_docx_writer_attr (wr, "w:lineRule", "exact");
  fy_docx_writer_end (wr);
  fy_docx_writer_element (wr, "w:jc", align);
  fy_docx_writer_end (wr);
}

static void
cell_end (FyDocxWriter *wr)
{
  fy_docx_writer_end (wr);   /* w:p */
  fy_docx_writer_end (wr);   /* w:tc */
}

static void
text_cell (FyDocxWriter *wr,
           Body         *body,
           guint         column,
           const char   *style_id,
           const char   *align,
           const char   *text)
{
  cell_start (wr, body, column, style_id, align);
  if (text != NULL && *text != '\0')
    {
      fy_docx_writer_start (wr, "w:r");
      fy_docx_writer_text (wr, text);
      fy_docx_writer_end (wr);
    }
  cell_end (wr);
}

static void
piece_run (FyDocxWriter       *wr,
           const FyTablePiece *piece)
{
  g_autofree char *note = NULL;

  if (piece->text[0] == '\0')
    return;
  if (piece->kind == FY_TABLE_PIECE_BREAK)
    {
      fy_docx_writer_start (wr, "w:r");
      fy_docx_writer_element (wr, "w:br", NULL);
      fy_docx_writer_end (wr);
      return;
    }

  fy_docx_writer_start (wr, "w:r");
  if (piece->kind != FY_TABLE_PIECE_TEXT || piece->bold)
    {
      fy_docx_writer_start (wr, "w:rPr");
      if (piece->bold)
        fy_docx_writer_element (wr, "w:b", NULL);
      if (piece->kind == FY_TABLE_PIECE_DELETED)
        fy_docx_writer_element (wr, "w:strike", NULL);
      if (piece->kind != FY_TABLE_PIECE_TEXT)
        fy_docx_writer_element (wr, "w:color",
                                piece->kind == FY_TABLE_PIECE_DELETED ? FY_COMPARISON_TABLE_DELETED_RGB
                                : piece->kind == FY_TABLE_PIECE_INSERTED ? FY_COMPARISON_TABLE_INSERTED_RGB
                                : FY_COMPARISON_TABLE_NOTE_RGB);
      if (piece->kind == FY_TABLE_PIECE_INSERTED)
        fy_docx_writer_element (wr, "w:u", "single");
      fy_docx_writer_end (wr);
    }
  if (piece->kind == FY_TABLE_PIECE_NOTE)
    note = g_strdup_printf ("〔%s〕", piece->text);
  fy_docx_writer_text (wr, note != NULL ? note : piece->text);
  fy_docx_writer_end (wr);
}

static void
pieces_cell (FyDocxWriter *wr,
             Body         *body,
             guint         column,
             GArray       *pieces)
{
  cell_start (wr, body, column, FY_DOCX_TABLE_STYLE_ID, "left");
  for (guint i = 0; i < pieces->len; i++)
    piece_run (wr, &g_array_index (pieces, FyTablePiece, i));
  cell_end (wr);
}

static void
write_body (FyDocxWriter *wr,
            gpointer      data)
{
  Body *body = data;
  g_autofree char *summary = fy_comparison_table_dup_summary (body->comparison, body->options);
  guint n_changes = fy_comparison_get_n_changes (body->comparison);

  paragraph (wr, FY_DOCX_TITLE_STYLE_ID, NULL, _("Revision Table"));
  paragraph (wr, FY_DOCX_BODY_STYLE_ID, NULL, summary);

  fy_docx_writer_table_start (wr, body->width, body->columns, 4);

  /* the header row, repeated on every page */
  fy_docx_writer_start (wr, "w:tr");
  fy_docx_writer_start (wr, "w:trPr");
  fy_docx_writer_element (wr, "w:cantSplit", NULL);
  fy_docx_writer_element (wr, "w:tblHeader", NULL);
  fy_docx_writer_end (wr);
  for (guint c = 0; c < 4; c++)
    text_cell (wr, body, c, FY_DOCX_TABLE_HEADER_STYLE_ID, "center",
               fy_comparison_table_get_header (c));
  fy_docx_writer_end (wr);

  /* Rows may split across pages: a rewritten paragraph can be longer
   * than one. */
  for (guint i = 0, row = 0; i < n_changes;)
    {
      g_autoptr(GArray) old_pieces = fy_table_pieces_new ();
      g_autoptr(GArray) new_pieces = fy_table_pieces_new ();
      g_autofree char *number = g_strdup_printf ("%u", ++row);

      i = fy_comparison_table_describe_row (body->comparison, i, old_pieces, new_pieces);
      fy_docx_writer_start (wr, "w:tr");
      text_cell (wr, body, 0, FY_DOCX_TABLE_STYLE_ID, "center", number);
      pieces_cell (wr, body, 1, old_pieces);
      pieces_cell (wr, body, 2, new_pieces);
      text_cell (wr, body, 3, FY_DOCX_TABLE_STYLE_ID, "left", NULL);
      fy_docx_writer_end (wr);
    }
  fy_docx_writer_end (wr);   /* w:tbl */

  /* Word needs a paragraph after a table that ends the body. */
  paragraph (wr, FY_DOCX_BODY_STYLE_ID, NULL, NULL);
}

/**
 * fy_comparison_table_render_docx:
 * @comparison: what changed
 * @style: the page style (paper, margins, faces) of the speech
 * @options: labels and orientation
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the .docx file, or %NULL with
 *   %FY_ERROR_WRITE
 */
GBytes *
fy_comparison_table_render_docx (FyComparison                   *comparison,
                                 FyStyle                        *style,
                                 const FyComparisonTableOptions *options,
                                 GError                        **error)
{
  Body body = { comparison, options, 0, { 0 } };
  double width;

  g_return_val_if_fail (FY_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (FY_IS_STYLE (style), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  /* the type width, or across the turned page as fy-docx-export.c
   * turns it */
  width = options->landscape
    ? fy_style_get_page_height (style) - 2 * MIN (fy_style_get_margin_top (style),
                                                  fy_style_get_margin_left (style))
    : fy_style_get_type_width (style);
  body.width = lround (width * TWIPS_PER_POINT);
  body.columns[0] = lround (2.5 * TEXT_SIZE * TWIPS_PER_POINT + 2 * CELL_PADDING);
  body.columns[3] = lround (4 * TEXT_SIZE * TWIPS_PER_POINT + 2 * CELL_PADDING);
  body.columns[1] = (body.width - body.columns[0] - body.columns[3]) / 2;
  body.columns[2] = body.width - body.columns[0] - body.columns[3] - body.columns[1];

  return fy_docx_write_package (style, _("Revision Table"), options->landscape,
                                write_body, &body, error);
}

/* fy-docx-tables.c — (private) a .docx table walked into a table block
 *
 * A table's rows and cells become one table block (fy-table.h): a cell's
 * paragraphs joined by a space, a tab between cells, a newline between
 * rows.  A merged cell, a table in a cell, a picture or a mark the block
 * cannot hold is said in the import's warnings, the cell named by its
 * row and column.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-docx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-docx-import-private.h"

/* Where a warning points: a cell of a table. */
static char *
cell_place (guint row,
            guint cell)
{
  /* Translators: a table's cell, in the warnings "Paragraph 3 (%s): …" */
  return g_strdup_printf (_("a table, row %1$u, cell %2$u"), row, cell);
}

/* Cell text may not hold the tab and newline that separate cells. */
static void
clean_cell_pieces (GPtrArray *pieces,
                   guint      from,
                   gsize      offset)
{
  for (guint i = from; i < pieces->len; i++)
    {
      FyDocxPiece *piece = g_ptr_array_index (pieces, i);

      g_strdelimit (piece->text->str + (i == from ? offset : 0), "\t\n\r", ' ');
      piece->bold = FALSE;
    }

  /* an empty paragraph at the cell's end (Word puts one after a table
   * in a cell) leaves no space behind */
  for (guint i = pieces->len; i > from; i--)
    {
      GString *text = ((FyDocxPiece *) g_ptr_array_index (pieces, i - 1))->text;
      gsize start = i - 1 == from ? offset : 0;

      while (text->len > start && text->str[text->len - 1] == ' ')
        g_string_truncate (text, text->len - 1);
      if (text->len > start)
        break;
    }
}

/* A merged cell (w:gridSpan across columns, w:vMerge down rows) has no
 * form in a table block: its text stays in the cell that holds it, each
 * further column it covers becomes an empty cell so the next cells stay
 * in their columns, and the import says where, once a table. */
static void
keep_merged_cell (FyDocxImport *import,
                  xmlNode      *cell,
                  guint         n_rows,
                  guint        *n_cells,
                  gboolean     *warned)
{
  xmlNode *properties = fy_docx_child_w (cell, "tcPr");
  xmlNode *span = properties != NULL ? fy_docx_child_w (properties, "gridSpan") : NULL;
  g_autofree char *columns = fy_docx_get_w_attr (span, "val");
  guint64 n_columns = columns != NULL ? g_ascii_strtoull (columns, NULL, 10) : 1;
  guint cell_number = *n_cells;
  g_autofree char *where = NULL;

  /* Word's grid has at most 63 columns */
  for (guint64 i = 1; i < MIN (n_columns, 63); i++)
    {
      fy_docx_import_append_text (import, NULL, FALSE, "\t");
      (*n_cells)++;
    }
  if (*warned || (n_columns <= 1 && (properties == NULL || fy_docx_child_w (properties, "vMerge") == NULL)))
    return;
  *warned = TRUE;
  where = cell_place (n_rows, cell_number);
  fy_docx_import_warn (import, g_strdup_printf (_("Paragraph %1$u (%2$s): merged cells are kept as "
                                                  "separate cells, the text in the first of them. "
                                                  "Merge them again in WPS or Word after the last "
                                                  "revision."),
                                                import->n_paragraphs + 1, where));
}

/* The paragraphs of a cell (@node) in reading order, a space between
 * them: those of a content control (w:sdt) or tracked insertion in the
 * cell, and those of a table nested in it (WPS's 表中表), cell after
 * cell, for a table block has no table in a cell; @nested says whether
 * there was one.  Text in a deleted revision stays out, as in the body. */
static void
walk_cell (FyDocxImport *import,
           xmlNode      *node,
           guint         depth,
           gboolean     *first_paragraph,
           gboolean     *nested)
{
  if (depth > 32)
    return;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (fy_docx_is_w (c, "p"))
        {
          xmlNode *ppr = fy_docx_child_w (c, "pPr");

          fy_docx_import_count_format_change (import, ppr);
          fy_docx_import_count_format_change (import, ppr != NULL ? fy_docx_child_w (ppr, "rPr") : NULL);
          import->run_reformatted = FALSE;
          if (!*first_paragraph)
            fy_docx_import_append_text (import, NULL, FALSE, " ");
          *first_paragraph = FALSE;
          fy_docx_import_walk_inline (import, c, NULL, depth + 1);
        }
      else if (fy_docx_is_w (c, "tbl"))
        {
          *nested = TRUE;
          walk_cell (import, c, depth + 1, first_paragraph, nested);
        }
      else if (fy_docx_is_w (c, "tr") || fy_docx_is_w (c, "tc") || fy_docx_is_w (c, "sdt") ||
               fy_docx_is_w (c, "sdtContent") || fy_docx_is_w (c, "customXml") ||
               fy_docx_is_w (c, "ins") || fy_docx_is_w (c, "moveTo"))
        {
          if (fy_docx_is_w (c, "ins") || fy_docx_is_w (c, "moveTo"))
            import->revisions++;
          walk_cell (import, c, depth + 1, first_paragraph, nested);
        }
      else if (fy_docx_is_w (c, "del") || fy_docx_is_w (c, "moveFrom"))
        import->revisions++;
    }
}

/* A table becomes a table block: its cells' paragraphs joined by a space,
 * a tab between cells, a newline between rows (fy-table.h).  The first
 * row is a header row when Word repeats it on each page (w:tblHeader),
 * or when it reads as one (fy_docx_table_reads_as_headed()). */
gboolean
fy_docx_import_walk_table (FyDocxImport *import,
                           xmlNode      *table,
                           guint         depth,
                           GError      **error)
{
  gboolean header = FALSE, merged_warned = FALSE;
  guint n_rows = 0;
  FyBlock *block;

  g_ptr_array_set_size (import->pieces, 0);
  import->bookmark = NULL;
  fy_docx_import_count_format_change (import, fy_docx_child_w (table, "tblPr"));
  fy_docx_import_count_format_change (import, fy_docx_child_w (table, "tblGrid"));
  for (xmlNode *row = table->children; row != NULL; row = row->next)
    {
      guint n_cells = 0;

      if (!fy_docx_is_w (row, "tr"))
        continue;
      fy_docx_import_count_format_change (import, fy_docx_child_w (row, "trPr"));
      if (n_rows == 0)
        {
          xmlNode *properties = fy_docx_child_w (row, "trPr");

          header = properties != NULL && fy_docx_child_w (properties, "tblHeader") != NULL;
        }
      if (n_rows++ > 0)
        fy_docx_import_append_text (import, NULL, FALSE, "\n");

      for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
        {
          guint from;
          gsize offset = 0;
          gboolean first_paragraph = TRUE, nested;
          g_autofree char *where = NULL;

          if (!fy_docx_is_w (cell, "tc"))
            continue;
          fy_docx_import_count_format_change (import, fy_docx_child_w (cell, "tcPr"));
          if (n_cells++ > 0)
            fy_docx_import_append_text (import, NULL, FALSE, "\t");
          /* the cell may go on in the piece that holds the separator */
          from = import->pieces->len;
          if (from > 0)
            offset = ((FyDocxPiece *) g_ptr_array_index (import->pieces, --from))->text->len;
          fy_docx_import_reset_formats (import);
          nested = FALSE;
          walk_cell (import, cell, depth + 1, &first_paragraph, &nested);
          clean_cell_pieces (import->pieces, from, offset);
          where = cell_place (n_rows, n_cells);
          if (nested)
            fy_docx_import_warn (import, g_strdup_printf (_("Paragraph %1$u (%2$s): the table inside "
                                                            "the cell is kept as its text, cell "
                                                            "after cell, as Fayan has no table in "
                                                            "a table. Rebuild it in WPS or Word "
                                                            "after the last revision."),
                                                          import->n_paragraphs + 1, where));
          /* A picture or a mark in a cell is no more dropped silently
           * than one in the text. */
          fy_docx_import_warn_picture (import, import->n_paragraphs + 1, where);
          fy_docx_import_warn_formats (import, import->n_paragraphs + 1, where, TRUE);
          fy_docx_import_reset_formats (import);
          keep_merged_cell (import, cell, n_rows, &n_cells, &merged_warned);
        }
      import->n_paragraphs++;
    }

  if (n_rows == 0)
    return TRUE;
  if (!fy_docx_import_check_block_limit (import, error))
    return FALSE;
  fy_docx_import_add_block (import, FY_BLOCK_ROLE_TABLE, 0);
  block = fy_document_get_block (import->document, fy_document_get_n_blocks (import->document) - 1);
  fy_block_set_table_header (block, header || fy_docx_table_reads_as_headed (block));
  g_ptr_array_set_size (import->pieces, 0);
  import->bookmark = NULL;

  return TRUE;
}

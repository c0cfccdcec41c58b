/* fy-import-table.c — (private) tables pasted from WPS, Word or a spreadsheet
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include <string.h>

#include "fy-import.h"
#include "fy-import-private.h"
#include "fy-table.h"

/* The number of cells of a pasted table row up to its last one with
 * text: WPS and Word copy an empty last cell as a trailing tab, so rows
 * of one table may end in more tabs than others. */
static guint
count_filled_tsv_cells (const char *line)
{
  g_auto(GStrv) cells = g_strsplit (line, "\t", -1);
  guint n = g_strv_length (cells);

  while (n > 0 && *g_strstrip (cells[n - 1]) == '\0')
    n--;
  return n;
}

/* The number of lines from @first that form a table pasted from WPS,
 * Word or a spreadsheet, and in @n_columns its columns: consecutive
 * lines with tabs whose cells (at least two in the first line) fill no
 * more columns than the first line does and which reach its last column
 * at least with empty cells; 0 when fewer than two lines do. */
static guint
count_tsv_rows (char  **raw,
                guint   first,
                guint  *n_columns)
{
  guint n_cells = count_filled_tsv_cells (raw[first]);
  guint n = 1;

  if (n_cells < 2 || fy_table_count_tsv_cells (raw[first]) < 2)
    return 0;
  while (raw[first + n] != NULL && fy_table_count_tsv_cells (raw[first + n]) >= n_cells &&
         count_filled_tsv_cells (raw[first + n]) <= n_cells)
    n++;
  *n_columns = n_cells;
  return n >= 2 ? n : 0;
}

/**
 * fy_import_take_tsv_table:
 * @raw: the lines of a plain text, %NULL-terminated
 * @first: the line to look at
 * @tables: (element-type FyTable): where a table found is appended
 *
 * Takes the lines from @first that form a pasted table (see
 * count_tsv_rows()) into a new table, its cells cleaned of wrap spaces
 * and its first row the header: Office tables almost always open with
 * one.
 *
 * Returns: the number of lines taken, 0 if none
 */
guint
fy_import_take_tsv_table (char      **raw,
                          guint       first,
                          GPtrArray  *tables)
{
  guint n_columns = 0;
  guint n_rows = count_tsv_rows (raw, first, &n_columns);
  g_autoptr(GString) tsv = NULL;

  if (n_rows == 0)
    return 0;

  tsv = g_string_new (NULL);
  for (guint r = 0; r < n_rows; r++)
    {
      g_auto(GStrv) cells = g_strsplit (raw[first + r], "\t", -1);

      /* the cells past n_columns are empty */
      for (guint c = 0; cells[c] != NULL && c < n_columns; c++)
        {
          g_autofree char *clean = fy_import_clean_wrap_spaces (g_strstrip (cells[c]));

          g_string_append_printf (tsv, "%s%s", c > 0 ? "\t" : "", clean);
        }
      g_string_append_c (tsv, '\n');
    }
  g_ptr_array_add (tables, fy_table_new_from_tsv (tsv->str, TRUE));

  return n_rows;
}

/* Whether @line starts, after blanks, with a bar. */
static gboolean
starts_with_bar (const char *line)
{
  while (*line == ' ' || *line == '\t')
    line++;
  return *line == '|';
}

/* Whether @line is the `| --- | :---: |` line under a pipe table's
 * header: bars, dashes, colons and blanks, with a bar and a dash. */
static gboolean
is_pipe_delimiter (const char *line)
{
  gboolean dash = FALSE;

  if (!starts_with_bar (line))
    return FALSE;
  for (const char *p = line; *p; p++)
    {
      if (*p == '-')
        dash = TRUE;
      else if (*p != '|' && *p != ':' && *p != ' ' && *p != '\t')
        return FALSE;
    }
  return dash;
}

/**
 * fy_import_take_pipe_table:
 * @raw: the lines of a plain text, %NULL-terminated
 * @first: the line to look at
 * @tables: (element-type FyTable): where a table found is appended
 *
 * Takes the lines from @first that form a Markdown pipe table pasted
 * into plain text (a chat answer, a web editor's Markdown): a row of
 * bars, the `| --- |` line under it and the rows that follow, each
 * starting with a bar.  The first row is the header.
 *
 * Returns: the number of lines taken, 0 if none
 */
guint
fy_import_take_pipe_table (char      **raw,
                           guint       first,
                           GPtrArray  *tables)
{
  g_autoptr(GString) rows = NULL;
  FyTable *table;
  guint n = 2;

  if (!starts_with_bar (raw[first]) || raw[first + 1] == NULL || !is_pipe_delimiter (raw[first + 1]))
    return 0;
  while (raw[first + n] != NULL && starts_with_bar (raw[first + n]))
    n++;

  rows = g_string_new (NULL);
  for (guint r = 0; r < n; r++)
    g_string_append_printf (rows, "%s\n", raw[first + r]);
  table = fy_table_parse_pipe_rows (rows->str);
  if (table == NULL)
    return 0;
  g_ptr_array_add (tables, table);

  return n;
}

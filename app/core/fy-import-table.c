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

/* A spreadsheet's cell in quotes may run over this many lines. */
#define QUOTED_CELL_MAX_LINES 8

/* Where the quoted cell at @cell (after its opening quote) closes: the
 * quote not doubled ("" stands for one), or %NULL if the line ends
 * inside it. */
static const char *
find_closing_quote (const char *cell)
{
  for (const char *p = cell; *p; p++)
    if (*p == '"')
      {
        if (p[1] != '"')
          return p;
        p++;
      }
  return NULL;
}

/* Appends the text of a quoted cell, from @start to @end, to @cell: its
 * doubled quotes made single, its line joined to the one before. */
static void
append_quoted_piece (GString    *cell,
                     const char *start,
                     const char *end)
{
  g_autoptr(GString) piece = g_string_new (NULL);

  for (const char *p = start; p < end; p++)
    {
      g_string_append_c (piece, *p == '\t' ? ' ' : *p);
      if (*p == '"' && p + 1 < end && p[1] == '"')
        p++;
    }
  g_strstrip (piece->str);
  fy_import_append_joined (cell, piece->str);
}

/* Reads the row of a spreadsheet's copy from @raw[*@at] into @row: a
 * cell with a line break, which Excel and WPS copy in quotes over several
 * lines (1<TAB>县财政局<TAB>"已完成⏎（提前10天）"), is read to its
 * closing quote, its lines joined and its quotes taken off.  A quote
 * that closes nowhere near, or not at the cell's end, is text.  Moves
 * *@at past the lines read. */
static void
read_tsv_row (char   **raw,
              guint   *at,
              GString *row)
{
  const char *line = raw[*at];
  const char *cell = strrchr (line, '\t');
  g_autoptr(GString) quoted = NULL;
  guint next = *at + 1;
  const char *close = NULL;
  gsize start = row->len;

  cell = cell != NULL ? cell + 1 : line;
  g_string_append (row, line);
  if (*cell != '"' || find_closing_quote (cell + 1) != NULL)
    {
      *at = next;
      return;
    }

  quoted = g_string_new (NULL);
  append_quoted_piece (quoted, cell + 1, cell + strlen (cell));
  for (; raw[next] != NULL && next - *at <= QUOTED_CELL_MAX_LINES; next++)
    {
      close = find_closing_quote (raw[next]);
      if (close != NULL)
        break;
      append_quoted_piece (quoted, raw[next], raw[next] + strlen (raw[next]));
    }
  if (close == NULL || (close[1] != '\t' && close[1] != '\0') ||
      (cell == line && close[1] != '\t'))
    {
      *at += 1;
      return;
    }
  append_quoted_piece (quoted, raw[next], close);
  g_string_truncate (row, start + (cell - line));
  g_string_append (row, quoted->str);
  *at = next;
  /* the rest of the row, which may open a quoted cell of its own */
  if (close[1] == '\t')
    {
      char *rest = raw[next];

      raw[next] = (char *) close + 1;
      read_tsv_row (raw, at, row);
      raw[next] = rest;
    }
  else
    *at = next + 1;
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
 * one.  A spreadsheet's cell in quotes over several lines is one cell
 * (read_tsv_row()).
 *
 * Returns: the number of lines taken, 0 if none
 */
guint
fy_import_take_tsv_table (char      **raw,
                          guint       first,
                          GPtrArray  *tables)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_columns = 0;
  guint n_rows;
  g_autoptr(GString) tsv = NULL;

  /* the rows with tabs from @first: the table ends at the first that
   * is none of its rows */
  for (guint at = first; raw[at] != NULL && (at == first || strchr (raw[at], '\t') != NULL);)
    {
      GString *row = g_string_new (NULL);

      read_tsv_row (raw, &at, row);
      if (strchr (row->str, '\t') == NULL)
        {
          g_string_free (row, TRUE);
          break;
        }
      g_ptr_array_add (rows, g_string_free (row, FALSE));
      g_array_append_val (ends, at);
    }
  g_ptr_array_add (rows, NULL);
  n_rows = rows->len > 2 ? count_tsv_rows ((char **) rows->pdata, 0, &n_columns) : 0;
  if (n_rows == 0)
    return 0;

  tsv = g_string_new (NULL);
  for (guint r = 0; r < n_rows; r++)
    {
      g_auto(GStrv) cells = g_strsplit (g_ptr_array_index (rows, r), "\t", -1);

      /* the cells past n_columns are empty */
      for (guint c = 0; cells[c] != NULL && c < n_columns; c++)
        {
          g_autofree char *clean = fy_import_clean_wrap_spaces (g_strstrip (cells[c]));

          g_string_append_printf (tsv, "%s%s", c > 0 ? "\t" : "", clean);
        }
      g_string_append_c (tsv, '\n');
    }
  g_ptr_array_add (tables, fy_table_new_from_tsv (tsv->str, TRUE));

  return g_array_index (ends, guint, n_rows - 1) - first;
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

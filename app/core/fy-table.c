/* fy-table.c — the cells of a table block, and its text forms
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-table"

#include "config.h"

#include <string.h>

#include "fy-block.h"
#include "fy-table.h"

/*
 * Two text forms:
 * - TSV (a tab between cells, a newline between rows) is how a table
 *   block keeps its cells and what WPS and Word put on the clipboard as
 *   plain text, so a table pasted from them and a table copied out of
 *   Fayan's plain-text export look the same.
 * - Pipe rows (`| a | b |`, a `| --- |` line under a header row, `\|`
 *   for a literal bar, `\\` for a backslash) are the Markdown form and
 *   what the editor shows.
 * A cell never holds a tab or a line break: they become spaces.
 */

struct _FyTable
{
  GPtrArray *rows;      /* of GPtrArray of char* */
  guint      n_columns;
  gboolean   header;
};

static FyTable *
fy_table_copy (const FyTable *self)
{
  FyTable *copy = fy_table_new (self->header);

  for (guint r = 0; r < self->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (self->rows, r);

      fy_table_append_row (copy, (const char **) row->pdata, row->len);
    }
  return copy;
}

G_DEFINE_BOXED_TYPE (FyTable, fy_table, fy_table_copy, fy_table_free)

/**
 * fy_table_new:
 * @header: whether the first row will be a header row
 *
 * Returns: (transfer full): an empty table
 */
FyTable *
fy_table_new (gboolean header)
{
  FyTable *self = g_new0 (FyTable, 1);

  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->header = !!header;
  return self;
}

void
fy_table_free (FyTable *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->rows);
  g_free (self);
}

static char *
clean_cell (const char *text)
{
  char *cell = g_strdup (text != NULL ? text : "");

  for (char *p = cell; *p; p++)
    {
      if (*p == '\t' || *p == '\n' || *p == '\r')
        *p = ' ';
    }
  return cell;
}

/**
 * fy_table_append_row:
 * @self: a #FyTable
 * @cells: (array length=n_cells): the cells' text; tabs and line breaks
 *   in it become spaces
 * @n_cells: how many
 */
void
fy_table_append_row (FyTable     *self,
                     const char **cells,
                     guint        n_cells)
{
  GPtrArray *row;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cells != NULL || n_cells == 0);

  row = g_ptr_array_new_full (n_cells, g_free);
  for (guint i = 0; i < n_cells; i++)
    g_ptr_array_add (row, clean_cell (cells[i]));
  g_ptr_array_add (self->rows, row);
  self->n_columns = MAX (self->n_columns, n_cells);
}

guint
fy_table_get_n_rows (const FyTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

guint
fy_table_get_n_columns (const FyTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_columns;
}

gboolean
fy_table_get_header (const FyTable *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->header && self->rows->len > 0;
}

/**
 * fy_table_get_cell:
 * @self: a #FyTable
 * @row: a row below fy_table_get_n_rows()
 * @column: any column; a short row reads as empty cells
 *
 * Returns: (transfer none): the cell's text, "" past the row's end
 */
const char *
fy_table_get_cell (const FyTable *self,
                   guint          row,
                   guint          column)
{
  GPtrArray *cells;

  g_return_val_if_fail (self != NULL, "");
  g_return_val_if_fail (row < self->rows->len, "");

  cells = g_ptr_array_index (self->rows, row);
  return column < cells->len ? g_ptr_array_index (cells, column) : "";
}

/**
 * fy_table_new_from_tsv:
 * @text: rows separated by newlines, cells by tabs
 * @header: whether the first row is a header row
 *
 * A trailing newline does not make an empty last row; "\r\n" is taken as
 * a newline.
 *
 * Returns: (transfer full): the table
 */
FyTable *
fy_table_new_from_tsv (const char *text,
                       gboolean    header)
{
  FyTable *self = fy_table_new (header);
  g_auto(GStrv) lines = NULL;
  guint n_lines;

  g_return_val_if_fail (text != NULL, self);

  lines = g_strsplit (text, "\n", -1);
  n_lines = g_strv_length (lines);
  if (n_lines > 0 && lines[n_lines - 1][0] == '\0')
    n_lines--;

  for (guint i = 0; i < n_lines; i++)
    {
      g_auto(GStrv) cells = NULL;
      gsize len = strlen (lines[i]);

      if (len > 0 && lines[i][len - 1] == '\r')
        lines[i][len - 1] = '\0';
      cells = g_strsplit (lines[i], "\t", -1);
      fy_table_append_row (self, (const char **) cells, g_strv_length (cells));
    }

  return self;
}

/**
 * fy_table_new_from_block:
 * @block: a #FyBlock of role %FY_BLOCK_ROLE_TABLE
 *
 * Returns: (transfer full): its cells, field references written `{{name}}`
 */
FyTable *
fy_table_new_from_block (FyBlock *block)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (FY_IS_BLOCK (block), NULL);

  text = fy_block_dup_text (block);
  return fy_table_new_from_tsv (text, fy_block_get_table_header (block));
}

/**
 * fy_table_to_tsv:
 * @self: a #FyTable
 *
 * Returns: (transfer full): the rows, a tab between cells and a newline
 *   between rows (none after the last), every row as wide as the table
 */
char *
fy_table_to_tsv (const FyTable *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, g_string_free (out, FALSE));

  for (guint r = 0; r < self->rows->len; r++)
    {
      if (r > 0)
        g_string_append_c (out, '\n');
      for (guint c = 0; c < self->n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (out, '\t');
          g_string_append (out, fy_table_get_cell (self, r, c));
        }
    }
  return g_string_free (out, FALSE);
}

/**
 * fy_table_to_block:
 * @self: a #FyTable
 *
 * Returns: (transfer full): a new table block holding the cells (with
 *   `{{name}}` parsed as field references)
 */
FyBlock *
fy_table_to_block (const FyTable *self)
{
  g_autofree char *tsv = NULL;
  FyBlock *block;

  g_return_val_if_fail (self != NULL, NULL);

  tsv = fy_table_to_tsv (self);
  block = fy_block_new (FY_BLOCK_ROLE_TABLE);
  fy_block_set_table_header (block, fy_table_get_header (self));
  fy_block_set_text (block, tsv);
  return block;
}

/* ---- pipe rows ----------------------------------------------------------- */

static void
append_pipe_cell (GString    *out,
                  const char *cell)
{
  g_string_append (out, " ");
  for (const char *p = cell; *p; p++)
    {
      if (*p == '|' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append (out, " |");
}

/**
 * fy_table_to_pipe_rows:
 * @self: a #FyTable
 *
 * A table without a header row gets an empty one in Markdown's sense (a
 * row of empty cells over the `| --- |` line), which
 * fy_table_parse_pipe_rows() reads back as "no header".
 *
 * Returns: (transfer full): the table as Markdown pipe rows, one per line,
 *   each line ending in a newline
 */
char *
fy_table_to_pipe_rows (const FyTable *self)
{
  GString *out = g_string_new (NULL);
  guint n_columns;

  g_return_val_if_fail (self != NULL, g_string_free (out, FALSE));

  n_columns = MAX (self->n_columns, 1);
  for (guint r = 0; r <= self->rows->len; r++)
    {
      gboolean delimiter = fy_table_get_header (self) ? r == 1 : r == 0;

      if (r == 0 && !fy_table_get_header (self))
        {
          g_string_append (out, "|");
          for (guint c = 0; c < n_columns; c++)
            g_string_append (out, "  |");
          g_string_append_c (out, '\n');
        }
      if (delimiter)
        {
          g_string_append (out, "|");
          for (guint c = 0; c < n_columns; c++)
            g_string_append (out, " --- |");
          g_string_append_c (out, '\n');
        }
      if (r == self->rows->len)
        break;

      g_string_append (out, "|");
      for (guint c = 0; c < n_columns; c++)
        append_pipe_cell (out, fy_table_get_cell (self, r, c));
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* A row typed without bars but with tabs, as Word and WPS users type
 * cells: its cells are the tab-separated pieces. */
static GPtrArray *
split_tab_row (const char *line)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) pieces = g_strsplit (line, "\t", -1);

  for (guint i = 0; pieces[i] != NULL; i++)
    g_ptr_array_add (cells, g_strdup (g_strstrip (pieces[i])));
  return cells;
}

/* Splits one pipe row at bars that are not escaped; `\|` is a bar and
 * `\\` a backslash inside a cell, any other backslash stays.  A row
 * that does not start with a bar is split at its tabs, if it has any. */
static GPtrArray *
split_pipe_row (const char *line)
{
  GPtrArray *cells;
  GString *cell;
  const char *p = line;
  gboolean closed = FALSE;

  while (*p == ' ')
    p++;
  if (*p != '|' && strchr (p, '\t') != NULL)
    return split_tab_row (p);
  while (*p == '\t')
    p++;

  cells = g_ptr_array_new_with_free_func (g_free);
  cell = g_string_new (NULL);
  if (*p == '|')
    p++;

  for (; *p; p++)
    {
      closed = FALSE;
      if (*p == '\\' && (p[1] == '|' || p[1] == '\\'))
        {
          g_string_append_c (cell, p[1]);
          p++;
          continue;
        }
      if (*p == '|')
        {
          g_ptr_array_add (cells, g_strstrip (g_strdup (cell->str)));
          g_string_truncate (cell, 0);
          closed = TRUE;
          continue;
        }
      g_string_append_c (cell, *p);
    }

  /* what follows the last bar is a cell only if it is not blank */
  g_strstrip (cell->str);
  if (!closed && cell->str[0] != '\0')
    g_ptr_array_add (cells, g_strdup (cell->str));
  g_string_free (cell, TRUE);

  return cells;
}

static gboolean
is_delimiter_row (GPtrArray *cells)
{
  if (cells->len == 0)
    return FALSE;

  for (guint i = 0; i < cells->len; i++)
    {
      const char *p = g_ptr_array_index (cells, i);
      guint dashes = 0;

      if (*p == ':')
        p++;
      while (*p == '-')
        {
          p++;
          dashes++;
        }
      if (*p == ':')
        p++;
      if (dashes == 0 || *p != '\0')
        return FALSE;
    }
  return TRUE;
}

static gboolean
all_empty (GPtrArray *cells)
{
  for (guint i = 0; i < cells->len; i++)
    {
      if (*(const char *) g_ptr_array_index (cells, i) != '\0')
        return FALSE;
    }
  return TRUE;
}

/**
 * fy_table_looks_like_pipe_rows:
 * @text: text of one or more lines
 *
 * Returns: %TRUE if every non-blank line of @text starts with a bar
 */
gboolean
fy_table_looks_like_pipe_rows (const char *text)
{
  g_auto(GStrv) lines = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (text != NULL, FALSE);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *p = lines[i];

      while (*p == ' ' || *p == '\t' || *p == '\r')
        p++;
      if (*p == '\0')
        continue;
      if (*p != '|')
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* Pipe rows as a table; with @empty_header, an all-empty first row over
 * the delimiter is an empty header row (the editor shows a table without
 * one as its rows alone), else it means "no header row". */
static FyTable *
parse_rows (const char *text,
            gboolean    empty_header)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_auto(GStrv) lines = NULL;
  gboolean header = FALSE;
  FyTable *self;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      GPtrArray *cells;

      g_strchomp (lines[i]);
      if (lines[i][0] == '\0')
        continue;
      cells = split_pipe_row (lines[i]);
      if (is_delimiter_row (cells))
        {
          if (rows->len == 1)
            header = TRUE;
          g_ptr_array_unref (cells);
          continue;
        }
      g_ptr_array_add (rows, cells);
    }

  if (header && !empty_header && all_empty (g_ptr_array_index (rows, 0)))
    {
      g_ptr_array_remove_index (rows, 0);
      header = FALSE;
    }
  if (rows->len == 0)
    return NULL;

  self = fy_table_new (header);
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (rows, r);

      fy_table_append_row (self, (const char **) cells->pdata, cells->len);
    }
  return self;
}

/**
 * fy_table_parse_pipe_rows:
 * @text: Markdown pipe rows, as fy_table_to_pipe_rows() writes them
 *
 * A `| --- |` line after the first row makes that row the header; other
 * delimiter lines and blank lines are skipped.  An all-empty first row
 * over the delimiter means "no header row".
 *
 * Returns: (transfer full) (nullable): the table, or %NULL if @text has
 *   no row with a cell
 */
FyTable *
fy_table_parse_pipe_rows (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return parse_rows (text, FALSE);
}

/**
 * fy_table_block_new_from_pipe_rows:
 * @text: a table as the editor shows it: Markdown pipe rows, one a line
 *
 * Reads back what a person typed into a table's rows.  Nothing typed is
 * lost: a line without bars is a row of its tab-separated cells (of one
 * cell without a tab), a row with fewer cells is filled with empty ones,
 * a row with more widens the table, an empty row over the `| --- |` line
 * is an empty header row (as Insert Table makes it), and text with no
 * cell at all is an empty table.
 *
 * Returns: (transfer full): a new table block
 */
FyBlock *
fy_table_block_new_from_pipe_rows (const char *text)
{
  g_autoptr(FyTable) table = NULL;
  FyBlock *block;

  g_return_val_if_fail (text != NULL, NULL);

  table = parse_rows (text, TRUE);
  if (table != NULL)
    return fy_table_to_block (table);

  block = fy_block_new (FY_BLOCK_ROLE_TABLE);
  fy_block_set_table_header (block, FALSE);
  return block;
}

/**
 * fy_table_block_dup_pipe_rows:
 * @block: a table block
 *
 * The inverse of fy_table_block_new_from_pipe_rows(), field references
 * written `{{name}}`.  A table without a header row is its rows alone:
 * no empty row over a `| --- |` line (Markdown's way of saying "no
 * header") for a person to take for a row to fill.
 *
 * Returns: (transfer full): the table as pipe rows, a newline between
 *   rows and none after the last
 */
char *
fy_table_block_dup_pipe_rows (FyBlock *block)
{
  g_autoptr(FyTable) table = NULL;
  char *rows;
  char *start;
  gsize len;

  g_return_val_if_fail (FY_IS_BLOCK (block), NULL);

  table = fy_table_new_from_block (block);
  if (fy_table_get_n_rows (table) == 0)
    return g_strdup ("");

  rows = fy_table_to_pipe_rows (table);
  start = rows;
  /* the empty row and the delimiter line under it */
  for (guint i = 0; i < 2 && !fy_table_get_header (table); i++)
    start = strchr (start, '\n') + 1;
  len = strlen (start);
  memmove (rows, start, len + 1);
  if (len > 0 && rows[len - 1] == '\n')
    rows[len - 1] = '\0';
  return rows;
}

/**
 * fy_table_count_tsv_cells:
 * @line: one line of pasted text
 *
 * Returns: the number of tab-separated cells of @line (1 without a tab)
 */
guint
fy_table_count_tsv_cells (const char *line)
{
  guint n = 1;

  g_return_val_if_fail (line != NULL, 0);

  for (const char *p = line; *p && *p != '\n'; p++)
    {
      if (*p == '\t')
        n++;
    }
  return n;
}

/**
 * fy_table_split_cells:
 * @block: a table block
 * @n_rows: (out): its rows, at least 1
 * @n_columns: (out): its columns, at least 1
 *
 * The cells as blocks of their own (runs and field references kept), so
 * that the typesetter sets each like a paragraph.  A short row is filled
 * with empty cells.
 *
 * Returns: (transfer full) (element-type FyBlock): @n_rows × @n_columns
 *   blocks, row by row
 */
GPtrArray *
fy_table_split_cells (FyBlock *block,
                      guint   *n_rows,
                      guint   *n_columns)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_object_unref);
  FyBlock *cell = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  GPtrArray *cells;
  guint width = 1;

  g_return_val_if_fail (FY_IS_BLOCK (block), NULL);

  g_ptr_array_add (row, cell);
  g_ptr_array_add (rows, row);
  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    {
      const FyRun *run = fy_block_get_run (block, i);
      const char *p = run->text;

      if (run->kind == FY_RUN_FIELD)
        {
          fy_block_append_run (cell, FY_RUN_FIELD, run->text);
          continue;
        }

      while (*p)
        {
          gsize n = strcspn (p, "\t\n");
          g_autofree char *piece = g_strndup (p, n);

          fy_block_append_run (cell, run->kind, piece);
          p += n;
          if (*p == '\0')
            break;
          if (*p == '\n')
            {
              row = g_ptr_array_new_with_free_func (g_object_unref);
              g_ptr_array_add (rows, row);
            }
          cell = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
          g_ptr_array_add (row, cell);
          width = MAX (width, row->len);
          p++;
        }
    }

  cells = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *cur = g_ptr_array_index (rows, r);

      for (guint c = 0; c < width; c++)
        g_ptr_array_add (cells, c < cur->len ? g_object_ref (g_ptr_array_index (cur, c))
                                             : fy_block_new (FY_BLOCK_ROLE_PARAGRAPH));
    }

  *n_rows = rows->len;
  *n_columns = width;
  return cells;
}

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
#include "fy-regex-private.h"
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
  /* a header cell merged over the last columns is copied as trailing
   * tabs, which the row under it fills (2026年 over 数值 and 增速) */
  if (raw[first + 1] != NULL && count_filled_tsv_cells (raw[first + 1]) > n_cells &&
      count_filled_tsv_cells (raw[first + 1]) <= fy_table_count_tsv_cells (raw[first]))
    n_cells = count_filled_tsv_cells (raw[first + 1]);
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

/* Whether the tab-separated rows @a and @b have the same cells, blanks
 * around them aside. */
static gboolean
same_cells (const char *a,
            const char *b)
{
  g_auto(GStrv) x = g_strsplit (a, "\t", -1);
  g_auto(GStrv) y = g_strsplit (b, "\t", -1);
  guint n = MAX (g_strv_length (x), g_strv_length (y));

  for (guint c = 0; c < n; c++)
    {
      const char *one = c < g_strv_length (x) ? g_strstrip (x[c]) : "";
      const char *two = c < g_strv_length (y) ? g_strstrip (y[c]) : "";

      if (strcmp (one, two) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Names the header row @cells (@n of them) repeated at a page's top in
 * @furniture, its cells apart by ideographic spaces. */
static void
add_repeated_header (GPtrArray  *furniture,
                     char      **cells,
                     guint       n)
{
  g_autoptr(GString) line = g_string_new (NULL);

  if (furniture == NULL)
    return;
  for (guint c = 0; c < n && cells[c] != NULL; c++)
    g_string_append_printf (line, "%s%s", c > 0 ? "\u3000" : "", g_strstrip (cells[c]));
  fy_import_notes_add_line (furniture, line->str);
}

/* The trimmed cell @c of the tab-separated row @cells, "" past its end. */
static const char *
cell_at (char  **cells,
         guint   c)
{
  return c < g_strv_length (cells) ? g_strstrip (cells[c]) : "";
}

/* Whether @row, under the header @header, is the lower half of a header
 * whose cells WPS or Word merged (2025年 over 数值 and 增速, 阶段 over
 * both rows): its first cell empty under a filled one, as no row of data
 * leaves its label empty, the next row's label filled, and the cells it
 * fills short labels, no figures. */
static gboolean
is_header_half (char       **header,
                char       **row,
                const char  *next,
                guint        n_columns)
{
  g_auto(GStrv) below = next != NULL ? g_strsplit (next, "\t", -1) : NULL;
  guint filled = 0;

  if (below == NULL || *cell_at (header, 0) == '\0' || *cell_at (row, 0) != '\0' ||
      *cell_at (below, 0) == '\0')
    return FALSE;
  for (guint c = 1; c < n_columns; c++)
    {
      const char *cell = cell_at (row, c);

      if (*cell == '\0')
        continue;
      if (g_utf8_strlen (cell, -1) > 8 || g_ascii_isdigit (*cell))
        return FALSE;
      filled++;
    }
  return filled > 0;
}

/* Appends to @joined the upper half @upper of a header cell followed by
 * its lower half @lower, each word once: a lower half that already holds
 * the upper (时间 over 起止时间) stands alone, and one that opens with
 * the upper's last two characters or more takes their place (1—9月完成
 * over 完成率 gives 1—9月完成率). */
static void
append_header_cell (GString    *joined,
                    const char *upper,
                    const char *lower)
{
  glong n_upper = g_utf8_strlen (upper, -1);

  if (*upper != '\0' && strstr (lower, upper) != NULL)
    {
      g_string_append (joined, lower);
      return;
    }
  for (glong k = MIN (n_upper, g_utf8_strlen (lower, -1)); k >= 2; k--)
    {
      const char *tail = g_utf8_offset_to_pointer (upper, n_upper - k);

      if (strncmp (lower, tail, strlen (tail)) == 0)
        {
          g_string_append_len (joined, upper, tail - upper);
          g_string_append (joined, lower);
          return;
        }
    }
  g_string_append (joined, upper);
  g_string_append (joined, lower);
}

/* The header of two rows as one: a cell merged across columns (2025年
 * and the empty cells after it) opens each cell under it, and a lower
 * cell follows its upper one (2025年数值, 2025年增速); nothing is lost
 * but a word the two halves repeat (append_header_cell()). */
static char *
join_header_halves (char  **header,
                    char  **row,
                    guint   n_columns)
{
  GString *joined = g_string_new (NULL);
  const char *over = "";

  for (guint c = 0; c < n_columns; c++)
    {
      const char *upper = cell_at (header, c);
      const char *lower = cell_at (row, c);

      if (*upper != '\0' || *lower == '\0')
        over = upper;
      if (c > 0)
        g_string_append_c (joined, '\t');
      append_header_cell (joined, *upper != '\0' ? upper : over, lower);
    }
  return g_string_free (joined, FALSE);
}

/**
 * fy_import_take_tsv_table:
 * @raw: the lines of a plain text, %NULL-terminated
 * @first: the line to look at
 * @tables: (element-type FyTable): where a table found is appended
 * @furniture: (nullable) (element-type utf8): gets a repeated header row
 *
 * Takes the lines from @first that form a pasted table (see
 * count_tsv_rows()) into a new table, its cells cleaned of wrap spaces
 * and its first row the header: Office tables almost always open with
 * one.  A spreadsheet's cell in quotes over several lines is one cell
 * (read_tsv_row()).  A row the same as the header is the header a PDF
 * repeats at the top of each page the table runs onto: it goes, named
 * in @furniture.
 *
 * Returns: the number of lines taken, 0 if none
 */
guint
fy_import_take_tsv_table (char      **raw,
                          guint       first,
                          GPtrArray  *tables,
                          GPtrArray  *furniture)
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
  if (n_rows >= 3)
    {
      g_auto(GStrv) header = g_strsplit (g_ptr_array_index (rows, 0), "\t", -1);
      g_auto(GStrv) half = g_strsplit (g_ptr_array_index (rows, 1), "\t", -1);

      if (is_header_half (header, half, g_ptr_array_index (rows, 2), n_columns))
        {
          g_free (g_ptr_array_index (rows, 1));
          rows->pdata[1] = join_header_halves (header, half, n_columns);
          g_ptr_array_remove_index (rows, 0);
          g_array_remove_index (ends, 0);
          n_rows--;
        }
    }
  for (guint r = 0; r < n_rows; r++)
    {
      g_auto(GStrv) cells = g_strsplit (g_ptr_array_index (rows, r), "\t", -1);

      if (r > 0 && same_cells (g_ptr_array_index (rows, 0), g_ptr_array_index (rows, r)))
        {
          /* the header row a PDF repeats at a page's top */
          add_repeated_header (furniture, cells, n_columns);
          continue;
        }

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

/* Tables copied out of a PDF one cell to a line */

/* A cell copied out of a PDF is at most this long. */
#define CELL_MAX_CHARS   16
#define CELL_MAX_COLUMNS 8

/**
 * fy_import_is_table_caption:
 * @line: a line, trimmed
 *
 * Whether @line is a table's caption (表1　2026年各县区完成情况, 表 2：
 * 资金安排): 表 and its number, then a short name without a sentence's
 * mark.  It stands alone: the copy of a PDF glues it to the sentence
 * before and to the table's first cell.
 *
 * Returns: whether @line is a table's caption
 */
gboolean
fy_import_is_table_caption (const char *line)
{
  static gsize pattern;
  GRegex *re = fy_regex_once (&pattern,
                              "^表\\s*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:[-－.．][0-9]{1,2})?"
                              "(?:[\\s\\x{3000}：:．.]+|(?=\\p{Han}))[^，。；！？,;!?]{2,40}$");

  return g_regex_match (re, line, 0, NULL);
}

/* Whether @line holds nothing but blanks (a form feed too). */
static gboolean
is_blank (const char *line)
{
  for (const char *p = line; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0x3000)
      return FALSE;
  return TRUE;
}

/* A cell's text: a short line without a sentence's mark, no caption. */
static gboolean
is_cell_line (const char *line)
{
  return *line != '\0' && g_utf8_strlen (line, -1) <= CELL_MAX_CHARS &&
         strpbrk (line, "\t|") == NULL && !fy_import_is_table_caption (line) &&
         g_utf8_strchr (line, -1, 0x3002) == NULL && g_utf8_strchr (line, -1, 0xFF0C) == NULL &&
         g_utf8_strchr (line, -1, 0xFF1B) == NULL && g_utf8_strchr (line, -1, 0xFF1A) == NULL;
}

/* 1280, 96.5%, -3, 3.2亿元: a number, in a unit or not. */
static gboolean
is_number_cell (const char *cell)
{
  static gsize pattern;
  GRegex *re = fy_regex_once (&pattern, "^[-+－]?[0-9][0-9,.]*\\s*(?:%|％|‰|万|亿|元|万元|亿元|个|件|人|户|次|名|家|项)?$");

  return g_regex_match (re, cell, 0, NULL);
}

/* Flags in @repeated the rows of @cells in @n_columns the same as the
 * header (repeated at a page's top).
 *
 * Returns: the number of rows of data, 0 if @cells do not fill three
 *   rows at least */
static guint
flag_repeated_rows (GPtrArray *cells,
                    guint      n_columns,
                    gboolean  *repeated)
{
  guint n_rows = cells->len / n_columns;
  guint n_data = 0;

  if (cells->len % n_columns != 0 || n_rows < 3)
    return 0;
  for (guint r = 1; r < n_rows; r++)
    {
      repeated[r] = TRUE;
      for (guint c = 0; c < n_columns && repeated[r]; c++)
        repeated[r] = strcmp (g_ptr_array_index (cells, c), g_ptr_array_index (cells, r * n_columns + c)) == 0;
      n_data += !repeated[r];
    }
  return n_data;
}

/* Whether @cells read as a table of @n_columns: a header row of words,
 * then rows whose columns each hold numbers throughout or none, one
 * column of numbers at least; a row the same as the header (repeated
 * at a page's top) is flagged in @repeated. */
static gboolean
fits_columns (GPtrArray *cells,
              guint      n_columns,
              gboolean  *repeated)
{
  guint n_rows = cells->len / n_columns;
  guint n_data = 0;
  gboolean any_number = FALSE;

  for (guint c = 0; c < n_columns && c < cells->len; c++)
    if (is_number_cell (g_ptr_array_index (cells, c)))
      return FALSE;
  n_data = flag_repeated_rows (cells, n_columns, repeated);
  for (guint c = 0; c < n_columns; c++)
    {
      gint kind = -1;

      for (guint r = 1; r < n_rows; r++)
        {
          gint number = is_number_cell (g_ptr_array_index (cells, r * n_columns + c));

          if (repeated[r])
            continue;
          if (kind >= 0 && number != kind)
            return FALSE;
          kind = number;
        }
      any_number |= kind == 1;
    }
  return n_data >= 2 && any_number;
}

/* Whether @cell names a column as a table's header does: a short word
 * ending in what a column holds (工作任务, 牵头单位, 完成时限, 负责人). */
static gboolean
is_header_word (const char *cell)
{
  static const char *const endings[] = {
    "任务", "单位", "部门", "时限", "时间", "日期", "名称", "姓名", "职务", "内容", "事项",
    "措施", "要求", "目标", "标准", "备注", "类别", "类型", "项目", "序号", "人", "电话",
    "地点", "方式", "情况", "问题", "进度", "对象", "依据", "岗位", "分工", "职责",
  };

  if (g_utf8_strlen (cell, -1) < 2 || g_utf8_strlen (cell, -1) > 6)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (endings); k++)
    if (g_str_has_suffix (cell, endings[k]))
      return TRUE;
  return FALSE;
}

/* The columns of @cells read as a table of words only: as many as the
 * header words that open it (is_header_word()), over two rows at least
 * whose first cell is no header word; 0 if they do not. */
static guint
count_word_columns (GPtrArray *cells,
                    gboolean  *repeated)
{
  guint n_columns = 0;

  while (n_columns < cells->len && n_columns <= CELL_MAX_COLUMNS &&
         is_header_word (g_ptr_array_index (cells, n_columns)))
    n_columns++;
  if (n_columns < 2 || n_columns > CELL_MAX_COLUMNS || flag_repeated_rows (cells, n_columns, repeated) < 2)
    return 0;
  for (guint r = 1; r < cells->len / n_columns; r++)
    if (!repeated[r] && is_header_word (g_ptr_array_index (cells, r * n_columns)))
      return 0;
  return n_columns;
}

/**
 * fy_import_take_cell_table:
 * @raw: the lines of a plain text, %NULL-terminated
 * @first: the line to look at
 * @tables: (element-type FyTable): where a table found is appended
 * @furniture: (nullable) (element-type utf8): gets a repeated header row
 *
 * Takes the lines from @first that form a table copied out of a PDF by
 * pdftotext (or a viewer that copies as it does): one cell to a line, a
 * blank line between cells, row after row.  The columns are the fewest
 * that give a header row of words over rows whose columns hold numbers
 * throughout or none (fits_columns()); a table of words only has as
 * many as the header words that open it (count_word_columns()).  A row the same as the header, which the PDF repeats at the top
 * of each page the table runs onto, goes, named in @furniture.
 *
 * Returns: the number of lines taken, 0 if none
 */
guint
fy_import_take_cell_table (char      **raw,
                           guint       first,
                           GPtrArray  *tables,
                           GPtrArray  *furniture)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gboolean *repeated = NULL;
  g_autoptr(GString) tsv = NULL;
  guint n_columns = 0;
  guint at = first;

  /* cells, a blank line after each (a line with none opens a block) */
  while (raw[at] != NULL)
    {
      g_autofree char *cell = g_strstrip (g_strdup (raw[at]));
      guint next = at + 1;

      while (raw[next] != NULL && is_blank (raw[next]))
        next++;
      if (!is_cell_line (cell) || (next == at + 1 && raw[next] != NULL))
        break;
      g_ptr_array_add (cells, g_steal_pointer (&cell));
      next = at + 1;
      g_array_append_val (ends, next);
      while (raw[at + 1] != NULL && is_blank (raw[at + 1]))
        at++;
      at++;
    }
  if (cells->len < 6)
    return 0;

  repeated = g_new0 (gboolean, cells->len + 1);
  for (guint c = 2; c <= CELL_MAX_COLUMNS && n_columns == 0; c++)
    {
      memset (repeated, 0, sizeof (gboolean) * (cells->len + 1));
      if (fits_columns (cells, c, repeated))
        n_columns = c;
    }
  if (n_columns == 0)
    {
      memset (repeated, 0, sizeof (gboolean) * (cells->len + 1));
      n_columns = count_word_columns (cells, repeated);
    }
  if (n_columns == 0)
    return 0;

  tsv = g_string_new (NULL);
  for (guint r = 0; r < cells->len / n_columns; r++)
    {
      if (repeated[r])
        {
          add_repeated_header (furniture, (char **) cells->pdata, n_columns);
          continue;
        }
      for (guint c = 0; c < n_columns; c++)
        g_string_append_printf (tsv, "%s%s", c > 0 ? "\t" : "",
                                (const char *) g_ptr_array_index (cells, r * n_columns + c));
      g_string_append_c (tsv, '\n');
    }
  g_ptr_array_add (tables, fy_table_new_from_tsv (tsv->str, TRUE));

  return g_array_index (ends, guint, cells->len - 1) - first;
}

/* A row whose cells a copy ran together is no longer. */
#define GLUED_ROW_MAX_CHARS 24

/* Whether @line reads as a table's row whose cells a PDF viewer's copy
 * ran together (临川区501997%, 县区完成数计划数完成率): short, Han
 * characters, letters and numbers only, no blank, no mark. */
static gboolean
is_glued_row (const char *line)
{
  glong length = g_utf8_strlen (line, -1);

  if (length < 2 || length > GLUED_ROW_MAX_CHARS)
    return FALSE;
  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c) && g_unichar_get_script (c) != G_UNICODE_SCRIPT_HAN &&
          strchr ("%.", (int) c) == NULL && c != 0xFF05 && c != 0x2030)
        return FALSE;
    }
  return TRUE;
}

/* The lines of the table's caption at @at of @lines: 1 for a caption,
 * 2 for its number and its name on two lines (表1 / 2026 年各县区完成
 * 情况, a viewer's copy of a tab between them), else 0. */
static guint
count_caption_lines (GPtrArray *lines,
                     guint      at)
{
  const char *line = g_ptr_array_index (lines, at);
  g_autofree char *joined = NULL;

  if (fy_import_is_table_caption (line))
    return 1;
  if (at + 1 >= lines->len || g_utf8_strlen (line, -1) > 5)
    return 0;
  joined = g_strconcat (line, " ", (const char *) g_ptr_array_index (lines, at + 1), NULL);
  return fy_import_is_table_caption (joined) ? 2 : 0;
}

/**
 * fy_import_find_glued_rows:
 * @lines: (element-type utf8): the lines of a pasted text
 * @glued: (element-type utf8): gets the rows found
 *
 * Adds to @glued the lines right under a table's caption (表 1 ……), two
 * at least, that read as the rows of a table whose cells the copy ran
 * together: a PDF viewer copies a table so, and where two numbers meet
 * (临川区501997%) nobody can tell the cells apart.  They stay one
 * paragraph a row; the warning names them.
 */
void
fy_import_find_glued_rows (GPtrArray *lines,
                           GPtrArray *glued)
{
  guint i = 0;

  while (i < lines->len)
    {
      guint caption = count_caption_lines (lines, i);
      guint n = 0;

      if (caption == 0)
        {
          i++;
          continue;
        }
      i += caption;
      while (i + n < lines->len && is_glued_row (g_ptr_array_index (lines, i + n)))
        n++;
      for (guint k = 0; n >= 2 && k < n; k++)
        fy_import_notes_add_line (glued, g_ptr_array_index (lines, i + k));
      i += n;
    }
}

/* Tables whose cells are set apart by blanks */

/* The cells of @line set apart by blanks (half- or full-width). */
static char **
split_spaced_cells (const char *line)
{
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  g_autofree char *spaced = g_strdup (line);
  g_auto(GStrv) parts = NULL;

  for (char *p = spaced; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == 0x3000)
      memset (p, ' ', strlen ("\u3000"));
  parts = g_strsplit_set (spaced, " \t\f", -1);
  for (guint k = 0; parts[k] != NULL; k++)
    if (*parts[k] != '\0')
      g_strv_builder_add (cells, parts[k]);
  return g_strv_builder_end (cells);
}

/* The next line from @at that is not blank: a layout copy (pdftotext
 * -layout) sets one blank line between the rows of a table. */
static guint
skip_blank_line (char  **raw,
                 guint   at)
{
  return raw[at] != NULL && is_blank (raw[at]) && raw[at + 1] != NULL ? at + 1 : at;
}

/**
 * fy_import_take_spaced_table:
 * @raw: the lines of a plain text, %NULL-terminated
 * @first: the line to look at
 * @tables: (element-type FyTable): where a table found is appended
 * @furniture: (nullable) (element-type utf8): gets a repeated header row
 * @caption: (out) (optional): the table's caption, when the header row's
 *   line opens with it
 *
 * Takes the lines from @first that form a table whose cells are set apart
 * by blanks (pdftotext -layout, a web page's table copied as text): a
 * header row of words, then two rows at least of as many cells, a blank
 * line between rows or none, columns of numbers throughout or none, one
 * column of numbers at least.  The header's line may open with the
 * table's caption (表1 2026年各县区完成情况 县区 完成数 ……): the cells
 * before the header's go to @caption.  A row the same as the header,
 * repeated at a page's top, goes, named in @furniture.
 *
 * Returns: the number of lines taken, 0 if none
 */
guint
fy_import_take_spaced_table (char      **raw,
                             guint       first,
                             GPtrArray  *tables,
                             GPtrArray  *furniture,
                             char      **caption)
{
  g_auto(GStrv) head = split_spaced_cells (raw[first]);
  g_auto(GStrv) row = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) tsv = g_string_new (NULL);
  g_autofree gboolean *repeated = NULL;
  guint n_head = g_strv_length (head);
  guint n_columns;
  guint at = skip_blank_line (raw, first + 1);
  guint end = first + 1;

  if (raw[at] == NULL || strchr (raw[first], '\t') != NULL)
    return 0;
  row = split_spaced_cells (raw[at]);
  n_columns = g_strv_length (row);
  if (n_columns < 2 || n_columns > CELL_MAX_COLUMNS || n_head < n_columns)
    return 0;
  for (guint c = n_head - n_columns; c < n_head; c++)
    g_ptr_array_add (cells, g_strdup (head[c]));
  /* the rows: as many cells, each a cell's text */
  for (; raw[at] != NULL && strchr (raw[at], '\t') == NULL; at = skip_blank_line (raw, at + 1))
    {
      g_auto(GStrv) parts = split_spaced_cells (raw[at]);
      gboolean fits = g_strv_length (parts) == n_columns;

      gboolean header = fits;

      for (guint c = 0; fits && c < n_columns; c++)
        {
          fits = is_cell_line (parts[c]);
          header = header && strcmp (parts[c], head[n_head - n_columns + c]) == 0;
        }
      if (!fits)
        break;
      end = at + 1;
      if (header)
        {
          add_repeated_header (furniture, parts, n_columns);
          continue;
        }
      for (guint c = 0; c < n_columns; c++)
        g_ptr_array_add (cells, g_strdup (parts[c]));
    }
  /* the header rows repeated at a page's top are gone already: none is
   * flagged, and fits_columns() asks for two rows of data at least */
  repeated = g_new0 (gboolean, cells->len / n_columns + 1);
  if (!fits_columns (cells, n_columns, repeated))
    return 0;
  for (guint c = 0; c < n_columns; c++)
    if (!is_cell_line (g_ptr_array_index (cells, c)))
      return 0;
  if (n_head > n_columns)
    {
      /* the caption: the header line's cells before the header's */
      char *header = head[n_head - n_columns];
      g_autofree char *before = NULL;

      head[n_head - n_columns] = NULL;
      before = g_strjoinv (" ", head);
      head[n_head - n_columns] = header;
      if (!fy_import_is_table_caption (before))
        return 0;
      if (caption != NULL)
        *caption = g_steal_pointer (&before);
    }
  for (guint i = 0; i < cells->len; i++)
    g_string_append_printf (tsv, "%s%s", (const char *) g_ptr_array_index (cells, i),
                            (i + 1) % n_columns == 0 ? "\n" : "\t");
  g_ptr_array_add (tables, fy_table_new_from_tsv (tsv->str, TRUE));
  return end - first;
}

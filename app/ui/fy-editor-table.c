/* fy-editor-table.c — a table block shown and edited as its pipe rows
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-editor"

#include "config.h"

#include <string.h>

#include "fy-editor-private.h"
#include "fy-table.h"

/*
 * A buffer line is a block, so a table is one buffer line: its Markdown
 * pipe rows (header, `| --- |`, body rows) joined by U+2028 LINE
 * SEPARATOR, which wraps without starting a new buffer line.  The sync
 * reads the rows back into the block, so typing in a cell changes that
 * cell.  Enter inside a table starts a new row line; Enter in an empty
 * last row leaves the table for a new paragraph.
 *
 * Pipes are the one form shown, as a tab cannot be seen (an empty cell,
 * a border and a space would look alike); tabs convert.  Tab moves to the
 * next cell (or closes the cell of a row typed without bars, the Word
 * way), Shift+Tab to the previous one, text with tabs becomes cells, and
 * the Table style makes one table line of lines with tabs.
 */

#define LINE_SEPARATOR "\xe2\x80\xa8"
#define LINE_SEPARATOR_CHAR 0x2028

/* Inserts @block, a table, at @iter as pipe rows. */
void
fy_editor_table_insert (FyEditor    *self,
                        GtkTextIter *iter,
                        FyBlock     *block)
{
  g_autofree char *rows = fy_table_block_dup_pipe_rows (block);
  g_autofree char *text = fy_editor_encode_line_breaks (rows);

  gtk_text_buffer_insert (fy_editor_get_buffer_internal (self), iter, text, -1);
}

/**
 * fy_editor_table_read_line: (skip)
 *
 * Returns: (transfer full): the table block that buffer line @line, a
 *   table line, stands for
 */
FyBlock *
fy_editor_table_read_line (FyEditor *self,
                           guint     line)
{
  g_autoptr(FyBlock) read = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  fy_editor_get_line_bounds (self, line, &start, &end);
  fy_editor_read_range (self, read, &start, &end);
  /* Field chips come back as {{name}}, which the table parses again. */
  text = fy_block_dup_text (read);

  return fy_table_block_new_from_pipe_rows (text);
}

/* Moves @start back to the start of the row @iter is in, and @end on to
 * its end (the next row separator or the end of the line). */
static void
get_row_bounds (const GtkTextIter *iter,
                GtkTextIter       *start,
                GtkTextIter       *end)
{
  *start = *iter;
  while (!gtk_text_iter_starts_line (start))
    {
      GtkTextIter before = *start;

      gtk_text_iter_backward_char (&before);
      if (gtk_text_iter_get_char (&before) == LINE_SEPARATOR_CHAR)
        break;
      *start = before;
    }
  *end = *iter;
  while (!gtk_text_iter_ends_line (end) && gtk_text_iter_get_char (end) != LINE_SEPARATOR_CHAR)
    gtk_text_iter_forward_char (end);
}

/* Whether @iter is in the last row of its line and that row is empty:
 * nothing typed, or, after the first row, nothing but the bars of empty
 * cells (a row Tab added past the last cell).  Sets the row's bounds. */
static gboolean
in_empty_last_row (const GtkTextIter *iter,
                   GtkTextIter       *row_start,
                   GtkTextIter       *row_end)
{
  g_autofree char *row = NULL;

  get_row_bounds (iter, row_start, row_end);
  if (!gtk_text_iter_ends_line (row_end))
    return FALSE;
  if (gtk_text_iter_equal (row_start, row_end))
    return TRUE;
  if (gtk_text_iter_starts_line (row_start))
    return FALSE;

  row = gtk_text_iter_get_slice (row_start, row_end);
  return row[strspn (row, " |")] == '\0';
}

/* @text (@len bytes) with its tabs made bars between cells, a row line
 * after a newline that has tabs and no bar opened and closed by bars. */
static char *
dup_tab_rows (const char *text,
              int         len)
{
  g_autofree char *rows = g_strndup (text, len);
  g_auto(GStrv) lines = g_strsplit (rows, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GString) line = g_string_new (lines[i]);

      if (strchr (line->str, '\t') == NULL)
        continue;
      g_string_replace (line, "\t", " | ", 0);
      if (i > 0 && line->str[strspn (line->str, " ")] != '|')
        {
          g_string_prepend (line, "| ");
          g_string_append (line, " |");
        }
      g_free (lines[i]);
      lines[i] = g_string_free (g_steal_pointer (&line), FALSE);
    }
  return g_strjoinv ("\n", lines);
}

/**
 * fy_editor_table_insert_text: (skip)
 * @location: where @text, which holds a newline, is about to be typed or
 *   dropped, in a table line
 *
 * Inserts @text with each newline made a row separator and its tabs bars
 * between cells, or, for Enter in
 * an empty last row, drops that row and lets the newline start a
 * paragraph after the table.  The caller stops the emission that would
 * have inserted @text as it is.
 */
void
fy_editor_table_insert_text (FyEditor    *self,
                             GtkTextIter *location,
                             const char  *text,
                             int          len)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);

  GtkTextIter row_start, row_end;

  self->in_table_newline = TRUE;
  if (len == 1 && in_empty_last_row (location, &row_start, &row_end))
    {
      if (!gtk_text_iter_starts_line (&row_start))
        {
          /* the row and the separator before it */
          gtk_text_iter_backward_char (&row_start);
          gtk_text_buffer_delete (buffer, &row_start, &row_end);
        }
      *location = row_start;
      gtk_text_buffer_insert (buffer, location, "\n", 1);
    }
  else
    {
      g_autofree char *rows = dup_tab_rows (text, len);
      g_autofree char *shown = fy_editor_encode_line_breaks (rows);

      gtk_text_buffer_insert (buffer, location, shown, -1);
    }
  self->in_table_newline = FALSE;
}

/**
 * fy_editor_table_leave_empty_row: (skip)
 *
 * With the cursor, and no selection, in the empty row that Enter or Tab
 * opened under a table's last row, takes that row out of the table as an
 * empty line after it, as a second Enter would, and puts the cursor
 * there, in one undo step of its own.  A style chosen there is for the
 * paragraph after the table: the whole table became a 一级标题 of bars
 * and cells (session 24's new user, who did not know the second Enter).
 *
 * Returns: whether the row left the table
 */
gboolean
fy_editor_table_leave_empty_row (FyEditor *self)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter iter, row_start, row_end;

  if (gtk_text_buffer_get_has_selection (buffer))
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  if (fy_editor_get_line (self, gtk_text_iter_get_line (&iter))->role != FY_BLOCK_ROLE_TABLE ||
      !in_empty_last_row (&iter, &row_start, &row_end) ||
      gtk_text_iter_starts_line (&row_start))
    return FALSE;

  fy_editor_push_undo_step (self);
  self->compound = TRUE;
  fy_editor_table_insert_text (self, &iter, "\n", 1);
  self->compound = FALSE;
  gtk_text_buffer_place_cursor (buffer, &iter);
  return TRUE;
}

/* The bars of the row from @start to @end that are not escaped. */
static guint
count_row_bars (const GtkTextIter *start,
                const GtkTextIter *end)
{
  g_autofree char *row = gtk_text_iter_get_slice (start, end);
  guint n = 0;

  for (const char *p = row; *p != '\0'; p++)
    {
      if (p[0] == '\\' && (p[1] == '|' || p[1] == '\\'))
        p++;
      else if (*p == '|')
        n++;
    }
  return n;
}

/**
 * fy_editor_table_place_typing: (skip)
 * @location: where @text, with no newline nor tab, is about to be typed
 *   in a table line; moved into the cell it belongs in
 *
 * Text typed before a row's first bar (Home, then typing) goes into the
 * first cell, and text typed after the last bar of a row as long as the
 * first into the last cell, as in Word: not into a new cell that moves
 * every cell of the row one column on, under the wrong header (session
 * 21's new user).  Text with a bar in it is someone typing the bars.
 *
 * Returns: whether @location moved
 */
gboolean
fy_editor_table_place_typing (FyEditor    *self,
                              GtkTextIter *location,
                              const char  *text,
                              int          len)
{
  GtkTextIter row_start, row_end, first_start, first_end, before;

  if (memchr (text, '|', len) != NULL)
    return FALSE;

  get_row_bounds (location, &row_start, &row_end);
  if (gtk_text_iter_equal (&row_start, &row_end))
    return FALSE;

  if (gtk_text_iter_equal (location, &row_start) && gtk_text_iter_get_char (location) == '|')
    {
      gtk_text_iter_forward_char (location);
      if (gtk_text_iter_get_char (location) == ' ')
        gtk_text_iter_forward_char (location);
      return TRUE;
    }

  before = *location;
  if (!gtk_text_iter_equal (location, &row_end) || !gtk_text_iter_backward_char (&before)
      || gtk_text_iter_get_char (&before) != '|')
    return FALSE;
  first_start = row_start;
  gtk_text_iter_set_line_offset (&first_start, 0);
  get_row_bounds (&first_start, &first_start, &first_end);
  /* A row still being typed bar by bar is left to its typist. */
  if (count_row_bars (&row_start, &row_end) < count_row_bars (&first_start, &first_end))
    return FALSE;

  *location = before;
  if (gtk_text_iter_backward_char (&before) && gtk_text_iter_get_char (&before) == ' ')
    *location = before;
  return TRUE;
}

/* ---- cells: Tab, and tab-separated text ---------------------------------- */

/* The offsets in @row (@len characters) of its bars that are not
 * escaped. */
static GArray *
find_bars (const gunichar *row,
           glong           len)
{
  GArray *bars = g_array_new (FALSE, FALSE, sizeof (glong));

  for (glong i = 0; i < len; i++)
    {
      if (row[i] == '\\' && i + 1 < len && (row[i + 1] == '|' || row[i + 1] == '\\'))
        i++;
      else if (row[i] == '|')
        g_array_append_val (bars, i);
    }
  return bars;
}

static gboolean
is_blank (const gunichar *row,
          glong           from,
          glong           to)
{
  for (glong i = from; i < to; i++)
    if (!g_unichar_isspace (row[i]))
      return FALSE;
  return TRUE;
}

#define BAR(bars, i) g_array_index ((bars), glong, (i))

/* The cells of a pipe row: those between bars, and text after the last
 * bar (a cell being typed). */
static guint
count_cells (const gunichar *row,
             glong           len,
             GArray         *bars)
{
  if (bars->len == 0)
    return 1;
  return bars->len - 1 + (is_blank (row, BAR (bars, bars->len - 1) + 1, len) ? 0 : 1);
}

/* The row from @start to @end, as characters. */
static gunichar *
dup_row (const GtkTextIter *start,
         const GtkTextIter *end,
         glong             *len)
{
  g_autofree char *text = gtk_text_iter_get_slice (start, end);

  return g_utf8_to_ucs4_fast (text, -1, len);
}

/* The most cells a row of the table line @line has. */
static guint
count_columns (FyEditor *self,
               guint     line)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto(GStrv) rows = NULL;
  guint n_columns = 1;

  fy_editor_get_line_bounds (self, line, &start, &end);
  text = gtk_text_iter_get_slice (&start, &end);
  rows = g_strsplit (text, LINE_SEPARATOR, -1);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      glong len;
      g_autofree gunichar *row = g_utf8_to_ucs4_fast (rows[i], -1, &len);
      g_autoptr(GArray) bars = find_bars (row, len);

      n_columns = MAX (n_columns, count_cells (row, len, bars));
    }
  return n_columns;
}

static void
place_at (GtkTextBuffer *buffer,
          GtkTextIter   *iter,
          int            offset)
{
  gtk_text_buffer_get_iter_at_offset (buffer, iter, offset);
  gtk_text_buffer_place_cursor (buffer, iter);
}

/* Puts the cursor in the cell of the row at @row_offset (@row, @len
 * characters) that starts after the bar at @bar: after its text, or in
 * the middle of an empty cell's spaces. */
static void
place_in_cell (GtkTextBuffer  *buffer,
               GtkTextIter    *iter,
               int             row_offset,
               const gunichar *row,
               glong           len,
               GArray         *bars,
               guint           bar)
{
  glong end = bar + 1 < bars->len ? BAR (bars, bar + 1) : len;
  glong at = end;

  while (at > BAR (bars, bar) + 1 && g_unichar_isspace (row[at - 1]))
    at--;
  if (at == BAR (bars, bar) + 1)
    at = MIN (BAR (bars, bar) + 2, end);
  place_at (buffer, iter, row_offset + at);
}

static gboolean
is_delimiter (const gunichar *row,
              glong           len)
{
  gboolean dash = FALSE;

  for (glong i = 0; i < len; i++)
    {
      if (row[i] == '-')
        dash = TRUE;
      else if (row[i] != '|' && row[i] != ':' && !g_unichar_isspace (row[i]))
        return FALSE;
    }
  return dash;
}

/* Tab past the last cell of a full row: to the first cell of the next
 * row, or of a new empty row after the last, as in Word. */
static void
tab_to_next_row (FyEditor    *self,
                 GtkTextIter *iter,
                 GtkTextIter *row_end,
                 guint        n_columns)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter start = *row_end;

  while (!gtk_text_iter_ends_line (&start))
    {
      GtkTextIter end;
      g_autofree gunichar *row = NULL;
      g_autoptr(GArray) bars = NULL;
      glong len;

      gtk_text_iter_forward_char (&start);
      get_row_bounds (&start, &start, &end);
      row = dup_row (&start, &end, &len);
      bars = find_bars (row, len);
      if (is_delimiter (row, len))
        {
          start = end;
          continue;
        }
      if (bars->len == 0)
        place_at (buffer, iter, gtk_text_iter_get_offset (&end));
      else
        place_in_cell (buffer, iter, gtk_text_iter_get_offset (&start), row, len, bars, 0);
      return;
    }

  {
    g_autoptr(GString) empty = g_string_new (LINE_SEPARATOR "|");
    int offset = gtk_text_iter_get_offset (row_end);

    for (guint i = 0; i < n_columns; i++)
      g_string_append (empty, "  |");
    gtk_text_buffer_insert (buffer, row_end, empty->str, -1);
    place_at (buffer, iter, offset + 3);
  }
}

/* Tab in the last cell of a row narrower than the table: a new cell
 * after it, the way a row typed the Word way grows. */
static void
tab_to_new_cell (GtkTextBuffer *buffer,
                 GtkTextIter   *iter,
                 GtkTextIter   *row_end,
                 glong          caret,
                 const gunichar *row,
                 glong          len,
                 GArray        *bars)
{
  glong last = BAR (bars, bars->len - 1);
  int offset = gtk_text_iter_get_offset (row_end);
  const char *text = " | ";

  if (is_blank (row, last + 1, len))
    {
      /* the cursor before the closing bar: on to after it; in the empty
       * cell after it: that one is left empty */
      if (caret <= last)
        text = len == last + 1 ? " " : "";
    }
  gtk_text_buffer_insert (buffer, row_end, text, -1);
  place_at (buffer, iter, offset + strlen (text));
}

/* Tab in a table line: in a row typed without bars, the first bar goes
 * in and the cell is closed; in a pipe row, to the next cell, a new cell
 * at the end of a short row, or the next row. */
static void
table_tab (FyEditor    *self,
           GtkTextIter *location)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter row_start, row_end;
  g_autofree gunichar *row = NULL;
  g_autoptr(GArray) bars = NULL;
  glong len, caret, first = 0;
  int row_offset;

  get_row_bounds (location, &row_start, &row_end);
  row_offset = gtk_text_iter_get_offset (&row_start);
  caret = gtk_text_iter_get_offset (location) - row_offset;
  row = dup_row (&row_start, &row_end, &len);
  while (first < len && row[first] == ' ')
    first++;

  if (first == len || row[first] != '|')
    {
      gtk_text_buffer_insert (buffer, location, " | ", -1);
      gtk_text_buffer_get_iter_at_offset (buffer, &row_start, row_offset);
      gtk_text_buffer_insert (buffer, &row_start, "| ", -1);
      place_at (buffer, location, row_offset + caret + 5);
      return;
    }

  bars = find_bars (row, len);
  for (guint i = 0; i < bars->len; i++)
    {
      if (BAR (bars, i) < caret)
        continue;
      if (i + 1 < bars->len || !is_blank (row, BAR (bars, i) + 1, len))
        {
          place_in_cell (buffer, location, row_offset, row, len, bars, i);
          return;
        }
      break;
    }

  if (count_cells (row, len, bars) < count_columns (self, gtk_text_iter_get_line (location)))
    tab_to_new_cell (buffer, location, &row_end, caret, row, len, bars);
  else
    tab_to_next_row (self, location, &row_end, count_columns (self, gtk_text_iter_get_line (location)));
}

/* Puts the cursor in the last cell of the row from @start to @end: a
 * row Tab closed ends with a bar and nothing after it. */
static void
place_in_last_cell (GtkTextBuffer     *buffer,
                    GtkTextIter       *iter,
                    const GtkTextIter *start,
                    const GtkTextIter *end)
{
  g_autofree gunichar *row = NULL;
  g_autoptr(GArray) bars = NULL;
  glong len;
  guint bar;

  row = dup_row (start, end, &len);
  bars = find_bars (row, len);
  if (bars->len == 0)
    {
      place_at (buffer, iter, gtk_text_iter_get_offset (end));
      return;
    }
  bar = bars->len - 1;
  if (bar > 0 && is_blank (row, BAR (bars, bar) + 1, len))
    bar--;
  place_in_cell (buffer, iter, gtk_text_iter_get_offset (start), row, len, bars, bar);
}

/* Shift+Tab in a table line: to the cell before the cursor's, or the
 * last cell of the row above (its delimiter row skipped), as in Word; in
 * the first cell of the table it stays. */
static void
table_back_tab (FyEditor    *self,
                GtkTextIter *location)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter row_start, row_end;
  g_autofree gunichar *row = NULL;
  g_autoptr(GArray) bars = NULL;
  glong len, caret;
  guint cell = 0;

  get_row_bounds (location, &row_start, &row_end);
  caret = gtk_text_iter_get_offset (location) - gtk_text_iter_get_offset (&row_start);
  row = dup_row (&row_start, &row_end, &len);
  bars = find_bars (row, len);
  /* the cursor's cell: the bars before it, the opening bar included */
  while (cell < bars->len && BAR (bars, cell) < caret)
    cell++;
  if (cell >= 2)
    {
      place_in_cell (buffer, location, gtk_text_iter_get_offset (&row_start), row, len, bars,
                     cell - 2);
      return;
    }

  while (!gtk_text_iter_starts_line (&row_start))
    {
      g_autofree gunichar *above = NULL;
      glong above_len;

      gtk_text_iter_backward_char (&row_start);
      get_row_bounds (&row_start, &row_start, &row_end);
      above = dup_row (&row_start, &row_end, &above_len);
      if (!is_delimiter (above, above_len))
        {
          place_in_last_cell (buffer, location, &row_start, &row_end);
          return;
        }
    }
}

/**
 * fy_editor_table_back_tab: (skip)
 *
 * Shift+Tab: in a table line, moves the cursor to the previous cell (see
 * table_back_tab()).
 *
 * Returns: whether the cursor is in a table line, where Shift+Tab is
 *   this and not a tab typed
 */
gboolean
fy_editor_table_back_tab (FyEditor *self)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  if (fy_editor_get_line (self, gtk_text_iter_get_line (&iter))->role != FY_BLOCK_ROLE_TABLE)
    return FALSE;

  table_back_tab (self, &iter);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer));
  return TRUE;
}

/**
 * fy_editor_table_insert_tabs: (skip)
 * @location: where @text, which holds a tab and no newline, is about to
 *   be typed or pasted, in a table line
 *
 * Tabs separate cells: a Tab key moves to the next cell (see table_tab()),
 * text with tabs is inserted with bars between its cells.  The caller
 * stops the emission that would have inserted @text as it is.
 */
void
fy_editor_table_insert_tabs (FyEditor    *self,
                             GtkTextIter *location,
                             const char  *text,
                             int          len)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  g_autoptr(GString) cells = NULL;
  GtkTextIter row_start, row_end;
  g_autofree char *row = NULL;
  int offset;

  if (len == 1)
    {
      table_tab (self, location);
      return;
    }

  cells = g_string_new_len (text, len);
  g_string_replace (cells, "\t", " | ", 0);
  offset = gtk_text_iter_get_offset (location);
  get_row_bounds (location, &row_start, &row_end);
  row = gtk_text_iter_get_slice (&row_start, &row_end);
  if (row[strspn (row, " ")] != '|')
    {
      gtk_text_buffer_insert (buffer, &row_start, "| ", -1);
      offset += 2;
    }
  gtk_text_buffer_get_iter_at_offset (buffer, location, offset);
  gtk_text_buffer_insert (buffer, location, cells->str, -1);
}

/* ---- new tables ---------------------------------------------------------- */

/* The text of buffer line @line as a paragraph reads it, field chips
 * written {{name}} and line breaks as newlines. */
static char *
dup_line_text (FyEditor *self,
               guint     line)
{
  g_autoptr(FyBlock) read = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  GtkTextIter start, end;

  fy_editor_get_line_bounds (self, line, &start, &end);
  fy_editor_read_range (self, read, &start, &end);
  return fy_block_dup_text (read);
}

/**
 * fy_editor_table_make: (skip)
 * @first: the first line to make a table of
 * @last: the last, at least @first
 *
 * The Table style: lines @first to @last, and a table line right before
 * or after them, become one table line.  A line's tabs separate its
 * cells (text copied from Word, or typed so); the rows of a table line
 * among them stay its rows.  Rows typed with tabs only make a table whose
 * first row is the header, as a pasted one.  The caller has pushed the
 * undo step.
 */
void
fy_editor_table_make (FyEditor *self,
                      guint     first,
                      guint     last)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(FyBlock) block = NULL;
  gboolean any_table = FALSE;
  GtkTextIter end;

  if (first > 0 && fy_editor_get_line (self, first - 1)->role == FY_BLOCK_ROLE_TABLE)
    first--;
  if (last + 1 < self->lines->len && fy_editor_get_line (self, last + 1)->role == FY_BLOCK_ROLE_TABLE)
    last++;

  for (guint i = first; i <= last; i++)
    {
      g_autofree char *line = dup_line_text (self, i);

      any_table |= fy_editor_get_line (self, i)->role == FY_BLOCK_ROLE_TABLE;
      if (i > first)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  block = fy_table_block_new_from_pipe_rows (text->str);
  if (!any_table)
    fy_block_set_table_header (block, strchr (g_strstrip (text->str), '\n') != NULL);

  fy_editor_replace_lines (self, first, last - first + 1, &block, NULL, 1);
  fy_editor_get_line_bounds (self, first, &end, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
}

/* ---- rows pasted after a table ------------------------------------------- */

/* The table line that rows pasted at the cursor would continue: the
 * cursor's, the cursor at its end, or the one before the cursor's empty
 * line.  Sets *@on_empty_line for the second. */
static gboolean
find_table_before_cursor (FyEditor *self,
                          guint    *table_line,
                          gboolean *on_empty_line)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter iter, start, end;
  guint line;

  if (gtk_text_buffer_get_has_selection (buffer))
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  line = gtk_text_iter_get_line (&iter);
  fy_editor_get_line_bounds (self, line, &start, &end);

  *table_line = line;
  *on_empty_line = FALSE;
  if (fy_editor_get_line (self, line)->role == FY_BLOCK_ROLE_TABLE)
    return gtk_text_iter_equal (&iter, &end);

  *table_line = line - 1;
  *on_empty_line = TRUE;
  return line > 0 && gtk_text_iter_equal (&start, &end) &&
         fy_editor_get_line (self, line - 1)->role == FY_BLOCK_ROLE_TABLE;
}

/* @table with the rows of @rows after its own, but for a first row that
 * repeats its header (the header copied with the rows). */
static FyBlock *
append_rows (FyTable       *table,
             const FyTable *rows)
{
  guint n_columns = fy_table_get_n_columns (table);
  g_autofree const char **cells = g_new0 (const char *, n_columns);
  guint first = 0;

  if (fy_table_get_header (table) && fy_table_get_n_rows (table) > 0)
    {
      first = 1;
      for (guint c = 0; c < n_columns && first == 1; c++)
        if (g_strcmp0 (fy_table_get_cell (table, 0, c), fy_table_get_cell (rows, 0, c)) != 0)
          first = 0;
    }

  for (guint r = first; r < fy_table_get_n_rows (rows); r++)
    {
      for (guint c = 0; c < n_columns; c++)
        cells[c] = fy_table_get_cell (rows, r, c);
      fy_table_append_row (table, cells, n_columns);
    }
  return fy_table_to_block (table);
}

/**
 * fy_editor_table_paste_rows: (skip)
 * @pasted: the blocks pasted, a table first
 *
 * Rows pasted at the end of a table, or on the empty line right after
 * it, continue it when they have as many columns, as in Word: the first
 * of @pasted, a table, becomes rows of that table (a copy of its header
 * row left out), and the rest follow it as lines of their own, one undo
 * step.
 *
 * Returns: whether @pasted went in so; if not, nothing changed
 */
gboolean
fy_editor_table_paste_rows (FyEditor  *self,
                            GPtrArray *pasted)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new ();
  g_autoptr(GPtrArray) identities = g_ptr_array_new ();
  g_autoptr(FyBlock) old = NULL;
  g_autoptr(FyBlock) merged = NULL;
  g_autoptr(FyTable) table = NULL;
  g_autoptr(FyTable) rows = NULL;
  gboolean on_empty_line;
  guint table_line, n_removals, last;

  if (pasted->len == 0 ||
      fy_block_get_role (g_ptr_array_index (pasted, 0)) != FY_BLOCK_ROLE_TABLE ||
      !find_table_before_cursor (self, &table_line, &on_empty_line))
    return FALSE;

  old = fy_editor_table_read_line (self, table_line);
  table = fy_table_new_from_block (old);
  rows = fy_table_new_from_block (g_ptr_array_index (pasted, 0));
  if (fy_table_get_n_columns (table) != fy_table_get_n_columns (rows))
    return FALSE;

  merged = append_rows (table, rows);
  g_ptr_array_add (blocks, merged);
  g_ptr_array_add (identities, fy_editor_get_line (self, table_line)->block);
  for (guint i = 1; i < pasted->len; i++)
    {
      g_ptr_array_add (blocks, g_ptr_array_index (pasted, i));
      g_ptr_array_add (identities, g_ptr_array_index (pasted, i));
    }
  /* The empty line stays after the table, unless blocks take its place
   * as a paste there would. */
  n_removals = on_empty_line && pasted->len > 1 ? 2 : 1;

  last = table_line + blocks->len - 1;
  if (on_empty_line && n_removals == 1)
    last++;
  fy_editor_push_undo_step (self);
  fy_editor_replace_pasted_lines (self, table_line, n_removals, blocks, identities, last);
  return TRUE;
}

/* An empty table block. */
static FyBlock *
new_empty_table (guint    n_rows,
                 guint    n_columns,
                 gboolean header)
{
  g_autoptr(FyTable) table = fy_table_new (header);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  for (guint c = 0; c < n_columns; c++)
    g_ptr_array_add (cells, (gpointer) "");
  for (guint r = 0; r < n_rows; r++)
    fy_table_append_row (table, (const char **) cells->pdata, cells->len);
  return fy_table_to_block (table);
}

/**
 * fy_editor_insert_table:
 * @self: a #FyEditor
 * @n_rows: rows, the header row among them
 * @n_columns: columns, at least 2
 * @header: whether the first row is a header row
 *
 * Inserts an empty table at the cursor, as one undo step: in place of an
 * empty paragraph, else between the two halves of the cursor's paragraph
 * (after a table the cursor is in).  The cursor goes to its first cell.
 */
void
fy_editor_insert_table (FyEditor *self,
                        guint     n_rows,
                        guint     n_columns,
                        gboolean  header)
{
  GtkTextBuffer *buffer;
  g_autoptr(FyBlock) table = NULL;
  g_autoptr(GPtrArray) blocks = g_ptr_array_new ();
  GtkTextIter iter, start;
  guint line;

  g_return_if_fail (FY_IS_EDITOR (self));
  g_return_if_fail (n_rows >= 1 && n_columns >= 2);

  buffer = fy_editor_get_buffer_internal (self);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  line = gtk_text_iter_get_line (&iter);
  if (fy_editor_get_line (self, line)->role == FY_BLOCK_ROLE_TABLE)
    {
      fy_editor_get_line_bounds (self, line, &start, &iter);
      gtk_text_buffer_place_cursor (buffer, &iter);
    }

  table = new_empty_table (n_rows, n_columns, header);
  g_ptr_array_add (blocks, table);
  fy_editor_insert_blocks (self, blocks);

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_text_buffer_get_iter_at_line_offset (buffer, &start, gtk_text_iter_get_line (&iter), 2);
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

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
 * cell.  Enter inside a table starts a new row line; Enter at the end of
 * an empty last row leaves the table for a new paragraph.
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

/* Whether the line of @iter ends at @iter after an empty row line. */
static gboolean
ends_empty_row (const GtkTextIter *iter)
{
  GtkTextIter before = *iter;

  if (!gtk_text_iter_ends_line (iter))
    return FALSE;
  if (gtk_text_iter_starts_line (iter))
    return TRUE;

  gtk_text_iter_backward_char (&before);
  return gtk_text_iter_get_char (&before) == LINE_SEPARATOR_CHAR;
}

/**
 * fy_editor_table_insert_text: (skip)
 * @location: where @text, which holds a newline, is about to be typed or
 *   dropped, in a table line
 *
 * Inserts @text with each newline made a row separator, or, for Enter at
 * the end of an empty last row, drops that row and lets the newline start
 * a paragraph after the table.  The caller stops the emission that would
 * have inserted @text as it is.
 */
void
fy_editor_table_insert_text (FyEditor    *self,
                             GtkTextIter *location,
                             const char  *text,
                             int          len)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);

  self->in_table_newline = TRUE;
  if (len == 1 && ends_empty_row (location))
    {
      if (!gtk_text_iter_starts_line (location))
        {
          GtkTextIter before = *location;

          gtk_text_iter_backward_char (&before);
          gtk_text_buffer_delete (buffer, &before, location);
        }
      gtk_text_buffer_insert (buffer, location, "\n", 1);
    }
  else
    {
      g_autofree char *rows = g_strndup (text, len);
      g_autofree char *shown = fy_editor_encode_line_breaks (rows);

      gtk_text_buffer_insert (buffer, location, shown, -1);
    }
  self->in_table_newline = FALSE;
}

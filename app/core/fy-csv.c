/* fy-csv.c — a bounded RFC 4180 CSV reader for batch filling of templates
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-csv.h"
#include "fy-error.h"

/*
 * What Excel and WPS write when a sheet is saved as "CSV UTF-8": an
 * optional byte order mark, CRLF line ends, fields quoted when they hold a
 * comma, a quote (doubled) or a line break.  The reader also takes LF or
 * lone CR line ends, and is lenient where RFC 4180 is strict but nothing
 * is ambiguous (text after a closing quote is kept).  Every size is
 * bounded; an over-long row is skipped and reported, not read into memory.
 */

struct _FyCsvReader
{
  char  *data;
  gsize  length;
  gsize  pos;
  guint  line;     /* physical line at pos, from 1 */
  guint  n_rows;
  guint  failed : 1;
};

static const char *bom = "\xEF\xBB\xBF";

/**
 * fy_csv_reader_new:
 * @data: (array length=length): the CSV file's bytes
 * @length: their length
 * @error: return location for a #GError
 *
 * Checks that @data is UTF-8 (a leading byte order mark is dropped) and
 * prepares to read it row by row.
 *
 * Returns: (transfer full) (nullable): a reader, or %NULL with
 *   %FY_ERROR_INVALID_UTF8 or %FY_ERROR_TOO_LARGE
 */
FyCsvReader *
fy_csv_reader_new (const char  *data,
                   gsize        length,
                   GError     **error)
{
  FyCsvReader *self;
  const char *end;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length >= 3 && memcmp (data, bom, 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (length > (gsize) FY_CSV_MAX_ROW_SIZE * 64)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_TOO_LARGE,
                   _("The table is larger than %u MiB; split it into smaller files."),
                   (guint) (FY_CSV_MAX_ROW_SIZE * 64 / (1024 * 1024)));
      return NULL;
    }

  if (!g_utf8_validate (data, length, &end))
    {
      guint line = 1;

      for (const char *p = data; p < end; p++)
        if (*p == '\n')
          line++;
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8,
                   _("Line %u of the table is not UTF-8 text. Save the sheet as “CSV UTF-8” and try again."),
                   line);
      return NULL;
    }

  self = g_new0 (FyCsvReader, 1);
  self->data = g_strndup (data, length);
  self->length = length;
  self->line = 1;

  return self;
}

/**
 * fy_csv_reader_free:
 * @self: (transfer full): a reader
 */
void
fy_csv_reader_free (FyCsvReader *self)
{
  if (self == NULL)
    return;

  g_free (self->data);
  g_free (self);
}

static gboolean
row_is_blank (GPtrArray *fields,
              gboolean   any_quoted)
{
  if (any_quoted)
    return FALSE;

  for (guint i = 0; i < fields->len; i++)
    if (((const char *) g_ptr_array_index (fields, i))[0] != '\0')
      return FALSE;

  return TRUE;
}

/* What reading one row found: its fields, and the limits it broke. */
typedef struct
{
  GPtrArray *fields;
  gboolean   any_quoted;
  gboolean   field_too_long;
  gboolean   row_too_long;
  gboolean   too_many_columns;
} RawRow;

/* Adds byte @c to @field, unless the row or the field is over its limit
 * (then @raw notes it). */
static void
keep_char (RawRow  *raw,
           GString *field,
           gsize   *row_size,
           char     c)
{
  if (++*row_size > FY_CSV_MAX_ROW_SIZE)
    raw->row_too_long = TRUE;
  else if (field->len >= FY_CSV_MAX_FIELD_SIZE)
    raw->field_too_long = TRUE;
  else
    g_string_append_c (field, c);
}

/* Reads the fields of the row that starts at the reader's position (on
 * line @row_line) into @raw, up to the line break that ends it outside
 * quotes; what breaks a limit is noted but not kept.  Returns %FALSE,
 * with @error set and the reader failed, when a quoted field is never
 * closed. */
static gboolean
read_raw_row (FyCsvReader  *self,
              guint         row_line,
              RawRow       *raw,
              GError      **error)
{
  g_autoptr(GString) field = g_string_new (NULL);
  gsize row_size = 0;
  gboolean in_quotes = FALSE;
  gboolean quoted = FALSE;
  gboolean row_done = FALSE;

  while (!row_done)
    {
      gboolean end_field = FALSE;
      char c = 0;

      if (self->pos >= self->length)
        {
          if (in_quotes)
            {
              self->failed = TRUE;
              g_set_error (error, FY_ERROR, FY_ERROR_SYNTAX,
                           _("Line %u: a quoted field is never closed; add the missing \" and try again."),
                           row_line);
              return FALSE;
            }
          end_field = row_done = TRUE;
        }
      else
        {
          c = self->data[self->pos];

          if (in_quotes)
            {
              if (c == '"' && self->pos + 1 < self->length && self->data[self->pos + 1] == '"')
                {
                  self->pos += 2;
                }
              else if (c == '"')
                {
                  in_quotes = FALSE;
                  self->pos++;
                  continue;
                }
              else
                {
                  self->pos++;
                  if (c == '\r' && self->pos < self->length && self->data[self->pos] == '\n')
                    continue;
                  if (c == '\n' || c == '\r')
                    {
                      self->line++;
                      c = '\n';
                    }
                }
            }
          else if (c == ',')
            {
              self->pos++;
              end_field = TRUE;
            }
          else if (c == '\r' || c == '\n')
            {
              self->pos++;
              if (c == '\r' && self->pos < self->length && self->data[self->pos] == '\n')
                self->pos++;
              self->line++;
              end_field = row_done = TRUE;
            }
          else if (c == '"' && field->len == 0 && !quoted)
            {
              in_quotes = quoted = raw->any_quoted = TRUE;
              self->pos++;
              continue;
            }
          else
            {
              self->pos++;
            }

          if (!end_field)
            {
              keep_char (raw, field, &row_size, c);
              continue;
            }
        }

      if (raw->fields->len < FY_CSV_MAX_COLUMNS)
        g_ptr_array_add (raw->fields, g_strndup (field->str, field->len));
      else
        raw->too_many_columns = TRUE;
      g_string_truncate (field, 0);
      quoted = FALSE;
    }

  return TRUE;
}

/* Whether row @raw, from line @row_line, may be handed out: %FY_CSV_ROW;
 * %FY_CSV_BAD_ROW for a row over a limit (skipped) or %FY_CSV_FATAL when
 * the table has too many rows, with @error set. */
static FyCsvResult
check_raw_row (FyCsvReader   *self,
               guint          row_line,
               const RawRow  *raw,
               GError       **error)
{
  /* The first row is the header: the limit counts the rows below it. */
  if (self->n_rows++ > FY_CSV_MAX_ROWS)
    {
      self->failed = TRUE;
      g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
                   _("Line %1$u: the table has more than %2$u rows below its header; split it into smaller files."),
                   row_line, (guint) FY_CSV_MAX_ROWS);
      return FY_CSV_FATAL;
    }

  if (raw->row_too_long)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
                   _("Line %1$u: the row is longer than %2$u KiB; it was skipped."),
                   row_line, (guint) (FY_CSV_MAX_ROW_SIZE / 1024));
      return FY_CSV_BAD_ROW;
    }
  if (raw->field_too_long)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
                   _("Line %1$u: a field is longer than %2$u KiB; it was skipped."),
                   row_line, (guint) (FY_CSV_MAX_FIELD_SIZE / 1024));
      return FY_CSV_BAD_ROW;
    }
  if (raw->too_many_columns)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
                   _("Line %1$u: the row has more than %2$u columns; it was skipped."),
                   row_line, (guint) FY_CSV_MAX_COLUMNS);
      return FY_CSV_BAD_ROW;
    }

  return FY_CSV_ROW;
}

/**
 * fy_csv_reader_next_row:
 * @self: a reader
 * @fields: (out) (transfer full) (optional): the row's fields, set for
 *   %FY_CSV_ROW
 * @line: (out) (optional): the line the row starts on, from 1
 * @error: return location for a #GError, set for %FY_CSV_BAD_ROW and
 *   %FY_CSV_FATAL
 *
 * Reads the next row that is not blank.  Quoted fields may hold commas,
 * doubled quotes and line breaks (CRLF in a field becomes LF).
 *
 * Returns: what was read
 */
FyCsvResult
fy_csv_reader_next_row (FyCsvReader   *self,
                        char        ***fields,
                        guint         *line,
                        GError       **error)
{
  g_return_val_if_fail (self != NULL, FY_CSV_FATAL);
  g_return_val_if_fail (error == NULL || *error == NULL, FY_CSV_FATAL);

  if (fields != NULL)
    *fields = NULL;

  while (!self->failed)
    {
      g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
      RawRow raw = { row, FALSE, FALSE, FALSE, FALSE };
      guint row_line = self->line;
      FyCsvResult result;

      if (self->pos >= self->length)
        return FY_CSV_END;

      if (line != NULL)
        *line = row_line;

      if (!read_raw_row (self, row_line, &raw, error))
        return FY_CSV_FATAL;

      if (row_is_blank (row, raw.any_quoted) && !raw.too_many_columns && !raw.row_too_long)
        continue;

      result = check_raw_row (self, row_line, &raw, error);
      if (result != FY_CSV_ROW)
        return result;

      if (fields != NULL)
        {
          g_ptr_array_add (row, NULL);
          *fields = (char **) g_ptr_array_free (g_steal_pointer (&row), FALSE);
        }
      return FY_CSV_ROW;
    }

  return FY_CSV_END;
}

/* fy-batch-fill.c — one document (and PDF) per row of a table, for the CLI and the GUI
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-batch-fill"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-batch-fill.h"
#include "fy-csv.h"
#include "fy-document-io.h"
#include "fy-error.h"
#include "fy-file-name.h"
#include "fy-file-write.h"
#include "fy-renderer.h"
#include "fy-unfinished.h"

/*
 * A clerk exports a sheet of speakers from Excel or WPS and gets one
 * speech per row.  The whole table is read and checked before anything is
 * written: a table that cannot be read to its end (an unclosed quote, more
 * rows than the limit) writes nothing, and a row that cannot make a
 * document (wrong number of columns, a required value missing) is marked
 * with its reason so that both front ends can show it before the run.
 *
 * Each output is named after the row's 发言人 (or 发言单位, or else the
 * first column that differs between the rows: the 乡镇 of a notice sent
 * to every town), made safe by
 * fy_file_name_make_safe() and unique in the batch (孔明, 孔明-2, …); a
 * file of that name from an earlier run is replaced.  Every file goes
 * through fy_file_write() with the table as its input, so a row can never
 * overwrite the table it comes from.
 *
 * A PDF is a speech ready to be read out, so an unfinished draft (the
 * template's guidance still in it, a field with no value) gets its
 * document but no PDF, unless fy_batch_fill_set_allow_incomplete() says
 * otherwise; the row says why.
 *
 * fy_batch_fill_run() works in the calling thread; fy_batch_fill_run_async()
 * in a worker, with #FyBatchFill::row-done emitted in the caller's main
 * context.  Either way, a row is only read after its ::row-done.
 */

struct _FyBatchFill
{
  GObject parent_instance;

  FyEnvironment *environment;
  FyTemplate *template_;
  GFile *table;
  char **columns;
  guint header_line;
  GPtrArray *warnings;   /* char * */
  GArray *rows;          /* FyBatchRow */
  gboolean pdf;
  gboolean allow_incomplete;
  gboolean fonts_reserved;
  /* the rows' PDFs: one typesetter per preset, its font map and cache
   * (the template's own paragraphs) shared by the rows */
  FyTypesetter *typesetter;
  char *typesetter_preset;

  FyBatchFillCheckFunc check_func;
  gpointer check_data;
  GDestroyNotify check_destroy;
};

G_DEFINE_FINAL_TYPE (FyBatchFill, fy_batch_fill, G_TYPE_OBJECT)

enum
{
  SIGNAL_ROW_DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
batch_row_clear (gpointer data)
{
  FyBatchRow *row = data;

  g_clear_pointer (&row->cells, g_strfreev);
  g_clear_pointer (&row->values, g_hash_table_unref);
  g_clear_pointer (&row->name, g_free);
  g_clear_pointer (&row->message, g_free);
  g_clear_pointer (&row->warnings, g_ptr_array_unref);
}

static void
fy_batch_fill_finalize (GObject *object)
{
  FyBatchFill *self = FY_BATCH_FILL (object);

  if (self->check_destroy != NULL)
    self->check_destroy (self->check_data);
  g_clear_object (&self->environment);
  g_clear_object (&self->template_);
  g_clear_object (&self->table);
  g_clear_pointer (&self->columns, g_strfreev);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_object (&self->typesetter);
  g_clear_pointer (&self->typesetter_preset, g_free);

  G_OBJECT_CLASS (fy_batch_fill_parent_class)->finalize (object);
}

static void
fy_batch_fill_class_init (FyBatchFillClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fy_batch_fill_finalize;

  /**
   * FyBatchFill::row-done:
   * @self: the batch fill
   * @index: the row, from 0
   *
   * A row has been dealt with (written, skipped or failed); emitted once
   * per row in order, in the thread or main context that started the run.
   */
  signals[SIGNAL_ROW_DONE] =
    g_signal_new ("row-done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
fy_batch_fill_init (FyBatchFill *self)
{
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_array_new (FALSE, TRUE, sizeof (FyBatchRow));
  g_array_set_clear_func (self->rows, batch_row_clear);
}

/**
 * fy_batch_fill_new:
 * @environment: the environment whose presets and fonts the documents use
 * @template_: the template each row fills
 *
 * Returns: (transfer full): a batch fill with no table yet
 */
FyBatchFill *
fy_batch_fill_new (FyEnvironment *environment,
                   FyTemplate    *template_)
{
  FyBatchFill *self;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (environment), NULL);
  g_return_val_if_fail (FY_IS_TEMPLATE (template_), NULL);

  self = g_object_new (FY_TYPE_BATCH_FILL, NULL);
  self->environment = g_object_ref (environment);
  self->template_ = g_object_ref (template_);

  return self;
}

/* Output names ------------------------------------------------------------- */

/* The column that names the outputs of a table with no speaker nor
 * organisation (a notice sent to twelve towns: 乡镇,联系人,电话): the
 * first, in the table's order, that fills a field and differs between
 * the rows, else the first that fills a field; -1 if none does. */
static int
find_name_column (FyBatchFill *self)
{
  int first_field = -1;

  for (guint k = 0; self->columns[k] != NULL; k++)
    {
      const char *first = NULL;

      if (*self->columns[k] == '\0' || fy_template_lookup_field (self->template_, self->columns[k]) == NULL)
        continue;
      if (first_field < 0)
        first_field = (int) k;
      for (guint i = 0; i < self->rows->len; i++)
        {
          FyBatchRow *row = &g_array_index (self->rows, FyBatchRow, i);

          if (row->status != FY_BATCH_ROW_READY)
            continue;
          if (first == NULL)
            first = row->cells[k];
          else if (!g_str_equal (first, row->cells[k]))
            return (int) k;
        }
    }

  return first_field;
}

/* The stem of a row's output: its speaker, else its organisation, else
 * its cell in column @column (find_name_column()), else its line. */
static char *
make_base_name (FyBatchRow *row,
                int         column)
{
  const char *sources[] = { FY_FIELD_SPEAKER, FY_FIELD_ORGANISATION, NULL };

  if (column >= 0)
    sources[2] = row->cells[column];
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      const char *value = i < 2 ? g_hash_table_lookup (row->values, sources[i]) : sources[i];
      g_autofree char *base = value != NULL ? fy_file_name_make_safe (value, FY_FILE_NAME_MAX_CHARS) : NULL;

      if (base != NULL && *base != '\0')
        return g_steal_pointer (&base);
    }

  return g_strdup_printf ("line-%u", row->line);
}

/* A name not in @used: @base, else base-2, base-3 …  @next remembers
 * per base where to go on, so that a thousand rows with one speaker take
 * a thousand steps, not half a million. */
static char *
make_unique_name (const char *base,
                  GHashTable *used,
                  GHashTable *next)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (next, base));
  char *name;

  if (n == 0)
    {
      n = 2;
      name = g_strdup (base);
    }
  else
    name = g_strdup_printf ("%s-%u", base, n++);

  while (g_hash_table_contains (used, name))
    {
      g_free (name);
      name = g_strdup_printf ("%s-%u", base, n++);
    }

  g_hash_table_insert (next, g_strdup (base), GUINT_TO_POINTER (n));
  g_hash_table_add (used, name);

  return g_strdup (name);
}

/* Names the outputs of the table's valid rows, unique in the batch. */
static void
name_rows (FyBatchFill *self)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) next = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int column = find_name_column (self);

  for (guint i = 0; i < self->rows->len; i++)
    {
      FyBatchRow *row = &g_array_index (self->rows, FyBatchRow, i);
      g_autofree char *base = NULL;

      if (row->status != FY_BATCH_ROW_READY)
        continue;
      base = make_base_name (row, column);
      row->name = make_unique_name (base, used, next);
    }
}

/* Loading -------------------------------------------------------------------- */

static gboolean
read_header (FyBatchFill  *self,
             FyCsvReader  *reader,
             GError      **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  guint n_columns;
  guint n_used = 0;

  switch (fy_csv_reader_next_row (reader, &self->columns, &self->header_line, error))
    {
    case FY_CSV_ROW:
      break;

    case FY_CSV_END:
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("The table is empty; its first row must name the fields, such as 会议名称,发言人."));
      return FALSE;

    case FY_CSV_BAD_ROW:
    case FY_CSV_FATAL:
    default:
      return FALSE;
    }

  n_columns = g_strv_length (self->columns);
  for (guint i = 0; i < n_columns; i++)
    {
      g_strstrip (self->columns[i]);
      if (*self->columns[i] == '\0')
        continue;
      /* headed as the form labels it: 讲话人 is 发言人's column */
      {
        const FyFieldDef *def = fy_template_resolve_field (self->template_, self->columns[i]);

        if (def != NULL && strcmp (def->id, self->columns[i]) != 0)
          {
            g_free (self->columns[i]);
            self->columns[i] = g_strdup (def->id);
          }
      }

      for (guint j = 0; j < i; j++)
        if (strcmp (self->columns[i], self->columns[j]) == 0)
          {
            g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                         _("Line %1$u: the column “%2$s” appears twice; remove one."),
                         self->header_line, self->columns[i]);
            return FALSE;
          }

      /* By its name: the window's speech as a template has an id such
       * as user-20261207-044503-6e1c, which the clerk never saw. */
      if (fy_template_lookup_field (self->template_, self->columns[i]) == NULL)
        g_ptr_array_add (self->warnings,
                         g_strdup_printf (_("Line %1$u: the template “%2$s” has no field “%3$s”; "
                                            "that column is ignored."),
                                          self->header_line, fy_template_get_name (self->template_),
                                          self->columns[i]));
      else
        n_used++;
    }

  /* Every column ignored: as many copies of one speech as rows. */
  if (n_used == 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_FIELD,
                   _("None of the table’s columns is a field of “%s”, so every speech would be the same. "
                     "Its first row must name the fields, such as 会议名称,发言人; a speech typed "
                     "without a template has none."),
                   fy_template_get_name (self->template_));
      return FALSE;
    }

  /* A required field with no column would fail every row. */
  for (guint i = 0; i < fy_template_get_n_fields (self->template_); i++)
    {
      const FyFieldDef *def = fy_template_get_field (self->template_, i);

      if (def->required && def->default_value == NULL && def->kind != FY_FIELD_KIND_DATE
          && !g_strv_contains ((const char * const *) self->columns, def->id))
        g_ptr_array_add (missing, def->id);
    }
  if (missing->len > 0)
    {
      g_autofree char *names = NULL;

      g_ptr_array_add (missing, NULL);
      names = g_strjoinv (",", (char **) missing->pdata);
      g_set_error (error, FY_ERROR, FY_ERROR_FIELD,
                   _("The table has no column for the required fields %s; add them to its first row."),
                   names);
      return FALSE;
    }

  return TRUE;
}

/* Checks one row of cells and fills in @row. */
static void
take_row (FyBatchFill *self,
          FyBatchRow  *row,
          char       **cells)
{
  guint n_columns = g_strv_length (self->columns);
  guint n_cells = g_strv_length (cells);
  gboolean extra_empty = TRUE;
  g_autoptr(GError) error = NULL;

  /* Spreadsheets often leave empty cells past the last column. */
  for (guint i = n_columns; i < n_cells; i++)
    extra_empty &= *g_strstrip (cells[i]) == '\0';
  if (n_cells < n_columns || !extra_empty)
    {
      row->status = FY_BATCH_ROW_INVALID;
      row->message = g_strdup_printf (_("Line %1$u: the row has %2$u columns but the header has %3$u; "
                                        "it is skipped."),
                                      row->line, n_cells, n_columns);
      g_strfreev (cells);
      return;
    }

  /* Cells past the header's columns are empty: drop them. */
  for (guint i = n_columns; i < n_cells; i++)
    g_clear_pointer (&cells[i], g_free);
  row->cells = cells;

  row->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < n_columns; i++)
    if (*self->columns[i] != '\0' && fy_template_lookup_field (self->template_, self->columns[i]) != NULL)
      g_hash_table_insert (row->values, g_strdup (self->columns[i]), g_strdup (cells[i]));

  if (!fy_template_check_values (self->template_, row->values, &error))
    {
      row->status = FY_BATCH_ROW_INVALID;
      row->message = g_strdup_printf (_("Line %1$u: %2$s It is skipped."), row->line, error->message);
      return;
    }

  row->status = FY_BATCH_ROW_READY;
}

/* WPS and older Excel save plain “CSV” in the Windows code page, which for
 * Chinese is GBK; GB18030 is its superset (fy_text_to_utf8()). */
static char *
decode_table (FyBatchFill *self,
              const char  *data,
              gsize        length,
              gsize       *out_length)
{
  g_autofree char *converted = NULL;
  const char *encoding = NULL;

  converted = fy_text_to_utf8 (data, length, out_length, &encoding);
  if (converted == NULL)
    {
      /* The reader names the first line that is not UTF-8. */
      *out_length = length;
      return g_memdup2 (data, length + 1);
    }

  if (g_strcmp0 (encoding, "GB18030") == 0)
    g_ptr_array_add (self->warnings,
                     g_strdup (_("The table is not UTF-8; it was read as GB18030 (GBK). "
                                 "Save it as “CSV UTF-8” to be sure.")));
  else if (encoding != NULL)
    g_ptr_array_add (self->warnings,
                     g_strdup_printf (_("The table is not UTF-8; it was read as %s. "
                                        "Save it as “CSV UTF-8” to be sure."), encoding));

  return g_steal_pointer (&converted);
}

/**
 * fy_batch_fill_load_data:
 * @self: a batch fill with no table yet
 * @data: (array length=length): the table's bytes: CSV in UTF-8 (with or
 *   without a byte order mark) or GB18030/GBK
 * @length: their length
 * @error: return location for a #GError
 *
 * Reads and checks the whole table.  Fails, with nothing kept, when the
 * header is wrong (a column twice, no column for a required field) or the
 * table cannot be read to its end; a bad row only marks that row
 * %FY_BATCH_ROW_INVALID.
 *
 * Returns: %TRUE when the rows can be filled
 */
gboolean
fy_batch_fill_load_data (FyBatchFill  *self,
                         const char   *data,
                         gsize         length,
                         GError      **error)
{
  g_autoptr(FyCsvReader) reader = NULL;
  g_autofree char *text = NULL;
  gsize text_length = 0;

  g_return_val_if_fail (FY_IS_BATCH_FILL (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (self->columns == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = decode_table (self, data != NULL ? data : "", length, &text_length);
  reader = fy_csv_reader_new (text, text_length, error);
  if (reader == NULL || !read_header (self, reader, error))
    goto failed;

  for (;;)
    {
      g_autoptr(GError) row_error = NULL;
      FyBatchRow row = { 0 };
      char **cells = NULL;

      switch (fy_csv_reader_next_row (reader, &cells, &row.line, &row_error))
        {
        case FY_CSV_ROW:
          take_row (self, &row, cells);
          break;

        case FY_CSV_BAD_ROW:
          row.status = FY_BATCH_ROW_INVALID;
          row.message = g_strdup (row_error->message);
          break;

        case FY_CSV_FATAL:
          g_propagate_error (error, g_steal_pointer (&row_error));
          goto failed;

        case FY_CSV_END:
        default:
          name_rows (self);
          return TRUE;
        }

      g_array_append_val (self->rows, row);
    }

failed:
  g_clear_pointer (&self->columns, g_strfreev);
  g_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->warnings, 0);
  return FALSE;
}

/**
 * fy_batch_fill_load:
 * @self: a batch fill with no table yet
 * @table: a CSV file, as Excel or WPS export a sheet
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads @table with fy_batch_fill_load_data(); @table is then the input
 * that no output may overwrite.
 *
 * Returns: %TRUE when the rows can be filled
 */
gboolean
fy_batch_fill_load (FyBatchFill   *self,
                    GFile         *table,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (FY_IS_BATCH_FILL (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (table), FALSE);

  data = fy_file_load_text (table, FY_BATCH_FILL_MAX_TABLE_SIZE, &length, cancellable, error);
  if (data == NULL || !fy_batch_fill_load_data (self, data, length, error))
    return FALSE;

  g_set_object (&self->table, table);
  return TRUE;
}

/* Accessors ------------------------------------------------------------------ */

/**
 * fy_batch_fill_get_template:
 * @self: a batch fill
 *
 * Returns: (transfer none): the template each row fills
 */
FyTemplate *
fy_batch_fill_get_template (FyBatchFill *self)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL (self), NULL);

  return self->template_;
}

/**
 * fy_batch_fill_get_table:
 * @self: a batch fill
 *
 * Returns: (transfer none) (nullable): the file the table was read from
 */
GFile *
fy_batch_fill_get_table (FyBatchFill *self)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL (self), NULL);

  return self->table;
}

/**
 * fy_batch_fill_get_columns:
 * @self: a batch fill
 *
 * Returns: (transfer none) (nullable): the header's column names, trimmed
 */
const char * const *
fy_batch_fill_get_columns (FyBatchFill *self)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL (self), NULL);

  return (const char * const *) self->columns;
}

/**
 * fy_batch_fill_get_header_line:
 * @self: a batch fill
 *
 * Returns: the line of the header row, from 1 (0 before loading)
 */
guint
fy_batch_fill_get_header_line (FyBatchFill *self)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL (self), 0);

  return self->header_line;
}

/**
 * fy_batch_fill_get_warnings:
 * @self: a batch fill
 *
 * Returns: (transfer none) (element-type utf8): what loading noticed but
 *   did not stop at (a column no field has, a table read as GB18030)
 */
GPtrArray *
fy_batch_fill_get_warnings (FyBatchFill *self)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL (self), NULL);

  return self->warnings;
}

/**
 * fy_batch_fill_get_n_rows:
 * @self: a batch fill
 *
 * Returns: the number of rows below the header, invalid ones included
 */
guint
fy_batch_fill_get_n_rows (FyBatchFill *self)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL (self), 0);

  return self->rows->len;
}

/**
 * fy_batch_fill_get_row:
 * @self: a batch fill
 * @index: a row, from 0
 *
 * Returns: (transfer none): the row
 */
const FyBatchRow *
fy_batch_fill_get_row (FyBatchFill *self,
                       guint        index)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return &g_array_index (self->rows, FyBatchRow, index);
}

/**
 * fy_batch_fill_count:
 * @self: a batch fill
 * @status: a row status
 *
 * Returns: how many rows have @status
 */
guint
fy_batch_fill_count (FyBatchFill      *self,
                     FyBatchRowStatus  status)
{
  guint n = 0;

  g_return_val_if_fail (FY_IS_BATCH_FILL (self), 0);

  for (guint i = 0; i < self->rows->len; i++)
    n += g_array_index (self->rows, FyBatchRow, i).status == status;

  return n;
}

/**
 * fy_batch_fill_get_tally:
 * @self: a batch fill
 * @tally: (out caller-allocates): what the rows came to
 *
 * Counts the rows the way the summaries of `fayan-cli fill` and the batch
 * fill dialog say them: a document written without its PDF is still a
 * document written; a row is skipped when nothing was written for it.
 * Rows still ready (not run, or left by a cancel) count nowhere.
 */
void
fy_batch_fill_get_tally (FyBatchFill  *self,
                         FyBatchTally *tally)
{
  g_return_if_fail (FY_IS_BATCH_FILL (self));
  g_return_if_fail (tally != NULL);

  tally->n_partial = fy_batch_fill_count (self, FY_BATCH_ROW_PARTIAL);
  tally->n_unfinished = fy_batch_fill_count (self, FY_BATCH_ROW_UNFINISHED);
  tally->n_written = fy_batch_fill_count (self, FY_BATCH_ROW_WRITTEN)
                     + tally->n_partial + tally->n_unfinished;
  tally->n_skipped = fy_batch_fill_count (self, FY_BATCH_ROW_INVALID)
                     + fy_batch_fill_count (self, FY_BATCH_ROW_FAILED);
}

/**
 * fy_batch_fill_set_pdf:
 * @self: a batch fill
 * @pdf: whether each row also gets a PDF
 */
void
fy_batch_fill_set_pdf (FyBatchFill *self,
                       gboolean     pdf)
{
  g_return_if_fail (FY_IS_BATCH_FILL (self));

  self->pdf = !!pdf;
}

/**
 * fy_batch_fill_get_pdf:
 * @self: a batch fill
 *
 * Returns: whether each row also gets a PDF
 */
gboolean
fy_batch_fill_get_pdf (FyBatchFill *self)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL (self), FALSE);

  return self->pdf;
}

/**
 * fy_batch_fill_set_allow_incomplete:
 * @self: a batch fill
 * @allow: whether an unfinished draft gets its PDF too
 *
 * By default a row whose document is unfinished (guidance text left, a
 * field with no value) gets its document but no PDF, and becomes
 * %FY_BATCH_ROW_UNFINISHED.  With @allow, its PDF is written as well.
 */
void
fy_batch_fill_set_allow_incomplete (FyBatchFill *self,
                                    gboolean     allow)
{
  g_return_if_fail (FY_IS_BATCH_FILL (self));

  self->allow_incomplete = !!allow;
}

/**
 * fy_batch_fill_get_allow_incomplete:
 * @self: a batch fill
 *
 * Returns: whether unfinished drafts get their PDF too
 */
gboolean
fy_batch_fill_get_allow_incomplete (FyBatchFill *self)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL (self), FALSE);

  return self->allow_incomplete;
}

/**
 * fy_batch_fill_set_check_func:
 * @self: a batch fill
 * @func: (nullable): decides whether a row's document may be written
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data
 *
 * Sets the check each row's document passes before anything of it is
 * written, for example that it is no unfinished draft.  A row that fails
 * it becomes %FY_BATCH_ROW_FAILED with the check's message.
 */
void
fy_batch_fill_set_check_func (FyBatchFill          *self,
                              FyBatchFillCheckFunc  func,
                              gpointer              user_data,
                              GDestroyNotify        destroy)
{
  g_return_if_fail (FY_IS_BATCH_FILL (self));

  if (self->check_destroy != NULL)
    self->check_destroy (self->check_data);
  self->check_func = func;
  self->check_data = user_data;
  self->check_destroy = destroy;
}

/* Running -------------------------------------------------------------------- */

static void
set_row_failed (FyBatchRow       *row,
                FyBatchRowStatus  status,
                const char       *message)
{
  row->status = status;
  g_free (row->message);
  row->message = g_strdup_printf (_("Line %1$u: %2$s"), row->line, message);
}

static gboolean
write_pdf (FyBatchFill   *self,
           FyDocument    *document,
           GFile         *out,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(FyLayout) layout = NULL;
  g_autofree char *preset = NULL;

  /* Fail before typesetting when the PDF could not be written anyway. */
  if (!fy_file_check_destination (out, self->table, error))
    return FALSE;

  /* A new typesetter per row would load the fonts and set the
   * template's unchanged paragraphs again for every row. */
  preset = fy_environment_dup_preset_for (self->environment, document);
  if (self->typesetter == NULL || g_strcmp0 (preset, self->typesetter_preset) != 0)
    {
      g_clear_object (&self->typesetter);
      self->typesetter = fy_environment_new_typesetter (self->environment, document, NULL, error);
      if (self->typesetter == NULL)
        return FALSE;
      g_free (self->typesetter_preset);
      self->typesetter_preset = g_steal_pointer (&preset);
    }

  layout = fy_typesetter_layout (self->typesetter, document, cancellable, error);
  if (layout == NULL)
    return FALSE;

  /* Every row is set in the same faces: subset them once, with the
   * characters of the whole table, rather than again whenever a row
   * brings a new name. */
  if (!self->fonts_reserved)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < self->rows->len; i++)
        {
          FyBatchRow *row = &g_array_index (self->rows, FyBatchRow, i);

          for (guint c = 0; row->cells != NULL && row->cells[c] != NULL; c++)
            g_string_append (text, row->cells[c]);
        }
      fy_render_reserve_text (layout, text->str);
      self->fonts_reserved = TRUE;
    }

  return fy_render_pdf_file (layout, document, out, self->table, cancellable, error);
}

/* Makes and writes one ready row.  Returns FALSE only when cancelled. */
static gboolean
fill_row (FyBatchFill   *self,
          FyBatchRow    *row,
          GFile         *out_dir,
          GCancellable  *cancellable)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) out = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  document = fy_environment_instantiate (self->environment, self->template_, row->values, &error);
  if (document == NULL)
    {
      set_row_failed (row, FY_BATCH_ROW_FAILED, error->message);
      return TRUE;
    }

  problems = fy_template_check_document (self->template_, document);
  row->warnings = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (row->warnings,
                     g_strdup (((const FyFieldProblem *) g_ptr_array_index (problems, i))->message));

  if (self->check_func != NULL
      && !self->check_func (document, self->template_, self->check_data, &error))
    {
      set_row_failed (row, FY_BATCH_ROW_FAILED, error != NULL ? error->message : "");
      return TRUE;
    }

  basename = g_strconcat (row->name, ".fayan", NULL);
  out = g_file_get_child (out_dir, basename);
  data = fy_document_save_to_data (document, &length);
  if (!fy_file_write (out, data, length, self->table, FY_FILE_WRITE_DEFAULT, cancellable, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return FALSE;
      set_row_failed (row, FY_BATCH_ROW_FAILED, error->message);
      return TRUE;
    }

  if (self->pdf && !self->allow_incomplete)
    {
      g_autoptr(GPtrArray) places = fy_document_find_unfinished (document, self->template_);

      if (places->len > 0)
        {
          const FyUnfinished *first = g_ptr_array_index (places, 0);
          g_autofree char *summary = fy_unfinished_dup_summary (places);
          g_autofree char *message = NULL;

          /* TRANSLATORS: the first %s is a file name, the second a
           * count such as “3 places still to fill in”, the third what
           * the first of them is. */
          message = g_strdup_printf (_("%1$s was written, but not its PDF: the draft is unfinished (%2$s). %3$s"),
                                     basename, summary, first->message);
          set_row_failed (row, FY_BATCH_ROW_UNFINISHED, message);
          return TRUE;
        }
    }

  if (self->pdf)
    {
      g_autofree char *pdf_name = g_strconcat (row->name, ".pdf", NULL);
      g_autoptr(GFile) pdf_file = g_file_get_child (out_dir, pdf_name);

      if (!write_pdf (self, document, pdf_file, cancellable, &error))
        {
          g_autofree char *message = NULL;

          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              row->status = FY_BATCH_ROW_PARTIAL;
              return FALSE;
            }
          message = g_strdup_printf (_("%1$s was written, but not its PDF: %2$s"), basename, error->message);
          set_row_failed (row, FY_BATCH_ROW_PARTIAL, message);
          return TRUE;
        }
    }

  row->status = FY_BATCH_ROW_WRITTEN;
  return TRUE;
}

typedef void (*RowDoneFunc) (FyBatchFill *self,
                             guint        index,
                             gpointer     data);

static gboolean
run_rows (FyBatchFill   *self,
          GFile         *out_dir,
          RowDoneFunc    row_done,
          gpointer       row_done_data,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_file_make_directory_with_parents (out_dir, cancellable, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *name = g_file_get_parse_name (out_dir);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, FY_ERROR, FY_ERROR_WRITE, _("Could not create the folder “%1$s”: %2$s"),
                     name, local_error->message);
      return FALSE;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      FyBatchRow *row = &g_array_index (self->rows, FyBatchRow, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (row->status == FY_BATCH_ROW_READY && !fill_row (self, row, out_dir, cancellable))
        {
          row_done (self, i, row_done_data);
          return !g_cancellable_set_error_if_cancelled (cancellable, error);
        }
      row_done (self, i, row_done_data);
    }

  return TRUE;
}

static void
emit_row_done (FyBatchFill *self,
               guint        index,
               gpointer     data)
{
  g_signal_emit (self, signals[SIGNAL_ROW_DONE], 0, index);
}

/**
 * fy_batch_fill_run:
 * @self: a loaded batch fill
 * @out_dir: the folder to write into (created if needed)
 * @cancellable: (nullable): a #GCancellable; rows not yet begun stay
 *   %FY_BATCH_ROW_READY
 * @error: return location for a #GError
 *
 * Makes and writes a document (and a PDF, see fy_batch_fill_set_pdf())
 * for each ready row, in order, emitting #FyBatchFill::row-done after
 * each row.  A row that fails does not stop the others.
 *
 * Returns: %FALSE when the folder cannot be made or the run was cancelled
 */
gboolean
fy_batch_fill_run (FyBatchFill   *self,
                   GFile         *out_dir,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (out_dir), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_rows (self, out_dir, emit_row_done, NULL, cancellable, error);
}

typedef struct
{
  FyBatchFill *self;
  guint index;
} RowDone;

static gboolean
row_done_in_owner (gpointer data)
{
  RowDone *done = data;

  g_signal_emit (done->self, signals[SIGNAL_ROW_DONE], 0, done->index);
  return G_SOURCE_REMOVE;
}

static void
row_done_free (gpointer data)
{
  RowDone *done = data;

  g_object_unref (done->self);
  g_free (done);
}

static void
post_row_done (FyBatchFill *self,
               guint        index,
               gpointer     data)
{
  GMainContext *context = data;
  RowDone *done = g_new0 (RowDone, 1);

  done->self = g_object_ref (self);
  done->index = index;
  g_main_context_invoke_full (context, G_PRIORITY_DEFAULT, row_done_in_owner, done, row_done_free);
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  FyBatchFill *self = source_object;
  GFile *out_dir = task_data;
  GError *error = NULL;

  if (run_rows (self, out_dir, post_row_done, g_task_get_context (task), cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * fy_batch_fill_run_async:
 * @self: a loaded batch fill
 * @out_dir: the folder to write into (created if needed)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the run is over
 * @user_data: data for @callback
 *
 * fy_batch_fill_run() in a worker thread; #FyBatchFill::row-done is
 * emitted in the thread-default main context of the caller, before
 * @callback.  The template must not change until then.
 */
void
fy_batch_fill_run_async (FyBatchFill         *self,
                         GFile               *out_dir,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FY_IS_BATCH_FILL (self));
  g_return_if_fail (G_IS_FILE (out_dir));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fy_batch_fill_run_async);
  /* Rows are posted at default priority: the result comes after them. */
  g_task_set_priority (task, G_PRIORITY_LOW);
  g_task_set_task_data (task, g_object_ref (out_dir), g_object_unref);
  g_task_run_in_thread (task, run_in_thread);
}

/**
 * fy_batch_fill_run_finish:
 * @self: a batch fill
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: as fy_batch_fill_run()
 */
gboolean
fy_batch_fill_run_finish (FyBatchFill   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* fy-batch-fill.h — one document (and PDF) per row of a table, for the CLI and the GUI
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-document.h"
#include "fy-environment.h"
#include "fy-template.h"

G_BEGIN_DECLS

/* A table of speakers is a few KiB; this only stops a wrong file. */
#define FY_BATCH_FILL_MAX_TABLE_SIZE (16 * 1024 * 1024)

/**
 * FyBatchRowStatus:
 * @FY_BATCH_ROW_READY: the row is valid and waits to be written
 * @FY_BATCH_ROW_INVALID: the row cannot make a document (wrong number of
 *   columns, a required value missing); it is skipped
 * @FY_BATCH_ROW_WRITTEN: its document (and PDF, when asked) was written
 * @FY_BATCH_ROW_PARTIAL: its document was written but not its PDF
 * @FY_BATCH_ROW_FAILED: nothing was written for it (refused by the check
 *   function, a file that could not be written)
 * @FY_BATCH_ROW_UNFINISHED: its document was written but, being an
 *   unfinished draft (guidance text left, a field empty), not its PDF
 */
typedef enum
{
  FY_BATCH_ROW_READY,
  FY_BATCH_ROW_INVALID,
  FY_BATCH_ROW_WRITTEN,
  FY_BATCH_ROW_PARTIAL,
  FY_BATCH_ROW_FAILED,
  FY_BATCH_ROW_UNFINISHED,
} FyBatchRowStatus;

/**
 * FyBatchRow:
 * @line: the line of the table the row starts on, from 1
 * @cells: the row's cells, one per column of the header (%NULL for a row
 *   with the wrong number of columns)
 * @values: field id → value, for the columns that name a field
 * @name: the output file name without suffix, unique in the batch (%NULL
 *   for an invalid row)
 * @status: what became of the row
 * @message: (nullable): why it was skipped or failed, in a sentence
 * @warnings: the field problems of its document (strings), which do not
 *   stop it
 *
 * One row of the table.  Read it only from the thread that owns the
 * #FyBatchFill, after #FyBatchFill::row-done for it.
 */
typedef struct
{
  guint             line;
  char            **cells;
  GHashTable       *values;
  char             *name;
  FyBatchRowStatus  status;
  char             *message;
  GPtrArray        *warnings;
} FyBatchRow;

/**
 * FyBatchFillCheckFunc:
 * @document: the row's new document
 * @template_: the template it was made from
 * @user_data: the data given with the function
 * @error: return location for a #GError saying what is unfinished
 *
 * Decides whether a row's document is finished enough to be written (for
 * example no guidance text left, no required field empty).  Called in the
 * thread that runs the fill.
 *
 * Returns: %TRUE to write the row, %FALSE (with @error) to skip it
 */
typedef gboolean (*FyBatchFillCheckFunc) (FyDocument  *document,
                                          FyTemplate  *template_,
                                          gpointer     user_data,
                                          GError     **error);

/**
 * FyBatchTally:
 * @n_written: rows whose document was written, with or without its PDF
 * @n_partial: of those, the rows whose PDF could not be written
 * @n_unfinished: of those, the unfinished drafts that got no PDF
 * @n_skipped: rows nothing was written for (invalid or failed)
 *
 * What a run came to, as both front ends report it in their summary.
 */
typedef struct
{
  guint n_written;
  guint n_partial;
  guint n_unfinished;
  guint n_skipped;
} FyBatchTally;

#define FY_TYPE_BATCH_FILL (fy_batch_fill_get_type ())

G_DECLARE_FINAL_TYPE (FyBatchFill, fy_batch_fill, FY, BATCH_FILL, GObject)

FyBatchFill      *fy_batch_fill_new             (FyEnvironment        *environment,
                                                 FyTemplate           *template_);
gboolean          fy_batch_fill_load            (FyBatchFill          *self,
                                                 GFile                *table,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
gboolean          fy_batch_fill_load_data       (FyBatchFill          *self,
                                                 const char           *data,
                                                 gsize                 length,
                                                 GError              **error);

FyTemplate       *fy_batch_fill_get_template    (FyBatchFill          *self);
GFile            *fy_batch_fill_get_table       (FyBatchFill          *self);
const char * const *fy_batch_fill_get_columns   (FyBatchFill          *self);
guint             fy_batch_fill_get_header_line (FyBatchFill          *self);
GPtrArray        *fy_batch_fill_get_warnings    (FyBatchFill          *self);
guint             fy_batch_fill_get_n_rows      (FyBatchFill          *self);
const FyBatchRow *fy_batch_fill_get_row         (FyBatchFill          *self,
                                                 guint                 index);
guint             fy_batch_fill_count           (FyBatchFill          *self,
                                                 FyBatchRowStatus      status);
void              fy_batch_fill_get_tally       (FyBatchFill          *self,
                                                 FyBatchTally         *tally);

void              fy_batch_fill_set_pdf         (FyBatchFill          *self,
                                                 gboolean              pdf);
gboolean          fy_batch_fill_get_pdf         (FyBatchFill          *self);
void              fy_batch_fill_set_allow_incomplete (FyBatchFill     *self,
                                                 gboolean              allow);
gboolean          fy_batch_fill_get_allow_incomplete (FyBatchFill     *self);
void              fy_batch_fill_set_check_func  (FyBatchFill          *self,
                                                 FyBatchFillCheckFunc  func,
                                                 gpointer              user_data,
                                                 GDestroyNotify        destroy);

gboolean          fy_batch_fill_run             (FyBatchFill          *self,
                                                 GFile                *out_dir,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
void              fy_batch_fill_run_async       (FyBatchFill          *self,
                                                 GFile                *out_dir,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean          fy_batch_fill_run_finish      (FyBatchFill          *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);

G_END_DECLS

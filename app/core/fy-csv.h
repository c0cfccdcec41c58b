/* fy-csv.h — a bounded RFC 4180 CSV reader for batch filling of templates
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Limits: a spreadsheet of speakers is a few KiB; these only stop a
 * malformed or hostile file from taking all memory. */
#define FY_CSV_MAX_FIELD_SIZE   (64 * 1024)
#define FY_CSV_MAX_ROW_SIZE     (1024 * 1024)
#define FY_CSV_MAX_COLUMNS      256
/* Rows below the first (the header row). */
#define FY_CSV_MAX_ROWS         100000

typedef struct _FyCsvReader FyCsvReader;

/**
 * FyCsvResult:
 * @FY_CSV_ROW: a row was read
 * @FY_CSV_END: no more rows
 * @FY_CSV_BAD_ROW: this row is broken (too long, too many columns); the
 *   reader has skipped it and can go on with the next one
 * @FY_CSV_FATAL: the rest of the input cannot be read (an unterminated
 *   quote, too many rows)
 */
typedef enum
{
  FY_CSV_ROW,
  FY_CSV_END,
  FY_CSV_BAD_ROW,
  FY_CSV_FATAL,
} FyCsvResult;

FyCsvReader *fy_csv_reader_new      (const char   *data,
                                     gsize         length,
                                     GError      **error);
void         fy_csv_reader_free     (FyCsvReader  *self);
FyCsvResult  fy_csv_reader_next_row (FyCsvReader  *self,
                                     char       ***fields,
                                     guint        *line,
                                     GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyCsvReader, fy_csv_reader_free)

G_END_DECLS

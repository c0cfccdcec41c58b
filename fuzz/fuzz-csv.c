/* fuzz-csv.c — the batch-fill CSV reader on arbitrary bytes
 *
 * Every row read must respect the reader's limits, every call must make
 * progress, and the reader must end (FY_CSV_END or FY_CSV_FATAL).
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-fuzz"

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fy-csv.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(FyCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  guint last_line = 0;

  fuzz_init ();

  reader = fy_csv_reader_new (size > 0 ? (const char *) data : "", size, &error);
  if (reader == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }

  /* Each row or skipped row consumes at least one byte, bar the last. */
  for (gsize calls = 0; ; calls++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(GError) row_error = NULL;
      guint line = 0;
      FyCsvResult result;

      fuzz_check (calls <= size + 1);

      result = fy_csv_reader_next_row (reader, &fields, &line, &row_error);
      switch (result)
        {
        case FY_CSV_ROW:
          fuzz_check (row_error == NULL);
          fuzz_check (fields != NULL);
          fuzz_check (g_strv_length (fields) <= FY_CSV_MAX_COLUMNS);
          for (guint i = 0; fields[i] != NULL; i++)
            {
              fuzz_check (strlen (fields[i]) <= FY_CSV_MAX_FIELD_SIZE);
              fuzz_check (g_utf8_validate (fields[i], -1, NULL));
            }
          fuzz_check (line >= last_line);
          last_line = line;
          break;

        case FY_CSV_BAD_ROW:
          fuzz_check_error (row_error);
          fuzz_check (line >= last_line);
          last_line = line;
          break;

        case FY_CSV_FATAL:
          fuzz_check_error (row_error);
          return 0;

        case FY_CSV_END:
          fuzz_check (row_error == NULL);
          return 0;

        default:
          fuzz_fail ("unknown result", NULL);
        }
    }
}

/* lint-fields.c — proofreading one line full of field references
 *
 * Usage: lint-fields [FIELDS] [REPEATS]
 *
 * Prints the CPU time of fy_lint_text() on one pasted line that holds
 * FIELDS references (default 20 000), {{单位1}}、{{单位2}}、…, and on the
 * same line with half as many, so that the figures show how the time
 * grows with the line: twice the line should take about twice the time.
 * Medians over REPEATS (default 5); CPU time, not wall time, so a loaded
 * machine changes the figures less.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "bench-utils.h"
#include "fayan-core.h"

static char *
line_of_fields (guint n_fields)
{
  GString *line = g_string_new ("请");

  for (guint i = 0; i < n_fields; i++)
    g_string_append_printf (line, "%s{{单位%u}}", i > 0 ? "、" : "", i + 1);
  g_string_append (line, "按时报送材料。");
  return g_string_free (line, FALSE);
}

static double
median_lint_ms (FyLint     *lint,
                const char *line,
                guint       repeats,
                guint      *n_found)
{
  g_autofree double *times = g_new0 (double, repeats);

  for (guint r = 0; r < repeats; r++)
    {
      double t0 = bench_cpu_now_ms ();
      g_autoptr(GPtrArray) found = fy_lint_text (lint, line, -1);

      times[r] = bench_cpu_now_ms () - t0;
      *n_found = found->len;
    }
  return bench_median (times, repeats);
}

int
main (int   argc,
      char *argv[])
{
  guint n_fields = argc > 1 ? (guint) atoi (argv[1]) : 20000;
  guint repeats = argc > 2 ? (guint) atoi (argv[2]) : 5;
  g_autoptr(FyLint) lint = NULL;

  if (n_fields < 2 || repeats == 0)
    {
      fprintf (stderr, "usage: lint-fields [FIELDS] [REPEATS]\n");
      return 2;
    }

  fy_core_init ();
  lint = fy_lint_new ();
  fy_lint_set_check_fonts (lint, FALSE);
  for (guint n = n_fields / 2; n <= n_fields; n *= 2)
    {
      g_autofree char *line = line_of_fields (n);
      guint n_found = 0;
      double ms = median_lint_ms (lint, line, repeats, &n_found);

      printf ("one line of %u fields (%ld characters), CPU ms (median of %u): fy_lint_text %.1f (%u findings)\n",
              n, g_utf8_strlen (line, -1), repeats, ms, n_found);
    }
  return 0;
}

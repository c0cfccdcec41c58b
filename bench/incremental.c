/* incremental.c — cold layout, and re-layout after single-paragraph edits
 *
 * Usage: incremental IN.md [EDITS]
 *
 * Prints the cold layout (a new typesetter, nothing cached), a second
 * layout of the unchanged document (everything cached: pagination only),
 * and EDITS (default 101) re-layouts each after one edit to a paragraph
 * picked at random with a fixed seed, as p50/p99/max.  Feed it an input
 * whose paragraphs are all different (build-aux/bench makes one), or the
 * cache hides the shaping a real document needs.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "bench-document.h"
#include "fayan-core.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
layout_ms (FyTypesetter *typesetter,
           FyDocument   *document,
           guint        *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLayout) layout = NULL;
  gint64 t0 = g_get_monotonic_time ();

  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  if (layout == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      exit (1);
    }
  if (n_pages != NULL)
    *n_pages = fy_layout_get_n_pages (layout);
  return (g_get_monotonic_time () - t0) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyStyle) style = NULL;
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261204);
  g_autofree double *times = NULL;
  guint n_edits = argc > 2 ? (guint) atoi (argv[2]) : 101;
  guint n_blocks, n_pages = 0;
  double cold, warm;

  if (argc < 2 || n_edits == 0)
    {
      fprintf (stderr, "usage: incremental IN.md [EDITS]\n");
      return 2;
    }

  fy_core_init ();
  document = bench_import_or_exit (argv[1]);
  style = fy_style_new_from_preset ("gbt9704", &error);
  typesetter = fy_typesetter_new (style);

  cold = layout_ms (typesetter, document, &n_pages);
  warm = layout_ms (typesetter, document, NULL);

  n_blocks = fy_document_get_n_blocks (document);
  times = g_new (double, n_edits);
  for (guint i = 0; i < n_edits; i++)
    {
      FyBlock *block = fy_document_get_block (document, g_rand_int_range (rand, 1, n_blocks));
      g_autofree char *text = fy_block_dup_text (block);
      g_autofree char *edited = g_strdup_printf ("%s新%u", text, i);

      fy_block_set_text (block, edited);
      times[i] = layout_ms (typesetter, document, NULL);
    }
  qsort (times, n_edits, sizeof (double), compare_doubles);
  printf ("%6u pages  cold %8.1f ms  unchanged %7.1f ms  one paragraph edited: "
          "p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms (%u edits)\n",
          n_pages, cold, warm, times[n_edits / 2],
          times[MIN (n_edits - 1, (guint) (n_edits * 0.99))], times[n_edits - 1], n_edits);
  return 0;
}

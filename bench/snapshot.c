/* snapshot.c — what a worker's view of the document costs the main thread
 *
 * Usage: snapshot IN.md [REPEATS]
 *
 * Prints the CPU time of fy_document_copy() (what every background
 * layout, proofreading pass and recovery copy cost before FySource), of
 * a first snapshot (every block's record made), of a snapshot after one
 * paragraph was edited (one record made, the rest shared), and of
 * fy_source_dup_document() (what the recovery worker now does off the
 * main thread).  Then the proofreading worker's share: a full check of
 * the snapshot, and the check after one edit by a linter that checked
 * the snapshot before (it checks again only the changed block and those
 * the change affects).  Medians over REPEATS (default 21); CPU time, not
 * wall time, so a loaded machine changes the figures less.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "bench-document.h"
#include "bench-utils.h"
#include "fayan-core.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(FyDocument) document = NULL;
  guint repeats = argc > 2 ? (guint) atoi (argv[2]) : 21;
  g_autofree double *copy = NULL;
  g_autofree double *first = NULL;
  g_autofree double *edited = NULL;
  g_autofree double *back = NULL;
  g_autofree double *lint_full = NULL;
  g_autofree double *lint_edit = NULL;
  guint n_blocks;

  if (argc < 2 || repeats == 0)
    {
      fprintf (stderr, "usage: snapshot IN.md [REPEATS]\n");
      return 2;
    }

  fy_core_init ();
  document = bench_import_or_exit (argv[1]);
  n_blocks = fy_document_get_n_blocks (document);
  copy = g_new0 (double, repeats);
  first = g_new0 (double, repeats);
  edited = g_new0 (double, repeats);
  back = g_new0 (double, repeats);
  lint_full = g_new0 (double, repeats);
  lint_edit = g_new0 (double, repeats);

  for (guint r = 0; r < repeats; r++)
    {
      /* two copies whose blocks hold no records yet */
      g_autoptr(FyDocument) fresh = fy_document_copy (document);
      g_autoptr(FyDocument) other = fy_document_copy (document);
      g_autoptr(FyDocument) copied = NULL;
      g_autoptr(FySource) cold = NULL;
      g_autoptr(FySource) warm = NULL;
      g_autoptr(FyDocument) made = NULL;
      g_autoptr(FyLint) lint = fy_lint_new ();
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(GPtrArray) found_again = NULL;
      FyBlock *block = fy_document_get_block (fresh, (r * 7919) % n_blocks);
      g_autofree char *text = fy_block_dup_text (block);
      g_autofree char *typed = g_strconcat (text, "字", NULL);
      double t0;

      t0 = bench_cpu_now_ms ();
      copied = fy_document_copy (other);
      copy[r] = bench_cpu_now_ms () - t0;

      /* @fresh's blocks have no records yet: the first snapshot */
      t0 = bench_cpu_now_ms ();
      cold = fy_source_new (fresh);
      first[r] = bench_cpu_now_ms () - t0;

      /* as the window's worker does */
      fy_lint_set_check_fonts (lint, FALSE);
      t0 = bench_cpu_now_ms ();
      found = fy_lint_source (lint, cold);
      lint_full[r] = bench_cpu_now_ms () - t0;

      fy_block_set_text (block, typed);
      t0 = bench_cpu_now_ms ();
      warm = fy_source_new (fresh);
      edited[r] = bench_cpu_now_ms () - t0;

      t0 = bench_cpu_now_ms ();
      found_again = fy_lint_source (lint, warm);
      lint_edit[r] = bench_cpu_now_ms () - t0;

      t0 = bench_cpu_now_ms ();
      made = fy_source_dup_document (warm);
      back[r] = bench_cpu_now_ms () - t0;
    }

  printf ("%u blocks, CPU ms (median of %u): fy_document_copy %.3f, first snapshot %.3f, "
          "snapshot after one edit %.3f, fy_source_dup_document %.3f\n",
          n_blocks, repeats, bench_median (copy, repeats), bench_median (first, repeats),
          bench_median (edited, repeats), bench_median (back, repeats));
  printf ("proofreading, CPU ms (median of %u): full check %.3f, check after one edit %.3f\n",
          repeats, bench_median (lint_full, repeats), bench_median (lint_edit, repeats));
  return 0;
}

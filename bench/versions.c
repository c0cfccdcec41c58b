/* versions.c — fifty versions of a long speech: file size, open, save, compare
 *
 * Usage: versions IN.md [ROUNDS]
 *
 * Makes ROUNDS (default 50) versions of the document, each round editing
 * a few paragraphs the way drafters do (a word replaced, a sentence cut,
 * a paragraph moved, a field changed), then prints the size of the .fayan
 * with all versions against the plain document and against full copies,
 * the median time to open and to save it, and the median time to compare
 * the first round with the last and two consecutive rounds.  Feed it
 * build-aux/bench's ~70-page input (the seed ×20).
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-utils.h"
#include "fayan-core.h"

#define REPEATS 5

/* One round of edits, the same for every run (fixed seed). */
static void
edit_round (FyDocument *document,
            GRand      *rand,
            guint       round)
{
  guint n_blocks = fy_document_get_n_blocks (document);
  g_autofree char *value = g_strdup_printf ("第%u次会议", round);

  for (guint e = 0; e < 3; e++)
    {
      FyBlock *block = fy_document_get_block (document, g_rand_int_range (rand, 1, n_blocks));
      g_autofree char *text = fy_block_dup_text (block);
      g_autofree char *edited = NULL;
      char *at = strstr (text, "提高");

      if (at == NULL)
        at = strstr (text, "工作");
      if (at != NULL && e < 2)
        {
          /* A word replaced. */
          *at = '\0';
          edited = g_strconcat (text, "提升", at + strlen ("提高"), NULL);
        }
      else
        {
          /* The first sentence cut. */
          char *stop = strstr (text, "。");

          edited = stop != NULL && stop[strlen ("。")] != '\0'
            ? g_strdup (stop + strlen ("。")) : g_strconcat (text, "（补充）", NULL);
        }
      fy_block_set_text (block, edited);
    }

  fy_document_move_blocks (document, g_rand_int_range (rand, 1, n_blocks), 1,
                           g_rand_int_range (rand, 1, n_blocks - 1));
  fy_document_set_field_value (document, "会议", value);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (15);
  g_autofree char *source = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *data = NULL;
  gsize source_length = 0, plain_length = 0, length = 0, copies_length = 0;
  guint rounds = argc > 2 ? (guint) atoi (argv[2]) : 50;
  double open_ms[REPEATS], save_ms[REPEATS], far_ms[REPEATS], near_ms[REPEATS], far_cpu[REPEATS];
  guint n_changes_far = 0, n_changes_near = 0;

  if (argc < 2 || rounds < 2)
    {
      fprintf (stderr, "usage: versions IN.md [ROUNDS ≥ 2]\n");
      return 2;
    }

  fy_core_init ();
  if (!g_file_get_contents (argv[1], &source, &source_length, &error) ||
      (document = fy_import_markdown (source, source_length, &error)) == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  plain = fy_document_save_to_data (document, &plain_length);
  for (guint r = 1; r <= rounds; r++)
    {
      g_autofree char *name = g_strdup_printf ("第%u稿", r);
      g_autofree char *copy = NULL;
      gsize copy_length = 0;

      edit_round (document, rand, r);
      fy_document_save_version (document, name, "起草组", NULL);
      copy = fy_document_save_to_data (document, &copy_length);
      copies_length += copy_length;
    }

  for (guint k = 0; k < REPEATS; k++)
    {
      g_autoptr(FyDocument) loaded = NULL;
      gint64 t0 = g_get_monotonic_time ();

      g_clear_pointer (&data, g_free);
      data = fy_document_save_to_data (document, &length);
      save_ms[k] = (g_get_monotonic_time () - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      loaded = fy_document_load_from_data (data, length, &error);
      open_ms[k] = (g_get_monotonic_time () - t0) / 1000.0;
      if (loaded == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }

  for (guint k = 0; k < REPEATS; k++)
    {
      FyDocument *first = fy_version_get_snapshot (fy_document_get_version (document, 0));
      FyDocument *last = fy_version_get_snapshot (fy_document_get_version (document, rounds - 1));
      FyDocument *before_last = fy_version_get_snapshot (fy_document_get_version (document, rounds - 2));
      g_autoptr(FyComparison) far = NULL;
      g_autoptr(FyComparison) near = NULL;
      gint64 t0 = g_get_monotonic_time ();
      double c0 = bench_cpu_now_ms ();

      far = fy_comparison_new (first, last);
      far_ms[k] = (g_get_monotonic_time () - t0) / 1000.0;
      far_cpu[k] = bench_cpu_now_ms () - c0;
      t0 = g_get_monotonic_time ();
      near = fy_comparison_new (before_last, last);
      near_ms[k] = (g_get_monotonic_time () - t0) / 1000.0;
      n_changes_far = fy_comparison_get_n_changes (far);
      n_changes_near = fy_comparison_get_n_changes (near);
    }

  printf ("%u blocks, %u versions: file %.0f KiB (the document alone %.0f KiB, "
          "%u full copies %.0f KiB)\n",
          fy_document_get_n_blocks (document), rounds, length / 1024.0, plain_length / 1024.0,
          rounds, copies_length / 1024.0);
  printf ("  open %.1f ms, save %.1f ms (medians of %d)\n",
          bench_median (open_ms, REPEATS), bench_median (save_ms, REPEATS), REPEATS);
  printf ("  compare first/last %.1f ms (%.1f ms CPU; %u changes), last two %.1f ms (%u changes)\n",
          bench_median (far_ms, REPEATS), bench_median (far_cpu, REPEATS), n_changes_far, bench_median (near_ms, REPEATS), n_changes_near);
  return 0;
}

/* incremental.c — time a full layout and a re-layout after one edited paragraph
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "fayan-core.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyStyle) style = NULL;
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLayout) layout = NULL;
  double times[21];
  gint64 t0;
  guint n_blocks, target;

  if (argc != 2)
    {
      fprintf (stderr, "usage: incremental IN.md\n");
      return 2;
    }

  fy_core_init ();
  file = g_file_new_for_commandline_arg (argv[1]);
  document = fy_import_file (file, NULL, &error);
  if (document == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  style = fy_style_new_from_preset ("gbt9704", &error);
  typesetter = fy_typesetter_new (style);

  t0 = g_get_monotonic_time ();
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  printf ("pages %u  full layout %.1f ms", fy_layout_get_n_pages (layout),
          (g_get_monotonic_time () - t0) / 1000.0);

  n_blocks = fy_document_get_n_blocks (document);
  target = n_blocks / 2;
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      FyBlock *block = fy_document_get_block (document, target);
      g_autofree char *text = fy_block_dup_text (block);
      g_autofree char *edited = g_strdup_printf ("%s新%u", text, i);
      FyLayout *again;

      fy_block_set_text (block, edited);
      t0 = g_get_monotonic_time ();
      again = fy_typesetter_layout (typesetter, document, NULL, &error);
      times[i] = (g_get_monotonic_time () - t0) / 1000.0;
      fy_layout_unref (again);
    }
  qsort (times, G_N_ELEMENTS (times), sizeof (double), compare_doubles);
  printf ("  one paragraph edited: median %.2f ms, max %.2f ms\n",
          times[G_N_ELEMENTS (times) / 2], times[G_N_ELEMENTS (times) - 1]);
  return 0;
}

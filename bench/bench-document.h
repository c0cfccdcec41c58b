/* bench-document.h — the document a benchmark tool measures
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>
#include <stdlib.h>

#include "fayan-core.h"

/* @path imported as the GUI would import it (Markdown, text, .docx); a
 * file that cannot be read ends the tool with status 1. */
static inline FyDocument *
bench_import_or_exit (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  FyDocument *document = fy_import_file (file, NULL, &error);

  if (document == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      exit (1);
    }

  return document;
}

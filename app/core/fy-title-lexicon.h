/* fy-title-lexicon.h — (private) a title cut into dictionary words
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One word of a title: bytes [start, end) of the text and its part of
 * speech in the dictionary's tags (n, vn, v, p, uj …; "x" for a mark or
 * a character the dictionary does not know, "eng" for Latin and digits). */
typedef struct
{
  guint start;
  guint end;
  char  tag[6];
} FyTitleWord;

gboolean  fy_title_lexicon_available   (void);
GArray   *fy_title_lexicon_segment     (const char *text);
void      fy_title_lexicon_set_enabled (gboolean    enabled);

G_END_DECLS

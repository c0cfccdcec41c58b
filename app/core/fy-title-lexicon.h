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

/* The dictionary: title-lexicon.bin, mapped once per process. */
typedef struct _FyTitleLexicon FyTitleLexicon;

/* The dictionary the library found (see fy-title-lexicon.c), owned by
 * it, or NULL where there is none: titles are then cut by ICU's words. */
const FyTitleLexicon *fy_title_lexicon_get_default (void);
/* The words of @text in order, or NULL where @lexicon is NULL. */
GArray               *fy_title_lexicon_segment     (const FyTitleLexicon *lexicon,
                                                    const char           *text);
/* Whether the @len bytes at @word are one of @lexicon's words. */
gboolean              fy_title_lexicon_has_word    (const FyTitleLexicon *lexicon,
                                                    const char           *word,
                                                    gsize                 len);

G_END_DECLS

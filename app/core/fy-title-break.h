/* fy-title-break.h — (private) where a title may break: phrases, not words
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "fy-title-lexicon.h"
#include "fy-title-model.h"

G_BEGIN_DECLS

#define FY_TITLE_NO_BREAK (-1)
/* The price of a break before 的 and the title's kind (……上|的讲话) and of
 * no other: a last line so broken may be short. */
#define FY_TITLE_GENRE_BREAK 0

/* What fy_title_break_relax() asks for a break the rules forbade. */
#define FY_TITLE_RELAXED_WORD 40
#define FY_TITLE_RELAXED_CHAR 70

void  fy_title_break_relax     (const char           *text,
                                const guint          *offsets,
                                guint                 n,
                                const FyTitleLexicon *lexicon,
                                int                  *penalties);
/* The price of a break before each of @text's @n byte @offsets
 * (FY_TITLE_NO_BREAK where the rules forbid it): the rules' own, moved by
 * @model's learned weights unless @model is NULL.  @text is cut into
 * @lexicon's words (fy_title_lexicon_get_default()), or ICU's where
 * @lexicon is NULL. */
void  fy_title_break_penalties (const char           *text,
                                const guint          *offsets,
                                guint                 n,
                                const FyTitleLexicon *lexicon,
                                const FyTitleModel   *model,
                                int                  *penalties);

/* The rules' own prices of @text's breaks, the learned model left out,
 * and in @features each break's features (fy-title-model.h), NULL
 * where the rules forbid the break or price it 0: what
 * data/titles/title-model.py trains on (tests/title-dump.c). */
void  fy_title_break_features  (const char           *text,
                                const guint          *offsets,
                                guint                 n,
                                const FyTitleLexicon *lexicon,
                                int                  *penalties,
                                GPtrArray           **features);

G_END_DECLS

/* test-grid-titles.h — the parts of test-grid-titles
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "fy-title-break.h"
#include "fy-title-lexicon.h"

G_BEGIN_DECLS

/* Register the unit tests of the title breaker's rules: chunks, the
 * relaxed pass, words and the dictionary (test-grid-title-rules.c), and
 * names and terms (test-grid-title-names.c).  The labelled sets are
 * test-grid-titles.c's own. */
void fy_test_add_title_rules (void);
void fy_test_add_title_names (void);
/* the learned prices (test-grid-title-model.c) */
void fy_test_add_title_model (void);

/* One break the unit tests price: the break before character @at of
 * @title may cost from @least to @most (FY_TEST_NO_BREAK: the rules
 * forbid it).  @label shows it, "市委|第二巡察组"; where it quotes the
 * text on both sides of a single "|" (no "…"), it must be what stands
 * there. */
typedef struct
{
  const char *title;
  glong       at;
  int         least;
  int         most;
  const char *label;
} FyTitleBreakCheck;

#define FY_TEST_NO_BREAK FY_TITLE_NO_BREAK, FY_TITLE_NO_BREAK

/* Asserts each of @checks with @lexicon's words (ICU's where NULL),
 * naming the title, the break and its price where one fails. */
void fy_test_check_title_breaks (const FyTitleLexicon    *lexicon,
                                 const FyTitleBreakCheck *checks,
                                 gsize                    n_checks);

/* The price of a break before each character of @text with @lexicon's
 * words, @relaxed as for a name longer than a line
 * (fy_title_break_relax()); free it with g_free(). */
int *fy_test_title_prices (const FyTitleLexicon *lexicon,
                           const char           *text,
                           gboolean              relaxed);

/* The lines of @text set as a title with @preset, joined by " / ". */
char *fy_test_title_lines (const char *text,
                           const char *preset);

G_END_DECLS

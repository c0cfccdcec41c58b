/* fy-title-contested.c — (private) the boundaries careful judges disagree on
 *
 * Part of the title breaker (fy-title-break.c).  Judges who label each
 * other's sets agree on 90 to 98 % of the boundaries, and where they
 * differ they differ by convention, the same in every pair measured
 * (sessions 16 to 18): one accepts 市政协|十二届四次会议, another never
 * parts a body from its own session.  A break at such a boundary is
 * right under some judges only; a break at a boundary every judge marks
 * is right under all.  So a contested boundary is not forbidden but
 * costs more (FY_TITLE_CONTESTED_PRICE, as much as 12 cells of uneven
 * lines): the breaker still takes it where nothing else gives the lines
 * an acceptable shape, and an uncontested boundary where one does.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fy-title-break.h"
#include "fy-title-break-private.h"

/* Function words: after one, what follows opens a phrase of its own. */
#define FUNCTION_WORDS "在对把和与及并为以从向于的等暨"

/* Whether a round without 第 and its session (十二届四次会议) follow a
 * body of a few characters (市政协, 区人大) at @bd: the body's own
 * session, which the labelled sets split over (5 marked, 6 not). */
static gboolean
session_cut (const FyTitleBoundary *bd)
{
  const char *p = after_number (bd->at);

  if (p == bd->at || !g_str_has_prefix (p, "届"))
    return FALSE;
  p += strlen ("届");
  return after_number (p) > p && g_str_has_prefix (after_number (p), "次") &&
         (ends_with (bd->text, bd->offset, "政协") || ends_with (bd->text, bd->offset, "人大"));
}

/* Whether a plan a body of work is set out in starts at @p (建设|实施
 * 方案 is its own kind, ……体系|建设实施方案 the work's). */
static gboolean
plan_kind_at (const char *p)
{
  return g_str_has_prefix (p, "实施方案") || g_str_has_prefix (p, "工作方案") || g_str_has_prefix (p, "行动方案");
}

/* Whether @bd parts 中小学 from the term it scopes (中小学|课后服务) or
 * 建设 and its plan from the work they build (……体系|建设实施方案):
 * boundaries the sets split over (3 of 16 and 3 of 9 marked). */
static gboolean
term_cut (const FyTitleBoundary *bd)
{
  if (ends_with (bd->text, bd->offset, "中小学") && g_unichar_get_script (bd->after) == G_UNICODE_SCRIPT_HAN &&
      !in_set (FUNCTION_WORDS, bd->after))
    return TRUE;
  return g_unichar_get_script (bd->before) == G_UNICODE_SCRIPT_HAN && !in_set (FUNCTION_WORDS, bd->before) &&
         g_str_has_prefix (bd->at, "建设") && plan_kind_at (bd->at + strlen ("建设"));
}

int
fy_title_contested_price (const char *text,
                          guint       offset)
{
  FyTitleBoundary bd;

  fy_title_boundary_init (&bd, text, offset, 0, 0);
  return session_cut (&bd) || term_cut (&bd) ? FY_TITLE_CONTESTED_PRICE : 0;
}

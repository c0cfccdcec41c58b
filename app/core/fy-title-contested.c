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

/* Heads of two characters that close a noun phrase (执行情况, 表彰名单,
 * 市级预算, 公益诉讼检察工作): one judge sets them apart from a long
 * phrase, another never (X|工作情况 and X工作|情况 each reject the
 * other's).  The labelled sets mark 29 of 190 such boundaries before 情况,
 * 7 of 13 before 名单, 8 of 31 before 预算, 22 of 40 before 工作情况.  Cheaper than the other contested boundaries: most of these
 * already cost a term's head (16), and at 4 the reading preset's narrow
 * line trades one for a worse cut (titles-17). */
#define HEAD_PRICE 3

static const char *const short_heads[] = { "情况", "名单", "预算", "工作" };

/* Whether @offset cuts one of short_heads[] from the phrase it closes:
 * the head ends the phrase (at 的, a conjunction, a mark or the title's
 * end), or 工作 is followed by 情况 (X|工作情况; X工作|情况 is never
 * allowed).  Before a meeting's kind or a plan's (工作|推进会, 工作方案)
 * 工作 opens a phrase every judge marks. */
static gboolean
head_cut (const FyTitleBoundary *bd)
{
  if (g_unichar_get_script (bd->before) != G_UNICODE_SCRIPT_HAN || in_set (FUNCTION_WORDS, bd->before))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (short_heads); i++)
    if (g_str_has_prefix (bd->at, short_heads[i]))
      {
        const char *after = bd->at + strlen (short_heads[i]);
        gunichar next = g_utf8_get_char (after);

        if (next == 0 || in_set ("的和与及并、，》”）", next))
          return TRUE;
        return g_str_has_prefix (bd->at, "工作情况");
      }
  return FALSE;
}

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
  if (session_cut (&bd) || term_cut (&bd))
    return FY_TITLE_CONTESTED_PRICE;
  return head_cut (&bd) ? HEAD_PRICE : 0;
}

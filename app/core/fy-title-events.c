/* fy-title-events.c — (private) the names of events and parallel conjuncts
 *
 * Part of the title breaker (fy-title-break.c).  An event's name (a
 * fair, a forum, a contest, a festival) is one name however long, the
 * words before its head included (丝绸产业博览会); two conjuncts of one
 * length that 和, 与 or 及 joins are each one term (科技创新与产业创新).
 * A line may end before such a name or after it, not inside.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fy-title-break.h"
#include "fy-title-break-private.h"

/* How the name of an event ends: a fair, an exhibition, a forum, a
 * contest, a festival.  Unlike a meeting (……工作|推进会), the words
 * before such a head make one name with it (丝绸产业博览会, 产销对接会). */
static const char *const event_heads[] = {
  "博览会", "交易会", "展销会", "展览会", "对接会", "洽谈会", "推介会", "招聘会", "招商会",
  "运动会", "订货会", "论坛", "峰会", "大赛", "竞赛", "锦标赛", "联赛", "邀请赛", "挑战赛",
  "文化节", "艺术节", "旅游节", "博览", "展览",
  /* a month or a week of a campaign, and its 活动 (安全生产月活动) */
  "宣传月活动", "宣传周活动", "生产月活动", "服务月活动", "质量月活动", "宣传月", "宣传周",
  "活动月", "活动周", "生产月", "服务月", "质量月", "宣传日",
};

/* Words ending in 节/赛/展 that are no event. */
static const char *const event_non_heads[] = {
  "环节", "细节", "季节", "调节", "章节", "关节", "情节", "礼节", "春节", "发展", "进展",
  "开展", "拓展", "扩展", "施展",
};

/* Verbs that govern an event's name: they are no part of it. */
static const char *const event_verbs[] = {
  "参加", "参与", "出席", "承办", "筹办", "举行", "主办", "协办", "参展", "参赛", "观摩",
  "办好", "迎接",
};

/* Where the event's name whose head starts at byte @head starts: it
 * reaches back over nouns (and a 第X届 that opens it), never over a
 * verb that governs it (举办, 参加), a place-wide modifier (全市) or a
 * function word. */
static gsize
event_start (const char *text,
             GArray     *words,
             gsize       head)
{
  gsize start = head;

  for (guint n = 0; n < 6; n++)
    {
      guint i = 0;
      const FyTitleWord *w;
      TagClass c;

      /* a quoted name is the event's own (第二届“白鹭工匠”|职业技能竞赛
       * is one name) */
      if (ends_with (text, start, "”") && g_strrstr_len (text, start, "“") != NULL &&
          g_utf8_strlen (g_strrstr_len (text, start, "“"), text + head - g_strrstr_len (text, start, "“")) <= 16)
        {
          start = g_strrstr_len (text, start, "“") - text;
          continue;
        }
      /* so is the place in brackets of a fair's country (中国（白鹭）|
       * 国际茶业博览会) */
      if (ends_with (text, start, "）") && g_strrstr_len (text, start, "（") != NULL &&
          g_utf8_strlen (g_strrstr_len (text, start, "（"), text + start - g_strrstr_len (text, start, "（")) <= 6)
        {
          start = g_strrstr_len (text, start, "（") - text;
          continue;
        }
      w = word_ending_at (words, start, &i);
      /* and the year that opens it (2026中国……博览会) */
      if (w != NULL && w->end - w->start == 4 && g_ascii_isdigit (text[w->start]) && g_ascii_isdigit (text[w->end - 1]))
        return w->start;
      /* and the round, however long the name after it */
      if (w != NULL && tag_class (w->tag) == TAG_NUMBER && ends_with (text, w->end, "届"))
        return w->start;
      if (w == NULL ||
          fy_title_zone_stop_before (text, start) ||
          fy_title_modifier_ends (text, start) ||
          fy_title_verb_ends (text, start) ||
          ends_with_one_of (text, start, event_verbs, G_N_ELEMENTS (event_verbs)) ||
          g_utf8_strlen (text + w->start, head - w->start) > 12)
        break;
      c = tag_class (w->tag);
      if (c != TAG_NOUN && c != TAG_TIME && !(c == TAG_VERB && w->end - w->start > strlen ("会")))
        break;
      start = w->start;
    }
  return start;
}

/* The start of the word of @words that holds byte @o. */
static gsize
word_start_at (GArray *words,
               gsize   o)
{
  for (guint i = 0; i < words->len; i++)
    {
      const FyTitleWord *w = &g_array_index (words, FyTitleWord, i);

      if (w->start <= o && o < w->end)
        return w->start;
    }
  return o;
}

/* Marks in @inside the boundaries inside the event's name whose head
 * runs from byte @head to @end, and in @opens its start where a place
 * holds it in a numbered round (澜州市|第五届“鹭岛工匠”职业技能大赛): the
 * place and the round are no congress's session (青川县第十九届人民代表
 * 大会), and the place is a phrase of its own. */
static void
mark_event (const char *text,
            GArray     *words,
            gsize       head,
            gsize       end,
            gboolean   *inside,
            int        *opens)
{
  gsize start = event_start (text, words, word_start_at (words, head));

  if (g_str_has_prefix (text + start, "第") && ends_place (text, start))
    opens[start] = 6;
  /* the round and a quoted name after it (第十届|“澜州之夏”国际音乐节):
   * the round counts the name and stays with it where a line holds
   * both; where none does, the name is whole on the next line */
  if (g_str_has_prefix (text + start, "第") && g_strstr_len (text + start, end - start, "届“") != NULL)
    opens[g_strstr_len (text + start, end - start, "届“") - text + strlen ("届")] = ORDINAL_PRICE;
  for (const char *q = g_utf8_next_char (text + start); q < text + end; q = g_utf8_next_char (q))
    inside[q - text] = TRUE;
}

/* Whether @w is a noun or a verb of two characters or more (全民阅读|节). */
static gboolean
noun_or_verb (const FyTitleWord *w,
              const char        *text)
{
  TagClass c = tag_class (w->tag);

  return c == TAG_NOUN || (c == TAG_VERB && g_utf8_strlen (text + w->start, w->end - w->start) > 1);
}

/* The heads of a route's name (高速公路, 城际铁路). */
static const char *const route_heads[] = {
  "高速公路", "高速铁路", "城际铁路", "城际快线", "铁路", "公路", "快速路", "轻轨", "国道",
  "省道",
};

/* Marks in @inside the boundaries inside the name of a route named by
 * its two ends, from the last two characters of the first end to the
 * head (砚江至杞梁高速公路, 岱陵至霁川城际铁路): the labelled sets keep
 * such a name whole in 10 of 12 (the two that part it part X|至 and
 * Y|head, 澜州港|至白鹭湾新区|城际快线).  As inside an event's name, a
 * break there costs more than a line more. */
static void
find_routes (const char *text,
             gboolean   *inside)
{
  for (const char *z = strstr (text, "至"); z != NULL; z = strstr (z + strlen ("至"), "至"))
    {
      const char *p = z + strlen ("至");

      for (guint n = 0; n < 8 && g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN;
           n++, p = g_utf8_next_char (p))
        if (starts_with_one_of (p, route_heads, G_N_ELEMENTS (route_heads)))
          {
            /* and the two ends' names (杞|梁 is no break either) */
            const char *x = z;

            for (guint k = 0; k < 2 && x > text &&
                 g_unichar_get_script (g_utf8_get_char (g_utf8_prev_char (x))) == G_UNICODE_SCRIPT_HAN; k++)
              x = g_utf8_prev_char (x);
            for (const char *q = g_utf8_next_char (x); n >= 2 && q <= p; q = g_utf8_next_char (q))
              inside[q - text] = TRUE;
            break;
          }
    }
}

/* Marks in @inside the boundaries inside every event's name, in @opens
 * those before a round a place holds. */
void
fy_title_find_events (const char *text,
                      GArray     *words,
                      gboolean   *inside,
                      int        *opens)
{
  if (words == NULL)
    return;
  find_routes (text, inside);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    for (guint h = 0; h < G_N_ELEMENTS (event_heads); h++)
      if (g_str_has_prefix (p, event_heads[h]))
        {
          mark_event (text, words, p - text, p - text + strlen (event_heads[h]), inside, opens);
          break;
        }
  /* a word ending in 节/赛/展 (读书节), or one of them alone after a
   * noun (成果|展) */
  for (guint i = 1; i < words->len; i++)
    {
      const FyTitleWord *w = &g_array_index (words, FyTitleWord, i);
      glong n = g_utf8_strlen (text + w->start, w->end - w->start);

      if ((ends_with (text, w->end, "节") || ends_with (text, w->end, "赛") || ends_with (text, w->end, "展")) &&
          !ends_with_one_of (text, w->end, event_non_heads, G_N_ELEMENTS (event_non_heads)) &&
          (n > 1 || noun_or_verb (&g_array_index (words, FyTitleWord, i - 1), text)))
        mark_event (text, words, w->start, w->end, inside, opens);
    }
}

/* Whether a word of @words starts at byte @o, or @o ends @text, and the
 * words from @from up to it are neither function words nor marks. */
static gboolean
content_span (const char *text,
              GArray     *words,
              gsize       from,
              gsize       o)
{
  gboolean starts = o == strlen (text);

  for (guint i = 0; i < words->len; i++)
    {
      const FyTitleWord *w = &g_array_index (words, FyTitleWord, i);
      TagClass c = tag_class (w->tag);

      if (w->start == o)
        starts = TRUE;
      if (w->start >= MIN (from, o) && w->start < MAX (from, o) && (c == TAG_FUNCTION || c == TAG_MARK))
        return FALSE;
    }
  return starts;
}

/* Marks in @inside the boundaries inside two conjuncts of one length of
 * three or four characters that 和, 与 or 及 joins (科技创新与产业创新,
 * 先进集体和先进个人, 澜州市与鹤坪县): each is one term, a line may end
 * before the conjunction or after, never inside either.  Two verbs of
 * one act (修改和废止) are no such pair, nor two words a modifier
 * qualifies together (全省|文化和旅游). */
void
fy_title_find_parallel (const char *text,
                        GArray     *words,
                        gboolean   *inside)
{
  for (guint i = 1; words != NULL && i + 1 < words->len; i++)
    {
      const FyTitleWord *c = &g_array_index (words, FyTitleWord, i);
      const FyTitleWord *left = &g_array_index (words, FyTitleWord, i - 1);
      const FyTitleWord *right = &g_array_index (words, FyTitleWord, i + 1);

      if (c->end - c->start != strlen ("和") || !in_set ("和与及", g_utf8_get_char (text + c->start)) ||
          (tag_class (left->tag) == TAG_VERB && tag_class (right->tag) == TAG_VERB))
        continue;
      for (glong n = 3; n <= 4; n++)
        {
          const char *l = text + c->start, *r = text + c->end;

          for (glong k = 0; k < n && l > text && *r; k++)
            {
              l = g_utf8_prev_char (l);
              r = g_utf8_next_char (r);
            }
          /* a place-wide modifier (全省文化和旅游) qualifies both */
          if (g_utf8_strlen (l, text + c->start - l) != n || g_utf8_strlen (text + c->end, r - text - c->end) != n ||
              fy_title_modifier_starts (l) ||
              !content_span (text, words, c->start, l - text) || !content_span (text, words, c->end, r - text))
            continue;
          for (const char *q = g_utf8_next_char (l); q < r; q = g_utf8_next_char (q))
            inside[q - text] |= q != text + c->start && q != text + c->end;
          break;
        }
    }
}

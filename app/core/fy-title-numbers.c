/* fy-title-numbers.c — (private) numbers, dates, ordinals and grades in a title stay whole
 *
 * Part of the title breaker (fy-title-break.c): a break inside a number
 * (第二十三次, 2025年, PM2.5), a date (2027年1月1日), a set phrase in
 * 一X一Y, between an ordinal and what it counts (第七批|市级……) or a
 * grade and what it grades (4A级|旅游景区), or inside an anniversary
 * (成立七十周年), is priced here.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fy-title-break.h"
#include "fy-title-break-private.h"

/* What a title marks the anniversary of: 成立七十周年, 胜利80周年. */
static const char *const occasions[] = {
  "胜利", "成立", "诞辰", "建立", "解放", "建党", "建军", "建校", "建院", "通车", "创刊",
  "设立", "恢复", "命名", "开馆", "建市", "建县", "撤县设区", "组建",
};

/* The parts of a year a title's time may be (2026年|第三季度, 2027年|春季
 * 学期, 2026—2027学年|第一学期), besides a quarter and a range of months
 * (year_part_at): with the year they are one time (词意完整).  So is a
 * season's traffic (2027年春运: the conventions of titles-26 name it; its
 * one boundary is unmarked). */
static const char *const year_parts[] = {
  "上半年", "下半年", "新春", "汛期", "主汛期", "暑期", "寒假", "暑假",
  "寒暑假", "第一学期", "第二学期", "春运", "暑运",
};

/* Whether a meeting with no topic of its own starts at @p: the year
 * before it is the meeting's name (2027年工作会议: the labelled sets
 * never part them, 0 of 2, while a topic after the year may open a line,
 * 2026年|政法工作会议, 2026年|经济工作会议: 33 of 33 marked). */
static gboolean
bare_meeting_at (const char *p)
{
  return g_str_has_prefix (p, "工作会议") || g_str_has_prefix (p, "工作会上") || g_str_has_prefix (p, "工作会暨");
}

/* The holidays whose time (春节期间, 元旦春节期间) is a part of the year. */
static const char *const holidays[] = {
  "元旦", "春节", "清明", "五一", "端午", "中秋", "国庆",
};

/* Whether a holiday's time starts at @p (期间, 假期, 前后). */
static gboolean
holiday_time_at (const char *p)
{
  return g_str_has_prefix (p, "期间") || g_str_has_prefix (p, "假期") || g_str_has_prefix (p, "前后");
}

/* The length in bytes of a quoted holiday at @p (“五一”, “十一”) before
 * its time (“五一”假期), or 0. */
static gsize
quoted_holiday (const char *p)
{
  const char *q = p + strlen ("“");

  if (!g_str_has_prefix (p, "“") ||
      (!starts_with_one_of (q, holidays, G_N_ELEMENTS (holidays)) && !g_str_has_prefix (q, "十一")))
    return 0;
  q += strlen ("五一");
  return g_str_has_prefix (q, "”") && holiday_time_at (q + strlen ("”")) ? (gsize) (q + strlen ("”") - p) : 0;
}

/* Whether a part of the year starts at @p: one of year_parts (a season
 * ends in 季: 秋冬季, 春季学期), a quarter (一季度, 第三季度, 前三季度), a
 * range of months (1—9月), or a holiday's time (春节期间, 元旦春节期间,
 * not 春节联欢晚会). */
static gboolean
year_part_at (const char *p)
{
  const char *q = p;

  /* a season of one or two characters and 季 */
  if (in_set ("春夏秋冬", g_utf8_get_char (p)))
    {
      q = g_utf8_next_char (p);
      if (in_set ("春夏秋冬", g_utf8_get_char (q)))
        q = g_utf8_next_char (q);
      if (g_str_has_prefix (q, "季"))
        return TRUE;
    }
  if (starts_with_one_of (p, year_parts, G_N_ELEMENTS (year_parts)) || quoted_holiday (p) > 0)
    return TRUE;
  q = g_str_has_prefix (p, "第") || g_str_has_prefix (p, "前") ? g_utf8_next_char (p) : p;
  if (after_number (q) > q && g_str_has_prefix (after_number (q), "季度"))
    return TRUE;
  if (g_ascii_isdigit (*p) && g_str_has_prefix (after_number (p), "—") &&
      g_str_has_prefix (after_number (after_number (p) + strlen ("—")), "月"))
    return TRUE;
  /* every holiday is of two characters */
  q = p;
  for (guint n = 0; n < 2 && starts_with_one_of (q, holidays, G_N_ELEMENTS (holidays)); n++)
    q += strlen ("春节");
  return q != p && (g_str_has_prefix (q, "期间") || g_str_has_prefix (q, "假期") || g_str_has_prefix (q, "前后"));
}

/* Whether a time named by what happens in it starts at @p: a day the
 * country or the world keeps (全国防灾减灾日, 世界献血者日: the year before
 * it is that day's, as the year before a meeting is the meeting's), a
 * season's work or a watch over it ending in 期 or 期间 (森林防火期,
 * 高考期间, 迎峰度冬期间), up to eight characters and no mark between.
 * With the year before it, 2 of 9 such boundaries in the sets are marked
 * (2027年|全国两会期间, 2027—2028年度|森林防火期); 7 are not. */
static gboolean
named_time_at (const char *p)
{
  gboolean day = g_str_has_prefix (p, "全国") || g_str_has_prefix (p, "世界") || g_str_has_prefix (p, "国际");
  const char *q = p;

  for (guint n = 0; n < 10 && g_unichar_get_script (g_utf8_get_char (q)) == G_UNICODE_SCRIPT_HAN; n++)
    {
      if (n >= 2 && (g_str_has_prefix (q, "期间") || g_str_has_prefix (q, "防火期")))
        return TRUE;
      if (n >= 3 && day && g_str_has_prefix (q, "日"))
        return TRUE;
      q = g_utf8_next_char (q);
    }
  return FALSE;
}

/* Whether a year ends at @offset: 2027年, 2026年度, 2026—2027学年. */
static gboolean
year_ends (const char *text,
           guint       offset)
{
  guint o = offset;

  if (ends_with (text, o, "年度"))
    o -= strlen ("度");
  o -= ends_with (text, o, "学年") ? strlen ("学年") : ends_with (text, o, "年") ? strlen ("年") : o;
  return o > 0 && g_ascii_isdigit (text[o - 1]);
}

/* Whether a holiday ends at @offset and a holiday's time starts there
 * (元旦|春节期间): one time. */
static gboolean
inside_holidays (const char *text,
                 guint       offset)
{
  return ends_with_one_of (text, offset, holidays, G_N_ELEMENTS (holidays)) &&
         starts_with_one_of (text + offset, holidays, G_N_ELEMENTS (holidays)) && year_part_at (text + offset);
}

/* A year and the part of it that follows: dearer than a line more. */
#define YEAR_PART_PRICE 24

/* Whether @offset is inside a date, after its year or its month
 * (2027年|1月|1日): a date is one time. */
static gboolean
inside_date (const char *text,
             guint       offset)
{
  const char *at = text + offset;
  const char *unit = g_utf8_prev_char (at);
  const char *next = after_number (at);

  if (offset < strlen ("1年") || next == at || after_number (g_utf8_prev_char (unit)) != unit)
    return FALSE;
  return (g_str_has_prefix (unit, "年") && g_str_has_prefix (next, "月")) ||
         (g_str_has_prefix (unit, "月") && g_str_has_prefix (next, "日"));
}

/* Whether @offset is inside a set phrase of four characters in 一X一Y
 * (一事一议, 一村一品, 一老一小). */
static gboolean
inside_one_one (const char *text,
                guint       offset)
{
  const char *p = text + offset;

  for (guint back = 1; back <= 3 && p > text; back++)
    {
      const char *q;
      guint k = 0;

      p = g_utf8_prev_char (p);
      for (q = p; k < 4 && *q; q = g_utf8_next_char (q), k++)
        if ((k % 2 == 0) != (g_utf8_get_char (q) == 0x4E00 /* 一 */) ||
            g_unichar_get_script (g_utf8_get_char (q)) != G_UNICODE_SCRIPT_HAN)
          break;
      if (k == 4)
        return TRUE;
    }
  return FALSE;
}

/* What comes before the number whose measure word, one of @units, ends
 * at @offset (第 of 第七批, 等 of 等15名), or NULL. */
static const char *
before_count (const char *text,
              guint       offset,
              const char *units)
{
  const char *unit = g_utf8_prev_char (text + offset);
  const char *p = unit;

  if (offset < strlen ("等3个") || !in_set (units, g_utf8_get_char (unit)))
    return NULL;
  while (p > text && (in_set ("一二三四五六七八九十百零〇两", g_utf8_get_char (g_utf8_prev_char (p))) ||
                      g_ascii_isdigit (*g_utf8_prev_char (p))))
    p = g_utf8_prev_char (p);
  return p < unit && p > text ? g_utf8_prev_char (p) : NULL;
}

/* Whether an ordinal with its measure word (第七批, 第十二轮, 第十五个:
 * 第十五个五年规划, 第42个教师节, which no judge parts, 0 of 4) or a
 * numbered item (第36号: 第36号建议, 第0215号提案, which no judge
 * parts, 0 of 11) ends at @offset. */
static gboolean
ordinal_ends (const char *text,
              guint       offset)
{
  const char *before = before_count (text, offset, "批轮届号个");

  return before != NULL && g_str_has_prefix (before, "第");
}

/* Whether the count a list with 等 sums up (林秀禾等15名, 柏溪村等3个,
 * 云甸镇等五个) ends at @offset: a count of people or bodies, whose noun
 * follows (同志, 行政村, 乡镇; no judge parts them, 0 of 10). */
static gboolean
count_after_deng (const char *text,
                  guint       offset)
{
  const char *before = before_count (text, offset, "个名所家位");

  return before != NULL && g_str_has_prefix (before, "等");
}

/* A Latin token and a number stay whole: PM2.5, B2B, 第二十三次,
 * 十八届, 2025年, 第0215号. */
static int
price_digits (const FyTitleBoundary *bd)
{
  /* a Latin token stays whole: PM2.5, B2B, 5G, App */
  if (bd->before < 0x80 && bd->after < 0x80 && g_ascii_isgraph (bd->before) && g_ascii_isgraph (bd->after))
    return FY_TITLE_NO_BREAK;
  /* numbers stay whole: 第二十三次, 十八届, 2025年 */
  if (in_set ("第一二三四五六七八九十百零〇两", bd->before) &&
      in_set ("一二三四五六七八九十百零〇两次届个年批期轮号条项名位家类周部", bd->after))
    return FY_TITLE_NO_BREAK;
  /* a school year's years and 学年 (2026—2027学年) */
  if (g_unichar_isdigit (bd->before) && g_str_has_prefix (bd->at, "学年"))
    return FY_TITLE_NO_BREAK;
  /* 第 and its number in digits (第0215号, 第42个) */
  if (bd->before == 0x7B2C /* 第 */ && g_ascii_isdigit (*bd->at))
    return FY_TITLE_NO_BREAK;
  if (g_unichar_isdigit (bd->before) &&
      (g_unichar_isdigit (bd->after) || in_set ("年月日个次届周批期号条项名位家所级星类部", bd->after)))
    return FY_TITLE_NO_BREAK;
  return NO_RULE;
}

/* A year and the part of it that follows, a date, a set phrase in
 * 一X一Y; an ordinal and what it counts or names, a count of years and
 * what it qualifies. */
static int
price_times_and_ordinals (const FyTitleBoundary *bd)
{
  /* a year and the part of it that follows are one time */
  if ((year_ends (bd->text, bd->offset) && (year_part_at (bd->at) || bare_meeting_at (bd->at) || named_time_at (bd->at))) ||
      inside_holidays (bd->text, bd->offset))
    return YEAR_PART_PRICE;
  /* a quoted holiday and its time (“五一”|假期) */
  if (bd->offset >= strlen ("“五一”") && quoted_holiday (bd->at - strlen ("“五一”")) == strlen ("“五一”"))
    return YEAR_PART_PRICE;
  if (inside_date (bd->text, bd->offset) || inside_one_one (bd->text, bd->offset))
    return FY_TITLE_NO_BREAK;
  if ((ordinal_ends (bd->text, bd->offset) || count_after_deng (bd->text, bd->offset)) &&
      g_unichar_get_script (bd->after) == G_UNICODE_SCRIPT_HAN &&
      !in_set ("的和与及等暨", bd->after))
    return ORDINAL_PRICE;
  /* and the quoted name it counts (第二批|“兴村特岗书记”, 第五届|“鹭屿杯”……):
   * the sets mark none of these 16 breaks since titles-14, 8 of 10 before */
  if (ordinal_ends (bd->text, bd->offset) && bd->after == 0x201C /* “ */)
    return ORDINAL_PRICE;
  /* an ordinal without its measure word names what follows (第一|中学,
   * 第三|人民医院); a count of years qualifies it (三年|攻坚行动, 五年|规划) */
  if (g_unichar_get_script (bd->after) == G_UNICODE_SCRIPT_HAN && !in_set ("的和与及等暨", bd->after))
    {
      const char *p = g_utf8_prev_char (bd->at);

      while (p > bd->text && in_set ("一二三四五六七八九十百零〇两", g_utf8_get_char (p)))
        p = g_utf8_prev_char (p);
      if (p < g_utf8_prev_char (bd->at) && g_str_has_prefix (p, "第"))
        return FY_TITLE_NO_BREAK;
      if (bd->before == 0x5E74 /* 年 */ && g_utf8_prev_char (bd->at) > bd->text &&
          in_set ("一二三四五六七八九十两", g_utf8_get_char (g_utf8_prev_char (g_utf8_prev_char (bd->at)))))
        return 20;
    }
  return NO_RULE;
}

/* Levels of government: each grades the term that follows it (省级非物质
 * 文化遗产, 村级公益事业建设, 市级预算). */
static const char *const levels[] = {
  "国家级", "省级", "市级", "县级", "区级", "乡级", "镇级", "村级",
};

/* A grade and what it grades (4A级|旅游景区, 五星级|文明户); an
 * anniversary and what it is of (成立七十周年, 诞辰133周年). */
static int
price_grades (const FyTitleBoundary *bd)
{
  /* a grade or a generation written in Latin letters is one unit with
   * what it grades (4A级, A级, 5G基站): the letters do not end a line */
  if (g_unichar_isalpha (bd->before) && bd->before < 0x80 &&
      g_unichar_get_script (bd->after) == G_UNICODE_SCRIPT_HAN && !in_set ("的和与及并暨等", bd->after))
    return in_set ("级星类型", bd->after) ? FY_TITLE_NO_BREAK : 20;
  /* 五星级, 三星级: the number and its stars */
  if (in_set ("一二三四五六七八九十", bd->before) && in_set ("星级A", bd->after))
    return FY_TITLE_NO_BREAK;
  /* a level and the term it grades (申请|村级公益事业建设): judges of 11
   * sets never part them (0 of 34 boundaries), those of sets 7, 8 and 16
   * mostly do (7 of 8); a quoted name may open a line after one (省级|
   * “一村一品”示范村镇) */
  if (ends_with_one_of (bd->text, bd->offset, levels, G_N_ELEMENTS (levels)) &&
      g_unichar_get_script (bd->after) == G_UNICODE_SCRIPT_HAN)
    return 25;
  /* after a grade (4A级|旅游景区, 五星级|文明户) the graded noun follows */
  if (bd->before == 0x7EA7 /* 级 */ && bd->offset >= 6 &&
      (g_unichar_isalnum (bd->before2) || bd->before2 == 0x661F /* 星 */))
    return 20;
  /* an anniversary goes with what it is of: 成立七十周年, 诞辰133周年;
   * and the occasion with whose it is (……战争|胜利80周年, ……共和国|成立
   * 77周年) */
  if (in_set ("一二三四五六七八九十百", bd->after) || g_ascii_isdigit (*bd->at))
    return g_str_has_prefix (after_number (bd->at), "周年") ? FY_TITLE_NO_BREAK : NO_RULE;
  for (guint i = 0; i < G_N_ELEMENTS (occasions); i++)
    if (g_str_has_prefix (bd->at, occasions[i]) &&
        after_number (bd->at + strlen (occasions[i])) > bd->at + strlen (occasions[i]) &&
        g_str_has_prefix (after_number (bd->at + strlen (occasions[i])), "周年"))
      return 20;
  return NO_RULE;
}

/* Numbers and grade marks stay whole: 第二十三次, 2025年, 4A级, 五星级. */
int
fy_title_price_numbers (const FyTitleBoundary *bd)
{
  int cost = price_digits (bd);

  if (cost == NO_RULE)
    cost = price_times_and_ordinals (bd);
  if (cost == NO_RULE)
    cost = price_grades (bd);
  return cost;
}

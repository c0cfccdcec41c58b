/* fy-title-terms.c — the compound terms of official writing, never split in a title
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-title-break"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fy-title-break-private.h"
#include "fy-title-lexicon.h"

/*
 * GB/T 9704 §7.3.3 asks that a title keep 词意完整 over its lines.  Two
 * dictionary nouns that together name one thing (高标准|农田, 城乡居民|
 * 基本医疗保险, 公共数据|授权运营) are one term to a clerk, however a
 * segmenter cuts them, and no line of a title ends inside one.  Every
 * occurrence of every term protects its inside; longer ones first does
 * not matter.
 *
 * The terms are data/titles/terms.txt, one a line in domain groups, whose
 * header says what belongs there and what does not; the build turns them
 * into the table below (data/titles/make-title-terms.py), so that no file
 * is read at run time, and the test title-terms checks each against the
 * labelled title sets: no term may hold a break a judge marked acceptable.
 */

static const char *const compound_terms[] = {
#include "fy-title-terms-table.h"
};

static int
compare_terms (const void *a,
               const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The terms sorted bytewise: those that begin with one character lie
 * side by side, found by one bisection at each place of a title. */
static const char *const *
sorted_terms (void)
{
  static const char **sorted = NULL;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      sorted = g_memdup2 (compound_terms, sizeof compound_terms);
      qsort (sorted, G_N_ELEMENTS (compound_terms), sizeof *sorted, compare_terms);
      g_once_init_leave (&once, 1);
    }
  return sorted;
}

/* The first of @sorted not before the character at @p (of @len bytes). */
static gsize
first_with (const char *const *sorted,
            const char        *p,
            gsize              len)
{
  gsize lo = 0, hi = G_N_ELEMENTS (compound_terms);

  while (lo < hi)
    {
      gsize mid = (lo + hi) / 2;

      if (strncmp (sorted[mid], p, len) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* What a line's number names (城际铁路S2线, 轨道交通3号线): the number
 * and the kind of the line make one name with the way before them. */
static const char *const numbered_ways[] = {
  "铁路", "轨道交通", "地铁", "城轨", "公交", "公路", "高速", "有轨电车", "快线",
};

/* Marks in @inside the breaks between a way and its line's number and
 * inside the number (铁路|S2|线, 轨道交通|3|号|线) at @p, a run of Latin
 * letters and digits. */
static void
mark_line_number (const char *text,
                  const char *p,
                  gboolean   *inside)
{
  const char *q = p;

  while (g_ascii_isalnum (*q))
    q++;
  if (q > p && (g_str_has_prefix (q, "线") || g_str_has_prefix (q, "号线")) &&
      ends_with_one_of (text, p - text, numbered_ways, G_N_ELEMENTS (numbered_ways)))
    {
      inside[p - text] = inside[q - text] = TRUE;
      if (g_str_has_prefix (q, "号"))
        inside[q - text + strlen ("号")] = TRUE;
    }
}

/* Marks in @inside (indexed by byte offset into @text) every place
 * inside an occurrence of a compound term. */
void
fy_title_find_terms (const char *text,
                     gboolean   *inside)
{
  const char *const *sorted = sorted_terms ();

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      mark_line_number (text, p, inside);
      gsize len = g_utf8_next_char (p) - p;

      for (gsize i = first_with (sorted, p, len);
           i < G_N_ELEMENTS (compound_terms) && strncmp (sorted[i], p, len) == 0; i++)
        {
          gsize tl = strlen (sorted[i]);

          if (strncmp (p, sorted[i], tl) != 0)
            continue;
          for (gsize b = 1; b < tl; b++)
            inside[p - text + b] = TRUE;
        }
    }
}

/* ---- compounds closed by a head ------------------------------------------ */

/* Nouns that close a compound noun when the dictionary leaves them a word
 * of their own (物业管理|条例, 保护|名录, 除险加固|工程, 补助|资金,
 * 分类认定|目录): no list holds every such compound, but a title's break
 * before the head, after a noun or a verb that names its kind, splits
 * one.  Of the 120 such breaks in the labelled title sets, 2 are marked
 * acceptable (城市更新|单元|规划, 救助供养|资金).  Left out, as the sets
 * break before them after a topic: 产业 (人工智能|产业), 目标 (安全生产|
 * 目标责任), 政策, 标准 (养老金|标准), 保障, 服务. */
static const char *const closing_heads[] = {
  "条例", "办法", "细则", "纲要", "预案", "名录", "目录", "清单", "工程", "项目", "资金",
  "基金", "经费", "制度", "体制", "体系", "机制", "模式", "中心", "设施", "平台", "园区",
  "基地", "规划", "方案", "计划", "行动", "措施", "指标", "任务", "队伍", "系统", "场景",
  "企业", "机构",
};

/* Verbs that govern a head as their object (建立|机制, 实施|项目): no
 * compound with it. */
static const char *const governing_verbs[] = {
  "建立", "健全", "完善", "推进", "推动", "加强", "实施", "落实", "制定", "出台", "印发",
  "开展", "组织", "申报", "支持", "设立", "引进", "培育", "打造", "构建", "优化", "下达",
  "拨付", "安排", "启动", "谋划", "储备", "争取",
};

/* Whether the word @w may name the kind of a head after it: a noun or a
 * verb of the dictionary, no place (澜州市|规划 is the place's plan, the
 * place a phrase of its own), no place-wide modifier (全区|产业), no
 * unit after a number (2026年度|企业) and no verb that governs the head. */
static gboolean
names_kind (const char        *text,
            const FyTitleWord *w)
{
  gsize n = w->end - w->start;
  gunichar last = g_utf8_get_char (g_utf8_prev_char (text + w->end));

  if (!in_set ("nvlijb", g_utf8_get_char (w->tag)) || g_str_has_prefix (w->tag, "ns"))
    return FALSE;
  if (in_set ("全各本", g_utf8_get_char (text + w->start)) || in_set ("省市县区州镇乡", last))
    return FALSE;
  /* the unit of a year after its number (2026年度|企业职工……) is the
   * time the title is about, no kind of what follows */
  if (w->start > 0 && g_ascii_isdigit (text[w->start - 1]))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (governing_verbs); i++)
    if (n == strlen (governing_verbs[i]) && strncmp (text + w->start, governing_verbs[i], n) == 0)
      return FALSE;
  return TRUE;
}

/* Whether the words of @words from @i on are a project's head of four
 * characters: two that name the work and 工程 (改造|工程, 码头|工程, or
 * the dictionary's 改建工程, 扩建工程); not its phase (……2号线|二期工程,
 * a phrase of its own). */
static gboolean
project_head_at (const char *text,
                 GArray     *words,
                 guint       i)
{
  const FyTitleWord *w = &g_array_index (words, FyTitleWord, i);
  const FyTitleWord *next = i + 1 < words->len ? &g_array_index (words, FyTitleWord, i + 1) : NULL;
  gsize n = w->end - w->start;

  if (g_str_has_prefix (g_utf8_next_char (text + w->start), "期"))
    return FALSE;
  if (n == strlen ("改建工程"))
    return ends_with (text, w->end, "工程");
  return n == strlen ("改造") && next != NULL && next->end - next->start == strlen ("工程") &&
         ends_with (text, next->end, "工程");
}

/* Marks in @inside the break before every head of closing_heads that
 * stands as a word of @words after a word naming its kind; and before a
 * project's head of four characters (……污水管网|改造工程, ……荇湾段|改建
 * 工程, ……原油|码头工程), which the labelled sets keep with the name
 * before it: 1 of 31 such breaks marked, against 6 of 8 before the five
 * of 改扩建工程 (……至……段|改扩建工程), which stays a place to break. */
void
fy_title_find_headed_terms (const char *text,
                            GArray     *words,
                            gboolean   *inside)
{
  if (words == NULL)
    return;
  for (guint i = 1; i < words->len; i++)
    {
      const FyTitleWord *w = &g_array_index (words, FyTitleWord, i);
      const FyTitleWord *left = &g_array_index (words, FyTitleWord, i - 1);
      gsize n = w->end - w->start;

      for (guint h = 0; h < G_N_ELEMENTS (closing_heads); h++)
        if (n == strlen (closing_heads[h]) && strncmp (text + w->start, closing_heads[h], n) == 0 &&
            names_kind (text, left))
          inside[w->start] = TRUE;
      if (project_head_at (text, words, i) && (names_kind (text, left) || left->tag[0] == 'q'))
        inside[w->start] = TRUE;
    }
}

/* Whether the boundary at @offset lies inside a 《》 name that goes on
 * after @next, the end of the word after it. */
static gboolean
inside_name_mark (const char *text,
                  gsize       offset,
                  gsize       next)
{
  const char *open = g_strrstr_len (text, offset, "《");
  const char *close_before = g_strrstr_len (text, offset, "》");
  const char *close = strstr (text + offset, "》");

  return open != NULL && close != NULL && (close_before == NULL || close_before < open) &&
         close > text + next;
}

/* The price of a break between @left and the head @right opens, which
 * @left names (a quoted name, a number or Latin letters before a noun):
 * 14, and for a quoted name of fewer than ten characters and the noun or
 * Latin word it names (“以学促干”|专题读书班, “一网通办”|政务服务,
 * “岚医通”|APP) dearer than a line more: the judge's convention (a quoted
 * name and the head it names stay together), and 116 of 124 such
 * boundaries unmarked over all sets, every judge's at 80 % or more.  A
 * longer quoted name is a phrase of its own (6 of 6 marked); an act
 * (“一区多园”|管理体制) or a meeting (“七连冠”|动员大会) after the quote
 * is left at 14, but not inside a 《》 name that goes on after it
 * (《……“三资”|管理暂行办法》, “人工智能+”|行动实施方案: 0 of 16 such
 * breaks before a word of two characters marked in the sets): there the
 * act is the name's, and a break before 等 and its count after the 》 is
 * the one to take. */
int
fy_title_names_head_price (const FyTitleWord *left,
                           const FyTitleWord *right,
                           const char        *text)
{
  const char *open = g_strrstr_len (text, left->start, "“");
  gboolean quote = left->end - left->start == strlen ("”") && strncmp (text + left->start, "”", strlen ("”")) == 0;
  gboolean meeting = right->end >= strlen ("会") &&
                     strncmp (text + right->end - strlen ("会"), "会", strlen ("会")) == 0;

  /* a number names what follows as Latin letters do (12345|政务服务
   * 便民热线, as 5G|基站) */
  if (!quote && strcmp (left->tag, "eng") == 0 && g_ascii_isdigit (text[left->start]) && strcmp (right->tag, "vn") != 0)
    return 20;
  if (!quote || open == NULL || meeting)
    return 14;
  if (strcmp (right->tag, "vn") == 0 && !inside_name_mark (text, left->end, right->end))
    return 14;
  return g_utf8_strlen (open, text + left->start - open) <= 10 ? FY_TITLE_QUOTE_HEAD_PRICE : 14;
}

/* fy-lint-typos.c — wrongly written characters in set phrases
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "fy-lint-private.h"

/*
 * An input method offers 再接再励 as readily as 再接再厉, and a reviewer
 * reading for sense passes over it; the printed speech then carries it
 * to the rostrum.  Only forms that are wrong wherever they stand are
 * listed: a set phrase written with a wrong character, or a common
 * miswriting whose neighbours tell it apart from a real word (自己经常
 * holds 己经, 目的的 holds 的的).  Pairs that are both words (截止/截至,
 * 做为/作为, 既使/即使 beside 既……又) are left to the reader, except 截止
 * opening a clause before a date, where only 截至 reads.  The fix is
 * offered, never applied by "Fix all": a person reads each.
 */

typedef struct
{
  const char *wrong;
  const char *right;
  const char *not_after;  /* a character before @wrong that makes it right */
  const char *not_before; /* a character after @wrong that makes it right */
} Typo;

static const Typo typos[] = {
  { "己经", "已经", "自知利异", NULL },
  { "再接再励", "再接再厉", NULL, NULL },
  { "迫不急待", "迫不及待", NULL, NULL },
  { "按步就班", "按部就班", NULL, NULL },
  { "一愁莫展", "一筹莫展", NULL, NULL },
  { "墨守陈规", "墨守成规", NULL, NULL },
  { "默守成规", "墨守成规", NULL, NULL },
  { "走头无路", "走投无路", NULL, NULL },
  { "穿流不息", "川流不息", NULL, NULL },
  { "必竟", "毕竟", NULL, NULL },
  { "侯选人", "候选人", NULL, NULL },
  { "布署", "部署", NULL, "名" },
  { "言简意骇", "言简意赅", NULL, NULL },
  { "一股作气", "一鼓作气", NULL, NULL },
  { "如火如茶", "如火如荼", NULL, NULL },
  { "不径而走", "不胫而走", NULL, NULL },
  { "振耳欲聋", "震耳欲聋", NULL, NULL },
  { "融汇贯通", "融会贯通", NULL, NULL },
  { "仗义直言", "仗义执言", NULL, NULL },
  { "趋之若骛", "趋之若鹜", NULL, NULL },
  { "美仑美奂", "美轮美奂", NULL, NULL },
  { "甘败下风", "甘拜下风", NULL, NULL },
  { "不加思索", "不假思索", NULL, NULL },
  { "谈笑风声", "谈笑风生", NULL, NULL },
  { "一如继往", "一如既往", NULL, NULL },
  { "循序渐近", "循序渐进", NULL, NULL },
  { "出奇不意", "出其不意", NULL, NULL },
  { "明辩是非", "明辨是非", NULL, NULL },
  { "鞠躬尽粹", "鞠躬尽瘁", NULL, NULL },
  { "竞竞业业", "兢兢业业", NULL, NULL },
  { "精兵减政", "精兵简政", NULL, NULL },
  { "重蹈复辙", "重蹈覆辙", NULL, NULL },
  { "变本加利", "变本加厉", NULL, NULL },
  { "滥芋充数", "滥竽充数", NULL, NULL },
  { "因地治宜", "因地制宜", NULL, NULL },
  { "既往不究", "既往不咎", NULL, NULL },
  { "防范于未然", "防患于未然", NULL, NULL },
  { "发韧", "发轫", NULL, NULL },
  { "挖墙角", "挖墙脚", NULL, NULL },
  { "宣染", "渲染", NULL, NULL },
  { "成绩菲然", "成绩斐然", NULL, NULL },
  { "付书记", "副书记", "支交应对偿垫拨给托兑预", NULL },
  { "付主任", "副主任", "支交应对偿垫拨给托兑预", NULL },
  { "付主席", "副主席", "支交应对偿垫拨给托兑预", NULL },
  { "付市长", "副市长", "支交应对偿垫拨给托兑预", NULL },
  { "付县长", "副县长", "支交应对偿垫拨给托兑预", NULL },
  { "付区长", "副区长", "支交应对偿垫拨给托兑预", NULL },
  { "付镇长", "副镇长", "支交应对偿垫拨给托兑预", NULL },
  { "付乡长", "副乡长", "支交应对偿垫拨给托兑预", NULL },
  { "付局长", "副局长", "支交应对偿垫拨给托兑预", NULL },
  { "付部长", "副部长", "支交应对偿垫拨给托兑预", NULL },
  { "付厅长", "副厅长", "支交应对偿垫拨给托兑预", NULL },
  { "付院长", "副院长", "支交应对偿垫拨给托兑预", NULL },
  { "付秘书长", "副秘书长", "支交应对偿垫拨给托兑预", NULL },
  { "付处长", "副处长", "支交应对偿垫拨给托兑预", NULL },
  { "付科长", "副科长", "支交应对偿垫拨给托兑预", NULL },
  /* 的的确确 and 目的的 (the end's) are right */
  { "的的", "的", "目", "确士" },
};

/* @needle (UTF-8) at @chars[@i]. */
static gboolean
chars_match (const Unit *u,
             gsize       i,
             const char *needle)
{
  for (const char *p = needle; *p != '\0'; p = g_utf8_next_char (p), i++)
    if (i >= u->n || u->mask[i] != MASK_NONE || u->chars[i] != g_utf8_get_char (p))
      return FALSE;

  return TRUE;
}

/* @c is one of the characters of @set (UTF-8), which may be NULL. */
static gboolean
in_set (const char *set,
        gunichar    c)
{
  return set != NULL && c != 0 && g_utf8_strchr (set, -1, c) != NULL;
}

/* 截止 at @i opens a clause and a date follows: 截止2026年10月底，… counts
 * up to a date, which is 截至; 报名截止11月30日 (after a noun) and
 * 截止日期, 截止时间 end something, and are right. */
static gboolean
is_jiezhi_before_date (const Unit *u,
                       gsize       i)
{
  static const char * const dates[] = {
    "目前", "今年", "今天", "去年", "本月", "本周", "本年", "上月", "上年", "上半年",
    "年底", "年末", "月底", "当前", "二〇",
  };
  gunichar before = i > 0 ? u->chars[i - 1] : 0;

  if (!chars_match (u, i, "截止") || i + 2 >= u->n)
    return FALSE;
  if (before != 0 && !g_unichar_isspace (before) && !in_set ("，。；：！？、（“", before))
    return FALSE;
  if (g_unichar_isdigit (u->chars[i + 2]))
    return TRUE;
  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    if (chars_match (u, i + 2, dates[d]))
      return TRUE;

  return FALSE;
}

/**
 * fy_lint_check_typos:
 * @u: a unit
 *
 * Flags the miswritten set phrases of typos[] and 截止 before a date,
 * each with its right form as an offered fix.
 */
void
fy_lint_check_typos (Unit *u)
{
  for (gsize i = 0; i < u->n; i++)
    {
      if (is_jiezhi_before_date (u, i))
        {
          fy_lint_unit_add (u, FY_LINT_KIND_TYPO, FY_LINT_SEVERITY_WARNING, i, i + 2, "截至", FALSE,
                            g_strdup (_("Before a date write “截至” (up to), not “截止” (ends).")));
          i++;
          continue;
        }

      for (guint t = 0; t < G_N_ELEMENTS (typos); t++)
        {
          const Typo *typo = &typos[t];
          gsize length;

          /* measured only where the typo stands: at every character, the
           * lengths were most of the time linting 10 MB took */
          if (!chars_match (u, i, typo->wrong))
            continue;
          length = g_utf8_strlen (typo->wrong, -1);
          if (in_set (typo->not_after, i > 0 ? u->chars[i - 1] : 0) ||
              in_set (typo->not_before, i + length < u->n ? u->chars[i + length] : 0))
            continue;

          fy_lint_unit_add (u, FY_LINT_KIND_TYPO, FY_LINT_SEVERITY_WARNING, i, i + length, typo->right, FALSE,
                            g_strdup_printf (_("“%1$s” is probably a typo for “%2$s”."), typo->wrong, typo->right));
          i += length - 1;
          break;
        }
    }
}

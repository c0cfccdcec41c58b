/* fy-title-meetings.c — a meeting's kind in a title: 总结表彰大会, 工作|推进会
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-title-break"

#include "config.h"

#include <string.h>

#include "fy-title-break-private.h"

/* What kind of meeting it is, said just before 会/大会/会议/仪式/班:
 * 总结表彰大会, 经验交流会, 观摩推进会, 集中开工仪式.  The topic of the
 * meeting ends where these begin, a phrase boundary; inside them is none. */
static const char *const meeting_kinds[] = {
  "总结", "表彰", "动员", "部署", "推进", "座谈", "观摩", "现场", "经验", "交流", "启动",
  "誓师", "培训", "研讨", "调度", "联席", "专题", "务虚", "开工", "集中", "汇报", "述职",
  "评议", "点评", "分析", "警示", "通报", "颁奖", "揭牌", "开幕", "闭幕", "发布", "讲评",
  "推介", "签约", "会商", "表态", "协调", "全体", "常务", "扩大", "恳谈", "纪念", "庆祝",
  "表扬", "奖励", "学习", "理论", "宣讲", "报告", "讨论", "征求意见", "主题",
  "电视电话", "视频", "结业", "开班", "开营",
};

static const char *const meeting_nouns[] = { "大会", "会议", "仪式", "典礼", "论坛", "会", "班", "式" };

/* Where the run of meeting kinds that ends at @p starts (@p if none),
 * and in @words how many kinds it holds. */
static const char *
kinds_start (const char *text,
             const char *p,
             guint      *words)
{
  const char *start = p;

  *words = 0;
  for (gboolean found = TRUE; found;)
    {
      found = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (meeting_kinds) && !found; i++)
        if (ends_with (text, start - text, meeting_kinds[i]))
          {
            start -= strlen (meeting_kinds[i]);
            (*words)++;
            found = TRUE;
          }
    }
  return start;
}

/* Marks in @tail_inside the boundaries inside a meeting's kind of two
 * words or more that 暨 follows without its noun (专项行动|总结表彰|暨
 * ……仪式上): the noun after 暨 is both meetings' own. */
static void
find_kinds_before_ji (const char *text,
                      gboolean   *tail_inside)
{
  for (const char *p = strstr (text, "暨"); p != NULL; p = strstr (p + strlen ("暨"), "暨"))
    {
      guint words;
      const char *start = kinds_start (text, p, &words);

      for (const char *q = start; words >= 2 && (q = g_utf8_next_char (q)) < p;)
        tail_inside[q - text] = TRUE;
    }
}

/* Marks in @tail_start where a meeting's kind begins, in @tail_inside the
 * boundaries inside it, before its noun or before 暨. */
void
fy_title_find_meeting_kinds (const char *text,
                             gboolean   *tail_start,
                             gboolean   *tail_inside)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    for (guint m = 0; m < G_N_ELEMENTS (meeting_nouns); m++)
      {
        const char *end = p + strlen (meeting_nouns[m]);
        const char *start = p;
        guint words = 0;

        if (!g_str_has_prefix (p, meeting_nouns[m]) ||
            (*end != '\0' && !in_set ("上暨的、，”》", g_utf8_get_char (end))))
          continue;
        start = kinds_start (text, p, &words);
        /* 工作 or 活动 before a kind of one word goes either way
         * (工作推进会, 活动启动仪式): the topic ends before it too */
        if (words == 1 && (ends_with (text, start - text, "工作") || ends_with (text, start - text, "活动")) &&
            start - text > (gssize) strlen ("工作"))
          {
            /* but 实践活动, 创建活动, “……”活动: an activity is named by
             * the word before it, a quoted name too */
            if (ends_with (text, start - text, "工作"))
              tail_start[start - text - strlen ("工作")] = TRUE;
            /* and after it: ……活动|总结会, ……工作|推进会 */
            tail_start[start - text] = TRUE;
          }
        if (words == 0 || start == text ||
            (words == 1 && (ends_with (text, start - text, "工作") || ends_with (text, start - text, "活动"))))
          break;
        if (!in_set ("在第次届", g_utf8_get_char (g_utf8_prev_char (start))) &&
            !g_unichar_isdigit (g_utf8_get_char (g_utf8_prev_char (start))))
          tail_start[start - text] = TRUE;
        for (const char *q = g_utf8_next_char (start); q < end; q = g_utf8_next_char (q))
          tail_inside[q - text] = TRUE;
        break;
      }
  find_kinds_before_ji (text, tail_inside);
}

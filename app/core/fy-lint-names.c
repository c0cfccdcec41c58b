/* fy-lint-names.c — names of laws and documents that lost their 《》
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-lint-private.h"

/*
 * After a verb that takes a document (学习 贯彻 落实 依据 根据 按照 修订
 * 制定 执行 实施 …) comes a name ending in a document word (……法, 条例,
 * 规定, 办法, 细则, 决定, 意见, 纲要, 报告, 规划, 决议, 章程): "认真学习
 * 宪法、组织法、监督法和代表法", "落实政府工作报告".  A common noun is no
 * name: nothing before the document word (按照规定), a general word before
 * it (有关规定, 实施细则, 工作方案), a word that merely ends like one (想办法,
 * 做法, 方法), or the word going on (工作报告会).
 */

#define NAME_MAX_CHARS 40

static const char * const verbs[] = {
  "贯彻落实", "学习贯彻", "认真学习", "深入学习", "学习", "贯彻", "落实", "依据", "根据", "按照",
  "修订", "修改", "制定", "执行", "实施", "遵守", "遵循", "对照", "研读", "审议", "通过", "印发",
  "出台", "颁布", "宣传", "施行", "学好", "用好", "依照", "违反", NULL
};

/* Longest first, so that 实施细则 wins over 细则. */
static const char * const document_words[] = {
  "学习纲要", "议事规则", "法典", "条例", "规则", "规定", "办法", "细则", "决定", "意见", "纲要", "报告", "规划",
  "决议", "章程", "准则", "法", NULL
};

/* Words that end like a law but are none: as the whole name (依法, 执法)
 * or, for the first line, as its end (工作方法, 好做法). */
static const char * const not_law_endings[] = {
  "做法", "方法", "看法", "想法", "说法", "用法", "手法", "写法", "打法", "玩法", "疗法", "技法",
  "笔法", "章法", "干法", NULL
};
static const char * const not_laws[] = {
  "依法", "执法", "立法", "司法", "守法", "违法", "普法", "合法", "非法", "语法", "算法", "书法",
  "无法", "设法", "护法", "变法", "效法", "取法", "新法", "办法", NULL
};

/* What may stand before a document word without making it a name. */
static const char * const general_words[] = {
  "有关", "相关", "上述", "以上", "这些", "这项", "此项", "各项", "具体", "实施", "工作", "管理",
  "配套", "操作", "考核", "指导", "调研", "专题", "情况", "年度", "总体", "发展", "专项", "若干",
  "本", "该", "此", "新", "原", "现行", "法律", "国家", "上级", "中央", "政府", "公司", "单位",
  "内部", "书面", "会议", "全会", "议事", "评估", "述职", "总结", "处理", "审查", "整改", "工作的",
  "各级", "一系列", "这个", "这一", "那些", "以下", "下列", "前述", "补充", "临时", "暂行", "考评",
  "建设", "研究", "分析", "调查", "相应", "党内", "单行", "地方性", "部门", "八项", "中央八项",
  "详细", "控制性详细", "专业", "国土空间", "国土空间总体", "空间", "长期", "短期", "中长期",
  NULL
};

/* Characters that may follow a name: what the sentence goes on with. */
/* 保障 做好 加强 推动 切实 严格 全面 认真 深入 抓好 落到 维护 依法 履行
 * 完善 健全 坚持 强化 充分 统筹 促进 扎实: a verb the sentence goes on with. */
static const char name_followers[] = "和及与等的中里上时精要各有相第明赋作对将为以进开所规提确关是不已都也在并就还把"
                                     "保做加推切严全认深抓落维依履完健坚强充统促扎";

/* Words of grammar that never stand in a name (关于……的意见 aside, which
 * fy-lint.c finds by its own shape). */
static const char not_in_names[] = "了着的等把被将给让得也都就还又很更最没";

/* Verbs that make "……意见" what was asked or heard, not a document. */
static const char * const not_in_names_words[] = {
  "征求", "听取", "提出", "反映", "收集", "交换", "发表", "广泛", "充分", NULL
};

static gboolean
is_name_char (gunichar c)
{
  if (!fy_lint_char_is_han (c))
    return g_unichar_isdigit (c) || (c >= 'A' && c <= 'Z');

  for (const char *p = not_in_names; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == c)
      return FALSE;

  return TRUE;
}

static gboolean
is_follower (gunichar c)
{
  if (!fy_lint_char_is_han (c))
    return TRUE;

  for (const char *p = name_followers; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == c)
      return TRUE;

  return FALSE;
}

static gboolean
equals_one_of (const gunichar     *v,
               gsize               from,
               gsize               to,
               const char * const *words)
{
  for (guint w = 0; words[w] != NULL; w++)
    {
      const char * const one[] = { words[w], NULL };

      if ((gsize)g_utf8_strlen (words[w], -1) == to - from && fy_lint_match_word (v, to, from, one) == to - from)
        return TRUE;
    }

  return FALSE;
}

/* 有关法律规定, 相关管理办法, 本次大会决议: general, however they go on. */
static gboolean
opens_generally (const gunichar *v,
                 gsize           from,
                 gsize           to)
{
  static const char * const openers[] = { "有关", "相关", "上述", "这些", "各项", "以下", "具体", "各类",
                                          "本次", "这次", "此次", "该项", NULL };

  return fy_lint_match_word (v, to, from, openers) > 0;
}

/* 宪法和法律, 宪法及法规, 宪法法律: one name beside the laws as a whole
 * means the body of law (学习宪法和法律), no one document. */
static gboolean
goes_on_with_the_laws (const gunichar *v,
                       gsize           m,
                       gsize           end)
{
  static const char * const links[] = { "和", "及", "与", "、", NULL };
  static const char * const laws[] = { "法律", "法规", NULL };

  end += fy_lint_match_word (v, m, end, links);
  return fy_lint_match_word (v, m, end, laws) > 0;
}

/* Reads a name from @from: the shortest run of name characters that ends
 * in a document word the sentence then goes on from.  Returns its end, or
 * 0 if there is none or it is a common noun. */
static gsize
read_name (const gunichar *v,
           const guint8   *marked,
           gsize           m,
           gsize           from)
{
  for (gsize e = from; e < m && e - from < NAME_MAX_CHARS && is_name_char (v[e]) && !marked[e]; e++)
    {
      gsize len = fy_lint_match_word (v, m, e, document_words);
      gsize end = e + len;

      if (len == 0 || (end < m && !is_follower (v[end])))
        continue;
      /* 法 followed by 律 or 规 is no law's name. */
      if (end < m && v[end - 1] == 0x6CD5 /* 法 */ && (v[end] == 0x5F8B /* 律 */ || v[end] == 0x89C4 /* 规 */))
        continue;

      if (e == from || equals_one_of (v, from, e, general_words) || opens_generally (v, from, e) ||
          goes_on_with_the_laws (v, m, end))
        return 0;
      for (gsize k = from; k < e; k++)
        if (fy_lint_match_word (v, e, k, not_in_names_words) > 0)
          return 0;
      if (v[end - 1] == 0x6CD5 && len == 1 && end >= from + 2 &&
          (equals_one_of (v, end - 2, end, not_law_endings) ||
           (end == from + 2 && equals_one_of (v, from, end, not_laws))))
        return 0;

      return end;
    }

  return 0;
}

/**
 * fy_lint_check_names_after_verbs:
 * @u: the unit
 * @v: its visible characters (masked ones as U+FFFC)
 * @pos: where each of them is in @u
 * @marked: which are inside 《》 or “” or already found as names
 * @m: how many
 *
 * Finds names of laws and documents after a verb that takes one, and the
 * names listed after it with 、 和 及.
 */
void
fy_lint_check_names_after_verbs (Unit           *u,
                                 const gunichar *v,
                                 const gsize    *pos,
                                 guint8         *marked,
                                 gsize           m)
{
  for (gsize k = 0; k < m; k++)
    {
      gsize len = marked[k] ? 0 : fy_lint_match_word (v, m, k, verbs);
      gsize from;

      if (len == 0)
        continue;

      /* 学习贯彻落实, 制定出台, 贯彻好, 学习了 */
      from = k + len;
      for (;;)
        {
          gsize more = fy_lint_match_word (v, m, from, verbs);

          if (more > 0)
            from += more;
          else if (from < m && (v[from] == 0x597D /* 好 */ || v[from] == 0x4E86 /* 了 */))
            from++;
          else
            break;
        }

      for (;;)
        {
          gsize end = read_name (v, marked, m, from);
          g_autofree char *name = NULL;
          g_autofree char *fix = NULL;

          if (end == 0)
            break;

          name = fy_lint_ucs4_dup (u->chars + pos[from], pos[end - 1] + 1 - pos[from]);
          fix = g_strconcat ("《", name, "》", NULL);
          fy_lint_unit_add (u, FY_LINT_KIND_MISSING_TITLE_MARKS, FY_LINT_SEVERITY_INFO,
                            pos[from], pos[end - 1] + 1, fix, FALSE,
                            g_strdup_printf (_("“%s” looks like the name of a law or document; names of laws, "
                                               "regulations and documents take 《》."), name));
          memset (marked + from, 1, end - from);
          k = end - 1;

          /* 宪法、组织法和代表法 */
          if (end < m && (v[end] == 0x3001 /* 、 */ || v[end] == 0x548C /* 和 */ || v[end] == 0x53CA /* 及 */ ||
                          v[end] == 0x4E0E /* 与 */))
            from = end + 1;
          else
            break;
        }
    }
}

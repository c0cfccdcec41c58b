/* fy-title-break.c — where a title may break: phrases, not words (GB/T 9704 §7.3.3)
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-title-break"

#include "config.h"

#include <string.h>
#include <unicode/ubrk.h>

#include "fy-title-break.h"

/*
 * 回行时，要做到词意完整: ICU's word boundaries split terms a title must
 * keep whole (负责|同志, 服务|事项, 中国|特色), and know nothing of phrases.
 * A break is allowed only at a word boundary outside every term of the
 * lexicon below, and priced: a phrase boundary (after 的, after 在……上,
 * around 《》 and quotes, before "的讲话" and its kin, before 暨, after a
 * comma) costs little, a plain word boundary more, a break that leaves a
 * preposition or conjunction stranded (在|, 对|, |的 inside a phrase, |上)
 * most.  fy_linebreak_balanced() weighs these against the shape.
 */

/* Terms never split.  Longer ones first does not matter: every
 * occurrence of every term protects its inside. */
static const char *const terms[] = {
  "习近平新时代中国特色社会主义思想", "中国特色社会主义", "中国特色", "社会主义",
  "人民代表大会制度", "人民代表大会", "人大常委会", "常委会", "人大代表", "代表大会",
  "全过程人民民主", "人民民主", "民主政治", "民主生活会", "中国式现代化",
  "负责同志", "服务事项", "政务服务", "一句话", "最后一公里", "一网通办", "放管服",
  "高质量发展", "高质量", "乡村振兴", "营商环境", "数字政府", "安全生产", "消防工作",
  "生态环境保护", "生态环境", "人居环境", "食品安全", "公益诉讼", "公共法律服务",
  "国民经济", "社会发展", "国有资产", "预算审查", "执法检查", "专题询问", "基层立法联系点",
  "联络站", "代表联络站", "主题教育", "主题实践活动", "读书班", "学习班", "研讨班", "培训班",
  "座谈会", "推进会", "动员会", "部署会", "交流会", "研讨会", "现场会", "观摩会", "询问会",
  "工作会议", "全体会议", "常务会议", "闭幕会", "开幕会", "结业式", "理论学习中心组",
  "交流发言", "表态发言", "经验交流", "应询发言", "发言提纲", "工作要点", "实施意见",
  "实施方案", "实施办法", "工作方案", "指导意见", "若干意见", "调研报告", "调查报告",
  "综合报告", "审议意见", "紧急通知", "议事规则", "修订草案", "计划草案", "工作分工",
  "组成人员", "主席团", "办公厅", "检察院", "人民法院", "人民检察院", "人民政府",
  "党组", "机关", "民营经济", "义务教育", "优质均衡", "城市更新", "老旧小区", "信访工作",
  "妇女儿童", "妇儿工委", "中小学", "校园安全", "承办单位", "优秀人大代表", "代表建议",
  "履职档案", "履职学习", "专题学习", "专题培训", "理论研讨", "人大工作", "人大系统",
  "党建工作", "改革创新", "提质增效", "守正创新", "担当作为", "民生实事", "人民群众",
  "群众", "三中全会", "二十届", "十五五", "十四五", "春节期间", "行政效能",
  "督察整改", "档案管理", "管理办法", "制度保障", "发展道路", "政治发展道路",
  "新篇章", "新时代", "深入人心", "家门口", "两个责任", "一次告知", "两新", "家站点",
  "纪念", "周年", "年度", "成立", "召开", "印发", "开展", "加强", "推进", "做好",
  "社会主义民主政治", "国民经济和社会发展计划", "小区改造", "党组理论学习中心组",
  "党风廉政", "廉政建设", "作风建设", "体系建设", "委员会", "常务委员会", "履职能力",
};

/* Verbs whose object follows: a line ends on one only right after 关于. */
static const char *const verbs[] = {
  "推动", "提升", "优化", "深化", "加强", "推进", "做好", "办好", "打通", "践行", "发挥",
  "坚持", "聚焦", "保障", "促进", "加快", "完善", "开展", "召开", "印发", "用好", "规范",
  "转发", "批转", "表彰", "表扬", "调整", "设立", "修改", "废止", "公布", "下达", "举办",
  "建立", "实施", "推行", "落实", "贯彻", "实行", "组织", "做好",
};

/* Words that modify what follows: a line never ends on them.  The
 * adverbs that go before a verb (奋力谱写, 扎实推进) are among them. */
static const char *const modifiers[] = {
  "新时代", "进一步", "全面", "深入", "全国", "全省", "全市", "全县", "全区", "各级", "地方",
  "奋力", "扎实", "切实", "认真", "积极", "大力", "着力", "持续", "不断", "全力", "努力",
  "坚决", "有效", "稳步", "更好", "更加", "统筹", "共同", "合力", "充分", "主动", "依法",
  "基本",
};

/* Verbs that go in coordinated pairs (加强和改进): 和 between two of them
 * is inside one phrase. */
static const char *const paired[] = {
  "加强", "改进", "完善", "坚持", "发展", "保障", "促进", "规范", "创新", "提升", "深化",
  "推进", "落实", "巩固", "拓展", "贯彻", "学习", "监督", "支持", "保护", "改善",
};

static gboolean
ends_with_one_of (const char         *text,
                  guint               offset,
                  const char *const  *words,
                  guint               n_words);
static gboolean
starts_with_one_of (const char         *text,
                    const char *const  *words,
                    guint               n_words);

/* Verbs used as nouns, and nouns, that close a compound (作风建设, 能力提升,
 * 体系建设, 事业单位):
 * a line does not start on one right after the noun it closes. */
static const char *const heads[] = {
  "建设", "提升", "管理", "治理", "保护", "改革", "落实", "整改", "整治", "创建",
  "发展", "保障", "改造", "单位", "情况",
};

/* What a title names itself at its end: "……上的讲话", "……的通知". */
static const char *const kinds[] = {
  "讲话", "发言", "交流发言", "表态发言", "经验交流发言", "应询发言", "发言提纲",
  "报告", "综合报告", "调研报告", "调查报告", "通知", "紧急通知", "意见", "实施意见",
  "指导意见", "若干意见", "说明", "决定", "工作方案", "实施方案", "实施办法", "办法",
};

static gboolean
ends_with_kind (const char *rest)
{
  /* the kind ends the title, or the name of a document it forwards
   * (关于转发《关于……的通知》的通知) */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_has_prefix (rest, kinds[i]) &&
        (rest[strlen (kinds[i])] == '\0' || g_str_has_prefix (rest + strlen (kinds[i]), "》")))
      return TRUE;
  return FALSE;
}

static gboolean
in_set (const char *set,
        gunichar    ch)
{
  return ch != 0 && g_utf8_strchr (set, -1, ch) != NULL;
}

static gboolean
ends_with (const char *text,
           guint       offset,
           const char *word)
{
  gsize wl = strlen (word);

  return offset >= wl && strncmp (text + offset - wl, word, wl) == 0;
}

static gboolean
ends_with_one_of (const char         *text,
                  guint               offset,
                  const char *const  *words,
                  guint               n_words)
{
  for (guint i = 0; i < n_words; i++)
    if (ends_with (text, offset, words[i]))
      return TRUE;
  return FALSE;
}

static gboolean
starts_with_one_of (const char         *text,
                    const char *const  *words,
                    guint               n_words)
{
  for (guint i = 0; i < n_words; i++)
    if (g_str_has_prefix (text, words[i]))
      return TRUE;
  return FALSE;
}

/* No rule of this group applies: the next group decides. */
#define NO_RULE (-2)

/* Numbers, 的, 和, modifiers and verbs, 周年: the phrase around the
 * boundary. */
static int
price_numbers_and_phrases (const char *text,
                           guint       offset,
                           guint       next_word)
{
  const char *at = text + offset;
  gunichar before = g_utf8_get_char (g_utf8_prev_char (at));
  gunichar after = g_utf8_get_char (at);

  /* numbers stay whole: 第二十三次, 十八届, 2025年 */
  if (in_set ("第一二三四五六七八九十百零〇两", before) &&
      in_set ("一二三四五六七八九十百零〇两次届个年", after))
    return FY_TITLE_NO_BREAK;
  if (g_unichar_isdigit (before) && (g_unichar_isdigit (after) || in_set ("年月日个次届周", after)))
    return FY_TITLE_NO_BREAK;

  /* 全国, 全省 …: one word, which ICU may not know */
  if (before == 0x5168 /* 全 */ && in_set ("国省市县区乡镇村党军民", after))
    return FY_TITLE_NO_BREAK;

  /* a meeting name | 的交流发言, or 的 | 通知 */
  if (after == 0x7684 /* 的 */ && ends_with_kind (g_utf8_next_char (at)))
    return FY_TITLE_GENRE_BREAK;
  if (after == 0x7684)
    return 30;
  /* 党的|二十大, 党的|建设: one name */
  if (ends_with (text, offset, "党的") && !ends_with_kind (at))
    return 20;
  if (before == 0x7684)
    return ends_with_kind (at) ? 2 : next_word == 1 ? 15 : 6;
  /* 等 closes a list and opens what it sums up (毕业生|等青年群体) */
  if (after == 0x7B49 /* 等 */)
    return 4;
  if (before == 0x7B49)
    return 20;
  /* 和 between two nouns' phrases, not inside a pair of verbs
   * (加强|和改进, 坚持|和完善) */
  if (in_set ("和与及并", after) && !in_set ("在对把和与及并为以从向于", before))
    return ends_with_one_of (text, offset, paired, G_N_ELEMENTS (paired)) &&
           starts_with_one_of (g_utf8_next_char (at), paired, G_N_ELEMENTS (paired)) ? 20 : 6;
  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    if (ends_with (text, offset, modifiers[i]))
      return 20;
  /* 七十周年 */
  if (in_set ("一二三四五六七八九十百", after))
    {
      const char *q = at;

      while (*q && in_set ("一二三四五六七八九十百", g_utf8_get_char (q)))
        q = g_utf8_next_char (q);
      if (g_str_has_prefix (q, "周年"))
        return FY_TITLE_NO_BREAK;
    }
  return NO_RULE;
}

/* A break before 《, “ or （: after a verb or 的 it is a phrase's
 * start; a preposition is not left at a line's end (关于对|《》); a short
 * quoted term after a noun names it (政务服务“一网通办”). */
static int
opening_mark (const char *text,
              guint       offset)
{
  const char *at = text + offset;
  gunichar before = g_utf8_get_char (g_utf8_prev_char (at));
  gunichar after = g_utf8_get_char (at);
  const char *close = after == 0x201C /* “ */ ? strstr (at, "”") : NULL;

  if (ends_with (text, offset, "关于"))
    return 6;
  if (in_set ("的在于印发开展、", before))
    return 1;
  if (in_set ("对把和与及并为从向", before))
    return 25;
  if (after == 0xFF08 /* （ */)
    return 2;
  if (close != NULL && g_utf8_strlen (at, close - at) <= 6 &&
      g_unichar_get_script (before) == G_UNICODE_SCRIPT_HAN)
    return 10;
  return 5;
}

/* 上, quotation marks, 《》, brackets, commas and 暨. */
static int
price_marks (const char *text,
             guint       offset)
{
  const char *at = text + offset;
  gunichar before = g_utf8_get_char (g_utf8_prev_char (at));
  gunichar after = g_utf8_get_char (at);
  gunichar before2 = offset >= 6 ? g_utf8_get_char (g_utf8_prev_char (g_utf8_prev_char (at))) : 0;

  /* 在……上 | */
  if (before == 0x4E0A /* 上 */ && (after == 0x7684 || before2 == 0x4F1A || before2 == 0x73ED ||
                                    before2 == 0x5F0F || before2 == 0x8BAE))
    return 1;
  if (after == 0x4E0A)
    return FY_TITLE_NO_BREAK;
  /* quotes, 《》, brackets, commas */
  /* around 《》 and quotes: a phrase of its own, unless it names what
   * the word before or after it is about ("十五五"规划, 政务服务"一网通办") */
  if (in_set ("，、；：", before))
    return 1;
  if (in_set ("《“（", after))
    return opening_mark (text, offset);
  if (in_set ("》”）", before))
    return after == 0x7684 || in_set ("、，", after) ? 1 : 8;
  if (after == 0x66A8 /* 暨 */)
    return 1;
  if (before == 0x66A8)
    return 12;
  /* an issuing organ, then 关于 */
  if (g_str_has_prefix (at, "关于"))
    return 1;
  return NO_RULE;
}

/* A verb whose object follows: a line ends on one cheaply only right
 * after 关于 (关于印发|, 关于进一步加强|), wherever 关于 stands (an
 * issuing organ may come first). */
static int
price_verbs (const char *text,
             guint       offset)
{
  /* two verbs of a pair side by side are one (学习贯彻, 巩固拓展) */
  if (ends_with_one_of (text, offset, paired, G_N_ELEMENTS (paired)) &&
      starts_with_one_of (text + offset, paired, G_N_ELEMENTS (paired)))
    return 20;
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (ends_with (text, offset, verbs[i]))
      {
        gsize vl = strlen (verbs[i]);
        const char *about = g_strrstr_len (text, offset, "关于");

        return about != NULL && (gsize) (text + offset - about) <= strlen ("关于进一步") + vl ? 6 : 14;
      }
  return NO_RULE;
}

/* Whether one of the four characters before @offset is 以. */
static gboolean
opens_with_yi (const char *text,
               guint       offset)
{
  const char *p = text + offset;

  for (guint i = 0; i < 4 && p > text; i++)
    {
      p = g_utf8_prev_char (p);
      if (g_utf8_get_char (p) == 0x4EE5 /* 以 */)
        return TRUE;
    }
  return FALSE;
}

/* Function words, heads of phrases, words ICU does not know, suffixes. */
static int
price_words (const char *text,
             guint       offset,
             guint       prev_word,
             guint       next_word)
{
  const char *at = text + offset;
  gunichar before = g_utf8_get_char (g_utf8_prev_char (at));
  gunichar after = g_utf8_get_char (at);
  gunichar before2 = offset >= 6 ? g_utf8_get_char (g_utf8_prev_char (g_utf8_prev_char (at))) : 0;

  /* stranded function words */
  if (in_set ("在对把和与及并为以从向于", before) && offset <= 3)
    return 40;
  if (in_set ("在对把和与及并为从向于", before) && (prev_word == 1 || before == 0x4E8E /* 于 */))
    return 25;
  /* the one-character name of a level goes with its body (县|人大代表) */
  if (in_set ("省市县区乡镇村", before) && prev_word == 1)
    return 20;
  if (before == 0x4E8E && before2 == 0x5173 /* 关于 */)
    return 14;
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    if (g_str_has_prefix (at, heads[i]) && g_unichar_get_script (before) == G_UNICODE_SCRIPT_HAN &&
        !in_set ("在对把和与及并为以从向于的", before))
      return 16;
  /* a preposition or 让 opens a phrase of its own (|为全县……贡献, |让……),
   * but not the 为 of 以……为…… (以人民|为中心 is one phrase) */
  if (next_word == 1 && in_set ("为以对从向把将让使", after) && offset > 3)
    return after == 0x4E3A /* 为 */ && opens_with_yi (text, offset) ? 16 : 4;
  /* a two-character word ICU does not know, cut in two (谱|写, 全|县) */
  if (prev_word == 1 && next_word == 1 &&
      g_unichar_get_script (before) == G_UNICODE_SCRIPT_HAN &&
      g_unichar_get_script (after) == G_UNICODE_SCRIPT_HAN)
    return 16;
  /* a suffix stays with its word (工作|者, 办公|室, 教育|厅, 坚持|好) */
  if (next_word == 1 && in_set ("者员们室厅局处部办院委所好", after) &&
      g_unichar_get_script (before) == G_UNICODE_SCRIPT_HAN)
    return 30;
  /* after the name of a body or of people: 工作者, 委员会, 人民法院 */
  if (in_set ("者员局委站院室处厅部", before))
    return 5;
  return NO_RULE;
}

/* @prev_word, @next_word: characters in the ICU words that end and start
 * at @offset.  The groups of rules are tried in order; the first rule
 * that applies decides. */
static int
price (const char *text,
       guint       offset,
       guint       prev_word,
       guint       next_word)
{
  int cost = price_numbers_and_phrases (text, offset, next_word);

  if (cost == NO_RULE)
    cost = price_marks (text, offset);
  if (cost == NO_RULE)
    cost = price_verbs (text, offset);
  if (cost == NO_RULE)
    cost = price_words (text, offset, prev_word, next_word);
  return cost == NO_RULE ? 8 : cost;
}

/* Inside 《》 a name is one unit: a break there costs more, and most
 * when it leaves a stub of three characters or fewer before 》.  A quoted
 * term (“清单制+告知承诺制”) short enough for a line is not broken. */
static int
inside_marks (const char *text,
              guint       offset,
              const char *open_mark,
              const char *close_mark)
{
  const char *open = g_strrstr_len (text, offset, open_mark);
  const char *close_before = g_strrstr_len (text, offset, close_mark);
  const char *close = strstr (text + offset, close_mark);

  if (open == NULL || close == NULL || (close_before != NULL && close_before > open))
    return 0;
  if (strcmp (open_mark, "“") == 0)
    return g_utf8_strlen (open, close - open) <= 16 ? 30 : 6;
  if (g_utf8_strlen (text + offset, close - (text + offset)) <= 3)
    return 16;
  /* a name short enough for a line is kept on one */
  return g_utf8_strlen (open, close - open) <= 18 ? 12 : 10;
}

/* What kind of meeting it is, said just before 会/大会/会议/仪式/班:
 * 总结表彰大会, 经验交流会, 观摩推进会, 集中开工仪式.  The topic of the
 * meeting ends where these begin, a phrase boundary; inside them is none. */
static const char *const meeting_kinds[] = {
  "总结", "表彰", "动员", "部署", "推进", "座谈", "观摩", "现场", "经验", "交流", "启动",
  "誓师", "培训", "研讨", "调度", "联席", "专题", "务虚", "开工", "集中", "汇报", "述职",
  "评议", "点评", "分析", "警示", "通报", "颁奖", "揭牌", "开幕", "闭幕", "发布", "讲评",
  "推介", "签约", "会商", "表态", "协调", "全体", "常务", "扩大", "恳谈", "纪念", "庆祝",
  "表扬", "奖励", "学习", "理论", "宣讲", "报告", "讨论", "征求意见",
};

static const char *const meeting_nouns[] = { "大会", "会议", "仪式", "典礼", "论坛", "会", "班" };

/* Marks in @tail_start where a meeting's kind begins, in @tail_inside the
 * boundaries inside it. */
static void
find_meeting_kinds (const char *text,
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
        for (gboolean found = TRUE; found;)
          {
            found = FALSE;
            for (guint i = 0; i < G_N_ELEMENTS (meeting_kinds) && !found; i++)
              if (ends_with (text, start - text, meeting_kinds[i]))
                {
                  start -= strlen (meeting_kinds[i]);
                  words++;
                  found = TRUE;
                }
          }
        /* 工作 or 活动 before a kind of one word goes either way
         * (工作推进会, 活动启动仪式) */
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
}

void
fy_title_break_penalties (const char  *text,
                          const guint *offsets,
                          guint        n,
                          int         *penalties)
{
  gsize len = strlen (text);
  g_autofree gboolean *inside = g_new0 (gboolean, len + 1);
  g_autofree gboolean *boundary = g_new0 (gboolean, len + 1);
  g_autofree gboolean *tail_start = g_new0 (gboolean, len + 1);
  g_autofree gboolean *tail_inside = g_new0 (gboolean, len + 1);
  g_autofree gunichar2 *u16 = NULL;
  glong u16_len = 0;
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *bi;

  /* terms: their inside is no place to break */
  for (guint t = 0; t < G_N_ELEMENTS (terms); t++)
    {
      gsize tl = strlen (terms[t]);

      for (const char *p = strstr (text, terms[t]); p != NULL; p = strstr (p + 1, terms[t]))
        for (gsize b = 1; b < tl; b++)
          inside[p - text + b] = TRUE;
    }

  find_meeting_kinds (text, tail_start, tail_inside);

  /* ICU word boundaries, in bytes */
  u16 = g_utf8_to_utf16 (text, -1, NULL, &u16_len, NULL);
  if (u16 != NULL)
    {
      bi = ubrk_open (UBRK_WORD, "zh", (const UChar *) u16, u16_len, &status);
      if (U_SUCCESS (status))
        {
          const char *p = text;
          glong pos = 0;

          while (*p)
            {
              boundary[p - text] = ubrk_isBoundary (bi, pos);
              pos += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
              p = g_utf8_next_char (p);
            }
          ubrk_close (bi);
        }
    }

  for (guint k = 0; k < n; k++)
    {
      guint o = offsets[k];

      if (o == 0 || o >= len || inside[o])
        penalties[k] = FY_TITLE_NO_BREAK;
      else
        {
          guint next_word = 0, prev_word = 0;
          int p;

          for (const char *q = text + o; *q && (next_word == 0 || !boundary[q - text]);
               q = g_utf8_next_char (q))
            next_word++;
          for (const char *q = text + o; q > text && (prev_word == 0 || !boundary[q - text]);
               q = g_utf8_prev_char (q))
            prev_word++;
          p = price (text, o, prev_word, next_word);
          if (p >= 0)
            p += inside_marks (text, o, "《", "》");
          if (p >= 0 && p <= 16)
            p += inside_marks (text, o, "“", "”");
          if (p > 6 && tail_start[o])
            p = 6;
          if (p >= 0 && tail_inside[o])
            p = MAX (p, 20);

          /* a phrase mark makes a boundary ICU may not see */
          if (!boundary[o] && p > 2)
            p = FY_TITLE_NO_BREAK;
          penalties[k] = p;
        }
    }
}

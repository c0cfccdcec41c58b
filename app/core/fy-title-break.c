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
#include "fy-title-break-private.h"
#include "fy-title-lexicon.h"
#include "fy-title-model.h"

/*
 * 回行时，要做到词意完整: ICU's word boundaries split terms a title must
 * keep whole (负责|同志, 服务|事项, 中国|特色), and know nothing of phrases.
 * A break is allowed only at a word boundary outside every term of
 * fy-title-terms.c, and priced: a phrase boundary (after 的, after 在……上,
 * around 《》 and quotes, before "的讲话" and its kin, before 暨, after a
 * comma) costs little, a plain word boundary more, a break that leaves a
 * preposition or conjunction stranded (在|, 对|, |的 inside a phrase, |上)
 * most.  fy_linebreak_balanced() weighs these against the shape.
 *
 * The names a break must not cut (organs, joint issuers, zones, sessions)
 * are found by fy-title-organs.c, a meeting's kind by fy-title-meetings.c;
 * numbers are priced by fy-title-numbers.c, marks by fy-title-marks.c;
 * events' names and parallel conjuncts are found by fy-title-events.c.
 *
 * The words are the dictionary's (fy-title-lexicon.c: jieba's, with parts
 * of speech) when it is installed, else ICU's.  A dictionary word is never
 * split, and where the rules see no phrase boundary the parts of speech
 * on both sides price the break (price_tags): a short term of modifier
 * and noun, two verbs of one act, a character standing alone as a word.
 */

/* Verbs whose object follows: a line ends on one only right after 关于. */
static const char *const verbs[] = {
  "推动", "提升", "优化", "深化", "加强", "推进", "做好", "办好", "打通", "践行", "发挥",
  "坚持", "聚焦", "保障", "促进", "加快", "完善", "开展", "召开", "印发", "用好", "规范",
  "转发", "批转", "表彰", "表扬", "调整", "设立", "修改", "废止", "公布", "下达", "举办",
  "建立", "实施", "推行", "落实", "贯彻", "实行", "组织", "做好",
  "同意", "批准", "授予", "命名", "撤销", "下达", "支持",
};

/* Words that modify what follows: a line never ends on them.  The
 * adverbs that go before a verb (奋力谱写, 扎实推进) are among them. */
static const char *const modifiers[] = {
  "新时代", "进一步", "全面", "深入", "全国", "全省", "全市", "全县", "全区", "各级", "地方",
  "奋力", "扎实", "切实", "认真", "积极", "大力", "着力", "持续", "不断", "全力", "努力",
  "坚决", "有效", "稳步", "更好", "更加", "统筹", "共同", "合力", "充分", "主动", "依法",
  "基本", "中央", "主题", "省级", "市级", "县级",
};

/* The modifiers that go before a verb (全面建设, 扎实推进). */
static const char *const adverbs[] = {
  "进一步", "全面", "深入", "奋力", "扎实", "切实", "认真", "积极", "大力", "着力", "持续",
  "不断", "全力", "努力", "坚决", "有效", "稳步", "更好", "更加", "统筹", "共同", "合力",
  "充分", "主动", "依法", "加快", "加紧", "协同", "系统", "科学", "精准", "规范",
};

/* What a line ending before a conjunction inside one phrase costs
 * (加强|和改进, 集体|和个人的) */
#define CONJUNCT_INSIDE_PRICE 20

/* Whether the conjunct from @p on is two Han characters that end the
 * phrase (和个人的, 与思考, 及预算》): it reads with the conjunct before
 * it as one pair (先进集体和个人, 实践与思考).  The labelled sets mark
 * 2 of the 10 breaks before such a conjunction. */
static gboolean
short_last_conjunct (const char *p)
{
  for (guint k = 0; k < 2; k++, p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) != G_UNICODE_SCRIPT_HAN ||
        in_set ("的和与及并等暨", g_utf8_get_char (p)))
      return FALSE;
  return *p == '\0' || g_str_has_prefix (p, "的") || g_str_has_prefix (p, "》") || g_str_has_prefix (p, "（");
}

/* Verbs that go in coordinated pairs (加强和改进): 和 between two of them
 * is inside one phrase. */
static const char *const paired[] = {
  "加强", "改进", "完善", "坚持", "发展", "保障", "促进", "规范", "创新", "提升", "深化",
  "推进", "落实", "巩固", "拓展", "贯彻", "学习", "监督", "支持", "保护", "改善",
  "协调", "联动", "统筹", "协同", "融合", "整治", "治理", "引领", "带动", "共建", "共享",
  "传承", "弘扬", "利用", "开发", "收集", "使用", "应用", "推广", "废止", "修改", "修订",
  "制定", "清理", "废除", "调整",
};


/* Verbs used as nouns, and nouns, that close a compound (作风建设, 能力提升,
 * 体系建设, 事业单位):
 * a line does not start on one right after the noun it closes. */
static const char *const heads[] = {
  "建设", "提升", "管理", "治理", "保护", "改革", "落实", "整改", "整治", "创建",
  "发展", "保障", "改造", "单位", "情况", "工作", "领导小组", "工作专班", "指挥部", "活动",
  "阶段", "领域", "行业", "期间", "普查",
};

/* The whole of a field (系统, 领域) or a place's part (流域, 片区). */
static const char *const fields[] = {
  "系统", "领域", "行业", "流域", "片区", "战线",
};

/* Nouns that close the term they end (重点项目, 执行情况, 生活状况,
 * 反馈问题, 分析报告, 总结会议), whatever the word before them. */
static const char *const closing_nouns[] = {
  "项目", "情况", "状况", "问题", "报告", "会议",
};

/* What a title names itself at its end: "……上的讲话", "……的通知". */
static const char *const kinds[] = {
  "讲话", "发言", "交流发言", "表态发言", "经验交流发言", "应询发言", "发言提纲",
  "报告", "综合报告", "调研报告", "调查报告", "通知", "紧急通知", "意见", "实施意见",
  "指导意见", "若干意见", "说明", "决定", "工作方案", "实施方案", "实施办法", "办法",
  "议案", "决议", "建议", "规定", "通报", "批复", "请示", "公告", "通告", "公报", "纪要",
  "方案", "规划", "计划", "细则", "条例", "规则", "提案", "大会发言", "致辞", "主持词",
  "讲话提纲", "工作报告", "专项工作报告", "审计工作报告", "若干措施", "若干政策措施",
  "行动方案", "行动计划", "工作要点", "倡议书", "函",
};

/* What a quoted name with it names whole (“十五五”时期, “两新”组织); the
 * other words of two characters after a quote (专项, 主题, 应用) qualify
 * the noun after them. */
static const char *const quoted_wholes[] = {
  "改革", "行动", "活动", "工程", "计划", "规划", "试点", "品牌", "平台", "机制", "模式",
  "建设", "创建", "工作", "理念", "精神", "战略", "项目", "称号", "时期", "组织", "清单",
};

gboolean
fy_title_modifier_ends (const char *text,
                        guint       offset)
{
  return ends_with_one_of (text, offset, modifiers, G_N_ELEMENTS (modifiers));
}

gboolean
fy_title_modifier_starts (const char *p)
{
  return starts_with_one_of (p, modifiers, G_N_ELEMENTS (modifiers));
}

gboolean
fy_title_verb_ends (const char *text,
                    guint       offset)
{
  return ends_with_one_of (text, offset, verbs, G_N_ELEMENTS (verbs));
}

static gboolean
is_kind (const char *rest)
{
  /* the kind ends the title, or the name of a document it forwards
   * (关于转发《关于……的通知》的通知) */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_has_prefix (rest, kinds[i]))
      {
        const char *after = rest + strlen (kinds[i]);

        /* ……的决定（草案）》 */
        if (g_str_has_prefix (after, "（") && strstr (after, "）") != NULL)
          after = strstr (after, "）") + strlen ("）");
        if (*after == '\0' || g_str_has_prefix (after, "》"))
          return TRUE;
      }
  return FALSE;
}

/* Whether @rest is the title's kind, or a kind with a word of one to
 * three characters that says which (研讨发言, 分析报告, 主旨讲话). */
static gboolean
ends_with_kind (const char *rest)
{
  const char *p = rest;

  for (guint i = 0; i <= 3 && *p; i++)
    {
      gunichar ch = g_utf8_get_char (p);

      if (is_kind (p))
        return TRUE;
      if (g_unichar_get_script (ch) != G_UNICODE_SCRIPT_HAN || in_set ("的上和与及暨", ch))
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return FALSE;
}

/* How much dearer than the cheapest a relaxed break inside a name may
 * be for its meaning: below a cut through a word (FY_TITLE_RELAXED_CHAR). */
#define RELAXED_SPREAD 24
/* where a congress's name is cut first (……人民代表大会|常务委员会): as a
 * parent organ's end before a body of its own (中共……市委|机构……) */
#define RELAXED_SEAM 5

/* 的 before or after the boundary: NO_RULE where it is not there. */
static int
price_de (const FyTitleBoundary *bd)
{
  /* a meeting name | 的交流发言, or 的 | 通知 */
  /* a meeting's name | 的交流发言, or | 的通知: the last line may be short.
   * The kind of a document longer than two characters (的实施方案) is
   * no last line of its own under a full one. */
  if (bd->after == 0x7684 /* 的 */ && ends_with_kind (g_utf8_next_char (bd->at)))
    {
      glong tail = g_utf8_strlen (bd->at, -1);

      /* inside a forwarded document's name (……的决定（草案）》) the
       * title goes on: no last line */
      if (bd->before == 0x4E0A /* 上 */ || tail <= 3 || strstr (bd->at, "》") != NULL)
        return FY_TITLE_GENRE_BREAK;
      return tail <= 5 ? 2 : 6;
    }
  if (bd->after == 0x7684)
    return 30;
  /* 党的|二十大, 党的|建设: one name */
  if (ends_with (bd->text, bd->offset, "党的") && !ends_with_kind (bd->at))
    return 20;
  if (bd->before == 0x7684)
    return ends_with_kind (bd->at) ? 2 : bd->next_word == 1 ? 15 : 6;
  return NO_RULE;
}

/* Whether @at starts a meeting's session: 第四次会议, 八次全会. */
static gboolean
starts_session (const char *at)
{
  const char *q = g_str_has_prefix (at, "第") ? at + strlen ("第") : at;
  const char *r = q;

  while (in_set ("一二三四五六七八九十百零〇", g_utf8_get_char (r)))
    r = g_utf8_next_char (r);
  return r > q && (g_str_has_prefix (r, "次会议") || g_str_has_prefix (r, "次全会") ||
                   g_str_has_prefix (r, "次全体会议") || g_str_has_prefix (r, "次常务会议"));
}

/* Whether a numbered round without 第 (十五届, 五届) names the organ
 * that ends at @offset (市十五届人大, 县十九届人大): the round, the
 * organ and a session without 第 after it read as one designation. */
static gboolean
round_before (const char *text,
              guint       offset)
{
  const char *p = text + offset;

  for (int i = 0; i < 4 && p > text; i++)
    {
      p = g_utf8_prev_char (p);
      if (g_utf8_get_char (p) == 0x5C4A /* 届 */)
        return p > text && in_set ("一二三四五六七八九十百零〇", g_utf8_get_char (g_utf8_prev_char (p)));
    }
  return FALSE;
}

/* Whether a year of account (2025年度) ends at @offset. */
static gboolean
year_of_account (const char *text,
                 guint       offset)
{
  return ends_with (text, offset, "年度") && offset > strlen ("年度") &&
         g_unichar_isdigit (before2_of (text, offset - strlen ("度")));
}

/* The length in bytes of the place a year of account is of at @p
 * (全县, 东陵市; not 市级), or 0. */
static gsize
place_after_year (const char *p)
{
  gsize pl;

  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    if (g_str_has_prefix (p, modifiers[i]) && g_str_has_prefix (modifiers[i], "全"))
      return strlen (modifiers[i]);
  pl = fy_title_place_at (p);
  return g_utf8_strlen (p, pl) >= 2 ? pl : 0;
}

/* Whether a count starts at @p (4个, 12名, 五件): 等 sums up a list
 * with it (西塘社区|等4个社区), or with a kind that closes the phrase
 * (高校毕业生等青年). */
static gboolean
counted (const char *p)
{
  return after_number (p) > p;
}

/* Sessions, 的, 等, 和, modifiers: the phrase around the boundary. */
static int
price_phrases (const FyTitleBoundary *bd)
{
  int cost;

  /* a meeting's name and its session: 人民代表大会|第四次会议, a
   * phrase's edge every labelled set marks (45 of 45), cheap enough that
   * the session opens the second line rather than 的 and the kind stand
   * alone under a full one (……委员会|第五次会议上的大会发言); a session
   * without 第 after a round without it is one designation
   * (市十五届人大四次会议: judges of 7 sets never break it, 0 of 8) */
  if (g_unichar_get_script (bd->before) == G_UNICODE_SCRIPT_HAN && !in_set ("在于对开暨", bd->before) &&
      starts_session (bd->at))
    return g_str_has_prefix (bd->at, "第") ? 4 : round_before (bd->text, bd->offset) ? FY_TITLE_NO_BREAK : 12;

  /* 全国, 全省 …: one word, which ICU may not know */
  if (bd->before == 0x5168 /* 全 */ && in_set ("国省市县区乡镇村党军民", bd->after))
    return FY_TITLE_NO_BREAK;

  cost = price_de (bd);
  if (cost != NO_RULE)
    return cost;
  /* 等 closes a list and opens what it sums up (毕业生|等青年群体);
   * inside a word (等级, 平等) it is neither.  With a count, the name
   * before it goes with it (林秀禾等15名同志, 公交集团等20个集体: the
   * judges of sets 11 to 22 never part them, 0 of 9; those of sets 9
   * and 10 do, 3 of 3); so does a document's name (《……办法》等3件:
   * 》|等 marked 2 of 8 in sets 9 to 34, 等3件|规章 5 of 8), which a
   * quoted name inside it no longer undercuts (fy_title_names_head_price()) */
  if (bd->after == 0x7B49 /* 等 */ && bd->next_word == 1)
    return counted (g_utf8_next_char (bd->at)) ? 20 : 12;
  if (bd->before == 0x7B49 && bd->prev_word == 1)
    return counted (bd->at) ? FY_TITLE_NO_BREAK : 12;
  /* 同 as a preposition (成果|同乡村振兴有效衔接) opens a phrase like 和 */
  if (bd->after == 0x540C /* 同 */ && bd->next_word == 1 && !in_set ("在对把和与及并为以从向于", bd->before))
    return 6;
  /* a year of account closes the time the title is about
   * (关于2025年度|市级预算), with the place it is of when one follows
   * (关于2025年度全县|粮食安全, 2025年度东陵市|五星级) */
  if (year_of_account (bd->text, bd->offset))
    return 5;
  for (const char *p = g_utf8_prev_char (bd->at); p > bd->text && bd->at - p <= 15; p = g_utf8_prev_char (p))
    if (place_after_year (p) == (gsize) (bd->at - p) && year_of_account (bd->text, p - bd->text))
      return 6;
  /* 和 between two nouns' phrases, not inside a pair of verbs
   * (加强|和改进, 坚持|和完善), nor before a conjunct of two characters
   * that ends the phrase (集体|和个人的, 实践|与思考) */
  if (in_set ("和与及并", bd->after) && bd->next_word == 1 && !in_set ("在对把和与及并为以从向于", bd->before))
    return (ends_with_one_of (bd->text, bd->offset, paired, G_N_ELEMENTS (paired)) &&
            starts_with_one_of (g_utf8_next_char (bd->at), paired, G_N_ELEMENTS (paired))) ||
           (bd->after != 0x5E76 /* 并 */ && short_last_conjunct (g_utf8_next_char (bd->at))) ? CONJUNCT_INSIDE_PRICE : 6;
  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    if (ends_with (bd->text, bd->offset, modifiers[i]))
      return 20;
  return NO_RULE;
}

/* A verb whose object follows: a line ends on one cheaply only right
 * after 关于 (关于印发|, 关于进一步加强|), wherever 关于 stands (an
 * issuing organ may come first). */
static int
price_verbs (const FyTitleBoundary *bd)
{
  /* a modifier of a verb and the verb (加快|建设, 协同|推进) */
  if (ends_with_one_of (bd->text, bd->offset, adverbs, G_N_ELEMENTS (adverbs)) &&
      (starts_with_one_of (bd->at, verbs, G_N_ELEMENTS (verbs)) ||
       starts_with_one_of (bd->at, paired, G_N_ELEMENTS (paired)) || g_str_has_prefix (bd->at, "建设")))
    return 20;
  /* two verbs of a pair side by side are one (学习贯彻, 巩固拓展) */
  if (ends_with_one_of (bd->text, bd->offset, paired, G_N_ELEMENTS (paired)) &&
      starts_with_one_of (bd->at, paired, G_N_ELEMENTS (paired)))
    return 20;
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (ends_with (bd->text, bd->offset, verbs[i]))
      {
        gsize vl = strlen (verbs[i]);
        const char *about = g_strrstr_len (bd->text, bd->offset, "关于");

        /* two verbs of one object (关于进一步加强和规范|) */
        if (bd->offset > vl && in_set ("和与及并", g_utf8_get_char (g_utf8_prev_char (bd->at - vl))) &&
            ends_with_one_of (bd->text, bd->offset - vl - strlen ("和"), verbs, G_N_ELEMENTS (verbs)))
          vl += strlen ("加强和");
        return about != NULL && (gsize) (bd->at - about) <= strlen ("关于进一步") + vl ? 6 : 14;
      }
  /* a modifier and the verb it goes with, whose object follows
   * (全面建设|社会主义……), unless 关于 opens them */
  if (bd->offset >= strlen ("建设") &&
      ends_with_one_of (bd->text, bd->offset - strlen ("建设"), adverbs, G_N_ELEMENTS (adverbs)))
    {
      const char *about = g_strrstr_len (bd->text, bd->offset, "关于");

      return about != NULL && (gsize) (bd->at - about) <= strlen ("关于进一步加强") ? 6 : 14;
    }
  /* a modifier of a noun and the word it goes with (新时代基层|, 全市城市|) */
  if (bd->offset >= strlen ("基层") &&
      g_unichar_get_script (g_utf8_get_char (bd->at - strlen ("基层"))) == G_UNICODE_SCRIPT_HAN &&
      ends_with_one_of (bd->text, bd->offset - strlen ("基层"), modifiers, G_N_ELEMENTS (modifiers)))
    return starts_with_one_of (bd->at, heads, G_N_ELEMENTS (heads)) ? 16 : 14; /* 全国土壤|普查 */
  return NO_RULE;
}

/* The nearest of the @n characters before @offset that is in @set, or
 * NULL. */
static const char *
back_to (const char *text,
         guint       offset,
         guint       n,
         const char *set)
{
  const char *p = text + offset;

  for (guint i = 0; i < n && p > text; i++)
    {
      p = g_utf8_prev_char (p);
      if (in_set (set, g_utf8_get_char (p)))
        return p;
    }
  return NULL;
}

/* Whether one of the four characters before @offset is 以. */
static gboolean
opens_with_yi (const char *text,
               guint       offset)
{
  return back_to (text, offset, 4, "以") != NULL;
}


/* Verbs that 为 completes (更名为, 认定为, 列为, 调整为). */
static const char *const naming_verbs[] = {
  "更名", "改名", "命名", "认定", "确定", "评定", "确认", "变更", "调整", "升格", "改制",
  "改设", "转设", "设立", "列", "改", "转", "评", "划",
};

/* Words that end like a body's name and are none. */
static const char *const not_bodies[] = {
  "干部", "全部", "内部", "外部", "局部", "东部", "西部", "南部", "北部", "中部", "基层干部",
};

/* Function words stranded, a level's name, 关于, a word in 性, 专项. */
static int
price_function_words (const FyTitleBoundary *bd)
{
  /* stranded function words */
  if (in_set ("在对把和与及并为以从向于", bd->before) && bd->offset <= 3)
    return 40;
  /* …… but after 更名为, 认定为 what it becomes opens a phrase */
  if (bd->before == 0x4E3A /* 为 */ &&
      ends_with_one_of (bd->text, bd->offset - strlen ("为"), naming_verbs, G_N_ELEMENTS (naming_verbs)))
    return 6;
  if (in_set ("在对把和与及并为从向于同以", bd->before) &&
      (bd->prev_word == 1 || bd->before == 0x4E8E /* 于 */))
    return 25;
  /* the one-character name of a level goes with its body (县|人大代表),
   * unless it ends a place's name the dictionary read apart (岑阳市|) */
  if (in_set ("省市县区乡镇村", bd->before) && bd->prev_word == 1 && !ends_place (bd->text, bd->offset))
    return 20;
  if (bd->before == 0x4E8E && bd->before2 == 0x5173 /* 关于 */)
    return 14;
  /* a word in 性 qualifies the noun after it (控制性|详细规划,
   * 全国性|综合交通枢纽, 保障性|住房) */
  if (bd->prev_word >= 2 && bd->before == 0x6027 /* 性 */ &&
      g_unichar_get_script (bd->after) == G_UNICODE_SCRIPT_HAN && !in_set ("的和与及并等", bd->after))
    return 16;
  /* 专项 qualifies the act or the fund after it (专项|执法检查, 专项|资金):
   * a line never ends on it */
  if (ends_with (bd->text, bd->offset, "专项") && g_unichar_get_script (bd->after) == G_UNICODE_SCRIPT_HAN &&
      !in_set ("的和与及并等暨", bd->after))
    return 20;
  return NO_RULE;
}

/* Words that close a term, heads of phrases, a preposition that opens
 * one, words ICU does not know, suffixes, names of bodies. */
static int
price_heads (const FyTitleBoundary *bd)
{
  /* a line never starts on a noun that closes the term it ends after
   * the noun or verb it closes */
  if (starts_with_one_of (bd->at, closing_nouns, G_N_ELEMENTS (closing_nouns)) &&
      g_unichar_get_script (bd->before) == G_UNICODE_SCRIPT_HAN &&
      !in_set ("在对把和与及并为以从向于的等", bd->before))
    return FY_TITLE_NO_BREAK;
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    if (g_str_has_prefix (bd->at, heads[i]) && g_unichar_get_script (bd->before) == G_UNICODE_SCRIPT_HAN &&
        !in_set ("在对把和与及并为以从向于的", bd->before))
      return 16;
  /* 为 completes a verb of naming or becoming (更名为, 认定为, 列为):
   * no preposition of its own */
  if (bd->after == 0x4E3A /* 为 */ && ends_with_one_of (bd->text, bd->offset, naming_verbs, G_N_ELEMENTS (naming_verbs)))
    return 20;
  /* a preposition or 让 opens a phrase of its own (|为全县……贡献, |让……),
   * but not the 为 of 以……为…… (以人民|为中心 is one phrase) */
  if (bd->next_word == 1 && in_set ("为以对从向把将让使", bd->after) && bd->offset > 3)
    return bd->after == 0x4E3A /* 为 */ && opens_with_yi (bd->text, bd->offset) ? 16 : 4;
  /* a two-character word ICU does not know, cut in two (谱|写, 全|县) */
  if (bd->prev_word == 1 && bd->next_word == 1 &&
      g_unichar_get_script (bd->before) == G_UNICODE_SCRIPT_HAN &&
      g_unichar_get_script (bd->after) == G_UNICODE_SCRIPT_HAN)
    return 16;
  /* a suffix or a bound head stays with its word (工作|者, 办公|室, 教育|厅,
   * 坚持|好, 金融服务|站) */
  if (bd->next_word == 1 && in_set ("者员们室厅局处部办院委所好户站队班科库园港馆网", bd->after) &&
      g_unichar_get_script (bd->before) == G_UNICODE_SCRIPT_HAN)
    return 30;
  /* a post closes the name of the body it heads (党（工）委|书记,
   * 第二人民医院|院长) */
  if (fy_title_post_at (bd->at) && g_unichar_get_script (bd->before) == G_UNICODE_SCRIPT_HAN &&
      !in_set ("在对把和与及并为以从向于的等暨", bd->before))
    return 30;
  /* after the name of a body or of people: 工作者, 委员会, 人民法院; 干部,
   * 全部, 内部 are none (机关干部作风) */
  if (in_set ("者员局委站院室处厅部", bd->before) &&
      !ends_with_one_of (bd->text, bd->offset, not_bodies, G_N_ELEMENTS (not_bodies)))
    return 5;
  return NO_RULE;
}

/* Function words, heads of phrases, words ICU does not know, suffixes. */
static int
price_words (const FyTitleBoundary *bd)
{
  int cost = price_function_words (bd);

  return cost != NO_RULE ? cost : price_heads (bd);
}

/* @prev_word, @next_word: characters in the ICU words that end and start
 * at @offset.  The boundary is read once (FyTitleBoundary); the groups of
 * rules are tried in order, and the first rule that applies decides. */
static int
price (const char *text,
       guint       offset,
       guint       prev_word,
       guint       next_word)
{
  FyTitleBoundary bd;
  int cost;

  /* a subtitle's dash opens its line (……转型升级|——在……上的发言) */
  if (g_str_has_prefix (text + offset, "——"))
    return 1;
  /* nor inside a range of years or numbers (（2025—2040年）, 1—6月) */
  if (g_utf8_get_char (g_utf8_prev_char (text + offset)) == 0x2014 /* — */ ||
      (g_str_has_prefix (text + offset, "—") && g_ascii_isdigit (text[offset + strlen ("—")])))
    return FY_TITLE_NO_BREAK;
  fy_title_boundary_init (&bd, text, offset, prev_word, next_word);
  cost = fy_title_price_numbers (&bd);

  if (cost == NO_RULE)
    cost = price_phrases (&bd);
  if (cost == NO_RULE)
    cost = fy_title_price_marks (&bd);
  if (cost == NO_RULE)
    cost = price_verbs (&bd);
  if (cost == NO_RULE)
    cost = price_words (&bd);
  return cost == NO_RULE ? 8 : cost;
}

/* Whether the place a document's name opens with ends at @offset
 * (《岑阳市|城市道路……》, 〈青川县|……〉): a phrase of its own, as before
 * the name of what it issues. */
static gboolean
after_name_place (const char *text,
                  guint       offset)
{
  const char *open = back_to (text, offset, 5, "《〈");
  const char *name = open != NULL ? g_utf8_next_char (open) : NULL;

  /* 全国 and 国家 qualify the name more than they place it */
  return name != NULL && g_utf8_strlen (name, text + offset - name) >= 2 &&
         fy_title_place_at (name) == (gsize) (text + offset - name) &&
         !g_str_has_prefix (name, "全国") && !g_str_has_prefix (name, "国家");
}

/* ---- parts of speech (fy-title-lexicon.c) ------------------------------ */

/*
 * What the words on both sides of a boundary say where the rules saw no
 * phrase boundary (a price of 8 or more): a modifier and the noun it
 * modifies, two nouns of one term (高校|毕业生, 建设|用地, 工作|人员,
 * 临江市|国民经济), two verbs of one act (参保|缴费) belong together; a
 * character that is a word of its own and no function word (开|创新,
 * 对接|会) goes with its neighbour.
 */
/* Whether word @k of @words is one Han character and no function word
 * or mark: a character the dictionary reads as a word of its own. */
static gboolean
single_at (GArray     *words,
           guint       k,
           const char *text)
{
  const FyTitleWord *w;
  TagClass c;

  if (k >= words->len)
    return FALSE;
  w = &g_array_index (words, FyTitleWord, k);
  c = tag_class (w->tag);
  /* a measure word after no number is a word's end the dictionary
   * cut off (燃气管|道) */
  if (w->tag[0] == 'q' && k > 0 && tag_class (g_array_index (words, FyTitleWord, k - 1).tag) != TAG_NUMBER)
    c = TAG_NOUN;
  return g_utf8_strlen (text + w->start, w->end - w->start) == 1 &&
         c != TAG_FUNCTION && c != TAG_NUMBER && c != TAG_MARK;
}

/* Whether @left names the term @right heads or the other way round: a
 * quoted name and its noun or Latin word (“我为群众办实事”|实践活动,
 * “岚医通”|APP; not “枫桥经验”|推进, nor the conjunction 暨 the
 * dictionary reads as a noun), a number or Latin letters and a noun
 * (12345|政务服务热线, 跨境电商|B2B出口). */
static gboolean
names_head (const FyTitleWord *left,
            const FyTitleWord *right,
            const char        *text)
{
  TagClass l = tag_class (left->tag), r = tag_class (right->tag);
  gboolean latin = strcmp (right->tag, "eng") == 0 && g_ascii_isalpha (text[right->start]);

  if (left->end - left->start == strlen ("”") && strncmp (text + left->start, "”", strlen ("”")) == 0)
    return (r == TAG_NOUN && !g_str_has_prefix (text + right->start, "暨")) || latin ||
           (r == TAG_VERB && !starts_with_one_of (text + right->start, verbs, G_N_ELEMENTS (verbs)));
  if (strcmp (left->tag, "eng") == 0 && r == TAG_NOUN)
    return TRUE;
  return l == TAG_NOUN && latin;
}

/* Whether the boundary after word @i has a character that is a word of
 * its own on one side: a run of them is a name the dictionary lacks
 * (桐|川, 柳|河), whose inside is one word; one alone goes with its
 * neighbour, a modifier (新, 各) with the word after it. */
static gboolean
lone_single (GArray     *words,
             guint       i,
             const char *text)
{
  const FyTitleWord *right = &g_array_index (words, FyTitleWord, i + 1);

  /* the level that ends a place (白鹭|市|) is no character alone */
  if (single_at (words, i, text) && !ends_place (text, right->start))
    return single_at (words, i + 1, text) || i == 0 || !single_at (words, i - 1, text);
  return single_at (words, i + 1, text) && !single_at (words, i + 2, text) &&
         tag_class (right->tag) != TAG_MODIFIER;
}

/* Two nouns side by side (or a modifier and a noun): a term of four or
 * five characters; between longer words the boundary is a phrase's as
 * often (义务教育阶段|学生体质), but not before a short noun that ends the
 * run (技工学校|毕业生|就业). */
static int
noun_pair (const FyTitleWord *left,
           const FyTitleWord *right,
           const FyTitleWord *after,
           const char        *text)
{
  glong ln = g_utf8_strlen (text + left->start, left->end - left->start);
  glong rn = g_utf8_strlen (text + right->start, right->end - right->start);

  if (ln + rn <= 5)
    return 14;
  if (rn <= 3 && (after == NULL || tag_class (after->tag) != TAG_NOUN))
    return 12;
  return 0;
}

/* Two acts side by side, a verbal noun included (调查|采样, 收集|使用),
 * are one; a verb and an object of one four-character word before the
 * noun they qualify (收集使用|个人信息|专项治理) one phrase, where a
 * shorter word begins a longer object (创建|国家级开发区). */
static int
verb_pair (const FyTitleWord *left,
           const FyTitleWord *right,
           const FyTitleWord *after,
           const char        *text)
{
  TagClass l = tag_class (left->tag), r = tag_class (right->tag);

  /* a verb that opens a phrase (促进, 推动) starts an act of its own */
  if (r == TAG_VERB && (l == TAG_VERB || (strcmp (left->tag, "vn") == 0 &&
                                           !starts_with_one_of (text + right->start, verbs, G_N_ELEMENTS (verbs)))))
    return 12;
  /* …… but a place-wide modifier (全市) is no object */
  if (l == TAG_VERB && r == TAG_NOUN && g_utf8_strlen (text + right->start, right->end - right->start) == 4 &&
      after != NULL && tag_class (after->tag) == TAG_NOUN &&
      !starts_with_one_of (text + right->start, modifiers, G_N_ELEMENTS (modifiers)))
    return 14;
  return 0;
}

/* Whether a Latin term ends at @left's end and 和, 与 or 及 is @right
 * (PM2.5和臭氧|协同控制): the term and the noun it is paired with name
 * one subject, whatever follows them. */
static gboolean
latin_pair (const FyTitleWord *left,
            const FyTitleWord *right,
            const char        *text)
{
  return g_ascii_isalnum (text[left->end - 1]) && right->end - right->start == strlen ("和") &&
         in_set ("和与及", g_utf8_get_char (text + right->start));
}

/* What a Latin term's pair (latin_pair) or an adverb the dictionary
 * reads as a noun and the verb it qualifies (协同|控制, 系统|治理) make of
 * the price @p. */
static int
pair_price (const FyTitleWord *left,
            const FyTitleWord *right,
            const char        *text,
            int                p)
{
  if (latin_pair (left, right, text))
    return MAX (p, 14);
  /* what develops, then 高质量发展 (航空器产业|高质量发展, 县域经济|高质量
   * 发展): the aim is a phrase of its own; not a place's (白鹭高质量发展)
   * nor one that qualifies what follows (……高质量发展新局面) */
  if (p >= 8 && g_str_has_prefix (text + right->start, "高质量发展") && tag_class (left->tag) == TAG_NOUN &&
      left->tag[1] != 's' && left->tag[1] != 'r' &&
      !g_str_has_prefix (text + right->start + strlen ("高质量发展"), "新"))
    return 6;
  if (p >= 8 && tag_class (right->tag) == TAG_VERB &&
      ends_with_one_of (text, left->end, adverbs, G_N_ELEMENTS (adverbs)) &&
      left->start + strlen ("协同") >= left->end)
    return MAX (p, 16);
  return p;
}

/* The price of a boundary between a quoted name's qualifier and the noun
 * it qualifies: dearer than a line more. */
#define QUOTE_QUALIFIER_PRICE 24

/* Whether @left, after a quote (@before), is a word of two characters
 * that names nothing whole and @right goes on with a noun or a verb:
 * “一老一小”服务|提质年活动, not “放管服”改革|优化营商环境, nor before a
 * verb that opens an act (“千万工程”经验|推进: 19 of 19 marked). */
static gboolean
quote_qualifies (const FyTitleWord *before,
                 const FyTitleWord *left,
                 const FyTitleWord *right,
                 const char        *text)
{
  TagClass r = tag_class (right->tag);

  return before->end - before->start == strlen ("”") && strncmp (text + before->start, "”", strlen ("”")) == 0 &&
         g_utf8_strlen (text + left->start, left->end - left->start) == 2 &&
         g_unichar_get_script (g_utf8_get_char (text + left->start)) == G_UNICODE_SCRIPT_HAN &&
         !starts_with_one_of (text + left->start, quoted_wholes, G_N_ELEMENTS (quoted_wholes)) &&
         (r == TAG_NOUN || r == TAG_VERB) && !(starts_with_one_of (text + right->start, verbs, G_N_ELEMENTS (verbs)) &&
                                               !g_str_has_prefix (text + right->start + strlen ("推进"), "会")) &&
         g_unichar_get_script (g_utf8_get_char (text + right->start)) == G_UNICODE_SCRIPT_HAN;
}

/* A postposition and the words around it (@before may be NULL), at a
 * boundary priced @p: NO_RULE where no postposition is there. */
static int
postposition_price (const FyTitleWord *before,
                    const FyTitleWord *left,
                    const FyTitleWord *right,
                    const char        *text,
                    int                p)
{
  TagClass l = tag_class (left->tag), r = tag_class (right->tag);
  gboolean right_single = g_utf8_strlen (text + right->start, right->end - right->start) == 1;

  /* a postposition closes its phrase (在……工作中, 在……过程中) */
  if (p >= 0 && right_single && right->tag[0] == 'f' && l != TAG_MARK && l != TAG_FUNCTION)
    return MAX (p, 30);
  /* a postposition of two characters closes a modifier of what follows
   * (规模以上|工业, 中长期|规划): the noun after it is no new phrase */
  if (p >= 8 && !right_single && right->tag[0] == 'f' && l == TAG_NOUN)
    return MAX (p, 20);
  if (p >= 8 && left->tag[0] == 'f' && left->end - left->start > strlen ("上") && r == TAG_NOUN &&
      before != NULL && tag_class (before->tag) == TAG_NOUN)
    return MAX (p, 16);
  return NO_RULE;
}

/* Scopes a term is narrowed to (城市危旧房屋, 农村客运, 基层治理, 高校毕业生):
 * none of the 61 boundaries after one, where no noun before makes it a
 * head, is marked in the labelled sets. */
static const char *const scopes[] = { "城市", "农村", "城乡", "基层", "高校", };

#define SCOPE_PRICE 24

/* Whether @w is one of scopes[]. */
static gboolean
is_scope (const FyTitleWord *w,
          const char        *text)
{
  for (guint k = 0; k < G_N_ELEMENTS (scopes); k++)
    if (w->end - w->start == strlen (scopes[k]) && strncmp (text + w->start, scopes[k], w->end - w->start) == 0)
      return TRUE;
  return FALSE;
}

/* What two acts of two characters that 和, 与 or 及 joins share after
 * them: a head (征收与补偿|情况, 发布与传播|工作), the kind (交办和督办|的),
 * a 《》 name's close or the title's end. */
static const char *const shared_heads[] = {
  "情况", "工作", "方案", "办法", "实施", "的", "》",
};

/* Whether @left and @after are acts of two characters that the
 * conjunction @right joins before what they share (房屋征收与补偿情况,
 * 款物接收和使用情况, 提案遴选和督办方案): the two are one phrase, and
 * the labelled sets mark 1 of the 15 breaks before such a conjunction. */
static gboolean
joined_acts (const FyTitleWord *left,
             const FyTitleWord *right,
             const FyTitleWord *after,
             const char        *text)
{
  if (after == NULL || right->end - right->start != strlen ("和") ||
      !in_set ("和与及", g_utf8_get_char (text + right->start)) ||
      g_utf8_strlen (text + left->start, left->end - left->start) != 2 ||
      g_utf8_strlen (text + after->start, after->end - after->start) != 2 ||
      left->tag[0] != 'v' || after->tag[0] != 'v')
    return FALSE;
  return text[after->end] == '\0' ||
         starts_with_one_of (text + after->end, shared_heads, G_N_ELEMENTS (shared_heads));
}

/* The rules that decide a boundary between two words whatever their
 * parts of speech: 暨, a postposition that closes its phrase, a word and
 * the head it names, 建设 after what it builds, a quoted name's
 * qualifier, a pair (pair_price()).  FALSE where none of them applies. */
static gboolean
tags_decide (GArray     *words,
             guint       i,
             const char *text,
             int         p,
             int        *cost)
{
  const FyTitleWord *left = &g_array_index (words, FyTitleWord, i);
  const FyTitleWord *right = &g_array_index (words, FyTitleWord, i + 1);
  const FyTitleWord *after = i + 2 < words->len ? &g_array_index (words, FyTitleWord, i + 2) : NULL;
  const FyTitleWord *before = i > 0 ? &g_array_index (words, FyTitleWord, i - 1) : NULL;
  TagClass l = tag_class (left->tag);
  int post;

  /* the dictionary reads the conjunction 暨 as a noun: after it the
   * rules decided */
  if (left->end - left->start == strlen ("暨") && g_utf8_get_char (text + left->start) == 0x66A8 /* 暨 */)
    {
      *cost = p;
      return TRUE;
    }
  post = postposition_price (before, left, right, text, p);
  if (post != NO_RULE)
    {
      *cost = post;
      return TRUE;
    }
  if (p >= 8 && names_head (left, right, text))
    {
      *cost = MAX (p, fy_title_names_head_price (left, right, text));
      return TRUE;
    }
  /* 建设 closes the noun it is the building of (法治政府|建设, 队伍|建设),
   * unless a noun it qualifies follows (建设|项目) or a second act
   * (建设|和运营管理) */
  if (p >= 0 && l == TAG_NOUN && right->end - right->start == strlen ("建设") &&
      g_str_has_prefix (text + right->start, "建设") &&
      (after == NULL || (tag_class (after->tag) != TAG_NOUN && !in_set ("和与及", g_utf8_get_char (text + after->start)))))
    {
      *cost = MAX (p, 24);
      return TRUE;
    }
  /* the whole of a field or a place's part closes the noun before it
   * (交通运输|系统, 建设工程|领域, 泓江|流域, 望舒|片区), unless it is an
   * adverb before its verb (系统|推进) */
  if (p >= 0 && l == TAG_NOUN && starts_with_one_of (text + right->start, fields, G_N_ELEMENTS (fields)) &&
      !starts_with_one_of (text + right->start + strlen ("系统"), verbs, G_N_ELEMENTS (verbs)) &&
      !starts_with_one_of (text + right->start + strlen ("系统"), paired, G_N_ELEMENTS (paired)))
    {
      *cost = MAX (p, 30);
      return TRUE;
    }
  /* a scope (城市, 农村, 基层) before the term it narrows is part of
   * it (开展|城市危旧房屋, 加强|农村饮用水安全): unless a noun before makes
   * it a head (农业农村|工作会议, 交通枢纽城市|实施方案) */
  if (p >= 0 && tag_class (right->tag) == TAG_NOUN && is_scope (left, text) &&
      (before == NULL || tag_class (before->tag) != TAG_NOUN || strcmp (before->tag, "ns") == 0))
    {
      *cost = MAX (p, SCOPE_PRICE);
      return TRUE;
    }
  /* a quoted name, a word of two characters that qualifies what follows
   * and the noun it qualifies are one name (“5G+智慧教育”应用|示范校) */
  if (p >= 0 && before != NULL && quote_qualifies (before, left, right, text))
    {
      *cost = MAX (p, QUOTE_QUALIFIER_PRICE);
      return TRUE;
    }
  if (p >= 0 && joined_acts (left, right, after, text))
    {
      *cost = MAX (p, CONJUNCT_INSIDE_PRICE);
      return TRUE;
    }
  if (p >= 0 && pair_price (left, right, text, p) != p)
    {
      *cost = pair_price (left, right, text, p);
      return TRUE;
    }
  return FALSE;
}

/* Whether the verb of two characters @right closes the noun
 * phrase it ends, its object before it (信访积案|化解“清仓见底”…, 矛盾纠纷
 * 源头|化解的, 资本金|补助的): the phrase stops right after it, at 的, a
 * mark or the title's end.  Not after a place, whose act it is (澄湾区|
 * 推进“……”), nor a verb whose object follows (中小学校|开展“……”).  Of
 * the 42 such boundaries in the labelled sets, one is marked. */
static gboolean
closing_verb (const FyTitleWord *left,
              const FyTitleWord *right,
              const FyTitleWord *after,
              const char        *text)
{
  if (tag_class (left->tag) != TAG_NOUN || strcmp (right->tag, "v") != 0 ||
      g_utf8_strlen (text + right->start, right->end - right->start) != 2 ||
      strcmp (left->tag, "ns") == 0 ||
      in_set ("市县区镇乡村省州", g_utf8_get_char (g_utf8_prev_char (text + left->end))) ||
      starts_with_one_of (text + right->start, verbs, G_N_ELEMENTS (verbs)))
    return FALSE;
  return after == NULL || strcmp (after->tag, "uj") == 0 || tag_class (after->tag) == TAG_MARK;
}

static int
price_tags (GArray     *words,
            guint       i,
            const char *text,
            int         p)
{
  const FyTitleWord *left = &g_array_index (words, FyTitleWord, i);
  const FyTitleWord *right = &g_array_index (words, FyTitleWord, i + 1);
  const FyTitleWord *after = i + 2 < words->len ? &g_array_index (words, FyTitleWord, i + 2) : NULL;
  const FyTitleWord *before = i > 0 ? &g_array_index (words, FyTitleWord, i - 1) : NULL;
  TagClass l = tag_class (left->tag), r = tag_class (right->tag);
  int cost;

  if (tags_decide (words, i, text, p, &cost))
    return cost;
  if (p < 8 || l == TAG_MARK || r == TAG_MARK)
    return p;
  if (lone_single (words, i, text) || closing_verb (left, right, after, text))
    return MAX (p, 16);
  if ((l == TAG_NOUN || l == TAG_TIME || l == TAG_MODIFIER) && r == TAG_NOUN)
    return MAX (p, noun_pair (left, right, after, text));
  /* a verb of two characters between two nouns is a term's part, not
   * a verb and its object (财政决算|草案, 公路养护|资金, 基层治理|体系);
   * after a place it is the place's act (嘉陵区创建|国家……) */
  if (l == TAG_VERB && r == TAG_NOUN && before != NULL && g_utf8_strlen (text + left->start, left->end - left->start) <= 2 &&
      tag_class (before->tag) == TAG_NOUN && strcmp (before->tag, "ns") != 0)
    return MAX (p, 12);
  if (l == TAG_MODIFIER && r == TAG_VERB)
    return MAX (p, 14);
  return MAX (p, verb_pair (left, right, after, text));
}

/* Whether the boundary after word @i cuts a place from its level (东陵|市,
 * 云台|镇, 桐|川|市, 东陵|市政府): the dictionary lacks most places and
 * reads their level as a word of its own or as the start of the next. */
static gboolean
place_cut (GArray     *words,
           guint       i,
           const char *text)
{
  const FyTitleWord *left = &g_array_index (words, FyTitleWord, i);
  const FyTitleWord *right = &g_array_index (words, FyTitleWord, i + 1);
  gboolean name = left->tag[0] == 'n' && (left->tag[1] == 's' || left->tag[1] == 'r');

  /* the party or its youth league and the place of its committee or
   * congress (中国共产党|白鹭市第八次代表大会, 共青团|苈溪县委员会: the
   * sets mark none of the 22 breaks after 共青团) */
  if ((ends_with (text, left->end, "中国共产党") || ends_with (text, left->end, "中共") ||
       ends_with (text, left->end, "共青团")) &&
      fy_title_place_at (text + right->start) > 0)
    return TRUE;
  /* a place's own level of budget (岑阳市|本级) */
  if (g_str_has_prefix (text + right->start, "本级") &&
      in_set ("省市县区州镇乡", g_utf8_get_char (g_utf8_prev_char (text + left->end))))
    return TRUE;
  /* a name of two characters read one by one (岑|阳|市, 松|崖|县) */
  if (i + 2 < words->len && single_at (words, i, text) && single_at (words, i + 1, text) &&
      place_cut (words, i + 1, text))
    return TRUE;
  /* a community or a sub-district named after a place (西塘|社区,
   * 桐湾|街道): no judge parts them (0 of 15) */
  if ((name || strcmp (left->tag, "zg") == 0) && right->end - right->start == strlen ("社区") &&
      (g_str_has_prefix (text + right->start, "社区") || g_str_has_prefix (text + right->start, "街道")))
    return TRUE;
  if (!in_set ("省市县区州镇乡村", g_utf8_get_char (text + right->start)) ||
      g_unichar_get_script (g_utf8_get_char (g_utf8_prev_char (text + left->end))) != G_UNICODE_SCRIPT_HAN)
    return FALSE;
  if (right->end - right->start > strlen ("市"))
    return name;
  /* a year of account or a place-wide word is no place's name (2027年度|
   * 村（社区）, 全县|村（社区）), nor a verb the dictionary calls a noun
   * (调整|县人大常委会……, fy_title_place_at()) */
  return name || (tag_class (left->tag) == TAG_NOUN && !year_of_account (text, left->end) &&
                  !ends_with_one_of (text, left->end, modifiers, G_N_ELEMENTS (modifiers)) &&
                  !fy_title_verb_ends (text, left->end));
}


/* Word boundaries in @boundary (by byte): @lexicon's words
 * (fy-title-lexicon.c), returned, or ICU's when @lexicon is NULL. */
static GArray *
find_words (const FyTitleLexicon *lexicon,
            const char           *text,
            gboolean             *boundary)
{
  GArray *words = fy_title_lexicon_segment (lexicon, text);
  g_autofree gunichar2 *u16 = NULL;
  glong u16_len = 0;
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *bi;
  const char *p = text;
  glong pos = 0;

  if (words != NULL)
    {
      for (guint i = 0; i < words->len; i++)
        boundary[g_array_index (words, FyTitleWord, i).start] = TRUE;
      return words;
    }
  u16 = g_utf8_to_utf16 (text, -1, NULL, &u16_len, NULL);
  if (u16 == NULL)
    return NULL;
  bi = ubrk_open (UBRK_WORD, "zh", (const UChar *) u16, u16_len, &status);
  if (U_FAILURE (status))
    return NULL;
  while (*p)
    {
      boundary[p - text] = ubrk_isBoundary (bi, pos);
      pos += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
      p = g_utf8_next_char (p);
    }
  ubrk_close (bi);
  return NULL;
}

/* A word the dictionary's likeliest reading split, its last character
 * read with the word before (储备粮库|存数量 for 储备粮|库存, 燃气管|道,
 * 第一批|次): where a character alone after a word of three or more
 * makes a word with that word's last one, and the rest is a word too,
 * the boundary lies inside a word: none of the 11 such boundaries in the
 * sets is marked. */
static void
find_split_words (const FyTitleLexicon *lexicon,
                  const char           *text,
                  GArray               *words,
                  gboolean             *inside)
{
  for (guint i = 0; words != NULL && i + 1 < words->len; i++)
    {
      const FyTitleWord *left = &g_array_index (words, FyTitleWord, i);
      const FyTitleWord *right = &g_array_index (words, FyTitleWord, i + 1);
      const FyTitleWord *after = i + 2 < words->len ? &g_array_index (words, FyTitleWord, i + 2) : NULL;
      const char *last = g_utf8_prev_char (text + left->end);

      /* a character alone before another (研究所|建|所60周年) is a word
       * the dictionary lacks, read with the one after it */
      if (g_utf8_strlen (text + right->start, right->end - right->start) != 1 ||
          (after != NULL && g_utf8_strlen (text + after->start, after->end - after->start) == 1) ||
          g_unichar_get_script (g_utf8_get_char (text + right->start)) != G_UNICODE_SCRIPT_HAN ||
          g_utf8_strlen (text + left->start, left->end - left->start) < 3)
        continue;
      if (fy_title_lexicon_has_word (lexicon, last, right->end - (last - text)) &&
          fy_title_lexicon_has_word (lexicon, text + left->start, last - (text + left->start)))
        inside[right->start] = TRUE;
    }
}

/* What the finders mark in a title, by byte: where a word starts, and
 * the boundaries inside a term, a name or a phrase. */
typedef struct
{
  const char *text;
  gsize       len;
  GArray     *words;         /* the dictionary's, or NULL */
  gboolean   *boundary;      /* a word starts here */
  gboolean   *inside;        /* inside a term or a short bracket */
  gboolean   *forbid;        /* inside an organ's, an issuer's, a zone's name */
  gboolean   *organ_break;   /* between two joint issuers */
  gboolean   *after_zone;    /* after a zone's name */
  gboolean   *tail_start;    /* before a meeting's kind */
  gboolean   *tail_inside;   /* inside a meeting's kind */
  gboolean   *event_inside;  /* inside an event's name */
  int        *event_opens;   /* a round a place holds, a session: its price */
  gboolean   *conjunct;      /* inside one of two parallel conjuncts */
} TitleMarks;

static void
title_marks_clear (TitleMarks *m)
{
  g_clear_pointer (&m->words, g_array_unref);
  g_clear_pointer (&m->boundary, g_free);
  g_clear_pointer (&m->inside, g_free);
  g_clear_pointer (&m->forbid, g_free);
  g_clear_pointer (&m->organ_break, g_free);
  g_clear_pointer (&m->after_zone, g_free);
  g_clear_pointer (&m->tail_start, g_free);
  g_clear_pointer (&m->tail_inside, g_free);
  g_clear_pointer (&m->event_inside, g_free);
  g_clear_pointer (&m->event_opens, g_free);
  g_clear_pointer (&m->conjunct, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TitleMarks, title_marks_clear)

static void
title_marks_find (TitleMarks           *m,
                  const FyTitleLexicon *lexicon,
                  const char           *text)
{
  gsize len = strlen (text);

  m->text = text;
  m->len = len;
  m->boundary = g_new0 (gboolean, len + 1);
  m->inside = g_new0 (gboolean, len + 1);
  m->forbid = g_new0 (gboolean, len + 1);
  m->organ_break = g_new0 (gboolean, len + 1);
  m->after_zone = g_new0 (gboolean, len + 1);
  m->tail_start = g_new0 (gboolean, len + 1);
  m->tail_inside = g_new0 (gboolean, len + 1);
  m->event_inside = g_new0 (gboolean, len + 1);
  m->event_opens = g_new0 (int, len + 1);
  m->conjunct = g_new0 (gboolean, len + 1);

  /* terms (fy-title-terms.c): their inside is no place to break */
  fy_title_find_terms (text, m->inside);
  fy_title_find_short_brackets (text, m->inside);

  fy_title_find_meeting_kinds (text, m->tail_start, m->tail_inside);
  m->words = find_words (lexicon, text, m->boundary);
  find_split_words (lexicon, text, m->words, m->inside);
  fy_title_find_place_names (text, m->words, m->inside);
  fy_title_find_bare_heads (text, m->inside);
  fy_title_find_organs (text, m->words, m->forbid, m->inside);
  fy_title_find_issuers (text, m->words, m->forbid, m->organ_break);
  fy_title_find_stubs (text, m->forbid);
  /* a title's opening 在 alone is no line (在|岐澜省人民代表大会常务委员会
   * ……): none of the 623 titles that open on it in the sets marks a
   * break after it.  Where the name after it is longer than a line, the
   * relaxed pass cuts the name first (人民代表大会|常务委员会). */
  if (g_str_has_prefix (text, "在"))
    m->inside[strlen ("在")] = TRUE;
  fy_title_find_zones (text, m->forbid, m->after_zone);

  fy_title_find_headed_terms (text, m->words, m->inside);
  fy_title_find_events (text, m->words, m->event_inside, m->event_opens);
  fy_title_find_session_opens (text, m->event_opens);
  fy_title_find_parallel (text, m->words, m->conjunct);
}

/* The price of the boundary at byte @o by its phrase (price()), then by
 * the parts of speech of the words on both sides (price_tags()). */
static int
phrase_price (const TitleMarks *m,
              guint             o)
{
  const char *text = m->text;
  guint next_word = 0, prev_word = 0;
  int p;

  for (const char *q = text + o; *q && (next_word == 0 || !m->boundary[q - text]);
       q = g_utf8_next_char (q))
    next_word++;
  for (const char *q = text + o; q > text && (prev_word == 0 || !m->boundary[q - text]);
       q = g_utf8_prev_char (q))
    prev_word++;
  p = price (text, o, prev_word, next_word);
  if (m->words != NULL && m->boundary[o])
    {
      guint i = 0;
      const FyTitleWord *left = word_ending_at (m->words, o, &i);

      if (left != NULL && i + 1 < m->words->len)
        p = place_cut (m->words, i, text) ? FY_TITLE_NO_BREAK : price_tags (m->words, i, text, p);
    }
  return p;
}

/* @p, the phrase price of the boundary at byte @o, as the names and the
 * marks around it raise or lower it. */
static int
names_price (const TitleMarks *m,
             guint             o,
             int               p)
{
  const char *text = m->text;

  /* after a zone's name (开发区|高质量发展), unless 的 or a mark decided */
  if (p > 4 && m->after_zone[o])
    p = 4;
  /* a short quoted term inside a 《》 name (《……“五个|一批”……》) is no
   * less whole than outside one */
  if (p >= 0 && after_name_place (text, o))
    p = MIN (p, 6);
  else if (p >= 0)
    p = MAX (p + (p <= 16 ? fy_title_inside_marks (text, o, "“", "”") : 0),
             fy_title_inside_marks (text, o, "“", "”")) +
        fy_title_inside_marks (text, o, "《", "》");
  if (p > 6 && m->tail_start[o] && !fy_title_quote_names_meeting (text, o))
    p = 6;
  if (p >= 0 && m->conjunct[o])
    p = MAX (p, 20);
  /* inside a meeting's kind or an event's name: dearer than a line more
   * (EXTRA_TITLE_LINE_COST, a price of 7 more) where the lines keep their
   * shape */
  if (p >= 0 && (m->tail_inside[o] || m->event_inside[o]))
    p = MAX (p, 28);
  if (m->event_opens[o] > 0)
    p = m->event_opens[o];
  /* a boundary careful judges split over costs more, so that one they
   * all accept is taken where it keeps the shape */
  if (p >= 0)
    p += fy_title_contested_price (text, o);

  /* a phrase mark makes a boundary ICU may not see */
  if (!m->boundary[o] && p > 2)
    p = FY_TITLE_NO_BREAK;
  return p;
}

/* The rules' price of the boundary at byte @o.  @relaxed: the names
 * fy-title-organs.c finds (organs, issuers, zones, sessions) are priced
 * inside as any phrase, for a name longer than a line; a term's inside
 * stays no place to break. */
static int
rules_price (const TitleMarks *m,
             guint             o,
             gboolean          relaxed)
{
  if (o == 0 || o >= m->len || m->inside[o] || (m->forbid[o] && !relaxed && !m->event_opens[o]))
    return FY_TITLE_NO_BREAK;
  if (m->organ_break[o])
    return 2;
  return names_price (m, o, phrase_price (m, o));
}

/* A break this cheap is a phrase's edge: where a quoted name's head ends */
#define QUOTE_PHRASE_EDGE 6
/* a quoted name and a head of up to this many characters are one name */
#define QUOTE_SHORT_HEAD 4
/* a quoted name this long, marks included, is no phrase of its own
 * (fy_title_names_head_price()) */
#define QUOTE_SHORT_NAME 10

/* How long the head is that a quoted name closing at @offsets[@k] names:
 * the characters to the next phrase's edge (a break priced
 * QUOTE_PHRASE_EDGE or less) or to the title's end. */
static glong
quote_head_length (const char  *text,
                   const guint *offsets,
                   guint        n,
                   guint        k,
                   const int   *penalties)
{
  guint j = k + 1;

  while (j < n && (penalties[j] < 0 || penalties[j] > QUOTE_PHRASE_EDGE))
    j++;
  return g_utf8_strlen (text + offsets[k], (j < n ? offsets[j] : strlen (text)) - offsets[k]);
}

/* A short quoted name and a short head it names (“……”治理, “……”大会) are
 * one name, as dear to cut as fy_title_names_head_price() makes a
 * short quote and its noun, also before a verb used as a noun or a
 * meeting, which it leaves at 14.  The labelled sets mark 2 of the 19
 * breaks this raises (a longer quote is a phrase of its own: 2 of 4 such
 * breaks marked).  Where the rules priced a quote and its noun 25, they
 * mark 7 of 93 such breaks before a short head but 69 of 121 before one
 * of 7 or more; lowering those to 14 lost 4 titles held out at gbt9704,
 * so a long head keeps its price. */
static void
price_quote_heads (const char  *text,
                   const guint *offsets,
                   guint        n,
                   int         *penalties)
{
  for (guint k = 0; k < n; k++)
    {
      const char *close;
      const char *open;

      /* ends_with() first: only then has the text a ” before offsets[k] */
      if (penalties[k] != FY_TITLE_NAME_HEAD_PRICE || !ends_with (text, offsets[k], "”"))
        continue;
      close = text + offsets[k] - strlen ("”");
      open = g_strrstr_len (text, close - text, "“");
      if (open != NULL && g_utf8_strlen (open, close - open) <= QUOTE_SHORT_NAME &&
          quote_head_length (text, offsets, n, k, penalties) <= QUOTE_SHORT_HEAD)
        penalties[k] = FY_TITLE_QUOTE_HEAD_PRICE;
    }
}

static void
break_penalties (const char           *text,
                 const guint          *offsets,
                 guint                 n,
                 gboolean              relaxed,
                 const FyTitleLexicon *lexicon,
                 const FyTitleModel   *model,
                 int                  *penalties)
{
  g_auto(TitleMarks) m = { 0 };

  title_marks_find (&m, lexicon, text);
  for (guint k = 0; k < n; k++)
    penalties[k] = rules_price (&m, offsets[k], relaxed);
  price_quote_heads (text, offsets, n, penalties);
  /* what the labelled sets say of breaks like these (fy-title-model.c) */
  for (guint k = 0; k < n && model != NULL; k++)
    penalties[k] = fy_title_model_price (model, text, m.words, offsets[k], penalties[k]);
}

void
fy_title_break_penalties (const char           *text,
                          const guint          *offsets,
                          guint                 n,
                          const FyTitleLexicon *lexicon,
                          const FyTitleModel   *model,
                          int                  *penalties)
{
  break_penalties (text, offsets, n, FALSE, lexicon, model, penalties);
}

void
fy_title_break_features (const char           *text,
                         const guint          *offsets,
                         guint                 n,
                         const FyTitleLexicon *lexicon,
                         int                  *penalties,
                         GPtrArray           **features)
{
  gsize len = strlen (text);
  g_autofree gboolean *boundary = g_new0 (gboolean, len + 1);
  g_autoptr(GArray) words = find_words (lexicon, text, boundary);

  break_penalties (text, offsets, n, FALSE, lexicon, NULL, penalties);
  for (guint k = 0; k < n; k++)
    {
      features[k] = NULL;
      if (penalties[k] <= 0)
        continue;
      features[k] = g_ptr_array_new_with_free_func (g_free);
      fy_title_model_features (text, words, offsets[k], penalties[k], features[k]);
    }
}

/* When no allowed break fits (a name longer than a line), the breaks
 * fy_title_break_penalties() forbade, priced above every allowed one: a
 * word boundary inside a phrase before a cut through a word, and among
 * those inside an organ's name the phrase's edges first (……城市更新|和
 * 历史文化保护传承工作领导小组办公室, not 保护|传承).  Only a dash's
 * inside stays unbreakable. */
void
fy_title_break_relax (const char           *text,
                      const guint          *offsets,
                      guint                 n,
                      const FyTitleLexicon *lexicon,
                      int                  *penalties)
{
  gsize len = strlen (text);
  g_autofree gboolean *boundary = g_new0 (gboolean, len + 1);
  g_autoptr(GArray) words = find_words (lexicon, text, boundary);
  g_autofree int *inner = g_new (int, n);

  break_penalties (text, offsets, n, TRUE, lexicon, NULL, inner);
  for (guint k = 0; k < n; k++)
    {
      guint o = offsets[k];

      if (penalties[k] >= 0 || o == 0 || o >= len ||
          g_utf8_get_char (g_utf8_prev_char (text + o)) == 0x2014 /* — */)
        continue;
      penalties[k] = fy_title_standing_committee_at (text, o) || (boundary[o] && fy_title_company_place_at (text, o)) ?
                     FY_TITLE_RELAXED_WORD + RELAXED_SEAM :
                     !boundary[o] ? FY_TITLE_RELAXED_CHAR :
                     FY_TITLE_RELAXED_WORD + (inner[k] >= 0 ? MIN (inner[k], RELAXED_SPREAD) : RELAXED_SPREAD);
    }
}

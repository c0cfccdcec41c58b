/* fy-title-organs.c — the names a title is not broken inside: organs, issuers, zones
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-title-break"

#include "config.h"

#include <string.h>

#include "fy-title-break-private.h"
#include "fy-title-lexicon.h"

/*
 * A title names organs (临江市人民政府办公室, 中共临江市委组织部), joint
 * issuers before 关于, development zones and parks (东陵经济技术开发区)
 * and sessions (青川县第十九届人民代表大会): fy-title-break.c asks these
 * passes where such a name lies and breaks only at its edges.
 */

/* ---- zones and parks ---------------------------------------------------- */

/* How the name of a development zone or park ends.  The name before it
 * (东陵经济技术开发区, 南湖国家农业科技园区) is one unit with it. */
static const char *const zone_suffixes[] = {
  "高新技术产业开发区", "经济技术开发区", "经济开发区", "开发区", "高新区", "保税区",
  "自由贸易试验区", "试验区", "示范区", "先行区", "园区", "度假区", "合作区", "新区", "旅游景区", "景区",
  /* a company, named after a place without its level (峤北交通投资集团
   * 有限公司) */
  "股份有限公司", "有限责任公司", "有限公司",
};

/* What a zone's name does not reach back over: the verb or preposition
 * that governs it, a place-wide modifier (全省|高新区), a list's mark. */
static const char *const zone_stops[] = {
  "在", "关于", "对", "的", "和", "与", "及", "暨", "等", "、", "，", "”", "》", "为",
  "设立", "支持", "创建", "命名", "公布", "认定", "推进", "建设", "加快", "推动", "同",
  "全国", "全省", "全市", "全县", "全区", "各级", "省级", "市级", "县级", "批",
  "同意", "批准", "撤销", "调整", "驻",
};

/* Whether a zone's (or an event's) name stops before @offset. */
gboolean
fy_title_zone_stop_before (const char *text,
                           guint       offset)
{
  return ends_with_one_of (text, offset, zone_stops, G_N_ELEMENTS (zone_stops));
}

/* Marks the inside of every zone's name in @forbid, and in @after_zone
 * the place just after a name (a phrase boundary). */
void
fy_title_find_zones (const char *text,
                     gboolean   *forbid,
                     gboolean   *after_zone)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    for (guint z = 0; z < G_N_ELEMENTS (zone_suffixes); z++)
      {
        const char *start = p;
        const char *end = p + strlen (zone_suffixes[z]);

        if (!g_str_has_prefix (p, zone_suffixes[z]))
          continue;
        /* reach back over the place and the kind it is of (国家农业科技) */
        for (guint i = 0; i < 8 && start > text; i++)
          {
            const char *prev = g_utf8_prev_char (start);

            if (g_unichar_get_script (g_utf8_get_char (prev)) != G_UNICODE_SCRIPT_HAN ||
                ends_with_one_of (text, start - text, zone_stops, G_N_ELEMENTS (zone_stops)))
              break;
            start = prev;
          }
        for (const char *q = g_utf8_next_char (start); q < end; q = g_utf8_next_char (q))
          forbid[q - text] = TRUE;
        /* a body stationed in the zone (……人民检察院|驻……开发区检察室):
         * 驻, the zone and the body it names are one name */
        if (ends_with (text, start - text, "驻"))
          {
            forbid[start - text] = TRUE;
            if (g_unichar_get_script (g_utf8_get_char (end)) == G_UNICODE_SCRIPT_HAN &&
                !starts_with_one_of (end, zone_stops, G_N_ELEMENTS (zone_stops)))
              forbid[end - text] = TRUE;
          }
        else if (*end != '\0')
          after_zone[end - text] = TRUE;
        p = g_utf8_prev_char (end);
        break;
      }
}

/* ---- organs, issuers, sessions, brackets -------------------------------- */

/* How the name of an organ ends: 人民政府, 常务委员会, 办公室, 局, 部 … */
static const char *const organ_suffixes[] = {
  "人民政府办公室", "人民政府办公厅", "人民政府", "人大常委会办公室", "人大常委会",
  "常务委员会办公室", "常务委员会", "人民代表大会", "委员会办公室", "委员会", "办公室",
  "办公厅", "人民法院", "人民检察院", "检察院", "法院", "党组", "总局", "代表团", "人大",
  "政协", "中心", "局", "厅", "部", "委", "署", "院", "办事处", "法庭",
  /* schools, companies, stations and halls (澜州市第一中学, 澜州城市建设
   * 投资集团有限公司, 澜州市水文站, 澜州市档案馆) */
  "中学", "小学", "学校", "幼儿园", "有限责任公司", "有限公司", "站", "馆",
  /* societies, brigades and institutes of a place (澜州市妇女联合会,
   * 澜州市科学技术协会, 澜州市红十字会, 澜州市消防救援支队, ……县农村
   * 信用合作联社, ……省海洋生物技术研究所): the sets mark 2 of the 81
   * breaks between the place and such a name, 1 of 2 between an academy
   * and its institute (……农业科学院|作物研究所).  Not 商会, which 政治
   * 协商会议 holds. */
  "红十字会", "联合会", "协会", "联社", "支队", "总队", "研究所",
};

/* What makes a longer name of the organ before it: 市委|办公室,
 * 人民政府|党组, 人大|常委会, 人民代表大会|常务委员会. */
static const char *const organ_continuations[] = {
  "办公室", "办公厅", "党组", "常务委员会", "常委会", "委员会", "委员", "会", "员", "机关",
  "代表", "主任", "系统", "干部", "工作", "长", "党委", "纪检",
  /* the departments of a party committee (中共临江市委组织部) */
  "组织部", "宣传部", "统战部", "政法委", "网信办", "编办", "机构编制委员会",
};

/* What makes a suffix the start of a longer word (站点, 馆藏, 部署, 部分,
 * 局面): no name ends there. */
static const char *const word_tails[] = {
  "点", "藏", "台", "署", "分", "面", "势", "落",
};

/* What makes a centre the name of a school or a hospital (……镇中心|小学,
 * ……市中心|医院): the sets mark none of the 9 such breaks. */
static const char *const centre_tails[] = {
  "小学", "中学", "学校", "幼儿园", "医院", "卫生院",
};

/* Words that end like an organ and name none (产业布局, 全会部署, 干部):
 * a place's act or its people, no organ's name. */
static const char *const non_organs[] = {
  "布局", "格局", "大局", "全局", "结局", "开局", "变局", "新局", "部署", "内部", "外部",
  "全部", "局部", "干部", "东部", "西部", "南部", "北部", "中部", "庭院",
};

/* The length in bytes of the longest organ suffix that ends at @offset
 * and closes a name (what follows does not continue it), or 0. */
static gsize
organ_end (const char *text,
           guint       offset)
{
  const char *at = text + offset;

  if (starts_with_one_of (at, organ_continuations, G_N_ELEMENTS (organ_continuations)) ||
      starts_with_one_of (at, word_tails, G_N_ELEMENTS (word_tails)) ||
      ends_with_one_of (text, offset, non_organs, G_N_ELEMENTS (non_organs)) ||
      (ends_with (text, offset, "中心") && starts_with_one_of (at, centre_tails, G_N_ELEMENTS (centre_tails))))
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (organ_suffixes); i++)
    if (ends_with (text, offset, organ_suffixes[i]))
      return strlen (organ_suffixes[i]);
  return 0;
}

/* A place that names an organ's level: 临江市, 青川县, 县, 全国, 中共临江市,
 * 中国共产党临江市, 政协临江市.
 * Returns its length in bytes at @p, or 0. */
gsize
fy_title_place_at (const char *p)
{
  const char *q = p;
  gsize extra = 0;

  if (g_str_has_prefix (p, "中共") || g_str_has_prefix (p, "政协"))
    extra = strlen ("中共");
  else if (g_str_has_prefix (p, "中国共产党"))
    extra = strlen ("中国共产党");
  q += extra;
  if (g_str_has_prefix (q, "全国") || g_str_has_prefix (q, "国家"))
    return extra + strlen ("全国");
  for (guint i = 0; i < 4 && *q; i++)
    {
      gunichar ch = g_utf8_get_char (q);

      if (g_unichar_get_script (ch) != G_UNICODE_SCRIPT_HAN ||
          in_set ("关于在的和与及对把为从向、全各本该我第届", ch))
        return 0;
      /* a verb and the level of the organ it governs (转发|省发展改革委,
       * 落实|省委第三巡视组, 设立|县人大常委会……) are no place's name:
       * the labelled sets mark 18 of the 19 such breaks */
      if (i == 2 && in_set ("省市县区州镇乡旗", ch) && fy_title_verb_ends (p, q - p))
        return 0;
      q = g_utf8_next_char (q);
      /* a city or district named after a 州 (澜州市, 通州区) */
      if (ch == 0x5DDE /* 州 */ && in_set ("市区县", g_utf8_get_char (q)))
        return g_utf8_next_char (q) - p;
      if (in_set ("省市县区州镇乡旗", ch))
        return q - p;
    }
  return 0;
}

/* The words that end the name of a body an organ has (……国有资产监督管理
 * 委员会, ……领导小组办公室, 理论学习中心组): a word of the dictionary
 * that ends in one of them closes the body. */
static const char *const body_heads[] = {
  "委员会", "办公室", "领导小组", "工作组", "中心组", "中心", "局", "党组", "党委", "机关",
  "支队", "大队", "指挥部", "专班", "办事处", "法庭", "学院", "研究院", "研究所",
};

/* The most words and characters a body's name reaches over. */
#define BODY_MAX_WORDS 8
#define BODY_MAX_CHARS 16

static gboolean
is_body_head (const char        *text,
              const FyTitleWord *w)
{
  return ends_with_one_of (text, w->end, body_heads, G_N_ELEMENTS (body_heads)) &&
         !ends_with_one_of (text, w->end, non_organs, G_N_ELEMENTS (non_organs));
}

/* The part of speech of the word of @words that starts at @at, or "". */
static const char *
tag_at (const char *text,
        GArray     *words,
        const char *at)
{
  for (guint i = 0; words != NULL && i < words->len; i++)
    if (g_array_index (words, FyTitleWord, i).start == (guint) (at - text))
      return g_array_index (words, FyTitleWord, i).tag;
  return "";
}

/* Whether a verb of @words (no verbal noun: 监察和司法委员会) starts at @at. */
static gboolean
verb_at (const char *text,
         GArray     *words,
         const char *at)
{
  const char *tag = tag_at (text, words, at);

  return tag[0] == 'v' && tag[1] != 'n';
}

/* The end of a name written as a run of words from @at, or NULL: the
 * first word no verb, place or function word, none a function word or a
 * mark, no more than BODY_MAX_WORDS words and BODY_MAX_CHARS characters.
 * For a @body, the name ends in a word of body_heads and the heads
 * straight after it (领导小组|办公室).  Else it is an organ's own name,
 * with no place inside (设立澜州|青溪高新区……: a zone's name, not the
 * organ's), ending at the first word that ends an organ's (organ_end()). */
static const char *
name_over_words (const char *text,
                 GArray     *words,
                 const char *at,
                 gboolean    body)
{
  guint i = 0, chars = 0;
  const char *end = NULL;

  if (words == NULL)
    return NULL;
  while (i < words->len && g_array_index (words, FyTitleWord, i).start < (guint) (at - text))
    i++;
  if (i >= words->len || g_array_index (words, FyTitleWord, i).start != (guint) (at - text) ||
      in_set ("pcudrmqx", g_array_index (words, FyTitleWord, i).tag[0]) || verb_at (text, words, at) ||
      fy_title_place_at (at) > 0)
    return NULL;
  for (guint k = 0; k < BODY_MAX_WORDS && i + k < words->len; k++)
    {
      const FyTitleWord *w = &g_array_index (words, FyTitleWord, i + k);
      const char *word = text + w->start;

      chars += g_utf8_strlen (word, w->end - w->start);
      if (chars > BODY_MAX_CHARS || g_unichar_get_script (g_utf8_get_char (word)) != G_UNICODE_SCRIPT_HAN ||
          (in_set ("pucr", w->tag[0]) && !g_str_has_prefix (word, "和")) ||
          (!body && g_str_has_prefix (w->tag, "ns")))
        break;
      if (!body && organ_end (text, w->end) > 0)
        return text + w->end;
      if (body && is_body_head (text, w))
        end = text + w->end;
      else if (end != NULL)
        break;
    }
  return end;
}

/* Marks the inside of "place (第X届) body-suffix" at @p in @forbid and
 * returns the byte just after it, or NULL: 临江市人民政府办公室,
 * 中共临江市委, 青川县第十九届人民代表大会, 县十九届人大; with the body
 * of its own written after it (name_over_words()). */
static const char *
organ_at (const char *text,
          GArray     *words,
          const char *p,
          gboolean   *forbid)
{
  gsize pl = fy_title_place_at (p), party;
  const char *q, *end = NULL;

  if (pl == 0)
    return NULL;
  q = p + pl;
  /* a session: 第十九届, 十九届 */
  {
    const char *r = q;

    if (g_str_has_prefix (r, "第"))
      r += strlen ("第");
    while (in_set ("一二三四五六七八九十百零〇", g_utf8_get_char (r)))
      r = g_utf8_next_char (r);
    if (r > q && g_str_has_prefix (r, "届"))
      q = r + strlen ("届");
  }
  for (guint i = 0; i < 12 && *q; i++)
    {
      gunichar ch = g_utf8_get_char (q);

      if (g_unichar_get_script (ch) != G_UNICODE_SCRIPT_HAN || in_set ("的暨", ch) ||
          g_str_has_prefix (q, "关于"))
        break;
      q = g_utf8_next_char (q);
      /* the first end that closes the name (人民政府 does not, before
       * 办公室): 国家发展改革委|财政部 are two */
      if (organ_end (text, q - text) > 0)
        {
          end = q;
          break;
        }
    }
  /* a longer name, read over words (……中小微企业首贷续贷服务中心), from
   * a place no verb begins (表彰|澄州市 is no place's name) */
  if (end == NULL && !verb_at (text, words, p))
    end = name_over_words (text, words, p + pl, FALSE);
  if (end == NULL)
    return NULL;
  /* a named place's organ: a bare level (市委|理论学习中心组) is split
   * from what follows by half the labels, and 国家发展改革委|财政部 are two */
  party = g_str_has_prefix (p, "中共") ? strlen ("中共") : 0;
  if (g_utf8_strlen (p + party, pl - party) > 1 && !g_str_has_prefix (p + party, "国家"))
    {
      const char *body = name_over_words (text, words, end, TRUE);

      if (body != NULL)
        end = body;
    }
  for (const char *r = g_utf8_next_char (p); r < end; r = g_utf8_next_char (r))
    forbid[r - text] = TRUE;
  return end;
}

/* Words after which the name of an organ may start.  A subtitle's ——
 * opens one too (——荇川县信访局|办信科科长……): the sets mark 1 of the 18
 * breaks inside such a name, none of the 12 between its place and its
 * organ. */
static const char *const organ_openers[] = {
  "关于", "召开", "对", "在", "转发", "印发", "表彰", "批准", "调整", "、", "，",
  "《", "和", "与", "设立", "成立", "组建", "同意", "撤销", "命名", "授予", "支持", "——",
};

/* Whether a verb of @words (no verbal noun) ends at @at: the act whose
 * object an organ's name may be (增设|……人民法庭, 合并|……局). */
static gboolean
verb_before (const char *text,
             GArray     *words,
             const char *at)
{
  for (guint i = 0; words != NULL && i < words->len; i++)
    {
      const FyTitleWord *w = &g_array_index (words, FyTitleWord, i);

      if (w->end == (guint) (at - text))
        return w->tag[0] == 'v' && w->tag[1] != 'n' && w->end - w->start > strlen ("在");
      if (w->end > (guint) (at - text))
        break;
    }
  return FALSE;
}

/* Whether a named place's end at @at opens its organ's own name (……省|
 * 人民代表大会监察和司法委员会, ……市|精神文明建设委员会办公室), not a
 * session (……市|第十五届) the judges set apart. */
static gboolean
place_seam_at (const char *text,
               const char *p,
               const char *at)
{
  gsize party = g_str_has_prefix (p, "中共") ? strlen ("中共") : 0;
  gunichar ch = g_utf8_get_char (at);

  return g_utf8_strlen (p + party, at - p - party) > 1 && !g_str_has_prefix (p + party, "国家") &&
         !g_str_has_prefix (p + party, "全国") && g_unichar_get_script (ch) == G_UNICODE_SCRIPT_HAN &&
         !in_set ("第一二三四五六七八九十", ch);
}

/* The names of organs: where one may start (at the title's start, after
 * one of organ_openers or after another organ, as joint issuers stand),
 * their inside is no place to break.  Where a name must still be cut
 * (longer than a line), @seams (or NULL) marks the place's end as the
 * last place to: the labelled sets mark 15 of 610 breaks between an
 * issuer's place and its organ, and 45 of 72 at a parent organ's end
 * before a body of its own (中共……市委|网络安全和信息化委员会办公室). */
void
fy_title_find_organs (const char *text,
                      GArray     *words,
                      gboolean   *forbid,
                      gboolean   *seams)
{
  g_autofree gboolean *after_organ = g_new0 (gboolean, strlen (text) + 1);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      const char *end;

      if (p != text && !ends_with_one_of (text, p - text, organ_openers, G_N_ELEMENTS (organ_openers)) &&
          !after_organ[p - text] && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p))) &&
          !(verb_before (text, words, p) && !verb_at (text, words, p)))
        continue;
      end = organ_at (text, words, p, forbid);
      if (end != NULL && seams != NULL && place_seam_at (text, p, p + fy_title_place_at (p)))
        seams[p + fy_title_place_at (p) - text] = TRUE;
      /* a body with no place in a list of bodies (学术委员会、学位评定
       * 委员会和教学指导委员会) */
      if (end == NULL && p != text && in_set ("、和与及", g_utf8_get_char (g_utf8_prev_char (p))) &&
          tag_at (text, words, p)[0] == 'n' && (end = name_over_words (text, words, p, TRUE)) != NULL)
        for (const char *r = g_utf8_next_char (p); r < end; r = g_utf8_next_char (r))
          forbid[r - text] = TRUE;
      if (end != NULL && *end != '\0')
        after_organ[end - text] = TRUE;
    }
}

/* The longest issuer's name that stays whole on a line when it is one
 * organ (the judges' ~14 characters). */
#define ISSUER_WHOLE_CHARS 14

/* Whether a place of its own (溯阳市, 中共泓江市; 2 characters or more,
 * not 国家) opens @p. */
static gboolean
local_place_at (const char *p)
{
  gsize len = fy_title_place_at (p);

  return len >= strlen ("县区") && !g_str_has_prefix (p, "国家") && !g_str_has_prefix (p, "全国");
}

/* Whether the body after an organ's end at @p is a lower one of the same
 * organ, not a second issuer: a national organ's local branch (国家税务总局|
 * 溯阳市税务局), a body without a place under a place's organ (蓼湾镇人大|
 * 主席团, 中共泓江市委|统一战线工作部), 等六部门.  Two issuers of one place
 * (中共青川县委|青川县人民政府) or without places (国家发展改革委|财政部)
 * stay two. */
static gboolean
lower_body_at (const char *text,
               const char *p)
{
  return g_str_has_prefix (p, "等") ||
         ((g_str_has_prefix (text, "国家") || g_str_has_prefix (text, "全国")) && local_place_at (p)) ||
         (local_place_at (text) && fy_title_place_at (p) == 0);
}

/* Issuers before 关于 (国家发展改革委财政部关于……): between two of them
 * is the place to break, inside one is none.  An organ over a lower body
 * of its own is one name, whole up to ISSUER_WHOLE_CHARS (sets 11, 12,
 * 15, 16, 18: 0 of 7 such breaks marked; 5 of 6 in longer names). */
void
fy_title_find_issuers (const char *text,
                       GArray     *words,
                       gboolean   *forbid,
                       gboolean   *organ_break)
{
  const char *about = strstr (text, "关于");
  gboolean any = FALSE;

  if (about == NULL || about == text || g_str_has_prefix (text, "在"))
    return;
  /* joint issuers set apart by spaces (……市委组织部　……局): the
   * writer has said where each ends; the line breaks after a space */
  for (const char *p = g_utf8_next_char (text); p < about; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      any = organ_break[g_utf8_next_char (p) - text] = TRUE;
  /* an organ's end, unless a body of its own follows (荻川师范学院|马克思
   * 主义学院, 公安部|交通管理局): another issuer has a place of its own */
  for (const char *p = g_utf8_next_char (text); p < about && !any; p = g_utf8_next_char (p))
    if (organ_end (text, p - text) > 0 && !forbid[p - text] && name_over_words (text, words, p, TRUE) == NULL)
      {
        if (g_utf8_strlen (text, about - text) <= ISSUER_WHOLE_CHARS && lower_body_at (text, p))
          forbid[p - text] = TRUE;
        else
          any = organ_break[p - text] = TRUE;
      }
  if (!organ_end (text, about - text))
    return;
  organ_break[about - text] = TRUE;
  if (any || about - text >= (gssize) strlen ("人民政府"))
    for (const char *p = g_utf8_next_char (text); p < about; p = g_utf8_next_char (p))
      if (!organ_break[p - text])
        forbid[p - text] = TRUE;
}

/* Breaks that leave a line of nothing: 关于 alone on the first line; a
 * bracketed abbreviation or qualifier (（GDP）, （试行）, an edition's
 * （2027年修订）, （草案征求意见稿）) sent to the next line away from the
 * name it qualifies, though a range of years (（2026—2028年）) may open
 * a line; a session cut (青川县|第十九届,
 * 十九届|人大, 第四次|会议). */
void
fy_title_find_stubs (const char *text,
                     gboolean   *forbid)
{
  if (g_str_has_prefix (text, "关于"))
    forbid[strlen ("关于")] = TRUE;
  for (const char *p = g_utf8_next_char (text); *p; p = g_utf8_next_char (p))
    {
      gunichar before = g_utf8_get_char (g_utf8_prev_char (p));
      gunichar ch = g_utf8_get_char (p);

      if (ch == 0xFF08 /* （ */ && !in_set ("，、；：。》”", before))
        {
          const char *close = strstr (p, "）");

          if (close != NULL && g_utf8_strlen (p, close - p) <= 9 && g_strstr_len (p, close - p, "—") == NULL)
            forbid[p - text] = TRUE;
        }
      if (before == 0x5C4A /* 届 */ || before == 0x6B21 /* 次 */)
        {
          const char *q = g_utf8_prev_char (p);
          gboolean numeral = q > text &&
                             in_set ("一二三四五六七八九十百零〇两", g_utf8_get_char (g_utf8_prev_char (q)));

          if (numeral || (q > text && g_unichar_isdigit (g_utf8_get_char (g_utf8_prev_char (q)))))
            forbid[p - text] = TRUE;
        }
      if (in_set ("省市县区州", before))
        {
          const char *r = p;

          if (g_str_has_prefix (r, "第"))
            r += strlen ("第");
          while (in_set ("一二三四五六七八九十百零〇", g_utf8_get_char (r)))
            r = g_utf8_next_char (r);
          if (r > p && (g_str_has_prefix (r, "届") || g_str_has_prefix (r, "次")))
            forbid[p - text] = TRUE;
        }
    }
}

/* A place, then the session of its congress or the round of what it
 * holds (岑阳市|第十五届人民代表大会常务委员会, 桐川市|第八届道德模范):
 * one name, but the judges' sets 7 to 15 mark the break before 第 all
 * 15 times, while a committee of the round (政协荻川市第九届委员会) is
 * one name they leave whole (4 of 6).  The sets labelled at 二号 alone
 * leave it unmarked (5 of 5: the lines it makes there are too short), so
 * it opens a line at a price dearer than the phrases' edges: where no
 * line holds the name, before a cut inside it. */
void
fy_title_find_session_opens (const char *text,
                             int        *opens)
{
  for (const char *p = g_utf8_next_char (text); *p; p = g_utf8_next_char (p))
    {
      const char *r = p + strlen ("第");

      if (!g_str_has_prefix (p, "第") || !in_set ("省市县区州", g_utf8_get_char (g_utf8_prev_char (p))))
        continue;
      while (in_set ("一二三四五六七八九十百零〇", g_utf8_get_char (r)))
        r = g_utf8_next_char (r);
      if (r > p + strlen ("第") && g_str_has_prefix (r, "届") && !g_str_has_prefix (r + strlen ("届"), "委员会") &&
          opens[p - text] == 0)
        opens[p - text] = FY_TITLE_SESSION_OPEN_PRICE;
    }
  /* a bare level's congress or conference written short, and its
   * session (县政协|十一届五次会议, 市人大|十五届三次会议): one name, dearer
   * to cut than a line more.  The sets mark 5 of these 17 breaks, none
   * of the 8 labelled since titles-24; AO keeps its two whole. */
  for (const char *p = g_utf8_next_char (text); *p; p = g_utf8_next_char (p))
    {
      const char *r = p;

      if ((!ends_with (text, p - text, "政协") && !ends_with (text, p - text, "人大")) ||
          p - text < (gssize) strlen ("市政协") ||
          !in_set ("省市县区", g_utf8_get_char (g_utf8_prev_char (p - strlen ("政协")))))
        continue;
      while (in_set ("一二三四五六七八九十百零〇", g_utf8_get_char (r)))
        r = g_utf8_next_char (r);
      if (r > p && g_str_has_prefix (r, "届"))
        opens[p - text] = ORDINAL_PRICE;
    }
}

/* Whether the standing committee of a congress or a committee opens at
 * @offset inside its name (……第十八届人民代表大会|常务委员会, 政协……
 * 委员会|常务委员会), where the dictionary sees no word's edge: where
 * no line holds the name, the place to cut it.  The labelled sets mark
 * 22 of these 42 boundaries, and none of the 57 between a session and
 * its congress (第十八届|人民代表大会). */
gboolean
fy_title_standing_committee_at (const char *text,
                                guint       offset)
{
  return g_str_has_prefix (text + offset, "常务委员会") &&
         (ends_with (text, offset, "人民代表大会") || ends_with (text, offset, "委员会"));
}

/* Whether @offset cuts a company's name after the place it is named
 * after, with its level (榕崖市|国有资本投资运营集团有限公司): where no
 * line holds the name (the reading preset's 14 cells), the place to cut
 * it.  Sets 34, 38, 41 and 42 mark 4 of the 5 such boundaries in a name
 * longer than 14 characters (set 14, the fifth, marks none inside its
 * name), against 15 of 610 between another organ and its place. */
gboolean
fy_title_company_place_at (const char *text,
                           guint       offset)
{
  const char *q = text + offset;

  if (!ends_place (text, offset))
    return FALSE;
  /* 溯阳城市建设投资集团 is 溯阳 and 城市建设: a city in 城 (晋城市) is
   * named from the name's start; the name before 城市 is looked at only
   * where the title holds one (城市建设投资集团 at its start is no city) */
  if (ends_with (text, offset, "城市") && offset > strlen ("晋城市"))
    {
      gunichar before = g_utf8_get_char (g_utf8_prev_char (text + offset - strlen ("晋城市")));

      if (g_unichar_get_script (before) == G_UNICODE_SCRIPT_HAN && !in_set ("在于共", before))
        return FALSE;
    }
  for (guint i = 0; i < 16 && *q; i++, q = g_utf8_next_char (q))
    {
      gunichar ch = g_utf8_get_char (q);

      if (g_str_has_prefix (q, "有限公司") || g_str_has_prefix (q, "有限责任公司"))
        return i >= 2;
      if (g_unichar_get_script (ch) != G_UNICODE_SCRIPT_HAN || in_set ("的和与及暨、", ch) ||
          g_str_has_prefix (q, "关于"))
        return FALSE;
    }
  return FALSE;
}

/* ---- heads no name begins with ------------------------------------------ */

/* The kinds of organ that close a name and never stand alone on a line:
 * the place or the field before them is part of the name (临江市|人民政府,
 * 妇女|联合会, 网络安全和信息化|委员会, ……集团|有限公司, 国资委|党委).
 * Across the 37 labelled sets no judge marks a break right before one:
 * 0 of 969 such boundaries (委员会 283, 人民政府 313, 常委会 58, 人大常委会
 * 53, 有限公司 25, 联合会 31, 办公厅 21, 总工会 19, …), and 0 of 94
 * before 办公室 but after a committee or a group (……委员会|办公室,
 * ……领导小组|办公室), where 10 of 34 are marked. */
static const char *const bare_heads[] = {
  "人大常委会", "常委会", "委员会", "人民政府", "人民法院", "人民检察院", "总工会", "联合会",
  "股份有限公司", "有限责任公司", "有限公司", "党工委", "党组", "党委", "纪委", "监委",
  "办公厅", "办公室", "分行", "分局", "支队", "大队", "巡视组", "巡察组",
};

/* What after such a head makes it a post or another word (党委书记,
 * 委员会委员, 党组织, 联合会议), no organ's end. */
static const char *const bare_head_tails[] = {
  "主任", "书记", "副", "成员", "委员", "组长", "长", "织", "议",
};

/* A unit an organ numbers (省委|第三巡视组, 市纪委监委|第二监督检查室,
 * 澜州市|第一人民医院): one name with the organ or the place before it.
 * The labelled sets mark none of the 15 such breaks (t30 twice, the
 * hospitals and schools of a city 13 times; a round or a batch, 市委|
 * 第五轮巡察, 公布|第三批, is no unit and opens a line). */
static const char *const numbered_units[] = {
  "巡视组", "巡察组", "监督检查室", "审查调查室", "检查组", "督导组", "督查组", "工作组",
  "人民医院", "医院", "中学", "小学",
};

/* What a numbered unit's organ or place ends in. */
static const char *const unit_owners[] = {
  "委", "监委", "局", "厅", "院", "部", "政府", "省", "市", "县", "区", "镇", "乡",
};

/* Whether 第 and a numeral at @p open a numbered unit. */
static gboolean
numbered_unit_at (const char *p)
{
  const char *r = p + strlen ("第");

  if (!g_str_has_prefix (p, "第"))
    return FALSE;
  while (in_set ("一二三四五六七八九十", g_utf8_get_char (r)))
    r = g_utf8_next_char (r);
  return r > p + strlen ("第") && starts_with_one_of (r, numbered_units, G_N_ELEMENTS (numbered_units));
}

/* Whether the committee ending at @p (……委员会|办公室) is a party
 * committee's body, its name written after the committee's end (中共
 * 桤川市委|机构编制委员会|办公室): where such a name is longer than a
 * line, the judges cut it at the party committee's end, 14 of the 19
 * times the sets name one, and before 办公室 once. */
static gboolean
party_committee_before (const char *text,
                        const char *p)
{
  const char *q = p;

  for (guint i = 0; i < BODY_MAX_CHARS && q > text; i++)
    {
      const char *prev = g_utf8_prev_char (q);

      if (g_unichar_get_script (g_utf8_get_char (prev)) != G_UNICODE_SCRIPT_HAN ||
          ends_with (text, q - text, "关于"))
        return FALSE;
      /* 市委|…, 省委|…, then a body's own name of two characters or
       * more and its 委员会 (not the committee's own 委) */
      if (g_utf8_get_char (prev) == 0x59D4 /* 委 */ && prev > text &&
          in_set ("省市县区州", g_utf8_get_char (g_utf8_prev_char (prev))) &&
          g_utf8_strlen (q, p - q) >= 5)
        return TRUE;
      q = prev;
    }
  return FALSE;
}

/* Marks in @inside the boundary right before every bare head of an
 * organ's name that follows a Han character, and before a unit the
 * organ numbers. */
/* Marks in @inside the boundaries from @from up to one of @heads where
 * it opens within the four Han characters from @from, @least or more
 * after it. */
static void
mark_up_to_head (const char        *text,
                 const char        *from,
                 guint              least,
                 const char *const *heads,
                 guint              n_heads,
                 gboolean          *inside)
{
  const char *q = from;

  for (guint i = 0; i < 4 && *q; i++, q = g_utf8_next_char (q))
    {
      if (i >= least && starts_with_one_of (q, heads, n_heads))
        {
          for (const char *b = from; b <= q; b = g_utf8_next_char (b))
            inside[b - text] = TRUE;
          return;
        }
      if (g_unichar_get_script (g_utf8_get_char (q)) != G_UNICODE_SCRIPT_HAN)
        return;
    }
}

/* A congress's round and its kind are one name (第十四次妇女代表大会,
 * 第三次党员代表大会, 第二次党代会): the sets mark none of the 33
 * boundaries after such a round (第九次|代表大会), and 32 of the 33
 * before it.  So is the national statistics bureau's survey team of a
 * place (国家统计局蓼汀调查队: none of the 4 breaks marked). */
static const char *const congress_kinds[] = { "代表大会", "党代会" };
static const char *const survey_teams[] = { "调查队" };

static void
find_rounds_and_teams (const char *text,
                       const char *p,
                       gboolean   *inside)
{
  const char *r = p + strlen ("第");

  if (ends_with (text, p - text, "国家统计局"))
    mark_up_to_head (text, p, 2, survey_teams, G_N_ELEMENTS (survey_teams), inside);
  if (!g_str_has_prefix (p, "第"))
    return;
  while (in_set ("一二三四五六七八九十百零〇", g_utf8_get_char (r)))
    r = g_utf8_next_char (r);
  if (r > p + strlen ("第") && g_str_has_prefix (r, "次"))
    mark_up_to_head (text, r + strlen ("次"), 0, congress_kinds, G_N_ELEMENTS (congress_kinds), inside);
}

void
fy_title_find_bare_heads (const char *text,
                          gboolean   *inside)
{
  for (const char *p = g_utf8_next_char (text); *p; p = g_utf8_next_char (p))
    {
      gunichar before = g_utf8_get_char (g_utf8_prev_char (p));

      find_rounds_and_teams (text, p, inside);
      if (g_unichar_get_script (before) != G_UNICODE_SCRIPT_HAN)
        continue;
      if (numbered_unit_at (p) && ends_with_one_of (text, p - text, unit_owners, G_N_ELEMENTS (unit_owners)))
        inside[p - text] = TRUE;
      for (guint i = 0; i < G_N_ELEMENTS (bare_heads); i++)
        {
          const char *after = p + strlen (bare_heads[i]);

          if (!g_str_has_prefix (p, bare_heads[i]))
            continue;
          if (!starts_with_one_of (after, bare_head_tails, G_N_ELEMENTS (bare_head_tails)) &&
              !(g_str_has_prefix (bare_heads[i], "办公室") &&
                (ends_with (text, p - text, "委员会") || ends_with (text, p - text, "领导小组")) &&
                !party_committee_before (text, p)))
            inside[p - text] = TRUE;
          break;
        }
    }
}

/* ---- posts -------------------------------------------------------------- */

/* The posts a title names after the organ they head (……党工委书记,
 * ……医院院长): no body's name, whose inside may break (主席团, 主任会议
 * are a body and a meeting). */
static const char *const posts[] = {
  "书记", "副书记", "主任", "副主任", "院长", "校长", "局长", "部长", "厅长", "主席", "组长",
  "站长", "所长", "行长", "社长", "馆长", "庭长", "检察长", "理事长", "董事长", "总经理", "队长",
};

/* Whether a post ends at @offset of @text. */
gboolean
fy_title_post_ends (const char *text,
                    guint       offset)
{
  return ends_with_one_of (text, offset, posts, G_N_ELEMENTS (posts));
}

/* Whether a post starts at @p. */
gboolean
fy_title_post_at (const char *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    if (g_str_has_prefix (p, posts[i]))
      {
        const char *after = p + strlen (posts[i]);

        return !g_str_has_prefix (after, "团") && !g_str_has_prefix (after, "会");
      }
  return FALSE;
}

/* The most place names of two characters a title is searched for. */
#define MAX_PLACE_NAMES 8

/* What a village, a community or a quarter is called after its name. */
static const char *const village_kinds[] = {
  "村", "社区", "片区", "街道",
};

/* Where the kind of a village, a community or a quarter starts when the
 * word @w of one character opens its name of two characters, written
 * after the town or district it lies in (苇渡镇杉塘村, 汀湾街道西塘社区,
 * 试验区榕崖片区), or NULL: the dictionary, lacking the name, reads it a
 * character at a time.  The labelled sets part neither the name (0 of
 * 21 such boundaries marked) nor the name from its kind (0 of 22). */
static const char *
village_kind_after (const char        *text,
                    const FyTitleWord *w)
{
  const char *p = text + w->start;
  const char *after;

  if (g_utf8_strlen (p, w->end - w->start) != 1 || p == text ||
      g_unichar_get_script (g_utf8_get_char (p)) != G_UNICODE_SCRIPT_HAN ||
      in_set ("委年月日届次批期号个名", g_utf8_get_char (p)) ||
      (!in_set ("镇乡区县", g_utf8_get_char (g_utf8_prev_char (p))) && !ends_with (text, w->start, "街道")))
    return NULL;
  after = g_utf8_next_char (g_utf8_next_char (p));
  if (g_unichar_get_script (g_utf8_get_char (g_utf8_next_char (p))) != G_UNICODE_SCRIPT_HAN ||
      !starts_with_one_of (after, village_kinds, G_N_ELEMENTS (village_kinds)))
    return NULL;
  return after;
}

/* Marks in @inside the boundary inside every occurrence of a place's
 * name of two characters the dictionary does not know (芷阳 of 芷阳市,
 * 璋州 of 璋州市, 杉塘 of ……镇杉塘村: it reads them one character at a
 * time), wherever the title names it with its level: the name is one
 * word there and everywhere else in the title (芷阳机场, 璋州师范大学);
 * a village's name is one with its kind (杉塘|村). */
void
fy_title_find_place_names (const char *text,
                           GArray     *words,
                           gboolean   *inside)
{
  const char *names[MAX_PLACE_NAMES];
  guint n = 0;

  for (guint i = 0; words != NULL && i < words->len && n < MAX_PLACE_NAMES; i++)
    {
      const FyTitleWord *w = &g_array_index (words, FyTitleWord, i);
      const char *p = text + w->start, *kind;

      /* not a year's or an ordinal's unit and the word after it
       * (2027年|城镇, 第四批|城市) */
      if (g_utf8_strlen (p, w->end - w->start) == 1 && g_utf8_strlen (p, fy_title_place_at (p)) == 3 &&
          !in_set ("年月日届次批期号个名", g_utf8_get_char (p)) &&
          fy_title_place_at (p) == (gsize) (g_utf8_next_char (g_utf8_next_char (g_utf8_next_char (p))) - p))
        names[n++] = p;
      else if ((kind = village_kind_after (text, w)) != NULL)
        {
          names[n++] = p;
          inside[kind - text] = TRUE;
        }
    }
  for (guint k = 0; k < n; k++)
    {
      gsize len = g_utf8_next_char (g_utf8_next_char (names[k])) - names[k];

      for (const char *q = text; *q; q = g_utf8_next_char (q))
        if (strncmp (q, names[k], len) == 0)
          inside[g_utf8_next_char (q) - text] = TRUE;
    }
}

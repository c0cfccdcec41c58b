/* fy-title-marks.c — (private) quotation marks, 《》, brackets, commas and 暨 in a title
 *
 * Part of the title breaker (fy-title-break.c): a break beside a mark
 * (before 《 or “, after 》 or ”, around a bracket, after a comma, before
 * 暨, after 在……上, inside 以……为) is priced here, and so is a break inside a quoted
 * name or a 《》 name, or inside a short bracket.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fy-title-break.h"
#include "fy-title-break-private.h"

/* What a quoted name is the name of: “一网通办”|改革 is one phrase. */
static const char *const quoted_heads[] = {
  "改革", "行动", "活动", "工程", "计划", "规划", "试点", "品牌", "平台", "机制", "模式",
  "工作法", "专项", "建设", "创建", "工作", "理念", "精神", "战略", "项目", "服务",
  "示范", "称号",
};

/* Whether the bracket that closes at @offset holds a few Han characters
 * that qualify the word before it (村（社区）, 乡镇（街道）): with the
 * noun or the short quoted name after it, one name (村（社区）|综合服务
 * 设施, 村（社区）|“两委”). */
static gboolean
qualifier_bracket (const char *text,
                   guint       offset)
{
  const char *open = g_strrstr_len (text, offset, "（");

  if (open == NULL || open == text || g_utf8_strlen (open, text + offset - open) > 6 ||
      g_unichar_get_script (g_utf8_get_char (g_utf8_prev_char (open))) != G_UNICODE_SCRIPT_HAN)
    return FALSE;
  for (const char *p = g_utf8_next_char (open); p < text + offset - strlen ("）"); p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) != G_UNICODE_SCRIPT_HAN)
      return FALSE;
  return TRUE;
}

/* Whether the bracket that closes at @offset holds one Han character,
 * another reading of the character before it, and a word goes on after
 * it (党（工）委 is 党委 or 工委, 村（居）民 村民 or 居民): the bracket is
 * inside that word.  A body's other kind (服务中心（站）|规范化建设) names
 * the body whole. */
static gboolean
ends_with_alternative (const char *text,
                       guint       offset)
{
  const char *close = text + offset - strlen ("）");
  const char *inside = close > text ? g_utf8_prev_char (close) : text;
  const char *open = inside > text ? g_utf8_prev_char (inside) : text;

  return open > text && g_str_has_prefix (open, "（") &&
         g_unichar_get_script (g_utf8_get_char (inside)) == G_UNICODE_SCRIPT_HAN &&
         !in_set ("站所室队局处科点", g_utf8_get_char (inside)) &&
         g_unichar_get_script (g_utf8_get_char (g_utf8_prev_char (open))) == G_UNICODE_SCRIPT_HAN;
}

/* A break before 《, “ or （: after a verb or 的 it is a phrase's
 * start; a preposition is not left at a line's end (关于对|《》); a short
 * quoted term after a noun names it (政务服务“一网通办”). */
static int
opening_mark (const FyTitleBoundary *bd)
{
  const char *close = bd->after == 0x201C /* “ */ ? strstr (bd->at, "”") : NULL;

  /* a bare preposition before the name it governs (……局关于|《……》, a
   * title's 在|“……”, 以|“五型”……): 0 of 18 such breaks marked over all
   * sets, by judges of sessions 10 to 15 (0 of 10).  A title's own 关于
   * is no break (fy_title_find_stubs()) but where a name longer than
   * the line leaves no other. */
  if (bd->offset == strlen ("关于") && ends_with (bd->text, bd->offset, "关于"))
    return 6;
  if (ends_with (bd->text, bd->offset, "关于") || (bd->offset == strlen ("在") && bd->before == 0x5728 /* 在 */))
    return 25;
  /* two quoted names side by side name one thing (“双拥模范城”“七连冠”) */
  if (bd->before == 0x201D /* ” */ && bd->after == 0x201C)
    return 28;
  if (in_set ("的在于印发开展、", bd->before))
    return 1;
  if (in_set ("对把和与及并为从向以", bd->before))
    return 25;
  if (bd->after == 0xFF08 /* （ */)
    return 2;
  if (close != NULL && g_utf8_strlen (bd->at, close - bd->at) <= 6 &&
      g_unichar_get_script (bd->before) == G_UNICODE_SCRIPT_HAN)
    return 10;
  /* …… and so does a word a bracket qualifies (村（社区）“两委”: no
   * judge parts them, 0 of 2) */
  if (close != NULL && g_utf8_strlen (bd->at, close - bd->at) <= 6 && bd->before == 0xFF09 /* ） */ &&
      qualifier_bracket (bd->text, bd->offset))
    return 20;
  return 5;
}

/* Whether the quotation that ends at @offset is a date or a number
 * (“7·15”, “12345”) or a cup (“桐川杯”): the name of what follows
 * (“7·15”|较大事故, “桐川杯”|创新创业大赛). */
static gboolean
quoted_date (const char *text,
             guint       offset)
{
  const char *open = g_strrstr_len (text, offset, "“");

  if (open == NULL)
    return FALSE;
  if (ends_with (text, offset, "杯”"))
    return TRUE;
  for (const char *p = open + strlen ("“"); p < text + offset - strlen ("”"); p = g_utf8_next_char (p))
    if (!g_unichar_isdigit (g_utf8_get_char (p)) && !in_set ("·•．.", g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* What a document about the work is (工作总结, 工作要点). */
static const char *const work_documents[] = {
  "总结", "要点", "计划", "打算", "报告", "方案", "安排", "规划",
};

/* What the frame 以……为 makes of its object (以“枫桥经验”为引领, 以县城为
 * 重要载体, 以……为抓手). */
static const char *const frame_heads[] = {
  "引领", "抓手", "重点", "中心", "主线", "载体", "目标", "导向", "核心", "指引", "牵引",
  "契机", "突破口", "支撑", "动力", "名", "统领", "基础", "依托", "关键", "切入点",
  "着力点", "落脚点", "出发点",
};

/* Whether @bd is before the 为 of a frame 以……为 that a quote or a mark
 * may hold (以“新时代枫桥经验”|为引领): the frame is one phrase; the
 * labelled sets mark 1 of its 7 such boundaries (以全过程人民民主|为引领).
 * 以 inside a word (以来, 可以, 予以) opens none. */
static gboolean
yi_frame (const FyTitleBoundary *bd)
{
  const char *p = bd->at;
  const char *head = bd->at + strlen ("为");

  if (bd->after != 0x4E3A /* 为 */)
    return FALSE;
  if (g_str_has_prefix (head, "重要") || g_str_has_prefix (head, "主要"))
    head += strlen ("重要");
  if (!starts_with_one_of (head, frame_heads, G_N_ELEMENTS (frame_heads)))
    return FALSE;
  for (guint n = 0; n < 16 && p > bd->text; n++)
    {
      gunichar ch;

      p = g_utf8_prev_char (p);
      ch = g_utf8_get_char (p);
      if (in_set ("，、；：—　为", ch))
        return FALSE;
      if (ch == 0x4EE5 /* 以 */)
        return !in_set ("来上下及后前外内便免致", g_utf8_get_char (g_utf8_next_char (p))) &&
               (p == bd->text || !in_set ("可所予加难足得用借据赖", g_utf8_get_char (g_utf8_prev_char (p))));
    }
  return FALSE;
}

/* 上, quotation marks, 《》, brackets, commas and 暨. */
int
fy_title_price_marks (const FyTitleBoundary *bd)
{
  if (yi_frame (bd))
    return 16;
  /* 在……上 | */
  if (bd->before == 0x4E0A /* 上 */ && (bd->after == 0x7684 || bd->before2 == 0x4F1A || bd->before2 == 0x73ED ||
                                        bd->before2 == 0x5F0F || bd->before2 == 0x8BAE))
    return 1;
  if (bd->after == 0x4E0A)
    return FY_TITLE_NO_BREAK;
  /* the space between the parts of a slogan (守正创新　踔厉奋发) */
  if (g_unichar_isspace (bd->before))
    return 1;
  /* quotes, 《》, brackets, commas */
  /* around 《》 and quotes: a phrase of its own, unless it names what
   * the word before or after it is about ("十五五"规划, 政务服务"一网通办") */
  /* the posts one person holds (党组书记、局长) are one title */
  if (bd->before == 0x3001 /* 、 */ && fy_title_post_at (bd->at) &&
      fy_title_post_ends (bd->text, bd->offset - strlen ("、")))
    return 24;
  if (in_set ("，、；：", bd->before))
    return 1;
  if (in_set ("《“（〈", bd->after))
    return opening_mark (bd);
  /* a date or a cup is the name of what follows, dearer to cut than a
   * line more (“6·18”|较大道路交通事故) */
  if (bd->before == 0x201D /* ” */ && quoted_date (bd->text, bd->offset))
    return 28;
  if (bd->before == 0x201D /* ” */ && starts_with_one_of (bd->at, quoted_heads, G_N_ELEMENTS (quoted_heads)))
    return 16;
  /* a quoted name and the Latin word it names (“岚医通”APP) */
  if (bd->before == 0x201D /* ” */ && g_ascii_isalpha (*bd->at))
    return 20;
  if (bd->before == 0xFF09 /* ） */ && g_unichar_get_script (bd->after) == G_UNICODE_SCRIPT_HAN &&
      !in_set ("的和与及等暨", bd->after) && qualifier_bracket (bd->text, bd->offset))
    return ends_with_alternative (bd->text, bd->offset) ? 40 : 20;
  /* a summary or a plan of the work is the document's kind, no head of
   * the noun before it (……建设|工作总结, 2027年|工作打算) */
  if (g_str_has_prefix (bd->at, "工作") &&
      starts_with_one_of (bd->at + strlen ("工作"), work_documents, G_N_ELEMENTS (work_documents)) &&
      g_unichar_get_script (bd->before) == G_UNICODE_SCRIPT_HAN && !in_set ("的和与及", bd->before))
    return 6;
  if (in_set ("》”）〉", bd->before))
    return bd->after == 0x7684 || in_set ("、，", bd->after) ? 1 : 8;
  if (bd->after == 0x66A8 /* 暨 */)
    return 1;
  /* 暨 joins two phrases: a line may end on it as well as start */
  if (bd->before == 0x66A8)
    return 6;
  /* an issuing organ, then 关于 */
  if (g_str_has_prefix (bd->at, "关于"))
    return 1;
  return NO_RULE;
}

/* Inside 《》 a name is one unit: a break there costs more, and most
 * when it leaves a stub of three characters or fewer before 》.  A quoted
 * term (“清单制+告知承诺制”) short enough for a line is not broken. */
int
fy_title_inside_marks (const char *text,
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

/* Marks in @inside the boundaries inside a bracket of up to eight
 * characters (（试行）, （澄湾段）, （社区）, （PM2.5）): a tag, an alias
 * or a part named in brackets is one unit, which a line always holds;
 * none of the 99 such boundaries in the labelled sets is marked. */
void
fy_title_find_short_brackets (const char *text,
                              gboolean   *inside)
{
  for (const char *open = strstr (text, "（"); open != NULL; open = strstr (open + strlen ("（"), "（"))
    {
      const char *body = open + strlen ("（");
      const char *close = strstr (body, "）");
      const char *nested = strstr (body, "（");

      if (close == NULL || (nested != NULL && nested < close) || g_utf8_strlen (body, close - body) > 8)
        continue;
      for (const char *q = body; q <= close; q = g_utf8_next_char (q))
        inside[q - text] = TRUE;
    }
}

/* Whether a quoted name ends at @offset and the meeting's kind starts
 * there (“擂台比武”|述职评议会): the quote names the meeting, no topic of
 * it, and stays with it; but before 工作 (“枫桥经验”|工作推进会), or where
 * the quote ends on what it names itself (“一号工程”|誓师大会, “……行动”|
 * 推进会), the quote is what the meeting is about. */
gboolean
fy_title_quote_names_meeting (const char *text,
                              guint       offset)
{
  return ends_with (text, offset, "”") && !g_str_has_prefix (text + offset, "工作") &&
         !ends_with_one_of (text, offset - strlen ("”"), quoted_heads, G_N_ELEMENTS (quoted_heads));
}

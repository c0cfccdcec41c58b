/* fy-web-names.c — names and fields in copied text
 *
 * The lines of a notice's or a proposal's fields (联系人：……), the lines
 * that name people (a 名单's rows, a name padded to three cells, joint
 * issuers spaced apart) and the list of who attended a meeting (出席：……),
 * which the importer and the linter keep as the author typed them; the
 * rest of what web pages leave in copied text is in fy-web-text.c.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-web-text"

#include "config.h"

#include <string.h>

#include "fy-numbering.h"
#include "fy-web-text-private.h"

#define FIELD_LABEL_MIN_CHARS 2
#define FIELD_LABEL_MAX_CHARS 6
#define FIELD_LABEL_MAX_SPACES 2 /* in a row */

/**
 * fy_web_text_field_label_len:
 * @text: text that may open with a field's label
 *
 * The label a line of a notice's or a proposal's fields opens with:
 * 联系人：, 联系电话：, 电子邮箱:, 案由：, two to six Han characters and a
 * full- or half-width colon.  A label spaced out to line up with the
 * longer ones under it (联 系 人：, 联　系　人：) is one too.
 *
 * Returns: the length in bytes of the label and its colon, or 0
 */
gsize
fy_web_text_field_label_len (const char *text)
{
  guint n = 0;
  guint spaces = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0xFF1A || c == ':')
        return n >= FIELD_LABEL_MIN_CHARS ? (gsize) (g_utf8_next_char (p) - text) : 0;
      if ((c == ' ' || c == 0x3000) && n > 0 && ++spaces <= FIELD_LABEL_MAX_SPACES)
        continue;
      spaces = 0;
      if (g_unichar_get_script (c) != G_UNICODE_SCRIPT_HAN || ++n > FIELD_LABEL_MAX_CHARS)
        return 0;
    }
  return 0;
}

/**
 * fy_web_text_opens_next_field:
 * @line: a line
 * @at: a place in @line
 * @length: the bytes of @line from @at that the label must end within
 *
 * Whether @line is a line of fields (it opens with a label) and the
 * next field's label opens at @at (联系人：周慧敏　　|联系电话：……): the
 * importer keeps the spaces before it, and lint leaves them alone.
 *
 * Returns: whether a second field's label opens at @at
 */
gboolean
fy_web_text_opens_next_field (const char *line,
                              const char *at,
                              gsize       length)
{
  gsize label = fy_web_text_field_label_len (at);

  return label > 0 && label <= length && fy_web_text_field_label_len (line) > 0;
}

#define NAME_LINE_MAX_CHARS  60
#define NAME_LABEL_MAX_CHARS 6
#define NAME_MAX_CHARS       20

/**
 * fy_web_text_is_name_line:
 * @line: a line, ends trimmed
 *
 * A line that lists names set apart by spaces, as minutes and signatures
 * write them: 出席：张国华　刘志强　王秀兰, 记录：县政府办公室　孙丽,
 * 县委副书记、县长　周海涛.  An optional label ending in a colon, then
 * names of Han characters (with 、·（）) and spaces only, at least two
 * of them, one ideographic space between two at least, or two
 * half-width ones (a 名单 lined up in Word with the space bar: 王建军  李晓红
 * 陈  刚): no sentence, so its spaces are meant and no line wrap left
 * them (a wrap leaves one ASCII space: 加强 组织领导).  A line that opens
 * with a heading's number (一、  总体要求) is a heading, not names.
 *
 * Returns: whether @line is such a line
 */
gboolean
fy_web_text_is_name_line (const char *line)
{
  const char *p = line;
  const char *colon = NULL;
  guint names = 0;
  guint run = 0;
  guint spaces = 0;        /* half-width ones in a row */
  gboolean gap = FALSE;
  gboolean ideographic = FALSE;

  guint level;
  const char *rest;

  if (g_utf8_strlen (line, -1) > NAME_LINE_MAX_CHARS || fy_numbering_strip_prefix (line, &level, NULL, &rest))
    return FALSE;
  colon = g_utf8_strchr (line, -1, 0xFF1A);
  if (colon != NULL && g_utf8_pointer_to_offset (line, colon) <= NAME_LABEL_MAX_CHARS)
    p = g_utf8_next_char (colon);

  for (; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          gap = run > 0;
          spaces = c == ' ' ? spaces + 1 : 0;
          ideographic = ideographic || (run > 0 && (c == 0x3000 || spaces >= 2));
          continue;
        }
      spaces = 0;
      if (g_unichar_get_script (c) != G_UNICODE_SCRIPT_HAN &&
          c != 0x3001 && c != 0x00B7 && c != 0xFF08 && c != 0xFF09)
        return FALSE;
      if (gap || run == 0)
        {
          names++;
          run = 0;
        }
      gap = FALSE;
      if (++run > NAME_MAX_CHARS)
        return FALSE;
    }

  return names >= 2 && ideographic;
}

/* Surnames of one character: a two-character name is padded to three
 * cells with an ideographic space after one of them (王　伟, 卜　勇).  The
 * common ones first, then the rest of the 百家姓's single surnames in its
 * order, then a few common today that it lacks (覃, 牟, 冼 …).  A compound
 * surname (欧阳, 司马) makes a name of three characters or more, which
 * is never padded. */
static const char name_surnames[] =
  "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏"
  "苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚"
  "邵万覃武钱戴严莫孔向常汤康易乔赖文施洪葛祝阎褚卫尤华戚喻柏水窦章云奚郎鲁昌苗凤花俞柳酆鲍费"
  "廉岑倪滕殷毕邬安乐时皮卞齐伍元卜平和穆萧湛祁禹狄米贝明臧计伏成谈茅庞纪舒屈项阮蓝闵席季麻强"
  "路娄危童颜梅盛刁骆樊凌霍虞支柯昝管经房裘缪干解应宗宣贲郁单杭包诸左吉钮嵇邢滑裴荣翁荀羊於惠"
  "甄曲家封芮羿储靳汲邴糜松井富巫乌焦巴弓牧隗山谷车宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖符景"
  "詹束幸司韶郜蓟薄印宿怀蒲邰从鄂索咸籍卓蔺屠蒙池阴胥能苍双闻莘党翟贡劳逄姬申扶堵冉宰郦雍却璩"
  "桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿充慕连茹习宦艾鱼容古慎戈庾终暨居衡步都耿满弘匡国寇"
  "广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空毋沙乜养鞠须丰巢关蒯相查后荆红游竺"
  "权逯盖益桓公晋楚法汝鄢涂钦岳帅缑亢况佘佴墨哈谯笪年爱阳佟言福牟谌揭练仝冼麦邝粟禤植银丛敬";
/* The last character of a post a name follows (副市长, 书记, 主任, 教授). */
static const char name_post_ends[] = "长记任授席理员师";
/* What a sentence goes on with after a name (王　伟同志宣读, 林　晨发言). */
static const char * const name_followers[] = {
  "同志", "发言", "讲话", "主持", "宣读", "致辞", "代表", "汇报", "作", NULL
};

static gboolean
in_chars (const char *set,
          gunichar    c)
{
  return c != 0 && g_utf8_strchr (set, -1, c) != NULL;
}

static gboolean
is_han_char (gunichar c)
{
  return c != 0 && g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;
}

/**
 * fy_web_text_pads_name:
 * @line: a line
 * @space: a space in @line
 * @after: the first character after the run of spaces at @space
 * @end: the end of @line
 *
 * Whether the one ideographic space at @space pads a two-character name
 * (请市委常委、副市长王　伟同志宣读, 列席：市财政局　陈　静，): a common
 * surname and one character, with a name's place on both sides — after a
 * mark or a post, before a mark or what follows a name.  The author typed
 * it; no wrap leaves one ideographic space there.
 *
 * Returns: whether the space is a name's padding
 */
gboolean
fy_web_text_pads_name (const char *line,
                       const char *space,
                       const char *after,
                       const char *end)
{
  const char *surname;
  gunichar left = 0;
  const char *next;
  gboolean follows = FALSE;

  if (space <= line || g_utf8_get_char (space) != 0x3000 || g_utf8_next_char (space) != after ||
      after >= end || !is_han_char (g_utf8_get_char (after)))
    return FALSE;
  surname = g_utf8_find_prev_char (line, space);
  if (!in_chars (name_surnames, g_utf8_get_char (surname)))
    return FALSE;
  if (surname > line)
    left = g_utf8_get_char (g_utf8_find_prev_char (line, surname));
  if (is_han_char (left) && !in_chars (name_post_ends, left))
    return FALSE;

  next = g_utf8_next_char (after);
  if (next >= end || !is_han_char (g_utf8_get_char (next)))
    return TRUE;
  for (guint k = 0; name_followers[k] != NULL && !follows; k++)
    follows = (gsize) (end - next) >= strlen (name_followers[k]) &&
              strncmp (next, name_followers[k], strlen (name_followers[k])) == 0;
  return follows;
}

/**
 * fy_web_text_parts_issuers:
 * @line: a line
 * @space: the spaces in it
 * @after: where the text after them starts
 * @end: the line's end
 *
 * Whether the spaces part two issuers of a joint document cited inside
 * 《》 (《鹤汀市财政局　鹤汀市教育局关于……的通知》): the text before them
 * ends an organ's name and 关于 follows before the 》.  The author typed
 * the space; a PDF copy makes it a plain one.
 *
 * Returns: whether the spaces part two issuers
 */
gboolean
fy_web_text_parts_issuers (const char *line,
                           const char *space,
                           const char *after,
                           const char *end)
{
  static const char *const organ_ends[] = {
    "局", "厅", "委", "部", "府", "院", "室", "会", "办", "署", "中心", "公司",
  };
  g_autofree char *before = g_strndup (line, space - line);
  g_autofree char *rest = g_strndup (after, end - after);
  const char *open = g_strrstr (before, "《");
  const char *close = strstr (rest, "》");
  const char *about = strstr (rest, "关于");
  gboolean organ = FALSE;

  if (open == NULL || strstr (open, "》") != NULL || close == NULL || about == NULL || about > close)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (organ_ends) && !organ; k++)
    organ = g_str_has_suffix (before, organ_ends[k]);
  return organ;
}

/**
 * fy_web_text_attendance_label:
 * @line: a line
 * @length: its length in bytes
 *
 * The label of a line that lists who attended a meeting (列席：市财政局
 * 陈　静，市城管局　蒋　立): minutes set organ and name, and a
 * two-character name's two characters, apart with ideographic spaces,
 * which stay; GB/T 9704 prints the label in 黑体 and wraps the names
 * under the first one.
 *
 * Returns: the length in bytes of 出席, 列席, 请假, 缺席, 记录 … and the
 * colon after it that open @line, or 0
 */
gsize
fy_web_text_attendance_label (const char *line,
                              gsize       length)
{
  static const char * const labels[] = {
    "出席", "列席", "请假", "缺席", "参加", "记录", "出席人员", "列席人员", "参会人员", "参加人员", NULL
  };

  for (guint k = 0; labels[k] != NULL; k++)
    {
      gsize n = strlen (labels[k]);

      if (length > n && strncmp (line, labels[k], n) == 0 && g_str_has_prefix (line + n, "："))
        return n + strlen ("：");
      if (length > n && strncmp (line, labels[k], n) == 0 && line[n] == ':')
        return n + 1;
    }
  return 0;
}

/**
 * fy_web_text_is_attendance_line:
 * @line: a line
 * @length: its length in bytes
 *
 * Returns: whether @line lists who attended a meeting
 *   (fy_web_text_attendance_label())
 */
gboolean
fy_web_text_is_attendance_line (const char *line,
                                gsize       length)
{
  return fy_web_text_attendance_label (line, length) > 0;
}

/* fy-web-text.c — what web pages leave in copied text
 *
 * Names and fields (联系人：…, a 名单's rows, 出席：…) are read in
 * fy-web-names.c, a WeChat article's tail in fy-web-tail.c.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-web-text"

#include "config.h"

#include <string.h>

#include "fy-numbering.h"
#include "fy-regex-private.h"
#include "fy-web-text-private.h"

/* Site furniture that no speech or report contains: one of these in a
 * line is enough when the line is short or opens with it. */
static const char * const strong_patterns[] = {
  "由会员分享", "可在线阅读", "珍藏版", "文库网", "文档分享", "下载积分",
  "责任编辑", "浏览次数", "阅读次数", "点击次数",
  "打印本页", "关闭窗口", "【打印】", "【关闭】", "【字体", "大 中 小", "【大】【中】【小】",
  "分享到：", "分享到:", "在手机打开", "长按识别", "版权所有", "ICP备", "icp备",
  "上一篇", "下一篇", "点击上方", "关注公众号", "阅读原文", "原标题：", "转载请注明",
  "本文来源", "文章来源", "【返回顶部】", "返回顶部", "收藏本页",
  /* breadcrumbs of government portals, the header of a WeChat article */
  "当前位置：", "当前位置:", "您的位置：", "您的位置:", "您现在的位置", "您当前的位置",
  "首页 >", "首页>", "首页 »", "首页»", "首页 -", "发表于", "点击蓝字", "点击关注",
  /* the QR code under a WeChat article, and its page's own lines */
  "扫码关注", "长按二维码", "识别二维码", "轻触阅读原文", "继续滑动看下一个", "向上滑动看下一个",
  "预览时标签不可点", "喜欢此内容的人还喜欢",
  NULL
};

/* Words a site's furniture shares with documents: a 培训班 notice has its
 * 主办单位： and 技术支持： lines, a 政务公开 summary its heading on
 * 浏览量 and 网站地图.  A line opening with one is furniture only where
 * it stands among furniture (fy_web_text_judge_lines()). */
static const char * const weak_patterns[] = {
  "浏览量", "访问量", "分享到", "扫一扫", "扫描二维码", "网站地图", "信息来源",
  "主办单位：", "承办单位：", "技术支持：", "发布时间：", "发布时间:", "发布日期：",
  "发布日期:", "字号：", "字号:",
  NULL
};

/* Credits a site puts at the start of a short line, and a 简报 in its
 * 版记 (编辑：……　校对：……). */
static const char * const credit_prefixes[] = {
  "来源：", "来源:", "作者：", "作者:", "编辑：", "编辑:", "审核：", "审核:",
  "校对：", "校对:", "供稿：", "供稿:", "摄影：", "摄影:", "通讯员：", "记者：",
  "文/", "图/", "文｜", "图｜", "编辑｜", "来源｜", "审核｜",
  NULL
};

/* The lines of a 版记 that credits may follow: 报： 送： 抄送： 印发 */
static const char * const record_prefixes[] = {
  "报：", "报:", "送：", "送:", "抄送：", "抄送:", "抄报：", "抄报:", "发：", NULL
};

#define BOILERPLATE_SHORT_CHARS 80
#define BOILERPLATE_MAX_CHARS   240
#define CREDIT_MAX_CHARS        60

/* How many lines may stand above a WeChat article's posting stamp: the
 * account's name and a headline of one or two lines. */
#define POSTING_STAMP_MAX_LINE 3
/* An account's name is no longer (as the importer's masthead). */
#define MASTHEAD_MAX_CHARS     12

/**
 * fy_web_text_is_posting_stamp:
 * @line: a line of pasted text, ends trimmed
 * @above: how many lines with text stand above @line
 *
 * The stamp under a WeChat article's headline: the author or account
 * name, the date and time it was posted and the province it was posted
 * from ("原创 临川发布 2026年12月02日 08:30 江西", "临川发布 2026-12-02 08:30").
 * A name comes first, so a programme line that opens with its date and
 * time ("2026年12月3日 09:00 报到") is no stamp; but one with its name
 * first ("报到 2026年12月3日 08:30") reads as one, so only a line under
 * the headline, with at most POSTING_STAMP_MAX_LINE lines above it, is a
 * stamp.
 *
 * Returns: whether @line is a posting stamp
 */
gboolean
fy_web_text_is_posting_stamp (const char *line,
                              guint       above)
{
  static gsize pattern;
  GRegex *re = fy_regex_once (&pattern, "^(?:原创[ 　]*)?[^\\s：:。！？；，,]{1,16}(?:[ 　]+[^\\s：:。！？；，,]{1,16}){0,2}[ 　]+"
                                        "[0-9]{4}(?:年[0-9]{1,2}月[0-9]{1,2}日|-[0-9]{1,2}-[0-9]{1,2}|/[0-9]{1,2}/[0-9]{1,2})"
                                        "[ 　]*[0-9]{1,2}:[0-9]{2}(?:[ 　]+\\p{Han}{2,4})?[ 　]*$");

  return above >= 1 && above <= POSTING_STAMP_MAX_LINE && g_utf8_strlen (line, -1) <= CREDIT_MAX_CHARS &&
         g_regex_match (re, line, 0, NULL);
}

static gboolean
ends_sentence (const char *line)
{
  return g_str_has_suffix (line, "。") || g_str_has_suffix (line, "！") ||
         g_str_has_suffix (line, "？") || g_str_has_suffix (line, "；");
}

/* How many of @patterns @line holds, and whether it opens with one. */
static guint
count_marks (const char         *line,
             const char * const *patterns,
             gboolean           *opens_with)
{
  guint n_found = 0;

  for (guint i = 0; patterns[i] != NULL; i++)
    {
      const char *hit = strstr (line, patterns[i]);

      if (hit == NULL)
        continue;
      n_found++;
      *opens_with |= hit == line;
    }
  return n_found;
}

static gboolean
has_prefix_of (const char         *line,
               const char * const *prefixes)
{
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (line, prefixes[i]))
      return TRUE;
  return FALSE;
}

/**
 * fy_web_text_classify:
 * @line: one line (or paragraph) of text, white space at its ends removed
 *
 * What @line is by itself: %FY_WEB_LINE_FURNITURE if it holds two
 * different marks of site furniture (浏览次数, 打印本页, 由会员分享 …), or
 * one and is short and no sentence or opens with it;
 * %FY_WEB_LINE_DOUBTFUL if it is short, no sentence and opens with a word
 * documents use too (主办单位：, 浏览量, 分享到 …) or with a credit (来源：
 * 作者： 编辑：); else %FY_WEB_LINE_TEXT.  A line opening with a
 * heading's ordinal (一、 （一） 1. 第三条 一是) is text, whatever it
 * holds: "（二）提升政务网站访问量" is a heading.  "群众扫一扫就能办理。"
 * is a sentence and stays.
 *
 * Returns: a #FyWebLine
 */
FyWebLine
fy_web_text_classify (const char *line)
{
  glong n_chars;
  guint n_strong, n_weak;
  gboolean opens_strong = FALSE;
  gboolean opens_weak = FALSE;
  gboolean short_line;

  g_return_val_if_fail (line != NULL, FY_WEB_LINE_TEXT);

  n_chars = g_utf8_strlen (line, -1);
  if (n_chars == 0 || n_chars > BOILERPLATE_MAX_CHARS || fy_numbering_has_own_ordinal (line, NULL))
    return FY_WEB_LINE_TEXT;
  if (fy_web_text_is_end_mark (line) || fy_web_text_is_button_row (line))
    return FY_WEB_LINE_FURNITURE;

  n_strong = count_marks (line, strong_patterns, &opens_strong);
  n_weak = count_marks (line, weak_patterns, &opens_weak);
  short_line = n_chars <= BOILERPLATE_SHORT_CHARS && !ends_sentence (line);

  if (n_strong > 0 && (n_strong + n_weak >= 2 || opens_strong || short_line))
    return FY_WEB_LINE_FURNITURE;
  if (opens_weak && short_line)
    return FY_WEB_LINE_DOUBTFUL;
  if (n_chars <= CREDIT_MAX_CHARS && !ends_sentence (line) && has_prefix_of (line, credit_prefixes))
    return FY_WEB_LINE_DOUBTFUL;

  return FY_WEB_LINE_TEXT;
}

/**
 * fy_web_text_is_boilerplate:
 * @line: one line (or paragraph) of text, white space at its ends removed
 *
 * Returns: whether @line is site furniture by itself, wherever it
 *   stands (fy_web_text_classify())
 */
gboolean
fy_web_text_is_boilerplate (const char *line)
{
  return fy_web_text_classify (line) == FY_WEB_LINE_FURNITURE;
}

#define CAPTION_MAX_CHARS 60

/* What a caption under ▲ ends with when it does not open with 图 */
static const char * const photo_subjects[] = {
  "现场", "合影", "留影", "照片", "掠影", "剪影", "一角", NULL
};

/**
 * fy_web_text_is_photo_caption:
 * @line: a line of pasted text, ends trimmed
 *
 * The caption a WeChat article or a news page sets under a photo, whose
 * photo a copy leaves behind: a short line opening with the arrow that
 * points up at it (▲ or ↑) and 图 (▲图为全市……推进会现场, ▲图：……) or
 * what a photo shows (▲ 签约仪式现场, ▲ 参会人员合影), or one opening
 * with 图为 (图为市长在项目现场调研。).  A point of a list under ▲ (▲加强
 * 组织领导) is text, and so is a line that opens with 图为 and goes on
 * past one sentence.
 *
 * Returns: whether @line is a photo's caption
 */
gboolean
fy_web_text_is_photo_caption (const char *line)
{
  const char *p = line;
  gboolean pointed = FALSE;
  const char *stop;

  g_return_val_if_fail (line != NULL, FALSE);

  if (g_utf8_strlen (line, -1) > CAPTION_MAX_CHARS)
    return FALSE;
  while (*p != '\0' && g_utf8_strchr ("▲↑", -1, g_utf8_get_char (p)) != NULL)
    {
      p = g_utf8_next_char (p);
      pointed = TRUE;
    }
  while (*p == ' ' || g_str_has_prefix (p, "　"))
    p += *p == ' ' ? 1 : strlen ("　");
  if (pointed && g_str_has_prefix (p, "图"))
    return TRUE;
  /* an arrow also marks a point in a list: a caption says what the
   * photo shows */
  if (pointed)
    for (guint i = 0; photo_subjects[i] != NULL; i++)
      if (g_str_has_suffix (p, photo_subjects[i]))
        return TRUE;
  if (pointed || !g_str_has_prefix (p, "图为"))
    return FALSE;
  /* one sentence at most: nothing after its first full stop */
  stop = strstr (p, "。");
  return stop == NULL || stop[strlen ("。")] == '\0';
}

/**
 * fy_web_text_read_chunk_marker:
 * @chars: text as code points
 * @n: how many
 * @at: where a marker may start
 * @number: (out): its number
 * @length: (out): its length in characters
 *
 * Reads "N、" (ASCII or full-width digits) at @at, where no digit comes
 * before it.  Whether it is a page-chunk marker or a real list item is for
 * the caller to judge from where it stands.
 *
 * Returns: %TRUE if there is one
 */
gboolean
fy_web_text_read_chunk_marker (const gunichar *chars,
                               gsize           n,
                               gsize           at,
                               guint          *number,
                               gsize          *length)
{
  guint value = 0;
  gsize k = at;

  if (at > 0 && g_unichar_isdigit (chars[at - 1]))
    return FALSE;

  while (k < n && k - at < 3 && g_unichar_isdigit (chars[k]) && g_unichar_digit_value (chars[k]) >= 0)
    value = value * 10 + g_unichar_digit_value (chars[k++]);

  if (k == at || k >= n || chars[k] != 0x3001 /* 、 */)
    return FALSE;

  *number = value;
  *length = k + 1 - at;

  return TRUE;
}

/**
 * fy_web_text_is_counter:
 * @c: the character before a "N、" in running text
 *
 * Returns: %TRUE if "N、" after @c counts something (表2、 第3、 附件4、),
 *   so that it is no page marker
 */
gboolean
fy_web_text_is_counter (gunichar c)
{
  static const char counters[] = "表图第附件条款项号页章节年月日期次届批个位名类级组栋楼室区段号码版例";

  for (const char *p = counters; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == c)
      return TRUE;

  return FALSE;
}

/**
 * fy_web_text_chunk_fits:
 * @number: the number of a possible marker
 * @expected: the number the next marker would carry, or 0 before the first
 *
 * Page markers count up from 2 (the page before the first marker is page
 * 1); a site may drop one, so a gap of one page is allowed.
 *
 * Returns: whether @number can be the next marker
 */
gboolean
fy_web_text_chunk_fits (guint number,
                        guint expected)
{
  if (expected == 0)
    return number >= 2;

  return number == expected || number == expected + 1;
}

static gboolean
is_clause_end (gunichar c)
{
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x2026 || c == 0xFF1B ||
         c == 0xFF1A || c == 0x2014 || c == '.' || c == '!' || c == '?' || c == ';' || c == ':';
}

static gboolean
is_closer (gunichar c)
{
  return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == 0xFF09 ||
         c == ')' || c == 0x300B || c == 0x3011 || c == '"';
}

/**
 * fy_web_text_stops_open:
 * @line: a line (paragraph)
 *
 * Returns: whether @line is long and stops in mid-sentence, as a line
 *   cut by a page break does
 */
gboolean
fy_web_text_stops_open (const char *line)
{
  const char *p = line + strlen (line);

  if (g_utf8_strlen (line, -1) < 40)
    return FALSE;

  while (p > line)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (is_closer (c))
        continue;

      return !is_clause_end (c);
    }

  return FALSE;
}

/* The number of the "N、" opening @line, and where the text after it starts. */
static gboolean
line_marker (const char  *line,
             guint       *number,
             const char **rest)
{
  gunichar chars[5] = { 0 };
  gsize n = 0, length;
  const char *p = line;

  for (; *p && n < G_N_ELEMENTS (chars); p = g_utf8_next_char (p))
    chars[n++] = g_utf8_get_char (p);

  if (!fy_web_text_read_chunk_marker (chars, n, 0, number, &length) || length >= n)
    return FALSE;

  *rest = g_utf8_offset_to_pointer (line, length);

  return TRUE;
}

/* The account's name on the first line, above the headline, that the
 * posting stamp at @stamp names again (临川文明实践 / 🌿倡议书｜…… / 原创
 * 临川文明实践 2026年12月04日 19:20 江西): judged furniture, whatever
 * the headline looks like. */
static void
judge_masthead (char  **lines,
                guint8 *verdicts,
                guint   stamp)
{
  guint first = 0;
  guint between = 0;
  const char *name;

  while (first < stamp && (*lines[first] == '\0' || verdicts[first] != FY_WEB_LINE_TEXT))
    first++;
  for (guint k = first + 1; k < stamp; k++)
    between += *lines[k] == '\0' || verdicts[k] == FY_WEB_LINE_TEXT;
  if (first >= stamp || between == 0)
    return;
  name = lines[first];
  if (g_utf8_strlen (name, -1) <= MASTHEAD_MAX_CHARS && strstr (lines[stamp], name) != NULL)
    verdicts[first] = FY_WEB_LINE_FURNITURE;
}

static gboolean
is_dropped (guint8 verdict)
{
  return verdict == FY_WEB_LINE_FURNITURE || verdict == FY_WEB_LINE_STAMP;
}

/* Whether @line is the account's name that a line of furniture at the
 * head of the article gives (its posting stamp, 原创 临川发布 …). */
static gboolean
is_account_name (char        **lines,
                 const guint8 *verdicts,
                 guint         n,
                 const char   *line)
{
  guint above = 0;

  if (g_utf8_strlen (line, -1) > MASTHEAD_MAX_CHARS)
    return FALSE;
  for (guint k = 0; k < n && above <= POSTING_STAMP_MAX_LINE; k++)
    {
      if (*lines[k] == '\0')
        continue;
      if (lines[k] != line && is_dropped (verdicts[k]) && strstr (lines[k], line) != NULL)
        return TRUE;
      above++;
    }
  return FALSE;
}

/* A line with no Han character or letter: 🔚, a rule of dashes. */
static gboolean
is_inert (const char *line)
{
  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        return FALSE;
    }
  return TRUE;
}

/* Whether line @i stands among furniture: going up or down over blank and
 * doubtful lines and lines of no words, a line of furniture comes before
 * any text. */
static gboolean
among_furniture (char        **lines,
                 const guint8 *verdicts,
                 guint         n,
                 guint         i)
{
  for (gint step = -1; step <= 1; step += 2)
    for (gint k = (gint) i + step; k >= 0 && k < (gint) n; k += step)
      {
        if (is_dropped (verdicts[k]))
          return TRUE;
        if (*lines[k] != '\0' && verdicts[k] != FY_WEB_LINE_DOUBTFUL && !is_inert (lines[k]))
          break;
      }
  return FALSE;
}

/* Whether line @i stands in the page's footer, after the text: below it
 * come only furniture, doubtful lines and lines of no words. */
static gboolean
in_footer (char        **lines,
           const guint8 *verdicts,
           guint         n,
           guint         i)
{
  for (guint k = i + 1; k < n; k++)
    if (*lines[k] != '\0' && verdicts[k] == FY_WEB_LINE_TEXT && !is_inert (lines[k]))
      return FALSE;
  return TRUE;
}

/* Whether line @i stands in the page's header, above the text: above it
 * come only furniture and short lines that are no sentence (the
 * headline, a speaker, a date), no salutation ending in "：". */
static gboolean
in_header (char        **lines,
           const guint8 *verdicts,
           guint         i)
{
  for (guint k = 0; k < i; k++)
    {
      const char *line = lines[k];

      if (*line == '\0' || verdicts[k] != FY_WEB_LINE_TEXT)
        continue;
      if (g_utf8_strlen (line, -1) > BOILERPLATE_SHORT_CHARS || ends_sentence (line) ||
          g_str_has_suffix (line, "：") || g_str_has_suffix (line, ":"))
        return FALSE;
    }
  return TRUE;
}

/* Whether the line before @i with text opens a 版记's line (报： 送：),
 * so that a credit under it is the 简报's own (编辑：……　校对：……). */
static gboolean
after_record_line (char **lines,
                   guint  i)
{
  while (i > 0 && *lines[i - 1] == '\0')
    i--;
  return i > 0 && has_prefix_of (lines[i - 1], record_prefixes);
}

/**
 * fy_web_text_judge_lines:
 * @lines: (array length=n): lines of pasted text, ends trimmed
 * @n: how many
 * @evidence: (out) (optional): whether the text holds furniture beyond
 *   doubt (a line of it, or a WeChat posting stamp): a web page's copy
 *
 * Judges each line as fy_web_text_clean_lines() does.  Lines are
 * furniture by themselves (fy_web_text_classify()), a posting stamp
 * under the headline with the account's name above it, or a caption.  A
 * doubtful line (主办单位：…, 来源：…, 编辑：……　审核：……) is furniture
 * only where it stands among furniture, or in a web page's header or
 * footer — never under a 版记's 报：/送： line, never in a text with no
 * furniture beyond doubt: there it is a notice's or a 简报's own line.
 * In such a text a WeChat article's list of earlier articles at its foot
 * (fy_web_text_judge_article_list()) is furniture, and so is the
 * account's name its posting stamp gives, where it stands among the
 * furniture at the foot (under 扫码关注我们).
 *
 * Returns: (transfer full) (array length=n): a #FyWebLine for each line
 */
guint8 *
fy_web_text_judge_lines (char    **lines,
                         guint     n,
                         gboolean *evidence)
{
  guint8 *verdicts = g_new0 (guint8, n + 1);
  gboolean web = FALSE;
  guint above = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *line = lines[i];

      if (*line == '\0')
        continue;
      verdicts[i] = fy_web_text_classify (line);
      if (verdicts[i] == FY_WEB_LINE_TEXT && fy_web_text_is_posting_stamp (line, above))
        {
          verdicts[i] = FY_WEB_LINE_STAMP;
          judge_masthead (lines, verdicts, i);
        }
      else if (verdicts[i] == FY_WEB_LINE_TEXT && fy_web_text_is_photo_caption (line))
        verdicts[i] = FY_WEB_LINE_CAPTION;
      web |= is_dropped (verdicts[i]);
      above += verdicts[i] == FY_WEB_LINE_TEXT;
    }

  for (guint i = 0; i < n; i++)
    {
      if (verdicts[i] == FY_WEB_LINE_TEXT || verdicts[i] == FY_WEB_LINE_CAPTION)
        continue;
      if (after_record_line (lines, i) &&
          (has_prefix_of (lines[i], credit_prefixes) || g_str_has_prefix (lines[i], "责任编辑")))
        verdicts[i] = FY_WEB_LINE_TEXT;
      else if (verdicts[i] == FY_WEB_LINE_DOUBTFUL &&
               (among_furniture (lines, verdicts, n, i) ||
                (web && (in_header (lines, verdicts, i) || in_footer (lines, verdicts, n, i)))))
        verdicts[i] = FY_WEB_LINE_FURNITURE;
    }
  if (web)
    fy_web_text_judge_article_list (lines, verdicts, n);
  /* the account's name under its QR code, at the foot */
  for (guint i = 0; web && i < n; i++)
    if (*lines[i] != '\0' && verdicts[i] == FY_WEB_LINE_TEXT && among_furniture (lines, verdicts, n, i) &&
        in_footer (lines, verdicts, n, i) && is_account_name (lines, verdicts, n, lines[i]))
      verdicts[i] = FY_WEB_LINE_FURNITURE;

  if (evidence != NULL)
    *evidence = web;
  return verdicts;
}

/**
 * fy_web_text_clean_lines:
 * @lines: (element-type utf8): lines of pasted text, ends trimmed
 * @captions: (element-type utf8) (nullable): where the captions dropped go
 * @furniture: (element-type utf8) (nullable): where the site's furniture
 *   dropped goes
 *
 * Drops the lines fy_web_text_judge_lines() judges the site's furniture
 * (a WeChat article's posting stamp and its account's name among them),
 * and photo captions (fy_web_text_is_photo_caption(), each added once to
 * @captions unless it is %NULL; the furniture likewise to @furniture),
 * and removes page-chunk
 * markers: a
 * line opening with "N、" (N counting up from 2) right after a long line
 * that stopped in mid-sentence is joined to that line without its marker,
 * so that the word the page break cut is whole again; a "1、" opening the
 * first page goes too.  Lines that are a list keep their numbers.
 */
void
fy_web_text_clean_lines (GPtrArray *lines,
                         GPtrArray *captions,
                         GPtrArray *furniture)
{
  guint expected = 0;
  gint page_one = -1;
  gboolean any_marker = FALSE;

  {
    g_autofree guint8 *verdicts = fy_web_text_judge_lines ((char **) lines->pdata, lines->len, NULL);

    for (guint i = 0; i < lines->len; i++)
      {
        const char *line = g_ptr_array_index (lines, i);

        GPtrArray *names = verdicts[i] == FY_WEB_LINE_CAPTION ? captions
                           : is_dropped (verdicts[i]) ? furniture : NULL;

        if (names != NULL && !g_ptr_array_find_with_equal_func (names, line, g_str_equal, NULL))
          g_ptr_array_add (names, g_strdup (line));
      }
    for (guint i = lines->len; i > 0; i--)
      if (is_dropped (verdicts[i - 1]) || verdicts[i - 1] == FY_WEB_LINE_CAPTION)
        g_ptr_array_remove_index (lines, i - 1);
  }

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *rest;
      guint number;

      if (!line_marker (line, &number, &rest))
        continue;

      if (number == 1)
        {
          if (page_one < 0 && !any_marker)
            page_one = i;
          continue;
        }

      if (i > 0 && fy_web_text_stops_open (g_ptr_array_index (lines, i - 1)) &&
          fy_web_text_chunk_fits (number, expected))
        {
          char *previous = g_ptr_array_index (lines, i - 1);
          char *joined = g_strconcat (previous, rest, NULL);

          if (number == 2 && page_one >= 0)
            {
              /* The "1、" before, with no list number between. */
              char *first = g_ptr_array_index (lines, page_one);
              const char *first_rest;
              guint first_number;

              if (line_marker (first, &first_number, &first_rest))
                {
                  char *stripped = g_strdup (first_rest);

                  if ((guint)page_one == i - 1)
                    {
                      g_free (joined);
                      joined = g_strconcat (stripped, rest, NULL);
                    }
                  g_free (g_ptr_array_index (lines, page_one));
                  g_ptr_array_index (lines, page_one) = stripped;
                }
            }

          g_free (g_ptr_array_index (lines, i - 1));
          g_ptr_array_index (lines, i - 1) = joined;
          g_ptr_array_remove_index (lines, i);
          i--;
          expected = number + 1;
          any_marker = TRUE;
          continue;
        }

      /* A list: its "1、" is no page marker. */
      if (!any_marker)
        page_one = -1;
      any_marker = TRUE;
    }
}

/* Whether @line opens with an indent: the 　　 of a web page's paragraph. */
static gboolean
is_indented (const char *line)
{
  return *line != '\0' && g_unichar_isspace (g_utf8_get_char (line)) && *line != '\t';
}

/* @line without the white space, ideographic spaces included, at its ends */
static char *
trim_line (const char *line)
{
  const char *start = line;
  const char *end = line + strlen (line);

  while (*start && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);
  return g_strndup (start, end - start);
}

/**
 * fy_web_text_indents_paragraphs:
 * @lines: (array zero-terminated=1): the lines of a pasted text
 *
 * Returns: whether the text indents its paragraphs as a web page does:
 *   three lines at least, and half of those with text, open with an indent
 */
gboolean
fy_web_text_indents_paragraphs (char **lines)
{
  guint n_lines = 0;
  guint n_indented = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *trimmed = trim_line (lines[i]);

      n_lines += *trimmed != '\0';
      n_indented += *trimmed != '\0' && is_indented (lines[i]);
    }
  return n_indented >= 3 && n_indented * 2 >= n_lines;
}

/* Whether @line, ends trimmed, stops where a paragraph may end: after
 * 。！？… or a colon, closing quotes and brackets aside. */
static gboolean
ends_paragraph (const char *line)
{
  const char *p = line + strlen (line);

  while (p > line)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || is_closer (c))
        continue;
      return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x2026 || c == 0xFF1A ||
             c == '.' || c == '!' || c == '?' || c == ':';
    }
  return TRUE;
}

/**
 * fy_web_text_join_soft_breaks:
 * @raw: (array zero-terminated=1) (transfer full): the lines of a pasted
 *   text, their indentation kept
 * @stands_alone: whether a line (ends trimmed) is a heading, date or other
 *   line that is never the rest of a paragraph
 *
 * Government sites indent each paragraph with 　　 and break long ones
 * with a soft line break (<br>) that a copy keeps: the rest of the
 * paragraph comes on a line of its own, without the indent.  When most
 * lines of a text are indented, a line without the indent right after an
 * indented line that stops in mid-sentence (on ，、； or a character) is
 * joined to it, so that one paragraph is not printed as two.
 *
 * Returns: (transfer full): the lines, joined where they belong together
 */
char **
fy_web_text_join_soft_breaks (char     **raw,
                              gboolean (*stands_alone) (const char *line))
{
  GPtrArray *out = g_ptr_array_new ();
  gboolean soft = fy_web_text_indents_paragraphs (raw);
  gboolean open = FALSE;    /* the last line kept is an indented paragraph, open */

  for (guint i = 0; raw[i] != NULL; i++)
    {
      g_autofree char *trimmed = trim_line (raw[i]);
      gboolean tabs = strchr (raw[i], '\t') != NULL;
      gboolean rest = soft && open && *trimmed != '\0' && !tabs && !is_indented (raw[i]) &&
                      !stands_alone (trimmed);

      if (rest)
        {
          char *previous = g_ptr_array_index (out, out->len - 1);

          g_ptr_array_index (out, out->len - 1) = g_strconcat (g_strchomp (previous), trimmed, NULL);
          g_free (previous);
          g_free (raw[i]);
        }
      else
        g_ptr_array_add (out, raw[i]);

      open = *trimmed != '\0' && !tabs && (rest || is_indented (raw[i])) &&
             !stands_alone (trimmed) && !ends_paragraph (g_ptr_array_index (out, out->len - 1));
    }
  g_free (raw);
  g_ptr_array_add (out, NULL);

  return (char **) g_ptr_array_free (out, FALSE);
}

#define LINE_NUMBERS_MIN    5
#define LINE_NUMBER_DIGITS  5

/* The number typed at the start of @line (white space trimmed) when a
 * space, a tab or the line's end follows it: where the line's text
 * starts after the number and one separator, or NULL. */
static const char *
after_line_number (const char *line,
                   guint      *number)
{
  const char *p = line;
  guint n = 0;

  while (g_ascii_isdigit (*p) && p - line < LINE_NUMBER_DIGITS)
    n = n * 10 + (guint) (*p++ - '0');
  if (p == line || g_ascii_isdigit (*p))
    return NULL;
  *number = n;
  if (*p == '\0')
    return p;
  if (*p == ' ' || *p == '\t' || g_utf8_get_char (p) == 0x3000)
    return g_utf8_next_char (p);
  return NULL;
}

/**
 * fy_web_text_strip_line_numbers:
 * @raw: (array zero-terminated=1) (transfer full): the lines of a pasted text
 *
 * A speech copied from a Word document whose author numbered its lines
 * by hand carries the numbers: "1　　同志们：", "2　　今天……".  When
 * every line that is not blank opens with a number and a space, the
 * numbers counting up by one from the first line on (at least
 * LINE_NUMBERS_MIN of them, no tab after the separator: a pasted table's
 * first column of 序号 stays; a sentence among them: a list of numbered
 * headings stays), the numbers and the one space after each go; the
 * indentation after them stays.
 *
 * Returns: (transfer full): @raw, its lines without their numbers
 */
char **
fy_web_text_strip_line_numbers (char **raw)
{
  guint n = 0, expected = 0;
  gboolean prose = FALSE;

  for (guint i = 0; raw[i] != NULL; i++)
    {
      g_autofree char *trimmed = trim_line (raw[i]);
      const char *rest;
      guint number = 0;

      if (*trimmed == '\0')
        continue;
      rest = after_line_number (trimmed, &number);
      if (rest == NULL || strchr (rest, '\t') != NULL || (n > 0 && number != expected))
        return raw;
      expected = number + 1;
      n++;
      prose = prose || ends_sentence (rest);
    }
  /* (a list of numbered headings, 1 范围　2 规范性引用文件 …, keeps them) */
  if (n < LINE_NUMBERS_MIN || !prose)
    return raw;

  for (guint i = 0; raw[i] != NULL; i++)
    {
      const char *start = raw[i];
      guint number;

      while (*start && g_unichar_isspace (g_utf8_get_char (start)))
        start = g_utf8_next_char (start);
      if (*start != '\0')
        {
          char *line = g_strdup (after_line_number (start, &number));

          g_free (raw[i]);
          raw[i] = line;
        }
    }
  return raw;
}


static gboolean
in_chars (const char *set,
          gunichar    c)
{
  return c != 0 && g_utf8_strchr (set, -1, c) != NULL;
}

/* What follows a title's kind and still belongs to it. */
static const char * const title_kind_suffixes[] = {
  "（摘要）", "（节选）", "（提纲）", "（要点）", "(摘要)", "提纲", "要点", "摘要", "节选", "材料", "稿", NULL
};
/* The marks of a clause: text after a title has one, a title's end not. */
static const char clause_marks[] = "，。！？；：、,.!?;:";

static gboolean
has_clause_mark (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (in_chars (clause_marks, g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* @kind at @hit, with what follows it of its name (讲话提纲). */
static const char *
title_kind_end (const char *hit,
                const char *kind)
{
  const char *end = hit + strlen (kind);

  for (guint k = 0; title_kind_suffixes[k] != NULL; k++)
    if (g_str_has_prefix (end, title_kind_suffixes[k]))
      return end + strlen (title_kind_suffixes[k]);
  return end;
}

/**
 * fy_web_text_split_title:
 * @line: the first line of a pasted text
 * @rest: (out): what follows the title on the same line, or %NULL
 *
 * A page that lost its line breaks runs the title into the text:
 * "在……上的交流发言这次学习班……".  A title of the form 在……上的……发言
 * (讲话, 致辞, 主持词, 汇报, 报告) is cut off the line, with what names
 * the kind of paper after it (讲话提纲, 讲话（摘要）, 发言材料); 报告会 and
 * 汇报会 name a meeting, not the kind.  It is cut only when what follows
 * is text — a salutation or a sentence, which has a mark of a clause
 * (同志们： 这次学习班主题突出、……); a line with no such mark after the
 * kind is all title (在……上的讲话实录) and stays whole.
 *
 * Returns: (transfer full) (nullable): the title, or %NULL
 */
char *
fy_web_text_split_title (const char  *line,
                         char       **rest)
{
  static const char * const kinds[] = { "发言", "讲话", "致辞", "主持词", "汇报", "报告", NULL };
  const char *on;
  const char *best = NULL;
  const char *kind = NULL;

  *rest = NULL;
  if (!g_str_has_prefix (line, "在"))
    return NULL;

  on = strstr (line, "上的");
  if (on == NULL || g_utf8_pointer_to_offset (line, on) > 40)
    return NULL;

  for (guint k = 0; kinds[k] != NULL; k++)
    {
      const char *hit = strstr (on, kinds[k]);

      /* 报告会, 汇报会: the meeting, the kind comes later. */
      while (hit != NULL && g_str_has_prefix (hit + strlen (kinds[k]), "会"))
        hit = strstr (hit + strlen (kinds[k]), kinds[k]);
      if (hit != NULL && g_utf8_pointer_to_offset (on, hit) <= 12 && (best == NULL || hit < best))
        {
          best = hit;
          kind = kinds[k];
        }
    }
  if (best == NULL)
    return NULL;

  /* Punctuation inside means a sentence, not a title. */
  for (const char *p = line; p < best; p = g_utf8_next_char (p))
    if (g_unichar_ispunct (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0x300A &&
        g_utf8_get_char (p) != 0x300B && g_utf8_get_char (p) != 0x201C && g_utf8_get_char (p) != 0x201D)
      return NULL;

  best = title_kind_end (best, kind);
  if (*best != '\0')
    {
      if (!has_clause_mark (best))
        return NULL;
      *rest = g_strdup (best);
    }

  return g_strndup (line, best - line);
}

/* 一要 二要 … 十要: the points of a speech. */
static gint
point_number_at (const char *p)
{
  static const char numerals[] = "一二三四五六七八九十";
  gunichar c = g_utf8_get_char (p);
  gint value = 0;

  for (const char *q = numerals; *q; q = g_utf8_next_char (q))
    {
      value++;
      if (g_utf8_get_char (q) == c)
        return g_str_has_prefix (g_utf8_next_char (p), "要") ? value : -1;
    }

  return -1;
}

/**
 * fy_web_text_split_points:
 * @paragraph: a paragraph of pasted text
 *
 * A speech copied from a web page may have lost the breaks before its
 * points: "……几点体会。一要……。近年来……。二要……".  When the paragraph
 * holds 一要 二要 … in order (at least two), each right after a sentence
 * end, it is split before each point, and each point's first sentence is
 * its lead (set in bold, as the printed speech has it).
 *
 * Returns: (transfer full) (nullable) (element-type utf8): pairs of lead
 *   and text (the text before the first point has a %NULL lead), or %NULL
 *   when there is nothing to split
 */
GPtrArray *
fy_web_text_split_points (const char *paragraph)
{
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (const char *));
  GPtrArray *parts;
  gint next = 1;
  gunichar before = 0;

  for (const char *p = paragraph; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((before == 0 || before == 0x3002 || before == 0xFF01 || before == 0xFF1F) &&
          point_number_at (p) == next)
        {
          g_array_append_val (cuts, p);
          next++;
        }
      before = c;
    }

  if (cuts->len < 2)
    return NULL;

  parts = g_ptr_array_new_with_free_func (g_free);
  if (g_array_index (cuts, const char *, 0) > paragraph)
    {
      g_ptr_array_add (parts, NULL);
      g_ptr_array_add (parts, g_strndup (paragraph, g_array_index (cuts, const char *, 0) - paragraph));
    }

  for (guint i = 0; i < cuts->len; i++)
    {
      const char *start = g_array_index (cuts, const char *, i);
      const char *end = i + 1 < cuts->len ? g_array_index (cuts, const char *, i + 1) : start + strlen (start);
      const char *stop = NULL;

      for (const char *p = start; p < end; p = g_utf8_next_char (p))
        if (g_utf8_get_char (p) == 0x3002)
          {
            stop = g_utf8_next_char (p);
            break;
          }

      if (stop != NULL && g_utf8_pointer_to_offset (start, stop) <= 60 && stop < end)
        {
          g_ptr_array_add (parts, g_strndup (start, stop - start));
          g_ptr_array_add (parts, g_strndup (stop, end - stop));
        }
      else
        {
          g_ptr_array_add (parts, NULL);
          g_ptr_array_add (parts, g_strndup (start, end - start));
        }
    }

  return parts;
}

/**
 * fy_web_text_keep_clause_space:
 * @line: a line, white space at its ends removed
 *
 * A short title or heading may hold a deliberate space between two
 * clauses ("织密基层服务网 答好民生幸福卷"): one run of spaces between Han
 * characters, each side at least four characters of Han text without
 * punctuation, the whole line no sentence.  Wrap spaces are different:
 * they stand anywhere, mostly in long lines.
 *
 * Returns: (transfer full) (nullable): @line with that space as one
 *   ideographic space (U+3000) and nothing else changed, or %NULL
 */
char *
fy_web_text_keep_clause_space (const char *line)
{
  g_autofree char *head = NULL;
  const char *space = NULL, *after = NULL;
  glong before_chars = 0, after_chars = 0;
  gunichar last = 0;

  if (g_utf8_strlen (line, -1) > 40)
    return NULL;

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == 0x3000 || c == 0x00A0)
        {
          const char *q = p;

          if (space != NULL)
            return NULL;
          while (*q && (g_utf8_get_char (q) == ' ' || g_utf8_get_char (q) == 0x3000 ||
                        g_utf8_get_char (q) == 0x00A0))
            q = g_utf8_next_char (q);
          if (*q == '\0' || g_unichar_get_script (last) != G_UNICODE_SCRIPT_HAN ||
              g_unichar_get_script (g_utf8_get_char (q)) != G_UNICODE_SCRIPT_HAN)
            return NULL;
          space = p;
          after = q;
          p = g_utf8_prev_char (q);
          continue;
        }

      if (g_unichar_get_script (c) != G_UNICODE_SCRIPT_HAN)
        return NULL;
      if (space == NULL)
        before_chars++;
      else
        after_chars++;
      last = c;
    }

  if (space == NULL || before_chars < 4 || after_chars < 4)
    return NULL;

  head = g_strndup (line, space - line);

  return g_strconcat (head, "　", after, NULL);
}

/* fy-import-rules.c — (private) the role rules the Markdown and plain-text importers share
 *
 * Two importers share one set of role rules (docs/markdown.md):
 * Markdown (fy-import-markdown.c) and plain text (fy-import.c) give a
 * paragraph the role its text alone implies (date line, subtitle,
 * speaker, salutation) through an FyImportContext, and clean the spaces
 * a wrapped source leaves in the same way.  The Markdown exporter
 * (fy-export.c) asks the same rules where a role needs no comment.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include <string.h>

#include "fy-date.h"
#include "fy-doc-labels.h"
#include "fy-import.h"
#include "fy-import-private.h"
#include "fy-numbering.h"
#include "fy-regex-private.h"
#include "fy-web-text-private.h"

#define SALUTATION_MAX_CHARS 20
/* A list of addressees may fill two lines, each name short. */
#define ADDRESSEE_MAX_CHARS      56
#define ADDRESSEE_NAME_MAX_CHARS 16
/* A signature names one or two bodies or a person. */
#define SIGNATURE_MAX_CHARS  30
#define SIGNATURE_LABEL_MAX_CHARS 5

/* Shared rules */

/**
 * fy_import_is_cjk:
 * @c: a character
 *
 * Returns: %TRUE for Chinese (and Japanese) characters and for the
 *   punctuation used with them (，。、“”—…《》 and the full-width forms),
 *   which never need a space beside them
 */
gboolean
fy_import_is_cjk (gunichar c)
{
  GUnicodeScript script;

  if (c < 0x80 || c == 0x3000)
    return FALSE;

  if ((c >= 0x3001 && c <= 0x303F) ||   /* CJK symbols and punctuation */
      (c >= 0xFF00 && c <= 0xFFEF) ||   /* full- and half-width forms */
      (c >= 0xFE10 && c <= 0xFE1F) ||   /* vertical forms */
      (c >= 0xFE30 && c <= 0xFE4F) ||   /* CJK compatibility forms */
      (c >= 0x2018 && c <= 0x201F) ||   /* ‘’“” as Chinese text uses them */
      c == 0x2014 || c == 0x2015 || c == 0x2026 || c == 0x00B7 || c == 0x2E3A)
    return TRUE;

  script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_HAN ||
         script == G_UNICODE_SCRIPT_HIRAGANA ||
         script == G_UNICODE_SCRIPT_KATAKANA ||
         script == G_UNICODE_SCRIPT_BOPOMOFO;
}

static gunichar
last_char (const char *str,
           gsize       len)
{
  const char *prev;

  if (len == 0)
    return 0;

  prev = g_utf8_find_prev_char (str, str + len);

  return prev != NULL ? g_utf8_get_char (prev) : 0;
}

/**
 * fy_import_append_joined:
 * @str: text so far
 * @piece: the next line of the same paragraph
 *
 * Joins a wrapped line to the text before it.  Chinese needs no space at
 * a line break, so none is added when either side of the break is a CJK
 * character or CJK punctuation; Latin words and numbers get one space.
 */
void
fy_import_append_joined (GString    *str,
                         const char *piece)
{
  gunichar before, after;

  if (*piece == '\0')
    return;

  before = last_char (str->str, str->len);
  after = g_utf8_get_char (piece);

  if (before != 0 && !fy_doc_is_space (before) && !fy_doc_is_space (after) &&
      !fy_import_is_cjk (before) && !fy_import_is_cjk (after))
    g_string_append_c (str, ' ');

  g_string_append (str, piece);
}

/* Whether a Han character and a figure or Latin letter meet at @a | @b,
 * where a PDF copy may put a space between them (资金 6200 万元). */
static gboolean
is_figure_gap (gunichar a,
               gunichar b)
{
  gboolean han_a = g_unichar_get_script (a) == G_UNICODE_SCRIPT_HAN;
  gboolean han_b = g_unichar_get_script (b) == G_UNICODE_SCRIPT_HAN;

  return (han_a && b < 0x80 && g_ascii_isalnum ((char) b)) || (han_b && a < 0x80 && g_ascii_isalnum ((char) a));
}

/**
 * fy_import_spaces_figures:
 * @lines: (element-type utf8): the printed lines of a PDF copy
 * @first: the first of them to count
 *
 * Returns: whether the lines put a space between Han text and a figure
 *   or a Latin word more often than not: pdftotext does where the PDF
 *   left a gap there, as Fayan's and WPS's PDFs do (资金 6200 万元)
 */
gboolean
fy_import_spaces_figures (GPtrArray *lines,
                          guint      first)
{
  gint balance = 0;

  for (guint i = first; i < lines->len; i++)
    {
      gunichar before = 0;
      guint spaces = 0;

      for (const char *p = g_ptr_array_index (lines, i); *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c == ' ')
            {
              spaces++;
              continue;
            }
          if (before != 0 && spaces <= 1 && is_figure_gap (before, c))
            balance += spaces == 1 ? 1 : -1;
          before = c;
          spaces = 0;
        }
    }
  return balance > 0;
}

/**
 * fy_import_append_line:
 * @str: a paragraph's text so far
 * @piece: its next line
 * @spaced_figures: whether the text puts a space between Han text and a
 *   figure inside its lines (fy_import_spaces_figures())
 *
 * Joins a wrapped line as fy_import_append_joined() does; where one line
 * ends in Han text and the next opens with a figure or a Latin word, or
 * the other way round, with the space the text puts there inside a line
 * when it does (@spaced_figures): 补助资金 / 6200 万元 is 补助资金 6200
 * 万元, as the line before held 配套资金 4800 万元.
 */
void
fy_import_append_line (GString    *str,
                       const char *piece,
                       gboolean    spaced_figures)
{
  if (spaced_figures && str->len > 0 && *piece != '\0' &&
      is_figure_gap (last_char (str->str, str->len), g_utf8_get_char (piece)))
    g_string_append_c (str, ' ');
  fy_import_append_joined (str, piece);
}

void
fy_import_context_init (FyImportContext *context)
{
  memset (context, 0, sizeof *context);
}

void
fy_import_context_advance (FyImportContext *context,
                           FyBlockRole      role)
{
  context->has_previous = TRUE;
  context->previous_role = role;

  switch (role)
    {
    case FY_BLOCK_ROLE_TITLE:
    case FY_BLOCK_ROLE_SUBTITLE:
    case FY_BLOCK_ROLE_SPEAKER:
    case FY_BLOCK_ROLE_DATE_LINE:
    case FY_BLOCK_ROLE_ISSUE_NUMBER:
    case FY_BLOCK_ROLE_SALUTATION:
      break;

    case FY_BLOCK_ROLE_HEADING:
    case FY_BLOCK_ROLE_PARAGRAPH:
    case FY_BLOCK_ROLE_CLOSING:
    case FY_BLOCK_ROLE_SIGNATURE:
    case FY_BLOCK_ROLE_ATTACHMENT:
    default:
      context->body_started = TRUE;
      break;
    }
}

static gboolean
ends_with_any (const char         *text,
               const char * const *suffixes)
{
  for (; *suffixes; suffixes++)
    if (g_str_has_suffix (text, *suffixes))
      return TRUE;

  return FALSE;
}

static gboolean
holds_any (const char         *text,
           const char * const *words)
{
  for (; *words; words++)
    if (strstr (text, *words) != NULL)
      return TRUE;

  return FALSE;
}

/* 各区县人民政府，市政府各部门，各直属机构： — the bodies a notice is
 * addressed to (主送机关): longer than a salutation, but a list of short
 * names separated by ，and 、. */
static gboolean
is_addressee_list (const char *text)
{
  guint n_names = 1;
  guint name_chars = 0;

  if (g_utf8_strlen (text, -1) > ADDRESSEE_MAX_CHARS)
    return FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0xFF0C /* ， */ || c == 0x3001 /* 、 */)
        {
          n_names++;
          name_chars = 0;
        }
      else if (++name_chars > ADDRESSEE_NAME_MAX_CHARS)
        return FALSE;
    }

  return n_names >= 2;
}

/* 同志们：, 各区县人民政府，市政府各部门： — a short line (or a list of
 * addressees) ending in a colon, with no sentence in it.  A notice's
 * first paragraph right under its 主送 (为……，现通知如下：) names no one
 * and ends with 如下：: no salutation; nor does a decision's sentence
 * that announces the list under it (经研究，决定对以下同志予以表彰：). */
gboolean
fy_import_is_salutation_like (const char *text)
{
  static const char * const colons[] = { "：", ":", NULL };
  static const char * const announcing[] = { "如下：", "如下:", NULL };
  static const char * const deciding[] = { "经研究", "决定", "予以", "对以下", "对下列", NULL };
  glong n_chars = g_utf8_strlen (text, -1);

  /* 同志们：  尊敬的各位领导、各位来宾： — but not 如下： inside a text,
   * which the caller rules out by position. */
  if (n_chars < 2 || !ends_with_any (text, colons) || ends_with_any (text, announcing) ||
      holds_any (text, deciding) ||
      strstr (text, "。") != NULL || strstr (text, "！") != NULL ||
      strstr (text, "？") != NULL || strstr (text, "；") != NULL)
    return FALSE;

  return n_chars <= SALUTATION_MAX_CHARS || is_addressee_list (text);
}

/* 2026年3月5日, 二〇二六年三月五日, （2026年3月5日）: a block that is only
 * a date (as fy_date_parse() reads it) is the date line. */
static gboolean
is_date_like (const char *text)
{
  return fy_date_parse (text, NULL);
}

/* （2026年12月）, 二〇二六年十二月: a year and a month, as a 述职报告 or
 * a 总结 dates itself under its title (as fy_date_parse() reads the
 * same with a day). */
static gboolean
is_month_like (const char *text)
{
  gsize len = strlen (text);
  gsize close = g_str_has_suffix (text, "）") ? strlen ("）") : g_str_has_suffix (text, ")") ? 1 : 0;
  const char *month = text + len - close - strlen ("月");
  g_autofree char *dated = NULL;

  if (len < close + strlen ("月") || strncmp (month, "月", strlen ("月")) != 0 || month == text)
    return FALSE;
  dated = g_strdup_printf ("%.*s%s%s", (int) (month + strlen ("月") - text), text,
                           g_ascii_isdigit (month[-1]) ? "1日" : "一日", month + strlen ("月"));
  return is_date_like (dated);
}

static gboolean is_chapter_heading (const char *line,
                                    gsize       length);

#define OCCASION_MAX_CHARS 60
/* A note of adoption may list several amendments. */
#define ADOPTION_MAX_CHARS 240

/* 2026年8月28日临川市第十七届人民代表大会常务委员会第二十一次会议通过: a
 * date, then what adopted, approved or amended a regulation. */
static gboolean
is_adoption_note (const char *bare)
{
  static const char * const acts[] = { "通过", "批准", "公布", "修正", "修订", "施行", NULL };
  const char *day = strstr (bare, "日");
  g_autofree char *date = NULL;
  gboolean acted = FALSE;

  if (day == NULL || g_utf8_strlen (bare, -1) > ADOPTION_MAX_CHARS)
    return FALSE;
  for (guint k = 0; acts[k] != NULL && !acted; k++)
    acted = g_str_has_suffix (bare, acts[k]);
  date = g_strndup (bare, day + strlen ("日") - bare);
  return acted && is_date_like (date);
}

/* （供县政府常务会议研究）, （供领导参阅）: whom a text under its title is
 * for, @bare without its brackets. */
static gboolean
is_reader_note (const char *bare)
{
  static const char * const acts[] = { "研究", "参阅", "参考", "审议", "讨论", "审阅", "阅研", NULL };

  if (!g_str_has_prefix (bare, "供") || g_utf8_strlen (bare, -1) > OCCASION_MAX_CHARS)
    return FALSE;
  for (guint k = 0; acts[k] != NULL; k++)
    if (g_str_has_suffix (bare, acts[k]))
      return TRUE;
  return FALSE;
}

/* （征求意见稿）, （讨论稿）, （草案）: what stage of drafting the text under
 * its title is at, @bare without its brackets. */
static gboolean
is_draft_note (const char *bare)
{
  static const char * const drafts[] = {
    "征求意见稿", "讨论稿", "送审稿", "审议稿", "修改稿", "修订稿", "报批稿", "代拟稿",
    "草稿", "初稿", "定稿", "草案", "草案修改稿", "草案征求意见稿", NULL
  };

  for (guint k = 0; drafts[k] != NULL; k++)
    if (g_str_equal (bare, drafts[k]))
      return TRUE;
  return FALSE;
}

/**
 * fy_import_is_occasion_line:
 * @text: a line, ends trimmed
 *
 * A report to a congress or its standing committee names the day and the
 * meeting under its title without the dash of a speech's subtitle:
 * 2026年6月24日在市第十七届人民代表大会常务委员会第二十一次会议上, also
 * in brackets.  A regulation, in brackets, names the day it was adopted
 * (（2026年8月28日临川市……会议通过　2026年9月30日……会议批准）); an
 * opinion or a report whom it is for (（供县政府常务会议研究）, （供领导
 * 参阅）) or what draft it is (（征求意见稿）, （讨论稿）): a note to the
 * reader, not who speaks.  Such a line is the subtitle, printed as one
 * (3号 楷体, centred under the title).
 *
 * Returns: whether @text opens with a date and goes on 在……上, or is a
 *   regulation's note of adoption, a note of whom the text is for or of
 *   the draft it is
 */
gboolean
fy_import_is_occasion_line (const char *text)
{
  g_autofree char *bare = NULL;
  const char *at;
  g_autofree char *date = NULL;

  if (g_str_has_prefix (text, "（") && g_str_has_suffix (text, "）"))
    bare = g_strndup (text + strlen ("（"), strlen (text) - 2 * strlen ("（"));
  else
    bare = g_strdup (text);
  if (g_str_has_prefix (text, "（") && (is_adoption_note (bare) || is_reader_note (bare) || is_draft_note (bare)))
    return TRUE;
  at = strstr (bare, "日在");
  if (at == NULL || g_utf8_strlen (bare, -1) > OCCASION_MAX_CHARS || !g_str_has_suffix (bare, "上"))
    return FALSE;
  date = g_strndup (bare, at + strlen ("日") - bare);
  return is_date_like (date);
}

/* The marks a line of names may hold: （ ） · 、 */
static gboolean
is_name_mark (gunichar c)
{
  return c == 0xFF08 || c == 0xFF09 || c == 0x00B7 || c == 0x3001;
}

/* 市商务局调研组, 市政协课题组: the group a report under the title is by */
static gboolean
names_author_group (const char *line)
{
  static const char *const groups[] = { "调研组", "课题组", "检查组", "督查组", "考察组", "调查组", NULL };

  for (const char *const *g = groups; *g; g++)
    if (g_str_has_suffix (line, *g) && strcmp (line, *g) != 0)
      return TRUE;
  return FALSE;
}

/* 市发展改革委, 临川市水利局: an organ's name alone, as a report under its
 * title names the office it comes from (it ends as an organ's does). */
static gboolean
names_organ (const char *line)
{
  static gsize pattern;
  GRegex *re = fy_regex_once (&pattern, "^\\p{Han}{2,18}[室会府局厅委办院组所站队心]$");

  return g_regex_match (re, line, 0, NULL) && !g_str_has_suffix (line, "大会");
}

/**
 * fy_import_lists_names:
 * @line: a line
 *
 * Whether a line lists three people or more by name, set apart by
 * spaces that pad no name (王建军　　李　芳（女）　　张德明): each of two to
 * four Han characters, a bracket after it at most (（女）), none a post
 * (县长, 副主任) or an organ (县河湖长制办公室　副主任　林沐阳 names who
 * speaks): a row of a 名单.
 *
 * Returns: %TRUE if @line is such a row
 */
gboolean
fy_import_lists_names (const char *line)
{
  const char *end = line + strlen (line);
  guint names = 0;
  guint chars = 0;
  gunichar last = 0;
  gboolean bracket = FALSE;

  for (const char *p = line;; )
    {
      const char *after = p;

      while (*after && fy_doc_is_space (g_utf8_get_char (after)))
        after = g_utf8_next_char (after);
      if (after == p && *p)
        {
          gunichar c = g_utf8_get_char (p);

          bracket = bracket || c == 0xFF08;
          if (!bracket && g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN)
            {
              chars++;
              last = c;
            }
          p = g_utf8_next_char (p);
          continue;
        }
      if (*after && chars > 0 && fy_web_text_pads_name (line, p, after, end))
        {
          p = after;
          continue;
        }
      if (chars > 0)
        {
          if (chars < 2 || chars > 4 || g_utf8_strchr ("长记任授席理员师", -1, last) != NULL)
            return FALSE;
          names++;
        }
      chars = 0;
      bracket = FALSE;
      if (*after == '\0')
        break;
      p = after;
    }
  return names >= 3;
}

/* Whether @item ends as an organ's name does: 县应急管理局, 青石镇人民政府,
 * 县第一中学, 县供电公司, 城关社区. */
static gboolean
is_organ_item (const char *item)
{
  static const char *const ends[] = { "公司", "学校", "中学", "小学", "社区", "街道", "馆", "村" };

  if (g_utf8_strlen (item, -1) < 3 || g_utf8_strlen (item, -1) > 25)
    return FALSE;
  if (names_organ (item))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (ends); k++)
    if (g_str_has_suffix (item, ends[k]))
      return TRUE;
  return FALSE;
}

/**
 * fy_import_lists_organs:
 * @line: a line
 * @min: how many organs it must name
 *
 * Whether a line names @min organs or more, of Han characters alone, set
 * apart by spaces (县应急管理局　　县交通运输局　　县市场监督管理局): a row
 * of a 先进集体名单.
 *
 * Returns: %TRUE if @line is such a row
 */
gboolean
fy_import_lists_organs (const char *line,
                        guint       min)
{
  const char *p = line;
  guint organs = 0;

  while (*p)
    {
      const char *start;
      g_autofree char *item = NULL;

      while (*p && fy_doc_is_space (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;
      start = p;
      while (*p && !fy_doc_is_space (g_utf8_get_char (p)))
        {
          if (g_unichar_get_script (g_utf8_get_char (p)) != G_UNICODE_SCRIPT_HAN)
            return FALSE;
          p = g_utf8_next_char (p);
        }
      item = g_strndup (start, p - start);
      if (!is_organ_item (item))
        return FALSE;
      organs++;
    }
  return organs >= MAX (min, 1u);
}

/* 张伟, 市人大常委会主任　张伟, （市人大常委会主任　张伟）, 市商务局调研组:
 * a short line right after the title that names who speaks or wrote; a
 * row of three names or more is a list (先进个人名单 / 徐桂兰（女）　　孙立平
 * 　　马　超……), not who speaks. */
gboolean
fy_import_is_speaker_like (const char *line)
{
  gboolean spaced = FALSE;
  gunichar before = 0;

  if (g_utf8_strlen (line, -1) > 30 || is_date_like (line) || is_chapter_heading (line, strlen (line)) ||
      fy_doc_is_contents_label (line))
    return FALSE;

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (fy_doc_is_space (c))
        spaced |= before != 0 && g_unichar_get_script (before) == G_UNICODE_SCRIPT_HAN;
      else if (g_unichar_ispunct (c) && !is_name_mark (c))
        return FALSE;
      before = c;
    }

  if (g_str_has_prefix (line, "（") && g_str_has_suffix (line, "）"))
    {
      /* （征求意见稿） and （试行） under a title say what the text is. */
      static const char * const status[] = { "稿", "草案", "试行", "暂行", "修订", "修正", NULL };

      for (const char * const *w = status; *w; w++)
        if (strstr (line, *w) != NULL)
          return FALSE;
      return TRUE;
    }

  if (spaced && fy_import_lists_names (line))
    return FALSE;
  return spaced || g_str_has_suffix (line, "同志") || names_author_group (line) || names_organ (line);
}

/**
 * fy_import_guess_role:
 * @context: the blocks before
 * @text: the text of a paragraph, bold lead included
 *
 * Returns: the role a paragraph with @text gets from its text alone: a
 *   subtitle when it opens with "——" (or names the day and the meeting,
 *   fy_import_is_occasion_line()) right after the title, an issue
 *   number: a 发文字号 (青委发〔2026〕21号) first of all, above the title,
 *   or a 期号 (〔2026〕第5号) right after the title or subtitle, and a
 *   纪要's line of organ and date after them (fy_doc_is_header_line()),
 *   as the issue number's role, a speaker
 *   when it names who speaks right after the title (or the date under
 *   it), a salutation
 *   when it is a short line ending in "：" before the body starts, a date
 *   line when it is only a date, else a paragraph
 */
FyBlockRole
fy_import_guess_role (const FyImportContext *context,
                      const char            *text)
{
  if (is_date_like (text))
    return FY_BLOCK_ROLE_DATE_LINE;

  /* 青委发〔2026〕21号 above a 决定's title */
  if (!context->has_previous && fy_doc_is_document_number (text))
    return FY_BLOCK_ROLE_ISSUE_NUMBER;

  /* 述职报告 / 市农业农村局局长　郑海涛 / （2026年12月） */
  if (context->has_previous && !context->body_started &&
      (context->previous_role == FY_BLOCK_ROLE_TITLE || context->previous_role == FY_BLOCK_ROLE_SUBTITLE ||
       context->previous_role == FY_BLOCK_ROLE_SPEAKER) &&
      is_month_like (text))
    return FY_BLOCK_ROLE_DATE_LINE;

  if (context->has_previous && context->previous_role == FY_BLOCK_ROLE_TITLE &&
      (g_str_has_prefix (text, "——") || fy_import_is_occasion_line (text)))
    return FY_BLOCK_ROLE_SUBTITLE;

  /* 〔2026〕第5号 under a 纪要's title */
  if (context->has_previous && !context->body_started &&
      (context->previous_role == FY_BLOCK_ROLE_TITLE || context->previous_role == FY_BLOCK_ROLE_SUBTITLE) &&
      fy_doc_is_issue_number (text))
    return FY_BLOCK_ROLE_ISSUE_NUMBER;

  /* 市……办公室　　　　2026年11月20日: the 纪要's 版头 line under them,
   * printed with the issue number (organ left, date right) */
  if (context->has_previous && !context->body_started &&
      (context->previous_role == FY_BLOCK_ROLE_TITLE || context->previous_role == FY_BLOCK_ROLE_SUBTITLE ||
       context->previous_role == FY_BLOCK_ROLE_ISSUE_NUMBER) &&
      fy_doc_is_header_line (text))
    return FY_BLOCK_ROLE_ISSUE_NUMBER;

  /* (a 主持词 dates its title before it names who chairs; organs under
   * the title of a list the notice carries are its first row) */
  if (context->has_previous && !(context->body_started && fy_import_lists_organs (text, 1)) &&
      (context->previous_role == FY_BLOCK_ROLE_TITLE || context->previous_role == FY_BLOCK_ROLE_SUBTITLE ||
       (context->previous_role == FY_BLOCK_ROLE_DATE_LINE && !context->body_started)) &&
      fy_import_is_speaker_like (text))
    return FY_BLOCK_ROLE_SPEAKER;

  if (!context->body_started && fy_import_is_salutation_like (text))
    return FY_BLOCK_ROLE_SALUTATION;

  return FY_BLOCK_ROLE_PARAGRAPH;
}

/* Wrap spaces */

/**
 * fy_import_clean_wrap_spaces:
 * @line: one line of UTF-8 text
 *
 * Removes the spaces that text copied from PDFs and web pages carries
 * where the source wrapped a line: a run of ASCII, ideographic or
 * no-break spaces (and tabs) goes when the characters on both sides are
 * Chinese characters or CJK punctuation.  Spaces beside Latin letters or
 * digits stay ("API V2.1", "COVID 19", "第 3 条" keeps its spaces only
 * where a digit touches them).  An ideographic space that pads a
 * two-character name (副市长王　伟同志) or sets organ and name apart in a
 * list of who attended (列席：市财政局　陈　静) is the author's and stays.
 *
 * Returns: (transfer full): the cleaned line
 */
char *
fy_import_clean_wrap_spaces (const char *line)
{
  g_return_val_if_fail (line != NULL, NULL);

  return fy_import_clean_wrap_spaces_len (line, strlen (line));
}

static gboolean
strchr_utf8 (const char *set,
             gunichar    c)
{
  for (const char *p = set; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == c)
      return TRUE;

  return FALSE;
}

static gboolean
is_numeral_char (gunichar c)
{
  return (c >= '0' && c <= '9') || strchr_utf8 ("〇零一二三四五六七八九十百千", c);
}

/* Whether @str ends in 第X条 (章, 节, 款, 编): regulation style sets an
 * ideographic space after it (第一条　为了……). */
static gboolean
ends_with_article_number (const char *str,
                          gsize       len)
{
  const char *p = str + len;
  const char *prev;
  gunichar c;
  guint n_numerals = 0;

  if (len == 0 || (prev = g_utf8_find_prev_char (str, p)) == NULL)
    return FALSE;
  c = g_utf8_get_char (prev);
  if (!strchr_utf8 ("条章节款编", c))
    return FALSE;

  for (p = prev; (prev = g_utf8_find_prev_char (str, p)) != NULL; p = prev)
    {
      c = g_utf8_get_char (prev);
      if (!is_numeral_char (c))
        return c == 0x7B2C /* 第 */ && n_numerals > 0;
      n_numerals++;
    }

  return FALSE;
}

/* Skips 第X章 (节, 编; 部分 too when @parts) at the start of @p, which
 * ends at @end: returns where the text after it starts, with the chapter
 * word in @word, or NULL. */
static const char *
skip_chapter_number (const char *p,
                     const char *end,
                     gboolean    parts,
                     gunichar   *word)
{
  const char *numerals;

  if (end - p < (gssize) strlen ("第") || strncmp (p, "第", strlen ("第")) != 0)
    return NULL;
  numerals = p + strlen ("第");
  for (p = numerals; p < end && is_numeral_char (g_utf8_get_char (p)); p = g_utf8_next_char (p))
    ;
  if (p == numerals || p >= end)
    return NULL;

  *word = g_utf8_get_char (p);
  if (parts && end - p >= (gssize) strlen ("部分") && strncmp (p, "部分", strlen ("部分")) == 0)
    return p + strlen ("部分");
  if (*word == 0x7AE0 /* 章 */ || *word == 0x8282 /* 节 */ || *word == 0x7F16 /* 编 */)
    return g_utf8_next_char (p);

  return NULL;
}

/* 第一章　总　　则: a short line opening with 第X章 (节, 编), whose words
 * are spaced out on purpose. */
static gboolean
is_chapter_heading (const char *line,
                    gsize       length)
{
  const char *end = line + length;
  const char *p;
  gunichar word;

  if (g_utf8_strlen (line, length) > 30)
    return FALSE;

  /* 第三编 followed by a space or nothing; 第三编辑部 is a word. */
  p = skip_chapter_number (line, end, FALSE, &word);
  return p != NULL && (p >= end || fy_doc_is_space (g_utf8_get_char (p)));
}

/* 第一章　总则, 第二节 管理职责, 第三编: a line of its own that opens a
 * chapter (编 and 部分 too, level 1) or a section (节, level 2) of a
 * regulation; it prints as written, with its own ordinal. */
gboolean
fy_import_is_chapter_line (const char *text,
                           guint      *level)
{
  static const char * const sentence[] = { "，", "。", "；", "！", "？", "：", ",", ";", NULL };
  const char *p;
  gunichar word;

  if (g_utf8_strlen (text, -1) > FY_IMPORT_HEADING_MAX_CHARS)
    return FALSE;
  p = skip_chapter_number (text, text + strlen (text), TRUE, &word);
  if (p == NULL)
    return FALSE;

  /* 第一章总则 without a space is a heading too, but 第一章规定的情形，
   * is a sentence. */
  for (const char * const *mark = sentence; *mark; mark++)
    if (strstr (p, *mark) != NULL)
      return FALSE;
  if (*p != '\0' && !fy_doc_is_space (g_utf8_get_char (p)) && g_utf8_strlen (p, -1) > 12)
    return FALSE;

  if (level != NULL)
    *level = word == 0x8282 /* 节 */ ? 2 : 1;
  return TRUE;
}

/* The end of a signature line's label: 述职人：, 提案人签名：, 签名： */
static const char *const signature_labels[] = { "签名：", "人：" };

/* 云岭市人民政府, 教务处　质量评估中心, 张伟, 述职人：李文博: a short
 * line of names, no sentence, no number of a heading. */
gboolean
fy_import_is_signature_like (const char *text)
{
  guint n_han = 0;
  guint level;
  const char *rest;

  if (g_utf8_strlen (text, -1) > SIGNATURE_MAX_CHARS || is_date_like (text) ||
      fy_numbering_strip_prefix (text, &level, NULL, &rest) || fy_import_is_chapter_line (text, NULL))
    return FALSE;

  /* 述职人：李文博, 报告人：…, 提案人签名：…: the label before the name */
  for (guint k = 0; k < G_N_ELEMENTS (signature_labels); k++)
    {
      rest = strstr (text, signature_labels[k]);
      if (rest != NULL && g_utf8_pointer_to_offset (text, rest) < SIGNATURE_LABEL_MAX_CHARS)
        {
          text = rest + strlen (signature_labels[k]);
          break;
        }
    }

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN)
        n_han++;
      else if (!fy_doc_is_space (c) && !is_name_mark (c))
        return FALSE;
    }

  return n_han >= 2;
}

/* Whether the spaces [@space, @after) of a line of fields, @line up
 * to @end, set the next field's label apart (联系人：周慧敏　　联系电话：):
 * typed on purpose, an ideographic space or more than one. */
static gboolean
between_fields (const char *line,
                const char *after,
                const char *end,
                const char *space)
{
  /* not inside the line's own label, spaced out (联　系　人：) */
  return fy_web_text_field_label_len (line) <= (gsize) (space - line) &&
         fy_web_text_opens_next_field (line, after, end - after) &&
         (g_utf8_get_char (space) == 0x3000 || g_utf8_next_char (space) < after);
}

/* Whether [@p, @q) holds half-width spaces only. */
static gboolean
is_plain_spaces (const char *p,
                 const char *q)
{
  for (; p < q; p++)
    if (*p != ' ')
      return FALSE;
  return TRUE;
}

/* The same for the first @length bytes of @line. */
char *
fy_import_clean_wrap_spaces_len (const char *line,
                                 gsize       length)
{
  GString *out;
  gunichar before = 0;
  const char *p;
  const char *end = line + length;
  gboolean chapter = is_chapter_heading (line, length);
  gboolean attendance = fy_web_text_is_attendance_line (line, length);

  out = g_string_sized_new (length);
  p = line;
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (fy_doc_is_space (c))
        {
          const char *q = p;
          gunichar after;

          while (q < end && fy_doc_is_space (g_utf8_get_char (q)))
            q = g_utf8_next_char (q);

          after = q < end ? g_utf8_get_char (q) : 0;
          /* a PDF copy's gap before a mark after a figure (合格率
           * 98.6% ，比上年): the mark carries its own room */
          if ((g_ascii_isdigit ((char) before) || before == '%') && before < 0x80 && is_plain_spaces (p, q) &&
              after != 0 && g_utf8_strchr ("，。、；：？！", -1, after) != NULL)
            ;
          else if (!(before != 0 && after != 0 && fy_import_is_cjk (before) && fy_import_is_cjk (after)))
            g_string_append_len (out, p, q - p);
          else if (fy_web_text_pads_name (line, p, q, end) || (attendance && g_utf8_get_char (p) == 0x3000) ||
                   fy_web_text_parts_issuers (line, p, q, end))
            g_string_append_unichar (out, 0x3000);
          else if (between_fields (line, q, end, p))
            {
              /* 联系人：周慧敏　　联系电话：……: the fields stay apart. */
              for (const char *r = p; r < q; r = g_utf8_next_char (r))
                if (g_utf8_get_char (r) == 0x3000 || r == p)
                  g_string_append_unichar (out, 0x3000);
            }
          else if (chapter || ends_with_article_number (out->str, out->len))
            {
              /* Deliberate: after 第X条, inside 第一章　总　　则.  A
               * web page's plain space becomes the ideographic one. */
              for (const char *r = p; r < q; r = g_utf8_next_char (r))
                if (chapter || r == p)
                  g_string_append_unichar (out, 0x3000);
            }

          p = q;
          continue;
        }

      g_string_append_len (out, p, g_utf8_next_char (p) - p);
      before = c;
      p = g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}

/* Whether @text is a row of names (周明远　李国华　张　敏): words of one to
 * four Han characters between spaces, two or more. */
static gboolean
is_names_row (const char *text)
{
  guint words = 0, chars = 0;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || c == 0x3000 || c == ' ')
        {
          words += chars > 0;
          chars = 0;
          if (c == 0)
            return words >= 2;
        }
      else if (g_unichar_get_script (c) != G_UNICODE_SCRIPT_HAN || ++chars > 4)
        return FALSE;
    }
}

/**
 * fy_import_join_attendance_labels:
 * @paragraphs: (element-type utf8): the body's paragraphs
 *
 * A 纪要's 出席：, 列席：, 请假： … typed on a line of its own, the list of
 * who attended in the paragraph under it, is set as GB/T 9704 §10.3
 * prints it: the list after the label, hung under its first word.  The
 * label takes the paragraph under it, unless that one is a label too,
 * or a table; and when that is a row of names, the rows of names under
 * it as well.
 */
void
fy_import_join_attendance_labels (GPtrArray *paragraphs)
{
  for (guint i = 0; i + 1 < paragraphs->len; i++)
    {
      char *label = g_ptr_array_index (paragraphs, i);
      const char *list = g_ptr_array_index (paragraphs, i + 1);
      gsize length = strlen (label);
      gboolean names;
      GString *joined;

      if (fy_web_text_attendance_label (label, length) != length || !g_unichar_isalpha (g_utf8_get_char (list)) ||
          fy_web_text_attendance_label (list, strlen (list)) > 0)
        continue;
      names = is_names_row (list);
      joined = g_string_new (label);
      g_string_append (joined, list);
      g_ptr_array_remove_index (paragraphs, i + 1);
      while (names && i + 1 < paragraphs->len && is_names_row (g_ptr_array_index (paragraphs, i + 1)))
        {
          g_string_append (joined, "　");
          g_string_append (joined, g_ptr_array_index (paragraphs, i + 1));
          g_ptr_array_remove_index (paragraphs, i + 1);
        }
      g_ptr_array_index (paragraphs, i) = g_string_free (joined, FALSE);
      g_free (label);
    }
}

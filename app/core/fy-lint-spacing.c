/* fy-lint-spacing.c — checks of spaces, full-width letters and half-width punctuation
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-doc-labels.h"
#include "fy-lint.h"
#include "fy-lint-private.h"
#include "fy-numbering.h"
#include "fy-table.h"
#include "fy-web-text-private.h"

/* A field label and its colon, in characters, at most */
#define FIELD_LOOKAHEAD 8

/* Checks */

/* Whether the number around the spaces [i, j) stands between Chinese
 * characters: 共2 600家, not "version 2 3". */
static gboolean
number_in_chinese (Unit  *u,
                   gsize  i,
                   gsize  j)
{
  gssize a = (gssize)i - 1;
  gsize b = j;

  /* 图1　2026年: an ideographic space sets the numbers apart on purpose. */
  for (gsize k = i; k < j; k++)
    if (u->chars[k] == 0x3000)
      return FALSE;

  while (a >= 0 && (is_ascii_digit (u->chars[a]) || is_one_of (u->chars[a], ".,%") || is_space (u->chars[a])))
    a--;
  while (b < u->n && (is_ascii_digit (u->chars[b]) || is_one_of (u->chars[b], ".,%") || is_space (u->chars[b])))
    b++;

  /* 表2 2025年各区……: a figure or table number, then its caption (but
   * 代表26 00人 is a number cut in two). */
  if (a >= 0 && (u->chars[a] == 0x56FE /* 图 */ || u->chars[a] == 0x8868 /* 表 */) &&
      (a == 0 || !is_han (u->chars[a - 1])))
    return FALSE;

  return a >= 0 && b < u->n && is_cjk (u->chars[a]) && is_cjk (u->chars[b]);
}

/* Whether v[i] closes "第X条" (章, 节, 款, 编, 部分): the regulation
 * style sets an ideographic space after it (第一条　为了……), and a
 * report's parts likewise (第一部分　主要成效). */
static gboolean
closes_article_number (Unit  *u,
                       gsize  i)
{
  gssize last;
  gssize k;

  if (u->chars[i] == 0x5206 /* 分 */ && i > 0 && u->chars[i - 1] == 0x90E8 /* 部 */)
    last = (gssize)i - 2;
  else if (u->chars[i] == 0x6761 /* 条 */ || u->chars[i] == 0x7AE0 /* 章 */ ||
           u->chars[i] == 0x8282 /* 节 */ || u->chars[i] == 0x6B3E /* 款 */ || u->chars[i] == 0x7F16 /* 编 */)
    last = (gssize)i - 1;
  else
    return FALSE;

  k = last;
  while (k >= 0 && (is_chinese_numeral (u->chars[k]) || is_ascii_digit (u->chars[k])))
    k--;

  return k >= 0 && k < last && u->chars[k] == 0x7B2C /* 第 */;
}

/* A chapter heading of a regulation, "第一章　总　　则": short, opening
 * with 第X章 (节, 编); its words are spaced out with ideographic spaces. */
gboolean
fy_lint_unit_is_chapter_heading (Unit *u)
{
  gsize first = 0;

  while (first < u->n && is_space (u->chars[first]))
    first++;
  if (u->n - first > 30 || first >= u->n || u->chars[first] != 0x7B2C /* 第 */)
    return FALSE;

  for (gsize k = first + 1; k < u->n; k++)
    if (!is_chinese_numeral (u->chars[k]) && !is_ascii_digit (u->chars[k]))
      return k > first + 1 && (u->chars[k] == 0x7AE0 /* 章 */ || u->chars[k] == 0x8282 /* 节 */ ||
                               u->chars[k] == 0x7F16 /* 编 */);

  return FALSE;
}

/* A notice's line of who to ask (联系人：市政务服务管理局　许文静,
 * 联系电话：0798-86120457, 联系人：周慧敏　　联系电话：……), or a field
 * of a 提案's form (案由：关于……的提案, 提案人：民进临川市委会) or of a
 * task's (责任领导：王　勇, 牵头单位：县财政局, 完成时限：2026年12月底前): a
 * label, then names, numbers or a title, no sentence; the organ and the
 * name are set apart as in a list of who attended. */
gboolean
fy_lint_unit_is_contact_line (Unit *u)
{
  static const char * const labels[] = {
    "联系人", "联系电话", "联系方式", "电话", "办公电话", "手机", "传真", "电子邮箱", "邮箱",
    "通讯地址", "地址", "邮编", "邮政编码",
    "案由", "提案人", "领衔提案人", "附议人", "提案单位", "提案类别", "主办单位", "会办单位", "承办单位",
    "责任领导", "牵头领导", "分管领导", "责任单位", "牵头单位", "配合单位", "协办单位", "责任部门",
    "责任人", "完成时限", "完成时间", NULL
  };
  gsize label = fy_web_text_field_label_len (u->text);

  if (label == 0 || u->n > 60)
    return FALSE;
  for (const char *p = u->text + label; *p; p = g_utf8_next_char (p))
    if (g_utf8_strchr ("。，；！？", -1, g_utf8_get_char (p)) != NULL)
      return FALSE;
  for (guint k = 0; labels[k] != NULL; k++)
    if (strncmp (u->text, labels[k], strlen (labels[k])) == 0 &&
        label == strlen (labels[k]) + (u->text[strlen (labels[k])] == ':' ? 1 : strlen ("：")))
      return TRUE;

  return FALSE;
}

/* Whether a space sets a name apart: in a speaker, signature or date
 * line, "县农业农村局局长 陈远".  (Pasted text has no roles: a short line
 * of a narrow column looks the same, so text mode keeps to removal but
 * in the speaker's line under the title, see find_speaker_line().) */
static gboolean
sets_name_apart (Unit *u)
{
  FyBlockRole role = fy_lint_unit_seen_role (u);

  return (!u->text_mode || role == FY_BLOCK_ROLE_SPEAKER) &&
         (role == FY_BLOCK_ROLE_SPEAKER || role == FY_BLOCK_ROLE_SIGNATURE || role == FY_BLOCK_ROLE_DATE_LINE);
}

/* Whether a year (2026年) opens at @j */
static gboolean
opens_year (Unit  *u,
            gsize  j)
{
  for (gsize k = j; k < j + 4; k++)
    if (k >= u->n || !is_ascii_digit (u->chars[k]))
      return FALSE;
  return j + 4 < u->n && u->chars[j + 4] == 0x5E74 /* 年 */;
}

/* Whether the space [i, j) stands between two clauses of a title: Han
 * on both sides, or a clause that closes or opens with a quotation mark
 * or a book title mark (弘扬“枫桥经验”　推进……, ……　《条例》), or with a
 * year (a regulation's note under its title: ……会议通过　2026年11月30日
 * ……批准). */
static gboolean
between_clauses (Unit  *u,
                 gsize  i,
                 gsize  j)
{
  return i > 0 && j < u->n &&
         (is_han (u->chars[i - 1]) || g_utf8_strchr ("”’》）", -1, u->chars[i - 1]) != NULL) &&
         (is_han (u->chars[j]) || g_utf8_strchr ("“‘《（", -1, u->chars[j]) != NULL || opens_year (u, j));
}

/* Pasted text: a line wholly in brackets with no sentence in it, a note
 * under a title ((2026年10月28日……通过　2026年11月30日……批准)) */
static gboolean
is_bracketed_line (Unit *u)
{
  if (u->n < 2 || u->chars[0] != 0xFF08 /* （ */ || u->chars[u->n - 1] != 0xFF09 /* ） */)
    return FALSE;
  for (gsize k = 1; k + 1 < u->n; k++)
    if (g_utf8_strchr ("。！？；（）", -1, u->chars[k]) != NULL)
      return FALSE;
  return TRUE;
}

static gboolean parts_clauses (Unit *u);

/* Whether a field's label (联系电话：) opens at @j of a line that opens
 * with one too (联系人：周慧敏　　联系电话：……), as the importer keeps the
 * spaces before it. */
static gboolean
opens_next_field (Unit  *u,
                  gsize  j)
{
  g_autofree char *rest = g_ucs4_to_utf8 (u->chars + j, MIN (u->n - j, FIELD_LOOKAHEAD), NULL, NULL, NULL);

  return rest != NULL && fy_web_text_opens_next_field (u->text, rest, strlen (rest));
}

/* The spaces [i, j) part two issuers inside 《》 (《鹤汀市财政局　鹤汀市
 * 教育局关于……的通知》), as the importer keeps them.  In pasted text the
 * name may go on in the line this one runs on into (《鹤汀市财政局 鹤汀市教
 * / 育局关于……的通知》, a PDF's copy), which the importer joins. */
static gboolean
parts_issuers (Unit  *u,
               gsize  i,
               gsize  j)
{
  g_autofree char *joined = NULL;

  if (i == 0 || j >= u->n)
    return FALSE;
  joined = g_strconcat (u->text, u->next_line != NULL ? u->next_line : "", NULL);
  return fy_web_text_parts_issuers (joined, g_utf8_offset_to_pointer (joined, i),
                                    g_utf8_offset_to_pointer (joined, j), joined + strlen (joined));
}

/* Whether the spaces at @i follow the number of a caption that opens
 * the unit (表1　元旦值班安排, 图2-1　网格分布示意): a caption's name stands
 * apart from its number, so the space is meant. */
static gboolean
follows_caption_number (Unit  *u,
                        gsize  i)
{
  gssize first = fy_lint_unit_first_visible (u);
  gssize k = (gssize)i - 1;
  gssize digits_end = k;

  while (k >= 0 && (is_ascii_digit (u->chars[k]) || is_chinese_numeral (u->chars[k]) ||
                    u->chars[k] == '-' || u->chars[k] == 0xFF0D || u->chars[k] == '.' || u->chars[k] == 0xFF0E))
    k--;
  if (k == digits_end || !(is_ascii_digit (u->chars[k + 1]) || is_chinese_numeral (u->chars[k + 1])))
    return FALSE;
  while (k >= 0 && is_space (u->chars[k]))
    k--;

  if (k < 0 || !(u->chars[k] == 0x8868 /* 表 */ || u->chars[k] == 0x56FE /* 图 */))
    return FALSE;

  /* the caption of an image, as Markdown describes it: ![图1　……](……) */
  return k == first || (k == first + 2 && u->chars[first] == '!' && u->chars[first + 1] == '[');
}

/* The 版记's 印发 line, or a 纪要's organ and date under its issue number,
 * copied out of a PDF or lined up with the space bar (平川区政协办公室
 * and sixteen blanks, then 2026年12月7日印发): its one run of blanks,
 * of any width, parts the organ from the date, which the typesetter sets
 * flush left and flush right (fy-typesetter-imprint.c).  Removed, the
 * line is no such line any more and prints as a body paragraph, in the
 * text, without the 版记's rules (session 27). */
static gboolean
parts_organ_and_date (Unit *u)
{
  return fy_doc_is_printed_line (u->text) ||
         (fy_lint_unit_seen_role (u) == FY_BLOCK_ROLE_ISSUE_NUMBER && fy_doc_is_header_line (u->text));
}

/* Ideographic spaces [i, j) set on purpose: after 第X条 (章, 节), in a
 * speaker, signature or date line (names padded to three characters,
 * the office set apart from the date; a 纪要's organ and date under its
 * issue number, the 版记's organ and date of printing), between two
 * clauses of a title or
 * heading (织密基层服务网　答好民生幸福卷, 弘扬“枫桥经验”　推进……), a
 * list of who attended (列席：市财政局　陈　静) or of who to ask
 * (联系人：市政务服务管理局　许文静), a 纪要's organ and date pasted
 * under its title, a name padded in a table's cell, and in pasted text
 * between the names of a line that lists names.  A name padded inside a
 * sentence (王　伟同志说) is reported: the import keeps what the author
 * typed, and running text sets a name unpadded. */
static gboolean
is_deliberate_space (Unit  *u,
                     gsize  i,
                     gsize  j)
{
  if (parts_organ_and_date (u))
    return TRUE;
  for (gsize k = i; k < j; k++)
    if (u->chars[k] != 0x3000)
      return FALSE;

  if ((i > 0 && closes_article_number (u, i - 1)) || follows_caption_number (u, i) ||
      fy_lint_unit_is_chapter_heading (u) ||
      fy_web_text_is_attendance_line (u->text, strlen (u->text)) ||
      fy_lint_unit_is_contact_line (u) || (u->text_mode && fy_doc_is_header_line (u->text)) ||
      parts_issuers (u, i, j))
    return TRUE;

  switch (fy_lint_unit_seen_role (u))
    {
    case FY_BLOCK_ROLE_SPEAKER:
    case FY_BLOCK_ROLE_SIGNATURE:
    case FY_BLOCK_ROLE_DATE_LINE:
      return TRUE;
    case FY_BLOCK_ROLE_ISSUE_NUMBER:
      return FALSE;
    case FY_BLOCK_ROLE_TABLE:
      /* a cell's name padded to three characters (陈　静), as a duty
       * roster or a list of contacts sets them */
      return j == i + 1 && fy_web_text_pads_name (u->text, g_utf8_offset_to_pointer (u->text, i),
                                                  g_utf8_offset_to_pointer (u->text, j),
                                                  u->text + strlen (u->text));
    case FY_BLOCK_ROLE_TITLE:
    case FY_BLOCK_ROLE_SUBTITLE:
    case FY_BLOCK_ROLE_HEADING:
      return between_clauses (u, i, j);
    default:
      /* pasted text: its first line is the title, a line in brackets
       * the note under it; a title's clause space as the importer
       * keeps it (under a site's name: sweep7 y1) */
      if (u->text_mode && (u->block == 0 || is_bracketed_line (u)) &&
          !g_utf8_strchr ("。！？；", -1, u->chars[u->n - 1]) && between_clauses (u, i, j))
        return TRUE;
      if (u->text_mode && j == i + 1 && parts_clauses (u))
        return TRUE;
      /* pasted text: a line of names (出席：张国华　刘志强, 县长　周海涛),
       * or of fields (联系人：周慧敏　　联系电话：……); a paragraph of a
       * document that is a row of names or organs, set in columns
       * (王建军　　李　芳（女）　　张德明, a 表彰决定's list) */
      return (u->text_mode || u->role == FY_BLOCK_ROLE_PARAGRAPH) && i > 0 && j < u->n &&
             (is_han (u->chars[i - 1]) || u->chars[i - 1] == 0xFF09 /* 李　芳（女） */) &&
             is_han (u->chars[j]) &&
             (fy_web_text_is_name_line (u->text) || (u->text_mode && opens_next_field (u, j)));
    }
}

/* A short title or heading (a line of pasted text, or a title,
 * subtitle or heading block) whose one space parts two clauses of Han
 * (凝心聚力抓落实 奋力开创……新局面), which the importer keeps as an
 * ideographic space (fy_web_text_keep_clause_space()); a headline's
 * subtitle run in after —— is a line of its own there.  Typed into a
 * title, such a space is meant: only its width is wrong. */
static gboolean
parts_clauses (Unit *u)
{
  g_autofree char *line = g_strstrip (g_strdup (u->text));
  g_autofree char *kept = NULL;
  const char *rest = line;
  char *dash = strstr (line, "——");
  FyBlockRole role = fy_lint_unit_seen_role (u);
  gboolean heads = role == FY_BLOCK_ROLE_TITLE || role == FY_BLOCK_ROLE_SUBTITLE || role == FY_BLOCK_ROLE_HEADING;

  if ((!u->text_mode && !heads) || *line == '\0' ||
      g_utf8_strchr ("。！？；：，、", -1, g_utf8_get_char (g_utf8_find_prev_char (line, line + strlen (line)))))
    return FALSE;
  if (dash != NULL && dash > line)
    *dash = '\0';
  fy_numbering_strip_prefix (line, NULL, NULL, &rest);
  kept = fy_web_text_keep_clause_space (rest);
  return kept != NULL;
}

/* The space [@i, @j) groups a number's digits by thousands (9 862,
 * 12 607): one space, one to three digits before it, three after. */
static gboolean
is_digit_group (const Unit *u,
                gsize       i,
                gsize       j)
{
  gsize before = 0;
  gsize after = 0;

  if (j != i + 1)
    return FALSE;
  while (before < i && is_ascii_digit (u->chars[i - 1 - before]))
    before++;
  while (j + after < u->n && is_ascii_digit (u->chars[j + after]))
    after++;
  return before >= 1 && before <= 3 && after == 3 &&
         (before == i || u->chars[i - 1 - before] != '.');
}

/* The spaces [i, j) inside a paragraph, with Chinese text on one side
 * at least: meant, meant but of the wrong width, or one finding per
 * space, so that each can be counted. */
static void
check_space_by_chinese (Unit  *u,
                        gsize  i,
                        gsize  j)
{
  gunichar left = u->chars[i - 1];
  gunichar right = u->chars[j];

  if (is_deliberate_space (u, i, j))
    return;

  if (is_han (left) && is_han (right) && sets_name_apart (u))
    {
      /* 县农业农村局局长 陈远: the space is meant; only its width is
       * wrong. */
      unit_add (u, FY_LINT_KIND_SPACE_IN_CHINESE, FY_LINT_SEVERITY_WARNING, i, j, "\u3000", TRUE,
                g_strdup (_("The space that sets the name apart in a speaker or signature line "
                            "is an ideographic (full-width) space.")));
      return;
    }

  if (is_han (left) && is_han (right) && parts_issuers (u, i, j))
    {
      /* 《鹤汀市财政局 鹤汀市教育局关于……》 copied out of a PDF */
      unit_add (u, FY_LINT_KIND_SPACE_IN_CHINESE, FY_LINT_SEVERITY_WARNING, i, j, "\u3000", TRUE,
                g_strdup (_("The space between two issuers of a joint document is an ideographic "
                            "(full-width) space.")));
      return;
    }

  if (is_han (left) && is_han (right) && parts_clauses (u))
    {
      unit_add (u, FY_LINT_KIND_SPACE_IN_CHINESE, FY_LINT_SEVERITY_WARNING, i, j, "\u3000", TRUE,
                g_strdup (_("The space between two clauses of a title or heading is an ideographic "
                            "(full-width) space.")));
      return;
    }

  if (j < u->n && follows_caption_number (u, i))
    {
      /* 表 1 元旦值班安排 copied out of a PDF: 表1　元旦值班安排 */
      unit_add (u, FY_LINT_KIND_SPACE_IN_CHINESE, FY_LINT_SEVERITY_WARNING, i, j, "\u3000", TRUE,
                g_strdup (_("The space between a table's or figure's number and its name is an "
                            "ideographic (full-width) space.")));
      return;
    }

  for (gsize k = i; k < j; k++)
    unit_add (u, FY_LINT_KIND_SPACE_IN_CHINESE, FY_LINT_SEVERITY_WARNING, k, k + 1, "", TRUE,
              g_strdup ((is_cjk (left) && is_cjk (right))
                        ? _("Space between Chinese characters, probably where a line wrapped in the source; remove it.")
                        : _("Space between Chinese text and a Latin word or number; official documents do not use one, remove it.")));
}

/* The least run of blanks that sets a row's columns apart, and how many
 * such runs make a row: three cells at least. */
#define COLUMN_GAP_MIN 2
#define COLUMN_GAPS_MIN 2

/* Whether the blanks [i, j) are a gap of COLUMN_GAP_MIN spaces at least
 * between two visible characters. */
static gboolean
is_column_gap (Unit  *u,
               gsize  i,
               gsize  j)
{
  if (j - i < COLUMN_GAP_MIN || fy_lint_unit_prev_visible (u, i) < 0 || fy_lint_unit_next_visible (u, j - 1) < 0)
    return FALSE;
  for (gsize k = i; k < j; k++)
    if (u->chars[k] != ' ')
      return FALSE;
  return TRUE;
}

/* Pasted text: a table's row set in columns by blanks, as pdftotext
 * -layout or a table typed with spaces leaves it (县区    完成数    计划数,
 * 临川区    50    19    97%): its gaps part cells, which the importer
 * reads as a table's; removing them glues the cells into one word. */
static gboolean
is_spaced_row (Unit *u)
{
  guint gaps = 0;

  if (!u->text_mode)
    return FALSE;
  for (gsize i = 0; i < u->n; i++)
    {
      gsize j = i;

      while (j < u->n && is_space (u->chars[j]))
        j++;
      gaps += is_column_gap (u, i, j);
      i = MAX (i, j);
    }
  return gaps >= COLUMN_GAPS_MIN;
}

void
fy_lint_check_spaces (Unit *u)
{
  gssize first = -1;
  gboolean row;

  for (gsize i = 0; i < u->n; i++)
    if (!is_ignorable (u->chars[i]))
      {
        first = i;
        break;
      }

  /* A blank line or block: nothing to say.  The spaces of a Markdown
   * pipe-table row pasted as text (| 序号 | 任务 |) are Markdown's: the
   * importer reads the row as a table's. */
  if (first < 0 || (u->text_mode && fy_table_looks_like_pipe_rows (u->text)))
    return;
  row = is_spaced_row (u);

  for (gsize i = 0; i < u->n; i++)
    {
      gsize j;
      gboolean at_start, at_end;
      gunichar left, right;

      if (!is_space (u->chars[i]) || u->mask[i] != MASK_NONE)
        continue;

      for (j = i; j < u->n && is_space (u->chars[j]); j++)
        ;

      at_start = (gssize)i <= first;
      at_end = fy_lint_unit_next_visible (u, (gssize)j - 1) < 0;

      /* Pasted from a web page or Word that indents its paragraphs: the
       * indent tells a paragraph from the rest of one after a soft line
       * break (fy_web_text_join_soft_breaks()), even after a line with
       * no end mark (a title, then 　　　县长　韦志华); the importer drops
       * it.  So it does the spaces that line the names of attachments
       * up under the first (附件：1．……, then 　　　2．……). */
      if (at_start && !at_end && ((u->text_mode && u->indented) || u->attachment_item))
        {
          i = j - 1;
          continue;
        }

      /* Hard-wrapped text: a space at the end of a line that runs on
       * (or at the start of the line it runs on into) stands between
       * the Chinese characters the wrap separated. */
      if ((at_end && u->continues && !at_start && is_cjk (u->norm[i - 1])) ||
          (at_start && u->continued && !at_end && is_cjk (u->norm[j])))
        {
          for (gsize k = i; k < j; k++)
            unit_add (u, FY_LINT_KIND_SPACE_IN_CHINESE, FY_LINT_SEVERITY_WARNING, k, k + 1, "", TRUE,
                      g_strdup (_("Space between Chinese characters, probably where a line wrapped in the source; remove it.")));
          i = j - 1;
          continue;
        }

      if (at_start || at_end)
        {
          unit_add (u, FY_LINT_KIND_SPACE_AT_EDGE, FY_LINT_SEVERITY_INFO, i, j, "", TRUE,
                    g_strdup (at_start
                              ? _("Spaces at the start of a paragraph; the first-line indent is set by the style, so remove them.")
                              : _("Spaces at the end of a paragraph; remove them.")));
          i = j - 1;
          continue;
        }

      left = u->chars[i - 1];
      right = u->chars[j];

      if (row && is_column_gap (u, i, j))
        {
          i = j - 1;
          continue;
        }
      if (is_cjk (left) || is_cjk (right))
        check_space_by_chinese (u, i, j);
      else if (is_ascii_digit (left) && is_ascii_digit (right) && number_in_chinese (u, i, j))
        {
          /* 企业26 00家: a wrap inside a number.  Chinese text neither
           * groups digits with spaces nor lists numbers with them, so
           * the number reads the same without it. */
          for (gsize k = i; k < j; k++)
            unit_add (u, FY_LINT_KIND_SPACE_IN_CHINESE, FY_LINT_SEVERITY_WARNING, k, k + 1, "", TRUE,
                      is_digit_group (u, i, j)
                      ? g_strdup (_("A space groups the digits of this number (9 862); official documents write "
                                    "numbers without grouping spaces, remove it."))
                      : g_strdup (_("Space inside a number in Chinese text, probably where a line wrapped; remove it.")));
        }

      i = j - 1;
    }
}

void
fy_lint_check_full_width_alnum (Unit *u)
{
  for (gsize i = 0; i < u->n; i++)
    {
      g_autofree gunichar *fixed = NULL;
      g_autofree char *fix = NULL;
      g_autofree char *original = NULL;
      gsize j;

      if (!is_full_width_alnum (u->chars[i]) || u->mask[i] != MASK_NONE)
        continue;

      /* ２．５ is one number: the full-width point goes with it. */
      for (j = i; j < u->n; j++)
        {
          if (is_full_width_alnum (u->chars[j]))
            continue;
          if (u->chars[j] == 0xFF0E && j > i && j + 1 < u->n &&
              u->chars[j - 1] >= 0xFF10 && u->chars[j - 1] <= 0xFF19 &&
              u->chars[j + 1] >= 0xFF10 && u->chars[j + 1] <= 0xFF19)
            continue;
          break;
        }

      fixed = g_new (gunichar, j - i);
      for (gsize k = i; k < j; k++)
        fixed[k - i] = u->chars[k] - 0xFEE0;

      fix = ucs4_dup (fixed, j - i);
      original = ucs4_dup (u->chars + i, j - i);
      unit_add (u, FY_LINT_KIND_FULL_WIDTH_ALPHANUMERIC, FY_LINT_SEVERITY_WARNING, i, j, fix, TRUE,
                g_strdup_printf (_("Full-width “%1$s”: write digits and Latin letters half-width, “%2$s”."),
                                 original, fix));
      i = j - 1;
    }
}

static void
add_half_width (Unit     *u,
                gsize     i,
                gunichar  replacement)
{
  g_autofree char *original = unichar_dup (u->chars[i]);
  g_autofree char *fix = unichar_dup (replacement);

  unit_add (u, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, FY_LINT_SEVERITY_WARNING, i, i + 1, fix, TRUE,
            g_strdup_printf (_("Half-width “%1$s” in Chinese text; use the full-width “%2$s”."),
                             original, fix));
  u->norm[i] = replacement;
  u->consumed[i] = 1;
}

/* "1." and "1)" opening a point, and "1.2" inside a number, keep their
 * ASCII marks; the digits must follow a boundary for that. */
static gboolean
is_numbering_mark (Unit  *u,
                   gsize  i)
{
  gssize k = (gssize)i - 1;
  gssize digits;
  gunichar before;

  for (digits = 0; k >= 0 && is_ascii_digit (u->chars[k]); k--)
    digits++;

  if (digits == 0 || digits > 3)
    return FALSE;

  before = fy_lint_unit_char_at (u, k);
  /* the minutes of a time or the thousands of a number (17:00., 1,000.)
   * end no numbering */
  if ((before == ':' || before == ',') && is_ascii_digit (fy_lint_unit_char_at (u, k - 1)))
    return FALSE;
  return k < 0 || is_ignorable (before) || is_sentence_mark (before) ||
         before == 0xFF08 || before == '(' || is_one_of (before, ";:,!?");
}

static gboolean
opens_with_chinese_numeral (Unit  *u,
                            gsize  i)
{
  gssize k = (gssize)i - 1;
  gssize start = fy_lint_unit_first_visible (u);

  if (k < 0 || !is_chinese_numeral (u->chars[k]))
    return FALSE;
  while (k >= 0 && is_chinese_numeral (u->chars[k]))
    k--;

  return k + 1 == start;
}

/* Brackets change together, so that “(API)” in Chinese text does not
 * end up half full-width: each pair of ( ) not found yet, in Chinese
 * context or around Chinese text.  The brackets left without a partner
 * go to @unmatched. */
static void
check_bracket_pairs (Unit   *u,
                     GArray *unmatched)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (gsize i = 0; i < u->n; i++)
    {
      if (u->mask[i] != MASK_NONE)
        continue;

      if (u->chars[i] == '(')
        g_array_append_val (stack, i);
      else if (u->chars[i] == ')')
        {
          if (stack->len > 0)
            {
              gsize open = g_array_index (stack, gsize, stack->len - 1);
              gboolean chinese;

              g_array_set_size (stack, stack->len - 1);
              if (u->consumed[open] || u->consumed[i])
                continue;

              chinese = fy_lint_unit_in_chinese_context (u, open, open + 1) || fy_lint_unit_in_chinese_context (u, i, i + 1);
              for (gsize k = open + 1; k < i && !chinese; k++)
                chinese = is_cjk (u->norm[k]);

              if (chinese)
                {
                  add_half_width (u, open, 0xFF08);
                  add_half_width (u, i, 0xFF09);
                }
            }
          else
            g_array_append_val (unmatched, i);
        }
    }
  g_array_append_vals (unmatched, stack->data, stack->len);
}

/* A bracket without a partner, in Chinese context, unless it is the
 * ")" of "1)" opening a point. */
static void
check_lone_brackets (Unit   *u,
                     GArray *unmatched)
{
  for (guint k = 0; k < unmatched->len; k++)
    {
      gsize i = g_array_index (unmatched, gsize, k);

      if (u->consumed[i])
        continue;
      if (u->chars[i] == ')' && is_numbering_mark (u, i))
        continue;
      if (fy_lint_unit_in_chinese_context (u, i, i + 1))
        add_half_width (u, i, full_width_of (u->chars[i]));
    }
}

/* Whether the ASCII mark at @i keeps its form whatever its context:
 * inside a number, a version or a name (2.5, 1,000, 17:00, V2.1,
 * example.com, 发言.docx), "1." opening a point, the end of an English
 * sentence quoted in Chinese text (“… a leader and a follower.”). */
static gboolean
keeps_ascii_mark (Unit  *u,
                  gsize  i)
{
  gunichar c = u->chars[i];
  gunichar prev = fy_lint_unit_char_at (u, (gssize)i - 1);
  gunichar next = fy_lint_unit_char_at (u, i + 1);

  if (is_ascii_alnum (prev) && is_ascii_alnum (next))
    return TRUE;
  if (c == '.' && is_numbering_mark (u, i))
    return TRUE;
  if (c == '.' && is_ascii_alnum (next))
    return TRUE;
  return prev < 0x80 && g_ascii_isalpha ((char)prev) && fy_lint_unit_next_visible (u, i) >= 0 &&
         is_closing_mark (u->norm[fy_lint_unit_next_visible (u, i)]);
}

/* "一." numbers a point with a full stop: Chinese numbering is "一、". */
static void
add_numeral_point (Unit  *u,
                   gsize  i)
{
  g_autofree char *numeral = ucs4_dup (u->chars + fy_lint_unit_first_visible (u), i - fy_lint_unit_first_visible (u));

  unit_add (u, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, FY_LINT_SEVERITY_WARNING, i, i + 1, "、", TRUE,
            g_strdup_printf (_("“%1$s.” numbers a point with a full stop; Chinese numbering is written “%2$s、”."),
                             numeral, numeral));
  u->norm[i] = 0x3001;
  u->consumed[i] = 1;
}

/* The marks , . ; : ? ! not found yet, in Chinese context. */
static void
check_half_width_marks (Unit *u)
{
  for (gsize i = 0; i < u->n; i++)
    {
      gunichar c = u->chars[i];

      if (!is_one_of (c, ",.;:?!") ||
          u->mask[i] != MASK_NONE || u->consumed[i] || keeps_ascii_mark (u, i))
        continue;
      if (c == '.' && opens_with_chinese_numeral (u, i))
        add_numeral_point (u, i);
      else if (fy_lint_unit_in_chinese_context (u, i, i + 1))
        add_half_width (u, i, full_width_of (c));
    }
}

/* One pass over the brackets and marks not yet found; returns whether it
 * found any, since each can put its neighbours in Chinese context. */
static gboolean
check_half_width_pass (Unit *u)
{
  g_autoptr(GArray) unmatched = g_array_new (FALSE, FALSE, sizeof (gsize));
  guint before = u->findings->len;

  check_bracket_pairs (u, unmatched);
  check_lone_brackets (u, unmatched);
  check_half_width_marks (u);

  return u->findings->len > before;
}

/* Whether the straight quotes at @open and @close quote Chinese: by
 * their place (nearest visible neighbours) or by what they hold.  An
 * English sentence quoted in an English sentence (The report says "AI
 * is a tool." 这句话……) keeps its marks, as the import keeps them
 * (fy-import-marks.c): nothing Chinese inside or right after the
 * closing one, a Latin word before the opening one. */
static gboolean
quotes_chinese (Unit  *u,
                gsize  open,
                gsize  close)
{
  gssize before = fy_lint_unit_prev_visible (u, open);
  gboolean latin_before = before >= 0 && is_ascii_alnum (u->chars[before]);

  for (gsize m = open + 1; m < close; m++)
    if (is_cjk (u->chars[m]))
      return TRUE;
  if (latin_before && close < u->n && !is_cjk (fy_lint_unit_char_at (u, close + 1)))
    return FALSE;
  return fy_lint_unit_in_chinese_context (u, open, open + 1) ||
         (close < u->n && fy_lint_unit_in_chinese_context (u, close, close + 1));
}

/* Straight double quotation marks in Chinese text: with an even number
 * in the paragraph they pair up in order and become “ ”; with an odd
 * number which is which is a guess, so the fix is only offered. */
static void
check_straight_quotes (Unit *u)
{
  g_autoptr(GArray) quotes = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (gsize i = 0; i < u->n; i++)
    if (u->chars[i] == '"' && u->mask[i] == MASK_NONE)
      g_array_append_val (quotes, i);

  /* In a paragraph wrapped over several lines, a quotation may open on
   * one line and close on the next. */
  if (u->text_mode ? !u->quotes_odd : quotes->len % 2 == 0)
    {
      guint k = 0;

      if (u->quotes_before % 2 == 1 && quotes->len > 0)
        {
          gsize close = g_array_index (quotes, gsize, 0);
          gboolean chinese = fy_lint_unit_in_chinese_context (u, close, close + 1);

          for (gsize m = 0; m < close && !chinese; m++)
            chinese = is_cjk (u->chars[m]);
          if (chinese)
            add_half_width (u, close, 0x201D);
          k = 1;
        }

      for (; k < quotes->len; k += 2)
        {
          gsize open = g_array_index (quotes, gsize, k);
          gsize close = k + 1 < quotes->len ? g_array_index (quotes, gsize, k + 1) : u->n;

          if (quotes_chinese (u, open, close))
            {
              add_half_width (u, open, 0x201C);
              if (close < u->n)
                add_half_width (u, close, 0x201D);
            }
        }
      return;
    }

  for (guint k = 0; k < quotes->len; k++)
    {
      gsize i = g_array_index (quotes, gsize, k);
      gssize before = fy_lint_unit_prev_visible (u, i);
      gboolean opening = before < 0 || is_space (u->chars[i - 1]) || is_sentence_mark (u->norm[before]) ||
                         u->norm[before] == 0xFF08;
      g_autofree char *fix = unichar_dup (opening ? 0x201C : 0x201D);

      if (!fy_lint_unit_in_chinese_context (u, i, i + 1))
        continue;

      unit_add (u, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, FY_LINT_SEVERITY_WARNING, i, i + 1, fix, FALSE,
                g_strdup_printf (_("Half-width “%1$s” in Chinese text; use the full-width “%2$s”."), "\"", fix));
      u->consumed[i] = 1;
    }
}

void
fy_lint_check_half_width (Unit *u)
{
  check_straight_quotes (u);

  /* Each pass finds at least one more mark or ends: at most n passes,
   * in practice one or two. */
  while (check_half_width_pass (u))
    ;
}

/* fy-doc-labels.c — the parts of a document both the importer and the typesetter know by their text
 *
 * The importer gives a block its role from its text; the typesetter
 * places some blocks by their text as well (the label above an attached
 * document goes flush left in 黑体).  Each such test lives here, once, so
 * that the two cannot drift apart, and the typesetter needs nothing of the
 * importer's own rules.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-doc"

#include "config.h"

#include <string.h>

#include "fy-doc-labels.h"
#include "fy-document.h"
#include "fy-regex-private.h"

/* An organ's name (it ends as one does: 办公室, 委员会, 政府, 局 …) at the
 * start of a line, and two spaces or more after it */
#define ORGAN "\\p{Han}[\\p{Han}（）()、]{0,38}[室会府局厅部处科组院社心委办所站队团]"
#define SPACES_AFTER_ORGAN "[ 　\\t]{2,}"
#define ORGAN_AND_SPACES "^[\\s　]*" ORGAN SPACES_AFTER_ORGAN

/**
 * fy_doc_is_space:
 * @c: a character
 *
 * Returns: whether @c is a space as authors type or paste them: ASCII
 *   space and tab, the ideographic space, the no-break space and the
 *   typographic spaces
 */
gboolean
fy_doc_is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0x00A0 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F;
}

/**
 * fy_doc_is_attachment_label:
 * @text: a paragraph's text
 *
 * Returns: whether @text is the label above an attached document alone
 *   (附件, 附件2, 附件二): no names follow it, as they do in a note
 */
gboolean
fy_doc_is_attachment_label (const char *text)
{
  const char *p;

  if (!g_str_has_prefix (text, "附件"))
    return FALSE;
  for (p = text + strlen ("附件"); *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isdigit (c) && g_utf8_strchr ("一二三四五六七八九十", -1, c) == NULL &&
          !fy_doc_is_space (c))
        break;
    }
  return *p == '\0' || strcmp (p, "：") == 0 || strcmp (p, ":") == 0;
}

/**
 * fy_doc_is_bracketed_note:
 * @role: a block's role
 * @text: its text
 *
 * A note in brackets under the closing date (（联系人：王海燕，联系电话：……）,
 * （此件公开发布）, GB/T 9704 §7.3.6) is a paragraph in brackets; where it
 * stands is for the caller to judge.
 *
 * Returns: whether a block of @role and @text reads as such a note
 */
gboolean
fy_doc_is_bracketed_note (FyBlockRole  role,
                          const char  *text)
{
  return role == FY_BLOCK_ROLE_PARAGRAPH &&
         g_str_has_prefix (text, "（") && g_str_has_suffix (text, "）");
}

/**
 * fy_doc_is_header_line:
 * @text: a paragraph's text
 *
 * The line of a 纪要's 版头 under its title and issue number that names
 * the organ that issues it and the date, apart by a run of spaces:
 * 市城市更新工作领导小组办公室　　　　2026年11月20日 (the name ends as an
 * organ's does: 办公室, 委员会, 政府, 局 …).  It is printed with
 * the organ flush left and the date flush right.  Where it stands is for
 * the caller to judge.
 *
 * Returns: whether @text is an organ's name, two spaces or more and a date
 */
gboolean
fy_doc_is_header_line (const char *text)
{
  static gsize pattern;
  GRegex *re = fy_regex_once (&pattern, ORGAN_AND_SPACES "(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年"
                                        "[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日[\\s　]*$");

  return g_regex_match (re, text, 0, NULL);
}

/**
 * fy_doc_is_copy_to_line:
 * @text: a paragraph's text
 *
 * The 抄送 line of a document's 版记 (GB/T 9704 §7.4.2): 抄送： and the
 * organs it goes to (抄送：市委各部门，市人大常委会办公室。), or a 纪要's
 * 分送： line, or 抄报： as older documents write it.  Where it stands is
 * for the caller to judge.
 *
 * Returns: whether @text opens with 抄送, 分送 or 抄报 and a colon, names
 *   following
 */
gboolean
fy_doc_is_copy_to_line (const char *text)
{
  static const char *const labels[] = { "抄送", "分送", "抄报" };
  const char *p = text;
  const char *label = NULL;

  while (*p != '\0' && fy_doc_is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  for (guint k = 0; k < G_N_ELEMENTS (labels) && label == NULL; k++)
    if (g_str_has_prefix (p, labels[k]))
      label = labels[k];
  if (label == NULL)
    return FALSE;
  p += strlen (label);
  if (!g_str_has_prefix (p, "：") && !g_str_has_prefix (p, ":"))
    return FALSE;
  p += g_str_has_prefix (p, ":") ? 1 : strlen ("：");
  return *p != '\0' && strchr (p, '\n') == NULL;
}

/**
 * fy_doc_is_printed_line:
 * @text: a paragraph's text
 *
 * The last line of a document's 版记 (GB/T 9704 §7.4.3): the organ that
 * prints it, a run of spaces and the date it was printed, 印发 after it
 * (临川市人民政府办公室　　　　2026年12月3日印发).  It is printed with the
 * organ flush left and the date flush right, as a 纪要's header line
 * (fy_doc_is_header_line()).  Where it stands is for the caller to judge.
 * A template writes the line with fields ({{印发机关}}　　{{日期}}印发),
 * and a draft prints a field with no value yet as its reference, so a
 * reference stands for the organ or the date.
 *
 * Returns: whether @text is an organ's name, two spaces or more, a date
 *   and 印发
 */
gboolean
fy_doc_is_printed_line (const char *text)
{
#define FIELD_REF "\\{\\{[^{}\\n\\t]+\\}\\}"
  static gsize pattern;
  GRegex *re = fy_regex_once (&pattern, "^[\\s　]*(?:" ORGAN "|" FIELD_REF ")" SPACES_AFTER_ORGAN
                                        "(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|" FIELD_REF ")印发[\\s　]*$");
#undef FIELD_REF

  return g_regex_match (re, text, 0, NULL);
}

/**
 * fy_doc_is_issue_number:
 * @text: a paragraph's text
 *
 * The issue number a 纪要 or 简报 prints centred under its title:
 * 〔2026〕第5号, 〔2026〕5号 (the year in 〔〕 as GB/T 9704 §7.2.4 writes
 * it in a 发文字号, also typed in ［］, [] or 【】, an organ's short name
 * before it), 第12期, 2026年第3期, 第5期（总第128期）, and a meeting's
 * count as a 常务会议纪要 numbers its issues (〔2026〕第18次).  Where it stands
 * (right under the title) is for the caller to judge.
 *
 * Returns: whether @text, spaces at its ends aside, is only such a number
 */
gboolean
fy_doc_is_issue_number (const char *text)
{
  static gsize pattern;
#define FY_DOC_NUMERAL "[0-9０-９一二三四五六七八九十百千零〇]+"
  GRegex *re = fy_regex_once (&pattern, "^[\\s　]*(?:\\p{Han}{0,10}[〔［\\[【][0-9]{4}[〕］\\]】]\\s*第?" FY_DOC_NUMERAL "[号期次]"
                                        "|(?:[0-9]{4}年)?第" FY_DOC_NUMERAL "[号期次])"
                                        "(?:\\s*[（(]总第" FY_DOC_NUMERAL "期[）)])?[\\s　]*$");
#undef FY_DOC_NUMERAL

  return g_utf8_strlen (text, -1) <= 24 && g_regex_match (re, text, 0, NULL);
}

/**
 * fy_doc_is_document_number:
 * @text: a paragraph's text
 *
 * A 发文字号 (GB/T 9704 §7.2.4): the issuing organ's short name, the
 * year in 〔〕 and the number with 号, no 第 (青委发〔2026〕21号,
 * 临府办函〔2026〕7号; the year also typed in ［］, [] or 【】).  A
 * 决定 or 通知 prints it centred above its title.  The 期号 of a 纪要
 * (〔2026〕第5号, 第12期: no organ) is no 发文字号.
 *
 * Returns: whether @text, spaces at its ends aside, is only such a number
 */
gboolean
fy_doc_is_document_number (const char *text)
{
  static gsize pattern;
  GRegex *re = fy_regex_once (&pattern, "^[\\s　]*\\p{Han}{1,10}[〔［\\[【][0-9]{4}[〕］\\]】]\\s*"
                                        "[0-9０-９]+号[\\s　]*$");

  return g_utf8_strlen (text, -1) <= 24 && g_regex_match (re, text, 0, NULL);
}

/**
 * fy_doc_keeps_number_under:
 * @text: a title's text
 *
 * Returns: whether the number of a document titled @text stands under
 *   its title, whatever the number's form: a 纪要's or 简报's (its title
 *   is its 版头), and a 文书's (信访事项处理意见书, 行政处罚决定书).  The
 *   title says so by how it ends (县政府常务会议纪要, also with a note in
 *   brackets after it: 工作简报（第5期）); a title that only names such a
 *   document is another kind (关于转发省政府专题会议纪要的通知), and the
 *   name of a document in 《》 does not count
 */
gboolean
fy_doc_keeps_number_under (const char *text)
{
  static gsize pattern, tail;
  /* the name of a document the title issues or forwards says nothing of
   * the title's own kind: 关于印发《会议纪要管理办法》的通知 is a 通知 */
  GRegex *named = fy_regex_once (&pattern, "《[^》]*》?");
  GRegex *kind = fy_regex_once (&tail, "(?:纪要|简报|书)(?:[（(][^（）()]*[）)])*[\\s　]*$");
  g_autofree char *own = g_regex_replace_literal (named, text, -1, 0, "", 0, NULL);

  return g_regex_match (kind, own, 0, NULL);
}

/* The end of the title that starts at block @first (its lines, one TITLE
 * block each where they were kept apart) and of the subtitles under it;
 * @first if no title starts there.  Sets @title to the title's text. */
static guint
title_end (FyDocument *document,
           guint       first,
           char      **title)
{
  guint n = fy_document_get_n_blocks (document);
  guint k = first;
  GString *text = g_string_new (NULL);

  for (; k < n && fy_block_get_role (fy_document_get_block (document, k)) == FY_BLOCK_ROLE_TITLE; k++)
    {
      g_autofree char *line = fy_block_dup_text (fy_document_get_block (document, k));

      g_string_append (text, line);
    }
  if (k > first)
    while (k < n && fy_block_get_role (fy_document_get_block (document, k)) == FY_BLOCK_ROLE_SUBTITLE)
      k++;
  *title = g_string_free (text, FALSE);
  return k;
}

/**
 * fy_doc_count_under_document_number:
 * @document: a document
 * @number_first: whether the number is looked for before the title (at
 *   block 0, the title from block 1) rather than right after the title
 *   and its subtitles (the title from block 0)
 *
 * The one test of where a 发文字号 belongs: a number
 * (fy_doc_is_document_number()) next to the title of a document that does
 * not keep it under (fy_doc_keeps_number_under()) is printed above the
 * title (GB/T 9704 §7.2.4).
 *
 * Returns: how many blocks the title (its lines) and its subtitles are,
 *   where such a number stands next to them as @number_first says; 0
 *   otherwise
 */
guint
fy_doc_count_under_document_number (FyDocument *document,
                                    gboolean    number_first)
{
  guint n = fy_document_get_n_blocks (document);
  guint first = number_first ? 1 : 0;
  guint end, at;
  g_autofree char *title = NULL;
  g_autofree char *number = NULL;

  if (n < 2)
    return 0;
  end = title_end (document, first, &title);
  at = number_first ? 0 : end;
  if (end == first || at >= n ||
      fy_block_get_role (fy_document_get_block (document, at)) != FY_BLOCK_ROLE_ISSUE_NUMBER)
    return 0;
  number = fy_block_dup_text (fy_document_get_block (document, at));
  if (!fy_doc_is_document_number (number) || fy_doc_keeps_number_under (title))
    return 0;
  return end - first;
}

/**
 * fy_doc_place_document_number:
 * @document: a document
 *
 * Puts a 发文字号 (fy_doc_is_document_number()) that stands right under
 * the title, or under its subtitle, above the title, where GB/T 9704
 * §7.2.4 prints it: as authors type it under the title, and as Fayan
 * kept it before it printed it above.  A 纪要's, 简报's or 文书's stays
 * under its title (fy_doc_keeps_number_under()).
 *
 * Returns: whether a block moved
 */
gboolean
fy_doc_place_document_number (FyDocument *document)
{
  guint k = fy_doc_count_under_document_number (document, FALSE);

  if (k == 0)
    return FALSE;
  fy_document_move_blocks (document, k, 1, 0);
  return TRUE;
}

/**
 * fy_doc_is_contents_label:
 * @text: a line
 *
 * Returns: whether @text is a regulation's 目录 (目　　录): the label of
 *   its table of contents, no speaker
 */
gboolean
fy_doc_is_contents_label (const char *text)
{
  GString *bare = g_string_new (NULL);
  gboolean label;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!fy_doc_is_space (g_utf8_get_char (p)))
      g_string_append_unichar (bare, g_utf8_get_char (p));
  label = strcmp (bare->str, "目录") == 0;
  g_string_free (bare, TRUE);
  return label;
}

/* fy-lint-typed.c — what the body paragraphs of a document typed without styles are
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <string.h>

#include "fy-date.h"
#include "fy-doc-labels.h"
#include "fy-lint-private.h"
#include "fy-import-private.h"
#include "fy-numbering.h"

/*
 * A clerk who types a 通知 into a blank document types every line as body
 * text: the 发文字号, the title, the headings (一、检查范围), the names of
 * the attachments, the 署名, the date and （此件公开发布） under it.  The
 * typesetter prints them as written, and the checks of sentences must
 * not read them as sentences: a full stop after the title or the 署名,
 * 《》 around the notice's own title, are fixes that make the text worse
 * (session 22's new user).  Each body paragraph is read here as the
 * importer would read the line where it stands; the checks of sentences
 * (end punctuation, document names, meant spaces) ask for it.
 */

/* Marks that make a line a sentence, or more than a title. */
#define SENTENCE_MARKS "。！？；，："
/* the marks that end a sentence: no heading, subtitle or note holds one */
#define SENTENCE_END_MARKS "。！？；"

static gboolean
holds_any (const char *text,
           const char *marks)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_utf8_strchr (marks, -1, g_utf8_get_char (p)) != NULL)
      return TRUE;
  return FALSE;
}

/* The lines that stand above a title: a 发文字号, a 纪要's issue number
 * and its line of organ and date. */
static gboolean
is_head_line (const char *text)
{
  return fy_doc_is_document_number (text) || fy_doc_is_issue_number (text) || fy_doc_is_header_line (text);
}

/* A title typed as a line of body text: short, no sentence's mark, no
 * date, no ordinal (fy_import_is_title_like()). */
static gboolean
is_typed_title (const char *text)
{
  return fy_import_is_title_like (text) && !holds_any (text, SENTENCE_MARKS);
}

/* The longest heading typed on a line of its own: a line and a half. */
#define HEADING_MAX_CHARS 40

/* 一、检查范围, （二）工程安全情况, 2．情况报表: a heading or an
 * attachment's name after its number, no sentence in it. */
static gboolean
is_numbered_line (const char *text)
{
  const char *rest = NULL;
  guint level;

  return fy_numbering_strip_prefix (text, &level, NULL, &rest) && rest != NULL && *rest != '\0' &&
         !holds_any (rest, SENTENCE_END_MARKS) && g_utf8_strlen (text, -1) <= HEADING_MAX_CHARS;
}

/* 澄江市人民政府办公室, 提案人签名：农工党嘉禾市委会, 述职人：李文博 */
static gboolean
is_signature_line (const char *text)
{
  return fy_import_is_signature_like (text);
}

static const char *
block_text (FySource *source,
            guint     i)
{
  return fy_source_block_get_text (fy_source_get_block (source, i));
}

static FyBlockRole
block_role (FySource *source,
            guint     i)
{
  return fy_source_block_get_role (fy_source_get_block (source, i));
}

/* Whether block @i is a date, set as one or typed as body text. */
static gboolean
is_date_block (FySource *source,
               guint     i)
{
  FyBlockRole role = block_role (source, i);

  return role == FY_BLOCK_ROLE_DATE_LINE ||
         (role == FY_BLOCK_ROLE_PARAGRAPH && fy_date_parse (block_text (source, i), NULL));
}

/* What stands under the title at @title: the rest of it, cut off as a
 * line of its own (……工作 / 的通知), a subtitle (——在……上的讲话), who
 * speaks or wrote (市商务局调研组), a note in brackets (（2026年10月28日上午
 * 9:00，县政府三楼会议室）), a 纪要's issue number and its organ and date. */
static void
mark_head_lines (FySource    *source,
                 FyLintTyped *typed,
                 guint        title)
{
  guint n = fy_source_get_n_blocks (source);
  guint i = title + 1;
  const char *text;

  if (i >= n || block_role (source, i) != FY_BLOCK_ROLE_PARAGRAPH)
    return;
  text = block_text (source, i);
  if (is_typed_title (text) && (g_str_has_prefix (text, "的") || fy_import_title_goes_on (block_text (source, title), text)))
    typed[i++] = FY_LINT_TYPED_TITLE;
  while (i < n && block_role (source, i) == FY_BLOCK_ROLE_SUBTITLE)
    i++;
  if (i < n && block_role (source, i) == FY_BLOCK_ROLE_PARAGRAPH && g_str_has_prefix (block_text (source, i), "——") &&
      !holds_any (block_text (source, i), SENTENCE_END_MARKS))
    typed[i++] = FY_LINT_TYPED_TITLE;
  if (i < n && block_role (source, i) == FY_BLOCK_ROLE_PARAGRAPH && fy_import_is_speaker_like (block_text (source, i)))
    typed[i++] = FY_LINT_TYPED_SIGNATURE;
  if (i < n && fy_doc_is_bracketed_note (block_role (source, i), block_text (source, i)) &&
      !holds_any (block_text (source, i), SENTENCE_END_MARKS))
    typed[i++] = FY_LINT_TYPED_NOTE;
  for (; i < n && block_role (source, i) == FY_BLOCK_ROLE_PARAGRAPH && is_head_line (block_text (source, i)); i++)
    typed[i] = FY_LINT_TYPED_HEAD;
}

/* The title, a second line of it, and the lines above and under it. */
static void
find_head (FySource     *source,
           FyLintTyped  *typed)
{
  guint n = fy_source_get_n_blocks (source);

  for (guint i = 0; i < n; i++)
    {
      const char *text = block_text (source, i);
      FyBlockRole role = block_role (source, i);

      if (*text == '\0')
        continue;
      if (role == FY_BLOCK_ROLE_TITLE)
        {
          mark_head_lines (source, typed, i);
          return;
        }
      if (role != FY_BLOCK_ROLE_PARAGRAPH)
        {
          if (role == FY_BLOCK_ROLE_ISSUE_NUMBER)
            continue;
          return;
        }
      if (is_head_line (text))
        {
          typed[i] = FY_LINT_TYPED_HEAD;
          continue;
        }
      if (!is_typed_title (text))
        return;

      typed[i] = FY_LINT_TYPED_TITLE;
      /* a title typed on two lines (……办公室 / 关于……的通知) */
      mark_head_lines (source, typed, i);
      return;
    }
}

/* The 署名 above a date, the note in brackets under it, and the title
 * of the document a notice issues after them (关于印发《X办法》的通知 …
 * 2026年4月8日, then X办法). */
static void
find_closing (FySource    *source,
              FyLintTyped *typed,
              guint        date)
{
  guint n = fy_source_get_n_blocks (source);
  guint next = date + 1;

  if (block_role (source, date) == FY_BLOCK_ROLE_PARAGRAPH)
    typed[date] = FY_LINT_TYPED_DATE;
  for (guint k = date, lines = 0; k-- > 0 && lines < FY_IMPORT_SIGNATURE_MAX_LINES; lines++)
    {
      if (block_role (source, k) != FY_BLOCK_ROLE_PARAGRAPH || typed[k] != FY_LINT_TYPED_BODY ||
          !is_signature_line (block_text (source, k)))
        break;
      typed[k] = FY_LINT_TYPED_SIGNATURE;
    }
  if (next < n && fy_doc_is_bracketed_note (block_role (source, next), block_text (source, next)))
    typed[next++] = FY_LINT_TYPED_NOTE;
  if (next + 1 < n && block_role (source, next) == FY_BLOCK_ROLE_PARAGRAPH && is_typed_title (block_text (source, next)))
    typed[next] = FY_LINT_TYPED_TITLE;
}

/* The longest row of a table whose cells a copy glued together. */
#define ROW_MAX_CHARS 40

/* 临川区501997%, 排查火灾隐患县林业局各乡镇十二月底前: short, and no mark
 * at all. */
static gboolean
is_row_like (const char *text)
{
  return *text != '\0' && g_utf8_strlen (text, -1) <= ROW_MAX_CHARS && !holds_any (text, SENTENCE_MARKS "、,.;:!?…");
}

/* Two body paragraphs or more in a row, each short and without a mark:
 * the rows of a table a PDF's copy glued into lines, or a list; no
 * sentences (a sentence cut off stands among sentences). */
static void
find_rows (FySource    *source,
           FyLintTyped *typed)
{
  guint n = fy_source_get_n_blocks (source);

  for (guint i = 0; i < n;)
    {
      guint end = i;

      while (end < n && block_role (source, end) == FY_BLOCK_ROLE_PARAGRAPH && typed[end] == FY_LINT_TYPED_BODY &&
             is_row_like (block_text (source, end)))
        end++;
      for (guint k = i; end >= i + 2 && k < end; k++)
        typed[k] = FY_LINT_TYPED_ROW;
      i = MAX (end, i + 1);
    }
}

/**
 * fy_lint_find_typed:
 * @source: a document
 *
 * Reads the body paragraphs of @source as the importer would read the
 * same lines typed into a blank document.
 *
 * Returns: (transfer full): for each block, what it reads as
 *   (%FY_LINT_TYPED_BODY for any block not set as body text)
 */
FyLintTyped *
fy_lint_find_typed (FySource *source)
{
  guint n = fy_source_get_n_blocks (source);
  FyLintTyped *typed = g_new0 (FyLintTyped, n + 1);

  find_head (source, typed);
  for (guint i = 0; i < n; i++)
    {
      const char *text = block_text (source, i);

      if (is_date_block (source, i))
        find_closing (source, typed, i);
      if (block_role (source, i) != FY_BLOCK_ROLE_PARAGRAPH || typed[i] != FY_LINT_TYPED_BODY)
        continue;

      /* {{印发机关}}　　{{日期}}印发, as a template writes the 版记 */
      if (fy_doc_is_printed_line (fy_source_block_get_printed_text (fy_source_get_block (source, i))))
        typed[i] = FY_LINT_TYPED_IMPRINT;
      /* 2．情况报表 under 附件：1．…… (spaces before it line it up) */
      else if (i > 0 && fy_import_is_attachment_item (text) &&
          (typed[i - 1] == FY_LINT_TYPED_ITEM || block_role (source, i - 1) == FY_BLOCK_ROLE_ATTACHMENT ||
           (block_role (source, i - 1) == FY_BLOCK_ROLE_PARAGRAPH &&
            fy_import_is_attachment_note (block_text (source, i - 1)))))
        typed[i] = FY_LINT_TYPED_ITEM;
      else if (is_numbered_line (text) || fy_import_is_table_caption (text))
        typed[i] = FY_LINT_TYPED_HEADING;
      /* 述职人：李文博 closing a report without a date under it */
      else if (strstr (text, "：") != NULL && is_signature_line (text))
        typed[i] = FY_LINT_TYPED_SIGNATURE;
      /* the title of an attached document, under its 附件 label */
      else if (i > 0 && fy_doc_is_attachment_label (block_text (source, i - 1)) && is_typed_title (text))
        typed[i] = FY_LINT_TYPED_TITLE;
    }
  find_rows (source, typed);
  return typed;
}

/**
 * fy_lint_unit_seen_role:
 * @u: a unit
 *
 * Returns: the role @u has, or in document mode the role a body
 *   paragraph reads as (fy_lint_find_typed()): the title's, a heading's,
 *   the signature's …
 */
FyBlockRole
fy_lint_unit_seen_role (Unit *u)
{
  if (u->text_mode || u->role != FY_BLOCK_ROLE_PARAGRAPH)
    return u->role;

  switch (u->typed)
    {
    case FY_LINT_TYPED_HEAD:
      return FY_BLOCK_ROLE_ISSUE_NUMBER;
    case FY_LINT_TYPED_TITLE:
      return FY_BLOCK_ROLE_TITLE;
    case FY_LINT_TYPED_HEADING:
      return FY_BLOCK_ROLE_HEADING;
    case FY_LINT_TYPED_SIGNATURE:
      return FY_BLOCK_ROLE_SIGNATURE;
    case FY_LINT_TYPED_DATE:
      return FY_BLOCK_ROLE_DATE_LINE;
    case FY_LINT_TYPED_BODY:
    case FY_LINT_TYPED_NOTE:
    case FY_LINT_TYPED_IMPRINT:
    case FY_LINT_TYPED_ROW:
    default:
      return u->role;
    }
}

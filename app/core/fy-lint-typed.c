/* fy-lint-typed.c — what the body paragraphs of a document typed without styles are
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <glib/gi18n-lib.h>
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
 * 2026年4月8日, then X办法).  A date over a salutation is the day under
 * the speaker of the next speech of a 汇编 (在……上的讲话 / 县长　罗春明 /
 * （2026年11月20日） / 同志们：): the lines above it are its head, no 署名. */
static void
find_closing (FySource    *source,
              FyLintTyped *typed,
              guint        date)
{
  guint n = fy_source_get_n_blocks (source);
  guint next = date + 1;

  if (block_role (source, date) == FY_BLOCK_ROLE_PARAGRAPH)
    typed[date] = FY_LINT_TYPED_DATE;
  if (next < n && fy_import_is_salutation_like (block_text (source, next)))
    return;
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

/* Offers: the lines that are for certain the title, the salutation, the
 * 署名 or the date */

#define NO_OFFER (-1)

/* Whether block @i is set or typed as @what: a role, or a body paragraph
 * read as one. */
static gboolean
is_typed (FySource          *source,
          const FyLintTyped *typed,
          guint              i,
          FyLintTyped        what)
{
  return block_role (source, i) == FY_BLOCK_ROLE_PARAGRAPH && typed[i] == what;
}

static void
offer (FySource          *source,
       gint8             *offers,
       guint              i,
       FyBlockRole        role)
{
  if (block_role (source, i) == FY_BLOCK_ROLE_PARAGRAPH)
    offers[i] = role;
}

/* The first paragraph of sentences from @from on (or the number of
 * blocks): the body of the document, which makes the lines that close
 * it the 署名 and the date. */
static guint
find_sentences (FySource          *source,
                const FyLintTyped *typed,
                guint              from)
{
  guint n = fy_source_get_n_blocks (source);

  for (guint i = from; i < n; i++)
    if ((block_role (source, i) == FY_BLOCK_ROLE_PARAGRAPH || block_role (source, i) == FY_BLOCK_ROLE_CLOSING) &&
        typed[i] == FY_LINT_TYPED_BODY && holds_any (block_text (source, i), SENTENCE_END_MARKS))
      return i;
  return n;
}

/* What may stand between the title and the body: a subtitle (——……),
 * who speaks, the date, a note in brackets, set or typed. */
static gboolean
is_under_title (FySource          *source,
                const FyLintTyped *typed,
                guint              i)
{
  FyBlockRole role = block_role (source, i);
  const char *text = block_text (source, i);

  if (role == FY_BLOCK_ROLE_SUBTITLE || role == FY_BLOCK_ROLE_SPEAKER || role == FY_BLOCK_ROLE_DATE_LINE ||
      role == FY_BLOCK_ROLE_ISSUE_NUMBER)
    return TRUE;
  return role == FY_BLOCK_ROLE_PARAGRAPH &&
         (typed[i] == FY_LINT_TYPED_HEAD || typed[i] == FY_LINT_TYPED_DATE || typed[i] == FY_LINT_TYPED_NOTE || typed[i] == FY_LINT_TYPED_SIGNATURE ||
          (typed[i] == FY_LINT_TYPED_TITLE && g_str_has_prefix (text, "——")) || fy_import_is_speaker_like (text));
}

/* Whether block @i opens a document's body: a salutation (同志们：), a
 * heading, or a paragraph of sentences. */
static gboolean
opens_body (FySource          *source,
            const FyLintTyped *typed,
            guint              i)
{
  FyBlockRole role = block_role (source, i);

  if (role == FY_BLOCK_ROLE_SALUTATION || role == FY_BLOCK_ROLE_HEADING)
    return TRUE;
  if (role != FY_BLOCK_ROLE_PARAGRAPH)
    return FALSE;
  return typed[i] == FY_LINT_TYPED_HEADING || fy_import_is_salutation_like (block_text (source, i)) ||
         (typed[i] == FY_LINT_TYPED_BODY && holds_any (block_text (source, i), SENTENCE_END_MARKS));
}

/* The title typed at the head of a document (and its second line), and
 * a date right under the title, its subtitle or who speaks, when the
 * body opens right under them: an account's name over a WeChat
 * article's headline and its byline is no title.  Returns the first
 * block of the body, or 0. */
static guint
offer_head (FySource          *source,
            const FyLintTyped *typed,
            gint8             *offers)
{
  guint n = fy_source_get_n_blocks (source);
  guint title, second = 0, i = 0;

  while (i < n && (*block_text (source, i) == '\0' || block_role (source, i) == FY_BLOCK_ROLE_ISSUE_NUMBER ||
                   is_typed (source, typed, i, FY_LINT_TYPED_HEAD)))
    i++;
  if (i >= n || (block_role (source, i) != FY_BLOCK_ROLE_TITLE && !is_typed (source, typed, i, FY_LINT_TYPED_TITLE)))
    return 0;

  title = i++;
  /* ……工作 / 的通知: a title typed on two lines */
  if (i < n && is_typed (source, typed, i, FY_LINT_TYPED_TITLE) && !g_str_has_prefix (block_text (source, i), "——"))
    second = i++;
  while (i < n && is_under_title (source, typed, i))
    i++;
  if (i >= n || !opens_body (source, typed, i))
    return 0;

  offer (source, offers, title, FY_BLOCK_ROLE_TITLE);
  if (second > 0)
    offer (source, offers, second, FY_BLOCK_ROLE_TITLE);
  for (guint k = title + 1; k < i; k++)
    if (is_typed (source, typed, k, FY_LINT_TYPED_DATE))
      offer (source, offers, k, FY_BLOCK_ROLE_DATE_LINE);
  /* 各位领导、同志们：, 各乡镇人民政府： opening the body (the 主送 is
   * set as a salutation too: flush left, as the importer sets it) */
  if (is_typed (source, typed, i, FY_LINT_TYPED_BODY) && fy_import_is_salutation_like (block_text (source, i)))
    offer (source, offers, i, FY_BLOCK_ROLE_SALUTATION);
  return i;
}

/* A line of the 署名, set or typed; not a line in brackets: a
 * template's guidance (（在此……）), a note. */
static gboolean
is_signature_above (FySource          *source,
                    const FyLintTyped *typed,
                    guint              i)
{
  return block_role (source, i) == FY_BLOCK_ROLE_SIGNATURE ||
         (is_typed (source, typed, i, FY_LINT_TYPED_SIGNATURE) && !g_str_has_prefix (block_text (source, i), "（"));
}

/* The 署名 typed above a date after the body (whose first paragraph of
 * sentences is @sentences), and the date. */
static void
offer_closing (FySource          *source,
               const FyLintTyped *typed,
               gint8             *offers,
               guint              body,
               guint              sentences,
               guint              date)
{
  guint top = date;

  while (top > body && date - top < FY_IMPORT_SIGNATURE_MAX_LINES && is_signature_above (source, typed, top - 1))
    top--;
  if (top == date || sentences >= top)
    return;

  for (guint k = top; k < date; k++)
    offer (source, offers, k, FY_BLOCK_ROLE_SIGNATURE);
  offer (source, offers, date, FY_BLOCK_ROLE_DATE_LINE);
}

/**
 * fy_lint_find_offers:
 * @source: a document
 * @typed: what its blocks read as (fy_lint_find_typed())
 *
 * The body paragraphs that are for certain the title, the salutation,
 * the 署名 or the date, typed into a blank document without styles: the
 * title-like line at the head of a document whose body follows, a date
 * right under the title, the salutation that opens the body under them,
 * the 署名 lines above a date after the body, and an attached
 * document's title under its label (附件1).  Nothing
 * else is offered a role: a line that may be a title, a speaker or an
 * organ in a list is left as it is (the survey of every sample and
 * template typed without styles, test-lint-roles.c).
 *
 * Returns: (transfer full): for each block, the #FyBlockRole it is for
 *   certain, or -1
 */
gint8 *
fy_lint_find_offers (FySource          *source,
                     const FyLintTyped *typed)
{
  guint n = fy_source_get_n_blocks (source);
  gint8 *offers = g_new (gint8, n + 1);
  guint body, sentences;

  memset (offers, NO_OFFER, n + 1);
  body = offer_head (source, typed, offers);
  sentences = find_sentences (source, typed, body);
  for (guint i = body; i < n; i++)
    {
      if (is_typed (source, typed, i, FY_LINT_TYPED_DATE) || block_role (source, i) == FY_BLOCK_ROLE_DATE_LINE)
        offer_closing (source, typed, offers, body, sentences, i);
      /* an attached document's title under its label (附件1) */
      else if (i > 0 && is_typed (source, typed, i, FY_LINT_TYPED_TITLE) &&
               fy_doc_is_attachment_label (block_text (source, i - 1)))
        offer (source, offers, i, FY_BLOCK_ROLE_TITLE);
    }
  return offers;
}

/**
 * fy_lint_check_typed_role:
 * @u: a unit
 *
 * Offers to set the role of a body paragraph that is for certain the
 * title, the salutation, a line of the 署名 or the date
 * (fy_lint_find_offers()): typed as body text, it prints as a
 * paragraph, indented, in the body's face.  The fix sets
 * the role and leaves the text as it is.
 */
void
fy_lint_check_typed_role (Unit *u)
{
  FyLintFinding *finding;
  const char *message;
  g_autofree char *text = NULL;
  gssize first = fy_lint_unit_first_visible (u);
  gssize last = fy_lint_unit_prev_visible (u, u->n);

  if (u->text_mode || u->role != FY_BLOCK_ROLE_PARAGRAPH || u->offer == NO_OFFER || first < 0)
    return;

  switch (u->offer)
    {
    case FY_BLOCK_ROLE_TITLE:
      message = _("This line is the document’s title, set as body text: it prints indented in the body’s "
                  "face, not centred as a title. Set it as the title.");
      break;
    case FY_BLOCK_ROLE_SIGNATURE:
      message = _("This line is the signature (署名), set as body text: it prints as a paragraph, not in the "
                  "signature’s place. Set it as the signature.");
      break;
    case FY_BLOCK_ROLE_DATE_LINE:
      message = _("This line is the date, set as body text: it prints as a paragraph, not in the date’s "
                  "place. Set it as the date.");
      break;
    case FY_BLOCK_ROLE_SALUTATION:
      message = _("This line is the salutation, set as body text: it prints indented as a paragraph, not "
                  "flush left. Set it as the salutation.");
      break;
    default:
      return;
    }

  /* the fix "changes" the text to itself: fy_lint_apply_fix() sets the
   * role instead */
  text = fy_lint_ucs4_dup (u->chars + first, last + 1 - first);
  finding = fy_lint_unit_add (u, FY_LINT_KIND_TYPED_ROLE, FY_LINT_SEVERITY_WARNING, first, last + 1,
                              text, TRUE, g_strdup (message));
  fy_lint_finding_set_role (finding, u->offer);
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

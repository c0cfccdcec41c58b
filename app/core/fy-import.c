/* fy-import.c — pasted plain text and files into a FyDocument
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-date.h"
#include "fy-doc-labels.h"
#include "fy-document-io.h"
#include "fy-docx.h"
#include "fy-error.h"
#include "fy-import.h"
#include "fy-import-inline-private.h"
#include "fy-import-private.h"
#include "fy-numbering.h"
#include "fy-table.h"
#include "fy-web-text-private.h"

/*
 * Plain text is what clerks paste from WPS, Word and web pages: one
 * paragraph per line, or hard-wrapped blocks separated by blank lines,
 * with stray spaces where the source wrapped.  Heading numbers that the
 * text already carries become heading levels, and the numbers are dropped
 * because the engine numbers headings itself.  Nothing else is dropped:
 * every other non-space character of the input ends up in the document.
 * A file import and a paste (not this parser) then set the half-width
 * marks of Chinese text full-width (fy-import-marks.c).
 * The roles a line gets from its text alone are the rules the Markdown
 * importer shares (fy-import-rules.c); what web pages and PDFs leave in
 * the text is read, and what goes named, in fy-import-web.c; how lines
 * become paragraphs, in fy-import-lines.c.
 */

#define CLOSING_MAX_CHARS    40
/* 中国人民政治协商会议某某市某某区委员会办公室文件 */
#define ORGAN_MARK_MAX_CHARS 30

/* Input checks */

/* The length in bytes of a character at @p that is never content of a
 * Chinese document: a byte-order mark, a zero-width space or (non-)joiner
 * or a word joiner a web page left in the copy (new user, session 17:
 * 重点\u200B协商 could not be found by 查找 "重点协商"), or 0.  A
 * zero-width joiner inside an emoji sequence (👨‍👩‍👧) stays. */
static gsize
invisible_len (const char *p,
               const char *start,
               const char *end)
{
  static const char * const marks[] = {
    "\xEF\xBB\xBF" /* U+FEFF */, "\xE2\x80\x8B" /* U+200B */, "\xE2\x80\x8C" /* U+200C */,
    "\xE2\x81\xA0" /* U+2060 */, NULL
  };

  if (end - p < 3)
    return 0;
  for (guint i = 0; marks[i] != NULL; i++)
    if (memcmp (p, marks[i], 3) == 0)
      return 3;
  /* U+200D, unless it joins two pictographs */
  if (memcmp (p, "\xE2\x80\x8D", 3) == 0)
    {
      gunichar before = p > start ? g_utf8_get_char (g_utf8_find_prev_char (start, p)) : 0;
      gunichar after = end - p > 3 ? g_utf8_get_char_validated (p + 3, end - p - 3) : 0;

      return before >= 0x1F000 && after >= 0x1F000 && after < 0x110000 ? 0 : 3;
    }
  return 0;
}

/* Validates @text, drops byte-order marks and zero-width characters
 * (invisible_len()) and turns CRLF and CR into LF. */
char *
fy_import_normalize_input (const char  *text,
                           gssize       length,
                           GError     **error)
{
  const char *end = NULL;
  gsize len = length < 0 ? strlen (text) : (gsize)length;
  GString *out;

  if (!g_utf8_validate_len (text, len, &end))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8,
                   _("The text is not valid UTF-8: byte %lu cannot be read. "
                     "Save it with the UTF-8 encoding (not GBK or GB18030) and import it again."),
                   (gulong)(end - text));
      return NULL;
    }

  out = g_string_sized_new (len + 1);
  for (gsize i = 0; i < len; i++)
    {
      /* Byte-order marks, at the start or where files were concatenated,
       * and zero-width spaces are invisible noise. */
      gsize skip = invisible_len (text + i, text, text + len);

      if (skip > 0)
        i += skip - 1;
      else if (text[i] == '\r')
        {
          g_string_append_c (out, '\n');
          if (i + 1 < len && text[i + 1] == '\n')
            i++;
        }
      else
        g_string_append_c (out, text[i]);
    }

  return g_string_free (out, FALSE);
}

/* A name line for the signature keeps the spaces between the bodies it
 * names (教务处　质量评估中心): a run of ideographic spaces as typed, so
 * that the second issuers of a joint signature stay in the column the
 * author lined them up in; a run of half-width ones as the ideographic
 * spaces as wide (two to one, one at least). */
static char *
clean_signature (const char *line)
{
  GString *out = g_string_new (NULL);
  guint spaces = 0;         /* of the run before the next name */
  guint ideographic = 0;

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (fy_doc_is_space (c))
        {
          spaces += out->len > 0;
          ideographic += out->len > 0 && c == 0x3000;
          continue;
        }
      /* two half-width spaces make one ideographic space's width */
      for (guint k = 0; k < (ideographic > 0 ? ideographic : (spaces + 1) / 2); k++)
        g_string_append_unichar (out, 0x3000);
      spaces = ideographic = 0;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Plain text */

static gboolean
is_sentence_end (gunichar c)
{
  return c == 0x3002 /* 。 */ || c == 0xFF01 /* ！ */ || c == 0xFF1F /* ？ */ ||
         c == '!' || c == '?';
}

static gboolean
is_closer (gunichar c)
{
  /* ” ’ 」 』 ） ) 》 — closing marks that may follow a sentence end */
  return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F ||
         c == 0xFF09 || c == ')' || c == 0x300B;
}

/* The last character of @text that is not a closing quote or bracket. */
static const char *
find_last_significant (const char *text)
{
  const char *end = text + strlen (text);
  const char *p = end;

  while (p > text)
    {
      const char *prev = g_utf8_find_prev_char (text, p);

      if (prev == NULL)
        break;
      if (!is_closer (g_utf8_get_char (prev)))
        return prev;
      p = prev;
    }

  return NULL;
}

/* The marks that end an item of a list inside a paragraph or an
 * article: "；" "，" "、" (and their ASCII forms). */
static gboolean
is_list_item_end (gunichar c)
{
  return c == 0xFF1B /* ； */ || c == ';' || c == 0xFF0C /* ， */ || c == ',' ||
         c == 0x3001 /* 、 */;
}

/* The level of a numbered line that is an item of a list, as
 * "（一）故意损坏设施；" is; 0 for any other line. */
static guint
list_item_level (const char *text)
{
  const char *rest;
  const char *last;
  guint level;

  if (!fy_numbering_strip_prefix (text, &level, NULL, &rest))
    return 0;
  last = find_last_significant (rest);

  return last != NULL && is_list_item_end (g_utf8_get_char (last)) ? level : 0;
}

/* Whether @text ends a sentence (。！？, closing marks aside) */
gboolean
fy_import_ends_sentence (const char *text)
{
  const char *last = find_last_significant (text);

  return last != NULL && is_sentence_end (g_utf8_get_char (last));
}

/* Whether a line ends where a sentence or clause ends. */
gboolean
fy_import_ends_clause (const char *text)
{
  const char *last = find_last_significant (text);
  gunichar c;

  if (last == NULL)
    return FALSE;

  c = g_utf8_get_char (last);

  return is_sentence_end (c) || c == 0xFF1B /* ； */ || c == ';' ||
         c == 0x2026 /* … */ || c == 0xFF1A /* ： */ || c == ':' || c == '.';
}

/* Whether a line ends in punctuation a title never ends with. */
static gboolean
ends_with_punctuation (const char *text)
{
  const char *last = g_utf8_find_prev_char (text, text + strlen (text));
  gunichar c = last != NULL ? g_utf8_get_char (last) : 0;

  /* 《规划》 and （试行） may end a title; 。，： may not; nor does a
   * pictograph (a WeChat headline's 🌿) end a sentence. */
  return c != 0 && g_unichar_ispunct (c) && !is_closer (c) &&
         g_unichar_type (c) != G_UNICODE_OTHER_SYMBOL;
}

/* A numbered line is a heading when it is short, holds no sentence end
 * before its last character and does not end as an item of a list does:
 * "一、提高站位" and "（二）加强学习。" are headings, "1.加强学习。我们要……"
 * is a paragraph that keeps its number, and "（一）故意损坏设施；" is an
 * item of the article above it. */
gboolean
fy_import_parse_heading (const char  *text,
                         guint       *level,
                         const char **rest)
{
  const char *last;
  const char *next;

  if (!fy_numbering_strip_prefix (text, level, NULL, rest))
    return FALSE;
  while (fy_numbering_strip_prefix (*rest, NULL, NULL, &next))
    *rest = next;

  if (g_utf8_strlen (*rest, -1) > FY_IMPORT_HEADING_MAX_CHARS)
    return FALSE;

  last = find_last_significant (*rest);
  for (const char *p = *rest; *p && p != last; p = g_utf8_next_char (p))
    if (is_sentence_end (g_utf8_get_char (p)))
      return FALSE;

  return last == NULL || !is_list_item_end (g_utf8_get_char (last));
}

/**
 * fy_import_is_title_like:
 * @text: a paragraph
 *
 * Returns: whether @text may be a title, where one may stand: short, no
 *   mark at its end, no date, subtitle or number of a heading
 */
gboolean
fy_import_is_title_like (const char *text)
{
  guint level;
  const char *rest;

  return *text != '\0' &&
         g_utf8_strlen (text, -1) <= FY_IMPORT_TITLE_MAX_CHARS &&
         !ends_with_punctuation (text) &&
         !g_str_has_prefix (text, "——") &&
         !fy_date_parse (text, NULL) &&
         !fy_numbering_strip_prefix (text, &level, NULL, &rest);
}

/**
 * fy_import_is_closing_like:
 * @text: a paragraph
 *
 * Returns: whether @text may close a speech: "以上发言……", "谢谢大家！",
 *   a short line asking for 批评指正
 */
gboolean
fy_import_is_closing_like (const char *text)
{
  if (g_utf8_strlen (text, -1) > CLOSING_MAX_CHARS)
    return FALSE;

  return g_str_has_prefix (text, "谢谢") ||
         strstr (text, "批评指正") != NULL ||
         (g_str_has_prefix (text, "以上") &&
          (strstr (text, "发言") != NULL || strstr (text, "汇报") != NULL ||
           strstr (text, "报告") != NULL));
}

static FyBlock *
append_block (GPtrArray       *blocks,
              FyImportContext *context,
              FyBlockRole      role,
              guint            level,
              const char      *text)
{
  FyBlock *block = fy_block_new_with_text (role, level, text);

  g_ptr_array_add (blocks, block);
  fy_import_context_advance (context, role);

  return block;
}

/* Removes wrap spaces from a line, except that a short title or heading
 * keeps a deliberate space between two clauses, and a line of names
 * (出席：张国华　刘志强) the spaces between its names (as U+3000). */
static char *
clean_line (const char *line)
{
  guint level;
  const char *rest = line;
  g_autofree char *kept = NULL;

  /* a row of names in columns keeps the runs that line them up */
  if (strstr (line, "\u3000\u3000") != NULL && fy_web_text_is_name_line (line))
    return clean_signature (line);
  if (!ends_with_punctuation (line) && g_utf8_strlen (line, -1) <= FY_IMPORT_TITLE_MAX_CHARS)
    {
      fy_numbering_strip_prefix (line, &level, NULL, &rest);
      kept = fy_web_text_keep_clause_space (rest);
      if (kept != NULL)
        {
          g_autofree char *prefix = fy_import_clean_wrap_spaces_len (line, rest - line);

          return g_strconcat (prefix, kept, NULL);
        }
    }
  if (fy_web_text_is_name_line (line))
    return clean_signature (line);

  return fy_import_clean_wrap_spaces (line);
}

/* The title line: an author who types ideographic spaces between the
 * clauses of a title (坚定信心　真抓实干　奋力开创……, 弘扬“枫桥经验”　坚持……)
 * means them; each run stays as one.  Plain spaces there are a web
 * page's or a PDF's, and clean_line() judges them. */
static char *
clean_title_line (const char *line)
{
  g_auto(GStrv) parts = NULL;
  GString *out;

  if (strchr (line, ' ') != NULL || strstr (line, "\u3000") == NULL || ends_with_punctuation (line) ||
      g_utf8_strlen (line, -1) > FY_IMPORT_TITLE_MAX_CHARS)
    return clean_line (line);

  parts = g_strsplit (line, "\u3000", -1);
  out = g_string_new (NULL);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = fy_import_clean_wrap_spaces (g_strstrip (parts[i]));

      if (*part == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, "\u3000");
      g_string_append (out, part);
    }
  return g_string_free (out, FALSE);
}

/* A paragraph, split at the points it runs together; with @with_lead, one
 * that opens with a lead sentence (find_inline_leads()), set in bold and
 * its text kept as it is. */
static void
append_paragraph (GPtrArray       *blocks,
                  FyImportContext *context,
                  const char      *text,
                  gboolean         with_lead)
{
  g_autoptr(GPtrArray) points = fy_web_text_split_points (text);

  if (points == NULL)
    {
      FyBlockRole role = fy_import_guess_role (context, text);
      FyBlock *block = append_block (blocks, context, role, 0, text);
      FyImportLeadKind kind;
      gsize lead_length = with_lead ? fy_import_inline_lead_length (text, &kind) : 0;

      if (role == FY_BLOCK_ROLE_PARAGRAPH && lead_length > 0)
        {
          g_autofree char *head = g_strndup (text, lead_length);

          fy_block_set_lead_and_text (block, head, text + lead_length);
        }
      return;
    }

  for (guint i = 0; i + 1 < points->len; i += 2)
    {
      const char *lead = g_ptr_array_index (points, i);
      const char *rest = g_ptr_array_index (points, i + 1);
      FyBlock *block = append_block (blocks, context, FY_BLOCK_ROLE_PARAGRAPH, 0, rest);

      if (lead != NULL)
        fy_block_set_lead_and_text (block, lead, rest);
    }
}

/* Whether paragraph @i is a numbered line that ends a sentence, of any
 * length: （二）市商务局要……活动不少于20场。  With @heading, only one
 * that fy_import_parse_heading() takes for a heading: （一）县财政局要及时拨付资金。 */
static gboolean
is_numbered_sentence (GPtrArray *paragraphs,
                      guint      i,
                      gboolean   heading,
                      guint     *level)
{
  const char *paragraph = g_ptr_array_index (paragraphs, i);
  g_autofree char *clean = NULL;
  const char *rest;
  const char *last;

  if (paragraph[0] == FY_IMPORT_TABLE_MARK)
    return FALSE;
  clean = clean_line (paragraph);
  if (heading ? !fy_import_parse_heading (clean, level, &rest)
              : !fy_numbering_strip_prefix (clean, level, NULL, &rest))
    return FALSE;
  last = find_last_significant (rest);
  return last != NULL && is_sentence_end (g_utf8_get_char (last));
}

/* Whether paragraph @i is an item of a list of sentences: numbered
 * sentences of one level next to each other, nothing between them
 * (会议要求：（一）县财政局要……。（二）各街道办事处要……。), the one
 * beside it too long for a heading maybe.  A heading has text of its own
 * under it; these are body text with their numbers. */
static gboolean
is_sentence_item (GPtrArray *paragraphs,
                  guint      i)
{
  guint level, other;

  if (!is_numbered_sentence (paragraphs, i, TRUE, &level))
    return FALSE;
  return (i > 0 && is_numbered_sentence (paragraphs, i - 1, FALSE, &other) && other == level) ||
         (i + 1 < paragraphs->len && is_numbered_sentence (paragraphs, i + 1, FALSE, &other) && other == level);
}

/* Whether paragraph @i is one of the name lines right above the closing
 * date (a note in brackets may follow the date): its spaces set bodies
 * apart (教务处 质量评估中心), see fy_import_infers_signature(). */
static gboolean
is_signature_line (GPtrArray *paragraphs,
                   guint      i)
{
  for (guint j = i + 1; j < paragraphs->len && j <= i + FY_IMPORT_SIGNATURE_MAX_LINES; j++)
    {
      const char *next = g_ptr_array_index (paragraphs, j);

      if (fy_date_parse (next, NULL))
        return j + 2 >= paragraphs->len && fy_import_is_signature_like (g_ptr_array_index (paragraphs, i));
      if (!fy_import_is_signature_like (next))
        return FALSE;
    }
  return FALSE;
}

/* Whether a document the notice carries has begun in @blocks: a title
 * after a block of the body. */
static gboolean
attached_before (GPtrArray *blocks)
{
  gboolean body = FALSE;

  for (guint k = 0; k < blocks->len; k++)
    {
      FyBlockRole role = fy_block_get_role (g_ptr_array_index (blocks, k));

      if (body && role == FY_BLOCK_ROLE_TITLE)
        return TRUE;
      body = body || !fy_block_role_is_front (role);
    }
  return FALSE;
}

/* Whether paragraph @i (@clean) is the title of the document a notice
 * issues, after the notice (see fy-import-attached.c). */
static gboolean
is_attached_title (GPtrArray             *paragraphs,
                   guint                  i,
                   const char            *clean,
                   const FyImportContext *context,
                   GPtrArray             *blocks)
{
  const char *next = i + 1 < paragraphs->len ? g_ptr_array_index (paragraphs, i + 1) : NULL;
  const char *title = NULL;
  g_autofree char *first = NULL;
  guint level;
  const char *rest;
  const char *label = i > 0 ? g_ptr_array_index (paragraphs, i - 1) : "";
  gboolean after_close;
  gboolean labelled;

  /* a label alone: 附件2, not the 附件： of a list of names */
  labelled = fy_doc_is_attachment_label (label) && !fy_import_ends_clause (label);
  if (next == NULL || (next[0] == FY_IMPORT_TABLE_MARK && !labelled))
    return FALSE;
  /* the title, under a 发文字号 or not */
  for (guint k = 0; k < blocks->len && title == NULL; k++)
    if (fy_block_get_role (g_ptr_array_index (blocks, k)) == FY_BLOCK_ROLE_TITLE)
      title = first = fy_block_dup_text (g_ptr_array_index (blocks, k));
    else if (fy_block_get_role (g_ptr_array_index (blocks, k)) != FY_BLOCK_ROLE_ISSUE_NUMBER)
      break;
  after_close = (context->has_previous && context->previous_role == FY_BLOCK_ROLE_DATE_LINE) ||
                fy_doc_is_attachment_label (label) ||
                /* the blocks above are counted only for a 名单 under a
                 * row of names: counted for every paragraph, 100 000
                 * paragraphs took a minute (test-limits) */
                (fy_import_follows_attached_list (clean, label, TRUE) && attached_before (blocks));
  return fy_import_is_attached_title (clean, title, after_close, labelled,
                                      next[0] == FY_IMPORT_TABLE_MARK ||
                                      fy_import_parse_heading (next, &level, &rest) ||
                                      fy_import_ends_clause (next) ||
                                      fy_import_lists_members (clean, next));
}

/* Whether paragraph @i is an entry of a regulation's table of contents:
 * chapter lines (第一章　总则, 第一节　业主) under 目　　录, up to the first
 * entry's chapter itself.  An entry is no heading. */
static gboolean
is_contents_entry (GPtrArray *paragraphs,
                   guint      i)
{
  guint k = i;
  g_autofree char *here = clean_line (g_ptr_array_index (paragraphs, i));
  g_autofree char *first = NULL;

  if (!fy_import_is_chapter_line (here, NULL))
    return FALSE;
  while (k > 0)
    {
      g_autofree char *before = clean_line (g_ptr_array_index (paragraphs, k - 1));

      if (!fy_import_is_chapter_line (before, NULL))
        break;
      k--;
    }
  if (k == 0 || !fy_doc_is_contents_label (g_ptr_array_index (paragraphs, k - 1)))
    return FALSE;

  /* The first entry again: the text begins. */
  first = clean_line (g_ptr_array_index (paragraphs, k));
  for (guint j = k + 1; j <= i; j++)
    {
      g_autofree char *entry = clean_line (g_ptr_array_index (paragraphs, j));

      if (strcmp (first, entry) == 0)
        return FALSE;
    }
  return TRUE;
}

/* The level numbered line @clean has as a heading, 0 for none: a chapter
 * line (第一章　总则, which keeps its number: @number_len 0) or a short
 * line by fy_import_parse_heading(), unless it is of @in_list_level, the level of
 * the list item before it.  @number_len: the bytes its number takes. */
static guint
numbered_heading (const char *clean,
                  guint       in_list_level,
                  gsize      *number_len)
{
  const char *rest;
  guint level;

  *number_len = 0;
  if (fy_import_is_chapter_line (clean, &level))
    return level;
  if (fy_import_parse_heading (clean, &level, &rest) && level != in_list_level)
    {
      *number_len = rest - clean;
      return level;
    }
  return 0;
}

/**
 * fy_import_numbered_heading:
 * @paragraphs: (element-type utf8): the texts of a document's body blocks
 *   in order, "" for one not to read (a table, a heading)
 * @i: the paragraph to read
 * @clean: (out) (transfer full): its text without wrap spaces
 * @number_len: (out): the bytes its number takes in @clean (0 for a
 *   chapter line, which keeps its number)
 *
 * The heading a body paragraph is by its number, by the rules of plain
 * text (fy_import_plain_text()): for a Markdown file that has none of its
 * own.  A numbered sentence among others of its level, an item of a list
 * and a long line are body text.
 *
 * Returns: the heading level, 0 for body text
 */
guint
fy_import_numbered_heading (GPtrArray  *paragraphs,
                            guint       i,
                            char      **clean,
                            gsize      *number_len)
{
  guint in_list_level = 0;

  *clean = clean_line (g_ptr_array_index (paragraphs, i));
  *number_len = 0;
  if (is_sentence_item (paragraphs, i) || is_contents_entry (paragraphs, i))
    return 0;
  if (i > 0)
    {
      g_autofree char *before = clean_line (g_ptr_array_index (paragraphs, i - 1));

      in_list_level = list_item_level (before);
    }
  return numbered_heading (*clean, in_list_level, number_len);
}

/* The title at *@first of @lines, if it reads as one, with the subtitle
 * (——…… or the occasion) and the speaker under it, as blocks; moves
 * *@first past them and sets @title (nullable) to the title's text. */
static void
read_title_lines (GPtrArray       *lines,
                  guint           *first,
                  GPtrArray       *blocks,
                  FyImportContext *context,
                  char           **title)
{
  g_autofree char *line = clean_title_line (g_ptr_array_index (lines, *first));
  guint i = *first;

  if (!fy_import_is_title_like (line))
    return;
  append_block (blocks, context, FY_BLOCK_ROLE_TITLE, 0, line);
  if (title != NULL)
    *title = g_strdup (line);

  for (i++; i < lines->len; i++)
    if (*(char *)g_ptr_array_index (lines, i) != '\0')
      break;

  if (i < lines->len &&
      (g_str_has_prefix (g_ptr_array_index (lines, i), "——") ||
       fy_import_is_occasion_line (g_ptr_array_index (lines, i))))
    {
      g_autofree char *subtitle = fy_import_clean_wrap_spaces (g_ptr_array_index (lines, i));

      append_block (blocks, context, FY_BLOCK_ROLE_SUBTITLE, 0, subtitle);
      i++;
    }

  /* its spaces as a speaker's further down (副市长 刘振华 → 副市长　刘振华) */
  if (i < lines->len && fy_import_is_speaker_like (g_ptr_array_index (lines, i)))
    {
      g_autofree char *speaker = clean_signature (g_ptr_array_index (lines, i));

      append_block (blocks, context, FY_BLOCK_ROLE_SPEAKER, 0, speaker);
      i++;
    }
  *first = i;
}

/* Whether paragraph @i of a paste names the speaker: a speaker-like line
 * right under the paste's first line, a title, or under a subtitle
 * (——在……上的讲话) under it.  A paste reads no title (it lands inside a
 * document), but the line keeps its space as a speaker's does
 * (市人大常委会主任　张三, not 市人大常委会主任张三). */
static gboolean
is_pasted_speaker (GPtrArray *paragraphs,
                   guint      i)
{
  guint top;

  if (i == 0 || !fy_import_is_speaker_like (g_ptr_array_index (paragraphs, i)))
    return FALSE;
  top = i - 1;
  if (top > 0 && (g_str_has_prefix (g_ptr_array_index (paragraphs, top), "——") ||
                  fy_import_is_occasion_line (g_ptr_array_index (paragraphs, top))))
    top--;
  return top == 0 && fy_import_is_title_like (g_ptr_array_index (paragraphs, 0));
}

/* The head of a later speech of a 汇编 (speeches pasted one after the
 * other, each with its title and speaker) at paragraph @i, after the
 * body of the one before: its title, a subtitle (——……, or the
 * occasion), the speaker, the day under him and the salutation that
 * opens it (在……上的讲话 / 县长　罗春明 / （2026年11月20日） / 同志们：).
 * Appends them to @blocks, as the first speech's head is read.
 *
 * Returns: how many paragraphs the head is, its salutation included; 0
 *   (nothing appended) when @i opens no such head */
static guint
read_speech_head (GPtrArray       *paragraphs,
                  guint            i,
                  GPtrArray       *blocks,
                  FyImportContext *context)
{
  FyBlockRole roles[5] = { FY_BLOCK_ROLE_TITLE };
  guint n = 1;
  const char *line;

#define LINE_AT(k) ((k) < paragraphs->len && *(line = g_ptr_array_index (paragraphs, (k))) != FY_IMPORT_TABLE_MARK)
  line = g_ptr_array_index (paragraphs, i);
  if (!fy_import_is_title_like (line) || fy_import_is_speaker_like (line))
    return 0;
  if (LINE_AT (i + n) && (g_str_has_prefix (line, "——") || fy_import_is_occasion_line (line)))
    roles[n++] = FY_BLOCK_ROLE_SUBTITLE;
  if (!LINE_AT (i + n) || !fy_import_is_speaker_like (line))
    return 0;
  roles[n++] = FY_BLOCK_ROLE_SPEAKER;
  if (LINE_AT (i + n) && fy_date_parse (line, NULL))
    roles[n++] = FY_BLOCK_ROLE_DATE_LINE;
  if (!LINE_AT (i + n) || !fy_import_is_salutation_like (line))
    return 0;
  roles[n++] = FY_BLOCK_ROLE_SALUTATION;
#undef LINE_AT

  for (guint k = 0; k < n; k++)
    {
      const char *text = g_ptr_array_index (paragraphs, i + k);
      g_autofree char *clean = roles[k] == FY_BLOCK_ROLE_TITLE ? clean_title_line (text)
                               : roles[k] == FY_BLOCK_ROLE_SPEAKER ? clean_signature (text)
                               : clean_line (text);

      append_block (blocks, context, roles[k], 0, clean);
    }
  return n;
}

/* Flags by paragraph of the @n @kinds of lead ordinal: those of a kind
 * two paragraphs at least hold (only those @counted, where not %NULL). */
static gboolean *
two_of_a_kind (const FyImportLeadKind *kinds,
               const gboolean         *counted,
               guint                   n)
{
  guint counts[FY_IMPORT_LEAD_QI + 1] = { 0 };
  gboolean *flags = g_new0 (gboolean, n + 1);

  for (guint i = 0; i < n; i++)
    if (counted == NULL || counted[i])
      counts[kinds[i]]++;
  for (guint i = 0; i < n; i++)
    flags[i] = kinds[i] != FY_IMPORT_LEAD_NONE && counts[kinds[i]] >= 2;
  return flags;
}

/* The points of a speech that close with 。 standing alone above their
 * text (sweep7: 一要在“放”字上求突破，把准入门槛降下来。 / 第一，要迅速
 * 传达贯彻。), as flags by paragraph: headings where two of a kind at
 * least are so, each over a paragraph that is a sentence and no such
 * line.  A lone 首先，我代表县委向大家表示感谢。, a run of 一是……。
 * 二是……。 and 首先，请……发言。 over （……发言） stay text. */
static gboolean *
find_closed_leads (GPtrArray *paragraphs)
{
  guint n = paragraphs->len;
  g_autofree FyImportLeadKind *kinds = g_new0 (FyImportLeadKind, n + 1);

  for (guint i = 0; i + 1 < n; i++)
    {
      const char *paragraph = g_ptr_array_index (paragraphs, i);
      const char *next = g_ptr_array_index (paragraphs, i + 1);
      g_autofree char *clean = NULL;
      g_autofree char *next_clean = NULL;

      if (paragraph[0] == FY_IMPORT_TABLE_MARK || next[0] == FY_IMPORT_TABLE_MARK)
        continue;
      clean = clean_line (paragraph);
      next_clean = clean_line (next);
      kinds[i] = fy_import_closed_lead_kind (clean);
      if (kinds[i] != FY_IMPORT_LEAD_NONE &&
          (!fy_import_ends_sentence (next_clean) || fy_import_closed_lead_kind (next_clean) != FY_IMPORT_LEAD_NONE))
        kinds[i] = FY_IMPORT_LEAD_NONE;
    }
  return two_of_a_kind (kinds, NULL, n);
}

/* The points of a speech pasted each as a paragraph that opens with its
 * lead sentence (fy_import_inline_lead_length()), as flags by paragraph:
 * those of a kind two of which at least are so, 最后 where 首先 and 其次
 * are.  A lone 首先，我代表县委向大家表示感谢。…… stays plain text. */
static gboolean *
find_inline_leads (GPtrArray *paragraphs)
{
  guint n = paragraphs->len;
  g_autofree FyImportLeadKind *kinds = g_new0 (FyImportLeadKind, n + 1);
  g_autofree gboolean *counted = g_new0 (gboolean, n + 1);

  for (guint i = 0; i < n; i++)
    {
      const char *paragraph = g_ptr_array_index (paragraphs, i);
      g_autofree char *clean = NULL;

      if (paragraph[0] == FY_IMPORT_TABLE_MARK)
        continue;
      clean = clean_line (paragraph);
      fy_import_inline_lead_length (clean, &kinds[i]);
      counted[i] = !g_str_has_prefix (clean, "最后");
    }
  return two_of_a_kind (kinds, counted, n);
}

/* The body's @paragraphs as blocks, each by its role: a table (@tables),
 * an item of a list or of the attachments, a title attached to the text,
 * a heading by its number or its lead, or a paragraph. */
static void
read_body_paragraphs (GPtrArray       *paragraphs,
                      GPtrArray       *tables,
                      gboolean         detect_title,
                      GPtrArray       *blocks,
                      FyImportContext *context)
{
  guint list_level = 0;
  guint in_list_level;
  gboolean in_attachment = FALSE;
  FyImportLeadLevels leads;
  g_autofree gboolean *closed_leads = find_closed_leads (paragraphs);
  g_autofree gboolean *inline_leads = find_inline_leads (paragraphs);

  fy_import_lead_levels_init (&leads);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *paragraph = g_ptr_array_index (paragraphs, i);
      g_autofree char *clean = NULL;
      gsize number_len;
      guint level, head;
      gboolean attachment_item;

      if (paragraph[0] == FY_IMPORT_TABLE_MARK)
        {
          guint64 index = g_ascii_strtoull (paragraph + 1, NULL, 10);

          g_assert (index < tables->len);
          g_ptr_array_add (blocks, fy_table_to_block (g_ptr_array_index (tables, index)));
          fy_import_context_advance (context, FY_BLOCK_ROLE_TABLE);
          continue;
        }

      clean = is_signature_line (paragraphs, i) || fy_import_guess_role (context, paragraph) == FY_BLOCK_ROLE_SPEAKER ||
              (!detect_title && is_pasted_speaker (paragraphs, i))
              ? clean_signature (paragraph) : clean_line (paragraph);
      /* After an item ending in "；", the next at its level is an item
       * too, the last one ending in "。". */
      in_list_level = list_level;
      list_level = list_item_level (clean);
      /* fy_import_gather_attachments() puts it under its note. */
      attachment_item = in_attachment && fy_import_is_attachment_item (clean);
      in_attachment = fy_import_attachment_note_rest (clean) != NULL || attachment_item;

      if (attachment_item || is_sentence_item (paragraphs, i) || is_contents_entry (paragraphs, i))
        append_block (blocks, context, FY_BLOCK_ROLE_PARAGRAPH, 0, clean);
      else if (detect_title && (context->body_started || (i == 0 && context->previous_role == FY_BLOCK_ROLE_TITLE)) &&
               (head = read_speech_head (paragraphs, i, blocks, context)) > 0)
        i += head - 1;
      else if (detect_title && context->body_started && is_attached_title (paragraphs, i, clean, context, blocks))
        append_block (blocks, context, FY_BLOCK_ROLE_TITLE, 0, clean);
      else if ((level = numbered_heading (clean, in_list_level, &number_len)) > 0)
        {
          FyBlock *heading = append_block (blocks, context, FY_BLOCK_ROLE_HEADING, level, clean + number_len);

          if (number_len > 0)
            fy_import_remember_ordinal (heading, clean, number_len);
          fy_import_lead_levels_note (&leads, level);
        }
      else if ((context->body_started || !detect_title) &&
               (closed_leads[i] ? fy_import_closed_lead_heading (&leads, clean, &level)
                                : fy_import_lead_heading (&leads, clean, &level)))
        append_block (blocks, context, FY_BLOCK_ROLE_HEADING, level, clean);
      else
        append_paragraph (blocks, context, clean, inline_leads[i]);
    }
}

/* Index of the first line after @i that is not empty. */
static guint
next_filled_line (GPtrArray *lines,
                  guint      i)
{
  while (++i < lines->len && *(char *)g_ptr_array_index (lines, i) == '\0')
    ;
  return i;
}

/* The organ's mark of a 红头 document (平川区政协办公室文件, GB/T 9704
 * §7.2.3) above its 发文字号: printed in red by the office's letterhead
 * paper, not a part of the text Fayan sets.  Read as the first line, it
 * became the title and the real title body text.  It is left out, and
 * said: moves *@first past it and names it in @notes. */
static void
skip_organ_mark (GPtrArray     *lines,
                 guint         *first,
                 FyImportNotes *notes)
{
  const char *line = g_ptr_array_index (lines, *first);
  g_autofree char *mark = g_strstrip (g_strdup (line));
  guint next = next_filled_line (lines, *first);

  if (notes == NULL || next >= lines->len ||
      !g_str_has_suffix (mark, "文件") || g_utf8_strlen (mark, -1) > ORGAN_MARK_MAX_CHARS ||
      !fy_import_is_title_like (mark) ||
      !fy_doc_is_document_number (g_ptr_array_index (lines, next)))
    return;
  g_ptr_array_add (notes->warnings,
                   g_strdup_printf (_("“%s” is left out: above the issue number it reads as "
                                      "the issuing organ’s mark of a red-header document, "
                                      "which is printed on the office’s red-header paper, "
                                      "not by Fayan. Add it back as text if it was meant "
                                      "to be read."),
                                    mark));
  *first = next;
}

/* The shared body of fy_import_plain_text() and fy_import_paste(); the
 * photo captions it drops, a web page's furniture and a PDF's page
 * numbers and running heads go to @notes unless it is NULL. */
GPtrArray *
fy_import_plain_text_to_blocks (const char     *text,
                      gboolean        detect_title,
                      char          **title,
                      FyImportNotes  *notes)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_table_free);
  g_autoptr(GPtrArray) lines = fy_import_split_lines (text, tables, notes);
  g_autoptr(GPtrArray) paragraphs = NULL;
  GPtrArray *blocks = g_ptr_array_new_with_free_func (g_object_unref);
  FyImportContext context;
  guint first = 0;
  guint n_lines;
  gboolean joined = FALSE;

  fy_import_context_init (&context);
  if (notes != NULL)
    fy_import_find_glued_rows (lines, notes->glued);
  fy_web_text_clean_lines (lines, notes != NULL ? notes->captions : NULL,
                           notes != NULL ? notes->web : NULL);

  while (first < lines->len && *(char *)g_ptr_array_index (lines, first) == '\0')
    first++;
  if (detect_title && first < lines->len)
    skip_organ_mark (lines, &first, notes);
  if (detect_title && first < lines->len)
    {
      /* 青委发〔2026〕21号 above the title */
      if (fy_doc_is_document_number (g_ptr_array_index (lines, first)))
        {
          g_autofree char *number = g_strstrip (g_strdup (g_ptr_array_index (lines, first)));

          append_block (blocks, &context, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, number);
          first = next_filled_line (lines, first);
        }
    }
  if (detect_title && first < lines->len)
    {
      fy_import_skip_masthead (lines, &first);
      n_lines = lines->len;
      fy_import_join_title_lines (lines, first);
      joined = lines->len < n_lines;
      fy_import_split_run_in_title (lines, first);
      fy_import_split_run_in_subtitle (lines, first);
      read_title_lines (lines, &first, blocks, &context, title);
    }

  paragraphs = fy_import_collect_paragraphs (lines, first, &joined);
  if (notes != NULL)
    notes->joined |= joined;
  fy_import_join_attendance_labels (paragraphs);
  read_body_paragraphs (paragraphs, tables, detect_title, blocks, &context);
  fy_import_gather_attachments (blocks);

  return blocks;
}

/* The body of fy_import_plain_text() and
 * fy_import_paste_document_with_notes(): @normalized read as a whole
 * document, what it left out and the warnings about it in @notes. */
FyDocument *
fy_import_plain_text_to_document (const char    *normalized,
                                  FyImportNotes *notes)
{
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  FyDocument *document;

  blocks = fy_import_plain_text_to_blocks (normalized, TRUE, &title, notes);

  document = fy_document_new ();
  if (title != NULL)
    fy_document_set_title (document, title);
  for (guint i = 0; i < blocks->len; i++)
    fy_document_append_block (document, g_ptr_array_index (blocks, i));

  fy_import_mark_closing (document);
  fy_doc_place_document_number (document);
  fy_import_mark_signature (document, NULL);
  fy_import_describe_left_out (notes);

  return document;
}

/**
 * fy_import_plain_text:
 * @text: UTF-8 text as copied from WPS, Word or a web page
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Builds a document from plain text.  Each line is a paragraph, unless
 * blank lines separate blocks whose lines mostly stop in mid-sentence: then
 * each block is one paragraph that was hard-wrapped.  A first short line
 * without end punctuation is the title, a line opening with "——" right
 * after it the subtitle, a short line ending in "：" before the body a
 * salutation, and a last line such as 谢谢大家！ the closing.  Lines that
 * start with a heading number (一、 （一） 1. （1）) and are short become
 * headings of that level without the number; a long one stays a paragraph
 * with its number as text.  A web page's furniture goes, and so does the
 * caption of a photo the copy lost (▲图为……), both named in warnings
 * (fy_import_dup_warnings()).
 *
 * Returns: (transfer full): a new document, or %NULL with @error set
 *   (%FY_ERROR_INVALID_UTF8)
 */
FyDocument *
fy_import_plain_text (const char  *text,
                      gssize       length,
                      GError     **error)
{
  g_autofree char *normalized = NULL;
  g_autoptr(FyImportNotes) notes = fy_import_notes_new ();
  FyDocument *document;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  normalized = fy_import_normalize_input (text, length, error);
  if (normalized == NULL)
    return NULL;

  document = fy_import_plain_text_to_document (normalized, notes);
  fy_import_settle_numbering (document);
  for (guint i = 0; i < notes->warnings->len; i++)
    fy_import_add_warning (document, g_strdup (g_ptr_array_index (notes->warnings, i)));

  return document;
}

/* Files */

static gboolean
has_extension (const char         *name,
               const char * const *extensions)
{
  for (; *extensions; extensions++)
    if (g_str_has_suffix (name, *extensions))
      return TRUE;

  return FALSE;
}

/**
 * fy_import_file:
 * @file: a .docx, a .md/.markdown file, or a text file (.txt or any other name)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Like fy_import_file_with_warnings(), without the warnings.
 *
 * Returns: (transfer full): a new document, or %NULL with @error set
 */
FyDocument *
fy_import_file (GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  return fy_import_file_with_warnings (file, NULL, cancellable, error);
}

/**
 * fy_import_file_with_warnings:
 * @file: a .docx, a .md/.markdown file, or a text file (.txt or any other name)
 * @warnings: (out) (optional) (element-type utf8) (transfer container):
 *   what the import left out or changed, as sentences to show; %NULL
 *   when there is nothing to say
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads @file and imports it as Word, Markdown or plain text by its name.
 * In Markdown and plain text, half-width marks of Chinese text are set
 * full-width, and a warning says so (fy-import-marks.c).
 * Other word-processor and PDF files are refused with
 * %FY_ERROR_UNSUPPORTED_TYPE and a message that says how to get text out
 * of them.
 *
 * Returns: (transfer full): a new document, or %NULL with @error set
 */
FyDocument *
fy_import_file_with_warnings (GFile         *file,
                              GPtrArray    **warnings,
                              GCancellable  *cancellable,
                              GError       **error)
{
  static const char * const markdown[] = { ".md", ".markdown", ".mdown", ".mkd", NULL };
  static const char * const office[] = {
    ".doc", ".docm", ".dot", ".dotx", ".wps", ".wpt", ".odt", ".ott", ".rtf",
    ".pages", ".xls", ".xlsx", ".et", ".ods", ".ppt", ".pptx", ".dps", ".odp", NULL
  };
  static const char * const binary[] = {
    ".pdf", ".ofd", ".xps", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff",
    ".webp", ".zip", ".rar", ".7z", ".gz", NULL
  };
  static const char * const fayan[] = { ".fayan", ".fayan-template", NULL };
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  FyDocument *document;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (warnings != NULL)
    *warnings = NULL;

  basename = g_file_get_basename (file);
  name = g_utf8_strdown (basename != NULL ? basename : "", -1);

  if (g_str_has_suffix (name, ".docx"))
    {
      document = fy_docx_import_file (file, warnings, cancellable, &local_error);
      if (document == NULL)
        g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                    _("Cannot import “%s”: "), basename);
      return document;
    }

  if (has_extension (name, office))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_UNSUPPORTED_TYPE,
                   _("“%s” is a word-processor file, which Fayan cannot import. "
                     "Open it in WPS or Word, save it as .docx, plain text (.txt, UTF-8) "
                     "or Markdown (.md) first, and import that file."),
                   basename);
      return NULL;
    }

  if (has_extension (name, binary))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_UNSUPPORTED_TYPE,
                   _("“%s” is not a text file, so Fayan cannot import it. "
                     "Copy its text and paste it, or save it as plain text (.txt) "
                     "or Markdown (.md) first."),
                   basename);
      return NULL;
    }

  if (has_extension (name, fayan))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_UNSUPPORTED_TYPE,
                   _("“%s” is already a Fayan file: open it instead of importing it."),
                   basename);
      return NULL;
    }

  text = fy_file_load_text (file, FY_DOCUMENT_MAX_FILE_SIZE, &length, cancellable, error);
  if (text == NULL)
    return NULL;

  if (has_extension (name, markdown))
    document = fy_import_markdown (text, length, &local_error);
  else
    document = fy_import_plain_text (text, length, &local_error);

  if (document == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Cannot import “%s”: "), basename);
      return NULL;
    }
  fy_import_set_full_width_marks (document);

  /* Markdown's images and raw HTML, named by their lines. */
  if (warnings != NULL)
    {
      g_autoptr(GPtrArray) found = fy_import_dup_warnings (document);

      if (found->len > 0)
        *warnings = g_steal_pointer (&found);
    }

  return document;
}

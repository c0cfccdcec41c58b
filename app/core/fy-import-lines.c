/* fy-import-lines.c — pasted plain text's lines into paragraphs
 *
 * How fy-import.c splits normalized text into lines (a web page's soft
 * line breaks joined, a pasted table kept as one line) and groups them
 * into paragraphs: a hard-wrapped block is one paragraph; headings,
 * dates, salutations, 版记 lines, field lines, rows of names and a
 * signature's stack stand alone.  What each paragraph is, is read in
 * fy-import.c.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include <string.h>

#include "fy-date.h"
#include "fy-doc-labels.h"
#include "fy-import-private.h"
#include "fy-table.h"
#include "fy-web-text-private.h"

/* Hard-wrapped lines are rarely longer than this. */
#define WRAPPED_LINE_MAX_CHARS 100
/* A line of a hard-wrapped block this short after a closed sentence is
 * no wrapped line of it. */
#define SHORT_LINE_MAX_CHARS 12

/* A line of a 简报's or a document's 版记 naming whom it goes to: 报：……,
 * 送：……, 抄报：……, 抄送：…… (the new user's 简报, session 17: its 报：
 * and 送： lines were joined as a hard-wrapped paragraph). */
static gboolean
is_distribution_line (const char *line)
{
  static const char * const labels[] = {
    "报：", "报:", "送：", "送:", "抄报：", "抄报:", "分送：", "分送:", NULL
  };

  for (guint i = 0; labels[i] != NULL; i++)
    if (g_str_has_prefix (line, labels[i]) && line[strlen (labels[i])] != '\0')
      return TRUE;
  return fy_doc_is_copy_to_line (line);
}

/* A line that stands alone even inside a hard-wrapped block (the label
 * 附件 or 附件2 over an attached document's title too). */
static gboolean
is_standalone_line (const char *line)
{
  guint level;
  const char *rest;
  g_autofree char *clean = NULL;

  if (line[0] == FY_IMPORT_TABLE_MARK)
    return TRUE;

  clean = fy_import_clean_wrap_spaces (line);

  return fy_import_parse_heading (clean, &level, &rest) || fy_import_is_salutation_like (clean) ||
         fy_import_is_table_caption (clean) ||
         fy_import_is_chapter_line (clean, NULL) || fy_date_parse (clean, NULL) || is_distribution_line (clean) ||
         fy_doc_is_attachment_label (clean);
}

/* Splits normalized text into lines without indentation (a web page's soft
 * line breaks joined first), tabs turned into
 * spaces and trailing white space removed.  A pasted table becomes one
 * line, FY_IMPORT_TABLE_MARK and its index in @tables. */
GPtrArray *
fy_import_split_lines (const char    *text,
                       GPtrArray     *tables,
                       FyImportNotes *notes)
{
  g_auto(GStrv) raw = fy_import_split_copied_lines (text, is_standalone_line, notes);
  GPtrArray *furniture = notes != NULL ? notes->furniture : NULL;
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; raw[i] != NULL; i++)
    {
      guint n_rows = fy_import_take_tsv_table (raw, i, tables, furniture);
      g_autofree char *caption = NULL;
      const char *start;
      const char *end;
      char *line;

      if (n_rows == 0)
        n_rows = fy_import_take_pipe_table (raw, i, tables);
      if (n_rows == 0)
        n_rows = fy_import_take_cell_table (raw, i, tables, furniture);
      if (n_rows == 0)
        n_rows = fy_import_take_spaced_table (raw, i, tables, furniture, &caption);
      if (caption != NULL)
        g_ptr_array_add (lines, g_steal_pointer (&caption));
      if (n_rows > 0)
        {
          g_ptr_array_add (lines, g_strdup_printf ("%c%u", FY_IMPORT_TABLE_MARK, tables->len - 1));
          i += n_rows - 1;
          continue;
        }

      line = g_strdelimit (raw[i], "\t\v\f\x01", ' ');
      start = line;
      end = line + strlen (line);

      while (*start && fy_doc_is_space (g_utf8_get_char (start)))
        start = g_utf8_next_char (start);
      while (end > start)
        {
          const char *prev = g_utf8_find_prev_char (start, end);

          if (prev == NULL || !fy_doc_is_space (g_utf8_get_char (prev)))
            break;
          end = prev;
        }

      g_ptr_array_add (lines, g_strndup (start, end - start));
    }

  return lines;
}

/* Whether @line, followed by @next in its block, reads as a line wrapped
 * in mid-sentence: it ends no clause and is about as wide as the line
 * under it (a wrapped line fills the width, the line after it at most
 * does).  A short line over a longer one is a line of its own: the 附件
 * label and the attached title over the first sentence in LibreOffice's
 * text export of a notice (one paragraph a line, a blank line where the
 * page broke), which read as two wrapped lines ran into one paragraph. */
static gboolean
wraps_into (const char *line,
            const char *next)
{
  return !fy_import_ends_clause (line) && fy_import_line_width (line) * 5 >= fy_import_line_width (next) * 4;
}

/* Decides whether the text is hard-wrapped: blank lines separate blocks
 * and, inside the blocks, most lines are short and stop in mid-sentence
 * (wraps_into()). */
static gboolean
is_hard_wrapped (GPtrArray      *lines,
                 const gboolean *standalone,
                 guint           first)
{
  guint n_candidates = 0;
  guint n_open = 0;
  guint n_short = 0;
  gboolean any_blank = FALSE;
  gboolean blank_after_text = FALSE;
  gboolean seen_text = FALSE;

  for (guint i = first; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *next = i + 1 < lines->len ? g_ptr_array_index (lines, i + 1) : "";

      if (*line == '\0')
        {
          blank_after_text = seen_text;
          continue;
        }
      /* a blank line between blocks, not the one a final newline leaves */
      any_blank = any_blank || blank_after_text;
      seen_text = TRUE;

      /* Only lines followed by another line of the same block tell. */
      if (*next == '\0' || standalone[i] || standalone[i + 1])
        continue;

      n_candidates++;
      if (wraps_into (line, next))
        n_open++;
      if (g_utf8_strlen (line, -1) <= WRAPPED_LINE_MAX_CHARS)
        n_short++;
    }

  return any_blank && n_candidates > 0 &&
         n_open * 2 > n_candidates && n_short * 2 > n_candidates;
}

/* 联系人：……, 联系电话：……, 电子邮箱：……: a line of a list of fields,
 * opening with a label as the line before or after it does (a wrapped
 * line of prose seldom opens with one, two in a row never). */
static gboolean
is_field_line (GPtrArray *lines,
               guint      i)
{
  const char *before = i > 0 ? g_ptr_array_index (lines, i - 1) : "";
  const char *after = i + 1 < lines->len ? g_ptr_array_index (lines, i + 1) : "";

  return fy_web_text_field_label_len (g_ptr_array_index (lines, i)) > 0 &&
         (fy_web_text_field_label_len (before) > 0 || fy_web_text_field_label_len (after) > 0);
}

/* Marks as standing alone the lines of names stacked right above a date
 * line after a closed paragraph or a blank line (the issuers of a joint
 * proposal, one to a line): a text that leaves no other line of a
 * paragraph under another is not hard-wrapped for them (sweep8 z8: the
 * two issuers of a 倡议书 printed as one name). */
static void
mark_signature_stacks (GPtrArray *lines,
                       guint      first,
                       gboolean  *standalone)
{
  for (guint i = first; i < lines->len; i++)
    {
      guint top = i;

      if (!fy_date_parse (g_ptr_array_index (lines, i), NULL))
        continue;
      while (top > first && i - top < FY_IMPORT_SIGNATURE_MAX_LINES &&
             fy_import_is_signature_like (g_ptr_array_index (lines, top - 1)))
        top--;
      if (i - top < 2)
        continue;
      if (top > first && *(const char *) g_ptr_array_index (lines, top - 1) != '\0' &&
          !fy_import_ends_sentence (g_ptr_array_index (lines, top - 1)))
        continue;
      for (guint k = top; k < i; k++)
        standalone[k] = TRUE;
    }
}

/* A row of a list of names or bodies set in columns, one row to a line
 * (王建军　李晓红　陈　刚, 市应急管理局　　　　市交通运输局): names and
 * ideographic spaces only, no label (出席：……, whose wrapped names join),
 * under or over another such row.  Joined, the rows ran into one another
 * and lost their columns (sweep10 b3: a 表彰通报's lists of the honoured
 * printed as one paragraph, 市应急管理局市住房城乡建设局……). */
static gboolean
is_name_row (GPtrArray *lines,
             guint      i)
{
  for (gint k = (gint) i - 1; k <= (gint) i + 1; k++)
    {
      const char *line = k >= 0 && (guint) k < lines->len ? g_ptr_array_index (lines, k) : "";

      if (*line == '\0' || g_utf8_strchr (line, -1, 0xFF1A) != NULL || !fy_web_text_is_name_line (line))
        {
          if (k == (gint) i)
            return FALSE;
        }
      else if (k != (gint) i)
        return TRUE;
    }
  return FALSE;
}

/* Whether @line is a subtitle naming the occasion (——在……上的发言). */
static gboolean
is_subtitle_line (const char *line)
{
  g_autofree char *rest = NULL;
  g_autofree char *occasion = NULL;

  if (!g_str_has_prefix (line, "——"))
    return FALSE;
  while (g_str_has_prefix (line, "—"))
    line += strlen ("—");
  occasion = fy_web_text_split_title (line, &rest);
  return occasion != NULL && rest == NULL;
}

/* Whether line @i of a hard-wrapped block starts a paragraph of its own
 * after the sentence the line before ends (…见下表。 / 提案类别; …队伍。 /
 * 以上发言……谢谢大家！): a short line that ends no clause, or a closing. */
static gboolean
starts_after_sentence (GPtrArray *lines,
                       guint      i)
{
  const char *line = g_ptr_array_index (lines, i);

  if (i == 0 || !fy_import_ends_sentence (g_ptr_array_index (lines, i - 1)))
    return FALSE;
  return (g_utf8_strlen (line, -1) <= SHORT_LINE_MAX_CHARS && !fy_import_ends_clause (line)) ||
         fy_import_is_closing_like (line);
}

/* Groups the lines from @first into paragraph texts; *@joined set to
 * %TRUE if two lines or more went into one. */
GPtrArray *
fy_import_collect_paragraphs (GPtrArray *lines,
                              guint      first,
                              gboolean  *joined)
{
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autofree gboolean *standalone = g_new0 (gboolean, lines->len + 1);
  gboolean wrapped;
  GString *current = NULL;

  for (guint i = first, in_attachment = FALSE; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      /* "附件：1．……" and the "2．……" lines under it name one
       * attachment each, however short. */
      if (*line == '\0')
        continue;
      in_attachment = fy_import_attachment_note_rest (line) != NULL ||
                      (in_attachment && fy_import_is_attachment_item (line));
      standalone[i] = in_attachment || is_standalone_line (line) || is_field_line (lines, i) ||
                      is_name_row (lines, i) || is_subtitle_line (line) ||
                      (i > first && standalone[i - 1] && is_subtitle_line (g_ptr_array_index (lines, i - 1)) &&
                       fy_import_is_speaker_like (line));
    }
  mark_signature_stacks (lines, first, standalone);
  wrapped = is_hard_wrapped (lines, standalone, first);

  for (guint i = first; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (*line == '\0' || !wrapped || standalone[i])
        {
          if (current != NULL)
            g_ptr_array_add (paragraphs, g_string_free (g_steal_pointer (&current), FALSE));
          if (*line != '\0')
            g_ptr_array_add (paragraphs, g_strdup (line));
          continue;
        }

      if (current != NULL && starts_after_sentence (lines, i))
        g_ptr_array_add (paragraphs, g_string_free (g_steal_pointer (&current), FALSE));
      if (current == NULL)
        current = g_string_new (NULL);
      else
        *joined = TRUE;
      fy_import_append_joined (current, line);
    }

  if (current != NULL)
    g_ptr_array_add (paragraphs, g_string_free (current, FALSE));

  return paragraphs;
}

/* fy-docx-export-notice.c — a notice's own parts in an exported .docx
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-docx"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fy-doc-labels.h"
#include "fy-docx-export-private.h"
#include "fy-fonts.h"
#include "fy-typesetter-private.h"
#include "fy-web-text-private.h"

/*
 * A 通知 or 纪要 goes to Word set as a clerk sets it there, and as
 * Fayan prints it (GB/T 9704 §7.3.4, §7.4, §8):
 *
 * - each document it carries (附件2 and the title under it,
 *   fy_typesetter_attached_part()) starts a page: pageBreakBefore, the
 *   label flush left in 黑体;
 * - the 版记 (fy_typesetter_is_imprint()) in its own style, 4号 仿宋,
 *   a thick rule above its first line and under its last, a thin one
 *   between (paragraph borders, as wide as the type area, so no right
 *   indent: a paragraph's rules end at its indents), its text one
 *   character in from the left edge, the 抄送 line's names hung after
 *   the colon, and the 印发 line's date flush right one character in
 *   from the right edge, at a right tab stop.  The lines keep together
 *   and with the text before them; they follow that text, as in Word a
 *   clerk's 版记 does unless moved by hand.  A frame at the foot of the
 *   type area (framePr, yAlign bottom) would take them to the foot in
 *   Word, but LibreOffice (7.4) then drops the frame and the rules both
 *   wherever the paragraphs have borders (measured); the rules are what
 *   marks a 版记, so they win.
 */

/* GB/T 9704 §7.4.1, in eighths of a point: the first and last rules
 * 0.35 mm (1 pt), those between 0.25 mm (¾ pt) */
#define RULE_THICK_EIGHTHS 8
#define RULE_THIN_EIGHTHS  6

static long
twips (double points)
{
  return lround (points * FY_DOCX_TWIPS_PER_POINT);
}

/**
 * fy_docx_notice_starts_page:
 * @wr: the writer
 * @position: a block of its document
 *
 * Returns: whether block @position opens a document the notice carries
 *   (its label 附件2, or its title where no label stands above it)
 */
gboolean
fy_docx_notice_starts_page (FyDocxWriter *wr,
                            guint         position)
{
  return wr->source != NULL && fy_typesetter_attached_part (wr->source, position) != FY_ATTACHED_NONE;
}

/**
 * fy_docx_notice_is_list_caption:
 * @wr: the writer
 * @position: a block of its document
 * @number: (nullable): the number printed before it
 *
 * Returns: whether the block is a body line the PDF sets as a list's
 *   caption (fy_typesetter_is_list_caption()): it takes the caption's
 *   paragraph style; a heading that is one keeps its heading style
 */
gboolean
fy_docx_notice_is_list_caption (FyDocxWriter *wr,
                                guint         position,
                                const char   *number)
{
  return wr->source != NULL && position < fy_source_get_n_blocks (wr->source) &&
         fy_source_block_get_role (fy_source_get_block (wr->source, position)) == FY_BLOCK_ROLE_PARAGRAPH &&
         fy_typesetter_is_list_caption (wr->source, position, number);
}

/**
 * fy_docx_notice_contents_layout:
 * @wr: the writer
 * @position: a block of its document
 *
 * Writes the indent (and alignment) of a 条例's 目录 as printed
 * (fy_typesetter_contents_entry()): 目　　录 centred, the chapters'
 * entries 2 characters in and the sections' 4, each entry's lines flush
 * under its start; and a chapter heading (第一章　总则,
 * fy_typesetter_block_is_chapter()) and a heading that is a list's
 * caption in the body (fy_typesetter_is_list_caption(), @number the
 * heading's number if any) centred, no indent, as the PDF sets them;
 * nothing for any other block (a body line that is a caption has a
 * style of its own: fy_docx_notice_is_list_caption()).
 */
void
fy_docx_notice_contents_layout (FyDocxWriter *wr,
                                guint         position,
                                const char   *number)
{
  FySourceBlock *block;
  guint entry;

  if (wr->source == NULL || position >= fy_source_get_n_blocks (wr->source))
    return;
  block = fy_source_get_block (wr->source, position);
  if (fy_typesetter_block_is_chapter (block) ||
      (fy_source_block_get_role (block) == FY_BLOCK_ROLE_HEADING &&
       fy_typesetter_is_list_caption (wr->source, position, number)))
    entry = 0;
  else if (fy_source_block_get_role (block) != FY_BLOCK_ROLE_PARAGRAPH)
    return;
  else if ((entry = fy_typesetter_contents_entry (wr->source, position)) == 0 &&
           !fy_doc_is_contents_label (fy_source_block_get_text (block)))
    return;
  fy_docx_writer_start (wr, "w:ind");
  fy_docx_writer_attr_int (wr, "w:left", entry * 2 * twips (fy_style_get_char_pitch (wr->style)));
  fy_docx_writer_attr_int (wr, "w:leftChars", entry * 200);
  fy_docx_writer_attr_int (wr, "w:firstLine", 0);
  fy_docx_writer_attr_int (wr, "w:firstLineChars", 0);
  fy_docx_writer_end (wr);
  if (entry == 0)
    fy_docx_writer_element (wr, "w:jc", "center");
}

static gboolean
is_imprint (FyDocxWriter *wr,
            guint         position)
{
  return wr->source != NULL && position < fy_source_get_n_blocks (wr->source) &&
         fy_typesetter_is_imprint (wr->source, position);
}

/* The next block that is written (fy_docx_block_is_written()), or NULL. */
static FyBlock *
next_block (FyDocxWriter *wr,
            guint         position,
            guint        *next)
{
  guint n = fy_document_get_n_blocks (wr->document);

  for (guint i = position + 1; i < n; i++)
    if (fy_docx_block_is_written (fy_document_get_block (wr->document, i)))
      {
        *next = i;
        return fy_document_get_block (wr->document, i);
      }
  return NULL;
}

/**
 * fy_docx_notice_keeps_with_next:
 * @wr: the writer
 * @position: a block of its document
 *
 * The signature never stands on a page without text above it (GB/T 9704
 * §7.3.5.4): the block before it keeps with it, as the signature keeps
 * with its date (its style's keepNext); so does the text before the
 * 版记, as Fayan prints it, and an attachment note's line before the
 * next name.
 *
 * Returns: whether block @position keeps with the next one
 */
gboolean
fy_docx_notice_keeps_with_next (FyDocxWriter *wr,
                                guint         position)
{
  guint next;
  FyBlock *block = next_block (wr, position, &next);

  return block != NULL && (fy_block_get_role (block) == FY_BLOCK_ROLE_SIGNATURE ||
                           fy_block_get_role (block) == FY_BLOCK_ROLE_ATTACHMENT ||
                           (wr->source != NULL &&
                            fy_typesetter_typed_attachment (wr->source, next) == FY_TYPED_ATTACHMENT_MORE) ||
                           (is_imprint (wr, next) && !is_imprint (wr, position)));
}

static gboolean
imprint_follows (FyDocxWriter *wr,
                 guint         position)
{
  guint next;

  return next_block (wr, position, &next) != NULL && is_imprint (wr, next);
}

static gboolean
imprint_precedes (FyDocxWriter *wr,
                  guint         position)
{
  for (guint i = position; i > 0; i--)
    if (fy_docx_block_is_written (fy_document_get_block (wr->document, i - 1)))
      return is_imprint (wr, i - 1);
  return FALSE;
}

/* Where the names of a 抄送 line start: after 抄送 and its colon. */
static double
copy_to_label_chars (const char *text)
{
  const char *colon = strstr (text, "：");
  const char *ascii = strchr (text, ':');
  g_autofree char *label = NULL;

  if (colon == NULL || (ascii != NULL && ascii < colon))
    colon = ascii != NULL ? ascii + 1 : NULL;
  else
    colon += strlen ("：");
  if (colon == NULL)
    return 0;
  label = g_strndup (text, colon - text);
  return fy_docx_text_width_in_chars (label);
}

/* A right tab stop @position points from the left edge. */
static void
write_right_tab (FyDocxWriter *wr,
                 double        position)
{
  fy_docx_writer_start (wr, "w:tabs");
  fy_docx_writer_start (wr, "w:tab");
  fy_docx_writer_attr (wr, "w:val", "right");
  fy_docx_writer_attr_int (wr, "w:pos", twips (position));
  fy_docx_writer_end (wr);
  fy_docx_writer_end (wr);
}

static void
write_imprint_properties (FyDocxWriter *wr,
                          guint         position,
                          const char   *text)
{
  const FyRoleStyle *rs = fy_style_get_role (wr->style, FY_STYLE_ROLE_IMPRINT);
  double inset = rs->size;
  gboolean first = !imprint_precedes (wr, position);
  gboolean last = !imprint_follows (wr, position);

  fy_docx_writer_start (wr, "w:pPr");
  fy_docx_writer_element (wr, "w:pStyle", FY_DOCX_IMPRINT_STYLE_ID);
  if (!last)
    fy_docx_writer_element (wr, "w:keepNext", NULL);
  fy_docx_writer_start (wr, "w:pBdr");
  fy_docx_writer_border (wr, "w:top", first ? RULE_THICK_EIGHTHS : RULE_THIN_EIGHTHS);
  if (last)
    fy_docx_writer_border (wr, "w:bottom", RULE_THICK_EIGHTHS);
  fy_docx_writer_end (wr);
  if (fy_doc_is_printed_line (text))
    {
      write_right_tab (wr, fy_style_get_type_width (wr->style) - inset);
      fy_docx_writer_start (wr, "w:ind");
      fy_docx_writer_attr_int (wr, "w:firstLine", twips (inset));
      fy_docx_writer_attr_int (wr, "w:firstLineChars", 100);
      fy_docx_writer_end (wr);
    }
  else
    {
      double label = copy_to_label_chars (text);

      fy_docx_writer_start (wr, "w:ind");
      fy_docx_writer_attr_int (wr, "w:left", twips (inset + label * rs->size));
      fy_docx_writer_attr_int (wr, "w:leftChars", lround (100 * (1 + label)));
      fy_docx_writer_attr_int (wr, "w:hanging", twips (label * rs->size));
      fy_docx_writer_attr_int (wr, "w:hangingChars", lround (100 * label));
      fy_docx_writer_end (wr);
    }
  fy_docx_writer_end (wr);
}

static void
write_spacing_run (FyDocxWriter *wr,
                   const char   *spaces,
                   gboolean      hidden)
{
  fy_docx_writer_start (wr, "w:r");
  fy_docx_writer_start (wr, "w:rPr");
  fy_docx_writer_element (wr, "w:rStyle", FY_DOCX_SPACING_STYLE_ID);
  if (hidden)
    fy_docx_writer_element (wr, "w:vanish", NULL);
  fy_docx_writer_end (wr);
  if (hidden)
    fy_docx_writer_text (wr, spaces);
  else
    fy_docx_writer_element (wr, "w:tab", NULL);
  fy_docx_writer_end (wr);
}

/* The 印发 line (or a 纪要's header line) of plain text: the organ, a tab to the right stop, the
 * spaces typed there as hidden text (so the text comes back as it
 * was), the date; FALSE for any other block. */
static gboolean
write_printed_runs (FyDocxWriter *wr,
                    FyBlock      *block,
                    const char   *text)
{
  const char *p = text;
  const char *gap, *date;
  g_autofree char *organ = NULL;
  g_autofree char *spaces = NULL;

  if ((!fy_doc_is_printed_line (text) && !fy_doc_is_header_line (text)) || fy_block_get_n_runs (block) != 1 ||
      fy_block_get_run (block, 0)->kind != FY_RUN_TEXT)
    return FALSE;
  while (*p != '\0' && fy_doc_is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  while (*p != '\0' && !fy_doc_is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  gap = p;
  while (*p != '\0' && fy_doc_is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  date = p;
  if (gap == text || *date == '\0')
    return FALSE;

  organ = g_strndup (text, gap - text);
  spaces = g_strndup (gap, date - gap);
  fy_docx_writer_start (wr, "w:r");
  fy_docx_writer_text (wr, organ);
  fy_docx_writer_end (wr);
  write_spacing_run (wr, NULL, FALSE);
  write_spacing_run (wr, spaces, TRUE);
  fy_docx_writer_start (wr, "w:r");
  fy_docx_writer_text (wr, date);
  fy_docx_writer_end (wr);
  return TRUE;
}

/* A run of @text in 黑体, not bold (the importer reads it as plain text). */
static void
write_heiti_run (FyDocxWriter *wr,
                 const char   *text)
{
  fy_docx_writer_start (wr, "w:r");
  fy_docx_writer_start (wr, "w:rPr");
  fy_docx_writer_start (wr, "w:rFonts");
  fy_docx_writer_attr (wr, "w:eastAsia", fy_font_role_get_preferences (FY_FONT_ROLE_HEITI)[0]);
  fy_docx_writer_attr (wr, "w:hint", "eastAsia");
  fy_docx_writer_end (wr);
  fy_docx_writer_end (wr);
  fy_docx_writer_text (wr, text);
  fy_docx_writer_end (wr);
}

/* The label above an attached document (附件2): flush left in 黑体,
 * on a new page, with the title under it; FALSE for a label of other
 * than plain text, left to the body style. */
static gboolean
write_label (FyDocxWriter *wr,
             guint         position)
{
  FyBlock *block = fy_document_get_block (wr->document, position);
  g_autofree char *text = NULL;

  if (wr->source == NULL || fy_typesetter_attached_part (wr->source, position) != FY_ATTACHED_LABEL)
    return FALSE;
  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    if (fy_block_get_run (block, i)->kind != FY_RUN_TEXT)
      return FALSE;

  text = fy_block_dup_text (block);
  fy_docx_writer_start (wr, "w:p");
  fy_docx_writer_start (wr, "w:pPr");
  fy_docx_writer_element (wr, "w:pStyle", FY_DOCX_BODY_STYLE_ID);
  fy_docx_writer_element (wr, "w:keepNext", NULL);
  fy_docx_writer_element (wr, "w:pageBreakBefore", NULL);
  fy_docx_writer_start (wr, "w:ind");
  fy_docx_writer_attr_int (wr, "w:firstLine", 0);
  fy_docx_writer_attr_int (wr, "w:firstLineChars", 0);
  fy_docx_writer_end (wr);
  fy_docx_writer_end (wr);
  write_heiti_run (wr, text);
  fy_docx_writer_end (wr);
  return TRUE;
}

/* A 纪要's header line under its issue number (organ　　date), as Fayan
 * prints it: the organ flush left, the date flush right at a right tab
 * stop, the spaces typed between them kept as for the 印发 line; FALSE
 * for any other block or one of other than plain text. */
static gboolean
write_header_line (FyDocxWriter *wr,
                   guint         position)
{
  FyBlock *block = fy_document_get_block (wr->document, position);
  g_autofree char *text = fy_block_dup_text (block);

  if (fy_block_get_role (block) != FY_BLOCK_ROLE_ISSUE_NUMBER || !fy_doc_is_header_line (text) ||
      fy_block_get_n_runs (block) != 1 || fy_block_get_run (block, 0)->kind != FY_RUN_TEXT)
    return FALSE;

  fy_docx_writer_start (wr, "w:p");
  fy_docx_writer_start (wr, "w:pPr");
  fy_docx_writer_element (wr, "w:pStyle", fy_docx_style_for (FY_BLOCK_ROLE_ISSUE_NUMBER, 0)->id);
  write_right_tab (wr, fy_style_get_type_width (wr->style));
  fy_docx_writer_front_spacing (wr, position);
  fy_docx_writer_start (wr, "w:ind");
  fy_docx_writer_attr_int (wr, "w:firstLine", 0);
  fy_docx_writer_attr_int (wr, "w:firstLineChars", 0);
  fy_docx_writer_end (wr);
  fy_docx_writer_element (wr, "w:jc", "left");
  fy_docx_writer_end (wr);
  write_printed_runs (wr, block, text);
  fy_docx_writer_end (wr);
  return TRUE;
}

/*
 * An attachment note (附件说明, GB/T 9704 §7.3.5) as Fayan prints it: 附件：
 * and the first name two characters in, each further name on a line of
 * its own under the first, a name too long for its line wrapped under
 * its own first character, past its number.  In Word each line is a
 * paragraph with a hanging indent: a line break inside one justified
 * paragraph has LibreOffice spread the line before it across the line
 * and set the next name at the margin.  The lines after the first are
 * in a style of their own, which the importer joins to the note again;
 * further names in a block of their own (Enter in Fayan) start a
 * paragraph of the note's style, no gap above it.  A list of who
 * attended a meeting (出席：…, GB/T 9704 §10.3) hangs its names after the
 * colon the same way, its label in 黑体.  The widths are those Word and
 * LibreOffice print: each character its size (half of it for Latin
 * letters and digits) and the condensed spacing.
 */

/* How wide @text (up to @end, or all of it when %NULL) prints at @size. */
static double
printed_width (FyDocxWriter *wr,
               const char   *text,
               const char   *end,
               double        size)
{
  double spacing = fy_docx_char_spacing (wr) / FY_DOCX_TWIPS_PER_POINT;
  double width = 0;

  for (const char *p = text; *p != '\0' && (end == NULL || p < end); p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      width += (g_unichar_iswide (c) || g_unichar_iswide_cjk (c) ? size : size / 2) + spacing;
    }
  return width;
}

/* Past 附件： (or 出席：) at the start of @text, as the engine measures it
 * (a colon among the first six characters), or @text without one. */
static const char *
skip_label (const char *text)
{
  const char *p = text;

  for (guint k = 0; k < 6 && *p != '\0'; k++, p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == 0xFF1A || *p == ':')
      return g_utf8_next_char (p);
  return text;
}

/* Past an item's number (1．, 2. or 3、) at the start of @text. */
static const char *
skip_number (const char *text)
{
  const char *p = text;

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isdigit (c) && c != '.' && c != 0xFF0E && c != 0x3001)
        break;
    }
  return p;
}

/* The lines of @block, each a block of its runs, a run broken at its
 * newlines. */
static GPtrArray *
split_lines (FyBlock *block)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_object_unref);
  FyBlock *line = fy_block_new (fy_block_get_role (block));

  g_ptr_array_add (lines, line);
  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    {
      const FyRun *run = fy_block_get_run (block, i);
      g_auto(GStrv) parts = NULL;

      if (run->kind == FY_RUN_FIELD)
        {
          fy_block_append_run (line, run->kind, run->text);
          continue;
        }
      parts = g_strsplit (run->text, "\n", -1);
      for (guint k = 0; parts[k] != NULL; k++)
        {
          if (k > 0)
            {
              line = fy_block_new (fy_block_get_role (block));
              g_ptr_array_add (lines, line);
            }
          if (*parts[k] != '\0')
            fy_block_append_run (line, run->kind, parts[k]);
        }
    }
  return lines;
}

/* Opens the paragraph of a line that starts @start points in and
 * wraps @hang points further in. */
static void
start_hanging_line (FyDocxWriter *wr,
                    const char   *style_id,
                    gboolean      keep_next,
                    gboolean      no_gap,
                    double        size,
                    double        start,
                    double        hang)
{
  fy_docx_writer_start (wr, "w:p");
  fy_docx_writer_start (wr, "w:pPr");
  fy_docx_writer_element (wr, "w:pStyle", style_id);
  if (keep_next)
    fy_docx_writer_element (wr, "w:keepNext", NULL);
  if (no_gap)
    {
      fy_docx_writer_start (wr, "w:spacing");
      fy_docx_writer_attr_int (wr, "w:before", 0);
      fy_docx_writer_attr_int (wr, "w:beforeLines", 0);
      fy_docx_writer_end (wr);
    }
  fy_docx_writer_start (wr, "w:ind");
  fy_docx_writer_attr_int (wr, "w:left", twips (start + hang));
  fy_docx_writer_attr_int (wr, "w:leftChars", lround (100 * (start + hang) / size));
  fy_docx_writer_attr_int (wr, "w:hanging", twips (hang));
  fy_docx_writer_attr_int (wr, "w:hangingChars", lround (100 * hang / size));
  fy_docx_writer_end (wr);
  fy_docx_writer_end (wr);
}

/**
 * fy_docx_write_attachment:
 * @wr: the writer
 * @position: an attachment block of its document
 * @style_id: the paragraph style of its first line
 * @number: (nullable): the 附件： the engine prints before it
 * @more: whether it goes on from an attachment block right before it
 *
 * Writes the block a paragraph a line (see above).
 *
 * Returns: whether it wrote the block
 */
gboolean
fy_docx_write_attachment (FyDocxWriter *wr,
                          guint         position,
                          const char   *style_id,
                          const char   *number,
                          gboolean      more)
{
  FyBlock *block = fy_document_get_block (wr->document, position);
  const FyRoleStyle *rs = fy_style_get_role (wr->style, FY_STYLE_ROLE_ATTACHMENT);
  g_autofree char *text = fy_block_dup_text (block);
  g_autofree char *printed = g_strconcat (number != NULL ? number : "", text, NULL);
  g_auto(GStrv) texts = g_strsplit (printed, "\n", -1);
  g_autoptr(GPtrArray) lines = split_lines (block);
  const char *names = skip_label (printed);
  double label = printed_width (wr, printed, names, rs->size);
  double indent = rs->indent * rs->size;
  gboolean keep_next = fy_docx_notice_keeps_with_next (wr, position);

  /* under the first block's names, past 附件： */
  if (more && label == 0)
    indent += printed_width (wr, "附件：", NULL, rs->size);
  for (guint k = 0; k < lines->len && texts[k] != NULL; k++)
    {
      const char *from = k == 0 ? names : texts[k];
      double number_width = printed_width (wr, from, skip_number (from), rs->size);

      start_hanging_line (wr, k == 0 ? style_id : FY_DOCX_ATTACHMENT_LINE_STYLE_ID, keep_next,
                          k == 0 && more, rs->size, indent + (k == 0 ? 0 : label),
                          (k == 0 ? label : 0) + number_width);
      if (k == 0 && number != NULL)
        fy_docx_writer_number_run (wr, number);
      fy_docx_writer_block_runs (wr, g_ptr_array_index (lines, k));
      fy_docx_writer_end (wr);
    }
  return TRUE;
}

/* A line of who attended a meeting (出席：…), its names hung after the
 * label in 黑体; FALSE for any other block. */
static gboolean
write_attendance (FyDocxWriter *wr,
                  guint         position)
{
  FyBlock *block = fy_document_get_block (wr->document, position);
  const FyRoleStyle *rs = fy_style_get_role (wr->style, FY_STYLE_ROLE_BODY);
  const FyRun *first;
  g_autoptr(FyBlock) rest = NULL;
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  gsize length;

  if (fy_block_get_role (block) != FY_BLOCK_ROLE_PARAGRAPH || fy_block_get_n_runs (block) == 0 ||
      (first = fy_block_get_run (block, 0))->kind != FY_RUN_TEXT)
    return FALSE;
  length = fy_web_text_attendance_label (first->text, strlen (first->text));
  text = fy_block_dup_text (block);
  if (length == 0 || strchr (text, '\n') != NULL)
    return FALSE;

  label = g_strndup (first->text, length);
  rest = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  if (first->text[length] != '\0')
    fy_block_append_run (rest, FY_RUN_TEXT, first->text + length);
  for (guint i = 1; i < fy_block_get_n_runs (block); i++)
    fy_block_append_run (rest, fy_block_get_run (block, i)->kind, fy_block_get_run (block, i)->text);

  start_hanging_line (wr, FY_DOCX_BODY_STYLE_ID, fy_docx_notice_keeps_with_next (wr, position), FALSE,
                      rs->size, rs->indent * rs->size, printed_width (wr, label, NULL, rs->size));
  write_heiti_run (wr, label);
  fy_docx_writer_block_runs (wr, rest);
  fy_docx_writer_end (wr);
  return TRUE;
}

/**
 * fy_docx_write_notice_block:
 * @wr: the writer
 * @position: a block of its document
 *
 * Writes block @position if it is a part of a notice set otherwise than
 * its role's style sets it: the label above an attached document, a
 * 纪要's header line, a list of who attended, a line of the 版记.
 *
 * Returns: whether it wrote the block
 */
gboolean
fy_docx_write_notice_block (FyDocxWriter *wr,
                            guint         position)
{
  FyBlock *block = fy_document_get_block (wr->document, position);
  g_autofree char *text = NULL;

  if (write_label (wr, position) || write_attendance (wr, position) || write_header_line (wr, position))
    return TRUE;
  if (!is_imprint (wr, position))
    return FALSE;

  text = fy_block_dup_text (block);
  fy_docx_writer_start (wr, "w:p");
  write_imprint_properties (wr, position, text);
  if (!write_printed_runs (wr, block, text))
    fy_docx_writer_block_runs (wr, block);
  fy_docx_writer_end (wr);
  return TRUE;
}

/* test-render-texts.c — the acceptance judge: unseen texts through fayan-cli render, read back with poppler
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Every Markdown text in tests/texts/ is rendered with `fayan-cli render`
 * in each preset, and the PDF is read back with poppler-glib.  The judge
 * counts violations of the criteria of issue 3 and asserts there are none:
 *
 *   - no line starts with a mark that may not start a line, none ends with
 *     one that may not end it, and no ——, ……, Latin word or digit run is
 *     split between lines;
 *   - every full line (not the last line of its paragraph) of pure Han text
 *     in the body size has the grid's characters (less the 2-字 indent on a
 *     first line), each centred on its own cell;
 *   - every full body line ends flush with the type area within 0.6 pt (a
 *     compressed closing mark may leave its blank half outside);
 *     in gbt9704 a line with Latin letters or digits that no break fills
 *     within the caps may end short, flush left (spec §4), if the next
 *     character did not fit and its Han before the first Latin run keep
 *     their columns;
 *   - baselines of body lines on the grid, at most the grid's lines a page;
 *   - "— N —" on every page, 7 mm under the type area, odd right and even
 *     left 1 字 in;
 *   - the text read back is the text written;
 *   - every font embedded;
 *   - the title broken only at ICU word boundaries.
 *
 * The judge reads a page as a reader does: poppler ends a line at a wide
 * gap (第一条　为了…) and may read the pieces out of order, so the
 * pieces of one size on one baseline are one line; an author's space is
 * one cell between characters on their cells.  A heading that opens
 * with its author's ordinal (第一章, 第十二条, 一、), or any heading of
 * a document that keeps its numbers as written, prints without a number
 * of the engine's.  A table's lines are read as its cells' characters,
 * in any order, its header row again at the top of a page it goes on
 * to; what the text read back must be, and the grid, are judged on the
 * lines outside it.
 *
 * A pure-Han line of 27 characters spread over 28 cells (the classic
 * push-out when a mark that cannot start a line follows a line of Han
 * characters) counts as a full line off the grid: the engine must avoid
 * it by re-breaking the lines before (see fy-linebreak.c).  When that is
 * impossible (the first line of a paragraph) the engine keeps the mark on
 * the line, compressed to its ink half that hangs past the edge: the line
 * is then no longer Han alone, and its end is judged like any compressed
 * end mark.
 *
 * Also counted, and asserted absent: a last line of a paragraph holding a
 * single character (孤字, "站。") where the paragraph has more lines —
 * except in gbt9704, where the document grid comes first (spec §4).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <stdio.h>
#include <string.h>
#include <unicode/ubrk.h>

#include "fayan-core.h"
#include "fy-test-utils.h"


/* The presets' geometry as the standard and the preset files state it,
 * written down here rather than asked from the engine. */
typedef struct
{
  const char *name;
  double      top, left, width, height;   /* mm */
  guint       lines, chars;
  double      body_size, number_size;     /* pt */
} Preset;

static const Preset presets[] = {
  { "gbt9704", 37, 28, 156, 225, 22, 28, 16, 14 },
  { "reading", 30, 28, 156, 240, 15, 17, 22, 22 },
  { "review",  37, 28, 156, 225, 11, 28, 16, 14 },
};

static gboolean
is_unit_char (gunichar ch)
{
  return ch < 0x80 && g_unichar_isalnum (ch);
}

static gboolean
is_pure_han (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) != G_UNICODE_SCRIPT_HAN)
      return FALSE;
  return TRUE;
}

/* Characters that are not punctuation */
static guint
count_letters (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_ispunct (g_utf8_get_char (p)))
      n++;
  return n;
}

typedef struct
{
  guint pages;
  guint lines;
  guint full;
  guint pure_han_full;
  guint pushed_out;    /* gbt9704 lines pushed out for kinsoku, ending short */
  guint flush_left;    /* gbt9704 lines no break filled, ending short */
  guint kinsoku;       /* forbidden starts/ends and split units */
  guint off_grid;      /* pure-Han full lines not on the cells */
  guint not_flush;
  guint baseline;
  guint page_number;
  guint lost;
  guint order;         /* lines read out of reading order */
  guint not_embedded;
  guint title_split;
  guint orphan;        /* 孤字 */
} Verdict;

static void G_GNUC_PRINTF (2, 3)
report (guint      *counter,
        const char *format,
        ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* stderr keeps UTF-8 in any locale, g_test_message would not */
  fprintf (stderr, "# violation: %s\n", message);
  (*counter)++;
}

/* Whether a heading opens with an ordinal of its author's: a regulation's
 * 第一章 or 第十二条, 一、 （一） 1. （1） written out.  The engine
 * prints it as written and adds none (spec §9). */
static gboolean
has_own_ordinal (const char *text)
{
  return g_regex_match_simple ("^(第[一二三四五六七八九十百零〇两]+[章节条部分篇]|"
                               "[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|"
                               "[0-9]+(?:[.．](?![0-9])|、)|（[0-9]+）)", text, 0, 0);
}

/* The printed text of each block: heading numbers as the engine adds
 * them, none where the document keeps the numbers as written or the
 * heading has its own; a table's cells row by row. */
static GPtrArray *
expected_blocks (FyDocument *document,
                 GArray     *roles,
                 GPtrArray  *raw)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (g_free);
  guint counters[5] = { 0 };
  gboolean as_written = fy_document_get_numbering (document) == FY_NUMBERING_AS_WRITTEN;

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autofree char *text = fy_document_dup_block_text (document, i);
      g_autofree char *number = NULL;
      FyBlockRole role = fy_block_get_role (block);

      if (role == FY_BLOCK_ROLE_HEADING)
        {
          guint level = CLAMP (fy_block_get_level (block), 1, 4);

          counters[level]++;
          for (guint l = level + 1; l <= 4; l++)
            counters[l] = 0;
          if (!as_written && !has_own_ordinal (text))
            number = fy_numbering_format_heading (level, counters[level]);
        }
      g_ptr_array_add (raw, g_strconcat (number ? number : "", text, NULL));
      g_ptr_array_add (blocks, fy_test_strip_spaces (number ? number : ""));
      {
        char *joined = g_strconcat (g_ptr_array_index (blocks, blocks->len - 1),
                                    text, NULL);

        g_free (g_ptr_array_index (blocks, blocks->len - 1));
        g_ptr_array_index (blocks, blocks->len - 1) = fy_test_strip_spaces (joined);
        g_free (joined);
      }
      g_array_append_val (roles, role);
    }
  return blocks;
}

/* Whether @consumed bytes of a block's printed text (spaces left out)
 * end where @raw, the block's text, has a hard break: the items of an
 * attachment note (附件：1.……\n2.……) end their lines as paragraphs do. */
static gboolean
ends_at_hard_break (const char *raw,
                    gsize       consumed)
{
  g_auto(GStrv) parts = g_strsplit (raw, "\n", -1);
  gsize total = 0;

  for (guint i = 0; parts[i] != NULL && parts[i + 1] != NULL; i++)
    {
      g_autofree char *part = fy_test_strip_spaces (parts[i]);

      total += strlen (part);
      if (total == consumed)
        return TRUE;
    }
  return FALSE;
}

/* Whether @consumed bytes of a block's printed text (spaces left out)
 * end at an ideographic space of @raw, the block's text: where a list
 * breaks between two names (联系人：市政务服务管理局　|许文静, a row of
 * names), its line is not filled. */
static gboolean
ends_at_name_gap (const char *raw,
                  gsize       consumed)
{
  gsize total = 0;

  for (const char *p = raw; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (total == consumed)
        return c == 0x3000;
      if (!g_unichar_isspace (c))
        total += g_utf8_next_char (p) - p;
    }
  return FALSE;
}

static gboolean
title_break_ok (const char *title,
                gsize       offset)
{
  glong len = 0, at = 0;
  g_autofree gunichar2 *u16 = g_utf8_to_utf16 (title, -1, NULL, &len, NULL);
  g_autofree gunichar2 *head = g_utf8_to_utf16 (title, offset, NULL, &at, NULL);
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *bi;
  gboolean ok;

  bi = ubrk_open (UBRK_WORD, "zh", (const UChar *) u16, len, &status);
  g_assert_true (U_SUCCESS (status));
  ok = ubrk_isBoundary (bi, at);
  ubrk_close (bi);
  return ok;
}

/* The vertical middle of a line's first character */
static double
line_middle (const FyTestPdfLine *line)
{
  const PopplerRectangle *r = &g_array_index (line->rects, PopplerRectangle, 0);

  return (r->y1 + r->y2) / 2;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const FyTestPdfLine *la = *(FyTestPdfLine * const *) a;
  const FyTestPdfLine *lb = *(FyTestPdfLine * const *) b;
  double d = line_middle (la) - line_middle (lb);

  if (fabs (d) < 0.3 * MAX (la->size, lb->size))
    d = g_array_index (la->rects, PopplerRectangle, 0).x1 - g_array_index (lb->rects, PopplerRectangle, 0).x1;
  return d < 0 ? -1 : d > 0;
}

/* Appends @from's characters to @to, a gap before the first */
static void
append_line (FyTestPdfLine       *to,
             const FyTestPdfLine *from)
{
  gboolean gap = TRUE;

  g_string_append (to->text, from->text->str);
  g_array_append_vals (to->chars, from->chars->data, from->n_chars);
  g_array_append_vals (to->rects, from->rects->data, from->n_chars);
  g_array_append_val (to->spaced, gap);
  g_array_append_vals (to->spaced, &g_array_index (from->spaced, gboolean, 1), from->n_chars - 1);
  to->n_chars += from->n_chars;
}

/* The lines of a page as a reader sees them: poppler ends a line at a
 * wide gap (第一条　为了…, a chapter's 第一章　总则 in wide cells, the
 * cells of a table row) and may read the pieces apart, out of order.
 * The pieces of one size on one baseline are one line, left to right. */
static GPtrArray *
page_rows (PopplerPage *page)
{
  g_autoptr(GPtrArray) pieces = fy_test_pdf_page_lines (page);
  GPtrArray *rows = g_ptr_array_new_with_free_func (fy_test_pdf_line_free);

  g_ptr_array_sort (pieces, compare_lines);
  for (guint i = 0; i < pieces->len; i++)
    {
      FyTestPdfLine *piece = g_ptr_array_index (pieces, i);
      FyTestPdfLine *row = rows->len > 0 ? g_ptr_array_index (rows, rows->len - 1) : NULL;

      if (row != NULL && fabs (row->size - piece->size) < 0.1 &&
          fabs (line_middle (row) - line_middle (piece)) < 0.3 * piece->size)
        append_line (row, piece);
      else
        g_ptr_array_add (rows, g_ptr_array_steal_index (pieces, i--));
    }
  return rows;
}

/* The first character of @line not in the middle of its cell, the cells
 * following one another from @offset but where the author set a space
 * (第一条　为了…: poppler reads no character there), or -1; @last is
 * the cell of the last character. */
static int
off_cells (const FyTestPdfLine *line,
           const Preset        *preset,
           double               left,
           double               pitch,
           guint                offset,
           double              *last)
{
  double previous = offset - 1.0;

  for (guint k = 0; k < line->n_chars; k++)
    {
      const PopplerRectangle *r = &g_array_index (line->rects, PopplerRectangle, k);
      /* poppler's box of a character runs to the next one: its start is
       * the glyph's origin, which sits in the middle of its cell */
      double cell = (r->x1 - (pitch - preset->body_size) / 2 - left) / pitch;
      gboolean spaced = k > 0 && g_array_index (line->spaced, gboolean, k);

      if (fabs (cell - round (cell)) > 0.02 ||
          (round (cell) != previous + 1 && !(spaced && round (cell) > previous + 1)))
        return (int) k;
      previous = round (cell);
    }
  *last = previous;
  return -1;
}

/* A full line of Han characters in the body size: from the first cell
 * or the 2-字 indent to the last, each character in its cell */
static void
pure_han_on_cells (const FyTestPdfLine *line,
                   const Preset        *preset,
                   double               left,
                   double               inset,
                   double               pitch,
                   int                  pg,
                   Verdict             *v)
{
  const PopplerRectangle *first = &g_array_index (line->rects, PopplerRectangle, 0);
  guint offset = (guint) MAX (0, round ((first->x1 - inset - left) / pitch));
  double last = 0;
  int off;

  if (offset != 0 && offset != 2)
    {
      report (&v->off_grid, "%s p%d: pure-Han full line from cell %u: %s",
              preset->name, pg + 1, offset, line->text->str);
      return;
    }
  off = off_cells (line, preset, left, pitch, offset, &last);
  if (off >= 0)
    report (&v->off_grid, "%s p%d: character %d off its cell: %s",
            preset->name, pg + 1, off, line->text->str);
  else if (last != preset->chars - 1)
    report (&v->off_grid, "%s p%d: pure-Han full line ends in cell %.0f of %u: %s",
            preset->name, pg + 1, last + 1, preset->chars, line->text->str);
}

/* Takes the characters of @text out of @bag; FALSE, @bag untouched, if
 * one is not in it */
static gboolean
take_chars (GString    *bag,
            const char *text)
{
  g_autoptr(GString) left = g_string_new (bag->str);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      char ch[8] = { 0 };
      char *at;

      g_unichar_to_utf8 (g_utf8_get_char (p), ch);
      at = strstr (left->str, ch);
      if (at == NULL)
        return FALSE;
      g_string_erase (left, at - left->str, strlen (ch));
    }
  g_string_assign (bag, left->str);
  return TRUE;
}

/* A table's lines: its cells are ruled, their lines (a cell of two lines
 * beside one of one) read in no order of the text, and a page the table
 * goes on to opens with its header row again.  Each line of the table
 * takes its characters out of what is left of the table's text; at the
 * top of a page it goes on to, lines of the header's characters are the
 * header again.  TRUE if @text is such a line. */
typedef struct
{
  guint    block;    /* the table being read, or G_MAXUINT */
  int      page;     /* the page of its last line */
  gboolean top;      /* the lines read on this page are the header's */
  GString *left;     /* its characters not read yet */
  GString *header;   /* the characters of its first row */
  gboolean repeat;   /* the line is the header again */
} TableRead;

static gboolean
read_table_line (TableRead  *t,
                 const char *text,
                 int         page,
                 guint       block,
                 const char *raw)
{
  if (t->block != block)
    {
      g_autofree char *first_row = g_strndup (raw, strcspn (raw, "\n"));
      g_autofree char *all = fy_test_strip_spaces (raw);
      g_autofree char *row = fy_test_strip_spaces (first_row);

      t->block = block;
      t->page = page;
      g_string_assign (t->left, all);
      g_string_assign (t->header, row);
    }
  t->top = page != t->page || (t->top && t->repeat);
  t->page = page;
  t->repeat = FALSE;
  if (t->top)
    {
      g_autoptr(GString) header = g_string_new (t->header->str);

      t->repeat = take_chars (header, text);
      if (t->repeat)
        return TRUE;
    }
  return take_chars (t->left, text);
}

/* What the judge knows of one text in one preset as it reads the lines
 * of the PDF in order. */
typedef struct
{
  const Preset *preset;
  Verdict      *v;
  double        left, top, width, height;   /* the type area, pt */
  double        pitch, line_pitch;
  /* Where a cell is wider than the body size (reading), a character sits
   * in the middle of its cell: the grid's edge is the last cell's edge,
   * the glyph's box ends half the difference before it. */
  double        inset, right;
  GPtrArray    *blocks;       /* the text each block should read back as */
  GPtrArray    *raw_blocks;   /* … as written, with its line breaks */
  GArray       *roles;
  guint         block;        /* the block being read */
  const char   *rest;         /* what is left of it */
  /* the previous line, to see units split across a break */
  char         *prev_text;
  gboolean      prev_last_of_block;
  GString      *read_text;    /* every line read, in order */
  TableRead     table;
  GHashTable   *phases;       /* font → baseline phase */
} Judge;

/* Every font embedded. */
static void
judge_fonts (PopplerDocument *pdf,
             Verdict         *v)
{
  g_autoptr(GPtrArray) fonts = fy_test_pdf_fonts (pdf);

  for (guint i = 0; i < fonts->len; i++)
    {
      FyTestPdfFont *font = g_ptr_array_index (fonts, i);

      if (!font->embedded)
        report (&v->not_embedded, "font %s not embedded", font->name);
    }
}

/* Whether @line is page @pg's number @number under the type area;
 * judges where it stands. */
static gboolean
judge_page_number (const Judge         *j,
                   const FyTestPdfLine *line,
                   int                  pg,
                   const char          *number)
{
  const Preset *preset = j->preset;
  PopplerRectangle *first = &g_array_index (line->rects, PopplerRectangle, 0);
  PopplerRectangle *last = &g_array_index (line->rects, PopplerRectangle, line->n_chars - 1);

  if (strcmp (line->text->str, number) != 0 || first->y1 <= j->top + j->height)
    return FALSE;
  if (fabs (line->size - preset->number_size) > 0.1 ||
      first->y1 < j->top + j->height + 7 * FY_POINTS_PER_MM - line->size ||
      first->y2 > j->top + j->height + 7 * FY_POINTS_PER_MM + line->size * 1.5 ||
      ((pg + 1) % 2 == 1 && fabs (last->x2 - (j->right - j->pitch)) > 1.0) ||
      ((pg + 1) % 2 == 0 && fabs (first->x1 - (j->left + j->inset + j->pitch)) > 1.0))
    report (&j->v->page_number, "%s p%d: page number misplaced (%.1f,%.1f)-(%.1f,%.1f)",
            preset->name, pg + 1, first->x1, first->y1, last->x2, last->y2);
  return TRUE;
}

/* Moves past the blocks read to the end. */
static void
next_block_with_text (Judge *j)
{
  while (*j->rest == '\0' && j->block + 1 < j->blocks->len)
    j->rest = g_ptr_array_index (j->blocks, ++j->block);
}

/* Whether @line is a line of a table (read_table_line()). */
static gboolean
judge_table_line (Judge               *j,
                  const FyTestPdfLine *line,
                  int                  pg)
{
  next_block_with_text (j);
  if (g_array_index (j->roles, FyBlockRole, j->block) != FY_BLOCK_ROLE_TABLE ||
      !read_table_line (&j->table, line->text->str, pg, j->block,
                        g_ptr_array_index (j->raw_blocks, j->block)))
    return FALSE;
  if (!j->table.repeat)
    g_string_append (j->read_text, line->text->str);
  if (j->table.left->len == 0)
    j->rest += strlen (j->rest);
  return TRUE;
}

/* The text read back is the text written, in reading order: @line is
 * what is left of the block, or of a later place of it, or the next
 * block's start.  FALSE for a fragment out of place (counted, not judged
 * further). */
static gboolean
judge_order (Judge               *j,
             const FyTestPdfLine *line,
             int                  pg)
{
  const char *later;

  g_string_append (j->read_text, line->text->str);
  next_block_with_text (j);
  if (g_str_has_prefix (j->rest, line->text->str))
    return TRUE;

  later = strstr (j->rest, line->text->str);
  report (&j->v->order, "%s p%d: read “%s”, expected the start of “%.40s”",
          j->preset->name, pg + 1, line->text->str, j->rest);
  if (later != NULL)
    j->rest = later;
  else if (j->block + 1 < j->blocks->len &&
           g_str_has_prefix (g_ptr_array_index (j->blocks, j->block + 1), line->text->str))
    j->rest = g_ptr_array_index (j->blocks, ++j->block);
  else
    return FALSE;
  return TRUE;
}

/* A ——, a …… or a Latin word or number split between the previous line
 * and @line (a word space between them in the source is a legal break). */
static void
judge_unit_split (const Judge         *j,
                  const FyTestPdfLine *line,
                  int                  pg)
{
  gunichar first_ch = g_utf8_get_char (line->text->str);
  gunichar before = g_utf8_get_char (g_utf8_prev_char (j->prev_text + strlen (j->prev_text)));
  glong prev_len = g_utf8_strlen (j->prev_text, -1);
  g_autofree char *head = g_utf8_substring (line->text->str, 0,
                                            MIN (3, g_utf8_strlen (line->text->str, -1)));
  g_autofree char *pair = g_strconcat (g_utf8_offset_to_pointer (j->prev_text, MAX (0, prev_len - 3)),
                                       head, NULL);

  if (((before == 0x2014 && first_ch == 0x2014) ||
       (before == 0x2026 && first_ch == 0x2026) ||
       (is_unit_char (before) && is_unit_char (first_ch))) &&
      strstr (g_ptr_array_index (j->raw_blocks, j->block), pair) != NULL)
    report (&j->v->kinsoku, "%s p%d: unit split: …%s | %s", j->preset->name, pg + 1,
            g_utf8_offset_to_pointer (j->prev_text, MAX (0, g_utf8_strlen (j->prev_text, -1) - 3)),
            line->text->str);
}

/* Where @line breaks: kinsoku, units split across the break, the title
 * at word boundaries, no 孤字. */
static void
judge_breaks (const Judge         *j,
              const FyTestPdfLine *line,
              int                  pg,
              gboolean             first_of_block,
              gboolean             last_of_block,
              FyBlockRole          role)
{
  const char *name = j->preset->name;
  gunichar first_ch = g_utf8_get_char (line->text->str);
  gunichar last_ch = g_utf8_get_char (g_utf8_prev_char (line->text->str + line->text->len));

  if (!first_of_block && fy_test_is_no_start (first_ch))
    report (&j->v->kinsoku, "%s p%d: line starts with a forbidden mark: %s",
            name, pg + 1, line->text->str);
  if (!last_of_block && fy_test_is_no_end (last_ch))
    report (&j->v->kinsoku, "%s p%d: line ends with a forbidden mark: %s",
            name, pg + 1, line->text->str);
  if (!first_of_block && !j->prev_last_of_block && j->prev_text != NULL)
    judge_unit_split (j, line, pg);

  /* the title breaks at word boundaries */
  if (role == FY_BLOCK_ROLE_TITLE && !last_of_block)
    {
      const char *title = g_ptr_array_index (j->blocks, j->block);

      if (!title_break_ok (title, j->rest - title))
        report (&j->v->title_split, "%s: title split inside a word after “%s”",
                name, line->text->str);
    }

  /* 孤字; not in gbt9704, whose grid comes first (spec §4: a line
   * that breaks legally is never squeezed to gain a character, and
   * pushing one out would take a whole line off the columns) */
  if (last_of_block && !first_of_block && count_letters (line->text->str) <= 1 &&
      role != FY_BLOCK_ROLE_TITLE && strcmp (name, "gbt9704") != 0)
    report (&j->v->orphan, "%s p%d: single character on a paragraph's last line: %s",
            name, pg + 1, line->text->str);
}

/* Body-size baselines on the grid: poppler's boxes end at the face's
 * descent, so lines of one face share one phase. */
static void
judge_baseline (Judge               *j,
                const FyTestPdfLine *line,
                int                  pg)
{
  PopplerRectangle *first = &g_array_index (line->rects, PopplerRectangle, 0);
  g_autofree char *key = g_strdup (line->font ? line->font : "");
  double *phase = g_hash_table_lookup (j->phases, key);
  double slot;

  if (phase == NULL)
    {
      phase = g_new (double, 1);
      *phase = fmod (first->y2 - j->top, j->line_pitch);
      g_hash_table_insert (j->phases, g_steal_pointer (&key), phase);
    }
  slot = (first->y2 - j->top - *phase) / j->line_pitch;
  if (fabs (slot - round (slot)) > 0.02 || round (slot) >= j->preset->lines)
    report (&j->v->baseline, "%s p%d: baseline off the grid (slot %.3f): %s",
            j->preset->name, pg + 1, slot, line->text->str);
}

/* gbt9704 puts the grid first (spec §4): a line of Han characters and
 * marks that broke early because the next line would start with a mark
 * that may not start it (or this one end with one that may not end it,
 * or split a —— or ……) keeps every character on its cell and ends
 * short.  Whether @line is one. */
static gboolean
judge_pushed_out (const Judge         *j,
                  const FyTestPdfLine *line,
                  int                  pg)
{
  PopplerRectangle *first = &g_array_index (line->rects, PopplerRectangle, 0);
  PopplerRectangle *last = &g_array_index (line->rects, PopplerRectangle, line->n_chars - 1);
  guint offset;
  double last_cell;
  int off;

  if (strcmp (j->preset->name, "gbt9704") != 0 || last->x2 >= j->right - 0.6 ||
      !fy_test_pushed_out (line->text->str, j->rest))
    return FALSE;
  offset = (guint) MAX (0, round ((first->x1 - j->inset - j->left) / j->pitch));
  j->v->pushed_out++;
  off = off_cells (line, j->preset, j->left, j->pitch, offset, &last_cell);
  if (off >= 0)
    report (&j->v->off_grid, "%s p%d: pushed-out line, character %d off its cell: %s",
            j->preset->name, pg + 1, off, line->text->str);
  return TRUE;
}

/* gbt9704, spec §4 and issue #12 items 2 and 4: a line that no break
 * fills within the stretch caps, which on the grid apply after the first
 * Latin run only, is set flush left: the next character or word did not
 * fit, no gap is letter-spaced, and the Han characters before the first
 * Latin run keep their columns.  Whether @line is one. */
static gboolean
judge_flush_left (const Judge         *j,
                  const FyTestPdfLine *line,
                  int                  pg)
{
  const Preset *preset = j->preset;
  PopplerRectangle *last = &g_array_index (line->rects, PopplerRectangle, line->n_chars - 1);
  int off;

  if (strcmp (preset->name, "gbt9704") != 0 || last->x2 >= j->right - 0.6 ||
      !fy_test_flush_left_ok (line, j->rest, j->right - last->x2, j->pitch, preset->body_size))
    return FALSE;
  off = fy_test_han_off_column (line, j->left, j->pitch, preset->body_size);
  j->v->flush_left++;
  if (off >= 0)
    report (&j->v->off_grid, "%s p%d: flush-left line, character %d off its column: %s",
            preset->name, pg + 1, off, line->text->str);
  /* (the author's space, 第一条　为了, is one cell) */
  for (guint k = 1; k < line->n_chars; k++)
    if (g_array_index (line->rects, PopplerRectangle, k).x1 -
        g_array_index (line->rects, PopplerRectangle, k - 1).x2 >
        (g_array_index (line->spaced, gboolean, k) ? 1.1 * j->pitch : preset->body_size / 2))
      report (&j->v->not_flush, "%s p%d: flush-left line spaced out: %s",
              preset->name, pg + 1, line->text->str);
  return TRUE;
}

/* A line that does not end its paragraph: pushed out or flush left in
 * gbt9704, else full, flush right, and pure Han on the cells. */
static void
judge_fill (Judge               *j,
            const FyTestPdfLine *line,
            int                  pg)
{
  PopplerRectangle *last = &g_array_index (line->rects, PopplerRectangle, line->n_chars - 1);
  gunichar last_ch = g_utf8_get_char (g_utf8_prev_char (line->text->str + line->text->len));
  /* a closing mark's blank half may stand past the type area's edge
   * (the cell's edge, not the inset glyph edge) */
  double slack = fy_test_is_closing_mark (last_ch) ? j->inset + j->pitch / 2 + 0.6 : 0.6;

  if (judge_pushed_out (j, line, pg) || judge_flush_left (j, line, pg))
    return;

  j->v->full++;
  if (last->x2 < j->right - 0.6 || last->x2 > j->right + slack)
    report (&j->v->not_flush, "%s p%d: full line ends at %.2f, type area at %.2f: %s",
            j->preset->name, pg + 1, last->x2, j->right, line->text->str);
  if (is_pure_han (line->text->str))
    {
      j->v->pure_han_full++;
      pure_han_on_cells (line, j->preset, j->left, j->inset, j->pitch, pg, j->v);
    }
}

/* One line of page @pg that is not its number.  Returns whether it is a
 * body line (not a table's). */
static gboolean
judge_line (Judge               *j,
            const FyTestPdfLine *line,
            int                  pg)
{
  const char *start;
  gboolean first_of_block, last_of_block;
  FyBlockRole role;

  if (judge_table_line (j, line, pg))
    return FALSE;
  j->v->lines++;
  if (!judge_order (j, line, pg))
    return TRUE;

  start = g_ptr_array_index (j->blocks, j->block);
  first_of_block = j->rest == start;
  j->rest += line->text->len;
  last_of_block = *j->rest == '\0' ||
                  ends_at_hard_break (g_ptr_array_index (j->raw_blocks, j->block), j->rest - start);
  role = g_array_index (j->roles, FyBlockRole, j->block);
  judge_breaks (j, line, pg, first_of_block, last_of_block, role);
  g_free (j->prev_text);
  j->prev_text = g_strdup (line->text->str);
  j->prev_last_of_block = last_of_block;

  if (fabs (line->size - j->preset->body_size) > 0.1)
    return TRUE;
  judge_baseline (j, line, pg);
  /* lines broken by meaning, not filled: a title's, a long signature's,
   * a list's broken at the author's ideographic space between two names
   * (联系人：市政务服务管理局　|许文静) */
  if (!last_of_block && role != FY_BLOCK_ROLE_TITLE && role != FY_BLOCK_ROLE_SUBTITLE &&
      role != FY_BLOCK_ROLE_SPEAKER && role != FY_BLOCK_ROLE_SIGNATURE &&
      !ends_at_name_gap (g_ptr_array_index (j->raw_blocks, j->block), j->rest - start))
    judge_fill (j, line, pg);
  return TRUE;
}

/* Page @pg: its lines, at most the grid's, and its number. */
static void
judge_page (Judge           *j,
            PopplerDocument *pdf,
            int              pg)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, pg);
  g_autoptr(GPtrArray) lines = page_rows (page);
  g_autofree char *number = g_strdup_printf ("—%d—", pg + 1);
  gboolean found_number = FALSE;
  guint body_lines = 0;

  j->v->pages++;
  for (guint i = 0; i < lines->len; i++)
    {
      FyTestPdfLine *line = g_ptr_array_index (lines, i);

      if (judge_page_number (j, line, pg, number))
        found_number = TRUE;
      else if (judge_line (j, line, pg))
        body_lines++;
    }
  if (body_lines > j->preset->lines)
    report (&j->v->baseline, "%s p%d: %u lines on a page of %u", j->preset->name, pg + 1,
            body_lines, j->preset->lines);
  if (!found_number)
    report (&j->v->page_number, "%s p%d: no page number %s", j->preset->name, pg + 1, number);
}

/* Nothing lost, whatever the order: the characters counted. */
static void
judge_lost (const Judge *j)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  GHashTableIter it;
  gpointer key, value;

  for (guint b = 0; b < j->blocks->len; b++)
    for (const char *q = g_ptr_array_index (j->blocks, b); *q; q = g_utf8_next_char (q))
      {
        key = GUINT_TO_POINTER (g_utf8_get_char (q));
        g_hash_table_insert (counts, key,
                             GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (counts, key)) + 1));
      }
  for (const char *q = j->read_text->str; *q; q = g_utf8_next_char (q))
    {
      key = GUINT_TO_POINTER (g_utf8_get_char (q));
      g_hash_table_insert (counts, key,
                           GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (counts, key)) - 1));
    }
  g_hash_table_iter_init (&it, counts);
  while (g_hash_table_iter_next (&it, &key, &value))
    if (GPOINTER_TO_INT (value) != 0)
      {
        char utf8[8] = { 0 };

        g_unichar_to_utf8 (GPOINTER_TO_UINT (key), utf8);
        report (&j->v->lost, "%s: “%s” written %d time(s) more than read", j->preset->name,
                utf8, GPOINTER_TO_INT (value));
      }
}

static void
judge (const char   *md_path,
       const Preset *preset,
       Verdict      *v)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-judge-XXXXXX", &error);
  g_autofree char *pdf_path = g_build_filename (dir, "out.pdf", NULL);
  g_auto(FyTestCliResult) run = { 0 };
  g_autoptr(GFile) md = g_file_new_for_path (md_path);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GArray) roles = g_array_new (FALSE, FALSE, sizeof (FyBlockRole));
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GPtrArray) raw_blocks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GHashTable) phases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) read_text = g_string_new (NULL);
  g_autoptr(GString) table_left = g_string_new (NULL);
  g_autoptr(GString) table_header = g_string_new (NULL);
  Judge j = {
    .preset = preset, .v = v,
    .left = preset->left * FY_POINTS_PER_MM, .top = preset->top * FY_POINTS_PER_MM,
    .width = preset->width * FY_POINTS_PER_MM, .height = preset->height * FY_POINTS_PER_MM,
    .raw_blocks = raw_blocks, .roles = roles,
    .prev_last_of_block = TRUE, .read_text = read_text,
    .table = { G_MAXUINT, -1, FALSE, table_left, table_header, FALSE },
    .phases = phases,
  };

  j.pitch = j.width / preset->chars;
  j.line_pitch = j.height / preset->lines;
  j.inset = MAX (0, (j.pitch - preset->body_size) / 2);
  j.right = j.left + j.width - j.inset;

  g_assert_no_error (error);
  fy_test_run_cli (&run, "render", md_path, "-o", pdf_path, "--preset", preset->name);
  if (run.status != 0)
    {
      fprintf (stderr, "%s\n", run.err);
      g_assert_not_reached ();
    }

  document = fy_import_file (md, NULL, &error);
  g_assert_no_error (error);
  blocks = expected_blocks (document, roles, raw_blocks);
  g_assert_cmpuint (blocks->len, >, 0);
  j.blocks = blocks;
  j.rest = g_ptr_array_index (blocks, 0);

  pdf = fy_test_pdf_open (pdf_path);
  judge_fonts (pdf, v);
  for (int pg = 0; pg < poppler_document_get_n_pages (pdf); pg++)
    judge_page (&j, pdf, pg);
  judge_lost (&j);

  g_free (j.prev_text);
  g_unlink (pdf_path);
  g_rmdir (dir);
}

static void
test_texts (gconstpointer data)
{
  const char *path = data;
  guint total = 0;

  for (guint p = 0; p < G_N_ELEMENTS (presets); p++)
    {
      Verdict v = { 0 };

      judge (path, &presets[p], &v);
      fprintf (stderr, "# %s %s: %u pages, %u lines, %u full, %u pure-Han full, %u pushed out on "
               "the grid, %u flush left; violations: "
               "kinsoku %u, off-grid %u, not flush %u, baseline %u, page number %u, lost %u, "
               "order %u, not embedded %u, title %u, 孤字 %u\n",
               path, presets[p].name, v.pages, v.lines, v.full, v.pure_han_full, v.pushed_out,
               v.flush_left, v.kinsoku,
               v.off_grid, v.not_flush, v.baseline, v.page_number, v.lost, v.order,
               v.not_embedded, v.title_split, v.orphan);
      g_assert_cmpuint (v.pages, >, 0);
      g_assert_cmpuint (v.full, >, 0);
      total += v.kinsoku + v.off_grid + v.not_flush + v.baseline + v.page_number + v.lost +
               v.order + v.not_embedded + v.title_split + v.orphan;
    }
  g_assert_cmpuint (total, ==, 0);
}

/* g_ptr_array_sort() passes pointers to the elements. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_skipped (void)
{
  g_test_skip ("FAYAN_CLI or FAYAN_SOURCE_ROOT is not set");
}

int
main (int   argc,
      char *argv[])
{
  const char *root = g_getenv ("FAYAN_SOURCE_ROOT");
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_test_init (&argc, &argv, NULL);
  fy_core_init ();
  /* judge every text in every preset, then fail */
  g_test_set_nonfatal_assertions ();

  if (root == NULL || g_getenv ("FAYAN_CLI") == NULL)
    {
      g_test_add_func ("/core/render-texts/skipped", test_skipped);
      return g_test_run ();
    }
  dir_path = g_build_filename (root, "tests", "texts", NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    if (g_str_has_suffix (name, ".md"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >=, 3);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *base = g_strndup (name, strlen (name) - 3);
      g_autofree char *test_path = g_strdup_printf ("/core/render-texts/%s", base);

      g_test_add_data_func_full (test_path, g_build_filename (dir_path, name, NULL),
                                 test_texts, g_free);
    }

  return g_test_run ();
}

/* fy-import-pdf.c — text copied out of a PDF: page furniture and wrapped lines
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Text selected in a PDF viewer and pasted comes with a line break at
 * the end of every printed line, in mid-sentence, no blank line and no
 * indent between paragraphs, and with the pages' furniture inside: the
 * page numbers (— 3 —, - 3 -, 第3页) and a running header repeated at
 * each page's top.  The furniture goes; the lines join into their
 * paragraphs.  A printed line that reaches the column's width continues
 * on the next one unless that one stands alone (a heading, a date, a
 * salutation); a shorter one ends its paragraph.  A title printed on
 * two lines joins when its second line names the kind of document.
 */

#include "config.h"

#include <string.h>

#include "fy-import-private.h"
#include "fy-numbering.h"

/* At least this many lines of text to tell a column's width; fewer in
 * a copy whose page number says it came out of a PDF (a one-page
 * notice), of which this many reach the column's width. */
#define PDF_MIN_LINES        8
#define PDF_MIN_PAGED_LINES  3
#define PDF_MIN_PAGED_FULL   2
/* A printed column of body text holds this many cells (3号 on A4: 28;
 * a list of names one to a line is narrower). */
#define PDF_MIN_WIDTH        15.0
#define PDF_MAX_WIDTH        40.0
/* A line this much short of the column's width still fills it (a digit
 * or a Latin letter takes half a cell, a squeezed mark less than one). */
#define PDF_FULL_SLACK       1.5
/* A line ending a sentence ends its paragraph when it is this short. */
#define PDF_END_SLACK        0.75
/* A copy is letter-spaced when this many neighbouring Han characters at
 * least stand a space apart, and more of them than stand close. */
#define LETTER_SPACED_MIN_PAIRS 8
/* The indent of a body paragraph's first line, in cells. */
#define PDF_INDENT           2.0

/* The kinds a title names at its end (……的实施意见, ……的请示). */
static const char *const kind_endings[] = {
  "通知", "意见", "报告", "请示", "批复", "讲话", "发言", "方案", "办法", "决定",
  "规定", "通报", "纪要", "计划", "规划", "细则", "条例", "倡议书", "提案", "要点",
  "措施", "公告", "通告", "总结", "函", "意见书", "告知书", "答复书", "决定书", "建议书",
  "说明", "决议", "公报", "答复", "预案",
};

/**
 * fy_import_line_width:
 * @line: a line of text
 *
 * Returns: the width of @line in cells: a Han character or full-width
 *   mark 1, an ASCII character ½, but a space between a Han character
 *   and a Latin one ¼: the gap a word processor leaves between Han text
 *   and digits, which a copy of its PDF turns into a space (建水厂 3 座，
 *   改造管网 126 公里: counted ½, the gaps made a line of digits seem
 *   wider than the column, and the lines of Han text alone short of it)
 */
double
fy_import_line_width (const char *line)
{
  double width = 0;
  gunichar before = 0;

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar after = c == ' ' ? g_utf8_get_char (g_utf8_next_char (p)) : 0;

      if (c == ' ' && before != 0 && after != 0 && after != ' ' && (before < 0x80) != (after < 0x80))
        width += 0.25;
      else
        width += c < 0x80 ? 0.5 : 1.0;
      before = c;
    }
  return width;
}

/**
 * fy_import_is_page_number:
 * @line: a line, trimmed
 *
 * Whether @line is a page's number as a PDF prints it: — 3 —, －3－,
 * - 3 -, 第3页, 第 3 页 共 9 页.
 *
 * Returns: whether @line is a page number
 */
gboolean
fy_import_is_page_number (const char *line)
{
  const char *p = line;
  guint dashes = 0;
  guint digits = 0;

  if (g_str_has_prefix (p, "第"))
    {
      p += strlen ("第");
      while (*p == ' ')
        p++;
      while (g_ascii_isdigit (*p))
        p++, digits++;
      while (*p == ' ')
        p++;
      return digits > 0 && g_str_has_prefix (p, "页");
    }

  for (; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '-' || c == 0x2014 || c == 0x2013 || c == 0xFF0D || c == 0x2500)
        dashes += digits == 0 ? 1 : 0x100;
      else if (g_ascii_isdigit (c) && dashes < 0x100)
        digits++;
      else if (c != ' ' && c != 0x3000)
        return FALSE;
    }
  /* a dash on either side of the number */
  return digits > 0 && digits <= 4 && (dashes & 0xFF) > 0 && dashes >= 0x100;
}

/* Flags in @drop the line right under a page's furniture that repeats
 * a line further up, short of a sentence: the header row of a table
 * that the PDF repeats at the top of each page it runs onto (a viewer
 * copies it as one line, 县区完成数计划数完成率). */
static void
drop_repeated_rows (GPtrArray *lines,
                    gboolean  *drop)
{
  for (guint i = 1; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      /* a row with tabs is the table reader's (fy_import_take_tsv_table()) */
      if (!drop[i - 1] || drop[i] || *line == '\0' || g_utf8_strlen (line, -1) > PDF_MIN_WIDTH ||
          g_str_has_suffix (line, "。") || strchr (line, '\t') != NULL)
        continue;
      for (guint k = 0; k + 1 < i && !drop[i]; k++)
        drop[i] = !drop[k] && strcmp (g_ptr_array_index (lines, k), line) == 0;
    }
}

/* The index of the last line of @lines that is not blank, or
 * @lines->len if all are. */
static guint
last_text_line (GPtrArray *lines)
{
  for (guint i = lines->len; i > 0; i--)
    if (*(const char *) g_ptr_array_index (lines, i - 1) != '\0')
      return i - 1;
  return lines->len;
}

/* Flags the page numbers of @lines (trimmed) and a running header or
 * footer repeated next to them in @drop, when two pages at least are
 * numbered.  A copy of one page has one number, at its foot: the last
 * line of the copy goes when it is a page's number (—1—), with no header
 * guessed from it. */
static void
find_page_furniture (GPtrArray *lines,
                     gboolean  *drop)
{
  g_autofree gboolean *number = g_new0 (gboolean, lines->len + 1);
  g_autoptr(GHashTable) near = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_numbers = 0;
  guint last = last_text_line (lines);

  for (guint i = 0; i < lines->len; i++)
    {
      number[i] = fy_import_is_page_number (g_ptr_array_index (lines, i));
      n_numbers += number[i];
    }
  if (n_numbers == 1 && number[last] && last > 0)
    drop[last] = TRUE;
  if (n_numbers < 2)
    return;

  /* the lines right before and after each number, counted */
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      guint n = 0;

      drop[i] = number[i];
      if (*line == '\0' || number[i])
        continue;
      n = (i > 0 && number[i - 1]) + (i + 1 < lines->len && number[i + 1]);
      if (n > 0)
        g_hash_table_insert (near, (gpointer) line,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (near, line)) + n));
    }
  /* a header repeated at two pages' tops at least */
  for (guint i = 0; i < lines->len; i++)
    if (GPOINTER_TO_UINT (g_hash_table_lookup (near, g_ptr_array_index (lines, i))) >= 2)
      drop[i] = TRUE;
  drop_repeated_rows (lines, drop);
}

static gboolean ends_sentence (const char *line);

/* Flags in @gap the blank lines around the page furniture flagged in
 * @drop (a page's number, pdftotext's form feed after it) where a
 * paragraph runs on over the page break: the text before is a printed
 * line of body text that does not end a sentence (not a table's cell).
 * The paragraph's halves meet again. */
static void
find_page_gaps (GPtrArray      *lines,
                const gboolean *drop,
                gboolean       *gap)
{
  for (guint i = 0; i < lines->len; i++)
    {
      guint end = i;
      gboolean furniture = FALSE;
      const char *before;

      if (!drop[i])
        continue;
      /* the run of furniture and blank lines from the text before */
      while (i > 0 && *(const char *) g_ptr_array_index (lines, i - 1) == '\0')
        i--;
      for (end = i; end < lines->len &&
           (drop[end] || *(const char *) g_ptr_array_index (lines, end) == '\0'); end++)
        furniture |= drop[end];
      before = i > 0 ? g_ptr_array_index (lines, i - 1) : NULL;
      if (furniture && before != NULL && end < lines->len && !ends_sentence (before) &&
          fy_import_line_width (before) >= PDF_MIN_WIDTH)
        for (guint k = i; k < end; k++)
          gap[k] = !drop[k];
      i = end;
    }
}

static gint
compare_widths (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Whether @line holds a full-width mark or a dash (a body line, not a
 * table's row whose cells ran together). */
static gboolean
has_mark (const char *line)
{
  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
          c == 0x201C || c == 0x201D || c == 0x2014)
        return TRUE;
    }
  return FALSE;
}

/* The width the lines of the column reach.  The lines of Han text
 * alone measure what they print: the width that one in five of them
 * reaches (the others end a paragraph or lost their first line's indent,
 * two cells, in the copy), three at least; in a copy with a page
 * number (@paged), which may be short, two, of the lines with a mark (a
 * table's rows the copy ran together are no body lines).  Where too few
 * lines are Han text alone, the smallest width three in four lines do
 * not pass. */
static double
column_width (GPtrArray *lines,
              gboolean   paged)
{
  guint min_lines = paged ? PDF_MIN_PAGED_LINES : PDF_MIN_LINES;
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) han = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      double width = fy_import_line_width (line);
      gboolean ascii = FALSE;

      if (*line == '\0')
        continue;
      g_array_append_val (widths, width);
      for (const char *p = line; *p && !ascii; p++)
        ascii = (guchar) *p < 0x80;
      if (!ascii && (!paged || has_mark (line)))
        g_array_append_val (han, width);
    }
  if (widths->len < min_lines)
    return 0;
  if (han->len >= min_lines)
    {
      g_array_sort (han, compare_widths);
      return g_array_index (han, double, han->len - MIN (han->len, MAX (paged ? 2 : 3, han->len / 5)));
    }
  g_array_sort (widths, compare_widths);
  return g_array_index (widths, double, widths->len * 3 / 4);
}

/* Whether @line ends a sentence: with its mark, a bracket, or a quote
 * closed after a mark (……一次办。”); a quote that closes a term (开展
 * “好差评” / 数据分析) goes on. */
static gboolean
ends_sentence (const char *line)
{
  static const char *const ends[] = { "。", "！", "？", "：", "；", "）" };
  gsize len = strlen (line);

  if (g_str_has_suffix (line, "”"))
    len -= strlen ("”");
  for (guint k = 0; k < G_N_ELEMENTS (ends); k++)
    if (len >= strlen (ends[k]) && strncmp (line + len - strlen (ends[k]), ends[k], strlen (ends[k])) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @line is short and holds no mark at all (临川区501997%, a
 * table's row whose cells the copy ran together; a name; a number): it
 * tells nothing of the column. */
static gboolean
is_bare_short_line (const char *line,
                    double      width)
{
  return fy_import_line_width (line) * 2 <= width && !has_mark (line);
}

/* Whether @line, the first of its paragraph, is indented as a body
 * paragraph's is (two cells; a PDF copy loses the indent): text with a
 * clause mark, which a title or a name line has not. */
static gboolean
is_indented_first_line (const char *line)
{
  static const char *const marks[] = { "，", "、", "；", "。", "：" };

  for (guint k = 0; k < G_N_ELEMENTS (marks); k++)
    if (strstr (line, marks[k]) != NULL)
      return TRUE;
  return FALSE;
}

/* How far a printed line may fall short of the column's width and still
 * fill it: PDF_FULL_SLACK, and a cell more for each run of digits or
 * Latin letters in it (three at most), as the grid sets the Han
 * character after such a run in the next cell (县卫健委对 30 个千吨万人
 * …开展水质 fills its line 2½ cells "short"), and half a cell for each
 * curly quote, which a face shared with Latin text prints half wide
 * (全年新增“一件事一次办”主题服务 fills its line). */
static double
full_slack (const char *line)
{
  guint runs = 0, quotes = 0;
  gboolean latin = FALSE;

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean now = c < 0x80 && (g_ascii_isalnum (c) || c == '.' || c == '%');

      runs += now && !latin;
      latin = now;
      quotes += c == 0x201C || c == 0x201D;
    }
  return PDF_FULL_SLACK + MIN (runs, 3) + MIN (quotes, 4) * 0.5;
}

/* Whether @lines read as a PDF's printed lines: few blank lines, a
 * narrow column that most lines fill, most of those in mid-sentence.
 * In a copy with a page number (@paged), which came out of a PDF, two
 * lines that fill the column are enough: a short notice has few. */
static gboolean
is_pdf_column (GPtrArray *lines,
               double     width,
               gboolean   paged)
{
  guint n_text = 0, n_blank = 0, n_full = 0, n_open = 0;
  guint n_blank_run = 0;
  gboolean after_text = FALSE;

  if (width < PDF_MIN_WIDTH || width > PDF_MAX_WIDTH)
    return FALSE;
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      /* blank lines count between lines of text only: pdftotext ends
       * the last page with blank lines and a form feed, and puts one
       * between a table's cells */
      if (*line == '\0')
        {
          n_blank_run += after_text;
          continue;
        }
      if (strchr (line, '\t') != NULL)
        return FALSE;
      after_text = !is_bare_short_line (line, width);
      n_blank += after_text ? n_blank_run : 0;
      n_blank_run = 0;
      if (!after_text)
        continue;
      n_text++;
      /* a paragraph's first line fills the column with its indent */
      if (fy_import_line_width (line) + (is_indented_first_line (line) ? PDF_INDENT : 0) >= width - full_slack (line))
        {
          n_full++;
          n_open += !ends_sentence (line);
        }
    }
  if (paged)
    return n_text >= PDF_MIN_PAGED_LINES && n_blank * 10 < n_text &&
           n_full >= PDF_MIN_PAGED_FULL && n_open * 3 >= n_full * 2;
  return n_text >= PDF_MIN_LINES && n_blank * 10 < n_text &&
         n_full * 2 >= n_text && n_open * 3 >= n_full * 2;
}

static gboolean
ends_with_kind (const char *line)
{
  for (guint k = 0; k < G_N_ELEMENTS (kind_endings); k++)
    if (g_str_has_suffix (line, kind_endings[k]))
      return TRUE;
  return FALSE;
}

/**
 * fy_import_title_goes_on:
 * @one: a line that may be a title's first
 * @two: the line under it
 *
 * Whether @two goes on with the title @one began, typed or printed on two
 * lines (关于进一步加强……设施 / 运行维护管理的实施意见, 临河市住房和城乡建设局
 * / 信访事项处理意见书): the second names the kind of document, the first
 * does not; an occasion (在……上的讲话) under a main title is its subtitle.
 * A PDF made by a word processor may cut the title inside the kind's
 * name (……的几点意 / 见): the two lines together name it.  A title that
 * issues a document names two kinds (关于印发……方案 / 的通知): its second
 * line opens on 的.
 *
 * Returns: whether @one and @two are one title
 */
gboolean
fy_import_title_goes_on (const char *one,
                         const char *two)
{
  g_autofree char *both = g_strconcat (one, two, NULL);

  /* a line never opens on 的: 关于印发……方案 / 的通知 is one title, though
   * its first line names a kind too */
  return fy_import_is_title_like (one) && fy_import_is_title_like (two) &&
         (!ends_with_kind (one) || g_str_has_prefix (two, "的")) && ends_with_kind (both) && !fy_import_is_speaker_like (two) && !fy_import_is_occasion_line (two) &&
         !g_str_has_prefix (two, "在") &&
         g_utf8_strlen (one, -1) + g_utf8_strlen (two, -1) <= FY_IMPORT_TITLE_MAX_CHARS;
}

/**
 * fy_import_join_title_lines:
 * @lines: (element-type utf8): the lines of a text, trimmed
 * @first: the first line that may hold the title
 *
 * Joins a title printed or typed on two lines at @first of @lines (blank
 * lines skipped), as fy_import_title_goes_on() reads them.
 */
void
fy_import_join_title_lines (GPtrArray *lines,
                            guint      first)
{
  const char *one, *two;

  while (first + 1 < lines->len && *(const char *) g_ptr_array_index (lines, first) == '\0')
    first++;
  if (first + 1 >= lines->len)
    return;
  one = g_ptr_array_index (lines, first);
  two = g_ptr_array_index (lines, first + 1);
  if (fy_import_title_goes_on (one, two))
    {
      char *title = g_strconcat (one, two, NULL);

      g_ptr_array_remove_index (lines, first + 1);
      g_free (g_ptr_array_index (lines, first));
      g_ptr_array_index (lines, first) = title;
    }
}

/* Whether @line, after a closed sentence in a column @width wide, is a
 * speech's closing on a line of its own (谢谢大家！, 以上发言，请批评指正。):
 * short, a sentence, and what closes a speech.  Short by PDF_FULL_SLACK,
 * not full_slack()'s allowance for figures: its words already say it
 * closes, and a closing with figures in it (以上报告，请市人大常委会2026
 * 年第5次会议审议。) stands on its own line even where it nearly fills it. */
static gboolean
is_closing_line (const char *line,
                 double      width)
{
  return fy_import_line_width (line) < width - PDF_FULL_SLACK && ends_sentence (line) &&
         fy_import_is_closing_like (line);
}

/* Whether printed line @line goes on in @next, in a column @width wide;
 * @opens when @line opens its paragraph.  After a closed sentence a
 * numbered point (（三）加强……。县级……), a short line of names (the
 * signature), a speech's closing line (the newuser's 谢谢大家！ under a
 * full line, session 24) and a line standing alone start anew; so does
 * the line after a salutation. */
static gboolean
continues (const char *line,
           const char *next,
           gboolean    opens,
           double      width,
           gboolean  (*stands_alone) (const char *line))
{
  double w = fy_import_line_width (line) + (opens && is_indented_first_line (line) ? PDF_INDENT : 0);
  guint level;
  const char *rest;
  /* A numbered heading printed on a line of its own is short of the
   * column; the digits' allowance would let 二、2026 年 1 至 11 月……情况
   * fill it and take the paragraph under it in. */
  double slack = fy_numbering_strip_prefix (line, &level, NULL, &rest) ? PDF_FULL_SLACK : full_slack (line);

  if (w < width - slack || stands_alone (next))
    return FALSE;
  if (!ends_sentence (line))
    return TRUE;
  return w >= width - PDF_END_SLACK && !stands_alone (line) &&
         !fy_numbering_strip_prefix (next, &level, NULL, &rest) && !is_closing_line (next, width) &&
         (fy_import_line_width (next) >= width - PDF_FULL_SLACK || ends_sentence (next));
}

/* Joins the title at the top of @lines (untrimmed, owned) when a copy
 * that is no column of printed lines set it on two lines: pdftotext
 * -layout keeps a centred title's lines apart, each pushed right by
 * blanks, and the blank lines around the page's foot (关于做好……期间 /
 * 安全生产工作的通知). */
static gboolean
join_centred_title (GPtrArray *lines)
{
  guint first = 0;
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;

  while (first < lines->len && strspn (g_ptr_array_index (lines, first), " \t\f\v\r") ==
                                strlen (g_ptr_array_index (lines, first)))
    first++;
  if (first + 1 >= lines->len)
    return FALSE;
  one = g_strstrip (g_strdup (g_ptr_array_index (lines, first)));
  two = g_strstrip (g_strdup (g_ptr_array_index (lines, first + 1)));
  if (!fy_import_title_goes_on (one, two))
    return FALSE;
  g_free (g_ptr_array_index (lines, first));
  g_ptr_array_index (lines, first) = g_strconcat (one, two, NULL);
  g_free (g_ptr_array_steal_index (lines, first + 1));
  return TRUE;
}

/**
 * fy_import_unwrap_pdf_copy:
 * @raw: (transfer full) (array zero-terminated=1): the lines of a text
 * @stands_alone: whether a line stands alone even in mid-paragraph
 * @dropped: (nullable) (element-type utf8): gets each page number and
 *   running head left out, once
 * @joined: (out) (optional): set to %TRUE when two printed lines or more
 *   were joined into one, else left as it is
 *
 * Turns text copied out of a PDF into one paragraph to a line (see the
 * comment at the file's top); other text comes back as it was.
 *
 * Returns: (transfer full) (array zero-terminated=1): the lines
 */
char **
fy_import_unwrap_pdf_copy (char      **raw,
                           gboolean  (*stands_alone) (const char *line),
                           GPtrArray  *dropped,
                           gboolean   *joined)
{
  g_autoptr(GPtrArray) trimmed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree gboolean *drop = NULL;
  g_autofree gboolean *gap = NULL;
  GPtrArray *out = g_ptr_array_new ();
  GString *current = NULL;
  double width;
  gboolean paged = FALSE;
  gboolean spaced;

  for (guint i = 0; raw[i] != NULL; i++)
    g_ptr_array_add (trimmed, g_strstrip (g_strdup (raw[i])));
  drop = g_new0 (gboolean, trimmed->len + 1);
  gap = g_new0 (gboolean, trimmed->len + 1);
  find_page_furniture (trimmed, drop);
  find_page_gaps (trimmed, drop, gap);
  for (guint i = 0; i < trimmed->len; i++)
    {
      const char *line = g_ptr_array_index (trimmed, i);

      paged |= drop[i] && fy_import_is_page_number (line);
      if (!drop[i] && !gap[i])
        g_ptr_array_add (lines, g_strdup (line));
      else if (dropped != NULL && drop[i])
        fy_import_notes_add_line (dropped, line);
    }
  width = column_width (lines, paged);

  if (!is_pdf_column (lines, width, paged))
    {
      /* the furniture goes, the lines stay as they were */
      for (guint i = 0; raw[i] != NULL; i++)
        if (drop[i] || gap[i])
          g_free (raw[i]);
        else
          g_ptr_array_add (out, raw[i]);
      g_free (raw);
      if (paged && join_centred_title (out) && joined != NULL)
        *joined = TRUE;
      g_ptr_array_add (out, NULL);
      return (char **) g_ptr_array_free (out, FALSE);
    }
  g_strfreev (raw);

  fy_import_join_title_lines (lines, 0);
  spaced = fy_import_spaces_figures (lines, 0);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *next = i + 1 < lines->len ? g_ptr_array_index (lines, i + 1) : "";
      gboolean goes_on = *line != '\0' && *next != '\0' &&
                         continues (line, next, current == NULL, width, stands_alone);

      if (current == NULL)
        current = g_string_new (NULL);
      else if (joined != NULL)
        *joined = TRUE;
      fy_import_append_line (current, line, spaced);
      if (!goes_on)
        g_ptr_array_add (out, g_string_free (g_steal_pointer (&current), FALSE));
    }
  if (current != NULL)
    g_ptr_array_add (out, g_string_free (current, FALSE));
  g_ptr_array_add (out, NULL);

  return (char **) g_ptr_array_free (out, FALSE);
}

/* Letter-spaced copies */

/* Whether @c is set on the Han grid: a Han character, a full-width mark
 * or form, or a Chinese quote. */
static gboolean
is_grid_char (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN || (c >= 0x3001 && c <= 0x303F) ||
         (c >= 0xFF01 && c <= 0xFF60) || c == 0x201C || c == 0x201D || c == 0x2018 ||
         c == 0x2019 || c == 0x2014 || c == 0x2026 || c == 0x00B7;
}

/* Counts in @line the pairs of grid characters next to each other
 * (@close) and those with one half-width space between (@spaced). */
static void
count_grid_pairs (const char *line,
                  guint      *close,
                  guint      *spaced)
{
  gunichar before = 0;
  guint spaces = 0;

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        {
          spaces++;
          continue;
        }
      if (is_grid_char (c) && before != 0 && is_grid_char (before))
        {
          *close += spaces == 0;
          *spaced += spaces == 1;
        }
      before = c;
      spaces = 0;
    }
}

/* @line without the half-width spaces between two grid characters. */
static char *
close_grid_gaps (const char *line)
{
  GString *closed = g_string_new (NULL);

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      const char *next = p + 1;

      if (*p == ' ' && p > line && *next != '\0' && *next != ' ' &&
          is_grid_char (g_utf8_get_char (g_utf8_find_prev_char (line, p))) &&
          is_grid_char (g_utf8_get_char (next)))
        continue;
      g_string_append_unichar (closed, g_utf8_get_char (p));
    }
  return g_string_free (closed, FALSE);
}

/**
 * fy_import_close_letter_spacing:
 * @lines: (array zero-terminated=1): the lines of a text, changed in place
 *
 * A PDF set with space between the letters (a justified or tracked
 * column) copies with a half-width space between its Han characters
 * (县 政 务 服 务 中 心): when most neighbouring Han characters and marks
 * of @lines stand so apart, the spaces between them go; those between
 * Latin words, and between Han text and a number or a Latin word, stay,
 * as a copy of an unspaced PDF gives them.
 */
void
fy_import_close_letter_spacing (char **lines)
{
  guint close = 0, spaced = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    count_grid_pairs (lines[i], &close, &spaced);
  if (spaced < LETTER_SPACED_MIN_PAIRS || spaced < close)
    return;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *closed = close_grid_gaps (lines[i]);

      g_free (lines[i]);
      lines[i] = closed;
    }
}

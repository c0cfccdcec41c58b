/* fy-docx-export.c — a FyDocument as a Word (.docx) file
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-docx"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>
#include <math.h>
#include <string.h>
#include <zip.h>

#include "fy-comparison.h"
#include "fy-document-io.h"
#include "fy-docx.h"
#include "fy-docx-export-private.h"
#include "fy-docx-private.h"
#include "fy-error.h"
#include "fy-fonts.h"
#include "fy-numbering.h"
#include "fy-table.h"
#include "fy-table-layout.h"
#include "fy-typesetter.h"
#include "fy-typesetter-private.h"

/*
 * The file carries the style the way Word and WPS understand it, so that a
 * colleague who edits it keeps the format (GB/T 9704 page, grid and
 * styles): one section with the page, margins and the document grid;
 * named paragraph styles made from the document's style preset, East Asian
 * faces by their office names (仿宋_GB2312, not the fallback Fayan prints
 * with) and Times New Roman for Latin; headings with the numbers printed
 * as text and outline levels; bold leads as bold 黑体 runs; field
 * references as content controls tagged with the field name, their text
 * in a bookmark that names the field too (fy_docx_field_bookmark()).
 *
 * Every XML part is written with libxml2's xmlTextWriter and the package
 * with libzip, in memory, then written to the file atomically.  This file
 * writes the body, the package and its properties; the styles, footers
 * and settings are fy-docx-export-styles.c's.
 */

typedef struct _FyDocxWriter Writer;

/* XML helpers */

static void
start (Writer     *wr,
       const char *name)
{
  xmlTextWriterStartElement (wr->w, BAD_CAST name);
}

static void
end (Writer *wr)
{
  xmlTextWriterEndElement (wr->w);
}

static void
attr (Writer     *wr,
      const char *name,
      const char *value)
{
  xmlTextWriterWriteAttribute (wr->w, BAD_CAST name, BAD_CAST value);
}

static void
attr_int (Writer     *wr,
          const char *name,
          long        value)
{
  xmlTextWriterWriteFormatAttribute (wr->w, BAD_CAST name, "%ld", value);
}

/* <name w:val="value"/>, or <name/> when @value is NULL */
static void
element (Writer     *wr,
         const char *name,
         const char *value)
{
  start (wr, name);
  if (value != NULL)
    attr (wr, "w:val", value);
  end (wr);
}

static void
element_int (Writer     *wr,
             const char *name,
             long        value)
{
  start (wr, name);
  attr_int (wr, "w:val", value);
  end (wr);
}

static void
text_element (Writer     *wr,
              const char *name,
              const char *text)
{
  xmlTextWriterWriteElement (wr->w, BAD_CAST name, BAD_CAST text);
}

gboolean
fy_docx_writer_begin (FyDocxWriter *wr,
                      const char   *root,
                      const char   *ns)
{
  wr->buffer = xmlBufferCreate ();
  if (wr->buffer == NULL)
    return FALSE;
  wr->w = xmlNewTextWriterMemory (wr->buffer, 0);
  if (wr->w == NULL)
    return FALSE;

  xmlTextWriterStartDocument (wr->w, NULL, "UTF-8", "yes");
  start (wr, root);
  if (ns != NULL)
    attr (wr, "xmlns", ns);

  return TRUE;
}

/* Ends the document and adds it to @archive as @name. */
gboolean
fy_docx_writer_finish (FyDocxWriter *wr,
                       zip_t        *archive,
                       const char   *name)
{
  zip_source_t *source;
  gpointer data;
  gsize length;
  int rc;

  rc = xmlTextWriterEndDocument (wr->w);
  xmlFreeTextWriter (wr->w);
  wr->w = NULL;
  if (rc < 0)
    {
      xmlBufferFree (wr->buffer);
      wr->buffer = NULL;
      return FALSE;
    }

  length = xmlBufferLength (wr->buffer);
  data = g_memdup2 (xmlBufferContent (wr->buffer), length);
  xmlBufferFree (wr->buffer);
  wr->buffer = NULL;

  /* libzip frees the data (freep = 1) with free(): g_memdup2 uses
   * g_malloc, which is malloc. */
  source = zip_source_buffer (archive, data, length, 1);
  if (source == NULL)
    {
      g_free (data);
      return FALSE;
    }
  if (zip_file_add (archive, name, source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0)
    {
      zip_source_free (source);
      return FALSE;
    }

  return TRUE;
}

/* Characters XML 1.0 cannot carry at all. */
static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD ||
         (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

/* Runs */

/* The lead has its character style; bold inside a block is direct bold
 * in the same face; markup Fayan keeps but does not print is hidden text,
 * which Word and WPS keep and do not print either. */
static void
write_run_properties (Writer    *wr,
                      FyRunKind  kind)
{
  if (kind == FY_RUN_MARKUP)
    {
      start (wr, "w:rPr");
      element (wr, "w:vanish", NULL);
      end (wr);
      return;
    }

  if (kind != FY_RUN_BOLD && kind != FY_RUN_EMPHASIS)
    return;

  start (wr, "w:rPr");
  if (kind == FY_RUN_BOLD)
    element (wr, "w:rStyle", FY_DOCX_LEAD_STYLE_ID);
  start (wr, "w:rFonts");
  attr (wr, "w:eastAsia", fy_font_role_get_preferences (FY_FONT_ROLE_HEITI)[0]);
  attr (wr, "w:hint", "eastAsia");
  end (wr);
  element (wr, "w:b", NULL);
  element (wr, "w:bCs", NULL);
  end (wr);
}

/* Writes @text inside a run: a line break becomes <w:br/>, a tab
 * <w:tab/>, and characters XML cannot hold are dropped. */
static void
write_text (Writer     *wr,
            const char *text)
{
  g_autoptr(GString) piece = g_string_new (NULL);

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || c == '\n' || c == '\t' || c == 0x2028)
        {
          if (piece->len > 0)
            {
              start (wr, "w:t");
              attr (wr, "xml:space", "preserve");
              xmlTextWriterWriteString (wr->w, BAD_CAST piece->str);
              end (wr);
              g_string_truncate (piece, 0);
            }
          if (c == 0)
            break;
          element (wr, c == '\t' ? "w:tab" : "w:br", NULL);
          continue;
        }

      if (c != '\r' && is_xml_char (c))
        g_string_append_unichar (piece, c);
    }
}

/* @text as a run of @kind. */
static void
write_text_runs (Writer     *wr,
                 FyRunKind   kind,
                 const char *text)
{
  start (wr, "w:r");
  write_run_properties (wr, kind);
  write_text (wr, text);
  end (wr);
}

/* A line break the engine chose in a title: a <w:br/> in a run of the
 * break style, which the importer reads as none. */
static void
write_engine_break (Writer *wr)
{
  start (wr, "w:r");
  start (wr, "w:rPr");
  element (wr, "w:rStyle", FY_DOCX_BREAK_STYLE_ID);
  end (wr);
  element (wr, "w:br", NULL);
  end (wr);
}

/* The engine's breaks (byte offsets into a title's printed text) and
 * the next one to write */
typedef struct
{
  GArray *offsets;
  guint   next;
} Breaks;

/* @text, which starts at @offset of the printed title, as runs of @kind
 * with an engine break before each of @breaks' offsets inside it (none
 * when @breaks is NULL). */
static void
write_broken_runs (Writer     *wr,
                   FyRunKind   kind,
                   const char *text,
                   gsize       offset,
                   Breaks     *breaks)
{
  gsize length = strlen (text);
  gsize from = 0;

  while (breaks != NULL && breaks->next < breaks->offsets->len)
    {
      gsize at = g_array_index (breaks->offsets, gsize, breaks->next);
      g_autofree char *piece = NULL;

      if (at >= offset + length)
        break;
      piece = g_strndup (text + from, at - offset - from);
      if (*piece != '\0')
        write_text_runs (wr, kind, piece);
      if (at > 0)
        write_engine_break (wr);
      from = at - offset;
      breaks->next++;
    }
  if (text[from] != '\0')
    write_text_runs (wr, kind, text + from);
}

/* A field reference: a content control tagged with the field name,
 * showing the value (or {{name}} while there is none), broken where the
 * engine broke the title at @breaks (nullable) past @offset. */
static void
write_field (Writer      *wr,
             const FyRun *run,
             FyRunKind    kind,
             gsize        offset,
             Breaks      *breaks)
{
  g_autofree char *value = fy_document_resolve_run (wr->document, run);
  g_autofree char *shown = NULL;
  g_autofree char *mark = fy_docx_field_bookmark (run->text, wr->next_sdt_id);

  if (value == NULL || *value == '\0')
    shown = g_strdup_printf ("{{%s}}", run->text);

  start (wr, "w:sdt");
  start (wr, "w:sdtPr");
  write_run_properties (wr, kind);
  element (wr, "w:alias", run->text);
  element (wr, "w:tag", run->text);
  element_int (wr, "w:id", 0x46590000 + wr->next_sdt_id);
  /* A rich-text control: LibreOffice 7.4 saves a plain-text one
   * (<w:text/>) as several, each with the whole value, so the colleague's
   * copy printed the meeting's name four times; nor <w:showingPlcHdr/>
   * for an empty field, which it writes twice. */
  end (wr);
  start (wr, "w:sdtContent");
  /* Writer saves the control's properties empty: the bookmark keeps the
   * field's name for the importer (fy_docx_field_bookmark()). */
  start (wr, "w:bookmarkStart");
  attr_int (wr, "w:id", wr->next_sdt_id);
  attr (wr, "w:name", mark);
  end (wr);
  write_broken_runs (wr, kind, shown != NULL ? shown : value, offset, breaks);
  start (wr, "w:bookmarkEnd");
  attr_int (wr, "w:id", wr->next_sdt_id);
  end (wr);
  end (wr);
  end (wr);
  wr->next_sdt_id++;
}

/* The runs of @block: those up to the last bold run before any plain text
 * form the lead (as fy_block_set_lead_and_text() makes them). */
void
fy_docx_writer_block_runs (Writer  *wr,
                           FyBlock *block)
{
  guint n_runs = fy_block_get_n_runs (block);
  guint lead_end = fy_block_get_lead_end (block);

  for (guint i = 0; i < n_runs; i++)
    {
      const FyRun *run = fy_block_get_run (block, i);
      FyRunKind kind = i < lead_end ? FY_RUN_BOLD : FY_RUN_TEXT;

      if (run->kind == FY_RUN_EMPHASIS || run->kind == FY_RUN_MARKUP)
        kind = run->kind;

      if (run->kind == FY_RUN_FIELD)
        write_field (wr, run, kind, 0, NULL);
      else
        write_text_runs (wr, kind, run->text);
    }
}

/* The engine's number, in a run of its own style, so that the importer
 * tells it from an ordinal the author wrote. */
void
fy_docx_writer_number_run (Writer     *wr,
                           const char *number)
{
  start (wr, "w:r");
  start (wr, "w:rPr");
  element (wr, "w:rStyle", FY_DOCX_NUMBER_STYLE_ID);
  end (wr);
  start (wr, "w:t");
  attr (wr, "xml:space", "preserve");
  xmlTextWriterWriteString (wr->w, BAD_CAST number);
  end (wr);
  end (wr);
}

/* @pos, or past the white space (not a newline) that starts there. */
static gsize
skip_spaces (const char *text,
             gsize       pos)
{
  while (text[pos] != '\0' && text[pos] != '\n' && g_unichar_isspace (g_utf8_get_char (text + pos)))
    pos = g_utf8_next_char (text + pos) - text;

  return pos;
}

/* The line breaks Fayan's engine chose in the title @text of @block,
 * found by laying the title out alone, as byte offsets into @text (after
 * the white space a line ends with); a break written in the text is not
 * one of them.  Empty when the printed lines are not read back as @text. */
static GArray *
find_title_breaks (Writer     *wr,
                   FyBlock    *block,
                   const char *text)
{
  GArray *breaks = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(FyDocument) alone = fy_document_new ();
  g_autoptr(FyBlock) copy = fy_block_copy (block);
  g_autoptr(FyTypesetter) typesetter = fy_typesetter_new (wr->style);
  g_autoptr(FyLayout) layout = NULL;
  gsize pos = 0;

  fy_document_append_block (alone, copy);
  /* the fields print their values, as in the speech */
  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    {
      const FyRun *run = fy_block_get_run (block, i);
      g_autofree char *value = NULL;

      if (run->kind != FY_RUN_FIELD)
        continue;
      value = fy_document_resolve_run (wr->document, run);
      fy_document_set_field_value (alone, run->text, value);
    }
  layout = fy_typesetter_layout (typesetter, alone, NULL, NULL);
  if (layout == NULL || fy_layout_get_n_pages (layout) == 0)
    return breaks;

  for (guint i = 0; i < fy_layout_get_n_lines (layout, 0) && text[pos] != '\0'; i++)
    {
      g_autofree char *line = fy_layout_dup_line_text (layout, 0, i);
      char *printed = line + skip_spaces (line, 0);
      gsize length = strlen (printed);

      while (length > 0 && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (printed + length))))
        length = g_utf8_prev_char (printed + length) - printed;
      pos = skip_spaces (text, pos);
      if (strncmp (text + pos, printed, length) != 0)
        {
          g_array_set_size (breaks, 0);
          break;
        }
      pos = skip_spaces (text, pos + length);
      if (text[pos] == '\n')
        pos++;
      else if (text[pos] != '\0')
        g_array_append_val (breaks, pos);
    }

  return breaks;
}

/* A title, subtitle or speaker line with the engine's line breaks, each
 * a <w:br/> in a run of the break style (inside a field's content
 * control where the break falls in its value): Fayan breaks these
 * centred lines evenly, between phrases (…常务副县长、|县应急管理委员会
 * 主任　张三丰, 农村生活污水治理工作调研|座谈会), where Word and
 * LibreOffice would fill the first line (…调研座|谈会).  FALSE for any
 * other block, and for a line with an empty field. */
static gboolean
write_title_runs (Writer  *wr,
                  FyBlock *block)
{
  FyBlockRole role = fy_block_get_role (block);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) offsets = NULL;
  Breaks breaks = { NULL, 0 };

  if ((role != FY_BLOCK_ROLE_TITLE && role != FY_BLOCK_ROLE_SUBTITLE && role != FY_BLOCK_ROLE_SPEAKER) ||
      fy_block_get_n_runs (block) == 0)
    return FALSE;
  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    {
      const FyRun *run = fy_block_get_run (block, i);
      char *piece = run->kind == FY_RUN_FIELD ? fy_document_resolve_run (wr->document, run)
                                              : g_strdup (run->text);

      g_ptr_array_add (pieces, piece);
      if ((run->kind != FY_RUN_TEXT && run->kind != FY_RUN_FIELD) || piece == NULL || *piece == '\0')
        return FALSE;
      g_string_append (text, piece);
    }

  offsets = find_title_breaks (wr, block, text->str);
  if (offsets->len == 0)
    return FALSE;

  breaks.offsets = offsets;
  for (guint i = 0, offset = 0; i < pieces->len; i++)
    {
      const FyRun *run = fy_block_get_run (block, i);
      const char *piece = g_ptr_array_index (pieces, i);

      /* a break between two runs goes before the second */
      if (breaks.next < offsets->len && g_array_index (offsets, gsize, breaks.next) == offset)
        {
          write_engine_break (wr);
          breaks.next++;
        }
      if (run->kind == FY_RUN_FIELD)
        write_field (wr, run, FY_RUN_TEXT, offset, &breaks);
      else
        write_broken_runs (wr, FY_RUN_TEXT, piece, offset, &breaks);
      offset += strlen (piece);
    }

  return TRUE;
}

/* Width of @text in 字: Han characters and full-width marks take one
 * cell, everything else half of one. */
double
fy_docx_text_width_in_chars (const char *text)
{
  double width = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      width += g_unichar_iswide (c) || g_unichar_iswide_cjk (c) ? 1.0 : 0.5;
    }

  return width;
}

static FyBlockRole
role_at (Writer *wr,
         guint   position)
{
  return fy_block_get_role (fy_document_get_block (wr->document, position));
}

/* The front blocks (title, issue number, subtitle…) stand close together
 * in print, no gap between them (fy-typesetter.c); Word would add the
 * title's space after above the issue number.  A 发文字号 above the
 * title has a blank line under it. */
void
fy_docx_writer_front_spacing (Writer *wr,
                              guint   position)
{
  guint n = fy_document_get_n_blocks (wr->document);
  gboolean front = fy_block_role_is_front (role_at (wr, position));
  gboolean after_front = front && position > 0 && fy_block_role_is_front (role_at (wr, position - 1));
  gboolean before_front = front && position + 1 < n && fy_block_role_is_front (role_at (wr, position + 1));
  gboolean above_title = before_front && role_at (wr, position) == FY_BLOCK_ROLE_ISSUE_NUMBER &&
                         role_at (wr, position + 1) == FY_BLOCK_ROLE_TITLE;
  long pitch = (long) floor (fy_style_get_type_height (wr->style) * FY_DOCX_TWIPS_PER_POINT /
                             fy_style_get_lines_per_page (wr->style));

  if (!after_front && !before_front)
    return;
  start (wr, "w:spacing");
  if (after_front)
    {
      attr_int (wr, "w:before", 0);
      attr_int (wr, "w:beforeLines", 0);
    }
  if (before_front)
    {
      attr_int (wr, "w:after", above_title ? pitch : 0);
      attr_int (wr, "w:afterLines", above_title ? 100 : 0);
    }
  end (wr);
}

static void
write_paragraph (Writer     *wr,
                 guint       position,
                 const char *style_id,
                 double      right_indent_chars,
                 const char *number)
{
  FyBlock *block = fy_document_get_block (wr->document, position);

  if (fy_docx_notice_is_list_caption (wr, position, number))
    style_id = FY_DOCX_LIST_CAPTION_STYLE_ID;
  start (wr, "w:p");
  start (wr, "w:pPr");
  element (wr, "w:pStyle", style_id);
  /* an attached document on a page of its own (GB/T 9704 §8) */
  if (fy_docx_notice_keeps_with_next (wr, position))
    element (wr, "w:keepNext", NULL);
  if (fy_docx_notice_starts_page (wr, position))
    element (wr, "w:pageBreakBefore", NULL);
  fy_docx_writer_front_spacing (wr, position);
  if (right_indent_chars >= 0)
    {
      double size = fy_style_get_role (wr->style, FY_STYLE_ROLE_SIGNATURE)->size;

      start (wr, "w:ind");
      attr_int (wr, "w:right", lround (right_indent_chars * size * FY_DOCX_TWIPS_PER_POINT));
      attr_int (wr, "w:rightChars", lround (right_indent_chars * 100));
      end (wr);
      /* a closing date with no signature: its style is the centred date's */
      if (!g_str_equal (style_id, FY_DOCX_SIGNED_DATE_STYLE_ID))
        element (wr, "w:jc", "right");
    }
  else
    fy_docx_notice_contents_layout (wr, position, number);
  end (wr);

  if (number != NULL)
    fy_docx_writer_number_run (wr, number);
  if (!write_title_runs (wr, block))
    fy_docx_writer_block_runs (wr, block);
  end (wr);
}

/* word/document.xml */

void
fy_docx_writer_border (Writer     *wr,
                       const char *side,
                       int         eighths)
{
  start (wr, side);
  attr (wr, "w:val", "single");
  attr_int (wr, "w:sz", eighths);
  attr_int (wr, "w:space", 0);
  attr (wr, "w:color", "000000");
  end (wr);
}

/* w:tblCellMar: @padding twips left and right of each cell's text */
static void
write_cell_margins (Writer *wr,
                    long    padding)
{
  static const char * const sides[] = { "w:left", "w:right" };

  start (wr, "w:tblCellMar");
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      start (wr, sides[i]);
      attr_int (wr, "w:w", padding);
      attr (wr, "w:type", "dxa");
      end (wr);
    }
  end (wr);
}

/* Opens a w:tbl @width twips wide, centred, with a 1 pt frame and ½ pt
 * rules inside (as Fayan prints them), fixed columns of @widths and
 * @padding twips between a rule and a cell's text (0: Word's own). */
static void
write_table_start (Writer     *wr,
                   long        width,
                   const long *widths,
                   guint       n_columns,
                   long        padding)
{
  start (wr, "w:tbl");
  start (wr, "w:tblPr");
  start (wr, "w:tblW");
  attr_int (wr, "w:w", width);
  attr (wr, "w:type", "dxa");
  end (wr);
  element (wr, "w:jc", "center");
  start (wr, "w:tblBorders");
  fy_docx_writer_border (wr, "w:top", 8);
  fy_docx_writer_border (wr, "w:left", 8);
  fy_docx_writer_border (wr, "w:bottom", 8);
  fy_docx_writer_border (wr, "w:right", 8);
  fy_docx_writer_border (wr, "w:insideH", 4);
  fy_docx_writer_border (wr, "w:insideV", 4);
  end (wr);
  start (wr, "w:tblLayout");
  attr (wr, "w:type", "fixed");
  end (wr);
  /* Fayan's room between a rule and the text, not Word's 0.19 cm */
  if (padding > 0)
    write_cell_margins (wr, padding);
  end (wr);

  start (wr, "w:tblGrid");
  for (guint c = 0; c < n_columns; c++)
    {
      start (wr, "w:gridCol");
      attr_int (wr, "w:w", widths[c]);
      end (wr);
    }
  end (wr);
}

/* A column of up to this many characters keeps its width when the
 * table must be squeezed: a 县区 name, a figure */
#define TABLE_SHORT_COLUMN 6

/* The columns' widths in twips across @type_width, from the cells'
 * printed @texts (@n_rows × @n_columns, row by row): each as wide as its
 * longest cell (up to 12 characters of @cell twips, then it wraps) and
 * @padding on both sides, what is left shared in proportion.  When they
 * do not fit, the short columns keep their width, so that Word breaks
 * no name of a place in two, and the long ones share the rest; but only
 * while the short ones take less than half the width. */
static void
table_column_widths (const char * const *texts,
                     guint               n_rows,
                     guint               n_columns,
                     long                type_width,
                     long                cell,
                     long                padding,
                     long               *widths)
{
  g_autofree double *chars = g_new0 (double, n_columns);
  double total = 0, kept = 0;

  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_columns; c++)
      chars[c] = MAX (chars[c], MIN (fy_docx_text_width_in_chars (texts[r * n_columns + c]), 12));
  for (guint c = 0; c < n_columns; c++)
    {
      double need = chars[c] * cell + 2 * padding;

      total += need;
      if (chars[c] <= TABLE_SHORT_COLUMN)
        kept += need;
    }
  for (guint c = 0; c < n_columns; c++)
    {
      double need = chars[c] * cell + 2 * padding;

      if (total > type_width && kept < type_width / 2.0)
        widths[c] = lround (chars[c] <= TABLE_SHORT_COLUMN
                            ? need : need * (type_width - kept) / (total - kept));
      else
        widths[c] = lround (need * type_width / total);
    }
}

/* Which columns hold figures in the cells' printed @texts, set flush
 * right as Fayan prints them (a field's value, not its name, decides) */
static gboolean *
table_figure_columns (const char * const *texts,
                      guint               n_rows,
                      guint               n_columns,
                      gboolean            header)
{
  gboolean *figures = g_new0 (gboolean, n_columns);
  g_autofree const char **column = g_new0 (const char *, n_rows + 1);

  for (guint c = 0; c < n_columns; c++)
    {
      guint n = 0;

      for (guint r = header ? 1 : 0; r < n_rows; r++)
        column[n++] = texts[r * n_columns + c];
      figures[c] = fy_table_layout_is_figures (column, n);
    }
  return figures;
}

/* A table block as a real w:tbl across the type width: a 1 pt frame and
 * ½ pt rules inside (as Fayan prints them), columns as wide as their
 * content asks for, figures flush right, rows that do not split across
 * pages, and the header row marked to repeat on each page. */
static void
write_table (Writer *wr,
             guint   position)
{
  FyBlock *block = fy_document_get_block (wr->document, position);
  g_autoptr(GPtrArray) cells = NULL;
  g_auto(GStrv) texts = NULL;
  guint n_rows = 0;
  guint n_columns = 0;
  long type_width = lround (fy_style_get_type_width (wr->style) * FY_DOCX_TWIPS_PER_POINT);
  long cell = lround (fy_style_get_role (wr->style, FY_STYLE_ROLE_TABLE)->size * FY_DOCX_TWIPS_PER_POINT);
  long padding = lround (cell * 0.2);
  g_autofree long *widths = NULL;
  g_autofree gboolean *figures = NULL;

  cells = fy_table_split_cells (block, &n_rows, &n_columns);
  texts = g_new0 (char *, cells->len + 1);
  for (guint i = 0; i < cells->len; i++)   /* as printed: a field's value */
    texts[i] = fy_document_dup_printed_text (wr->document, g_ptr_array_index (cells, i));
  widths = g_new0 (long, n_columns);
  table_column_widths ((const char * const *) texts, n_rows, n_columns, type_width, cell, padding, widths);
  figures = table_figure_columns ((const char * const *) texts, n_rows, n_columns,
                                  fy_block_get_table_header (block));

  write_table_start (wr, type_width, widths, n_columns, padding);

  for (guint r = 0; r < n_rows; r++)
    {
      gboolean header = r == 0 && fy_block_get_table_header (block);

      start (wr, "w:tr");
      start (wr, "w:trPr");
      element (wr, "w:cantSplit", NULL);
      if (header)
        element (wr, "w:tblHeader", NULL);
      end (wr);
      for (guint c = 0; c < n_columns; c++)
        {
          start (wr, "w:tc");
          start (wr, "w:tcPr");
          start (wr, "w:tcW");
          attr_int (wr, "w:w", widths[c]);
          attr (wr, "w:type", "dxa");
          end (wr);
          start (wr, "w:vAlign");
          attr (wr, "w:val", "center");
          end (wr);
          end (wr);
          start (wr, "w:p");
          start (wr, "w:pPr");
          element (wr, "w:pStyle", header ? "FayanTableHeader" : "FayanTable");
          if (figures[c])
            element (wr, "w:jc", "right");
          end (wr);
          fy_docx_writer_block_runs (wr, g_ptr_array_index (cells, r * n_columns + c));
          end (wr);
          end (wr);
        }
      end (wr);
    }
  end (wr);
}

static void
write_section (Writer *wr)
{
  double page_w = fy_style_get_page_width (wr->style);
  double page_h = fy_style_get_page_height (wr->style);
  double top = fy_style_get_margin_top (wr->style);
  double left = fy_style_get_margin_left (wr->style);
  double type_w = fy_style_get_type_width (wr->style);
  double type_h = fy_style_get_type_height (wr->style);
  const FyRoleStyle *number = fy_style_get_role (wr->style, FY_STYLE_ROLE_PAGE_NUMBER);
  double bottom = page_h - top - type_h;
  /* Word counts lines per page as the type height over the pitch, so the
   * pitch is rounded down: 28.95 pt for 22 lines on 225 mm. */
  long pitch = (long) floor (type_h * FY_DOCX_TWIPS_PER_POINT / fy_style_get_lines_per_page (wr->style));
  double footer;

  if (wr->landscape)
    {
      /* As the PDF 对照表 turns it: the speech's side margin on top and
       * bottom, the smaller of its margins at the sides. */
      double side = MIN (top, left);

      top = bottom = left;
      page_w = fy_style_get_page_height (wr->style);
      page_h = fy_style_get_page_width (wr->style);
      left = side;
      type_w = page_w - 2 * side;
    }
  /* The footer distance runs from the page's foot to the bottom of the
   * footer's line.  The top of the dashes lies the offset below the type
   * area, as Fayan prints it: the baseline 0.35 em under that (the dash
   * of the CJK faces), and the line's bottom under the baseline by the
   * descent of its face, about 0.25 em (0.14 SimSun, 0.29 Noto CJK). */
  footer = bottom - fy_style_get_page_number_offset (wr->style) - number->size * (0.35 + 0.25);

  start (wr, "w:sectPr");
  if (wr->page_numbers)
    {
      start (wr, "w:footerReference");
      attr (wr, "w:type", "default");
      attr (wr, "r:id", "rIdFooterOdd");
      end (wr);
      start (wr, "w:footerReference");
      attr (wr, "w:type", "even");
      attr (wr, "r:id", "rIdFooterEven");
      end (wr);
    }
  start (wr, "w:pgSz");
  attr_int (wr, "w:w", lround (page_w * FY_DOCX_TWIPS_PER_POINT));
  attr_int (wr, "w:h", lround (page_h * FY_DOCX_TWIPS_PER_POINT));
  if (wr->landscape)
    attr (wr, "w:orient", "landscape");
  end (wr);
  start (wr, "w:pgMar");
  attr_int (wr, "w:top", lround (top * FY_DOCX_TWIPS_PER_POINT));
  attr_int (wr, "w:right", lround ((page_w - left - type_w) * FY_DOCX_TWIPS_PER_POINT));
  attr_int (wr, "w:bottom", lround (bottom * FY_DOCX_TWIPS_PER_POINT));
  attr_int (wr, "w:left", lround (left * FY_DOCX_TWIPS_PER_POINT));
  attr_int (wr, "w:header", lround (top / 2 * FY_DOCX_TWIPS_PER_POINT));
  attr_int (wr, "w:footer", lround (MAX (footer, 0) * FY_DOCX_TWIPS_PER_POINT));
  attr_int (wr, "w:gutter", 0);
  end (wr);
  start (wr, "w:pgNumType");
  attr (wr, "w:start", "1");
  end (wr);
  start (wr, "w:cols");
  attr (wr, "w:space", "425");
  end (wr);
  if (!fy_style_get_page_number_on_first_page (wr->style))
    element (wr, "w:titlePg", NULL);
  /* A grid of lines only: the 28 characters come from the character
   * spacing (see write_styles()).  Word itself would write
   * type="linesAndChars" with charSpace="-840" (16 pt less 0.2 pt), but
   * LibreOffice 7.4 sets every 16 pt character that does not fit a
   * 15.8 pt cell over two cells, which halves the characters per line;
   * condensed spacing gives the same 28 characters in Word, WPS and
   * LibreOffice. */
  start (wr, "w:docGrid");
  attr (wr, "w:type", "lines");
  attr_int (wr, "w:linePitch", pitch);
  end (wr);
  end (wr);
}

/**
 * fy_docx_block_is_written:
 * @block: a block of the document exported
 *
 * Every block the PDF prints is a paragraph of the .docx: an empty one
 * too, the blank line an author left between two paragraphs (the
 * typesetter sets it as one grid line), but not an empty attachment
 * note, which prints nothing (is_empty_attachment() in fy-typesetter.c).
 *
 * Returns: whether @block is written
 */
gboolean
fy_docx_block_is_written (FyBlock *block)
{
  return !fy_block_is_empty (block) || fy_block_get_role (block) != FY_BLOCK_ROLE_ATTACHMENT;
}

static gboolean
write_document (Writer *wr,
                zip_t  *archive)
{
  FyHeadingCounter counter;
  FyBlockRole previous_role;
  guint n_blocks;
  double signature_right = -1;

  if (!fy_docx_writer_begin (wr, "w:document", NULL))
    return FALSE;
  attr (wr, "xmlns:w", FY_DOCX_NS_W);
  attr (wr, "xmlns:r", FY_DOCX_NS_R);
  start (wr, "w:body");
  if (wr->body != NULL)
    {
      wr->body (wr, wr->body_data);
      write_section (wr);
      end (wr);
      return fy_docx_writer_finish (wr, archive, "word/document.xml");
    }
  fy_heading_counter_init (&counter, fy_document_get_printed_numbering (wr->document));
  n_blocks = fy_document_get_n_blocks (wr->document);
  previous_role = FY_BLOCK_ROLE_PARAGRAPH;
  wr->source = fy_source_new (wr->document);

  for (guint i = 0; i < n_blocks; i++)
    {
      FyBlock *block = fy_document_get_block (wr->document, i);
      /* a note typed as body text is written as the note it prints */
      FyBlockRole role = fy_typesetter_typed_attachment (wr->source, i) != FY_TYPED_ATTACHMENT_NONE
                         ? FY_BLOCK_ROLE_ATTACHMENT : fy_block_get_role (block);
      const FyDocxStyle *style = fy_docx_style_for (role, fy_block_get_level (block));
      g_autofree char *number = NULL;
      const char *style_id = style->id;
      double right_indent = -1;

      if (!fy_docx_block_is_written (block))
        continue;
      if (fy_docx_write_notice_block (wr, i))
        {
          signature_right = -1;
          previous_role = role;
          continue;
        }

      if (role == FY_BLOCK_ROLE_TABLE)
        {
          write_table (wr, i);
          signature_right = -1;
          previous_role = role;
          continue;
        }

      if (role == FY_BLOCK_ROLE_HEADING)
        {
          g_autofree char *text = fy_document_dup_block_text (wr->document, i);

          number = fy_heading_counter_next (&counter, fy_block_get_level (block), text);
        }

      /* The 附件： the engine prints before a note that lacks it (not
       * before further names in a block of their own): Word shows it,
       * the importer drops it as it drops the engine's numbers. */
      if (role == FY_BLOCK_ROLE_ATTACHMENT && previous_role != FY_BLOCK_ROLE_ATTACHMENT)
        {
          g_autofree char *text = fy_document_dup_block_text (wr->document, i);

          if (!g_str_has_prefix (text, "附件"))
            number = g_strdup ("附件：");
        }
      if (role == FY_BLOCK_ROLE_ATTACHMENT &&
          fy_docx_write_attachment (wr, i, style_id, number, previous_role == FY_BLOCK_ROLE_ATTACHMENT))
        {
          signature_right = -1;
          previous_role = role;
          continue;
        }
      previous_role = role;

      if (role == FY_BLOCK_ROLE_SIGNATURE)
        {
          g_autofree char *text = fy_document_dup_block_text (wr->document, i);

          /* where the name starts, in 字 from the right edge */
          signature_right = fy_style_get_role (wr->style, FY_STYLE_ROLE_SIGNATURE)->indent +
                            fy_docx_text_width_in_chars (text);
        }
      else if (role == FY_BLOCK_ROLE_DATE_LINE && signature_right >= 0)
        {
          g_autofree char *text = fy_document_dup_block_text (wr->document, i);

          /* GB/T 9704 §7.3.5.2: the date starts 2 字 right of the name. */
          style_id = FY_DOCX_SIGNED_DATE_STYLE_ID;
          right_indent = MAX (0, signature_right - 2 - fy_docx_text_width_in_chars (text));
          signature_right = -1;
        }
      else if (role == FY_BLOCK_ROLE_DATE_LINE && i > 0 &&
               !fy_block_role_is_front (fy_block_get_role (fy_document_get_block (wr->document, i - 1))))
        {
          /* a closing date with no signature above it: 2 字 in from the
           * right, as the typesetter places it (place_signatures()) */
          right_indent = 2;
          signature_right = -1;
        }
      else
        signature_right = -1;

      write_paragraph (wr, i, style_id, right_indent, number);
    }
  g_clear_pointer (&wr->source, fy_source_unref);

  write_section (wr);
  end (wr);

  return fy_docx_writer_finish (wr, archive, "word/document.xml");
}

/* Package parts */

static void
write_relationship (Writer     *wr,
                    const char *id,
                    const char *type,
                    const char *target)
{
  start (wr, "Relationship");
  attr (wr, "Id", id);
  attr (wr, "Type", type);
  attr (wr, "Target", target);
  end (wr);
}

#define REL_BASE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

static gboolean
write_package_parts (Writer *wr,
                     zip_t  *archive)
{
  static const struct {
    const char *part;
    const char *type;
  } overrides[] = {
    { "/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" },
    { "/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" },
    { "/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" },
    { "/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" },
    { "/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" },
    { "/word/footer2.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" },
    { "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml" },
    { "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml" },
    { "/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml" },
  };
  gboolean footers = wr->page_numbers;

  if (!fy_docx_writer_begin (wr, "Types", "http://schemas.openxmlformats.org/package/2006/content-types"))
    return FALSE;
  start (wr, "Default");
  attr (wr, "Extension", "rels");
  attr (wr, "ContentType", "application/vnd.openxmlformats-package.relationships+xml");
  end (wr);
  start (wr, "Default");
  attr (wr, "Extension", "xml");
  attr (wr, "ContentType", "application/xml");
  end (wr);
  for (guint i = 0; i < G_N_ELEMENTS (overrides); i++)
    {
      if (!footers && strstr (overrides[i].part, "footer") != NULL)
        continue;
      start (wr, "Override");
      attr (wr, "PartName", overrides[i].part);
      attr (wr, "ContentType", overrides[i].type);
      end (wr);
    }
  if (!fy_docx_writer_finish (wr, archive, "[Content_Types].xml"))
    return FALSE;

  if (!fy_docx_writer_begin (wr, "Relationships", FY_DOCX_NS_REL))
    return FALSE;
  write_relationship (wr, "rId1", REL_BASE "officeDocument", "word/document.xml");
  write_relationship (wr, "rId2",
                      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                      "docProps/core.xml");
  write_relationship (wr, "rId3", REL_BASE "extended-properties", "docProps/app.xml");
  write_relationship (wr, "rId4", REL_BASE "custom-properties", "docProps/custom.xml");
  if (!fy_docx_writer_finish (wr, archive, "_rels/.rels"))
    return FALSE;

  if (!fy_docx_writer_begin (wr, "Relationships", FY_DOCX_NS_REL))
    return FALSE;
  write_relationship (wr, "rIdStyles", REL_BASE "styles", "styles.xml");
  write_relationship (wr, "rIdSettings", REL_BASE "settings", "settings.xml");
  write_relationship (wr, "rIdFontTable", REL_BASE "fontTable", "fontTable.xml");
  if (footers)
    {
      write_relationship (wr, "rIdFooterOdd", REL_BASE "footer", "footer1.xml");
      write_relationship (wr, "rIdFooterEven", REL_BASE "footer", "footer2.xml");
    }
  return fy_docx_writer_finish (wr, archive, "word/_rels/document.xml.rels");
}

/* docProps: title, author (the speaker), dates; custom properties for
 * what Word has no place for. */

static void
string_property (Writer     *wr,
                 guint      *pid,
                 const char *name,
                 const char *value)
{
  start (wr, "property");
  attr (wr, "fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}");
  attr_int (wr, "pid", (*pid)++);
  attr (wr, "name", name);
  text_element (wr, "vt:lpwstr", value);
  end (wr);
}

static gboolean
write_properties (Writer *wr,
                  zip_t  *archive)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *title = fy_document_dup_display_title (wr->document);
  g_auto(GStrv) names = fy_document_dup_field_names (wr->document);
  const char *speaker = fy_document_get_speaker (wr->document);
  const struct {
    const char *name;
    const char *value;
  } meta[] = {
    { "meeting", fy_document_get_meeting (wr->document) },
    { "organisation", fy_document_get_organisation (wr->document) },
    { "date", fy_document_get_date (wr->document) },
    { "style preset", fy_document_get_style_preset (wr->document) },
    { "template", fy_document_get_template_id (wr->document) },
    { "numbering", fy_numbering_mode_to_string (fy_document_get_numbering (wr->document)) },
    /* only when off: a copy without it prints them, as Fayan does */
    { "page numbers", fy_document_get_page_numbers (wr->document) ? NULL : "off" },
  };
  g_autofree char *digest = fy_document_dup_text_digest (wr->document);
  FyVersion *base = fy_comparison_find_version (wr->document, digest);
  guint pid = 2;

  if (!fy_docx_writer_begin (wr, "cp:coreProperties", NULL))
    return FALSE;
  attr (wr, "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  attr (wr, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
  attr (wr, "xmlns:dcterms", "http://purl.org/dc/terms/");
  attr (wr, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  text_element (wr, "dc:title", title);
  if (speaker != NULL && *speaker != '\0')
    text_element (wr, "dc:creator", speaker);
  start (wr, "dcterms:created");
  attr (wr, "xsi:type", "dcterms:W3CDTF");
  xmlTextWriterWriteString (wr->w, BAD_CAST stamp);
  end (wr);
  start (wr, "dcterms:modified");
  attr (wr, "xsi:type", "dcterms:W3CDTF");
  xmlTextWriterWriteString (wr->w, BAD_CAST stamp);
  end (wr);
  if (!fy_docx_writer_finish (wr, archive, "docProps/core.xml"))
    return FALSE;

  if (!fy_docx_writer_begin (wr, "Properties",
                     "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"))
    return FALSE;
  text_element (wr, "Application", "Fayan");
  if (!fy_docx_writer_finish (wr, archive, "docProps/app.xml"))
    return FALSE;

  if (!fy_docx_writer_begin (wr, "Properties",
                     "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"))
    return FALSE;
  attr (wr, "xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
  for (guint i = 0; i < G_N_ELEMENTS (meta) + g_strv_length (names); i++)
    {
      g_autofree char *name = NULL;
      const char *value;

      if (i < G_N_ELEMENTS (meta))
        {
          name = g_strconcat (FY_DOCX_PROP_META_PREFIX, meta[i].name, NULL);
          value = meta[i].value;
        }
      else
        {
          const char *field = names[i - G_N_ELEMENTS (meta)];

          name = g_strconcat (FY_DOCX_PROP_FIELD_PREFIX, field, NULL);
          value = fy_document_get_field_value (wr->document, field);
        }
      if (value != NULL)
        string_property (wr, &pid, name, value);
    }
  /* the text it was made from: a colleague's copy is reviewed against
   * that version of the draft (fy-comparison-merge.c) */
  string_property (wr, &pid, FY_DOCX_PROP_BASE_DIGEST, digest);
  if (base != NULL)
    string_property (wr, &pid, FY_DOCX_PROP_BASE_VERSION, fy_version_get_name (base));
  if (fy_document_get_time_limit (wr->document) > 0)
    {
      start (wr, "property");
      attr (wr, "fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}");
      attr_int (wr, "pid", pid++);
      attr (wr, "name", FY_DOCX_PROP_META_PREFIX "time limit");
      start (wr, "vt:i4");
      xmlTextWriterWriteFormatString (wr->w, "%u", fy_document_get_time_limit (wr->document));
      end (wr);
      end (wr);
    }
  return fy_docx_writer_finish (wr, archive, "docProps/custom.xml");
}

/* Reads the finished archive back out of its memory source. */
static GBytes *
source_to_bytes (zip_source_t *source)
{
  zip_int64_t size;
  guint8 *data;

  if (zip_source_open (source) < 0)
    return NULL;
  if (zip_source_seek (source, 0, SEEK_END) < 0 || (size = zip_source_tell (source)) < 0 ||
      zip_source_seek (source, 0, SEEK_SET) < 0)
    {
      zip_source_close (source);
      return NULL;
    }

  data = g_malloc (MAX (size, 1));
  if (zip_source_read (source, data, size) != size)
    {
      g_free (data);
      zip_source_close (source);
      return NULL;
    }
  zip_source_close (source);

  return g_bytes_new_take (data, size);
}

/* Every part of the package, in memory. */
static GBytes *
write_package (Writer  *wr,
               GError **error)
{
  zip_source_t *source;
  zip_t *archive;
  zip_error_t zerror;
  gboolean ok;
  GBytes *bytes;

  wr->page_numbers = fy_style_get_page_number_position (wr->style) != FY_PAGE_NUMBER_NONE &&
                     fy_document_get_page_numbers (wr->document);

  zip_error_init (&zerror);
  source = zip_source_buffer_create (NULL, 0, 0, &zerror);
  archive = source != NULL ? zip_open_from_source (source, ZIP_TRUNCATE, &zerror) : NULL;
  if (archive == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_WRITE, _("Cannot make the .docx file: %s"),
                   zip_error_strerror (&zerror));
      zip_error_fini (&zerror);
      if (source != NULL)
        zip_source_free (source);
      return NULL;
    }
  zip_error_fini (&zerror);
  /* keep the memory source alive after zip_close() to read it back */
  zip_source_keep (source);

  ok = write_package_parts (wr, archive) &&
       write_document (wr, archive) &&
       fy_docx_write_styles (wr, archive) &&
       fy_docx_write_settings (wr, archive) &&
       fy_docx_write_font_table (wr, archive) &&
       (!wr->page_numbers ||
        (fy_docx_write_footer (wr, archive, TRUE, "word/footer1.xml") &&
         fy_docx_write_footer (wr, archive, FALSE, "word/footer2.xml"))) &&
       write_properties (wr, archive);

  if (wr->w != NULL)
    xmlFreeTextWriter (wr->w);
  if (wr->buffer != NULL)
    xmlBufferFree (wr->buffer);

  if (!ok || zip_close (archive) < 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_WRITE, _("Cannot make the .docx file: %s"),
                   ok ? zip_strerror (archive) : g_strerror (ENOMEM));
      zip_discard (archive);
      zip_source_free (source);
      return NULL;
    }

  bytes = source_to_bytes (source);
  zip_source_free (source);
  if (bytes == NULL)
    g_set_error (error, FY_ERROR, FY_ERROR_WRITE, _("Cannot make the .docx file: %s"),
                 g_strerror (ENOMEM));

  return bytes;
}

/**
 * fy_docx_export_to_bytes:
 * @document: a #FyDocument
 * @error: return location for a #GError
 *
 * Writes @document as a Word document (Office Open XML) styled by its
 * style preset.  Empty blocks are left out.
 *
 * Returns: (transfer full): the .docx file, or %NULL with @error set
 */
GBytes *
fy_docx_export_to_bytes (FyDocument  *document,
                         GError     **error)
{
  g_autoptr(FyStyle) style = NULL;
  Writer wr = { 0 };

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  style = fy_style_new_from_preset (fy_document_get_style_preset (document), NULL);
  if (style == NULL)
    style = fy_style_new_from_preset (FY_DEFAULT_STYLE_PRESET, error);
  if (style == NULL)
    return NULL;

  wr.document = document;
  wr.style = style;
  return write_package (&wr, error);
}

/**
 * fy_docx_write_package:
 * @style: the page and the paragraph styles
 * @title: the document's title, for its properties
 * @landscape: turn the page
 * @body: writes the paragraphs and tables of the body
 * @data: for @body
 * @error: return location for a #GError
 *
 * A .docx file with the speech's page, styles and page numbers whose
 * body is what @body writes with the fy_docx_writer_*() functions.
 *
 * Returns: (transfer full): the .docx file, or %NULL with @error set
 */
GBytes *
fy_docx_write_package (FyStyle         *style,
                       const char      *title,
                       gboolean         landscape,
                       FyDocxBodyFunc   body,
                       gpointer         data,
                       GError         **error)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  Writer wr = { 0 };

  g_return_val_if_fail (FY_IS_STYLE (style), NULL);
  g_return_val_if_fail (body != NULL, NULL);

  fy_document_set_title (document, title);
  wr.document = document;
  wr.style = style;
  wr.landscape = landscape;
  wr.body = body;
  wr.body_data = data;
  return write_package (&wr, error);
}

/* For body writers: the helpers above. */

void
fy_docx_writer_start (FyDocxWriter *wr,
                      const char   *name)
{
  start (wr, name);
}

void
fy_docx_writer_end (FyDocxWriter *wr)
{
  end (wr);
}

void
fy_docx_writer_attr (FyDocxWriter *wr,
                     const char   *name,
                     const char   *value)
{
  attr (wr, name, value);
}

void
fy_docx_writer_attr_int (FyDocxWriter *wr,
                         const char   *name,
                         long          value)
{
  attr_int (wr, name, value);
}

void
fy_docx_writer_element (FyDocxWriter *wr,
                        const char   *name,
                        const char   *value)
{
  element (wr, name, value);
}

void
fy_docx_writer_element_int (FyDocxWriter *wr,
                            const char   *name,
                            long          value)
{
  element_int (wr, name, value);
}

void
fy_docx_writer_table_start (FyDocxWriter *wr,
                            long          width,
                            const long   *widths,
                            guint         n_columns)
{
  write_table_start (wr, width, widths, n_columns, 0);
}

void
fy_docx_writer_text (FyDocxWriter *wr,
                     const char   *text)
{
  write_text (wr, text);
}

/**
 * fy_docx_export_file:
 * @document: a #FyDocument
 * @file: the .docx file to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @document as a Word document, atomically: a failed export
 * leaves an existing file as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
fy_docx_export_file (FyDocument    *document,
                     GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = fy_docx_export_to_bytes (document, error);
  if (bytes == NULL)
    return FALSE;

  return fy_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   cancellable, error);
}

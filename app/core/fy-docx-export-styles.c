/* fy-docx-export-styles.c — the parts of an exported .docx that carry the style
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-docx"

#include "config.h"

#include <math.h>

#include "fy-docx-export-private.h"
#include "fy-fonts.h"

/*
 * The document's style preset as Word and WPS read it: named paragraph
 * styles (word/styles.xml) with East Asian faces by their office names
 * and Times New Roman for Latin, every line exactly one grid line; the
 * page numbers "— 1 —" as odd and even footers; and the settings that
 * keep full-width marks uncompressed where the preset does.
 */

#define LATIN_FONT "Times New Roman"

static const FyDocxStyle styles[] = {
  { "Title",              "Title",                FY_BLOCK_ROLE_TITLE,      0, FY_STYLE_ROLE_TITLE },
  { "Subtitle",           "Subtitle",             FY_BLOCK_ROLE_SUBTITLE,   0, FY_STYLE_ROLE_SUBTITLE },
  { "FayanSpeaker",       "Fayan Speaker",        FY_BLOCK_ROLE_SPEAKER,    0, FY_STYLE_ROLE_SPEAKER },
  { "FayanDate",          "Fayan Date",           FY_BLOCK_ROLE_DATE_LINE,  0, FY_STYLE_ROLE_DATE },
  { "FayanIssueNumber",   "Fayan Issue Number",   FY_BLOCK_ROLE_ISSUE_NUMBER, 0, FY_STYLE_ROLE_ISSUE_NUMBER },
  { "FayanSalutation",    "Fayan Salutation",     FY_BLOCK_ROLE_SALUTATION, 0, FY_STYLE_ROLE_SALUTATION },
  { "Heading1",           "heading 1",            FY_BLOCK_ROLE_HEADING,    1, FY_STYLE_ROLE_HEADING_1 },
  { "Heading2",           "heading 2",            FY_BLOCK_ROLE_HEADING,    2, FY_STYLE_ROLE_HEADING_2 },
  { "Heading3",           "heading 3",            FY_BLOCK_ROLE_HEADING,    3, FY_STYLE_ROLE_HEADING_3 },
  { "Heading4",           "heading 4",            FY_BLOCK_ROLE_HEADING,    4, FY_STYLE_ROLE_HEADING_4 },
  { "FayanBody",          "Fayan Body",           FY_BLOCK_ROLE_PARAGRAPH,  0, FY_STYLE_ROLE_BODY },
  { "FayanClosing",       "Fayan Closing",        FY_BLOCK_ROLE_CLOSING,    0, FY_STYLE_ROLE_CLOSING },
  { "FayanSignature",     "Fayan Signature",      FY_BLOCK_ROLE_SIGNATURE,  0, FY_STYLE_ROLE_SIGNATURE },
  { "FayanSignatureDate", "Fayan Signature Date", FY_BLOCK_ROLE_DATE_LINE,  0, FY_STYLE_ROLE_SIGNATURE },
  { "FayanAttachment",    "Fayan Attachment",     FY_BLOCK_ROLE_ATTACHMENT, 0, FY_STYLE_ROLE_ATTACHMENT },
  /* a note's further names, each a paragraph (fy-docx-export-notice.c):
   * no gap above, and the importer joins them to the note again */
  { FY_DOCX_ATTACHMENT_LINE_STYLE_ID, "Fayan Attachment Line", FY_BLOCK_ROLE_ATTACHMENT, 1, FY_STYLE_ROLE_ATTACHMENT },
  /* a list's caption in the body (fy_typesetter_is_list_caption()) typed
   * as a body line: the PDF sets it centred in heading 1's face */
  { FY_DOCX_LIST_CAPTION_STYLE_ID, "Fayan List Caption", FY_BLOCK_ROLE_PARAGRAPH, 2, FY_STYLE_ROLE_HEADING_1 },
  /* the 版记 (fy-docx-export-notice.c): paragraphs as the importer reads them */
  { "FayanImprint",       "Fayan Imprint",        FY_BLOCK_ROLE_PARAGRAPH,  1, FY_STYLE_ROLE_IMPRINT },
  { "FayanTable",         "Fayan Table",          FY_BLOCK_ROLE_TABLE,      0, FY_STYLE_ROLE_TABLE },
  { "FayanTableHeader",   "Fayan Table Header",   FY_BLOCK_ROLE_TABLE,      1, FY_STYLE_ROLE_TABLE_HEADER },
};

/**
 * fy_docx_get_styles:
 * @n_styles: (out): the number of styles
 *
 * Returns: (transfer none): the paragraph styles the exporter writes
 */
const FyDocxStyle *
fy_docx_get_styles (guint *n_styles)
{
  *n_styles = G_N_ELEMENTS (styles);
  return styles;
}

/**
 * fy_docx_style_for:
 * @role: a block role
 * @level: the heading level, for headings
 *
 * Returns: (transfer none): the paragraph style of a block
 */
const FyDocxStyle *
fy_docx_style_for (FyBlockRole role,
                   guint       level)
{
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (styles[i].role == role &&
        (role != FY_BLOCK_ROLE_HEADING || styles[i].level == CLAMP (level, 1, FY_HEADING_MAX_LEVEL)))
      return &styles[i];

  /* every role has its style; any other value reads as body text */
  return fy_docx_style_for (FY_BLOCK_ROLE_PARAGRAPH, 0);
}

/* FNV-1a, 32 bits: the same in every build, as a file needs it. */
static guint32
field_hash (const char *field)
{
  guint32 hash = 2166136261u;

  for (const guchar *p = (const guchar *) field; *p; p++)
    hash = (hash ^ *p) * 16777619u;

  return hash;
}

/**
 * fy_docx_field_bookmark:
 * @field: a field's name
 * @id: the bookmark's number, unique in the file
 *
 * A field reference's text lies in a bookmark as well as in its content
 * control: LibreOffice 7.4 saves a control with its properties (tag and
 * alias) empty, but keeps bookmarks with their names, so the importer
 * knows the field again after a colleague's Writer has saved the file.
 * The name is short ASCII, hidden in Word by its leading underscore:
 * "_Fy", the field name's hash in hex, "_" and @id.
 *
 * Returns: (transfer full): the bookmark's name
 */
char *
fy_docx_field_bookmark (const char *field,
                        guint       id)
{
  return g_strdup_printf ("_Fy%08x_%u", field_hash (field), id);
}

/**
 * fy_docx_field_bookmark_is:
 * @bookmark: (nullable): a bookmark's name
 * @field: a field's name
 *
 * Returns: whether @bookmark is one fy_docx_field_bookmark() made for @field
 */
gboolean
fy_docx_field_bookmark_is (const char *bookmark,
                           const char *field)
{
  g_autofree char *prefix = g_strdup_printf ("_Fy%08x_", field_hash (field));

  return bookmark != NULL && g_str_has_prefix (bookmark, prefix);
}

/**
 * fy_docx_char_spacing:
 * @wr: the writer
 *
 * Returns: the spacing every character has (docDefaults), in twips: 16 pt
 *   characters condensed to the grid's 15.79 pt pitch, rounded towards
 *   tighter so that the 28th character still fits; 0 where they fit
 */
long
fy_docx_char_spacing (FyDocxWriter *wr)
{
  const FyRoleStyle *body = fy_style_get_role (wr->style, FY_STYLE_ROLE_BODY);

  return MIN (0, (long) floor ((fy_style_get_char_pitch (wr->style) - body->size) * FY_DOCX_TWIPS_PER_POINT));
}

/* word/styles.xml */

static const char *
align_name (FyAlign align)
{
  switch (align)
    {
    case FY_ALIGN_LEFT:
      return "left";
    case FY_ALIGN_CENTER:
      return "center";
    case FY_ALIGN_RIGHT:
      return "right";
    case FY_ALIGN_JUSTIFY:
    default:
      return "both";
    }
}

static void
write_fonts (FyDocxWriter     *wr,
             FyFontRole  role)
{
  const char *face = fy_font_role_get_preferences (role)[0];

  fy_docx_writer_start (wr, "w:rFonts");
  fy_docx_writer_attr (wr, "w:ascii", LATIN_FONT);
  fy_docx_writer_attr (wr, "w:hAnsi", LATIN_FONT);
  fy_docx_writer_attr (wr, "w:eastAsia", face);
  fy_docx_writer_attr (wr, "w:cs", LATIN_FONT);
  fy_docx_writer_end (wr);
}

static void
write_size (FyDocxWriter *wr,
            double  points)
{
  fy_docx_writer_element_int (wr, "w:sz", lround (points * 2));
  fy_docx_writer_element_int (wr, "w:szCs", lround (points * 2));
}

static void
write_paragraph_style (FyDocxWriter            *wr,
                       const FyDocxStyle *ds)
{
  const FyRoleStyle *rs = fy_style_get_role (wr->style, ds->style_role);
  long pitch = (long) floor (fy_style_get_type_height (wr->style) * FY_DOCX_TWIPS_PER_POINT /
                             fy_style_get_lines_per_page (wr->style));
  long indent = lround (rs->indent * 100);
  long indent_twips = lround (rs->indent * rs->size * FY_DOCX_TWIPS_PER_POINT);
  FyAlign align = rs->align;
  gboolean signed_date = ds->role == FY_BLOCK_ROLE_DATE_LINE && ds->style_role == FY_STYLE_ROLE_SIGNATURE;
  gboolean caption = g_str_equal (ds->id, FY_DOCX_LIST_CAPTION_STYLE_ID);

  if (signed_date || caption)
    indent = indent_twips = 0;
  if (caption)
    align = FY_ALIGN_CENTER;

  fy_docx_writer_start (wr, "w:style");
  fy_docx_writer_attr (wr, "w:type", "paragraph");
  fy_docx_writer_attr (wr, "w:styleId", ds->id);
  fy_docx_writer_element (wr, "w:name", ds->name);
  fy_docx_writer_element (wr, "w:basedOn", "Normal");
  fy_docx_writer_element (wr, "w:next",
                          ds->role == FY_BLOCK_ROLE_HEADING || ds->role == FY_BLOCK_ROLE_PARAGRAPH
                          ? "FayanBody" : ds->id);
  if (ds->role == FY_BLOCK_ROLE_HEADING)
    fy_docx_writer_element_int (wr, "w:uiPriority", 9);
  fy_docx_writer_element (wr, "w:qFormat", NULL);

  fy_docx_writer_start (wr, "w:pPr");
  /* the signature with its date, as Fayan keeps them on one page */
  if (ds->role == FY_BLOCK_ROLE_HEADING || ds->role == FY_BLOCK_ROLE_TITLE ||
      ds->role == FY_BLOCK_ROLE_SUBTITLE || ds->role == FY_BLOCK_ROLE_SPEAKER ||
      ds->role == FY_BLOCK_ROLE_ISSUE_NUMBER || ds->role == FY_BLOCK_ROLE_SIGNATURE || caption)
    fy_docx_writer_element (wr, "w:keepNext", NULL);
  /* Type larger than the body's (the 二号 title) is taller than a line
   * of the grid: LibreOffice then gave each of its lines two grid lines,
   * and page 1 ended lines early.  Off the grid, the exact line spacing
   * of the defaults sets it one grid line a line, as Fayan does. */
  if (rs->size > fy_style_get_role (wr->style, FY_STYLE_ROLE_BODY)->size)
    fy_docx_writer_element (wr, "w:snapToGrid", "0");
  /* no gap above a note's further lines, nor above the date right under
   * its signature, as Fayan prints them (the signature's gap is above it) */
  if (signed_date || g_str_equal (ds->id, FY_DOCX_ATTACHMENT_LINE_STYLE_ID))
    {
      fy_docx_writer_start (wr, "w:spacing");
      fy_docx_writer_attr_int (wr, "w:before", 0);
      fy_docx_writer_attr_int (wr, "w:beforeLines", 0);
      fy_docx_writer_end (wr);
    }
  else if (rs->lines_before > 0 || rs->lines_after > 0)
    {
      fy_docx_writer_start (wr, "w:spacing");
      if (rs->lines_before > 0)
        {
          fy_docx_writer_attr_int (wr, "w:before", pitch * rs->lines_before);
          fy_docx_writer_attr_int (wr, "w:beforeLines", 100 * rs->lines_before);
        }
      if (rs->lines_after > 0)
        {
          fy_docx_writer_attr_int (wr, "w:after", pitch * rs->lines_after);
          fy_docx_writer_attr_int (wr, "w:afterLines", 100 * rs->lines_after);
        }
      fy_docx_writer_end (wr);
    }
  if (indent > 0 && (align == FY_ALIGN_RIGHT || ds->role == FY_BLOCK_ROLE_SIGNATURE))
    {
      fy_docx_writer_start (wr, "w:ind");
      fy_docx_writer_attr_int (wr, "w:right", indent_twips);
      fy_docx_writer_attr_int (wr, "w:rightChars", indent);
      fy_docx_writer_end (wr);
    }
  else if (indent > 0 && align != FY_ALIGN_CENTER)
    {
      fy_docx_writer_start (wr, "w:ind");
      fy_docx_writer_attr_int (wr, "w:firstLine", indent_twips);
      fy_docx_writer_attr_int (wr, "w:firstLineChars", indent);
      fy_docx_writer_end (wr);
    }
  if (signed_date)
    align = FY_ALIGN_RIGHT;
  fy_docx_writer_element (wr, "w:jc", align_name (align));
  if (ds->role == FY_BLOCK_ROLE_HEADING)
    fy_docx_writer_element_int (wr, "w:outlineLvl", ds->level - 1);
  fy_docx_writer_end (wr);

  fy_docx_writer_start (wr, "w:rPr");
  write_fonts (wr, rs->font_role);
  if (rs->bold)
    {
      fy_docx_writer_element (wr, "w:b", NULL);
      fy_docx_writer_element (wr, "w:bCs", NULL);
    }
  write_size (wr, rs->size);
  fy_docx_writer_end (wr);

  fy_docx_writer_end (wr);
}

gboolean
fy_docx_write_styles (FyDocxWriter *wr,
              zip_t  *archive)
{
  const FyRoleStyle *body = fy_style_get_role (wr->style, FY_STYLE_ROLE_BODY);
  const FyRoleStyle *lead = fy_style_get_role (wr->style, FY_STYLE_ROLE_BOLD_LEAD);
  long pitch = (long) floor (fy_style_get_type_height (wr->style) * FY_DOCX_TWIPS_PER_POINT /
                             fy_style_get_lines_per_page (wr->style));
  long spacing = fy_docx_char_spacing (wr);

  if (!fy_docx_writer_begin (wr, "w:styles", NULL))
    return FALSE;
  fy_docx_writer_attr (wr, "xmlns:w", FY_DOCX_NS_W);

  fy_docx_writer_start (wr, "w:docDefaults");
  fy_docx_writer_start (wr, "w:rPrDefault");
  fy_docx_writer_start (wr, "w:rPr");
  write_fonts (wr, body->font_role);
  /* 16 pt characters on a 15.79 pt pitch: 28 to the line */
  if (spacing < 0)
    fy_docx_writer_element_int (wr, "w:spacing", spacing);
  write_size (wr, body->size);
  fy_docx_writer_start (wr, "w:lang");
  fy_docx_writer_attr (wr, "w:val", "en-US");
  fy_docx_writer_attr (wr, "w:eastAsia", "zh-CN");
  fy_docx_writer_attr (wr, "w:bidi", "ar-SA");
  fy_docx_writer_end (wr);
  fy_docx_writer_end (wr);
  fy_docx_writer_end (wr);
  fy_docx_writer_start (wr, "w:pPrDefault");
  fy_docx_writer_start (wr, "w:pPr");
  /* Punctuation may hang past the margin: Word's own default, said
   * aloud because LibreOffice (7.4) reads this setting the other way
   * round, and left to its default hangs a comma past a justified
   * line's end and prints nothing there. */
  fy_docx_writer_element (wr, "w:overflowPunct", "1");
  /* Every line exactly one grid line, as Fayan prints it: "single"
   * spacing would give a 22 pt title two grid lines in some faces. */
  fy_docx_writer_start (wr, "w:spacing");
  fy_docx_writer_attr_int (wr, "w:line", pitch);
  fy_docx_writer_attr (wr, "w:lineRule", "exact");
  fy_docx_writer_end (wr);
  fy_docx_writer_element (wr, "w:jc", "both");
  fy_docx_writer_end (wr);
  fy_docx_writer_end (wr);
  fy_docx_writer_end (wr);

  fy_docx_writer_start (wr, "w:style");
  fy_docx_writer_attr (wr, "w:type", "paragraph");
  fy_docx_writer_attr (wr, "w:default", "1");
  fy_docx_writer_attr (wr, "w:styleId", "Normal");
  fy_docx_writer_element (wr, "w:name", "Normal");
  fy_docx_writer_element (wr, "w:qFormat", NULL);
  fy_docx_writer_end (wr);

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    write_paragraph_style (wr, &styles[i]);

  fy_docx_writer_start (wr, "w:style");
  fy_docx_writer_attr (wr, "w:type", "paragraph");
  fy_docx_writer_attr (wr, "w:styleId", "Footer");
  fy_docx_writer_element (wr, "w:name", "footer");
  fy_docx_writer_element (wr, "w:basedOn", "Normal");
  fy_docx_writer_start (wr, "w:pPr");
  fy_docx_writer_element (wr, "w:snapToGrid", "0");
  fy_docx_writer_start (wr, "w:spacing");
  fy_docx_writer_attr (wr, "w:line", "240");
  fy_docx_writer_attr (wr, "w:lineRule", "auto");
  fy_docx_writer_end (wr);
  fy_docx_writer_end (wr);
  fy_docx_writer_end (wr);

  for (guint i = 0; i < 3; i++)
    {
      static const char * const ids[] = { FY_DOCX_NUMBER_STYLE_ID, FY_DOCX_BREAK_STYLE_ID, FY_DOCX_SPACING_STYLE_ID };
      static const char * const names[] = { FY_DOCX_NUMBER_STYLE_NAME, FY_DOCX_BREAK_STYLE_NAME, FY_DOCX_SPACING_STYLE_NAME };

      fy_docx_writer_start (wr, "w:style");
      fy_docx_writer_attr (wr, "w:type", "character");
      fy_docx_writer_attr (wr, "w:customStyle", "1");
      fy_docx_writer_attr (wr, "w:styleId", ids[i]);
      fy_docx_writer_element (wr, "w:name", names[i]);
      fy_docx_writer_end (wr);
    }

  fy_docx_writer_start (wr, "w:style");
  fy_docx_writer_attr (wr, "w:type", "character");
  fy_docx_writer_attr (wr, "w:customStyle", "1");
  fy_docx_writer_attr (wr, "w:styleId", FY_DOCX_LEAD_STYLE_ID);
  fy_docx_writer_element (wr, "w:name", FY_DOCX_LEAD_STYLE_NAME);
  fy_docx_writer_element (wr, "w:qFormat", NULL);
  fy_docx_writer_start (wr, "w:rPr");
  fy_docx_writer_start (wr, "w:rFonts");
  fy_docx_writer_attr (wr, "w:eastAsia", fy_font_role_get_preferences (lead->font_role)[0]);
  fy_docx_writer_end (wr);
  fy_docx_writer_element (wr, "w:b", NULL);
  fy_docx_writer_element (wr, "w:bCs", NULL);
  fy_docx_writer_end (wr);
  fy_docx_writer_end (wr);

  fy_docx_writer_end (wr);

  return fy_docx_writer_finish (wr, archive, "word/styles.xml");
}

/* word/footer1.xml (odd pages) and footer2.xml (even pages): "— 1 —" */

static void
write_footer_run (FyDocxWriter     *wr,
                  const char *text,
                  const char *field_char,
                  const char *instruction)
{
  const FyRoleStyle *rs = fy_style_get_role (wr->style, FY_STYLE_ROLE_PAGE_NUMBER);
  const char *face = fy_font_role_get_preferences (rs->font_role)[0];

  fy_docx_writer_start (wr, "w:r");
  fy_docx_writer_start (wr, "w:rPr");
  fy_docx_writer_start (wr, "w:rFonts");
  fy_docx_writer_attr (wr, "w:ascii", face);
  fy_docx_writer_attr (wr, "w:hAnsi", face);
  fy_docx_writer_attr (wr, "w:eastAsia", face);
  fy_docx_writer_attr (wr, "w:hint", "eastAsia");
  fy_docx_writer_end (wr);
  write_size (wr, rs->size);
  fy_docx_writer_end (wr);
  if (text != NULL)
    {
      fy_docx_writer_start (wr, "w:t");
      fy_docx_writer_attr (wr, "xml:space", "preserve");
      xmlTextWriterWriteString (wr->w, BAD_CAST text);
      fy_docx_writer_end (wr);
    }
  if (field_char != NULL)
    {
      fy_docx_writer_start (wr, "w:fldChar");
      fy_docx_writer_attr (wr, "w:fldCharType", field_char);
      fy_docx_writer_end (wr);
    }
  if (instruction != NULL)
    {
      fy_docx_writer_start (wr, "w:instrText");
      fy_docx_writer_attr (wr, "xml:space", "preserve");
      xmlTextWriterWriteString (wr->w, BAD_CAST instruction);
      fy_docx_writer_end (wr);
    }
  fy_docx_writer_end (wr);
}

gboolean
fy_docx_write_footer (FyDocxWriter     *wr,
              zip_t      *archive,
              gboolean    odd,
              const char *name)
{
  const FyRoleStyle *rs = fy_style_get_role (wr->style, FY_STYLE_ROLE_PAGE_NUMBER);
  double body_pitch = fy_style_get_char_pitch (wr->style);
  long inset = lround (rs->indent * body_pitch * FY_DOCX_TWIPS_PER_POINT);
  gboolean centred = fy_style_get_page_number_position (wr->style) == FY_PAGE_NUMBER_CENTER;

  if (!fy_docx_writer_begin (wr, "w:ftr", NULL))
    return FALSE;
  fy_docx_writer_attr (wr, "xmlns:w", FY_DOCX_NS_W);
  fy_docx_writer_attr (wr, "xmlns:r", FY_DOCX_NS_R);

  fy_docx_writer_start (wr, "w:p");
  fy_docx_writer_start (wr, "w:pPr");
  fy_docx_writer_element (wr, "w:pStyle", "Footer");
  if (!centred && inset > 0)
    {
      fy_docx_writer_start (wr, "w:ind");
      fy_docx_writer_attr_int (wr, odd ? "w:right" : "w:left", inset);
      fy_docx_writer_end (wr);
    }
  fy_docx_writer_element (wr, "w:jc", centred ? "center" : odd ? "right" : "left");
  fy_docx_writer_end (wr);
  write_footer_run (wr, "— ", NULL, NULL);
  write_footer_run (wr, NULL, "begin", NULL);
  write_footer_run (wr, NULL, NULL, " PAGE ");
  write_footer_run (wr, NULL, "separate", NULL);
  write_footer_run (wr, "1", NULL, NULL);
  write_footer_run (wr, NULL, "end", NULL);
  write_footer_run (wr, " —", NULL, NULL);
  fy_docx_writer_end (wr);

  return fy_docx_writer_finish (wr, archive, name);
}

/* word/settings.xml */

gboolean
fy_docx_write_settings (FyDocxWriter *wr,
                zip_t  *archive)
{
  FyPunctuationStyle punctuation = fy_style_get_punctuation (wr->style);

  if (!fy_docx_writer_begin (wr, "w:settings", NULL))
    return FALSE;
  fy_docx_writer_attr (wr, "xmlns:w", FY_DOCX_NS_W);

  fy_docx_writer_element_int (wr, "w:defaultTabStop", 420);
  /* odd and even pages have their own footers */
  fy_docx_writer_element (wr, "w:evenAndOddHeaders", NULL);
  fy_docx_writer_element (wr, "w:characterSpacingControl",
                          punctuation == FY_PUNCTUATION_FULL ? "doNotCompress" : "compressPunctuation");
  fy_docx_writer_start (wr, "w:compat");
  fy_docx_writer_start (wr, "w:compatSetting");
  fy_docx_writer_attr (wr, "w:name", "compatibilityMode");
  fy_docx_writer_attr (wr, "w:uri", "http://schemas.microsoft.com/office/word");
  fy_docx_writer_attr (wr, "w:val", "15");
  fy_docx_writer_end (wr);
  fy_docx_writer_end (wr);

  return fy_docx_writer_finish (wr, archive, "word/settings.xml");
}

/* word/fontTable.xml, as Word writes one: the faces the styles name,
 * the Chinese ones marked as such (charset 86, GB 2312), which a reader
 * that lacks a face can go by when it substitutes another. */
gboolean
fy_docx_write_font_table (FyDocxWriter *wr,
                          zip_t        *archive)
{
  if (!fy_docx_writer_begin (wr, "w:fonts", NULL))
    return FALSE;
  fy_docx_writer_attr (wr, "xmlns:w", FY_DOCX_NS_W);

  for (int role = -1; role < FY_FONT_N_ROLES; role++)
    {
      fy_docx_writer_start (wr, "w:font");
      fy_docx_writer_attr (wr, "w:name", role < 0 ? LATIN_FONT : fy_font_role_get_preferences (role)[0]);
      fy_docx_writer_element (wr, "w:charset", role < 0 ? "00" : "86");
      fy_docx_writer_element (wr, "w:family", role < 0 ? "roman" : "auto");
      fy_docx_writer_end (wr);
    }

  return fy_docx_writer_finish (wr, archive, "word/fontTable.xml");
}

/* test-docx-notice.c — a notice's attached documents, 附件说明 and 版记 in .docx, out and back
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <string.h>
#include <zip.h>

#include "fayan-core.h"
#include "fy-test-docx.h"
#include "fy-test-utils.h"

#define MM (72.0 / 25.4)

static char *work_dir;

/* The notice of tests/data/notice-imprint.txt as .docx */
static GBytes *
export_notice (FyDocument **document)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  *document = fy_test_import_plain_data ("notice-imprint.txt");
  bytes = fy_docx_export_to_bytes (*document, &error);
  g_assert_no_error (error);
  return bytes;
}

/* The <w:p> of document.xml whose text starts with @text: from its
 * start tag to its end tag. */
static char *
paragraph_of (const char *xml,
              const char *text)
{
  g_autofree char *needle = g_strconcat (">", text, NULL);
  const char *at = strstr (xml, needle);
  const char *start, *end;

  g_assert_nonnull (at);
  start = g_strrstr_len (xml, at - xml, "<w:p>");
  end = strstr (at, "</w:p>");
  g_assert_nonnull (start);
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

/* A block of a test document: its role and text (a heading is level 1). */
typedef struct
{
  FyBlockRole role;
  const char *text;
} BlockSpec;

/* The document of @n @blocks */
static FyDocument *
document_of (const BlockSpec *blocks,
             guint            n)
{
  FyDocument *document = fy_document_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FyBlock) block = fy_block_new_with_text (blocks[i].role, blocks[i].role == FY_BLOCK_ROLE_HEADING,
                                                         blocks[i].text);

      fy_document_append_block (document, block);
    }
  return document;
}

/* The document of @n @blocks, exported: returns its document.xml and
 * sets @bytes to the .docx. */
static char *
export_blocks (const BlockSpec *blocks,
               guint            n,
               GBytes         **bytes)
{
  g_autoptr(FyDocument) document = document_of (blocks, n);
  g_autoptr(GError) error = NULL;

  *bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  return zip_read_part (*bytes, "word/document.xml");
}

/* Read back, @bytes holds @n @blocks with their roles and text. */
static void
assert_blocks_back (GBytes          *bytes,
                    const BlockSpec *blocks,
                    guint            n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) again = import_bytes (bytes, &warnings, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (again), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = fy_document_dup_block_text (again, i);

      g_assert_cmpint (fy_block_get_role (fy_document_get_block (again, i)), ==, blocks[i].role);
      g_assert_cmpstr (text, ==, blocks[i].text);
    }
}

/* Each attached document starts a page, as in print: the label above its
 * title breaks the page, and nothing else does, and stands flush left in
 * 黑体; the 附件说明 is a paragraph a line, its names hung; the 版记 is in its own
 * style, a thick rule above the 抄送 line, a thin one between and a
 * thick one under the 印发 line, the date at a right tab stop one
 * character in from the right edge, the lines kept together and with
 * the text before them. */
static void
test_export_parts (void)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GBytes) bytes = export_notice (&document);
  g_autofree char *xml = zip_read_part (bytes, "word/document.xml");
  g_autofree char *styles = zip_read_part (bytes, "word/styles.xml");
  g_autofree char *label1 = paragraph_of (xml, "附件1");
  g_autofree char *label2 = paragraph_of (xml, "附件2");
  g_autofree char *copy_to = paragraph_of (xml, "抄送：");
  g_autofree char *before = paragraph_of (xml, "确需野外用火的");
  g_autofree char *printed = paragraph_of (xml, "石门县人民政府办公室</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"FayanSpacing\"/></w:rPr><w:tab/>");
  g_autofree char *note = paragraph_of (xml, "附件：1．");
  g_autofree char *item = paragraph_of (xml, "2．石门县");
  g_autofree char *tab = NULL;
  const char *imprint_style, *line_style, *date_style;

  g_assert_cmpuint (fy_test_count_occurrences (xml, "<w:pageBreakBefore/>"), ==, 2);
  g_assert_nonnull (strstr (label1, "<w:pageBreakBefore/>"));
  g_assert_nonnull (strstr (label2, "<w:pageBreakBefore/>"));
  /* the label flush left in 黑体 */
  g_assert_nonnull (strstr (label1, "<w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/>"));
  g_assert_nonnull (strstr (label1, "w:eastAsia=\"黑体\""));

  g_assert_nonnull (strstr (copy_to, "<w:pStyle w:val=\"FayanImprint\"/>"));
  g_assert_nonnull (strstr (printed, "<w:pStyle w:val=\"FayanImprint\"/>"));
  g_assert_nonnull (strstr (copy_to, "<w:top w:val=\"single\" w:sz=\"8\""));
  g_assert_null (strstr (copy_to, "<w:bottom"));
  g_assert_nonnull (strstr (printed, "<w:top w:val=\"single\" w:sz=\"6\""));
  g_assert_nonnull (strstr (printed, "<w:bottom w:val=\"single\" w:sz=\"8\""));
  /* the names hung after 抄送：, the rules as wide as the type area */
  g_assert_nonnull (strstr (copy_to, "w:left=\"1120\""));
  g_assert_nonnull (strstr (copy_to, "w:hanging=\"840\""));
  g_assert_null (strstr (copy_to, "w:right="));
  /* 156 mm less one 4号 character */
  tab = g_strdup_printf ("<w:tab w:val=\"right\" w:pos=\"%ld\"/>", lround ((156 * MM - 14) * 20));
  g_assert_nonnull (strstr (printed, tab));
  /* the spaces typed between organ and date, hidden after the tab */
  g_assert_nonnull (strstr (printed, "<w:vanish/></w:rPr><w:t xml:space=\"preserve\">　　　　　　　　</w:t>"));
  /* together, and with the text before them */
  g_assert_nonnull (strstr (copy_to, "<w:keepNext/>"));
  g_assert_null (strstr (printed, "<w:keepNext/>"));
  g_assert_nonnull (strstr (before, "<w:keepNext/>"));
  /* no other paragraph is in the style */
  g_assert_cmpuint (fy_test_count_occurrences (xml, "FayanImprint"), ==, 2);

  /* the note a paragraph a line, each hung: 2 characters in, the names
   * past 附件：1． (3 × 15.75 + 7.75 + 15.75 pt: 16 pt characters
   * condensed by 0.25 pt, a digit half as wide), then past 2． */
  g_assert_nonnull (strstr (note, "<w:pStyle w:val=\"FayanAttachment\"/>"));
  g_assert_nonnull (strstr (note, "<w:ind w:left=\"2055\" w:leftChars=\"642\" w:hanging=\"1415\""));
  g_assert_nonnull (strstr (item, "<w:pStyle w:val=\"FayanAttachmentLine\"/>"));
  g_assert_nonnull (strstr (item, "<w:ind w:left=\"2055\" w:leftChars=\"642\" w:hanging=\"470\""));
  g_assert_null (strstr (note, "<w:br/>"));
  line_style = strstr (styles, "w:styleId=\"FayanAttachmentLine\"");
  g_assert_nonnull (line_style);
  g_assert_true (g_str_has_prefix (strstr (line_style, "<w:spacing "), "<w:spacing w:before=\"0\""));

  /* the date right under the signature, no gap between them */
  date_style = strstr (styles, "w:styleId=\"FayanSignatureDate\"");
  g_assert_nonnull (date_style);
  g_assert_true (g_str_has_prefix (strstr (date_style, "<w:spacing "), "<w:spacing w:before=\"0\""));

  imprint_style = strstr (styles, "w:styleId=\"FayanImprint\"");
  g_assert_nonnull (imprint_style);
  g_assert_true (g_str_has_prefix (strstr (imprint_style, "<w:sz "), "<w:sz w:val=\"28\"/>"));
}

/* A 条例's 目录 exports as printed: 目　　录 centred with no indent, the
 * chapters' entries 2 characters (31.6 pt) in and the sections' 4, flush
 * under their start; the 条 after it keep the body's indent. */
static void
test_contents (void)
{
  static const BlockSpec blocks[] = {
    { FY_BLOCK_ROLE_TITLE, "某市城市绿化条例" },
    { FY_BLOCK_ROLE_PARAGRAPH, "目　　录" },
    { FY_BLOCK_ROLE_PARAGRAPH, "第一章　总则" },
    { FY_BLOCK_ROLE_PARAGRAPH, "第二章　规划建设" },
    { FY_BLOCK_ROLE_PARAGRAPH, "第一节　绿地规划" },
    { FY_BLOCK_ROLE_HEADING, "第一章　总则" },
    { FY_BLOCK_ROLE_PARAGRAPH, "第一条　为了促进城市绿化，制定本条例。" },
  };
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *xml = export_blocks (blocks, G_N_ELEMENTS (blocks), &bytes);
  g_autofree char *label = paragraph_of (xml, "目　　录");
  g_autofree char *chapter = paragraph_of (xml, "第二章　规划建设");
  g_autofree char *section = paragraph_of (xml, "第一节　绿地规划");
  g_autofree char *article = paragraph_of (xml, "第一条");

  g_assert_nonnull (strstr (label, "<w:ind w:left=\"0\" w:leftChars=\"0\" w:firstLine=\"0\" w:firstLineChars=\"0\"/><w:jc w:val=\"center\"/>"));
  g_assert_nonnull (strstr (chapter, "<w:ind w:left=\"632\" w:leftChars=\"200\" w:firstLine=\"0\" w:firstLineChars=\"0\"/></w:pPr>"));
  g_assert_nonnull (strstr (section, "<w:ind w:left=\"1264\" w:leftChars=\"400\" w:firstLine=\"0\""));
  g_assert_null (strstr (article, "<w:ind"));

  /* read back, the entries are the paragraphs they were */
  assert_blocks_back (bytes, blocks, G_N_ELEMENTS (blocks));
}

/* Read back, the notice is what it was: the 附件说明, the attached
 * documents' labels and titles and the 版记's lines keep their roles and
 * text. */
static void
test_round_trip (void)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GBytes) bytes = export_notice (&document);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) again = import_bytes (bytes, &warnings, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  fy_test_assert_same_blocks (document, again);
}

/* As Word does, so does python-docx read the file: the labels break the
 * page, the 版记 has its style. */
static void
test_python_docx (void)
{
  static const char script[] =
    "import sys, docx\n"
    "d = docx.Document(sys.argv[1])\n"
    "for p in d.paragraphs:\n"
    "    if p.paragraph_format.page_break_before:\n"
    "        print('B', p.text)\n"
    "    if p.style.name == 'Fayan Imprint':\n"
    "        print('I', p.text[:3])\n";
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_build_filename (work_dir, "python.docx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  if (!fy_test_have_python_docx ())
    {
      g_test_skip ("python3-docx is not installed");
      return;
    }
  bytes = export_notice (&document);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  out = fy_test_run_python (script, path);
  g_assert_cmpstr (out, ==, "B 附件1\nB 附件2\nI 抄送：\nI 石门县\n");
}

/* The text of page @index of @pdf without the spaces poppler reads
 * between Han and digits (附件 1). */
static char *
page_text (PopplerDocument *pdf,
           int              index)
{
  g_autofree char *text = fy_test_pdf_page_text (pdf, index);
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (*p != ' ')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* The index of the page of @pdf whose text holds @text, once. */
static int
page_with (PopplerDocument *pdf,
           const char      *text)
{
  int found = -1;

  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autofree char *page = page_text (pdf, i);

      if (strstr (page, text) != NULL)
        {
          g_assert_cmpint (found, <, 0);
          found = i;
        }
    }
  g_assert_cmpint (found, >=, 0);
  return found;
}

/* The line of @lines that starts with @start, and the one after it. */
static FyTestPdfLine *
line_starting (GPtrArray      *lines,
               const char     *start,
               FyTestPdfLine **next)
{
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      FyTestPdfLine *line = g_ptr_array_index (lines, i);

      if (g_str_has_prefix (line->text->str, start))
        {
          *next = g_ptr_array_index (lines, i + 1);
          return line;
        }
    }
  g_assert_not_reached ();
}

/* Where character @k of @line starts. */
static double
char_x (FyTestPdfLine *line,
        guint          k)
{
  g_assert_cmpuint (k, <, line->n_chars);
  return g_array_index (line->rects, PopplerRectangle, k).x1;
}

/* Asserts that the line after the one of @lines that starts with @start
 * starts @x points from the page's edge, under its character @k (which
 * justification may move a little). */
static void
assert_hung (GPtrArray  *lines,
             const char *start,
             guint       k,
             double      x)
{
  FyTestPdfLine *next = NULL;
  FyTestPdfLine *line = line_starting (lines, start, &next);

  g_test_message ("%s: %.1f, next line %.1f, hung at %.1f", start, char_x (line, k), char_x (next, 0), x);
  g_assert_cmpfloat (fabs (char_x (next, 0) - x), <, 1);
  g_assert_cmpfloat (fabs (char_x (line, k) - x), <, 2);
}

/* The .docx of @document converted to PDF by LibreOffice, in @name. */
static PopplerDocument *
convert_in_libreoffice (FyDocument *document,
                        const char *name)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *docx = g_strconcat (name, ".docx", NULL);
  g_autofree char *pdf = g_strconcat (name, ".pdf", NULL);
  g_autofree char *path = g_build_filename (work_dir, docx, NULL);
  g_autofree char *outdir = g_build_filename (work_dir, "pdf", NULL);
  g_autofree char *pdf_path = g_build_filename (outdir, pdf, NULL);

  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  fy_test_run_soffice (work_dir, "pdf", NULL, outdir, (const char *[]) { path, NULL });
  return fy_test_pdf_open (pdf_path);
}

/* LibreOffice sets the signature with its date and text above them,
 * each attached document on a page of its own, its label first and
 * flush left, and the 印发 line's organ one character in from the left
 * edge, its date ending one character in from the right edge; the
 * 附件说明's second name under the first, past 附件：, and its second
 * line under the name's first character, past its number. */
static void
test_libreoffice (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) last = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  PopplerRectangle organ, date;
  double left = 28 * MM, right = left + 156 * MM;
  int first, second;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  document = fy_test_import_plain_data ("notice-imprint.txt");
  pdf = convert_in_libreoffice (document, "notice");
  lines = fy_test_pdf_lines (pdf);
  /* 2 characters, 附件： and 2． in (16 pt characters condensed by 0.25 pt,
   * a digit half as wide) */
  assert_hung (lines, "附件：1．", 3, left + 32 + 3 * 15.75);
  assert_hung (lines, "2．石门县", 2, left + 32 + 3 * 15.75 + 7.75 + 15.75);

  /* the signature and its date on one page, and text before them; the
   * date on the line right under the signature (a 28.95 pt grid) */
  {
    g_autofree char *text = page_text (pdf, page_with (pdf, "2026年12月4日\n"));
    const char *signed_at = strstr (text, "石门县人民政府办公室\n2026年12月4日\n");
    FyTestPdfLine *signature = NULL, *date_line = NULL;

    g_assert_nonnull (signed_at);
    g_assert_true (signed_at > text);
    for (guint i = 0; i + 1 < lines->len && date_line == NULL; i++)
      if (g_str_equal (((FyTestPdfLine *) g_ptr_array_index (lines, i))->text->str, "石门县人民政府办公室") &&
          g_str_equal (((FyTestPdfLine *) g_ptr_array_index (lines, i + 1))->text->str, "2026年12月4日"))
        {
          signature = g_ptr_array_index (lines, i);
          date_line = g_ptr_array_index (lines, i + 1);
        }
    g_assert_nonnull (date_line);
    g_test_message ("signature at %.1f, date at %.1f", g_array_index (signature->rects, PopplerRectangle, 0).y1,
                    g_array_index (date_line->rects, PopplerRectangle, 0).y1);
    g_assert_cmpfloat (fabs (g_array_index (date_line->rects, PopplerRectangle, 0).y1 -
                             g_array_index (signature->rects, PopplerRectangle, 0).y1 - 28.95), <, 1);
  }
  first = page_with (pdf, "附件1");
  second = page_with (pdf, "附件2");
  g_assert_cmpint (first, >, page_with (pdf, "2026年12月4日\n"));
  g_assert_cmpint (second, >, first);
  for (int page = first; page <= second; page += second - first)
    {
      g_autofree char *text = page_text (pdf, page);
      g_autoptr(PopplerPage) opened = poppler_document_get_page (pdf, page);
      PopplerRectangle label = fy_test_pdf_find_once (opened, "附件");

      g_assert_true (g_str_has_prefix (text, "附件"));
      /* flush left */
      g_assert_cmpfloat (fabs (label.x1 - left), <, 2);
    }

  last = poppler_document_get_page (pdf, poppler_document_get_n_pages (pdf) - 1);
  organ = fy_test_pdf_find_once (last, "石门县人民政府办公室");
  date = fy_test_pdf_find_once (last, "印发");
  g_test_message ("organ from %.1f, date to %.1f, type area %.1f to %.1f", organ.x1, date.x2, left, right);
  g_assert_cmpfloat (fabs (organ.x1 - (left + 14)), <, 2);
  /* the date at the right tab stop */
  g_assert_cmpfloat (fabs (date.x2 - (right - 14)), <, 2);
}

/* A 纪要 (tests/data/clerks/jiyao.txt): its header line under the issue
 * number the organ flush left and the date flush right at a right tab
 * stop at the type area's edge; who attended, the label in 黑体 and the
 * names hung after it; read back, it is what it was; in LibreOffice the
 * header line spans the type area and the 列席 line's second line stands
 * under its first name. */
static void
test_minutes (void)
{
  g_autoptr(FyDocument) document = fy_test_import_plain_data ("clerks/jiyao.txt");
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = fy_docx_export_to_bytes (document, &error);
  g_autofree char *xml = NULL;
  g_autofree char *header = NULL;
  g_autofree char *attended = NULL;
  g_autofree char *tab = NULL;
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  FyTestPdfLine *line, *next;
  PopplerRectangle end;
  double left = 28 * MM, right = left + 156 * MM;

  g_assert_no_error (error);
  xml = zip_read_part (bytes, "word/document.xml");
  header = paragraph_of (xml, "嘉禾市人民政府办公室</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"FayanSpacing\"/></w:rPr><w:tab/>");
  tab = g_strdup_printf ("<w:tab w:val=\"right\" w:pos=\"%ld\"/>", lround (156 * MM * 20));
  g_assert_nonnull (strstr (header, "<w:pStyle w:val=\"FayanIssueNumber\"/>"));
  g_assert_nonnull (strstr (header, tab));
  g_assert_nonnull (strstr (header, "<w:jc w:val=\"left\"/>"));
  g_assert_nonnull (strstr (header, "<w:vanish/></w:rPr><w:t xml:space=\"preserve\">　　　　</w:t>"));
  /* 2 characters in, the names past 列席： (3 × 15.75 pt) */
  attended = paragraph_of (xml, "列席：");
  g_assert_nonnull (strstr (attended, "<w:ind w:left=\"1585\" w:leftChars=\"495\" w:hanging=\"945\""));
  g_assert_nonnull (strstr (attended, "w:eastAsia=\"黑体\""));

  again = import_bytes (bytes, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  fy_test_assert_same_blocks (document, again);

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  pdf = convert_in_libreoffice (document, "minutes");
  lines = fy_test_pdf_lines (pdf);
  /* poppler reads organ and date, far apart, as two lines */
  line = line_starting (lines, "嘉禾市人民政府办公室", &next);
  end = g_array_index (next->rects, PopplerRectangle, next->n_chars - 1);
  g_test_message ("header from %.1f to %.1f, type area %.1f to %.1f", char_x (line, 0), end.x2, left, right);
  g_assert_cmpstr (line->text->str, ==, "嘉禾市人民政府办公室");
  g_assert_cmpstr (next->text->str, ==, "2027年3月8日");
  g_assert_cmpfloat (fabs (g_array_index (line->rects, PopplerRectangle, 0).y2 - end.y2), <, 1);
  g_assert_cmpfloat (fabs (char_x (line, 0) - left), <, 2);
  g_assert_cmpfloat (fabs (end.x2 - right), <, 2);
  assert_hung (lines, "列席：", 3, left + 32 + 3 * 15.75);
}

/* As the PDF sets them (session 21's polish notes): a chapter heading
 * (第一章　总则) centred with no indent, where Word put it at the body
 * indent; a closing date with no signature above it 2 字 in from the
 * right, where its style centred it; a date under the title stays
 * centred.  Word reads the roles back. */
static void
test_chapter_and_date (void)
{
  static const BlockSpec blocks[] = {
    { FY_BLOCK_ROLE_TITLE, "临江县农村饮水安全管理办法" },
    { FY_BLOCK_ROLE_DATE_LINE, "（2026年11月30日县政府第21次常务会议通过）" },
    { FY_BLOCK_ROLE_HEADING, "第一章　总则" },
    { FY_BLOCK_ROLE_PARAGRAPH, "第一条　为加强农村饮水安全工程管理，制定本办法。" },
    { FY_BLOCK_ROLE_HEADING, "附则" },
    { FY_BLOCK_ROLE_PARAGRAPH, "第二条　本办法自发布之日起施行。" },
    { FY_BLOCK_ROLE_DATE_LINE, "2026年12月5日" },
  };
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *xml = export_blocks (blocks, G_N_ELEMENTS (blocks), &bytes);
  g_autofree char *chapter = paragraph_of (xml, "第一章　总则");
  g_autofree char *heading = paragraph_of (xml, "附则");
  g_autofree char *front_date = paragraph_of (xml, "（2026年11月30日");
  g_autofree char *closing_date = paragraph_of (xml, "2026年12月5日");

  g_assert_nonnull (strstr (chapter, "<w:ind w:left=\"0\" w:leftChars=\"0\" w:firstLine=\"0\" w:firstLineChars=\"0\"/><w:jc w:val=\"center\"/>"));
  g_assert_null (strstr (heading, "<w:jc"));
  g_assert_null (strstr (front_date, "<w:jc"));
  g_assert_nonnull (strstr (closing_date, "w:rightChars=\"200\"/><w:jc w:val=\"right\"/>"));
  assert_blocks_back (bytes, blocks, G_N_ELEMENTS (blocks));
}

/* A list's caption in the body (fy_typesetter_is_list_caption()) is
 * centred with no indent, as the PDF sets it; its rows are not, and
 * Word reads the roles back. */
static void
test_list_caption (void)
{
  static const BlockSpec blocks[] = {
    { FY_BLOCK_ROLE_TITLE, "关于公布2026年度全县优秀网格员名单的通知" },
    { FY_BLOCK_ROLE_PARAGRAPH, "经乡镇推荐、县委政法委审核，评选出全县优秀网格员8名，现予公布。" },
    { FY_BLOCK_ROLE_PARAGRAPH, "2026年度全县优秀网格员名单" },
    { FY_BLOCK_ROLE_PARAGRAPH, "王建军　　李　芳（女）　　张德明　　赵国强" },
    { FY_BLOCK_ROLE_PARAGRAPH, "希望受到表扬的网格员珍惜荣誉，再接再厉。" },
    { FY_BLOCK_ROLE_SIGNATURE, "中共青石县委政法委员会" },
    { FY_BLOCK_ROLE_DATE_LINE, "2026年12月2日" },
  };
  /* the caption's paragraph as Word reads it: style, East Asian face,
   * alignment, indent, kept with its rows; and heading 1's face */
  static const char script[] =
    "import sys, docx\n"
    "from docx.oxml.ns import qn\n"
    "d = docx.Document(sys.argv[1])\n"
    "def face(s):\n"
    "    while s.element.rPr is None or s.element.rPr.rFonts is None:\n"
    "        s = s.base_style\n"
    "    return s.element.rPr.rFonts.get(qn('w:eastAsia'))\n"
    "p = [p for p in d.paragraphs if p.text.endswith('名单')][0]\n"
    "f = p.style.paragraph_format\n"
    "print(p.style.name, face(p.style) == face(d.styles['Heading 1']), f.alignment,\n"
    "      f.first_line_indent or 0, f.keep_with_next)\n";
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *xml = export_blocks (blocks, G_N_ELEMENTS (blocks), &bytes);
  g_autofree char *caption = paragraph_of (xml, "2026年度全县优秀网格员名单");
  g_autofree char *row = paragraph_of (xml, "王建军");
  g_autofree char *path = g_build_filename (work_dir, "caption.docx", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (strstr (caption, "<w:pStyle w:val=\"FayanListCaption\"/></w:pPr>"));
  g_assert_null (strstr (row, "<w:jc"));
  assert_blocks_back (bytes, blocks, G_N_ELEMENTS (blocks));

  if (!fy_test_have_python_docx ())
    {
      g_test_skip ("python3-docx is not installed");
      return;
    }
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  out = fy_test_run_python (script, path);
  g_assert_cmpstr (out, ==, "Fayan List Caption True CENTER (1) 0 True\n");
}

/* A caption typed as a heading of its own, printing no number (the
 * document's one heading, set as written), keeps Word's heading style,
 * centred as printed. */
static void
test_list_caption_heading (void)
{
  g_autoptr(FyDocument) document = fy_test_import_markdown ("# 关于表彰森林防火先进个人的决定\n\n"
                                                             "经研究，决定对以下同志予以表彰。\n\n"
                                                             "## 森林防火先进个人名单\n\n"
                                                             "王建军　　李　芳（女）　　张德明　　赵国强\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = fy_docx_export_to_bytes (document, &error);
  g_autofree char *xml = NULL;
  g_autofree char *caption = NULL;

  g_assert_no_error (error);
  xml = zip_read_part (bytes, "word/document.xml");
  caption = paragraph_of (xml, "森林防火先进个人名单");

  g_assert_nonnull (strstr (caption, "<w:pStyle w:val=\"Heading1\"/>"));
  g_assert_nonnull (strstr (caption, "<w:jc w:val=\"center\"/>"));
}

/* The lines poppler reads from @blocks typeset with gbt9704 */
static GPtrArray *
typeset_lines (const BlockSpec *blocks,
               guint            n)
{
  g_autoptr(FyDocument) document = document_of (blocks, n);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(FyLayout) layout = fy_test_typeset (document, "gbt9704", &pdf);
  g_autoptr(PopplerDocument) doc = fy_test_pdf_open_bytes (pdf);

  return fy_test_pdf_lines (doc);
}

#define NOTE_BODY "请各单位对照检查要点逐项自查，发现隐患立即整改，整改情况于本月二十日前报县应急管理局。"
#define NOTE_FIRST "附件：1．冬季消防安全检查要点及责任分工明细表（适用于乡镇人民政府和县直有关部门）"
#define NOTE_SECOND "2．消防安全隐患整改情况统计表"

/* A 附件说明 typed as body paragraphs (a blank document's lines are
 * body text) right before the 署名 prints as the note set as one (GB/T
 * 9704 §7.3.5): a blank line before it, the long name's second line
 * under the name, the next name under the first; it printed as body
 * text, indented, with no blank line.  The .docx writes the note's
 * style.  Followed by more body text it is no note, and prints as typed. */
static void
test_typed_attachment_note (void)
{
  static const BlockSpec typed[] = {
    { FY_BLOCK_ROLE_TITLE, "关于开展冬季消防安全检查的通知" },
    { FY_BLOCK_ROLE_PARAGRAPH, NOTE_BODY },
    { FY_BLOCK_ROLE_PARAGRAPH, NOTE_FIRST },
    { FY_BLOCK_ROLE_PARAGRAPH, NOTE_SECOND },
    { FY_BLOCK_ROLE_SIGNATURE, "青石县人民政府" },
    { FY_BLOCK_ROLE_DATE_LINE, "2026年12月1日" },
  };
  static const BlockSpec set[] = {
    { FY_BLOCK_ROLE_TITLE, "关于开展冬季消防安全检查的通知" },
    { FY_BLOCK_ROLE_PARAGRAPH, NOTE_BODY },
    { FY_BLOCK_ROLE_ATTACHMENT, NOTE_FIRST "\n" NOTE_SECOND },
    { FY_BLOCK_ROLE_SIGNATURE, "青石县人民政府" },
    { FY_BLOCK_ROLE_DATE_LINE, "2026年12月1日" },
  };
  BlockSpec mid_body[G_N_ELEMENTS (typed)];
  g_autoptr(GPtrArray) typed_lines = typeset_lines (typed, G_N_ELEMENTS (typed));
  g_autoptr(GPtrArray) set_lines = typeset_lines (set, G_N_ELEMENTS (set));
  g_autoptr(GPtrArray) body_lines = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *xml = export_blocks (typed, G_N_ELEMENTS (typed), &bytes);
  g_autofree char *first = paragraph_of (xml, "附件：1．");
  g_autofree char *second = paragraph_of (xml, "2．消防");
  const FyTestPdfLine *note = NULL;
  double pitch = 225 * MM / 22;

  g_assert_cmpuint (typed_lines->len, ==, set_lines->len);
  for (guint i = 0; i < typed_lines->len; i++)
    {
      const FyTestPdfLine *a = g_ptr_array_index (typed_lines, i);
      const FyTestPdfLine *b = g_ptr_array_index (set_lines, i);
      const PopplerRectangle *ra = &g_array_index (a->rects, PopplerRectangle, 0);
      const PopplerRectangle *rb = &g_array_index (b->rects, PopplerRectangle, 0);

      g_assert_cmpstr (a->text->str, ==, b->text->str);
      g_assert_cmpfloat_with_epsilon (ra->x1, rb->x1, 0.1);
      g_assert_cmpfloat_with_epsilon (ra->y2, rb->y2, 0.1);
      if (g_str_has_prefix (a->text->str, "附件"))
        {
          const FyTestPdfLine *above = g_ptr_array_index (typed_lines, i - 1);

          note = a;
          /* a blank line between the body and the note */
          g_assert_cmpfloat_with_epsilon (ra->y2 - g_array_index (above->rects, PopplerRectangle, 0).y2,
                                          2 * pitch, 0.2);
        }
    }
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (first, "<w:pStyle w:val=\"FayanAttachment\"/><w:keepNext/>"));
  g_assert_nonnull (strstr (second, "<w:pStyle w:val=\"FayanAttachment\"/>"));

  /* body text after it: no note, set as typed (indented 2 cells) */
  memcpy (mid_body, typed, sizeof typed);
  mid_body[4] = (BlockSpec) { FY_BLOCK_ROLE_PARAGRAPH, NOTE_BODY };
  body_lines = typeset_lines (mid_body, G_N_ELEMENTS (mid_body));
  for (guint i = 0; i < body_lines->len; i++)
    {
      const FyTestPdfLine *line = g_ptr_array_index (body_lines, i);

      if (g_str_has_prefix (line->text->str, "2．"))
        g_assert_cmpfloat_with_epsilon (g_array_index (line->rects, PopplerRectangle, 0).x1,
                                        28 * MM + 2 * 156 * MM / 28, 1.0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/docx-notice/export-parts", test_export_parts);
  g_test_add_func ("/core/docx-notice/round-trip", test_round_trip);
  g_test_add_func ("/core/docx-notice/python-docx", test_python_docx);
  g_test_add_func ("/core/docx-notice/libreoffice", test_libreoffice);
  g_test_add_func ("/core/docx-notice/minutes", test_minutes);
  g_test_add_func ("/core/docx-notice/contents", test_contents);
  g_test_add_func ("/core/docx-notice/chapter-and-date", test_chapter_and_date);
  g_test_add_func ("/core/docx-notice/list-caption", test_list_caption);
  g_test_add_func ("/core/docx-notice/list-caption-heading", test_list_caption_heading);
  g_test_add_func ("/core/docx-notice/typed-attachment-note", test_typed_attachment_note);

  return fy_test_run_in_work_dir ("fayan-docx-notice-XXXXXX", &work_dir);
}

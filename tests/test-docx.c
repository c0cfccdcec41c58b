/* test-docx.c — tests of Word (.docx) export and import, read back by LibreOffice and python-docx
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <string.h>
#include <sys/wait.h>
#include <zip.h>

#include "fayan-core.h"
#include "fy-test-docx.h"
#include "fy-test-utils.h"

static char *work_dir;

/* Helpers */

static FyDocument *
load_markdown_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "docx", name, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  FyDocument *document;
  gsize length;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  document = fy_import_markdown (text, length, &error);
  g_assert_no_error (error);

  return document;
}

static FyDocument *
load_seed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  FyDocument *document;
  gsize length;

  text = fy_test_read_corpus ("seed-speech.md", &length);
  document = fy_import_markdown (text, length, &error);
  g_assert_no_error (error);

  return document;
}

/* The speech with every role, and values for its fields. */
static FyDocument *
load_roles_speech (void)
{
  FyDocument *document = load_markdown_data ("roles-speech.md");

  fy_document_set_field_value (document, "会议名称", "全市基层治理工作推进会");
  fy_document_set_field_value (document, "单位", "市数据局");
  fy_document_set_field_value (document, "发言人", "王晓明");
  fy_document_set_field_value (document, "文件名称", "《基层治理数字化三年行动方案》");
  fy_document_set_speaker (document, "王晓明");

  return document;
}

static void
write_bytes (const char *path,
             GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

static char *
find_soffice (void)
{
  return g_find_program_in_path ("soffice");
}

/* The Han characters of @text and its sentence marks, in order: what a
 * reader of the PDF must find again whatever the lines and spaces. */
static char *
han_and_marks (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN
          || g_utf8_strchr ("，。、；：？！", -1, c) != NULL)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static guint
fayan_page_count (FyDocument *document)
{
  g_autoptr(FyStyle) style = NULL;
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GError) error = NULL;

  style = fy_style_new_from_preset (fy_document_get_style_preset (document), &error);
  g_assert_no_error (error);
  typesetter = fy_typesetter_new (style);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);

  return fy_layout_get_n_pages (layout);
}

static void
assert_blocks_equal (FyDocument *a,
                     FyDocument *b)
{
  guint n = 0;

  for (guint i = 0; i < fy_document_get_n_blocks (a); i++)
    {
      FyBlock *x = fy_document_get_block (a, i);
      FyBlock *y;

      if (fy_block_is_empty (x))
        continue;
      g_assert_cmpuint (n, <, fy_document_get_n_blocks (b));
      y = fy_document_get_block (b, n++);
      fy_test_assert_same_block (x, y);
    }
  g_assert_cmpuint (n, ==, fy_document_get_n_blocks (b));
}

static void
assert_fields_equal (FyDocument *a,
                     FyDocument *b)
{
  g_auto(GStrv) names = fy_document_dup_field_names (a);

  for (guint i = 0; names[i] != NULL; i++)
    g_assert_cmpstr (fy_document_get_field_value (a, names[i]), ==,
                     fy_document_get_field_value (b, names[i]));
}

/* Export */

static void
test_export_package (void)
{
  g_autoptr(FyDocument) document = load_roles_speech ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *body = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *settings = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *rels = NULL;
  g_autofree char *odd = NULL;
  g_autofree char *even = NULL;
  g_autofree char *core = NULL;

  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  body = zip_read_part (bytes, "word/document.xml");
  styles = zip_read_part (bytes, "word/styles.xml");
  settings = zip_read_part (bytes, "word/settings.xml");
  odd = zip_read_part (bytes, "word/footer1.xml");
  even = zip_read_part (bytes, "word/footer2.xml");
  core = zip_read_part (bytes, "docProps/core.xml");

  /* the section: A4, 37/26/35/28 mm, 22 lines of 28.95 pt, two footers */
  g_assert_nonnull (strstr (body, "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
  g_assert_nonnull (strstr (body, "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""));
  g_assert_nonnull (strstr (body, "w:linePitch=\"579\""));
  g_assert_nonnull (strstr (body, "<w:footerReference w:type=\"default\""));
  g_assert_nonnull (strstr (body, "<w:footerReference w:type=\"even\""));
  g_assert_nonnull (strstr (settings, "<w:evenAndOddHeaders/>"));
  /* the font table Word writes, with the styles' faces */
  fonts = zip_read_part (bytes, "word/fontTable.xml");
  g_assert_nonnull (fonts);
  g_assert_nonnull (strstr (fonts, "<w:font w:name=\"Times New Roman\">"));
  g_assert_nonnull (strstr (fonts, "<w:font w:name=\"仿宋_GB2312\"><w:charset w:val=\"86\"/>"));
  rels = zip_read_part (bytes, "word/_rels/document.xml.rels");
  g_assert_nonnull (strstr (rels, "Target=\"fontTable.xml\""));

  /* headings with their numbers as printed and outline levels */
  g_assert_nonnull (strstr (body, "<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"FayanNumber\"/></w:rPr><w:t xml:space=\"preserve\">一、</w:t>"));
  g_assert_nonnull (strstr (body, "<w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"FayanNumber\"/></w:rPr><w:t xml:space=\"preserve\">（一）</w:t>"));
  g_assert_nonnull (strstr (body, "<w:pStyle w:val=\"Heading4\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"FayanNumber\"/></w:rPr><w:t xml:space=\"preserve\">（1）</w:t>"));
  for (guint level = 0; level < 4; level++)
    {
      g_autofree char *outline = g_strdup_printf ("<w:outlineLvl w:val=\"%u\"/>", level);

      g_assert_nonnull (strstr (styles, outline));
    }
  /* office faces by name, Latin apart */
  g_assert_nonnull (strstr (styles, "w:eastAsia=\"仿宋_GB2312\""));
  g_assert_nonnull (strstr (styles, "w:eastAsia=\"黑体\""));
  g_assert_nonnull (strstr (styles, "w:eastAsia=\"楷体_GB2312\""));
  g_assert_nonnull (strstr (styles, "w:eastAsia=\"方正小标宋简体\""));
  g_assert_nonnull (strstr (styles, "w:ascii=\"Times New Roman\""));
  /* body: 2-字 first-line indent at 16 pt */
  g_assert_nonnull (strstr (styles, "<w:ind w:firstLine=\"640\" w:firstLineChars=\"200\"/>"));
  /* bold leads in 黑体, fields as content controls showing the value */
  g_assert_nonnull (strstr (body, "<w:rFonts w:eastAsia=\"黑体\" w:hint=\"eastAsia\"/><w:b/>"));
  g_assert_nonnull (strstr (body, "<w:tag w:val=\"会议名称\"/>"));
  g_assert_nonnull (strstr (body, ">全市基层治理工作推进会</w:t>"));
  /* page numbers: — 1 — in 4号 宋体, right on odd pages, left on even */
  g_assert_nonnull (strstr (odd, " PAGE "));
  g_assert_nonnull (strstr (odd, "<w:jc w:val=\"right\"/>"));
  g_assert_nonnull (strstr (even, "<w:jc w:val=\"left\"/>"));
  g_assert_nonnull (strstr (odd, "w:eastAsia=\"宋体\""));
  g_assert_nonnull (strstr (odd, "<w:sz w:val=\"28\"/>"));
  g_assert_nonnull (strstr (odd, ">— </w:t>"));
  /* properties */
  g_assert_nonnull (strstr (core, "<dc:title>在{{会议名称}}上的交流发言</dc:title>"));
  g_assert_nonnull (strstr (core, "<dc:creator>王晓明</dc:creator>"));
  g_assert_nonnull (strstr (core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">"));
}

/* A document without page numbers has no footers in Word either, and
 * says so in its properties, so that importing the file back keeps the
 * setting. */
static void
test_export_page_numbers_off (void)
{
  g_autoptr(FyDocument) document = load_roles_speech ();
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *body = NULL;
  g_autofree char *types = NULL;
  g_autofree char *rels = NULL;
  g_autofree char *custom = NULL;

  fy_document_set_page_numbers (document, FALSE);
  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  body = zip_read_part (bytes, "word/document.xml");
  types = zip_read_part (bytes, "[Content_Types].xml");
  rels = zip_read_part (bytes, "word/_rels/document.xml.rels");
  custom = zip_read_part (bytes, "docProps/custom.xml");
  g_assert_nonnull (strstr (body, "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
  g_assert_null (strstr (body, "footerReference"));
  g_assert_null (strstr (types, "footer"));
  g_assert_null (strstr (rels, "footer"));
  g_assert_nonnull (strstr (custom, "page numbers"));

  again = fy_docx_import_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, &error);
  g_assert_no_error (error);
  g_assert_false (fy_document_get_page_numbers (again));
  g_clear_object (&again);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&custom, g_free);

  /* with them, nothing is said and the import prints them */
  fy_document_set_page_numbers (document, TRUE);
  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  custom = zip_read_part (bytes, "docProps/custom.xml");
  g_assert_null (strstr (custom, "page numbers"));
  again = fy_docx_import_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (fy_document_get_page_numbers (again));
}

/* What python-docx's @script prints of @document exported as .docx
 * (work_dir/@name, removed after); NULL, the test skipped, without
 * python3-docx. */
static char *
run_python_on_export (FyDocument *document,
                      const char *script,
                      const char *name)
{
  g_autofree char *path = g_build_filename (work_dir, name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  char *out;

  if (!fy_test_have_python_docx ())
    {
      g_test_skip ("python3-docx is not installed");
      return NULL;
    }

  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  write_bytes (path, bytes);
  out = fy_test_run_python (script, path);
  g_unlink (path);
  return out;
}

static void
test_export_python_docx (void)
{
  static const char script[] =
    "import sys, docx\n"
    "from docx.oxml.ns import qn\n"
    "d = docx.Document(sys.argv[1])\n"
    "for p in d.paragraphs:\n"
    "    # p.text leaves out what is inside content controls\n"
    "    print('P', p.style.name, ''.join(t.text for t in p._p.iter(qn('w:t'))))\n"
    "for sdt in d.element.body.iter(qn('w:sdt')):\n"
    "    tag = sdt.find(qn('w:sdtPr')).find(qn('w:tag')).get(qn('w:val'))\n"
    "    text = ''.join(t.text for t in sdt.iter(qn('w:t')))\n"
    "    print('C', tag, text)\n"
    "print('A', d.core_properties.author)\n";
  g_autoptr(FyDocument) document = load_roles_speech ();
  g_autofree char *out = run_python_on_export (document, script, "python.docx");

  if (out == NULL)
    return;
  g_assert_nonnull (strstr (out, "P Title 在全市基层治理工作推进会上的交流发言\n"));
  g_assert_nonnull (strstr (out, "P Subtitle ——关于推进基层治理数字化的几点体会\n"));
  g_assert_nonnull (strstr (out, "P Fayan Speaker 市数据局 王晓明\n"));
  g_assert_nonnull (strstr (out, "P Heading 1 一、主要做法\n"));
  g_assert_nonnull (strstr (out, "P Heading 2 （一）统一数据底座\n"));
  g_assert_nonnull (strstr (out, "P Heading 3 1.建立台账\n"));
  g_assert_nonnull (strstr (out, "P Heading 4 （1）定期通报\n"));
  g_assert_nonnull (strstr (out, "P Fayan Body 一是建好一张网。"));
  g_assert_nonnull (strstr (out, "P Fayan Signature 市数据局\n"));
  g_assert_nonnull (strstr (out, "P Fayan Signature Date 2026年3月5日\n"));
  g_assert_nonnull (strstr (out, "P Fayan Attachment 附件：1.基层治理数字化工作台账\n"));
  g_assert_nonnull (strstr (out, "C 会议名称 全市基层治理工作推进会\n"));
  g_assert_nonnull (strstr (out, "C 文件名称 《基层治理数字化三年行动方案》\n"));
  g_assert_nonnull (strstr (out, "A 王晓明\n"));
}

/* The first line poppler reads from @pdf that starts with @prefix. */
static const FyTestPdfLine *
find_pdf_line (GPtrArray  *lines,
               const char *prefix)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const FyTestPdfLine *line = g_ptr_array_index (lines, i);

      if (g_str_has_prefix (line->text->str, prefix))
        return line;
    }
  g_assert_not_reached ();
}

/* A blank line the author left between two paragraphs (an empty block,
 * or one of spaces) prints in the PDF as a grid line of its own and is
 * an empty paragraph of the .docx, which once left every empty block
 * out; an empty attachment note prints in neither. */
static void
test_export_blank_lines (void)
{
  static const char script[] =
    "import sys, docx\n"
    "d = docx.Document(sys.argv[1])\n"
    "for p in d.paragraphs:\n"
    "    print(p.style.name, '[' + p.text.strip() + ']')\n";
  static const struct { FyBlockRole role; const char *text; } blocks[] = {
    { FY_BLOCK_ROLE_TITLE, "关于做好秋季森林防火工作的通知" },
    { FY_BLOCK_ROLE_PARAGRAPH, "各单位要立即组织一次火灾隐患排查。" },
    { FY_BLOCK_ROLE_PARAGRAPH, "" },
    { FY_BLOCK_ROLE_PARAGRAPH, "排查结果于十月十日前报县应急管理局。" },
    { FY_BLOCK_ROLE_PARAGRAPH, "　" },
    { FY_BLOCK_ROLE_PARAGRAPH, "值班电话二十四小时有人接听。" },
    { FY_BLOCK_ROLE_ATTACHMENT, "" },
    { FY_BLOCK_ROLE_SIGNATURE, "县应急管理局" },
  };
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(FyStyle) style = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  double pitch;

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    {
      g_autoptr(FyBlock) block = fy_block_new_with_text (blocks[i].role, 0, blocks[i].text);

      fy_document_append_block (document, block);
    }

  /* the PDF: two grid lines from one paragraph to the next */
  layout = fy_test_typeset (document, "gbt9704", &pdf_bytes);
  pdf = fy_test_pdf_open_bytes (pdf_bytes);
  lines = fy_test_pdf_lines (pdf);
  style = fy_style_new_from_preset ("gbt9704", &error);
  g_assert_no_error (error);
  pitch = fy_style_get_line_pitch (style);
  g_assert_cmpfloat_with_epsilon (g_array_index (find_pdf_line (lines, "排查")->rects, PopplerRectangle, 0).y1 -
                                  g_array_index (find_pdf_line (lines, "各单位")->rects, PopplerRectangle, 0).y1,
                                  2 * pitch, 0.1);
  g_assert_cmpfloat_with_epsilon (g_array_index (find_pdf_line (lines, "值班")->rects, PopplerRectangle, 0).y1 -
                                  g_array_index (find_pdf_line (lines, "排查")->rects, PopplerRectangle, 0).y1,
                                  2 * pitch, 0.1);

  /* the .docx: the same blank lines, as python-docx reads them */
  out = run_python_on_export (document, script, "blank-lines.docx");
  if (out == NULL)
    return;
  g_assert_cmpstr (out, ==,
                   "Title [关于做好秋季森林防火工作的通知]\n"
                   "Fayan Body [各单位要立即组织一次火灾隐患排查。]\n"
                   "Fayan Body []\n"
                   "Fayan Body [排查结果于十月十日前报县应急管理局。]\n"
                   "Fayan Body []\n"
                   "Fayan Body [值班电话二十四小时有人接听。]\n"
                   "Fayan Signature [县应急管理局]\n");
}

/* A paragraph of clauses of 1 to 8 characters, each closed by a comma,
 * starting at clause length @shift + 1: somewhere a comma falls just
 * past a line's last cell, where a justified line may hang it. */
static FyBlock *
make_comma_paragraph (guint shift)
{
  static const char words[] = "我们要认真贯彻落实各项工作部署推动全市经济社会发展"
                              "取得新成效切实维护人民群众生命财产安全坚持问题导向";
  glong n_words = g_utf8_strlen (words, -1);
  g_autoptr(GString) text = g_string_new (NULL);
  glong at = 0;

  for (guint clause = 0; clause < 24; clause++)
    {
      guint length = (clause + shift) % 8 + 1;

      for (guint i = 0; i < length; i++, at++)
        g_string_append_unichar (text, g_utf8_get_char (g_utf8_offset_to_pointer (words, at % n_words)));
      g_string_append (text, clause + 1 < 24 ? "，" : "。");
    }

  return fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, text->str);
}

/* The seed repeated to some 70 pages, each copy under a heading, after
 * paragraphs thick with commas. */
static FyDocument *
make_long_document (void)
{
  g_autoptr(FyDocument) seed = load_seed ();
  FyDocument *document = fy_document_copy (seed);

  for (guint shift = 0; shift < 8; shift++)
    {
      g_autoptr(FyBlock) commas = make_comma_paragraph (shift);

      fy_document_append_block (document, commas);
    }

  for (guint copy = 1; copy < 20; copy++)
    {
      g_autofree char *text = g_strdup_printf ("第%u部分的体会", copy);
      g_autoptr(FyBlock) heading = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, text);

      fy_document_append_block (document, heading);
      for (guint i = 1; i < fy_document_get_n_blocks (seed); i++)
        {
          g_autoptr(FyBlock) block = fy_block_copy (fy_document_get_block (seed, i));

          fy_document_append_block (document, block);
        }
    }

  return document;
}

typedef struct
{
  const char *name;
  FyDocument *document;
} Converted;

static void
check_pdf (FyDocument *document,
           const char *pdf_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *expected_text = fy_export_plain_text (document);
  g_autofree char *expected = han_and_marks (expected_text);
  g_autofree char *got = NULL;
  guint pages = fayan_page_count (document);
  int n_pages;

  pdf = fy_test_pdf_open (pdf_path);
  n_pages = poppler_document_get_n_pages (pdf);
  g_test_message ("%s: %d pages from LibreOffice, %u from Fayan", pdf_path, n_pages, pages);
  g_assert_cmpint (ABS (n_pages - (int) pages), <=, 1);

  for (int pg = 0; pg < n_pages; pg++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, pg);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree char *flat = fy_test_strip_spaces (text);
      g_autofree char *number = g_strdup_printf ("—%d—", pg + 1);
      g_autofree char *digits = g_strdup_printf ("%d", pg + 1);
      PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      double width, height;
      const char *at;
      glong offset;

      g_string_append (all, text);

      /* "— N —" at the foot of the page, right on odd pages, left on even */
      g_assert_true (g_str_has_suffix (flat, number));
      poppler_page_get_size (page, &width, &height);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      at = g_strrstr (text, digits);
      g_assert_nonnull (at);
      offset = g_utf8_pointer_to_offset (text, at);
      g_assert_cmpint (offset, <, (glong) n_rects);
      g_assert_cmpfloat (rects[offset].y1, >, height - 35 * 72 / 25.4);
      if (pg % 2 == 0)
        g_assert_cmpfloat (rects[offset].x1, >, width / 2);
      else
        g_assert_cmpfloat (rects[offset].x2, <, width / 2);
      g_free (rects);
    }

  /* every Han character and sentence mark, in order: LibreOffice 7.4
   * once hid a comma it hung past the margin of a justified line */
  got = han_and_marks (all->str);
  fy_test_assert_same_text (got, expected);
}

static void
test_export_libreoffice (void)
{
  g_autofree char *soffice = find_soffice ();
  g_autoptr(FyDocument) seed = NULL;
  g_autoptr(FyDocument) roles = NULL;
  g_autoptr(FyDocument) longer = NULL;
  g_autofree char *seed_path = g_build_filename (work_dir, "seed.docx", NULL);
  g_autofree char *roles_path = g_build_filename (work_dir, "roles.docx", NULL);
  g_autofree char *long_path = g_build_filename (work_dir, "long.docx", NULL);
  g_autofree char *outdir = g_build_filename (work_dir, "pdf", NULL);
  g_autofree char *roles_pdf = g_build_filename (outdir, "roles.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *outline = NULL;
  Converted converted[3];

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }

  seed = load_seed ();
  roles = load_roles_speech ();
  longer = make_long_document ();
  converted[0] = (Converted) { "seed", seed };
  converted[1] = (Converted) { "roles", roles };
  converted[2] = (Converted) { "long", longer };

  for (guint i = 0; i < G_N_ELEMENTS (converted); i++)
    {
      const char *paths[] = { seed_path, roles_path, long_path };
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);

      g_assert_true (fy_docx_export_file (converted[i].document, file, NULL, &error));
      g_assert_no_error (error);
    }

  /* one LibreOffice run for all three */
  fy_test_run_soffice (work_dir, "pdf", NULL, outdir, (const char *[]) { seed_path, roles_path, long_path, NULL });

  for (guint i = 0; i < G_N_ELEMENTS (converted); i++)
    {
      g_autofree char *name = g_strconcat (converted[i].name, ".pdf", NULL);
      g_autofree char *path = g_build_filename (outdir, name, NULL);

      check_pdf (converted[i].document, path);
    }
  g_assert_cmpuint (fayan_page_count (longer), >=, 65);

  /* The heading styles reach LibreOffice: its PDF has them as bookmarks. */
  pdf = fy_test_pdf_open (roles_pdf);
  outline = fy_test_pdf_outline (pdf);
  g_test_message ("outline: %s", outline);
  g_assert_nonnull (strstr (outline, "一、主要做法|"));
  g_assert_nonnull (strstr (outline, ">（一）统一数据底座|"));
  g_assert_nonnull (strstr (outline, "二、几点体会|"));
}

/* Typesets the Markdown @text with fayan-cli into one PDF (@ours) and
 * exports it as .docx that LibreOffice turns into another (@theirs);
 * @name names the files.  FALSE (the test skipped) without LibreOffice. */
static gboolean
print_both_ways (const char       *name,
                 const char       *text,
                 PopplerDocument **ours,
                 PopplerDocument **theirs)
{
  g_autofree char *soffice = find_soffice ();
  g_autofree char *base = g_build_filename (work_dir, name, NULL);
  g_autofree char *fayan_path = g_strconcat (base, ".fayan", NULL);
  g_autofree char *docx_path = g_strconcat (base, ".docx", NULL);
  g_autofree char *fayan_pdf = g_strconcat (base, "-fayan.pdf", NULL);
  g_autofree char *outdir = g_strconcat (base, "-pdf", NULL);
  g_autofree char *pdf_name = g_strconcat (name, ".pdf", NULL);
  g_autofree char *office_pdf = g_build_filename (outdir, pdf_name, NULL);
  g_autoptr(GFile) fayan_file = g_file_new_for_path (fayan_path);
  g_autoptr(GFile) docx_file = g_file_new_for_path (docx_path);
  g_autoptr(FyDocument) document = NULL;
  g_auto(FyTestCliResult) run = { 0 };
  g_autoptr(GError) error = NULL;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return FALSE;
    }

  document = fy_import_markdown (text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (fy_document_save_to_file (document, fayan_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fy_docx_export_file (document, docx_file, NULL, &error));
  g_assert_no_error (error);
  fy_test_run_cli (&run, "render", fayan_path, "-o", fayan_pdf);
  g_assert_cmpint (run.status, ==, 0);
  fy_test_run_soffice (work_dir, "pdf", NULL, outdir, (const char *[]) { docx_path, NULL });

  *ours = fy_test_pdf_open (fayan_pdf);
  *theirs = fy_test_pdf_open (office_pdf);
  return TRUE;
}

/* Session 18's new user: in LibreOffice the 二号 title took two grid
 * lines a line, and page 1 ended lines early against Fayan's PDF.  The
 * title, the speaker and the salutation now stand where Fayan prints
 * them, and so every body line of page 1. */
static void
test_export_libreoffice_lines (void)
{
  static const char *const marks[] = { "关于社区养老", "几点体会和下一步", "市民政局党组书记", "各位领导", "谢谢大家" };
  g_autoptr(PopplerDocument) ours = NULL;
  g_autoptr(PopplerDocument) theirs = NULL;
  g_autoptr(PopplerPage) our_page = NULL;
  g_autoptr(PopplerPage) their_page = NULL;
  g_autoptr(GString) text = g_string_new ("# 关于社区养老服务工作的几点体会和下一步的打算\n\n"
                                          "市民政局党组书记、局长　张　三\n\n各位领导、同志们：\n\n");

  for (guint i = 0; i < 3; i++)
    g_string_append (text, "今年以来，我们新建社区食堂十二家，服务老人三千余人次。我们坚持把养老服务"
                           "作为民生实事来抓，逐户走访独居老人，建立需求清单，引导物业、社工和志愿者"
                           "参与助餐助浴，每月听取老人意见，及时改进服务。\n\n");
  g_string_append (text, "以上发言，不妥之处请批评指正。谢谢大家！\n");
  if (!print_both_ways ("lines", text->str, &ours, &theirs))
    return;

  g_assert_cmpint (poppler_document_get_n_pages (ours), ==, 1);
  g_assert_cmpint (poppler_document_get_n_pages (theirs), ==, 1);
  our_page = poppler_document_get_page (ours, 0);
  their_page = poppler_document_get_page (theirs, 0);
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      PopplerRectangle our_rect = fy_test_pdf_find_once (our_page, marks[i]);
      PopplerRectangle their_rect = fy_test_pdf_find_once (their_page, marks[i]);

      g_test_message ("%s: Fayan %.1f, LibreOffice %.1f", marks[i], our_rect.y2, their_rect.y2);
      /* the same line of the grid (28.95 pt); fonts differ a little */
      g_assert_cmpfloat (fabs (our_rect.y2 - their_rect.y2), <, 10.0);
    }
}

/* The top of the ink of the first dash of "— @number —" on @page, and
 * its left edge (points from the top left corner of the page). */
static void
find_page_number_dash (PopplerPage *page,
                       guint        number,
                       double      *x,
                       double      *ink_top)
{
  g_autofree char *digits = g_strdup_printf ("%u", number);
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  const char *at = g_strrstr (text, digits);
  PopplerRectangle rect;
  const double scale = 8;
  double top;
  cairo_surface_t *surface;
  cairo_t *cr;
  glong offset;
  int w, h;

  /* the last dash before the number at the foot of the page */
  g_assert_nonnull (at);
  at = g_strrstr_len (text, at - text, "—");
  g_assert_nonnull (at);
  offset = g_utf8_pointer_to_offset (text, at);
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  g_assert_cmpint (offset, <, (glong) n_rects);
  rect = rects[offset];
  top = rect.y1;
  *x = rect.x1;
  /* the middle half of the first dash's em, 14 pt */
  w = (int) (7 * scale);
  h = (int) ((rect.y2 - rect.y1) * scale);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -rect.x1 - 3.5, -top);
  poppler_page_render_for_printing (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  *ink_top = -1;
  for (int y = 0; y < h && *ink_top < 0; y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                              (gsize) y * cairo_image_surface_get_stride (surface));

      for (int i = 0; i < w; i++)
        if ((row[i] & 0xff) < 128)
          {
            *ink_top = top + y / scale;
            break;
          }
    }
  cairo_surface_destroy (surface);
  g_assert_cmpfloat (*ink_top, >=, 0);
}

/* Session 19's new user saw the page numbers of the exported .docx
 * centred in LibreOffice; they stood outside, but 3 mm lower than in
 * Fayan's PDF, the footer's line being taller than the export reckoned.
 * "— 1 —" right, "— 2 —" left, one 字 in, the top of the dashes 7 mm
 * under the type area: in both PDFs, within a point. */
static void
test_export_libreoffice_page_numbers (void)
{
  g_autoptr(PopplerDocument) ours = NULL;
  g_autoptr(PopplerDocument) theirs = NULL;
  g_autoptr(GString) text = g_string_new ("# 关于老旧小区改造工作的汇报\n\n各位领导：\n\n");

  for (guint i = 0; i < 9; i++)
    g_string_append (text, "今年我们完成老旧小区改造二十个，加装电梯四十部。改造前逐户征求意见，"
                           "把居民最关心的管网、屋面和停车问题放在前面，施工中请居民代表全程监督，"
                           "完工后一起验收，做到改一个、成一个、居民满意一个。\n\n");
  if (!print_both_ways ("numbers", text->str, &ours, &theirs))
    return;

  g_assert_cmpint (poppler_document_get_n_pages (ours), ==, 2);
  g_assert_cmpint (poppler_document_get_n_pages (theirs), ==, 2);
  for (guint number = 1; number <= 2; number++)
    {
      g_autoptr(PopplerPage) our_page = poppler_document_get_page (ours, number - 1);
      g_autoptr(PopplerPage) their_page = poppler_document_get_page (theirs, number - 1);
      double our_x, our_top, their_x, their_top, width, height;

      poppler_page_get_size (our_page, &width, &height);
      find_page_number_dash (our_page, number, &our_x, &our_top);
      find_page_number_dash (their_page, number, &their_x, &their_top);
      g_test_message ("page %u: Fayan x %.1f, ink top %.1f; LibreOffice x %.1f, ink top %.1f",
                      number, our_x, our_top, their_x, their_top);
      /* outside: the right half on odd pages, the left on even */
      g_assert_true ((their_x > width / 2) == (number % 2 == 1));
      /* the digits' faces differ: the dash starts within 4 pt */
      g_assert_cmpfloat (fabs (our_x - their_x), <, 4.0);
      g_assert_cmpfloat (fabs (our_top - their_top), <, 1.5);
      /* 7 mm under the type area (35 mm from the foot of the page) */
      g_assert_cmpfloat (fabs (our_top - (height - 28 * 72 / 25.4)), <, 1.0);
    }
}

/* Round trip */

static void
test_round_trip (void)
{
  g_autoptr(FyDocument) document = load_roles_speech ();
  g_autoptr(FyDocument) seed = load_seed ();
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(FyDocument) seed_again = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) seed_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyBlock) lines = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FyBlock) lead = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FyBlock) empty = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);

  /* a line break, a tab, a bold lead with a field in it, an empty block */
  fy_block_set_text (lines, "第一行\n第二行\t有制表符 & <尖括号>");
  fy_document_insert_block (document, 6, lines);
  fy_block_set_lead_and_text (lead, "{{单位}}的经验。", "值得推广。");
  fy_document_insert_block (document, 7, lead);
  fy_document_insert_block (document, 8, empty);
  {
    g_autoptr(FyBlock) own = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "二、自己写的序号");

    fy_document_insert_block (document, 9, own);
  }
  fy_document_set_time_limit (document, 15);
  fy_document_set_meeting (document, "推进会");

  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  again = import_bytes (bytes, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);

  assert_blocks_equal (document, again);
  assert_fields_equal (document, again);
  g_assert_cmpstr (fy_document_get_title (again), ==, fy_document_get_title (document));
  g_assert_cmpstr (fy_document_get_speaker (again), ==, "王晓明");
  g_assert_cmpstr (fy_document_get_meeting (again), ==, "推进会");
  g_assert_cmpuint (fy_document_get_time_limit (again), ==, 15);
  g_assert_cmpint (fy_document_get_numbering (again), ==, FY_NUMBERING_AUTO);

  seed_bytes = fy_docx_export_to_bytes (seed, &error);
  g_assert_no_error (error);
  seed_again = import_bytes (seed_bytes, NULL, &error);
  g_assert_no_error (error);
  assert_blocks_equal (seed, seed_again);
}

/* Imports tests/data/@name, writes it as .docx and reads it back into
 * *@again, every block as it was. */
static FyDocument *
round_trip_data (const char *name,
                 FyDocument **again)
{
  FyDocument *document = fy_test_import_plain_data (name);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  *again = import_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  assert_blocks_equal (document, *again);
  return document;
}

/* A notice and the plan it issues: Word keeps the plan's title a title
 * and the notice's signature a signature. */
static void
test_round_trip_attached (void)
{
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(FyDocument) document = round_trip_data ("attached-notice.txt", &again);

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 5)), ==, FY_BLOCK_ROLE_TITLE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (again, 3)), ==, FY_BLOCK_ROLE_SIGNATURE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (again, 5)), ==, FY_BLOCK_ROLE_TITLE);
  g_assert_cmpstr (fy_document_get_title (again), ==, "关于印发《南坪镇河道保洁工作办法》的通知");
}

/* A 纪要's issue number goes out in a style of its own, centred, and
 * comes back with its role. */
static void
test_round_trip_issue_number (void)
{
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(FyDocument) document = round_trip_data ("minutes-issue.txt", &again);

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_ISSUE_NUMBER);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (again, 1)), ==, FY_BLOCK_ROLE_ISSUE_NUMBER);
}

/* A 纪要's organ　　date line comes back as it went out, spaces and all. */
static void
test_round_trip_minutes_header (void)
{
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(FyDocument) document = round_trip_data ("minutes-header.txt", &again);

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_ISSUE_NUMBER);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (again, 2)), ==, FY_BLOCK_ROLE_ISSUE_NUMBER);
}

/* Typesets @document, whose first block @title Fayan breaks, and exports
 * it (@bytes, its document.xml in @xml); returns the title's first line
 * as Fayan prints it. */
static char *
export_broken_title (FyDocument  *document,
                     const char  *title,
                     GBytes     **bytes,
                     char       **xml)
{
  g_autoptr(FyLayout) layout = fy_test_typeset (document, "gbt9704", NULL);
  g_autoptr(GError) error = NULL;
  char *first_line = fy_layout_dup_line_text (layout, 0, 0);

  g_assert_true (g_str_has_prefix (title, first_line) && strcmp (title, first_line) != 0);
  *bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  *xml = zip_read_part (*bytes, "word/document.xml");
  return first_line;
}

/* The title's lines as Fayan breaks them reach Word: a <w:br/> where the
 * engine broke it, in a run of the break style; read back, it is one
 * title again, without the break, for the engine to break anew. */
static void
test_round_trip_title_breaks (void)
{
  const char *title = "压实责任　狠抓落实　确保安全生产专项整治取得实效";
  g_autofree char *markdown = g_strdup_printf ("# %s\n\n同志们：\n\n我们坚决完成任务。\n", title);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_import_markdown (markdown, -1, &error);
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *first_line = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *text = NULL;
  const char *title_end;
  const char *at;

  g_assert_no_error (error);
  first_line = export_broken_title (document, title, &bytes, &xml);
  /* The first line's last characters, then the break, in the title. */
  at = strstr (xml, "确保安全生产");
  title_end = at != NULL ? strstr (at, "</w:p>") : NULL;
  g_assert_nonnull (title_end);
  at = g_strrstr_len (xml, at - xml, "狠抓落实");
  g_assert_nonnull (at);
  at = strstr (at, "<w:rStyle w:val=\"FayanBreak\"/>");
  g_assert_nonnull (at);
  g_assert_true (at < strstr (xml, "确保安全生产"));
  g_assert_nonnull (strstr (at, "<w:br/>"));

  again = fy_docx_import_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (again, 0)), ==, FY_BLOCK_ROLE_TITLE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (again, 1)), !=, FY_BLOCK_ROLE_TITLE);
  text = fy_block_dup_text (fy_document_get_block (again, 0));
  g_assert_cmpstr (text, ==, title);
}

/* A long speaker line: Fayan breaks it evenly between phrases, where
 * Word and LibreOffice would fill the first line (…县应急管理委员会|主任);
 * the break is exported in the break style, and read back as none. */
static void
test_round_trip_speaker_breaks (void)
{
  const char *speaker = "中共临河县委常委、县人民政府常务副县长、县应急管理委员会主任　张三丰";
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于应急管理工作的发言");
  g_autoptr(FyBlock) line = fy_block_new_with_text (FY_BLOCK_ROLE_SPEAKER, 0, speaker);
  g_autoptr(FyBlock) salutation = fy_block_new_with_text (FY_BLOCK_ROLE_SALUTATION, 0, "各位领导、同志们：");
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_line = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *text = NULL;
  const char *at;

  fy_document_append_block (document, title);
  fy_document_append_block (document, line);
  fy_document_append_block (document, salutation);
  layout = fy_test_typeset (document, "gbt9704", NULL);
  first_line = fy_layout_dup_line_text (layout, 0, 1);
  g_assert_cmpstr (first_line, ==, "中共临河县委常委、县人民政府常务副县长、");

  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  xml = zip_read_part (bytes, "word/document.xml");
  at = strstr (xml, "常务副县长、");
  g_assert_nonnull (at);
  at = strstr (at, "<w:rStyle w:val=\"FayanBreak\"/>");
  g_assert_nonnull (at);
  g_assert_true (at < strstr (xml, "县应急管理"));
  g_assert_nonnull (strstr (at, "<w:br/>"));

  again = fy_docx_import_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (again, 1)), ==, FY_BLOCK_ROLE_SPEAKER);
  text = fy_block_dup_text (fy_document_get_block (again, 1));
  g_assert_cmpstr (text, ==, speaker);
}

/* The texts of the first paragraph of @xml up to the first engine
 * break in it, or NULL when it has none. */
static char *
title_text_before_break (const char *xml)
{
  const char *body = strstr (xml, "<w:body>");
  const char *end = body != NULL ? strstr (body, "</w:p>") : NULL;
  const char *brk = body != NULL ? strstr (body, "<w:rStyle w:val=\"FayanBreak\"/>") : NULL;
  GString *text;

  if (end == NULL || brk == NULL || brk > end)
    return NULL;
  text = g_string_new (NULL);
  for (const char *at = strstr (body, "<w:t xml:space=\"preserve\">"); at != NULL && at < brk;
       at = strstr (at + 1, "<w:t xml:space=\"preserve\">"))
    {
      const char *from = at + strlen ("<w:t xml:space=\"preserve\">");

      g_string_append_len (text, from, strstr (from, "</w:t>") - from);
    }
  return g_string_free (text, FALSE);
}

/* A speech from a template names its meeting by a field (在{{会议名称}}
 * 上的讲话): the title still reaches Word broken where Fayan breaks it
 * (…治理工作调研|座谈会, not Word's …调研座|谈会), the break inside the
 * field's content control where it falls in the value; read back, the
 * field keeps its value whole. */
static void
test_round_trip_field_title_breaks (void)
{
  const char *meeting = "市人大常委会农村生活污水治理工作调研座谈会";
  g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template ("leader-speech");
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_line = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *before = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  g_hash_table_insert (values, (gpointer) "会议名称", (gpointer) meeting);
  g_hash_table_insert (values, (gpointer) "发言人", (gpointer) "周建国");
  document = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);
  title = fy_document_dup_block_text (document, 0);
  first_line = export_broken_title (document, title, &bytes, &xml);
  before = title_text_before_break (xml);
  g_assert_cmpstr (before, ==, first_line);

  again = fy_docx_import_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (again, 0)), ==, FY_BLOCK_ROLE_TITLE);
  g_assert_cmpstr (fy_document_get_field_value (again, "会议名称"), ==, meeting);
  text = fy_document_dup_block_text (again, 0);
  g_assert_cmpstr (text, ==, title);
}

/* Word adds a paragraph's space after to the next one's space before;
 * in print the issue number stands right under the title, so the
 * title's space after (style Title) is taken off where the issue number
 * follows, and the gap comes after the issue number, from its style. */
static void
test_export_front_spacing (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *body = NULL;
  const char *title, *number, *text;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "县防汛抗旱指挥部会议纪要"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_ISSUE_NUMBER, 0, "第12期"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "会议研究部署汛期工作。"));
  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  body = zip_read_part (bytes, "word/document.xml");

  title = strstr (body, "<w:pStyle w:val=\"Title\"/>");
  number = strstr (body, "<w:pStyle w:val=\"FayanIssueNumber\"/>");
  text = strstr (body, "会议研究部署汛期工作");
  g_assert_nonnull (title);
  g_assert_nonnull (number);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (title + strlen ("<w:pStyle w:val=\"Title\"/>"),
                                   "<w:spacing w:after=\"0\" w:afterLines=\"0\"/>"));
  g_assert_true (g_str_has_prefix (number + strlen ("<w:pStyle w:val=\"FayanIssueNumber\"/>"),
                                   "<w:spacing w:before=\"0\" w:beforeLines=\"0\"/>"));
  /* the body paragraph keeps its style's spacing */
  g_assert_null (g_strstr_len (number + 1, text - number, "w:after=\"0\""));
}

/* A 决定's 发文字号 stands above its title, a blank line (one line of
 * the grid) under it, as Fayan prints it; the title has no space above,
 * and Word or WPS opens the two in that order. */
static void
test_export_document_number (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *body = NULL;
  g_autoptr(FyStyle) style = NULL;
  g_autofree char *gap = NULL;
  const char *title, *number;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_ISSUE_NUMBER, 0, "临委发〔2026〕9号"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于表彰抗旱救灾先进集体的决定"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_SALUTATION, 0, "各乡镇党委："));
  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  body = zip_read_part (bytes, "word/document.xml");
  style = fy_style_new_from_preset (fy_document_get_style_preset (document), &error);
  g_assert_no_error (error);
  /* one line of the grid, in twips, as the section's linePitch */
  gap = g_strdup_printf ("<w:spacing w:after=\"%ld\" w:afterLines=\"100\"/>",
                         (long) floor (fy_style_get_type_height (style) * 20 / fy_style_get_lines_per_page (style)));

  title = strstr (body, "<w:pStyle w:val=\"Title\"/>");
  number = strstr (body, "<w:pStyle w:val=\"FayanIssueNumber\"/>");
  g_assert_nonnull (title);
  g_assert_nonnull (number);
  g_assert_true (number < title);
  g_assert_true (g_str_has_prefix (number + strlen ("<w:pStyle w:val=\"FayanIssueNumber\"/>"), gap));
  g_assert_true (g_str_has_prefix (title + strlen ("<w:pStyle w:val=\"Title\"/>"),
                                   "<w:spacing w:before=\"0\" w:beforeLines=\"0\"/>"));

  again = fy_docx_import_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, &error);
  g_assert_no_error (error);
  fy_test_assert_block (again, 0, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "临委发〔2026〕9号");
  fy_test_assert_block (again, 1, FY_BLOCK_ROLE_TITLE, 0, NULL, "关于表彰抗旱救灾先进集体的决定");
}

/* Import of what LibreOffice writes */

static void
test_import_libreoffice (void)
{
  g_autofree char *soffice = find_soffice ();
  g_autofree char *html = g_test_build_filename (G_TEST_DIST, "data", "docx", "writer-speech.html", NULL);
  g_autofree char *outdir = g_build_filename (work_dir, "from-html", NULL);
  g_autofree char *docx = g_build_filename (outdir, "writer-speech.docx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (docx);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }

  fy_test_run_soffice (work_dir, "docx:MS Word 2007 XML", "HTML (StarWriter)", outdir, (const char *[]) { html, NULL });

  document = fy_import_file_with_warnings (file, &warnings, NULL, &error);
  g_assert_no_error (error);
  n = fy_document_get_n_blocks (document);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = fy_document_dup_block_text (document, i);

      g_test_message ("%u %s %u %s", i, fy_block_role_to_string (fy_block_get_role (fy_document_get_block (document, i))),
                      fy_block_get_level (fy_document_get_block (document, i)), text);
    }

  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "在年终工作推进会上的讲话");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                "今天召开这次会议，主要任务是盘点全年工作，部署年终各项任务。");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_HEADING, 1, NULL, "一、总结全年工作");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, "一是抓好收尾。", "各单位要对照年初计划逐项检查，没有完成的要说明原因。");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_PARAGRAPH, 0, "二是算好细账。", "财务部门要在本月底前完成决算草案。");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_HEADING, 2, NULL, "（一）认真盘点");
  fy_test_assert_block (document, 7, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "盘点要实事求是，既讲成绩，也讲不足。");
  /* the table is a table block, a tab between cells */
  fy_test_assert_block (document, 8, FY_BLOCK_ROLE_TABLE, 0, NULL, "项目\t进度\n道路改造\t九成\n管网更新\t七成");
  fy_test_assert_block (document, 9, FY_BLOCK_ROLE_HEADING, 1, NULL, "二、谋划明年工作");
  /* the author numbered the headings: they print as written */
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AS_WRITTEN);
  fy_test_assert_block (document, n - 2, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "市交通运输局");
  fy_test_assert_block (document, n - 1, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "2026年12月1日");
  g_assert_cmpstr (fy_document_get_title (document), ==, "在年终工作推进会上的讲话");

  g_assert_cmpuint (warnings->len, ==, 0);
}

/* A table goes out as a real w:tbl (header row repeated, rows kept
 * whole) that LibreOffice reads as a table, and comes back as the same
 * table block, through Fayan's own importer and through Writer. */
static void
test_table (void)
{
  g_autofree char *soffice = find_soffice ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "tables", "report.md", NULL);
  g_autofree char *markdown = NULL;
  g_autofree char *outdir = g_build_filename (work_dir, "table", NULL);
  g_autofree char *docx = g_build_filename (work_dir, "table.docx", NULL);
  g_autofree char *html = g_build_filename (outdir, "table.html", NULL);
  g_autofree char *resaved = g_build_filename (outdir, "table.docx", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *html_text = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(FyDocument) from_writer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) resaved_file = NULL;
  g_autofree char *table_text = NULL;

  g_file_get_contents (path, &markdown, NULL, &error);
  g_assert_no_error (error);
  document = fy_import_markdown (markdown, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 3)), ==, FY_BLOCK_ROLE_TABLE);
  table_text = fy_block_dup_text (fy_document_get_block (document, 3));

  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  xml = zip_read_part (bytes, "word/document.xml");
  g_assert_nonnull (strstr (xml, "<w:tbl>"));
  g_assert_nonnull (strstr (xml, "<w:tblHeader/>"));
  g_assert_nonnull (strstr (xml, "<w:cantSplit/>"));
  g_assert_nonnull (strstr (xml, "<w:gridCol w:w="));

  again = import_bytes (bytes, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  fy_test_assert_block (again, 3, FY_BLOCK_ROLE_TABLE, 0, NULL, table_text);
  g_assert_true (fy_block_get_table_header (fy_document_get_block (again, 3)));

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }

  /* Writer sees a table: its HTML export has the cells in <td>s */
  write_bytes (docx, bytes);
  fy_test_run_soffice (work_dir, "html", NULL, outdir, (const char *[]) { docx, NULL });
  g_file_get_contents (html, &html_text, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (html_text, "<table"));
  g_assert_nonnull (strstr (html_text, "税收占比达到百分之七十五"));
  g_assert_true (strstr (html_text, "<td") < strstr (html_text, "一般公共预算收入"));

  /* saved again by Writer, the table comes back whole */
  fy_test_run_soffice (work_dir, "docx:MS Word 2007 XML", NULL, outdir, (const char *[]) { docx, NULL });
  resaved_file = g_file_new_for_path (resaved);
  from_writer = fy_import_file (resaved_file, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < fy_document_get_n_blocks (from_writer); i++)
    {
      FyBlock *block = fy_document_get_block (from_writer, i);

      if (fy_block_get_role (block) == FY_BLOCK_ROLE_TABLE)
        {
          g_autofree char *text = fy_block_dup_text (block);

          g_assert_cmpstr (text, ==, table_text);
          g_assert_true (fy_block_get_table_header (block));
          return;
        }
    }
  g_assert_not_reached ();
}

static guint
count_in (const char *text,
          const char *needle)
{
  guint n = 0;

  for (const char *at = strstr (text, needle); at != NULL; at = strstr (at + strlen (needle), needle))
    n++;

  return n;
}

/* A new user's afternoon: export, a colleague adds a paragraph in Writer
 * and saves, the file opens again in Fayan. */
static void
test_edited_in_writer (void)
{
  static const char added[] =
    "<w:p><w:pPr><w:pStyle w:val=\"FayanBody\"/></w:pPr><w:r><w:t>这是科长在审稿时加上的一段话。</w:t></w:r></w:p>";
  g_autofree char *soffice = find_soffice ();
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GBytes) edited = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(FyBlock) paragraph = NULL;
  g_autofree char *body = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *rels = NULL;
  g_autofree char *root_rels = NULL;
  g_autofree char *types = NULL;
  g_autofree char *settings = NULL;
  g_autofree char *custom = NULL;
  g_autofree char *core = NULL;
  g_autofree char *app = NULL;
  g_autofree char *odd = NULL;
  g_autofree char *even = NULL;
  g_autoptr(GString) new_body = NULL;
  g_autofree char *in_dir = g_build_filename (work_dir, "edit-in", NULL);
  g_autofree char *out_dir = g_build_filename (work_dir, "edit-out", NULL);
  g_autofree char *in_path = g_build_filename (in_dir, "speech.docx", NULL);
  g_autofree char *out_path = g_build_filename (out_dir, "speech.docx", NULL);
  g_autofree char *txt_path = g_build_filename (out_dir, "speech.txt", NULL);
  g_autofree char *txt = NULL;
  const char *at;
  guint salutation = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }

  document = load_roles_speech ();
  exported = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);

  /* The paragraph goes in after the salutation's paragraph, as Writer
   * writes one. */
  body = zip_read_part (exported, "word/document.xml");
  at = strstr (body, "各位领导、同志们：</w:t></w:r></w:p>");
  g_assert_nonnull (at);
  at += strlen ("各位领导、同志们：</w:t></w:r></w:p>");
  new_body = g_string_new_len (body, at - body);
  g_string_append (new_body, added);
  g_string_append (new_body, at);
  styles = zip_read_part (exported, "word/styles.xml");
  rels = zip_read_part (exported, "word/_rels/document.xml.rels");
  root_rels = zip_read_part (exported, "_rels/.rels");
  types = zip_read_part (exported, "[Content_Types].xml");
  settings = zip_read_part (exported, "word/settings.xml");
  custom = zip_read_part (exported, "docProps/custom.xml");
  core = zip_read_part (exported, "docProps/core.xml");
  app = zip_read_part (exported, "docProps/app.xml");
  odd = zip_read_part (exported, "word/footer1.xml");
  even = zip_read_part (exported, "word/footer2.xml");
  edited = make_zip ("[Content_Types].xml", types, (gsize) 0,
                     "_rels/.rels", root_rels, (gsize) 0,
                     "word/document.xml", new_body->str, (gsize) 0,
                     "word/_rels/document.xml.rels", rels, (gsize) 0,
                     "word/styles.xml", styles, (gsize) 0,
                     "word/settings.xml", settings, (gsize) 0,
                     "docProps/custom.xml", custom, (gsize) 0,
                     "docProps/core.xml", core, (gsize) 0,
                     "docProps/app.xml", app, (gsize) 0,
                     "word/footer1.xml", odd, (gsize) 0,
                     "word/footer2.xml", even, (gsize) 0,
                     NULL);
  g_mkdir_with_parents (in_dir, 0700);
  write_bytes (in_path, edited);

  /* Writer opens it and saves it as .docx again */
  fy_test_run_soffice (work_dir, "docx:MS Word 2007 XML", NULL, out_dir, (const char *[]) { in_path, NULL });

  /* The colleague's copy reads in Writer as it was sent: each field's
   * text once (a plain-text content control came back from Writer's
   * save four times over, "在全市……推进会全市……推进会……上的交流发言"). */
  fy_test_run_soffice (work_dir, "txt:Text", NULL, out_dir, (const char *[]) { out_path, NULL });
  g_file_get_contents (txt_path, &txt, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (txt, "在全市基层治理工作推进会上的交流发言"));
  g_assert_cmpuint (count_in (txt, "全市基层治理工作推进会"), ==, 1);
  g_assert_cmpuint (count_in (txt, "王晓明"), ==, 1);

  file = g_file_new_for_path (out_path);
  again = fy_import_file_with_warnings (file, &warnings, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings != NULL ? warnings->len : 0, ==, 0);

  while (fy_block_get_role (fy_document_get_block (document, salutation)) != FY_BLOCK_ROLE_SALUTATION)
    salutation++;
  paragraph = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "这是科长在审稿时加上的一段话。");
  fy_document_insert_block (document, salutation + 1, paragraph);

  assert_blocks_equal (document, again);
  assert_fields_equal (document, again);
  g_assert_cmpstr (fy_document_get_speaker (again), ==, "王晓明");
}

/* A note typed in Word: "附件：1．……", further names as paragraphs of
 * their own indented with spaces (or after a line break), the items not
 * taken for headings nor for numbers the author wrote. */
static void
test_import_attachments (void)
{
  static const char body[] =
    BODY_START
    "<w:p><w:r><w:t>请各单位认真组织自查。</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>附件：1．档案安全自查表</w:t></w:r></w:p>"
    "<w:p><w:r><w:t xml:space=\"preserve\">　　　2．库房设施登记表</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>3．</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>联络员名单</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>临川县档案局</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>附件：整改台账</w:t></w:r><w:r><w:br/><w:t xml:space=\"preserve\">  2. 说明</w:t></w:r></w:p>"
    BODY_END;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_body (body, &warnings);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 4);
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_ATTACHMENT, 0, NULL,
                "附件：1．档案安全自查表\n2．库房设施登记表\n3．联络员名单");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "临川县档案局");
  /* a line break inside the paragraph: the spaces that lined it up go */
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_ATTACHMENT, 0, NULL, "附件：整改台账\n2.说明");
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AUTO);
}

/* A 纪要 typed in Word, not written by Fayan: the title centred, the
 * issue number centred under it in a paragraph of its own, whatever its
 * form (〔2026〕第5号, 第12期, 2026年第3期), and the body. */
static void
test_import_issue_number (void)
{
  static const char *numbers[] = { "〔2026〕第5号", "第12期", "2026年第3期" };

  for (guint k = 0; k < G_N_ELEMENTS (numbers); k++)
    {
      g_autofree char *body = g_strconcat (
        BODY_START
        "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"44\"/></w:rPr>"
        "<w:t>县防汛抗旱指挥部会议纪要</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>", numbers[k], "</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space=\"preserve\">　　6月3日，县防汛抗旱指挥部召开会议，研究部署汛期工作。</w:t></w:r></w:p>"
        BODY_END, NULL);
      g_autoptr(GBytes) bytes = make_zip ("word/document.xml", body, (gsize) 0, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(FyDocument) document = import_bytes (bytes, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 3);
      fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "县防汛抗旱指挥部会议纪要");
      fy_test_assert_block (document, 1, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, numbers[k]);
      fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                    "6月3日，县防汛抗旱指挥部召开会议，研究部署汛期工作。");
    }
}

/* A note without 附件： in its text (a template's) prints it: Word must
 * show it too, once for a note whose further names are blocks of their
 * own, and the import gives the blocks back as they were. */
static void
test_export_attachment_prefix (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyDocument) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const char *at;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "请认真组织自查。"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_ATTACHMENT, 0, "1．整改台账"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_ATTACHMENT, 0, "2．联络员名单"));
  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  body = zip_read_part (bytes, "word/document.xml");
  at = strstr (body, "附件：");
  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, "附件："));
  g_assert_true (strstr (body, "附件：") < strstr (body, "1．整改台账"));

  back = import_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (back), ==, 3);
  first = fy_block_dup_text (fy_document_get_block (back, 1));
  second = fy_block_dup_text (fy_document_get_block (back, 2));
  g_assert_cmpstr (first, ==, "1．整改台账");
  g_assert_cmpstr (second, ==, "2．联络员名单");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (back, 2)), ==, FY_BLOCK_ROLE_ATTACHMENT);
}

static void
test_cli (void)
{
  g_autoptr(FyDocument) document = load_roles_speech ();
  g_autofree char *fayan = g_build_filename (work_dir, "cli.fayan", NULL);
  g_autofree char *docx = g_build_filename (work_dir, "cli.docx", NULL);
  g_autofree char *back = g_build_filename (work_dir, "cli-back.fayan", NULL);
  g_autoptr(GFile) fayan_file = g_file_new_for_path (fayan);
  g_autoptr(GFile) back_file = g_file_new_for_path (back);
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (fy_document_save_to_file (document, fayan_file, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (fy_test_cli (NULL, NULL, "export", fayan, "-o", docx, NULL), ==, 0);
  g_assert_cmpint (fy_test_cli (NULL, NULL, "import", docx, "-o", back, NULL), ==, 0);

  again = fy_document_load_from_file (back_file, NULL, &error);
  g_assert_no_error (error);
  assert_blocks_equal (document, again);
  assert_fields_equal (document, again);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/docx/export/package", test_export_package);
  g_test_add_func ("/core/docx/export/page-numbers-off", test_export_page_numbers_off);
  g_test_add_func ("/core/docx/export/python-docx", test_export_python_docx);
  g_test_add_func ("/core/docx/export/blank-lines", test_export_blank_lines);
  g_test_add_func ("/core/docx/export/libreoffice", test_export_libreoffice);
  g_test_add_func ("/core/docx/export/libreoffice-lines", test_export_libreoffice_lines);
  g_test_add_func ("/core/docx/export/libreoffice-page-numbers", test_export_libreoffice_page_numbers);
  g_test_add_func ("/core/docx/round-trip", test_round_trip);
  g_test_add_func ("/core/docx/round-trip-attached", test_round_trip_attached);
  g_test_add_func ("/core/docx/round-trip-title-breaks", test_round_trip_title_breaks);
  g_test_add_func ("/core/docx/round-trip-field-title-breaks", test_round_trip_field_title_breaks);
  g_test_add_func ("/core/docx/round-trip-speaker-breaks", test_round_trip_speaker_breaks);
  g_test_add_func ("/core/docx/round-trip-issue-number", test_round_trip_issue_number);
  g_test_add_func ("/core/docx/export-document-number", test_export_document_number);
  g_test_add_func ("/core/docx/round-trip-minutes-header", test_round_trip_minutes_header);
  g_test_add_func ("/core/docx/import-issue-number", test_import_issue_number);
  g_test_add_func ("/core/docx/export-front-spacing", test_export_front_spacing);
  g_test_add_func ("/core/docx/cli", test_cli);
  g_test_add_func ("/core/docx/import/libreoffice", test_import_libreoffice);
  g_test_add_func ("/core/docx/import/edited-in-writer", test_edited_in_writer);
  g_test_add_func ("/core/docx/import/attachments", test_import_attachments);
  g_test_add_func ("/core/docx/export/attachment-prefix", test_export_attachment_prefix);
  g_test_add_func ("/core/docx/table", test_table);

  return fy_test_run_in_work_dir ("fayan-docx-XXXXXX", &work_dir);
}

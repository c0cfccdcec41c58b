/* test-docx-colleague.c — a Fayan .docx a colleague revises in LibreOffice Writer
 *
 * The clerk sends a 审议意见 as .docx; the colleague edits it in Writer
 * and sends it back.  Each test exports a document, changes its
 * document.xml as Writer's own edits leave it (seen in the files Writer
 * 7.4 saved after Find & Replace), lets LibreOffice save it as .docx
 * again (skipped without it) and imports that: nothing the colleague
 * wrote is lost, and the fields keep what they say.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <poppler.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-docx.h"
#include "fy-test-utils.h"

static char *work_dir;

static const char opinion[] =
  "# 关于县人民政府工作情况报告的审议意见\n\n"
  "县人大常委会听取和审议了县人民政府的报告。\n\n"
  "## 加快重点项目建设\n\n"
  "县发展改革局要建立重点项目月调度机制。\n\n"
  "## 着力解决群众急难愁盼问题\n\n"
  "对群众反映强烈的问题，要列出清单，限期解决。\n\n"
  "<!-- fayan:signature -->\n"
  "<span data-fayan-field=\"审议机关\">县人大常委会</span>\n\n"
  "<!-- fayan:date -->\n"
  "<span data-fayan-field=\"日期\">2026年12月11日</span>\n";

/* @body with its one @old replaced by @new */
static char *
replace_once (const char *body,
              const char *old,
              const char *new)
{
  const char *at = strstr (body, old);
  GString *edited = g_string_new_len (body, at != NULL ? at - body : 0);

  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, old));
  g_string_append (edited, new);
  g_string_append (edited, at + strlen (old));

  return g_string_free (edited, FALSE);
}

/* The opinion exported, its document.xml passed through @edit (old, new
 * pairs, NULL-terminated), saved by LibreOffice as .docx and imported,
 * the import's warnings in @warned (nullable); NULL (the test skipped)
 * without LibreOffice. */
static FyDocument *
revise_in_writer_warned (const char         *name,
                         const char * const *edit,
                         GPtrArray         **warned)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *in_dir = g_build_filename (work_dir, name, "in", NULL);
  g_autofree char *out_dir = g_build_filename (work_dir, name, "out", NULL);
  g_autofree char *in_path = g_build_filename (in_dir, "opinion.docx", NULL);
  g_autofree char *out_path = g_build_filename (out_dir, "opinion.docx", NULL);
  g_autoptr(FyDocument) sent = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GBytes) revised = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (out_path);
  g_autofree char *body = NULL;
  FyDocument *document;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return NULL;
    }

  sent = fy_import_markdown (opinion, -1, &error);
  g_assert_no_error (error);
  exported = fy_docx_export_to_bytes (sent, &error);
  g_assert_no_error (error);
  body = zip_read_part (exported, "word/document.xml");
  for (guint i = 0; edit[i] != NULL; i += 2)
    {
      char *edited = replace_once (body, edit[i], edit[i + 1]);

      g_free (body);
      body = edited;
    }
  revised = zip_replace_part (exported, "word/document.xml", body);
  g_mkdir_with_parents (in_dir, 0700);
  g_file_set_contents (in_path, g_bytes_get_data (revised, NULL), g_bytes_get_size (revised), &error);
  g_assert_no_error (error);

  /* the colleague's Writer saves it */
  fy_test_run_soffice (work_dir, "docx:MS Word 2007 XML", NULL, out_dir, (const char *[]) { in_path, NULL });

  document = fy_import_file_with_warnings (file, &warnings, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = fy_document_dup_block_text (document, i);

      g_test_message ("%u %s %s", i, fy_block_role_to_string (fy_block_get_role (fy_document_get_block (document, i))),
                      text);
    }
  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("warning: %s", (const char *) g_ptr_array_index (warnings, i));
  if (warned != NULL)
    *warned = g_steal_pointer (&warnings);

  return document;
}

static FyDocument *
revise_in_writer (const char         *name,
                  const char * const *edit)
{
  return revise_in_writer_warned (name, edit, NULL);
}

/* The index of the block whose text is @text; asserts there is one. */
static guint
find_block (FyDocument *document,
            const char *text)
{
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *block_text = fy_document_dup_block_text (document, i);

      if (g_str_equal (block_text, text))
        return i;
    }
  g_assert_not_reached ();
  return 0;
}

/* Asserts that @text is a first-level heading over the paragraph under
 * it in the opinion. */
static void
assert_heading_kept (FyDocument *document,
                     const char *text)
{
  guint index = find_block (document, text);
  FyBlock *heading = fy_document_get_block (document, index);

  g_assert_cmpint (fy_block_get_role (heading), ==, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpuint (fy_block_get_level (heading), ==, 1);
  g_assert_cmpuint (find_block (document, "对群众反映强烈的问题，要列出清单，限期解决。"), ==, index + 1);
}

/* A new item goes in before 二、, which the colleague renumbers 三、 by
 * retyping the heading (or Find & Replace of the line): Writer keeps the
 * new text in the first run, the one in Fayan's number style.  The
 * heading's words stay; the number the engine gives again goes. */
static void
test_renumbered_heading (void)
{
  static const char *edit[] = {
    "二、</w:t></w:r><w:r><w:t xml:space=\"preserve\">着力解决群众急难愁盼问题",
    "三、着力解决群众急难愁盼问题",
    NULL,
  };
  g_autoptr(FyDocument) document = revise_in_writer ("renumbered", edit);

  if (document == NULL)
    return;

  assert_heading_kept (document, "着力解决群众急难愁盼问题");
  /* the number the author did not type is not written into the text */
  find_block (document, "加快重点项目建设");
}

/* The heading retyped into the number's run (as above) is renumbered
 * again, its digit alone retyped: Word keeps the typed "三" as a run of
 * its own (marked for East Asian text), "、着力……" after it, both in
 * Fayan's number style, and Writer keeps them apart.  The number goes
 * whole, its 、 with it; the words stay. */
static void
test_renumbered_digit (void)
{
  static const char *edit[] = {
    "<w:r><w:rPr><w:rStyle w:val=\"FayanNumber\"/></w:rPr><w:t xml:space=\"preserve\">二、</w:t></w:r>"
    "<w:r><w:t xml:space=\"preserve\">着力解决群众急难愁盼问题",
    "<w:r><w:rPr><w:rStyle w:val=\"FayanNumber\"/><w:lang w:eastAsia=\"zh-CN\"/></w:rPr>"
    "<w:t xml:space=\"preserve\">三</w:t></w:r>"
    "<w:r><w:rPr><w:rStyle w:val=\"FayanNumber\"/></w:rPr>"
    "<w:t xml:space=\"preserve\">、着力解决群众急难愁盼问题",
    NULL,
  };
  g_autoptr(FyDocument) document = revise_in_writer ("renumbered-digit", edit);

  if (document == NULL)
    return;

  assert_heading_kept (document, "着力解决群众急难愁盼问题");
  find_block (document, "加快重点项目建设");
}

/* The colleague starts the second point on a new page (Ctrl+Enter in
 * Word before it, a paragraph holding the break) and a paragraph of the
 * first on one too (段前分页, the paragraph's own page break before it);
 * Writer saves the file again.  Fayan has no page breaks of its own but
 * before an attachment, so the import names each paragraph whose page
 * break it left out, once.  Nothing else is said and every word stays. */
static void
test_page_break (void)
{
  static const char *edit[] = {
    "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"FayanNumber\"/></w:rPr>"
    "<w:t xml:space=\"preserve\">二、",
    "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
    "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"FayanNumber\"/></w:rPr>"
    "<w:t xml:space=\"preserve\">二、",
    "<w:pStyle w:val=\"FayanBody\"/></w:pPr><w:r><w:t xml:space=\"preserve\">县发展改革局",
    "<w:pStyle w:val=\"FayanBody\"/><w:pageBreakBefore/></w:pPr><w:r><w:t xml:space=\"preserve\">县发展改革局",
    NULL,
  };
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = revise_in_writer_warned ("page-break", edit, &warnings);

  if (document == NULL)
    return;

  assert_heading_kept (document, "着力解决群众急难愁盼问题");
  find_block (document, "县发展改革局要建立重点项目月调度机制。");
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "(“县发展改革局要建立重点项目月调度…”): the page break before it"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "(“着力解决群众急难愁盼问题”): the page break before it"));
}

/* The colleague types the heading anew over the whole line, number and
 * all, without a number: Writer puts the words in the first run, the
 * one in Fayan's number style.  They are the heading's words, not a
 * number, and stay; the engine numbers the heading again. */
static void
test_retyped_heading (void)
{
  static const char *edit[] = {
    "二、</w:t></w:r><w:r><w:t xml:space=\"preserve\">着力解决群众急难愁盼问题",
    "切实解决群众急难愁盼问题",
    NULL,
  };
  g_autoptr(FyDocument) document = revise_in_writer ("retyped", edit);

  if (document == NULL)
    return;

  assert_heading_kept (document, "切实解决群众急难愁盼问题");
}

/* The colleague replaces the date (Find & Replace): Writer keeps Fayan's
 * bookmark around the first character, the rest after it in the same
 * content control.  The field is the new date.  A word typed after a
 * field left as sent is not the field's. */
static void
test_replaced_date (void)
{
  static const char *edit[] = {
    "<w:t xml:space=\"preserve\">2026年12月11日</w:t></w:r>",
    "<w:t xml:space=\"preserve\">2</w:t></w:r>",
    "<w:bookmarkEnd w:id=\"1\"/>",
    "<w:bookmarkEnd w:id=\"1\"/><w:r><w:t xml:space=\"preserve\">026年12月15日</w:t></w:r>",
    "<w:bookmarkEnd w:id=\"0\"/>",
    "<w:bookmarkEnd w:id=\"0\"/><w:r><w:t xml:space=\"preserve\">办公室</w:t></w:r>",
    NULL,
  };
  g_autoptr(FyDocument) document = revise_in_writer ("date", edit);
  guint date;

  if (document == NULL)
    return;

  g_assert_cmpstr (fy_document_get_field_value (document, "日期"), ==, "2026年12月15日");
  date = find_block (document, "2026年12月15日");
  g_assert_cmpuint (date, ==, fy_document_get_n_blocks (document) - 1);

  /* a later change of the field changes the whole date */
  fy_document_set_field_value (document, "日期", "2026年12月16日");
  find_block (document, "2026年12月16日");

  g_assert_cmpstr (fy_document_get_field_value (document, "审议机关"), ==, "县人大常委会");
  find_block (document, "县人大常委会办公室");
}

static const char survey[] =
  "# 关于家庭医生签约服务情况的审议意见\n\n"
  "各乡镇签约情况如下。\n\n"
  "| 乡镇 | 常住人口（人） | 签约人数（人） | 签约率（%） | 重点人群签约率（%） |\n"
  "| --- | --- | --- | --- | --- |\n"
  "| 城关镇 | 52318 | 40157 | 76.8 | 91.4 |\n"
  "| 白沙镇 | 18604 | 12990 | 69.8 | 88.3 |\n"
  "| 石桥乡 | 9235 | 7461 | 80.8 | 93.6 |\n\n"
  "请县人民政府研究处理。\n";

/* Whether a line of @lines holds @text whole */
static gboolean
has_line_with (GPtrArray  *lines,
               const char *text)
{
  for (guint i = 0; i < lines->len; i++)
    if (strstr (((FyTestPdfLine *) g_ptr_array_index (lines, i))->text->str, text) != NULL)
      return TRUE;
  return FALSE;
}

/* The colleague opens the .docx in Writer (Word's stand-in) and prints
 * it: each 乡镇's name stays on one line of its cell (Word's own cell
 * margins took so much of a column sized for the text that 城关|镇
 * broke and every row took two lines), and the figures stand flush
 * right in their column, as Fayan prints them. */
static void
test_table_in_writer (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *dir = g_build_filename (work_dir, "table", NULL);
  g_autofree char *docx = g_build_filename (dir, "survey.docx", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "pdf", "survey.pdf", NULL);
  g_autofree char *pdf_dir = g_path_get_dirname (pdf_path);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  PopplerRectangle first, second;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }

  document = fy_import_markdown (survey, -1, &error);
  g_assert_no_error (error);
  bytes = fy_docx_export_to_bytes (document, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (docx, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  fy_test_run_soffice (work_dir, "pdf", NULL, pdf_dir, (const char *[]) { docx, NULL });

  pdf = fy_test_pdf_open (pdf_path);
  lines = fy_test_pdf_lines (pdf);
  g_assert_true (has_line_with (lines, "城关镇"));
  g_assert_true (has_line_with (lines, "白沙镇"));
  g_assert_true (has_line_with (lines, "石桥乡"));

  page = poppler_document_get_page (pdf, 0);
  first = fy_test_pdf_find_once (page, "52318");
  second = fy_test_pdf_find_once (page, "9235");
  g_assert_cmpfloat (fabs (first.x2 - second.x2), <, 0.5);
  g_assert_cmpfloat (second.x1 - first.x1, >, 3.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/docx/colleague/renumbered-heading", test_renumbered_heading);
  g_test_add_func ("/core/docx/colleague/renumbered-digit", test_renumbered_digit);
  g_test_add_func ("/core/docx/colleague/retyped-heading", test_retyped_heading);
  g_test_add_func ("/core/docx/colleague/page-break", test_page_break);
  g_test_add_func ("/core/docx/colleague/replaced-date", test_replaced_date);
  g_test_add_func ("/core/docx/colleague/table-in-writer", test_table_in_writer);

  return fy_test_run_in_work_dir ("fayan-docx-colleague-XXXXXX", &work_dir);
}

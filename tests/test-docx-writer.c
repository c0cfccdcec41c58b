/* test-docx-writer.c — .docx files a colleague typed in LibreOffice Writer
 *
 * Each document is a flat ODT file in tests/data/docx, written with
 * Writer's own styles and the fonts set by hand as a clerk does.  The
 * tests save it as .docx with LibreOffice (skipped without it), import
 * that, check the roles, and print it: what LibreOffice reads out of the
 * source as text is what poppler reads back from the PDF, the page
 * numbers aside.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <poppler.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

static char *work_dir;

/* tests/data/docx/@name.fodt saved by LibreOffice as .docx, imported;
 * NULL (the test skipped) without LibreOffice.  @source_text: what
 * LibreOffice exports of the source as plain text. */
static FyDocument *
import_writer_file (const char  *name,
                    GPtrArray  **warnings,
                    char       **source_text)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *file_name = g_strconcat (name, ".fodt", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "docx", file_name, NULL);
  g_autofree char *outdir = g_build_filename (work_dir, name, NULL);
  g_autofree char *docx_name = g_strconcat (name, ".docx", NULL);
  g_autofree char *txt_name = g_strconcat (name, ".txt", NULL);
  g_autofree char *docx = g_build_filename (outdir, docx_name, NULL);
  g_autofree char *txt = g_build_filename (outdir, txt_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (docx);
  g_autoptr(GError) error = NULL;
  FyDocument *document;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return NULL;
    }

  fy_test_run_soffice (work_dir, "docx:MS Word 2007 XML", NULL, outdir, (const char *[]) { source, NULL });
  fy_test_run_soffice (work_dir, "txt:Text (encoded):UTF8", NULL, outdir, (const char *[]) { source, NULL });
  g_file_get_contents (txt, source_text, NULL, &error);
  g_assert_no_error (error);

  document = fy_import_file_with_warnings (file, warnings, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autofree char *text = fy_block_dup_text (block);

      g_test_message ("%u %s %u %s", i, fy_block_role_to_string (fy_block_get_role (block)),
                      fy_block_get_level (block), text);
    }
  for (guint i = 0; *warnings != NULL && i < (*warnings)->len; i++)
    g_test_message ("warning: %s", (const char *) g_ptr_array_index (*warnings, i));

  return document;
}

/* tests/data/docx/@name.fodt saved by LibreOffice as .docx, and that
 * .docx exported by LibreOffice as plain text (one paragraph a line, as
 * a clerk gets it to paste or mail); NULL (the test skipped) without
 * LibreOffice. */
static char *
writer_docx_text (const char  *name,
                  GFile      **file)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *file_name = g_strconcat (name, ".fodt", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "docx", file_name, NULL);
  g_autofree char *docx_name = g_strconcat (name, ".docx", NULL);
  g_autofree char *txt_name = g_strconcat (name, ".txt", NULL);
  g_autofree char *outdir = g_build_filename (work_dir, name, "docx", NULL);
  g_autofree char *textdir = g_build_filename (work_dir, name, "docx-text", NULL);
  g_autofree char *docx = g_build_filename (outdir, docx_name, NULL);
  g_autofree char *txt = g_build_filename (textdir, txt_name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return NULL;
    }

  fy_test_run_soffice (work_dir, "docx:MS Word 2007 XML", NULL, outdir, (const char *[]) { source, NULL });
  fy_test_run_soffice (work_dir, "txt:Text (encoded):UTF8", NULL, textdir, (const char *[]) { docx, NULL });
  g_file_get_contents (txt, &text, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("%s", text);
  *file = g_file_new_for_path (txt);
  return text;
}

/* @text without white space and without the page numbers (—1—) Fayan
 * prints; *@n_pages counts them. */
static char *
strip_page_numbers (const char *text,
                    guint      *n_pages)
{
  g_autofree char *stripped = fy_test_strip_spaces (text);
  g_autoptr(GString) out = g_string_new (NULL);

  *n_pages = 0;
  for (const char *p = stripped; *p != '\0';)
    {
      const char *q = g_str_has_prefix (p, "—") ? p + strlen ("—") : NULL;

      while (q != NULL && g_ascii_isdigit (*q))
        q++;
      if (q != NULL && q > p + strlen ("—") && g_str_has_prefix (q, "—"))
        {
          (*n_pages)++;
          p = q + strlen ("—");
          continue;
        }
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  return g_strdup (out->str);
}

/* Prints @document at gbt9704: asserts that every character of
 * @source_text prints, in order, and nothing else but the page numbers.
 * Returns the PDF. */
static PopplerDocument *
print_every_character (FyDocument *document,
                       const char *source_text)
{
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PopplerDocument *pdf;
  g_autofree char *printed = NULL;
  g_autofree char *read_back = NULL;
  g_autofree char *source = NULL;
  guint n_pages;

  /* LibreOffice's text export opens with a byte order mark */
  if (g_str_has_prefix (source_text, "\xef\xbb\xbf"))
    source_text += 3;
  source = fy_test_strip_spaces (source_text);

  layout = fy_test_typeset (document, "gbt9704", &bytes);
  pdf = fy_test_pdf_open_bytes (bytes);
  printed = fy_test_pdf_text (pdf);
  read_back = strip_page_numbers (printed, &n_pages);
  g_assert_cmpuint (n_pages, ==, (guint) poppler_document_get_n_pages (pdf));
  fy_test_assert_same_text (read_back, source);

  return pdf;
}

/* Whether @line stands in the middle of the type area (28 mm from the
 * left edge, 156 mm wide) within a point. */
static gboolean
is_centred (const FyTestPdfLine *line)
{
  const double left = 28.0 / 25.4 * 72.0, width = 156.0 / 25.4 * 72.0;
  const PopplerRectangle *first = &g_array_index (line->rects, PopplerRectangle, 0);
  const PopplerRectangle *last = &g_array_index (line->rects, PopplerRectangle, line->rects->len - 1);

  return fabs ((first->x1 - left) - (left + width - last->x2)) < 1.0;
}

/* The title typed in Writer's "Heading 1" (centred and enlarged by hand)
 * is the title: it is the document's title and prints centred on the
 * first lines, not as a 黑体 heading two cells in; the numbered headings
 * under it stay headings. */
static void
test_heading_title (void)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *source_text = NULL;
  g_autoptr(FyDocument) document = import_writer_file ("writer-report", &warnings, &source_text);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  const char *title = "关于全镇农村饮水安全工程运行管护情况的调研报告";
  g_autoptr(GString) title_lines = g_string_new (NULL);

  if (document == NULL)
    return;

  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, title);
  g_assert_cmpstr (fy_document_get_title (document), ==, title);
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_HEADING, 1, NULL, "一、基本情况");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_HEADING, 2, NULL, "（一）工程建设全面完成");

  pdf = print_every_character (document, source_text);
  lines = fy_test_pdf_lines (pdf);
  for (guint i = 0; i < lines->len && title_lines->len < strlen (title); i++)
    {
      const FyTestPdfLine *line = g_ptr_array_index (lines, i);

      g_assert_true (is_centred (line));
      g_string_append (title_lines, line->text->str);
    }
  g_assert_cmpstr (title_lines->str, ==, title);
}

/* The colleague's level-2 headings, numbered （一） and set apart by
 * hand with no heading style, in 楷体 (direct, or by a paragraph style
 * of her own) or in bold, are level-2 headings even where they end with
 * a full stop: the PDF's outline lists them under their first-level
 * heading, and no warning says their 楷体 was lost.  Numbered sentences
 * in the body face stay body text. */
static void
test_kaiti_headings (void)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *source_text = NULL;
  g_autoptr(FyDocument) document = import_writer_file ("writer-report", &warnings, &source_text);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *outline = NULL;

  if (document == NULL)
    return;

  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_HEADING, 2, NULL, "（一）工程建设全面完成");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_HEADING, 2, NULL, "（二）管护机制初步建立。");
  fy_test_assert_block (document, 8, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                        "（一）水源保护不够到位。个别水源地周边仍有散养畜禽，雨季水质浑浊，群众反映较多。");
  fy_test_assert_block (document, 9, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                        "（二）管水员队伍不够稳定。报酬偏低，年龄偏大，懂维修的人少。");
  fy_test_assert_block (document, 11, FY_BLOCK_ROLE_HEADING, 2, NULL, "（一）强化水源地保护。");
  fy_test_assert_block (document, 13, FY_BLOCK_ROLE_HEADING, 2, NULL, "（二）稳定管水员队伍。");
  for (guint i = 0; i < warnings->len; i++)
    g_assert_null (strstr (g_ptr_array_index (warnings, i), "楷体"));

  pdf = print_every_character (document, source_text);
  outline = fy_test_pdf_outline (pdf);
  g_test_message ("outline: %s", outline);
  g_assert_nonnull (strstr (outline, "一、基本情况|>（一）工程建设全面完成|>（二）管护机制初步建立。|二、"));
  g_assert_nonnull (strstr (outline, "三、意见建议|>（一）强化水源地保护。|>（二）稳定管水员队伍。|"));
}

/* A first draft with nothing set: the short first line is the title, as
 * the paste import takes it, so the speaker, the date and the
 * salutation under it are what they are, and 谢谢大家！ at the end is the
 * closing; a warning names the line taken as the title, and the title
 * prints centred. */
static void
test_plain_title (void)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *source_text = NULL;
  g_autoptr(FyDocument) document = import_writer_file ("writer-draft", &warnings, &source_text);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  const char *title = "在全镇秋冬季农村人居环境整治推进会上的讲话";
  guint said = 0;

  if (document == NULL)
    return;

  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, title);
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SPEAKER, 0, NULL, "镇党委副书记、镇长　罗文斌");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "（2026年11月18日）");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_HEADING, 1, NULL, "一、充分肯定前段工作成效");
  /* the last line closes the speech, as in a paste of its text */
  fy_test_assert_block (document, fy_document_get_n_blocks (document) - 1, FY_BLOCK_ROLE_CLOSING, 0, NULL,
                        "谢谢大家！");
  g_assert_cmpstr (fy_document_get_title (document), ==, title);
  for (guint i = 0; i < warnings->len; i++)
    said += strstr (g_ptr_array_index (warnings, i), "Paragraph 1 (“在全镇秋冬季") != NULL &&
            strstr (g_ptr_array_index (warnings, i), "title") != NULL;
  g_assert_cmpuint (said, ==, 1);

  pdf = print_every_character (document, source_text);
  lines = fy_test_pdf_lines (pdf);
  g_assert_true (is_centred (g_ptr_array_index (lines, 0)));
  g_assert_true (g_str_has_prefix (title, ((FyTestPdfLine *) g_ptr_array_index (lines, 0))->text->str));
}

/* The notice and the plan it issues, exported by LibreOffice as text
 * from the colleague's .docx (a blank line where the page broke, the
 * attached title indented by its outline label): the label 附件, the
 * plan's title and its first sentence stay three paragraphs, the title
 * an attached document's title, and every character prints. */
static void
test_docx_text_attachment (void)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = writer_docx_text ("writer-notice", &file);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GError) error = NULL;
  guint label = 0;

  if (text == NULL)
    return;

  document = fy_import_file (file, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *block_text = fy_block_dup_text (fy_document_get_block (document, i));

      g_test_message ("%u %s %s", i, fy_block_role_to_string (fy_block_get_role (fy_document_get_block (document, i))),
                      block_text);
      if (strcmp (block_text, "附件") == 0)
        label = i;
    }
  g_assert_cmpuint (label, >, 0);
  fy_test_assert_block (document, label + 1, FY_BLOCK_ROLE_TITLE, 0, NULL, "石桥乡汛后水毁设施修复工作方案");
  fy_test_assert_block (document, label + 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                        "为尽快恢复今年汛期受损的道路、渠道和堤坝，保障群众生产生活，制定本方案。");

  pdf = print_every_character (document, text);
}

/* The notice's .docx itself: the 方案's title, which the colleague set
 * in "Heading 1" under the label 附件, is the attached document's title
 * (its own pages, centred in the title face), not a first-level heading
 * of the notice; the 方案's numbered headings stay headings, and every
 * character prints. */
static void
test_attached_heading_title (void)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *source_text = NULL;
  g_autoptr(FyDocument) document = import_writer_file ("writer-notice", &warnings, &source_text);
  g_autoptr(PopplerDocument) pdf = NULL;
  guint label = 0;

  if (document == NULL)
    return;

  for (guint i = 0; i < fy_document_get_n_blocks (document) && label == 0; i++)
    {
      g_autofree char *text = fy_block_dup_text (fy_document_get_block (document, i));

      if (strcmp (text, "附件") == 0)
        label = i;
    }
  g_assert_cmpuint (label, >, 0);
  fy_test_assert_block (document, label + 1, FY_BLOCK_ROLE_TITLE, 0, NULL, "石桥乡汛后水毁设施修复工作方案");
  fy_test_assert_block (document, label + 3, FY_BLOCK_ROLE_HEADING, 1, NULL, "一、修复范围");

  pdf = print_every_character (document, source_text);
}

/* The line under an 意见's title that says whom it is for, （供县政府常务会议
 * 研究）, centred in 楷体 by hand in Writer: a note to the reader, read
 * as the subtitle, not as who speaks (it was the speaker line, so the
 * .docx Fayan exported called it "Fayan Speaker"); it prints centred
 * under the title, every character with it.  The
 * .docx's plain-text export, a paste of it, reads it so too, and so does
 * （供领导参阅） under a report's title; a speaker in brackets stays the
 * speaker. */
static void
test_reader_note (void)
{
  const char *note = "（供县政府常务会议研究）";
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *source_text = NULL;
  g_autoptr(FyDocument) document = import_writer_file ("writer-opinion", &warnings, &source_text);
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;
  g_autoptr(FyDocument) pasted = NULL;
  g_autoptr(FyDocument) report = NULL;
  g_autoptr(FyDocument) speech = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  gboolean centred = FALSE;

  if (document == NULL)
    return;

  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "关于做好今冬明春山塘水库安全度汛准备工作的意见");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SUBTITLE, 0, NULL, note);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_HEADING);
  pdf = print_every_character (document, source_text);
  lines = fy_test_pdf_lines (pdf);
  for (guint i = 0; i < lines->len; i++)
    {
      const FyTestPdfLine *line = g_ptr_array_index (lines, i);

      if (strcmp (line->text->str, note) == 0)
        centred = is_centred (line);
    }
  g_assert_true (centred);

  text = writer_docx_text ("writer-opinion", &file);
  pasted = fy_import_file (file, NULL, &error);
  g_assert_no_error (error);
  fy_test_assert_block (pasted, 1, FY_BLOCK_ROLE_SUBTITLE, 0, NULL, note);

  report = fy_import_plain_text ("关于全县冬季农村饮水安全情况的报告\n（供领导参阅）\n今冬以来，全县供水总体平稳。\n", -1,
                                 &error);
  g_assert_no_error (error);
  fy_test_assert_block (report, 1, FY_BLOCK_ROLE_SUBTITLE, 0, NULL, "（供领导参阅）");
  speech = fy_import_plain_text ("在全县冬季水利工作会议上的讲话\n（县人民政府副县长　周　平）\n同志们：\n今天开会。\n", -1,
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (speech, 1)), ==, FY_BLOCK_ROLE_SPEAKER);
}

/* A 实施方案 sent round for comments carries （征求意见稿） under its title,
 * centred in 楷体 by hand in Writer: what draft it is, a note to the
 * reader like （供……研究）, read as the subtitle, not the speaker; a
 * paste of its text reads it so too, and （讨论稿） under a plain title.
 * Every character is printed. */
static void
test_draft_note (void)
{
  const char *note = "（征求意见稿）";
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *source_text = NULL;
  g_autoptr(FyDocument) document = import_writer_file ("writer-plan", &warnings, &source_text);
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;
  g_autoptr(FyDocument) pasted = NULL;
  g_autoptr(FyDocument) plain = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GError) error = NULL;

  if (document == NULL)
    return;

  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "荇川县农村人居环境整治提升三年行动方案");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SUBTITLE, 0, NULL, note);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_HEADING);
  pdf = print_every_character (document, source_text);

  text = writer_docx_text ("writer-plan", &file);
  pasted = fy_import_file (file, NULL, &error);
  g_assert_no_error (error);
  fy_test_assert_block (pasted, 1, FY_BLOCK_ROLE_SUBTITLE, 0, NULL, note);

  plain = fy_import_plain_text ("关于加强村级财务管理的意见\n（讨论稿）\n为规范村级财务管理，提出如下意见。\n", -1, &error);
  g_assert_no_error (error);
  fy_test_assert_block (plain, 1, FY_BLOCK_ROLE_SUBTITLE, 0, NULL, "（讨论稿）");
}

/* A 工作要点 numbered with Writer's own heading numbering (一、 （一）
 * 1. （1）) and a circled list, as LibreOffice 7.4 saved it as .docx
 * (tests/data/docx/writer-numbered.docx, from writer-numbered.fodt):
 * Writer writes its 一 as taiwaneseCountingThousand, which came in as
 * "1、" and "（11）".  Each heading comes in with the number Writer
 * prints, as written, at its level; no warning names a number style;
 * and the PDF holds every character of LibreOffice's own text of the
 * .docx (writer-numbered-text.txt), list numbers included. */
static void
test_chinese_list_numbers (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "docx", "writer-numbered.docx", NULL);
  g_autofree char *text_path = g_test_build_filename (G_TEST_DIST, "data", "docx", "writer-numbered-text.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_import_file_with_warnings (file, &warnings, NULL, &error);
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *source_text = NULL;
  g_autofree char *outline = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < warnings->len; i++)
    {
      g_test_message ("warning: %s", (const char *) g_ptr_array_index (warnings, i));
      g_assert_null (strstr (g_ptr_array_index (warnings, i), "style"));
    }
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_HEADING, 1, NULL, "一、全力保障防洪安全");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_HEADING, 2, NULL, "（一）修订水库防汛预案");
  fy_test_assert_block (document, 14, FY_BLOCK_ROLE_HEADING, 2, NULL, "（十）做好汛期值班值守");
  fy_test_assert_block (document, 16, FY_BLOCK_ROLE_HEADING, 2, NULL, "（十一）开展汛后复盘评估");
  fy_test_assert_block (document, 19, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "②物资调运是否到位；");
  fy_test_assert_block (document, 21, FY_BLOCK_ROLE_HEADING, 1, NULL, "二、加快农村供水工程建设");
  fy_test_assert_block (document, 23, FY_BLOCK_ROLE_HEADING, 3, NULL, "1.完成北部片区管网改造");
  fy_test_assert_block (document, 25, FY_BLOCK_ROLE_HEADING, 4, NULL, "（2）改造入户管道2300户");
  fy_test_assert_block (document, 28, FY_BLOCK_ROLE_HEADING, 1, NULL, "三、持续深化河湖长制");
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AS_WRITTEN);

  g_file_get_contents (text_path, &source_text, NULL, &error);
  g_assert_no_error (error);
  pdf = print_every_character (document, source_text);
  outline = fy_test_pdf_outline (pdf);
  g_test_message ("outline: %s", outline);
  g_assert_nonnull (strstr (outline, "|>（十）做好汛期值班值守|>（十一）开展汛后复盘评估|二、加快农村供水工程建设|"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/docx/writer/heading-title", test_heading_title);
  g_test_add_func ("/core/docx/writer/kaiti-headings", test_kaiti_headings);
  g_test_add_func ("/core/docx/writer/plain-title", test_plain_title);
  g_test_add_func ("/core/docx/writer/text-attachment", test_docx_text_attachment);
  g_test_add_func ("/core/docx/writer/attached-heading-title", test_attached_heading_title);
  g_test_add_func ("/core/docx/writer/reader-note", test_reader_note);
  g_test_add_func ("/core/docx/writer/draft-note", test_draft_note);
  g_test_add_func ("/core/docx/writer/chinese-list-numbers", test_chinese_list_numbers);

  return fy_test_run_in_work_dir ("fayan-docx-writer-XXXXXX", &work_dir);
}

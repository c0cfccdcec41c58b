/* test-import-speeches.c — the heads of pasted speeches: a 汇编 of several
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * tests/data/pasted/speech-compilation.txt is a 讲话汇编 as a clerk
 * copies it out of a Word file into Fayan (my text): the compilation's
 * name, then two speeches made at one meeting, each with its title, its
 * speaker, the day and 同志们：.
 */

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

/* The index of the first block from @from in @document whose text is
 * @text, asserting there is one. */
static guint
find_block (FyDocument *document,
            guint       from,
            const char *text)
{
  for (guint i = from; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *here = fy_document_dup_block_text (document, i);

      if (g_str_equal (here, text))
        return i;
    }
  g_assert_not_reached ();
}

/* Every speech of a 汇编 comes in with its head: its title a title, the
 * speaker, the day and the salutation as such, as the first one's did
 * alone before; the compilation's name stays the document's title.  The
 * PDF starts each later speech on a page of its own, its title on the
 * page's first line, as a title after the body does. */
static void
test_compilation (void)
{
  static const char *title = "在全县冬春农田水利建设动员会上的讲话";
  g_autoptr(FyDocument) document = fy_test_import_plain_data ("pasted/speech-compilation.txt");
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  guint second;

  g_assert_cmpstr (fy_document_get_title (document), ==, "全县冬春农田水利建设动员会讲话汇编");
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "全县冬春农田水利建设动员会讲话汇编");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_TITLE, 0, NULL, title);
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_SPEAKER, 0, NULL, "县委书记　韩立群");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "（2026年11月20日）");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：");
  second = find_block (document, 5, title);
  fy_test_assert_block (document, second, FY_BLOCK_ROLE_TITLE, 0, NULL, title);
  fy_test_assert_block (document, second + 1, FY_BLOCK_ROLE_SPEAKER, 0, NULL, "县长　罗春明");
  fy_test_assert_block (document, second + 2, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "（2026年11月20日）");
  fy_test_assert_block (document, second + 3, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：");
  fy_test_assert_block (document, second + 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                        "刚才，韩书记作了重要讲话，我讲三点具体意见。");

  layout = fy_test_typeset (document, "gbt9704", &pdf_bytes);
  pdf = fy_test_pdf_open_bytes (pdf_bytes);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 2);
  page = poppler_document_get_page (pdf, 1);
  lines = fy_test_pdf_page_lines (page);
  g_assert_cmpstr (((FyTestPdfLine *) g_ptr_array_index (lines, 0))->text->str, ==, title);
  /* (poppler reads no character where the ideographic space stands) */
  g_assert_cmpstr (((FyTestPdfLine *) g_ptr_array_index (lines, 1))->text->str, ==, "县长罗春明");
  g_assert_cmpstr (((FyTestPdfLine *) g_ptr_array_index (lines, 3))->text->str, ==, "同志们：");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/import-speeches/compilation", test_compilation);

  return g_test_run ();
}

/* test-comparison-docx.c — the 修改对照表 as .docx, read back by python-docx and LibreOffice
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

#include "fayan-core.h"
#include "fy-test-utils.h"

static char *work_dir;

/* The seed's rounds (fy_test_make_seed_rounds()), with a paragraph added
 * at the end and a field changed. */
static void
make_rounds (FyDocument **old_document,
             FyDocument **new_document)
{
  g_autoptr(FyBlock) added = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                     "新增一段：要把调查研究贯穿工作全过程。");

  fy_test_make_seed_rounds (old_document, new_document);
  fy_document_set_field_value (*old_document, "会议", "学习班");
  fy_document_append_block (*new_document, added);
  fy_document_set_field_value (*new_document, "会议", "专题学习班");
}

/* Writes both rounds as .fayan files and runs fayan-cli compare on them. */
static char *
export_with_cli (const char *name,
                 gboolean    landscape)
{
  g_autoptr(FyDocument) old_document = NULL;
  g_autoptr(FyDocument) new_document = NULL;
  g_autofree char *old_path = g_build_filename (work_dir, "初稿.fayan", NULL);
  g_autofree char *new_path = g_build_filename (work_dir, "送审稿.fayan", NULL);
  g_autofree char *out_path = g_build_filename (work_dir, name, NULL);
  g_autoptr(GFile) old_file = g_file_new_for_path (old_path);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr(GError) error = NULL;
  g_auto(FyTestCliResult) run = { 0 };

  make_rounds (&old_document, &new_document);
  fy_document_save_to_file (old_document, old_file, NULL, &error);
  g_assert_no_error (error);
  fy_document_save_to_file (new_document, new_file, NULL, &error);
  g_assert_no_error (error);

  fy_test_run_cli (&run, "compare", old_path, new_path, "-o", out_path,
                   landscape ? "--landscape" : NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (out_path, G_FILE_TEST_EXISTS));
  return g_steal_pointer (&out_path);
}

/* Rows, cells and the marked runs, as python-docx reads them: one line per
 * cell (“C row col text”) and one per marked run (“S” struck, “U”
 * underlined, with the colour), and the page. */
static const char read_script[] =
  "import sys, docx\n"
  "from docx.oxml.ns import qn\n"
  "d = docx.Document(sys.argv[1])\n"
  "for p in d.paragraphs:\n"
  "    print('P', p.style.name, p.text)\n"
  "print('T', len(d.tables))\n"
  "t = d.tables[0]\n"
  "for r, row in enumerate(t.rows):\n"
  "    for c, cell in enumerate(row.cells):\n"
  "        print('C', r, c, cell.text)\n"
  "        for run in cell.paragraphs[0].runs:\n"
  "            colour = run.font.color.rgb if run.font.color.type is not None else None\n"
  "            if run.font.strike:\n"
  "                print('S', r, c, colour, run.text)\n"
  "            if run.font.underline:\n"
  "                print('U', r, c, colour, run.text)\n"
  "print('H', t.rows[0]._tr.trPr.find(qn('w:tblHeader')) is not None)\n"
  "s = d.sections[0]\n"
  "print('O', 'landscape' if s.page_width > s.page_height else 'portrait',\n"
  "      round(s.page_width.mm), round(s.page_height.mm))\n"
  "f = ''.join(i.text for i in s.footer._element.iter(qn('w:instrText')))\n"
  "print('F', f.strip())\n"
  "print('B', d.styles['Fayan Table'].element.rPr.find(qn('w:rFonts')).get(qn('w:eastAsia')))\n";

static void
test_python_docx (void)
{
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;

  if (!fy_test_have_python_docx ())
    {
      g_test_skip ("python3-docx is not installed");
      return;
    }

  path = export_with_cli ("对照表.docx", FALSE);
  out = fy_test_run_python (read_script, path);

  /* A real table: the header and one row per change (the field, two
   * edits, the move, the addition), the header repeated on each page. */
  g_assert_nonnull (strstr (out, "T 1\n"));
  g_assert_nonnull (strstr (out, "C 0 0 No.\nC 0 1 Original wording\nC 0 2 Revised wording\nC 0 3 Notes\n"));
  g_assert_nonnull (strstr (out, "C 5 0 5\n"));
  g_assert_null (strstr (out, "C 6 0"));
  g_assert_nonnull (strstr (out, "H True\n"));

  /* Row 1 is the field; row 2 the changed word, struck in red on the old
   * side and underlined in blue on the new side. */
  g_assert_nonnull (strstr (out, "C 1 1 〔Field “会议”〕学习班\n"));
  g_assert_nonnull (strstr (out, "C 1 2 〔Field “会议”〕专题学习班\n"));
  g_assert_nonnull (strstr (out, "S 2 1 C01C28 深入\n"));
  g_assert_nonnull (strstr (out, "U 2 2 1C57B8 深刻\n"));
  g_assert_null (strstr (out, "S 2 2"));
  g_assert_null (strstr (out, "U 2 1"));
  /* Row 3: the deleted sentence struck, on the old side only. */
  g_assert_nonnull (strstr (out, "S 3 1 C01C28 " FY_TEST_SEED_DELETED_SENTENCE "\n"));
  /* The added paragraph, underlined whole. */
  g_assert_nonnull (strstr (out, "U 5 2 1C57B8 新增一段：要把调查研究贯穿工作全过程。\n"));
  /* The speech named; the unchanged paragraphs are only counted. */
  g_assert_nonnull (strstr (out, "P Fayan Body Text: "));
  g_assert_nonnull (strstr (out, ". Original: 初稿.fayan; revised: 送审稿.fayan. "
                                 "5 changes; 4 unchanged paragraphs left out.\n"));
  g_assert_null (strstr (out, "我们坚持用政治建设引领"));

  /* The speech's page: A4 upright, 仿宋, a PAGE field in the footer. */
  g_assert_nonnull (strstr (out, "O portrait 210 297\n"));
  g_assert_nonnull (strstr (out, "F PAGE\n"));
  g_assert_nonnull (strstr (out, "B 仿宋_GB2312\n"));
  g_unlink (path);

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&path, g_free);
  path = export_with_cli ("对照表-横.docx", TRUE);
  out = fy_test_run_python (read_script, path);
  g_assert_nonnull (strstr (out, "O landscape 297 210\n"));
  g_unlink (path);
}

/* Converted by LibreOffice, the wording lands in the right rows and
 * columns: the old word left of the new one on the same line, the
 * deleted sentence in the old column below them, the page numbered. */
static void
test_libreoffice (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *path = NULL;
  g_autofree char *pdf_path = g_build_filename (work_dir, "对照表.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autofree char *page_text = NULL;
  g_autofree char *compact = NULL;
  PopplerRectangle old_word, new_word, sentence, header_old, header_new;
  guint n_found = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }

  path = export_with_cli ("对照表.docx", FALSE);
  fy_test_run_soffice (work_dir, "pdf", NULL, work_dir, (const char * const[]) { path, NULL });
  pdf = fy_test_pdf_open (pdf_path);
  page = poppler_document_get_page (pdf, 0);
  page_text = poppler_page_get_text (page);
  g_test_message ("%s", page_text);
  /* LibreOffice sets the spaces of “— 1 —” as gaps, not characters */
  compact = g_strdup (page_text);
  for (char *from = compact, *to = compact;; from++)
    if (*from != ' ' && (*to++ = *from) == '\0')
      break;

  header_old = fy_test_pdf_find_once (page, "Original wording");
  header_new = fy_test_pdf_find_once (page, "Revised wording");
  old_word = fy_test_pdf_find_once (page, "深入");
  new_word = fy_test_pdf_find_once (page, "深刻");

  /* the old word under 原文, the new one under 修改后, on one line */
  g_assert_cmpfloat (old_word.x1, >=, header_old.x1 - 40);
  g_assert_cmpfloat (old_word.x2, <, header_new.x1);
  g_assert_cmpfloat (new_word.x1, >, header_old.x2);
  g_assert_cmpfloat (fabs (old_word.y1 - new_word.y1), <, 1.0);
  /* The deleted sentence in the old column of a later row (which may go
   * on over the page, under the repeated header), and only there. */
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) other = poppler_document_get_page (pdf, i);
      GList *found = poppler_page_find_text (other, "2600");

      if (found != NULL)
        {
          sentence = *(PopplerRectangle *) found->data;
          header_new = fy_test_pdf_find_once (other, "Revised wording");
          g_assert_cmpfloat (sentence.x2, <, header_new.x1);
          g_assert_cmpfloat (sentence.x1, >=, header_old.x1 - 40);
          g_assert_true (i > 0 || fabs (sentence.y1 - old_word.y1) > 20.0);
          n_found += g_list_length (found);
        }
      g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
    }
  g_assert_cmpuint (n_found, ==, 1);
  /* unchanged paragraphs are left out; the page has its number */
  g_assert_null (strstr (page_text, "我们坚持用政治建设引领"));
  g_assert_nonnull (strstr (compact, "—1—"));

  g_unlink (path);
  g_unlink (pdf_path);
}

/* A colleague's copy edited as Word edits it: python-docx rewrites the
 * paragraph that starts with argv[3] as argv[4], or removes it when
 * argv[4] is empty, and saves the copy as argv[2]. */
static const char revise_script[] =
  "import sys, docx\n"
  "d = docx.Document(sys.argv[1])\n"
  "for p in d.paragraphs:\n"
  "    if p.text.startswith(sys.argv[3]):\n"
  "        if sys.argv[4]:\n"
  "            p.text = sys.argv[4]\n"
  "        else:\n"
  "            p._element.getparent().remove(p._element)\n"
  "        break\n"
  "else:\n"
  "    sys.exit('no paragraph ' + sys.argv[3])\n"
  "d.save(sys.argv[2])\n";

static FyDocument *
revise_copy (const char *sent,
             const char *name,
             const char *start,
             const char *wording)
{
  g_autofree char *path = g_build_filename (work_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  FyDocument *document;

  g_spawn_sync (NULL, (char *[]) { (char *) "/usr/bin/python3", (char *) "-c", (char *) revise_script,
                                   (char *) sent, path, (char *) start, (char *) wording, NULL },
                NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  document = fy_docx_import_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_unlink (path);
  return document;
}

/* Accepts every change of @revision's review into @draft; returns how
 * many were offered. */
static guint
accept_all (FyDocument *draft,
            FyDocument *revision,
            FyVersion **base)
{
  g_autoptr(FyDocument) compared = fy_comparison_dup_review_text (draft, revision, base);
  g_autoptr(FyComparison) first = fy_comparison_new (draft, compared);
  guint n_offered = fy_comparison_get_n_changes (first);
  g_autoptr(GError) error = NULL;

  for (guint n = 0; n < n_offered; n++)
    {
      g_autoptr(FyComparison) comparison = fy_comparison_new (draft, compared);

      g_assert_cmpuint (fy_comparison_get_n_changes (comparison), >, 0);
      g_assert_true (fy_comparison_apply_change (comparison, 0, draft, compared, &error));
      g_assert_no_error (error);
    }
  return n_offered;
}

/* Session 18's new user: one .docx went to two colleagues; A's copy was
 * accepted; B's copy, made from the same round, offered to undo A's
 * changes.  The .docx names the text it was made from, the draft keeps it
 * as a version, and B's copy is reviewed against that: only B's own
 * changes are offered, and A's stay. */
static void
test_second_copy (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) draft = NULL;
  g_autoptr(FyDocument) copy_a = NULL;
  g_autoptr(FyDocument) copy_b = NULL;
  g_autoptr(FyDocument) old_review = NULL;
  g_autoptr(FyComparison) comparison = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sent = g_build_filename (work_dir, "发言稿.docx", NULL);
  g_autofree char *digest = NULL;
  g_autofree char *text = NULL;
  FyVersion *base = NULL;

  if (!fy_test_have_python_docx ())
    {
      g_test_skip ("python3-docx is not installed");
      return;
    }

  draft = fy_import_markdown ("# 关于社区养老服务的几点体会\n\n"
                              "各位领导、同志们：\n\n"
                              "今年以来，我们新建社区食堂十二家，服务老人三千余人次。\n\n"
                              "一是摸清需求。逐户走访独居老人，建立需求清单。\n\n"
                              "二是整合资源。引导物业和志愿者参与助餐助浴。\n\n"
                              "三是完善制度。每月听取老人意见，及时改进服务。\n\n"
                              "以上发言，不妥之处请批评指正。\n", -1, &error);
  g_assert_no_error (error);
  fy_document_save_version (draft, "发出稿", "办公室", NULL);
  bytes = fy_docx_export_to_bytes (draft, &error);
  g_assert_no_error (error);
  g_file_set_contents (sent, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  /* the copy read back names the text it was made from */
  digest = fy_document_dup_text_digest (draft);
  copy_a = revise_copy (sent, "甲.docx", "今年以来", "今年以来，我们新建社区食堂十五家，服务老人五千余人次。");
  g_assert_cmpstr (fy_comparison_get_base_digest (copy_a), ==, digest);
  copy_b = revise_copy (sent, "乙.docx", "二是整合资源", "二是整合资源。引导物业、社工和志愿者参与助餐助浴。");

  /* round A: one change, taken */
  g_assert_cmpuint (accept_all (draft, copy_a, &base), ==, 1);
  g_assert_true (base == fy_document_get_version (draft, 0));

  /* B against the current text, as before: its round-1 figures would
   * undo A's */
  comparison = fy_comparison_new (draft, copy_b);
  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 2);

  /* B against the version it was made from: its own change only */
  g_assert_cmpuint (accept_all (draft, copy_b, &base), ==, 1);
  g_assert_true (base == fy_document_get_version (draft, 0));
  text = fy_document_dup_block_text (draft, 2);
  g_assert_cmpstr (text, ==, "今年以来，我们新建社区食堂十五家，服务老人五千余人次。");
  g_free (text);
  text = fy_document_dup_block_text (draft, 4);
  g_assert_cmpstr (text, ==, "二是整合资源。引导物业、社工和志愿者参与助餐助浴。");

  /* a draft without that version compares with the current text */
  fy_document_remove_version (draft, 0);
  old_review = fy_comparison_dup_review_text (draft, copy_b, &base);
  g_assert_null (base);
  g_assert_true (old_review == copy_b);
  g_unlink (sent);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/comparison-docx/python-docx", test_python_docx);
  g_test_add_func ("/core/comparison-docx/libreoffice", test_libreoffice);
  g_test_add_func ("/core/comparison-docx/second-copy", test_second_copy);

  return fy_test_run_in_work_dir ("fayan-comparison-docx-XXXXXX", &work_dir);
}

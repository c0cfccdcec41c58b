/* test-structure.c — numbering as written, keep-with-next and tables, read back from the PDF by poppler
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

typedef struct
{
  char            *dir;
  PopplerDocument *pdf;
  FyLayout        *layout;
} Rendered;

static void
rendered_free (Rendered *r)
{
  if (r->dir != NULL)
    {
      g_autofree char *pdf = g_build_filename (r->dir, "out.pdf", NULL);

      g_unlink (pdf);
      g_rmdir (r->dir);
    }
  g_free (r->dir);
  g_clear_object (&r->pdf);
  g_clear_pointer (&r->layout, fy_layout_unref);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Rendered, rendered_free)

/* Typesets @document with GB/T 9704 and reads the PDF back. */
static Rendered *
render (FyDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset ("gbt9704", &error);
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  Rendered *r = g_new0 (Rendered, 1);

  g_assert_no_error (error);
  typesetter = fy_typesetter_new (style);
  r->layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);

  r->dir = g_dir_make_tmp ("fayan-structure-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (r->dir, "out.pdf", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (fy_render_pdf (r->layout, document, file, NULL, &error));
  g_assert_no_error (error);

  r->pdf = fy_test_pdf_open (path);
  g_assert_cmpint (poppler_document_get_n_pages (r->pdf), ==, fy_layout_get_n_pages (r->layout));
  return r;
}

/* The text lines of page @index as poppler reads them, without spaces;
 * the page number line "— 1 —" is left out. */
static GPtrArray *
page_lines (Rendered *r,
            int       index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (r->pdf, index);
  g_autoptr(GPtrArray) lines = fy_test_pdf_page_lines (page);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < lines->len; i++)
    {
      FyTestPdfLine *line = g_ptr_array_index (lines, i);

      if (!g_str_has_prefix (line->text->str, "—"))
        g_ptr_array_add (result, g_strdup (line->text->str));
    }

  return result;
}

/* All lines of all pages, in order. */
static GPtrArray *
all_lines (Rendered *r)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  for (int p = 0; p < poppler_document_get_n_pages (r->pdf); p++)
    {
      g_autoptr(GPtrArray) lines = page_lines (r, p);

      for (guint i = 0; i < lines->len; i++)
        g_ptr_array_add (result, g_strdup (g_ptr_array_index (lines, i)));
    }

  return result;
}

static gboolean
has_line_starting (GPtrArray  *lines,
                   const char *prefix)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (lines, i), prefix))
      return TRUE;
  return FALSE;
}

static gboolean
has_text (GPtrArray  *lines,
          const char *needle)
{
  for (guint i = 0; i < lines->len; i++)
    if (strstr (g_ptr_array_index (lines, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

static void
append (FyDocument  *document,
        FyBlockRole  role,
        guint        level,
        const char  *text)
{
  g_autoptr(FyBlock) block = fy_block_new_with_text (role, level, text);

  fy_document_append_block (document, block);
}

/* Numbering ---------------------------------------------------------------- */

static FyDocument *
numbered_document (void)
{
  FyDocument *document = fy_document_new ();

  append (document, FY_BLOCK_ROLE_TITLE, 0, "关于规范公文格式的几点意见");
  append (document, FY_BLOCK_ROLE_HEADING, 1, "一要始终坚持按标准办文");
  append (document, FY_BLOCK_ROLE_PARAGRAPH, 0, "办文要守规矩，格式要统一。");
  append (document, FY_BLOCK_ROLE_HEADING, 1, "第二章　公文种类");
  append (document, FY_BLOCK_ROLE_PARAGRAPH, 0, "公文种类按照条例确定。");
  append (document, FY_BLOCK_ROLE_HEADING, 1, "工作要求");
  append (document, FY_BLOCK_ROLE_PARAGRAPH, 0, "各单位要认真执行。");
  append (document, FY_BLOCK_ROLE_HEADING, 2, "首先要提高认识");
  append (document, FY_BLOCK_ROLE_HEADING, 2, "明确责任分工");
  return document;
}

static void
test_numbering_as_written (void)
{
  g_autoptr(FyDocument) document = numbered_document ();
  g_autoptr(Rendered) automatic = NULL;
  g_autoptr(Rendered) written = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) written_lines = NULL;

  /* Automatic: a heading with its own ordinal prints as written, the
   * others are numbered on from it. */
  automatic = render (document);
  lines = all_lines (automatic);
  g_assert_true (has_line_starting (lines, "一要始终坚持按标准办文"));
  g_assert_true (has_line_starting (lines, "第二章公文种类"));
  g_assert_true (has_line_starting (lines, "三、工作要求"));
  g_assert_true (has_line_starting (lines, "首先要提高认识"));
  g_assert_true (has_line_starting (lines, "（二）明确责任分工"));
  g_assert_false (has_text (lines, "、一要"));
  g_assert_false (has_text (lines, "、第二章"));
  g_assert_false (has_text (lines, "）首先"));

  /* As written: no heading gets a number of the engine's. */
  fy_document_set_numbering (document, FY_NUMBERING_AS_WRITTEN);
  written = render (document);
  written_lines = all_lines (written);
  g_assert_true (has_line_starting (written_lines, "工作要求"));
  g_assert_true (has_line_starting (written_lines, "明确责任分工"));
  g_assert_false (has_text (written_lines, "三、"));
  g_assert_false (has_text (written_lines, "（二）"));
}

/* Keep with next ------------------------------------------------------------ */

static const char filler[] = "会议听取了工作汇报。";
static const char three_lines[] =
  "各地区各部门要把思想和行动统一到中央的决策部署上来，结合实际抓好贯彻落实，确保各项任务"
  "按期完成，以实际行动推动各项工作不断取得新的进展。";

/* Headings moved to every position near the foot of page 1: no page may
 * end on a heading, and the salutation never ends a page either. */
static void
test_keep_with_next (void)
{
  for (guint fill = 12; fill <= 21; fill++)
    {
      g_autoptr(FyDocument) document = fy_document_new ();
      g_autoptr(Rendered) r = NULL;

      append (document, FY_BLOCK_ROLE_TITLE, 0, "关于做好年度工作的意见");
      for (guint i = 0; i < fill; i++)
        append (document, FY_BLOCK_ROLE_PARAGRAPH, 0, filler);
      append (document, FY_BLOCK_ROLE_HEADING, 1, "总体要求");
      append (document, FY_BLOCK_ROLE_HEADING, 2, "指导思想");
      append (document, FY_BLOCK_ROLE_PARAGRAPH, 0, three_lines);
      append (document, FY_BLOCK_ROLE_PARAGRAPH, 0, three_lines);
      append (document, FY_BLOCK_ROLE_SALUTATION, 0, "同志们：");
      append (document, FY_BLOCK_ROLE_PARAGRAPH, 0, three_lines);

      r = render (document);
      g_test_message ("%u filler lines: %d pages", fill, poppler_document_get_n_pages (r->pdf));
      g_assert_cmpint (poppler_document_get_n_pages (r->pdf), >=, 2);
      for (int page = 0; page + 1 < poppler_document_get_n_pages (r->pdf); page++)
        {
          g_autoptr(GPtrArray) lines = page_lines (r, page);
          const char *last = g_ptr_array_index (lines, lines->len - 1);

          g_test_message ("  page %d ends with %s", page + 1, last);
          g_assert_false (g_str_has_prefix (last, "一、总体要求"));
          g_assert_false (g_str_has_prefix (last, "（一）指导思想"));
          g_assert_false (g_str_has_prefix (last, "同志们："));
          /* and the heading takes at least two lines of its text along */
          if (lines->len >= 3)
            g_assert_false (g_str_has_prefix (g_ptr_array_index (lines, lines->len - 2), "（一）指导思想"));
        }
    }
}

/* The signature and date never start a page alone: two lines of the text
 * before them go along. */
static void
test_keep_signature (void)
{
  for (guint fill = 10; fill <= 21; fill++)
    {
      g_autoptr(FyDocument) document = fy_document_new ();
      g_autoptr(Rendered) r = NULL;

      append (document, FY_BLOCK_ROLE_TITLE, 0, "关于做好年度工作的意见");
      for (guint i = 0; i < fill; i++)
        append (document, FY_BLOCK_ROLE_PARAGRAPH, 0, filler);
      append (document, FY_BLOCK_ROLE_PARAGRAPH, 0, three_lines);
      append (document, FY_BLOCK_ROLE_SIGNATURE, 0, "某某市人民政府办公室");
      append (document, FY_BLOCK_ROLE_DATE_LINE, 0, "2024年3月1日");

      r = render (document);
      for (int page = 1; page < poppler_document_get_n_pages (r->pdf); page++)
        {
          g_autoptr(GPtrArray) lines = page_lines (r, page);

          g_test_message ("%u filler lines: page %d starts with %s", fill, page + 1,
                          (const char *) g_ptr_array_index (lines, 0));
          g_assert_false (g_str_has_prefix (g_ptr_array_index (lines, 0), "某某市人民政府办公室"));
          g_assert_false (g_str_has_prefix (g_ptr_array_index (lines, 0), "2024年3月1日"));
        }
    }
}

/* A keep unit larger than a page (headings only) still paginates. */
static void
test_keep_progress (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(Rendered) r = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  for (guint i = 0; i < 60; i++)
    append (document, FY_BLOCK_ROLE_HEADING, 1 + i % 2, "只有标题没有正文");
  r = render (document);
  lines = all_lines (r);
  g_assert_cmpuint (lines->len, ==, 60);
  g_assert_cmpint (poppler_document_get_n_pages (r->pdf), >=, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/structure/numbering-as-written", test_numbering_as_written);
  g_test_add_func ("/core/structure/keep-with-next", test_keep_with_next);
  g_test_add_func ("/core/structure/keep-signature", test_keep_signature);
  g_test_add_func ("/core/structure/keep-progress", test_keep_progress);

  return g_test_run ();
}

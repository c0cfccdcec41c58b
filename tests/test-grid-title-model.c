/* test-grid-title-model.c — the learned prices of title breaks
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Issue 12, item 6: the rules' price of a break is moved by what the
 * labelled sets say of breaks like it (fy-title-model.c, weights in
 * data/titles/title-model.txt).  A title the rules break under a full
 * line before 的讲话, set through the real typesetter and read back from
 * the PDF, breaks with the model where the judges' phrases part.  Part
 * of test-grid-titles, which registers it (tests/test-grid-titles.h);
 * paths /core/grid/titles/model/...  That the weights are what the
 * script makes of the sets is the test title-model.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>

#include "fayan-core.h"
#include "fy-layout-private.h"
#include "fy-test-utils.h"
#include "fy-title-model.h"
#include "test-grid-titles.h"

/* The lines of @text set as a title with gbt9704, its breaks priced by
 * @model (NULL: the rules alone), rendered and read back by poppler,
 * joined by " / ". */
static char *
pdf_title_lines (const char         *text,
                 const FyTitleModel *model)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset ("gbt9704", &error);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-title-model-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) pdf = NULL;
  g_autoptr(PopplerDocument) reader = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  GString *joined = g_string_new (NULL);

  g_assert_no_error (error);
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, text));
  typesetter = fy_typesetter_new (style);
  fy_typesetter_set_title_model (typesetter, model);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "title.pdf", NULL);
  pdf = g_file_new_for_path (path);
  g_assert_true (fy_render_pdf (layout, document, pdf, NULL, &error));
  g_assert_no_error (error);
  reader = fy_test_pdf_open (path);
  lines = fy_test_pdf_lines (reader);
  for (guint i = 0; i < lines->len; i++)
    {
      FyTestPdfLine *line = g_ptr_array_index (lines, i);

      if (fabs (line->size - fy_style_get_role (style, FY_STYLE_ROLE_TITLE)->size) > 0.1)
        continue;
      g_string_append_printf (joined, "%s%s", joined->len > 0 ? " / " : "", line->text->str);
    }
  g_unlink (path);
  g_rmdir (dir);
  return g_string_free (joined, FALSE);
}

/* 领导干部|集体廉政谈话会: the rules price a break between two nouns
 * dear, and 的讲话 alone under a full line wins; the judges accept a
 * break after 干部 before the meeting it attends far more often than a
 * plain noun pair, and the model takes it. */
static void
test_title_model_meeting (void)
{
  const char *talk = "在全县新任职科级领导干部集体廉政谈话会上的讲话";
  g_autofree char *rules = NULL;
  g_autofree char *learned = NULL;

  if (fy_test_skip_without_lexicon ())
    return;
  rules = pdf_title_lines (talk, NULL);
  learned = pdf_title_lines (talk, fy_title_model_get_default ());
  g_assert_cmpstr (rules, ==, "在全县新任职科级领导干部集体廉政谈话会上 / 的讲话");
  g_assert_cmpstr (learned, ==, "在全县新任职科级领导干部 / 集体廉政谈话会上的讲话");
}

void
fy_test_add_title_model (void)
{
  g_test_add_func ("/core/grid/titles/model/meeting", test_title_model_meeting);
}

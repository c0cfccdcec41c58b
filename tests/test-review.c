/* test-review.c — a colleague's revision reviewed: all at once, a table's rows
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Out of test-versions.c (near its size limit): the review bar's
 * 采纳全部 and 全部拒绝, and a table's changed rows in the review. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fy-compare-window.h"
#include "fy-test-utils.h"
#include "fy-test-window.h"
#include "fy-window.h"

/* The index of the @nth (from 0) body paragraph of @document. */
static guint
find_paragraph (FyDocument *document,
                guint       nth)
{
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      if (fy_block_get_role (fy_document_get_block (document, i)) == FY_BLOCK_ROLE_PARAGRAPH &&
          nth-- == 0)
        return i;
    }
  g_assert_not_reached ();
}

/* The draft of @window as a colleague sends it back: a sentence added to
 * each of its first two body paragraphs, and a paragraph at the end. */
static FyDocument *
make_revision (FyWindow *window)
{
  FyDocument *revision = fy_document_copy (fy_window_get_document (window));
  g_autoptr(FyBlock) added = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                     "会后请各单位把落实情况报送县政府办公室。");

  fy_block_append_run (fy_document_get_block (revision, find_paragraph (revision, 0)),
                       FY_RUN_TEXT, "各乡镇要对照检查。");
  fy_block_append_run (fy_document_get_block (revision, find_paragraph (revision, 1)),
                       FY_RUN_TEXT, "年底前全部完成。");
  fy_document_append_block (revision, added);
  return revision;
}

/* A window of @app on the sample speech and the review of its
 * make_revision(), three changes; @original gets the draft's text,
 * @path the revision's. */
static FyCompareWindow *
open_revision (FyApplication  *app,
               FyWindow      **window,
               char          **original,
               char          **path)
{
  g_autoptr(FyDocument) revision = NULL;
  FyCompareWindow *review;

  *window = fy_test_make_window (app);
  *original = fy_test_dup_document_text (fy_window_get_document (*window));
  revision = make_revision (*window);
  review = fy_test_open_review (*window, revision, path);
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 3);
  return review;
}

/* A screenshot (with FAYAN_TEST_SCREENSHOTS), the window drawn first. */
static void
shot (const char *name)
{
  if (g_getenv ("FAYAN_TEST_SCREENSHOTS") == NULL)
    return;
  fy_test_run_for (500);
  fy_test_screenshot (name);
}

static void
click (FyCompareWindow *review,
       const char      *name)
{
  GtkWidget *button = fy_test_find_named (GTK_WIDGET (review), name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  fy_test_iterate ();
}

static void
assert_decided (FyCompareWindow *review)
{
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (fy_test_find_named (GTK_WIDGET (review), "accept-all-changes")));
  g_assert_false (gtk_widget_get_sensitive (fy_test_find_named (GTK_WIDGET (review), "reject-all-changes")));
}

/* 采纳全部 takes every change left into the draft (not the one kept
 * out), as one step: one Undo gives the draft back as it was. */
static void
test_review_accept_all (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autofree char *path = NULL;
  g_autofree char *original = NULL;
  g_autofree char *now = NULL;
  g_autofree char *undone = NULL;
  FyWindow *window;
  FyCompareWindow *review = open_revision (app, &window, &original, &path);
  FyDocument *document = fy_window_get_document (window);
  FyEditor *editor = fy_window_get_editor (window);

  /* The first paragraph's new sentence is kept out, the rest taken. */
  g_assert_cmpuint (fy_compare_window_get_current (review), ==, 1);
  fy_compare_window_reject (review);
  fy_test_iterate ();
  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 2);
  click (review, "accept-all-changes");
  assert_decided (review);
  shot ("review-accept-all");
  now = fy_test_dup_document_text (document);
  g_assert_null (strstr (now, "各乡镇要对照检查。"));
  g_assert_nonnull (strstr (now, "年底前全部完成。\n"));
  g_assert_true (g_str_has_suffix (now, "\n会后请各单位把落实情况报送县政府办公室。\n"));

  /* One Undo for both. */
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  fy_test_iterate ();
  undone = fy_test_dup_document_text (document);
  g_assert_cmpstr (undone, ==, original);

  fy_test_close_review (review, window, path);
}

/* 全部拒绝 keeps the draft's wording for every change: the draft stays
 * as it was and nothing is left to decide. */
static void
test_review_keep_all (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autofree char *path = NULL;
  g_autofree char *original = NULL;
  g_autofree char *now = NULL;
  g_autofree char *shown = NULL;
  FyWindow *window;
  FyCompareWindow *review = open_revision (app, &window, &original, &path);

  click (review, "reject-all-changes");
  assert_decided (review);
  now = fy_test_dup_document_text (fy_window_get_document (window));
  g_assert_cmpstr (now, ==, original);
  /* the view shows the draft's wording, no change marked */
  shown = fy_compare_window_dup_text (review);
  g_assert_null (strstr (shown, "{+"));
  g_assert_null (strstr (shown, "年底前全部完成。"));

  fy_test_close_review (review, window, path);
}

/* A colleague added a row to a table: the review shows that row added,
 * not the whole table struck out and set again. */
static void
test_review_table_row (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(FyDocument) revision = NULL;
  g_autoptr(FyBlock) table = fy_block_new_with_text (FY_BLOCK_ROLE_TABLE, 0,
                                                     "乡镇\t受益户数\n城关镇\t412\n河口乡\t96");
  g_autofree char *path = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *now = NULL;
  FyWindow *window = fy_test_make_window (app);
  FyDocument *document = fy_window_get_document (window);
  FyCompareWindow *review;
  guint at = find_paragraph (document, 0) + 1;

  fy_block_set_table_header (table, TRUE);
  fy_editor_begin_model_edit (fy_window_get_editor (window));
  fy_document_insert_block (document, at, table);
  fy_test_iterate ();
  revision = fy_document_copy (document);
  fy_block_set_text (fy_document_get_block (revision, at),
                     "乡镇\t受益户数\n城关镇\t412\n石门乡\t130\n河口乡\t96");
  review = fy_test_open_review (window, revision, &path);

  g_assert_cmpuint (fy_compare_window_get_n_changes (review), ==, 1);
  shown = fy_compare_window_dup_text (review);
  g_assert_nonnull (strstr (shown, "乡镇\t受益户数\n城关镇\t412\n{+石门乡\t130\n+}河口乡\t96\n"));
  g_assert_null (strstr (shown, "[-"));
  shot ("review-table-row");

  g_assert_true (fy_compare_window_accept (review, NULL));
  fy_test_iterate ();
  now = fy_document_dup_block_text (document, at);
  g_assert_cmpstr (now, ==, "乡镇\t受益户数\n城关镇\t412\n石门乡\t130\n河口乡\t96");

  fy_test_close_review (review, window, path);
}

int
main (int   argc,
      char *argv[])
{
  fy_test_init_ui (&argc, &argv);

  g_test_add_func ("/ui/review/accept-all-undo", test_review_accept_all);
  g_test_add_func ("/ui/review/keep-all", test_review_keep_all);
  g_test_add_func ("/ui/review/table-row", test_review_table_row);

  return g_test_run ();
}

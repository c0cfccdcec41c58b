/* test-source.c — tests of FySource, the immutable snapshot workers read
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

static FyBlock *
add_block (FyDocument  *document,
           FyBlockRole  role,
           guint        level,
           const char  *text)
{
  g_autoptr(FyBlock) block = fy_block_new_with_text (role, level, text);

  fy_document_append_block (document, block);
  return block;
}

/* Every kind of block and run: fields filled and unfilled, a bold lead,
 * markup, a table with a field in a cell, the signature. */
static FyDocument *
make_document (void)
{
  FyDocument *document = fy_document_new ();
  g_autoptr(FyBlock) lead = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FyBlock) markup = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  FyBlock *table;

  fy_document_set_title (document, "关于推进工作的讲话");
  fy_document_set_speaker (document, "张三");
  fy_document_set_numbering (document, FY_NUMBERING_AUTO);
  fy_document_set_field_value (document, "单位", "市政府办公室");
  fy_document_set_field_value (document, "日期", "2026年12月5日");

  add_block (document, FY_BLOCK_ROLE_TITLE, 0, "在{{单位}}会议上的讲话");
  add_block (document, FY_BLOCK_ROLE_SALUTATION, 0, "同志们：");
  add_block (document, FY_BLOCK_ROLE_HEADING, 1, "统一思想");
  fy_block_set_lead_and_text (lead, "一是抓落实。", "请{{会场}}的同志们按时到会。");
  fy_document_append_block (document, lead);
  fy_block_append_run (markup, FY_RUN_MARKUP, "<!-- 备注 -->");
  fy_document_append_block (document, markup);
  table = add_block (document, FY_BLOCK_ROLE_TABLE, 0, "项目\t单位\n道路\t{{单位}}");
  fy_block_set_table_header (table, TRUE);
  add_block (document, FY_BLOCK_ROLE_SIGNATURE, 0, "{{单位}}");
  add_block (document, FY_BLOCK_ROLE_DATE_LINE, 0, "{{日期}}");
  return document;
}

static void
assert_block_equal (FyDocument    *document,
                    guint          i,
                    FySourceBlock *record)
{
  FyBlock *block = fy_document_get_block (document, i);
  g_autofree char *text = fy_block_dup_text (block);
  g_autofree char *printed = fy_document_dup_block_text (document, i);

  g_assert_cmpint (fy_source_block_get_role (record), ==, fy_block_get_role (block));
  g_assert_cmpuint (fy_source_block_get_level (record), ==, fy_block_get_level (block));
  g_assert_cmpint (fy_source_block_get_table_header (record), ==, fy_block_get_table_header (block));
  g_assert_cmpint (fy_source_block_is_markup_only (record), ==, fy_block_is_markup_only (block));
  g_assert_cmpstr (fy_source_block_get_text (record), ==, text);
  g_assert_cmpstr (fy_source_block_get_printed_text (record), ==, printed);
  g_assert_cmpuint (fy_source_block_get_n_runs (record), ==, fy_block_get_n_runs (block));
  for (guint r = 0; r < fy_block_get_n_runs (block); r++)
    {
      const FyRun *run = fy_block_get_run (block, r);
      const FyRun *copy = fy_source_block_get_run (record, r);

      g_assert_cmpint (copy->kind, ==, run->kind);
      g_assert_cmpstr (copy->text, ==, run->text);
      g_assert_true (copy->text != run->text);
      if (run->kind == FY_RUN_FIELD)
        g_assert_cmpstr (fy_source_block_get_run_value (record, r), ==,
                         fy_document_get_field_value (document, run->text));
      else
        g_assert_null (fy_source_block_get_run_value (record, r));
    }
}

static void
assert_source_equal (FyDocument *document,
                     FySource   *source)
{
  g_auto(GStrv) names = fy_document_dup_field_names (document);
  g_autofree char *display = fy_document_dup_display_title (document);

  g_assert_cmpstr (fy_source_get_title (source), ==, fy_document_get_title (document));
  g_assert_cmpstr (fy_source_get_speaker (source), ==, fy_document_get_speaker (document));
  g_assert_cmpstr (fy_source_get_date (source), ==, fy_document_get_date (document));
  g_assert_cmpstr (fy_source_get_style_preset (source), ==, fy_document_get_style_preset (document));
  g_assert_cmpint (fy_source_get_numbering (source), ==, fy_document_get_numbering (document));
  g_assert_cmpstr (fy_source_get_display_title (source), ==, display);
  g_assert_cmpstrv (fy_source_get_field_names (source), names);
  for (guint i = 0; names[i] != NULL; i++)
    g_assert_cmpstr (fy_source_get_field_value (source, names[i]), ==,
                     fy_document_get_field_value (document, names[i]));

  g_assert_cmpuint (fy_source_get_n_blocks (source), ==, fy_document_get_n_blocks (document));
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    assert_block_equal (document, i, fy_source_get_block (source, i));
}

static void
test_equal (void)
{
  g_autoptr(FyDocument) document = make_document ();
  g_autoptr(FySource) source = fy_source_new (document);
  g_autoptr(FyDocument) again = fy_source_dup_document (source);
  g_autoptr(FySource) source_again = fy_source_new (again);
  FySourceBlock *table = fy_source_get_block (source, 5);

  assert_source_equal (document, source);
  g_assert_cmpstr (fy_source_block_get_printed_text (fy_source_get_block (source, 0)), ==,
                   "在市政府办公室会议上的讲话");
  g_assert_cmpstr (fy_source_block_get_printed_text (fy_source_get_block (source, 3)), ==,
                   "一是抓落实。请{{会场}}的同志们按时到会。");
  g_assert_cmpstr (fy_source_block_get_printed_text (fy_source_get_block (source, 4)), ==, "");

  /* the table's cells, fields resolved in them too */
  g_assert_cmpuint (fy_source_block_get_n_rows (table), ==, 2);
  g_assert_cmpuint (fy_source_block_get_n_columns (table), ==, 2);
  g_assert_cmpstr (fy_source_block_get_printed_text (fy_source_block_get_cell (table, 1, 1)), ==,
                   "市政府办公室");
  g_assert_cmpstr (fy_source_block_get_text (fy_source_block_get_cell (table, 1, 1)), ==, "{{单位}}");

  /* a document made back from the snapshot is the same document */
  assert_source_equal (again, source_again);
  assert_source_equal (document, source_again);
}

/* The seed speech: every block as the document has it. */
static void
test_equal_seed (void)
{
  g_autoptr(FyDocument) document = fy_test_load_corpus_markdown ("seed-speech.md");
  g_autoptr(FySource) source = fy_source_new (document);

  g_assert_cmpuint (fy_source_get_n_blocks (source), >, 5);
  assert_source_equal (document, source);
}

/* After one edit only the edited block is new; the rest are the very
 * records of the previous snapshot. */
static void
test_sharing (void)
{
  g_autoptr(FyDocument) document = make_document ();
  g_autoptr(FySource) before = fy_source_new (document);
  g_autoptr(FySource) after = NULL;
  g_autoptr(FySource) retitled = NULL;
  g_autoptr(FySource) refilled = NULL;
  guint n = fy_document_get_n_blocks (document);

  fy_block_set_text (fy_document_get_block (document, 2), "统一思想认识");
  after = fy_source_new (document);
  for (guint i = 0; i < n; i++)
    {
      if (i == 2)
        g_assert_true (fy_source_get_block (after, i) != fy_source_get_block (before, i));
      else
        g_assert_true (fy_source_get_block (after, i) == fy_source_get_block (before, i));
    }
  g_assert_cmpstr (fy_source_block_get_text (fy_source_get_block (before, 2)), ==, "统一思想");
  g_assert_cmpstr (fy_source_block_get_text (fy_source_get_block (after, 2)), ==, "统一思想认识");
  assert_source_equal (document, after);

  /* a role change is a change too */
  fy_block_set_role (fy_document_get_block (document, 1), FY_BLOCK_ROLE_PARAGRAPH);
  retitled = fy_source_new (document);
  g_assert_true (fy_source_get_block (retitled, 1) != fy_source_get_block (after, 1));
  g_assert_true (fy_source_get_block (retitled, 3) == fy_source_get_block (after, 3));

  /* a field value renews the blocks that use fields, and only those */
  fy_document_set_field_value (document, "单位", "区政府办公室");
  refilled = fy_source_new (document);
  for (guint i = 0; i < n; i++)
    {
      FySourceBlock *old = fy_source_get_block (retitled, i);
      gboolean has_field = strstr (fy_source_block_get_text (old), "{{") != NULL;

      g_assert_cmpint (fy_source_get_block (refilled, i) != old, ==, has_field);
    }
  assert_source_equal (document, refilled);
  g_assert_cmpstr (fy_source_block_get_printed_text (fy_source_get_block (before, 0)), ==,
                   "在市政府办公室会议上的讲话");
  g_assert_cmpstr (fy_source_block_get_printed_text (fy_source_get_block (refilled, 0)), ==,
                   "在区政府办公室会议上的讲话");
}

/* A block moved into another document is resolved with that one's values. */
static void
test_moved_block (void)
{
  g_autoptr(FyDocument) one = make_document ();
  g_autoptr(FyDocument) other = fy_document_new ();
  g_autoptr(FySource) first = fy_source_new (one);
  g_autoptr(FySource) second = NULL;
  g_autoptr(FyBlock) block = g_object_ref (fy_document_get_block (one, 0));

  fy_document_remove_block (one, 0);
  fy_document_set_field_value (other, "单位", "县政府");
  fy_document_append_block (other, block);
  second = fy_source_new (other);
  g_assert_cmpstr (fy_source_block_get_printed_text (fy_source_get_block (second, 0)), ==,
                   "在县政府会议上的讲话");
  assert_source_equal (other, second);
}

typedef struct
{
  FySource *source;
  FyLayout *layout;
  gint      done;
} LayoutJob;

static gpointer
layout_thread (gpointer data)
{
  LayoutJob *job = data;
  g_autoptr(FyStyle) style = fy_style_new_from_preset ("gbt9704", NULL);
  g_autoptr(FyTypesetter) typesetter = fy_typesetter_new (style);
  g_autoptr(GError) error = NULL;

  job->layout = fy_typesetter_layout_source (typesetter, job->source, NULL, &error);
  g_assert_no_error (error);
  g_atomic_int_set (&job->done, 1);
  return NULL;
}

/* A worker lays out a snapshot while the main thread keeps editing the
 * document: the layout is that of the snapshot's text, whatever the
 * document became meanwhile. */
static void
test_layout_while_editing (void)
{
  g_autoptr(FyDocument) document = fy_test_load_corpus_markdown ("seed-speech.md");
  g_autoptr(FyStyle) style = fy_style_new_from_preset ("gbt9704", NULL);
  g_autoptr(FyTypesetter) typesetter = fy_typesetter_new (style);
  g_autoptr(FyDocument) frozen = NULL;
  g_autoptr(FyLayout) expected = NULL;
  g_autofree char *expected_json = NULL;
  g_autofree char *got_json = NULL;
  LayoutJob job = { 0 };
  GThread *thread;
  guint n_edits = 0;

  fy_document_set_field_value (document, "单位", "市政府办公室");
  fy_block_set_text (fy_document_get_block (document, 1), "请{{单位}}的同志们注意。");
  job.source = fy_source_new (document);
  frozen = fy_source_dup_document (job.source);
  expected = fy_typesetter_layout (typesetter, frozen, NULL, NULL);
  expected_json = fy_layout_to_json (expected);

  thread = g_thread_new ("layout", layout_thread, &job);
  while (!g_atomic_int_get (&job.done) || n_edits < 200)
    {
      guint n = fy_document_get_n_blocks (document);
      FyBlock *block = fy_document_get_block (document, n_edits % n);
      g_autofree char *text = g_strdup_printf ("第%u次改动后的段落。", n_edits);
      g_autofree char *value = g_strdup_printf ("第%u个单位", n_edits);

      fy_block_set_text (block, text);
      fy_block_set_role (block, n_edits % 2 ? FY_BLOCK_ROLE_HEADING : FY_BLOCK_ROLE_PARAGRAPH);
      fy_document_set_field_value (document, "单位", value);
      if (n_edits % 7 == 0)
        {
          g_autoptr(FyBlock) added = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "新段落。");

          fy_document_insert_block (document, 0, added);
        }
      if (n_edits % 11 == 0 && n > 2)
        fy_document_remove_block (document, n - 1);
      n_edits++;
    }
  g_thread_join (thread);

  g_assert_nonnull (job.layout);
  got_json = fy_layout_to_json (job.layout);
  g_assert_cmpstr (got_json, ==, expected_json);
  g_assert_nonnull (strstr (got_json, "市政府办公室"));
  fy_layout_unref (job.layout);
  fy_source_unref (job.source);
}

/* `fayan-cli info`'s counts: the blocks by role and level, bold leads,
 * and the characters the window's status line shows. */
static void
test_counts (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(FyBlock) lead = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FySource) source = NULL;
  guint by_role[FY_BLOCK_N_ROLES] = { 0 };
  guint headings[FY_HEADING_MAX_LEVEL + 1] = { 0 };
  guint n_leads = 0, n_chars = 0, n_no_punct = 0;
  FySourceCounts counts;

  fy_block_set_lead_and_text (lead, "一是抓落实。", "各单位要对照清单逐项推进。");
  fy_document_insert_block (document, 1, lead);
  source = fy_source_new (document);
  fy_source_count (source, &counts);

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autofree char *lead_text = fy_block_dup_lead (block);

      by_role[fy_block_get_role (block)]++;
      if (fy_block_get_role (block) == FY_BLOCK_ROLE_HEADING)
        headings[fy_block_get_level (block)]++;
      n_leads += lead_text != NULL;
    }
  fy_document_count_characters (document, &n_chars, &n_no_punct);

  g_assert_cmpuint (counts.n_blocks, ==, fy_document_get_n_blocks (document));
  g_assert_cmpmem (counts.n_by_role, sizeof counts.n_by_role, by_role, sizeof by_role);
  g_assert_cmpmem (counts.n_headings, sizeof counts.n_headings, headings, sizeof headings);
  g_assert_cmpuint (by_role[FY_BLOCK_ROLE_HEADING], >, 0);
  g_assert_cmpuint (counts.n_leads, ==, n_leads);
  g_assert_cmpuint (counts.n_leads, >=, 1);
  g_assert_cmpuint (counts.n_chars, ==, n_chars);
  g_assert_cmpuint (counts.n_chars_no_punct, ==, n_no_punct);
  g_assert_cmpuint (n_no_punct, <, n_chars);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/source/equal", test_equal);
  g_test_add_func ("/core/source/counts", test_counts);
  g_test_add_func ("/core/source/equal-seed", test_equal_seed);
  g_test_add_func ("/core/source/sharing", test_sharing);
  g_test_add_func ("/core/source/moved-block", test_moved_block);
  g_test_add_func ("/core/source/layout-while-editing", test_layout_while_editing);

  return g_test_run ();
}

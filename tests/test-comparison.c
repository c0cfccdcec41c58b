/* test-comparison.c — comparing two texts: blocks, words, moves, fields
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"
#include "fy-comparison-table-private.h"
#include "fy-diff.h"
#include "fy-table.h"

static FyDocument *
load_seed (void)
{
  return fy_test_load_corpus_markdown ("seed-speech.md");
}

/* Replaces @from (which must occur once) in the text of block @index. */
static void
edit_block (FyDocument *document,
            guint       index,
            const char *from,
            const char *to)
{
  FyBlock *block = fy_document_get_block (document, index);
  g_autofree char *lead = fy_block_dup_lead (block);
  g_autofree char *text = fy_block_dup_text (block);
  const char *body = text + (lead != NULL ? strlen (lead) : 0);
  const char *at = strstr (body, from);
  g_autofree char *before = NULL;
  g_autofree char *edited = NULL;

  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, from));
  before = g_strndup (body, at - body);
  edited = g_strconcat (before, to, at + strlen (from), NULL);
  fy_block_set_lead_and_text (block, lead, edited);
}

static char *
dup_changed_words (const FyChange *change,
                   FyDiffOp        op)
{
  GString *words = g_string_new (NULL);

  for (guint i = 0; i < change->segments->len; i++)
    {
      const FyChangeSegment *segment = &g_array_index (change->segments, FyChangeSegment, i);

      if (segment->op == op)
        {
          if (words->len > 0)
            g_string_append_c (words, '|');
          g_string_append (words, segment->text);
        }
    }
  return g_string_free (words, FALSE);
}

static void
test_seed_edits (void)
{
  g_autoptr(FyDocument) old_document = load_seed ();
  g_autoptr(FyDocument) new_document = NULL;
  g_autoptr(FyComparison) comparison = NULL;
  const char *sentence = "目前,广清纺织服装产业有序转移园意向进驻企业2600家,已有460家企业落地入园。";
  const FyChange *change;
  guint n_blocks = fy_document_get_n_blocks (old_document);
  g_autofree char *moved_text = NULL;
  g_autofree char *deleted = NULL;
  g_autofree char *inserted = NULL;

  g_assert_cmpuint (n_blocks, ==, 7);
  fy_document_set_field_value (old_document, "会议名称", "学习班交流会");
  new_document = fy_document_copy (old_document);

  /* A paragraph rewritten (one word), a sentence deleted, the fifth point
   * moved before the fourth, a field changed. */
  edit_block (new_document, 1, "更加深入的理解", "更加深刻的理解");
  edit_block (new_document, 3, sentence, "");
  moved_text = fy_document_dup_block_text (new_document, 6);
  fy_document_move_blocks (new_document, 6, 1, 5);
  fy_document_set_field_value (new_document, "会议名称", "学习班座谈会");

  comparison = fy_comparison_new (old_document, new_document);
  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 4);
  g_assert_false (fy_comparison_get_coarse (comparison));

  change = fy_comparison_get_change (comparison, 0);
  g_assert_cmpint (change->kind, ==, FY_CHANGE_FIELD);
  g_assert_cmpstr (change->name, ==, "会议名称");
  g_assert_cmpstr (change->old_text, ==, "学习班交流会");
  g_assert_cmpstr (change->new_text, ==, "学习班座谈会");

  change = fy_comparison_get_change (comparison, 1);
  g_assert_cmpint (change->kind, ==, FY_CHANGE_EDITED);
  g_assert_cmpint (change->old_index, ==, 1);
  g_assert_cmpint (change->new_index, ==, 1);
  g_assert_cmpuint (change->n_edits, ==, 1);
  deleted = dup_changed_words (change, FY_DIFF_DELETE);
  inserted = dup_changed_words (change, FY_DIFF_INSERT);
  g_assert_cmpstr (deleted, ==, "深入");
  g_assert_cmpstr (inserted, ==, "深刻");
  g_assert_false (fy_change_has_level_change (change));
  g_clear_pointer (&deleted, g_free);
  g_clear_pointer (&inserted, g_free);

  change = fy_comparison_get_change (comparison, 2);
  g_assert_cmpint (change->kind, ==, FY_CHANGE_EDITED);
  g_assert_cmpint (change->old_index, ==, 3);
  g_assert_cmpuint (change->n_edits, ==, 1);
  deleted = dup_changed_words (change, FY_DIFF_DELETE);
  inserted = dup_changed_words (change, FY_DIFF_INSERT);
  g_assert_cmpstr (deleted, ==, sentence);
  g_assert_cmpstr (inserted, ==, "");

  /* One of the two points moved past the other; which one is the
   * shorter script's choice, but only one, unedited. */
  change = fy_comparison_get_change (comparison, 3);
  g_assert_cmpint (change->kind, ==, FY_CHANGE_MOVED);
  g_assert_cmpuint (change->n_edits, ==, 0);
  g_assert_cmpstr (change->old_text, ==, change->new_text);
  g_assert_true ((change->old_index == 6 && change->new_index == 5) ||
                 (change->old_index == 5 && change->new_index == 6));
  g_assert_cmpuint (fy_comparison_get_n_unchanged (comparison), ==, 4);
}

/* The texts of every block, one a line, and the field, for comparing
 * whole documents. */
static char *
dup_document_text (FyDocument *document)
{
  GString *text = g_string_new (fy_document_get_field_value (document, "会议名称"));

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *block = fy_document_dup_block_text (document, i);

      g_string_append_printf (text, "\n%d:%s", fy_block_get_role (fy_document_get_block (document, i)),
                              block);
    }
  return g_string_free (text, FALSE);
}

/* A colleague's revision with every kind of change: taking them over one
 * by one (comparing again after each, from the first or from the last)
 * makes the draft the revision; taking some and leaving others changes
 * only those. */
static void
test_apply (gconstpointer data)
{
  gboolean from_last = GPOINTER_TO_INT (data);
  g_autoptr(FyDocument) draft = load_seed ();
  g_autoptr(FyDocument) revision = NULL;
  g_autoptr(FyBlock) inserted = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                        "会后我们将把学到的做法带回去，逐项对照落实。");
  g_autoptr(FyBlock) thanks = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "谢谢大家。");
  g_autofree char *want = NULL;
  g_autofree char *have = NULL;
  guint rounds = 0;

  fy_document_set_field_value (draft, "会议名称", "学习班交流会");
  revision = fy_document_copy (draft);
  edit_block (revision, 1, "更加深入的理解", "更加深刻的理解");
  fy_document_move_blocks (revision, 6, 1, 5);
  fy_document_remove_block (revision, 2);
  fy_document_insert_block (revision, 4, inserted);
  fy_document_append_block (revision, thanks);
  fy_document_set_field_value (revision, "会议名称", "学习班座谈会");
  want = dup_document_text (revision);

  for (;;)
    {
      g_autoptr(FyComparison) comparison = fy_comparison_new (draft, revision);
      guint n = fy_comparison_get_n_changes (comparison);
      g_autoptr(GError) error = NULL;

      if (n == 0)
        break;
      g_assert_true (fy_comparison_apply_change (comparison, from_last ? n - 1 : 0, draft, revision, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (++rounds, <=, 10);
    }
  have = dup_document_text (draft);
  g_assert_cmpstr (have, ==, want);
  g_assert_cmpuint (rounds, >=, 5);
}

/* Taking one change leaves the others; a comparison that no longer fits
 * the draft is refused, not applied somewhere else. */
static void
test_apply_one (void)
{
  g_autoptr(FyDocument) draft = load_seed ();
  g_autoptr(FyDocument) revision = fy_document_copy (draft);
  g_autoptr(FyComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *untouched = NULL;
  g_autofree char *before = fy_document_dup_block_text (draft, 3);

  edit_block (revision, 1, "更加深入的理解", "更加深刻的理解");
  edit_block (revision, 3, "已有460家", "已有四百六十家");
  comparison = fy_comparison_new (draft, revision);
  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 2);

  g_assert_true (fy_comparison_apply_change (comparison, 0, draft, revision, &error));
  g_assert_no_error (error);
  edited = fy_document_dup_block_text (draft, 1);
  untouched = fy_document_dup_block_text (draft, 3);
  g_assert_nonnull (strstr (edited, "更加深刻的理解"));
  g_assert_cmpstr (untouched, ==, before);

  /* the same change again: block 1 no longer reads as it did */
  g_assert_false (fy_comparison_apply_change (comparison, 0, draft, revision, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
}

static void
test_identical (void)
{
  g_autoptr(FyDocument) document = load_seed ();
  g_autoptr(FyDocument) copy = fy_document_copy (document);
  g_autoptr(FyComparison) comparison = fy_comparison_new (document, copy);
  g_autofree char *json = fy_comparison_to_json (comparison);

  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 0);
  g_assert_cmpuint (fy_comparison_get_n_unchanged (comparison), ==, 7);
  g_assert_nonnull (strstr (json, "\"unchanged\" : 7"));
}

static FyDocument *
document_of (const char * const *paragraphs)
{
  FyDocument *document = fy_document_new ();

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, paragraphs[i]);

      fy_document_append_block (document, block);
    }
  return document;
}

static void
test_one_word (void)
{
  const char * const before[] = { "我们要不断提升服务质量。", NULL };
  const char * const after[] = { "我们要不断提高服务质量。", NULL };
  g_autoptr(FyDocument) old_document = document_of (before);
  g_autoptr(FyDocument) new_document = document_of (after);
  g_autoptr(FyComparison) comparison = fy_comparison_new (old_document, new_document);
  const FyChange *change;
  g_autofree char *deleted = NULL;
  g_autofree char *inserted = NULL;

  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 1);
  change = fy_comparison_get_change (comparison, 0);
  g_assert_cmpint (change->kind, ==, FY_CHANGE_EDITED);
  g_assert_cmpuint (change->n_edits, ==, 1);
  deleted = dup_changed_words (change, FY_DIFF_DELETE);
  inserted = dup_changed_words (change, FY_DIFF_INSERT);
  g_assert_cmpstr (deleted, ==, "提升");
  g_assert_cmpstr (inserted, ==, "提高");
}

/* A table is one unit: the change shows it whole, before and after. */
/* Compares two tables, one changed block, and checks its segments. */
static void
check_table_change (const char *old_text,
                    const char *new_text,
                    guint       n_edits,
                    const char *deleted,
                    const char *inserted)
{
  g_autoptr(FyDocument) old_document = fy_document_new ();
  g_autoptr(FyDocument) new_document = fy_document_new ();
  g_autoptr(FyComparison) comparison = NULL;
  g_autoptr(FyBlock) old_table = fy_block_new_with_text (FY_BLOCK_ROLE_TABLE, 0, old_text);
  g_autoptr(FyBlock) new_table = fy_block_new_with_text (FY_BLOCK_ROLE_TABLE, 0, new_text);
  g_autoptr(FyBlock) paragraph = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "数据如下。");
  const FyChange *change;
  g_autofree char *old_words = NULL;
  g_autofree char *new_words = NULL;

  fy_document_append_block (old_document, paragraph);
  fy_document_append_block (old_document, old_table);
  fy_document_append_block (new_document, paragraph);
  fy_document_append_block (new_document, new_table);
  comparison = fy_comparison_new (old_document, new_document);

  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 1);
  change = fy_comparison_get_change (comparison, 0);
  g_assert_cmpint (change->kind, ==, FY_CHANGE_EDITED);
  g_assert_cmpint (change->new_role, ==, FY_BLOCK_ROLE_TABLE);
  g_assert_cmpuint (change->n_edits, ==, n_edits);
  old_words = dup_changed_words (change, FY_DIFF_DELETE);
  new_words = dup_changed_words (change, FY_DIFF_INSERT);
  g_assert_cmpstr (old_words, ==, deleted);
  g_assert_cmpstr (new_words, ==, inserted);
}

/* A table is compared row by row: a changed row shows as that row, old
 * and new (never words of one row paired with another's), and a row
 * added or removed as that row alone, not the whole table replaced. */
static void
test_table (void)
{
  /* a figure changed: its row */
  check_table_change ("指标\t数值\n收入\t12", "指标\t数值\n收入\t13", 1,
                      "收入\t12", "收入\t13");
  /* a row added at the end, then in the middle */
  check_table_change ("乡镇\t户数\n城关镇\t412\n河口乡\t96",
                      "乡镇\t户数\n城关镇\t412\n河口乡\t96\n合计\t508", 1,
                      "", "\n合计\t508");
  check_table_change ("乡镇\t户数\n城关镇\t412\n河口乡\t96",
                      "乡镇\t户数\n城关镇\t412\n石门乡\t130\n河口乡\t96", 1,
                      "", "石门乡\t130\n");
  /* a row changed and the next removed: those rows, the others kept */
  check_table_change ("乡镇\t户数\n城关镇\t412\n石门乡\t130\n河口乡\t96",
                      "乡镇\t户数\n城关镇\t415\n河口乡\t96", 1,
                      "城关镇\t412\n石门乡\t130", "城关镇\t415");
}

static void
test_heading_level (void)
{
  g_autoptr(FyDocument) old_document = fy_document_new ();
  g_autoptr(FyDocument) new_document = NULL;
  g_autoptr(FyBlock) heading = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "总体要求");
  g_autoptr(FyBlock) body = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "坚持稳中求进。");
  const FyChange *change;

  fy_document_append_block (old_document, heading);
  fy_document_append_block (old_document, body);
  new_document = fy_document_copy (old_document);
  fy_block_set_level (fy_document_get_block (new_document, 0), 2);
  fy_document_set_title (new_document, "工作报告");

  g_autoptr(FyComparison) comparison = fy_comparison_new (old_document, new_document);
  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 2);
  change = fy_comparison_get_change (comparison, 0);
  g_assert_cmpint (change->kind, ==, FY_CHANGE_FIELD);
  g_assert_true (change->is_metadata);
  g_assert_cmpstr (change->name, ==, "title");
  g_assert_null (change->old_text);
  g_assert_cmpstr (change->new_text, ==, "工作报告");
  change = fy_comparison_get_change (comparison, 1);
  g_assert_cmpint (change->kind, ==, FY_CHANGE_EDITED);
  g_assert_true (fy_change_has_level_change (change));
  g_assert_cmpuint (change->old_level, ==, 1);
  g_assert_cmpuint (change->new_level, ==, 2);
  g_assert_cmpuint (change->n_edits, ==, 0);
}

/* A change of the document's own data reads in the reader's words: the
 * page format by its name, in the 修改对照表 as in the terminal. */
static void
test_field_labels (void)
{
  g_autoptr(FyDocument) old_document = fy_document_new ();
  g_autoptr(FyDocument) new_document = NULL;
  g_autoptr(FyBlock) body = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "坚持稳中求进。");
  g_autoptr(FyComparison) comparison = NULL;
  g_autoptr(FyStyle) official = fy_style_new_from_preset ("gbt9704", NULL);
  g_autoptr(FyStyle) review = fy_style_new_from_preset ("review", NULL);
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *expected = NULL;
  const FyChange *preset = NULL;
  const FyChange *title = NULL;

  g_assert_nonnull (official);
  g_assert_nonnull (review);
  fy_document_append_block (old_document, body);
  fy_document_set_style_preset (old_document, "gbt9704");
  new_document = fy_document_copy (old_document);
  fy_document_set_style_preset (new_document, "review");
  fy_document_set_title (new_document, "工作报告");
  comparison = fy_comparison_new (old_document, new_document);

  for (guint i = 0; i < fy_comparison_get_n_changes (comparison); i++)
    {
      const FyChange *change = fy_comparison_get_change (comparison, i);

      if (g_strcmp0 (change->name, "style-preset") == 0)
        preset = change;
      else if (g_strcmp0 (change->name, "title") == 0)
        title = change;
    }
  g_assert_nonnull (preset);
  g_assert_nonnull (title);

  {
    g_autofree char *label = fy_change_dup_label (preset);
    g_autofree char *old_value = fy_change_dup_value (preset, FALSE);
    g_autofree char *new_value = fy_change_dup_value (preset, TRUE);
    g_autofree char *title_label = fy_change_dup_label (title);
    g_autofree char *title_old = fy_change_dup_value (title, FALSE);
    g_autofree char *title_new = fy_change_dup_value (title, TRUE);

    g_assert_cmpstr (label, ==, "Page Format");
    g_assert_cmpstr (old_value, ==, fy_style_get_name (official));
    g_assert_cmpstr (new_value, ==, fy_style_get_name (review));
    g_assert_cmpstr (title_label, ==, "Title");
    g_assert_null (title_old);
    g_assert_cmpstr (title_new, ==, "工作报告");
  }

  /* the table prints the names, never the identifiers */
  pdf_bytes = fy_comparison_table_render_pdf (comparison, official, &(FyComparisonTableOptions) { 0 }, &error);
  g_assert_no_error (error);
  pdf = fy_test_pdf_open_bytes (pdf_bytes);
  text = fy_test_pdf_text (pdf);
  flat = fy_test_strip_spaces (text);
  g_assert_null (strstr (flat, "style-preset"));
  g_assert_null (strstr (flat, "gbt9704"));
  expected = fy_test_strip_spaces (fy_style_get_name (review));
  g_assert_nonnull (strstr (flat, expected));
  g_assert_nonnull (strstr (flat, "PageFormat"));
}

/* The 对照表 shows a heading with the number it prints with (二、) and
 * a paragraph's bold lead bold, on both sides, and names the speech
 * (session 22: all three were missing). */
static void
test_printed_form (void)
{
  static const char old_text[] =
    "# 在全县安全生产会议上的讲话\n\n## 压实责任\n\n**一是加强领导。**各级要高度重视。\n\n"
    "## 强化保障\n\n落实经费。\n";
  static const char new_text[] =
    "# 在全县安全生产会议上的讲话\n\n## 压实责任\n\n**一是加强组织领导。**各级要高度重视。\n\n"
    "## 强化经费保障\n\n落实经费。\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) old_document = fy_import_markdown (old_text, -1, &error);
  g_autoptr(FyDocument) new_document = fy_import_markdown (new_text, -1, &error);
  g_autoptr(FyComparison) comparison = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset ("gbt9704", NULL);
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autoptr(GString) bold = g_string_new (NULL);
  FyComparisonTableOptions options = { 0 };

  g_assert_no_error (error);
  comparison = fy_comparison_new (old_document, new_document);
  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GArray) old_pieces = fy_table_pieces_new ();
      g_autoptr(GArray) new_pieces = fy_table_pieces_new ();

      fy_comparison_table_describe_row (comparison, i, old_pieces, new_pieces);
      for (guint k = 0; k < new_pieces->len; k++)
        if (g_array_index (new_pieces, FyTablePiece, k).bold)
          g_string_append (bold, g_array_index (new_pieces, FyTablePiece, k).text);
    }
  g_assert_cmpstr (bold->str, ==, "一是加强组织领导。");

  /* the table names the speech it is of */
  options.document_title = "在全县安全生产会议上的讲话";
  pdf_bytes = fy_comparison_table_render_pdf (comparison, style, &options, &error);
  g_assert_no_error (error);
  pdf = fy_test_pdf_open_bytes (pdf_bytes);
  text = fy_test_pdf_text (pdf);
  flat = fy_test_strip_spaces (text);
  g_assert_nonnull (strstr (flat, "Text:在全县安全生产会议上的讲话."));
  g_assert_nonnull (strstr (flat, "二、强化保障"));
  g_assert_nonnull (strstr (flat, "二、强化经费保障"));
}

/* The note on the first piece of @pieces (a moved paragraph's place). */
static const char *
first_note (GArray *pieces)
{
  g_assert_cmpuint (pieces->len, >, 0);
  g_assert_cmpint (g_array_index (pieces, FyTablePiece, 0).kind, ==, FY_TABLE_PIECE_NOTE);
  return g_array_index (pieces, FyTablePiece, 0).text;
}

/* A moved paragraph's place is named by the paragraph it followed, as
 * printed (the heading's number, the first words), not by a paragraph
 * number that counts the title, the salutation and blank lines the clerk
 * does not count (“由第 4 段移来” for the second paragraph of the body). */
static void
test_move_place (void)
{
  static const char old_text[] =
    "# 在全县安全生产会议上的讲话\n\n同志们：\n\n## 压实责任\n\n"
    "各级要高度重视安全生产工作，层层签订责任书。\n\n要把隐患排查做在前面。\n\n"
    "## 强化保障\n\n落实专项经费。\n\n充实监管力量。\n\n谢谢大家。\n";
  static const char new_text[] =
    "# 在全县安全生产会议上的讲话\n\n同志们：\n\n## 压实责任\n\n"
    "各级要高度重视安全生产工作，层层签订责任书。\n\n"
    "## 强化保障\n\n落实专项经费。\n\n充实监管力量。\n\n要把隐患排查做在前面。\n\n谢谢大家。\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) old_document = fy_import_markdown (old_text, -1, &error);
  g_autoptr(FyDocument) new_document = fy_import_markdown (new_text, -1, &error);
  g_autoptr(FyComparison) comparison = NULL;
  g_autoptr(GArray) old_pieces = fy_table_pieces_new ();
  g_autoptr(GArray) new_pieces = fy_table_pieces_new ();
  g_autoptr(FyBlock) blank = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "");
  g_autoptr(FyBlock) moved = NULL;
  const FyChange *change;

  g_assert_no_error (error);
  /* a blank line above it in the new text is passed over */
  fy_document_insert_block (new_document, 7, blank);
  comparison = fy_comparison_new (old_document, new_document);
  /* the blank line added, the paragraph moved */
  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 2);
  change = fy_comparison_get_change (comparison, 1);
  g_assert_cmpint (change->kind, ==, FY_CHANGE_MOVED);
  g_assert_cmpstr (change->old_after, ==, "各级要高度重视安全生产工…");
  g_assert_cmpstr (change->new_after, ==, "充实监管力量。");

  fy_comparison_table_describe_row (comparison, 1, old_pieces, new_pieces);
  g_assert_cmpstr (first_note (old_pieces), ==, "was after “各级要高度重视安全生产工…”");
  g_assert_cmpstr (first_note (new_pieces), ==, "moved after “充实监管力量。”");

  /* moved up to stand under a numbered heading: named with its number */
  g_clear_object (&comparison);
  fy_document_remove_block (new_document, 7);
  moved = g_object_ref (fy_document_get_block (new_document, 7));
  fy_document_remove_block (new_document, 7);
  fy_document_insert_block (new_document, 5, moved);
  comparison = fy_comparison_new (old_document, new_document);
  change = fy_comparison_get_change (comparison, 0);
  g_assert_cmpint (change->kind, ==, FY_CHANGE_MOVED);
  g_assert_cmpstr (change->new_after, ==, "二、强化保障");
}

/* The pieces of @pieces' text, one string. */
static char *
dup_pieces_text (GArray *pieces)
{
  GString *text = g_string_new (NULL);

  for (guint k = 0; k < pieces->len; k++)
    g_string_append (text, g_array_index (pieces, FyTablePiece, k).text);
  return g_string_free (text, FALSE);
}

/* A changed paragraph that names a field shows its value, in the 对照表
 * as in the review, not {{会议名称}} (session 23's new user); a bold lead
 * holding a field stays bold to its end. */
static void
test_field_values_shown (void)
{
  static const char old_text[] =
    "# 审议意见\n\n{{会议名称}}听取和审议了县政府的报告。\n\n"
    "**{{报告机关}}要抓好整改。**限期报告落实情况。\n\n要把隐患排查做在前面。\n";
  static const char new_text[] =
    "# 审议意见\n\n{{会议名称}}听取并审议了县政府的报告。\n\n"
    "**{{报告机关}}要抓好整改。**三个月内报告落实情况。\n\n要把隐患排查做在前面。\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) old_document = fy_import_markdown (old_text, -1, &error);
  g_autoptr(FyDocument) new_document = fy_import_markdown (new_text, -1, &error);
  g_autoptr(FyComparison) comparison = NULL;
  g_autoptr(GString) bold = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint k = 0; k < 2; k++)
    {
      fy_document_set_field_value (k == 0 ? old_document : new_document, "会议名称", "县人大常委会主任会议");
      fy_document_set_field_value (k == 0 ? old_document : new_document, "报告机关", "县住建局");
    }
  comparison = fy_comparison_new (old_document, new_document);
  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GArray) old_pieces = fy_table_pieces_new ();
      g_autoptr(GArray) new_pieces = fy_table_pieces_new ();
      g_autofree char *old_cell = NULL;
      g_autofree char *new_cell = NULL;

      fy_comparison_table_describe_row (comparison, i, old_pieces, new_pieces);
      old_cell = dup_pieces_text (old_pieces);
      new_cell = dup_pieces_text (new_pieces);
      g_assert_null (strstr (old_cell, "{{"));
      g_assert_null (strstr (new_cell, "{{"));
      if (i == 0)
        {
          g_assert_cmpstr (old_cell, ==, "县人大常委会主任会议听取和审议了县政府的报告。");
          g_assert_cmpstr (new_cell, ==, "县人大常委会主任会议听取并审议了县政府的报告。");
        }
      for (guint k = 0; k < new_pieces->len; k++)
        if (g_array_index (new_pieces, FyTablePiece, k).bold)
          g_string_append (bold, g_array_index (new_pieces, FyTablePiece, k).text);
    }
  g_assert_cmpstr (bold->str, ==, "县住建局要抓好整改。");
}

/* Literal braces, read by the one rule of fy_text_next_field_ref(): "{{}}",
 * "{{ }}", "{{甲\n乙}}" and a "{{" with a field after it are text in a
 * paragraph, in a table's cells (a reference never spans two cells) and in
 * the words compared (the word diff once took all that lay between a "{{"
 * and the next "}}" as one field, so an edit of one word there showed the
 * whole stretch, the field after it too, as deleted and inserted). */
static void
test_literal_braces (void)
{
  const char * const before[] = {
    "填表说明：{{}}、{{ }}和{{甲\n乙}}照原样印出，{{ 此处留空 {{单位}}负责解释。", NULL
  };
  const char * const after[] = {
    "填表说明：{{}}、{{ }}和{{甲\n乙}}照原样印出，{{ 此处不填 {{单位}}负责解释。", NULL
  };
  g_autoptr(FyDocument) old_document = document_of (before);
  g_autoptr(FyDocument) new_document = document_of (after);
  g_autoptr(FyBlock) table_block = fy_block_new (FY_BLOCK_ROLE_TABLE);
  g_autoptr(FyTable) table = NULL;
  g_autoptr(FyComparison) comparison = NULL;
  g_autoptr(GArray) old_pieces = fy_table_pieces_new ();
  g_autoptr(GArray) new_pieces = fy_table_pieces_new ();
  g_autofree char *old_cell = NULL;
  g_autofree char *deleted = NULL;
  g_autofree char *inserted = NULL;
  FyBlock *paragraph = fy_document_get_block (old_document, 0);
  g_autofree char *paragraph_text = fy_block_dup_text (paragraph);
  guint n_fields = 0;

  /* the paragraph: one field, 单位; all the rest is its text */
  g_assert_cmpstr (paragraph_text, ==, before[0]);
  for (guint i = 0; i < fy_block_get_n_runs (paragraph); i++)
    if (fy_block_get_run (paragraph, i)->kind == FY_RUN_FIELD)
      {
        g_assert_cmpstr (fy_block_get_run (paragraph, i)->text, ==, "单位");
        n_fields++;
      }
  g_assert_cmpuint (n_fields, ==, 1);

  /* a table: "{{a" and "b}}" side by side, "见{{甲" over "乙}}", "{{}}"
   * and "{{ }}" are cells */
  fy_block_set_text (table_block, "项目\t说明\t备注\n{{a\tb}}\t{{}}\n{{ }}\t见{{甲\n乙}}");
  for (guint i = 0; i < fy_block_get_n_runs (table_block); i++)
    g_assert_cmpint (fy_block_get_run (table_block, i)->kind, !=, FY_RUN_FIELD);
  table = fy_table_new_from_block (table_block);
  g_assert_cmpstr (fy_table_get_cell (table, 1, 0), ==, "{{a");
  g_assert_cmpstr (fy_table_get_cell (table, 1, 1), ==, "b}}");
  g_assert_cmpstr (fy_table_get_cell (table, 1, 2), ==, "{{}}");
  g_assert_cmpstr (fy_table_get_cell (table, 2, 0), ==, "{{ }}");
  g_assert_cmpstr (fy_table_get_cell (table, 2, 1), ==, "见{{甲");
  g_assert_cmpstr (fy_table_get_cell (table, 3, 0), ==, "乙}}");

  /* the pair compared: the edited words alone, the braces shown as typed */
  fy_document_set_field_value (old_document, "单位", "县档案馆");
  fy_document_set_field_value (new_document, "单位", "县档案馆");
  comparison = fy_comparison_new (old_document, new_document);
  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 1);
  deleted = dup_changed_words (fy_comparison_get_change (comparison, 0), FY_DIFF_DELETE);
  inserted = dup_changed_words (fy_comparison_get_change (comparison, 0), FY_DIFF_INSERT);
  g_assert_cmpstr (deleted, ==, "留空");
  g_assert_cmpstr (inserted, ==, "不填");
  fy_comparison_table_describe_row (comparison, 0, old_pieces, new_pieces);
  old_cell = dup_pieces_text (old_pieces);
  g_assert_cmpstr (old_cell, ==,
                   "填表说明：{{}}、{{ }}和{{甲\n乙}}照原样印出，{{ 此处留空 县档案馆负责解释。");
}

static void
test_inserted_deleted (void)
{
  const char * const before[] = { "第一段。", "第二段讲的是另一件事。", "第三段。", NULL };
  const char * const after[] = { "第一段。", "第三段。", "全新的结尾，与前文毫不相干。", NULL };
  g_autoptr(FyDocument) old_document = document_of (before);
  g_autoptr(FyDocument) new_document = document_of (after);
  g_autoptr(FyComparison) comparison = fy_comparison_new (old_document, new_document);

  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 2);
  g_assert_cmpint (fy_comparison_get_change (comparison, 0)->kind, ==, FY_CHANGE_DELETED);
  g_assert_cmpint (fy_comparison_get_change (comparison, 0)->old_index, ==, 1);
  g_assert_cmpint (fy_comparison_get_change (comparison, 1)->kind, ==, FY_CHANGE_INSERTED);
  g_assert_cmpint (fy_comparison_get_change (comparison, 1)->new_index, ==, 2);
}

/* The bold pieces of @pieces, one string. */
static char *
dup_bold_text (GArray *pieces)
{
  GString *bold = g_string_new (NULL);

  for (guint k = 0; k < pieces->len; k++)
    if (g_array_index (pieces, FyTablePiece, k).bold)
      g_string_append (bold, g_array_index (pieces, FyTablePiece, k).text);
  return g_string_free (bold, FALSE);
}

/* One side's wording rebuilt from a JSON change's segments. */
static char *
dup_json_side (JsonArray  *segments,
               const char *own)
{
  GString *text = g_string_new (NULL);

  for (guint k = 0; k < json_array_get_length (segments); k++)
    {
      JsonObject *segment = json_array_get_object_element (segments, k);
      const char *op = json_object_get_string_member (segment, "op");

      if (strcmp (op, "equal") == 0 || strcmp (op, own) == 0)
        g_string_append (text, json_object_get_string_member (segment, "text"));
    }
  return g_string_free (text, FALSE);
}

/* Fields in changed words: a field renamed shows both values, never a
 * brace (the word diff once cut {{会议名称}} into {{会议|名称}}); a field
 * in a bold lead whose value differs between the files (Z局 / 县住建局,
 * lengths apart by a non-multiple of 3) keeps the old column's bold on
 * the whole lead, not cut inside a character; and the JSON's segments
 * rebuild its "old" and "new" (all as compared, {{names}} in place). */
static void
test_fields_in_words (void)
{
  static const char old_text[] =
    "# 审议意见\n\n{{会议名称}}听取和审议了县政府的报告。\n\n"
    "**{{报告机关}}要抓好整改。**限期报告落实情况。\n";
  static const char new_text[] =
    "# 审议意见\n\n{{会议全称}}听取并审议了县政府的报告。\n\n"
    "**{{报告机关}}要抓好整改。**三个月内报告落实情况。\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) old_document = fy_import_markdown (old_text, -1, &error);
  g_autoptr(FyDocument) new_document = fy_import_markdown (new_text, -1, &error);
  g_autoptr(FyComparison) comparison = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  JsonArray *changes;
  guint n_blocks = 0;

  g_assert_no_error (error);
  fy_document_set_field_value (old_document, "会议名称", "县人大常委会主任会议");
  fy_document_set_field_value (new_document, "会议全称", "县十八届人大常委会第四十二次主任会议");
  fy_document_set_field_value (old_document, "报告机关", "Z局");
  fy_document_set_field_value (new_document, "报告机关", "县住建局");
  comparison = fy_comparison_new (old_document, new_document);

  for (guint i = 0; i < fy_comparison_get_n_changes (comparison); i++)
    {
      const FyChange *change = fy_comparison_get_change (comparison, i);
      g_autoptr(GArray) old_pieces = fy_table_pieces_new ();
      g_autoptr(GArray) new_pieces = fy_table_pieces_new ();
      g_autofree char *old_cell = NULL;
      g_autofree char *new_cell = NULL;
      g_autofree char *old_bold = NULL;
      g_autofree char *new_bold = NULL;

      if (change->kind != FY_CHANGE_EDITED)
        continue;
      fy_comparison_table_describe_row (comparison, i, old_pieces, new_pieces);
      old_cell = dup_pieces_text (old_pieces);
      new_cell = dup_pieces_text (new_pieces);
      old_bold = dup_bold_text (old_pieces);
      new_bold = dup_bold_text (new_pieces);
      g_assert_true (g_utf8_validate (old_bold, -1, NULL));
      g_assert_true (g_utf8_validate (new_bold, -1, NULL));
      g_assert_null (strchr (old_cell, '{'));
      g_assert_null (strchr (old_cell, '}'));
      g_assert_null (strchr (new_cell, '{'));
      g_assert_null (strchr (new_cell, '}'));
      if (n_blocks++ == 0)
        {
          g_assert_cmpstr (old_cell, ==, "县人大常委会主任会议听取和审议了县政府的报告。");
          g_assert_cmpstr (new_cell, ==, "县十八届人大常委会第四十二次主任会议听取并审议了县政府的报告。");
        }
      else
        {
          /* an unchanged word shows the new side's value in both columns */
          g_assert_cmpstr (old_bold, ==, "县住建局要抓好整改。");
          g_assert_cmpstr (new_bold, ==, "县住建局要抓好整改。");
        }
    }
  g_assert_cmpuint (n_blocks, ==, 2);

  json = fy_comparison_to_json (comparison);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  changes = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "changes");
  n_blocks = 0;
  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      JsonObject *change = json_array_get_object_element (changes, i);
      g_autofree char *old_words = NULL;
      g_autofree char *new_words = NULL;

      if (!json_object_has_member (change, "segments"))
        continue;
      old_words = dup_json_side (json_object_get_array_member (change, "segments"), "delete");
      new_words = dup_json_side (json_object_get_array_member (change, "segments"), "insert");
      g_assert_cmpstr (old_words, ==, json_object_get_string_member (change, "old"));
      g_assert_cmpstr (new_words, ==, json_object_get_string_member (change, "new"));
      n_blocks++;
    }
  g_assert_cmpuint (n_blocks, ==, 2);
}

/* A paragraph that moved to stand under a table is named by the table's
 * first row with spaces, not the tabs between its cells. */
static void
test_move_under_table (void)
{
  static const char old_text[] =
    "# 情况通报\n\n| 指标 | 2023年 |\n|---|---|\n| 营业收入 | 120 |\n\n"
    "各单位要按时报送数据。\n\n报送截止时间为每月五日。\n\n数据有误的要说明原因。\n";
  static const char new_text[] =
    "# 情况通报\n\n| 指标 | 2023年 |\n|---|---|\n| 营业收入 | 120 |\n\n"
    "数据有误的要说明原因。\n\n各单位要按时报送数据。\n\n报送截止时间为每月五日。\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) old_document = fy_import_markdown (old_text, -1, &error);
  g_autoptr(FyDocument) new_document = fy_import_markdown (new_text, -1, &error);
  g_autoptr(FyComparison) comparison = NULL;
  const FyChange *change;

  g_assert_no_error (error);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (new_document, 1)), ==, FY_BLOCK_ROLE_TABLE);
  comparison = fy_comparison_new (old_document, new_document);
  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 1);
  change = fy_comparison_get_change (comparison, 0);
  g_assert_cmpint (change->kind, ==, FY_CHANGE_MOVED);
  g_assert_cmpstr (change->new_after, ==, "指标 2023年 营业收…");
}

/* A passage moved to the place of a paragraph that was removed stays one
 * move: the removal is listed after it, not between its two paragraphs
 * (where the second would be a move of its own, 〔由“乡级河长…”后移来〕). */
static void
test_move_over_deletion (void)
{
  static const char old_text[] =
    "# 在全县河长制工作会议上的讲话\n\n同志们：\n\n今年全县河湖面貌明显改善。\n\n"
    "乡级河长巡河次数比去年增加三成。\n\n村级河长全部配备巡河记录本。\n\n下一步要抓好三件事。\n\n"
    "一是清理河道垃圾。\n\n二是整治入河排污口。\n\n三是落实长效管护。\n\n"
    "以上意见请各乡镇抓好落实。\n\n谢谢大家。\n";
  static const char new_text[] =
    "# 在全县河长制工作会议上的讲话\n\n同志们：\n\n今年全县河湖面貌明显改善。\n\n"
    "下一步要抓好三件事。\n\n一是清理河道垃圾。\n\n二是整治入河排污口。\n\n三是落实长效管护。\n\n"
    "乡级河长巡河次数比去年增加三成。\n\n村级河长全部配备巡河记录本。\n\n谢谢大家。\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) old_document = fy_import_markdown (old_text, -1, &error);
  g_autoptr(FyDocument) new_document = fy_import_markdown (new_text, -1, &error);
  g_autoptr(FyComparison) comparison = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const FyChange *change;

  g_assert_no_error (error);
  comparison = fy_comparison_new (old_document, new_document);
  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 3);
  g_assert_cmpuint (fy_comparison_get_move_end (comparison, 0), ==, 2);
  change = fy_comparison_get_change (comparison, 0);
  g_assert_cmpint (change->kind, ==, FY_CHANGE_MOVED);
  g_assert_cmpstr (change->new_text, ==, "乡级河长巡河次数比去年增加三成。");
  change = fy_comparison_get_change (comparison, 2);
  g_assert_cmpint (change->kind, ==, FY_CHANGE_DELETED);
  g_assert_cmpstr (change->old_text, ==, "以上意见请各乡镇抓好落实。");

  /* taken over whole, the passage lands where it stands in the new text */
  g_assert_true (fy_comparison_apply_change (comparison, 1, old_document, new_document, &error));
  g_assert_no_error (error);
  first = fy_document_dup_block_text (old_document, 7);
  second = fy_document_dup_block_text (old_document, 8);
  g_assert_cmpstr (first, ==, "乡级河长巡河次数比去年增加三成。");
  g_assert_cmpstr (second, ==, "村级河长全部配备巡河记录本。");
}

/* A paragraph rewritten past the word bound is shown replaced whole. */
static void
test_coarse (void)
{
  g_autoptr(GString) a = g_string_new (NULL);
  g_autoptr(GString) b = g_string_new (NULL);
  const char *before[2] = { NULL, NULL }, *after[2] = { NULL, NULL };
  g_autoptr(FyDocument) old_document = NULL;
  g_autoptr(FyDocument) new_document = NULL;
  g_autoptr(FyComparison) comparison = NULL;
  const FyChange *change;

  for (guint i = 0; i < 600; i++)
    {
      g_string_append_printf (a, "甲%u，", i);
      g_string_append_printf (b, "甲%u。", i);
    }
  before[0] = a->str;
  after[0] = b->str;
  old_document = document_of (before);
  new_document = document_of (after);
  comparison = fy_comparison_new (old_document, new_document);

  g_assert_true (fy_comparison_get_coarse (comparison));
  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 1);
  change = fy_comparison_get_change (comparison, 0);
  g_assert_true (change->coarse);
  g_assert_cmpuint (change->segments->len, ==, 2);
  g_assert_cmpstr (g_array_index (change->segments, FyChangeSegment, 0).text, ==, a->str);
  g_assert_cmpstr (g_array_index (change->segments, FyChangeSegment, 1).text, ==, b->str);
}

/* Applying the script to a gives b, and its length is minimal. */
static void
test_diff_sequences (void)
{
  const guint32 a[] = { 1, 2, 3, 4, 5, 6, 7 };
  const guint32 b[] = { 1, 3, 4, 8, 5, 7, 9 };
  g_autoptr(GArray) ops = g_array_new (FALSE, FALSE, sizeof (guint8));
  g_autoptr(GArray) result = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint i = 0, j = 0, n_edits = 0;

  g_assert_true (fy_diff_sequences (a, G_N_ELEMENTS (a), b, G_N_ELEMENTS (b), 100, ops));
  for (guint k = 0; k < ops->len; k++)
    {
      FyDiffOp op = g_array_index (ops, guint8, k);

      if (op == FY_DIFF_EQUAL)
        {
          g_assert_cmpuint (a[i], ==, b[j]);
          g_array_append_val (result, a[i]);
          i++, j++;
        }
      else if (op == FY_DIFF_DELETE)
        i++, n_edits++;
      else
        {
          g_array_append_val (result, b[j]);
          j++, n_edits++;
        }
    }
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (a));
  g_assert_cmpuint (j, ==, G_N_ELEMENTS (b));
  g_assert_cmpmem (result->data, result->len * 4, b, sizeof b);
  g_assert_cmpuint (n_edits, ==, 4);

  g_array_set_size (ops, 0);
  g_assert_false (fy_diff_sequences (a, G_N_ELEMENTS (a), b, G_N_ELEMENTS (b), 3, ops));
  g_assert_cmpuint (ops->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/diff/sequences", test_diff_sequences);
  g_test_add_func ("/core/comparison/seed-edits", test_seed_edits);
  g_test_add_func ("/core/comparison/identical", test_identical);
  g_test_add_func ("/core/comparison/one-word", test_one_word);
  g_test_add_func ("/core/comparison/heading-level", test_heading_level);
  g_test_add_func ("/core/comparison/field-labels", test_field_labels);
  g_test_add_func ("/core/comparison/table", test_table);
  g_test_add_func ("/core/comparison/inserted-deleted", test_inserted_deleted);
  g_test_add_func ("/core/comparison/printed-form", test_printed_form);
  g_test_add_func ("/core/comparison/move-place", test_move_place);
  g_test_add_func ("/core/comparison/field-values-shown", test_field_values_shown);
  g_test_add_func ("/core/comparison/fields-in-words", test_fields_in_words);
  g_test_add_func ("/core/comparison/move-under-table", test_move_under_table);
  g_test_add_func ("/core/comparison/move-over-deletion", test_move_over_deletion);
  g_test_add_func ("/core/comparison/coarse", test_coarse);
  g_test_add_func ("/core/comparison/literal-braces", test_literal_braces);
  g_test_add_data_func ("/core/comparison/apply/first-to-last", GINT_TO_POINTER (FALSE), test_apply);
  g_test_add_data_func ("/core/comparison/apply/last-to-first", GINT_TO_POINTER (TRUE), test_apply);
  g_test_add_func ("/core/comparison/apply/one", test_apply_one);

  return g_test_run ();
}

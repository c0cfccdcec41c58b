/* test-lint-memo.c — a linter that checks only what changed finds what a full check finds
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

/* Pieces that the checks react to: marks, spaces, numbering written into
 * the text, page-chunk markers, fields, web boilerplate, traditional
 * characters, guidance. */
static const char * const pieces[] = {
  "我们", "要", "坚持", "推进", "工作", "，", "。", "、", "；", "！", "？",
  ",", ".", "!", "(", ")", "（", "）", "“", "”", "《", "》", "【",
  " ", "　", "...", "--", "—", "…", "１", "Ａ", "2.5", "17:00",
  "一、", "二、", "四、", "（一）", "（三）", "1.", "3.", "一是", "二是", "一要", "三要",
  "第一，", "第三，", "2、", "3、", "1、", "{{发言人}}", "{{单位}}", "{{未定义}}",
  "来源：本网", "浏览次数", "發展", "（在此填写）", "http://a.cn/x", "国务院令",
  /* long enough, and open at its end, for a page marker after it */
  "我们要坚持以人民为中心的发展思想不断推进各项工作取得新的更大成效并且持续努力奋斗向前迈进",
};

/* How a block may open: a page marker or a list number. */
static const char * const openings[] = { "", "", "", "1、", "2、", "3、", "一、", "二是" };

static char *
random_text (guint max_pieces)
{
  GString *text = g_string_new (NULL);
  guint n = g_test_rand_int_range (0, max_pieces + 1);

  for (guint i = 0; i < n; i++)
    g_string_append (text, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);

  return g_string_free (text, FALSE);
}

static FyBlock *
random_block (void)
{
  static const FyBlockRole roles[] = {
    FY_BLOCK_ROLE_PARAGRAPH, FY_BLOCK_ROLE_PARAGRAPH, FY_BLOCK_ROLE_PARAGRAPH,
    FY_BLOCK_ROLE_PARAGRAPH, FY_BLOCK_ROLE_HEADING, FY_BLOCK_ROLE_HEADING,
    FY_BLOCK_ROLE_TITLE, FY_BLOCK_ROLE_CLOSING, FY_BLOCK_ROLE_SALUTATION,
  };
  g_autofree char *body = random_text (12);
  g_autofree char *text = g_strconcat (openings[g_test_rand_int_range (0, G_N_ELEMENTS (openings))],
                                       body, NULL);

  return fy_block_new_with_text (roles[g_test_rand_int_range (0, G_N_ELEMENTS (roles))],
                                 g_test_rand_int_range (1, 4), text);
}

/* Types @piece into a block, or cuts a stretch of it. */
static void
edit_text (FyBlock *block)
{
  g_autofree char *text = fy_block_dup_text (block);
  glong length = g_utf8_strlen (text, -1);
  glong at = g_test_rand_int_range (0, length + 1);
  const char *p = g_utf8_offset_to_pointer (text, at);
  g_autoptr(GString) edited = g_string_new_len (text, p - text);

  if (g_test_rand_bit () || length == at)
    {
      g_string_append (edited, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
      g_string_append (edited, p);
    }
  else
    {
      glong cut = g_test_rand_int_range (1, MIN (length - at, 6) + 1);

      g_string_append (edited, g_utf8_offset_to_pointer (p, cut));
    }

  fy_block_set_text (block, edited->str);
}

/* One change as a user makes it: mostly typing, sometimes a paragraph
 * added, removed or moved, a role changed, a field filled in. */
static void
random_edit (FyDocument *document)
{
  guint n = fy_document_get_n_blocks (document);
  guint op = g_test_rand_int_range (0, 20);
  guint at = n > 0 ? g_test_rand_int_range (0, n) : 0;

  if (n == 0 || op == 0 || op == 1)
    {
      g_autoptr(FyBlock) block = random_block ();

      fy_document_insert_block (document, g_test_rand_int_range (0, n + 1), block);
    }
  else if (op == 2 && n > 1)
    fy_document_remove_block (document, at);
  else if (op == 3 && n > 1)
    fy_document_move_blocks (document, at, 1, g_test_rand_int_range (0, n));
  else if (op == 4)
    fy_block_set_role (fy_document_get_block (document, at),
                       g_test_rand_bit () ? FY_BLOCK_ROLE_HEADING : FY_BLOCK_ROLE_PARAGRAPH);
  else if (op == 5)
    fy_block_set_level (fy_document_get_block (document, at), g_test_rand_int_range (1, 4));
  else if (op == 6)
    fy_document_set_field_value (document, g_test_rand_bit () ? "发言人" : "单位",
                                 g_test_rand_bit () ? "张明" : "");
  else if (op == 7)
    fy_document_set_numbering (document, g_test_rand_bit () ? FY_NUMBERING_AUTO
                                                          : FY_NUMBERING_AS_WRITTEN);
  else
    edit_text (fy_document_get_block (document, at));
}

static void
assert_same_findings (GPtrArray *memo,
                      GPtrArray *full)
{
  g_assert_cmpuint (memo->len, ==, full->len);

  for (guint i = 0; i < full->len; i++)
    {
      FyLintFinding *a = g_ptr_array_index (memo, i);
      FyLintFinding *b = g_ptr_array_index (full, i);
      g_autofree char *sentence_a = fy_lint_finding_dup_sentence (a, 30, NULL, NULL);
      g_autofree char *sentence_b = fy_lint_finding_dup_sentence (b, 30, NULL, NULL);

      g_assert_cmpstr (fy_lint_finding_get_kind (a), ==, fy_lint_finding_get_kind (b));
      g_assert_cmpuint (fy_lint_finding_get_block (a), ==, fy_lint_finding_get_block (b));
      g_assert_cmpuint (fy_lint_finding_get_start (a), ==, fy_lint_finding_get_start (b));
      g_assert_cmpuint (fy_lint_finding_get_end (a), ==, fy_lint_finding_get_end (b));
      g_assert_cmpint (fy_lint_finding_get_severity (a), ==, fy_lint_finding_get_severity (b));
      g_assert_cmpstr (fy_lint_finding_get_message (a), ==, fy_lint_finding_get_message (b));
      g_assert_cmpstr (fy_lint_finding_get_fix (a), ==, fy_lint_finding_get_fix (b));
      g_assert_cmpint (fy_lint_finding_is_safe (a), ==, fy_lint_finding_is_safe (b));
      g_assert_cmpstr (fy_lint_finding_get_original (a), ==, fy_lint_finding_get_original (b));
      g_assert_cmpstr (sentence_a, ==, sentence_b);
    }
}

/* Random documents and random edits: after every edit, the linter that
 * checked the document before (and remembers what it found) finds the
 * same as a new one that checks every block. */
static void
test_lint_memo_random_edits (void)
{
  for (guint round = 0; round < 30; round++)
    {
      g_autoptr(FyDocument) document = fy_document_new ();
      g_autoptr(FyLint) lint = fy_test_lint_new ();
      guint n_blocks = g_test_rand_int_range (0, 25);

      if (g_test_rand_bit ())
        fy_document_set_field_value (document, "发言人", "李华");
      for (guint i = 0; i < n_blocks; i++)
        {
          g_autoptr(FyBlock) block = random_block ();

          fy_document_append_block (document, block);
        }

      for (guint edit = 0; edit < 60; edit++)
        {
          g_autoptr(FyLint) fresh = fy_test_lint_new ();
          g_autoptr(GPtrArray) remembered = NULL;
          g_autoptr(GPtrArray) full = NULL;

          random_edit (document);
          remembered = fy_lint_document (lint, document);
          full = fy_lint_document (fresh, document);
          assert_same_findings (remembered, full);
        }
    }
}

/* What it is for: one block changed (not its length, which the next
 * block's page-marker check reads), the others' findings are the very
 * objects of the check before. */
static void
test_lint_memo_reuses (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                         "我们要坚持 ,推进工作.");

      fy_document_append_block (document, block);
    }

  before = fy_lint_document (lint, document);
  g_assert_cmpuint (before->len, ==, 15);
  fy_block_set_text (fy_document_get_block (document, 2), "我们要坚持 ,推进事业.");
  after = fy_lint_document (lint, document);
  g_assert_cmpuint (after->len, ==, 15);

  for (guint i = 0; i < after->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (after, i);
      gboolean found = FALSE;

      for (guint j = 0; j < before->len; j++)
        found |= g_ptr_array_index (before, j) == finding;
      g_assert_true (found == (fy_lint_finding_get_block (finding) != 2));
    }
}

/* Whether the first block's "1、" is a page marker depends on a later
 * block: the first block, unchanged, is checked again when that changes. */
static void
test_lint_memo_page_one (void)
{
  static const char * const seconds[] = { "2、", "3、", "2、" };
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(FyBlock) first = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, pieces[G_N_ELEMENTS (pieces) - 1]);
  g_autoptr(FyBlock) second = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autofree char *opened = g_strconcat ("1、", pieces[G_N_ELEMENTS (pieces) - 1], NULL);

  fy_block_set_text (first, opened);
  fy_document_append_block (document, first);
  fy_document_append_block (document, second);

  for (guint i = 0; i < G_N_ELEMENTS (seconds); i++)
    {
      g_autofree char *text = g_strconcat (seconds[i], "工作。", NULL);
      g_autoptr(FyLint) fresh = fy_test_lint_new ();
      g_autoptr(GPtrArray) remembered = NULL;
      g_autoptr(GPtrArray) full = NULL;

      fy_block_set_text (second, text);
      remembered = fy_lint_document (lint, document);
      full = fy_lint_document (fresh, document);
      assert_same_findings (remembered, full);
      /* The "1、" is a marker with a "2、" after it, and only then. */
      g_assert_cmpint (g_strcmp0 (fy_lint_finding_get_kind (g_ptr_array_index (full, 0)),
                                  FY_LINT_KIND_PAGE_CHUNK_MARKER) == 0, ==, i != 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/lint-memo/random-edits", test_lint_memo_random_edits);
  g_test_add_func ("/core/lint-memo/reuses", test_lint_memo_reuses);
  g_test_add_func ("/core/lint-memo/page-one", test_lint_memo_page_one);

  return g_test_run ();
}

/* test-block.c — tests of FyBlock
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fayan-core.h"
#include "fy-test-utils.h"

static void
test_block_fields (void)
{
  g_autoptr(FyBlock) block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autofree char *text = NULL;
  const FyRun *run;

  fy_block_set_text (block, "在{{会议名称}}上，{{ 发言人 }}发言。{{}}与{{未闭合");
  g_assert_cmpuint (fy_block_get_n_runs (block), ==, 5);

  run = fy_block_get_run (block, 0);
  g_assert_cmpint (run->kind, ==, FY_RUN_TEXT);
  g_assert_cmpstr (run->text, ==, "在");
  run = fy_block_get_run (block, 1);
  g_assert_cmpint (run->kind, ==, FY_RUN_FIELD);
  g_assert_cmpstr (run->text, ==, "会议名称");
  run = fy_block_get_run (block, 3);
  g_assert_cmpint (run->kind, ==, FY_RUN_FIELD);
  g_assert_cmpstr (run->text, ==, "发言人");
  run = fy_block_get_run (block, 4);
  g_assert_cmpstr (run->text, ==, "发言。{{}}与{{未闭合");

  text = fy_block_dup_text (block);
  g_assert_cmpstr (text, ==, "在{{会议名称}}上，{{发言人}}发言。{{}}与{{未闭合");
}

static void
test_block_lead (void)
{
  g_autoptr(FyBlock) block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autofree char *lead = NULL;
  g_autofree char *none = NULL;

  fy_block_set_lead_and_text (block, "一要坚持学习。", "近年来……");
  lead = fy_block_dup_lead (block);
  g_assert_cmpstr (lead, ==, "一要坚持学习。");
  g_assert_cmpuint (fy_block_get_n_runs (block), ==, 2);

  /* Adjacent runs of one kind merge, so the runs stay canonical. */
  fy_block_append_run (block, FY_RUN_TEXT, "继续。");
  g_assert_cmpuint (fy_block_get_n_runs (block), ==, 2);
  g_assert_cmpstr (fy_block_get_run (block, 1)->text, ==, "近年来……继续。");

  fy_block_set_text (block, "没有加粗");
  none = fy_block_dup_lead (block);
  g_assert_null (none);
}

/* A lead with a field is the whole lead, not its first bold run (the
 * outline once listed "一是{{单位}}要……。" as 一是), also one that opens
 * with the field; the document's copy shows the value. */
static void
test_block_lead_fields (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FyBlock) opening = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FyBlock) plain = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "{{单位}}负责。");
  g_autofree char *lead = NULL;
  g_autofree char *opening_lead = NULL;
  g_autofree char *unfilled = NULL;
  g_autofree char *filled = NULL;

  fy_block_set_lead_and_text (block, "一是{{单位}}要抓好整改。", "限期报告。");
  fy_block_set_lead_and_text (opening, "{{单位}}要带头。", "其余单位跟进。");
  fy_document_append_block (document, block);
  fy_document_append_block (document, opening);
  fy_document_append_block (document, plain);

  lead = fy_block_dup_lead (block);
  g_assert_cmpstr (lead, ==, "一是{{单位}}要抓好整改。");
  opening_lead = fy_block_dup_lead (opening);
  g_assert_cmpstr (opening_lead, ==, "{{单位}}要带头。");
  g_assert_null (fy_block_dup_lead (plain));

  unfilled = fy_document_dup_block_lead (document, 0);
  g_assert_cmpstr (unfilled, ==, "一是{{单位}}要抓好整改。");
  fy_document_set_field_value (document, "单位", "县档案馆");
  filled = fy_document_dup_block_lead (document, 0);
  g_assert_cmpstr (filled, ==, "一是县档案馆要抓好整改。");
  g_assert_null (fy_document_dup_block_lead (document, 2));
}

static void
test_block_role_level (void)
{
  g_autoptr(FyBlock) block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  guint notifies = 0;
  guint changes = 0;
  FyBlockRole role;

  g_signal_connect (block, "notify::level", G_CALLBACK (fy_test_count_notify_cb), &notifies);
  g_signal_connect (block, "changed", G_CALLBACK (fy_test_count_cb), &changes);

  /* Not a heading: the level stays 0, quietly. */
  fy_block_set_level (block, 3);
  g_assert_cmpuint (fy_block_get_level (block), ==, 0);
  g_assert_cmpuint (notifies, ==, 0);

  fy_block_set_role (block, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpuint (fy_block_get_level (block), ==, 1);
  g_assert_cmpuint (notifies, ==, 1);

  fy_block_set_level (block, 9);
  g_assert_cmpuint (fy_block_get_level (block), ==, FY_HEADING_MAX_LEVEL);
  fy_block_set_level (block, FY_HEADING_MAX_LEVEL);
  g_assert_cmpuint (notifies, ==, 2);

  changes = 0;
  fy_block_set_role (block, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpuint (changes, ==, 0);

  fy_block_begin_change (block);
  fy_block_set_text (block, "一");
  fy_block_append_run (block, FY_RUN_BOLD, "二");
  g_assert_cmpuint (changes, ==, 0);
  fy_block_end_change (block);
  g_assert_cmpuint (changes, ==, 1);

  for (guint i = 0; i < FY_BLOCK_N_ROLES; i++)
    {
      g_assert_true (fy_block_role_from_string (fy_block_role_to_string (i), &role));
      g_assert_cmpint (role, ==, i);
    }
  g_assert_false (fy_block_role_from_string ("banana", &role));
}

static void
test_block_empty_copy (void)
{
  g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 2, " \t　");
  g_autoptr(FyBlock) copy = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_true (fy_block_is_empty (block));
  fy_block_set_text (block, "{{日期}}");
  g_assert_false (fy_block_is_empty (block));

  copy = fy_block_copy (block);
  g_assert_cmpint (fy_block_get_role (copy), ==, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpuint (fy_block_get_level (copy), ==, 2);
  a = fy_block_dup_text (block);
  b = fy_block_dup_text (copy);
  g_assert_cmpstr (a, ==, b);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/block/fields", test_block_fields);
  g_test_add_func ("/core/block/lead", test_block_lead);
  g_test_add_func ("/core/block/lead-fields", test_block_lead_fields);
  g_test_add_func ("/core/block/role-level", test_block_role_level);
  g_test_add_func ("/core/block/empty-copy", test_block_empty_copy);

  return g_test_run ();
}

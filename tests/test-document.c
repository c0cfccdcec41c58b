/* test-document.c — tests of the FyDocument model
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fayan-core.h"
#include "fy-test-utils.h"

static void
field_changed_cb (FyDocument *document,
                  const char *name,
                  guint      *count)
{
  g_assert_cmpstr (name, ==, "会议名称");
  (*count)++;
}

static FyDocument *
make_document (void)
{
  FyDocument *document = fy_document_new ();
  static const struct { FyBlockRole role; guint level; const char *text; } blocks[] = {
    { FY_BLOCK_ROLE_TITLE, 0, "关于{{会议名称}}的发言" },
    { FY_BLOCK_ROLE_PARAGRAPH, 0, "开头。" },
    { FY_BLOCK_ROLE_HEADING, 1, "甲" },
    { FY_BLOCK_ROLE_PARAGRAPH, 0, "甲的正文。" },
    { FY_BLOCK_ROLE_HEADING, 2, "甲一" },
    { FY_BLOCK_ROLE_PARAGRAPH, 0, "甲一的正文。" },
    { FY_BLOCK_ROLE_HEADING, 1, "乙" },
    { FY_BLOCK_ROLE_PARAGRAPH, 0, "乙的正文。" },
    { FY_BLOCK_ROLE_CLOSING, 0, "谢谢大家！" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    {
      g_autoptr(FyBlock) block = fy_block_new_with_text (blocks[i].role, blocks[i].level, blocks[i].text);

      fy_document_append_block (document, block);
    }

  return document;
}

static char *
block_text (FyDocument *document,
            guint       position)
{
  return fy_block_dup_text (fy_document_get_block (document, position));
}

static void
test_document_list_model (void)
{
  g_autoptr(FyDocument) document = make_document ();
  g_autoptr(FyBlock) extra = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "新段落");
  g_autoptr(FyBlock) item = NULL;
  FyTestItemsChanged record = { 0 };
  guint changes = 0;
  guint position;

  g_signal_connect (document, "items-changed", G_CALLBACK (fy_test_items_changed_cb), &record);
  g_signal_connect (document, "changed", G_CALLBACK (fy_test_count_cb), &changes);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (document)), ==, 9);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (document)) == FY_TYPE_BLOCK);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (document), 9));

  fy_document_insert_block (document, 1, extra);
  g_assert_cmpuint (record.n_calls, ==, 1);
  g_assert_cmpuint (record.position, ==, 1);
  g_assert_cmpuint (record.removed, ==, 0);
  g_assert_cmpuint (record.added, ==, 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (fy_document_find_block (document, extra, &position));
  g_assert_cmpuint (position, ==, 1);

  item = g_list_model_get_item (G_LIST_MODEL (document), 1);
  g_assert_true (item == extra);

  /* Editing a block's content announces the document as changed. */
  fy_block_set_text (extra, "改过的段落");
  g_assert_cmpuint (changes, ==, 2);

  fy_document_remove_block (document, 1);
  g_assert_cmpuint (record.removed, ==, 1);
  g_assert_false (fy_document_find_block (document, extra, NULL));

  /* A removed block no longer reaches the document. */
  fy_block_set_text (extra, "不再相关");
  g_assert_cmpuint (changes, ==, 3);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 9);
}

static void
test_document_sections (void)
{
  g_autoptr(FyDocument) document = make_document ();
  FyTestItemsChanged record = { 0 };
  g_autofree char *t2 = NULL;
  g_autofree char *t6 = NULL;
  g_autofree char *t7 = NULL;
  guint end;

  g_assert_cmpuint (fy_document_get_section_end (document, 2), ==, 6);
  g_assert_cmpuint (fy_document_get_section_end (document, 4), ==, 6);
  g_assert_cmpuint (fy_document_get_section_end (document, 6), ==, 8);
  g_assert_cmpuint (fy_document_get_section_end (document, 1), ==, 2);

  g_signal_connect (document, "items-changed", G_CALLBACK (fy_test_items_changed_cb), &record);

  /* Move point 乙 with its body in front of point 甲. */
  end = fy_document_get_section_end (document, 6);
  fy_document_move_blocks (document, 6, end - 6, 2);
  g_assert_cmpuint (record.n_calls, ==, 1);
  g_assert_cmpuint (record.position, ==, 2);
  g_assert_cmpuint (record.removed, ==, 6);
  g_assert_cmpuint (record.added, ==, 6);

  t2 = block_text (document, 2);
  t6 = block_text (document, 6);
  t7 = block_text (document, 7);
  g_assert_cmpstr (t2, ==, "乙");
  g_assert_cmpstr (t6, ==, "甲一");
  g_assert_cmpstr (t7, ==, "甲一的正文。");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 9);
}

static void
test_document_fields (void)
{
  g_autoptr(FyDocument) document = make_document ();
  g_auto(GStrv) names = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *title = NULL;
  guint field_changes = 0;

  g_signal_connect (document, "field-changed::会议名称", G_CALLBACK (field_changed_cb), &field_changes);

  before = fy_document_dup_block_text (document, 0);
  g_assert_cmpstr (before, ==, "关于{{会议名称}}的发言");

  fy_document_set_field_value (document, "发言人", "张三");
  fy_document_set_field_value (document, "会议名称", "{{发言人}}座谈会");
  fy_document_set_field_value (document, "会议名称", "{{发言人}}座谈会");
  g_assert_cmpuint (field_changes, ==, 1);

  /* A value is plain text: no recursion into other fields. */
  after = fy_document_dup_block_text (document, 0);
  g_assert_cmpstr (after, ==, "关于{{发言人}}座谈会的发言");

  names = fy_document_dup_field_names (document);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_cmpstr (names[0], ==, "发言人");
  g_assert_cmpstr (names[1], ==, "会议名称");

  fy_document_set_field_value (document, "发言人", NULL);
  g_assert_null (fy_document_get_field_value (document, "发言人"));

  /* A field name nobody listens to is not interned for ever. */
  fy_document_set_field_value (document, "无人监听的字段·test-document", "值");
  g_assert_cmpstr (fy_document_get_field_value (document, "无人监听的字段·test-document"), ==, "值");
  g_assert_cmpuint (g_quark_try_string ("无人监听的字段·test-document"), ==, 0);

  title = fy_document_dup_display_title (document);
  g_assert_cmpstr (title, ==, "关于{{发言人}}座谈会的发言");
}

static void
test_document_metadata (void)
{
  g_autoptr(FyDocument) document = make_document ();
  g_autoptr(FyDocument) copy = NULL;
  guint notifies = 0;
  guint n_chars, n_no_punct;

  g_signal_connect (document, "notify::meeting", G_CALLBACK (fy_test_count_notify_cb), &notifies);
  fy_document_set_meeting (document, "学习班");
  fy_document_set_meeting (document, "学习班");
  g_assert_cmpuint (notifies, ==, 1);
  fy_document_set_meeting (document, "");
  g_assert_null (fy_document_get_meeting (document));

  g_assert_cmpstr (fy_document_get_style_preset (document), ==, FY_DEFAULT_STYLE_PRESET);
  fy_document_set_style_preset (document, "reading");
  fy_document_set_style_preset (document, NULL);
  g_assert_cmpstr (fy_document_get_style_preset (document), ==, FY_DEFAULT_STYLE_PRESET);

  fy_document_set_time_limit (document, 8);
  fy_document_set_field_value (document, "会议名称", "学习班");
  copy = fy_document_copy (document);
  g_assert_cmpuint (fy_document_get_time_limit (copy), ==, 8);
  g_assert_cmpstr (fy_document_get_field_value (copy, "会议名称"), ==, "学习班");
  g_assert_cmpuint (fy_document_get_n_blocks (copy), ==, fy_document_get_n_blocks (document));
  g_assert_true (fy_document_get_block (copy, 0) != fy_document_get_block (document, 0));

  /* 关于学习班的发言 开头。 甲 甲的正文。 甲一 甲一的正文。 乙 乙的正文。 谢谢大家！ */
  fy_document_count_characters (copy, &n_chars, &n_no_punct);
  g_assert_cmpuint (n_chars, ==, 8 + 3 + 1 + 5 + 2 + 6 + 1 + 5 + 5);
  g_assert_cmpuint (n_no_punct, ==, n_chars - 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/document/list-model", test_document_list_model);
  g_test_add_func ("/core/document/sections", test_document_sections);
  g_test_add_func ("/core/document/fields", test_document_fields);
  g_test_add_func ("/core/document/metadata", test_document_metadata);

  return g_test_run ();
}

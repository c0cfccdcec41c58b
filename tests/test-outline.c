/* test-outline.c — the outline's rows follow the document, made again only when they change
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "fy-outline.h"
#include "fy-test-window.h"

static FyDocument *
make_document (void)
{
  g_autoptr(GError) error = NULL;
  FyDocument *document = fy_import_markdown ("# 关于基层工作的几点体会\n\n"
                                             "## 抓好学习\n\n"
                                             "**一是读原著。**坚持每周集中学习一次。\n\n"
                                             "## 改进作风\n\n"
                                             "作风建设永远在路上。\n", -1, &error);

  g_assert_no_error (error);
  return document;
}

static GtkWidget *
find_list (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The list's rows, in order. */
static GPtrArray *
get_rows (FyOutline *outline)
{
  GtkWidget *list = find_list (GTK_WIDGET (outline));
  GPtrArray *rows = g_ptr_array_new ();

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      g_ptr_array_add (rows, row);

  return rows;
}

static const char *
row_text (GtkWidget *row)
{
  return gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))));
}

static void
test_outline_keeps_rows (void)
{
  g_autoptr(FyDocument) document = make_document ();
  GtkWidget *outline = g_object_ref_sink (fy_outline_new ());
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  g_autoptr(FyBlock) p3 = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "新的一段。");
  g_autoptr(FyBlock) h3 = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "狠抓落实");
  g_autofree char *label = NULL;

  /* Not on screen: the rows are made when first asked for (in a window,
   * after its first frame). */
  fy_outline_set_document (FY_OUTLINE (outline), document);
  before = get_rows (FY_OUTLINE (outline));
  g_assert_cmpuint (before->len, ==, 0);
  g_clear_pointer (&before, g_ptr_array_unref);
  /* Title, two headings, one lead. */
  g_assert_cmpuint (fy_outline_get_n_entries (FY_OUTLINE (outline)), ==, 4);
  before = get_rows (FY_OUTLINE (outline));
  g_assert_cmpuint (before->len, ==, 4);
  g_assert_cmpstr (row_text (g_ptr_array_index (before, 2)), ==, "一是读原著。");

  /* Body text without a lead: the same rows, now for the moved blocks. */
  fy_document_insert_block (document, 1, p3);
  fy_outline_refresh (FY_OUTLINE (outline));
  after = get_rows (FY_OUTLINE (outline));
  g_assert_cmpuint (after->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_true (g_ptr_array_index (after, i) == g_ptr_array_index (before, i));
  g_assert_cmpuint (fy_outline_get_entry_block (FY_OUTLINE (outline), 1), ==, 2);
  g_assert_cmpuint (fy_outline_get_entry_block (FY_OUTLINE (outline), 3), ==, 4);

  /* A new heading: a row of its own, the others kept. */
  fy_document_append_block (document, h3);
  fy_outline_refresh (FY_OUTLINE (outline));
  moved = get_rows (FY_OUTLINE (outline));
  g_assert_cmpuint (moved->len, ==, 5);
  for (guint i = 0; i < 4; i++)
    g_assert_true (g_ptr_array_index (moved, i) == g_ptr_array_index (before, i));
  label = fy_outline_dup_entry_label (FY_OUTLINE (outline), 4);
  g_assert_cmpstr (row_text (g_ptr_array_index (moved, 4)), ==, label);
  g_assert_nonnull (strstr (label, "狠抓落实"));
  g_assert_cmpuint (fy_outline_get_entry_block (FY_OUTLINE (outline), 4), ==, 6);

  /* A heading removed: the rows after it change, none is left over. */
  fy_document_remove_block (document, 2);
  fy_outline_refresh (FY_OUTLINE (outline));
  g_clear_pointer (&moved, g_ptr_array_unref);
  moved = get_rows (FY_OUTLINE (outline));
  g_assert_cmpuint (moved->len, ==, 4);
  g_assert_cmpuint (fy_outline_get_n_entries (FY_OUTLINE (outline)), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *entry = fy_outline_dup_entry_label (FY_OUTLINE (outline), i);

      g_assert_cmpstr (row_text (g_ptr_array_index (moved, i)), ==, entry);
    }

  fy_outline_set_document (FY_OUTLINE (outline), NULL);
  g_clear_pointer (&moved, g_ptr_array_unref);
  moved = get_rows (FY_OUTLINE (outline));
  g_assert_cmpuint (moved->len, ==, 0);
  g_object_unref (outline);
}

/* A list's caption that is the document's one heading prints no 一、
 * (fy_document_get_printed_numbering()): nor does its outline entry. */
static void
test_outline_list_caption (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_import_markdown ("# 关于表彰森林防火先进个人的决定\n\n"
                                                       "经研究，决定对以下同志予以表彰。\n\n"
                                                       "## 森林防火先进个人名单\n\n"
                                                       "王建军　　李　芳（女）　　张德明　　赵国强\n", -1, &error);
  GtkWidget *outline = g_object_ref_sink (fy_outline_new ());
  g_autofree char *label = NULL;

  g_assert_no_error (error);
  fy_document_set_numbering (document, FY_NUMBERING_AUTO);
  fy_outline_set_document (FY_OUTLINE (outline), document);
  g_assert_cmpuint (fy_outline_get_n_entries (FY_OUTLINE (outline)), ==, 2);
  label = fy_outline_dup_entry_label (FY_OUTLINE (outline), 1);
  g_assert_cmpstr (label, ==, "森林防火先进个人名单");
  fy_outline_set_document (FY_OUTLINE (outline), NULL);
  g_object_unref (outline);
}

/* A lead with a field is listed whole, the field's value in it (it was
 * once listed as "一是", its first bold run), and follows the value. */
static void
test_outline_lead_field (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_import_markdown ("# 关于整改工作的几点意见\n\n"
                                                       "**一是{{牵头单位}}要抓好整改。**限期报告落实情况。\n\n"
                                                       "**{{配合单位}}要主动配合。**不推不拖。\n", -1, &error);
  GtkWidget *outline = g_object_ref_sink (fy_outline_new ());
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) refreshed = NULL;

  g_assert_no_error (error);
  fy_document_set_field_value (document, "牵头单位", "县住建局");
  fy_outline_set_document (FY_OUTLINE (outline), document);
  /* the title and both leads (asked for, the rows are made) */
  g_assert_cmpuint (fy_outline_get_n_entries (FY_OUTLINE (outline)), ==, 3);
  rows = get_rows (FY_OUTLINE (outline));
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (row_text (g_ptr_array_index (rows, 1)), ==, "一是县住建局要抓好整改。");
  g_assert_cmpstr (row_text (g_ptr_array_index (rows, 2)), ==, "{{配合单位}}要主动配合。");

  fy_document_set_field_value (document, "配合单位", "各乡镇");
  fy_outline_refresh (FY_OUTLINE (outline));
  refreshed = get_rows (FY_OUTLINE (outline));
  g_assert_cmpuint (refreshed->len, ==, 3);
  g_assert_cmpstr (row_text (g_ptr_array_index (refreshed, 2)), ==, "各乡镇要主动配合。");
  fy_outline_set_document (FY_OUTLINE (outline), NULL);
  g_object_unref (outline);
}

/* A paste in the middle of a speech adds outline entries there: only
 * their rows are new, those above and below are kept. */
static void
test_outline_insert_keeps_rows (void)
{
  g_autoptr(FyDocument) document = make_document ();
  GtkWidget *outline = g_object_ref_sink (fy_outline_new ());
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(FyDocument) pasted = NULL;
  g_autoptr(GError) error = NULL;
  FyBlock *blocks[2];

  fy_outline_set_document (FY_OUTLINE (outline), document);
  fy_outline_refresh (FY_OUTLINE (outline));
  before = get_rows (FY_OUTLINE (outline));
  g_assert_cmpuint (before->len, ==, 4);

  /* Two paragraphs with leads, after the first heading. */
  pasted = fy_import_markdown ("**二是勤调研。**每月下基层一次。\n\n"
                               "**三是多交流。**同事之间互相学习。\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (pasted), ==, 2);
  blocks[0] = fy_block_copy (fy_document_get_block (pasted, 0));
  blocks[1] = fy_block_copy (fy_document_get_block (pasted, 1));
  fy_document_splice_blocks (document, 2, 0, blocks, 2);
  g_object_unref (blocks[0]);
  g_object_unref (blocks[1]);
  fy_outline_refresh (FY_OUTLINE (outline));

  after = get_rows (FY_OUTLINE (outline));
  g_assert_cmpuint (after->len, ==, 6);
  g_assert_true (g_ptr_array_index (after, 0) == g_ptr_array_index (before, 0));
  g_assert_true (g_ptr_array_index (after, 1) == g_ptr_array_index (before, 1));
  for (guint i = 2; i < 4; i++)
    for (guint j = 0; j < before->len; j++)
      g_assert_false (g_ptr_array_index (after, i) == g_ptr_array_index (before, j));
  g_assert_cmpstr (row_text (g_ptr_array_index (after, 2)), ==, "二是勤调研。");
  g_assert_cmpstr (row_text (g_ptr_array_index (after, 3)), ==, "三是多交流。");
  g_assert_true (g_ptr_array_index (after, 4) == g_ptr_array_index (before, 2));
  g_assert_true (g_ptr_array_index (after, 5) == g_ptr_array_index (before, 3));
  /* The kept rows below point at their blocks' new positions. */
  g_assert_cmpuint (fy_outline_get_entry_block (FY_OUTLINE (outline), 2), ==, 2);
  g_assert_cmpuint (fy_outline_get_entry_block (FY_OUTLINE (outline), 4), ==, 4);
  g_assert_cmpuint (fy_outline_get_entry_block (FY_OUTLINE (outline), 5), ==, 5);
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *entry = fy_outline_dup_entry_label (FY_OUTLINE (outline), i);

      g_assert_cmpstr (row_text (g_ptr_array_index (after, i)), ==, entry);
    }

  /* Undone: the same rows as before the paste. */
  fy_document_splice_blocks (document, 2, 2, NULL, 0);
  fy_outline_refresh (FY_OUTLINE (outline));
  removed = get_rows (FY_OUTLINE (outline));
  g_assert_cmpuint (removed->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_true (g_ptr_array_index (removed, i) == g_ptr_array_index (before, i));
  g_assert_cmpuint (fy_outline_get_entry_block (FY_OUTLINE (outline), 3), ==, 3);

  g_object_unref (outline);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  fy_test_move_pointer_aside ();
  adw_init ();
  fy_core_init ();

  g_test_add_func ("/ui/outline/keeps-rows", test_outline_keeps_rows);
  g_test_add_func ("/ui/outline/insert-keeps-rows", test_outline_insert_keeps_rows);
  g_test_add_func ("/ui/outline/list-caption", test_outline_list_caption);
  g_test_add_func ("/ui/outline/lead-field", test_outline_lead_field);

  return g_test_run ();
}

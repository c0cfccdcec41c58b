/* test-pagination.c — pagination ends and places every line, whatever the style
 *
 * Issue 17: a style is data and must not hang the engine.  The styles
 * below are the worst the validation lets through (3 lines a page, titles
 * three lines tall, ten blank lines around elements, a keep-with-next run
 * longer than a page, a signature that must take lines along); each must
 * give a layout in which every page holds a line and every line of every
 * block is placed exactly once, in order.  The paginator asserts the
 * progress guarantee itself (g_assert in pager_new_page()), so a broken
 * guarantee aborts this test.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fy-layout-private.h"

#define LONG_TEXT "各地区各部门要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，" \
                  "加快构建新发展格局，着力推动高质量发展，更好统筹发展和安全。"

static const char *styles[] = {
  /* the smallest page: 3 lines, a title 3 lines tall, ten blank lines */
  "{ \"format\": \"fayan-style\", \"version\": 1, \"id\": \"tiny\","
  "  \"grid\": { \"lines\": 3, \"chars\": 28 },"
  "  \"roles\": { \"title\": { \"line-span\": 3, \"lines-after\": 10 },"
  "             \"heading-1\": { \"line-span\": 3, \"lines-before\": 10 },"
  "             \"heading-2\": { \"line-span\": 2, \"lines-after\": 10 },"
  "             \"signature\": { \"lines-before\": 10 },"
  "             \"body\": { \"lines-before\": 1 } } }",
  /* every line of the body a page tall */
  "{ \"format\": \"fayan-style\", \"version\": 1, \"id\": \"tall\","
  "  \"grid\": { \"lines\": 4, \"chars\": 4 },"
  "  \"roles\": { \"body\": { \"line-span\": 4, \"indent\": 0 },"
  "             \"closing\": { \"line-span\": 4, \"indent\": 0 },"
  "             \"attachment\": { \"indent\": 0 },"
  "             \"signature\": { \"indent\": 0 } } }",
  /* narrow: a few characters a line, so paragraphs are many lines long */
  "{ \"format\": \"fayan-style\", \"version\": 1, \"id\": \"narrow\","
  "  \"grid\": { \"lines\": 5, \"chars\": 4 },"
  "  \"roles\": { \"title\": { \"line-span\": 2 },"
  "             \"body\": { \"indent\": 1 } } }",
};

static FyDocument *
make_document (void)
{
  FyDocument *document = fy_document_new ();

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0,
                                                              "关于进一步做好基层治理工作的讲话"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_SPEAKER, 0, "张明"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_DATE_LINE, 0,
                                                              "（2026年3月5日）"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_SALUTATION, 0, "同志们："));
  /* a run of headings that keep with the next: longer than any page */
  for (guint level = 1; level <= 4; level++)
    fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, level,
                                                                "提高认识，压实责任，抓好落实"));
  /* paragraphs of one line up to many */
  for (guint n = 1; n <= 8; n++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint k = 0; k < n; k++)
        g_string_append (text, k % 2 == 0 ? "要抓好落实。" : LONG_TEXT);
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, text->str));
    }
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_CLOSING, 0, "谢谢大家！"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_SIGNATURE, 0, "市人民政府"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_DATE_LINE, 0, "2026年3月5日"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_ATTACHMENT, 0,
                                                              "附件：1.工作方案\n2.责任清单"));

  return document;
}

static guint
count_lines (FyLayout *layout)
{
  guint n = 0;

  for (guint p = 0; p < layout->pages->len; p++)
    {
      FyPage *page = g_ptr_array_index (layout->pages, p);

      for (guint l = 0; l < page->lines->len; l++)
        n += g_array_index (page->lines, FyPageLine, l).block_index >= 0;
    }
  return n;
}

static void
test_pathological_style (gconstpointer data)
{
  const char *json = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_data (json, -1, &error);
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(FyDocument) document = make_document ();
  g_autoptr(FyLayout) layout = NULL;

  g_assert_no_error (error);
  typesetter = fy_typesetter_new (style);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (layout);

  /* every page holds a line; every line placed once, in order */
  g_assert_true (fy_layout_check_progress (layout, document));
  /* at most one page per line */
  g_assert_cmpuint (layout->pages->len, <=, count_lines (layout));

  g_test_message ("%s: %u pages", fy_style_get_id (style), layout->pages->len);
}

/* A date line that closes the document never stands alone at the top of
 * a page: whatever the length of the text before it, the page it is on
 * holds a line of the block before it too.  (With no signature to keep
 * it company, as in a report that ends with its date.) */
static void
test_closing_date_not_alone (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset ("gbt9704", &error);
  g_autoptr(FyTypesetter) typesetter = NULL;
  guint n_tops = 0;

  g_assert_no_error (error);
  typesetter = fy_typesetter_new (style);

  for (guint k = 0; k < 30; k++)
    {
      g_autoptr(FyDocument) document = fy_document_new ();
      g_autoptr(FyLayout) layout = NULL;
      guint date_block;

      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "工作报告"));
      for (guint n = 0; n < k; n++)
        fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                                    n % 3 == 0 ? LONG_TEXT : "要抓好落实。"));
      date_block = fy_document_get_n_blocks (document);
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_DATE_LINE, 0, "2026年7月28日"));

      layout = fy_typesetter_layout (typesetter, document, NULL, &error);
      g_assert_no_error (error);

      for (guint p = 1; p < layout->pages->len; p++)
        {
          FyPage *page = g_ptr_array_index (layout->pages, p);

          for (guint l = 0; l < page->lines->len; l++)
            {
              int block = g_array_index (page->lines, FyPageLine, l).block_index;

              if (block < 0)
                continue;
              /* the first line of this page */
              if ((guint) block == date_block)
                {
                  g_test_message ("%u paragraphs: the date opens page %u", k, p + 1);
                  n_tops++;
                }
              break;
            }
        }
    }

  g_assert_cmpuint (n_tops, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/pagination/pathological-style/%u", i);

      g_test_add_data_func (path, styles[i], test_pathological_style);
    }

  g_test_add_func ("/core/pagination/closing-date-not-alone", test_closing_date_not_alone);

  return g_test_run ();
}

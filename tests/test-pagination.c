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
 * Issue 12: the keep rules are swept over every position on the page
 * (0–21 one-line fillers before them): the signature block goes with two
 * lines of the body (a closing of two lines is body), a list's lead-in
 * with two lines of its items, no page ends shorter than the rules
 * explain, and a heading opens a page only where it did not fit on the
 * page before.
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

/* How many of the documents with 0–29 paragraphs after the title and
 * @last after them have @last as a page's first line after page 1. */
static guint
count_last_block_tops (FyBlockRole  role,
                       const char  *last)
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
      guint last_block;

      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "工作报告"));
      for (guint n = 0; n < k; n++)
        fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                                    n % 3 == 0 ? LONG_TEXT : "要抓好落实。"));
      last_block = fy_document_get_n_blocks (document);
      fy_document_append_block (document, fy_block_new_with_text (role, 0, last));

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
              if ((guint) block == last_block)
                {
                  g_test_message ("%u paragraphs: %s opens page %u", k, last, p + 1);
                  n_tops++;
                }
              break;
            }
        }
    }
  return n_tops;
}

/* A date line that closes the document never stands alone at the top of
 * a page: whatever the length of the text before it, the page it is on
 * holds a line of the block before it too.  (With no signature to keep
 * it company, as in a report that ends with its date.) */
static void
test_closing_date_not_alone (void)
{
  g_assert_cmpuint (count_last_block_tops (FY_BLOCK_ROLE_DATE_LINE, "2026年7月28日"), ==, 0);
}

/* Nor does a speech's closing line, which has no signature after it
 * either: set as the closing (a template's) or pasted as body text, it
 * takes lines of the body along to the last page (session 27: a 协商发言
 * of four full pages printed its 以上发言，不妥之处，请批评指正。 alone on
 * a fifth). */
static void
test_closing_line_not_alone (void)
{
  g_assert_cmpuint (count_last_block_tops (FY_BLOCK_ROLE_PARAGRAPH, "以上发言，不妥之处，请批评指正。"), ==, 0);
  g_assert_cmpuint (count_last_block_tops (FY_BLOCK_ROLE_CLOSING, "以上发言，不妥之处，请批评指正。"), ==, 0);
  g_assert_cmpuint (count_last_block_tops (FY_BLOCK_ROLE_CLOSING, "谢谢大家！"), ==, 0);
}

/* ---- keep rules swept over every position on the page ----------------- */

#define N_FILLERS 22

typedef struct
{
  FyBlockRole role;
  const char *text;
  gboolean    body;     /* body text for the signature's rule */
} SweepBlock;

/* A notice (attachment note of two lines, the organ and the date) and a
 * report (a one-line closing, then the organ and the date).  The filler
 * paragraphs go where FILLER stands. */
#define FILLER NULL

static const SweepBlock notice[] = {
  { FY_BLOCK_ROLE_TITLE, "关于开展档案安全检查的通知", FALSE },
  { FY_BLOCK_ROLE_SALUTATION, "各区县档案局，市直各单位：", FALSE },
  { FY_BLOCK_ROLE_PARAGRAPH, "为做好今年档案安全工作，市档案局决定在全市开展档案安全检查。"
                             "检查采取单位自查和抽查相结合的方式进行。", TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, FILLER, TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, "请各单位于九月底前完成自查，填写自查表，连同自查报告一并报送市档案局"
                             "业务指导处。逾期未报送的，将在全市通报。", TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, "附件：1．档案安全自查表", FALSE },
  { FY_BLOCK_ROLE_PARAGRAPH, "2．档案安全检查联系人名单", FALSE },
  { FY_BLOCK_ROLE_SIGNATURE, "市档案局", FALSE },
  { FY_BLOCK_ROLE_DATE_LINE, "2027年8月20日", FALSE },
};

static const SweepBlock report[] = {
  { FY_BLOCK_ROLE_TITLE, "关于上半年节能工作情况的报告", FALSE },
  { FY_BLOCK_ROLE_SALUTATION, "市人民政府：", FALSE },
  { FY_BLOCK_ROLE_PARAGRAPH, LONG_TEXT LONG_TEXT, TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, FILLER, TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, "下半年，我们将继续抓好重点用能单位的节能管理。", TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, "特此报告。", FALSE },
  { FY_BLOCK_ROLE_SIGNATURE, "市发展和改革委员会", FALSE },
  { FY_BLOCK_ROLE_DATE_LINE, "2027年7月10日", FALSE },
};

/* Closings of two, three and five lines. */
static const char closing2[] =
  "以上审议意见，请县人民政府认真研究处理，并在三个月内将研究处理情况"
  "向县人大常委会书面报告。";
static const char closing3[] =
  "以上审议意见，请县人民政府认真研究处理，结合明年交通建设计划逐项"
  "落实整改措施，明确责任单位和完成时限，并在三个月内将研究处理情况"
  "向县人大常委会书面报告。";
static const char closing5[] =
  "以上审议意见，请县人民政府认真研究处理，结合明年交通建设计划逐项"
  "落实整改措施，明确责任单位和完成时限，对群众反映强烈的断头路、"
  "窄路和危桥问题列出清单，分年度予以解决，对养护资金不足的问题"
  "积极争取上级支持并在县级预算中足额安排，并在三个月内将研究处理情况"
  "向县人大常委会书面报告。";

/* A regulation: an article whose lead-in announces one-line items. */
static const SweepBlock regulation[] = {
  { FY_BLOCK_ROLE_TITLE, "某市城市绿化管理条例", FALSE },
  { FY_BLOCK_ROLE_HEADING, "第一章　总则", FALSE },
  { FY_BLOCK_ROLE_PARAGRAPH, "第一条　为了加强城市绿化管理，改善生态环境，根据有关法律、法规，"
                             "结合本市实际，制定本条例。", TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, FILLER, TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, "第十三条　在城市绿地内禁止下列行为：", TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, "（一）砍伐、损毁树木；", TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, "（二）擅自采摘花果；", TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, "（三）倾倒垃圾、堆放杂物。", TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, "第十四条　违反本条例规定的，由城市绿化主管部门责令改正，"
                             "可以并处罚款。", TRUE },
};

/* A lead-in over items the import took for headings. */
static const SweepBlock lead_in_headings[] = {
  { FY_BLOCK_ROLE_TITLE, "关于做好防汛工作的通知", FALSE },
  { FY_BLOCK_ROLE_PARAGRAPH, LONG_TEXT, TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, FILLER, TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, "为切实做好今年防汛工作，现提出以下要求：", TRUE },
  { FY_BLOCK_ROLE_HEADING, "（一）压实防汛责任", TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, LONG_TEXT, TRUE },
  { FY_BLOCK_ROLE_HEADING, "（二）加强隐患排查", TRUE },
  { FY_BLOCK_ROLE_PARAGRAPH, LONG_TEXT, TRUE },
};

/* The document of @blocks with @k one-line fillers; @body gets, per
 * block, whether it is body text. */
static FyDocument *
make_sweep_document (const SweepBlock *blocks,
                     guint             n,
                     guint             k,
                     GArray           *body)
{
  FyDocument *document = fy_document_new ();

  for (guint i = 0; i < n; i++)
    {
      gboolean is_body = blocks[i].body;

      if (blocks[i].text != FILLER)
        {
          guint level = blocks[i].role != FY_BLOCK_ROLE_HEADING ? 0 : g_str_has_prefix (blocks[i].text, "（") ? 2 : 1;

          fy_document_append_block (document, fy_block_new_with_text (blocks[i].role, level, blocks[i].text));
          g_array_append_val (body, is_body);
          continue;
        }
      for (guint f = 0; f < k; f++)
        {
          g_autofree char *text = g_strdup_printf ("第%u项工作已按期完成。", f + 1);

          fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, text));
          g_array_append_val (body, is_body);
        }
    }
  return document;
}

/* The grid slot of a line on its page. */
static guint
line_slot (FyStyle    *style,
           FyPageLine *line)
{
  return (guint) ((line->top - fy_style_get_margin_top (style)) / fy_style_get_line_pitch (style) + 0.5);
}

/* Grid slots a page leaves empty at its foot. */
static guint
page_free (FyStyle *style,
           FyPage  *page)
{
  guint end = 0;

  for (guint l = 0; l < page->lines->len; l++)
    {
      FyPageLine *line = &g_array_index (page->lines, FyPageLine, l);

      if (line->block_index >= 0)
        end = MAX (end, line_slot (style, line) + (guint) (line->height / fy_style_get_line_pitch (style) + 0.5));
    }
  return fy_style_get_lines_per_page (style) - end;
}

/* The grid lines the keep rules move together to the top of @page:
 * through the signature block if the page has it; else the lines from
 * the top up to two lines after the last heading or lead-in (a text
 * ending in "："): that opens the page, the first block and the one
 * with the second line whole if it is three lines or shorter. */
static guint
top_unit (FyStyle    *style,
          FyDocument *document,
          FyPage     *page,
          int         sig_block)
{
  guint unit = 0;
  int first = -1;
  guint first_lines = 0;
  guint after = 0;
  guint kept = 0;
  gboolean opening = TRUE;

  for (guint l = 0; l < page->lines->len; l++)
    {
      FyPageLine *line = &g_array_index (page->lines, FyPageLine, l);
      FyBlock *block;
      g_autofree char *text = NULL;

      if (line->block_index < 0)
        continue;
      if (line->block_index >= sig_block)
        unit = line_slot (style, line) + 1;
      if (first < 0)
        first = line->block_index;
      if (line->block_index == first)
        first_lines++;

      block = fy_document_get_block (document, line->block_index);
      text = fy_block_dup_text (block);
      if (opening && (fy_block_get_role (block) == FY_BLOCK_ROLE_HEADING || g_str_has_suffix (text, "：")))
        after = 0;
      else if (opening && ++after == 2)
        {
          /* a paragraph of up to three lines goes whole */
          kept = line_slot (style, line) + 1;
          if (line->para->lines->len <= 3)
            kept += line->para->lines->len - 1 - line->line;
          opening = FALSE;
        }
    }
  if (unit > 0)
    return unit + 1;   /* the blank line before the signature moved too */
  /* a paragraph of up to three lines goes whole, a longer one brings
   * two */
  return MAX (MAX (first_lines, kept), 2u);
}

/* The grid lines a heading (or a run of headings) opening @page needs:
 * the headings and the first lines of the block after them, whole if
 * it has three lines or fewer (the paginator's first chunk); 0 if the
 * page opens with no heading. */
static guint
opening_heading_need (FyDocument *document,
                      FyPage     *page)
{
  guint need = 0;

  for (guint l = 0; l < page->lines->len; l++)
    {
      FyPageLine *line = &g_array_index (page->lines, FyPageLine, l);
      guint len;

      if (line->block_index < 0)
        continue;
      if (fy_block_get_role (fy_document_get_block (document, line->block_index)) == FY_BLOCK_ROLE_HEADING)
        {
          need++;
          continue;
        }
      if (need == 0)
        return 0;
      len = line->para->lines->len;
      return need + (len <= 3 ? len : 2);
    }
  return 0;
}

static void
check_sweep (const SweepBlock *blocks,
             guint             n,
             FyBlockRole       end_role,
             const char       *end_text,
             gboolean          lead_in)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset ("gbt9704", &error);
  g_autoptr(FyTypesetter) typesetter = NULL;
  guint n_bad = 0;

  g_assert_no_error (error);
  typesetter = fy_typesetter_new (style);

  for (guint k = 0; k < N_FILLERS; k++)
    {
      g_autoptr(GArray) body = g_array_new (FALSE, FALSE, sizeof (gboolean));
      g_autoptr(FyDocument) document = make_sweep_document (blocks, n, k, body);
      g_autoptr(FyLayout) layout = NULL;
      FyPage *last_page;
      int end_block = -1;
      guint body_lines = 0;
      guint lead_page = G_MAXUINT;

      for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
        {
          FyBlock *block = fy_document_get_block (document, i);
          g_autofree char *text = fy_block_dup_text (block);

          if (fy_block_get_role (block) == end_role && g_str_equal (text, end_text))
            end_block = i;
        }
      g_assert_cmpint (end_block, >=, 0);

      layout = fy_typesetter_layout (typesetter, document, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (fy_layout_check_progress (layout, document));
      last_page = g_ptr_array_index (layout->pages, layout->pages->len - 1);

      for (guint p = 0; p < layout->pages->len; p++)
        {
          FyPage *page = g_ptr_array_index (layout->pages, p);

          for (guint l = 0; l < page->lines->len; l++)
            {
              FyPageLine *line = &g_array_index (page->lines, FyPageLine, l);

              if (line->block_index < 0)
                continue;
              /* signature: body lines before it on its page */
              if (!lead_in && page == last_page && line->block_index < end_block &&
                  g_array_index (body, gboolean, line->block_index))
                body_lines++;
              /* lead-in: the page of its last line holds two lines after it */
              if (lead_in && line->block_index == end_block)
                lead_page = p;
              if (lead_in && line->block_index > end_block && lead_page == p)
                body_lines++;
            }

          /* a page ends no shorter than the keep rules explain */
          if (p + 1 < layout->pages->len)
            {
              guint free = page_free (style, page);
              guint unit = top_unit (style, document, g_ptr_array_index (layout->pages, p + 1),
                                     lead_in ? G_MAXINT : end_block);

              if (free >= unit)
                {
                  g_test_message ("%u fillers: page %u ends %u lines short, the next page's keep unit is %u",
                                  k, p + 1, free, unit);
                  n_bad++;
                }
            }

          /* a heading opens a page only where it had no room on the
           * page before */
          if (p > 0)
            {
              guint need = opening_heading_need (document, page);
              guint free = page_free (style, g_ptr_array_index (layout->pages, p - 1));

              if (need > 0 && free >= need)
                {
                  g_test_message ("%u fillers: page %u opens with a heading of %u lines, page %u ends %u short",
                                  k, p + 1, need, p, free);
                  n_bad++;
                }
            }
        }

      if (body_lines < 2)
        {
          g_test_message ("%u fillers: %u body lines with “%s” on page %u", k, body_lines, end_text,
                          lead_in ? lead_page + 1 : layout->pages->len);
          n_bad++;
        }
    }

  g_assert_cmpuint (n_bad, ==, 0);
}

/* A 审议意见: the last section is a heading over one line, then its
 * closing (以上审议意见，请……书面报告。) of @closing, body text the
 * signature goes with, not closing matter that takes the section along:
 * the sweep of check_sweep() over it. */
static void
check_closing_sweep (const char *closing)
{
  const SweepBlock blocks[] = {
    { FY_BLOCK_ROLE_TITLE, "关于县人民政府农村公路建设情况报告的审议意见", FALSE },
    { FY_BLOCK_ROLE_PARAGRAPH, LONG_TEXT, TRUE },
    { FY_BLOCK_ROLE_PARAGRAPH, FILLER, TRUE },
    { FY_BLOCK_ROLE_HEADING, "加强养护管理", FALSE },
    { FY_BLOCK_ROLE_PARAGRAPH, "要落实县乡村三级路长责任，每月开展一次路况巡查。", TRUE },
    { FY_BLOCK_ROLE_CLOSING, closing, TRUE },
    { FY_BLOCK_ROLE_SIGNATURE, "青石县人民代表大会常务委员会", FALSE },
    { FY_BLOCK_ROLE_DATE_LINE, "2026年11月20日", FALSE },
  };

  check_sweep (blocks, G_N_ELEMENTS (blocks), FY_BLOCK_ROLE_SIGNATURE,
               "青石县人民代表大会常务委员会", FALSE);
}

/* GB/T 9704 7.3.5: the signature block goes with at least two lines of
 * the body; the attachment note and a closing formula do not count. */
static void
test_signature_keeps_body (void)
{
  check_sweep (notice, G_N_ELEMENTS (notice), FY_BLOCK_ROLE_SIGNATURE, "市档案局", FALSE);
  check_sweep (report, G_N_ELEMENTS (report), FY_BLOCK_ROLE_SIGNATURE, "市发展和改革委员会", FALSE);
  check_closing_sweep (closing2);
  check_closing_sweep (closing3);
  check_closing_sweep (closing5);
}

/* A lead-in ending in "：" does not end a page without two lines of its
 * items. */
static void
test_lead_in_keeps_items (void)
{
  check_sweep (regulation, G_N_ELEMENTS (regulation), FY_BLOCK_ROLE_PARAGRAPH,
               "第十三条　在城市绿地内禁止下列行为：", TRUE);
  check_sweep (lead_in_headings, G_N_ELEMENTS (lead_in_headings), FY_BLOCK_ROLE_PARAGRAPH,
               "为切实做好今年防汛工作，现提出以下要求：", TRUE);
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
  g_test_add_func ("/core/pagination/closing-line-not-alone", test_closing_line_not_alone);
  g_test_add_func ("/core/pagination/signature-keeps-body", test_signature_keeps_body);
  g_test_add_func ("/core/pagination/lead-in-keeps-items", test_lead_in_keeps_items);

  return g_test_run ();
}

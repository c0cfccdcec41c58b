/* test-import-web.c — a WeChat article copied in a browser, through the importer
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * tests/data/pasted/wechat-article.html is a 乡镇's WeChat article (my
 * text) laid out as the 公众号 page lays it out: the headline in <h1>,
 * the posting stamp, the text with its bold points, a photo's caption,
 * and the tail (- END -, 来源, 编辑/审核, 往期推荐 with three earlier
 * articles, 扫码关注我们 with the account's name, 阅读原文, the buttons
 * 分享 收藏 点赞 在看).  wechat-article.txt is what Chromium 156 put on
 * the clipboard as text when the page was selected whole (Ctrl+A, Ctrl+C),
 * read back as GTK reads a paste (gdk_clipboard_read_text_async()).
 */

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

/* The article's own text: its headline, then its blocks in order. */
static const char * const article[] = {
  "柳溪镇：网格化治理让群众的小事不出村",
  "今年以来，柳溪镇把网格化服务管理作为基层治理的基础工程",
  "划细网格，把服务送到家门口",
  "镇里按照“地域相邻、户数相当、便于管理”的原则",
  "建好台账，让诉求件件有回音",
  "网格员走访发现的问题，当场能解决的当场解决",
  "下一步工作",
  "下一步，柳溪镇将继续完善网格员培训和激励办法",
};

/* What the page printed around it, in order. */
static const char * const tail[] = {
  "原创 柳溪镇发布 2026-12-03 18:05 发表于湖南", "点击蓝字 关注我们", "- END -",
  "来源：柳溪镇综治中心", "编辑：周晓芸　审核：彭建国", "往期推荐",
  "▶ 柳溪镇召开冬季森林防火工作推进会", "▶ 好消息！柳溪镇3个村获评市级美丽乡村",
  "▶ 柳溪镇：柑橘丰收季 果农笑开颜", "扫码关注我们", "柳溪镇发布", "阅读原文", "分享收藏点赞在看",
};

/* @blocks are the article's, the headline a title if @title, and the
 * notes name the tail, each line once and in order, and the caption;
 * every character of @copy is in one or the other. */
static void
assert_article (const char          *copy,
                GPtrArray           *blocks,
                const FyImportNotes *notes,
                gboolean             title)
{
  const char *warning = NULL;

  g_assert_cmpuint (blocks->len, ==, G_N_ELEMENTS (article));
  for (guint i = 0; i < blocks->len; i++)
    {
      FyBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *text = fy_block_dup_text (block);

      g_assert_true (g_str_has_prefix (text, article[i]));
      if (i == 0)
        g_assert_cmpint (fy_block_get_role (block), ==,
                         title ? FY_BLOCK_ROLE_TITLE : FY_BLOCK_ROLE_PARAGRAPH);
    }

  g_assert_cmpuint (notes->web->len, ==, G_N_ELEMENTS (tail));
  for (guint i = 0; i < G_N_ELEMENTS (tail); i++)
    g_assert_cmpstr (g_ptr_array_index (notes->web, i), ==, tail[i]);
  g_assert_cmpuint (notes->captions->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (notes->captions, 0), ==, "▲网格员入户走访现场");

  for (guint i = 0; i < notes->warnings->len; i++)
    if (strstr (g_ptr_array_index (notes->warnings, i), "copied from a web page") != NULL)
      warning = g_ptr_array_index (notes->warnings, i);
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, "13 lines"));
  g_assert_nonnull (strstr (warning, "“- END -”"));

  g_assert_cmpuint (fy_test_count_visible (copy), ==,
                    fy_test_count_visible_blocks (blocks) + fy_test_count_visible_lines (notes->web) +
                    fy_test_count_visible_lines (notes->captions));
}

/* The article pasted whole (new user, session 23): its tail stayed as
 * body text, a page of it, and its headline a paragraph.  Into a blank
 * document the headline is the title; into a speech, a paragraph, as
 * any pasted line; either way the tail goes and the warning names it,
 * and the article's text is all there.  The same copy without its blank
 * lines (another browser's form) reads the same. */
static void
test_wechat_article (void)
{
  g_autofree char *copy = fy_test_read_data ("pasted/wechat-article.txt");
  g_auto(GStrv) lines = g_strsplit (copy, "\n\n", -1);
  g_autofree char *tight = g_strjoinv ("\n", lines);
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(FyImportNotes) document_notes = NULL;
  g_autoptr(FyImportNotes) tight_notes = NULL;
  g_autoptr(GPtrArray) pasted = fy_import_paste_with_notes (copy, -1, &notes);
  g_autoptr(GPtrArray) document = fy_import_paste_document_with_notes (copy, -1, &document_notes);
  g_autoptr(GPtrArray) tight_document = fy_import_paste_document_with_notes (tight, -1, &tight_notes);

  assert_article (copy, pasted, notes, FALSE);
  assert_article (copy, document, document_notes, TRUE);
  assert_article (tight, tight_document, tight_notes, TRUE);
}

/* Where the text goes on under a 往期推荐 or 推荐阅读, the heading and
 * its lines are the text's own: a reading list in a notice with no
 * furniture, and a heading the article's text goes on under, in a copy
 * with its END and buttons.  A line of buttons is two of them at least:
 * 分享 alone, and a sentence about them, stay. */
static void
test_article_list_kept (void)
{
  g_autoptr(FyDocument) notice = NULL;
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  notice = fy_import_plain_text ("关于开展读书月活动的通知\n各支部：\n现将有关事项通知如下。\n推荐阅读\n"
                                 "《乡土中国》\n《平凡的世界》\n", -1, &error);
  g_assert_no_error (error);
  text = fy_test_dup_block_texts (notice);
  g_assert_nonnull (strstr (text, "推荐阅读"));
  g_assert_nonnull (strstr (text, "《平凡的世界》"));

  pasted = fy_import_paste_with_notes ("柳溪镇召开冬修水利推进会\n\n会议部署了冬修水利工作。\n\n推荐阅读\n\n"
                                       "会上，镇长作了讲话。\n\n分享\n\n群众可以分享收藏点赞在看。\n\n"
                                       "END\n\n分享　收藏　点赞　在看\n",
                                       -1, &notes);
  g_assert_cmpuint (pasted->len, ==, 6);
  g_assert_cmpuint (notes->web->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (notes->web, 0), ==, "END");
  g_assert_cmpstr (g_ptr_array_index (notes->web, 1), ==, "分享　收藏　点赞　在看");
}

/* The same article as the browser's HTML (the page's own form, which a
 * copy of it holds): pasted into a speech, its headline (the <h1>) is a
 * title, not a paragraph as in the plain text, and the rest reads as the
 * plain text does, the tail gone and named. */
static void
test_wechat_html (void)
{
  g_autofree char *html = fy_test_read_data ("pasted/wechat-article.html");
  g_autofree char *headline = NULL;
  g_autofree char *text = fy_import_html_to_text (html, &headline);
  g_autofree char *copy = g_strconcat (headline, "\n", text, NULL);
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(GPtrArray) pasted = fy_import_paste_html_with_notes (html, -1, &notes);

  g_assert_cmpstr (headline, ==, article[0]);
  /* no style, no tag, no <title> (the head's) */
  g_assert_null (strstr (text, "font-family"));
  g_assert_null (strchr (text, '<'));
  g_assert_false (g_str_has_prefix (text, article[0]));
  g_assert_nonnull (pasted);
  assert_article (copy, pasted, notes, TRUE);
}

/* The reader on my own small pages: a paragraph a line (<p>, <br>, a
 * heading), entities decoded and a stray < or & kept, scripts, styles
 * and comments left out, a table's cells split by tabs (one line a row,
 * the <p> in a cell too), and a headline only where no text comes before
 * it.  Without a headline, in an office program's HTML, for a headline
 * with a heading's number, a headline with no text under it and an <h2>
 * (a section of a page copied from its middle), the clipboard's plain
 * text is the paste (NULL). */
static void
test_html_reader (void)
{
  g_autofree char *headline = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) blocks = NULL;

  text = fy_import_html_to_text ("<!-- StartFragment --><h1>  春耕备耕&nbsp;正当时 </h1>"
                                 "<p>全县已翻耕&#x20;1.2 万亩，&ldquo;早稻&rdquo;育秧过半。<br>"
                                 "a &lt; b &amp; c &unknown; 5 < 6 &#20013;</p><script>var p = '<p>x</p>';</script>"
                                 "<style>p { color: red }</style>"
                                 "<table><tr><td><p>乡镇</p></td>\n<td>面积</td></tr>"
                                 "<tr><td>城关镇</td> <td>1.2</td></tr></table><div>完</div>",
                                 &headline);
  g_assert_cmpstr (headline, ==, "春耕备耕 正当时");
  g_assert_cmpstr (text, ==, "全县已翻耕 1.2 万亩，“早稻”育秧过半。\n"
                             "a < b & c &unknown; 5 < 6 中\n乡镇\t面积\n城关镇\t1.2\n完\n");
  blocks = fy_import_paste_html_with_notes ("<h1>春耕备耕正当时</h1><p>全县已翻耕1.2万亩。</p>", -1, NULL);
  g_assert_cmpuint (blocks->len, ==, 2);
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (blocks, 0)), ==, FY_BLOCK_ROLE_TITLE);
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (blocks, 1)), ==, FY_BLOCK_ROLE_PARAGRAPH);

  g_clear_pointer (&headline, g_free);
  g_clear_pointer (&text, g_free);
  text = fy_import_html_to_text ("<p>正文在前。</p><h1>不是标题</h1>", &headline);
  g_assert_null (headline);
  g_assert_cmpstr (text, ==, "正文在前。\n不是标题\n");
  g_assert_null (fy_import_paste_html_with_notes ("<p>正文在前。</p><h1>不是标题</h1>", -1, NULL));
  g_assert_null (fy_import_paste_html_with_notes ("<html xmlns:w=\"urn:schemas-microsoft-com:office:word\">"
                                                  "<h1>工作总结</h1><p>正文。</p>", -1, NULL));
  g_assert_null (fy_import_paste_html_with_notes ("<h2>一、总体要求</h2><p>正文。</p>", -1, NULL));
  g_assert_null (fy_import_paste_html_with_notes ("<h1>关于做好冬季安全生产工作的通知</h1>", -1, NULL));
  g_assert_null (fy_import_paste_html_with_notes ("<h2>春耕备耕正当时</h2><p>全县已翻耕1.2万亩。</p>", -1, NULL));
}

/* A notice copied from its 公众号 page with its 红头: the organ's mark
 * (……文件) above the issue number is the letterhead paper's, not the
 * title; it is left out and said, the title is the title.  A title
 * that ends in 文件 with no issue number under it stays the title. */
static void
test_organ_mark (void)
{
  static const char notice[] =
    "点击蓝字关注我们\n"
    "柘川区政协办公室文件\n"
    "柘协办发〔2027〕4号\n"
    "关于召开区政协常委会专题协商会议的通知\n"
    "各专门委员会，机关各科室：\n"
    "经主席会议研究，定于1月15日召开专题协商会议。现将有关事项通知如下：\n"
    "一、会议时间\n"
    "1月15日上午9:00。\n"
    "柘川区政协办公室\n"
    "2027年1月6日\n";
  g_autoptr(FyImportNotes) notes = NULL;
  g_autoptr(FyDocument) pasted = fy_import_paste_document (notice, -1, &notes);
  g_autoptr(FyDocument) imported = NULL;
  g_autoptr(FyDocument) plain = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean said = FALSE;

  fy_test_assert_block (pasted, 0, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "柘协办发〔2027〕4号");
  fy_test_assert_block (pasted, 1, FY_BLOCK_ROLE_TITLE, 0, NULL, "关于召开区政协常委会专题协商会议的通知");
  fy_test_assert_block (pasted, 2, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "各专门委员会，机关各科室：");
  text = fy_test_dup_block_texts (pasted);
  g_assert_null (strstr (text, "政协办公室文件"));
  for (guint i = 0; i < notes->warnings->len; i++)
    said |= strstr (g_ptr_array_index (notes->warnings, i), "“柘川区政协办公室文件”") != NULL;
  g_assert_true (said);

  /* a file import says it too */
  imported = fy_import_plain_text (notice, -1, &error);
  g_assert_no_error (error);
  fy_test_assert_block (imported, 1, FY_BLOCK_ROLE_TITLE, 0, NULL, "关于召开区政协常委会专题协商会议的通知");
  warnings = fy_import_dup_warnings (imported);
  said = FALSE;
  for (guint i = 0; i < warnings->len; i++)
    said |= strstr (g_ptr_array_index (warnings, i), "“柘川区政协办公室文件”") != NULL;
  g_assert_true (said);

  plain = fy_import_plain_text ("关于认真学习区委全会文件\n各支部：\n请组织学习。\n", -1, &error);
  g_assert_no_error (error);
  fy_test_assert_block (plain, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "关于认真学习区委全会文件");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/import-web/wechat-article", test_wechat_article);
  g_test_add_func ("/core/import-web/article-list-kept", test_article_list_kept);
  g_test_add_func ("/core/import-web/wechat-html", test_wechat_html);
  g_test_add_func ("/core/import-web/html-reader", test_html_reader);
  g_test_add_func ("/core/import-web/organ-mark", test_organ_mark);

  return g_test_run ();
}

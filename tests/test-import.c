/* test-import.c — tests of plain-text import, pastes and files (Markdown: test-import-markdown.c)
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-doc-labels.h"
#include "fy-test-utils.h"

static FyDocument *
import_plain (const char *text)
{
  g_autoptr(GError) error = NULL;
  FyDocument *document = fy_import_plain_text (text, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

static void
test_invalid_utf8 (void)
{
  /* "发言" then a lone Latin-1 é (0xE9) at byte 7. */
  static const char bad[] = "# 发言\xE9稿\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;

  document = fy_import_markdown (bad, -1, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8);
  g_assert_null (document);
  g_assert_nonnull (strstr (error->message, "byte 8 "));
  g_clear_error (&error);

  document = fy_import_plain_text (bad + 2, -1, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "byte 6 "));
  g_assert_null (document);
  g_clear_error (&error);

  /* A NUL inside the given length is not text either. */
  document = fy_import_plain_text ("甲\0乙", 7, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "byte 3 "));
  g_assert_null (document);
}

/* The raw seed — a sharing site's header, page markers cutting words, wrap
 * spaces, the title run into the text and the points run together — must
 * import to the blocks of the cleaned seed: same roles, leads and text. */
static void
test_plain_raw_corpus (void)
{
  g_autofree char *source = NULL;
  g_autofree char *clean = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length, clean_length;

  source = fy_test_read_corpus ("seed-speech.raw.txt", &length);
  clean = fy_test_read_corpus ("seed-speech.md", &clean_length);
  document = fy_import_plain_text (source, length, &error);
  g_assert_no_error (error);
  expected = fy_import_markdown (clean, clean_length, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (fy_document_get_n_blocks (expected), ==, 7);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, fy_document_get_n_blocks (expected));
  for (guint i = 0; i < fy_document_get_n_blocks (expected); i++)
    {
      FyBlock *want = fy_document_get_block (expected, i);
      g_autofree char *want_lead = fy_block_dup_lead (want);
      g_autofree char *want_text = fy_block_dup_text (want);

      /* fy_test_assert_block() takes the text after the lead. */
      fy_test_assert_block (document, i, fy_block_get_role (want), fy_block_get_level (want), want_lead,
                            want_text + (want_lead != NULL ? strlen (want_lead) : 0));
    }
  g_assert_cmpstr (fy_document_get_title (document), ==, "在全国省市人大常委会负责同志学习班上的交流发言");

  /* Wrap spaces between Chinese characters are gone; Latin ones stay. */
  text = fy_test_dup_block_texts (document);
  g_assert_null (strstr (text, "历 程"));
  g_assert_nonnull (strstr (text, "XX XX两地"));
  g_assert_nonnull (strstr (text, "汇报党组工作开展情况"));
  g_assert_null (strstr (text, "文库"));
}

/* A title on its own line stays whole, with what names the kind of
 * paper after 讲话 or 发言 (提纲, （摘要）, 稿, 材料) and a 报告会 before
 * 主持词; a title run into the text is cut only where the text starts. */
static void
test_plain_title_kind (void)
{
  static const char * const titles[] = {
    "在全区防汛抗旱工作会议上的讲话提纲",
    "在全区防汛抗旱工作会议上的讲话要点",
    "在全区防汛抗旱工作会议上的讲话（摘要）",
    "在全区防汛抗旱工作会议上的讲话稿",
    "在全区防汛抗旱工作会议上的发言材料",
    "在全区防汛抗旱工作会议上的讲话实录",
    "在全区抗洪抢险英模事迹报告会上的报告会主持词",
    NULL
  };

  for (guint k = 0; titles[k] != NULL; k++)
    {
      g_autofree char *text = g_strconcat (titles[k], "\n\n同志们：\n\n汛期将至，各项准备要抓紧。\n", NULL);
      g_autoptr(FyDocument) document = import_plain (text);

      g_assert_cmpstr (fy_document_get_title (document), ==, titles[k]);
      g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 3);
      fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, titles[k]);
      fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：");
    }

  {
    g_autoptr(FyDocument) document =
      import_plain ("在全区防汛抗旱工作会议上的讲话（摘要）同志们：汛期将至，各项准备要抓紧。\n");

    g_assert_cmpstr (fy_document_get_title (document), ==, "在全区防汛抗旱工作会议上的讲话（摘要）");
    /* the salutation run in after it on a line of its own */
    fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：");
    fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "汛期将至，各项准备要抓紧。");
  }
}

/* What a web page leaves: boilerplate lines and page markers go, a title
 * with a deliberate space keeps it, a speaker line is recognised. */
static void
test_plain_web (void)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  g_autofree char *text = NULL;

  document = import_plain ("织密基层服务网 答好民生幸福卷\n"
                           "XX区民政局局长　王　伟\n"
                           "来源：XX区人民政府网　发布时间：2026-03-05　浏览次数：318\n"
                           "近年来，我们围绕群众急难愁盼，持续推进社区服务设施建设，新建改建社区综合服务站十二个，"
                           "打造了一批群众家门口的服务阵\n"
                           "2、地，让居民办事少跑腿。\n"
                           "谢谢大家！\n"
                           "【打印本页】【关闭窗口】\n");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 4);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "织密基层服务网　答好民生幸福卷");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SPEAKER, 0, NULL, "XX区民政局局长　王　伟");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                        "近年来，我们围绕群众急难愁盼，持续推进社区服务设施建设，新建改建社区综合服务站十二个，"
                        "打造了一批群众家门口的服务阵地，让居民办事少跑腿。");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_CLOSING, 0, NULL, "谢谢大家！");

  /* Pasted: a heading keeps its clause space, wrap spaces go. */
  pasted = fy_import_paste ("三、强化基层治理 提升服务效能\n我们坚持问题 导向，推动工作落实。\n", -1);
  g_assert_cmpuint (pasted->len, ==, 2);
  text = fy_block_dup_text (g_ptr_array_index (pasted, 0));
  g_assert_cmpstr (text, ==, "强化基层治理　提升服务效能");
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (g_ptr_array_index (pasted, 1));
  g_assert_cmpstr (text, ==, "我们坚持问题导向，推动工作落实。");
}

/* A government site indents its paragraphs and breaks long ones with a
 * soft line break that a copy keeps: the line without the indent after
 * one that stops in mid-sentence (，；) is the same paragraph; one after a
 * sentence end, a heading or a date is not. */
static void
test_plain_soft_breaks (void)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) flush = NULL;

  document = import_plain ("在全镇秋季防汛工作会议上的讲话\n"
                           "\n"
                           "　　同志们：\n"
                           "　　今年汛期来得早、雨量大，全镇上下连续奋战，\n"
                           "没有发生一起人员伤亡事故;\n"
                           "各村的转移预案也经受住了检验。\n"
                           "\n"
                           "　　一、认清形势\n"
                           "　　入秋以后仍有强降雨的可能。\n"
                           "镇村两级要保持警惕。\n"
                           "　　二、压实责任\n"
                           "各村要把责任落到每一个人。\n");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 8);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "在全镇秋季防汛工作会议上的讲话");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                        "今年汛期来得早、雨量大，全镇上下连续奋战，没有发生一起人员伤亡事故;"
                        "各村的转移预案也经受住了检验。");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_HEADING, 1, NULL, "认清形势");
  /* after a sentence end, a line of its own */
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "入秋以后仍有强降雨的可能。");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "镇村两级要保持警惕。");
  /* an indented heading is no paragraph the next line goes on with */
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_HEADING, 1, NULL, "压实责任");
  fy_test_assert_block (document, 7, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "各村要把责任落到每一个人。");

  /* A heading without the indent is no paragraph's rest. */
  flush = import_plain ("　　各村要把责任落到每一个人，\n（一）加强值守\n　　汛期实行二十四小时值班。\n"
                        "　　值班人员不得脱岗。\n");
  g_assert_cmpuint (fy_document_get_n_blocks (flush), ==, 4);
  fy_test_assert_block (flush, 0, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "各村要把责任落到每一个人，");
  fy_test_assert_block (flush, 1, FY_BLOCK_ROLE_HEADING, 2, NULL, "加强值守");
}

/* Minutes list who attended with a space between the names; the
 * importer kept them apart only in a signature. */
static void
test_plain_name_lines (void)
{
  g_autoptr(FyDocument) document = import_plain ("县政府常务会议纪要\n"
                                                 "会议研究了三个事项。\n"
                                                 "出席：张国华　刘志强  王秀兰\n"
                                                 "记录：县政府办公室　孙丽\n"
                                                 "会议要求县财政局 及时拨付资金。\n"
                                                 "加强 组织领导\n");

  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "出席：张国华　刘志强　王秀兰");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "记录：县政府办公室　孙丽");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "会议要求县财政局及时拨付资金。");
  /* a wrap's ASCII space between two words is no list of names */
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "加强组织领导");
}

/* The signature may take several lines (a joint notice's issuers) and a
 * label (述职人：), and a note in brackets may follow the date. */
static void
test_plain_signature_block (void)
{
  g_autoptr(FyDocument) joint = import_plain ("关于开展消防宣传月活动的通知\n"
                                              "各乡镇：\n"
                                              "请按要求做好宣传工作。\n"
                                              "县应急管理局　　县消防救援大队\n"
                                              "县教育体育局　　县文化旅游局\n"
                                              "2026年10月8日\n"
                                              "（联系人：李强，电话：6612345）\n");
  g_autoptr(FyDocument) report = import_plain ("2026年度述职报告\n"
                                               "一年来，我认真履行岗位职责。\n"
                                               "述职人：刘明\n"
                                               "2026年12月20日\n");

  g_autoptr(FyDocument) spaced = import_plain ("关于开展消防宣传月活动的通知\n"
                                               "请按要求做好宣传工作。\n"
                                               "县应急管理局 县消防救援大队\n"
                                               "2026年10月8日\n");

  fy_test_assert_block (spaced, 2, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "县应急管理局　县消防救援大队");
  g_assert_cmpuint (fy_document_get_n_blocks (joint), ==, 7);
  /* the author's columns kept */
  fy_test_assert_block (joint, 3, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "县应急管理局　　县消防救援大队");
  fy_test_assert_block (joint, 4, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "县教育体育局　　县文化旅游局");
  fy_test_assert_block (joint, 5, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "2026年10月8日");
  fy_test_assert_block (joint, 6, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "（联系人：李强，电话：6612345）");
  fy_test_assert_block (report, 2, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "述职人：刘明");
}

/* Residual of session 9: the items of a list of requirements, each one
 * whole sentence, were taken for headings (楷体, numbered by Fayan, kept
 * with the next).  Numbered sentences next to each other are items; a
 * numbered sentence with text under it is still a heading. */
static void
test_plain_sentence_items (void)
{
  g_autoptr(FyDocument) minutes = import_plain ("县政府常务会议纪要\n"
                                                "会议要求：\n"
                                                "（一）县财政局要及时足额拨付改造资金。\n"
                                                "（二）各街道办事处要做好居民工作。\n"
                                                "二、研究了森林防火工作\n"
                                                "会议指出，今年入秋以来降水偏少。\n");
  g_autoptr(FyDocument) speech = import_plain ("在全县工作会议上的讲话\n"
                                               "同志们：\n"
                                               "（一）加强组织领导。\n"
                                               "各级要把这项工作摆上重要议事日程。\n"
                                               "（二）强化督促检查。\n"
                                               "县委督查室要定期通报进展。\n");

  fy_test_assert_block (minutes, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "（一）县财政局要及时足额拨付改造资金。");
  fy_test_assert_block (minutes, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "（二）各街道办事处要做好居民工作。");
  fy_test_assert_block (minutes, 4, FY_BLOCK_ROLE_HEADING, 1, NULL, "二、研究了森林防火工作");
  fy_test_assert_block (speech, 2, FY_BLOCK_ROLE_HEADING, 2, NULL, "加强组织领导。");
  fy_test_assert_block (speech, 4, FY_BLOCK_ROLE_HEADING, 2, NULL, "强化督促检查。");
}

/* The issue number under a 纪要's or 简报's title (期号) is a line of its
 * own role; the same words later, or inside a sentence, are body text. */
static void
test_issue_number (void)
{
  static const char *const numbers[] = {
    "〔2026〕第5号", "〔2026〕12号", "［2025］第3号", "[2026]第18号", "桐政办〔2026〕7号",
    "第12期", "第二十三期", "2026年第3期", "第5期（总第128期）", "　〔2026〕第5号 ",
    "〔2026〕第18次", "第3次",
  };
  static const char *const not_numbers[] = {
    "第5号文件", "根据〔2026〕第5号文件精神", "第一条", "5号", "〔2026〕", "第一期工程建设情况",
    "2026年3月5日", "第18次常务会议",
  };
  g_autoptr(FyDocument) plain = import_plain ("区政府专题会议纪要\n"
                                              "〔2026〕第9号\n"
                                              "3月18日下午，副区长陈立新主持召开专题会议。\n"
                                              "第9号\n");

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    g_assert_true (fy_doc_is_issue_number (numbers[i]));
  for (guint i = 0; i < G_N_ELEMENTS (not_numbers); i++)
    g_assert_false (fy_doc_is_issue_number (not_numbers[i]));

  g_assert_cmpuint (fy_document_get_n_blocks (plain), ==, 4);
  fy_test_assert_block (plain, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "区政府专题会议纪要");
  fy_test_assert_block (plain, 1, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "〔2026〕第9号");
  fy_test_assert_block (plain, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "3月18日下午，副区长陈立新主持召开专题会议。");
  fy_test_assert_block (plain, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "第9号");
}

/* A 发文字号 (organ, 〔year〕, number 号) is the issue number of a 决定 or
 * 通知, above its title as GB/T 9704 prints it, whether the text has it
 * above or under the title; a 纪要's keeps its place under its title. */
static void
test_document_number (void)
{
  static const char *const numbers[] = {
    "青委发〔2026〕21号", "临府办函〔2026〕7号", "国发［2026］3号", "　川办发[2026]12号 ", "湘农发【2026】5号",
  };
  static const char *const not_numbers[] = {
    "〔2026〕第5号", "〔2026〕12号", "第12期", "〔2026〕第18次", "根据青委发〔2026〕21号文件",
    "青委发〔2026〕第21期", "青委发〔26〕21号",
  };
  static const char *const texts[] = {
    "青委发〔2026〕21号\n\n共青团临江县委关于表彰优秀共青团员的决定\n\n各乡镇团委：\n\n现将有关事项通知如下。\n",
    "共青团临江县委关于表彰优秀共青团员的决定\n\n青委发〔2026〕21号\n\n各乡镇团委：\n\n现将有关事项通知如下。\n",
    "共青团临江县委关于表彰优秀共青团员的决定\n青委发〔2026〕21号\n各乡镇团委：\n现将有关事项通知如下。\n",
  };
  g_autoptr(FyDocument) minutes = import_plain ("县农业农村局局务会议纪要\n\n临农纪〔2026〕3号\n\n"
                                                "3月5日，局长主持召开局务会议。\n");

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    g_assert_true (fy_doc_is_document_number (numbers[i]));
  for (guint i = 0; i < G_N_ELEMENTS (not_numbers); i++)
    g_assert_false (fy_doc_is_document_number (not_numbers[i]));

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(FyDocument) document = import_plain (texts[i]);

      g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 4);
      fy_test_assert_block (document, 0, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "青委发〔2026〕21号");
      fy_test_assert_block (document, 1, FY_BLOCK_ROLE_TITLE, 0, NULL, "共青团临江县委关于表彰优秀共青团员的决定");
      fy_test_assert_block (document, 2, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "各乡镇团委：");
      g_assert_cmpstr (fy_document_get_title (document), ==, "共青团临江县委关于表彰优秀共青团员的决定");
    }
  fy_test_assert_block (minutes, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "县农业农村局局务会议纪要");
  fy_test_assert_block (minutes, 1, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "临农纪〔2026〕3号");

  /* a notice that issues a 纪要's rules is a notice: its number goes above */
  {
    g_autoptr(FyDocument) rules =
      import_plain ("临江县人民政府办公室关于印发《临江县会议纪要管理办法》的通知\n\n临府办发〔2026〕9号\n\n"
                    "各乡镇人民政府：\n\n现将办法印发给你们，请认真遵照执行。\n");

    fy_test_assert_block (rules, 0, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "临府办发〔2026〕9号");
    fy_test_assert_block (rules, 1, FY_BLOCK_ROLE_TITLE, 0, NULL,
                          "临江县人民政府办公室关于印发《临江县会议纪要管理办法》的通知");
    g_assert_true (fy_doc_keeps_number_under ("临江县工作简报"));
    g_assert_true (fy_doc_keeps_number_under ("关于《临江县冬修水利方案》执行情况的会议纪要"));
    g_assert_false (fy_doc_keeps_number_under ("关于转发《省防汛工作简报》的通知"));
  }

  /* the kind is what the title ends with: a notice that forwards a 纪要
   * named without 《》 is a notice, a 简报 with its issue in brackets
   * and a 文书 keep theirs under */
  {
    static const char *const under[] = {
      "临江县人民政府常务会议纪要", "临江县防汛工作简报（第5期）", "临江县应急管理局行政处罚决定书",
      "关于《临江县冬修水利方案》执行情况的会议纪要 ",
    };
    static const char *const above[] = {
      "关于转发省政府专题会议纪要的通知", "关于报送2026年度工作简报有关事项的通知",
      "关于签订2027年度安全生产目标责任书的通知", "关于印发《安全生产目标责任书》的通知",
      "关于印发《临江县会议纪要管理办法》的通知（征求意见稿）",
    };
    g_autoptr(FyDocument) forwarding =
      import_plain ("临江县人民政府办公室关于转发省政府专题会议纪要的通知\n\n临府办发〔2026〕11号\n\n"
                    "各乡镇人民政府：\n\n现将会议纪要转发给你们，请认真贯彻落实。\n");

    for (guint i = 0; i < G_N_ELEMENTS (under); i++)
      g_assert_true (fy_doc_keeps_number_under (under[i]));
    for (guint i = 0; i < G_N_ELEMENTS (above); i++)
      g_assert_false (fy_doc_keeps_number_under (above[i]));
    fy_test_assert_block (forwarding, 0, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "临府办发〔2026〕11号");
  }

  /* a title kept as two lines (two title blocks, as the editor makes
   * them with Enter): the number under both goes above both, and the
   * count the .docx digest uses agrees */
  {
    g_autoptr(FyDocument) lines = fy_document_new ();

    fy_document_append_block (lines, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "共青团临江县委关于表彰"));
    fy_document_append_block (lines, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "优秀共青团员的决定"));
    fy_document_append_block (lines, fy_block_new_with_text (FY_BLOCK_ROLE_SUBTITLE, 0, "——2026年度"));
    fy_document_append_block (lines, fy_block_new_with_text (FY_BLOCK_ROLE_ISSUE_NUMBER, 0, "青委发〔2026〕21号"));
    fy_document_append_block (lines, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "各乡镇团委："));
    g_assert_cmpuint (fy_doc_count_under_document_number (lines, FALSE), ==, 3);
    g_assert_true (fy_doc_place_document_number (lines));
    fy_test_assert_block (lines, 0, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "青委发〔2026〕21号");
    fy_test_assert_block (lines, 1, FY_BLOCK_ROLE_TITLE, 0, NULL, "共青团临江县委关于表彰");
    fy_test_assert_block (lines, 2, FY_BLOCK_ROLE_TITLE, 0, NULL, "优秀共青团员的决定");
    fy_test_assert_block (lines, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "各乡镇团委：");
    g_assert_cmpuint (fy_doc_count_under_document_number (lines, TRUE), ==, 3);
    g_assert_false (fy_doc_place_document_number (lines));
  }

  /* the document a notice issues is known by its name under the title
   * the 发文字号 stands above */
  {
    g_autoptr(FyDocument) issuing =
      import_plain ("临府办发〔2026〕5号\n\n临江县人民政府办公室关于印发《临江县冬春农田水利建设方案》的通知\n\n"
                    "各乡镇人民政府：\n\n现将《临江县冬春农田水利建设方案》印发给你们，请认真贯彻执行。\n\n"
                    "临江县冬春农田水利建设方案\n\n一、工作目标\n\n今冬明春，全县完成渠道清淤120公里。\n");

    fy_test_assert_block (issuing, 4, FY_BLOCK_ROLE_TITLE, 0, NULL, "临江县冬春农田水利建设方案");
  }

  /* a paste reads no title, but the number above it is one */
  {
    g_autoptr(GPtrArray) pasted = fy_import_paste (texts[0], -1);

    g_assert_cmpint (fy_block_get_role (g_ptr_array_index (pasted, 0)), ==, FY_BLOCK_ROLE_ISSUE_NUMBER);
    g_assert_cmpint (fy_block_get_role (g_ptr_array_index (pasted, 1)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  }
}

/* sweep5's w1: the 版头 line of a 纪要, the organ and the date apart by
 * spaces, is read with the issue number's role (printed organ left, date
 * right), its spaces kept, and lint leaves them alone; in the body such
 * a line is a paragraph. */
static void
test_minutes_header_line (void)
{
  static const char *const lines[] = {
    "市供销合作社理事会办公室　　　　　　　　2026年9月8日", "县政府办公室  2026年10月3日",
    "中共某某县委办公室　　二〇二六年十月三日",
  };
  static const char *const not_lines[] = {
    "市供销合作社理事会办公室　2026年9月8日", "会议定于　　2026年9月8日", "2026年9月8日",
    "市供销合作社理事会办公室　　　　第3期",
  };
  g_autoptr(FyDocument) minutes = fy_test_import_plain_data ("minutes-header.txt");
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) findings = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    g_assert_true (fy_doc_is_header_line (lines[i]));
  for (guint i = 0; i < G_N_ELEMENTS (not_lines); i++)
    g_assert_false (fy_doc_is_header_line (not_lines[i]));

  fy_test_assert_block (minutes, 1, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "第3期");
  fy_test_assert_block (minutes, 2, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL,
                        "市供销合作社理事会办公室　　　　　　　　2026年9月8日");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (minutes, 3)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  findings = fy_lint_document (lint, minutes);
  for (guint i = 0; i < findings->len; i++)
    g_assert_cmpint (fy_lint_finding_get_block (g_ptr_array_index (findings, i)), !=, 2);
}

/* The 版记 under a notice's signature and date (抄送：……, then the
 * organ　　date印发): the signature is still found above it, and lint
 * takes the line's spaces and its end without a full stop as meant. */
static void
test_imprint (void)
{
  static const char *const printed[] = {
    "松阳县人民政府办公室　　　　　　　　　2026年11月28日印发", "县农业农村局办公室  2027年1月5日印发",
    /* a template's line, and a draft's with the organ not filled in */
    "{{印发机关}}　　{{日期}}印发", "{{印发机关}}　　2027年1月5日印发",
  };
  static const char *const not_printed[] = {
    "松阳县人民政府办公室　2026年11月28日印发", "松阳县人民政府办公室　　2026年11月28日",
    "会议决定　　2026年11月28日印发", "{{印发机关}}　{{日期}}印发", "　　2027年1月5日印发",
  };
  g_autoptr(FyDocument) notice = fy_test_import_plain_data ("imprint.txt");
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) findings = NULL;
  guint n = fy_document_get_n_blocks (notice);

  for (guint i = 0; i < G_N_ELEMENTS (printed); i++)
    g_assert_true (fy_doc_is_printed_line (printed[i]));
  for (guint i = 0; i < G_N_ELEMENTS (not_printed); i++)
    g_assert_false (fy_doc_is_printed_line (not_printed[i]));
  g_assert_true (fy_doc_is_copy_to_line ("抄送:县委办公室。"));
  g_assert_false (fy_doc_is_copy_to_line ("抄送："));
  g_assert_false (fy_doc_is_copy_to_line ("请抄送：县委办公室。"));
  /* a 纪要's 版记 goes 分送 */
  g_assert_true (fy_doc_is_copy_to_line ("分送：县委办公室，县人大常委会办公室。"));
  g_assert_false (fy_doc_is_copy_to_line ("请分送：县委办公室。"));

  fy_test_assert_block (notice, n - 4, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "松阳县人民政府办公室");
  fy_test_assert_block (notice, n - 3, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "2026年11月28日");
  fy_test_assert_block (notice, n - 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, printed[0]);
  findings = fy_lint_document (lint, notice);
  for (guint i = 0; i < findings->len; i++)
    g_assert_cmpint (fy_lint_finding_get_block (g_ptr_array_index (findings, i)), <, n - 4);
}

/* A pasted speech whose title, salutation and first sentence ran into
 * one line: the salutation is a block of its own, as when typed apart.
 * Text after the title that opens with no address (主要任务：) stays whole. */
static void
test_run_in_salutation (void)
{
  g_autoptr(FyDocument) speech = import_plain ("在全市秋粮收购工作推进会上的讲话各位代表、同志们：今天召开会议，"
                                               "安排部署秋粮收购工作。\n\n谢谢大家！\n");
  g_autoptr(FyDocument) notice = import_plain ("在全市秋粮收购工作推进会上的讲话主要任务：各地要加快收购进度。\n");

  fy_test_assert_block (speech, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "在全市秋粮收购工作推进会上的讲话");
  fy_test_assert_block (speech, 1, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "各位代表、同志们：");
  fy_test_assert_block (speech, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "今天召开会议，安排部署秋粮收购工作。");
  fy_test_assert_block (notice, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "主要任务：各地要加快收购进度。");
}

/* u10, minutes: the last of a list of 议定事项 is short enough for a
 * heading, the one before it is not; it is an item all the same, not a
 * heading set in 楷体 above 出席： */
static void
test_plain_sentence_items_long (void)
{
  g_autoptr(FyDocument) minutes = import_plain ("市政府常务会议纪要\n"
                                                "会议议定：\n"
                                                "（一）各地各部门要紧盯一季度“开门红”目标，加快重大项目建设，"
                                                "力争一季度完成固定资产投资180亿元以上。\n"
                                                "（二）市统计局要加强经济运行监测分析，每周报送重点指标完成情况。\n"
                                                "出席：刘振宇、赵明远、孙建国\n");

  fy_test_assert_block (minutes, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                        "（二）市统计局要加强经济运行监测分析，每周报送重点指标完成情况。");
}

static void
test_plain_numbering (void)
{
  static const struct {
    const char  *line;
    FyBlockRole  role;
    guint        level;
    const char  *text;
  } cases[] = {
    /* Each heading is the only one of its document: where the engine
     * would print the number the author wrote (一、 （一） 1. （1）), it
     * does; where not (十二、 2．), the heading keeps its own. */
    { "一、提高政治站位", FY_BLOCK_ROLE_HEADING, 1, "提高政治站位" },
    { "十二、加强学习", FY_BLOCK_ROLE_HEADING, 1, "十二、加强学习" },
    { "（一）加强学习", FY_BLOCK_ROLE_HEADING, 2, "加强学习" },
    { "(二) 半角括号", FY_BLOCK_ROLE_HEADING, 2, "(二)半角括号" },
    { "1.抓好落实", FY_BLOCK_ROLE_HEADING, 3, "抓好落实" },
    { "2．全角句点", FY_BLOCK_ROLE_HEADING, 3, "2．全角句点" },
    { "3、顿号编号", FY_BLOCK_ROLE_HEADING, 3, "3、顿号编号" },
    { "（1）细化措施。", FY_BLOCK_ROLE_HEADING, 4, "细化措施。" },
    { "(2)半角", FY_BLOCK_ROLE_HEADING, 4, "(2)半角" },
    /* Long, or with a sentence end inside: a paragraph keeping its number. */
    { "1.加强学习。我们要把学习贯穿始终。", FY_BLOCK_ROLE_PARAGRAPH, 0,
      "1.加强学习。我们要把学习贯穿始终。" },
    { "一、这是一段很长很长的文字，它虽然以编号开头，但是远远超过了一个标题应有的长度，所以只能算作正文段落。",
      FY_BLOCK_ROLE_PARAGRAPH, 0,
      "一、这是一段很长很长的文字，它虽然以编号开头，但是远远超过了一个标题应有的长度，所以只能算作正文段落。" },
    /* Not numbering at all. */
    { "2.5亿元的投入。", FY_BLOCK_ROLE_PARAGRAPH, 0, "2.5亿元的投入。" },
    { "一是加强学习。", FY_BLOCK_ROLE_PARAGRAPH, 0, "一是加强学习。" },
    { "2023年工作回顾。", FY_BLOCK_ROLE_PARAGRAPH, 0, "2023年工作回顾。" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      /* A body paragraph first, so that no line is taken for the title. */
      g_autofree char *input = g_strconcat ("开头。\n", cases[i].line, "\n", NULL);
      g_autoptr(FyDocument) document = import_plain (input);

      g_test_message ("case %u: %s", i, cases[i].line);
      g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 2);
      fy_test_assert_block (document, 1, cases[i].role, cases[i].level, NULL, cases[i].text);
    }
}

/* The import leaves the numbering to the engine only where the engine
 * prints what the author wrote. */
static void
test_settle_numbering (void)
{
  g_autoptr(FyDocument) same = import_plain ("开头。\n"
                                             "一、总体要求\n"
                                             "正文。\n"
                                             "（一）目标\n"
                                             "正文。\n"
                                             "（二）原则\n"
                                             "正文。\n"
                                             "二、主要任务\n"
                                             "正文。\n");
  g_autoptr(FyDocument) gap = import_plain ("开头。\n"
                                            "一、总体要求\n"
                                            "正文。\n"
                                            "（一）目标\n"
                                            "正文。\n"
                                            "（三）原则\n"
                                            "正文。\n");
  g_autoptr(FyDocument) markdown = fy_test_import_markdown ("## 一、总体要求\n\n正文。\n\n"
                                                            "## 保障措施\n\n正文。\n");
  /* The author's full-width point: the engine would print "1.". */
  g_autoptr(FyDocument) full_width = import_plain ("开头。\n"
                                                   "一、总体要求\n"
                                                   "（一）目标\n"
                                                   "1．提高覆盖\n"
                                                   "正文。\n"
                                                   "2．缩短时限\n"
                                                   "正文。\n");

  g_assert_cmpint (fy_document_get_numbering (same), ==, FY_NUMBERING_AUTO);
  fy_test_assert_block (same, 1, FY_BLOCK_ROLE_HEADING, 1, NULL, "总体要求");
  fy_test_assert_block (same, 5, FY_BLOCK_ROLE_HEADING, 2, NULL, "原则");
  fy_test_assert_block (same, 7, FY_BLOCK_ROLE_HEADING, 1, NULL, "主要任务");

  /* （二） is missing: the engine would print it in place of （三）. */
  g_assert_cmpint (fy_document_get_numbering (gap), ==, FY_NUMBERING_AS_WRITTEN);
  fy_test_assert_block (gap, 1, FY_BLOCK_ROLE_HEADING, 1, NULL, "一、总体要求");
  fy_test_assert_block (gap, 3, FY_BLOCK_ROLE_HEADING, 2, NULL, "（一）目标");
  fy_test_assert_block (gap, 5, FY_BLOCK_ROLE_HEADING, 2, NULL, "（三）原则");

  /* One heading numbered, one not: the engine would add 二、. */
  g_assert_cmpint (fy_document_get_numbering (markdown), ==, FY_NUMBERING_AS_WRITTEN);
  fy_test_assert_block (markdown, 0, FY_BLOCK_ROLE_HEADING, 1, NULL, "一、总体要求");
  fy_test_assert_block (markdown, 2, FY_BLOCK_ROLE_HEADING, 1, NULL, "保障措施");

  g_assert_cmpint (fy_document_get_numbering (full_width), ==, FY_NUMBERING_AS_WRITTEN);
  fy_test_assert_block (full_width, 3, FY_BLOCK_ROLE_HEADING, 3, NULL, "1．提高覆盖");
  fy_test_assert_block (full_width, 5, FY_BLOCK_ROLE_HEADING, 3, NULL, "2．缩短时限");
}

/* After the typed 一、 a heading may open with a lead word of its own
 * (首先，第三项): the engine prints such a heading with no number, so
 * the import keeps the numbers the author typed, in plain text and in
 * Markdown. */
static void
test_settle_numbering_lead_words (void)
{
  g_autoptr(FyDocument) sequence = import_plain ("开头。\n"
                                                 "一、首先，摸清底数\n"
                                                 "正文。\n"
                                                 "二、其次，补齐短板\n"
                                                 "正文。\n"
                                                 "三、最后，建章立制\n"
                                                 "正文。\n");
  g_autoptr(FyDocument) items = import_plain ("开头。\n"
                                              "一、总体安排\n"
                                              "正文。\n"
                                              "（1）第三项巡查任务\n"
                                              "正文。\n");
  g_autoptr(FyDocument) markdown = fy_test_import_markdown ("## 一、第一项改造工程\n\n正文。\n\n"
                                                            "## 二、第二项改造工程\n\n正文。\n");

  const struct {
    FyDocument *document;
    guint       index;
    guint       level;
    const char *text;
  } headings[] = {
    { sequence, 1, 1, "一、首先，摸清底数" },
    { sequence, 3, 1, "二、其次，补齐短板" },
    { sequence, 5, 1, "三、最后，建章立制" },
    { items, 1, 1, "一、总体安排" },
    { items, 3, 4, "（1）第三项巡查任务" },
    { markdown, 0, 1, "一、第一项改造工程" },
    { markdown, 2, 1, "二、第二项改造工程" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_test_message ("heading %u: %s", i, headings[i].text);
      g_assert_cmpint (fy_document_get_numbering (headings[i].document), ==, FY_NUMBERING_AS_WRITTEN);
      fy_test_assert_block (headings[i].document, headings[i].index, FY_BLOCK_ROLE_HEADING,
                            headings[i].level, NULL, headings[i].text);
    }
}

/* The document a notice issues, after the notice's date or a 附件 label,
 * is a title of its own, and the notice keeps its signature; a short
 * line naming a kind of document elsewhere stays a paragraph. */
static void
test_attached_title (void)
{
  g_autoptr(FyDocument) dated = fy_test_import_plain_data ("attached-notice.txt");
  g_autoptr(FyDocument) labelled = import_plain ("关于转发《河道保洁考核细则》的通知\n"
                                                 "各村：\n"
                                                 "现将考核细则转发给你们。\n"
                                                 "南坪镇人民政府\n"
                                                 "2026年4月8日\n"
                                                 "附件\n"
                                                 "河道保洁考核细则（试行）\n"
                                                 "第一条　为做好考核，制定本细则。\n");
  /* the notice quotes the name: no date comes between */
  g_autoptr(FyDocument) quoted = import_plain ("关于印发《南坪镇河道保洁工作办法》的通知\n"
                                               "各村：\n"
                                               "现将《南坪镇河道保洁工作办法》印发给你们。\n"
                                               "南坪镇河道保洁工作办法\n"
                                               "为保持河道整洁，制定本办法。\n");
  g_autoptr(FyDocument) plain = import_plain ("关于河道保洁的通知\n"
                                              "各村：\n"
                                              "请抓紧制定以下文件。\n"
                                              "河道保洁工作办法\n"
                                              "各村要在月底前报镇政府。\n");

  fy_test_assert_block (dated, 3, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "南坪镇人民政府");
  fy_test_assert_block (dated, 4, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "2026年4月8日");
  fy_test_assert_block (dated, 5, FY_BLOCK_ROLE_TITLE, 0, NULL, "南坪镇河道保洁工作办法");
  fy_test_assert_block (dated, 7, FY_BLOCK_ROLE_HEADING, 1, NULL, "保洁范围");
  g_assert_cmpstr (fy_document_get_title (dated), ==, "关于印发《南坪镇河道保洁工作办法》的通知");

  fy_test_assert_block (labelled, 3, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "南坪镇人民政府");
  fy_test_assert_block (labelled, 5, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "附件");
  fy_test_assert_block (labelled, 6, FY_BLOCK_ROLE_TITLE, 0, NULL, "河道保洁考核细则（试行）");

  fy_test_assert_block (quoted, 3, FY_BLOCK_ROLE_TITLE, 0, NULL, "南坪镇河道保洁工作办法");
  fy_test_assert_block (plain, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "河道保洁工作办法");
}

/* Under a label alone (附件1, 附件3) an attached document of any kind
 * starts with its title: a table (…安排表) or rules (…报送要求), as a
 * notice's 附件 come (sweep6 x4); a 附件： above its list of names is no
 * such label. */
static void
test_attached_labelled (void)
{
  g_autoptr(FyDocument) document =
    import_plain ("关于做好节日期间有关工作的通知\n"
                  "各县（市、区）人民政府：\n"
                  "请认真抓好落实。\n"
                  "附件：\n"
                  "1.节日带班安排表\n"
                  "2.信息报送要求\n"
                  "临川市人民政府办公室\n"
                  "2026年12月3日\n"
                  "附件1\n"
                  "节日期间市级领导带班安排表\n"
                  "日期\t带班领导\t联系电话\n"
                  "1月1日\t王建国\t8221001\n"
                  "1月2日\t陈立明\t8221002\n"
                  "附件2\n"
                  "节日期间突发事件信息报送要求\n"
                  "一、报送范围。包括自然灾害和事故灾难。\n"
                  "二、报送时限。事发后1小时内书面报告。\n");

  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_ATTACHMENT, 0, NULL, "附件：1.节日带班安排表\n2.信息报送要求");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "临川市人民政府办公室");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "附件1");
  fy_test_assert_block (document, 7, FY_BLOCK_ROLE_TITLE, 0, NULL, "节日期间市级领导带班安排表");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 8)), ==, FY_BLOCK_ROLE_TABLE);
  fy_test_assert_block (document, 10, FY_BLOCK_ROLE_TITLE, 0, NULL, "节日期间突发事件信息报送要求");
}

/* The lists a 表彰决定 carries after its date: a 先进集体名单 whose rows
 * are organs, several to a line, is found as a list as one of names is,
 * so the notice keeps its signature, and so is one of an organ to a
 * line; a 先进个人名单 after the collective list's rows is one more
 * attached list, not a paragraph of it. */
static void
test_attached_lists (void)
{
  static const char text[] =
    "关于表彰2026年度全县安全生产先进集体和先进个人的决定\n"
    "各乡镇人民政府，县直各单位：\n"
    "县人民政府决定，对在安全生产工作中表现突出的6个先进集体和8名先进个人予以通报表彰。\n"
    "青石县人民政府\n"
    "2026年12月1日\n"
    "2026年度全县安全生产先进集体名单\n"
    "县应急管理局　　县交通运输局　　县市场监督管理局\n"
    "县住房和城乡建设局　　青石镇人民政府　　河口乡人民政府\n"
    "2026年度全县安全生产先进个人名单\n"
    "王建军　　李　芳（女）　　张德明　　赵国强\n"
    "陈晓燕（女）　　刘　伟　　周志刚　　孙丽华（女）\n";
  g_autoptr(FyDocument) document = import_plain (text);
  g_autoptr(FyDocument) markdown = NULL;
  g_autoptr(GString) md = g_string_new (text);

  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "青石县人民政府");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_TITLE, 0, NULL, "2026年度全县安全生产先进集体名单");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "县应急管理局　　县交通运输局　　县市场监督管理局");
  fy_test_assert_block (document, 8, FY_BLOCK_ROLE_TITLE, 0, NULL, "2026年度全县安全生产先进个人名单");
  fy_test_assert_block (document, 9, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "王建军　　李　芳（女）　　张德明　　赵国强");

  /* Markdown: the captions as headings, the title as # */
  g_string_replace (md, "\n", "\n\n", 0);
  g_string_replace (md, "2026年度全县安全生产先进", "## 2026年度全县安全生产先进", 0);
  g_string_prepend (md, "# ");
  markdown = fy_test_import_markdown (md->str);
  fy_test_assert_block (markdown, 3, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "青石县人民政府");
  fy_test_assert_block (markdown, 5, FY_BLOCK_ROLE_TITLE, 0, NULL, "2026年度全县安全生产先进集体名单");
  fy_test_assert_block (markdown, 8, FY_BLOCK_ROLE_TITLE, 0, NULL, "2026年度全县安全生产先进个人名单");

  /* one organ to a line: rows of the list, not who wrote it */
  g_string_assign (md, text);
  g_string_replace (md, "局　　", "局\n", 0);
  g_string_replace (md, "府　　", "府\n", 0);
  g_clear_object (&document);
  document = import_plain (md->str);
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "青石县人民政府");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_TITLE, 0, NULL, "2026年度全县安全生产先进集体名单");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "县应急管理局");
  fy_test_assert_block (document, 12, FY_BLOCK_ROLE_TITLE, 0, NULL, "2026年度全县安全生产先进个人名单");
}

/* The items of an article's list ("（一）……；") are paragraphs keeping
 * their numbers, the last one ending in "。" too; a heading of the same
 * form after the list is a heading again. */
static void
test_plain_list_items (void)
{
  g_autoptr(FyDocument) document =
    import_plain ("开头。\n"
                  "第九条　运营单位应当履行下列义务：\n"
                  "（一）保持车辆完好，及时维修；\n"
                  "（二）公开收费标准、服务电话和投诉方式；\n"
                  "（三）法律、法规规定的其他义务。\n"
                  "第十条　用户应当文明用车。\n"
                  "（一）加强学习\n");

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 7);
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "（一）保持车辆完好，及时维修；");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "（二）公开收费标准、服务电话和投诉方式；");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "（三）法律、法规规定的其他义务。");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_HEADING, 2, NULL, "加强学习");
}

static void
test_plain_wrap_spaces (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "发展历 程", "发展历程" },
    { "发展历　程", "发展历程" },                /* ideographic space */
    { "甲 \t 乙", "甲乙" },
    { "自觉、 政治", "自觉、政治" },
    { "评为 “依法”", "评为“依法”" },
    { "API V2.1 接口", "API V2.1 接口" },
    { "COVID 19 疫情", "COVID 19 疫情" },
    { "视察 XX、视察", "视察 XX、视察" },
    { "第 3 条", "第 3 条" },
    { "近年来, 先后", "近年来, 先后" },
    { " 甲 ", " 甲 " },
    { "", "" },
    /* Regulation style: the space after 第X条 is meant (a web page's
     * plain one becomes ideographic), and so are those of a chapter
     * heading. */
    { "第一条　为了加强管理", "第一条　为了加强管理" },
    { "第十二条 为了加强管理", "第十二条　为了加强管理" },
    { "第一章　总　　则", "第一章　总　　则" },
    { "第一条规定的 情形", "第一条规定的情形" },
    /* 第三编 opens 第三编辑部, which is no chapter heading. */
    { "第三编辑部 审校", "第三编辑部审校" },
    { "第三编 附　　则", "第三编　附　　则" },
    /* A two-character name padded to three cells (主持词, 纪要) keeps its
     * space; a surname-like character inside a sentence does not. */
    { "请市委常委、副市长王　伟同志宣读", "请市委常委、副市长王　伟同志宣读" },
    { "市领导有：陈　涛、王　伟、周晓梅。", "市领导有：陈　涛、王　伟、周晓梅。" },
    { "首先请临川大学教授林　晨发言。", "首先请临川大学教授林　晨发言。" },
    { "我们要高　度重视", "我们要高度重视" },
    { "，高　度重视", "，高度重视" },
    /* A list of who attended keeps the space between organ and name. */
    { "列席：市发展改革委　陆永刚，市财政局　陈　静，市城管局　蒋　立",
      "列席：市发展改革委　陆永刚，市财政局　陈　静，市城管局　蒋　立" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = fy_import_clean_wrap_spaces (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

/* A regulation as published (sweep5 w4): its note of adoption under the
 * title is the subtitle, and the chapter lines under 目　　录 are entries
 * of its table of contents, not its chapters; the text's own 第一章 is. */
static void
test_plain_regulation_contents (void)
{
  static const char *lines[] = {
    "临川市住宅小区物业管理条例",
    "（2026年8月28日临川市第十七届人民代表大会常务委员会第二十一次会议通过　"
    "2026年9月30日江南省第十四届人民代表大会常务委员会第十八次会议批准）",
    "目　　录", "第一章　总则", "第二章　业主大会", "　第一节　业主", "第三章　附则",
    "第一章　总则", "第一条　为了规范物业管理活动，制定本条例。",
    "第二章　业主大会", "第一节　业主", "第二条　房屋的所有权人为业主。", NULL
  };
  g_autofree char *text = g_strjoinv ("\n\n", (char **) lines);
  g_autoptr(FyDocument) document = import_plain (text);

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_SUBTITLE);
  for (guint i = 2; i <= 6; i++)
    g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, i)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  fy_test_assert_block (document, 7, FY_BLOCK_ROLE_HEADING, 1, NULL, "第一章　总则");
  fy_test_assert_block (document, 9, FY_BLOCK_ROLE_HEADING, 1, NULL, "第二章　业主大会");
  fy_test_assert_block (document, 10, FY_BLOCK_ROLE_HEADING, 2, NULL, "第一节　业主");
}

static void
test_plain_roles (void)
{
  g_autoptr(FyDocument) document = NULL;

  document = import_plain ("\xEF\xBB\xBF在全市工作会议上的发言\r\n"
                           "——坚持学用结合\r\n"
                           "同志们：\r\n"
                           "\t现在我讲几点意见。\r\n"
                           "　　一、提高站位\r\n"
                           "　　我们要提高站位。\r\n"
                           "具体如下：\r\n"
                           "谢谢大家！\r\n");

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 8);
  g_assert_cmpstr (fy_document_get_title (document), ==, "在全市工作会议上的发言");
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "在全市工作会议上的发言");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SUBTITLE, 0, NULL, "——坚持学用结合");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "现在我讲几点意见。");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_HEADING, 1, NULL, "提高站位");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "我们要提高站位。");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "具体如下：");
  fy_test_assert_block (document, 7, FY_BLOCK_ROLE_CLOSING, 0, NULL, "谢谢大家！");

  g_clear_object (&document);

  /* Dates alone on a line are date lines; the closing may come before one. */
  document = import_plain ("学习体会\n"
                           "（2026年3月5日）\n"
                           "2026年3月5日召开了会议。\n"
                           "谢谢大家！\n"
                           "二〇二六年三月五日\n");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 5);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "学习体会");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "（2026年3月5日）");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "2026年3月5日召开了会议。");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_CLOSING, 0, NULL, "谢谢大家！");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "二〇二六年三月五日");
  g_clear_object (&document);

  /* A 述职报告 dates itself by the month under its speaker (sweep5 w2). */
  document = import_plain ("2026年度个人述职报告\n市农业农村局局长　郑海涛\n（2026年12月）\n"
                           "各位领导、同志们：\n今年以来，我认真履行职责。\n");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_DATE_LINE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 3)), ==, FY_BLOCK_ROLE_SALUTATION);
  g_clear_object (&document);

  /* A first line that ends a sentence is no title; 以上发言……请批评指正 closes. */
  document = import_plain ("今天我们召开会议。\n以上发言，不妥之处请批评指正。");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 2);
  g_assert_null (fy_document_get_title (document));
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "今天我们召开会议。");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_CLOSING, 0, NULL, "以上发言，不妥之处请批评指正。");
}

static void
test_plain_hard_wrapped (void)
{
  g_autoptr(FyDocument) document = NULL;

  document = import_plain ("学习体会\n"
                           "\n"
                           "这次学习班主题突出、内容丰富，让\n"
                           "我们对人大工作有了更加深入的理\n"
                           "解和掌握。\n"
                           "\n"
                           "一、坚持党的领导\n"
                           "我们严格执行请示报告制度，每年\n"
                           "向市委报告 API V2 的建设情况和\n"
                           "COVID\n"
                           "19 防控工作。\n"
                           "\n"
                           "谢谢大家！\n");

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 5);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "学习体会");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                        "这次学习班主题突出、内容丰富，让我们对人大工作有了更加深入的理解和掌握。");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_HEADING, 1, NULL, "坚持党的领导");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                        "我们严格执行请示报告制度，每年向市委报告 API V2 的建设情况和COVID 19 防控工作。");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_CLOSING, 0, NULL, "谢谢大家！");

  g_clear_object (&document);

  /* The label 附件 over an attached plan's title stands alone even in a
   * hard-wrapped text: it joins neither the title nor the date. */
  document = import_plain ("关于成立村民议事会的通知\n"
                           "\n"
                           "村民议事会今年要完成两项工作，一是修订\n"
                           "村规民约，二是评议低保对象。\n"
                           "\n"
                           "附件\n"
                           "桃源村村民议事会工作方案\n"
                           "\n"
                           "议事会每季度召开一次，遇有急事随时\n"
                           "召集。\n");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 5);
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                        "村民议事会今年要完成两项工作，一是修订村规民约，二是评议低保对象。");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "附件");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_TITLE, 0, NULL, "桃源村村民议事会工作方案");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "议事会每季度召开一次，遇有急事随时召集。");
  g_clear_object (&document);

  /* Blank lines between whole paragraphs: still one paragraph per line. */
  document = import_plain ("第一段话说完了。\n第二段也说完了。\n\n第三段。\n第四段。\n");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 4);
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "第二段也说完了。");
}

/* A regulation's chapters, a notice's addressees and signature, a
 * speech's speaker: roles the clerk would otherwise set by hand, and
 * which decide what the pages keep together. */
static void
test_plain_front_and_back (void)
{
  g_autoptr(FyDocument) document = NULL;

  document = import_plain ("云岭市机关公文处理实施细则\n"
                           "\n"
                           "第一章　总则\n"
                           "第一条　为了规范公文处理工作，制定本细则。\n"
                           "第二节 管理职责\n"
                           "第二条　第一章规定的事项，由办公室负责。\n"
                           "第三章总则\n");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 6);
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_HEADING, 1, NULL, "第一章　总则");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "第一条　为了规范公文处理工作，制定本细则。");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_HEADING, 2, NULL, "第二节　管理职责");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "第二条　第一章规定的事项，由办公室负责。");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_HEADING, 1, NULL, "第三章总则");
  g_clear_object (&document);

  /* Hard-wrapped, with addressees longer than a salutation, and a
   * signature of two bodies set apart by a space, then the date. */
  document = import_plain ("关于开展安全检查的通知\n"
                           "\n"
                           "各区县人民政府，市政府各部门，各直属机构：\n"
                           "\n"
                           "为切实做好今年的安全检查工作，现将\n"
                           "有关事项通知如下，请认真\n"
                           "贯彻执行。\n"
                           "\n"
                           "教务处　质量评估中心\n"
                           "2026年11月20日\n");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 5);
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "各区县人民政府，市政府各部门，各直属机构：");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL,
                        "为切实做好今年的安全检查工作，现将有关事项通知如下，请认真贯彻执行。");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "教务处　质量评估中心");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "2026年11月20日");
  g_clear_object (&document);

  /* A sentence before the date is no signature; （征求意见稿） under a
   * title is no speaker but the subtitle, a note of what draft it is. */
  document = fy_test_import_markdown ("# 工作要点\n\n（征求意见稿）\n\n全年工作如上。\n\n2026年1月5日\n");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 4);
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SUBTITLE, 0, NULL, "（征求意见稿）");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "全年工作如上。");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "2026年1月5日");

  /* u3, a 主持词: the date under the title, then who chairs */
  document = import_plain ("全市优化营商环境推进大会主持词\n\n（2026年3月12日）\n\n"
                           "市委副书记　钱国栋\n\n同志们：\n\n现在开会。\n");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "（2026年3月12日）");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_SPEAKER, 0, NULL, "市委副书记　钱国栋");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：");
}

/* "附件：1．……" and the "2．……" lines under it become one attachment
 * note, a line per attachment, whether pasted one per line or in a
 * hard-wrapped text; the items are no headings and do not switch the
 * numbering to as written. */
/* A speech pasted as plain text numbers its headings with words:
 * 第一，…… 首先，…… 最后，…… 一是…… on short lines without a sentence.
 * They are headings as written, a new kind one level under the heading
 * before it, a kind already open back at its level; a sentence that
 * opens with such a word stays a paragraph. */
static void
test_plain_lead_headings (void)
{
  static const struct { const char *start; guint level; } headings[] = {
    { "第一，提高站位", 1 }, { "首先，这是", 2 }, { "其次，这是", 2 }, { "最后，这是", 2 },
    { "第二，聚焦问题", 1 }, { "一是整治", 2 }, { "二是整治", 2 }, { "三是整治", 2 },
    { "四是整治", 2 }, { "第三，压实责任", 1 },
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "speech-leads.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;
  guint found = 0;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  document = import_plain (text);
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autofree char *block_text = fy_block_dup_text (block);

      if (fy_block_get_role (block) != FY_BLOCK_ROLE_HEADING)
        continue;
      g_assert_cmpuint (found, <, G_N_ELEMENTS (headings));
      g_assert_true (g_str_has_prefix (block_text, headings[found].start));
      g_assert_cmpuint (fy_block_get_level (block), ==, headings[found].level);
      found++;
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (headings));
  g_clear_object (&document);

  /* under 一、 the lead words open level 2; sentences stay paragraphs;
   * 最后 without 首先 before it is no ordinal */
  document = import_plain ("通知\n正文。\n一、总体要求\n一是加强组织领导\n具体要求。\n"
                           "首先，我代表县委向大家表示感谢。\n二是做好宣传引导，营造良好氛围\n"
                           "最后，祝大家工作顺利\n");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_HEADING, 1, NULL, "总体要求");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_HEADING, 2, NULL, "一是加强组织领导");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "首先，我代表县委向大家表示感谢。");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_HEADING, 2, NULL, "二是做好宣传引导，营造良好氛围");
  g_assert_cmpint (fy_block_get_role (fy_test_block_at (document, 7)), !=, FY_BLOCK_ROLE_HEADING);

  /* pasted into a document, the first line may be such a heading too */
  blocks = fy_import_paste ("第一，提高站位\n作风就是形象。\n第二，聚焦问题\n", -1);
  g_assert_cmpuint (blocks->len, ==, 3);
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (blocks, 0)), ==, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpuint (fy_block_get_level (g_ptr_array_index (blocks, 0)), ==, 1);
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (blocks, 2)), ==, FY_BLOCK_ROLE_HEADING);
}

/* Attachments named by their year ("2.2027年度……") are items 2 and 3,
 * not the decimals 2.2027 and 3.2027: the note takes them all and hangs
 * them under the first; a decimal that opens a sentence is no item. */
static void
test_plain_attachment_years (void)
{
  g_autoptr(FyDocument) document = NULL;

  document = import_plain ("关于开展职工技能竞赛的通知\n"
                           "各单位：\n"
                           "请于2月28日前报送报名表。\n"
                           "附件：1.2027年度职工技能竞赛报名表\n"
                           "2.2027年度职工技能竞赛报名汇总表\n"
                           "3.1998年以来历届竞赛获奖名单\n"
                           "县总工会\n"
                           "2027年1月10日\n");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_ATTACHMENT, 0, NULL,
                        "附件：1.2027年度职工技能竞赛报名表\n"
                        "2.2027年度职工技能竞赛报名汇总表\n"
                        "3.1998年以来历届竞赛获奖名单");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "县总工会");
  g_clear_object (&document);

  document = import_plain ("通知\n正文。\n2.5万人次参加了培训。\n");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "2.5万人次参加了培训。");
}

static void
test_plain_attachments (void)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GPtrArray) blocks = NULL;

  document = import_plain ("关于报送年度统计资料的通知\n"
                           "各乡镇、各部门：\n"
                           "请于12月20日前报送下列资料。\n"
                           "附件：1．年度统计报表\n"
                           "　　　2．统计数据质量自查表（没有下属单位的部门填写本部门的情况即可，不必另附说明）\n"
                           "3.联系人名单\n"
                           "临川县统计局\n"
                           "2026年12月2日\n");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 6);
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_ATTACHMENT, 0, NULL,
                        "附件：1．年度统计报表\n"
                        "2．统计数据质量自查表（没有下属单位的部门填写本部门的情况即可，不必另附说明）\n"
                        "3.联系人名单");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "临川县统计局");
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AUTO);
  g_clear_object (&document);

  /* hard-wrapped: the note's lines are not joined to each other */
  document = import_plain ("通知\n\n为做好年终统计工作，现将有关事项\n通知如下，请认真执行。\n\n"
                           "附件：1．统计报表\n2．自查表\n");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "为做好年终统计工作，现将有关事项通知如下，请认真执行。");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_ATTACHMENT, 0, NULL, "附件：1．统计报表\n2．自查表");
  g_clear_object (&document);

  /* a bare 附件： with its items; one attachment without a number; a
   * numbered line that is a sentence stays a paragraph */
  document = import_plain ("通知\n正文。\n附件:\n1. 统计报表\n2. 自查表\n");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_ATTACHMENT, 0, NULL, "附件：1.统计报表\n2.自查表");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 3);
  g_clear_object (&document);
  document = import_plain ("通知\n正文。\n附件：统计报表\n2.各单位要按时报送。逾期不报的予以通报。\n");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_ATTACHMENT, 0, NULL, "附件：统计报表");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "2.各单位要按时报送。逾期不报的予以通报。");
  g_clear_object (&document);

  /* 附件 inside a sentence is body text; a paste finds the note too */
  document = import_plain ("通知\n附件中的数据以统计局公布的为准。\n");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "附件中的数据以统计局公布的为准。");
  blocks = fy_import_paste ("附件：1．统计报表\n2．自查表\n", -1);
  g_assert_cmpuint (blocks->len, ==, 1);
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (blocks, 0)), ==, FY_BLOCK_ROLE_ATTACHMENT);
}

static void
test_paste (void)
{
  g_autoptr(GPtrArray) blocks = NULL;

  blocks = fy_import_paste ("加强学习\r\n（二）落实责任\r\n谢谢大家！\xFF", -1);
  g_assert_cmpuint (blocks->len, ==, 3);
  /* No title and no closing in a paste; bad bytes are replaced. */
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (blocks, 0)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (blocks, 1)), ==, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpuint (fy_block_get_level (g_ptr_array_index (blocks, 1)), ==, 2);
  g_assert_cmpint (fy_block_get_role (g_ptr_array_index (blocks, 2)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  g_assert_cmpstr (fy_block_get_run (g_ptr_array_index (blocks, 2), 0)->text, ==, "谢谢大家！\xEF\xBF\xBD");

  g_clear_pointer (&blocks, g_ptr_array_unref);
  blocks = fy_import_paste ("  \n\n", -1);
  g_assert_cmpuint (blocks->len, ==, 0);
}

static GFile *
write_temp (const char *dir,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
test_import_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-import-XXXXXX", &error);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GFile) md = NULL;
  g_autoptr(GFile) txt = NULL;
  g_autoptr(GFile) other = NULL;
  g_autoptr(GFile) docx = NULL;
  g_autoptr(GFile) doc = NULL;
  g_autoptr(GFile) pdf = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autoptr(GFile) latin1 = NULL;

  g_assert_no_error (error);

  md = write_temp (dir, "speech.MD", "# 标题\n\n## 一、要点\n", -1);
  document = fy_import_file (md, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 2);
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_HEADING, 1, NULL, "要点");
  g_clear_object (&document);

  /* The same text as plain text: "#" is text there. */
  txt = write_temp (dir, "speech.txt", "# 标题\n\n## 一、要点\n", -1);
  document = fy_import_file (txt, NULL, &error);
  g_assert_no_error (error);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "# 标题");
  g_clear_object (&document);

  other = write_temp (dir, "notes", "一、要点\n", -1);
  document = fy_import_file (other, NULL, &error);
  g_assert_no_error (error);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_HEADING, 1, NULL, "要点");
  g_clear_object (&document);

  /* a .docx that is not a zip archive */
  docx = write_temp (dir, "讲话.docx", "PK\x03\x04", 4);
  document = fy_import_file (docx, NULL, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT);
  g_assert_nonnull (strstr (error->message, "讲话.docx"));
  g_assert_nonnull (strstr (error->message, "save it as .docx"));
  g_assert_null (document);
  g_clear_error (&error);

  doc = write_temp (dir, "讲话.doc", "\xD0\xCF\x11\xE0", 4);
  document = fy_import_file (doc, NULL, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_UNSUPPORTED_TYPE);
  g_assert_nonnull (strstr (error->message, "讲话.doc"));
  g_assert_nonnull (strstr (error->message, ".docx"));
  g_assert_null (document);
  g_clear_error (&error);

  pdf = write_temp (dir, "speech.PDF", "%PDF-1.4", -1);
  document = fy_import_file (pdf, NULL, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_UNSUPPORTED_TYPE);
  g_assert_null (document);
  g_clear_error (&error);

  latin1 = write_temp (dir, "latin1.txt", "caf\xE9\n", -1);
  document = fy_import_file (latin1, NULL, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "latin1.txt"));
  g_assert_null (document);
  g_clear_error (&error);

  missing = g_file_new_build_filename (dir, "missing.md", NULL);
  document = fy_import_file (missing, NULL, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_READ);
  g_assert_null (document);
  g_clear_error (&error);

  g_file_delete (md, NULL, NULL);
  g_file_delete (txt, NULL, NULL);
  g_file_delete (other, NULL, NULL);
  g_file_delete (docx, NULL, NULL);
  g_file_delete (doc, NULL, NULL);
  g_file_delete (pdf, NULL, NULL);
  g_file_delete (latin1, NULL, NULL);
  g_rmdir (dir);
}

/* A speech's points standing alone above their text, closed with 。
 * (sweep7 y1 交流发言 from WeChat, y6 主持词): headings printed as written,
 * when two of a kind are so.  A lone one, a run of 一是……。 items, and
 * 首先，请……发言。 over （……发言） stay text. */
static void
test_plain_closed_lead_headings (void)
{
  g_autoptr(FyDocument) points =
    import_plain ("在全市营商环境优化提升推进会上的交流发言\n同志们：\n下面，我汇报两点体会。\n"
                  "一要在“放”字上求突破，把准入门槛降下来。\n我们坚持能放尽放、应简尽简，逐项梳理许可事项。\n"
                  "二要在“管”字上出实招，把监管效能提上去。\n放得开，还要管得住。\n");
  g_autoptr(FyDocument) items =
    import_plain ("工作安排\n正文。\n一是加强领导。\n二是明确责任。\n三是强化考核。\n各单位要抓好落实。\n");
  g_autoptr(FyDocument) speakers =
    import_plain ("会议主持词\n同志们：\n首先，请邓志刚同志发言。\n（邓志刚同志发言）\n"
                  "其次，请彭晓红同志发言。\n（彭晓红同志发言）\n");
  g_autoptr(FyDocument) lone =
    import_plain ("讲话\n同志们：\n首先，我代表县委向大家表示感谢。\n今年以来，全县上下迎难而上。\n");

  fy_test_assert_block (points, 3, FY_BLOCK_ROLE_HEADING, 1, NULL, "一要在“放”字上求突破，把准入门槛降下来。");
  fy_test_assert_block (points, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "我们坚持能放尽放、应简尽简，逐项梳理许可事项。");
  fy_test_assert_block (points, 5, FY_BLOCK_ROLE_HEADING, 1, NULL, "二要在“管”字上出实招，把监管效能提上去。");
  for (guint i = 0; i < fy_document_get_n_blocks (items); i++)
    g_assert_cmpint (fy_block_get_role (fy_document_get_block (items, i)), !=, FY_BLOCK_ROLE_HEADING);
  for (guint i = 0; i < fy_document_get_n_blocks (speakers); i++)
    g_assert_cmpint (fy_block_get_role (fy_document_get_block (speakers, i)), !=, FY_BLOCK_ROLE_HEADING);
  for (guint i = 0; i < fy_document_get_n_blocks (lone); i++)
    g_assert_cmpint (fy_block_get_role (fy_document_get_block (lone, i)), !=, FY_BLOCK_ROLE_HEADING);
}

/* The points of a speech pasted each as one paragraph (the new user's WPS
 * copy of session 19): each opens with its lead sentence in bold, as the
 * template's own points do, the text as written.  A lone 首先 sentence, a
 * lone 一是, a lead too long for one, one with nothing after it and
 * 一方面 stay plain text. */
static void
test_paste_inline_leads (void)
{
  g_autoptr(GPtrArray) pasted =
    fy_import_paste ("\u3000\u3000一是完善议事规则。我们制定了联络站工作规程，明确了接待流程。\r\n"
                     "\u3000\u3000二是压实工作责任！各乡镇明确一名分管领导，做到有人管事。\r\n"
                     "首先，拓宽收集渠道。我们开通了网上联络站。\n"
                     "其次，加快办理进度。对群众反映的问题建立台账。\n"
                     "最后，强化结果运用。办理情况向群众公开。\n"
                     "第一，抓好学习培训。每年组织两轮集中培训。\n"
                     "第二，抓好督促检查。定期开展督查。\n", -1);
  g_autoptr(GPtrArray) plain =
    fy_import_paste ("首先，我代表县委向大家表示感谢。今年以来，全县上下迎难而上。\n"
                     "一是一，二是二。这是我们的作风。\n"
                     "一方面要抓好落实。另一方面要总结经验。\n"
                     "其一，我们在学习上下功夫，每周集中学习一次，每月开展一次专题研讨，每季度组织一次考核测试。还有别的。\n"
                     "其二，强化督查。\n", -1);
  static const char * const leads[][2] = {
    { "一是完善议事规则。", "我们制定了联络站工作规程，明确了接待流程。" },
    { "二是压实工作责任！", "各乡镇明确一名分管领导，做到有人管事。" },
    { "首先，拓宽收集渠道。", "我们开通了网上联络站。" },
    { "其次，加快办理进度。", "对群众反映的问题建立台账。" },
    { "最后，强化结果运用。", "办理情况向群众公开。" },
    { "第一，抓好学习培训。", "每年组织两轮集中培训。" },
    { "第二，抓好督促检查。", "定期开展督查。" },
  };

  g_assert_cmpuint (pasted->len, ==, G_N_ELEMENTS (leads));
  for (guint i = 0; i < pasted->len; i++)
    {
      FyBlock *block = g_ptr_array_index (pasted, i);
      g_autofree char *lead = fy_block_dup_lead (block);
      g_autofree char *text = fy_block_dup_text (block);
      g_autofree char *expected = g_strconcat (leads[i][0], leads[i][1], NULL);

      g_assert_cmpint (fy_block_get_role (block), ==, FY_BLOCK_ROLE_PARAGRAPH);
      g_assert_cmpstr (lead, ==, leads[i][0]);
      g_assert_cmpstr (text, ==, expected);
    }

  g_assert_cmpuint (plain->len, ==, 5);
  for (guint i = 0; i < plain->len; i++)
    {
      FyBlock *block = g_ptr_array_index (plain, i);

      g_assert_cmpint (fy_block_get_role (block), ==, FY_BLOCK_ROLE_PARAGRAPH);
      g_assert_cmpuint (fy_block_get_lead_end (block), ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/import/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/core/import/plain/raw-corpus", test_plain_raw_corpus);
  g_test_add_func ("/core/import/plain/web", test_plain_web);
  g_test_add_func ("/core/import/plain/title-kind", test_plain_title_kind);
  g_test_add_func ("/core/import/plain/soft-breaks", test_plain_soft_breaks);
  g_test_add_func ("/core/import/plain/name-lines", test_plain_name_lines);
  g_test_add_func ("/core/import/plain/signature-block", test_plain_signature_block);
  g_test_add_func ("/core/import/plain/sentence-items", test_plain_sentence_items);
  g_test_add_func ("/core/import/plain/numbering", test_plain_numbering);
  g_test_add_func ("/core/import/plain/settle-numbering", test_settle_numbering);
  g_test_add_func ("/core/import/plain/settle-numbering-lead-words", test_settle_numbering_lead_words);
  g_test_add_func ("/core/import/plain/attached-title", test_attached_title);
  g_test_add_func ("/core/import/plain/attached-labelled", test_attached_labelled);
  g_test_add_func ("/core/import/plain/attached-lists", test_attached_lists);
  g_test_add_func ("/core/import/plain/list-items", test_plain_list_items);
  g_test_add_func ("/core/import/plain/wrap-spaces", test_plain_wrap_spaces);
  g_test_add_func ("/core/import/plain/roles", test_plain_roles);
  g_test_add_func ("/core/import/plain/regulation-contents", test_plain_regulation_contents);
  g_test_add_func ("/core/import/issue-number", test_issue_number);
  g_test_add_func ("/core/import/document-number", test_document_number);
  g_test_add_func ("/core/import/minutes-header-line", test_minutes_header_line);
  g_test_add_func ("/core/import/plain/imprint", test_imprint);
  g_test_add_func ("/core/import/plain/run-in-salutation", test_run_in_salutation);
  g_test_add_func ("/core/import/plain/sentence-items-long", test_plain_sentence_items_long);
  g_test_add_func ("/core/import/plain/hard-wrapped", test_plain_hard_wrapped);
  g_test_add_func ("/core/import/plain/front-and-back", test_plain_front_and_back);
  g_test_add_func ("/core/import/paste", test_paste);
  g_test_add_func ("/core/import/plain/attachments", test_plain_attachments);
  g_test_add_func ("/core/import/plain/attachment-years", test_plain_attachment_years);
  g_test_add_func ("/core/import/plain/lead-headings", test_plain_lead_headings);
  g_test_add_func ("/core/import/plain/closed-lead-headings", test_plain_closed_lead_headings);
  g_test_add_func ("/core/import/paste-inline-leads", test_paste_inline_leads);
  g_test_add_func ("/core/import/file", test_import_file);

  return g_test_run ();
}

/* test-docx-import.c — tests of Word (.docx) import on documents made part by part: bad input,
 * warnings, red text, tables, merged cells, lists and notes
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fy-test-docx.h"
#include "fy-test-utils.h"

static void
assert_refused (GBytes     *bytes,
                GQuark      domain,
                int         code,
                const char *part_of_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_bytes (bytes, &warnings, &error);

  g_assert_null (document);
  g_assert_null (warnings);
  g_assert_error (error, domain, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, part_of_message));
}

/* @warnings is one warning, which holds @part. */
static void
assert_one_warning (GPtrArray  *warnings,
                    const char *part)
{
  g_assert_nonnull (warnings);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), part));
}

static void
test_import_bad (void)
{
  g_autoptr(GBytes) not_zip = g_bytes_new_static ("PK\x03\x04 not really", 16);
  g_autoptr(GBytes) doc = g_bytes_new_static ("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old Word", 17);
  g_autoptr(GBytes) text = g_bytes_new_static ("一、要点", strlen ("一、要点"));
  g_autoptr(GBytes) no_body = NULL;
  g_autoptr(GBytes) malformed = NULL;
  g_autoptr(GBytes) entities = NULL;
  g_autoptr(GBytes) outside = NULL;
  g_autoptr(GBytes) outside_rel = NULL;
  g_autoptr(GBytes) bomb = NULL;
  g_autoptr(GBytes) many = NULL;
  g_autofree char *zeros = g_malloc0 (16 * 1024 * 1024);
  g_autoptr(GString) paragraphs = g_string_new (BODY_START);

  assert_refused (not_zip, FY_ERROR, FY_ERROR_WRONG_FORMAT, "WPS or Word, save it as .docx");
  assert_refused (doc, FY_ERROR, FY_ERROR_WRONG_FORMAT, "old Word document (.doc)");
  assert_refused (text, FY_ERROR, FY_ERROR_WRONG_FORMAT, "not a zip archive");

  no_body = make_zip ("[Content_Types].xml", CONTENT_TYPES, (gsize) 0, NULL);
  assert_refused (no_body, FY_ERROR, FY_ERROR_WRONG_FORMAT, "no document text");

  malformed = make_zip ("word/document.xml", BODY_START "<w:p><w:r><w:t>半截</w:r>", (gsize) 0, NULL);
  assert_refused (malformed, FY_ERROR, FY_ERROR_SYNTAX, "word/document.xml");

  /* a billion laughs never expands */
  entities = make_zip ("word/document.xml",
                       "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"哈哈哈哈哈哈哈哈\">"
                       "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                       "<w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>",
                       (gsize) 0, NULL);
  assert_refused (entities, FY_ERROR, FY_ERROR_WRONG_FORMAT, "DTD");

  outside = make_zip ("word/document.xml", BODY_START BODY_END, (gsize) 0,
                      "../../etc/evil.xml", "x", (gsize) 0, NULL);
  assert_refused (outside, FY_ERROR, FY_ERROR_WRONG_FORMAT, "../../etc/evil.xml");

  outside_rel = make_zip ("_rels/.rels",
                          "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                          "<Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                          "Target=\"../../../etc/passwd\"/></Relationships>",
                          (gsize) 0,
                          "word/document.xml", BODY_START BODY_END, (gsize) 0, NULL);
  assert_refused (outside_rel, FY_ERROR, FY_ERROR_WRONG_FORMAT, "outside the file");

  /* 16 MiB of zeros pack into a few KiB */
  bomb = make_zip ("word/document.xml", zeros, (gsize) 16 * 1024 * 1024, NULL);
  assert_refused (bomb, FY_ERROR, FY_ERROR_TOO_LARGE, "zip bomb");

  /* 100 000 paragraphs: more than Fayan sets */
  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (paragraphs, "<w:p><w:r><w:t>第%u段。</w:t></w:r></w:p>", i);
  g_string_append (paragraphs, BODY_END);
  many = make_zip ("word/document.xml", paragraphs->str, (gsize) 0, NULL);
  assert_refused (many, FY_ERROR, FY_ERROR_LIMIT, "more than 10000 paragraphs");
}

static void
test_import_warnings (void)
{
  static const char body[] =
    BODY_START
    "<w:p><w:r><w:t>标题不居中时</w:t></w:r></w:p>"
    "<w:p><w:r><w:t xml:space=\"preserve\">原来的</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del>"
    "<w:ins><w:r><w:t>插入的</w:t></w:r></w:ins><w:r><w:t>文字。</w:t></w:r></w:p>"
    "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>有批注的一段。</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
    "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
    "<w:p><w:r><w:t>图片如下：</w:t></w:r><w:r><w:drawing/></w:r></w:p>"
    "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>（二）大纲级别</w:t></w:r></w:p>"
    "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>整段加粗不算引领句。</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>图示</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p><w:r><w:t>产值</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:drawing/></w:r></w:p></w:tc></w:tr></w:tbl>"
    BODY_END;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_body (body, &warnings);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 7);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "标题不居中时");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "原来的插入的文字。");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "有批注的一段。");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "图片如下：");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_HEADING, 2, NULL, "（二）大纲级别");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "整段加粗不算引领句。");

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 6)), ==, FY_BLOCK_ROLE_TABLE);

  g_assert_cmpuint (warnings->len, ==, 5);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "Paragraph 4 (“图片如下：”): a picture"));
  /* the picture in the second row's second cell; the table is the
   * seventh paragraph-like item */
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "Paragraph 8 (a table, row 2, cell 2): a picture"));
  /* how many were accepted on open: the deletion and the insertion */
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 2), "The document had 2 tracked changes"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 3), "comments"));
  /* the title, not centred, taken from the first paragraph */
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 4), "Paragraph 1 (“标题不居中时”) is taken as the title"));
}

/* A leader's comment (session 16: 请补充今年接待群众的人次。) is named in
 * the warnings with its words, its author and the paragraph it is on. */
static void
test_import_comments (void)
{
  static const char rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"" "http://schemas.openxmlformats.org/package/2006/relationships" "\">"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
    "</Relationships>";
  static const char comments[] =
    "<?xml version=\"1.0\"?><w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:comment w:id=\"0\" w:author=\"王主任\" w:initials=\"王\"><w:p><w:r><w:t>请补充今年接待群众的人次。</w:t></w:r></w:p></w:comment>"
    "<w:comment w:id=\"1\"><w:p><w:r><w:t>数字</w:t></w:r></w:p><w:p><w:r><w:t>再核一下。</w:t></w:r></w:p></w:comment>"
    "</w:comments>";
  static const char body[] =
    BODY_START
    "<w:p><w:r><w:t>一是统一标准建站点。</w:t></w:r></w:p>"
    "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>二是分片包干抓指导。常委会组成人员每人联系一个乡镇。</w:t></w:r>"
    "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
    "<w:p><w:r><w:t>今年办理代表建议92件。</w:t></w:r><w:r><w:commentReference w:id=\"1\"/></w:r></w:p>"
    BODY_END;
  g_autoptr(GBytes) bytes = make_zip ("word/document.xml", body, (gsize) 0,
                                      "word/_rels/document.xml.rels", rels, (gsize) 0,
                                      "word/comments.xml", comments, (gsize) 0, NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = import_bytes (bytes, &warnings, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 3);
  g_assert_nonnull (warnings);
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==,
                   "Paragraph 2 (“二是分片包干抓指导。常委会组成人…”): comment by 王主任, which Fayan "
                   "does not keep: “请补充今年接待群众的人次。”");
  g_assert_cmpstr (g_ptr_array_index (warnings, 1), ==,
                   "Paragraph 3 (“今年办理代表建议92件。”): comment, which Fayan does not keep: “数字再核一下。”");
}

/* Red text (a colleague's 此句请局长审定, in a paragraph or a cell) is
 * printed black: the import says so, naming where; other colours pass. */
static void
test_import_red (void)
{
  static const char body[] =
    BODY_START
    "<w:p><w:r><w:t>四是压实企业主体责任。</w:t></w:r><w:r><w:rPr><w:b/><w:color w:val=\"FF0000\"/></w:rPr>"
    "<w:t>（此句请局长审定）</w:t></w:r></w:p>"
    "<w:p><w:r><w:rPr><w:color w:val=\"1F4E79\"/></w:rPr><w:t>蓝色的字照常。</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>乡镇</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:rPr><w:color w:val=\"C00000\"/></w:rPr><w:t>待核</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    BODY_END;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_body (body, &warnings);

  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "四是压实企业主体责任。（此句请局长审定）");
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "Paragraph 1 (“四是压实企业主体责任。（此句请局…”)"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "red text is printed black"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "Paragraph 3 (a table, row 1, cell 2): its red"));
}

/* A .docx of @body (word/document.xml) and @styles (word/styles.xml),
 * imported without error. */
static FyDocument *
import_with_styles (const char  *body,
                    const char  *styles,
                    GPtrArray  **warnings)
{
  static const char rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    "</Relationships>";
  g_autoptr(GBytes) bytes = make_zip ("word/document.xml", body, (gsize) 0,
                                      "word/_rels/document.xml.rels", rels, (gsize) 0,
                                      "word/styles.xml", styles, (gsize) 0, NULL);
  g_autoptr(GError) error = NULL;
  FyDocument *document = import_bytes (bytes, warnings, &error);

  g_assert_no_error (error);
  return document;
}

/* Red set through a character style (sweep7 y9: a colleague's 待审定
 * style, styles.xml w:color FF0000, or one based on it) is warned of as
 * direct red is; a run's own colour overrides its style's, and a blue
 * style passes. */
static void
test_import_red_style (void)
{
  static const char styles[] =
    "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:style w:type=\"character\" w:styleId=\"Check\"><w:name w:val=\"待审定\"/><w:rPr><w:color w:val=\"FF0000\"/></w:rPr></w:style>"
    "<w:style w:type=\"character\" w:styleId=\"CheckBold\"><w:name w:val=\"待审定加粗\"/><w:basedOn w:val=\"Check\"/><w:rPr><w:b/></w:rPr></w:style>"
    "<w:style w:type=\"character\" w:styleId=\"Note\"><w:name w:val=\"说明\"/><w:rPr><w:color w:val=\"1F4E79\"/></w:rPr></w:style>"
    "</w:styles>";
#define RUN(style, rpr, text) \
  "<w:r><w:rPr><w:rStyle w:val=\"" style "\"/>" rpr "</w:rPr><w:t>" text "</w:t></w:r>"
  static const char body[] =
    BODY_START
    "<w:p><w:r><w:t>全年新增充电桩</w:t></w:r>" RUN ("Check", "", "（此处目标数待核定）") "<w:r><w:t>个。</w:t></w:r></w:p>"
    "<w:p>" RUN ("CheckBold", "", "五是加强督查。") "</w:p>"
    "<w:p>" RUN ("Check", "<w:color w:val=\"000000\"/>", "黑字照常。") "</w:p>"
    "<w:p>" RUN ("Note", "", "蓝色的字照常。") "</w:p>"
    BODY_END;
#undef RUN
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_with_styles (body, styles, &warnings);

  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "全年新增充电桩（此处目标数待核定）个。");
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "Paragraph 1 (“全年新增充电桩（此处目标数"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "its red text"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "Paragraph 2 (“五是加强督查。”): its red text"));
}

/* A colleague's highlight (（待核实） in yellow, or shaded) is not printed:
 * the import says so, naming where, as for red text; no highlight, no
 * word. */
static void
test_import_highlight (void)
{
  static const char body[] =
    BODY_START
    "<w:p><w:r><w:t>四是抓好建筑施工安全。</w:t></w:r><w:r><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr>"
    "<w:t>（待核实）</w:t></w:r></w:p>"
    "<w:p><w:r><w:rPr><w:highlight w:val=\"none\"/><w:shd w:val=\"clear\" w:fill=\"auto\"/></w:rPr>"
    "<w:t>没有底色的字照常。</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>乡镇</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:rPr><w:shd w:val=\"clear\" w:fill=\"FFFF00\"/></w:rPr><w:t>待核</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    BODY_END;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_body (body, &warnings);

  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "四是抓好建筑施工安全。（待核实）");
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "Paragraph 1 (“四是抓好建筑施工安全。（待核实）”)"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "highlighting is left out"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "Paragraph 3 (a table, row 1, cell 2): its highlighting"));
}

/* A page header's text (【县人大常委会办公室】 内部资料) is not printed, as
 * Fayan prints no header: the import quotes it, once however many
 * headers carry it; a footer with only the page number says nothing. */
static void
test_import_page_headers (void)
{
#define REL(id, type, target) "<Relationship Id=\"" id "\" Type=\"http://schemas.openxmlformats.org/" \
                              "officeDocument/2006/relationships/" type "\" Target=\"" target "\"/>"
#define HDR(tag, text) "<?xml version=\"1.0\"?><w:" tag " xmlns:w=\"http://schemas.openxmlformats.org/" \
                       "wordprocessingml/2006/main\">" text "</w:" tag ">"
  static const char rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    REL ("rId7", "header", "header1.xml") REL ("rId8", "header", "header2.xml")
    REL ("rId9", "footer", "footer1.xml") "</Relationships>";
  static const char header[] =
    HDR ("hdr", "<w:p><w:r><w:t>【县人大常委会办公室】</w:t></w:r><w:r><w:t xml:space=\"preserve\"> 内部资料</w:t></w:r></w:p>");
  static const char footer[] =
    HDR ("ftr", "<w:p><w:r><w:t>第 </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
         "<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
         "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t> 页</w:t></w:r></w:p>");
  static const char body[] = BODY_START "<w:p><w:r><w:t>一是加强和改进立法工作。</w:t></w:r></w:p>" BODY_END;
#undef REL
#undef HDR
  g_autoptr(GBytes) bytes = make_zip ("word/document.xml", body, (gsize) 0,
                                      "word/_rels/document.xml.rels", rels, (gsize) 0,
                                      "word/header1.xml", header, (gsize) 0,
                                      "word/header2.xml", header, (gsize) 0,
                                      "word/footer1.xml", footer, (gsize) 0, NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = import_bytes (bytes, &warnings, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 1);
  assert_one_warning (warnings, "The page header “【县人大常委会办公室】 内部资料” was left out");
}

/* A landscape section (a wide table turned on its side) is printed
 * upright: the import names the paragraphs it held and its table; a
 * portrait section, or a landscape one given by its size alone, too. */
static void
test_import_landscape (void)
{
  static const char body[] =
    BODY_START
    "<w:p><w:r><w:t>附件</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:pPr>"
    "<w:r><w:t>重点项目进度表</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>单位：万元</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>总投资</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr></w:pPr></w:p>"
    "<w:p><w:r><w:t>县人大常委会财经工委</w:t></w:r></w:p>"
    "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\"/></w:sectPr>"
    BODY_END;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_body (body, &warnings);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 5);
  g_assert_nonnull (warnings);
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0),
                            "Paragraphs 3–5 (with a table at paragraph 4) sat on a landscape page"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "Paragraph 6 sat on a landscape page"));
}

/* A table a colleague adds in Word with no header row marked: a row of
 * text over a column of figures heads it; two rows, or text under text,
 * do not. */
static void
test_import_table_header (void)
{
#define ROW(a, b) "<w:tr><w:tc><w:p><w:r><w:t>" a "</w:t></w:r></w:p></w:tc>" \
                  "<w:tc><w:p><w:r><w:t>" b "</w:t></w:r></w:p></w:tc></w:tr>"
  static const char body[] =
    BODY_START
    "<w:tbl>" ROW ("乡镇", "企业数") ROW ("城关镇", "128") ROW ("河西乡", "46") "</w:tbl>"
    "<w:p><w:r><w:t>联系方式如下。</w:t></w:r></w:p>"
    "<w:tbl>" ROW ("联系人", "王晓东") ROW ("电话", "0794-8221005") ROW ("地址", "市府路1号") "</w:tbl>"
    "<w:tbl>" ROW ("联系人", "王晓东") ROW ("人数", "12") "</w:tbl>"
    BODY_END;
#undef ROW
  g_autoptr(FyDocument) document = import_body (body, NULL);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 4);
  g_assert_true (fy_block_get_table_header (fy_document_get_block (document, 0)));
  g_assert_false (fy_block_get_table_header (fy_document_get_block (document, 2)));
  g_assert_false (fy_block_get_table_header (fy_document_get_block (document, 3)));
}

/* Merged cells: the text of each is kept once, in its first cell; the
 * columns a cell spans are kept as empty cells so the rows stay in line;
 * the import says where, once a table. */
static void
test_import_merged_cells (void)
{
  static const char body[] =
    BODY_START
    "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
    "<w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>备注</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>产值</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>一季度</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>增长</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
    "<w:tc><w:p><w:r><w:t>二季度</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>持平</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    BODY_END;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_body (body, &warnings);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 1);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TABLE, 0, NULL,
                "指标\t\t备注\n产值\t一季度\t增长\n\t二季度\t持平");
  assert_one_warning (warnings, "Paragraph 1 (a table, row 1, cell 1): merged cells are kept");
}

/* A table in a cell (WPS's 表中表: a 联系方式 grid inside a 备注 cell) and a
 * content control in a cell keep their text in the outer cell, cell after
 * cell; the import says where the inner table went. */
static void
test_import_nested_table (void)
{
  static const char body[] =
    BODY_START
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单位</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>联系方式</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:sdt><w:sdtContent><w:p><w:r><w:t>县档案馆</w:t></w:r></w:p>"
    "</w:sdtContent></w:sdt></w:tc>"
    "<w:tc><w:p><w:r><w:t>值班：</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>白天</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>6123001</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p><w:r><w:t>夜间</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>6123002</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    "<w:p/></w:tc></w:tr></w:tbl>"
    BODY_END;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_body (body, &warnings);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 1);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TABLE, 0, NULL,
                        "单位\t联系方式\n县档案馆\t值班： 白天 6123001 夜间 6123002");
  assert_one_warning (warnings, "Paragraph 2 (a table, row 2, cell 2): the table inside the cell is kept");
}

/* A Word file carries the title and author of the document it was first
 * made from: the speech's title is its title block's, and the author is
 * no speaker.  A file Fayan wrote (its custom properties say so) keeps
 * its speaker, and its title when the body has no title block. */
static void
test_import_stale_properties (void)
{
  static const char body[] =
    BODY_START
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"44\"/></w:rPr>"
    "<w:t>关于做好今冬明春森林防火工作的通知</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>各乡镇人民政府：</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>现将有关事项通知如下。</w:t></w:r></w:p>"
    BODY_END;
  static const char untitled[] =
    BODY_START "<w:p><w:r><w:t>现将有关事项通知如下。</w:t></w:r></w:p>" BODY_END;
  static const char core[] =
    "<?xml version=\"1.0\"?><cp:coreProperties "
    "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
    "<dc:title>2019年度工作总结</dc:title><dc:creator>Administrator</dc:creator></cp:coreProperties>";
  static const char custom[] =
    "<?xml version=\"1.0\"?><Properties "
    "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
    "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
    "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Fayan "
    "style preset\"><vt:lpwstr>gbt9704</vt:lpwstr></property></Properties>";
  g_autoptr(GBytes) word = make_zip ("word/document.xml", body, (gsize) 0,
                                     "docProps/core.xml", core, (gsize) 0, NULL);
  g_autoptr(GBytes) word_untitled = make_zip ("word/document.xml", untitled, (gsize) 0,
                                              "docProps/core.xml", core, (gsize) 0, NULL);
  g_autoptr(GBytes) fayan = make_zip ("word/document.xml", untitled, (gsize) 0,
                                      "docProps/core.xml", core, (gsize) 0,
                                      "docProps/custom.xml", custom, (gsize) 0, NULL);
  g_autoptr(FyDocument) from_word = import_bytes (word, NULL, NULL);
  g_autoptr(FyDocument) from_word_untitled = import_bytes (word_untitled, NULL, NULL);
  g_autoptr(FyDocument) from_fayan = import_bytes (fayan, NULL, NULL);

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (from_word, 0)), ==, FY_BLOCK_ROLE_TITLE);
  g_assert_cmpstr (fy_document_get_title (from_word), ==, "关于做好今冬明春森林防火工作的通知");
  g_assert_null (fy_document_get_speaker (from_word));
  g_assert_null (fy_document_get_title (from_word_untitled));
  g_assert_null (fy_document_get_speaker (from_word_untitled));
  g_assert_cmpstr (fy_document_get_title (from_fayan), ==, "2019年度工作总结");
  g_assert_cmpstr (fy_document_get_speaker (from_fayan), ==, "Administrator");
}

/* A list typed in Word keeps its numbers in numbering.xml and a footnote
 * its text in footnotes.xml: both print, the number as text before the
 * item (which stays a paragraph, though "1.……；" reads like a heading),
 * the note as a paragraph after the one that refers to it, marked ①. */
static void
test_import_lists_and_notes (void)
{
  static const char rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"" "http://schemas.openxmlformats.org/package/2006/relationships" "\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>"
    "</Relationships>";
  static const char numbering[] =
    "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xef\x82\xb7\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "</w:numbering>";
  static const char footnotes[] =
    "<?xml version=\"1.0\"?><w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:footnote w:id=\"0\" w:type=\"separator\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
    "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> 由市委党校承办，每期5天。</w:t></w:r></w:p></w:footnote>"
    "</w:footnotes>";
#define ITEM(num, lvl, text) \
  "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" lvl "\"/><w:numId w:val=\"" num "\"/></w:numPr></w:pPr>" \
  "<w:r><w:t>" text "</w:t></w:r></w:p>"
  static const char body[] =
    BODY_START
    "<w:p><w:r><w:t>重点办好以下班次：</w:t></w:r></w:p>"
    ITEM ("2", "0", "县处级领导干部进修班，全年2期；")
    ITEM ("2", "1", "春季班；")
    ITEM ("2", "1", "秋季班；")
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr>"
    "<w:r><w:t>专题培训班</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
    "<w:footnoteReference w:id=\"2\"/></w:r><w:r><w:t>，全年2期。</w:t></w:r></w:p>"
    ITEM ("3", "0", "带好学员名单")
    "<w:p><w:r><w:t>请各单位认真组织。</w:t></w:r></w:p>"
    BODY_END;
#undef ITEM
  g_autoptr(GBytes) bytes = make_zip ("word/document.xml", body, (gsize) 0,
                                      "word/_rels/document.xml.rels", rels, (gsize) 0,
                                      "word/numbering.xml", numbering, (gsize) 0,
                                      "word/footnotes.xml", footnotes, (gsize) 0, NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = import_bytes (bytes, &warnings, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 8);
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "1.县处级领导干部进修班，全年2期；");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "（一）春季班；");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "（二）秋季班；");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "2.专题培训班①，全年2期。");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "①由市委党校承办，每期5天。");
  /* a bullet is kept as text (session 18: List Bullet items lost it);
   * Symbol's private U+F0B7, which no Chinese font draws, as ● */
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "●带好学员名单");
  assert_one_warning (warnings, "Paragraph 5: note ① is printed");
}

/* Word's list numbers: a level whose parent never started prints the
 * parent's first number (1.1., not 0.1.); a w:num that restarts a level
 * (w:startOverride, or a level defined anew) starts there, one that does
 * not goes on with the numbers of its abstract list. */
static void
test_import_list_restarts (void)
{
  static const char rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"" "http://schemas.openxmlformats.org/package/2006/relationships" "\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
    "</Relationships>";
  static const char numbering[] =
    "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
    "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"0\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"5\"/></w:lvl></w:lvlOverride></w:num>"
    "</w:numbering>";
#define ITEM(num, lvl, text) \
  "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" lvl "\"/><w:numId w:val=\"" num "\"/></w:numPr></w:pPr>" \
  "<w:r><w:t>" text "</w:t></w:r></w:p>"
  static const char body[] =
    BODY_START
    ITEM ("2", "1", "河道保洁；") ITEM ("2", "0", "汛前检查；") ITEM ("2", "0", "堤防加固；")
    ITEM ("4", "0", "人员培训；") ITEM ("4", "0", "物资储备；") ITEM ("5", "0", "值班值守；")
    ITEM ("6", "0", "信息报送。")
    BODY_END;
#undef ITEM
  static const char *const printed[] = {
    "1.1.河道保洁；", "1.汛前检查；", "2.堤防加固；", "1.人员培训；", "2.物资储备；", "3.值班值守；", "5.信息报送。",
  };
  g_autoptr(GBytes) bytes = make_zip ("word/document.xml", body, (gsize) 0,
                                      "word/_rels/document.xml.rels", rels, (gsize) 0,
                                      "word/numbering.xml", numbering, (gsize) 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = import_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, G_N_ELEMENTS (printed));
  for (guint i = 0; i < G_N_ELEMENTS (printed); i++)
    fy_test_assert_block (document, i, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, printed[i]);
}

/* Every numeral system of ST_NumberFormat (ECMA-376) an office in China
 * may meet is written as Word prints it: counting 一 … 十一 (the names
 * Word, WPS and LibreOffice Writer use for it: Writer saves 一、 as
 * taiwaneseCountingThousand), digit by digit, 壹 贰, 甲 乙, 子 丑, 甲子,
 * ① ⑴ ⒈ ㊀, full-width digits, Roman numerals, letters; a level marked
 * w:isLgl shows its parents' numbers in digits.  A system Fayan does not
 * write (Korean, Hebrew), or a number its series has no sign for (the
 * eleventh 甲 乙), comes in as digits, and one warning per system names
 * it and the first paragraph. */
static void
test_import_number_formats (void)
{
  static const struct { const char *format; int n; const char *label; } cases[] = {
    { "decimal", 11, "11" }, { "decimalHalfWidth", 3, "3" }, { "decimalZero", 7, "07" },
    { "decimalFullWidth", 12, "１２" }, { "decimalFullWidth2", 3, "３" },
    { "chineseCounting", 11, "十一" }, { "chineseCountingThousand", 20, "二十" },
    { "taiwaneseCounting", 3, "三" }, { "taiwaneseCountingThousand", 12, "十二" },
    { "japaneseCounting", 105, "一百零五" },
    { "ideographDigital", 10, "一〇" }, { "taiwaneseDigital", 12, "一二" },
    { "japaneseDigitalTenThousand", 3, "三" },
    { "chineseLegalSimplified", 12, "壹拾贰" }, { "ideographLegalTraditional", 3, "參" },
    { "ideographTraditional", 4, "丁" }, { "ideographZodiac", 12, "亥" },
    { "ideographZodiacTraditional", 11, "甲戌" },
    { "decimalEnclosedCircle", 20, "⑳" }, { "decimalEnclosedCircle", 21, "21" },
    { "decimalEnclosedCircleChinese", 3, "③" }, { "decimalEnclosedParen", 2, "⑵" },
    { "decimalEnclosedFullstop", 5, "⒌" }, { "ideographEnclosedCircle", 1, "㊀" },
    { "upperRoman", 14, "XIV" }, { "lowerRoman", 9, "ix" }, { "upperLetter", 28, "BB" },
    { "lowerLetter", 2, "b" }, { "hex", 11, "B" }, { "chicago", 5, "**" }, { "none", 1, "" },
    /* not written: digits, and a warning */
    { "koreanCounting", 2, "2" }, { "ideographTraditional", 11, "11" }, { "hebrew1", 1, "1" },
    { "koreanCounting", 5, "5" },
  };
  static const char rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"" "http://schemas.openxmlformats.org/package/2006/relationships" "\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
    "</Relationships>";
  g_autoptr(GString) numbering = g_string_new ("<?xml version=\"1.0\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
  g_autoptr(GString) body = g_string_new (BODY_START);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;
  guint n = G_N_ELEMENTS (cases);

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (numbering, "<w:abstractNum w:abstractNumId=\"%u\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"%d\"/>"
                              "<w:numFmt w:val=\"%s\"/><w:lvlText w:val=\"%%1、\"/></w:lvl></w:abstractNum>",
                              i, cases[i].n, cases[i].format);
      g_string_append_printf (numbering, "<w:num w:numId=\"%u\"><w:abstractNumId w:val=\"%u\"/></w:num>", i + 1, i);
      g_string_append_printf (body, "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"%u\"/></w:numPr></w:pPr>"
                              "<w:r><w:t>做好汛前检查；</w:t></w:r></w:p>", i + 1);
    }
  /* 一、 over a legal level: 1.1 */
  g_string_append_printf (numbering, "<w:abstractNum w:abstractNumId=\"%u\">"
                          "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%%1、\"/></w:lvl>"
                          "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:isLgl/><w:lvlText w:val=\"%%1.%%2\"/></w:lvl>"
                          "</w:abstractNum><w:num w:numId=\"%u\"><w:abstractNumId w:val=\"%u\"/></w:num></w:numbering>",
                          n, n + 1, n);
  g_string_append_printf (body, "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"%u\"/></w:numPr></w:pPr>"
                          "<w:r><w:t>做好汛前检查；</w:t></w:r></w:p>"
                          "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"%u\"/></w:numPr></w:pPr>"
                          "<w:r><w:t>做好汛前检查；</w:t></w:r></w:p>" BODY_END, n + 1, n + 1);
  bytes = make_zip ("word/document.xml", body->str, (gsize) 0,
                    "word/_rels/document.xml.rels", rels, (gsize) 0,
                    "word/numbering.xml", numbering->str, (gsize) 0, NULL);
  document = import_bytes (bytes, &warnings, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, n + 2);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = fy_document_dup_block_text (document, i);
      g_autofree char *expected = g_strconcat (cases[i].label, "、做好汛前检查；", NULL);

      g_test_message ("%s %d: %s", cases[i].format, cases[i].n, text);
      g_assert_cmpstr (text, ==, expected);
    }
  fy_test_assert_block (document, n, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "一、做好汛前检查；");
  fy_test_assert_block (document, n + 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "1.1做好汛前检查；");
  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("warning: %s", (const char *) g_ptr_array_index (warnings, i));
  g_assert_cmpuint (warnings->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (warnings, 0), ==,
                   "Paragraph 32 (“做好汛前检查；”): its list number is in Word’s “koreanCounting” style, "
                   "which Fayan does not write, so it came in as 2. Check the numbers of that list.");
  /* 甲 … 癸, which Fayan writes (丁 above), has no 11th sign */
  g_assert_cmpstr (g_ptr_array_index (warnings, 1), ==,
                   "Paragraph 33 (“做好汛前检查；”): its list number is in Word’s “ideographTraditional” "
                   "style, which has no sign for number 11, so it came in as digits. Check the numbers "
                   "of that list.");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (warnings, 2), "Paragraph 34 (“做好汛前检查；”): "
                                   "its list number is in Word’s “hebrew1” style"));
}

/* Headings numbered by a Word list, as a colleague's file has them: the
 * number is the heading's own ordinal, printed as written, whether the
 * list numbers Normal paragraphs (WPS: w:numPr on each, a short line no
 * sentence is a heading, an item that is one a paragraph) or the heading
 * styles Word's multilevel list is linked to (w:numPr in the style; a
 * paragraph's w:numId 0 takes the number away). */
static void
test_import_list_headings (void)
{
  static const char rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"" "http://schemas.openxmlformats.org/package/2006/relationships" "\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    "</Relationships>";
  static const char numbering[] =
    "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
    "</w:numbering>";
  /* Chinese Word's ids for its heading styles */
  static const char styles[] =
    "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/>"
    "<w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/>"
    "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
    "</w:styles>";
#define ITEM(lvl, text) \
  "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" lvl "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>" \
  "<w:r><w:t>" text "</w:t></w:r></w:p>"
#define STYLED(id, text) \
  "<w:p><w:pPr><w:pStyle w:val=\"" id "\"/></w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"
  static const char body[] =
    BODY_START
    ITEM ("0", "压实安全生产责任")
    ITEM ("1", "落实领导带班")
    ITEM ("2", "各单位要在12月25日前完成自查；")
    "<w:p><w:r><w:t>节日期间不得脱岗。</w:t></w:r></w:p>"
    STYLED ("1", "森林资源保护")
    STYLED ("2", "森林防火")
    STYLED ("1", "林业产业发展")
    "<w:p><w:pPr><w:pStyle w:val=\"1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr>"
    "<w:r><w:t>结语</w:t></w:r></w:p>"
    BODY_END;
#undef ITEM
#undef STYLED
  g_autoptr(GBytes) bytes = make_zip ("word/document.xml", body, (gsize) 0,
                                      "word/_rels/document.xml.rels", rels, (gsize) 0,
                                      "word/numbering.xml", numbering, (gsize) 0,
                                      "word/styles.xml", styles, (gsize) 0, NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = import_bytes (bytes, &warnings, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 8);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_HEADING, 1, NULL, "一、压实安全生产责任");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_HEADING, 2, NULL, "（一）落实领导带班");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "1.各单位要在12月25日前完成自查；");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_HEADING, 1, NULL, "一、森林资源保护");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_HEADING, 2, NULL, "（一）森林防火");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_HEADING, 1, NULL, "二、林业产业发展");
  fy_test_assert_block (document, 7, FY_BLOCK_ROLE_HEADING, 1, NULL, "结语");
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AS_WRITTEN);
}

/* A text box as Word writes it (DrawingML in mc:Choice, the same box in
 * VML in mc:Fallback) or as an older file has it (VML alone): its text
 * is kept once, as paragraphs after the one that holds it, and the
 * warning names it; a picture is still a picture. */
static void
test_import_text_box (void)
{
#define BOX_TEXT "<w:txbxContent><w:p><w:r><w:t>数据来源：县统计局</w:t></w:r></w:p>" \
                 "<w:p><w:r><w:t>截至11月30日。</w:t></w:r></w:p></w:txbxContent>"
  static const char body[] =
    "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>"
    "<w:p><w:r><w:t>全县秋冬种面积完成计划的101%。</w:t></w:r><w:r><mc:AlternateContent>"
    "<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>" BOX_TEXT "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox>" BOX_TEXT "</v:textbox></v:shape></w:pict></mc:Fallback>"
    "</mc:AlternateContent></w:r></w:p>"
    "<w:p><w:r><w:t>油菜长势良好。</w:t></w:r></w:p>"
    "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>图例：已播种</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    "<w:p><w:r><w:t>长势图如下：</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing/></mc:Choice>"
    "<mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    BODY_END;
#undef BOX_TEXT
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_body (body, &warnings);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 6);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "全县秋冬种面积完成计划的101%。");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "数据来源：县统计局");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "截至11月30日。");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "油菜长势良好。");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "图例：已播种");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "长势图如下：");
  g_assert_cmpuint (warnings->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "Paragraph 1: the text of its text box (“数据来源：县统计局 截至11"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "Paragraph 5: the text of its text box (“图例：已播种”)"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 2), "Paragraph 7 (“长势图如下：”): a picture"));
}

/* Past ⑳ a note's mark is a bracketed number (〔21〕), in the text, in
 * the note's paragraph and in the warning that names it. */
static void
test_import_many_notes (void)
{
  static const char rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"" "http://schemas.openxmlformats.org/package/2006/relationships" "\">"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>"
    "</Relationships>";
  g_autoptr(GString) footnotes = g_string_new ("<?xml version=\"1.0\"?><w:footnotes xmlns:w=\""
                                               "http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
  g_autoptr(GString) body = g_string_new (BODY_START);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;

  for (guint i = 1; i <= 21; i++)
    {
      g_string_append_printf (footnotes, "<w:footnote w:id=\"%u\"><w:p><w:r><w:t>第%u条的依据。</w:t></w:r></w:p></w:footnote>",
                              i, i);
      g_string_append_printf (body, "<w:p><w:r><w:t>第%u条</w:t></w:r><w:r><w:footnoteReference w:id=\"%u\"/></w:r>"
                              "<w:r><w:t>照此执行。</w:t></w:r></w:p>", i, i);
    }
  g_string_append (footnotes, "</w:footnotes>");
  g_string_append (body, BODY_END);
  bytes = make_zip ("word/document.xml", body->str, (gsize) 0,
                    "word/_rels/document.xml.rels", rels, (gsize) 0,
                    "word/footnotes.xml", footnotes->str, (gsize) 0, NULL);
  document = import_bytes (bytes, &warnings, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 42);
  fy_test_assert_block (document, 38, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "第20条⑳照此执行。");
  fy_test_assert_block (document, 39, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "⑳第20条的依据。");
  fy_test_assert_block (document, 40, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "第21条〔21〕照此执行。");
  fy_test_assert_block (document, 41, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "〔21〕第21条的依据。");
  g_assert_cmpuint (warnings->len, ==, 21);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 19), "Paragraph 20: note ⑳ is printed"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 20), "Paragraph 21: note 〔21〕 is printed"));
}

/* Session 18's new user: a signature and date pushed right with
 * ideographic spaces (or spaces, or tabs) instead of Word's right
 * alignment are the signature and the date line; a paragraph indented
 * by its two ideographic spaces, and a long line pushed in, stay body
 * text.  Two tabs push a line as far as four ideographic spaces (each
 * blank counts as itself, not as what follows it). */
static void
test_import_pushed_signature (void)
{
  static const char body[] =
    BODY_START
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>关于社区养老服务的几点体会</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>各位领导、同志们：</w:t></w:r></w:p>"
    "<w:p><w:r><w:t xml:space=\"preserve\">　　今年以来，我们新建社区食堂十二家。</w:t></w:r></w:p>"
    "<w:p><w:r><w:t xml:space=\"preserve\">　　张三同志</w:t></w:r></w:p>"
    "<w:p><w:r><w:t xml:space=\"preserve\">　　　　　　　　以上发言，请各位领导和同志们批评指正。</w:t></w:r></w:p>"
    "<w:p><w:r><w:tab/><w:tab/><w:t>市民政局</w:t></w:r></w:p>"
    "<w:p><w:r><w:t xml:space=\"preserve\">                                        张　三</w:t></w:r></w:p>"
    "<w:p><w:r><w:tab/><w:tab/><w:tab/><w:t xml:space=\"preserve\">　2026年12月6日</w:t></w:r></w:p>"
    BODY_END;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_body (body, &warnings);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 8);
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "今年以来，我们新建社区食堂十二家。");
  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "张三同志");
  fy_test_assert_block (document, 4, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "以上发言，请各位领导和同志们批评指正。");
  fy_test_assert_block (document, 5, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "市民政局");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_SIGNATURE, 0, NULL, "张　三");
  fy_test_assert_block (document, 7, FY_BLOCK_ROLE_DATE_LINE, 0, NULL, "2026年12月6日");
}

/* Session 18's new user: underlined words and a quotation in 楷体 inside
 * body text were dropped without a word.  Fayan prints neither: the
 * text stays and the warnings name the paragraph.  A heading in 楷体 (as
 * GB/T 9704 sets the second level) says nothing. */
static void
test_import_underline_kaiti (void)
{
  static const char body[] =
    BODY_START
    "<w:p><w:r><w:t>今年以来，我们</w:t></w:r><w:r><w:rPr><w:u w:val=\"single\"/></w:rPr>"
    "<w:t>新建社区食堂十二家</w:t></w:r><w:r><w:t>。</w:t></w:r></w:p>"
    "<w:p><w:r><w:rPr><w:u w:val=\"none\"/></w:rPr><w:t>不划线的一段。</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>正如老人们说的：</w:t></w:r><w:r><w:rPr><w:rFonts w:eastAsia=\"楷体_GB2312\"/></w:rPr>"
    "<w:t>“食堂办到了家门口。”</w:t></w:r></w:p>"
    "<w:p><w:r><w:rPr><w:rFonts w:ascii=\"KaiTi\" w:eastAsia=\"KaiTi\"/></w:rPr><w:t>（一）摸清需求</w:t></w:r></w:p>"
    BODY_END;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_body (body, &warnings);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 4);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "今年以来，我们新建社区食堂十二家。");
  fy_test_assert_block (document, 2, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "正如老人们说的：“食堂办到了家门口。”");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 3)), ==, FY_BLOCK_ROLE_HEADING);
  g_assert_nonnull (warnings);
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "Paragraph 1 (“今年以来，我们新建社区食堂十二家"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "underlining is left out"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "Paragraph 3 (“正如老人们说的"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "in 楷体 are printed in the face of the words around"));
}

/* A level-2 heading set in 楷体 by its paragraph style, its runs naming
 * only a Latin face (Times New Roman, as Word writes for the digits), is
 * in 楷体: a heading though it ends in 。.  A style's 仿宋 is not. */
static void
test_import_kaiti_style_heading (void)
{
  static const char styles[] =
    "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:style w:type=\"paragraph\" w:styleId=\"Level2\"><w:name w:val=\"二级标题\"/>"
    "<w:rPr><w:rFonts w:eastAsia=\"楷体_GB2312\"/></w:rPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Body\"><w:name w:val=\"正文段\"/>"
    "<w:rPr><w:rFonts w:eastAsia=\"仿宋_GB2312\"/></w:rPr></w:style>"
    "</w:styles>";
#define PARA(style, text) \
  "<w:p><w:pPr><w:pStyle w:val=\"" style "\"/></w:pPr><w:r><w:rPr>" \
  "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/></w:rPr><w:t>" text "</w:t></w:r></w:p>"
  static const char body[] =
    BODY_START
    PARA ("Body", "今年以来，我们新建社区食堂十二家。")
    PARA ("Level2", "（一）阵地建设逐步规范。")
    PARA ("Body", "（二）服务人次大幅增加。")
    BODY_END;
#undef PARA
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_with_styles (body, styles, &warnings);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 3);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_PARAGRAPH);
}

/* Underlined words and words in 楷体 in a table's cells are said as in a
 * paragraph, naming the cell; a cell with neither says nothing. */
static void
test_import_underline_kaiti_cells (void)
{
  static const char body[] =
    BODY_START
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>完成情况</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p><w:r><w:t>新建食堂</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>十二家，</w:t></w:r><w:r><w:rPr><w:u w:val=\"single\"/></w:rPr>"
    "<w:t>超额两家</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p><w:r><w:t>老人评价</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:rPr><w:rFonts w:eastAsia=\"楷体_GB2312\"/></w:rPr>"
    "<w:t>“饭菜合口。”</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    BODY_END;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_body (body, &warnings);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 1);
  g_assert_nonnull (warnings);
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "Paragraph 2 (a table, row 2, cell 2): its underlining"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "Paragraph 3 (a table, row 3, cell 2): its words in 楷体"));
}

/* A title set as two centred paragraphs, the joint issuers over the
 * rest (中共……县委　……县人民政府 / 关于表彰……的决定), is one title: the
 * second is no speaker; the 发文字号 under it goes above it, and one
 * centred above it stays there.  A speaker
 * line under a title stays one. */
static void
test_import_title_two_paragraphs (void)
{
  static const char body[] =
    BODY_START
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>中共临河县委　临河县人民政府</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>关于表彰2026年度抗旱救灾先进集体的决定</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>临委发〔2026〕9号</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>各乡镇党委、人民政府：</w:t></w:r></w:p>"
    BODY_END;
  static const char speech[] =
    BODY_START
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>在全县抗旱工作会议上的讲话</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>县长　李　明</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>同志们：</w:t></w:r></w:p>"
    BODY_END;
  static const char above[] =
    BODY_START
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>临委发〔2026〕9号</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>关于表彰2026年度抗旱救灾先进集体的决定</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>各乡镇党委、人民政府：</w:t></w:r></w:p>"
    BODY_END;
  g_autoptr(FyDocument) document = import_body (body, NULL);
  g_autoptr(FyDocument) with_speaker = import_body (speech, NULL);
  static const char issues[] =
    BODY_START
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>临府办发〔2026〕5号</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>关于印发《临江县冬春农田水利建设方案》的通知</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>各乡镇人民政府：</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>现将《临江县冬春农田水利建设方案》印发给你们，请认真贯彻执行。</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>临江县冬春农田水利建设方案</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>今冬明春，全县完成渠道清淤120公里。</w:t></w:r></w:p>"
    BODY_END;
  g_autoptr(FyDocument) number_above = import_body (above, NULL);
  g_autoptr(FyDocument) issuing = import_body (issues, NULL);

  fy_test_assert_block (number_above, 0, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "临委发〔2026〕9号");
  fy_test_assert_block (number_above, 1, FY_BLOCK_ROLE_TITLE, 0, NULL, "关于表彰2026年度抗旱救灾先进集体的决定");
  fy_test_assert_block (number_above, 2, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "各乡镇党委、人民政府：");
  /* the document the notice issues, known by the name its title quotes */
  fy_test_assert_block (issuing, 4, FY_BLOCK_ROLE_TITLE, 0, NULL, "临江县冬春农田水利建设方案");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 3);
  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "临委发〔2026〕9号");
  fy_test_assert_block (document, 1, FY_BLOCK_ROLE_TITLE, 0, NULL,
                        "中共临河县委　临河县人民政府关于表彰2026年度抗旱救灾先进集体的决定");
  g_assert_cmpstr (fy_document_get_title (document), ==,
                   "中共临河县委　临河县人民政府关于表彰2026年度抗旱救灾先进集体的决定");
  fy_test_assert_block (with_speaker, 1, FY_BLOCK_ROLE_SPEAKER, 0, NULL, "县长　李　明");
}

/* The lines poppler reads in @document printed on the GB/T 9704 grid. */
static GPtrArray *
printed_lines (FyDocument *document)
{
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_autoptr(FyLayout) layout = fy_test_typeset (document, "gbt9704", &pdf_bytes);
  g_autoptr(PopplerDocument) pdf = fy_test_pdf_open_bytes (pdf_bytes);

  return fy_test_pdf_lines (pdf);
}

/* A title its author broke into two paragraphs that read as no one
 * title (two slogans over ——在……上的交流发言): the second, centred as
 * large as the first (二号, 44 half-points), or in the title's style
 * again, is the title's second line, not the speaker, and the title
 * prints on the two lines the author chose.  A centred line set smaller
 * (三号) stays the speaker. */
static void
test_import_title_lines (void)
{
#define CENTRED(size, text) \
  "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"" size "\"/></w:rPr>" \
  "<w:t>" text "</w:t></w:r></w:p>"
#define TITLED(text) "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"
#define REST \
  CENTRED ("32", "——在全县水利工作会议上的交流发言") CENTRED ("32", "县水利局") \
  "<w:p><w:r><w:t>尊敬的各位领导：</w:t></w:r></w:p>" BODY_END
  static const char sized[] =
    BODY_START CENTRED ("44", "坚持问题导向　狠抓工作落实") CENTRED ("44", "奋力推动农田水利建设提质增效") REST;
  static const char styled[] =
    BODY_START TITLED ("坚持问题导向　狠抓工作落实") TITLED ("奋力推动农田水利建设提质增效") REST;
  static const char speaker[] =
    BODY_START CENTRED ("44", "在全县水利工作会议上的讲话") CENTRED ("32", "县水利局局长　周明远")
    "<w:p><w:r><w:t>同志们：</w:t></w:r></w:p>" BODY_END;
  static const char styles[] =
    "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
    "<w:rPr><w:sz w:val=\"44\"/></w:rPr></w:style></w:styles>";
  static const char rels[] =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"" "http://schemas.openxmlformats.org/package/2006/relationships" "\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    "</Relationships>";
#undef CENTRED
#undef TITLED
#undef REST
  const char *title = "坚持问题导向　狠抓工作落实\n奋力推动农田水利建设提质增效";
  g_autoptr(GBytes) bytes = make_zip ("word/document.xml", styled, (gsize) 0,
                                      "word/_rels/document.xml.rels", rels, (gsize) 0,
                                      "word/styles.xml", styles, (gsize) 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) by_size = import_body (sized, NULL);
  g_autoptr(FyDocument) by_style = import_bytes (bytes, NULL, &error);
  g_autoptr(FyDocument) with_speaker = import_body (speaker, NULL);
  g_autoptr(GPtrArray) lines = NULL;

  g_assert_no_error (error);
  for (guint k = 0; k < 2; k++)
    {
      FyDocument *document = k == 0 ? by_size : by_style;

      fy_test_assert_block (document, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, title);
      fy_test_assert_block (document, 1, FY_BLOCK_ROLE_SUBTITLE, 0, NULL, "——在全县水利工作会议上的交流发言");
      fy_test_assert_block (document, 2, FY_BLOCK_ROLE_SPEAKER, 0, NULL, "县水利局");
      fy_test_assert_block (document, 3, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "尊敬的各位领导：");
    }
  fy_test_assert_block (with_speaker, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "在全县水利工作会议上的讲话");
  fy_test_assert_block (with_speaker, 1, FY_BLOCK_ROLE_SPEAKER, 0, NULL, "县水利局局长　周明远");

  lines = printed_lines (by_size);
  /* (poppler reads no character where the ideographic space stands) */
  g_assert_cmpstr (((FyTestPdfLine *) g_ptr_array_index (lines, 0))->text->str, ==, "坚持问题导向狠抓工作落实");
  g_assert_cmpstr (((FyTestPdfLine *) g_ptr_array_index (lines, 1))->text->str, ==, "奋力推动农田水利建设提质增效");
}

/* The lines under a title that a colleague set in Word's Title style
 * with it, in a .docx python-docx wrote (tests/data/docx/title-style.py):
 * a 发文字号 comes in as the number, printed above the title in the
 * number's face and size, and a ——line as the subtitle; neither joins
 * the title, where it would print in 小标宋 as part of it. */
static void
test_import_title_style_lines (void)
{
  g_autofree char *notice_path = g_test_build_filename (G_TEST_DIST, "data", "docx", "title-style-notice.docx", NULL);
  g_autofree char *speech_path = g_test_build_filename (G_TEST_DIST, "data", "docx", "title-style-speech.docx", NULL);
  g_autoptr(GFile) notice_file = g_file_new_for_path (notice_path);
  g_autoptr(GFile) speech_file = g_file_new_for_path (speech_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) notice = fy_import_file (notice_file, NULL, &error);
  g_autoptr(FyDocument) speech = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  FyTestPdfLine *number, *title;

  g_assert_no_error (error);
  speech = fy_import_file (speech_file, NULL, &error);
  g_assert_no_error (error);
  fy_test_assert_block (notice, 0, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "县政府办〔2026〕12号");
  fy_test_assert_block (notice, 1, FY_BLOCK_ROLE_TITLE, 0, NULL, "关于做好今冬明春农村饮水安全保障工作的通知");
  fy_test_assert_block (notice, 2, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "各乡镇人民政府，县直有关单位：");
  g_assert_cmpstr (fy_document_get_title (notice), ==, "关于做好今冬明春农村饮水安全保障工作的通知");
  fy_test_assert_block (speech, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "守好群众的水缸子");
  fy_test_assert_block (speech, 1, FY_BLOCK_ROLE_SUBTITLE, 0, NULL, "——在全县冬春农村饮水工作推进会上的讲话");
  fy_test_assert_block (speech, 2, FY_BLOCK_ROLE_SPEAKER, 0, NULL, "县水利局局长　郑远山");
  fy_test_assert_block (speech, 3, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "同志们：");

  lines = printed_lines (notice);
  number = g_ptr_array_index (lines, 0);
  title = g_ptr_array_index (lines, 1);
  g_test_message ("number: %s (%s %.1f); title: %s (%s %.1f)", number->text->str, number->font, number->size,
                  title->text->str, title->font, title->size);
  g_assert_cmpstr (number->text->str, ==, "县政府办〔2026〕12号");
  g_assert_true (g_str_has_prefix (title->text->str, "关于做好"));
  g_assert_cmpfloat (number->size, <, title->size);
  g_assert_cmpstr (number->font, !=, title->font);
}

/* Changes of format only, tracked (a colleague's 加粗 or 居中 with 修订
 * on), are accepted on open like the others, and counted with them: a
 * phrase made bold across two runs is one, as Word lists it; a
 * paragraph's, its mark's, a cell's and the section's one each. */
static void
test_import_format_changes (void)
{
  static const char body[] =
    BODY_START
    "<w:p><w:r><w:t>今年以来，</w:t></w:r>"
    "<w:r><w:rPr><w:b/><w:rPrChange w:id=\"1\" w:author=\"王科长\"><w:rPr/></w:rPrChange></w:rPr><w:t>新建食堂</w:t></w:r>"
    "<w:r><w:rPr><w:b/><w:rPrChange w:id=\"2\" w:author=\"王科长\"><w:rPr/></w:rPrChange></w:rPr><w:t>十二家</w:t></w:r>"
    "<w:r><w:t>，服务老人</w:t></w:r>"
    "<w:r><w:rPr><w:u w:val=\"single\"/><w:rPrChange w:id=\"3\" w:author=\"王科长\"><w:rPr/></w:rPrChange></w:rPr>"
    "<w:t>三千余人次</w:t></w:r><w:r><w:t>。</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:jc w:val=\"center\"/><w:pPrChange w:id=\"4\" w:author=\"王科长\"><w:pPr/></w:pPrChange></w:pPr>"
    "<w:r><w:t>居中的一段。</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:rPr><w:b/><w:rPrChange w:id=\"5\" w:author=\"王科长\"><w:rPr/></w:rPrChange></w:rPr></w:pPr>"
    "<w:r><w:t>段落标记加粗。</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:fill=\"D9D9D9\"/><w:tcPrChange w:id=\"6\" w:author=\"王科长\"><w:tcPr/></w:tcPrChange></w:tcPr>"
    "<w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:pPr><w:jc w:val=\"right\"/><w:pPrChange w:id=\"7\" w:author=\"王科长\"><w:pPr/></w:pPrChange></w:pPr>"
    "<w:r><w:t>十二家</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
    "<w:sectPrChange w:id=\"8\" w:author=\"王科长\"><w:sectPr/></w:sectPrChange></w:sectPr>"
    BODY_END;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(FyDocument) document = import_body (body, &warnings);

  fy_test_assert_block (document, 0, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "今年以来，新建食堂十二家，服务老人三千余人次。");
  g_assert_nonnull (warnings);
  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (warnings, i));
  /* the bold phrase, the underlined one, the centred paragraph, the
   * bold mark, the shaded cell, the cell's paragraph, the section */
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, warnings->len - 1), "The document had 7 tracked changes"));
}

/* A notice typed in Word with its 附件 after it: the 附件说明, the
 * signature and date, then on a new page a label alone (附件1, or 附件2
 * in bold) and the attached document's own title, centred, over its
 * text or its form.  Each title is a title, as the plain-text import
 * makes it (fy_import_is_attached_title()), so each attached document
 * prints on pages of its own: read back from the PDF, page 1 ends with
 * the date, the next pages open with the label and the title, and no
 * character is lost. */
static void
test_import_attached_documents (void)
{
#define PARA(text) "<w:p><w:r><w:t>" text "</w:t></w:r></w:p>"
#define CENTRED(text) "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"
#define RIGHT(text) "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"
#define PAGE_BREAK "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
#define CELL(text) "<w:tc><w:p><w:r><w:t>" text "</w:t></w:r></w:p></w:tc>"
  static const char body[] =
    BODY_START
    CENTRED ("关于印发《柳溪镇冬季防火巡查工作方案》的通知")
    PARA ("各村（社区），镇属各单位：")
    PARA ("现将《柳溪镇冬季防火巡查工作方案》印发给你们，请结合实际认真抓好落实。")
    PARA ("附件：1．柳溪镇冬季防火巡查工作方案")
    PARA ("　　　2．巡查人员登记表")
    RIGHT ("柳溪镇人民政府")
    RIGHT ("2026年11月20日")
    PAGE_BREAK
    PARA ("附件1")
    CENTRED ("柳溪镇冬季防火巡查工作方案")
    PARA ("为做好今冬明春森林防火工作，结合我镇实际，制定本方案。")
    PARA ("一、巡查时间")
    PARA ("自2026年12月1日起至2027年3月31日止，每日安排专人巡查。")
    PAGE_BREAK
    "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>附件2</w:t></w:r></w:p>"
    CENTRED ("巡查人员登记表")
    "<w:tbl><w:tr>" CELL ("村（社区）") CELL ("巡查员") CELL ("联系电话") "</w:tr>"
    "<w:tr>" CELL ("青石村") CELL ("周志远") CELL ("8123401") "</w:tr></w:tbl>"
    BODY_END;
#undef PARA
#undef CENTRED
#undef RIGHT
#undef PAGE_BREAK
#undef CELL
  g_autoptr(FyDocument) document = import_body (body, NULL);
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *first = NULL, *second = NULL, *third = NULL, *all = NULL, *source = NULL;
  g_autoptr(GString) typed = g_string_new (NULL);

  fy_test_assert_block (document, 3, FY_BLOCK_ROLE_ATTACHMENT, 0, NULL,
                        "附件：1．柳溪镇冬季防火巡查工作方案\n2．巡查人员登记表");
  fy_test_assert_block (document, 6, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "附件1");
  fy_test_assert_block (document, 7, FY_BLOCK_ROLE_TITLE, 0, NULL, "柳溪镇冬季防火巡查工作方案");
  fy_test_assert_block (document, 12, FY_BLOCK_ROLE_TITLE, 0, NULL, "巡查人员登记表");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 13)), ==, FY_BLOCK_ROLE_TABLE);
  g_assert_cmpstr (fy_document_get_title (document), ==, "关于印发《柳溪镇冬季防火巡查工作方案》的通知");

  layout = fy_test_typeset (document, "gbt9704", &bytes);
  pdf = fy_test_pdf_open_bytes (bytes);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 3);
  for (int i = 0; i < 3; i++)
    {
      g_autofree char *text = fy_test_pdf_page_text (pdf, i);
      char **page = i == 0 ? &first : i == 1 ? &second : &third;

      *page = fy_test_strip_spaces (text);
    }
  g_test_message ("%s\n%s\n%s", first, second, third);
  g_assert_nonnull (strstr (first, "2026年11月20日"));
  g_assert_null (strstr (first, "附件1"));
  g_assert_true (g_str_has_prefix (second, "附件1柳溪镇冬季防火巡查工作方案为做好"));
  g_assert_true (g_str_has_prefix (third, "附件2巡查人员登记表"));

  /* what was typed is what prints, page numbers aside */
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = fy_block_dup_text (fy_document_get_block (document, i));

      g_string_append (typed, text);
    }
  source = fy_test_strip_spaces (typed->str);
  all = g_strconcat (first, second, third, NULL);
  g_assert_cmpuint (g_utf8_strlen (all, -1), ==, g_utf8_strlen (source, -1) + 3 * g_utf8_strlen ("—1—", -1));
}

/* A first paragraph not centred is the title only while nothing better
 * comes: a centred title right under it (特急 over the title) takes
 * the title back, and so does a headline with its occasion under a
 * short line (临川发布, the account it was copied from); neither warns
 * of a title taken from a plain paragraph. */
static void
test_import_plain_title_furniture (void)
{
#define PARA(text) "<w:p><w:r><w:t>" text "</w:t></w:r></w:p>"
#define CENTRED(text) "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>" text "</w:t></w:r></w:p>"
  static const char urgent[] =
    BODY_START
    PARA ("特急")
    CENTRED ("关于做好寒潮天气防范应对工作的紧急通知")
    PARA ("各乡镇人民政府，县直各单位：")
    PARA ("据气象部门预报，本周将有强寒潮过境，请立即做好防范应对工作。")
    BODY_END;
  static const char copied[] =
    BODY_START
    PARA ("青川发布")
    PARA ("守牢安全底线　护航平安青川——在全县安全生产工作会议上的交流发言")
    PARA ("各位领导、同志们：")
    PARA ("今年以来，我们始终把安全生产摆在突出位置，全县未发生较大以上事故。")
    BODY_END;
#undef PARA
#undef CENTRED
  g_autoptr(GPtrArray) urgent_warnings = NULL;
  g_autoptr(GPtrArray) copied_warnings = NULL;
  g_autoptr(FyDocument) first = import_body (urgent, &urgent_warnings);
  g_autoptr(FyDocument) second = import_body (copied, &copied_warnings);

  fy_test_assert_block (first, 0, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "特急");
  fy_test_assert_block (first, 1, FY_BLOCK_ROLE_TITLE, 0, NULL, "关于做好寒潮天气防范应对工作的紧急通知");
  fy_test_assert_block (first, 2, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "各乡镇人民政府，县直各单位：");
  g_assert_cmpuint (urgent_warnings->len, ==, 0);

  fy_test_assert_block (second, 0, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "青川发布");
  fy_test_assert_block (second, 1, FY_BLOCK_ROLE_TITLE, 0, NULL,
                        "守牢安全底线　护航平安青川——在全县安全生产工作会议上的交流发言");
  fy_test_assert_block (second, 2, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "各位领导、同志们：");
  g_assert_cmpuint (copied_warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (copied_warnings, 0), "Paragraph 2 (“守牢安全底线"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/docx/import/bad", test_import_bad);
  g_test_add_func ("/core/docx/import/warnings", test_import_warnings);
  g_test_add_func ("/core/docx/import/comments", test_import_comments);
  g_test_add_func ("/core/docx/import/red", test_import_red);
  g_test_add_func ("/core/docx/import/red-style", test_import_red_style);
  g_test_add_func ("/core/docx/import/highlight", test_import_highlight);
  g_test_add_func ("/core/docx/import/page-headers", test_import_page_headers);
  g_test_add_func ("/core/docx/import/landscape", test_import_landscape);
  g_test_add_func ("/core/docx/import/table-header", test_import_table_header);
  g_test_add_func ("/core/docx/import/merged-cells", test_import_merged_cells);
  g_test_add_func ("/core/docx/import/nested-table", test_import_nested_table);
  g_test_add_func ("/core/docx/import/stale-properties", test_import_stale_properties);
  g_test_add_func ("/core/docx/import/lists-and-notes", test_import_lists_and_notes);
  g_test_add_func ("/core/docx/import/many-notes", test_import_many_notes);
  g_test_add_func ("/core/docx/import/list-restarts", test_import_list_restarts);
  g_test_add_func ("/core/docx/import/list-headings", test_import_list_headings);
  g_test_add_func ("/core/docx/import/number-formats", test_import_number_formats);
  g_test_add_func ("/core/docx/import/text-box", test_import_text_box);
  g_test_add_func ("/core/docx/import/pushed-signature", test_import_pushed_signature);
  g_test_add_func ("/core/docx/import/underline-kaiti", test_import_underline_kaiti);
  g_test_add_func ("/core/docx/import/kaiti-style-heading", test_import_kaiti_style_heading);
  g_test_add_func ("/core/docx/import/title-two-paragraphs", test_import_title_two_paragraphs);
  g_test_add_func ("/core/docx/import/title-lines", test_import_title_lines);
  g_test_add_func ("/core/docx/import/title-style-lines", test_import_title_style_lines);
  g_test_add_func ("/core/docx/import/underline-kaiti-cells", test_import_underline_kaiti_cells);
  g_test_add_func ("/core/docx/import/format-changes", test_import_format_changes);
  g_test_add_func ("/core/docx/import/attached-documents", test_import_attached_documents);
  g_test_add_func ("/core/docx/import/plain-title-furniture", test_import_plain_title_furniture);

  return g_test_run ();
}

/* fy-web-text-private.h — what web pages leave in copied text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Rules the importer and the linter share about text copied from news
 * and government sites, document-sharing sites and WeChat articles:
 * lines of site boilerplate (来源：… 浏览次数 … 打印本页 关闭窗口) and
 * the page-chunk markers ("2、" "3、" …) such sites put where they split
 * an article into pages, often in the middle of a word.
 */

/**
 * FyWebLine:
 * @FY_WEB_LINE_TEXT: part of the text
 * @FY_WEB_LINE_DOUBTFUL: reads like furniture, but documents hold such
 *   lines too (主办单位：…, 编辑：…): kept where nothing else says it is
 *   furniture
 * @FY_WEB_LINE_FURNITURE: the site's furniture beyond doubt: it goes
 * @FY_WEB_LINE_STAMP: a WeChat article's posting stamp: it goes
 * @FY_WEB_LINE_CAPTION: the caption of a photo the copy lost: it goes
 */
typedef enum
{
  FY_WEB_LINE_TEXT,
  FY_WEB_LINE_DOUBTFUL,
  FY_WEB_LINE_FURNITURE,
  FY_WEB_LINE_STAMP,
  FY_WEB_LINE_CAPTION,
} FyWebLine;

FyWebLine fy_web_text_classify           (const char     *line);
guint8  *fy_web_text_judge_lines         (char          **lines,
                                          guint           n,
                                          gboolean       *evidence);
gboolean fy_web_text_is_boilerplate      (const char     *line);
gboolean fy_web_text_is_end_mark         (const char     *line);
gboolean fy_web_text_is_button_row       (const char     *line);
void     fy_web_text_judge_article_list  (char          **lines,
                                          guint8         *verdicts,
                                          guint           n);
gboolean fy_web_text_is_posting_stamp    (const char     *line,
                                          guint           above);
gboolean fy_web_text_read_chunk_marker   (const gunichar *chars,
                                          gsize           n,
                                          gsize           at,
                                          guint          *number,
                                          gsize          *length);
gboolean fy_web_text_is_counter          (gunichar        c);
gboolean fy_web_text_chunk_fits          (guint           number,
                                          guint           expected);

gboolean   fy_web_text_stops_open         (const char     *line);
void       fy_web_text_clean_lines        (GPtrArray      *lines,
                                           GPtrArray      *captions,
                                           GPtrArray      *furniture);
gboolean   fy_web_text_is_photo_caption   (const char     *line);
char      *fy_web_text_split_title        (const char     *line,
                                           char          **rest);
GPtrArray *fy_web_text_split_points       (const char     *paragraph);
char      *fy_web_text_keep_clause_space  (const char     *line);
gboolean   fy_web_text_is_name_line       (const char     *line);
gboolean   fy_web_text_pads_name          (const char     *line,
                                           const char     *space,
                                           const char     *after,
                                           const char     *end);
gboolean   fy_web_text_parts_issuers      (const char     *line,
                                           const char     *space,
                                           const char     *after,
                                           const char     *end);
gsize      fy_web_text_attendance_label   (const char     *line,
                                           gsize           length);
gboolean   fy_web_text_is_attendance_line (const char     *line,
                                           gsize           length);
gsize      fy_web_text_field_label_len    (const char     *text);
gboolean   fy_web_text_opens_next_field   (const char     *line,
                                           const char     *at,
                                           gsize           length);
gboolean   fy_web_text_indents_paragraphs (char          **lines);
char     **fy_web_text_strip_line_numbers (char         **raw);
char     **fy_web_text_join_soft_breaks   (char          **raw,
                                           gboolean      (*stands_alone) (const char *line));

G_END_DECLS

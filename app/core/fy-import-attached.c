/* fy-import-attached.c — (private) the document a notice issues, after the notice
 *
 * A notice that issues a plan (关于印发《X方案》的通知) carries the plan
 * after its own signature and date, or after a 附件 label: the plan's
 * own title (X方案, without 《》), then its headings and text.  Pasted,
 * that title is one more short line, which an import would take for a
 * paragraph; GB/T 9704 sets it as a title, centred in the title face.
 * Only a line with the cues of such a title becomes one: it names a kind
 * of document, ends without punctuation, has text under it, and stands
 * where an attached document starts.  Under a label of its own (附件1,
 * 附件3 on a line alone) the attached document may be of any kind, a
 * table (…带班安排表) or rules (…报送要求): the label says what follows
 * is a document, so its first short line is the title.  The plain-text
 * import judges line by line; the .docx import, which has its roles from
 * styles and alignment first, judges its blocks after them by the same
 * rule (fy_import_find_attached_titles()).
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include <string.h>

#include "fy-block.h"
#include "fy-doc-labels.h"
#include "fy-document.h"
#include "fy-import-private.h"

#define ATTACHED_TITLE_MIN_CHARS 4
#define ATTACHED_TITLE_MAX_CHARS 50

/* The kinds of document a notice issues or forwards, as a title ends. */
static const char *const document_kinds[] = {
  "方案", "办法", "规定", "细则", "意见", "规划", "计划", "要点", "制度", "规则", "章程",
  "条例", "准则", "指引", "指南", "清单", "标准", "纲要", "预案", "规范", "守则", "决定",
  "通知", "报告", "目录", "名单", "公约", "须知", "指标",
  /* forms: 联络员信息表, 报名登记表 (not 代表) */
  "信息表", "登记表", "汇总表", "统计表", "申请表", "报名表", "明细表", "一览表", "推荐表", "回执",
};

/* The verbs of a notice that carries another document. */
static const char *const issuing_verbs[] = {
  "印发", "转发", "下发", "颁发", "发布", "公布",
};

/* Whether @text ends in one of @kinds, a bracket (（试行）,
 * （2026—2028年）) aside. */
static gboolean
names_document_kind (const char *text)
{
  g_autofree char *bare = g_strdup (text);
  gsize len = strlen (bare);

  if (len > 0 && g_str_has_suffix (bare, "）"))
    {
      char *open = g_strrstr (bare, "（");

      if (open != NULL && open > bare)
        *open = '\0';
    }
  for (guint i = 0; i < G_N_ELEMENTS (document_kinds); i++)
    if (g_str_has_suffix (bare, document_kinds[i]))
      return TRUE;
  return FALSE;
}

/* Whether @text ends in a mark that closes a sentence or a clause. */
static gboolean
ends_in_mark (const char *text)
{
  const char *end = text + strlen (text);
  const char *last = g_utf8_find_prev_char (text, end);

  return last == NULL ||
         g_utf8_strchr ("。！？；：，、….!?;:,", -1, g_utf8_get_char (last)) != NULL;
}

/* The name a notice's title quotes as the document it issues:
 * 关于印发《X》的通知 → X; NULL if it names none. */
static char *
issued_name (const char *title)
{
  const char *open;
  const char *close;
  gboolean issues = FALSE;

  if (title == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (issuing_verbs); i++)
    issues = issues || strstr (title, issuing_verbs[i]) != NULL;
  open = strstr (title, "《");
  close = open != NULL ? strstr (open, "》") : NULL;
  if (!issues || close == NULL)
    return NULL;
  open += strlen ("《");
  return g_strndup (open, close - open);
}

/**
 * fy_import_lists_members:
 * @caption: the line above @line
 * @line: a line
 *
 * Whether @line is a row of the list @caption heads: names
 * (fy_import_lists_names()), or organs set apart by spaces (县应急管理局
 * 　　县交通运输局), two at least, or one under a caption that ends in
 * 名单 (a 先进集体名单 of one organ to a line).
 *
 * Returns: %TRUE if @line is such a row
 */
gboolean
fy_import_lists_members (const char *caption,
                         const char *line)
{
  return fy_import_lists_names (line) ||
         fy_import_lists_organs (line, g_str_has_suffix (caption, "名单") ? 1 : 2);
}

/**
 * fy_import_follows_attached_list:
 * @text: a paragraph's text
 * @before: (nullable): the text of the paragraph before it
 * @attached_before: a document the notice carries has begun above
 *
 * Whether @text is the caption of one more list the notice carries:
 * it ends in 名单 and follows a row of the list before it, among the
 * documents after the notice (先进集体名单, its organs, then 先进个人名单).
 *
 * Returns: %TRUE if @text starts another attached list
 */
gboolean
fy_import_follows_attached_list (const char *text,
                                 const char *before,
                                 gboolean    attached_before)
{
  return attached_before && before != NULL && g_str_has_suffix (text, "名单") &&
         (fy_import_lists_names (before) || fy_import_lists_organs (before, 1));
}

/**
 * fy_import_is_attached_title:
 * @text: a paragraph's text, cleaned
 * @title: (nullable): the document's title
 * @after_close: the paragraph follows the notice's closing date or a
 *   附件 label
 * @labelled: the paragraph follows a label that stands alone (附件2)
 * @body_follows: headings or text (or a table, under a label) follow it
 *
 * Whether @text is the title of the document a notice issues: a line
 * of 4 to 50 characters with no final mark that names a kind of document
 * (方案, 办法, 细则 …) and has text under it, after the notice's date or
 * a 附件 label, or anywhere in the body when it is the very name the
 * notice's title quotes (关于印发《X》的通知, the line X); under a label
 * that stands alone, any such line that names no attachment by number.
 */
gboolean
fy_import_is_attached_title (const char *text,
                             const char *title,
                             gboolean    after_close,
                             gboolean    labelled,
                             gboolean    body_follows)
{
  glong chars = g_utf8_strlen (text, -1);
  g_autofree char *issued = NULL;

  if (!body_follows || chars < ATTACHED_TITLE_MIN_CHARS || chars > ATTACHED_TITLE_MAX_CHARS ||
      ends_in_mark (text))
    return FALSE;
  if (labelled && !fy_import_is_attachment_item (text) && !g_str_has_prefix (text, "《"))
    return TRUE;
  if (!names_document_kind (text))
    return FALSE;
  if (after_close)
    return TRUE;
  issued = issued_name (title);
  return issued != NULL && strcmp (issued, text) == 0;
}

/* Whether block @index of @document comes right after the closing
 * date or a label alone (附件, 附件2), where an attached document's
 * title stands, or, when a document the notice carries has begun
 * (@attached_before), after a row of a list. */
static gboolean
follows_date_or_label (FyDocument *document,
                       guint       index,
                       gboolean    attached_before)
{
  FyBlock *before;
  g_autofree char *text = NULL;
  g_autofree char *own = NULL;

  if (index == 0)
    return FALSE;
  before = fy_document_get_block (document, index - 1);
  if (fy_block_get_role (before) == FY_BLOCK_ROLE_DATE_LINE)
    return TRUE;
  text = fy_block_dup_text (before);
  own = fy_block_dup_text (fy_document_get_block (document, index));
  return fy_block_get_role (before) == FY_BLOCK_ROLE_PARAGRAPH &&
         ((fy_doc_is_attachment_label (text) && !ends_in_mark (text)) ||
          fy_import_follows_attached_list (own, text, attached_before));
}

/* The text of @document's block @index if it is a plain paragraph (no
 * lead, not markup alone), or a heading right under the closing date or
 * a label alone that the author did not number (## 先进个人名单 under a
 * 决定: the caption of a list, no section of the body; a colleague's
 * attached 方案 titled in Word's "Heading 1" under 附件), else NULL. */
static char *
dup_paragraph_text (FyDocument *document,
                    guint       index,
                    gboolean    attached_before)
{
  FyBlock *block = fy_document_get_block (document, index);
  FyBlockRole role = fy_block_get_role (block);
  char *text;

  if ((role != FY_BLOCK_ROLE_PARAGRAPH && role != FY_BLOCK_ROLE_HEADING) || fy_block_get_lead_end (block) > 0 ||
      fy_block_is_markup_only (block))
    return NULL;
  text = fy_block_dup_text (block);
  if (role == FY_BLOCK_ROLE_HEADING &&
      (!follows_date_or_label (document, index, attached_before) ||
       g_object_get_data (G_OBJECT (block), FY_IMPORT_OWN_ORDINAL_KEY) != NULL ||
       fy_numbering_strip_prefix (text, NULL, NULL, NULL)))
    g_clear_pointer (&text, g_free);
  return text;
}

/* Whether what follows block @index of @document is the body of an
 * attached document: a heading, a paragraph that ends a clause, a row
 * of a 名单 (fy_import_lists_members()), or, under a label that stands
 * alone (@labelled), a table. */
static gboolean
body_follows (FyDocument *document,
              guint       index,
              gboolean    labelled)
{
  FyBlock *next;
  g_autofree char *text = NULL;
  g_autofree char *caption = NULL;

  if (index + 1 >= fy_document_get_n_blocks (document))
    return FALSE;
  next = fy_document_get_block (document, index + 1);
  switch (fy_block_get_role (next))
    {
    case FY_BLOCK_ROLE_HEADING:
      return TRUE;
    case FY_BLOCK_ROLE_TABLE:
      return labelled;
    case FY_BLOCK_ROLE_PARAGRAPH:
      text = fy_block_dup_text (next);
      caption = fy_block_dup_text (fy_document_get_block (document, index));
      return ends_in_mark (text) || fy_import_lists_members (caption, text);
    default:
      return FALSE;
    }
}

/**
 * fy_import_find_attached_titles:
 * @document: an import whose blocks have their roles (a .docx)
 *
 * The titles of the documents a notice carries, after its body, become
 * titles, by the rule the plain-text import applies line by line
 * (fy_import_is_attached_title()): a body paragraph after the notice's
 * date or a 附件 label, with the attached document's body under it.
 * The typesetter then sets each attached document on pages of its own.
 */
void
fy_import_find_attached_titles (FyDocument *document)
{
  guint n = fy_document_get_n_blocks (document);
  g_autofree char *title = NULL;
  gboolean body_started = FALSE;
  gboolean attached_before = FALSE;

  /* the title, under a 发文字号 or not */
  for (guint k = 0; k < n && title == NULL; k++)
    if (fy_block_get_role (fy_document_get_block (document, k)) == FY_BLOCK_ROLE_TITLE)
      title = fy_block_dup_text (fy_document_get_block (document, k));
    else if (fy_block_get_role (fy_document_get_block (document, k)) != FY_BLOCK_ROLE_ISSUE_NUMBER)
      break;
  for (guint i = 1; i < n; i++)
    {
      FyBlock *before = fy_document_get_block (document, i - 1);
      FyBlockRole role = fy_block_get_role (before);
      g_autofree char *text = NULL;
      g_autofree char *label = NULL;
      gboolean labelled, after_close;

      body_started = body_started || (role != FY_BLOCK_ROLE_TITLE && role != FY_BLOCK_ROLE_SUBTITLE &&
                                      role != FY_BLOCK_ROLE_SPEAKER && role != FY_BLOCK_ROLE_DATE_LINE &&
                                      role != FY_BLOCK_ROLE_ISSUE_NUMBER &&
                                      role != FY_BLOCK_ROLE_SALUTATION);
      attached_before = attached_before || (body_started && role == FY_BLOCK_ROLE_TITLE);
      text = dup_paragraph_text (document, i, attached_before);
      label = dup_paragraph_text (document, i - 1, attached_before);
      if (text == NULL || !body_started)
        continue;
      /* a label alone: 附件2, not the 附件： of a list of names */
      labelled = label != NULL && fy_doc_is_attachment_label (label) && !ends_in_mark (label);
      after_close = role == FY_BLOCK_ROLE_DATE_LINE ||
                    (label != NULL && fy_doc_is_attachment_label (label)) ||
                    fy_import_follows_attached_list (text, label, attached_before);
      if (fy_import_is_attached_title (text, title, after_close, labelled,
                                       body_follows (document, i, labelled)))
        fy_block_set_role (fy_document_get_block (document, i), FY_BLOCK_ROLE_TITLE);
    }
}

/* fy-import-signature.c — (private) the signature lines above a closing date
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

/* Whether @block is a note in brackets (fy_doc_is_bracketed_note()). */
static gboolean
is_bracketed_note (FyBlock *block)
{
  g_autofree char *text = fy_block_dup_text (block);

  return fy_doc_is_bracketed_note (fy_block_get_role (block), text);
}

/* Whether @block is a line of the 版记: 抄送：……, or the organ that
 * prints the document and the date (……办公室　　2026年12月3日印发). */
static gboolean
is_imprint_line (FyBlock *block)
{
  g_autofree char *text = fy_block_dup_text (block);

  return fy_doc_is_copy_to_line (text) || fy_doc_is_printed_line (text);
}

/* Whether the date line at @index closes the document: it is the last
 * block, or a note in brackets follows it, or the 版记's lines do, or
 * both. */
/* A line of pictographs or rules only (a WeChat article's closing 🔚). */
static gboolean
is_decoration (FyBlock *block)
{
  g_autofree char *text = fy_block_dup_text (block);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
ends_document (FyDocument *document,
               guint       index)
{
  guint n = fy_document_get_n_blocks (document);
  guint q = index + 1;

  if (q < n && is_bracketed_note (fy_document_get_block (document, q)))
    q++;
  while (q < n && is_imprint_line (fy_document_get_block (document, q)))
    q++;
  while (q < n && is_decoration (fy_document_get_block (document, q)))
    q++;
  return q == n;
}

/* Whether the title of an attached document is at @index, or a 附件
 * label above it. */
static gboolean
opens_attached (FyDocument *document,
                guint       index)
{
  guint n = fy_document_get_n_blocks (document);
  g_autofree char *text = NULL;

  if (fy_block_get_role (fy_document_get_block (document, index)) == FY_BLOCK_ROLE_TITLE)
    return TRUE;
  text = fy_block_dup_text (fy_document_get_block (document, index));
  return index + 1 < n && fy_doc_is_attachment_label (text) &&
         fy_block_get_role (fy_document_get_block (document, index + 1)) == FY_BLOCK_ROLE_TITLE;
}

/* The date line that closes the notice block @index is in: one that
 * ends the document (see ends_document()), or one right before the
 * title of the document the notice issues (关于印发《X方案》的通知 …
 * 2026年3月2日, then X方案) or its 附件 label, a note in brackets
 * between them or not; -1 if none. */
static gint
closing_date (FyDocument *document,
              guint       index)
{
  guint n = fy_document_get_n_blocks (document);

  for (guint i = index + 1; i < n && i <= index + FY_IMPORT_SIGNATURE_MAX_LINES; i++)
    {
      if (fy_block_get_role (fy_document_get_block (document, i)) != FY_BLOCK_ROLE_DATE_LINE)
        continue;
      if (ends_document (document, i) || opens_attached (document, i + 1) ||
          (i + 2 < n && is_bracketed_note (fy_document_get_block (document, i + 1)) &&
           opens_attached (document, i + 2)))
        return (gint) i;
      return -1;
    }
  return -1;
}

/* Whether block @index is a paragraph of names, no lead, that may sign:
 * a row of people's names (王建国　　李晓明　　张　伟, fy_import_lists_names())
 * is a row of the list the text announces, not a joint signature. */
static gboolean
is_name_paragraph (FyDocument *document,
                   guint       index)
{
  FyBlock *block = fy_document_get_block (document, index);
  g_autofree char *text = NULL;

  if (fy_block_get_role (block) != FY_BLOCK_ROLE_PARAGRAPH || fy_block_get_lead_end (block) > 0)
    return FALSE;
  text = fy_block_dup_text (block);
  return fy_import_is_signature_like (text) && !fy_import_lists_names (text);
}

/**
 * fy_import_infers_signature:
 * @document: a document
 * @index: a block of @document
 *
 * The importers take a paragraph for the signature when it is a short
 * line of names right before a date line that ends the document, after
 * the body (as in a notice or report: 云岭市人民政府 / 2026年7月28日), or
 * one of up to four such lines (the bodies of a joint notice, two to a
 * line).  A note in brackets may follow the date (（联系人：……））, or the
 * title of the document the notice issues (关于印发《X方案》的通知).
 *
 * Returns: whether block @index is such a paragraph
 */
gboolean
fy_import_infers_signature (FyDocument *document,
                            guint       index)
{
  gint date = closing_date (document, index);
  guint first = index;

  if (date < 0 || index >= (guint) date || index + FY_IMPORT_SIGNATURE_MAX_LINES < (guint) date)
    return FALSE;
  for (guint k = index; k < (guint) date; k++)
    if (!is_name_paragraph (document, k))
      return FALSE;
  while (first > 0 && is_name_paragraph (document, first - 1))
    first--;
  if (first == 0)
    return FALSE;

  switch (fy_block_get_role (fy_document_get_block (document, first - 1)))
    {
    case FY_BLOCK_ROLE_TITLE:
    case FY_BLOCK_ROLE_SUBTITLE:
    case FY_BLOCK_ROLE_SPEAKER:
    case FY_BLOCK_ROLE_DATE_LINE:
    case FY_BLOCK_ROLE_ISSUE_NUMBER:
      return FALSE;
    default:
      return (guint) date - first <= FY_IMPORT_SIGNATURE_MAX_LINES;
    }
}

/**
 * fy_import_mark_signature:
 * @document: a document
 * @marked: (nullable) (element-type guint): blocks whose role the source
 *   marked, left alone
 *
 * Gives the signature role to the paragraphs fy_import_infers_signature()
 * takes for it.
 */
void
fy_import_mark_signature (FyDocument *document,
                          GArray     *marked)
{
  guint n = fy_document_get_n_blocks (document);
  g_autofree gboolean *sign = g_new0 (gboolean, n + 1);

  for (guint i = 0; i < n; i++)
    sign[i] = fy_import_infers_signature (document, i);
  for (guint i = 0; marked != NULL && i < marked->len; i++)
    if (g_array_index (marked, guint, i) < n)
      sign[g_array_index (marked, guint, i)] = FALSE;
  for (guint i = 0; i < n; i++)
    if (sign[i])
      fy_block_set_role (fy_document_get_block (document, i), FY_BLOCK_ROLE_SIGNATURE);
}

/**
 * fy_import_mark_closing:
 * @document: an import
 *
 * The closing is the last paragraph, before a date line if any, when it
 * reads as one (fy_import_is_closing_like(): 谢谢大家！, 以上发言……), in
 * a plain-text import and a .docx alike.
 */
void
fy_import_mark_closing (FyDocument *document)
{
  for (guint i = fy_document_get_n_blocks (document); i > 1; i--)
    {
      FyBlock *last = fy_document_get_block (document, i - 1);
      g_autofree char *text = NULL;

      if (fy_block_get_role (last) == FY_BLOCK_ROLE_DATE_LINE)
        continue;
      text = fy_block_dup_text (last);
      if (fy_block_get_role (last) == FY_BLOCK_ROLE_PARAGRAPH && fy_import_is_closing_like (text))
        fy_block_set_role (last, FY_BLOCK_ROLE_CLOSING);
      return;
    }
}

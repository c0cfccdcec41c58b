/* fy-import-attachment.c — the attachment note (附件说明) an import finds
 *
 * A notice or report ends its body with "附件：1．……" and further lines
 * "2．……" (GB/T 9704 §7.3.5).  Pasted, written in Markdown or typed in
 * Word, these come as ordinary paragraphs, the item lines often taken for
 * numbered headings.  Every importer turns them into one attachment block,
 * one line per attachment, which the typesetter sets after a blank line
 * with the names hanging under the first one.
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
#include "fy-numbering.h"

/* An attachment's name is short; a numbered line longer than this is a
 * paragraph of its own. */
#define ITEM_MAX_CHARS 100
/* Nobody attaches more than this many files to a notice. */
#define ITEM_MAX_NUMBER 99

static const char *
skip_spaces (const char *p)
{
  while (*p && fy_doc_is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

/* "2．" "2." "2、" "２．" at the start of @text: its number, 0 if none.
 * @rest is set to what follows. */
static guint
parse_item_number (const char  *text,
                   const char **rest)
{
  const char *p = text;
  guint number = 0;
  guint n_digits = 0;

  for (;; n_digits++)
    {
      gunichar c = g_utf8_get_char (p);
      int digit = g_unichar_digit_value (c);

      if (digit < 0 || c > 0xFFFF || n_digits == 2)
        break;
      number = number * 10 + digit;
      p = g_utf8_next_char (p);
    }
  if (n_digits == 0 || number == 0 || number > ITEM_MAX_NUMBER)
    return 0;

  if (g_str_has_prefix (p, "．") || g_str_has_prefix (p, "、"))
    p += strlen ("．");
  else if (*p == '.' && (!g_ascii_isdigit (p[1]) || fy_numbering_opens_with_year (p + 1)))
    p++;
  else
    return 0;

  if (rest != NULL)
    *rest = skip_spaces (p);
  return number;
}

/* A line naming one attachment: "2．责任清单", no sentence in it. */
static guint
item_number (const char *text)
{
  const char *rest;
  guint number = parse_item_number (text, &rest);

  if (number == 0 || *rest == '\0' || g_utf8_strlen (rest, -1) > ITEM_MAX_CHARS ||
      strchr (rest, '\n') != NULL)
    return 0;
  for (const char *p = rest; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x3002 /* 。 */ || c == 0xFF01 /* ！ */ || c == 0xFF1F /* ？ */ ||
          c == 0xFF1B /* ； */)
        return 0;
    }
  return number;
}

/**
 * fy_import_attachment_note_rest:
 * @text: the text of a paragraph
 *
 * Returns: (nullable): what follows "附件：" (or "附件:") at the start of
 *   @text, spaces skipped, or %NULL if @text does not open with it
 */
const char *
fy_import_attachment_note_rest (const char *text)
{
  const char *p = skip_spaces (text);

  if (!g_str_has_prefix (p, "附件"))
    return NULL;
  p = skip_spaces (p + strlen ("附件"));
  if (g_str_has_prefix (p, "："))
    p += strlen ("：");
  else if (*p == ':')
    p++;
  else
    return NULL;

  return skip_spaces (p);
}

/**
 * fy_import_is_attachment_note:
 * @text: the text of a paragraph
 *
 * Returns: whether @text is an attachment note: "附件：" and at least one
 *   name ("附件：1．工作方案", "附件：工作方案")
 */
gboolean
fy_import_is_attachment_note (const char *text)
{
  const char *rest = fy_import_attachment_note_rest (text);

  return rest != NULL && *rest != '\0';
}

/**
 * fy_import_is_attachment_item:
 * @text: a line
 *
 * Returns: whether @text may name one attachment on a line of its own:
 *   "2．责任清单", a short numbered line without a sentence end
 */
gboolean
fy_import_is_attachment_item (const char *text)
{
  return item_number (skip_spaces (text)) > 0;
}

/* The number the next item line of @note must carry: 2 after
 * "附件：1．……\n", 1 after a bare "附件：", 0 when no item may follow. */
static guint
next_item_number (const char *note)
{
  const char *last_line = strrchr (note, '\n');
  const char *rest = fy_import_attachment_note_rest (note);
  guint number;

  if (rest == NULL)
    return 0;
  if (*rest == '\0')
    return 1;
  number = parse_item_number (last_line != NULL ? last_line + 1 : rest, NULL);
  return number > 0 ? number + 1 : 0;
}

/* The text @block prints: a heading's own ordinal, which the import took
 * out, in front. */
static char *
dup_written_text (FyBlock *block)
{
  g_autofree char *text = fy_block_dup_text (block);
  const char *ordinal = g_object_get_data (G_OBJECT (block), FY_IMPORT_OWN_ORDINAL_KEY);

  if (fy_block_get_role (block) == FY_BLOCK_ROLE_HEADING && ordinal != NULL)
    return g_strconcat (ordinal, text, NULL);
  return g_steal_pointer (&text);
}

/* "1. 工作方案" → "1.工作方案": the name hangs right after its number. */
static void
drop_space_after_number (char *line)
{
  const char *rest;
  char *space;

  if (parse_item_number (line, &rest) == 0)
    return;
  /* the spaces parse_item_number() skipped end at @rest */
  space = (char *) rest;
  while (space > line)
    {
      char *prev = g_utf8_find_prev_char (line, space);

      if (prev == NULL || !fy_doc_is_space (g_utf8_get_char (prev)))
        break;
      space = prev;
    }
  memmove (space, rest, strlen (rest) + 1);
}

/* Removes the spaces around line breaks and after "附件：", where Word
 * and Markdown sources indent the items to line them up. */
static void
tidy_note (FyBlock *note)
{
  g_autofree char *text = NULL;
  g_autofree char *rest_copy = NULL;
  g_auto(GStrv) lines = NULL;
  const char *rest;

  for (guint i = 0; i < fy_block_get_n_runs (note); i++)
    if (fy_block_get_run (note, i)->kind != FY_RUN_TEXT)
      return;

  text = fy_block_dup_text (note);
  rest = fy_import_attachment_note_rest (text);
  if (rest == NULL)
    return;
  rest_copy = g_strdup (rest);
  lines = g_strsplit (rest_copy, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *start = (char *) skip_spaces (lines[i]);
      char *end = start + strlen (start);

      while (end > start)
        {
          char *prev = g_utf8_find_prev_char (start, end);

          if (prev == NULL || !fy_doc_is_space (g_utf8_get_char (prev)))
            break;
          end = prev;
        }
      *end = '\0';
      memmove (lines[i], start, end - start + 1);
      drop_space_after_number (lines[i]);
    }
  g_free (rest_copy);
  rest_copy = g_strjoinv ("\n", lines);
  g_free (text);
  text = g_strconcat ("附件：", rest_copy, NULL);
  fy_block_set_text (note, text);
}

/* Adds @item's runs to @note as a line of its own, if @item names the
 * attachment @note expects next. */
static gboolean
absorb_item (FyBlock *note,
             FyBlock *item)
{
  g_autofree char *note_text = fy_block_dup_text (note);
  g_autofree char *item_text = NULL;
  const char *ordinal;
  FyBlockRole role = fy_block_get_role (item);
  guint expected = next_item_number (note_text);

  if (expected == 0 || (role != FY_BLOCK_ROLE_PARAGRAPH && role != FY_BLOCK_ROLE_HEADING) ||
      fy_block_get_lead_end (item) > 0 || fy_block_is_markup_only (item))
    return FALSE;

  /* one item a line (a Markdown paragraph under a bare 附件： holds them all) */
  item_text = dup_written_text (item);
  {
    g_auto(GStrv) lines = g_strsplit (item_text, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      if (item_number (skip_spaces (lines[i])) != expected + i)
        return FALSE;
  }

  ordinal = g_object_get_data (G_OBJECT (item), FY_IMPORT_OWN_ORDINAL_KEY);
  fy_block_begin_change (note);
  if (*fy_import_attachment_note_rest (note_text) != '\0')
    fy_block_append_run (note, FY_RUN_TEXT, "\n");
  if (role == FY_BLOCK_ROLE_HEADING && ordinal != NULL)
    fy_block_append_run (note, FY_RUN_TEXT, ordinal);
  for (guint i = 0; i < fy_block_get_n_runs (item); i++)
    {
      const FyRun *run = fy_block_get_run (item, i);

      fy_block_append_run (note, run->kind == FY_RUN_EMPHASIS ? FY_RUN_TEXT : run->kind, run->text);
    }
  fy_block_end_change (note);

  return TRUE;
}

/* Whether @block opens an attachment note: a body paragraph that starts
 * with "附件：", or one that is already a note. */
static gboolean
opens_note (FyBlock *block)
{
  g_autofree char *text = NULL;
  const char *rest;

  if (fy_block_get_role (block) == FY_BLOCK_ROLE_ATTACHMENT)
    return TRUE;
  if (fy_block_get_role (block) != FY_BLOCK_ROLE_PARAGRAPH || fy_block_get_lead_end (block) > 0)
    return FALSE;

  text = fy_block_dup_text (block);
  rest = fy_import_attachment_note_rest (text);
  return rest != NULL;
}

/**
 * fy_import_gather_attachments:
 * @blocks: (element-type FyBlock): the blocks of an import
 *
 * Turns each body paragraph that opens with "附件：" into an attachment
 * block and moves the item lines that follow it ("2．……", "3．……") into
 * it, one line each, removing them from @blocks.
 */
void
fy_import_gather_attachments (GPtrArray *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      FyBlock *note = g_ptr_array_index (blocks, i);
      g_autofree char *text = NULL;
      const char *rest;

      if (!opens_note (note))
        continue;

      /* A bare "附件：" is a note only with its items after it. */
      text = fy_block_dup_text (note);
      rest = fy_import_attachment_note_rest (text);
      if (rest != NULL && *rest == '\0')
        {
          if (i + 1 >= blocks->len || !absorb_item (note, g_ptr_array_index (blocks, i + 1)))
            continue;
          g_ptr_array_remove_index (blocks, i + 1);
        }

      fy_block_set_role (note, FY_BLOCK_ROLE_ATTACHMENT);
      fy_block_set_level (note, 0);
      while (i + 1 < blocks->len && absorb_item (note, g_ptr_array_index (blocks, i + 1)))
        g_ptr_array_remove_index (blocks, i + 1);
      tidy_note (note);
    }
}

/**
 * fy_import_gather_document_attachments:
 * @document: an imported document
 *
 * fy_import_gather_attachments() on the blocks of @document.
 */
void
fy_import_gather_document_attachments (FyDocument *document)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = fy_document_get_n_blocks (document);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (blocks, g_object_ref (fy_document_get_block (document, i)));
  fy_import_gather_attachments (blocks);
  if (blocks->len == n)
    return;

  /* Removing from the end keeps the positions of the others. */
  for (guint i = n, kept = blocks->len; i > 0; i--)
    {
      FyBlock *block = fy_document_get_block (document, i - 1);

      if (kept > 0 && g_ptr_array_index (blocks, kept - 1) == block)
        kept--;
      else
        fy_document_remove_block (document, i - 1);
    }
}

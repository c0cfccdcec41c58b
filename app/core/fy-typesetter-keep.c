/* fy-typesetter-keep.c — which blocks must not start a page
 *
 * GB/T 9704 7.3.5: the signature and date never stand alone on a page;
 * they go with at least two lines of the body text, and the attachment
 * note and a one-line closing formula (特此通知。) between them are no
 * body text for that.  A closing paragraph of more lines (以上审议意见，
 * 请……书面报告。) is: its last lines go with the signature, and the
 * section before it stays where it fits.  A sentence that announces a
 * list (……下列行为：) does not end a page without the first two lines
 * of the list, nor a speech's closing line its last page without two
 * lines of the body.  All are told to the paginator as keep_with_prev on the
 * blocks that follow the one that must not be left behind.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-typesetter"

#include "config.h"

#include <string.h>

#include "fy-typesetter-private.h"

/* Body lines that go with the signature block, and lines of a list with
 * its lead-in. */
#define KEEP_LINES 2

/* Blocks walked back over from a signature: a longer run of attachment
 * lines is no closing matter any page could hold. */
#define MAX_CLOSING_BLOCKS 12

/* Closing formulas of one line: 特此通知。 特此报告。 妥否，请批示。 */
static const char *const closing_starts[] = {
  "特此", "妥否", "当否", "以上报告", "以上请示", "以上意见", "以上发言", "以上汇报", "谢谢",
};

#define CLOSING_MAX_CHARS 20

/**
 * fy_typesetter_ends_with_colon:
 * @block: a block
 *
 * Whether @block ends with a colon, as a sentence that announces a table
 * or a list does.
 *
 * Returns: %TRUE if the last non-space character is "：" or ":"
 */
gboolean
fy_typesetter_ends_with_colon (FySourceBlock *block)
{
  const char *text = fy_source_block_get_printed_text (block);
  gsize len = strlen (text);

  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  return (len >= 3 && strncmp (text + len - 3, "：", 3) == 0) ||
         (len >= 1 && text[len - 1] == ':');
}

static FySourceBlock *
placed_block (FySource *source,
              GArray   *placed,
              guint     b)
{
  return fy_source_get_block (source, g_array_index (placed, FyPlaced, b).block_index);
}

static gboolean
is_body (FySource *source,
         GArray   *placed,
         guint     b)
{
  FyPlaced *p = &g_array_index (placed, FyPlaced, b);

  return p->table == NULL && fy_source_block_get_role (placed_block (source, placed, b)) == FY_BLOCK_ROLE_PARAGRAPH;
}

/* "附件：1．……" "附件:" "附件1" */
static gboolean
is_attachment_note (const char *text)
{
  const char *rest;

  if (!g_str_has_prefix (text, "附件"))
    return FALSE;
  rest = text + strlen ("附件");
  return g_str_has_prefix (rest, "：") || *rest == ':' || g_ascii_isdigit (*rest);
}

/* "2．……" "3.……" "4、……": a further line of an attachment note. */
static gboolean
is_attachment_item (const char *text)
{
  const char *p = text;

  while (g_ascii_isdigit (*p))
    p++;
  return p > text && (g_str_has_prefix (p, "．") || g_str_has_prefix (p, "、") || *p == '.');
}

/* A closing of more than one line (以上审议意见，请……书面报告。): no
 * formula but the last body text, which the signature goes with. */
static gboolean
is_closing_text (FySource *source,
                 GArray   *placed,
                 guint     b)
{
  FyPlaced *p = &g_array_index (placed, FyPlaced, b);

  return p->table == NULL && p->para->lines->len > 1 &&
         fy_source_block_get_role (placed_block (source, placed, b)) == FY_BLOCK_ROLE_CLOSING;
}

static gboolean
is_closing_formula (const char *text)
{
  if (g_utf8_strlen (text, -1) > CLOSING_MAX_CHARS)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (closing_starts); i++)
    if (g_str_has_prefix (text, closing_starts[i]))
      return TRUE;
  return FALSE;
}

/* Closing matter of one block: the attachment note, a closing
 * formula (a closing of one line). */
static gboolean
is_closing_block (FySource *source,
                  GArray   *placed,
                  guint     b)
{
  FyBlockRole role = fy_source_block_get_role (placed_block (source, placed, b));
  const char *text = fy_source_block_get_printed_text (placed_block (source, placed, b));

  return role == FY_BLOCK_ROLE_ATTACHMENT || role == FY_BLOCK_ROLE_CLOSING ||
         (is_body (source, placed, b) && (is_attachment_note (text) || is_closing_formula (text)));
}

/* How many blocks end at @b (inclusive) that are further lines of an
 * attachment note with the note's first line: 0 if @b is none. */
static guint
attachment_items (FySource *source,
                  GArray   *placed,
                  guint     b)
{
  guint m = 0;

  while (m <= b && m < MAX_CLOSING_BLOCKS && is_body (source, placed, b - m) &&
         is_attachment_item (fy_source_block_get_printed_text (placed_block (source, placed, b - m))))
    m++;
  if (m == 0 || m > b || !is_body (source, placed, b - m) ||
      !is_attachment_note (fy_source_block_get_printed_text (placed_block (source, placed, b - m))))
    return 0;
  return m + 1;
}

/* Marks the blocks from @end back to the body as not starting a page:
 * the closing matter before @end (the attachment note with its further
 * lines, closing formulas), which is no body text, and as many body
 * paragraphs as it takes for KEEP_LINES body lines to go with them.
 * The last of those is the paragraph the paginator splits so that two
 * of its lines go along; a shorter one goes whole. */
static void
keep_with_body (FySource *source,
                GArray   *placed,
                guint     end)
{
  guint lines = 0;
  guint b = end;
  guint walked = 0;

  while (b > 0 && walked++ < MAX_CLOSING_BLOCKS)
    {
      guint items = attachment_items (source, placed, b - 1);

      g_array_index (placed, FyPlaced, b).keep_with_prev = TRUE;
      if (items > 0)
        {
          for (guint q = b - items + 1; q < b; q++)
            g_array_index (placed, FyPlaced, q).keep_with_prev = TRUE;
          b -= items;
          continue;
        }
      if (is_closing_block (source, placed, b - 1) && !is_closing_text (source, placed, b - 1))
        {
          b--;
          continue;
        }
      if (!is_body (source, placed, b - 1) && !is_closing_text (source, placed, b - 1))
        break;
      lines += g_array_index (placed, FyPlaced, b - 1).para->lines->len;
      if (lines >= KEEP_LINES)
        break;
      b--;
    }
}

/* The signature block (or a closing date line) and the closing matter
 * before it go with KEEP_LINES lines of the body. */
static void
keep_signatures (FySource *source,
                 GArray   *placed)
{
  for (guint b = 0; b < placed->len; b++)
    {
      FyPlaced *p = &g_array_index (placed, FyPlaced, b);
      FyBlockRole role = fy_source_block_get_role (placed_block (source, placed, b));

      if (p->table != NULL || !p->keep_with_prev ||
          (role != FY_BLOCK_ROLE_SIGNATURE && role != FY_BLOCK_ROLE_DATE_LINE))
        continue;
      /* a date line under a signature moves with the signature */
      if (role == FY_BLOCK_ROLE_DATE_LINE && b > 0 &&
          fy_source_block_get_role (placed_block (source, placed, b - 1)) == FY_BLOCK_ROLE_SIGNATURE)
        continue;
      keep_with_body (source, placed, b);
    }
}

/* A paragraph that ends with a colon keeps with KEEP_LINES lines of the
 * paragraphs that follow it (the items it announces), or with the
 * heading after it. */
static void
keep_lists (FySource *source,
            GArray   *placed)
{
  for (guint b = 0; b + 1 < placed->len; b++)
    {
      guint lines = 0;

      if (!is_body (source, placed, b) || !fy_typesetter_ends_with_colon (placed_block (source, placed, b)))
        continue;
      for (guint q = b + 1; q < placed->len && lines < KEEP_LINES; q++)
        {
          FyPlaced *p = &g_array_index (placed, FyPlaced, q);

          /* items set as headings ("……要求如下：" over "（一）……"):
           * the first one brings its own two lines */
          if (p->table == NULL &&
              fy_source_block_get_role (placed_block (source, placed, q)) == FY_BLOCK_ROLE_HEADING)
            {
              p->keep_with_prev = TRUE;
              break;
            }
          if (!is_body (source, placed, q))
            break;
          p->keep_with_prev = TRUE;
          lines += p->para->lines->len;
        }
    }
}

/* A speech ends with its closing line (以上发言，不妥之处，请批评指正。
 * 谢谢大家！) and no signature: the closing goes with KEEP_LINES lines of
 * the body as a signature does, so that the last page never holds it
 * alone (session 27: four full pages, and the closing on a fifth).  A
 * closing of more lines is a paragraph like any other. */
static void
keep_closing_line (FySource *source,
                   GArray   *placed)
{
  guint b = placed->len;
  FyPlaced *last;

  while (b > 0 && fy_source_block_is_markup_only (placed_block (source, placed, b - 1)))
    b--;
  if (b < 2)
    return;
  last = &g_array_index (placed, FyPlaced, b - 1);
  if (last->table == NULL && last->para->lines->len <= KEEP_LINES && is_closing_block (source, placed, b - 1))
    keep_with_body (source, placed, b - 1);
}

/**
 * fy_typesetter_mark_keeps:
 * @source: the document
 * @placed: (element-type FyPlaced): its placed blocks, in order
 *
 * Sets keep_with_prev where the signature block, a speech's closing line
 * and a list's lead-in must not be parted from what they go with.
 */
void
fy_typesetter_mark_keeps (FySource *source,
                          GArray   *placed)
{
  keep_signatures (source, placed);
  keep_closing_line (source, placed);
  keep_lists (source, placed);
}

/* fy-import-paste.c — text pasted into the editor, into blocks
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include "fy-import.h"
#include "fy-import-private.h"

/*
 * A paste lands in the middle of a document, so it is read by the rules
 * of a plain-text import (fy-import.c) without the title or the closing,
 * unless the document is empty: then the text is the whole document and
 * reads as a file import of it would, so that Ctrl+V into a blank
 * document and `fayan-cli import` of the same text give one result.
 */

/* @text with bytes that are not UTF-8 replaced, normalized
 * (fy_import_normalize_input()). */
static char *
normalize_paste (const char *text,
                 gssize      length)
{
  g_autofree char *valid = g_utf8_make_valid (text, length);
  char *normalized = fy_import_normalize_input (valid, -1, NULL);

  g_assert (normalized != NULL);
  return normalized;
}

/**
 * fy_import_paste:
 * @text: UTF-8 text pasted into the editor
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 *
 * fy_import_paste_with_notes() without the notes.
 *
 * Returns: (transfer full) (element-type FyBlock): the blocks, possibly none
 */
GPtrArray *
fy_import_paste (const char *text,
                 gssize      length)
{
  return fy_import_paste_with_notes (text, length, NULL);
}

/**
 * fy_import_paste_with_notes:
 * @text: UTF-8 text pasted into the editor
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 * @notes: (out) (optional) (transfer full): what the paste left out and
 *   the warnings a file import of @text gives about it
 *
 * Turns pasted text into blocks by the rules of fy_import_plain_text(),
 * except that no line becomes the title or the closing: a paste lands in
 * the middle of a document.  Bytes that are not UTF-8 are replaced.
 * Half-width marks in Chinese text are set full-width, as in an import
 * (fy-import-marks.c).  A lost photo's caption, a web page's furniture
 * and a PDF's page numbers and running heads go, and @notes names them.
 *
 * Returns: (transfer full) (element-type FyBlock): the blocks, possibly none
 */
GPtrArray *
fy_import_paste_with_notes (const char     *text,
                            gssize          length,
                            FyImportNotes **notes)
{
  g_autofree char *normalized = NULL;
  g_autoptr(FyImportNotes) left_out = fy_import_notes_new ();
  GPtrArray *blocks;

  g_return_val_if_fail (text != NULL, NULL);

  normalized = normalize_paste (text, length);

  blocks = fy_import_plain_text_to_blocks (normalized, FALSE, NULL, left_out);
  fy_import_set_full_width_marks_in_blocks (blocks);
  fy_import_describe_left_out (left_out);
  if (notes != NULL)
    *notes = g_steal_pointer (&left_out);

  return blocks;
}

/* @text pasted into an empty document, read as a file import of it
 * reads it, the headings' ordinals aside. */
static FyDocument *
read_document (const char     *text,
               gssize          length,
               FyImportNotes **notes)
{
  g_autofree char *normalized = normalize_paste (text, length);
  g_autoptr(FyImportNotes) left_out = fy_import_notes_new ();
  FyDocument *document = fy_import_plain_text_to_document (normalized, left_out);

  fy_import_set_full_width_marks (document);
  if (notes != NULL)
    *notes = g_steal_pointer (&left_out);
  return document;
}

/**
 * fy_import_paste_document_with_notes:
 * @text: UTF-8 text pasted into an empty document
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 * @notes: (out) (optional) (transfer full): what the paste left out and
 *   the warnings about it
 *
 * Turns text pasted into an empty document into blocks as a file import
 * of the same text reads it (fy_import_plain_text()): it is the whole
 * document, so its title, subtitle, closing, signature and 发文字号 are
 * found.  Bytes that are not UTF-8 are replaced, and the half-width marks
 * of Chinese text are set full-width.  The headings keep their own
 * ordinals aside, as in fy_import_paste_with_notes(), for the document's
 * numbering to decide; fy_import_paste_document() decides it as the
 * file import does.
 *
 * Returns: (transfer full) (element-type FyBlock): the blocks, possibly none
 */
GPtrArray *
fy_import_paste_document_with_notes (const char     *text,
                                     gssize          length,
                                     FyImportNotes **notes)
{
  g_autoptr(FyDocument) document = NULL;
  GPtrArray *blocks = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (text != NULL, NULL);

  document = read_document (text, length, notes);
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    g_ptr_array_add (blocks, g_object_ref (fy_document_get_block (document, i)));

  return blocks;
}

/**
 * fy_import_paste_document:
 * @text: UTF-8 text pasted into an empty document
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 * @notes: (out) (optional) (transfer full): what the paste left out and
 *   the warnings about it
 *
 * The document @text pasted into an empty one makes: its blocks as
 * fy_import_paste_document_with_notes() reads them, and its numbering as
 * `fayan-cli import` of the same text sets it: "as written" where the
 * source numbers its own headings otherwise than the engine would, the
 * ordinals then back in their text (fy_import_keep_own_numbers()).
 *
 * Returns: (transfer full): the document
 */
FyDocument *
fy_import_paste_document (const char     *text,
                          gssize          length,
                          FyImportNotes **notes)
{
  FyDocument *document;

  g_return_val_if_fail (text != NULL, NULL);

  document = read_document (text, length, notes);
  fy_import_settle_numbering (document);
  return document;
}

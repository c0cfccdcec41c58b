/* fy-editor-clipboard.c — copy, cut and paste in the editor
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-editor"

#include "config.h"

#include <string.h>

#include "fy-editor-private.h"
#include "fy-paste-notes.h"
#include "fy-table.h"

/* Paste */

/* Whether the clipboard offers a picture and no text: a chart or a
 * screenshot copied, which a speech cannot hold. */
static gboolean
holds_picture_only (GdkClipboard *clipboard)
{
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);
  gsize n_types = 0;
  const char * const *types = gdk_content_formats_get_mime_types (formats, &n_types);
  gboolean picture = gdk_content_formats_contain_gtype (formats, GDK_TYPE_TEXTURE);

  for (gsize i = 0; i < n_types; i++)
    {
      if (g_str_has_prefix (types[i], "text/") || strcmp (types[i], "UTF8_STRING") == 0 ||
          strcmp (types[i], "STRING") == 0 || strcmp (types[i], "TEXT") == 0)
        return FALSE;
      picture |= g_str_has_prefix (types[i], "image/");
    }
  return picture && !gdk_content_formats_contain_gtype (formats, G_TYPE_STRING);
}

static void
paste_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(FyEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  if (text == NULL)
    {
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Nothing to paste: %s", error->message);
      if (holds_picture_only (GDK_CLIPBOARD (object)))
        fy_paste_notes_refuse (GTK_WIDGET (self), TRUE);
      else
        gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  fy_editor_paste_text (self, text);
}

static void
read_plain_text (GdkClipboard *clipboard,
                 FyEditor     *self)
{
  gdk_clipboard_read_text_async (clipboard, NULL, paste_read_cb, g_object_ref (self));
}

/* Clipboard HTML as UTF-8: as it comes, or from UTF-16 after its byte
 * order mark (Firefox's form); bytes that are not UTF-8 replaced. */
static char *
dup_html (GBytes *bytes)
{
  gsize size;
  const guchar *data = g_bytes_get_data (bytes, &size);

  if (size >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    return g_convert ((const char *) data + 2, size - 2, "UTF-8",
                      data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", NULL, NULL, NULL);
  return g_utf8_make_valid ((const char *) data, size);
}

static void
html_spliced_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FyEditor) self = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *html = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (object), result, NULL) >= 0)
    {
      bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (object));
      html = dup_html (bytes);
    }
  if (html == NULL || !fy_editor_paste_html (self, html))
    read_plain_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), self);
}

static void
html_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FyEditor) self = user_data;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (object), result, NULL, NULL);
  g_autoptr(GOutputStream) out = NULL;

  if (stream == NULL)
    {
      read_plain_text (GDK_CLIPBOARD (object), self);
      return;
    }
  out = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (out, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, html_spliced_cb, g_steal_pointer (&self));
}

/* GtkTextView overrides */

/* The selection as text, field chips written {{name}} so that pasting
 * them (here or into another speech) keeps them linked. */
static char *
dup_selection_text (FyEditor *self)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter start, end;
  GString *str;
  guint first, last;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return NULL;

  str = g_string_new (NULL);
  first = gtk_text_iter_get_line (&start);
  last = gtk_text_iter_get_line (&end);
  for (guint i = first; i <= last; i++)
    {
      g_autoptr(FyBlock) block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
      g_autofree char *text = NULL;
      GtkTextIter line_start, line_end;

      fy_editor_get_line_bounds (self, i, &line_start, &line_end);
      if (i == first)
        line_start = start;
      if (i == last)
        line_end = end;
      fy_editor_read_range (self, block, &line_start, &line_end);

      text = fy_block_dup_text (block);
      if (i > first)
        g_string_append_c (str, '\n');
      g_string_append (str, text);
    }

  return g_string_free (str, FALSE);
}

void
fy_editor_copy_clipboard (GtkTextView *text_view)
{
  FyEditor *self = FY_EDITOR (text_view);
  g_autofree char *text = dup_selection_text (self);

  if (text != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

void
fy_editor_cut_clipboard (GtkTextView *text_view)
{
  FyEditor *self = FY_EDITOR (text_view);
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);

  if (!gtk_text_view_get_editable (text_view))
    return;

  fy_editor_copy_clipboard (text_view);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_end_user_action (buffer);
  gtk_text_view_scroll_mark_onscreen (text_view, gtk_text_buffer_get_insert (buffer));
}

void
fy_editor_paste_clipboard (GtkTextView *text_view)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (text_view));

  /* A picture alone is not read as text: its bytes would come in as
   * junk ("\x89PNG") where a program answers any request with them. */
  if (holds_picture_only (clipboard))
    {
      fy_paste_notes_refuse (GTK_WIDGET (text_view), TRUE);
      return;
    }
  /* A web page's article, its headline a title (fy_editor_paste_html()),
   * where the plain text would make it a paragraph: in a document that
   * holds text.  Into an empty one the plain text finds the title. */
  if (gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (text_view)) > 0 &&
      gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "text/html"))
    {
      gdk_clipboard_read_async (clipboard, (const char *[]) { "text/html", NULL }, G_PRIORITY_DEFAULT,
                                NULL, html_read_cb, g_object_ref (text_view));
      return;
    }
  /* Pasted text goes through the import rules (numbering → headings,
   * wrap spaces removed) instead of GTK's rich-text paste. */
  read_plain_text (clipboard, FY_EDITOR (text_view));
}

static FyBlock *
read_block_range (FyEditor          *self,
                  FyEditorLine      *info,
                  const GtkTextIter *start,
                  const GtkTextIter *end)
{
  FyBlock *block = fy_block_new (info->role == FY_BLOCK_ROLE_TABLE ? FY_BLOCK_ROLE_PARAGRAPH
                                                                   : info->role);

  if (info->role == FY_BLOCK_ROLE_HEADING)
    fy_block_set_level (block, info->level);
  fy_editor_read_range (self, block, start, end);

  /* A table's part is pipe rows, which its block keeps as cells. */
  if (info->role == FY_BLOCK_ROLE_TABLE)
    {
      g_autoptr(FyBlock) rows = block;
      g_autofree char *text = fy_block_dup_text (rows);

      block = fy_table_block_new_from_pipe_rows (text);
    }

  return block;
}

/* A single line pasted: inserted as typed, wrap spaces removed. */
static void
paste_line (FyEditor      *self,
            GtkTextBuffer *buffer,
            const char    *text)
{
  g_autofree char *clean = fy_import_paste_line (text);

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, clean, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer));
}

/* A single row with tabs pasted at the end of a table or after it:
 * another row of that table when it has as many cells. */
static gboolean
paste_table_row (FyEditor   *self,
                 const char *text)
{
  g_autoptr(FyTable) table = fy_table_new_from_tsv (text, FALSE);
  g_autoptr(GPtrArray) pasted = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (pasted, fy_table_to_block (table));
  return fy_editor_table_paste_rows (self, pasted);
}

/* The lines that replace the cursor's line (@info, from @line_start to
 * @line_end, the cursor at @iter) in @blocks, with the model blocks they
 * stand for in @identities: the paragraph at the cursor is split around
 * the @pasted ones, into *@head and *@tail where there is text on either
 * side.  The pasted blocks stand for themselves in the model. */
static void
lines_around_cursor (FyEditor          *self,
                     FyEditorLine      *info,
                     const GtkTextIter *line_start,
                     const GtkTextIter *iter,
                     const GtkTextIter *line_end,
                     GPtrArray         *pasted,
                     GPtrArray         *blocks,
                     GPtrArray         *identities,
                     FyBlock          **head,
                     FyBlock          **tail)
{
  if (!gtk_text_iter_equal (line_start, iter))
    {
      *head = read_block_range (self, info, line_start, iter);
      g_ptr_array_add (blocks, *head);
      g_ptr_array_add (identities, info->block);
    }
  for (guint i = 0; i < pasted->len; i++)
    {
      g_ptr_array_add (blocks, g_ptr_array_index (pasted, i));
      g_ptr_array_add (identities, NULL);
    }
  if (!gtk_text_iter_equal (iter, line_end))
    {
      *tail = read_block_range (self, info, iter, line_end);
      g_ptr_array_add (blocks, *tail);
      g_ptr_array_add (identities, *head == NULL ? info->block : NULL);
    }

  for (guint i = 0; i < blocks->len; i++)
    if (g_ptr_array_index (identities, i) == NULL)
      identities->pdata[i] = g_ptr_array_index (blocks, i);
}

/* Paragraphs pasted (fy_import_paste()) or a table inserted: they
 * replace the selection, as lines of their own between the two halves of
 * the cursor's line, and the cursor ends after the last of them; one undo
 * step. */
void
fy_editor_insert_blocks (FyEditor  *self,
                         GPtrArray *pasted)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  g_autoptr(GPtrArray) blocks = g_ptr_array_new ();
  g_autoptr(GPtrArray) identities = g_ptr_array_new ();
  g_autoptr(FyBlock) head = NULL;
  g_autoptr(FyBlock) tail = NULL;
  GtkTextIter iter, line_start, line_end;
  FyEditorLine *info;
  guint line;
  guint last_pasted;

  fy_editor_push_undo_step (self);
  self->compound = TRUE;
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  self->compound = FALSE;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  line = gtk_text_iter_get_line (&iter);
  info = fy_editor_get_line (self, line);
  fy_editor_get_line_bounds (self, line, &line_start, &line_end);

  lines_around_cursor (self, info, &line_start, &iter, &line_end, pasted, blocks, identities,
                       &head, &tail);
  last_pasted = line + (head ? 1 : 0) + pasted->len - 1;
  fy_editor_replace_pasted_lines (self, line, 1, blocks, identities, last_pasted);
}

/**
 * fy_editor_replace_pasted_lines: (skip)
 * @position: the first line replaced
 * @n_removals: how many
 * @blocks: the new lines' content
 * @identities: the model blocks they stand for (see
 *   fy_editor_replace_lines())
 * @cursor_line: the line at whose end the cursor goes
 *
 * The end of a paste, after its undo step was pushed: lines replaced, the
 * cursor placed and shown, the new lines read back at the next sync.
 */
void
fy_editor_replace_pasted_lines (FyEditor  *self,
                                guint      position,
                                guint      n_removals,
                                GPtrArray *blocks,
                                GPtrArray *identities,
                                guint      cursor_line)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter start, end;

  fy_editor_replace_lines (self, position, n_removals,
                           (FyBlock **)blocks->pdata, (FyBlock **)identities->pdata,
                           blocks->len);
  fy_editor_get_line_bounds (self, cursor_line, &start, &end);
  gtk_text_buffer_place_cursor (buffer, &end);

  /* Only the lines written here need reading back. */
  fy_editor_touch_lines (self, position, position + blocks->len - 1);
  fy_editor_queue_sync_touched (self);
  self->scroll_jump = TRUE;
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer));
}

/**
 * fy_editor_paste_text:
 * @self: a #FyEditor
 * @text: text from the clipboard
 *
 * Inserts @text at the cursor the way pasting does: text of several
 * paragraphs goes through fy_import_paste(), so that 一、（一）1.（1）
 * prefixes become headings and wrap spaces disappear; a single line is
 * inserted as typed, wrap spaces removed.  Text pasted into an empty
 * document is read as a file import reads it, title and closing found
 * and the numbering set as the import sets it (fy_import_paste_document()).  Either way the half-width
 * marks of Chinese text are set full-width, as an import sets them.
 * Text that is not readable (control characters, a picture's bytes) is
 * not pasted, and a toast says so.
 * What the import rules leave out (a PDF's page numbers, a web page's
 * furniture, a lost photo's caption) is said in a toast of the window,
 * which lists the lines.
 */
void
fy_editor_paste_text (FyEditor   *self,
                      const char *text)
{
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(FyDocument) whole = NULL;
  g_autofree char *trimmed = NULL;
  FyImportNotes *notes = NULL;
  GtkTextBuffer *buffer;

  g_return_if_fail (FY_IS_EDITOR (self));
  g_return_if_fail (text != NULL);

  buffer = fy_editor_get_buffer_internal (self);
  if (!gtk_text_view_get_editable (GTK_TEXT_VIEW (self)))
    return;

  trimmed = g_strdup (text);
  g_strchomp (trimmed);
  if (!fy_import_is_readable_text (trimmed, -1))
    {
      fy_paste_notes_refuse (GTK_WIDGET (self), FALSE);
      return;
    }

  if (strchr (trimmed, '\n') == NULL && strchr (trimmed, '\r') == NULL)
    {
      if (strchr (trimmed, '\t') == NULL || !paste_table_row (self, trimmed))
        paste_line (self, buffer, trimmed);
      return;
    }

  /* Pasted into an empty document, the text is the whole document: read
   * as an import of it reads it (its title, closing, signature, its
   * numbering), so that the paste and `fayan-cli import` of the same
   * text agree. */
  if (gtk_text_buffer_get_char_count (buffer) == 0)
    {
      whole = fy_import_paste_document (trimmed, -1, &notes);
      pasted = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < fy_document_get_n_blocks (whole); i++)
        g_ptr_array_add (pasted, g_object_ref (fy_document_get_block (whole, i)));
    }
  else
    pasted = fy_import_paste_with_notes (trimmed, -1, &notes);
  if (pasted->len > 0 && !fy_editor_table_paste_rows (self, pasted))
    fy_editor_insert_blocks (self, pasted);
  /* in the paste's undo step, which noted the numbering before it */
  if (whole != NULL && pasted->len > 0 && self->document != NULL &&
      fy_document_get_numbering (whole) != fy_document_get_numbering (self->document))
    fy_document_set_numbering (self->document, fy_document_get_numbering (whole));
  /* said even when nothing but furniture was pasted */
  fy_paste_notes_show (GTK_WIDGET (self), notes);
}

/**
 * fy_editor_paste_html:
 * @self: a #FyEditor
 * @html: the clipboard's text/html
 *
 * Pastes a web page's article with its headline at the cursor, the
 * headline a title and the rest read as pasted text is
 * (fy_import_paste_html_with_notes()); what the paste left out is said
 * in a toast, as for text.
 *
 * Returns: %FALSE if @html holds no such article (no headline, an office
 *   program's HTML): nothing was pasted, the plain text should be
 */
gboolean
fy_editor_paste_html (FyEditor   *self,
                      const char *html)
{
  g_autoptr(GPtrArray) pasted = NULL;
  FyImportNotes *notes = NULL;

  g_return_val_if_fail (FY_IS_EDITOR (self), FALSE);
  g_return_val_if_fail (html != NULL, FALSE);

  if (!gtk_text_view_get_editable (GTK_TEXT_VIEW (self)))
    return TRUE;
  pasted = fy_import_paste_html_with_notes (html, -1, &notes);
  if (pasted == NULL)
    return FALSE;
  fy_editor_insert_blocks (self, pasted);
  fy_paste_notes_show (GTK_WIDGET (self), notes);
  return TRUE;
}

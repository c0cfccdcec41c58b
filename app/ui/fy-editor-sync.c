/* fy-editor-sync.c — the editor's buffer kept in step with the document model
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-editor"

#include "config.h"

#include <string.h>

#include "fy-editor-private.h"

/*
 * Buffer → model: every edit marks the editor dirty and an idle sync
 * copies changed lines into their blocks and splices the block list, so a
 * keystroke never waits for the model, and nothing is synced while an
 * input method shows preedit text (which is not in the buffer anyway).
 * Model → buffer: changes made by others (the outline, the fields panel)
 * rewrite the affected lines.  Callers flush the editor before editing the
 * model themselves.
 */

#define FIELD_TAG_PREFIX "field:"
#define SYNC_DELAY_MS 60

/* Helpers */

static GtkTextTag *
get_field_tag (FyEditor   *self,
               const char *name)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (fy_editor_get_buffer_internal (self));
  g_autofree char *tag_name = g_strconcat (FIELD_TAG_PREFIX, name, NULL);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, tag_name);

  if (tag == NULL)
    {
      tag = gtk_text_tag_new (tag_name);
      gtk_text_tag_table_add (table, tag);
      g_object_unref (tag);
    }

  return tag;
}

/* Returns the per-field tag at @iter, if the character there belongs to
 * a field chip. */
static GtkTextTag *
find_field_tag_at (const GtkTextIter *iter)
{
  g_autoptr(GSList) tags = gtk_text_iter_get_tags (iter);

  for (GSList *l = tags; l; l = l->next)
    {
      g_autofree char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      if (name != NULL && g_str_has_prefix (name, FIELD_TAG_PREFIX))
        return l->data;
    }

  return NULL;
}

char *
fy_editor_dup_field_display (FyEditor   *self,
                             const char *name,
                             gboolean   *is_set)
{
  const char *value = NULL;

  if (self->document != NULL)
    value = fy_document_get_field_value (self->document, name);

  *is_set = value != NULL && *value != '\0';
  if (!*is_set)
    return g_strdup (name);

  /* A chip stays on one line: the buffer's lines are the blocks. */
  return g_strdelimit (g_strdup (value), "\r\n", ' ');
}

/* A line break inside a block (a title set on two lines, say) is shown as
 * U+2028 LINE SEPARATOR, which wraps the line without starting a new
 * buffer line: buffer lines are blocks. */
#define LINE_SEPARATOR "\xe2\x80\xa8"

char *
fy_editor_encode_line_breaks (const char *text)
{
  g_autoptr(GString) str = NULL;

  if (strpbrk (text, "\r\n") == NULL)
    return g_strdup (text);

  str = g_string_new (NULL);
  for (const char *p = text; *p; p++)
    {
      if (*p == '\r' && p[1] == '\n')
        continue;
      if (*p == '\n' || *p == '\r')
        g_string_append (str, LINE_SEPARATOR);
      else
        g_string_append_c (str, *p);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

static char *
decode_line_breaks (char *text)
{
  g_auto(GStrv) parts = NULL;

  if (strstr (text, LINE_SEPARATOR) == NULL)
    return text;

  parts = g_strsplit (text, LINE_SEPARATOR, -1);
  g_free (text);

  return g_strjoinv ("\n", parts);
}

static void
insert_runs (FyEditor    *self,
             GtkTextIter *iter,
             FyBlock     *block)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);

  if (fy_block_get_role (block) == FY_BLOCK_ROLE_TABLE)
    {
      fy_editor_table_insert (self, iter, block);
      return;
    }

  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    {
      const FyRun *run = fy_block_get_run (block, i);

      if (run->kind == FY_RUN_FIELD)
        {
          gboolean is_set;
          g_autofree char *text = fy_editor_dup_field_display (self, run->text, &is_set);

          gtk_text_buffer_insert_with_tags (buffer, iter, text, -1,
                                            self->field_tag,
                                            get_field_tag (self, run->text),
                                            is_set ? NULL : self->unset_field_tag,
                                            NULL);
        }
      else
        {
          g_autofree char *text = fy_editor_encode_line_breaks (run->text);

          if (run->kind == FY_RUN_BOLD)
            gtk_text_buffer_insert_with_tags (buffer, iter, text, -1, self->lead_tag, NULL);
          else if (run->kind == FY_RUN_EMPHASIS)
            gtk_text_buffer_insert_with_tags (buffer, iter, text, -1, self->emphasis_tag, NULL);
          else if (run->kind == FY_RUN_MARKUP)
            gtk_text_buffer_insert_with_tags (buffer, iter, text, -1, self->markup_tag, NULL);
          else
            gtk_text_buffer_insert (buffer, iter, text, -1);
        }
    }
}

void
fy_editor_update_numbers (FyEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  FyHeadingCounter counter;
  gboolean changed = FALSE;

  fy_heading_counter_init (&counter, self->document != NULL
                                     ? fy_document_get_printed_numbering (self->document)
                                     : FY_NUMBERING_AUTO);
  for (guint i = 0; i < self->lines->len; i++)
    {
      FyEditorLine *info = fy_editor_get_line (self, i);
      g_autofree char *number = NULL;

      if (info->role == FY_BLOCK_ROLE_HEADING && info->level >= 1)
        {
          GtkTextIter start, end;
          g_autofree char *text = NULL;

          /* The start of the line is enough to find an ordinal. */
          gtk_text_buffer_get_iter_at_line (buffer, &start, i);
          end = start;
          if (!gtk_text_iter_ends_line (&end))
            gtk_text_iter_forward_to_line_end (&end);
          if (gtk_text_iter_get_line_offset (&end) > 24)
            gtk_text_iter_set_line_offset (&end, 24);
          text = gtk_text_buffer_get_slice (buffer, &start, &end, FALSE);
          number = fy_heading_counter_next (&counter, info->level, text);
        }

      if (g_strcmp0 (number, info->number) != 0)
        {
          g_free (info->number);
          info->number = g_steal_pointer (&number);
          changed = TRUE;
        }
    }

  if (changed)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* One entry per buffer line is the editor's invariant.  Should it ever
 * break, say so and repair it rather than crash with the user's text
 * unsaved: the lines keep their text, at worst a style. */
static void
check_lines (FyEditor *self)
{
  guint n_lines = gtk_text_buffer_get_line_count (fy_editor_get_buffer_internal (self));

  if (self->lines->len == n_lines)
    return;

  g_critical ("Editor: %u paragraph styles for %u lines; repaired", self->lines->len, n_lines);

  while (self->lines->len < n_lines)
    {
      FyEditorLine line = { NULL, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, NULL, FY_EDITOR_LINT_STALE };

      g_array_append_val (self->lines, line);
    }
  if (self->lines->len > n_lines)
    g_array_set_size (self->lines, n_lines);
}

/* Reading the buffer */

void
fy_editor_read_range (FyEditor          *self,
                      FyBlock           *block,
                      const GtkTextIter *start,
                      const GtkTextIter *end)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter iter = *start;

  while (gtk_text_iter_compare (&iter, end) < 0)
    {
      GtkTextIter next = iter;
      GtkTextTag *field;

      gtk_text_iter_forward_to_tag_toggle (&next, NULL);
      if (gtk_text_iter_compare (&next, end) > 0)
        next = *end;

      field = find_field_tag_at (&iter);
      if (field != NULL)
        {
          g_autofree char *name = NULL;

          /* A chip is atomic: one run, whatever its displayed value. */
          g_object_get (field, "name", &name, NULL);
          fy_block_append_run (block, FY_RUN_FIELD, name + strlen (FIELD_TAG_PREFIX));
          if (!gtk_text_iter_ends_tag (&next, field))
            gtk_text_iter_forward_to_tag_toggle (&next, field);
          if (gtk_text_iter_compare (&next, end) > 0)
            next = *end;
        }
      else
        {
          g_autofree char *text = gtk_text_buffer_get_slice (buffer, &iter, &next, TRUE);

          /* Child anchors and images have no place in a speech. */
          if (strstr (text, "\xef\xbf\xbc") != NULL)
            {
              g_autofree char *clean = NULL;
              g_auto(GStrv) parts = g_strsplit (text, "\xef\xbf\xbc", -1);

              clean = g_strjoinv ("", parts);
              g_free (text);
              text = g_steal_pointer (&clean);
            }

          text = decode_line_breaks (text);
          FyRunKind kind = FY_RUN_TEXT;

          if (gtk_text_iter_has_tag (&iter, self->lead_tag))
            kind = FY_RUN_BOLD;
          else if (gtk_text_iter_has_tag (&iter, self->emphasis_tag))
            kind = FY_RUN_EMPHASIS;
          else if (gtk_text_iter_has_tag (&iter, self->markup_tag))
            kind = FY_RUN_MARKUP;
          fy_block_append_run (block, kind, text);
        }

      iter = next;
    }
}

/**
 * fy_editor_read_line: (skip)
 *
 * Returns: (transfer full): a new block with the content and style of
 *   buffer line @line
 */
FyBlock *
fy_editor_read_line (FyEditor *self,
                     guint     line)
{
  FyEditorLine *info = fy_editor_get_line (self, line);
  GtkTextIter start, end;
  FyBlock *block;

  if (info->role == FY_BLOCK_ROLE_TABLE)
    return fy_editor_table_read_line (self, line);

  block = fy_block_new (info->role);
  if (info->role == FY_BLOCK_ROLE_HEADING)
    fy_block_set_level (block, info->level);
  fy_editor_get_line_bounds (self, line, &start, &end);
  fy_editor_read_range (self, block, &start, &end);

  return block;
}

static void
copy_content (FyBlock *dest,
              FyBlock *src)
{
  fy_block_begin_change (dest);
  fy_block_set_role (dest, fy_block_get_role (src));
  fy_block_set_level (dest, fy_block_get_level (src));
  if (fy_block_get_role (src) == FY_BLOCK_ROLE_TABLE)
    fy_block_set_table_header (dest, fy_block_get_table_header (src));
  fy_block_clear_runs (dest);
  for (guint i = 0; i < fy_block_get_n_runs (src); i++)
    {
      const FyRun *run = fy_block_get_run (src, i);

      fy_block_append_run (dest, run->kind, run->text);
    }
  fy_block_end_change (dest);
}

/* Buffer → model */

static gboolean
is_virtual_empty (FyEditor *self)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);

  /* One empty line that stands for no block at all. */
  return self->lines->len == 1 &&
         fy_editor_get_line (self, 0)->block == NULL &&
         gtk_text_buffer_get_char_count (buffer) == 0;
}

void
fy_editor_sync_to_model (FyEditor *self)
{
  g_autoptr(GPtrArray) blocks = NULL;
  guint n_old, n_new, prefix, suffix, touched_end;

  g_clear_handle_id (&self->sync_source, g_source_remove);

  if (!self->dirty || self->document == NULL)
    return;

  self->dirty = FALSE;
  blocks = g_ptr_array_new ();

  self->syncing = TRUE;

  /* Only the lines typing touched are read back: a keystroke costs one
   * paragraph, not the whole speech. */
  touched_end = self->sync_tail >= self->lines->len ? 0 : self->lines->len - self->sync_tail;

  if (!is_virtual_empty (self) || fy_document_get_n_blocks (self->document) > 0)
    {
      for (guint i = 0; i < self->lines->len; i++)
        {
          FyEditorLine *info = fy_editor_get_line (self, i);
          FyBlock *read;

          if (info->block != NULL && (i < self->sync_head || i >= touched_end))
            {
              g_ptr_array_add (blocks, info->block);
              continue;
            }

          /* Read back only if edited since last read (fy-editor-undo.c),
           * so that a sync of every line costs little more than one. */
          read = fy_editor_peek_line_content (self, i);

          if (info->block == NULL)
            info->block = fy_block_copy (read);
          else if (!fy_block_equal (info->block, read))
            copy_content (info->block, read);

          g_ptr_array_add (blocks, info->block);
        }
    }

  n_old = fy_document_get_n_blocks (self->document);
  n_new = blocks->len;
  for (prefix = 0; prefix < MIN (n_old, n_new); prefix++)
    if (fy_document_get_block (self->document, prefix) != g_ptr_array_index (blocks, prefix))
      break;
  for (suffix = 0; suffix < MIN (n_old, n_new) - prefix; suffix++)
    if (fy_document_get_block (self->document, n_old - 1 - suffix) !=
        g_ptr_array_index (blocks, n_new - 1 - suffix))
      break;

  if (prefix + suffix < MAX (n_old, n_new))
    fy_document_splice_blocks (self->document, prefix,
                               n_old - prefix - suffix,
                               (FyBlock **)blocks->pdata + prefix,
                               n_new - prefix - suffix);

  self->syncing = FALSE;
  self->sync_head = self->sync_tail = G_MAXUINT;

  fy_editor_update_numbers (self);
}

/* Appends @piece to @text character for character, each character the
 * document's reading of it would stop a reference at made a line
 * break: all of a chip, a line break (U+2028) and, in a table line, a
 * cell bar and an escape (`\|`, `\\`) with what it escapes. */
static void
append_for_fields (GString    *text,
                   const char *piece,
                   gboolean    stop_all,
                   gboolean    table,
                   gboolean   *escaped)
{
  for (const char *p = piece; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean escape = table && !*escaped && c == '\\' && (p[1] == '|' || p[1] == '\\');

      if (stop_all || c == 0x2028 || escape || *escaped || (table && c == '|'))
        c = '\n';
      *escaped = escape;
      g_string_append_unichar (text, c);
    }
}

/* Buffer line @line's text as fy_text_next_field_ref() should read it to
 * find the references the document will hold, one character for every
 * character of the line: none spans a chip, a row or a cell. */
static char *
dup_line_for_fields (FyEditor *self,
                     guint     line)
{
  gboolean table = fy_editor_get_line (self, line)->role == FY_BLOCK_ROLE_TABLE;
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean escaped = FALSE;
  GtkTextIter iter, end;

  fy_editor_get_line_bounds (self, line, &iter, &end);
  while (gtk_text_iter_compare (&iter, &end) < 0)
    {
      GtkTextIter next = iter;
      g_autofree char *piece = NULL;

      gtk_text_iter_forward_to_tag_toggle (&next, NULL);
      if (gtk_text_iter_compare (&next, &end) > 0)
        next = end;
      /* a slice has U+FFFC for an anchor: offsets stay the buffer's */
      piece = gtk_text_iter_get_slice (&iter, &next);
      append_for_fields (text, piece, find_field_tag_at (&iter) != NULL, table, &escaped);
      iter = next;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Makes the first reference in buffer line @line at or after character
 * @from a chip.  Returns the character after the chip, or -1 if the rest
 * of the line holds none. */
static int
convert_next_field (FyEditor *self,
                    guint     line,
                    int       from)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  g_autofree char *text = dup_line_for_fields (self, line);
  g_autoptr(FyBlock) block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autofree char *name = NULL;
  const char *start, *end;
  GtkTextIter open, close, chip_start;
  gboolean lead;

  if (!fy_text_next_field_ref (g_utf8_offset_to_pointer (text, from), &start, &end, &name))
    return -1;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &open, line,
                                           g_utf8_pointer_to_offset (text, start));
  gtk_text_buffer_get_iter_at_line_offset (buffer, &close, line,
                                           g_utf8_pointer_to_offset (text, end));
  lead = gtk_text_iter_has_tag (&open, self->lead_tag);

  self->programmatic = TRUE;
  gtk_text_buffer_delete (buffer, &open, &close);
  fy_block_append_run (block, FY_RUN_FIELD, name);
  insert_runs (self, &open, block);
  if (lead)
    {
      gtk_text_buffer_get_iter_at_line_offset (buffer, &chip_start, line,
                                               g_utf8_pointer_to_offset (text, start));
      gtk_text_buffer_apply_tag (buffer, self->lead_tag, &chip_start, &open);
    }
  self->programmatic = FALSE;

  return gtk_text_iter_get_line_offset (&open);
}

/* "{{name}}" typed by hand becomes a chip, as it would on import: by the
 * rule the document reads references with (fy_text_next_field_ref()). */
static void
convert_typed_fields (FyEditor *self)
{
  guint n_lines = self->lines->len;

  /* Only where typing touched. */
  if (self->sync_head >= n_lines || self->sync_tail >= n_lines)
    return;

  for (guint line = self->sync_head; line + self->sync_tail < n_lines; line++)
    {
      gboolean converted = FALSE;

      for (int from = 0; (from = convert_next_field (self, line, from)) >= 0;)
        converted = TRUE;
      if (converted)
        fy_editor_restyle_line (self, line);
    }
}

static gboolean
sync_timeout_cb (gpointer user_data)
{
  FyEditor *self = user_data;

  self->sync_source = 0;
  if (!self->in_preedit)
    convert_typed_fields (self);
  if (self->restyle_pending)
    fy_editor_restyle_touched (self);
  fy_editor_sync_to_model (self);

  return G_SOURCE_REMOVE;
}

/* Syncs the lines typing touched (fy_editor_touch_lines()) soon. */
void
fy_editor_queue_sync_touched (FyEditor *self)
{
  self->dirty = TRUE;
  if (self->sync_source == 0)
    self->sync_source = g_timeout_add (SYNC_DELAY_MS, sync_timeout_cb, self);
}

/* Syncs every line soon, for edits that do not say which lines they
 * touched. */
void
fy_editor_queue_sync (FyEditor *self)
{
  self->sync_head = self->sync_tail = 0;
  self->dirty = TRUE;
  if (self->sync_source == 0)
    self->sync_source = g_timeout_add (SYNC_DELAY_MS, sync_timeout_cb, self);
}

/* Model → buffer */

static FyEditorLine
line_for_block (FyBlock *block,
                FyBlock *identity)
{
  FyEditorLine line = { 0, };

  line.block = identity ? g_object_ref (identity) : NULL;
  line.role = fy_block_get_role (block);
  line.level = fy_block_get_level (block);

  return line;
}

/* Deletes lines @position to @position + @n_removals of the buffer and
 * self->lines.  Lines removed up to the end take the newline before them
 * along; other lines go with their own newline. */
static void
delete_lines (FyEditor      *self,
              GtkTextBuffer *buffer,
              guint          position,
              guint          n_removals)
{
  gboolean at_end = position + n_removals == self->lines->len;
  GtkTextIter start, end;

  if (n_removals == 0)
    return;
  if (!at_end)
    {
      gtk_text_buffer_get_iter_at_line (buffer, &start, position);
      gtk_text_buffer_get_iter_at_line (buffer, &end, position + n_removals);
    }
  else if (position > 0)
    {
      gtk_text_buffer_get_iter_at_line (buffer, &start, position - 1);
      gtk_text_iter_forward_to_line_end (&start);
      gtk_text_buffer_get_end_iter (buffer, &end);
    }
  else
    gtk_text_buffer_get_bounds (buffer, &start, &end);

  gtk_text_buffer_delete (buffer, &start, &end);
  g_array_remove_range (self->lines, position, n_removals);
}

/* Inserts @blocks as lines at @position of the buffer and self->lines:
 * into an empty buffer (one empty line, which stays when there are no
 * blocks), after its last line, or before line @position. */
static void
insert_lines (FyEditor       *self,
              GtkTextBuffer  *buffer,
              guint           position,
              FyBlock       **blocks,
              FyBlock       **identities,
              guint           n_additions)
{
  GtkTextIter iter;

  if (self->lines->len == 0)
    {
      /* The buffer is empty now, which is one empty line. */
      gtk_text_buffer_get_start_iter (buffer, &iter);
      for (guint i = 0; i < n_additions; i++)
        {
          FyEditorLine line = line_for_block (blocks[i], identities ? identities[i] : NULL);

          if (i > 0)
            gtk_text_buffer_insert (buffer, &iter, "\n", 1);
          insert_runs (self, &iter, blocks[i]);
          g_array_append_val (self->lines, line);
        }
      if (n_additions == 0)
        {
          FyEditorLine line = { NULL, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, NULL, 0 };

          g_array_append_val (self->lines, line);
        }
    }
  else if (position >= self->lines->len)
    {
      gtk_text_buffer_get_end_iter (buffer, &iter);
      for (guint i = 0; i < n_additions; i++)
        {
          FyEditorLine line = line_for_block (blocks[i], identities ? identities[i] : NULL);

          gtk_text_buffer_insert (buffer, &iter, "\n", 1);
          insert_runs (self, &iter, blocks[i]);
          g_array_append_val (self->lines, line);
        }
    }
  else
    {
      gtk_text_buffer_get_iter_at_line (buffer, &iter, position);
      for (guint i = 0; i < n_additions; i++)
        {
          FyEditorLine line = line_for_block (blocks[i], identities ? identities[i] : NULL);

          /* The newline first: runs written straight before line
           * @position would touch its text, and a bold lead ending there
           * would join the bold lead that line starts with into one
           * range, which the following plain run, inserted inside it,
           * would take on. */
          gtk_text_buffer_insert (buffer, &iter, "\n", 1);
          gtk_text_iter_backward_char (&iter);
          insert_runs (self, &iter, blocks[i]);
          gtk_text_iter_forward_char (&iter);
          g_array_insert_val (self->lines, position + i, line);
        }
    }
}

/**
 * fy_editor_replace_lines: (skip)
 * @blocks: content of the new lines
 * @identities: (nullable): the model blocks the new lines stand for, or
 *   %NULL entries for blocks the next sync creates
 *
 * Replaces whole lines of the buffer, keeping self->lines in step.
 */
void
fy_editor_replace_lines (FyEditor  *self,
                         guint      position,
                         guint      n_removals,
                         FyBlock  **blocks,
                         FyBlock  **identities,
                         guint      n_additions)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);

  g_assert (position + n_removals <= self->lines->len);

  self->programmatic = TRUE;
  delete_lines (self, buffer, position, n_removals);
  insert_lines (self, buffer, position, blocks, identities, n_additions);
  self->programmatic = FALSE;

  check_lines (self);

  for (guint i = position; i < MIN (position + n_additions, self->lines->len); i++)
    {
      FyEditorLine *line = fy_editor_get_line (self, i);

      fy_editor_restyle_line (self, i);
      /* What the line reads as, without reading it back for the first
       * undo step (fy-editor-undo.c). */
      g_clear_object (&line->content);
      line->content = fy_block_copy (blocks[i - position]);
    }
  fy_editor_update_numbers (self);
}

void
fy_editor_rebuild_buffer (FyEditor *self)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new ();
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter start;

  if (self->document != NULL)
    for (guint i = 0; i < fy_document_get_n_blocks (self->document); i++)
      g_ptr_array_add (blocks, fy_document_get_block (self->document, i));

  fy_editor_replace_lines (self, 0, self->lines->len,
                           (FyBlock **)blocks->pdata, (FyBlock **)blocks->pdata,
                           blocks->len);
  self->dirty = FALSE;
  self->sync_head = self->sync_tail = G_MAXUINT;
  g_clear_handle_id (&self->sync_source, g_source_remove);

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
}

static void
document_items_changed_cb (FyEditor   *self,
                           guint       position,
                           guint       removed,
                           guint       added,
                           GListModel *model)
{
  g_autoptr(GPtrArray) blocks = NULL;

  if (self->syncing)
    return;

  /* Others must flush the editor before they edit the model; if they did
   * not, the lines no longer match the blocks and the model wins. */
  if (self->dirty || is_virtual_empty (self) || position + removed > self->lines->len)
    {
      fy_editor_push_undo_step (self);
      fy_editor_rebuild_buffer (self);
      return;
    }

  fy_editor_push_undo_step (self);

  blocks = g_ptr_array_new ();
  for (guint i = 0; i < added; i++)
    g_ptr_array_add (blocks, fy_document_get_block (self->document, position + i));

  fy_editor_replace_lines (self, position, removed,
                           (FyBlock **)blocks->pdata, (FyBlock **)blocks->pdata, added);
}

static void
document_changed_cb (FyEditor   *self,
                     FyDocument *document)
{
  /* Typing not yet synced wins: the next sync writes it over the blocks
   * (a change of metadata or field values does not touch them). */
  if (self->syncing || self->dirty)
    return;

  if (fy_document_get_n_blocks (document) != self->lines->len)
    {
      if (!is_virtual_empty (self) || fy_document_get_n_blocks (document) != 0)
        fy_editor_rebuild_buffer (self);
      return;
    }

  /* A block edited from outside the editor. */
  for (guint i = 0; i < self->lines->len; i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autoptr(FyBlock) read = NULL;

      if (fy_editor_get_line (self, i)->block != block)
        {
          fy_editor_rebuild_buffer (self);
          return;
        }

      read = fy_editor_read_line (self, i);
      if (!fy_block_equal (block, read))
        fy_editor_replace_lines (self, i, 1, &block, &block, 1);
    }
}

static void
document_field_changed_cb (FyEditor   *self,
                           const char *name,
                           FyDocument *document)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextTag *tag = get_field_tag (self, name);
  g_autofree char *text = NULL;
  gboolean is_set;
  GtkTextIter iter;

  text = fy_editor_dup_field_display (self, name, &is_set);
  gtk_text_buffer_get_start_iter (buffer, &iter);

  self->programmatic = TRUE;

  /* Every chip of the field shows the new value. */
  while (gtk_text_iter_starts_tag (&iter, tag) || gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    {
      GtkTextIter end = iter;
      gboolean lead;
      int offset;

      if (!gtk_text_iter_starts_tag (&iter, tag))
        continue;

      lead = gtk_text_iter_has_tag (&iter, self->lead_tag);
      gtk_text_iter_forward_to_tag_toggle (&end, tag);
      offset = gtk_text_iter_get_offset (&iter);
      gtk_text_buffer_delete (buffer, &iter, &end);
      gtk_text_buffer_insert_with_tags (buffer, &iter, text, -1,
                                        self->field_tag, tag,
                                        is_set ? NULL : self->unset_field_tag,
                                        lead ? self->lead_tag : NULL,
                                        NULL);
      {
        GtkTextIter chip;
        guint line;

        /* The style tag of the line is lost on the new text. */
        gtk_text_buffer_get_iter_at_offset (buffer, &chip, offset);
        line = gtk_text_iter_get_line (&chip);
        fy_editor_restyle_line (self, line);
        gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset + g_utf8_strlen (text, -1));
      }
    }

  self->programmatic = FALSE;
}

/* Buffer signal handlers */

static void
insert_text_cb (FyEditor      *self,
                GtkTextIter   *location,
                const char    *text,
                int            len,
                GtkTextBuffer *buffer)
{
  GtkTextTag *field;
  guint line = gtk_text_iter_get_line (location);

  if (self->programmatic)
    {
      fy_editor_forget_line_content (self, line, line);
      return;
    }

  /* In a table, a newline starts a row line, not a paragraph, and a tab
   * separates cells. */
  if (!self->in_table_newline && memchr (text, '\n', len) != NULL &&
      fy_editor_get_line (self, gtk_text_iter_get_line (location))->role == FY_BLOCK_ROLE_TABLE)
    {
      g_signal_stop_emission_by_name (buffer, "insert-text");
      fy_editor_table_insert_text (self, location, text, len);
      return;
    }
  if (!self->in_table_newline && memchr (text, '\t', len) != NULL &&
      fy_editor_get_line (self, gtk_text_iter_get_line (location))->role == FY_BLOCK_ROLE_TABLE)
    {
      g_signal_stop_emission_by_name (buffer, "insert-text");
      fy_editor_table_insert_tabs (self, location, text, len);
      return;
    }

  if (!self->in_table_newline &&
      fy_editor_get_line (self, line)->role == FY_BLOCK_ROLE_TABLE)
    self->typing_moved = fy_editor_table_place_typing (self, location, text, len);

  /* The undo step reads the line as it is before the edit. */
  fy_editor_begin_typing (self);
  fy_editor_forget_line_content (self, line, line);

  /* Chips are atomic: what is typed inside one goes after it. */
  field = find_field_tag_at (location);
  if (field != NULL && !gtk_text_iter_starts_tag (location, field))
    gtk_text_iter_forward_to_tag_toggle (location, field);

  self->insert_line = gtk_text_iter_get_line (location);
  self->insert_at_line_end = gtk_text_iter_ends_line (location) &&
                             !gtk_text_iter_starts_line (location);
}

static gboolean
role_continues (FyBlockRole role)
{
  /* After Enter at the end of these, the next paragraph is body text. */
  switch (role)
    {
    case FY_BLOCK_ROLE_TITLE:
    case FY_BLOCK_ROLE_SUBTITLE:
    case FY_BLOCK_ROLE_SPEAKER:
    case FY_BLOCK_ROLE_SALUTATION:
    case FY_BLOCK_ROLE_HEADING:
    case FY_BLOCK_ROLE_DATE_LINE:
    case FY_BLOCK_ROLE_ISSUE_NUMBER:
    case FY_BLOCK_ROLE_TABLE:
      return FALSE;

    case FY_BLOCK_ROLE_PARAGRAPH:
    case FY_BLOCK_ROLE_CLOSING:
    case FY_BLOCK_ROLE_SIGNATURE:
    case FY_BLOCK_ROLE_ATTACHMENT:
    default:
      return TRUE;
    }
}

static void
insert_text_after_cb (FyEditor      *self,
                      GtkTextIter   *location,
                      const char    *text,
                      int            len,
                      GtkTextBuffer *buffer)
{
  guint n_newlines = 0;

  if (self->programmatic)
    return;

  /* Typing moved into a table's cell goes on there, not back where the
   * cursor was. */
  if (self->typing_moved)
    {
      self->typing_moved = FALSE;
      gtk_text_buffer_place_cursor (buffer, location);
    }

  for (int i = 0; i < len; i++)
    if (text[i] == '\n')
      n_newlines++;

  if (n_newlines > 0)
    {
      FyEditorLine *origin = fy_editor_get_line (self, self->insert_line);
      /* The text after the cursor takes its underlines along. */
      FyEditorLine line = { NULL, origin->role, origin->level, NULL, NULL, FY_EDITOR_LINT_STALE };

      if (self->insert_at_line_end && !role_continues (origin->role))
        {
          line.role = FY_BLOCK_ROLE_PARAGRAPH;
          line.level = 0;
        }

      for (guint i = 0; i < n_newlines; i++)
        g_array_insert_val (self->lines, self->insert_line + 1, line);

      /* A new paragraph is a natural undo boundary. */
      fy_editor_end_typing_group (self);
    }

  /* Typed at the start of a paragraph that opens with a bold lead, the
   * text joins the lead, as a word processor gives it the formatting of
   * what follows: it went in plain before the lead, which then stood in
   * mid-line, bold but no longer the paragraph's opening. */
  if (n_newlines == 0 && len > 0 && gtk_text_iter_has_tag (location, self->lead_tag))
    {
      GtkTextIter start = *location;

      gtk_text_iter_backward_chars (&start, g_utf8_strlen (text, len));
      if (gtk_text_iter_starts_line (&start) && !gtk_text_iter_has_tag (&start, self->lead_tag))
        gtk_text_buffer_apply_tag (buffer, self->lead_tag, &start, location);
    }

  check_lines (self);

  self->scroll_jump = TRUE;
  fy_editor_touch_lines (self, self->insert_line, self->insert_line + n_newlines);
  self->restyle_pending = TRUE;
  fy_editor_queue_sync_touched (self);
  fy_editor_update_style_from_cursor (self);
}

static void
delete_range_cb (FyEditor      *self,
                 GtkTextIter   *start,
                 GtkTextIter   *end,
                 GtkTextBuffer *buffer)
{
  GtkTextTag *field;
  guint first, last;

  gtk_text_iter_order (start, end);
  if (self->programmatic)
    {
      fy_editor_forget_line_content (self, gtk_text_iter_get_line (start), gtk_text_iter_get_line (end));
      return;
    }

  /* The undo step reads the lines as they are before the edit. */
  fy_editor_begin_typing (self);

  /* A chip is deleted whole or not at all. */
  field = find_field_tag_at (start);
  if (field != NULL && !gtk_text_iter_starts_tag (start, field))
    gtk_text_iter_backward_to_tag_toggle (start, field);
  if (!gtk_text_iter_is_start (end))
    {
      GtkTextIter before = *end;

      gtk_text_iter_backward_char (&before);
      field = find_field_tag_at (&before);
      if (field != NULL && !gtk_text_iter_ends_tag (end, field))
        gtk_text_iter_forward_to_tag_toggle (end, field);
    }

  first = gtk_text_iter_get_line (start);
  last = gtk_text_iter_get_line (end);
  fy_editor_forget_line_content (self, first, last);
  if (last > first)
    {
      /* Deleting whole paragraphs from the start of the first keeps the
       * style of the last; joining two paragraphs keeps the first's. */
      if (gtk_text_iter_starts_line (start) && !gtk_text_iter_ends_line (end))
        g_array_remove_range (self->lines, first, last - first);
      else
        g_array_remove_range (self->lines, first + 1, last - first);

      fy_editor_end_typing_group (self);
    }

  self->restyle_pending = TRUE;
}

static void
delete_range_after_cb (FyEditor      *self,
                       GtkTextIter   *start,
                       GtkTextIter   *end,
                       GtkTextBuffer *buffer)
{
  if (self->programmatic)
    return;

  check_lines (self);

  self->scroll_jump = TRUE;
  fy_editor_touch_lines (self, gtk_text_iter_get_line (start), gtk_text_iter_get_line (start));
  fy_editor_queue_sync_touched (self);
  fy_editor_update_style_from_cursor (self);
}

static void
end_user_action_cb (FyEditor      *self,
                    GtkTextBuffer *buffer)
{
  if (self->restyle_pending && !self->in_preedit)
    fy_editor_restyle_touched (self);
}

/* Keeps self->lines in step with the buffer's lines as the user edits. */
void
fy_editor_sync_init (FyEditor *self)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);

  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (insert_text_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (insert_text_after_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (buffer, "delete-range", G_CALLBACK (delete_range_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "delete-range", G_CALLBACK (delete_range_after_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (buffer, "end-user-action", G_CALLBACK (end_user_action_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Follows changes made to @document by others. */
void
fy_editor_sync_connect_document (FyEditor   *self,
                                 FyDocument *document)
{
  g_signal_connect_object (document, "items-changed",
                           G_CALLBACK (document_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed",
                           G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "field-changed",
                           G_CALLBACK (document_field_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::numbering",
                           G_CALLBACK (fy_editor_update_numbers), self, G_CONNECT_SWAPPED);
}

/**
 * fy_editor_flush:
 * @self: a #FyEditor
 *
 * Copies edits not yet synced into the document now.  Call it before
 * reading or editing the document from outside the editor.
 */
void
fy_editor_flush (FyEditor *self)
{
  g_return_if_fail (FY_IS_EDITOR (self));

  if (self->dirty && !self->in_preedit)
    convert_typed_fields (self);
  if (self->restyle_pending && !self->in_preedit)
    fy_editor_restyle_touched (self);
  fy_editor_sync_to_model (self);
}

/**
 * fy_editor_begin_model_edit:
 * @self: a #FyEditor
 *
 * Flushes pending edits and records an undo step, for a change the
 * caller is about to make to the document's blocks (a proofreading fix,
 * say), so that Undo brings the text back.
 */
void
fy_editor_begin_model_edit (FyEditor *self)
{
  g_return_if_fail (FY_IS_EDITOR (self));

  fy_editor_flush (self);
  fy_editor_push_model_step (self);
}

/* fy-editor.c — the text view in which a whole speech is written
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fy-editor-private.h"

/*
 * One GtkTextView holds the whole speech: each buffer line is one block
 * of the FyDocument.  The paragraph style of each line lives in
 * self->lines (text tags alone cannot carry the style of an empty line,
 * and typed text does not inherit tags at the edge of a range); the bold
 * lead and field references are text tags.
 *
 * Buffer → model: every edit marks the editor dirty and an idle sync
 * copies changed lines into their blocks and splices the block list, so a
 * keystroke never waits for the model, and nothing is synced while an
 * input method shows preedit text (which is not in the buffer anyway).
 * Model → buffer: changes made by others (the outline, the fields panel)
 * rewrite the affected lines.  Callers flush the editor before editing the
 * model themselves.
 */

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_STYLE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_CURRENT_BLOCK,
  N_PROPS
};

typedef struct
{
  FyBlockRole  role;
  guint        level;
  const char  *label;
} StyleInfo;

static const StyleInfo styles[] = {
  { FY_BLOCK_ROLE_PARAGRAPH,  0, N_("Body") },
  { FY_BLOCK_ROLE_HEADING,    1, N_("Heading 1") },
  { FY_BLOCK_ROLE_HEADING,    2, N_("Heading 2") },
  { FY_BLOCK_ROLE_HEADING,    3, N_("Heading 3") },
  { FY_BLOCK_ROLE_HEADING,    4, N_("Heading 4") },
  { FY_BLOCK_ROLE_TITLE,      0, N_("Title") },
  { FY_BLOCK_ROLE_SUBTITLE,   0, N_("Subtitle") },
  { FY_BLOCK_ROLE_SPEAKER,    0, N_("Speaker") },
  { FY_BLOCK_ROLE_SALUTATION, 0, N_("Salutation") },
  { FY_BLOCK_ROLE_CLOSING,    0, N_("Closing") },
  { FY_BLOCK_ROLE_SIGNATURE,  0, N_("Signature") },
  { FY_BLOCK_ROLE_DATE_LINE,  0, N_("Date") },
  { FY_BLOCK_ROLE_ATTACHMENT, 0, N_("Attachment Note") },
};

#define N_STYLES G_N_ELEMENTS (styles)
#define FIELD_TAG_PREFIX "field:"
#define SYNC_DELAY_MS 60

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FyEditor, fy_editor, GTK_TYPE_TEXT_VIEW)

static void rebuild_buffer (FyEditor *self);

/* Helpers */

static void
line_clear (gpointer data)
{
  FyEditorLine *line = data;

  g_clear_object (&line->block);
  g_clear_pointer (&line->number, g_free);
}

static inline FyEditorLine *
get_line (FyEditor *self,
          guint     line)
{
  g_assert (line < self->lines->len);
  return &g_array_index (self->lines, FyEditorLine, line);
}

GtkTextBuffer *
fy_editor_get_buffer_internal (FyEditor *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
}

static void
get_line_bounds (FyEditor    *self,
                 guint        line,
                 GtkTextIter *start,
                 GtkTextIter *end)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);

  gtk_text_buffer_get_iter_at_line (buffer, start, line);
  *end = *start;
  if (!gtk_text_iter_ends_line (end))
    gtk_text_iter_forward_to_line_end (end);
}

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

static char *
dup_field_display (FyEditor   *self,
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

static char *
encode_line_breaks (const char *text)
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

  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    {
      const FyRun *run = fy_block_get_run (block, i);

      if (run->kind == FY_RUN_FIELD)
        {
          gboolean is_set;
          g_autofree char *text = dup_field_display (self, run->text, &is_set);

          gtk_text_buffer_insert_with_tags (buffer, iter, text, -1,
                                            self->field_tag,
                                            get_field_tag (self, run->text),
                                            is_set ? NULL : self->unset_field_tag,
                                            NULL);
        }
      else
        {
          g_autofree char *text = encode_line_breaks (run->text);

          if (run->kind == FY_RUN_BOLD)
            gtk_text_buffer_insert_with_tags (buffer, iter, text, -1, self->lead_tag, NULL);
          else
            gtk_text_buffer_insert (buffer, iter, text, -1);
        }
    }
}

static void
restyle_line (FyEditor *self,
              guint     line)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  FyEditorLine *info = get_line (self, line);
  GtkTextIter start, end;
  guint style = fy_editor_style_for_role (info->role, info->level);

  get_line_bounds (self, line, &start, &end);
  /* Cover the newline too, so that an empty line shows its style. */
  if (!gtk_text_iter_is_end (&end))
    gtk_text_iter_forward_char (&end);

  for (guint i = 0; i < N_STYLES; i++)
    if (i != style)
      gtk_text_buffer_remove_tag (buffer, self->style_tags[i], &start, &end);
  gtk_text_buffer_apply_tag (buffer, self->style_tags[style], &start, &end);
}

void
fy_editor_restyle_all (FyEditor *self)
{
  if (self->in_preedit)
    {
      self->restyle_pending = TRUE;
      return;
    }

  self->restyle_pending = FALSE;
  for (guint i = 0; i < self->lines->len; i++)
    restyle_line (self, i);
}

static void
update_numbers (FyEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  FyHeadingCounter counter;
  gboolean changed = FALSE;

  fy_heading_counter_init (&counter, self->document != NULL
                                     ? fy_document_get_numbering (self->document)
                                     : FY_NUMBERING_AUTO);
  for (guint i = 0; i < self->lines->len; i++)
    {
      FyEditorLine *info = get_line (self, i);
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
      FyEditorLine line = { NULL, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL };

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
          fy_block_append_run (block,
                               gtk_text_iter_has_tag (&iter, self->lead_tag) ? FY_RUN_BOLD : FY_RUN_TEXT,
                               text);
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
  FyEditorLine *info = get_line (self, line);
  GtkTextIter start, end;
  FyBlock *block;

  block = fy_block_new (info->role);
  if (info->role == FY_BLOCK_ROLE_HEADING)
    fy_block_set_level (block, info->level);
  get_line_bounds (self, line, &start, &end);
  fy_editor_read_range (self, block, &start, &end);

  return block;
}

gboolean
fy_editor_blocks_equal (FyBlock *a,
                        FyBlock *b)
{
  if (fy_block_get_role (a) != fy_block_get_role (b) ||
      fy_block_get_level (a) != fy_block_get_level (b) ||
      fy_block_get_n_runs (a) != fy_block_get_n_runs (b))
    return FALSE;

  for (guint i = 0; i < fy_block_get_n_runs (a); i++)
    {
      const FyRun *ra = fy_block_get_run (a, i);
      const FyRun *rb = fy_block_get_run (b, i);

      if (ra->kind != rb->kind || g_strcmp0 (ra->text, rb->text) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
copy_content (FyBlock *dest,
              FyBlock *src)
{
  fy_block_begin_change (dest);
  fy_block_set_role (dest, fy_block_get_role (src));
  fy_block_set_level (dest, fy_block_get_level (src));
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
         get_line (self, 0)->block == NULL &&
         gtk_text_buffer_get_char_count (buffer) == 0;
}

static void
sync_to_model (FyEditor *self)
{
  g_autoptr(GPtrArray) blocks = NULL;
  guint n_old, n_new, prefix, suffix;

  g_clear_handle_id (&self->sync_source, g_source_remove);

  if (!self->dirty || self->document == NULL)
    return;

  self->dirty = FALSE;
  blocks = g_ptr_array_new ();

  self->syncing = TRUE;

  if (!is_virtual_empty (self) || fy_document_get_n_blocks (self->document) > 0)
    {
      for (guint i = 0; i < self->lines->len; i++)
        {
          FyEditorLine *info = get_line (self, i);
          g_autoptr(FyBlock) read = fy_editor_read_line (self, i);

          if (info->block == NULL)
            info->block = g_steal_pointer (&read);
          else if (!fy_editor_blocks_equal (info->block, read))
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

  update_numbers (self);
}

/* "{{name}}" typed by hand becomes a chip, as it would on import. */
static void
convert_typed_fields (FyEditor *self)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter iter, open_start, open_end, close_start, close_end, line_end;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (gtk_text_iter_forward_search (&iter, "{{", GTK_TEXT_SEARCH_TEXT_ONLY,
                                       &open_start, &open_end, NULL))
    {
      g_autofree char *name = NULL;
      gboolean lead;
      int offset;

      line_end = open_end;
      if (!gtk_text_iter_ends_line (&line_end))
        gtk_text_iter_forward_to_line_end (&line_end);
      iter = open_end;

      if (find_field_tag_at (&open_start) != NULL ||
          !gtk_text_iter_forward_search (&open_end, "}}", GTK_TEXT_SEARCH_TEXT_ONLY,
                                         &close_start, &close_end, &line_end))
        continue;

      name = g_strstrip (gtk_text_buffer_get_text (buffer, &open_end, &close_start, FALSE));
      if (*name == '\0' || strpbrk (name, "{}") != NULL)
        continue;

      lead = gtk_text_iter_has_tag (&open_start, self->lead_tag);
      offset = gtk_text_iter_get_offset (&open_start);

      self->programmatic = TRUE;
      gtk_text_buffer_delete (buffer, &open_start, &close_end);
      {
        g_autoptr(FyBlock) block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);

        fy_block_append_run (block, FY_RUN_FIELD, name);
        insert_runs (self, &open_start, block);
      }
      if (lead)
        {
          GtkTextIter chip_start;

          gtk_text_buffer_get_iter_at_offset (buffer, &chip_start, offset);
          gtk_text_buffer_apply_tag (buffer, self->lead_tag, &chip_start, &open_start);
        }
      self->programmatic = FALSE;

      restyle_line (self, gtk_text_iter_get_line (&open_start));
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
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
    fy_editor_restyle_all (self);
  sync_to_model (self);

  return G_SOURCE_REMOVE;
}

void
fy_editor_queue_sync (FyEditor *self)
{
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
  guint n_lines = self->lines->len;
  gboolean at_end;
  GtkTextIter iter;

  g_assert (position + n_removals <= n_lines);

  self->programmatic = TRUE;

  /* Lines removed up to the end take the newline before them along;
   * other lines go with their own newline. */
  at_end = position + n_removals == n_lines;
  if (n_removals > 0)
    {
      GtkTextIter start, end;

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
          FyEditorLine line = { NULL, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL };

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

          insert_runs (self, &iter, blocks[i]);
          gtk_text_buffer_insert (buffer, &iter, "\n", 1);
          g_array_insert_val (self->lines, position + i, line);
        }
    }

  self->programmatic = FALSE;

  check_lines (self);

  for (guint i = position; i < MIN (position + n_additions, self->lines->len); i++)
    restyle_line (self, i);
  update_numbers (self);
}

static void
rebuild_buffer (FyEditor *self)
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
      rebuild_buffer (self);
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
        rebuild_buffer (self);
      return;
    }

  /* A block edited from outside the editor. */
  for (guint i = 0; i < self->lines->len; i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autoptr(FyBlock) read = NULL;

      if (get_line (self, i)->block != block)
        {
          rebuild_buffer (self);
          return;
        }

      read = fy_editor_read_line (self, i);
      if (!fy_editor_blocks_equal (block, read))
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

  text = dup_field_display (self, name, &is_set);
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
        restyle_line (self, line);
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

  if (self->programmatic)
    return;

  fy_editor_begin_typing (self);

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

  for (int i = 0; i < len; i++)
    if (text[i] == '\n')
      n_newlines++;

  if (n_newlines > 0)
    {
      FyEditorLine *origin = get_line (self, self->insert_line);
      FyEditorLine line = { NULL, origin->role, origin->level, NULL };

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

  check_lines (self);

  self->restyle_pending = TRUE;
  fy_editor_queue_sync (self);
}

static void
delete_range_cb (FyEditor      *self,
                 GtkTextIter   *start,
                 GtkTextIter   *end,
                 GtkTextBuffer *buffer)
{
  GtkTextTag *field;
  guint first, last;

  if (self->programmatic)
    return;

  fy_editor_begin_typing (self);

  /* A chip is deleted whole or not at all. */
  gtk_text_iter_order (start, end);
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

  fy_editor_queue_sync (self);
}

static void
end_user_action_cb (FyEditor      *self,
                    GtkTextBuffer *buffer)
{
  if (self->restyle_pending && !self->in_preedit)
    fy_editor_restyle_all (self);
}

static void
update_style_from_cursor (FyEditor *self)
{
  guint line = fy_editor_get_current_block (self);
  FyEditorLine *info;
  guint style;

  if (line >= self->lines->len)
    return;

  info = get_line (self, line);
  style = fy_editor_style_for_role (info->role, info->level);
  if (style != self->style)
    {
      self->style = style;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STYLE]);
    }
}

static void
mark_set_cb (FyEditor      *self,
             GtkTextIter   *location,
             GtkTextMark   *mark,
             GtkTextBuffer *buffer)
{
  if (mark != gtk_text_buffer_get_insert (buffer) || self->programmatic)
    return;

  update_style_from_cursor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_BLOCK]);
}

static void
preedit_changed_cb (FyEditor   *self,
                    const char *preedit)
{
  self->in_preedit = preedit != NULL && *preedit != '\0';

  if (!self->in_preedit && self->restyle_pending)
    fy_editor_restyle_all (self);
}

/* Paste */

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
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  fy_editor_paste_text (self, text);
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

      get_line_bounds (self, i, &line_start, &line_end);
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

static void
fy_editor_copy_clipboard (GtkTextView *text_view)
{
  FyEditor *self = FY_EDITOR (text_view);
  g_autofree char *text = dup_selection_text (self);

  if (text != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
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

static void
fy_editor_paste_clipboard (GtkTextView *text_view)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (text_view));

  /* Pasted text goes through the import rules (numbering → headings,
   * wrap spaces removed) instead of GTK's rich-text paste. */
  gdk_clipboard_read_text_async (clipboard, NULL, paste_read_cb, g_object_ref (text_view));
}

static void
fy_editor_snapshot_layer (GtkTextView      *text_view,
                          GtkTextViewLayer  layer,
                          GtkSnapshot      *snapshot)
{
  FyEditor *self = FY_EDITOR (text_view);
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA color;
  GdkRectangle visible;
  GtkTextIter iter;
  int first, last;

  if (layer != GTK_TEXT_VIEW_LAYER_ABOVE_TEXT)
    return;

  /* Heading numbers are the engine's, never typed: show them in the
   * margin, where they cannot be edited. */
  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_line_at_y (text_view, &iter, visible.y, NULL);
  first = gtk_text_iter_get_line (&iter);
  gtk_text_view_get_line_at_y (text_view, &iter, visible.y + visible.height, NULL);
  last = gtk_text_iter_get_line (&iter);

  layout = gtk_widget_create_pango_layout (widget, NULL);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  color.alpha *= 0.55f;

  for (int i = first; i <= last && i < (int)self->lines->len; i++)
    {
      FyEditorLine *info = get_line (self, i);
      GdkRectangle rect;
      int width, height;

      if (info->number == NULL)
        continue;

      gtk_text_buffer_get_iter_at_line (buffer, &iter, i);
      gtk_text_view_get_iter_location (text_view, &iter, &rect);
      pango_layout_set_text (layout, info->number, -1);
      pango_layout_get_pixel_size (layout, &width, &height);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (MAX (0, rect.x - width - 6),
                                                    rect.y + MAX (0, rect.height - height)));
      gtk_snapshot_append_layout (snapshot, layout, &color);
      gtk_snapshot_restore (snapshot);
    }
}

/* Actions */

static void
set_style_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  fy_editor_set_style (FY_EDITOR (widget), g_variant_get_uint32 (parameter));
}

static void
toggle_lead_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  fy_editor_toggle_lead (FY_EDITOR (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  fy_editor_undo (FY_EDITOR (widget));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  fy_editor_redo (FY_EDITOR (widget));
}

/* GObject */

static void
fy_editor_dispose (GObject *object)
{
  FyEditor *self = (FyEditor *)object;

  g_clear_handle_id (&self->sync_source, g_source_remove);
  g_clear_handle_id (&self->group_timeout, g_source_remove);
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_clear_object (&self->document);
    }

  G_OBJECT_CLASS (fy_editor_parent_class)->dispose (object);
}

static void
fy_editor_finalize (GObject *object)
{
  FyEditor *self = (FyEditor *)object;

  fy_editor_undo_finalize (self);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->style_tags, g_free);

  G_OBJECT_CLASS (fy_editor_parent_class)->finalize (object);
}

static void
fy_editor_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FyEditor *self = FY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_STYLE:
      g_value_set_uint (value, self->style);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, fy_editor_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, fy_editor_get_can_redo (self));
      break;

    case PROP_CURRENT_BLOCK:
      g_value_set_uint (value, fy_editor_get_current_block (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_editor_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FyEditor *self = FY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      fy_editor_set_document (self, g_value_get_object (value));
      break;

    case PROP_STYLE:
      fy_editor_set_style (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_editor_class_init (FyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);
  static const struct {
    guint        key;
    guint        style;
  } style_keys[] = {
    { GDK_KEY_0, 0 },
    { GDK_KEY_1, 1 },
    { GDK_KEY_2, 2 },
    { GDK_KEY_3, 3 },
    { GDK_KEY_4, 4 },
    { GDK_KEY_t, 5 },
  };

  object_class->dispose = fy_editor_dispose;
  object_class->finalize = fy_editor_finalize;
  object_class->get_property = fy_editor_get_property;
  object_class->set_property = fy_editor_set_property;

  text_view_class->copy_clipboard = fy_editor_copy_clipboard;
  text_view_class->cut_clipboard = fy_editor_cut_clipboard;
  text_view_class->paste_clipboard = fy_editor_paste_clipboard;
  text_view_class->snapshot_layer = fy_editor_snapshot_layer;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         FY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STYLE] =
    g_param_spec_uint ("style", NULL, NULL,
                       0, N_STYLES - 1, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CURRENT_BLOCK] =
    g_param_spec_uint ("current-block", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "editor.set-style", "u", set_style_action);
  gtk_widget_class_install_action (widget_class, "editor.toggle-lead", NULL, toggle_lead_action);
  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "editor.redo", NULL, redo_action);

  for (guint i = 0; i < G_N_ELEMENTS (style_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, style_keys[i].key, GDK_CONTROL_MASK,
                                         "editor.set-style", "u", style_keys[i].style);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK,
                                       "editor.toggle-lead", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "editor.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK,
                                       "editor.redo", NULL);

  gtk_widget_class_set_css_name (widget_class, "textview");
}

static void
create_tags (FyEditor *self)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);

  self->style_tags = g_new0 (GtkTextTag *, N_STYLES);
  for (guint i = 0; i < N_STYLES; i++)
    {
      g_autofree char *name = g_strdup_printf ("style-%u", i);

      self->style_tags[i] = gtk_text_buffer_create_tag (buffer, name, NULL);
    }

  /* The look of each style echoes the printed page without copying its
   * fonts, which the preview shows exactly. */
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_PARAGRAPH, 0)],
                "indent", 32, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_HEADING, 1)],
                "weight", PANGO_WEIGHT_BOLD, "family", "sans-serif",
                "indent", 32, "pixels-above-lines", 6, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_HEADING, 2)],
                "weight", PANGO_WEIGHT_BOLD, "indent", 32, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_HEADING, 3)],
                "weight", PANGO_WEIGHT_SEMIBOLD, "indent", 32, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_HEADING, 4)],
                "weight", PANGO_WEIGHT_SEMIBOLD, "indent", 32, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_TITLE, 0)],
                "weight", PANGO_WEIGHT_BOLD, "scale", 1.5,
                "justification", GTK_JUSTIFY_CENTER,
                "pixels-above-lines", 12, "pixels-below-lines", 12, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_SUBTITLE, 0)],
                "scale", 1.1, "justification", GTK_JUSTIFY_CENTER, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_SPEAKER, 0)],
                "justification", GTK_JUSTIFY_CENTER, "pixels-below-lines", 12, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_CLOSING, 0)],
                "indent", 32, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_SIGNATURE, 0)],
                "justification", GTK_JUSTIFY_RIGHT, "right-margin", 32, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_DATE_LINE, 0)],
                "justification", GTK_JUSTIFY_RIGHT, "right-margin", 32, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_ATTACHMENT, 0)],
                "indent", 32, NULL);

  self->lead_tag = gtk_text_buffer_create_tag (buffer, "lead",
                                               "weight", PANGO_WEIGHT_BOLD,
                                               NULL);
  self->field_tag = gtk_text_buffer_create_tag (buffer, "field",
                                                "background", "#dbe8fa",
                                                "foreground", "#1a4d8f",
                                                NULL);
  self->unset_field_tag = gtk_text_buffer_create_tag (buffer, "unset-field",
                                                      "background", "#fbe3c4",
                                                      "foreground", "#8a4b00",
                                                      "style", PANGO_STYLE_ITALIC,
                                                      NULL);
  self->match_tag = gtk_text_buffer_create_tag (buffer, "search-match",
                                                "background", "#f8e45c",
                                                NULL);
  /* Higher priority than the chip colours. */
  gtk_text_tag_set_priority (self->unset_field_tag,
                             gtk_text_tag_table_get_size (gtk_text_buffer_get_tag_table (buffer)) - 2);
}

static void
fy_editor_init (FyEditor *self)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  FyEditorLine empty = { NULL, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL };

  self->lines = g_array_new (FALSE, TRUE, sizeof (FyEditorLine));
  g_array_set_clear_func (self->lines, line_clear);
  g_array_append_val (self->lines, empty);

  /* Our own undo covers style changes and outline moves as well as
   * typing, which GtkTextBuffer's history cannot. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  fy_editor_undo_init (self);

  create_tags (self);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), 64);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self), 24);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self), 18);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self), 48);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (self), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "fy-editor");

  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (insert_text_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (insert_text_after_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (buffer, "delete-range", G_CALLBACK (delete_range_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "delete-range", G_CALLBACK (delete_range_after_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (buffer, "end-user-action", G_CALLBACK (end_user_action_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "mark-set", G_CALLBACK (mark_set_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect (self, "preedit-changed", G_CALLBACK (preedit_changed_cb), NULL);
}

/* Public API */

guint
fy_editor_get_n_styles (void)
{
  return N_STYLES;
}

/**
 * fy_editor_get_style_label:
 * @style: a style index below fy_editor_get_n_styles()
 *
 * Returns: (transfer none): the translated name of the paragraph style
 */
const char *
fy_editor_get_style_label (guint style)
{
  g_return_val_if_fail (style < N_STYLES, NULL);

  return _(styles[style].label);
}

guint
fy_editor_style_for_role (FyBlockRole role,
                          guint       level)
{
  for (guint i = 0; i < N_STYLES; i++)
    if (styles[i].role == role &&
        (role != FY_BLOCK_ROLE_HEADING || styles[i].level == CLAMP (level, 1, FY_HEADING_MAX_LEVEL)))
      return i;

  return 0;
}

GtkWidget *
fy_editor_new (void)
{
  return g_object_new (FY_TYPE_EDITOR, NULL);
}

/**
 * fy_editor_get_document:
 * @self: a #FyEditor
 *
 * Returns: (transfer none) (nullable): the document being edited
 */
FyDocument *
fy_editor_get_document (FyEditor *self)
{
  g_return_val_if_fail (FY_IS_EDITOR (self), NULL);

  return self->document;
}

/**
 * fy_editor_set_document:
 * @self: a #FyEditor
 * @document: (nullable): the document to edit
 *
 * Shows @document; the undo history starts afresh.
 */
void
fy_editor_set_document (FyEditor   *self,
                        FyDocument *document)
{
  g_return_if_fail (FY_IS_EDITOR (self));
  g_return_if_fail (document == NULL || FY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    {
      sync_to_model (self);
      g_signal_handlers_disconnect_by_data (self->document, self);
    }

  g_set_object (&self->document, document);

  if (document != NULL)
    {
      g_signal_connect_object (document, "items-changed",
                               G_CALLBACK (document_items_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "field-changed",
                               G_CALLBACK (document_field_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::numbering",
                               G_CALLBACK (update_numbers), self, G_CONNECT_SWAPPED);
    }

  rebuild_buffer (self);
  fy_editor_clear_undo (self);
  update_style_from_cursor (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
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
    fy_editor_restyle_all (self);
  sync_to_model (self);
}

/**
 * fy_editor_get_current_block:
 * @self: a #FyEditor
 *
 * Returns: the position of the block (paragraph) holding the cursor
 */
guint
fy_editor_get_current_block (FyEditor *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_return_val_if_fail (FY_IS_EDITOR (self), 0);

  buffer = fy_editor_get_buffer_internal (self);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));

  return gtk_text_iter_get_line (&iter);
}

/**
 * fy_editor_jump_to_block:
 * @self: a #FyEditor
 * @position: a block position
 * @char_offset: a character offset in the block's text
 *
 * Moves the cursor there and scrolls it into view.
 */
void
fy_editor_jump_to_block (FyEditor *self,
                         guint     position,
                         guint     char_offset)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_return_if_fail (FY_IS_EDITOR (self));

  buffer = fy_editor_get_buffer_internal (self);
  if (position >= self->lines->len)
    position = self->lines->len - 1;

  gtk_text_buffer_get_iter_at_line (buffer, &iter, position);
  if (char_offset > 0)
    {
      GtkTextIter end = iter;

      if (!gtk_text_iter_ends_line (&end))
        gtk_text_iter_forward_to_line_end (&end);
      char_offset = MIN (char_offset, (guint)gtk_text_iter_get_line_offset (&end));
      gtk_text_iter_set_line_offset (&iter, char_offset);
    }

  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer),
                                0.1, TRUE, 0.0, 0.2);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

guint
fy_editor_get_style (FyEditor *self)
{
  g_return_val_if_fail (FY_IS_EDITOR (self), 0);

  return self->style;
}

/**
 * fy_editor_set_style:
 * @self: a #FyEditor
 * @style: a style index, see fy_editor_get_n_styles()
 *
 * Gives the paragraphs of the selection (or the cursor's) that style, as
 * one undo step.
 */
void
fy_editor_set_style (FyEditor *self,
                     guint     style)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  guint first, last;
  gboolean changed = FALSE;

  g_return_if_fail (FY_IS_EDITOR (self));
  g_return_if_fail (style < N_STYLES);

  buffer = fy_editor_get_buffer_internal (self);
  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  first = gtk_text_iter_get_line (&start);
  last = gtk_text_iter_get_line (&end);

  for (guint i = first; i <= last; i++)
    {
      FyEditorLine *info = get_line (self, i);

      if (fy_editor_style_for_role (info->role, info->level) == style)
        continue;

      if (!changed)
        fy_editor_push_undo_step (self);
      changed = TRUE;

      info->role = styles[style].role;
      info->level = styles[style].level;
      restyle_line (self, i);
    }

  if (changed)
    {
      fy_editor_queue_sync (self);
      update_numbers (self);
    }

  if (self->style != style)
    {
      self->style = style;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STYLE]);
    }
}

static gboolean
is_sentence_end (gunichar c)
{
  return c == 0x3002 /* 。 */ || c == 0xFF01 /* ！ */ || c == 0xFF1F /* ？ */ ||
         c == 0xFF1B /* ； */ || c == 0xFF1A /* ： */ || c == '!' || c == '?';
}

/**
 * fy_editor_toggle_lead:
 * @self: a #FyEditor
 *
 * Makes the opening of the current paragraph its bold lead sentence: up to
 * the end of the selection, or else its first sentence.  If the paragraph
 * has a lead already, the lead is removed.
 */
void
fy_editor_toggle_lead (FyEditor *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter line_start, line_end, sel_start, sel_end, iter;
  GtkTextIter lead_end;
  guint line;

  g_return_if_fail (FY_IS_EDITOR (self));

  buffer = fy_editor_get_buffer_internal (self);
  gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end);
  line = gtk_text_iter_get_line (&sel_start);
  get_line_bounds (self, line, &line_start, &line_end);

  if (gtk_text_iter_equal (&line_start, &line_end))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  fy_editor_push_undo_step (self);

  /* Already has one: remove it. */
  iter = line_start;
  if (gtk_text_iter_has_tag (&iter, self->lead_tag) ||
      gtk_text_iter_forward_to_tag_toggle (&iter, self->lead_tag))
    {
      if (gtk_text_iter_compare (&iter, &line_end) < 0)
        {
          gtk_text_buffer_remove_tag (buffer, self->lead_tag, &line_start, &line_end);
          fy_editor_queue_sync (self);
          return;
        }
    }

  if (!gtk_text_iter_equal (&sel_start, &sel_end) && gtk_text_iter_get_line (&sel_end) == line)
    lead_end = sel_end;
  else
    {
      lead_end = line_start;
      while (!gtk_text_iter_ends_line (&lead_end))
        {
          gunichar c = gtk_text_iter_get_char (&lead_end);

          gtk_text_iter_forward_char (&lead_end);
          if (is_sentence_end (c))
            break;
        }
    }

  gtk_text_buffer_apply_tag (buffer, self->lead_tag, &line_start, &lead_end);
  fy_editor_queue_sync (self);
}

static FyBlock *
read_block_range (FyEditor          *self,
                  FyEditorLine      *info,
                  const GtkTextIter *start,
                  const GtkTextIter *end)
{
  FyBlock *block = fy_block_new (info->role);

  if (info->role == FY_BLOCK_ROLE_HEADING)
    fy_block_set_level (block, info->level);
  fy_editor_read_range (self, block, start, end);

  return block;
}

/**
 * fy_editor_paste_text:
 * @self: a #FyEditor
 * @text: text from the clipboard
 *
 * Inserts @text at the cursor the way pasting does: text of several
 * paragraphs goes through fy_import_paste(), so that 一、（一）1.（1）
 * prefixes become headings and wrap spaces disappear; a single line is
 * inserted as typed, wrap spaces removed.
 */
void
fy_editor_paste_text (FyEditor   *self,
                      const char *text)
{
  g_autoptr(GPtrArray) pasted = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GPtrArray) identities = NULL;
  g_autoptr(FyBlock) head = NULL;
  g_autoptr(FyBlock) tail = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter iter, line_start, line_end;
  FyEditorLine *info;
  g_autofree char *trimmed = NULL;
  guint line;

  g_return_if_fail (FY_IS_EDITOR (self));
  g_return_if_fail (text != NULL);

  buffer = fy_editor_get_buffer_internal (self);
  if (!gtk_text_view_get_editable (GTK_TEXT_VIEW (self)))
    return;

  trimmed = g_strdup (text);
  g_strchomp (trimmed);
  if (!g_utf8_validate (trimmed, -1, NULL))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  if (strchr (trimmed, '\n') == NULL && strchr (trimmed, '\r') == NULL)
    {
      g_autofree char *clean = fy_import_clean_wrap_spaces (trimmed);

      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
      gtk_text_buffer_insert_interactive_at_cursor (buffer, clean, -1, TRUE);
      gtk_text_buffer_end_user_action (buffer);
      gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer));
      return;
    }

  pasted = fy_import_paste (trimmed, -1);
  if (pasted == NULL || pasted->len == 0)
    return;

  fy_editor_push_undo_step (self);
  self->compound = TRUE;
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  self->compound = FALSE;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  line = gtk_text_iter_get_line (&iter);
  info = get_line (self, line);
  get_line_bounds (self, line, &line_start, &line_end);

  blocks = g_ptr_array_new ();
  identities = g_ptr_array_new ();

  /* The paragraph at the cursor is split around the pasted ones. */
  if (!gtk_text_iter_equal (&line_start, &iter))
    {
      head = read_block_range (self, info, &line_start, &iter);
      g_ptr_array_add (blocks, head);
      g_ptr_array_add (identities, info->block);
    }
  for (guint i = 0; i < pasted->len; i++)
    {
      g_ptr_array_add (blocks, g_ptr_array_index (pasted, i));
      g_ptr_array_add (identities, NULL);
    }
  if (!gtk_text_iter_equal (&iter, &line_end))
    {
      tail = read_block_range (self, info, &iter, &line_end);
      g_ptr_array_add (blocks, tail);
      g_ptr_array_add (identities, head == NULL ? info->block : NULL);
    }

  /* The pasted blocks stand for themselves in the model. */
  for (guint i = 0; i < blocks->len; i++)
    if (g_ptr_array_index (identities, i) == NULL)
      identities->pdata[i] = g_ptr_array_index (blocks, i);

  fy_editor_replace_lines (self, line, 1,
                           (FyBlock **)blocks->pdata, (FyBlock **)identities->pdata,
                           blocks->len);

  {
    guint last_pasted = line + (head ? 1 : 0) + pasted->len - 1;

    get_line_bounds (self, last_pasted, &line_start, &line_end);
    gtk_text_buffer_place_cursor (buffer, &line_end);
  }

  fy_editor_queue_sync (self);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer));
}

/* Proofreading findings */

#define LINT_TAG      "lint"
#define LINT_INFO_TAG "lint-info"

static GtkTextTag *
get_lint_tag (FyEditor *self,
              gboolean  info)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (fy_editor_get_buffer_internal (self));
  const char *name = info ? LINT_INFO_TAG : LINT_TAG;
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);

  if (tag == NULL)
    {
      GdkRGBA color;

      gdk_rgba_parse (&color, info ? "#1c71d8" : "#e01b24");
      tag = gtk_text_tag_new (name);
      g_object_set (tag,
                    "underline", info ? PANGO_UNDERLINE_SINGLE : PANGO_UNDERLINE_ERROR,
                    "underline-rgba", &color,
                    NULL);
      gtk_text_tag_table_add (table, tag);
      g_object_unref (tag);
    }

  return tag;
}

/* The buffer offset in line @line of the character offset @offset of its
 * block's text (`{{name}}` for a field): chips show values, so a field
 * maps to the start of its chip, or (for @is_end) to its end. */
static guint
lint_offset_in_line (FyEditor *self,
                     FyBlock  *block,
                     guint     offset,
                     gboolean  is_end)
{
  guint run_index, run_offset;
  guint line_offset = 0;

  if (is_end && offset > 0)
    {
      /* The end of a range is the character before it, plus one. */
      fy_lint_locate_in_runs (block, offset - 1, &run_index, &run_offset);
      if (run_index < fy_block_get_n_runs (block) &&
          fy_block_get_run (block, run_index)->kind != FY_RUN_FIELD)
        run_offset++;
      else if (run_index < fy_block_get_n_runs (block))
        {
          run_index++;
          run_offset = 0;
        }
    }
  else
    fy_lint_locate_in_runs (block, offset, &run_index, &run_offset);

  for (guint r = 0; r < run_index && r < fy_block_get_n_runs (block); r++)
    {
      const FyRun *run = fy_block_get_run (block, r);

      if (run->kind == FY_RUN_FIELD)
        {
          gboolean is_set;
          g_autofree char *text = dup_field_display (self, run->text, &is_set);

          line_offset += g_utf8_strlen (text, -1);
        }
      else
        {
          g_autofree char *text = encode_line_breaks (run->text);

          line_offset += g_utf8_strlen (text, -1);
        }
    }

  return line_offset + run_offset;
}

/**
 * fy_editor_set_lint_findings:
 * @self: a #FyEditor
 * @findings: (nullable) (element-type FyLintFinding): findings of
 *   fy_lint_document() on the editor's document, or %NULL to clear
 *
 * Underlines the findings' ranges (tags only: neither the text nor the
 * undo history changes).  Findings are left out while the buffer is
 * ahead of the model or an input method shows preedit text, since their
 * offsets would not match; the next lint run puts them back.
 */
void
fy_editor_set_lint_findings (FyEditor  *self,
                             GPtrArray *findings)
{
  GtkTextBuffer *buffer;
  GtkTextTag *tag, *info_tag;
  GtkTextIter start, end;

  g_return_if_fail (FY_IS_EDITOR (self));

  buffer = fy_editor_get_buffer_internal (self);
  tag = get_lint_tag (self, FALSE);
  info_tag = get_lint_tag (self, TRUE);

  if (self->in_preedit)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
  gtk_text_buffer_remove_tag (buffer, info_tag, &start, &end);

  if (findings == NULL || self->document == NULL || self->dirty)
    return;

  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);
      guint position = fy_lint_finding_get_block (finding);
      FyBlock *block;
      guint line_len, from, to;

      if (position >= self->lines->len ||
          position >= fy_document_get_n_blocks (self->document))
        continue;
      block = fy_document_get_block (self->document, position);
      if (get_line (self, position)->block != block)
        continue;

      get_line_bounds (self, position, &start, &end);
      line_len = gtk_text_iter_get_line_offset (&end);
      from = MIN (lint_offset_in_line (self, block, fy_lint_finding_get_start (finding), FALSE),
                  line_len);
      to = MIN (lint_offset_in_line (self, block, fy_lint_finding_get_end (finding), TRUE),
                line_len);
      if (to <= from)
        {
          /* A finding about the whole paragraph, or an empty range:
           * mark one character so that it shows. */
          if (line_len == 0)
            continue;
          if (from >= line_len)
            from = line_len - 1;
          to = from + 1;
        }

      gtk_text_iter_set_line_offset (&start, from);
      end = start;
      gtk_text_iter_set_line_offset (&end, to);
      gtk_text_buffer_apply_tag (buffer,
                                 fy_lint_finding_get_severity (finding) == FY_LINT_SEVERITY_INFO
                                 ? info_tag : tag,
                                 &start, &end);
    }
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
  fy_editor_push_undo_step (self);
}

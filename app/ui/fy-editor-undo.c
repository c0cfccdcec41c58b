/* fy-editor-undo.c — undo and redo of typing and structural edits
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-editor"

#include "config.h"

#include "fy-editor-private.h"

/*
 * GtkTextBuffer's own history records text only, not the paragraph
 * styles kept beside the buffer nor outline moves, so the editor keeps its
 * own: a step is a snapshot of every line (content, style and the model
 * block it stands for) and the cursor, taken before the edit.  Restoring
 * rewrites only the lines that differ.
 *
 * Reading a long paragraph back from the buffer costs a walk over its tag
 * toggles, so a snapshot of 120 such lines took tens of milliseconds at
 * the first key of every typing group.  Each line therefore keeps the
 * block it was last read as (FyEditorLine.content, immutable and shared by
 * the snapshots), forgotten by anything that may change what the line
 * reads as: text inserted or deleted in it, a tag applied or removed in it
 * (all but the proofreading and search highlights, which are not content),
 * a new paragraph style.  A line the editor writes from a block starts
 * with a copy of that block (fy_editor_replace_lines()), a line typed
 * with none.  A snapshot then reads only the lines edited since the last
 * one.  Typing is grouped into steps that end at a pause, a
 * new paragraph, or after a few seconds of continuous typing.
 *
 * The document's field values are part of every step, so that a change of
 * 发言人 in the fields panel is undone in its place among the text edits
 * (one step per field edited, however many keys it took), and undoing a
 * restored version brings its fields back too.  The editor keeps the
 * values as it last saw them, since a step must hold the values from
 * before the change that the "field-changed" signal reports.
 */

#define MAX_STEPS          200
#define GROUP_PAUSE_MS     1000
#define GROUP_MAX_USEC     (4 * G_USEC_PER_SEC)

/* The metadata that follow the well-known fields (fy-document.c), but
 * stay when a field is emptied: Undo puts them back as they were, or an
 * undone unit stayed the PDF's organisation and the speech modified. */
static const char *const followed_metadata[] = { "meeting", "organisation", "speaker", "date" };
#define N_FOLLOWED G_N_ELEMENTS (followed_metadata)

struct _FyEditorSnapshot
{
  GPtrArray  *blocks;       /* content of each line */
  GPtrArray  *identities;   /* the model block of each line, or NULL */
  GHashTable *fields;       /* field name → value */
  GStrv       field_order;  /* their names, in the document's order */
  FyNumberingMode numbering; /* the headings' numbers go with their text */
  char       *preset;       /* the page format, switched in the menu */
  char       *metadata[N_FOLLOWED]; /* the fields' metadata */
  gboolean    page_numbers; /* and the page numbers, on or off there */
  int         cursor;
};

static void
snapshot_free (gpointer data)
{
  FyEditorSnapshot *snapshot = data;

  g_ptr_array_unref (snapshot->blocks);
  g_ptr_array_unref (snapshot->identities);
  g_hash_table_unref (snapshot->fields);
  g_strfreev (snapshot->field_order);
  g_free (snapshot->preset);
  for (guint i = 0; i < N_FOLLOWED; i++)
    g_free (snapshot->metadata[i]);
  g_free (snapshot);
}

static GHashTable *
copy_fields (GHashTable *fields)
{
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  if (fields == NULL)
    return copy;

  g_hash_table_iter_init (&iter, fields);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), g_strdup (value));

  return copy;
}

static GHashTable *
read_document_fields (FyDocument *document)
{
  GHashTable *fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) names = NULL;

  if (document == NULL)
    return fields;

  names = fy_document_dup_field_names (document);
  for (guint i = 0; names[i] != NULL; i++)
    g_hash_table_insert (fields, g_strdup (names[i]),
                         g_strdup (fy_document_get_field_value (document, names[i])));

  return fields;
}

/* The known fields' names in the document's order: a name set is
 * added at the end, as the document adds it. */
static void
track_field_order (FyEditor   *self,
                   const char *name,
                   gboolean    set)
{
  guint index;

  if (g_ptr_array_find_with_equal_func (self->known_field_order, name, g_str_equal, &index))
    {
      if (!set)
        g_ptr_array_remove_index (self->known_field_order, index);
    }
  else if (set)
    g_ptr_array_add (self->known_field_order, g_strdup (name));
}

static GStrv
dup_field_order (FyEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->known_field_order->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->known_field_order, i));
  return g_strv_builder_end (builder);
}

/* Sets the document's fields to @fields, in the order of @order, without
 * recording a step.  The order counts: a field emptied and brought back
 * by Undo stands where it stood, so that the text undone to the state it
 * was saved in reads as saved (the window's "•" goes). */
static void
restore_fields (FyEditor   *self,
                GHashTable *fields,
                GStrv       order)
{
  g_auto(GStrv) names = NULL;

  if (self->document == NULL)
    return;

  self->restoring_fields = TRUE;
  names = fy_document_dup_field_names (self->document);
  /* names set again keep their place; others go, or all when the order
   * would differ */
  for (guint i = 0; names[i] != NULL; i++)
    if (!g_strv_equal ((const char * const *) names, (const char * const *) order) ||
        !g_hash_table_contains (fields, names[i]))
      fy_document_set_field_value (self->document, names[i], NULL);
  for (guint i = 0; order[i] != NULL; i++)
    fy_document_set_field_value (self->document, order[i], g_hash_table_lookup (fields, order[i]));
  self->restoring_fields = FALSE;

  g_clear_pointer (&self->known_fields, g_hash_table_unref);
  self->known_fields = copy_fields (fields);
  g_ptr_array_set_size (self->known_field_order, 0);
  for (guint i = 0; order[i] != NULL; i++)
    g_ptr_array_add (self->known_field_order, g_strdup (order[i]));
}

/**
 * fy_editor_peek_line_content: (skip)
 *
 * Returns: (transfer none): what buffer line @line reads as
 *   (fy_editor_read_line()), read again only if it may have changed since
 *   it was last read; the block must not be modified
 */
FyBlock *
fy_editor_peek_line_content (FyEditor *self,
                             guint     line)
{
  FyEditorLine *info = fy_editor_get_line (self, line);

  if (info->content == NULL)
    info->content = fy_editor_read_line (self, line);

  return info->content;
}

/* Lines @first to @last (clamped to the buffer's) may read differently. */
void
fy_editor_forget_line_content (FyEditor *self,
                               guint     first,
                               guint     last)
{
  if (self->lines->len == 0)
    return;

  last = MIN (last, self->lines->len - 1);
  for (guint i = first; i <= last; i++)
    {
      FyEditorLine *line = fy_editor_get_line (self, i);

      g_clear_object (&line->content);
      /* Its underlines need putting right too (fy-editor-lint.c): they
       * moved with the text, or came with a paragraph joined to it. */
      line->lint_sig = FY_EDITOR_LINT_STALE;
    }
}

static void
tag_changed_cb (FyEditor          *self,
                GtkTextTag        *tag,
                const GtkTextIter *start,
                const GtkTextIter *end,
                GtkTextBuffer     *buffer)
{
  if (tag == self->lint_tag || tag == self->lint_info_tag || tag == self->match_tag ||
      tag == self->front_date_tag)
    return;

  fy_editor_forget_line_content (self, gtk_text_iter_get_line (start), gtk_text_iter_get_line (end));
}

static FyEditorSnapshot *
snapshot_take (FyEditor *self)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  FyEditorSnapshot *snapshot = g_new0 (FyEditorSnapshot, 1);
  GtkTextIter iter;

  snapshot->blocks = g_ptr_array_new_with_free_func (g_object_unref);
  /* May hold NULL, so released by hand in snapshot_free_full(). */
  snapshot->identities = g_ptr_array_new ();

  for (guint i = 0; i < self->lines->len; i++)
    {
      FyEditorLine *line = &g_array_index (self->lines, FyEditorLine, i);

      g_ptr_array_add (snapshot->blocks, g_object_ref (fy_editor_peek_line_content (self, i)));
      g_ptr_array_add (snapshot->identities, line->block ? g_object_ref (line->block) : NULL);
    }

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  snapshot->cursor = gtk_text_iter_get_offset (&iter);
  snapshot->fields = copy_fields (self->known_fields);
  snapshot->field_order = dup_field_order (self);
  snapshot->numbering = self->document != NULL ? fy_document_get_numbering (self->document)
                                               : FY_NUMBERING_AUTO;
  snapshot->preset = self->document != NULL ? g_strdup (fy_document_get_style_preset (self->document))
                                            : NULL;
  snapshot->page_numbers = self->document == NULL || fy_document_get_page_numbers (self->document);
  for (guint i = 0; i < N_FOLLOWED && self->document != NULL; i++)
    g_object_get (self->document, followed_metadata[i], &snapshot->metadata[i], NULL);

  return snapshot;
}

static void
identities_release (GPtrArray *identities)
{
  for (guint i = 0; i < identities->len; i++)
    if (g_ptr_array_index (identities, i) != NULL)
      g_object_unref (g_ptr_array_index (identities, i));
  g_ptr_array_set_size (identities, 0);
}

static void
snapshot_free_full (gpointer data)
{
  FyEditorSnapshot *snapshot = data;

  identities_release (snapshot->identities);
  snapshot_free (snapshot);
}

static void
snapshot_restore (FyEditor         *self,
                  FyEditorSnapshot *snapshot)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  g_autoptr(GHashTable) kept = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) identities = g_ptr_array_new ();
  guint n_old = self->lines->len;
  guint n_new = snapshot->blocks->len;
  guint prefix, suffix;
  GtkTextIter iter;

  /* The fields first: a field change makes the editor show the model's
   * blocks, which the lines below then replace. */
  restore_fields (self, snapshot->fields, snapshot->field_order);
  for (guint i = 0; i < N_FOLLOWED && self->document != NULL; i++)
    {
      g_autofree char *current = NULL;

      g_object_get (self->document, followed_metadata[i], &current, NULL);
      if (g_strcmp0 (current, snapshot->metadata[i]) != 0)
        g_object_set (self->document, followed_metadata[i], snapshot->metadata[i], NULL);
    }
  /* "As written" put the imported ordinals back into the headings' text:
   * the mode comes back with the text, or the numbers would be lost. */
  if (self->document != NULL && fy_document_get_numbering (self->document) != snapshot->numbering)
    fy_document_set_numbering (self->document, snapshot->numbering);
  if (self->document != NULL && snapshot->preset != NULL)
    fy_document_set_style_preset (self->document, snapshot->preset);
  if (self->document != NULL)
    fy_document_set_page_numbers (self->document, snapshot->page_numbers);

  /* Only the lines between an equal beginning and end are rewritten, so
   * the view does not jump. */
  for (prefix = 0; prefix < MIN (n_old, n_new); prefix++)
    {
      FyBlock *current = fy_editor_peek_line_content (self, prefix);

      if (!fy_block_equal (current, g_ptr_array_index (snapshot->blocks, prefix)))
        break;
    }
  for (suffix = 0; suffix < MIN (n_old, n_new) - prefix; suffix++)
    {
      FyBlock *current = fy_editor_peek_line_content (self, n_old - 1 - suffix);

      if (!fy_block_equal (current, g_ptr_array_index (snapshot->blocks, n_new - 1 - suffix)))
        break;
    }

  for (guint i = 0; i < n_old; i++)
    if (i < prefix || i >= n_old - suffix)
      {
        FyEditorLine *line = &g_array_index (self->lines, FyEditorLine, i);

        if (line->block != NULL)
          g_hash_table_add (kept, line->block);
      }

  /* A block may stand for one line only. */
  for (guint i = prefix; i < n_new - suffix; i++)
    {
      FyBlock *identity = g_ptr_array_index (snapshot->identities, i);

      if (identity != NULL && g_hash_table_contains (kept, identity))
        identity = NULL;
      if (identity != NULL)
        g_hash_table_add (kept, identity);
      g_ptr_array_add (identities, identity);
    }

  if (prefix + suffix < MAX (n_old, n_new))
    fy_editor_replace_lines (self, prefix, n_old - prefix - suffix,
                             (FyBlock **)snapshot->blocks->pdata + prefix,
                             (FyBlock **)identities->pdata,
                             n_new - prefix - suffix);


  gtk_text_buffer_get_iter_at_offset (buffer, &iter, snapshot->cursor);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer));

  fy_editor_queue_sync (self);
}

static void
notify_can_undo_redo (FyEditor *self)
{
  g_object_notify (G_OBJECT (self), "can-undo");
  g_object_notify (G_OBJECT (self), "can-redo");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo", self->undo_stack->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.redo", self->redo_stack->len > 0);
}

static void
push_step (FyEditor *self)
{
  g_ptr_array_add (self->undo_stack, snapshot_take (self));
  if (self->undo_stack->len > MAX_STEPS)
    g_ptr_array_remove_index (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_can_undo_redo (self);
}

static gboolean
group_timeout_cb (gpointer user_data)
{
  FyEditor *self = user_data;

  self->group_timeout = 0;
  self->group_open = FALSE;

  return G_SOURCE_REMOVE;
}

static void
field_changed_cb (FyEditor   *self,
                  const char *name,
                  FyDocument *document)
{
  const char *value = fy_document_get_field_value (document, name);


  /* A field edit is a step of its own, however many keys it takes; field
   * changes made with a structural edit (a restored version) belong to
   * its step, and those of undo to none. */
  if (!self->restoring_fields && !self->compound && self->model_group_source == 0
      && !(self->group_open && g_strcmp0 (self->field_group, name) == 0))
    {
      fy_editor_end_typing_group (self);
      push_step (self);
      self->group_open = TRUE;
      self->field_group = g_strdup (name);
    }

  if (value != NULL)
    g_hash_table_insert (self->known_fields, g_strdup (name), g_strdup (value));
  else
    g_hash_table_remove (self->known_fields, name);
  track_field_order (self, name, value != NULL);
}

/* Called when the editor shows @document: its fields as they are now. */
void
fy_editor_undo_connect_document (FyEditor   *self,
                                 FyDocument *document)
{
  g_clear_pointer (&self->known_fields, g_hash_table_unref);
  self->known_fields = read_document_fields (document);
  g_ptr_array_set_size (self->known_field_order, 0);
  if (document != NULL)
    {
      g_auto(GStrv) names = fy_document_dup_field_names (document);

      for (guint i = 0; names[i] != NULL; i++)
        g_ptr_array_add (self->known_field_order, g_strdup (names[i]));
    }
  if (document != NULL)
    g_signal_connect_object (document, "field-changed", G_CALLBACK (field_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

void
fy_editor_undo_init (FyEditor *self)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);

  /* Text edits forget the lines' content in fy-editor-sync.c, before the
   * lines move. */
  g_signal_connect_object (buffer, "apply-tag", G_CALLBACK (tag_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "remove-tag", G_CALLBACK (tag_changed_cb), self, G_CONNECT_SWAPPED);
  self->undo_stack = g_ptr_array_new_with_free_func (snapshot_free_full);
  self->known_field_order = g_ptr_array_new_with_free_func (g_free);
  self->redo_stack = g_ptr_array_new_with_free_func (snapshot_free_full);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.redo", FALSE);
}

void
fy_editor_undo_finalize (FyEditor *self)
{
  fy_editor_end_typing_group (self);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->known_fields, g_hash_table_unref);
  g_clear_pointer (&self->known_field_order, g_ptr_array_unref);
}

/* Called before the buffer changes by typing (or a typed deletion). */
void
fy_editor_begin_typing (FyEditor *self)
{
  gint64 now = g_get_monotonic_time ();

  if (self->compound)
    return;

  if (!self->group_open || self->field_group != NULL || now - self->group_started > GROUP_MAX_USEC)
    {
      fy_editor_end_typing_group (self);
      push_step (self);
      self->group_open = TRUE;
      self->group_started = now;
    }

  g_clear_handle_id (&self->group_timeout, g_source_remove);
  self->group_timeout = g_timeout_add (GROUP_PAUSE_MS, group_timeout_cb, self);
}

void
fy_editor_end_typing_group (FyEditor *self)
{
  g_clear_handle_id (&self->group_timeout, g_source_remove);
  g_clear_handle_id (&self->model_group_source, g_source_remove);
  g_clear_pointer (&self->field_group, g_free);
  self->group_open = FALSE;
}

static gboolean
model_group_end_cb (gpointer user_data)
{
  FyEditor *self = user_data;

  self->model_group_source = 0;
  return G_SOURCE_REMOVE;
}

/* A step of its own, before a structural edit. */
void
fy_editor_push_undo_step (FyEditor *self)
{
  if (self->model_group_source != 0)
    return;

  fy_editor_end_typing_group (self);
  push_step (self);
}

/* A step for an edit others make to the model (a restored version, Fix
 * all): what they change before the main loop runs again, fields and
 * blocks alike, belongs to this one step. */
void
fy_editor_push_model_step (FyEditor *self)
{
  fy_editor_push_undo_step (self);
  if (self->model_group_source == 0)
    self->model_group_source = g_idle_add (model_group_end_cb, self);
}

/* Model edits the editor makes itself right after a step it pushed (the
 * 发文字号 a style change puts above the title), before the main loop
 * runs again, belong to that step. */
void
fy_editor_extend_undo_step (FyEditor *self)
{
  if (self->model_group_source == 0)
    self->model_group_source = g_idle_add (model_group_end_cb, self);
}

/**
 * fy_editor_begin_field_edit:
 * @self: a #FyEditor
 * @field: the field about to be given a value
 *
 * Like fy_editor_begin_model_edit(), for lines the caller puts back into
 * the document before it fills @field (the 字段 panel): the lines and
 * the value typed after them, however many keys it takes, are one step.
 */
void
fy_editor_begin_field_edit (FyEditor   *self,
                            const char *field)
{
  g_return_if_fail (FY_IS_EDITOR (self));

  fy_editor_begin_model_edit (self);
  self->group_open = TRUE;
  g_free (self->field_group);
  self->field_group = g_strdup (field);
}

void
fy_editor_clear_undo (FyEditor *self)
{
  fy_editor_end_typing_group (self);
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_can_undo_redo (self);
}

gboolean
fy_editor_get_can_undo (FyEditor *self)
{
  g_return_val_if_fail (FY_IS_EDITOR (self), FALSE);

  return self->undo_stack->len > 0;
}

gboolean
fy_editor_get_can_redo (FyEditor *self)
{
  g_return_val_if_fail (FY_IS_EDITOR (self), FALSE);

  return self->redo_stack->len > 0;
}

void
fy_editor_undo (FyEditor *self)
{
  FyEditorSnapshot *snapshot;

  g_return_if_fail (FY_IS_EDITOR (self));

  if (self->undo_stack->len == 0)
    return;

  fy_editor_end_typing_group (self);
  g_ptr_array_add (self->redo_stack, snapshot_take (self));
  snapshot = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  snapshot_restore (self, snapshot);
  snapshot_free_full (snapshot);
  notify_can_undo_redo (self);
  fy_editor_emit_restored (self);
}

void
fy_editor_redo (FyEditor *self)
{
  FyEditorSnapshot *snapshot;

  g_return_if_fail (FY_IS_EDITOR (self));

  if (self->redo_stack->len == 0)
    return;

  fy_editor_end_typing_group (self);
  g_ptr_array_add (self->undo_stack, snapshot_take (self));
  snapshot = g_ptr_array_steal_index (self->redo_stack, self->redo_stack->len - 1);
  snapshot_restore (self, snapshot);
  snapshot_free_full (snapshot);
  notify_can_undo_redo (self);
  fy_editor_emit_restored (self);
}

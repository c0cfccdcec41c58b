/* fy-editor-search.c — find and replace in the editor
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-editor"

#include "config.h"

#include "fy-editor-private.h"

#define SEARCH_FLAGS (GTK_TEXT_SEARCH_CASE_INSENSITIVE | GTK_TEXT_SEARCH_TEXT_ONLY)

/* Field chips show values, not text of the speech: never match inside. */
static gboolean
range_touches_field (FyEditor          *self,
                     const GtkTextIter *start,
                     const GtkTextIter *end)
{
  GtkTextIter iter = *start;

  if (gtk_text_iter_has_tag (&iter, self->field_tag))
    return TRUE;
  if (!gtk_text_iter_forward_to_tag_toggle (&iter, self->field_tag))
    return FALSE;

  return gtk_text_iter_compare (&iter, end) < 0;
}

static void
highlight_all (FyEditor   *self,
               const char *needle)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter start, end, match_start, match_end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->match_tag, &start, &end);

  if (needle == NULL || *needle == '\0')
    return;

  while (gtk_text_iter_forward_search (&start, needle, SEARCH_FLAGS,
                                       &match_start, &match_end, NULL))
    {
      if (!range_touches_field (self, &match_start, &match_end))
        gtk_text_buffer_apply_tag (buffer, self->match_tag, &match_start, &match_end);
      start = match_end;
    }
}

static gboolean
search_from (FyEditor          *self,
             const char        *needle,
             const GtkTextIter *from,
             gboolean           backwards,
             GtkTextIter       *match_start,
             GtkTextIter       *match_end)
{
  GtkTextIter iter = *from;

  for (;;)
    {
      gboolean found;

      if (backwards)
        found = gtk_text_iter_backward_search (&iter, needle, SEARCH_FLAGS,
                                               match_start, match_end, NULL);
      else
        found = gtk_text_iter_forward_search (&iter, needle, SEARCH_FLAGS,
                                              match_start, match_end, NULL);
      if (!found)
        return FALSE;
      if (!range_touches_field (self, match_start, match_end))
        return TRUE;
      iter = backwards ? *match_start : *match_end;
    }
}

/**
 * fy_editor_find:
 * @self: a #FyEditor
 * @needle: (nullable): text to look for, case-insensitively
 * @backwards: look before the selection instead of after it
 *
 * Selects the next match, wrapping around at the end, and highlights all.
 *
 * Returns: %TRUE if there is a match
 */
gboolean
fy_editor_find (FyEditor   *self,
                const char *needle,
                gboolean    backwards)
{
  GtkTextBuffer *buffer;
  GtkTextIter sel_start, sel_end, from, match_start, match_end;
  gboolean found;

  g_return_val_if_fail (FY_IS_EDITOR (self), FALSE);

  highlight_all (self, needle);
  if (needle == NULL || *needle == '\0')
    return FALSE;

  buffer = fy_editor_get_buffer_internal (self);
  gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end);
  from = backwards ? sel_start : sel_end;

  found = search_from (self, needle, &from, backwards, &match_start, &match_end);
  if (!found)
    {
      if (backwards)
        gtk_text_buffer_get_end_iter (buffer, &from);
      else
        gtk_text_buffer_get_start_iter (buffer, &from);
      found = search_from (self, needle, &from, backwards, &match_start, &match_end);
    }

  if (found)
    {
      gtk_text_buffer_select_range (buffer, &match_start, &match_end);
      gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer),
                                    0.1, FALSE, 0.0, 0.0);
    }

  return found;
}

static gboolean
selection_matches (FyEditor   *self,
                   const char *needle)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter start, end, match_start, match_end;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return FALSE;

  return gtk_text_iter_forward_search (&start, needle, SEARCH_FLAGS,
                                       &match_start, &match_end, &end) &&
         gtk_text_iter_equal (&match_start, &start) &&
         gtk_text_iter_equal (&match_end, &end) &&
         !range_touches_field (self, &start, &end);
}

/**
 * fy_editor_replace:
 * @self: a #FyEditor
 * @needle: the text looked for
 * @replacement: what replaces it
 *
 * Replaces the selected match, if the selection is one, and selects the
 * next match.
 *
 * Returns: %TRUE if a match was replaced
 */
gboolean
fy_editor_replace (FyEditor   *self,
                   const char *needle,
                   const char *replacement)
{
  GtkTextBuffer *buffer;
  gboolean replaced = FALSE;

  g_return_val_if_fail (FY_IS_EDITOR (self), FALSE);
  g_return_val_if_fail (replacement != NULL, FALSE);

  if (needle == NULL || *needle == '\0')
    return FALSE;

  buffer = fy_editor_get_buffer_internal (self);
  if (selection_matches (self, needle))
    {
      fy_editor_push_undo_step (self);
      self->compound = TRUE;
      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
      gtk_text_buffer_insert_interactive_at_cursor (buffer, replacement, -1, TRUE);
      gtk_text_buffer_end_user_action (buffer);
      self->compound = FALSE;
      replaced = TRUE;
    }

  fy_editor_find (self, needle, FALSE);

  return replaced;
}

/**
 * fy_editor_replace_all:
 * @self: a #FyEditor
 * @needle: the text looked for
 * @replacement: what replaces it
 *
 * Replaces every match outside field chips, as one undo step.
 *
 * Returns: how many matches were replaced
 */
guint
fy_editor_replace_all (FyEditor   *self,
                       const char *needle,
                       const char *replacement)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter, match_start, match_end;
  GtkTextMark *mark;
  guint n = 0;

  g_return_val_if_fail (FY_IS_EDITOR (self), 0);
  g_return_val_if_fail (replacement != NULL, 0);

  if (needle == NULL || *needle == '\0')
    return 0;

  buffer = fy_editor_get_buffer_internal (self);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (!search_from (self, needle, &iter, FALSE, &match_start, &match_end))
    return 0;

  fy_editor_push_undo_step (self);
  self->compound = TRUE;
  gtk_text_buffer_begin_user_action (buffer);

  mark = gtk_text_buffer_create_mark (buffer, NULL, &iter, FALSE);
  while (search_from (self, needle, &iter, FALSE, &match_start, &match_end))
    {
      gtk_text_buffer_move_mark (buffer, mark, &match_end);
      gtk_text_buffer_delete (buffer, &match_start, &match_end);
      gtk_text_buffer_insert (buffer, &match_start, replacement, -1);
      gtk_text_buffer_get_iter_at_mark (buffer, &iter, mark);
      n++;
    }
  gtk_text_buffer_delete_mark (buffer, mark);

  gtk_text_buffer_end_user_action (buffer);
  self->compound = FALSE;

  highlight_all (self, NULL);

  return n;
}

void
fy_editor_clear_search (FyEditor *self)
{
  g_return_if_fail (FY_IS_EDITOR (self));

  highlight_all (self, NULL);
}

/**
 * fy_editor_count_matches:
 * @self: a #FyEditor
 * @needle: (nullable): the text looked for
 * @current: (out) (optional): the number of the selected match, from 1,
 *   or 0 when the selection is no match
 *
 * Counts the matches fy_editor_find() goes through (none inside field
 * chips), for the find bar's “3 / 7”.
 *
 * Returns: the number of matches
 */
guint
fy_editor_count_matches (FyEditor   *self,
                         const char *needle,
                         guint      *current)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter, match_start, match_end, sel_start, sel_end;
  gboolean selected;
  guint n = 0;

  g_return_val_if_fail (FY_IS_EDITOR (self), 0);

  if (current != NULL)
    *current = 0;
  if (needle == NULL || *needle == '\0')
    return 0;

  buffer = fy_editor_get_buffer_internal (self);
  selected = gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (search_from (self, needle, &iter, FALSE, &match_start, &match_end))
    {
      n++;
      if (current != NULL && selected && gtk_text_iter_equal (&match_start, &sel_start) &&
          gtk_text_iter_equal (&match_end, &sel_end))
        *current = n;
      iter = match_end;
    }
  return n;
}

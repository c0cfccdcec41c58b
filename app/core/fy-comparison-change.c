/* fy-comparison-change.c — one change found: its names, its key, as JSON, taken over
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-comparison"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "fy-block.h"
#include "fy-comparison.h"
#include "fy-comparison-private.h"
#include "fy-document.h"
#include "fy-error.h"
#include "fy-style.h"

/*
 * fy-comparison.c finds the changes; what a change is then used for is
 * here: named for a reader (a field's label, a page format's name), keyed
 * across comparisons made again, written for scripts, and taken over into
 * the draft (“accept”).  Only the comparison's public accessors are used.
 */

gboolean
fy_change_has_level_change (const FyChange *change)
{
  g_return_val_if_fail (change != NULL, FALSE);
  return change->kind != FY_CHANGE_FIELD &&
         (change->old_role != change->new_role || change->old_level != change->new_level);
}

/**
 * fy_change_dup_label:
 * @change: a %FY_CHANGE_FIELD change
 *
 * The name a reader knows @change's field by: a template field's own
 * name, or for the document's own data (@is_metadata) a word in the
 * user's language (标题, 日期, 版式…), never the member's name.
 *
 * Returns: (transfer full): the label
 */
char *
fy_change_dup_label (const FyChange *change)
{
  static const struct
  {
    const char *member;
    const char *label;
  } labels[] = {
    { "title", N_("Title") },
    { "subtitle", N_("Subtitle") },
    { "speaker", N_("Speaker") },
    { "organisation", N_("Organisation") },
    { "meeting", N_("Meeting") },
    { "date", N_("Date") },
    /* Translators: the document's page format (公文, 审阅稿…) */
    { "style-preset", N_("Page Format") },
    { "time-limit", N_("Time Limit") },
  };

  g_return_val_if_fail (change != NULL && change->name != NULL, NULL);

  if (change->is_metadata)
    for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
      if (strcmp (change->name, labels[i].member) == 0)
        return g_strdup (_(labels[i].label));

  return g_strdup (change->name);
}

/**
 * fy_change_dup_value:
 * @change: a %FY_CHANGE_FIELD change
 * @new_side: the value after the change, or before it
 *
 * @change's value on one side as a reader knows it: a page format by its
 * name (“公文（GB/T 9704）”) rather than its identifier; any other value
 * as it is.
 *
 * Returns: (transfer full) (nullable): the value, or %NULL where there
 *   is none on that side
 */
char *
fy_change_dup_value (const FyChange *change,
                     gboolean        new_side)
{
  const char *value;

  g_return_val_if_fail (change != NULL, NULL);

  value = new_side ? change->new_text : change->old_text;
  if (value != NULL && change->is_metadata && g_strcmp0 (change->name, "style-preset") == 0)
    {
      g_autoptr(FyStyle) style = fy_style_new_from_preset (value, NULL);

      if (style != NULL)
        return g_strdup (fy_style_get_name (style));
    }

  return g_strdup (value);
}

/**
 * fy_change_dup_key:
 * @change: a change
 *
 * What identifies @change across comparisons made again after another
 * change was taken over: its kind, name and wording on both sides (its
 * block numbers shift).
 *
 * Returns: (transfer full): the key
 */
char *
fy_change_dup_key (const FyChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);
  return g_strdup_printf ("%d\x1f%s\x1f%s\x1f%s", change->kind, change->name ? change->name : "",
                          change->old_text ? change->old_text : "",
                          change->new_text ? change->new_text : "");
}

static const char *
kind_to_string (FyChangeKind kind)
{
  static const char * const names[] = { "field", "edited", "inserted", "deleted", "moved" };

  return names[kind];
}

/**
 * fy_comparison_to_json:
 * @self: a #FyComparison
 *
 * For scripts: `{"unchanged": N, "coarse": false, "changes": [ … ]}`; each
 * change has "kind", "old_block"/"new_block" (from 1, absent when none),
 * "name" for fields, "old"/"new" wording, "segments" of
 * {"op": "equal"|"delete"|"insert", "text"}, "edits", and "role"/"level"
 * pairs when those changed, "with_previous": true on a block that moved
 * with the one before it.
 *
 * A block's wording, "old", "new" and the segments alike, is as compared:
 * a template field stays {{会议名称}} (the view and the 对照表 show its
 * value), so that the equal and deleted segments give "old" back and the
 * equal and inserted ones "new".  A field whose value changed is a
 * change of its own ("kind": "field").
 *
 * Returns: (transfer full): pretty-printed JSON with a final newline
 */
char *
fy_comparison_to_json (FyComparison *self)
{
  static const char * const ops[] = { "equal", "delete", "insert" };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (FY_IS_COMPARISON (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "unchanged");
  json_builder_add_int_value (builder, fy_comparison_get_n_unchanged (self));
  json_builder_set_member_name (builder, "coarse");
  json_builder_add_boolean_value (builder, fy_comparison_get_coarse (self));
  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < fy_comparison_get_n_changes (self); i++)
    {
      const FyChange *change = fy_comparison_get_change (self, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, kind_to_string (change->kind));
      if (change->name != NULL)
        {
          json_builder_set_member_name (builder, change->is_metadata ? "metadata" : "field");
          json_builder_add_string_value (builder, change->name);
        }
      if (change->old_index >= 0)
        {
          json_builder_set_member_name (builder, "old_block");
          json_builder_add_int_value (builder, change->old_index + 1);
        }
      if (change->new_index >= 0)
        {
          json_builder_set_member_name (builder, "new_block");
          json_builder_add_int_value (builder, change->new_index + 1);
        }
      if (change->old_text != NULL)
        {
          json_builder_set_member_name (builder, "old");
          json_builder_add_string_value (builder, change->old_text);
        }
      if (change->new_text != NULL)
        {
          json_builder_set_member_name (builder, "new");
          json_builder_add_string_value (builder, change->new_text);
        }
      if (change->with_previous)
        {
          json_builder_set_member_name (builder, "with_previous");
          json_builder_add_boolean_value (builder, TRUE);
        }
      if (fy_change_has_level_change (change))
        {
          json_builder_set_member_name (builder, "role");
          json_builder_begin_array (builder);
          json_builder_add_string_value (builder, fy_block_role_to_string (change->old_role));
          json_builder_add_string_value (builder, fy_block_role_to_string (change->new_role));
          json_builder_end_array (builder);
          json_builder_set_member_name (builder, "level");
          json_builder_begin_array (builder);
          json_builder_add_int_value (builder, change->old_level);
          json_builder_add_int_value (builder, change->new_level);
          json_builder_end_array (builder);
        }
      if (change->segments != NULL && change->segments->len > 0)
        {
          json_builder_set_member_name (builder, "edits");
          json_builder_add_int_value (builder, change->n_edits);
          if (change->coarse)
            {
              json_builder_set_member_name (builder, "coarse");
              json_builder_add_boolean_value (builder, TRUE);
            }
          json_builder_set_member_name (builder, "segments");
          json_builder_begin_array (builder);
          for (guint k = 0; k < change->segments->len; k++)
            {
              const FyChangeSegment *segment = &g_array_index (change->segments, FyChangeSegment, k);

              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "op");
              json_builder_add_string_value (builder, ops[segment->op]);
              json_builder_set_member_name (builder, "text");
              json_builder_add_string_value (builder, segment->text);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  return g_strconcat (text, "\n", NULL);
}

/* Taking a change over ---------------------------------------------------- */

/* Sets the field or metadata member of a %FY_CHANGE_FIELD change in
 * @document to the change's new value. */
void
fy_change_apply_field (const FyChange *change,
                       FyDocument     *document)
{
  g_return_if_fail (change->kind == FY_CHANGE_FIELD);

  if (!change->is_metadata)
    fy_document_set_field_value (document, change->name, change->new_text);
  else if (strcmp (change->name, "time-limit") == 0)
    fy_document_set_time_limit (document,
                                change->new_text != NULL ? (guint) g_ascii_strtoull (change->new_text, NULL, 10) : 0);
  else
    g_object_set (document, change->name, change->new_text, NULL);
}

/* Whether the old document still has the blocks @change was found on. */
static gboolean
change_still_applies (const FyChange *change,
                      FyDocument     *old_document,
                      FyDocument     *new_document)
{
  guint n_old = fy_document_get_n_blocks (old_document);
  guint n_new = fy_document_get_n_blocks (new_document);

  if (change->old_index >= (int) n_old || change->new_index >= (int) n_new ||
      change->anchor > (int) n_old)
    return FALSE;
  if (change->old_index >= 0)
    {
      /* its text with {{fields}}, as compared (not with their values) */
      g_autofree char *text = fy_block_dup_text (fy_document_get_block (old_document, change->old_index));

      if (g_strcmp0 (text, change->old_text) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Moves @n blocks that moved together (@first and the changes after it
 * with FyChange.with_previous), taking the new side's wording. */
static void
apply_moved_passage (const FyChange *first,
                     guint           n,
                     FyDocument     *old_document,
                     FyDocument     *new_document)
{
  int anchor = first->anchor;

  for (guint k = 0; k < n; k++)
    fy_document_remove_block (old_document, first->old_index);
  if (first->old_index < anchor)
    anchor -= n;
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(FyBlock) copy = fy_block_copy (fy_document_get_block (new_document, first->new_index + k));

      fy_document_insert_block (old_document, anchor + k, copy);
    }
}

/**
 * fy_comparison_apply_change:
 * @self: a comparison made by fy_comparison_new (@old_document, @new_document)
 * @index_: the change to take over
 * @old_document: the document to change
 * @new_document: the document the change comes from
 * @error: return location for a #GError
 *
 * Makes @old_document take the new side of one change: an edited block
 * is replaced by a copy of the new one (its runs, lead and fields
 * included), a deleted one removed, an inserted or moved one put where it
 * stands relative to the blocks both sides share, a field set.  This is
 * “accept” when a colleague's revision is compared with the draft.
 *
 * A passage moved in one go (a heading with its body) is moved whole,
 * whichever of its blocks @index_ is.
 *
 * Indexes are those of the comparison: after a change is applied, compare
 * again before applying another.
 *
 * Returns: %TRUE on success; %FALSE with %FY_ERROR_NOT_FOUND when the old
 *   document no longer holds what the change was found on
 */
gboolean
fy_comparison_apply_change (FyComparison  *self,
                            guint          index_,
                            FyDocument    *old_document,
                            FyDocument    *new_document,
                            GError       **error)
{
  const FyChange *change;
  g_autoptr(FyBlock) copy = NULL;
  guint end;

  g_return_val_if_fail (FY_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (index_ < fy_comparison_get_n_changes (self), FALSE);
  g_return_val_if_fail (FY_IS_DOCUMENT (old_document), FALSE);
  g_return_val_if_fail (FY_IS_DOCUMENT (new_document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  while (index_ > 0 && fy_comparison_get_change (self, index_)->with_previous)
    index_--;
  end = fy_comparison_get_move_end (self, index_);
  for (guint k = index_; k < end; k++)
    if (!change_still_applies (fy_comparison_get_change (self, k), old_document, new_document))
      {
        g_set_error_literal (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                             _("The text has changed since it was compared; compare again"));
        return FALSE;
      }

  change = fy_comparison_get_change (self, index_);
  if (end > index_ + 1)
    {
      apply_moved_passage (change, end - index_, old_document, new_document);
      return TRUE;
    }

  if (change->new_index >= 0)
    copy = fy_block_copy (fy_document_get_block (new_document, change->new_index));

  switch (change->kind)
    {
    case FY_CHANGE_FIELD:
      fy_change_apply_field (change, old_document);
      break;

    case FY_CHANGE_EDITED:
      fy_document_remove_block (old_document, change->old_index);
      fy_document_insert_block (old_document, change->old_index, copy);
      break;

    case FY_CHANGE_DELETED:
      fy_document_remove_block (old_document, change->old_index);
      break;

    case FY_CHANGE_INSERTED:
      fy_document_insert_block (old_document, change->anchor, copy);
      break;

    case FY_CHANGE_MOVED:
      {
        int anchor = change->anchor;

        fy_document_remove_block (old_document, change->old_index);
        if (change->old_index < anchor)
          anchor--;
        fy_document_insert_block (old_document, anchor, copy);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

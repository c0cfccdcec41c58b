/* fy-comparison.h — what changed between two documents, per block and per word
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fy-diff.h"
#include "fy-types.h"
#include "fy-version.h"

G_BEGIN_DECLS

/**
 * FyChangeKind:
 * @FY_CHANGE_FIELD: a field value or a metadata member (title, date…) changed
 * @FY_CHANGE_EDITED: a block changed in place: its words, its role or its
 *   heading level
 * @FY_CHANGE_INSERTED: a new block
 * @FY_CHANGE_DELETED: a block removed
 * @FY_CHANGE_MOVED: a block moved elsewhere (and edited too when it has
 *   word changes)
 */
typedef enum
{
  FY_CHANGE_FIELD,
  FY_CHANGE_EDITED,
  FY_CHANGE_INSERTED,
  FY_CHANGE_DELETED,
  FY_CHANGE_MOVED,
} FyChangeKind;

/**
 * FyChangeSegment:
 * @op: whether the words are on both sides, deleted or inserted
 * @text: the words as compared, a template field as its {{name}}
 * @shown: (nullable): the words as printed, the field's value in place of
 *   its {{name}} (an unchanged word with the new side's value); %NULL
 *   until fy_change_show_fields()
 */
typedef struct
{
  FyDiffOp  op;
  char     *text;
  char     *shown;
} FyChangeSegment;

/**
 * FyChange:
 * @kind: what happened
 * @old_index: the block in the old document, or -1
 * @new_index: the block in the new document, or -1
 * @name: for %FY_CHANGE_FIELD the field name, or the metadata member
 *   (“title”, “date”…) when @is_metadata
 * @old_text: (nullable): the old wording (or value)
 * @new_text: (nullable): the new wording (or value)
 * @segments: FyChangeSegment, the new wording word by word with deleted
 *   and inserted words; empty unless the words changed
 * @n_edits: how many separate word changes (提升→提高 is one)
 * @coarse: the word comparison gave up (too many changes): @segments is
 *   the whole old text deleted and the whole new text inserted
 * @old_role, @new_role, @old_level, @new_level: role and heading level on
 *   either side (for blocks)
 * @position: where the change shows in the new text: before its block
 *   @position (@new_index, or for a deleted block the first block after
 *   the place it had and after the blocks moved to that place); -1 for
 *   fields
 * @anchor: for an inserted or moved block, the block of the old document
 *   it goes before (the number of old blocks: at the end); -1 otherwise
 * @old_number, @new_number: (nullable): the number printed before the
 *   block on either side (一、 before an automatically numbered heading),
 *   or %NULL
 * @old_lead, @new_lead: the length in bytes of the bold lead at the start
 *   of @old_shown and @new_shown, or where @segments has words, at the
 *   start of that side's shown words (equal and deleted ones for the old
 *   side, equal and inserted ones for the new); 0 without one
 * @old_shown, @new_shown: (nullable): @old_text and @new_text as
 *   printed, the fields' values in place of their {{names}} (as are the
 *   shown words of @segments)
 * @old_after, @new_after: (nullable): for a moved block, the paragraph
 *   it follows on either side as printed: its number and first words
 *   (cut with …), a blank line passed over; %NULL at the top
 * @with_previous: a moved block that moved together with the one before
 *   it (a heading's body, the next paragraph of a passage): the change
 *   before it and this one are one move, shown, counted and taken over
 *   as one (fy_comparison_get_move_end())
 */
typedef struct
{
  FyChangeKind  kind;
  int           old_index;
  int           new_index;
  char         *name;
  gboolean      is_metadata;
  char         *old_text;
  char         *new_text;
  GArray       *segments;
  guint         n_edits;
  gboolean      coarse;
  FyBlockRole   old_role;
  FyBlockRole   new_role;
  guint         old_level;
  guint         new_level;
  int           position;
  int           anchor;
  gboolean      with_previous;
  char         *old_number;
  char         *new_number;
  gsize         old_lead;
  gsize         new_lead;
  char         *old_after;
  char         *new_after;
  char         *old_shown;
  char         *new_shown;
} FyChange;

#define FY_TYPE_COMPARISON (fy_comparison_get_type ())

G_DECLARE_FINAL_TYPE (FyComparison, fy_comparison, FY, COMPARISON, GObject)

void            fy_comparison_match_preset     (FyDocument    *revision,
                                                const char    *file_name,
                                                FyDocument    *draft);
FyComparison   *fy_comparison_new              (FyDocument    *old_document,
                                                FyDocument    *new_document);

guint           fy_comparison_get_n_changes    (FyComparison  *self);
const FyChange *fy_comparison_get_change       (FyComparison  *self,
                                                guint          index_);
guint           fy_comparison_get_move_end     (FyComparison  *self,
                                                guint          index_);
guint           fy_comparison_get_n_unchanged  (FyComparison  *self);
gboolean        fy_comparison_get_coarse       (FyComparison  *self);
char           *fy_comparison_to_json          (FyComparison  *self);

gboolean        fy_change_has_level_change     (const FyChange *change);
char           *fy_change_dup_label            (const FyChange *change);
char           *fy_change_dup_value            (const FyChange *change,
                                                gboolean        new_side);
char           *fy_change_dup_key              (const FyChange *change);

gboolean        fy_comparison_apply_change     (FyComparison  *self,
                                                guint          index_,
                                                FyDocument    *old_document,
                                                FyDocument    *new_document,
                                                GError       **error);

char           *fy_document_dup_text_digest    (FyDocument    *self);
void            fy_comparison_set_base_digest  (FyDocument    *revision,
                                                const char    *digest);
const char     *fy_comparison_get_base_digest  (FyDocument    *revision);
FyVersion      *fy_comparison_find_version     (FyDocument    *draft,
                                                const char    *digest);
FyDocument     *fy_comparison_merge            (FyDocument    *base,
                                                FyDocument    *draft,
                                                FyDocument    *revision);
FyDocument     *fy_comparison_dup_review_text  (FyDocument    *draft,
                                                FyDocument    *revision,
                                                FyVersion    **base);

G_END_DECLS

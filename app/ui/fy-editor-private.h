/* fy-editor-private.h — state shared by the files of FyEditor
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-editor.h"

G_BEGIN_DECLS

/* What the editor knows about one paragraph (buffer line) beyond its
 * text: the paragraph style, and the model block it stands for (NULL
 * until the next sync creates one).  The array always has exactly one
 * entry per buffer line.
 */
typedef struct
{
  FyBlock     *block;
  FyBlockRole  role;
  guint        level;
  char        *number;         /* heading number shown in the margin */
  FyBlock     *content;        /* the line as last read for an undo step, or
                                * NULL once an edit may have changed it */
  guint        lint_sig;       /* the underlines it has: 0 none, else a hash
                                * of their findings, or FY_EDITOR_LINT_STALE */
} FyEditorLine;

/* Underlines of a line whose text changed since they were put there. */
#define FY_EDITOR_LINT_STALE G_MAXUINT

struct _FyEditor
{
  GtkTextView   parent_instance;

  FyDocument   *document;
  GArray       *lines;         /* of FyEditorLine */

  GtkTextTag  **style_tags;    /* indexed by style */
  GtkTextTag   *lead_tag;
  GtkTextTag   *emphasis_tag;  /* bold inside a block (FY_RUN_EMPHASIS) */
  GtkTextTag   *markup_tag;    /* kept source markup (FY_RUN_MARKUP) */
  GtkTextTag   *field_tag;
  GtkTextTag   *unset_field_tag;
  GtkTextTag   *match_tag;
  GtkTextTag   *lint_tag;
  GtkTextTag   *lint_info_tag;
  GtkTextTag   *front_date_tag; /* a date among the opening lines, centred */

  GPtrArray    *undo_stack;    /* of FyEditorSnapshot */
  GPtrArray    *redo_stack;
  gint64        group_started;
  guint         group_timeout;
  GHashTable   *known_fields;  /* the document's field values as last seen */
  GPtrArray    *known_field_order; /* and their names, in its order */
  char         *field_group;   /* the field whose edit the open step holds */
  guint         model_group_source;

  guint         sync_source;
  guint         style;

  /* The lines edits may have touched since the last sync, and since the
   * last restyle: all but the first *_head and the last *_tail lines
   * (G_MAXUINT: none touched).  Counting the tail from the end keeps it
   * right when lines are added or removed before it. */
  guint         sync_head;
  guint         sync_tail;
  guint         restyle_head;
  guint         restyle_tail;

  /* bookkeeping between the before and after handlers of insert-text */
  guint         insert_line;
  guint         insert_at_line_end : 1;

  guint         in_preedit : 1;
  guint         programmatic : 1;  /* buffer edits made by the editor itself */
  guint         compound : 1;      /* a multi-step edit with its own undo step */
  guint         syncing : 1;       /* model edits made by the editor itself */
  guint         dirty : 1;         /* buffer ahead of the model */
  guint         restyle_pending : 1;
  guint         group_open : 1;
  guint         restoring_fields : 1;
  guint         in_table_newline : 1;  /* Enter in a table being handled */
  guint         typing_moved : 1;      /* typed text went into a table cell */
  guint         scroll_jump : 1;   /* an edit at the cursor: its scroll jumps */
};

typedef struct _FyEditorSnapshot FyEditorSnapshot;

static inline FyEditorLine *
fy_editor_get_line (FyEditor *self,
                    guint     line)
{
  g_assert (line < self->lines->len);
  return &g_array_index (self->lines, FyEditorLine, line);
}

/* fy-editor.c */
GtkTextBuffer    *fy_editor_get_buffer_internal  (FyEditor      *self);
void              fy_editor_get_line_bounds      (FyEditor      *self,
                                                  guint          line,
                                                  GtkTextIter   *start,
                                                  GtkTextIter   *end);
void              fy_editor_restyle_line         (FyEditor      *self,
                                                  guint          line);
void              fy_editor_restyle_touched      (FyEditor      *self);
void              fy_editor_update_style_from_cursor (FyEditor  *self);
/* FyEditor::restored, after Undo or Redo */
void              fy_editor_emit_restored        (FyEditor      *self);
void              fy_editor_touch_lines          (FyEditor      *self,
                                                  guint          first,
                                                  guint          last);

/* fy-editor-sync.c */
void              fy_editor_sync_init            (FyEditor      *self);
void              fy_editor_sync_connect_document (FyEditor     *self,
                                                  FyDocument    *document);
FyBlock          *fy_editor_read_line            (FyEditor      *self,
                                                  guint          line);
void              fy_editor_read_range           (FyEditor      *self,
                                                  FyBlock       *block,
                                                  const GtkTextIter *start,
                                                  const GtkTextIter *end);
void              fy_editor_replace_lines        (FyEditor      *self,
                                                  guint          position,
                                                  guint          n_removals,
                                                  FyBlock      **blocks,
                                                  FyBlock      **identities,
                                                  guint          n_additions);
void              fy_editor_rebuild_buffer       (FyEditor      *self);
void              fy_editor_queue_sync           (FyEditor      *self);
void              fy_editor_queue_sync_touched   (FyEditor      *self);
void              fy_editor_sync_to_model        (FyEditor      *self);
void              fy_editor_update_numbers       (FyEditor      *self);
char             *fy_editor_dup_field_display    (FyEditor      *self,
                                                  const char    *name,
                                                  gboolean      *is_set);
char             *fy_editor_encode_line_breaks   (const char    *text);

/* fy-editor-table.c */
void              fy_editor_table_insert         (FyEditor      *self,
                                                  GtkTextIter   *iter,
                                                  FyBlock       *block);
FyBlock          *fy_editor_table_read_line      (FyEditor      *self,
                                                  guint          line);
void              fy_editor_table_insert_text    (FyEditor      *self,
                                                  GtkTextIter   *location,
                                                  const char    *text,
                                                  int            len);
gboolean          fy_editor_table_place_typing   (FyEditor      *self,
                                                  GtkTextIter   *location,
                                                  const char    *text,
                                                  int            len);
void              fy_editor_table_insert_tabs    (FyEditor      *self,
                                                  GtkTextIter   *location,
                                                  const char    *text,
                                                  int            len);
gboolean          fy_editor_table_back_tab       (FyEditor      *self);
gboolean          fy_editor_table_leave_empty_row (FyEditor      *self);
gboolean          fy_editor_table_paste_rows     (FyEditor      *self,
                                                  GPtrArray     *pasted);
void              fy_editor_table_make           (FyEditor      *self,
                                                  guint          first,
                                                  guint          last);

/* fy-editor-clipboard.c */
void              fy_editor_copy_clipboard       (GtkTextView   *text_view);
void              fy_editor_cut_clipboard        (GtkTextView   *text_view);
void              fy_editor_paste_clipboard      (GtkTextView   *text_view);
void              fy_editor_insert_blocks        (FyEditor      *self,
                                                  GPtrArray     *blocks);
void              fy_editor_replace_pasted_lines (FyEditor      *self,
                                                  guint          position,
                                                  guint          n_removals,
                                                  GPtrArray     *blocks,
                                                  GPtrArray     *identities,
                                                  guint          cursor_line);

/* fy-editor-undo.c */
void              fy_editor_undo_init            (FyEditor      *self);
void              fy_editor_undo_finalize        (FyEditor      *self);
void              fy_editor_begin_typing         (FyEditor      *self);
void              fy_editor_end_typing_group     (FyEditor      *self);
void              fy_editor_push_undo_step       (FyEditor      *self);
void              fy_editor_push_model_step      (FyEditor      *self);
void              fy_editor_extend_undo_step     (FyEditor      *self);
void              fy_editor_clear_undo           (FyEditor      *self);
FyBlock          *fy_editor_peek_line_content    (FyEditor      *self,
                                                  guint          line);
void              fy_editor_forget_line_content  (FyEditor      *self,
                                                  guint          first,
                                                  guint          last);
void              fy_editor_undo_connect_document (FyEditor     *self,
                                                  FyDocument    *document);

G_END_DECLS

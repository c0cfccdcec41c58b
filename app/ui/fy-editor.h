/* fy-editor.h — the text view in which a whole speech is written
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fayan-core.h"

G_BEGIN_DECLS

#define FY_TYPE_EDITOR (fy_editor_get_type ())

G_DECLARE_FINAL_TYPE (FyEditor, fy_editor, FY, EDITOR, GtkTextView)

/* The paragraph styles of the role dropdown, in its order. */
guint        fy_editor_get_n_styles        (void);
char        *fy_editor_dup_style_label     (guint          style);
guint        fy_editor_style_for_role      (FyBlockRole    role,
                                            guint          level);

GtkWidget   *fy_editor_new                 (void);
FyDocument  *fy_editor_get_document        (FyEditor      *self);
void         fy_editor_set_document        (FyEditor      *self,
                                            FyDocument    *document);
void         fy_editor_flush               (FyEditor      *self);

guint        fy_editor_get_style           (FyEditor      *self);
void         fy_editor_set_style           (FyEditor      *self,
                                            guint          style);
void         fy_editor_toggle_lead         (FyEditor      *self);
void         fy_editor_insert_table        (FyEditor      *self,
                                            guint          n_rows,
                                            guint          n_columns,
                                            gboolean       header);
guint        fy_editor_get_current_block   (FyEditor      *self);
void         fy_editor_jump_to_block       (FyEditor      *self,
                                            guint          position,
                                            guint          char_offset);

void         fy_editor_paste_text          (FyEditor      *self,
                                            const char    *text);
gboolean     fy_editor_paste_html          (FyEditor      *self,
                                            const char    *html);

gboolean     fy_editor_get_can_undo        (FyEditor      *self);
gboolean     fy_editor_get_can_redo        (FyEditor      *self);
void         fy_editor_undo                (FyEditor      *self);
void         fy_editor_redo                (FyEditor      *self);

gboolean     fy_editor_find                (FyEditor      *self,
                                            const char    *needle,
                                            gboolean       backwards);
gboolean     fy_editor_replace             (FyEditor      *self,
                                            const char    *needle,
                                            const char    *replacement);
guint        fy_editor_replace_all         (FyEditor      *self,
                                            const char    *needle,
                                            const char    *replacement);
void         fy_editor_clear_search        (FyEditor      *self);
guint        fy_editor_count_matches       (FyEditor      *self,
                                            const char    *needle,
                                            guint         *current);

void         fy_editor_set_lint_findings   (FyEditor      *self,
                                            GPtrArray     *findings);
void         fy_editor_begin_model_edit    (FyEditor      *self);
void         fy_editor_begin_field_edit    (FyEditor      *self,
                                            const char    *field);
void         fy_editor_select_in_block     (FyEditor      *self,
                                            guint          position,
                                            guint          start,
                                            guint          end);

G_END_DECLS

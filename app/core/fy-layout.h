/* fy-layout.h — the result of typesetting: pages → lines → positioned glyph runs
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fy-style.h"

G_BEGIN_DECLS

/**
 * FyLayoutWarningKind:
 * @FY_LAYOUT_WARNING_FONT_SUBSTITUTION: a font role is served by a fallback face
 * @FY_LAYOUT_WARNING_MISSING_GLYPH: no installed face can draw a character:
 *   it prints as a box
 * @FY_LAYOUT_WARNING_UNFILLED_FIELD: a field reference whose field has no value
 * @FY_LAYOUT_WARNING_UNKNOWN_FIELD: a field reference naming no field of the document
 * @FY_LAYOUT_WARNING_FALLBACK_GLYPH: the role's face lacks a character; it is
 *   drawn from the nearest face of the same style (a rare character of a
 *   name in a GB 2312 face)
 */
typedef enum
{
  FY_LAYOUT_WARNING_FONT_SUBSTITUTION,
  FY_LAYOUT_WARNING_MISSING_GLYPH,
  FY_LAYOUT_WARNING_UNFILLED_FIELD,
  FY_LAYOUT_WARNING_UNKNOWN_FIELD,
  FY_LAYOUT_WARNING_FALLBACK_GLYPH,
} FyLayoutWarningKind;

/**
 * FyLayoutWarning:
 * @kind: what is wrong
 * @message: a translated sentence for the user
 * @block_index: the block, or -1 (font substitutions)
 * @char_offset: the character offset in the block, or -1
 *
 * Character offsets everywhere in this API count characters (not bytes)
 * in the block's source text as fy_block_dup_text() returns it: field
 * references count as their `{{name}}` form; an engine-made heading number
 * maps to offset 0.
 */
typedef struct
{
  FyLayoutWarningKind  kind;
  char                *message;
  int                  block_index;
  int                  char_offset;
} FyLayoutWarning;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} FyLayoutRect;

typedef struct _FyLayout FyLayout;

#define FY_TYPE_LAYOUT (fy_layout_get_type ())

GType                   fy_layout_get_type        (void) G_GNUC_CONST;
FyLayout               *fy_layout_ref             (FyLayout     *self);
void                    fy_layout_unref           (FyLayout     *self);

FyStyle                *fy_layout_get_style       (FyLayout     *self);
guint                   fy_layout_get_n_pages     (FyLayout     *self);
/* in points; every page of a layout has the same size */
void                    fy_layout_get_page_size   (FyLayout     *self,
                                                   double       *width,
                                                   double       *height);
gboolean                fy_layout_page_equal      (FyLayout     *a,
                                                   guint         page_a,
                                                   FyLayout     *b,
                                                   guint         page_b);
const FyLayoutWarning  *fy_layout_get_warnings    (FyLayout     *self,
                                                   guint        *n_warnings);

/* Page coordinates are points from the top-left corner of the page. */
gboolean                fy_layout_hit_test        (FyLayout     *self,
                                                   guint         page,
                                                   double        x,
                                                   double        y,
                                                   guint        *block_index,
                                                   guint        *char_offset);
gboolean                fy_layout_find_position   (FyLayout     *self,
                                                   guint         block_index,
                                                   guint         char_offset,
                                                   guint        *page,
                                                   FyLayoutRect *rect);

/* Lines of a page, for tests, the CLI and the status line. */
guint                   fy_layout_get_n_lines     (FyLayout     *self,
                                                   guint         page);
char                   *fy_layout_dup_line_text   (FyLayout     *self,
                                                   guint         page,
                                                   guint         line);
/* pages → lines → text, baseline, x of each cluster, cell count, compression */
char                   *fy_layout_to_json         (FyLayout     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyLayout, fy_layout_unref)

G_END_DECLS

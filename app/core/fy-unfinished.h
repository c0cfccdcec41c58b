/* fy-unfinished.h — what is still to be filled in before a draft is printed
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-document.h"
#include "fy-template.h"

G_BEGIN_DECLS

/**
 * FyUnfinishedKind:
 * @FY_UNFINISHED_GUIDANCE: the template's guidance, such as
 *   "（在此填写发言标题）", is still in the text
 * @FY_UNFINISHED_FIELD: a field the text refers to has no value, or a
 *   required field of the template is empty
 */
typedef enum
{
  FY_UNFINISHED_GUIDANCE,
  FY_UNFINISHED_FIELD,
} FyUnfinishedKind;

/**
 * FyUnfinished:
 * @kind: what is left
 * @block: the block (from 0), or -1 for a required field no block shows
 * @start: first character of the place in the block's text as
 *   fy_document_dup_block_text() writes it (`{{name}}` for an empty field)
 * @end: the character after the place
 * @text: the guidance, or the field's name
 * @message: a translated sentence saying what is left and what to do
 *
 * One place of a draft that is still to be filled in.
 */
typedef struct
{
  FyUnfinishedKind  kind;
  int               block;
  guint             start;
  guint             end;
  char             *text;
  char             *message;
} FyUnfinished;

#define FY_TYPE_UNFINISHED (fy_unfinished_get_type ())

GType         fy_unfinished_get_type     (void) G_GNUC_CONST;
FyUnfinished *fy_unfinished_copy         (const FyUnfinished *self);
void          fy_unfinished_free         (FyUnfinished       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyUnfinished, fy_unfinished_free)

GPtrArray    *fy_document_find_unfinished (FyDocument        *document,
                                           FyTemplate        *template_);
char         *fy_unfinished_dup_summary   (GPtrArray         *unfinished);
gboolean      fy_unfinished_find_guidance_at (const char    *text,
                                              glong          offset,
                                              glong         *start,
                                              glong         *end);

G_END_DECLS

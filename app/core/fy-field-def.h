/* fy-field-def.h — a template's field definitions and the problems found with them
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * FyFieldKind:
 * @FY_FIELD_KIND_TEXT: one line of text
 * @FY_FIELD_KIND_MULTILINE: text that may hold line breaks
 * @FY_FIELD_KIND_DATE: a date, written 2026年1月5日; today when left empty
 * @FY_FIELD_KIND_NUMBER: a non-negative number such as a time limit
 */
typedef enum
{
  FY_FIELD_KIND_TEXT,
  FY_FIELD_KIND_MULTILINE,
  FY_FIELD_KIND_DATE,
  FY_FIELD_KIND_NUMBER,
} FyFieldKind;

const char *fy_field_kind_to_string   (FyFieldKind  kind);
gboolean    fy_field_kind_from_string (const char  *str,
                                       FyFieldKind *kind);

/**
 * FyFieldDef:
 * @id: the field's name as users see it and type it in a CSV header and in
 *   `{{…}}` references, such as "会议名称"
 * @label: the label shown in forms; often the same as @id
 * @kind: what kind of value it takes
 * @default_value: (nullable): the value used when none is given
 * @required: whether a document may be exported without a value
 * @help: (nullable): a sentence telling the writer what to enter
 */
typedef struct
{
  char        *id;
  char        *label;
  FyFieldKind  kind;
  char        *default_value;
  gboolean     required;
  char        *help;
} FyFieldDef;

#define FY_TYPE_FIELD_DEF (fy_field_def_get_type ())

GType       fy_field_def_get_type (void) G_GNUC_CONST;
FyFieldDef *fy_field_def_new      (const char       *id,
                                   FyFieldKind       kind);
FyFieldDef *fy_field_def_copy     (const FyFieldDef *def);
void        fy_field_def_free     (FyFieldDef       *def);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyFieldDef, fy_field_def_free)

/**
 * FyFieldProblemKind:
 * @FY_FIELD_PROBLEM_UNFILLED: a required field has no value
 * @FY_FIELD_PROBLEM_UNDEFINED: a `{{name}}` reference names no field
 * @FY_FIELD_PROBLEM_INVALID: a value does not suit its field's kind
 */
typedef enum
{
  FY_FIELD_PROBLEM_UNFILLED,
  FY_FIELD_PROBLEM_UNDEFINED,
  FY_FIELD_PROBLEM_INVALID,
} FyFieldProblemKind;

/**
 * FyFieldProblem:
 * @kind: what is wrong
 * @field: the field's id
 * @block: the first block (from 0) that refers to the field, or -1
 * @message: a translated sentence saying what is wrong and what to do
 */
typedef struct
{
  FyFieldProblemKind  kind;
  char               *field;
  int                 block;
  char               *message;
} FyFieldProblem;

void fy_field_problem_free (FyFieldProblem *problem);

G_END_DECLS

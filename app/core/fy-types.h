/* fy-types.h — forward declarations and shared enumerations of libfayan-core
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _FyBlock    FyBlock;
typedef struct _FyDocument FyDocument;

/**
 * FyBlockRole:
 *
 * What a block is in a speech manuscript.  The engine styles and numbers
 * blocks by role; writers never type heading numbers themselves.
 *
 * A %FY_BLOCK_ROLE_ISSUE_NUMBER block is the issue number under the
 * title of a 纪要 or 简报 (〔2026〕第5号, 第12期), centred on a line of
 * its own; and the line of organ and date under it
 * (市……办公室　　　　2026年11月20日), printed organ left and date right;
 * or a 决定's or 通知's 发文字号 (青委发〔2026〕21号), a block before the
 * title, printed centred above it (fy_doc_place_document_number()).
 *
 * A %FY_BLOCK_ROLE_TABLE block holds its cells as text: a tab between
 * cells, a newline between rows (see fy-table.h), so that copying,
 * fields, comparison and text export treat it like any other block.
 */
typedef enum
{
  FY_BLOCK_ROLE_TITLE,
  FY_BLOCK_ROLE_SUBTITLE,
  FY_BLOCK_ROLE_SPEAKER,
  FY_BLOCK_ROLE_DATE_LINE,
  FY_BLOCK_ROLE_SALUTATION,
  FY_BLOCK_ROLE_HEADING,
  FY_BLOCK_ROLE_PARAGRAPH,
  FY_BLOCK_ROLE_CLOSING,
  FY_BLOCK_ROLE_SIGNATURE,
  FY_BLOCK_ROLE_ATTACHMENT,
  FY_BLOCK_ROLE_TABLE,
  FY_BLOCK_ROLE_ISSUE_NUMBER,
} FyBlockRole;

#define FY_BLOCK_N_ROLES (FY_BLOCK_ROLE_ISSUE_NUMBER + 1)

/**
 * FyRunKind:
 * @FY_RUN_TEXT: ordinary text
 * @FY_RUN_BOLD: a run-in bold lead sentence (一是……。) at the start of a block
 * @FY_RUN_FIELD: a reference to a template field; the run's text is the
 *   field name, written `{{name}}` in text form
 * @FY_RUN_EMPHASIS: bold text inside a block (`**要**` in Markdown), printed
 *   in the bold lead's face
 * @FY_RUN_MARKUP: source markup Fayan keeps but does not interpret or
 *   print: the `![` and `](a.png)` around an image's description, a link's
 *   target, a `:::` fence line, an HTML block.  Exports write it back as it
 *   was; the typesetter and the proofreader pass over it.
 */
typedef enum
{
  FY_RUN_TEXT,
  FY_RUN_BOLD,
  FY_RUN_FIELD,
  FY_RUN_EMPHASIS,
  FY_RUN_MARKUP,
} FyRunKind;

/**
 * FyRun:
 * @kind: what the run is
 * @text: (not nullable): UTF-8 text, or the field name for %FY_RUN_FIELD
 *
 * One piece of inline content.  Runs are owned by their #FyBlock.
 */
typedef struct
{
  FyRunKind  kind;
  char      *text;
} FyRun;

#define FY_HEADING_MAX_LEVEL 4

const char  *fy_block_role_to_string   (FyBlockRole  role);
gboolean     fy_block_role_is_front    (FyBlockRole  role);
gboolean     fy_block_role_from_string (const char  *str,
                                        FyBlockRole *role);
const char  *fy_block_role_get_label   (FyBlockRole  role);
char        *fy_block_role_dup_style_label (FyBlockRole  role,
                                           guint        level);

G_END_DECLS

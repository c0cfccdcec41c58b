/* fy-lint-file.h — proofreading a file: how it is read, fixed and written
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-environment.h"
#include "fy-lint.h"

G_BEGIN_DECLS

/*
 * A .txt file (any name that is not a document) is proofread as the user
 * pasted it, line by line, before any import cleaning: a finding's
 * "block" is the line (from 0) and its columns match the file; it may be
 * UTF-8, GB18030 or UTF-16 (fy_text_to_utf8()).  Its fixed copy keeps
 * every line and changes only what the safe fixes change.  .fayan
 * documents, Markdown and .docx are proofread as the document they load
 * into, block by block, against the fields of their template when it is
 * installed and no fields were set on the #FyLint; a .fayan-template as
 * the document fy_template_instantiate() makes from it with no values,
 * against its own fields.
 */
typedef struct
{
  GPtrArray  *findings;   /* (element-type FyLintFinding) */
  gboolean    by_line;    /* a text file: blocks are its lines */
  const char *encoding;   /* what a text file was read as; NULL for UTF-8 */
  GPtrArray  *warnings;   /* (element-type utf8) (nullable): what importing
                           * Markdown could not represent */
  guint       n_fixed;
} FyLintFileReport;

gboolean fy_lint_file_is_text          (GFile            *input);
gboolean fy_lint_file_can_write        (GFile            *output);
gboolean fy_lint_file                  (FyLint           *lint,
                                        FyEnvironment    *environment,
                                        GFile            *input,
                                        GFile            *fixed_output,
                                        FyLintFileReport *report,
                                        GError          **error);
void     fy_lint_file_report_clear     (FyLintFileReport *report);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FyLintFileReport, fy_lint_file_report_clear)

G_END_DECLS

/* fy-comparison-table.h — the 修改对照表: a comparison as a ruled table in PDF or .docx
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-comparison.h"
#include "fy-style.h"

G_BEGIN_DECLS

/**
 * FyComparisonTableOptions:
 * @old_label: (nullable): what the old text is (“送审稿”), shown above the table
 * @new_label: (nullable): what the new text is
 * @landscape: turn the page
 * @document_title: (nullable): the speech's title, named above the table
 */
typedef struct
{
  const char *old_label;
  const char *new_label;
  gboolean    landscape;
  const char *document_title;
} FyComparisonTableOptions;

/**
 * FyChangeSpan:
 * @op: equal, deleted or inserted wording
 * @bold: part of the paragraph's bold lead
 * @text: the wording (not nul-terminated at @length)
 * @length: its length in bytes
 *
 * A piece of a changed block's wording as a view of it shows it.
 */
typedef struct
{
  FyDiffOp    op;
  gboolean    bold;
  const char *text;
  gsize       length;
} FyChangeSpan;

typedef void (*FyChangeSpanFunc) (const FyChangeSpan *span,
                                  gpointer            user_data);

void      fy_change_foreach_span         (const FyChange   *change,
                                          int               side,
                                          FyChangeSpanFunc  func,
                                          gpointer          user_data);

GBytes   *fy_comparison_table_render_pdf (FyComparison                   *comparison,
                                          FyStyle                        *style,
                                          const FyComparisonTableOptions *options,
                                          GError                        **error);
GBytes   *fy_comparison_table_render_docx (FyComparison                   *comparison,
                                          FyStyle                        *style,
                                          const FyComparisonTableOptions *options,
                                          GError                        **error);
gboolean  fy_comparison_table_write_file (FyComparison                   *comparison,
                                          FyStyle                        *style,
                                          const FyComparisonTableOptions *options,
                                          GFile                          *out,
                                          GCancellable                   *cancellable,
                                          GError                        **error);

G_END_DECLS

/* fy-diff.h — a bounded Myers difference of two sequences of numbers
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  FY_DIFF_EQUAL,
  FY_DIFF_DELETE,
  FY_DIFF_INSERT,
} FyDiffOp;

/* Appends to @ops (guint8 FyDiffOp, one per element) the shortest edit
 * script from @a to @b: deletions of @a's elements, insertions of @b's,
 * deletions before insertions inside a changed stretch.  The work is
 * O((na + nb) · D) for D edits; when more than @max_cost edits are needed
 * nothing is appended and %FALSE is returned, so that the caller falls
 * back to a coarser answer instead of spending quadratic time. */
gboolean  fy_diff_sequences  (const guint32 *a,
                              guint          na,
                              const guint32 *b,
                              guint          nb,
                              guint          max_cost,
                              GArray        *ops);

G_END_DECLS

/* fy-test-layout.h — helpers for the tests that look inside a layout
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fayan-core.h"
#include "fy-layout-private.h"

G_BEGIN_DECLS

/* The gbt9704 preset; asserts that it loads. */
FyStyle    *fy_test_default_style   (void);

/* Lays @document out in @style, keeping the line breaker's FyCluster of
 * each paragraph (the tests look at them); asserts that it succeeds. */
FyLayout   *fy_test_layout_document (FyStyle    *style,
                                     FyDocument *document);

/* The lines (FyPageLine) of text blocks, page numbers left out, in
 * order; free the array only. */
GPtrArray  *fy_test_body_lines      (FyLayout   *layout);

/* The text of @pl, its FyParaLine, and cluster @k of its paragraph. */
char       *fy_test_line_text       (FyPageLine *pl);
FyParaLine *fy_test_para_line       (FyPageLine *pl);
FyCluster  *fy_test_cluster         (FyPageLine *pl,
                                     guint       k);

/* The text of every body line of @layout, run together. */
char       *fy_test_joined_text     (FyLayout   *layout);

/* A row of a labelled title set (tests/data/titles*.txt): the title,
 * its marks "|" taken out and appended to @marks (a GArray of glong) as
 * the character offsets of the breaks they accept. */
char       *fy_test_title_row       (const char *row,
                                     GArray     *marks);

/* The lines of @text laid out alone as a title with @preset, broken
 * with the learned title model, or where @model is FALSE at the rules'
 * own prices alone. */
GStrv       fy_test_title_line_texts (const char *text,
                                      const char *preset,
                                      gboolean    model);

G_END_DECLS

/* fy-test-utils.h — helpers shared by the tests
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fayan-core.h"

G_BEGIN_DECLS

/* Imports tests/data/corpus/@name (Markdown) as a document. */
FyDocument *fy_test_load_corpus_markdown (const char *name);

G_END_DECLS

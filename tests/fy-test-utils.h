/* fy-test-utils.h — helpers shared by the tests
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fayan-core.h"

G_BEGIN_DECLS

/* The bytes of tests/data/corpus/@name (FAYAN_CORPUS_DIR); aborts the test
 * when it cannot be read.  Free with g_free(). */
char       *fy_test_read_corpus          (const char *name,
                                          gsize      *length);

/* Imports tests/data/corpus/@name (Markdown) as a document. */
FyDocument *fy_test_load_corpus_markdown (const char *name);

/* Removes @path and everything below it (a test's temporary folder). */
void        fy_test_remove_tree          (const char *path);

/* The built-in template of id @id, read from the GResource. */
FyTemplate *fy_test_load_builtin_template (const char *id);

G_END_DECLS

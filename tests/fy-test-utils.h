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

/* The seed speech, and a revision of it: 更加深入的理解 → 更加深刻的理解 in
 * block 1, the sentence FY_TEST_SEED_DELETED_SENTENCE cut from block 3,
 * the fifth point moved before the fourth. */
#define FY_TEST_SEED_DELETED_SENTENCE \
  "目前,广清纺织服装产业有序转移园意向进驻企业2600家,已有460家企业落地入园。"
void        fy_test_make_seed_rounds     (FyDocument **old_document,
                                          FyDocument **new_document);

/* Removes @path and everything below it (a test's temporary folder). */
void        fy_test_remove_tree          (const char *path);

/* The built-in template of id @id, read from the GResource. */
FyTemplate *fy_test_load_builtin_template (const char *id);

/* Runs LibreOffice once over @files: --convert-to @target (with
 * --infilter=@infilter unless %NULL) into @outdir, with a profile under
 * @work_dir; asserts that it succeeds. */
void        fy_test_run_soffice          (const char         *work_dir,
                                          const char         *target,
                                          const char         *infilter,
                                          const char         *outdir,
                                          const char * const *files);

/* Whether /usr/bin/python3 can import docx (python3-docx). */
gboolean    fy_test_have_python_docx     (void);

/* Runs @script with python3 and @arg as sys.argv[1]; asserts that it
 * succeeds and returns its output. */
char       *fy_test_run_python           (const char *script,
                                          const char *arg);

/* Marks a line may not start with (closing marks, ～, –, ·, ／ and their
 * ASCII kin), or end with (opening marks). */
gboolean    fy_test_is_no_start          (gunichar    ch);
gboolean    fy_test_is_no_end            (gunichar    ch);

/* Whether a line of @text, followed in its paragraph by @rest, was pushed
 * out for kinsoku (the grid judges' "pushed out" count). */
gboolean    fy_test_pushed_out           (const char *text,
                                          const char *rest);

G_END_DECLS

/* fuzz-common.h — what every fuzz target and the replay driver share
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

#include "fayan-core.h"

G_BEGIN_DECLS

/* The libFuzzer entry point.  Each fuzz-<target>.c defines it; the same
 * object file is linked either with libFuzzer (-Dfuzzers=true, clang) or
 * with fuzz-replay.c, a plain main() that feeds it files, so the seed
 * corpus and every crash found can be replayed by the normal test suite
 * with any compiler. */
int  LLVMFuzzerTestOneInput (const uint8_t  *data,
                             size_t          size);

/* Once per process: core resources, and warnings and criticals made
 * fatal, so that a g_return_if_fail() reached from input is a finding. */
void fuzz_init              (void);

/* Prints @what (and @error) and aborts: a broken invariant is a crash to
 * libFuzzer, which then saves the input. */
G_NORETURN
void fuzz_fail              (const char     *what,
                             const GError   *error);

/* A failed load must say why, in Fayan's error domain, in a sentence. */
void fuzz_check_error       (const GError   *error);

/* What every layout of @document must satisfy: a sane page size,
 * warnings in UTF-8 naming a block, line texts in UTF-8, hit tests and
 * positions inside the layout, and the paginator's progress guarantee:
 * every page holds a line of a block, and every line of every block is
 * placed once, in order. */
void fuzz_check_layout      (FyLayout       *layout,
                             FyDocument     *document);

/* A typesetter for @style, kept for styles with the same fingerprint:
 * making one loads fonts into a new font map, which costs more than
 * laying out a small document.  A handful are kept.  (transfer none) */
FyTypesetter *fuzz_get_typesetter (FyStyle  *style);

#define fuzz_check(cond) \
  G_STMT_START { if (G_UNLIKELY (!(cond))) fuzz_fail ("check failed: " #cond, NULL); } G_STMT_END

G_END_DECLS

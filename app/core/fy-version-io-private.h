/* fy-version-io-private.h — the "versions" member of *.fayan documents
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "fy-document.h"

G_BEGIN_DECLS

/*
 * Versions are stored with shared blocks: each version lists its blocks as
 * numbers into one sequence made of the document's own "blocks" followed
 * by "versions"."blocks", which holds every block that a version has and
 * the current text does not, once.  Fifty rounds of a long speech where
 * each round changes a few paragraphs thus cost a few paragraphs each.
 *
 *   "versions": {
 *     "blocks": [ { "role": …, "runs": … }, … ],
 *     "list": [ { "name": "送审稿", "author": …, "time": "2026-…Z",
 *                 "note": …, "metadata": {…}, "fields": […],
 *                 "blocks": [ 0, 1, 57, 3, … ] }, … ]
 *   }
 *
 * Files with versions are format version 2; files without stay version 1
 * so that older Fayan releases still open them.
 */

/* Reads "versions" of @root (if any) into @document, whose blocks must
 * already be read.  Errors are FY_ERROR_INVALID_CONTENT. */
gboolean  fy_versions_read   (FyDocument  *document,
                              JsonObject  *root,
                              GError     **error);
/* Adds "versions" to @root when @document has any. */
void      fy_versions_write  (JsonObject  *root,
                              FyDocument  *document);

G_END_DECLS

/* fy-test-docx.h — what the tests of .docx import share
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fayan-core.h"

G_BEGIN_DECLS

/* The parts of a .docx document.xml for make_zip() */
#define CONTENT_TYPES \
  "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
#define BODY_START \
  "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
#define BODY_END "</w:body></w:document>"

/* A .docx of NULL-terminated triples of part name, content and its
 * length (0: up to its NUL) */
GBytes     *make_zip      (const char  *first_name,
                           ...) G_GNUC_NULL_TERMINATED;
FyDocument *import_bytes  (GBytes      *bytes,
                           GPtrArray  **warnings,
                           GError     **error);
/* the .docx @bytes with part @name replaced by @content */
GBytes     *zip_replace_part (GBytes     *bytes,
                              const char *name,
                              const char *content);
/* part @name of the .docx @bytes, as text */
char       *zip_read_part (GBytes      *bytes,
                           const char  *name);
/* a .docx of document.xml @body alone, imported without error */
FyDocument *import_body   (const char  *body,
                           GPtrArray  **warnings);

G_END_DECLS

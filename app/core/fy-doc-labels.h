/* fy-doc-labels.h — the parts of a document both the importer and the typesetter know by their text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-types.h"

G_BEGIN_DECLS

gboolean     fy_doc_is_space                (gunichar               c);
gboolean     fy_doc_is_attachment_label     (const char            *text);
gboolean     fy_doc_is_bracketed_note       (FyBlockRole            role,
                                             const char            *text);
gboolean     fy_doc_is_issue_number         (const char            *text);
gboolean     fy_doc_is_document_number      (const char            *text);
gboolean     fy_doc_keeps_number_under      (const char            *text);
guint        fy_doc_count_under_document_number (FyDocument        *document,
                                                 gboolean           number_first);
gboolean     fy_doc_place_document_number   (FyDocument            *document);
gboolean     fy_doc_is_header_line          (const char            *text);
gboolean     fy_doc_is_copy_to_line         (const char            *text);
gboolean     fy_doc_is_contents_label       (const char            *text);
gboolean     fy_doc_is_printed_line         (const char            *text);

G_END_DECLS

/* fy-import.h — Markdown and pasted plain text into a FyDocument
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-document.h"

G_BEGIN_DECLS

/*
 * What an import of pasted text left out (fy_import_paste_with_notes()),
 * so that no line goes unseen: each line once, and the warnings a file
 * import of the same text gives about them.
 */
typedef struct
{
  GPtrArray *captions;    /* (element-type utf8): a lost photo's captions */
  GPtrArray *furniture;   /* (element-type utf8): a PDF's page numbers and
                           * running heads */
  GPtrArray *web;         /* (element-type utf8): a web page's lines around
                           * the text: source, editor, reading count,
                           * breadcrumbs, share links, 上一篇 */
  GPtrArray *glued;       /* (element-type utf8): rows of a table whose cells
                           * a PDF copy ran together, kept one paragraph a
                           * row */
  GPtrArray *warnings;    /* (element-type utf8): sentences naming them */
  gboolean   joined;      /* a PDF's printed lines were joined into
                           * paragraphs */
} FyImportNotes;

FyImportNotes *fy_import_notes_new     (void);
void        fy_import_notes_free      (FyImportNotes *notes);
guint       fy_import_notes_count_lines (const FyImportNotes *notes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyImportNotes, fy_import_notes_free)

FyDocument *fy_import_markdown        (const char    *text,
                                       gssize         length,
                                       GError       **error);
FyDocument *fy_import_plain_text      (const char    *text,
                                       gssize         length,
                                       GError       **error);
GPtrArray  *fy_import_paste           (const char    *text,
                                       gssize         length);
GPtrArray  *fy_import_paste_with_notes (const char   *text,
                                       gssize         length,
                                       FyImportNotes **notes);
GPtrArray  *fy_import_paste_document_with_notes (const char     *text,
                                                gssize          length,
                                                FyImportNotes **notes);
char       *fy_import_html_to_text    (const char     *html,
                                       char          **headline);
GPtrArray  *fy_import_paste_html_with_notes (const char     *html,
                                            gssize          length,
                                            FyImportNotes **notes);
FyDocument *fy_import_paste_document  (const char     *text,
                                       gssize          length,
                                       FyImportNotes **notes);
char       *fy_import_clean_wrap_spaces (const char  *line);
gboolean    fy_import_is_readable_text (const char   *text,
                                       gssize         length);
char       *fy_import_paste_line      (const char    *line);
GPtrArray  *fy_import_dup_warnings    (FyDocument    *document);
void        fy_import_keep_own_numbers (FyDocument   *document);
FyDocument *fy_import_file            (GFile         *file,
                                       GCancellable  *cancellable,
                                       GError       **error);
FyDocument *fy_import_file_with_warnings (GFile      *file,
                                       GPtrArray    **warnings,
                                       GCancellable  *cancellable,
                                       GError       **error);

G_END_DECLS

/* fy-docx-import-private.h — what the .docx importer's files share: the import under way
 *
 * fy-docx-import.c turns paragraphs into blocks, fy-docx-tables.c tables;
 * fy-docx-runs.c gathers a paragraph's runs into pieces of text;
 * fy-docx-package.c reads the parts around the text (relationships,
 * properties, headers and footers, lists and notes).
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>
#include <zip.h>

#include "fy-document.h"
#include "fy-docx-private.h"
#include "fy-import-private.h"

G_BEGIN_DECLS

/* A stretch of a paragraph's text of one kind: plain (bold or not),
 * markup Fayan kept in hidden text, or a field's reference with what the
 * content control shows. */
typedef struct
{
  FyRunKind  kind;
  char      *field;          /* for fields */
  GString   *text;
  gboolean   bold;
} FyDocxPiece;

typedef struct
{
  zip_t           *archive;
  FyDocument      *document;
  GPtrArray       *warnings;
  FyDocxStyles    *styles;
  FyImportContext  context;
  gboolean         has_title;
  gboolean         from_fayan;     /* custom.xml holds Fayan's properties */
  char            *core_title;     /* docProps/core.xml's dc:title */
  char            *core_creator;   /* and dc:creator */
  guint            n_paragraphs;
  guint64          total_read;
  guint            revisions;        /* tracked changes met: insertions, deletions, moves,
                                      * changes of format */
  gboolean         run_reformatted;  /* the last run's format change goes on in the next */
  gboolean         has_numbering;  /* the file says how headings are numbered */
  gboolean         numbers_written;  /* a heading carries its own number */
  gboolean         in_attachment;    /* the last paragraph opened or named an attachment */
  guint            plain_title;      /* the paragraph taken as the title though not
                                      * centred, or 0 */
  FyDocxNotes     *notes;            /* list numbers and footnotes */
  GPtrArray       *text_boxes;       /* w:txbxContent met, not yet read */
  guint            section_start;    /* the first paragraph of the current section */
  guint            section_table;    /* its first table's paragraph, 0 if none */
  guint            page_break;       /* the paragraph a page break met comes before
                                      * (a paragraph with no text passes it on), or 0 */
  /* per paragraph */
  GPtrArray       *pieces;
  gboolean         has_image;
  gboolean         has_red;          /* red text, which Fayan prints black */
  gboolean         has_highlight;    /* highlighted text, which it prints plain */
  gboolean         has_underline;    /* underlined text, which it prints plain */
  gboolean         has_kaiti;        /* a run set in 楷体, printed in the paragraph's face */
  FyDocxPiece     *bookmark;         /* the field whose bookmark is open, in pieces
                                      * (fy_docx_field_bookmark()) */
  char            *bookmark_id;
  guint            unnamed_controls; /* content controls without a name being read */
  guint            bookmark_control; /* how deep in them the open bookmark began */
  gboolean         bookmark_held;    /* its end met, its control's end closes it */
  gboolean         engine_number;    /* it opens with the number Fayan printed */
  const char      *paragraph_style;  /* the paragraph's style, while its runs are read */
  gboolean         other_face;       /* text in a face other than 楷体 */
  int              text_size;        /* the largest size its text is set in (half-points),
                                      * -1 when nothing says */
  int              title_size;       /* that of the title's paragraph */
} FyDocxImport;

FyDocxPiece *fy_docx_piece_new          (FyRunKind      kind,
                                         const char    *field,
                                         const char    *text,
                                         gboolean       bold);
void         fy_docx_piece_free         (gpointer       data);

void         fy_docx_import_append_text (FyDocxImport  *import,
                                         FyDocxPiece   *field,
                                         gboolean       bold,
                                         const char    *text);
void         fy_docx_import_count_format_change (FyDocxImport *import,
                                                 xmlNode      *properties);
void         fy_docx_import_note_page_break (FyDocxImport *import);
void         fy_docx_import_walk_inline (FyDocxImport  *import,
                                         xmlNode       *node,
                                         FyDocxPiece   *field,
                                         guint          depth);

/* fy-docx-import.c */
void         fy_docx_import_warn        (FyDocxImport  *import,
                                         char          *message);
void         fy_docx_import_warn_picture (FyDocxImport *import,
                                          guint         paragraph,
                                          const char   *where);
void         fy_docx_import_warn_formats (FyDocxImport *import,
                                          guint         paragraph,
                                          const char   *where,
                                          gboolean      kaiti);
void         fy_docx_import_reset_formats (FyDocxImport *import);
gboolean     fy_docx_import_check_block_limit (FyDocxImport  *import,
                                               GError       **error);
void         fy_docx_import_add_block   (FyDocxImport  *import,
                                         FyBlockRole    role,
                                         guint          level);

/* fy-docx-package.c */
xmlDoc      *fy_docx_import_load_part   (FyDocxImport  *import,
                                         const char    *name,
                                         GError       **error);
char        *fy_docx_import_find_relationship (FyDocxImport  *import,
                                               const char    *rels_name,
                                               const char    *type_suffix,
                                               const char    *base,
                                               GError       **error);
void         fy_docx_import_load_core_properties (FyDocxImport *import);
void         fy_docx_import_load_custom_properties (FyDocxImport *import);
void         fy_docx_import_take_title_and_speaker (FyDocxImport *import);
gboolean     fy_docx_import_load_notes  (FyDocxImport  *import,
                                         const char    *rels_part,
                                         const char    *base,
                                         GError       **error);
void         fy_docx_import_warn_headers (FyDocxImport *import,
                                          const char   *rels_part,
                                          const char   *base);

/* fy-docx-tables.c */
gboolean     fy_docx_import_walk_table  (FyDocxImport  *import,
                                         xmlNode       *table,
                                         guint          depth,
                                         GError       **error);

G_END_DECLS

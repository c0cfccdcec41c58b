/* fy-docx-export-private.h — (private) the .docx exporter's writer, shared by its parts
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/xmlwriter.h>
#include <zip.h>

#include "fy-docx-private.h"
#include "fy-document.h"
#include "fy-source.h"
#include "fy-style.h"

G_BEGIN_DECLS

#define FY_DOCX_TWIPS_PER_POINT 20.0

/* @document is NULL when @body writes the body (the 对照表). */
struct _FyDocxWriter
{
  FyDocument       *document;
  FyStyle          *style;
  xmlBufferPtr      buffer;
  xmlTextWriterPtr  w;
  guint             next_sdt_id;
  gboolean          landscape;
  FyDocxBodyFunc    body;
  gpointer          body_data;
  FySource         *source;       /* the document as the typesetter reads it */
  gboolean          page_numbers; /* the style places them, the document wants them */
};

/* fy-docx-export.c: a part is begun as an XML document with the root
 * element @root (in namespace @ns unless %NULL), and finished into
 * @archive as @name; both return %FALSE when libxml2 or libzip fail. */
gboolean fy_docx_writer_begin   (FyDocxWriter *wr,
                                 const char   *root,
                                 const char   *ns);
gboolean fy_docx_writer_finish  (FyDocxWriter *wr,
                                 zip_t        *archive,
                                 const char   *name);

/* fy-docx-export.c: for the other parts */
double   fy_docx_text_width_in_chars (const char   *text);
void     fy_docx_writer_block_runs   (FyDocxWriter *wr,
                                      FyBlock      *block);
/* no gap between the front blocks (title, issue number…) in print */
void     fy_docx_writer_front_spacing (FyDocxWriter *wr,
                                       guint         position);
/* the number the engine prints before a block, in a run of its own style */
void     fy_docx_writer_number_run   (FyDocxWriter *wr,
                                      const char   *number);
/* a black rule @eighths of a point thick on @side (w:top …) of a
 * table or paragraph */
void     fy_docx_writer_border       (FyDocxWriter *wr,
                                      const char   *side,
                                      int           eighths);

/* fy-docx-export.c: whether a block makes a paragraph of the .docx */
gboolean fy_docx_block_is_written    (FyBlock      *block);

/* fy-docx-export-notice.c: a notice's attached documents and 版记 */
#define FY_DOCX_IMPRINT_STYLE_ID "FayanImprint"
gboolean fy_docx_notice_is_list_caption (FyDocxWriter *wr,
                                         guint         position,
                                         const char   *number);
void     fy_docx_notice_contents_layout (FyDocxWriter *wr,
                                         guint         position,
                                         const char   *number);
gboolean fy_docx_notice_starts_page  (FyDocxWriter *wr,
                                      guint         position);
gboolean fy_docx_notice_keeps_with_next (FyDocxWriter *wr,
                                         guint         position);
gboolean fy_docx_write_notice_block  (FyDocxWriter *wr,
                                      guint         position);
gboolean fy_docx_write_attachment    (FyDocxWriter *wr,
                                      guint         position,
                                      const char   *style_id,
                                      const char   *number,
                                      gboolean      more);

/* fy-docx-export-styles.c: the parts that carry the style */
long     fy_docx_char_spacing   (FyDocxWriter *wr);
gboolean fy_docx_write_styles   (FyDocxWriter *wr,
                                 zip_t        *archive);
gboolean fy_docx_write_footer   (FyDocxWriter *wr,
                                 zip_t        *archive,
                                 gboolean      odd,
                                 const char   *name);
gboolean fy_docx_write_font_table (FyDocxWriter *wr,
                                   zip_t        *archive);
gboolean fy_docx_write_settings (FyDocxWriter *wr,
                                 zip_t        *archive);

G_END_DECLS

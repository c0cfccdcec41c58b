/* fy-docx-private.h — the Word styles the .docx exporter writes and the importer reads
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>
#include <zip.h>

#include "fy-style.h"
#include "fy-types.h"

G_BEGIN_DECLS

#define FY_DOCX_NS_W   "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define FY_DOCX_NS_R   "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define FY_DOCX_NS_REL "http://schemas.openxmlformats.org/package/2006/relationships"

/* Property names in docProps/custom.xml that carry what Word has no
 * place for: field values and the document's metadata. */
#define FY_DOCX_PROP_FIELD_PREFIX "Fayan field: "
#define FY_DOCX_PROP_META_PREFIX  "Fayan "
/* the digest of the text exported (fy_document_dup_text_digest()) and
 * the name of the version of the draft that holds it, if one does */
#define FY_DOCX_PROP_BASE_DIGEST  FY_DOCX_PROP_META_PREFIX "base text"
#define FY_DOCX_PROP_BASE_VERSION FY_DOCX_PROP_META_PREFIX "base version"

/* A paragraph style: Word's built-in names for title, subtitle and the
 * headings (so Word's navigation pane and WPS's 目录 know them), "Fayan …"
 * for the rest.  The id is the name without spaces, as LibreOffice and
 * Word make ids from names when they save. */
typedef struct
{
  const char  *id;
  const char  *name;
  FyBlockRole  role;
  guint        level;
  FyStyleRole  style_role;
} FyDocxStyle;

#define FY_DOCX_LEAD_STYLE_ID   "FayanLead"
#define FY_DOCX_LEAD_STYLE_NAME "Fayan Lead"
/* the heading number the engine gives, as a run of its own */
#define FY_DOCX_NUMBER_STYLE_ID   "FayanNumber"
#define FY_DOCX_NUMBER_STYLE_NAME "Fayan Number"
/* a line break the engine chose in the title, as a run of its own: Word
 * shows it, the importer leaves it to the engine again */
#define FY_DOCX_BREAK_STYLE_ID   "FayanBreak"
#define FY_DOCX_BREAK_STYLE_NAME "Fayan Line Break"
/* the spaces between a 印发 line's organ and date: a tab to the right
 * stop in a run of this style, then the spaces typed as hidden text of
 * it; the importer drops the tab and keeps the spaces as text */
#define FY_DOCX_SPACING_STYLE_ID   "FayanSpacing"
#define FY_DOCX_SPACING_STYLE_NAME "Fayan Spacing"
/* the lines of an attachment note after its first, each a paragraph */
#define FY_DOCX_ATTACHMENT_LINE_STYLE_ID "FayanAttachmentLine"
/* the date under a signature, placed relative to it */
#define FY_DOCX_SIGNED_DATE_STYLE_ID "FayanSignatureDate"
/* a list's caption typed as a body line: centred, in heading 1's face */
#define FY_DOCX_LIST_CAPTION_STYLE_ID "FayanListCaption"

/* Paragraph styles a body writer may use. */
#define FY_DOCX_TITLE_STYLE_ID        "Title"
#define FY_DOCX_BODY_STYLE_ID         "FayanBody"
#define FY_DOCX_TABLE_STYLE_ID        "FayanTable"
#define FY_DOCX_TABLE_HEADER_STYLE_ID "FayanTableHeader"

/* The exporter's package with a body of the caller's (the 对照表). */
typedef struct _FyDocxWriter FyDocxWriter;
typedef void (*FyDocxBodyFunc) (FyDocxWriter *writer,
                                gpointer      data);

GBytes            *fy_docx_write_package   (FyStyle         *style,
                                            const char      *title,
                                            gboolean         landscape,
                                            FyDocxBodyFunc   body,
                                            gpointer         data,
                                            GError         **error);
void               fy_docx_writer_start    (FyDocxWriter    *writer,
                                            const char      *name);
void               fy_docx_writer_end      (FyDocxWriter    *writer);
void               fy_docx_writer_attr     (FyDocxWriter    *writer,
                                            const char      *name,
                                            const char      *value);
void               fy_docx_writer_attr_int (FyDocxWriter    *writer,
                                            const char      *name,
                                            long             value);
void               fy_docx_writer_element  (FyDocxWriter    *writer,
                                            const char      *name,
                                            const char      *value);
void               fy_docx_writer_element_int (FyDocxWriter *writer,
                                               const char   *name,
                                               long          value);
void               fy_docx_writer_text     (FyDocxWriter    *writer,
                                            const char      *text);
/* opens a ruled w:tbl and writes its grid; close it with _end() */
void               fy_docx_writer_table_start (FyDocxWriter *writer,
                                               long          width,
                                               const long   *widths,
                                               guint         n_columns);

char              *fy_docx_field_bookmark    (const char  *field,
                                            guint        id);
gboolean           fy_docx_field_bookmark_is (const char  *bookmark,
                                            const char  *field);
const FyDocxStyle *fy_docx_get_styles    (guint       *n_styles);
const FyDocxStyle *fy_docx_style_for     (FyBlockRole  role,
                                          guint        level);

/* fy-docx-parts.c: the safe reading of an archive's parts */
void      fy_docx_set_format_error  (GError     **error,
                                     const char  *detail);
gboolean  fy_docx_part_name_is_safe (const char  *name);
char     *fy_docx_read_part         (zip_t       *archive,
                                     guint64     *total_read,
                                     const char  *name,
                                     gsize       *length,
                                     GError     **error);
xmlDoc   *fy_docx_parse_part        (const char  *name,
                                     const char  *data,
                                     gsize        length,
                                     GError     **error);
gboolean  fy_docx_check_archive     (zip_t       *archive,
                                     GError     **error);
gboolean  fy_docx_is_w              (xmlNode     *node,
                                     const char  *name);
xmlNode  *fy_docx_child_w           (xmlNode     *node,
                                     const char  *name);
gboolean  fy_docx_is_red            (xmlNode     *rpr);
gboolean  fy_docx_table_reads_as_headed (FyBlock  *block);
gboolean  fy_docx_is_highlighted    (xmlNode     *rpr);
char     *fy_docx_get_w_attr        (xmlNode     *node,
                                     const char  *name);
int       fy_docx_get_toggle        (xmlNode     *properties,
                                     const char  *name);

/* fy-docx-notes.c: list numbers and notes, which Word keeps outside the text */
typedef struct _FyDocxNotes FyDocxNotes;
typedef struct _FyDocxStyles FyDocxStyles;

FyDocxNotes *fy_docx_notes_new        (xmlDoc      *numbering,
                                       xmlDoc      *footnotes,
                                       xmlDoc      *endnotes,
                                       xmlDoc      *comments);
void         fy_docx_notes_free       (FyDocxNotes *notes);
char        *fy_docx_notes_list_label (FyDocxNotes *notes,
                                       xmlNode     *ppr,
                                       FyDocxStyles *styles,
                                       const char  *style_id);
char        *fy_docx_notes_refer      (FyDocxNotes *notes,
                                       gboolean     endnote,
                                       const char  *id);
GPtrArray   *fy_docx_notes_take       (FyDocxNotes *notes);
const char  *fy_docx_notes_skip_mark  (const char  *note);
void         fy_docx_notes_comment    (FyDocxNotes *notes,
                                       const char  *id);
void         fy_docx_notes_warn_comments (FyDocxNotes *notes,
                                          guint        paragraph,
                                          const char  *excerpt,
                                          GPtrArray   *messages);
void         fy_docx_notes_warn_numbers (FyDocxNotes *notes,
                                         guint        paragraph,
                                         const char  *excerpt,
                                         GPtrArray   *messages);
guint        fy_docx_notes_n_unread_comments (FyDocxNotes *notes);

/* fy-docx-numbers.c: a list's number in the style Word prints it */
typedef enum
{
  FY_DOCX_NUMBER_WRITTEN,    /* as Word prints it */
  FY_DOCX_NUMBER_UNKNOWN,    /* in a style Fayan does not write: digits */
  FY_DOCX_NUMBER_NO_SIGN,    /* in a style that has no sign for it (甲 … 癸
                              * stop at ten): digits */
} FyDocxNumberCase;

char        *fy_docx_format_number    (const char       *format,
                                       int               n,
                                       FyDocxNumberCase *written);

/* fy-docx-styles.c: what a paragraph or character style gives its text */
FyDocxStyles *fy_docx_styles_new      (void);
void          fy_docx_styles_free     (FyDocxStyles *styles);
void          fy_docx_styles_load     (FyDocxStyles *styles,
                                       xmlDoc       *doc);
gboolean      fy_docx_styles_role     (FyDocxStyles *styles,
                                       const char   *id,
                                       FyBlockRole  *role,
                                       guint        *level,
                                       int          *outline,
                                       char        **align);
gboolean      fy_docx_styles_has_name (FyDocxStyles *styles,
                                       const char   *id,
                                       const char   *name);
gboolean      fy_docx_styles_is_bold  (FyDocxStyles *styles,
                                       const char   *id);
gboolean      fy_docx_styles_is_red   (FyDocxStyles *styles,
                                       const char   *id);
int           fy_docx_styles_kaiti    (FyDocxStyles *styles,
                                       const char   *id);
int           fy_docx_fonts_kaiti     (xmlNode      *rpr);
int           fy_docx_styles_size     (FyDocxStyles *styles,
                                       const char   *id);
int           fy_docx_font_size       (xmlNode      *rpr);
gboolean      fy_docx_styles_list     (FyDocxStyles *styles,
                                       const char   *id,
                                       char        **num_id,
                                       int          *level);

G_END_DECLS

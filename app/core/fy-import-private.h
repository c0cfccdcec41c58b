/* fy-import-private.h — rules the importer and the exporter share
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-import.h"
#include "fy-types.h"

G_BEGIN_DECLS

/*
 * The Markdown exporter writes a role comment (`<!-- fayan:speaker -->`)
 * only where the importer would not infer the role from the text alone, so
 * both sides must infer roles the same way: through this context.
 */
typedef struct
{
  gboolean    has_previous;
  FyBlockRole previous_role;
  /* A heading, paragraph or other body block came before. */
  gboolean    body_started;
} FyImportContext;

#define FY_IMPORT_MARKER_PREFIX "fayan:"
/* `<span data-fayan-field="name">value</span>`: a field with its value */
#define FY_IMPORT_FIELD_ATTRIBUTE "data-fayan-field"
/* The ordinal an importer took from the start of a heading (object data
 * of the block), for fy_import_keep_own_numbers(). */
#define FY_IMPORT_OWN_ORDINAL_KEY "fy-import-own-ordinal"
/* A numbered line is a heading only when what follows the number is short. */
#define FY_IMPORT_HEADING_MAX_CHARS 40
/* A signature has at most this many lines of names above its date. */
#define FY_IMPORT_SIGNATURE_MAX_LINES 4
/* A first line no longer than this, with no end punctuation, is the title. */
#define FY_IMPORT_TITLE_MAX_CHARS 50
/* fy_import_split_lines() puts this character and the table's index where
 * a pasted table was; it turns the character into a space wherever the
 * text itself has it, so only its own marks start with it. */
#define FY_IMPORT_TABLE_MARK '\x01'

/* The kinds of lead ordinal that open pasted headings (fy-import-lead.c). */
typedef enum
{
  FY_IMPORT_LEAD_NONE,
  FY_IMPORT_LEAD_DI,        /* 第一， */
  FY_IMPORT_LEAD_SEQUENCE,  /* 首先 其次 再次 最后 */
  FY_IMPORT_LEAD_SHI,       /* 一是 */
  FY_IMPORT_LEAD_YAO,       /* 一要 */
  FY_IMPORT_LEAD_ASPECT,    /* 一方面 另一方面 */
  FY_IMPORT_LEAD_QI,        /* 其一 */
} FyImportLeadKind;

/* The heading levels open so far, and the kind of ordinal of each. */
typedef struct
{
  FyImportLeadKind kinds[FY_HEADING_MAX_LEVEL + 1];
  guint            depth;
} FyImportLeadLevels;

void         fy_import_lead_levels_init     (FyImportLeadLevels    *levels);
void         fy_import_lead_levels_note     (FyImportLeadLevels    *levels,
                                             guint                  level);
gboolean     fy_import_lead_heading         (FyImportLeadLevels    *levels,
                                             const char            *text,
                                             guint                 *level);
FyImportLeadKind fy_import_closed_lead_kind (const char          *text);
gboolean     fy_import_closed_lead_heading  (FyImportLeadLevels    *levels,
                                             const char            *text,
                                             guint                 *level);
gsize        fy_import_inline_lead_length   (const char            *text,
                                             FyImportLeadKind      *kind);

void         fy_import_context_init         (FyImportContext       *context);
void         fy_import_context_advance      (FyImportContext       *context,
                                             FyBlockRole            role);
FyBlockRole  fy_import_guess_role           (const FyImportContext *context,
                                             const char            *text);
gboolean     fy_import_is_salutation_like   (const char            *text);
gboolean     fy_import_is_title_like        (const char            *text);
gboolean     fy_import_is_closing_like      (const char            *text);
gboolean     fy_import_is_speaker_like      (const char            *line);
gboolean     fy_import_lists_names          (const char            *line);
gboolean     fy_import_lists_organs         (const char            *line,
                                             guint                  min);
gboolean     fy_import_lists_members        (const char            *caption,
                                             const char            *line);
gboolean     fy_import_follows_attached_list (const char           *text,
                                             const char            *before,
                                             gboolean               attached_before);
gboolean     fy_import_is_occasion_line     (const char            *text);
gboolean     fy_import_is_chapter_line      (const char            *text,
                                             guint                 *level);
gboolean     fy_import_is_signature_like    (const char            *text);
gboolean     fy_import_infers_signature     (FyDocument            *document,
                                             guint                  index);
void         fy_import_mark_closing         (FyDocument            *document);
void         fy_import_mark_signature       (FyDocument            *document,
                                             GArray                *marked);

gboolean     fy_import_is_cjk               (gunichar               c);
char        *fy_import_normalize_input      (const char            *text,
                                             gssize                 length,
                                             GError               **error);
void         fy_import_append_joined        (GString               *str,
                                             const char            *piece);
gboolean     fy_import_spaces_figures       (GPtrArray             *lines,
                                             guint                  first);
void         fy_import_append_line          (GString               *str,
                                             const char            *piece,
                                             gboolean               spaced_figures);
char        *fy_import_clean_wrap_spaces_len (const char           *line,
                                             gsize                  length);
void         fy_import_settle_numbering     (FyDocument            *document);
void         fy_import_add_warning          (FyDocument            *document,
                                             char                  *message);
guint        fy_import_set_full_width_marks (FyDocument           *document);
guint        fy_import_numbered_heading     (GPtrArray             *paragraphs,
                                             guint                  i,
                                             char                 **clean,
                                             gsize                 *number_len);
void         fy_import_set_full_width_marks_in_blocks (GPtrArray  *blocks);
void         fy_import_remember_ordinal     (FyBlock               *block,
                                             const char            *ordinal,
                                             gsize                  length);

const char  *fy_import_attachment_note_rest (const char            *text);
gboolean     fy_import_is_attachment_note   (const char            *text);
gboolean     fy_import_is_attachment_item   (const char            *text);
void         fy_import_gather_attachments   (GPtrArray             *blocks);
void         fy_import_gather_document_attachments (FyDocument     *document);

gboolean     fy_import_is_attached_title    (const char            *text,
                                             const char            *title,
                                             gboolean               after_close,
                                             gboolean               labelled,
                                             gboolean               body_follows);
void         fy_import_find_attached_titles (FyDocument            *document);

void         fy_import_join_attendance_labels (GPtrArray            *paragraphs);
gboolean     fy_import_title_goes_on        (const char            *one,
                                             const char            *two);
void         fy_import_join_title_lines     (GPtrArray             *lines,
                                             guint                  first);
void         fy_import_close_letter_spacing (char                 **lines);
char       **fy_import_unwrap_pdf_copy      (char                 **raw,
                                             gboolean             (*stands_alone) (const char *line),
                                             GPtrArray             *dropped,
                                             gboolean              *joined);

gboolean     fy_import_ends_sentence        (const char            *text);
gboolean     fy_import_ends_clause          (const char            *text);
gboolean     fy_import_parse_heading        (const char            *text,
                                             guint                 *level,
                                             const char           **rest);
GPtrArray   *fy_import_split_lines          (const char            *text,
                                             GPtrArray             *tables,
                                             FyImportNotes         *notes);
GPtrArray   *fy_import_collect_paragraphs   (GPtrArray             *lines,
                                             guint                  first,
                                             gboolean              *joined);
GPtrArray   *fy_import_plain_text_to_blocks (const char           *text,
                                             gboolean               detect_title,
                                             char                 **title,
                                             FyImportNotes         *notes);
FyDocument  *fy_import_plain_text_to_document (const char         *normalized,
                                               FyImportNotes      *notes);
double       fy_import_line_width           (const char            *line);
char       **fy_import_split_copied_lines   (const char            *text,
                                             gboolean             (*stands_alone) (const char *line),
                                             FyImportNotes         *notes);
void         fy_import_skip_masthead        (GPtrArray             *lines,
                                             guint                 *first);
void         fy_import_split_run_in_title   (GPtrArray             *lines,
                                             guint                  first);
void         fy_import_split_run_in_subtitle (GPtrArray            *lines,
                                             guint                  first);
void         fy_import_notes_add_line       (GPtrArray             *lines,
                                             const char            *line);
void         fy_import_describe_left_out    (FyImportNotes         *notes);

guint        fy_import_take_tsv_table       (char                 **raw,
                                             guint                  first,
                                             GPtrArray             *tables,
                                             GPtrArray             *furniture);
guint        fy_import_take_cell_table      (char                 **raw,
                                             guint                  first,
                                             GPtrArray             *tables,
                                             GPtrArray             *furniture);
gboolean     fy_import_is_table_caption     (const char            *line);
gboolean     fy_import_is_page_number       (const char            *line);
void         fy_import_find_glued_rows      (GPtrArray             *lines,
                                             GPtrArray             *glued);
guint        fy_import_take_spaced_table    (char                 **raw,
                                             guint                  first,
                                             GPtrArray             *tables,
                                             GPtrArray             *furniture,
                                             char                 **caption);
guint        fy_import_take_pipe_table      (char                 **raw,
                                             guint                  first,
                                             GPtrArray             *tables);

G_END_DECLS

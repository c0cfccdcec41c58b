/* fy-document.h — the speech manuscript: metadata, field values, blocks
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-block.h"
#include "fy-numbering.h"
#include "fy-types.h"
#include "fy-version.h"

G_BEGIN_DECLS

#define FY_TYPE_DOCUMENT (fy_document_get_type ())

G_DECLARE_FINAL_TYPE (FyDocument, fy_document, FY, DOCUMENT, GObject)

#define FY_DEFAULT_STYLE_PRESET "gbt9704"

FyDocument   *fy_document_new                 (void);
FyDocument   *fy_document_copy                (FyDocument  *self);
FyDocument   *fy_document_copy_content        (FyDocument  *self);
void          fy_document_replace_content     (FyDocument  *self,
                                               FyDocument  *source);

const char   *fy_document_get_title           (FyDocument  *self);
void          fy_document_set_title           (FyDocument  *self,
                                               const char  *title);
const char   *fy_document_get_subtitle        (FyDocument  *self);
void          fy_document_set_subtitle        (FyDocument  *self,
                                               const char  *subtitle);
const char   *fy_document_get_speaker         (FyDocument  *self);
void          fy_document_set_speaker         (FyDocument  *self,
                                               const char  *speaker);
const char   *fy_document_get_organisation    (FyDocument  *self);
void          fy_document_set_organisation    (FyDocument  *self,
                                               const char  *organisation);
const char   *fy_document_get_meeting         (FyDocument  *self);
void          fy_document_set_meeting         (FyDocument  *self,
                                               const char  *meeting);
const char   *fy_document_get_date            (FyDocument  *self);
void          fy_document_set_date            (FyDocument  *self,
                                               const char  *date);
guint         fy_document_get_time_limit      (FyDocument  *self);
void          fy_document_set_time_limit      (FyDocument  *self,
                                               guint        minutes);
const char   *fy_document_get_style_preset    (FyDocument  *self);
void          fy_document_set_style_preset    (FyDocument  *self,
                                               const char  *preset);
FyNumberingMode fy_document_get_numbering    (FyDocument  *self);
FyNumberingMode fy_document_get_printed_numbering (FyDocument *self);
void          fy_document_set_numbering       (FyDocument  *self,
                                               FyNumberingMode mode);
gboolean      fy_document_get_page_numbers    (FyDocument  *self);
void          fy_document_set_page_numbers    (FyDocument  *self,
                                               gboolean     page_numbers);
const char   *fy_document_get_template_id     (FyDocument  *self);
void          fy_document_set_template_id     (FyDocument  *self,
                                               const char  *template_id);

const char   *fy_document_get_field_value     (FyDocument  *self,
                                               const char  *name);
void          fy_document_set_field_value     (FyDocument  *self,
                                               const char  *name,
                                               const char  *value);
char        **fy_document_dup_field_names     (FyDocument  *self);

guint         fy_document_get_n_blocks        (FyDocument  *self);
FyBlock      *fy_document_get_block           (FyDocument  *self,
                                               guint        position);
void          fy_document_insert_block        (FyDocument  *self,
                                               guint        position,
                                               FyBlock     *block);
void          fy_document_append_block        (FyDocument  *self,
                                               FyBlock     *block);
void          fy_document_remove_block        (FyDocument  *self,
                                               guint        position);
void          fy_document_move_blocks         (FyDocument  *self,
                                               guint        from,
                                               guint        n_blocks,
                                               guint        to);
void          fy_document_splice_blocks       (FyDocument  *self,
                                               guint        position,
                                               guint        n_removals,
                                               FyBlock    **additions,
                                               guint        n_additions);
gboolean      fy_document_find_block          (FyDocument  *self,
                                               FyBlock     *block,
                                               guint       *position);
guint         fy_document_get_section_end     (FyDocument  *self,
                                               guint        position);

char         *fy_document_dup_display_title   (FyDocument  *self);
GStrv         fy_document_dup_heading_numbers (FyDocument  *self);
char         *fy_document_resolve_run         (FyDocument  *self,
                                               const FyRun *run);
char         *fy_document_dup_block_text      (FyDocument  *self,
                                               guint        position);
char         *fy_document_dup_printed_text    (FyDocument  *self,
                                               FyBlock     *block);
char         *fy_document_dup_block_lead      (FyDocument  *self,
                                               guint        position);
void          fy_document_count_characters    (FyDocument  *self,
                                               guint       *n_chars,
                                               guint       *n_chars_no_punct);

guint         fy_document_get_n_versions      (FyDocument  *self);
FyVersion    *fy_document_get_version         (FyDocument  *self,
                                               guint        position);
void          fy_document_add_version         (FyDocument  *self,
                                               FyVersion   *version);
FyVersion    *fy_document_save_version        (FyDocument  *self,
                                               const char  *name,
                                               const char  *author,
                                               const char  *note);
void          fy_document_remove_version      (FyDocument  *self,
                                               guint        position);
FyVersion    *fy_document_find_version        (FyDocument  *self,
                                               const char  *name);
FyDocument   *fy_document_dup_version_content (FyDocument  *self,
                                               const char  *name,
                                               GError     **error);

G_END_DECLS

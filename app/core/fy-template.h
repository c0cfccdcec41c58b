/* fy-template.h — a speech template: skeleton document, fields, style
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-document.h"
#include "fy-date.h"
#include "fy-field-def.h"

G_BEGIN_DECLS

#define FY_TEMPLATE_FORMAT_NAME    "fayan-template"
/* Version 2: the skeleton holds a role of document format version 5 or
 * later (an issue number).  A template is saved with the lowest version
 * that holds what it uses (fy_template_get_format_version()). */
#define FY_TEMPLATE_FORMAT_VERSION 2
#define FY_TEMPLATE_FORMAT_VERSION_ISSUE_NUMBER 2
#define FY_TEMPLATE_FILE_SUFFIX    ".fayan-template"
/* A template is a skeleton of a few KiB; anything this large is not one. */
#define FY_TEMPLATE_MAX_FILE_SIZE  (4 * 1024 * 1024)
#define FY_TEMPLATE_MAX_FIELDS     200
#define FY_TEMPLATE_MAX_ID_LENGTH  64

/* Well-known field ids; the document's metadata follows their values. */
#define FY_FIELD_MEETING      "会议名称"
#define FY_FIELD_ORGANISATION "发言单位"
#define FY_FIELD_SPEAKER      "发言人"
#define FY_FIELD_POSITION     "职务"
#define FY_FIELD_DATE         "日期"
#define FY_FIELD_TIME_LIMIT   "发言时限（分钟）"

/**
 * FyTemplateOrigin:
 * @FY_TEMPLATE_ORIGIN_BUILTIN: shipped with Fayan, read-only
 * @FY_TEMPLATE_ORIGIN_USER: the user's own, in $XDG_DATA_HOME/fayan/templates
 * @FY_TEMPLATE_ORIGIN_FOLDER: from an extra (often shared) folder
 * @FY_TEMPLATE_ORIGIN_FILE: loaded from a file named by the user
 */
typedef enum
{
  FY_TEMPLATE_ORIGIN_BUILTIN,
  FY_TEMPLATE_ORIGIN_USER,
  FY_TEMPLATE_ORIGIN_FOLDER,
  FY_TEMPLATE_ORIGIN_FILE,
} FyTemplateOrigin;

/**
 * FyTemplateContent:
 * @FY_TEMPLATE_KEEP_TEXT: keep every block's text
 * @FY_TEMPLATE_STRUCTURE_ONLY: keep roles, headings' places, fixed
 *   wording (title, subtitle, salutation, closing, signature, attachment
 *   notes and titles) and tables' header rows, and replace the text the
 *   writer fills with guidance such as "（在此概述本单位的主要做法）"
 */
typedef enum
{
  FY_TEMPLATE_KEEP_TEXT,
  FY_TEMPLATE_STRUCTURE_ONLY,
} FyTemplateContent;

#define FY_TYPE_TEMPLATE (fy_template_get_type ())

G_DECLARE_FINAL_TYPE (FyTemplate, fy_template, FY, TEMPLATE, GObject)

FyTemplate        *fy_template_new                (const char        *id,
                                                   const char        *name,
                                                   FyDocument        *skeleton);
FyTemplate        *fy_template_new_from_data      (const char        *data,
                                                   gsize              length,
                                                   GError           **error);
FyTemplate        *fy_template_new_from_file      (GFile             *file,
                                                   FyTemplateOrigin   origin,
                                                   GCancellable      *cancellable,
                                                   GError           **error);
FyTemplate        *fy_template_new_from_document  (FyDocument        *document,
                                                   FyTemplate        *based_on,
                                                   FyTemplateContent  content,
                                                   const char        *name,
                                                   const char        *category);
void               fy_template_keep_values_as_defaults (FyTemplate   *self,
                                                        FyDocument   *document);
void               fy_template_derive_fields      (FyTemplate        *self);
FyTemplate        *fy_template_copy               (FyTemplate        *self);

char              *fy_template_save_to_data       (FyTemplate        *self,
                                                   gsize             *length);
gboolean           fy_template_save_to_file       (FyTemplate        *self,
                                                   GFile             *file,
                                                   GCancellable      *cancellable,
                                                   GError           **error);

const char        *fy_template_get_id             (FyTemplate        *self);
void               fy_template_set_id             (FyTemplate        *self,
                                                   const char        *id);
const char        *fy_template_get_name           (FyTemplate        *self);
void               fy_template_set_name           (FyTemplate        *self,
                                                   const char        *name);
const char        *fy_template_get_category       (FyTemplate        *self);
void               fy_template_set_category       (FyTemplate        *self,
                                                   const char        *category);
const char        *fy_template_get_description    (FyTemplate        *self);
void               fy_template_set_description    (FyTemplate        *self,
                                                   const char        *description);
const char        *fy_template_get_style_preset   (FyTemplate        *self);
void               fy_template_set_style_preset   (FyTemplate        *self,
                                                   const char        *preset);
FyDocument        *fy_template_get_skeleton       (FyTemplate        *self);

FyTemplateOrigin   fy_template_get_origin         (FyTemplate        *self);
void               fy_template_set_origin         (FyTemplate        *self,
                                                   FyTemplateOrigin   origin,
                                                   GFile             *folder);
GFile             *fy_template_get_folder         (FyTemplate        *self);
GFile             *fy_template_get_file           (FyTemplate        *self);
void               fy_template_set_file           (FyTemplate        *self,
                                                   GFile             *file);
gboolean           fy_template_is_read_only       (FyTemplate        *self);
char              *fy_template_dup_origin_label   (FyTemplate        *self);
const char        *fy_template_get_origin_id      (FyTemplate        *self);

guint              fy_template_get_n_fields       (FyTemplate        *self);
const FyFieldDef  *fy_template_get_field          (FyTemplate        *self,
                                                   guint              index_);
const FyFieldDef  *fy_template_resolve_field      (FyTemplate        *self,
                                                  const char        *name);
char              *fy_template_dup_field_list     (FyTemplate        *self);
const FyFieldDef  *fy_template_lookup_field       (FyTemplate        *self,
                                                   const char        *id);
gboolean           fy_template_set_field_default  (FyTemplate        *self,
                                                   const char        *id,
                                                   const char        *value);
gboolean           fy_template_add_field          (FyTemplate        *self,
                                                   const FyFieldDef  *def,
                                                   GError           **error);

gboolean           fy_template_check_values       (FyTemplate        *self,
                                                   GHashTable        *values,
                                                   GError           **error);
FyDocument        *fy_template_instantiate        (FyTemplate        *self,
                                                   GHashTable        *values,
                                                   GError           **error);
FyDocument        *fy_template_restore_dropped_fields (FyTemplate    *self,
                                                       FyDocument    *document);
gboolean           fy_template_restore_field_lines (FyTemplate       *self,
                                                    FyDocument       *document,
                                                    const char       *field);
FyDocument        *fy_template_new_from_earlier   (FyDocument        *earlier,
                                                   FyTemplate        *template_,
                                                   GHashTable        *values,
                                                   GError           **error);

GPtrArray         *fy_template_list_unused_values (FyDocument        *document,
                                                   GHashTable        *values);
GPtrArray         *fy_template_check_document     (FyTemplate        *self,
                                                   FyDocument        *document);
gboolean           fy_template_problems_to_error  (GPtrArray         *problems,
                                                   GError           **error);
void               fy_template_update_metadata    (FyDocument        *document);

char              *fy_template_normalize_date     (const char        *text);
gboolean           fy_template_id_is_valid        (const char        *id);
gboolean           fy_template_is_guidance        (const char        *text);
char              *fy_template_generate_id        (void);

G_END_DECLS

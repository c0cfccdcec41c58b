/* fy-template-private.h — what the template files share: the object, field helpers
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-template.h"

G_BEGIN_DECLS

struct _FyTemplate
{
  GObject           parent_instance;

  char             *id;
  char             *name;
  char             *category;
  char             *description;
  char             *style_preset;
  FyDocument       *skeleton;
  GPtrArray        *fields;   /* of FyFieldDef */

  FyTemplateOrigin  origin;
  GFile            *folder;
  GFile            *file;
};

static inline gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* fy-template.c */
gboolean     fy_template_block_has_field    (FyBlock           *block);
/* the names @document's blocks refer to, in order of first use; with
 * @first_block, the index of the block each is first used in */
GPtrArray   *fy_template_collect_references (FyDocument        *document,
                                             GArray            *first_block);

/* fy-template-derive.c */
void         fy_template_empty_table        (FyBlock           *block);
gboolean     fy_template_is_fixed_paragraph (const char        *text);

/* fy-field-def.c */
gboolean     fy_field_id_is_valid         (const char        *id);
FyFieldKind  fy_field_guess_kind          (const char        *id);
char        *fy_field_dup_trimmed         (const char        *text);
char        *fy_field_normalize_number    (const char        *text);
char        *fy_field_def_normalize_value (const FyFieldDef  *def,
                                           const char        *value,
                                           GError           **error);
gboolean     fy_field_value_is_empty      (const char        *value);
gboolean     fy_field_check_utf8_values   (GHashTable        *values,
                                           GError           **error);
const char  *fy_field_lookup_value        (GHashTable        *values,
                                           const char        *id);

G_END_DECLS

/* fy-import-inline-private.h — Markdown inline content into runs
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cmark-gfm.h>

#include "fy-document.h"

G_BEGIN_DECLS

typedef struct
{
  GString     *str;
  gboolean     soft_break;
  gboolean     hard_break;
  FyDocument  *document;     /* where values of field spans go */
  const char  *source;
  gsize        source_len;
  GArray      *line_starts;  /* of gsize */
  char        *field_name;   /* inside `<span data-fayan-field>` */
  GString     *field_value;
} FyInlineText;

void      fy_inline_text_init      (FyInlineText *text,
                                    FyDocument   *document,
                                    const char   *source,
                                    gsize         source_len,
                                    GArray       *line_starts);
void      fy_inline_text_collect   (FyInlineText *text,
                                    cmark_node   *node,
                                    gboolean      with_root);
char     *fy_inline_text_steal     (FyInlineText *text);

char     *fy_import_mark_markup    (const char   *markup);
void      fy_import_append_marked  (FyBlock      *block,
                                    FyRunKind     kind,
                                    const char   *marked);
gboolean  fy_import_is_markup_only (const char   *marked);

G_END_DECLS

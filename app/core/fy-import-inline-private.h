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

/* What raw HTML holds that the page does not show as written. */
typedef enum
{
  FY_HTML_IMAGE = 1 << 0,   /* an <img>: its alt text is printed */
  FY_HTML_TAG   = 1 << 1,   /* another tag: kept as markup, not printed */
} FyHtmlKinds;

void      fy_inline_text_init      (FyInlineText *text,
                                    FyDocument   *document,
                                    const char   *source,
                                    gsize         source_len,
                                    GArray       *line_starts);
void      fy_inline_text_collect   (FyInlineText *text,
                                    cmark_node   *node,
                                    gboolean      with_root);
char     *fy_inline_text_steal     (FyInlineText *text);
void      fy_inline_text_collect_html (FyInlineText *text,
                                    const char   *html);
FyHtmlKinds fy_import_html_kinds   (const char   *html);

char     *fy_import_mark_markup    (const char   *markup);
void      fy_import_append_marked  (FyBlock      *block,
                                    FyRunKind     kind,
                                    const char   *marked);
gboolean  fy_import_is_markup_only (const char   *marked);
const char *fy_import_find_outside_markup (const char *marked,
                                           const char *needle);

G_END_DECLS

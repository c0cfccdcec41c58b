/* fy-numbering.h — Chinese heading numbers and numerals
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "fy-types.h"

G_BEGIN_DECLS

/**
 * FyNumberingMode:
 * @FY_NUMBERING_AUTO: the engine numbers headings 一、（一）1.（1）, except a
 *   heading that starts with an ordinal of its own, which prints as written
 * @FY_NUMBERING_AS_WRITTEN: headings print exactly as the author wrote them
 *
 * How the headings of a document are numbered.
 */
typedef enum
{
  FY_NUMBERING_AUTO,
  FY_NUMBERING_AS_WRITTEN,
} FyNumberingMode;

#define FY_TYPE_NUMBERING_MODE (fy_numbering_mode_get_type ())
GType fy_numbering_mode_get_type (void) G_GNUC_CONST;

/**
 * FyHeadingCounter:
 *
 * Counts headings in document order and says which number the engine
 * prints before each one.  Initialise with fy_heading_counter_init().
 */
typedef struct
{
  FyNumberingMode mode;
  guint           counters[FY_HEADING_MAX_LEVEL + 1];
} FyHeadingCounter;

char     *fy_numbering_chinese_numeral (guint        n);
char     *fy_numbering_format_heading  (guint        level,
                                        guint        n);
gboolean  fy_numbering_parse_ordinal   (const char  *ordinal,
                                        guint       *level,
                                        guint       *number);
gboolean  fy_numbering_strip_prefix    (const char  *text,
                                        guint       *level,
                                        guint       *number,
                                        const char **rest);
gboolean  fy_numbering_has_own_ordinal (const char  *text,
                                        const char **rest);
gboolean  fy_numbering_looks_numbered  (const char  *text,
                                        const char **rest);
gboolean  fy_numbering_opens_with_year (const char  *text);
gboolean  fy_numbering_names_list      (const char  *text);
gboolean  fy_numbering_is_list_caption (const char  *text,
                                        const char  *next);

const char *fy_numbering_mode_to_string   (FyNumberingMode  mode);
gboolean    fy_numbering_mode_from_string (const char      *str,
                                           FyNumberingMode *mode);

void      fy_heading_counter_init      (FyHeadingCounter *counter,
                                        FyNumberingMode   mode);
char     *fy_heading_counter_next      (FyHeadingCounter *counter,
                                        guint             level,
                                        const char       *text);

G_END_DECLS

/* fy-style.h — page, grid and per-element styles (presets gbt9704, reading, review)
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-fonts.h"

G_BEGIN_DECLS

/**
 * FyStyleRole:
 *
 * The elements a style gives a face, size and placement to.
 */
typedef enum
{
  FY_STYLE_ROLE_TITLE,
  FY_STYLE_ROLE_SUBTITLE,
  FY_STYLE_ROLE_SPEAKER,
  FY_STYLE_ROLE_DATE,
  FY_STYLE_ROLE_SALUTATION,
  FY_STYLE_ROLE_HEADING_1,
  FY_STYLE_ROLE_HEADING_2,
  FY_STYLE_ROLE_HEADING_3,
  FY_STYLE_ROLE_HEADING_4,
  FY_STYLE_ROLE_BODY,
  FY_STYLE_ROLE_BOLD_LEAD,
  FY_STYLE_ROLE_CLOSING,
  FY_STYLE_ROLE_SIGNATURE,
  FY_STYLE_ROLE_ATTACHMENT,
  FY_STYLE_ROLE_PAGE_NUMBER,
  FY_STYLE_ROLE_TABLE,          /* table cells: the body face one size smaller */
  FY_STYLE_ROLE_TABLE_HEADER,   /* a table's header row: 黑体, same size */
  FY_STYLE_ROLE_ISSUE_NUMBER,   /* 〔2026〕第5号 under a 纪要's title: as the date */
  FY_STYLE_ROLE_IMPRINT,        /* the 版记 (抄送, 印发) at a document's end: as the table */
} FyStyleRole;

#define FY_STYLE_N_ROLES (FY_STYLE_ROLE_IMPRINT + 1)

typedef enum
{
  FY_ALIGN_JUSTIFY,
  FY_ALIGN_LEFT,
  FY_ALIGN_CENTER,
  FY_ALIGN_RIGHT,
} FyAlign;

/**
 * FyPunctuationStyle:
 * @FY_PUNCTUATION_COMPRESS: adjacent marks to 1.5 em, line-end marks may
 *   shrink to half (the default)
 * @FY_PUNCTUATION_FULL: 全角式 on the document grid: every mark takes a cell,
 *   squeezed only where a closing mark would otherwise start a line
 * @FY_PUNCTUATION_KAIMING: 开明式, sentence-final marks full, others half
 * @FY_PUNCTUATION_HALF: 半角式, every mark half width
 */
typedef enum
{
  FY_PUNCTUATION_COMPRESS,
  FY_PUNCTUATION_FULL,
  FY_PUNCTUATION_KAIMING,
  FY_PUNCTUATION_HALF,
} FyPunctuationStyle;

typedef enum
{
  FY_PAGE_NUMBER_OUTSIDE,   /* GB/T 9704: odd right, even left, 1 字 in */
  FY_PAGE_NUMBER_CENTER,
  FY_PAGE_NUMBER_NONE,
} FyPageNumberPosition;

/**
 * FyRoleStyle:
 * @font_role: the face
 * @size: the size in points
 * @bold: draw in the bold weight of the face
 * @align: how lines sit in the type area
 * @indent: first-line indent in 字 (grid cells)
 * @lines_before: blank grid lines before the element
 * @lines_after: blank grid lines after the element
 * @line_span: grid lines each printed line occupies (titles may use 2)
 */
typedef struct
{
  FyFontRole  font_role;
  double      size;
  gboolean    bold;
  FyAlign     align;
  double      indent;
  guint       lines_before;
  guint       lines_after;
  guint       line_span;
} FyRoleStyle;

#define FY_TYPE_STYLE (fy_style_get_type ())

G_DECLARE_FINAL_TYPE (FyStyle, fy_style, FY, STYLE, GObject)

/* Styles are immutable once loaded; share them freely between threads.
 * Presets live in the core GResource under
 * /io/github/fayan/Fayan/core/presets/<id>.json. */
FyStyle              *fy_style_new_from_preset       (const char    *preset_id,
                                                      GError       **error);
FyStyle              *fy_style_new_from_file         (GFile         *file,
                                                      GError       **error);
FyStyle              *fy_style_new_from_data         (const char    *data,
                                                      gssize         length,
                                                      GError       **error);
char                **fy_style_list_presets          (void);

const char           *fy_style_get_id                (FyStyle       *self);
const char           *fy_style_get_name              (FyStyle       *self);

/* PostScript points in a millimetre: GB/T 9704 gives its lengths in mm. */
#define FY_POINTS_PER_MM (72.0 / 25.4)

/* All lengths in PostScript points (1/72 in). */
double                fy_style_get_page_width        (FyStyle       *self);
double                fy_style_get_page_height       (FyStyle       *self);
double                fy_style_get_margin_top        (FyStyle       *self);
double                fy_style_get_margin_left       (FyStyle       *self);
double                fy_style_get_type_width        (FyStyle       *self);
double                fy_style_get_type_height       (FyStyle       *self);
guint                 fy_style_get_lines_per_page    (FyStyle       *self);
guint                 fy_style_get_chars_per_line    (FyStyle       *self);
/* type width / chars per line, and type height / lines per page */
double                fy_style_get_char_pitch        (FyStyle       *self);
double                fy_style_get_line_pitch        (FyStyle       *self);

const FyRoleStyle    *fy_style_get_role              (FyStyle       *self,
                                                      FyStyleRole    role);
FyPunctuationStyle    fy_style_get_punctuation       (FyStyle       *self);
/* Strict level: —— and …… never start a line either. */
gboolean              fy_style_get_strict            (FyStyle       *self);
/* Optional, off in the presets: an opening bracket that starts a line
 * loses its leading blank half; one closing mark may hang in the margin. */
gboolean              fy_style_get_compress_line_start (FyStyle     *self);
gboolean              fy_style_get_hanging           (FyStyle       *self);
FyPageNumberPosition  fy_style_get_page_number_position (FyStyle    *self);
gboolean              fy_style_get_page_number_on_first_page (FyStyle *self);
/* distance from the bottom of the type area to the top of the dashes */
double                fy_style_get_page_number_offset (FyStyle      *self);

/* A string that changes whenever anything affecting layout changes;
 * the typesetter's paragraph cache keys on it. */
const char           *fy_style_get_fingerprint       (FyStyle       *self);

/* "二号" → 22, "16pt" / "16" → 16, "小四" → 12 */
gboolean              fy_style_parse_size            (const char    *str,
                                                      double        *points);
const char           *fy_style_role_to_string        (FyStyleRole    role);

G_END_DECLS

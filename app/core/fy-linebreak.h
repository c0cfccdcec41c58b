/* fy-linebreak.h — (private) clreq line breaking, compression and justification
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "fy-style.h"

G_BEGIN_DECLS

typedef enum
{
  FY_CLASS_HAN,        /* ideographs, kana, anything wide without a rule */
  FY_CLASS_OPEN,       /* “ ‘ （ 《 〈 【 〔 「 『 〖 ［ ｛ */
  FY_CLASS_CLOSE,      /* ” ’ ） 》 〉 】 〕 」 』 〗 ］ ｝ */
  FY_CLASS_COMMA,      /* ， 、 ； ： */
  FY_CLASS_STOP,       /* 。 ． ？ ！ */
  FY_CLASS_MIDDLE,     /* · ・ ‧ (interpuncts) */
  FY_CLASS_CONNECTOR,  /* ～ ／ – : never start a line, not compressed */
  FY_CLASS_DASH,       /* — ― (pairs are one unit) */
  FY_CLASS_ELLIPSIS,   /* … ⋯ */
  FY_CLASS_LATIN,      /* letters, digits and narrow symbols */
  FY_CLASS_SPACE,      /* U+0020 and friends: Latin word space */
  FY_CLASS_IDEO_SPACE, /* U+3000 */
  FY_CLASS_NEWLINE,    /* a hard line break */
} FyCharClass;

/* One grapheme cluster as the breaker sees it.  Lengths in points. */
typedef struct
{
  /* filled by the caller */
  guint        start;          /* byte range in the paragraph text */
  guint        end;
  int          src_offset;     /* character offset in the block source */
  gunichar     ch;             /* first character */
  guint        n_chars;        /* characters in the cluster */
  FyCharClass  klass;
  gboolean     latin_alnum;    /* a letter or digit (Han–Latin spacing applies) */
  gboolean     ascii_open;     /* ( [ { : never at line end */
  gboolean     ascii_close;    /* , . ; : ! ? ) ] } % : never at line start */
  double       advance;        /* natural advance of the shaped glyphs */
  double       em;             /* font size */
  double       cell;           /* grid cell for that size */
  guint        item;           /* shaping item and glyph range */
  guint        glyph_start;
  guint        glyph_end;
  guint        color;          /* 0 text, 1 unfilled field */

  /* computed by fy_linebreak_prepare() */
  double       base;           /* natural width */
  double       glue;           /* Han–Latin gap before this cluster */
  double       pair_right;     /* trimmed when the next cluster is on the line */
  double       pair_left;      /* trimmed when the previous cluster is on the line */
  guint        no_start : 1;   /* kinsoku: may not start a line */
  guint        no_end : 1;     /* kinsoku: may not end a line */
  guint        in_unit : 1;    /* a break before it would split a word, run or —— */
  guint        gap_space : 1;  /* a typed space that is the Han–Latin gap */
  guint        soft_unit : 1;  /* in_unit by preference only (9|月, 37 |mm): broken
                                * when no other break fills the line */
  guint        name_unit : 1;  /* soft_unit only inside an organ's name in a table
                                * cell (县市场监督管理局): no part of the column's
                                * least width */

  /* computed by fy_linebreak_position() */
  double       x;              /* cell start, from the type area's left edge */
  double       width;          /* cell width after compression/stretching */
  double       draw_x;         /* origin of the first glyph */
  double       compressed;     /* how much was trimmed */
} FyCluster;

typedef struct
{
  guint    first;              /* cluster range [first, last) */
  guint    last;
  double   x;                  /* where the line may start */
  double   avail;              /* the width it may fill */
  gboolean last_of_paragraph;  /* set naturally (not justified) */
  gboolean trim_start;         /* an opening bracket starts it and loses its blank half */
  double   hang;               /* how far the last mark may hang past avail */
  gboolean grid;               /* 全角式 on the grid: squeeze whole halves from the end,
                                * stretch only after the first Latin run */
} FyBreakLine;

/* House-style options of the breaker, both off in GB/T 9704. */
typedef struct
{
  gboolean compress_line_start;  /* a line-start opening bracket loses its leading half */
  gboolean hanging;              /* one closing mark may hang in the margin */
  gboolean keep_grid;            /* re-break lines before a pure-Han line that would
                                  * leave the grid or a single last character */
  gboolean grid;                 /* 全角式 document grid (gbt9704): every mark keeps its
                                  * cell; a mark is squeezed only where a closing mark
                                  * would otherwise start the next line */
} FyBreakOptions;

/* x and width for the line that starts at cluster @first; @first_of_segment
 * is TRUE for the first line after a hard break (or of the paragraph). */
typedef void (*FyLineGeometryFunc) (gpointer  data,
                                    guint     first,
                                    guint     segment,
                                    gboolean  first_of_segment,
                                    double   *x,
                                    double   *avail);

FyCharClass  fy_linebreak_classify  (gunichar            ch);
gboolean     fy_linebreak_is_unit_dot (gunichar          before,
                                       gunichar          dot,
                                       gunichar          after);
void         fy_linebreak_prepare   (FyCluster          *clusters,
                                     guint               n,
                                     FyPunctuationStyle  punctuation,
                                     gboolean            strict,
                                     double              full_width);
GArray      *fy_linebreak_greedy    (FyCluster          *clusters,
                                     guint               n,
                                     const FyBreakOptions *options,
                                     FyLineGeometryFunc  geometry,
                                     gpointer            data);
GArray      *fy_linebreak_balanced  (FyCluster          *clusters,
                                     guint               n,
                                     const int          *penalty,
                                     double              avail);
double       fy_linebreak_position  (FyCluster          *clusters,
                                     const FyBreakLine  *line,
                                     FyAlign             align);

G_END_DECLS

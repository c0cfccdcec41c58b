/* fy-layout-private.h — the insides of FyLayout, shared by the typesetter and renderer
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "fy-layout.h"
#include "fy-linebreak.h"
#include "fy-title-model.h"
#include "fy-typesetter.h"
#include "fy-vector-fonts.h"

G_BEGIN_DECLS

/* One run of glyphs of one font and colour on one line, positioned by the
 * engine; a squeezed mark is a run of its own (see compressed_advance). */
typedef struct
{
  guint             offset;   /* the run's text: bytes in FyPara.text */
  guint             length;
  PangoFont        *pango_font;   /* the font it was shaped with (ref) */
  /* What the renderer draws, with cairo alone: Pango is not touched while
   * drawing, so a layout may be drawn in one thread while its typesetter
   * lays out the next in another.  Glyph x are relative to x. */
  cairo_scaled_font_t  *font;
  cairo_glyph_t        *cairo_glyphs;
  int                   n_glyphs;
  cairo_text_cluster_t *clusters;
  int                   n_clusters;
  GArray               *boxes;   /* double pairs (x, width): glyphs no font has */
  double            x;        /* origin of the first glyph, from the line's x */
  guint             color;    /* 0 text, 1 unfilled field */
  /* > 0: a squeezed mark, one glyph, whose cell (from x) is this wide;
   * PDF output draws it as a glyph whose advance is the cell (see
   * fy-font-slots.c), so that PDF readers box it in its cell and keep
   * the line together; the renderer joins it to the runs around it. */
  double            compressed_advance;
  double            size;
} FyGlyphRun;

typedef struct
{
  guint      first;           /* clusters [first, last) */
  guint      last;
  double     width;           /* the width the line takes */
  gboolean   last_of_paragraph;
  GPtrArray *runs;            /* FyGlyphRun */
} FyParaLine;

/* What a laid-out paragraph keeps of each cluster once its lines are
 * placed: its text, where it came from and its cell.  Enough for hit
 * tests, positions and the JSON layout, a third of a FyCluster's size. */
typedef struct
{
  guint   start;              /* byte range in FyPara.text */
  guint   end;
  int     src_offset;         /* character offset in the block source */
  guint   newline : 1;
  double  x;                  /* cell start, from the line's x */
  double  width;              /* cell width */
  double  compressed;         /* how much was trimmed */
} FyPlacedCluster;

typedef struct
{
  FyLayoutWarningKind  kind;
  char                *message;
  int                  char_offset;
} FyParaWarning;

/* A laid-out block, independent of where it lands on a page.  Cached by
 * the typesetter, shared by layouts. */
typedef struct
{
  gatomicrefcount ref_count;
  char           *text;        /* what is printed */
  GArray         *placed;      /* FyPlacedCluster, one per cluster */
  /* The line breaker's FyCluster per cluster, and the shaping the runs
   * were cut from: dropped once the lines are built (NULL), except for
   * table cells and page numbers, which are measured again, and unless
   * fy_typesetter_keep_clusters() asked to keep them. */
  GArray         *clusters;    /* FyCluster */
  GArray         *lines;       /* FyParaLine */
  GArray         *warnings;    /* FyParaWarning */
  GPtrArray      *items;       /* PangoItem, shaping items */
  GPtrArray      *glyphs;      /* PangoGlyphString, one per item */
  double          ascent;      /* for hit boxes */
  char           *outline;     /* bookmark text of a bold lead, or NULL */
  gboolean        split_words; /* a table cell broken inside a word: whole
                                * words would have cost it a line */
} FyPara;

FyPara *fy_para_ref   (FyPara *para);
void    fy_para_unref (FyPara *para);

/* Keep every paragraph's FyCluster array and shaping (for tests that
 * look at the line breaker's decisions); applies to paragraphs made from
 * now on. */
void    fy_typesetter_keep_clusters (FyTypesetter *self,
                                     gboolean      keep);
/* Break titles with @model's learned prices (fy-title-model.h) instead of
 * the built-in ones, or with the rules' own where @model is NULL (for the
 * tests and the training); @model must outlive the typesetter's use. */
void    fy_typesetter_set_title_model (FyTypesetter       *self,
                                       const FyTitleModel *model);

typedef struct
{
  FyPara *para;
  guint   line;               /* index into para->lines */
  int     block_index;        /* -1: page number */
  double  x;                  /* page x of the line's origin */
  double  baseline;           /* page y */
  double  top;                /* grid box */
  double  height;
} FyPageLine;

/* A ruled line of a table, in page points. */
typedef struct
{
  double  x0;
  double  y0;
  double  x1;
  double  y1;
  double  width;
} FyRule;

typedef struct
{
  GArray *lines;              /* FyPageLine */
  GArray *rules;              /* FyRule */
} FyPage;

typedef struct
{
  char  *title;
  int    level;               /* 1–4 headings, 5 for bold leads */
  guint  page;
  double y;
} FyOutlineEntry;

struct _FyLayout
{
  gatomicrefcount ref_count;
  FyStyle        *style;
  double          width;
  double          height;
  GPtrArray      *pages;      /* FyPage */
  GArray         *warnings;   /* FyLayoutWarning */
  GArray         *outline;    /* FyOutlineEntry */
  /* The subset fonts PDF and PostScript output draw with, made on the
   * first page drawn on such a surface (fy-renderer.c). */
  GMutex          vector_lock;
  FyVectorFonts  *vector_fonts;
};

FyLayout *fy_layout_new          (FyStyle          *style);
FyPage   *fy_layout_add_page     (FyLayout         *self);
void      fy_layout_add_warning  (FyLayout         *self,
                                  FyLayoutWarningKind kind,
                                  const char       *message,
                                  int               block_index,
                                  int               char_offset);
/* The paginator's promise, for tests and fuzzers: every page holds a line
 * of a block (an empty document gives one empty page), and every line of
 * each block of @document is placed once, blocks and lines in order
 * (a block of markup only has no lines; a table's cells are paragraphs of
 * their own, and its header row comes again on each page it goes on to). */
gboolean  fy_layout_check_progress (FyLayout       *self,
                                    FyDocument     *document);

G_END_DECLS

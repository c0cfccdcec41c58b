/* fy-typesetter-private.h — what the typesetter's pieces share
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-layout-private.h"
#include "fy-table-layout.h"
#include "fy-title-lexicon.h"
#include "fy-typesetter.h"

G_BEGIN_DECLS

struct _FyTypesetter
{
  GObject       parent_instance;

  FyStyle      *style;
  FyFontSet    *fonts;
  PangoFontMap *font_map;
  PangoContext *context;
  GHashTable   *cache;          /* key → FyPara */
  GHashTable   *primary_fonts;  /* description string → PangoFont */
  GHashTable   *dash_widths;    /* description string → full-width dash? */
  guint         hits;
  guint         misses;
  gboolean      keep_clusters;
  /* the learned prices of title breaks, or NULL for the rules' own */
  const FyTitleModel *title_model;
  /* the dictionary titles and table cells are cut into words with, or
   * NULL for ICU's words */
  const FyTitleLexicon *title_lexicon;
};

/* A piece of a block's printed text in one style role. */
typedef struct
{
  guint       start;            /* bytes in the printed text */
  guint       end;
  guint       char_start;       /* characters in the printed text (set when shaping) */
  FyStyleRole role;
  guint       color;            /* 0 text, 1 unfilled/unknown field */
  int         src_base;         /* source character offset of the piece (set when shaping) */
  int         src_chars;        /* whole pieces: source characters they stand for */
  gboolean    whole;            /* every character maps to src_base (fields, numbers) */
} FyParaSegment;

typedef enum
{
  FY_GEOMETRY_PARAGRAPH,
  FY_GEOMETRY_ATTACHMENT,
  FY_GEOMETRY_ATTACHMENT_MORE, /* further names in a block of their own: under the first */
  FY_GEOMETRY_FULL,
  FY_GEOMETRY_PLACED,   /* natural width, left; moved into place later */
  FY_GEOMETRY_CAPTION,  /* no indent, centred: an image's description, 第一章　总则 */
  FY_GEOMETRY_SPLIT,    /* no indent, what follows a run of spaces flush right: a 纪要's organ　　date */
  FY_GEOMETRY_CONTENTS, /* a 目录's entry: every line 2 cells in, a section's 4, flush left */
  FY_GEOMETRY_CONTENTS_SECTION,
} FyGeometryKind;

typedef struct
{
  GString      *text;
  GArray       *segments;       /* FyParaSegment */
  GArray       *warnings;       /* FyParaWarning */
  FyStyleRole   role;           /* the block's role for placement */
  FyGeometryKind geometry;
  double        width;          /* > 0: break at this width (table cells) */
  double        inset;          /* the 版记: this much in from both edges */
  gboolean      balanced;       /* title: word-boundary balanced lines */
  guint         n_chars;
  char         *lead;           /* bold lead text for the outline */
} FyParaSource;


typedef struct
{
  FyPara *para;             /* NULL for a table */
  FyTableLayout *table;
  int     block_index;
  guint   gap_before;       /* blank grid lines */
  guint   span;
  gboolean keep_with_next;  /* headings, the title group, the salutation */
  gboolean keep_with_prev;  /* the signature: never alone at a page top */
  gboolean front;           /* title, subtitle, speaker, date line */
  gboolean new_page;        /* a document the notice carries starts here */
  double  x_shift;          /* signature/date placement */
  double  rule_above;       /* the 版记's rules: their widths, 0 for none */
  double  rule_below;
  gboolean foot;            /* the 版记: it and what follows end on a page's last line */
  double  date_shift;
  char   *outline;          /* heading bookmark text */
  int     outline_level;
} FyPlaced;

/* fy-typesetter-source.c */
void fy_para_source_init (FyParaSource *src, FyStyleRole role);
void fy_para_source_clear (FyParaSource *src);
void fy_para_source_append (FyParaSource *src, const char *text, FyStyleRole role, guint color, int src_chars, gboolean whole);
void fy_para_source_resolve_offsets (FyParaSource *src);
void fy_para_source_warn (FyParaSource *src, FyLayoutWarningKind kind, int char_offset, char *message);
char *fy_para_source_key (FyParaSource *src, FyStyle *style, double extra);
FyStyleRole fy_typesetter_role_for_block (const FySourceBlock *block);
gboolean fy_typesetter_block_is_image (const FySourceBlock *block);
gboolean fy_typesetter_block_is_chapter (const FySourceBlock *block);
gboolean fy_typesetter_is_list_caption (FySource *source, guint index, const char *number);
guint fy_typesetter_contents_entry (FySource *source, guint index);

typedef enum
{
  FY_ATTACHED_NONE,
  FY_ATTACHED_LABEL,   /* 附件, 附件2 above the title */
  FY_ATTACHED_TITLE,
} FyAttachedPart;

FyAttachedPart fy_typesetter_attached_part (FySource *source,
                                            guint     index);

typedef enum
{
  FY_TYPED_ATTACHMENT_NONE,
  FY_TYPED_ATTACHMENT_FIRST,   /* 附件：1．…… typed as body text */
  FY_TYPED_ATTACHMENT_MORE,    /* 2．…… under it */
} FyTypedAttachment;

FyTypedAttachment fy_typesetter_typed_attachment (FySource *source,
                                                  guint     index);
void fy_para_source_from_block (FyParaSource *src, const FySourceBlock *block, const char *number, const char * const *field_names, gboolean more_attachments);
gboolean fy_typesetter_check_limits (const FySource *source, GError **error);

/* fy-typesetter-shape.c */
double fy_typesetter_role_cell (FyTypesetter *self, double size);
gboolean fy_typesetter_role_is_centered (FyStyle *style, FyStyleRole role);
FyPara *fy_typesetter_lookup_para (FyTypesetter *self, FyParaSource *src, GHashTable *used);

/* fy-typesetter-keep.c */
gboolean fy_typesetter_ends_with_colon (FySourceBlock *block);
void fy_typesetter_mark_keeps (FySource *source, GArray *placed);

/* fy-typesetter-imprint.c */
gboolean fy_typesetter_is_imprint (FySource *source, guint index);
gboolean fy_typesetter_imprint_source (FyTypesetter *self, FySource *source, guint index, FyParaSource *src);
void fy_typesetter_place_imprint (FyTypesetter *self, FySource *source, GArray *placed);
void fy_typesetter_keep_imprint_names (FyCluster *c, guint n);

/* fy-typesetter-paginate.c */
void fy_typesetter_paginate (FyTypesetter *self, FyLayout *layout, GArray *placed);
void fy_typesetter_add_page_numbers (FyTypesetter *self, FyLayout *layout, GHashTable *used);
void fy_typesetter_place_signature (FyTypesetter *self, FyPlaced *sig, FyPlaced *date);

G_END_DECLS

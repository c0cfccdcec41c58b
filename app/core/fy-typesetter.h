/* fy-typesetter.h — FyDocument + FyStyle → FyLayout
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-document.h"
#include "fy-fonts.h"
#include "fy-layout.h"
#include "fy-source.h"
#include "fy-style.h"

G_BEGIN_DECLS

#define FY_TYPE_TYPESETTER (fy_typesetter_get_type ())

/* Larger documents are refused with FY_ERROR_LIMIT before any shaping.  A
 * speech has a few hundred blocks of a few hundred characters; these
 * bounds keep a pasted or hostile input (one 10 MB line, 100 000 short
 * paragraphs) from freezing the live preview for minutes.  Characters
 * are counted after field values are filled in. */
#define FY_TYPESETTER_MAX_BLOCKS       10000
#define FY_TYPESETTER_MAX_BLOCK_CHARS  100000
#define FY_TYPESETTER_MAX_CHARS        1000000

G_DECLARE_FINAL_TYPE (FyTypesetter, fy_typesetter, FY, TYPESETTER, GObject)

/*
 * A typesetter owns its own PangoFontMap and a cache of laid-out
 * paragraphs keyed by content and style, so laying out a document again
 * after one paragraph changed only shapes and breaks that paragraph.
 *
 * Threads: a typesetter may be used from any thread, but by one thread at
 * a time (take a fy_source_new() of the document on the main thread, lay
 * it out in a worker with fy_typesetter_layout_source(), hand the
 * FyLayout back).  Layouts it returned may be drawn from another thread
 * while the typesetter lays out the next one.
 */
FyTypesetter *fy_typesetter_new          (FyStyle        *style);
FyTypesetter *fy_typesetter_new_with_fonts (FyStyle      *style,
                                          FyFontSet      *fonts);
FyStyle      *fy_typesetter_get_style    (FyTypesetter   *self);
FyLayout     *fy_typesetter_layout       (FyTypesetter   *self,
                                          FyDocument     *document,
                                          GCancellable   *cancellable,
                                          GError        **error);
FyLayout     *fy_typesetter_layout_source (FyTypesetter  *self,
                                          FySource       *source,
                                          GCancellable   *cancellable,
                                          GError        **error);
void          fy_typesetter_clear_cache  (FyTypesetter   *self);
/* paragraphs served from the cache / laid out afresh since creation */
void          fy_typesetter_get_cache_stats (FyTypesetter *self,
                                          guint          *hits,
                                          guint          *misses);

G_END_DECLS

/* fy-title-model.h — (private) title break prices learned from the labelled sets
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A set of learned weights: the built-in one (fy_title_model_get_default())
 * or one read from a file. */
typedef struct _FyTitleModel FyTitleModel;

/* The weights compiled in (data/titles/title-model.txt), which a
 * typesetter uses unless told otherwise; owned by the library. */
const FyTitleModel *fy_title_model_get_default   (void);
/* The weights of @path (data/titles/title-model.txt's format), for the
 * cross-validation. */
FyTitleModel       *fy_title_model_new_from_file (const char  *path,
                                                  GError     **error);
void                fy_title_model_free          (FyTitleModel *model);

/* The features of the break before byte @offset of @text, which the rules
 * price @rule_price (> 0), appended to @out as strings (g_free);
 * @words are the title's dictionary words (FyTitleWord) or NULL. */
void      fy_title_model_features    (const char *text,
                                      GArray     *words,
                                      guint       offset,
                                      int         rule_price,
                                      GPtrArray  *out);
/* The price @model gives that break; @rule_price where @model is NULL
 * (the rules' own prices). */
int       fy_title_model_price       (const FyTitleModel *model,
                                      const char         *text,
                                      GArray             *words,
                                      guint               offset,
                                      int                 rule_price);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyTitleModel, fy_title_model_free)

G_END_DECLS

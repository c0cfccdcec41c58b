/* fy-title-model.h — (private) title break prices learned from the labelled sets
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The features of the break before byte @offset of @text, which the rules
 * price @rule_price (> 0), appended to @out as strings (g_free);
 * @words are the title's dictionary words (FyTitleWord) or NULL. */
void      fy_title_model_features    (const char *text,
                                      GArray     *words,
                                      guint       offset,
                                      int         rule_price,
                                      GPtrArray  *out);
/* The price the model gives that break; @rule_price where no model is
 * in use. */
int       fy_title_model_price       (const char *text,
                                      GArray     *words,
                                      guint       offset,
                                      int         rule_price);
/* Whether fy-title-break.c asks the model (the default); the tests and
 * the training turn it off to see the rules' own prices. */
gboolean  fy_title_model_get_enabled (void);
void      fy_title_model_set_enabled (gboolean    enabled);
/* Uses the weights of @path (data/titles/title-model.txt's format)
 * instead of the built-in ones, for the cross-validation; NULL goes back
 * to the built-in. */
gboolean  fy_title_model_load        (const char *path,
                                      GError    **error);

G_END_DECLS

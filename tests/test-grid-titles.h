/* test-grid-titles.h — the parts of test-grid-titles
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Register the unit tests of the title breaker's rules: chunks, the
 * relaxed pass, words and the dictionary (test-grid-title-rules.c), and
 * names and terms (test-grid-title-names.c).  The labelled sets are
 * test-grid-titles.c's own. */
void fy_test_add_title_rules (void);
void fy_test_add_title_names (void);
/* the learned prices (test-grid-title-model.c) */
void fy_test_add_title_model (void);

G_END_DECLS

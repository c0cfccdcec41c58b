/* fy-error.c — the error domain of libfayan-core
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-error"

#include "config.h"

#include "fy-error.h"

G_DEFINE_QUARK (fy-error-quark, fy_error)

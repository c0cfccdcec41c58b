/* fayan-core.h — everything libfayan-core offers its front ends
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-batch-fill.h"
#include "fy-block.h"
#include "fy-document.h"
#include "fy-version.h"
#include "fy-comparison.h"
#include "fy-comparison-table.h"
#include "fy-date.h"
#include "fy-document-io.h"
#include "fy-docx.h"
#include "fy-environment.h"
#include "fy-error.h"
#include "fy-export.h"
#include "fy-field-def.h"
#include "fy-file-name.h"
#include "fy-file-write.h"
#include "fy-fonts.h"
#include "fy-help.h"
#include "fy-import.h"
#include "fy-layout.h"
#include "fy-lint.h"
#include "fy-lint-file.h"
#include "fy-numbering.h"
#include "fy-renderer.h"
#include "fy-source.h"
#include "fy-style.h"
#include "fy-template-library.h"
#include "fy-template.h"
#include "fy-types.h"
#include "fy-typesetter.h"
#include "fy-unfinished.h"

void fy_core_init (void);
void fy_core_setlocale (void);

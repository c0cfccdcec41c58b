/* fy-ui-layout.h — laying out a document the way every view of the application does
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fayan-core.h"
#include "fy-layout.h"
#include "fy-typesetter.h"

G_BEGIN_DECLS

/*
 * The preview, printing and export must typeset alike: the style preset
 * of the document (the default preset when it names none) and the font
 * per role the user chose in the preferences.  The application's
 * #FyEnvironment decides it (the same object fayan-cli fills); these
 * helpers reach it.
 */
FyEnvironment *fy_ui_layout_get_environment (void);
void           fy_ui_layout_fonts_added     (void);
FyTypesetter *fy_ui_layout_new_typesetter (FyDocument    *document,
                                           GError       **error);
/* Synchronous.  @document must not change meanwhile; a worker thread
 * lays out a snapshot (fy_source_new() on the main thread) instead. */
FyLayout     *fy_ui_layout_document       (FyDocument    *document,
                                           GCancellable  *cancellable,
                                           GError       **error);
FyLayout     *fy_ui_layout_source         (FySource      *source,
                                           GCancellable  *cancellable,
                                           GError       **error);
/* The preset id fy_ui_layout_new_typesetter() uses for @document. */
char         *fy_ui_layout_dup_preset     (FyDocument    *document);

/* Brings the environment up to date with the settings.  Main thread
 * only.  Returns a number that changes whenever fonts or the default
 * preset do: a typesetter made under another number is out of date. */
guint         fy_ui_layout_update_fonts   (void);

G_END_DECLS

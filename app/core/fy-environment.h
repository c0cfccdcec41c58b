/* fy-environment.h — the policies both front ends share: templates, presets, fonts
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-document.h"
#include "fy-fonts.h"
#include "fy-layout.h"
#include "fy-style.h"
#include "fy-template-library.h"
#include "fy-typesetter.h"

G_BEGIN_DECLS

/* The application's settings; the GUI and fayan-cli read the same ones. */
#define FY_SETTINGS_SCHEMA_ID "io.github.fayan.Fayan"

#define FY_TYPE_ENVIRONMENT (fy_environment_get_type ())

G_DECLARE_FINAL_TYPE (FyEnvironment, fy_environment, FY, ENVIRONMENT, GObject)

/*
 * What both front ends must agree on, so that the GUI and fayan-cli print
 * the same page (STYLE.md rule 14): the template folders (built-in,
 * personal, the shared folders of the settings and any named on the
 * command line), the style preset of documents that name none, the font
 * per role, and the typesetter made from them.  The GUI fills it from
 * GSettings and follows their changes; the CLI from the same settings,
 * then its options.
 *
 * Threads: the template library belongs to the thread that made the
 * environment.  Presets, fonts and the typesetter factory may be used
 * from any thread.
 */
FyEnvironment     *fy_environment_new                     (void);
GSettings         *fy_environment_dup_default_settings    (void);
void               fy_environment_follow_settings         (FyEnvironment       *self,
                                                           GSettings           *settings);
void               fy_environment_sync_settings           (FyEnvironment       *self);

/* templates */
FyTemplateLibrary *fy_environment_get_template_library    (FyEnvironment       *self);
void               fy_environment_set_extra_template_folders (FyEnvironment    *self,
                                                           const char * const  *folders);
FyTemplate        *fy_environment_lookup_template         (FyEnvironment       *self,
                                                           const char          *id);
GPtrArray         *fy_environment_find_unfinished         (FyEnvironment       *self,
                                                           FyDocument          *document);

/* presets */
char              *fy_environment_dup_default_preset      (FyEnvironment       *self);
void               fy_environment_set_default_preset      (FyEnvironment       *self,
                                                           const char          *preset);
char              *fy_environment_dup_preset_for          (FyEnvironment       *self,
                                                           FyDocument          *document);
FyDocument        *fy_environment_new_document            (FyEnvironment       *self);
FyDocument        *fy_environment_instantiate             (FyEnvironment       *self,
                                                           FyTemplate          *template_,
                                                           GHashTable          *values,
                                                           GError             **error);
FyDocument        *fy_environment_import_file             (FyEnvironment       *self,
                                                           GFile               *file,
                                                           GPtrArray          **warnings,
                                                           GCancellable        *cancellable,
                                                           GError             **error);
FyDocument        *fy_environment_new_from_earlier        (FyEnvironment       *self,
                                                           FyDocument          *earlier,
                                                           GHashTable          *values,
                                                           GError             **error);
FyDocument        *fy_environment_open_document           (FyEnvironment       *self,
                                                           GFile               *file,
                                                           GCancellable        *cancellable,
                                                           GError             **error);

/* fonts */
void               fy_environment_set_font_family         (FyEnvironment       *self,
                                                           FyFontRole           role,
                                                           const char          *family);
gboolean           fy_environment_parse_font_option       (FyEnvironment       *self,
                                                           const char          *option,
                                                           GError             **error);
FyFontSet         *fy_environment_dup_font_set            (FyEnvironment       *self);
guint              fy_environment_get_generation          (FyEnvironment       *self);
gboolean           fy_environment_add_font_file           (FyEnvironment       *self,
                                                           GFile               *file,
                                                           GFile              **installed,
                                                           GError             **error);

/* typesetting */
FyStyle           *fy_environment_new_style               (FyEnvironment       *self,
                                                           FyDocument          *document,
                                                           const char          *preset,
                                                           GError             **error);
FyTypesetter      *fy_environment_new_typesetter          (FyEnvironment       *self,
                                                           FyDocument          *document,
                                                           const char          *preset,
                                                           GError             **error);
FyLayout          *fy_environment_layout                  (FyEnvironment       *self,
                                                           FyDocument          *document,
                                                           GCancellable        *cancellable,
                                                           GError             **error);
FyTypesetter      *fy_environment_new_typesetter_for_source (FyEnvironment     *self,
                                                           FySource            *source,
                                                           GError             **error);
FyLayout          *fy_environment_layout_source           (FyEnvironment       *self,
                                                           FySource            *source,
                                                           GCancellable        *cancellable,
                                                           GError             **error);

G_END_DECLS

/* fy-template-library.h — built-in, personal and shared templates in one list
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-template.h"

G_BEGIN_DECLS

#define FY_TEMPLATE_RESOURCE_PATH "/io/github/fayan/Fayan/core/templates/"

/**
 * FyTemplateLoadProblem:
 * @location: the file or folder that could not be read, as shown to users
 * @message: what went wrong
 */
typedef struct
{
  char *location;
  char *message;
} FyTemplateLoadProblem;

#define FY_TYPE_TEMPLATE_LIBRARY (fy_template_library_get_type ())

G_DECLARE_FINAL_TYPE (FyTemplateLibrary, fy_template_library, FY, TEMPLATE_LIBRARY, GObject)

FyTemplateLibrary           *fy_template_library_new               (GFile               *user_folder,
                                                                    const char * const  *extra_folders);
GFile                       *fy_template_library_get_user_folder   (FyTemplateLibrary   *self);
const char * const          *fy_template_library_get_extra_folders (FyTemplateLibrary   *self);
void                         fy_template_library_set_extra_folders (FyTemplateLibrary   *self,
                                                                    const char * const  *extra_folders);
void                         fy_template_library_reload            (FyTemplateLibrary   *self);

guint                        fy_template_library_get_n_problems    (FyTemplateLibrary   *self);
const FyTemplateLoadProblem *fy_template_library_get_problem       (FyTemplateLibrary   *self,
                                                                    guint                index_);

FyTemplate                  *fy_template_library_lookup            (FyTemplateLibrary   *self,
                                                                    const char          *id);
FyTemplate                  *fy_template_library_find              (FyTemplateLibrary   *self,
                                                                    const char          *name,
                                                                    GError             **error);
FyTemplate                  *fy_template_library_add_user_template (FyTemplateLibrary   *self,
                                                                    FyTemplate          *template_,
                                                                    GError             **error);
FyTemplate                  *fy_template_library_import            (FyTemplateLibrary   *self,
                                                                    GFile               *file,
                                                                    GError             **error);
gboolean                     fy_template_library_rename            (FyTemplateLibrary   *self,
                                                                    FyTemplate          *template_,
                                                                    const char          *name,
                                                                    GError             **error);
gboolean                     fy_template_library_delete            (FyTemplateLibrary   *self,
                                                                    FyTemplate          *template_,
                                                                    GError             **error);

G_END_DECLS

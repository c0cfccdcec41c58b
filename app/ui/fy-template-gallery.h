/* fy-template-gallery.h — choose a template, fill its fields, get a new document
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fayan-core.h"

G_BEGIN_DECLS

#define FY_TYPE_TEMPLATE_GALLERY (fy_template_gallery_get_type ())

G_DECLARE_FINAL_TYPE (FyTemplateGallery, fy_template_gallery, FY, TEMPLATE_GALLERY, AdwWindow)

/*
 * A dialog window: a grid of templates (first-page thumbnail drawn by the
 * engine in a worker thread, name, category, origin); choosing one shows
 * a form of its fields (labels, defaults, required marks, dates default to
 * today); "Create" emits "document-created" and closes the window.
 *
 * Signals:
 *   "document-created" (FyDocument *document): the new document, fields
 *     filled; the handler takes a reference if it keeps it
 *
 * Widget actions: "gallery.back" (to the grid), "gallery.create".
 */

/* @templates: (nullable): a GListModel of FyTemplate; NULL for the
 * application's library (built-in, personal and the template-folders
 * setting). */
GtkWidget  *fy_template_gallery_new              (GtkWindow          *parent,
                                                  GListModel         *templates);
/* "New from an Earlier Speech": the form of the template @earlier was made
 * from, prefilled with its values and today's date; "document-created"
 * gives a copy of @earlier with the new values.  NULL when that template
 * is not in the list (then simply duplicate the document). */
GtkWidget  *fy_template_gallery_new_from_earlier (GtkWindow          *parent,
                                                  GListModel         *templates,
                                                  FyDocument         *earlier);
GListModel *fy_template_gallery_get_templates    (FyTemplateGallery  *self);
/* The first-page thumbnail of a template, once the worker has drawn it. */
GdkTexture *fy_template_gallery_get_thumbnail    (FyTemplateGallery  *self,
                                                  guint               position);

/* Shows the field form of the template at @position of the list. */
void        fy_template_gallery_select           (FyTemplateGallery  *self,
                                                  guint               position);
/* Shows the field form of the template with that id; FALSE if none. */
gboolean    fy_template_gallery_select_id        (FyTemplateGallery  *self,
                                                  const char         *template_id);
/* Sets a field of the form shown (for tests and for prefilling). */
gboolean    fy_template_gallery_set_field        (FyTemplateGallery  *self,
                                                  const char         *field_id,
                                                  const char         *value);
/* What "Create" does: a new document from the form, or NULL with
 * FY_ERROR_FIELD naming the required fields left empty. */
FyDocument *fy_template_gallery_create_document  (FyTemplateGallery  *self,
                                                  GError            **error);

GListModel *fy_template_gallery_get_shown          (FyTemplateGallery  *self);
void        fy_template_gallery_create_blank       (FyTemplateGallery  *self);
GListModel *fy_template_gallery_sort_personal_first (GListModel       *templates);

G_END_DECLS

/* fy-thumbnail.h — first-page thumbnails of documents, cached on disk
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void        fy_thumbnail_load_async  (GFile                *file,
                                      int                   width,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
GdkTexture *fy_thumbnail_load_finish (GAsyncResult         *result,
                                      GError              **error);
GFile      *fy_thumbnail_get_cache_file (GFile             *file,
                                         const char        *etag,
                                         int                width);

G_END_DECLS

/* fy-thumbnail.c — first-page thumbnails of documents, cached on disk
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "fayan-core.h"
#include "fy-renderer.h"
#include "fy-thumbnail.h"
#include "fy-ui-layout.h"

/*
 * The welcome screen shows the first page of each recent speech, drawn by
 * the engine's renderer like the preview.  Laying a speech out takes a
 * while, so a worker thread does it and keeps the picture in
 * $XDG_CACHE_HOME/fayan/thumbnails, named after the file's URI, its
 * entity tag (modification time) and the width: a file changed since gets
 * a new picture, and an unchanged one is read back at once.
 */

typedef struct
{
  GFile *file;
  int    width;
} Request;

static void
request_free (gpointer data)
{
  Request *request = data;

  g_clear_object (&request->file);
  g_free (request);
}

/**
 * fy_thumbnail_get_cache_file:
 * @file: a document
 * @etag: its entity tag
 * @width: the width of the picture in pixels
 *
 * Returns: (transfer full): where the thumbnail of @file as of @etag is kept
 */
GFile *
fy_thumbnail_get_cache_file (GFile      *file,
                             const char *etag,
                             int         width)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *key = g_strdup_printf ("%s\n%s\n%d", uri, etag ? etag : "", width);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  g_autofree char *name = g_strconcat (hash, ".png", NULL);

  return g_file_new_build_filename (g_get_user_cache_dir (), "fayan", "thumbnails", name, NULL);
}

static cairo_surface_t *
draw_first_page (GFile         *file,
                 int            width,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FySource) source = NULL;
  g_autoptr(FyLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double page_width, page_height, scale;

  document = fy_document_load_from_file (file, cancellable, error);
  if (document == NULL)
    return NULL;

  /* The document is this thread's own: the snapshot is taken here. */
  source = fy_source_new (document);
  layout = fy_ui_layout_source (source, cancellable, error);
  if (layout == NULL)
    return NULL;
  if (fy_layout_get_n_pages (layout) == 0)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_RENDER, _("The speech has no pages to show."));
      return NULL;
    }

  fy_layout_get_page_size (layout, &page_width, &page_height);
  scale = width / page_width;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width,
                                        (int)(page_height * scale + 0.5));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  fy_renderer_draw_page (layout, 0, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* Written beside and renamed, so a reader never sees half a picture. */
static void
write_cache (cairo_surface_t *surface,
             GFile           *cache)
{
  g_autoptr(GFile) folder = g_file_get_parent (cache);
  g_autofree char *path = g_file_get_path (cache);
  g_autofree char *temp = g_strconcat (path, ".tmp", NULL);

  if (g_mkdir_with_parents (g_file_peek_path (folder), 0700) != 0)
    return;

  if (cairo_surface_write_to_png (surface, temp) != CAIRO_STATUS_SUCCESS ||
      g_rename (temp, path) != 0)
    g_unlink (temp);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Request *request = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFile) cache = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  GdkTexture *texture;
  int height, stride;

  info = g_file_query_info (request->file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  cache = fy_thumbnail_get_cache_file (request->file, g_file_info_get_etag (info), request->width);
  texture = gdk_texture_new_from_file (cache, NULL);
  if (texture != NULL)
    {
      g_task_return_pointer (task, texture, g_object_unref);
      return;
    }

  surface = draw_first_page (request->file, request->width, cancellable, &error);
  if (surface == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  write_cache (surface, cache);

  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize)stride * height);
  texture = gdk_memory_texture_new (request->width, height, GDK_MEMORY_DEFAULT, bytes, stride);
  cairo_surface_destroy (surface);

  g_task_return_pointer (task, texture, g_object_unref);
}

/**
 * fy_thumbnail_load_async:
 * @file: a .fayan document
 * @width: the width of the picture in pixels
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the main thread with the result
 * @user_data: for @callback
 *
 * Draws the first page of @file in a worker thread, or reads the picture
 * from the cache when the file has not changed since it was drawn.
 */
void
fy_thumbnail_load_async (GFile               *file,
                         int                  width,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Request *request;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (width > 0);

  request = g_new0 (Request, 1);
  request->file = g_object_ref (file);
  request->width = width;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fy_thumbnail_load_async);
  g_task_set_name (task, "[fayan] document thumbnail");
  g_task_set_task_data (task, request, request_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * fy_thumbnail_load_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the picture, or %NULL when the
 *   file could not be read or laid out
 */
GdkTexture *
fy_thumbnail_load_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* fy-renderer-choice.c — the cairo renderer where the only OpenGL is a software one
 *
 * GTK 4.8 draws windows with OpenGL when it can.  On office PCs and
 * virtual machines without a graphics driver, that OpenGL is Mesa's
 * software rasteriser (llvmpipe), which offers no buffer age: GTK then
 * repaints the whole window on every frame, and the rasteriser's threads
 * spend tens of milliseconds per keystroke on both cores.  Its start-up
 * (shader compilation) also delays the first window.  The cairo renderer
 * repaints only what changed.  So where the OpenGL renderer string names
 * a software rasteriser, Fayan asks GSK for cairo; GSK_RENDERER, set by
 * the user, always wins.  Figures: bench/README.md ("Renderer").
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <epoxy/gl.h>
#include <string.h>

#include "fy-renderer-choice.h"

/**
 * fy_renderer_choice_is_software_gl:
 * @gl_renderer: (nullable): an OpenGL renderer string (`GL_RENDERER`)
 *
 * Returns: whether it names a rasteriser that runs on the CPU: Mesa's
 *   llvmpipe, softpipe or swrast ("Software Rasterizer"), or Microsoft's
 *   and Apple's software renderers
 */
gboolean
fy_renderer_choice_is_software_gl (const char *gl_renderer)
{
  static const char *const software[] = {
    "llvmpipe", "softpipe", "software rasterizer", "swrast", "microsoft basic render",
    "apple software renderer",
  };
  g_autofree char *lower = NULL;

  if (gl_renderer == NULL)
    return FALSE;

  lower = g_ascii_strdown (gl_renderer, -1);
  for (guint i = 0; i < G_N_ELEMENTS (software); i++)
    if (strstr (lower, software[i]) != NULL)
      return TRUE;

  return FALSE;
}

/**
 * fy_renderer_choice_apply:
 * @display: the display the windows will be on
 *
 * Sets GSK_RENDERER to "cairo" if it is unset and @display's OpenGL is a
 * software rasteriser.  Call before the first window is realized (GSK
 * reads the variable once) and before other threads start, as setenv()
 * is not thread-safe: in main(), before the application runs.
 *
 * Returns: "cairo" if it chose cairo, else NULL (GTK chooses as usual)
 */
const char *
fy_renderer_choice_apply (GdkDisplay *display)
{
  g_autoptr(GdkGLContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  const char *renderer;
  gboolean software;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  if (g_getenv ("GSK_RENDERER") != NULL)
    return NULL;

  /* Without OpenGL GSK falls back to cairo by itself. */
  context = gdk_display_create_gl_context (display, &error);
  if (context == NULL || !gdk_gl_context_realize (context, &error))
    {
      g_debug ("Renderer: no OpenGL (%s)", error != NULL ? error->message : "?");
      return NULL;
    }

  gdk_gl_context_make_current (context);
  renderer = (const char *) glGetString (GL_RENDERER);
  software = fy_renderer_choice_is_software_gl (renderer);
  g_debug ("Renderer: OpenGL is %s (%s), asked in %.1f ms", renderer != NULL ? renderer : "?",
           software ? "software: drawing with cairo" : "kept",
           (g_get_monotonic_time () - start) / 1000.0);
  gdk_gl_context_clear_current ();

  if (!software)
    return NULL;

  g_setenv ("GSK_RENDERER", "cairo", FALSE);

  return "cairo";
}

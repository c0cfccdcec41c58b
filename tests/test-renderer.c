/* test-renderer.c — the cairo renderer where the only OpenGL is a software one
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "fy-renderer-choice.h"

/* GL_RENDERER strings as drivers report them. */
static void
test_renderer_software_names (void)
{
  g_assert_true (fy_renderer_choice_is_software_gl ("llvmpipe (LLVM 15.0.6, 256 bits)"));
  g_assert_true (fy_renderer_choice_is_software_gl ("softpipe"));
  g_assert_true (fy_renderer_choice_is_software_gl ("Software Rasterizer"));
  g_assert_true (fy_renderer_choice_is_software_gl ("Microsoft Basic Render Driver"));
  /* A graphics card whose compiler is LLVM is not llvmpipe. */
  g_assert_false (fy_renderer_choice_is_software_gl ("AMD Radeon RX 580 Series (polaris10, LLVM 15.0.6, "
                                                     "DRM 3.49, 6.1.0-13-amd64)"));
  g_assert_false (fy_renderer_choice_is_software_gl ("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
  g_assert_false (fy_renderer_choice_is_software_gl ("NVIDIA GeForce GTX 1050/PCIe/SSE2"));
  g_assert_false (fy_renderer_choice_is_software_gl (""));
  g_assert_false (fy_renderer_choice_is_software_gl (NULL));
}

/* Under the virtual X server the only OpenGL is Mesa's software one. */
static void
test_renderer_chooses_cairo (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GdkGLContext) context = NULL;

  context = gdk_display_create_gl_context (display, NULL);
  if (context == NULL || !gdk_gl_context_realize (context, NULL))
    {
      g_test_skip ("no OpenGL on this display");
      return;
    }

  g_unsetenv ("GSK_RENDERER");
  g_assert_cmpstr (fy_renderer_choice_apply (display), ==, "cairo");
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
  g_unsetenv ("GSK_RENDERER");
}

/* The user's GSK_RENDERER wins. */
static void
test_renderer_override (void)
{
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_assert_null (fy_renderer_choice_apply (gdk_display_get_default ()));
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");
  g_unsetenv ("GSK_RENDERER");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/renderer/software-names", test_renderer_software_names);
  g_test_add_func ("/ui/renderer/chooses-cairo", test_renderer_chooses_cairo);
  g_test_add_func ("/ui/renderer/override", test_renderer_override);

  return g_test_run ();
}

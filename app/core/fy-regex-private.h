/* fy-regex-private.h — (private) a pattern compiled once, on first use
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The regular expression @pattern, compiled (G_REGEX_OPTIMIZE) the first
 * time @slot (a static gsize, 0 at first) is asked for and kept there
 * for good, whatever the thread.  @pattern is the program's own: one
 * that does not compile is a bug, and aborts with GLib's message. */
static inline GRegex *
fy_regex_once (gsize      *slot,
               const char *pattern)
{
  if (g_once_init_enter (slot))
    {
      g_autoptr(GError) error = NULL;
      GRegex *re = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &error);

      if (re == NULL)
        g_error ("the pattern %s does not compile: %s", pattern, error->message);
      g_once_init_leave (slot, (gsize) re);
    }
  return (GRegex *) *slot;
}

G_END_DECLS

/* sanitizer-ui.c — no leak checking in the ui tests of the sanitizer build
 *
 * Linked into the ui test programs only when meson's b_sanitize is set.
 * GTK 4, libadwaita, GLib's type system, Mesa and fontconfig keep caches
 * and singletons until the process exits, and Debian builds them without
 * frame pointers, so LeakSanitizer can neither see past their frames nor
 * tell those from a leak of ours: every ui test would fail on library
 * state.  Address and UB checking stay on; leaks of our code are caught by
 * the core suite, which exercises the same core library with leak
 * checking and build-aux/lsan.supp.  ASAN_OPTIONS from the environment
 * still override this default.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

const char *__asan_default_options (void);

const char *
__asan_default_options (void)
{
  return "detect_leaks=0";
}

/* test-file-name.c — tests of the one sanitiser for generated file names
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fayan-core.h"

static void
check (const char *text,
       const char *expected)
{
  g_autofree char *safe = fy_file_name_make_safe (text, FY_FILE_NAME_MAX_CHARS);

  g_assert_cmpstr (safe, ==, expected);
}

static void
test_hidden (void)
{
  /* Issue 17, defect 10: "/.hidden" gave ".hidden.fayan". */
  check ("/.hidden", "hidden");
  check (".hidden", "hidden");
  check ("._.x", "x");
  check ("..", "");
  check ("../../etc/passwd", "etc_passwd");
  check (" . 张三 . ", "张三");
}

static void
test_invisible (void)
{
  /* U+202E RIGHT-TO-LEFT OVERRIDE would show "fdp.exe" as "exe.pdf". */
  check ("\u202Efdp.exe", "fdp.exe");
  check ("张\u200B三\u2066\u2069\uFEFF", "张三");
  check ("a\tb\nc\x01" "d\x7f", "a b c_d");
  check ("王  \u3000 立平", "王 立平");
  /* a two-character name padded to three, as typed (session 23) */
  check ("张\u3000伟", "张\u3000伟");
  check ("\u3000张\u3000\u3000伟\u3000", "张\u3000\u3000伟");
  check ("张\u3000 伟", "张 伟");
  check ("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j");
}

static void
test_reserved (void)
{
  /* Issue 17, defect 10: "CON.fayan" was produced. */
  check ("CON", "CON_");
  check ("con", "con_");
  check ("Nul.txt", "Nul_.txt");
  check ("COM1", "COM1_");
  check ("lpt9.tar", "lpt9_.tar");
  check ("COM", "COM");
  check ("CONSOLE", "CONSOLE");
  check ("COMX", "COMX");
}

static void
test_length (void)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *safe = NULL;
  g_autofree char *unlimited = NULL;

  for (guint i = 0; i < 500; i++)
    g_string_append (long_text, "讲");

  safe = fy_file_name_make_safe (long_text->str, FY_FILE_NAME_MAX_CHARS);
  g_assert_cmpuint (g_utf8_strlen (safe, -1), ==, FY_FILE_NAME_MAX_CHARS);

  unlimited = fy_file_name_make_safe (long_text->str, 0);
  g_assert_cmpuint (strlen (unlimited), <=, FY_FILE_NAME_MAX_STEM_BYTES);
  g_assert_cmpuint (strlen (unlimited) % 3, ==, 0);
  g_assert_true (g_utf8_validate (unlimited, -1, NULL));
}

static void
test_invalid_utf8 (void)
{
  g_autofree char *safe = fy_file_name_make_safe ("a\xff\xfe" "b", 0);

  g_assert_true (g_utf8_validate (safe, -1, NULL));
  g_assert_true (g_str_has_prefix (safe, "a"));
  g_assert_true (g_str_has_suffix (safe, "b"));
  check (NULL, "");
  check ("", "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/file-name/hidden", test_hidden);
  g_test_add_func ("/core/file-name/invisible", test_invisible);
  g_test_add_func ("/core/file-name/reserved", test_reserved);
  g_test_add_func ("/core/file-name/length", test_length);
  g_test_add_func ("/core/file-name/invalid-utf8", test_invalid_utf8);

  return g_test_run ();
}

/* test-style.c — tests of FyStyle presets and font roles
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fayan-core.h"


static void
test_style_gbt9704 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset ("gbt9704", &error);
  const FyRoleStyle *role;

  g_assert_no_error (error);
  g_assert_cmpstr (fy_style_get_id (style), ==, "gbt9704");
  g_assert_cmpfloat_with_epsilon (fy_style_get_page_width (style), 210 * FY_POINTS_PER_MM, 0.001);
  g_assert_cmpfloat_with_epsilon (fy_style_get_page_height (style), 297 * FY_POINTS_PER_MM, 0.001);
  g_assert_cmpfloat_with_epsilon (fy_style_get_margin_top (style), 37 * FY_POINTS_PER_MM, 0.001);
  g_assert_cmpfloat_with_epsilon (fy_style_get_margin_left (style), 28 * FY_POINTS_PER_MM, 0.001);
  g_assert_cmpuint (fy_style_get_lines_per_page (style), ==, 22);
  g_assert_cmpuint (fy_style_get_chars_per_line (style), ==, 28);
  /* 156 mm / 28 and 225 mm / 22 */
  g_assert_cmpfloat_with_epsilon (fy_style_get_char_pitch (style), 156 * FY_POINTS_PER_MM / 28, 0.0001);
  g_assert_cmpfloat_with_epsilon (fy_style_get_char_pitch (style), 15.79, 0.01);
  g_assert_cmpfloat_with_epsilon (fy_style_get_line_pitch (style), 225 * FY_POINTS_PER_MM / 22, 0.0001);
  g_assert_cmpfloat_with_epsilon (fy_style_get_line_pitch (style), 28.99, 0.01);
  g_assert_cmpfloat_with_epsilon (fy_style_get_page_number_offset (style), 7 * FY_POINTS_PER_MM, 0.001);
  g_assert_cmpint (fy_style_get_page_number_position (style), ==, FY_PAGE_NUMBER_OUTSIDE);

  role = fy_style_get_role (style, FY_STYLE_ROLE_TITLE);
  g_assert_cmpint (role->font_role, ==, FY_FONT_ROLE_XIAOBIAOSONG);
  g_assert_cmpfloat (role->size, ==, 22);
  g_assert_cmpint (role->align, ==, FY_ALIGN_CENTER);

  role = fy_style_get_role (style, FY_STYLE_ROLE_BODY);
  g_assert_cmpint (role->font_role, ==, FY_FONT_ROLE_FANGSONG);
  g_assert_cmpfloat (role->size, ==, 16);
  g_assert_cmpfloat (role->indent, ==, 2);
  g_assert_cmpint (role->align, ==, FY_ALIGN_JUSTIFY);

  g_assert_cmpint (fy_style_get_role (style, FY_STYLE_ROLE_HEADING_1)->font_role, ==, FY_FONT_ROLE_HEITI);
  g_assert_cmpint (fy_style_get_role (style, FY_STYLE_ROLE_HEADING_2)->font_role, ==, FY_FONT_ROLE_KAITI);
  g_assert_cmpint (fy_style_get_role (style, FY_STYLE_ROLE_BOLD_LEAD)->font_role, ==, FY_FONT_ROLE_HEITI);
  g_assert_cmpint (fy_style_get_role (style, FY_STYLE_ROLE_PAGE_NUMBER)->font_role, ==, FY_FONT_ROLE_SONGTI);
  g_assert_cmpfloat (fy_style_get_role (style, FY_STYLE_ROLE_PAGE_NUMBER)->size, ==, 14);
}

static void
test_style_presets (void)
{
  g_auto(GStrv) ids = fy_style_list_presets ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) reading = NULL;
  g_autoptr(FyStyle) review = NULL;
  g_autoptr(FyStyle) standard = NULL;

  g_assert_true (g_strv_contains ((const char * const *) ids, "gbt9704"));
  g_assert_true (g_strv_contains ((const char * const *) ids, "reading"));
  g_assert_true (g_strv_contains ((const char * const *) ids, "review"));

  standard = fy_style_new_from_preset ("gbt9704", &error);
  reading = fy_style_new_from_preset ("reading", &error);
  g_assert_no_error (error);
  review = fy_style_new_from_preset ("review", &error);
  g_assert_no_error (error);

  /* reading copy: larger type, wider pitch, fewer characters */
  g_assert_cmpfloat (fy_style_get_role (reading, FY_STYLE_ROLE_BODY)->size, >, 16);
  g_assert_cmpuint (fy_style_get_chars_per_line (reading), <, 28);
  g_assert_cmpfloat (fy_style_get_char_pitch (reading), >, fy_style_get_char_pitch (standard));
  g_assert_cmpfloat (fy_style_get_role (reading, FY_STYLE_ROLE_PAGE_NUMBER)->size, >, 14);

  /* review copy: double line pitch */
  g_assert_cmpfloat_with_epsilon (fy_style_get_line_pitch (review),
                                  2 * fy_style_get_line_pitch (standard), 0.001);

  g_assert_cmpstr (fy_style_get_fingerprint (standard), !=, fy_style_get_fingerprint (review));
}

static void
test_style_sizes (void)
{
  static const struct { const char *name; double points; } cases[] = {
    { "初号", 42 }, { "小初", 36 }, { "一号", 26 }, { "二号", 22 }, { "三号", 16 },
    { "四号", 14 }, { "小四", 12 }, { "五号", 10.5 }, { "八号", 5 }, { "16", 16 },
    { "10.5pt", 10.5 },
  };
  double points;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (fy_style_parse_size (cases[i].name, &points));
      g_assert_cmpfloat (points, ==, cases[i].points);
    }

  g_assert_false (fy_style_parse_size ("九号", &points));
  g_assert_false (fy_style_parse_size ("16px", &points));
  g_assert_false (fy_style_parse_size ("-3", &points));
  g_assert_false (fy_style_parse_size ("", &points));
}

static void
test_style_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-style-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "mine.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FyStyle) style = NULL;
  const char *json =
    "{ \"format\": \"fayan-style\", \"version\": 1, \"id\": \"mine\",\n"
    "  \"grid\": { \"lines\": 20, \"chars\": 26 },\n"
    "  \"strict\": true,\n"
    "  \"page-number\": { \"position\": \"center\", \"first-page\": false },\n"
    "  \"roles\": { \"body\": { \"font\": \"楷体\", \"size\": \"小三\" },\n"
    "             \"title\": { \"size\": 24, \"line-span\": 2 } } }";

  g_assert_true (g_file_set_contents (path, json, -1, &error));
  style = fy_style_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_style_get_id (style), ==, "mine");
  g_assert_cmpuint (fy_style_get_lines_per_page (style), ==, 20);
  g_assert_cmpfloat_with_epsilon (fy_style_get_char_pitch (style), 156 * FY_POINTS_PER_MM / 26, 0.0001);
  g_assert_true (fy_style_get_strict (style));
  g_assert_cmpint (fy_style_get_page_number_position (style), ==, FY_PAGE_NUMBER_CENTER);
  g_assert_false (fy_style_get_page_number_on_first_page (style));
  g_assert_cmpint (fy_style_get_role (style, FY_STYLE_ROLE_BODY)->font_role, ==, FY_FONT_ROLE_KAITI);
  g_assert_cmpfloat (fy_style_get_role (style, FY_STYLE_ROLE_BODY)->size, ==, 15);
  g_assert_cmpfloat (fy_style_get_role (style, FY_STYLE_ROLE_TITLE)->size, ==, 24);
  g_assert_cmpuint (fy_style_get_role (style, FY_STYLE_ROLE_TITLE)->line_span, ==, 2);
  /* unstated members keep the GB/T 9704 defaults */
  g_assert_cmpint (fy_style_get_role (style, FY_STYLE_ROLE_TITLE)->font_role, ==, FY_FONT_ROLE_XIAOBIAOSONG);

  g_unlink (path);
  g_rmdir (dir);
}

#define DEEP "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["

static void
test_style_errors (void)
{
  static const struct { const char *json; int code; } cases[] = {
    { "{ \"format\": \"fayan-document\", \"version\": 1 }", FY_ERROR_WRONG_FORMAT },
    { "[1, 2]", FY_ERROR_WRONG_FORMAT },
    { "{ \"format\": \"fayan-style\", \"version\": 99 }", FY_ERROR_FUTURE_VERSION },
    { "{ \"format\": \"fayan-style\", ", FY_ERROR_SYNTAX },
#define V1 "{ \"format\": \"fayan-style\", \"version\": 1, "
    { V1 "\"grid\": { \"lines\": 0 } }", FY_ERROR_INVALID_CONTENT },
    { V1 "\"roles\": { \"body\": { \"font\": \"Comic\" } } }", FY_ERROR_INVALID_CONTENT },
    { V1 "\"roles\": { \"body\": { \"size\": \"九号\" } } }", FY_ERROR_INVALID_CONTENT },
    { V1 "\"page\": { \"type-width\": \"300mm\" } }", FY_ERROR_INVALID_CONTENT },
    { V1 "\"punctuation\": \"squeeze\" }", FY_ERROR_INVALID_CONTENT },
    /* no version: not a style Fayan wrote */
    { "{ \"format\": \"fayan-style\" }", FY_ERROR_INVALID_CONTENT },
    /* nesting deeper than any style: refused before json-glib recurses */
    { V1 "\"x\": " DEEP DEEP DEEP DEEP "}", FY_ERROR_LIMIT },
  };
#undef V1

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FyStyle) style = fy_style_new_from_data (cases[i].json, -1, &error);

      g_assert_null (style);
      g_assert_error (error, FY_ERROR, cases[i].code);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(FyStyle) style = fy_style_new_from_preset ("no-such-preset", &error);

    g_assert_null (style);
    g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(FyStyle) style = fy_style_new_from_preset ("../presets/gbt9704", &error);

    g_assert_null (style);
    g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  }
}

/* Issue 17, deliverable 2: every number of a style is checked against
 * what the engine can lay out, and a member of the wrong type is an
 * error, not a critical warning (the tests make those fatal). */
static void
test_style_engine_limits (void)
{
  static const char *cases[] = {
    /* a title line taller than the page: blank pages */
    "\"grid\": { \"lines\": 3 }, \"roles\": { \"title\": { \"line-span\": 4 } }",
    /* no room for a character after the indent, or at all */
    "\"roles\": { \"body\": { \"indent\": 30 } }",
    "\"grid\": { \"chars\": 4 }, \"roles\": { \"body\": { \"indent\": 4 } }",
    "\"roles\": { \"heading-1\": { \"size\": 500 } }",
    "\"roles\": { \"body\": { \"size\": 0.01 } }",
    /* out of range, no longer clamped in silence */
    "\"roles\": { \"body\": { \"lines-before\": 12 } }",
    "\"roles\": { \"body\": { \"line-span\": 0 } }",
    "\"grid\": { \"lines\": 4294967299 }",
    "\"grid\": { \"lines\": 22.5 }",
    /* the page number below the page */
    "\"page-number\": { \"offset\": \"100mm\" }",
    /* wrong types */
    "\"grid\": { \"lines\": [] }",
    "\"grid\": { \"chars\": \"28\" }",
    "\"grid\": 22",
    "\"page\": [ 1 ]",
    "\"page\": { \"width\": true }",
    "\"id\": { }",
    "\"name\": 5",
    "\"strict\": [ ]",
    "\"hanging\": \"yes\"",
    "\"punctuation\": { }",
    "\"page-number\": { \"position\": 5 }",
    "\"page-number\": { \"first-page\": { } }",
    "\"roles\": [ ]",
    "\"roles\": { \"body\": 16 }",
    "\"roles\": { \"body\": { \"bold\": { } } }",
    "\"roles\": { \"body\": { \"font\": 3 } }",
    "\"roles\": { \"body\": { \"size\": [ ] } }",
    "\"roles\": { \"body\": { \"size\": true } }",
    "\"roles\": { \"body\": { \"align\": [ ] } }",
    "\"roles\": { \"body\": { \"indent\": \"2\" } }",
    "\"roles\": { \"body\": { \"lines-after\": { } } }",
    "\"roles\": { \"body\": { \"line-span\": \"2\" } }",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *json = g_strdup_printf ("{ \"format\": \"fayan-style\", \"version\": 1, %s }",
                                               cases[i]);
      g_autoptr(FyStyle) style = fy_style_new_from_data (json, -1, &error);

      g_test_message ("%s", cases[i]);
      g_assert_null (style);
      g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  /* the limits themselves are allowed */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(FyStyle) style = fy_style_new_from_data (
      "{ \"format\": \"fayan-style\", \"version\": 1, \"grid\": { \"lines\": 3, \"chars\": 4 },"
      "  \"roles\": { \"title\": { \"line-span\": 3, \"lines-after\": 10 },"
      "               \"body\": { \"indent\": 3, \"size\": 1 } } }", -1, &error);

    g_assert_no_error (error);
    g_assert_nonnull (style);
    g_assert_cmpuint (fy_style_get_role (style, FY_STYLE_ROLE_TITLE)->line_span, ==, 3);
  }
}

static void
test_style_fonts (void)
{
  g_autoptr(FyFontSet) fonts = fy_font_set_new ();

  for (guint r = 0; r < FY_FONT_N_ROLES; r++)
    {
      const FyFontChoice *choice = fy_font_set_get_choice (fonts, r);
      const char * const *prefs = fy_font_role_get_preferences (r);
      FyFontRole back;

      g_assert_nonnull (choice->family);
      g_assert_cmpstr (choice->wanted, ==, prefs[0]);
      g_assert_true (fy_font_role_from_string (fy_font_role_to_string (r), &back));
      g_assert_cmpint (back, ==, r);
      /* an office face is never reported as a substitution */
      if (!choice->substituted)
        g_assert_true (g_strv_contains (prefs, choice->family));
      g_test_message ("%s → %s%s%s", fy_font_role_to_string (r), choice->family,
                      choice->bold ? " bold" : "", choice->substituted ? " (substitute)" : "");
    }

  {
    FyFontRole role;

    g_assert_true (fy_font_role_from_string ("heiti", &role));
    g_assert_cmpint (role, ==, FY_FONT_ROLE_HEITI);
    g_assert_false (fy_font_role_from_string ("Arial", &role));
  }
}

/* Issue 17, defect 1: "grid":{"lines":1} (or 2) passed validation and
 * pagination then added pages for ever. */
static void
test_style_too_few_lines (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("FAYAN_SOURCE_ROOT"), "resources", "presets",
                                            "gbt9704.json", NULL);
  g_autofree char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  for (int lines = 1; lines <= 3; lines++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GRegex) regex = g_regex_new ("\"lines\"\\s*:\\s*[0-9]+", 0, 0, NULL);
      g_autofree char *replacement = g_strdup_printf ("\"lines\": %d", lines);
      g_autofree char *edited = g_regex_replace_literal (regex, data, -1, 0, replacement, 0, NULL);
      g_autoptr(FyStyle) style = fy_style_new_from_data (edited, -1, &error);

      g_assert_true (strcmp (edited, data) != 0);
      if (lines < 3)
        {
          g_assert_null (style);
          g_assert_nonnull (error);
        }
      else
        {
          g_assert_no_error (error);
          g_assert_nonnull (style);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/style/gbt9704", test_style_gbt9704);
  g_test_add_func ("/core/style/too-few-lines", test_style_too_few_lines);
  g_test_add_func ("/core/style/engine-limits", test_style_engine_limits);
  g_test_add_func ("/core/style/presets", test_style_presets);
  g_test_add_func ("/core/style/sizes", test_style_sizes);
  g_test_add_func ("/core/style/file", test_style_file);
  g_test_add_func ("/core/style/errors", test_style_errors);
  g_test_add_func ("/core/style/fonts", test_style_fonts);

  return g_test_run ();
}

/* test-fonts.c — font roles: Fayan's own font folders, per-character fallback
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

/* Debian's texlive-lang-chinese; fontconfig does not list this folder. */
#define FANDOL_DIR "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"
#define NOTO_CJK_DIR "/usr/share/fonts/opentype/noto"

static char *tmp_dir;

/*
 * The process sees only Noto CJK (fonts-noto-cjk) through fontconfig, and
 * the Fandol folder only through FAYAN_FONT_FOLDERS: the office faces of
 * the machine, if any, play no part.
 */
static gboolean
use_private_fonts (void)
{
  g_autofree char *xml = NULL;
  FcConfig *config;

  if (!g_file_test (FANDOL_DIR "/FandolFang-Regular.otf", G_FILE_TEST_EXISTS) ||
      !g_file_test (NOTO_CJK_DIR, G_FILE_TEST_IS_DIR))
    return FALSE;

  config = FcConfigCreate ();
  xml = g_strdup_printf ("<fontconfig><dir>%s</dir></fontconfig>", NOTO_CJK_DIR);
  g_assert_true (FcConfigParseAndLoadFromMemory (config, (const FcChar8 *) xml, FcTrue));
  g_assert_true (FcConfigBuildFonts (config));
  g_assert_true (FcConfigSetCurrent (config));
  FcConfigDestroy (config);

  g_setenv ("FAYAN_FONT_FOLDERS", FANDOL_DIR, TRUE);
  return TRUE;
}

static void
test_fonts_fandol (void)
{
  g_autoptr(FyFontSet) fonts = NULL;
  const FyFontChoice *choice;

  if (!use_private_fonts ())
    {
      g_test_skip ("texlive-lang-chinese or fonts-noto-cjk is not installed");
      return;
    }

  fonts = fy_font_set_new_automatic ();

  /* 仿宋: no office face, no 朱雀仿宋: FandolFang, then Noto Serif CJK SC
   * for what FandolFang lacks. */
  choice = fy_font_set_get_choice (fonts, FY_FONT_ROLE_FANGSONG);
  g_assert_cmpstr (choice->wanted, ==, "仿宋_GB2312");
  g_assert_cmpstr (choice->family, ==, "FandolFang");
  g_assert_true (choice->substituted);
  g_assert_cmpint (choice->source, ==, FY_FONT_SOURCE_FALLBACK);
  g_assert_true (g_str_has_prefix (choice->families, "FandolFang,"));
  g_assert_nonnull (strstr (choice->families, "Noto Serif CJK SC"));

  choice = fy_font_set_get_choice (fonts, FY_FONT_ROLE_HEITI);
  g_assert_cmpstr (choice->family, ==, "FandolHei");
  g_assert_nonnull (strstr (choice->families, "Noto Sans CJK SC"));
  g_assert_null (strstr (choice->families, "Serif"));

  /* 楷体 without LXGW WenKai: FandolKai, its small ink made up for. */
  choice = fy_font_set_get_choice (fonts, FY_FONT_ROLE_KAITI);
  g_assert_cmpstr (choice->family, ==, "FandolKai");
  g_assert_cmpfloat (choice->scale, >, 1.0);

  /* 小标宋 stays a bold Song face; 宋体 Noto Serif CJK SC. */
  choice = fy_font_set_get_choice (fonts, FY_FONT_ROLE_XIAOBIAOSONG);
  g_assert_cmpstr (choice->family, ==, "Noto Serif CJK SC");
  g_assert_true (choice->bold);
  g_assert_nonnull (strstr (choice->families, "FandolSong"));
  choice = fy_font_set_get_choice (fonts, FY_FONT_ROLE_SONGTI);
  g_assert_cmpstr (choice->family, ==, "Noto Serif CJK SC");

  /* The user's choice wins, with the role's faces behind it. */
  {
    const char *families[FY_FONT_N_ROLES] = { NULL, "FandolSong", NULL, NULL, NULL };
    g_autoptr(FyFontSet) chosen = fy_font_set_new_with_families (families);

    choice = fy_font_set_get_choice (chosen, FY_FONT_ROLE_FANGSONG);
    g_assert_cmpstr (choice->family, ==, "FandolSong");
    g_assert_cmpint (choice->source, ==, FY_FONT_SOURCE_USER);
    g_assert_false (choice->substituted);
    g_assert_true (g_str_has_prefix (choice->families, "FandolSong,FandolFang,"));
  }
}

/* Dark pixels of @png inside @rect (points, at @dpi). */
static guint
count_ink (const char         *png,
           const FyLayoutRect *rect,
           double              dpi)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (png);
  double k = dpi / 72.0;
  int stride, width, height;
  const guchar *data;
  guint ink = 0;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);

  for (int y = MAX (0, (int) (rect->y * k)); y < MIN (height, (int) ((rect->y + rect->height) * k)); y++)
    for (int x = MAX (0, (int) (rect->x * k)); x < MIN (width, (int) ((rect->x + rect->width) * k)); x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + 4 * x);

        if ((pixel & 0xff) < 128 && ((pixel >> 8) & 0xff) < 128)
          ink++;
      }

  cairo_surface_destroy (surface);
  return ink;
}

/*
 * FandolFang is a GB 2312 face: it has no 堃 (U+5803), a character of
 * names.  The body is set in FandolFang; 堃 must come from the nearest
 * face of the same style (Noto Serif CJK SC, not the Hei face fontconfig
 * might otherwise pick), carry ink, and be reported with its role.
 */
static void
test_fonts_per_character_fallback (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyStyle) style = NULL;
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autofree char *png = NULL;
  const FyLayoutWarning *warnings;
  FyLayoutRect rect;
  gboolean reported = FALSE;
  guint n, page;

  if (!use_private_fonts ())
    {
      g_test_skip ("texlive-lang-chinese or fonts-noto-cjk is not installed");
      return;
    }

  document = fy_import_markdown ("# 标题\n\n张堃同志发言。\n", -1, &error);
  g_assert_no_error (error);
  style = fy_style_new_from_preset ("gbt9704", &error);
  g_assert_no_error (error);
  typesetter = fy_typesetter_new (style);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);

  warnings = fy_layout_get_warnings (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      g_test_message ("%s", warnings[i].message);
      /* never a box */
      g_assert_cmpint (warnings[i].kind, !=, FY_LAYOUT_WARNING_MISSING_GLYPH);
      if (warnings[i].kind != FY_LAYOUT_WARNING_FALLBACK_GLYPH)
        continue;
      g_assert_null (strstr (warnings[i].message, "box"));
      if (strstr (warnings[i].message, "堃") != NULL)
        {
          g_assert_nonnull (strstr (warnings[i].message, "仿宋"));
          g_assert_nonnull (strstr (warnings[i].message, "FandolFang"));
          g_assert_nonnull (strstr (warnings[i].message, "Noto Serif CJK SC"));
          g_assert_cmpint (warnings[i].block_index, ==, 1);
          g_assert_cmpint (warnings[i].char_offset, ==, 1);
          reported = TRUE;
        }
    }
  g_assert_true (reported);

  /* The character is drawn: its cell holds ink. */
  g_assert_true (fy_layout_find_position (layout, 1, 1, &page, &rect));
  g_assert_cmpuint (page, ==, 0);
  dir = g_file_new_build_filename (tmp_dir, "png", NULL);
  g_assert_true (fy_render_png_pages (layout, dir, 100, &error));
  g_assert_no_error (error);
  png = g_build_filename (tmp_dir, "png", "page-1.png", NULL);
  g_assert_cmpuint (count_ink (png, &rect, 100), >, 40);
  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (g_rmdir (g_file_peek_path (dir)), ==, 0);
}

/* The name of the font poppler reads for the character at @index of
 * @text (page @page's text layer), or NULL. */
static const char *
font_at (GList *attrs,
         int    index)
{
  for (GList *l = attrs; l != NULL; l = l->next)
    {
      PopplerTextAttributes *a = l->data;

      if (index >= a->start_index && index <= a->end_index)
        return a->font_name;
    }
  return NULL;
}

/*
 * Session 19's new user: headings in FandolHei printed “ ” as two thin
 * Western ticks and ， as a speck floating in its cell ("解难题”  ，  让").
 * Those are FandolHei's own glyphs: its marks are hairlines.  A heading
 * keeps FandolHei for its characters and takes its full-width marks from
 * the next 黑体 face, Noto Sans CJK SC, in the same cells; body text in
 * FandolFang keeps its own marks.
 */
static void
test_fonts_heiti_marks (void)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(FyFontSet) fonts = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autofree char *text = NULL;
  GList *attrs;
  guint marks = 0, han = 0, body_marks = 0;
  int index = 0;

  if (!use_private_fonts ())
    {
      g_test_skip ("texlive-lang-chinese or fonts-noto-cjk is not installed");
      return;
    }

  fonts = fy_font_set_new_automatic ();
  g_assert_cmpstr (fy_font_set_get_choice (fonts, FY_FONT_ROLE_HEITI)->marks_family, ==, "Noto Sans CJK SC");
  g_assert_null (fy_font_set_get_choice (fonts, FY_FONT_ROLE_FANGSONG)->marks_family);

  document = fy_test_import_markdown ("# 标题\n\n## 一、解难题“回头看”，办实事：好；行！\n\n正文“回头看”，好。\n");
  layout = fy_test_typeset (document, "gbt9704", &bytes);
  pdf = fy_test_pdf_open_bytes (bytes);
  page = poppler_document_get_page (pdf, 0);
  text = poppler_page_get_text (page);
  attrs = poppler_page_get_text_attributes (page);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), index++)
    {
      gunichar ch = g_utf8_get_char (p);
      const char *font = font_at (attrs, index);

      if (font == NULL || g_unichar_isspace (ch))
        continue;
      if (strstr (font, "FandolFang") != NULL && g_utf8_strchr ("“”，。", -1, ch) != NULL)
        body_marks++;
      if (strstr (font, "NotoSansCJK") != NULL)
        {
          g_assert_nonnull (g_utf8_strchr ("、“”，：；！", -1, ch));
          marks++;
        }
      if (strstr (font, "FandolHei") != NULL)
        {
          g_assert_null (g_utf8_strchr ("“”，：；！、", -1, ch));
          han++;
        }
    }
  poppler_page_free_text_attributes (attrs);
  g_assert_cmpuint (marks, ==, 7);
  g_assert_cmpuint (han, ==, 12);
  g_assert_cmpuint (body_marks, ==, 4);
}

/* Whether every character of @want in the page's text is drawn in a face
 * whose name holds @family (marks aside: 黑体 takes them from Noto Sans). */
static void
assert_run_face (const char *text,
                 GList      *attrs,
                 const char *want,
                 const char *family)
{
  const char *at = strstr (text, want);
  int index;

  g_assert_nonnull (at);
  index = (int) g_utf8_pointer_to_offset (text, at);
  for (const char *p = want; *p != '\0'; p = g_utf8_next_char (p), index++)
    {
      if (g_unichar_ispunct (g_utf8_get_char (p)))
        continue;
      g_assert_nonnull (strstr (font_at (attrs, index), family));
    }
}

/*
 * A field inside a bold lead (**一是{{单位}}要……。**) printed its value in
 * the body's 仿宋 between two pieces of 黑体, and the PDF's bookmark left
 * the value out (一是要带头抓落实。).  The lead's face covers the value,
 * and an unfilled field's 〔name〕 too.
 */
static void
test_fonts_lead_field (void)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autoptr(PopplerIndexIter) iter = NULL;
  g_autofree char *text = NULL;
  GList *attrs;

  if (!use_private_fonts ())
    {
      g_test_skip ("texlive-lang-chinese or fonts-noto-cjk is not installed");
      return;
    }

  document = fy_test_import_markdown ("# 标题\n\n"
                                      "**一是<span data-fayan-field=\"单位\">县财政局</span>要带头抓落实。**"
                                      "要把任务分解到股室。\n\n"
                                      "**二是{{乡镇}}要守住底线。**要把保基本民生放在首位。\n");
  layout = fy_test_typeset (document, "gbt9704", &bytes);
  pdf = fy_test_pdf_open_bytes (bytes);
  page = poppler_document_get_page (pdf, 0);
  text = poppler_page_get_text (page);
  attrs = poppler_page_get_text_attributes (page);
  assert_run_face (text, attrs, "一是县财政局要带头抓落实", "FandolHei");
  assert_run_face (text, attrs, "二是〔乡镇〕要守住底线", "FandolHei");
  assert_run_face (text, attrs, "要把任务分解到股室", "FandolFang");
  poppler_page_free_text_attributes (attrs);

  iter = poppler_index_iter_new (pdf);
  g_assert_nonnull (iter);
  for (guint i = 0; i < 2; i++)
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);

      g_assert_cmpstr (action->any.title, ==, i == 0 ? "一是县财政局要带头抓落实。" : "二是〔乡镇〕要守住底线。");
      poppler_action_free (action);
      g_assert_true (i == 1 || poppler_index_iter_next (iter));
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  fy_core_init ();
  tmp_dir = g_dir_make_tmp ("fayan-test-fonts-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/core/fonts/fandol", test_fonts_fandol);
  g_test_add_func ("/core/fonts/per-character-fallback", test_fonts_per_character_fallback);
  g_test_add_func ("/core/fonts/heiti-marks", test_fonts_heiti_marks);
  g_test_add_func ("/core/fonts/lead-field", test_fonts_lead_field);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  return status;
}

/* test-render.c — the engine's PDFs read back by an independent reader (poppler-glib)
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "fayan-core.h"
#include "fy-test-utils.h"


/* The printed text of every block, as the engine should print it. */
static GPtrArray *
expected_blocks (FyDocument *document)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (g_free);
  guint counters[5] = { 0 };

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autofree char *text = fy_document_dup_block_text (document, i);
      g_autofree char *number = NULL;

      if (fy_block_get_role (block) == FY_BLOCK_ROLE_HEADING)
        {
          guint level = CLAMP (fy_block_get_level (block), 1, 4);

          counters[level]++;
          for (guint l = level + 1; l <= 4; l++)
            counters[l] = 0;
          number = fy_numbering_format_heading (level, counters[level]);
        }

      g_ptr_array_add (blocks, g_strconcat (number ? number : "", text, NULL));
    }

  return blocks;
}

static gboolean
is_pure_han (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if (g_unichar_get_script (g_utf8_get_char (p)) != G_UNICODE_SCRIPT_HAN)
        return FALSE;
    }
  return TRUE;
}

/* g_error() would transcode the Chinese text to the C locale's ASCII */
static void G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN
fail (const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  g_assert_not_reached ();
}

/* Issue #12 item 2: the Han characters and full-width marks before the
 * first Latin letter, digit or half-width sign of a body line sit on the
 * 28 columns, ±0.5 pt. */
static void
check_han_columns (FyTestPdfLine *line,
                   double         left,
                   double         pitch)
{
  int k = fy_test_han_off_column (line, left, pitch, 16);

  if (k >= 0)
    fail ("character %d before the first Latin run off its column: %s", k, line->text->str);
}

typedef struct
{
  guint pages;
  guint lines;
  guint full_lines;
  guint pure_han_full;
  guint pushed_out;
  guint flush_left;
} Stats;

/*
 * Renders @document with the default preset, reads the PDF back and
 * checks it against GB/T 9704 and the spec.
 */
static void
check_document (FyDocument *document,
                Stats      *stats)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset ("gbt9704", &error);
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GPtrArray) blocks = expected_blocks (document);
  g_autofree char *dir = g_dir_make_tmp ("fayan-render-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GPtrArray) fonts = NULL;
  double left = 28 * FY_POINTS_PER_MM, top = 37 * FY_POINTS_PER_MM;
  double width = 156 * FY_POINTS_PER_MM, height = 225 * FY_POINTS_PER_MM;
  double pitch = width / 28, line_pitch = height / 22;
  g_autoptr(GHashTable) grid_refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint block = 0;
  const char *rest = NULL;
  g_autofree char *rest_owned = NULL;

  g_assert_no_error (error);
  typesetter = fy_typesetter_new (style);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (layout);

  path = g_build_filename (dir, "out.pdf", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (fy_render_pdf (layout, document, file, NULL, &error));
  g_assert_no_error (error);

  pdf = fy_test_pdf_open (path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, fy_layout_get_n_pages (layout));
  stats->pages += poppler_document_get_n_pages (pdf);

  /* every font embedded */
  fonts = fy_test_pdf_fonts (pdf);
  for (guint i = 0; i < fonts->len; i++)
    {
      FyTestPdfFont *font = g_ptr_array_index (fonts, i);

      g_test_message ("font %s embedded %d", font->name, font->embedded);
      g_assert_true (font->embedded);
    }
  g_assert_cmpuint (fonts->len, >, 0);

  rest_owned = fy_test_strip_spaces (g_ptr_array_index (blocks, 0));
  rest = rest_owned;

  for (int pg = 0; pg < poppler_document_get_n_pages (pdf); pg++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, pg);
      g_autoptr(GPtrArray) lines = fy_test_pdf_page_lines (page);
      g_autofree char *number = g_strdup_printf ("—%d—", pg + 1);
      gboolean found_number = FALSE;
      guint body_lines = 0;

      for (guint i = 0; i < lines->len; i++)
        {
          FyTestPdfLine *line = g_ptr_array_index (lines, i);
          PopplerRectangle *first = &g_array_index (line->rects, PopplerRectangle, 0);
          PopplerRectangle *last = &g_array_index (line->rects, PopplerRectangle, line->n_chars - 1);
          gunichar first_ch = g_utf8_get_char (line->text->str);
          gunichar last_ch = g_utf8_get_char (g_utf8_prev_char (line->text->str + line->text->len));
          double size = line->size;
          gboolean first_of_block, last_of_block;

          /* page number: "— N —" 7 mm under the type area, odd right, even left */
          if (strcmp (line->text->str, number) == 0 && first->y1 > top + height)
            {
              found_number = TRUE;
              g_assert_cmpfloat (size, ==, 14);
              g_assert_cmpfloat (first->y1, >, top + height + 7 * FY_POINTS_PER_MM - 14);
              g_assert_cmpfloat (first->y2, <, top + height + 7 * FY_POINTS_PER_MM + 20);
              if ((pg + 1) % 2 == 1)
                g_assert_cmpfloat_with_epsilon (last->x2, left + width - pitch, 1.0);
              else
                g_assert_cmpfloat_with_epsilon (first->x1, left + pitch, 1.0);
              continue;
            }

          body_lines++;
          stats->lines++;

          /* inside the type area */
          g_assert_cmpfloat (first->x1, >=, left - 1);
          g_assert_cmpfloat (first->y2, <=, top + height + 1);

          /* baselines on the grid: poppler's boxes end at the font's
           * descent, so lines of one font and size share one phase */
          {
            g_autofree char *key = g_strdup_printf ("%s %.1f", line->font, size);
            double *grid_ref = g_hash_table_lookup (grid_refs, key);
            double slot;

            if (grid_ref == NULL)
              {
                grid_ref = g_new (double, 1);
                *grid_ref = fmod (first->y2 - top, line_pitch);
                g_hash_table_insert (grid_refs, g_steal_pointer (&key), grid_ref);
              }
            slot = (first->y2 - top - *grid_ref) / line_pitch;
            g_assert_cmpfloat_with_epsilon (slot, round (slot), 0.02);
            g_assert_cmpfloat (round (slot), <, 22);
          }

          /* the text is the input, in reading order */
          while (*rest == '\0' && block + 1 < blocks->len)
            {
              g_free (rest_owned);
              rest_owned = fy_test_strip_spaces (g_ptr_array_index (blocks, ++block));
              rest = rest_owned;
            }
          if (!g_str_has_prefix (rest, line->text->str))
            fail ("page %d: read “%s”, expected the start of “%.60s”", pg + 1, line->text->str, rest);
          first_of_block = rest == rest_owned;
          rest += line->text->len;
          last_of_block = *rest == '\0';

          /* kinsoku (a block may of course begin with anything) */
          if (!first_of_block && fy_test_is_no_start (first_ch))
            fail ("page %d: line starts with %s", pg + 1, line->text->str);
          if (!last_of_block && fy_test_is_no_end (last_ch))
            fail ("page %d: line ends with %s", pg + 1, line->text->str);

          /* full lines of body text are flush right */
          if (!last_of_block && size == 16)
            {
              double right = left + width;
              double slack = fy_test_is_closing_mark (last_ch) ? pitch / 2 + 0.6 : 0.6;

              stats->full_lines++;
              /* spec §4: a line that cannot be filled with at most 1/4 em
               * more per gap (the Latin word or URL piece after it did not
               * fit, or, on the grid, the next character did not and the
               * gaps after the first Latin run are too few) is set flush
               * left, never letter-spaced, its Han characters before the
               * first Latin run on their columns (issue #12 item 2) */
              if (last->x2 < right - 0.6 && fy_test_flush_left_ok (line, rest, right - last->x2, pitch, 16))
                {
                  for (guint k = 1; k < line->n_chars; k++)
                    if (g_array_index (line->rects, PopplerRectangle, k).x1 -
                        g_array_index (line->rects, PopplerRectangle, k - 1).x2 > 8.0)
                      fail ("page %d: flush-left line spaced out: %s", pg + 1, line->text->str);
                  stats->flush_left++;
                  check_han_columns (line, left, pitch);
                  continue;
                }
              /* spec §4, the grid first (gbt9704): a line of Han
               * characters and marks pushed out for kinsoku keeps its
               * cells and ends short; checked on the cells below */
              if (last->x2 < right - 0.6 && fy_test_pushed_out (line->text->str, rest))
                {
                  stats->pushed_out++;
                  for (guint k = 0; k < line->n_chars; k++)
                    {
                      PopplerRectangle *r = &g_array_index (line->rects, PopplerRectangle, k);
                      double cell = (r->x1 - (pitch - 16) / 2 - left) / pitch;

                      if (fabs (cell - round (cell)) > 0.02 ||
                          (k > 0 && fabs (r->x1 - g_array_index (line->rects, PopplerRectangle, k - 1).x1 - pitch) > 0.3))
                        fail ("page %d: pushed-out line off its cells: %s", pg + 1, line->text->str);
                    }
                  continue;
                }
              if (last->x2 < right - 0.6 || last->x2 > right + slack)
                fail ("page %d: full line not flush right (%.2f, type area ends at %.2f): %s",
                         pg + 1, last->x2, right, line->text->str);
              check_han_columns (line, left, pitch);

              /* pure Han: every character on its own grid cell */
              if (is_pure_han (line->text->str) &&
                  (line->n_chars == 28 || line->n_chars == 26))
                {
                  stats->pure_han_full++;
                  for (guint k = 0; k < line->n_chars; k++)
                    {
                      PopplerRectangle *r = &g_array_index (line->rects, PopplerRectangle, k);
                      double cell = ((r->x1 + r->x2) / 2 - left) / pitch - 0.5;

                      g_assert_cmpfloat_with_epsilon (cell, (28 - line->n_chars) + k, 0.02);
                    }
                }
            }
        }

      g_assert_cmpuint (body_lines, <=, 22);
      if (!found_number)
        fail ("page %d has no page number %s", pg + 1, number);
    }

  /* nothing lost */
  g_assert_cmpstr (rest, ==, "");
  g_assert_cmpuint (block + 1, ==, blocks->len);

  g_unlink (path);
  g_rmdir (dir);
}

/* Typesets @document with the preset @preset and reads its PDF back;
 * @layout_out and @bytes_out (nullable) receive the layout and the PDF. */
static PopplerDocument *
render_to_pdf (FyDocument  *document,
               const char  *preset,
               FyLayout   **layout_out,
               GBytes     **bytes_out)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FyLayout) layout = fy_test_typeset (document, preset, &bytes);
  PopplerDocument *pdf = fy_test_pdf_open_bytes (bytes);

  if (layout_out != NULL)
    *layout_out = g_steal_pointer (&layout);
  if (bytes_out != NULL)
    *bytes_out = g_steal_pointer (&bytes);

  return pdf;
}

static void
test_render_sample (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  Stats stats = { 0 };
  gsize length;
  const char *data;

  bytes = g_resources_lookup_data ("/io/github/fayan/Fayan/core/samples/sample-speech.fayan", 0, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &length);
  document = fy_document_load_from_data (data, length, &error);
  g_assert_no_error (error);

  check_document (document, &stats);
  g_test_message ("sample: %u pages, %u lines, %u full, %u pure-Han full, %u flush left",
                  stats.pages, stats.lines, stats.full_lines, stats.pure_han_full, stats.flush_left);
  g_assert_cmpuint (stats.pages, >=, 2);
  g_assert_cmpuint (stats.full_lines, >, 10);
}

static void
test_render_corpus (void)
{
  const char *corpus = g_getenv ("FAYAN_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  Stats stats = { 0 };

  if (corpus == NULL)
    {
      g_test_skip ("FAYAN_CORPUS_DIR is not set");
      return;
    }
  path = g_build_filename (corpus, "seed-speech.md", NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the corpus is not there");
      return;
    }

  file = g_file_new_for_path (path);
  document = fy_import_file (file, NULL, &error);
  g_assert_no_error (error);

  check_document (document, &stats);
  g_test_message ("corpus: %u pages, %u lines, %u full, %u pure-Han full, %u flush left",
                  stats.pages, stats.lines, stats.full_lines, stats.pure_han_full, stats.flush_left);
  g_assert_cmpuint (stats.pages, >=, 4);
  g_assert_cmpuint (stats.full_lines, >, 60);
}

/* Text written to hit the edges: marks in pairs and runs, quotes,
 * brackets, dashes, ellipses, Latin words, long numbers, interpuncts. */
static void
test_render_stress (void)
{
  static const char *paragraphs[] = {
    "他说：“我们要把代表联络站建成‘民意窗口’。”大家都表示赞同（包括列席会议的同志）。会后，《代表法》《监督法》的学习材料——共计12份——发到了每个人手中……",
    "据统计，2023年全县GDP增长6.5%，城镇居民人均可支配收入达到45678元，农村居民人均可支配收入达到23456元；“十四五”规划确定的主要指标总体符合预期。",
    "在座谈会上，来自XX大学的Professor Smith作了题为Open Government and Public Participation的发言，尼古拉·特斯拉研究所的代表也介绍了经验。",
    "请登录https://www.example.org/renda/daibiao/lianluozhan/index.html查询联络站地址，或拨打12345热线。",
    "“是吗？”“是的！”“真的吗？！”“当然。”（一）（二）（三）【注】〔2024〕5号文件《关于进一步加强代表工作的意见》、《实施办法》。",
    "一二三四五六七八九十一二三四五六七八九十一二三四五六七八，一二三四五六七八九十一二三四五六七八九十一二三四五六七八。",
    "",
    "！？。，、；：“”‘’（）《》……——",
  };
  g_autoptr(FyDocument) document = fy_document_new ();
  Stats stats = { 0 };

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于进一步发挥人大代表作用加强代表联络站建设的交流发言"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_SALUTATION, 0, "各位领导、同志们："));
  for (guint r = 0; r < 6; r++)
    for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
      {
        if (r == 0 && i == 3)
          fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "加强学习，提高履职能力"));
        fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, paragraphs[i]));
        if (i == 4)
          fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 2, "完善制度机制"));
      }
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_CLOSING, 0, "谢谢大家！"));

  check_document (document, &stats);
  g_test_message ("stress: %u pages, %u lines, %u full, %u pure-Han full, %u flush left",
                  stats.pages, stats.lines, stats.full_lines, stats.pure_han_full, stats.flush_left);
  g_assert_cmpuint (stats.full_lines, >, 40);
}

/* Issue 16: after 发言人 is changed in the fields, the PDF names the new
 * speaker (it kept the one the document was made with). */
static void
test_render_metadata_follows_fields (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;

  fy_document_set_field_value (document, "发言人", "王某");
  fy_document_set_field_value (document, "会议名称", "全县人大工作会议");
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于做好代表工作的几点体会"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "我们坚持每月集中学习一次。"));

  fy_document_set_field_value (document, "发言人", "李某");
  fy_document_set_field_value (document, "会议名称", "全市代表工作座谈会");
  g_assert_cmpstr (fy_document_get_speaker (document), ==, "李某");
  /* The date and a plain field leave the rest alone. */
  fy_document_set_field_value (document, "职务", "主任");
  g_assert_cmpstr (fy_document_get_speaker (document), ==, "李某");

  pdf = render_to_pdf (document, "gbt9704", NULL, NULL);
  author = poppler_document_get_author (pdf);
  subject = poppler_document_get_subject (pdf);
  g_assert_cmpstr (author, ==, "李某");
  g_assert_cmpstr (subject, ==, "全市代表工作座谈会");

  /* A name typed anew (the entry emptied first) still replaces the old. */
  fy_document_set_field_value (document, "发言人", NULL);
  g_assert_cmpstr (fy_document_get_speaker (document), ==, "李某");
  fy_document_set_field_value (document, "发言人", "赵某");
  g_assert_cmpstr (fy_document_get_speaker (document), ==, "赵某");

  /* Metadata set apart from the field (a file may say so) stay apart. */
  fy_document_set_field_value (document, "会议名称", "甲会议");
  fy_document_set_meeting (document, "乙会议");
  fy_document_set_field_value (document, "会议名称", "丙会议");
  g_assert_cmpstr (fy_document_get_meeting (document), ==, "乙会议");

  /* A speaker given as position and name follows in its name part. */
  fy_document_set_field_value (document, "发言人", "王某");
  fy_document_set_speaker (document, "县长　王某");
  fy_document_set_field_value (document, "发言人", NULL);
  fy_document_set_field_value (document, "发言人", "李某");
  g_assert_cmpstr (fy_document_get_speaker (document), ==, "县长　李某");
}

static void
test_render_metadata (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerIndexIter) index = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *creator = NULL;
  FyBlock *block;
  guint n_entries = 0;

  fy_document_set_speaker (document, "县人大常委会主任　王某");
  fy_document_set_meeting (document, "全县人大工作会议");
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于做好代表工作的几点体会"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "提高认识"));
  block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  fy_block_set_lead_and_text (block, "一是学在前面。", "我们坚持每月集中学习一次。");
  fy_document_append_block (document, block);
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "完善制度"));

  pdf = render_to_pdf (document, "gbt9704", NULL, NULL);
  title = poppler_document_get_title (pdf);
  author = poppler_document_get_author (pdf);
  subject = poppler_document_get_subject (pdf);
  creator = poppler_document_get_creator (pdf);
  g_assert_cmpstr (title, ==, "关于做好代表工作的几点体会");
  g_assert_cmpstr (author, ==, "县人大常委会主任　王某");
  g_assert_cmpstr (subject, ==, "全县人大工作会议");
  g_assert_true (g_str_has_prefix (creator, "Fayan "));
  g_assert_cmpint (poppler_document_get_creation_date (pdf), >, 0);

  /* bookmarks: 一、提高认识 (with the bold lead under it), 二、完善制度 */
  index = poppler_index_iter_new (pdf);
  g_assert_nonnull (index);
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (index);

      g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
      if (n_entries == 0)
        {
          g_autoptr(PopplerIndexIter) child = poppler_index_iter_get_child (index);
          PopplerAction *child_action;

          g_assert_cmpstr (action->goto_dest.title, ==, "一、提高认识");
          g_assert_nonnull (child);
          child_action = poppler_index_iter_get_action (child);
          g_assert_cmpstr (child_action->goto_dest.title, ==, "一是学在前面。");
          poppler_action_free (child_action);
        }
      else
        g_assert_cmpstr (action->goto_dest.title, ==, "二、完善制度");
      poppler_action_free (action);
      n_entries++;
    }
  while (poppler_index_iter_next (index));
  g_assert_cmpuint (n_entries, ==, 2);
}

static void
test_render_unwritable (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset ("gbt9704", &error);
  g_autoptr(FyTypesetter) typesetter = fy_typesetter_new (style);
  g_autoptr(FyLayout) layout = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-render-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "old.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.pdf", NULL);
  g_autoptr(GFile) old_file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (missing);
  g_autofree char *contents = NULL;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "正文。"));
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (fy_render_pdf (layout, document, bad_file, NULL, &error) == FALSE);
  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_clear_error (&error);

  /* a read-only folder keeps its old file untouched */
  g_assert_true (g_file_set_contents (path, "old", -1, &error));
  if (g_chmod (dir, 0555) == 0 && access (dir, W_OK) != 0)
    {
      g_assert_false (fy_render_pdf (layout, document, old_file, NULL, &error));
      g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "old");
    }
  g_chmod (dir, 0755);
  g_unlink (path);
  g_rmdir (dir);
}

/* The PDF never goes over the file the document was read from, in the
 * one writer the CLI, the export dialog and the batch fill share. */
static void
test_render_pdf_file_input (void)
{
  g_autoptr(FyEnvironment) environment = fy_environment_new ();
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-render-XXXXXX", &error);
  g_autofree char *in_path = g_build_filename (dir, "speech.fayan", NULL);
  g_autofree char *out_path = g_build_filename (dir, "speech.pdf", NULL);
  g_autoptr(GFile) in = g_file_new_for_path (in_path);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autofree char *contents = NULL;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "正文。"));
  layout = fy_environment_layout (environment, document, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (in_path, "the speech", -1, &error));

  g_assert_false (fy_render_pdf_file (layout, document, in, in, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (in_path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the speech");
  g_clear_pointer (&contents, g_free);

  g_assert_true (fy_render_pdf_file (layout, document, out, in, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out_path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_unlink (in_path);
  g_unlink (out_path);
  g_rmdir (dir);
}

static void
test_render_png (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset ("gbt9704", &error);
  g_autoptr(FyTypesetter) typesetter = fy_typesetter_new (style);
  g_autoptr(FyLayout) layout = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-png-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "page-1.png", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  cairo_surface_t *surface;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "正文第一段。"));
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_true (fy_render_png_pages (layout, folder, 72, &error));
  g_assert_no_error (error);

  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 595);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 842);
  cairo_surface_destroy (surface);

  g_assert_false (fy_render_png_pages (layout, folder, 1, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);

  g_unlink (png);
  g_rmdir (dir);
}

/* Dark pixels of page @index of @layout at 72 dpi from the row @top
 * (in points) down: drawn from its PDF by poppler (@pdf), or by the
 * renderer with the installed fonts. */
static guint
ink_of_page (FyLayout *layout,
             GBytes   *pdf,
             int       index,
             int       top)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 595, 842);
  cairo_t *cr = cairo_create (surface);
  guint dark = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (pdf != NULL)
    {
      PopplerDocument *doc = fy_test_pdf_open_bytes (pdf);
      PopplerPage *page;

      page = poppler_document_get_page (doc, index);
      poppler_page_render_for_printing (page, cr);
      g_object_unref (page);
      g_object_unref (doc);
    }
  else
    fy_renderer_draw_page (layout, index, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = MAX (top, 0); y < 842; y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                              y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < 595; x++)
        dark += (row[x] & 0xff) < 128;
    }
  cairo_surface_destroy (surface);
  return dark;
}

/* fill --pdf subsets the faces once with the characters of the whole
 * table (fy_render_reserve_text()): a later document drawing characters
 * that were reserved after the first subset was made still has every
 * glyph in its PDF. */
static void
test_render_reserved_text (void)
{
  static const char *names[] = { "许文", "邓莉", "欧阳冀" };
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset ("gbt9704", &error);
  g_autoptr(FyTypesetter) typesetter = fy_typesetter_new (style);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(FyDocument) document = fy_document_new ();
      g_autoptr(FyLayout) layout = NULL;
      g_autoptr(GBytes) pdf = NULL;
      g_autofree char *text = g_strdup_printf ("发言人：%s。", names[i]);
      g_autoptr(PopplerDocument) doc = NULL;
      g_autoptr(PopplerPage) page = NULL;
      g_autofree char *read = NULL;
      guint printed, drawn;

      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, text));
      layout = fy_typesetter_layout (typesetter, document, NULL, &error);
      g_assert_no_error (error);
      if (i == 0)
        {
          /* the first subset is made, then the other names are reserved */
          pdf = fy_render_pdf_bytes (layout, document, NULL, &error);
          g_clear_pointer (&pdf, g_bytes_unref);
          fy_render_reserve_text (layout, "邓莉欧阳冀");
        }
      pdf = fy_render_pdf_bytes (layout, document, NULL, &error);
      g_assert_no_error (error);

      doc = fy_test_pdf_open_bytes (pdf);
      page = poppler_document_get_page (doc, 0);
      read = poppler_page_get_text (page);
      g_assert_nonnull (strstr (read, names[i]));

      printed = ink_of_page (layout, pdf, 0, 0);
      drawn = ink_of_page (layout, NULL, 0, 0);
      g_assert_cmpuint (drawn, >, 100);
      g_assert_cmpuint (printed, >, drawn * 9 / 10);
      g_assert_cmpuint (printed, <, drawn * 11 / 10);
    }
}

/* A document without page numbers (a one-page notice, the speaker's
 * large-print copy) prints none, in any preset: poppler reads no
 * "— 1 —", and the foot of each page below the type area has no ink.
 * The same text with them has both. */
static void
test_render_page_numbers_off (void)
{
  static const char *presets[] = { "gbt9704", "reading" };
  g_autoptr(FyDocument) document = fy_document_new ();

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于做好年终工作的通知"));
  for (guint i = 0; i < 14; i++)
    fy_document_append_block (document,
                              fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                      "各单位要按照年初确定的目标任务，逐项对照检查，"
                                                      "确保各项工作按期完成，并于本月二十日前报送总结材料。"));

  for (guint p = 0; p < G_N_ELEMENTS (presets); p++)
    for (int on = 1; on >= 0; on--)
      {
        g_autoptr(GBytes) pdf = NULL;
        g_autoptr(FyLayout) layout = NULL;
        g_autoptr(PopplerDocument) doc = NULL;
        g_autoptr(FyStyle) style = fy_style_new_from_preset (presets[p], NULL);
        int foot = (int) ceil (fy_style_get_margin_top (style) + fy_style_get_type_height (style)) + 2;
        guint n_pages;

        g_test_message ("%s, page numbers %s", presets[p], on ? "on" : "off");
        fy_document_set_page_numbers (document, on);
        layout = fy_test_typeset (document, presets[p], &pdf);
        doc = fy_test_pdf_open_bytes (pdf);
        n_pages = fy_layout_get_n_pages (layout);
        g_assert_cmpuint (n_pages, >=, 2);
        for (guint pg = 0; pg < n_pages; pg++)
          {
            g_autofree char *text = fy_test_pdf_page_text (doc, pg);
            g_autofree char *flat = fy_test_strip_spaces (text);
            g_autofree char *number = g_strdup_printf ("—%u—", pg + 1);
            guint ink = ink_of_page (layout, pdf, pg, foot);

            if (on)
              {
                g_assert_nonnull (strstr (flat, number));
                g_assert_cmpuint (ink, >, 10);
              }
            else
              {
                g_assert_null (strstr (flat, number));
                g_assert_cmpuint (ink, ==, 0);
              }
          }
      }
}

/* fayan-cli render: PDF and PNG pages, every substitution on stderr */
static void
test_render_cli (void)
{
  const char *cli = g_getenv ("FAYAN_CLI");
  const char *root = g_getenv ("FAYAN_SOURCE_ROOT");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-cli-render-XXXXXX", &error);
  g_autofree char *sample = NULL;
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *png_dir = g_build_filename (dir, "png", NULL);
  g_autofree char *png1 = g_build_filename (png_dir, "page-1.png", NULL);
  g_autofree char *png2 = g_build_filename (png_dir, "page-2.png", NULL);
  g_auto(FyTestCliResult) run = { 0 };
  g_autoptr(FyFontSet) fonts = fy_font_set_new ();

  if (cli == NULL || root == NULL)
    {
      g_test_skip ("FAYAN_CLI or FAYAN_SOURCE_ROOT is not set");
      return;
    }
  sample = g_build_filename (root, "resources", "samples", "sample-speech.fayan", NULL);
  fy_test_run_cli (&run, "render", sample, "-o", pdf, "--png", png_dir, "--dpi", "30");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (png1, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (png2, G_FILE_TEST_IS_REGULAR));
  if (fy_font_set_get_choice (fonts, FY_FONT_ROLE_FANGSONG)->substituted)
    g_assert_nonnull (strstr (run.err, "仿宋"));

  /* layout --json: pages → lines → clusters */
  {
    g_autofree char *json = NULL;

    g_assert_cmpint (fy_test_cli (&json, NULL, "layout", sample, "--json", NULL), ==, 0);
    g_assert_nonnull (strstr (json, "\"pages\""));
    g_assert_nonnull (strstr (json, "\"clusters\""));
    g_assert_nonnull (strstr (json, "\"baseline\""));
    g_assert_nonnull (strstr (json, "\"cells\""));
  }

  g_unlink (png1);
  g_unlink (png2);
  g_rmdir (png_dir);
  g_unlink (pdf);
  g_rmdir (dir);
}

/* The seed speech makes a compact PDF: every font embedded and subset,
 * no Type 3 font (issue 11: it was 715 KB, with a Type 3 font). */
static void
test_render_compact (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "corpus", "seed-speech.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) fonts = NULL;

  document = fy_import_file (file, NULL, &error);
  g_assert_no_error (error);
  pdf = render_to_pdf (document, "gbt9704", &layout, &bytes);
  g_assert_cmpuint (fy_layout_get_n_pages (layout), >=, 4);
  g_test_message ("seed: %u pages, %" G_GSIZE_FORMAT " bytes", fy_layout_get_n_pages (layout),
                  g_bytes_get_size (bytes));
  g_assert_cmpuint (g_bytes_get_size (bytes), <=, 150 * 1024);

  fonts = fy_test_pdf_fonts (pdf);
  for (guint i = 0; i < fonts->len; i++)
    {
      FyTestPdfFont *font = g_ptr_array_index (fonts, i);

      g_assert_cmpint (font->type, !=, POPPLER_FONT_TYPE_TYPE3);
      g_assert_true (font->embedded);
      g_assert_true (font->subset);
    }
  g_assert_cmpuint (fonts->len, >=, 3);
}

/* Squeezed marks (reading preset: a mark beside a mark gives up its blank
 * half) are glyphs of their face's own subset with the squeezed advance
 * (fy-font-slots.c), not of a separate marks font: so the line is one
 * glyph run, and poppler still boxes each mark in its half cell, keeping
 * every line whole and in reading order. */
static void
test_render_squeezed_marks (void)
{
  static const char text[] =
    "# 样张\n\n"
    "他说：“我们走吧。”她答：“好，马上！”（注：这是一段样张。）《日报》、《晚报》都报道了。"
    "“‘内引号’”之后，又是「直角引号」与『双重』。句末连用：“是吗？”“是的。”这样，就好了；"
    "（一）（二）【三】〔四〕。第二段：甲、乙、丙，丁；戊：己。“（括号在引号里）”，"
    "然后（“引号在括号里”）。\n";
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) fonts = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) read = g_string_new (NULL);
  g_autofree char *expected = NULL;
  guint narrow = 0;

  document = fy_import_markdown (text, -1, &error);
  g_assert_no_error (error);
  pdf = render_to_pdf (document, "reading", NULL, NULL);

  fonts = fy_test_pdf_fonts (pdf);
  for (guint i = 0; i < fonts->len; i++)
    {
      FyTestPdfFont *font = g_ptr_array_index (fonts, i);

      g_assert_cmpint (font->type, !=, POPPLER_FONT_TYPE_TYPE3);
      g_assert_null (strstr (font->name, "FayanMarks"));
    }

  lines = fy_test_pdf_lines (pdf);
  for (guint i = 0; i < lines->len; i++)
    {
      FyTestPdfLine *line = g_ptr_array_index (lines, i);

      g_string_append (read, line->text->str);
      for (guint k = 0; k + 1 < line->n_chars; k++)
        {
          PopplerRectangle *r = &g_array_index (line->rects, PopplerRectangle, k);
          PopplerRectangle *next = &g_array_index (line->rects, PopplerRectangle, k + 1);

          /* each box ends where the next begins: no overlap */
          g_assert_cmpfloat (r->x2, <=, next->x1 + 0.5);
          if (r->x2 - r->x1 < 0.6 * line->size)
            narrow++;
        }
    }
  expected = fy_test_strip_spaces ("样张"
    "他说：“我们走吧。”她答：“好，马上！”（注：这是一段样张。）《日报》、《晚报》都报道了。"
    "“‘内引号’”之后，又是「直角引号」与『双重』。句末连用：“是吗？”“是的。”这样，就好了；"
    "（一）（二）【三】〔四〕。第二段：甲、乙、丙，丁；戊：己。“（括号在引号里）”，"
    "然后（“引号在括号里”）。");
  /* the whole text, in reading order, before the page number */
  g_test_message ("read: %s", read->str);
  g_assert_true (g_str_has_prefix (read->str, expected));
  /* marks were squeezed (and boxed as squeezed) */
  g_assert_cmpuint (narrow, >=, 10);
}

/* A heading's quotes (sweep5 w8: （二）“一网通办”能力明显增强): the 楷体
 * and 黑体 faces draw “ ” narrow in a full cell, and PDF readers took the
 * rest of the cell for a gap of 0.63 em between （二） and “.  Each mark is
 * boxed in its whole cell. */
static void
test_render_heading_quotes (void)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  guint quoted = 0;

  document = fy_import_markdown ("# 关于政务服务工作情况的报告\n\n## 一、“高效办成一件事”落地见效\n\n"
                                 "### （一）“一网通办”能力明显增强\n\n网上办件量占91.4%。\n", -1, &error);
  g_assert_no_error (error);
  pdf = render_to_pdf (document, "gbt9704", NULL, NULL);
  lines = fy_test_pdf_lines (pdf);
  for (guint i = 0; i < lines->len; i++)
    {
      FyTestPdfLine *line = g_ptr_array_index (lines, i);

      if (strstr (line->text->str, "“") == NULL)
        continue;
      quoted++;
      for (guint k = 0; k + 1 < line->n_chars; k++)
        {
          PopplerRectangle *r = &g_array_index (line->rects, PopplerRectangle, k);
          PopplerRectangle *next = &g_array_index (line->rects, PopplerRectangle, k + 1);

          g_assert_cmpfloat (next->x1 - r->x2, <, 0.5 * line->size);
        }
    }
  g_assert_cmpuint (quoted, ==, 2);
}

static FyTestPdfLine *
line_starting (GPtrArray  *lines,
               const char *prefix,
               guint      *index)
{
  for (guint i = 0; i < lines->len; i++)
    {
      FyTestPdfLine *line = g_ptr_array_index (lines, i);

      if (g_str_has_prefix (line->text->str, prefix))
        {
          *index = i;
          return line;
        }
    }
  g_error ("no line starts with %s", prefix);
}

static double
char_x (FyTestPdfLine *line,
        guint          k)
{
  return g_array_index (line->rects, PopplerRectangle, k).x1;
}

/* A notice pasted as plain text, its attachment note read back from the
 * PDF (GB/T 9704 §7.3.5): a blank line after the body, 附件： two cells
 * in, "2．" "3．" under "1．", a wrapped name under the name's first
 * character, the names as written. */
static void
test_render_attachment_note (void)
{
  static const char text[] =
    "关于做好春节期间应急值守工作的通知\n"
    "各乡镇人民政府，县政府各部门：\n"
    "春节期间实行24小时值班和领导带班制度，值班人员要坚守岗位，保持通信畅通，遇有突发事件要按规定第一时间报告。\n"
    "附件：1．春节期间安全生产检查表\n"
    "2．重点企业节日值班安排表（各企业按实际生产情况填写，停产企业注明停产起止时间）\n"
    "3．县政府总值班室联系方式\n"
    "临川县人民政府办公室\n"
    "2027年1月10日\n";
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyStyle) style = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  FyTestPdfLine *body, *body_before, *note, *second, *wrapped, *third;
  guint at, i2, i3;
  double pitch, line_pitch, left;

  document = fy_import_plain_text (text, -1, &error);
  g_assert_no_error (error);
  style = fy_style_new_from_preset ("gbt9704", &error);
  g_assert_no_error (error);
  pitch = fy_style_get_char_pitch (style);
  pdf = render_to_pdf (document, "gbt9704", NULL, NULL);
  lines = fy_test_pdf_lines (pdf);

  note = line_starting (lines, "附件：1．春节期间安全生产检查表", &at);
  g_assert_cmpstr (note->text->str, ==, "附件：1．春节期间安全生产检查表");
  body = g_ptr_array_index (lines, at - 1);
  body_before = g_ptr_array_index (lines, at - 2);
  second = g_ptr_array_index (lines, at + 1);
  wrapped = g_ptr_array_index (lines, at + 2);
  third = line_starting (lines, "3．", &i3);
  line_starting (lines, "2．", &i2);
  g_assert_cmpuint (i2, ==, at + 1);
  g_assert_cmpuint (i3, ==, at + 3);
  g_assert_true (g_str_has_prefix (second->text->str, "2．重点企业节日值班安排表"));
  g_assert_cmpstr (third->text->str, ==, "3．县政府总值班室联系方式");

  /* one blank grid line between the body and the note, none inside it */
  line_pitch = g_array_index (body->rects, PopplerRectangle, 0).y1 -
               g_array_index (body_before->rects, PopplerRectangle, 0).y1;
  g_assert_cmpfloat (line_pitch, >, 20);
  g_assert_cmpfloat_with_epsilon (g_array_index (note->rects, PopplerRectangle, 0).y1 -
                                  g_array_index (body->rects, PopplerRectangle, 0).y1, 2 * line_pitch, 0.5);
  /* (poppler boxes a line opening with a digit by the digit's face: the
   * wrapped line, opening with a Han character, is two lines down) */
  g_assert_cmpfloat_with_epsilon (g_array_index (wrapped->rects, PopplerRectangle, 0).y1 -
                                  g_array_index (note->rects, PopplerRectangle, 0).y1, 2 * line_pitch, 0.5);

  /* 附件： two cells in from the body's flush-left continuation line */
  left = char_x (body, 0);
  g_assert_cmpfloat_with_epsilon (char_x (note, 0) - left, 2 * pitch, 0.5);
  /* numbers under the first, the wrapped name under the name */
  g_assert_cmpfloat_with_epsilon (char_x (second, 0), char_x (note, 3), 0.5);
  g_assert_cmpfloat_with_epsilon (char_x (third, 0), char_x (note, 3), 0.5);
  g_assert_cmpfloat_with_epsilon (char_x (wrapped, 0), char_x (second, 2), 0.5);
  g_assert_cmpfloat (char_x (wrapped, 0), >, char_x (second, 0) + 0.5 * pitch);
}

/* What the PNG export refuses before anything is typeset or written. */
static void
test_png_check (void)
{
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-png-XXXXXX");
  g_autofree char *file_path = g_build_filename (dir, "a-file", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autoptr(GFile) missing = g_file_new_for_path (new_path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (file_path, "x", -1, NULL));
  g_assert_true (fy_render_check_png_pages (folder, 150, &error));
  g_assert_no_error (error);
  g_assert_true (fy_render_check_png_pages (missing, 10, &error));
  g_assert_no_error (error);

  g_assert_false (fy_render_check_png_pages (file, 150, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);
  g_assert_nonnull (strstr (error->message, "is a file"));
  g_clear_error (&error);

  g_assert_false (fy_render_check_png_pages (folder, 5, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);
  g_clear_error (&error);
  g_assert_false (fy_render_check_png_pages (folder, 1201, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);

  fy_test_remove_tree (dir);
}

/* Line @prefix opens with: its middle, from its first and last glyphs. */
static double
line_middle (GPtrArray  *lines,
             const char *prefix)
{
  guint at;
  FyTestPdfLine *line = line_starting (lines, prefix, &at);
  const PopplerRectangle *first = &g_array_index (line->rects, PopplerRectangle, 0);
  const PopplerRectangle *last = &g_array_index (line->rects, PopplerRectangle, line->rects->len - 1);

  return (first->x1 + last->x2) / 2;
}

/* The lines of @document_owned (taken) in the gbt9704 preset, with the middle of the
 * type area (@middle) and where an indented line starts (@indent). */
static GPtrArray *
render_lines (FyDocument *document_owned,
              double     *middle,
              double     *indent)
{
  g_autoptr(FyDocument) document = document_owned;
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset ("gbt9704", &error);
  g_autoptr(PopplerDocument) pdf = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (document);
  *middle = fy_style_get_margin_left (style) + fy_style_get_type_width (style) / 2;
  *indent = fy_style_get_margin_left (style) + 2 * fy_style_get_char_pitch (style);
  pdf = render_to_pdf (document, "gbt9704", NULL, NULL);
  return fy_test_pdf_lines (pdf);
}

/* Where line @prefix opens with starts. */
static double
line_start (GPtrArray  *lines,
            const char *prefix)
{
  guint at;
  FyTestPdfLine *line = line_starting (lines, prefix, &at);

  return g_array_index (line->rects, PopplerRectangle, 0).x1;
}

/* An image is not printed (the importer warns, naming the line); its
 * description stands where the figure goes, centred with no indent as a
 * figure's caption is, not as an indented body paragraph. */
static void
test_render_image_caption (void)
{
  static const char text[] =
    "# 关于全市城乡居民收入情况的分析报告\n\n"
    "2025年，全市居民人均可支配收入达到38652元，比上年增长5.9%，增速高于全省平均水平。\n\n"
    "![图1　2021—2025年全市居民人均可支配收入及增速](fig-trend.png)\n\n"
    "城乡居民收入比由上年的2.03缩小至1.97，城乡差距继续缩小。\n";
  double middle, indent;
  g_autoptr(GPtrArray) lines = render_lines (fy_import_markdown (text, -1, NULL), &middle, &indent);

  g_assert_cmpfloat_with_epsilon (line_middle (lines, "图1"), middle, 1.0);
  /* the paragraph after it keeps its 2-character indent */
  g_assert_cmpfloat_with_epsilon (line_start (lines, "城乡居民收入比"), indent, 1.0);
}

/* The chapters of a regulation (第一章　总则) stand centred over their
 * articles; the articles keep the 2-character indent. */
static void
test_render_chapters (void)
{
  static const char text[] =
    "某市城市社区物业服务管理办法\n\n"
    "第一章　总则\n\n"
    "第一条　为了规范城市社区物业服务活动，维护业主和物业服务企业的合法权益，制定本办法。\n\n"
    "第二条　本市城市规划区范围内住宅小区的物业服务及其监督管理活动，适用本办法。\n\n"
    "第二章　业主、业主大会和业主委员会\n\n"
    "第三条　房屋的所有权人为业主。\n";
  static const char * const chapters[] = { "第一章", "第二章" };
  double middle, indent;
  g_autoptr(GPtrArray) lines = render_lines (fy_import_plain_text (text, -1, NULL), &middle, &indent);

  for (guint i = 0; i < G_N_ELEMENTS (chapters); i++)
    g_assert_cmpfloat_with_epsilon (line_middle (lines, chapters[i]), middle, 1.0);
  g_assert_cmpfloat_with_epsilon (line_start (lines, "第三条"), indent, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/render/png-check", test_png_check);
  fy_core_init ();

  g_test_add_func ("/core/render/sample", test_render_sample);
  g_test_add_func ("/core/render/corpus", test_render_corpus);
  g_test_add_func ("/core/render/stress", test_render_stress);
  g_test_add_func ("/core/render/metadata", test_render_metadata);
  g_test_add_func ("/core/render/metadata-follows-fields", test_render_metadata_follows_fields);
  g_test_add_func ("/core/render/unwritable", test_render_unwritable);
  g_test_add_func ("/core/render/pdf-file-input", test_render_pdf_file_input);
  g_test_add_func ("/core/render/png", test_render_png);
  g_test_add_func ("/core/render/reserved-text", test_render_reserved_text);
  g_test_add_func ("/core/render/page-numbers-off", test_render_page_numbers_off);
  g_test_add_func ("/core/render/cli", test_render_cli);
  g_test_add_func ("/core/render/compact", test_render_compact);
  g_test_add_func ("/core/render/squeezed-marks", test_render_squeezed_marks);
  g_test_add_func ("/core/render/heading-quotes", test_render_heading_quotes);
  g_test_add_func ("/core/render/attachment-note", test_render_attachment_note);
  g_test_add_func ("/core/render/image-caption", test_render_image_caption);
  g_test_add_func ("/core/render/chapters", test_render_chapters);

  return g_test_run ();
}

/* test-typesetter.c — one test per typesetting rule, on crafted strings
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-layout.h"

/* 28 characters: a full line, or 26 after the indent and 2 more */
#define HAN26 "中华人民共和国宪法规定全国人民代表大会是最高国家权力机关"
#define FIRST26 "中华人民共和国宪法规定全国人民代表大会是最高国家权力"

static FyLayout *
layout_paragraph_in (const char *preset,
                     const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset (preset, &error);
  g_autoptr(FyDocument) document = fy_document_new ();

  g_assert_no_error (error);
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, text));
  return fy_test_layout_document (style, document);
}

static FyLayout *
layout_paragraph (const char *text)
{
  return layout_paragraph_in ("gbt9704", text);
}

static gunichar
first_char (const char *text)
{
  return g_utf8_get_char (text);
}

static gunichar
last_char (const char *text)
{
  return *text ? g_utf8_get_char (g_utf8_prev_char (text + strlen (text))) : 0;
}

static const char *no_start = "、。，．：；？！”’）》〉】〕」』〗］｝～–·・‧／";
static const char *no_end = "“‘（《〈【〔「『〖［｛／";

static void
assert_kinsoku (FyLayout *layout)
{
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);

  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *t = fy_test_line_text (g_ptr_array_index (lines, i));

      if (i > 0 && *t)
        g_assert_null (g_utf8_strchr (no_start, -1, first_char (t)));
      if (i + 1 < lines->len && *t)
        g_assert_null (g_utf8_strchr (no_end, -1, last_char (t)));
    }
}

/* On the grid (gbt9704), a line of Han characters and marks alone that
 * broke one character early because the next line would otherwise start
 * with a mark that may not start it (push-out) keeps every character on
 * its cell and ends short of the type area. */
static gboolean
pushed_out_on_grid (FyLayout   *layout,
                    FyPageLine *pl,
                    FyParaLine *line)
{
  FyCluster *c = (FyCluster *) pl->para->clusters->data;
  guint n = pl->para->clusters->len;
  guint next = line->last;

  if (fy_style_get_punctuation (layout->style) != FY_PUNCTUATION_FULL || next + 1 >= n)
    return FALSE;
  for (guint k = line->first; k < line->last; k++)
    if (c[k].latin_alnum || c[k].compressed > 0 ||
        fabs (c[k].x - c[line->first].x - (k - line->first) * c[k].cell) > 0.01)
      return FALSE;
  return c[next + 1].no_start || c[next].no_end || c[next + 1].in_unit ||
         c[next].klass == FY_CLASS_DASH || c[next].klass == FY_CLASS_ELLIPSIS;
}

/* Every line fits the type area; every non-last line of a justified
 * paragraph fills it exactly, but for a line pushed out on the grid. */
static void
assert_justified (FyLayout *layout)
{
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  double width = fy_style_get_type_width (layout->style);

  for (guint i = 0; i < lines->len; i++)
    {
      FyPageLine *pl = g_ptr_array_index (lines, i);
      FyParaLine *line = fy_test_para_line (pl);
      FyCluster *c = (FyCluster *) pl->para->clusters->data;
      double right;
      guint end = line->last;

      if (line->first == line->last)
        continue;
      while (end > line->first + 1 && c[end - 1].klass == FY_CLASS_SPACE)
        end--;
      right = c[end - 1].x + c[end - 1].width;
      /* The one exception (fy-linebreak-fit.c, last_resort()): a line of
       * Han characters alone that nothing before it can rescue keeps the
       * closing mark that follows it, compressed to its ink half, which
       * hangs past the type area; the characters stay on the grid. */
      if (right > width + 0.01 && c[end - 1].x >= width - 0.01 &&
          (c[end - 1].klass == FY_CLASS_CLOSE || c[end - 1].klass == FY_CLASS_COMMA ||
           c[end - 1].klass == FY_CLASS_STOP))
        {
          g_assert_cmpfloat_with_epsilon (c[end - 1].x, width, 0.01);
          g_assert_cmpfloat (c[end - 1].width, <=, c[end - 1].cell / 2 + 0.01);
          /* a short quote the mark closes came with it, compressed */
          for (guint k = line->first; k + 1 < end; k++)
            if (c[k].klass != FY_CLASS_HAN)
              {
                g_assert_true (c[k].klass == FY_CLASS_OPEN || c[k].klass == FY_CLASS_CLOSE);
                g_assert_cmpfloat (c[k].width, <=, c[k].cell / 2 + 0.01);
              }
          continue;
        }
      g_assert_cmpfloat (right, <=, width + 0.01);
      if (!line->last_of_paragraph && !pushed_out_on_grid (layout, pl, line))
        g_assert_cmpfloat_with_epsilon (right, width, 0.01);
    }
}

static void
test_kinsoku_line_start (void)
{
  for (const char *p = no_start; *p; p = g_utf8_next_char (p))
    {
      char mark[8] = { 0 };
      g_autofree char *text = NULL;
      g_autoptr(FyLayout) layout = NULL;
      g_autofree char *joined = NULL;

      g_unichar_to_utf8 (g_utf8_get_char (p), mark);
      /* the mark falls right after the 26th (last) cell of the first line */
      text = g_strconcat (FIRST26, mark, "代表大会和常委会行使国家立法权。", NULL);
      layout = layout_paragraph (text);
      assert_kinsoku (layout);
      assert_justified (layout);
      joined = fy_test_joined_text (layout);
      g_assert_cmpstr (joined, ==, text);
    }
}

static void
test_kinsoku_line_end (void)
{
  for (const char *p = no_end; *p; p = g_utf8_next_char (p))
    {
      char mark[8] = { 0 };
      g_autofree char *text = NULL;
      g_autoptr(FyLayout) layout = NULL;
      g_autofree char *joined = NULL;
      g_autofree char *first = NULL;

      g_unichar_to_utf8 (g_utf8_get_char (p), mark);
      /* the bracket would be the last character of the first line */
      text = g_strconcat ("中华人民共和国宪法规定全国人民代表大会是最高国家权", mark,
                          "关于代表大会和常委会", "的规定。", NULL);
      layout = layout_paragraph (text);
      assert_kinsoku (layout);
      assert_justified (layout);
      joined = fy_test_joined_text (layout);
      g_assert_cmpstr (joined, ==, text);
    }
}

/* Width of the clusters of the first line whose text starts at @needle. */
static double
pair_width (FyLayout   *layout,
            const char *needle)
{
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  FyPageLine *pl = g_ptr_array_index (lines, 0);
  const char *at = strstr (pl->para->text, needle);
  guint start = at - pl->para->text;
  guint end = start + strlen (needle);
  double w = 0;

  for (guint k = 0; k < pl->para->clusters->len; k++)
    {
      FyCluster *c = fy_test_cluster (pl, k);

      if (c->start >= start && c->end <= end)
        w += c->width;
    }
  return w;
}

/* A unit's product dot (kW·h, t/km²·a) is set in the Latin face at its
 * own width, part of its Latin run; the interpunct of a foreign name
 * (约翰·史密斯) or of a date naming an event (“6·26”) keeps its cell (sweep10 b7 printed "kW · h", the dot a
 * full em of the CJK face). */
static void
test_unit_dot (void)
{
  g_autoptr(FyLayout) unit = layout_paragraph ("全年节电约1260万kW·h，土壤侵蚀模数下降至980 t/km²·a。");
  g_autoptr(FyLayout) name = layout_paragraph ("他引用了约翰·史密斯的话，部署“6·26”国际禁毒日宣传。");
  double body = 16.0;

  g_assert_cmpfloat (pair_width (unit, "·h"), <, 0.4 * body + pair_width (unit, "h"));
  g_assert_cmpfloat (pair_width (unit, "·a"), <, 0.4 * body + pair_width (unit, "a"));
  g_assert_cmpfloat (pair_width (name, "·"), >, 0.9 * body);
  g_assert_cmpfloat (pair_width (name, "6·26"), >, 0.9 * body + pair_width (name, "26"));
}

static void
test_compression_pairs (void)
{
  static const char *pairs[] = { "。”", "，“", "）。", "》、", "”，", "：“", "、（" };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *text = g_strconcat ("他说", pairs[i], "好", NULL);
      g_autoptr(FyLayout) layout = layout_paragraph_in ("review", text);
      g_autoptr(FyLayout) grid = layout_paragraph (text);
      double pitch = fy_style_get_char_pitch (layout->style);

      /* 2 em → 1.5 em where the preset compresses (review) */
      g_assert_cmpfloat_with_epsilon (pair_width (layout, pairs[i]), 1.5 * pitch, 0.01);
      /* on the gbt9704 grid (全角式, spec §4) two marks take two cells */
      g_assert_cmpfloat_with_epsilon (pair_width (grid, pairs[i]), 2 * pitch, 0.01);
    }

  /* not marks: no compression */
  {
    g_autoptr(FyLayout) layout = layout_paragraph ("他说好。");
    double pitch = fy_style_get_char_pitch (layout->style);

    g_assert_cmpfloat_with_epsilon (pair_width (layout, "好。"), 2 * pitch, 0.01);
  }
}

static void
test_compression_line_end (void)
{
  /* 24 + ， + 1 + 。 = 27 cells on a 26-cell first line.  On the gbt9704
   * grid (spec §4: the grid first, no hanging, no squeezing where the
   * line can break legally) 权 goes down with its 。 and the line keeps
   * every character on its cell, one cell short of the measure. */
  g_autoptr(FyLayout) layout = layout_paragraph ("中华人民共和国宪法规定全国人民代表大会是最高国家，权。力机关。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  FyPageLine *pl = g_ptr_array_index (lines, 0);
  FyParaLine *line = fy_test_para_line (pl);
  g_autofree char *t = fy_test_line_text (pl);
  double pitch = fy_style_get_char_pitch (layout->style);
  FyCluster *first = fy_test_cluster (pl, line->first);
  FyCluster *end = fy_test_cluster (pl, line->last - 1);

  g_assert_true (g_str_has_suffix (t, "国家，"));
  g_assert_true (pushed_out_on_grid (layout, pl, line));
  g_assert_cmpfloat_with_epsilon (end->width, pitch, 0.01);
  g_assert_cmpfloat_with_epsilon (end->x - first->x, (line->last - 1 - line->first) * pitch, 0.01);
  g_assert_cmpfloat_with_epsilon (end->x + end->width, fy_style_get_type_width (layout->style) - pitch, 0.01);
  assert_justified (layout);
}

static void
test_dash_at_break (void)
{
  /* —— would straddle the end of the first line */
  g_autoptr(FyLayout) layout = layout_paragraph ("中华人民共和国宪法规定全国人民代表大会是最高国家权——力机关，这是根本政治制度。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);

  assert_kinsoku (layout);
  assert_justified (layout);
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      g_autofree char *a = fy_test_line_text (g_ptr_array_index (lines, i));
      g_autofree char *b = fy_test_line_text (g_ptr_array_index (lines, i + 1));

      g_assert_false (last_char (a) == 0x2014 && first_char (b) == 0x2014);
    }
  {
    g_autofree char *first = fy_test_line_text (g_ptr_array_index (lines, 0));
    g_autofree char *second = fy_test_line_text (g_ptr_array_index (lines, 1));

    g_assert_true (g_str_has_suffix (first, "——") || g_str_has_prefix (second, "——"));
  }
}

static void
test_dash_strict (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_data ("{ \"format\": \"fayan-style\", \"version\": 1, \"id\": \"strict\", \"strict\": true }", -1, &error);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  g_assert_no_error (error);
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                            "中华人民共和国宪法规定全国人民代表大会是最高国家权力机关——这是根本政治制度……是的。"));
  layout = fy_test_layout_document (style, document);
  lines = fy_test_body_lines (layout);
  for (guint i = 1; i < lines->len; i++)
    {
      g_autofree char *t = fy_test_line_text (g_ptr_array_index (lines, i));

      g_assert_cmpuint (first_char (t), !=, 0x2014);
      g_assert_cmpuint (first_char (t), !=, 0x2026);
    }
}

static gboolean
is_latin_letter (gunichar ch)
{
  return ch < 128 && g_ascii_isalpha (ch);
}

static void
test_latin_word_at_break (void)
{
  g_autoptr(FyLayout) layout = layout_paragraph ("中华人民共和国宪法规定全国人民代表大会是最高国家权Typesetting机关，也是Fayan的例子。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);

  for (guint i = 0; i + 1 < lines->len; i++)
    {
      g_autofree char *a = fy_test_line_text (g_ptr_array_index (lines, i));
      g_autofree char *b = fy_test_line_text (g_ptr_array_index (lines, i + 1));

      g_assert_false (is_latin_letter (last_char (a)) && is_latin_letter (first_char (b)));
    }
  assert_justified (layout);
}

static void
test_long_digit_run (void)
{
  GString *text = g_string_new ("共计");
  g_autoptr(FyLayout) layout = NULL;
  g_autofree char *joined = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append_c (text, '0' + i % 10);
  g_string_append (text, "个。");

  layout = layout_paragraph (text->str);
  joined = fy_test_joined_text (layout);
  g_assert_cmpstr (joined, ==, text->str);
  lines = fy_test_body_lines (layout);
  g_assert_cmpuint (lines->len, >=, 4);
  /* the run is longer than a line, so it is split and every line is full */
  assert_justified (layout);
  {
    g_autofree char *first = fy_test_line_text (g_ptr_array_index (lines, 0));

    g_assert_true (g_str_has_prefix (first, "共计0123"));
  }
  g_string_free (text, TRUE);
}

static void
test_empty_and_punctuation (void)
{
  g_autoptr(FyLayout) empty = layout_paragraph ("");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (empty);
  GString *punct = g_string_new (NULL);
  g_autoptr(FyLayout) layout = NULL;
  g_autofree char *joined = NULL;

  g_assert_cmpuint (fy_layout_get_n_pages (empty), ==, 1);
  g_assert_cmpuint (lines->len, ==, 1);

  for (guint i = 0; i < 20; i++)
    g_string_append (punct, "，。！？……“”");
  layout = layout_paragraph (punct->str);
  joined = fy_test_joined_text (layout);
  g_assert_cmpstr (joined, ==, punct->str);
  {
    g_autoptr(GPtrArray) plines = fy_test_body_lines (layout);
    double width = fy_style_get_type_width (layout->style);

    for (guint i = 0; i < plines->len; i++)
      {
        FyPageLine *pl = g_ptr_array_index (plines, i);
        FyParaLine *line = fy_test_para_line (pl);
        FyCluster *c = fy_test_cluster (pl, line->last - 1);

        g_assert_cmpfloat (c->x + c->width, <=, width + 0.01);
      }
  }
  g_string_free (punct, TRUE);
}

/* Whether a non-last line is Han characters alone spread over more cells
 * than it has characters: off the grid. */
static gboolean
line_off_grid (FyPageLine *pl,
               double      pitch)
{
  FyParaLine *line = fy_test_para_line (pl);
  FyCluster *c = (FyCluster *) pl->para->clusters->data;

  if (line->last_of_paragraph || line->first == line->last)
    return FALSE;
  for (guint k = line->first; k < line->last; k++)
    if (c[k].klass != FY_CLASS_HAN)
      return FALSE;
  /* spread: a gap between cells, or a cell of another width */
  for (guint k = line->first; k < line->last; k++)
    {
      if (ABS (c[k].width - pitch) > 0.001)
        return TRUE;
      if (k + 1 < line->last && ABS (c[k + 1].x - (c[k].x + c[k].width)) > 0.001)
        return TRUE;
    }
  return FALSE;
}

#define LINE26 "代表联络站是人大代表联系群众的重要平台，我们要建好用"
#define HAN28 "让群众的意见建议及时反映上来切实发挥好联络站的桥梁纽带作"

/*
 * The keep-grid tests below pin the repair of the presets that compress
 * marks (review, reading): there a line may take in or give away a
 * character to keep the next one on the grid.  The gbt9704 preset holds
 * the grid by 全角式 instead (spec §4: never squeeze to gain a character
 * on a line that breaks legally): see the grid tests after them.
 */

/* 28 Han characters, then a mark that may not start a line.  Greedy
 * filling would push one character out and spread 27 over 28 cells; the
 * line before (which has a comma to take the slack) gives one character
 * to the next instead, so the Han line stays on its cells. */
static void
test_keep_grid_line_before (void)
{
  g_autoptr(FyLayout) layout = layout_paragraph_in ("review", LINE26 HAN28 "。谢谢大家。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  double pitch = fy_style_get_char_pitch (layout->style);
  FyPageLine *second;

  g_assert_cmpuint (lines->len, ==, 3);
  g_assert_cmpuint (fy_test_para_line (g_ptr_array_index (lines, 0))->last, ==, 25);
  second = g_ptr_array_index (lines, 1);
  g_assert_cmpuint (fy_test_para_line (second)->last, ==, 53);
  for (guint i = 0; i < lines->len; i++)
    g_assert_false (line_off_grid (g_ptr_array_index (lines, i), pitch));
  for (guint k = 25; k < 53; k++)
    g_assert_cmpfloat_with_epsilon (fy_test_cluster (second, k)->x, (k - 25) * pitch, 0.001);
  assert_kinsoku (layout);
  assert_justified (layout);
}

/* A first line of Han characters alone, followed by a comma: no line
 * before can help, so the comma stays, compressed to its ink half that
 * hangs past the type area; the 26 characters keep their cells. */
static void
test_keep_grid_hang (void)
{
  /* 26 characters: the first line's measure after the indent */
  g_autoptr(FyLayout) layout = layout_paragraph_in ("review", "中华人民共和国宪法规定全国人民代表大会是最高国家权力"
                                                 "，也是立法机关。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  double pitch = fy_style_get_char_pitch (layout->style);
  double width = fy_style_get_type_width (layout->style);
  FyPageLine *first = g_ptr_array_index (lines, 0);
  FyCluster *comma;

  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpuint (fy_test_para_line (first)->last, ==, 27);
  for (guint k = 0; k < 26; k++)
    g_assert_cmpfloat_with_epsilon (fy_test_cluster (first, k)->x, (k + 2) * pitch, 0.001);
  comma = fy_test_cluster (first, 26);
  g_assert_cmpfloat_with_epsilon (comma->x, width, 0.01);
  g_assert_cmpfloat_with_epsilon (comma->width, pitch / 2, 0.01);
  assert_kinsoku (layout);
}

/* The same last resort when the mark closes a one-character quote
 * (……中的“纲”。): the quote comes onto the line with its mark, its
 * quotes compressed (push-in) and the full stop hanging; spreading 13
 * characters over 15 cells (push-out) would move all of them. */
static void
test_keep_grid_hang_quote (void)
{
  /* reading: 15 cells after the indent; 13 Han characters, then “纲”。 */
  g_autoptr(FyLayout) layout = layout_paragraph_in ("reading", "作风建设是干部队伍建设中的“纲”。"
                                                 "抓住了作风，就抓住了队伍建设的关键。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  double pitch = fy_style_get_char_pitch (layout->style);
  double width = fy_style_get_type_width (layout->style);
  FyPageLine *first = g_ptr_array_index (lines, 0);
  g_autofree char *t = fy_test_line_text (first);
  FyCluster *stop;

  g_assert_cmpstr (t, ==, "作风建设是干部队伍建设中的“纲”。");
  for (guint k = 0; k < 13; k++)
    g_assert_cmpfloat_with_epsilon (fy_test_cluster (first, k)->x, (k + 2) * pitch, 0.001);
  stop = fy_test_cluster (first, 16);
  g_assert_cmpfloat_with_epsilon (stop->x, width, 0.01);
  g_assert_cmpfloat (stop->width, <=, pitch / 2 + 0.01);
  assert_kinsoku (layout);
  assert_justified (layout);
}

/* The last resort of a first line can leave the next one spread: here
 * the comma that hangs from the first line (……心头上，) brings the
 * second line to 17 Han characters before 、, and that line takes the
 * same resort rather than 16 characters spread over 17 cells. */
static void
test_keep_grid_hang_chain (void)
{
  g_autoptr(FyLayout) layout = layout_paragraph_in ("reading", "干部要始终把群众利益放在心头上，"
                                                 "把实事办好把好事办实把民生工作做细、做实、"
                                                 "做到群众心坎上，让群众真正得到实惠。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  double pitch = fy_style_get_char_pitch (layout->style);
  FyPageLine *first, *second;
  g_autofree char *t1 = NULL;
  g_autofree char *t2 = NULL;

  g_assert_cmpuint (lines->len, >=, 2);
  first = g_ptr_array_index (lines, 0);
  second = g_ptr_array_index (lines, 1);
  t1 = fy_test_line_text (first);
  t2 = fy_test_line_text (second);
  g_assert_cmpstr (t1, ==, "干部要始终把群众利益放在心头上，");
  g_assert_cmpstr (t2, ==, "把实事办好把好事办实把民生工作做细、");
  for (guint k = 0; k < 15; k++)
    g_assert_cmpfloat_with_epsilon (fy_test_cluster (first, k)->x, (k + 2) * pitch, 0.001);
  for (guint k = 16; k < 33; k++)
    g_assert_cmpfloat_with_epsilon (fy_test_cluster (second, k)->x, (k - 16) * pitch, 0.001);
  assert_kinsoku (layout);
  assert_justified (layout);
}

/* A first line of Han characters alone that a number and its unit do
 * not fit after (……之日起|15个): the digits come onto the line and the
 * unit goes down (the soft split), rather than 24 cells spread over 26. */
static void
test_keep_grid_soft_split (void)
{
  /* review: 26 cells after the indent; 24 cells, then 15个 (2¼ cells) */
  g_autoptr(FyLayout) layout = layout_paragraph_in ("review", "第七条　区县人民政府有关部门应当自接到投诉之日起"
                                                 "15个工作日内作出答复；情况复杂的，经本机关负责人批准，"
                                                 "可以适当延长，但最多不超过30个工作日。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  double pitch = fy_style_get_char_pitch (layout->style);
  FyPageLine *first = g_ptr_array_index (lines, 0);
  g_autofree char *t = fy_test_line_text (first);
  g_autofree char *next = fy_test_line_text (g_ptr_array_index (lines, 1));
  guint last = fy_test_para_line (first)->last;

  g_assert_cmpstr (t, ==, "第七条　区县人民政府有关部门应当自接到投诉之日起15");
  g_assert_true (g_str_has_prefix (next, "个工作日内"));
  /* no letter-spacing: the line's ¾ cell of slack is shared by all its
   * gaps, under 1/16 cell each (spread, 2 cells over 23 gaps) */
  for (guint k = 1; k + 1 < last; k++)
    if (fy_test_cluster (first, k)->klass == FY_CLASS_HAN && fy_test_cluster (first, k - 1)->klass == FY_CLASS_HAN)
      g_assert_cmpfloat (fy_test_cluster (first, k)->x - fy_test_cluster (first, k - 1)->x, <, pitch * 17 / 16);
  assert_kinsoku (layout);
  assert_justified (layout);
}

/* 孤字: "用。" alone on the last line is avoided by giving the line before
 * it company: the second line (Han alone) cannot give a character without
 * leaving the grid, so the first, whose comma takes the slack, gives one. */
static void
test_no_single_last_character (void)
{
  g_autoptr(FyLayout) layout = layout_paragraph_in ("review", LINE26 HAN28 "用。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  double pitch = fy_style_get_char_pitch (layout->style);
  g_autofree char *last = NULL;

  g_assert_cmpuint (lines->len, ==, 3);
  last = fy_test_line_text (g_ptr_array_index (lines, 2));
  g_assert_cmpstr (last, ==, "作用。");
  for (guint i = 0; i < lines->len; i++)
    g_assert_false (line_off_grid (g_ptr_array_index (lines, i), pitch));
  assert_kinsoku (layout);
  assert_justified (layout);
}

/* gbt9704, 全角式: a line that breaks legally takes exactly its cells,
 * and a mark keeps its full cell, even where squeezing it would take in
 * one more character. */
static void
test_grid_no_squeeze (void)
{
  /* 26 cells on the first line, the 27th character is Han: the comma in
   * the line keeps its cell, nothing is squeezed */
  g_autoptr(FyLayout) layout = layout_paragraph (LINE26 HAN28 "谢谢大家。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  double pitch = fy_style_get_char_pitch (layout->style);
  FyPageLine *first = g_ptr_array_index (lines, 0);
  FyPageLine *second = g_ptr_array_index (lines, 1);

  g_assert_cmpuint (fy_test_para_line (first)->last, ==, 26);
  g_assert_cmpuint (fy_test_para_line (second)->last, ==, 54);
  for (guint k = 0; k < 26; k++)
    {
      g_assert_cmpfloat_with_epsilon (fy_test_cluster (first, k)->x, (k + 2) * pitch, 0.001);
      g_assert_cmpfloat_with_epsilon (fy_test_cluster (first, k)->width, pitch, 0.001);
    }
  for (guint k = 26; k < 54; k++)
    g_assert_cmpfloat_with_epsilon (fy_test_cluster (second, k)->x, (k - 26) * pitch, 0.001);
  assert_kinsoku (layout);
  assert_justified (layout);
}

/* A closing mark that would start the next line: the character before it
 * goes down with it (push-out), and the line keeps every character on its
 * column, one cell short of the measure (spec §4: the grid first, no
 * hanging; nothing is squeezed where the line can break legally). */
static void
test_grid_push_out_for_kinsoku (void)
{
  /* LINE26 ends on its 26th cell; "。" would start the second line */
  g_autoptr(FyLayout) layout = layout_paragraph (LINE26 "。" HAN28 "谢谢大家。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  double pitch = fy_style_get_char_pitch (layout->style);
  FyPageLine *first = g_ptr_array_index (lines, 0);
  FyPageLine *second = g_ptr_array_index (lines, 1);
  g_autofree char *t = fy_test_line_text (second);

  g_assert_cmpuint (fy_test_para_line (first)->last, ==, 25);
  g_assert_true (g_str_has_prefix (t, "用。"));
  for (guint k = 0; k < 25; k++)
    {
      g_assert_cmpfloat_with_epsilon (fy_test_cluster (first, k)->x, (k + 2) * pitch, 0.001);
      g_assert_cmpfloat_with_epsilon (fy_test_cluster (first, k)->width, pitch, 0.001);
    }
  g_assert_cmpfloat_with_epsilon (fy_test_para_line (first)->width, 25 * pitch, 0.01);
  for (guint k = 25; k < fy_test_para_line (second)->last; k++)
    g_assert_cmpfloat_with_epsilon (fy_test_cluster (second, k)->x, (k - 25) * pitch, 0.001);
  assert_kinsoku (layout);
  assert_justified (layout);
}

/* "”。" after a full line: the break moves before the opening quote, which
 * may not end a line, and the line keeps its columns. */
static void
test_grid_push_out_pair (void)
{
  g_autoptr(FyLayout) layout = layout_paragraph ("代表联络站是人大代表联系群众的重要平台，我们要建“好”。"
                                                 HAN28 "谢谢大家。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  g_autofree char *t = fy_test_line_text (g_ptr_array_index (lines, 0));
  g_autofree char *u = fy_test_line_text (g_ptr_array_index (lines, 1));
  double pitch = fy_style_get_char_pitch (layout->style);

  g_assert_true (g_str_has_suffix (t, "要建"));
  g_assert_true (g_str_has_prefix (u, "“好”。"));
  for (guint k = 0; k < 24; k++)
    g_assert_cmpfloat_with_epsilon (fy_test_cluster (g_ptr_array_index (lines, 0), k)->x, (k + 2) * pitch, 0.001);
  assert_kinsoku (layout);
  assert_justified (layout);
}

/* Han text from a pool, @n characters, a comma after every @every (0: none). */
static char *
han_text (guint n,
          guint every)
{
  static const char pool[] = "坚持党的领导人民当家作主依法治国有机统一发展全过程人民民主";
  GString *str = g_string_new (NULL);
  glong pool_len = g_utf8_strlen (pool, -1);

  for (guint k = 0; k < n; k++)
    {
      g_string_append_unichar (str, g_utf8_get_char (g_utf8_offset_to_pointer (pool, k % pool_len)));
      if (every > 0 && (k + 1) % every == 0 && k + 1 < n)
        g_string_append (str, "，");
    }
  return g_string_free (str, FALSE);
}

/* A mark that may not start a line after runs of Han of every length:
 * no line of Han alone ever leaves the grid, nothing is prohibited, and
 * the text is kept. */
static void
test_keep_grid_sweep (void)
{
  const char *marks[] = { "，", "。", "、", "”", "）", "：" };

  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    for (guint n = 20; n <= 90; n++)
      {
        g_autofree char *run = han_text (n, 0);
        g_autofree char *rest = han_text (40, 7);
        g_autofree char *text = g_strconcat (run, marks[m], rest, "。", NULL);
        g_autoptr(FyLayout) layout = layout_paragraph_in ("review", text);
        g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
        double pitch = fy_style_get_char_pitch (layout->style);
        g_autofree char *joined = fy_test_joined_text (layout);

        for (guint i = 0; i < lines->len; i++)
          if (line_off_grid (g_ptr_array_index (lines, i), pitch))
            {
              g_autofree char *t = fy_test_line_text (g_ptr_array_index (lines, i));

              g_test_message ("off the grid with %u characters before %s: %s", n, marks[m], t);
              g_assert_not_reached ();
            }
        assert_kinsoku (layout);
        assert_justified (layout);
        g_assert_cmpstr (joined, ==, text);
      }
}

/* Paragraphs of every length with commas in their lines: the last line
 * never holds a single character. */
static void
test_no_single_last_character_sweep (void)
{
  for (guint n = 30; n <= 120; n++)
    {
      g_autofree char *body = han_text (n, 9);
      g_autofree char *text = g_strconcat (body, "。", NULL);
      g_autoptr(FyLayout) layout = layout_paragraph_in ("review", text);
      g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
      g_autofree char *last = fy_test_line_text (g_ptr_array_index (lines, lines->len - 1));
      guint letters = 0;

      for (const char *q = last; *q; q = g_utf8_next_char (q))
        if (!g_unichar_ispunct (g_utf8_get_char (q)))
          letters++;
      if (lines->len > 1 && letters < 2)
        {
          g_test_message ("%u characters: last line %s", n, last);
          g_assert_not_reached ();
        }
      assert_kinsoku (layout);
      assert_justified (layout);
    }
}

static void
test_han_latin_spacing (void)
{
  g_autoptr(FyLayout) layout = layout_paragraph ("共有2100人参加。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  FyPageLine *pl = g_ptr_array_index (lines, 0);
  FyCluster *you = fy_test_cluster (pl, 1);
  FyCluster *two = fy_test_cluster (pl, 2);
  FyCluster *zero = fy_test_cluster (pl, 5);
  FyCluster *ren = fy_test_cluster (pl, 6);

  g_assert_cmpuint (two->ch, ==, '2');
  g_assert_cmpfloat_with_epsilon (two->x - (you->x + you->width), 4.0, 0.01);
  g_assert_cmpfloat_with_epsilon (ren->x - (zero->x + zero->width), 4.0, 0.01);
  /* none inside the digit run */
  g_assert_cmpfloat_with_epsilon (fy_test_cluster (pl, 3)->x, two->x + two->width, 0.01);
}

static void
test_indent_and_grid (void)
{
  g_autoptr(FyLayout) layout = layout_paragraph (HAN26 "中华人民共和国宪法规定全国人民代表大会是最高国家权力机关和立法机关。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  double pitch = fy_style_get_char_pitch (layout->style);
  FyPageLine *first = g_ptr_array_index (lines, 0);
  FyPageLine *second = g_ptr_array_index (lines, 1);

  /* 2 字 indent, then every Han character on its own cell */
  for (guint k = fy_test_para_line (first)->first; k < fy_test_para_line (first)->last; k++)
    g_assert_cmpfloat_with_epsilon (fy_test_cluster (first, k)->x, (k + 2) * pitch, 0.001);
  for (guint k = fy_test_para_line (second)->first; k < fy_test_para_line (second)->last && k < 54; k++)
    g_assert_cmpfloat_with_epsilon (fy_test_cluster (second, k)->x, (k - 26) * pitch, 0.001);
  g_assert_cmpuint (fy_test_para_line (first)->last, ==, 26);
  /* last line natural */
  g_assert_true (fy_test_para_line (g_ptr_array_index (lines, lines->len - 1))->last_of_paragraph);
  assert_justified (layout);
}

static void
test_bold_lead_grid (void)
{
  g_autoptr(FyStyle) style = fy_test_default_style ();
  g_autoptr(FyDocument) document = fy_document_new ();
  FyBlock *block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  FyPageLine *pl;
  double pitch = fy_style_get_char_pitch (style);

  fy_block_set_lead_and_text (block, "一是学在前面", "我们坚持每月集中学习一次并且交流学习体会和认识");
  fy_document_append_block (document, block);
  layout = fy_test_layout_document (style, document);
  lines = fy_test_body_lines (layout);
  pl = g_ptr_array_index (lines, 0);

  for (guint k = 0; k < 26; k++)
    g_assert_cmpfloat_with_epsilon (fy_test_cluster (pl, k)->x, (k + 2) * pitch, 0.001);
  g_assert_cmpstr (pl->para->outline, ==, "一是学在前面");
}


static void
test_fields (void)
{
  g_autoptr(FyStyle) style = fy_test_default_style ();
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyLayout) layout = NULL;
  const FyLayoutWarning *warnings;
  FyBlock *block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  guint n, unfilled = 0, unknown = 0;
  g_autofree char *joined = NULL;

  fy_document_set_field_value (document, "会议名称", "全市人大工作会议");
  fy_document_set_field_value (document, "发言人", "");
  fy_block_set_text (block, "在{{会议名称}}上，{{发言人}}代表{{单位}}发言。");
  fy_document_append_block (document, block);
  layout = fy_test_layout_document (style, document);

  joined = fy_test_joined_text (layout);
  g_assert_cmpstr (joined, ==, "在全市人大工作会议上，〔发言人〕代表〔单位〕发言。");

  warnings = fy_layout_get_warnings (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      if (warnings[i].kind == FY_LAYOUT_WARNING_UNFILLED_FIELD)
        {
          unfilled++;
          g_assert_cmpint (warnings[i].block_index, ==, 0);
          /* 在{{会议名称}}上， = 11 characters */
          g_assert_cmpint (warnings[i].char_offset, ==, 11);
        }
      else if (warnings[i].kind == FY_LAYOUT_WARNING_UNKNOWN_FIELD)
        {
          unknown++;
          g_assert_cmpint (warnings[i].char_offset, ==, 20);
        }
    }
  g_assert_cmpuint (unfilled, ==, 1);
  g_assert_cmpuint (unknown, ==, 1);
}

static void
test_missing_glyph (void)
{
  /* an emoji: no Chinese face has it; drawn by another face (the
   * suite's DejaVu Sans), or as a box where none has it */
  g_autoptr(FyLayout) layout = layout_paragraph ("感谢\xF0\x9F\x98\x80大家。");
  const FyLayoutWarning *warnings;
  guint n, missing = 0;

  warnings = fy_layout_get_warnings (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      if (warnings[i].kind == FY_LAYOUT_WARNING_MISSING_GLYPH ||
          warnings[i].kind == FY_LAYOUT_WARNING_FALLBACK_GLYPH)
        {
          missing++;
          g_assert_cmpint (warnings[i].block_index, ==, 0);
          g_assert_cmpint (warnings[i].char_offset, ==, 2);
        }
    }
  g_assert_cmpuint (missing, ==, 1);
}

static void
test_substitution_reported (void)
{
  g_autoptr(FyLayout) layout = layout_paragraph ("正文。");
  g_autoptr(FyFontSet) fonts = fy_font_set_new ();
  const FyLayoutWarning *warnings;
  guint n, subst = 0;

  warnings = fy_layout_get_warnings (layout, &n);
  for (guint i = 0; i < n; i++)
    if (warnings[i].kind == FY_LAYOUT_WARNING_FONT_SUBSTITUTION &&
        strstr (warnings[i].message, "仿宋") != NULL)
      subst++;

  g_assert_cmpuint (subst, ==, fy_font_set_get_choice (fonts, FY_FONT_ROLE_FANGSONG)->substituted ? 1 : 0);
}

static void
test_incremental (void)
{
  g_autoptr(FyStyle) style = fy_test_default_style ();
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyTypesetter) typesetter = fy_typesetter_new (style);
  g_autoptr(FyLayout) first = NULL;
  g_autoptr(FyLayout) second = NULL;
  g_autoptr(GError) error = NULL;
  guint hits0, misses0, hits1, misses1;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *text = g_strdup_printf ("第%u段：人大代表联络站建设取得新进展，群众满意度不断提高。", i + 1);

      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, text));
    }

  first = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);
  fy_typesetter_get_cache_stats (typesetter, &hits0, &misses0);

  fy_block_set_text (fy_document_get_block (document, 7), "这一段改过了，长度也变了很多很多很多很多很多很多很多很多很多很多很多。");
  second = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);
  fy_typesetter_get_cache_stats (typesetter, &hits1, &misses1);

  /* exactly the edited paragraph was laid out again */
  g_assert_cmpuint (misses1 - misses0, ==, 1);
  g_assert_cmpuint (hits1 - hits0, >=, 29);
  {
    g_autofree char *a = fy_test_joined_text (first);
    g_autofree char *b = fy_test_joined_text (second);

    g_assert_cmpstr (a, !=, b);
    g_assert_nonnull (strstr (b, "这一段改过了"));
  }
}

static void
test_hit_test_round_trip (void)
{
  g_autoptr(FyStyle) style = fy_test_default_style ();
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyLayout) layout = NULL;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "提高认识"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, HAN26 "人民代表大会制度是根本政治制度。"));
  layout = fy_test_layout_document (style, document);

  for (guint offset = 0; offset < 40; offset += 3)
    {
      FyLayoutRect rect;
      guint page, block, char_offset;

      g_assert_true (fy_layout_find_position (layout, 1, offset, &page, &rect));
      g_assert_cmpuint (page, ==, 0);
      g_assert_true (fy_layout_hit_test (layout, page, rect.x + 1, rect.y + rect.height / 2, &block, &char_offset));
      g_assert_cmpuint (block, ==, 1);
      g_assert_cmpuint (char_offset, ==, offset);
    }

  /* outside any line */
  {
    guint block, char_offset;

    g_assert_false (fy_layout_hit_test (layout, 0, 10, 10, &block, &char_offset));
    g_assert_false (fy_layout_hit_test (layout, 5, 100, 200, &block, &char_offset));
  }
}

/* A paragraph keeps only what was placed of its clusters (the CLI's
 * memory at 1 000 pages), and that gives the same layout, hit tests and
 * positions as the whole FyCluster array. */
static void
test_compact_clusters (void)
{
  g_autoptr(FyStyle) style = fy_test_default_style ();
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyTypesetter) typesetter = fy_typesetter_new (style);
  g_autoptr(FyLayout) compact = NULL;
  g_autoptr(FyLayout) kept = NULL;
  g_autofree char *compact_json = NULL;
  g_autofree char *kept_json = NULL;
  FyPageLine *pl;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "提高认识"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                              HAN26 "（一）“人民”，代表大会：制度是根本政治制度。\n"
                                                              "Fayan 2026 年「试行」。"));
  compact = fy_typesetter_layout (typesetter, document, NULL, NULL);
  kept = fy_test_layout_document (style, document);
  g_assert_nonnull (compact);

  pl = &g_array_index (((FyPage *) g_ptr_array_index (compact->pages, 0))->lines, FyPageLine, 1);
  g_assert_null (pl->para->clusters);
  g_assert_null (pl->para->glyphs);
  g_assert_cmpuint (pl->para->placed->len, >, 60);
  pl = &g_array_index (((FyPage *) g_ptr_array_index (kept->pages, 0))->lines, FyPageLine, 1);
  g_assert_cmpuint (pl->para->clusters->len, ==, pl->para->placed->len);

  compact_json = fy_layout_to_json (compact);
  kept_json = fy_layout_to_json (kept);
  g_assert_cmpstr (compact_json, ==, kept_json);

  for (guint offset = 0; offset < 75; offset++)
    {
      FyLayoutRect a, b;
      guint page_a, page_b, block_a, block_b, char_a, char_b;

      g_assert_true (fy_layout_find_position (compact, 1, offset, &page_a, &a));
      g_assert_true (fy_layout_find_position (kept, 1, offset, &page_b, &b));
      g_assert_cmpuint (page_a, ==, page_b);
      g_assert_cmpmem (&a, sizeof a, &b, sizeof b);
      g_assert_true (fy_layout_hit_test (compact, page_a, a.x + 1, a.y + a.height / 2, &block_a, &char_a));
      g_assert_true (fy_layout_hit_test (kept, page_b, b.x + 1, b.y + b.height / 2, &block_b, &char_b));
      g_assert_cmpuint (block_a, ==, block_b);
      g_assert_cmpuint (char_a, ==, char_b);
    }
}

static gpointer
layout_thread (gpointer data)
{
  FyDocument *copy = data;
  g_autoptr(FyStyle) style = fy_test_default_style ();
  g_autoptr(FyTypesetter) typesetter = fy_typesetter_new (style);

  return fy_typesetter_layout (typesetter, copy, NULL, NULL);
}

static void
test_worker_thread (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyDocument) copy = NULL;
  g_autoptr(FyLayout) a = NULL;
  g_autoptr(FyLayout) b = NULL;
  GThread *t1, *t2;

  for (guint i = 0; i < 20; i++)
    fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, HAN26 "，人民代表大会制度是根本政治制度。"));
  copy = fy_document_copy (document);

  t1 = g_thread_new ("layout-1", layout_thread, copy);
  t2 = g_thread_new ("layout-2", layout_thread, document);
  a = g_thread_join (t1);
  b = g_thread_join (t2);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpuint (fy_layout_get_n_pages (a), ==, fy_layout_get_n_pages (b));
  {
    g_autofree char *ta = fy_test_joined_text (a);
    g_autofree char *tb = fy_test_joined_text (b);

    g_assert_cmpstr (ta, ==, tb);
  }
}

static void
test_cancelled (void)
{
  g_autoptr(FyStyle) style = fy_test_default_style ();
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyTypesetter) typesetter = fy_typesetter_new (style);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  FyLayout *layout;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "正文。"));
  g_cancellable_cancel (cancellable);
  layout = fy_typesetter_layout (typesetter, document, cancellable, &error);
  g_assert_null (layout);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}


static FyLayout *
layout_with_style (const char *json,
                   const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_data (json, -1, &error);
  g_autoptr(FyDocument) document = fy_document_new ();

  g_assert_no_error (error);
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, text));
  return fy_test_layout_document (style, document);
}

static void
test_option_line_start (void)
{
  const char *json = "{ \"format\": \"fayan-style\", \"version\": 1, \"id\": \"ls\", \"compress-line-start\": true }";
  /* the first line opens with （ right after the indent */
  g_autoptr(FyLayout) on = layout_with_style (json, "（一）人民代表大会制度是根本政治制度。");
  g_autoptr(FyLayout) off = layout_paragraph ("（一）人民代表大会制度是根本政治制度。");
  g_autoptr(GPtrArray) lines_on = fy_test_body_lines (on);
  g_autoptr(GPtrArray) lines_off = fy_test_body_lines (off);
  double pitch = fy_style_get_char_pitch (on->style);
  FyCluster *open_on = fy_test_cluster (g_ptr_array_index (lines_on, 0), 0);
  FyCluster *open_off = fy_test_cluster (g_ptr_array_index (lines_off, 0), 0);

  g_assert_cmpfloat_with_epsilon (open_on->width, pitch / 2, 0.01);
  g_assert_cmpfloat_with_epsilon (open_off->width, pitch, 0.01);
  /* the bracket's ink stays where it was; only its blank half went */
  g_assert_cmpfloat_with_epsilon (open_on->draw_x, open_off->draw_x - pitch / 2, 0.01);
}

static void
test_option_hanging (void)
{
  const char *json = "{ \"format\": \"fayan-style\", \"version\": 1, \"id\": \"hang\", \"hanging\": true }";
  /* 26 Han fill the first line; the comma after them hangs */
  g_autoptr(FyLayout) on = layout_with_style (json, FIRST26 "，人民代表大会制度是根本政治制度。");
  g_autoptr(FyLayout) off = layout_paragraph_in ("review", FIRST26 "，人民代表大会制度是根本政治制度。");
  g_autoptr(FyLayout) grid = layout_paragraph (FIRST26 "，人民代表大会制度是根本政治制度。");
  g_autoptr(GPtrArray) lines_on = fy_test_body_lines (on);
  g_autoptr(GPtrArray) lines_off = fy_test_body_lines (off);
  double width = fy_style_get_type_width (on->style);
  double pitch = fy_style_get_char_pitch (on->style);
  FyPageLine *first_on = g_ptr_array_index (lines_on, 0);
  FyPageLine *first_off = g_ptr_array_index (lines_off, 0);
  g_autofree char *t_on = fy_test_line_text (first_on);
  g_autofree char *t_off = fy_test_line_text (first_off);
  FyCluster *comma = fy_test_cluster (first_on, fy_test_para_line (first_on)->last - 1);

  g_assert_true (g_str_has_suffix (t_on, "力，"));
  g_assert_cmpfloat_with_epsilon (comma->x, width, 0.01);
  g_assert_cmpfloat_with_epsilon (comma->width, pitch / 2, 0.01);
  /* every Han character kept its cell */
  for (guint k = 0; k < 26; k++)
    g_assert_cmpfloat_with_epsilon (fy_test_cluster (first_on, k)->x, (k + 2) * pitch, 0.001);
  /* Without the option, a mark hangs only as the last resort of a line of
   * Han characters alone that no line before can rescue (here the first
   * line of the paragraph): pushing one character out would spread 25
   * over 26 cells, off the grid (fy-linebreak-fit.c, last_resort()). */
  g_assert_true (g_str_has_suffix (t_off, "力，"));
  for (guint k = 0; k < 26; k++)
    g_assert_cmpfloat_with_epsilon (fy_test_cluster (first_off, k)->x, (k + 2) * pitch, 0.001);
  assert_kinsoku (off);

  /* On the gbt9704 grid hanging is off (spec §4) and a line with no mark
   * to squeeze cannot take the comma in: it is pushed out, 25 characters
   * justified over 26 cells. */
  {
    g_autoptr(GPtrArray) lines_grid = fy_test_body_lines (grid);
    g_autofree char *t_grid = fy_test_line_text (g_ptr_array_index (lines_grid, 0));
    g_autofree char *t_next = fy_test_line_text (g_ptr_array_index (lines_grid, 1));

    g_assert_cmpuint (g_utf8_strlen (t_grid, -1), ==, 25);
    g_assert_true (g_str_has_prefix (t_next, "力，"));
    assert_justified (grid);
    assert_kinsoku (grid);
  }
}

/* Fills @c with one cluster per character of @chars, each of @em in a
 * cell of @cell, its glyph @em wide but @narrow × @em for “ and ”. */
static void
make_cells (FyCluster      *c,
            const gunichar *chars,
            guint           n,
            double          em,
            double          cell,
            double          narrow)
{
  memset (c, 0, n * sizeof *c);
  for (guint k = 0; k < n; k++)
    {
      c[k].ch = chars[k];
      c[k].klass = fy_linebreak_classify (chars[k]);
      c[k].n_chars = 1;
      c[k].em = em;
      c[k].cell = cell;
      c[k].advance = (chars[k] == 0x201C || chars[k] == 0x201D) ? narrow * em : em;
      c[k].glyph_end = 1;
    }
}

/* Faces such as LXGW WenKai draw “ ” Latin-narrow (0.35 em): the
 * breaker still gives them a full cell, ink against the text they enclose. */
static void
test_narrow_quotes (void)
{
  const gunichar chars[] = { 0x4ED6, 0x201C, 0x597D, 0x201D, 0x3002 };
  FyCluster c[G_N_ELEMENTS (chars)];
  FyBreakLine line = { 0, G_N_ELEMENTS (chars), 0, 400, TRUE };
  double cell = 15.79;

  make_cells (c, chars, G_N_ELEMENTS (chars), 16, cell, 0.35);
  g_assert_cmpint (c[1].klass, ==, FY_CLASS_OPEN);
  g_assert_cmpint (c[3].klass, ==, FY_CLASS_CLOSE);

  fy_linebreak_prepare (c, G_N_ELEMENTS (chars), FY_PUNCTUATION_COMPRESS, FALSE, 400);
  fy_linebreak_position (c, &line, FY_ALIGN_LEFT);

  /* a full cell each: 他 “ 好 ”。 with ”。 compressed to 1.5 */
  g_assert_cmpfloat_with_epsilon (c[1].x, cell, 0.001);
  g_assert_cmpfloat_with_epsilon (c[1].width, cell, 0.001);
  g_assert_cmpfloat_with_epsilon (c[2].x, 2 * cell, 0.001);
  /* opening quote ink against 好, closing quote ink against 好 */
  g_assert_cmpfloat_with_epsilon (c[1].draw_x + c[1].advance, c[2].x, 0.001);
  g_assert_cmpfloat_with_epsilon (c[3].draw_x, c[3].x, 0.001);
  g_assert_cmpfloat_with_epsilon (c[3].width + c[4].width, 1.5 * cell, 0.001);
}

/* In a cell wider than its glyph (the reading preset spaces 二号 on a
 * grid of larger cells), a halved comma keeps to the character before
 * it and the spacing comes after it: 刚才，|县委, not 刚才|，县委. */
static void
test_halved_mark_keeps_left (void)
{
  const gunichar chars[] = { 0x521A, 0x624D, 0xFF0C, 0x53BF, 0x59D4 };
  FyCluster c[G_N_ELEMENTS (chars)];
  FyBreakLine line = { 0, G_N_ELEMENTS (chars), 0, 400, TRUE };
  double cell = 26.0;

  make_cells (c, chars, G_N_ELEMENTS (chars), 22, cell, 1);
  g_assert_cmpint (c[2].klass, ==, FY_CLASS_COMMA);

  fy_linebreak_prepare (c, G_N_ELEMENTS (chars), FY_PUNCTUATION_KAIMING, FALSE, 400);
  fy_linebreak_position (c, &line, FY_ALIGN_LEFT);

  g_assert_cmpfloat_with_epsilon (c[2].width, cell / 2, 0.001);
  /* the comma's glyph starts where 才's ends; the spacing follows the
   * half of it that holds the ink */
  g_assert_cmpfloat_with_epsilon (c[2].draw_x, c[1].draw_x + c[1].advance, 0.001);
  g_assert_cmpfloat (c[3].draw_x - (c[2].draw_x + c[2].advance / 2), >=, cell - c[3].advance - 0.001);
}

/* A line break (Shift+Enter) continues the paragraph flush left, as
 * Word and WPS set it; only the paragraph's first line is indented. */
static void
test_line_break_flush_left (void)
{
  g_autoptr(FyLayout) layout = layout_paragraph ("各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。");
  g_autoptr(GPtrArray) lines = fy_test_body_lines (layout);
  double pitch = fy_style_get_char_pitch (layout->style);
  FyPageLine *first, *second;
  g_autofree char *text = NULL;

  g_assert_cmpuint (lines->len, ==, 2);
  first = g_ptr_array_index (lines, 0);
  second = g_ptr_array_index (lines, 1);
  text = fy_test_line_text (second);
  g_assert_true (g_str_has_prefix (text, "现在"));
  g_assert_cmpfloat_with_epsilon (fy_test_cluster (first, fy_test_para_line (first)->first)->x,
                                  2 * pitch, 0.001);
  g_assert_cmpfloat_with_epsilon (fy_test_cluster (second, fy_test_para_line (second)->first)->x,
                                  0, 0.001);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/typesetter/kinsoku/line-start", test_kinsoku_line_start);
  g_test_add_func ("/core/typesetter/compression/halved-keeps-left", test_halved_mark_keeps_left);
  g_test_add_func ("/core/typesetter/kinsoku/line-end", test_kinsoku_line_end);
  g_test_add_func ("/core/typesetter/compression/pairs", test_compression_pairs);
  g_test_add_func ("/core/typesetter/compression/line-end", test_compression_line_end);
  g_test_add_func ("/core/typesetter/units/dash", test_dash_at_break);
  g_test_add_func ("/core/typesetter/units/dash-strict", test_dash_strict);
  g_test_add_func ("/core/typesetter/units/latin-word", test_latin_word_at_break);
  g_test_add_func ("/core/typesetter/units/digit-run", test_long_digit_run);
  g_test_add_func ("/core/typesetter/empty-and-punctuation", test_empty_and_punctuation);
  g_test_add_func ("/core/typesetter/narrow-quotes", test_narrow_quotes);
  g_test_add_func ("/core/typesetter/options/line-start", test_option_line_start);
  g_test_add_func ("/core/typesetter/options/hanging", test_option_hanging);
  g_test_add_func ("/core/typesetter/han-latin-spacing", test_han_latin_spacing);
  g_test_add_func ("/core/typesetter/indent-and-grid", test_indent_and_grid);
  g_test_add_func ("/core/typesetter/bold-lead", test_bold_lead_grid);
  g_test_add_func ("/core/typesetter/grid/no-squeeze", test_grid_no_squeeze);
  g_test_add_func ("/core/typesetter/grid/push-out-for-kinsoku", test_grid_push_out_for_kinsoku);
  g_test_add_func ("/core/typesetter/grid/push-out-pair", test_grid_push_out_pair);
  g_test_add_func ("/core/typesetter/keep-grid/line-before", test_keep_grid_line_before);
  g_test_add_func ("/core/typesetter/keep-grid/hang", test_keep_grid_hang);
  g_test_add_func ("/core/typesetter/keep-grid/hang-quote", test_keep_grid_hang_quote);
  g_test_add_func ("/core/typesetter/keep-grid/hang-chain", test_keep_grid_hang_chain);
  g_test_add_func ("/core/typesetter/keep-grid/soft-split", test_keep_grid_soft_split);
  g_test_add_func ("/core/typesetter/keep-grid/single-last-character", test_no_single_last_character);
  g_test_add_func ("/core/typesetter/keep-grid/sweep", test_keep_grid_sweep);
  g_test_add_func ("/core/typesetter/keep-grid/single-last-character-sweep", test_no_single_last_character_sweep);
  g_test_add_func ("/core/typesetter/warnings/fields", test_fields);
  g_test_add_func ("/core/typesetter/warnings/missing-glyph", test_missing_glyph);
  g_test_add_func ("/core/typesetter/warnings/substitution", test_substitution_reported);
  g_test_add_func ("/core/typesetter/incremental", test_incremental);
  g_test_add_func ("/core/typesetter/hit-test", test_hit_test_round_trip);
  g_test_add_func ("/core/typesetter/compact-clusters", test_compact_clusters);
  g_test_add_func ("/core/typesetter/unit-dot", test_unit_dot);
  g_test_add_func ("/core/typesetter/thread", test_worker_thread);
  g_test_add_func ("/core/typesetter/cancel", test_cancelled);
  g_test_add_func ("/core/typesetter/line-break-flush-left", test_line_break_flush_left);

  return g_test_run ();
}

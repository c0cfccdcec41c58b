/* test-linebreak.c — the line breaker's phases, each on a few clusters
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Each phase of the breaker on clusters built by hand, no font involved:
 * every Han character and full-width mark is one 10 pt cell at 10 pt, a
 * Latin letter 5 pt, a word space 2.5 pt.  The phases are those of
 * app/core/DESIGN.md: prepare (widths, kinsoku, Han–Latin gaps, fixed
 * trims), trim, compression (clreq order and the gbt9704 grid), hanging
 * and justification.  The whole pipeline on real fonts is covered by
 * test-grid, test-render and test-typesetter.
 */

#include "config.h"

#include <math.h>

#include "fy-linebreak-private.h"

#define EM 10.0

static FyCluster *
make_clusters (const char         *text,
               FyPunctuationStyle  punctuation,
               double              full_width,
               guint              *n_out)
{
  glong n = g_utf8_strlen (text, -1);
  FyCluster *c = g_new0 (FyCluster, MAX (n, 1));
  const char *p = text;

  for (glong k = 0; k < n; k++, p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      c[k].ch = ch;
      c[k].n_chars = 1;
      c[k].src_offset = k;
      c[k].klass = fy_linebreak_classify (ch);
      c[k].latin_alnum = ch < 0x80 && g_ascii_isalnum ((char) ch);
      c[k].em = EM;
      c[k].cell = EM;
      if (c[k].klass == FY_CLASS_SPACE)
        c[k].advance = EM / 4;
      else if (c[k].klass == FY_CLASS_LATIN)
        c[k].advance = EM / 2;
      else
        c[k].advance = EM;
    }

  fy_linebreak_prepare (c, n, punctuation, TRUE, full_width);
  *n_out = n;
  return c;
}

/* The working state fy_linebreak_position() would make for [first, last). */
typedef struct
{
  FyLineState  s;
  double      *w, *tl, *tr, *gap;
} State;

static void
state_init (State     *st,
            FyCluster *c,
            guint      first,
            guint      last)
{
  guint m = last - first;

  st->w = g_new0 (double, m);
  st->tl = g_new0 (double, m);
  st->tr = g_new0 (double, m);
  st->gap = g_new0 (double, m);
  st->s = (FyLineState) { c, first, last, last, st->w, st->tl, st->tr, st->gap };
}

static void
state_clear (State *st)
{
  g_free (st->w);
  g_free (st->tl);
  g_free (st->tr);
  g_free (st->gap);
}

/* Phase 0: prepare */

static void
test_prepare_kinsoku (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("（好），", FY_PUNCTUATION_FULL, 1000, &n);

  g_assert_cmpuint (n, ==, 4);
  g_assert_true (c[0].no_end);
  g_assert_false (c[0].no_start);
  g_assert_false (c[1].no_start || c[1].no_end);
  g_assert_true (c[2].no_start);
  g_assert_true (c[3].no_start);
  g_assert_cmpfloat_with_epsilon (c[0].base, EM, 1e-9);
}

/* A straight quote left in Chinese text (an odd one the import cannot
 * pair) neither opens nor ends a line next to a character; after a word
 * space it may open one. */
static void
test_prepare_straight_quote (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("让\"放管服\"落地", FY_PUNCTUATION_FULL, 1000, &n);
  g_autofree FyCluster *latin = NULL;

  g_assert_cmpuint (n, ==, 8);
  g_assert_true (c[1].no_start && c[1].no_end);
  g_assert_true (c[5].no_start && c[5].no_end);
  g_assert_false (c[6].no_start);

  latin = make_clusters ("a \"b\" c", FY_PUNCTUATION_FULL, 1000, &n);
  g_assert_cmpuint (n, ==, 7);
  g_assert_false (latin[2].no_start);
  g_assert_true (latin[2].no_end);
  g_assert_true (latin[4].no_start);
  g_assert_false (latin[4].no_end);
}

/* An author's full-width space never opens a line: it would print as a
 * one-cell indent in mid-paragraph ("　娜，电话…"). */
static void
test_prepare_ideographic_space (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("李　娜", FY_PUNCTUATION_FULL, 1000, &n);

  g_assert_cmpuint (n, ==, 3);
  g_assert_true (c[1].no_start);
  g_assert_false (c[1].no_end);
  g_assert_false (c[2].no_start);
}

static void
test_prepare_han_latin (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("用AI写", FY_PUNCTUATION_FULL, 1000, &n);

  /* 1/4 em on either side of the Latin run, none inside it */
  g_assert_cmpfloat_with_epsilon (c[1].glue, EM / 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (c[2].glue, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (c[3].glue, EM / 4, 1e-9);
  /* the Latin word is one unit */
  g_assert_false (c[1].in_unit);
  g_assert_true (c[2].in_unit);
  g_assert_false (c[3].in_unit);
}

/* u5, a 工作总结 whose items open with circled numbers: ① is a full
 * cell with no Han–Latin gap, so the line keeps its columns */
static void
test_prepare_circled_number (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("②刚性支出⑴增长❸", FY_PUNCTUATION_FULL, 1000, &n);

  g_assert_cmpint (c[0].klass, ==, FY_CLASS_HAN);
  g_assert_cmpint (c[5].klass, ==, FY_CLASS_HAN);
  g_assert_cmpint (c[8].klass, ==, FY_CLASS_HAN);
  for (guint k = 0; k < n; k++)
    {
      g_assert_cmpfloat_with_epsilon (c[k].base, EM, 1e-9);
      g_assert_cmpfloat_with_epsilon (c[k].glue, 0, 1e-9);
    }
}

static void
test_prepare_run_symbol (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("达95%以上", FY_PUNCTUATION_FULL, 1000, &n);

  /* % ends the Latin run: the Han–Latin gap comes after it, none
   * between the digits and % (spec §3) */
  g_assert_cmpfloat_with_epsilon (c[1].glue, EM / 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (c[3].glue, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (c[4].glue, EM / 4, 1e-9);
  g_assert_true (c[3].in_unit);
}

static void
test_prepare_number_unit (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("至9月30日，37 mm×2，GB/T 22239-2019，5 items", FY_PUNCTUATION_FULL, 1000, &n);

  /* a number keeps its Han unit (9|月 does not break) */
  g_assert_false (c[1].in_unit);
  g_assert_true (c[2].in_unit);
  g_assert_true (c[5].in_unit);
  /* 37 mm: no break at the space before a short unit */
  g_assert_cmpuint (c[9].klass, ==, FY_CLASS_SPACE);
  g_assert_true (c[10].in_unit);
  /* GB/T 22239-2019: no break at the space before a standard's number */
  g_assert_cmpuint (c[19].klass, ==, FY_CLASS_SPACE);
  g_assert_true (c[20].in_unit);
  /* a longer word after a number is no unit */
  g_assert_cmpuint (c[32].klass, ==, FY_CLASS_SPACE);
  g_assert_cmpuint (c[33].ch, ==, 'i');
  g_assert_true (c[33].in_unit == FALSE);
}

/* A space grouping a number's digits by thousands is no break (sweep9
 * a3: "增加 1|108件" split the number at a line and page end); a space
 * between two years is. */
static void
test_prepare_digit_groups (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("问卷1 862份，12 600 万元，2021 2022年", FY_PUNCTUATION_FULL, 1000, &n);

  g_assert_cmpuint (c[3].klass, ==, FY_CLASS_SPACE);
  g_assert_true (c[4].in_unit && !c[4].soft_unit);
  g_assert_cmpuint (c[11].klass, ==, FY_CLASS_SPACE);
  g_assert_true (c[12].in_unit && !c[12].soft_unit);
  /* the space after the last group, before the unit, is a Han-Latin gap */
  g_assert_cmpuint (c[15].klass, ==, FY_CLASS_SPACE);
  g_assert_cmpuint (c[23].klass, ==, FY_CLASS_SPACE);
  g_assert_false (c[24].in_unit);
}

static void
test_prepare_path_breaks (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("名称-2026年至\\\\srv01\\wxb\\zicha\\目录", FY_PUNCTUATION_FULL, 1000, &n);

  /* a hyphen after a word never starts a line */
  g_assert_cmpuint (c[2].ch, ==, '-');
  g_assert_true (c[2].no_start);
  /* a Windows path breaks after each backslash, not inside "\\" */
  g_assert_cmpuint (c[9].ch, ==, '\\');
  g_assert_true (c[10].in_unit);
  g_assert_false (c[11].in_unit);
  g_assert_cmpuint (c[11].ch, ==, 's');
  g_assert_false (c[17].in_unit);
  g_assert_cmpuint (c[17].ch, ==, 'w');
  g_assert_true (c[18].in_unit);
}

/* An e-mail address breaks after its dots and before its @, never inside
 * the mailbox's name, after the @ or inside a domain label. */
static void
test_prepare_email_breaks (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("邮箱jd.rc@lc.cn或", FY_PUNCTUATION_FULL, 1000, &n);

  g_assert_cmpuint (c[7].ch, ==, '@');
  g_assert_false (c[7].in_unit);
  g_assert_false (c[7].no_start);
  g_assert_false (c[5].in_unit);
  g_assert_true (c[6].in_unit);
  g_assert_true (c[8].in_unit);
  g_assert_false (c[11].in_unit);
  g_assert_true (c[12].in_unit);
}

static void
test_prepare_half_width (void)
{
  guint n;
  g_autofree FyCluster *half = make_clusters ("好，好。", FY_PUNCTUATION_HALF, 1000, &n);
  g_autofree FyCluster *kaiming = make_clusters ("好，好。", FY_PUNCTUATION_KAIMING, 1000, &n);

  /* 半角式: every mark half wide for good, not compression */
  g_assert_cmpfloat_with_epsilon (half[1].base, EM / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (half[3].base, EM / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (half[1].compressed, EM / 2, 1e-9);
  /* 开明式: the full stop keeps its cell */
  g_assert_cmpfloat_with_epsilon (kaiming[1].base, EM / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (kaiming[3].base, EM, 1e-9);
}

static void
test_prepare_long_unit (void)
{
  guint n;
  g_autofree FyCluster *fits = make_clusters ("abcdefghij", FY_PUNCTUATION_FULL, 100, &n);
  g_autofree FyCluster *too_long = make_clusters ("abcdefghij", FY_PUNCTUATION_FULL, 30, &n);

  for (guint k = 1; k < n; k++)
    {
      g_assert_true (fits[k].in_unit);
      g_assert_false (too_long[k].in_unit);
    }
}

/* Phase 1: trim */

static void
test_trim_adjacent_marks (void)
{
  guint n;
  g_autofree FyCluster *compress = make_clusters ("好。”好", FY_PUNCTUATION_COMPRESS, 1000, &n);
  g_autofree FyCluster *full = make_clusters ("好。”好", FY_PUNCTUATION_FULL, 1000, &n);
  FyBreakLine line = { 0, 4, 0, 100, FALSE, FALSE, 0, FALSE };
  State st;

  /* two adjacent marks: 2 em → 1.5 em, the full stop loses its blank half */
  g_assert_cmpfloat_with_epsilon (compress[1].pair_right, EM / 2, 1e-9);
  state_init (&st, compress, 0, 4);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_trim (&st.s, &line), 3.5 * EM, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.tr[1], EM / 2, 1e-9);
  state_clear (&st);

  /* 全角式 keeps both cells */
  state_init (&st, full, 0, 4);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_trim (&st.s, &line), 4 * EM, 1e-9);
  state_clear (&st);
}

static void
test_trim_line_start (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("（好）", FY_PUNCTUATION_COMPRESS, 1000, &n);
  FyBreakLine line = { 0, 3, 0, 100, FALSE, TRUE, 0, FALSE };
  State st;

  state_init (&st, c, 0, 3);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_trim (&st.s, &line), 2.5 * EM, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.tl[0], EM / 2, 1e-9);
  state_clear (&st);
}

/* Phase 2: compression */

static void
test_compress_clreq_order (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("一，二，三。", FY_PUNCTUATION_COMPRESS, 1000, &n);
  FyBreakLine line = { 0, 6, 0, 100, FALSE, FALSE, 0, FALSE };
  State st;

  /* half a cell: the line-end mark alone */
  state_init (&st, c, 0, 6);
  fy_linebreak_phase_trim (&st.s, &line);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_compress_clreq (&st.s, EM / 2), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.tr[5], EM / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.tr[1], 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.tr[3], 0, 1e-9);
  state_clear (&st);

  /* a whole cell: then the commas, alike */
  state_init (&st, c, 0, 6);
  fy_linebreak_phase_trim (&st.s, &line);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_compress_clreq (&st.s, EM), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.tr[5], EM / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.tr[1], EM / 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.tr[3], EM / 4, 1e-9);
  state_clear (&st);

  /* more than the marks can give: the rest is returned */
  state_init (&st, c, 0, 6);
  fy_linebreak_phase_trim (&st.s, &line);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_compress_clreq (&st.s, 2 * EM), EM / 2, 1e-9);
  state_clear (&st);
}

static void
test_compress_grid_from_end (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("一，二，三，四", FY_PUNCTUATION_FULL, 1000, &n);
  FyBreakLine line = { 0, 7, 0, 100, FALSE, FALSE, 0, TRUE };
  State st;

  /* on the grid whole halves go from the line's end, so the characters
   * before the squeezed mark stay on their columns */
  state_init (&st, c, 0, 7);
  fy_linebreak_phase_trim (&st.s, &line);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_compress_grid (&st.s, EM / 2), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.tr[5], EM / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.tr[3], 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.tr[1], 0, 1e-9);
  state_clear (&st);

  /* the clreq order shares the same half among the three commas */
  state_init (&st, c, 0, 7);
  fy_linebreak_phase_trim (&st.s, &line);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_compress_clreq (&st.s, EM / 2), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.tr[1], EM / 6, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.tr[5], EM / 6, 1e-9);
  state_clear (&st);
}

/* Hanging */

/* A measure of *data points. */
static void
geometry_of (gpointer  data,
             guint     first,
             guint     segment,
             gboolean  first_of_segment,
             double   *x,
             double   *avail)
{
  *x = 0;
  *avail = *(const double *) data;
}

static void
test_hang_closing_mark (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("一二三四五。六", FY_PUNCTUATION_COMPRESS, 5 * EM, &n);
  FyBreakOptions hanging = { FALSE, TRUE, FALSE, FALSE };
  FyBreakOptions plain = { FALSE, FALSE, FALSE, FALSE };
  double avail = 5 * EM;
  g_autoptr(GArray) hung = fy_linebreak_greedy (c, n, &hanging, geometry_of, &avail);
  g_autoptr(GArray) pushed = fy_linebreak_greedy (c, n, &plain, geometry_of, &avail);
  FyBreakLine *first = &g_array_index (hung, FyBreakLine, 0);
  double width;

  /* the full stop hangs half a cell into the margin */
  g_assert_cmpuint (hung->len, ==, 2);
  g_assert_cmpuint (first->last, ==, 6);
  g_assert_cmpfloat_with_epsilon (first->hang, EM / 2, 1e-9);
  width = fy_linebreak_position (c, first, FY_ALIGN_JUSTIFY);
  g_assert_cmpfloat_with_epsilon (width, 5.5 * EM, 1e-9);
  g_assert_cmpfloat_with_epsilon (c[4].x, 4 * EM, 1e-9);

  /* without hanging, 五 goes down with the mark that may not start a line */
  g_assert_cmpuint (pushed->len, ==, 2);
  g_assert_cmpuint (g_array_index (pushed, FyBreakLine, 0).last, ==, 4);
  g_assert_cmpfloat_with_epsilon (g_array_index (pushed, FyBreakLine, 0).hang, 0, 1e-9);
}

static void
test_hang_only_closing (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("一二三四五（六", FY_PUNCTUATION_COMPRESS, 5 * EM, &n);
  FyBreakOptions hanging = { FALSE, TRUE, FALSE, FALSE };
  double avail = 5 * EM;
  g_autoptr(GArray) lines = fy_linebreak_greedy (c, n, &hanging, geometry_of, &avail);

  /* an opening bracket never hangs */
  g_assert_cmpuint (g_array_index (lines, FyBreakLine, 0).last, ==, 5);
  g_assert_cmpfloat_with_epsilon (g_array_index (lines, FyBreakLine, 0).hang, 0, 1e-9);
}

/* u7, a regulation: an article's first line whose 第十条 is set apart by
 * the author's ideographic space is still a line of Han characters; when
 * 构 would go down with the comma after it, the comma hangs instead of
 * 25 cells spread over 26 */
static void
test_hang_after_ideographic_space (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("第十条　市大数据管理部门应当会同各公共管理和服务机构，编制全市公共数据开放目录。",
                                           FY_PUNCTUATION_COMPRESS, 26 * EM, &n);
  FyBreakOptions keep_grid = { FALSE, FALSE, TRUE, FALSE };
  double avail = 26 * EM;
  g_autoptr(GArray) lines = fy_linebreak_greedy (c, n, &keep_grid, geometry_of, &avail);
  FyBreakLine *first = &g_array_index (lines, FyBreakLine, 0);

  g_assert_cmpuint (first->last, ==, 27);
  g_assert_cmpfloat_with_epsilon (first->hang, EM / 2, 1e-9);
}

/* Choosing the break */

static void
test_fit_no_hyphen_start (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("单位名称-2026年自查报告", FY_PUNCTUATION_FULL, 4 * EM, &n);
  FyBreakOptions plain = { FALSE, FALSE, FALSE, FALSE };
  double avail = 4 * EM;
  g_autoptr(GArray) lines = fy_linebreak_greedy (c, n, &plain, geometry_of, &avail);

  /* 单位名称 fills the line, but the hyphen after it may not start the
   * next one (report of session 5, defect 8) */
  for (guint l = 0; l < lines->len; l++)
    g_assert_cmpuint (c[g_array_index (lines, FyBreakLine, l).first].ch, !=, '-');
}

static void
test_fit_number_unit (void)
{
  guint n;
  g_autofree FyCluster *kept = make_clusters ("一二三四五六七123个八九十", FY_PUNCTUATION_COMPRESS, 10 * EM, &n);
  g_autofree FyCluster *c = NULL;
  FyBreakOptions justify = { FALSE, FALSE, TRUE, FALSE };
  double avail = 10 * EM;
  g_autoptr(GArray) lines = fy_linebreak_greedy (kept, n, &justify, geometry_of, &avail);
  g_autoptr(GArray) split = NULL;

  /* 123个 fits: the number keeps its unit */
  g_assert_cmpuint (g_array_index (lines, FyBreakLine, 0).last, ==, 11);

  /* it does not fit, and the line before it would be 2 em short, more
   * than its 7 gaps take at 1/4 em each: rather than set that line flush
   * left, the number goes without its unit (spec §4, issue #12 item 4) */
  c = make_clusters ("一二三四五六七八123个。九十", FY_PUNCTUATION_COMPRESS, 10 * EM, &n);
  split = fy_linebreak_greedy (c, n, &justify, geometry_of, &avail);
  g_assert_cmpuint (g_array_index (split, FyBreakLine, 0).last, ==, 11);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_position (c, &g_array_index (split, FyBreakLine, 0), FY_ALIGN_JUSTIFY),
                                  avail, 1e-9);
}

/* A line that a number too long for its end leaves short, more than its
 * gaps take (……达到100%和|96.4%，): the line before gives it a character
 * and both are justified, rather than the short one set flush left. */
static void
test_fit_flush_left_repaired (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("一二三四AB五六七八九甲乙丙丁123456和7890。",
                                           FY_PUNCTUATION_COMPRESS, 10.5 * EM, &n);
  FyBreakOptions justify = { FALSE, FALSE, TRUE, FALSE };
  double avail = 10.5 * EM;
  g_autoptr(GArray) lines = fy_linebreak_greedy (c, n, &justify, geometry_of, &avail);

  g_assert_cmpuint (n, ==, 27);
  g_assert_cmpuint (lines->len, ==, 3);
  g_assert_cmpuint (g_array_index (lines, FyBreakLine, 0).last, ==, 10);
  g_assert_cmpuint (g_array_index (lines, FyBreakLine, 1).last, ==, 22);
  for (guint l = 0; l < 2; l++)
    g_assert_cmpfloat_with_epsilon (fy_linebreak_position (c, &g_array_index (lines, FyBreakLine, l),
                                                           FY_ALIGN_JUSTIFY),
                                    avail, 1e-9);
}

/* On the grid, a number whose unit misses by a little, a mark after the
 * unit that may not start a line: the line of Han characters before the
 * number ends short on its cells and 1个、 goes down whole, rather than
 * the number cut from its unit on a line that still ends short. */
static void
test_fit_grid_number_whole (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("一二三四五六七八1个、九十", FY_PUNCTUATION_FULL, 10 * EM, &n);
  FyBreakOptions grid = { FALSE, FALSE, TRUE, TRUE };
  double avail = 10 * EM - 0.2;
  g_autoptr(GArray) lines = fy_linebreak_greedy (c, n, &grid, geometry_of, &avail);

  g_assert_cmpuint (n, ==, 13);
  g_assert_cmpuint (g_array_index (lines, FyBreakLine, 0).last, ==, 8);
  g_assert_cmpuint (c[g_array_index (lines, FyBreakLine, 1).first].ch, ==, '1');
}

/* Breaks @text on the grid into lines of ten cells less @short_by,
 * checks that the first line ends before cluster @last and fills its
 * measure justified, and positions it. */
static FyCluster *
grid_first_line (const char *text,
                 double      short_by,
                 guint       last)
{
  guint n;
  FyCluster *c = make_clusters (text, FY_PUNCTUATION_FULL, 10 * EM, &n);
  FyBreakOptions grid = { FALSE, FALSE, TRUE, TRUE };
  double avail = 10 * EM - short_by;
  g_autoptr(GArray) lines = fy_linebreak_greedy (c, n, &grid, geometry_of, &avail);
  FyBreakLine *line = &g_array_index (lines, FyBreakLine, 0);

  g_assert_cmpuint (line->last, ==, last);
  line->grid = TRUE;
  g_assert_cmpfloat_with_epsilon (fy_linebreak_position (c, line, FY_ALIGN_JUSTIFY), avail, 1e-9);
  return c;
}

static void
test_fit_grid_tail_push_in (void)
{
  /* 九 misses by 0.4 pt, and the one gap after the digit cannot take the
   * 9.6 pt the line would be short without it: the Han–Latin gaps give
   * up their flex and take 九 in, the Han before the digit on their
   * columns (issue #12 items 2 and 4) */
  g_autofree FyCluster *c = grid_first_line ("一二三四五六七1八九十一二", 0.4, 10);

  for (guint k = 0; k < 7; k++)
    g_assert_cmpfloat_with_epsilon (c[k].x, k * EM, 1e-9);
  g_assert_cmpfloat (c[8].x - c[7].x - c[7].width, >=, EM / 4 * (1 - GLUE_FLEX) - 1e-9);
}

/* On the grid, a line that breaks legally but fills only by spreading
 * the characters after its number (……投资145亿元，同比|增长) takes in the
 * next character when half the Han–Latin gaps' flex makes room for it:
 * the Han before the number keep their columns, the mark its full cell,
 * and no gap falls near the edge of its ¼ em tolerance. */
static void
test_fit_grid_take_in (void)
{
  /* 八 misses by 0.3 pt; without it the five gaps after the digit would
   * each be spread by almost 1/4 em */
  g_autofree FyCluster *c = grid_first_line ("一二1三四，五六七八九十", 0.3, 10);

  for (guint k = 0; k < 2; k++)
    g_assert_cmpfloat_with_epsilon (c[k].x, k * EM, 1e-9);
  g_assert_cmpfloat_with_epsilon (c[5].width, EM, 1e-9);
  g_assert_cmpfloat (c[2].x - c[1].x - c[1].width, >=, EM / 4 * (1 - GLUE_FLEX / 2) - 1e-9);
  g_assert_cmpfloat (c[3].x - c[2].x - c[2].width, >=, EM / 4 * (1 - GLUE_FLEX / 2) - 1e-9);
}

/* Breaks @text on the grid (gbt9704, justified) into lines of ten cells. */
static GArray *
grid_lines (const char *text,
            FyCluster **c_out)
{
  guint n;
  FyCluster *c = make_clusters (text, FY_PUNCTUATION_FULL, 10 * EM, &n);
  FyBreakOptions grid = { FALSE, FALSE, TRUE, TRUE };
  double avail = 10 * EM;
  GArray *lines = fy_linebreak_greedy (c, n, &grid, geometry_of, &avail);

  for (guint l = 0; l < lines->len; l++)
    g_array_index (lines, FyBreakLine, l).grid = TRUE;
  *c_out = c;
  return lines;
}

/* On the grid, a line of Han characters before a number that does not
 * fit (……辛壬|12个) would end a cell short; the line before, which holds
 * a Latin letter, gives it a character instead, stretching its gaps after
 * the letter within the caps, and both lines fill — the Han characters
 * before the letter and every one of the second line on their columns. */
static void
test_fit_grid_rebreak_fills (void)
{
  g_autofree FyCluster *c = NULL;
  g_autoptr(GArray) lines = grid_lines ("一A二三四五六七八九甲乙丙丁戊己庚辛壬12个。", &c);
  FyBreakLine *first = &g_array_index (lines, FyBreakLine, 0);
  FyBreakLine *second = &g_array_index (lines, FyBreakLine, 1);

  g_assert_cmpuint (lines->len, ==, 3);
  g_assert_cmpuint (first->last, ==, 9);
  g_assert_cmpuint (second->last, ==, 19);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_position (c, first, FY_ALIGN_JUSTIFY), 10 * EM, 1e-9);
  g_assert_cmpfloat_with_epsilon (c[0].x, 0, 1e-9);
  for (guint k = 2; k < 9; k++)
    g_assert_cmpfloat (c[k].x - c[k - 1].x - c[k - 1].width, <=, EM / 4 * (1 + GLUE_FLEX) + 1e-9);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_position (c, second, FY_ALIGN_JUSTIFY), 10 * EM, 1e-9);
  for (guint k = 9; k < 19; k++)
    g_assert_cmpfloat_with_epsilon (c[k].x, (k - 9) * EM, 1e-9);
}

/* On the grid, a paragraph whose last line would hold one character
 * (孤字, 子。) sends one more down from the line before, which ends a cell
 * short on its columns, as a push-out for kinsoku does: no mark is
 * squeezed on a line that breaks legally (spec §4). */
static void
test_fit_grid_no_orphan (void)
{
  g_autofree FyCluster *c = NULL;
  g_autoptr(GArray) lines = grid_lines ("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子。", &c);
  FyBreakLine *second = &g_array_index (lines, FyBreakLine, 1);

  g_assert_cmpuint (lines->len, ==, 3);
  g_assert_cmpuint (g_array_index (lines, FyBreakLine, 0).last, ==, 10);
  g_assert_cmpuint (second->last, ==, 19);
  fy_linebreak_position (c, second, FY_ALIGN_JUSTIFY);
  for (guint k = 10; k < 19; k++)
    g_assert_cmpfloat_with_epsilon (c[k].x, (k - 10) * EM, 1e-9);
  g_assert_cmpuint (g_array_index (lines, FyBreakLine, 2).first, ==, 19);
}

/* On the grid, a line with a Latin letter near its end whose next mark
 * may not start a line is not pushed in where only a mark before the
 * letter could make the room (一，|二…): that would move every character
 * after the mark half a cell off its column (issue #12 item 2).  The line
 * breaks before the character with the mark and keeps its columns. */
/* Breaks @text on the grid (grid_lines()), checks that the first line
 * ends before cluster @last and that its first @on_columns clusters are
 * on their columns, justified. */
static void
assert_grid_first_line (const char *text,
                        guint       last,
                        guint       on_columns)
{
  g_autofree FyCluster *c = NULL;
  g_autoptr(GArray) lines = grid_lines (text, &c);
  FyBreakLine *first = &g_array_index (lines, FyBreakLine, 0);

  g_assert_cmpuint (first->last, ==, last);
  fy_linebreak_position (c, first, FY_ALIGN_JUSTIFY);
  for (guint k = 0; k < on_columns; k++)
    g_assert_cmpfloat_with_epsilon (c[k].x, k * EM, 1e-9);
}

static void
test_fit_grid_push_in_keeps_columns (void)
{
  assert_grid_first_line ("一，二三四五六七A八。九十", 9, 8);
}

/* On the grid, a line of Han characters before a number that does not
 * fit with its unit would end two cells short, which reads as a
 * paragraph's end: the number ends the line instead, cut from its unit
 * (……八12|个), the line less than a cell short, the Han on their
 * columns.  A number that opens a clause after a mark goes down whole. */
static void
test_fit_grid_cut_unit (void)
{
  assert_grid_first_line ("一二三四五六七八12个九十", 10, 8);
  assert_grid_first_line ("一二三四五六七。12个九十", 8, 8);
}

/* On the grid, a solidus between Han characters (克/立方米) or a hyphen
 * (中国-东盟; sweep9 a8: 政务协同-公文交换 moved the rest of its line half
 * a cell off the columns) takes one cell, its glyph centred, so that the
 * characters after it stay on their columns and the line fills; in the
 * other presets it stays as typed, half a cell of Latin. */
static void
check_grid_han_separator (const char *text,
                          const char *typed_text)
{
  g_autofree FyCluster *c = NULL;
  g_autoptr(GArray) lines = grid_lines (text, &c);
  FyBreakLine *first = &g_array_index (lines, FyBreakLine, 0);
  guint n;
  g_autofree FyCluster *typed = make_clusters (typed_text, FY_PUNCTUATION_COMPRESS, 10 * EM, &n);

  g_assert_cmpuint (first->last, ==, 10);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_position (c, first, FY_ALIGN_JUSTIFY), 10 * EM, 1e-9);
  for (guint k = 0; k < 10; k++)
    {
      g_assert_cmpfloat_with_epsilon (c[k].x, k * EM, 1e-9);
      g_assert_cmpfloat_with_epsilon (c[k].width, EM, 1e-9);
    }
  g_assert_cmpfloat_with_epsilon (c[6].draw_x, 6 * EM + (EM - c[6].advance) / 2, 1e-9);
  g_assert_true (c[6].no_start);
  g_assert_cmpint (typed[1].klass, ==, FY_CLASS_LATIN);
  g_assert_cmpfloat_with_epsilon (typed[1].base, typed[1].advance, 1e-9);
  g_assert_cmpfloat (typed[1].base, <, 0.7 * EM);
}

static void
test_fit_grid_han_solidus (void)
{
  g_autofree FyCluster *c = NULL;
  g_autoptr(GArray) lines = grid_lines ("一二三四五克/立方米以下六七八九", &c);

  check_grid_han_separator ("一二三四五克/立方米以下六七八九", "克/立");
  /* the solidus does not end a line either */
  g_assert_true (c[6].no_end);
}

static void
test_fit_grid_han_hyphen (void)
{
  check_grid_han_separator ("一二三四五中-东盟以下六七八九", "中-东");
}

/* A bullet of a pasted speech (★ ▲ ● ■ ※) takes its cell like a Han
 * character: no Han–Latin gap after it, every character after it on its
 * column (sweep10 b8: ●各责任单位…… printed 0.05 cell off the grid). */
static void
test_fit_grid_bullet (void)
{
  static const char * const bullets[] = { "★", "▲", "●", "■", "◆", "○", "※", "☆" };

  for (guint b = 0; b < G_N_ELEMENTS (bullets); b++)
    {
      g_autofree char *text = g_strconcat (bullets[b], "一二三四五六七八九十一二", NULL);
      g_autofree FyCluster *c = NULL;
      g_autoptr(GArray) lines = grid_lines (text, &c);
      FyBreakLine *first = &g_array_index (lines, FyBreakLine, 0);

      g_assert_cmpint (c[0].klass, ==, FY_CLASS_HAN);
      g_assert_cmpuint (first->last, ==, 10);
      fy_linebreak_position (c, first, FY_ALIGN_JUSTIFY);
      for (guint k = 0; k < 10; k++)
        g_assert_cmpfloat_with_epsilon (c[k].x, k * EM, 1e-9);
    }
}

/* Phase 3: justification */

static void
test_justify_word_space (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("ab cd", FY_PUNCTUATION_FULL, 1000, &n);
  FyBreakLine line = { 0, 5, 0, 100, FALSE, FALSE, 0, FALSE };
  State st;

  /* the word space takes the slack first, up to 1/2 em */
  state_init (&st, c, 0, 5);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_trim (&st.s, &line), 2.25 * EM, 1e-9);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_justify (&st.s, 2, FALSE), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.w[2], EM / 4 + 2, 1e-9);
  state_clear (&st);
}

static void
test_justify_grid_keeps_columns (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("一二三", FY_PUNCTUATION_FULL, 1000, &n);
  FyBreakLine line = { 0, 3, 0, 100, FALSE, FALSE, 0, TRUE };
  State st;

  /* Han characters alone on the grid do not stretch */
  state_init (&st, c, 0, 3);
  fy_linebreak_phase_trim (&st.s, &line);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_justify (&st.s, 4, TRUE), 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.gap[1], 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.gap[2], 0, 1e-9);
  state_clear (&st);

  /* off the grid they share the slack alike */
  state_init (&st, c, 0, 3);
  fy_linebreak_phase_trim (&st.s, &line);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_justify (&st.s, 4, FALSE), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.gap[1], 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.gap[2], 2, 1e-9);
  state_clear (&st);
}

static void
test_justify_grid_after_latin (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("一二三ab四", FY_PUNCTUATION_FULL, 1000, &n);
  FyBreakLine line = { 0, 6, 0, 100, FALSE, FALSE, 0, TRUE };
  State st;

  /* only the gaps after the first Latin run stretch: the Han before it
   * keep their columns (issue #12 item 2) */
  state_init (&st, c, 0, 6);
  fy_linebreak_phase_trim (&st.s, &line);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_justify (&st.s, 0.8, TRUE), 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.gap[1], 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.gap[2], 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.gap[3] + st.gap[5], EM / 2 + 0.8, 1e-9);
  state_clear (&st);

  /* more than the gaps after it can take within their caps: flush left,
   * the Han before it never spread */
  state_init (&st, c, 0, 6);
  fy_linebreak_phase_trim (&st.s, &line);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_justify (&st.s, 2 * EM, TRUE), 2 * EM, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.gap[1], 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.gap[2], 0, 1e-9);
  state_clear (&st);
}

static void
test_justify_flush_left (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("一二三", FY_PUNCTUATION_FULL, 1000, &n);
  FyBreakLine line = { 0, 3, 0, 100, FALSE, FALSE, 0, FALSE };
  State st;

  /* more than 1/4 em per gap: flush left, never letter-spaced */
  state_init (&st, c, 0, 3);
  fy_linebreak_phase_trim (&st.s, &line);
  g_assert_cmpfloat_with_epsilon (fy_linebreak_phase_justify (&st.s, 3 * EM, FALSE), 3 * EM, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.gap[1], 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (st.gap[2], 0, 1e-9);
  state_clear (&st);
}

/* On the grid, a line whose gaps after its first Latin run cannot take
 * its slack (the word after it did not fit) is set flush left, its Han
 * before the run on the columns (issue #12 items 2 and 4): the Han
 * characters are not spread to fill it. */
static void
test_justify_grid_whole_line (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("一二三四五六七八ab cd", FY_PUNCTUATION_FULL, 1000, &n);
  FyBreakLine line = { 0, 13, 0, 8 * EM + 3.5 * EM + 8, FALSE, FALSE, 0, TRUE };

  g_assert_cmpuint (n, ==, 13);
  g_assert_cmpfloat (fy_linebreak_position (c, &line, FY_ALIGN_JUSTIFY), <, line.avail - 1);
  for (guint k = 0; k < 8; k++)
    g_assert_cmpfloat_with_epsilon (c[k].x, k * EM, 1e-9);
}

/* A line with a web address: its Han gaps take up to 1/4 em and the
 * break points inside the address up to 1/8 em, each to its own cap,
 * rather than every gap held to the smaller one. */
static void
test_justify_url_caps (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("一二三四ab/cd/ef", FY_PUNCTUATION_FULL, 1000, &n);
  FyBreakLine line = { 0, 12, 0, 0, FALSE, FALSE, 0, FALSE };
  double natural = 4 * EM + EM / 4 + 8 * EM / 2;

  g_assert_cmpuint (n, ==, 12);
  g_assert_false (c[7].in_unit);
  g_assert_false (c[10].in_unit);
  line.avail = natural + 9;
  g_assert_cmpfloat_with_epsilon (fy_linebreak_position (c, &line, FY_ALIGN_JUSTIFY), line.avail, 1e-9);
  /* the two break points at their 1/8 em, the Han gaps alike above it */
  g_assert_cmpfloat_with_epsilon (c[7].x - c[6].x - c[6].width, EM * STRETCH_CAP / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (c[10].x - c[9].x - c[9].width, EM * STRETCH_CAP / 2, 1e-9);
  g_assert_cmpfloat (c[1].x - c[0].x, >, EM * (1 + STRETCH_CAP / 2));
  g_assert_cmpfloat (c[1].x - c[0].x, <=, EM * (1 + STRETCH_CAP) + 1e-9);
  g_assert_cmpfloat_with_epsilon (c[3].x - c[2].x, c[1].x - c[0].x, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/linebreak/prepare/kinsoku", test_prepare_kinsoku);
  g_test_add_func ("/core/linebreak/prepare/ideographic-space", test_prepare_ideographic_space);
  g_test_add_func ("/core/linebreak/prepare/straight-quote", test_prepare_straight_quote);
  g_test_add_func ("/core/linebreak/prepare/han-latin", test_prepare_han_latin);
  g_test_add_func ("/core/linebreak/prepare/circled-number", test_prepare_circled_number);
  g_test_add_func ("/core/linebreak/prepare/run-symbol", test_prepare_run_symbol);
  g_test_add_func ("/core/linebreak/prepare/number-unit", test_prepare_number_unit);
  g_test_add_func ("/core/linebreak/prepare/digit-groups", test_prepare_digit_groups);
  g_test_add_func ("/core/linebreak/prepare/path-breaks", test_prepare_path_breaks);
  g_test_add_func ("/core/linebreak/prepare/email-breaks", test_prepare_email_breaks);
  g_test_add_func ("/core/linebreak/prepare/half-width", test_prepare_half_width);
  g_test_add_func ("/core/linebreak/prepare/long-unit", test_prepare_long_unit);
  g_test_add_func ("/core/linebreak/trim/adjacent-marks", test_trim_adjacent_marks);
  g_test_add_func ("/core/linebreak/trim/line-start", test_trim_line_start);
  g_test_add_func ("/core/linebreak/compress/clreq-order", test_compress_clreq_order);
  g_test_add_func ("/core/linebreak/compress/grid-from-end", test_compress_grid_from_end);
  g_test_add_func ("/core/linebreak/hang/closing-mark", test_hang_closing_mark);
  g_test_add_func ("/core/linebreak/hang/only-closing", test_hang_only_closing);
  g_test_add_func ("/core/linebreak/hang/after-ideographic-space", test_hang_after_ideographic_space);
  g_test_add_func ("/core/linebreak/fit/no-hyphen-start", test_fit_no_hyphen_start);
  g_test_add_func ("/core/linebreak/fit/number-unit", test_fit_number_unit);
  g_test_add_func ("/core/linebreak/fit/flush-left-repaired", test_fit_flush_left_repaired);
  g_test_add_func ("/core/linebreak/fit/grid-tail-push-in", test_fit_grid_tail_push_in);
  g_test_add_func ("/core/linebreak/fit/grid-take-in", test_fit_grid_take_in);
  g_test_add_func ("/core/linebreak/fit/grid-number-whole", test_fit_grid_number_whole);
  g_test_add_func ("/core/linebreak/fit/grid-rebreak-fills", test_fit_grid_rebreak_fills);
  g_test_add_func ("/core/linebreak/fit/grid-no-orphan", test_fit_grid_no_orphan);
  g_test_add_func ("/core/linebreak/fit/grid-push-in-keeps-columns", test_fit_grid_push_in_keeps_columns);
  g_test_add_func ("/core/linebreak/fit/grid-cut-unit", test_fit_grid_cut_unit);
  g_test_add_func ("/core/linebreak/fit/grid-han-solidus", test_fit_grid_han_solidus);
  g_test_add_func ("/core/linebreak/fit/grid-han-hyphen", test_fit_grid_han_hyphen);
  g_test_add_func ("/core/linebreak/fit/grid-bullet", test_fit_grid_bullet);
  g_test_add_func ("/core/linebreak/justify/word-space", test_justify_word_space);
  g_test_add_func ("/core/linebreak/justify/grid-keeps-columns", test_justify_grid_keeps_columns);
  g_test_add_func ("/core/linebreak/justify/grid-after-latin", test_justify_grid_after_latin);
  g_test_add_func ("/core/linebreak/justify/flush-left", test_justify_flush_left);
  g_test_add_func ("/core/linebreak/justify/grid-whole-line", test_justify_grid_whole_line);
  g_test_add_func ("/core/linebreak/justify/url-caps", test_justify_url_caps);

  return g_test_run ();
}

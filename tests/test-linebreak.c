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

static void
geometry_50 (gpointer  data,
             guint     first,
             guint     segment,
             gboolean  first_of_segment,
             double   *x,
             double   *avail)
{
  *x = 0;
  *avail = 5 * EM;
}

static void
test_hang_closing_mark (void)
{
  guint n;
  g_autofree FyCluster *c = make_clusters ("一二三四五。六", FY_PUNCTUATION_COMPRESS, 5 * EM, &n);
  FyBreakOptions hanging = { FALSE, TRUE, FALSE, FALSE };
  FyBreakOptions plain = { FALSE, FALSE, FALSE, FALSE };
  g_autoptr(GArray) hung = fy_linebreak_greedy (c, n, &hanging, geometry_50, NULL);
  g_autoptr(GArray) pushed = fy_linebreak_greedy (c, n, &plain, geometry_50, NULL);
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
  g_autoptr(GArray) lines = fy_linebreak_greedy (c, n, &hanging, geometry_50, NULL);

  /* an opening bracket never hangs */
  g_assert_cmpuint (g_array_index (lines, FyBreakLine, 0).last, ==, 5);
  g_assert_cmpfloat_with_epsilon (g_array_index (lines, FyBreakLine, 0).hang, 0, 1e-9);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/linebreak/prepare/kinsoku", test_prepare_kinsoku);
  g_test_add_func ("/core/linebreak/prepare/han-latin", test_prepare_han_latin);
  g_test_add_func ("/core/linebreak/prepare/half-width", test_prepare_half_width);
  g_test_add_func ("/core/linebreak/prepare/long-unit", test_prepare_long_unit);
  g_test_add_func ("/core/linebreak/trim/adjacent-marks", test_trim_adjacent_marks);
  g_test_add_func ("/core/linebreak/trim/line-start", test_trim_line_start);
  g_test_add_func ("/core/linebreak/compress/clreq-order", test_compress_clreq_order);
  g_test_add_func ("/core/linebreak/compress/grid-from-end", test_compress_grid_from_end);
  g_test_add_func ("/core/linebreak/hang/closing-mark", test_hang_closing_mark);
  g_test_add_func ("/core/linebreak/hang/only-closing", test_hang_only_closing);
  g_test_add_func ("/core/linebreak/justify/word-space", test_justify_word_space);
  g_test_add_func ("/core/linebreak/justify/grid-keeps-columns", test_justify_grid_keeps_columns);
  g_test_add_func ("/core/linebreak/justify/flush-left", test_justify_flush_left);

  return g_test_run ();
}

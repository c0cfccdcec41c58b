/* test-grid-titles.c — titles broken by meaning, on labelled sets and rule by rule
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Issue 12, item 6: a title of more than one line is broken where its
 * phrases end.  The labelled sets (tests/data/titles*.txt, each title with
 * its acceptable breaks marked "|") are set with the gbt9704 preset and
 * the reading preset, read back by poppler-glib and scored against their
 * marks, each against its floors (title_sets[] below: a new set is one
 * row there).  The unit tests, which ask the title breaker
 * (fy-title-break.h) and its dictionary (fy-title-lexicon.h) for the
 * price of one break at a time, are in test-grid-title-rules.c and
 * test-grid-title-names.c; this program registers them.
 *
 * Split from test-grid.c, whose paths (/core/grid/titles/...) they keep.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <stdio.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"
#include "fy-test-layout.h"
#include "test-grid-titles.h"

/* Whether @line is the text of @title from *@read on, and moves *@read
 * past it.  poppler does not read back the spaces of a slogan's
 * 口号　口号: a space of the title may be missing from @line. */
static gboolean
match_title_line (const char *title,
                  glong      *read,
                  const char *line)
{
  const char *t = g_utf8_offset_to_pointer (title, *read);
  const char *l = line;

  while (*l != '\0')
    {
      if (*t == '\0')
        return FALSE;
      if (g_utf8_get_char (t) == g_utf8_get_char (l))
        l = g_utf8_next_char (l);
      else if (!g_unichar_isspace (g_utf8_get_char (t)))
        return FALSE;
      t = g_utf8_next_char (t);
      (*read)++;
    }
  return TRUE;
}

/* The first character's box of @line. */
static const PopplerRectangle *
first_rect (const FyTestPdfLine *line)
{
  return &g_array_index (line->rects, PopplerRectangle, 0);
}

/* Runs on one baseline (within a quarter of their size) before those
 * below them, left to right on one baseline. */
static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  const FyTestPdfLine *ra = *(FyTestPdfLine * const *) a;
  const FyTestPdfLine *rb = *(FyTestPdfLine * const *) b;
  double dy = first_rect (ra)->y2 - first_rect (rb)->y2;

  if (fabs (dy) > ra->size / 4)
    return dy < 0 ? -1 : 1;
  return first_rect (ra)->x1 < first_rect (rb)->x1 ? -1 : first_rect (ra)->x1 > first_rect (rb)->x1;
}

/* The text lines of @size pt in @reader, top to bottom.  poppler reads
 * the runs of a line set far apart (joint issuers parted by a full-width
 * space: 共青团某市委员会　某市 / 青年联合会　某市学生联合会) as lines
 * of their own, column by column; runs on one baseline of a page are
 * joined here, left to right. */
static GPtrArray *
title_lines (PopplerDocument *reader,
             double           size)
{
  GPtrArray *joined = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < poppler_document_get_n_pages (reader); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (reader, i);
      g_autoptr(GPtrArray) lines = fy_test_pdf_page_lines (page);
      g_autoptr(GPtrArray) runs = g_ptr_array_new ();
      const FyTestPdfLine *last = NULL;

      for (guint k = 0; k < lines->len; k++)
        {
          FyTestPdfLine *line = g_ptr_array_index (lines, k);

          if (fabs (line->size - size) <= 0.1)
            g_ptr_array_add (runs, line);
        }
      g_ptr_array_sort (runs, compare_runs);
      for (guint k = 0; k < runs->len; k++)
        {
          const FyTestPdfLine *run = g_ptr_array_index (runs, k);

          if (last != NULL && fabs (first_rect (run)->y2 - first_rect (last)->y2) <= size / 4)
            {
              char *text = g_strconcat (g_ptr_array_index (joined, joined->len - 1), run->text->str, NULL);

              g_free (g_ptr_array_index (joined, joined->len - 1));
              g_ptr_array_index (joined, joined->len - 1) = text;
            }
          else
            g_ptr_array_add (joined, g_strdup (run->text->str));
          last = run;
        }
    }
  return joined;
}

/* Sets the titles of the labelled set @name as the title blocks of one
 * document in @preset, reads them back and counts those broken over
 * lines and those broken only at marks; every title's text is checked,
 * and the share of those broken acceptably must be @at_least or more. */
static void
score_titles (const char *name,
              const char *preset,
              double      at_least)
{
  g_autofree char *path = fy_test_data_path (name);
  g_autofree char *contents = NULL;
  g_auto(GStrv) rows = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) marks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset (preset, &error);
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-titles-XXXXXX", &error);
  g_autofree char *pdf_path = NULL;
  g_autoptr(GFile) pdf = NULL;
  g_autoptr(PopplerDocument) reader = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  guint t = 0, broken = 0, acceptable = 0, n_lines = 0;
  glong read = 0;
  g_autoptr(GString) shown = g_string_new (NULL);
  gboolean ok = TRUE;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  rows = g_strsplit (contents, "\n", -1);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      GArray *at;
      char *title;

      if (rows[i][0] == '#' || rows[i][0] == '\0')
        continue;
      at = g_array_new (FALSE, FALSE, sizeof (glong));
      title = fy_test_title_row (rows[i], at);
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, title));
      g_ptr_array_add (titles, title);
      g_ptr_array_add (marks, at);
    }
  g_assert_cmpuint (titles->len, >=, 20);

  typesetter = fy_typesetter_new (style);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);
  pdf_path = g_build_filename (dir, "titles.pdf", NULL);
  pdf = g_file_new_for_path (pdf_path);
  g_assert_true (fy_render_pdf (layout, document, pdf, NULL, &error));
  g_assert_no_error (error);
  reader = fy_test_pdf_open (pdf_path);
  lines = title_lines (reader, fy_style_get_role (style, FY_STYLE_ROLE_TITLE)->size);

  for (guint i = 0; i < lines->len && t < titles->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *title = g_ptr_array_index (titles, t);
      GArray *at = g_ptr_array_index (marks, t);
      glong n = g_utf8_strlen (title, -1);

      g_assert_true (match_title_line (title, &read, line));
      g_string_append_printf (shown, "%s%s", n_lines > 0 ? " / " : "", line);
      n_lines++;
      if (read < n)
        {
          gboolean marked = FALSE;

          for (guint m = 0; m < at->len; m++)
            marked |= g_array_index (at, glong, m) == read;
          ok &= marked;
          continue;
        }
      if (n_lines > 1)
        {
          broken++;
          acceptable += ok;
          if (!ok)
            fprintf (stderr, "# title broken badly: %s\n", shown->str);
        }
      g_string_truncate (shown, 0);
      ok = TRUE;
      n_lines = 0;
      read = 0;
      t++;
    }
  g_assert_cmpuint (t, ==, titles->len);
  fprintf (stderr, "# %s%s%s: %u titles, %u broken over lines, %u of them acceptably (%.1f %%)\n",
           name, strcmp (preset, "gbt9704") == 0 ? "" : " at ", strcmp (preset, "gbt9704") == 0 ? "" : preset,
           titles->len, broken, acceptable, 100.0 * acceptable / MAX (broken, 1));
  g_assert_cmpuint (broken, >=, 8);
  g_unlink (pdf_path);
  g_rmdir (dir);
  g_assert_cmpfloat ((double) acceptable / broken, >=, at_least);
}

/* A labelled set: tests/data/@file, its test's path /core/grid/titles/@path
 * (at the reading preset: /core/grid/titles/reading/@file), and its
 * floors: the share of its titles broken over lines that must be broken
 * acceptably with gbt9704 (@floor) and with the reading preset
 * (@reading_floor). */
typedef struct
{
  const char *file;
  const char *path;
  double      floor;
  double      reading_floor;
} TitleSet;

/* Item 6: titles broken by meaning.  tests/data/titles.txt holds titles
 * written for this test, each with its acceptable breaks marked "|"; all
 * are set as the title blocks of one document, read back, and every break
 * must be at a mark: 95 % of the titles broken over lines on the sets the
 * rules were refined on, and a floor on a held-out set written later.
 * Each floor keeps what its set measures; the comment of each row says
 * where its figure came from (titles acceptable / titles broken over
 * lines with gbt9704).
 *
 * Changes that moved several sets at once, named in their rows:
 * - Session 8 cut titles into jieba's dictionary words with parts of
 *   speech (fy-title-lexicon.c) and priced breaks by them, for titles
 *   nobody has seen ("the dictionary"); the sets it left unnamed did not
 *   move.
 * - Session 9 settled labels that broke the conventions of the later
 *   sets (a quoted name stays with its head: “……”活动; every edge of a
 *   time word and of 工作 before a meeting's kind is a phrase's) and
 *   made 的 and the kind alone under a full line dearer ("session 9's
 *   labels").
 * - Session 10 settled that the place a 《》 name opens with, where it is
 *   no organ's (《东陵市|物业管理条例》), is a phrase's edge: the blind
 *   judge's sets mark it in every such name (titles-7, -8, -9: 17 of 17)
 *   and so does titles-5-heldout (4 of 4); titles-5 (2 of 5) and titles-6
 *   (0 of 7) did not, and their ten unmarked names were marked.  Its
 *   rules ("session 10's rules": words, places read apart, the lone
 *   的+kind dearer, anniversaries, 等 with a count, the relaxed pass by
 *   meaning, pairs of acts) are counted from the start of the session.
 * - Session 11 settled the quoted name by the judges' convention (sets 7
 *   to 10): a quoted name stays with the one word it names, “……”活动,
 *   “……”工程, “……”改革, “……”制度, “……”工作法, a meeting's kind
 *   (“以学促干”专题读书班); it may be set apart from a longer phrase
 *   (“一件事一次办”|工作机制, “亩均论英雄”|综合评价) and before 工作
 *   (“枫桥经验”|工作推进会).  Ten older labels that marked the break
 *   between a quote and the word it names were taken back (counted in
 *   their rows); the breaker took none of those breaks, so no figure
 *   moved.  A place and an event's round, a Latin term's pair and an
 *   adverb with its verb then moved the sets named ("session 11's
 *   rules").
 * - Session 17 added to the terms a title is never broken inside
 *   (data/titles/terms.txt): the names of schemes, funds and laws the
 *   labelled sets split, the vocabulary of the bodies a new judge draws
 *   on, and compounds the sets keep whole at a near miss ("session 17's
 *   terms"): sets 12 to 22 and most reading floors rose with them.
 *
 * The reading preset's title (一号 on a grid of 17 characters of 二号: 14
 * characters a line) takes most titles to three lines, and the breaks
 * fall where the 20-character line of gbt9704 never puts them.  Labels
 * that mark every acceptable break hold at any width; the sets before the
 * seventh were marked for 二号 on gbt9704's type width only (a break whose
 * lines make a poor shape there is left unmarked), so their figures there
 * are lower than the titles deserve.  The reading floors keep what each
 * set measures (e122f27: 570 of 820 broken titles, 381 of 515 in the
 * judges' sets 7 to 14; 51ea031: 571 and 382; with set Q, after session
 * 13's title rules: 622 of 880; meaning weighed more below 20 cells,
 * with sets P and S: 754 of 1020), so that a rule fitted to one width
 * cannot take from another unseen. */
static const TitleSet title_sets[] = {
  /* titles.txt (65): the set the rules were refined on, the goal.  The
   * dictionary 48 → 46; session 9's labels 46 → 47; session 11 took
   * back 4 labels.  41 of 65 at the reading preset with session 19's
   * contested boundaries (中小学 with its term). */
  { "titles.txt", "lexicon-set", 0.95, 0.63 },
  /* titles-heldout.txt (20): labelled after the first rules and not tuned
   * on until the second set was written (44 % then; since, a few of its
   * failures taught terms).  Session 11 took back 2 labels. */
  { "titles-heldout.txt", "held-out", 0.95, 0.78 },
  /* titles-2.txt (21): refined on, the goal.  Session 9: a verb between
   * two nouns priced as a term's part, 21 → 20 (……作用|助力打造). */
  { "titles-2.txt", "second-set", 0.95, 0.80 },
  /* titles-3.txt (30): written and labelled blind in session 4: 18 of 29
   * broken acceptably (62 %) before any change; the general rules it then
   * taught (heads of compounds, 基本, 以……为……) bring it to 21 of 29;
   * session 5's (暨 opens a line, 等 goes with what it sums up, the kind
   * of a meeting, pairs of verbs, a short last line only for 的+kind) to
   * 27 of 29.  The dictionary 28 → 27; session 9's labels 27 → 28;
   * session 10's rules 28 → 29; session 11 took back 1 label. */
  { "titles-3.txt", "third-set", 0.99, 0.93 },
  /* titles-4.txt (26): written and labelled in session 5 before the
   * breaker ran on it: 13 of 17 (76 %) then, 16 of 17 after session 5's
   * rules.  Session 9: 16 → 15 (……机关干部|作风……, a break after 干部
   * priced as after an organ's name); session 10's rules 15 → 16;
   * session 11 took back 1 label.  22 of 26 at the reading preset with
   * session 19's terms (基层应急管理|能力建设 no more: 应急管理能力). */
  { "titles-4.txt", "fourth-set", 0.94, 0.84 },
  /* titles-5.txt (46): written and labelled in session 6 before the
   * breaker ran on it, with marks stricter on shape (no 的 and a kind
   * under a full line where the middle has a phrase boundary): 25 of 46
   * (54 %) then; the organ, session, bracket and stub rules and the
   * lexicon bring it to 38 of 46.  The dictionary 38 → 39; session 10's
   * rules 39 → 43; session 11 took back 1 label. */
  { "titles-5.txt", "fifth-set", 0.93, 0.56 },
  /* titles-5-heldout.txt (26): titles-5's held-out part, scored once,
   * when session 6's rules were done: 16 of 26 before them, 18 after.
   * Session 9's labels 18 → 19; session 10's rules 19 → 21; session 11
   * took back 1 label. */
  { "titles-5-heldout.txt", "fifth-held-out", 0.80, 0.50 },
  /* titles-6.txt (48): written and labelled in session 7 before the
   * breaker ran on it, on the kinds session 6's blind sets found broken
   * (zones and parks, grade marks, 项目/情况 terms, 《》 names, pairs of
   * verbs, a long line over 的 and the kind): 23 of 48 (48 %) then, 36
   * after the zone, grade, 项目/情况, year-of-account and shape rules.
   * The dictionary 36 → 38; session 9's labels 38 → 39; a meeting's name
   * and its session (……人民代表大会|第五次会议), a boundary 16 of 18
   * labels accept, priced as a phrase's 39 → 40; 的 and the kind alone
   * under a full line dearer again (6), an anniversary kept with what it
   * is of (诞辰133周年) and a verb with its modifier (加快建设) 40 → 41;
   * session 10's rules 41 → 42. */
  { "titles-6.txt", "sixth-set", 0.87, 0.56 },
  /* titles-6-heldout.txt (24): titles-6's held-out part: 12 of 24 before
   * session 7's rules, 17 after.  The dictionary 17 → 18; session 9's
   * labels 18 → 19; session 10's rules 19 → 23. */
  { "titles-6-heldout.txt", "sixth-held-out", 0.95, 0.50 },
  /* titles-7.txt (60): session 8's sealed set H, released as training
   * data: 43 of 53 broken titles acceptable at its sealed run, 48 after
   * session 9's rules; session 10's rules 48 → 50; session 11's rules
   * 51 → 52. */
  { "titles-7.txt", "seventh-set", 0.98, 0.87 },
  /* titles-8.txt (40): session 8's open set G. */
  { "titles-8.txt", "eighth-set", 0.95, 0.91 },
  /* titles-9.txt (60): session 10's open set K: 50 of 58 broken titles
   * acceptable at its first run (9a1d315), before any change made with
   * it in view; session 10's rules 50 → 55; session 11's rules 55 → 56. */
  { "titles-9.txt", "ninth-set", 0.96, 0.81 },
  /* titles-10.txt (80): session 10's sealed set J, released as training
   * data after three sealed runs: 70 of 80 at the last; session 11's
   * rules 70 → 75; 76 of 80 at the reading preset with session 18's
   * terms. */
  { "titles-10.txt", "tenth-set", 0.93, 0.95 },
  /* titles-11.txt (60): session 11's open set M: 52 of 60 broken titles
   * acceptable at aa2694f (the judge's run), 51 at 7f5beff (the first run
   * of the titles engineer, before any change made with it in view); 57
   * after the rules it taught (quotes, a year's season, a bracket that
   * qualifies, 工作总结), so it meets the default floor; 45 of 60 at the
   * reading preset with session 18's terms; 47 with session 19's place
   * names (沄州 whole without its 市). */
  { "titles-11.txt", "eleventh-set", 0.95, 0.78 },
  /* titles-12.txt (80): session 11's sealed set L, released as training
   * data in session 12 after three sealed runs: 69 of 80 at the last
   * (d534387); 72 after session 12's rules (an organ's own body, parallel
   * conjuncts, a break after 暨).  68 of 80 at the reading preset with
   * session 19's contested heads (……教育|工作的通知》 no more), 69
   * with session 19's terms (城乡基层治理 whole). */
  { "titles-12.txt", "twelfth-set", 0.93, 0.86 },
  /* titles-13.txt (60): session 12's open set O: 45 of 60 at the judge's
   * first run (b57c851), before any change made with it in view; 50 after
   * the session's rules (政协, companies, 驻, dates, a meeting's kind
   * before 暨); 53 after session 13's (an edition's tag in brackets, an
   * ordinal with what it counts, 问题 with its act). */
  { "titles-13.txt", "thirteenth-set", 0.91, 0.75 },
  /* titles-14.txt (80): session 12's sealed set N, released as training
   * data in session 13 after two sealed runs: 65 of 80 at the last
   * (66ec546); 73 after session 13's rules (a quote's qualifier and its
   * Latin head, 第 with digits, organs after a verb and in lists, 一X一Y,
   * an ordinal with what it counts). */
  { "titles-14.txt", "fourteenth-set", 0.95, 0.81 },
  /* titles-15.txt (60): session 13's open set Q: 53 of 60 at the judge's
   * first run (13f8b80), before any change made with it in view; 54 at
   * 51ea031 (专项 with its act); 56 with session 19's contested
   * boundaries (区政协 with its own session). */
  { "titles-15.txt", "fifteenth-set", 0.93, 0.83 },
  /* titles-16.txt (80): session 13's sealed set P, released as training
   * data in session 14 after two sealed runs: 68 of 80 at both (13f8b80,
   * 1f39991).  70 of 80 at the reading preset after session 18's scope
   * rule (2026年冬季农村道路交通安全 whole); 71 with session 19's
   * contested heads (示范村|创建名单). */
  { "titles-16.txt", "sixteenth-set", 0.85, 0.88 },
  /* titles-17.txt (60): session 14's open set S: 52 of 60 at the judge's
   * first run (2af8e93), before any change made with it in view; 40 of
   * 60 at the reading preset.  58 and 51 after session 17's rule (a year
   * of account is no place; 村（社区）“两委” is one name). */
  { "titles-17.txt", "seventeenth-set", 0.96, 0.84 },
  /* titles-18.txt (80): session 14's sealed set R, released as training
   * data in session 15 after two sealed runs: 72 of 80 at both (2af8e93,
   * 3a79d75); 55 of 80 at the reading preset; 73 after session 15's
   * rule (an organ over a lower body of its own is one issuer); 79
   * with session 19's terms (对标世界一流 whole). */
  { "titles-18.txt", "eighteenth-set", 0.98, 0.80 },
  /* titles-19.txt (60): session 15's open set U: 55 of 60 at the judge's
   * first run (8e12fa4), before any change made with it in view; 47 of
   * 60 at the reading preset; 56 after session 15's rule (a bare
   * preposition ends no line). */
  { "titles-19.txt", "nineteenth-set", 0.96, 0.85 },
  /* titles-20.txt (80): session 15's sealed set T, released as training
   * data in session 16 after two sealed runs: 73 of 80 at both (8e12fa4,
   * bcf2084); 59 of 80 at the reading preset.  74 after session 16's
   * rule (a session without 第 stays with its round and organ), 76 after
   * its second (a level of government stays with the term it grades). */
  { "titles-20.txt", "twentieth-set", 0.98, 0.82 },
  /* titles-21.txt (80): session 16's sealed set V, released as training
   * data in session 17 after two sealed runs: 71 of 80 at 10dc18b, 72 at
   * 9005f43; 61 of 80 at the reading preset.  73 after session 17's
   * first rule (an ordinal in 个 stays with what it counts), 78 with
   * session 17's terms, 79 with 等 and its count kept with the name. */
  { "titles-21.txt", "twenty-first-set", 0.98, 0.85 },
  /* titles-22.txt (60): session 16's open set W: 53 of 60 at the judge's
   * first run (10dc18b), before any change made with it in view; 55
   * after session 16's rules; 40 of 60 at the reading preset.  59 with
   * session 17's terms, 60 with 等 and its count kept with the name; 50
   * of 60 at the reading preset with session 19's contested heads. */
  { "titles-22.txt", "twenty-second-set", 0.99, 0.83 },
  /* titles-23.txt (80): session 17's sealed set X, released as training
   * data in session 18 after two sealed runs: 71 of 80 at ce39e84, 73 at
   * b00ab19; 56 of 80 at the reading preset.  74 and 57 after session
   * 18's first rule (党（工）委: a bracket of one character inside a
   * word); 77 and 59 with session 18's terms (中央和省级, 学术不端行为,
   * 社会支持体系); 60 at the reading preset with session 19's place
   * names. */
  { "titles-23.txt", "twenty-third-set", 0.96, 0.75 },
  /* titles-24.txt (60): session 17's open set Y: 48 of 60 at the judge's
   * first run (ce39e84), before any change made with it in view; 53 with
   * session 17's terms and rules; 45 of 60 at the reading preset; 54
   * with session 19's contested boundaries (市政协 with its session); 46
   * at the reading preset with session 19's terms (能源资源消耗统计 whole). */
  { "titles-24.txt", "twenty-fourth-set", 0.90, 0.76 },
  /* titles-25.txt (60): session 19's open set AC: 53 of 60 at the
   * judge's first run (5b981f2), 44 of 60 at the reading preset, before
   * any change made with it in view; the same at bb72a78, after session
   * 19's contested boundaries; 56 and 46 with 更名为, 书记、局长 and
   * “五一”假期 kept whole; 57 and 51 with place names whole (芷阳机场). */
  { "titles-25.txt", "twenty-fifth-set", 0.95, 0.85 },
  /* titles-26.txt (80): session 19's sealed set AB, released as training
   * data at the end of session 19 after two sealed runs: 71 of 80 at
   * 5b981f2 and at f2921da (no layout of gbt9704 moved); 59 of 80 at the
   * reading preset both times.  72 with session 20's time rule (2027年春运
   * whole), 73 and 60 with the frame 以……为引领 whole, 74 with “千万工程”
   * 经验 whole. */
  { "titles-26.txt", "twenty-sixth-set", 0.92, 0.75 },
  /* titles-27.txt (60): session 20's open set AE: 51 of 60 at the
   * judge's first run (7d031e3), 37 of 60 at the reading preset; the
   * same at 120066e, before any change made with it in view. */
  { "titles-27.txt", "twenty-seventh-set", 0.85, 0.61 },
  /* titles-28.txt (80): session 20's sealed set AD, released as training
   * data at the end of session 20 after two sealed runs: 72 of 80 at
   * 7d031e3 and 74 at 6c5e5f6; 58 and 62 of 80 at the reading preset.
   * 78 and 66 once the title model is trained on it too. */
  { "titles-28.txt", "twenty-eighth-set", 0.92, 0.77 },
  /* titles-29.txt (60): session 21's open set AG: 56 of 60 at the
   * judge's first run (7566767), 43 of 60 at the reading preset; the
   * same at 929ce49, before any change made with it in view.  57 and 47
   * once the title model is trained on it too.  poppler reads one of its
   * lines in two runs (title_lines() joins them).  46 at the reading
   * preset once the model is trained on titles-30 as well (莳阳市审计局…
   * 高标准农田 / 建设资金…).  56 once it is trained on titles-35 as well
   * (茆江省林业和草原局 / 茆江省公安厅关于开展…): the floor is a title
   * below, as the new sets' are.  45 at the reading preset once the
   * model is trained in an order of its own rows, not the sets' order
   * (title-model.py row_order()); the reading floor is a title below. */
  { "titles-29.txt", "twenty-ninth-set", 0.91, 0.73 },
  /* titles-30.txt (80): session 21's sealed set AF, released as training
   * data at the end of session 21 after its sealed runs: 69 of 80 at
   * 7566767 and 68 at c22131f; 64 and 64 of 80 at the reading preset.
   * 75 and 68 once the title model is trained on it too. */
  { "titles-30.txt", "thirtieth-set", 0.93, 0.85 },
  /* titles-31.txt (60): session 21's open set of county, township and
   * village titles, written and labelled blind by the labeller: 54 of 60
   * at its first run (7566767), 45 of 60 at the reading preset; 56 and
   * 47 with 12 labels mended by its own conventions.  57 and 47 once the
   * title model is trained on it too. */
  { "titles-31.txt", "thirty-first-set", 0.95, 0.78 },
  /* titles-32.txt (60): session 21's open set of documents (《》 names,
   * notes in brackets, 等 + count), written and labelled blind: 54 of 60
   * at its first run (7566767), 41 of 60 at the reading preset (four
   * cut 》|等, which its labels never allow); 55 and 42 with 2 labels
   * mended by its own conventions.  56 and 45 once the title model is
   * trained on it too. */
  { "titles-32.txt", "thirty-second-set", 0.93, 0.75 },
  /* titles-33.txt (60): session 21's open set of long titles (subtitles,
   * 暨, joint issuers, long organs, ordinals), written and labelled
   * blind: 55 of 60 at its first run (7566767), 42 of 60 at the reading
   * preset; 55 and 45 with 4 labels mended by its own conventions (the
   * same at c882fc1).  56 and 51 once the title model is trained on it
   * too; 56 and 50 once it is trained on titles-29 as well. */
  { "titles-33.txt", "thirty-third-set", 0.93, 0.83 },
  /* titles-34.txt (60): session 21's open set of industries and bodies
   * the earlier sets used little (国企, 金融, 电力, 铁路, 民航, 港口, 高校,
   * 医院, 群团, 开发区, 自贸区, 口岸), written and labelled blind: 55 of 60
   * at its first run (7566767), 45 of 60 at the reading preset; 55 and
   * 48 with 5 labels mended by its own conventions (55 and 49 at
   * c8c7b1d).  57 and 54 once the title model is trained on it too; 56
   * and 54 once it is trained on titles-29 as well (榕崖港务集团在全省
   * 国有企业改革 / 深化提升行动…).  53 at the reading preset once it
   * is trained on titles-37 as well (在榕崖 / —雅加达国际客运航线首航…):
   * the floor is a title below, as the new sets' are. */
  { "titles-34.txt", "thirty-fourth-set", 0.93, 0.86 },
  /* titles-35.txt (60): session 22's open set AI, written and labelled
   * blind by the judge: 55 of 60 at its first run (8af4ecb), 43 of 60 at
   * the reading preset (the same at feed184, before any change made with
   * it in view; 52 and 37 with the rules alone).  56 and 46 once the
   * title model is trained on it too; the floors are a title below
   * (55 and 45), so that a retrain's shuffle of one layout does not fail
   * them. */
  { "titles-35.txt", "thirty-fifth-set", 0.91, 0.74 },
  /* titles-36.txt (80): session 22's sealed set AH, released as training
   * data at the end of session 22 after its sealed runs: 74 of 80 at
   * 8af4ecb and 72 at 09fd3aa; 58 and 59 of 80 at the reading preset.
   * 76 and 64 once the title model is trained on it too; the floors are
   * a title below (75 and 63). */
  { "titles-36.txt", "thirty-sixth-set", 0.93, 0.78 },
  /* titles-37.txt (60): session 23's open set AK, written and labelled
   * blind by the judge: 57 of 60 at its first run (037e8fe, title-dump
   * layout), 44 of 60 at the reading preset (53 and 43 with the rules
   * alone).  59 and 44 once the title model is trained on it too; the
   * floors are a title below (58 and 43). */
  { "titles-37.txt", "thirty-seventh-set", 0.96, 0.71 },
  /* titles-38.txt (80): session 23's sealed set AJ, released as training
   * data at the end of session 23 after its sealed runs: 70 of 80 at
   * 037e8fe and 70 at 202dfb9; 56 and 56 of 80 at the reading preset.
   * 71 and 57 once the title model is trained on it too; the floors are
   * a title below (70 and 56). */
  { "titles-38.txt", "thirty-eighth-set", 0.87, 0.70 },
  /* titles-39.txt (60): session 24's open set AM, written and labelled
   * blind by the judge: 53 of 60 at its first run (2547573, title-dump
   * layout), 45 of 60 at the reading preset (49 and 37 with the rules
   * alone).  54 and 51 once the title model is trained on it too, 54
   * and 48 once it is trained in an order of its own rows (title-model.py
   * row_order()); the floors are a title below (53 and 47). */
  { "titles-39.txt", "thirty-ninth-set", 0.88, 0.78 },
  /* titles-40.txt (80): session 24's sealed set AL, released as training
   * data at the end of session 24 after its sealed runs: 70 of 80 at
   * 2547573 and 70 at 1d49cce; 62 and 62 of 80 at the reading preset.
   * 72 and 64 once the title model is trained on it too; the floors are
   * a title below (71 and 63). */
  { "titles-40.txt", "fortieth-set", 0.88, 0.78 },
  /* titles-41.txt (60): session 25's open set AO, written and labelled
   * blind by the judge: 56 of 60 at its first run (7555dab, title-dump
   * layout), 45 of 60 at the reading preset (53 and 43 with the rules
   * alone).  57 and 49 once the title model is trained on it too; the
   * floors are a title below (56 and 48). */
  { "titles-41.txt", "forty-first-set", 0.93, 0.80 },
  /* titles-42.txt (80): session 25's sealed set AN, released as training
   * data at the end of session 25 after its sealed runs: 74 of 80 at
   * 7555dab and 74 at a32131d; 65 and 66 of 80 at the reading preset.
   * 75 and 68 once the title model is trained on it too; the floors are
   * a title below (74 and 67). */
  { "titles-42.txt", "forty-second-set", 0.92, 0.83 },
  /* titles-43.txt (60): session 26's open set AQ, written and labelled
   * blind by the judge: 58 of 60 at its first run (b48a559, title-dump
   * layout), 50 of 60 at the reading preset.  58 and 52 once the title
   * model is trained on it too; the floors are a title below (57 and 51). */
  { "titles-43.txt", "forty-third-set", 0.94, 0.84 },
  /* titles-44.txt (80): session 26's sealed set AP, released as training
   * data at the end of session 26 after its sealed runs: 77 of 80 at
   * b48a559 and 77 at 6a33816; 60 and 60 of 80 at the reading preset.
   * 77 and 64 once the title model is trained on it too; the floors are
   * a title below (76 and 63). */
  { "titles-44.txt", "forty-fourth-set", 0.94, 0.78 },
  /* titles-45.txt (60): session 27's open set AS, written and labelled
   * blind by the judge: 54 of 60 at its first run (b124133, title-dump
   * layout), 50 of 60 at the reading preset.  56 and 52 once the title
   * model is trained on it too; the floors are a title below (55 and 51). */
  { "titles-45.txt", "forty-fifth-set", 0.91, 0.85 },
  /* titles-46.txt (80): session 27's sealed set AR, released as training
   * data at the end of session 27 after its sealed runs: 77 of 80 at
   * b124133 and 77 at cfd666b; 67 and 67 of 80 at the reading preset (six
   * of those failures forced by units longer than 14 cells).  79 and 69
   * once the title model is trained on it too; the floors are a title
   * below (78 and 68). */
  { "titles-46.txt", "forty-sixth-set", 0.975, 0.85 },
};

/* Whether @label ("市委|第二巡察组") quotes @title on both sides of the
 * break before character @at; TRUE where it quotes no text (a "…", no
 * "|" or more than one). */
static gboolean
label_matches (const char *title,
               glong       at,
               const char *label)
{
  g_auto(GStrv) sides = NULL;
  const char *cut;

  if (label == NULL || strstr (label, "…") != NULL)
    return TRUE;
  sides = g_strsplit (label, "|", -1);
  if (g_strv_length (sides) != 2)
    return TRUE;
  cut = g_utf8_offset_to_pointer (title, at);
  return g_str_has_prefix (cut, sides[1]) &&
         cut - title >= (gssize) strlen (sides[0]) &&
         strncmp (cut - strlen (sides[0]), sides[0], strlen (sides[0])) == 0;
}

void
fy_test_check_title_breaks (const FyTitleLexicon    *lexicon,
                            const FyTitleBreakCheck *checks,
                            gsize                    n_checks)
{
  for (gsize i = 0; i < n_checks; i++)
    {
      const FyTitleBreakCheck *c = &checks[i];
      int price;
      g_autofree char *message = NULL;

      g_assert_cmpint (c->at, >, 0);
      g_assert_cmpint (c->at, <, g_utf8_strlen (c->title, -1));
      price = fy_test_title_price_with (lexicon, c->title, c->at);
      if (label_matches (c->title, c->at, c->label) && price >= c->least && price <= c->most)
        continue;
      message = g_strdup_printf ("%s, break %ld (%s): price %d, wanted %d to %d%s", c->title, c->at,
                                 c->label != NULL ? c->label : "", price, c->least, c->most,
                                 label_matches (c->title, c->at, c->label) ? "" : "; the label is not the text there");
      g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
    }
}

int *
fy_test_title_prices (const FyTitleLexicon *lexicon,
                      const char           *text,
                      gboolean              relaxed)
{
  glong n = g_utf8_strlen (text, -1), k = 0;
  g_autofree guint *offsets = g_new (guint, n);
  int *prices = g_new (int, n);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    offsets[k++] = p - text;
  fy_title_break_penalties (text, offsets, n, lexicon, NULL, prices);
  if (relaxed)
    fy_title_break_relax (text, offsets, n, lexicon, prices);
  return prices;
}

char *
fy_test_title_lines (const char *text,
                     const char *preset)
{
  g_auto(GStrv) lines = fy_test_title_line_texts (text, preset, TRUE);

  return g_strjoinv (" / ", lines);
}

/* A labelled set (@data, a TitleSet) with gbt9704, against its floor. */
static void
test_titles (gconstpointer data)
{
  const TitleSet *set = data;

  score_titles (set->file, "gbt9704", set->floor);
}

/* The same with the reading preset, against its reading floor. */
static void
test_titles_reading (gconstpointer data)
{
  const TitleSet *set = data;

  score_titles (set->file, "reading", set->reading_floor);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  fy_test_add_title_rules ();
  fy_test_add_title_names ();
  fy_test_add_title_model ();
  for (guint i = 0; i < G_N_ELEMENTS (title_sets); i++)
    {
      g_autofree char *test = g_strconcat ("/core/grid/titles/", title_sets[i].path, NULL);

      g_test_add_data_func (test, &title_sets[i], test_titles);
    }
  for (guint i = 0; i < G_N_ELEMENTS (title_sets); i++)
    {
      g_autofree char *test = g_strconcat ("/core/grid/titles/reading/", title_sets[i].file, NULL);

      g_test_add_data_func (test, &title_sets[i], test_titles_reading);
    }

  return g_test_run ();
}

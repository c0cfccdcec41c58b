/* title-dump.c — the title breaker's features and layouts of labelled title sets
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * What data/titles/title-model.py trains on and measures with (see
 * docs/typesetting.md, Titles):
 *
 *   title-dump features SET...
 *       one row a break the rules allow in each title of each labelled
 *       set (tests/data/titles*.txt, acceptable breaks marked "|"), tab
 *       separated: the set's file name, the title's number, the break's
 *       character offset, 1 if it is marked and 0 if not, the rules' price
 *       (the learned model left out), then its features
 *       (fy-title-model.c).
 *
 *   title-dump layout [--rules] [--model FILE] [--preset NAME] SET...
 *       sets each set's titles as the title blocks of one document with
 *       the real typesetter, as tests/test-grid-titles.c does, and prints
 *       each title broken over lines ("ok" or "bad", its lines joined by
 *       " / ") and a summary per set: "# FILE PRESET: N titles, B broken
 *       over lines, A of them acceptably".  --rules leaves the learned
 *       model out; --model uses FILE's weights instead of the built-in.
 *
 *   title-dump candidates [--preset NAME] SET...
 *       sets the titles as layout does (the built-in model) and prints,
 *       for each title broken over lines, a row "T", the set's file name,
 *       the title's number and the character offsets the engine broke
 *       at; then a row "L" for each layout fy_linebreak_balanced()
 *       weighs: the weight of its breaks' prices, its shape's cost where
 *       the first break is not strong, what that is less where it is,
 *       and its breaks as OFFSET:RULES'PRICE; a row "X" where there were
 *       too many to list.  data/titles/title-model.py replays the
 *       balancer on them (replay, sweep).
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "fy-linebreak-private.h"
#include "fy-test-layout.h"
#include "fy-title-break.h"
#include "fy-title-model.h"

/* A labelled set: its titles and, for each, the character offsets of
 * its marks. */
typedef struct
{
  GPtrArray *titles;
  GPtrArray *marks;    /* GArray of glong */
} TitleSet;

static gboolean
read_set (const char  *path,
          TitleSet    *set,
          GError     **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) rows = NULL;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return FALSE;
  set->titles = g_ptr_array_new_with_free_func (g_free);
  set->marks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  rows = g_strsplit (contents, "\n", -1);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      GArray *at;

      if (rows[i][0] == '#' || rows[i][0] == '\0')
        continue;
      at = g_array_new (FALSE, FALSE, sizeof (glong));
      g_ptr_array_add (set->titles, fy_test_title_row (rows[i], at));
      g_ptr_array_add (set->marks, at);
    }
  return TRUE;
}

static void
clear_set (TitleSet *set)
{
  g_clear_pointer (&set->titles, g_ptr_array_unref);
  g_clear_pointer (&set->marks, g_ptr_array_unref);
}

static gboolean
marked (GArray *at,
        glong   offset)
{
  for (guint m = 0; m < at->len; m++)
    if (g_array_index (at, glong, m) == offset)
      return TRUE;
  return FALSE;
}

static void
dump_features (const char *path,
               TitleSet   *set)
{
  g_autofree char *name = g_path_get_basename (path);

  for (guint t = 0; t < set->titles->len; t++)
    {
      const char *title = g_ptr_array_index (set->titles, t);
      glong n = g_utf8_strlen (title, -1);
      g_autofree guint *offsets = g_new (guint, n);
      g_autofree int *penalties = g_new (int, n);
      g_autofree GPtrArray **features = g_new0 (GPtrArray *, n);
      glong k = 0;

      for (const char *p = title; *p; p = g_utf8_next_char (p))
        offsets[k++] = p - title;
      fy_title_break_features (title, offsets, n, fy_title_lexicon_get_default (), penalties, features);
      for (k = 0; k < n; k++)
        {
          if (features[k] == NULL)
            continue;
          printf ("%s\t%u\t%ld\t%d\t%d", name, t, k,
                  marked (g_ptr_array_index (set->marks, t), k), penalties[k]);
          for (guint f = 0; f < features[k]->len; f++)
            printf ("\t%s", (const char *) g_ptr_array_index (features[k], f));
          printf ("\n");
          g_ptr_array_unref (features[k]);
        }
    }
}

/* Prints a title set in @para's lines, its breaks checked against @at;
 * returns whether every break is marked. */
static gboolean
show_title (FyPara *para,
            GArray *at)
{
  const FyPlacedCluster *c = (const FyPlacedCluster *) para->placed->data;
  g_autoptr(GString) shown = g_string_new (NULL);
  gboolean ok = TRUE;

  for (guint i = 0; i < para->lines->len; i++)
    {
      const FyParaLine *line = &g_array_index (para->lines, FyParaLine, i);
      guint last = line->last;

      /* a space that ends a line is no part of it (poppler does not
       * read it back) */
      while (last > line->first && g_unichar_isspace (g_utf8_get_char (para->text + c[last - 1].start)))
        last--;
      if (last <= line->first)
        continue;
      g_string_append_printf (shown, "%s%.*s", shown->len > 0 ? " / " : "",
                              (int) (c[last - 1].end - c[line->first].start), para->text + c[line->first].start);
      if (i + 1 < para->lines->len)
        ok &= marked (at, g_utf8_pointer_to_offset (para->text, para->text + c[last - 1].end));
    }
  printf ("%s\t%s\n", ok ? "ok" : "bad", shown->str);
  return ok;
}

typedef struct
{
  const char      *text;
  const FyCluster *c;
  const int       *rules;     /* the rules' price before each cluster */
  guint            printed;
} Candidates;

static void
print_candidate (const guint *ends,
                 guint        n_lines,
                 double       meaning,
                 double       shape,
                 double       strong_first_less,
                 gpointer     data)
{
  Candidates *cs = data;

  printf ("L\t%.17g\t%.17g\t%.17g\t", meaning, shape, strong_first_less);
  for (guint m = 0; m + 1 < n_lines; m++)
    printf ("%s%ld:%d", m > 0 ? "," : "", g_utf8_pointer_to_offset (cs->text, cs->text + cs->c[ends[m]].start),
            cs->rules[ends[m]]);
  printf ("\n");
  cs->printed++;
}

/* Every layout the balancer weighs for @para's title (with the rules'
 * prices, relaxed where no allowed break fits, as
 * compute_title_breaks() does), after a row "T" with the set, the
 * title's number and the breaks chosen; a row "X" after them where
 * there were too many to list all. */
static void
show_candidates (FyPara     *para,
                 const char *name,
                 guint       t,
                 double      avail)
{
  FyCluster *c = (FyCluster *) para->clusters->data;
  guint n = para->clusters->len;
  g_autofree guint *offsets = g_new (guint, n);
  g_autofree int *rules = g_new (int, n);
  Candidates cs = { para->text, c, rules, 0 };
  gboolean complete;

  printf ("T\t%s\t%u\t", name, t);
  for (guint i = 0; i + 1 < para->lines->len; i++)
    {
      const FyParaLine *line = &g_array_index (para->lines, FyParaLine, i);

      printf ("%s%ld", i > 0 ? "," : "", g_utf8_pointer_to_offset (para->text, para->text + c[line->last].start));
    }
  printf ("\n");
  for (guint k = 0; k < n; k++)
    offsets[k] = c[k].start;
  fy_title_break_penalties (para->text, offsets, n, fy_title_lexicon_get_default (), NULL, rules);
  complete = fy_linebreak_balanced_each (c, n, rules, avail, print_candidate, &cs);
  if (cs.printed == 0)
    {
      fy_title_break_relax (para->text, offsets, n, fy_title_lexicon_get_default (), rules);
      complete = fy_linebreak_balanced_each (c, n, rules, avail, print_candidate, &cs);
    }
  if (!complete)
    printf ("X\n");
}

static gboolean
dump_layout (const char          *path,
             TitleSet            *set,
             const char          *preset,
             const FyTitleModel  *model,
             gboolean             candidates,
             GError             **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyStyle) style = fy_style_new_from_preset (preset, error);
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint t = 0, broken = 0, acceptable = 0;

  if (style == NULL)
    return FALSE;
  for (guint i = 0; i < set->titles->len; i++)
    fy_document_append_block (document,
                              fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, g_ptr_array_index (set->titles, i)));
  typesetter = fy_typesetter_new (style);
  fy_typesetter_keep_clusters (typesetter, TRUE);
  fy_typesetter_set_title_model (typesetter, model);
  layout = fy_typesetter_layout (typesetter, document, NULL, error);
  if (layout == NULL)
    return FALSE;
  for (guint pg = 0; pg < layout->pages->len; pg++)
    {
      FyPage *page = g_ptr_array_index (layout->pages, pg);

      for (guint i = 0; i < page->lines->len; i++)
        {
          FyPageLine *pl = &g_array_index (page->lines, FyPageLine, i);

          if (pl->block_index < 0 || g_hash_table_contains (seen, pl->para))
            continue;
          g_hash_table_add (seen, pl->para);
          if (candidates && pl->para->lines->len > 1)
            show_candidates (pl->para, name, t, fy_style_get_type_width (style));
          else if (pl->para->lines->len > 1)
            {
              broken++;
              acceptable += show_title (pl->para, g_ptr_array_index (set->marks, t));
            }
          t++;
        }
    }
  if (!candidates)
    printf ("# %s %s: %u titles, %u broken over lines, %u of them acceptably\n",
            name, preset, t, broken, acceptable);
  if (t != set->titles->len)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %u titles laid out of %u", name, t, set->titles->len);
      return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyTitleModel) loaded = NULL;
  const FyTitleModel *model = fy_title_model_get_default ();
  const char *preset = "gbt9704";
  int i = 2;

  fy_core_init ();
  if (argc < 3 || (strcmp (argv[1], "features") != 0 && strcmp (argv[1], "layout") != 0 &&
                   strcmp (argv[1], "candidates") != 0))
    {
      fprintf (stderr, "usage: %s features SET...\n"
                       "       %s layout [--rules] [--model FILE] [--preset NAME] SET...\n"
                       "       %s candidates [--preset NAME] SET...\n", argv[0], argv[0], argv[0]);
      return 2;
    }
  for (; i + 1 < argc && g_str_has_prefix (argv[i], "--"); i++)
    if (strcmp (argv[i], "--rules") == 0)
      model = NULL;
    else if (strcmp (argv[i], "--model") == 0)
      {
        g_clear_pointer (&loaded, fy_title_model_free);
        loaded = fy_title_model_new_from_file (argv[++i], &error);
        if (loaded == NULL)
          break;
        model = loaded;
      }
    else if (strcmp (argv[i], "--preset") == 0)
      preset = argv[++i];
  for (; i < argc && error == NULL; i++)
    {
      TitleSet set = { NULL, NULL };

      if (read_set (argv[i], &set, &error))
        {
          if (strcmp (argv[1], "features") == 0)
            dump_features (argv[i], &set);
          else
            dump_layout (argv[i], &set, preset, model, strcmp (argv[1], "candidates") == 0, &error);
        }
      clear_set (&set);
    }
  if (error != NULL)
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return 1;
    }
  return 0;
}

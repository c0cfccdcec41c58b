/* fy-title-model.c — title break prices learned from the labelled sets
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-title-break"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fy-title-lexicon.h"
#include "fy-title-model.h"

/*
 * The rules of fy-title-break.c price each boundary of a title by hand.
 * The labelled sets (tests/data/titles*.txt, each acceptable break marked)
 * say how often a careful clerk accepts a break like it: a logistic
 * regression over sparse features of the boundary — the rules' price in
 * buckets ("b:"), the parts of speech of the dictionary words on both
 * sides, of the next ones out and the three before the boundary, the
 * words' lengths and the words themselves, the characters on both sides,
 * whether inside quotes, 《》 or brackets, how far from the title's ends —
 * estimates P, the chance a judge accepts the break.
 *
 * The model corrects the rules rather than replacing them: the log-odds
 * the features other than the rules' bucket add to P (what the words
 * around the break say beyond the price) move the rules' price,
 *
 *   price = rule price − residual × Σ w (features other than "b:…"),
 *
 * kept in [1, 60], and never at or under STRONG_BREAK_PRICE where the
 * rules priced over it (a break that cheap lets a first line be short).
 * The rules' NO_BREAK stays, and so does the price 0 of 的 and the kind
 * (FY_TITLE_GENRE_BREAK), which the shape costs read.  A model without
 * "@residual" but with "@scale" prices round (scale × −log P) alone
 * (measured worse: docs/typesetting.md).
 *
 * The weights are data/titles/title-model.txt, trained by
 * data/titles/title-model.py on the features tests/title-dump prints from
 * this very file, and compiled in (fy-title-model-table.h) as the terms
 * are: no file is read at run time, and a boundary costs about twenty
 * bisections of the table.  The test title-model checks that the weights
 * are what the script makes of the sets; a change of the rules or of the
 * sets needs
 *
 *   data/titles/title-model.py train _build/tests/title-dump tests/data -o data/titles/title-model.txt
 */

typedef struct
{
  const char *name;
  double      weight;
} Weight;

static const Weight builtin[] = {
#include "fy-title-model-table.h"
};

struct _FyTitleModel
{
  const Weight *table;        /* sorted bytewise (the built-in weights), or */
  gsize         n_table;
  GHashTable   *weights;      /* name → double, read from a file */
};

static const FyTitleModel builtin_model = { builtin, G_N_ELEMENTS (builtin), NULL };

const FyTitleModel *
fy_title_model_get_default (void)
{
  return &builtin_model;
}

FyTitleModel *
fy_title_model_new_from_file (const char  *path,
                              GError     **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) rows = NULL;
  g_autoptr(GHashTable) table = NULL;
  FyTitleModel *model;

  g_return_val_if_fail (path != NULL, NULL);
  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  rows = g_strsplit (contents, "\n", -1);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      char *space = strrchr (rows[i], ' ');
      double *w;

      if (rows[i][0] == '#' || space == NULL)
        continue;
      w = g_new (double, 1);
      *w = g_ascii_strtod (space + 1, NULL);
      g_hash_table_insert (table, g_strndup (rows[i], space - rows[i]), w);
    }
  model = g_new0 (FyTitleModel, 1);
  model->weights = g_steal_pointer (&table);
  return model;
}

void
fy_title_model_free (FyTitleModel *model)
{
  if (model == NULL)
    return;
  g_return_if_fail (model != &builtin_model);
  g_clear_pointer (&model->weights, g_hash_table_unref);
  g_free (model);
}

static int
compare_weight (const void *key,
                const void *item)
{
  return strcmp (key, ((const Weight *) item)->name);
}

/* The weight of feature @name in @model, 0 if the model does not know
 * it; *@known tells which. */
static double
weight_of (const FyTitleModel *model,
           const char         *name,
           gboolean           *known)
{
  const Weight *w;

  if (model->weights != NULL)
    {
      const double *d = g_hash_table_lookup (model->weights, name);

      *known = d != NULL;
      return d != NULL ? *d : 0;
    }
  /* the generator sorts the table bytewise */
  w = bsearch (name, model->table, model->n_table, sizeof *model->table, compare_weight);
  *known = w != NULL;
  return w != NULL ? w->weight : 0;
}

/* The rules' prices, in buckets of about equal meaning. */
static const char *
price_bucket (int price)
{
  static const char *const small[] = { "0", "1", "2", "3", "4", "5", "6" };

  if (price < (int) G_N_ELEMENTS (small))
    return small[MAX (price, 0)];
  return price <= 9 ? "7-9" : price <= 12 ? "10-12" : price <= 16 ? "13-16" :
         price <= 20 ? "17-20" : price <= 27 ? "21-27" : "28+";
}

/* The word of @words that ends at @offset (its index in *@i), or NULL. */
static const FyTitleWord *
word_ending (GArray *words,
             guint   offset,
             guint  *i)
{
  for (guint k = 0; words != NULL && k < words->len; k++)
    if (g_array_index (words, FyTitleWord, k).end == offset)
      {
        *i = k;
        return &g_array_index (words, FyTitleWord, k);
      }
  return NULL;
}

static void
add (GPtrArray  *out,
     const char *format,
     ...) G_GNUC_PRINTF (2, 3);

static void
add (GPtrArray  *out,
     const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (out, g_strdup_vprintf (format, args));
  va_end (args);
}

/* The features of the words around the boundary: their parts of speech,
 * lengths and text, and the parts of speech of the next ones out. */
static void
word_features (const char *text,
               GArray     *words,
               guint       offset,
               int         rule_price,
               GPtrArray  *out)
{
  guint i = 0;
  const FyTitleWord *left = word_ending (words, offset, &i);
  const FyTitleWord *right = left != NULL && i + 1 < words->len ? left + 1 : NULL;
  const FyTitleWord *left2 = left != NULL && i > 0 ? left - 1 : NULL;
  const FyTitleWord *right2 = right != NULL && i + 2 < words->len ? right + 1 : NULL;
  const char *tl = left != NULL ? left->tag : "-";
  const char *tr = right != NULL ? right->tag : "-";

  add (out, "tl:%s", tl);
  add (out, "tr:%s", tr);
  add (out, "tt:%s|%s", tl, tr);
  add (out, "tl2:%s", left2 != NULL ? left2->tag : "^");
  add (out, "tr2:%s", right2 != NULL ? right2->tag : "$");
  add (out, "ttt:%s|%s|%s", left2 != NULL ? left2->tag : "^", tl, tr);
  if (left != NULL)
    {
      glong n = g_utf8_strlen (text + left->start, left->end - left->start);

      add (out, "nl:%ld", MIN (n, 5));
      add (out, "wl:%.*s", (int) (left->end - left->start), text + left->start);
    }
  if (right != NULL)
    {
      glong n = g_utf8_strlen (text + right->start, right->end - right->start);

      add (out, "nr:%ld", MIN (n, 5));
      add (out, "wr:%.*s", (int) (right->end - right->start), text + right->start);
    }
}

/* Whether the boundary lies inside quotes, 《》 or brackets, and how far
 * from the title's ends it is, in characters. */
static void
place_features (const char *text,
                guint       offset,
                GPtrArray  *out)
{
  int quote = 0, name = 0, bracket = 0;
  glong from_start = g_utf8_pointer_to_offset (text, text + offset);
  glong to_end = g_utf8_strlen (text + offset, -1);

  for (const char *p = text; p < text + offset; p = g_utf8_next_char (p))
    switch (g_utf8_get_char (p))
      {
      case 0x201C: quote++; break;       /* “ */
      case 0x201D: quote--; break;       /* ” */
      case 0x300A: name++; break;        /* 《 */
      case 0x300B: name--; break;        /* 》 */
      case 0xFF08: bracket++; break;     /* （ */
      case 0xFF09: bracket--; break;     /* ） */
      default: break;
      }
  add (out, "in:%s%s%s", quote > 0 ? "q" : "", name > 0 ? "k" : "", bracket > 0 ? "r" : "");
  add (out, "s:%ld", MIN (from_start, 12));
  add (out, "e:%ld", MIN (to_end, 12));
}

void
fy_title_model_features (const char *text,
                         GArray     *words,
                         guint       offset,
                         int         rule_price,
                         GPtrArray  *out)
{
  char before[8] = { 0 }, after[8] = { 0 };

  g_unichar_to_utf8 (g_utf8_get_char (g_utf8_prev_char (text + offset)), before);
  g_unichar_to_utf8 (g_utf8_get_char (text + offset), after);
  add (out, "b:%s", price_bucket (rule_price));
  add (out, "cl:%s", before);
  add (out, "cr:%s", after);
  add (out, "cc:%s|%s", before, after);
  word_features (text, words, offset, rule_price, out);
  place_features (text, offset, out);
}

int
fy_title_model_price (const FyTitleModel *model,
                      const char         *text,
                      GArray             *words,
                      guint               offset,
                      int                 rule_price)
{
  g_autoptr(GPtrArray) features = NULL;
  gboolean known = FALSE;
  double scale, residual, z = 0, price, correction = 0;

  if (model == NULL || rule_price <= 0)
    return rule_price;
  residual = weight_of (model, "@residual", &known);
  scale = weight_of (model, "@scale", &known);
  if (!known && residual <= 0)
    return rule_price;
  features = g_ptr_array_new_with_free_func (g_free);
  fy_title_model_features (text, words, offset, rule_price, features);
  if (residual <= 0)
    z = weight_of (model, "@bias", &known);
  for (guint i = 0; i < features->len; i++)
    {
      const char *name = g_ptr_array_index (features, i);

      /* the rules' bucket counts in the pure model's P only */
      if (!g_str_has_prefix (name, "b:"))
        correction += weight_of (model, name, &known);
      else if (residual <= 0)
        z += weight_of (model, name, &known);
    }
  /* the rules' price, moved by what the words around the break say
   * beyond it, in log-odds; no cheaper than a strong break unless the
   * rules say so */
  if (residual > 0)
    return CLAMP ((int) lround (rule_price - residual * correction), MIN (rule_price, 2), 60);
  z += correction;
  /* −log P = log (1 + e^−z), without overflow */
  price = scale * (z < 0 ? -z + log1p (exp (z)) : log1p (exp (-z)));
  return CLAMP ((int) lround (price), 1, 60);
}

/* fy-title-lexicon.c — a title cut into dictionary words, with their parts of speech
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-title-lexicon"

#include "config.h"

#include <string.h>

#include "fy-title-lexicon.h"

/*
 * ICU's word boundaries know few of the terms of official writing (负责同志,
 * 森林草原, 人力资源 are single terms to a reader).  The title breaker cuts
 * a title with jieba's dictionary instead (Debian's python3-jieba, ~350 000
 * words with frequencies and parts of speech), turned at build time into
 * title-lexicon.bin by data/lexicon/make-title-lexicon.py: records sorted by
 * their UTF-8 bytes, found by binary search in the mapped file.
 *
 * A run of Han characters is cut as jieba cuts it: of all the ways to read
 * it as dictionary words (a character the dictionary lacks is a word of
 * its own), the likeliest, the one with the least sum of -ln(frequency).
 * Latin letters and digits run together into one word, each other
 * character is one.
 *
 * The file is looked for in $FAYAN_TITLE_LEXICON (the tests' build tree
 * copy), else in the data folder, then in the build tree this was built
 * in (a build run uninstalled); without it the breaker falls back to ICU.
 */

#define LEXICON_MAGIC "FYTLEX01"
#define HEADER_SIZE 16
/* no word of the dictionary is longer */
#define MAX_WORD_CHARS 16
/* the cost of a character the dictionary lacks: rarer than any word */
#define UNKNOWN_COST 200

struct _FyTitleLexicon
{
  GMappedFile *file;
  const guint8 *data;
  gsize size;
  guint32 count;
  const guint8 *offsets;
  const char *blob;
  gsize blob_size;
};

static guint32
read_u32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static gboolean
lexicon_open (FyTitleLexicon *lex,
              const char     *path)
{
  g_autoptr(GError) error = NULL;
  guint32 blob_size;

  lex->file = g_mapped_file_new (path, FALSE, &error);
  if (lex->file == NULL)
    {
      g_debug ("no title lexicon: %s", error->message);
      return FALSE;
    }
  lex->data = (const guint8 *) g_mapped_file_get_contents (lex->file);
  lex->size = g_mapped_file_get_length (lex->file);
  if (lex->size < HEADER_SIZE || memcmp (lex->data, LEXICON_MAGIC, 8) != 0)
    goto bad;
  lex->count = read_u32 (lex->data + 8);
  blob_size = read_u32 (lex->data + 12);
  if (lex->count == 0 || (lex->size - HEADER_SIZE) / 4 < lex->count ||
      lex->size - HEADER_SIZE - 4 * (gsize) lex->count != blob_size)
    goto bad;
  lex->offsets = lex->data + HEADER_SIZE;
  lex->blob = (const char *) lex->offsets + 4 * (gsize) lex->count;
  lex->blob_size = blob_size;
  /* Each record is its word, a NUL, its tag, a NUL and its cost byte,
   * all inside the blob: lookups then never read past the mapping,
   * whatever a damaged file holds. */
  for (guint32 i = 0; i < lex->count; i++)
    {
      gsize at = read_u32 (lex->offsets + 4 * (gsize) i);
      const char *word_end, *tag_end;

      if (at >= blob_size ||
          (word_end = memchr (lex->blob + at, '\0', blob_size - at)) == NULL ||
          (tag_end = memchr (word_end + 1, '\0', blob_size - (gsize) (word_end + 1 - lex->blob))) == NULL ||
          (gsize) (tag_end + 1 - lex->blob) >= blob_size)
        goto bad;
    }
  return TRUE;

bad:
  g_warning ("title lexicon %s is damaged; titles are broken without it", path);
  g_clear_pointer (&lex->file, g_mapped_file_unref);
  return FALSE;
}

/* The dictionary, mapped once per process, or NULL. */
const FyTitleLexicon *
fy_title_lexicon_get_default (void)
{
  static FyTitleLexicon lex;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      const char *env = g_getenv ("FAYAN_TITLE_LEXICON");
      g_autofree char *installed = g_build_filename (DATADIR, PACKAGE_NAME, "title-lexicon.bin", NULL);

      if (env != NULL && *env != '\0')
        lexicon_open (&lex, env);
      else if (!lexicon_open (&lex, installed))
        lexicon_open (&lex, BUILD_TITLE_LEXICON);
      g_once_init_leave (&once, 1);
    }
  return lex.file != NULL ? &lex : NULL;
}

static const char *
record (const FyTitleLexicon *lex,
        guint32               i)
{
  return lex->blob + read_u32 (lex->offsets + 4 * (gsize) i);
}

/* The first record whose first @len bytes are not less than @key: the
 * word @key itself if there is one, else the first that starts with it. */
static guint32
lower_bound (const FyTitleLexicon *lex,
             const char           *key,
             gsize                 len)
{
  guint32 lo = 0, hi = lex->count;

  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;
      const char *w = record (lex, mid);
      int c = strncmp (w, key, len);

      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Whether a word starts with @key; @found_cost is its cost when @key
 * itself is a word, else -1. */
static gboolean
lookup (const FyTitleLexicon *lex,
        const char           *key,
        gsize                 len,
        int                  *found_cost,
        const char          **found_tag)
{
  guint32 i = lower_bound (lex, key, len);
  const char *w;

  *found_cost = -1;
  if (i >= lex->count)
    return FALSE;
  w = record (lex, i);
  if (strncmp (w, key, len) != 0)
    return FALSE;
  if (w[len] == '\0')
    {
      const char *tag = w + len + 1;

      *found_tag = tag;
      *found_cost = (guint8) tag[strlen (tag) + 1];
    }
  return TRUE;
}

typedef struct
{
  int cost;           /* of the best reading from here to the run's end */
  guint next;         /* the character index where its first word ends */
  const char *tag;
} Route;

/* Cuts the Han run of characters [from, to) (byte offsets in @at) as
 * the likeliest reading and appends its words to @words. */
static void
cut_han_run (const FyTitleLexicon *lex,
             const char           *text,
             const guint          *at,
             guint                 from,
             guint                 to,
             GArray               *words)
{
  g_autofree Route *route = g_new0 (Route, to - from + 1);

  route[to - from].cost = 0;
  for (guint i = to; i-- > from;)
    {
      Route *r = &route[i - from];

      r->cost = G_MAXINT;
      for (guint j = i + 1; j <= to && j - i <= MAX_WORD_CHARS; j++)
        {
          int cost = -1;
          const char *tag = "x";
          gboolean more = lookup (lex, text + at[i], at[j] - at[i], &cost, &tag);

          if (cost < 0 && j == i + 1)
            cost = UNKNOWN_COST;
          if (cost >= 0 && cost + route[j - from].cost < r->cost)
            {
              r->cost = cost + route[j - from].cost;
              r->next = j;
              r->tag = tag;
            }
          if (!more)
            break;
        }
    }
  for (guint i = from; i < to; i = route[i - from].next)
    {
      FyTitleWord w = { at[i], at[route[i - from].next], "" };

      g_strlcpy (w.tag, route[i - from].tag, sizeof w.tag);
      g_array_append_val (words, w);
    }
}

static gboolean
is_han (gunichar ch)
{
  return ch >= 0x3400 && ch <= 0x9FFF;
}

static gboolean
is_latin_or_digit (gunichar ch)
{
  return ch < 0x80 ? g_ascii_isalnum ((char) ch)
                   : (ch >= 0xFF10 && ch <= 0xFF19) || (ch >= 0xFF21 && ch <= 0xFF5A);
}

/*
 * The words of @text in order, or NULL when there is no dictionary
 * (@lex NULL: the tests try the breaker without it so).
 */
GArray *
fy_title_lexicon_segment (const FyTitleLexicon *lex,
                          const char           *text)
{
  GArray *words;
  g_autofree guint *at = NULL;
  glong n;
  guint k = 0;

  if (lex == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  n = g_utf8_strlen (text, -1);
  at = g_new (guint, n + 1);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    at[k++] = p - text;
  at[k] = strlen (text);

  words = g_array_new (FALSE, TRUE, sizeof (FyTitleWord));
  for (guint i = 0; i < (guint) n;)
    {
      gunichar ch = g_utf8_get_char (text + at[i]);
      guint j = i + 1;

      if (is_han (ch))
        {
          while (j < (guint) n && is_han (g_utf8_get_char (text + at[j])))
            j++;
          cut_han_run (lex, text, at, i, j, words);
        }
      else
        {
          FyTitleWord w = { at[i], 0, "x" };

          if (is_latin_or_digit (ch))
            {
              while (j < (guint) n && is_latin_or_digit (g_utf8_get_char (text + at[j])))
                j++;
              g_strlcpy (w.tag, "eng", sizeof w.tag);
            }
          w.end = at[j];
          g_array_append_val (words, w);
        }
      i = j;
    }
  return words;
}

/* Whether the @len bytes at @word are a word of @lex's. */
gboolean
fy_title_lexicon_has_word (const FyTitleLexicon *lex,
                           const char           *word,
                           gsize                 len)
{
  int cost = -1;
  const char *tag = NULL;

  if (lex == NULL || len == 0)
    return FALSE;
  lookup (lex, word, len, &cost, &tag);
  return cost >= 0;
}

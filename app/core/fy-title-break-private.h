/* fy-title-break-private.h — (private) what the parts of the title breaker share
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>
#include <glib.h>

#include "fy-title-lexicon.h"

G_BEGIN_DECLS

static inline gboolean
in_set (const char *set,
        gunichar    ch)
{
  return ch != 0 && g_utf8_strchr (set, -1, ch) != NULL;
}

static inline gboolean
ends_with (const char *text,
           guint       offset,
           const char *word)
{
  gsize wl = strlen (word);

  return offset >= wl && strncmp (text + offset - wl, word, wl) == 0;
}

static inline gboolean
ends_with_one_of (const char         *text,
                  guint               offset,
                  const char *const  *words,
                  guint               n_words)
{
  for (guint i = 0; i < n_words; i++)
    if (ends_with (text, offset, words[i]))
      return TRUE;
  return FALSE;
}

static inline gboolean
starts_with_one_of (const char         *text,
                    const char *const  *words,
                    guint               n_words)
{
  for (guint i = 0; i < n_words; i++)
    if (g_str_has_prefix (text, words[i]))
      return TRUE;
  return FALSE;
}

/* No rule of this group applies: the next group decides. */
#define NO_RULE (-2)

/* An ordinal and what it counts (第七批|市级……名录, 第五届|“……”艺术节):
 * dearer than a line more, for a name longer than a line. */
#define ORDINAL_PRICE 24

/* The character two before @offset, or 0. */
static inline gunichar
before2_of (const char *text,
            guint       offset)
{
  const char *p = g_utf8_prev_char (text + offset);

  return p > text ? g_utf8_get_char (g_utf8_prev_char (p)) : 0;
}

/* The end of the number of Han or Arabic digits at @p (@p if none). */
static inline const char *
after_number (const char *p)
{
  while (*p && (in_set ("一二三四五六七八九十百", g_utf8_get_char (p)) || g_ascii_isdigit (*p)))
    p = g_utf8_next_char (p);
  return p;
}

/* A boundary a pricing step weighs, filled once for all of them: before
 * the character at @offset of @text. */
typedef struct
{
  const char *text;
  guint       offset;
  const char *at;          /* text + offset */
  gunichar    before;      /* the character before the boundary */
  gunichar    after;       /* the character after it, 0 at the end */
  gunichar    before2;     /* the one before @before, 0 in the first 6 bytes */
  guint       prev_word;   /* characters in the ICU word that ends here */
  guint       next_word;   /* characters in the ICU word that starts here */
} FyTitleBoundary;

static inline void
fy_title_boundary_init (FyTitleBoundary *bd,
                        const char      *text,
                        guint            offset,
                        guint            prev_word,
                        guint            next_word)
{
  bd->text = text;
  bd->offset = offset;
  bd->at = text + offset;
  bd->before = g_utf8_get_char (g_utf8_prev_char (bd->at));
  bd->after = g_utf8_get_char (bd->at);
  bd->before2 = offset >= 6 ? g_utf8_get_char (g_utf8_prev_char (g_utf8_prev_char (bd->at))) : 0;
  bd->prev_word = prev_word;
  bd->next_word = next_word;
}

/* fy-title-numbers.c: numbers, dates, ordinals, grades and anniversaries
 * stay whole, NO_RULE where none of them is at @offset */
int       fy_title_price_numbers    (const FyTitleBoundary *bd);

/* fy-title-marks.c: quotation marks, 《》, brackets, commas, 暨 and
 * 在……上, NO_RULE where none of them is at @offset */
int       fy_title_price_marks      (const FyTitleBoundary *bd);
/* the price added inside a quoted or a 《》 name (@open_mark, @close_mark) */
int       fy_title_inside_marks     (const char *text,
                                     guint       offset,
                                     const char *open_mark,
                                     const char *close_mark);
/* marks in @inside the boundaries inside a short bracket */
void      fy_title_find_short_brackets (const char *text,
                                        gboolean   *inside);
/* whether a quoted name that ends at @offset names the meeting after it */
gboolean  fy_title_quote_names_meeting (const char *text,
                                        guint       offset);

/* fy-title-organs.c: the names a break must not cut (organs, joint
 * issuers, zones and parks, sessions, stubs) */
gsize     fy_title_place_at         (const char *p);
gboolean  fy_title_zone_stop_before (const char *text,
                                     guint       offset);
void      fy_title_find_zones       (const char *text,
                                     gboolean   *forbid,
                                     gboolean   *after_zone);
void      fy_title_find_organs      (const char *text,
                                     GArray     *words,
                                     gboolean   *forbid,
                                     gboolean   *seams);
void      fy_title_find_issuers     (const char *text,
                                     GArray     *words,
                                     gboolean   *forbid,
                                     gboolean   *organ_break);
void      fy_title_find_stubs       (const char *text,
                                     gboolean   *forbid);
/* marks the inside of a place's name of two characters the dictionary
 * lacks, wherever it stands */
void      fy_title_find_place_names (const char *text,
                                     GArray     *words,
                                     gboolean   *inside);
/* marks in @inside the boundary before a bare 委员会, 人民政府, 有限公司 … */
void      fy_title_find_bare_heads  (const char *text,
                                     gboolean   *inside);
/* whether a post (书记, 院长) starts at @p, or ends at @offset */
gboolean  fy_title_post_at          (const char *p);
gboolean  fy_title_post_ends        (const char *text,
                                     guint       offset);
/* whether a standing committee opens at @offset inside its name */
gboolean  fy_title_standing_committee_at (const char *text,
                                          guint       offset);
/* whether @offset cuts a company's name after its place */
gboolean  fy_title_company_place_at (const char *text,
                                     guint       offset);
/* the price of a break between a place and its congress's session */
#define FY_TITLE_SESSION_OPEN_PRICE 16
void      fy_title_find_session_opens (const char *text,
                                       int        *opens);

/* ---- parts of speech (fy-title-lexicon.c) ------------------------------ */

/* What a word's part of speech says of its place in a phrase. */
typedef enum
{
  TAG_NOUN,       /* n, nz, ns, nt, vn, j, l, an, s, b …: a term's parts */
  TAG_TIME,       /* t: 现代, 当前 go with the noun after them */
  TAG_VERB,
  TAG_MODIFIER,   /* a, d, r: 新, 进一步, 各 go with what follows */
  TAG_NUMBER,     /* m, q, Latin and digits */
  TAG_FUNCTION,   /* p, c, u, f: 在, 和, 的, 上 */
  TAG_MARK,
} TagClass;

static inline TagClass
tag_class (const char *tag)
{
  switch (tag[0])
    {
    case 'v':
      return tag[1] == 'n' ? TAG_NOUN : TAG_VERB;
    case 't':
      return TAG_TIME;
    case 'a':
      return tag[1] == 'n' ? TAG_NOUN : TAG_MODIFIER;
    case 'd':
    case 'r':
      return TAG_MODIFIER;
    case 'm':
    case 'q':
    case 'e':
      return strcmp (tag, "e") == 0 ? TAG_FUNCTION : TAG_NUMBER;
    case 'p':
    case 'c':
    case 'u':
    case 'f':
    case 'y':
    case 'o':
      return TAG_FUNCTION;
    case 'x':
      return TAG_MARK;
    default:
      return TAG_NOUN;
    }
}

/* The word that ends at byte @o in @words (sorted), or NULL. */
static inline const FyTitleWord *
word_ending_at (GArray *words,
                guint   o,
                guint  *index)
{
  for (guint i = 0; i < words->len; i++)
    {
      const FyTitleWord *w = &g_array_index (words, FyTitleWord, i);

      if (w->end == o)
        {
          *index = i;
          return w;
        }
      if (w->end > o)
        break;
    }
  return NULL;
}

/* Whether a place of two or three characters and its level (岑阳市,
 * 乌兰浩特市) ends at @offset. */
static inline gboolean
ends_place (const char *text,
            guint       offset)
{
  const char *p = text + offset;

  for (guint n = 1; n <= 4 && p > text; n++)
    {
      p = g_utf8_prev_char (p);
      if (n >= 3 && fy_title_place_at (p) == (gsize) (text + offset - p))
        return TRUE;
    }
  return FALSE;
}

/* fy-title-break.c: the word lists its rules and the events' share */
/* whether a modifier (全市, 扎实) ends at @offset, or starts at @p */
gboolean  fy_title_modifier_ends    (const char *text,
                                     guint       offset);
gboolean  fy_title_modifier_starts  (const char *p);
/* whether a verb whose object follows (推动, 举办) ends at @offset */
gboolean  fy_title_verb_ends        (const char *text,
                                     guint       offset);

/* fy-title-events.c: the names of events (fairs, forums, contests) and
 * parallel conjuncts (科技创新与产业创新) a break must not cut.  Marks in
 * @inside the boundaries inside every event's name, in @opens the price
 * of those before a round a place holds. */
void      fy_title_find_events      (const char *text,
                                     GArray     *words,
                                     gboolean   *inside,
                                     int        *opens);
/* marks in @inside the boundaries inside two conjuncts of one length */
void      fy_title_find_parallel    (const char *text,
                                     GArray     *words,
                                     gboolean   *inside);

/* fy-title-terms.c: the compound terms of official writing */
/* the price of a break between a short quoted name and the noun it
 * names; and the one fy_title_names_head_price() leaves to other names
 * before their head, which fy-title-break.c may raise */
#define FY_TITLE_QUOTE_HEAD_PRICE 25
#define FY_TITLE_NAME_HEAD_PRICE 14
int       fy_title_names_head_price (const FyTitleWord *left,
                                     const FyTitleWord *right,
                                     const char        *text);
void      fy_title_find_meeting_kinds (const char *text,
                                       gboolean   *tail_start,
                                       gboolean   *tail_inside);

void      fy_title_find_terms       (const char *text,
                                     gboolean   *inside);
void      fy_title_find_headed_terms (const char *text,
                                      GArray     *words,
                                      gboolean   *inside);

/* fy-title-contested.c: what a boundary some judges reject and others
 * mark adds to its price (0 for any other) */
#define FY_TITLE_CONTESTED_PRICE 4
int       fy_title_contested_price  (const char *text,
                                     guint       offset);

G_END_DECLS

/* fy-lint-private.h — the linter's internals: units, findings, the check files
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-lint.h"
#include "fy-numbering.h"
#include "fy-source.h"

#include <string.h>

G_BEGIN_DECLS

enum {
  MASK_NONE = 0,
  MASK_FIELD,
  MASK_URL,
};

/* Series of numbered points written into the text: 一是 二是 …, 一要 二要 …,
 * 第一， 第二， … */
enum {
  LEAD_SHI,
  LEAD_YAO,
  LEAD_DI,
  N_LEAD_KEYS
};

/* An opening mark still open at the end of a line that runs on into the
 * next (text mode): it may be closed there. */
typedef struct
{
  guint     block;
  gsize     index;
  gunichar  mark;       /* as it will read: （ for a half-width ( that is fixed */
  gunichar  raw;        /* as it reads now */
  char     *context;    /* GRefString */
} OpenMark;

typedef struct
{
  guint    heading_last[FY_HEADING_MAX_LEVEL + 1];
  guint    lead_last[N_LEAD_KEYS];
  GArray  *open_marks;  /* of OpenMark */
  gboolean sentences;   /* the lines run on so far hold a sentence */
  guint    chunk_next;  /* the number the next page-chunk marker carries, 0 before the first */
  gboolean previous_open;       /* the unit before stopped in mid-sentence */
  gsize    previous_length;     /* characters of the unit before */
  gint     page_one_unit;       /* the unit whose opening "1、" is a page marker, or -1 */
  FyBlockRole previous_role;    /* document mode: the role of the unit before */
} SequenceState;

/* Document mode: what a body paragraph reads as where it stands, typed
 * into a blank document without styles (fy-lint-typed.c). */
typedef enum
{
  FY_LINT_TYPED_BODY,           /* a paragraph of sentences, or any block not set as body text */
  FY_LINT_TYPED_HEAD,           /* a 发文字号 or issue number, a 纪要's organ and date */
  FY_LINT_TYPED_TITLE,          /* the document's title, or an attached document's */
  FY_LINT_TYPED_HEADING,        /* 一、检查范围, 表1　…: a numbered line or a caption, no sentence */
  FY_LINT_TYPED_ITEM,           /* 2．情况报表 under 附件：1．……: an attachment's name */
  FY_LINT_TYPED_SIGNATURE,      /* the 署名 above the date */
  FY_LINT_TYPED_DATE,           /* the date on a line of its own */
  FY_LINT_TYPED_NOTE,           /* （此件公开发布） under the date */
  FY_LINT_TYPED_IMPRINT,        /* the 版记's 印发 line, its organ and date fields filled in */
  FY_LINT_TYPED_ROW,            /* one of short lines without a mark in a row: a table's rows glued */
} FyLintTyped;

typedef struct
{
  gsize  start;
  gsize  end;
  char  *name;
} FieldSpan;

typedef struct
{
  FyLint        *lint;
  GPtrArray     *findings;
  FySource      *source;        /* NULL in text mode */
  SequenceState *sequence;
  guint          block;
  gsize          offset;        /* characters of the block before the unit (a table cell) */
  FyBlockRole    role;
  gboolean       text_mode;
  gboolean       indented;      /* text mode: paragraphs open with 　　 (a web page's) */
  gboolean       continued;     /* text mode: the line before runs on into this one */
  gboolean       continues;     /* text mode: this line runs on into the next */
  const char    *next_line;     /* text mode: the line it runs on into, or NULL */
  guint          quotes_before; /* text mode: straight " in the lines run on into this one */
  guint          titles_open;   /* 《 the lines run on into this one leave open (fy_lint_check_pairs()) */
  guint          quotes_open;   /* “ the same */
  gboolean       quotes_odd;    /* text mode: the paragraph holds an odd number of " */
  guint          above;         /* text mode: lines with text above this one */
  gboolean       attachment_item; /* a line naming an attachment under 附件： */
  guint8         web;           /* text mode: the FyWebLine the importer would judge */
  FyLintTyped    typed;         /* document mode: what a body paragraph reads as */
  gint8          offer;         /* document mode: the role it is for certain, or -1 */
  gboolean       title;         /* the document's title, or an attached document's */

  const char    *text;          /* UTF-8 of the unit */
  char          *context;       /* the same, as a GRefString for findings */
  gunichar      *chars;
  gsize          n;
  guint8        *mask;
  guint8        *consumed;      /* explained by an ellipsis or dash finding */
  gssize         guidance_end;  /* last character of the last template guidance, or -1 */
  gboolean       attachment;    /* an attachment note set as body text: no end needed */
  gboolean       only_emoji;    /* a whole block (line) of emoji and spaces (fy-lint-emoji.c) */
  gunichar      *norm;          /* chars with half-width marks already fixed */
  GArray        *fields;        /* of FieldSpan */
} Unit;

/* How a fix changes the text beyond its range: a page-chunk marker's fix
 * also joins its block (line) to the one before, a boilerplate line's fix
 * removes the whole block (line). */
typedef enum
{
  FY_LINT_JOIN_NONE,
  FY_LINT_JOIN_PREVIOUS,
  FY_LINT_JOIN_DROP,
} FyLintJoin;

struct _FyLintFinding
{
  GObject          parent_instance;

  const char      *kind;
  FyLintSeverity   severity;
  guint            block;
  guint            start;
  guint            end;
  char            *message;
  char            *fix;
  char            *original;
  char            *context;     /* GRefString: the whole unit's text */
  gboolean         safe;
  FyLintJoin       join;
  gint             role;        /* the role the fix sets instead of changing the text, or -1 */
};

typedef struct _FyLintMemo FyLintMemo;

struct _FyLint
{
  GObject     parent_instance;

  gboolean    check_fonts;
  guint       title_chars_per_line;
  char      **defined_fields;
  FyLintMemo *memo;     /* the last fy_lint_source(), see fy-lint-memo.c */
};

/* The part of a SequenceState that one block hands to the next in
 * document mode, and whether the block opens a split web page's first
 * page. */
typedef struct
{
  guint    heading_last[FY_HEADING_MAX_LEVEL + 1];
  guint    lead_last[N_LEAD_KEYS];
  guint    chunk_next;
  gsize    previous_length;
  gboolean previous_open;
  gboolean sentences;
  gboolean page_one;
  FyBlockRole previous_role;
  FyLintTyped typed;
  gint8    offer;
} FyLintCarried;

/* Splits @text into lines the same way for linting and for fixing: at
 * "\n", with a "\r" before it left out of the line. */
typedef struct
{
  const char *start;
  gsize       length;       /* without the line break */
  const char *terminator;
  gsize       terminator_length;
} Line;

static const gunichar bracket_pairs[][2] = {
  { 0x201C, 0x201D },   /* “ ” */
  { 0x2018, 0x2019 },   /* ‘ ’ */
  { 0xFF08, 0xFF09 },   /* （ ） */
  { 0x300A, 0x300B },   /* 《 》 */
  { 0x3010, 0x3011 },   /* 【 】 */
  { 0x3008, 0x3009 },   /* 〈 〉 */
  { 0x300C, 0x300D },   /* 「 」 */
  { 0x300E, 0x300F },   /* 『 』 */
  { 0x3014, 0x3015 },   /* 〔 〕 */
};

/* Character classes */

static inline gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x3000 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F;
}

/* Skipped when looking for the neighbours of a mark. */
static inline gboolean
is_ignorable (gunichar c)
{
  return is_space (c) || c == 0xFEFF || c == '\n' || c == '\r';
}

static inline gboolean
is_han (gunichar c)
{
  return c >= 0x2E80 && g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;
}

/* Han characters and the marks only Chinese (or Japanese) text uses, plus
 * the quotation marks, dash and ellipsis Chinese shares with English
 * typography but that in a Chinese manuscript are Chinese. */
static inline gboolean
is_cjk (gunichar c)
{
  if (c < 0x2000)
    return FALSE;

  switch (c)
    {
    case 0x2014: case 0x2015: case 0x2018: case 0x2019:
    case 0x201C: case 0x201D: case 0x2026: case 0x2E3A:
      return TRUE;
    default:
      break;
    }

  return (c >= 0x3000 && c <= 0x30FF) ||
         (c >= 0xFE10 && c <= 0xFE1F) ||
         (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFFEF) ||
         is_han (c);
}

static inline gboolean
is_ascii_alnum (gunichar c)
{
  return c < 0x80 && g_ascii_isalnum ((char)c);
}

static inline gboolean
is_ascii_digit (gunichar c)
{
  return c >= '0' && c <= '9';
}

static inline gboolean
is_ascii_graph (gunichar c)
{
  return c > 0x20 && c < 0x7F;
}

/* strchr() for a code point: only ASCII can be in @set. */
static inline gboolean
is_one_of (gunichar    c,
           const char *set)
{
  return c > 0 && c < 0x80 && strchr (set, (int)c) != NULL;
}

static inline guint
chinese_digit_value (gunichar c)
{
  switch (c)
    {
    case 0x4E00: return 1;   /* 一 */
    case 0x4E8C: return 2;   /* 二 */
    case 0x4E09: return 3;   /* 三 */
    case 0x56DB: return 4;   /* 四 */
    case 0x4E94: return 5;   /* 五 */
    case 0x516D: return 6;   /* 六 */
    case 0x4E03: return 7;   /* 七 */
    case 0x516B: return 8;   /* 八 */
    case 0x4E5D: return 9;   /* 九 */
    default:     return 0;
    }
}

static inline gboolean
is_chinese_numeral (gunichar c)
{
  return chinese_digit_value (c) > 0 || c == 0x5341;   /* 十 */
}

static inline gunichar
full_width_of (gunichar c)
{
  switch (c)
    {
    case ',': return 0xFF0C;
    case '.': return 0x3002;
    case ';': return 0xFF1B;
    case ':': return 0xFF1A;
    case '?': return 0xFF1F;
    case '!': return 0xFF01;
    case '(': return 0xFF08;
    case ')': return 0xFF09;
    default:  return 0;
    }
}

static inline gboolean
is_full_width_alnum (gunichar c)
{
  return (c >= 0xFF10 && c <= 0xFF19) ||
         (c >= 0xFF21 && c <= 0xFF3A) ||
         (c >= 0xFF41 && c <= 0xFF5A);
}

static inline gboolean
is_sentence_mark (gunichar c)
{
  /* ，、；：。！？ */
  return c == 0xFF0C || c == 0x3001 || c == 0xFF1B || c == 0xFF1A ||
         c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

static inline gboolean
is_closing_mark (gunichar c)
{
  for (guint i = 0; i < G_N_ELEMENTS (bracket_pairs); i++)
    if (bracket_pairs[i][1] == c)
      return TRUE;

  return c == ')' || c == '"' || c == '\'' || c == ']';
}

static inline char *
ucs4_dup (const gunichar *chars,
          gsize           len)
{
  char *str = g_ucs4_to_utf8 (chars, len, NULL, NULL, NULL);

  return str != NULL ? str : g_strdup ("");
}

static inline char *
unichar_dup (gunichar c)
{
  return ucs4_dup (&c, 1);
}

#define unit_add fy_lint_unit_add

/* fy-lint.c */
GArray        *fy_lint_split_lines  (const char *text,
                                     gsize       length);
GPtrArray     *fy_lint_findings_new (void);

/* fy-lint-finding.c */
FyLintFinding *fy_lint_finding_new_full (const char     *kind,
                                         FyLintSeverity  severity,
                                         guint           block,
                                         gsize           start,
                                         gsize           end,
                                         const char     *fix,
                                         gboolean        safe,
                                         char           *message,
                                         char           *original,
                                         char           *context);
FyLintFinding *fy_lint_finding_copy_at  (FyLintFinding  *finding,
                                         guint           block);
int            fy_lint_finding_compare  (gconstpointer   a,
                                         gconstpointer   b);
guint          fy_lint_kind_order       (const char     *kind);

/* fy-lint-unit.c */
void           fy_lint_unit_init                  (Unit          *u,
                                                   FyLint        *lint,
                                                   GPtrArray     *findings,
                                                   SequenceState *sequence,
                                                   guint          block,
                                                   const char    *text,
                                                   gssize         length);
void           fy_lint_unit_clear                 (Unit          *u);
gssize         fy_lint_unit_prev_visible          (Unit          *u,
                                                   gssize         i);
gssize         fy_lint_unit_next_visible          (Unit          *u,
                                                   gssize         i);
gssize         fy_lint_unit_first_visible         (Unit          *u);
gunichar       fy_lint_unit_char_at               (Unit          *u,
                                                   gssize         i);
gboolean       fy_lint_unit_is_chapter_heading    (Unit          *u);
gboolean       fy_lint_unit_is_contact_line       (Unit          *u);
gboolean       fy_lint_unit_in_chinese_context    (Unit          *u,
                                                   gsize          start,
                                                   gsize          end);
void           fy_lint_unit_mask_urls             (Unit          *u);
void           fy_lint_unit_find_field_references (Unit          *u);
void           fy_lint_unit_find_block_fields     (Unit          *u,
                                                   const FySourceBlock       *block);

/* fy-lint-spacing.c */
void           fy_lint_check_spaces           (Unit *u);
void           fy_lint_check_full_width_alnum (Unit *u);
void           fy_lint_check_half_width       (Unit *u);

/* fy-lint-marks.c */
void           fy_lint_sequence_init   (SequenceState *sequence);
void           fy_lint_sequence_clear  (SequenceState *sequence);
void           fy_lint_check_ellipses  (Unit          *u);
void           fy_lint_check_dashes    (Unit          *u);
void           fy_lint_check_doubled   (Unit          *u);
void           fy_lint_check_pairs     (Unit          *u);
void           fy_lint_spare_examples  (Unit          *u,
                                        guint          first);

/* fy-lint-numbering.c */
void           fy_lint_check_heading_numbering (Unit *u);
void           fy_lint_check_lead_numbering    (Unit *u);

/* fy-lint-content.c */
gboolean       fy_lint_char_is_invisible      (gunichar c);
void           fy_lint_check_guidance         (Unit    *u);
void           fy_lint_check_title_marks      (Unit    *u);
void           fy_lint_check_end_punctuation  (Unit    *u);
void           fy_lint_check_attachment_note  (Unit    *u);
void           fy_lint_check_fields           (Unit    *u);
void           fy_lint_check_glyphs           (Unit    *u);

/* shared by every check file (fy-lint-unit.c, fy-lint-finding.c,
 * fy-lint-content.c) */
FyLintFinding *fy_lint_unit_add         (Unit           *u,
                                         const char     *kind,
                                         FyLintSeverity  severity,
                                         gsize           start,
                                         gsize           end,
                                         const char     *fix,
                                         gboolean        safe,
                                         char           *message);
void           fy_lint_finding_set_join (FyLintFinding  *finding,
                                         FyLintJoin      join);
void           fy_lint_finding_set_role (FyLintFinding  *finding,
                                         FyBlockRole     role);
gboolean       fy_lint_char_is_han      (gunichar        c);
gboolean       fy_lint_char_is_space    (gunichar        c);
gboolean       fy_lint_char_ends_clause (gunichar        c);
gboolean       fy_lint_char_closes      (gunichar        c);
char          *fy_lint_ucs4_dup         (const gunichar *chars,
                                         gsize           len);
gsize          fy_lint_match_word       (const gunichar     *v,
                                         gsize               m,
                                         gsize               k,
                                         const char * const *words);

/* fy-lint-typed.c */
FyLintTyped   *fy_lint_find_typed       (FySource          *source);
gint8         *fy_lint_find_offers      (FySource          *source,
                                         const FyLintTyped *typed);
FyBlockRole    fy_lint_unit_seen_role   (Unit              *u);
void           fy_lint_check_typed_role (Unit              *u);

/* fy-lint-hant.c */
void           fy_lint_check_traditional   (Unit *u);

/* fy-lint-typos.c */
void           fy_lint_check_typos         (Unit *u);

/* fy-lint-emoji.c */
void           fy_lint_check_emoji         (Unit     *u);
gboolean       fy_lint_char_is_emoji       (gunichar  c);
void           fy_lint_unit_note_only_emoji (Unit    *u);

/* fy-lint-memo.c */
FyLintMemo    *fy_lint_memo_new      (FyLint              *lint,
                                      const FySource      *source);
void           fy_lint_memo_free     (FyLintMemo          *memo);
void           fy_lint_carried_take  (FyLintCarried       *carried,
                                      const SequenceState *sequence,
                                      gboolean             page_one);
gboolean       fy_lint_memo_reuse    (FyLintMemo          *old,
                                      FyLintMemo          *next,
                                      FySourceBlock       *record,
                                      guint                block,
                                      const FyLintCarried *in,
                                      SequenceState       *sequence,
                                      GPtrArray           *findings);
void           fy_lint_memo_note     (FyLintMemo          *next,
                                      FySourceBlock       *record,
                                      guint                block,
                                      const FyLintCarried *in,
                                      const SequenceState *sequence,
                                      GPtrArray           *findings,
                                      guint                first);

/* fy-lint-names.c */
void           fy_lint_check_names_after_verbs (Unit           *u,
                                                const gunichar *v,
                                                const gsize    *pos,
                                                guint8         *marked,
                                                gsize           m);

/* fy-lint-web.c */
gboolean       fy_lint_check_boilerplate   (Unit *u);
void           fy_lint_check_chunk_markers (Unit *u);
void           fy_lint_note_unit_end       (Unit *u);
gint           fy_lint_find_page_one       (GPtrArray      *texts,
                                            const gboolean *paragraph);

G_END_DECLS

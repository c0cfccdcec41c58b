/* fy-lint-private.h — the linter's units of text, shared by its check files
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-lint.h"
#include "fy-numbering.h"

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
} SequenceState;

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
  FyDocument    *document;      /* NULL in text mode */
  SequenceState *sequence;
  guint          block;
  FyBlockRole    role;
  gboolean       text_mode;
  gboolean       continued;     /* text mode: the line before runs on into this one */
  gboolean       continues;     /* text mode: this line runs on into the next */
  guint          quotes_before; /* text mode: straight " in the lines run on into this one */
  gboolean       quotes_odd;    /* text mode: the paragraph holds an odd number of " */

  const char    *text;          /* UTF-8 of the unit */
  char          *context;       /* the same, as a GRefString for findings */
  gunichar      *chars;
  gsize          n;
  guint8        *mask;
  guint8        *consumed;      /* explained by an ellipsis or dash finding */
  gssize         guidance_end;  /* last character of the last template guidance, or -1 */
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

/* fy-lint-hant.c */
void           fy_lint_check_traditional   (Unit *u);

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

/* fy-lint.h — proofreading of pasted speech text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fy-document.h"
#include "fy-source.h"

G_BEGIN_DECLS

/*
 * FyLint checks a document (block by block) or plain text (line by line)
 * and returns FyLintFinding values: a kind, a severity, the block (or
 * line), a character range of its text and a translated message, plus
 * for most kinds a replacement for the range.  The GUI lists them
 * (fy_lint_kind_get_label() names the kind), underlines the ranges
 * (fy_lint_findings_for_block(), fy_lint_locate_in_runs() for field
 * chips), applies one fix on request (fy_lint_apply_fix(), any fix) and
 * "Fix all" (fy_lint_fix_document(), safe fixes only, repeated until
 * nothing is left).  A finding is tied to the text it was made on: once
 * the block changes, its fix is refused, so check again after an edit.
 */

/* Stable identifiers of what a finding is about (used in JSON, tests and
 * settings; never translated).  In brackets: severity; fix (safe = applied
 * by "Fix all" and `fayan-cli lint --fix`, offered = only on request).
 *
 * half-width-punctuation  , . ; : ? ! ( ) and straight "" in Chinese text
 *                         [warning; safe; an odd " offered]
 * space-in-chinese        a space next to Chinese text, left where a line
 *                         wrapped [warning; safe: removed]
 * space-at-edge           spaces opening or ending a paragraph [info; safe]
 * full-width-alphanumeric ２０２４, ＡＢＣ [warning; safe]
 * ellipsis                ... 。。。 … alone [warning; safe, ".." offered]
 * dash                    -- or — alone as a dash [warning; safe]
 * doubled-punctuation     ，， 。。 [warning; safe, ！！ offered, ，。 none]
 * unpaired-mark           “ ‘ （ 《 【 without a partner [warning; none]
 * missing-title-marks     a document's or regulation's name without 《》
 *                         [info; offered]
 * numbering-sequence      一、 then 三、; 一要 二要 四要 [warning; none]
 * typed-heading-number    a number typed into an engine-numbered heading:
 *                         printed as written instead of the engine's
 *                         [warning; offered]
 * double-heading-number   a heading that would show two numbers: the
 *                         engine's and one it does not take for an
 *                         ordinal ("1.1 总体要求") [warning; offered]
 * missing-end-punctuation a paragraph ending without 。！？ etc. [info; offered]
 * attachment-as-body      "附件：……" set as a body paragraph where it
 *                         is no note the typesetter knows (right before
 *                         the 署名, the date or the end): printed
 *                         without the blank line before it and without
 *                         the names hanging [warning; none: set the
 *                         paragraph as an attachment note]
 * field-unfilled          {{name}} with no value, or template guidance
 *                         （在此……） left in [warning; none]
 * field-unknown           {{name}} the template does not define [error; none]
 * title-too-long          a title of more than three lines [warning; none]
 * missing-glyph           a character no installed font has [error; none]
 * page-chunk-marker       "2、" where a web page split the text into pages,
 *                         often mid-word [warning; safe: removed, the
 *                         line or block joined to the one before]
 * traditional-character  發 in simplified text [warning; offered: ICU
 *                         Hant-Hans, reviewed by a person]
 * web-boilerplate         a line of the site around the text (来源：…
 *                         浏览次数 打印本页) [warning; safe: line removed]
 * typo                    a set phrase miswritten (再接再励, 己经, 付书记),
 *                         截止 opening a clause before a date [warning;
 *                         offered: the right form, reviewed by a person]
 * emoji                   👍 😀 ❤️ pasted from a chat [warning; safe:
 *                         removed, a keycap keeps its digit]
 */
#define FY_LINT_KIND_HALF_WIDTH_PUNCTUATION  "half-width-punctuation"
#define FY_LINT_KIND_SPACE_IN_CHINESE        "space-in-chinese"
#define FY_LINT_KIND_SPACE_AT_EDGE           "space-at-edge"
#define FY_LINT_KIND_FULL_WIDTH_ALPHANUMERIC "full-width-alphanumeric"
#define FY_LINT_KIND_ELLIPSIS                "ellipsis"
#define FY_LINT_KIND_DASH                    "dash"
#define FY_LINT_KIND_DOUBLED_PUNCTUATION     "doubled-punctuation"
#define FY_LINT_KIND_UNPAIRED_MARK           "unpaired-mark"
#define FY_LINT_KIND_MISSING_TITLE_MARKS     "missing-title-marks"
#define FY_LINT_KIND_NUMBERING_SEQUENCE      "numbering-sequence"
#define FY_LINT_KIND_TYPED_HEADING_NUMBER    "typed-heading-number"
#define FY_LINT_KIND_DOUBLE_HEADING_NUMBER   "double-heading-number"
#define FY_LINT_KIND_MISSING_END_PUNCTUATION "missing-end-punctuation"
#define FY_LINT_KIND_ATTACHMENT_AS_BODY      "attachment-as-body"
#define FY_LINT_KIND_FIELD_UNFILLED          "field-unfilled"
#define FY_LINT_KIND_FIELD_UNKNOWN           "field-unknown"
#define FY_LINT_KIND_TITLE_TOO_LONG          "title-too-long"
#define FY_LINT_KIND_MISSING_GLYPH           "missing-glyph"
#define FY_LINT_KIND_PAGE_CHUNK_MARKER       "page-chunk-marker"
#define FY_LINT_KIND_WEB_BOILERPLATE         "web-boilerplate"
#define FY_LINT_KIND_TRADITIONAL_CHARACTER   "traditional-character"
#define FY_LINT_KIND_TYPO                    "typo"
#define FY_LINT_KIND_EMOJI                   "emoji"
#define FY_LINT_KIND_TYPED_ROLE              "typed-role"

/* Title: 二号 (22 pt) on the 156 mm GB/T 9704 measure, when the document's
 * style preset is unknown. */
#define FY_LINT_DEFAULT_TITLE_CHARS_PER_LINE 20
#define FY_LINT_MAX_TITLE_LINES              3

typedef enum
{
  FY_LINT_SEVERITY_INFO,
  FY_LINT_SEVERITY_WARNING,
  FY_LINT_SEVERITY_ERROR,
} FyLintSeverity;

const char          *fy_lint_severity_to_string   (FyLintSeverity  severity);
const char * const  *fy_lint_get_kinds            (void);
const char          *fy_lint_kind_get_label       (const char     *kind);

#define FY_TYPE_LINT_SEVERITY (fy_lint_severity_get_type ())

GType               fy_lint_severity_get_type    (void) G_GNUC_CONST;

/**
 * FyLintFinding:
 *
 * One thing the proofreader found: where (block and a character range of
 * the block's text as fy_block_dup_text() writes it, `{{name}}` for field
 * references; in text mode the line and a range of that line), what, and
 * optionally a replacement for the range.  Immutable.  A GObject with
 * read-only properties, so that a GtkListView can show it directly.
 */
#define FY_TYPE_LINT_FINDING (fy_lint_finding_get_type ())

G_DECLARE_FINAL_TYPE (FyLintFinding, fy_lint_finding, FY, LINT_FINDING, GObject)

const char     *fy_lint_finding_get_kind     (FyLintFinding *self);
FyLintSeverity  fy_lint_finding_get_severity (FyLintFinding *self);
guint           fy_lint_finding_get_block    (FyLintFinding *self);
guint           fy_lint_finding_get_start    (FyLintFinding *self);
guint           fy_lint_finding_get_end      (FyLintFinding *self);
const char     *fy_lint_finding_get_message  (FyLintFinding *self);
const char     *fy_lint_finding_get_fix      (FyLintFinding *self);
gboolean        fy_lint_finding_is_safe      (FyLintFinding *self);
const char     *fy_lint_finding_get_original (FyLintFinding *self);
const char     *fy_lint_finding_get_context  (FyLintFinding *self);
gboolean        fy_lint_finding_get_role     (FyLintFinding *self,
                                              FyBlockRole   *role);
char           *fy_lint_finding_dup_sentence (FyLintFinding *self,
                                              guint          max_chars,
                                              guint         *start,
                                              guint         *end);

#define FY_TYPE_LINT (fy_lint_get_type ())

G_DECLARE_FINAL_TYPE (FyLint, fy_lint, FY, LINT, GObject)

FyLint             *fy_lint_new                       (void);

gboolean            fy_lint_get_check_fonts           (FyLint         *self);
void                fy_lint_set_check_fonts           (FyLint         *self,
                                                       gboolean        check_fonts);
guint               fy_lint_get_title_chars_per_line  (FyLint         *self);
void                fy_lint_set_title_chars_per_line  (FyLint         *self,
                                                       guint           chars);
const char * const *fy_lint_get_defined_fields        (FyLint         *self);
void                fy_lint_set_defined_fields        (FyLint         *self,
                                                       const char * const *names);

GPtrArray          *fy_lint_document                  (FyLint         *self,
                                                       FyDocument     *document);
GPtrArray          *fy_lint_source                    (FyLint         *self,
                                                       FySource       *source);
GPtrArray          *fy_lint_text                      (FyLint         *self,
                                                       const char     *text,
                                                       gssize          length);

GPtrArray          *fy_lint_findings_for_block        (GPtrArray      *findings,
                                                       guint           block);
void                fy_lint_locate_in_runs            (FyBlock        *block,
                                                       guint           offset,
                                                       guint          *run_index,
                                                       guint          *run_offset);

gboolean            fy_lint_apply_fix                 (FyDocument     *document,
                                                       FyLintFinding  *finding);
guint               fy_lint_apply_fixes               (FyDocument     *document,
                                                       GPtrArray      *findings);
char               *fy_lint_apply_fixes_to_text       (const char     *text,
                                                       gssize          length,
                                                       GPtrArray      *findings,
                                                       gboolean        safe_only,
                                                       guint          *n_applied);

guint               fy_lint_fix_document              (FyLint         *self,
                                                       FyDocument     *document);
char               *fy_lint_fix_text                  (FyLint         *self,
                                                       const char     *text,
                                                       gssize          length,
                                                       guint          *n_applied);

gboolean            fy_lint_font_coverage_available   (void);
gboolean            fy_lint_font_covers               (gunichar        ch);

G_END_DECLS

/* fy-test-utils.h — helpers shared by the tests
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <poppler.h>

#include "fayan-core.h"
#include "fy-title-lexicon.h"

G_BEGIN_DECLS

/* The bytes of tests/data/corpus/@name (FAYAN_CORPUS_DIR); aborts the test
 * when it cannot be read.  Free with g_free(). */
char       *fy_test_read_corpus          (const char *name,
                                          gsize      *length);

/* Imports tests/data/corpus/@name (Markdown) as a document. */
FyDocument *fy_test_load_corpus_markdown (const char *name);

/* The seed speech, and a revision of it: 更加深入的理解 → 更加深刻的理解 in
 * block 1, the sentence FY_TEST_SEED_DELETED_SENTENCE cut from block 3,
 * the fifth point moved before the fourth. */
#define FY_TEST_SEED_DELETED_SENTENCE \
  "目前,广清纺织服装产业有序转移园意向进驻企业2600家,已有460家企业落地入园。"
void        fy_test_make_seed_rounds     (FyDocument **old_document,
                                          FyDocument **new_document);

/* A new temporary folder named after @tmpl ("fayan-unit-XXXXXX");
 * asserts that it was made.  Free with g_free(). */
char       *fy_test_make_temp_dir        (const char *tmpl);

/* The text of every block of @document (fy_document_dup_block_text()),
 * each followed by a newline. */
char       *fy_test_dup_document_text    (FyDocument *document);

/* The sample speech of resources/samples (FAYAN_SOURCE_ROOT). */
FyDocument *fy_test_load_sample          (void);

/* Asserts that blocks @x and @y have the same role, level and runs (kind
 * and text); and that documents @a and @b have the same title and the
 * same blocks. */
void        fy_test_assert_same_block    (FyBlock    *x,
                                          FyBlock    *y);
void        fy_test_assert_same_blocks   (FyDocument *a,
                                          FyDocument *b);

/* What the last GListModel::items-changed said, and how often it came:
 * connect fy_test_items_changed_cb() with a FyTestItemsChanged. */
typedef struct
{
  guint position, removed, added;
  guint n_calls;
} FyTestItemsChanged;

void        fy_test_items_changed_cb     (GListModel         *model,
                                          guint               position,
                                          guint               removed,
                                          guint               added,
                                          FyTestItemsChanged *record);

/* Signal handlers that count their emissions in a guint: any signal
 * without arguments, and GObject::notify. */
void        fy_test_count_cb             (gpointer    instance,
                                          guint      *count);
void        fy_test_count_notify_cb      (GObject    *object,
                                          GParamSpec *pspec,
                                          guint      *count);

/* How many times @needle stands in @haystack (overlapping or not). */
guint       fy_test_count_occurrences    (const char *haystack,
                                          const char *needle);

/* Removes @path and everything below it (a test's temporary folder). */
void        fy_test_remove_tree          (const char *path);

/* Runs the tests added with *@work_dir set to a new temporary folder
 * (g_dir_make_tmp() @tmpl), removed after; returns g_test_run()'s status. */
int         fy_test_run_in_work_dir      (const char  *tmpl,
                                          char       **work_dir);

/* The same, making read-only folders writable first, and asserting that
 * everything was removed. */
void        fy_test_assert_remove_tree   (const char *path);

/* The built-in template of id @id, read from the GResource. */
FyTemplate *fy_test_load_builtin_template (const char *id);

/* Runs LibreOffice once over @files: --convert-to @target (with
 * --infilter=@infilter unless %NULL) into @outdir, with a profile under
 * @work_dir; asserts that it succeeds. */
void        fy_test_run_soffice          (const char         *work_dir,
                                          const char         *target,
                                          const char         *infilter,
                                          const char         *outdir,
                                          const char * const *files);

/* Whether /usr/bin/python3 can import docx (python3-docx). */
gboolean    fy_test_have_python_docx     (void);

/* Runs @script with python3 and @arg as sys.argv[1]; asserts that it
 * succeeds and returns its output. */
char       *fy_test_run_python           (const char *script,
                                          const char *arg);

/* Marks a line may not start with (closing marks, ～, –, ·, ／ and their
 * ASCII kin), or end with (opening marks). */
gboolean    fy_test_is_no_start          (gunichar    ch);
gboolean    fy_test_is_no_end            (gunichar    ch);

/* The full-width closing marks (、。，… ）》」), whose blank half a line
 * end may leave outside the type area. */
gboolean    fy_test_is_closing_mark      (gunichar    ch);

/* Whether a line of @text, followed in its paragraph by @rest, was pushed
 * out for kinsoku, or by the grid's re-break that keeps a 孤字 off the
 * last line (the grid judges' "pushed out" count). */
gboolean    fy_test_pushed_out           (const char *text,
                                          const char *rest);

/* Proofreading with FyLint. */

/* A linter that does not check font coverage (that depends on the fonts
 * installed); the findings of one for @text, asserted non-%NULL. */
FyLint        *fy_test_lint_new          (void);
GPtrArray     *fy_test_lint_text         (const char *text);

/* How many of @findings are of @kind; the @nth (from 0) of them, or %NULL. */
guint          fy_test_count_kind        (GPtrArray  *findings,
                                          const char *kind);
FyLintFinding *fy_test_find_kind         (GPtrArray  *findings,
                                          const char *kind,
                                          guint       nth);

/* The Han characters of @text (U+3400 and above), in order. */
char          *fy_test_han_only          (const char *text);

/* Running fayan-cli ($FAYAN_CLI) as a real process. */

/* What a run of fayan-cli printed, and its exit status. */
typedef struct
{
  char *out;
  char *err;
  int   status;
} FyTestCliResult;

void        fy_test_cli_result_clear     (FyTestCliResult *result);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FyTestCliResult, fy_test_cli_result_clear)

/* Runs fayan-cli with @args (NULL-terminated) in @cwd (%NULL: the test's
 * folder) with the environment @envp (%NULL: the test's), calling
 * @child_setup in the child unless %NULL.  Asserts that it ran and exited
 * on its own (a crash is never an acceptable exit) and printed UTF-8;
 * logs its error output.  Frees what @result held before. */
void        fy_test_run_cli_full         (FyTestCliResult     *result,
                                          const char          *cwd,
                                          const char * const  *envp,
                                          GSpawnChildSetupFunc child_setup,
                                          const char * const  *args);

/* fy_test_run_cli (&result, "lint", path): the same in the test's folder
 * and environment. */
#define fy_test_run_cli(result, ...) \
  fy_test_run_cli_full ((result), NULL, NULL, NULL, (const char * const[]) { __VA_ARGS__, NULL })

/* Runs fayan-cli with the arguments from @first to a %NULL, as
 * fy_test_run_cli() does; returns its exit status, and its output in @out
 * and @err unless they are %NULL. */
int         fy_test_cli                  (char       **out,
                                          char       **err,
                                          const char  *first,
                                          ...) G_GNUC_NULL_TERMINATED;

/* Reading PDFs back with poppler-glib, the independent reader. */

/* poppler-glib 22.12 declares no autoptr cleanups */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerIndexIter, poppler_index_iter_free)

/* What poppler says is on one text line of a page, white space left out. */
typedef struct
{
  GString *text;     /* the characters of the line */
  GArray  *chars;    /* gunichar per character */
  GArray  *rects;    /* PopplerRectangle per character */
  GArray  *spaced;   /* gboolean per character: white space before it */
  char    *font;     /* font of the first character */
  double   size;     /* font size of the first character */
  guint    n_chars;
} FyTestPdfLine;

void             fy_test_pdf_line_free   (gpointer         line);

/* On the grid (issue #12 items 2 and 4): whether @line, a full body line
 * of @size pt ending @slack short of the type area, was set flush left
 * because no break filled it: what follows (@rest) is a Latin word or
 * number, or @line holds Latin letters or digits and the next character
 * did not fit even with what may be squeezed after the first Latin run
 * (half of each full-width mark, 0.04 em of each Han–Latin gap); a mark
 * that may not end a line comes with the character after it. */
gboolean         fy_test_flush_left_ok   (const FyTestPdfLine *line,
                                          const char      *rest,
                                          double           slack,
                                          double           pitch,
                                          double           size);
/* The first character of @line before its first Latin letter, digit or
 * half-width sign whose glyph is more than 0.5 pt off its column (the
 * type area starts at @left; a glyph of @size pt sits in the middle of
 * its cell), or -1. */
int              fy_test_han_off_column  (const FyTestPdfLine *line,
                                          double           left,
                                          double           pitch,
                                          double           size);

/* Typesets @document with the style preset @preset and renders it to
 * PDF bytes (@pdf, nullable); returns the layout.  Asserts each step. */
FyLayout        *fy_test_typeset         (FyDocument      *document,
                                          const char      *preset,
                                          GBytes         **pdf);

/* Opens the PDF at @path, or in @bytes; asserts that poppler can. */
PopplerDocument *fy_test_pdf_open        (const char      *path);
PopplerDocument *fy_test_pdf_open_bytes  (GBytes          *bytes);

/* The text lines (FyTestPdfLine) of @page in poppler's reading order,
 * or of every page of @pdf one after the other. */
GPtrArray       *fy_test_pdf_page_lines  (PopplerPage     *page);
GPtrArray       *fy_test_pdf_lines       (PopplerDocument *pdf);

/* The text poppler reads from page @index of @pdf, or from all its pages
 * one after the other. */
char            *fy_test_pdf_page_text   (PopplerDocument *pdf,
                                          int              index);
char            *fy_test_pdf_text        (PopplerDocument *pdf);

/* The outline (bookmarks) of @pdf, two levels deep: each title followed
 * by "|", a second-level one after ">". */
char            *fy_test_pdf_outline     (PopplerDocument *pdf);

/* Where @text stands on @page; asserts that it stands there exactly once. */
PopplerRectangle fy_test_pdf_find_once   (PopplerPage     *page,
                                          const char      *text);

/* A font of a PDF as poppler lists it. */
typedef struct
{
  char            *name;
  char            *full_name;
  PopplerFontType  type;
  gboolean         embedded;
  gboolean         subset;
} FyTestPdfFont;

/* The fonts (FyTestPdfFont) of every page of @pdf. */
GPtrArray       *fy_test_pdf_fonts       (PopplerDocument *pdf);

/* Asserts that @got is @expected, reporting a difference by the few
 * characters around where it starts rather than by two whole texts. */
void             fy_test_assert_same_text (const char     *got,
                                           const char     *expected);

/* @text without its white space (PDF text breaks lines anywhere). */
char            *fy_test_strip_spaces    (const char      *text);

/* How many characters of @text are no blanks; of pasted @blocks, a
 * heading's own ordinal (kept aside for the numbering) counted; of
 * @lines an import left out.  Characters in = characters out. */
guint            fy_test_count_visible   (const char      *text);
guint            fy_test_count_visible_blocks (GPtrArray  *blocks);
guint            fy_test_count_visible_lines  (GPtrArray  *lines);

/* An empty document's JSON one file format version newer than this build
 * reads (FY_DOCUMENT_FORMAT_VERSION + 1). */
char            *fy_test_future_document (void);

/* The path of tests/data/@name; free with g_free(). */
char            *fy_test_data_path       (const char      *name);

/* The contents of tests/data/@name, asserted readable. */
char            *fy_test_read_data       (const char      *name);

/* @text imported as plain text; asserts that the import succeeded. */
FyDocument      *fy_test_import_plain    (const char      *text);

/* The plain text tests/data/@name imported as fy_import_plain_text() does. */
FyDocument      *fy_test_import_plain_data (const char    *name);

/* @text imported as Markdown; asserts that the import succeeded. */
FyDocument      *fy_test_import_markdown (const char      *text);
/* The block at @position of @document, asserted to exist. */
FyBlock         *fy_test_block_at        (FyDocument      *document,
                                          guint            position);
/* Asserts that the block at @position has @role, @level, the bold lead
 * @lead (%NULL: none) and the text @text after it. */
void             fy_test_assert_block    (FyDocument      *document,
                                          guint            position,
                                          FyBlockRole      role,
                                          guint            level,
                                          const char      *lead,
                                          const char      *text);
/* The text of every block as written (fy_block_dup_text(): fields as
 * {{name}}), each followed by a newline. */
char            *fy_test_dup_block_texts (FyDocument      *document);

/* The title breaker (fy-title-break.h, issue #12 item 6). */

/* The rules' own price of a break before character @index of @text,
 * the learned model (fy-title-model.c) left out: what each rule says. */
int              fy_test_title_price_at  (const char      *text,
                                          glong            index);
/* The same, @text cut into @lexicon's words (ICU's where NULL). */
int              fy_test_title_price_with (const FyTitleLexicon *lexicon,
                                           const char           *text,
                                           glong                 index);
/* Skips the test when the title breaker's dictionary was not built
 * (python3-jieba missing); TRUE if it skipped. */
gboolean         fy_test_skip_without_lexicon (void);

G_END_DECLS

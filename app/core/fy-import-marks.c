/* fy-import-marks.c — (private) a web page's half-width marks in Chinese text, set full-width
 *
 * Text pasted from a web page or typed with an English input method
 * carries , : ; ! ? ( ) and straight quotes between Chinese characters.
 * Printed as they are, each takes half a cell, so every character after
 * one stands off the grid of GB/T 9704; and a straight " can be no
 * opening or closing mark to the line breaker.  What the author meant is
 * the full-width mark, so plain text, Markdown and pasted text come in
 * with the marks the proofreader would set with a safe fix (the same
 * rules: fy-lint-spacing.c), and the import says so.  Marks in Latin
 * text, in numbers (3.5, 1,000, 17:00), file names and web addresses,
 * numbering such as "1." and an odd straight quote, which cannot be
 * paired safely, stay as typed.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-document.h"
#include "fy-import.h"
#include "fy-import-private.h"
#include "fy-lint.h"

/* A round sets the marks; the next takes away the spaces a Latin mark
 * had after it (近年来, 先后), and would set marks the first put in
 * Chinese context, which the proofreader's own passes leave none of. */
#define MARK_ROUNDS 3

/* A Chinese mark: an ideographic or full-width one, or a curly quote. */
static gboolean
is_chinese_mark (gunichar c)
{
  return (c >= 0x3001 && c <= 0x3011) || (c >= 0xFF01 && c <= 0xFF1F && !g_unichar_isalnum (c)) ||
         (c >= 0x2018 && c <= 0x201D);
}

static gboolean
is_chinese (gunichar c)
{
  return fy_import_is_cjk (c) || is_chinese_mark (c);
}

/* The character at @offset of @text (of @n characters), or 0 outside. */
static gunichar
char_at (const char *text,
         glong       n,
         glong       offset)
{
  return offset >= 0 && offset < n ? g_utf8_get_char (g_utf8_offset_to_pointer (text, offset)) : 0;
}

/* Whether the spaces [@start, @end) of @text, with the spaces next to
 * them, stand between a Chinese mark and Chinese text: "近年来, 先后"
 * keeps its space only while the comma is Latin, and "余户!  详情见"
 * its two as little as one; "says “AI" keeps it.  (The proofreader
 * reports each of two spaces alone.) */
static gboolean
is_space_after_mark (const char *text,
                     guint       start,
                     guint       end)
{
  glong n = g_utf8_strlen (text, -1);
  gunichar before, after;

  while (start > 0 && char_at (text, n, (glong)start - 1) == ' ')
    start--;
  while (char_at (text, n, end) == ' ')
    end++;
  before = char_at (text, n, (glong)start - 1);
  after = char_at (text, n, end);

  return (is_chinese_mark (before) && is_chinese (after)) || (is_chinese (before) && is_chinese_mark (after));
}

/* Whether the straight quotes at @open and @close of @text quote
 * Chinese: Chinese inside, or Chinese right outside (推动"AI+"行动).
 * "AI is a tool." quoted in a Latin sentence is left as typed. */
static gboolean
quotes_chinese (const char *text,
                guint       open,
                guint       close)
{
  glong n = g_utf8_strlen (text, -1);

  if (is_chinese (char_at (text, n, (glong)open - 1)) || is_chinese (char_at (text, n, (glong)close + 1)))
    return TRUE;
  for (guint k = open + 1; k < close; k++)
    if (fy_import_is_cjk (char_at (text, n, k)))
      return TRUE;
  return FALSE;
}

/* The text a finding of @document (or, without one, of the lines
 * @lines) is about. */
static char *
dup_finding_text (FyLintFinding *finding,
                  FyDocument    *document,
                  char         **lines)
{
  guint i = fy_lint_finding_get_block (finding);

  if (document != NULL)
    return i < fy_document_get_n_blocks (document) ? fy_block_dup_text (fy_document_get_block (document, i)) : NULL;
  return i < g_strv_length (lines) ? g_strdup (lines[i]) : NULL;
}

static gboolean
is_kind (FyLintFinding *finding,
         const char    *kind)
{
  return g_str_equal (fy_lint_finding_get_kind (finding), kind) && fy_lint_finding_is_safe (finding) &&
         fy_lint_finding_get_fix (finding) != NULL;
}

/* The proofreader reports a pair of straight quotes as the opening one
 * and the closing one, in a row. */
static gboolean
is_quote_pair (FyLintFinding *open,
               FyLintFinding *close)
{
  return close != NULL && is_kind (close, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION) &&
         g_str_equal (fy_lint_finding_get_fix (open), "\u201C") &&
         g_str_equal (fy_lint_finding_get_fix (close), "\u201D") &&
         fy_lint_finding_get_block (open) == fy_lint_finding_get_block (close);
}

/* How many of @findings from @i on are a fix to take (0 or more) or to
 * leave (a negative count). */
static gint
take_fixes (GPtrArray  *findings,
            guint       i,
            FyDocument *document,
            char      **lines)
{
  FyLintFinding *finding = g_ptr_array_index (findings, i);
  FyLintFinding *next = i + 1 < findings->len ? g_ptr_array_index (findings, i + 1) : NULL;
  g_autofree char *text = NULL;

  if (is_kind (finding, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION))
    {
      if (!is_quote_pair (finding, next))
        return 1;
      text = dup_finding_text (finding, document, lines);
      return text != NULL && quotes_chinese (text, fy_lint_finding_get_start (finding),
                                             fy_lint_finding_get_start (next)) ? 2 : -2;
    }
  if (!is_kind (finding, FY_LINT_KIND_SPACE_IN_CHINESE))
    return -1;

  text = dup_finding_text (finding, document, lines);
  return text != NULL &&
         is_space_after_mark (text, fy_lint_finding_get_start (finding), fy_lint_finding_get_end (finding)) ? 1 : -1;
}

/* The safe fixes of half-width marks among @findings, and of the spaces
 * a Latin mark had after it; each original mark is added to @seen once. */
static GPtrArray *
select_mark_fixes (GPtrArray  *findings,
                   FyDocument *document,
                   char      **lines,
                   GString    *seen)
{
  GPtrArray *marks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < findings->len;)
    {
      gint n = take_fixes (findings, i, document, lines);

      for (gint k = 0; k < n; k++)
        {
          FyLintFinding *finding = g_ptr_array_index (findings, i + k);
          const char *original = fy_lint_finding_get_original (finding);

          g_ptr_array_add (marks, g_object_ref (finding));
          if (seen != NULL && is_kind (finding, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION) &&
              original != NULL && strstr (seen->str, original) == NULL)
            g_string_append (seen, original);
        }
      i += ABS (n);
    }

  return marks;
}

static FyLint *
new_mark_lint (void)
{
  FyLint *lint = fy_lint_new ();

  fy_lint_set_check_fonts (lint, FALSE);
  return lint;
}

static guint
count_marks (GPtrArray *fixes)
{
  guint n = 0;

  for (guint i = 0; i < fixes->len; i++)
    n += g_str_equal (fy_lint_finding_get_kind (g_ptr_array_index (fixes, i)),
                      FY_LINT_KIND_HALF_WIDTH_PUNCTUATION);
  return n;
}

/* Sets the marks in the blocks of @document; @seen collects which, and
 * @spaces (nullable) counts the spaces taken out next to them.
 * Returns how many marks (not spaces) were set. */
static guint
set_document_marks (FyDocument *document,
                    GString    *seen,
                    guint      *spaces)
{
  g_autoptr(FyLint) lint = new_mark_lint ();
  guint total = 0;

  for (guint round = 0; round < MARK_ROUNDS; round++)
    {
      g_autoptr(GPtrArray) findings = fy_lint_document (lint, document);
      g_autoptr(GPtrArray) fixes = select_mark_fixes (findings, document, NULL, seen);

      if (fixes->len == 0 || fy_lint_apply_fixes (document, fixes) == 0)
        break;
      total += count_marks (fixes);
      if (spaces != NULL)
        *spaces += fixes->len - count_marks (fixes);
    }

  return total;
}

/**
 * fy_import_set_full_width_marks:
 * @document: a document just imported from plain text or Markdown
 *
 * Sets the half-width marks of Chinese text full-width and adds an
 * import warning that says how many and which.
 *
 * Returns: how many marks were set
 */
guint
fy_import_set_full_width_marks (FyDocument *document)
{
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autoptr(GString) listed = g_string_new (NULL);
  guint n, spaces = 0;

  n = set_document_marks (document, seen, &spaces);
  if (n == 0)
    return 0;

  for (const char *p = seen->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (listed->len > 0)
        g_string_append_c (listed, ' ');
      g_string_append_unichar (listed, g_utf8_get_char (p));
    }

  fy_import_add_warning (document,
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%1$u half-width mark in Chinese text (%2$s) is set "
                                                       "full-width, as Chinese is printed; marks in Latin "
                                                       "text, numbers and web addresses are kept.",
                                                       "%1$u half-width marks in Chinese text (%2$s) are set "
                                                       "full-width, as Chinese is printed; marks in Latin "
                                                       "text, numbers and web addresses are kept.",
                                                       n),
                                          n, listed->str));
  /* as the proofreader would: one space or two before 详情见 alike */
  if (spaces > 0)
    fy_import_add_warning (document,
                           g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%u space next to a full-width mark is taken out.",
                                                         "%u spaces next to full-width marks are taken out.",
                                                         spaces),
                                            spaces));
  return n;
}

/**
 * fy_import_set_full_width_marks_in_blocks:
 * @blocks: (element-type FyBlock): pasted blocks of no document
 *
 * As fy_import_set_full_width_marks(), for a paste.
 */
void
fy_import_set_full_width_marks_in_blocks (GPtrArray *blocks)
{
  g_autoptr(FyDocument) scratch = fy_document_new ();

  if (blocks->len == 0)
    return;

  fy_document_splice_blocks (scratch, 0, 0, (FyBlock **)blocks->pdata, blocks->len);
  set_document_marks (scratch, NULL, NULL);
  /* The blocks leave the scratch document as they came; no fix joins or
   * drops a block, since only marks are fixed. */
  g_assert (fy_document_get_n_blocks (scratch) == blocks->len);
  fy_document_splice_blocks (scratch, 0, blocks->len, NULL, 0);
}

/**
 * fy_import_paste_line:
 * @line: one line of pasted text, valid UTF-8
 *
 * The text a one-line paste inserts: wrap spaces removed and the
 * half-width marks of Chinese text set full-width, as a paste of several
 * lines through fy_import_paste() has them.
 *
 * Returns: (transfer full): the text to insert
 */
char *
fy_import_paste_line (const char *line)
{
  g_autoptr(FyLint) lint = new_mark_lint ();
  char *text;

  g_return_val_if_fail (line != NULL, NULL);

  text = fy_import_clean_wrap_spaces (line);
  for (guint round = 0; round < MARK_ROUNDS; round++)
    {
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
      g_autoptr(GPtrArray) findings = fy_lint_text (lint, text, -1);
      g_autoptr(GPtrArray) fixes = select_mark_fixes (findings, NULL, lines, NULL);
      char *fixed;

      if (fixes->len == 0)
        break;
      fixed = fy_lint_apply_fixes_to_text (text, -1, fixes, TRUE, NULL);
      g_free (text);
      text = fixed;
    }

  return text;
}

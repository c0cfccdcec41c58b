/* fy-import-web.c — the importer's reading of text copied from web pages
 * and PDFs, and its notes on what it leaves out
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Text copied out of a web page or a PDF brings what the page printed
 * around the speech: line numbers, a PDF's page numbers and running heads
 * and its printed lines (fy-import-pdf.c), soft line breaks, a site's
 * furniture and a lost photo's caption (fy-web-text.c), and a headline
 * that runs its occasion, salutation or text in on one line.  Here the
 * plain-text importer (fy-import.c) calls those rules, and says which
 * lines it left out, so that nothing goes unseen.
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-import-private.h"
#include "fy-web-text-private.h"

/* A site's or WeChat account's name above a headline is no longer. */
#define MASTHEAD_MAX_CHARS   12

/* Lines */

/**
 * fy_import_split_copied_lines:
 * @text: normalized text (fy_import_normalize_input())
 * @stands_alone: whether a line stands alone even in mid-paragraph
 * @notes: (nullable): gets each page number and running head of a PDF
 *   left out, once, and whether lines were joined
 *
 * Splits @text into its lines: a letter-spaced PDF's spaces between Han
 * characters closed, a web page's line numbers taken off, a PDF's
 * printed lines joined into paragraphs and a web page's soft line
 * breaks joined.
 *
 * Returns: (transfer full) (array zero-terminated=1): the lines
 */
char **
fy_import_split_copied_lines (const char *text,
                              gboolean  (*stands_alone) (const char *line),
                              FyImportNotes *notes)
{
  char **numbered = g_strsplit (text, "\n", -1);
  char **unwrapped;
  char **lines;
  guint n_unwrapped;

  fy_import_close_letter_spacing (numbered);
  unwrapped = fy_import_unwrap_pdf_copy (fy_web_text_strip_line_numbers (numbered), stands_alone,
                                         notes != NULL ? notes->furniture : NULL,
                                         notes != NULL ? &notes->joined : NULL);
  n_unwrapped = g_strv_length (unwrapped);
  lines = fy_web_text_join_soft_breaks (unwrapped, stands_alone);
  if (notes != NULL && g_strv_length (lines) < n_unwrapped)
    notes->joined = TRUE;
  return lines;
}

/* Headlines */

/* The line @at of @lines that opens with a salutation run in before the
 * text (同志们：今天我们召开……) is split after its colon.  Only words
 * that address people (同志们, 各位代表, 来宾, 朋友们 …) make one: 会议
 *要求：…… stays as it is. */
static void
split_run_in_salutation (GPtrArray *lines,
                         guint      at)
{
  static const char * const addressed[] = { "同志", "代表", "来宾", "领导", "朋友", "委员", "们", NULL };
  const char *line = g_ptr_array_index (lines, at);
  const char *colon = strstr (line, "：");
  g_autofree char *head = NULL;
  gboolean addressing = FALSE;

  if (colon == NULL || colon[strlen ("：")] == '\0')
    return;
  head = g_strndup (line, colon + strlen ("：") - line);
  for (guint k = 0; addressed[k] != NULL && !addressing; k++)
    addressing = strstr (head, addressed[k]) != NULL;
  if (!addressing || !fy_import_is_salutation_like (head))
    return;
  g_ptr_array_insert (lines, at + 1, g_strdup (colon + strlen ("：")));
  g_free (g_ptr_array_index (lines, at));
  g_ptr_array_index (lines, at) = g_steal_pointer (&head);
}

/* A first line that runs the title's "在……上的发言" into the text that
 * follows is split in two at @first of @lines, and a salutation run in
 * after the title split from the text it opens. */
void
fy_import_split_run_in_title (GPtrArray *lines,
                              guint      first)
{
  g_autofree char *rest = NULL;
  char *split = fy_web_text_split_title (g_ptr_array_index (lines, first), &rest);

  if (split != NULL && rest != NULL)
    {
      g_free (g_ptr_array_index (lines, first));
      g_ptr_array_index (lines, first) = split;
      g_ptr_array_insert (lines, first + 1, g_steal_pointer (&rest));
      split_run_in_salutation (lines, first + 1);
    }
  else
    g_free (split);
}

/* A web page's headline with its subtitle on one line ("凝心聚力抓落实
 * 奋力开创……新局面——在全市……动员会上的讲话") is split before the ——,
 * so that the subtitle is read as one; so is text run in after it. */
void
fy_import_split_run_in_subtitle (GPtrArray *lines,
                                 guint      first)
{
  char *line = g_ptr_array_index (lines, first);
  char *dash = strstr (line, "——");
  g_autofree char *rest = NULL;
  g_autofree char *occasion = NULL;
  const char *after;

  if (dash == NULL || dash == line)
    return;
  for (after = dash; g_str_has_prefix (after, "—"); after += strlen ("—"))
    ;
  while (*after == ' ' || g_str_has_prefix (after, "　"))
    after += *after == ' ' ? 1 : strlen ("　");
  occasion = fy_web_text_split_title (after, &rest);
  if (occasion == NULL)
    return;
  if (rest != NULL)
    g_ptr_array_insert (lines, first + 1, g_steal_pointer (&rest));
  g_ptr_array_insert (lines, first + 1, g_strconcat ("——", occasion, NULL));
  *dash = '\0';
  g_strchomp (line);
}

/* A WeChat account's or a site's name above a headline that runs its
 * occasion in ("临川发布", then "坚持刀刃向内　持续优化营商环境——在全市
 * ……推进会上的交流发言"): a short line that is no title, as the line under
 * it is one, the whole headline; moves *@first past it.  A main title
 * with its occasion on the next line on its own (……——在……上的讲话 or
 * 在……上的讲话) stays the title. */
void
fy_import_skip_masthead (GPtrArray *lines,
                         guint     *first)
{
  const char *name = g_ptr_array_index (lines, *first);
  const char *headline;
  const char *dash;
  g_autofree char *rest = NULL;
  g_autofree char *occasion = NULL;
  guint next = *first + 1;

  if (g_utf8_strlen (name, -1) > MASTHEAD_MAX_CHARS || !fy_import_is_title_like (name))
    return;
  while (next < lines->len && *(char *)g_ptr_array_index (lines, next) == '\0')
    next++;
  if (next >= lines->len)
    return;
  headline = g_ptr_array_index (lines, next);
  dash = strstr (headline, "——");
  if (dash == NULL || dash == headline)
    return;
  while (g_str_has_prefix (dash, "—"))
    dash += strlen ("—");
  occasion = fy_web_text_split_title (dash, &rest);
  if (occasion != NULL)
    *first = next;
}

/* Pictures */

/**
 * fy_import_is_readable_text:
 * @text: text from the clipboard
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 *
 * Whether @text is text someone could have copied, to be pasted: UTF-8
 * with no control character but tabs, line and page breaks, and not a
 * picture's bytes read as text (a clipboard holding only a PNG answered
 * a request for text with "\x89PNG\r\n\x1a\n…": U+0089, then
 * controls).
 *
 * Returns: %TRUE if @text may be pasted
 */
gboolean
fy_import_is_readable_text (const char *text,
                            gssize      length)
{
  const char *end;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!g_utf8_validate_len (text, length < 0 ? strlen (text) : (gsize) length, &end))
    return FALSE;
  /* a JPEG's signature read as Latin-1 is letters: ÿØÿ */
  if (g_str_has_prefix (text, "ÿØÿ"))
    return FALSE;
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ||
          (c >= 0x7f && c <= 0x9f))
        return FALSE;
    }
  return TRUE;
}

/* Notes */

/* The first few of @lines, quoted, for a warning. */
static char *
dup_quoted_names (GPtrArray *lines)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint shown = MIN (lines->len, 4);

  for (guint i = 0; i < shown; i++)
    {
      if (i > 0)
        /* Translators: between two quoted lines of a list */
        g_string_append (names, _(", "));
      g_string_append_printf (names, _("“%s”"), (const char *) g_ptr_array_index (lines, i));
    }
  if (lines->len > shown)
    g_string_append (names, "…");

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Says which page numbers and running heads of a PDF the text was copied
 * out of are left out, the first few of them by name, and that its
 * printed lines are joined into paragraphs only when some were
 * (@joined): a copy that came one paragraph to a line keeps its lines. */
static char *
describe_furniture (GPtrArray *furniture,
                    gboolean   joined)
{
  g_autofree char *names = dup_quoted_names (furniture);

  if (!joined)
    /* Translators: %s is a list of quoted lines such as “— 1 —”, “— 2 —” */
    return g_strdup_printf (_("The text reads as copied out of a PDF: its page numbers and running "
                              "heads (%s) are left out."),
                            names);
  /* Translators: %s is a list of quoted lines such as “— 1 —”, “— 2 —” */
  return g_strdup_printf (_("The text reads as copied out of a PDF: its page numbers and running "
                            "heads (%s) are left out, and its printed lines are joined into "
                            "paragraphs. Check the paragraphs before you print."),
                          names);
}

/* Says how many lines of a web page's furniture are left out, the first
 * few of them by name. */
static char *
describe_web_lines (GPtrArray *web)
{
  g_autofree char *names = dup_quoted_names (web);

  /* Translators: %u is a count of lines, %s a list of quoted lines such
   * as “来源：县融媒体中心”, “分享到：” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The text reads as copied from a web page: %1$u line the "
                                       "site prints around it (%2$s) is left out. Add it back if "
                                       "it was meant to be read.",
                                       "The text reads as copied from a web page: %1$u lines the "
                                       "site prints around it (%2$s) are left out. Add them back "
                                       "if they were meant to be read.",
                                       web->len),
                          web->len, names);
}

/* Says which lines read as a table's rows whose cells a PDF copy ran
 * together, the first few of them by name. */
static char *
describe_glued_rows (GPtrArray *glued)
{
  g_autofree char *names = dup_quoted_names (glued);

  /* Translators: %u is a count of lines, %s a list of quoted lines such
   * as “临川区501997%”, “东乡区361599%” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%1$u line under a table’s caption (%2$s) reads as a row of a "
                                       "table copied out of a PDF, its cells run together. It is "
                                       "kept as a paragraph: paste the table from the source "
                                       "document, or put a tab between its cells, to make it a "
                                       "table.",
                                       "%1$u lines under a table’s caption (%2$s) read as the rows of "
                                       "a table copied out of a PDF, their cells run together. "
                                       "They are kept one paragraph to a row: paste the table "
                                       "from the source document, or put a tab between its "
                                       "cells, to make it a table.",
                                       glued->len),
                          glued->len, names);
}

/**
 * fy_import_describe_left_out:
 * @notes: the lines an import left out
 *
 * Adds to the warnings of @notes one for each photo caption, one for a
 * web page's furniture, one for a PDF's page furniture and one for a
 * table's rows whose cells a PDF copy ran together, if any.
 */
void
fy_import_describe_left_out (FyImportNotes *notes)
{
  for (guint i = 0; i < notes->captions->len; i++)
    g_ptr_array_add (notes->warnings,
                     g_strdup_printf (_("“%s” is left out: it reads as the caption of a photo "
                                        "the copy did not bring along, and a speech has no "
                                        "photos. Add it back as text if it was meant to be "
                                        "read."),
                                      (const char *) g_ptr_array_index (notes->captions, i)));
  if (notes->web->len > 0)
    g_ptr_array_add (notes->warnings, describe_web_lines (notes->web));
  if (notes->furniture->len > 0)
    g_ptr_array_add (notes->warnings, describe_furniture (notes->furniture, notes->joined));
  if (notes->glued->len > 0)
    g_ptr_array_add (notes->warnings, describe_glued_rows (notes->glued));
}

/**
 * fy_import_notes_add_line:
 * @lines: (element-type utf8): lines left out
 * @line: one more
 *
 * Adds @line to @lines unless it is there already.
 */
void
fy_import_notes_add_line (GPtrArray  *lines,
                          const char *line)
{
  if (!g_ptr_array_find_with_equal_func (lines, line, g_str_equal, NULL))
    g_ptr_array_add (lines, g_strdup (line));
}

/**
 * fy_import_notes_new:
 *
 * Returns: (transfer full): notes of nothing left out, yet
 */
FyImportNotes *
fy_import_notes_new (void)
{
  FyImportNotes *notes = g_new0 (FyImportNotes, 1);

  notes->captions = g_ptr_array_new_with_free_func (g_free);
  notes->furniture = g_ptr_array_new_with_free_func (g_free);
  notes->web = g_ptr_array_new_with_free_func (g_free);
  notes->glued = g_ptr_array_new_with_free_func (g_free);
  notes->warnings = g_ptr_array_new_with_free_func (g_free);

  return notes;
}

/**
 * fy_import_notes_free:
 * @notes: (nullable): notes
 */
void
fy_import_notes_free (FyImportNotes *notes)
{
  if (notes == NULL)
    return;
  g_ptr_array_unref (notes->captions);
  g_ptr_array_unref (notes->furniture);
  g_ptr_array_unref (notes->web);
  g_ptr_array_unref (notes->glued);
  g_ptr_array_unref (notes->warnings);
  g_free (notes);
}

/**
 * fy_import_notes_count_lines:
 * @notes: notes
 *
 * Returns: how many lines were left out, each counted once
 */
guint
fy_import_notes_count_lines (const FyImportNotes *notes)
{
  g_return_val_if_fail (notes != NULL, 0);

  return notes->captions->len + notes->furniture->len + notes->web->len;
}

/* fy-lint-web.c — checks for what web pages leave in copied text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "fy-import-private.h"
#include "fy-lint-private.h"
#include "fy-web-text-private.h"

/*
 * A speech copied from a news site, a government portal, a document-
 * sharing site or a WeChat article carries the page around it (来源：…
 * 浏览次数 打印本页 关闭窗口) and, where the site split the article into
 * pages, a page number "2、" "3、" … often in the middle of a word.  Both
 * are found here; their fixes remove them, the marker's fix also joining
 * the two halves of the cut word, so the paragraph is never closed there.
 */

/* A line cut by a page break is a long one: a short line that stops in
 * mid-sentence before "2、" is more likely an item of a list. */
#define CHUNK_MIN_CUT_CHARS 40

/* A line holding only a page's number (—1—, — 2 —, 第3页), as the copy
 * of a PDF leaves it between the pages' text. */
static gboolean
is_page_number_line (const Unit *u,
                     gssize      first,
                     gssize      last)
{
  g_autofree char *line = fy_lint_ucs4_dup (u->chars + first, last + 1 - first);

  return fy_import_is_page_number (line);
}

/**
 * fy_lint_check_boilerplate:
 * @u: a unit
 *
 * Finds a line of site boilerplate: one finding over the whole line, whose
 * safe fix removes the line (block).  In pasted text the line is judged
 * where it stands, as the importer judges it (fy_web_text_judge_lines()):
 * a doubtful line (来源：…, 主办单位：…) the importer keeps gets a finding
 * with no safe fix, and only in a text that holds furniture beyond doubt;
 * a block of a document only by itself (fy_web_text_classify()).
 *
 * Returns: %TRUE if @u is boilerplate beyond doubt, so that nothing else
 *   in it matters
 */
gboolean
fy_lint_check_boilerplate (Unit *u)
{
  gssize first = fy_lint_unit_first_visible (u);
  gssize last = fy_lint_unit_prev_visible (u, u->n);
  FyLintFinding *finding;
  FyWebLine kind;
  gboolean sure;

  if (first < 0 || (!u->text_mode && u->role != FY_BLOCK_ROLE_PARAGRAPH))
    return FALSE;

  if (is_page_number_line (u, first, last))
    {
      /* —1— left by a PDF's copy: the dash check would make it ——1—— */
      finding = fy_lint_unit_add (u, FY_LINT_KIND_WEB_BOILERPLATE, FY_LINT_SEVERITY_WARNING, first, last + 1, "",
                                  TRUE, g_strdup (_("This line is a page number of the PDF the text was copied "
                                                    "from, not part of the text; remove it.")));
      fy_lint_finding_set_join (finding, FY_LINT_JOIN_DROP);
      return TRUE;
    }

  if (u->text_mode)
    kind = u->web;
  else
    {
      g_autofree char *line = fy_lint_ucs4_dup (u->chars + first, last + 1 - first);

      kind = fy_web_text_classify (line);
    }
  sure = kind == FY_WEB_LINE_FURNITURE || kind == FY_WEB_LINE_STAMP;
  if (!sure && !(u->text_mode && kind == FY_WEB_LINE_DOUBTFUL))
    return FALSE;

  finding = fy_lint_unit_add (u, FY_LINT_KIND_WEB_BOILERPLATE, FY_LINT_SEVERITY_WARNING,
                              first, last + 1, "", sure,
                              sure ? g_strdup (_("This line is what the web page showed around the text "
                                                 "(source, views, print or share links), not part of it; "
                                                 "remove it."))
                                   : g_strdup (_("This line may be what the web page showed around the text "
                                                 "(source, credits, the site's details); if it is, remove it.")));
  fy_lint_finding_set_join (finding, FY_LINT_JOIN_DROP);

  return sure;
}

/**
 * fy_lint_check_chunk_markers:
 * @u: a unit
 *
 * Finds page-chunk markers: "N、" counting up from 2 where no list item
 * can stand — opening a line (block) when the one before stopped in
 * mid-sentence, or between two Han characters in running text that holds
 * no "1、" — and the "1、" opening the first page when a marker follows.
 */
void
fy_lint_check_chunk_markers (Unit *u)
{
  SequenceState *s = u->sequence;
  gssize first = fy_lint_unit_first_visible (u);
  gboolean list_seen = FALSE;

  if (first < 0)
    return;

  for (gsize i = first; i < u->n; i++)
    {
      guint number;
      gsize length;
      gboolean at_start = (gssize)i == first;
      gboolean marker = FALSE;
      FyLintFinding *finding;

      if (u->mask[i] != MASK_NONE || !fy_web_text_read_chunk_marker (u->chars, u->n, i, &number, &length))
        continue;
      if (i + length >= u->n)
        continue;

      if (at_start)
        {
          gboolean open = (u->text_mode ? u->continued : s->previous_open) &&
                          s->previous_length >= CHUNK_MIN_CUT_CHARS;

          if (number == 1 && (gint)u->block == s->page_one_unit)
            marker = TRUE;
          else
            marker = open && fy_web_text_chunk_fits (number, s->chunk_next);
        }
      else
        {
          gunichar before = u->chars[i - 1];
          gunichar after = u->chars[i + length];

          marker = !list_seen && fy_lint_char_is_han (before) && !fy_web_text_is_counter (before) &&
                   fy_lint_char_is_han (after) &&
                   (s->chunk_next > 0 ? fy_web_text_chunk_fits (number, s->chunk_next) : number == 2);
        }

      if (!marker)
        {
          list_seen |= number == 1;
          i += length - 1;
          continue;
        }

      finding = fy_lint_unit_add (u, FY_LINT_KIND_PAGE_CHUNK_MARKER, FY_LINT_SEVERITY_WARNING,
                                  i, i + length, "", TRUE,
                                  g_strdup_printf (_("“%u、” is where the web page was split into pages, not a "
                                                     "list number; remove it and join the text it cut."),
                                                   number));
      if (at_start && number > 1)
        fy_lint_finding_set_join (finding, FY_LINT_JOIN_PREVIOUS);
      s->chunk_next = MAX (number + 1, 2);
      i += length - 1;
    }
}

/**
 * fy_lint_note_unit_end:
 * @u: a unit just checked
 *
 * Remembers whether @u stopped in mid-sentence, for a page marker opening
 * the next one, and its role, for a note in brackets under a date.
 */
void
fy_lint_note_unit_end (Unit *u)
{
  SequenceState *s = u->sequence;
  gssize last = fy_lint_unit_prev_visible (u, u->n);

  s->previous_open = FALSE;
  s->previous_length = u->n;
  s->previous_role = u->role;
  if (!u->text_mode && u->role != FY_BLOCK_ROLE_PARAGRAPH)
    return;

  while (last >= 0 && fy_lint_char_closes (u->chars[last]))
    last--;
  s->previous_open = last >= 0 && !fy_lint_char_ends_clause (u->chars[last]);
}

static gboolean
opens_with_marker (const char *text,
                   guint      *number)
{
  glong n = 0;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (text, -1, &n);
  gsize first = 0;
  gsize length;

  while (first < (gsize)n && fy_lint_char_is_space (chars[first]))
    first++;

  return fy_web_text_read_chunk_marker (chars, n, first, number, &length) && first + length < (gsize)n;
}

/**
 * fy_lint_find_page_one:
 * @texts: (element-type utf8): the units' texts
 * @paragraph: (nullable): for each unit, whether it is a paragraph (a
 *   heading or title never runs on into the next block); %NULL in text
 *   mode, where every line is
 *
 * A site that splits an article into pages numbers the first page too:
 * "1、" opens the text, and "2、" opens a later unit that the page break
 * cut off in mid-sentence, with no list number between them.
 *
 * Returns: the unit whose opening "1、" is a page marker, or -1
 */
gint
fy_lint_find_page_one (GPtrArray      *texts,
                       const gboolean *paragraph)
{
  for (guint k = 0; k < texts->len; k++)
    {
      guint number;

      if (!opens_with_marker (g_ptr_array_index (texts, k), &number))
        continue;
      if (number != 1)
        return -1;

      for (guint j = k + 1; j < texts->len; j++)
        {
          if (!opens_with_marker (g_ptr_array_index (texts, j), &number))
            continue;

          return number == 2 && (paragraph == NULL || (paragraph[j - 1] && paragraph[j])) &&
                 fy_web_text_stops_open (g_ptr_array_index (texts, j - 1)) ? (gint)k : -1;
        }

      return -1;
    }

  return -1;
}

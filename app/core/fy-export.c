/* fy-export.c — a FyDocument as Markdown or plain text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-date.h"
#include "fy-document-io.h"
#include "fy-docx.h"
#include "fy-error.h"
#include "fy-export.h"
#include "fy-file-name.h"
#include "fy-import-private.h"
#include "fy-numbering.h"
#include "fy-table.h"
#include "fy-template.h"

/*
 * Markdown export writes the subset that fy_import_markdown() reads
 * (docs/markdown.md), so that importing the output gives the same blocks
 * back: headings without numbers (the engine numbers them), the bold lead
 * as `**…**` run in, bold inside a block as `**…**` (or `<strong>…</strong>`
 * where CommonMark would not end `**`), a field with a value as
 * `<span data-fayan-field="name">value</span>` (any Markdown viewer shows
 * the value; the importer reads the field back), one with none as
 * `{{name}}`, literal `{{` `}}` escaped, markup Fayan kept (images, links,
 * fence lines) as it was, and a role comment line before a paragraph only
 * where the importer would not infer the role from the text itself.
 *
 * Plain-text export is what someone pastes into a mail or another editor:
 * headings with the numbers the engine gives them, field values filled in,
 * markup as it was written.
 */

/* Characters that mean something anywhere in a Markdown paragraph. */
static gboolean
needs_escape (char c)
{
  return c != '\0' && strchr ("\\`*_[]<>&#", c) != NULL;
}

/* Characters that open a block when they start a line. */
static gboolean
needs_escape_at_line_start (char c)
{
  return c != '\0' && strchr ("-+=~|", c) != NULL;
}

static void
append_escaped (GString    *out,
                const char *text,
                gboolean   *line_start)
{
  for (const char *p = text; *p; p++)
    {
      if (*p == '\n')
        {
          /* A hard line break that keeps the block together. */
          g_string_append (out, "\\\n");
          *line_start = TRUE;
          continue;
        }

      if (*line_start)
        {
          const char *q = p;

          *line_start = FALSE;

          /* "1." or "1)" at a line start would open an ordered list. */
          while (g_ascii_isdigit (*q))
            q++;
          if (q > p && (*q == '.' || *q == ')'))
            {
              g_string_append_len (out, p, q - p);
              g_string_append_c (out, '\\');
              g_string_append_c (out, *q);
              p = q;
              continue;
            }

          if (needs_escape_at_line_start (*p))
            {
              g_string_append_c (out, '\\');
              g_string_append_c (out, *p);
              continue;
            }
        }

      /* A literal {{ or }} must not read back as a field. */
      if (needs_escape (*p) ||
          ((*p == '{' || *p == '}') && (p[1] == *p || (p > text && p[-1] == *p))))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* CommonMark 0.30's "Unicode punctuation character". */
static gboolean
is_md_punctuation (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
      return TRUE;
    default:
      return c < 0x80 && g_ascii_ispunct (c);
    }
}

/* Whether `**` around @text, between @before and @after (0 at an edge),
 * is read back as strong emphasis: the opening run must be left-flanking
 * and the closing run right-flanking. */
static gboolean
strong_delimiters_hold (gunichar    before,
                        const char *text,
                        gunichar    after)
{
  gunichar first = g_utf8_get_char (text);
  gunichar last = g_utf8_get_char (g_utf8_find_prev_char (text, text + strlen (text)));
  gboolean before_open = before == 0 || g_unichar_isspace (before) || is_md_punctuation (before);
  gboolean after_open = after == 0 || g_unichar_isspace (after) || is_md_punctuation (after);

  if (g_unichar_isspace (first) || g_unichar_isspace (last))
    return FALSE;
  if (is_md_punctuation (first) && !before_open)
    return FALSE;
  if (is_md_punctuation (last) && !after_open)
    return FALSE;
  return strchr (text, '*') == NULL && strchr (text, '\n') == NULL;
}

static gunichar
run_edge_char (FyBlock *block,
               guint    index,
               gboolean last)
{
  const FyRun *run;

  if (index >= fy_block_get_n_runs (block))
    return 0;
  run = fy_block_get_run (block, index);
  if (run->kind == FY_RUN_FIELD || run->kind == FY_RUN_MARKUP)
    return 'x';
  if (*run->text == '\0')
    return 0;
  return last ? g_utf8_get_char (g_utf8_find_prev_char (run->text, run->text + strlen (run->text)))
              : g_utf8_get_char (run->text);
}

static void
append_field_name (GString    *out,
                   const char *name)
{
  for (const char *p = name; *p; p++)
    {
      if (*p == '"')
        g_string_append (out, "&quot;");
      else if (*p == '&')
        g_string_append (out, "&amp;");
      else
        g_string_append_c (out, *p);
    }
}

static void
append_run (GString     *out,
            FyDocument  *document,
            FyBlock     *block,
            guint        index,
            gboolean    *line_start)
{
  const FyRun *run = fy_block_get_run (block, index);
  const char *value;

  switch (run->kind)
    {
    case FY_RUN_FIELD:
      value = fy_document_get_field_value (document, run->text);
      *line_start = FALSE;
      if (value != NULL && *value != '\0')
        {
          g_string_append (out, "<span " FY_IMPORT_FIELD_ATTRIBUTE "=\"");
          append_field_name (out, run->text);
          g_string_append (out, "\">");
          append_escaped (out, value, line_start);
          g_string_append (out, "</span>");
        }
      else
        {
          g_string_append (out, "{{");
          append_escaped (out, run->text, line_start);
          g_string_append (out, "}}");
        }
      break;

    case FY_RUN_EMPHASIS:
      /* At the start `**` would be the lead. */
      if (index > 0 && fy_block_get_run (block, index - 1)->kind != FY_RUN_BOLD &&
          strong_delimiters_hold (run_edge_char (block, index - 1, TRUE), run->text,
                                  run_edge_char (block, index + 1, FALSE)))
        {
          g_string_append (out, "**");
          *line_start = FALSE;
          append_escaped (out, run->text, line_start);
          g_string_append (out, "**");
        }
      else
        {
          g_string_append (out, "<strong>");
          *line_start = FALSE;
          append_escaped (out, run->text, line_start);
          g_string_append (out, "</strong>");
        }
      break;

    case FY_RUN_MARKUP:
      g_string_append (out, run->text);
      *line_start = out->len > 0 && out->str[out->len - 1] == '\n';
      break;

    case FY_RUN_TEXT:
    case FY_RUN_BOLD:
    default:
      append_escaped (out, run->text, line_start);
      break;
    }
}

/* Writes the runs of @block: the bold lead (the runs up to the last bold
 * one before any plain text, field references inside or before it
 * included, as fy_block_set_lead_and_text() makes them) between `**`, the
 * rest as text. */
static void
append_inline (GString    *out,
               FyDocument *document,
               FyBlock    *block)
{
  guint n_runs = fy_block_get_n_runs (block);
  guint lead_end = fy_block_get_lead_end (block);
  gboolean line_start = TRUE;

  if (lead_end > 0)
    {
      g_string_append (out, "**");
      line_start = FALSE;
      for (guint i = 0; i < lead_end; i++)
        append_run (out, document, block, i, &line_start);
      g_string_append (out, "**");
    }

  for (guint i = lead_end; i < n_runs; i++)
    append_run (out, document, block, i, &line_start);
}

static void
append_marker (GString    *out,
               const char *name)
{
  g_string_append_printf (out, "<!-- " FY_IMPORT_MARKER_PREFIX "%s -->\n", name);
}

static gboolean
has_own_numbered_heading (FyDocument *document)
{
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autofree char *text = NULL;

      if (fy_block_get_role (block) != FY_BLOCK_ROLE_HEADING)
        continue;
      text = fy_block_dup_text (block);
      if (fy_numbering_has_own_ordinal (text, NULL) &&
          !fy_numbering_strip_prefix (text, NULL, NULL, NULL))
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_role (FyDocument  *document,
          FyBlockRole  role)
{
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    if (fy_block_get_role (fy_document_get_block (document, i)) == role)
      return TRUE;
  return FALSE;
}

/* A table as pipe rows (GFM), each cell escaped for Markdown and for
 * the bars between cells. */
static void
append_delimiter_row (GString *out,
                      guint    n_columns)
{
  g_string_append (out, "|");
  for (guint c = 0; c < n_columns; c++)
    g_string_append (out, " --- |");
  g_string_append_c (out, '\n');
}

static void
append_table (GString *out,
              FyBlock *block)
{
  g_autoptr(FyTable) table = fy_table_new_from_block (block);
  guint n_columns = MAX (fy_table_get_n_columns (table), 1);
  gboolean header = fy_table_get_header (table);

  if (!header)
    {
      /* GFM needs a header row: an empty one means "none". */
      g_string_append (out, "|");
      for (guint c = 0; c < n_columns; c++)
        g_string_append (out, "  |");
      g_string_append_c (out, '\n');
      append_delimiter_row (out, n_columns);
    }

  for (guint r = 0; r < fy_table_get_n_rows (table); r++)
    {
      g_string_append (out, "|");
      for (guint c = 0; c < n_columns; c++)
        {
          g_string_append_c (out, ' ');
          for (const char *p = fy_table_get_cell (table, r, c); *p; p++)
            {
              if (needs_escape (*p) || *p == '|')
                g_string_append_c (out, '\\');
              g_string_append_c (out, *p);
            }
          g_string_append (out, " |");
        }
      g_string_append_c (out, '\n');
      if (r == 0 && header)
        append_delimiter_row (out, n_columns);
    }
}

/**
 * fy_export_markdown:
 * @document: a #FyDocument
 *
 * Writes @document in the Markdown subset of docs/markdown.md.  Importing
 * the result with fy_import_markdown() gives back every block with its
 * role, heading level, bold lead and field references.  Empty blocks are
 * left out.
 *
 * Returns: (transfer full): the Markdown text
 */
char *
fy_export_markdown (FyDocument *document)
{
  GString *out;
  FyImportContext context;
  guint n_blocks;
  gboolean headings, has_title;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  out = g_string_new (NULL);
  fy_import_context_init (&context);
  n_blocks = fy_document_get_n_blocks (document);

  /* Markdown has no place for it; the importer reads this line back.
   * Without it, the importer takes a heading such as 一要…… for a sign
   * that the author numbers the headings. */
  if (fy_document_get_numbering (document) != FY_NUMBERING_AUTO || has_own_numbered_heading (document))
    g_string_append_printf (out, "<!-- fayan:numbering %s -->\n",
                            fy_numbering_mode_to_string (fy_document_get_numbering (document)));

  /* In a file without headings, the importer reads a short numbered
   * paragraph (一、……) as one; a marker keeps a body paragraph one. */
  headings = has_role (document, FY_BLOCK_ROLE_HEADING);
  /* nor the first paragraph of a file without a title for the title */
  has_title = has_role (document, FY_BLOCK_ROLE_TITLE);

  for (guint i = 0; i < n_blocks; i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      FyBlockRole role = fy_block_get_role (block);
      g_autofree char *text = NULL;
      gboolean multi_line;

      if (fy_block_is_empty (block))
        continue;

      text = fy_block_dup_text (block);
      multi_line = strchr (text, '\n') != NULL;

      if (out->len > 0)
        g_string_append_c (out, '\n');

      if (role == FY_BLOCK_ROLE_TABLE)
        {
          append_table (out, block);
          fy_import_context_advance (&context, role);
          continue;
        }

      /* Kept as it was written; the importer reads it back as markup. */
      if (fy_block_is_markup_only (block))
        {
          append_inline (out, document, block);
          if (out->str[out->len - 1] != '\n')
            g_string_append_c (out, '\n');
          continue;
        }

      if (role == FY_BLOCK_ROLE_TITLE && !multi_line)
        g_string_append (out, "# ");
      else if (role == FY_BLOCK_ROLE_HEADING && !multi_line)
        {
          /* ## is level 1: # is the title. */
          for (guint l = 0; l <= fy_block_get_level (block); l++)
            g_string_append_c (out, '#');
          g_string_append_c (out, ' ');
        }
      else if (role == FY_BLOCK_ROLE_HEADING)
        {
          g_autofree char *name = g_strdup_printf ("heading-%u", fy_block_get_level (block));

          /* An ATX heading holds one line only. */
          append_marker (out, name);
        }
      else if (role == FY_BLOCK_ROLE_TITLE || fy_import_guess_role (&context, text) != role ||
               (!context.has_previous && !has_title && fy_import_is_title_like (text)) ||
               fy_import_infers_signature (document, i) ||
               (role == FY_BLOCK_ROLE_PARAGRAPH && !headings && fy_numbering_strip_prefix (text, NULL, NULL, NULL)))
        append_marker (out, fy_block_role_to_string (role));

      append_inline (out, document, block);
      /* A hard break cannot end a paragraph.  (Not g_str_has_suffix():
       * its strlen() over the whole output made export quadratic.) */
      while (out->len >= 2 && memcmp (out->str + out->len - 2, "\\\n", 2) == 0)
        g_string_truncate (out, out->len - 2);
      g_string_append_c (out, '\n');

      fy_import_context_advance (&context, role);
    }

  return g_string_free (out, FALSE);
}

/* The block as it prints, with its markup as it was written. */
static char *
dup_plain_text (FyDocument *document,
                FyBlock    *block)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    {
      const FyRun *run = fy_block_get_run (block, i);
      g_autofree char *text = NULL;

      if (run->kind == FY_RUN_MARKUP)
        {
          g_string_append (str, run->text);
          continue;
        }
      text = fy_document_resolve_run (document, run);
      if (text != NULL)
        g_string_append (str, text);
      else
        g_string_append_printf (str, "{{%s}}", run->text);
    }

  return g_string_free (str, FALSE);
}

/**
 * fy_export_plain_text:
 * @document: a #FyDocument
 *
 * Writes @document as text to paste elsewhere: one block per line,
 * headings with the numbers the engine gives them (一、 （一） 1. （1）,
 * counted per level), bold leads as ordinary text, field values filled in
 * and fields with no value as `{{name}}`.
 *
 * Returns: (transfer full): the text
 */
char *
fy_export_plain_text (FyDocument *document)
{
  GString *out;
  FyHeadingCounter counter;
  guint n_blocks;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  out = g_string_new (NULL);
  n_blocks = fy_document_get_n_blocks (document);
  fy_heading_counter_init (&counter, fy_document_get_printed_numbering (document));

  for (guint i = 0; i < n_blocks; i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autofree char *text = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(GString) line = NULL;

      if (fy_block_is_empty (block))
        continue;

      /* One line per block: a line break inside a block joins like a
       * wrapped line.  A table is its rows, cells separated by tabs, as
       * WPS and Word read it back as a table. */
      if (fy_block_get_role (block) == FY_BLOCK_ROLE_TABLE)
        text = fy_document_dup_block_text (document, i);
      else
        text = dup_plain_text (document, block);
      if (fy_block_get_role (block) == FY_BLOCK_ROLE_TABLE)
        {
          g_string_append (out, text);
          g_string_append_c (out, '\n');
          continue;
        }
      /* An attachment note keeps a line per attachment, and the 附件：
       * the engine prints, as the importer reads it back. */
      if (fy_block_get_role (block) == FY_BLOCK_ROLE_ATTACHMENT)
        {
          /* (further names in a block of their own go on under it) */
          if (fy_import_attachment_note_rest (text) == NULL &&
              (i == 0 || fy_block_get_role (fy_document_get_block (document, i - 1)) != FY_BLOCK_ROLE_ATTACHMENT))
            g_string_append (out, "附件：");
          g_string_append (out, text);
          g_string_append_c (out, '\n');
          continue;
        }
      if (fy_block_get_role (block) == FY_BLOCK_ROLE_HEADING)
        {
          g_autofree char *number = fy_heading_counter_next (&counter, fy_block_get_level (block), text);

          if (number != NULL)
            g_string_append (out, number);
        }

      lines = g_strsplit (text, "\n", -1);
      line = g_string_new (NULL);
      for (guint l = 0; lines[l] != NULL; l++)
        fy_import_append_joined (line, g_strstrip (lines[l]));

      g_string_append (out, line->str);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/**
 * fy_export_file:
 * @document: a #FyDocument
 * @file: where to write: a .docx, a .md (or .markdown) or a .txt file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @document as Word, Markdown or plain text by the name of @file,
 * atomically: a failed export leaves an existing file as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
fy_export_file (FyDocument    *document,
                GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  basename = g_file_get_basename (file);
  name = g_utf8_strdown (basename != NULL ? basename : "", -1);

  if (g_str_has_suffix (name, ".docx"))
    return fy_docx_export_file (document, file, cancellable, error);
  else if (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".markdown"))
    data = fy_export_markdown (document);
  else if (g_str_has_suffix (name, ".txt"))
    data = fy_export_plain_text (document);
  else
    {
      g_set_error (error, FY_ERROR, FY_ERROR_UNSUPPORTED_TYPE,
                   _("Fayan cannot export to “%s”: end the file name in .docx for Word and WPS, "
                     ".md for Markdown or .txt for plain text. To make a PDF, render or print "
                     "the document."),
                   basename);
      return FALSE;
    }

  return fy_file_replace_contents (file, data, strlen (data), cancellable, error);
}

/* The title as a file name stem: a title that is still the template's
 * guidance names nothing. */
static char *
dup_name_stem (FyDocument *document)
{
  g_autofree char *title = fy_document_dup_display_title (document);
  g_autofree char *stem = NULL;

  if (fy_template_is_guidance (title))
    return g_strdup (_("Untitled Speech"));

  stem = fy_file_name_make_safe (title, FY_FILE_NAME_MAX_CHARS);
  if (*stem == '\0')
    return g_strdup (_("Untitled Speech"));

  return g_steal_pointer (&stem);
}

/**
 * fy_export_dup_file_name:
 * @document: a #FyDocument
 * @suffix: such as ".fayan" or ".docx"
 *
 * The name the save, export and print dialogs propose for a document not
 * saved yet: its title through fy_file_name_make_safe(), or “Untitled
 * Speech” when it has none (or only the template's guidance).
 *
 * Returns: (transfer full): a file name such as "标题.docx"
 */
char *
fy_export_dup_file_name (FyDocument *document,
                         const char *suffix)
{
  g_autofree char *stem = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (suffix != NULL, NULL);

  stem = dup_name_stem (document);
  return g_strconcat (stem, suffix, NULL);
}

/**
 * fy_export_dup_dated_name:
 * @document: a #FyDocument
 * @suffix: such as ".pdf"
 * @today: (nullable): the date to use when @document has none; %NULL for now
 *
 * fy_export_dup_file_name() with the speech's date (its date, else its
 * 日期 field, as fy_date_parse() reads them, else @today): the name the
 * PDF export proposes, so that the PDFs of one speech over the years do
 * not replace each other.
 *
 * Returns: (transfer full): a file name such as "标题-2026-03-12.pdf"
 */
char *
fy_export_dup_dated_name (FyDocument *document,
                          const char *suffix,
                          GDateTime  *today)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *stem = NULL;
  FyDate date;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (suffix != NULL, NULL);

  stem = dup_name_stem (document);
  if (!fy_date_parse (fy_document_get_date (document), &date) &&
      !fy_date_parse (fy_document_get_field_value (document, "日期"), &date))
    {
      if (today == NULL)
        today = now = g_date_time_new_now_local ();

      date.year = g_date_time_get_year (today);
      date.month = g_date_time_get_month (today);
      date.day = g_date_time_get_day_of_month (today);
    }

  return g_strdup_printf ("%s-%04d-%02d-%02d%s", stem, date.year, date.month, date.day, suffix);
}

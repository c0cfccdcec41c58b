/* fy-export.c — a FyDocument as Markdown or plain text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-document-io.h"
#include "fy-docx.h"
#include "fy-error.h"
#include "fy-export.h"
#include "fy-import-private.h"
#include "fy-numbering.h"

/*
 * Markdown export writes the subset that fy_import_markdown() reads
 * (docs/markdown.md), so that importing the output gives the same blocks
 * back: headings without numbers (the engine numbers them), the bold lead
 * as `**…**` run in, field references as `{{name}}`, and a role comment
 * line before a paragraph only where the importer would not infer the
 * role from the text itself.
 *
 * Plain-text export is what someone pastes into a mail or another editor:
 * headings with the numbers the engine gives them, field values filled in.
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

      if (needs_escape (*p))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
append_run (GString     *out,
            const FyRun *run,
            gboolean    *line_start)
{
  if (run->kind == FY_RUN_FIELD)
    {
      g_string_append (out, "{{");
      *line_start = FALSE;
      append_escaped (out, run->text, line_start);
      g_string_append (out, "}}");
    }
  else
    append_escaped (out, run->text, line_start);
}

/* Writes the runs of @block: the bold lead (the runs up to the last bold
 * one before any plain text, field references inside or before it
 * included, as fy_block_set_lead_and_text() makes them) between `**`, the
 * rest as text. */
static void
append_inline (GString *out,
               FyBlock *block)
{
  guint n_runs = fy_block_get_n_runs (block);
  guint lead_end = fy_block_get_lead_end (block);
  gboolean line_start = TRUE;

  if (lead_end > 0)
    {
      g_string_append (out, "**");
      line_start = FALSE;
      for (guint i = 0; i < lead_end; i++)
        append_run (out, fy_block_get_run (block, i), &line_start);
      g_string_append (out, "**");
    }

  for (guint i = lead_end; i < n_runs; i++)
    append_run (out, fy_block_get_run (block, i), &line_start);
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
      else if (role == FY_BLOCK_ROLE_TITLE || fy_import_guess_role (&context, text) != role)
        append_marker (out, fy_block_role_to_string (role));

      append_inline (out, block);
      /* A hard break cannot end a paragraph.  (Not g_str_has_suffix():
       * its strlen() over the whole output made export quadratic.) */
      while (out->len >= 2 && memcmp (out->str + out->len - 2, "\\\n", 2) == 0)
        g_string_truncate (out, out->len - 2);
      g_string_append_c (out, '\n');

      fy_import_context_advance (&context, role);
    }

  return g_string_free (out, FALSE);
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
  fy_heading_counter_init (&counter, fy_document_get_numbering (document));

  for (guint i = 0; i < n_blocks; i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autofree char *text = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(GString) line = NULL;

      if (fy_block_is_empty (block))
        continue;

      /* One line per block: a line break inside a block joins like a
       * wrapped line. */
      text = fy_document_dup_block_text (document, i);
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

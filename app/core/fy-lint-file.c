/* fy-lint-file.c — proofreading a file: how it is read, fixed and written
 *
 * The rules `fayan-cli lint` follows, kept in the core so that any front
 * end reading a file to proofread reads it the same way (fy-lint-file.h).
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-document-io.h"
#include "fy-error.h"
#include "fy-export.h"
#include "fy-file-write.h"
#include "fy-import.h"
#include "fy-lint-file.h"
#include "fy-lint-private.h"
#include "fy-template.h"
#include "fy-web-text-private.h"

typedef enum
{
  OUTPUT_NONE,
  OUTPUT_TEXT,
  OUTPUT_MARKDOWN,
  OUTPUT_FAYAN,
} OutputFormat;

static gboolean
has_suffix_ci (GFile      *file,
               const char *suffix)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (name != NULL ? name : "", -1);

  return g_str_has_suffix (lower, suffix);
}

static OutputFormat
output_format_for (GFile *file)
{
  if (has_suffix_ci (file, ".txt"))
    return OUTPUT_TEXT;
  if (has_suffix_ci (file, ".md") || has_suffix_ci (file, ".markdown"))
    return OUTPUT_MARKDOWN;
  if (has_suffix_ci (file, ".fayan"))
    return OUTPUT_FAYAN;
  return OUTPUT_NONE;
}

static gboolean
is_template_file (GFile *file)
{
  return has_suffix_ci (file, FY_TEMPLATE_FILE_SUFFIX);
}

/**
 * fy_lint_file_is_text:
 * @input: a file to proofread
 *
 * Returns: %TRUE if @input is proofread line by line as pasted text:
 *   anything but a .fayan document, a template, Markdown or Word
 */
gboolean
fy_lint_file_is_text (GFile *input)
{
  g_return_val_if_fail (G_IS_FILE (input), FALSE);

  return !has_suffix_ci (input, ".fayan") && !is_template_file (input) && !has_suffix_ci (input, ".md") &&
         !has_suffix_ci (input, ".markdown") && !has_suffix_ci (input, ".docx");
}

/**
 * fy_lint_file_can_write:
 * @output: where a fixed copy would go
 *
 * Returns: %TRUE if its name ends in .txt, .md, .markdown or .fayan
 */
gboolean
fy_lint_file_can_write (GFile *output)
{
  g_return_val_if_fail (G_IS_FILE (output), FALSE);

  return output_format_for (output) != OUTPUT_NONE;
}

static gboolean
write_document (FyDocument  *document,
                GFile       *output,
                GError     **error)
{
  if (output_format_for (output) == OUTPUT_FAYAN)
    return fy_document_save_to_file (document, output, NULL, error);

  return fy_export_file (document, output, NULL, error);
}

static gboolean
write_text (const char  *fixed,
            GFile       *output,
            GError     **error)
{
  g_autoptr(FyDocument) document = NULL;

  if (output_format_for (output) == OUTPUT_TEXT)
    return fy_file_replace_contents (output, fixed, strlen (fixed), NULL, error);

  document = fy_import_plain_text (fixed, -1, error);
  return document != NULL && write_document (document, output, error);
}

/* A text whose lines the author numbered by hand (1　　同志们：) is
 * proofread without the numbers, as the import takes them away: the
 * space after each is no space beside a number, and the fixed copy goes
 * without them, or the fix would leave 1同志们： for the import to keep. */
static char *
drop_line_numbers (const char *text)
{
  g_auto(GStrv) lines = fy_web_text_strip_line_numbers (g_strsplit (text, "\n", -1));

  return g_strjoinv ("\n", lines);
}

/* The findings on @unnumbered, placed on the lines of @text they came
 * from: each moves right by the characters its line's number took. */
static void
place_on_numbered_lines (GPtrArray  *findings,
                         const char *text,
                         const char *unnumbered)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_auto(GStrv) kept = g_strsplit (unnumbered, "\n", -1);
  guint n = g_strv_length (lines);

  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);
      glong taken;

      if (finding->block >= n || finding->block >= g_strv_length (kept))
        continue;
      taken = g_utf8_strlen (lines[finding->block], -1) - g_utf8_strlen (kept[finding->block], -1);
      finding->start += (guint) MAX (taken, 0);
      finding->end += (guint) MAX (taken, 0);
    }
}

static gboolean
lint_text_file (FyLint            *lint,
                GFile             *input,
                GFile             *fixed_output,
                FyLintFileReport  *report,
                GError           **error)
{
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *unnumbered = NULL;
  gsize data_length = 0;
  gsize length = 0;

  data = fy_file_load_text (input, FY_DOCUMENT_MAX_FILE_SIZE, &data_length, NULL, error);
  if (data == NULL)
    return FALSE;

  text = fy_text_to_utf8 (data, data_length, &length, &report->encoding);
  if (text == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (input);

      report->encoding = NULL;
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8,
                   _("“%s” is neither UTF-8 nor GB18030 text; save it as UTF-8 and try again."), name);
      return FALSE;
    }

  unnumbered = drop_line_numbers (text);
  if (fixed_output == NULL)
    {
      report->findings = fy_lint_text (lint, unnumbered, -1);
      place_on_numbered_lines (report->findings, text, unnumbered);
      return TRUE;
    }

  fixed = fy_lint_fix_text (lint, unnumbered, -1, &report->n_fixed);
  if (!write_text (fixed, fixed_output, error))
    return FALSE;

  report->findings = fy_lint_text (lint, fixed, -1);
  return TRUE;
}

/* The fields of the template a document was made from, when the template
 * is known: references to any other name are then reported. */
static void
use_template_fields (FyLint     *lint,
                     FyTemplate *template_)
{
  g_autoptr(GPtrArray) names = NULL;

  if (template_ == NULL || fy_lint_get_defined_fields (lint) != NULL)
    return;

  names = g_ptr_array_new ();
  for (guint i = 0; i < fy_template_get_n_fields (template_); i++)
    g_ptr_array_add (names, (char *) fy_template_get_field (template_, i)->id);
  g_ptr_array_add (names, NULL);

  fy_lint_set_defined_fields (lint, (const char * const *) names->pdata);
}

static gboolean
lint_document_file (FyLint            *lint,
                    FyEnvironment     *environment,
                    GFile             *input,
                    GFile             *fixed_output,
                    FyLintFileReport  *report,
                    GError           **error)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyTemplate) template_ = NULL;

  /* A template is proofread as the speech New makes from it before any
   * field is filled in (its JSON read as text gave 200 findings on its
   * quotes and braces): defaults and today's date set, the required
   * fields left to fill. */
  if (is_template_file (input))
    {
      template_ = fy_template_new_from_file (input, FY_TEMPLATE_ORIGIN_FILE, NULL, error);
      document = template_ != NULL ? fy_template_instantiate (template_, NULL, error) : NULL;
    }
  else if (has_suffix_ci (input, ".fayan"))
    document = fy_environment_open_document (environment, input, NULL, error);
  else
    {
      document = fy_environment_import_file (environment, input, &report->warnings, NULL, error);
      if (document != NULL && report->warnings == NULL)
        report->warnings = fy_import_dup_warnings (document);
    }
  if (document == NULL)
    return FALSE;

  if (template_ == NULL)
    g_set_object (&template_, fy_environment_lookup_template (environment, fy_document_get_template_id (document)));
  use_template_fields (lint, template_);

  if (fixed_output != NULL)
    {
      report->n_fixed = fy_lint_fix_document (lint, document);
      if (!write_document (document, fixed_output, error))
        return FALSE;
    }

  report->findings = fy_lint_document (lint, document);
  return TRUE;
}

/**
 * fy_lint_file:
 * @lint: the checks to run
 * @environment: the template folders (for a document's fields)
 * @input: a .txt, .md, .markdown or .fayan file
 * @fixed_output: (nullable): where to write a copy with the safe fixes
 *   applied (a name fy_lint_file_can_write() accepts); the findings are
 *   then those of the fixed copy
 * @report: (out caller-allocates): the findings and how @input was read;
 *   clear it with fy_lint_file_report_clear() whatever the outcome (the
 *   encoding is set even when a later step fails)
 * @error: return location for a #GError
 *
 * Proofreads a file as fy-lint-file.h describes.  When @lint has no
 * defined fields and @input is a document whose template is installed,
 * that template's fields are set on @lint.
 *
 * Returns: %TRUE if @input was read (and the fixed copy written)
 */
gboolean
fy_lint_file (FyLint            *lint,
              FyEnvironment     *environment,
              GFile             *input,
              GFile             *fixed_output,
              FyLintFileReport  *report,
              GError           **error)
{
  g_return_val_if_fail (FY_IS_LINT (lint), FALSE);
  g_return_val_if_fail (FY_IS_ENVIRONMENT (environment), FALSE);
  g_return_val_if_fail (G_IS_FILE (input), FALSE);
  g_return_val_if_fail (fixed_output == NULL || fy_lint_file_can_write (fixed_output), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (report, 0, sizeof *report);
  report->by_line = fy_lint_file_is_text (input);
  if (report->by_line)
    return lint_text_file (lint, input, fixed_output, report, error);

  return lint_document_file (lint, environment, input, fixed_output, report, error);
}

/**
 * fy_lint_file_report_clear:
 * @report: a report fy_lint_file() filled
 */
void
fy_lint_file_report_clear (FyLintFileReport *report)
{
  g_clear_pointer (&report->findings, g_ptr_array_unref);
  g_clear_pointer (&report->warnings, g_ptr_array_unref);
}

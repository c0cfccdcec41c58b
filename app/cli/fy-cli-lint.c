/* fy-cli-lint.c — fayan-cli lint: proofread a document or pasted text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "fy-cli.h"

/*
 * A .txt file is linted as the user pasted it, line by line, before any
 * import cleaning: "block" is the line (from 0), and the columns match
 * the file.  Its --fix output keeps every line and changes only what the
 * safe fixes change.  .fayan documents and Markdown are linted as the
 * document they load into, block by block.
 */

typedef enum
{
  OUTPUT_TEXT,
  OUTPUT_MARKDOWN,
  OUTPUT_FAYAN,
} OutputFormat;

static gboolean
has_suffix_ci (const char *path,
               const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, suffix);
}

static gboolean
output_format_for (const char   *path,
                   OutputFormat *format)
{
  if (has_suffix_ci (path, ".txt"))
    *format = OUTPUT_TEXT;
  else if (has_suffix_ci (path, ".md") || has_suffix_ci (path, ".markdown"))
    *format = OUTPUT_MARKDOWN;
  else if (has_suffix_ci (path, ".fayan"))
    *format = OUTPUT_FAYAN;
  else
    return FALSE;

  return TRUE;
}

static gboolean
is_document_input (const char *path)
{
  return has_suffix_ci (path, ".fayan") || has_suffix_ci (path, ".md") ||
         has_suffix_ci (path, ".markdown");
}

static gboolean
write_document (FyDocument    *document,
                const char    *output,
                OutputFormat   format,
                GError       **error)
{
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (output);

  if (format == OUTPUT_FAYAN)
    return fy_document_save_to_file (document, out, NULL, error);

  return fy_export_file (document, out, NULL, error);
}

/* Text saved on Windows is often GB18030 (GBK) or UTF-16 rather than
 * UTF-8.  Returns the text as UTF-8 and the encoding it was read as, or
 * %NULL if it is in none of them. */
static char *
text_to_utf8 (const char  *data,
              gsize        length,
              gsize       *utf8_length,
              const char **encoding)
{
  const guchar *bytes = (const guchar *)data;
  g_autofree char *converted = NULL;
  gsize written = 0;

  *encoding = NULL;
  if (g_utf8_validate (data, length, NULL))
    {
      *utf8_length = length;
      return g_strndup (data, length);
    }

  if (length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
    *encoding = "UTF-16LE";
  else if (length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
    *encoding = "UTF-16BE";
  else
    *encoding = "GB18030";

  if (g_str_has_prefix (*encoding, "UTF-16"))
    converted = g_convert (data + 2, length - 2, "UTF-8", *encoding, NULL, &written, NULL);
  else
    converted = g_convert (data, length, "UTF-8", *encoding, NULL, &written, NULL);

  if (converted == NULL || !g_utf8_validate (converted, written, NULL))
    return NULL;

  *utf8_length = written;
  return g_steal_pointer (&converted);
}

/* The fields of the template a document was made from, when the template
 * is installed: references to any other name are then reported. */
static char **
dup_template_fields (FyDocument *document)
{
  const char *id = fy_document_get_template_id (document);
  FyTemplate *template_;
  GPtrArray *names;

  template_ = fy_environment_lookup_template (fy_cli_get_environment (), id);
  if (template_ == NULL)
    return NULL;

  names = g_ptr_array_new ();
  for (guint i = 0; i < fy_template_get_n_fields (template_); i++)
    g_ptr_array_add (names, g_strdup (fy_template_get_field (template_, i)->id));
  g_ptr_array_add (names, NULL);

  return (char **)g_ptr_array_free (names, FALSE);
}

/* Findings go to standard output as UTF-8 whatever the locale: JSON must
 * be UTF-8, and a script reading the listing must get the marks it
 * counts, not the "?" that g_print() puts in a C locale. */
static void
print_utf8 (const char *format,
            ...) G_GNUC_PRINTF (1, 2);

static void
print_utf8 (const char *format,
            ...)
{
  g_autofree char *str = NULL;
  va_list args;

  va_start (args, format);
  str = g_strdup_vprintf (format, args);
  va_end (args);

  fputs (str, stdout);
}

static void
print_json (GPtrArray *findings)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);
      const char *fix = fy_lint_finding_get_fix (finding);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, fy_lint_finding_get_kind (finding));
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, fy_lint_severity_to_string (fy_lint_finding_get_severity (finding)));
      json_builder_set_member_name (builder, "block");
      json_builder_add_int_value (builder, fy_lint_finding_get_block (finding));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, fy_lint_finding_get_start (finding));
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, fy_lint_finding_get_end (finding));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, fy_lint_finding_get_message (finding));
      json_builder_set_member_name (builder, "fix");
      if (fix != NULL)
        json_builder_add_string_value (builder, fix);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "safe");
      json_builder_add_boolean_value (builder, fy_lint_finding_is_safe (finding));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, fy_lint_finding_get_original (finding));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);
  print_utf8 ("%s\n", json);
}

static void
print_findings (GPtrArray  *findings,
                const char *path,
                gboolean    text_mode)
{
  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);
      const char *fix = fy_lint_finding_get_fix (finding);
      g_autofree char *where = NULL;

      /* Lines and columns count from 1, as editors show them. */
      if (text_mode)
        where = g_strdup_printf (_("line %u, column %u"),
                                 fy_lint_finding_get_block (finding) + 1,
                                 fy_lint_finding_get_start (finding) + 1);
      else
        where = g_strdup_printf (_("block %u, column %u"),
                                 fy_lint_finding_get_block (finding) + 1,
                                 fy_lint_finding_get_start (finding) + 1);

      print_utf8 ("%s: %s: %s: %s [%s]\n", path, where,
               fy_lint_severity_to_string (fy_lint_finding_get_severity (finding)),
               fy_lint_finding_get_message (finding),
               fy_lint_finding_get_kind (finding));
      if (fix != NULL)
        print_utf8 ("    “%s” → “%s”%s\n", fy_lint_finding_get_original (finding), fix,
                 fy_lint_finding_is_safe (finding) ? "" : _(" (check before applying)"));
    }
}

int
fy_cli_command_lint (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FyLint) lint = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) fields = NULL;
  gboolean json = FALSE;
  gboolean fix = FALSE;
  gboolean no_fonts = FALSE;
  OutputFormat format = OUTPUT_TEXT;
  const char *input;
  gboolean text_mode;
  guint n_fixed = 0;
  int status;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the findings as a JSON array"), NULL },
    { "fix", 0, 0, G_OPTION_ARG_NONE, &fix, N_("Apply the safe fixes and write the result to the -o file"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("With --fix, write to FILE (.txt, .md or .fayan)"), N_("FILE") },
    { "field", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &fields, N_("A field the template defines; references to others are reported (repeatable)"), N_("NAME") },
    { "no-font-check", 0, 0, G_OPTION_ARG_NONE, &no_fonts, N_("Do not look for characters no installed font can draw"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("IN — proofread a document or pasted text"));
  g_option_context_set_summary (context,
                                _("Finds half-width punctuation in Chinese text, spaces left where lines "
                                  "wrapped, wrong ellipses and dashes, doubled or unpaired marks, numbering "
                                  "out of sequence, paragraphs without end punctuation, unfilled fields, "
                                  "over-long titles and characters no font can draw.\n\n"
                                  "A .txt file is checked as it is, line by line; .fayan and Markdown "
                                  "files block by block.  The listing counts lines (or blocks) and "
                                  "columns from 1; in --json, \"block\", \"start\" and \"end\" count "
                                  "from 0, \"start\" and \"end\" in characters.\n"
                                  "Exit status: 0 nothing found, 1 findings, 2 error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!fy_cli_parse_options (context, &argc, &argv, &status))
    return status;

  if (argc != 2)
    return fy_cli_usage_error (context, _("Name exactly one file to check."));
  if (output != NULL && !fix)
    return fy_cli_usage_error (context, _("-o names the file --fix writes; add --fix."));
  if (fix && output == NULL)
    return fy_cli_usage_error (context, _("Name the file for the fixed text with -o OUT.txt, OUT.md or OUT.fayan."));
  if (fix && !output_format_for (output, &format))
    return fy_cli_usage_error (context, _("The output file name must end in .txt, .md or .fayan."));

  /* Field names are taken as bytes (not converted from the locale, which
   * fails for Chinese in a C locale) and must be UTF-8. */
  for (guint i = 0; fields != NULL && fields[i] != NULL; i++)
    if (!g_utf8_validate (fields[i], -1, NULL))
      return fy_cli_usage_error (context, _("Field names must be UTF-8."));

  input = argv[1];
  text_mode = !is_document_input (input);

  lint = fy_lint_new ();
  fy_lint_set_check_fonts (lint, !no_fonts);
  if (fields != NULL)
    fy_lint_set_defined_fields (lint, (const char * const *)fields);

  if (text_mode)
    {
      g_autoptr(GFile) in = g_file_new_for_commandline_arg (input);
      g_autofree char *name = g_file_get_parse_name (in);
      g_autofree char *data = NULL;
      g_autofree char *text = NULL;
      const char *encoding = NULL;
      gsize data_length = 0;
      gsize length = 0;

      data = fy_file_load_text (in, FY_DOCUMENT_MAX_FILE_SIZE, &data_length, NULL, &error);
      if (data == NULL)
        return fy_cli_report_error (error);

      text = text_to_utf8 (data, data_length, &length, &encoding);
      if (text == NULL)
        {
          g_set_error (&error, FY_ERROR, FY_ERROR_INVALID_UTF8,
                       _("“%s” is neither UTF-8 nor GB18030 text; save it as UTF-8 and try again."), name);
          return fy_cli_report_error (error);
        }
      if (encoding != NULL)
        g_printerr (_("fayan-cli: “%s” is not UTF-8; it was read as %s (a fixed copy is written in UTF-8).\n"),
                    name, encoding);

      if (fix)
        {
          g_autofree char *fixed = fy_lint_fix_text (lint, text, length, &n_fixed);
          g_autoptr(GFile) out = g_file_new_for_commandline_arg (output);

          if (format == OUTPUT_TEXT)
            {
              if (!fy_file_replace_contents (out, fixed, strlen (fixed), NULL, &error))
                return fy_cli_report_error (error);
            }
          else
            {
              g_autoptr(FyDocument) document = fy_import_plain_text (fixed, -1, &error);

              if (document == NULL || !write_document (document, output, format, &error))
                return fy_cli_report_error (error);
            }

          findings = fy_lint_text (lint, fixed, -1);
        }
      else
        findings = fy_lint_text (lint, text, length);
    }
  else
    {
      g_autoptr(FyDocument) document = fy_cli_load_document (input, &error);

      if (document == NULL)
        return fy_cli_report_error (error);

      if (fields == NULL)
        {
          g_auto(GStrv) template_fields = dup_template_fields (document);

          if (template_fields != NULL)
            fy_lint_set_defined_fields (lint, (const char * const *)template_fields);
        }

      if (fix)
        {
          n_fixed = fy_lint_fix_document (lint, document);
          if (!write_document (document, output, format, &error))
            return fy_cli_report_error (error);
        }

      findings = fy_lint_document (lint, document);
    }

  if (json)
    print_json (findings);
  else
    {
      print_findings (findings, input, text_mode);
      if (fix)
        print_utf8 (g_dngettext (GETTEXT_PACKAGE, "%u fix applied; ", "%u fixes applied; ", n_fixed), n_fixed);
      if (findings->len == 0)
        print_utf8 ("%s\n", _("nothing to report."));
      else
        print_utf8 (g_dngettext (GETTEXT_PACKAGE, "%u finding.\n", "%u findings.\n", findings->len),
                    findings->len);
    }

  return findings->len == 0 ? FY_CLI_EXIT_OK : FY_CLI_EXIT_FINDINGS;
}

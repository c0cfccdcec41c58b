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
      FyBlockRole role;

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
      /* a fix that sets the block's role ("title"), its text left */
      if (fy_lint_finding_get_role (finding, &role))
        {
          json_builder_set_member_name (builder, "role");
          json_builder_add_string_value (builder, fy_block_role_to_string (role));
        }
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
      FyBlockRole role;

      /* Lines and columns count from 1, as editors show them. */
      if (text_mode)
        where = g_strdup_printf (_("line %1$u, column %2$u"),
                                 fy_lint_finding_get_block (finding) + 1,
                                 fy_lint_finding_get_start (finding) + 1);
      else
        where = g_strdup_printf (_("block %1$u, column %2$u"),
                                 fy_lint_finding_get_block (finding) + 1,
                                 fy_lint_finding_get_start (finding) + 1);

      print_utf8 ("%s: %s: %s: %s [%s]\n", path, where,
               fy_lint_severity_to_string (fy_lint_finding_get_severity (finding)),
               fy_lint_finding_get_message (finding),
               fy_lint_finding_get_kind (finding));
      if (fy_lint_finding_get_role (finding, &role))
        /* TRANSLATORS: “text” → set as the style named, such as 标题 */
        print_utf8 (_("    “%1$s” → set as %2$s\n"), fy_lint_finding_get_original (finding),
                    fy_block_role_get_label (role));
      else if (fix != NULL)
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
  g_auto(FyLintFileReport) report = { 0 };
  g_autoptr(GFile) in = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *findings;
  g_autofree char *output = NULL;
  g_auto(GStrv) fields = NULL;
  gboolean json = FALSE;
  gboolean fix = FALSE;
  gboolean no_fonts = FALSE;
  const char *input;
  gboolean ok;
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
                                  "A .txt file is checked as it is, line by line; .fayan, Markdown and "
                                  "Word (.docx) files block by block, and a template (.fayan-template) as "
                                  "the speech it makes before its fields are filled in.  The listing "
                                  "counts lines (or blocks) and "
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
  if (output != NULL)
    out = g_file_new_for_commandline_arg (output);
  if (out != NULL && !fy_lint_file_can_write (out))
    return fy_cli_usage_error (context, _("The output file name must end in .txt, .md or .fayan."));

  /* Field names are taken as bytes (not converted from the locale, which
   * fails for Chinese in a C locale) and must be UTF-8. */
  for (guint i = 0; fields != NULL && fields[i] != NULL; i++)
    if (!g_utf8_validate (fields[i], -1, NULL))
      return fy_cli_usage_error (context, _("Field names must be UTF-8."));

  input = argv[1];
  in = g_file_new_for_commandline_arg (input);

  lint = fy_lint_new ();
  fy_lint_set_check_fonts (lint, !no_fonts);
  if (fields != NULL)
    fy_lint_set_defined_fields (lint, (const char * const *)fields);

  ok = fy_lint_file (lint, fy_cli_get_environment (), in, out, &report, &error);
  fy_cli_print_warnings (report.warnings);
  if (report.encoding != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (in);

      g_printerr (_("fayan-cli: “%1$s” is not UTF-8; it was read as %2$s (a fixed copy is written in UTF-8).\n"),
                  name, report.encoding);
    }
  if (!ok)
    return fy_cli_report_error (error);
  findings = report.findings;

  if (json)
    print_json (findings);
  else
    {
      print_findings (findings, input, report.by_line);
      if (fix)
        print_utf8 (g_dngettext (GETTEXT_PACKAGE, "%u fix applied; ", "%u fixes applied; ", report.n_fixed),
                    report.n_fixed);
      if (findings->len == 0)
        print_utf8 ("%s\n", _("nothing to report."));
      else
        print_utf8 (g_dngettext (GETTEXT_PACKAGE, "%u finding.\n", "%u findings.\n", findings->len),
                    findings->len);
    }

  return findings->len == 0 ? FY_CLI_EXIT_OK : FY_CLI_EXIT_FINDINGS;
}

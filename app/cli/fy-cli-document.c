/* fy-cli-document.c — fayan-cli import, export and info
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-cli.h"

int
fy_cli_command_import (int    argc,
                       char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GFile) in = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *numbering = NULL;
  g_autofree char *page_numbers = NULL;
  int status;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the document to FILE (.fayan)"), N_("FILE") },
    { "numbering", 0, 0, G_OPTION_ARG_STRING, &numbering, fy_cli_numbering_help, N_("MODE") },
    { "page-numbers", 0, 0, G_OPTION_ARG_STRING, &page_numbers, fy_cli_page_numbers_help, N_("on|off") },
    { NULL }
  };

  context = fy_cli_option_context_new (_("IN.docx|IN.md|IN.txt — import a Word document, Markdown or pasted text"),
                                       _("Word (.docx): paragraph styles and outline levels give the roles, "
                                         "bold text at a paragraph start a lead sentence, content controls "
                                         "the fields.\n"
                                         "Markdown: # title, ## to ##### headings, blank-line paragraphs, "
                                         "**bold** at a paragraph start as a lead sentence.\n"
                                         "Plain text: one paragraph per line; numbering such as 一、（一）1.（1）"
                                         " becomes heading levels."),
                                       entries);
  if (!fy_cli_parse_options (context, &argc, &argv, &status) ||
      !fy_cli_check_numbering (numbering, &status) ||
      !fy_cli_check_page_numbers (page_numbers, &status))
    return status;

  if (argc != 2)
    return fy_cli_usage_error (context, _("Name exactly one file to import."));
  if (output == NULL)
    return fy_cli_usage_error (context, _("Name the output file with -o OUT.fayan."));
  if (!g_str_has_suffix (output, ".fayan"))
    return fy_cli_usage_error (context, _("The output file name must end in .fayan."));

  in = g_file_new_for_commandline_arg (argv[1]);
  out = g_file_new_for_commandline_arg (output);
  if (!fy_file_check_destination (out, in, &error))
    return fy_cli_report_error (error);

  document = fy_cli_import_document (in, &error);
  if (document == NULL)
    return fy_cli_report_error (error);
  fy_cli_apply_numbering (numbering, document);
  fy_cli_apply_page_numbers (page_numbers, document);

  if (!fy_document_save_to_file (document, out, NULL, &error))
    return fy_cli_report_error (error);

  return FY_CLI_EXIT_OK;
}

int
fy_cli_command_export (int    argc,
                       char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GFile) in = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *page_numbers = NULL;
  int status;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE; .docx for Word and WPS, .md for Markdown, .txt for plain text"), N_("FILE") },
    { "page-numbers", 0, 0, G_OPTION_ARG_STRING, &page_numbers, N_("Page numbers of a .docx (— 1 —) on or off"), N_("on|off") },
    { NULL }
  };

  context = fy_cli_option_context_new (_("IN — export a document as Word (.docx), Markdown or plain text"),
                                       _("IN may be a .fayan document or a file to import."),
                                       entries);
  if (!fy_cli_parse_options (context, &argc, &argv, &status) ||
      !fy_cli_check_page_numbers (page_numbers, &status))
    return status;

  if (argc != 2)
    return fy_cli_usage_error (context, _("Name exactly one document to export."));
  if (output == NULL)
    return fy_cli_usage_error (context, _("Name the output file with -o OUT.docx, -o OUT.md or -o OUT.txt."));

  in = g_file_new_for_commandline_arg (argv[1]);
  out = g_file_new_for_commandline_arg (output);
  if (!fy_file_check_destination (out, in, &error))
    return fy_cli_report_error (error);

  document = fy_cli_load_document (argv[1], &error);
  if (document == NULL)
    return fy_cli_report_error (error);

  fy_cli_apply_page_numbers (page_numbers, document);
  fy_cli_warn_unfinished (document);
  if (!fy_export_file (document, out, NULL, &error))
    return fy_cli_report_error (error);

  return FY_CLI_EXIT_OK;
}

/* Text from a document, safe to print on a terminal: control characters
 * (escape sequences could retitle or clear the terminal) and invisible
 * format characters (bidi overrides) become U+FFFD. */
static char *
dup_printable (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || g_unichar_type (c) == G_UNICODE_FORMAT)
        c = 0xFFFD;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

int
fy_cli_command_info (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *raw_title = NULL;
  g_autofree char *title = NULL;
  g_autofree char *preset = NULL;
  g_autoptr(FySource) source = NULL;
  FySourceCounts counts;
  int status;
  const GOptionEntry entries[] = {
    { NULL }
  };

  context = fy_cli_option_context_new (_("IN — describe a document"),
                                       _("Prints the title, the blocks by role, the bold lead sentences "
                                         "and the character count (字数)."),
                                       entries);
  if (!fy_cli_parse_options (context, &argc, &argv, &status))
    return status;

  if (argc != 2)
    return fy_cli_usage_error (context, _("Name exactly one document."));

  document = fy_cli_load_document (argv[1], &error);
  if (document == NULL)
    return fy_cli_report_error (error);

  source = fy_source_new (document);
  fy_source_count (source, &counts);
  raw_title = fy_document_dup_display_title (document);
  title = dup_printable (raw_title);
  preset = dup_printable (fy_document_get_style_preset (document));

  g_print (_("Title: %s\n"), title);
  g_print (_("Style preset: %s\n"), preset);
  if (!fy_document_get_page_numbers (document))
    g_print ("%s\n", _("Page numbers: off"));
  g_print (_("Blocks: %u\n"), counts.n_blocks);
  for (guint role = 0; role < FY_BLOCK_N_ROLES; role++)
    {
      if (counts.n_by_role[role] == 0)
        continue;
      if (role == FY_BLOCK_ROLE_HEADING)
        {
          for (guint level = 1; level <= FY_HEADING_MAX_LEVEL; level++)
            if (counts.n_headings[level] > 0)
              g_print (_("  %1$s, level %2$u: %3$u\n"), fy_block_role_get_label (role), level,
                       counts.n_headings[level]);
        }
      else
        g_print (_("  %1$s: %2$u\n"), fy_block_role_get_label (role), counts.n_by_role[role]);
    }
  g_print (_("Bold leads: %u\n"), counts.n_leads);
  g_print (_("Characters: %1$u (without punctuation: %2$u)\n"), counts.n_chars, counts.n_chars_no_punct);

  return FY_CLI_EXIT_OK;
}

/* fy-cli.c — command dispatch and shared helpers of fayan-cli
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "fy-cli.h"

/* made on first use by fy_cli_get_environment(), dropped after the command */
static FyEnvironment *cli_environment;

static const struct {
  const char       *name;
  FyCliCommandFunc  func;
  const char       *summary;
} commands[] = {
  { "import", fy_cli_command_import, N_("Import a Word document, Markdown or plain text into a .fayan document") },
  { "export", fy_cli_command_export, N_("Export a document as Word (.docx), Markdown or plain text") },
  { "info",   fy_cli_command_info,   N_("Show the title, blocks and character count of a document") },
  { "lint",   fy_cli_command_lint,   N_("Proofread a document or pasted text, and fix what is safe to fix") },
  { "render", fy_cli_command_render, N_("Typeset a document into a PDF (and PNG pages)") },
  { "layout", fy_cli_command_layout, N_("Print the computed layout of a document") },
  { "templates", fy_cli_command_templates, N_("List the built-in, personal and shared templates") },
  { "new",    fy_cli_command_new,    N_("Make a new document from a template or an earlier speech") },
  { "fill",   fy_cli_command_fill,   N_("Make one document (and PDF) per row of a CSV table") },
  { "compare", fy_cli_command_compare, N_("Show what changed between two texts; write the revision table") },
};

static void
print_commands (FILE *stream)
{
  fprintf (stream, "%s\n  fayan-cli %s\n\n%s\n",
           _("Usage:"), _("COMMAND [OPTION…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “fayan-cli COMMAND --help” for the options of a command."));
}

/**
 * fy_cli_print_error:
 * @message: what went wrong, a translated sentence
 *
 * Prints @message on standard error after the program's name, as the
 * warnings are ("fayan-cli：警告：" in Chinese): the separator is the
 * translator's, a full-width colon in Chinese.
 */
void
fy_cli_print_error (const char *message)
{
  /* Translators: an error message after the program's name; write the
   * colon as your language does (fayan-cli：%s in Chinese), as in
   * "fayan-cli: warning: %s" */
  g_printerr (_("fayan-cli: %s\n"), message);
}

/**
 * fy_cli_report_error:
 * @error: what went wrong
 *
 * Prints the error's (translated) message on standard error.
 *
 * Returns: %FY_CLI_EXIT_ERROR
 */
int
fy_cli_report_error (const GError *error)
{
  fy_cli_print_error (error->message);
  return FY_CLI_EXIT_ERROR;
}

/**
 * fy_cli_add_hint:
 * @error: (inout): an error from the core, or %NULL
 * @code: the #FyError code the hint is for
 * @hint: what to run or type instead, a sentence
 *
 * Appends @hint to the message of an error of @code: the core says what
 * is wrong, the command line says which command helps.
 */
void
fy_cli_add_hint (GError     **error,
                 FyError      code,
                 const char  *hint)
{
  char *message;

  if (error == NULL || !g_error_matches (*error, FY_ERROR, code))
    return;

  message = g_strconcat ((*error)->message, " ", hint, NULL);
  g_free ((*error)->message);
  (*error)->message = message;
}

/**
 * fy_cli_usage_error:
 * @context: the command's option context
 * @message: what is wrong with the command line
 *
 * Returns: %FY_CLI_EXIT_ERROR
 */
int
fy_cli_usage_error (GOptionContext *context,
                    const char     *message)
{
  fy_cli_print_error (message);
  g_printerr ("%s\n", _("Run with --help to see the options."));
  return FY_CLI_EXIT_ERROR;
}

const char fy_cli_numbering_help[] =
  N_("Heading numbers: auto (Fayan numbers them, a heading with its own ordinal prints as written) or as-written");

/**
 * fy_cli_check_numbering:
 * @value: (nullable): the argument of --numbering, %NULL if not given
 * @status: (out): the exit status when the value is wrong
 *
 * Returns: %TRUE if @value is absent or names a numbering mode
 */
gboolean
fy_cli_check_numbering (const char *value,
                        int        *status)
{
  FyNumberingMode mode;

  if (value == NULL || fy_numbering_mode_from_string (value, &mode))
    return TRUE;

  *status = fy_cli_usage_error (NULL, _("--numbering is “auto” or “as-written”."));
  return FALSE;
}

/**
 * fy_cli_apply_numbering:
 * @value: (nullable): the argument of --numbering, checked before
 * @document: the document it applies to
 */
void
fy_cli_apply_numbering (const char *value,
                        FyDocument *document)
{
  FyNumberingMode mode;

  if (value == NULL || !fy_numbering_mode_from_string (value, &mode))
    return;

  /* "as-written" must not lose the numbers an import took out of the
   * headings for the engine to print. */
  if (mode == FY_NUMBERING_AS_WRITTEN)
    fy_import_keep_own_numbers (document);
  else
    fy_document_set_numbering (document, mode);
}

const char fy_cli_page_numbers_help[] =
  N_("Page numbers (— 1 —) on or off; off is saved with the document");

/**
 * fy_cli_check_page_numbers:
 * @value: (nullable): the argument of --page-numbers, %NULL if not given
 * @status: (out): the exit status when the value is wrong
 *
 * Returns: %TRUE if @value is absent, “on” or “off”
 */
gboolean
fy_cli_check_page_numbers (const char *value,
                           int        *status)
{
  if (value == NULL || g_str_equal (value, "on") || g_str_equal (value, "off"))
    return TRUE;

  *status = fy_cli_usage_error (NULL, _("--page-numbers is “on” or “off”."));
  return FALSE;
}

/**
 * fy_cli_apply_page_numbers:
 * @value: (nullable): the argument of --page-numbers, checked before
 * @document: the document it applies to
 */
void
fy_cli_apply_page_numbers (const char *value,
                           FyDocument *document)
{
  if (value != NULL)
    fy_document_set_page_numbers (document, g_strcmp0 (value, "off") != 0);
}

/**
 * fy_cli_option_context_new:
 * @parameter: what follows the command on the command line, with a dash
 *   and a short description
 * @summary: the paragraph shown by --help
 * @entries: the command's options
 *
 * Returns: (transfer full): an option context in the project's domain
 */
GOptionContext *
fy_cli_option_context_new (const char         *parameter,
                           const char         *summary,
                           const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (parameter);

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  return context;
}

/**
 * fy_cli_parse_options:
 * @context: an option context
 * @argc: (inout): the argument count
 * @argv: (inout): the arguments
 * @status: (out): the exit status to return when this returns %FALSE
 *
 * Returns: %TRUE to go on, %FALSE when the command must stop
 */
gboolean
fy_cli_parse_options (GOptionContext   *context,
                      int              *argc,
                      char           ***argv,
                      int              *status)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = fy_cli_usage_error (context, error->message);
      return FALSE;
    }

  /* GOption leaves the "--" that ends the options in argv when something
   * follows it ("info -- -x.fayan"); it is not an argument. */
  for (int i = 1; i < *argc; i++)
    if (strcmp ((*argv)[i], "--") == 0)
      {
        memmove (&(*argv)[i], &(*argv)[i + 1], (*argc - i) * sizeof (char *));
        (*argc)--;
        break;
      }

  *status = FY_CLI_EXIT_OK;
  return TRUE;
}

/**
 * fy_cli_load_document:
 * @path: a .fayan document, or a .md/.markdown/.txt file to import
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
FyDocument *
fy_cli_load_document (const char  *path,
                      GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *basename = g_file_get_basename (file);

  if (basename != NULL && g_str_has_suffix (basename, ".fayan"))
    return fy_environment_open_document (fy_cli_get_environment (), file, NULL, error);

  return fy_cli_import_document (file, error);
}

/**
 * fy_cli_import_document:
 * @file: Markdown, plain text or .docx
 * @error: return location for a #GError
 *
 * Imports @file as `fayan-cli import` does and prints what the import
 * could not represent (an image, a merged cell: each naming its line) as
 * warnings on standard error, so that render, layout, lint and the
 * others say the same as import of the same file.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
FyDocument *
fy_cli_import_document (GFile   *file,
                        GError **error)
{
  g_autoptr(GPtrArray) warnings = NULL;
  FyDocument *document;

  document = fy_environment_import_file (fy_cli_get_environment (), file, &warnings, NULL, error);
  if (document == NULL)
    return NULL;

  if (warnings == NULL)
    warnings = fy_import_dup_warnings (document);
  fy_cli_print_warnings (warnings);

  return document;
}

/**
 * fy_cli_print_warnings:
 * @warnings: (nullable) (element-type utf8): what an import could not
 *   represent, each naming its line
 *
 * Prints them on standard error, one "fayan-cli: warning:" line each.
 */
void
fy_cli_print_warnings (GPtrArray *warnings)
{
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    g_printerr (_("fayan-cli: warning: %s\n"), (const char *) g_ptr_array_index (warnings, i));
}

/**
 * fy_cli_get_environment:
 *
 * The environment of this run: the GUI's settings when Fayan's schema is
 * installed (template folders, default style, font per role), to which
 * the options of the command add.
 *
 * Returns: (transfer none): the environment
 */
FyEnvironment *
fy_cli_get_environment (void)
{
  if (cli_environment == NULL)
    {
      g_autoptr(GSettings) settings = fy_environment_dup_default_settings ();

      cli_environment = fy_environment_new ();
      fy_environment_follow_settings (cli_environment, settings);
    }

  return cli_environment;
}

/**
 * fy_cli_apply_font_options:
 * @fonts: (nullable): the values of --font, ROLE=FAMILY each
 * @status: (out): the exit status when %FALSE is returned
 *
 * Returns: %TRUE when every option was understood
 */
gboolean
fy_cli_apply_font_options (char **fonts,
                           int   *status)
{
  for (guint i = 0; fonts != NULL && fonts[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!fy_environment_parse_font_option (fy_cli_get_environment (), fonts[i], &error))
        {
          *status = fy_cli_report_error (error);
          return FALSE;
        }
    }

  return TRUE;
}

int
fy_cli_run (int    argc,
            char **argv)
{
  const char *name = argc >= 2 ? argv[1] : "";
  g_autofree char *prgname = g_strconcat ("fayan-cli ", name, NULL);
  gboolean known = FALSE;

  fy_core_setlocale ();
  fy_core_init ();
  textdomain (GETTEXT_PACKAGE);
  /* a command's --help reads "fayan-cli export [OPTION…] IN" */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    known |= strcmp (name, commands[i].name) == 0;
  g_set_prgname (known ? prgname : "fayan-cli");

  if (argc < 2)
    {
      print_commands (stderr);
      return FY_CLI_EXIT_ERROR;
    }

  if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0 || strcmp (name, "help") == 0)
    {
      print_commands (stdout);
      return FY_CLI_EXIT_OK;
    }

  if (strcmp (name, "--version") == 0)
    {
      g_print ("fayan-cli %s\n", PACKAGE_VERSION);
      return FY_CLI_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (strcmp (name, commands[i].name) == 0)
        {
          int status = commands[i].func (argc - 1, argv + 1);

          g_clear_object (&cli_environment);
          return status;
        }
    }

  g_printerr (_("fayan-cli: unknown command “%s”\n"), name);
  print_commands (stderr);
  return FY_CLI_EXIT_ERROR;
}

/**
 * fy_cli_warn_unfinished:
 * @document: a document about to be rendered or exported
 *
 * Prints a warning for each place of @document still to be filled in
 * (the template's guidance, fields with no value) and one line that sums
 * them up.  The output is still written: a draft may go out on purpose.
 *
 * Returns: the number of places
 */
guint
fy_cli_warn_unfinished (FyDocument *document)
{
  g_autoptr(GPtrArray) places = NULL;
  g_autofree char *summary = NULL;

  places = fy_environment_find_unfinished (fy_cli_get_environment (), document);
  for (guint i = 0; i < places->len; i++)
    {
      const FyUnfinished *place = g_ptr_array_index (places, i);

      if (place->block >= 0)
        g_printerr (_("fayan-cli: warning: block %1$d, character %2$d: %3$s\n"),
                    place->block + 1, (int) place->start + 1, place->message);
      else
        g_printerr (_("fayan-cli: warning: %s\n"), place->message);
    }

  if (places->len > 0)
    {
      summary = fy_unfinished_dup_summary (places);
      g_printerr (_("fayan-cli: warning: the draft is unfinished (%s).\n"), summary);
    }

  return places->len;
}

/* fy-cli-compare.c — fayan-cli compare: what changed, and the 修改对照表
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-cli.h"

/* The document at @path, or its version @version_name. */
static FyDocument *
load_side (const char  *path,
           const char  *version_name,
           char       **label,
           GError     **error)
{
  g_autoptr(FyDocument) document = fy_cli_load_document (path, error);
  FyDocument *version;

  if (document == NULL)
    return NULL;

  if (version_name == NULL)
    {
      *label = g_path_get_basename (path);
      return g_steal_pointer (&document);
    }

  *label = g_strdup (version_name);
  version = fy_document_dup_version_content (document, version_name, error);
  if (version == NULL)
    {
      g_autofree char *hint = g_strdup_printf (_("Run “fayan-cli compare --list %s” to see its versions."),
                                               path);

      g_prefix_error (error, "%s: ", path);
      fy_cli_add_hint (error, FY_ERROR_NOT_FOUND, hint);
    }
  return version;
}

static int
list_versions (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_cli_load_document (path, &error);

  if (document == NULL)
    return fy_cli_report_error (error);

  for (guint i = 0; i < fy_document_get_n_versions (document); i++)
    {
      FyVersion *version = fy_document_get_version (document, i);
      g_autofree char *time = g_date_time_format (fy_version_get_time (version), "%Y-%m-%d %H:%M");

      g_print ("%s\t%s\t%s\t%s\n", fy_version_get_name (version), time,
               fy_version_get_author (version), fy_version_get_note (version));
    }
  return FY_CLI_EXIT_OK;
}

static void
print_summary (FyComparison *comparison)
{
  static const char * const kinds[] = {
    N_("field"), N_("edited"), N_("added"), N_("deleted"), N_("moved"),
  };
  guint n_changes = fy_comparison_get_n_changes (comparison);

  for (guint i = 0; i < n_changes; i++)
    {
      const FyChange *change = fy_comparison_get_change (comparison, i);

      if (change->kind == FY_CHANGE_FIELD)
        {
          g_autofree char *name = fy_change_dup_label (change);
          g_autofree char *old_value = fy_change_dup_value (change, FALSE);
          g_autofree char *new_value = fy_change_dup_value (change, TRUE);

          g_print ("%u\t%s\t%s\t%s → %s\n", i + 1, _(kinds[change->kind]), name,
                   old_value != NULL ? old_value : "", new_value != NULL ? new_value : "");
        }
      else
        g_print ("%u\t%s\t%d → %d\t%u\n", i + 1, _(kinds[change->kind]),
                 change->old_index + 1, change->new_index + 1, change->n_edits);
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u change, ", "%u changes, ", n_changes), n_changes);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u paragraph unchanged\n", "%u paragraphs unchanged\n",
                        fy_comparison_get_n_unchanged (comparison)),
           fy_comparison_get_n_unchanged (comparison));
}

int
fy_cli_command_compare (int    argc,
                        char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FyDocument) old_document = NULL;
  g_autoptr(FyDocument) new_document = NULL;
  g_autoptr(FyComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *old_version = NULL;
  g_autofree char *new_version = NULL;
  g_autofree char *old_label = NULL;
  g_autofree char *new_label = NULL;
  gboolean json = FALSE, landscape = FALSE, list = FALSE;
  int status;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the revision table (修改对照表) to FILE: .pdf or .docx"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the changes as JSON, the wording as compared: a field as its {{name}}, "
         "a changed value a change of its own"), NULL },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, &landscape, N_("Turn the table's pages"), NULL },
    { "old-version", 0, 0, G_OPTION_ARG_STRING, &old_version,
      N_("Compare the old document's version NAME"), N_("NAME") },
    { "new-version", 0, 0, G_OPTION_ARG_STRING, &new_version,
      N_("Compare the new document's version NAME"), N_("NAME") },
    { "list", 0, 0, G_OPTION_ARG_NONE, &list, N_("List the versions kept in a document"), NULL },
    { NULL }
  };

  context = fy_cli_option_context_new (_("OLD NEW — show what changed between two texts"),
                                       _("Compares two documents (.fayan, .md, .txt), or two versions "
                                         "kept in one .fayan document, paragraph by paragraph and "
                                         "word by word. Unchanged paragraphs are only counted."),
                                       entries);
  if (!fy_cli_parse_options (context, &argc, &argv, &status))
    return status;

  if (list)
    {
      if (argc != 2)
        return fy_cli_usage_error (context, _("Name exactly one document."));
      return list_versions (argv[1]);
    }

  /* One file and two versions of it is allowed. */
  if (argc == 2 && old_version != NULL)
    {
      old_document = load_side (argv[1], old_version, &old_label, &error);
      if (old_document != NULL)
        new_document = load_side (argv[1], new_version, &new_label, &error);
    }
  else if (argc == 3)
    {
      old_document = load_side (argv[1], old_version, &old_label, &error);
      if (old_document != NULL)
        new_document = load_side (argv[2], new_version, &new_label, &error);
      if (new_document != NULL)
        {
          fy_comparison_match_preset (new_document, argv[2], old_document);
          fy_comparison_match_preset (old_document, argv[1], new_document);
        }
    }
  else
    return fy_cli_usage_error (context, _("Name the old and the new document."));

  if (old_document == NULL || new_document == NULL)
    return fy_cli_report_error (error);

  comparison = fy_comparison_new (old_document, new_document);

  if (output != NULL)
    {
      g_autoptr(FyStyle) style = fy_environment_new_style (fy_cli_get_environment (), new_document,
                                                           NULL, &error);
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
      g_autofree char *title = fy_document_dup_display_title (new_document);
      FyComparisonTableOptions options = { old_label, new_label, landscape, title };

      if (style == NULL ||
          !fy_comparison_table_write_file (comparison, style, &options, file, NULL, &error))
        return fy_cli_report_error (error);
    }

  if (json)
    {
      g_autofree char *text = fy_comparison_to_json (comparison);

      g_print ("%s", text);
    }
  else if (output == NULL)
    print_summary (comparison);

  return FY_CLI_EXIT_OK;
}

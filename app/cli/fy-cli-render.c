/* fy-cli-render.c — fayan-cli render and layout
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-cli.h"

/* The preset named on the command line, else the document's, else the
 * default style of the settings; the fonts of the settings and --font. */
static FyLayout *
typeset (const char  *path,
         const char  *preset,
         const char  *numbering,
         const char  *page_numbers,
         FyDocument **document_out,
         GError     **error)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyTypesetter) typesetter = NULL;
  FyLayout *layout;

  document = fy_cli_load_document (path, error);
  if (document == NULL)
    return NULL;
  fy_cli_apply_numbering (numbering, document);
  fy_cli_apply_page_numbers (page_numbers, document);

  typesetter = fy_environment_new_typesetter (fy_cli_get_environment (), document, preset, error);
  if (typesetter == NULL)
    return NULL;

  layout = fy_typesetter_layout (typesetter, document, NULL, error);
  if (layout != NULL && document_out != NULL)
    *document_out = g_steal_pointer (&document);

  return layout;
}

/* Nothing the engine noticed stays silent. */
static void
print_warnings (FyLayout *layout)
{
  const FyLayoutWarning *warnings;
  guint n;

  warnings = fy_layout_get_warnings (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      guint page;

      if (warnings[i].block_index >= 0 && warnings[i].char_offset >= 0 &&
          fy_layout_find_position (layout, warnings[i].block_index, warnings[i].char_offset,
                                   &page, NULL))
        g_printerr (_("fayan-cli: warning: page %1$u, block %2$d, character %3$d: %4$s\n"),
                    page + 1, warnings[i].block_index + 1, warnings[i].char_offset + 1,
                    warnings[i].message);
      else if (warnings[i].block_index >= 0)
        g_printerr (_("fayan-cli: warning: block %1$d, character %2$d: %3$s\n"),
                    warnings[i].block_index + 1, warnings[i].char_offset + 1,
                    warnings[i].message);
      else
        g_printerr (_("fayan-cli: warning: %s\n"), warnings[i].message);
    }
}

/* When the document's template is installed, values that do not suit
 * their field and references to names that are no field are printed as
 * warnings before the PDF is written.  Empty fields and guidance left in
 * the text are fy_cli_warn_unfinished()'s. */
static void
print_template_problems (FyDocument *document)
{
  const char *id = fy_document_get_template_id (document);
  g_autoptr(GPtrArray) problems = NULL;
  FyTemplate *template_;

  template_ = fy_environment_lookup_template (fy_cli_get_environment (), id);
  if (template_ == NULL)
    return;

  problems = fy_template_check_document (template_, document);
  for (guint i = 0; i < problems->len; i++)
    {
      const FyFieldProblem *problem = g_ptr_array_index (problems, i);

      if (problem->kind == FY_FIELD_PROBLEM_UNFILLED)
        continue;
      g_printerr (_("fayan-cli: warning: %s\n"), problem->message);
    }
}

int
fy_cli_command_render (int    argc,
                       char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) in = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autofree char *output = NULL;
  g_autofree char *preset = NULL;
  g_autofree char *numbering = NULL;
  g_autofree char *page_numbers = NULL;
  g_autofree char *png_dir = NULL;
  g_auto(GStrv) fonts = NULL;
  double dpi = 150;
  int status;
  const GOptionEntry entries[] = {
    { "font", 0, 0, G_OPTION_ARG_STRING_ARRAY, &fonts, N_("Use FAMILY for a font role in this run (fangsong=仿宋_GB2312); repeatable"), N_("ROLE=FAMILY") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), N_("FILE") },
    { "preset", 0, 0, G_OPTION_ARG_STRING, &preset, N_("Style preset: gbt9704, reading, review, or a .json style file"), N_("NAME") },
    { "numbering", 0, 0, G_OPTION_ARG_STRING, &numbering, fy_cli_numbering_help, N_("MODE") },
    { "page-numbers", 0, 0, G_OPTION_ARG_STRING, &page_numbers, N_("Page numbers (— 1 —) on or off, over the document’s setting"), N_("on|off") },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png_dir, N_("Also write page-N.png files into DIR"), N_("DIR") },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi, N_("Resolution of the PNG pages (default 150)"), N_("N") },
    { NULL }
  };

  context = fy_cli_option_context_new (_("IN — typeset a document into a PDF"),
                                       _("IN is a .fayan document, or Markdown or plain text to import. "
                                         "Font substitutions, characters no font can draw and unfilled "
                                         "fields are printed as warnings."),
                                       entries);
  if (!fy_cli_parse_options (context, &argc, &argv, &status) ||
      !fy_cli_check_numbering (numbering, &status) ||
      !fy_cli_check_page_numbers (page_numbers, &status))
    return status;

  if (argc != 2)
    return fy_cli_usage_error (context, _("Name exactly one document to render."));
  if (output == NULL && png_dir == NULL)
    return fy_cli_usage_error (context, _("Name the output with -o OUT.pdf (or --png DIR)."));
  if (!fy_cli_apply_font_options (fonts, &status))
    return status;

  /* Refuse what cannot be written before typesetting, and before the PDF
   * is written when the PNG folder is the problem. */
  in = g_file_new_for_commandline_arg (argv[1]);
  if (output != NULL)
    {
      out = g_file_new_for_commandline_arg (output);
      if (!fy_file_check_destination (out, in, &error))
        return fy_cli_report_error (error);
    }
  if (png_dir != NULL)
    {
      dir = g_file_new_for_commandline_arg (png_dir);
      if (!fy_render_check_png_pages (dir, dpi, &error))
        return fy_cli_usage_error (context, error->message);
    }

  layout = typeset (argv[1], preset, numbering, page_numbers, &document, &error);
  if (layout == NULL)
    return fy_cli_report_error (error);

  print_template_problems (document);
  fy_cli_warn_unfinished (document);
  print_warnings (layout);

  if (out != NULL && !fy_render_pdf_file (layout, document, out, in, NULL, &error))
    return fy_cli_report_error (error);

  if (dir != NULL && !fy_render_png_pages (layout, dir, dpi, &error))
    return fy_cli_report_error (error);

  return FY_CLI_EXIT_OK;
}

int
fy_cli_command_layout (int    argc,
                       char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *preset = NULL;
  g_autofree char *numbering = NULL;
  g_auto(GStrv) fonts = NULL;
  gboolean json = FALSE;
  int status;
  const GOptionEntry entries[] = {
    { "font", 0, 0, G_OPTION_ARG_STRING_ARRAY, &fonts, N_("Use FAMILY for a font role in this run (fangsong=仿宋_GB2312); repeatable"), N_("ROLE=FAMILY") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the layout as JSON"), NULL },
    { "preset", 0, 0, G_OPTION_ARG_STRING, &preset, N_("Style preset: gbt9704, reading, review, or a .json style file"), N_("NAME") },
    { "numbering", 0, 0, G_OPTION_ARG_STRING, &numbering, fy_cli_numbering_help, N_("MODE") },
    { NULL }
  };

  context = fy_cli_option_context_new (_("IN — print the computed layout"),
                                       _("Pages, lines, baselines, the x of every character cluster, "
                                         "cell counts and compression. Without --json, one line of text per "
                                         "printed line."),
                                       entries);
  if (!fy_cli_parse_options (context, &argc, &argv, &status) ||
      !fy_cli_check_numbering (numbering, &status))
    return status;

  if (argc != 2)
    return fy_cli_usage_error (context, _("Name exactly one document to lay out."));
  if (!fy_cli_apply_font_options (fonts, &status))
    return status;

  layout = typeset (argv[1], preset, numbering, NULL, NULL, &error);
  if (layout == NULL)
    return fy_cli_report_error (error);

  print_warnings (layout);

  if (json)
    {
      g_autofree char *text = fy_layout_to_json (layout);

      g_print ("%s\n", text);
    }
  else
    {
      for (guint pg = 0; pg < fy_layout_get_n_pages (layout); pg++)
        {
          g_print (_("— page %u —\n"), pg + 1);
          for (guint i = 0; i < fy_layout_get_n_lines (layout, pg); i++)
            {
              g_autofree char *text = fy_layout_dup_line_text (layout, pg, i);

              g_print ("%2u  %s\n", i + 1, text);
            }
        }
    }

  return FY_CLI_EXIT_OK;
}

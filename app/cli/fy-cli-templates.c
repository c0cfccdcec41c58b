/* fy-cli-templates.c — fayan-cli templates, new and fill
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "fy-cli.h"
#include "fy-csv.h"

/* A CSV of speakers is a few KiB. */
#define MAX_CSV_SIZE (16 * 1024 * 1024)

/* The application's library: the folders named with --folder, then those
 * of the “template-folders” setting, as the GUI lists them. */
static FyTemplateLibrary *
open_library (char **folders)
{
  FyEnvironment *environment = fy_cli_get_environment ();

  fy_environment_set_extra_template_folders (environment, (const char * const *) folders);
  return g_object_ref (fy_environment_get_template_library (environment));
}

static void
print_load_problems (FyTemplateLibrary *library)
{
  /* Broken files were already named by the library's warnings; folders
   * that cannot be read are only recorded, so say so here. */
  for (guint i = 0; i < fy_template_library_get_n_problems (library); i++)
    {
      const FyTemplateLoadProblem *problem = fy_template_library_get_problem (library, i);

      if (!g_str_has_suffix (problem->location, FY_TEMPLATE_FILE_SUFFIX))
        g_printerr (_("fayan-cli: warning: %s: %s\n"), problem->location, problem->message);
    }
}

/* @name is a template id, a template's name, or a *.fayan-template file. */
static FyTemplate *
find_template (FyTemplateLibrary  *library,
               const char         *name,
               GError            **error)
{
  FyTemplate *found;

  if (g_str_has_suffix (name, FY_TEMPLATE_FILE_SUFFIX) || strchr (name, G_DIR_SEPARATOR) != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (name);

      return fy_template_new_from_file (file, FY_TEMPLATE_ORIGIN_FILE, NULL, error);
    }

  found = fy_template_library_lookup (library, name);
  for (guint i = 0; found == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (G_LIST_MODEL (library), i);

      if (strcmp (fy_template_get_name (template_), name) == 0)
        found = template_;
    }

  if (found == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                   _("There is no template “%s”. Run “fayan-cli templates” to list them, "
                     "or name a .fayan-template file."),
                   name);
      return NULL;
    }

  return g_object_ref (found);
}

static int
display_width (const char *text)
{
  int width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;

  return width;
}

static void
print_padded (const char *text,
              int         width)
{
  g_print ("%s%*s", text, MAX (0, width - display_width (text)) + 2, "");
}

static void
print_json (FyTemplateLibrary *library)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;
  GListModel *model = G_LIST_MODEL (library);

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (model, i);
      GFile *file = fy_template_get_file (template_);
      GFile *folder = fy_template_get_folder (template_);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, fy_template_get_id (template_));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, fy_template_get_name (template_));
      json_builder_set_member_name (builder, "category");
      json_builder_add_string_value (builder, fy_template_get_category (template_));
      json_builder_set_member_name (builder, "origin");
      json_builder_add_string_value (builder, fy_template_get_origin_id (template_));
      if (folder != NULL)
        {
          g_autofree char *path = g_file_get_parse_name (folder);

          json_builder_set_member_name (builder, "folder");
          json_builder_add_string_value (builder, path);
        }
      if (file != NULL)
        {
          g_autofree char *path = g_file_get_parse_name (file);

          json_builder_set_member_name (builder, "file");
          json_builder_add_string_value (builder, path);
        }
      json_builder_set_member_name (builder, "description");
      json_builder_add_string_value (builder, fy_template_get_description (template_));

      json_builder_set_member_name (builder, "fields");
      json_builder_begin_array (builder);
      for (guint j = 0; j < fy_template_get_n_fields (template_); j++)
        {
          const FyFieldDef *def = fy_template_get_field (template_, j);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, def->id);
          json_builder_set_member_name (builder, "label");
          json_builder_add_string_value (builder, def->label);
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, fy_field_kind_to_string (def->kind));
          json_builder_set_member_name (builder, "required");
          json_builder_add_boolean_value (builder, def->required);
          if (def->default_value != NULL)
            {
              json_builder_set_member_name (builder, "default");
              json_builder_add_string_value (builder, def->default_value);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  data = json_generator_to_data (generator, NULL);
  g_print ("%s\n", data);
}

int
fy_cli_command_templates (int    argc,
                          char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FyTemplateLibrary) library = NULL;
  g_auto(GStrv) folders = NULL;
  gboolean as_json = FALSE;
  int widths[3] = { 0, 0, 0 };
  GListModel *model;
  int status;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print a JSON array with the fields of each template"), NULL },
    { "folder", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &folders, N_("Also list the templates in DIR (repeatable)"), N_("DIR") },
    { NULL }
  };

  context = fy_cli_option_context_new (_("— list the built-in, personal and shared templates"),
                                       _("Personal templates live in $XDG_DATA_HOME/fayan/templates; shared "
                                         "folders come from --folder and from the preferences. A file that "
                                         "cannot be read is named in a warning and skipped."),
                                       entries);
  if (!fy_cli_parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 1)
    return fy_cli_usage_error (context, _("templates takes no file names."));

  library = open_library (folders);
  print_load_problems (library);
  model = G_LIST_MODEL (library);

  if (as_json)
    {
      print_json (library);
      return FY_CLI_EXIT_OK;
    }

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (model, i);

      widths[0] = MAX (widths[0], display_width (fy_template_get_id (template_)));
      widths[1] = MAX (widths[1], display_width (fy_template_get_name (template_)));
      widths[2] = MAX (widths[2], display_width (fy_template_get_category (template_)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (model, i);
      g_autofree char *origin = NULL;

      if (fy_template_get_origin (template_) == FY_TEMPLATE_ORIGIN_FOLDER)
        origin = fy_template_dup_origin_label (template_);
      else
        origin = g_strdup (fy_template_get_origin_id (template_));

      print_padded (fy_template_get_id (template_), widths[0]);
      print_padded (fy_template_get_name (template_), widths[1]);
      print_padded (fy_template_get_category (template_), widths[2]);
      g_print ("%s\n", origin);
    }

  return FY_CLI_EXIT_OK;
}

/* Parses NAME=VALUE pairs into @values. */
static gboolean
parse_sets (char       **sets,
            GHashTable  *values,
            GError     **error)
{
  for (guint i = 0; sets != NULL && sets[i] != NULL; i++)
    {
      const char *equals = strchr (sets[i], '=');
      g_autofree char *name = NULL;

      if (equals == NULL || equals == sets[i])
        {
          g_set_error (error, FY_ERROR, FY_ERROR_FIELD,
                       _("“%s” is not NAME=VALUE; write for example --set 会议名称=全县工作会议."),
                       sets[i]);
          return FALSE;
        }

      name = g_strstrip (g_strndup (sets[i], equals - sets[i]));
      if (!g_utf8_validate (name, -1, NULL) || !g_utf8_validate (equals + 1, -1, NULL))
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8,
                       _("“--set %s” is not UTF-8 text."), sets[i]);
          return FALSE;
        }
      g_hash_table_insert (values, g_steal_pointer (&name), g_strdup (equals + 1));
    }

  return TRUE;
}

static void
warn_unknown_fields (FyTemplate *template_,
                     GHashTable *values)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (fy_template_lookup_field (template_, key) == NULL)
        g_printerr (_("fayan-cli: warning: the template “%s” has no field “%s”; its value is kept "
                      "but appears only where the text refers to it.\n"),
                    fy_template_get_id (template_), (const char *) key);
    }
}

static void
print_field_problems (GPtrArray  *problems,
                      const char *prefix)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const FyFieldProblem *problem = g_ptr_array_index (problems, i);

      g_printerr (_("fayan-cli: warning: %s%s\n"), prefix, problem->message);
    }
}

int
fy_cli_command_new (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FyTemplateLibrary) library = NULL;
  g_autoptr(FyTemplate) template_ = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *template_name = NULL;
  g_autofree char *earlier_path = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) sets = NULL;
  g_auto(GStrv) folders = NULL;
  gboolean allow_incomplete = FALSE;
  g_autofree char *numbering = NULL;
  int status;
  const GOptionEntry entries[] = {
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_name, N_("Start from template ID (an id, a name or a .fayan-template file)"), N_("ID") },
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &earlier_path, N_("Start from an earlier speech: keep its text, take new values and today’s date"), N_("EARLIER.fayan") },
    { "set", 's', 0, G_OPTION_ARG_STRING_ARRAY, &sets, N_("Give field NAME a value (repeatable)"), N_("NAME=VALUE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the document to FILE (.fayan)"), N_("FILE") },
    { "allow-incomplete", 0, 0, G_OPTION_ARG_NONE, &allow_incomplete, N_("Write the document even if required fields have no value"), NULL },
    { "numbering", 0, 0, G_OPTION_ARG_STRING, &numbering, fy_cli_numbering_help, N_("MODE") },
    { "folder", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &folders, N_("Also look for templates in DIR (repeatable)"), N_("DIR") },
    { NULL }
  };

  context = fy_cli_option_context_new (_("— make a new document from a template or an earlier speech"),
                                       _("Fields not given take their default; date fields take today’s date. "
                                         "Run “fayan-cli templates --json” to see each template’s fields."),
                                       entries);
  if (!fy_cli_parse_options (context, &argc, &argv, &status) ||
      !fy_cli_check_numbering (numbering, &status))
    return status;

  if (argc != 1)
    return fy_cli_usage_error (context, _("Name the template with --template ID, not as an argument."));
  if ((template_name == NULL) == (earlier_path == NULL))
    return fy_cli_usage_error (context, _("Give either --template ID or --from EARLIER.fayan."));
  if (output == NULL)
    return fy_cli_usage_error (context, _("Name the output file with -o OUT.fayan."));
  if (!g_str_has_suffix (output, ".fayan"))
    return fy_cli_usage_error (context, _("The output file name must end in .fayan."));

  values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!parse_sets (sets, values, &error))
    return fy_cli_report_error (error);

  library = open_library (folders);
  print_load_problems (library);

  if (earlier_path != NULL)
    {
      g_autoptr(FyDocument) earlier = fy_cli_load_document (earlier_path, &error);
      const char *id;

      if (earlier == NULL)
        return fy_cli_report_error (error);

      id = fy_document_get_template_id (earlier);
      if (id != NULL && fy_template_library_lookup (library, id) != NULL)
        template_ = g_object_ref (fy_template_library_lookup (library, id));

      document = fy_template_new_from_earlier (earlier, template_, values, &error);
      if (document == NULL)
        return fy_cli_report_error (error);
    }
  else
    {
      template_ = find_template (library, template_name, &error);
      if (template_ == NULL)
        return fy_cli_report_error (error);

      warn_unknown_fields (template_, values);
      if (!fy_template_check_values (template_, values, &error))
        {
          if (!allow_incomplete)
            {
              g_printerr ("fayan-cli: %s\n%s\n", error->message,
                          _("Add --set NAME=VALUE for each, or --allow-incomplete to fill them in later."));
              return FY_CLI_EXIT_ERROR;
            }
          /* The check of the new document below lists them. */
          g_clear_error (&error);
        }

      document = fy_environment_instantiate (fy_cli_get_environment (), template_, values, &error);
      if (document == NULL)
        return fy_cli_report_error (error);
    }

  fy_cli_apply_numbering (numbering, document);
  problems = fy_template_check_document (template_, document);
  print_field_problems (problems, "");

  out = g_file_new_for_commandline_arg (output);
  if (!fy_document_save_to_file (document, out, NULL, &error))
    return fy_cli_report_error (error);

  return FY_CLI_EXIT_OK;
}

/* A file name from a field value: no path separators, reserved or control
 * characters (Windows shares are common in offices), no leading dot. */
static char *
choose_output_name (GHashTable *values,
                    GHashTable *used,
                    guint       line)
{
  const char *sources[] = { FY_FIELD_SPEAKER, FY_FIELD_ORGANISATION };
  g_autofree char *base = NULL;
  char *name;

  for (guint i = 0; i < G_N_ELEMENTS (sources) && (base == NULL || *base == '\0'); i++)
    {
      const char *value = g_hash_table_lookup (values, sources[i]);

      g_free (base);
      base = value != NULL ? fy_file_name_make_safe (value, FY_FILE_NAME_MAX_CHARS) : NULL;
    }
  if (base == NULL || *base == '\0')
    {
      g_free (base);
      base = g_strdup_printf ("line-%u", line);
    }

  name = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (used, name); n++)
    {
      g_free (name);
      name = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_add (used, g_strdup (name));

  return name;
}

static gboolean
render_pdf (FyDocument  *document,
            GFile       *out,
            GError     **error)
{
  g_autoptr(FyLayout) layout = NULL;

  layout = fy_environment_layout (fy_cli_get_environment (), document, NULL, error);
  if (layout == NULL)
    return FALSE;

  return fy_render_pdf (layout, document, out, NULL, error);
}

int
fy_cli_command_fill (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FyTemplateLibrary) library = NULL;
  g_autoptr(FyTemplate) template_ = NULL;
  g_autoptr(FyCsvReader) reader = NULL;
  g_autoptr(GFile) csv_file = NULL;
  g_autoptr(GFile) out_dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) used = NULL;
  g_autoptr(GPtrArray) missing_columns = NULL;
  g_autofree char *data_path = NULL;
  g_autofree char *out_path = NULL;
  g_autofree char *data = NULL;
  g_auto(GStrv) header = NULL;
  g_auto(GStrv) folders = NULL;
  gboolean pdf = FALSE;
  gboolean fatal = FALSE;
  gsize length = 0;
  guint n_written = 0, n_failed = 0, n_header;
  guint header_line = 0;
  int status;
  const GOptionEntry entries[] = {
    { "data", 'd', 0, G_OPTION_ARG_FILENAME, &data_path, N_("Read the field values from FILE (CSV, header row = field names)"), N_("FILE.csv") },
    { "out-dir", 'o', 0, G_OPTION_ARG_FILENAME, &out_path, N_("Write the documents into DIR (created if needed)"), N_("DIR") },
    { "pdf", 0, 0, G_OPTION_ARG_NONE, &pdf, N_("Also typeset each document into a PDF"), NULL },
    { "folder", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &folders, N_("Also look for templates in DIR (repeatable)"), N_("DIR") },
    { NULL }
  };

  context = fy_cli_option_context_new (_("TEMPLATE — make one document per row of a table"),
                                       _("TEMPLATE is a template id, name or .fayan-template file. The CSV is "
                                         "UTF-8 (with or without a byte order mark, as Excel and WPS save it); "
                                         "its header row names the fields, such as 会议名称,发言人. Each document "
                                         "is named after its 发言人 (or 发言单位); a file of that name from an "
                                         "earlier run is replaced. A row with a missing required "
                                         "value or the wrong number of columns is reported with its line number "
                                         "and skipped. Exit status: 0 all rows written, 1 some rows skipped, "
                                         "2 error."),
                                       entries);
  if (!fy_cli_parse_options (context, &argc, &argv, &status))
    return status;

  if (argc != 2)
    return fy_cli_usage_error (context, _("Name exactly one template."));
  if (data_path == NULL)
    return fy_cli_usage_error (context, _("Name the table with --data FILE.csv."));
  if (out_path == NULL)
    return fy_cli_usage_error (context, _("Name the output folder with --out-dir DIR."));

  library = open_library (folders);
  print_load_problems (library);
  template_ = find_template (library, argv[1], &error);
  if (template_ == NULL)
    return fy_cli_report_error (error);

  csv_file = g_file_new_for_commandline_arg (data_path);
  data = fy_file_load_text (csv_file, MAX_CSV_SIZE, &length, NULL, &error);
  if (data == NULL)
    return fy_cli_report_error (error);

  /* WPS and older Excel save plain “CSV” in the Windows code page, which
   * for Chinese is GBK; GB18030 is its superset. */
  if (!g_utf8_validate (data, length, NULL))
    {
      gsize converted_length = 0;
      char *converted = g_convert (data, length, "UTF-8", "GB18030", NULL, &converted_length, NULL);

      if (converted != NULL && g_utf8_validate (converted, converted_length, NULL))
        {
          g_printerr (_("fayan-cli: warning: “%s” is not UTF-8; it was read as GB18030 (GBK). "
                        "Save it as “CSV UTF-8” to be sure.\n"),
                      data_path);
          g_free (data);
          data = converted;
          length = converted_length;
        }
      else
        g_free (converted);
    }

  reader = fy_csv_reader_new (data, length, &error);
  if (reader == NULL)
    return fy_cli_report_error (error);

  switch (fy_csv_reader_next_row (reader, &header, &header_line, &error))
    {
    case FY_CSV_ROW:
      break;

    case FY_CSV_END:
      g_printerr (_("fayan-cli: the table “%s” is empty; its first row must name the fields.\n"), data_path);
      return FY_CLI_EXIT_ERROR;

    case FY_CSV_BAD_ROW:
    case FY_CSV_FATAL:
    default:
      return fy_cli_report_error (error);
    }

  n_header = g_strv_length (header);
  for (guint i = 0; i < n_header; i++)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (header[i]));

      g_free (header[i]);
      header[i] = g_steal_pointer (&trimmed);
      if (*header[i] == '\0')
        continue;

      for (guint j = 0; j < i; j++)
        if (strcmp (header[i], header[j]) == 0)
          {
            g_printerr (_("fayan-cli: line %u: the column “%s” appears twice; remove one.\n"),
                        header_line, header[i]);
            return FY_CLI_EXIT_ERROR;
          }

      if (fy_template_lookup_field (template_, header[i]) == NULL)
        g_printerr (_("fayan-cli: warning: line %u: the template “%s” has no field “%s”; "
                      "that column is ignored.\n"),
                    header_line, fy_template_get_id (template_), header[i]);
    }

  /* A required field with no column would fail every row. */
  missing_columns = g_ptr_array_new ();
  for (guint i = 0; i < fy_template_get_n_fields (template_); i++)
    {
      const FyFieldDef *def = fy_template_get_field (template_, i);

      if (def->required && def->default_value == NULL && def->kind != FY_FIELD_KIND_DATE
          && !g_strv_contains ((const char * const *) header, def->id))
        g_ptr_array_add (missing_columns, def->id);
    }
  if (missing_columns->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < missing_columns->len; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? "," : "",
                                (const char *) g_ptr_array_index (missing_columns, i));
      g_printerr (_("fayan-cli: the table has no column for the required fields %s; "
                    "add them to its first row.\n"),
                  names->str);
      return FY_CLI_EXIT_ERROR;
    }

  out_dir = g_file_new_for_commandline_arg (out_path);
  if (!g_file_make_directory_with_parents (out_dir, NULL, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_printerr (_("fayan-cli: could not create the folder “%s”: %s\n"), out_path, error->message);
      return FY_CLI_EXIT_ERROR;
    }
  g_clear_error (&error);

  used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  while (!fatal)
    {
      g_auto(GStrv) row = NULL;
      g_autoptr(GHashTable) values = NULL;
      g_autoptr(FyDocument) document = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GFile) out = NULL;
      g_autofree char *name = NULL;
      g_autofree char *basename = NULL;
      guint line = 0;
      guint n_fields;
      gboolean extra_empty = TRUE;

      g_clear_error (&error);
      switch (fy_csv_reader_next_row (reader, &row, &line, &error))
        {
        case FY_CSV_ROW:
          break;

        case FY_CSV_BAD_ROW:
          g_printerr ("fayan-cli: %s\n", error->message);
          n_failed++;
          continue;

        case FY_CSV_FATAL:
          g_printerr ("fayan-cli: %s\n", error->message);
          fatal = TRUE;
          continue;

        case FY_CSV_END:
        default:
          goto done;
        }

      /* Spreadsheets often leave empty cells past the last column. */
      n_fields = g_strv_length (row);
      for (guint i = n_header; i < n_fields; i++)
        extra_empty &= *g_strstrip (row[i]) == '\0';
      if (n_fields < n_header || !extra_empty)
        {
          g_printerr (_("fayan-cli: line %u: the row has %u columns but the header has %u; row skipped.\n"),
                      line, n_fields, n_header);
          n_failed++;
          continue;
        }

      values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint i = 0; i < n_header; i++)
        if (*header[i] != '\0' && fy_template_lookup_field (template_, header[i]) != NULL)
          g_hash_table_insert (values, g_strdup (header[i]), g_strdup (row[i]));

      if (!fy_template_check_values (template_, values, &error))
        {
          g_printerr (_("fayan-cli: line %u: %s Row skipped.\n"), line, error->message);
          n_failed++;
          continue;
        }

      document = fy_environment_instantiate (fy_cli_get_environment (), template_, values, &error);
      if (document == NULL)
        {
          g_printerr (_("fayan-cli: line %u: %s Row skipped.\n"), line, error->message);
          n_failed++;
          continue;
        }

      {
        g_autofree char *prefix = g_strdup_printf (_("line %u: "), line);

        problems = fy_template_check_document (template_, document);
        print_field_problems (problems, prefix);
      }

      name = choose_output_name (values, used, line);
      basename = g_strconcat (name, ".fayan", NULL);
      out = g_file_get_child (out_dir, basename);
      if (!fy_document_save_to_file (document, out, NULL, &error))
        {
          g_printerr (_("fayan-cli: line %u: %s\n"), line, error->message);
          n_failed++;
          continue;
        }

      if (pdf)
        {
          g_autofree char *pdf_name = g_strconcat (name, ".pdf", NULL);
          g_autoptr(GFile) pdf_file = g_file_get_child (out_dir, pdf_name);

          if (!render_pdf (document, pdf_file, &error))
            {
              g_printerr (_("fayan-cli: line %u: %s.fayan written, but not its PDF: %s\n"),
                          line, name, error->message);
              n_failed++;
              continue;
            }
          g_printerr (_("line %u: wrote %s.fayan and %s.pdf\n"), line, name, name);
        }
      else
        g_printerr (_("line %u: wrote %s.fayan\n"), line, name);

      n_written++;
    }

done:
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "%u document written to %s",
                        "%u documents written to %s", n_written),
           n_written, out_path);
  g_print ("; ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u row skipped.\n", "%u rows skipped.\n", n_failed),
           n_failed);

  if (fatal)
    return FY_CLI_EXIT_ERROR;

  return n_failed > 0 ? FY_CLI_EXIT_FINDINGS : FY_CLI_EXIT_OK;
}

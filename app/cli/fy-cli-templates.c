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
        g_printerr (_("fayan-cli: warning: %1$s: %2$s\n"), problem->location, problem->message);
    }
}

/* A template id, a template's name, or a *.fayan-template file. */
static FyTemplate *
find_template (FyTemplateLibrary  *library,
               const char         *name,
               GError            **error)
{
  FyTemplate *found = fy_template_library_find (library, name, error);

  if (found == NULL)
    fy_cli_add_hint (error, FY_ERROR_NOT_FOUND,
                     _("Run “fayan-cli templates” to list them, or name a .fayan-template file."));
  return found;
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

/* A value given under the label the form shows (讲话人) goes to its
 * field's id (发言人), unless the id was given too; a name that is
 * neither is warned of, with the names there are. */
static void
warn_unknown_fields (FyTemplate *template_,
                     GHashTable *values)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *known = NULL;
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const FyFieldDef *def = fy_template_resolve_field (template_, key);

      if (def != NULL && strcmp (def->id, key) != 0 && !g_hash_table_contains (values, def->id))
        g_ptr_array_add (labels, g_strdup (key));
      else if (def == NULL)
        {
          if (known == NULL)
            known = fy_template_dup_field_list (template_);
          g_printerr (_("fayan-cli: warning: the template “%1$s” has no field “%2$s”; its value is kept "
                        "but appears only where the text refers to it.  Its fields: %3$s.\n"),
                      fy_template_get_id (template_), (const char *) key, known);
        }
    }
  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = g_ptr_array_index (labels, i);
      g_autofree char *stolen_key = NULL;
      char *value = NULL;

      /* stolen, the table's own copy of the key is ours to free */
      g_hash_table_steal_extended (values, label, (gpointer *) &stolen_key, (gpointer *) &value);
      g_hash_table_insert (values, g_strdup (fy_template_resolve_field (template_, label)->id), value);
    }
}

static void
print_field_problems (GPtrArray  *problems,
                      const char *prefix)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const FyFieldProblem *problem = g_ptr_array_index (problems, i);

      g_printerr (_("fayan-cli: warning: %1$s%2$s\n"), prefix, problem->message);
    }
}

/* A value given with --set that the text never shows: the earlier speech
 * names its meeting in words (typed, or imported from .docx), and the
 * new one would still read as the old meeting. */
static void
warn_unused_values (const char *earlier_path,
                    FyDocument *document,
                    GHashTable *values)
{
  g_autoptr(GPtrArray) unused = fy_template_list_unused_values (document, values);

  for (guint i = 0; i < unused->len; i++)
    g_printerr (_("fayan-cli: warning: the text of “%1$s” does not use the field “%2$s”, so its new "
                  "value is printed nowhere; the text still reads as before. Change the words "
                  "in the text, or put {{%3$s}} where the value belongs.\n"),
                earlier_path, (const char *) g_ptr_array_index (unused, i),
                (const char *) g_ptr_array_index (unused, i));
}

/* A line of the new speech that is nothing but a date written in words,
 * such as the old "（2026年9月28日）" under the title: it is no field, so
 * the new speech keeps it although `--from` promises today's date. */
static void
warn_fixed_dates (const char *earlier_path,
                  FyDocument *document)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = fy_block_dup_text (fy_document_get_block (document, i));
      FyDate date;

      g_strstrip (text);
      if (!fy_date_parse (text, &date)
          || (date.year == g_date_time_get_year (now) && date.month == g_date_time_get_month (now)
              && date.day == g_date_time_get_day_of_month (now)))
        continue;
      g_printerr (_("fayan-cli: warning: the text of “%1$s” gives its date in words, “%2$s”, not "
                    "with the date field, so the new speech keeps that date. Change it in the "
                    "text, or put {{%3$s}} where the date belongs.\n"),
                  earlier_path, text, FY_FIELD_DATE);
    }
}

/* `new --from EARLIER`: the earlier speech with new values and today's
 * date, and in @template_ the template it was made from, if this
 * Fayan has it (it checks the document); %NULL with @status set if
 * either fails. */
static FyDocument *
new_from_earlier (const char  *earlier_path,
                  GHashTable  *values,
                  FyTemplate **template_,
                  int         *status)
{
  g_autoptr(FyDocument) earlier = NULL;
  g_autoptr(GError) error = NULL;
  FyDocument *document;
  FyTemplate *found;

  earlier = fy_cli_load_document (earlier_path, &error);
  if (earlier == NULL)
    {
      *status = fy_cli_report_error (error);
      return NULL;
    }

  document = fy_environment_new_from_earlier (fy_cli_get_environment (), earlier, values, &error);
  if (document == NULL)
    {
      *status = fy_cli_report_error (error);
      return NULL;
    }

  warn_unused_values (earlier_path, document, values);
  warn_fixed_dates (earlier_path, document);

  /* The template it was made from checks it below. */
  found = fy_environment_lookup_template (fy_cli_get_environment (),
                                          fy_document_get_template_id (earlier));
  if (found != NULL)
    *template_ = g_object_ref (found);
  return document;
}

/* `new --template ID`: the template @template_name of @library, in
 * @template_, filled with @values; a required field without a value
 * stops it unless @allow_incomplete.  %NULL with @status set if it
 * fails. */
static FyDocument *
new_from_template (FyTemplateLibrary  *library,
                   const char         *template_name,
                   GHashTable         *values,
                   gboolean            allow_incomplete,
                   FyTemplate        **template_,
                   int                *status)
{
  g_autoptr(GError) error = NULL;
  FyDocument *document;

  *template_ = find_template (library, template_name, &error);
  if (*template_ == NULL)
    {
      *status = fy_cli_report_error (error);
      return NULL;
    }

  warn_unknown_fields (*template_, values);
  if (!fy_template_check_values (*template_, values, &error))
    {
      if (!allow_incomplete)
        {
          fy_cli_print_error (error->message);
          g_printerr ("%s\n", _("Add --set NAME=VALUE for each, or --allow-incomplete to fill them in later."));
          *status = FY_CLI_EXIT_ERROR;
          return NULL;
        }
      /* The check of the new document below lists them. */
      g_clear_error (&error);
    }

  document = fy_environment_instantiate (fy_cli_get_environment (), *template_, values, &error);
  if (document == NULL)
    *status = fy_cli_report_error (error);
  return document;
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
  g_autofree char *page_numbers = NULL;
  int status;
  const GOptionEntry entries[] = {
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_name, N_("Start from template ID (an id, a name or a .fayan-template file)"), N_("ID") },
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &earlier_path, N_("Start from an earlier speech: keep its text, take new values and today’s date"), N_("EARLIER.fayan") },
    { "set", 's', 0, G_OPTION_ARG_STRING_ARRAY, &sets, N_("Give field NAME a value (repeatable)"), N_("NAME=VALUE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the document to FILE (.fayan)"), N_("FILE") },
    { "allow-incomplete", 0, 0, G_OPTION_ARG_NONE, &allow_incomplete, N_("Write the document even if required fields have no value"), NULL },
    { "numbering", 0, 0, G_OPTION_ARG_STRING, &numbering, fy_cli_numbering_help, N_("MODE") },
    { "page-numbers", 0, 0, G_OPTION_ARG_STRING, &page_numbers, fy_cli_page_numbers_help, N_("on|off") },
    { "folder", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &folders, N_("Also look for templates in DIR (repeatable)"), N_("DIR") },
    { NULL }
  };

  context = fy_cli_option_context_new (_("— make a new document from a template or an earlier speech"),
                                       _("Fields not given take their default; date fields take today’s date. "
                                         "Run “fayan-cli templates --json” to see each template’s fields."),
                                       entries);
  if (!fy_cli_parse_options (context, &argc, &argv, &status) ||
      !fy_cli_check_numbering (numbering, &status) ||
      !fy_cli_check_page_numbers (page_numbers, &status))
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
    document = new_from_earlier (earlier_path, values, &template_, &status);
  else
    document = new_from_template (library, template_name, values, allow_incomplete, &template_, &status);
  if (document == NULL)
    return status;

  fy_cli_apply_numbering (numbering, document);
  fy_cli_apply_page_numbers (page_numbers, document);
  problems = fy_template_check_document (template_, document);
  print_field_problems (problems, "");

  out = g_file_new_for_commandline_arg (output);
  if (!fy_document_save_to_file (document, out, NULL, &error))
    return fy_cli_report_error (error);

  return FY_CLI_EXIT_OK;
}

static void
print_row (FyBatchFill *fill,
           guint        index,
           gpointer     user_data)
{
  const FyBatchRow *row = fy_batch_fill_get_row (fill, index);

  for (guint i = 0; row->warnings != NULL && i < row->warnings->len; i++)
    g_printerr (_("fayan-cli: warning: line %1$u: %2$s\n"), row->line,
                (const char *) g_ptr_array_index (row->warnings, i));

  switch (row->status)
    {
    case FY_BATCH_ROW_WRITTEN:
      if (fy_batch_fill_get_pdf (fill))
        g_printerr (_("Line %1$u: wrote %2$s.fayan and %3$s.pdf\n"), row->line, row->name, row->name);
      else
        g_printerr (_("Line %1$u: wrote %2$s.fayan\n"), row->line, row->name);
      break;

    case FY_BATCH_ROW_INVALID:
    case FY_BATCH_ROW_PARTIAL:
    case FY_BATCH_ROW_FAILED:
    case FY_BATCH_ROW_UNFINISHED:
      fy_cli_print_error (row->message);
      break;

    case FY_BATCH_ROW_READY:
    default:
      break;
    }
}

/* “3 documents written to out; 1 row skipped.”, and the PDFs that could
 * not be written: a full disk must not hide the documents that were. */
static void
print_summary (FyBatchFill *fill,
               const char  *out_path)
{
  FyBatchTally tally;

  fy_batch_fill_get_tally (fill, &tally);
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "%1$u document written to %2$s",
                        "%1$u documents written to %2$s", tally.n_written),
           tally.n_written, out_path);
  if (tally.n_partial > 0)
    {
      g_print ("; ");
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u of them without its PDF",
                            "%u of them without their PDF", tally.n_partial),
               tally.n_partial);
    }
  if (tally.n_unfinished > 0)
    {
      g_print ("; ");
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u unfinished draft without a PDF",
                            "%u unfinished drafts without a PDF", tally.n_unfinished),
               tally.n_unfinished);
    }
  g_print ("; ");
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u row skipped.\n", "%u rows skipped.\n", tally.n_skipped),
           tally.n_skipped);
  if (tally.n_unfinished > 0)
    g_printerr (_("fayan-cli: finish the unfinished drafts and render them, or add "
                  "--allow-incomplete to write their PDFs anyway.\n"));
}

int
fy_cli_command_fill (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(FyTemplateLibrary) library = NULL;
  g_autoptr(FyTemplate) template_ = NULL;
  g_autoptr(FyBatchFill) fill = NULL;
  g_autoptr(GFile) csv_file = NULL;
  g_autoptr(GFile) out_dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_path = NULL;
  g_autofree char *out_path = NULL;
  g_auto(GStrv) folders = NULL;
  GPtrArray *warnings;
  gboolean pdf = FALSE;
  gboolean allow_incomplete = FALSE;
  gboolean complete;
  int status;
  const GOptionEntry entries[] = {
    { "data", 'd', 0, G_OPTION_ARG_FILENAME, &data_path, N_("Read the field values from FILE (CSV, header row = field names)"), N_("FILE.csv") },
    { "out-dir", 'o', 0, G_OPTION_ARG_FILENAME, &out_path, N_("Write the documents into DIR (created if needed)"), N_("DIR") },
    { "pdf", 0, 0, G_OPTION_ARG_NONE, &pdf, N_("Also typeset each document into a PDF"), NULL },
    { "allow-incomplete", 0, 0, G_OPTION_ARG_NONE, &allow_incomplete, N_("With --pdf, also write the PDF of an unfinished draft"), NULL },
    { "folder", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &folders, N_("Also look for templates in DIR (repeatable)"), N_("DIR") },
    { NULL }
  };

  context = fy_cli_option_context_new (_("TEMPLATE — make one document per row of a table"),
                                       _("TEMPLATE is a template id, name or .fayan-template file. The CSV is "
                                         "UTF-8 (with or without a byte order mark, as Excel and WPS save it) "
                                         "or GB18030/GBK; its header row names the fields, such as "
                                         "会议名称,发言人. Each document is named after its 发言人 (or 发言单位, "
                                         "or else the first column that differs from row to row); "
                                         "a file of that name from an earlier run is replaced. The whole table "
                                         "is checked before anything is written. A row with a missing required "
                                         "value or the wrong number of columns is reported with its line number "
                                         "and skipped. With --pdf, a draft that still holds the template's "
                                         "guidance or an empty field gets no PDF unless --allow-incomplete. "
                                         "Exit status: 0 all rows written, 1 some rows skipped or without "
                                         "their PDF, 2 error."),
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

  fill = fy_batch_fill_new (fy_cli_get_environment (), template_);
  fy_batch_fill_set_pdf (fill, pdf);
  fy_batch_fill_set_allow_incomplete (fill, allow_incomplete);
  csv_file = g_file_new_for_commandline_arg (data_path);
  if (!fy_batch_fill_load (fill, csv_file, NULL, &error))
    return fy_cli_report_error (error);

  warnings = fy_batch_fill_get_warnings (fill);
  for (guint i = 0; i < warnings->len; i++)
    g_printerr (_("fayan-cli: warning: %1$s: %2$s\n"), data_path, (const char *) g_ptr_array_index (warnings, i));

  g_signal_connect (fill, "row-done", G_CALLBACK (print_row), NULL);
  out_dir = g_file_new_for_commandline_arg (out_path);
  complete = fy_batch_fill_run (fill, out_dir, NULL, &error);
  print_summary (fill, out_path);
  if (!complete)
    return fy_cli_report_error (error);

  return fy_batch_fill_count (fill, FY_BATCH_ROW_WRITTEN) == fy_batch_fill_get_n_rows (fill)
         ? FY_CLI_EXIT_OK : FY_CLI_EXIT_FINDINGS;
}

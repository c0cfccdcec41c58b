/* test-template-library.c — tests of the merged list of templates
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

#define N_BUILTIN 13

static char *xdg_data_home;

/* A small valid template with the given id and name. */
static void
write_template (const char *dir,
                const char *file_name,
                const char *id,
                const char *name,
                const char *category)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  g_autofree char *data =
    g_strdup_printf ("{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"%s\", \"name\": \"%s\","
                     " \"category\": \"%s\","
                     " \"fields\": [ { \"id\": \"会议名称\", \"required\": true } ],"
                     " \"document\": { \"blocks\": [ { \"role\": \"title\", \"runs\": ["
                     " { \"text\": \"在\" }, { \"field\": \"会议名称\" }, { \"text\": \"上的发言\" } ] } ] } }",
                     id, name, category);

  g_file_set_contents (path, data, -1, &error);
  g_assert_no_error (error);
}

static void
write_file (const char *dir,
            const char *file_name,
            const char *data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, file_name, NULL);

  g_file_set_contents (path, data, -1, &error);
  g_assert_no_error (error);
}

static FyTemplate *
item (FyTemplateLibrary *library,
      guint              position)
{
  /* The list holds a reference; tests only peek. */
  g_autoptr(FyTemplate) template_ = g_list_model_get_item (G_LIST_MODEL (library), position);

  return template_;
}

static void
test_library_builtin_only (void)
{
  g_autofree char *empty = fy_test_make_temp_dir ("fayan-library-XXXXXX");
  g_autoptr(GFile) user = g_file_new_for_path (empty);
  g_autoptr(FyTemplateLibrary) library = fy_template_library_new (user, NULL);
  GListModel *model = G_LIST_MODEL (library);

  g_assert_true (g_list_model_get_item_type (model) == FY_TYPE_TEMPLATE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_BUILTIN);
  g_assert_cmpuint (fy_template_library_get_n_problems (library), ==, 0);

  for (guint i = 0; i < N_BUILTIN; i++)
    {
      FyTemplate *template_ = item (library, i);

      g_assert_cmpint (fy_template_get_origin (template_), ==, FY_TEMPLATE_ORIGIN_BUILTIN);
      g_assert_true (fy_template_is_read_only (template_));
      g_assert_cmpstr (fy_template_get_origin_id (template_), ==, "built-in");
    }

  /* Built-ins come in a fixed order, exchange speech first. */
  g_assert_cmpstr (fy_template_get_id (item (library, 0)), ==, "exchange-speech");
  g_assert_nonnull (fy_template_library_lookup (library, "duty-report"));
  g_assert_null (fy_template_library_lookup (library, "no-such-template"));

  fy_test_remove_tree (empty);
}

static void
test_library_merge (void)
{
  g_autofree char *user_dir = fy_test_make_temp_dir ("fayan-library-XXXXXX");
  g_autofree char *shared_dir = fy_test_make_temp_dir ("fayan-library-XXXXXX");
  g_autofree char *gone_dir = g_build_filename (shared_dir, "unmounted", NULL);
  g_autoptr(GFile) user = g_file_new_for_path (user_dir);
  g_autoptr(FyTemplateLibrary) library = NULL;
  const char *extra[] = { shared_dir, gone_dir, user_dir, NULL };
  const FyTemplateLoadProblem *problem;
  guint n_named_exchange = 0;
  GListModel *model;

  /* Same name as a built-in, an id of its own. */
  write_template (user_dir, "mine.fayan-template", "my-exchange", "交流发言", "我的模板");
  write_file (user_dir, "broken.fayan-template", "{ \"format\": \"fayan-template\", \"version\": 1, ");
  write_file (user_dir, "notes.txt", "not a template");
  write_file (user_dir, ".hidden.fayan-template", "{");
  write_template (shared_dir, "b.fayan-template", "office-b", "办公室模板B", "共享");
  write_template (shared_dir, "a.fayan-template", "office-a", "办公室模板A", "共享");
  write_file (shared_dir, "wrong-kind.fayan-template",
              "{ \"format\": \"fayan-document\", \"version\": 1, \"blocks\": [] }");

  g_test_expect_message ("fy-template-library", G_LOG_LEVEL_WARNING, "*broken.fayan-template*");
  g_test_expect_message ("fy-template-library", G_LOG_LEVEL_WARNING, "*wrong-kind.fayan-template*");
  library = fy_template_library_new (user, extra);
  g_test_assert_expected_messages ();
  model = G_LIST_MODEL (library);

  /* 8 built-in, 1 personal, 2 shared; the user folder listed again as an
   * extra folder is not read twice. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_BUILTIN + 3);
  g_assert_cmpint (fy_template_get_origin (item (library, N_BUILTIN)), ==, FY_TEMPLATE_ORIGIN_USER);
  g_assert_cmpstr (fy_template_get_id (item (library, N_BUILTIN)), ==, "my-exchange");
  g_assert_false (fy_template_is_read_only (item (library, N_BUILTIN)));
  g_assert_cmpint (fy_template_get_origin (item (library, N_BUILTIN + 1)), ==, FY_TEMPLATE_ORIGIN_FOLDER);
  g_assert_true (fy_template_is_read_only (item (library, N_BUILTIN + 1)));
  /* Sorted by name within the folder, not by file name. */
  g_assert_cmpstr (fy_template_get_id (item (library, N_BUILTIN + 1)), ==, "office-a");
  g_assert_cmpstr (fy_template_get_id (item (library, N_BUILTIN + 2)), ==, "office-b");
  {
    g_autofree char *label = fy_template_dup_origin_label (item (library, N_BUILTIN + 1));

    g_assert_cmpstr (label, ==, shared_dir);
  }

  /* Both templates named 交流发言 are listed, told apart by origin. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (strcmp (fy_template_get_name (item (library, i)), "交流发言") == 0)
      n_named_exchange++;
  g_assert_cmpuint (n_named_exchange, ==, 2);
  g_assert_cmpint (fy_template_get_origin (fy_template_library_lookup (library, "exchange-speech")), ==,
                   FY_TEMPLATE_ORIGIN_BUILTIN);

  /* Two broken files and a missing folder, each named. */
  g_assert_cmpuint (fy_template_library_get_n_problems (library), ==, 3);
  problem = fy_template_library_get_problem (library, 0);
  g_assert_true (g_str_has_suffix (problem->location, "broken.fayan-template"));
  g_assert_true (strlen (problem->message) > 0);
  problem = fy_template_library_get_problem (library, 1);
  g_assert_true (g_str_has_suffix (problem->location, "wrong-kind.fayan-template"));
  problem = fy_template_library_get_problem (library, 2);
  g_assert_cmpstr (problem->location, ==, gone_dir);

  /* The shared folder disappears (a network share unmounted): reloading
   * keeps the rest and says which folder is missing. */
  fy_test_remove_tree (shared_dir);
  g_test_expect_message ("fy-template-library", G_LOG_LEVEL_WARNING, "*broken.fayan-template*");
  fy_template_library_reload (library);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_BUILTIN + 1);
  g_assert_cmpuint (fy_template_library_get_n_problems (library), ==, 3);
  problem = fy_template_library_get_problem (library, 1);
  g_assert_cmpstr (problem->location, ==, shared_dir);
  problem = fy_template_library_get_problem (library, 2);
  g_assert_cmpstr (problem->location, ==, gone_dir);

  fy_test_remove_tree (user_dir);
}

static void
test_library_user_folder_from_environment (void)
{
  g_autofree char *expected = g_build_filename (xdg_data_home, "fayan", "templates", NULL);
  g_autoptr(FyTemplateLibrary) library = NULL;
  g_autoptr(FyTemplateLibrary) again = NULL;
  g_autofree char *path = NULL;

  library = fy_template_library_new (NULL, NULL);
  path = g_file_get_path (fy_template_library_get_user_folder (library));
  g_assert_cmpstr (path, ==, expected);
  /* The folder does not exist yet: that is not a problem. */
  g_assert_cmpuint (fy_template_library_get_n_problems (library), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, N_BUILTIN);

  /* A template dropped into the folder appears. */
  g_assert_cmpint (g_mkdir_with_parents (expected, 0700), ==, 0);
  write_template (expected, "dropped.fayan-template", "dropped-in", "新放入的模板", "测试");
  again = fy_template_library_new (NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, N_BUILTIN + 1);
  g_assert_nonnull (fy_template_library_lookup (again, "dropped-in"));

  fy_test_remove_tree (expected);
}

static void
test_library_user_operations (void)
{
  g_autofree char *base = fy_test_make_temp_dir ("fayan-library-XXXXXX");
  g_autofree char *user_dir = g_build_filename (base, "not", "yet", NULL);
  g_autofree char *export_path = g_build_filename (base, "shared.fayan-template", NULL);
  g_autoptr(GFile) user = g_file_new_for_path (user_dir);
  g_autoptr(GFile) export_file = g_file_new_for_path (export_path);
  g_autoptr(FyTemplateLibrary) library = fy_template_library_new (user, NULL);
  g_autoptr(FyTemplateLibrary) reloaded = NULL;
  g_autoptr(FyTemplate) made = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  FyTestItemsChanged record = { 0 };
  FyTemplate *builtin = fy_template_library_lookup (library, "work-report");
  FyTemplate *saved;
  FyTemplate *imported;
  GFile *saved_file;

  g_signal_connect (library, "items-changed", G_CALLBACK (fy_test_items_changed_cb), &record);

  /* Save a document as a template: it goes to the (new) user folder. */
  g_hash_table_insert (values, (char *) "会议名称", (char *) "全市审计工作会议");
  g_hash_table_insert (values, (char *) "发言人", (char *) "陆平");
  document = fy_template_instantiate (builtin, values, &error);
  g_assert_no_error (error);
  made = fy_template_new_from_document (document, builtin, FY_TEMPLATE_STRUCTURE_ONLY, "审计汇报", "汇报");
  saved = fy_template_library_add_user_template (library, made, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_cmpuint (record.n_calls, ==, 1);
  g_assert_cmpuint (record.position, ==, N_BUILTIN);
  g_assert_cmpuint (record.added, ==, 1);
  g_assert_cmpint (fy_template_get_origin (saved), ==, FY_TEMPLATE_ORIGIN_USER);
  saved_file = fy_template_get_file (saved);
  g_assert_nonnull (saved_file);
  g_assert_true (g_file_query_exists (saved_file, NULL));

  /* Rename: saved to disk, seen by a new library. */
  g_assert_true (fy_template_library_rename (library, saved, "  审计工作汇报 ", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (fy_template_get_name (saved), ==, "审计工作汇报");
  g_assert_cmpuint (record.n_calls, ==, 2);
  reloaded = fy_template_library_new (user, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reloaded)), ==, N_BUILTIN + 1);
  g_assert_cmpstr (fy_template_get_name (item (reloaded, N_BUILTIN)), ==, "审计工作汇报");
  g_assert_cmpuint (fy_template_get_n_fields (item (reloaded, N_BUILTIN)), ==, fy_template_get_n_fields (builtin));

  g_assert_false (fy_template_library_rename (library, saved, "  ", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);
  g_clear_error (&error);

  /* Built-in templates are read-only. */
  g_assert_false (fy_template_library_rename (library, builtin, "改名", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_clear_error (&error);
  g_assert_false (fy_template_library_delete (library, builtin, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_clear_error (&error);
  g_assert_cmpstr (fy_template_get_name (builtin), ==, "工作汇报");

  /* Export a built-in, import it: a copy with an id of its own. */
  g_assert_true (fy_template_save_to_file (builtin, export_file, NULL, &error));
  g_assert_no_error (error);
  imported = fy_template_library_import (library, export_file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (imported);
  g_assert_cmpstr (fy_template_get_id (imported), !=, "work-report");
  g_assert_cmpstr (fy_template_get_name (imported), ==, "工作汇报");
  g_assert_cmpint (fy_template_get_origin (imported), ==, FY_TEMPLATE_ORIGIN_USER);
  g_assert_true (fy_template_library_lookup (library, fy_template_get_id (imported)) == imported);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, N_BUILTIN + 2);

  /* A broken file is not imported. */
  write_file (base, "bad.fayan-template", "[]");
  {
    g_autofree char *bad_path = g_build_filename (base, "bad.fayan-template", NULL);
    g_autoptr(GFile) bad = g_file_new_for_path (bad_path);

    g_assert_null (fy_template_library_import (library, bad, &error));
    g_assert_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT);
    g_clear_error (&error);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, N_BUILTIN + 2);

  /* Delete: the file goes, the list shrinks. */
  g_object_ref (saved_file);
  g_assert_true (fy_template_library_delete (library, saved, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (saved_file, NULL));
  g_object_unref (saved_file);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, N_BUILTIN + 1);
  g_assert_cmpuint (record.removed, ==, 1);

  fy_test_remove_tree (base);
}

/* What a user types to name a template: an id, a name or a file. */
static void
test_library_find (void)
{
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-library-XXXXXX");
  g_autofree char *elsewhere = fy_test_make_temp_dir ("fayan-library-XXXXXX");
  g_autofree char *path = g_build_filename (elsewhere, "own.fayan-template", NULL);
  g_autoptr(GFile) user = g_file_new_for_path (dir);
  g_autoptr(FyTemplateLibrary) library = NULL;
  g_autoptr(FyTemplate) by_id = NULL;
  g_autoptr(FyTemplate) by_name = NULL;
  g_autoptr(FyTemplate) by_file = NULL;
  g_autoptr(GError) error = NULL;

  library = fy_template_library_new (user, NULL);
  by_id = fy_template_library_find (library, "duty-report", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_template_get_id (by_id), ==, "duty-report");

  by_name = fy_template_library_find (library, fy_template_get_name (item (library, 0)), &error);
  g_assert_no_error (error);
  g_assert_true (by_name == item (library, 0));

  g_assert_null (fy_template_library_find (library, "no-such-template", &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such-template"));
  g_clear_error (&error);

  /* A file is read, not added to the library. */
  write_template (elsewhere, "own.fayan-template", "own", "自带模板", "文件");
  by_file = fy_template_library_find (library, path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_template_get_id (by_file), ==, "own");
  g_assert_cmpint (fy_template_get_origin (by_file), ==, FY_TEMPLATE_ORIGIN_FILE);
  g_assert_null (fy_template_library_lookup (library, "own"));

  fy_test_remove_tree (dir);
  fy_test_remove_tree (elsewhere);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything reads g_get_user_data_dir(). */
  xdg_data_home = g_dir_make_tmp ("fayan-xdg-XXXXXX", NULL);
  g_assert_nonnull (xdg_data_home);
  g_setenv ("XDG_DATA_HOME", xdg_data_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/template-library/builtin-only", test_library_builtin_only);
  g_test_add_func ("/core/template-library/merge", test_library_merge);
  g_test_add_func ("/core/template-library/find", test_library_find);
  g_test_add_func ("/core/template-library/user-folder-from-environment", test_library_user_folder_from_environment);
  g_test_add_func ("/core/template-library/user-operations", test_library_user_operations);

  status = g_test_run ();
  fy_test_remove_tree (xdg_data_home);
  g_free (xdg_data_home);

  return status;
}

/* test-forms.c — Escape in the small dialogs asks before typed input goes
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "fy-batch-fill-dialog.h"
#include "fy-template-gallery.h"
#include "fy-template-library.h"
#include "fy-ui-layout.h"
#include "fy-window.h"
#include "fy-window-private.h"
#include "fy-test-utils.h"
#include "fy-test-window.h"

static gboolean
is_gone (GtkWindow *window)
{
  return !gtk_widget_get_visible (GTK_WIDGET (window));
}

/* The question over @dialog, or NULL when Escape asked nothing. */
static AdwMessageDialog *
find_question (GtkWindow *dialog)
{
  return ADW_MESSAGE_DIALOG (fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, dialog));
}

/* Escape on @dialog whose @entry was typed into: it asks; Keep Editing
 * keeps the dialog and the text; Escape again and Discard closes it.
 * The questions are answered by their buttons, as a user does, with only
 * GTK holding @dialog (the caller's reference is given up): the form goes
 * while its question is still being answered, and g_test_init() makes
 * any critical fail the test. */
static void
check_escape_asks (GtkWindow   *dialog,
                   GtkEditable *entry,
                   const char  *typed)
{
  AdwMessageDialog *question;

  fy_test_press_escape (GTK_WIDGET (dialog));
  question = fy_test_wait_for_message (dialog);
  g_assert_nonnull (question);
  g_assert_true (adw_message_dialog_has_response (question, "discard"));
  g_assert_false (is_gone (dialog));
  g_object_add_weak_pointer (G_OBJECT (question), (gpointer *) &question);
  fy_test_click_button (GTK_WIDGET (question), "_Keep Editing");
  g_assert_null (question);
  g_assert_false (is_gone (dialog));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, typed);

  fy_test_press_escape (GTK_WIDGET (dialog));
  question = fy_test_wait_for_message (dialog);
  g_assert_nonnull (question);
  fy_test_click_closing (question, "_Discard", dialog);
}

static AdwMessageDialog *
open_dialog (FyWindow   *window,
             const char *action)
{
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  dialog = fy_test_wait_for_message (GTK_WINDOW (window));
  g_assert_nonnull (dialog);

  return g_object_ref (dialog);
}

static guint
count_user_templates (void)
{
  FyEnvironment *environment = fy_ui_layout_get_environment ();
  GListModel *library = G_LIST_MODEL (fy_environment_get_template_library (environment));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (library); i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (library, i);

      n += fy_template_get_origin (template_) == FY_TEMPLATE_ORIGIN_USER;
    }

  return n;
}

/* A speech made from the commitment-speech template, as a clerk's last one. */
static FyDocument *
make_earlier (void)
{
  FyEnvironment *environment = fy_ui_layout_get_environment ();
  FyTemplate *template_ = fy_environment_lookup_template (environment, "commitment-speech");
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  FyDocument *earlier;

  g_hash_table_insert (values, (gpointer) "会议名称", (gpointer) "上半年工作推进会");
  g_hash_table_insert (values, (gpointer) "发言人", (gpointer) "陈静");
  earlier = fy_environment_instantiate (environment, template_, values, &error);
  g_assert_no_error (error);
  fy_document_set_template_id (earlier, "commitment-speech");

  return earlier;
}

/* Save as Template: an untouched name closes at once; a typed one asks;
 * the dialog's own Save button never asks. */
static void
test_forms_save_as_template (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  guint n_before = count_user_templates ();
  AdwMessageDialog *dialog;
  GtkEditable *entry;
  GtkCheckButton *keep;

  dialog = open_dialog (window, "win.save-as-template");
  fy_test_press_escape (GTK_WIDGET (dialog));
  g_assert_true (is_gone (GTK_WINDOW (dialog)));
  g_assert_null (find_question (GTK_WINDOW (dialog)));
  g_assert_finalize_object (dialog);

  /* The check box is input too. */
  dialog = open_dialog (window, "win.save-as-template");
  keep = g_object_get_data (G_OBJECT (dialog), "fy-keep-text");
  gtk_check_button_set_active (keep, TRUE);
  fy_test_press_escape (GTK_WIDGET (dialog));
  g_assert_nonnull (fy_test_wait_for_message (GTK_WINDOW (dialog)));
  fy_test_respond (fy_test_wait_for_message (GTK_WINDOW (dialog)), "discard");
  g_assert_true (is_gone (GTK_WINDOW (dialog)));
  g_assert_finalize_object (dialog);

  dialog = open_dialog (window, "win.save-as-template");
  entry = g_object_get_data (G_OBJECT (dialog), "fy-name");
  gtk_editable_set_text (entry, "全县表态发言模板");
  fy_test_screenshot ("forms-template-typed");
  check_escape_asks (GTK_WINDOW (dialog), entry, "全县表态发言模板");
  g_assert_cmpuint (count_user_templates (), ==, n_before);

  /* A click on Save is a decision: no question, the template is made. */
  dialog = open_dialog (window, "win.save-as-template");
  entry = g_object_get_data (G_OBJECT (dialog), "fy-name");
  gtk_editable_set_text (entry, "全县表态发言模板");
  fy_test_click_button (GTK_WIDGET (dialog), "_Save");
  g_assert_null (find_question (GTK_WINDOW (dialog)));
  g_assert_true (is_gone (GTK_WINDOW (dialog)));
  g_assert_finalize_object (dialog);
  g_assert_cmpuint (count_user_templates (), ==, n_before + 1);

  /* So is Cancel. */
  dialog = open_dialog (window, "win.save-as-template");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "fy-name"), "不要了");
  fy_test_click_button (GTK_WIDGET (dialog), "_Cancel");
  g_assert_null (find_question (GTK_WINDOW (dialog)));
  g_assert_true (is_gone (GTK_WINDOW (dialog)));
  g_assert_finalize_object (dialog);
  g_assert_cmpuint (count_user_templates (), ==, n_before + 1);

  fy_test_destroy_window (window);
}

/* Save as Version: a typed name or note asks before Escape drops it. */
static void
test_forms_save_version (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  AdwMessageDialog *dialog;
  GtkEditable *note;

  dialog = open_dialog (window, "win.save-version");
  note = g_object_get_data (G_OBJECT (dialog), "fy-note");
  gtk_editable_set_text (note, "按办公室意见修改");
  check_escape_asks (GTK_WINDOW (dialog), note, "按办公室意见修改");
  g_assert_cmpuint (fy_document_get_n_versions (fy_window_get_document (window)), ==, 0);

  fy_test_destroy_window (window);
}

/* Renaming a personal template in the gallery. */
static void
test_forms_rename_template (void)
{
  FyEnvironment *environment = fy_ui_layout_get_environment ();
  FyTemplateLibrary *library = fy_environment_get_template_library (environment);
  FyTemplate *original = fy_environment_lookup_template (environment, "commitment-speech");
  g_autoptr(FyTemplate) mine = fy_template_copy (original);
  g_autofree char *id = fy_template_generate_id ();
  g_autoptr(GError) error = NULL;
  FyTemplateGallery *gallery;
  AdwMessageDialog *dialog;
  GtkEditable *entry;

  fy_template_set_name (mine, "我的表态发言");
  fy_template_set_id (mine, id);
  g_assert_nonnull (fy_template_library_add_user_template (library, mine, &error));
  g_assert_no_error (error);

  gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new (NULL, NULL));
  g_object_ref_sink (gallery);
  gtk_window_present (GTK_WINDOW (gallery));
  fy_test_iterate ();

  gtk_widget_activate_action (GTK_WIDGET (gallery), "gallery.rename-template", "s", id);
  dialog = g_object_ref (fy_test_wait_for_message (GTK_WINDOW (gallery)));
  entry = g_object_get_data (G_OBJECT (dialog), "fy-name");
  gtk_editable_set_text (entry, "全县表态发言（本人）");
  check_escape_asks (GTK_WINDOW (dialog), entry, "全县表态发言（本人）");
  g_assert_cmpstr (fy_template_get_name (fy_template_library_lookup (library, id)), ==, "我的表态发言");
  /* Only the rename dialog went: the gallery stays. */
  g_assert_false (is_gone (GTK_WINDOW (gallery)));

  gtk_window_destroy (GTK_WINDOW (gallery));
  g_assert_finalize_object (gallery);
  g_assert_true (fy_template_library_delete (library, fy_template_library_lookup (library, id), &error));
  g_assert_no_error (error);
}

/* Batch fill: Escape closes it, and asks once a table is read and not
 * written. */
static void
test_forms_batch_fill (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = make_earlier ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-forms-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "名单.csv", NULL);
  g_autoptr(GFile) table = g_file_new_for_path (path);
  FyBatchFillDialog *dialog;
  AdwMessageDialog *question;

  g_assert_true (g_file_set_contents (path, "会议名称,发言单位,发言人\n"
                                           "全县安全生产工作会议,县应急管理局,许文\n", -1, &error));
  fy_window_set_document (window, document);

  dialog = g_object_ref (FY_BATCH_FILL_DIALOG (fy_window_batch_fill (window)));
  fy_test_press_escape (GTK_WIDGET (dialog));
  g_assert_true (is_gone (GTK_WINDOW (dialog)));
  g_assert_null (find_question (GTK_WINDOW (dialog)));
  g_assert_finalize_object (dialog);

  dialog = g_object_ref (FY_BATCH_FILL_DIALOG (fy_window_batch_fill (window)));
  g_assert_true (fy_batch_fill_dialog_load (dialog, table, &error));
  g_assert_no_error (error);
  fy_test_press_escape (GTK_WIDGET (dialog));
  question = fy_test_wait_for_message (GTK_WINDOW (dialog));
  g_assert_nonnull (question);
  fy_test_screenshot ("forms-batch-fill-escape");
  fy_test_click_button (GTK_WIDGET (question), "_Keep Editing");
  g_assert_false (is_gone (GTK_WINDOW (dialog)));
  g_assert_nonnull (fy_batch_fill_dialog_get_fill (dialog));
  fy_test_press_escape (GTK_WIDGET (dialog));
  question = fy_test_wait_for_message (GTK_WINDOW (dialog));
  g_assert_nonnull (question);
  fy_test_click_closing (question, "_Discard", dialog);

  fy_test_destroy_window (window);
  fy_test_assert_remove_tree (dir);
}

/* “以旧稿新建”: its form shows the earlier values; untouched, Escape
 * closes it; a changed field makes Escape ask. */
static void
test_forms_new_from_earlier (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) earlier = make_earlier ();
  GtkWidget *gallery;
  AdwMessageDialog *question;

  gallery = g_object_ref (fy_window_new_from_earlier (window, earlier));
  fy_test_press_escape (gallery);
  g_assert_true (is_gone (GTK_WINDOW (gallery)));
  g_assert_null (find_question (GTK_WINDOW (gallery)));
  g_assert_finalize_object (gallery);

  gallery = g_object_ref (fy_window_new_from_earlier (window, earlier));
  fy_template_gallery_set_field (FY_TEMPLATE_GALLERY (gallery), "会议名称", "下半年工作推进会");
  fy_test_press_escape (gallery);
  question = fy_test_wait_for_message (GTK_WINDOW (gallery));
  g_assert_nonnull (question);
  fy_test_click_closing (question, "_Discard", gallery);

  fy_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("fayan-test-forms-XXXXXX", NULL);

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  fy_test_move_pointer_aside ();
  adw_init ();
  fy_core_init ();

  g_test_add_func ("/ui/forms/save-as-template", test_forms_save_as_template);
  g_test_add_func ("/ui/forms/save-version", test_forms_save_version);
  g_test_add_func ("/ui/forms/rename-template", test_forms_rename_template);
  g_test_add_func ("/ui/forms/batch-fill", test_forms_batch_fill);
  g_test_add_func ("/ui/forms/new-from-earlier", test_forms_new_from_earlier);

  return g_test_run ();
}

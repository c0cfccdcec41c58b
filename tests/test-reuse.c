/* test-reuse.c — reuse under a display: field edits undone with the text, batch fill, templates
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fy-application.h"
#include "fy-batch-fill-dialog.h"
#include "fy-editor.h"
#include "fy-fields-panel.h"
#include "fy-template-gallery.h"
#include "fy-ui-layout.h"
#include "fy-window.h"
#include "fy-window-private.h"
#include "fy-test-utils.h"
#include "fy-export.h"
#include "fy-test-window.h"

static gboolean
line_starts_with (FyEditor   *editor,
                  guint       line,
                  const char *prefix)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line);
  end = start;
  gtk_text_iter_forward_to_line_end (&end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  return g_str_has_prefix (text, prefix);
}

/* For a person to look at (FAYAN_TEST_SCREENSHOTS): the screen once the
 * preview has caught up with the last edit. */
static gboolean
time_passed_cb (gpointer data)
{
  gint64 *until = data;

  return g_get_monotonic_time () >= *until;
}

static void
screenshot_settled (const char *name)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC * 3 / 2;

  if (g_getenv ("FAYAN_TEST_SCREENSHOTS") == NULL)
    return;

  fy_test_wait_for (time_passed_cb, &until, 3);
  fy_test_screenshot (name);
}

/* Issue 16: Ctrl+Z after changing 发言人 removed an off-screen paragraph.
 * A field edit is one undo step among the text edits, in order. */
static void
test_reuse_field_undo (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyDocument *document = fy_window_get_document (window);
  FyEditor *editor = fy_window_get_editor (window);
  FyFieldsPanel *panel = FY_FIELDS_PANEL (fy_window_get_fields_panel (window));
  GtkEditable *entry = fy_fields_panel_get_entry (panel, "发言人");
  g_autofree char *speaker = g_strdup (fy_document_get_field_value (document, "发言人"));
  guint last = fy_document_get_n_blocks (document) - 1;

  g_assert_nonnull (entry);
  g_assert_nonnull (speaker);
  gtk_stack_set_visible_child_name (window->sidebar_stack, "fields");

  fy_test_type_at (window, 1, 0, "甲");
  /* Typed key by key: one step. */
  gtk_editable_set_text (entry, "王");
  gtk_editable_set_text (entry, "王建");
  gtk_editable_set_text (entry, "王建国");
  /* The sample's speaker is “职务　姓名”: the name part follows. */
  g_assert_true (g_str_has_suffix (fy_document_get_speaker (document), "　王建国"));
  fy_test_type_at (window, last, 0, "乙");
  screenshot_settled ("window-undo-field-1-changed");

  fy_editor_undo (editor);
  g_assert_false (line_starts_with (editor, last, "乙"));
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, "王建国");

  fy_editor_undo (editor);
  screenshot_settled ("window-undo-field-2-undone");
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, speaker);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, speaker);
  /* …and only the field: the text typed before is still there. */
  g_assert_true (line_starts_with (editor, 1, "甲"));
  /* The PDF's author follows the field back. */
  g_assert_true (g_str_has_suffix (fy_document_get_speaker (document), speaker));
  g_assert_null (strstr (fy_document_get_speaker (document), "王建国"));

  fy_editor_undo (editor);
  g_assert_false (line_starts_with (editor, 1, "甲"));

  fy_editor_redo (editor);
  g_assert_true (line_starts_with (editor, 1, "甲"));
  fy_editor_redo (editor);
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, "王建国");
  fy_editor_redo (editor);
  g_assert_true (line_starts_with (editor, last, "乙"));
  g_assert_false (fy_editor_get_can_redo (editor));

  fy_test_destroy_window (window);
}

static char *
dup_role_text (FyDocument  *document,
               FyBlockRole  role)
{
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    if (fy_block_get_role (fy_document_get_block (document, i)) == role)
      return fy_document_dup_block_text (document, i);

  return NULL;
}

/* A report made with its unit left empty has a speaker line of the name
 * alone and no signature; the 字段 panel still lists the unit and says a
 * change shows everywhere.  Typed there, the unit comes back in both
 * lines (the empty post stays out), and one undo takes it all back
 * (session 21's new user typed a unit and nothing changed). */
static void
test_reuse_fields_panel_restores_lines (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyEnvironment *environment = fy_ui_layout_get_environment ();
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;
  FyEditor *editor = fy_window_get_editor (window);
  GtkEditable *entry;
  g_autofree char *speaker = NULL;
  g_autofree char *signature = NULL;
  g_autofree char *saved = NULL;
  guint n_blocks;

  g_hash_table_insert (values, (gpointer) "会议名称", (gpointer) "市政府专题调研座谈会");
  g_hash_table_insert (values, (gpointer) "发言人", (gpointer) "邓莉");
  document = fy_environment_instantiate (environment,
                                         fy_environment_lookup_template (environment, "work-report"),
                                         values, &error);
  g_assert_no_error (error);
  fy_window_set_document (window, document);
  n_blocks = fy_document_get_n_blocks (document);
  saved = fy_document_save_to_data (document, NULL);
  g_assert_null (dup_role_text (document, FY_BLOCK_ROLE_SIGNATURE));
  entry = fy_fields_panel_get_entry (FY_FIELDS_PANEL (fy_window_get_fields_panel (window)), "发言单位");
  g_assert_nonnull (entry);
  gtk_stack_set_visible_child_name (window->sidebar_stack, "fields");

  /* Key by key, as typed. */
  gtk_editable_set_text (entry, "城");
  fy_test_iterate ();
  gtk_editable_set_text (entry, "城关");
  gtk_editable_set_text (entry, "城关镇");
  fy_test_iterate ();
  speaker = dup_role_text (document, FY_BLOCK_ROLE_SPEAKER);
  signature = dup_role_text (document, FY_BLOCK_ROLE_SIGNATURE);
  g_assert_cmpstr (speaker, ==, "城关镇　邓莉");
  g_assert_cmpstr (signature, ==, "城关镇");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, n_blocks + 1);
  /* The editor shows them: the speaker line, and the signature above
   * the date at the end. */
  g_assert_true (line_starts_with (editor, 1, "城关镇"));
  g_assert_true (line_starts_with (editor, n_blocks - 1, "城关镇"));
  screenshot_settled ("window-fields-restore-lines");

  fy_editor_undo (editor);
  g_assert_false (fy_editor_get_can_undo (editor));
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, n_blocks);
  g_clear_pointer (&speaker, g_free);
  speaker = dup_role_text (document, FY_BLOCK_ROLE_SPEAKER);
  g_assert_cmpstr (speaker, ==, "邓莉");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_true (line_starts_with (editor, 1, "邓莉"));
  /* As it was, metadata included: the PDF's organisation is not the
   * undone unit, and the speech is not modified. */
  {
    g_autofree char *undone = fy_document_save_to_data (document, NULL);

    g_assert_cmpstr (undone, ==, saved);
  }

  fy_editor_redo (editor);
  g_clear_pointer (&signature, g_free);
  signature = dup_role_text (document, FY_BLOCK_ROLE_SIGNATURE);
  g_assert_cmpstr (signature, ==, "城关镇");

  fy_test_destroy_window (window);
}

/* A field emptied in the panel and brought back by Undo stands where it
 * stood among the fields, so that the speech undone to the state it was
 * saved in is not modified any more (the title loses its "•"). */
static void
test_reuse_field_undo_unmodified (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) body = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-fields-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "交流发言.fayan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GStrv) names = NULL;
  FyFieldsPanel *panel;
  GtkEditable *entry;

  g_assert_no_error (error);
  fy_block_append_run (body, FY_RUN_TEXT, "在");
  fy_block_append_run (body, FY_RUN_FIELD, "会议名称");
  fy_block_append_run (body, FY_RUN_TEXT, "上，");
  fy_block_append_run (body, FY_RUN_FIELD, "发言人");
  fy_block_append_run (body, FY_RUN_TEXT, "代表县水利局发言。");
  fy_document_append_block (document, body);
  fy_document_set_field_value (document, "会议名称", "全县河湖长制工作推进会");
  fy_document_set_field_value (document, "发言人", "林沐阳");
  fy_window_set_document (window, document);
  fy_test_iterate ();
  g_assert_true (fy_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (fy_window_get_modified (window));

  panel = FY_FIELDS_PANEL (fy_window_get_fields_panel (window));
  entry = fy_fields_panel_get_entry (panel, "会议名称");
  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, "");
  fy_test_iterate ();
  g_assert_null (fy_document_get_field_value (document, "会议名称"));
  g_assert_true (fy_window_get_modified (window));

  fy_editor_undo (fy_window_get_editor (window));
  fy_test_iterate ();
  g_assert_cmpstr (fy_document_get_field_value (document, "会议名称"), ==, "全县河湖长制工作推进会");
  names = fy_document_dup_field_names (document);
  g_assert_cmpstr (names[0], ==, "会议名称");
  g_assert_cmpstr (names[1], ==, "发言人");
  g_assert_false (fy_window_get_modified (window));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  fy_test_destroy_window (window);
  fy_test_iterate ();
  g_unlink (path);
  g_rmdir (dir);
}

/* The trial of issue 16: with the cursor still in the 发言人 entry, Ctrl+Z
 * went to the entry's own history, which passed through an empty field;
 * it is the window's undo, one step back to the value before. */
static void
test_reuse_field_undo_in_entry (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyDocument *document = fy_window_get_document (window);
  FyFieldsPanel *panel = FY_FIELDS_PANEL (fy_window_get_fields_panel (window));
  GtkEditable *entry = fy_fields_panel_get_entry (panel, "发言人");
  g_autofree char *speaker = g_strdup (fy_document_get_field_value (document, "发言人"));
  GtkWidget *text;
  int position = 0;

  g_assert_nonnull (entry);
  g_assert_nonnull (speaker);
  gtk_stack_set_visible_child_name (window->sidebar_stack, "fields");
  fy_test_iterate ();
  text = fy_test_find_descendant (GTK_WIDGET (entry), GTK_TYPE_TEXT);
  g_assert_nonnull (text);
  gtk_widget_grab_focus (text);

  /* Select all, type the new name, as a user does. */
  gtk_editable_delete_text (entry, 0, -1);
  gtk_editable_insert_text (entry, "李明", -1, &position);
  fy_test_iterate ();
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, "李明");

  g_assert_true (fy_test_press_key (text, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, speaker);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, speaker);

  g_assert_true (fy_test_press_key (text, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, "李明");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "李明");

  fy_test_destroy_window (window);
}

/* Issue 15's restore, undone, brings back the fields as well as the text. */
static void
test_reuse_restore_version_undo (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  FyDocument *document = fy_window_get_document (window);
  FyEditor *editor = fy_window_get_editor (window);
  g_autofree char *speaker = g_strdup (fy_document_get_field_value (document, "发言人"));

  fy_document_save_version (document, "初稿", "测试", NULL);
  fy_document_set_field_value (document, "发言人", "李红");
  fy_test_type_at (window, 1, 0, "改");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-version", "u", 0);
  fy_test_iterate ();
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, speaker);
  g_assert_false (line_starts_with (editor, 1, "改"));

  /* One undo step for the whole restore. */
  fy_editor_undo (editor);
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, "李红");
  g_assert_true (g_str_has_suffix (fy_document_get_speaker (document), "李红"));
  g_assert_true (line_starts_with (editor, 1, "改"));

  fy_test_destroy_window (window);
}

static FyDocument *
make_earlier (const char *template_id)
{
  FyEnvironment *environment = fy_ui_layout_get_environment ();
  FyTemplate *template_ = fy_environment_lookup_template (environment, "commitment-speech");
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  FyDocument *earlier;

  g_hash_table_insert (values, (gpointer) "会议名称", (gpointer) "上半年工作推进会");
  g_hash_table_insert (values, (gpointer) "发言人", (gpointer) "陈静");
  g_hash_table_insert (values, (gpointer) "日期", (gpointer) "2025年6月30日");
  earlier = fy_environment_instantiate (environment, template_, values, &error);
  g_assert_no_error (error);
  fy_document_set_template_id (earlier, template_id);

  return earlier;
}

static FyWindow *
find_other_window (FyApplication *app,
                   FyWindow      *window)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (l->data != window && FY_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

/* “以旧稿新建” asks for the new meeting's fields with today's date; a
 * speech whose template is gone still gets today's date, not the old. */
static void
test_reuse_new_from_earlier (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) earlier = make_earlier ("commitment-speech");
  g_autoptr(FyDocument) orphan = make_earlier ("a-template-deleted-since");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = fy_date_format (now);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) made = NULL;
  GtkWidget *gallery;
  GtkWidget *message;
  FyWindow *other;
  FyWindow *target;

  gallery = fy_window_new_from_earlier (window, earlier);
  g_assert_nonnull (gallery);
  g_assert_true (gtk_widget_get_visible (gallery));
  fy_template_gallery_set_field (FY_TEMPLATE_GALLERY (gallery), "会议名称", "下半年工作推进会");
  made = fy_template_gallery_create_document (FY_TEMPLATE_GALLERY (gallery), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_field_value (made, "日期"), ==, today);
  g_assert_cmpstr (fy_document_get_meeting (made), ==, "下半年工作推进会");
  gtk_window_destroy (GTK_WINDOW (gallery));

  /* Shown in this window while it holds only the sample, else in a new
   * one, with a message that nothing was asked: its fields are to be
   * changed under Fields. */
  message = fy_window_new_from_earlier (window, orphan);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (message));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), "Fields"));
  other = find_other_window (app, window);
  target = other != NULL ? other : window;
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (message)) == GTK_WINDOW (target));
  g_assert_cmpstr (fy_document_get_field_value (fy_window_get_document (target), "日期"), ==, today);
  g_assert_cmpstr (fy_document_get_field_value (fy_window_get_document (target), "发言人"), ==, "陈静");
  fy_test_respond (ADW_MESSAGE_DIALOG (message), "close");

  if (other != NULL)
    {
      fy_window_discard_recovery (other);
      gtk_window_destroy (GTK_WINDOW (other));
    }
  fy_test_destroy_window (window);
}

/* An earlier speech typed or imported (from .docx, say) names its meeting
 * in words: the copy is made at once, and a message says that the old
 * meeting, speaker and date are still in the text.  The chooser offers
 * .docx files. */
static void
test_reuse_new_from_plain_earlier (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) earlier = fy_import_markdown ("# 在全县工作会议上的表态发言\n\n同志们：\n\n"
                                                      "我们坚决完成任务。\n", -1, &error);
  const char *body;
  GtkWidget *message;
  GtkWindow *chooser;
  GListModel *filters;
  gboolean docx_offered = FALSE;
  FyWindow *other;

  g_assert_no_error (error);
  message = fy_window_new_from_earlier (window, earlier);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (message));
  fy_test_iterate ();
  fy_test_screenshot ("reuse-new-from-plain-earlier");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message));
  g_assert_nonnull (strstr (body, "meeting"));
  g_assert_nonnull (strstr (body, "in the text"));
  fy_test_respond (ADW_MESSAGE_DIALOG (message), "close");
  other = find_other_window (app, window);
  if (other != NULL)
    {
      fy_window_discard_recovery (other);
      gtk_window_destroy (GTK_WINDOW (other));
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-earlier", NULL));
  fy_test_iterate ();
  chooser = fy_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);
      g_autoptr(GFileInfo) info = g_file_info_new ();

      g_file_info_set_display_name (info, "去年的发言.docx");
      docx_offered |= gtk_filter_match (GTK_FILTER (filter), info);
    }
  g_object_unref (filters);
  g_assert_true (docx_offered);
  gtk_window_destroy (chooser);

  fy_test_destroy_window (window);
}

/* “Save as template” keeps each field's required flag, and as its
 * default the speech's value (the original default where it has none). */
static void
test_reuse_save_as_template (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = make_earlier ("commitment-speech");
  FyEnvironment *environment = fy_ui_layout_get_environment ();
  FyTemplate *original = fy_environment_lookup_template (environment, "commitment-speech");
  FyTemplateLibrary *library = fy_environment_get_template_library (environment);
  guint n_before = g_list_model_get_n_items (G_LIST_MODEL (library));
  g_autoptr(FyTemplate) saved = NULL;
  AdwMessageDialog *dialog;
  guint n_optional = 0;
  guint n_kept = 0;

  fy_window_set_document (window, document);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as-template", NULL);
  dialog = fy_test_wait_for_message (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  /* The title is still the template's guidance: the name offered is the
   * template's, as the user's own, not “（在此填写…）”. */
  {
    GtkWidget *entry = fy_test_find_descendant (adw_message_dialog_get_extra_child (dialog),
                                                GTK_TYPE_ENTRY);
    g_autofree char *expected = g_strdup_printf ("My %s", fy_template_get_name (original));

    g_assert_nonnull (entry);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, expected);
  }
  fy_test_respond (dialog, "save");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, n_before + 1);
  for (guint i = 0; i < n_before + 1 && saved == NULL; i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (G_LIST_MODEL (library), i);

      if (fy_template_get_origin (template_) == FY_TEMPLATE_ORIGIN_USER)
        saved = g_steal_pointer (&template_);
    }
  g_assert_nonnull (saved);
  /* Listed under the same kind of speech as the original. */
  g_assert_cmpstr (fy_template_get_category (saved), ==, fy_template_get_category (original));

  for (guint i = 0; i < fy_template_get_n_fields (original); i++)
    {
      const FyFieldDef *def = fy_template_get_field (original, i);
      const FyFieldDef *kept = fy_template_lookup_field (saved, def->id);

      g_assert_nonnull (kept);
      g_assert_cmpint (kept->required, ==, def->required);
      /* The speech's own values are the new defaults, but for the
       * meeting and dates, which are asked again. */
      if (def->kind != FY_FIELD_KIND_DATE && strcmp (def->id, FY_FIELD_MEETING) != 0
          && fy_document_get_field_value (document, def->id) != NULL
          && *fy_document_get_field_value (document, def->id) != '\0')
        {
          g_assert_cmpstr (kept->default_value, ==, fy_document_get_field_value (document, def->id));
          n_kept++;
        }
      else
        g_assert_cmpstr (kept->default_value, ==, def->default_value);
      n_optional += !def->required;
    }
  /* Otherwise the test would prove nothing. */
  g_assert_cmpuint (n_optional, >, 0);
  g_assert_cmpuint (n_kept, >, 0);

  fy_test_destroy_window (window);
}

/* With FAYAN_SHOT_DIR set, saves what @widget shows as NAME.png there, to
 * look at. */
static void
save_shot (GtkWidget  *widget,
           const char *name)
{
  const char *dir = g_getenv ("FAYAN_SHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  /* Drawn at least once. */
  for (guint i = 0; i < 50 && (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0); i++)
    g_main_context_iteration (NULL, TRUE);
  fy_test_iterate ();
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_test_message ("%s: nothing drawn yet, no picture", name);
      return;
    }
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static gboolean
dialog_running (FyBatchFillDialog *dialog)
{
  return fy_batch_fill_dialog_get_running (dialog);
}

static void
wait_while_running (FyBatchFillDialog *dialog)
{
  while (dialog_running (dialog))
    g_main_context_iteration (NULL, TRUE);
  fy_test_iterate ();
}

static char *
write_table (const char *dir,
             const char *contents)
{
  char *path = g_build_filename (dir, "发言人名单.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

static gboolean
exists_in (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Batch fill in the GUI: the rows with their errors, then one speech and
 * PDF per good row with the window's text, a progress bar at the end. */
static void
test_reuse_batch_fill_dialog (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = make_earlier ("commitment-speech");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-batch-dialog-XXXXXX", &error);
  g_autofree char *out_dir = g_build_filename (dir, "发言稿", NULL);
  g_autofree char *table = NULL;
  g_autofree char *written_path = NULL;
  g_autofree char *speaker_line = NULL;
  g_autoptr(GFile) table_file = NULL;
  g_autoptr(GFile) out = g_file_new_for_path (out_dir);
  g_autoptr(GFile) written_file = NULL;
  g_autoptr(FyDocument) written = NULL;
  FyBatchFillDialog *dialog;
  GtkColumnView *view;
  FyBatchFill *fill;

  g_assert_no_error (error);
  fy_window_set_document (window, document);
  /* Excel's CSV UTF-8: a BOM and CRLF; line 3 has no speaker. */
  table = write_table (dir, "\xEF\xBB\xBF" "会议名称,发言单位,发言人\r\n"
                            "全县安全生产工作会议,县应急管理局,许文\r\n"
                            "全县安全生产工作会议,县交通运输局,\r\n"
                            "全县安全生产工作会议,城关镇,邓莉\r\n");
  table_file = g_file_new_for_path (table);

  dialog = FY_BATCH_FILL_DIALOG (fy_window_batch_fill (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (fy_batch_fill_dialog_load (dialog, table_file, &error));
  g_assert_no_error (error);
  fy_batch_fill_dialog_set_folder (dialog, out);
  fy_batch_fill_dialog_set_pdf (dialog, TRUE);
  /* The window's text still holds the template's guidance: its PDFs only
   * when asked (the default is covered in test-drafts). */
  fy_batch_fill_dialog_set_allow_incomplete (dialog, TRUE);

  /* The preview: every row, with line, cells, file and status columns. */
  view = GTK_COLUMN_VIEW (fy_batch_fill_dialog_get_view (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (view)), ==, 6);
  fill = fy_batch_fill_dialog_get_fill (dialog);
  g_assert_cmpint (fy_batch_fill_get_row (fill, 1)->status, ==, FY_BATCH_ROW_INVALID);
  g_assert_nonnull (strstr (fy_batch_fill_dialog_get_summary (dialog), "3"));
  save_shot (GTK_WIDGET (dialog), "batch-fill-preview");

  fy_batch_fill_dialog_start (dialog);
  g_assert_true (fy_batch_fill_dialog_get_running (dialog));
  wait_while_running (dialog);

  g_assert_cmpfloat (fy_batch_fill_dialog_get_progress (dialog), ==, 1.0);
  g_assert_cmpuint (fy_batch_fill_count (fill, FY_BATCH_ROW_WRITTEN), ==, 2);
  g_assert_true (exists_in (out_dir, "许文.fayan"));
  g_assert_true (exists_in (out_dir, "许文.pdf"));
  g_assert_true (exists_in (out_dir, "邓莉.pdf"));
  g_assert_false (exists_in (out_dir, "line-3.fayan"));
  save_shot (GTK_WIDGET (dialog), "batch-fill-done");

  written_path = g_build_filename (out_dir, "邓莉.fayan", NULL);
  written_file = g_file_new_for_path (written_path);
  written = fy_document_load_from_file (written_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_field_value (written, "发言单位"), ==, "城关镇");
  g_assert_cmpstr (fy_document_get_speaker (written), ==, "邓莉");
  g_assert_cmpuint (fy_document_get_n_blocks (written), ==, fy_document_get_n_blocks (document));
  /* The window's speech was made with no unit, so its speaker line lost
   * {{发言单位}}; the table's unit prints all the same (session 21). */
  g_assert_cmpint (fy_block_get_role (fy_test_block_at (written, 2)), ==, FY_BLOCK_ROLE_SPEAKER);
  speaker_line = fy_document_dup_block_text (written, 2);
  g_assert_cmpstr (speaker_line, ==, "城关镇　邓莉");

  gtk_window_destroy (GTK_WINDOW (dialog));
  fy_test_destroy_window (window);
  fy_test_remove_tree (dir);
}

/* A table of speakers alone will do: the meeting and its date come from
 * the window's speech. */
static void
test_reuse_batch_fill_speakers_only (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = make_earlier ("commitment-speech");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-batch-speakers-XXXXXX", &error);
  g_autofree char *out_dir = g_build_filename (dir, "发言稿", NULL);
  g_autofree char *table = NULL;
  g_autofree char *written_path = NULL;
  g_autoptr(GFile) table_file = NULL;
  g_autoptr(GFile) out = g_file_new_for_path (out_dir);
  g_autoptr(GFile) written_file = NULL;
  g_autoptr(FyDocument) written = NULL;
  FyBatchFillDialog *dialog;
  FyBatchFill *fill;

  g_assert_no_error (error);
  fy_window_set_document (window, document);
  table = write_table (dir, "发言人,发言单位\n张建国,城关镇人民政府\n李秀兰,县教育局\n王海涛,县交通运输局\n");
  table_file = g_file_new_for_path (table);

  dialog = FY_BATCH_FILL_DIALOG (fy_window_batch_fill (window));
  g_assert_true (fy_batch_fill_dialog_load (dialog, table_file, &error));
  g_assert_no_error (error);
  fill = fy_batch_fill_dialog_get_fill (dialog);
  g_assert_cmpuint (fy_batch_fill_get_n_rows (fill), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (fy_batch_fill_get_row (fill, i)->status, ==, FY_BATCH_ROW_READY);
  /* No “0 with errors” when there are none. */
  g_assert_cmpstr (fy_batch_fill_dialog_get_summary (dialog), ==, "3 rows, all ready to be written");

  fy_batch_fill_dialog_set_folder (dialog, out);
  fy_batch_fill_dialog_set_pdf (dialog, FALSE);
  fy_batch_fill_dialog_set_allow_incomplete (dialog, TRUE);
  fy_batch_fill_dialog_start (dialog);
  wait_while_running (dialog);
  g_assert_cmpuint (fy_batch_fill_count (fill, FY_BATCH_ROW_WRITTEN), ==, 3);

  written_path = g_build_filename (out_dir, "李秀兰.fayan", NULL);
  written_file = g_file_new_for_path (written_path);
  written = fy_document_load_from_file (written_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_speaker (written), ==, "李秀兰");
  g_assert_cmpstr (fy_document_get_field_value (written, "会议名称"), ==, "上半年工作推进会");
  g_assert_cmpstr (fy_document_get_field_value (written, "日期"), ==, "2025年6月30日");

  gtk_window_destroy (GTK_WINDOW (dialog));
  fy_test_destroy_window (window);
  fy_test_remove_tree (dir);
}

/* Cancel stops before the rows not yet begun. */
static void
test_reuse_batch_fill_cancel (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-batch-dialog-XXXXXX", &error);
  g_autoptr(GString) contents = g_string_new ("会议名称,发言单位,发言人\n");
  g_autofree char *table = NULL;
  g_autoptr(GFile) table_file = NULL;
  FyBatchFillDialog *dialog;
  FyBatchFill *fill;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (contents, "第%u次会议,第%u单位,发言人%u\n", i + 1, i + 1, i + 1);
  table = write_table (dir, contents->str);
  table_file = g_file_new_for_path (table);

  dialog = FY_BATCH_FILL_DIALOG (fy_window_batch_fill (window));
  g_assert_true (fy_batch_fill_dialog_load (dialog, table_file, &error));
  g_assert_no_error (error);
  fy_batch_fill_dialog_start (dialog);
  fy_batch_fill_dialog_cancel (dialog);
  wait_while_running (dialog);

  fill = fy_batch_fill_dialog_get_fill (dialog);
  g_assert_cmpuint (fy_batch_fill_count (fill, FY_BATCH_ROW_READY), >=, 39);
  g_assert_nonnull (strstr (fy_batch_fill_dialog_get_summary (dialog), "Cancelled"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  fy_test_destroy_window (window);
  fy_test_remove_tree (dir);
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

/* Whether @label lies wholly inside @area (a scrolled window) as drawn. */
static gboolean
shown_whole_in (GtkWidget *label,
                GtkWidget *area)
{
  graphene_point_t top = GRAPHENE_POINT_INIT (0, 0), bottom;

  if (!gtk_widget_compute_point (label, area, &top, &top))
    return FALSE;
  bottom = GRAPHENE_POINT_INIT (0, gtk_widget_get_height (label));
  if (!gtk_widget_compute_point (label, area, &bottom, &bottom))
    return FALSE;

  return top.y >= 0 && bottom.y <= gtk_widget_get_height (area);
}

/* The preview of a longer table shows a useful number of rows at once,
 * and a row's error is shown whole (wrapped), not cut short. */
static void
test_reuse_batch_fill_readable (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-batch-dialog-XXXXXX", &error);
  g_autoptr(GString) contents = g_string_new ("会议名称,发言单位,发言人\n");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *table = NULL;
  g_autoptr(GFile) table_file = NULL;
  FyBatchFillDialog *dialog;
  GtkWidget *view, *scroller;
  const char *message;
  guint n_rows_shown = 0;
  gboolean error_seen = FALSE;

  g_assert_no_error (error);
  for (guint i = 0; i < 14; i++)
    g_string_append_printf (contents, "全县安全生产工作会议,第%u单位,%s\n", i + 1,
                            i == 1 ? "" : "许文");
  table = write_table (dir, contents->str);
  table_file = g_file_new_for_path (table);

  dialog = FY_BATCH_FILL_DIALOG (fy_window_batch_fill (window));
  g_assert_true (fy_batch_fill_dialog_load (dialog, table_file, &error));
  g_assert_no_error (error);
  message = fy_batch_fill_get_row (fy_batch_fill_dialog_get_fill (dialog), 1)->message;
  g_assert_nonnull (message);
  save_shot (GTK_WIDGET (dialog), "batch-fill-readable");
  fy_test_iterate ();

  view = fy_batch_fill_dialog_get_view (dialog);
  scroller = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  collect_labels (view, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_text (label);

      /* The line column: one number per row. */
      if (*text != '\0' && strspn (text, "0123456789") == strlen (text)
          && shown_whole_in (GTK_WIDGET (label), scroller))
        n_rows_shown++;
      if (g_strcmp0 (text, message) == 0)
        {
          error_seen = TRUE;
          g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
          g_assert_true (shown_whole_in (GTK_WIDGET (label), scroller));
        }
    }
  g_test_message ("%u rows shown whole, scroller %d px high", n_rows_shown,
                  gtk_widget_get_height (scroller));
  g_assert_true (error_seen);
  g_assert_cmpuint (n_rows_shown, >=, 7);

  gtk_window_destroy (GTK_WINDOW (dialog));
  fy_test_destroy_window (window);
  fy_test_remove_tree (dir);
}

/* Personal templates come first in the gallery and can be renamed,
 * duplicated and deleted (after a question). */
static void
test_reuse_gallery_personal (void)
{
  FyEnvironment *environment = fy_ui_layout_get_environment ();
  FyTemplateLibrary *library = fy_environment_get_template_library (environment);
  FyTemplate *builtin = fy_environment_lookup_template (environment, "commitment-speech");
  g_autoptr(FyTemplate) mine = fy_template_copy (builtin);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  FyTemplateGallery *gallery;
  AdwMessageDialog *dialog;
  FyTemplate *added;
  GListModel *shown;
  gboolean seen_other = FALSE;
  guint n_items, n_mine = 0;

  fy_template_set_name (mine, "我的表态发言");
  added = fy_template_library_add_user_template (library, mine, &error);
  g_assert_no_error (error);
  id = g_strdup (fy_template_get_id (added));

  gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new (NULL, NULL));
  g_object_ref_sink (gallery);
  gtk_window_present (GTK_WINDOW (gallery));
  fy_test_iterate ();

  /* The library lists the built-in ones first; the gallery does not. */
  shown = fy_template_gallery_get_shown (gallery);
  n_items = g_list_model_get_n_items (shown);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (shown, i);
      gboolean user = fy_template_get_origin (template_) == FY_TEMPLATE_ORIGIN_USER;

      g_assert_false (user && seen_other);
      seen_other |= !user;
      n_mine += user;
    }
  g_assert_cmpuint (n_mine, >=, 1);
  g_assert_true (seen_other);

  gtk_widget_activate_action (GTK_WIDGET (gallery), "gallery.duplicate-template", "s", id);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_items + 1);
  {
    g_autoptr(FyTemplate) first = g_list_model_get_item (shown, 0);

    g_assert_cmpint (fy_template_get_origin (first), ==, FY_TEMPLATE_ORIGIN_USER);
  }

  /* Each answer closes its dialog, as a click does: a dialog left open
   * would be found again and take the next answer. */
  gtk_widget_activate_action (GTK_WIDGET (gallery), "gallery.rename-template", "s", id);
  dialog = fy_test_wait_for_message (GTK_WINDOW (gallery));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "fy-name"), "全县表态发言（本人）");
  fy_test_respond (dialog, "rename");
  g_assert_cmpstr (fy_template_get_name (fy_template_library_lookup (library, id)), ==, "全县表态发言（本人）");
  save_shot (GTK_WIDGET (gallery), "gallery-personal-first");

  gtk_widget_activate_action (GTK_WIDGET (gallery), "gallery.delete-template", "s", id);
  dialog = fy_test_wait_for_message (GTK_WINDOW (gallery));
  g_assert_nonnull (dialog);
  /* Cancel keeps it… */
  fy_test_respond (dialog, "cancel");
  g_assert_nonnull (fy_template_library_lookup (library, id));
  gtk_widget_activate_action (GTK_WIDGET (gallery), "gallery.delete-template", "s", id);
  dialog = fy_test_wait_for_message (GTK_WINDOW (gallery));
  g_assert_nonnull (dialog);
  fy_test_respond (dialog, "delete");
  g_assert_null (fy_template_library_lookup (library, id));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_items);

  gtk_window_destroy (GTK_WINDOW (gallery));
  g_object_unref (gallery);
}

static FyTemplate *
find_user_template (FyTemplateLibrary *library,
                    const char        *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (G_LIST_MODEL (library), i);

      if (fy_template_get_origin (template_) == FY_TEMPLATE_ORIGIN_USER
          && g_strcmp0 (fy_template_get_name (template_), name) == 0)
        return template_;
    }

  return NULL;
}

static void
save_as_template (FyWindow   *window,
                  const char *name)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as-template", NULL);
  dialog = fy_test_wait_for_message (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  entry = fy_test_find_descendant (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  fy_test_respond (dialog, "save");
}

static void
blank_created_cb (FyTemplateGallery *gallery,
                  FyDocument        *document,
                  FyDocument       **out)
{
  *out = g_object_ref (document);
}

/* Session 17's new user: last month's speech, typed without a template,
 * → Save as Template → New was a dead end.  Now the dialog names the
 * fields the template will have, New lists the newest personal template
 * first after a blank document, and one value typed makes next month's
 * speech. */
static void
test_reuse_template_from_typed_speech (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = fy_test_import_plain_data ("monthly-speech.txt");
  FyTemplateLibrary *library = fy_environment_get_template_library (fy_ui_layout_get_environment ());
  g_autoptr(FyDocument) made = NULL;
  g_autoptr(FyDocument) blank = NULL;
  g_autoptr(FyTemplate) first = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  FyTemplateGallery *gallery;
  AdwMessageDialog *dialog;
  FyTemplate *older;
  FyTemplate *mine;
  GtkWidget *flow_box;
  const char *summary;
  guint position = 0;

  fy_window_set_document (window, document);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as-template", NULL);
  dialog = fy_test_wait_for_message (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  summary = gtk_label_get_text (g_object_get_data (G_OBJECT (dialog), "fy-fields"));
  g_test_message ("%s", summary);
  g_assert_nonnull (strstr (summary, "会议名称 (now “全县水利系统10月份工作调度会”)"));
  g_assert_nonnull (strstr (summary, "发言人 (now “林沐阳”)"));
  g_assert_nonnull (strstr (summary, "日期 (today)"));
  screenshot_settled ("reuse-save-as-template-fields");
  fy_test_respond (dialog, "cancel");

  /* Two templates, the first saved an hour earlier. */
  save_as_template (window, "河湖长制月报（旧）");
  older = find_user_template (library, "河湖长制月报（旧）");
  g_assert_nonnull (older);
  info = g_file_info_new ();
  g_file_info_set_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                    (guint64) (g_get_real_time () / G_USEC_PER_SEC - 3600));
  g_assert_true (g_file_set_attributes_from_info (fy_template_get_file (older), info,
                                                  G_FILE_QUERY_INFO_NONE, NULL, &error));
  g_assert_no_error (error);
  save_as_template (window, "河湖长制月报");
  mine = find_user_template (library, "河湖长制月报");
  g_assert_nonnull (mine);
  g_assert_cmpuint (fy_template_get_n_fields (mine), ==, 5);

  gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new (NULL, NULL));
  g_object_ref_sink (gallery);
  gtk_window_present (GTK_WINDOW (gallery));
  fy_test_iterate ();
  /* The newest personal template first… */
  first = g_list_model_get_item (fy_template_gallery_get_shown (gallery), 0);
  g_assert_true (first == mine);
  /* …after a blank document. */
  flow_box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (gallery), FY_TYPE_TEMPLATE_GALLERY,
                                                        "flow_box"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (fy_test_find_descendant (gtk_widget_get_first_child (flow_box),
                                                                           GTK_TYPE_LABEL))),
                   ==, "Blank Document");
  screenshot_settled ("reuse-gallery-blank-first");

  for (position = 0; position < g_list_model_get_n_items (G_LIST_MODEL (library)); position++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (G_LIST_MODEL (library), position);

      if (template_ == mine)
        break;
    }
  fy_template_gallery_select (gallery, position);
  g_assert_true (fy_template_gallery_set_field (gallery, "会议名称", "全县水利系统11月份工作调度会"));
  screenshot_settled ("reuse-gallery-derived-fields");
  made = fy_template_gallery_create_document (gallery, &error);
  g_assert_no_error (error);
  text = fy_document_dup_block_text (made, 1);
  g_assert_cmpstr (text, ==, "——在全县水利系统11月份工作调度会上的发言");
  g_clear_pointer (&text, g_free);
  text = fy_document_dup_block_text (made, 2);
  g_assert_cmpstr (text, ==, "县河湖长制办公室　副主任　林沐阳");
  g_clear_pointer (&text, g_free);
  gtk_window_destroy (GTK_WINDOW (gallery));
  g_object_unref (gallery);

  /* A blank document asks nothing. */
  gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new (NULL, NULL));
  g_object_ref_sink (gallery);
  g_signal_connect (gallery, "document-created", G_CALLBACK (blank_created_cb), &blank);
  fy_template_gallery_create_blank (gallery);
  g_assert_nonnull (blank);
  g_assert_cmpuint (fy_document_get_n_blocks (blank), ==, 1);
  g_assert_null (fy_document_get_template_id (blank));
  g_object_unref (gallery);

  g_assert_true (fy_template_library_delete (library, older, &error));
  g_assert_true (fy_template_library_delete (library, mine, &error));
  g_assert_no_error (error);
  fy_test_destroy_window (window);
}

static gboolean
is_one_line_toast (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_LABEL (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), "A field’s value is one line");
}

/* Insert Field makes the selected text a field with that value: the
 * text prints as before, and the speech has the field. */
static void
test_reuse_insert_field (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) document = fy_test_import_plain_data ("monthly-speech.txt");
  FyEditor *editor = fy_window_get_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  gboolean has_field = FALSE;
  FyDocument *shown;
  FyBlock *subtitle;

  fy_window_set_document (window, document);
  fy_test_iterate ();
  shown = fy_window_get_document (window);
  g_assert_true (line_starts_with (editor, 1, "——在全县水利系统"));
  gtk_text_buffer_get_iter_at_line_offset (buffer, &start, 1, 3);
  gtk_text_buffer_get_iter_at_line_offset (buffer, &end, 1, 3 + 15);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_assert_false (fy_window_insert_field (window, "会议{名称}"));
  g_assert_true (fy_window_insert_field (window, "会议名称"));
  fy_test_iterate ();

  subtitle = fy_document_get_block (shown, 1);
  for (guint i = 0; i < fy_block_get_n_runs (subtitle); i++)
    has_field |= fy_block_get_run (subtitle, i)->kind == FY_RUN_FIELD;
  g_assert_true (has_field);
  g_assert_cmpstr (fy_document_get_field_value (shown, "会议名称"), ==, "全县水利系统10月份工作调度会");
  text = fy_document_dup_block_text (shown, 1);
  g_assert_cmpstr (text, ==, "——在全县水利系统10月份工作调度会上的发言");
  screenshot_settled ("reuse-insert-field");

  /* Over two paragraphs: refused before a name is asked for, with a
   * toast that says why, and the speech as it was. */
  g_clear_pointer (&text, g_free);
  text = fy_export_markdown (shown);
  gtk_text_buffer_get_iter_at_line_offset (buffer, &start, 2, 1);
  gtk_text_buffer_get_iter_at_line_offset (buffer, &end, 3, 2);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.insert-field", NULL));
  fy_test_iterate ();
  g_assert_null (fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
  g_assert_nonnull (fy_test_find_widget (GTK_WIDGET (window), is_one_line_toast, NULL));
  g_assert_false (fy_window_insert_field (window, "主持人"));
  fy_editor_flush (editor);
  after = fy_export_markdown (shown);
  g_assert_cmpstr (after, ==, text);
  g_assert_null (fy_document_get_field_value (shown, "主持人"));
  screenshot_settled ("reuse-insert-field-lines");

  fy_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  fy_test_init_ui (&argc, &argv);

  g_test_add_func ("/ui/reuse/field-undo", test_reuse_field_undo);
  g_test_add_func ("/ui/reuse/field-undo-unmodified", test_reuse_field_undo_unmodified);
  g_test_add_func ("/ui/reuse/field-undo-in-entry", test_reuse_field_undo_in_entry);
  g_test_add_func ("/ui/reuse/fields-panel-restores-lines", test_reuse_fields_panel_restores_lines);
  g_test_add_func ("/ui/reuse/restore-version-undo", test_reuse_restore_version_undo);
  g_test_add_func ("/ui/reuse/new-from-earlier", test_reuse_new_from_earlier);
  g_test_add_func ("/ui/reuse/new-from-plain-earlier", test_reuse_new_from_plain_earlier);
  g_test_add_func ("/ui/reuse/save-as-template", test_reuse_save_as_template);
  g_test_add_func ("/ui/reuse/batch-fill-dialog", test_reuse_batch_fill_dialog);
  g_test_add_func ("/ui/reuse/batch-fill-cancel", test_reuse_batch_fill_cancel);
  g_test_add_func ("/ui/reuse/batch-fill-speakers-only", test_reuse_batch_fill_speakers_only);
  g_test_add_func ("/ui/reuse/batch-fill-readable", test_reuse_batch_fill_readable);
  g_test_add_func ("/ui/reuse/gallery-personal", test_reuse_gallery_personal);
  g_test_add_func ("/ui/reuse/template-from-typed-speech", test_reuse_template_from_typed_speech);
  g_test_add_func ("/ui/reuse/insert-field", test_reuse_insert_field);

  return g_test_run ();
}

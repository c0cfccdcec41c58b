/* test-print.c — printing and export helpers: pages through the renderer, file names, checks
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <unistd.h>

#include "fayan-core.h"
#include "fy-export-dialog.h"
#include "fy-font-report.h"
#include "fy-preferences-window.h"
#include "fy-print-operation.h"
#include "fy-print-preview.h"
#include "fy-test-utils.h"
#include "fy-test-window.h"
#include "fy-ui-layout.h"
#include "fy-ui-resources.h"

static void
test_print_exports_pdf (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(FyPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autoptr(PopplerPage) first = NULL;
  GtkPageSetup *page_setup;
  GtkPrintOperationResult result;
  FyLayout *layout;
  double width;
  double height;

  operation = fy_print_operation_new (document, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (operation);
  g_assert_true (fy_print_operation_get_document (operation) == document);
  layout = fy_print_operation_get_layout (operation);
  g_assert_nonnull (layout);
  g_assert_cmpuint (fy_layout_get_n_pages (layout), >=, 2);

  /* The style's paper, A4 portrait. */
  page_setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation));
  g_assert_nonnull (page_setup);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (page_setup)),
                   ==, GTK_PAPER_NAME_A4);
  g_assert_cmpint (gtk_page_setup_get_orientation (page_setup), ==, GTK_PAGE_ORIENTATION_PORTRAIT);

  dir = g_dir_make_tmp ("fayan-print-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "printed.pdf", NULL);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  pdf = fy_test_pdf_open (path);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, fy_layout_get_n_pages (layout));

  first = poppler_document_get_page (pdf, 0);
  poppler_page_get_size (first, &width, &height);
  g_assert_cmpfloat (fabs (width - 595.28), <, 1);
  g_assert_cmpfloat (fabs (height - 841.89), <, 1);

  text = fy_test_pdf_text (pdf);
  squeezed = fy_test_strip_spaces (text);
  g_assert_nonnull (strstr (squeezed, "各位领导、同志们："));
  g_assert_nonnull (strstr (squeezed, "民意窗口"));
  /* Field values, not references. */
  g_assert_nonnull (strstr (squeezed, "全市人大代表工作座谈会"));
  g_assert_null (strstr (squeezed, "{{"));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static gboolean
pdf_has_font (PopplerDocument *pdf,
              const char      *family)
{
  g_autoptr(GPtrArray) fonts = fy_test_pdf_fonts (pdf);

  /* Subset names look like ABCDEF+LXGWWenKai-Regular */
  for (guint i = 0; i < fonts->len; i++)
    {
      FyTestPdfFont *font = g_ptr_array_index (fonts, i);

      if (font->full_name != NULL && strstr (font->full_name, family) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The body face chosen in the preferences is the one printed. */
static void
test_print_font_override (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(GSettings) settings = g_settings_new (FY_SETTINGS_SCHEMA_ID);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  dir = g_dir_make_tmp ("fayan-print-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "printed.pdf", NULL);

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(FyPrintOperation) operation = NULL;
      g_autoptr(PopplerDocument) pdf = NULL;

      if (round == 0)
        g_settings_reset (settings, "font-overrides");
      else
        g_settings_set_value (settings, "font-overrides",
                              g_variant_new_parsed ("{'fangsong': 'AR PL UKai CN'}"));

      operation = fy_print_operation_new (document, NULL, &error);
      g_assert_no_error (error);
      gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
      g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                                GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                       ==, GTK_PRINT_OPERATION_RESULT_APPLY);
      g_assert_no_error (error);

      pdf = fy_test_pdf_open (path);
      g_assert_true (pdf_has_font (pdf, "NotoSerifCJK"));
      /* 楷体 is LXGW WenKai (fonts-lxgw-wenkai): UKai only when chosen */
      g_assert_true (pdf_has_font (pdf, "UKai") == (round == 1));
    }

  g_settings_reset (settings, "font-overrides");
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_print_uses_given_layout (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(FyPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  layout = fy_ui_layout_document (document, NULL, &error);
  g_assert_no_error (error);

  operation = fy_print_operation_new (document, layout, &error);
  g_assert_no_error (error);
  g_assert_true (fy_print_operation_get_layout (operation) == layout);
}

static void
test_print_bad_preset (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(FyPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  fy_document_set_style_preset (document, "no-such-preset");
  operation = fy_print_operation_new (document, NULL, &error);
  g_assert_null (operation);
  g_assert_nonnull (error);
}

static void
test_export_issues (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "测试标题");
  g_autoptr(FyBlock) first = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FyBlock) second = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) issues = NULL;
  guint n_mentions = 0;

  fy_document_set_field_value (document, "会议名称", "");
  fy_block_append_run (first, FY_RUN_TEXT, "在");
  fy_block_append_run (first, FY_RUN_FIELD, "会议名称");
  fy_block_append_run (first, FY_RUN_TEXT, "上发言。");
  fy_block_append_run (second, FY_RUN_FIELD, "会议名称");
  fy_block_append_run (second, FY_RUN_FIELD, "没有这个字段");
  fy_document_append_block (document, title);
  fy_document_append_block (document, first);
  fy_document_append_block (document, second);

  layout = fy_ui_layout_document (document, NULL, &error);
  g_assert_no_error (error);

  issues = fy_export_dialog_dup_issues (document, layout);
  g_assert_nonnull (issues);

  for (guint i = 0; issues[i] != NULL; i++)
    {
      if (strstr (issues[i], "会议名称") != NULL)
        n_mentions++;
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (issues[i], !=, issues[j]);
    }

  /* Two references to one unfilled field: one line. */
  g_assert_cmpuint (n_mentions, ==, 1);
  {
    gboolean unknown_listed = FALSE;

    for (guint i = 0; issues[i] != NULL; i++)
      unknown_listed |= strstr (issues[i], "没有这个字段") != NULL;
    g_assert_true (unknown_listed);
  }
}

static void
test_export_done_toast (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/发言稿-2026-03-12.pdf");
  AdwToast *toast = fy_export_dialog_new_done_toast (file);

  g_assert_nonnull (strstr (adw_toast_get_title (toast), "发言稿-2026-03-12.pdf"));
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Open");
  g_assert_finalize_object (toast);
}

static GtkWidget *
find_label_with_prefix (GtkWidget  *root,
                        const char *prefix)
{
  if (GTK_IS_LABEL (root) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (root)), prefix))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with_prefix (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
toast_shown (gpointer overlay)
{
  GtkWidget *label = find_label_with_prefix (overlay, "Exported");

  return label != NULL && gtk_widget_get_mapped (label) && gtk_widget_get_width (label) > 0;
}

/* Shows @toast (transfer full) in a window @width pixels wide: its title
 * is not cut off with "…". */
static void
assert_toast_whole (AdwToast *toast,
                    int       width)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *label;

  gtk_window_set_default_size (GTK_WINDOW (window), width, 400);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), gtk_label_new ("(window)"));
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  g_assert_true (fy_test_wait_for (toast_shown, overlay, 5));
  fy_test_iterate ();
  label = find_label_with_prefix (overlay, "Exported");
  g_test_message ("toast title: %s (%d px)", gtk_label_get_text (GTK_LABEL (label)),
                  gtk_widget_get_width (label));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  fy_test_screenshot ("fonts-export-toast");
  gtk_window_destroy (GTK_WINDOW (window));
  fy_test_iterate ();
}

/* Font warnings: not asked before the export, one line after it, the
 * list (role, character, page) on demand.  U+3400 is in none of the 楷体
 * faces of the suite's fonts but Noto Serif CJK: a per-character
 * fallback in a second-level heading on page 1. */
static void
test_export_font_summary (void)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/发言稿.pdf");
  g_auto(GStrv) issues = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *expected = NULL;
  AdwToast *toast;
  GtkWidget *dialog;
  GtkWidget *list;
  gboolean listed = FALSE;

  document = fy_import_markdown ("# 会议讲话\n\n## 一、总体要求\n\n### （一）关于㐀字的说明\n\n正文。\n", -1, &error);
  g_assert_no_error (error);
  layout = fy_ui_layout_document (document, NULL, &error);
  g_assert_no_error (error);

  issues = fy_export_dialog_dup_issues (document, layout);
  g_assert_cmpuint (g_strv_length (issues), ==, 0);

  summary = fy_font_report_dup_summary (layout);
  g_assert_nonnull (summary);
  g_assert_true (g_str_has_prefix (summary, "1 character drawn from a fallback face; "));
  g_assert_true (g_str_has_suffix (summary, " font substitutions"));

  /* The toast counts (1 fallback and the substitutions of the summary);
   * the kinds are in the details. */
  toast = fy_font_report_new_export_toast (NULL, file, layout);
  expected = g_strdup_printf ("Exported “发言稿.pdf” — %u font warnings",
                              1 + (guint) g_ascii_strtoull (strchr (summary, ';') + 2, NULL, 10));
  g_assert_cmpstr (adw_toast_get_title (toast), ==, expected);
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Details");
  g_assert_finalize_object (toast);

  /* It reads whole in a window 900 pixels wide, and a long file name is
   * shortened in the middle. */
  {
    g_autoptr(GFile) dated = g_file_new_for_path ("/tmp/发言稿-2026-12-05.pdf");
    g_autoptr(GFile) longer = g_file_new_for_path ("/tmp/在全国省市人大常委会负责同志学习班上的交流发言-修改稿-第三稿-2026-12-05.pdf");

    toast = fy_font_report_new_export_toast (NULL, longer, layout);
    g_assert_true (g_str_has_prefix (adw_toast_get_title (toast),
                                     "Exported “在全国省市人大常委会负责同志学习…-2026-12-05.pdf” — "));
    g_assert_finalize_object (toast);

    assert_toast_whole (fy_font_report_new_export_toast (NULL, dated, layout), 900);
    assert_toast_whole (fy_font_report_new_export_toast (NULL, longer, layout), 900);
  }

  dialog = fy_font_report_new_details_dialog (NULL, layout, file);
  g_object_ref_sink (dialog);
  list = fy_test_find_named (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)),
                       "font-report-list");
  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      const char *text = gtk_label_get_text (GTK_LABEL (label));

      g_test_message ("%s", text);
      listed |= g_str_has_prefix (text, "Page 1: Font role 楷体: “㐀” (U+3400) is not in “LXGW WenKai”");
    }
  g_assert_true (listed);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);

  /* Nothing to say: the plain toast. */
  toast = fy_font_report_new_export_toast (NULL, file, NULL);
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Open");
  g_assert_finalize_object (toast);
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* The toplevel of @type that appeared, waiting for it to be shown. */
static GtkWindow *
wait_for_window (GType type)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (20000, timeout_cb, &timed_out);
  GtkWindow *found = NULL;

  while (!timed_out && found == NULL)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; found == NULL && i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

          if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
              gtk_widget_get_visible (GTK_WIDGET (window)))
            found = window;
        }

      if (found == NULL)
        g_main_context_iteration (NULL, TRUE);
    }

  g_assert_false (timed_out);
  g_source_remove (timeout_id);

  return found;
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (GAsyncResult **result)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (30000, timeout_cb, &timed_out);

  while (!timed_out && *result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (timeout_id);

  return *result;
}

/* The whole Export PDF flow as a user goes through it: the file chooser
 * (GTK's own dialog: no portal under test), the check of problems, the
 * PDF written in a worker thread. */
static void
test_export_pdf_flow (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) written = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *basename = NULL;
  GtkWindow *chooser;
  GtkWindow *confirm;

  dir = g_dir_make_tmp ("fayan-export-XXXXXX", &error);
  g_assert_no_error (error);
  folder = g_file_new_for_path (dir);

  /* An unfilled field, so that the check has something to ask about. */
  fy_document_set_field_value (document, "发言人", "");

  fy_export_dialog_export_pdf_async (NULL, document, NULL, NULL, NULL, export_done_cb, &result);

  chooser = wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  /* The proposed name: title and date. */
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)),
                   ==, "把代表联络站建成群众家门口的“民意窗口”-2026-03-12.pdf");
  /* The chooser goes to its first folder asynchronously, and then to
   * ours: wait for each (setting ours before it reached its first one
   * loses ours), then press Export (a bare gtk_dialog_response() skips
   * the chooser's own checks and is ignored). */
  fy_test_wait_for_chooser_folder (chooser, NULL);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  fy_test_wait_for_chooser_folder (chooser, folder);
  /* Typed without the extension: it is added. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "发言稿");
  gtk_widget_activate (gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT));

  confirm = wait_for_window (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (confirm)), "发言人"));
  g_assert_null (result);
  /* What the button does: answer, then close (which answers "cancel"
   * once more, to be ignored). */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "export");
  gtk_window_close (confirm);

  written = fy_export_dialog_export_pdf_finish (wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (written);
  basename = g_file_get_basename (written);
  g_assert_cmpstr (basename, ==, "发言稿.pdf");

  pdf_path = g_file_get_path (written);
  pdf = fy_test_pdf_open (pdf_path);
  text = fy_test_pdf_text (pdf);
  squeezed = fy_test_strip_spaces (text);
  g_assert_nonnull (strstr (squeezed, "各位领导、同志们："));

  g_assert_true (g_file_delete (written, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_export_png_flow (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) written = NULL;
  g_autoptr(GdkTexture) page = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GtkWindow *chooser;

  /* A folder chooser lists the chosen folder's parent. GTK 4.8 aborts in
   * file_system_model_set() when a folder it lists comes and goes while
   * it loads (as in /tmp on a busy machine), so the pages go into a
   * folder inside a private one that nothing else writes to. */
  parent = g_dir_make_tmp ("fayan-export-XXXXXX", &error);
  g_assert_no_error (error);
  dir = g_build_filename (parent, "pages", NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  folder = g_file_new_for_path (dir);

  fy_export_dialog_export_png_async (NULL, document, NULL, NULL, NULL, export_done_cb, &result);

  chooser = wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)),
                   ==, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), folder, NULL));
  fy_test_wait_for_chooser_file (chooser, folder);
  gtk_widget_activate (gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT));

  /* The suite's fonts lack the office faces, but substitutions are no
   * question to ask before every export: the pages are written at once,
   * and the toast says it in one line. */
  written = fy_export_dialog_export_png_finish (wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (written, folder));
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    g_autofree char *summary = fy_font_report_dup_summary (fy_export_dialog_get_layout (result));
    g_autoptr(AdwToast) toast = fy_font_report_new_export_toast (NULL, written,
                                                                 fy_export_dialog_get_layout (result));

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

        g_assert_false (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)));
      }
    g_assert_nonnull (summary);
    g_assert_true (g_str_has_suffix (adw_toast_get_title (toast), " font warnings"));
  }

  first = g_build_filename (dir, "page-1.png", NULL);
  second = g_build_filename (dir, "page-2.png", NULL);
  page = gdk_texture_new_from_filename (first, &error);
  g_assert_no_error (error);
  /* A4 at 150 dpi */
  g_assert_cmpint (gdk_texture_get_width (page), ==, 1240);
  g_assert_true (g_file_test (second, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (g_remove (first), ==, 0);
  g_assert_cmpint (g_remove (second), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_cmpint (g_rmdir (parent), ==, 0);
}

static void
test_export_pdf_cancelled (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) written = NULL;
  GtkWindow *chooser;

  fy_export_dialog_export_pdf_async (NULL, document, NULL, NULL, NULL, export_done_cb, &result);
  chooser = wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  gtk_widget_activate (gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL));

  written = fy_export_dialog_export_pdf_finish (wait_for_result (&result), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (written);
}

/* A speech saved as 十一月发言.fayan: Export PDF proposes 十一月发言.pdf,
 * not the title and date (session 17's new user got
 * "未命名发言稿-DATE.pdf" for a speech with no title). */
static void
test_export_pdf_saved_name (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) written = NULL;
  g_autoptr(GFile) saved = g_file_new_for_path ("/nonexistent/十一月发言.fayan");
  g_autofree char *proposed = NULL;
  GtkWindow *chooser;

  fy_export_dialog_export_pdf_async (NULL, document, saved, NULL, NULL, export_done_cb, &result);
  chooser = wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  proposed = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (proposed, ==, "十一月发言.pdf");
  gtk_widget_activate (gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL));

  written = fy_export_dialog_export_pdf_finish (wait_for_result (&result), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (written);
}

/* Issue 17: the window passes the document's own file, and a PDF chosen
 * over it (here through a hard link: the chooser adds .pdf to any other
 * name) is refused, as `fayan-cli render -o` refuses it. */
static void
test_export_pdf_own_input (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) own = NULL;
  g_autoptr(GFile) written = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *own_path = NULL;
  g_autofree char *link_path = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *after = NULL;
  GStatBuf own_stat, link_stat;
  GtkWindow *chooser;

  dir = g_dir_make_tmp ("fayan-export-XXXXXX", &error);
  g_assert_no_error (error);
  folder = g_file_new_for_path (dir);
  own_path = g_build_filename (dir, "发言稿.fayan", NULL);
  link_path = g_build_filename (dir, "发言稿.pdf", NULL);
  own = g_file_new_for_path (own_path);
  g_assert_true (fy_document_save_to_file (document, own, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (own_path, &saved, NULL, NULL));
  g_assert_cmpint (link (own_path, link_path), ==, 0);

  fy_export_dialog_export_pdf_async (NULL, document, own, NULL, NULL, export_done_cb, &result);

  chooser = wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  /* The chooser opens beside the speech's own file, not in Documents or
   * the program's working folder. */
  fy_test_wait_for_chooser_folder (chooser, folder);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "发言稿");
  gtk_widget_activate (gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT));

  written = fy_export_dialog_export_pdf_finish (wait_for_result (&result), &error);
  g_assert_null (written);
  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_test_message ("%s", error->message);

  /* Nothing written: the document and its link are as they were. */
  g_assert_true (g_file_get_contents (own_path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, saved);
  g_assert_cmpint (g_stat (own_path, &own_stat), ==, 0);
  g_assert_cmpint (g_stat (link_path, &link_stat), ==, 0);
  g_assert_cmpuint (own_stat.st_ino, ==, link_stat.st_ino);

  g_assert_cmpint (g_remove (link_path), ==, 0);
  g_assert_cmpint (g_remove (own_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static gboolean
has_print_preview (gpointer data)
{
  return fy_test_find_toplevel (FY_TYPE_PRINT_PREVIEW, NULL) != NULL;
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         gpointer                 user_data)
{
  *(gboolean *)user_data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *)data;
}

/* Preview shows Fayan's own pages; Escape closes them and ends the
 * operation. */
static void
test_print_own_preview (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(FyPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  FyPrintPreview *preview;
  gboolean done = FALSE;

  operation = fy_print_operation_new (document, NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), &done);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);

  /* What the dialog's Preview button runs. */
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PREVIEW, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, !=, GTK_PRINT_OPERATION_RESULT_ERROR);
  g_assert_true (fy_test_wait_for (has_print_preview, NULL, 10));
  preview = FY_PRINT_PREVIEW (fy_test_find_toplevel (FY_TYPE_PRINT_PREVIEW, NULL));
  g_assert_cmpuint (fy_print_preview_get_n_pages (preview), ==,
                    fy_layout_get_n_pages (fy_print_operation_get_layout (operation)));
  g_assert_cmpuint (fy_print_preview_get_n_pages (preview), >=, 2);
  fy_test_iterate ();
  fy_test_screenshot ("print-preview");

  /* Escape closes it, as it closes the print dialog. */
  fy_test_press_escape (GTK_WIDGET (preview));
  g_assert_true (fy_test_wait_for (is_true, &done, 10));
  g_assert_null (fy_test_find_toplevel (FY_TYPE_PRINT_PREVIEW, NULL));
}

/* The printer and paper of the last print come back the next time. */
static void
test_print_settings_remembered (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(FyPrintOperation) first = NULL;
  g_autoptr(FyPrintOperation) second = NULL;
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-print-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *ini = g_build_filename (g_get_user_config_dir (), "fayan", "print.ini", NULL);
  GtkPrintSettings *loaded;
  GtkPrintOperationResult result;

  g_assert_no_error (error);
  g_unlink (ini);

  first = fy_print_operation_new (document, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (first)));

  gtk_print_settings_set_printer (settings, "办公室打印机");
  gtk_print_settings_set_n_copies (settings, 3);
  gtk_print_settings_set_duplex (settings, GTK_PRINT_DUPLEX_VERTICAL);
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (first), settings);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (first), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (first),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (ini, G_FILE_TEST_IS_REGULAR));

  second = fy_print_operation_new (document, NULL, &error);
  g_assert_no_error (error);
  loaded = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (second));
  g_assert_nonnull (loaded);
  g_assert_cmpstr (gtk_print_settings_get_printer (loaded), ==, "办公室打印机");
  g_assert_cmpint (gtk_print_settings_get_n_copies (loaded), ==, 3);
  g_assert_cmpint (gtk_print_settings_get_duplex (loaded), ==, GTK_PRINT_DUPLEX_VERTICAL);

  g_unlink (path);
  g_rmdir (dir);
  g_unlink (ini);
}

/* Print to File writes beside the speech under its name, not GTK's
 * output.pdf in the program's working folder; printer settings stay. */
static void
test_print_output_name (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(FyPrintOperation) operation = NULL;
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GFile) file = g_file_new_for_path ("/srv/发言稿/全县会议.fayan");
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *path = NULL;
  GtkPrintSettings *used;

  operation = fy_print_operation_new (document, NULL, &error);
  g_assert_no_error (error);
  gtk_print_settings_set_printer (settings, "办公室打印机");
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), settings);

  fy_print_operation_suggest_output (operation, file);
  used = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation));
  path = g_filename_from_uri (gtk_print_settings_get (used, GTK_PRINT_SETTINGS_OUTPUT_URI), NULL, NULL);
  g_assert_cmpstr (path, ==, "/srv/发言稿/全县会议.pdf");
  g_assert_cmpstr (gtk_print_settings_get_printer (used), ==, "办公室打印机");
  g_clear_pointer (&path, g_free);

  /* Not saved yet: named by its title, in the folder printed to last. */
  fy_document_set_title (document, "关于安全生产的表态发言");
  fy_print_operation_suggest_output (operation, NULL);
  used = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation));
  path = g_filename_from_uri (gtk_print_settings_get (used, GTK_PRINT_SETTINGS_OUTPUT_URI), NULL, NULL);
  g_assert_cmpstr (path, ==, "/srv/发言稿/关于安全生产的表态发言.pdf");
  g_clear_pointer (&path, g_free);

  /* Beside the PDF exported under that name: one that cannot replace it. */
  {
    g_autofree char *dir = g_dir_make_tmp ("fayan-print-XXXXXX", NULL);
    g_autofree char *speech = g_build_filename (dir, "讲话.fayan", NULL);
    g_autofree char *exported = g_build_filename (dir, "讲话.pdf", NULL);
    g_autofree char *printed = g_build_filename (dir, "讲话 (printed).pdf", NULL);
    g_autoptr(GFile) speech_file = g_file_new_for_path (speech);

    g_assert_true (g_file_set_contents (exported, "%PDF-1.5\n", -1, NULL));
    fy_print_operation_suggest_output (operation, speech_file);
    used = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation));
    path = g_filename_from_uri (gtk_print_settings_get (used, GTK_PRINT_SETTINGS_OUTPUT_URI), NULL, NULL);
    g_assert_cmpstr (path, ==, printed);
    g_unlink (exported);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config_home = g_dir_make_tmp ("fayan-test-config-XXXXXX", NULL);

  /* Remembered print settings go to a folder of our own. */
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  fy_test_move_pointer_aside ();
  adw_init ();
  fy_core_init ();
  fy_ui_register_resource ();

  g_test_add_func ("/ui/print/exports-pdf", test_print_exports_pdf);
  g_test_add_func ("/ui/print/uses-given-layout", test_print_uses_given_layout);
  g_test_add_func ("/ui/print/font-override", test_print_font_override);
  g_test_add_func ("/ui/print/bad-preset", test_print_bad_preset);
  g_test_add_func ("/ui/print/own-preview", test_print_own_preview);
  g_test_add_func ("/ui/print/settings-remembered", test_print_settings_remembered);
  g_test_add_func ("/ui/print/output-name", test_print_output_name);
  g_test_add_func ("/ui/export/issues", test_export_issues);
  g_test_add_func ("/ui/export/done-toast", test_export_done_toast);
  g_test_add_func ("/ui/export/font-summary", test_export_font_summary);
  g_test_add_func ("/ui/export/pdf-flow", test_export_pdf_flow);
  g_test_add_func ("/ui/export/pdf-cancelled", test_export_pdf_cancelled);
  g_test_add_func ("/ui/export/pdf-saved-name", test_export_pdf_saved_name);
  g_test_add_func ("/ui/export/png-flow", test_export_png_flow);
  g_test_add_func ("/ui/export/pdf-own-input", test_export_pdf_own_input);

  return g_test_run ();
}

/* test-mnemonics.c — no two mnemonics of one dialog share a letter
 *
 * Opens each dialog and window of the application as a user does (the
 * actions of the main window and of the application, the file choosers,
 * the question asked on closing, the batch fill's choosers), in zh_CN and
 * in English, and asserts that no two labels shown at once in one of them
 * have the same mnemonic letter.  With a clash Alt+letter goes to the
 * first of them only: 取消(C) and 比较(C) in the review chooser did, and
 * Alt+C cancelled where the user meant to compare.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "fy-application.h"
#include "fy-print-operation.h"
#include "fy-template-gallery.h"
#include "fy-test-window.h"
#include "fy-ui-layout.h"
#include "fy-window.h"

/* The actions that open a dialog or a window, with their parameter (not
 * the keyboard shortcuts window: GTK 4.8 warns about its labels' widths
 * when it is shown; check_shortcuts_window() reads it unshown). */
static const struct {
  const char *action;
  const char *parameter;
} dialog_actions[] = {
  { "win.open", NULL },
  { "win.save-as", NULL },
  { "win.new-from-earlier", NULL },
  { "win.new", NULL },
  { "win.save-as-template", NULL },
  { "win.insert-field", NULL },
  { "win.batch-fill", NULL },
  { "win.save-version", NULL },
  { "win.versions", NULL },
  { "win.compare-version", "uint32 0" },
  { "win.review-file", NULL },
  { "win.insert-table", NULL },
  { "win.export-pdf", NULL },
  { "win.export-png", NULL },
  { "win.export-docx", NULL },
  { "win.export-markdown", NULL },
  { "win.export-text", NULL },
  { "app.preferences", NULL },
  { "app.about", NULL },
  { "app.help", NULL },
};

/* Adds the mnemonic of each label shown under @widget to @seen (keyval →
 * label), and "A / B" to @clashes for a letter taken twice. */
static void
collect_mnemonics_of (GtkWidget  *widget,
                      gboolean    shown_only,
                      GHashTable *seen,
                      GPtrArray  *clashes)
{
  if (shown_only && !gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      guint keyval = gtk_label_get_mnemonic_keyval (GTK_LABEL (widget));
      const char *text = gtk_label_get_label (GTK_LABEL (widget));

      /* GTK 4.8 gives a keyval to a column title with no underline */
      if (keyval != GDK_KEY_VoidSymbol && gtk_label_get_use_underline (GTK_LABEL (widget)) &&
          strchr (text, '_') != NULL)
        {
          const char *other;

          keyval = gdk_keyval_to_lower (keyval);
          other = g_hash_table_lookup (seen, GUINT_TO_POINTER (keyval));
          if (other != NULL)
            g_ptr_array_add (clashes, g_strdup_printf ("%s / %s", other, text));
          else
            g_hash_table_insert (seen, GUINT_TO_POINTER (keyval), (gpointer) text);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_mnemonics_of (child, shown_only, seen, clashes);
}

static void
collect_mnemonics (GtkWidget  *widget,
                   GHashTable *seen,
                   GPtrArray  *clashes)
{
  collect_mnemonics_of (widget, TRUE, seen, clashes);
}

typedef struct
{
  GPtrArray *before;   /* the toplevels before an action */
  GPtrArray *clashes;  /* "what: A / B" */
  guint      n_checked;
} Check;

static gboolean
is_new (GtkWindow *window,
        Check     *check)
{
  return gtk_widget_get_visible (GTK_WIDGET (window)) &&
         !g_ptr_array_find (check->before, window, NULL);
}

static gboolean
has_new_toplevel (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (is_new (window, data))
        return TRUE;
    }
  return FALSE;
}

static void
remember_toplevels (Check *check)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_ptr_array_set_size (check->before, 0);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    g_ptr_array_add (check->before, g_list_model_get_item (toplevels, i));
}

/* Checks the labels shown under @root (a window, or a popover, which
 * has mnemonics of its own) as one set. */
static void
check_widget (Check      *check,
              GtkWidget  *root,
              const char *what)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) clashes = g_ptr_array_new_with_free_func (g_free);

  collect_mnemonics (root, seen, clashes);
  g_test_message ("%s: %u mnemonics", what, g_hash_table_size (seen));
  for (guint j = 0; j < clashes->len; j++)
    g_ptr_array_add (check->clashes, g_strdup_printf ("%s: %s", what,
                                                      (char *) g_ptr_array_index (clashes, j)));
  check->n_checked++;
}

/* Checks the windows that appeared since remember_toplevels(), which
 * must be at least one, then closes them unless @keep. */
static GtkWindow *
check_new_toplevels (Check      *check,
                     const char *what,
                     gboolean    keep)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWindow *kept = NULL;

  g_assert_true (fy_test_wait_for (has_new_toplevel, check, 5));
  fy_test_run_for (200);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (is_new (window, check))
        g_ptr_array_add (found, g_object_ref (window));
    }

  for (guint i = 0; i < found->len; i++)
    {
      GtkWindow *window = g_ptr_array_index (found, i);

      check_widget (check, GTK_WIDGET (window), what);
      if (keep)
        kept = window;
      else
        gtk_window_destroy (window);
    }
  fy_test_iterate ();
  return kept;
}

static gboolean
is_template_menu_button (GtkWidget     *widget,
                         gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) &&
         g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), "view-more-symbolic") == 0;
}

/* The gallery (win.new) with a template of the user's: its menu (rename,
 * duplicate, delete), the questions those ask, and a template's form. */
static void
check_gallery (Check    *check,
               FyWindow *window)
{
  FyEnvironment *environment = fy_ui_layout_get_environment ();
  FyTemplateLibrary *library = fy_environment_get_template_library (environment);
  g_autoptr(FyTemplate) mine = fy_template_copy (fy_environment_lookup_template (environment,
                                                                                 "commitment-speech"));
  g_autofree char *id = fy_template_generate_id ();
  g_autoptr(GError) error = NULL;
  GtkWindow *gallery;
  GtkWidget *menu_button;

  fy_template_set_name (mine, "我的表态发言");
  fy_template_set_id (mine, id);
  g_assert_nonnull (fy_template_library_add_user_template (library, mine, &error));
  g_assert_no_error (error);

  remember_toplevels (check);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  gallery = check_new_toplevels (check, "win.new", TRUE);
  g_assert_true (FY_IS_TEMPLATE_GALLERY (gallery));

  menu_button = fy_test_find_widget (GTK_WIDGET (gallery), is_template_menu_button, NULL);
  g_assert_nonnull (menu_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  fy_test_run_for (200);
  check_widget (check, GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button))),
                "gallery: a template's menu");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  fy_test_iterate ();

  remember_toplevels (check);
  gtk_widget_activate_action (GTK_WIDGET (gallery), "gallery.rename-template", "s", id);
  check_new_toplevels (check, "gallery: rename a template", FALSE);
  remember_toplevels (check);
  gtk_widget_activate_action (GTK_WIDGET (gallery), "gallery.delete-template", "s", id);
  check_new_toplevels (check, "gallery: delete a template", FALSE);

  fy_template_gallery_select (FY_TEMPLATE_GALLERY (gallery),
                              fy_test_find_template (G_LIST_MODEL (library), "exchange-speech"));
  fy_test_run_for (200);
  check_widget (check, GTK_WIDGET (gallery), "gallery: a template's fields");

  gtk_window_destroy (gallery);
  fy_test_iterate ();
  g_assert_true (fy_template_library_delete (library, fy_template_library_lookup (library, id), &error));
  g_assert_no_error (error);
}

/* The keyboard shortcuts window (win.show-help-overlay), built from its
 * resource as GTK builds it, every label counted, shown or not. */
static void
check_shortcuts_window (Check *check)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) clashes = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  collect_mnemonics_of (overlay, FALSE, seen, clashes);
  g_test_message ("shortcuts window: %u mnemonics", g_hash_table_size (seen));
  for (guint i = 0; i < clashes->len; i++)
    g_ptr_array_add (check->clashes, g_strdup_printf ("shortcuts window: %s",
                                                      (char *) g_ptr_array_index (clashes, i)));
  check->n_checked++;
  gtk_window_destroy (GTK_WINDOW (overlay));
}

/* The offer to restore a speech that was not saved when Fayan stopped. */
static void
check_recovery (Check         *check,
                FyApplication *app)
{
  FyWindow *lost = fy_test_make_window (app);
  FyWindow *window;
  GtkWindow *offer;

  fy_test_type_at (lost, 4, 0, "没有保存的句子。");
  g_assert_true (fy_window_autosave_now (lost, NULL));
  gtk_window_destroy (GTK_WINDOW (lost));
  g_object_unref (lost);

  window = fy_test_make_window (app);
  remember_toplevels (check);
  g_assert_nonnull (fy_application_offer_recovery (app, GTK_WINDOW (window)));
  offer = check_new_toplevels (check, "recovery", TRUE);
  fy_test_respond (ADW_MESSAGE_DIALOG (offer), "discard");
  g_ptr_array_set_size (check->before, 0);
  fy_test_destroy_window (window);
  fy_test_iterate ();
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gboolean                *done)
{
  *done = TRUE;
}

/* Fayan's own print preview (the print dialog is GTK's). */
static void
check_print_preview (Check    *check,
                     FyWindow *window)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyPrintOperation) operation = fy_print_operation_new (fy_window_get_document (window),
                                                                  NULL, &error);
  GtkWindow *preview;
  gboolean done = FALSE;

  g_assert_no_error (error);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), &done);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  remember_toplevels (check);
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PREVIEW,
                           NULL, &error);
  g_assert_no_error (error);
  preview = check_new_toplevels (check, "print preview", TRUE);
  fy_test_press_escape (GTK_WIDGET (preview));
  g_assert_true (fy_test_wait_for (is_true, &done, 10));
}

static void
check_batch_choosers (Check     *check,
                      FyWindow  *window)
{
  GtkWindow *batch;

  remember_toplevels (check);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.batch-fill", NULL));
  batch = check_new_toplevels (check, "win.batch-fill", TRUE);
  g_assert_nonnull (batch);

  remember_toplevels (check);
  fy_test_click_button (GTK_WIDGET (batch), _("Choose a Table…"));
  check_new_toplevels (check, "batch fill: table chooser", FALSE);
  remember_toplevels (check);
  fy_test_click_button (GTK_WIDGET (batch), _("Choose a Folder…"));
  check_new_toplevels (check, "batch fill: folder chooser", FALSE);
  gtk_window_destroy (batch);
  fy_test_iterate ();
}

static void
check_all_dialogs (FyApplication *app,
                   const char    *language)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-mnemonics-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "发言.fayan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Check check = { g_ptr_array_new_with_free_func (g_object_unref),
                  g_ptr_array_new_with_free_func (g_free), 0 };
  FyWindow *window = fy_test_make_window (app);

  g_assert_no_error (error);
  g_assert_true (fy_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  fy_document_save_version (fy_window_get_document (window), "送审稿", NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (dialog_actions); i++)
    {
      const char *action = dialog_actions[i].action;
      g_autoptr(GVariant) parameter = NULL;

      if (dialog_actions[i].parameter != NULL)
        parameter = g_variant_ref_sink (g_variant_parse (NULL, dialog_actions[i].parameter,
                                                         NULL, NULL, NULL));
      remember_toplevels (&check);
      if (g_str_has_prefix (action, "app."))
        g_action_group_activate_action (G_ACTION_GROUP (app), action + strlen ("app."), parameter);
      else
        g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
      check_new_toplevels (&check, action, FALSE);
    }
  check_batch_choosers (&check, window);
  check_gallery (&check, window);
  check_print_preview (&check, window);
  check_shortcuts_window (&check);

  /* the question on closing a speech with changes */
  fy_test_type_at (window, 1, 0, "各位");
  remember_toplevels (&check);
  gtk_window_close (GTK_WINDOW (window));
  check_new_toplevels (&check, "close", FALSE);

  check_recovery (&check, app);
  for (guint i = 0; i < check.clashes->len; i++)
    g_test_message ("%s: same mnemonic: %s", language, (char *) g_ptr_array_index (check.clashes, i));
  g_assert_cmpuint (check.n_checked, >=, G_N_ELEMENTS (dialog_actions) + 10);
  g_assert_cmpuint (check.clashes->len, ==, 0);

  g_ptr_array_unref (check.before);
  g_ptr_array_unref (check.clashes);
  fy_test_destroy_window (window);
  fy_test_iterate ();
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_mnemonics_zh_cn (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();

  /* the catalog is read: 取消 for _Cancel */
  g_assert_cmpstr (_("_Cancel"), !=, "_Cancel");
  check_all_dialogs (app, "zh_CN");
}

static void
test_mnemonics_english (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();

  /* The English msgids: a text domain with no catalog. */
  textdomain ("fayan-untranslated");
  g_assert_cmpstr (_("_Cancel"), ==, "_Cancel");
  check_all_dialogs (app, "en");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = NULL;

  /* Chinese as a user asks for it (as test-l10n.c), the catalogs of the
   * build tree bound before fy_test_init_ui() initialises the core;
   * gtk_test_init() sets a locale of its own, set again after. */
  localedir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "po", NULL);
  g_setenv ("FAYAN_LOCALEDIR", localedir, TRUE);
  g_setenv ("LANG", "zh_CN.UTF-8", TRUE);
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_unsetenv ("LANGUAGE");
  fy_test_init_ui (&argc, &argv);
  fy_test_tolerate_snapshot_warning ();
  fy_core_setlocale ();
  textdomain (GETTEXT_PACKAGE);
  {
    g_autofree char *help = g_build_filename (g_getenv ("FAYAN_SOURCE_ROOT"), "help", "C", NULL);

    g_setenv ("FAYAN_HELP_DIR", help, TRUE);
  }

  g_test_add_func ("/ui/mnemonics/zh-cn", test_mnemonics_zh_cn);
  g_test_add_func ("/ui/mnemonics/english", test_mnemonics_english);

  return g_test_run ();
}

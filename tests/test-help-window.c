/* test-help-window.c — F1 and ☰ Help show the user guide, or say why not
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fy-application.h"
#include "fy-help-window.h"
#include "fy-test-window.h"
#include "fy-window.h"

/* Whether @model, or a section or submenu of it, has an item for @action. */
static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) linked = g_menu_link_iter_get_value (links);

          if (menu_has_action (linked, action))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
label_matches (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

/* The page's title, above its text. */
static gboolean
page_title_matches (GtkWidget     *widget,
                    gconstpointer  data)
{
  return label_matches (widget, data) && gtk_widget_has_css_class (widget, "title-2");
}

static gboolean
help_window_shown (gpointer data)
{
  return fy_test_find_toplevel (FY_TYPE_HELP_WINDOW, NULL) != NULL;
}

static guint
count_help_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      n += FY_IS_HELP_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window));
    }
  return n;
}

/* F1 opens the guide at its index, listed in the menu too; a link opens
 * the page it names; F1 again brings back the same window. */
static void
test_help_f1 (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autofree char *help_dir = g_build_filename (g_getenv ("FAYAN_SOURCE_ROOT"), "help", "C", NULL);
  g_auto(GStrv) accels = NULL;
  FyWindow *window;
  GtkWindow *help;
  GtkWidget *link;
  GtkWidget *menu_button;
  gboolean handled = FALSE;

  /* the guide in this source tree, not an installed one */
  g_setenv ("FAYAN_HELP_DIR", help_dir, TRUE);
  window = fy_test_make_window (app);

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.help");
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "F1");
  menu_button = fy_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)),
                                  "app.help"));

  g_assert_true (fy_test_press_key (GTK_WIDGET (window), GDK_KEY_F1, 0));
  g_assert_true (fy_test_wait_for (help_window_shown, NULL, 5));
  help = fy_test_find_toplevel (FY_TYPE_HELP_WINDOW, NULL);
  fy_test_run_for (200);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (help)));
  g_assert_cmpstr (gtk_window_get_title (help), ==, _("Fayan Help"));
  g_assert_cmpstr (fy_help_window_get_page (FY_HELP_WINDOW (help)), ==, "index");
  /* the index's title and its list of pages, shown */
  g_assert_nonnull (fy_test_find_widget (GTK_WIDGET (help), page_title_matches, "发言稿用户指南"));
  link = fy_test_find_widget (GTK_WIDGET (help), label_matches, "• 一分钟写出第一篇发言稿");
  g_assert_nonnull (link);

  /* the link, as a click on it */
  g_signal_emit_by_name (link, "activate-link", "help:fayan/first-speech", &handled);
  fy_test_iterate ();
  g_assert_true (handled);
  g_assert_cmpstr (fy_help_window_get_page (FY_HELP_WINDOW (help)), ==, "first-speech");
  g_assert_nonnull (fy_test_find_widget (GTK_WIDGET (help), page_title_matches, "一分钟写出第一篇发言稿"));
  g_assert_null (fy_test_find_widget (GTK_WIDGET (help), page_title_matches, "发言稿用户指南"));
  g_assert_false (fy_help_window_show_page (FY_HELP_WINDOW (help), "no-such-page"));

  g_assert_true (fy_test_press_key (GTK_WIDGET (window), GDK_KEY_F1, 0));
  fy_test_run_for (200);
  g_assert_cmpuint (count_help_windows (), ==, 1);

  gtk_window_destroy (help);
  fy_test_destroy_window (window);
  g_unsetenv ("FAYAN_HELP_DIR");
}

/* With the guide missing, a message says so and what to do. */
static void
test_help_missing (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window;
  AdwMessageDialog *message;
  g_autofree char *body = NULL;

  g_setenv ("FAYAN_HELP_DIR", "/nonexistent/fayan-help", TRUE);
  window = fy_test_make_window (app);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.help", NULL));
  message = fy_test_wait_for_message (GTK_WINDOW (window));
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, _("The User Guide Cannot Be Shown"));
  body = g_strdup (adw_message_dialog_get_body (message));
  g_test_message ("%s", body);
  g_assert_nonnull (strstr (body, "/nonexistent/fayan-help"));
  g_assert_nonnull (strstr (body, "index.page"));
  g_assert_cmpuint (count_help_windows (), ==, 0);
  fy_test_respond (message, "close");

  fy_test_destroy_window (window);
  g_unsetenv ("FAYAN_HELP_DIR");
}

int
main (int   argc,
      char *argv[])
{
  fy_test_init_ui (&argc, &argv);
  fy_test_tolerate_snapshot_warning ();

  g_test_add_func ("/ui/help/f1", test_help_f1);
  g_test_add_func ("/ui/help/missing", test_help_missing);

  return g_test_run ();
}

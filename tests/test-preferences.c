/* test-preferences.c — the preferences window keeps GSettings and widgets in step
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <adwaita.h>
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-preferences-window.h"
#include "fy-test-utils.h"
#include "fy-test-window.h"
#include "fy-style.h"
#include "fy-ui-resources.h"

static GSettings *
new_settings (void)
{
  GSettings *settings = g_settings_new (FY_SETTINGS_SCHEMA_ID);
  const char * const keys[] = {
    "default-style-preset", "speaking-rate", "font-overrides", "template-folders",
  };

  /* The memory backend lives as long as the process: start each test clean. */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);

  return settings;
}

static guint
count_rows_with_subtitle (GtkWidget  *root,
                          const char *subtitle)
{
  guint n = 0;

  if (ADW_IS_ACTION_ROW (root) &&
      g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (root)), subtitle) == 0 &&
      gtk_widget_get_visible (root))
    n++;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows_with_subtitle (child, subtitle);

  return n;
}

static void
test_preferences_style_preset (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  FyPreferencesWindow *window;
  AdwComboRow *style_row;
  g_autofree char *preset = NULL;

  window = FY_PREFERENCES_WINDOW (fy_preferences_window_new (NULL, settings));
  g_object_ref_sink (window);
  g_assert_true (fy_preferences_window_get_settings (window) == settings);

  style_row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                            FY_TYPE_PREFERENCES_WINDOW,
                                                            "style_row"));
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 0);

  /* Every preset of the engine is offered. */
  {
    g_auto(GStrv) presets = fy_style_list_presets ();

    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (style_row)),
                      ==, g_strv_length (presets));
    g_assert_cmpuint (g_strv_length (presets), >=, 3);
  }

  /* settings → widget */
  g_settings_set_string (settings, "default-style-preset", "reading");
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 1);

  /* widget → settings */
  adw_combo_row_set_selected (style_row, 2);
  preset = g_settings_get_string (settings, "default-style-preset");
  g_assert_cmpstr (preset, ==, "review");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_preferences_speaking_rate (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  FyPreferencesWindow *window;
  GtkSpinButton *spin;

  window = FY_PREFERENCES_WINDOW (fy_preferences_window_new (NULL, settings));
  g_object_ref_sink (window);

  spin = GTK_SPIN_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                         FY_TYPE_PREFERENCES_WINDOW,
                                                         "speaking_rate_spin"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 220);

  gtk_spin_button_set_value (spin, 250);
  g_assert_cmpuint (g_settings_get_uint (settings, "speaking-rate"), ==, 250);

  g_settings_set_uint (settings, "speaking-rate", 180);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 180);

  /* The range of the schema holds in the widget too. */
  gtk_spin_button_set_value (spin, 1000);
  g_assert_cmpuint (g_settings_get_uint (settings, "speaking-rate"), ==, 400);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_preferences_font_overrides (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(GVariant) overrides = NULL;
  FyPreferencesWindow *window;
  GtkDropDown *fangsong;
  GtkDropDown *heiti;
  GListModel *families;
  GtkStringObject *item;
  const char *family = NULL;
  guint noto_sans = GTK_INVALID_LIST_POSITION;

  window = FY_PREFERENCES_WINDOW (fy_preferences_window_new (NULL, settings));
  g_object_ref_sink (window);

  fangsong = GTK_DROP_DOWN (fy_test_find_named (GTK_WIDGET (window), "font-role-fangsong"));
  heiti = GTK_DROP_DOWN (fy_test_find_named (GTK_WIDGET (window), "font-role-heiti"));
  g_assert_nonnull (fangsong);
  g_assert_nonnull (heiti);
  g_assert_cmpuint (gtk_drop_down_get_selected (fangsong), ==, 0);

  /* Installed Chinese families are offered (fonts-noto-cjk is a dependency). */
  families = gtk_drop_down_get_model (fangsong);
  for (guint i = 0; i < g_list_model_get_n_items (families); i++)
    {
      g_autoptr(GtkStringObject) string = g_list_model_get_item (families, i);

      if (g_strcmp0 (gtk_string_object_get_string (string), "Noto Sans CJK SC") == 0)
        noto_sans = i;
    }
  g_assert_cmpuint (noto_sans, !=, GTK_INVALID_LIST_POSITION);

  /* widget → settings, leaving other roles alone */
  g_settings_set_value (settings, "font-overrides",
                        g_variant_new_parsed ("{'kaiti': 'LXGW WenKai'}"));
  gtk_drop_down_set_selected (fangsong, noto_sans);
  overrides = g_settings_get_value (settings, "font-overrides");
  g_assert_true (g_variant_lookup (overrides, "fangsong", "&s", &family));
  g_assert_cmpstr (family, ==, "Noto Sans CJK SC");
  g_assert_true (g_variant_lookup (overrides, "kaiti", "&s", &family));
  g_assert_cmpstr (family, ==, "LXGW WenKai");
  g_assert_cmpuint (g_variant_n_children (overrides), ==, 2);
  g_clear_pointer (&overrides, g_variant_unref);

  /* settings → widget, including a family that is not installed */
  g_settings_set_value (settings, "font-overrides",
                        g_variant_new_parsed ("{'heiti': '方正黑体_GBK 测试'}"));
  g_assert_cmpuint (gtk_drop_down_get_selected (fangsong), ==, 0);
  item = gtk_drop_down_get_selected_item (heiti);
  g_assert_nonnull (item);
  g_assert_cmpstr (gtk_string_object_get_string (item), ==, "方正黑体_GBK 测试");

  /* Back to automatic removes the entry. */
  gtk_drop_down_set_selected (heiti, 0);
  overrides = g_settings_get_value (settings, "font-overrides");
  g_assert_cmpuint (g_variant_n_children (overrides), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_preferences_template_folders (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(GFile) first = g_file_new_for_path ("/srv/共享模板");
  g_autoptr(GFile) second = g_file_new_for_path ("/tmp/fayan-templates");
  g_auto(GStrv) folders = NULL;
  FyPreferencesWindow *window;
  GtkWidget *no_folders_row;

  window = FY_PREFERENCES_WINDOW (fy_preferences_window_new (NULL, settings));
  g_object_ref_sink (window);
  no_folders_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                              FY_TYPE_PREFERENCES_WINDOW,
                                                              "no_folders_row"));
  g_assert_true (gtk_widget_get_visible (no_folders_row));

  fy_preferences_window_add_template_folder (window, first);
  fy_preferences_window_add_template_folder (window, second);
  fy_preferences_window_add_template_folder (window, first);

  folders = g_settings_get_strv (settings, "template-folders");
  g_assert_cmpuint (g_strv_length (folders), ==, 2);
  g_assert_cmpstr (folders[0], ==, "/srv/共享模板");
  g_assert_cmpstr (folders[1], ==, "/tmp/fayan-templates");
  g_clear_pointer (&folders, g_strfreev);

  g_assert_false (gtk_widget_get_visible (no_folders_row));
  g_assert_cmpuint (count_rows_with_subtitle (GTK_WIDGET (window), "/srv/共享模板"), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "prefs.remove-folder",
                                             "s", "/srv/共享模板"));
  folders = g_settings_get_strv (settings, "template-folders");
  g_assert_cmpuint (g_strv_length (folders), ==, 1);
  g_assert_cmpstr (folders[0], ==, "/tmp/fayan-templates");
  g_assert_cmpuint (count_rows_with_subtitle (GTK_WIDGET (window), "/srv/共享模板"), ==, 0);
  g_assert_cmpuint (count_rows_with_subtitle (GTK_WIDGET (window), "/tmp/fayan-templates"), ==, 1);

  /* Rows follow the settings when another window changes them. */
  g_settings_set_strv (settings, "template-folders", NULL);
  g_assert_cmpuint (count_rows_with_subtitle (GTK_WIDGET (window), "/tmp/fayan-templates"), ==, 0);
  g_assert_true (gtk_widget_get_visible (no_folders_row));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static GtkWindow *
find_visible_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* "Add Folder…" through the folder chooser, as a user does it. */
static void
test_preferences_add_folder_dialog (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) folders = NULL;
  FyPreferencesWindow *window;
  GtkWindow *chooser = NULL;

  /* The chooser lists the folder's parent: a private one, not /tmp,
   * whose comings and goings on a busy machine can make GTK 4.8's
   * folder chooser abort in file_system_model_set(). */
  parent = g_dir_make_tmp ("fayan-templates-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (parent, "templates", NULL);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  folder = g_file_new_for_path (path);

  window = FY_PREFERENCES_WINDOW (fy_preferences_window_new (NULL, settings));
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "prefs.add-folder", NULL));
  for (guint i = 0; i < 500 && chooser == NULL; i++)
    {
      wait_ms (20);
      chooser = find_visible_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
    }
  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)),
                   ==, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), folder, NULL));
  /* The chooser selects the folder once it has loaded its parent; on a
   * loaded machine that takes longer than any fixed wait. */
  for (guint i = 0; i < 500; i++)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (chosen != NULL && g_file_equal (chosen, folder))
        break;
      wait_ms (20);
    }
  gtk_widget_activate (gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT));

  for (guint i = 0; i < 500; i++)
    {
      g_clear_pointer (&folders, g_strfreev);
      folders = g_settings_get_strv (settings, "template-folders");
      if (folders[0] != NULL)
        break;
      wait_ms (20);
    }
  g_assert_cmpuint (g_strv_length (folders), ==, 1);
  g_assert_cmpstr (folders[0], ==, path);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_assert_cmpint (g_rmdir (path), ==, 0);
  g_assert_cmpint (g_rmdir (parent), ==, 0);
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static gboolean
has_file_chooser (gpointer window)
{
  return fy_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, window) != NULL;
}

/* Every mapped widget under @widget lies within @window's width (but
 * the overlay scrollbar's parts, which may reach over the edge). */
static void
assert_inside (GtkWidget *window,
               GtkWidget *widget)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget) || GTK_IS_SCROLLBAR (widget))
    return;
  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  if (bounds.origin.x < -0.5 || bounds.origin.x + bounds.size.width > gtk_widget_get_width (window) + 0.5)
    g_error ("%s '%s' spans x %.0f to %.0f, outside the window's width %d",
             G_OBJECT_TYPE_NAME (widget), gtk_widget_get_name (widget), bounds.origin.x,
             bounds.origin.x + bounds.size.width, gtk_widget_get_width (window));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_inside (window, child);
}

static void
test_preferences_shows (void)
{
  static const char *const pages[] = { "general", "fonts", "templates" };
  g_autoptr(GSettings) settings = new_settings ();
  FyPreferencesWindow *window;

  window = FY_PREFERENCES_WINDOW (fy_preferences_window_new (NULL, settings));
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  /* Nothing of any page may stick out of the window (at its default
   * size, "Add Font File…" once sat beside the Fonts group's wrapping
   * description and was pushed out of the group and the window). */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page;

      adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), pages[i]);
      page = GTK_WIDGET (adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (window)));
      g_assert_true (fy_test_wait_for (is_allocated, page, 5));
      fy_test_iterate ();
      assert_inside (GTK_WIDGET (window), page);
    }
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "fonts");
  g_assert_true (fy_test_wait_for (is_allocated, fy_test_find_named (GTK_WIDGET (window), "add-font"), 5));
  fy_test_iterate ();
  fy_test_screenshot ("fonts-prefs");
  gtk_widget_grab_focus (fy_test_find_named (GTK_WIDGET (window), "add-font"));
  fy_test_iterate ();
  fy_test_screenshot ("fonts-prefs-add-font");

  /* Activating the row opens the chooser of font files. */
  g_signal_emit_by_name (fy_test_find_named (GTK_WIDGET (window), "add-font"), "activate");
  g_assert_true (fy_test_wait_for (has_file_chooser, window, 5));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static const char *
label_text (GtkWidget  *root,
            const char *name)
{
  GtkWidget *label = fy_test_find_named (root, name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static guint
model_find (GListModel *model,
            const char *family)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) string = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (string), family) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The family of the sample's attributes: the face it is drawn in. */
static char *
dup_sample_family (GtkWidget  *root,
                   const char *role)
{
  g_autofree char *name = g_strconcat ("font-why-", role, NULL);
  GtkWidget *why = fy_test_find_named (root, name);
  GtkWidget *sample = gtk_widget_get_prev_sibling (why);
  PangoAttrIterator *iter;
  PangoAttribute *attr;
  char *family = NULL;

  g_assert_true (GTK_IS_LABEL (sample));
  iter = pango_attr_list_get_iterator (gtk_label_get_attributes (GTK_LABEL (sample)));
  attr = pango_attr_iterator_get (iter, PANGO_ATTR_FAMILY);
  if (attr != NULL)
    family = g_strdup (((PangoAttrString *) attr)->value);
  pango_attr_iterator_destroy (iter);
  return family;
}

/* Per role, the face in use, drawn in the sample, and why. */
static void
test_preferences_font_why (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  FyPreferencesWindow *window;
  GtkDropDown *fangsong;
  g_autofree char *family = NULL;
  guint wenkai;

  window = FY_PREFERENCES_WINDOW (fy_preferences_window_new (NULL, settings));
  g_object_ref_sink (window);

  /* The suite's fonts have no office face: free faces stand in. */
  g_assert_cmpstr (label_text (GTK_WIDGET (window), "font-why-fangsong"), ==,
                   "Body text · Noto Serif CJK SC, a free face of the same style in place of 仿宋_GB2312, which is not installed");
  g_assert_nonnull (strstr (label_text (GTK_WIDGET (window), "font-why-kaiti"), "LXGW WenKai, a free face"));
  g_assert_nonnull (strstr (label_text (GTK_WIDGET (window), "font-why-songti"), "Page numbers · "));
  family = dup_sample_family (GTK_WIDGET (window), "fangsong");
  g_assert_cmpstr (family, ==, "Noto Serif CJK SC");
  g_clear_pointer (&family, g_free);

  /* Chosen by the user: said so, and the sample shows it. */
  fangsong = GTK_DROP_DOWN (fy_test_find_named (GTK_WIDGET (window), "font-role-fangsong"));
  wenkai = model_find (gtk_drop_down_get_model (fangsong), "LXGW WenKai");
  g_assert_cmpuint (wenkai, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (fangsong, wenkai);
  g_assert_cmpstr (label_text (GTK_WIDGET (window), "font-why-fangsong"), ==,
                   "Body text · LXGW WenKai, chosen by you");
  family = dup_sample_family (GTK_WIDGET (window), "fangsong");
  g_assert_cmpstr (family, ==, "LXGW WenKai");
  g_clear_pointer (&family, g_free);

  /* A choice made on another computer: not installed, and what stands in. */
  g_settings_set_value (settings, "font-overrides",
                        g_variant_new_parsed ("{'fangsong': '仿宋_GB2312'}"));
  g_assert_cmpstr (label_text (GTK_WIDGET (window), "font-why-fangsong"), ==,
                   "“仿宋_GB2312” is not installed. Body text · Noto Serif CJK SC, a free face of the same style in place of 仿宋_GB2312, which is not installed");
  family = dup_sample_family (GTK_WIDGET (window), "fangsong");
  g_assert_cmpstr (family, ==, "Noto Serif CJK SC");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* A face the suite's fonts do not have, from a package the build needs
 * (texlive-lang-chinese), as a user brings simfang.ttf from the office. */
#define FONT_TO_ADD "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolKai-Regular.otf"

/* Renders a document with a second-level heading (楷体) through fayan-cli
 * with the settings of @config_home (keyfile backend), the suite's fonts
 * plus the user's font folder of @data_home, as the desktop's fontconfig
 * lists it; returns whether the PDF embeds @family. */
static gboolean
cli_render_uses (const char *home,
                 const char *family)
{
  g_autofree char *md = g_build_filename (home, "heading.md", NULL);
  g_autofree char *pdf = g_build_filename (home, "heading.pdf", NULL);
  g_autofree char *conf = g_build_filename (home, "fonts.conf", NULL);
  g_autofree char *conf_text = NULL;
  g_autofree char *data_home = g_build_filename (home, "data", NULL);
  g_autofree char *config_home = g_build_filename (home, "config", NULL);
  g_autofree char *suite_fonts = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "fonts", "files", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_auto(FyTestCliResult) run = { 0 };
  gsize length = 0;
  gboolean found = FALSE;

  conf_text = g_strdup_printf ("<?xml version=\"1.0\"?>\n<fontconfig>\n"
                               "  <dir>%s</dir>\n  <dir prefix=\"xdg\">fonts</dir>\n"
                               "  <cachedir>%s/fc-cache</cachedir>\n</fontconfig>\n",
                               suite_fonts, home);
  g_assert_true (g_file_set_contents (conf, conf_text, -1, NULL));
  g_assert_true (g_file_set_contents (md, "# 会议讲话\n\n## 一、总体要求\n\n### （一）如何做好工作\n\n正文。\n", -1, NULL));

  envp = g_environ_setenv (envp, "FONTCONFIG_FILE", conf, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config_home, TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "keyfile", TRUE);
  fy_test_run_cli_full (&run, NULL, (const char * const *) envp, NULL,
                        (const char * const[]) { "render", md, "-o", pdf, NULL });
  g_assert_cmpint (run.status, ==, 0);

  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  for (gsize i = 0; !found && i + strlen (family) <= length; i++)
    found = memcmp (contents + i, family, strlen (family)) == 0;

  g_remove (pdf);
  g_remove (md);
  g_remove (conf);
  return found;
}

/* "Add Font File…": the file lands in $XDG_DATA_HOME/fonts, its family is
 * offered and usable at once, and the next fayan-cli render prints with
 * it when it is chosen for a role; a file that is no font is refused with
 * its name and nothing is copied. */
static void
test_preferences_add_font_file (void)
{
  const char *home = g_getenv ("FAYAN_TEST_HOME");
  g_autofree char *keyfile = g_build_filename (home, "config", "glib-2.0", "settings", "keyfile", NULL);
  g_autofree char *fonts_dir = g_build_filename (g_get_user_data_dir (), "fonts", NULL);
  g_autofree char *installed = g_build_filename (fonts_dir, "FandolKai-Regular.otf", NULL);
  g_autofree char *bad_path = g_build_filename (home, "simfang.ttf", NULL);
  g_autoptr(GSettingsBackend) backend = g_keyfile_settings_backend_new (keyfile, "/", NULL);
  g_autoptr(GSettings) settings = g_settings_new_with_backend (FY_SETTINGS_SCHEMA_ID, backend);
  g_autoptr(GFile) source = g_file_new_for_path (FONT_TO_ADD);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  FyPreferencesWindow *window;
  GtkDropDown *kaiti;
  guint position;

  g_assert_true (g_str_has_prefix (g_get_user_data_dir (), home));
  window = FY_PREFERENCES_WINDOW (fy_preferences_window_new (NULL, settings));
  g_object_ref_sink (window);
  kaiti = GTK_DROP_DOWN (fy_test_find_named (GTK_WIDGET (window), "font-role-kaiti"));
  g_assert_cmpuint (model_find (gtk_drop_down_get_model (kaiti), "FandolKai"), ==,
                    GTK_INVALID_LIST_POSITION);

  /* Not a font, though named like one: refused by name, nothing copied. */
  g_assert_true (g_file_set_contents (bad_path, "not a font", -1, NULL));
  g_assert_false (fy_preferences_window_add_font_file (window, bad, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_NO_FONT);
  g_assert_nonnull (strstr (error->message, "“simfang.ttf” is not a font file"));
  g_assert_false (g_file_test (fonts_dir, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* The setting alone, naming a face this computer lacks, changes nothing. */
  g_settings_set_value (settings, "font-overrides", g_variant_new_parsed ("{'kaiti': 'FandolKai'}"));
  g_settings_sync ();
  g_assert_false (cli_render_uses (home, "FandolKai"));
  g_settings_reset (settings, "font-overrides");

  g_assert_true (fy_preferences_window_add_font_file (window, source, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (installed, G_FILE_TEST_IS_REGULAR));

  /* At once: offered, chosen, said so. */
  position = model_find (gtk_drop_down_get_model (kaiti), "FandolKai");
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (kaiti, position);
  g_assert_cmpstr (label_text (GTK_WIDGET (window), "font-why-kaiti"), ==,
                   "Second-level headings · FandolKai, chosen by you");
  g_settings_sync ();

  /* The next fayan-cli render: same settings, same font folder. */
  g_assert_true (cli_render_uses (home, "FandolKai"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_remove (bad_path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("fayan-prefs-XXXXXX", NULL);
  g_autofree char *data_home = g_build_filename (home, "data", NULL);
  int status;

  /* The user's font folder of the add-font test, set before GLib reads it. */
  g_setenv ("FAYAN_TEST_HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  fy_test_move_pointer_aside ();
  adw_init ();
  fy_core_init ();
  fy_ui_register_resource ();

  g_test_add_func ("/ui/preferences/style-preset", test_preferences_style_preset);
  g_test_add_func ("/ui/preferences/speaking-rate", test_preferences_speaking_rate);
  g_test_add_func ("/ui/preferences/font-overrides", test_preferences_font_overrides);
  g_test_add_func ("/ui/preferences/template-folders", test_preferences_template_folders);
  g_test_add_func ("/ui/preferences/add-folder-dialog", test_preferences_add_folder_dialog);
  g_test_add_func ("/ui/preferences/shows", test_preferences_shows);
  g_test_add_func ("/ui/preferences/font-why", test_preferences_font_why);
  g_test_add_func ("/ui/preferences/add-font-file", test_preferences_add_font_file);

  status = g_test_run ();
  fy_test_remove_tree (home);
  return status;
}

/* test-welcome.c — the welcome screen: recent speeches, templates, open
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "fy-template-gallery.h"
#include "fy-test-window.h"
#include "fy-thumbnail.h"
#include "fy-ui-layout.h"
#include "fy-welcome.h"

static char *cache_home;

static FyWindow *
only_window (FyApplication *app)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  g_assert_cmpuint (g_list_length (windows), ==, 1);

  return windows->data;
}

/* Started without a file: the welcome screen, not the sample. */
static void
test_welcome_without_file (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GSettings) settings = g_settings_new (FY_SETTINGS_SCHEMA_ID);
  FyWindow *window;
  FyWelcome *welcome;

  g_settings_reset (settings, "recent-files");
  g_application_activate (G_APPLICATION (app));
  window = g_object_ref (only_window (app));
  fy_test_iterate ();

  g_assert_null (fy_window_get_document (window));
  welcome = FY_WELCOME (fy_window_get_welcome (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (welcome)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (fy_window_get_editor (window))));
  g_assert_cmpuint (fy_welcome_get_n_recent (welcome), ==, 0);
  /* The built-in templates at least. */
  g_assert_cmpuint (fy_welcome_get_n_templates (welcome), >=, 8);
  /* Nothing to save or print yet. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL) &&
                  fy_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL) != NULL);
  /* Nor to review, version or export: 审阅修改稿 here asked for a file
   * and then compared it with no speech at all. */
  {
    const char * const actions[] = {
      "win.review-file", "win.save-version", "win.versions", "win.export-docx",
      "win.export-png", "win.save-as-template",
    };

    for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
      {
        gtk_widget_activate_action (GTK_WIDGET (window), actions[i], NULL);
        fy_test_iterate ();
        if (fy_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL) != NULL)
          g_test_message ("%s asks for a file without a speech", actions[i]);
        g_assert_null (fy_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL));
        g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
      }
  }

  /* The sample is one click away; it replaces the welcome screen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  fy_test_iterate ();
  g_assert_nonnull (fy_window_get_document (window));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fy_window_get_editor (window))));

  fy_test_destroy_window (window);
}

static gboolean
has_thumbnail (gpointer data)
{
  return fy_welcome_get_n_recent (data) > 0 && fy_welcome_get_thumbnail (data, 0) != NULL;
}

/* Share of pixels that are not white: a drawn page has text on it. */
static double
ink_share (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize)width * height * 4);
  guint ink = 0;

  gdk_texture_download (texture, data, (gsize)width * 4);
  for (int i = 0; i < width * height; i++)
    if (data[i * 4] < 160 || data[i * 4 + 1] < 160 || data[i * 4 + 2] < 160)
      ink++;

  return (double)ink / (width * height);
}

static guint
count_cached (void)
{
  g_autofree char *folder = g_build_filename (cache_home, "fayan", "thumbnails", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".png");

  return n;
}

/* A saved speech is listed with its first page, drawn once and cached;
 * clicking it opens it in the welcoming window. */
static void
test_welcome_recent (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-welcome-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "近期发言.fayan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) cache = NULL;
  g_autoptr(GFileInfo) info = NULL;
  FyWindow *first = fy_test_make_window (app);
  FyWindow *window;
  FyWelcome *welcome;
  GdkPaintable *thumbnail;
  double ink;

  g_assert_true (fy_window_save_to_file (first, file, &error));
  g_assert_no_error (error);
  fy_test_destroy_window (first);
  g_assert_cmpuint (count_cached (), ==, 0);

  window = g_object_ref_sink (g_object_new (FY_TYPE_WINDOW, "application", app, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 720);
  gtk_window_present (GTK_WINDOW (window));
  fy_test_iterate ();
  welcome = FY_WELCOME (fy_window_get_welcome (window));
  g_assert_cmpuint (fy_welcome_get_n_recent (welcome), ==, 1);
  g_assert_true (fy_test_wait_for (has_thumbnail, welcome, 30));

  /* The first page, at the card's width, with text on it. */
  thumbnail = fy_welcome_get_thumbnail (welcome, 0);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (thumbnail), ==,
                   120 * gtk_widget_get_scale_factor (GTK_WIDGET (window)));
  ink = ink_share (GDK_TEXTURE (thumbnail));
  g_test_message ("ink on the thumbnail: %.3f", ink);
  g_assert_cmpfloat (ink, >, 0.01);
  g_assert_cmpfloat (ink, <, 0.5);

  /* Kept in the cache, under the file's current state. */
  g_assert_cmpuint (count_cached (), ==, 1);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  cache = fy_thumbnail_get_cache_file (file, g_file_info_get_etag (info), 120);
  g_assert_true (g_file_query_exists (cache, NULL));
  fy_test_iterate ();
  fy_test_screenshot ("welcome");

  /* Listed again: read back, not drawn anew. */
  fy_welcome_reload (welcome);
  g_assert_true (fy_test_wait_for (has_thumbnail, welcome, 30));
  g_assert_cmpuint (count_cached (), ==, 1);

  /* Clicking the card opens the speech here. */
  {
    g_autofree char *uri = g_file_get_uri (file);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (welcome), "win.open-recent", "s", uri));
  }
  fy_test_iterate ();
  g_assert_nonnull (fy_window_get_document (window));
  g_assert_true (g_file_equal (fy_window_get_file (window), file));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  fy_test_destroy_window (window);
  g_file_delete (cache, NULL, NULL);
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
has_gallery (gpointer data)
{
  return fy_test_find_toplevel (FY_TYPE_TEMPLATE_GALLERY, NULL) != NULL;
}

/* How many labels below @root read @text. */
static guint
count_labels (GtkWidget  *root,
              const char *text)
{
  guint n = GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, text);

  return n;
}

/* The welcome screen's template card titled @name. */
static GtkWidget *
find_card (GtkWidget  *root,
           const char *name)
{
  if (gtk_widget_has_css_class (root, "fy-welcome-template") && count_labels (root, name) > 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *card = find_card (child, name);

      if (card != NULL)
        return card;
    }

  return NULL;
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_height (data) > 0;
}

/* Every label of every template card shows its text whole: the lines it
 * lays out fit the height it was given, and the card holds the label. */
static void
assert_cards_fit_in (GtkWidget *card,
                     GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      int height;
      graphene_rect_t bounds;

      pango_layout_get_pixel_size (gtk_label_get_layout (GTK_LABEL (widget)), NULL, &height);
      g_test_message ("“%s”: %d px of text in %d px", gtk_label_get_label (GTK_LABEL (widget)),
                      height, gtk_widget_get_height (widget));
      g_assert_cmpint (height, <=, gtk_widget_get_height (widget));
      g_assert_true (gtk_widget_compute_bounds (widget, card, &bounds));
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (card));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_cards_fit_in (card, child);
}

static void
assert_cards_fit (GtkWidget *root)
{
  if (gtk_widget_has_css_class (root, "fy-welcome-template"))
    {
      assert_cards_fit_in (root, root);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_cards_fit (child);
}

/* A template card opens the gallery at that template's form. */
static void
test_welcome_template (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = g_object_ref_sink (g_object_new (FY_TYPE_WINDOW, "application", app, NULL));
  FyTemplateGallery *gallery;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  /* A personal template comes first, as in the gallery. */
  {
    FyEnvironment *environment = fy_ui_layout_get_environment ();
    FyTemplateLibrary *library = fy_environment_get_template_library (environment);
    g_autoptr(FyTemplate) mine = fy_template_copy (fy_environment_lookup_template (environment,
                                                                                   "exchange-speech"));
    FyTemplate *added;
    GtkWidget *card;

    fy_template_set_name (mine, "我的交流发言");
    /* Saved without a category: its card says “Personal”, with no empty line. */
    fy_template_set_category (mine, "");
    added = fy_template_library_add_user_template (library, mine, &error);
    g_assert_no_error (error);
    gtk_window_present (GTK_WINDOW (window));
    fy_test_iterate ();
    g_assert_cmpstr (fy_welcome_get_template_id (FY_WELCOME (fy_window_get_welcome (window)), 0),
                     ==, fy_template_get_id (added));
    card = find_card (fy_window_get_welcome (window), "我的交流发言");
    g_assert_nonnull (card);
    g_assert_cmpuint (count_labels (card, ""), ==, 0);
    g_assert_cmpuint (count_labels (card, "Personal"), ==, 1);
    g_assert_true (fy_test_wait_for (is_allocated, card, 5));
    assert_cards_fit (fy_window_get_welcome (window));
    g_assert_true (fy_template_library_delete (library, added, &error));
    g_assert_no_error (error);
  }

  g_assert_true (gtk_widget_activate_action (fy_window_get_welcome (window),
                                             "win.new-from-template", "s", "exchange-speech"));
  g_assert_true (fy_test_wait_for (has_gallery, NULL, 5));
  gallery = FY_TEMPLATE_GALLERY (fy_test_find_toplevel (FY_TYPE_TEMPLATE_GALLERY, NULL));
  g_assert_true (fy_template_gallery_set_field (gallery, "发言人", "王立平"));
  /* The card's form is in the whole gallery, so Back (after a click on
   * the card beside the one meant) leads to every template, not to a
   * grid of this one card (session 24's new user). */
  g_assert_cmpuint (g_list_model_get_n_items (fy_template_gallery_get_templates (gallery)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (
                      fy_environment_get_template_library (fy_ui_layout_get_environment ()))));

  gtk_window_destroy (GTK_WINDOW (gallery));
  fy_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("fayan-test-data-XXXXXX", NULL);

  cache_home = g_dir_make_tmp ("fayan-test-cache-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  fy_test_move_pointer_aside ();
  adw_init ();
  fy_core_init ();

  g_test_add_func ("/ui/welcome/without-file", test_welcome_without_file);
  g_test_add_func ("/ui/welcome/recent", test_welcome_recent);
  g_test_add_func ("/ui/welcome/template", test_welcome_template);

  return g_test_run ();
}

/* test-l10n.c — in a zh_CN locale the windows show no English
 *
 * Runs with LANG=zh_CN.UTF-8 (installed or not: fy_core_setlocale() keeps
 * the language) and the catalogs of the build tree, opens the main window
 * on the sample, its main menu and keyboard shortcuts, the template gallery
 * and its field form and the preferences, and reads every string property a
 * user can see (labels, titles, subtitles, tooltips, placeholders, menu
 * items, dropdown items).  None may contain a Latin word other than the
 * names of file formats and standards.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fontconfig/fontconfig.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "fy-application.h"
#include "fy-editor.h"
#include "fy-preferences-window.h"
#include "fy-template-gallery.h"
#include "fy-test-window.h"
#include "fy-window.h"

/* Latin words allowed in Chinese text: formats, standards, key names,
 * and the sample's file name and folder, which are the user's data. */
/* Names that stay in Latin letters in Chinese text: a font and a package. */
static const char *allowed_names[] = {
  "Times New Roman", "fonts-liberation",
  NULL,
};

static const char *allowed_words[] = {
  "PDF", "PNG", "Markdown", "CSV", "JSON", "UTF", "GB", "T", "dpi", "Word", "WPS", "docx",
  "Ctrl", "Shift", "Alt", "fayan", "md", "txt", "sample", "speech",
  "work", "main", "resources", "samples", "min",
  NULL,
};

static const char *checked_properties[] = {
  "label", "title", "subtitle", "tooltip-text", "tooltip-markup",
  "placeholder-text", "description", "heading", "body", "accelerator-title",
  "icon-name-tooltip",
  NULL,
};

typedef struct
{
  GPtrArray  *names;     /* installed family names (user data, not UI text)
                          * and allowed_names, longest first */
  GPtrArray  *english;   /* "where: text" of each offending string */
  guint       n_checked;
} Check;

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  return (int) strlen (*(const char **)b) - (int) strlen (*(const char **)a);
}

static void
check_init (Check *check)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoFontFamily **families = NULL;
  int n_families = 0;

  check->names = g_ptr_array_new_with_free_func (g_free);
  pango_font_map_list_families (map, &families, &n_families);
  for (int i = 0; i < n_families; i++)
    g_ptr_array_add (check->names, g_strdup (pango_font_family_get_name (families[i])));
  g_free (families);
  /* Every name of every face (Pango lists 霞鹜文楷 under zh_CN where the
   * application names it LXGW WenKai), Fayan's own font folders included. */
  fy_fonts_ensure_folders ();
  {
    FcPattern *pattern = FcPatternCreate ();
    FcObjectSet *objects = FcObjectSetBuild (FC_FAMILY, NULL);
    FcFontSet *set = FcFontList (NULL, pattern, objects);

    for (int i = 0; set != NULL && i < set->nfont; i++)
      {
        FcChar8 *name;

        for (int k = 0; FcPatternGetString (set->fonts[i], FC_FAMILY, k, &name) == FcResultMatch; k++)
          g_ptr_array_add (check->names, g_strdup ((const char *) name));
      }
    if (set != NULL)
      FcFontSetDestroy (set);
    FcObjectSetDestroy (objects);
    FcPatternDestroy (pattern);
  }
  for (guint i = 0; allowed_names[i] != NULL; i++)
    g_ptr_array_add (check->names, g_strdup (allowed_names[i]));
  /* "Noto Serif CJK SC" before the alias "Serif" */
  g_ptr_array_sort (check->names, compare_longest_first);

  check->english = g_ptr_array_new_with_free_func (g_free);
  check->n_checked = 0;
}

static void
check_clear (Check *check)
{
  g_clear_pointer (&check->names, g_ptr_array_unref);
  g_clear_pointer (&check->english, g_ptr_array_unref);
}

static gboolean
is_allowed_word (const char *word)
{
  return g_strv_contains (allowed_words, word);
}

/* TRUE if @text has a Latin word of two or more letters that is not allowed. */
static gboolean
has_english (Check      *check,
             const char *text)
{
  g_autofree char *copy = g_strdup (text);
  const char *p;

  /* Installed font families are names, shown as the fonts in use. */
  for (guint i = 0; i < check->names->len; i++)
    {
      const char *name = g_ptr_array_index (check->names, i);
      char *found;

      while ((found = strstr (copy, name)) != NULL)
        memset (found, ' ', strlen (name));
    }

  p = copy;
  while (*p != '\0')
    {
      if (g_ascii_isalpha (*p))
        {
          const char *start = p;
          g_autofree char *word = NULL;

          while (g_ascii_isalpha (*p))
            p++;
          word = g_strndup (start, p - start);
          if (p - start >= 2 && !is_allowed_word (word))
            return TRUE;
        }
      else
        p++;
    }

  return FALSE;
}

static void
check_text (Check      *check,
            const char *where,
            const char *text)
{
  g_autofree char *plain = NULL;

  if (text == NULL || *text == '\0')
    return;

  /* Markup and mnemonics are not visible text. */
  if (strchr (text, '<') != NULL && pango_parse_markup (text, -1, 0, NULL, &plain, NULL, NULL))
    text = plain;

  check->n_checked++;
  if (has_english (check, text))
    g_ptr_array_add (check->english, g_strdup_printf ("%s: “%s”", where, text));
}

static void
check_menu_model (Check      *check,
                  const char *where,
                  GMenuModel *model)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        check_text (check, where, label);

      link = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      if (link != NULL)
        {
          check_menu_model (check, where, link);
          g_object_unref (link);
        }
      link = g_menu_model_get_item_link (model, i, G_MENU_LINK_SUBMENU);
      if (link != NULL)
        {
          check_menu_model (check, where, link);
          g_object_unref (link);
        }
    }
}

static void
check_object (Check   *check,
              GObject *object)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (object);
  const char *type = G_OBJECT_TYPE_NAME (object);

  for (guint i = 0; checked_properties[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, checked_properties[i]);
      g_autofree char *value = NULL;
      g_autofree char *where = NULL;

      if (pspec == NULL || pspec->value_type != G_TYPE_STRING
          || !(pspec->flags & G_PARAM_READABLE))
        continue;

      g_object_get (object, checked_properties[i], &value, NULL);
      where = g_strdup_printf ("%s:%s", type, checked_properties[i]);
      check_text (check, where, value);
    }

  if (GTK_IS_MENU_BUTTON (object))
    {
      GMenuModel *model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (object));

      if (model != NULL)
        check_menu_model (check, "menu", model);
    }

  if (GTK_IS_POPOVER_MENU (object))
    {
      GMenuModel *model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (object));

      if (model != NULL)
        check_menu_model (check, "popover menu", model);
    }

  if (GTK_IS_DROP_DOWN (object))
    {
      GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (object));

      if (GTK_IS_STRING_LIST (model))
        for (guint i = 0; i < g_list_model_get_n_items (model); i++)
          check_text (check, "dropdown item",
                      gtk_string_list_get_string (GTK_STRING_LIST (model), i));
    }
}

/* TRUE when the zh_CN locale itself is installed, not only the catalogs */
static gboolean zh_locale_installed;

static void
check_widget_tree (Check     *check,
                   GtkWidget *widget)
{
  /* GtkCalendar names months and weekdays from the C library's locale
   * data, not from a catalog: Chinese only when zh_CN.UTF-8 is generated
   * (locale-gen).  Without it fy_core_setlocale() runs in C.UTF-8. */
  if (GTK_IS_CALENDAR (widget) && !zh_locale_installed)
    {
      g_test_message ("zh_CN.UTF-8 is not installed: the calendar's month names are not checked");
      return;
    }

  check_object (check, G_OBJECT (widget));

  /* Popovers of menu buttons are children too once built; walk them all. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_widget_tree (check, child);
}

static void
assert_no_english (Check      *check,
                   const char *what,
                   guint       min_checked)
{
  for (guint i = 0; i < check->english->len; i++)
    g_test_message ("%s: English text: %s", what, (char *)g_ptr_array_index (check->english, i));

  g_assert_cmpuint (check->n_checked, >=, min_checked);
  g_assert_cmpuint (check->english->len, ==, 0);
}

static void
iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10000);
    }
}

static void
test_l10n_catalog (void)
{
  /* The catalog is found and used: a string of each front-end layer. */
  g_assert_cmpstr (_("Export PDF"), ==, "导出 PDF");
  g_assert_cmpstr (_("Untitled Speech"), ==, "未命名发言稿");
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Attachment Note"), ==, "附件说明");
}

/* A window of @app (registered as APPLICATION_ID @suffix) showing the
 * sample speech; the caller owns it. */
static GtkWindow *
open_sample_window (FyApplication *app,
                    const char    *suffix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strconcat (APPLICATION_ID, suffix, NULL);
  GtkWindow *window;

  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  window = g_object_new (FY_TYPE_WINDOW, "application", app, NULL);
  g_object_ref_sink (window);
  g_assert_true (fy_window_open_sample (FY_WINDOW (window), &error));
  g_assert_no_error (error);
  gtk_window_present (window);

  return window;
}

static void
test_l10n_window (void)
{
  g_autoptr(FyApplication) app = fy_application_new ();
  GtkWindow *window;
  GtkWidget *overlay;
  g_autofree char *status = NULL;
  Check check;

  window = open_sample_window (app, ".TestL10n");
  iterate_for (1500);

  check_init (&check);
  check_widget_tree (&check, GTK_WIDGET (window));
  /* The status line as text, and the help overlay (keyboard shortcuts). */
  status = fy_window_dup_status_text (FY_WINDOW (window));
  check_text (&check, "status line", status);
  overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  check_widget_tree (&check, overlay);
  assert_no_english (&check, "main window", 40);
  check_clear (&check);

  fy_window_discard_recovery (FY_WINDOW (window));
  gtk_window_destroy (window);
  g_object_unref (window);
}

static gboolean
is_paste_summary (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), "粘贴时");
}

static gboolean
paste_summary_shown (gpointer window)
{
  return fy_test_find_widget (window, is_paste_summary, NULL) != NULL;
}

/* A PDF copy pasted: the toast that says what went, and the dialog its
 * button opens, speak Chinese. */
static void
test_l10n_paste_notes (void)
{
  g_autoptr(FyApplication) app = fy_application_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pasted", "pdf-copy.txt", NULL);
  g_autofree char *copy = NULL;
  GtkWindow *window = open_sample_window (app, ".TestL10nPaste");
  AdwMessageDialog *dialog;
  GtkWidget *summary;
  Check check;

  iterate_for (500);

  g_assert_true (g_file_get_contents (path, &copy, NULL, NULL));
  fy_editor_paste_text (fy_window_get_editor (FY_WINDOW (window)), copy);
  g_assert_true (fy_test_wait_for (paste_summary_shown, window, 5));
  summary = fy_test_find_widget (GTK_WIDGET (window), is_paste_summary, NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==, "粘贴时略去了 4 行页码和页眉");
  iterate_for (1000);
  fy_test_screenshot ("paste-notes-toast-zh");

  fy_test_click_button (GTK_WIDGET (window), "查看(_S)");
  dialog = fy_test_wait_for_message (window);
  g_assert_nonnull (dialog);
  iterate_for (500);
  fy_test_screenshot ("paste-notes-lines-zh");
  check_init (&check);
  check_widget_tree (&check, GTK_WIDGET (dialog));
  /* heading, body, the close button, four lines and their kind */
  assert_no_english (&check, "paste notes", 11);
  check_clear (&check);
  fy_test_respond (dialog, "close");

  fy_window_discard_recovery (FY_WINDOW (window));
  gtk_window_destroy (window);
  g_object_unref (window);
}

/* The mnemonic letter of @label ("Save as _Version…", "保存为版本(_V)…"),
 * lower-cased, or 0; "__" is a literal underscore. */
static gunichar
mnemonic_of (const char *label)
{
  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p != '_')
        continue;
      if (p[1] == '_')
        {
          p++;
          continue;
        }
      return g_unichar_tolower (g_utf8_get_char (p + 1));
    }
  return 0;
}

/* Adds the mnemonics of one menu level to @seen (letter → label): the
 * items of all its sections are on one popover page, so one key reaches
 * them all; a submenu is a page of its own.  A second item with a letter
 * already seen goes to @clashes. */
static void
collect_mnemonics (GMenuModel *model,
                   GHashTable *seen,
                   GPtrArray  *clashes,
                   GPtrArray  *labels)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label)
          && mnemonic_of (label) != 0)
        {
          gpointer key = GUINT_TO_POINTER (mnemonic_of (label));
          const char *other = g_hash_table_lookup (seen, key);

          g_ptr_array_add (labels, g_strdup (label));
          if (other != NULL)
            g_ptr_array_add (clashes, g_strdup_printf ("“%s” and “%s”", other, label));
          else
            g_hash_table_insert (seen, key, g_strdup (label));
        }

      link = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      if (link != NULL)
        {
          collect_mnemonics (link, seen, clashes, labels);
          g_object_unref (link);
        }
      link = g_menu_model_get_item_link (model, i, G_MENU_LINK_SUBMENU);
      if (link != NULL)
        {
          g_autoptr(GHashTable) level = g_hash_table_new_full (NULL, NULL, NULL, g_free);

          collect_mnemonics (link, level, clashes, labels);
          g_object_unref (link);
        }
    }
}

/* The mnemonic clashes of every menu button's menu under @widget. */
static void
collect_menu_clashes (GtkWidget *widget,
                      GPtrArray *clashes,
                      GPtrArray *labels)
{
  if (GTK_IS_MENU_BUTTON (widget)
      && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    {
      g_autoptr(GHashTable) level = g_hash_table_new_full (NULL, NULL, NULL, g_free);

      collect_mnemonics (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)),
                         level, clashes, labels);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_menu_clashes (child, clashes, labels);
}

/* Asserts that no two items of one menu level of a new window share a
 * mnemonic letter: with a clash the key lands on the first item and a
 * second press is needed (保存为版本(V) and 版本(V) did). */
static void
assert_window_mnemonics (FyApplication *app,
                         const char    *language,
                         const char    *save_version)
{
  g_autoptr(GPtrArray) clashes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *window = g_object_new (FY_TYPE_WINDOW, "application", app, NULL);

  g_object_ref_sink (window);
  collect_menu_clashes (window, clashes, labels);
  for (guint i = 0; i < clashes->len; i++)
    g_test_message ("%s: same mnemonic: %s", language, (char *) g_ptr_array_index (clashes, i));
  /* the main menu and the preview's zoom menu */
  g_assert_cmpuint (labels->len, >=, 18);
  /* the menu is in the language asked for */
  g_assert_true (g_ptr_array_find_with_equal_func (labels, save_version, g_str_equal, NULL));
  g_assert_cmpuint (clashes->len, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

static void
test_l10n_mnemonics (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyApplication) app = fy_application_new ();

  g_application_set_application_id (G_APPLICATION (app), APPLICATION_ID ".TestMnemonics");
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  assert_window_mnemonics (app, "zh_CN", _("Save as _Version…"));
  /* The English msgids: GtkBuilder translates through the current text
   * domain, which has no catalog under this name. */
  textdomain ("fayan-untranslated");
  assert_window_mnemonics (app, "en", "Save as _Version…");
  textdomain (GETTEXT_PACKAGE);
}

static void
test_l10n_gallery (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder_path = g_dir_make_tmp ("fayan-l10n-XXXXXX", &error);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(FyTemplateLibrary) library = NULL;
  GtkWidget *gallery;
  Check check;

  g_assert_no_error (error);
  folder = g_file_new_for_path (folder_path);
  library = fy_template_library_new (folder, NULL);

  gallery = fy_template_gallery_new (NULL, G_LIST_MODEL (library));
  g_object_ref_sink (gallery);
  gtk_window_present (GTK_WINDOW (gallery));
  iterate_for (500);

  check_init (&check);
  check_widget_tree (&check, gallery);

  /* The field form of the first template. */
  fy_template_gallery_select (FY_TEMPLATE_GALLERY (gallery), 0);
  iterate_for (500);
  check_widget_tree (&check, gallery);
  assert_no_english (&check, "gallery", 20);
  check_clear (&check);

  gtk_window_destroy (GTK_WINDOW (gallery));
  g_object_unref (gallery);
  g_rmdir (folder_path);
}

static void
test_l10n_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (FY_SETTINGS_SCHEMA_ID);
  GtkWidget *prefs;
  Check check;

  prefs = fy_preferences_window_new (NULL, settings);
  g_object_ref_sink (prefs);
  gtk_window_present (GTK_WINDOW (prefs));
  iterate_for (500);

  check_init (&check);
  check_widget_tree (&check, prefs);
  assert_no_english (&check, "preferences", 15);
  check_clear (&check);

  gtk_window_destroy (GTK_WINDOW (prefs));
  g_object_unref (prefs);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("fayan-test-data-XXXXXX", NULL);
  g_autofree char *localedir = NULL;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  fy_test_move_pointer_aside ();
  adw_init ();

  /* gtk_test_init() set its own locale; ask for Chinese as a user does. */
  localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_setenv ("FAYAN_LOCALEDIR", localedir, TRUE);
  g_setenv ("LANG", "zh_CN.UTF-8", TRUE);
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_unsetenv ("LANGUAGE");
  fy_core_setlocale ();
  zh_locale_installed = g_str_has_prefix (setlocale (LC_TIME, NULL), "zh_CN");
  fy_core_init ();
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/ui/l10n/catalog", test_l10n_catalog);
  g_test_add_func ("/ui/l10n/window", test_l10n_window);
  g_test_add_func ("/ui/l10n/mnemonics", test_l10n_mnemonics);
  g_test_add_func ("/ui/l10n/gallery", test_l10n_gallery);
  g_test_add_func ("/ui/l10n/preferences", test_l10n_preferences);
  g_test_add_func ("/ui/l10n/paste-notes", test_l10n_paste_notes);

  return g_test_run ();
}

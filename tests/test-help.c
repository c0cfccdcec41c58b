/* test-help.c — the user guide: every page it names is there and reads
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <pango/pango.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

/* What a clerk needs first (session 21's closing note, Left 4: a clerk
 * had no help); each is a page the index lists. */
static const char *topics[] = {
  "first-speech",  /* a first speech from a template in a minute */
  "fields",        /* fields and batch fill */
  "import",        /* Word documents and pasted text */
  "numbering",     /* automatic or as written */
  "attachments",   /* 附件说明, an attached document, a 名单 (session 23's new user) */
  "versions",      /* versions and comparing rounds */
  "export-print",  /* PDF, Word, printing */
  "lint",          /* proofreading notes */
  "keyboard",
};

static char *
dup_help_source (void)
{
  return g_build_filename (g_getenv ("FAYAN_SOURCE_ROOT"), "help", "C", NULL);
}

static char *
read_source_file (const char *first,
                  ...)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, first);
  path = g_build_filename_valist (first, &args);
  va_end (args);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&contents);
}

/* Every page the guide names exists and is reached from the index, and
 * every page in help/C is installed by help/meson.build. */
static void
test_help_pages (void)
{
  g_autofree char *folder = dup_help_source ();
  g_autofree char *root = g_path_get_dirname (folder);
  g_autofree char *meson = read_source_file (root, "meson.build", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyHelp) help = fy_help_load (folder, &error);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GRegex) links = g_regex_new ("</?a[^>]*>", 0, 0, NULL);
  FyHelpPage *index;
  const char *name;

  g_assert_no_error (error);
  g_assert_nonnull (help);
  index = g_ptr_array_index (help->pages, 0);
  g_assert_cmpstr (index->id, ==, "index");
  g_assert_cmpstr (index->title, ==, "发言稿用户指南");

  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      FyHelpPage *page = fy_help_lookup (help, topics[i]);

      g_test_message ("%s", topics[i]);
      g_assert_nonnull (page);
      g_assert_true (g_ptr_array_find_with_equal_func (index->links, topics[i], g_str_equal, NULL));
      g_assert_cmpuint (page->blocks->len, >=, 3);
      g_assert_cmpstr (page->title, !=, topics[i]);
    }

  for (guint i = 0; i < help->pages->len; i++)
    {
      FyHelpPage *page = g_ptr_array_index (help->pages, i);

      for (guint j = 0; j < page->links->len; j++)
        g_assert_nonnull (fy_help_lookup (help, g_ptr_array_index (page->links, j)));
      for (guint j = 0; j < page->blocks->len; j++)
        {
          FyHelpBlock *block = g_ptr_array_index (page->blocks, j);
          g_autoptr(GError) markup_error = NULL;
          /* GtkLabel reads <a href>, Pango the rest */
          g_autofree char *pango = g_regex_replace (links, block->markup, -1, 0, "", 0, NULL);

          g_assert_true (pango_parse_markup (pango, -1, 0, NULL, NULL, NULL, &markup_error));
          g_assert_no_error (markup_error);
          g_assert_cmpstr (block->markup, !=, "");
        }
    }

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      g_autofree char *listed = g_strdup_printf ("'C/%s'", name);

      if (!g_str_has_suffix (name, ".page"))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".page"));
      g_test_message ("%s", name);
      g_assert_nonnull (fy_help_lookup (help, id));
      g_assert_nonnull (strstr (meson, listed));
    }
}

/* The pages as a reader sees them: links to a page show its title,
 * keys read as on the keyboard, and a line break in the source between
 * Chinese characters adds no space. */
static void
test_help_markup (void)
{
  g_autofree char *folder = dup_help_source ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FyHelp) help = fy_help_load (folder, &error);
  FyHelpPage *index;
  FyHelpPage *first;
  g_autoptr(GString) all = g_string_new (NULL);
  guint n_steps = 0;

  g_assert_no_error (error);
  index = fy_help_lookup (help, "index");
  for (guint i = 0; i < index->blocks->len; i++)
    g_string_append (all, ((FyHelpBlock *) g_ptr_array_index (index->blocks, i))->markup);
  g_assert_nonnull (strstr (all->str, "<a href=\"help:fayan/first-speech\">一分钟写出第一篇发言稿</a>"));
  g_assert_nonnull (strstr (all->str, "<b>F1</b>"));

  first = fy_help_lookup (help, "first-speech");
  for (guint i = 0; i < first->blocks->len; i++)
    {
      FyHelpBlock *block = g_ptr_array_index (first->blocks, i);

      if (block->kind == FY_HELP_BLOCK_STEP)
        g_assert_cmpuint (block->number, ==, ++n_steps);
      if (i == 1)
        g_assert_nonnull (strstr (block->markup, "按 <b>Ctrl+N</b>，或点左上角的 <b>新建</b>。"));
    }
  g_assert_cmpuint (n_steps, ==, 5);
}

/* Adds to @labels each string of the zh_CN catalog, msgid and msgstr, as
 * the window shows it: without its mnemonic (_X) or a trailing …. */
static void
add_catalog_labels (GHashTable *labels)
{
  g_autofree char *po = read_source_file (g_getenv ("FAYAN_SOURCE_ROOT"), "po", "zh_CN.po", NULL);
  g_autoptr(GRegex) line = g_regex_new ("^msg(?:id|str) \"(.+)\"$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GRegex) mnemonic = g_regex_new ("\\(_.\\)|_|…$", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (line, po, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *text = g_match_info_fetch (match, 1);

      g_hash_table_add (labels, g_regex_replace (mnemonic, text, -1, 0, "", 0, NULL));
      g_match_info_next (match, NULL);
    }
}

/* Each <gui> the guide names is something the window shows: a menu item,
 * button or tab label of the zh_CN catalog, a built-in template's name,
 * or ☰, the main menu's button; a label renamed in the window and not in
 * the guide fails here. */
static void
test_help_gui_names (void)
{
  g_autofree char *folder = dup_help_source ();
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(FyTemplateLibrary) library = fy_template_library_new (NULL, NULL);
  g_autoptr(GRegex) gui = g_regex_new ("<gui>([^<]+)</gui>", 0, 0, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n_names = 0;

  add_catalog_labels (labels);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (G_LIST_MODEL (library), i);

      g_hash_table_add (labels, g_strdup (fy_template_get_name (template_)));
    }
  g_hash_table_add (labels, g_strdup ("☰"));

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *contents = read_source_file (folder, name, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (gui, contents, 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *label = g_match_info_fetch (match, 1);
          g_autofree char *shown = g_str_has_suffix (label, "…")
                                   ? g_strndup (label, strlen (label) - strlen ("…"))
                                   : g_strdup (label);

          g_test_message ("%s: %s", name, label);
          g_assert_true (g_hash_table_contains (labels, shown));
          n_names++;
          g_match_info_next (match, NULL);
        }
    }
  g_assert_cmpuint (n_names, >=, 30);
}

/* The guide names each style as the style menu does: the salutation is
 * 称谓 there (and on the 设为称谓 button), never 称呼, which a clerk
 * looking for it in the menu would not find. */
static void
test_help_role_names (void)
{
  g_autofree char *folder = dup_help_source ();
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n_named = 0;

  add_catalog_labels (labels);
  g_assert_true (g_hash_table_contains (labels, "称谓"));
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *contents = read_source_file (folder, name, NULL);

      g_test_message ("%s", name);
      g_assert_null (strstr (contents, "称呼"));
      n_named += strstr (contents, "称谓") != NULL;
    }
  g_assert_cmpuint (n_named, >=, 2);
}

static void
write_page (const char *folder,
            const char *id,
            const char *body)
{
  g_autofree char *name = g_strconcat (id, ".page", NULL);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *contents = g_strdup_printf ("<page xmlns=\"http://projectmallard.org/1.0/\" "
                                               "id=\"%s\"><title>%s</title>%s</page>",
                                               id, id, body);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* A page named and missing, or not a Mallard page, is an error that
 * names it; $FAYAN_HELP_DIR is the folder even when it is wrong, so that
 * the window can say so. */
static void
test_help_broken (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("fayan-help-XXXXXX", &error);
  g_autofree char *found = NULL;
  g_autoptr(FyHelp) help = NULL;
  gboolean installed = TRUE;

  g_assert_no_error (error);
  help = fy_help_load (folder, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "index.page"));
  g_clear_error (&error);

  write_page (folder, "index", "<p><link xref=\"gone\"/></p><p><link xref=\"../x\"/></p>");
  help = fy_help_load (folder, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "gone.page"));
  g_clear_error (&error);

  write_page (folder, "gone", "<p>在此。</p>");
  help = fy_help_load (folder, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "../x.page"));
  g_clear_error (&error);

  write_page (folder, "index", "<p><link xref=\"gone\">去</link></p>");
  {
    g_autofree char *path = g_build_filename (folder, "gone.page", NULL);

    g_file_set_contents (path, "<html/>", -1, &error);
    g_assert_no_error (error);
  }
  help = fy_help_load (folder, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT);
  g_clear_error (&error);

  write_page (folder, "gone", "<p>在此。</p>");
  help = fy_help_load (folder, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (help->pages->len, ==, 2);

  g_setenv ("FAYAN_HELP_DIR", "/nonexistent/help", TRUE);
  found = fy_help_find_folder (&installed);
  g_assert_cmpstr (found, ==, "/nonexistent/help");
  g_assert_false (installed);
  g_unsetenv ("FAYAN_HELP_DIR");

  fy_test_remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/help/pages", test_help_pages);
  g_test_add_func ("/core/help/markup", test_help_markup);
  g_test_add_func ("/core/help/gui-names", test_help_gui_names);
  g_test_add_func ("/core/help/role-names", test_help_role_names);
  g_test_add_func ("/core/help/broken", test_help_broken);

  return g_test_run ();
}

/* test-environment.c — fayan-cli reads the settings the GUI writes
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

/*
 * The three defects of issue 18 that one FyEnvironment fixes, seen from
 * fayan-cli: the settings live in a key file (GSETTINGS_BACKEND=keyfile,
 * as the GUI would have written them with dconf), so that a separate
 * process reads them.
 */

typedef struct
{
  char *dir;       /* XDG_CONFIG_HOME and work folder */
  FyTestCliResult cli;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("fayan-environment-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_file (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_remove (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char *files[] = {
    "glib-2.0/settings/keyfile", "glib-2.0/settings", "glib-2.0",
    "shared/shared-speech.fayan-template", "shared",
    "speech.md", "speech.pdf", "speech.fayan", "new.fayan", NULL,
  };

  for (guint i = 0; files[i] != NULL; i++)
    remove_file (fixture->dir, files[i]);
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->dir);
  fy_test_cli_result_clear (&fixture->cli);
}

/* What the GUI's preferences saved. */
static void
write_settings (Fixture    *fixture,
                const char *lines)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "glib-2.0", "settings", NULL);
  g_autofree char *path = g_build_filename (folder, "keyfile", NULL);
  g_autofree char *text = g_strconcat ("[io/github/fayan/Fayan]\n", lines, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* Runs fayan-cli in the fixture's folder, with its settings. */
static void
run_cli_argv (Fixture            *fixture,
              const char * const *args)
{
  g_auto(GStrv) envp = g_get_environ ();

  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "keyfile", TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", fixture->dir, TRUE);
  fy_test_run_cli_full (&fixture->cli, fixture->dir, (const char * const *) envp, NULL, args);
}

#define run_cli(fixture, ...) \
  run_cli_argv (fixture, (const char * const[]) { __VA_ARGS__ })

/* cairo writes font dictionaries uncompressed: /BaseFont /ABCDEF+UKaiCN */
static gboolean
pdf_names_font (const char *path,
                const char *name)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* binary: not g_strstr_len, which stops at the first NUL */
  for (gsize i = 0; i + strlen (name) <= length; i++)
    if (memcmp (contents + i, name, strlen (name)) == 0)
      return TRUE;
  return FALSE;
}

static const char speech[] =
  "# 关于基层治理的交流发言\n\n各位领导、同志们：\n\n近年来，我们坚持问题导向，扎实推进各项工作。\n";

/* Defect: fayan-cli ignored the font per role chosen in the GUI. */
static void
test_environment_cli_fonts (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *md = write_file (fixture, "speech.md", speech);
  g_autofree char *pdf = g_build_filename (fixture->dir, "speech.pdf", NULL);

  /* AR PL UKai is no role's automatic face while LXGW WenKai is installed */
  run_cli (fixture, "render", md, "-o", pdf, NULL);
  g_assert_cmpint (fixture->cli.status, ==, 0);
  g_assert_false (pdf_names_font (pdf, "UKai"));

  write_settings (fixture, "font-overrides={'fangsong': 'AR PL UKai CN'}\n");
  run_cli (fixture, "render", md, "-o", pdf, NULL);
  g_assert_cmpint (fixture->cli.status, ==, 0);
  g_assert_true (pdf_names_font (pdf, "UKai"));

  /* --font wins for one run */
  run_cli (fixture, "render", md, "-o", pdf, "--font", "仿宋=Noto Sans CJK SC", NULL);
  g_assert_cmpint (fixture->cli.status, ==, 0);
  g_assert_false (pdf_names_font (pdf, "UKai"));
  g_assert_true (pdf_names_font (pdf, "NotoSansCJK"));

  run_cli (fixture, "render", md, "-o", pdf, "--font", "body", NULL);
  g_assert_cmpint (fixture->cli.status, ==, 2);
  g_assert_nonnull (strstr (fixture->cli.err, "ROLE=FAMILY"));
}

/* Defect: the “default style” preference was bound but never read. */
static void
test_environment_default_style (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *md = write_file (fixture, "speech.md", speech);
  g_autofree char *fayan = g_build_filename (fixture->dir, "speech.fayan", NULL);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  write_settings (fixture, "default-style-preset='reading'\n");
  run_cli (fixture, "import", md, "-o", fayan, NULL);
  g_assert_cmpint (fixture->cli.status, ==, 0);

  file = g_file_new_for_path (fayan);
  document = fy_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_style_preset (document), ==, "reading");
}

/* A shared folder holding the built-in exchange speech under the id
 * "shared-speech", its date field renamed @date_id when given; returns
 * the folder. */
static char *
make_shared_folder (Fixture    *fixture,
                    const char *date_id)
{
  g_autofree char *builtin = g_test_build_filename (G_TEST_DIST, "..", "resources", "templates",
                                                    "01-exchange-speech.fayan-template", NULL);
  g_autofree char *contents = NULL;
  char *shared = g_build_filename (fixture->dir, "shared", NULL);
  g_autoptr(GString) text = NULL;

  g_assert_true (g_file_get_contents (builtin, &contents, NULL, NULL));
  text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (text, "\"exchange-speech\"", "\"shared-speech\"", 1), ==, 1);
  if (date_id != NULL)
    g_assert_cmpuint (g_string_replace (text, "日期", date_id, 0), >, 0);
  g_assert_cmpint (g_mkdir (shared, 0755), ==, 0);
  g_free (write_file (fixture, "shared/shared-speech.fayan-template", text->str));

  return shared;
}

/* Defect: render, lint and the fields panel did not see the templates of
 * the shared folders in the settings. */
static void
test_environment_shared_templates (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *shared = make_shared_folder (fixture, NULL);
  g_autofree char *doc = g_build_filename (fixture->dir, "new.fayan", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "speech.pdf", NULL);
  g_autofree char *settings = NULL;

  settings = g_strdup_printf ("template-folders=['%s']\n", shared);
  write_settings (fixture, settings);

  run_cli (fixture, "new", "-t", "shared-speech", "--allow-incomplete", "-o", doc, NULL);
  g_assert_cmpint (fixture->cli.status, ==, 0);

  /* 会议名称 is required and unfilled: said only when the template is found */
  run_cli (fixture, "render", doc, "-o", pdf, NULL);
  g_assert_cmpint (fixture->cli.status, ==, 0);
  g_assert_nonnull (strstr (fixture->cli.err, "会议名称"));
  g_assert_nonnull (strstr (fixture->cli.err, "required"));
}

/* What is unfinished is judged with the document's template when any
 * folder of the environment holds it: its required fields count then. */
static void
test_environment_find_unfinished (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *shared = make_shared_folder (fixture, NULL);
  g_autoptr(FyEnvironment) environment = fy_environment_new ();
  g_autoptr(FyEnvironment) bare = fy_environment_new ();
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GPtrArray) with_template = NULL;
  g_autoptr(GPtrArray) without = NULL;
  g_autoptr(GError) error = NULL;
  const char *folders[] = { shared, NULL };
  gboolean names_meeting = FALSE;
  FyTemplate *template_;

  fy_environment_set_extra_template_folders (environment, folders);
  template_ = fy_environment_lookup_template (environment, "shared-speech");
  g_assert_nonnull (template_);
  document = fy_environment_instantiate (environment, template_, NULL, &error);
  g_assert_no_error (error);
  /* A text that shows no field and no guidance: only the template knows
   * that its required fields are empty. */
  while (fy_document_get_n_blocks (document) > 0)
    fy_document_remove_block (document, 0);
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "正文。"));

  with_template = fy_environment_find_unfinished (environment, document);
  without = fy_environment_find_unfinished (bare, document);
  g_assert_cmpuint (without->len, ==, 0);
  g_assert_cmpuint (with_template->len, >, 0);
  for (guint i = 0; i < with_template->len; i++)
    {
      const FyUnfinished *place = g_ptr_array_index (with_template, i);

      names_meeting |= place->block < 0 && strstr (place->message, "会议名称") != NULL;
    }
  g_assert_true (names_meeting);
}

/* One preset fallback for typesetters and the revision table: the
 * preset asked for, else the document's, else the default. */
static void
test_environment_new_style (void)
{
  g_autoptr(FyEnvironment) environment = fy_environment_new ();
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyStyle) asked = NULL;
  g_autoptr(FyStyle) own = NULL;
  g_autoptr(FyStyle) fallback = NULL;
  g_autoptr(FyStyle) missing = NULL;
  g_autoptr(GError) error = NULL;

  fy_environment_set_default_preset (environment, "reading");
  fy_document_set_style_preset (document, "review");

  asked = fy_environment_new_style (environment, document, "gbt9704", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_style_get_id (asked), ==, "gbt9704");

  own = fy_environment_new_style (environment, document, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_style_get_id (own), ==, "review");

  fallback = fy_environment_new_style (environment, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_style_get_id (fallback), ==, "reading");

  missing = fy_environment_new_style (environment, NULL, "no-such-preset", &error);
  g_assert_null (missing);
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
}

/* New from an earlier speech: the template found in the environment's
 * folders says which fields are dates, and so take today's date. */
static void
test_environment_new_from_earlier (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *shared = make_shared_folder (fixture, "开会日期");
  g_autoptr(FyEnvironment) environment = fy_environment_new ();
  g_autoptr(FyEnvironment) bare = fy_environment_new ();
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) next = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(FyDocument) earlier = NULL;
  g_autoptr(FyDocument) known = NULL;
  g_autoptr(FyDocument) unknown = NULL;
  g_autoptr(GError) error = NULL;
  const char *folders[] = { shared, NULL };
  FyTemplate *template_;

  fy_environment_set_extra_template_folders (environment, folders);
  template_ = fy_environment_lookup_template (environment, "shared-speech");
  g_assert_nonnull (template_);
  g_hash_table_insert (values, (char *) "会议名称", (char *) "全县工作会议");
  g_hash_table_insert (values, (char *) "发言人", (char *) "许文");
  g_hash_table_insert (values, (char *) "开会日期", (char *) "2020年1月2日");
  earlier = fy_environment_instantiate (environment, template_, values, &error);
  g_assert_no_error (error);

  g_hash_table_insert (next, (char *) "发言人", (char *) "邓莉");
  known = fy_environment_new_from_earlier (environment, earlier, next, &error);
  g_assert_no_error (error);
  unknown = fy_environment_new_from_earlier (bare, earlier, next, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (fy_document_get_field_value (known, "发言人"), ==, "邓莉");
  g_assert_cmpstr (fy_document_get_field_value (known, "会议名称"), ==, "全县工作会议");
  g_assert_cmpstr (fy_document_get_field_value (known, "开会日期"), !=, "2020年1月2日");
  g_assert_cmpstr (fy_document_get_field_value (unknown, "开会日期"), ==, "2020年1月2日");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add ("/core/environment/cli-fonts", Fixture, NULL,
              fixture_set_up, test_environment_cli_fonts, fixture_tear_down);
  g_test_add ("/core/environment/default-style", Fixture, NULL,
              fixture_set_up, test_environment_default_style, fixture_tear_down);
  g_test_add ("/core/environment/shared-templates", Fixture, NULL,
              fixture_set_up, test_environment_shared_templates, fixture_tear_down);
  g_test_add_func ("/core/environment/new-style", test_environment_new_style);
  g_test_add ("/core/environment/new-from-earlier", Fixture, NULL,
              fixture_set_up, test_environment_new_from_earlier, fixture_tear_down);
  g_test_add ("/core/environment/find-unfinished", Fixture, NULL,
              fixture_set_up, test_environment_find_unfinished, fixture_tear_down);

  return g_test_run ();
}

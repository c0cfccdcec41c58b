/* test-cli.c — fayan-cli exit statuses and messages, run as a real process
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

static char *
sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "resources", "samples", "sample-speech.fayan", NULL);
}

static void
test_info_sample (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title_line = NULL;
  g_autofree char *blocks_line = NULL;
  g_auto(FyTestCliResult) result = { 0 };

  document = fy_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);

  fy_test_run_cli (&result, "info", path);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");

  title_line = g_strdup_printf ("Title: %s\n", fy_document_get_title (document));
  blocks_line = g_strdup_printf ("Blocks: %u\n", fy_document_get_n_blocks (document));
  g_assert_true (g_str_has_prefix (result.out, title_line));
  g_assert_nonnull (strstr (result.out, "把代表联络站建成群众家门口的“民意窗口”"));
  g_assert_nonnull (strstr (result.out, blocks_line));
  g_assert_nonnull (strstr (result.out, "Blocks: 17\n"));
  g_assert_nonnull (strstr (result.out, "Bold leads: 2\n"));
}

static void
test_help (void)
{
  static const char *const commands[] = { "export", "import", "render", "lint", "compare" };
  g_auto(FyTestCliResult) top = { 0 };
  g_auto(FyTestCliResult) info = { 0 };

  fy_test_run_cli (&top, "--help");
  g_assert_cmpint (top.status, ==, 0);
  g_assert_nonnull (strstr (top.out, "info"));
  g_assert_nonnull (strstr (top.out, "import"));

  fy_test_run_cli (&info, "info", "--help");
  g_assert_cmpint (info.status, ==, 0);
  g_assert_nonnull (strstr (info.out, "Usage:"));
  g_assert_nonnull (strstr (info.out, "IN"));

  /* the usage names the command */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(FyTestCliResult) help = { 0 };
      g_autofree char *usage = g_strdup_printf ("fayan-cli %s [", commands[i]);

      fy_test_run_cli (&help, commands[i], "--help");
      g_assert_cmpint (help.status, ==, 0);
      g_assert_nonnull (strstr (help.out, usage));
    }
}

static void
test_usage_errors (void)
{
  g_auto(FyTestCliResult) unknown = { 0 };
  g_auto(FyTestCliResult) none = { 0 };
  g_auto(FyTestCliResult) no_file = { 0 };
  g_auto(FyTestCliResult) bad_option = { 0 };

  fy_test_run_cli (&unknown, "frobnicate");
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));

  fy_test_run_cli (&none, NULL);
  g_assert_cmpint (none.status, ==, 2);

  fy_test_run_cli (&no_file, "info");
  g_assert_cmpint (no_file.status, ==, 2);
  g_assert_cmpstr (no_file.out, ==, "");

  fy_test_run_cli (&bad_option, "info", "--no-such-option");
  g_assert_cmpint (bad_option.status, ==, 2);
}

/* In Chinese the program's name is followed by a full-width colon, on
 * errors as on warnings ("fayan-cli: 无法…" read half English). */
static void
test_errors_in_chinese (void)
{
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-cli-XXXXXX");
  g_autofree char *future_path = g_build_filename (dir, "newer.fayan", NULL);
  g_autofree char *future = fy_test_future_document ();
  g_autofree char *localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char * const commands[][3] = {
    { "info", future_path, NULL },
    { "info", NULL },
    { "render", "--page-numbers=none", NULL },
  };

  g_assert_true (g_file_set_contents (future_path, future, -1, &error));
  g_assert_no_error (error);
  env = g_environ_unsetenv (env, "LC_ALL");
  env = g_environ_unsetenv (env, "LC_MESSAGES");
  env = g_environ_setenv (env, "LANG", "C.UTF-8", TRUE);
  env = g_environ_setenv (env, "LANGUAGE", "zh_CN", TRUE);
  env = g_environ_setenv (env, "FAYAN_LOCALEDIR", localedir, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(FyTestCliResult) result = { 0 };

      fy_test_run_cli_full (&result, NULL, (const char * const *) env, NULL, commands[i]);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_true (g_str_has_prefix (result.err, "fayan-cli："));
      g_assert_null (strstr (result.err, "fayan-cli: "));
    }

  g_unlink (future_path);
  g_rmdir (dir);
}

/* --numbering in import and layout: the mode is stored, and it decides
 * whether the engine prints its numbers. */
static void
test_numbering_option (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-cli-XXXXXX", &error);
  g_autofree char *md = g_build_filename (dir, "in.md", NULL);
  g_autofree char *fayan = g_build_filename (dir, "out.fayan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fayan);
  g_autoptr(FyDocument) document = NULL;
  g_auto(FyTestCliResult) import = { 0 };
  g_auto(FyTestCliResult) written = { 0 };
  g_auto(FyTestCliResult) automatic = { 0 };
  g_auto(FyTestCliResult) bad = { 0 };

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (md, "# 标题\n\n## 工作要求\n\n正文。\n", -1, &error));

  fy_test_run_cli (&import, "import", "--numbering", "as-written", md, "-o", fayan);
  g_assert_cmpint (import.status, ==, 0);
  document = fy_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_document_get_numbering (document), ==, FY_NUMBERING_AS_WRITTEN);

  fy_test_run_cli (&written, "layout", fayan);
  g_assert_cmpint (written.status, ==, 0);
  g_assert_nonnull (strstr (written.out, "工作要求"));
  g_assert_null (strstr (written.out, "一、"));

  fy_test_run_cli (&automatic, "layout", "--numbering", "auto", fayan);
  g_assert_cmpint (automatic.status, ==, 0);
  g_assert_nonnull (strstr (automatic.out, "一、工作要求"));

  fy_test_run_cli (&bad, "render", "--numbering", "roman", fayan, "-o", "x.pdf");
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "as-written"));

  g_unlink (fayan);
  g_unlink (md);
  g_rmdir (dir);
}

/* --page-numbers: render prints none with "off", whatever the document
 * says; import keeps "off" in the .fayan file, which then prints none
 * until "on" is asked for; anything else is a usage error. */
static void
test_page_numbers_option (void)
{
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-cli-XXXXXX");
  g_autofree char *sample = sample_path ();
  g_autofree char *md = g_build_filename (dir, "notice.md", NULL);
  g_autofree char *fayan = g_build_filename (dir, "notice.fayan", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fayan);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  struct {
    const char *input;
    const char *option;
    gboolean    numbered;
  } runs[] = {
    { sample, NULL, TRUE },
    { sample, "--page-numbers=off", FALSE },
    { fayan, NULL, FALSE },
    { fayan, "--page-numbers=on", TRUE },
  };
  g_auto(FyTestCliResult) import = { 0 };
  g_auto(FyTestCliResult) info = { 0 };
  g_auto(FyTestCliResult) bad = { 0 };

  g_assert_true (g_file_set_contents (md, "# 关于召开年终总结会议的通知\n\n各科室：\n\n定于本周五下午召开年终总结会议。\n", -1, &error));
  g_assert_no_error (error);
  fy_test_run_cli (&import, "import", "--page-numbers", "off", md, "-o", fayan);
  g_assert_cmpint (import.status, ==, 0);
  document = fy_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (fy_document_get_page_numbers (document));
  fy_test_run_cli (&info, "info", fayan);
  g_assert_nonnull (strstr (info.out, "Page numbers: off"));

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_auto(FyTestCliResult) render = { 0 };
      g_autoptr(PopplerDocument) pdf = NULL;
      g_autofree char *text = NULL;
      g_autofree char *flat = NULL;

      g_test_message ("%s %s", runs[i].input, runs[i].option ? runs[i].option : "");
      if (runs[i].option != NULL)
        fy_test_run_cli (&render, "render", runs[i].option, runs[i].input, "-o", pdf_path);
      else
        fy_test_run_cli (&render, "render", runs[i].input, "-o", pdf_path);
      g_assert_cmpint (render.status, ==, 0);
      pdf = fy_test_pdf_open (pdf_path);
      text = fy_test_pdf_page_text (pdf, 0);
      flat = fy_test_strip_spaces (text);
      g_assert_true ((strstr (flat, "—1—") != NULL) == runs[i].numbered);
    }

  fy_test_run_cli (&bad, "render", "--page-numbers=none", sample, "-o", pdf_path);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "“on” or “off”"));

  g_unlink (pdf_path);
  g_unlink (fayan);
  g_unlink (md);
  g_rmdir (dir);
}

/* --numbering as-written on pasted text: the ordinals the import took
 * out of the headings (for the engine to print) come back as the source
 * wrote them, in the PDF as in the layout; a heading the source did not
 * number gets none. */
static void
test_numbering_as_written_import (void)
{
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-cli-XXXXXX");
  g_autofree char *txt = g_build_filename (dir, "report.txt", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *md = g_build_filename (dir, "report.md", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *text = NULL;
  g_auto(FyTestCliResult) layout = { 0 };
  g_auto(FyTestCliResult) render = { 0 };
  g_auto(FyTestCliResult) automatic = { 0 };
  g_auto(FyTestCliResult) markdown = { 0 };
  const char *numbered[] = { "一、基本情况", "（一）建设规模", "1.实训中心", "三、下一步打算" };

  g_assert_true (g_file_set_contents (txt,
                                      "关于实训基地建设情况的报告\n"
                                      "一、基本情况\n"
                                      "今年以来，实训基地建设按计划推进。\n"
                                      "（一）建设规模\n"
                                      "新建实训用房两栋。\n"
                                      "1.实训中心\n"
                                      "中心已投入使用。\n"
                                      "三、下一步打算\n"
                                      "继续完善管理制度。\n", -1, &error));
  g_assert_no_error (error);

  fy_test_run_cli (&layout, "layout", "--numbering", "as-written", txt);
  g_assert_cmpint (layout.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (numbered); i++)
    g_assert_nonnull (strstr (layout.out, numbered[i]));

  fy_test_run_cli (&render, "render", "--numbering", "as-written", txt, "-o", pdf_path);
  g_assert_cmpint (render.status, ==, 0);
  pdf = fy_test_pdf_open (pdf_path);
  text = fy_test_pdf_text (pdf);
  for (guint i = 0; i < G_N_ELEMENTS (numbered); i++)
    {
      g_test_message ("%s", numbered[i]);
      g_assert_nonnull (strstr (text, numbered[i]));
    }
  /* Written as the source has it: no automatic 二、 in place of 三、. */
  g_assert_null (strstr (text, "二、"));

  /* The source skips 二、, so the import kept the author's numbers, and
   * automatic numbering prints a heading's own ordinal as written: 三、
   * stays, and nothing is numbered twice. */
  fy_test_run_cli (&automatic, "layout", "--numbering", "auto", txt);
  g_assert_cmpint (automatic.status, ==, 0);
  g_assert_nonnull (strstr (automatic.out, "三、下一步打算"));
  g_assert_null (strstr (automatic.out, "二、下一步打算"));
  g_assert_null (strstr (automatic.out, "一、一、"));

  /* Markdown the same: "## 工作要求" had no number and gets none. */
  g_assert_true (g_file_set_contents (md, "# 标题\n\n## 一、基本情况\n\n正文。\n\n"
                                          "### （一）规模\n\n正文。\n\n## 工作要求\n\n正文。\n",
                                      -1, &error));
  g_assert_no_error (error);
  fy_test_run_cli (&markdown, "layout", "--numbering", "as-written", md);
  g_assert_cmpint (markdown.status, ==, 0);
  g_assert_nonnull (strstr (markdown.out, "一、基本情况"));
  g_assert_nonnull (strstr (markdown.out, "（一）规模"));
  g_assert_null (strstr (markdown.out, "二、工作要求"));

  fy_test_remove_tree (dir);
}

/* Broken files ------------------------------------------------------------- */

typedef struct
{
  char *dir;
  char *sample;
  gsize sample_length;
} BrokenFixture;

static void
broken_fixture_set_up (BrokenFixture *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("fayan-cli-XXXXXX", &error);
  g_assert_no_error (error);
  g_file_get_contents (path, &fixture->sample, &fixture->sample_length, &error);
  g_assert_no_error (error);
}

static void
broken_fixture_tear_down (BrokenFixture *fixture,
                          gconstpointer  data)
{
  fy_test_assert_remove_tree (fixture->dir);

  g_free (fixture->dir);
  g_free (fixture->sample);
}

static char *
write_broken (BrokenFixture *fixture,
              const char    *name,
              const char    *contents,
              gssize         length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* Replaces the first @old in the sample with @new. */
static char *
edit_sample (BrokenFixture *fixture,
             const char    *old,
             const char    *new)
{
  const char *at = strstr (fixture->sample, old);
  GString *edited = g_string_new (NULL);

  g_assert_nonnull (at);
  g_string_append_len (edited, fixture->sample, at - fixture->sample);
  g_string_append (edited, new);
  g_string_append (edited, at + strlen (old));
  return g_string_free (edited, FALSE);
}

/* Runs `fayan-cli info` on @path and returns its message on stderr. */
static char *
info_fails (const char *path)
{
  g_auto(FyTestCliResult) result = { 0 };
  g_autofree char *base = g_path_get_basename (path);

  fy_test_run_cli (&result, "info", path);
  g_test_message ("%s: %s", base, result.err);

  g_assert_cmpint (result.status, ==, 2);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_true (g_str_has_prefix (result.err, "fayan-cli: "));
  g_assert_nonnull (strstr (result.err, base));
  /* One message, on one line. */
  g_assert_true (g_str_has_suffix (result.err, "\n"));
  g_assert_true (strchr (result.err, '\n') == result.err + strlen (result.err) - 1);

  return g_steal_pointer (&result.err);
}

static void
test_broken_files (BrokenFixture *fixture,
                   gconstpointer  data)
{
  g_autofree char *truncated = NULL;
  g_autofree char *future = NULL;
  g_autofree char *banana = NULL;
  g_autofree char *latin1 = NULL;
  g_autofree char *big = NULL;
  g_autofree char *deep = NULL;
  g_autofree char *edited = NULL;
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  GString *nested;
  char *message;
  int fd;

  /* Cut in the middle of the blocks, as a crash during a copy would. */
  truncated = write_broken (fixture, "truncated.fayan", fixture->sample, fixture->sample_length / 2);
  message = info_fails (truncated);
  g_assert_nonnull (strstr (message, "not valid JSON"));
  g_assert_nonnull (strstr (message, "line "));
  g_assert_nonnull (strstr (message, "column "));
  g_ptr_array_add (messages, message);

  edited = edit_sample (fixture, "\"version\": 1", "\"version\": 99");
  future = write_broken (fixture, "version-99.fayan", edited, -1);
  g_clear_pointer (&edited, g_free);
  message = info_fails (future);
  g_assert_nonnull (strstr (message, "newer"));
  g_assert_nonnull (strstr (message, "99"));
  g_ptr_array_add (messages, message);

  edited = edit_sample (fixture, "\"role\": \"closing\"", "\"role\": \"banana\"");
  banana = write_broken (fixture, "banana.fayan", edited, -1);
  g_clear_pointer (&edited, g_free);
  message = info_fails (banana);
  g_assert_nonnull (strstr (message, "“banana”"));
  g_assert_nonnull (strstr (message, "Block 17"));
  g_ptr_array_add (messages, message);

  /* “Café” in Latin-1, as an old editor would save it. */
  edited = edit_sample (fixture, "谢谢大家！", "Merci, caf\xe9!");
  latin1 = write_broken (fixture, "latin1.fayan", edited, -1);
  g_clear_pointer (&edited, g_free);
  message = info_fails (latin1);
  g_assert_nonnull (strstr (message, "UTF-8"));
  g_assert_nonnull (strstr (message, "byte offset"));
  g_ptr_array_add (messages, message);

  /* 200 MiB, sparse so that it costs no disk space. */
  big = g_build_filename (fixture->dir, "huge.fayan", NULL);
  fd = g_open (big, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 200 * 1024 * 1024), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);
  message = info_fails (big);
  g_assert_nonnull (strstr (message, "too large"));
  g_ptr_array_add (messages, message);

  nested = g_string_new (NULL);
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (nested, '[');
  deep = write_broken (fixture, "deep.fayan", nested->str, nested->len);
  g_string_free (nested, TRUE);
  message = info_fails (deep);
  g_assert_nonnull (strstr (message, "nested"));
  g_ptr_array_add (messages, message);

  /* Each problem has its own message. */
  for (guint i = 0; i < messages->len; i++)
    for (guint j = i + 1; j < messages->len; j++)
      g_assert_cmpstr (g_ptr_array_index (messages, i), !=, g_ptr_array_index (messages, j));
}

static void
test_missing_and_folder (BrokenFixture *fixture,
                         gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.fayan", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "folder.fayan", NULL);
  g_autofree char *message = NULL;
  g_autofree char *folder_message = NULL;

  message = info_fails (missing);
  g_assert_nonnull (strstr (message, "does not exist"));

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  folder_message = info_fails (folder);
  g_assert_nonnull (strstr (folder_message, "folder"));
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* Issue 17, defects 2, 5, 6 and 11 ---------------------------------------- */

static void
assert_unchanged (BrokenFixture *fixture,
                  const char    *path)
{
  g_autofree char *now = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &now, &length, NULL));
  g_assert_cmpmem (now, length, fixture->sample, fixture->sample_length);
}

static void
test_outputs_refused (BrokenFixture *fixture,
                      gconstpointer  data)
{
  g_auto(FyTestCliResult) result = { 0 };
  g_autofree char *doc = write_broken (fixture, "doc.fayan", fixture->sample, fixture->sample_length);
  g_autofree char *md = write_broken (fixture, "old.md", fixture->sample, fixture->sample_length);
  g_autofree char *a_file = write_broken (fixture, "pages", "x", 1);
  g_autofree char *pdf = g_build_filename (fixture->dir, "doc.pdf", NULL);

  /* render -o doc.fayan wrote the PDF over its own input, exit 0. */
  fy_test_run_cli (&result, "render", doc, "-o", doc);
  g_assert_cmpint (result.status, !=, 0);
  g_assert_nonnull (strstr (result.err, "being read"));
  assert_unchanged (fixture, doc);
  fy_test_cli_result_clear (&result);

  fy_test_run_cli (&result, "export", doc, "-o", doc);
  g_assert_cmpint (result.status, !=, 0);
  assert_unchanged (fixture, doc);
  fy_test_cli_result_clear (&result);

  /* A read-only destination was replaced, exit 0. */
  g_assert_cmpint (g_chmod (md, 0444), ==, 0);
  fy_test_run_cli (&result, "export", doc, "-o", md);
  g_assert_cmpint (result.status, !=, 0);
  g_assert_nonnull (strstr (result.err, "read-only"));
  assert_unchanged (fixture, md);
  fy_test_cli_result_clear (&result);

  /* --png naming a file wrote the PDF first and then failed vaguely. */
  fy_test_run_cli (&result, "render", doc, "-o", pdf, "--png", a_file);
  g_assert_cmpint (result.status, !=, 0);
  g_assert_nonnull (strstr (result.err, "is a file"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

static void
test_info_arguments (BrokenFixture *fixture,
                     gconstpointer  data)
{
  g_auto(FyTestCliResult) result = { 0 };
  g_autofree char *dash = write_broken (fixture, "-x.fayan", fixture->sample, fixture->sample_length);
  g_autofree char *escaped = edit_sample (fixture, "\"title\": \"",
                                          "\"title\": \"\\u001b]0;owned\\u0007\\u202e");
  g_autofree char *escaped_path = write_broken (fixture, "esc.fayan", escaped, -1);
  g_autofree char *old_dir = g_get_current_dir ();

  g_assert_cmpint (g_chdir (fixture->dir), ==, 0);
  fy_test_run_cli (&result, "info", "--", "-x.fayan");
  g_assert_cmpint (g_chdir (old_dir), ==, 0);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "Title: "));
  fy_test_cli_result_clear (&result);

  /* Escape characters from a document never reach the terminal. */
  fy_test_run_cli (&result, "info", escaped_path);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_null (strchr (result.out, '\x1b'));
  g_assert_null (strchr (result.out, '\x07'));
  g_assert_null (strstr (result.out, "\u202E"));
  g_assert_nonnull (strstr (result.out, "]0;owned"));
}

/* Issue 17, defects 4 and 10, through `fill` ------------------------------ */

static void
remove_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
test_fill_output_names (BrokenFixture *fixture,
                        gconstpointer  data)
{
  g_auto(FyTestCliResult) result = { 0 };
  g_autofree char *out = g_build_filename (fixture->dir, "out", NULL);
  g_autofree char *elsewhere = g_build_filename (fixture->dir, "elsewhere", NULL);
  g_autofree char *victim = g_build_filename (elsewhere, "victim", NULL);
  g_autofree char *link = g_build_filename (out, "张三.fayan", NULL);
  g_autofree char *broken = g_build_filename (out, "李四.fayan", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GStatBuf st;
  guint n_files = 0;
  static const char * const expected[] = {
    "hidden.fayan", "fdp.exe.fayan", "CON_.fayan", "张三.fayan", "李四.fayan",
  };

  g_assert_cmpint (g_mkdir (out, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (elsewhere, 0755), ==, 0);
  g_assert_true (g_file_set_contents (victim, "victim", -1, NULL));
  /* out/张三.fayan -> ../elsewhere/victim was written through;
   * a broken link was replaced: one rule, the link itself is replaced. */
  g_assert_cmpint (symlink ("../elsewhere/victim", link), ==, 0);
  g_assert_cmpint (symlink ("../nowhere/x", broken), ==, 0);

  /* "/.hidden" gave ".hidden.fayan", U+202E was kept, "CON.fayan" made. */
  csv = write_broken (fixture, "names.csv",
                      "会议名称,发言人\n"
                      "甲会议,/.hidden\n"
                      "乙会议,\u202Efdp.exe\n"
                      "丙会议,CON\n"
                      "丁会议,张三\n"
                      "戊会议,李四\n", -1);
  fy_test_run_cli (&result, "fill", "commitment-speech", "--data", csv, "--out-dir", out);
  g_test_message ("%s%s", result.out, result.err);
  g_assert_cmpint (result.status, ==, 0);

  g_assert_true (g_file_get_contents (victim, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "victim");
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  g_assert_cmpint (g_lstat (broken, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));

  /* Exactly the safe names: nothing hidden, no temporary file left. */
  dir = g_dir_open (out, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_test_message ("wrote %s", name);
      g_assert_true (g_strv_contains (expected, name));
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (expected));

  remove_folder (out);
  remove_folder (elsewhere);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/cli/info/sample", test_info_sample);
  g_test_add_func ("/core/cli/help", test_help);
  g_test_add_func ("/core/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/core/cli/errors-in-chinese", test_errors_in_chinese);
  g_test_add_func ("/core/cli/numbering", test_numbering_option);
  g_test_add_func ("/core/cli/page-numbers", test_page_numbers_option);
  g_test_add_func ("/core/cli/numbering-as-written-import", test_numbering_as_written_import);
  g_test_add ("/core/cli/info/broken-files", BrokenFixture, NULL,
              broken_fixture_set_up, test_broken_files, broken_fixture_tear_down);
  g_test_add ("/core/cli/outputs-refused", BrokenFixture, NULL,
              broken_fixture_set_up, test_outputs_refused, broken_fixture_tear_down);
  g_test_add ("/core/cli/fill/output-names", BrokenFixture, NULL,
              broken_fixture_set_up, test_fill_output_names, broken_fixture_tear_down);
  g_test_add ("/core/cli/info/arguments", BrokenFixture, NULL,
              broken_fixture_set_up, test_info_arguments, broken_fixture_tear_down);
  g_test_add ("/core/cli/info/missing-and-folder", BrokenFixture, NULL,
              broken_fixture_set_up, test_missing_and_folder, broken_fixture_tear_down);

  return g_test_run ();
}

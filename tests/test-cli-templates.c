/* test-cli-templates.c — fayan-cli templates, new and fill, run as real processes
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <poppler.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

static const char *builtin_ids[] = {
  "exchange-speech",
  "experience-material",
  "commitment-speech",
  "leader-speech",
  "work-report",
  "study-seminar",
  "duty-report",
  "symposium-speech",
  "deliberation-opinions",
  "research-report",
  "notice",
  "inspection-report",
  "host-script",
};

/* A 人大 office's written documents and a 通知: no speaker, an organ
 * signs them. */
static gboolean
is_organ_document (const char *id)
{
  return g_str_equal (id, "deliberation-opinions") || g_str_equal (id, "research-report") ||
         g_str_equal (id, "notice") || g_str_equal (id, "inspection-report");
}

/* Whether @text prints a field's placeholder (〔会议名称〕); a 发文字号's
 * year in 〔〕 is none. */
static gboolean
has_placeholder (const char *text)
{
  for (const char *p = strstr (text, "〔"); p != NULL; p = strstr (p + 1, "〔"))
    if (!g_ascii_isdigit (p[strlen ("〔")]))
      return TRUE;
  return FALSE;
}

/* When set, the CLI runs with files limited to this many bytes, like a
 * disk that fills up. */
static rlim_t file_size_limit;

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { file_size_limit, file_size_limit };

  if (file_size_limit == 0)
    return;
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* Each test gets a data home of its own, so the personal template folder
 * is empty unless the test fills it. */
static char *data_home;

/* Runs fayan-cli with the test's data home, files limited as set above. */
static void
run_cli_argv (FyTestCliResult    *result,
              const char * const *args)
{
  g_auto(GStrv) envp = g_get_environ ();

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  /* The library warns about broken template files, which a test provokes
   * on purpose; the warning must be printed, not abort the process. */
  envp = g_environ_setenv (envp, "G_DEBUG", "gc-friendly", TRUE);
  fy_test_run_cli_full (result, NULL, (const char * const *) envp, limit_file_size, args);
}

#define run_cli(result, ...) \
  run_cli_argv (result, (const char * const[]) { __VA_ARGS__, NULL })

static void
setup_data_home (void)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&data_home, g_free);
  data_home = g_dir_make_tmp ("fayan-cli-templates-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
teardown_data_home (void)
{
  fy_test_remove_tree (data_home);
  g_clear_pointer (&data_home, g_free);
}

/* The text of a PDF with all white space removed: lines may break
 * anywhere in Chinese text. */
static char *
pdf_text (const char *path)
{
  g_autoptr(PopplerDocument) document = fy_test_pdf_open (path);
  g_autofree char *text = NULL;

  g_assert_cmpint (poppler_document_get_n_pages (document), >, 0);
  text = fy_test_pdf_text (document);
  return fy_test_strip_spaces (text);
}

static void
write_file (const char *path,
            const char *data)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, -1, &error);
  g_assert_no_error (error);
}

static void
test_cli_templates_list (void)
{
  g_auto(FyTestCliResult) result = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  g_auto(GStrv) lines = NULL;

  setup_data_home ();

  run_cli (&result, "templates");
  g_assert_cmpint (result.status, ==, 0);
  lines = g_strsplit (result.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, G_N_ELEMENTS (builtin_ids));
  for (guint i = 0; i < G_N_ELEMENTS (builtin_ids); i++)
    {
      /* id, name, category, origin on one line */
      g_assert_true (g_str_has_prefix (lines[i], builtin_ids[i]));
      g_assert_true (g_str_has_suffix (lines[i], "built-in"));
    }
  g_assert_nonnull (strstr (result.out, "交流发言"));
  g_assert_nonnull (strstr (result.out, "述职报告"));
  g_assert_nonnull (strstr (result.out, "审议意见"));
  g_assert_nonnull (strstr (result.out, "调研报告"));
  g_assert_nonnull (strstr (result.out, "通知"));
  g_assert_nonnull (strstr (result.out, "视察报告"));
  fy_test_cli_result_clear (&result);

  run_cli (&result, "templates", "--json");
  g_assert_cmpint (result.status, ==, 0);
  json_parser_load_from_data (parser, result.out, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, G_N_ELEMENTS (builtin_ids));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      JsonArray *fields = json_object_get_array_member (object, "fields");
      gboolean has_speaker = FALSE;

      g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, builtin_ids[i]);
      g_assert_cmpstr (json_object_get_string_member (object, "origin"), ==, "built-in");
      g_assert_cmpstr (json_object_get_string_member (object, "name"), !=, "");
      g_assert_cmpstr (json_object_get_string_member (object, "category"), !=, "");
      g_assert_cmpuint (json_array_get_length (fields), >=, 4);

      for (guint j = 0; j < json_array_get_length (fields); j++)
        {
          JsonObject *field = json_array_get_object_element (fields, j);

          g_assert_true (json_object_has_member (field, "label"));
          g_assert_true (json_object_has_member (field, "kind"));
          g_assert_true (JSON_NODE_HOLDS_VALUE (json_object_get_member (field, "required")));
          if (strcmp (json_object_get_string_member (field, "id"), "发言人") == 0)
            {
              has_speaker = TRUE;
              g_assert_true (json_object_get_boolean_member (field, "required"));
              g_assert_cmpstr (json_object_get_string_member (field, "kind"), ==, "text");
            }
        }
      g_assert_true (has_speaker != is_organ_document (builtin_ids[i]));
    }

  teardown_data_home ();
}

static void
test_cli_templates_new_and_render (void)
{
  setup_data_home ();

  for (guint i = 0; i < G_N_ELEMENTS (builtin_ids); i++)
    {
      g_auto(FyTestCliResult) result = { 0 };
      g_autofree char *doc = g_strdup_printf ("%s/%s.fayan", data_home, builtin_ids[i]);
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", data_home, builtin_ids[i]);
      g_autofree char *text = NULL;

      g_test_message ("template %s", builtin_ids[i]);
      if (g_str_equal (builtin_ids[i], "deliberation-opinions"))
        run_cli (&result, "new", "--template", builtin_ids[i],
                 "--set", "会议名称=全市河长制工作会议", "--set", "报告机关=韩冰",
                 "--set", "报告事项=河长制", "--set", "审议机关=市人大常委会", "-o", doc);
      else if (g_str_equal (builtin_ids[i], "research-report"))
        run_cli (&result, "new", "--template", builtin_ids[i],
                 "--set", "调研事项=全市河长制工作会议", "--set", "调研单位=韩冰", "-o", doc);
      else if (g_str_equal (builtin_ids[i], "notice"))
        run_cli (&result, "new", "--template", builtin_ids[i],
                 "--set", "发文字号=河政办发〔2027〕3号", "--set", "发文机关=韩冰",
                 "--set", "通知事项=全市河长制工作会议", "--set", "主送机关=各区县人民政府",
                 "--set", "附件名称=河长名单", "--set", "印发机关=市政府办公室", "-o", doc);
      else if (g_str_equal (builtin_ids[i], "inspection-report"))
        run_cli (&result, "new", "--template", builtin_ids[i],
                 "--set", "视察事项=全市河长制工作会议", "--set", "视察组=韩冰",
                 "--set", "带队领导=市人大常委会副主任周立群", "-o", doc);
      else
        run_cli (&result, "new", "--template", builtin_ids[i],
                 "--set", "会议名称=全市河长制工作会议", "--set", "发言人=韩冰",
                 "-o", doc);
      g_assert_cmpstr (result.err, ==, "");
      g_assert_cmpint (result.status, ==, 0);
      fy_test_cli_result_clear (&result);

      run_cli (&result, "render", doc, "-o", pdf);
      g_assert_cmpint (result.status, ==, 0);
      /* No field is left unfilled. */
      g_assert_null (strstr (result.err, "field"));

      text = pdf_text (pdf);
      g_assert_nonnull (strstr (text, "全市河长制工作会议"));
      g_assert_nonnull (strstr (text, "韩冰"));
      g_assert_null (strstr (text, "{{"));
      g_assert_false (has_placeholder (text));
    }

  teardown_data_home ();
}

/* The notice in @pdf ends on an even page, （此件公开发布） right under
 * the date and the 版记 on the last page's last lines. */
static void
assert_imprint_at_foot (const char *pdf)
{
  g_autoptr(PopplerDocument) document = fy_test_pdf_open (pdf);
  g_autoptr(PopplerPage) last = NULL;
  PopplerRectangle note, imprint;
  double pitch = 29.0;

  g_assert_cmpint (poppler_document_get_n_pages (document) % 2, ==, 0);
  last = poppler_document_get_page (document, poppler_document_get_n_pages (document) - 1);
  note = fy_test_pdf_find_once (last, "（此件公开发布）");
  imprint = fy_test_pdf_find_once (last, "日印发");
  g_test_message ("note at %.1f, imprint at %.1f", note.y1, imprint.y1);
  g_assert_cmpfloat (fabs (imprint.y1 - note.y1), >, 6 * pitch);
}

/* The built-in 通知 prints as GB/T 9704 sets a notice: its 发文字号 above
 * the title, the 附件说明, 署名 and date, （此件公开发布） on the line
 * under the date, and the 版记 — whose organ and date are fields — at
 * the foot of an even page (a 市政府办公室's most common document
 * started from a blank page until session 23), filled in or not. */
static void
test_cli_templates_notice (void)
{
  g_auto(FyTestCliResult) result = { 0 };
  g_autofree char *doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char *order[] = {
    "澄政办发〔2027〕12号", "澄江市人民政府办公室关于做好今冬明春森林防火工作的通知",
    "各县（区）人民政府，市政府各部门：", "附件：森林防火重点区域名单", "澄江市人民政府办公室2027年1月6日",
    "（此件公开发布）", "抄送：市委办公室，市人大常委会办公室，市政协办公室。", "2027年1月6日印发",
  };
  const char *at;

  setup_data_home ();
  doc = g_build_filename (data_home, "notice.fayan", NULL);
  pdf = g_build_filename (data_home, "notice.pdf", NULL);
  run_cli (&result, "new", "--template", "notice", "--set", "发文字号=澄政办发〔2027〕12号",
           "--set", "发文机关=澄江市人民政府办公室", "--set", "通知事项=做好今冬明春森林防火工作",
           "--set", "主送机关=各县（区）人民政府，市政府各部门", "--set", "附件名称=森林防火重点区域名单",
           "--set", "日期=2027年1月6日", "--set", "印发机关=澄江市人民政府办公室", "-o", doc);
  g_assert_cmpint (result.status, ==, 0);
  fy_test_cli_result_clear (&result);
  run_cli (&result, "render", doc, "-o", pdf);
  g_assert_cmpint (result.status, ==, 0);

  text = pdf_text (pdf);
  at = text;
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *found = strstr (at, order[i]);

      g_test_message ("%s", order[i]);
      g_assert_nonnull (found);
      at = found + strlen (order[i]);
    }

  assert_imprint_at_foot (pdf);

  /* a draft whose 印发机关 is not filled in yet prints its 版记 where
   * it will stand, the field's placeholder flush left */
  fy_test_cli_result_clear (&result);
  run_cli (&result, "new", "--template", "notice", "--allow-incomplete", "--set", "日期=2027年1月6日",
           "-o", doc);
  g_assert_cmpint (result.status, ==, 0);
  fy_test_cli_result_clear (&result);
  run_cli (&result, "render", doc, "-o", pdf);
  g_assert_cmpint (result.status, ==, 0);
  assert_imprint_at_foot (pdf);

  teardown_data_home ();
}

/* Each field a built-in template asks for prints where a speech has it
 * (session 20's new user filled 交流发言's 日期 and found it nowhere on
 * the page), but the time limit, which sets the reading-time estimate. */
static void
test_cli_templates_fields_print (void)
{
  g_auto(FyTestCliResult) list = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;

  setup_data_home ();
  run_cli (&list, "templates", "--json");
  g_assert_cmpint (list.status, ==, 0);
  json_parser_load_from_data (parser, list.out, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      JsonArray *fields = json_object_get_array_member (object, "fields");
      const char *id = json_object_get_string_member (object, "id");
      g_autoptr(GStrvBuilder) args = g_strv_builder_new ();
      g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *doc = g_strdup_printf ("%s/%s.fayan", data_home, id);
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", data_home, id);
      g_auto(FyTestCliResult) result = { 0 };
      g_auto(GStrv) argv = NULL;
      g_autofree char *text = NULL;

      g_strv_builder_add_many (args, "new", "--template", id, NULL);
      for (guint j = 0; j < json_array_get_length (fields); j++)
        {
          JsonObject *field = json_array_get_object_element (fields, j);
          const char *name = json_object_get_string_member (field, "id");
          const char *kind = json_object_get_string_member (field, "kind");
          g_autofree char *set = NULL;
          char *value;

          if (g_str_equal (kind, "number"))
            {
              g_assert_cmpstr (name, ==, "发言时限（分钟）");
              continue;
            }
          value = g_str_equal (kind, "date") ? g_strdup ("2026年3月12日")
                                             : g_strconcat ("样例", name, NULL);
          set = g_strdup_printf ("%s=%s", name, value);
          g_strv_builder_add_many (args, "--set", set, NULL);
          g_ptr_array_add (values, value);
        }
      g_strv_builder_add_many (args, "-o", doc, NULL);
      argv = g_strv_builder_end (args);
      run_cli_argv (&result, (const char * const *) argv);
      g_assert_cmpint (result.status, ==, 0);
      fy_test_cli_result_clear (&result);

      run_cli (&result, "render", doc, "-o", pdf);
      g_assert_cmpint (result.status, ==, 0);
      text = pdf_text (pdf);
      for (guint j = 0; j < values->len; j++)
        {
          g_test_message ("%s: %s", id, (char *) g_ptr_array_index (values, j));
          g_assert_nonnull (strstr (text, g_ptr_array_index (values, j)));
        }
    }

  teardown_data_home ();
}

static void
test_cli_templates_new_errors (void)
{
  g_auto(FyTestCliResult) result = { 0 };
  g_autofree char *doc = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  setup_data_home ();
  doc = g_build_filename (data_home, "x.fayan", NULL);

  /* A required field with no value: refused, the field named. */
  run_cli (&result, "new", "--template", "leader-speech", "--set", "会议名称=全市经济工作会议", "-o", doc);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "发言人"));
  g_assert_false (g_file_test (doc, G_FILE_TEST_EXISTS));
  fy_test_cli_result_clear (&result);

  /* … unless asked to write it anyway; then it is a warning. */
  run_cli (&result, "new", "--template", "leader-speech", "--set", "会议名称=全市经济工作会议",
           "--allow-incomplete", "-o", doc);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.err, "发言人"));
  g_assert_true (g_file_test (doc, G_FILE_TEST_EXISTS));
  fy_test_cli_result_clear (&result);

  /* The names the form shows (讲话人, 讲话日期) are taken for their
   * fields (发言人, 日期); a name that is neither is warned of, with the
   * fields there are. */
  run_cli (&result, "new", "--template", "leader-speech", "--set", "会议名称=全市春节安全工作会议",
           "--set", "讲话人=周建国", "--set", "讲话日期=2026年12月30日", "--set", "讲话稿人=某", "-o", doc);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_null (strstr (result.err, "“讲话人”"));
  g_assert_nonnull (strstr (result.err, "“讲话稿人”"));
  g_assert_nonnull (strstr (result.err, "讲话人（发言人）"));
  file = g_file_new_for_path (doc);
  document = fy_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, "周建国");
  g_assert_cmpstr (fy_document_get_field_value (document, "日期"), ==, "2026年12月30日");
  g_clear_object (&document);
  g_clear_object (&file);
  g_unlink (doc);
  fy_test_cli_result_clear (&result);

  /* A template name works as well as an id; a wrong one is named. */
  run_cli (&result, "new", "--template", "表态发言", "--set", "会议名称=甲", "--set", "发言人=乙", "-o", doc);
  g_assert_cmpint (result.status, ==, 0);
  fy_test_cli_result_clear (&result);
  run_cli (&result, "new", "--template", "no-such", "--set", "发言人=乙", "-o", doc);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "no-such"));
  fy_test_cli_result_clear (&result);

  /* A number field refuses words. */
  run_cli (&result, "new", "--template", "exchange-speech", "--set", "会议名称=甲", "--set", "发言人=乙",
           "--set", "发言时限（分钟）=十", "-o", doc);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "发言时限（分钟）"));
  fy_test_cli_result_clear (&result);

  run_cli (&result, "new", "--template", "exchange-speech", "--set", "no-equals-sign", "-o", doc);
  g_assert_cmpint (result.status, ==, 2);
  fy_test_cli_result_clear (&result);

  /* New from an earlier speech: new meeting, same speaker, today's date. */
  run_cli (&result, "new", "--template", "exchange-speech", "--set", "会议名称=上次的会议", "--set", "发言人=袁方",
           "--set", "日期=2025-03-01", "-o", doc);
  g_assert_cmpint (result.status, ==, 0);
  fy_test_cli_result_clear (&result);
  {
    g_autofree char *next = g_build_filename (data_home, "next.fayan", NULL);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = fy_date_format (now);

    run_cli (&result, "new", "--from", doc, "--set", "会议名称=这次的会议", "-o", next);
    g_assert_cmpint (result.status, ==, 0);
    g_assert_null (strstr (result.err, "“会议名称”"));
    /* its date line is the date field: no warning about a kept date */
    g_assert_null (strstr (result.err, "{{日期}}"));
    file = g_file_new_for_path (next);
    document = fy_document_load_from_file (file, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (fy_document_get_field_value (document, "会议名称"), ==, "这次的会议");
    g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, "袁方");
    g_assert_cmpstr (fy_document_get_field_value (document, "日期"), ==, today);
    g_assert_cmpstr (fy_document_get_template_id (document), ==, "exchange-speech");
  }

  /* An earlier speech that names its meeting in words (typed, or from
   * .docx): a new meeting given for it would be printed nowhere, and the
   * warning says so. */
  {
    g_autofree char *typed = g_build_filename (data_home, "typed.md", NULL);
    g_autofree char *next = g_build_filename (data_home, "typed-next.fayan", NULL);

    g_file_set_contents (typed, "# 在全县工作会议上的表态发言\n\n同志们：\n\n我们坚决完成任务。\n", -1, &error);
    g_assert_no_error (error);
    fy_test_cli_result_clear (&result);
    run_cli (&result, "new", "--from", typed, "--set", "会议名称=全县第二次推进会", "-o", next);
    g_assert_cmpint (result.status, ==, 0);
    g_assert_nonnull (strstr (result.err, "warning"));
    g_assert_nonnull (strstr (result.err, "“会议名称”"));
    g_assert_true (g_file_test (next, G_FILE_TEST_EXISTS));
  }

  /* Its date line in words (last year's .docx) stays as it was: the
   * warning names the date it keeps. */
  {
    g_autofree char *typed = g_build_filename (data_home, "dated.md", NULL);
    g_autofree char *next = g_build_filename (data_home, "dated-next.fayan", NULL);

    g_file_set_contents (typed, "# 在全县工作会议上的讲话\n\n（2025年9月28日）\n\n同志们：\n\n我们坚决完成任务。\n",
                         -1, &error);
    g_assert_no_error (error);
    fy_test_cli_result_clear (&result);
    run_cli (&result, "new", "--from", typed, "-o", next);
    g_assert_cmpint (result.status, ==, 0);
    g_assert_nonnull (strstr (result.err, "warning"));
    g_assert_nonnull (strstr (result.err, "（2025年9月28日）"));
    g_assert_nonnull (strstr (result.err, "{{日期}}"));
    g_assert_true (g_file_test (next, G_FILE_TEST_EXISTS));
  }

  teardown_data_home ();
}

/* How many files in @path end in @suffix. */
static guint
count_suffix (const char *path,
              const char *suffix)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, suffix);

  return n;
}

static void
test_cli_templates_fill (void)
{
  g_auto(FyTestCliResult) result = { 0 };
  g_autofree char *csv = NULL;
  g_autofree char *out_dir = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;

  setup_data_home ();
  csv = g_build_filename (data_home, "speakers.csv", NULL);
  out_dir = g_build_filename (data_home, "out", NULL);

  /* As Excel writes it: BOM, CRLF, quotes around a comma.  Line 3 has no
   * speaker. */
  write_file (csv,
              "\xEF\xBB\xBF" "会议名称,发言单位,职务,发言人\r\n"
              "全县乡村振兴工作会议,\"城关镇党委, 政府\",党委书记,许文\r\n"
              "全县乡村振兴工作会议,县农业农村局,局长,\r\n"
              "全县乡村振兴工作会议,县财政局,副局长,\"邓 莉\"\r\n");

  /* The template's guidance is still in every row's draft: the drafts
   * are written, their PDFs not, and each row says why. */
  run_cli (&result, "fill", "exchange-speech", "--data", csv, "--out-dir", out_dir, "--pdf");
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "Line 3"));
  g_assert_nonnull (strstr (result.err, "发言人"));
  g_assert_nonnull (strstr (result.err, "Line 2: 许文.fayan was written, but not its PDF: "
                                        "the draft is unfinished (15 places still to fill in). "
                                        "The template’s guidance “（在此填写发言标题"));
  g_assert_nonnull (strstr (result.err, "Line 4: 邓 莉.fayan was written, but not its PDF"));
  g_assert_nonnull (strstr (result.err, "--allow-incomplete"));
  g_assert_nonnull (strstr (result.out, "2 documents written"));
  g_assert_nonnull (strstr (result.out, "2 unfinished drafts without a PDF"));
  g_assert_nonnull (strstr (result.out, "1 row skipped"));
  g_assert_cmpuint (count_suffix (out_dir, ".fayan"), ==, 2);
  g_assert_cmpuint (count_suffix (out_dir, ".pdf"), ==, 0);
  fy_test_cli_result_clear (&result);

  /* Asked for: the PDFs of the drafts too. */
  run_cli (&result, "fill", "exchange-speech", "--data", csv, "--out-dir", out_dir, "--pdf",
           "--allow-incomplete");
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "Line 3"));
  /* A progress line for each good row, and a summary. */
  g_assert_nonnull (strstr (result.err, "Line 2: wrote 许文.fayan and 许文.pdf"));
  g_assert_nonnull (strstr (result.err, "Line 4: wrote 邓 莉.fayan"));
  g_assert_null (strstr (result.err, "unfinished"));
  g_assert_nonnull (strstr (result.out, "2 documents written"));
  g_assert_null (strstr (result.out, "unfinished"));
  g_assert_nonnull (strstr (result.out, "1 row skipped"));
  g_assert_cmpuint (count_suffix (out_dir, ".fayan"), ==, 2);
  g_assert_cmpuint (count_suffix (out_dir, ".pdf"), ==, 2);

  path = g_build_filename (out_dir, "许文.pdf", NULL);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "全县乡村振兴工作会议"));
  g_assert_nonnull (strstr (text, "城关镇党委,政府党委书记"));
  g_assert_nonnull (strstr (text, "许文"));
  g_assert_null (strstr (text, "{{"));
  fy_test_cli_result_clear (&result);

  /* Same speaker twice: names stay unique.  A row with a column too many
   * is skipped with its line number. */
  write_file (csv,
              "会议名称,发言人\n"
              "甲会议,孔明\n"
              "乙会议,孔明\n"
              "丙会议,孔明,多余\n");
  run_cli (&result, "fill", "commitment-speech", "--data", csv, "--out-dir", out_dir);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "Line 4"));
  g_assert_nonnull (strstr (result.err, "孔明-2.fayan"));
  fy_test_cli_result_clear (&result);

  /* All good: exit 0. */
  write_file (csv, "会议名称,发言人\n甲会议,曹毅\n");
  run_cli (&result, "fill", "commitment-speech", "--data", csv, "--out-dir", out_dir);
  g_assert_cmpint (result.status, ==, 0);
  fy_test_cli_result_clear (&result);

  /* A sheet saved as plain “CSV” by WPS is GBK: read, with a warning. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *gbk = g_convert ("会议名称,发言人\n全区统战工作会议,葛亮\n", -1, "GB18030", "UTF-8",
                                      NULL, NULL, &error);
    g_autofree char *gbk_doc = g_build_filename (out_dir, "葛亮.fayan", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (gbk_doc);
    g_autoptr(FyDocument) document = NULL;

    g_assert_no_error (error);
    write_file (csv, gbk);
    run_cli (&result, "fill", "commitment-speech", "--data", csv, "--out-dir", out_dir);
    g_assert_cmpint (result.status, ==, 0);
    g_assert_nonnull (strstr (result.err, "GB18030"));
    document = fy_document_load_from_file (file, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (fy_document_get_field_value (document, "会议名称"), ==, "全区统战工作会议");
    fy_test_cli_result_clear (&result);
  }

  /* No column for a required field, or a table that cannot be read: 2. */
  write_file (csv, "会议名称,职务\n甲会议,主任\n");
  run_cli (&result, "fill", "commitment-speech", "--data", csv, "--out-dir", out_dir);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "发言人"));
  fy_test_cli_result_clear (&result);

  write_file (csv, "会议名称,发言人\n\"甲会议,曹毅\n");
  run_cli (&result, "fill", "commitment-speech", "--data", csv, "--out-dir", out_dir);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "Line 2"));
  fy_test_cli_result_clear (&result);

  teardown_data_home ();
}

/* fill --pdf and unfinished drafts: a finished row gets its PDF, a row
 * whose cell still says “（此处待定）” gets its draft only, and
 * --allow-incomplete writes both PDFs.  The PDFs are read back. */
static void
test_cli_templates_fill_unfinished (void)
{
  g_auto(FyTestCliResult) result = { 0 };
  g_autofree char *folder = NULL;
  g_autofree char *template_path = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *out_dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  setup_data_home ();
  folder = g_build_filename (data_home, "own", NULL);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  template_path = g_build_filename (folder, "notice.fayan-template", NULL);
  write_file (template_path,
              "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"short-notice\","
              " \"name\": \"简短发言\", \"category\": \"本办\","
              " \"fields\": [ { \"id\": \"会议名称\", \"required\": true },"
              " { \"id\": \"发言人\", \"required\": true }, { \"id\": \"工作重点\" } ],"
              " \"document\": { \"blocks\": ["
              " { \"role\": \"title\", \"runs\": [ { \"text\": \"在\" }, { \"field\": \"会议名称\" }, { \"text\": \"上的发言\" } ] },"
              " { \"role\": \"speaker\", \"runs\": [ { \"field\": \"发言人\" } ] },"
              " { \"role\": \"paragraph\", \"runs\": [ { \"text\": \"今年我们重点抓好\" }, { \"field\": \"工作重点\" },"
              " { \"text\": \"，确保各项任务按期完成。\" } ] } ] } }");
  csv = g_build_filename (data_home, "speakers.csv", NULL);
  out_dir = g_build_filename (data_home, "out", NULL);
  write_file (csv,
              "会议名称,发言人,工作重点\n"
              "全县秋冬季防火工作会议,许文,林区巡查\n"
              "全县秋冬季防火工作会议,邓莉,（此处待定）\n");

  run_cli (&result, "fill", "short-notice", "--folder", folder, "--data", csv, "--out-dir", out_dir,
           "--pdf");
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "Line 2: wrote 许文.fayan and 许文.pdf"));
  g_assert_nonnull (strstr (result.err, "Line 3: 邓莉.fayan was written, but not its PDF: "
                                        "the draft is unfinished (1 place still to fill in). "
                                        "The field “工作重点” still says “（此处待定）”"));
  g_assert_nonnull (strstr (result.out, "2 documents written"));
  g_assert_nonnull (strstr (result.out, "1 unfinished draft without a PDF"));
  g_assert_cmpuint (count_suffix (out_dir, ".fayan"), ==, 2);
  g_assert_cmpuint (count_suffix (out_dir, ".pdf"), ==, 1);
  pdf = g_build_filename (out_dir, "许文.pdf", NULL);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "全县秋冬季防火工作会议"));
  g_assert_nonnull (strstr (text, "林区巡查"));
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&pdf, g_free);
  fy_test_cli_result_clear (&result);

  run_cli (&result, "fill", "short-notice", "--folder", folder, "--data", csv, "--out-dir", out_dir,
           "--pdf", "--allow-incomplete");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.err, "Line 3: wrote 邓莉.fayan and 邓莉.pdf"));
  g_assert_nonnull (strstr (result.out, "2 documents written"));
  g_assert_cmpuint (count_suffix (out_dir, ".pdf"), ==, 2);
  pdf = g_build_filename (out_dir, "邓莉.pdf", NULL);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "邓莉"));
  g_assert_nonnull (strstr (text, "今年我们重点抓好"));

  teardown_data_home ();
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

/* Issue 17 defect 9, and fill's table as its input. */
static void
test_cli_templates_fill_defects (void)
{
  g_auto(FyTestCliResult) result = { 0 };
  g_autoptr(GString) big = g_string_new ("会议名称,发言人\n");
  g_autofree char *csv = NULL;
  g_autofree char *out_dir = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *own = NULL;

  setup_data_home ();
  csv = g_build_filename (data_home, "speakers.csv", NULL);
  out_dir = g_build_filename (data_home, "out", NULL);

  /* One row over the limit: refused before a single file is written. */
  for (guint i = 0; i < 100001; i++)
    g_string_append_printf (big, "会,人%u\n", i);
  write_file (csv, big->str);
  run_cli (&result, "fill", "commitment-speech", "--data", csv, "--out-dir", out_dir);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "100000"));
  g_assert_cmpuint (count_files (out_dir), ==, 0);
  fy_test_cli_result_clear (&result);

  /* A full disk: the documents are written, the PDFs not, and the summary
   * says so instead of “0 documents written”. */
  write_file (csv, "会议名称,发言人\n甲会议,孔明\n乙会议,曹毅\n");
  file_size_limit = 16 * 1024;
  run_cli (&result, "fill", "commitment-speech", "--data", csv, "--out-dir", out_dir, "--pdf",
           "--allow-incomplete");
  file_size_limit = 0;
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.out, "2 documents written"));
  g_assert_nonnull (strstr (result.out, "2 of them without their PDF"));
  g_assert_nonnull (strstr (result.err, "孔明.fayan was written, but not its PDF"));
  g_assert_cmpuint (count_files (out_dir), ==, 2);
  fy_test_cli_result_clear (&result);

  /* The table named like an output: that row is refused, the table kept. */
  own = g_build_filename (out_dir, "孔明.fayan", NULL);
  write_file (own, "会议名称,发言人\n甲会议,孔明\n");
  run_cli (&result, "fill", "commitment-speech", "--data", own, "--out-dir", out_dir);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "Line 2"));
  g_assert_nonnull (strstr (result.out, "0 documents written"));
  g_assert_true (g_file_get_contents (own, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "会议名称,发言人\n甲会议,孔明\n");
  fy_test_cli_result_clear (&result);

  teardown_data_home ();
}

static void
test_cli_templates_user_folder (void)
{
  g_auto(FyTestCliResult) result = { 0 };
  g_autofree char *folder = NULL;
  g_autofree char *dropped = NULL;
  g_autofree char *corrupt = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *exported = NULL;

  setup_data_home ();
  folder = g_build_filename (data_home, "fayan", "templates", NULL);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);

  dropped = g_build_filename (folder, "office.fayan-template", NULL);
  write_file (dropped,
              "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"office-weekly\","
              " \"name\": \"交流发言\", \"category\": \"本办\","
              " \"fields\": [ { \"id\": \"会议名称\", \"required\": true }, { \"id\": \"发言人\", \"required\": true } ],"
              " \"document\": { \"blocks\": ["
              " { \"role\": \"title\", \"runs\": [ { \"text\": \"在\" }, { \"field\": \"会议名称\" }, { \"text\": \"上的发言\" } ] },"
              " { \"role\": \"speaker\", \"runs\": [ { \"field\": \"发言人\" } ] },"
              " { \"role\": \"paragraph\", \"runs\": [ { \"text\": \"（在此概述本周工作）\" } ] } ] } }");
  corrupt = g_build_filename (folder, "corrupt.fayan-template", NULL);
  write_file (corrupt, "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": ");

  run_cli (&result, "templates");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "office-weekly"));
  g_assert_nonnull (strstr (result.out, "user"));
  /* The same name as a built-in: both listed. */
  g_assert_nonnull (strstr (result.out, "exchange-speech"));
  g_assert_nonnull (strstr (result.err, "corrupt.fayan-template"));
  g_assert_null (strstr (result.out, "corrupt"));
  fy_test_cli_result_clear (&result);

  /* The dropped-in template is usable by id, and as a file path. */
  doc = g_build_filename (data_home, "weekly.fayan", NULL);
  run_cli (&result, "new", "--template", "office-weekly", "--set", "会议名称=周例会", "--set", "发言人=方圆", "-o", doc);
  g_assert_cmpint (result.status, ==, 0);
  fy_test_cli_result_clear (&result);
  run_cli (&result, "new", "--template", dropped, "--set", "会议名称=周例会", "--set", "发言人=方圆", "-o", doc);
  g_assert_cmpint (result.status, ==, 0);
  fy_test_cli_result_clear (&result);

  /* A shared folder given on the command line is listed with its path. */
  exported = g_build_filename (data_home, "shared", NULL);
  g_assert_cmpint (g_mkdir_with_parents (exported, 0700), ==, 0);
  {
    g_autofree char *copy = g_build_filename (exported, "copy.fayan-template", NULL);
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (dropped, &contents, NULL, NULL));
    write_file (copy, contents);
  }
  run_cli (&result, "templates", "--folder", exported, "--json");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "\"origin\" : \"folder\""));
  g_assert_nonnull (strstr (result.out, exported));

  teardown_data_home ();
}

/* fayan-cli render checks a document against its installed template:
 * an empty required field and a reference to no field are warned about
 * before the PDF is written, which is still written. */
static void
test_cli_templates_render_warnings (void)
{
  g_auto(FyTestCliResult) result = { 0 };
  g_autofree char *doc = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GError) error = NULL;
  const char *field = "\"field\" : \"会议名称\"";
  char *at;

  setup_data_home ();
  doc = g_build_filename (data_home, "incomplete.fayan", NULL);
  broken = g_build_filename (data_home, "broken.fayan", NULL);
  pdf = g_build_filename (data_home, "out.pdf", NULL);

  /* Complete: no template warning. */
  run_cli (&result, "new", "--template", "exchange-speech",
           "--set", "会议名称=全市河长制工作会议", "--set", "发言人=韩冰", "-o", doc);
  g_assert_cmpint (result.status, ==, 0);
  fy_test_cli_result_clear (&result);
  run_cli (&result, "render", doc, "-o", pdf);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_null (strstr (result.err, "required field"));
  g_assert_null (strstr (result.err, "refers to"));
  g_assert_null (strstr (result.err, "has no value"));
  /* The fields are filled, but the template's guidance is still there:
   * each place is named, and the PDF is still written. */
  g_assert_nonnull (strstr (result.err, "warning: block 1, character 1: The template’s guidance "
                                        "“（在此填写发言标题，用一句话点明本单位做法的亮点）”"));
  g_assert_nonnull (strstr (result.err, "the draft is unfinished (15 places still to fill in)"));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  fy_test_cli_result_clear (&result);

  /* Export warns alike. */
  {
    g_autofree char *md = g_build_filename (data_home, "out.md", NULL);

    run_cli (&result, "export", doc, "-o", md);
    g_assert_cmpint (result.status, ==, 0);
    g_assert_nonnull (strstr (result.err, "the draft is unfinished (15 places still to fill in)"));
    g_assert_true (g_file_test (md, G_FILE_TEST_IS_REGULAR));
    fy_test_cli_result_clear (&result);
  }

  /* The speaker (required) left out. */
  run_cli (&result, "new", "--template", "exchange-speech", "--allow-incomplete",
           "--set", "会议名称=全市河长制工作会议", "-o", doc);
  g_assert_cmpint (result.status, ==, 0);
  fy_test_cli_result_clear (&result);
  g_unlink (pdf);
  run_cli (&result, "render", doc, "-o", pdf);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.err, "block 3, character 1: The required field “发言人” has no value yet"));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  fy_test_cli_result_clear (&result);

  /* A run that names no field of the template. */
  g_file_get_contents (doc, &contents, NULL, &error);
  g_assert_no_error (error);
  at = strstr (contents, field);
  g_assert_nonnull (at);
  edited = g_string_new_len (contents, at - contents);
  g_string_append (edited, "\"field\" : \"不存在的字段\"");
  g_string_append (edited, at + strlen (field));
  write_file (broken, edited->str);
  run_cli (&result, "render", broken, "-o", pdf);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.err, "warning: Block 2 refers to “{{不存在的字段}}”"));
  g_assert_nonnull (strstr (result.err, "“发言人” has no value yet"));
  /* listed before the engine's warnings, as a check before rendering */
  g_assert_true (strstr (result.err, "{{不存在的字段}}") < strstr (result.err, "Font role") ||
                 strstr (result.err, "Font role") == NULL);

  teardown_data_home ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/cli/templates/list", test_cli_templates_list);
  g_test_add_func ("/cli/templates/new-and-render", test_cli_templates_new_and_render);
  g_test_add_func ("/cli/templates/fields-print", test_cli_templates_fields_print);
  g_test_add_func ("/cli/templates/notice", test_cli_templates_notice);
  g_test_add_func ("/cli/templates/new-errors", test_cli_templates_new_errors);
  g_test_add_func ("/cli/templates/fill", test_cli_templates_fill);
  g_test_add_func ("/cli/templates/fill-defects", test_cli_templates_fill_defects);
  g_test_add_func ("/cli/templates/fill-unfinished", test_cli_templates_fill_unfinished);
  g_test_add_func ("/cli/templates/user-folder", test_cli_templates_user_folder);
  g_test_add_func ("/cli/templates/render-warnings", test_cli_templates_render_warnings);

  return g_test_run ();
}

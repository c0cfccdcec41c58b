/* test-document-io.c — tests of the .fayan file format and atomic saving
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include "fayan-core.h"
#include "fy-test-utils.h"
#include "fy-json-private.h"

#define NOBODY_ID 65534

/* Helpers ------------------------------------------------------------------ */

static FyDocument *
make_full_document (void)
{
  FyDocument *document = fy_document_new ();
  FyBlock *block;

  fy_document_set_title (document, "关于“民意窗口”的发言");
  fy_document_set_subtitle (document, "——在座谈会上的交流发言");
  fy_document_set_speaker (document, "某县人大常委会主任　张三");
  fy_document_set_organisation (document, "某县人大常委会");
  fy_document_set_meeting (document, "全市人大代表工作座谈会");
  fy_document_set_date (document, "2026年3月12日");
  fy_document_set_time_limit (document, 8);
  fy_document_set_style_preset (document, "reading");
  fy_document_set_template_id (document, "exchange-speech");

  /* Not in alphabetical or code point order: the order must survive. */
  fy_document_set_field_value (document, "发言人", "张三");
  fy_document_set_field_value (document, "会议名称", "全市人大代表工作座谈会");
  fy_document_set_field_value (document, "备注", "");
  fy_document_set_field_value (document, "Zeta \"quoted\"", "a\\b\n\tc");

  for (guint role = 0; role < FY_BLOCK_N_ROLES; role++)
    {
      if (role == FY_BLOCK_ROLE_HEADING)
        {
          for (guint level = 1; level <= FY_HEADING_MAX_LEVEL; level++)
            {
              g_autofree char *text = g_strdup_printf ("第%u级标题", level);

              block = fy_block_new_with_text (role, level, text);
              fy_document_append_block (document, block);
              g_object_unref (block);
            }
          continue;
        }

      block = fy_block_new (role);
      if (role == FY_BLOCK_ROLE_PARAGRAPH)
        {
          fy_block_append_run (block, FY_RUN_BOLD, "一是选址靠近群众。");
          fy_block_append_run (block, FY_RUN_TEXT, "我们在");
          fy_block_append_run (block, FY_RUN_FIELD, "会议名称");
          fy_block_append_run (block, FY_RUN_FIELD, "发言人");
          fy_block_append_run (block, FY_RUN_TEXT, "上说：“{{不是字段}}” \\ / \u00e9 😀。");
        }
      else
        {
          g_autofree char *text = g_strdup_printf ("%s的文字", fy_block_role_to_string (role));

          fy_block_append_run (block, FY_RUN_TEXT, text);
        }
      fy_document_append_block (document, block);
      g_object_unref (block);
    }

  /* An empty paragraph survives too. */
  block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  fy_document_append_block (document, block);
  g_object_unref (block);

  return document;
}

static void
assert_documents_equal (FyDocument *a,
                        FyDocument *b)
{
  g_auto(GStrv) names_a = fy_document_dup_field_names (a);
  g_auto(GStrv) names_b = fy_document_dup_field_names (b);

  g_assert_cmpstr (fy_document_get_title (a), ==, fy_document_get_title (b));
  g_assert_cmpstr (fy_document_get_subtitle (a), ==, fy_document_get_subtitle (b));
  g_assert_cmpstr (fy_document_get_speaker (a), ==, fy_document_get_speaker (b));
  g_assert_cmpstr (fy_document_get_organisation (a), ==, fy_document_get_organisation (b));
  g_assert_cmpstr (fy_document_get_meeting (a), ==, fy_document_get_meeting (b));
  g_assert_cmpstr (fy_document_get_date (a), ==, fy_document_get_date (b));
  g_assert_cmpuint (fy_document_get_time_limit (a), ==, fy_document_get_time_limit (b));
  g_assert_cmpstr (fy_document_get_style_preset (a), ==, fy_document_get_style_preset (b));
  g_assert_cmpstr (fy_document_get_template_id (a), ==, fy_document_get_template_id (b));
  g_assert_cmpint (fy_document_get_page_numbers (a), ==, fy_document_get_page_numbers (b));

  g_assert_cmpstrv (names_a, names_b);
  for (guint i = 0; names_a[i] != NULL; i++)
    g_assert_cmpstr (fy_document_get_field_value (a, names_a[i]), ==,
                     fy_document_get_field_value (b, names_a[i]));

  g_assert_cmpuint (fy_document_get_n_blocks (a), ==, fy_document_get_n_blocks (b));
  for (guint i = 0; i < fy_document_get_n_blocks (a); i++)
    {
      FyBlock *block_a = fy_document_get_block (a, i);
      FyBlock *block_b = fy_document_get_block (b, i);

      g_assert_cmpint (fy_block_get_role (block_a), ==, fy_block_get_role (block_b));
      g_assert_cmpuint (fy_block_get_level (block_a), ==, fy_block_get_level (block_b));
      g_assert_cmpuint (fy_block_get_n_runs (block_a), ==, fy_block_get_n_runs (block_b));
      for (guint r = 0; r < fy_block_get_n_runs (block_a); r++)
        {
          const FyRun *run_a = fy_block_get_run (block_a, r);
          const FyRun *run_b = fy_block_get_run (block_b, r);

          g_assert_cmpint (run_a->kind, ==, run_b->kind);
          g_assert_cmpstr (run_a->text, ==, run_b->text);
        }
    }
}

static char *
make_temp_dir (void)
{
  char *dir = fy_test_make_temp_dir ("fayan-io-XXXXXX");

  /* Let an unprivileged subprocess reach inside. */
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  return dir;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined with spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static char *
sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "resources", "samples", "sample-speech.fayan", NULL);
}

/* Whether a subprocess can run without root's power over permissions:
 * always when not root; as root, when it can become “nobody” (not in a
 * user namespace that maps only root, for instance). */
static gboolean
can_drop_privileges (void)
{
  int status = 0;
  pid_t pid;

  if (geteuid () != 0)
    return TRUE;

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (setgroups (0, NULL) == 0 && setgid (NOBODY_ID) == 0 && setuid (NOBODY_ID) == 0 ? 0 : 1);

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

/* In a subprocess started by g_test_trap_subprocess(): drop root, so that
 * permissions apply (CI runs the tests as root). */
static void
drop_privileges (void)
{
  if (geteuid () != 0)
    return;

  g_assert_cmpint (setgroups (0, NULL), ==, 0);
  g_assert_cmpint (setgid (NOBODY_ID), ==, 0);
  g_assert_cmpint (setuid (NOBODY_ID), ==, 0);
  g_assert_cmpint (geteuid (), ==, NOBODY_ID);
}

/* Round trip ---------------------------------------------------------------- */

static void
test_round_trip (void)
{
  g_autoptr(FyDocument) document = make_full_document ();
  g_autoptr(FyDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *again = NULL;
  gsize length = 0, again_length = 0;
  const char *format, *version, *generator, *metadata, *fields, *blocks;

  data = fy_document_save_to_data (document, &length);
  g_assert_cmpuint (length, ==, strlen (data));
  g_assert_true (g_utf8_validate (data, length, NULL));
  g_assert_true (g_str_has_suffix (data, "}\n"));

  /* Stable member order. */
  format = strstr (data, "\"format\"");
  version = strstr (data, "\"version\"");
  generator = strstr (data, "\"generator\"");
  metadata = strstr (data, "\"metadata\"");
  fields = strstr (data, "\"fields\"");
  blocks = strstr (data, "\"blocks\"");
  g_assert_nonnull (format);
  g_assert_true (format < version && version < generator && generator < metadata &&
                 metadata < fields && fields < blocks);
  g_assert_nonnull (strstr (data, "\"Fayan " PACKAGE_VERSION "\""));
  /* UTF-8 is written as is, not as \u escapes. */
  g_assert_nonnull (strstr (data, "民意窗口"));

  loaded = fy_document_load_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  assert_documents_equal (document, loaded);

  /* Every role and heading level came back, with the runs' kinds. */
  g_assert_cmpuint (fy_document_get_n_blocks (loaded), ==, FY_BLOCK_N_ROLES - 1 + FY_HEADING_MAX_LEVEL + 1);
  for (guint i = 0; i < fy_document_get_n_blocks (loaded); i++)
    {
      FyBlock *block = fy_document_get_block (loaded, i);

      if (fy_block_get_role (block) == FY_BLOCK_ROLE_PARAGRAPH && fy_block_get_n_runs (block) > 0)
        {
          g_assert_cmpuint (fy_block_get_n_runs (block), ==, 5);
          g_assert_cmpint (fy_block_get_run (block, 0)->kind, ==, FY_RUN_BOLD);
          g_assert_cmpint (fy_block_get_run (block, 2)->kind, ==, FY_RUN_FIELD);
          g_assert_cmpstr (fy_block_get_run (block, 3)->text, ==, "发言人");
        }
    }

  again = fy_document_save_to_data (loaded, &again_length);
  g_assert_cmpstr (again, ==, data);
  g_assert_cmpuint (again_length, ==, length);
}

/* A 决定's 发文字号 an older Fayan saved under the title (and in a version
 * of the file) is read above the title, where it prints; a 纪要's number
 * stays under its title.  A .docx sent from the older file still finds
 * the version it was made from. */
static void
test_load_document_number (void)
{
  static const char *const minutes_texts[] = { "县政府常务会议纪要", "〔2026〕第11号" };
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyDocument) minutes = fy_document_new ();
  g_autoptr(FyDocument) loaded = NULL;
  g_autoptr(FyDocument) loaded_minutes = NULL;
  g_autofree char *data = NULL;
  g_autofree char *minutes_data = NULL;
  g_autofree char *sent_digest = NULL;
  gsize length = 0, minutes_length = 0;
  FyDocument *snapshot;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于表彰优秀共青团员的决定"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_ISSUE_NUMBER, 0, "青委发〔2026〕21号"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_SALUTATION, 0, "各乡镇团委："));
  g_assert_nonnull (fy_document_save_version (document, "初稿", NULL, NULL));
  sent_digest = fy_document_dup_text_digest (document);
  data = fy_document_save_to_data (document, &length);
  loaded = fy_document_load_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (loaded), ==, 3);
  fy_test_assert_block (loaded, 0, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "青委发〔2026〕21号");
  fy_test_assert_block (loaded, 1, FY_BLOCK_ROLE_TITLE, 0, NULL, "关于表彰优秀共青团员的决定");
  fy_test_assert_block (loaded, 2, FY_BLOCK_ROLE_SALUTATION, 0, NULL, "各乡镇团委：");
  snapshot = fy_version_get_snapshot (fy_document_get_version (loaded, 0));
  fy_test_assert_block (snapshot, 0, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, "青委发〔2026〕21号");
  fy_test_assert_block (snapshot, 1, FY_BLOCK_ROLE_TITLE, 0, NULL, "关于表彰优秀共青团员的决定");
  g_assert_true (fy_comparison_find_version (loaded, sent_digest) == fy_document_get_version (loaded, 0));

  fy_document_append_block (minutes, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, minutes_texts[0]));
  fy_document_append_block (minutes, fy_block_new_with_text (FY_BLOCK_ROLE_ISSUE_NUMBER, 0, minutes_texts[1]));
  minutes_data = fy_document_save_to_data (minutes, &minutes_length);
  loaded_minutes = fy_document_load_from_data (minutes_data, minutes_length, &error);
  g_assert_no_error (error);
  fy_test_assert_block (loaded_minutes, 0, FY_BLOCK_ROLE_TITLE, 0, NULL, minutes_texts[0]);
  fy_test_assert_block (loaded_minutes, 1, FY_BLOCK_ROLE_ISSUE_NUMBER, 0, NULL, minutes_texts[1]);
}

/* A 纪要's issue number under its title keeps its role through the
 * .fayan file and through Markdown, where the importer reads it again
 * from its text. */
static void
test_round_trip_issue_number (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_test_import_plain_data ("minutes-issue.txt");
  g_autoptr(FyDocument) loaded = NULL;
  g_autoptr(FyDocument) from_markdown = NULL;
  g_autofree char *data = NULL;
  g_autofree char *markdown = NULL;
  gsize length = 0;

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_ISSUE_NUMBER);
  /* a role older builds do not know: saved as version 5, which they
   * refuse as a newer file's rather than as a damaged one */
  g_assert_cmpuint (fy_document_get_format_version (document), ==, FY_DOCUMENT_FORMAT_VERSION_ISSUE_NUMBER);
  data = fy_document_save_to_data (document, &length);
  g_assert_nonnull (strstr (data, "\"issue-number\""));
  g_assert_nonnull (strstr (data, "\"version\" : 5,"));
  loaded = fy_document_load_from_data (data, length, &error);
  g_assert_no_error (error);
  assert_documents_equal (document, loaded);

  markdown = fy_export_markdown (document);
  g_assert_true (g_str_has_prefix (markdown, "# 县政府常务会议纪要\n\n〔2026〕第11号\n\n"));
  from_markdown = fy_import_markdown (markdown, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_n_blocks (from_markdown), ==, fy_document_get_n_blocks (document));
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    g_assert_cmpint (fy_block_get_role (fy_document_get_block (from_markdown, i)), ==,
                     fy_block_get_role (fy_document_get_block (document, i)));
}

/* A notice and the plan it issues: the plan's title, a second title
 * block after the notice's date, stays one. */
static void
test_round_trip_attached (void)
{
  g_autoptr(FyDocument) document = fy_test_import_plain_data ("attached-notice.txt");
  g_autoptr(FyDocument) loaded = NULL;
  g_autofree char *data = NULL;
  g_autofree char *plan = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 5)), ==, FY_BLOCK_ROLE_TITLE);
  data = fy_document_save_to_data (document, &length);
  loaded = fy_document_load_from_data (data, length, &error);
  g_assert_no_error (error);
  assert_documents_equal (document, loaded);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (loaded, 5)), ==, FY_BLOCK_ROLE_TITLE);
  plan = fy_block_dup_text (fy_document_get_block (loaded, 5));
  g_assert_cmpstr (plan, ==, "南坪镇河道保洁工作办法");
  g_assert_cmpstr (fy_document_get_title (loaded), ==, "关于印发《南坪镇河道保洁工作办法》的通知");
}

static void
test_round_trip_minimal (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;

  data = fy_document_save_to_data (document, NULL);

  /* Only non-empty metadata is written. */
  g_assert_null (strstr (data, "\"title\""));
  g_assert_null (strstr (data, "\"time_limit\""));
  g_assert_null (strstr (data, "\"template_id\""));
  g_assert_nonnull (strstr (data, "\"style_preset\" : \"" FY_DEFAULT_STYLE_PRESET "\""));

  loaded = fy_document_load_from_data (data, strlen (data), &error);
  g_assert_no_error (error);
  assert_documents_equal (document, loaded);
  g_assert_cmpuint (fy_document_get_n_blocks (loaded), ==, 0);
}

static void
test_json_object_members (void)
{
  g_autoptr(FyDocument) document = make_full_document ();
  g_autoptr(FyDocument) back = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  GList *members;

  /* What a template embeds: the document members, without the header. */
  object = fy_document_to_json_object (document);
  members = json_object_get_members (object);
  g_assert_cmpuint (g_list_length (members), ==, 3);
  g_list_free (members);
  g_assert_true (json_object_has_member (object, "metadata"));
  g_assert_true (json_object_has_member (object, "fields"));
  g_assert_true (json_object_has_member (object, "blocks"));

  back = fy_document_from_json_object (object, &error);
  g_assert_no_error (error);
  assert_documents_equal (document, back);

  data = fy_json_to_data (object, NULL);
  g_assert_true (g_str_has_prefix (data, "{\n  \"metadata\" : {"));
  g_assert_true (g_str_has_suffix (data, "\n}\n"));
}

static void
test_unknown_members_ignored (void)
{
  const char *data =
    "\xEF\xBB\xBF"
    "{\"format\": \"fayan-document\", \"version\": 1, \"future\": {\"x\": [1, 2.5e3, null]},\n"
    " \"metadata\": {\"title\": \"题\", \"colour\": \"red\", \"subtitle\": null},\n"
    " \"fields\": [{\"name\": \"甲\", \"value\": \"乙\", \"label\": \"x\"}],\n"
    " \"blocks\": [{\"role\": \"paragraph\", \"level\": 0, \"comment\": true,\n"
    "              \"runs\": [{\"text\": \"\\u4f60\\u597d\\ud83d\\ude00\", \"colour\": 1}]}]}";
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  FyBlock *block;

  document = fy_document_load_from_data (data, strlen (data), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_title (document), ==, "题");
  g_assert_null (fy_document_get_subtitle (document));
  g_assert_cmpstr (fy_document_get_field_value (document, "甲"), ==, "乙");
  block = fy_document_get_block (document, 0);
  g_assert_cmpstr (fy_block_get_run (block, 0)->text, ==, "你好😀");
}

static void
test_sample (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) from_resource = NULL;
  g_autoptr(FyDocument) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *lead = NULL;
  FyBlock *block;

  document = fy_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  g_assert_true (g_str_has_prefix (fy_document_get_title (document), "把代表联络站"));
  g_assert_cmpstr (fy_document_get_style_preset (document), ==, "gbt9704");
  g_assert_cmpuint (fy_document_get_time_limit (document), ==, 8);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 17);

  names = fy_document_dup_field_names (document);
  g_assert_cmpuint (g_strv_length (names), ==, 3);
  g_assert_cmpstr (names[0], ==, "会议名称");
  g_assert_cmpstr (names[2], ==, "发言人");

  block = fy_document_get_block (document, 1);
  g_assert_cmpint (fy_block_get_role (block), ==, FY_BLOCK_ROLE_SUBTITLE);
  g_assert_cmpint (fy_block_get_run (block, 1)->kind, ==, FY_RUN_FIELD);
  block = fy_document_get_block (document, 5);
  g_assert_cmpint (fy_block_get_role (block), ==, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpuint (fy_block_get_level (block), ==, 1);
  lead = fy_block_dup_lead (fy_document_get_block (document, 6));
  g_assert_cmpstr (lead, ==, "一是选址靠近群众。");

  /* The copy inside the GResource is the same document. */
  bytes = g_resources_lookup_data ("/io/github/fayan/Fayan/core/samples/sample-speech.fayan",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  from_resource = fy_document_load_from_data (g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  assert_documents_equal (document, from_resource);

  saved = fy_document_save_to_data (document, NULL);
  reloaded = fy_document_load_from_data (saved, strlen (saved), &error);
  g_assert_no_error (error);
  assert_documents_equal (document, reloaded);
}

/* Bad input ----------------------------------------------------------------- */

#define HEAD "{\"format\": \"fayan-document\", \"version\": 1, "
#define PARA "{\"role\": \"paragraph\", \"runs\": [{\"text\": \"x\"}]}"

static const struct {
  const char *name;
  const char *data;
  FyError     code;
  const char *needle;
  const char *needle2;
} bad_inputs[] = {
  { "empty", "", FY_ERROR_SYNTAX, "empty", NULL },
  { "blank", " \n\t ", FY_ERROR_SYNTAX, "empty", NULL },
  { "truncated", HEAD "\"blocks\": [" PARA ",\n  {\"role\": \"para", FY_ERROR_SYNTAX, "line 2, column 17", "ends" },
  { "not-json", "<html>Fayan</html>", FY_ERROR_SYNTAX, "line 1, column 1", "“<”" },
  { "trailing-data", HEAD "\"blocks\": []} []", FY_ERROR_SYNTAX, "column 58", "end of the data" },
  { "trailing-comma", HEAD "\"blocks\": [" PARA ",]}", FY_ERROR_SYNTAX, "“]”", "line 1" },
  { "single-quotes", "{'format': 1}", FY_ERROR_SYNTAX, "double quotes", NULL },
  { "raw-newline", HEAD "\"blocks\": [{\"role\": \"para\ngraph\"}]}", FY_ERROR_SYNTAX, "U+000A", "line 1, column 69" },
  { "bad-escape", HEAD "\"blocks\": [{\"role\": \"\\x\"}]}", FY_ERROR_SYNTAX, "escape", NULL },
  { "lone-surrogate", HEAD "\"blocks\": [{\"role\": \"\\ud800x\"}]}", FY_ERROR_SYNTAX, "surrogate", NULL },
  { "low-surrogate", HEAD "\"blocks\": [{\"role\": \"\\udc00\"}]}", FY_ERROR_SYNTAX, "surrogate", NULL },
  { "escaped-nul", HEAD "\"blocks\": [{\"role\": \"a\\u0000\"}]}", FY_ERROR_SYNTAX, "NUL", NULL },
  { "huge-integer", "{\"format\": \"fayan-document\", \"version\": 18446744073709551617}", FY_ERROR_SYNTAX, "too large", NULL },
  { "integer-over-max", "{\"format\": \"fayan-document\", \"version\": 9223372036854775808}", FY_ERROR_SYNTAX, "too large", NULL },
  { "integer-max", "{\"format\": \"fayan-document\", \"version\": 9223372036854775807}", FY_ERROR_FUTURE_VERSION, "newer", "9223372036854775807" },
  { "integer-under-min", "{\"format\": \"fayan-document\", \"version\": -9223372036854775809}", FY_ERROR_SYNTAX, "too large", NULL },
  { "integer-min", "{\"format\": \"fayan-document\", \"version\": -9223372036854775808}", FY_ERROR_INVALID_CONTENT, "“version”", NULL },
  { "bad-literal", HEAD "\"blocks\": tru", FY_ERROR_SYNTAX, "ends", NULL },
  { "leading-zero", "{\"format\": \"fayan-document\", \"version\": 01}", FY_ERROR_SYNTAX, "“1”", NULL },
  { "latin1", HEAD "\"blocks\": [{\"role\": \"paragraph\", \"runs\": [{\"text\": \"caf\xe9\"}]}]}",
    FY_ERROR_INVALID_UTF8, "offset 98", "0xE9" },
  { "nul-byte", "{\"format\"\0: 1}", FY_ERROR_INVALID_UTF8, "NUL", "offset 9" },
  { "array-root", "[1, 2, 3]", FY_ERROR_WRONG_FORMAT, "not a Fayan document", NULL },
  { "no-format", "{\"version\": 1, \"blocks\": []}", FY_ERROR_WRONG_FORMAT, "“format”", NULL },
  { "format-number", "{\"format\": 7, \"version\": 1}", FY_ERROR_WRONG_FORMAT, "“format”", NULL },
  { "template", "{\"format\": \"fayan-template\", \"version\": 1}", FY_ERROR_WRONG_FORMAT, "Fayan template", NULL },
  { "other-format", "{\"format\": \"lottery\", \"version\": 1}", FY_ERROR_WRONG_FORMAT, "“lottery”", NULL },
  { "version-99", "{\"format\": \"fayan-document\", \"version\": 99, \"blocks\": 5}", FY_ERROR_FUTURE_VERSION, "newer", "99" },
  { "no-version", "{\"format\": \"fayan-document\", \"blocks\": []}", FY_ERROR_INVALID_CONTENT, "“version”", "missing" },
  { "version-string", "{\"format\": \"fayan-document\", \"version\": \"1\"}", FY_ERROR_INVALID_CONTENT, "“version”", "not text" },
  { "version-zero", "{\"format\": \"fayan-document\", \"version\": 0}", FY_ERROR_INVALID_CONTENT, "“version”", "is 0" },
  { "version-fraction", "{\"format\": \"fayan-document\", \"version\": 1.0}", FY_ERROR_INVALID_CONTENT, "“version”", "fraction" },
  { "no-blocks", HEAD "\"metadata\": {}}", FY_ERROR_INVALID_CONTENT, "“blocks”", "missing" },
  { "blocks-object", HEAD "\"blocks\": {}}", FY_ERROR_INVALID_CONTENT, "“blocks”", "not an object" },
  { "block-string", HEAD "\"blocks\": [" PARA ", \"paragraph\"]}", FY_ERROR_INVALID_CONTENT, "block 2", "text" },
  { "no-role", HEAD "\"blocks\": [" PARA ", {\"runs\": []}]}", FY_ERROR_INVALID_CONTENT, "“role”", "block 2" },
  { "role-number", HEAD "\"blocks\": [{\"role\": 3, \"runs\": []}]}", FY_ERROR_INVALID_CONTENT, "“role”", "a whole number" },
  { "banana", HEAD "\"blocks\": [" PARA ", " PARA ", {\"role\": \"banana\", \"runs\": []}]}", FY_ERROR_UNKNOWN_ROLE, "“banana”", "Block 3" },
  { "heading-no-level", HEAD "\"blocks\": [{\"role\": \"heading\", \"runs\": []}]}", FY_ERROR_INVALID_CONTENT, "“level”", "block 1" },
  { "heading-level-5", HEAD "\"blocks\": [{\"role\": \"heading\", \"level\": 5, \"runs\": []}]}", FY_ERROR_INVALID_CONTENT, "“level”", "from 1 to 4" },
  { "heading-level-text", HEAD "\"blocks\": [{\"role\": \"heading\", \"level\": \"一\", \"runs\": []}]}", FY_ERROR_INVALID_CONTENT, "“level”", "whole number" },
  { "no-runs", HEAD "\"blocks\": [{\"role\": \"closing\"}]}", FY_ERROR_INVALID_CONTENT, "“runs”", "block 1" },
  { "runs-string", HEAD "\"blocks\": [{\"role\": \"closing\", \"runs\": \"谢谢\"}]}", FY_ERROR_INVALID_CONTENT, "“runs”", "not text" },
  { "run-empty", HEAD "\"blocks\": [" PARA ", {\"role\": \"closing\", \"runs\": [{\"text\": \"a\"}, {}]}]}", FY_ERROR_INVALID_CONTENT, "run 2 of block 2", NULL },
  { "run-two-kinds", HEAD "\"blocks\": [{\"role\": \"closing\", \"runs\": [{\"text\": \"a\", \"bold\": \"b\"}]}]}", FY_ERROR_INVALID_CONTENT, "“text”", "“bold”" },
  { "run-number", HEAD "\"blocks\": [{\"role\": \"closing\", \"runs\": [{\"bold\": 1}]}]}", FY_ERROR_INVALID_CONTENT, "“bold”", "run 1 of block 1" },
  { "run-field-empty", HEAD "\"blocks\": [{\"role\": \"closing\", \"runs\": [{\"field\": \"\"}]}]}", FY_ERROR_INVALID_CONTENT, "“field”", "empty" },
  { "metadata-array", HEAD "\"metadata\": [], \"blocks\": []}", FY_ERROR_INVALID_CONTENT, "“metadata”", NULL },
  { "title-number", HEAD "\"metadata\": {\"title\": 5}, \"blocks\": []}", FY_ERROR_INVALID_CONTENT, "“title”", "metadata" },
  { "time-limit-negative", HEAD "\"metadata\": {\"time_limit\": -3}, \"blocks\": []}", FY_ERROR_INVALID_CONTENT, "“time_limit”", "-3" },
  { "time-limit-text", HEAD "\"metadata\": {\"time_limit\": \"8分钟\"}, \"blocks\": []}", FY_ERROR_INVALID_CONTENT, "“time_limit”", NULL },
  { "fields-object", HEAD "\"fields\": {\"a\": \"b\"}, \"blocks\": []}", FY_ERROR_INVALID_CONTENT, "“fields”", NULL },
  { "field-no-value", HEAD "\"fields\": [{\"name\": \"a\", \"value\": \"\"}, {\"name\": \"b\"}], \"blocks\": []}", FY_ERROR_INVALID_CONTENT, "“value”", "field 2" },
  { "field-no-name", HEAD "\"fields\": [{\"name\": \"\", \"value\": \"x\"}], \"blocks\": []}", FY_ERROR_INVALID_CONTENT, "“name”", "field 1" },
  { "field-twice", HEAD "\"fields\": [{\"name\": \"甲\", \"value\": \"1\"}, {\"name\": \"甲\", \"value\": \"2\"}], \"blocks\": []}", FY_ERROR_INVALID_CONTENT, "“甲”", "twice" },
};

static void
test_bad_input (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  const char *input = bad_inputs[i].data;
  gsize length = strlen (input);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  /* The NUL case carries bytes after its NUL. */
  if (g_str_equal (bad_inputs[i].name, "nul-byte"))
    length = 14;

  document = fy_document_load_from_data (input, length, &error);
  g_assert_null (document);
  g_assert_error (error, FY_ERROR, bad_inputs[i].code);
  g_test_message ("%s: %s", bad_inputs[i].name, error->message);
  g_assert_nonnull (strstr (error->message, bad_inputs[i].needle));
  if (bad_inputs[i].needle2 != NULL)
    g_assert_nonnull (strstr (error->message, bad_inputs[i].needle2));
}

static char *
make_nested (guint depth)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

static void
test_deep_nesting (void)
{
  g_autofree char *ok = make_nested (FY_JSON_MAX_DEPTH);
  g_autofree char *too_deep = make_nested (FY_JSON_MAX_DEPTH + 1);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GString *huge;

  /* At the limit the nesting itself passes; the array root does not. */
  document = fy_document_load_from_data (ok, strlen (ok), &error);
  g_assert_null (document);
  g_assert_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT);
  g_clear_error (&error);

  document = fy_document_load_from_data (too_deep, strlen (too_deep), &error);
  g_assert_null (document);
  g_assert_error (error, FY_ERROR, FY_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "64"));
  g_clear_error (&error);

  /* A million levels, object and array mixed and never closed, must not
   * reach a recursive parser. */
  huge = g_string_new (HEAD "\"blocks\": ");
  for (guint i = 0; i < 500000; i++)
    g_string_append (huge, "[{\"a\":");
  document = fy_document_load_from_data (huge->str, huge->len, &error);
  g_string_free (huge, TRUE);
  g_assert_null (document);
  g_assert_error (error, FY_ERROR, FY_ERROR_LIMIT);
}

static void
test_load_root_version (void)
{
  const char *data = "{\"format\": \"fayan-template\", \"version\": 2, \"extra\": 1}";
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GError) error = NULL;
  gint64 version = 0;

  root = fy_json_load_root (data, strlen (data), "fayan-template", 1, &version, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_FUTURE_VERSION);
  g_assert_null (root);
  g_clear_error (&error);

  root = fy_json_load_root (data, strlen (data), "fayan-template", 3, &version, &error);
  g_assert_no_error (error);
  g_assert_nonnull (root);
  g_assert_cmpint (version, ==, 2);
  g_assert_true (json_object_has_member (root, "extra"));
}

static void
test_json_getters (void)
{
  const char *data = "{\"format\": \"x\", \"version\": 1, \"s\": \"\", \"b\": true, \"n\": null, \"i\": 7}";
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GError) error = NULL;
  const char *s = "unset";
  gboolean b = FALSE;
  gint64 i = -1;

  root = fy_json_load_root (data, strlen (data), "x", 1, NULL, &error);
  g_assert_no_error (error);

  /* Optional and absent or null: untouched, no error. */
  g_assert_true (fy_json_get_string (root, "ctx", "missing", FALSE, &s, &error));
  g_assert_true (fy_json_get_string (root, "ctx", "n", FALSE, &s, &error));
  g_assert_cmpstr (s, ==, "unset");
  g_assert_no_error (error);

  g_assert_true (fy_json_get_string (root, "ctx", "s", TRUE, &s, &error));
  g_assert_cmpstr (s, ==, "");
  g_assert_false (fy_json_get_nonempty_string (root, "ctx", "s", TRUE, &s, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);
  g_clear_error (&error);

  g_assert_true (fy_json_get_boolean (root, "ctx", "b", TRUE, &b, &error));
  g_assert_true (b);
  g_assert_false (fy_json_get_boolean (root, "ctx", "i", TRUE, &b, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);
  g_assert_nonnull (strstr (error->message, "in ctx"));
  g_clear_error (&error);

  g_assert_true (fy_json_get_int (root, "ctx", "i", TRUE, 0, 7, &i, &error));
  g_assert_cmpint (i, ==, 7);
  g_assert_false (fy_json_get_int (root, "ctx", "i", TRUE, 0, 6, &i, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);
  g_clear_error (&error);

  /* Required and null is an error of type, not a silent default. */
  g_assert_false (fy_json_get_string (root, "ctx", "n", TRUE, &s, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);
  g_assert_nonnull (strstr (error->message, "null"));
}

/* Files --------------------------------------------------------------------- */

static void
test_file_too_large (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "big.fayan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  int fd;

  /* A sparse 200 MiB file: cheap to make, and it must not be read. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 200 * 1024 * 1024), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);

  start = g_get_monotonic_time ();
  document = fy_document_load_from_file (file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FY_ERROR, FY_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "big.fayan"));
  g_assert_nonnull (strstr (error->message, "200.0"));
  g_assert_nonnull (strstr (error->message, "MiB"));
  /* Reading 200 MiB of zeros would take far longer than a stat. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);

  fy_test_assert_remove_tree (dir);
}

static void
test_load_text (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "t.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *big = NULL;
  gsize length = 0;

  /* 200 000 bytes: more than one read chunk. */
  big = g_strnfill (200000, 'a');
  write_file (path, big, -1);

  text = fy_file_load_text (file, 200000, &length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, 200000);
  g_assert_cmpstr (text, ==, big);
  g_clear_pointer (&text, g_free);

  text = fy_file_load_text (file, 199999, &length, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, FY_ERROR, FY_ERROR_TOO_LARGE);
  g_clear_error (&error);

  write_file (path, "", 0);
  text = fy_file_load_text (file, 10, &length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, 0);
  g_assert_cmpstr (text, ==, "");

  fy_test_assert_remove_tree (dir);
}

static void
test_file_unreadable (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing_path = g_build_filename (dir, "missing.fayan", NULL);
  g_autofree char *folder_path = g_build_filename (dir, "folder.fayan", NULL);
  g_autofree char *locked_path = g_build_filename (dir, "locked.fayan", NULL);
  g_autofree char *sample = sample_path ();
  g_autofree char *contents = NULL;
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  document = fy_document_load_from_file (missing, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FY_ERROR, FY_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (folder_path, 0755), ==, 0);
  document = fy_document_load_from_file (folder, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FY_ERROR, FY_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "folder"));
  g_clear_error (&error);

  /* A file without read permission, opened by an unprivileged process. */
  if (!can_drop_privileges ())
    {
      g_test_skip ("Running as root and unable to become an unprivileged user");
      fy_test_assert_remove_tree (dir);
      return;
    }
  contents = read_file (sample, &length);
  write_file (locked_path, contents, length);
  g_assert_cmpint (g_chmod (locked_path, 0000), ==, 0);
  g_setenv ("FY_TEST_PATH", locked_path, TRUE);
  g_test_trap_subprocess ("/core/document-io/file/unreadable/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_unsetenv ("FY_TEST_PATH");

  fy_test_assert_remove_tree (dir);
}

static void
test_file_unreadable_subprocess (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_test_subprocess ())
    {
      g_test_skip ("Runs only as a subprocess of its parent test");
      return;
    }
  file = g_file_new_for_path (g_getenv ("FY_TEST_PATH"));

  drop_privileges ();
  document = fy_document_load_from_file (file, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FY_ERROR, FY_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "permission"));
  g_assert_nonnull (strstr (error->message, "locked.fayan"));
}

/* Atomic saving ------------------------------------------------------------- */

typedef struct
{
  char  *dir;
  char  *path;
  char  *old_contents;
  gsize  old_length;
  GFile *file;
} SaveFixture;

static void
save_fixture_set_up (SaveFixture   *fixture,
                     gconstpointer  data)
{
  g_autofree char *sample = sample_path ();

  fixture->dir = make_temp_dir ();
  fixture->path = g_build_filename (fixture->dir, "doc.fayan", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
  fixture->old_contents = read_file (sample, &fixture->old_length);
  write_file (fixture->path, fixture->old_contents, fixture->old_length);
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
}

static void
save_fixture_tear_down (SaveFixture   *fixture,
                        gconstpointer  data)
{
  fy_test_assert_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->old_contents);
  g_object_unref (fixture->file);
}

static void
assert_old_file_intact (SaveFixture *fixture)
{
  g_autofree char *now = NULL;
  g_autofree char *names = NULL;
  gsize length;

  now = read_file (fixture->path, &length);
  g_assert_cmpmem (now, length, fixture->old_contents, fixture->old_length);

  /* No temporary file is left behind. */
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "doc.fayan");
}

static void
test_save_replaces (SaveFixture   *fixture,
                    gconstpointer  data)
{
  g_autoptr(FyDocument) document = make_full_document ();
  g_autoptr(FyDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *now = NULL;
  g_autofree char *names = NULL;
  g_autofree char *new_path = g_build_filename (fixture->dir, "new.fayan", NULL);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  struct stat st;
  mode_t mask;

  g_assert_cmpint (g_chmod (fixture->path, 0640), ==, 0);
  g_assert_true (fy_document_save_to_file (document, fixture->file, NULL, &error));
  g_assert_no_error (error);

  expected = fy_document_save_to_data (document, NULL);
  now = read_file (fixture->path, NULL);
  g_assert_cmpstr (now, ==, expected);

  /* The original's permissions are kept. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);

  loaded = fy_document_load_from_file (fixture->file, NULL, &error);
  g_assert_no_error (error);
  assert_documents_equal (document, loaded);

  /* A new file gets the usual mode for new files. */
  mask = umask (022);
  umask (mask);
  g_assert_true (fy_document_save_to_file (document, new_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (new_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0666 & ~mask);

  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "doc.fayan new.fayan");
}

static void
test_save_replaces_symlink (SaveFixture   *fixture,
                            gconstpointer  data)
{
  g_autoptr(FyDocument) document = make_full_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *link_path = g_build_filename (fixture->dir, "link.fayan", NULL);
  g_autofree char *broken_path = g_build_filename (fixture->dir, "broken.fayan", NULL);
  g_autoptr(GFile) link = g_file_new_for_path (link_path);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  g_autofree char *expected = NULL;
  g_autofree char *now = NULL;
  g_autofree char *names = NULL;

  /* Issue 17, defect 4: one rule, the link itself is replaced and what it
   * points to is never written (fill wrote through out/张三.fayan). */
  g_assert_cmpint (symlink ("doc.fayan", link_path), ==, 0);
  g_assert_cmpint (symlink ("nowhere/x.fayan", broken_path), ==, 0);
  g_assert_true (fy_document_save_to_file (document, link, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (fy_document_save_to_file (document, broken, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  g_assert_false (g_file_test (broken_path, G_FILE_TEST_IS_SYMLINK));
  expected = fy_document_save_to_data (document, NULL);
  now = read_file (link_path, NULL);
  g_assert_cmpstr (now, ==, expected);
  g_clear_pointer (&now, g_free);
  now = read_file (broken_path, NULL);
  g_assert_cmpstr (now, ==, expected);

  g_assert_cmpint (g_unlink (link_path), ==, 0);
  g_assert_cmpint (g_unlink (broken_path), ==, 0);
  assert_old_file_intact (fixture);
}

static void
test_save_read_only_file (SaveFixture   *fixture,
                          gconstpointer  data)
{
  g_autoptr(FyDocument) document = make_full_document ();
  g_autoptr(GError) error = NULL;

  /* Issue 17, defect 5: a chmod 444 file was replaced, exit 0.  Refused
   * even for root, by the mode bits. */
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  g_assert_false (fy_document_save_to_file (document, fixture->file, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  assert_old_file_intact (fixture);
}

static void
test_save_own_input (SaveFixture   *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hard_path = g_build_filename (fixture->dir, "hard.pdf", NULL);
  g_autoptr(GFile) hard = g_file_new_for_path (hard_path);

  /* Issue 17, defect 2: render -o doc.fayan overwrote its input. */
  g_assert_false (fy_file_write (fixture->file, "%PDF", 4, fixture->file, FY_FILE_WRITE_DEFAULT,
                                 NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "being read"));
  g_clear_error (&error);
  g_assert_false (fy_file_check_destination (fixture->file, fixture->file, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_clear_error (&error);

  /* A hard link is the same file. */
  g_assert_cmpint (link (fixture->path, hard_path), ==, 0);
  g_assert_false (fy_file_write (hard, "%PDF", 4, fixture->file, FY_FILE_WRITE_DEFAULT,
                                 NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_assert_cmpint (g_unlink (hard_path), ==, 0);
  assert_old_file_intact (fixture);
}

static void
test_save_private (SaveFixture   *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *new_path = g_build_filename (fixture->dir, "draft.fayan", NULL);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  struct stat st;

  /* Issue 17, defect 7: recovery copies were 0644. */
  g_assert_true (fy_file_write (new_file, "x", 1, NULL, FY_FILE_WRITE_PRIVATE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (new_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  g_assert_true (fy_file_write (fixture->file, "x", 1, NULL, FY_FILE_WRITE_PRIVATE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
}

static void
test_save_stale_temporaries (SaveFixture   *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stale = g_build_filename (fixture->dir, ".doc.fayan" FY_FILE_TEMP_MARK "a1B2c3", NULL);
  g_autofree char *young = g_build_filename (fixture->dir, ".out.pdf" FY_FILE_TEMP_MARK "zzzzzz", NULL);
  g_autofree char *foreign = g_build_filename (fixture->dir, ".out.pdf.Q1w2E3", NULL);
  g_autofree char *names = NULL;
  struct utimbuf old_times;

  /* Issue 17, defect 8: temporary files left by kill -9 were never removed. */
  write_file (stale, "x", 1);
  write_file (young, "x", 1);
  write_file (foreign, "x", 1);
  old_times.actime = old_times.modtime = time (NULL) - 2 * FY_FILE_TEMP_STALE_AGE;
  g_assert_cmpint (utime (stale, &old_times), ==, 0);
  g_assert_cmpint (utime (foreign, &old_times), ==, 0);

  /* The first write into a folder sweeps it. */
  g_assert_true (fy_file_write (fixture->file, "x", 1, NULL, FY_FILE_WRITE_DEFAULT, NULL, &error));
  g_assert_no_error (error);
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, ".out.pdf.Q1w2E3 .out.pdf" FY_FILE_TEMP_MARK "zzzzzz doc.fayan");
  g_assert_cmpuint (fy_file_remove_stale_temporaries (fixture->dir), ==, 0);
}

static void
test_save_read_only_folder (SaveFixture   *fixture,
                            gconstpointer  data)
{
  if (!can_drop_privileges ())
    {
      g_test_skip ("Running as root and unable to become an unprivileged user");
      return;
    }

  g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
  g_setenv ("FY_TEST_PATH", fixture->path, TRUE);
  g_test_trap_subprocess ("/core/document-io/save/read-only-folder/subprocess", 0,
                          G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_unsetenv ("FY_TEST_PATH");
  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);

  assert_old_file_intact (fixture);
}

static void
test_save_read_only_folder_subprocess (void)
{
  g_autoptr(FyDocument) document = make_full_document ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_test_subprocess ())
    {
      g_test_skip ("Runs only as a subprocess of its parent test");
      return;
    }
  file = g_file_new_for_path (g_getenv ("FY_TEST_PATH"));

  drop_privileges ();
  g_assert_false (fy_document_save_to_file (document, file, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "doc.fayan"));
  g_assert_nonnull (strstr (error->message, "permission"));
}

static void
test_save_full_disk (SaveFixture   *fixture,
                     gconstpointer  data)
{
  g_setenv ("FY_TEST_PATH", fixture->path, TRUE);
  g_test_trap_subprocess ("/core/document-io/save/full-disk/subprocess", 0,
                          G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_unsetenv ("FY_TEST_PATH");

  assert_old_file_intact (fixture);
}

static void
test_save_full_disk_subprocess (void)
{
  g_autoptr(FyDocument) document = make_full_document ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  struct rlimit limit = { 1024, 1024 };
  g_autofree char *data = fy_document_save_to_data (document, NULL);

  if (!g_test_subprocess ())
    {
      g_test_skip ("Runs only as a subprocess of its parent test");
      return;
    }
  file = g_file_new_for_path (g_getenv ("FY_TEST_PATH"));

  /* Like a disk that fills up after 1 KiB: writes past it fail with EFBIG. */
  g_assert_cmpuint (strlen (data), >, 2 * 1024);
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_assert_false (fy_document_save_to_file (document, file, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "doc.fayan"));
  g_assert_nonnull (strstr (error->message, "larger than"));
}

static void
test_save_onto_folder (SaveFixture   *fixture,
                       gconstpointer  data)
{
  g_autoptr(FyDocument) document = make_full_document ();
  g_autofree char *folder_path = g_build_filename (fixture->dir, "sub", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder_path, 0755), ==, 0);
  g_assert_false (fy_document_save_to_file (document, folder, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "folder"));
  g_assert_true (g_file_test (folder_path, G_FILE_TEST_IS_DIR));

  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "doc.fayan sub");
  g_assert_cmpint (g_rmdir (folder_path), ==, 0);
  assert_old_file_intact (fixture);
}

static void
test_save_missing_folder (SaveFixture   *fixture,
                          gconstpointer  data)
{
  g_autoptr(FyDocument) document = make_full_document ();
  g_autofree char *path = g_build_filename (fixture->dir, "nowhere", "doc.fayan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (fy_document_save_to_file (document, file, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "cannot be found"));
  g_assert_nonnull (strstr (error->message, "nowhere"));
  assert_old_file_intact (fixture);
}

static void
test_save_cancelled (SaveFixture   *fixture,
                     gconstpointer  data)
{
  g_autoptr(FyDocument) document = make_full_document ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (fy_document_save_to_file (document, fixture->file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_old_file_intact (fixture);
}

/* The numbering mode survives a save; only a document that uses it is
 * written as version 2, so the rest stays readable by older builds. */
static void
test_numbering_mode (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "一要坚持学习");
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *automatic = NULL;
  g_autofree char *written = NULL;
  const char *bad = "{\"format\": \"fayan-document\", \"version\": 2, "
                    "\"metadata\": {\"numbering\": \"roman\"}, \"blocks\": []}";
  g_autofree char *future = fy_test_future_document ();

  fy_document_append_block (document, block);
  automatic = fy_document_save_to_data (document, NULL);
  g_assert_nonnull (strstr (automatic, "\"version\" : 1"));
  g_assert_null (strstr (automatic, "numbering"));

  fy_document_set_numbering (document, FY_NUMBERING_AS_WRITTEN);
  written = fy_document_save_to_data (document, NULL);
  g_assert_nonnull (strstr (written, "\"version\" : 2"));
  g_assert_nonnull (strstr (written, "\"numbering\" : \"as-written\""));

  again = fy_document_load_from_data (written, strlen (written), &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_document_get_numbering (again), ==, FY_NUMBERING_AS_WRITTEN);
  g_clear_object (&again);

  again = fy_document_load_from_data (automatic, strlen (automatic), &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_document_get_numbering (again), ==, FY_NUMBERING_AUTO);
  g_clear_object (&again);

  again = fy_document_load_from_data (bad, strlen (bad), &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);
  g_assert_nonnull (strstr (error->message, "roman"));
  g_assert_null (again);
  g_clear_error (&error);

  again = fy_document_load_from_data (future, strlen (future), &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_FUTURE_VERSION);
  g_assert_null (again);
}

/* The page-number switch survives a save, also in a version saved with
 * it off.  Only a document that turns them off is written as version 6:
 * an older build refuses it as a newer file's instead of printing the
 * numbers and dropping the setting on its next save. */
static void
test_page_numbers (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "请各单位于本周五前报送材料。");
  g_autoptr(FyDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  g_autofree char *in_version = NULL;
  const char *bad = "{\"format\": \"fayan-document\", \"version\": 6, "
                    "\"metadata\": {\"page_numbers\": \"off\"}, \"blocks\": []}";

  fy_document_append_block (document, block);
  g_assert_true (fy_document_get_page_numbers (document));
  with = fy_document_save_to_data (document, NULL);
  g_assert_nonnull (strstr (with, "\"version\" : 1"));
  g_assert_null (strstr (with, "page_numbers"));

  fy_document_set_page_numbers (document, FALSE);
  g_assert_cmpuint (fy_document_get_format_version (document), ==, FY_DOCUMENT_FORMAT_VERSION_PAGE_NUMBERS);
  without = fy_document_save_to_data (document, NULL);
  g_assert_nonnull (strstr (without, "\"version\" : 6"));
  g_assert_nonnull (strstr (without, "\"page_numbers\" : false"));

  again = fy_document_load_from_data (without, strlen (without), &error);
  g_assert_no_error (error);
  g_assert_false (fy_document_get_page_numbers (again));
  assert_documents_equal (document, again);
  g_clear_object (&again);

  again = fy_document_load_from_data (with, strlen (with), &error);
  g_assert_no_error (error);
  g_assert_true (fy_document_get_page_numbers (again));
  g_clear_object (&again);

  /* a version keeps the setting it was saved with; the speech itself
   * prints them again, the file still needs version 6 */
  g_assert_nonnull (fy_document_save_version (document, "通知稿", NULL, NULL));
  fy_document_set_page_numbers (document, TRUE);
  g_assert_cmpuint (fy_document_get_format_version (document), ==, FY_DOCUMENT_FORMAT_VERSION_PAGE_NUMBERS);
  in_version = fy_document_save_to_data (document, NULL);
  again = fy_document_load_from_data (in_version, strlen (in_version), &error);
  g_assert_no_error (error);
  g_assert_true (fy_document_get_page_numbers (again));
  g_assert_false (fy_document_get_page_numbers (fy_version_get_snapshot (fy_document_get_version (again, 0))));
  g_clear_object (&again);

  again = fy_document_load_from_data (bad, strlen (bad), &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT);
  g_assert_nonnull (strstr (error->message, "page_numbers"));
  g_assert_null (again);
}

/* Text from Windows: GB18030 and UTF-16 (by its byte order mark) are
 * read, anything else is refused. */
static void
test_text_encodings (void)
{
  const char *text = "关于“十五五”规划的说明，第一部分。";
  const char *encodings[] = { "GB18030", "UTF-16LE", "UTF-16BE" };
  const char *encoding = "unset";
  g_autofree char *same = NULL;
  gsize length = 0;

  same = fy_text_to_utf8 (text, strlen (text), &length, &encoding);
  g_assert_cmpstr (same, ==, text);
  g_assert_cmpuint (length, ==, strlen (text));
  g_assert_null (encoding);

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      g_autofree char *body = NULL;
      g_autofree char *data = NULL;
      g_autofree char *back = NULL;
      gsize body_length = 0;
      gsize data_length;

      body = g_convert (text, -1, encodings[i], "UTF-8", NULL, &body_length, NULL);
      g_assert_nonnull (body);
      if (i == 0)
        {
          data = g_memdup2 (body, body_length);
          data_length = body_length;
        }
      else
        {
          const char *bom = i == 1 ? "\xFF\xFE" : "\xFE\xFF";

          data = g_malloc (body_length + 2);
          memcpy (data, bom, 2);
          memcpy (data + 2, body, body_length);
          data_length = body_length + 2;
        }

      back = fy_text_to_utf8 (data, data_length, &length, &encoding);
      g_assert_cmpstr (back, ==, text);
      g_assert_cmpuint (length, ==, strlen (text));
      g_assert_cmpstr (encoding, ==, encodings[i]);
    }

  /* Not GB18030 either: a lone 0x80 and a truncated pair. */
  g_assert_null (fy_text_to_utf8 ("ab\x80\xff", 4, &length, &encoding));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/document-io/round-trip/full", test_round_trip);
  g_test_add_func ("/core/document-io/round-trip/minimal", test_round_trip_minimal);
  g_test_add_func ("/core/document-io/round-trip/attached", test_round_trip_attached);
  g_test_add_func ("/core/document-io/round-trip/issue-number", test_round_trip_issue_number);
  g_test_add_func ("/core/document-io/load/document-number", test_load_document_number);
  g_test_add_func ("/core/document-io/unknown-members", test_unknown_members_ignored);
  g_test_add_func ("/core/document-io/sample", test_sample);
  g_test_add_func ("/core/document-io/numbering-mode", test_numbering_mode);
  g_test_add_func ("/core/document-io/page-numbers", test_page_numbers);

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/document-io/bad-input/%s", bad_inputs[i].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_bad_input);
    }
  g_test_add_func ("/core/document-io/bad-input/deep-nesting", test_deep_nesting);

  g_test_add_func ("/core/document-io/json/load-root-version", test_load_root_version);
  g_test_add_func ("/core/document-io/json/getters", test_json_getters);
  g_test_add_func ("/core/document-io/json/document-members", test_json_object_members);

  g_test_add_func ("/core/document-io/file/too-large", test_file_too_large);
  g_test_add_func ("/core/document-io/file/load-text", test_load_text);
  g_test_add_func ("/core/document-io/file/text-encodings", test_text_encodings);
  g_test_add_func ("/core/document-io/file/unreadable", test_file_unreadable);
  g_test_add_func ("/core/document-io/file/unreadable/subprocess", test_file_unreadable_subprocess);

#define ADD_SAVE_TEST(name, func) \
  g_test_add ("/core/document-io/save/" name, SaveFixture, NULL, \
              save_fixture_set_up, func, save_fixture_tear_down)
  ADD_SAVE_TEST ("replaces", test_save_replaces);
  ADD_SAVE_TEST ("replaces-symlink", test_save_replaces_symlink);
  ADD_SAVE_TEST ("read-only-file", test_save_read_only_file);
  ADD_SAVE_TEST ("own-input", test_save_own_input);
  ADD_SAVE_TEST ("private", test_save_private);
  ADD_SAVE_TEST ("stale-temporaries", test_save_stale_temporaries);
  ADD_SAVE_TEST ("read-only-folder", test_save_read_only_folder);
  ADD_SAVE_TEST ("full-disk", test_save_full_disk);
  ADD_SAVE_TEST ("onto-folder", test_save_onto_folder);
  ADD_SAVE_TEST ("missing-folder", test_save_missing_folder);
  ADD_SAVE_TEST ("cancelled", test_save_cancelled);
#undef ADD_SAVE_TEST
  g_test_add_func ("/core/document-io/save/read-only-folder/subprocess", test_save_read_only_folder_subprocess);
  g_test_add_func ("/core/document-io/save/full-disk/subprocess", test_save_full_disk_subprocess);

  return g_test_run ();
}

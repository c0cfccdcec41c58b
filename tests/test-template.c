/* test-template.c — tests of FyTemplate: loading, filling, linked fields
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

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
};

static GHashTable *
make_values (const char *first_name,
             ...)
{
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *name = first_name;
  va_list args;

  va_start (args, first_name);
  while (name != NULL)
    {
      const char *value = va_arg (args, const char *);

      g_hash_table_insert (values, g_strdup (name), g_strdup (value));
      name = va_arg (args, const char *);
    }
  va_end (args);

  return values;
}

static guint
count_role (FyDocument  *document,
            FyBlockRole  role)
{
  guint n = 0;

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    if (fy_block_get_role (fy_document_get_block (document, i)) == role)
      n++;

  return n;
}

static void
test_template_builtins_load_and_fill (void)
{
  g_autoptr(GPtrArray) structures = g_ptr_array_new_with_free_func (g_free);

  for (guint t = 0; t < G_N_ELEMENTS (builtin_ids); t++)
    {
      g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template (builtin_ids[t]);
      g_autoptr(GHashTable) values = make_values ("会议名称", "全区优化营商环境工作推进会",
                                                  "发言单位", "区市场监督管理局",
                                                  "职务", "局长",
                                                  "发言人", "郑海燕",
                                                  NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(FyDocument) document = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GString) structure = g_string_new (NULL);
      g_autofree char *text = NULL;
      FyDocument *skeleton = fy_template_get_skeleton (template_);
      const char *required[] = { "会议名称", "发言人" };

      g_test_message ("template %s", builtin_ids[t]);

      /* Every template defines the common fields; only meeting and speaker
       * are required, so that a draft can start from those two. */
      for (guint i = 0; i < G_N_ELEMENTS (required); i++)
        {
          const FyFieldDef *def = fy_template_lookup_field (template_, required[i]);

          g_assert_nonnull (def);
          g_assert_true (def->required);
        }
      g_assert_nonnull (fy_template_lookup_field (template_, "日期"));
      g_assert_nonnull (fy_template_lookup_field (template_, "发言时限（分钟）"));
      g_assert_cmpstr (fy_template_get_name (template_), !=, "");
      g_assert_cmpstr (fy_template_get_category (template_), !=, "");
      g_assert_cmpuint (g_utf8_strlen (fy_template_get_description (template_), -1), >, 20);

      /* Every reference in the skeleton names a defined field. */
      problems = fy_template_check_document (template_, skeleton);
      for (guint i = 0; i < problems->len; i++)
        {
          const FyFieldProblem *problem = g_ptr_array_index (problems, i);

          g_assert_cmpint (problem->kind, !=, FY_FIELD_PROBLEM_UNDEFINED);
        }
      g_clear_pointer (&problems, g_ptr_array_unref);

      /* Structure: one title, a salutation or a speaker line, body text,
       * and headings with no numbers typed in. */
      g_assert_cmpuint (count_role (skeleton, FY_BLOCK_ROLE_TITLE), ==, 1);
      g_assert_cmpuint (count_role (skeleton, FY_BLOCK_ROLE_PARAGRAPH), >=, 4);
      for (guint i = 0; i < fy_document_get_n_blocks (skeleton); i++)
        {
          FyBlock *block = fy_document_get_block (skeleton, i);
          g_autofree char *block_text = fy_block_dup_text (block);

          g_string_append_printf (structure, "%s%u,", fy_block_role_to_string (fy_block_get_role (block)),
                                  fy_block_get_level (block));
          if (fy_block_get_role (block) == FY_BLOCK_ROLE_HEADING)
            {
              g_assert_false (g_str_has_prefix (block_text, "一、"));
              g_assert_false (g_str_has_prefix (block_text, "（一）"));
              g_assert_false (g_ascii_isdigit (block_text[0]));
            }
        }
      /* Each template has a structure of its own. */
      for (guint i = 0; i < structures->len; i++)
        g_assert_cmpstr (g_ptr_array_index (structures, i), !=, structure->str);
      g_ptr_array_add (structures, g_strdup (structure->str));

      document = fy_template_instantiate (template_, values, &error);
      g_assert_no_error (error);
      g_assert_nonnull (document);
      g_assert_cmpstr (fy_document_get_template_id (document), ==, builtin_ids[t]);

      text = fy_test_dup_document_text (document);
      g_assert_null (strstr (text, "{{"));
      g_assert_nonnull (strstr (text, "全区优化营商环境工作推进会"));
      g_assert_nonnull (strstr (text, "郑海燕"));

      problems = fy_template_check_document (template_, document);
      g_assert_cmpuint (problems->len, ==, 0);

      /* Metadata follows the well-known fields. */
      g_assert_cmpstr (fy_document_get_meeting (document), ==, "全区优化营商环境工作推进会");
      g_assert_cmpstr (fy_document_get_speaker (document), ==, "郑海燕");
      g_assert_cmpuint (fy_document_get_time_limit (document), >, 0);

      /* A round trip through a template file keeps everything. */
      {
        gsize length = 0;
        g_autofree char *data = fy_template_save_to_data (template_, &length);
        g_autoptr(FyTemplate) again = fy_template_new_from_data (data, length, &error);
        g_autofree char *data2 = NULL;

        g_assert_no_error (error);
        data2 = fy_template_save_to_data (again, NULL);
        g_assert_cmpstr (data, ==, data2);
        g_assert_cmpuint (fy_template_get_n_fields (again), ==, fy_template_get_n_fields (template_));
      }
    }

  g_assert_cmpuint (structures->len, ==, 8);
}

/* Typesets @document and reads the PDF's text back with poppler, white
 * space removed (Chinese lines break anywhere). */
static char *
render_text (FyDocument *document,
             guint      *n_field_warnings)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = NULL;
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const FyLayoutWarning *warnings;
  PopplerDocument *pdf;
  g_autofree char *all = NULL;
  guint n_warnings = 0;

  style = fy_style_new_from_preset (fy_document_get_style_preset (document), &error);
  g_assert_no_error (error);
  typesetter = fy_typesetter_new (style);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);

  *n_field_warnings = 0;
  warnings = fy_layout_get_warnings (layout, &n_warnings);
  for (guint i = 0; i < n_warnings; i++)
    if (warnings[i].kind == FY_LAYOUT_WARNING_UNFILLED_FIELD
        || warnings[i].kind == FY_LAYOUT_WARNING_UNKNOWN_FIELD)
      (*n_field_warnings)++;

  bytes = fy_render_pdf_bytes (layout, document, NULL, &error);
  g_assert_no_error (error);
  pdf = fy_test_pdf_open_bytes (bytes);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), >=, 1);

  all = fy_test_pdf_text (pdf);
  g_object_unref (pdf);

  return fy_test_strip_spaces (all);
}

static gboolean
refers_to (FyDocument *document,
           const char *field)
{
  for (guint b = 0; b < fy_document_get_n_blocks (document); b++)
    {
      FyBlock *block = fy_document_get_block (document, b);

      for (guint i = 0; i < fy_block_get_n_runs (block); i++)
        if (fy_block_get_run (block, i)->kind == FY_RUN_FIELD
            && strcmp (fy_block_get_run (block, i)->text, field) == 0)
          return TRUE;
    }

  return FALSE;
}

static void
test_template_builtins_render (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (builtin_ids); t++)
    {
      g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template (builtin_ids[t]);
      g_autoptr(GHashTable) values = make_values ("会议名称", "全县民族团结进步创建推进会",
                                                  "发言单位", "县民族宗教事务局",
                                                  "职务", "副局长",
                                                  "发言人", "阿依古丽",
                                                  "日期", "2026-01-05",
                                                  NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(FyDocument) document = NULL;
      g_autofree char *text = NULL;
      g_autofree char *relinked = NULL;
      guint n_field_warnings = 0;

      g_test_message ("template %s", builtin_ids[t]);
      document = fy_template_instantiate (template_, values, &error);
      g_assert_no_error (error);

      text = render_text (document, &n_field_warnings);
      g_assert_cmpuint (n_field_warnings, ==, 0);
      g_assert_nonnull (strstr (text, "全县民族团结进步创建推进会"));
      g_assert_nonnull (strstr (text, "副局长"));
      if (refers_to (fy_template_get_skeleton (template_), "发言单位"))
        g_assert_nonnull (strstr (text, "县民族宗教事务局"));
      g_assert_nonnull (strstr (text, "阿依古丽"));
      g_assert_null (strstr (text, "{{"));
      g_assert_null (strstr (text, "〔"));
      /* Templates that print the date print it the Chinese way, whole:
       * a date under a signature stays inside the type area. */
      if (refers_to (fy_template_get_skeleton (template_), "日期"))
        {
          gboolean found = FALSE;

          for (guint b = 0; b < fy_document_get_n_blocks (document); b++)
            {
              g_autofree char *block_text = fy_document_dup_block_text (document, b);

              found |= strstr (block_text, "2026年1月5日") != NULL;
            }
          g_assert_true (found);
          g_assert_nonnull (strstr (text, "2026年1月5日"));
        }
      g_assert_null (strstr (text, "2026-01-05"));

      /* Change the meeting once: the output follows everywhere. */
      fy_document_set_field_value (document, "会议名称", "全州文化旅游发展大会");
      relinked = render_text (document, &n_field_warnings);
      g_assert_null (strstr (relinked, "全县民族团结进步创建推进会"));
      g_assert_nonnull (strstr (relinked, "全州文化旅游发展大会"));
    }
}

static void
test_template_linked_fields (void)
{
  g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template ("exchange-speech");
  g_autoptr(GHashTable) values = make_values ("会议名称", "全市社区治理现场会", "发言人", "刘洋", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_before = 0, n_after = 0;
  const char *p;

  document = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);

  /* The document keeps the reference, not a copy of the value. */
  before = fy_test_dup_document_text (document);
  for (p = before; (p = strstr (p, "全市社区治理现场会")) != NULL; p++)
    n_before++;
  g_assert_cmpuint (n_before, >=, 1);

  fy_document_set_field_value (document, "会议名称", "全省城市基层党建工作会议");
  after = fy_test_dup_document_text (document);
  g_assert_null (strstr (after, "全市社区治理现场会"));
  for (p = after; (p = strstr (p, "全省城市基层党建工作会议")) != NULL; p++)
    n_after++;
  g_assert_cmpuint (n_after, ==, n_before);

  /* Optional fields left empty print nothing, and the blank that would
   * have separated them from the name is gone. */
  {
    g_autofree char *speaker = NULL;

    for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
      if (fy_block_get_role (fy_document_get_block (document, i)) == FY_BLOCK_ROLE_SPEAKER)
        speaker = fy_document_dup_block_text (document, i);
    g_assert_cmpstr (speaker, ==, "刘洋");
  }
}

static int
find_role (FyDocument *document,
           FyBlockRole role)
{
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    if (fy_block_get_role (fy_document_get_block (document, i)) == role)
      return i;

  return -1;
}

/* A unit left empty when a report was made is out of its speaker line,
 * and its signature (the unit alone) is out altogether; given later (the
 * 字段 panel, session 21's new user), both come back, the signature in
 * its place above the date.  Only the lines of the field asked for. */
static void
test_template_restore_field_lines (void)
{
  g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template ("work-report");
  g_autoptr(GHashTable) values = make_values ("会议名称", "市政府专题调研座谈会", "发言人", "邓莉", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = fy_template_instantiate (template_, values, &error);
  g_autoptr(FyDocument) copy = NULL;
  g_autofree char *speaker = NULL;
  g_autofree char *signature = NULL;
  guint n_blocks;

  g_assert_no_error (error);
  n_blocks = fy_document_get_n_blocks (document);
  g_assert_cmpint (find_role (document, FY_BLOCK_ROLE_SIGNATURE), ==, -1);

  /* Batch fill's copy gets them all back; the document is left as it is. */
  copy = fy_template_restore_dropped_fields (template_, document);
  g_assert_cmpuint (fy_document_get_n_blocks (copy), ==, n_blocks + 1);
  g_assert_cmpint (find_role (copy, FY_BLOCK_ROLE_SIGNATURE), ==, find_role (copy, FY_BLOCK_ROLE_DATE_LINE) - 1);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, n_blocks);

  /* The post: its speaker line only, without the unit still empty
   * (which would print as a placeholder). */
  g_assert_true (fy_template_restore_field_lines (template_, document, "职务"));
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, n_blocks);
  {
    FyBlock *line = fy_document_get_block (document, find_role (document, FY_BLOCK_ROLE_SPEAKER));

    g_assert_cmpuint (fy_block_get_n_runs (line), ==, 3);
    g_assert_cmpstr (fy_block_get_run (line, 0)->text, ==, "职务");
  }
  fy_document_set_field_value (document, "职务", "主任");
  speaker = fy_document_dup_block_text (document, find_role (document, FY_BLOCK_ROLE_SPEAKER));
  g_assert_cmpstr (speaker, ==, "主任　邓莉");

  /* The unit: already in the speaker line, so its signature. */
  g_assert_true (fy_template_restore_field_lines (template_, document, "发言单位"));
  g_assert_false (fy_template_restore_field_lines (template_, document, "发言单位"));
  fy_document_set_field_value (document, "发言单位", "城关镇");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, n_blocks + 1);
  g_clear_pointer (&speaker, g_free);
  speaker = fy_document_dup_block_text (document, find_role (document, FY_BLOCK_ROLE_SPEAKER));
  g_assert_cmpstr (speaker, ==, "城关镇主任　邓莉");
  g_assert_cmpint (find_role (document, FY_BLOCK_ROLE_SIGNATURE), ==, find_role (document, FY_BLOCK_ROLE_DATE_LINE) - 1);
  signature = fy_document_dup_block_text (document, find_role (document, FY_BLOCK_ROLE_SIGNATURE));
  g_assert_cmpstr (signature, ==, "城关镇");
}

/* A default set after loading (batch fill takes the window's meeting
 * this way) fills what a row leaves out, and a row's own value wins. */
static void
test_template_set_field_default (void)
{
  g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template ("commitment-speech");
  g_autoptr(GHashTable) values = make_values ("发言人", "何军", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;

  g_assert_false (fy_template_set_field_default (template_, "没有这个字段", "x"));
  g_assert_true (fy_template_set_field_default (template_, "会议名称", "全县防汛工作会议"));
  g_assert_cmpstr (fy_template_lookup_field (template_, "会议名称")->default_value, ==, "全县防汛工作会议");

  document = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_field_value (document, "会议名称"), ==, "全县防汛工作会议");

  g_hash_table_insert (values, g_strdup ("会议名称"), g_strdup ("全县安全生产工作会议"));
  g_clear_object (&document);
  document = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_field_value (document, "会议名称"), ==, "全县安全生产工作会议");
}

static void
test_template_defaults_and_date (void)
{
  g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template ("commitment-speech");
  g_autoptr(GHashTable) values = make_values ("会议名称", "全县防汛工作会议", "发言人", "何军", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_strdup_printf ("%d年%d月%d日", g_date_time_get_year (now),
                                            g_date_time_get_month (now),
                                            g_date_time_get_day_of_month (now));

  document = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_field_value (document, "日期"), ==, today);
  g_assert_cmpstr (fy_document_get_field_value (document, "发言时限（分钟）"), ==, "5");
  g_assert_cmpuint (fy_document_get_time_limit (document), ==, 5);
  g_assert_cmpstr (fy_document_get_field_value (document, "职务"), ==, "");

  /* Dates as people type them. */
  {
    g_autoptr(GDateTime) date = g_date_time_new_local (2026, 1, 5, 9, 0, 0);
    g_autofree char *formatted = fy_date_format (date);
    struct { const char *in, *out; } cases[] = {
      { "2026-01-05", "2026年1月5日" },
      { " 2026/1/5 ", "2026年1月5日" },
      { "2026.12.31", "2026年12月31日" },
      { "2026年01月05日", "2026年1月5日" },
      { "二〇二六年一月五日", "二〇二六年一月五日" },
      { "2026-02-30", "2026-02-30" },
      { "2026-1/5", "2026-1/5" },
    };

    g_assert_cmpstr (formatted, ==, "2026年1月5日");
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *out = fy_template_normalize_date (cases[i].in);

        g_assert_cmpstr (out, ==, cases[i].out);
      }
  }

  /* A number field refuses words; full-width digits are fine. */
  g_hash_table_insert (values, g_strdup ("发言时限（分钟）"), g_strdup ("五分钟"));
  g_clear_object (&document);
  document = fy_template_instantiate (template_, values, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_FIELD);
  g_assert_null (document);
  g_assert_nonnull (strstr (error->message, "发言时限（分钟）"));
  g_clear_error (&error);

  g_hash_table_insert (values, g_strdup ("发言时限（分钟）"), g_strdup ("１２"));
  document = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fy_document_get_time_limit (document), ==, 12);
}

static void
test_template_check_values (void)
{
  g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template ("leader-speech");
  g_autoptr(GHashTable) values = make_values ("会议名称", "全市经济工作会议", "发言人", "  ", NULL);
  g_autoptr(GError) error = NULL;

  /* A blank value counts as missing. */
  g_assert_false (fy_template_check_values (template_, values, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_FIELD);
  g_assert_nonnull (strstr (error->message, "发言人"));
  g_assert_null (strstr (error->message, "会议名称"));
  g_clear_error (&error);

  g_hash_table_remove_all (values);
  g_assert_false (fy_template_check_values (template_, values, &error));
  g_assert_nonnull (strstr (error->message, "发言人"));
  g_assert_nonnull (strstr (error->message, "会议名称"));
  g_clear_error (&error);

  g_hash_table_insert (values, g_strdup ("会议名称"), g_strdup ("全市经济工作会议"));
  g_hash_table_insert (values, g_strdup ("发言人"), g_strdup ("吴刚"));
  g_assert_true (fy_template_check_values (template_, values, &error));
  g_assert_no_error (error);

  /* Bytes that are not UTF-8 are refused, not looked into. */
  g_hash_table_insert (values, g_strdup ("发言人"), g_strdup ("\xE5\x90"));
  g_assert_false (fy_template_check_values (template_, values, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8);
  g_clear_error (&error);
  g_assert_null (fy_template_instantiate (template_, values, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8);
  g_clear_error (&error);
}

static void
test_template_check_document (void)
{
  g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template ("work-report");
  g_autoptr(GHashTable) values = make_values ("会议名称", "省政府专题调研座谈会", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(FyBlock) block = NULL;
  gboolean seen_unfilled = FALSE, seen_undefined = FALSE;

  document = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);

  block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "请{{联系人}}于会后报送材料。");
  fy_document_append_block (document, block);

  problems = fy_template_check_document (template_, document);
  for (guint i = 0; i < problems->len; i++)
    {
      const FyFieldProblem *problem = g_ptr_array_index (problems, i);

      if (problem->kind == FY_FIELD_PROBLEM_UNFILLED && strcmp (problem->field, "发言人") == 0)
        {
          seen_unfilled = TRUE;
          g_assert_cmpint (problem->block, >=, 0);
        }
      if (problem->kind == FY_FIELD_PROBLEM_UNDEFINED && strcmp (problem->field, "联系人") == 0)
        {
          seen_undefined = TRUE;
          g_assert_cmpint (problem->block, ==, (int) fy_document_get_n_blocks (document) - 1);
        }
    }
  g_assert_true (seen_unfilled);
  g_assert_true (seen_undefined);
  g_assert_cmpuint (problems->len, ==, 2);

  g_assert_false (fy_template_problems_to_error (problems, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_FIELD);
  g_assert_nonnull (strstr (error->message, "发言人"));
  g_assert_nonnull (strstr (error->message, "{{联系人}}"));
  g_clear_error (&error);

  /* Without the template, a reference with no value is still reported. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = fy_template_check_document (NULL, document);
  g_assert_cmpuint (problems->len, ==, 2);

  fy_document_set_field_value (document, "发言人", "钱进");
  fy_document_set_field_value (document, "联系人", "办公室孙老师");
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = fy_template_check_document (template_, document);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (fy_template_problems_to_error (problems, &error));
}

static void
test_template_save_as_template (void)
{
  g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template ("exchange-speech");
  g_autoptr(GHashTable) values = make_values ("会议名称", "全市文明城市创建推进会", "发言人", "冯蕾",
                                              "发言单位", "东城街道", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyTemplate) kept = NULL;
  g_autoptr(FyTemplate) structure = NULL;
  g_autoptr(FyDocument) again = NULL;
  g_autofree char *text = NULL;
  FyBlock *first_paragraph = NULL;
  guint first_paragraph_pos = 0;

  document = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    if (fy_block_get_role (fy_document_get_block (document, i)) == FY_BLOCK_ROLE_PARAGRAPH)
      {
        first_paragraph = fy_document_get_block (document, i);
        first_paragraph_pos = i;
        break;
      }
  g_assert_nonnull (first_paragraph);
  fy_block_set_text (first_paragraph, "街道共有居民小区四十二个，去年新建口袋公园九处。");
  fy_document_set_field_value (document, "我的字段", "临时值");

  /* Keeping the text: the writer's words stay, the occasion's values go. */
  kept = fy_template_new_from_document (document, template_, FY_TEMPLATE_KEEP_TEXT, "街道交流发言", "我的模板");
  g_assert_true (fy_template_id_is_valid (fy_template_get_id (kept)));
  g_assert_cmpstr (fy_template_get_id (kept), !=, "exchange-speech");
  g_assert_cmpstr (fy_template_get_name (kept), ==, "街道交流发言");
  g_assert_cmpint (fy_template_get_origin (kept), ==, FY_TEMPLATE_ORIGIN_USER);
  /* The built-in's description is not this template's (it described
   * the built-in's own use in the gallery, under the new name). */
  g_assert_cmpstr (fy_template_get_description (template_), !=, "");
  g_assert_cmpstr (fy_template_get_description (kept), ==, "");
  g_assert_null (fy_document_get_field_value (fy_template_get_skeleton (kept), "会议名称"));
  g_assert_null (fy_document_get_meeting (fy_template_get_skeleton (kept)));
  g_assert_nonnull (fy_template_lookup_field (kept, "我的字段"));
  g_assert_true (fy_template_lookup_field (kept, "发言人")->required);
  /* Kept as a user's template: the speaker and unit of this speech are
   * the next one's defaults; the meeting is asked again. */
  g_assert_null (fy_template_lookup_field (kept, "发言人")->default_value);
  fy_template_keep_values_as_defaults (kept, document);
  g_assert_cmpstr (fy_template_lookup_field (kept, "发言人")->default_value, ==, "冯蕾");
  g_assert_cmpstr (fy_template_lookup_field (kept, "发言单位")->default_value, ==, "东城街道");
  g_assert_cmpstr (fy_template_lookup_field (kept, "我的字段")->default_value, ==, "临时值");
  g_assert_null (fy_template_lookup_field (kept, "会议名称")->default_value);
  /* and the template file loads again with them */
  {
    gsize length = 0;
    g_autofree char *data = fy_template_save_to_data (kept, &length);
    g_autoptr(FyTemplate) loaded = fy_template_new_from_data (data, length, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (fy_template_lookup_field (loaded, "发言人")->default_value, ==, "冯蕾");
  }
  text = fy_block_dup_text (fy_document_get_block (fy_template_get_skeleton (kept), first_paragraph_pos));
  g_assert_cmpstr (text, ==, "街道共有居民小区四十二个，去年新建口袋公园九处。");
  g_clear_pointer (&text, g_free);

  /* Structure only: paragraphs become guidance, fixed lines stay. */
  structure = fy_template_new_from_document (document, template_, FY_TEMPLATE_STRUCTURE_ONLY, "结构模板", NULL);
  text = fy_block_dup_text (fy_document_get_block (fy_template_get_skeleton (structure), first_paragraph_pos));
  g_assert_true (g_str_has_prefix (text, "（在此"));
  g_assert_null (strstr (text, "口袋公园"));
  g_clear_pointer (&text, g_free);
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      FyBlock *block = fy_document_get_block (fy_template_get_skeleton (structure), i);
      FyBlockRole role = fy_block_get_role (block);
      g_autofree char *new_text = fy_block_dup_text (block);
      g_autofree char *old_text = fy_block_dup_text (fy_document_get_block (document, i));
      g_autofree char *lead = fy_block_dup_lead (block);

      g_assert_cmpint (role, ==, fy_block_get_role (fy_document_get_block (document, i)));
      if (role == FY_BLOCK_ROLE_SUBTITLE || role == FY_BLOCK_ROLE_SALUTATION || role == FY_BLOCK_ROLE_CLOSING)
        g_assert_cmpstr (new_text, ==, old_text);
      if (role == FY_BLOCK_ROLE_HEADING || role == FY_BLOCK_ROLE_PARAGRAPH)
        g_assert_true (g_str_has_prefix (new_text, "（在此"));
      if (role == FY_BLOCK_ROLE_PARAGRAPH && lead != NULL)
        g_assert_true (g_str_has_prefix (lead, "（在此"));
    }

  /* A template made from a document makes documents again. */
  again = fy_template_instantiate (structure, values, &error);
  g_assert_no_error (error);
  text = fy_test_dup_document_text (again);
  g_assert_nonnull (strstr (text, "全市文明城市创建推进会"));
  g_assert_null (strstr (text, "{{"));
}

static void
test_template_new_from_earlier (void)
{
  g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template ("symposium-speech");
  g_autoptr(GHashTable) values = make_values ("会议名称", "2025年企业家座谈会", "发言人", "沈清",
                                              "日期", "2025-06-18", NULL);
  g_autoptr(GHashTable) fresh = make_values ("会议名称", "2026年企业家座谈会", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) earlier = NULL;
  g_autoptr(FyDocument) next = NULL;
  g_autoptr(FyDocument) next_plain = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = fy_date_format (now);
  g_autofree char *text = NULL;

  earlier = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_field_value (earlier, "日期"), ==, "2025年6月18日");
  fy_block_set_text (fy_document_get_block (earlier, 3), "去年我们走访了一百二十家企业。");

  next = fy_template_new_from_earlier (earlier, template_, fresh, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_field_value (next, "会议名称"), ==, "2026年企业家座谈会");
  g_assert_cmpstr (fy_document_get_field_value (next, "发言人"), ==, "沈清");
  g_assert_cmpstr (fy_document_get_field_value (next, "日期"), ==, today);
  g_assert_cmpstr (fy_document_get_date (next), ==, today);
  g_assert_cmpstr (fy_document_get_meeting (next), ==, "2026年企业家座谈会");
  text = fy_document_dup_block_text (next, 3);
  g_assert_cmpstr (text, ==, "去年我们走访了一百二十家企业。");
  /* The earlier speech is untouched. */
  g_assert_cmpstr (fy_document_get_field_value (earlier, "会议名称"), ==, "2025年企业家座谈会");

  /* Without its template, “日期” still gets today. */
  next_plain = fy_template_new_from_earlier (earlier, NULL, fresh, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_field_value (next_plain, "日期"), ==, today);
  g_assert_cmpstr (fy_document_get_field_value (next_plain, "会议名称"), ==, "2026年企业家座谈会");
}

static char *
dup_skeleton_block (FyTemplate *template_,
                    guint       position)
{
  return fy_block_dup_text (fy_test_block_at (fy_template_get_skeleton (template_), position));
}

/* Session 17's new user: "save as template" of a speech typed without a
 * template kept last month's meeting, speaker and date verbatim and put
 * guidance in place of the title, the closing and the 附件 label.  Now
 * the occasion's lines become fields with this speech's values as
 * defaults, and the fixed wording stays. */
static void
test_template_derive_fields (void)
{
  g_autoptr(FyDocument) document = fy_test_import_plain_data ("monthly-speech.txt");
  g_autoptr(FyTemplate) structure = NULL;
  g_autoptr(FyTemplate) kept = NULL;
  g_autoptr(FyTemplate) loaded = NULL;
  g_autoptr(FyDocument) next = NULL;
  g_autoptr(GHashTable) values = make_values ("会议名称", "全县水利系统11月份工作调度会", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = fy_date_format (now);
  g_autofree char *list = NULL;
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  const FyFieldDef *def;

  g_assert_cmpint (fy_block_get_role (fy_test_block_at (document, 16)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  structure = fy_template_new_from_document (document, NULL, FY_TEMPLATE_STRUCTURE_ONLY, "河湖长制月报", NULL);
  g_assert_cmpuint (fy_template_get_n_fields (structure), ==, 0);
  fy_template_derive_fields (structure);

  list = fy_template_dup_field_list (structure);
  g_assert_cmpstr (list, ==, "会议名称、发言单位、职务、发言人、日期");
  def = fy_template_lookup_field (structure, "会议名称");
  g_assert_cmpstr (def->default_value, ==, "全县水利系统10月份工作调度会");
  g_assert_true (def->required);
  g_assert_cmpstr (fy_template_lookup_field (structure, "发言单位")->default_value, ==, "县河湖长制办公室");
  g_assert_cmpstr (fy_template_lookup_field (structure, "职务")->default_value, ==, "副主任");
  g_assert_cmpstr (fy_template_lookup_field (structure, "发言人")->default_value, ==, "林沐阳");
  /* The date is today's unless given: last month's would print again. */
  def = fy_template_lookup_field (structure, "日期");
  g_assert_cmpint (def->kind, ==, FY_FIELD_KIND_DATE);
  g_assert_null (def->default_value);

  /* Kept: the title, the closing, the 附件 label, the attachment's note
   * and title; tables keep their header rows only. */
  g_assert_cmpuint (fy_document_get_n_blocks (fy_template_get_skeleton (structure)), ==,
                    fy_document_get_n_blocks (document));
  fy_test_assert_block (fy_template_get_skeleton (structure), 0, FY_BLOCK_ROLE_TITLE, 0, NULL, "稳步推进河湖长制　守护一方碧水清流");
  g_assert_cmpstr (fy_document_get_title (fy_template_get_skeleton (structure)), ==, "稳步推进河湖长制　守护一方碧水清流");
  fy_test_assert_block (fy_template_get_skeleton (structure), 13, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "（在此写明下一步打算，或总结全文）");
  fy_test_assert_block (fy_template_get_skeleton (structure), 14, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "以上汇报，不妥之处，请批评指正。谢谢大家！");
  fy_test_assert_block (fy_template_get_skeleton (structure), 15, FY_BLOCK_ROLE_ATTACHMENT, 0, NULL, "附件：2026年10月河湖问题整改清单");
  fy_test_assert_block (fy_template_get_skeleton (structure), 16, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, "附件");
  fy_test_assert_block (fy_template_get_skeleton (structure), 17, FY_BLOCK_ROLE_TITLE, 0, NULL, "2026年10月河湖问题整改清单");
  text = dup_skeleton_block (structure, 11);
  g_assert_cmpstr (text, ==, "断面名称\t监测次数\t达标次数\t主要超标指标\n\t\t\t\n\t\t\t\n\t\t\t");
  g_clear_pointer (&text, g_free);
  g_assert_true (fy_block_get_table_header (fy_test_block_at (fy_template_get_skeleton (structure), 11)));
  text = dup_skeleton_block (structure, 8);
  g_assert_cmpstr (text, ==, "（在此展开阐述本部分内容）");
  g_clear_pointer (&text, g_free);

  /* It saves, loads and makes next month's speech with one value typed. */
  data = fy_template_save_to_data (structure, &length);
  loaded = fy_template_new_from_data (data, length, &error);
  g_assert_no_error (error);
  next = fy_template_instantiate (loaded, values, &error);
  g_assert_no_error (error);
  text = fy_document_dup_block_text (next, 1);
  g_assert_cmpstr (text, ==, "——在全县水利系统11月份工作调度会上的发言");
  g_clear_pointer (&text, g_free);
  text = fy_document_dup_block_text (next, 2);
  g_assert_cmpstr (text, ==, "县河湖长制办公室　副主任　林沐阳");
  g_clear_pointer (&text, g_free);
  text = fy_document_dup_block_text (next, 3);
  g_assert_true (g_str_has_prefix (text, "（") && strstr (text, today) != NULL);
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (fy_document_get_meeting (next), ==, "全县水利系统11月份工作调度会");
  g_assert_cmpstr (fy_document_get_speaker (next), ==, "林沐阳");
  text = fy_block_dup_text (fy_test_block_at (next, 18));
  g_assert_null (strstr (text, "{{"));
  g_clear_pointer (&text, g_free);

  /* Keeping the text, the same lines become the same fields. */
  kept = fy_template_new_from_document (document, NULL, FY_TEMPLATE_KEEP_TEXT, "河湖长制月报全文", NULL);
  fy_template_derive_fields (kept);
  g_assert_cmpuint (fy_template_get_n_fields (kept), ==, 5);
  text = dup_skeleton_block (kept, 11);
  g_assert_nonnull (strstr (text, "清溪口\t8\t8\t无"));
}

/* Only lines of a shape known to be safe become fields; the others stay
 * as typed, and a line already holding a field is left alone. */
static void
test_template_derive_fields_safely (void)
{
  static const struct { FyBlockRole role; const char *text; const char *expected_fields; } cases[] = {
    { FY_BLOCK_ROLE_SUBTITLE, "——在市委理论学习中心组集体学习会上的研讨发言", "会议名称" },
    { FY_BLOCK_ROLE_SUBTITLE, "——关于河湖管护工作的几点思考", "" },
    { FY_BLOCK_ROLE_SPEAKER, "林沐阳", "发言人" },
    { FY_BLOCK_ROLE_SPEAKER, "阿依古丽·买买提", "发言人" },
    { FY_BLOCK_ROLE_SPEAKER, "县河湖长制办公室林沐阳", "" },
    { FY_BLOCK_ROLE_SPEAKER, "县水利局　林沐阳　王一鸣　张岚", "" },
    { FY_BLOCK_ROLE_SPEAKER, "县水利局　Lin Muyang", "" },
    { FY_BLOCK_ROLE_DATE_LINE, "2026年10月21日", "日期" },
    { FY_BLOCK_ROLE_DATE_LINE, "（十月下旬）", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FyDocument) document = fy_document_new ();
      g_autoptr(FyTemplate) template_ = NULL;
      g_autofree char *list = NULL;
      g_autofree char *text = NULL;

      g_test_message ("case %u: %s", i, cases[i].text);
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "河湖管护工作交流"));
      fy_document_append_block (document, fy_block_new_with_text (cases[i].role, 0, cases[i].text));
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "正文。"));
      template_ = fy_template_new_from_document (document, NULL, FY_TEMPLATE_KEEP_TEXT, "测试", NULL);
      fy_template_derive_fields (template_);
      list = fy_template_dup_field_list (template_);
      g_assert_cmpstr (list, ==, cases[i].expected_fields);
      if (*cases[i].expected_fields == '\0')
        {
          text = dup_skeleton_block (template_, 1);
          g_assert_cmpstr (text, ==, cases[i].text);
        }
    }

  /* A built-in template's speech: its lines hold fields already. */
  {
    g_autoptr(FyTemplate) builtin = fy_test_load_builtin_template ("exchange-speech");
    g_autoptr(GHashTable) values = make_values ("会议名称", "全县河湖长制工作推进会", "发言人", "林沐阳", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(FyDocument) document = fy_template_instantiate (builtin, values, &error);
    g_autoptr(FyTemplate) again = NULL;

    g_assert_no_error (error);
    again = fy_template_new_from_document (document, builtin, FY_TEMPLATE_STRUCTURE_ONLY, "测试", NULL);
    fy_template_derive_fields (again);
    g_assert_cmpuint (fy_template_get_n_fields (again), ==, fy_template_get_n_fields (builtin));
    g_assert_null (fy_template_lookup_field (again, "会议名称")->default_value);
  }
}

/* Session 25's new user: last year's 区长 speech, pasted from its PDF,
 * saved as a template "在2025年全区安全生产工作会议上的讲话": the form
 * asked for a unit (区长) and no meeting, and this year's speech printed
 * last year's meeting in its title under this year's date.  The meeting
 * of a title "在…上的讲话" is the meeting field, as in the built-in
 * 领导讲话稿; a post alone before the name is the post. */
static void
test_template_derive_title_meeting (void)
{
  static const struct { const char *title; const char *speaker; const char *expected_fields; } cases[] = {
    { "在2025年全区安全生产工作会议上的讲话", "区长　周建平", "会议名称、职务、发言人" },
    { "在全区防汛工作视频会议上的主持词", "青溪区人民政府区长　周建平", "会议名称、职务、发言人" },
    { "在新征程上的思考", "青溪区应急管理局　周建平", "发言单位、发言人" },
    { "在", "周建平", "发言人" },
    { "在上的讲话", "周建平", "发言人" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FyDocument) document = fy_document_new ();
      g_autoptr(FyTemplate) template_ = NULL;
      g_autofree char *list = NULL;
      g_autofree char *text = NULL;

      g_test_message ("case %u: %s / %s", i, cases[i].title, cases[i].speaker);
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, cases[i].title));
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_SPEAKER, 0, cases[i].speaker));
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "正文。"));
      template_ = fy_template_new_from_document (document, NULL, FY_TEMPLATE_KEEP_TEXT, "测试", NULL);
      fy_template_derive_fields (template_);
      list = fy_template_dup_field_list (template_);
      g_assert_cmpstr (list, ==, cases[i].expected_fields);
      if (strstr (cases[i].expected_fields, "会议名称") == NULL)
        {
          text = dup_skeleton_block (template_, 0);
          g_assert_cmpstr (text, ==, cases[i].title);
        }
    }

  /* This year's speech from it: the new meeting in the title, the post
   * and the name as before. */
  {
    g_autoptr(FyDocument) document = fy_document_new ();
    g_autoptr(FyTemplate) template_ = NULL;
    g_autoptr(FyDocument) next = NULL;
    g_autoptr(GHashTable) values = make_values ("会议名称", "2026年全区安全生产工作会议", NULL);
    g_autoptr(GError) error = NULL;
    g_autofree char *text = NULL;

    fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0,
                                                                "在2025年全区安全生产工作会议上的讲话"));
    fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_SPEAKER, 0, "区长　周建平"));
    fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_DATE_LINE, 0, "（2025年12月9日）"));
    fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "同志们："));
    fy_document_set_title (document, "在2025年全区安全生产工作会议上的讲话");
    template_ = fy_template_new_from_document (document, NULL, FY_TEMPLATE_KEEP_TEXT, "安全生产会议讲话", NULL);
    fy_template_derive_fields (template_);
    g_assert_cmpstr (fy_template_lookup_field (template_, "会议名称")->default_value, ==, "2025年全区安全生产工作会议");
    g_assert_cmpstr (fy_template_lookup_field (template_, "职务")->default_value, ==, "区长");
    next = fy_template_instantiate (template_, values, &error);
    g_assert_no_error (error);
    text = fy_document_dup_block_text (next, 0);
    g_assert_cmpstr (text, ==, "在2026年全区安全生产工作会议上的讲话");
    g_clear_pointer (&text, g_free);
    text = fy_document_dup_display_title (next);
    g_assert_cmpstr (text, ==, "在2026年全区安全生产工作会议上的讲话");
    g_clear_pointer (&text, g_free);
    g_assert_cmpstr (fy_document_get_meeting (next), ==, "2026年全区安全生产工作会议");
    text = fy_document_dup_block_text (next, 1);
    g_assert_cmpstr (text, ==, "区长　周建平");
  }
}

/* Session 21's new user: a 调研报告 saved as a template kept last
 * month's date under its signature (落款), so every report made from it
 * printed "2026年11月20日".  That date becomes the date field, today
 * unless given, and shares it with a date line under the title. */
static void
test_template_derive_closing_date (void)
{
  static const char *const front_dates[] = { NULL, "（2026年11月18日）" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = fy_date_format (now);

  for (guint i = 0; i < G_N_ELEMENTS (front_dates); i++)
    {
      g_autoptr(FyDocument) document = fy_document_new ();
      g_autoptr(FyTemplate) template_ = NULL;
      g_autoptr(FyDocument) next = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *list = NULL;
      g_autofree char *text = NULL;
      FyBlock *closing;
      guint last;

      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0,
                                                                  "关于全县村级便民服务站运行情况的调研报告"));
      if (front_dates[i] != NULL)
        fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_DATE_LINE, 0, front_dates[i]));
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                                  "十月下旬，调研组走访了八个乡镇。"));
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "一、基本情况"));
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                                  "全县建成便民服务站九十六个。"));
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_SIGNATURE, 0, "县人大常委会调研组"));
      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_DATE_LINE, 0, "2026年11月20日"));
      last = fy_document_get_n_blocks (document) - 1;

      template_ = fy_template_new_from_document (document, NULL, FY_TEMPLATE_STRUCTURE_ONLY, "调研报告", NULL);
      fy_template_derive_fields (template_);
      list = fy_template_dup_field_list (template_);
      g_assert_cmpstr (list, ==, "日期");
      closing = fy_test_block_at (fy_template_get_skeleton (template_), last);
      g_assert_cmpuint (fy_block_get_n_runs (closing), ==, 1);
      g_assert_cmpint (fy_block_get_run (closing, 0)->kind, ==, FY_RUN_FIELD);
      g_assert_cmpstr (fy_block_get_run (closing, 0)->text, ==, "日期");
      text = dup_skeleton_block (template_, last - 1);
      g_assert_cmpstr (text, ==, "县人大常委会调研组");
      g_clear_pointer (&text, g_free);

      next = fy_template_instantiate (template_, NULL, &error);
      g_assert_no_error (error);
      text = fy_document_dup_block_text (next, last);
      g_assert_cmpstr (text, ==, today);
      g_clear_pointer (&text, g_free);
      if (front_dates[i] != NULL)
        {
          g_autofree char *bracketed = g_strdup_printf ("（%s）", today);

          text = fy_document_dup_block_text (next, 1);
          g_assert_cmpstr (text, ==, bracketed);
        }
    }
}

/* Session 21's new user: a report that numbers its own headings (as
 * written), saved as a template of its structure, printed its headings
 * as bare guidance with no number.  Each keeps its own ordinal. */
static void
test_template_guidance_keeps_ordinals (void)
{
  static const struct { guint level; const char *text; const char *printed; } headings[] = {
    { 1, "一、基本情况", "一、（在此填写本部分小标题）" },
    { 2, "（一）阵地建设逐步规范", "（一）（在此填写小标题）" },
    { 1, "二要健全办理反馈机制", "二要（在此填写本部分小标题）" },
    { 1, "第三部分　意见建议", "第三部分　（在此填写本部分小标题）" },
    { 1, "存在的问题", "（在此填写本部分小标题）" },
  };

  for (guint m = 0; m < 2; m++)
    {
      FyNumberingMode mode = m == 0 ? FY_NUMBERING_AS_WRITTEN : FY_NUMBERING_AUTO;
      g_autoptr(FyDocument) document = fy_document_new ();
      g_autoptr(FyTemplate) template_ = NULL;
      g_autoptr(FyDocument) next = NULL;
      g_autoptr(GError) error = NULL;
      FyHeadingCounter counter;

      fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0,
                                                                  "关于全县村级便民服务站运行情况的调研报告"));
      for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
        {
          fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, headings[i].level,
                                                                      headings[i].text));
          fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                                      "调研组走访了八个乡镇。"));
        }
      fy_document_set_numbering (document, mode);

      template_ = fy_template_new_from_document (document, NULL, FY_TEMPLATE_STRUCTURE_ONLY, "调研报告", NULL);
      next = fy_template_instantiate (template_, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (fy_document_get_numbering (next), ==, mode);

      fy_heading_counter_init (&counter, mode);
      for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
        {
          g_autofree char *text = fy_document_dup_block_text (next, 1 + 2 * i);
          g_autofree char *number = fy_heading_counter_next (&counter, headings[i].level, text);
          g_autofree char *printed = g_strconcat (number != NULL ? number : "", text, NULL);

          g_test_message ("mode %u, heading %u: %s", m, i, printed);
          /* Automatic numbering numbers the one heading without its own. */
          if (mode == FY_NUMBERING_AUTO && i == G_N_ELEMENTS (headings) - 1)
            g_assert_cmpstr (printed, ==, "四、（在此填写本部分小标题）");
          else
            g_assert_cmpstr (printed, ==, headings[i].printed);
        }
    }
}

/* A template at its limit of fields: a speaker line that needs more
 * than are left stays as typed, not a line of fields that the template
 * does not define. */
static void
test_template_derive_fields_at_limit (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) body = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FyTemplate) template_ = NULL;
  g_autofree char *text = NULL;
  FyBlock *speaker;
  guint n_fields;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "河湖管护工作交流"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_SPEAKER, 0,
                                                              "县水利局　副主任　林沐阳"));
  for (guint i = 0; i < FY_TEMPLATE_MAX_FIELDS - 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("指标%u", i + 1);

      fy_block_append_run (body, FY_RUN_TEXT, "，");
      fy_block_append_run (body, FY_RUN_FIELD, name);
    }
  fy_document_append_block (document, body);
  template_ = fy_template_new_from_document (document, NULL, FY_TEMPLATE_KEEP_TEXT, "测试", NULL);
  n_fields = fy_template_get_n_fields (template_);
  g_assert_cmpuint (n_fields, ==, FY_TEMPLATE_MAX_FIELDS - 2);

  fy_template_derive_fields (template_);
  g_assert_cmpuint (fy_template_get_n_fields (template_), ==, n_fields);
  speaker = fy_test_block_at (fy_template_get_skeleton (template_), 1);
  for (guint i = 0; i < fy_block_get_n_runs (speaker); i++)
    g_assert_cmpint (fy_block_get_run (speaker, i)->kind, ==, FY_RUN_TEXT);
  text = dup_skeleton_block (template_, 1);
  g_assert_cmpstr (text, ==, "县水利局　副主任　林沐阳");
}

static const char *
valid_template (void)
{
  return "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"t-1\", \"name\": \"测试\","
         " \"fields\": [ { \"id\": \"会议名称\", \"required\": true } ],"
         " \"document\": { \"blocks\": [ { \"role\": \"title\", \"runs\": [ { \"field\": \"会议名称\" } ] } ] } }";
}

/* A template is saved with the lowest version that holds what it uses:
 * a skeleton with an issue number (a role of document format 5) makes
 * version 2, which builds from before the role refuse as a newer file's
 * rather than as a damaged one; any other stays version 1. */
static void
test_template_format_version (void)
{
  g_autoptr(FyDocument) minutes = fy_test_import_plain_data ("minutes-issue.txt");
  g_autoptr(FyTemplate) plain = fy_test_load_builtin_template ("exchange-speech");
  g_autoptr(FyTemplate) with_number = NULL;
  g_autoptr(FyTemplate) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plain_data = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (minutes, 1)), ==, FY_BLOCK_ROLE_ISSUE_NUMBER);
  plain_data = fy_template_save_to_data (plain, NULL);
  g_assert_nonnull (strstr (plain_data, "\"version\" : 1,"));

  with_number = fy_template_new_from_document (minutes, NULL, FY_TEMPLATE_STRUCTURE_ONLY, "纪要模板", NULL);
  data = fy_template_save_to_data (with_number, &length);
  g_assert_nonnull (strstr (data, "\"version\" : 2,"));
  loaded = fy_template_new_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (fy_template_get_skeleton (loaded), 1)), ==,
                   FY_BLOCK_ROLE_ISSUE_NUMBER);
}

static void
test_template_strict_loading (void)
{
  struct { const char *data; FyError code; const char *needle; } cases[] = {
    { "", FY_ERROR_SYNTAX, NULL },
    { "{ \"format\": \"fayan-document\", \"version\": 1, \"blocks\": [] }", FY_ERROR_WRONG_FORMAT, NULL },
    { "{ \"format\": \"fayan-template\", \"version\": 3, \"id\": \"a\", \"name\": \"b\", \"document\": { \"blocks\": [] } }",
      FY_ERROR_FUTURE_VERSION, NULL },
    { "{ \"format\": \"fayan-template\", \"version\": 1, \"name\": \"b\", \"document\": { \"blocks\": [] } }",
      FY_ERROR_INVALID_CONTENT, "id" },
    { "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"../etc\", \"name\": \"b\", \"document\": { \"blocks\": [] } }",
      FY_ERROR_INVALID_CONTENT, "../etc" },
    { "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"a\", \"name\": \"b\" }",
      FY_ERROR_INVALID_CONTENT, "document" },
    { "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"a\", \"name\": \"b\", \"fields\": [ { \"id\": \"x\", \"kind\": \"colour\" } ], \"document\": { \"blocks\": [] } }",
      FY_ERROR_INVALID_CONTENT, "colour" },
    { "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"a\", \"name\": \"b\", \"fields\": [ { \"id\": \"x\" }, { \"id\": \"x\" } ], \"document\": { \"blocks\": [] } }",
      FY_ERROR_INVALID_CONTENT, "field 2" },
    { "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"a\", \"name\": \"b\", \"fields\": [ { \"id\": \"a{{b\" } ], \"document\": { \"blocks\": [] } }",
      FY_ERROR_INVALID_CONTENT, "field 1" },
    { "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"a\", \"name\": \"b\", \"fields\": [ { \"id\": \"n\", \"kind\": \"number\", \"default\": \"many\" } ], \"document\": { \"blocks\": [] } }",
      FY_ERROR_INVALID_CONTENT, "many" },
    { "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"a\", \"name\": \"b\", \"fields\": [ { \"id\": \"x\", \"required\": \"yes\" } ], \"document\": { \"blocks\": [] } }",
      FY_ERROR_INVALID_CONTENT, "required" },
    { "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"a\", \"name\": \"b\", \"document\": { \"blocks\": [ { \"role\": \"chorus\", \"runs\": [] } ] } }",
      FY_ERROR_UNKNOWN_ROLE, "chorus" },
    { "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"a\", \"name\": \"b\", \"document\": { \"blocks\": [] } } x",
      FY_ERROR_SYNTAX, NULL },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(FyTemplate) good = NULL;

  good = fy_template_new_from_data (valid_template (), strlen (valid_template ()), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_template_get_style_preset (good), ==, FY_DEFAULT_STYLE_PRESET);
  g_assert_cmpstr (fy_template_get_field (good, 0)->label, ==, "会议名称");
  g_assert_cmpint (fy_template_get_field (good, 0)->kind, ==, FY_FIELD_KIND_TEXT);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FyTemplate) template_ = NULL;

      g_test_message ("case %u", i);
      template_ = fy_template_new_from_data (cases[i].data, strlen (cases[i].data), &error);
      g_assert_null (template_);
      g_assert_error (error, FY_ERROR, (int) cases[i].code);
      if (cases[i].needle != NULL)
        g_assert_nonnull (strstr (error->message, cases[i].needle));
      g_clear_error (&error);
    }
}

static void
test_template_file_round_trip (void)
{
  g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template ("duty-report");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-template-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autoptr(FyTemplate) loaded = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "duty.fayan-template", NULL);
  file = g_file_new_for_path (path);

  g_assert_true (fy_template_save_to_file (template_, file, NULL, &error));
  g_assert_no_error (error);

  loaded = fy_template_new_from_file (file, FY_TEMPLATE_ORIGIN_FILE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_template_get_id (loaded), ==, "duty-report");
  g_assert_cmpstr (fy_template_get_name (loaded), ==, fy_template_get_name (template_));
  g_assert_true (g_file_equal (fy_template_get_file (loaded), file));
  g_assert_cmpuint (fy_document_get_n_blocks (fy_template_get_skeleton (loaded)), ==,
                    fy_document_get_n_blocks (fy_template_get_skeleton (template_)));

  /* A file that cannot be read names itself. */
  missing = g_file_new_for_path ("/nonexistent/fayan/x.fayan-template");
  g_assert_null (fy_template_new_from_file (missing, FY_TEMPLATE_ORIGIN_FILE, NULL, &error));
  g_assert_error (error, FY_ERROR, FY_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "x.fayan-template"));

  g_assert_true (g_file_delete (file, NULL, NULL));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Guidance names nothing: neither a file nor a template is called by it. */
static void
test_template_is_guidance (void)
{
  g_assert_true (fy_template_is_guidance ("（在此填写发言标题）"));
  g_assert_true (fy_template_is_guidance ("(在此填写表态标题，如“压实责任”)"));
  g_assert_false (fy_template_is_guidance ("关于安全生产的表态发言"));
  g_assert_false (fy_template_is_guidance ("在此基础上再接再厉"));
  g_assert_false (fy_template_is_guidance (""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/template/builtins-load-and-fill", test_template_builtins_load_and_fill);
  g_test_add_func ("/core/template/builtins-render", test_template_builtins_render);
  g_test_add_func ("/core/template/linked-fields", test_template_linked_fields);
  g_test_add_func ("/core/template/defaults-and-date", test_template_defaults_and_date);
  g_test_add_func ("/core/template/set-field-default", test_template_set_field_default);
  g_test_add_func ("/core/template/restore-field-lines", test_template_restore_field_lines);
  g_test_add_func ("/core/template/check-values", test_template_check_values);
  g_test_add_func ("/core/template/check-document", test_template_check_document);
  g_test_add_func ("/core/template/save-as-template", test_template_save_as_template);
  g_test_add_func ("/core/template/new-from-earlier", test_template_new_from_earlier);
  g_test_add_func ("/core/template/derive-fields", test_template_derive_fields);
  g_test_add_func ("/core/template/derive-fields-safely", test_template_derive_fields_safely);
  g_test_add_func ("/core/template/derive-fields-at-limit", test_template_derive_fields_at_limit);
  g_test_add_func ("/core/template/derive-closing-date", test_template_derive_closing_date);
  g_test_add_func ("/core/template/derive-title-meeting", test_template_derive_title_meeting);
  g_test_add_func ("/core/template/guidance-keeps-ordinals", test_template_guidance_keeps_ordinals);
  g_test_add_func ("/core/template/format-version", test_template_format_version);
  g_test_add_func ("/core/template/strict-loading", test_template_strict_loading);
  g_test_add_func ("/core/template/file-round-trip", test_template_file_round_trip);
  g_test_add_func ("/core/template/is-guidance", test_template_is_guidance);

  return g_test_run ();
}

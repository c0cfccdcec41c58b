/* test-unfinished.c — tests of fy_document_find_unfinished(): guidance and empty fields
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fy-test-utils.h"

static char *
dup_place_text (FyDocument         *document,
                const FyUnfinished *place)
{
  g_autofree char *text = fy_block_dup_text (fy_document_get_block (document, place->block));
  const char *start = g_utf8_offset_to_pointer (text, place->start);
  const char *end = g_utf8_offset_to_pointer (text, place->end);

  return g_strndup (start, end - start);
}

/* A new exchange speech is all guidance: every place is found, where it is. */
static void
test_unfinished_template_guidance (void)
{
  g_autoptr(FyTemplate) template_ = fy_test_load_builtin_template ("exchange-speech");
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GPtrArray) places = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  guint n_guidance = 0, n_fields = 0;

  g_hash_table_insert (values, (char *) "会议名称", (char *) "全市基层治理工作推进会");
  document = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);

  places = fy_document_find_unfinished (document, template_);
  for (guint i = 0; i < places->len; i++)
    {
      const FyUnfinished *place = g_ptr_array_index (places, i);

      if (place->kind == FY_UNFINISHED_GUIDANCE)
        {
          g_autofree char *text = dup_place_text (document, place);

          g_assert_cmpstr (text, ==, place->text);
          g_assert_true (g_str_has_prefix (text, "（在此"));
          g_assert_nonnull (strstr (place->message, place->text));
          n_guidance++;
        }
      else
        {
          g_assert_cmpstr (place->text, ==, "发言人");
          n_fields++;
        }

      /* In document order. */
      if (i > 0)
        {
          const FyUnfinished *before = g_ptr_array_index (places, i - 1);

          g_assert_true (before->block < place->block ||
                         (before->block == place->block && before->start < place->start) ||
                         place->block < 0);
        }
    }
  /* The title, three headings, the opening, five lead/body pairs and the
   * last paragraph's two notes; the speaker line's 发言人. */
  g_assert_cmpuint (n_guidance, ==, 15);
  g_assert_cmpuint (n_fields, ==, 1);

  summary = fy_unfinished_dup_summary (places);
  g_assert_nonnull (strstr (summary, "16"));
}

/* Filled in, nothing is left; a field emptied again is found at its
 * `{{name}}`, and a required field no block shows is found too. */
static void
test_unfinished_fields (void)
{
  g_autoptr(FyTemplate) template_ = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GPtrArray) places = NULL;
  g_autoptr(GError) error = NULL;
  const FyUnfinished *place;
  g_autofree char *text = NULL;
  const char *data =
    "{ \"format\": \"fayan-template\", \"version\": 1, \"id\": \"weekly\", \"name\": \"周例会发言\","
    "  \"fields\": [ { \"id\": \"会议名称\", \"required\": true }, { \"id\": \"发言人\", \"required\": true },"
    "                { \"id\": \"日期\", \"required\": true } ],"
    "  \"document\": { \"blocks\": ["
    "    { \"role\": \"title\", \"runs\": [ { \"text\": \"在\" }, { \"field\": \"会议名称\" }, { \"text\": \"上的发言\" } ] },"
    "    { \"role\": \"speaker\", \"runs\": [ { \"field\": \"发言人\" } ] },"
    "    { \"role\": \"paragraph\", \"runs\": [ { \"text\": \"本周我们（填写本周完成的主要工作）。\" } ] } ] } }";

  template_ = fy_template_new_from_data (data, strlen (data), &error);
  g_assert_no_error (error);
  document = fy_document_copy (fy_template_get_skeleton (template_));
  fy_document_set_field_value (document, "会议名称", "周例会");
  fy_document_set_field_value (document, "发言人", "　");
  fy_document_set_field_value (document, "日期", "2026年12月5日");

  places = fy_document_find_unfinished (document, template_);
  g_assert_cmpuint (places->len, ==, 2);

  /* A value of white space is no value. */
  place = g_ptr_array_index (places, 0);
  g_assert_cmpint (place->kind, ==, FY_UNFINISHED_FIELD);
  g_assert_cmpint (place->block, ==, 1);
  text = dup_place_text (document, place);
  g_assert_cmpstr (text, ==, "{{发言人}}");
  g_clear_pointer (&text, g_free);

  /* The template's own note, known although it does not say 在此. */
  place = g_ptr_array_index (places, 1);
  g_assert_cmpint (place->kind, ==, FY_UNFINISHED_GUIDANCE);
  g_assert_cmpint (place->block, ==, 2);
  text = dup_place_text (document, place);
  g_assert_cmpstr (text, ==, "（填写本周完成的主要工作）");
  g_clear_pointer (&places, g_ptr_array_unref);

  /* Without the template only the form of guidance is known. */
  places = fy_document_find_unfinished (document, NULL);
  g_assert_cmpuint (places->len, ==, 1);
  g_clear_pointer (&places, g_ptr_array_unref);

  /* The required date no block prints. */
  fy_document_set_field_value (document, "发言人", "方圆");
  fy_document_set_field_value (document, "日期", NULL);
  fy_block_set_text (fy_document_get_block (document, 2), "本周我们完成了三项工作（详见附件）。");
  places = fy_document_find_unfinished (document, template_);
  g_assert_cmpuint (places->len, ==, 1);
  place = g_ptr_array_index (places, 0);
  g_assert_cmpint (place->block, ==, -1);
  g_assert_cmpstr (place->text, ==, "日期");
  g_clear_pointer (&places, g_ptr_array_unref);

  /* A value that is guidance itself, left in a table's cell. */
  fy_document_set_field_value (document, "日期", "2026年12月5日");
  fy_document_set_field_value (document, "会议名称", "（此处待定）");
  places = fy_document_find_unfinished (document, template_);
  g_assert_cmpuint (places->len, ==, 1);
  place = g_ptr_array_index (places, 0);
  g_assert_cmpint (place->kind, ==, FY_UNFINISHED_FIELD);
  g_assert_cmpint (place->block, ==, 0);
  g_assert_cmpstr (place->text, ==, "会议名称");
  g_assert_nonnull (strstr (place->message, "（此处待定）"));
  g_clear_pointer (&places, g_ptr_array_unref);

  /* Finished. */
  fy_document_set_field_value (document, "会议名称", "周例会（扩大）");
  places = fy_document_find_unfinished (document, template_);
  g_assert_cmpuint (places->len, ==, 0);
}

static void
append_paragraph (FyDocument *document,
                  const char *text)
{
  g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, text);

  fy_document_append_block (document, block);
}

/* Brackets that are text, not guidance, are left alone. */
static void
test_unfinished_ordinary_brackets (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(GPtrArray) places = NULL;

  append_paragraph (document, "依据《监督法》（2006年8月27日通过）第九条（一），在此（我们）提出（在此");
  places = fy_document_find_unfinished (document, NULL);
  g_assert_cmpuint (places->len, ==, 0);
  g_clear_pointer (&places, g_ptr_array_unref);

  /* Half-width brackets, as pasted text has them. */
  append_paragraph (document, "要(在此写明措施)。");
  places = fy_document_find_unfinished (document, NULL);
  g_assert_cmpuint (places->len, ==, 1);
  g_assert_cmpint (((FyUnfinished *) g_ptr_array_index (places, 0))->block, ==, 1);
  g_assert_cmpuint (((FyUnfinished *) g_ptr_array_index (places, 0))->start, ==, 1);
}

/* The guidance around a character, as two clicks select it in the
 * editor: by its form, brackets included; none in ordinary brackets, an
 * unclosed one, or outside. */
static void
test_unfinished_guidance_at (void)
{
  const char *text = "近年来（含2023年），(此处写做法)。（在此概述（未完";
  glong start = -1, end = -1;

  g_assert_true (fy_unfinished_find_guidance_at (text, 12, &start, &end));
  g_assert_cmpint (start, ==, 12);
  g_assert_cmpint (end, ==, 19);
  g_assert_true (fy_unfinished_find_guidance_at (text, 18, &start, &end));
  g_assert_cmpint (start, ==, 12);
  g_assert_false (fy_unfinished_find_guidance_at (text, 5, &start, &end));
  g_assert_false (fy_unfinished_find_guidance_at (text, 19, &start, &end));
  g_assert_false (fy_unfinished_find_guidance_at (text, 22, &start, &end));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/unfinished/template-guidance", test_unfinished_template_guidance);
  g_test_add_func ("/core/unfinished/fields", test_unfinished_fields);
  g_test_add_func ("/core/unfinished/ordinary-brackets", test_unfinished_ordinary_brackets);
  g_test_add_func ("/core/unfinished/guidance-at", test_unfinished_guidance_at);

  return g_test_run ();
}

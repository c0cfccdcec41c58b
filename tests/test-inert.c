/* test-inert.c — documents and templates are data: nothing in them runs or reaches out
 *
 * The file formats have no member that names a program, a script, an
 * include or a URL to fetch; members Fayan does not know are dropped, not
 * kept or followed.  Field values are plain text: substituted as they are,
 * never parsed again (no recursion through {{…}}), never used as a format
 * string.  And nothing Fayan does with a hostile document opens a network
 * connection: a listening socket on the loopback interface, named by every
 * URL in the input, is still without a caller at the end.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

#define HOSTILE "%s%n%x%99999999d{{x}}{{y}}{{"

/* Helpers ------------------------------------------------------------------ */

static char *
layout_text (FyDocument *document)
{
  g_autoptr(FyStyle) style = NULL;
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (NULL);

  style = fy_style_new_from_preset ("gbt9704", &error);
  g_assert_no_error (error);
  typesetter = fy_typesetter_new (style);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);

  for (guint page = 0; page < fy_layout_get_n_pages (layout); page++)
    for (guint i = 0; i < fy_layout_get_n_lines (layout, page); i++)
      {
        g_autofree char *line = fy_layout_dup_line_text (layout, page, i);

        g_string_append (text, line);
      }

  return g_string_free (text, FALSE);
}

/* Field values are plain text --------------------------------------------- */

static void
test_field_value_is_text (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "甲{{x}}乙");
  g_autoptr(FyDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *printed = NULL;
  gsize length = 0;

  /* x refers to itself and to y; y holds markup and a URL. */
  fy_document_set_field_value (document, "x", HOSTILE);
  fy_document_set_field_value (document, "y", "<b>粗</b><img src=\"http://127.0.0.1:9/a.png\">");
  fy_document_append_block (document, block);

  resolved = fy_document_dup_block_text (document, 0);
  g_assert_cmpstr (resolved, ==, "甲" HOSTILE "乙");

  plain = fy_export_plain_text (document);
  g_assert_cmpuint (fy_test_count_occurrences (plain, HOSTILE), ==, 1);
  g_assert_null (strstr (plain, "<b>"));

  /* Saved and loaded as it is. */
  saved = fy_document_save_to_data (document, &length);
  loaded = fy_document_load_from_data (saved, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_field_value (loaded, "x"), ==, HOSTILE);

  /* Typeset as the characters it is made of. */
  printed = layout_text (document);
  g_assert_cmpuint (fy_test_count_occurrences (printed, "%s%n%x%99999999d{{x}}{{y}}{{"), ==, 1);
  g_assert_null (strstr (printed, "粗"));
}

static void
test_template_values_are_text (void)
{
  g_autoptr(FyDocument) skeleton = fy_document_new ();
  g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                     "在{{会议名称}}上，{{发言人}}发言。");
  g_autoptr(FyTemplate) template_ = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  fy_document_append_block (skeleton, block);
  template_ = fy_template_new_from_document (skeleton, NULL, FY_TEMPLATE_KEEP_TEXT, "测试", "测试");

  g_hash_table_insert (values, (gpointer) "会议名称", (gpointer) "{{发言人}}%n");
  g_hash_table_insert (values, (gpointer) "发言人", (gpointer) "张三");
  document = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);

  /* The meeting's value names another field: it stays those characters. */
  text = fy_document_dup_block_text (document, 0);
  g_assert_cmpstr (text, ==, "在{{发言人}}%n上，张三发言。");
}

/* Nothing in the formats runs ---------------------------------------------- */

static const char hostile_document[] =
  "{\n"
  "  \"format\": \"fayan-document\", \"version\": 1,\n"
  "  \"script\": \"rm -rf ~\", \"command\": [\"/bin/sh\", \"-c\", \"id\"],\n"
  "  \"include\": \"/etc/passwd\", \"$ref\": \"http://127.0.0.1:PORT/ref.json\",\n"
  "  \"onload\": \"alert(1)\", \"url\": \"http://127.0.0.1:PORT/\",\n"
  "  \"metadata\": { \"title\": \"http://127.0.0.1:PORT/title\", \"style_preset\": \"../../../../etc/passwd\",\n"
  "                \"template_id\": \"http://127.0.0.1:PORT/template\", \"image\": \"http://127.0.0.1:PORT/i.png\" },\n"
  "  \"fields\": [ { \"name\": \"url\", \"value\": \"http://127.0.0.1:PORT/field\", \"fetch\": true } ],\n"
  "  \"blocks\": [\n"
  "    { \"role\": \"paragraph\", \"href\": \"http://127.0.0.1:PORT/href\",\n"
  "      \"runs\": [ { \"text\": \"见 http://127.0.0.1:PORT/text 与 file:///etc/passwd\" }, { \"field\": \"url\" } ] }\n"
  "  ]\n"
  "}\n";

static const char hostile_markdown[] =
  "# 标题 ![图](http://127.0.0.1:PORT/title.png)\n"
  "\n"
  "正文[链接](http://127.0.0.1:PORT/link)和<img src=\"http://127.0.0.1:PORT/img.png\">。\n"
  "\n"
  "<script src=\"http://127.0.0.1:PORT/s.js\"></script>\n"
  "\n"
  "<iframe src=\"http://127.0.0.1:PORT/frame\"></iframe>\n"
  "\n"
  "[ref]: http://127.0.0.1:PORT/ref\n"
  "\n"
  "![参考][ref] <http://127.0.0.1:PORT/auto>\n";

static char *
with_port (const char *text,
           guint16     port)
{
  g_autofree char *number = g_strdup_printf ("%u", port);
  g_auto(GStrv) parts = g_strsplit (text, "PORT", -1);

  return g_strjoinv (number, parts);
}

static void
test_nothing_runs_or_connects (void)
{
  g_autoptr(GSocket) listener = NULL;
  g_autoptr(GSocketAddress) any = NULL;
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) imported = NULL;
  g_autoptr(GSocket) caller = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(FyStyle) style = NULL;
  g_autoptr(FyTypesetter) typesetter = NULL;
  g_autoptr(FyLayout) layout = NULL;
  g_autofree char *document_text = NULL;
  g_autofree char *markdown_text = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *exported = NULL;
  guint16 port;

  /* A port that anything reaching out would have to call. */
  listener = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  any = g_inet_socket_address_new (loopback, 0);
  g_assert_true (g_socket_bind (listener, any, TRUE, &error));
  g_assert_true (g_socket_listen (listener, &error));
  g_assert_no_error (error);
  bound = g_socket_get_local_address (listener, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_set_blocking (listener, FALSE);

  document_text = with_port (hostile_document, port);
  markdown_text = with_port (hostile_markdown, port);

  /* Unknown members are read past and dropped: saving keeps none of them. */
  document = fy_document_load_from_data (document_text, strlen (document_text), &error);
  g_assert_no_error (error);
  saved = fy_document_save_to_data (document, NULL);
  g_assert_null (strstr (saved, "script"));
  g_assert_null (strstr (saved, "command"));
  g_assert_null (strstr (saved, "include"));
  g_assert_null (strstr (saved, "$ref"));
  g_assert_null (strstr (saved, "onload"));
  g_assert_null (strstr (saved, "href"));
  g_assert_null (strstr (saved, "fetch"));
  g_assert_null (strstr (saved, "root:"));

  /* The preset name is a name, never a path. */
  style = fy_style_new_from_preset (fy_document_get_style_preset (document), &error);
  g_assert_null (style);
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Markdown: links, images and HTML are text or dropped, never fetched. */
  imported = fy_import_markdown (markdown_text, -1, &error);
  g_assert_no_error (error);
  exported = fy_export_markdown (imported);

  /* Lay out and draw both, the way an export does. */
  style = fy_style_new_from_preset ("gbt9704", &error);
  g_assert_no_error (error);
  typesetter = fy_typesetter_new (style);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);
  pdf = fy_render_pdf_bytes (layout, document, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&layout, fy_layout_unref);
  g_clear_pointer (&pdf, g_bytes_unref);
  layout = fy_typesetter_layout (typesetter, imported, NULL, &error);
  g_assert_no_error (error);
  pdf = fy_render_pdf_bytes (layout, imported, NULL, &error);
  g_assert_no_error (error);

  /* Nobody called. */
  caller = g_socket_accept (listener, NULL, &error);
  g_assert_null (caller);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/inert/field-value-is-text", test_field_value_is_text);
  g_test_add_func ("/core/inert/template-values-are-text", test_template_values_are_text);
  g_test_add_func ("/core/inert/nothing-runs-or-connects", test_nothing_runs_or_connects);

  return g_test_run ();
}

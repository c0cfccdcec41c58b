/* fuzz-template.c — the .fayan-template loader on arbitrary bytes
 *
 * Every input is either refused with an FY_ERROR or loaded; a loaded
 * template must save and load again to the same bytes, and make a
 * document with no values and with hostile values ("%s%n{{x}}", which
 * must land in the document as plain text).
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-fuzz"

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fuzz-common.h"

#define HOSTILE_VALUE "%s%n%x{{x}}{{"

static void
check_document (FyTemplate *template_,
                FyDocument *document)
{
  g_autoptr(GPtrArray) problems = fy_template_check_document (template_, document);
  g_autofree char *markdown = fy_export_markdown (document);
  g_autofree char *saved = NULL;
  g_autoptr(FyDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  fuzz_check (problems != NULL);
  fuzz_check (markdown != NULL && g_utf8_validate (markdown, -1, NULL));

  saved = fy_document_save_to_data (document, &length);
  reloaded = fy_document_load_from_data (saved, length, &error);
  if (reloaded == NULL)
    fuzz_fail ("a document made from a template does not load again", error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(FyTemplate) template_ = NULL;
  g_autoptr(FyTemplate) again = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) hostile = NULL;
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  gsize saved_length = 0;
  gsize saved_again_length = 0;

  fuzz_init ();

  template_ = fy_template_new_from_data (size > 0 ? (const char *) data : "", size, &error);
  if (template_ == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }
  fuzz_check (error == NULL);

  saved = fy_template_save_to_data (template_, &saved_length);
  again = fy_template_new_from_data (saved, saved_length, &error);
  if (again == NULL)
    fuzz_fail ("a saved template does not load again", error);
  saved_again = fy_template_save_to_data (again, &saved_again_length);
  fuzz_check (saved_length == saved_again_length);
  fuzz_check (memcmp (saved, saved_again, saved_length) == 0);

  document = fy_template_instantiate (template_, NULL, &error);
  if (document == NULL)
    {
      fuzz_check_error (error);
      g_clear_error (&error);
    }
  else
    check_document (template_, document);

  values = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < fy_template_get_n_fields (template_); i++)
    {
      const FyFieldDef *def = fy_template_get_field (template_, i);

      g_hash_table_insert (values, (gpointer) def->id, (gpointer) HOSTILE_VALUE);
    }

  hostile = fy_template_instantiate (template_, values, &error);
  if (hostile == NULL)
    fuzz_check_error (error);
  else
    {
      /* A value is stored as given, never interpreted. */
      for (guint i = 0; i < fy_template_get_n_fields (template_); i++)
        {
          const FyFieldDef *def = fy_template_get_field (template_, i);
          const char *value = fy_document_get_field_value (hostile, def->id);

          if (value != NULL && (def->kind == FY_FIELD_KIND_TEXT || def->kind == FY_FIELD_KIND_MULTILINE))
            fuzz_check (strcmp (value, HOSTILE_VALUE) == 0);
        }
      check_document (template_, hostile);
    }

  return 0;
}

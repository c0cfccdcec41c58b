/* fy-template-io.c — reading and writing *.fayan-template files
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-template"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-document-io.h"
#include "fy-error.h"
#include "fy-json-private.h"
#include "fy-template.h"
#include "fy-template-private.h"

/*
 * The file format wraps the members of a *.fayan document:
 *
 *   { "format": "fayan-template", "version": 1,
 *     "id": "exchange-speech", "name": "交流发言", "category": "会议发言",
 *     "description": "…", "style_preset": "gbt9704",
 *     "fields": [ { "id": "会议名称", "label": "会议名称", "kind": "text",
 *                   "default": "…", "required": true, "help": "…" } ],
 *     "document": { "metadata": {…}, "fields": […], "blocks": […] } }
 */

static gboolean
parse_field (JsonObject  *object,
             const char  *context,
             FyFieldDef **out,
             GError     **error)
{
  g_autoptr(FyFieldDef) def = NULL;
  const char *id = NULL;
  const char *label = NULL;
  const char *kind = "text";
  const char *default_value = NULL;
  const char *help = NULL;
  gboolean required = FALSE;
  FyFieldKind field_kind;

  if (!fy_json_get_nonempty_string (object, context, "id", TRUE, &id, error)
      || !fy_json_get_string (object, context, "label", FALSE, &label, error)
      || !fy_json_get_nonempty_string (object, context, "kind", FALSE, &kind, error)
      || !fy_json_get_string (object, context, "default", FALSE, &default_value, error)
      || !fy_json_get_boolean (object, context, "required", FALSE, &required, error)
      || !fy_json_get_string (object, context, "help", FALSE, &help, error))
    return FALSE;

  if (!fy_field_id_is_valid (id))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("The id “%1$s” of %2$s is not a valid field name: use up to %3$u characters "
                     "without braces, line breaks or blanks at either end."),
                   id, context, (guint) FY_TEMPLATE_MAX_ID_LENGTH);
      return FALSE;
    }

  if (!fy_field_kind_from_string (kind, &field_kind))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("The kind “%1$s” of %2$s is unknown; use “text”, “multiline”, “date” or “number”."),
                   kind, context);
      return FALSE;
    }

  def = fy_field_def_new (id, field_kind);
  if (label != NULL && *label != '\0')
    set_string (&def->label, label);
  def->required = required;
  if (help != NULL && *help != '\0')
    def->help = g_strdup (help);

  if (default_value != NULL && *default_value != '\0')
    {
      g_autoptr(GError) local_error = NULL;

      def->default_value = fy_field_def_normalize_value (def, default_value, &local_error);
      if (def->default_value == NULL)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                       _("The default value “%1$s” of %2$s is not a number, but the field’s kind is “number”."),
                       default_value, context);
          return FALSE;
        }
    }

  *out = g_steal_pointer (&def);
  return TRUE;
}

/**
 * fy_template_new_from_data:
 * @data: (array length=length): the bytes of a *.fayan-template file
 * @length: their length
 * @error: return location for a #GError
 *
 * Reads a template with the same checks as a document: size, UTF-8, strict
 * JSON, format name and version, then every member.
 *
 * Returns: (transfer full) (nullable): the template, or %NULL with @error
 */
FyTemplate *
fy_template_new_from_data (const char  *data,
                           gsize        length,
                           GError     **error)
{
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(FyTemplate) self = NULL;
  g_autoptr(FyDocument) skeleton = NULL;
  const char *context = _("the template");
  const char *id = NULL;
  const char *name = NULL;
  const char *category = "";
  const char *description = "";
  const char *style_preset = NULL;
  JsonArray *fields = NULL;
  JsonObject *document = NULL;
  gint64 version = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = fy_json_load_root (data, length, FY_TEMPLATE_FORMAT_NAME,
                            FY_TEMPLATE_FORMAT_VERSION, &version, error);
  if (root == NULL)
    return NULL;

  if (!fy_json_get_nonempty_string (root, context, "id", TRUE, &id, error)
      || !fy_json_get_nonempty_string (root, context, "name", TRUE, &name, error)
      || !fy_json_get_string (root, context, "category", FALSE, &category, error)
      || !fy_json_get_string (root, context, "description", FALSE, &description, error)
      || !fy_json_get_nonempty_string (root, context, "style_preset", FALSE, &style_preset, error)
      || !fy_json_get_array (root, context, "fields", FALSE, &fields, error)
      || !fy_json_get_object (root, context, "document", TRUE, &document, error))
    return NULL;

  if (!fy_template_id_is_valid (id))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("The template id “%1$s” is not valid: use up to %2$u ASCII letters, digits, "
                     "“-”, “_” and “.”, not starting with “.”."),
                   id, (guint) FY_TEMPLATE_MAX_ID_LENGTH);
      return NULL;
    }

  if (fields != NULL && json_array_get_length (fields) > FY_TEMPLATE_MAX_FIELDS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
                   _("The template defines %1$u fields; at most %2$u are allowed."),
                   json_array_get_length (fields), (guint) FY_TEMPLATE_MAX_FIELDS);
      return NULL;
    }

  skeleton = fy_document_from_json_object (document, error);
  if (skeleton == NULL)
    {
      g_prefix_error (error, "%s", _("In the template’s document: "));
      return NULL;
    }

  self = fy_template_new (id, name, skeleton);
  set_string (&self->category, category);
  set_string (&self->description, description);
  if (style_preset != NULL)
    set_string (&self->style_preset, style_preset);

  for (guint i = 0; fields != NULL && i < json_array_get_length (fields); i++)
    {
      g_autofree char *field_context = g_strdup_printf (_("field %u"), i + 1);
      g_autoptr(FyFieldDef) def = NULL;
      JsonObject *object;

      if (!fy_json_array_get_object (fields, i, field_context, &object, error)
          || !parse_field (object, field_context, &def, error))
        return NULL;

      if (fy_template_lookup_field (self, def->id) != NULL)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                       _("The field “%1$s” is defined twice (again as %2$s); remove one of them."),
                       def->id, field_context);
          return NULL;
        }

      g_ptr_array_add (self->fields, g_steal_pointer (&def));
    }

  return g_steal_pointer (&self);
}

/**
 * fy_template_new_from_file:
 * @file: a *.fayan-template file
 * @origin: where it comes from (built-in for a resource:// file)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the template, remembering @file
 */
FyTemplate *
fy_template_new_from_file (GFile             *file,
                           FyTemplateOrigin   origin,
                           GCancellable      *cancellable,
                           GError           **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  FyTemplate *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = fy_file_load_text (file, FY_TEMPLATE_MAX_FILE_SIZE, &length, cancellable, error);
  if (data == NULL)
    return NULL;

  self = fy_template_new_from_data (data, length, &local_error);
  if (self == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  /* Translators: followed by a sentence saying why */
                                  _("Could not open the template “%s”. "), name);
      return NULL;
    }

  self->origin = origin;
  g_set_object (&self->file, file);

  return self;
}

/* The lowest version that holds what the template uses, so that a build
 * from before a role refuses the file as a newer one's rather than as
 * damaged: the skeleton's own document format decides. */
static gint64
template_format_version (FyTemplate *self)
{
  if (fy_document_get_format_version (self->skeleton) >= FY_DOCUMENT_FORMAT_VERSION_ISSUE_NUMBER)
    return FY_TEMPLATE_FORMAT_VERSION_ISSUE_NUMBER;
  return 1;
}

/**
 * fy_template_save_to_data:
 * @self: a template
 * @length: (out) (optional): the length of the data
 *
 * Returns: (transfer full): the template as a *.fayan-template file
 */
char *
fy_template_save_to_data (FyTemplate *self,
                          gsize      *length)
{
  g_autoptr(JsonObject) root = json_object_new ();
  JsonArray *fields = json_array_new ();

  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);

  json_object_set_string_member (root, "format", FY_TEMPLATE_FORMAT_NAME);
  json_object_set_int_member (root, "version", template_format_version (self));
  json_object_set_string_member (root, "generator", "Fayan " PACKAGE_VERSION);
  json_object_set_string_member (root, "id", self->id);
  json_object_set_string_member (root, "name", self->name);
  json_object_set_string_member (root, "category", self->category);
  json_object_set_string_member (root, "description", self->description);
  json_object_set_string_member (root, "style_preset", self->style_preset);

  for (guint i = 0; i < self->fields->len; i++)
    {
      const FyFieldDef *def = g_ptr_array_index (self->fields, i);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "id", def->id);
      if (g_strcmp0 (def->label, def->id) != 0)
        json_object_set_string_member (object, "label", def->label);
      json_object_set_string_member (object, "kind", fy_field_kind_to_string (def->kind));
      if (def->default_value != NULL)
        json_object_set_string_member (object, "default", def->default_value);
      if (def->required)
        json_object_set_boolean_member (object, "required", TRUE);
      if (def->help != NULL)
        json_object_set_string_member (object, "help", def->help);
      json_array_add_object_element (fields, object);
    }
  json_object_set_array_member (root, "fields", fields);
  json_object_set_object_member (root, "document", fy_document_to_json_object (self->skeleton));

  return fy_json_to_data (root, length);
}

/**
 * fy_template_save_to_file:
 * @self: a template
 * @file: where to write it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes atomically: a failed save leaves any existing file as it was.
 *
 * Returns: whether the template was written
 */
gboolean
fy_template_save_to_file (FyTemplate    *self,
                          GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (FY_IS_TEMPLATE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = fy_template_save_to_data (self, &length);

  return fy_file_replace_contents (file, data, length, cancellable, error);
}

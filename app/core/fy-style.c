/* fy-style.c — page, grid and per-element styles, loaded from JSON presets
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-style"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "fy-error.h"
#include "fy-style.h"

#define FY_STYLE_FORMAT_NAME "fayan-style"
#define FY_STYLE_FORMAT_VERSION 1
#define PRESET_PATH "/io/github/fayan/Fayan/core/presets/"
#define MM (72.0 / 25.4)

struct _FyStyle
{
  GObject               parent_instance;

  char                 *id;
  char                 *name;
  double                page_width;
  double                page_height;
  double                margin_top;
  double                margin_left;
  double                type_width;
  double                type_height;
  guint                 lines;
  guint                 chars;
  FyPunctuationStyle    punctuation;
  gboolean              strict;
  gboolean              compress_line_start;
  gboolean              hanging;
  FyPageNumberPosition  page_number_position;
  gboolean              page_number_first_page;
  double                page_number_offset;
  FyRoleStyle           roles[FY_STYLE_N_ROLES];
  char                 *fingerprint;
};

G_DEFINE_FINAL_TYPE (FyStyle, fy_style, G_TYPE_OBJECT)

static const char *role_names[FY_STYLE_N_ROLES] = {
  "title", "subtitle", "speaker", "date", "salutation", "heading-1",
  "heading-2", "heading-3", "heading-4", "body", "bold-lead", "closing",
  "signature", "attachment", "page-number",
};

static const struct { const char *name; double points; } chinese_sizes[] = {
  { "初号", 42 }, { "小初", 36 }, { "一号", 26 }, { "小一", 24 }, { "二号", 22 },
  { "小二", 18 }, { "三号", 16 }, { "小三", 15 }, { "四号", 14 }, { "小四", 12 },
  { "五号", 10.5 }, { "小五", 9 }, { "六号", 7.5 }, { "小六", 6.5 }, { "七号", 5.5 },
  { "八号", 5 },
};

static const char *align_names[] = { "justify", "left", "center", "right" };
static const char *punctuation_names[] = { "compress", "full", "kaiming", "half" };
static const char *page_number_names[] = { "outside", "center", "none" };

static void
fy_style_finalize (GObject *object)
{
  FyStyle *self = (FyStyle *) object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->fingerprint);

  G_OBJECT_CLASS (fy_style_parent_class)->finalize (object);
}

static void
fy_style_class_init (FyStyleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_style_finalize;
}

/* The GB/T 9704 defaults; a preset only states what it changes. */
static void
fy_style_init (FyStyle *self)
{
  static const FyRoleStyle body = { FY_FONT_ROLE_FANGSONG, 16, FALSE, FY_ALIGN_JUSTIFY, 2, 0, 0, 1 };

  self->page_width = 210 * MM;
  self->page_height = 297 * MM;
  self->margin_top = 37 * MM;
  self->margin_left = 28 * MM;
  self->type_width = 156 * MM;
  self->type_height = 225 * MM;
  self->lines = 22;
  self->chars = 28;
  self->punctuation = FY_PUNCTUATION_COMPRESS;
  self->page_number_position = FY_PAGE_NUMBER_OUTSIDE;
  self->page_number_first_page = TRUE;
  self->page_number_offset = 7 * MM;

  for (guint i = 0; i < FY_STYLE_N_ROLES; i++)
    self->roles[i] = body;

  self->roles[FY_STYLE_ROLE_TITLE] = (FyRoleStyle) { FY_FONT_ROLE_XIAOBIAOSONG, 22, FALSE, FY_ALIGN_CENTER, 0, 0, 1, 1 };
  self->roles[FY_STYLE_ROLE_SUBTITLE] = (FyRoleStyle) { FY_FONT_ROLE_KAITI, 16, FALSE, FY_ALIGN_CENTER, 0, 0, 1, 1 };
  self->roles[FY_STYLE_ROLE_SPEAKER] = (FyRoleStyle) { FY_FONT_ROLE_KAITI, 16, FALSE, FY_ALIGN_CENTER, 0, 0, 1, 1 };
  self->roles[FY_STYLE_ROLE_DATE] = (FyRoleStyle) { FY_FONT_ROLE_FANGSONG, 16, FALSE, FY_ALIGN_CENTER, 0, 0, 1, 1 };
  self->roles[FY_STYLE_ROLE_SALUTATION] = (FyRoleStyle) { FY_FONT_ROLE_FANGSONG, 16, FALSE, FY_ALIGN_LEFT, 0, 0, 0, 1 };
  self->roles[FY_STYLE_ROLE_HEADING_1].font_role = FY_FONT_ROLE_HEITI;
  self->roles[FY_STYLE_ROLE_HEADING_2].font_role = FY_FONT_ROLE_KAITI;
  self->roles[FY_STYLE_ROLE_BOLD_LEAD].font_role = FY_FONT_ROLE_HEITI;
  self->roles[FY_STYLE_ROLE_SIGNATURE] = (FyRoleStyle) { FY_FONT_ROLE_FANGSONG, 16, FALSE, FY_ALIGN_RIGHT, 0, 1, 0, 1 };
  self->roles[FY_STYLE_ROLE_ATTACHMENT].lines_before = 1;
  self->roles[FY_STYLE_ROLE_PAGE_NUMBER] = (FyRoleStyle) { FY_FONT_ROLE_SONGTI, 14, FALSE, FY_ALIGN_RIGHT, 1, 0, 0, 1 };
}

/**
 * fy_style_parse_size:
 * @str: a Chinese size name (初号 … 八号), or points ("16", "16pt", "10.5pt")
 * @points: (out): the size in points
 *
 * Returns: %TRUE if @str is a size
 */
gboolean
fy_style_parse_size (const char *str,
                     double     *points)
{
  char *end = NULL;
  double value;

  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (points != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (chinese_sizes); i++)
    {
      if (strcmp (str, chinese_sizes[i].name) == 0)
        {
          *points = chinese_sizes[i].points;
          return TRUE;
        }
    }

  value = g_ascii_strtod (str, &end);
  if (end == str || !(value > 0 && value < 1000))
    return FALSE;
  if (*end != '\0' && strcmp (end, "pt") != 0)
    return FALSE;

  *points = value;
  return TRUE;
}

/* Lengths: a number of points, or a string "37mm" / "104.9pt" / "1.5cm". */
static gboolean
parse_length (JsonNode *node,
              double   *points)
{
  const char *str;
  char *end = NULL;
  double value;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) != G_TYPE_STRING)
    {
      *points = json_node_get_double (node);
      return *points >= 0 && *points < 10000;
    }

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  str = json_node_get_string (node);
  value = g_ascii_strtod (str, &end);
  if (end == str || value < 0)
    return FALSE;

  if (*end == '\0' || strcmp (end, "pt") == 0)
    *points = value;
  else if (strcmp (end, "mm") == 0)
    *points = value * MM;
  else if (strcmp (end, "cm") == 0)
    *points = value * 10 * MM;
  else
    return FALSE;

  return *points < 10000;
}

static gboolean
lookup_enum (const char  *str,
             const char **names,
             guint        n_names,
             guint       *value)
{
  for (guint i = 0; i < n_names; i++)
    {
      if (strcmp (str, names[i]) == 0)
        {
          *value = i;
          return TRUE;
        }
    }
  return FALSE;
}

static JsonObject *
get_object_member (JsonObject *object,
                   const char *member,
                   gpointer    unused)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

static gboolean
invalid (GError     **error,
         const char  *member)
{
  g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
               _("The style member “%s” is missing a valid value. Check it against the built-in presets."),
               member);
  return FALSE;
}

static gboolean
read_length_member (JsonObject  *object,
                    const char  *member,
                    double      *points,
                    GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return TRUE;
  if (!parse_length (node, points))
    return invalid (error, member);
  return TRUE;
}

static gboolean
read_role (FyStyle     *self,
           FyRoleStyle *role,
           JsonObject  *object,
           GError     **error)
{
  JsonNode *node;

  if ((node = json_object_get_member (object, "font")) != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) ||
          json_node_get_value_type (node) != G_TYPE_STRING ||
          !fy_font_role_from_string (json_node_get_string (node), &role->font_role))
        return invalid (error, "font");
    }

  if ((node = json_object_get_member (object, "size")) != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node))
        return invalid (error, "size");
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        {
          if (!fy_style_parse_size (json_node_get_string (node), &role->size))
            return invalid (error, "size");
        }
      else
        {
          role->size = json_node_get_double (node);
          if (!(role->size > 0 && role->size < 1000))
            return invalid (error, "size");
        }
    }

  if ((node = json_object_get_member (object, "bold")) != NULL)
    role->bold = json_node_get_boolean (node);

  if ((node = json_object_get_member (object, "align")) != NULL)
    {
      guint value;

      if (!JSON_NODE_HOLDS_VALUE (node) ||
          json_node_get_value_type (node) != G_TYPE_STRING ||
          !lookup_enum (json_node_get_string (node), align_names, G_N_ELEMENTS (align_names), &value))
        return invalid (error, "align");
      role->align = value;
    }

  if ((node = json_object_get_member (object, "indent")) != NULL)
    {
      role->indent = json_node_get_double (node);
      if (!(role->indent >= 0 && role->indent < 100))
        return invalid (error, "indent");
    }

  if ((node = json_object_get_member (object, "lines-before")) != NULL)
    role->lines_before = CLAMP (json_node_get_int (node), 0, 10);
  if ((node = json_object_get_member (object, "lines-after")) != NULL)
    role->lines_after = CLAMP (json_node_get_int (node), 0, 10);
  if ((node = json_object_get_member (object, "line-span")) != NULL)
    role->line_span = CLAMP (json_node_get_int (node), 1, 4);

  return TRUE;
}

static void
compute_fingerprint (FyStyle *self)
{
  GString *str = g_string_new (NULL);

  g_string_append_printf (str, "%d|%d|", self->compress_line_start, self->hanging);
  g_string_append_printf (str, "%s|%.3f|%.3f|%.3f|%.3f|%.3f|%.3f|%u|%u|%d|%d|%d|%d|%.3f",
                          self->id, self->page_width, self->page_height,
                          self->margin_top, self->margin_left, self->type_width,
                          self->type_height, self->lines, self->chars,
                          self->punctuation, self->strict,
                          self->page_number_position, self->page_number_first_page,
                          self->page_number_offset);
  for (guint i = 0; i < FY_STYLE_N_ROLES; i++)
    {
      const FyRoleStyle *r = &self->roles[i];

      g_string_append_printf (str, "|%d,%.2f,%d,%d,%.2f,%u,%u,%u", r->font_role, r->size,
                              r->bold, r->align, r->indent, r->lines_before,
                              r->lines_after, r->line_span);
    }

  g_free (self->fingerprint);
  self->fingerprint = g_string_free (str, FALSE);
}

static gboolean
load_object (FyStyle    *self,
             JsonObject *root,
             GError    **error)
{
  JsonObject *object;
  JsonNode *node;
  const char *format;

  format = json_object_get_string_member_with_default (root, "format", NULL);
  if (g_strcmp0 (format, FY_STYLE_FORMAT_NAME) != 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT,
                   _("This is not a Fayan style file (its “format” is not “%s”)."),
                   FY_STYLE_FORMAT_NAME);
      return FALSE;
    }
  if (json_object_get_int_member_with_default (root, "version", 0) > FY_STYLE_FORMAT_VERSION)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_FUTURE_VERSION,
                   _("This style was made by a newer version of Fayan. Update Fayan to use it."));
      return FALSE;
    }

  self->id = g_strdup (json_object_get_string_member_with_default (root, "id", "custom"));
  self->name = g_strdup (json_object_get_string_member_with_default (root, "name", self->id));

  if ((object = get_object_member (root, "page", NULL)) != NULL)
    {
      if (!read_length_member (object, "width", &self->page_width, error) ||
          !read_length_member (object, "height", &self->page_height, error) ||
          !read_length_member (object, "margin-top", &self->margin_top, error) ||
          !read_length_member (object, "margin-left", &self->margin_left, error) ||
          !read_length_member (object, "type-width", &self->type_width, error) ||
          !read_length_member (object, "type-height", &self->type_height, error))
        return FALSE;
    }

  if ((object = get_object_member (root, "grid", NULL)) != NULL)
    {
      self->lines = json_object_get_int_member_with_default (object, "lines", self->lines);
      self->chars = json_object_get_int_member_with_default (object, "chars", self->chars);
      /* Fewer than 3 lines cannot hold the keep rules (2 lines at a page's
       * foot and head): pagination would add empty pages for ever. */
      if (self->lines < 3 || self->lines > 200)
        return invalid (error, "lines");
      if (self->chars < 4 || self->chars > 200)
        return invalid (error, "chars");
    }

  if (self->margin_left + self->type_width > self->page_width + 0.01 ||
      self->margin_top + self->type_height > self->page_height + 0.01 ||
      self->type_width <= 0 || self->type_height <= 0)
    return invalid (error, "page");

  if ((node = json_object_get_member (root, "punctuation")) != NULL)
    {
      guint value;

      if (!JSON_NODE_HOLDS_VALUE (node) ||
          json_node_get_value_type (node) != G_TYPE_STRING ||
          !lookup_enum (json_node_get_string (node), punctuation_names,
                        G_N_ELEMENTS (punctuation_names), &value))
        return invalid (error, "punctuation");
      self->punctuation = value;
    }

  self->strict = json_object_get_boolean_member_with_default (root, "strict", FALSE);
  self->compress_line_start =
    json_object_get_boolean_member_with_default (root, "compress-line-start", FALSE);
  self->hanging = json_object_get_boolean_member_with_default (root, "hanging", FALSE);

  if ((object = get_object_member (root, "page-number", NULL)) != NULL)
    {
      const char *position = json_object_get_string_member_with_default (object, "position", NULL);

      if (position != NULL)
        {
          guint value;

          if (!lookup_enum (position, page_number_names, G_N_ELEMENTS (page_number_names), &value))
            return invalid (error, "position");
          self->page_number_position = value;
        }
      self->page_number_first_page =
        json_object_get_boolean_member_with_default (object, "first-page", TRUE);
      if (!read_length_member (object, "offset", &self->page_number_offset, error))
        return FALSE;
    }

  if ((object = get_object_member (root, "roles", NULL)) != NULL)
    {
      for (guint i = 0; i < FY_STYLE_N_ROLES; i++)
        {
          JsonObject *role = get_object_member (object, role_names[i], NULL);

          if (role != NULL && !read_role (self, &self->roles[i], role, error))
            return FALSE;
        }
    }

  compute_fingerprint (self);
  return TRUE;
}

/**
 * fy_style_new_from_data:
 * @data: JSON text of a style (format "fayan-style")
 * @length: its length, or -1 if nul-terminated
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the style, or %NULL with @error set
 */
FyStyle *
fy_style_new_from_data (const char  *data,
                        gssize       length,
                        GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(FyStyle) self = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8,
                   _("The style file is not UTF-8 text."));
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_SYNTAX,
                   _("The style file is not valid JSON: %s"), local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT,
                   _("This is not a Fayan style file (its “format” is not “%s”)."),
                   FY_STYLE_FORMAT_NAME);
      return NULL;
    }

  self = g_object_new (FY_TYPE_STYLE, NULL);
  if (!load_object (self, json_node_get_object (root), error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * fy_style_new_from_file:
 * @file: a JSON style file
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the style, or %NULL with @error set
 */
FyStyle *
fy_style_new_from_file (GFile   *file,
                        GError **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, FY_ERROR, FY_ERROR_READ,
                   _("Could not read the style “%s”: %s"), name, local_error->message);
      return NULL;
    }

  return fy_style_new_from_data (data, length, error);
}

/**
 * fy_style_new_from_preset:
 * @preset_id: "gbt9704", "reading" or "review"
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the preset, or %NULL with %FY_ERROR_NOT_FOUND
 */
FyStyle *
fy_style_new_from_preset (const char  *preset_id,
                          GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (preset_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (strchr (preset_id, '/') == NULL && *preset_id != '\0')
    {
      path = g_strconcat (PRESET_PATH, preset_id, ".json", NULL);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    }

  if (bytes == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                   _("There is no style preset called “%s”. Use gbt9704, reading or review."),
                   preset_id);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &length);
  return fy_style_new_from_data (data, length, error);
}

/**
 * fy_style_list_presets:
 *
 * Returns: (transfer full): the ids of the built-in presets
 */
char **
fy_style_list_presets (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (PRESET_PATH, 0, NULL);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      if (g_str_has_suffix (names[i], ".json"))
        g_ptr_array_add (ids, g_strndup (names[i], strlen (names[i]) - 5));
    }
  g_ptr_array_add (ids, NULL);

  return (char **) g_ptr_array_free (ids, FALSE);
}

const char *
fy_style_get_id (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), NULL);
  return self->id;
}

const char *
fy_style_get_name (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), NULL);
  return self->name;
}

double
fy_style_get_page_width (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), 0);
  return self->page_width;
}

double
fy_style_get_page_height (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), 0);
  return self->page_height;
}

double
fy_style_get_margin_top (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), 0);
  return self->margin_top;
}

double
fy_style_get_margin_left (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), 0);
  return self->margin_left;
}

double
fy_style_get_type_width (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), 0);
  return self->type_width;
}

double
fy_style_get_type_height (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), 0);
  return self->type_height;
}

guint
fy_style_get_lines_per_page (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), 0);
  return self->lines;
}

guint
fy_style_get_chars_per_line (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), 0);
  return self->chars;
}

double
fy_style_get_char_pitch (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), 0);
  return self->type_width / self->chars;
}

double
fy_style_get_line_pitch (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), 0);
  return self->type_height / self->lines;
}

/**
 * fy_style_get_role:
 * @self: a #FyStyle
 * @role: an element
 *
 * Returns: (transfer none): the element's face, size and placement
 */
const FyRoleStyle *
fy_style_get_role (FyStyle     *self,
                   FyStyleRole  role)
{
  g_return_val_if_fail (FY_IS_STYLE (self), NULL);
  g_return_val_if_fail (role < FY_STYLE_N_ROLES, NULL);
  return &self->roles[role];
}

FyPunctuationStyle
fy_style_get_punctuation (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), FY_PUNCTUATION_COMPRESS);
  return self->punctuation;
}

gboolean
fy_style_get_strict (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), FALSE);
  return self->strict;
}

gboolean
fy_style_get_compress_line_start (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), FALSE);
  return self->compress_line_start;
}

gboolean
fy_style_get_hanging (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), FALSE);
  return self->hanging;
}

FyPageNumberPosition
fy_style_get_page_number_position (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), FY_PAGE_NUMBER_OUTSIDE);
  return self->page_number_position;
}

gboolean
fy_style_get_page_number_on_first_page (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), TRUE);
  return self->page_number_first_page;
}

double
fy_style_get_page_number_offset (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), 0);
  return self->page_number_offset;
}

const char *
fy_style_get_fingerprint (FyStyle *self)
{
  g_return_val_if_fail (FY_IS_STYLE (self), NULL);
  return self->fingerprint;
}

/**
 * fy_style_role_to_string:
 * @role: an element
 *
 * Returns: the element's name in style files ("body", "heading-1", …)
 */
const char *
fy_style_role_to_string (FyStyleRole role)
{
  g_return_val_if_fail (role < FY_STYLE_N_ROLES, NULL);
  return role_names[role];
}

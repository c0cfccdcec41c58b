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
#include "fy-json-private.h"
#include "fy-style.h"

#define FY_STYLE_FORMAT_NAME "fayan-style"
#define FY_STYLE_FORMAT_VERSION 1
#define PRESET_PATH "/io/github/fayan/Fayan/core/presets/"

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
  "signature", "attachment", "page-number", "table", "table-header",
  "issue-number", "imprint",
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

  self->page_width = 210 * FY_POINTS_PER_MM;
  self->page_height = 297 * FY_POINTS_PER_MM;
  self->margin_top = 37 * FY_POINTS_PER_MM;
  self->margin_left = 28 * FY_POINTS_PER_MM;
  self->type_width = 156 * FY_POINTS_PER_MM;
  self->type_height = 225 * FY_POINTS_PER_MM;
  self->lines = 22;
  self->chars = 28;
  self->punctuation = FY_PUNCTUATION_COMPRESS;
  self->page_number_position = FY_PAGE_NUMBER_OUTSIDE;
  self->page_number_first_page = TRUE;
  self->page_number_offset = 7 * FY_POINTS_PER_MM;

  for (guint i = 0; i < FY_STYLE_N_ROLES; i++)
    self->roles[i] = body;

  self->roles[FY_STYLE_ROLE_TITLE] = (FyRoleStyle) { FY_FONT_ROLE_XIAOBIAOSONG, 22, FALSE, FY_ALIGN_CENTER, 0, 0, 1, 1 };
  self->roles[FY_STYLE_ROLE_SUBTITLE] = (FyRoleStyle) { FY_FONT_ROLE_KAITI, 16, FALSE, FY_ALIGN_CENTER, 0, 0, 1, 1 };
  self->roles[FY_STYLE_ROLE_SPEAKER] = (FyRoleStyle) { FY_FONT_ROLE_KAITI, 16, FALSE, FY_ALIGN_CENTER, 0, 0, 1, 1 };
  self->roles[FY_STYLE_ROLE_DATE] = (FyRoleStyle) { FY_FONT_ROLE_FANGSONG, 16, FALSE, FY_ALIGN_CENTER, 0, 0, 1, 1 };
  self->roles[FY_STYLE_ROLE_ISSUE_NUMBER] = self->roles[FY_STYLE_ROLE_DATE];
  self->roles[FY_STYLE_ROLE_SALUTATION] = (FyRoleStyle) { FY_FONT_ROLE_FANGSONG, 16, FALSE, FY_ALIGN_LEFT, 0, 0, 0, 1 };
  self->roles[FY_STYLE_ROLE_HEADING_1].font_role = FY_FONT_ROLE_HEITI;
  self->roles[FY_STYLE_ROLE_HEADING_2].font_role = FY_FONT_ROLE_KAITI;
  self->roles[FY_STYLE_ROLE_BOLD_LEAD].font_role = FY_FONT_ROLE_HEITI;
  self->roles[FY_STYLE_ROLE_SIGNATURE] = (FyRoleStyle) { FY_FONT_ROLE_FANGSONG, 16, FALSE, FY_ALIGN_RIGHT, 0, 1, 0, 1 };
  self->roles[FY_STYLE_ROLE_ATTACHMENT].lines_before = 1;
  self->roles[FY_STYLE_ROLE_PAGE_NUMBER] = (FyRoleStyle) { FY_FONT_ROLE_SONGTI, 14, FALSE, FY_ALIGN_RIGHT, 1, 0, 0, 1 };
  self->roles[FY_STYLE_ROLE_TABLE] = (FyRoleStyle) { FY_FONT_ROLE_FANGSONG, 14, FALSE, FY_ALIGN_JUSTIFY, 0, 0, 0, 1 };
  self->roles[FY_STYLE_ROLE_TABLE_HEADER] = (FyRoleStyle) { FY_FONT_ROLE_HEITI, 14, FALSE, FY_ALIGN_CENTER, 0, 0, 0, 1 };
  /* GB/T 9704 §7.4: the 版记 in 4号 仿宋 */
  self->roles[FY_STYLE_ROLE_IMPRINT] = (FyRoleStyle) { FY_FONT_ROLE_FANGSONG, 14, FALSE, FY_ALIGN_LEFT, 0, 0, 0, 1 };
}

/* The next smaller full size (三号 → 四号, as office tables under 三号 body
 * text are set), for a preset that does not size its tables. */
static double
smaller_size (double points)
{
  static const double full_sizes[] = { 42, 26, 22, 16, 14, 10.5, 7.5, 5 };

  for (guint i = 0; i < G_N_ELEMENTS (full_sizes); i++)
    {
      if (full_sizes[i] < points - 0.01)
        return full_sizes[i];
    }
  return points;
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

/* What the engine can lay out.  Every number of a style is checked
 * against these before a typesetter sees it (issue 17: a style is data
 * and must not hang the engine). */
#define MIN_LINES      3    /* the keep rules need 2 lines at a page's foot and head */
#define MAX_LINES      200
#define MIN_CHARS      4
#define MAX_CHARS      200
#define MIN_SIZE       1.0  /* points */
#define MAX_SIZE       999.0
#define MAX_INDENT     100  /* 字 */
#define MAX_GAP        10   /* blank grid lines before or after an element */
#define MAX_LINE_SPAN  4
#define MAX_LENGTH     10000.0  /* points, about 3.5 m */

/* Lengths: a number of points, or a string "37mm" / "104.9pt" / "1.5cm". */
static gboolean
parse_length (JsonNode *node,
              double   *points)
{
  const char *str;
  char *end = NULL;
  double value;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  if (json_node_get_value_type (node) == G_TYPE_INT64 ||
      json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      *points = json_node_get_double (node);
      return *points >= 0 && *points < MAX_LENGTH;
    }

  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;

  str = json_node_get_string (node);
  value = g_ascii_strtod (str, &end);
  if (end == str || !(value >= 0 && value < MAX_LENGTH))
    return FALSE;

  if (*end == '\0' || strcmp (end, "pt") == 0)
    *points = value;
  else if (strcmp (end, "mm") == 0)
    *points = value * FY_POINTS_PER_MM;
  else if (strcmp (end, "cm") == 0)
    *points = value * 10 * FY_POINTS_PER_MM;
  else
    return FALSE;

  return *points < MAX_LENGTH;
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

/* An optional string member naming one of @names. */
static gboolean
read_enum_member (JsonObject  *object,
                  const char  *context,
                  const char  *member,
                  const char **names,
                  guint        n_names,
                  guint       *value,
                  GError     **error)
{
  const char *str = NULL;

  if (!fy_json_get_string (object, context, member, FALSE, &str, error))
    return FALSE;
  if (str != NULL && !lookup_enum (str, names, n_names, value))
    return invalid (error, member);
  return TRUE;
}

static gboolean
read_uint_member (JsonObject  *object,
                  const char  *context,
                  const char  *member,
                  guint        min,
                  guint        max,
                  guint       *value,
                  GError     **error)
{
  gint64 number = *value;

  if (!fy_json_get_int (object, context, member, FALSE, min, max, &number, error))
    return FALSE;
  *value = (guint) number;
  return TRUE;
}

static gboolean
read_size (JsonNode *node,
           double   *size)
{
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      if (!fy_style_parse_size (json_node_get_string (node), size))
        return FALSE;
    }
  else if (json_node_get_value_type (node) == G_TYPE_INT64 ||
           json_node_get_value_type (node) == G_TYPE_DOUBLE)
    *size = json_node_get_double (node);
  else
    return FALSE;

  return *size >= MIN_SIZE && *size <= MAX_SIZE;
}

static gboolean
read_role (FyRoleStyle *role,
           const char  *name,
           JsonObject  *object,
           GError     **error)
{
  /* Translators: where a member sits in a style file, e.g. “the role “body”” */
  g_autofree char *context = g_strdup_printf (_("the role “%s”"), name);
  JsonNode *node;
  const char *font = NULL;
  guint align = role->align;

  if (!fy_json_get_string (object, context, "font", FALSE, &font, error))
    return FALSE;
  if (font != NULL && !fy_font_role_from_string (font, &role->font_role))
    return invalid (error, "font");

  if ((node = json_object_get_member (object, "size")) != NULL && !read_size (node, &role->size))
    return invalid (error, "size");

  if (!fy_json_get_boolean (object, context, "bold", FALSE, &role->bold, error))
    return FALSE;

  if (!read_enum_member (object, context, "align", align_names, G_N_ELEMENTS (align_names),
                         &align, error))
    return FALSE;
  role->align = align;

  if ((node = json_object_get_member (object, "indent")) != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) ||
          (json_node_get_value_type (node) != G_TYPE_INT64 &&
           json_node_get_value_type (node) != G_TYPE_DOUBLE))
        return invalid (error, "indent");
      role->indent = json_node_get_double (node);
      if (!(role->indent >= 0 && role->indent < MAX_INDENT))
        return invalid (error, "indent");
    }

  return read_uint_member (object, context, "lines-before", 0, MAX_GAP, &role->lines_before, error) &&
         read_uint_member (object, context, "lines-after", 0, MAX_GAP, &role->lines_after, error) &&
         read_uint_member (object, context, "line-span", 1, MAX_LINE_SPAN, &role->line_span, error);
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

/*
 * What the engine can lay out, checked once every member is read:
 *
 * - the type area lies on the page;
 * - every printed line of every element fits a page (its line span is at
 *   most the lines per page), so each new page takes at least one line;
 *   keep rules that a page cannot hold are relaxed by the paginator;
 * - the first line of every element holds at least one of its characters
 *   after its indent, so each line takes at least one character;
 * - the page number starts on the page.
 */
static gboolean
validate (FyStyle  *self,
          GError  **error)
{
  double cell = self->type_width / self->chars;

  if (self->margin_left + self->type_width > self->page_width + 0.01 ||
      self->margin_top + self->type_height > self->page_height + 0.01 ||
      self->type_width <= 0 || self->type_height <= 0)
    return invalid (error, "page");

  if (self->margin_top + self->type_height + self->page_number_offset > self->page_height + 0.01)
    return invalid (error, "offset");

  for (guint i = 0; i < FY_STYLE_N_ROLES; i++)
    {
      const FyRoleStyle *r = &self->roles[i];

      if (r->line_span > self->lines)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                       _("In the style, a line of “%1$s” takes %2$u grid lines, but a page has only %3$u."),
                       role_names[i], r->line_span, self->lines);
          return FALSE;
        }
      if (r->indent * cell + r->size > self->type_width + 0.01)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                       _("In the style, a line of “%s” has no room for a character: "
                         "its size or indent is wider than the type area."),
                       role_names[i]);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
load_page (FyStyle     *self,
           JsonObject  *root,
           GError     **error)
{
  JsonObject *object = NULL;
  gint64 lines = self->lines, chars = self->chars;

  if (!fy_json_get_object (root, NULL, "page", FALSE, &object, error))
    return FALSE;
  if (object != NULL &&
      (!read_length_member (object, "width", &self->page_width, error) ||
       !read_length_member (object, "height", &self->page_height, error) ||
       !read_length_member (object, "margin-top", &self->margin_top, error) ||
       !read_length_member (object, "margin-left", &self->margin_left, error) ||
       !read_length_member (object, "type-width", &self->type_width, error) ||
       !read_length_member (object, "type-height", &self->type_height, error)))
    return FALSE;

  object = NULL;
  if (!fy_json_get_object (root, NULL, "grid", FALSE, &object, error))
    return FALSE;
  /* Fewer than 3 lines cannot hold the keep rules (2 lines at a page's
   * foot and head). */
  if (object != NULL &&
      (!fy_json_get_int (object, "“grid”", "lines", FALSE, MIN_LINES, MAX_LINES, &lines, error) ||
       !fy_json_get_int (object, "“grid”", "chars", FALSE, MIN_CHARS, MAX_CHARS, &chars, error)))
    return FALSE;
  self->lines = lines;
  self->chars = chars;

  object = NULL;
  if (!fy_json_get_object (root, NULL, "page-number", FALSE, &object, error))
    return FALSE;
  if (object != NULL)
    {
      guint position = self->page_number_position;

      if (!read_enum_member (object, "“page-number”", "position", page_number_names,
                             G_N_ELEMENTS (page_number_names), &position, error) ||
          !fy_json_get_boolean (object, "“page-number”", "first-page", FALSE,
                                &self->page_number_first_page, error) ||
          !read_length_member (object, "offset", &self->page_number_offset, error))
        return FALSE;
      self->page_number_position = position;
    }

  return TRUE;
}

static gboolean
load_object (FyStyle    *self,
             JsonObject *root,
             GError    **error)
{
  JsonObject *object = NULL;
  const char *id = "custom";
  const char *name = NULL;
  guint punctuation = self->punctuation;

  if (!fy_json_get_string (root, NULL, "id", FALSE, &id, error) ||
      !fy_json_get_string (root, NULL, "name", FALSE, &name, error))
    return FALSE;
  self->id = g_strdup (id);
  self->name = g_strdup (name != NULL ? name : id);

  if (!load_page (self, root, error))
    return FALSE;

  if (!read_enum_member (root, NULL, "punctuation", punctuation_names,
                         G_N_ELEMENTS (punctuation_names), &punctuation, error))
    return FALSE;
  self->punctuation = punctuation;

  if (!fy_json_get_boolean (root, NULL, "strict", FALSE, &self->strict, error) ||
      !fy_json_get_boolean (root, NULL, "compress-line-start", FALSE, &self->compress_line_start, error) ||
      !fy_json_get_boolean (root, NULL, "hanging", FALSE, &self->hanging, error))
    return FALSE;

  if (!fy_json_get_object (root, NULL, "roles", FALSE, &object, error))
    return FALSE;
  for (guint i = 0; object != NULL && i < FY_STYLE_N_ROLES; i++)
    {
      JsonObject *role = NULL;

      if (!fy_json_get_object (object, "“roles”", role_names[i], FALSE, &role, error))
        return FALSE;
      if (role != NULL && !read_role (&self->roles[i], role_names[i], role, error))
        return FALSE;
    }

  /* Unless the preset says otherwise, tables follow its body text. */
  if (object == NULL || !json_object_has_member (object, "table"))
    {
      self->roles[FY_STYLE_ROLE_TABLE].font_role = self->roles[FY_STYLE_ROLE_BODY].font_role;
      self->roles[FY_STYLE_ROLE_TABLE].size = smaller_size (self->roles[FY_STYLE_ROLE_BODY].size);
    }
  if (object == NULL || !json_object_has_member (object, "table-header"))
    self->roles[FY_STYLE_ROLE_TABLE_HEADER].size = self->roles[FY_STYLE_ROLE_TABLE].size;
  /* and an issue number its date line (仿宋, centred, as GB/T 9704 sets
   * a 发文字号) */
  if (object == NULL || !json_object_has_member (object, "issue-number"))
    self->roles[FY_STYLE_ROLE_ISSUE_NUMBER] = self->roles[FY_STYLE_ROLE_DATE];
  /* and the 版记 its tables' face and size, on its body's grid */
  if (object == NULL || !json_object_has_member (object, "imprint"))
    self->roles[FY_STYLE_ROLE_IMPRINT] = (FyRoleStyle) { self->roles[FY_STYLE_ROLE_TABLE].font_role,
                                                         self->roles[FY_STYLE_ROLE_TABLE].size, FALSE,
                                                         FY_ALIGN_LEFT, 0, 0, 0,
                                                         self->roles[FY_STYLE_ROLE_BODY].line_span };

  if (!validate (self, error))
    return FALSE;

  compute_fingerprint (self);
  return TRUE;
}

/**
 * fy_style_new_from_data:
 * @data: JSON text of a style (format "fayan-style")
 * @length: its length, or -1 if nul-terminated
 * @error: return location for a #GError
 *
 * Every member is checked against what the engine can lay out (see
 * validate() in fy-style.c); a style that passes cannot make layout loop.
 *
 * Returns: (transfer full): the style, or %NULL with @error set
 */
FyStyle *
fy_style_new_from_data (const char  *data,
                        gssize       length,
                        GError     **error)
{
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(FyStyle) self = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = fy_json_load_root (data, length < 0 ? strlen (data) : (gsize) length,
                            FY_STYLE_FORMAT_NAME, FY_STYLE_FORMAT_VERSION, NULL, error);
  if (root == NULL)
    return NULL;

  self = g_object_new (FY_TYPE_STYLE, NULL);
  if (!load_object (self, root, error))
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
                   _("Could not read the style “%1$s”: %2$s"), name, local_error->message);
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

/* fy-field-def.c — field definitions: kinds, ids, and values normalised to their kind
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-template"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-date.h"
#include "fy-error.h"
#include "fy-template.h"
#include "fy-template-private.h"

G_DEFINE_BOXED_TYPE (FyFieldDef, fy_field_def, fy_field_def_copy, fy_field_def_free)

static const char * const kind_names[] = {
  [FY_FIELD_KIND_TEXT] = "text",
  [FY_FIELD_KIND_MULTILINE] = "multiline",
  [FY_FIELD_KIND_DATE] = "date",
  [FY_FIELD_KIND_NUMBER] = "number",
};

gboolean
fy_field_id_is_valid (const char *id)
{
  glong n_chars;

  if (id == NULL || *id == '\0' || !g_utf8_validate (id, -1, NULL))
    return FALSE;

  n_chars = g_utf8_strlen (id, -1);
  if (n_chars > FY_TEMPLATE_MAX_ID_LENGTH)
    return FALSE;

  if (strstr (id, "{{") != NULL || strstr (id, "}}") != NULL)
    return FALSE;

  for (const char *p = id; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || c == '{' || c == '}')
        return FALSE;
    }

  /* No leading or trailing blanks: a CSV header would not match. */
  if (g_unichar_isspace (g_utf8_get_char (id))
      || g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (id + strlen (id)))))
    return FALSE;

  return TRUE;
}

/* Trims ASCII and ideographic blanks. */
char *
fy_field_dup_trimmed (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (start < end && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return g_strndup (start, end - start);
}

/* A non-negative decimal number; full-width digits are accepted and
 * returned as ASCII.  Returns %NULL if @text is not a number. */
char *
fy_field_normalize_number (const char *text)
{
  g_autofree char *trimmed = fy_field_dup_trimmed (text);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean seen_point = FALSE;
  guint n_digits = 0;

  for (const char *p = trimmed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        c = '0' + (c - 0xFF10);
      else if (c == 0xFF0E)
        c = '.';

      if (c >= '0' && c <= '9')
        {
          g_string_append_c (out, (char) c);
          n_digits++;
        }
      else if (c == '.' && !seen_point && n_digits > 0)
        {
          g_string_append_c (out, '.');
          seen_point = TRUE;
        }
      else
        return NULL;

      if (out->len > 32)
        return NULL;
    }

  if (n_digits == 0 || out->str[out->len - 1] == '.')
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
join_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit_set (text, "\r\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = fy_field_dup_trimmed (lines[i]);

      g_string_append (out, line);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Makes @value fit @def's kind; %NULL with @error if it cannot. */
char *
fy_field_def_normalize_value (const FyFieldDef  *def,
                              const char        *value,
                              GError           **error)
{
  char *normalized;

  switch (def->kind)
    {
    case FY_FIELD_KIND_NUMBER:
      normalized = fy_field_normalize_number (value);
      if (normalized == NULL)
        g_set_error (error, FY_ERROR, FY_ERROR_FIELD,
                     _("The field “%1$s” takes a number, not “%2$s”."),
                     def->id, value);
      return normalized;

    case FY_FIELD_KIND_DATE:
      return fy_template_normalize_date (value);

    case FY_FIELD_KIND_TEXT:
      return join_lines (value);

    case FY_FIELD_KIND_MULTILINE:
    default:
      return g_strdup (value);
    }
}

gboolean
fy_field_value_is_empty (const char *value)
{
  g_autofree char *trimmed = NULL;

  if (value == NULL)
    return TRUE;

  trimmed = fy_field_dup_trimmed (value);
  return *trimmed == '\0';
}

/* Values come from forms, command lines and tables: refuse bytes that are
 * not text before anything looks at them. */
gboolean
fy_field_check_utf8_values (GHashTable  *values,
                            GError     **error)
{
  GHashTableIter iter;
  gpointer key, value;

  if (values == NULL)
    return TRUE;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (key == NULL || !g_utf8_validate (key, -1, NULL)
          || (value != NULL && !g_utf8_validate (value, -1, NULL)))
        {
          g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID_UTF8,
                               _("A field name or value is not UTF-8 text; convert it to UTF-8 and try again."));
          return FALSE;
        }
    }

  return TRUE;
}

const char *
fy_field_lookup_value (GHashTable *values,
                       const char *id)
{
  const char *value;

  if (values == NULL)
    return NULL;

  value = g_hash_table_lookup (values, id);
  return fy_field_value_is_empty (value) ? NULL : value;
}

FyFieldKind
fy_field_guess_kind (const char *id)
{
  if (strstr (id, "日期") != NULL || strstr (id, "时间") != NULL)
    return FY_FIELD_KIND_DATE;
  if (strstr (id, "分钟") != NULL || strstr (id, "时限") != NULL || strstr (id, "人数") != NULL)
    return FY_FIELD_KIND_NUMBER;

  return FY_FIELD_KIND_TEXT;
}

/* FyFieldDef */

/**
 * fy_field_kind_to_string:
 * @kind: a field kind
 *
 * Returns: the kind's name in files: "text", "multiline", "date", "number"
 */
const char *
fy_field_kind_to_string (FyFieldKind kind)
{
  g_return_val_if_fail (kind <= FY_FIELD_KIND_NUMBER, "text");

  return kind_names[kind];
}

/**
 * fy_field_kind_from_string:
 * @str: a kind's name
 * @kind: (out): the kind
 *
 * Returns: whether @str names a kind
 */
gboolean
fy_field_kind_from_string (const char  *str,
                           FyFieldKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_strcmp0 (str, kind_names[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * fy_field_def_new:
 * @id: the field's name, such as "会议名称"
 * @kind: its kind
 *
 * Returns: (transfer full): a new optional field with no default, labelled
 *   with its id
 */
FyFieldDef *
fy_field_def_new (const char  *id,
                  FyFieldKind  kind)
{
  FyFieldDef *def;

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  def = g_new0 (FyFieldDef, 1);
  def->id = g_strdup (id);
  def->label = g_strdup (id);
  def->kind = kind;

  return def;
}

/**
 * fy_field_def_copy:
 * @def: a field definition
 *
 * Returns: (transfer full): a copy
 */
FyFieldDef *
fy_field_def_copy (const FyFieldDef *def)
{
  FyFieldDef *copy;

  g_return_val_if_fail (def != NULL, NULL);

  copy = g_new0 (FyFieldDef, 1);
  copy->id = g_strdup (def->id);
  copy->label = g_strdup (def->label);
  copy->kind = def->kind;
  copy->default_value = g_strdup (def->default_value);
  copy->required = def->required;
  copy->help = g_strdup (def->help);

  return copy;
}

/**
 * fy_field_def_free:
 * @def: (transfer full) (nullable): a field definition
 */
void
fy_field_def_free (FyFieldDef *def)
{
  if (def == NULL)
    return;

  g_free (def->id);
  g_free (def->label);
  g_free (def->default_value);
  g_free (def->help);
  g_free (def);
}

/**
 * fy_field_problem_free:
 * @problem: (transfer full) (nullable): a problem
 */
void
fy_field_problem_free (FyFieldProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->field);
  g_free (problem->message);
  g_free (problem);
}

/**
 * fy_template_normalize_date:
 * @text: a date as typed
 *
 * Rewrites a date in digits that fy_date_parse() reads (2026-01-05,
 * 2026/1/5, 2026.1.5, 2026年01月05日, full-width digits) as 2026年1月5日.
 * A date in numerals (二〇二六年一月五日) is kept as typed, trimmed, since
 * some offices write dates that way on purpose; so is anything that is
 * not a date (2026年1月).
 *
 * Returns: (transfer full): the date
 */
char *
fy_template_normalize_date (const char *text)
{
  g_autofree char *trimmed = NULL;
  FyDate date;

  g_return_val_if_fail (text != NULL, NULL);

  trimmed = fy_field_dup_trimmed (text);
  if (!fy_date_parse (trimmed, &date) || date.form == FY_DATE_FORM_NUMERALS)
    return g_steal_pointer (&trimmed);

  return fy_date_to_string (&date);
}

/* fy-json.c — shared checks for Fayan's JSON file formats
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-error.h"
#include "fy-json-private.h"

/* A strict RFC 8259 checker that runs before json-glib.  json-glib 1.6
 * accepts trailing data after the root, raw newlines in strings, lone
 * UTF-16 surrogates (producing invalid UTF-8) and wraps integers that do
 * not fit in 64 bits; its parser also recurses without a limit.  This
 * checker refuses all of that, gives line and column in characters, and
 * is itself bounded by FY_JSON_MAX_DEPTH.
 */
typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       depth;
} Checker;

static gboolean check_value (Checker  *checker,
                             GError  **error);

static void
locate (const Checker *checker,
        gsize          pos,
        guint         *line,
        guint         *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < pos && i < checker->length; i++)
    {
      guchar c = checker->data[i];

      if (c == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if ((c & 0xC0) != 0x80)
        (*column)++;
    }
}

static void
set_syntax_error (const Checker *checker,
                  gsize          pos,
                  const char    *reason,
                  GError       **error)
{
  guint line, column;

  locate (checker, pos, &line, &column);
  g_set_error (error, FY_ERROR, FY_ERROR_SYNTAX,
               /* Translators: the first %s is a reason such as “found “x” where “,” or “]” was expected” */
               _("The file is not valid JSON: %1$s (line %2$u, column %3$u). "
                 "It may be damaged or cut short; use a backup copy or repair it in a text editor."),
               reason, line, column);
}

static gboolean
fail_end (const Checker  *checker,
          GError        **error)
{
  set_syntax_error (checker, checker->length,
                    _("the data ends before the JSON is complete"), error);
  return FALSE;
}

static gboolean
fail_unexpected (const Checker  *checker,
                 const char     *expected,
                 GError        **error)
{
  g_autofree char *found = NULL;
  g_autofree char *reason = NULL;
  gunichar c;

  if (checker->pos >= checker->length)
    return fail_end (checker, error);

  c = g_utf8_get_char (checker->data + checker->pos);
  if (g_unichar_isprint (c))
    {
      char buf[8] = { 0 };

      g_unichar_to_utf8 (c, buf);
      found = g_strdup (buf);
    }
  else
    found = g_strdup_printf ("U+%04X", c);

  /* Translators: the first %s is a character, the second what was expected, e.g. “,” or “]” */
  reason = g_strdup_printf (_("found “%1$s” where %2$s was expected"), found, expected);
  set_syntax_error (checker, checker->pos, reason, error);
  return FALSE;
}

static void
skip_space (Checker *checker)
{
  while (checker->pos < checker->length)
    {
      char c = checker->data[checker->pos];

      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      checker->pos++;
    }
}

static gboolean
read_hex4 (Checker  *checker,
           guint    *code)
{
  *code = 0;
  for (guint i = 0; i < 4; i++)
    {
      int digit;

      if (checker->pos >= checker->length)
        return FALSE;
      digit = g_ascii_xdigit_value (checker->data[checker->pos]);
      if (digit < 0)
        return FALSE;
      *code = *code * 16 + digit;
      checker->pos++;
    }

  return TRUE;
}

static gboolean
check_unicode_escape (Checker  *checker,
                      gsize     start,
                      GError  **error)
{
  guint code;

  if (!read_hex4 (checker, &code))
    {
      if (checker->pos >= checker->length)
        return fail_end (checker, error);
      set_syntax_error (checker, start,
                        _("a “\\u” escape without four hexadecimal digits"), error);
      return FALSE;
    }

  if (code == 0)
    {
      set_syntax_error (checker, start,
                        _("a NUL character (\\u0000) inside a string"), error);
      return FALSE;
    }

  if (code >= 0xDC00 && code <= 0xDFFF)
    {
      set_syntax_error (checker, start,
                        _("an unpaired UTF-16 surrogate escape inside a string"), error);
      return FALSE;
    }

  if (code >= 0xD800 && code <= 0xDBFF)
    {
      guint low;

      if (checker->pos + 2 > checker->length)
        return fail_end (checker, error);
      if (checker->data[checker->pos] != '\\' || checker->data[checker->pos + 1] != 'u')
        {
          set_syntax_error (checker, start,
                            _("an unpaired UTF-16 surrogate escape inside a string"), error);
          return FALSE;
        }
      checker->pos += 2;
      if (!read_hex4 (checker, &low))
        {
          if (checker->pos >= checker->length)
            return fail_end (checker, error);
          set_syntax_error (checker, start,
                            _("a “\\u” escape without four hexadecimal digits"), error);
          return FALSE;
        }
      if (low < 0xDC00 || low > 0xDFFF)
        {
          set_syntax_error (checker, start,
                            _("an unpaired UTF-16 surrogate escape inside a string"), error);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_string (Checker  *checker,
              GError  **error)
{
  g_assert (checker->data[checker->pos] == '"');
  checker->pos++;

  while (checker->pos < checker->length)
    {
      guchar c = checker->data[checker->pos];

      if (c == '"')
        {
          checker->pos++;
          return TRUE;
        }

      if (c < 0x20)
        {
          g_autofree char *reason =
            g_strdup_printf (_("a control character (U+%04X) inside a string; "
                               "write it as an escape such as \\n"), c);

          set_syntax_error (checker, checker->pos, reason, error);
          return FALSE;
        }

      if (c == '\\')
        {
          gsize start = checker->pos;

          checker->pos++;
          if (checker->pos >= checker->length)
            return fail_end (checker, error);

          c = checker->data[checker->pos];
          checker->pos++;
          if (c == 'u')
            {
              if (!check_unicode_escape (checker, start, error))
                return FALSE;
            }
          else if (strchr ("\"\\/bfnrt", c) == NULL || c == '\0')
            {
              set_syntax_error (checker, start,
                                _("an unknown escape sequence inside a string"), error);
              return FALSE;
            }
          continue;
        }

      /* The data is valid UTF-8 already; multi-byte characters pass. */
      checker->pos++;
    }

  return fail_end (checker, error);
}

static gboolean
check_digits (Checker  *checker,
              GError  **error)
{
  if (checker->pos >= checker->length)
    return fail_end (checker, error);
  if (!g_ascii_isdigit (checker->data[checker->pos]))
    return fail_unexpected (checker, _("a digit"), error);

  while (checker->pos < checker->length && g_ascii_isdigit (checker->data[checker->pos]))
    checker->pos++;

  return TRUE;
}

/* Whether @text, @length bytes of an optional '-' and digits without a
 * leading zero (as check_number() has read them), is within gint64.  It
 * compares digits rather than calling g_ascii_string_to_signed(), which
 * reads errno: in GLib 2.74 a first call of g_ascii_strtoll() that waits
 * on another thread's set-up of the C locale can leave errno set, and a
 * "1" was then refused as too large (the README's sample, once in a
 * hundred starts, while GSettings started its threads). */
static gboolean
integer_fits (const char *text,
              gsize       length)
{
  gboolean negative = length > 0 && text[0] == '-';
  const char *digits = negative ? text + 1 : text;
  gsize n = negative ? length - 1 : length;
  /* G_MININT64 and G_MAXINT64 without their signs, 19 digits each */
  const char *limit = negative ? "9223372036854775808" : "9223372036854775807";

  if (n != strlen (limit))
    return n < strlen (limit);

  return memcmp (digits, limit, n) <= 0;
}

static gboolean
check_number (Checker  *checker,
              GError  **error)
{
  gsize start = checker->pos;
  gboolean integer = TRUE;

  if (checker->data[checker->pos] == '-')
    checker->pos++;

  if (checker->pos < checker->length && checker->data[checker->pos] == '0')
    checker->pos++;
  else if (!check_digits (checker, error))
    return FALSE;

  if (checker->pos < checker->length && checker->data[checker->pos] == '.')
    {
      integer = FALSE;
      checker->pos++;
      if (!check_digits (checker, error))
        return FALSE;
    }

  if (checker->pos < checker->length &&
      (checker->data[checker->pos] == 'e' || checker->data[checker->pos] == 'E'))
    {
      integer = FALSE;
      checker->pos++;
      if (checker->pos < checker->length &&
          (checker->data[checker->pos] == '+' || checker->data[checker->pos] == '-'))
        checker->pos++;
      if (!check_digits (checker, error))
        return FALSE;
    }

  /* json-glib would silently wrap such a number. */
  if (integer && !integer_fits (checker->data + start, checker->pos - start))
    {
      set_syntax_error (checker, start, _("a whole number too large to read"), error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_literal (Checker     *checker,
               const char  *literal,
               GError     **error)
{
  gsize len = strlen (literal);
  gsize available = checker->length - checker->pos;

  if (available < len && memcmp (checker->data + checker->pos, literal, available) == 0)
    return fail_end (checker, error);

  if (available < len || memcmp (checker->data + checker->pos, literal, len) != 0)
    return fail_unexpected (checker, _("a value"), error);

  checker->pos += len;
  return TRUE;
}

static gboolean
enter (Checker  *checker,
       GError  **error)
{
  checker->depth++;
  if (checker->depth > FY_JSON_MAX_DEPTH)
    {
      guint line, column;

      locate (checker, checker->pos, &line, &column);
      g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
                   _("The data is nested more than %1$u levels deep (line %2$u, column %3$u). "
                     "Fayan files never are: this is not a Fayan file, or it is damaged."),
                   FY_JSON_MAX_DEPTH, line, column);
      return FALSE;
    }

  checker->pos++;
  return TRUE;
}

static gboolean
check_array (Checker  *checker,
             GError  **error)
{
  if (!enter (checker, error))
    return FALSE;

  skip_space (checker);
  if (checker->pos < checker->length && checker->data[checker->pos] == ']')
    {
      checker->pos++;
      checker->depth--;
      return TRUE;
    }

  for (;;)
    {
      if (!check_value (checker, error))
        return FALSE;

      skip_space (checker);
      if (checker->pos >= checker->length)
        return fail_end (checker, error);

      if (checker->data[checker->pos] == ']')
        {
          checker->pos++;
          checker->depth--;
          return TRUE;
        }

      if (checker->data[checker->pos] != ',')
        return fail_unexpected (checker, _("“,” or “]”"), error);
      checker->pos++;
    }
}

static gboolean
check_object (Checker  *checker,
              GError  **error)
{
  if (!enter (checker, error))
    return FALSE;

  skip_space (checker);
  if (checker->pos < checker->length && checker->data[checker->pos] == '}')
    {
      checker->pos++;
      checker->depth--;
      return TRUE;
    }

  for (;;)
    {
      skip_space (checker);
      if (checker->pos >= checker->length)
        return fail_end (checker, error);
      if (checker->data[checker->pos] != '"')
        return fail_unexpected (checker, _("a member name in double quotes"), error);
      if (!check_string (checker, error))
        return FALSE;

      skip_space (checker);
      if (checker->pos >= checker->length)
        return fail_end (checker, error);
      if (checker->data[checker->pos] != ':')
        return fail_unexpected (checker, _("“:”"), error);
      checker->pos++;

      if (!check_value (checker, error))
        return FALSE;

      skip_space (checker);
      if (checker->pos >= checker->length)
        return fail_end (checker, error);

      if (checker->data[checker->pos] == '}')
        {
          checker->pos++;
          checker->depth--;
          return TRUE;
        }

      if (checker->data[checker->pos] != ',')
        return fail_unexpected (checker, _("“,” or “}”"), error);
      checker->pos++;
    }
}

static gboolean
check_value (Checker  *checker,
             GError  **error)
{
  skip_space (checker);
  if (checker->pos >= checker->length)
    return fail_end (checker, error);

  switch (checker->data[checker->pos])
    {
    case '{':
      return check_object (checker, error);
    case '[':
      return check_array (checker, error);
    case '"':
      return check_string (checker, error);
    case 't':
      return check_literal (checker, "true", error);
    case 'f':
      return check_literal (checker, "false", error);
    case 'n':
      return check_literal (checker, "null", error);
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return check_number (checker, error);
    default:
      return fail_unexpected (checker, _("a value"), error);
    }
}

static gboolean
check_syntax (const char  *data,
              gsize        length,
              GError     **error)
{
  Checker checker = { data, length, 0, 0 };

  skip_space (&checker);
  if (checker.pos >= length)
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_SYNTAX,
                           _("The file is empty. It may have been cut short; use a backup copy."));
      return FALSE;
    }

  if (!check_value (&checker, error))
    return FALSE;

  skip_space (&checker);
  if (checker.pos < length)
    return fail_unexpected (&checker, _("the end of the data"), error);

  return TRUE;
}

static gboolean
check_utf8 (const char  *data,
            gsize        length,
            GError     **error)
{
  const char *end;
  g_autofree char *offset = NULL;

  if (g_utf8_validate (data, length, &end))
    return TRUE;

  offset = g_strdup_printf ("%" G_GSIZE_FORMAT, (gsize) (end - data));
  if (*end == '\0')
    g_set_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8,
                 _("The file is not text: it holds a NUL byte at byte offset %s. "
                   "Check that you chose the right file."),
                 offset);
  else
    g_set_error (error, FY_ERROR, FY_ERROR_INVALID_UTF8,
                 _("The file is not valid UTF-8: the byte 0x%1$02X at byte offset %2$s does not "
                   "belong to a UTF-8 character. It may have been saved in another encoding "
                   "(such as GB18030 or Latin-1); save it as UTF-8 and try again."),
                 (guchar) *end, offset);
  return FALSE;
}

static char *
describe_format (const char *format_name)
{
  if (g_strcmp0 (format_name, "fayan-document") == 0)
    return g_strdup (_("a Fayan document"));
  if (g_strcmp0 (format_name, "fayan-template") == 0)
    return g_strdup (_("a Fayan template"));
  if (g_strcmp0 (format_name, "fayan-style") == 0)
    return g_strdup (_("a Fayan style"));

  return g_strdup_printf (_("a “%s” file"), format_name);
}

static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list (array)");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("text");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    case G_TYPE_INT64:
      return _("a whole number");
    default:
      return _("a number with a fraction");
    }
}

static const char *
default_context (const char *context)
{
  return context != NULL ? context : _("the file");
}

static gboolean
set_wrong_type (const char  *context,
                const char  *name,
                const char  *expected,
                JsonNode    *node,
                GError     **error)
{
  g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
               /* Translators: “The “level” member in block 3 must be a whole number, not text.” */
               _("The “%1$s” member in %2$s must be %3$s, not %4$s."),
               name, default_context (context), expected, describe_node (node));
  return FALSE;
}

/* Returns %FALSE with @error set when a required member is missing;
 * *node is %NULL when an optional member is absent or null. */
static gboolean
lookup_member (JsonObject  *object,
               const char  *context,
               const char  *name,
               gboolean     required,
               JsonNode   **node,
               GError     **error)
{
  JsonNode *member = json_object_get_member (object, name);

  *node = NULL;
  if (member == NULL)
    {
      if (!required)
        return TRUE;

      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   /* Translators: “The “role” member is missing in block 3.” */
                   _("The “%1$s” member is missing in %2$s."),
                   name, default_context (context));
      return FALSE;
    }

  if (JSON_NODE_HOLDS_NULL (member) && !required)
    return TRUE;

  *node = member;
  return TRUE;
}

/* lookup_member() of a member that must have one type: @expected (marked
 * with N_()) names that type in the error. */
static gboolean
lookup_typed (JsonObject    *object,
              const char    *context,
              const char    *name,
              gboolean       required,
              JsonNodeType   node_type,
              GType          value_type,
              const char    *expected,
              JsonNode     **node,
              GError       **error)
{
  if (!lookup_member (object, context, name, required, node, error))
    return FALSE;
  if (*node == NULL)
    return TRUE;

  if (json_node_get_node_type (*node) != node_type ||
      (node_type == JSON_NODE_VALUE && json_node_get_value_type (*node) != value_type))
    return set_wrong_type (context, name, _(expected), *node, error);

  return TRUE;
}

/* Whether @length is one fy_json_load_root() reads (FY_JSON_MAX_SIZE). */
static gboolean
check_size (gsize    length,
            GError **error)
{
  g_autofree char *size = NULL;
  g_autofree char *limit = NULL;

  if (length <= FY_JSON_MAX_SIZE)
    return TRUE;

  size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
  limit = g_format_size_full (FY_JSON_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);
  g_set_error (error, FY_ERROR, FY_ERROR_TOO_LARGE,
               _("The data is %1$s, more than the %2$s Fayan reads. Check that you chose the right file."),
               size, limit);
  return FALSE;
}

/* The root object of @node if it is one of @format_name (its “format”
 * member), else %NULL with @error set. */
static JsonObject *
format_root (JsonNode    *node,
             const char  *format_name,
             GError     **error)
{
  g_autofree char *expected = describe_format (format_name);
  JsonObject *root;
  const char *format;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT,
                   _("This is not %s: the file holds JSON data, but not in a format Fayan knows."),
                   expected);
      return NULL;
    }

  root = json_node_get_object (node);
  node = json_object_get_member (root, "format");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT,
                   _("This is not %s: the JSON data has no “format” member naming a Fayan file format."),
                   expected);
      return NULL;
    }

  format = json_node_get_string (node);
  if (g_strcmp0 (format, format_name) != 0)
    {
      g_autofree char *found = describe_format (format);

      g_set_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT,
                   /* Translators: “This is a Fayan template, not a Fayan document.” */
                   _("This is %1$s, not %2$s."), found, expected);
      return NULL;
    }

  return root;
}

/* Reads the “version” member of @root into @version: from 1 up to
 * @max_version, the newest this Fayan reads. */
static gboolean
read_version (JsonObject  *root,
              gint64       max_version,
              gint64      *version,
              GError     **error)
{
  if (!fy_json_get_int (root, NULL, "version", TRUE, G_MININT64, G_MAXINT64, version, error))
    return FALSE;

  if (*version < 1)
    {
      g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, *version);

      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("The “version” member of the file is %s, but versions start at 1. "
                     "The file is damaged."),
                   found);
      return FALSE;
    }

  if (*version > max_version)
    {
      g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, *version);
      g_autofree char *known = g_strdup_printf ("%" G_GINT64_FORMAT, max_version);

      g_set_error (error, FY_ERROR, FY_ERROR_FUTURE_VERSION,
                   _("The file was made by a newer version of Fayan (file format version %1$s; "
                     "this version reads up to %2$s). Update Fayan to open it."),
                   found, known);
      return FALSE;
    }

  return TRUE;
}

/**
 * fy_json_load_root:
 *
 * See fy-json-private.h.
 */
JsonObject *
fy_json_load_root (const char  *data,
                   gsize        length,
                   const char  *format_name,
                   gint64       max_version,
                   gint64      *version,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  gint64 found_version = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (format_name != NULL, NULL);
  g_return_val_if_fail (max_version >= 1, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_size (length, error))
    return NULL;

  if (data == NULL)
    data = "";

  if (!check_utf8 (data, length, error))
    return NULL;

  /* Some Windows editors put a byte order mark in front of UTF-8. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!check_syntax (data, length, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* Not expected after check_syntax(), but never trust that. */
      g_set_error (error, FY_ERROR, FY_ERROR_SYNTAX,
                   _("The file is not valid JSON: %s"), local_error->message);
      return NULL;
    }

  root = format_root (json_parser_get_root (parser), format_name, error);
  if (root == NULL || !read_version (root, max_version, &found_version, error))
    return NULL;

  if (version != NULL)
    *version = found_version;

  return json_object_ref (root);
}

/**
 * fy_json_to_data:
 *
 * See fy-json-private.h.
 */
char *
fy_json_to_data (JsonObject *root,
                 gsize      *length)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  gsize text_length = 0;
  char *data;

  g_return_val_if_fail (root != NULL, NULL);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, root);

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &text_length);

  data = g_malloc (text_length + 2);
  memcpy (data, text, text_length);
  data[text_length] = '\n';
  data[text_length + 1] = '\0';

  if (length != NULL)
    *length = text_length + 1;

  return data;
}

gboolean
fy_json_get_string (JsonObject   *object,
                    const char   *context,
                    const char   *name,
                    gboolean      required,
                    const char  **value,
                    GError      **error)
{
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!lookup_typed (object, context, name, required, JSON_NODE_VALUE, G_TYPE_STRING, N_("text (a string in double quotes)"), &node, error))
    return FALSE;
  if (node != NULL)
    *value = json_node_get_string (node);
  return TRUE;
}

gboolean
fy_json_get_nonempty_string (JsonObject   *object,
                             const char   *context,
                             const char   *name,
                             gboolean      required,
                             const char  **value,
                             GError      **error)
{
  const char *text = NULL;

  if (!fy_json_get_string (object, context, name, required, &text, error))
    return FALSE;

  if (text != NULL && *text == '\0')
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("The “%1$s” member in %2$s must not be empty."),
                   name, default_context (context));
      return FALSE;
    }

  if (text != NULL)
    *value = text;
  return TRUE;
}

gboolean
fy_json_get_int (JsonObject   *object,
                 const char   *context,
                 const char   *name,
                 gboolean      required,
                 gint64        min,
                 gint64        max,
                 gint64       *value,
                 GError      **error)
{
  JsonNode *node;
  gint64 number;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (min <= max, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!lookup_typed (object, context, name, required, JSON_NODE_VALUE, G_TYPE_INT64,
                     N_("a whole number"), &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  number = json_node_get_int (node);
  if (number < min || number > max)
    {
      g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, number);
      g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("The “%1$s” member in %2$s must be from %3$s to %4$s, not %5$s."),
                   name, default_context (context), low, high, found);
      return FALSE;
    }

  *value = number;
  return TRUE;
}

gboolean
fy_json_get_boolean (JsonObject   *object,
                     const char   *context,
                     const char   *name,
                     gboolean      required,
                     gboolean     *value,
                     GError      **error)
{
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!lookup_typed (object, context, name, required, JSON_NODE_VALUE, G_TYPE_BOOLEAN, N_("true or false"), &node, error))
    return FALSE;
  if (node != NULL)
    *value = json_node_get_boolean (node);
  return TRUE;
}

gboolean
fy_json_get_object (JsonObject   *object,
                    const char   *context,
                    const char   *name,
                    gboolean      required,
                    JsonObject  **value,
                    GError      **error)
{
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!lookup_typed (object, context, name, required, JSON_NODE_OBJECT, G_TYPE_INVALID, N_("an object"), &node, error))
    return FALSE;
  if (node != NULL)
    *value = json_node_get_object (node);
  return TRUE;
}

gboolean
fy_json_get_array (JsonObject   *object,
                   const char   *context,
                   const char   *name,
                   gboolean      required,
                   JsonArray   **value,
                   GError      **error)
{
  JsonNode *node;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!lookup_typed (object, context, name, required, JSON_NODE_ARRAY, G_TYPE_INVALID, N_("a list (array)"), &node, error))
    return FALSE;
  if (node != NULL)
    *value = json_node_get_array (node);
  return TRUE;
}

gboolean
fy_json_array_get_object (JsonArray    *array,
                          guint         index_,
                          const char   *context,
                          JsonObject  **value,
                          GError      **error)
{
  JsonNode *node;

  g_return_val_if_fail (array != NULL, FALSE);
  g_return_val_if_fail (index_ < json_array_get_length (array), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  node = json_array_get_element (array, index_);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   /* Translators: “Expected block 3 to be an object, but it is text.” */
                   _("Expected %1$s to be an object, but it is %2$s."),
                   default_context (context), describe_node (node));
      return FALSE;
    }

  *value = json_node_get_object (node);
  return TRUE;
}

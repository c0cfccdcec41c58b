/* fy-json-private.h — shared checks for Fayan's JSON file formats
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "fy-document.h"

G_BEGIN_DECLS

/* Deeper nesting is refused before json-glib sees the data (its parser is
 * recursive).  A Fayan document needs 5 levels. */
#define FY_JSON_MAX_DEPTH 64

/* Larger inputs are refused before they are scanned. */
#define FY_JSON_MAX_SIZE  (64 * 1024 * 1024)

/*
 * Loading
 *
 * fy_json_load_root() is the front door of every Fayan JSON format
 * (*.fayan documents, *.fayan-template templates).  In this order it checks:
 * the size (FY_ERROR_TOO_LARGE), UTF-8 (FY_ERROR_INVALID_UTF8, naming the
 * byte offset), strict RFC 8259 syntax with line and column
 * (FY_ERROR_SYNTAX: truncation, trailing garbage, raw control characters,
 * lone surrogates, \u0000 and integers outside 64 bits are all refused),
 * the nesting depth (FY_ERROR_LIMIT, before json-glib parses anything),
 * an object at the root and a string "format" equal to @format_name
 * (FY_ERROR_WRONG_FORMAT), and an integer "version" from 1 to
 * @max_version (FY_ERROR_INVALID_CONTENT, or FY_ERROR_FUTURE_VERSION when
 * it is larger).  A leading UTF-8 byte order mark is skipped.
 *
 * Every message is translated and says what to do.  Strings in the
 * returned tree are valid UTF-8 without embedded NUL.
 *
 * Returns: (transfer full) (nullable): the root object, or %NULL with
 *   @error set
 */
JsonObject *fy_json_load_root             (const char   *data,
                                           gsize         length,
                                           const char   *format_name,
                                           gint64        max_version,
                                           gint64       *version,
                                           GError      **error);

/*
 * fy_document_from_json_object() reads the "metadata" (optional object),
 * "fields" (optional array of {"name", "value"}) and "blocks" (required
 * array) members of @object into a new document.  Every member is checked;
 * errors are FY_ERROR_INVALID_CONTENT (naming the member and the 1-based
 * block, field or run number) or FY_ERROR_UNKNOWN_ROLE (naming the role).
 * Members Fayan does not know are ignored.  Nothing half-read is returned.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 */
FyDocument *fy_document_from_json_object  (JsonObject   *object,
                                           GError      **error);

/*
 * fy_document_to_json_object() writes the "metadata" (non-empty members
 * only), "fields" and "blocks" members in a stable order.  The caller adds
 * "format", "version" and "generator" in front (see
 * fy_document_save_to_data()) or embeds the members in a template.
 *
 * Returns: (transfer full): a new object
 */
JsonObject *fy_document_to_json_object    (FyDocument   *document);

/*
 * fy_json_to_data() pretty-prints @root (2-space indent, UTF-8 as is, member
 * order kept) with a trailing newline.
 *
 * Returns: (transfer full): NUL-terminated data; @length (optional)
 *   excludes the NUL
 */
char       *fy_json_to_data               (JsonObject   *root,
                                           gsize        *length);

/*
 * Typed member getters
 *
 * @context is a short translated phrase naming where @object sits, used in
 * messages such as “The “level” member is missing in block 3.”: for
 * example g_strdup_printf (_("block %u"), n) or _("the metadata").
 *
 * With @required %FALSE a missing member (or a JSON null) is not an error:
 * the getter returns %TRUE and leaves *@value untouched, so set the default
 * first.  A present member of the wrong type or out of range is always
 * an error (FY_ERROR_INVALID_CONTENT, naming member, context, expected and
 * found type).
 */
gboolean    fy_json_get_string            (JsonObject   *object,
                                           const char   *context,
                                           const char   *name,
                                           gboolean      required,
                                           const char  **value,
                                           GError      **error);
/* Like fy_json_get_string() but an empty string is an error too. */
gboolean    fy_json_get_nonempty_string   (JsonObject   *object,
                                           const char   *context,
                                           const char   *name,
                                           gboolean      required,
                                           const char  **value,
                                           GError      **error);
/* An integer (no fraction, no exponent) from @min to @max. */
gboolean    fy_json_get_int               (JsonObject   *object,
                                           const char   *context,
                                           const char   *name,
                                           gboolean      required,
                                           gint64        min,
                                           gint64        max,
                                           gint64       *value,
                                           GError      **error);
gboolean    fy_json_get_boolean           (JsonObject   *object,
                                           const char   *context,
                                           const char   *name,
                                           gboolean      required,
                                           gboolean     *value,
                                           GError      **error);
/* *@value is borrowed from @object. */
gboolean    fy_json_get_object            (JsonObject   *object,
                                           const char   *context,
                                           const char   *name,
                                           gboolean      required,
                                           JsonObject  **value,
                                           GError      **error);
/* *@value is borrowed from @object. */
gboolean    fy_json_get_array             (JsonObject   *object,
                                           const char   *context,
                                           const char   *name,
                                           gboolean      required,
                                           JsonArray   **value,
                                           GError      **error);
/* Element @index_ of @array, which must be an object; @context names the
 * element (“block 3”).  *@value is borrowed from @array. */
gboolean    fy_json_array_get_object      (JsonArray    *array,
                                           guint         index_,
                                           const char   *context,
                                           JsonObject  **value,
                                           GError      **error);

G_END_DECLS

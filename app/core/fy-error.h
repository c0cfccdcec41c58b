/* fy-error.h — the error domain of libfayan-core
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FY_ERROR (fy_error_quark ())

/**
 * FyError:
 * @FY_ERROR_FAILED: anything not covered below
 * @FY_ERROR_READ: the file could not be read
 * @FY_ERROR_WRITE: the file could not be written (permissions, full disk, …)
 * @FY_ERROR_TOO_LARGE: the input is larger than Fayan accepts
 * @FY_ERROR_INVALID_UTF8: the input is not valid UTF-8
 * @FY_ERROR_SYNTAX: not well-formed JSON (or CSV); the message names line and column
 * @FY_ERROR_WRONG_FORMAT: well-formed, but not a Fayan file of the expected kind
 * @FY_ERROR_FUTURE_VERSION: made by a newer Fayan
 * @FY_ERROR_INVALID_CONTENT: a member is missing or has the wrong type or value
 * @FY_ERROR_UNKNOWN_ROLE: a block has a role this version does not know
 * @FY_ERROR_UNSUPPORTED_TYPE: a file name extension Fayan cannot import or export
 * @FY_ERROR_NO_FONT: no installed font can serve a role
 * @FY_ERROR_RENDER: drawing the output failed
 * @FY_ERROR_NOT_FOUND: a named template, preset or field does not exist
 * @FY_ERROR_FIELD: a required field is unfilled or a reference names no field
 * @FY_ERROR_LIMIT: the input exceeds a structural limit (nesting, count)
 */
typedef enum
{
  FY_ERROR_FAILED,
  FY_ERROR_READ,
  FY_ERROR_WRITE,
  FY_ERROR_TOO_LARGE,
  FY_ERROR_INVALID_UTF8,
  FY_ERROR_SYNTAX,
  FY_ERROR_WRONG_FORMAT,
  FY_ERROR_FUTURE_VERSION,
  FY_ERROR_INVALID_CONTENT,
  FY_ERROR_UNKNOWN_ROLE,
  FY_ERROR_UNSUPPORTED_TYPE,
  FY_ERROR_NO_FONT,
  FY_ERROR_RENDER,
  FY_ERROR_NOT_FOUND,
  FY_ERROR_FIELD,
  FY_ERROR_LIMIT,
} FyError;

GQuark fy_error_quark (void);

G_END_DECLS

/* fy-ui-layout.c — laying out a document the way every view of the application does
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include "fy-ui-layout.h"

/**
 * fy_ui_layout_get_preset:
 * @document: a #FyDocument
 *
 * Returns: the id of the style preset @document is typeset with
 */
const char *
fy_ui_layout_get_preset (FyDocument *document)
{
  const char *preset;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), FY_DEFAULT_STYLE_PRESET);

  preset = fy_document_get_style_preset (document);
  if (preset == NULL || *preset == '\0')
    return FY_DEFAULT_STYLE_PRESET;

  return preset;
}

/**
 * fy_ui_layout_new_typesetter:
 * @document: a #FyDocument
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a typesetter for the style of @document, or
 *   %NULL when its preset cannot be loaded
 */
FyTypesetter *
fy_ui_layout_new_typesetter (FyDocument  *document,
                             GError     **error)
{
  g_autoptr(FyStyle) style = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  style = fy_style_new_from_preset (fy_ui_layout_get_preset (document), error);
  if (style == NULL)
    return NULL;

  return fy_typesetter_new (style);
}

/**
 * fy_ui_layout_document:
 * @document: a #FyDocument nobody changes meanwhile
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the layout of @document, or %NULL
 */
FyLayout *
fy_ui_layout_document (FyDocument    *document,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(FyTypesetter) typesetter = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  typesetter = fy_ui_layout_new_typesetter (document, error);
  if (typesetter == NULL)
    return NULL;

  return fy_typesetter_layout (typesetter, document, cancellable, error);
}

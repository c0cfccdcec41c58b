/* fy-ui-layout.c — laying out a document the way every view of the application does
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include "fy-preferences-window.h"
#include "fy-ui-layout.h"

/**
 * fy_ui_layout_update_fonts:
 *
 * Reads the font-overrides setting (role name → family) and gives it to
 * the engine.
 *
 * Returns: the generation of the overrides: it changes when they do
 */
guint
fy_ui_layout_update_fonts (void)
{
  static GSettings *settings;
  static GVariant *applied;
  static guint generation;
  g_autoptr(GVariant) overrides = NULL;
  const char *families[FY_FONT_N_ROLES] = { NULL, };
  GVariantIter iter;
  const char *role_name;
  const char *family;

  if (settings == NULL)
    settings = g_settings_new (FY_SETTINGS_SCHEMA_ID);

  overrides = g_settings_get_value (settings, "font-overrides");
  if (applied != NULL && g_variant_equal (applied, overrides))
    return generation;

  g_variant_iter_init (&iter, overrides);
  while (g_variant_iter_next (&iter, "{&s&s}", &role_name, &family))
    {
      FyFontRole role;

      if (fy_font_role_from_string (role_name, &role))
        families[role] = family;
      else
        g_debug ("Ignoring a font override for the unknown role “%s”", role_name);
    }

  fy_font_set_set_overrides (families);

  g_clear_pointer (&applied, g_variant_unref);
  applied = g_steal_pointer (&overrides);

  return ++generation;
}

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

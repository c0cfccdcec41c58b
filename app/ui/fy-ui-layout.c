/* fy-ui-layout.c — laying out a document the way every view of the application does
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "fy-ui-layout.h"

/**
 * fy_ui_layout_fonts_added:
 *
 * Makes the fonts Fayan adds itself (the Fandol folder, a font file added
 * in the preferences) known to GTK's own font map too, for the samples
 * and font lists of the preferences.  Main thread.
 */
void
fy_ui_layout_fonts_added (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();

  fy_fonts_ensure_folders ();
  if (PANGO_IS_FC_FONT_MAP (map))
    pango_fc_font_map_config_changed (PANGO_FC_FONT_MAP (map));
}

/**
 * fy_ui_layout_get_environment:
 *
 * The application's #FyEnvironment, filled from and following the
 * application's settings (schema %FY_SETTINGS_SCHEMA_ID).  Made on the
 * first call, which must be on the main thread.
 *
 * Returns: (transfer none): the environment
 */
FyEnvironment *
fy_ui_layout_get_environment (void)
{
  static FyEnvironment *environment;

  if (environment == NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new (FY_SETTINGS_SCHEMA_ID);

      fy_ui_layout_fonts_added ();

      environment = fy_environment_new ();
      fy_environment_follow_settings (environment, settings);
    }

  return environment;
}

/**
 * fy_ui_layout_update_fonts:
 *
 * Brings the environment up to date with the settings (a caller's own
 * GSettings::changed handler may run before the environment's).
 *
 * Returns: the generation of fonts and presets: it changes when they do
 */
guint
fy_ui_layout_update_fonts (void)
{
  FyEnvironment *environment = fy_ui_layout_get_environment ();

  fy_environment_sync_settings (environment);
  return fy_environment_get_generation (environment);
}

/**
 * fy_ui_layout_dup_preset:
 * @document: a #FyDocument
 *
 * Returns: (transfer full): the id of the style preset @document is
 *   typeset with
 */
char *
fy_ui_layout_dup_preset (FyDocument *document)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  return fy_environment_dup_preset_for (fy_ui_layout_get_environment (), document);
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
  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return fy_environment_new_typesetter (fy_ui_layout_get_environment (), document, NULL, error);
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
  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return fy_environment_layout (fy_ui_layout_get_environment (), document, cancellable, error);
}

/**
 * fy_ui_layout_source:
 * @source: a snapshot of a document (fy_source_new())
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * fy_ui_layout_document() of a snapshot: what a worker thread calls.
 *
 * Returns: (transfer full): the layout of @source, or %NULL
 */
FyLayout *
fy_ui_layout_source (FySource      *source,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return fy_environment_layout_source (fy_ui_layout_get_environment (), source, cancellable, error);
}

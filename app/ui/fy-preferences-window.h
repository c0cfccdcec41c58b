/* fy-preferences-window.h — the application's preferences, bound to GSettings
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fayan-core.h"

G_BEGIN_DECLS

/* FY_SETTINGS_SCHEMA_ID (fy-environment.h) holds application-wide
 * preferences; it does not follow the (.Devel) application id. */

#define FY_TYPE_PREFERENCES_WINDOW (fy_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (FyPreferencesWindow, fy_preferences_window, FY, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

/*
 * FyPreferencesWindow edits, with immediate effect, these keys of
 * FY_SETTINGS_SCHEMA_ID: default-style-preset, speaking-rate,
 * font-overrides (role → family; roles "xiaobiaosong", "fangsong",
 * "heiti", "kaiti", "songti") and template-folders.  Other parts of the
 * application watch those keys (GSettings::changed) themselves.
 *
 * Widget actions: "prefs.add-folder" (opens a folder chooser),
 * "prefs.remove-folder" (s: the folder's path) and "prefs.add-font"
 * (opens a chooser for a .ttf, .otf or .ttc file).
 */

GtkWidget  *fy_preferences_window_new                 (GtkWindow            *parent,
                                                       GSettings            *settings);
GSettings  *fy_preferences_window_get_settings        (FyPreferencesWindow  *self);
void        fy_preferences_window_add_template_folder (FyPreferencesWindow  *self,
                                                       GFile                *folder);
gboolean    fy_preferences_window_add_font_file       (FyPreferencesWindow  *self,
                                                       GFile                *file,
                                                       GError              **error);

G_END_DECLS

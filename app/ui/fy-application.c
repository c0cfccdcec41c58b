/* fy-application.c — the Fayan GtkApplication
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-application.h"
#include "fy-ui-resources.h"
#include "fy-window.h"

struct _FyApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (FyApplication, fy_application, ADW_TYPE_APPLICATION)

static FyWindow *
new_window (FyApplication *self)
{
  return g_object_new (FY_TYPE_WINDOW, "application", self, NULL);
}

static void
fy_application_activate (GApplication *app)
{
  FyApplication *self = FY_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  FyWindow *window;

  window = new_window (self);
  if (!fy_window_open_sample (window, &error))
    g_warning ("Could not open the sample speech: %s", error->message);

  gtk_window_present (GTK_WINDOW (window));
}

static void
fy_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  FyApplication *self = FY_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      FyWindow *window = new_window (self);

      fy_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Fayan authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Fayan"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Draft speech manuscripts on the official document grid"),
                         "developers", developers,
                         "copyright", "© 2026 The Fayan authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
fy_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (fy_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
fy_application_class_init (FyApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = fy_application_activate;
  app_class->open = fy_application_open;
  app_class->startup = fy_application_startup;
}

static void
fy_application_init (FyApplication *self)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      fy_ui_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

FyApplication *
fy_application_new (void)
{
  return g_object_new (FY_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

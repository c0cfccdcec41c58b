/* fy-cli-render.c — fayan-cli render and layout (placeholder until the engine lands)
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-cli.h"

int
fy_cli_command_render (int    argc,
                       char **argv)
{
  g_printerr ("fayan-cli: %s\n", _("render is not available in this build."));
  return FY_CLI_EXIT_ERROR;
}

int
fy_cli_command_layout (int    argc,
                       char **argv)
{
  g_printerr ("fayan-cli: %s\n", _("layout is not available in this build."));
  return FY_CLI_EXIT_ERROR;
}

/* main.c — entry point of fayan-cli
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fy-cli.h"

int
main (int    argc,
      char **argv)
{
  return fy_cli_run (argc, argv);
}

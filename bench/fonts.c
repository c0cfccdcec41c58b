/* fonts.c — print the family each font role resolves to, for the floor
 *
 * The floor must draw in the faces Fayan draws in, or the comparison
 * measures two different fonts.  This asks the core, as fayan-cli does.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "fayan-core.h"

int
main (void)
{
  g_autoptr(FyFontSet) fonts = NULL;

  fy_core_init ();
  fonts = fy_font_set_new ();
  for (FyFontRole role = 0; role < FY_FONT_N_ROLES; role++)
    {
      const FyFontChoice *choice = fy_font_set_get_choice (fonts, role);

      printf ("%s\t%s%s\n", fy_font_role_to_string (role), choice->family,
              choice->bold ? " Bold" : "");
    }
  return 0;
}

/* fy-lint-emoji.c — emoji pasted from a chat into a manuscript
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <unicode/uchar.h>

#include "fy-lint-private.h"

/*
 * A speech drafted in a WeChat group comes back with 👍 and 😀 in it.
 * No office face has them: the print shows a box, or a black-and-white
 * glyph of another face, and either way an official document carries no
 * emoji.  The whole sequence goes (a skin tone, a variation selector, a
 * ZWJ family, a flag's two letters), and Fix all removes it.  A keycap
 * (1️⃣) keeps its digit.  Symbols shown as text by default (© ™ ☎ ★ ♥)
 * are left alone unless U+FE0F asks for the emoji form.
 */

#define ZWJ         0x200D
#define EMOJI_FORM  0xFE0F
#define KEYCAP      0x20E3

static gboolean
is_modifier (gunichar c)
{
  return c == EMOJI_FORM || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F);
}

static gboolean
is_regional (gunichar c)
{
  return c >= 0x1F1E6 && c <= 0x1F1FF;
}

/* The emoji shown in colour by default. */
static gboolean
is_emoji_presentation (gunichar c)
{
  return u_hasBinaryProperty ((UChar32)c, UCHAR_EMOJI_PRESENTATION);
}

/* The end of the keycap sequence at @i (1 U+FE0F U+20E3, or 1 U+20E3), or
 * @i when there is none. */
static gsize
keycap_end (const Unit *u,
            gsize       i)
{
  gsize j = i + 1;
  gunichar c = u->chars[i];

  if (!g_ascii_isdigit (c) && c != '#' && c != '*')
    return i;
  if (j < u->n && u->chars[j] == EMOJI_FORM)
    j++;

  return j < u->n && u->chars[j] == KEYCAP ? j + 1 : i;
}

/* The end of the emoji sequence that starts at @i, or @i when none does. */
static gsize
emoji_end (const Unit *u,
           gsize       i)
{
  gsize j = i;

  for (;;)
    {
      gunichar c = u->chars[j];
      /* U+FE0F after a digit is no emoji without its keycap */
      gboolean asked = c > 0x7F && j + 1 < u->n && u->chars[j + 1] == EMOJI_FORM;

      if (!is_emoji_presentation (c) && !(asked && u_hasBinaryProperty ((UChar32)c, UCHAR_EMOJI)))
        return j;

      j++;
      if (is_regional (c) && j < u->n && is_regional (u->chars[j]))
        j++;
      while (j < u->n && is_modifier (u->chars[j]))
        j++;
      if (j + 1 < u->n && u->chars[j] == ZWJ)
        j++;
      else
        return j;
    }
}

/* @c may start an emoji: lets the glyph check leave it to this one. */
gboolean
fy_lint_char_is_emoji (gunichar c)
{
  return is_emoji_presentation (c) || is_modifier (c) || c == KEYCAP;
}

/* Whether @u holds nothing but emoji (no keycap) and spaces, and is a
 * whole block (line), not a table's cell. */
static gboolean
holds_only_emoji (const Unit *u)
{
  gboolean any = FALSE;

  if (u->role == FY_BLOCK_ROLE_TABLE)
    return FALSE;

  for (gsize i = 0; i < u->n;)
    {
      gsize end;

      if (is_space (u->chars[i]))
        {
          i++;
          continue;
        }
      if (u->mask[i] != MASK_NONE || keycap_end (u, i) > i)
        return FALSE;
      end = emoji_end (u, i);
      if (end == i)
        return FALSE;
      any = TRUE;
      i = end;
    }

  return any;
}

/**
 * fy_lint_unit_note_only_emoji:
 * @u: a unit, its field references and URLs masked
 *
 * Notes in @u->only_emoji whether @u is a chat's "🚩🚩🚩" line: emoji
 * (no keycap) and spaces alone, a whole block (line), not a table's
 * cell.  Removing its emoji would leave an empty paragraph that prints
 * as a blank line, so the emoji check's fix removes the block (line)
 * itself, and the end-punctuation check asks for no full stop after it.
 * Both read the answer, worked out once per unit.
 */
void
fy_lint_unit_note_only_emoji (Unit *u)
{
  u->only_emoji = holds_only_emoji (u);
}

/**
 * fy_lint_check_emoji:
 * @u: a unit
 *
 * Flags each emoji sequence; the safe fix removes it, or keeps a keycap's
 * digit.  A block (line) of emoji alone goes with them.
 */
void
fy_lint_check_emoji (Unit *u)
{
  for (gsize i = 0; i < u->n; i++)
    {
      g_autofree char *fix = NULL;
      FyLintFinding *finding;
      gsize end;

      if (u->mask[i] != MASK_NONE)
        continue;

      end = keycap_end (u, i);
      if (end > i)
        fix = g_strdup_printf ("%c", (char)u->chars[i]);
      else
        end = emoji_end (u, i);
      if (end == i)
        continue;

      finding = fy_lint_unit_add (u, FY_LINT_KIND_EMOJI, FY_LINT_SEVERITY_WARNING, i, end,
                                  fix != NULL ? fix : "", TRUE,
                                  g_strdup (_("An emoji has no place in an official document, and no office "
                                              "font has it: the print shows a box or another face. Remove it.")));
      if (u->only_emoji)
        fy_lint_finding_set_join (finding, FY_LINT_JOIN_DROP);
      i = end - 1;
    }
}

/* fy-import-lead.c — pasted headings that open with a lead word of their own
 *
 * A speech pasted as plain text numbers its headings with words rather
 * than 一、（一）: 第一，…… 首先，…… 其次，…… 最后，…… 一是…… 一要……
 * 一方面…… 其一，……  A short line that opens so and holds no sentence is
 * a heading printed as written.  Its level follows the order in which the
 * kinds of ordinal open: a kind already open (第二 after 第一) goes back to
 * that level, a new one (首先 under 第一) goes one level deeper than the
 * heading before it.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include <string.h>

#include "fy-import-private.h"
#include "fy-numbering.h"

/* As long as a heading the importer takes from 一、 or （一）. */
#define LEAD_HEADING_MAX_CHARS 40

/* The numeral of 第一 一是 一要 一方面 as fy_numbering_has_own_ordinal()
 * reads them. */
static const char *
skip_numeral (const char *p)
{
  static const char numerals[] = "一二三四五六七八九十";
  const char *start = p;

  while (*p != '\0')
    {
      char c[8] = { 0 };
      gint len = g_unichar_to_utf8 (g_utf8_get_char (p), c);

      if (strstr (numerals, c) == NULL)
        break;
      p += len;
    }
  return p != start ? p : NULL;
}

/* The kind of lead ordinal @text opens with, or FY_IMPORT_LEAD_NONE;
 * 最后 only where 首先 or 其次 opened a level. */
static FyImportLeadKind
lead_kind (const FyImportLeadLevels *levels,
           const char               *text)
{
  static const char * const sequence[] = { "首先", "其次", "再次", NULL };
  static const char * const pause[] = { "，", "、", "：", ",", ":", NULL };
  const char *p;

  if (g_str_has_prefix (text, "最后"))
    {
      for (guint l = 1; l <= levels->depth; l++)
        if (levels->kinds[l] == FY_IMPORT_LEAD_SEQUENCE)
          return FY_IMPORT_LEAD_SEQUENCE;
      return FY_IMPORT_LEAD_NONE;
    }
  if (!fy_numbering_has_own_ordinal (text, NULL))
    return FY_IMPORT_LEAD_NONE;

  for (const char * const *word = sequence; *word; word++)
    if (g_str_has_prefix (text, *word))
      return FY_IMPORT_LEAD_SEQUENCE;
  if (g_str_has_prefix (text, "一方面") || g_str_has_prefix (text, "另一方面"))
    return FY_IMPORT_LEAD_ASPECT;
  if (g_str_has_prefix (text, "其") && skip_numeral (text + strlen ("其")) != NULL)
    return FY_IMPORT_LEAD_QI;
  if (g_str_has_prefix (text, "第") && (p = skip_numeral (text + strlen ("第"))) != NULL)
    {
      for (const char * const *mark = pause; *mark; mark++)
        if (g_str_has_prefix (p, *mark))
          return FY_IMPORT_LEAD_DI;
      return FY_IMPORT_LEAD_NONE;
    }
  if ((p = skip_numeral (text)) != NULL)
    {
      if (g_str_has_prefix (p, "是"))
        return FY_IMPORT_LEAD_SHI;
      if (g_str_has_prefix (p, "要"))
        return FY_IMPORT_LEAD_YAO;
    }
  return FY_IMPORT_LEAD_NONE;
}

/* Whether @text reads as a heading, not a sentence: short, no mark that
 * ends or splits a sentence, and no pause at its end. */
static gboolean
is_heading_shaped (const char *text)
{
  static const char * const sentence[] = { "。", "！", "？", "；", "：", "……", "!", "?", ";", ":", NULL };
  gunichar last = 0;

  if (g_utf8_strlen (text, -1) > LEAD_HEADING_MAX_CHARS)
    return FALSE;
  for (const char * const *mark = sentence; *mark; mark++)
    if (strstr (text, *mark) != NULL)
      return FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    last = g_utf8_get_char (p);
  return last != 0xFF0C /* ， */ && last != 0x3001 /* 、 */ && last != ',' && last != '.';
}

/**
 * fy_import_lead_levels_init:
 * @levels: the levels open so far in one import
 */
void
fy_import_lead_levels_init (FyImportLeadLevels *levels)
{
  memset (levels, 0, sizeof *levels);
}

static void
open_level (FyImportLeadLevels *levels,
            guint               level,
            FyImportLeadKind    kind)
{
  level = CLAMP (level, 1, FY_HEADING_MAX_LEVEL);
  levels->kinds[level] = kind;
  for (guint l = level + 1; l <= FY_HEADING_MAX_LEVEL; l++)
    levels->kinds[l] = FY_IMPORT_LEAD_NONE;
  levels->depth = level;
}

/**
 * fy_import_lead_levels_note:
 * @levels: the levels open so far
 * @level: the level of a heading the import took by other rules
 *   (一、 （一） 第二章)
 *
 * A heading numbered otherwise closes the lead levels below it.
 */
void
fy_import_lead_levels_note (FyImportLeadLevels *levels,
                            guint               level)
{
  open_level (levels, level, FY_IMPORT_LEAD_NONE);
}

/**
 * fy_import_lead_heading:
 * @levels: the levels open so far
 * @text: one pasted line, cleaned
 * @level: (out): its heading level
 *
 * Returns: whether @text is a heading with a lead ordinal of its own
 *   ("第一，提高站位", "一是整治“庸”的问题"); its level is then open
 */
gboolean
fy_import_lead_heading (FyImportLeadLevels *levels,
                        const char         *text,
                        guint              *level)
{
  FyImportLeadKind kind;
  guint l;

  if (!is_heading_shaped (text))
    return FALSE;
  kind = lead_kind (levels, text);
  if (kind == FY_IMPORT_LEAD_NONE)
    return FALSE;

  for (l = 1; l <= levels->depth; l++)
    if (levels->kinds[l] == kind)
      break;
  open_level (levels, l <= levels->depth ? l : levels->depth + 1, kind);
  *level = levels->depth;
  return TRUE;
}

/* @text without the 。 that closes it, or %NULL if none does */
static char *
open_text (const char *text)
{
  if (!g_str_has_suffix (text, "。"))
    return NULL;
  return g_strndup (text, strlen (text) - strlen ("。"));
}

/**
 * fy_import_closed_lead_kind:
 * @text: one pasted line, cleaned
 *
 * Returns: the kind of lead ordinal @text opens with if it is shaped as
 *   a heading but for the 。 that closes it (一要在“放”字上求突破，把准入
 *   门槛降下来。 第一，要迅速传达贯彻。), else %FY_IMPORT_LEAD_NONE
 */
FyImportLeadKind
fy_import_closed_lead_kind (const char *text)
{
  g_autofree char *open = open_text (text);
  FyImportLeadLevels none;

  if (open == NULL || !is_heading_shaped (open))
    return FY_IMPORT_LEAD_NONE;
  fy_import_lead_levels_init (&none);
  return lead_kind (&none, open);
}

/**
 * fy_import_closed_lead_heading:
 * @levels: the levels open so far
 * @text: one pasted line, cleaned, that fy_import_closed_lead_kind() reads
 * @level: (out): its heading level
 *
 * As fy_import_lead_heading(), for a heading closed with 。, which it
 * keeps as written.
 *
 * Returns: whether @text is such a heading; its level is then open
 */
gboolean
fy_import_closed_lead_heading (FyImportLeadLevels *levels,
                               const char         *text,
                               guint              *level)
{
  g_autofree char *open = open_text (text);

  return open != NULL && fy_import_lead_heading (levels, open, level);
}

/**
 * fy_import_inline_lead_length:
 * @text: one pasted line, cleaned
 * @kind: (out): the kind of lead ordinal it opens with
 *
 * A point of a speech pasted as one paragraph opens with its lead
 * sentence, which the printed speech sets in bold: 一是完善议事规则。我们
 * 制定了…… 首先，拓宽收集渠道。……  The lead is the first sentence, up
 * to its 。！？, when it opens with a lead ordinal (最后 as one of 首先
 * 其次, 一方面 never: it opens a clause, not a point), is shaped as a
 * heading but for that mark, and text follows it.
 *
 * Returns: the length in bytes of the lead, its mark included, or 0
 */
gsize
fy_import_inline_lead_length (const char       *text,
                              FyImportLeadKind *kind)
{
  FyImportLeadLevels sequence;
  g_autofree char *open = NULL;
  const char *stop = NULL;

  *kind = FY_IMPORT_LEAD_NONE;
  for (const char *p = text; *p && stop == NULL; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x3002 /* 。 */ || c == 0xFF01 /* ！ */ || c == 0xFF1F /* ？ */)
        stop = p;
    }
  if (stop == NULL || *g_utf8_next_char (stop) == '\0')
    return 0;

  open = g_strndup (text, stop - text);
  if (!is_heading_shaped (open))
    return 0;
  fy_import_lead_levels_init (&sequence);
  open_level (&sequence, 1, FY_IMPORT_LEAD_SEQUENCE);
  *kind = lead_kind (&sequence, open);
  if (*kind == FY_IMPORT_LEAD_ASPECT)
    *kind = FY_IMPORT_LEAD_NONE;
  return *kind != FY_IMPORT_LEAD_NONE ? (gsize) (g_utf8_next_char (stop) - text) : 0;
}

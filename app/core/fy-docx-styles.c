/* fy-docx-styles.c — (private) what a .docx file's styles give its text
 *
 * A paragraph style gives a role (the exporter's own names, Word's Title,
 * Subtitle and "heading N", WPS's and LibreOffice's Chinese names), an
 * outline level and an alignment; a character style gives bold and red, and by
 * its name marks what the exporter wrote for the engine (a heading's
 * number, a title's line break).  Styles inherit through basedOn.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-docx"

#include "config.h"

#include <string.h>

#include "fy-docx-private.h"

typedef struct
{
  gboolean    has_role;
  FyBlockRole role;
  guint       level;
  int         outline;       /* -1 when not set */
  char       *align;
  int         bold;          /* -1 when not set */
  int         red;           /* whether its colour is red; -1 when it sets none */
  int         kaiti;         /* whether its face is 楷体; -1 when it names none */
  int         size;          /* its type size (w:sz, half-points); -1 when it sets none */
  char       *based_on;
  char       *name;
  char       *num_id;        /* the list it numbers its paragraphs in, or NULL */
  int         num_level;     /* and the level; -1 when not set */
} StyleInfo;

struct _FyDocxStyles
{
  GHashTable *table;         /* id → StyleInfo */
};

static void
style_info_free (gpointer data)
{
  StyleInfo *info = data;

  g_free (info->align);
  g_free (info->based_on);
  g_free (info->name);
  g_free (info->num_id);
  g_free (info);
}

/* Returns: (transfer full): no styles yet (fy_docx_styles_load() reads them) */
FyDocxStyles *
fy_docx_styles_new (void)
{
  FyDocxStyles *styles = g_new0 (FyDocxStyles, 1);

  styles->table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, style_info_free);

  return styles;
}

void
fy_docx_styles_free (FyDocxStyles *styles)
{
  if (styles == NULL)
    return;
  g_hash_table_unref (styles->table);
  g_free (styles);
}

static gboolean
role_from_style_name (const char  *name,
                      FyBlockRole *role,
                      guint       *level)
{
  g_autofree char *key = NULL;
  GString *k = g_string_new (NULL);
  const FyDocxStyle *styles;
  guint n_styles;

  for (const char *p = name; *p; p++)
    if (*p != ' ' && *p != '-' && *p != '_')
      g_string_append_c (k, g_ascii_tolower (*p));
  key = g_string_free (k, FALSE);

  styles = fy_docx_get_styles (&n_styles);
  for (guint i = 0; i < n_styles; i++)
    {
      g_autofree char *id = g_ascii_strdown (styles[i].id, -1);

      /* a table cell's style says nothing of a paragraph outside one */
      if (styles[i].role == FY_BLOCK_ROLE_TABLE)
        continue;
      if (g_str_equal (key, id))
        {
          *role = styles[i].role;
          *level = styles[i].level;
          return TRUE;
        }
    }

  /* Word's and WPS's Chinese names, and LibreOffice's */
  if (g_str_has_prefix (key, "heading") || g_str_has_prefix (key, "标题"))
    {
      const char *digit = key + (key[0] == 'h' ? strlen ("heading") : strlen ("标题"));

      if (digit[0] >= '1' && digit[0] <= '9' && digit[1] == '\0')
        {
          *role = FY_BLOCK_ROLE_HEADING;
          *level = MIN (digit[0] - '0', FY_HEADING_MAX_LEVEL);
          return TRUE;
        }
      if (*digit == '\0' && key[0] != 'h')
        {
          *role = FY_BLOCK_ROLE_TITLE;
          *level = 0;
          return TRUE;
        }
    }
  if (g_str_equal (key, "副标题"))
    {
      *role = FY_BLOCK_ROLE_SUBTITLE;
      *level = 0;
      return TRUE;
    }

  return FALSE;
}

void
fy_docx_styles_load (FyDocxStyles *styles,
                     xmlDoc       *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *s = root != NULL ? root->children : NULL; s != NULL; s = s->next)
    {
      g_autofree char *type = NULL;
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;
      g_autofree char *outline = NULL;
      StyleInfo *info;
      xmlNode *ppr, *rpr;

      if (!fy_docx_is_w (s, "style"))
        continue;
      type = fy_docx_get_w_attr (s, "type");
      id = fy_docx_get_w_attr (s, "styleId");
      if (id == NULL || (type != NULL && !g_str_equal (type, "paragraph") &&
                         !g_str_equal (type, "character")))
        continue;

      info = g_new0 (StyleInfo, 1);
      name = fy_docx_get_w_attr (fy_docx_child_w (s, "name"), "val");
      info->has_role = role_from_style_name (name != NULL ? name : id, &info->role, &info->level);
      info->based_on = fy_docx_get_w_attr (fy_docx_child_w (s, "basedOn"), "val");
      ppr = fy_docx_child_w (s, "pPr");
      rpr = fy_docx_child_w (s, "rPr");
      outline = ppr != NULL ? fy_docx_get_w_attr (fy_docx_child_w (ppr, "outlineLvl"), "val") : NULL;
      info->outline = outline != NULL ? (int) g_ascii_strtoll (outline, NULL, 10) : -1;
      info->align = ppr != NULL ? fy_docx_get_w_attr (fy_docx_child_w (ppr, "jc"), "val") : NULL;
      if (ppr != NULL && fy_docx_child_w (ppr, "numPr") != NULL)
        {
          xmlNode *num_pr = fy_docx_child_w (ppr, "numPr");
          g_autofree char *level = fy_docx_get_w_attr (fy_docx_child_w (num_pr, "ilvl"), "val");

          info->num_id = fy_docx_get_w_attr (fy_docx_child_w (num_pr, "numId"), "val");
          info->num_level = level != NULL ? (int) g_ascii_strtoll (level, NULL, 10) : -1;
        }
      else
        info->num_level = -1;
      info->bold = fy_docx_get_toggle (rpr, "b");
      info->red = rpr != NULL && fy_docx_child_w (rpr, "color") != NULL ? fy_docx_is_red (rpr) : -1;
      info->kaiti = fy_docx_fonts_kaiti (rpr);
      info->size = fy_docx_font_size (rpr);
      if (name != NULL && g_str_equal (name, FY_DOCX_LEAD_STYLE_NAME))
        info->bold = TRUE;
      info->name = g_strdup (name);

      g_hash_table_replace (styles->table, g_steal_pointer (&id), info);
    }
}

/* Follows basedOn (at most a few steps: loops are possible in bad files). */
static StyleInfo *
lookup_style (FyDocxStyles *styles,
              const char   *id,
              guint         depth)
{
  return id != NULL && depth < 16 ? g_hash_table_lookup (styles->table, id) : NULL;
}

gboolean
fy_docx_styles_role (FyDocxStyles *styles,
                     const char   *id,
                     FyBlockRole  *role,
                     guint        *level,
                     int          *outline,
                     char        **align)
{
  gboolean found = FALSE;

  for (guint depth = 0;; depth++)
    {
      StyleInfo *info = lookup_style (styles, id, depth);

      if (info == NULL)
        break;
      if (!found && info->has_role)
        {
          *role = info->role;
          *level = info->level;
          found = TRUE;
        }
      if (*outline < 0 && info->outline >= 0)
        *outline = info->outline;
      if (*align == NULL && info->align != NULL)
        *align = g_strdup (info->align);
      id = info->based_on;
    }

  return found;
}

gboolean
fy_docx_styles_has_name (FyDocxStyles *styles,
                         const char   *id,
                         const char   *name)
{
  StyleInfo *info = lookup_style (styles, id, 0);

  return info != NULL && info->name != NULL && g_str_equal (info->name, name);
}

/* The value of the flag at @offset in StyleInfo (bold, red, kaiti) that
 * style @id sets, or the nearest style it is based on: -1 when none does. */
static int
inherited_flag (FyDocxStyles *styles,
                const char   *id,
                glong         offset)
{
  for (guint depth = 0;; depth++)
    {
      StyleInfo *info = lookup_style (styles, id, depth);
      int value;

      if (info == NULL)
        return -1;
      value = G_STRUCT_MEMBER (int, info, offset);
      if (value >= 0)
        return value;
      id = info->based_on;
    }
}

gboolean
fy_docx_styles_is_bold (FyDocxStyles *styles,
                        const char   *id)
{
  return inherited_flag (styles, id, G_STRUCT_OFFSET (StyleInfo, bold)) > 0;
}

/* Whether character style @id (or one it is based on) colours its text
 * red: a colleague's 待审定 style as much as direct red. */
gboolean
fy_docx_styles_is_red (FyDocxStyles *styles,
                       const char   *id)
{
  return inherited_flag (styles, id, G_STRUCT_OFFSET (StyleInfo, red)) > 0;
}

/**
 * fy_docx_fonts_kaiti:
 * @rpr: (nullable): a run's properties (w:rPr), or a style's
 *
 * Returns: 1 when its fonts name 楷体 (楷体_GB2312, 华文楷体, KaiTi…),
 *   0 when its East Asian font is another face, -1 when it names none:
 *   Han characters print in the East Asian font, so a Latin face alone
 *   (Times New Roman for the digits) leaves the style's 楷体 in force
 */
int
fy_docx_fonts_kaiti (xmlNode *rpr)
{
  static const char *const slots[] = { "eastAsia", "ascii", "hAnsi" };
  xmlNode *fonts = rpr != NULL ? fy_docx_child_w (rpr, "rFonts") : NULL;
  int kaiti = -1;

  for (guint i = 0; fonts != NULL && i < G_N_ELEMENTS (slots); i++)
    {
      g_autofree char *face = fy_docx_get_w_attr (fonts, slots[i]);
      g_autofree char *folded = face != NULL ? g_ascii_strdown (face, -1) : NULL;

      if (folded != NULL && (strstr (folded, "楷") != NULL || strstr (folded, "kai") != NULL))
        return 1;
      if (folded != NULL && g_str_equal (slots[i], "eastAsia"))
        kaiti = 0;
    }
  return kaiti;
}

/* Whether style @id (or one it is based on) sets its text in 楷体: 1,
 * 0 when it names another face, -1 when none names one. */
int
fy_docx_styles_kaiti (FyDocxStyles *styles,
                      const char   *id)
{
  return inherited_flag (styles, id, G_STRUCT_OFFSET (StyleInfo, kaiti));
}

/**
 * fy_docx_font_size:
 * @rpr: (nullable): a run's properties (w:rPr), or a style's
 *
 * Returns: the size its Han text is set in (w:szCs aside), in
 *   half-points (44: 二号), or -1 when it sets none
 */
int
fy_docx_font_size (xmlNode *rpr)
{
  g_autofree char *size = rpr != NULL ? fy_docx_get_w_attr (fy_docx_child_w (rpr, "sz"), "val") : NULL;
  gint64 value = size != NULL ? g_ascii_strtoll (size, NULL, 10) : -1;

  return value > 0 && value <= 3276 ? (int) value : -1;
}

/* The type size style @id, or one it is based on, sets: half-points, -1
 * when none sets one. */
int
fy_docx_styles_size (FyDocxStyles *styles,
                     const char   *id)
{
  return inherited_flag (styles, id, G_STRUCT_OFFSET (StyleInfo, size));
}

/* The list (w:numId) and level style @id, or one it is based on, numbers
 * its paragraphs with: Word links a multilevel list to the heading
 * styles this way.  FALSE when it numbers none. */
gboolean
fy_docx_styles_list (FyDocxStyles *styles,
                     const char   *id,
                     char        **num_id,
                     int          *level)
{
  for (guint depth = 0;; depth++)
    {
      StyleInfo *info = lookup_style (styles, id, depth);

      if (info == NULL)
        return FALSE;
      if (info->num_id != NULL)
        {
          *num_id = g_strdup (info->num_id);
          *level = info->num_level;
          return TRUE;
        }
      id = info->based_on;
    }
}

/* fy-fonts.c — font roles resolved through fontconfig
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-fonts"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <string.h>

#include "fy-fonts.h"

/*
 * Each role lists first the faces Chinese offices install (their names as
 * fontconfig knows them, Chinese and English), then the Debian fallbacks
 * from the spec.  A fallback entry may ask for the bold weight: no free
 * 小标宋 exists, Noto Serif CJK SC Bold is the closest heavy Song face.
 */
typedef struct
{
  const char *family;
  gboolean    bold;
  gboolean    fallback;
} Candidate;

static const Candidate xiaobiaosong[] = {
  { "方正小标宋简体" }, { "方正小标宋_GBK" }, { "FZXiaoBiaoSong-B05S" },
  { "FZXiaoBiaoSong-B05" }, { "小标宋" }, { "华文中宋" }, { "STZhongsong" },
  { "Noto Serif CJK SC", TRUE, TRUE }, { "Source Han Serif SC", TRUE, TRUE },
  { "Noto Serif CJK TC", TRUE, TRUE }, { "AR PL UMing CN", TRUE, TRUE },
  { NULL }
};

static const Candidate fangsong[] = {
  { "仿宋_GB2312" }, { "FangSong_GB2312" }, { "仿宋" }, { "FangSong" },
  { "方正仿宋_GBK" }, { "方正仿宋简体" }, { "华文仿宋" }, { "STFangsong" },
  { "Noto Serif CJK SC", FALSE, TRUE }, { "Source Han Serif SC", FALSE, TRUE },
  { "AR PL UKai CN", FALSE, TRUE }, { "Noto Serif CJK TC", FALSE, TRUE },
  { NULL }
};

static const Candidate heiti[] = {
  { "黑体" }, { "SimHei" }, { "方正黑体_GBK" }, { "方正黑体简体" }, { "华文黑体" },
  { "STHeiti" }, { "Microsoft YaHei" },
  { "Noto Sans CJK SC", FALSE, TRUE }, { "Source Han Sans SC", FALSE, TRUE },
  { "WenQuanYi Zen Hei", FALSE, TRUE }, { "Noto Sans CJK TC", FALSE, TRUE },
  { NULL }
};

static const Candidate kaiti[] = {
  { "楷体_GB2312" }, { "KaiTi_GB2312" }, { "楷体" }, { "KaiTi" },
  { "方正楷体_GBK" }, { "方正楷体简体" }, { "华文楷体" }, { "STKaiti" },
  { "AR PL UKai CN", FALSE, TRUE }, { "LXGW WenKai", FALSE, TRUE },
  { "Noto Serif CJK SC", FALSE, TRUE },
  { NULL }
};

static const Candidate songti[] = {
  { "宋体" }, { "SimSun" }, { "方正书宋_GBK" }, { "方正书宋简体" }, { "华文宋体" },
  { "STSong" },
  { "Noto Serif CJK SC", FALSE, TRUE }, { "Source Han Serif SC", FALSE, TRUE },
  { "AR PL UMing CN", FALSE, TRUE }, { "Noto Serif CJK TC", FALSE, TRUE },
  { NULL }
};

static const char * const latin_families[] = {
  "Times New Roman", "Liberation Serif", "TeX Gyre Termes", "Nimbus Roman",
  "Nimbus Roman No9 L", "FreeSerif", NULL
};

static const Candidate *candidates[FY_FONT_N_ROLES] = {
  xiaobiaosong, fangsong, heiti, kaiti, songti,
};

static const char *role_names[FY_FONT_N_ROLES] = {
  "小标宋", "仿宋", "黑体", "楷体", "宋体",
};

struct _FyFontSet
{
  gatomicrefcount ref_count;
  FyFontChoice    choices[FY_FONT_N_ROLES];
  const char     *latin_family;
  /* families chosen by the user, owned here; choices point into them */
  char           *overrides[FY_FONT_N_ROLES];
};

/* The set fy_font_set_new() gives while overrides are in force. */
static GMutex     overrides_mutex;
static FyFontSet *overridden;

G_DEFINE_BOXED_TYPE (FyFontSet, fy_font_set, fy_font_set_ref, fy_font_set_unref)

/**
 * fy_font_role_to_string:
 * @role: a #FyFontRole
 *
 * Returns: the role's Chinese name: 小标宋, 仿宋, 黑体, 楷体 or 宋体
 */
const char *
fy_font_role_to_string (FyFontRole role)
{
  g_return_val_if_fail (role < FY_FONT_N_ROLES, NULL);

  return role_names[role];
}

/**
 * fy_font_role_from_string:
 * @str: a role name: 小标宋/仿宋/黑体/楷体/宋体 or xiaobiaosong/fangsong/
 *   heiti/kaiti/songti
 * @role: (out): the role
 *
 * Returns: %TRUE if @str names a role
 */
gboolean
fy_font_role_from_string (const char *str,
                          FyFontRole *role)
{
  static const char *latin[FY_FONT_N_ROLES] = {
    "xiaobiaosong", "fangsong", "heiti", "kaiti", "songti",
  };

  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (role != NULL, FALSE);

  for (guint i = 0; i < FY_FONT_N_ROLES; i++)
    {
      if (strcmp (str, role_names[i]) == 0 || g_ascii_strcasecmp (str, latin[i]) == 0)
        {
          *role = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * fy_font_role_get_preferences:
 * @role: a #FyFontRole
 *
 * Returns: (transfer none): the families tried for @role, best first
 */
const char * const *
fy_font_role_get_preferences (FyFontRole role)
{
  static const char **lists[FY_FONT_N_ROLES];
  static gsize initialized = 0;

  g_return_val_if_fail (role < FY_FONT_N_ROLES, NULL);

  if (g_once_init_enter (&initialized))
    {
      for (guint r = 0; r < FY_FONT_N_ROLES; r++)
        {
          guint n = 0;

          while (candidates[r][n].family != NULL)
            n++;
          lists[r] = g_new0 (const char *, n + 1);
          for (guint i = 0; i < n; i++)
            lists[r][i] = candidates[r][i].family;
        }
      g_once_init_leave (&initialized, 1);
    }

  return (const char * const *) lists[role];
}

/* fontconfig matches a family name against every name a face carries,
 * localised ones (仿宋_GB2312) included; FcFontList never substitutes. */
static gboolean
family_installed (const char *family)
{
  FcPattern *pattern;
  FcObjectSet *objects;
  FcFontSet *set;
  gboolean found;

  pattern = FcPatternCreate ();
  FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) family);
  objects = FcObjectSetBuild (FC_FAMILY, NULL);
  set = FcFontList (NULL, pattern, objects);
  found = set != NULL && set->nfont > 0;

  if (set != NULL)
    FcFontSetDestroy (set);
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);

  return found;
}

static FyFontSet *
resolve_fonts (void)
{
  FyFontSet *self = g_new0 (FyFontSet, 1);

  g_atomic_ref_count_init (&self->ref_count);
  FcInit ();

  for (guint r = 0; r < FY_FONT_N_ROLES; r++)
    {
      const Candidate *list = candidates[r];
      FyFontChoice *choice = &self->choices[r];

      choice->role = r;
      choice->wanted = list[0].family;
      for (guint i = 0; list[i].family != NULL; i++)
        {
          if (family_installed (list[i].family))
            {
              choice->family = list[i].family;
              choice->bold = list[i].bold;
              choice->substituted = list[i].fallback;
              break;
            }
        }

      if (choice->family == NULL)
        {
          /* Let fontconfig pick any face that has Chinese in it. */
          choice->family = "serif";
          choice->substituted = TRUE;
        }
    }

  for (guint i = 0; latin_families[i] != NULL; i++)
    {
      if (family_installed (latin_families[i]))
        {
          self->latin_family = latin_families[i];
          break;
        }
    }

  return self;
}

/**
 * fy_font_set_new_automatic:
 *
 * Resolves every role against the installed fonts, ignoring the user's
 * overrides.  The result is computed once per process and shared.
 *
 * Returns: (transfer full): the resolved font set
 */
FyFontSet *
fy_font_set_new_automatic (void)
{
  static FyFontSet *shared;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      shared = resolve_fonts ();
      g_once_init_leave (&initialized, 1);
    }

  return fy_font_set_ref (shared);
}

/**
 * fy_font_set_new:
 *
 * Resolves every role against the installed fonts, with the overrides of
 * fy_font_set_set_overrides() if any.
 *
 * Returns: (transfer full): the resolved font set
 */
FyFontSet *
fy_font_set_new (void)
{
  FyFontSet *set = NULL;

  g_mutex_lock (&overrides_mutex);
  if (overridden != NULL)
    set = fy_font_set_ref (overridden);
  g_mutex_unlock (&overrides_mutex);

  return set != NULL ? set : fy_font_set_new_automatic ();
}

/**
 * fy_font_set_set_overrides:
 * @families: (nullable) (array fixed-size=5): per #FyFontRole, the family
 *   to use, or %NULL or "" for the automatic choice
 *
 * Sets the families the user chose per role.  Later calls of
 * fy_font_set_new() give them; a family that is not installed is ignored
 * (the role stays automatic), so that a preference made on another
 * machine never blanks the page.
 */
void
fy_font_set_set_overrides (const char * const *families)
{
  g_autoptr(FyFontSet) automatic = fy_font_set_new_automatic ();
  FyFontSet *set = NULL;

  for (guint r = 0; families != NULL && r < FY_FONT_N_ROLES; r++)
    {
      if (families[r] == NULL || *families[r] == '\0' || !family_installed (families[r]))
        continue;

      if (set == NULL)
        {
          set = g_new0 (FyFontSet, 1);
          g_atomic_ref_count_init (&set->ref_count);
          memcpy (set->choices, automatic->choices, sizeof set->choices);
          set->latin_family = automatic->latin_family;
        }

      set->overrides[r] = g_strdup (families[r]);
      set->choices[r].family = set->overrides[r];
      set->choices[r].bold = FALSE;
      /* The user's own choice is not a substitution to warn about. */
      set->choices[r].substituted = FALSE;
    }

  g_mutex_lock (&overrides_mutex);
  g_clear_pointer (&overridden, fy_font_set_unref);
  overridden = set;
  g_mutex_unlock (&overrides_mutex);
}

FyFontSet *
fy_font_set_ref (FyFontSet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
fy_font_set_unref (FyFontSet *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      for (guint r = 0; r < FY_FONT_N_ROLES; r++)
        g_free (self->overrides[r]);
      g_free (self);
    }
}

/**
 * fy_font_set_get_choice:
 * @self: a #FyFontSet
 * @role: a #FyFontRole
 *
 * Returns: (transfer none): how @role was resolved
 */
const FyFontChoice *
fy_font_set_get_choice (FyFontSet  *self,
                        FyFontRole  role)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (role < FY_FONT_N_ROLES, NULL);

  return &self->choices[role];
}

const char *
fy_font_set_get_latin_family (FyFontSet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->latin_family;
}

/* fy-fonts.c — font roles resolved through fontconfig
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-fonts"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "fy-error.h"
#include "fy-fonts.h"

/*
 * Each role lists first the faces Chinese offices install (their names as
 * fontconfig knows them, Chinese and English: Windows, WPS and the Chinese
 * Linux desktops), then the free faces closest in style, best first
 * (typesetting.md §8).  A fallback entry may ask for the bold weight: no
 * free 小标宋 exists, a bold Song face is the closest.  @scale corrects a
 * face whose ink is visibly smaller than the others' at the same size
 * (AR PL UKai's is about 10 % smaller than Noto Serif CJK's, measured on
 * 国永中和议的是), so that a heading in it looks the body's size; glyphs
 * stay centred in their grid cells, only their ink grows.
 */
typedef struct
{
  const char *family;
  gboolean    bold;
  gboolean    fallback;
  double      scale;
  /* its full-width marks are hairlines: “ ” a Western quote's two
   * ticks, ， and ： specks (FandolHei); the role's next face draws them */
  gboolean    thin_marks;
} Candidate;

static const Candidate xiaobiaosong[] = {
  { "方正小标宋简体" }, { "方正小标宋_GBK" }, { "FZXiaoBiaoSong-B05S" },
  { "FZXiaoBiaoSong-B05" }, { "小标宋" }, { "华文中宋" }, { "STZhongsong" },
  { "Noto Serif CJK SC", TRUE, TRUE }, { "Source Han Serif SC", TRUE, TRUE },
  { "FandolSong", TRUE, TRUE }, { "Noto Serif CJK TC", TRUE, TRUE },
  { "AR PL UMing CN", TRUE, TRUE },
  { NULL }
};

static const Candidate fangsong[] = {
  { "仿宋_GB2312" }, { "FangSong_GB2312" }, { "仿宋" }, { "FangSong" },
  { "华文仿宋" }, { "STFangsong" }, { "方正仿宋_GBK" }, { "方正仿宋简体" },
  { "Zhuque Fangsong (technical preview)", FALSE, TRUE },
  { "朱雀仿宋（预览测试版）", FALSE, TRUE }, { "LXGW Zhuque Fangsong", FALSE, TRUE },
  { "朱雀仿宋", FALSE, TRUE },
  { "FandolFang", FALSE, TRUE },
  { "Noto Serif CJK SC", FALSE, TRUE }, { "Source Han Serif SC", FALSE, TRUE },
  { "Noto Serif CJK TC", FALSE, TRUE }, { "AR PL UKai CN", FALSE, TRUE, 1.10 },
  { NULL }
};

static const Candidate heiti[] = {
  { "黑体" }, { "SimHei" }, { "方正黑体_GBK" }, { "方正黑体简体" }, { "华文黑体" },
  { "STHeiti" }, { "Microsoft YaHei" },
  { "FandolHei", FALSE, TRUE, 0, TRUE },
  { "Noto Sans CJK SC", FALSE, TRUE }, { "Source Han Sans SC", FALSE, TRUE },
  { "WenQuanYi Zen Hei", FALSE, TRUE }, { "Noto Sans CJK TC", FALSE, TRUE },
  { NULL }
};

static const Candidate kaiti[] = {
  { "楷体_GB2312" }, { "KaiTi_GB2312" }, { "楷体" }, { "KaiTi" },
  { "华文楷体" }, { "STKaiti" }, { "方正楷体_GBK" }, { "方正楷体简体" },
  { "LXGW WenKai", FALSE, TRUE }, { "FandolKai", FALSE, TRUE, 1.05 },
  { "AR PL UKai CN", FALSE, TRUE, 1.10 }, { "Noto Serif CJK SC", FALSE, TRUE },
  { NULL }
};

static const Candidate songti[] = {
  { "宋体" }, { "SimSun" }, { "方正书宋_GBK" }, { "方正书宋简体" }, { "华文宋体" },
  { "STSong" },
  { "Noto Serif CJK SC", FALSE, TRUE }, { "Source Han Serif SC", FALSE, TRUE },
  { "FandolSong", FALSE, TRUE }, { "AR PL UMing CN", FALSE, TRUE },
  { "Noto Serif CJK TC", FALSE, TRUE },
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

static const char *role_ids[FY_FONT_N_ROLES] = {
  "xiaobiaosong", "fangsong", "heiti", "kaiti", "songti",
};

struct _FyFontSet
{
  gatomicrefcount ref_count;
  FyFontChoice    choices[FY_FONT_N_ROLES];
  const char     *latin_family;
  /* owned here; choices point into them */
  char           *overrides[FY_FONT_N_ROLES];
  char           *families[FY_FONT_N_ROLES];
};

/* The automatic set, made again when fonts are added. */
static GMutex     automatic_mutex;
static FyFontSet *automatic_set;

/* The fontconfig configuration Fayan's own folders were added to. */
static GMutex     folders_mutex;
static FcConfig  *folders_config;

G_DEFINE_BOXED_TYPE (FyFontSet, fy_font_set, fy_font_set_ref, fy_font_set_unref)

/*
 * Fonts that free office-style faces come in but that fontconfig does not
 * list: Debian's texlive-lang-chinese puts the Fandol faces (FandolFang,
 * FandolSong, FandolHei, FandolKai) into the TeX tree only.
 */
static const char * const default_private_folders[] = {
  "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol",
  "/usr/share/texmf/fonts/opentype/public/fandol",
  NULL
};

/**
 * fy_fonts_dup_private_folders:
 *
 * The folders of fonts Fayan adds to its font map beside those fontconfig
 * lists: the Fandol folder of texlive-lang-chinese.  The environment
 * variable FAYAN_FONT_FOLDERS, when set, replaces the list (folders
 * separated by the search-path separator; empty for none), so that tests
 * on a private fontconfig configuration see only the fonts they name.
 *
 * Returns: (transfer full): the folders, existing or not
 */
char **
fy_fonts_dup_private_folders (void)
{
  const char *env = g_getenv ("FAYAN_FONT_FOLDERS");

  if (env != NULL)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) parts = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);

      for (guint i = 0; parts[i] != NULL; i++)
        if (*parts[i] != '\0')
          g_strv_builder_add (builder, parts[i]);
      return g_strv_builder_end (builder);
    }

  return g_strdupv ((char **) default_private_folders);
}

/* Whether fontconfig already holds a font from @folder. */
static gboolean
config_has_folder (FcConfig   *config,
                   const char *folder)
{
  g_autofree char *prefix = g_strconcat (folder, G_DIR_SEPARATOR_S, NULL);
  FcPattern *pattern = FcPatternCreate ();
  FcObjectSet *objects = FcObjectSetBuild (FC_FILE, NULL);
  FcFontSet *set = FcFontList (config, pattern, objects);
  gboolean found = FALSE;

  for (int i = 0; set != NULL && i < set->nfont && !found; i++)
    {
      FcChar8 *file;

      if (FcPatternGetString (set->fonts[i], FC_FILE, 0, &file) == FcResultMatch)
        found = g_str_has_prefix ((const char *) file, prefix);
    }

  if (set != NULL)
    FcFontSetDestroy (set);
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);

  return found;
}

/*
 * The Fandol Bold files declare the regular weight (OS/2 400), so
 * fontconfig would hand FandolSong Bold to a request for regular
 * FandolSong.  Such a face is left out: bold comes from emboldening the
 * regular face instead.
 */
static gboolean
mislabelled_bold (FcPattern *face)
{
  FcChar8 *style;
  int weight;

  return FcPatternGetString (face, FC_STYLE, 0, &style) == FcResultMatch &&
         strstr ((const char *) style, "Bold") != NULL &&
         FcPatternGetInteger (face, FC_WEIGHT, 0, &weight) == FcResultMatch &&
         weight < FC_WEIGHT_DEMIBOLD;
}

static gboolean
add_folder_fonts (FcConfig   *config,
                  const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  gboolean added = FALSE;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      FcFontSet *faces = FcFontSetCreate ();
      gboolean usable = FALSE;

      if (FcFileScan (faces, NULL, NULL, NULL, (const FcChar8 *) path, FcTrue))
        for (int i = 0; i < faces->nfont; i++)
          usable |= !mislabelled_bold (faces->fonts[i]);
      FcFontSetDestroy (faces);

      if (usable && FcConfigAppFontAddFile (config, (const FcChar8 *) path))
        added = TRUE;
    }

  return added;
}

/**
 * fy_fonts_ensure_folders:
 *
 * Adds the fonts of fy_fonts_dup_private_folders() to the current
 * fontconfig configuration, once per configuration (fontconfig may make a
 * new one when it reloads).  Every Fayan font map uses that configuration,
 * so the faces are then found by family like any installed font.
 *
 * Returns: %TRUE when fonts were added by this call
 */
gboolean
fy_fonts_ensure_folders (void)
{
  FcConfig *config;
  gboolean added = FALSE;

  FcInit ();
  g_mutex_lock (&folders_mutex);
  config = FcConfigGetCurrent ();
  if (config != folders_config)
    {
      g_auto(GStrv) folders = fy_fonts_dup_private_folders ();

      for (guint i = 0; folders[i] != NULL; i++)
        {
          if (!g_file_test (folders[i], G_FILE_TEST_IS_DIR) || config_has_folder (config, folders[i]))
            continue;
          added |= add_folder_fonts (config, folders[i]);
        }
      folders_config = config;
    }
  g_mutex_unlock (&folders_mutex);

  return added;
}

/**
 * fy_fonts_add_file:
 * @path: a .ttf, .otf or .ttc file
 * @error: return location for a #GError
 *
 * Makes the faces of @path known to every font map made from now on,
 * without waiting for fontconfig to rescan, and makes the automatic
 * choice again.
 *
 * Returns: %TRUE when @path holds at least one face fontconfig can use
 */
gboolean
fy_fonts_add_file (const char  *path,
                   GError     **error)
{
  FcFontSet *probe;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  fy_fonts_ensure_folders ();

  /* FcConfigAppFontAddFile accepts anything; ask FreeType first. */
  probe = FcFontSetCreate ();
  ok = FcFileScan (probe, NULL, NULL, NULL, (const FcChar8 *) path, FcTrue) && probe->nfont > 0;
  FcFontSetDestroy (probe);

  if (ok)
    ok = FcConfigAppFontAddFile (FcConfigGetCurrent (), (const FcChar8 *) path);

  if (!ok)
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, FY_ERROR, FY_ERROR_NO_FONT,
                   _("“%s” is not a font file Fayan can use. Choose a .ttf, .otf or .ttc file."),
                   name);
      return FALSE;
    }

  g_mutex_lock (&automatic_mutex);
  g_clear_pointer (&automatic_set, fy_font_set_unref);
  g_mutex_unlock (&automatic_mutex);

  return TRUE;
}

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
  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (role != NULL, FALSE);

  for (guint i = 0; i < FY_FONT_N_ROLES; i++)
    {
      if (strcmp (str, role_names[i]) == 0 || g_ascii_strcasecmp (str, role_ids[i]) == 0)
        {
          *role = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * fy_font_role_to_id:
 * @role: a #FyFontRole
 *
 * Returns: the role's key in settings and on the command line:
 *   xiaobiaosong, fangsong, heiti, kaiti or songti
 */
const char *
fy_font_role_to_id (FyFontRole role)
{
  g_return_val_if_fail (role < FY_FONT_N_ROLES, NULL);

  return role_ids[role];
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

/*
 * The family list Pango is given for @choice: its face, then the other
 * installed faces of the role, nearest style first.  fontconfig tries
 * them in order for a character the face lacks (a GB 2312 face has no 堃),
 * before any face of another style.
 */
static char *
build_family_list (guint       role,
                   const char *family,
                   GHashTable *installed)
{
  g_autoptr(GString) list = g_string_new (family);

  for (guint i = 0; candidates[role][i].family != NULL; i++)
    {
      const char *other = candidates[role][i].family;

      if (g_strcmp0 (other, family) != 0 && g_hash_table_contains (installed, other))
        g_string_append_printf (list, ",%s", other);
    }

  return g_string_free (g_steal_pointer (&list), FALSE);
}

/* The face the marks of @family, a face of role @list, are drawn from:
 * where @family's are hairlines, the next installed face of the role
 * whose marks are not; else NULL. */
static const char *
find_marks_family (const Candidate *list,
                   const char      *family,
                   GHashTable      *installed)
{
  gboolean thin = FALSE;

  for (guint i = 0; list[i].family != NULL; i++)
    {
      if (g_strcmp0 (list[i].family, family) == 0)
        thin = list[i].thin_marks;
      else if (thin && !list[i].thin_marks && g_hash_table_contains (installed, list[i].family))
        return list[i].family;
    }
  return NULL;
}

static GHashTable *
list_installed_candidates (void)
{
  GHashTable *installed = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint r = 0; r < FY_FONT_N_ROLES; r++)
    for (guint i = 0; candidates[r][i].family != NULL; i++)
      if (!g_hash_table_contains (installed, candidates[r][i].family) &&
          family_installed (candidates[r][i].family))
        g_hash_table_add (installed, (gpointer) candidates[r][i].family);

  return installed;
}

static FyFontSet *
resolve_fonts (const char * const *families)
{
  FyFontSet *self = g_new0 (FyFontSet, 1);
  g_autoptr(GHashTable) installed = NULL;

  g_atomic_ref_count_init (&self->ref_count);
  fy_fonts_ensure_folders ();
  installed = list_installed_candidates ();

  for (guint r = 0; r < FY_FONT_N_ROLES; r++)
    {
      const Candidate *list = candidates[r];
      FyFontChoice *choice = &self->choices[r];

      choice->role = r;
      choice->wanted = list[0].family;
      choice->scale = 1.0;

      if (families != NULL && families[r] != NULL && *families[r] != '\0' &&
          family_installed (families[r]))
        {
          self->overrides[r] = g_strdup (families[r]);
          choice->family = self->overrides[r];
          /* The user's own choice is not a substitution to warn about. */
          choice->source = FY_FONT_SOURCE_USER;
          for (guint i = 0; list[i].family != NULL; i++)
            if (strcmp (list[i].family, families[r]) == 0 && list[i].scale > 0)
              choice->scale = list[i].scale;
        }

      for (guint i = 0; choice->family == NULL && list[i].family != NULL; i++)
        {
          if (g_hash_table_contains (installed, list[i].family))
            {
              choice->family = list[i].family;
              choice->bold = list[i].bold;
              choice->substituted = list[i].fallback;
              choice->source = list[i].fallback ? FY_FONT_SOURCE_FALLBACK : FY_FONT_SOURCE_OFFICE;
              if (list[i].scale > 0)
                choice->scale = list[i].scale;
            }
        }

      if (choice->family == NULL)
        {
          /* Let fontconfig pick any face that has Chinese in it. */
          choice->family = "serif";
          choice->substituted = TRUE;
          choice->source = FY_FONT_SOURCE_ANY;
        }

      self->families[r] = build_family_list (r, choice->family, installed);
      choice->families = self->families[r];
      choice->marks_family = find_marks_family (list, choice->family, installed);
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
 * Resolves every role against the installed fonts (and Fayan's own font
 * folders), ignoring the user's choices.  The result is shared until a
 * font is added with fy_fonts_add_file().
 *
 * Returns: (transfer full): the resolved font set
 */
FyFontSet *
fy_font_set_new_automatic (void)
{
  FyFontSet *set;

  g_mutex_lock (&automatic_mutex);
  if (automatic_set == NULL)
    automatic_set = resolve_fonts (NULL);
  set = fy_font_set_ref (automatic_set);
  g_mutex_unlock (&automatic_mutex);

  return set;
}

/**
 * fy_font_set_new_with_families:
 * @families: (nullable) (array fixed-size=5): per #FyFontRole, the family
 *   the user chose, or %NULL or "" for the automatic choice
 *
 * Resolves every role, taking the user's family where it is installed; a
 * family that is not installed is ignored (the role stays automatic), so
 * that a preference made on another machine never blanks the page.
 *
 * Returns: (transfer full): the resolved font set
 */
FyFontSet *
fy_font_set_new_with_families (const char * const *families)
{
  gboolean any = FALSE;

  for (guint r = 0; families != NULL && r < FY_FONT_N_ROLES; r++)
    any |= families[r] != NULL && *families[r] != '\0';

  if (!any)
    return fy_font_set_new_automatic ();

  return resolve_fonts (families);
}

/**
 * fy_font_set_new:
 *
 * The same as fy_font_set_new_automatic(); the user's choices live in
 * #FyEnvironment.
 *
 * Returns: (transfer full): the resolved font set
 */
FyFontSet *
fy_font_set_new (void)
{
  return fy_font_set_new_automatic ();
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
        {
          g_free (self->overrides[r]);
          g_free (self->families[r]);
        }
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

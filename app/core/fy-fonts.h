/* fy-fonts.h — font roles (小标宋, 仿宋, 黑体, 楷体, 宋体) resolved through fontconfig
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * FyFontRole:
 *
 * The faces Chinese offices name in their house styles.  Each role has a
 * preference list (the faces offices really install first, then the
 * Debian fallbacks); see fy_font_role_get_preferences().
 */
typedef enum
{
  FY_FONT_ROLE_XIAOBIAOSONG,
  FY_FONT_ROLE_FANGSONG,
  FY_FONT_ROLE_HEITI,
  FY_FONT_ROLE_KAITI,
  FY_FONT_ROLE_SONGTI,
} FyFontRole;

#define FY_FONT_N_ROLES (FY_FONT_ROLE_SONGTI + 1)

const char          *fy_font_role_to_string       (FyFontRole    role);
const char          *fy_font_role_to_id           (FyFontRole    role);
gboolean             fy_font_role_from_string     (const char   *str,
                                                   FyFontRole   *role);
const char * const  *fy_font_role_get_preferences (FyFontRole    role);

/**
 * FyFontSource:
 * @FY_FONT_SOURCE_OFFICE: one of the office faces is installed
 * @FY_FONT_SOURCE_FALLBACK: a free face of the same style stands in
 * @FY_FONT_SOURCE_USER: the user chose the face
 * @FY_FONT_SOURCE_ANY: no face of the role's style: whatever fontconfig gives
 *
 * Why a role uses its face.
 */
typedef enum
{
  FY_FONT_SOURCE_OFFICE,
  FY_FONT_SOURCE_FALLBACK,
  FY_FONT_SOURCE_USER,
  FY_FONT_SOURCE_ANY,
} FyFontSource;

/**
 * FyFontChoice:
 * @role: the role
 * @wanted: the face the house style asks for (first of the preferences)
 * @family: the installed family that will be used
 * @bold: whether @family is used in its bold weight (小标宋 → Noto Serif CJK Bold)
 * @substituted: %TRUE when @family is a fallback, not one of the office faces
 * @families: @family, then the role's other installed faces, nearest style
 *   first, comma-separated: a Pango family list for characters @family lacks
 * @scale: size correction for @family (1.0: none), so that a face with
 *   small ink looks the body's size
 * @source: why @family is used
 * @marks_family: (nullable): the installed face @family's full-width marks
 *   are drawn from where @family's are hairlines (FandolHei), or %NULL
 *
 * How one role was resolved.
 */
typedef struct
{
  FyFontRole    role;
  const char   *wanted;
  const char   *family;
  gboolean      bold;
  gboolean      substituted;
  const char   *families;
  double        scale;
  FyFontSource  source;
  const char   *marks_family;
} FyFontChoice;

typedef struct _FyFontSet FyFontSet;

#define FY_TYPE_FONT_SET (fy_font_set_get_type ())

GType               fy_font_set_get_type         (void) G_GNUC_CONST;

/* Resolves every role against the fonts installed now (fontconfig).
 * Thread-safe; the result is immutable. */
FyFontSet          *fy_font_set_new              (void);
FyFontSet          *fy_font_set_ref              (FyFontSet   *self);
void                fy_font_set_unref            (FyFontSet   *self);

const FyFontChoice *fy_font_set_get_choice       (FyFontSet   *self,
                                                  FyFontRole   role);

FyFontSet          *fy_font_set_new_with_families (const char * const *families);

/* Fayan's own font folders (the Fandol faces of texlive-lang-chinese),
 * added to the current fontconfig configuration; font files added at run
 * time (Preferences → Fonts → Add font file…). */
char              **fy_fonts_dup_private_folders (void);
gboolean            fy_fonts_ensure_folders      (void);
gboolean            fy_fonts_add_file            (const char  *path,
                                                  GError     **error);

/* The automatic choice (fy_font_set_new() is the same); the user's
 * choices: fy_font_set_new_with_families(), made by FyEnvironment. */
FyFontSet          *fy_font_set_new_automatic    (void);
/* The proportional face for Latin letters and digits (Times New Roman
 * style), or %NULL when none is installed: the role's own face is used. */
const char         *fy_font_set_get_latin_family (FyFontSet   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyFontSet, fy_font_set_unref)

G_END_DECLS

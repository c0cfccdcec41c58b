/* fy-file-name.c — the one sanitiser for file names Fayan makes up
 *
 * Every file name Fayan proposes or writes without the user typing it
 * (the export dialog's default names, `fayan-cli fill`'s one file per
 * CSV row) passes through fy_file_name_make_safe(), so a title or a CSV
 * value can never name a hidden file, climb out of a folder, reverse the
 * text on screen (bidi overrides) or give a name Windows refuses.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-file-name"

#include "config.h"

#include <string.h>

#include "fy-file-name.h"

/* Not allowed on Windows shares (where such files often end up). */
#define FORBIDDEN_ASCII "/\\:*?\"<>|"

static gboolean
is_dropped (gunichar c)
{
  /* Invisible characters: bidi embeddings, overrides and isolates, zero
   * widths, the byte order mark, soft hyphens, tag characters … (all
   * "format" characters), and non-characters. */
  switch (g_unichar_type (c))
    {
    case G_UNICODE_FORMAT:
    case G_UNICODE_UNASSIGNED:
    case G_UNICODE_PRIVATE_USE:
    case G_UNICODE_SURROGATE:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_trimmed (char c)
{
  /* A name may not start with a dot (hidden) and Windows drops trailing
   * dots and spaces; '_' only stands for characters that were replaced. */
  return c == ' ' || c == '.' || c == '_';
}

#define IDEOGRAPHIC_SPACE      0x3000
#define IDEOGRAPHIC_SPACE_UTF8 "\u3000"

/* Whether the run of white space at @p is full-width spaces only. */
static gboolean
only_ideographic_spaces (const char *p)
{
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        return TRUE;
      if (c != IDEOGRAPHIC_SPACE)
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_reserved_on_windows (const char *name)
{
  static const char *const reserved[] = { "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$" };
  gsize stem = strcspn (name, ".");

  /* "CON", "con.txt", "COM1.tar.gz": the part before the first dot. */
  for (guint i = 0; i < G_N_ELEMENTS (reserved); i++)
    if (stem == strlen (reserved[i]) && g_ascii_strncasecmp (name, reserved[i], stem) == 0)
      return TRUE;

  if (stem == 4 && (g_ascii_strncasecmp (name, "COM", 3) == 0 ||
                    g_ascii_strncasecmp (name, "LPT", 3) == 0))
    return name[3] >= '0' && name[3] <= '9';

  return FALSE;
}

/**
 * fy_file_name_make_safe:
 * @text: (nullable): a title, a speaker's name, any text (UTF-8; invalid
 *   bytes are replaced)
 * @max_chars: the most characters to keep, 0 for no limit other than
 *   %FY_FILE_NAME_MAX_STEM_BYTES
 *
 * Turns @text into a file name stem (the caller appends its own suffix):
 * control and format characters (bidi overrides, zero widths) are
 * dropped; `/ \ : * ? " < > |` become `_`; runs of white space become one
 * space, but full-width spaces between characters (张　伟) stay as typed;
 * leading and trailing spaces, dots and underscores go (no hidden
 * files, nothing Windows trims); a name Windows reserves (CON, NUL, COM1,
 * LPT9 …) gets a `_` after that part; the result is cut at @max_chars
 * characters and at %FY_FILE_NAME_MAX_STEM_BYTES bytes, never inside a
 * character.  "." and ".." cannot result.
 *
 * Returns: (transfer full): the stem, possibly empty: the caller then
 *   chooses a fallback such as "Speech" or "line-3"
 */
char *
fy_file_name_make_safe (const char *text,
                        guint       max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autoptr(GString) name = g_string_new (NULL);
  guint n_chars = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char utf8[8];
      int len;

      /* 张　伟: a name padded with full-width spaces, as 署名 and lists
       * write it, keeps them (the file is found under the name as
       * written); other white space is one space. */
      if (c == IDEOGRAPHIC_SPACE && only_ideographic_spaces (p))
        {
          if (name->len == 0)
            continue;
        }
      else if (g_unichar_isspace (c))
        c = ' ';
      else if (c < 0x20 || g_unichar_iscntrl (c))
        c = '_';
      else if (c < 0x80 && strchr (FORBIDDEN_ASCII, (int) c) != NULL)
        c = '_';
      else if (is_dropped (c))
        continue;

      if (c == ' ' && name->len > 0 && name->str[name->len - 1] == ' ')
        continue;
      /* Nothing trimmable at the start. */
      if (name->len == 0 && c < 0x80 && is_trimmed ((char) c))
        continue;

      len = g_unichar_to_utf8 (c, utf8);
      if ((max_chars > 0 && n_chars >= max_chars) ||
          name->len + len > FY_FILE_NAME_MAX_STEM_BYTES)
        break;
      g_string_append_len (name, utf8, len);
      n_chars++;
    }

  for (;;)
    {
      if (name->len > 0 && is_trimmed (name->str[name->len - 1]))
        g_string_truncate (name, name->len - 1);
      else if (g_str_has_suffix (name->str, IDEOGRAPHIC_SPACE_UTF8))
        g_string_truncate (name, name->len - strlen (IDEOGRAPHIC_SPACE_UTF8));
      else
        break;
    }

  /* "CON.txt" → "CON_.txt": Windows looks at the part before the dot. */
  if (is_reserved_on_windows (name->str))
    g_string_insert_c (name, strcspn (name->str, "."), '_');

  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * fy_file_dup_display_name:
 * @file: a file
 *
 * The name of @file as a person reads it, for dialog text, titles, menus
 * and the names of recorded versions: valid UTF-8 whatever the bytes on
 * disk (a name written by an older system in Latin-1 or GBK shows its
 * stray bytes as U+FFFD), where g_file_get_basename() gives the bytes.
 * Not for making another file's name from it.
 *
 * Returns: (transfer full) (nullable): the name, %NULL for a file with
 *   none (the root)
 */
char *
fy_file_dup_display_name (GFile *file)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  return basename != NULL ? g_filename_display_name (basename) : NULL;
}

/**
 * fy_file_dup_display_folder:
 * @file: a file
 *
 * The folder @file is in, as a person reads it, beside
 * fy_file_dup_display_name(): a local folder as a path in valid UTF-8
 * (stray bytes as U+FFFD, where g_file_get_parse_name() made it a
 * “file:///…%E9” address), another as its address.  Nothing is asked of
 * the disk: the folder may be gone.
 *
 * Returns: (transfer full) (nullable): the folder, %NULL for a file with
 *   none (the root)
 */
char *
fy_file_dup_display_folder (GFile *file)
{
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  parent = g_file_get_parent (file);
  if (parent == NULL)
    return NULL;
  if (g_file_peek_path (parent) != NULL)
    return g_filename_display_name (g_file_peek_path (parent));

  return g_file_get_parse_name (parent);
}

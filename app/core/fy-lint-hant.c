/* fy-lint-hant.c — traditional characters in a simplified document
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <unicode/utrans.h>

#include "fy-lint-private.h"

/*
 * Text copied from a Hong Kong or Taiwan site, or typed with a
 * traditional input method, mixes 發展 into 发展.  Each traditional
 * character is found through ICU's Traditional→Simplified transliterator
 * (Hant-Hans) and offered its simplified form; the fix is never applied
 * by "Fix all", since the mapping is one to one per character and some
 * characters (乾, 後, 著) depend on the word: a person reviews each.
 * 著, 藉, 瞭 and 乾 are simplified characters as well (显著, 慰藉): they
 * are only flagged in a paragraph that has other traditional ones.
 */

static UTransliterator *
get_transliterator (void)
{
  static gsize once;
  static UTransliterator *trans;

  if (g_once_init_enter (&once))
    {
      UErrorCode status = U_ZERO_ERROR;
      UChar id[] = { 'H', 'a', 'n', 't', '-', 'H', 'a', 'n', 's', 0 };

      trans = utrans_openU (id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
      if (U_FAILURE (status))
        {
          g_warning ("ICU has no Hant-Hans transliterator: %s", u_errorName (status));
          trans = NULL;
        }
      g_once_init_leave (&once, 1);
    }

  return trans;
}

/* The simplified form of @c, or 0 if @c is no traditional character. */
static gunichar
simplified_of (gunichar c)
{
  static GMutex mutex;
  UTransliterator *trans = get_transliterator ();
  UChar buffer[8];
  int32_t length, limit;
  UErrorCode status = U_ZERO_ERROR;
  gunichar result = 0;

  if (trans == NULL || c > 0xFFFF)
    return 0;

  buffer[0] = (UChar)c;
  length = limit = 1;
  g_mutex_lock (&mutex);
  utrans_transUChars (trans, buffer, &length, G_N_ELEMENTS (buffer), 0, &limit, &status);
  g_mutex_unlock (&mutex);

  if (U_SUCCESS (status) && length == 1 && buffer[0] != (UChar)c)
    result = buffer[0];

  return result;
}

/* Characters of the simplified standard (通用规范汉字表) that ICU still
 * maps, one character at a time, to another: 显著 and 著力 (not 显着),
 * 慰藉, 瞭望, 乾坤, 与生俱来 and 俱乐部 (not 具).  Alone in simplified
 * text they are that standard's own characters; beside other traditional
 * ones they may be traditional too. */
static gboolean
is_also_simplified (gunichar c)
{
  return c == 0x8457 /* 著 */ || c == 0x85C9 /* 藉 */ || c == 0x77AD /* 瞭 */ || c == 0x4E7E /* 乾 */ ||
         c == 0x4FF1 /* 俱 */;
}

/**
 * fy_lint_check_traditional:
 * @u: a unit
 *
 * Flags each traditional character with its simplified form as an
 * offered fix, unless the paragraph is written in traditional characters
 * (more than three in ten of its Han characters).
 */
void
fy_lint_check_traditional (Unit *u)
{
  g_autofree gunichar *simple_of = g_new0 (gunichar, u->n + 1);
  gsize n_han = 0, n_traditional = 0, n_plain = 0;

  for (gsize i = 0; i < u->n; i++)
    if (u->mask[i] == MASK_NONE && fy_lint_char_is_han (u->chars[i]))
      {
        n_han++;
        simple_of[i] = simplified_of (u->chars[i]);
        n_traditional += simple_of[i] != 0;
        n_plain += simple_of[i] != 0 && !is_also_simplified (u->chars[i]);
      }

  /* A paragraph written in traditional characters on purpose (a quotation,
   * a name list from Hong Kong) is not mixed text. */
  if (n_traditional * 10 > n_han * 3)
    return;
  /* 显著 in simplified text is not mixed text either */
  if (n_plain == 0)
    return;

  for (gsize i = 0; i < u->n; i++)
    {
      gunichar simple;
      g_autofree char *fix = NULL;
      g_autofree char *original = NULL;

      simple = simple_of[i];
      if (simple == 0)
        continue;

      fix = g_ucs4_to_utf8 (&simple, 1, NULL, NULL, NULL);
      original = g_ucs4_to_utf8 (&u->chars[i], 1, NULL, NULL, NULL);
      fy_lint_unit_add (u, FY_LINT_KIND_TRADITIONAL_CHARACTER, FY_LINT_SEVERITY_WARNING, i, i + 1, fix, FALSE,
                        g_strdup_printf (_("“%1$s” is a traditional character in simplified text; "
                                           "the simplified form is “%2$s” (check the word before you replace it)."),
                                         original, fix));
    }
}

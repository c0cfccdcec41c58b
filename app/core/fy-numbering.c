/* fy-numbering.c — Chinese heading numbers and numerals
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-numbering"

#include "config.h"

#include <string.h>

#include "fy-import-private.h"
#include "fy-numbering.h"
#include "fy-web-text-private.h"

/*
 * Headings in official documents are numbered 一、 → （一） → 1. → （1）
 * (GB/T 9704 §7.3.3).  The engine numbers them; import strips numbers that
 * pasted text already carries so that they are not printed twice.
 */

G_DEFINE_ENUM_TYPE (FyNumberingMode, fy_numbering_mode,
                    G_DEFINE_ENUM_VALUE (FY_NUMBERING_AUTO, "auto"),
                    G_DEFINE_ENUM_VALUE (FY_NUMBERING_AS_WRITTEN, "as-written"))

static const char * const digits[] = {
  "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九",
};

/**
 * fy_numbering_chinese_numeral:
 * @n: a number from 1 to 9999
 *
 * Returns: (transfer full): @n written the way headings count:
 *   一, 十, 十一, 二十, 一百零五 …
 */
char *
fy_numbering_chinese_numeral (guint n)
{
  static const char * const units[] = { "", "十", "百", "千" };
  GString *str;
  gboolean pending_zero = FALSE;
  int place;

  g_return_val_if_fail (n >= 1 && n <= 9999, g_strdup_printf ("%u", n));

  str = g_string_new (NULL);
  for (place = 3; place >= 0; place--)
    {
      guint divisor = place == 3 ? 1000 : place == 2 ? 100 : place == 1 ? 10 : 1;
      guint digit = (n / divisor) % 10;

      if (digit == 0)
        {
          if (str->len > 0)
            pending_zero = TRUE;
          continue;
        }

      if (pending_zero)
        {
          /* Counting numerals write an inner zero as 零 (一百零五). */
          g_string_append (str, "零");
          pending_zero = FALSE;
        }

      /* 十一, not 一十一, when the number starts in the tens. */
      if (!(place == 1 && digit == 1 && str->len == 0))
        g_string_append (str, digits[digit]);
      g_string_append (str, units[place]);
    }

  return g_string_free (str, FALSE);
}

/**
 * fy_numbering_format_heading:
 * @level: 1–4
 * @n: the number of the heading among its siblings, from 1
 *
 * Returns: (transfer full): the prefix: "一、", "（一）", "1." or "（1）"
 */
char *
fy_numbering_format_heading (guint level,
                             guint n)
{
  g_autofree char *numeral = NULL;

  g_return_val_if_fail (level >= 1 && level <= 4, NULL);
  g_return_val_if_fail (n >= 1, NULL);

  switch (level)
    {
    case 1:
      numeral = fy_numbering_chinese_numeral (n);
      return g_strconcat (numeral, "、", NULL);

    case 2:
      numeral = fy_numbering_chinese_numeral (n);
      return g_strconcat ("（", numeral, "）", NULL);

    case 3:
      return g_strdup_printf ("%u.", n);

    default:
      return g_strdup_printf ("（%u）", n);
    }
}

/* Reads a Chinese numeral (一 … 九十九) at @p; returns its end or NULL. */
static const char *
parse_chinese_numeral (const char *p,
                       guint      *value)
{
  guint total = 0;
  guint current = 0;
  gboolean any = FALSE;

  for (;;)
    {
      guint d = G_MAXUINT;

      for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
        {
          if (g_str_has_prefix (p, digits[i]))
            {
              d = i;
              break;
            }
        }

      if (d != G_MAXUINT)
        {
          current = d;
          p += strlen (digits[d]);
          any = TRUE;
          continue;
        }

      if (g_str_has_prefix (p, "十"))
        {
          total += (any && current == 0 ? 0 : (current == 0 ? 1 : current)) * 10;
          current = 0;
          p += strlen ("十");
          any = TRUE;
          continue;
        }

      break;
    }

  if (!any)
    return NULL;

  *value = total + current;
  return *value > 0 ? p : NULL;
}

static const char *
parse_arabic (const char *p,
              guint      *value)
{
  guint v = 0;
  const char *start = p;

  while (g_ascii_isdigit (*p) && p - start < 4)
    v = v * 10 + (*p++ - '0');

  if (p == start || g_ascii_isdigit (*p))
    return NULL;

  *value = v;
  return v > 0 ? p : NULL;
}

static const char *
skip_prefix (const char  *p,
             const char  *const *choices)
{
  for (; *choices; choices++)
    if (g_str_has_prefix (p, *choices))
      return p + strlen (*choices);

  return NULL;
}

/* Reads the ordinal at the start of @text (after spaces): its level,
 * its number and where what follows it (and any spaces) starts. */
static gboolean
parse_ordinal (const char  *text,
               guint       *level,
               guint       *number,
               const char **rest)
{
  static const char * const open[] = { "（", "(", NULL };
  static const char * const close[] = { "）", ")", NULL };
  static const char * const comma[] = { "、", NULL };
  static const char * const point[] = { ".", "．", "、", NULL };
  const char *p;
  const char *q;
  guint n = 0;
  guint lv;

  while (*text == ' ' || *text == '\t')
    text++;

  if ((p = skip_prefix (text, open)) != NULL)
    {
      if ((q = parse_chinese_numeral (p, &n)) != NULL)
        lv = 2;
      else if ((q = parse_arabic (p, &n)) != NULL)
        lv = 4;
      else
        return FALSE;

      if ((q = skip_prefix (q, close)) == NULL)
        return FALSE;
    }
  else if ((q = parse_chinese_numeral (text, &n)) != NULL)
    {
      lv = 1;
      if ((q = skip_prefix (q, comma)) == NULL)
        return FALSE;
    }
  else if ((q = parse_arabic (text, &n)) != NULL)
    {
      lv = 3;
      if ((q = skip_prefix (q, point)) == NULL)
        return FALSE;
      /* "2.5" is a number, not a heading; "2.2027年度工作要点" is one. */
      if (g_ascii_isdigit (*q) && !fy_numbering_opens_with_year (q))
        return FALSE;
    }
  else
    return FALSE;

  while (*q == ' ' || *q == '\t' || g_str_has_prefix (q, "　"))
    q += (*q == ' ' || *q == '\t') ? 1 : strlen ("　");


  *level = lv;
  *number = n;
  *rest = q;
  return TRUE;
}

/**
 * fy_numbering_opens_with_year:
 * @text: what follows an ordinal such as "2."
 *
 * A year after "2." makes it an ordinal, not the decimal 2.2027: items
 * and attachments are often named by their year ("2.2027年度工作要点").
 *
 * Returns: %TRUE if @text starts with a year of four digits and 年
 */
gboolean
fy_numbering_opens_with_year (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; i < 4; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return (g_str_has_prefix (text, "19") || g_str_has_prefix (text, "20")) &&
         g_str_has_prefix (text + 4, "年");
}

/**
 * fy_numbering_parse_ordinal:
 * @ordinal: an ordinal alone, as an import took it from a heading
 *   (一、 （一） 1. （1）), spaces around it allowed
 * @level: (out): the heading level it stands for
 * @number: (out): its number
 *
 * Returns: %TRUE if @ordinal is one ordinal and nothing else
 */
gboolean
fy_numbering_parse_ordinal (const char *ordinal,
                            guint      *level,
                            guint      *number)
{
  const char *rest;

  g_return_val_if_fail (ordinal != NULL, FALSE);
  g_return_val_if_fail (level != NULL && number != NULL, FALSE);

  return parse_ordinal (ordinal, level, number, &rest) && *rest == '\0';
}

/**
 * fy_numbering_strip_prefix:
 * @text: a line of text
 * @level: (out): the heading level the prefix stands for
 * @number: (out): its number
 * @rest: (out): where the text after the prefix (and any spaces) starts
 *
 * Recognises the numbering that text pasted from WPS, Word or web pages
 * carries: 一、 （一） 1. 1． 1、 （1）, with half- or full-width
 * brackets.  An ordinal with no text after it is no heading.
 *
 * Returns: %TRUE if @text starts with a heading number
 */
gboolean
fy_numbering_strip_prefix (const char  *text,
                           guint       *level,
                           guint       *number,
                           const char **rest)
{
  guint lv, n;
  const char *q;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!parse_ordinal (text, &lv, &n, &q) || *q == '\0')
    return FALSE;

  if (level)
    *level = lv;
  if (number)
    *number = n;
  if (rest)
    *rest = q;

  return TRUE;
}

static const char *
skip_spaces (const char *p)
{
  for (;;)
    {
      if (*p == ' ' || *p == '\t')
        p++;
      else if (g_str_has_prefix (p, "　"))
        p += strlen ("　");
      else
        return p;
    }
}

static gboolean
is_enclosed_number (gunichar c)
{
  return (c >= 0x2460 && c <= 0x249B) ||   /* ①–⒛: circled, ⑴, ⒈ */
         (c >= 0x3251 && c <= 0x325F) ||   /* ㉑–㉟ */
         (c >= 0x3220 && c <= 0x3229);     /* ㈠–㈩ */
}

static gboolean
is_roman_numeral (gunichar c)
{
  return c >= 0x2160 && c <= 0x217F;
}

/* Longest caption of a list: a title's length. */
#define LIST_CAPTION_MAX_CHARS 40

/**
 * fy_numbering_names_list:
 * @text: the text of a heading or a body line
 *
 * Whether @text names a list, as a list's caption does: it ends in 名单
 * (a note in brackets after it aside: 先进个人名单（12名）), is no longer
 * than a title and holds no sentence mark.
 *
 * Returns: %TRUE if @text names a list
 */
gboolean
fy_numbering_names_list (const char *text)
{
  g_autofree char *bare = NULL;
  char *open;

  g_return_val_if_fail (text != NULL, FALSE);

  if (g_utf8_strlen (text, -1) > LIST_CAPTION_MAX_CHARS)
    return FALSE;
  bare = g_strdup (text);
  if (g_str_has_suffix (bare, "）") && (open = g_strrstr (bare, "（")) != NULL)
    *open = '\0';
  for (const char *p = bare; *p; p = g_utf8_next_char (p))
    if (g_utf8_strchr ("。，；：！？", -1, g_utf8_get_char (p)) != NULL)
      return FALSE;
  return g_str_has_suffix (bare, "名单");
}

/**
 * fy_numbering_is_list_caption:
 * @text: the text of a heading or a body line
 * @next: the text of the paragraph under it
 *
 * Whether @text is the caption of a list of names, the one test the
 * import, the numbering (fy_document_get_printed_numbering()) and the
 * engine's caption style share: @text names a list
 * (fy_numbering_names_list()) with no ordinal of its own, and @next is
 * a row of names, set apart by ideographic spaces
 * (fy_web_text_is_name_line(): 王建军　李芳) or three at least however
 * spaced (fy_import_lists_names(): 王建军  李　芳  张德明).
 *
 * Returns: %TRUE if @text captions the list @next begins
 */
gboolean
fy_numbering_is_list_caption (const char *text,
                              const char *next)
{
  g_return_val_if_fail (text != NULL && next != NULL, FALSE);

  return fy_numbering_names_list (text) && !fy_numbering_has_own_ordinal (text, NULL) &&
         (fy_web_text_is_name_line (next) || fy_import_lists_names (next));
}

/**
 * fy_numbering_has_own_ordinal:
 * @text: the text of a heading
 * @rest: (out) (optional): where the text after the ordinal starts
 *
 * Recognises a heading that carries its own ordinal, which is then
 * printed as written, never with a second number before it: the
 * numbers fy_numbering_strip_prefix() knows, circled and Roman numbers,
 * lead words such as 一要 一是 一方面 首先 其次, and 第一 第二章 第三节
 * 第四条 第五部分.
 *
 * Returns: %TRUE if @text starts with an ordinal of its own
 */
gboolean
fy_numbering_has_own_ordinal (const char  *text,
                              const char **rest)
{
  static const char * const after_di[] = {
    "章", "节", "条", "部分", "篇", "编", "款", "项", "点", "方面", "是",
    "，", "、", "：", ",", ":", "　", " ", ".", "．", NULL,
  };
  static const char * const lead_words[] = { "要", "是", "则", "来", "方面", NULL };
  static const char * const not_lead[] = { "要素", "要点", "是否", "是非", "来源", "来自", NULL };
  static const char * const sequence_words[] = {
    "首先", "其次", "再次", "另一方面", "其一", "其二", "其三", "其四", "其五", NULL,
  };
  static const char * const pause[] = { "，", "、", "：", ",", ":", NULL };
  const char *p;
  const char *q;
  guint n = 0;
  gunichar c;

  g_return_val_if_fail (text != NULL, FALSE);

  p = skip_spaces (text);
  if (fy_numbering_strip_prefix (p, NULL, NULL, &q))
    goto found;

  c = g_utf8_get_char (p);
  if (is_enclosed_number (c))
    {
      q = g_utf8_next_char (p);
      goto found;
    }
  if (is_roman_numeral (c))
    {
      q = g_utf8_next_char (p);
      while (is_roman_numeral (g_utf8_get_char (q)))
        q = g_utf8_next_char (q);
      if ((p = skip_prefix (q, (const char * const[]) { "、", ".", "．", " ", "　", NULL })) == NULL)
        return FALSE;
      q = p;
      goto found;
    }

  if ((q = skip_prefix (p, sequence_words)) != NULL)
    goto found;
  if (g_str_has_prefix (p, "最后") &&
      (q = skip_prefix (p + strlen ("最后"), pause)) != NULL)
    goto found;

  if (g_str_has_prefix (p, "第"))
    {
      const char *num = p + strlen ("第");

      if ((q = parse_chinese_numeral (num, &n)) == NULL &&
          (q = parse_arabic (num, &n)) == NULL)
        return FALSE;
      if (skip_prefix (q, after_di) == NULL)
        return FALSE;
      goto found;
    }

  if ((q = parse_chinese_numeral (p, &n)) != NULL && n <= 99)
    {
      for (const char * const *w = not_lead; *w; w++)
        if (g_str_has_prefix (q, *w))
          return FALSE;
      if (skip_prefix (q, lead_words) == NULL)
        return FALSE;
      /* 一要 and 一是 lead their sentence: the heading is the point. */
      goto found;
    }

  return FALSE;

found:
  if (rest)
    *rest = skip_spaces (q);
  return TRUE;
}

/**
 * fy_numbering_looks_numbered:
 * @text: the text of a heading
 * @rest: (out) (optional): where the text after the number starts
 *
 * Like fy_numbering_has_own_ordinal(), and also true for numbers the
 * engine does not take for an ordinal: "1.1 总体要求", "一 总体要求",
 * "A. 背景".  A heading that looks numbered but has no ordinal of its own
 * would show two numbers when the engine numbers it.
 *
 * Returns: %TRUE if @text starts with something that reads as a number
 */
gboolean
fy_numbering_looks_numbered (const char  *text,
                             const char **rest)
{
  static const char * const separators[] = {
    " ", "　", ".", "．", "、", ")", "）", "-", "—", "，", ",", "：", ":", NULL,
  };
  static const char * const percent[] = { "%", "％", NULL };
  const char *p;
  const char *q;
  guint n = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  if (fy_numbering_has_own_ordinal (text, rest))
    return TRUE;

  p = skip_spaces (text);
  q = p;
  if (g_ascii_isdigit (*q))
    {
      gboolean dotted = FALSE;

      while (g_ascii_isdigit (*q) || (*q == '.' && g_ascii_isdigit (q[1])))
        dotted |= *q++ == '.';
      if (!dotted && skip_prefix (q, separators) == NULL)
        return FALSE;
      /* "2027 年工作打算", "95 %以上": a year or a share, a PDF's copy
       * spacing it off its unit, is no number of the heading.  Only
       * these: a counter is also the first character of a word
       * ("2 人才队伍建设", "3 项目建设" are numbered by hand). */
      if (!dotted && ((q - p == 4 && g_str_has_prefix (skip_spaces (q), "年")) ||
                      skip_prefix (skip_spaces (q), percent) != NULL))
        return FALSE;
    }
  else if (g_ascii_isalpha (*q) && !g_ascii_isalpha (q[1]))
    {
      q++;
      if (skip_prefix (q, (const char * const[]) { ".", "．", "、", ")", "）", NULL }) == NULL)
        return FALSE;
    }
  else if ((q = parse_chinese_numeral (p, &n)) != NULL)
    {
      if (skip_prefix (q, separators) == NULL)
        return FALSE;
    }
  else
    return FALSE;

  if ((p = skip_prefix (q, separators)) != NULL)
    q = p;
  if (*skip_spaces (q) == '\0')
    return FALSE;
  if (rest)
    *rest = skip_spaces (q);
  return TRUE;
}

/**
 * fy_numbering_mode_to_string:
 * @mode: a #FyNumberingMode
 *
 * Returns: the name used in files and on the command line:
 *   "auto" or "as-written"
 */
const char *
fy_numbering_mode_to_string (FyNumberingMode mode)
{
  return mode == FY_NUMBERING_AS_WRITTEN ? "as-written" : "auto";
}

/**
 * fy_numbering_mode_from_string:
 * @str: "auto" or "as-written"
 * @mode: (out): the mode
 *
 * Returns: %TRUE if @str names a mode
 */
gboolean
fy_numbering_mode_from_string (const char      *str,
                               FyNumberingMode *mode)
{
  g_return_val_if_fail (mode != NULL, FALSE);

  if (g_strcmp0 (str, "auto") == 0)
    *mode = FY_NUMBERING_AUTO;
  else if (g_strcmp0 (str, "as-written") == 0)
    *mode = FY_NUMBERING_AS_WRITTEN;
  else
    return FALSE;

  return TRUE;
}

/**
 * fy_heading_counter_init:
 * @counter: a #FyHeadingCounter
 * @mode: the document's numbering mode
 */
void
fy_heading_counter_init (FyHeadingCounter *counter,
                         FyNumberingMode   mode)
{
  g_return_if_fail (counter != NULL);

  memset (counter, 0, sizeof *counter);
  counter->mode = mode;
}

/**
 * fy_heading_counter_next:
 * @counter: a #FyHeadingCounter
 * @level: the heading's level, 1–4 (clamped)
 * @text: (nullable): the heading's text
 *
 * Counts the next heading.  A heading with an ordinal of its own counts
 * too; when its ordinal is one of the engine's (一、 at level 1), the
 * count continues from it, so "二、" written by hand is followed by an
 * automatic "三、".
 *
 * Returns: (transfer full) (nullable): the number to print before the
 *   heading, or %NULL when it prints as written
 */
char *
fy_heading_counter_next (FyHeadingCounter *counter,
                         guint             level,
                         const char       *text)
{
  guint written_level = 0, written = 0;
  gboolean own;

  g_return_val_if_fail (counter != NULL, NULL);

  level = CLAMP (level, 1, FY_HEADING_MAX_LEVEL);
  own = counter->mode == FY_NUMBERING_AS_WRITTEN ||
        (text != NULL && fy_numbering_has_own_ordinal (text, NULL));

  if (text != NULL && own &&
      fy_numbering_strip_prefix (text, &written_level, &written, NULL) &&
      written_level == level)
    counter->counters[level] = written;
  else
    counter->counters[level]++;
  for (guint l = level + 1; l <= FY_HEADING_MAX_LEVEL; l++)
    counter->counters[l] = 0;

  if (own)
    return NULL;

  return fy_numbering_format_heading (level, counter->counters[level]);
}

/* fy-numbering.c — Chinese heading numbers and numerals
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-numbering"

#include "config.h"

#include <string.h>

#include "fy-numbering.h"

/*
 * Headings in official documents are numbered 一、 → （一） → 1. → （1）
 * (GB/T 9704 §7.3.3).  The engine numbers them; import strips numbers that
 * pasted text already carries so that they are not printed twice.
 */

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

/**
 * fy_numbering_strip_prefix:
 * @text: a line of text
 * @level: (out): the heading level the prefix stands for
 * @number: (out): its number
 * @rest: (out): where the text after the prefix (and any spaces) starts
 *
 * Recognises the numbering that text pasted from WPS, Word or web pages
 * carries: 一、 （一） 1. 1． 1、 （1）, with half- or full-width
 * brackets.
 *
 * Returns: %TRUE if @text starts with a heading number
 */
gboolean
fy_numbering_strip_prefix (const char  *text,
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

  g_return_val_if_fail (text != NULL, FALSE);

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
      /* "2.5" is a number, not a heading. */
      if (g_ascii_isdigit (*q))
        return FALSE;
    }
  else
    return FALSE;

  while (*q == ' ' || *q == '\t' || g_str_has_prefix (q, "　"))
    q += (*q == ' ' || *q == '\t') ? 1 : strlen ("　");

  if (*q == '\0')
    return FALSE;

  if (level)
    *level = lv;
  if (number)
    *number = n;
  if (rest)
    *rest = q;

  return TRUE;
}

/* fy-date.c — the one reader and writer of dates as people type them
 *
 * Dates reach Fayan in a handful of forms: typed into a date field
 * (2026-12-05, 2026/12/5, 2026.12.5, 2026年12月05日), written on a
 * speech's date line (2026年12月5日, 二〇二六年十二月五日, sometimes in
 * brackets), or in full-width digits from an office suite.  Field
 * normalisation, the importer's date-line guess and the export dialog's
 * default file name all read them with fy_date_parse(), so the three
 * agree on what a date is.
 *
 * A date is the whole text (surrounding white space and one pair of
 * round brackets aside): "2026年12月5日上午" is not a date.  Years run
 * from 1900 to 9999 and the day must exist (2026-02-30 is refused).
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-date"

#include "config.h"

#include <string.h>

#include "fy-date.h"

static const char *
skip_space (const char *p)
{
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return p;
}

/* 0-9 for ASCII and full-width digits, -1 otherwise. */
static int
digit_value (gunichar c)
{
  if (c < 0x80 || (c >= 0xFF10 && c <= 0xFF19))
    return g_unichar_digit_value (c);

  return -1;
}

/* 0-9 for 〇 and 一 … 九 (and the circle and letter O people type for
 * 〇), -1 otherwise. */
static int
numeral_value (gunichar c)
{
  static const gunichar numerals[] = {
    0x3007 /* 〇 */, 0x4E00 /* 一 */, 0x4E8C /* 二 */, 0x4E09 /* 三 */,
    0x56DB /* 四 */, 0x4E94 /* 五 */, 0x516D /* 六 */, 0x4E03 /* 七 */,
    0x516B /* 八 */, 0x4E5D /* 九 */,
  };

  if (c == 0x96F6 /* 零 */ || c == 0x25CB /* ○ */ || c == 0xFF2F /* Ｏ */)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    if (numerals[i] == c)
      return (int) i;

  return -1;
}

/* Up to @max_digits digits, at least @min_digits. */
static gboolean
read_digits (const char **p,
             int          min_digits,
             int          max_digits,
             int         *value)
{
  int n = 0;

  *value = 0;
  while (n < max_digits && digit_value (g_utf8_get_char (*p)) >= 0)
    {
      *value = *value * 10 + digit_value (g_utf8_get_char (*p));
      *p = g_utf8_next_char (*p);
      n++;
    }

  return n >= min_digits && digit_value (g_utf8_get_char (*p)) < 0;
}

/* 二〇二六: one numeral per digit. */
static gboolean
read_numeral_year (const char **p,
                   int         *value)
{
  *value = 0;
  for (int n = 0; n < 4; n++)
    {
      int digit = numeral_value (g_utf8_get_char (*p));

      if (digit < 0)
        return FALSE;
      *value = *value * 10 + digit;
      *p = g_utf8_next_char (*p);
    }

  return numeral_value (g_utf8_get_char (*p)) < 0;
}

/* 五, 十, 十二, 二十, 三十一: 1 to 39. */
static gboolean
read_numeral_small (const char **p,
                    int         *value)
{
  int tens = 0;
  int units = numeral_value (g_utf8_get_char (*p));

  if (units > 0)
    *p = g_utf8_next_char (*p);
  else
    units = 0;

  if (g_utf8_get_char (*p) == 0x5341 /* 十 */)
    {
      tens = units > 0 ? units : 1;
      *p = g_utf8_next_char (*p);
      units = numeral_value (g_utf8_get_char (*p));
      if (units > 0)
        *p = g_utf8_next_char (*p);
      else
        units = 0;
    }

  *value = tens * 10 + units;

  return *value > 0 && tens < 4 && numeral_value (g_utf8_get_char (*p)) < 0;
}

/* Eats @c (after white space) if it is next. */
static gboolean
eat (const char **p,
     gunichar     c)
{
  const char *q = skip_space (*p);

  if (g_utf8_get_char (q) != c)
    return FALSE;
  *p = skip_space (g_utf8_next_char (q));

  return TRUE;
}

/* 2026年12月5日 or 二〇二六年十二月五日, from the year on. */
static gboolean
read_chinese (const char **p,
              FyDate      *date)
{
  const char *start = *p;

  if (read_digits (p, 4, 4, &date->year))
    {
      date->form = FY_DATE_FORM_DIGITS;
      return eat (p, 0x5E74 /* 年 */) &&
             read_digits (p, 1, 2, &date->month) && eat (p, 0x6708 /* 月 */) &&
             read_digits (p, 1, 2, &date->day) && eat (p, 0x65E5 /* 日 */);
    }

  *p = start;
  date->form = FY_DATE_FORM_NUMERALS;
  return read_numeral_year (p, &date->year) && eat (p, 0x5E74 /* 年 */) &&
         read_numeral_small (p, &date->month) && eat (p, 0x6708 /* 月 */) &&
         read_numeral_small (p, &date->day) && eat (p, 0x65E5 /* 日 */);
}

/* 2026-12-05, 2026/12/5 or 2026.12.5: the same separator twice. */
static gboolean
read_numeric (const char **p,
              FyDate      *date)
{
  gunichar separator;

  date->form = FY_DATE_FORM_NUMERIC;
  if (!read_digits (p, 4, 4, &date->year))
    return FALSE;

  *p = skip_space (*p);
  separator = g_utf8_get_char (*p);
  if (separator != '-' && separator != '/' && separator != '.')
    return FALSE;

  return eat (p, separator) && read_digits (p, 1, 2, &date->month) &&
         eat (p, separator) && read_digits (p, 1, 2, &date->day);
}

/**
 * fy_date_parse:
 * @text: a date as typed: 2026-12-05, 2026/12/5, 2026.12.5,
 *   2026年12月5日 (zero padding, full-width digits and spaces allowed),
 *   二〇二六年十二月五日, each possibly in round brackets
 * @date: (out) (optional): where to put the date
 *
 * Returns: whether @text is one of these forms (and nothing else) and
 *   names a day that exists, with a year from 1900 to 9999
 */
gboolean
fy_date_parse (const char *text,
               FyDate     *date)
{
  FyDate parsed = { 0 };
  const char *p;
  gunichar open = 0;

  if (text == NULL)
    return FALSE;

  p = skip_space (text);
  if (g_utf8_get_char (p) == '(' || g_utf8_get_char (p) == 0xFF08 /* （ */)
    {
      open = g_utf8_get_char (p);
      p = skip_space (g_utf8_next_char (p));
    }

  {
    const char *start = p;

    if (!read_chinese (&p, &parsed))
      {
        p = start;
        if (!read_numeric (&p, &parsed))
          return FALSE;
      }
  }

  p = skip_space (p);
  if (open != 0)
    {
      if (!eat (&p, open == '(' ? ')' : 0xFF09 /* ） */) &&
          !eat (&p, open == '(' ? 0xFF09 : ')'))
        return FALSE;
    }
  if (*p != '\0')
    return FALSE;

  if (parsed.year < 1900 ||
      !g_date_valid_dmy (parsed.day, parsed.month, parsed.year))
    return FALSE;

  if (date != NULL)
    *date = parsed;

  return TRUE;
}

/**
 * fy_date_to_string:
 * @date: a date
 *
 * Returns: (transfer full): @date as written in Chinese documents, in
 *   digits with no zero padding: 2026年1月5日
 */
char *
fy_date_to_string (const FyDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  return g_strdup_printf ("%d年%d月%d日", date->year, date->month, date->day);
}

/**
 * fy_date_format:
 * @date_time: a date
 *
 * Returns: (transfer full): @date_time's day as fy_date_to_string()
 *   writes it: 2026年1月5日
 */
char *
fy_date_format (GDateTime *date_time)
{
  FyDate date = { 0 };

  g_return_val_if_fail (date_time != NULL, NULL);

  date.year = g_date_time_get_year (date_time);
  date.month = g_date_time_get_month (date_time);
  date.day = g_date_time_get_day_of_month (date_time);

  return fy_date_to_string (&date);
}

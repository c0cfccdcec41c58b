/* fy-docx-numbers.c — (private) a list's number in the style Word prints it
 *
 * numbering.xml names the numeral system of each list level (w:numFmt,
 * ECMA-376 ST_NumberFormat): 一 二 三, 壹 贰 叁, 甲 乙 丙, ① ② ③, ⑴, ⒈,
 * full-width digits, Roman numerals … .  Word and WPS offer the Chinese
 * ones under several names (a Word file saved again by LibreOffice
 * Writer has taiwaneseCountingThousand for 一、二、 typed in Word as
 * chineseCounting), so each is written here as Word prints it.  Systems
 * no office in China uses (Korean, Japanese kana, Hebrew, Thai …) and the
 * numbers a series has no sign for (甲 … 癸 stop at ten) are written in
 * digits, and the caller names them in the import's warnings.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-docx"

#include "config.h"

#include <string.h>

#include "fy-docx-private.h"
#include "fy-numbering.h"

typedef enum
{
  KIND_DECIMAL,
  KIND_ZERO,          /* 01, 02 … 10 */
  KIND_FULL_WIDTH,    /* １ ２ ３ */
  KIND_COUNTING,      /* 一 … 十 十一 … 一百零五 */
  KIND_DIGITS,        /* 一 … 一〇 一一: digit by digit */
  KIND_LEGAL,         /* 壹 贰 … 壹拾 */
  KIND_LEGAL_HANT,    /* 壹 貳 … 壹拾 */
  KIND_SERIES,        /* the @series' signs in turn: 甲 乙 丙 */
  KIND_ZODIAC_YEARS,  /* 甲子 乙丑 …: a stem and a branch */
  KIND_ENCLOSED,      /* code points from @base on: ① ⑴ ⒈ ㊀ */
  KIND_UPPER_ROMAN,
  KIND_LOWER_ROMAN,
  KIND_UPPER_LETTER,  /* A … Z AA … */
  KIND_LOWER_LETTER,
  KIND_IN_DASH,       /* - 1 - */
  KIND_HEX,
  KIND_CHICAGO,       /* * † ‡ § ** */
  KIND_NONE,          /* no number: the level's text alone */
} Kind;

typedef struct
{
  const char *name;
  Kind        kind;
  gunichar    base;   /* KIND_ENCLOSED: the sign of 1 */
  int         max;    /* the last number it writes (a decimal one writes any) */
} Format;

static const char stems[] = "甲乙丙丁戊己庚辛壬癸";
static const char branches[] = "子丑寅卯辰巳午未申酉戌亥";

static const Format formats[] = {
  { "decimal", KIND_DECIMAL, 0, 0 },
  { "decimalHalfWidth", KIND_DECIMAL, 0, 0 },
  { "decimalZero", KIND_ZERO, 0, 0 },
  { "decimalFullWidth", KIND_FULL_WIDTH, 0, G_MAXINT },
  { "decimalFullWidth2", KIND_FULL_WIDTH, 0, G_MAXINT },
  { "chineseCounting", KIND_COUNTING, 0, 9999 },
  { "chineseCountingThousand", KIND_COUNTING, 0, 9999 },
  { "taiwaneseCounting", KIND_COUNTING, 0, 9999 },
  { "taiwaneseCountingThousand", KIND_COUNTING, 0, 9999 },
  { "japaneseCounting", KIND_COUNTING, 0, 9999 },
  { "ideographDigital", KIND_DIGITS, 0, G_MAXINT },
  { "taiwaneseDigital", KIND_DIGITS, 0, G_MAXINT },
  { "japaneseDigitalTenThousand", KIND_DIGITS, 0, G_MAXINT },
  { "chineseLegalSimplified", KIND_LEGAL, 0, 9999 },
  { "ideographLegalTraditional", KIND_LEGAL_HANT, 0, 9999 },
  { "ideographTraditional", KIND_SERIES, 0, 10 },
  { "ideographZodiac", KIND_SERIES, 0, 12 },
  { "ideographZodiacTraditional", KIND_ZODIAC_YEARS, 0, 60 },
  { "decimalEnclosedCircle", KIND_ENCLOSED, 0x2460, 20 },
  { "decimalEnclosedCircleChinese", KIND_ENCLOSED, 0x2460, 20 },
  { "decimalEnclosedParen", KIND_ENCLOSED, 0x2474, 20 },
  { "decimalEnclosedFullstop", KIND_ENCLOSED, 0x2488, 20 },
  { "ideographEnclosedCircle", KIND_ENCLOSED, 0x3280, 10 },
  { "upperRoman", KIND_UPPER_ROMAN, 0, 3999 },
  { "lowerRoman", KIND_LOWER_ROMAN, 0, 3999 },
  { "upperLetter", KIND_UPPER_LETTER, 0, 780 },
  { "lowerLetter", KIND_LOWER_LETTER, 0, 780 },
  { "numberInDash", KIND_IN_DASH, 0, G_MAXINT },
  { "hex", KIND_HEX, 0, G_MAXINT },
  { "chicago", KIND_CHICAGO, 0, 40 },
  { "none", KIND_NONE, 0, 0 },
};

/* @text with each character of @from replaced by the one at its place
 * in @to (both of as many characters). */
static char *
map_chars (const char *text,
           const char *from,
           const char *to)
{
  GString *mapped = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *at = g_utf8_strchr (from, -1, g_utf8_get_char (p));

      if (at != NULL)
        g_string_append_unichar (mapped, g_utf8_get_char (g_utf8_offset_to_pointer (to, g_utf8_pointer_to_offset (from, at))));
      else
        g_string_append_unichar (mapped, g_utf8_get_char (p));
    }
  return g_string_free (mapped, FALSE);
}

/* 壹拾 (legal numerals write the one of ten, which counting leaves out) */
static char *
legal_numeral (int         n,
               const char *signs)
{
  g_autofree char *counted = fy_numbering_chinese_numeral ((guint) n);
  g_autofree char *whole = g_str_has_prefix (counted, "十") ? g_strconcat ("一", counted, NULL)
                                                            : g_strdup (counted);

  return map_chars (whole, "一二三四五六七八九十百千", signs);
}

static char *
roman_numeral (int      n,
               gboolean upper)
{
  static const struct { int value; const char *upper; const char *lower; } steps[] = {
    { 1000, "M", "m" }, { 900, "CM", "cm" }, { 500, "D", "d" }, { 400, "CD", "cd" },
    { 100, "C", "c" }, { 90, "XC", "xc" }, { 50, "L", "l" }, { 40, "XL", "xl" },
    { 10, "X", "x" }, { 9, "IX", "ix" }, { 5, "V", "v" }, { 4, "IV", "iv" }, { 1, "I", "i" },
  };
  GString *roman = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    for (; n >= steps[i].value; n -= steps[i].value)
      g_string_append (roman, upper ? steps[i].upper : steps[i].lower);
  return g_string_free (roman, FALSE);
}

/* A … Z, then AA … ZZ, AAA …: Word repeats the letter */
static char *
letter_numeral (int  n,
                char a)
{
  char *letters = g_malloc ((gsize) (n - 1) / 26 + 2);
  int times = (n - 1) / 26 + 1;

  memset (letters, a + (n - 1) % 26, (gsize) times);
  letters[times] = '\0';
  return letters;
}

/* the @nth (from 0) character of @series */
static char *
series_sign (const char *series,
             int         nth)
{
  const char *p = g_utf8_offset_to_pointer (series, nth);

  return g_strndup (p, g_utf8_next_char (p) - p);
}

static char *
chicago_sign (int n)
{
  static const char *const signs[] = { "*", "†", "‡", "§" };
  GString *text = g_string_new (NULL);

  for (int i = 0; i <= (n - 1) / 4; i++)
    g_string_append (text, signs[(n - 1) % 4]);
  return g_string_free (text, FALSE);
}

static char *
write_number (const Format *format,
              int           n)
{
  g_autofree char *decimal = g_strdup_printf ("%d", n);

  switch (format->kind)
    {
    case KIND_ZERO:
      return g_strdup_printf ("%02d", n);
    case KIND_FULL_WIDTH:
      return map_chars (decimal, "0123456789", "０１２３４５６７８９");
    case KIND_COUNTING:
      return fy_numbering_chinese_numeral ((guint) n);
    case KIND_DIGITS:
      return map_chars (decimal, "0123456789", "〇一二三四五六七八九");
    case KIND_LEGAL:
      return legal_numeral (n, "壹贰叁肆伍陆柒捌玖拾佰仟");
    case KIND_LEGAL_HANT:
      return legal_numeral (n, "壹貳參肆伍陸柒捌玖拾佰仟");
    case KIND_SERIES:
      return series_sign (format->max == 10 ? stems : branches, n - 1);
    case KIND_ZODIAC_YEARS:
      {
        g_autofree char *stem = series_sign (stems, (n - 1) % 10);
        g_autofree char *branch = series_sign (branches, (n - 1) % 12);

        return g_strconcat (stem, branch, NULL);
      }
    case KIND_ENCLOSED:
      return g_ucs4_to_utf8 ((gunichar[]) { format->base + (gunichar) n - 1 }, 1, NULL, NULL, NULL);
    case KIND_UPPER_ROMAN:
    case KIND_LOWER_ROMAN:
      return roman_numeral (n, format->kind == KIND_UPPER_ROMAN);
    case KIND_UPPER_LETTER:
    case KIND_LOWER_LETTER:
      return letter_numeral (n, format->kind == KIND_UPPER_LETTER ? 'A' : 'a');
    case KIND_IN_DASH:
      return g_strdup_printf ("- %d -", n);
    case KIND_HEX:
      return g_strdup_printf ("%X", (guint) n);
    case KIND_CHICAGO:
      return chicago_sign (n);
    case KIND_NONE:
      return g_strdup ("");
    case KIND_DECIMAL:
    default:
      return g_steal_pointer (&decimal);
    }
}

static const Format *
find_format (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (formats[i].name, name))
      return &formats[i];
  return NULL;
}

/**
 * fy_docx_format_number:
 * @format: (nullable): a level's w:numFmt (NULL: decimal, Word's default)
 * @n: the number
 * @written: (out): whether @n is written in @format, or why it comes in
 *   digits: the format is one Fayan does not write, or it has no sign
 *   for @n (甲 … 癸 stop at ten)
 *
 * Returns: (transfer full): @n as Word prints it in the level's format
 *   ("三" "⑵" "壹拾" "IV"), without the level's text around it
 */
char *
fy_docx_format_number (const char       *format,
                       int               n,
                       FyDocxNumberCase *written)
{
  const Format *found = find_format (format != NULL ? format : "decimal");

  if (found == NULL)
    {
      *written = FY_DOCX_NUMBER_UNKNOWN;
      return g_strdup_printf ("%d", n);
    }
  /* Word prints ⑳ then 21: past an enclosed series' end, digits are what
   * it prints too */
  if (found->kind == KIND_DECIMAL || found->kind == KIND_ZERO || found->kind == KIND_NONE ||
      (n >= 1 && (n <= found->max || found->kind == KIND_ENCLOSED)))
    *written = FY_DOCX_NUMBER_WRITTEN;
  else
    *written = FY_DOCX_NUMBER_NO_SIGN;
  if (*written != FY_DOCX_NUMBER_WRITTEN || (found->kind == KIND_ENCLOSED && n > found->max))
    return g_strdup_printf ("%d", n);
  return write_number (found, n);
}

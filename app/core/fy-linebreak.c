/* fy-linebreak.c — clreq character classes and the breaker's preparation of clusters
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-linebreak"

#include "config.h"

#include <string.h>

#include "fy-linebreak.h"
#include "fy-linebreak-private.h"

/*
 * The breaker works on shaped clusters.  Every Han character and every
 * full-width mark has the width of one grid cell; compression trims the
 * blank half of a mark, never its ink.  A line is filled first-fit, with
 * push-in (shrinking in the clreq order) preferred to push-out, and the
 * rest of a line's slack spread over the gaps that may stretch; on the
 * gbt9704 document grid a line of Han characters and marks pushes out and
 * keeps its columns instead (see fit_line_grid()).
 */

/* The numbers of enumerations that Chinese faces draw a full em wide
 * (①②③, ⑴, ⒈, ❶): Unicode calls them ambiguous, not wide, but in a
 * manuscript each takes its grid cell like a Han character, with no
 * Han–Latin gap after it ("①税收收入", not "① 税收收入" off the columns). */
static gboolean
is_enclosed_number (gunichar ch)
{
  return (ch >= 0x2460 && ch <= 0x24FF) || (ch >= 0x2776 && ch <= 0x2793);
}

/* The shapes and stars a Chinese text uses as bullets and marks (★加强……,
 * ▲关于……, ●各责任单位……, ※, □ 是 □ 否): Unicode leaves their width
 * ambiguous, a Chinese font draws them a character wide, and on the grid
 * each takes its cell like a Han character (sweep10 b8: a pasted speech's
 * ● set as Latin moved its line 0.05 cell off the columns, a Han–Latin
 * gap after it). */
static gboolean
is_cjk_symbol (gunichar ch)
{
  return (ch >= 0x25A0 && ch <= 0x25FF) || ch == 0x2605 || ch == 0x2606 || ch == 0x203B ||
         (ch >= 0x2610 && ch <= 0x2612) || (ch >= 0x2713 && ch <= 0x2718);
}

FyCharClass
fy_linebreak_classify (gunichar ch)
{
  switch (ch)
    {
    case 0x201C: case 0x2018: case 0xFF08: case 0x300A: case 0x3008: case 0x3010:
    case 0x3014: case 0x300C: case 0x300E: case 0x3016: case 0xFF3B: case 0xFF5B:
      return FY_CLASS_OPEN;
    case 0x201D: case 0x2019: case 0xFF09: case 0x300B: case 0x3009: case 0x3011:
    case 0x3015: case 0x300D: case 0x300F: case 0x3017: case 0xFF3D: case 0xFF5D:
      return FY_CLASS_CLOSE;
    case 0xFF0C: case 0x3001: case 0xFF1B: case 0xFF1A:
      return FY_CLASS_COMMA;
    case 0x3002: case 0xFF0E: case 0xFF1F: case 0xFF01:
      return FY_CLASS_STOP;
    case 0x00B7: case 0x30FB: case 0x2027: case 0xFF65:
      return FY_CLASS_MIDDLE;
    case 0xFF5E: case 0xFF0F: case 0x2013: case 0x301C:
      return FY_CLASS_CONNECTOR;
    case 0x2014: case 0x2015:
      return FY_CLASS_DASH;
    case 0x2026: case 0x22EF:
      return FY_CLASS_ELLIPSIS;
    case 0x3000:
      return FY_CLASS_IDEO_SPACE;
    case '\n': case 0x2028: case 0x2029:
      return FY_CLASS_NEWLINE;
    default:
      break;
    }

  if (ch == ' ' || ch == '\t' || ch == 0x00A0 || (ch >= 0x2000 && ch <= 0x200A))
    return FY_CLASS_SPACE;
  if (g_unichar_iswide (ch) || is_enclosed_number (ch) || is_cjk_symbol (ch))
    return FY_CLASS_HAN;
  return FY_CLASS_LATIN;
}

static gboolean
is_ascii_letter (gunichar ch)
{
  return ch < 0x80 && g_ascii_isalpha (ch);
}

/* Whether @dot between @before and @after is a unit's product dot: a
 * middle dot after a Latin letter or a superscript digit, before a Latin
 * letter (kW·h, km²·a). */
gboolean
fy_linebreak_is_unit_dot (gunichar before,
                          gunichar dot,
                          gunichar after)
{
  return dot == 0x00B7 && is_ascii_letter (after) &&
         (is_ascii_letter (before) || before == 0x00B2 || before == 0x00B3);
}

/*
 * URLs, e-mail addresses and paths (Unix and Windows) may break after
 * / \ . - _ ? & = # (never between the two slashes of "//" or "\\") and
 * before an e-mail address's @, and a hyphenated word after its hyphens
 * (GongWen-|Template-|Lite): a run of Latin clusters is one unit
 * otherwise, and a long one would leave the line before it letter-spaced.
 * Inside such a run the solidus may end a line.  A hyphen (or _ & =) that
 * follows something never starts a line ("单位名称-|2026年", not
 * "单位名称|-2026年").
 */
/* Whether the Latin run [k, end) is a URL, an e-mail address or a path. */
static gboolean
run_is_url (const FyCluster *c,
            guint            k,
            guint            end)
{
  guint slashes = 0;

  for (guint m = k; m < end; m++)
    {
      if (c[m].ch == '/' || c[m].ch == '\\')
        slashes++;
      if (c[m].ch == '@' && m > k && m + 1 < end)
        return TRUE;
      if (c[m].ch == ':' && m + 2 < end && c[m + 1].ch == '/' && c[m + 2].ch == '/')
        return TRUE;
      if (m + 3 < end && g_ascii_tolower (c[m].ch) == 'w' && g_ascii_tolower (c[m + 1].ch) == 'w' &&
          g_ascii_tolower (c[m + 2].ch) == 'w' && c[m + 3].ch == '.' && (m == k || !is_ascii_letter (c[m - 1].ch)))
        return TRUE;
    }

  return slashes >= 2;
}

static gboolean
is_url_separator (gunichar ch)
{
  return ch < 0x80 && strchr ("/.-_?&=#", (int) ch) != NULL;
}

/* Opens the break points inside the Latin run [k, end). */
static void
mark_run_breaks (FyCluster *c,
                 guint      k,
                 guint      end)
{
  gboolean url = run_is_url (c, k, end);

  for (guint m = k + 1; m < end; m++)
    {
      gunichar before = c[m - 1].ch;

      if (url && before == '\\' && c[m].ch != '\\')
        c[m].in_unit = FALSE;
      else if (url)
        {
          if (c[m - 1].ch == '/' || c[m].ch == '/')
            c[m - 1].no_end = c[m].no_start = FALSE;
          if (is_url_separator (before) && c[m].ch != '/' && !is_url_separator (c[m].ch))
            c[m].in_unit = FALSE;
          /* an e-mail address breaks before its @ too, the mailbox's
           * name whole on the line (jiandu.rencai|@linchuan.gov.cn) */
          if (c[m].ch == '@' && !is_url_separator (before))
            c[m].in_unit = FALSE;
        }
      else if (before == '-' && m >= k + 2 && is_ascii_letter (c[m - 2].ch) && is_ascii_letter (c[m].ch))
        c[m].in_unit = FALSE;
    }
}

static void
mark_url_breaks (FyCluster *c,
                 guint      n)
{
  for (guint k = 0; k < n;)
    {
      guint end = k + 1;

      if (c[k].klass != FY_CLASS_LATIN)
        {
          k++;
          continue;
        }
      while (end < n && c[end].klass == FY_CLASS_LATIN)
        end++;
      mark_run_breaks (c, k, end);
      k = end;
    }

  for (guint k = 1; k < n; k++)
    if (strchr ("-_&=", (int) MIN (c[k].ch, 0x7F)) != NULL && c[k].ch < 0x80 &&
        c[k - 1].klass != FY_CLASS_SPACE && c[k - 1].klass != FY_CLASS_NEWLINE)
      c[k].no_start = TRUE;
}

/* The Latin word of clusters [from, to) ("mm", "GB/T"). */
static gboolean
word_is (const FyCluster *c,
         guint            from,
         guint            to,
         gboolean       (*pred) (gunichar))
{
  if (to <= from)
    return FALSE;
  for (guint k = from; k < to; k++)
    if (c[k].ch >= 0x80 || !pred (c[k].ch))
      return FALSE;
  return TRUE;
}

static gboolean
is_unit_char (gunichar ch)
{
  return g_ascii_isalpha (ch) || ch == '%';
}

static gboolean
is_code_char (gunichar ch)
{
  return g_ascii_isupper (ch) || ch == '/';
}

/*
 * A word space that must not break: between a number and a short unit
 * ("37 mm", "10 Gbps", "2.4 PB") and between a standard's code and its
 * number ("GB/T 22239-2019", "GB 9704-2012", "ISO/IEC 27001").  The word
 * after the space is kept with the one before it, by preference only
 * (soft_unit): a line that no other break fills may still end there.
 */
static void
mark_glued_spaces (FyCluster *c,
                   guint      n)
{
  for (guint k = 1; k + 1 < n; k++)
    {
      guint a, b;

      if (c[k].klass != FY_CLASS_SPACE || c[k - 1].klass != FY_CLASS_LATIN ||
          c[k + 1].klass != FY_CLASS_LATIN || c[k + 1].in_unit)
        continue;
      for (a = k; a > 0 && c[a - 1].klass == FY_CLASS_LATIN; a--)
        ;
      /* the unit's letters, up to a sign or a Han character ("mm×225") */
      for (b = k + 1; b < n && c[b].ch < 0x80 && is_unit_char (c[b].ch); b++)
        ;
      if ((g_unichar_isdigit (c[k - 1].ch) && b - (k + 1) <= 4 && word_is (c, k + 1, b, is_unit_char) &&
           !(b < n && c[b].ch < 0x80 && g_ascii_isalnum (c[b].ch))) ||
          (g_unichar_isdigit (c[k + 1].ch) && k - a <= 7 && g_ascii_isupper (c[a].ch) &&
           word_is (c, a, k, is_code_char)))
        c[k + 1].in_unit = c[k + 1].soft_unit = TRUE;
    }
}

/* Whether clusters from @k are a group of three ASCII digits that ends
 * the number or goes on with another space. */
static gboolean
is_digit_group (const FyCluster *c,
                guint            n,
                guint            k)
{
  if (k + 3 > n)
    return FALSE;
  for (guint m = k; m < k + 3; m++)
    if (!g_ascii_isdigit (c[m].ch))
      return FALSE;
  return k + 3 == n || !(c[k + 3].ch < 0x80 && g_ascii_isalnum (c[k + 3].ch));
}

/*
 * A space that groups the digits of a number by thousands ("1 862份",
 * "12 600 万元", GB/T 15835 §5.1.2's 千分空 as typed) is inside the
 * number: a line never ends there, or "1|862" prints as two numbers.
 */
static void
mark_digit_group_spaces (FyCluster *c,
                         guint      n)
{
  for (guint k = 1; k + 1 < n; k++)
    {
      guint a;

      if (c[k].klass != FY_CLASS_SPACE || c[k].n_chars != 1 || !g_ascii_isdigit (c[k - 1].ch) ||
          !is_digit_group (c, n, k + 1))
        continue;
      for (a = k - 1; a > 0 && g_ascii_isdigit (c[a - 1].ch); a--)
        ;
      /* one to three digits before, not a year or a code */
      if (k - a <= 3 && !(a > 0 && c[a - 1].ch < 0x80 && g_ascii_isalpha (c[a - 1].ch)))
        {
          c[k + 1].in_unit = TRUE;
          c[k + 1].soft_unit = FALSE;
        }
    }
}

/* A solidus or hyphen, which between Han characters takes a cell on the
 * grid (han_separators()). */
static gboolean
is_han_separator (gunichar ch)
{
  return ch == '/' || ch == '-';
}

/* The natural width of a cluster before any trim: a Han character or
 * full-width mark takes one grid cell. */
static double
base_width (const FyCluster *cl)
{
  switch (cl->klass)
    {
    case FY_CLASS_HAN:
    case FY_CLASS_IDEO_SPACE:
    case FY_CLASS_OPEN:
    case FY_CLASS_CLOSE:
    case FY_CLASS_COMMA:
    case FY_CLASS_STOP:
    case FY_CLASS_MIDDLE:
      return cl->cell;
    case FY_CLASS_DASH:
    case FY_CLASS_ELLIPSIS:
      /* a font may shape —— or …… as one 2 em ligature cluster */
      return cl->cell * MAX (1, cl->n_chars);
    case FY_CLASS_CONNECTOR:
      /* a solidus or hyphen between Han characters takes its cell
       * (han_separators()) */
      return cl->advance > 0.7 * cl->em || is_han_separator (cl->ch) ? cl->cell : cl->advance;
    case FY_CLASS_NEWLINE:
      return 0;
    default:
      return cl->advance;
    }
}

/* House styles that set marks half wide always: marks the side to trim
 * with -1, resolved by fy_linebreak_prepare(). */
static void
mark_fixed_half (FyCluster          *cl,
                 FyPunctuationStyle  punctuation)
{
  gboolean half;

  if (!is_mark (cl->klass) || cl->klass == FY_CLASS_MIDDLE)
    return;

  half = punctuation == FY_PUNCTUATION_HALF ||
         (punctuation == FY_PUNCTUATION_KAIMING && !is_sentence_end (cl->ch));
  if (!half)
    return;
  if (cl->klass == FY_CLASS_OPEN)
    cl->pair_left = -1;
  else
    cl->pair_right = -1;
}

/* Kinsoku: the marks that may not start or end a line. */
static void
set_kinsoku (FyCluster *cl,
             gboolean   strict)
{
  switch (cl->klass)
    {
    case FY_CLASS_CLOSE:
    case FY_CLASS_COMMA:
    case FY_CLASS_STOP:
    case FY_CLASS_MIDDLE:
    case FY_CLASS_CONNECTOR:
      cl->no_start = TRUE;
      break;
    case FY_CLASS_OPEN:
      cl->no_end = TRUE;
      break;
    case FY_CLASS_IDEO_SPACE:
      /* An author's full-width space (技术　网络, 李　娜) never opens a
       * line: it would print as an indent in mid-paragraph. */
      cl->no_start = TRUE;
      break;
    case FY_CLASS_DASH:
    case FY_CLASS_ELLIPSIS:
      cl->no_start = strict;
      break;
    default:
      break;
    }
  /* The solidus may neither start nor end a line (GB level). */
  if (cl->ch == 0xFF0F || cl->ch == '/')
    cl->no_start = cl->no_end = TRUE;
  if (cl->ascii_close)
    cl->no_start = TRUE;
  if (cl->ascii_open)
    cl->no_end = TRUE;
}

/* Han units and measure words that stay with the number before them. */
#define HAN_UNITS "年月日时分秒号个次元角万亿千百届期岁人项件条款章节位名家户所座台套辆天周季度倍米克吨亩斤里"

/* Symbols that belong to the Latin run before them (spec §3: "with % ℃
 * etc."): the Han–Latin gap follows them, not the digit before. */
static gboolean
is_run_symbol (gunichar ch)
{
  return ch == '%' || ch == 0x2030 || ch == 0x2031 || ch == 0x00B0 || ch == 0x2103 ||
         ch == 0x2109 || ch == 0x2032 || ch == 0x2033;
}

/* A letter, a digit or a symbol that ends a number ("95%以上"). */
static gboolean
ends_latin_run (const FyCluster *c)
{
  return c->latin_alnum || (c->klass == FY_CLASS_LATIN && is_run_symbol (c->ch));
}

/* What two neighbours @a @b make together: one unit (a Latin word, a
 * digit run, ——, ……, ？！), the 1/4 em Han–Latin gap, and the fixed trim
 * of two adjacent full-width marks (2 em → 1.5 em). */
static void
join_neighbours (FyCluster          *a,
                 FyCluster          *b,
                 FyPunctuationStyle  punctuation)
{
  if (a->klass == b->klass &&
      (a->klass == FY_CLASS_LATIN || a->klass == FY_CLASS_DASH ||
       a->klass == FY_CLASS_ELLIPSIS || a->klass == FY_CLASS_STOP))
    b->in_unit = TRUE;

  if ((a->klass == FY_CLASS_HAN && b->latin_alnum) ||
      (ends_latin_run (a) && b->klass == FY_CLASS_HAN))
    b->glue = MAX (a->em, b->em) / 4;
  /* a number and the Han unit or measure word after it stay together
   * (9月, 2026年, 12个), not "9 / 月30日" — by preference: where no other
   * break fills the line, fy-linebreak-fit.c splits them (soft_unit) */
  if (a->klass == FY_CLASS_LATIN && (g_unichar_isdigit (a->ch) || is_run_symbol (a->ch)) &&
      b->klass == FY_CLASS_HAN && g_utf8_strchr (HAN_UNITS, -1, b->ch) != NULL && !b->in_unit)
    b->in_unit = b->soft_unit = TRUE;

  if (punctuation == FY_PUNCTUATION_COMPRESS && is_mark (a->klass) && is_mark (b->klass) &&
      a->compressed == 0 && b->compressed == 0)
    {
      gboolean a_ends = is_closing (a) && a->ch != 0xFF1F && a->ch != 0xFF01;

      if (a_ends && a->pair_left == 0)
        a->pair_right = mark_half (a);
      else if (b->klass == FY_CLASS_OPEN)
        b->pair_left = mark_half (b);
    }
}

/* A space typed between a Han character and a Latin letter or digit
 * ("开放了 37 个") is the Han–Latin gap, 1/4 em like the one Fayan adds,
 * not a word space that stretches to 1/2 em. */
static void
typed_gap_space (const FyCluster *a,
                 FyCluster       *space,
                 const FyCluster *b)
{
  if (space->klass != FY_CLASS_SPACE || space->n_chars != 1 || space->ch != ' ')
    return;
  if ((a->klass == FY_CLASS_HAN && b->latin_alnum) ||
      (ends_latin_run (a) && b->klass == FY_CLASS_HAN))
    {
      space->base = MAX (a->em, b->em) / 4;
      space->gap_space = TRUE;
    }
}

/* A unit longer than a whole line may be split anywhere. */
static void
split_long_units (FyCluster *c,
                  guint      n,
                  double     full_width)
{
  for (guint k = 0; k < n;)
    {
      guint end = k + 1;
      double w = c[k].base;

      while (end < n && c[end].in_unit)
        w += c[end++].base;
      if (w > full_width + EPS)
        {
          for (guint m = k + 1; m < end; m++)
            c[m].in_unit = FALSE;
        }
      k = end;
    }
}

/* A straight quote " does not tell opening from closing, so it stays
 * with both its neighbours (UAX #14's QU): no line opens with the
 * closing one of 让"放管服"落地, nor ends with the opening one.  Beside a
 * word space it may open or end a line, as in Latin text. */
static void
glue_straight_quotes (FyCluster *c,
                      guint      n)
{
  for (guint k = 0; k < n; k++)
    {
      if (c[k].ch != '"')
        continue;
      if (k > 0 && c[k - 1].klass != FY_CLASS_SPACE && c[k - 1].klass != FY_CLASS_NEWLINE)
        c[k].no_start = TRUE;
      if (k + 1 < n && c[k + 1].klass != FY_CLASS_SPACE && c[k + 1].klass != FY_CLASS_NEWLINE)
        c[k].no_end = TRUE;
    }
}

/*
 * A solidus between Han characters (克/立方米, 元/吨, 省/市/县) is the
 * separator mark of GB/T 15834 (分隔号), a hyphen between them
 * (政务协同-公文交换, 中国-东盟) its connector (连接号, 短横线), not part
 * of a Latin run: on the document grid (全角式, gbt9704) each takes one
 * cell, its glyph centred, like the full-width ／ and －, so that the
 * characters after it stay on their columns.  GB/T 15834 gives either
 * half a character's place; half a cell would move the rest of the line
 * half a cell off the grid, which spec §4 puts first, as the grid puts
 * every mark (、，·) in a whole cell.  Other presets set them as typed.
 */
static void
han_separators (FyCluster          *c,
                guint               n,
                FyPunctuationStyle  punctuation)
{
  if (punctuation != FY_PUNCTUATION_FULL)
    return;
  for (guint k = 1; k + 1 < n; k++)
    if (is_han_separator (c[k].ch) && c[k].klass == FY_CLASS_LATIN &&
        (c[k - 1].klass == FY_CLASS_HAN || c[k - 1].klass == FY_CLASS_CLOSE) &&
        (c[k + 1].klass == FY_CLASS_HAN || c[k + 1].klass == FY_CLASS_OPEN))
      c[k].klass = FY_CLASS_CONNECTOR;
}

/* A middle dot between Latin letters is a unit's product dot (kW·h, N·m,
 * t/km²·a), part of its Latin run: set at its own width, not in a cell
 * of its own as the interpunct of a foreign name (约翰·史密斯) or of a
 * date that names an event (“6·26”国际禁毒日) is (sweep10 b7 printed
 * "kW · h"). */
static void
latin_middle_dots (FyCluster *c,
                   guint      n)
{
  for (guint k = 1; k + 1 < n; k++)
    if (fy_linebreak_is_unit_dot (c[k - 1].ch, c[k].ch, c[k + 1].ch))
      c[k].klass = FY_CLASS_LATIN;
}

/* Phase 0, prepare: the widths, trims, gaps and break rules of every
 * cluster that do not depend on where the lines break. */
void
fy_linebreak_prepare (FyCluster          *c,
                      guint               n,
                      FyPunctuationStyle  punctuation,
                      gboolean            strict,
                      double              full_width)
{
  han_separators (c, n, punctuation);
  latin_middle_dots (c, n);
  for (guint k = 0; k < n; k++)
    {
      FyCluster *cl = &c[k];

      cl->glue = 0;
      cl->pair_left = cl->pair_right = 0;
      cl->no_start = cl->no_end = cl->in_unit = cl->gap_space = cl->soft_unit = FALSE;
      cl->base = base_width (cl);
      mark_fixed_half (cl, punctuation);
      set_kinsoku (cl, strict);
    }

  /* Fixed half widths (半角式 / 开明式) are not compression: apply them to
   * the base width once. */
  for (guint k = 0; k < n; k++)
    {
      if (c[k].pair_left < 0 || c[k].pair_right < 0)
        {
          c[k].base = c[k].cell / 2;
          c[k].pair_left = c[k].pair_right = 0;
          c[k].compressed = c[k].cell / 2;
        }
      else
        c[k].compressed = 0;
    }

  for (guint k = 1; k < n; k++)
    join_neighbours (&c[k - 1], &c[k], punctuation);
  for (guint k = 1; k + 1 < n; k++)
    typed_gap_space (&c[k - 1], &c[k], &c[k + 1]);

  glue_straight_quotes (c, n);
  mark_url_breaks (c, n);
  mark_glued_spaces (c, n);
  mark_digit_group_spaces (c, n);
  split_long_units (c, n, full_width);
}

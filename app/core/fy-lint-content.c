/* fy-lint-content.c — checks of end punctuation, fields, document names, guidance and glyphs
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-date.h"
#include "fy-doc-labels.h"
#include "fy-lint.h"
#include "fy-lint-private.h"
#include "fy-typesetter-private.h"
#include "fy-web-text-private.h"

/* Font coverage
 *
 * The union of what every installed font covers, as one bit per code
 * point (136 KiB), built once per process.  Our own bitmap rather than a
 * merged FcCharSet: fontconfig keeps a charset's pages behind offsets, so
 * a charset held for the life of the process looks leaked to leak
 * checkers. */

#define COVERAGE_WORDS (0x110000 / 32)

static gpointer
build_coverage (gpointer data)
{
  FcPattern *pattern;
  FcObjectSet *objects;
  FcFontSet *set;
  guint32 *bits = NULL;
  gboolean any = FALSE;

  pattern = FcPatternCreate ();
  objects = FcObjectSetBuild (FC_CHARSET, NULL);
  set = FcFontList (NULL, pattern, objects);

  if (set != NULL)
    {
      bits = g_new0 (guint32, COVERAGE_WORDS);
      for (int i = 0; i < set->nfont; i++)
        {
          FcCharSet *charset = NULL;
          FcChar32 map[FC_CHARSET_MAP_SIZE];
          FcChar32 next;

          if (FcPatternGetCharSet (set->fonts[i], FC_CHARSET, 0, &charset) != FcResultMatch)
            continue;

          for (FcChar32 base = FcCharSetFirstPage (charset, map, &next);
               base != FC_CHARSET_DONE && base < 0x110000;
               base = FcCharSetNextPage (charset, map, &next))
            {
              for (guint k = 0; k < FC_CHARSET_MAP_SIZE; k++)
                {
                  bits[(base >> 5) + k] |= map[k];
                  any |= map[k] != 0;
                }
            }
        }
      FcFontSetDestroy (set);
    }

  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);

  if (!any)
    g_clear_pointer (&bits, g_free);

  return bits;
}

static const guint32 *
get_coverage (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, build_coverage, NULL);
}

/**
 * fy_lint_font_coverage_available:
 *
 * Returns: %TRUE if fontconfig lists fonts, so that the missing-glyph
 *   check can say anything
 */
gboolean
fy_lint_font_coverage_available (void)
{
  return get_coverage () != NULL;
}

/**
 * fy_lint_font_covers:
 * @ch: a character
 *
 * Returns: %TRUE if at least one installed font has a glyph for @ch (or if
 *   fontconfig lists no fonts at all, so nothing can be said)
 */
gboolean
fy_lint_font_covers (gunichar ch)
{
  const guint32 *coverage = get_coverage ();

  if (coverage == NULL || ch >= 0x110000)
    return coverage == NULL;

  return (coverage[ch >> 5] >> (ch & 31)) & 1;
}

static gboolean
is_end_mark (gunichar c)
{
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x2026 ||
         c == 0xFF1B || c == 0xFF1A || c == 0x2014 ||
         is_one_of (c, ".!?;:");
}

gboolean
fy_lint_char_ends_clause (gunichar c)
{
  return is_end_mark (c);
}

/* "附件：" "附件:" "附件1" "附件 " at the start of the unit: the words an
 * attachment note opens with, not 附件中 inside a sentence. */
static gboolean
opens_attachment_note (Unit *u)
{
  gunichar next;

  if (u->n < 2 || u->chars[0] != 0x9644 /* 附 */ || u->chars[1] != 0x4EF6 /* 件 */)
    return FALSE;
  if (u->n == 2)
    return FALSE;
  next = u->chars[2];

  return next == 0xFF1A /* ： */ || next == ':' || g_unichar_isdigit (next) || g_unichar_isspace (next) ||
         next == 0x3000;
}

/* "附件1", "附件 2", "附件二" on a line of its own: the label the
 * typesetter sets above a document the notice carries, flush left in
 * 黑体 (fy_typesetter_attached_part()); no attachment note, and no
 * sentence.  "附件：" with nothing after it opens a note. */
static gboolean
is_attachment_label (Unit *u)
{
  return fy_doc_is_attachment_label (u->text) && !g_str_has_suffix (u->text, "：") &&
         !g_str_has_suffix (u->text, ":");
}

/* A body paragraph that opens as an attachment note would print as body
 * text (GB/T 9704 §7.3.5 wants a blank line before it and the names
 * hanging): the import makes such paragraphs notes, typing does not.
 * Right before the 署名, the date or the end the typesetter sets it as
 * the note anyway (fy_typesetter_typed_attachment()): no warning there.
 * A 附件 label needs no end either, and is no note. */
void
fy_lint_check_attachment_note (Unit *u)
{
  if (u->text_mode || u->role != FY_BLOCK_ROLE_PARAGRAPH || u->offset > 0)
    return;

  u->attachment = is_attachment_label (u) || opens_attachment_note (u);
  if (!u->attachment || is_attachment_label (u) ||
      fy_typesetter_typed_attachment (u->source, u->block) != FY_TYPED_ATTACHMENT_NONE)
    return;
  unit_add (u, FY_LINT_KIND_ATTACHMENT_AS_BODY, FY_LINT_SEVERITY_WARNING, 0, 2, NULL, FALSE,
            g_strdup (_("The paragraph opens like an attachment note but is set as body text, so it "
                        "prints without the blank line before it and its names do not line up. "
                        "Set it as an attachment note.")));
}

/* The lines of a document that are no sentences though set as body
 * text, as the typesetter knows them: a 纪要's lists of who attended
 * (出席：……, 列席：……, 请假：……, 记录：……), a notice's lines of who to
 * ask (联系人：……, 联系电话：……) and a 提案's fields (案由：……), a
 * number on a line of its own (第0186号, 〔2026〕5号), the 版记's line of organ and
 * date (……办公室　　2026年12月3日印发), a note in brackets right under
 * the closing date (（此件公开发布）, GB/T 9704 §7.3.6), a chapter
 * heading (第二章　职业体系), a row of names or organs set in columns
 * (王建军　　李　芳（女）　　张德明, a 表彰决定's list), a date on a line of
 * its own (2026年12月11日, a notice's date typed as body text: a full
 * stop after it would print). */
static gboolean
is_no_sentence (Unit *u)
{
  return fy_lint_unit_is_chapter_heading (u) || fy_doc_is_printed_line (u->text) || fy_lint_unit_is_contact_line (u) ||
         fy_doc_is_issue_number (u->text) || (!u->text_mode && fy_date_parse (u->text, NULL)) ||
         (!u->text_mode && fy_web_text_is_attendance_line (u->text, strlen (u->text))) ||
         (!u->text_mode && fy_web_text_is_name_line (u->text)) ||
         (!u->text_mode && u->sequence->previous_role == FY_BLOCK_ROLE_DATE_LINE &&
          fy_doc_is_bracketed_note (u->role, u->text));
}

void
fy_lint_check_end_punctuation (Unit *u)
{
  gssize last = fy_lint_unit_prev_visible (u, u->n);
  gssize k;
  g_autofree char *fix = NULL;

  if (u->text_mode)
    {
      /* A line of text may be a title or a heading; only lines that hold
       * sentences are paragraphs for certain.  A line that runs on into
       * the next is not the end of its paragraph. */
      gboolean sentences = u->continued && u->sequence->sentences;

      for (k = 0; k < last && !sentences; k++)
        sentences = u->norm[k] == 0x3002 || u->norm[k] == 0xFF01 ||
                    u->norm[k] == 0xFF1F || u->norm[k] == 0xFF1B;
      u->sequence->sentences = sentences;
      if (!sentences || u->continues)
        return;
    }
  else if ((u->role != FY_BLOCK_ROLE_PARAGRAPH && u->role != FY_BLOCK_ROLE_CLOSING) || u->attachment ||
           u->typed != FY_LINT_TYPED_BODY)
    return;

  /* The guidance will be replaced, and the end with it; a line of emoji
   * alone goes with its emoji (fy-lint-emoji.c).  After a sentence's
   * last emoji the full stop is still asked for: both fixes together
   * give "……点赞。". */
  if (last < 0 || u->mask[last] != MASK_NONE || last == u->guidance_end || is_no_sentence (u) ||
      u->only_emoji)
    return;

  /* 限时办结并回访。🌟: the sentence ended before its emoji. */
  for (k = last; k >= 0 && (is_closing_mark (u->norm[k]) || is_ignorable (u->norm[k]) ||
                            fy_lint_char_is_emoji (u->norm[k]) || u->norm[k] == 0xFE0F || u->norm[k] == 0x200D);
       k--)
    ;
  if (k >= 0 && is_end_mark (u->norm[k]))
    return;
  if (k < 0)
    return;

  {
    gunichar pair[2] = { u->chars[last], 0x3002 };

    fix = ucs4_dup (pair, 2);
  }
  unit_add (u, FY_LINT_KIND_MISSING_END_PUNCTUATION, FY_LINT_SEVERITY_INFO, last, last + 1, fix, FALSE,
            g_strdup (_("The paragraph does not end with a full stop or other end punctuation; "
                        "add one, or check whether the paragraph was cut off.")));
}

void
fy_lint_check_fields (Unit *u)
{
  FyLint *lint = u->lint;

  for (guint i = 0; i < u->fields->len; i++)
    {
      const FieldSpan *span = &g_array_index (u->fields, FieldSpan, i);
      const char *value;

      if (lint->defined_fields != NULL &&
          !g_strv_contains ((const char * const *)lint->defined_fields, span->name))
        {
          unit_add (u, FY_LINT_KIND_FIELD_UNKNOWN, FY_LINT_SEVERITY_ERROR, span->start, span->end, NULL, FALSE,
                    g_strdup_printf (_("The template defines no field “%s”; correct the name or remove the reference."),
                                     span->name));
          continue;
        }

      value = u->source != NULL ? fy_source_get_field_value (u->source, span->name) : NULL;
      if (value == NULL || *value == '\0')
        unit_add (u, FY_LINT_KIND_FIELD_UNFILLED, FY_LINT_SEVERITY_WARNING, span->start, span->end, NULL, FALSE,
                  g_strdup_printf (_("The field “%s” has no value and would print as a placeholder; fill it in."),
                                   span->name));
    }
}

static gboolean
is_name_boundary (gunichar c)
{
  /* A document's name may hold 、 (标准化、规范化建设的方案) but no other mark. */
  if (c == 0x3001)
    return FALSE;

  return !(is_han (c) || is_ascii_alnum (c));
}

/* Matches one of @words (longest first) at @k of @v; returns its length. */
gsize
fy_lint_match_word (const gunichar      *v,
                    gsize                m,
                    gsize                k,
                    const char * const  *words)
{
  for (guint w = 0; words[w] != NULL; w++)
    {
      const char *p = words[w];
      gsize len = 0;

      while (*p && k + len < m && v[k + len] == g_utf8_get_char (p))
        {
          p = g_utf8_next_char (p);
          len++;
        }
      if (*p == '\0')
        return len;
    }

  return 0;
}

/* Whether v[from, to) holds a verb that would come before a name (制定
 * ××条例), so that what precedes it is not part of the name. */
static gboolean
contains_verb (const gunichar *v,
               gsize           from,
               gsize           to)
{
  static const char * const verbs[] = {
    "制定", "出台", "印发", "修订", "修改", "通过", "颁布", "实施", "贯彻", "落实", "执行",
    "按照", "根据", "依据", "研究", "起草", "审议", "对照", "研读", "遵守", "宣传", "学习", NULL
  };

  for (gsize k = from; k < to; k++)
    if (fy_lint_match_word (v, to, k, verbs) > 0)
      return TRUE;

  return FALSE;
}

/* The characters fy_lint_check_title_marks() reads: the visible ones. */
typedef struct
{
  gsize    *pos;      /* where each is in the unit */
  gunichar *v;        /* the characters, a masked one as U+FFFC */
  guint8   *marked;   /* inside 《》 or “” already */
  gsize     m;        /* how many */
} VisibleText;

/* The visible characters, wrap spaces left out; those inside 《》 or “”
 * are marked already, also where the line before opened them (a name
 * that a copy of a PDF wraps: 学习《关于…… / ……的意见》). */
static void
collect_visible (Unit        *u,
                 VisibleText *t)
{
  guint title_depth = u->titles_open, quote_depth = u->quotes_open;

  t->m = 0;
  for (gsize i = 0; i < u->n; i++)
    {
      gunichar c = u->norm[i];

      if (c == 0x300A)
        title_depth++;
      else if (c == 0x300B && title_depth > 0)
        title_depth--;
      else if (c == 0x201C)
        quote_depth++;
      else if (c == 0x201D && quote_depth > 0)
        quote_depth--;

      if (is_space (c))
        continue;
      t->pos[t->m] = i;
      t->v[t->m] = u->mask[i] != MASK_NONE ? 0xFFFC : c;
      t->marked[t->m] = title_depth > 0 || quote_depth > 0 || c == 0x300B || c == 0x201D;
      t->m++;
    }
}

/* 关于……的意见 from @k: the end of the longest such name, or 0. */
static gsize
find_guanyu_name (const VisibleText *t,
                  gsize              k)
{
  static const char * const document_words[] = {
    "实施意见", "工作方案", "实施方案", "实施细则", "实施办法", "管理办法", "工作指引",
    "意见", "通知", "决定", "方案", "办法", "规定", "条例", "决议", "规划", "细则", "指引", NULL
  };
  gsize best_end = 0, len;

  if (t->v[k] != 0x5173 /* 关 */ || t->v[k + 1] != 0x4E8E /* 于 */ || t->marked[k])
    return 0;

  for (gsize e = k + 2; e < t->m && e - k < 80 && !is_name_boundary (t->v[e]) && !t->marked[e]; e++)
    if (t->v[e] == 0x7684 /* 的 */ && (len = fy_lint_match_word (t->v, t->m, e + 1, document_words)) > 0)
      best_end = e + 1 + len;

  return best_end;
}

/* ××市……条例 with the regulation's word at @k: where the name starts (two
 * characters before the place at most), or -1 when it is no name. */
static gssize
find_regulation_start (const VisibleText *t,
                       gsize              k,
                       gsize              last_end)
{
  static const gunichar places[] = { 0x5E02 /* 市 */, 0x7701 /* 省 */, 0x53BF /* 县 */, 0x5DDE /* 州 */ };
  gssize start = k;
  gssize place = -1;

  while (start > (gssize)last_end && !is_name_boundary (t->v[start - 1]) && !t->marked[start - 1])
    start--;
  for (gssize j = (gssize) k - 3; j >= start && place < 0; j--)
    for (guint p = 0; p < G_N_ELEMENTS (places) && place < 0; p++)
      if (t->v[j] == places[p])
        place = j;

  /* 本条例, 这部条例, 有关规定的条例, 各市要制定条例: not a name. */
  if (place < 0 || t->v[k - 1] == 0x7684 /* 的 */ || contains_verb (t->v, place, k))
    return -1;

  return MAX (start, place - 2);
}

static void
add_missing_marks (Unit              *u,
                   const VisibleText *t,
                   gsize              from,
                   gsize              to,
                   gboolean           regulation)
{
  g_autofree char *name = ucs4_dup (u->chars + t->pos[from], t->pos[to - 1] + 1 - t->pos[from]);
  g_autofree char *fix = g_strconcat ("《", name, "》", NULL);
  char *message;

  if (regulation)
    message = g_strdup_printf (_("“%s” looks like the name of a regulation; names of laws, "
                                 "regulations and documents take 《》."), name);
  else
    message = g_strdup_printf (_("“%s” looks like the name of a document; names of laws, "
                                 "regulations and documents take 《》."), name);

  unit_add (u, FY_LINT_KIND_MISSING_TITLE_MARKS, FY_LINT_SEVERITY_INFO,
            t->pos[from], t->pos[to - 1] + 1, fix, FALSE, message);
}

/* Whether the name found at @start opens line @t, or follows only a
 * place's first characters there (某|市城市……办法: the name was taken from
 * the nearest 市), with no verb before it; in a title, after any words
 * without a verb (云岭市人民政府办公室|关于做好……的通知: the organ that
 * issues it). */
static gboolean
opens_line (const VisibleText *t,
            gsize              start,
            gboolean           title)
{
  for (gsize i = 0; i < t->m && (i <= 2 || title); i++)
    if (t->pos[i] == start)
      return !contains_verb (t->v, 0, i);

  return FALSE;
}

/* The document's title: a title block or a line typed as one, or the
 * first line of pasted text with text (under a 发文字号, if any). */
static gboolean
is_title_unit (Unit *u)
{
  return u->text_mode ? u->title && u->offset == 0 : fy_lint_unit_seen_role (u) == FY_BLOCK_ROLE_TITLE;
}

/* A line that is a name and nothing else is the document's own title
 * (某某市社区工作者管理办法, 某市城市社区物业服务管理办法 over the
 * regulation), and so is a title that ends with one after the organ
 * that issues it: it takes no 《》. */
static void
drop_whole_line_names (Unit              *u,
                       const VisibleText *t,
                       guint              n_before)
{
  gboolean title = is_title_unit (u);

  for (guint f = n_before; t->m > 0 && f < u->findings->len; f++)
    {
      FyLintFinding *finding = g_ptr_array_index (u->findings, f);

      if (g_strcmp0 (finding->kind, FY_LINT_KIND_MISSING_TITLE_MARKS) == 0 &&
          opens_line (t, finding->start, title) && finding->end == t->pos[t->m - 1] + 1)
        g_ptr_array_remove_index (u->findings, f--);
    }
}

/* Pasted text loses the 《》 around the names of laws, regulations and
 * documents.  Two shapes are recognised: "关于……的意见/通知/方案……" and a
 * place followed by a regulation ("××市……条例").  Neither is certain,
 * so the finding is information and its fix is only offered. */
void
fy_lint_check_title_marks (Unit *u)
{
  static const char * const regulation_words[] = {
    "实施细则", "管理办法", "实施办法", "工作指引", "条例", "指引", NULL
  };
  g_autofree gsize *pos = g_new (gsize, u->n + 1);
  g_autofree gunichar *v = g_new (gunichar, u->n + 1);
  g_autofree guint8 *marked = g_new0 (guint8, u->n + 1);
  VisibleText t = { pos, v, marked, 0 };
  gsize last_end = 0;
  guint n_before = u->findings->len;

  collect_visible (u, &t);

  /* Names after 学习, 贯彻, 依据 …: found first, so that the shapes
   * below do not take a verb into a name. */
  fy_lint_check_names_after_verbs (u, t.v, t.pos, t.marked, t.m);

  for (gsize k = 0; k + 1 < t.m; k++)
    {
      gsize end = find_guanyu_name (&t, k);
      gssize from;
      gsize len;

      if (end > 0)
        {
          add_missing_marks (u, &t, k, end, FALSE);
          last_end = end;
          k = end - 1;
          continue;
        }

      if (k >= last_end && !t.marked[k] &&
          (len = fy_lint_match_word (t.v, t.m, k, regulation_words)) > 0 &&
          (from = find_regulation_start (&t, k, last_end)) >= 0)
        {
          add_missing_marks (u, &t, from, k + len, TRUE);
          last_end = k + len;
          k = last_end - 1;
        }
    }

  drop_whole_line_names (u, &t, n_before);
}

/* Templates leave guidance such as "（在此概述主要做法）" where the writer
 * is to write; left in, it would be read out. */
void
fy_lint_check_guidance (Unit *u)
{
  for (gsize i = 0; i + 2 < u->n; i++)
    {
      g_autofree char *guidance = NULL;
      gsize j;

      if ((u->norm[i] != 0xFF08) || u->chars[i + 1] != 0x5728 /* 在 */ || u->chars[i + 2] != 0x6B64 /* 此 */ ||
          u->mask[i] != MASK_NONE)
        continue;

      for (j = i + 3; j < u->n && u->norm[j] != 0xFF09; j++)
        ;
      if (j >= u->n)
        continue;

      guidance = ucs4_dup (u->chars + i, j + 1 - i);
      unit_add (u, FY_LINT_KIND_FIELD_UNFILLED, FY_LINT_SEVERITY_WARNING, i, j + 1, NULL, FALSE,
                g_strdup_printf (_("The template’s guidance “%s” is still in the text; replace it with your own words."),
                                 guidance));
      u->guidance_end = j;
      i = j;
    }
}

gboolean
fy_lint_char_is_invisible (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return is_ignorable (c) || type == G_UNICODE_CONTROL || type == G_UNICODE_FORMAT ||
         (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

void
fy_lint_check_glyphs (Unit *u)
{
  if (!u->lint->check_fonts || !fy_lint_font_coverage_available ())
    return;

  for (gsize i = 0; i < u->n; i++)
    {
      g_autofree char *original = NULL;

      /* an emoji is the emoji check's */
      if (u->mask[i] == MASK_FIELD || fy_lint_char_is_invisible (u->chars[i]) || fy_lint_char_is_emoji (u->chars[i]) ||
          fy_lint_font_covers (u->chars[i]))
        continue;

      original = unichar_dup (u->chars[i]);
      unit_add (u, FY_LINT_KIND_MISSING_GLYPH, FY_LINT_SEVERITY_ERROR, i, i + 1, NULL, FALSE,
                g_strdup_printf (_("No installed font can draw “%1$s” (U+%2$04X); install a font that has it, "
                                   "or replace the character."),
                                 original, (guint)u->chars[i]));
    }
}

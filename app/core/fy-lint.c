/* fy-lint.c — proofreading of pasted speech text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-lint.h"
#include "fy-lint-private.h"
#include "fy-numbering.h"
#include "fy-style.h"

/*
 * Text pasted from PDFs, web pages and other people's Word files carries
 * half-width punctuation, spaces where lines used to wrap, ellipses and
 * dashes typed the Western way, and broken numbering.  The linter works
 * on one "unit" at a time — the text of a block as fy_block_dup_text()
 * writes it, or one line in text mode — decoded into code points so that
 * every range it reports is in characters.
 *
 * A fix replaces a character range and never changes what the text says:
 * only marks and spaces change, never a Han character, and everything
 * that is ASCII for a reason (2.5, 17:00, API V2.1, example.com,
 * a@b.cn, field references) is protected first and left alone.  A fix
 * is "safe" when it can be applied without a human looking at it; the
 * others (adding a full stop, dropping a repeated ！) are only offered.
 */

struct _FyLintFinding
{
  GObject          parent_instance;

  const char      *kind;
  FyLintSeverity   severity;
  guint            block;
  guint            start;
  guint            end;
  char            *message;
  char            *fix;
  char            *original;
  char            *context;     /* GRefString: the whole unit's text */
  gboolean         safe;
  FyLintJoin       join;
};

struct _FyLint
{
  GObject   parent_instance;

  gboolean  check_fonts;
  guint     title_chars_per_line;
  char    **defined_fields;
};

G_DEFINE_FINAL_TYPE (FyLint, fy_lint, G_TYPE_OBJECT)

G_DEFINE_FINAL_TYPE (FyLintFinding, fy_lint_finding, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (FyLintSeverity, fy_lint_severity,
                    G_DEFINE_ENUM_VALUE (FY_LINT_SEVERITY_INFO, "info"),
                    G_DEFINE_ENUM_VALUE (FY_LINT_SEVERITY_WARNING, "warning"),
                    G_DEFINE_ENUM_VALUE (FY_LINT_SEVERITY_ERROR, "error"))

enum {
  PROP_0,
  PROP_CHECK_FONTS,
  PROP_TITLE_CHARS_PER_LINE,
  PROP_DEFINED_FIELDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FINDING_PROP_0,
  FINDING_PROP_KIND,
  FINDING_PROP_SEVERITY,
  FINDING_PROP_BLOCK,
  FINDING_PROP_START,
  FINDING_PROP_END,
  FINDING_PROP_MESSAGE,
  FINDING_PROP_FIX,
  FINDING_PROP_SAFE,
  FINDING_PROP_ORIGINAL,
  N_FINDING_PROPS
};

static GParamSpec *finding_properties[N_FINDING_PROPS];

static const struct {
  const char *kind;
  const char *label;
} kind_labels[] = {
  { FY_LINT_KIND_HALF_WIDTH_PUNCTUATION,  N_("Half-width punctuation") },
  { FY_LINT_KIND_SPACE_IN_CHINESE,        N_("Space in Chinese text") },
  { FY_LINT_KIND_SPACE_AT_EDGE,           N_("Space at the start or end") },
  { FY_LINT_KIND_FULL_WIDTH_ALPHANUMERIC, N_("Full-width digit or letter") },
  { FY_LINT_KIND_ELLIPSIS,                N_("Ellipsis") },
  { FY_LINT_KIND_DASH,                    N_("Dash") },
  { FY_LINT_KIND_DOUBLED_PUNCTUATION,     N_("Doubled punctuation") },
  { FY_LINT_KIND_UNPAIRED_MARK,           N_("Unpaired quotation mark or bracket") },
  { FY_LINT_KIND_MISSING_TITLE_MARKS,     N_("Document name without 《》") },
  { FY_LINT_KIND_NUMBERING_SEQUENCE,      N_("Numbering out of sequence") },
  { FY_LINT_KIND_TYPED_HEADING_NUMBER,    N_("Heading number typed by hand") },
  { FY_LINT_KIND_DOUBLE_HEADING_NUMBER,   N_("Heading with two numbers") },
  { FY_LINT_KIND_MISSING_END_PUNCTUATION, N_("Paragraph without end punctuation") },
  { FY_LINT_KIND_FIELD_UNFILLED,          N_("Unfilled field") },
  { FY_LINT_KIND_FIELD_UNKNOWN,           N_("Unknown field") },
  { FY_LINT_KIND_TITLE_TOO_LONG,          N_("Title too long") },
  { FY_LINT_KIND_MISSING_GLYPH,           N_("Character no font can draw") },
  { FY_LINT_KIND_PAGE_CHUNK_MARKER,       N_("Web page number in the text") },
  { FY_LINT_KIND_WEB_BOILERPLATE,         N_("Web page boilerplate") },
  { FY_LINT_KIND_TRADITIONAL_CHARACTER,   N_("Traditional character") },
};

static const char * const all_kinds[] = {
  FY_LINT_KIND_HALF_WIDTH_PUNCTUATION,
  FY_LINT_KIND_SPACE_IN_CHINESE,
  FY_LINT_KIND_SPACE_AT_EDGE,
  FY_LINT_KIND_FULL_WIDTH_ALPHANUMERIC,
  FY_LINT_KIND_ELLIPSIS,
  FY_LINT_KIND_DASH,
  FY_LINT_KIND_DOUBLED_PUNCTUATION,
  FY_LINT_KIND_UNPAIRED_MARK,
  FY_LINT_KIND_MISSING_TITLE_MARKS,
  FY_LINT_KIND_NUMBERING_SEQUENCE,
  FY_LINT_KIND_TYPED_HEADING_NUMBER,
  FY_LINT_KIND_DOUBLE_HEADING_NUMBER,
  FY_LINT_KIND_MISSING_END_PUNCTUATION,
  FY_LINT_KIND_FIELD_UNFILLED,
  FY_LINT_KIND_FIELD_UNKNOWN,
  FY_LINT_KIND_TITLE_TOO_LONG,
  FY_LINT_KIND_MISSING_GLYPH,
  FY_LINT_KIND_PAGE_CHUNK_MARKER,
  FY_LINT_KIND_WEB_BOILERPLATE,
  FY_LINT_KIND_TRADITIONAL_CHARACTER,
  NULL
};

static const gunichar bracket_pairs[][2] = {
  { 0x201C, 0x201D },   /* “ ” */
  { 0x2018, 0x2019 },   /* ‘ ’ */
  { 0xFF08, 0xFF09 },   /* （ ） */
  { 0x300A, 0x300B },   /* 《 》 */
  { 0x3010, 0x3011 },   /* 【 】 */
  { 0x3008, 0x3009 },   /* 〈 〉 */
  { 0x300C, 0x300D },   /* 「 」 */
  { 0x300E, 0x300F },   /* 『 』 */
  { 0x3014, 0x3015 },   /* 〔 〕 */
};

/* Character classes */

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x3000 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F;
}

/* Skipped when looking for the neighbours of a mark. */
static gboolean
is_ignorable (gunichar c)
{
  return is_space (c) || c == 0xFEFF || c == '\n' || c == '\r';
}

static gboolean
is_han (gunichar c)
{
  return c >= 0x2E80 && g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;
}

/* Han characters and the marks only Chinese (or Japanese) text uses, plus
 * the quotation marks, dash and ellipsis Chinese shares with English
 * typography but that in a Chinese manuscript are Chinese. */
static gboolean
is_cjk (gunichar c)
{
  if (c < 0x2000)
    return FALSE;

  switch (c)
    {
    case 0x2014: case 0x2015: case 0x2018: case 0x2019:
    case 0x201C: case 0x201D: case 0x2026: case 0x2E3A:
      return TRUE;
    default:
      break;
    }

  return (c >= 0x3000 && c <= 0x30FF) ||
         (c >= 0xFE10 && c <= 0xFE1F) ||
         (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFFEF) ||
         is_han (c);
}

static gboolean
is_ascii_alnum (gunichar c)
{
  return c < 0x80 && g_ascii_isalnum ((char)c);
}

static gboolean
is_ascii_digit (gunichar c)
{
  return c >= '0' && c <= '9';
}

static gboolean
is_ascii_graph (gunichar c)
{
  return c > 0x20 && c < 0x7F;
}

/* strchr() for a code point: only ASCII can be in @set. */
static gboolean
is_one_of (gunichar    c,
           const char *set)
{
  return c > 0 && c < 0x80 && strchr (set, (int)c) != NULL;
}

static guint
chinese_digit_value (gunichar c)
{
  switch (c)
    {
    case 0x4E00: return 1;   /* 一 */
    case 0x4E8C: return 2;   /* 二 */
    case 0x4E09: return 3;   /* 三 */
    case 0x56DB: return 4;   /* 四 */
    case 0x4E94: return 5;   /* 五 */
    case 0x516D: return 6;   /* 六 */
    case 0x4E03: return 7;   /* 七 */
    case 0x516B: return 8;   /* 八 */
    case 0x4E5D: return 9;   /* 九 */
    default:     return 0;
    }
}

static gboolean
is_chinese_numeral (gunichar c)
{
  return chinese_digit_value (c) > 0 || c == 0x5341;   /* 十 */
}

static gunichar
full_width_of (gunichar c)
{
  switch (c)
    {
    case ',': return 0xFF0C;
    case '.': return 0x3002;
    case ';': return 0xFF1B;
    case ':': return 0xFF1A;
    case '?': return 0xFF1F;
    case '!': return 0xFF01;
    case '(': return 0xFF08;
    case ')': return 0xFF09;
    default:  return 0;
    }
}

static gboolean
is_full_width_alnum (gunichar c)
{
  return (c >= 0xFF10 && c <= 0xFF19) ||
         (c >= 0xFF21 && c <= 0xFF3A) ||
         (c >= 0xFF41 && c <= 0xFF5A);
}

static gboolean
is_sentence_mark (gunichar c)
{
  /* ，、；：。！？ */
  return c == 0xFF0C || c == 0x3001 || c == 0xFF1B || c == 0xFF1A ||
         c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

static gboolean
is_closing_mark (gunichar c)
{
  for (guint i = 0; i < G_N_ELEMENTS (bracket_pairs); i++)
    if (bracket_pairs[i][1] == c)
      return TRUE;

  return c == ')' || c == '"' || c == '\'' || c == ']';
}

static char *
ucs4_dup (const gunichar *chars,
          gsize           len)
{
  char *str = g_ucs4_to_utf8 (chars, len, NULL, NULL, NULL);

  return str != NULL ? str : g_strdup ("");
}

static char *
unichar_dup (gunichar c)
{
  return ucs4_dup (&c, 1);
}

/* FyLintFinding */

static void
fy_lint_finding_finalize (GObject *object)
{
  FyLintFinding *self = (FyLintFinding *)object;

  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->fix, g_free);
  g_clear_pointer (&self->original, g_free);
  g_clear_pointer (&self->context, g_ref_string_release);

  G_OBJECT_CLASS (fy_lint_finding_parent_class)->finalize (object);
}

static void
fy_lint_finding_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FyLintFinding *self = FY_LINT_FINDING (object);

  switch (prop_id)
    {
    case FINDING_PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case FINDING_PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case FINDING_PROP_BLOCK:
      g_value_set_uint (value, self->block);
      break;

    case FINDING_PROP_START:
      g_value_set_uint (value, self->start);
      break;

    case FINDING_PROP_END:
      g_value_set_uint (value, self->end);
      break;

    case FINDING_PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case FINDING_PROP_FIX:
      g_value_set_string (value, self->fix);
      break;

    case FINDING_PROP_SAFE:
      g_value_set_boolean (value, fy_lint_finding_is_safe (self));
      break;

    case FINDING_PROP_ORIGINAL:
      g_value_set_string (value, self->original);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_lint_finding_class_init (FyLintFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fy_lint_finding_finalize;
  object_class->get_property = fy_lint_finding_get_property;

  finding_properties[FINDING_PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  finding_properties[FINDING_PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       FY_TYPE_LINT_SEVERITY, FY_LINT_SEVERITY_INFO, flags);
  finding_properties[FINDING_PROP_BLOCK] =
    g_param_spec_uint ("block", NULL, NULL, 0, G_MAXUINT, 0, flags);
  finding_properties[FINDING_PROP_START] =
    g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0, flags);
  finding_properties[FINDING_PROP_END] =
    g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0, flags);
  finding_properties[FINDING_PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, flags);
  finding_properties[FINDING_PROP_FIX] =
    g_param_spec_string ("fix", NULL, NULL, NULL, flags);
  finding_properties[FINDING_PROP_SAFE] =
    g_param_spec_boolean ("safe", NULL, NULL, FALSE, flags);
  finding_properties[FINDING_PROP_ORIGINAL] =
    g_param_spec_string ("original", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_FINDING_PROPS, finding_properties);
}

static void
fy_lint_finding_init (FyLintFinding *self)
{
}

/**
 * fy_lint_finding_get_kind:
 * @self: a #FyLintFinding
 *
 * Returns: (transfer none): a stable identifier such as
 *   %FY_LINT_KIND_HALF_WIDTH_PUNCTUATION
 */
const char *
fy_lint_finding_get_kind (FyLintFinding *self)
{
  g_return_val_if_fail (FY_IS_LINT_FINDING (self), NULL);

  return self->kind;
}

FyLintSeverity
fy_lint_finding_get_severity (FyLintFinding *self)
{
  g_return_val_if_fail (FY_IS_LINT_FINDING (self), FY_LINT_SEVERITY_INFO);

  return self->severity;
}

/**
 * fy_lint_finding_get_block:
 * @self: a #FyLintFinding
 *
 * Returns: the position of the block (the line, counted from 0, in text
 *   mode)
 */
guint
fy_lint_finding_get_block (FyLintFinding *self)
{
  g_return_val_if_fail (FY_IS_LINT_FINDING (self), 0);

  return self->block;
}

/**
 * fy_lint_finding_get_start:
 * @self: a #FyLintFinding
 *
 * Returns: the first character of the range, counted in characters (not
 *   bytes) from the start of the block's text
 */
guint
fy_lint_finding_get_start (FyLintFinding *self)
{
  g_return_val_if_fail (FY_IS_LINT_FINDING (self), 0);

  return self->start;
}

/**
 * fy_lint_finding_get_end:
 * @self: a #FyLintFinding
 *
 * Returns: the character just after the range
 */
guint
fy_lint_finding_get_end (FyLintFinding *self)
{
  g_return_val_if_fail (FY_IS_LINT_FINDING (self), 0);

  return self->end;
}

/**
 * fy_lint_finding_get_message:
 * @self: a #FyLintFinding
 *
 * Returns: (transfer none): the translated explanation
 */
const char *
fy_lint_finding_get_message (FyLintFinding *self)
{
  g_return_val_if_fail (FY_IS_LINT_FINDING (self), NULL);

  return self->message;
}

/**
 * fy_lint_finding_get_fix:
 * @self: a #FyLintFinding
 *
 * Returns: (transfer none) (nullable): the text that replaces the range,
 *   possibly empty (delete it), or %NULL if there is no fix
 */
const char *
fy_lint_finding_get_fix (FyLintFinding *self)
{
  g_return_val_if_fail (FY_IS_LINT_FINDING (self), NULL);

  return self->fix;
}

/**
 * fy_lint_finding_is_safe:
 * @self: a #FyLintFinding
 *
 * Returns: %TRUE if the fix may be applied without asking: it changes
 *   only marks or spaces and cannot change the meaning
 */
gboolean
fy_lint_finding_is_safe (FyLintFinding *self)
{
  g_return_val_if_fail (FY_IS_LINT_FINDING (self), FALSE);

  return self->fix != NULL && self->safe;
}

/**
 * fy_lint_finding_get_original:
 * @self: a #FyLintFinding
 *
 * Returns: (transfer none): the text of the range when the linter saw it
 */
const char *
fy_lint_finding_get_original (FyLintFinding *self)
{
  g_return_val_if_fail (FY_IS_LINT_FINDING (self), NULL);

  return self->original;
}

/**
 * fy_lint_severity_to_string:
 * @severity: a #FyLintSeverity
 *
 * Returns: (transfer none): "info", "warning" or "error"
 */
const char *
fy_lint_severity_to_string (FyLintSeverity severity)
{
  switch (severity)
    {
    case FY_LINT_SEVERITY_INFO:
      return "info";
    case FY_LINT_SEVERITY_WARNING:
      return "warning";
    case FY_LINT_SEVERITY_ERROR:
      return "error";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * fy_lint_get_kinds:
 *
 * Returns: (transfer none) (array zero-terminated=1): every kind of
 *   finding, in the order a findings panel lists them
 */
const char * const *
fy_lint_get_kinds (void)
{
  return all_kinds;
}

/**
 * fy_lint_kind_get_label:
 * @kind: a kind identifier
 *
 * Returns: (transfer none) (nullable): the translated short name of the
 *   kind, or %NULL for an unknown identifier
 */
const char *
fy_lint_kind_get_label (const char *kind)
{
  g_return_val_if_fail (kind != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kind_labels); i++)
    if (strcmp (kind_labels[i].kind, kind) == 0)
      return g_dgettext (GETTEXT_PACKAGE, kind_labels[i].label);

  return NULL;
}

static guint
kind_order (const char *kind)
{
  for (guint i = 0; all_kinds[i] != NULL; i++)
    if (all_kinds[i] == kind || strcmp (all_kinds[i], kind) == 0)
      return i;

  return G_MAXUINT;
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  const FyLintFinding *fa = *(const FyLintFinding * const *)a;
  const FyLintFinding *fb = *(const FyLintFinding * const *)b;

  if (fa->block != fb->block)
    return fa->block < fb->block ? -1 : 1;
  if (fa->start != fb->start)
    return fa->start < fb->start ? -1 : 1;
  if (fa->end != fb->end)
    return fa->end > fb->end ? -1 : 1;

  return (int)kind_order (fa->kind) - (int)kind_order (fb->kind);
}

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

/* Units */

static void
field_span_clear (gpointer data)
{
  FieldSpan *span = data;

  g_clear_pointer (&span->name, g_free);
}

static void
unit_init (Unit          *u,
           FyLint        *lint,
           GPtrArray     *findings,
           SequenceState *sequence,
           guint          block,
           const char    *text,
           gssize         length)
{
  glong n_chars = 0;

  memset (u, 0, sizeof *u);
  u->lint = lint;
  u->findings = findings;
  u->sequence = sequence;
  u->block = block;
  u->role = FY_BLOCK_ROLE_PARAGRAPH;
  u->text = text;
  u->context = length < 0 ? g_ref_string_new (text) : g_ref_string_new_len (text, length);
  u->chars = g_utf8_to_ucs4_fast (text, length, &n_chars);
  u->n = n_chars;
  u->mask = g_new0 (guint8, u->n + 1);
  u->consumed = g_new0 (guint8, u->n + 1);
  u->norm = g_memdup2 (u->chars, (u->n + 1) * sizeof (gunichar));
  u->fields = g_array_new (FALSE, TRUE, sizeof (FieldSpan));
  u->guidance_end = -1;
  g_array_set_clear_func (u->fields, field_span_clear);
}

static void
unit_clear (Unit *u)
{
  g_clear_pointer (&u->context, g_ref_string_release);
  g_clear_pointer (&u->chars, g_free);
  g_clear_pointer (&u->mask, g_free);
  g_clear_pointer (&u->consumed, g_free);
  g_clear_pointer (&u->norm, g_free);
  g_clear_pointer (&u->fields, g_array_unref);
}

static FyLintFinding *
finding_new (const char     *kind,
             FyLintSeverity  severity,
             guint           block,
             gsize           start,
             gsize           end,
             const char     *fix,
             gboolean        safe,
             char           *message,
             char           *original,
             char           *context)
{
  FyLintFinding *finding = g_object_new (FY_TYPE_LINT_FINDING, NULL);

  finding->kind = kind;
  finding->severity = severity;
  finding->block = block;
  finding->start = start;
  finding->end = end;
  finding->message = message;
  finding->fix = g_strdup (fix);
  finding->safe = fix != NULL && safe;
  finding->original = original;
  finding->context = g_ref_string_acquire (context);

  return finding;
}

/* Internal API for the check files (fy-lint-private.h) */

/* Adds a finding on [start, end) of @u; takes @message. */
FyLintFinding *
fy_lint_unit_add (Unit           *u,
                  const char     *kind,
                  FyLintSeverity  severity,
                  gsize           start,
                  gsize           end,
                  const char     *fix,
                  gboolean        safe,
                  char           *message)
{
  FyLintFinding *finding;

  g_assert (start <= end && end <= u->n);

  finding = finding_new (kind, severity, u->block, start, end, fix, safe, message,
                         ucs4_dup (u->chars + start, end - start), u->context);
  g_ptr_array_add (u->findings, finding);

  return finding;
}

#define unit_add fy_lint_unit_add

void
fy_lint_finding_set_join (FyLintFinding *finding,
                          FyLintJoin     join)
{
  finding->join = join;
}

gboolean
fy_lint_char_is_han (gunichar c)
{
  return is_han (c);
}

gboolean
fy_lint_char_is_space (gunichar c)
{
  return is_ignorable (c);
}

gboolean
fy_lint_char_closes (gunichar c)
{
  return is_closing_mark (c);
}

char *
fy_lint_ucs4_dup (const gunichar *chars,
                  gsize           len)
{
  return ucs4_dup (chars, len);
}

static gssize
prev_visible (Unit  *u,
              gssize i)
{
  for (i--; i >= 0; i--)
    if (!is_ignorable (u->chars[i]))
      return i;

  return -1;
}

static gssize
next_visible (Unit  *u,
              gssize i)
{
  for (i++; i < (gssize)u->n; i++)
    if (!is_ignorable (u->chars[i]))
      return i;

  return -1;
}

static gunichar
char_at (Unit  *u,
         gssize i)
{
  return i >= 0 && i < (gssize)u->n ? u->chars[i] : 0;
}

/* Whether the mark at [start, end) stands in Chinese text: its nearest
 * visible neighbour on either side is Chinese, or it ends a Latin word or
 * number that itself follows Chinese text at the end of the unit
 * ("访问example.com." → the full stop is Chinese).  Marks already found
 * to be Chinese count as Chinese (u->norm), so that a run of half-width
 * marks next to Chinese text is Chinese as a whole. */
static gboolean
in_chinese_context (Unit  *u,
                    gsize  start,
                    gsize  end)
{
  gssize left = prev_visible (u, start);
  gssize right = next_visible (u, (gssize)end - 1);
  gssize k;

  if ((left >= 0 && is_cjk (u->norm[left])) ||
      (right >= 0 && is_cjk (u->norm[right])))
    return TRUE;

  if (left >= 0 && right < 0 && is_ascii_graph (u->norm[left]))
    {
      for (k = left; k >= 0 && is_ascii_graph (u->norm[k]); k--)
        ;
      return k >= 0 && is_cjk (u->norm[k]);
    }

  if (right >= 0 && left < 0 && is_ascii_graph (u->norm[right]))
    {
      for (k = right; k < (gssize)u->n && is_ascii_graph (u->norm[k]); k++)
        ;
      return k < (gssize)u->n && is_cjk (u->norm[k]);
    }

  return FALSE;
}

static gssize
first_visible (Unit *u)
{
  return next_visible (u, -1);
}

/* Protection: field references, URLs, e-mail addresses */

static void
mask_range (Unit  *u,
            gsize  start,
            gsize  end,
            guint8 value)
{
  for (gsize i = start; i < end && i < u->n; i++)
    u->mask[i] = value;
}

static void
add_field_span (Unit       *u,
                gsize       start,
                gsize       end,
                const char *name)
{
  FieldSpan span = { start, end, g_strdup (name) };

  g_array_append_val (u->fields, span);
  mask_range (u, start, end, MASK_FIELD);
}

/* Text mode: the same `{{name}}` rule as fy_block_set_text(). */
static void
find_field_references (Unit *u)
{
  for (gsize i = 0; i + 1 < u->n; i++)
    {
      g_autofree char *raw = NULL;
      g_autofree char *name = NULL;
      gsize j;

      if (u->chars[i] != '{' || u->chars[i + 1] != '{')
        continue;

      for (j = i + 2; j + 1 < u->n; j++)
        if (u->chars[j] == '}' && u->chars[j + 1] == '}')
          break;
      if (j + 1 >= u->n)
        return;

      raw = ucs4_dup (u->chars + i + 2, j - i - 2);
      name = g_strstrip (g_strdup (raw));
      if (*name == '\0' || strpbrk (name, "{}\n") != NULL)
        {
          i++;
          continue;
        }

      add_field_span (u, i, j + 2, name);
      i = j + 1;
    }
}

static void
find_block_fields (Unit    *u,
                   FyBlock *block)
{
  gsize offset = 0;

  for (guint r = 0; r < fy_block_get_n_runs (block); r++)
    {
      const FyRun *run = fy_block_get_run (block, r);
      gsize len = g_utf8_strlen (run->text, -1);

      if (run->kind == FY_RUN_FIELD)
        {
          add_field_span (u, offset, offset + len + 4, run->text);
          len += 4;
        }
      offset += len;
    }
}

static gboolean
is_url_char (gunichar c)
{
  return is_ascii_graph (c) && !is_one_of (c, "\"<>\\^`{|}");
}

static gboolean
match_ascii_ci (Unit       *u,
                gsize       i,
                const char *word)
{
  for (gsize k = 0; word[k] != '\0'; k++)
    {
      if (i + k >= u->n || u->chars[i + k] >= 0x80 ||
          g_ascii_tolower ((char)u->chars[i + k]) != word[k])
        return FALSE;
    }

  return TRUE;
}

static void
mask_urls (Unit *u)
{
  static const char * const starts[] = { "https://", "http://", "ftp://", "www.", NULL };

  for (gsize i = 0; i < u->n; i++)
    {
      gsize j;
      gboolean open_paren = FALSE;

      if (u->mask[i] != MASK_NONE || (i > 0 && is_ascii_alnum (u->chars[i - 1])))
        continue;

      for (guint s = 0; starts[s] != NULL; s++)
        {
          if (!match_ascii_ci (u, i, starts[s]))
            continue;

          for (j = i; j < u->n && is_url_char (u->chars[j]); j++)
            if (u->chars[j] == '(')
              open_paren = TRUE;

          /* Sentence punctuation after a URL belongs to the sentence. */
          while (j > i && (is_one_of (u->chars[j - 1], ".,;:!?'") ||
                           (u->chars[j - 1] == ')' && !open_paren)))
            j--;

          mask_range (u, i, j, MASK_URL);
          i = j;
          break;
        }
    }

  for (gsize i = 0; i < u->n; i++)
    {
      gsize left, right;
      gboolean dot = FALSE;

      if (u->chars[i] != '@' || u->mask[i] != MASK_NONE)
        continue;

      for (left = i; left > 0 && (is_ascii_alnum (u->chars[left - 1]) ||
                                  is_one_of (u->chars[left - 1], "._%+-")); left--)
        ;
      for (right = i + 1; right < u->n && (is_ascii_alnum (u->chars[right]) ||
                                           is_one_of (u->chars[right], ".-")); right++)
        ;
      /* a@b.cn. — the last full stop ends the sentence. */
      while (right > i + 1 && is_one_of (u->chars[right - 1], ".-"))
        right--;
      for (gsize k = i + 1; k < right; k++)
        dot |= u->chars[k] == '.';

      if (left < i && dot && right > i + 1)
        mask_range (u, left, right, MASK_URL);
    }
}

/* Checks */

/* Whether the number around the spaces [i, j) stands between Chinese
 * characters: 共2 600家, not "version 2 3". */
static gboolean
number_in_chinese (Unit  *u,
                   gsize  i,
                   gsize  j)
{
  gssize a = (gssize)i - 1;
  gsize b = j;

  while (a >= 0 && (is_ascii_digit (u->chars[a]) || is_one_of (u->chars[a], ".,%") || is_space (u->chars[a])))
    a--;
  while (b < u->n && (is_ascii_digit (u->chars[b]) || is_one_of (u->chars[b], ".,%") || is_space (u->chars[b])))
    b++;

  return a >= 0 && b < u->n && is_cjk (u->chars[a]) && is_cjk (u->chars[b]);
}

/* Whether v[i] closes "第X条" (章, 节, 款, 编): the regulation style sets an
 * ideographic space after it (第一条　为了……). */
static gboolean
closes_article_number (Unit  *u,
                       gsize  i)
{
  gssize k = (gssize)i - 1;

  if (u->chars[i] != 0x6761 /* 条 */ && u->chars[i] != 0x7AE0 /* 章 */ &&
      u->chars[i] != 0x8282 /* 节 */ && u->chars[i] != 0x6B3E /* 款 */ && u->chars[i] != 0x7F16 /* 编 */)
    return FALSE;

  while (k >= 0 && (is_chinese_numeral (u->chars[k]) || is_ascii_digit (u->chars[k])))
    k--;

  return k >= 0 && k < (gssize)i - 1 && u->chars[k] == 0x7B2C /* 第 */;
}

/* Ideographic spaces [i, j) set on purpose: after 第X条 (章, 节), in a
 * speaker, signature or date line (names padded to three characters,
 * the office set apart from the date), and between two clauses of a
 * title or heading (织密基层服务网　答好民生幸福卷). */
static gboolean
is_deliberate_space (Unit  *u,
                     gsize  i,
                     gsize  j)
{
  for (gsize k = i; k < j; k++)
    if (u->chars[k] != 0x3000)
      return FALSE;

  if (i > 0 && closes_article_number (u, i - 1))
    return TRUE;

  switch (u->role)
    {
    case FY_BLOCK_ROLE_SPEAKER:
    case FY_BLOCK_ROLE_SIGNATURE:
    case FY_BLOCK_ROLE_DATE_LINE:
      return TRUE;
    case FY_BLOCK_ROLE_TITLE:
    case FY_BLOCK_ROLE_SUBTITLE:
    case FY_BLOCK_ROLE_HEADING:
      return i > 0 && j < u->n && is_han (u->chars[i - 1]) && is_han (u->chars[j]);
    default:
      return FALSE;
    }
}

static void
check_spaces (Unit *u)
{
  gssize first = -1;

  for (gsize i = 0; i < u->n; i++)
    if (!is_ignorable (u->chars[i]))
      {
        first = i;
        break;
      }

  /* A blank line or block: nothing to say. */
  if (first < 0)
    return;

  for (gsize i = 0; i < u->n; i++)
    {
      gsize j;
      gboolean at_start, at_end;
      gunichar left, right;

      if (!is_space (u->chars[i]) || u->mask[i] != MASK_NONE)
        continue;

      for (j = i; j < u->n && is_space (u->chars[j]); j++)
        ;

      at_start = (gssize)i <= first;
      at_end = next_visible (u, (gssize)j - 1) < 0;

      /* Hard-wrapped text: a space at the end of a line that runs on
       * (or at the start of the line it runs on into) stands between
       * the Chinese characters the wrap separated. */
      if ((at_end && u->continues && !at_start && is_cjk (u->norm[i - 1])) ||
          (at_start && u->continued && !at_end && is_cjk (u->norm[j])))
        {
          for (gsize k = i; k < j; k++)
            unit_add (u, FY_LINT_KIND_SPACE_IN_CHINESE, FY_LINT_SEVERITY_WARNING, k, k + 1, "", TRUE,
                      g_strdup (_("Space between Chinese characters, probably where a line wrapped in the source; remove it.")));
          i = j - 1;
          continue;
        }

      if (at_start || at_end)
        {
          unit_add (u, FY_LINT_KIND_SPACE_AT_EDGE, FY_LINT_SEVERITY_INFO, i, j, "", TRUE,
                    g_strdup (at_start
                              ? _("Spaces at the start of a paragraph; the first-line indent is set by the style, so remove them.")
                              : _("Spaces at the end of a paragraph; remove them.")));
          i = j - 1;
          continue;
        }

      left = u->chars[i - 1];
      right = u->chars[j];

      if (is_cjk (left) || is_cjk (right))
        {
          if (is_deliberate_space (u, i, j))
            {
              i = j - 1;
              continue;
            }

          /* One finding per space, so that each can be counted. */
          for (gsize k = i; k < j; k++)
            unit_add (u, FY_LINT_KIND_SPACE_IN_CHINESE, FY_LINT_SEVERITY_WARNING, k, k + 1, "", TRUE,
                      g_strdup ((is_cjk (left) && is_cjk (right))
                                ? _("Space between Chinese characters, probably where a line wrapped in the source; remove it.")
                                : _("Space between Chinese text and a Latin word or number; official documents do not use one, remove it.")));
        }
      else if (is_ascii_digit (left) && is_ascii_digit (right) && number_in_chinese (u, i, j))
        {
          /* 企业26 00家: a wrap inside a number.  Chinese text neither
           * groups digits with spaces nor lists numbers with them, so
           * the number reads the same without it. */
          for (gsize k = i; k < j; k++)
            unit_add (u, FY_LINT_KIND_SPACE_IN_CHINESE, FY_LINT_SEVERITY_WARNING, k, k + 1, "", TRUE,
                      g_strdup (_("Space inside a number in Chinese text, probably where a line wrapped; remove it.")));
        }

      i = j - 1;
    }
}

static void
check_full_width_alnum (Unit *u)
{
  for (gsize i = 0; i < u->n; i++)
    {
      g_autofree gunichar *fixed = NULL;
      g_autofree char *fix = NULL;
      g_autofree char *original = NULL;
      gsize j;

      if (!is_full_width_alnum (u->chars[i]) || u->mask[i] != MASK_NONE)
        continue;

      /* ２．５ is one number: the full-width point goes with it. */
      for (j = i; j < u->n; j++)
        {
          if (is_full_width_alnum (u->chars[j]))
            continue;
          if (u->chars[j] == 0xFF0E && j > i && j + 1 < u->n &&
              u->chars[j - 1] >= 0xFF10 && u->chars[j - 1] <= 0xFF19 &&
              u->chars[j + 1] >= 0xFF10 && u->chars[j + 1] <= 0xFF19)
            continue;
          break;
        }

      fixed = g_new (gunichar, j - i);
      for (gsize k = i; k < j; k++)
        fixed[k - i] = u->chars[k] - 0xFEE0;

      fix = ucs4_dup (fixed, j - i);
      original = ucs4_dup (u->chars + i, j - i);
      unit_add (u, FY_LINT_KIND_FULL_WIDTH_ALPHANUMERIC, FY_LINT_SEVERITY_WARNING, i, j, fix, TRUE,
                g_strdup_printf (_("Full-width “%s”: write digits and Latin letters half-width, “%s”."),
                                 original, fix));
      i = j - 1;
    }
}

static gboolean
is_dot (gunichar c)
{
  return c == '.' || c == 0x3002 || c == 0xFF0E || c == 0x2026;
}

static void
check_ellipses (Unit *u)
{
  const char *ellipsis = "……";

  for (gsize i = 0; i < u->n; i++)
    {
      g_autofree char *original = NULL;
      guint n_ascii = 0, n_stops = 0, n_other = 0, n_ellipsis = 0;
      gboolean flag = FALSE, safe = FALSE;
      gsize j;

      if (!is_dot (u->chars[i]) || u->mask[i] != MASK_NONE)
        continue;

      /* "…。": an ellipsis character and a full stop are two marks. */
      for (j = i; j < u->n && is_dot (u->chars[j]) && u->mask[j] == MASK_NONE &&
                  (u->chars[j] == 0x2026) == (u->chars[i] == 0x2026); j++)
        {
          switch (u->chars[j])
            {
            case '.':    n_ascii++; break;
            case 0x3002: n_stops++; break;
            case 0x2026: n_ellipsis++; break;
            default:     n_other++; break;
            }
        }

      if (n_ascii + n_stops + n_other == 0)
        {
          /* "……" is right; "…" alone or "………" is not. */
          flag = n_ellipsis == 1 || n_ellipsis == 3;
          safe = TRUE;
        }
      else if (n_ellipsis == 0)
        {
          guint len = j - i;

          if (len >= 3)
            {
              flag = n_ascii < len || in_chinese_context (u, i, j);
              safe = TRUE;
            }
          else if (len == 2 && n_ascii == 2 && in_chinese_context (u, i, j) &&
                   !(is_ascii_alnum (char_at (u, i - 1)) && is_ascii_alnum (char_at (u, j))))
            {
              /* ".." probably meant an ellipsis, but may be a typo. */
              flag = TRUE;
              safe = FALSE;
            }
        }
      else
        {
          flag = TRUE;
          safe = FALSE;
        }

      if (flag)
        {
          original = ucs4_dup (u->chars + i, j - i);
          unit_add (u, FY_LINT_KIND_ELLIPSIS, FY_LINT_SEVERITY_WARNING, i, j, ellipsis, safe,
                    g_strdup_printf (_("“%s” is not a Chinese ellipsis; write “……” (two ellipsis characters)."),
                                     original));
          memset (u->consumed + i, 1, j - i);
        }

      i = j - 1;
    }
}

static void
check_dashes (Unit *u)
{
  for (gsize i = 0; i < u->n; i++)
    {
      g_autofree char *original = NULL;
      gunichar c = u->chars[i];
      gboolean flag = FALSE;
      gsize j, len;

      if ((c != '-' && c != 0x2014 && c != 0x2015 && c != 0xFF0D && c != 0x2500) ||
          u->mask[i] != MASK_NONE)
        continue;

      for (j = i; j < u->n && u->chars[j] == c && u->mask[j] == MASK_NONE; j++)
        ;
      len = j - i;

      /* 2023—2024 and 1-3 are ranges, not dashes. */
      if (is_ascii_alnum (char_at (u, i - 1)) && is_ascii_alnum (char_at (u, j)))
        {
          i = j - 1;
          continue;
        }

      switch (c)
        {
        case '-':
          /* A line of hyphens is a separator, not a dash. */
          flag = len >= 2 && len <= 3 &&
                 (first_visible (u) != (gssize)i || next_visible (u, j - 1) >= 0);
          break;
        case 0x2014:
          flag = len == 1;
          break;
        case 0x2015:
          flag = len <= 2;
          break;
        default:
          flag = len == 2;
          break;
        }

      if (flag && in_chinese_context (u, i, j))
        {
          original = ucs4_dup (u->chars + i, j - i);
          unit_add (u, FY_LINT_KIND_DASH, FY_LINT_SEVERITY_WARNING, i, j, "——", TRUE,
                    g_strdup_printf (_("“%s” as a dash; the Chinese dash is “——” (two em dashes)."),
                                     original));
          memset (u->consumed + i, 1, j - i);
        }

      i = j - 1;
    }
}

static void
add_half_width (Unit     *u,
                gsize     i,
                gunichar  replacement)
{
  g_autofree char *original = unichar_dup (u->chars[i]);
  g_autofree char *fix = unichar_dup (replacement);

  unit_add (u, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, FY_LINT_SEVERITY_WARNING, i, i + 1, fix, TRUE,
            g_strdup_printf (_("Half-width “%s” in Chinese text; use the full-width “%s”."),
                             original, fix));
  u->norm[i] = replacement;
  u->consumed[i] = 1;
}

/* "1." and "1)" opening a point, and "1.2" inside a number, keep their
 * ASCII marks; the digits must follow a boundary for that. */
static gboolean
is_numbering_mark (Unit  *u,
                   gsize  i)
{
  gssize k = (gssize)i - 1;
  gssize digits;
  gunichar before;

  for (digits = 0; k >= 0 && is_ascii_digit (u->chars[k]); k--)
    digits++;

  if (digits == 0 || digits > 3)
    return FALSE;

  before = char_at (u, k);
  return k < 0 || is_ignorable (before) || is_sentence_mark (before) ||
         before == 0xFF08 || before == '(' || is_one_of (before, ";:,!?");
}

static gboolean
opens_with_chinese_numeral (Unit  *u,
                            gsize  i)
{
  gssize k = (gssize)i - 1;
  gssize start = first_visible (u);

  if (k < 0 || !is_chinese_numeral (u->chars[k]))
    return FALSE;
  while (k >= 0 && is_chinese_numeral (u->chars[k]))
    k--;

  return k + 1 == start;
}

/* One pass over the brackets and marks not yet found; returns whether it
 * found any, since each can put its neighbours in Chinese context. */
static gboolean
check_half_width_pass (Unit *u)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) unmatched = g_array_new (FALSE, FALSE, sizeof (gsize));
  guint before = u->findings->len;

  /* Brackets change together, so that “(API)” in Chinese text does not
   * end up half full-width. */
  for (gsize i = 0; i < u->n; i++)
    {
      if (u->mask[i] != MASK_NONE)
        continue;

      if (u->chars[i] == '(')
        g_array_append_val (stack, i);
      else if (u->chars[i] == ')')
        {
          if (stack->len > 0)
            {
              gsize open = g_array_index (stack, gsize, stack->len - 1);
              gboolean chinese;

              g_array_set_size (stack, stack->len - 1);
              if (u->consumed[open] || u->consumed[i])
                continue;

              chinese = in_chinese_context (u, open, open + 1) || in_chinese_context (u, i, i + 1);
              for (gsize k = open + 1; k < i && !chinese; k++)
                chinese = is_cjk (u->norm[k]);

              if (chinese)
                {
                  add_half_width (u, open, 0xFF08);
                  add_half_width (u, i, 0xFF09);
                }
            }
          else
            g_array_append_val (unmatched, i);
        }
    }
  g_array_append_vals (unmatched, stack->data, stack->len);

  for (guint k = 0; k < unmatched->len; k++)
    {
      gsize i = g_array_index (unmatched, gsize, k);

      if (u->consumed[i])
        continue;
      /* "1)" opening a point. */
      if (u->chars[i] == ')' && is_numbering_mark (u, i))
        continue;
      if (in_chinese_context (u, i, i + 1))
        add_half_width (u, i, full_width_of (u->chars[i]));
    }

  for (gsize i = 0; i < u->n; i++)
    {
      gunichar c = u->chars[i];
      gunichar prev = char_at (u, (gssize)i - 1);
      gunichar next = char_at (u, i + 1);

      if (!is_one_of (c, ",.;:?!") ||
          u->mask[i] != MASK_NONE || u->consumed[i])
        continue;

      /* 2.5, 1,000, 17:00, V2.1, example.com */
      if (is_ascii_alnum (prev) && is_ascii_alnum (next))
        continue;

      if (c == '.' && is_numbering_mark (u, i))
        continue;

      /* 发言.docx, 政府.gov.cn: a file name or a domain, like example.com. */
      if (c == '.' && is_ascii_alnum (next))
        continue;

      /* “… a leader and a follower.”: an English sentence quoted in
       * Chinese text keeps its own punctuation. */
      if (prev < 0x80 && g_ascii_isalpha ((char)prev) && next_visible (u, i) >= 0 &&
          is_closing_mark (u->norm[next_visible (u, i)]))
        continue;

      if (c == '.' && opens_with_chinese_numeral (u, i))
        {
          g_autofree char *numeral = ucs4_dup (u->chars + first_visible (u), i - first_visible (u));

          unit_add (u, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, FY_LINT_SEVERITY_WARNING, i, i + 1, "、", TRUE,
                    g_strdup_printf (_("“%s.” numbers a point with a full stop; Chinese numbering is written “%s、”."),
                                     numeral, numeral));
          u->norm[i] = 0x3001;
          u->consumed[i] = 1;
          continue;
        }

      if (in_chinese_context (u, i, i + 1))
        add_half_width (u, i, full_width_of (c));
    }

  return u->findings->len > before;
}

/* Straight double quotation marks in Chinese text: with an even number
 * in the paragraph they pair up in order and become “ ”; with an odd
 * number which is which is a guess, so the fix is only offered. */
static void
check_straight_quotes (Unit *u)
{
  g_autoptr(GArray) quotes = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (gsize i = 0; i < u->n; i++)
    if (u->chars[i] == '"' && u->mask[i] == MASK_NONE)
      g_array_append_val (quotes, i);

  /* In a paragraph wrapped over several lines, a quotation may open on
   * one line and close on the next. */
  if (u->text_mode ? !u->quotes_odd : quotes->len % 2 == 0)
    {
      guint k = 0;

      if (u->quotes_before % 2 == 1 && quotes->len > 0)
        {
          gsize close = g_array_index (quotes, gsize, 0);
          gboolean chinese = in_chinese_context (u, close, close + 1);

          for (gsize m = 0; m < close && !chinese; m++)
            chinese = is_cjk (u->chars[m]);
          if (chinese)
            add_half_width (u, close, 0x201D);
          k = 1;
        }

      for (; k < quotes->len; k += 2)
        {
          gsize open = g_array_index (quotes, gsize, k);
          gsize close = k + 1 < quotes->len ? g_array_index (quotes, gsize, k + 1) : u->n;
          gboolean chinese = in_chinese_context (u, open, open + 1) ||
                             (close < u->n && in_chinese_context (u, close, close + 1));

          for (gsize m = open + 1; m < close && !chinese; m++)
            chinese = is_cjk (u->chars[m]);

          if (chinese)
            {
              add_half_width (u, open, 0x201C);
              if (close < u->n)
                add_half_width (u, close, 0x201D);
            }
        }
      return;
    }

  for (guint k = 0; k < quotes->len; k++)
    {
      gsize i = g_array_index (quotes, gsize, k);
      gssize before = prev_visible (u, i);
      gboolean opening = before < 0 || is_space (u->chars[i - 1]) || is_sentence_mark (u->norm[before]) ||
                         u->norm[before] == 0xFF08;
      g_autofree char *fix = unichar_dup (opening ? 0x201C : 0x201D);

      if (!in_chinese_context (u, i, i + 1))
        continue;

      unit_add (u, FY_LINT_KIND_HALF_WIDTH_PUNCTUATION, FY_LINT_SEVERITY_WARNING, i, i + 1, fix, FALSE,
                g_strdup_printf (_("Half-width “%s” in Chinese text; use the full-width “%s”."), "\"", fix));
      u->consumed[i] = 1;
    }
}

static void
check_half_width (Unit *u)
{
  check_straight_quotes (u);

  /* Each pass finds at least one more mark or ends: at most n passes,
   * in practice one or two. */
  while (check_half_width_pass (u))
    ;
}

static void
check_doubled (Unit *u)
{
  for (gsize i = 0; i < u->n; i++)
    {
      g_autofree char *original = NULL;
      gboolean same = TRUE, only_emphasis = TRUE;
      gunichar c = u->norm[i];
      gsize j;

      if (!is_sentence_mark (c) || u->mask[i] != MASK_NONE ||
          (u->consumed[i] && u->chars[i] == c))
        continue;

      for (j = i; j < u->n && is_sentence_mark (u->norm[j]) && u->mask[j] == MASK_NONE &&
                  !(u->consumed[j] && u->chars[j] == u->norm[j]); j++)
        {
          same = same && u->norm[j] == c;
          only_emphasis = only_emphasis && (u->norm[j] == 0xFF01 || u->norm[j] == 0xFF1F);
        }

      if (j - i >= 2)
        {
          original = ucs4_dup (u->chars + i, j - i);

          if (same)
            {
              g_autofree char *fix = unichar_dup (c);
              gboolean emphasis = c == 0xFF01 || c == 0xFF1F;

              unit_add (u, FY_LINT_KIND_DOUBLED_PUNCTUATION, FY_LINT_SEVERITY_WARNING, i, j, fix, !emphasis,
                        g_strdup_printf (_("“%s”: the mark is repeated; write it once."), original));
            }
          else if (!only_emphasis)
            unit_add (u, FY_LINT_KIND_DOUBLED_PUNCTUATION, FY_LINT_SEVERITY_WARNING, i, j, NULL, FALSE,
                      g_strdup_printf (_("“%s”: two punctuation marks in a row; keep the one that is meant."),
                                       original));
        }

      i = j - 1;
    }
}

static gssize
bracket_index (gunichar c,
               gboolean opening)
{
  for (guint i = 0; i < G_N_ELEMENTS (bracket_pairs); i++)
    if (bracket_pairs[i][opening ? 0 : 1] == c)
      return i;

  return -1;
}

static char *
unpaired_message (gunichar mark,
                  gboolean opening)
{
  g_autofree char *str = unichar_dup (mark);

  return g_strdup_printf (opening
                          ? _("“%s” is opened but never closed in this paragraph; add the closing mark or remove this one.")
                          : _("“%s” closes nothing in this paragraph; add the opening mark or remove this one."),
                          str);
}

static void
add_unclosed (Unit           *u,
              const OpenMark *open)
{
  g_ptr_array_add (u->findings,
                   finding_new (FY_LINT_KIND_UNPAIRED_MARK, FY_LINT_SEVERITY_WARNING,
                                open->block, open->index, open->index + 1, NULL, FALSE,
                                unpaired_message (open->mark, TRUE),
                                unichar_dup (open->raw), open->context));
}

static void
open_mark_clear (gpointer data)
{
  OpenMark *open = data;

  g_clear_pointer (&open->context, g_ref_string_release);
}

static void
sequence_state_init (SequenceState *sequence)
{
  memset (sequence, 0, sizeof *sequence);
  sequence->page_one_unit = -1;
  sequence->open_marks = g_array_new (FALSE, FALSE, sizeof (OpenMark));
  g_array_set_clear_func (sequence->open_marks, open_mark_clear);
}

static void
sequence_state_clear (SequenceState *sequence)
{
  g_clear_pointer (&sequence->open_marks, g_array_unref);
}

static void
check_pairs (Unit *u)
{
  GArray *stack = u->sequence->open_marks;

  /* Marks left open by a line that did not run on into this one. */
  if (!u->continued)
    {
      for (guint m = 0; m < stack->len; m++)
        add_unclosed (u, &g_array_index (stack, OpenMark, m));
      g_array_set_size (stack, 0);
    }

  for (gsize i = 0; i < u->n; i++)
    {
      gunichar c = u->norm[i];
      gssize pair;
      gssize k;

      if (u->mask[i] != MASK_NONE)
        continue;

      if (bracket_index (c, TRUE) >= 0)
        {
          OpenMark open = { u->block, i, c, u->chars[i], g_ref_string_acquire (u->context) };

          g_array_append_val (stack, open);
          continue;
        }

      pair = bracket_index (c, FALSE);
      if (pair < 0)
        continue;

      /* it’s: an apostrophe in a Latin word */
      if (c == 0x2019 && g_unichar_isalpha (char_at (u, (gssize)i - 1)) &&
          char_at (u, (gssize)i - 1) < 0x80 && is_ascii_alnum (char_at (u, i + 1)))
        continue;

      for (k = (gssize)stack->len - 1; k >= 0; k--)
        if (bracket_index (g_array_index (stack, OpenMark, k).mark, TRUE) == pair)
          break;

      if (k < 0)
        {
          unit_add (u, FY_LINT_KIND_UNPAIRED_MARK, FY_LINT_SEVERITY_WARNING, i, i + 1, NULL, FALSE,
                    unpaired_message (c, FALSE));
          continue;
        }

      for (guint m = k + 1; m < stack->len; m++)
        add_unclosed (u, &g_array_index (stack, OpenMark, m));
      g_array_set_size (stack, k);
    }

  if (!u->continues)
    {
      for (guint m = 0; m < stack->len; m++)
        add_unclosed (u, &g_array_index (stack, OpenMark, m));
      g_array_set_size (stack, 0);
    }
}

/* Reads 一 … 九十九 at @i; returns the number of characters, 0 if none. */
static gsize
read_chinese_numeral (Unit  *u,
                      gsize  i,
                      guint *value)
{
  guint total = 0, digit = 0;
  gsize k;

  for (k = i; k < u->n && k - i < 3; k++)
    {
      gunichar c = u->chars[k];

      if (c == 0x5341)   /* 十 */
        {
          total += (digit == 0 ? 1 : digit) * 10;
          digit = 0;
        }
      else if (chinese_digit_value (c) > 0 && digit == 0)
        digit = chinese_digit_value (c);
      else
        break;
    }

  *value = total + digit;
  return *value > 0 ? k - i : 0;
}

/* Reads a typed heading number (一、 （一） 1. （1）) at the start of the
 * unit into @level and @number, and its character range. */
static gboolean
read_heading_number (Unit  *u,
                     guint *level,
                     guint *number,
                     gsize *start,
                     gsize *end)
{
  const char *rest = NULL;
  gssize first = first_visible (u);
  gsize k;

  if (first < 0)
    return FALSE;

  *start = first;
  if (fy_numbering_strip_prefix (u->text, level, number, &rest))
    {
      *end = g_utf8_pointer_to_offset (u->text, rest);
      while (*end > *start && is_space (u->chars[*end - 1]))
        (*end)--;
      return TRUE;
    }

  /* "4、460家" is item 4, even though a digit follows. */
  *number = 0;
  for (k = first; k < u->n && k - first < 3 && is_ascii_digit (u->chars[k]); k++)
    *number = *number * 10 + (u->chars[k] - '0');
  if (k == (gsize)first || k >= u->n || u->chars[k] != 0x3001 || *number == 0)
    return FALSE;

  *level = 3;
  *end = k + 1;
  return TRUE;
}

/* "三、" with the number @n in place of three: the writer's own style. */
static char *
renumber_prefix (const gunichar *chars,
                 gsize           len,
                 guint           n)
{
  GString *str = g_string_new (NULL);
  gboolean done = FALSE;

  for (gsize k = 0; k < len; k++)
    {
      if (!done && (is_ascii_digit (chars[k]) || is_chinese_numeral (chars[k])))
        {
          gboolean chinese = is_chinese_numeral (chars[k]);

          while (k + 1 < len && (chinese ? is_chinese_numeral (chars[k + 1]) : is_ascii_digit (chars[k + 1])))
            k++;
          if (chinese)
            {
              g_autofree char *numeral = fy_numbering_chinese_numeral (n);

              g_string_append (str, numeral);
            }
          else
            g_string_append_printf (str, "%u", n);
          done = TRUE;
        }
      else
        g_string_append_unichar (str, chars[k]);
    }

  return g_string_free (str, FALSE);
}

static void
check_heading_numbering (Unit *u)
{
  SequenceState *seq = u->sequence;
  guint level = 0, number = 0, expected;
  gsize start = 0, end = 0;

  if (!u->text_mode && u->role != FY_BLOCK_ROLE_PARAGRAPH && u->role != FY_BLOCK_ROLE_HEADING)
    return;

  if (u->role == FY_BLOCK_ROLE_HEADING && !u->text_mode && u->document != NULL &&
      fy_document_get_numbering (u->document) == FY_NUMBERING_AUTO)
    {
      FyHeadingCounter counter;
      g_autofree char *engine = NULL;
      const char *rest = NULL;
      gssize first = first_visible (u);

      /* The engine numbers this heading: count it as it does. */
      level = fy_block_get_level (fy_document_get_block (u->document, u->block));
      level = CLAMP (level, 1, FY_HEADING_MAX_LEVEL);
      counter.mode = FY_NUMBERING_AUTO;
      memcpy (counter.counters, seq->heading_last, sizeof counter.counters);
      engine = fy_heading_counter_next (&counter, level, u->text);
      memcpy (seq->heading_last, counter.counters, sizeof counter.counters);

      if (engine == NULL && read_heading_number (u, &level, &number, &start, &end))
        {
          /* Printed as written, instead of the engine's number. */
          g_autofree char *found = ucs4_dup (u->chars + start, end - start);
          gsize cut = end;

          while (cut < u->n && is_space (u->chars[cut]))
            cut++;
          unit_add (u, FY_LINT_KIND_TYPED_HEADING_NUMBER, FY_LINT_SEVERITY_WARNING, start, cut, "", FALSE,
                    g_strdup_printf (_("The number “%s” is typed by hand: it is printed as written and does not follow "
                                       "when headings move. Remove it to let Fayan number the heading."),
                                     found));
        }
      else if (engine != NULL && first >= 0 && fy_numbering_looks_numbered (u->text, &rest))
        {
          gsize cut = g_utf8_pointer_to_offset (u->text, rest);
          g_autofree char *found = NULL;

          end = cut;
          while (end > (gsize) first && is_space (u->chars[end - 1]))
            end--;
          found = ucs4_dup (u->chars + first, end - first);
          unit_add (u, FY_LINT_KIND_DOUBLE_HEADING_NUMBER, FY_LINT_SEVERITY_WARNING, first, cut, "", FALSE,
                    g_strdup_printf (_("This heading would show two numbers, “%s” from Fayan and its own “%s”. "
                                       "Remove the typed number, or set the document’s numbering to “as written”."),
                                     engine, found));
        }
      return;
    }

  if (!read_heading_number (u, &level, &number, &start, &end))
    return;

  expected = seq->heading_last[level] + 1;
  if (number != expected && number != 1)
    {
      g_autofree char *found = ucs4_dup (u->chars + start, end - start);
      g_autofree char *wanted = renumber_prefix (u->chars + start, end - start, expected);

      unit_add (u, FY_LINT_KIND_NUMBERING_SEQUENCE, FY_LINT_SEVERITY_WARNING, start, end, NULL, FALSE,
                expected == 1
                ? g_strdup_printf (_("The numbering starts at “%s”; the first item is “%s”."), found, wanted)
                : g_strdup_printf (_("“%s” is out of sequence: “%s” was expected here. Check for a missing or repeated item."),
                                   found, wanted));
    }

  seq->heading_last[level] = number;
  for (guint l = level + 1; l <= FY_HEADING_MAX_LEVEL; l++)
    seq->heading_last[l] = 0;
}

static void
check_lead_numbering (Unit *u)
{
  SequenceState *seq = u->sequence;

  if (!u->text_mode && u->role != FY_BLOCK_ROLE_PARAGRAPH && u->role != FY_BLOCK_ROLE_HEADING)
    return;

  for (gsize i = 0; i < u->n; i++)
    {
      gssize before = prev_visible (u, i);
      gboolean di = FALSE;
      guint value = 0, key;
      gsize len, k = i;
      gunichar suffix;

      if (u->mask[i] != MASK_NONE || is_ignorable (u->chars[i]))
        continue;
      if (before >= 0 && !is_sentence_mark (u->norm[before]))
        continue;

      if (u->chars[k] == 0x7B2C)   /* 第 */
        {
          di = TRUE;
          k++;
        }

      len = read_chinese_numeral (u, k, &value);
      if (len == 0)
        continue;
      k += len;
      suffix = char_at (u, k);

      if (di && (suffix == 0xFF0C || suffix == 0x3001 || suffix == ',' || suffix == 0x662F))
        key = LEAD_DI;
      else if (!di && suffix == 0x662F)   /* 是 */
        key = LEAD_SHI;
      else if (!di && suffix == 0x8981)   /* 要 */
        key = LEAD_YAO;
      else
        continue;

      if (value != 1 && value != seq->lead_last[key] + 1)
        {
          gsize end = (key == LEAD_DI && suffix != 0x662F) ? k : k + 1;
          g_autofree char *found = ucs4_dup (u->chars + i, end - i);
          g_autofree char *numeral = fy_numbering_chinese_numeral (seq->lead_last[key] + 1);
          g_autofree char *wanted = NULL;

          if (key == LEAD_DI)
            wanted = g_strconcat ("第", numeral, NULL);
          else
            wanted = g_strconcat (numeral, key == LEAD_SHI ? "是" : "要", NULL);

          unit_add (u, FY_LINT_KIND_NUMBERING_SEQUENCE, FY_LINT_SEVERITY_WARNING, i, end, NULL, FALSE,
                    g_strdup_printf (_("“%s” is out of sequence: “%s” was expected here. Check for a missing or repeated point."),
                                     found, wanted));
        }

      seq->lead_last[key] = value;
      i = k;
    }
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

static void
check_end_punctuation (Unit *u)
{
  gssize last = prev_visible (u, u->n);
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
  else if (u->role != FY_BLOCK_ROLE_PARAGRAPH && u->role != FY_BLOCK_ROLE_CLOSING)
    return;

  /* The guidance will be replaced, and the end with it. */
  if (last < 0 || u->mask[last] != MASK_NONE || last == u->guidance_end)
    return;

  for (k = last; k >= 0 && is_closing_mark (u->norm[k]); k--)
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

static void
check_fields (Unit *u)
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

      value = u->document != NULL ? fy_document_get_field_value (u->document, span->name) : NULL;
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

/* Pasted text loses the 《》 around the names of laws, regulations and
 * documents.  Two shapes are recognised: "关于……的意见/通知/方案……" and a
 * place followed by a regulation ("××市……条例").  Neither is certain,
 * so the finding is information and its fix is only offered. */
static void
check_title_marks (Unit *u)
{
  static const char * const document_words[] = {
    "实施意见", "工作方案", "实施方案", "实施细则", "实施办法", "管理办法", "工作指引",
    "意见", "通知", "决定", "方案", "办法", "规定", "条例", "决议", "规划", "细则", "指引", NULL
  };
  static const char * const regulation_words[] = {
    "实施细则", "管理办法", "实施办法", "工作指引", "条例", "指引", NULL
  };
  static const gunichar places[] = { 0x5E02 /* 市 */, 0x7701 /* 省 */, 0x53BF /* 县 */, 0x5DDE /* 州 */ };
  g_autofree gsize *pos = g_new (gsize, u->n + 1);
  g_autofree gunichar *v = g_new (gunichar, u->n + 1);
  g_autofree guint8 *marked = g_new0 (guint8, u->n + 1);
  guint title_depth = 0, quote_depth = 0;
  gsize m = 0, last_end = 0;

  /* The visible characters, wrap spaces left out; those inside 《》 or
   * “” are marked already. */
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
      pos[m] = i;
      v[m] = u->mask[i] != MASK_NONE ? 0xFFFC : c;
      marked[m] = title_depth > 0 || quote_depth > 0 || c == 0x300B || c == 0x201D;
      m++;
    }

  /* Names after 学习, 贯彻, 依据 …: found first, so that the shapes
   * below do not take a verb into a name. */
  fy_lint_check_names_after_verbs (u, v, pos, marked, m);

  for (gsize k = 0; k + 1 < m; k++)
    {
      gsize e, best_end = 0, len;

      /* 关于……的意见 */
      if (v[k] == 0x5173 /* 关 */ && v[k + 1] == 0x4E8E /* 于 */ && !marked[k])
        {
          for (e = k + 2; e < m && e - k < 80 && !is_name_boundary (v[e]) && !marked[e]; e++)
            if (v[e] == 0x7684 /* 的 */ && (len = fy_lint_match_word (v, m, e + 1, document_words)) > 0)
              best_end = e + 1 + len;

          if (best_end > 0)
            {
              g_autofree char *name = ucs4_dup (u->chars + pos[k], pos[best_end - 1] + 1 - pos[k]);
              g_autofree char *fix = g_strconcat ("《", name, "》", NULL);

              unit_add (u, FY_LINT_KIND_MISSING_TITLE_MARKS, FY_LINT_SEVERITY_INFO,
                        pos[k], pos[best_end - 1] + 1, fix, FALSE,
                        g_strdup_printf (_("“%s” looks like the name of a document; names of laws, "
                                           "regulations and documents take 《》."), name));
              last_end = best_end;
              k = best_end - 1;
              continue;
            }
        }

      /* ××市……条例 */
      if (k >= last_end && !marked[k] && (len = fy_lint_match_word (v, m, k, regulation_words)) > 0)
        {
          gssize start = k;
          gssize place = -1;

          while (start > (gssize)last_end && !is_name_boundary (v[start - 1]) && !marked[start - 1])
            start--;
          for (gssize j = k - 3; j >= start; j--)
            {
              for (guint p = 0; p < G_N_ELEMENTS (places) && place < 0; p++)
                if (v[j] == places[p])
                  place = j;
              if (place >= 0)
                break;
            }

          /* 本条例, 这部条例, 有关规定的条例, 各市要制定条例: not a name. */
          if (place >= 0 && (v[k - 1] == 0x7684 /* 的 */ || contains_verb (v, place, k)))
            place = -1;

          if (place >= 0)
            {
              gsize from = MAX (start, place - 2);
              gsize to = k + len;
              g_autofree char *name = ucs4_dup (u->chars + pos[from], pos[to - 1] + 1 - pos[from]);
              g_autofree char *fix = g_strconcat ("《", name, "》", NULL);

              unit_add (u, FY_LINT_KIND_MISSING_TITLE_MARKS, FY_LINT_SEVERITY_INFO,
                        pos[from], pos[to - 1] + 1, fix, FALSE,
                        g_strdup_printf (_("“%s” looks like the name of a regulation; names of laws, "
                                           "regulations and documents take 《》."), name));
              last_end = to;
              k = to - 1;
            }
        }
    }
}

/* Templates leave guidance such as "（在此概述主要做法）" where the writer
 * is to write; left in, it would be read out. */
static void
check_guidance (Unit *u)
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

static gboolean
is_invisible (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return is_ignorable (c) || type == G_UNICODE_CONTROL || type == G_UNICODE_FORMAT ||
         (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

static void
check_glyphs (Unit *u)
{
  if (!u->lint->check_fonts || !fy_lint_font_coverage_available ())
    return;

  for (gsize i = 0; i < u->n; i++)
    {
      g_autofree char *original = NULL;

      if (u->mask[i] == MASK_FIELD || is_invisible (u->chars[i]) || fy_lint_font_covers (u->chars[i]))
        continue;

      original = unichar_dup (u->chars[i]);
      unit_add (u, FY_LINT_KIND_MISSING_GLYPH, FY_LINT_SEVERITY_ERROR, i, i + 1, NULL, FALSE,
                g_strdup_printf (_("No installed font can draw “%s” (U+%04X); install a font that has it, "
                                   "or replace the character."),
                                 original, (guint)u->chars[i]));
    }
}

static void
lint_unit (Unit *u)
{
  if (fy_lint_check_boilerplate (u))
    {
      fy_lint_note_unit_end (u);
      u->sequence->previous_open = FALSE;
      return;
    }

  mask_urls (u);
  fy_lint_check_chunk_markers (u);
  check_spaces (u);
  check_full_width_alnum (u);
  check_ellipses (u);
  check_dashes (u);
  check_half_width (u);
  check_doubled (u);
  check_pairs (u);
  check_heading_numbering (u);
  check_lead_numbering (u);
  check_guidance (u);
  check_title_marks (u);
  check_end_punctuation (u);
  check_fields (u);
  check_glyphs (u);
  fy_lint_check_traditional (u);
  fy_lint_note_unit_end (u);
}

/* How many title characters fit on a line in the document's style: the
 * type area's width over the title's size (GB/T 9704: 156 mm at 二号 22 pt
 * → 20; the reading copy: 一号 → 17). */
static guint
title_chars_per_line (FyLint     *self,
                      FyDocument *document)
{
  g_autoptr(FyStyle) style = NULL;
  const FyRoleStyle *title;

  if (self->title_chars_per_line > 0)
    return self->title_chars_per_line;

  style = fy_style_new_from_preset (fy_document_get_style_preset (document), NULL);
  if (style == NULL)
    return FY_LINT_DEFAULT_TITLE_CHARS_PER_LINE;

  title = fy_style_get_role (style, FY_STYLE_ROLE_TITLE);
  if (title == NULL || title->size <= 0)
    return FY_LINT_DEFAULT_TITLE_CHARS_PER_LINE;

  return MAX (1, (guint)(fy_style_get_type_width (style) / title->size + 0.01));
}

/* Latin letters and digits take about half a character. */
static void
check_title_length (FyLint     *self,
                    FyDocument *document,
                    GPtrArray  *findings)
{
  guint n_blocks = fy_document_get_n_blocks (document);
  guint first = G_MAXUINT;
  guint half_cells_per_line = 2 * title_chars_per_line (self, document);
  guint n_lines = 0;

  for (guint i = 0; i < n_blocks; i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autofree char *text = NULL;
      guint half_cells = 0;

      if (fy_block_get_role (block) != FY_BLOCK_ROLE_TITLE)
        {
          if (first != G_MAXUINT)
            break;
          continue;
        }
      if (first == G_MAXUINT)
        first = i;

      text = fy_document_dup_block_text (document, i);
      for (const char *p = text; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (is_invisible (c) && !is_space (c))
            continue;
          half_cells += (is_cjk (c) || g_unichar_iswide (c)) ? 2 : 1;
        }

      n_lines += (half_cells + half_cells_per_line - 1) / half_cells_per_line;
    }

  if (first != G_MAXUINT && n_lines > FY_LINT_MAX_TITLE_LINES)
    {
      g_autofree char *text = fy_block_dup_text (fy_document_get_block (document, first));
      g_autoptr(GRefString) context = g_ref_string_new (text);

      g_ptr_array_add (findings,
                       finding_new (FY_LINT_KIND_TITLE_TOO_LONG, FY_LINT_SEVERITY_WARNING,
                                    first, 0, g_utf8_strlen (text, -1), NULL, FALSE,
                                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                  "The title takes %u line; keep it to three lines at most.",
                                                                  "The title takes %u lines; keep it to three lines at most.",
                                                                  n_lines),
                                                     n_lines),
                                    g_strdup (text), context));
    }
}

/* FyLint */

static void
fy_lint_finalize (GObject *object)
{
  FyLint *self = (FyLint *)object;

  g_clear_pointer (&self->defined_fields, g_strfreev);

  G_OBJECT_CLASS (fy_lint_parent_class)->finalize (object);
}

static void
fy_lint_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  FyLint *self = FY_LINT (object);

  switch (prop_id)
    {
    case PROP_CHECK_FONTS:
      g_value_set_boolean (value, self->check_fonts);
      break;

    case PROP_TITLE_CHARS_PER_LINE:
      g_value_set_uint (value, self->title_chars_per_line);
      break;

    case PROP_DEFINED_FIELDS:
      g_value_set_boxed (value, self->defined_fields);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_lint_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  FyLint *self = FY_LINT (object);

  switch (prop_id)
    {
    case PROP_CHECK_FONTS:
      fy_lint_set_check_fonts (self, g_value_get_boolean (value));
      break;

    case PROP_TITLE_CHARS_PER_LINE:
      fy_lint_set_title_chars_per_line (self, g_value_get_uint (value));
      break;

    case PROP_DEFINED_FIELDS:
      fy_lint_set_defined_fields (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_lint_class_init (FyLintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fy_lint_finalize;
  object_class->get_property = fy_lint_get_property;
  object_class->set_property = fy_lint_set_property;

  /**
   * FyLint:check-fonts:
   *
   * Whether to report characters that no installed font can draw.  The
   * check asks fontconfig once per process.
   */
  properties[PROP_CHECK_FONTS] =
    g_param_spec_boolean ("check-fonts", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * FyLint:title-chars-per-line:
   *
   * How many title characters fit on one line, for the three-line rule;
   * 0 (the default) takes it from the document's style preset.
   */
  properties[PROP_TITLE_CHARS_PER_LINE] =
    g_param_spec_uint ("title-chars-per-line", NULL, NULL,
                       0, 200, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * FyLint:defined-fields:
   *
   * The field names the document's template defines, or %NULL when they
   * are not known (then only unfilled fields are reported).
   */
  properties[PROP_DEFINED_FIELDS] =
    g_param_spec_boxed ("defined-fields", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fy_lint_init (FyLint *self)
{
  self->check_fonts = TRUE;
  self->title_chars_per_line = 0;
}

/**
 * fy_lint_new:
 *
 * Returns: (transfer full): a linter with every check on
 */
FyLint *
fy_lint_new (void)
{
  return g_object_new (FY_TYPE_LINT, NULL);
}

gboolean
fy_lint_get_check_fonts (FyLint *self)
{
  g_return_val_if_fail (FY_IS_LINT (self), FALSE);

  return self->check_fonts;
}

/**
 * fy_lint_set_check_fonts:
 * @self: a #FyLint
 * @check_fonts: whether to look for characters no installed font draws
 */
void
fy_lint_set_check_fonts (FyLint   *self,
                         gboolean  check_fonts)
{
  g_return_if_fail (FY_IS_LINT (self));

  check_fonts = !!check_fonts;
  if (self->check_fonts == check_fonts)
    return;

  self->check_fonts = check_fonts;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECK_FONTS]);
}

guint
fy_lint_get_title_chars_per_line (FyLint *self)
{
  g_return_val_if_fail (FY_IS_LINT (self), 0);

  return self->title_chars_per_line;
}

/**
 * fy_lint_set_title_chars_per_line:
 * @self: a #FyLint
 * @chars: title characters per line, or 0 to take the measure from the
 *   document's style preset
 */
void
fy_lint_set_title_chars_per_line (FyLint *self,
                                  guint   chars)
{
  g_return_if_fail (FY_IS_LINT (self));

  if (self->title_chars_per_line == chars)
    return;

  self->title_chars_per_line = chars;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE_CHARS_PER_LINE]);
}

/**
 * fy_lint_get_defined_fields:
 * @self: a #FyLint
 *
 * Returns: (transfer none) (nullable): the defined field names, or %NULL
 */
const char * const *
fy_lint_get_defined_fields (FyLint *self)
{
  g_return_val_if_fail (FY_IS_LINT (self), NULL);

  return (const char * const *)self->defined_fields;
}

/**
 * fy_lint_set_defined_fields:
 * @self: a #FyLint
 * @names: (nullable) (array zero-terminated=1): the names of the fields
 *   the template defines, or %NULL if unknown
 *
 * With a list, a reference to any other name is reported as unknown.
 */
void
fy_lint_set_defined_fields (FyLint             *self,
                            const char * const *names)
{
  g_return_if_fail (FY_IS_LINT (self));

  if (names == NULL && self->defined_fields == NULL)
    return;
  if (names != NULL && self->defined_fields != NULL &&
      g_strv_equal (names, (const char * const *)self->defined_fields))
    return;

  g_strfreev (self->defined_fields);
  self->defined_fields = g_strdupv ((char **)names);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFINED_FIELDS]);
}

static GPtrArray *
new_findings (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * fy_lint_document:
 * @self: a #FyLint
 * @document: the document to check
 *
 * Checks every block.  Ranges are in characters of fy_block_dup_text().
 *
 * Returns: (transfer full) (element-type FyLintFinding): the findings,
 *   ordered by block and position
 */
GPtrArray *
fy_lint_document (FyLint     *self,
                  FyDocument *document)
{
  GPtrArray *findings;
  SequenceState sequence;
  guint n_blocks;

  g_return_val_if_fail (FY_IS_LINT (self), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  findings = new_findings ();
  n_blocks = fy_document_get_n_blocks (document);
  sequence_state_init (&sequence);

  {
    g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
    g_autofree gboolean *paragraph = g_new0 (gboolean, n_blocks + 1);

    for (guint i = 0; i < n_blocks; i++)
      {
        FyBlock *block = fy_document_get_block (document, i);

        g_ptr_array_add (texts, fy_block_dup_text (block));
        paragraph[i] = fy_block_get_role (block) == FY_BLOCK_ROLE_PARAGRAPH;
      }
    sequence.page_one_unit = fy_lint_find_page_one (texts, paragraph);
  }

  for (guint i = 0; i < n_blocks; i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autofree char *text = fy_block_dup_text (block);
      Unit u;

      unit_init (&u, self, findings, &sequence, i, text, -1);
      u.document = document;
      u.role = fy_block_get_role (block);
      find_block_fields (&u, block);
      lint_unit (&u);
      unit_clear (&u);
    }

  sequence_state_clear (&sequence);
  check_title_length (self, document, findings);

  g_ptr_array_sort (findings, compare_findings);
  return findings;
}

/* Splits @text into lines the same way for linting and for fixing: at
 * "\n", with a "\r" before it left out of the line. */
typedef struct
{
  const char *start;
  gsize       length;       /* without the line break */
  const char *terminator;
  gsize       terminator_length;
} Line;

static GArray *
split_lines (const char *text,
             gsize       length)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  const char *p = text;
  const char *end = text + length;

  for (;;)
    {
      const char *nl = memchr (p, '\n', end - p);
      Line line = { p, 0, NULL, 0 };

      if (nl == NULL)
        {
          line.length = end - p;
          line.terminator = end;
          if (line.length > 0 && p[line.length - 1] == '\r')
            {
              line.length--;
              line.terminator = p + line.length;
              line.terminator_length = 1;
            }
          g_array_append_val (lines, line);
          break;
        }

      line.length = nl - p;
      line.terminator = nl;
      line.terminator_length = 1;
      if (line.length > 0 && p[line.length - 1] == '\r')
        {
          line.length--;
          line.terminator = p + line.length;
          line.terminator_length = 2;
        }
      g_array_append_val (lines, line);
      p = nl + 1;
    }

  return lines;
}

static gboolean
line_is_blank (const Line *line)
{
  const char *end = line->start + line->length;

  for (const char *p = line->start; p < end; p = g_utf8_next_char (p))
    if (!is_ignorable (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* Whether @line stops in mid-sentence and @next goes on with it, as text
 * pasted from a PDF or hard-wrapped at a fixed width does. */
static gboolean
line_runs_on (const Line *line,
              const Line *next)
{
  const char *p = line->start + line->length;

  if (line_is_blank (line) || line_is_blank (next))
    return FALSE;

  while (p > line->start)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (is_ignorable (c) || is_closing_mark (c))
        continue;

      return !is_end_mark (c);
    }

  return FALSE;
}

/**
 * fy_lint_text:
 * @self: a #FyLint
 * @text: UTF-8 text, such as what a user pasted
 * @length: its length in bytes, or -1 if nul-terminated
 *
 * Checks text as it is, line by line: each line is one paragraph, and the
 * "block" of a finding is the line, counted from 0.  Field references
 * (`{{name}}`) count as unfilled, since text carries no values.
 *
 * Returns: (transfer full) (element-type FyLintFinding) (nullable): the
 *   findings, or %NULL if @text is not valid UTF-8
 */
GPtrArray *
fy_lint_text (FyLint     *self,
              const char *text,
              gssize      length)
{
  g_autoptr(GArray) lines = NULL;
  g_autofree guint *quotes_before = NULL;
  g_autofree gboolean *quotes_odd = NULL;
  GPtrArray *findings;
  SequenceState sequence;

  g_return_val_if_fail (FY_IS_LINT (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  if (!g_utf8_validate (text, length, NULL))
    return NULL;

  findings = new_findings ();
  lines = split_lines (text, length);

  /* Straight quotation marks per paragraph of run-on lines. */
  quotes_before = g_new0 (guint, lines->len + 1);
  quotes_odd = g_new0 (gboolean, lines->len + 1);
  for (guint i = 0, first = 0, total = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (i > 0 && !line_runs_on (&g_array_index (lines, Line, i - 1), line))
        {
          first = i;
          total = 0;
        }
      quotes_before[i] = total;
      for (gsize b = 0; b < line->length; b++)
        total += line->start[b] == '"';

      if (i + 1 == lines->len || !line_runs_on (line, &g_array_index (lines, Line, i + 1)))
        for (guint k = first; k <= i; k++)
          quotes_odd[k] = total % 2 == 1;
    }

  sequence_state_init (&sequence);
  {
    g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; i < lines->len; i++)
      g_ptr_array_add (texts, g_strndup (g_array_index (lines, Line, i).start,
                                         g_array_index (lines, Line, i).length));
    sequence.page_one_unit = fy_lint_find_page_one (texts, NULL);
  }
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *copy = g_strndup (line->start, line->length);
      Unit u;

      unit_init (&u, self, findings, &sequence, i, copy, -1);
      u.text_mode = TRUE;
      u.continued = i > 0 && line_runs_on (&g_array_index (lines, Line, i - 1), line);
      u.continues = i + 1 < lines->len && line_runs_on (line, &g_array_index (lines, Line, i + 1));
      u.quotes_before = quotes_before[i];
      u.quotes_odd = quotes_odd[i];
      find_field_references (&u);
      lint_unit (&u);
      unit_clear (&u);
    }
  sequence_state_clear (&sequence);

  g_ptr_array_sort (findings, compare_findings);
  return findings;
}

/**
 * fy_lint_findings_for_block:
 * @findings: (element-type FyLintFinding): findings
 * @block: a block position
 *
 * Returns: (transfer full) (element-type FyLintFinding): the findings of
 *   one block, for underlining them in the editor
 */
GPtrArray *
fy_lint_findings_for_block (GPtrArray *findings,
                            guint      block)
{
  GPtrArray *result;

  g_return_val_if_fail (findings != NULL, NULL);

  result = new_findings ();
  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);

      if (finding->block == block)
        g_ptr_array_add (result, g_object_ref (finding));
    }

  return result;
}

/**
 * fy_lint_locate_in_runs:
 * @block: the block a finding is in
 * @offset: a character offset in the block's text, such as
 *   fy_lint_finding_get_start()
 * @run_index: (out): the run the offset falls in, or the number of runs
 *   for the end of the block
 * @run_offset: (out): the character offset in that run's text
 *
 * Maps a finding's offsets to runs, for an editor that shows field
 * references other than as `{{name}}` (as chips with the value, say).
 * An offset inside a field reference maps to the start of its run; the
 * end of a reference maps to the start of the next run, so that a range
 * covering a reference covers the whole field run.
 */
void
fy_lint_locate_in_runs (FyBlock *block,
                        guint    offset,
                        guint   *run_index,
                        guint   *run_offset)
{
  guint n_runs;
  gsize start = 0;

  g_return_if_fail (FY_IS_BLOCK (block));
  g_return_if_fail (run_index != NULL);
  g_return_if_fail (run_offset != NULL);

  n_runs = fy_block_get_n_runs (block);
  for (guint r = 0; r < n_runs; r++)
    {
      const FyRun *run = fy_block_get_run (block, r);
      gsize len = g_utf8_strlen (run->text, -1) + (run->kind == FY_RUN_FIELD ? 4 : 0);

      if (offset < start + len)
        {
          *run_index = r;
          *run_offset = run->kind == FY_RUN_FIELD ? 0 : offset - start;
          return;
        }
      start += len;
    }

  *run_index = n_runs;
  *run_offset = 0;
}

/* Applying fixes */

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  const FyLintFinding *fa = *(const FyLintFinding * const *)a;
  const FyLintFinding *fb = *(const FyLintFinding * const *)b;

  if (fa->start != fb->start)
    return fa->start < fb->start ? -1 : 1;
  if (fa->end != fb->end)
    return fa->end > fb->end ? -1 : 1;

  return (int)kind_order (fa->kind) - (int)kind_order (fb->kind);
}

/* Picks, from @candidates (one block's findings with fixes), those made
 * on @text as it is now and that do not overlap an earlier one, in order.
 * A finding made on other text is stale: its range may mean something
 * else now ("习" → "习。" must not be applied twice). */
static GPtrArray *
select_fixes (GPtrArray  *candidates,
              const char *text,
              gsize       n)
{
  GPtrArray *chosen = g_ptr_array_new ();
  guint last_end = 0;

  g_ptr_array_sort (candidates, compare_by_start);
  for (guint i = 0; i < candidates->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (candidates, i);

      if (chosen->len > 0 && finding->start < last_end)
        continue;
      if (finding->context == NULL || strcmp (finding->context, text) != 0 ||
          finding->start > finding->end || finding->end > n)
        continue;

      g_ptr_array_add (chosen, finding);
      last_end = finding->end;
    }

  return chosen;
}

/* Rewrites a block with @fixes applied, keeping every character in the
 * run it came from, so that a bold lead stays bold and field references
 * stay references. */
static guint
apply_to_block (FyBlock    *block,
                GPtrArray  *candidates,
                FyLintJoin *join)
{
  g_autofree char *text = fy_block_dup_text (block);
  g_autofree gunichar *chars = NULL;
  g_autofree guint *run_of = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GArray) out_chars = NULL;
  g_autoptr(GArray) out_runs = NULL;
  guint n_runs = fy_block_get_n_runs (block);
  glong n = 0;
  gsize offset = 0, pos = 0;
  guint applied = 0;

  chars = g_utf8_to_ucs4_fast (text, -1, &n);
  run_of = g_new0 (guint, n + 1);
  for (guint r = 0; r < n_runs; r++)
    {
      const FyRun *run = fy_block_get_run (block, r);
      gsize len = g_utf8_strlen (run->text, -1) + (run->kind == FY_RUN_FIELD ? 4 : 0);

      for (gsize k = offset; k < offset + len && k < (gsize)n; k++)
        run_of[k] = r;
      offset += len;
    }

  chosen = select_fixes (candidates, text, n);
  out_chars = g_array_new (FALSE, FALSE, sizeof (gunichar));
  out_runs = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < chosen->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (chosen, i);
      guint run;
      gboolean touches_field = FALSE;

      if (finding->start < n)
        run = run_of[finding->start];
      else
        run = finding->start > 0 ? run_of[finding->start - 1] : 0;

      for (guint k = finding->start; k < finding->end; k++)
        touches_field |= fy_block_get_run (block, run_of[k])->kind == FY_RUN_FIELD;
      if (n_runs == 0 || touches_field || fy_block_get_run (block, run)->kind == FY_RUN_FIELD)
        continue;

      for (; pos < finding->start; pos++)
        {
          g_array_append_val (out_chars, chars[pos]);
          g_array_append_val (out_runs, run_of[pos]);
        }

      for (const char *p = finding->fix; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_array_append_val (out_chars, c);
          g_array_append_val (out_runs, run);
        }

      pos = finding->end;
      applied++;
      if (finding->join > *join)
        *join = finding->join;
    }

  if (applied == 0)
    return 0;

  for (; pos < (gsize)n; pos++)
    {
      g_array_append_val (out_chars, chars[pos]);
      g_array_append_val (out_runs, run_of[pos]);
    }

  fy_block_begin_change (block);
  {
    /* Snapshot the runs: clearing the block frees them. */
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (FyRunKind));

    for (guint r = 0; r < n_runs; r++)
      {
        const FyRun *run = fy_block_get_run (block, r);

        g_ptr_array_add (names, g_strdup (run->text));
        g_array_append_val (kinds, run->kind);
      }

    fy_block_clear_runs (block);
    for (guint k = 0; k < out_chars->len;)
      {
        guint run = g_array_index (out_runs, guint, k);
        guint m = k;
        g_autofree char *piece = NULL;

        while (m < out_chars->len && g_array_index (out_runs, guint, m) == run)
          m++;

        if (g_array_index (kinds, FyRunKind, run) == FY_RUN_FIELD)
          fy_block_append_run (block, FY_RUN_FIELD, g_ptr_array_index (names, run));
        else
          {
            piece = ucs4_dup (&g_array_index (out_chars, gunichar, k), m - k);
            fy_block_append_run (block, g_array_index (kinds, FyRunKind, run), piece);
          }
        k = m;
      }
  }
  fy_block_end_change (block);

  return applied;
}

static guint
apply_to_document (FyDocument *document,
                   GPtrArray  *findings,
                   gboolean    safe_only)
{
  g_autoptr(GHashTable) by_block = g_hash_table_new_full (NULL, NULL, NULL,
                                                          (GDestroyNotify)g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;
  guint n_blocks = fy_document_get_n_blocks (document);
  g_autofree FyLintJoin *joins = NULL;
  guint applied = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);
      GPtrArray *list;

      if (finding->fix == NULL || (safe_only && !finding->safe) || finding->block >= n_blocks)
        continue;

      list = g_hash_table_lookup (by_block, GUINT_TO_POINTER (finding->block));
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_block, GUINT_TO_POINTER (finding->block), list);
        }
      g_ptr_array_add (list, finding);
    }

  joins = g_new0 (FyLintJoin, n_blocks + 1);
  g_hash_table_iter_init (&iter, by_block);
  while (g_hash_table_iter_next (&iter, &key, &value))
    applied += apply_to_block (fy_document_get_block (document, GPOINTER_TO_UINT (key)), value,
                               &joins[GPOINTER_TO_UINT (key)]);

  /* From the end, so that the positions still hold. */
  for (guint i = n_blocks; i > 0; i--)
    {
      FyBlock *block = fy_document_get_block (document, i - 1);

      if (joins[i - 1] == FY_LINT_JOIN_DROP)
        fy_document_remove_block (document, i - 1);
      else if (joins[i - 1] == FY_LINT_JOIN_PREVIOUS && i >= 2)
        {
          FyBlock *previous = fy_document_get_block (document, i - 2);

          fy_block_begin_change (previous);
          for (guint r = 0; r < fy_block_get_n_runs (block); r++)
            {
              const FyRun *run = fy_block_get_run (block, r);

              fy_block_append_run (previous, run->kind, run->text);
            }
          fy_block_end_change (previous);
          fy_document_remove_block (document, i - 1);
        }
    }

  return applied;
}

/**
 * fy_lint_apply_fix:
 * @document: the document the finding was made on
 * @finding: a finding with a fix
 *
 * Applies one fix, safe or not (the user asked for it).  Nothing happens
 * if the text of the range changed since the document was checked.
 *
 * Returns: %TRUE if the fix was applied
 */
gboolean
fy_lint_apply_fix (FyDocument    *document,
                   FyLintFinding *finding)
{
  g_autoptr(GPtrArray) one = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (FY_IS_LINT_FINDING (finding), FALSE);

  if (finding->fix == NULL)
    return FALSE;

  one = g_ptr_array_new ();
  g_ptr_array_add (one, finding);

  return apply_to_document (document, one, FALSE) == 1;
}

/**
 * fy_lint_apply_fixes:
 * @document: the document the findings were made on
 * @findings: (element-type FyLintFinding): findings
 *
 * Applies the safe fixes among @findings (see fy_lint_finding_is_safe()),
 * skipping any whose text changed and any that overlaps one applied
 * before it.  A second fy_lint_document() may find more to fix (a
 * half-width comma next to a full-width one becomes a doubled comma):
 * fy_lint_fix_document() repeats until nothing is left.
 *
 * Returns: how many fixes were applied
 */
guint
fy_lint_apply_fixes (FyDocument *document,
                     GPtrArray  *findings)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (findings != NULL, 0);

  return apply_to_document (document, findings, TRUE);
}

/**
 * fy_lint_apply_fixes_to_text:
 * @text: the text fy_lint_text() checked
 * @length: its length in bytes, or -1 if nul-terminated
 * @findings: (element-type FyLintFinding): findings of fy_lint_text()
 * @safe_only: apply only safe fixes
 * @n_applied: (out) (optional): how many fixes were applied
 *
 * Returns: (transfer full): the fixed text, line breaks as they were
 */
char *
fy_lint_apply_fixes_to_text (const char *text,
                             gssize      length,
                             GPtrArray  *findings,
                             gboolean    safe_only,
                             guint      *n_applied)
{
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  GString *out;
  guint applied = 0;
  guint f = 0;
  gsize prev_terminator = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (findings != NULL, NULL);

  if (length < 0)
    length = strlen (text);

  lines = split_lines (text, length);
  /* A view of @findings, which keeps ownership. */
  sorted = g_ptr_array_sized_new (findings->len);
  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (findings, i));
  g_ptr_array_sort (sorted, compare_findings);
  out = g_string_sized_new (length + 16);

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
      g_autoptr(GPtrArray) chosen = NULL;
      g_autofree gunichar *chars = NULL;
      g_autofree char *line_text = NULL;
      glong n = 0;
      guint pos = 0;
      FyLintJoin join = FY_LINT_JOIN_NONE;

      for (; f < sorted->len && ((FyLintFinding *)g_ptr_array_index (sorted, f))->block < i; f++)
        ;
      for (; f < sorted->len && ((FyLintFinding *)g_ptr_array_index (sorted, f))->block == i; f++)
        {
          FyLintFinding *finding = g_ptr_array_index (sorted, f);

          if (finding->fix != NULL && (!safe_only || finding->safe))
            g_ptr_array_add (candidates, finding);
        }

      if (candidates->len == 0)
        {
          g_string_append_len (out, line->start, line->length);
          g_string_append_len (out, line->terminator, line->terminator_length);
          prev_terminator = line->terminator_length;
          continue;
        }

      line_text = g_strndup (line->start, line->length);
      chars = g_utf8_to_ucs4_fast (line_text, -1, &n);
      chosen = select_fixes (candidates, line_text, n);
      for (guint k = 0; k < chosen->len; k++)
        join = MAX (join, ((FyLintFinding *)g_ptr_array_index (chosen, k))->join);
      if (join == FY_LINT_JOIN_DROP)
        {
          applied++;
          prev_terminator = 0;
          continue;
        }
      if (join == FY_LINT_JOIN_PREVIOUS && i > 0 && out->len >= prev_terminator)
        g_string_truncate (out, out->len - prev_terminator);
      prev_terminator = line->terminator_length;
      for (guint k = 0; k < chosen->len; k++)
        {
          FyLintFinding *finding = g_ptr_array_index (chosen, k);
          g_autofree char *before = ucs4_dup (chars + pos, finding->start - pos);

          g_string_append (out, before);
          g_string_append (out, finding->fix);
          pos = finding->end;
          applied++;
        }

      {
        g_autofree char *rest = ucs4_dup (chars + pos, n - pos);

        g_string_append (out, rest);
      }
      g_string_append_len (out, line->terminator, line->terminator_length);
    }

  if (n_applied != NULL)
    *n_applied = applied;

  return g_string_free (out, FALSE);
}

/* Repeating settles fixes that uncover others; a few rounds suffice, the
 * limit only guards against two fixes undoing each other. */
#define MAX_FIX_ROUNDS 5

/**
 * fy_lint_fix_document:
 * @self: a #FyLint
 * @document: a document
 *
 * Checks and applies the safe fixes until none is left ("Fix all").
 *
 * Returns: how many fixes were applied
 */
guint
fy_lint_fix_document (FyLint     *self,
                      FyDocument *document)
{
  guint total = 0;

  g_return_val_if_fail (FY_IS_LINT (self), 0);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), 0);

  for (guint round = 0; round < MAX_FIX_ROUNDS; round++)
    {
      g_autoptr(GPtrArray) findings = fy_lint_document (self, document);
      guint applied = fy_lint_apply_fixes (document, findings);

      total += applied;
      if (applied == 0)
        break;
    }

  return total;
}

/**
 * fy_lint_fix_text:
 * @self: a #FyLint
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 if nul-terminated
 * @n_applied: (out) (optional): how many fixes were applied
 *
 * Applies the safe fixes until none is left.
 *
 * Returns: (transfer full) (nullable): the fixed text, or %NULL if @text
 *   is not valid UTF-8
 */
char *
fy_lint_fix_text (FyLint     *self,
                  const char *text,
                  gssize      length,
                  guint      *n_applied)
{
  g_autofree char *current = NULL;
  guint total = 0;

  g_return_val_if_fail (FY_IS_LINT (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  if (!g_utf8_validate (text, length, NULL))
    return NULL;

  current = g_strndup (text, length);
  for (guint round = 0; round < MAX_FIX_ROUNDS; round++)
    {
      g_autoptr(GPtrArray) findings = fy_lint_text (self, current, -1);
      guint applied = 0;
      char *next = fy_lint_apply_fixes_to_text (current, -1, findings, TRUE, &applied);

      g_free (current);
      current = next;
      total += applied;
      if (applied == 0)
        break;
    }

  if (n_applied != NULL)
    *n_applied = total;

  return g_steal_pointer (&current);
}

/* fy-lint-finding.c — one finding of the linter, the kinds and their order
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-lint.h"
#include "fy-lint-private.h"

G_DEFINE_FINAL_TYPE (FyLintFinding, fy_lint_finding, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (FyLintSeverity, fy_lint_severity,
                    G_DEFINE_ENUM_VALUE (FY_LINT_SEVERITY_INFO, "info"),
                    G_DEFINE_ENUM_VALUE (FY_LINT_SEVERITY_WARNING, "warning"),
                    G_DEFINE_ENUM_VALUE (FY_LINT_SEVERITY_ERROR, "error"))

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
  { FY_LINT_KIND_ATTACHMENT_AS_BODY,      N_("Attachment note set as body text") },
  { FY_LINT_KIND_FIELD_UNFILLED,          N_("Unfilled field") },
  { FY_LINT_KIND_FIELD_UNKNOWN,           N_("Unknown field") },
  { FY_LINT_KIND_TITLE_TOO_LONG,          N_("Title too long") },
  { FY_LINT_KIND_MISSING_GLYPH,           N_("Character no font can draw") },
  { FY_LINT_KIND_PAGE_CHUNK_MARKER,       N_("Web page number in the text") },
  { FY_LINT_KIND_WEB_BOILERPLATE,         N_("Web page boilerplate") },
  { FY_LINT_KIND_TRADITIONAL_CHARACTER,   N_("Traditional character") },
  { FY_LINT_KIND_TYPO,                    N_("Likely typo") },
  { FY_LINT_KIND_EMOJI,                   N_("Emoji") },
  { FY_LINT_KIND_TYPED_ROLE,              N_("Title, salutation, signature or date set as body text") },
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
  FY_LINT_KIND_ATTACHMENT_AS_BODY,
  FY_LINT_KIND_FIELD_UNFILLED,
  FY_LINT_KIND_FIELD_UNKNOWN,
  FY_LINT_KIND_TITLE_TOO_LONG,
  FY_LINT_KIND_MISSING_GLYPH,
  FY_LINT_KIND_PAGE_CHUNK_MARKER,
  FY_LINT_KIND_WEB_BOILERPLATE,
  FY_LINT_KIND_TRADITIONAL_CHARACTER,
  FY_LINT_KIND_TYPO,
  FY_LINT_KIND_EMOJI,
  FY_LINT_KIND_TYPED_ROLE,
  NULL
};

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
  self->role = -1;
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
 * fy_lint_finding_get_context:
 * @self: a #FyLintFinding
 *
 * Returns: (transfer none) (nullable): the whole text of the block when
 *   the linter saw it; fy_lint_apply_fix() applies the fix only to a block
 *   that still reads so
 */
const char *
fy_lint_finding_get_context (FyLintFinding *self)
{
  g_return_val_if_fail (FY_IS_LINT_FINDING (self), NULL);

  return self->context;
}

/**
 * fy_lint_finding_get_role:
 * @self: a #FyLintFinding
 * @role: (out) (optional): the role its fix sets
 *
 * A line typed as body text that is for certain the title, the 署名 or
 * the date has a fix that sets its block's role instead of changing its
 * text ("设为标题"); its fy_lint_finding_get_fix() is the text as it is.
 *
 * Returns: whether the fix sets a role
 */
gboolean
fy_lint_finding_get_role (FyLintFinding *self,
                          FyBlockRole   *role)
{
  g_return_val_if_fail (FY_IS_LINT_FINDING (self), FALSE);

  if (self->role < 0)
    return FALSE;
  if (role != NULL)
    *role = self->role;
  return TRUE;
}

static gboolean
ends_sentence (gunichar c)
{
  return c == 0x3002 /* 。 */ || c == 0xFF01 /* ！ */ || c == 0xFF1F /* ？ */ ||
         c == 0xFF1B /* ； */ || c == '!' || c == '?' || c == ';' || c == '\n';
}

static gboolean
closes_quote (gunichar c)
{
  return c == 0x201D /* ” */ || c == 0x2019 /* ’ */ || c == 0x300D /* 」 */ ||
         c == 0x300F /* 』 */ || c == 0xFF09 /* ） */;
}

static void
append_chars (GString        *str,
              const gunichar *chars,
              glong           n)
{
  for (glong i = 0; i < n; i++)
    g_string_append_unichar (str, chars[i] == '\n' || chars[i] == '\t' ? ' ' : chars[i]);
}

/**
 * fy_lint_finding_dup_sentence:
 * @self: a #FyLintFinding
 * @max_chars: about how many characters the result may have (at least
 *   the finding's own range is kept)
 * @start: (out) (optional): where the finding's range starts in the
 *   result, in characters
 * @end: (out) (optional): the character after the range in the result
 *
 * The sentence the finding is in, as the linter saw it, for showing the
 * finding in context: from the end of the sentence before (。！？； or a
 * line break) to the end of its own, closing quote included.  A longer
 * sentence is cut around the range, "…" marking each cut; line breaks
 * read as spaces.
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL when the
 *   finding has no text to show
 */
char *
fy_lint_finding_dup_sentence (FyLintFinding *self,
                              guint          max_chars,
                              guint         *start,
                              guint         *end)
{
  g_autofree gunichar *chars = NULL;
  glong n = 0, s, e, b, f, before, after;
  GString *str;

  g_return_val_if_fail (FY_IS_LINT_FINDING (self), NULL);

  if (self->context == NULL ||
      (chars = g_utf8_to_ucs4_fast (self->context, -1, &n)) == NULL || n == 0)
    return NULL;

  s = MIN ((glong) self->start, n);
  e = CLAMP ((glong) self->end, s, n);

  for (b = s; b > 0 && !ends_sentence (chars[b - 1]); b--)
    ;
  while (b < s && g_unichar_isspace (chars[b]))
    b++;
  /* A range that ends a sentence itself (a half-width "!") ends it. */
  f = e;
  if (e == s || !ends_sentence (chars[e - 1]))
    {
      while (f < n && !ends_sentence (chars[f]))
        f++;
      if (f < n && chars[f] != '\n')
        f++;
    }
  while (f < n && closes_quote (chars[f]))
    f++;

  /* A third of the room before the range, the rest after it. */
  before = MIN (s - b, (glong) max_chars / 3);
  after = MIN (f - e, MAX ((glong) max_chars - before - (e - s), (glong) max_chars / 4));

  str = g_string_new (NULL);
  if (s - before > b)
    g_string_append (str, "…");
  append_chars (str, chars + s - before, before);
  if (start != NULL)
    *start = g_utf8_strlen (str->str, str->len);
  append_chars (str, chars + s, e - s);
  if (end != NULL)
    *end = g_utf8_strlen (str->str, str->len);
  append_chars (str, chars + e, after);
  if (e + after < f)
    g_string_append (str, "…");

  return g_string_free (str, FALSE);
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

guint
fy_lint_kind_order (const char *kind)
{
  for (guint i = 0; all_kinds[i] != NULL; i++)
    if (all_kinds[i] == kind || strcmp (all_kinds[i], kind) == 0)
      return i;

  return G_MAXUINT;
}

int
fy_lint_finding_compare (gconstpointer a,
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

  return (int)fy_lint_kind_order (fa->kind) - (int)fy_lint_kind_order (fb->kind);
}

FyLintFinding *
fy_lint_finding_new_full (const char     *kind,
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

/* The same finding about the same text, in the block at @block. */
FyLintFinding *
fy_lint_finding_copy_at (FyLintFinding *finding,
                         guint          block)
{
  FyLintFinding *copy = fy_lint_finding_new_full (finding->kind, finding->severity, block,
                                                  finding->start, finding->end, finding->fix,
                                                  finding->safe, g_strdup (finding->message),
                                                  g_strdup (finding->original), finding->context);

  copy->join = finding->join;
  copy->role = finding->role;

  return copy;
}

void
fy_lint_finding_set_join (FyLintFinding *finding,
                          FyLintJoin     join)
{
  finding->join = join;
}

/* The fix sets @finding's block to @role and leaves its text. */
void
fy_lint_finding_set_role (FyLintFinding *finding,
                          FyBlockRole    role)
{
  finding->role = role;
}

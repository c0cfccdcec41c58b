/* fy-block.c — one block (title, heading, paragraph, …) of a speech
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-block"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-block.h"
#include "fy-source-private.h"

/*
 * A block owns an ordered array of runs.  Adjacent runs of the same kind
 * are merged (except field references, which each name one field), so the
 * runs of a block are canonical: two blocks with the same content have the
 * same runs, which the typesetter's paragraph cache relies upon.
 */

struct _FyBlock
{
  GObject      parent_instance;

  FyBlockRole  role;
  guint        level;
  gboolean     table_header;   /* a table's first row is its header */
  GArray      *runs;           /* of FyRun */
  guint        change_depth;
  guint        change_pending : 1;

  /* what fy_source_new() took of the block, until the block changes */
  FySourceBlock *record;
  guint        record_stamp;
};

G_DEFINE_FINAL_TYPE (FyBlock, fy_block, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROLE,
  PROP_LEVEL,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const struct {
  const char *id;
  const char *label;
} role_names[FY_BLOCK_N_ROLES] = {
  [FY_BLOCK_ROLE_TITLE]        = { "title",        N_("Title") },
  [FY_BLOCK_ROLE_SUBTITLE]     = { "subtitle",     N_("Subtitle") },
  [FY_BLOCK_ROLE_SPEAKER]      = { "speaker",      N_("Speaker") },
  [FY_BLOCK_ROLE_DATE_LINE]    = { "date",         N_("Date") },
  [FY_BLOCK_ROLE_SALUTATION]   = { "salutation",   N_("Salutation") },
  [FY_BLOCK_ROLE_HEADING]      = { "heading",      N_("Heading") },
  [FY_BLOCK_ROLE_PARAGRAPH]    = { "paragraph",    N_("Body") },
  [FY_BLOCK_ROLE_CLOSING]      = { "closing",      N_("Closing") },
  [FY_BLOCK_ROLE_SIGNATURE]    = { "signature",    N_("Signature") },
  [FY_BLOCK_ROLE_ATTACHMENT]   = { "attachment",   N_("Attachment Note") },
  [FY_BLOCK_ROLE_TABLE]        = { "table",        N_("Table") },
  /* the line above the title: a bulletin's 期号 or a notice's 发文字号 */
  [FY_BLOCK_ROLE_ISSUE_NUMBER] = { "issue-number", N_("Issue Number") },
};

/**
 * fy_block_role_to_string:
 * @role: a #FyBlockRole
 *
 * Returns: (transfer none): the stable identifier used in files, such as
 *   "paragraph"
 */
const char *
fy_block_role_to_string (FyBlockRole role)
{
  g_return_val_if_fail (role < FY_BLOCK_N_ROLES, NULL);

  return role_names[role].id;
}

/**
 * fy_block_role_from_string:
 * @str: an identifier such as "heading"
 * @role: (out): where to store the role
 *
 * Returns: %TRUE if @str names a role
 */
gboolean
fy_block_role_from_string (const char  *str,
                           FyBlockRole *role)
{
  g_return_val_if_fail (role != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < FY_BLOCK_N_ROLES; i++)
    {
      if (strcmp (str, role_names[i].id) == 0)
        {
          *role = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * fy_block_role_is_front:
 * @role: a #FyBlockRole
 *
 * Returns: whether @role is one of the blocks a document opens with, set
 *   close together with no gap between them (title, subtitle, speaker,
 *   date, issue number)
 */
gboolean
fy_block_role_is_front (FyBlockRole role)
{
  return role == FY_BLOCK_ROLE_TITLE || role == FY_BLOCK_ROLE_SUBTITLE ||
         role == FY_BLOCK_ROLE_SPEAKER || role == FY_BLOCK_ROLE_DATE_LINE ||
         role == FY_BLOCK_ROLE_ISSUE_NUMBER;
}

/**
 * fy_block_role_get_label:
 * @role: a #FyBlockRole
 *
 * Returns: (transfer none): the translated name shown to users
 */
const char *
fy_block_role_get_label (FyBlockRole role)
{
  g_return_val_if_fail (role < FY_BLOCK_N_ROLES, NULL);

  return g_dgettext (GETTEXT_PACKAGE, role_names[role].label);
}

/**
 * fy_block_role_dup_style_label:
 * @role: a #FyBlockRole
 * @level: the heading level, for %FY_BLOCK_ROLE_HEADING
 *
 * The name of the style a block of @role and @level has (正文, 二级标题,
 * 结束语): the editor's style menu names its styles by it, and a reader
 * of a comparison knows a paragraph's change of style by it.
 *
 * Returns: (transfer full): the translated name
 */
char *
fy_block_role_dup_style_label (FyBlockRole role,
                               guint       level)
{
  static const char * const headings[] = {
    N_("Heading 1"), N_("Heading 2"), N_("Heading 3"), N_("Heading 4"),
  };

  g_return_val_if_fail (role < FY_BLOCK_N_ROLES, NULL);

  if (role == FY_BLOCK_ROLE_HEADING && level >= 1 && level <= G_N_ELEMENTS (headings))
    return g_strdup (g_dgettext (GETTEXT_PACKAGE, headings[level - 1]));
  if (role == FY_BLOCK_ROLE_HEADING)
    /* Translators: a heading level below the four the style menu has */
    return g_strdup_printf (_("level %u heading"), level);
  return g_strdup (fy_block_role_get_label (role));
}

static void
run_clear (gpointer data)
{
  FyRun *run = data;

  g_clear_pointer (&run->text, g_free);
}

static void
fy_block_emit_changed (FyBlock *self)
{
  g_clear_pointer (&self->record, fy_source_block_unref);

  if (self->change_depth > 0)
    {
      self->change_pending = TRUE;
      return;
    }

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
fy_block_finalize (GObject *object)
{
  FyBlock *self = (FyBlock *)object;

  g_clear_pointer (&self->runs, g_array_unref);
  g_clear_pointer (&self->record, fy_source_block_unref);

  G_OBJECT_CLASS (fy_block_parent_class)->finalize (object);
}

static void
fy_block_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  FyBlock *self = FY_BLOCK (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_uint (value, self->role);
      break;

    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_block_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  FyBlock *self = FY_BLOCK (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      fy_block_set_role (self, g_value_get_uint (value));
      break;

    case PROP_LEVEL:
      fy_block_set_level (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_block_class_init (FyBlockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fy_block_finalize;
  object_class->get_property = fy_block_get_property;
  object_class->set_property = fy_block_set_property;

  properties[PROP_ROLE] =
    g_param_spec_uint ("role", NULL, NULL,
                       0, FY_BLOCK_N_ROLES - 1, FY_BLOCK_ROLE_PARAGRAPH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL,
                       0, FY_HEADING_MAX_LEVEL, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FyBlock::changed:
   *
   * Emitted after the role, level or content changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
fy_block_init (FyBlock *self)
{
  self->role = FY_BLOCK_ROLE_PARAGRAPH;
  self->runs = g_array_new (FALSE, TRUE, sizeof (FyRun));
  g_array_set_clear_func (self->runs, run_clear);
}

/**
 * fy_block_new:
 * @role: the role of the new, empty block
 *
 * Returns: (transfer full): a new #FyBlock
 */
FyBlock *
fy_block_new (FyBlockRole role)
{
  g_return_val_if_fail (role < FY_BLOCK_N_ROLES, NULL);

  return g_object_new (FY_TYPE_BLOCK,
                       "role", role,
                       "level", role == FY_BLOCK_ROLE_HEADING ? 1 : 0,
                       NULL);
}

/**
 * fy_block_new_with_text:
 * @role: the role
 * @level: the heading level (1–4), ignored for other roles
 * @text: text as for fy_block_set_text()
 *
 * Returns: (transfer full): a new #FyBlock
 */
FyBlock *
fy_block_new_with_text (FyBlockRole  role,
                        guint        level,
                        const char  *text)
{
  FyBlock *self = fy_block_new (role);

  if (role == FY_BLOCK_ROLE_HEADING)
    fy_block_set_level (self, level);
  fy_block_set_text (self, text);

  return self;
}

/**
 * fy_block_copy:
 * @self: a #FyBlock
 *
 * Returns: (transfer full): a new block with the same role, level and runs
 */
FyBlock *
fy_block_copy (FyBlock *self)
{
  FyBlock *copy;

  g_return_val_if_fail (FY_IS_BLOCK (self), NULL);

  copy = fy_block_new (self->role);
  copy->level = self->level;
  copy->table_header = self->table_header;
  for (guint i = 0; i < self->runs->len; i++)
    {
      const FyRun *run = &g_array_index (self->runs, FyRun, i);
      FyRun dup = { run->kind, g_strdup (run->text) };

      g_array_append_val (copy->runs, dup);
    }

  return copy;
}

/**
 * fy_block_equal:
 * @a: a #FyBlock
 * @b: a #FyBlock
 *
 * Whether @a and @b hold the same content: role, level, header row and
 * runs, kind and text alike.
 *
 * Returns: %TRUE if they do
 */
gboolean
fy_block_equal (FyBlock *a,
                FyBlock *b)
{
  g_return_val_if_fail (FY_IS_BLOCK (a), FALSE);
  g_return_val_if_fail (FY_IS_BLOCK (b), FALSE);

  if (fy_block_get_role (a) != fy_block_get_role (b) ||
      fy_block_get_level (a) != fy_block_get_level (b) ||
      fy_block_get_table_header (a) != fy_block_get_table_header (b) ||
      fy_block_get_n_runs (a) != fy_block_get_n_runs (b))
    return FALSE;

  for (guint i = 0; i < fy_block_get_n_runs (a); i++)
    {
      const FyRun *ra = fy_block_get_run (a, i);
      const FyRun *rb = fy_block_get_run (b, i);

      if (ra->kind != rb->kind || g_strcmp0 (ra->text, rb->text) != 0)
        return FALSE;
    }

  return TRUE;
}

FyBlockRole
fy_block_get_role (FyBlock *self)
{
  g_return_val_if_fail (FY_IS_BLOCK (self), FY_BLOCK_ROLE_PARAGRAPH);

  return self->role;
}

/**
 * fy_block_set_role:
 * @self: a #FyBlock
 * @role: the new role
 *
 * Changing a block into a heading gives it level 1 unless it has a level
 * already; changing it into anything else clears the level.
 */
void
fy_block_set_role (FyBlock     *self,
                   FyBlockRole  role)
{
  g_return_if_fail (FY_IS_BLOCK (self));
  g_return_if_fail (role < FY_BLOCK_N_ROLES);

  if (self->role == role)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);

  if (role == FY_BLOCK_ROLE_HEADING && self->level == 0)
    fy_block_set_level (self, 1);
  else if (role != FY_BLOCK_ROLE_HEADING && self->level != 0)
    fy_block_set_level (self, 0);

  g_object_thaw_notify (G_OBJECT (self));

  fy_block_emit_changed (self);
}

guint
fy_block_get_level (FyBlock *self)
{
  g_return_val_if_fail (FY_IS_BLOCK (self), 0);

  return self->level;
}

/**
 * fy_block_set_level:
 * @self: a #FyBlock
 * @level: 1–4 for a heading; other roles keep level 0
 */
void
fy_block_set_level (FyBlock *self,
                    guint    level)
{
  g_return_if_fail (FY_IS_BLOCK (self));

  if (self->role != FY_BLOCK_ROLE_HEADING)
    level = 0;
  else
    level = CLAMP (level, 1, FY_HEADING_MAX_LEVEL);

  if (self->level == level)
    return;

  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
  fy_block_emit_changed (self);
}

/**
 * fy_block_get_table_header:
 * @self: a #FyBlock
 *
 * Returns: %TRUE if @self is a table whose first row is a header row
 *   (printed in 黑体 and repeated on each page the table continues on)
 */
gboolean
fy_block_get_table_header (FyBlock *self)
{
  g_return_val_if_fail (FY_IS_BLOCK (self), FALSE);

  return self->role == FY_BLOCK_ROLE_TABLE && self->table_header;
}

/**
 * fy_block_set_table_header:
 * @self: a #FyBlock
 * @header: whether the first row of the table is a header row
 *
 * Kept on any block, so that a role change back to a table restores it.
 */
void
fy_block_set_table_header (FyBlock  *self,
                           gboolean  header)
{
  g_return_if_fail (FY_IS_BLOCK (self));

  header = !!header;
  if (self->table_header == header)
    return;

  self->table_header = header;
  fy_block_emit_changed (self);
}

guint
fy_block_get_n_runs (FyBlock *self)
{
  g_return_val_if_fail (FY_IS_BLOCK (self), 0);

  return self->runs->len;
}

/**
 * fy_block_get_run:
 * @self: a #FyBlock
 * @index_: a position below fy_block_get_n_runs()
 *
 * Returns: (transfer none): the run, valid until the block changes
 */
const FyRun *
fy_block_get_run (FyBlock *self,
                  guint    index_)
{
  g_return_val_if_fail (FY_IS_BLOCK (self), NULL);
  g_return_val_if_fail (index_ < self->runs->len, NULL);

  return &g_array_index (self->runs, FyRun, index_);
}

/**
 * fy_runs_get_lead_end:
 * @runs: (array length=n_runs): a block's runs
 * @n_runs: how many
 *
 * The bold lead is the runs up to the last bold run before any plain text
 * (field runs and markup, such as raw HTML, inside it belong to it), as
 * fy_block_set_lead_and_text() and the Markdown import make them.
 *
 * Returns: the number of runs that form the lead, 0 when there is none
 */
guint
fy_runs_get_lead_end (const FyRun *runs,
                      guint        n_runs)
{
  guint lead_end = 0;

  for (guint i = 0; i < n_runs; i++)
    {
      FyRunKind kind = runs[i].kind;

      if (kind != FY_RUN_BOLD && kind != FY_RUN_FIELD && kind != FY_RUN_MARKUP)
        break;
      if (kind == FY_RUN_BOLD)
        lead_end = i + 1;
    }

  return lead_end;
}

/**
 * fy_block_get_lead_end:
 * @self: a #FyBlock
 *
 * Returns: the number of runs that form the bold lead (see
 *   fy_runs_get_lead_end()), 0 when there is none
 */
guint
fy_block_get_lead_end (FyBlock *self)
{
  g_return_val_if_fail (FY_IS_BLOCK (self), 0);

  return fy_runs_get_lead_end ((const FyRun *) self->runs->data, self->runs->len);
}

/**
 * fy_block_get_lead_length:
 * @self: a #FyBlock
 *
 * Returns: the length in bytes of @self's bold lead in its text as
 *   fy_block_dup_text() gives it ({{fields}} as written), 0 without one
 */
gsize
fy_block_get_lead_length (FyBlock *self)
{
  guint lead_end = fy_block_get_lead_end (self);
  gsize length = 0;

  g_return_val_if_fail (FY_IS_BLOCK (self), 0);

  for (guint i = 0; i < lead_end; i++)
    {
      const FyRun *run = fy_block_get_run (self, i);

      length += strlen (run->text) + (run->kind == FY_RUN_FIELD ? 4 : 0);
    }
  return length;
}

static void
append_run_internal (FyBlock    *self,
                     FyRunKind   kind,
                     const char *text,
                     gssize      len)
{
  FyRun run;

  if (len < 0)
    len = strlen (text);
  if (len == 0 && kind != FY_RUN_FIELD)
    return;

  if (kind != FY_RUN_FIELD && self->runs->len > 0)
    {
      FyRun *last = &g_array_index (self->runs, FyRun, self->runs->len - 1);

      if (last->kind == kind)
        {
          char *joined = g_strdup_printf ("%s%.*s", last->text, (int)len, text);

          g_free (last->text);
          last->text = joined;
          return;
        }
    }

  run.kind = kind;
  run.text = g_strndup (text, len);
  g_array_append_val (self->runs, run);
}

/**
 * fy_block_append_run:
 * @self: a #FyBlock
 * @kind: the kind of run
 * @text: valid UTF-8; for %FY_RUN_FIELD the field name
 *
 * Appends text, merging it with the last run when both are of the same
 * kind.  Field runs are never merged.
 */
void
fy_block_append_run (FyBlock    *self,
                     FyRunKind   kind,
                     const char *text)
{
  g_return_if_fail (FY_IS_BLOCK (self));
  g_return_if_fail (text != NULL);
  g_return_if_fail (g_utf8_validate (text, -1, NULL));
  g_return_if_fail (kind != FY_RUN_FIELD || *text != '\0');

  if (*text == '\0')
    return;

  append_run_internal (self, kind, text, -1);
  fy_block_emit_changed (self);
}

void
fy_block_clear_runs (FyBlock *self)
{
  g_return_if_fail (FY_IS_BLOCK (self));

  if (self->runs->len == 0)
    return;

  g_array_set_size (self->runs, 0);
  fy_block_emit_changed (self);
}

/**
 * fy_block_is_empty:
 * @self: a #FyBlock
 *
 * Returns: %TRUE if the block has no runs or only white space (markup,
 *   which is kept although not printed, is not empty)
 */
gboolean
fy_block_is_empty (FyBlock *self)
{
  g_return_val_if_fail (FY_IS_BLOCK (self), TRUE);

  for (guint i = 0; i < self->runs->len; i++)
    {
      const FyRun *run = &g_array_index (self->runs, FyRun, i);

      if (run->kind == FY_RUN_FIELD || run->kind == FY_RUN_MARKUP)
        return FALSE;

      for (const char *p = run->text; *p; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          return FALSE;
    }

  return TRUE;
}

/**
 * fy_block_is_markup_only:
 * @self: a #FyBlock
 *
 * Returns: %TRUE if the block holds markup and nothing to print (a `:::`
 *   fence line, an HTML block, a thematic break): it is kept for the
 *   exports but takes no room on the page
 */
gboolean
fy_block_is_markup_only (FyBlock *self)
{
  gboolean markup = FALSE;

  g_return_val_if_fail (FY_IS_BLOCK (self), FALSE);

  for (guint i = 0; i < self->runs->len; i++)
    {
      const FyRun *run = &g_array_index (self->runs, FyRun, i);

      if (run->kind == FY_RUN_MARKUP)
        {
          markup = TRUE;
          continue;
        }
      if (run->kind == FY_RUN_FIELD)
        return FALSE;
      for (const char *p = run->text; *p; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          return FALSE;
    }

  return markup;
}

/**
 * fy_text_next_field_ref:
 * @text: UTF-8 text that may hold `{{name}}` field references
 * @start: (out): where the reference's `{{` is
 * @end: (out): just past its `}}`
 * @name: (out) (transfer full): its name, blanks around it trimmed
 *
 * Finds the first field reference in @text.  This is the one rule every
 * reader of text with `{{name}}` follows (a block's text, a table's
 * cells, the words of a comparison): a `{{` with no `}}` after it, or
 * whose name is empty, holds a brace or a line break or a tab (a
 * reference never spans lines or cells), is literal text, and the search
 * goes on just after that `{{`.
 *
 * Returns: %TRUE if @text holds a reference, %FALSE (and the out
 *   arguments untouched) if it is all literal text
 */
gboolean
fy_text_next_field_ref (const char  *text,
                        const char **start,
                        const char **end,
                        char       **name)
{
  const char *open;

  g_return_val_if_fail (text != NULL, FALSE);

  while ((open = strstr (text, "{{")) != NULL)
    {
      const char *close = strstr (open + 2, "}}");
      g_autofree char *inner = NULL;

      if (close == NULL)
        return FALSE;

      inner = g_strndup (open + 2, close - open - 2);
      if (strpbrk (inner, "{}\n\t") == NULL && *g_strstrip (inner) != '\0')
        {
          *start = open;
          *end = close + 2;
          *name = g_steal_pointer (&inner);
          return TRUE;
        }
      text = open + 2;
    }
  return FALSE;
}

/* Parses "{{name}}" references out of @text (fy_text_next_field_ref())
 * and appends the pieces as runs of @kind and FY_RUN_FIELD. */
static void
append_text_with_fields (FyBlock    *self,
                         FyRunKind   kind,
                         const char *text)
{
  const char *p = text;
  const char *start, *end;
  char *name;

  while (fy_text_next_field_ref (p, &start, &end, &name))
    {
      append_run_internal (self, kind, p, start - p);
      append_run_internal (self, FY_RUN_FIELD, name, -1);
      g_free (name);
      p = end;
    }

  append_run_internal (self, kind, p, -1);
}

/**
 * fy_block_set_text:
 * @self: a #FyBlock
 * @text: (nullable): UTF-8 text in which `{{name}}` is a field reference
 *
 * Replaces the content of the block with plain text and field references.
 */
void
fy_block_set_text (FyBlock    *self,
                   const char *text)
{
  fy_block_set_lead_and_text (self, NULL, text);
}

/**
 * fy_block_set_lead_and_text:
 * @self: a #FyBlock
 * @lead: (nullable): a bold lead sentence
 * @text: (nullable): the rest of the block
 *
 * Replaces the content of the block.  Both parts may hold `{{name}}`
 * field references.
 */
void
fy_block_set_lead_and_text (FyBlock    *self,
                            const char *lead,
                            const char *text)
{
  g_return_if_fail (FY_IS_BLOCK (self));
  g_return_if_fail (lead == NULL || g_utf8_validate (lead, -1, NULL));
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  g_array_set_size (self->runs, 0);
  if (lead != NULL)
    append_text_with_fields (self, FY_RUN_BOLD, lead);
  if (text != NULL)
    append_text_with_fields (self, FY_RUN_TEXT, text);

  fy_block_emit_changed (self);
}

/**
 * fy_block_dup_text:
 * @self: a #FyBlock
 *
 * Returns: (transfer full): the whole content as text, bold lead included,
 *   with field references written `{{name}}`
 */
char *
fy_block_dup_text (FyBlock *self)
{
  GString *str;

  g_return_val_if_fail (FY_IS_BLOCK (self), NULL);

  str = g_string_new (NULL);
  for (guint i = 0; i < self->runs->len; i++)
    {
      const FyRun *run = &g_array_index (self->runs, FyRun, i);

      if (run->kind == FY_RUN_FIELD)
        g_string_append_printf (str, "{{%s}}", run->text);
      else
        g_string_append (str, run->text);
    }

  return g_string_free (str, FALSE);
}

/**
 * fy_block_dup_lead:
 * @self: a #FyBlock
 *
 * The bold lead is the runs fy_block_get_lead_end() counts: all of
 * "一是{{单位}}要……。", the field and the bold after it too, and one that
 * opens with a field.
 *
 * Returns: (transfer full) (nullable): the bold lead as fy_block_dup_text()
 *   writes it (fields as `{{name}}`), or %NULL if the block does not open
 *   with one
 */
char *
fy_block_dup_lead (FyBlock *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (FY_IS_BLOCK (self), NULL);

  if (fy_block_get_lead_end (self) == 0)
    return NULL;

  text = fy_block_dup_text (self);
  return g_strndup (text, fy_block_get_lead_length (self));
}

/**
 * fy_block_begin_change:
 * @self: a #FyBlock
 *
 * Holds back #FyBlock::changed until the matching fy_block_end_change(),
 * so that a run of edits is announced once.
 */
void
fy_block_begin_change (FyBlock *self)
{
  g_return_if_fail (FY_IS_BLOCK (self));

  self->change_depth++;
}

void
fy_block_end_change (FyBlock *self)
{
  g_return_if_fail (FY_IS_BLOCK (self));
  g_return_if_fail (self->change_depth > 0);

  if (--self->change_depth == 0 && self->change_pending)
    {
      self->change_pending = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

/* See fy-source-private.h. */
FySourceBlock *
fy_block_get_source_record (FyBlock *self,
                            guint    fields_stamp)
{
  g_return_val_if_fail (FY_IS_BLOCK (self), NULL);

  if (self->record == NULL)
    return NULL;
  if (fy_source_block_has_fields (self->record) && self->record_stamp != fields_stamp)
    return NULL;
  return self->record;
}

void
fy_block_set_source_record (FyBlock       *self,
                            FySourceBlock *record,
                            guint          fields_stamp)
{
  g_return_if_fail (FY_IS_BLOCK (self));
  g_return_if_fail (record != NULL);

  fy_source_block_ref (record);
  g_clear_pointer (&self->record, fy_source_block_unref);
  self->record = record;
  self->record_stamp = fields_stamp;
}

/* fy-lint.c — proofreading of pasted speech text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-lint"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-doc-labels.h"
#include "fy-lint.h"
#include "fy-lint-private.h"
#include "fy-import-private.h"
#include "fy-style.h"
#include "fy-web-text-private.h"

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

G_DEFINE_FINAL_TYPE (FyLint, fy_lint, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CHECK_FONTS,
  PROP_TITLE_CHARS_PER_LINE,
  PROP_DEFINED_FIELDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The checks, in the order they run on each unit: the later ones read
 * what the earlier ones leave in the unit (u->norm after the half-width
 * check, u->consumed after the ellipsis and dash checks, u->guidance_end
 * before the end-punctuation check). */
static void (* const checks[]) (Unit *u) = {
  fy_lint_check_chunk_markers,          /* fy-lint-web.c */
  fy_lint_check_spaces,                 /* fy-lint-spacing.c */
  fy_lint_check_full_width_alnum,
  fy_lint_check_ellipses,               /* fy-lint-marks.c */
  fy_lint_check_dashes,
  fy_lint_check_half_width,             /* fy-lint-spacing.c */
  fy_lint_check_doubled,                /* fy-lint-marks.c */
  fy_lint_check_pairs,
  fy_lint_check_heading_numbering,      /* fy-lint-numbering.c */
  fy_lint_check_lead_numbering,
  fy_lint_check_guidance,               /* fy-lint-content.c */
  fy_lint_check_title_marks,
  fy_lint_check_attachment_note,
  fy_lint_check_end_punctuation,
  fy_lint_check_fields,
  fy_lint_check_glyphs,
  fy_lint_check_traditional,            /* fy-lint-hant.c */
  fy_lint_check_typos,                  /* fy-lint-typos.c */
  fy_lint_check_emoji,                  /* fy-lint-emoji.c */
  fy_lint_check_typed_role,             /* fy-lint-typed.c */
};

static void
lint_unit (Unit *u)
{
  if (fy_lint_check_boilerplate (u))
    {
      fy_lint_note_unit_end (u);
      u->sequence->previous_open = FALSE;
      return;
    }

  guint first = u->findings->len;

  fy_lint_unit_mask_urls (u);
  fy_lint_unit_note_only_emoji (u);
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    checks[i] (u);
  fy_lint_spare_examples (u, first);
  fy_lint_note_unit_end (u);
}

/* The checks that make sense inside a table cell, which is no sentence:
 * spaces, widths, marks and their pairs, glyphs; not numbering, guidance
 * or end punctuation. */
static void (* const cell_checks[]) (Unit *u) = {
  fy_lint_check_spaces,
  fy_lint_check_full_width_alnum,
  fy_lint_check_ellipses,
  fy_lint_check_dashes,
  fy_lint_check_half_width,
  fy_lint_check_doubled,
  fy_lint_check_pairs,
  fy_lint_check_glyphs,
  fy_lint_check_traditional,
  fy_lint_check_typos,
  fy_lint_check_emoji,
};

/* A table's tabs and newlines separate its cells: checked as one text,
 * the spacing and wrapping checks would take them for stray white space
 * and "fix" the table away.  So each cell is a unit of its own, and its
 * findings point into @text (a table block's, or one row of pasted text
 * in @text_mode) at the cell. */
static void
lint_cells (FyLint        *self,
            GPtrArray     *findings,
            SequenceState *sequence,
            FySource      *source,
            guint          index,
            const char    *text,
            gboolean       text_mode)
{
  const char *start = text;
  gsize offset = 0;

  for (const char *p = text;; p++)
    {
      if (*p != '\t' && *p != '\n' && *p != '\0')
        continue;

      if (p > start)
        {
          g_autofree char *cell = g_strndup (start, p - start);
          Unit u;

          fy_lint_unit_init (&u, self, findings, sequence, index, cell, -1);
          u.source = source;
          u.role = FY_BLOCK_ROLE_TABLE;
          u.text_mode = text_mode;
          u.offset = offset;
          /* a finding's context is its block's text: fixes check it */
          g_ref_string_release (u.context);
          u.context = g_ref_string_new (text);
          fy_lint_unit_find_field_references (&u);
          fy_lint_unit_mask_urls (&u);
          for (guint c = 0; c < G_N_ELEMENTS (cell_checks); c++)
            cell_checks[c] (&u);
          fy_lint_unit_clear (&u);
        }
      if (*p == '\0')
        break;
      offset += g_utf8_strlen (start, p - start) + 1;
      start = p + 1;
    }
}

/* How many title characters fit on a line in the document's style: the
 * type area's width over the title's size (GB/T 9704: 156 mm at 二号 22 pt
 * → 20; the reading copy: 一号 → 17). */
static guint
title_chars_per_line (FyLint         *self,
                      const FySource *source)
{
  g_autoptr(FyStyle) style = NULL;
  const FyRoleStyle *title;

  if (self->title_chars_per_line > 0)
    return self->title_chars_per_line;

  style = fy_style_new_from_preset (fy_source_get_style_preset (source), NULL);
  if (style == NULL)
    return FY_LINT_DEFAULT_TITLE_CHARS_PER_LINE;

  title = fy_style_get_role (style, FY_STYLE_ROLE_TITLE);
  if (title == NULL || title->size <= 0)
    return FY_LINT_DEFAULT_TITLE_CHARS_PER_LINE;

  return MAX (1, (guint)(fy_style_get_type_width (style) / title->size + 0.01));
}

/* Latin letters and digits take about half a character. */
static void
check_title_length (FyLint         *self,
                    const FySource *source,
                    GPtrArray      *findings)
{
  guint n_blocks = fy_source_get_n_blocks (source);
  guint first = G_MAXUINT;
  guint half_cells_per_line = 2 * title_chars_per_line (self, source);
  guint n_lines = 0;

  for (guint i = 0; i < n_blocks; i++)
    {
      const FySourceBlock *block = fy_source_get_block (source, i);
      const char *text;
      guint half_cells = 0;

      if (fy_source_block_get_role (block) != FY_BLOCK_ROLE_TITLE)
        {
          if (first != G_MAXUINT)
            break;
          continue;
        }
      if (first == G_MAXUINT)
        first = i;

      text = fy_source_block_get_printed_text (block);
      for (const char *p = text; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (fy_lint_char_is_invisible (c) && !is_space (c))
            continue;
          half_cells += (is_cjk (c) || g_unichar_iswide (c)) ? 2 : 1;
        }

      n_lines += (half_cells + half_cells_per_line - 1) / half_cells_per_line;
    }

  if (first != G_MAXUINT && n_lines > FY_LINT_MAX_TITLE_LINES)
    {
      const char *text = fy_source_block_get_text (fy_source_get_block (source, first));
      g_autoptr(GRefString) context = g_ref_string_new (text);

      g_ptr_array_add (findings,
                       fy_lint_finding_new_full (FY_LINT_KIND_TITLE_TOO_LONG, FY_LINT_SEVERITY_WARNING,
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
  g_clear_pointer (&self->memo, fy_lint_memo_free);

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

GPtrArray *
fy_lint_findings_new (void)
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
  g_autoptr(FySource) source = NULL;

  g_return_val_if_fail (FY_IS_LINT (self), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  source = fy_source_new (document);
  return fy_lint_source (self, source);
}

/**
 * fy_lint_source:
 * @self: a #FyLint
 * @source: a snapshot of the document to check (any thread)
 *
 * fy_lint_document() of a snapshot, for a worker thread.  A linter
 * remembers what it found per block, and checks again only the blocks
 * that changed since its last call (or that the changes before them
 * affect), so keep one per document; one thread at a time may use it.
 *
 * Returns: (transfer full) (element-type FyLintFinding): the findings,
 *   ordered by block and position
 */
GPtrArray *
fy_lint_source (FyLint   *self,
                FySource *source)
{
  GPtrArray *findings;
  SequenceState sequence;
  FyLintMemo *next;
  g_autofree FyLintTyped *typed = NULL;
  g_autofree gint8 *offers = NULL;
  guint n_blocks;

  g_return_val_if_fail (FY_IS_LINT (self), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  findings = fy_lint_findings_new ();
  n_blocks = fy_source_get_n_blocks (source);
  fy_lint_sequence_init (&sequence);

  {
    g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
    g_autofree gboolean *paragraph = g_new0 (gboolean, n_blocks + 1);

    for (guint i = 0; i < n_blocks; i++)
      {
        const FySourceBlock *block = fy_source_get_block (source, i);

        g_ptr_array_add (texts, g_strdup (fy_source_block_get_text (block)));
        paragraph[i] = fy_source_block_get_role (block) == FY_BLOCK_ROLE_PARAGRAPH;
      }
    sequence.page_one_unit = fy_lint_find_page_one (texts, paragraph);
  }

  typed = fy_lint_find_typed (source);
  offers = fy_lint_find_offers (source, typed);
  next = fy_lint_memo_new (self, source);
  for (guint i = 0; i < n_blocks; i++)
    {
      FySourceBlock *block = fy_source_get_block (source, i);
      FyLintCarried in;
      guint first = findings->len;
      Unit u;

      /* a table's row typed with tabs is cells too */
      if (fy_source_block_get_role (block) == FY_BLOCK_ROLE_TABLE ||
          (fy_source_block_get_role (block) == FY_BLOCK_ROLE_PARAGRAPH &&
           strchr (fy_source_block_get_text (block), '\t') != NULL))
        {
          lint_cells (self, findings, &sequence, source, i, fy_source_block_get_text (block), FALSE);
          continue;
        }

      /* Unchanged since the last check, and in the same state. */
      fy_lint_carried_take (&in, &sequence, (gint)i == sequence.page_one_unit);
      in.typed = typed[i];
      in.offer = offers[i];
      if (fy_lint_memo_reuse (self->memo, next, block, i, &in, &sequence, findings))
        continue;

      fy_lint_unit_init (&u, self, findings, &sequence, i, fy_source_block_get_text (block), -1);
      u.source = source;
      u.role = fy_source_block_get_role (block);
      u.typed = typed[i];
      u.offer = offers[i];
      u.attachment_item = typed[i] == FY_LINT_TYPED_ITEM;
      fy_lint_unit_find_block_fields (&u, block);
      lint_unit (&u);
      fy_lint_unit_clear (&u);
      fy_lint_memo_note (next, block, i, &in, &sequence, findings, first);
    }

  fy_lint_memo_free (self->memo);
  self->memo = next;
  fy_lint_sequence_clear (&sequence);
  check_title_length (self, source, findings);

  g_ptr_array_sort (findings, fy_lint_finding_compare);
  return findings;
}

GArray *
fy_lint_split_lines (const char *text,
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

      return !fy_lint_char_ends_clause (c);
    }

  return FALSE;
}

static gboolean
line_has_tab (GArray *lines,
              guint   i)
{
  const Line *line = &g_array_index (lines, Line, i);

  return memchr (line->start, '\t', line->length) != NULL;
}

/* Whether line @i is a row of a table pasted from WPS, Word or a
 * spreadsheet: it and a line next to it have tab-separated cells, as the
 * importer takes them. */
static gboolean
is_table_row (GArray *lines,
              guint   i)
{
  return line_has_tab (lines, i) &&
         ((i > 0 && line_has_tab (lines, i - 1)) || (i + 1 < lines->len && line_has_tab (lines, i + 1)));
}

/* The web page's furniture among the lines, judged as the importer
 * judges it; a doubtful line counts only in a web page's copy. */
static guint8 *
judge_web_lines (GArray *lines)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  gboolean web = FALSE;
  guint8 *verdicts;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      g_ptr_array_add (texts, g_strstrip (g_strndup (line->start, line->length)));
    }
  verdicts = fy_web_text_judge_lines ((char **) texts->pdata, texts->len, &web);
  for (guint i = 0; i < lines->len && !web; i++)
    if (verdicts[i] == FY_WEB_LINE_DOUBTFUL)
      verdicts[i] = FY_WEB_LINE_TEXT;
  return verdicts;
}

/* The title, a subtitle and a date come before the speaker. */
#define HEAD_MAX_LINES 12

/* Pasted text has no roles, but its head reads as the importer reads
 * it: the title, a subtitle, a date and a short line naming who speaks
 * (市委书记 林国栋); a web page's lines around them (首页 > 领导讲话,
 * 发布时间：……) are none of these, as the importer drops them, and a
 * 发文字号 above the title (青政发〔2026〕21号) is no title, as
 * plain_text_to_blocks() reads it.  The index of that speaker's line,
 * or -1. */
static gint
find_speaker_line (GArray       *lines,
                   const guint8 *web)
{
  FyImportContext context;
  gboolean title = FALSE;

  fy_import_context_init (&context);
  for (guint i = 0; i < lines->len && i < HEAD_MAX_LINES; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *text = g_strstrip (g_strndup (line->start, line->length));
      FyBlockRole role;

      if (*text == '\0' || web[i] == FY_WEB_LINE_FURNITURE || web[i] == FY_WEB_LINE_STAMP ||
          (!title && fy_doc_is_document_number (text)))
        continue;
      role = title ? fy_import_guess_role (&context, text) : FY_BLOCK_ROLE_TITLE;
      if (role == FY_BLOCK_ROLE_SPEAKER)
        return (gint) i;
      if (role == FY_BLOCK_ROLE_PARAGRAPH || role == FY_BLOCK_ROLE_SALUTATION)
        return -1;
      fy_import_context_advance (&context, role);
      title = TRUE;
    }
  return -1;
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
  g_autofree guint8 *web = NULL;
  GPtrArray *findings;
  SequenceState sequence;
  gboolean indented;
  gint speaker;

  g_return_val_if_fail (FY_IS_LINT (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  if (!g_utf8_validate (text, length, NULL))
    return NULL;

  findings = fy_lint_findings_new ();
  lines = fy_lint_split_lines (text, length);
  web = judge_web_lines (lines);
  speaker = find_speaker_line (lines, web);

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

  fy_lint_sequence_init (&sequence);
  {
    g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; i < lines->len; i++)
      g_ptr_array_add (texts, g_strndup (g_array_index (lines, Line, i).start,
                                         g_array_index (lines, Line, i).length));
    sequence.page_one_unit = fy_lint_find_page_one (texts, NULL);
    g_ptr_array_add (texts, NULL);
    indented = fy_web_text_indents_paragraphs ((char **) texts->pdata);
  }
  for (guint i = 0, above = 0, numbers = 0, items = FALSE; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *copy = g_strndup (line->start, line->length);
      g_autofree char *next_line = NULL;
      Unit u;

      if (is_table_row (lines, i))
        {
          lint_cells (self, findings, &sequence, NULL, i, copy, TRUE);
          above++;
          continue;
        }
      fy_lint_unit_init (&u, self, findings, &sequence, i, copy, -1);
      u.text_mode = TRUE;
      if ((gint) i == speaker)
        u.role = FY_BLOCK_ROLE_SPEAKER;
      u.indented = indented;
      u.continued = i > 0 && line_runs_on (&g_array_index (lines, Line, i - 1), line);
      u.continues = i + 1 < lines->len && line_runs_on (line, &g_array_index (lines, Line, i + 1));
      if (u.continues)
        next_line = g_strndup (g_array_index (lines, Line, i + 1).start, g_array_index (lines, Line, i + 1).length);
      u.next_line = next_line;
      u.quotes_before = quotes_before[i];
      u.quotes_odd = quotes_odd[i];
      u.above = above;
      u.web = web[i];
      if (!line_is_blank (line))
        {
          /* the title, under a 发文字号 or issue number if any */
          u.title = above == numbers;
          if (u.title && (fy_doc_is_document_number (copy) || fy_doc_is_issue_number (copy)))
            {
              u.title = FALSE;
              numbers++;
            }
          /* the lines naming the attachments under "附件：1．……" */
          u.attachment_item = items && fy_import_is_attachment_item (copy);
          items = u.attachment_item || fy_import_is_attachment_note (copy);
          above++;
        }
      fy_lint_unit_find_field_references (&u);
      lint_unit (&u);
      fy_lint_unit_clear (&u);
    }
  fy_lint_sequence_clear (&sequence);

  g_ptr_array_sort (findings, fy_lint_finding_compare);
  return findings;
}

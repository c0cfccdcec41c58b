/* fy-import-markdown.c — Markdown into a FyDocument
 *
 * Markdown goes through libcmark-gfm with its table extension (pipe
 * tables, `\|` inside a cell); we only walk its tree and give each block
 * the role the shared rules in fy-import-rules.c infer, unless a role comment
 * (`<!-- fayan:speaker -->`) names it.  CommonMark does not close `**`
 * after CJK punctuation when a CJK letter follows (`**一要……。**近年来`),
 * which is exactly how run-in lead sentences are written, so a paragraph
 * whose source opens with a literal `**` that cmark left unmatched gets
 * its lead up to the next `**`.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-date.h"
#include "fy-doc-labels.h"
#include "fy-document-io.h"
#include "fy-error.h"
#include "fy-import.h"
#include "fy-import-inline-private.h"
#include "fy-import-private.h"
#include "fy-numbering.h"
#include "fy-table.h"
#include "fy-web-text-private.h"

typedef struct
{
  FyDocument      *document;
  const char      *source;
  gsize            source_len;
  GArray          *line_starts;     /* of gsize */
  FyImportContext  context;
  gboolean         has_pending;
  FyBlockRole      pending_role;
  guint            pending_level;
  char            *item_prefix;
  GHashTable      *item_numbers;    /* ordered list → last item number */
  guint            depth;
  gboolean         as_written;      /* headings keep the numbers they carry */
  GArray          *marked;          /* of guint: blocks a role marker named */
  GArray          *listed;          /* of guint: blocks of a list's items */
  GArray          *lone;            /* of guint: those of a list of one item */
  gboolean         typed_numbers;   /* a paragraph outside a list opens with 2.加强检查 */
  gboolean         untitled;        /* no # title, no role marker: the first
                                     * paragraph may be the title */
} MarkdownImport;

/* Markdown */

static void import_markdown_source (MarkdownImport *import,
                                    const char     *source,
                                    gsize           len);

static gboolean
source_has_at (MarkdownImport *import,
               cmark_node     *node,
               const char     *what)
{
  int line = cmark_node_get_start_line (node);
  int column = cmark_node_get_start_column (node);
  gsize offset;

  if (line < 1 || column < 1 || (guint)line > import->line_starts->len)
    return FALSE;

  offset = g_array_index (import->line_starts, gsize, line - 1) + column - 1;

  return offset + strlen (what) <= import->source_len &&
         strncmp (import->source + offset, what, strlen (what)) == 0;
}

/* Splits the inline content of a paragraph or heading into a bold lead
 * and the rest. */
static void
collect_lead_and_text (MarkdownImport  *import,
                       cmark_node      *node,
                       char           **lead,
                       char           **rest)
{
  cmark_node *first = cmark_node_first_child (node);
  FyInlineText text;

  *lead = NULL;
  fy_inline_text_init (&text, import->document, import->source, import->source_len,
                       import->line_starts);

  if (first != NULL && cmark_node_get_type (first) == CMARK_NODE_STRONG)
    {
      FyInlineText lead_text;

      fy_inline_text_init (&lead_text, import->document, import->source, import->source_len,
                           import->line_starts);
      fy_inline_text_collect (&lead_text, first, FALSE);
      *lead = fy_inline_text_steal (&lead_text);
      for (cmark_node *n = cmark_node_next (first); n != NULL; n = cmark_node_next (n))
        fy_inline_text_collect (&text, n, TRUE);
      *rest = fy_inline_text_steal (&text);
      return;
    }

  for (cmark_node *n = first; n != NULL; n = cmark_node_next (n))
    fy_inline_text_collect (&text, n, TRUE);

  /* `**一要……。**近年来`: cmark leaves the delimiters as text (see top). */
  if (first != NULL && cmark_node_get_type (first) == CMARK_NODE_TEXT &&
      g_str_has_prefix (text.str->str, "**") && source_has_at (import, first, "**"))
    {
      const char *close = fy_import_find_outside_markup (text.str->str + 2, "**");

      if (close != NULL && close > text.str->str + 2)
        {
          *lead = g_strndup (text.str->str + 2, close - text.str->str - 2);
          *rest = g_strdup (close + 2);
          g_free (fy_inline_text_steal (&text));
          return;
        }
    }

  *rest = fy_inline_text_steal (&text);
}

/* Removes white space (ideographic indentation included) at the start and
 * end of every line of @text, the very start and end only if asked: what
 * Markdown layout leaves at a block's edges and around hard breaks. */
static char *
tidy_lines (const char *text,
            gboolean    trim_start,
            gboolean    trim_end)
{
  GString *out = g_string_sized_new (strlen (text));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n_lines = g_strv_length (lines);

  for (guint i = 0; i < n_lines; i++)
    {
      const char *start = lines[i];
      const char *end = start + strlen (start);

      if (i > 0 || trim_start)
        while (*start && fy_doc_is_space (g_utf8_get_char (start)))
          start = g_utf8_next_char (start);

      if (i + 1 < n_lines || trim_end)
        while (end > start)
          {
            const char *prev = g_utf8_find_prev_char (start, end);

            if (prev == NULL || !fy_doc_is_space (g_utf8_get_char (prev)))
              break;
            end = prev;
          }

      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append_len (out, start, end - start);
    }

  /* Empty lines at the edges of a block are layout as well. */
  if (trim_end)
    while (out->len > 0 && out->str[out->len - 1] == '\n')
      g_string_truncate (out, out->len - 1);
  if (trim_start)
    {
      gsize n = 0;

      while (n < out->len && out->str[n] == '\n')
        n++;
      g_string_erase (out, 0, n);
    }

  return g_string_free (out, FALSE);
}

static void
markdown_add_block (MarkdownImport *import,
                    FyBlockRole     role,
                    guint           level,
                    const char     *lead,
                    const char     *text)
{
  g_autoptr(FyBlock) block = fy_block_new (role);
  g_autofree char *tidy_lead = NULL;
  g_autofree char *tidy_text = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *untied = NULL;
  gboolean has_lead;

  tidy_lead = lead != NULL ? tidy_lines (lead, TRUE, FALSE) : NULL;
  has_lead = tidy_lead != NULL && *tidy_lead != '\0';
  tidy_text = tidy_lines (text, !has_lead, TRUE);
  lead = tidy_lead;
  text = tidy_text;

  if (role == FY_BLOCK_ROLE_HEADING && import->as_written)
    fy_block_set_level (block, level);
  else if (role == FY_BLOCK_ROLE_HEADING)
    {
      const char *rest;
      const char *numbered = lead != NULL && *lead != '\0' ? lead : text;
      const char *start = numbered;

      /* The engine numbers headings; do not print a number twice (nor
       * two numbers, as in "（一）1.", which some pasted text has). */
      for (;;)
        {
          while (*numbered == '\n' || fy_doc_is_space (g_utf8_get_char (numbered)))
            numbered = g_utf8_next_char (numbered);
          if (!fy_numbering_strip_prefix (numbered, NULL, NULL, &rest))
            break;
          numbered = rest;
        }
      if (numbered != lead && numbered != text)
        {
          fy_import_remember_ordinal (block, start, numbered - start);
          /* What the number leaves may start with a line break. */
          if (has_lead)
            {
              stripped = tidy_lines (numbered, TRUE, FALSE);
              lead = stripped;
            }
          else
            {
              stripped = tidy_lines (numbered, TRUE, TRUE);
              text = stripped;
            }
        }
      fy_block_set_level (block, level);
    }

  if (lead == NULL || *lead == '\0')
    {
      /* Without a lead, the text starts the block. */
      lead = NULL;
      untied = tidy_lines (text, TRUE, TRUE);
      text = untied;
    }

  fy_block_begin_change (block);
  if (lead != NULL)
    fy_import_append_marked (block, FY_RUN_BOLD, lead);
  fy_import_append_marked (block, FY_RUN_TEXT, text);
  fy_block_end_change (block);
  if (fy_block_is_empty (block))
    return;

  /* Markup alone (a fence line, a thematic break) is kept but takes no
   * part in the order of roles. */
  if (fy_block_is_markup_only (block))
    {
      fy_block_set_role (block, FY_BLOCK_ROLE_PARAGRAPH);
      fy_document_append_block (import->document, block);
      return;
    }

  if (role == FY_BLOCK_ROLE_TITLE && fy_document_get_title (import->document) == NULL)
    {
      g_autofree char *title = fy_block_dup_text (block);

      fy_document_set_title (import->document, g_strdelimit (title, "\n", ' '));
    }

  fy_document_append_block (import->document, block);
  fy_import_context_advance (&import->context, role);
}

static gboolean
is_fence_line (const char *text)
{
  const char *p = text;

  while (*p == ' ')
    p++;
  if (p - text > 3 || !g_str_has_prefix (p, ":::"))
    return FALSE;
  return strchr (p, '\n') == NULL;
}

/* Chinese text and digits only: no Markdown, no Latin word. */
static gboolean
is_plain_chinese (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 ? !g_ascii_isdigit (c) : !(fy_import_is_cjk (c) || (c >= 0x3000 && c <= 0x303F) ||
                                              (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x2027)))
        return FALSE;
    }
  return TRUE;
}

static void
markdown_paragraph (MarkdownImport *import,
                    const char     *lead,
                    const char     *text)
{
  FyBlockRole role;
  guint level = 0;
  g_autofree char *prefixed = NULL;
  g_autofree char *full = NULL;

  if (import->item_prefix != NULL)
    {
      /* "1. 甲" in Markdown is a list item; keep its number as text. */
      prefixed = g_strconcat (import->item_prefix, lead ? lead : "", text, NULL);
      g_clear_pointer (&import->item_prefix, g_free);
      lead = NULL;
      text = prefixed;
    }

  /* A `:::` fence line of a Pandoc div (fy_import_markdown() has put it
   * on its own): kept as written, its content read as usual. */
  if (lead == NULL && is_fence_line (text))
    {
      g_autofree char *marked = fy_import_mark_markup (text);

      markdown_add_block (import, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, marked);
      return;
    }

  full = g_strconcat (lead ? lead : "", text, NULL);
  if (fy_import_is_markup_only (full))
    {
      markdown_add_block (import, FY_BLOCK_ROLE_PARAGRAPH, 0, lead, text);
      return;
    }

  if (import->has_pending)
    {
      guint index = fy_document_get_n_blocks (import->document);

      role = import->pending_role;
      level = import->pending_level;
      import->has_pending = FALSE;
      g_array_append_val (import->marked, index);
    }
  else if (import->untitled && fy_document_get_title (import->document) == NULL &&
           (!import->context.has_previous || import->context.previous_role == FY_BLOCK_ROLE_ISSUE_NUMBER) &&
           prefixed == NULL && lead == NULL && is_plain_chinese (full) && fy_import_is_title_like (full) &&
           !fy_doc_is_document_number (full))
    /* a file without # starts as plain text does: its title, then the
     * salutation under it */
    role = FY_BLOCK_ROLE_TITLE;
  else
    role = fy_import_guess_role (&import->context, full);

  markdown_add_block (import, role, level, lead, text);
}

/* `<!-- fayan:speaker -->` before a paragraph gives it a role Markdown has
 * no syntax for; `<!-- fayan:heading-2 -->` a heading level. */
static gboolean
parse_role_marker (const char  *literal,
                   FyBlockRole *role,
                   guint       *level)
{
  g_autofree char *inner = NULL;
  gsize len;

  inner = g_strstrip (g_strdup (literal));
  len = strlen (inner);
  if (!g_str_has_prefix (inner, "<!--") || !g_str_has_suffix (inner, "-->") || len < 7)
    return FALSE;

  inner[len - 3] = '\0';
  g_strstrip (inner + 4);
  if (!g_str_has_prefix (inner + 4, FY_IMPORT_MARKER_PREFIX))
    return FALSE;

  literal = inner + 4 + strlen (FY_IMPORT_MARKER_PREFIX);
  *level = 0;

  if (g_str_has_prefix (literal, "heading-") && literal[8] >= '1' &&
      literal[8] <= '0' + FY_HEADING_MAX_LEVEL && literal[9] == '\0')
    {
      *role = FY_BLOCK_ROLE_HEADING;
      *level = literal[8] - '0';
      return TRUE;
    }

  if (!fy_block_role_from_string (literal, role))
    return FALSE;

  if (*role == FY_BLOCK_ROLE_HEADING)
    *level = 1;

  return TRUE;
}

static gboolean
is_html_comment (const char *literal)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (literal));

  return g_str_has_prefix (trimmed, "<!--") && g_str_has_suffix (trimmed, "-->") &&
         strstr (trimmed + 4, "-->") == trimmed + strlen (trimmed) - 3;
}

static void
markdown_code_block (MarkdownImport *import,
                     const char     *literal)
{
  g_auto(GStrv) lines = g_strsplit (literal, "\n", -1);

  /* Text indented by four spaces or a tab is a code block in Markdown; in a
   * speech it is an indented paragraph, so it is read again without the
   * indentation.  Once: deeper levels become one paragraph per line. */
  if (import->depth == 0)
    {
      g_autoptr(GString) dedented = g_string_new (NULL);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_string_append (dedented, g_strchug (lines[i]));
          g_string_append_c (dedented, '\n');
        }

      import->depth++;
      import_markdown_source (import, dedented->str, dedented->len);
      import->depth--;
      return;
    }

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        markdown_paragraph (import, NULL, lines[i]);
    }
}

/* In "附件：1．……" the source line of each further attachment
 * ("2．……") is a line of the note, not a wrapped line: its soft break
 * becomes a line break. */
static void
keep_attachment_lines (MarkdownImport *import,
                       cmark_node     *paragraph)
{
  cmark_node *first = cmark_node_first_child (paragraph);
  cmark_node *next;
  guint n_blocks = fy_document_get_n_blocks (import->document);
  g_autofree char *before = NULL;
  const char *rest;

  if (first == NULL || cmark_node_get_type (first) != CMARK_NODE_TEXT)
    return;
  /* the note, or its items under a bare "附件：" */
  if (n_blocks > 0)
    before = fy_block_dup_text (fy_document_get_block (import->document, n_blocks - 1));
  rest = before != NULL ? fy_import_attachment_note_rest (before) : NULL;
  if (fy_import_attachment_note_rest (cmark_node_get_literal (first)) == NULL &&
      !(rest != NULL && *rest == '\0' && fy_import_is_attachment_item (cmark_node_get_literal (first))))
    return;

  for (cmark_node *n = first; n != NULL; n = next)
    {
      cmark_node *after = cmark_node_next (n);

      next = after;
      if (cmark_node_get_type (n) != CMARK_NODE_SOFTBREAK || after == NULL ||
          cmark_node_get_type (after) != CMARK_NODE_TEXT ||
          !fy_import_is_attachment_item (cmark_node_get_literal (after)))
        continue;
      cmark_node_replace (n, cmark_node_new (CMARK_NODE_LINEBREAK));
      cmark_node_free (n);
    }
}

/* The closing lines of a notice typed one under the other make one
 * Markdown paragraph (云岭市人民政府办公室 / 2026年12月6日): a date line
 * under up to FY_IMPORT_SIGNATURE_MAX_LINES lines of names, plain text
 * only.  Each line then becomes a paragraph of its own, so that the
 * signature and the date are found as in a plain text; returns whether
 * it did. */
static gboolean
split_closing_lines (MarkdownImport *import,
                     cmark_node     *paragraph)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();

  for (cmark_node *n = cmark_node_first_child (paragraph); n != NULL; n = cmark_node_next (n))
    {
      cmark_node_type type = cmark_node_get_type (n);

      if (type == CMARK_NODE_TEXT)
        g_ptr_array_add (lines, (gpointer) cmark_node_get_literal (n));
      else if (type != CMARK_NODE_SOFTBREAK)
        return FALSE;
    }
  if (lines->len < 2 || lines->len > FY_IMPORT_SIGNATURE_MAX_LINES + 1 ||
      !fy_date_parse (g_ptr_array_index (lines, lines->len - 1), NULL))
    return FALSE;
  for (guint i = 0; i + 1 < lines->len; i++)
    if (!fy_import_is_signature_like (g_ptr_array_index (lines, i)))
      return FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (g_ptr_array_index (lines, i)));

      markdown_paragraph (import, NULL, line);
    }
  return TRUE;
}

/* An ordered list's only item, of one paragraph. */
static gboolean
is_lone_item (cmark_node *item)
{
  cmark_node *list = cmark_node_parent (item);

  return list != NULL && cmark_node_get_list_type (list) == CMARK_ORDERED_LIST &&
         cmark_node_first_child (list) == cmark_node_last_child (list) &&
         cmark_node_first_child (item) == cmark_node_last_child (item);
}

/* `## ——在……上的讲话` right under the `#` title is its subtitle, not a
 * heading of the body: the speaker line under it is then found too. */
static gboolean
is_subtitle_heading (const MarkdownImport *import,
                     const char           *lead,
                     const char           *text)
{
  const char *start = lead != NULL && *lead != '\0' ? lead : text;

  if (!import->context.has_previous || import->context.previous_role != FY_BLOCK_ROLE_TITLE)
    return FALSE;
  while (*start != '\0' && fy_doc_is_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  return g_str_has_prefix (start, "——");
}

static void
markdown_node (MarkdownImport *import,
               cmark_node     *node)
{
  g_autofree char *lead = NULL;
  g_autofree char *text = NULL;
  const char *literal;
  FyBlockRole role;
  guint level;

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_HEADING:
      import->has_pending = FALSE;
      collect_lead_and_text (import, node, &lead, &text);
      level = cmark_node_get_heading_level (node);
      if (level <= 1)
        markdown_add_block (import, FY_BLOCK_ROLE_TITLE, 0, lead, text);
      else if (is_subtitle_heading (import, lead, text))
        markdown_add_block (import, FY_BLOCK_ROLE_SUBTITLE, 0, lead, text);
      else
        markdown_add_block (import, FY_BLOCK_ROLE_HEADING,
                            MIN (level - 1, FY_HEADING_MAX_LEVEL), lead, text);
      break;

    case CMARK_NODE_PARAGRAPH:
      {
        guint before = fy_document_get_n_blocks (import->document);
        cmark_node *parent = cmark_node_parent (node);

        if (split_closing_lines (import, node))
          break;
        keep_attachment_lines (import, node);
        collect_lead_and_text (import, node, &lead, &text);
        markdown_paragraph (import, lead, text);
        /* An item stays an item: "1. 加强学习" is no heading — unless
         * it is a list's only item, as "1. 明确分工" typed with a space
         * among 2.加强检查 lines is (see number_headings()). */
        if (parent != NULL && cmark_node_get_type (parent) == CMARK_NODE_ITEM)
          for (guint i = before; i < fy_document_get_n_blocks (import->document); i++)
            {
              g_array_append_val (import->listed, i);
              if (is_lone_item (parent))
                g_array_append_val (import->lone, i);
            }
      }
      break;

    case CMARK_NODE_HTML_BLOCK:
      literal = cmark_node_get_literal (node);
      if (literal == NULL)
        break;
      if (parse_role_marker (literal, &role, &level))
        {
          import->has_pending = TRUE;
          import->pending_role = role;
          import->pending_level = level;
        }
      else if (!is_html_comment (literal))
        {
          FyInlineText html;

          /* Not ours to interpret, but not to lose either: its text is
           * printed, its tags kept as markup (an <img> as an image). */
          fy_inline_text_init (&html, import->document, NULL, 0, NULL);
          fy_inline_text_collect_html (&html, literal);
          text = fy_inline_text_steal (&html);
          markdown_paragraph (import, NULL, text);
        }
      break;

    case CMARK_NODE_CODE_BLOCK:
      literal = cmark_node_get_literal (node);
      if (literal != NULL)
        markdown_code_block (import, literal);
      break;

    case CMARK_NODE_THEMATIC_BREAK:
      {
        int line = cmark_node_get_start_line (node);
        g_autofree char *rule = NULL;
        g_autofree char *marked = NULL;
        gsize start, end;

        /* `---` or `***`, kept as written. */
        if (line < 1 || (guint) line > import->line_starts->len)
          break;
        start = g_array_index (import->line_starts, gsize, line - 1);
        end = start;
        while (end < import->source_len && import->source[end] != '\n')
          end++;
        rule = g_strstrip (g_strndup (import->source + start, end - start));
        marked = fy_import_mark_markup (rule);
        markdown_add_block (import, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, marked);
      }
      break;

    default:
      break;
    }
}

/* A pipe table: one table block, cells as their inline text. */
static void
markdown_table (MarkdownImport *import,
                cmark_node     *node)
{
  gboolean header = FALSE;
  g_autoptr(FyTable) table = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(FyBlock) block = NULL;

  import->has_pending = FALSE;
  for (cmark_node *row = cmark_node_first_child (node); row != NULL; row = cmark_node_next (row))
    {
      GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);

      if (row == cmark_node_first_child (node))
        header = cmark_gfm_extensions_get_table_row_is_header (row);
      for (cmark_node *cell = cmark_node_first_child (row); cell != NULL; cell = cmark_node_next (cell))
        {
          FyInlineText text;

          fy_inline_text_init (&text, import->document, import->source, import->source_len,
                               import->line_starts);
          fy_inline_text_collect (&text, cell, FALSE);
          g_ptr_array_add (cells, g_strstrip (fy_inline_text_steal (&text)));
        }
      g_ptr_array_add (rows, cells);
    }

  /* fy_table_to_pipe_rows() writes a table without a header row under
   * an empty one. */
  if (header && rows->len > 0)
    {
      GPtrArray *first = g_ptr_array_index (rows, 0);
      gboolean empty = TRUE;

      for (guint c = 0; c < first->len; c++)
        empty = empty && *(const char *) g_ptr_array_index (first, c) == '\0';
      if (empty)
        {
          g_ptr_array_remove_index (rows, 0);
          header = FALSE;
        }
    }
  if (rows->len == 0)
    return;

  table = fy_table_new (header);
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (rows, r);

      fy_table_append_row (table, (const char **) cells->pdata, cells->len);
    }
  block = fy_table_to_block (table);
  fy_document_append_block (import->document, block);
  fy_import_context_advance (&import->context, FY_BLOCK_ROLE_TABLE);
}

/* libcmark's tree of @source, with GitHub's pipe tables. */
static cmark_node *
parse_markdown (const char *source,
                gsize       len)
{
  cmark_syntax_extension *table_extension;
  cmark_parser *parser;
  cmark_node *root;

  cmark_gfm_core_extensions_ensure_registered ();
  table_extension = cmark_find_syntax_extension ("table");
  parser = cmark_parser_new (CMARK_OPT_DEFAULT);
  if (table_extension != NULL)
    cmark_parser_attach_syntax_extension (parser, table_extension);
  cmark_parser_feed (parser, source, len);
  root = cmark_parser_finish (parser);
  cmark_parser_free (parser);

  return root;
}

static void
import_markdown_source (MarkdownImport *import,
                        const char     *source,
                        gsize           len)
{
  cmark_node *root;
  cmark_iter *iter;
  cmark_event_type event;
  const char *saved_source = import->source;
  gsize saved_len = import->source_len;
  GArray *saved_lines = import->line_starts;
  GHashTable *saved_numbers = import->item_numbers;
  g_autoptr(GHashTable) item_numbers = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize zero = 0;

  g_array_append_val (line_starts, zero);
  for (gsize i = 0; i < len; i++)
    if (source[i] == '\n')
      {
        gsize next = i + 1;

        g_array_append_val (line_starts, next);
      }

  import->source = source;
  import->source_len = len;
  import->line_starts = line_starts;
  import->item_numbers = item_numbers;

  root = parse_markdown (source, len);
  iter = cmark_iter_new (root);

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);

      if (event != CMARK_EVENT_ENTER)
        continue;

      if (type == CMARK_NODE_ITEM)
        {
          cmark_node *list = cmark_node_parent (node);

          g_clear_pointer (&import->item_prefix, g_free);
          if (list != NULL && cmark_node_get_list_type (list) == CMARK_ORDERED_LIST)
            {
              /* Items come in order: count them per list instead of
               * walking back over the earlier items. */
              gpointer counted = NULL;
              int number;

              if (g_hash_table_lookup_extended (import->item_numbers, list, NULL, &counted))
                number = GPOINTER_TO_INT (counted) + 1;
              else
                number = cmark_node_get_list_start (list);
              g_hash_table_insert (import->item_numbers, list, GINT_TO_POINTER (number));
              import->item_prefix =
                g_strdup_printf ("%d%s", number,
                                 cmark_node_get_list_delim (list) == CMARK_PAREN_DELIM ? ")" : ".");
            }
          continue;
        }

      /* The extension's node types are not exported, only their names. */
      if (g_strcmp0 (cmark_node_get_type_string (node), "table") == 0)
        {
          markdown_table (import, node);
          cmark_iter_reset (iter, node, CMARK_EVENT_EXIT);
          continue;
        }

      if (type == CMARK_NODE_HEADING || type == CMARK_NODE_PARAGRAPH ||
          type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_CODE_BLOCK ||
          type == CMARK_NODE_THEMATIC_BREAK)
        {
          markdown_node (import, node);
          /* The inline content has been read; skip it. */
          cmark_iter_reset (iter, node, CMARK_EVENT_EXIT);
        }
    }

  cmark_iter_free (iter);
  cmark_node_free (root);

  g_clear_pointer (&import->item_prefix, g_free);
  import->item_numbers = saved_numbers;
  import->source = saved_source;
  import->source_len = saved_len;
  import->line_starts = saved_lines;
}

/* The author numbers the headings when one of them starts with an ordinal
 * the engine does not make (一要, 第二章, 首先), or when the file says so
 * (a line `<!-- fayan:numbering as-written -->`, as fy_export_markdown()
 * writes it).  Then every heading keeps its text as written. */
static gboolean
source_numbers_headings (const char *source)
{
  g_auto(GStrv) lines = g_strsplit (source, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *p = lines[i];
      guint hashes = 0;

      while (*p == ' ')
        p++;
      if (g_str_has_prefix (p, "<!--") && strstr (p, "fayan:numbering") != NULL)
        return strstr (p, "as-written") != NULL;

      while (p[hashes] == '#')
        hashes++;
      if (hashes < 2 || hashes > 6 || (p[hashes] != ' ' && p[hashes] != '\t'))
        continue;
      p += hashes;
      while (*p == ' ' || *p == '\t' || *p == '*')
        p++;
      if (fy_numbering_has_own_ordinal (p, NULL) &&
          !fy_numbering_strip_prefix (p, NULL, NULL, NULL))
        return TRUE;
    }

  return FALSE;
}

/* Whether @indices, in the order the blocks were added, holds @index. */
static gboolean
array_has (GArray *indices,
           guint   index)
{
  guint low = 0, high = indices->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      guint at = g_array_index (indices, guint, mid);

      if (at == index)
        return TRUE;
      if (at < index)
        low = mid + 1;
      else
        high = mid;
    }
  return FALSE;
}

/* A paragraph the numbers of plain text may make a heading: plain text
 * (no lead, field or markup), no list item but a lone one, no role
 * marker's. */
static gboolean
may_number (MarkdownImport *import,
            guint           index)
{
  FyBlock *block = fy_document_get_block (import->document, index);

  return fy_block_get_role (block) == FY_BLOCK_ROLE_PARAGRAPH && fy_block_get_n_runs (block) == 1 &&
         fy_block_get_run (block, 0)->kind == FY_RUN_TEXT &&
         (!array_has (import->listed, index) || (import->typed_numbers && array_has (import->lone, index))) &&
         !array_has (import->marked, index);
}

/* 2.加强检查: an Arabic number and its point, typed straight before the
 * text, as no Markdown list item is. */
static gboolean
opens_typed_number (const char *text)
{
  const char *p = text;

  while (g_ascii_isdigit (*p))
    p++;
  return p > text && (*p == '.' || g_str_has_prefix (p, "．")) && p[*p == '.' ? 1 : strlen ("．")] != '\0' &&
         p[*p == '.' ? 1 : strlen ("．")] != ' ';
}

/* A Markdown file with a `#` title at most, written as plain text is
 * (一、 （一） 1. lines), gets its headings as plain text does.  One with
 * headings of its own, or with Fayan's role markers (an export), is as
 * its author marked it up. */
static void
number_headings (MarkdownImport *import,
                 const char     *source)
{
  guint n = fy_document_get_n_blocks (import->document);
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);

  if (strstr (source, "<!-- " FY_IMPORT_MARKER_PREFIX) != NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      FyBlock *block = fy_document_get_block (import->document, i);
      g_autofree char *text = fy_block_dup_text (block);

      if (fy_block_get_role (block) == FY_BLOCK_ROLE_HEADING)
        return;
      import->typed_numbers = import->typed_numbers ||
                              (may_number (import, i) && !array_has (import->listed, i) && opens_typed_number (text));
    }
  for (guint i = 0; i < n; i++)
    {
      FyBlock *block = fy_document_get_block (import->document, i);

      g_ptr_array_add (paragraphs, may_number (import, i) ? fy_block_dup_text (block) : g_strdup (""));
    }

  for (guint i = 0; i < n; i++)
    {
      FyBlock *block = fy_document_get_block (import->document, i);
      g_autofree char *clean = NULL;
      gsize number_len;
      guint level;

      if (*(const char *) g_ptr_array_index (paragraphs, i) == '\0' ||
          (level = fy_import_numbered_heading (paragraphs, i, &clean, &number_len)) == 0)
        continue;
      fy_block_set_role (block, FY_BLOCK_ROLE_HEADING);
      fy_block_set_level (block, level);
      fy_block_set_text (block, clean + number_len);
      if (number_len > 0)
        fy_import_remember_ordinal (block, clean, number_len);
    }
}

/* The name lines before a closing date line are the signature, unless a
 * role marker says what they are (see fy_import_infers_signature()). */
static void
mark_signature (MarkdownImport *import)
{
  fy_import_mark_signature (import->document, import->marked);
}

/* A text from Word with its lines numbered by hand (1　同志们：), saved
 * as .md: no line of it can be Markdown's (#, -, >, 1. all start
 * otherwise), and Markdown would join its lines, each a paragraph, into
 * one.  It is plain text (fy_web_text_strip_line_numbers() says when). */
static gboolean
is_numbered_by_hand (const char *source)
{
  g_auto(GStrv) numbered = g_strsplit (source, "\n", -1);
  g_auto(GStrv) lines = fy_web_text_strip_line_numbers (g_strdupv (numbered));

  return !g_strv_equal ((const char * const *) numbered, (const char * const *) lines);
}

/* Pandoc's fenced divs (`::: note` … `:::`) are no CommonMark: a fence
 * line would join the paragraph around it.  Blank lines around each put
 * it in a paragraph of its own, which markdown_paragraph() keeps as
 * markup. */
static char *
separate_fence_lines (const char *source)
{
  g_auto(GStrv) lines = g_strsplit (source, "\n", -1);
  GString *out = g_string_sized_new (strlen (source) + 16);
  gboolean blank_after = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean fence = is_fence_line (lines[i]);
      gboolean blank = TRUE;

      for (const char *p = lines[i]; *p && blank; p++)
        blank = *p == ' ' || *p == '\t' || *p == '\r';

      if ((fence || blank_after) && !blank && i > 0)
        g_string_append_c (out, '\n');
      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, lines[i]);
      blank_after = fence;
    }

  return g_string_free (out, FALSE);
}

#define WARNINGS_KEY "fy-import-warnings"

/* The source line of @node: its own, or its nearest block's when libcmark
 * kept none for it. */
static guint
node_line (cmark_node *node)
{
  for (; node != NULL; node = cmark_node_parent (node))
    if (cmark_node_get_start_line (node) > 0)
      return cmark_node_get_start_line (node);

  return 0;
}

enum { MARKDOWN_IMAGE = 1 << 4 };

static gint
compare_lines (gconstpointer a,
               gconstpointer b)
{
  guint x = GPOINTER_TO_UINT (*(gpointer const *) a);
  guint y = GPOINTER_TO_UINT (*(gpointer const *) b);

  return x < y ? -1 : x > y;
}

/* "图1　……" "图 2-1 ……" "图一　……": a figure's caption, short. */
#define CAPTION_MAX_CHARS 40

static gboolean
is_caption (const char *text)
{
  const char *p;

  while (g_ascii_isspace (*text))
    text++;
  if (!g_str_has_prefix (text, "图") || g_utf8_strlen (text, -1) > CAPTION_MAX_CHARS)
    return FALSE;
  p = text + strlen ("图");
  while (*p == ' ')
    p++;
  return g_ascii_isdigit (*p) ||
         (*p != '\0' && g_utf8_strchr ("一二三四五六七八九十", -1, g_utf8_get_char (p)) != NULL);
}

/* The caption under an image that is not printed: the text after it in
 * its paragraph (past a line break) or the paragraph after it, if it
 * reads as a caption.  Sets @line to the caption's line. */
static char *
find_caption (cmark_node *image,
              guint       image_line,
              guint      *line)
{
  cmark_node *node = image;
  cmark_node *block;
  guint breaks = 0;

  /* the image's node among its paragraph's children; an HTML block is
   * a block of its own */
  while (cmark_node_parent (node) != NULL && cmark_node_get_type (cmark_node_parent (node)) != CMARK_NODE_PARAGRAPH &&
         cmark_node_get_type (node) != CMARK_NODE_HTML_BLOCK)
    node = cmark_node_parent (node);
  block = cmark_node_get_type (node) == CMARK_NODE_HTML_BLOCK ? node : cmark_node_parent (node);
  if (block == NULL)
    return NULL;

  for (cmark_node *n = block == node ? NULL : cmark_node_next (node); n != NULL; n = cmark_node_next (n))
    {
      cmark_node_type type = cmark_node_get_type (n);

      if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
        breaks++;
      else if (type == CMARK_NODE_TEXT && breaks > 0)
        {
          *line = image_line + breaks;
          return is_caption (cmark_node_get_literal (n)) ? g_strdup (cmark_node_get_literal (n)) : NULL;
        }
    }

  block = cmark_node_next (block);
  if (block == NULL || cmark_node_get_type (block) != CMARK_NODE_PARAGRAPH)
    return NULL;
  /* the caption's text, maybe in bold */
  node = cmark_node_first_child (block);
  while (node != NULL && cmark_node_get_type (node) != CMARK_NODE_TEXT &&
         (cmark_node_get_type (node) == CMARK_NODE_STRONG || cmark_node_get_type (node) == CMARK_NODE_EMPH))
    node = cmark_node_first_child (node);
  if (node == NULL || cmark_node_get_type (node) != CMARK_NODE_TEXT || !is_caption (cmark_node_get_literal (node)))
    return NULL;
  *line = cmark_node_get_start_line (block);
  return g_strdup (cmark_node_get_literal (node));
}

/* What Fayan cannot represent yet is not dropped silently: images,
 * Markdown's and HTML's <img> (only their description is printed), and
 * other raw HTML (whose tags are not printed), are named by their line,
 * once a line.  Pipe tables become table blocks. */
static GPtrArray *
find_unrepresented (const char *source)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) kinds = g_hash_table_new (NULL, NULL);   /* line → what */
  g_autoptr(GHashTable) captions = g_hash_table_new_full (NULL, NULL, NULL, g_free);   /* line → caption */
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  cmark_node *root;
  cmark_iter *iter;
  cmark_event_type event;

  root = parse_markdown (source, strlen (source));
  iter = cmark_iter_new (root);
  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      cmark_node_type type = cmark_node_get_type (node);
      guint what = 0;
      gpointer line;

      if (event != CMARK_EVENT_ENTER)
        continue;

      if (type == CMARK_NODE_IMAGE)
        what = MARKDOWN_IMAGE;
      else if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE)
        what = fy_import_html_kinds (cmark_node_get_literal (node));
      if (what == 0)
        continue;

      line = GUINT_TO_POINTER (node_line (node));
      if ((what & (MARKDOWN_IMAGE | FY_HTML_IMAGE)) && !g_hash_table_contains (captions, line))
        {
          guint caption_line = 0;
          char *caption = find_caption (node, node_line (node), &caption_line);

          if (caption != NULL)
            g_hash_table_insert (captions, line,
                                 g_strdup_printf (_("The caption on line %1$u, “%2$s”, prints with no "
                                                    "image above it."), caption_line,
                                                  g_strstrip (caption)));
          g_free (caption);
        }
      if (!g_hash_table_contains (kinds, line))
        g_ptr_array_add (lines, line);
      what |= GPOINTER_TO_UINT (g_hash_table_lookup (kinds, line));
      g_hash_table_insert (kinds, line, GUINT_TO_POINTER (what));
    }
  cmark_iter_free (iter);
  cmark_node_free (root);

  /* One warning a line, the image first. */
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    {
      guint line = GPOINTER_TO_UINT (g_ptr_array_index (lines, i));
      guint what = GPOINTER_TO_UINT (g_hash_table_lookup (kinds, g_ptr_array_index (lines, i)));
      const char *caption = g_hash_table_lookup (captions, g_ptr_array_index (lines, i));

      if (what & MARKDOWN_IMAGE)
        g_ptr_array_add (warnings,
                         g_strdup_printf (_("Line %u: an image is not printed, only its description; "
                                            "the image is written back on export to Markdown."), line));
      else if (what & FY_HTML_IMAGE)
        g_ptr_array_add (warnings,
                         g_strdup_printf (_("Line %u: an HTML image (<img>) is not printed; its "
                                            "description (alt) is, and the image is written back "
                                            "on export to Markdown as ![description](file)."),
                                          line));
      else
        g_ptr_array_add (warnings,
                         g_strdup_printf (_("Line %u: HTML tags are not printed; the text between "
                                            "them is, and the tags are written back on export to "
                                            "Markdown."),
                                          line));
      /* a caption for an image that is not there is named too */
      if (caption != NULL)
        {
          char *warning = g_ptr_array_index (warnings, warnings->len - 1);

          g_ptr_array_index (warnings, warnings->len - 1) = g_strconcat (warning, " ", caption, NULL);
          g_free (warning);
        }
    }

  return warnings;
}

/**
 * fy_import_dup_warnings:
 * @document: a document made by fy_import_markdown() or fy_import_file()
 *
 * Returns: (transfer container) (element-type utf8): one message per
 *   thing of the source the document cannot represent, naming its line;
 *   empty when there is none
 */
GPtrArray *
fy_import_dup_warnings (FyDocument *document)
{
  GPtrArray *warnings;
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (FY_IS_DOCUMENT (document), copy);

  warnings = g_object_get_data (G_OBJECT (document), WARNINGS_KEY);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (warnings, i)));
  return copy;
}

/**
 * fy_import_add_warning:
 * @document: a document being imported
 * @message: (transfer full): a sentence to show, as fy_import_dup_warnings()
 *   returns them
 */
void
fy_import_add_warning (FyDocument *document,
                       char       *message)
{
  GPtrArray *warnings = g_object_get_data (G_OBJECT (document), WARNINGS_KEY);

  if (warnings == NULL)
    {
      warnings = g_ptr_array_new_with_free_func (g_free);
      g_object_set_data_full (G_OBJECT (document), WARNINGS_KEY, warnings,
                              (GDestroyNotify) g_ptr_array_unref);
    }
  g_ptr_array_add (warnings, message);
}

/* Whether @source has a `#` title (ATX or ===) or Fayan's role markers,
 * which say what its first paragraph is. */
static gboolean
source_has_title (const char *source)
{
  g_auto(GStrv) lines = NULL;

  if (strstr (source, "<!-- " FY_IMPORT_MARKER_PREFIX) != NULL)
    return TRUE;
  lines = g_strsplit (source, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *p = lines[i];
      guint spaces = 0;

      while (p[spaces] == ' ' && spaces < 3)
        spaces++;
      p += spaces;
      if (p[0] == '#' && (p[1] == ' ' || p[1] == '\t' || p[1] == '\0' || p[1] == '\r'))
        return TRUE;
      if (i > 0 && p[0] == '=' && strspn (p, "=") + strspn (p + strspn (p, "="), " \t\r") == strlen (p))
        return TRUE;
    }
  return FALSE;
}

/**
 * fy_import_markdown:
 * @text: UTF-8 Markdown in the subset of docs/markdown.md
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Parses @text with libcmark: `#` is the title (also the document's
 * title), `##` to `#####` headings of levels 1 to 4 (a number they carry
 * is dropped, unless the source numbers its headings itself: then the
 * document's numbering is "as written" and every heading keeps its
 * text), blank-line paragraphs, `**bold**` at the start of a
 * paragraph a run-in lead sentence, `{{name}}` a field reference, and a
 * `<!-- fayan:ROLE -->` line a role for the paragraph after it.  A file
 * with no heading of its own and no such line gets the headings plain
 * text gets from its numbered lines (一、 （一） 1.), list items excepted;
 * a file whose lines are numbered by hand is plain text
 * (fy_import_plain_text()).
 *
 * Returns: (transfer full): a new document, or %NULL with @error set
 *   (%FY_ERROR_INVALID_UTF8)
 */
FyDocument *
fy_import_markdown (const char  *text,
                    gssize       length,
                    GError     **error)
{
  g_autofree char *normalized = NULL;
  g_autofree char *separated = NULL;
  MarkdownImport import = { 0 };

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  normalized = fy_import_normalize_input (text, length, error);
  if (normalized == NULL)
    return NULL;
  if (is_numbered_by_hand (normalized))
    return fy_import_plain_text (normalized, -1, error);

  import.document = fy_document_new ();
  g_object_set_data_full (G_OBJECT (import.document), WARNINGS_KEY,
                          find_unrepresented (normalized), (GDestroyNotify) g_ptr_array_unref);
  import.as_written = source_numbers_headings (normalized);
  if (import.as_written)
    fy_document_set_numbering (import.document, FY_NUMBERING_AS_WRITTEN);
  fy_import_context_init (&import.context);
  separated = separate_fence_lines (normalized);
  import.marked = g_array_new (FALSE, FALSE, sizeof (guint));
  import.listed = g_array_new (FALSE, FALSE, sizeof (guint));
  import.lone = g_array_new (FALSE, FALSE, sizeof (guint));
  import.untitled = !source_has_title (separated);
  import_markdown_source (&import, separated, strlen (separated));
  number_headings (&import, separated);
  /* the documents a notice carries (## 先进个人名单 under the date), which
   * close the notice's signature */
  fy_import_find_attached_titles (import.document);
  mark_signature (&import);
  g_array_unref (import.marked);
  g_array_unref (import.listed);
  g_array_unref (import.lone);
  fy_import_gather_document_attachments (import.document);
  fy_doc_place_document_number (import.document);
  fy_import_settle_numbering (import.document);

  return import.document;
}

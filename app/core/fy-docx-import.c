/* fy-docx-import.c — a Word (.docx) file into a FyDocument
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-docx"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>
#include <zip.h>

#include "fy-document-io.h"
#include "fy-docx.h"
#include "fy-doc-labels.h"
#include "fy-docx-import-private.h"
#include "fy-docx-private.h"
#include "fy-error.h"
#include "fy-import-private.h"
#include "fy-numbering.h"
#include "fy-typesetter.h"

/*
 * The archive is read with libzip straight from memory and only the parts
 * the package relationships name are read, each within a size and a
 * compression-ratio limit (zip bombs), by names that must stay inside the
 * archive.  libxml2 parses each part without network access, without
 * loading or honouring a DTD and without substituting entities; a part that
 * declares a DTD at all is refused (no .docx needs one).
 *
 * Roles come first from the paragraph style (the exporter's own names,
 * Word's Title, Subtitle and "heading N", or any style with an outline
 * level; a first-level heading at the very top, with no number, is the
 * title a colleague set in "Heading 1"), then from position and
 * alignment (centred lines above the body are title, subtitle, speaker
 * or date; right-aligned lines below it are signature or date), then
 * from the text, by the same rules as the plain text importer (a short
 * first line with no mark is the title even where it is not centred,
 * and the import says so).  Bold runs at a paragraph's start are its lead; content
 * controls tagged (or titled) with a name are field references, and what
 * they show is the field's value.  The number Word prints before an item
 * of a numbered list becomes text, and a footnote a paragraph after the
 * one that refers to it (fy-docx-notes.c).  What the styles give is read
 * in fy-docx-styles.c, a paragraph's runs in fy-docx-runs.c, the parts
 * around the text (properties, headers, notes) in fy-docx-package.c.
 */

#define PARAGRAPH_EXCERPT_CHARS 16
/* Leading blanks, in half-width spaces, that push a line right: more
 * than a paragraph's two-character indent and a stray space or two. */
#define PUSHED_RIGHT_MIN 8
/* The longest name of an account a text was copied from (临川发布). */
#define MASTHEAD_MAX_CHARS 12
/* A title is set this large at least (小二, in half-points); a speaker's
 * line, a subtitle, body text are smaller (三号, 32). */
#define TITLE_SIZE_MIN 36


static char *
paragraph_excerpt (GPtrArray *pieces)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < pieces->len && text->len < 256; i++)
    g_string_append (text, ((FyDocxPiece *) g_ptr_array_index (pieces, i))->text->str);
  g_strstrip (text->str);
  if (g_utf8_strlen (text->str, -1) > PARAGRAPH_EXCERPT_CHARS)
    {
      *g_utf8_offset_to_pointer (text->str, PARAGRAPH_EXCERPT_CHARS) = '\0';
      return g_strconcat (text->str, "…", NULL);
    }

  return g_string_free (text, FALSE);
}

void
fy_docx_import_warn (FyDocxImport *import,
                     char         *message)
{
  if (import->warnings != NULL)
    g_ptr_array_add (import->warnings, message);
  else
    g_free (message);
}

static gboolean
is_date_text (const char *text)
{
  FyImportContext context;

  fy_import_context_init (&context);
  return fy_import_guess_role (&context, text) == FY_BLOCK_ROLE_DATE_LINE;
}

/* Whether the paragraph's text is set apart from the body's: all of it
 * in 楷体, or all of it bold. */
static gboolean
is_set_apart (FyDocxImport *import)
{
  gboolean all_bold = TRUE;

  for (guint i = 0; i < import->pieces->len; i++)
    {
      FyDocxPiece *piece = g_ptr_array_index (import->pieces, i);

      all_bold = all_bold && (piece->bold || piece->kind != FY_RUN_TEXT);
    }
  return !import->other_face || all_bold;
}

/* Whether a mark that ends a sentence or a clause stands in @text
 * before @end. */
static gboolean
has_sentence_mark (const char *text,
                   const char *end)
{
  for (const char *p = text; p < end && *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_strchr ("。！？；", -1, g_utf8_get_char (p)) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether @text, opening with a heading's number, reads as a heading:
 * short, one line, no sentence.  A colleague's level-2 heading set in
 * 楷体 or in bold may end with a full stop (（一）阵地建设逐步规范。). */
static gboolean
is_numbered_heading (FyDocxImport *import,
                     const char   *text,
                     guint        *level)
{
  const char *rest = NULL;
  guint number;

  if (!fy_numbering_strip_prefix (text, level, &number, &rest) || g_utf8_strlen (rest, -1) > 40 ||
      strchr (rest, '\n') != NULL)
    return FALSE;
  return !g_str_has_suffix (rest, "。") ||
         (is_set_apart (import) && !has_sentence_mark (rest, rest + strlen (rest) - strlen ("。")));
}

/* Whether nothing but a 发文字号 or a date stands before the paragraph
 * about to be added, and no title yet. */
static gboolean
is_at_top (FyDocxImport *import)
{
  if (import->has_title)
    return FALSE;
  for (guint i = 0; i < fy_document_get_n_blocks (import->document); i++)
    {
      FyBlockRole role = fy_block_get_role (fy_document_get_block (import->document, i));

      if (role != FY_BLOCK_ROLE_ISSUE_NUMBER && role != FY_BLOCK_ROLE_DATE_LINE)
        return FALSE;
    }
  return TRUE;
}

/* Whether @text, a paragraph at the top that is not centred, is the
 * title a colleague typed without setting it: short, one line, no
 * sentence mark, no number, no salutation, 附件 label or 发文字号 (as
 * the plain-text import judges its first line, fy_import_is_title_like(),
 * and stricter). */
static gboolean
is_plain_title (FyDocxImport *import,
                const char   *text)
{
  return !import->from_fayan && is_at_top (import) && fy_import_is_title_like (text) &&
         strchr (text, '\n') == NULL && !has_sentence_mark (text, text + strlen (text)) &&
         !fy_import_is_salutation_like (text) && !fy_doc_is_issue_number (text) &&
         !fy_doc_is_document_number (text) &&
         !fy_doc_is_attachment_label (text) && fy_import_attachment_note_rest (text) == NULL;
}

/* A centred line right under a title taken from a plain first paragraph
 * is the title, the line above it furniture (特急, a 份号): the plain
 * paragraph becomes body text again.  Whether it did. */
static gboolean
takes_title_back (FyDocxImport *import)
{
  guint n = fy_document_get_n_blocks (import->document);

  if (import->plain_title == 0 || n == 0 ||
      fy_block_get_role (fy_document_get_block (import->document, n - 1)) != FY_BLOCK_ROLE_TITLE)
    return FALSE;
  fy_block_set_role (fy_document_get_block (import->document, n - 1), FY_BLOCK_ROLE_PARAGRAPH);
  import->plain_title = 0;
  import->has_title = FALSE;
  return TRUE;
}

/* Whether @text is a headline with its occasion run in (坚持……——在……
 * 上的交流发言) right under a plain title short enough to be the name of
 * the account it was copied from (临川发布). */
static gboolean
is_headline (FyDocxImport *import,
             const char   *text)
{
  guint n = fy_document_get_n_blocks (import->document);
  const char *dash = strstr (text, "——");
  g_autofree char *above = NULL;

  if (import->plain_title == 0 || n == 0 || dash == NULL || g_utf8_strlen (text, dash - text) < 4 ||
      !fy_import_is_title_like (text))
    return FALSE;
  above = fy_block_dup_text (fy_document_get_block (import->document, n - 1));
  return g_utf8_strlen (above, -1) <= MASTHEAD_MAX_CHARS;
}

/* What @text, a centred line under the title, is: a note under it, as
 * the plain-text import reads it (——在……上的讲话, （2026年6月24日在……会议
 * 上）, （供县政府常务会议研究）), a date, a number (县政府办〔2026〕12号,
 * 第5期) or, else, the speaker's line. */
static FyBlockRole
role_under_title (FyDocxImport *import,
                  const char   *text)
{
  if (g_str_has_prefix (text, "——") ||
      (import->context.previous_role == FY_BLOCK_ROLE_TITLE && fy_import_is_occasion_line (text)))
    return FY_BLOCK_ROLE_SUBTITLE;
  if (is_date_text (text))
    return FY_BLOCK_ROLE_DATE_LINE;
  if (fy_doc_is_issue_number (text))
    return FY_BLOCK_ROLE_ISSUE_NUMBER;
  return FY_BLOCK_ROLE_SPEAKER;
}

static FyBlockRole
guess_role (FyDocxImport *import,
            const char   *text,
            const char   *align,
            guint         indent,
            guint        *level)
{
  *level = 0;

  /* a signature or date pushed right with spaces, as typed on a
   * typewriter: set right, as Word's alignment would have */
  if (indent >= PUSHED_RIGHT_MIN && (is_date_text (text) || fy_import_is_signature_like (text)))
    align = "right";

  if (align != NULL && (g_str_equal (align, "right") || g_str_equal (align, "end")))
    {
      if (is_date_text (text))
        return FY_BLOCK_ROLE_DATE_LINE;
      return import->context.body_started ? FY_BLOCK_ROLE_SIGNATURE : FY_BLOCK_ROLE_SPEAKER;
    }

  if (align != NULL && g_str_equal (align, "center") && !import->context.body_started)
    {
      /* 青委发〔2026〕21号 centred above the title */
      if (!import->has_title && !import->context.has_previous && fy_doc_is_document_number (text))
        return FY_BLOCK_ROLE_ISSUE_NUMBER;
      if (!import->has_title || takes_title_back (import))
        return FY_BLOCK_ROLE_TITLE;
      return role_under_title (import, text);
    }

  if (is_numbered_heading (import, text, level))
    return FY_BLOCK_ROLE_HEADING;
  *level = 0;

  /* said after the walk (fy_docx_import_data()), if it stays the title;
   * a headline with its occasion (坚持……——在……上的交流发言) under a
   * short line (临川发布, the account it was copied from) is the title */
  if (is_plain_title (import, text) || (is_headline (import, text) && takes_title_back (import)))
    {
      import->plain_title = import->n_paragraphs;
      return FY_BLOCK_ROLE_TITLE;
    }

  return fy_import_guess_role (&import->context, text);
}

/* An item of a Word list, its number in front ("一、压实安全生产责任"): a
 * heading when it reads as one, short and no sentence, else a paragraph
 * ("1.县处级领导干部进修班，全年2期；"). */
static FyBlockRole
list_item_role (const char *text,
                guint      *level)
{
  static const char *const ends[] = { "。", "；", "，", "：", "！", "？", ";", ",", ":", NULL };
  const char *rest = NULL;

  *level = 0;
  if (!fy_numbering_strip_prefix (text, level, NULL, &rest) || g_utf8_strlen (rest, -1) > 40 ||
      strchr (rest, '\n') != NULL || strstr (rest, "。") != NULL)
    return FY_BLOCK_ROLE_PARAGRAPH;
  for (guint i = 0; ends[i] != NULL; i++)
    if (g_str_has_suffix (rest, ends[i]))
      return FY_BLOCK_ROLE_PARAGRAPH;
  return FY_BLOCK_ROLE_HEADING;
}

/* Trims the paragraph's blank ends; returns how far its text was pushed
 * in, in half-width spaces (an ideographic space is two, a tab four). */
static guint
trim_pieces (GPtrArray *pieces)
{
  guint indent = 0;

  while (pieces->len > 0)
    {
      FyDocxPiece *first = g_ptr_array_index (pieces, 0);
      const char *p = first->text->str;

      if (first->kind == FY_RUN_FIELD)
        break;
      for (;;)
        if (*p == ' ' || *p == '\t')
          indent += *p++ == '\t' ? 4 : 1;
        else if (g_str_has_prefix (p, "　"))
          {
            indent += 2;
            p += strlen ("　");
          }
        else
          break;
      g_string_erase (first->text, 0, p - first->text->str);
      if (first->text->len > 0)
        break;
      g_ptr_array_remove_index (pieces, 0);
    }

  while (pieces->len > 0)
    {
      FyDocxPiece *last = g_ptr_array_index (pieces, pieces->len - 1);

      if (last->kind == FY_RUN_FIELD)
        break;
      while (last->text->len > 0 && strchr (" \t\n", last->text->str[last->text->len - 1]) != NULL)
        g_string_truncate (last->text, last->text->len - 1);
      if (last->text->len > 0)
        break;
      g_ptr_array_remove_index (pieces, pieces->len - 1);
    }
  return indent;
}

void
fy_docx_import_add_block (FyDocxImport *import,
                          FyBlockRole   role,
                          guint         level)
{
  g_autoptr(FyBlock) block = fy_block_new (role);
  guint lead_end = 0;
  gboolean any_plain = FALSE;

  /* A lead is bold text at the start followed by plain text. */
  for (guint i = 0; i < import->pieces->len; i++)
    {
      FyDocxPiece *piece = g_ptr_array_index (import->pieces, i);

      if (!piece->bold)
        {
          any_plain = TRUE;
          break;
        }
      lead_end = i + 1;
    }
  if (!any_plain || role == FY_BLOCK_ROLE_HEADING || role == FY_BLOCK_ROLE_TITLE)
    lead_end = 0;

  fy_block_set_level (block, role == FY_BLOCK_ROLE_HEADING ? CLAMP (level, 1, FY_HEADING_MAX_LEVEL) : 0);
  for (guint i = 0; i < import->pieces->len; i++)
    {
      FyDocxPiece *piece = g_ptr_array_index (import->pieces, i);

      if (piece->kind == FY_RUN_FIELD)
        {
          g_autofree char *placeholder = g_strdup_printf ("{{%s}}", piece->field);

          fy_block_append_run (block, FY_RUN_FIELD, piece->field);
          if (!g_str_equal (piece->text->str, placeholder))
            fy_document_set_field_value (import->document, piece->field, piece->text->str);
        }
      else if (piece->kind == FY_RUN_MARKUP || i < lead_end)
        fy_block_append_run (block, i < lead_end ? FY_RUN_BOLD : FY_RUN_MARKUP, piece->text->str);
      else
        {
          /* Bold inside a body block is emphasis; titles and headings are
           * often bold throughout, and that is their style. */
          gboolean emphasis = piece->bold && role != FY_BLOCK_ROLE_HEADING &&
                              role != FY_BLOCK_ROLE_TITLE && role != FY_BLOCK_ROLE_SUBTITLE;

          fy_block_append_run (block, emphasis ? FY_RUN_EMPHASIS : FY_RUN_TEXT, piece->text->str);
        }
    }

  fy_document_append_block (import->document, block);
  fy_import_context_advance (&import->context, role);
  if (role == FY_BLOCK_ROLE_TITLE && !import->has_title)
    import->title_size = import->text_size;
  if (role == FY_BLOCK_ROLE_TITLE)
    import->has_title = TRUE;
}

/* Fayan cannot set more blocks than this: refuse before holding more. */
gboolean
fy_docx_import_check_block_limit (FyDocxImport *import,
                                  GError      **error)
{
  if (fy_document_get_n_blocks (import->document) < FY_TYPESETTER_MAX_BLOCKS)
    return TRUE;

  g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
               _("The document has more than %u paragraphs, more than Fayan can set. "
                 "Split it into several documents in WPS or Word."),
               (guint) FY_TYPESETTER_MAX_BLOCKS);
  return FALSE;
}

/* A line of an attachment note that Fayan wrote a paragraph a line
 * (fy-docx-export-notice.c), just added: a line of the note before it
 * again. */
static void
join_attachment_line (FyDocument *document)
{
  guint n = fy_document_get_n_blocks (document);
  FyBlock *note = n >= 2 ? fy_document_get_block (document, n - 2) : NULL;
  FyBlock *line = fy_document_get_block (document, n - 1);

  if (note == NULL || fy_block_get_role (note) != FY_BLOCK_ROLE_ATTACHMENT)
    return;
  fy_block_begin_change (note);
  fy_block_append_run (note, FY_RUN_TEXT, "\n");
  for (guint i = 0; i < fy_block_get_n_runs (line); i++)
    fy_block_append_run (note, fy_block_get_run (line, i)->kind, fy_block_get_run (line, i)->text);
  fy_block_end_change (note);
  fy_document_remove_block (document, n - 1);
}

/* The title's second line, set as a paragraph of its own under it
 * (中共……县委　……县人民政府 / 关于表彰……的决定), just added: the title's
 * text again, after a line break where the author's break is kept. */
static void
join_title_line (FyDocument *document,
                 gboolean    keep_break)
{
  guint n = fy_document_get_n_blocks (document);
  FyBlock *title = fy_document_get_block (document, n - 2);
  FyBlock *line = fy_document_get_block (document, n - 1);

  fy_block_begin_change (title);
  if (keep_break)
    fy_block_append_run (title, FY_RUN_TEXT, "\n");
  for (guint i = 0; i < fy_block_get_n_runs (line); i++)
    fy_block_append_run (title, fy_block_get_run (line, i)->kind, fy_block_get_run (line, i)->text);
  fy_block_end_change (title);
  fy_document_remove_block (document, n - 1);
}

/* Whether @text, centred right under the title (taken for a speaker's
 * line, @role), or under a title not centred either (taken for a
 * paragraph), goes on with it. */
static gboolean
goes_on_title (FyDocxImport *import,
               FyBlockRole   role,
               const char   *text)
{
  guint n = fy_document_get_n_blocks (import->document);
  FyBlock *last = n > 0 ? fy_document_get_block (import->document, n - 1) : NULL;
  g_autofree char *title = NULL;

  if (last == NULL || fy_block_get_role (last) != FY_BLOCK_ROLE_TITLE ||
      (role != FY_BLOCK_ROLE_SPEAKER && (role != FY_BLOCK_ROLE_PARAGRAPH || import->plain_title == 0)))
    return FALSE;
  title = fy_block_dup_text (last);
  return fy_import_title_goes_on (title, text);
}

/* Whether @text, centred right under the title and taken for a
 * speaker's line (@role), is the title's next line as its author broke
 * it into paragraphs: set as large as the title, which is larger than a
 * speaker's line, and read as a title (坚持问题导向　狠抓工作落实 / 奋力
 * 推动农田水利建设提质增效, over ——在……上的交流发言). */
static gboolean
is_title_next_line (FyDocxImport *import,
                    FyBlockRole   role,
                    const char   *text)
{
  return role == FY_BLOCK_ROLE_SPEAKER && import->context.previous_role == FY_BLOCK_ROLE_TITLE &&
         import->title_size >= TITLE_SIZE_MIN && import->text_size == import->title_size &&
         fy_import_is_title_like (text) && !fy_import_is_speaker_like (text) &&
         !fy_import_is_occasion_line (text);
}

typedef enum
{
  TITLE_JOIN_NONE,
  TITLE_JOIN_RUN_ON,   /* its words go on in the title's line */
  TITLE_JOIN_LINE,     /* the title's next line, after the author's break */
} TitleJoin;

/* How the paragraph just read (@text; @role as read, @styled when its
 * style said so) goes with the title above it; @role becomes the
 * title's when it joins it. */
static TitleJoin
join_with_title (FyDocxImport *import,
                 gboolean      styled,
                 FyBlockRole  *role,
                 const char   *text)
{
  /* a second "title" is the title's second line, a subtitle or the
   * speaker line; one in the title's style too, when it is a note, a
   * date or a number under it, which it would print in the title's face */
  if (*role == FY_BLOCK_ROLE_TITLE && import->has_title && !styled)
    *role = FY_BLOCK_ROLE_SPEAKER;
  if (*role == FY_BLOCK_ROLE_TITLE && import->has_title && styled &&
      role_under_title (import, text) != FY_BLOCK_ROLE_SPEAKER)
    *role = role_under_title (import, text);
  if (!styled && goes_on_title (import, *role, text))
    {
      *role = FY_BLOCK_ROLE_TITLE;
      return TITLE_JOIN_RUN_ON;
    }
  /* the author's own break between two lines of the title stays: a
   * paragraph set as large as it, or a second one in the title's style */
  if ((!styled && is_title_next_line (import, *role, text)) ||
      (styled && *role == FY_BLOCK_ROLE_TITLE && import->has_title &&
       import->context.previous_role == FY_BLOCK_ROLE_TITLE))
    {
      *role = FY_BLOCK_ROLE_TITLE;
      return TITLE_JOIN_LINE;
    }
  return TITLE_JOIN_NONE;
}

/* Whether a paragraph in a first-level heading style (@level, its list
 * number @label: Writer numbers its headings with an empty one) is the title: a colleague sets the title in Writer's
 * or Word's "Heading 1", centred and enlarged or not at all.  The first
 * one at the top, before any other text, with no number of its own or
 * of a list, is; Fayan's own files say what is their title. */
static gboolean
is_heading_title (FyDocxImport *import,
                  guint         level,
                  const char   *label,
                  const char   *text)
{
  return level <= 1 && (label == NULL || *label == '\0') && !import->from_fayan && !import->engine_number &&
         is_at_top (import) && fy_import_is_title_like (text);
}

/* Where a warning points: a paragraph by its first words. */
static char *
paragraph_place (GPtrArray *pieces)
{
  g_autofree char *excerpt = paragraph_excerpt (pieces);

  /* Translators: a paragraph named by its first words, in the warnings
   * "Paragraph 3 (%s): …" */
  return g_strdup_printf (_("“%s”"), excerpt);
}

/* The page break a colleague put before the paragraph just added (its
 * @role, @text, @where) is not kept: Fayan starts a page of its own only
 * for an attachment, and the import says so, but not before an
 * attachment's label or title, where the engine breaks the page. */
static void
warn_page_break (FyDocxImport *import,
                 FyBlockRole   role,
                 const char   *text,
                 const char   *where)
{
  if (import->page_break == 0 || import->page_break > import->n_paragraphs)
    return;
  import->page_break = 0;
  if (role == FY_BLOCK_ROLE_ATTACHMENT || role == FY_BLOCK_ROLE_TITLE || fy_doc_is_attachment_label (text))
    return;
  fy_docx_import_warn (import, g_strdup_printf (_("Paragraph %1$u (%2$s): the page break before it "
                                                  "was left out, as Fayan starts a new page only "
                                                  "for an attachment. Check the pages in the "
                                                  "preview."),
                                                import->n_paragraphs, where));
}

/* A picture in a paragraph or a cell (@where, paragraph number
 * @paragraph) that Fayan has no figure for: said, not lost. */
void
fy_docx_import_warn_picture (FyDocxImport *import,
                             guint         paragraph,
                             const char   *where)
{
  if (import->has_image)
    fy_docx_import_warn (import, g_strdup_printf (_("Paragraph %1$u (%2$s): a picture was left out, as "
                                                    "Fayan has no figures yet. Add it in WPS or "
                                                    "Word after the last revision."),
                                                  paragraph, where));
}

/* What the runs of a paragraph or a cell (@where, paragraph number
 * @paragraph) had that Fayan does not print: said, not lost.  Words in
 * 楷体 are said where @kaiti, in the body or a table, not in a heading
 * or title whose style sets them so. */
void
fy_docx_import_warn_formats (FyDocxImport *import,
                             guint         paragraph,
                             const char   *where,
                             gboolean      kaiti)
{
  /* a colleague's mark (此句请审定) or a 红头 */
  if (import->has_red)
    fy_docx_import_warn (import, g_strdup_printf (_("Paragraph %1$u (%2$s): its red text is printed "
                                                    "black, as Fayan prints all text in black. "
                                                    "Check what the red marked before you send the "
                                                    "speech on."),
                                                  paragraph, where));
  /* a colleague's 待核实 in yellow: the text stays, the mark goes */
  if (import->has_highlight)
    fy_docx_import_warn (import, g_strdup_printf (_("Paragraph %1$u (%2$s): its highlighting is left "
                                                    "out, as Fayan prints no highlights. Check "
                                                    "what it marked before you send the speech on."),
                                                  paragraph, where));
  if (import->has_underline)
    fy_docx_import_warn (import, g_strdup_printf (_("Paragraph %1$u (%2$s): its underlining is left "
                                                    "out, as Fayan prints no underlines. Check "
                                                    "what it marked before you send the speech on."),
                                                  paragraph, where));
  /* a quotation or a 按语 set in 楷体 inside the body text */
  if (import->has_kaiti && kaiti)
    fy_docx_import_warn (import, g_strdup_printf (_("Paragraph %1$u (%2$s): its words in 楷体 are "
                                                    "printed in the face of the words around them, "
                                                    "as Fayan sets a paragraph or a cell in one "
                                                    "face. Check whether they need setting apart "
                                                    "in words."),
                                                  paragraph, where));
}

/* Forgets what the last paragraph or cell had, before the next. */
void
fy_docx_import_reset_formats (FyDocxImport *import)
{
  import->has_image = FALSE;
  import->has_red = FALSE;
  import->has_highlight = FALSE;
  import->has_underline = FALSE;
  import->has_kaiti = FALSE;
  import->bookmark = NULL;
  import->bookmark_held = FALSE;
  import->engine_number = FALSE;
  import->other_face = FALSE;
  import->text_size = -1;
}

static gboolean
walk_paragraph (FyDocxImport *import,
                xmlNode      *p,
                GError      **error)
{
  xmlNode *ppr = fy_docx_child_w (p, "pPr");
  g_autofree char *style_id = NULL;
  g_autofree char *align = NULL;
  g_autofree char *outline_str = NULL;
  g_autofree char *text = NULL;
  GString *joined;
  FyBlockRole role = FY_BLOCK_ROLE_PARAGRAPH;
  guint level = 0;
  int outline = -1;
  gboolean styled;
  TitleJoin join;
  g_autofree char *label = NULL;
  g_autofree char *commented = NULL;   /* its first words, for a comment on it */
  guint indent;

  import->n_paragraphs++;
  if (!fy_docx_import_check_block_limit (import, error))
    return FALSE;

  g_ptr_array_set_size (import->pieces, 0);
  fy_docx_import_reset_formats (import);

  if (ppr != NULL)
    {
      style_id = fy_docx_get_w_attr (fy_docx_child_w (ppr, "pStyle"), "val");
      align = fy_docx_get_w_attr (fy_docx_child_w (ppr, "jc"), "val");
      outline_str = fy_docx_get_w_attr (fy_docx_child_w (ppr, "outlineLvl"), "val");
      if (outline_str != NULL)
        outline = (int) g_ascii_strtoll (outline_str, NULL, 10);
      /* the paragraph mark's own revision */
      xmlNode *mark = fy_docx_child_w (ppr, "rPr");

      if (mark != NULL && (fy_docx_child_w (mark, "ins") != NULL || fy_docx_child_w (mark, "del") != NULL))
        import->revisions++;
      /* a change of the paragraph's format, or its mark's */
      fy_docx_import_count_format_change (import, ppr);
      fy_docx_import_count_format_change (import, mark);
      if (fy_docx_get_toggle (ppr, "pageBreakBefore") > 0)
        import->page_break = import->n_paragraphs;
    }
  import->run_reformatted = FALSE;

  label = fy_docx_notes_list_label (import->notes, ppr, import->styles, style_id);
  import->paragraph_style = style_id;
  fy_docx_import_walk_inline (import, p, NULL, 0);
  import->paragraph_style = NULL;

  if (import->has_image)
    {
      g_autofree char *where = paragraph_place (import->pieces);

      fy_docx_import_warn_picture (import, import->n_paragraphs, where);
    }

  indent = trim_pieces (import->pieces);
  commented = paragraph_excerpt (import->pieces);
  fy_docx_notes_warn_comments (import->notes, import->n_paragraphs, commented, import->warnings);
  fy_docx_notes_warn_numbers (import->notes, import->n_paragraphs, commented, import->warnings);
  if (import->pieces->len == 0)
    return TRUE;

  joined = g_string_new (NULL);
  for (guint i = 0; i < import->pieces->len; i++)
    g_string_append (joined, ((FyDocxPiece *) g_ptr_array_index (import->pieces, i))->text->str);
  text = g_string_free (joined, FALSE);

  styled = fy_docx_styles_role (import->styles, style_id, &role, &level, &outline, &align);
  if (!styled && outline >= 0 && outline <= 8)
    {
      role = FY_BLOCK_ROLE_HEADING;
      level = outline + 1;
      styled = TRUE;
    }

  /* an item of a Word list: its number is text, as Word prints it, a
   * heading's own ordinal (一、 from a list, or from a heading style
   * linked to one) */
  if (label != NULL)
    {
      char *numbered = g_strconcat (label, text, NULL);

      g_ptr_array_insert (import->pieces, 0, fy_docx_piece_new (FY_RUN_TEXT, NULL, label, FALSE));
      g_free (text);
      text = numbered;
    }
  if (styled && role == FY_BLOCK_ROLE_HEADING && is_heading_title (import, level, label, text))
    role = FY_BLOCK_ROLE_TITLE;
  else if (!styled && label != NULL)
    role = list_item_role (text, &level);
  else if (!styled)
    role = guess_role (import, text, align, indent, &level);

  /* "2．责任清单" under "附件：1．……" names an attachment, not a heading. */
  if (!styled && import->in_attachment && fy_import_is_attachment_item (text))
    role = FY_BLOCK_ROLE_PARAGRAPH;
  import->in_attachment = role == FY_BLOCK_ROLE_PARAGRAPH &&
                          (fy_import_attachment_note_rest (text) != NULL ||
                           (import->in_attachment && fy_import_is_attachment_item (text)));

  /* Headings keep their text: a file that numbers its own headings is
   * printed as written (as Markdown import does). */
  if (role == FY_BLOCK_ROLE_HEADING && fy_numbering_strip_prefix (text, NULL, NULL, NULL))
    import->numbers_written = TRUE;

  join = join_with_title (import, styled, &role, text);

  {
    g_autofree char *where = paragraph_place (import->pieces);

    fy_docx_import_warn_formats (import, import->n_paragraphs, where, role == FY_BLOCK_ROLE_PARAGRAPH);
    warn_page_break (import, role, text, where);
  }
  fy_docx_import_add_block (import, role, level);
  if (join != TITLE_JOIN_NONE)
    join_title_line (import->document, join == TITLE_JOIN_LINE);
  if (styled && role == FY_BLOCK_ROLE_ATTACHMENT && level == 1)
    join_attachment_line (import->document);

  return TRUE;
}

/* The notes the last paragraph or table referred to, each a paragraph
 * after it (fy-docx-notes.c). */
static void
add_notes (FyDocxImport *import)
{
  g_autoptr(GPtrArray) notes = fy_docx_notes_take (import->notes);

  for (guint i = 0; i < notes->len; i++)
    {
      const char *note = g_ptr_array_index (notes, i);
      g_autofree char *mark = g_strndup (note, fy_docx_notes_skip_mark (note) - note);

      if (fy_document_get_n_blocks (import->document) >= FY_TYPESETTER_MAX_BLOCKS)
        return;
      g_ptr_array_set_size (import->pieces, 0);
      g_ptr_array_add (import->pieces, fy_docx_piece_new (FY_RUN_TEXT, NULL, note, FALSE));
      fy_docx_import_add_block (import, FY_BLOCK_ROLE_PARAGRAPH, 0);
      fy_docx_import_warn (import, g_strdup_printf (_("Paragraph %1$u: note %2$s is printed as a "
                                                      "paragraph after it, as Fayan has no "
                                                      "footnotes."),
                                                    import->n_paragraphs, mark));
    }
}

static gboolean walk_body (FyDocxImport *import,
                           xmlNode      *body,
                           guint         depth,
                           GError      **error);

/* The text boxes the last paragraph or table held (a 数据来源 beside a
 * table, a note in the margin), each box's paragraphs after it: Fayan
 * has no text boxes, and the import says where each went. */
static gboolean
add_text_boxes (FyDocxImport *import,
                guint         depth,
                GError      **error)
{
  g_autoptr(GPtrArray) boxes = g_steal_pointer (&import->text_boxes);
  guint anchor = import->n_paragraphs;

  import->text_boxes = g_ptr_array_new ();
  for (guint i = 0; i < boxes->len; i++)
    {
      xmlNode *box = g_ptr_array_index (boxes, i);
      g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (fy_docx_piece_free);
      g_autofree char *excerpt = NULL;

      /* its paragraphs' text, a space between them */
      for (xmlNode *p = box->children; p != NULL; p = p->next)
        if (fy_docx_is_w (p, "p"))
          {
            xmlChar *content = xmlNodeGetContent (p);

            g_ptr_array_add (pieces, fy_docx_piece_new (FY_RUN_TEXT, NULL, pieces->len > 0 ? " " : "", FALSE));
            g_ptr_array_add (pieces, fy_docx_piece_new (FY_RUN_TEXT, NULL, (const char *) content, FALSE));
            xmlFree (content);
          }
      excerpt = paragraph_excerpt (pieces);
      if (*excerpt != '\0')
        fy_docx_import_warn (import, g_strdup_printf (_("Paragraph %1$u: the text of its text box "
                                                        "(“%2$s”) is printed as paragraphs after it, "
                                                        "as Fayan has no text boxes. Check where "
                                                        "it belongs."),
                                                      anchor, excerpt));
      if (!walk_body (import, g_ptr_array_index (boxes, i), depth + 1, error))
        return FALSE;
    }
  return TRUE;
}

/* A section ends at @section (w:sectPr, in the paragraph that ends it or
 * the body's last): when its page is landscape (a wide table turned on
 * its side), the import names its paragraphs, for Fayan prints every page
 * upright and squeezes the table to the portrait width. */
static void
end_section (FyDocxImport *import,
             xmlNode      *section)
{
  xmlNode *size = section != NULL ? fy_docx_child_w (section, "pgSz") : NULL;
  g_autofree char *orient = fy_docx_get_w_attr (size, "orient");
  g_autofree char *width = fy_docx_get_w_attr (size, "w");
  g_autofree char *height = fy_docx_get_w_attr (size, "h");
  guint first = import->section_start, table = import->section_table;
  g_autofree char *where = NULL;
  gboolean landscape;

  if (section == NULL)
    return;
  fy_docx_import_count_format_change (import, section);
  landscape = (orient != NULL && g_str_equal (orient, "landscape")) ||
              (width != NULL && height != NULL &&
               g_ascii_strtoull (width, NULL, 10) > g_ascii_strtoull (height, NULL, 10));
  import->section_start = import->n_paragraphs + 1;
  import->section_table = 0;
  if (!landscape || first > import->n_paragraphs)
    return;
  where = first == import->n_paragraphs ? g_strdup_printf (_("Paragraph %u"), first)
                                         : g_strdup_printf (_("Paragraphs %1$u–%2$u"), first, import->n_paragraphs);
  if (table != 0)
    fy_docx_import_warn (import, g_strdup_printf (_("%1$s (with a table at paragraph %2$u) sat on a "
                                                    "landscape page in the original: Fayan prints "
                                                    "every page upright, so the table is narrower "
                                                    "and its cells wrap. Check it in the preview, "
                                                    "or turn that page in WPS or Word after the "
                                                    "last revision."),
                                                  where, table));
  else
    fy_docx_import_warn (import, g_strdup_printf (_("%s sat on a landscape page in the original: "
                                                    "Fayan prints every page upright. Check it in "
                                                    "the preview, or turn that page in WPS or Word "
                                                    "after the last revision."),
                                                  where));
}

static gboolean
walk_body (FyDocxImport *import,
           xmlNode      *body,
           guint         depth,
           GError      **error)
{
  if (depth > 32)
    return TRUE;

  for (xmlNode *c = body->children; c != NULL; c = c->next)
    {
      if (fy_docx_is_w (c, "p"))
        {
          xmlNode *ppr = fy_docx_child_w (c, "pPr");

          if (!walk_paragraph (import, c, error))
            return FALSE;
          add_notes (import);
          if (!add_text_boxes (import, depth, error))
            return FALSE;
          end_section (import, ppr != NULL ? fy_docx_child_w (ppr, "sectPr") : NULL);
        }
      else if (fy_docx_is_w (c, "sectPr"))
        end_section (import, c);
      else if (fy_docx_is_w (c, "tbl"))
        {
          if (import->section_table == 0)
            import->section_table = import->n_paragraphs + 1;
          if (!fy_docx_import_walk_table (import, c, depth, error))
            return FALSE;
          add_notes (import);
          if (!add_text_boxes (import, depth, error))
            return FALSE;
        }
      else if (fy_docx_is_w (c, "sdt"))
        {
          xmlNode *content = fy_docx_child_w (c, "sdtContent");

          if (content != NULL && !walk_body (import, content, depth + 1, error))
            return FALSE;
        }
      else if (fy_docx_is_w (c, "ins") || fy_docx_is_w (c, "customXml") || fy_docx_is_w (c, "moveTo"))
        {
          if (fy_docx_is_w (c, "ins") || fy_docx_is_w (c, "moveTo"))
            import->revisions++;
          if (!walk_body (import, c, depth + 1, error))
            return FALSE;
        }
      else if (fy_docx_is_w (c, "del") || fy_docx_is_w (c, "moveFrom"))
        import->revisions++;
    }

  return TRUE;
}
static gboolean
import_archive (FyDocxImport *import,
                GError      **error)
{
  g_autofree char *main_part = NULL;
  g_autofree char *styles_part = NULL;
  g_autofree char *rels_part = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GError) local_error = NULL;
  xmlDoc *doc;
  xmlNode *root, *body;
  gboolean ok;

  if (!fy_docx_check_archive (import->archive, error))
    return FALSE;

  main_part = fy_docx_import_find_relationship (import, "_rels/.rels", "/officeDocument", "",
                                                &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (main_part == NULL)
    main_part = g_strdup ("word/document.xml");

  folder = g_path_get_dirname (main_part);
  if (g_str_equal (folder, "."))
    g_clear_pointer (&folder, g_free);
  prefix = folder != NULL ? g_strconcat (folder, "/", NULL) : g_strdup ("");
  {
    g_autofree char *base = g_path_get_basename (main_part);

    rels_part = g_strconcat (prefix, "_rels/", base, ".rels", NULL);
    styles_part = fy_docx_import_find_relationship (import, rels_part, "/styles", prefix,
                                                    &local_error);
    if (local_error != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local_error));
        return FALSE;
      }
  }

  if (styles_part != NULL)
    {
      doc = fy_docx_import_load_part (import, styles_part, error);
      if (doc == NULL && error != NULL && *error != NULL)
        return FALSE;
      if (doc != NULL)
        {
          fy_docx_styles_load (import->styles, doc);
          xmlFreeDoc (doc);
        }
    }

  doc = fy_docx_import_load_part (import, main_part, &local_error);
  if (doc == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        fy_docx_set_format_error (error, _("it has no document text"));
      return FALSE;
    }

  root = xmlDocGetRootElement (doc);
  body = root != NULL && fy_docx_is_w (root, "document") ? fy_docx_child_w (root, "body") : NULL;
  if (body == NULL)
    {
      xmlFreeDoc (doc);
      fy_docx_set_format_error (error, _("it has no document text"));
      return FALSE;
    }

  fy_docx_import_load_custom_properties (import);
  fy_docx_import_load_core_properties (import);
  if (!fy_docx_import_load_notes (import, rels_part, prefix, error))
    {
      xmlFreeDoc (doc);
      return FALSE;
    }

  ok = walk_body (import, body, 0, error);
  xmlFreeDoc (doc);
  if (ok)
    fy_docx_import_warn_headers (import, rels_part, prefix);

  return ok;
}

/**
 * fy_docx_import_data:
 * @data: the bytes of a .docx file
 * @length: their number
 * @warnings: (out) (optional) (element-type utf8) (transfer container):
 *   what was left out or changed (pictures, tables, tracked changes,
 *   comments), as translated sentences
 * @error: return location for a #GError
 *
 * Reads a Word document into a new #FyDocument.  A legacy .doc, a broken
 * file, a zip bomb, a part outside the archive or XML with a DTD is
 * refused with a message that says what to do.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
FyDocument *
fy_docx_import_data (const guint8  *data,
                     gsize          length,
                     GPtrArray    **warnings,
                     GError       **error)
{
  static const guint8 ole_magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  g_autoptr(GPtrArray) warning_list = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(FyDocument) document = NULL;
  FyDocxImport import = { 0 };
  guint unread_comments;
  zip_source_t *source;
  zip_error_t zerror;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (warnings != NULL)
    *warnings = NULL;

  if (length > FY_DOCX_MAX_FILE_SIZE)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_TOO_LARGE,
                   _("The document is larger than %u MiB, far more than any speech."),
                   (guint) (FY_DOCX_MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }

  if (length >= sizeof ole_magic && memcmp (data, ole_magic, sizeof ole_magic) == 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT,
                   _("This is an old Word document (.doc), which Fayan cannot read. "
                     "Open it in WPS or Word, save it as .docx and open that file."));
      return NULL;
    }

  if (length < 4 || memcmp (data, "PK\x03\x04", 4) != 0)
    {
      fy_docx_set_format_error (error, _("it is not a zip archive, as every .docx file is"));
      return NULL;
    }

  zip_error_init (&zerror);
  source = zip_source_buffer_create (data, length, 0, &zerror);
  import.archive = source != NULL ? zip_open_from_source (source, ZIP_RDONLY, &zerror) : NULL;
  if (import.archive == NULL)
    {
      fy_docx_set_format_error (error, zip_error_strerror (&zerror));
      zip_error_fini (&zerror);
      if (source != NULL)
        zip_source_free (source);
      return NULL;
    }
  zip_error_fini (&zerror);

  document = fy_document_new ();
  import.document = document;
  import.warnings = warning_list;
  import.styles = fy_docx_styles_new ();
  import.pieces = g_ptr_array_new_with_free_func (fy_docx_piece_free);
  import.section_start = 1;
  import.text_boxes = g_ptr_array_new ();
  fy_import_context_init (&import.context);

  ok = import_archive (&import, error);

  zip_discard (import.archive);
  fy_docx_styles_free (import.styles);
  g_ptr_array_unref (import.pieces);
  g_ptr_array_unref (import.text_boxes);
  unread_comments = import.notes != NULL ? fy_docx_notes_n_unread_comments (import.notes) : 0;
  fy_docx_notes_free (import.notes);

  if (ok)
    fy_docx_import_take_title_and_speaker (&import);
  g_free (import.core_title);
  g_free (import.core_creator);
  g_free (import.bookmark_id);
  if (!ok)
    return NULL;

  /* accepted on open: said, with how many, so that the reader knows
   * the text is not the one WPS or Word shows with its marks */
  if (import.revisions > 0)
    fy_docx_import_warn (&import, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "The document had %u tracked change: Fayan took "
                                                                "its text with it accepted. Review it in WPS or "
                                                                "Word if it was not meant to be taken.",
                                                                "The document had %u tracked changes: Fayan took "
                                                                "its text with every change accepted. Review them "
                                                                "in WPS or Word if some were not meant to be taken.",
                                                                import.revisions),
                                                   import.revisions));
  if (unread_comments > 0)
    fy_docx_import_warn (&import, g_strdup (_("The document had comments, which Fayan does not "
                                              "keep: read them in WPS or Word.")));

  if (import.plain_title > 0)
    fy_docx_import_warn (&import, g_strdup_printf (_("Paragraph %1$u (“%2$s”) is taken as the title: it "
                                                    "opens the document, short and with no final "
                                                    "mark, though it is not centred. If it is not "
                                                    "the title, set it as body text."),
                                                  import.plain_title, fy_document_get_title (document)));
  fy_import_gather_document_attachments (document);
  fy_import_find_attached_titles (document);
  /* Fayan's own file names its closing by style */
  if (!import.from_fayan)
    fy_import_mark_closing (document);
  fy_doc_place_document_number (document);
  if (!import.has_numbering && import.numbers_written)
    fy_document_set_numbering (document, FY_NUMBERING_AS_WRITTEN);

  if (warnings != NULL)
    *warnings = g_steal_pointer (&warning_list);

  return g_steal_pointer (&document);
}

/**
 * fy_docx_import_file:
 * @file: a .docx file
 * @warnings: (out) (optional) (element-type utf8) (transfer container):
 *   see fy_docx_import_data()
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
FyDocument *
fy_docx_import_file (GFile         *file,
                     GPtrArray    **warnings,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* fy_file_load_text() refuses files over the limit before reading. */
  data = fy_file_load_text (file, FY_DOCX_MAX_FILE_SIZE, &length, cancellable, error);
  if (data == NULL)
    return NULL;

  return fy_docx_import_data ((const guint8 *) data, length, warnings, error);
}

/* fy-typesetter-source.c — a block as the text the typesetter shapes
 *
 * A block becomes an FyParaSource: its printed text in pieces (number,
 * runs, field values or their 〔placeholders〕), each with its style
 * role, the warnings it carries (unfilled fields) and the key the
 * paragraph cache files it under.  Everything that decides how a
 * paragraph looks goes into the key, so a source with the same key can
 * reuse an already shaped paragraph.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-typesetter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-error.h"
#include "fy-doc-labels.h"
#include "fy-import-private.h"
#include "fy-numbering.h"
#include "fy-typesetter-private.h"
#include "fy-web-text-private.h"

/* ---- sources ----------------------------------------------------------- */

void
fy_para_source_init (FyParaSource *src,
                     FyStyleRole   role)
{
  memset (src, 0, sizeof *src);
  src->text = g_string_new (NULL);
  src->segments = g_array_new (FALSE, TRUE, sizeof (FyParaSegment));
  src->warnings = g_array_new (FALSE, TRUE, sizeof (FyParaWarning));
  src->role = role;
}

void
fy_para_source_clear (FyParaSource *src)
{
  g_string_free (src->text, TRUE);
  g_array_unref (src->segments);
  for (guint i = 0; i < src->warnings->len; i++)
    g_free (g_array_index (src->warnings, FyParaWarning, i).message);
  g_array_unref (src->warnings);
  g_free (src->lead);
}

/* @src_chars: for a @whole piece (a field value, an engine-made number),
 * how many characters of the block's source text it stands for. */
void
fy_para_source_append (FyParaSource *src,
                       const char   *text,
                       FyStyleRole   role,
                       guint         color,
                       int           src_chars,
                       gboolean      whole)
{
  FyParaSegment seg = { 0 };

  /* Markup prints nothing but still stands for source characters. */
  if (text == NULL || (*text == '\0' && !(whole && src_chars > 0)))
    return;

  seg.start = src->text->len;
  g_string_append (src->text, text);
  seg.end = src->text->len;
  seg.role = role;
  seg.color = color;
  seg.src_chars = whole ? src_chars : -1;
  seg.whole = whole;
  g_array_append_val (src->segments, seg);
}

/* Character offsets are only needed when a paragraph is shaped, not for
 * every cache lookup: counting them is what a lookup would cost most. */
void
fy_para_source_resolve_offsets (FyParaSource *src)
{
  guint chars = 0;
  int src_offset = 0;

  for (guint i = 0; i < src->segments->len; i++)
    {
      FyParaSegment *s = &g_array_index (src->segments, FyParaSegment, i);
      glong n = g_utf8_strlen (src->text->str + s->start, s->end - s->start);

      s->char_start = chars;
      s->src_base = src_offset;
      chars += n;
      src_offset += s->whole ? s->src_chars : n;
    }
  src->n_chars = chars;
}

void
fy_para_source_warn (FyParaSource        *src,
                     FyLayoutWarningKind  kind,
                     int                  char_offset,
                     char                *message)
{
  FyParaWarning w = { kind, message, char_offset };

  g_array_append_val (src->warnings, w);
}

char *
fy_para_source_key (FyParaSource *src,
                    FyStyle      *style,
                    double        extra)
{
  GString *key = g_string_new (fy_style_get_fingerprint (style));

  g_string_append_printf (key, "\x1f%d|%d|%d|%.3f|%.3f|%.3f", src->role, src->geometry, src->balanced, extra,
                          src->width, src->inset);
  for (guint i = 0; i < src->segments->len; i++)
    {
      FyParaSegment *s = &g_array_index (src->segments, FyParaSegment, i);

      g_string_append_printf (key, "\x1f%d,%u,%d,%d:", s->role, s->color, s->src_chars, s->whole);
      g_string_append_len (key, src->text->str + s->start, s->end - s->start);
    }
  for (guint i = 0; i < src->warnings->len; i++)
    {
      FyParaWarning *w = &g_array_index (src->warnings, FyParaWarning, i);

      g_string_append_printf (key, "\x1f%d,%d,%s", w->kind, w->char_offset, w->message);
    }

  return g_string_free (key, FALSE);
}


FyStyleRole
fy_typesetter_role_for_block (const FySourceBlock *block)
{
  switch (fy_source_block_get_role (block))
    {
    case FY_BLOCK_ROLE_TITLE: return FY_STYLE_ROLE_TITLE;
    case FY_BLOCK_ROLE_SUBTITLE: return FY_STYLE_ROLE_SUBTITLE;
    case FY_BLOCK_ROLE_SPEAKER: return FY_STYLE_ROLE_SPEAKER;
    case FY_BLOCK_ROLE_DATE_LINE: return FY_STYLE_ROLE_DATE;
    case FY_BLOCK_ROLE_ISSUE_NUMBER: return FY_STYLE_ROLE_ISSUE_NUMBER;
    case FY_BLOCK_ROLE_SALUTATION: return FY_STYLE_ROLE_SALUTATION;
    case FY_BLOCK_ROLE_HEADING:
      return FY_STYLE_ROLE_HEADING_1 + CLAMP (fy_source_block_get_level (block), 1, 4) - 1;
    case FY_BLOCK_ROLE_CLOSING: return FY_STYLE_ROLE_CLOSING;
    case FY_BLOCK_ROLE_SIGNATURE: return FY_STYLE_ROLE_SIGNATURE;
    case FY_BLOCK_ROLE_ATTACHMENT: return FY_STYLE_ROLE_ATTACHMENT;
    case FY_BLOCK_ROLE_TABLE: return FY_STYLE_ROLE_TABLE;
    case FY_BLOCK_ROLE_PARAGRAPH:
    default:
      return FY_STYLE_ROLE_BODY;
    }
}

/**
 * fy_typesetter_block_is_image:
 * @block: a block
 *
 * A paragraph that is one Markdown image and nothing else
 * (`![图1　……](a.png)`): the image is not printed, its description stands
 * where the figure goes and is set as its caption.
 *
 * Returns: %TRUE if @block is an image's description alone
 */
gboolean
fy_typesetter_block_is_image (const FySourceBlock *block)
{
  guint n = fy_source_block_get_n_runs (block);
  const FyRun *first;
  const FyRun *last;

  if (fy_source_block_get_role (block) != FY_BLOCK_ROLE_PARAGRAPH || n < 2)
    return FALSE;
  first = fy_source_block_get_run (block, 0);
  last = fy_source_block_get_run (block, n - 1);
  if (first->kind != FY_RUN_MARKUP || g_strcmp0 (first->text, "![") != 0 ||
      last->kind != FY_RUN_MARKUP || !g_str_has_prefix (last->text, "]("))
    return FALSE;
  for (guint i = 1; i + 1 < n; i++)
    if (fy_source_block_get_run (block, i)->kind != FY_RUN_TEXT)
      return FALSE;
  return TRUE;
}

/* Whether a block before @index is not of the title group: the body
 * has started. */
static gboolean
body_before (FySource *source,
             guint     index)
{
  for (guint k = 0; k < index; k++)
    switch (fy_source_block_get_role (fy_source_get_block (source, k)))
      {
      case FY_BLOCK_ROLE_TITLE:
      case FY_BLOCK_ROLE_SUBTITLE:
      case FY_BLOCK_ROLE_SPEAKER:
      case FY_BLOCK_ROLE_ISSUE_NUMBER:
        break;
      default:
        return TRUE;
      }
  return FALSE;
}

static gboolean
is_title_at (FySource *source,
             guint     index)
{
  return index < fy_source_get_n_blocks (source) &&
         fy_source_block_get_role (fy_source_get_block (source, index)) == FY_BLOCK_ROLE_TITLE;
}

static gboolean
is_label_at (FySource *source,
             guint     index)
{
  const FySourceBlock *block = fy_source_get_block (source, index);

  return fy_source_block_get_role (block) == FY_BLOCK_ROLE_PARAGRAPH &&
         fy_doc_is_attachment_label (fy_source_block_get_printed_text (block));
}

/**
 * fy_typesetter_attached_part:
 * @source: a document
 * @index: one of its blocks
 *
 * A title after the body is that of a document the notice carries
 * (关于印发《X方案》的通知 … 2026年3月2日, then X方案), and a paragraph
 * 附件 or 附件2 right above it is its label: GB/T 9704 sets such a
 * document on pages of its own, the label flush left in 黑体.
 *
 * Returns: what block @index is of an attached document's start
 */
FyAttachedPart
fy_typesetter_attached_part (FySource *source,
                             guint     index)
{
  if (is_title_at (source, index) && body_before (source, index) &&
      !(index > 0 && is_label_at (source, index - 1)))
    return FY_ATTACHED_TITLE;
  if (is_title_at (source, index + 1) && is_label_at (source, index) && body_before (source, index))
    return FY_ATTACHED_LABEL;
  return FY_ATTACHED_NONE;
}

static gboolean
is_paragraph_at (FySource *source,
                 guint     index)
{
  return fy_source_block_get_role (fy_source_get_block (source, index)) == FY_BLOCK_ROLE_PARAGRAPH;
}

static const char *
printed_at (FySource *source,
            guint     index)
{
  return fy_source_block_get_printed_text (fy_source_get_block (source, index));
}

/* Whether block @index may follow an attachment note: the 署名 or the
 * date, the 版记, a document the notice carries, or the end. */
static gboolean
closes_after_note (FySource *source,
                   guint     index)
{
  FyBlockRole role;

  if (index >= fy_source_get_n_blocks (source))
    return TRUE;
  role = fy_source_block_get_role (fy_source_get_block (source, index));
  return role == FY_BLOCK_ROLE_SIGNATURE || role == FY_BLOCK_ROLE_DATE_LINE ||
         fy_typesetter_is_imprint (source, index) ||
         fy_typesetter_attached_part (source, index) != FY_ATTACHED_NONE;
}

/**
 * fy_typesetter_typed_attachment:
 * @source: a document
 * @index: one of its blocks
 *
 * An attachment note typed as body paragraphs (a blank document's
 * lines are body text): "附件：1．……" (fy_import_is_attachment_note())
 * and each further name on a paragraph of its own ("2．……",
 * fy_import_is_attachment_item()), after the body and right before the
 * 署名, the date, the 版记, a document the notice carries or the end.
 * It prints as the note it is (GB/T 9704 §7.3.5: a blank line before
 * it, the names hung under the first), in the PDF and the .docx alike.
 *
 * Returns: what block @index is of such a note
 */
FyTypedAttachment
fy_typesetter_typed_attachment (FySource *source,
                                guint     index)
{
  guint n = fy_source_get_n_blocks (source);
  guint first = index;
  guint end;

  if (index >= n || !is_paragraph_at (source, index))
    return FY_TYPED_ATTACHMENT_NONE;
  while (first > 0 && !fy_import_is_attachment_note (printed_at (source, first)) &&
         fy_import_is_attachment_item (printed_at (source, first)) && is_paragraph_at (source, first - 1))
    first--;
  if (first == 0 || !fy_import_is_attachment_note (printed_at (source, first)) || !body_before (source, first))
    return FY_TYPED_ATTACHMENT_NONE;
  for (end = first + 1; end < n && is_paragraph_at (source, end) &&
       fy_import_is_attachment_item (printed_at (source, end)); end++)
    ;
  if (index >= end || !closes_after_note (source, end))
    return FY_TYPED_ATTACHMENT_NONE;
  return index == first ? FY_TYPED_ATTACHMENT_FIRST : FY_TYPED_ATTACHMENT_MORE;
}

/* The word after 第X that @p opens with: 章, 节 or 编 (第一章　总则,
 * 第二节　一般规定, 第三编), or 0. */
static gunichar
chapter_word (const char *p)
{
  const char *numerals;
  gunichar word;

  if (!g_str_has_prefix (p, "第"))
    return 0;
  numerals = p + strlen ("第");
  for (p = numerals; *p != '\0' && (g_unichar_isdigit (g_utf8_get_char (p)) ||
                                    g_utf8_strchr ("一二三四五六七八九十百零〇", -1, g_utf8_get_char (p)) != NULL);
       p = g_utf8_next_char (p))
    ;
  if (p == numerals || *p == '\0')
    return 0;
  word = g_utf8_get_char (p);
  if (word != 0x7AE0 /* 章 */ && word != 0x8282 /* 节 */ && word != 0x7F16 /* 编 */)
    return 0;
  p = g_utf8_next_char (p);
  /* 第三编辑部 is not a part */
  return *p == '\0' || g_unichar_isspace (g_utf8_get_char (p)) || g_utf8_get_char (p) == 0x3000 ? word : 0;
}

/**
 * fy_typesetter_block_is_chapter:
 * @block: a block
 *
 * A heading that is a chapter, section or part of a regulation as its
 * author numbered it (第一章　总则, 第二节　一般规定, 第三编): rules set these
 * centred over their 条, as GB/T 9704 sets the title.
 *
 * Returns: %TRUE if @block is a heading that opens with 第X章, 第X节 or 第X编
 */
gboolean
fy_typesetter_block_is_chapter (const FySourceBlock *block)
{
  return fy_source_block_get_role (block) == FY_BLOCK_ROLE_HEADING &&
         chapter_word (fy_source_block_get_printed_text (block)) != 0;
}

/**
 * fy_typesetter_is_list_caption:
 * @source: the document
 * @index: a block of it
 * @number: (nullable): the number the engine prints before it
 *
 * The caption of a list in the body (森林防火先进个人名单 over rows of
 * names or organs, 王建军　　李　芳（女）　　……): a body paragraph, or a
 * heading that prints no number (the document's one heading, set as
 * written), naming a list, with a row of the list right under it.  It
 * is no section heading: it is set centred in the heading's 黑体, as a
 * regulation's chapter line is.  A numbered one (三、拟表彰名单) is a
 * section, and a list's title under the closing date is the title of
 * the document the notice carries.
 *
 * Returns: %TRUE if block @index is such a caption
 */
gboolean
fy_typesetter_is_list_caption (FySource   *source,
                               guint       index,
                               const char *number)
{
  FySourceBlock *block = fy_source_get_block (source, index);
  FyBlockRole role = fy_source_block_get_role (block);
  const char *text = fy_source_block_get_printed_text (block);
  FySourceBlock *next;

  if (role == FY_BLOCK_ROLE_HEADING)
    {
      if (number != NULL && *number != '\0')
        return FALSE;
    }
  else if (role != FY_BLOCK_ROLE_PARAGRAPH)
    return FALSE;
  if (index + 1 >= fy_source_get_n_blocks (source))
    return FALSE;
  next = fy_source_get_block (source, index + 1);
  return fy_source_block_get_role (next) == FY_BLOCK_ROLE_PARAGRAPH &&
         fy_numbering_is_list_caption (text, fy_source_block_get_printed_text (next));
}

/**
 * fy_typesetter_contents_entry:
 * @source: the document
 * @index: a block of it
 *
 * A regulation's table of contents: the paragraphs of chapter lines
 * (第一章　总则, 第一节　绿地规划) right under its label, 目　　录 (the
 * importer leaves them no headings).
 *
 * Returns: 1 for a chapter's or part's entry, 2 for a section's, 0 if
 *   block @index is none
 */
guint
fy_typesetter_contents_entry (FySource *source,
                              guint     index)
{
  FySourceBlock *block = fy_source_get_block (source, index);
  gunichar word = chapter_word (fy_source_block_get_text (block));

  if (word == 0 || fy_source_block_get_role (block) != FY_BLOCK_ROLE_PARAGRAPH)
    return 0;
  for (guint k = index; k > 0; k--)
    {
      FySourceBlock *before = fy_source_get_block (source, k - 1);

      if (fy_source_block_get_role (before) != FY_BLOCK_ROLE_PARAGRAPH)
        return 0;
      if (fy_doc_is_contents_label (fy_source_block_get_text (before)))
        return word == 0x8282 /* 节 */ ? 2 : 1;
      if (chapter_word (fy_source_block_get_text (before)) == 0)
        return 0;
    }
  return 0;
}

static gboolean
strv_contains (const char * const *strv,
               const char         *str)
{
  return strv != NULL && g_strv_contains (strv, str);
}

/* Where run @index starts in the block's source text, in characters. */
static int
run_source_offset (const FySourceBlock *block,
                   guint                index)
{
  int offset = 0;

  for (guint i = 0; i < index; i++)
    {
      const FyRun *run = fy_source_block_get_run (block, i);

      offset += g_utf8_strlen (run->text, -1) + (run->kind == FY_RUN_FIELD ? 4 : 0);
    }
  return offset;
}

/* Adds @text (when not %NULL) to the lead kept for the outline. */
static GString *
append_lead (GString    *lead,
             const char *text)
{
  if (text == NULL)
    return lead;
  if (lead == NULL)
    lead = g_string_new (NULL);
  return g_string_append (lead, text);
}

void
fy_para_source_from_block (FyParaSource        *src,
                           const FySourceBlock *block,
                           const char          *number,
                           const char * const  *field_names,
                           gboolean             more_attachments)
{
  FyStyleRole role = fy_typesetter_role_for_block (block);
  FyBlockRole brole = fy_source_block_get_role (block);
  int src_offset = 0;
  GString *lead = NULL;
  gsize label = 0;
  guint lead_end = fy_source_block_get_lead_end (block);

  fy_para_source_init (src, role);
  src->geometry = FY_GEOMETRY_PARAGRAPH;
  if (brole == FY_BLOCK_ROLE_ATTACHMENT)
    src->geometry = more_attachments ? FY_GEOMETRY_ATTACHMENT_MORE : FY_GEOMETRY_ATTACHMENT;
  src->balanced = brole == FY_BLOCK_ROLE_TITLE;

  if (number != NULL)
    fy_para_source_append (src, number, role, 0, 0, TRUE);

  /* 出席：/列席：… of a 纪要 (GB/T 9704 §10.3): the label in 黑体, the
   * names hung under the first one after the colon; Markdown's
   * **列席：** makes the label a bold lead */
  if (brole == FY_BLOCK_ROLE_PARAGRAPH && fy_source_block_get_n_runs (block) > 0 &&
      (fy_source_block_get_run (block, 0)->kind == FY_RUN_TEXT ||
       fy_source_block_get_run (block, 0)->kind == FY_RUN_BOLD))
    label = fy_web_text_attendance_label (fy_source_block_get_run (block, 0)->text,
                                          strlen (fy_source_block_get_run (block, 0)->text));
  if (label > 0)
    src->geometry = FY_GEOMETRY_ATTACHMENT;

  if (brole == FY_BLOCK_ROLE_ATTACHMENT && !more_attachments)
    {
      if (!g_str_has_prefix (fy_source_block_get_text (block), "附件"))
        fy_para_source_append (src, "附件：", role, 0, 0, TRUE);
    }

  for (guint i = 0; i < fy_source_block_get_n_runs (block); i++)
    {
      const FyRun *run = fy_source_block_get_run (block, i);
      FyStyleRole run_role = run->kind == FY_RUN_BOLD || run->kind == FY_RUN_EMPHASIS
                             ? FY_STYLE_ROLE_BOLD_LEAD : role;

      if (run->kind == FY_RUN_MARKUP)
        {
          fy_para_source_append (src, "", role, 0, g_utf8_strlen (run->text, -1), TRUE);
          continue;
        }

      if (run->kind == FY_RUN_FIELD)
        {
          const char *value = fy_source_block_get_run_value (block, i);
          g_autofree char *braced = g_strdup_printf ("{{%s}}", run->text);
          /* 一是{{单位}}要……。: the lead's bold covers the field's value */
          FyStyleRole field_role = i < lead_end ? FY_STYLE_ROLE_BOLD_LEAD : role;

          if (value != NULL && *value != '\0')
            {
              fy_para_source_append (src, value, field_role, 0, g_utf8_strlen (braced, -1), TRUE);
              lead = append_lead (lead, i < lead_end ? value : NULL);
            }
          else
            {
              gboolean known = strv_contains (field_names, run->text);
              g_autofree char *shown = g_strdup_printf ("〔%s〕", run->text);

              src_offset = run_source_offset (block, i);
              fy_para_source_append (src, shown, field_role, 1, g_utf8_strlen (braced, -1), TRUE);
              lead = append_lead (lead, i < lead_end ? shown : NULL);
              fy_para_source_warn (src,
                           known ? FY_LAYOUT_WARNING_UNFILLED_FIELD : FY_LAYOUT_WARNING_UNKNOWN_FIELD,
                           src_offset,
                           known ? g_strdup_printf (_("The field “%1$s” has no value; it prints as 〔%2$s〕. Fill it in the fields panel."), run->text, run->text)
                                 : g_strdup_printf (_("“%1$s” is not a field of this document; it prints as 〔%2$s〕. Add the field or correct the name."), run->text, run->text));
            }
          continue;
        }

      if (run->kind == FY_RUN_BOLD)
        lead = append_lead (lead, run->text);

      if (i == 0 && label > 0)
        {
          g_autofree char *head = g_strndup (run->text, label);

          fy_para_source_append (src, head, FY_STYLE_ROLE_BOLD_LEAD, 0, -1, FALSE);
          fy_para_source_append (src, run->text + label, run_role, 0, -1, FALSE);
          continue;
        }
      fy_para_source_append (src, run->text, run_role, 0, -1, FALSE);
    }

  if (lead != NULL)
    src->lead = g_string_free (lead, FALSE);
}

/* ---- limits -------------------------------------------------------------- */

gboolean
fy_typesetter_check_limits (const FySource  *source,
                            GError         **error)
{
  guint n_blocks = fy_source_get_n_blocks (source);
  guint64 total = 0;

  if (n_blocks > FY_TYPESETTER_MAX_BLOCKS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
                   _("The document has %1$u paragraphs; Fayan lays out at most %2$u. "
                     "Split it into several documents."),
                   n_blocks, (guint) FY_TYPESETTER_MAX_BLOCKS);
      return FALSE;
    }

  for (guint i = 0; i < n_blocks; i++)
    {
      const FySourceBlock *block = fy_source_get_block (source, i);
      guint n_runs = fy_source_block_get_n_runs (block);
      guint64 chars = 0;

      for (guint r = 0; r < n_runs; r++)
        {
          const FyRun *run = fy_source_block_get_run (block, r);

          if (run->kind == FY_RUN_FIELD)
            {
              const char *value = fy_source_block_get_run_value (block, r);

              chars += value != NULL ? g_utf8_strlen (value, -1) : 0;
            }
          else
            chars += g_utf8_strlen (run->text, -1);
        }
      if (chars > FY_TYPESETTER_MAX_BLOCK_CHARS)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
                       _("Paragraph %1$u has %2$lu characters (field values "
                         "included); Fayan lays out at most %3$u in one paragraph. "
                         "Split it into shorter paragraphs."),
                       i + 1, (gulong) chars, (guint) FY_TYPESETTER_MAX_BLOCK_CHARS);
          return FALSE;
        }

      total += chars;
      if (total > FY_TYPESETTER_MAX_CHARS)
        {
          g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
                       _("The document has more than %u characters (field values included), "
                         "more than Fayan lays out at once. Split it into several documents."),
                       (guint) FY_TYPESETTER_MAX_CHARS);
          return FALSE;
        }
    }

  return TRUE;
}

/* fy-docx-runs.c — (private) a .docx paragraph's runs gathered into pieces of text
 *
 * A paragraph's text lies in runs (w:r), inside content controls, links,
 * tracked insertions and other wrappers.  Its runs become pieces: plain
 * text (bold or not), markup Fayan kept as hidden text, and field
 * references, which content controls tagged (or titled) with a name are,
 * or Fayan's bookmarks around them where Writer emptied the tags.
 * A run's tabs, breaks and no-break hyphens become text; pictures,
 * comments and tracked changes are counted for the import's warnings; a
 * note's reference becomes its mark (fy-docx-notes.c); a text box is
 * kept for the import to read after the paragraph.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-docx"

#include "config.h"

#include <string.h>

#include "fy-docx-import-private.h"

/* What a run's properties say of its text. */
typedef struct
{
  int      bold;
  gboolean red;
  gboolean highlighted;
  gboolean underlined;
  gboolean kaiti;            /* its own fonts name 楷体 */
  gboolean kaiti_face;       /* its fonts or styles do */
  gboolean engine_break;     /* a line break the engine chose in a title */
  int      size;             /* half-points, -1 when nothing says */
} RunFormat;

/* Returns: (transfer full): a piece holding a copy of @text (NULL: none yet) */
FyDocxPiece *
fy_docx_piece_new (FyRunKind   kind,
                   const char *field,
                   const char *text,
                   gboolean    bold)
{
  FyDocxPiece *piece = g_new0 (FyDocxPiece, 1);

  piece->kind = kind;
  piece->field = g_strdup (field);
  piece->text = g_string_new (text);
  piece->bold = bold;

  return piece;
}

void
fy_docx_piece_free (gpointer data)
{
  FyDocxPiece *piece = data;

  g_free (piece->field);
  g_string_free (piece->text, TRUE);
  g_free (piece);
}

/* A comment met in the paragraph being read: named in the warnings. */
static void
comment_at (FyDocxImport *import,
            xmlNode      *node)
{
  g_autofree char *id = fy_docx_get_w_attr (node, "id");

  fy_docx_notes_comment (import->notes, id);
}

static FyDocxPiece *
current_piece (FyDocxImport *import,
               FyRunKind     kind,
               const char   *field,
               gboolean      bold)
{
  FyDocxPiece *last = import->pieces->len > 0
                      ? g_ptr_array_index (import->pieces, import->pieces->len - 1) : NULL;
  FyDocxPiece *piece;

  if (last != NULL && kind != FY_RUN_FIELD && last->kind == kind && last->bold == bold)
    return last;

  piece = fy_docx_piece_new (kind, field, NULL, bold);
  g_ptr_array_add (import->pieces, piece);

  return piece;
}

/* Appends @text to the field @field holds, or else to the paragraph's
 * last piece of plain text with @bold (a new one if it has another). */
void
fy_docx_import_append_text (FyDocxImport *import,
                            FyDocxPiece  *field,
                            gboolean      bold,
                            const char   *text)
{
  if (field != NULL)
    g_string_append (field->text, text);
  else
    g_string_append (current_piece (import, FY_RUN_TEXT, NULL, bold)->text, text);
}

/* Hidden text is markup Fayan kept (fy-docx-export.c). */
static void
walk_hidden_run (FyDocxImport *import,
                 xmlNode      *run)
{
  for (xmlNode *c = run->children; c != NULL; c = c->next)
    if (fy_docx_is_w (c, "t") || fy_docx_is_w (c, "br"))
      {
        xmlChar *content = fy_docx_is_w (c, "t") ? xmlNodeGetContent (c) : NULL;

        g_string_append (current_piece (import, FY_RUN_MARKUP, NULL, FALSE)->text,
                         content != NULL ? (const char *) content : "\n");
        xmlFree (content);
      }
}

static void
add_run_text (FyDocxImport    *import,
              xmlNode         *t,
              FyDocxPiece     *field,
              const RunFormat *format)
{
  xmlChar *content = xmlNodeGetContent (t);

  if (content != NULL)
    fy_docx_import_append_text (import, field, format->bold, (const char *) content);
  import->has_red |= format->red && content != NULL && *content != '\0';
  import->has_highlight |= format->highlighted && content != NULL && *content != '\0';
  import->has_underline |= format->underlined && content != NULL && *content != '\0';
  import->has_kaiti |= format->kaiti && content != NULL && *content != '\0';
  import->other_face |= !format->kaiti_face && content != NULL && *g_strstrip ((char *) content) != '\0';
  if (content != NULL && *content != '\0')
    import->text_size = MAX (import->text_size, format->size);
  xmlFree (content);
}

/* A footnote's or endnote's reference: its mark (①) where it stood. */
static void
add_note_mark (FyDocxImport    *import,
               xmlNode         *reference,
               FyDocxPiece     *field,
               const RunFormat *format)
{
  g_autofree char *id = fy_docx_get_w_attr (reference, "id");
  g_autofree char *mark = fy_docx_notes_refer (import->notes,
                                               fy_docx_is_w (reference, "endnoteReference"), id);

  if (mark != NULL)
    fy_docx_import_append_text (import, field, format->bold, mark);
}

static gboolean find_text_boxes (GPtrArray *boxes,
                                 xmlNode   *node,
                                 guint      depth);

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_strcmp0 ((const char *) node->name, name) == 0;
}

/* The text boxes of one branch of mc:AlternateContent: Word writes a
 * box twice, as DrawingML (mc:Choice) and as VML (mc:Fallback). */
static gboolean
find_alternate_text_boxes (GPtrArray *boxes,
                           xmlNode   *alternate,
                           guint      depth)
{
  for (xmlNode *c = alternate->children; c != NULL; c = c->next)
    if ((is_named (c, "Choice") || is_named (c, "Fallback")) && find_text_boxes (boxes, c, depth + 1))
      return TRUE;
  return FALSE;
}

/* Adds the text boxes (w:txbxContent) inside @node to @boxes; FALSE when
 * it holds none (a picture). */
static gboolean
find_text_boxes (GPtrArray *boxes,
                 xmlNode   *node,
                 guint      depth)
{
  gboolean found = FALSE;

  if (depth > 32)
    return FALSE;
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (fy_docx_is_w (c, "txbxContent"))
        {
          g_ptr_array_add (boxes, c);
          found = TRUE;
        }
      else if (is_named (c, "AlternateContent"))
        found |= find_alternate_text_boxes (boxes, c, depth + 1);
      else if (c->type == XML_ELEMENT_NODE)
        found |= find_text_boxes (boxes, c, depth + 1);
    }
  return found;
}

static void
walk_run_child (FyDocxImport    *import,
                xmlNode         *c,
                FyDocxPiece     *field,
                const RunFormat *format)
{
  if (fy_docx_is_w (c, "t"))
    add_run_text (import, c, field, format);
  else if (fy_docx_is_w (c, "tab") || fy_docx_is_w (c, "ptab"))
    fy_docx_import_append_text (import, field, format->bold, "\t");
  else if ((fy_docx_is_w (c, "br") || fy_docx_is_w (c, "cr")) && !format->engine_break)
    {
      g_autofree char *type = fy_docx_get_w_attr (c, "type");

      if (type == NULL || g_str_equal (type, "textWrapping"))
        fy_docx_import_append_text (import, field, format->bold, "\n");
      else if (g_str_equal (type, "page"))
        fy_docx_import_note_page_break (import);
    }
  else if (fy_docx_is_w (c, "noBreakHyphen"))
    fy_docx_import_append_text (import, field, format->bold, "-");
  else if (fy_docx_is_w (c, "drawing") || fy_docx_is_w (c, "pict") || fy_docx_is_w (c, "object"))
    import->has_image |= !find_text_boxes (import->text_boxes, c, 0);
  else if (fy_docx_is_w (c, "commentReference"))
    comment_at (import, c);
  else if (fy_docx_is_w (c, "footnoteReference") || fy_docx_is_w (c, "endnoteReference"))
    add_note_mark (import, c, field, format);
  else if (is_named (c, "AlternateContent"))
    import->has_image |= !find_alternate_text_boxes (import->text_boxes, c, 0);
}

static void
walk_spacing_run (FyDocxImport    *import,
                  xmlNode         *run,
                  FyDocxPiece     *field,
                  const RunFormat *format)
{
  for (xmlNode *c = run->children; c != NULL; c = c->next)
    if (fy_docx_is_w (c, "t"))
      add_run_text (import, c, field, format);
}

/* @own, what a run's properties set (its face is 楷体, its size), else
 * what its character style sets, else its paragraph style's: -1 when
 * none does. */
static int
run_setting (FyDocxImport *import,
             int           own,
             const char   *rstyle,
             int         (*style_setting) (FyDocxStyles *styles,
                                           const char   *id))
{
  if (own < 0)
    own = style_setting (import->styles, rstyle);
  if (own < 0)
    own = style_setting (import->styles, import->paragraph_style);
  return own;
}

/* Whether the run is underlined (w:u other than none). */
static gboolean
is_underlined (xmlNode *rpr)
{
  xmlNode *u = rpr != NULL ? fy_docx_child_w (rpr, "u") : NULL;
  g_autofree char *value = u != NULL ? fy_docx_get_w_attr (u, "val") : NULL;

  return u != NULL && g_strcmp0 (value, "none") != 0;
}

/**
 * fy_docx_import_count_format_change:
 * @import: the import
 * @properties: (nullable): the properties of a paragraph, its mark, a
 *   section, a table, a row or a cell (w:pPr, w:rPr, w:sectPr, w:tblPr,
 *   w:trPr, w:tcPr, w:tblGrid)
 *
 * Counts a tracked change of format (w:pPrChange, w:rPrChange,
 * w:sectPrChange, w:tblPrChange, w:trPrChange, w:tcPrChange,
 * w:tblGridChange) in @properties among the tracked changes: accepted on
 * import like the others.
 */
void
fy_docx_import_count_format_change (FyDocxImport *import,
                                    xmlNode      *properties)
{
  for (xmlNode *c = properties != NULL ? properties->children : NULL; c != NULL; c = c->next)
    if (fy_docx_is_w (c, "pPrChange") || fy_docx_is_w (c, "rPrChange") ||
        fy_docx_is_w (c, "sectPrChange") || fy_docx_is_w (c, "tblPrChange") ||
        fy_docx_is_w (c, "trPrChange") || fy_docx_is_w (c, "tcPrChange") ||
        fy_docx_is_w (c, "tblGridChange"))
      {
        import->revisions++;
        return;
      }
}

/* A run's tracked change of format: one for the runs in a row that had
 * theirs, as Word lists a phrase made bold once however many runs it
 * spans. */
static void
count_run_format_change (FyDocxImport *import,
                         xmlNode      *rpr)
{
  gboolean reformatted = rpr != NULL && fy_docx_child_w (rpr, "rPrChange") != NULL;

  if (reformatted && !import->run_reformatted)
    import->revisions++;
  import->run_reformatted = reformatted;
}

/* Whether @text is made only of what an engine number (一、 （一） 1.
 * （1）) or 附件： is made of: Writer splits "（1）" into three runs of
 * the number's style, "（", "1" and "）". */
static gboolean
is_number_piece (const char *text)
{
  static const char number_chars[] = "0123456789一二三四五六七八九十百〇零（）()、.．附件：: ";

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_strchr (number_chars, -1, g_utf8_get_char (p)) == NULL)
      return FALSE;
  return TRUE;
}

/* Whether no text of the paragraph has been read yet. */
static gboolean
has_no_text (FyDocxImport *import)
{
  for (guint i = 0; i < import->pieces->len; i++)
    {
      FyDocxPiece *piece = g_ptr_array_index (import->pieces, i);

      for (const char *p = piece->text->str; *p != '\0'; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          return FALSE;
    }
  return TRUE;
}

/**
 * fy_docx_import_note_page_break:
 * @import: the import under way
 *
 * A page break (w:br of type page) met in the paragraph being read: it
 * comes before this paragraph while none of its text has been read,
 * else before the next.
 */
void
fy_docx_import_note_page_break (FyDocxImport *import)
{
  import->page_break = import->n_paragraphs + (has_no_text (import) ? 0 : 1);
}

/* @text after the marks that close a number (、 ． ） ：) and spaces. */
static const char *
skip_number_end (const char *text)
{
  static const char number_ends[] = "、．.）)：: 　";

  while (*text != '\0' && g_utf8_strchr (number_ends, -1, g_utf8_get_char (text)) != NULL)
    text = g_utf8_next_char (text);
  return text;
}

/* The number Fayan printed before a heading (or the 附件： of a note)
 * goes, as the engine gives it again.  Words typed into its run are
 * kept: a heading retyped over the number, or renumbered by Writer's
 * Find & Replace, is one run in the number's style ("四、着力解决……",
 * or "着力解决……" typed without a number).  A number split over two
 * runs of its style, the digit retyped ("三" and "、着力解决……"), goes
 * whole: the mark that closed it does not open the heading. */
static void
walk_number_run (FyDocxImport    *import,
                 xmlNode         *run,
                 FyDocxPiece     *field,
                 const RunFormat *format)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean after_number = import->engine_number && has_no_text (import);
  const char *rest;
  guint level;
  guint number;

  import->engine_number = TRUE;
  for (xmlNode *c = run->children; c != NULL; c = c->next)
    if (fy_docx_is_w (c, "t"))
      {
        xmlChar *content = xmlNodeGetContent (c);

        g_string_append (text, content != NULL ? (const char *) content : "");
        xmlFree (content);
      }

  g_strstrip (text->str);
  if (fy_numbering_strip_prefix (text->str, &level, &number, &rest))
    fy_docx_import_append_text (import, field, format->bold, rest);
  else if (!g_str_has_prefix (text->str, "附件") && !is_number_piece (text->str))
    fy_docx_import_append_text (import, field, format->bold,
                                after_number ? skip_number_end (text->str) : text->str);
}

static void
walk_run (FyDocxImport *import,
          xmlNode      *run,
          FyDocxPiece  *field)
{
  xmlNode *rpr = fy_docx_child_w (run, "rPr");
  g_autofree char *rstyle = rpr != NULL ? fy_docx_get_w_attr (fy_docx_child_w (rpr, "rStyle"), "val") : NULL;
  RunFormat format = {
    .bold = fy_docx_get_toggle (rpr, "b"),
    .red = fy_docx_is_red (rpr),
    .highlighted = fy_docx_is_highlighted (rpr),
    .underlined = is_underlined (rpr),
    .kaiti = fy_docx_fonts_kaiti (rpr) > 0,
    .kaiti_face = run_setting (import, fy_docx_fonts_kaiti (rpr), rstyle, fy_docx_styles_kaiti) > 0,
    .size = run_setting (import, fy_docx_font_size (rpr), rstyle, fy_docx_styles_size),
  };

  count_run_format_change (import, rpr);
  if (format.bold < 0)
    format.bold = fy_docx_styles_is_bold (import->styles, rstyle);
  /* red by the run's own colour, else by its character style's */
  if (rpr == NULL || fy_docx_child_w (rpr, "color") == NULL)
    format.red = fy_docx_styles_is_red (import->styles, rstyle);

  /* the number Fayan printed before a heading: the engine gives it again */
  if (rstyle != NULL && fy_docx_styles_has_name (import->styles, rstyle, FY_DOCX_NUMBER_STYLE_NAME))
    {
      walk_number_run (import, run, field, &format);
      return;
    }
  /* a line break the engine chose in the title: it breaks the title again
   * (text typed into the run in Word is kept) */
  format.engine_break = rstyle != NULL &&
                        fy_docx_styles_has_name (import->styles, rstyle, FY_DOCX_BREAK_STYLE_NAME);

  if (field != NULL && format.bold)
    field->bold = TRUE;

  /* the tab the exporter put between a 印发 line's organ and date goes,
   * the spaces typed there, hidden after it, are text again */
  if (rstyle != NULL && fy_docx_styles_has_name (import->styles, rstyle, FY_DOCX_SPACING_STYLE_NAME))
    {
      walk_spacing_run (import, run, field, &format);
      return;
    }
  if (field == NULL && fy_docx_get_toggle (rpr, "vanish") > 0)
    {
      walk_hidden_run (import, run);
      return;
    }

  for (xmlNode *c = run->children; c != NULL; c = c->next)
    walk_run_child (import, c, field, &format);
}

/* A content control: a field reference when it carries a name. */
static void
walk_sdt (FyDocxImport *import,
          xmlNode      *sdt,
          FyDocxPiece  *field,
          guint         depth)
{
  xmlNode *pr = fy_docx_child_w (sdt, "sdtPr");
  xmlNode *content = fy_docx_child_w (sdt, "sdtContent");
  g_autofree char *name = NULL;

  if (content == NULL)
    return;

  if (pr != NULL)
    {
      name = fy_docx_get_w_attr (fy_docx_child_w (pr, "tag"), "val");
      if (name == NULL || *name == '\0')
        {
          g_free (name);
          name = fy_docx_get_w_attr (fy_docx_child_w (pr, "alias"), "val");
        }
    }

  if (field != NULL || name == NULL || *g_strstrip (name) == '\0' ||
      strchr (name, '{') != NULL || strchr (name, '}') != NULL ||
      g_utf8_strlen (name, -1) > 64)
    {
      import->unnamed_controls++;
      fy_docx_import_walk_inline (import, content, field, depth + 1);
      if (import->bookmark_held && import->bookmark_control == import->unnamed_controls)
        {
          import->bookmark = NULL;
          import->bookmark_held = FALSE;
        }
      import->unnamed_controls--;
      return;
    }

  if (import->pieces->len > 0)
    {
      FyDocxPiece *last = g_ptr_array_index (import->pieces, import->pieces->len - 1);

      /* LibreOffice 7.4 writes a control over text of several scripts
       * ("{{会议}}", "2026年") once per script run, each showing the whole
       * text: the repeats are dropped. */
      if (last->kind == FY_RUN_FIELD && g_str_equal (last->field, name))
        {
          FyDocxPiece repeat = { FY_RUN_FIELD, name, g_string_new (NULL), FALSE };
          gboolean had_image = import->has_image;

          fy_docx_import_walk_inline (import, content, &repeat, depth + 1);
          import->has_image = had_image;
          g_string_free (repeat.text, TRUE);
          return;
        }
    }

  fy_docx_import_walk_inline (import, content, current_piece (import, FY_RUN_FIELD, name, FALSE), depth + 1);
}

/* A bookmark Fayan put around a field's text (fy_docx_field_bookmark()):
 * the text up to its end is the field's, where no content control names
 * it (LibreOffice saves the controls' tags empty). */
static void
bookmark_start (FyDocxImport *import,
                xmlNode      *node,
                FyDocxPiece  *field)
{
  g_autofree char *name = fy_docx_get_w_attr (node, "name");
  g_auto(GStrv) fields = NULL;

  if (field != NULL || import->bookmark != NULL || name == NULL || !g_str_has_prefix (name, "_Fy"))
    return;

  fields = fy_document_dup_field_names (import->document);
  for (guint i = 0; fields != NULL && fields[i] != NULL; i++)
    if (fy_docx_field_bookmark_is (name, fields[i]))
      {
        import->bookmark = current_piece (import, FY_RUN_FIELD, fields[i], FALSE);
        g_free (import->bookmark_id);
        import->bookmark_id = fy_docx_get_w_attr (node, "id");
        import->bookmark_control = import->unnamed_controls;
        import->bookmark_held = FALSE;
        return;
      }
}

/* A bookmark's end closes its field, but inside the content control
 * Fayan wrote around the field the control's end does, unless the
 * bookmark still holds the field's value as sent: Writer, replacing the
 * field's whole text (a new date), keeps the bookmark around its first
 * character only ("2" then "026年12月15日"), both in the control. */
static void
bookmark_end (FyDocxImport *import,
              xmlNode      *node)
{
  g_autofree char *id = fy_docx_get_w_attr (node, "id");
  const char *sent;

  if (import->bookmark == NULL || g_strcmp0 (id, import->bookmark_id) != 0)
    return;

  sent = fy_document_get_field_value (import->document, import->bookmark->field);
  if (import->bookmark_control > 0 && import->bookmark_control <= import->unnamed_controls &&
      g_strcmp0 (import->bookmark->text->str, sent) != 0)
    import->bookmark_held = TRUE;
  else
    import->bookmark = NULL;
}

void
fy_docx_import_walk_inline (FyDocxImport *import,
                            xmlNode      *node,
                            FyDocxPiece  *field,
                            guint         depth)
{
  /* Real files nest a few levels; deeper nesting is noise or an attack. */
  if (depth > 32)
    return;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      FyDocxPiece *in = field != NULL ? field : import->bookmark;

      if (c->type != XML_ELEMENT_NODE)
        continue;

      if (fy_docx_is_w (c, "r"))
        walk_run (import, c, in);
      else if (fy_docx_is_w (c, "sdt"))
        walk_sdt (import, c, in, depth);
      else if (fy_docx_is_w (c, "bookmarkStart"))
        bookmark_start (import, c, field);
      else if (fy_docx_is_w (c, "bookmarkEnd"))
        bookmark_end (import, c);
      else if (fy_docx_is_w (c, "ins") || fy_docx_is_w (c, "moveTo"))
        {
          import->revisions++;
          fy_docx_import_walk_inline (import, c, in, depth + 1);
        }
      else if (fy_docx_is_w (c, "del") || fy_docx_is_w (c, "moveFrom"))
        import->revisions++;
      else if (fy_docx_is_w (c, "commentRangeStart"))
        comment_at (import, c);
      else if (fy_docx_is_w (c, "hyperlink") || fy_docx_is_w (c, "smartTag") || fy_docx_is_w (c, "customXml") ||
               fy_docx_is_w (c, "fldSimple") || fy_docx_is_w (c, "sdtContent") || fy_docx_is_w (c, "dir") ||
               fy_docx_is_w (c, "bdo"))
        fy_docx_import_walk_inline (import, c, in, depth + 1);
    }
}

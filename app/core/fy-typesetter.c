/* fy-typesetter.c — FyDocument + FyStyle → FyLayout
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-typesetter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "fy-doc-labels.h"
#include "fy-error.h"
#include "fy-layout-private.h"
#include "fy-numbering.h"
#include "fy-table.h"
#include "fy-table-layout.h"
#include "fy-title-break.h"
#include "fy-typesetter.h"
#include "fy-typesetter-private.h"

/*
 * Pango itemises, picks fallback fonts and shapes (HarfBuzz); everything
 * after that is ours: clusters are classified, broken into lines by
 * fy-linebreak.c on the style's character grid, and every line's glyphs
 * are given their final positions here, so that the renderer only draws.
 *
 * The pieces: fy-typesetter-source.c (a block as an FyParaSource, and
 * the size limits), fy-typesetter-shape.c (sources shaped and broken
 * into an FyPara), fy-typesetter-paginate.c (placed blocks onto pages,
 * signature, page numbers); this file owns the object, the paragraph
 * cache and the walk over the document.
 *
 * Each block becomes an FyPara, cached under a key made of everything
 * that decides its look (text, roles, numbers, field values, style), so a
 * second layout of a document only shapes the blocks that changed and then
 * paginates, which is cheap.
 */


G_DEFINE_FINAL_TYPE (FyTypesetter, fy_typesetter, G_TYPE_OBJECT)

/* ---- FyTypesetter -------------------------------------------------------- */

static void
fy_typesetter_finalize (GObject *object)
{
  FyTypesetter *self = (FyTypesetter *) object;

  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->primary_fonts, g_hash_table_unref);
  g_clear_pointer (&self->dash_widths, g_hash_table_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_clear_pointer (&self->fonts, fy_font_set_unref);
  g_clear_object (&self->style);

  G_OBJECT_CLASS (fy_typesetter_parent_class)->finalize (object);
}

static void
fy_typesetter_class_init (FyTypesetterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_typesetter_finalize;
}

static void
fy_typesetter_init (FyTypesetter *self)
{
  cairo_font_options_t *options;

  /* fontconfig may have reloaded its configuration since the fonts were
   * resolved: Fayan's own folders go back in before a font map is made. */
  fy_fonts_ensure_folders ();
  self->fonts = fy_font_set_new_automatic ();
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) fy_para_unref);
  self->primary_fonts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->dash_widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->title_model = fy_title_model_get_default ();
  self->title_lexicon = fy_title_lexicon_get_default ();

  /* Our own font map: PangoFontMaps are not thread-safe, and the default
   * one belongs to the GUI thread. */
  self->font_map = pango_cairo_font_map_new ();
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (self->font_map), 72);
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context, pango_language_from_string ("zh-cn"));

  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
}

/**
 * fy_typesetter_new:
 * @style: the style to set documents in
 *
 * Returns: (transfer full): a new typesetter
 */
FyTypesetter *
fy_typesetter_new (FyStyle *style)
{
  FyTypesetter *self;

  g_return_val_if_fail (FY_IS_STYLE (style), NULL);

  self = g_object_new (FY_TYPE_TYPESETTER, NULL);
  self->style = g_object_ref (style);
  return self;
}

/**
 * fy_typesetter_new_with_fonts:
 * @style: the style to set documents in
 * @fonts: the font per role (fy_environment_dup_font_set())
 *
 * Returns: (transfer full): a new typesetter
 */
FyTypesetter *
fy_typesetter_new_with_fonts (FyStyle   *style,
                              FyFontSet *fonts)
{
  FyTypesetter *self;

  g_return_val_if_fail (FY_IS_STYLE (style), NULL);
  g_return_val_if_fail (fonts != NULL, NULL);

  self = fy_typesetter_new (style);
  g_clear_pointer (&self->fonts, fy_font_set_unref);
  self->fonts = fy_font_set_ref (fonts);
  return self;
}

FyStyle *
fy_typesetter_get_style (FyTypesetter *self)
{
  g_return_val_if_fail (FY_IS_TYPESETTER (self), NULL);
  return self->style;
}

void
fy_typesetter_keep_clusters (FyTypesetter *self,
                             gboolean      keep)
{
  g_return_if_fail (FY_IS_TYPESETTER (self));
  self->keep_clusters = keep;
}

void
fy_typesetter_set_title_model (FyTypesetter       *self,
                               const FyTitleModel *model)
{
  g_return_if_fail (FY_IS_TYPESETTER (self));
  self->title_model = model;
  /* the cached paragraphs were broken with the model before */
  g_hash_table_remove_all (self->cache);
}

void
fy_typesetter_clear_cache (FyTypesetter *self)
{
  g_return_if_fail (FY_IS_TYPESETTER (self));
  g_hash_table_remove_all (self->cache);
}

void
fy_typesetter_get_cache_stats (FyTypesetter *self,
                               guint        *hits,
                               guint        *misses)
{
  g_return_if_fail (FY_IS_TYPESETTER (self));

  if (hits != NULL)
    *hits = self->hits;
  if (misses != NULL)
    *misses = self->misses;
}

static void
add_substitution_warnings (FyTypesetter *self,
                           FyLayout     *layout,
                           gboolean     *font_roles_used)
{
  for (guint r = 0; r < FY_FONT_N_ROLES; r++)
    {
      const FyFontChoice *choice;
      g_autofree char *message = NULL;

      if (!font_roles_used[r])
        continue;
      choice = fy_font_set_get_choice (self->fonts, r);
      if (!choice->substituted)
        continue;

      message = g_strdup_printf (_("Font role %1$s: “%2$s” is not installed; “%3$s”%4$s is used instead. Install the office font to print as the standard requires."),
                                 fy_font_role_to_string (r), choice->wanted, choice->family,
                                 choice->bold ? _(" (bold)") : "");
      fy_layout_add_warning (layout, FY_LAYOUT_WARNING_FONT_SUBSTITUTION, message, -1, -1);
    }

  if (fy_font_set_get_latin_family (self->fonts) == NULL)
    {
      fy_layout_add_warning (layout, FY_LAYOUT_WARNING_FONT_SUBSTITUTION,
                             _("No Times New Roman style font is installed; Latin letters and digits use the Chinese faces. Install fonts-liberation for a separate Latin face."),
                             -1, -1);
    }
}

/* GB/T 9704 §7.3.6: a note in brackets (fy_doc_is_bracketed_note())
 * closes the notice on the line right under its date: at the end of the
 * document, before the 版记 (fy_typesetter_is_imprint()), or before the
 * document the notice issues (its 附件 label or title), as the importer
 * reads it (fy-import-signature.c). */
static gboolean
is_closing_note (FySource    *source,
                 guint        i,
                 FyBlockRole  prev_role)
{
  FySourceBlock *block = fy_source_get_block (source, i);

  return prev_role == FY_BLOCK_ROLE_DATE_LINE &&
         (i + 1 == fy_source_get_n_blocks (source) ||
          fy_typesetter_is_imprint (source, i + 1) ||
          fy_typesetter_attached_part (source, i + 1) != FY_ATTACHED_NONE) &&
         fy_doc_is_bracketed_note (fy_source_block_get_role (block),
                                   fy_source_block_get_printed_text (block));
}

/* See FY_TYPESETTER_MAX_BLOCKS and friends in fy-typesetter.h. */
static void
add_para_warnings (FyLayout *layout,
                   FyPara   *para,
                   int       block_index)
{
  for (guint w = 0; w < para->warnings->len; w++)
    {
      FyParaWarning *pw = &g_array_index (para->warnings, FyParaWarning, w);

      fy_layout_add_warning (layout, pw->kind, pw->message, block_index, pw->char_offset);
    }
}

/* ---- tables --------------------------------------------------------------- */

typedef struct
{
  FyTypesetter        *self;
  const FySourceBlock *table;
  gboolean             header;
  const char * const  *field_names;
  GHashTable          *used;
} TableCells;

static FyPara *
table_cell_cb (gpointer data,
               guint    row,
               guint    column,
               double   width)
{
  TableCells *tc = data;
  FySourceBlock *cell = fy_source_block_get_cell (tc->table, row, column);
  FyStyleRole role = tc->header && row == 0 ? FY_STYLE_ROLE_TABLE_HEADER : FY_STYLE_ROLE_TABLE;
  FyParaSource src;
  FyPara *para;

  fy_para_source_from_block (&src, cell, NULL, tc->field_names, FALSE);
  src.role = role;
  src.geometry = FY_GEOMETRY_FULL;
  src.width = width;
  g_clear_pointer (&src.lead, g_free);
  for (guint s = 0; s < src.segments->len; s++)
    g_array_index (src.segments, FyParaSegment, s).role = role;

  para = fy_typesetter_lookup_para (tc->self, &src, tc->used);
  fy_para_source_clear (&src);
  return para;
}

/* A column whose body cells all hold figures is set flush right, header
 * included (fy_table_layout_is_figures()). */
static void
mark_numeric_columns (FyTableLayout *table,
                      FySourceBlock *block)
{
  g_autofree const char **texts = g_new0 (const char *, table->n_rows + 1);

  for (guint c = 0; c < table->n_columns; c++)
    {
      guint n = 0;

      for (guint r = table->header ? 1 : 0; r < table->n_rows; r++)
        texts[n++] = fy_source_block_get_printed_text (fy_source_block_get_cell (block, r, c));
      table->numeric[c] = fy_table_layout_is_figures (texts, n);
    }
}

/* A table block: its cells set at their columns' widths, placed by
 * paginate_table(). */
static void
place_table (FyTypesetter       *self,
             FySource           *source,
             guint               index,
             const char * const *field_names,
             GHashTable         *used,
             gboolean           *font_roles_used,
             GArray             *placed)
{
  FySourceBlock *block = fy_source_get_block (source, index);
  TableCells tc = { self, block, fy_source_block_get_table_header (block), field_names, used };
  const FyRoleStyle *rs = fy_style_get_role (self->style, FY_STYLE_ROLE_TABLE);
  FyPlaced p = { 0 };

  p.table = fy_table_layout_new (fy_source_block_get_n_rows (block), fy_source_block_get_n_columns (block),
                                 tc.header,
                                 fy_style_get_type_width (self->style), fy_typesetter_role_cell (self, rs->size),
                                 table_cell_cb, &tc);
  p.table->block_index = index;
  mark_numeric_columns (p.table, block);
  p.block_index = index;
  p.span = 1;
  font_roles_used[rs->font_role] = TRUE;
  if (tc.header)
    font_roles_used[fy_style_get_role (self->style, FY_STYLE_ROLE_TABLE_HEADER)->font_role] = TRUE;

  if (placed->len > 0)
    {
      FyPlaced *prev = &g_array_index (placed, FyPlaced, placed->len - 1);
      const FyRoleStyle *prs = fy_style_get_role (self->style, fy_typesetter_role_for_block (fy_source_get_block (source, prev->block_index)));

      p.gap_before = MAX (prs->lines_after, rs->lines_before);
    }

  g_array_append_val (placed, p);
}

/**
 * fy_typesetter_layout:
 * @self: a #FyTypesetter
 * @document: the document, on the thread that owns it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Typesets @document: fy_typesetter_layout_source() of a snapshot of it.
 *
 * Returns: (transfer full): the layout, or %NULL if cancelled or refused
 */
FyLayout *
fy_typesetter_layout (FyTypesetter  *self,
                      FyDocument    *document,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(FySource) source = NULL;

  g_return_val_if_fail (FY_IS_TYPESETTER (self), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  source = fy_source_new (document);
  return fy_typesetter_layout_source (self, source, cancellable, error);
}

/* How the paragraph of block @i stands: @src's geometry (placed with
 * the signature, split, full width, a caption's), 附件's label in 黑体,
 * a line of the 版记, and whether a centred line breaks evenly.  Returns the block's part in
 * an attachment. */
static FyAttachedPart
stand_paragraph (FyTypesetter *self,
                 FySource     *source,
                 guint         i,
                 FyParaSource *src,
                 gboolean      have_prev,
                 FyBlockRole   prev_role)
{
  FySourceBlock *block = fy_source_get_block (source, i);
  FyBlockRole brole = fy_source_block_get_role (block);
  FyAttachedPart part;
  FyTypedAttachment typed;

  if (brole == FY_BLOCK_ROLE_SIGNATURE ||
      (brole == FY_BLOCK_ROLE_DATE_LINE && have_prev && !fy_block_role_is_front (prev_role)))
    {
      /* placed by place_signatures(), a closing date with no signature
       * above it too */
      src->geometry = FY_GEOMETRY_PLACED;
    }
  else if (brole == FY_BLOCK_ROLE_ISSUE_NUMBER && fy_doc_is_header_line (fy_source_block_get_text (block)))
    src->geometry = FY_GEOMETRY_SPLIT;
  else if (fy_typesetter_role_is_centered (self->style, src->role) ||
           brole == FY_BLOCK_ROLE_SALUTATION)
    src->geometry = FY_GEOMETRY_FULL;
  else if (fy_typesetter_block_is_image (block) || fy_typesetter_block_is_chapter (block) ||
           (brole == FY_BLOCK_ROLE_PARAGRAPH && fy_doc_is_contents_label (fy_source_block_get_text (block))))
    src->geometry = FY_GEOMETRY_CAPTION;
  else if (fy_typesetter_contents_entry (source, i) > 0)
    src->geometry = fy_typesetter_contents_entry (source, i) == 2 ? FY_GEOMETRY_CONTENTS_SECTION
                                                                  : FY_GEOMETRY_CONTENTS;
  part = fy_typesetter_attached_part (source, i);
  if (part == FY_ATTACHED_LABEL)
    {
      /* 附件 in 黑体 at the left of the first line (GB/T 9704 §8) */
      src->role = FY_STYLE_ROLE_HEADING_1;
      src->geometry = FY_GEOMETRY_PLACED;
      for (guint s = 0; s < src->segments->len; s++)
        g_array_index (src->segments, FyParaSegment, s).role = src->role;
    }
  fy_typesetter_imprint_source (self, source, i, src);
  typed = fy_typesetter_typed_attachment (source, i);
  if (typed != FY_TYPED_ATTACHMENT_NONE)
    {
      /* an attachment note typed as body text, set as the note is */
      src->role = FY_STYLE_ROLE_ATTACHMENT;
      src->geometry = typed == FY_TYPED_ATTACHMENT_MORE ? FY_GEOMETRY_ATTACHMENT_MORE : FY_GEOMETRY_ATTACHMENT;
      for (guint s = 0; s < src->segments->len; s++)
        if (g_array_index (src->segments, FyParaSegment, s).role == FY_STYLE_ROLE_BODY)
          g_array_index (src->segments, FyParaSegment, s).role = src->role;
    }

  /* centred lines (title, subtitle, speaker) break at words, evenly; so
   * does a signature too long for its line (an organ's name, never 办公|室) */
  if (((fy_typesetter_role_is_centered (self->style, src->role) && src->geometry != FY_GEOMETRY_PLACED &&
        src->geometry != FY_GEOMETRY_SPLIT) ||
       brole == FY_BLOCK_ROLE_SIGNATURE) &&
      strchr (src->text->str, '\n') == NULL)
    src->balanced = TRUE;
  return part;
}

/* Shapes the paragraph of block @i and appends it to @placed with its
 * keep rules and the gap before it. */
static void
place_paragraph (FyTypesetter       *self,
                 FySource           *source,
                 guint               i,
                 const char         *number,
                 const char * const *field_names,
                 GHashTable         *used,
                 gboolean           *font_roles_used,
                 GArray             *placed,
                 gboolean            have_prev,
                 FyBlockRole         prev_role)
{
  FySourceBlock *block = fy_source_get_block (source, i);
  FyBlockRole brole = fy_source_block_get_role (block);
  const FyRoleStyle *rs;
  FyParaSource src;
  FyPlaced p = { 0 };
  FyAttachedPart part;
  gboolean caption;

  /* Enter in an attachment note makes another attachment block: its
   * names go on under the first block's, no 附件： and no blank line. */
  fy_para_source_from_block (&src, block, number, field_names,
                             brole == FY_BLOCK_ROLE_ATTACHMENT && have_prev &&
                             prev_role == FY_BLOCK_ROLE_ATTACHMENT);
  part = stand_paragraph (self, source, i, &src, have_prev, prev_role);
  caption = fy_typesetter_is_list_caption (source, i, number);
  if (caption)
    {
      /* a list's caption in the body: centred, in the heading's 黑体 */
      src.role = FY_STYLE_ROLE_HEADING_1;
      src.geometry = FY_GEOMETRY_CAPTION;
      for (guint s = 0; s < src.segments->len; s++)
        g_array_index (src.segments, FyParaSegment, s).role = src.role;
    }

  for (guint s = 0; s < src.segments->len; s++)
    font_roles_used[fy_style_get_role (self->style,
                                       g_array_index (src.segments, FyParaSegment, s).role)->font_role] = TRUE;

  p.para = fy_para_ref (fy_typesetter_lookup_para (self, &src, used));
  p.block_index = i;
  rs = fy_style_get_role (self->style, src.role);
  p.span = MAX (1, rs->line_span);
  p.front = fy_block_role_is_front (brole);
  p.keep_with_next = brole == FY_BLOCK_ROLE_HEADING || p.front || caption ||
                     brole == FY_BLOCK_ROLE_SALUTATION || part == FY_ATTACHED_LABEL;
  p.new_page = part != FY_ATTACHED_NONE;
  /* A closing date line never starts a page alone either. */
  p.keep_with_prev = brole == FY_BLOCK_ROLE_SIGNATURE ||
                     (brole == FY_BLOCK_ROLE_DATE_LINE && have_prev && !fy_block_role_is_front (prev_role));
  if (brole == FY_BLOCK_ROLE_HEADING)
    {
      p.outline = g_strconcat (number != NULL ? number : "", fy_source_block_get_printed_text (block), NULL);
      p.outline_level = fy_source_block_get_level (block);
    }

  if (have_prev)
    {
      FyPlaced *prev = &g_array_index (placed, FyPlaced, placed->len - 1);
      const FyRoleStyle *prs = fy_style_get_role (self->style, fy_typesetter_role_for_block (fy_source_get_block (source, prev->block_index)));

      /* a 发文字号 above the title, a blank line between (GB/T 9704
       * §7.2.4) */
      if (prev_role == FY_BLOCK_ROLE_ISSUE_NUMBER && brole == FY_BLOCK_ROLE_TITLE)
        p.gap_before = 1;
      else if (prev->front && p.front)
        p.gap_before = 0;
      else
        p.gap_before = MAX (prs->lines_after, rs->lines_before);
      if ((prev_role == FY_BLOCK_ROLE_SIGNATURE &&
           (brole == FY_BLOCK_ROLE_DATE_LINE || brole == FY_BLOCK_ROLE_SIGNATURE)) ||
          src.geometry == FY_GEOMETRY_ATTACHMENT_MORE)
        p.gap_before = 0;
      /* the title on the third line, under 附件 and a blank line */
      if (part == FY_ATTACHED_NONE && brole == FY_BLOCK_ROLE_TITLE &&
          fy_typesetter_attached_part (source, i - 1) == FY_ATTACHED_LABEL)
        p.gap_before = MAX (p.gap_before, 1);
      if (is_closing_note (source, i, prev_role))
        {
          p.gap_before = 0;
          p.keep_with_prev = TRUE;
        }
    }

  fy_para_source_clear (&src);
  g_array_append_val (placed, p);
}

/* An attachment note with no text (Enter after the last note, or its
 * text deleted) prints nothing, not a lone 附件：, as the .docx export
 * leaves it out; the note after it is then the first. */
static gboolean
is_empty_attachment (const FySourceBlock *block)
{
  if (fy_source_block_get_role (block) != FY_BLOCK_ROLE_ATTACHMENT)
    return FALSE;
  for (const char *p = fy_source_block_get_text (block); *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static FyBlockRole
placed_role (FySource *source,
             FyPlaced *p)
{
  return fy_source_block_get_role (fy_source_get_block (source, p->block_index));
}

/* Sets the signature and the date line under it in their place.  The
 * lines of a joint signature (one issuer or two to a line, one under the
 * other) start in one column, the widest line's.  A date that closes the
 * text with no signature above it (a 述职报告 or a speech signed under
 * its title) stands 2 字 in from the right, as a date under a shorter
 * signature does (GB/T 9704 §7.3.5.2), not centred as under a title. */
static void
place_signatures (FyTypesetter *self,
                  FySource     *source,
                  GArray       *placed)
{
  FyPlaced *p = (FyPlaced *) placed->data;

  for (guint b = 0; b < placed->len; b++)
    {
      FyPlaced *date = NULL;
      guint widest = b;
      guint last = b;

      if (placed_role (source, &p[b]) == FY_BLOCK_ROLE_DATE_LINE && b > 0 &&
          !fy_block_role_is_front (placed_role (source, &p[b - 1])))
        {
          double right = fy_style_get_type_width (self->style) - 2 * fy_style_get_char_pitch (self->style);

          p[b].x_shift = MAX (0, right - g_array_index (p[b].para->lines, FyParaLine, 0).width);
          continue;
        }
      if (placed_role (source, &p[b]) != FY_BLOCK_ROLE_SIGNATURE)
        continue;
      while (last + 1 < placed->len && placed_role (source, &p[last + 1]) == FY_BLOCK_ROLE_SIGNATURE)
        last++;
      for (guint k = b + 1; k <= last; k++)
        if (g_array_index (p[k].para->lines, FyParaLine, 0).width >
            g_array_index (p[widest].para->lines, FyParaLine, 0).width)
          widest = k;
      if (last + 1 < placed->len && placed_role (source, &p[last + 1]) == FY_BLOCK_ROLE_DATE_LINE)
        date = &p[last + 1];

      fy_typesetter_place_signature (self, &p[widest], date);
      for (guint k = b; k <= last; k++)
        {
          p[k].x_shift = p[widest].x_shift;
          p[k].keep_with_next = k < last || date != NULL;
        }
      b = last + (date != NULL ? 1 : 0);
    }
}

/* Paragraph warnings, in document order; frees what @placed holds. */
static void
add_warnings_and_free (FyLayout *layout,
                       GArray   *placed)
{
  for (guint b = 0; b < placed->len; b++)
    {
      FyPlaced *p = &g_array_index (placed, FyPlaced, b);

      if (p->table != NULL)
        {
          for (guint c = 0; c < p->table->n_rows * p->table->n_columns; c++)
            add_para_warnings (layout, p->table->cells[c], p->block_index);
          fy_table_layout_free (p->table);
          continue;
        }
      add_para_warnings (layout, p->para, p->block_index);
      fy_para_unref (p->para);
      g_free (p->outline);
    }
}

/* Frees what @placed holds, when a layout is given up. */
static void
free_placed (GArray *placed)
{
  for (guint q = 0; q < placed->len; q++)
    {
      g_free (g_array_index (placed, FyPlaced, q).outline);
      g_clear_pointer (&g_array_index (placed, FyPlaced, q).para, fy_para_unref);
      g_clear_pointer (&g_array_index (placed, FyPlaced, q).table, fy_table_layout_free);
    }
}

/* Drops the cached paragraphs the document no longer has. */
static void
prune_cache (FyTypesetter *self,
             GHashTable   *used)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (!g_hash_table_contains (used, key))
        g_hash_table_iter_remove (&iter);
    }
}

/**
 * fy_typesetter_layout_source:
 * @self: a #FyTypesetter
 * @source: a snapshot of the document (any thread)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Typesets @source.  A document beyond FY_TYPESETTER_MAX_BLOCKS,
 * FY_TYPESETTER_MAX_BLOCK_CHARS or FY_TYPESETTER_MAX_CHARS is refused
 * with %FY_ERROR_LIMIT.
 *
 * Returns: (transfer full): the layout, or %NULL if cancelled or refused
 */
FyLayout *
fy_typesetter_layout_source (FyTypesetter  *self,
                             FySource      *source,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GHashTable) used = NULL;
  g_autoptr(GArray) placed = NULL;
  const char * const *field_names;
  FyHeadingCounter counter;
  gboolean font_roles_used[FY_FONT_N_ROLES] = { FALSE };
  guint n_blocks;
  FyBlockRole prev_role = FY_BLOCK_ROLE_PARAGRAPH;
  gboolean have_prev = FALSE;

  g_return_val_if_fail (FY_IS_TYPESETTER (self), NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!fy_typesetter_check_limits (source, error))
    return NULL;

  layout = fy_layout_new (self->style);
  used = g_hash_table_new (NULL, NULL);
  placed = g_array_new (FALSE, TRUE, sizeof (FyPlaced));
  field_names = fy_source_get_field_names (source);
  n_blocks = fy_source_get_n_blocks (source);
  fy_heading_counter_init (&counter, fy_source_get_printed_numbering (source));

  for (guint i = 0; i < n_blocks; i++)
    {
      FySourceBlock *block = fy_source_get_block (source, i);
      FyBlockRole brole = fy_source_block_get_role (block);
      g_autofree char *number = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          free_placed (placed);
          return NULL;
        }

      /* A fence line or an HTML block is kept for the exports only. */
      if (fy_source_block_is_markup_only (block) || is_empty_attachment (block))
        continue;

      if (brole == FY_BLOCK_ROLE_HEADING)
        number = fy_heading_counter_next (&counter, fy_source_block_get_level (block),
                                          fy_source_block_get_printed_text (block));

      if (brole == FY_BLOCK_ROLE_TABLE)
        {
          place_table (self, source, i, field_names, used, font_roles_used, placed);
          /* The sentence that announces a table (……情况如下：) does not
           * end a page without it. */
          if (have_prev && prev_role == FY_BLOCK_ROLE_PARAGRAPH && placed->len >= 2 &&
              fy_typesetter_ends_with_colon (fy_source_get_block (source,
                                                    g_array_index (placed, FyPlaced, placed->len - 2).block_index)))
            g_array_index (placed, FyPlaced, placed->len - 1).keep_with_prev = TRUE;
          have_prev = TRUE;
          prev_role = brole;
          continue;
        }

      place_paragraph (self, source, i, number, field_names, used, font_roles_used, placed,
                       have_prev, prev_role);
      have_prev = TRUE;
      prev_role = brole;
    }

  place_signatures (self, source, placed);
  fy_typesetter_mark_keeps (source, placed);
  fy_typesetter_place_imprint (self, source, placed);
  fy_typesetter_paginate (self, layout, placed);
  /* The document may go without them whatever its style says. */
  if (fy_source_get_page_numbers (source) &&
      fy_style_get_page_number_position (self->style) != FY_PAGE_NUMBER_NONE)
    {
      fy_typesetter_add_page_numbers (self, layout, used);
      font_roles_used[fy_style_get_role (self->style, FY_STYLE_ROLE_PAGE_NUMBER)->font_role] = TRUE;
    }

  add_substitution_warnings (self, layout, font_roles_used);

  add_warnings_and_free (layout, placed);
  prune_cache (self, used);

  return g_steal_pointer (&layout);
}


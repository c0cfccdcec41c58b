/* fy-comparison-table.c — the 修改对照表: a comparison as a ruled table in PDF
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-comparison-table"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "fy-block.h"
#include "fy-comparison-private.h"
#include "fy-comparison-table.h"
#include "fy-comparison-table-private.h"
#include "fy-document-io.h"
#include "fy-error.h"
#include "fy-fonts.h"

/*
 * One row per change: 序号 | 原文 | 修改后 | 说明 (left empty for the
 * drafter).  The old wording shows deleted words struck through, the new
 * wording inserted words underlined.  The page is the speech's: the
 * style's paper and margins, its faces (仿宋 text, 黑体 header, 小标宋
 * title) and a centred page number “— N —”.
 *
 * The typesetter lays out speeches, not tables, so this module draws the
 * table itself with Pango on cairo's PDF surface.  A row taller than what
 * is left of the page continues on the next one, each cell from its own
 * next line, under a repeated header.
 */

#define TEXT_SIZE     14.0     /* 四号 */
#define TITLE_SIZE    22.0     /* 二号 */
#define PADDING       4.0
#define RULE_WIDTH    0.75

typedef struct
{
  cairo_t              *cr;
  FyStyle              *style;
  FyFontSet            *fonts;
  double                page_width, page_height;
  double                left, top, width, bottom;
  double                columns[4];
  double                y;
  guint                 page;
  PangoFontDescription *text_font;
  PangoFontDescription *header_font;
} Table;

typedef struct
{
  PangoLayout *layout;
  GArray      *tops;      /* double: top of each line, from the layout's top */
  GArray      *bottoms;
  guint        next;      /* the first line not yet drawn */
} Cell;

static PangoFontDescription *
font_for_role (FyFontSet  *fonts,
               FyFontRole  role,
               double      size)
{
  const FyFontChoice *choice = fy_font_set_get_choice (fonts, role);
  PangoFontDescription *description = pango_font_description_new ();

  pango_font_description_set_family (description, choice->family);
  pango_font_description_set_absolute_size (description, size * PANGO_SCALE);
  if (choice->bold)
    pango_font_description_set_weight (description, PANGO_WEIGHT_BOLD);
  return description;
}

static void
draw_page_number (Table *table)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (table->cr);
  g_autofree char *text = g_strdup_printf ("— %u —", table->page);
  int width, height;

  pango_layout_set_font_description (layout, table->text_font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, &height);
  cairo_move_to (table->cr, (table->page_width - (double) width / PANGO_SCALE) / 2,
                 table->bottom + (table->page_height - table->bottom - (double) height / PANGO_SCALE) / 2);
  pango_cairo_show_layout (table->cr, layout);
}

static void
cell_init (Cell        *cell,
           Table       *table,
           const char  *markup,
           double       width,
           gboolean     header)
{
  PangoLayoutIter *iter;

  cell->layout = pango_cairo_create_layout (table->cr);
  pango_layout_set_font_description (cell->layout, header ? table->header_font : table->text_font);
  pango_layout_set_width (cell->layout, (int) ((width - 2 * PADDING) * PANGO_SCALE));
  pango_layout_set_wrap (cell->layout, PANGO_WRAP_WORD_CHAR);
  if (header)
    pango_layout_set_alignment (cell->layout, PANGO_ALIGN_CENTER);
  pango_layout_set_markup (cell->layout, markup, -1);

  cell->tops = g_array_new (FALSE, FALSE, sizeof (double));
  cell->bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  cell->next = 0;
  iter = pango_layout_get_iter (cell->layout);
  do
    {
      int y0, y1;
      double top, bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = (double) y0 / PANGO_SCALE;
      bottom = (double) y1 / PANGO_SCALE;
      g_array_append_val (cell->tops, top);
      g_array_append_val (cell->bottoms, bottom);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
cell_clear (Cell *cell)
{
  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->tops, g_array_unref);
  g_clear_pointer (&cell->bottoms, g_array_unref);
}

/* Draws what fits of the cells below table->y; returns the height used. */
static double
draw_row_part (Table *table,
               Cell  *cells,
               guint  n_cells)
{
  double available = table->bottom - table->y - 2 * PADDING;
  double used = 0;
  double x = table->left;

  for (guint c = 0; c < n_cells; c++)
    {
      Cell *cell = &cells[c];
      double origin;

      /* Each cell in its column, the ones done already (序号, on the
       * page a long row began on) left empty. */
      if (c > 0)
        x += table->columns[c - 1];
      if (cell->next >= cell->tops->len)
        continue;
      origin = g_array_index (cell->tops, double, cell->next);
      while (cell->next < cell->tops->len &&
             g_array_index (cell->bottoms, double, cell->next) - origin <= available)
        {
          PangoLayoutLine *line = pango_layout_get_line_readonly (cell->layout, cell->next);
          PangoLayoutIter *iter = pango_layout_get_iter (cell->layout);
          double line_x = 0, baseline;

          for (guint k = 0; k < cell->next; k++)
            pango_layout_iter_next_line (iter);
          baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
          {
            PangoRectangle logical;

            pango_layout_iter_get_line_extents (iter, NULL, &logical);
            line_x = (double) logical.x / PANGO_SCALE;
          }
          pango_layout_iter_free (iter);

          cairo_move_to (table->cr, x + PADDING + line_x,
                         table->y + PADDING + baseline - origin);
          pango_cairo_show_layout_line (table->cr, line);
          used = MAX (used, g_array_index (cell->bottoms, double, cell->next) - origin);
          cell->next++;
        }
    }

  return used + 2 * PADDING;
}

static void
draw_rules (Table  *table,
            double  height)
{
  double x = table->left;

  cairo_set_line_width (table->cr, RULE_WIDTH);
  cairo_rectangle (table->cr, table->left, table->y, table->width, height);
  for (guint c = 0; c + 1 < G_N_ELEMENTS (table->columns); c++)
    {
      x += table->columns[c];
      cairo_move_to (table->cr, x, table->y);
      cairo_line_to (table->cr, x, table->y + height);
    }
  cairo_stroke (table->cr);
}

static gboolean
cells_done (Cell  *cells,
            guint  n_cells)
{
  for (guint c = 0; c < n_cells; c++)
    if (cells[c].next < cells[c].tops->len)
      return FALSE;
  return TRUE;
}

static void draw_header (Table *table);

static void
new_page (Table *table)
{
  draw_page_number (table);
  cairo_show_page (table->cr);
  table->page++;
  table->y = table->top;
  draw_header (table);
}

static void
draw_row (Table             *table,
          const char * const markups[4],
          gboolean           header)
{
  Cell cells[4] = { { 0 } };

  for (guint c = 0; c < 4; c++)
    cell_init (&cells[c], table, markups[c], table->columns[c], header);

  /* Start a row on a fresh page unless at least two lines fit. */
  if (!header && table->y + 2 * g_array_index (cells[1].bottoms, double, 0) + 2 * PADDING > table->bottom)
    new_page (table);

  for (;;)
    {
      double height = draw_row_part (table, cells, 4);

      draw_rules (table, height);
      table->y += height;
      if (cells_done (cells, 4))
        break;
      new_page (table);
    }

  for (guint c = 0; c < 4; c++)
    cell_clear (&cells[c]);
}

/* The header of @column (0 to 3): 序号, 原文, 修改后, 说明. */
const char *
fy_comparison_table_get_header (guint column)
{
  switch (column)
    {
    case 0:
      return _("No.");
    case 1:
      return _("Original wording");
    case 2:
      return _("Revised wording");
    default:
      return _("Notes");
    }
}

static void
draw_header (Table *table)
{
  const char * const header[4] = {
    fy_comparison_table_get_header (0), fy_comparison_table_get_header (1),
    fy_comparison_table_get_header (2), fy_comparison_table_get_header (3),
  };

  draw_row (table, header, TRUE);
}

static void
clear_piece (gpointer data)
{
  FyTablePiece *piece = data;

  g_free (piece->text);
}

/* An empty array of FyTablePiece. */
GArray *
fy_table_pieces_new (void)
{
  GArray *pieces = g_array_new (FALSE, TRUE, sizeof (FyTablePiece));

  g_array_set_clear_func (pieces, clear_piece);
  return pieces;
}

static void
add_piece (GArray           *pieces,
           FyTablePieceKind  kind,
           const char       *text)
{
  FyTablePiece piece = { kind, g_strdup (text != NULL ? text : ""), FALSE };

  g_array_append_val (pieces, piece);
}

static void
add_span_cb (const FyChangeSpan *span,
             gpointer            user_data)
{
  GArray *pieces = user_data;
  FyTablePiece piece = {
    span->op == FY_DIFF_DELETE ? FY_TABLE_PIECE_DELETED :
    span->op == FY_DIFF_INSERT ? FY_TABLE_PIECE_INSERTED : FY_TABLE_PIECE_TEXT,
    g_strndup (span->text, span->length), span->bold,
  };

  g_array_append_val (pieces, piece);
}

/* One side of a block's change as printed: its heading number, then
 * equal text plain and the side's own changes marked, the bold lead
 * bold. */
static void
add_block_side (GArray         *pieces,
                const FyChange *change,
                int             side)
{
  const char *number = side < 0 ? change->old_number : change->new_number;

  if (number != NULL)
    add_piece (pieces, FY_TABLE_PIECE_TEXT, number);
  fy_change_foreach_span (change, side, add_span_cb, pieces);
}

/* @text with each {{name}} of a field that has a value in @document
 * replaced by the value. */
static char *
dup_with_values (FyDocument *document,
                 const char *text)
{
  GString *shown = g_string_new (NULL);
  const char *start, *end;
  char *name;

  while (fy_text_next_field_ref (text, &start, &end, &name))
    {
      const char *value = fy_document_get_field_value (document, name);

      g_free (name);
      g_string_append_len (shown, text, (value != NULL ? start : end) - text);
      if (value != NULL)
        g_string_append (shown, value);
      text = end;
    }
  g_string_append (shown, text);
  return g_string_free (shown, FALSE);
}

/* The length of @block's bold lead as printed. */
static gsize
shown_lead_length (FyDocument *document,
                   FyBlock    *block)
{
  gsize length = 0;

  for (guint i = 0; i < fy_block_get_lead_end (block); i++)
    {
      g_autofree char *text = fy_document_resolve_run (document, fy_block_get_run (block, i));

      length += text != NULL ? strlen (text) : strlen (fy_block_get_run (block, i)->text) + 4;
    }
  return length;
}

/* The document whose field values @op's words show: a deleted word is
 * the old side's, any other the new side's. */
static FyDocument *
segment_document (FyDiffOp    op,
                  FyDocument *old_document,
                  FyDocument *new_document)
{
  return op == FY_DIFF_DELETE ? old_document : new_document;
}

/* The first @lead bytes of one side's words as compared (the segments
 * but those of @other, the other side's own), measured in their shown
 * words.  The lead ends between runs, so never inside a {{field}}. */
static gsize
segments_lead_length (GArray     *segments,
                      FyDiffOp    other,
                      gsize       lead,
                      FyDocument *old_document,
                      FyDocument *new_document)
{
  gsize offset = 0, shown = 0;

  for (guint i = 0; i < segments->len && offset < lead; i++)
    {
      const FyChangeSegment *segment = &g_array_index (segments, FyChangeSegment, i);
      gsize length = strlen (segment->text);

      if (segment->op == other)
        continue;
      if (offset + length > lead)
        {
          g_autofree char *part = g_strndup (segment->text, lead - offset);
          g_autofree char *part_shown =
            dup_with_values (segment_document (segment->op, old_document, new_document), part);

          return shown + strlen (part_shown);
        }
      offset += length;
      shown += strlen (segment->shown);
    }
  return shown;
}

/**
 * fy_change_show_fields:
 * @change: a change of a block, its words compared
 * @old_document: the old side
 * @new_document: the new side
 *
 * Puts the fields' values in @change's wording as the view and the
 * 对照表 show it (FyChange.old_shown, new_shown, the segments' shown
 * words), not {{会议名称}}; its old_text, new_text and the segments' text
 * stay as compared.  An unchanged word takes the new side's value (a
 * changed value is a change of its own), and each side's bold lead is
 * measured in the words shown for it.
 */
void
fy_change_show_fields (FyChange   *change,
                       FyDocument *old_document,
                       FyDocument *new_document)
{
  gboolean words = change->segments != NULL && change->segments->len > 0;
  gsize old_lead = 0, new_lead = 0;

  for (guint i = 0; words && i < change->segments->len; i++)
    {
      FyChangeSegment *segment = &g_array_index (change->segments, FyChangeSegment, i);

      g_free (segment->shown);
      segment->shown = dup_with_values (segment_document (segment->op, old_document, new_document),
                                        segment->text);
    }
  if (change->old_index >= 0)
    {
      FyBlock *block = fy_document_get_block (old_document, change->old_index);

      change->old_shown = fy_document_dup_block_text (old_document, change->old_index);
      old_lead = words ? fy_block_get_lead_length (block) : shown_lead_length (old_document, block);
    }
  if (change->new_index >= 0)
    {
      FyBlock *block = fy_document_get_block (new_document, change->new_index);

      change->new_shown = fy_document_dup_block_text (new_document, change->new_index);
      new_lead = words ? fy_block_get_lead_length (block) : shown_lead_length (new_document, block);
    }
  if (words)
    {
      old_lead = segments_lead_length (change->segments, FY_DIFF_INSERT, old_lead,
                                       old_document, new_document);
      new_lead = segments_lead_length (change->segments, FY_DIFF_DELETE, new_lead,
                                       old_document, new_document);
    }
  change->old_lead = old_lead;
  change->new_lead = new_lead;
}

/* Calls @func on @text split where the side's bold lead ends. */
static void
split_at_lead (FyDiffOp          op,
               const char       *text,
               gsize             offset,
               gsize             lead,
               FyChangeSpanFunc  func,
               gpointer          user_data)
{
  gsize length = strlen (text);
  gsize bold = offset < lead ? MIN (lead - offset, length) : 0;

  if (bold > 0)
    func (&(FyChangeSpan) { op, TRUE, text, bold }, user_data);
  if (bold < length)
    func (&(FyChangeSpan) { op, FALSE, text + bold, length - bold }, user_data);
}

/**
 * fy_change_foreach_span:
 * @change: a change of a block
 * @side: -1 for the old wording (equal and deleted words), 1 for the new
 *   (equal and inserted words), 0 for both woven together
 * @func: called on each span in order
 * @user_data: for @func
 *
 * Goes through @change's wording as a view shows it: word by word where
 * the words changed, else whole (deleted for a removed block, inserted
 * for an added one), with the bold lead of either side told apart.
 */
void
fy_change_foreach_span (const FyChange   *change,
                        int               side,
                        FyChangeSpanFunc  func,
                        gpointer          user_data)
{
  gsize old_offset = 0, new_offset = 0;

  g_return_if_fail (change != NULL && change->kind != FY_CHANGE_FIELD);

  if (change->segments == NULL || change->segments->len == 0)
    {
      gboolean old = side < 0 ? change->old_text != NULL : change->new_text == NULL;
      FyDiffOp op = old ? (change->kind == FY_CHANGE_DELETED ? FY_DIFF_DELETE : FY_DIFF_EQUAL)
                        : (change->kind == FY_CHANGE_INSERTED ? FY_DIFF_INSERT : FY_DIFF_EQUAL);
      const char *text = old ? change->old_shown : change->new_shown;

      if (text == NULL)
        text = old ? change->old_text : change->new_text;
      if (text != NULL)
        split_at_lead (op, text, 0, old ? change->old_lead : change->new_lead, func, user_data);
      return;
    }

  for (guint i = 0; i < change->segments->len; i++)
    {
      const FyChangeSegment *segment = &g_array_index (change->segments, FyChangeSegment, i);
      const char *text = segment->shown != NULL ? segment->shown : segment->text;
      gsize length = strlen (text);
      gboolean shown = side == 0 || segment->op == FY_DIFF_EQUAL ||
                       (segment->op == FY_DIFF_DELETE) == (side < 0);

      if (shown && (segment->op == FY_DIFF_DELETE || (segment->op == FY_DIFF_EQUAL && side < 0)))
        split_at_lead (segment->op, text, old_offset, change->old_lead, func, user_data);
      else if (shown)
        split_at_lead (segment->op, text, new_offset, change->new_lead, func, user_data);
      if (segment->op != FY_DIFF_INSERT)
        old_offset += length;
      if (segment->op != FY_DIFF_DELETE)
        new_offset += length;
    }
}

/* One side: equal text plain, the side's own changes marked; without
 * word changes the whole side as @whole. */
static void
add_side (GArray           *pieces,
          const FyChange   *change,
          FyDiffOp          own,
          FyTablePieceKind  whole)
{
  const char *text = own == FY_DIFF_DELETE ? change->old_text : change->new_text;

  if (change->segments == NULL || change->segments->len == 0)
    {
      add_piece (pieces, whole, text);
      return;
    }

  for (guint i = 0; i < change->segments->len; i++)
    {
      const FyChangeSegment *segment = &g_array_index (change->segments, FyChangeSegment, i);
      const char *shown = segment->shown != NULL ? segment->shown : segment->text;

      if (segment->op == FY_DIFF_EQUAL)
        add_piece (pieces, FY_TABLE_PIECE_TEXT, shown);
      else if (segment->op == own)
        add_piece (pieces, own == FY_DIFF_DELETE ? FY_TABLE_PIECE_DELETED : FY_TABLE_PIECE_INSERTED,
                   shown);
    }
}

/**
 * fy_comparison_table_describe:
 * @change: one change
 * @old_pieces: (element-type FyTablePiece): gets the 原文 cell
 * @new_pieces: (element-type FyTablePiece): gets the 修改后 cell
 *
 * The two wording cells of @change's row: notes on what happened, then
 * the wording with the deleted words (old side) and the inserted words
 * (new side) marked.
 */
void
fy_comparison_table_describe (const FyChange *change,
                              GArray         *old_pieces,
                              GArray         *new_pieces)
{
  switch (change->kind)
    {
    case FY_CHANGE_FIELD:
      {
        g_autofree char *name = fy_change_dup_label (change);
        /* Translators: %s is a field's name: 会议名称, 标题, 版式… */
        g_autofree char *label = g_strdup_printf (_("Field “%s”"), name);
        g_autofree char *old_value = fy_change_dup_value (change, FALSE);
        g_autofree char *new_value = fy_change_dup_value (change, TRUE);

        add_piece (old_pieces, FY_TABLE_PIECE_NOTE, label);
        add_piece (new_pieces, FY_TABLE_PIECE_NOTE, label);
        if (g_strcmp0 (old_value, change->old_text) != 0 || g_strcmp0 (new_value, change->new_text) != 0)
          {
            /* a value shown by its name: whole, not word by word */
            add_piece (old_pieces, FY_TABLE_PIECE_DELETED, old_value);
            add_piece (new_pieces, FY_TABLE_PIECE_INSERTED, new_value);
          }
        else
          {
            add_side (old_pieces, change, FY_DIFF_DELETE, FY_TABLE_PIECE_DELETED);
            add_side (new_pieces, change, FY_DIFF_INSERT, FY_TABLE_PIECE_INSERTED);
          }
      }
      break;

    case FY_CHANGE_INSERTED:
      add_piece (old_pieces, FY_TABLE_PIECE_NOTE, _("added"));
      add_block_side (new_pieces, change, 1);
      break;

    case FY_CHANGE_DELETED:
      add_block_side (old_pieces, change, -1);
      add_piece (new_pieces, FY_TABLE_PIECE_NOTE, _("deleted"));
      break;

    case FY_CHANGE_MOVED:
    case FY_CHANGE_EDITED:
    default:
      if (change->kind == FY_CHANGE_MOVED && !change->with_previous)
        {
          /* Translators: %s is the start of the paragraph it followed in the
           * old and in the new text */
          g_autofree char *from = change->old_after != NULL
                                  ? g_strdup_printf (_("was after “%s”"), change->old_after)
                                  : g_strdup (_("was at the top"));
          g_autofree char *to = change->new_after != NULL
                                ? g_strdup_printf (_("moved after “%s”"), change->new_after)
                                : g_strdup (_("moved to the top"));

          add_piece (old_pieces, FY_TABLE_PIECE_NOTE, from);
          add_piece (new_pieces, FY_TABLE_PIECE_NOTE, to);
        }
      if (fy_change_has_level_change (change))
        {
          g_autofree char *old_level = fy_block_role_dup_style_label (change->old_role, change->old_level);
          g_autofree char *new_level = fy_block_role_dup_style_label (change->new_role, change->new_level);

          add_piece (old_pieces, FY_TABLE_PIECE_NOTE, old_level);
          add_piece (new_pieces, FY_TABLE_PIECE_NOTE, new_level);
        }
      add_block_side (old_pieces, change, -1);
      add_block_side (new_pieces, change, 1);
      break;
    }
}

/**
 * fy_comparison_table_describe_row:
 * @comparison: what changed
 * @index_: the row's first change
 * @old_pieces: (element-type FyTablePiece): gets the 原文 cell
 * @new_pieces: (element-type FyTablePiece): gets the 修改后 cell
 *
 * The cells of the row of change @index_: the change, or a passage moved
 * in one go (fy_comparison_get_move_end()), a paragraph a line.
 *
 * Returns: the first change of the next row
 */
guint
fy_comparison_table_describe_row (FyComparison *comparison,
                                  guint         index_,
                                  GArray       *old_pieces,
                                  GArray       *new_pieces)
{
  guint end = fy_comparison_get_move_end (comparison, index_);

  for (guint i = index_; i < end; i++)
    {
      if (i > index_)
        {
          add_piece (old_pieces, FY_TABLE_PIECE_BREAK, "\n");
          add_piece (new_pieces, FY_TABLE_PIECE_BREAK, "\n");
        }
      fy_comparison_table_describe (fy_comparison_get_change (comparison, i), old_pieces, new_pieces);
    }
  return end;
}

/* The number of rows: of changes as a reviewer decides them. */
guint
fy_comparison_table_count_rows (FyComparison *comparison)
{
  guint n = 0;

  for (guint i = 0; i < fy_comparison_get_n_changes (comparison); i = fy_comparison_get_move_end (comparison, i))
    n++;
  return n;
}

/**
 * fy_comparison_table_dup_summary:
 *
 * Returns: (transfer full): the line above the table: which speech, what
 *   is compared with what, how many changes, how many unchanged
 *   paragraphs left out
 */
char *
fy_comparison_table_dup_summary (FyComparison                   *comparison,
                                 const FyComparisonTableOptions *options)
{
  GString *text = g_string_new (NULL);
  guint n_changes = fy_comparison_table_count_rows (comparison);
  guint n_unchanged = fy_comparison_get_n_unchanged (comparison);

  /* which speech: the table goes round on its own, one per round */
  if (options->document_title != NULL && *options->document_title != '\0')
    {
      /* Translators: %s is the title of the speech the revision table is of */
      g_string_append_printf (text, _("Text: %s."), options->document_title);
      g_string_append_c (text, ' ');
    }
  if (options->old_label != NULL && options->new_label != NULL)
    {
      g_string_append_printf (text, _("Original: %1$s; revised: %2$s."),
                              options->old_label, options->new_label);
      g_string_append_c (text, ' ');
    }
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "%u change; ", "%u changes; ", n_changes),
                          n_changes);
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u unchanged paragraph left out.",
                                       "%u unchanged paragraphs left out.", n_unchanged),
                          n_unchanged);
  return g_string_free (text, FALSE);
}

/* Pango markup of a cell. */
static char *
pieces_to_markup (GArray *pieces)
{
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < pieces->len; i++)
    {
      const FyTablePiece *piece = &g_array_index (pieces, FyTablePiece, i);
      g_autofree char *escaped = g_markup_escape_text (piece->text, -1);

      if (piece->bold)
        g_string_append (markup, "<b>");
      switch (piece->kind)
        {
        case FY_TABLE_PIECE_DELETED:
          g_string_append_printf (markup, "<span strikethrough=\"true\" foreground=\"#"
                                  FY_COMPARISON_TABLE_DELETED_RGB "\">%s</span>", escaped);
          break;
        case FY_TABLE_PIECE_INSERTED:
          g_string_append_printf (markup, "<span underline=\"single\" foreground=\"#"
                                  FY_COMPARISON_TABLE_INSERTED_RGB "\">%s</span>", escaped);
          break;
        case FY_TABLE_PIECE_NOTE:
          g_string_append_printf (markup, "<span foreground=\"#" FY_COMPARISON_TABLE_NOTE_RGB
                                  "\">〔%s〕</span>", escaped);
          break;
        case FY_TABLE_PIECE_BREAK:
          g_string_append_c (markup, '\n');
          break;
        case FY_TABLE_PIECE_TEXT:
        default:
          g_string_append (markup, escaped);
          break;
        }
      if (piece->bold)
        g_string_append (markup, "</b>");
    }
  return g_string_free (markup, FALSE);
}

static void
draw_table (Table                          *table,
            FyComparison                   *comparison,
            const FyComparisonTableOptions *options)
{
  g_autoptr(PangoLayout) title = pango_cairo_create_layout (table->cr);
  g_autoptr(PangoLayout) summary = pango_cairo_create_layout (table->cr);
  g_autoptr(PangoFontDescription) title_font = font_for_role (table->fonts, FY_FONT_ROLE_XIAOBIAOSONG, TITLE_SIZE);
  g_autofree char *summary_text = fy_comparison_table_dup_summary (comparison, options);
  guint n_changes = fy_comparison_get_n_changes (comparison);
  guint row = 0;
  int width, height;

  pango_layout_set_font_description (title, title_font);
  pango_layout_set_text (title, _("Revision Table"), -1);
  pango_layout_get_size (title, &width, &height);
  cairo_move_to (table->cr, table->left + (table->width - (double) width / PANGO_SCALE) / 2, table->y);
  pango_cairo_show_layout (table->cr, title);
  table->y += (double) height / PANGO_SCALE + TEXT_SIZE;

  pango_layout_set_font_description (summary, table->text_font);
  pango_layout_set_width (summary, (int) (table->width * PANGO_SCALE));
  pango_layout_set_wrap (summary, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (summary, summary_text, -1);
  pango_layout_get_size (summary, &width, &height);
  cairo_move_to (table->cr, table->left, table->y);
  pango_cairo_show_layout (table->cr, summary);
  table->y += (double) height / PANGO_SCALE + TEXT_SIZE / 2;

  draw_header (table);
  for (guint i = 0; i < n_changes;)
    {
      g_autoptr(GArray) old_pieces = fy_table_pieces_new ();
      g_autoptr(GArray) new_pieces = fy_table_pieces_new ();
      g_autofree char *number = g_strdup_printf ("%u", ++row);
      g_autofree char *old_markup = NULL;
      g_autofree char *new_markup = NULL;
      const char *markups[4];

      i = fy_comparison_table_describe_row (comparison, i, old_pieces, new_pieces);
      old_markup = pieces_to_markup (old_pieces);
      new_markup = pieces_to_markup (new_pieces);
      markups[0] = number;
      markups[1] = old_markup;
      markups[2] = new_markup;
      markups[3] = "";
      draw_row (table, markups, FALSE);
    }
  draw_page_number (table);
}

static cairo_status_t
write_bytes_cb (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * fy_comparison_table_render_pdf:
 * @comparison: what changed
 * @style: the page style (paper, margins) of the speech
 * @options: labels and orientation
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the PDF, or %NULL with
 *   %FY_ERROR_RENDER
 */
GBytes *
fy_comparison_table_render_pdf (FyComparison                   *comparison,
                                FyStyle                        *style,
                                const FyComparisonTableOptions *options,
                                GError                        **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(FyFontSet) fonts = fy_font_set_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  Table table = { 0 };
  double side, top, type_width;

  g_return_val_if_fail (FY_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (FY_IS_STYLE (style), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  table.style = style;
  table.fonts = fonts;
  table.page_width = fy_style_get_page_width (style);
  table.page_height = fy_style_get_page_height (style);
  side = fy_style_get_margin_left (style);
  top = fy_style_get_margin_top (style);
  type_width = fy_style_get_type_width (style);
  if (options->landscape)
    {
      double swap = table.page_width;

      table.page_width = table.page_height;
      table.page_height = swap;
      /* The speech's top margin becomes the side margins. */
      side = MIN (top, side);
      top = fy_style_get_margin_left (style);
      type_width = table.page_width - 2 * side;
    }
  table.left = side;
  table.top = top;
  table.width = type_width;
  table.bottom = table.page_height - top;
  table.columns[0] = 2.5 * TEXT_SIZE + 2 * PADDING;
  table.columns[3] = 4 * TEXT_SIZE + 2 * PADDING;
  table.columns[1] = table.columns[2] = (table.width - table.columns[0] - table.columns[3]) / 2;
  table.y = table.top;
  table.page = 1;
  table.text_font = font_for_role (fonts, FY_FONT_ROLE_FANGSONG, TEXT_SIZE);
  table.header_font = font_for_role (fonts, FY_FONT_ROLE_HEITI, TEXT_SIZE);

  surface = cairo_pdf_surface_create_for_stream (write_bytes_cb, bytes,
                                                 table.page_width, table.page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Revision Table"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Fayan " PACKAGE_VERSION);
  table.cr = cairo_create (surface);
  cairo_set_source_rgb (table.cr, 0, 0, 0);

  draw_table (&table, comparison, options);

  cairo_destroy (table.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  pango_font_description_free (table.text_font);
  pango_font_description_free (table.header_font);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_RENDER,
                   _("Could not draw the revision table: %s."), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * fy_comparison_table_write_file:
 * @comparison: what changed
 * @style: the page style of the speech
 * @options: labels and orientation
 * @out: the file: a name ending in .pdf gets the PDF, in .docx the Word
 *   table
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the 修改对照表 atomically: a failure leaves an existing file as
 * it was.
 *
 * Returns: %TRUE on success
 */
gboolean
fy_comparison_table_write_file (FyComparison                   *comparison,
                                FyStyle                        *style,
                                const FyComparisonTableOptions *options,
                                GFile                          *out,
                                GCancellable                   *cancellable,
                                GError                        **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (G_IS_FILE (out), FALSE);

  basename = g_file_get_basename (out);
  name = g_utf8_strdown (basename != NULL ? basename : "", -1);
  if (g_str_has_suffix (name, ".docx"))
    bytes = fy_comparison_table_render_docx (comparison, style, options, error);
  else if (g_str_has_suffix (name, ".pdf"))
    bytes = fy_comparison_table_render_pdf (comparison, style, options, error);
  else
    g_set_error (error, FY_ERROR, FY_ERROR_UNSUPPORTED_TYPE,
                 _("Fayan cannot write the revision table as “%s”: end the file name in .pdf "
                   "for PDF or .docx for Word and WPS."),
                 basename);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return fy_file_replace_contents (out, data, length, cancellable, error);
}

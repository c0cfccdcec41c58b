/* fy-outline.c — the outline of a speech: headings and bold leads
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-outline"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-outline.h"

/*
 * A list of the title, every heading (with the engine's number) and every
 * paragraph that opens with a bold lead.  Rows are rebuilt shortly after
 * the document changes; a speech has a few dozen of them, yet a row (with
 * its tooltip and drag controllers) is slow enough to make that a stall,
 * so only the rows that look different are made again: typing in body
 * text makes none, and a paste in the middle makes only its own rows.  Dragging a row
 * onto another moves the dragged point with everything under it before
 * (upper half) or after (lower half, after its whole section) the target.
 */

#define REFRESH_DELAY_MS 250
#define LABEL_MAX_CHARS  40

struct _FyOutline
{
  GtkWidget    parent_instance;

  FyDocument  *document;
  GtkWidget   *scroller;
  GtkListBox  *list;
  GArray      *entries;      /* of guint, block positions */
  GPtrArray   *labels;
  GPtrArray   *rows;         /* the list's rows, one per entry */
  GPtrArray   *looks;        /* what each row shows, as a string */
  guint        refresh_source;
  /* A document set before the outline was first drawn: its rows are made
   * after the window's first frame, so that opening shows the editor
   * without waiting for them. */
  gboolean     rows_deferred;
  GdkFrameClock *deferred_clock;
};

G_DEFINE_FINAL_TYPE (FyOutline, fy_outline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

enum {
  BLOCK_ACTIVATED,
  MOVE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
shorten (const char *text)
{
  g_autofree char *flat = g_strstrip (g_strdelimit (g_strdup (text), "\r\n\t", ' '));

  if (g_utf8_strlen (flat, -1) <= LABEL_MAX_CHARS)
    return g_steal_pointer (&flat);

  {
    g_autofree char *head = g_utf8_substring (flat, 0, LABEL_MAX_CHARS - 1);

    return g_strconcat (head, "…", NULL);
  }
}

static guint
row_block (GtkWidget *row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "fy-block"));
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  GValue value = G_VALUE_INIT;
  GdkContentProvider *provider;

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, row_block (row));
  provider = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);

  return provider;
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  GtkWidget *outline = gtk_widget_get_ancestor (row, FY_TYPE_OUTLINE);
  FyOutline *self = FY_OUTLINE (outline);
  guint from, n_blocks, to;
  gboolean after = y > gtk_widget_get_height (row) / 2.0;

  if (!G_VALUE_HOLDS_UINT (value))
    return FALSE;

  if (!fy_outline_compute_move (self, g_value_get_uint (value), row_block (row), after,
                                &from, &n_blocks, &to))
    return FALSE;

  g_signal_emit (self, signals[MOVE_REQUESTED], 0, from, n_blocks, to);
  return TRUE;
}

static GtkWidget *
create_row (FyOutline   *self,
            guint        position,
            const char  *text,
            guint        indent,
            gboolean     is_heading,
            gboolean     draggable)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 8 + 14 * indent);
  gtk_widget_set_margin_end (label, 8);
  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_widget_add_css_class (label, is_heading ? "fy-outline-heading" : "fy-outline-lead");
  if (!is_heading)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_tooltip_text (row, text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data (G_OBJECT (row), "fy-block", GUINT_TO_POINTER (position));

  if (draggable)
    {
      GtkDragSource *source = gtk_drag_source_new ();
      GtkDropTarget *target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);

      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
      g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), row);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

      g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
    }

  return row;
}

static void after_first_paint_cb (GdkFrameClock *clock,
                                  FyOutline     *self);

static void
cancel_deferred (FyOutline *self)
{
  self->rows_deferred = FALSE;
  /* By function: the clock may have dropped its handlers already. */
  if (self->deferred_clock != NULL)
    g_signal_handlers_disconnect_by_func (self->deferred_clock, after_first_paint_cb, self);
  g_clear_object (&self->deferred_clock);
}

/* What an entry shows; rows are kept while their look stays. */
typedef struct
{
  guint     position;
  char     *text;
  guint     indent;
  gboolean  is_heading;
  gboolean  draggable;
  char     *look;
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->text);
  g_free (entry->look);
}

/* The entries of the document as it is now: a pass over the blocks that
 * makes no widget. */
static GArray *
collect_entries (FyOutline *self)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  FyHeadingCounter counter;
  guint current_level = 0;

  g_array_set_clear_func (entries, entry_clear);
  if (self->document == NULL)
    return entries;

  fy_heading_counter_init (&counter, fy_document_get_printed_numbering (self->document));
  for (guint i = 0; i < fy_document_get_n_blocks (self->document); i++)
    {
      FyBlock *block = fy_document_get_block (self->document, i);
      FyBlockRole role = fy_block_get_role (block);
      Entry entry = { i, NULL, 0, FALSE, role != FY_BLOCK_ROLE_TITLE, NULL };

      if (role == FY_BLOCK_ROLE_TITLE)
        {
          g_autofree char *raw = fy_document_dup_block_text (self->document, i);

          entry.text = shorten (raw);
          entry.is_heading = TRUE;
        }
      else if (role == FY_BLOCK_ROLE_HEADING)
        {
          guint level = CLAMP (fy_block_get_level (block), 1, FY_HEADING_MAX_LEVEL);
          g_autofree char *raw = fy_document_dup_block_text (self->document, i);
          g_autofree char *number = fy_heading_counter_next (&counter, level, raw);
          g_autofree char *label = shorten (raw);

          entry.text = g_strconcat (number != NULL ? number : "", label, NULL);
          entry.indent = level - 1;
          current_level = level;
          entry.is_heading = TRUE;
        }
      else if (role == FY_BLOCK_ROLE_PARAGRAPH)
        {
          /* all of the lead, 一是{{单位}}要……。, with the values */
          g_autofree char *lead = fy_document_dup_block_lead (self->document, i);

          if (lead == NULL || *g_strstrip (lead) == '\0')
            continue;
          entry.text = shorten (lead);
          entry.indent = current_level;
        }
      else
        continue;

      if (*entry.text == '\0')
        {
          g_free (entry.text);
          entry.text = g_strdup (_("(empty heading)"));
        }
      entry.look = g_strdup_printf ("%u %d %d %s", entry.indent, entry.is_heading,
                                    entry.draggable, entry.text);
      g_array_append_val (entries, entry);
    }

  return entries;
}

static gboolean
row_looks_like (FyOutline *self,
                guint      row,
                GArray    *entries,
                guint      index)
{
  return g_strcmp0 (g_ptr_array_index (self->looks, row),
                    g_array_index (entries, Entry, index).look) == 0;
}

/* Shows @entries: the rows of the unchanged runs at either end stay (a
 * paste or a new paragraph in the middle of a speech makes only the rows
 * it adds), those in between are made again. */
static void
rebuild (FyOutline *self)
{
  g_autoptr(GArray) entries = NULL;
  guint n_old, n_new, prefix, suffix;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  cancel_deferred (self);

  entries = collect_entries (self);
  n_old = self->rows->len;
  n_new = entries->len;

  for (prefix = 0; prefix < MIN (n_old, n_new); prefix++)
    if (!row_looks_like (self, prefix, entries, prefix))
      break;
  for (suffix = 0; suffix < MIN (n_old, n_new) - prefix; suffix++)
    if (!row_looks_like (self, n_old - 1 - suffix, entries, n_new - 1 - suffix))
      break;

  for (guint i = prefix; i < n_old - suffix; i++)
    gtk_list_box_remove (self->list, g_ptr_array_index (self->rows, i));
  g_ptr_array_remove_range (self->rows, prefix, n_old - suffix - prefix);
  g_ptr_array_remove_range (self->looks, prefix, n_old - suffix - prefix);

  for (guint i = prefix; i < n_new - suffix; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      GtkWidget *row = create_row (self, entry->position, entry->text, entry->indent,
                                   entry->is_heading, entry->draggable);

      g_ptr_array_insert (self->rows, (int)i, row);
      g_ptr_array_insert (self->looks, (int)i, g_strdup (entry->look));
      gtk_list_box_insert (self->list, row, (int)i);
    }

  g_array_set_size (self->entries, 0);
  g_ptr_array_set_size (self->labels, 0);
  for (guint i = 0; i < n_new; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      g_object_set_data (G_OBJECT (g_ptr_array_index (self->rows, i)), "fy-block",
                         GUINT_TO_POINTER (entry->position));
      g_array_append_val (self->entries, entry->position);
      g_ptr_array_add (self->labels, g_strdup (entry->text));
    }
}

/* The rows of a document set while unmapped, when first needed. */
static void
ensure_rows (FyOutline *self)
{
  if (self->rows_deferred)
    rebuild (self);
}

static void
after_first_paint_cb (GdkFrameClock *clock,
                      FyOutline     *self)
{
  ensure_rows (self);
}

static void
fy_outline_map (GtkWidget *widget)
{
  FyOutline *self = FY_OUTLINE (widget);

  GTK_WIDGET_CLASS (fy_outline_parent_class)->map (widget);

  if (self->rows_deferred && self->deferred_clock == NULL)
    {
      self->deferred_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
      g_signal_connect (self->deferred_clock, "after-paint", G_CALLBACK (after_first_paint_cb), self);
    }
}

static gboolean
refresh_timeout_cb (gpointer user_data)
{
  FyOutline *self = user_data;

  self->refresh_source = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (FyOutline  *self,
                     FyDocument *document)
{
  /* After a pause in the typing: a rebuild per keystroke would stall it. */
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_timeout_cb, self);
}

static void
row_activated_cb (FyOutline     *self,
                  GtkListBoxRow *row,
                  GtkListBox    *list)
{
  g_signal_emit (self, signals[BLOCK_ACTIVATED], 0, row_block (GTK_WIDGET (row)));
}

static void
fy_outline_dispose (GObject *object)
{
  FyOutline *self = (FyOutline *)object;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  cancel_deferred (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);

  G_OBJECT_CLASS (fy_outline_parent_class)->dispose (object);
}

static void
fy_outline_finalize (GObject *object)
{
  FyOutline *self = (FyOutline *)object;

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->looks, g_ptr_array_unref);

  G_OBJECT_CLASS (fy_outline_parent_class)->finalize (object);
}

static void
fy_outline_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FyOutline *self = FY_OUTLINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_outline_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FyOutline *self = FY_OUTLINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      fy_outline_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_outline_class_init (FyOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_outline_dispose;
  object_class->finalize = fy_outline_finalize;
  object_class->get_property = fy_outline_get_property;
  object_class->set_property = fy_outline_set_property;

  widget_class->map = fy_outline_map;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         FY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[BLOCK_ACTIVATED] =
    g_signal_new ("block-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[MOVE_REQUESTED] =
    g_signal_new ("move-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "fy-outline");
}

static void
fy_outline_init (FyOutline *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (guint));
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_ptr_array_new ();
  self->looks = g_ptr_array_new_with_free_func (g_free);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->list));
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
fy_outline_new (void)
{
  return g_object_new (FY_TYPE_OUTLINE, NULL);
}

/**
 * fy_outline_get_document:
 * @self: a #FyOutline
 *
 * Returns: (transfer none) (nullable): the document outlined
 */
FyDocument *
fy_outline_get_document (FyOutline *self)
{
  g_return_val_if_fail (FY_IS_OUTLINE (self), NULL);

  return self->document;
}

void
fy_outline_set_document (FyOutline  *self,
                         FyDocument *document)
{
  g_return_if_fail (FY_IS_OUTLINE (self));
  g_return_if_fail (document == NULL || FY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                             G_CONNECT_SWAPPED);

  /* Rows cost about 0.3 ms each (a label, a tooltip, drag controllers):
   * a window opening a long speech shows it first and makes them after. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) && document != NULL)
    self->rows_deferred = TRUE;
  else
    rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * fy_outline_refresh:
 * @self: a #FyOutline
 *
 * Rebuilds the entries now instead of after the usual short delay.
 */
void
fy_outline_refresh (FyOutline *self)
{
  g_return_if_fail (FY_IS_OUTLINE (self));

  rebuild (self);
}

guint
fy_outline_get_n_entries (FyOutline *self)
{
  g_return_val_if_fail (FY_IS_OUTLINE (self), 0);

  ensure_rows (self);
  return self->entries->len;
}

guint
fy_outline_get_entry_block (FyOutline *self,
                            guint      entry)
{
  g_return_val_if_fail (FY_IS_OUTLINE (self), 0);
  ensure_rows (self);
  g_return_val_if_fail (entry < self->entries->len, 0);

  return g_array_index (self->entries, guint, entry);
}

/**
 * fy_outline_dup_entry_label:
 * @self: a #FyOutline
 * @entry: an entry below fy_outline_get_n_entries()
 *
 * Returns: (transfer full): the text shown, heading number included
 */
char *
fy_outline_dup_entry_label (FyOutline *self,
                            guint      entry)
{
  g_return_val_if_fail (FY_IS_OUTLINE (self), NULL);
  ensure_rows (self);
  g_return_val_if_fail (entry < self->labels->len, NULL);

  return g_strdup (g_ptr_array_index (self->labels, entry));
}

/**
 * fy_outline_compute_move:
 * @self: a #FyOutline
 * @dragged_block: the block of the dragged entry
 * @target_block: the block of the entry dropped on
 * @after: dropped on the lower half: after the target's section
 * @from: (out): first block to move
 * @n_blocks: (out): how many
 * @to: (out): destination, as fy_document_move_blocks() counts it
 *
 * Returns: %TRUE if the drop moves anything
 */
gboolean
fy_outline_compute_move (FyOutline *self,
                         guint      dragged_block,
                         guint      target_block,
                         gboolean   after,
                         guint     *from,
                         guint     *n_blocks,
                         guint     *to)
{
  guint n_total, end, dest;

  g_return_val_if_fail (FY_IS_OUTLINE (self), FALSE);

  if (self->document == NULL)
    return FALSE;

  n_total = fy_document_get_n_blocks (self->document);
  if (dragged_block >= n_total || target_block >= n_total)
    return FALSE;

  end = fy_document_get_section_end (self->document, dragged_block);
  dest = after ? fy_document_get_section_end (self->document, target_block) : target_block;

  /* Into itself, or where it already is. */
  if (dest >= dragged_block && dest <= end)
    return FALSE;

  *from = dragged_block;
  *n_blocks = end - dragged_block;
  *to = dest > dragged_block ? dest - *n_blocks : dest;

  return TRUE;
}

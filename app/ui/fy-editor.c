/* fy-editor.c — the text view in which a whole speech is written
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-doc-labels.h"
#include "fy-editor-private.h"

/*
 * One GtkTextView holds the whole speech: each buffer line is one block
 * of the FyDocument.  The paragraph style of each line lives in
 * self->lines (text tags alone cannot carry the style of an empty line,
 * and typed text does not inherit tags at the edge of a range); the bold
 * lead and field references are text tags.
 *
 * The widget's code is split by concern: this file holds the view, its
 * styles, actions and properties; fy-editor-sync.c keeps the buffer and
 * the document model in step; fy-editor-clipboard.c copies and pastes;
 * fy-editor-lint.c underlines proofreading findings; fy-editor-undo.c and
 * fy-editor-search.c do what their names say.
 */

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_STYLE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_CURRENT_BLOCK,
  N_PROPS
};

/* The styles of the menu, named by fy_block_role_dup_style_label(). */
typedef struct
{
  FyBlockRole  role;
  guint        level;
} StyleInfo;

static const StyleInfo styles[] = {
  { FY_BLOCK_ROLE_PARAGRAPH,  0 },
  { FY_BLOCK_ROLE_HEADING,    1 },
  { FY_BLOCK_ROLE_HEADING,    2 },
  { FY_BLOCK_ROLE_HEADING,    3 },
  { FY_BLOCK_ROLE_HEADING,    4 },
  { FY_BLOCK_ROLE_TITLE,      0 },
  { FY_BLOCK_ROLE_SUBTITLE,   0 },
  { FY_BLOCK_ROLE_ISSUE_NUMBER, 0 },
  { FY_BLOCK_ROLE_SPEAKER,    0 },
  { FY_BLOCK_ROLE_SALUTATION, 0 },
  { FY_BLOCK_ROLE_CLOSING,    0 },
  { FY_BLOCK_ROLE_SIGNATURE,  0 },
  { FY_BLOCK_ROLE_DATE_LINE,  0 },
  { FY_BLOCK_ROLE_ATTACHMENT, 0 },
  { FY_BLOCK_ROLE_TABLE,      0 },
};

#define N_STYLES G_N_ELEMENTS (styles)

static GParamSpec *properties[N_PROPS];

enum {
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FyEditor, fy_editor, GTK_TYPE_TEXT_VIEW)

/* Helpers */

static void
line_clear (gpointer data)
{
  FyEditorLine *line = data;

  g_clear_object (&line->block);
  g_clear_pointer (&line->number, g_free);
  g_clear_object (&line->content);
}

GtkTextBuffer *
fy_editor_get_buffer_internal (FyEditor *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
}

void
fy_editor_get_line_bounds (FyEditor    *self,
                           guint        line,
                           GtkTextIter *start,
                           GtkTextIter *end)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);

  gtk_text_buffer_get_iter_at_line (buffer, start, line);
  *end = *start;
  if (!gtk_text_iter_ends_line (end))
    gtk_text_iter_forward_to_line_end (end);
}

/* The range of line @line a style is taken off (@start to @end: the
 * newline too, so that no style is left on it) and put on (@start to
 * @styled_end).  Only an empty line has its style put on its newline,
 * to show it: GTK 4.8 draws a line with the paragraph style of the
 * newline before it once a selection and a tag change touch the lines
 * around (the paragraph under a title drew as a title while find
 * highlighted a match above it). */
static void
get_style_range (FyEditor    *self,
                 guint        line,
                 GtkTextIter *start,
                 GtkTextIter *styled_end,
                 GtkTextIter *end)
{
  fy_editor_get_line_bounds (self, line, start, end);
  *styled_end = *end;
  if (!gtk_text_iter_is_end (end))
    gtk_text_iter_forward_char (end);
  if (gtk_text_iter_equal (start, styled_end))
    *styled_end = *end;
}

/* Centres the date line @line when it stands among the opening lines
 * (first, or after a title, subtitle, speaker, date or issue number):
 * the typesetter's rule (stand_paragraph() in fy-typesetter.c) for a
 * date it sets centred rather than places under the signature. */
static void
restyle_front_date (FyEditor          *self,
                    guint              line,
                    const GtkTextIter *start,
                    const GtkTextIter *styled_end,
                    const GtkTextIter *end)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  FyEditorLine *info = fy_editor_get_line (self, line);
  gboolean front = info->role == FY_BLOCK_ROLE_DATE_LINE &&
                   (line == 0 || fy_block_role_is_front (fy_editor_get_line (self, line - 1)->role));

  gtk_text_buffer_remove_tag (buffer, self->front_date_tag, front ? styled_end : start, end);
  if (front)
    gtk_text_buffer_apply_tag (buffer, self->front_date_tag, start, styled_end);
}

void
fy_editor_restyle_line (FyEditor *self,
                        guint     line)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  FyEditorLine *info = fy_editor_get_line (self, line);
  GtkTextIter start, end;
  guint style = fy_editor_style_for_role (info->role, info->level);
  GtkTextIter styled_end;

  get_style_range (self, line, &start, &styled_end, &end);

  for (guint i = 0; i < N_STYLES; i++)
    if (i != style)
      gtk_text_buffer_remove_tag (buffer, self->style_tags[i], &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->style_tags[style], &styled_end, &end);
  gtk_text_buffer_apply_tag (buffer, self->style_tags[style], &start, &styled_end);
  restyle_front_date (self, line, &start, &styled_end, &end);

  /* A date line under this one is centred or not by this line's style. */
  if (line + 1 < self->lines->len &&
      fy_editor_get_line (self, line + 1)->role == FY_BLOCK_ROLE_DATE_LINE)
    {
      get_style_range (self, line + 1, &start, &styled_end, &end);
      restyle_front_date (self, line + 1, &start, &styled_end, &end);
    }
}

/* Restyles the lines that typing touched since the last restyle (typed
 * text does not take the style tag of the line it goes into). */
void
fy_editor_restyle_touched (FyEditor *self)
{
  guint n_lines = self->lines->len;
  guint end;

  if (self->in_preedit)
    {
      self->restyle_pending = TRUE;
      return;
    }

  self->restyle_pending = FALSE;
  end = self->restyle_tail >= n_lines ? 0 : n_lines - self->restyle_tail;
  for (guint i = self->restyle_head; i < end; i++)
    fy_editor_restyle_line (self, i);
  self->restyle_head = self->restyle_tail = G_MAXUINT;
}

/* Notes that an edit touched lines @first to @last (as they are after
 * it), for the next restyle and sync. */
void
fy_editor_touch_lines (FyEditor *self,
                       guint     first,
                       guint     last)
{
  guint n_lines = self->lines->len;

  last = MIN (last, n_lines - 1);
  first = MIN (first, last);
  self->restyle_head = MIN (self->restyle_head, first);
  self->restyle_tail = MIN (self->restyle_tail, n_lines - 1 - last);
  self->sync_head = MIN (self->sync_head, first);
  self->sync_tail = MIN (self->sync_tail, n_lines - 1 - last);
}

/* Shows the style of the cursor's line: also after typing, which moves
 * the cursor without a "mark-set" (Return starts a body paragraph after
 * a heading). */
void
fy_editor_update_style_from_cursor (FyEditor *self)
{
  guint line = fy_editor_get_current_block (self);
  FyEditorLine *info;
  guint style;

  if (line >= self->lines->len)
    return;

  info = fy_editor_get_line (self, line);
  style = fy_editor_style_for_role (info->role, info->level);
  if (style != self->style)
    {
      self->style = style;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STYLE]);
    }
}

static void
mark_set_cb (FyEditor      *self,
             GtkTextIter   *location,
             GtkTextMark   *mark,
             GtkTextBuffer *buffer)
{
  if (mark != gtk_text_buffer_get_insert (buffer) || self->programmatic)
    return;

  fy_editor_update_style_from_cursor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_BLOCK]);
}

static void
preedit_changed_cb (FyEditor   *self,
                    const char *preedit)
{
  self->in_preedit = preedit != NULL && *preedit != '\0';

  if (!self->in_preedit && self->restyle_pending)
    fy_editor_restyle_touched (self);
}

/* GTK 4.8's text view lays out the lines an edit changed in an idle
 * meant to run before the next frame (GTK_PRIORITY_RESIZE - 2), but
 * GTK 4's frame clock runs a whole frame from a source of priority
 * GDK_PRIORITY_EVENTS + 1: a key handled just before a frame leaves the
 * work to the text view's snapshot, whose new height moves the scroll
 * range while the frame is drawn, and GTK warns "Trying to snapshot
 * GtkGizmo … without a current allocation" (the scrollbar's trough).
 * So an edit moves that idle ahead of the frame.  Queueing an
 * allocation instead would not do: X11 windows skip the layout of a
 * frame while a resize of theirs is pending, and the text view would
 * then be drawn unallocated. */
static void
hasten_line_layout (FyEditor *self)
{
  GSource *source = g_main_context_find_source_by_funcs_user_data (NULL, &g_idle_funcs, self);

  if (source != NULL && g_source_get_priority (source) > G_PRIORITY_DEFAULT &&
      g_strcmp0 (g_source_get_name (source), "[gtk] first_validate_callback") == 0)
    g_source_set_priority (source, G_PRIORITY_DEFAULT);
}

static void
fy_editor_snapshot_layer (GtkTextView      *text_view,
                          GtkTextViewLayer  layer,
                          GtkSnapshot      *snapshot)
{
  FyEditor *self = FY_EDITOR (text_view);
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA color;
  GdkRectangle visible;
  GtkTextIter iter;
  int first, last;

  if (layer != GTK_TEXT_VIEW_LAYER_ABOVE_TEXT)
    return;

  /* Heading numbers are the engine's, never typed: show them in the
   * margin, where they cannot be edited. */
  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_line_at_y (text_view, &iter, visible.y, NULL);
  first = gtk_text_iter_get_line (&iter);
  gtk_text_view_get_line_at_y (text_view, &iter, visible.y + visible.height, NULL);
  last = gtk_text_iter_get_line (&iter);

  layout = gtk_widget_create_pango_layout (widget, NULL);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  color.alpha *= 0.55f;

  for (int i = first; i <= last && i < (int)self->lines->len; i++)
    {
      FyEditorLine *info = fy_editor_get_line (self, i);
      GdkRectangle rect;
      int width, height;

      if (info->number == NULL)
        continue;

      gtk_text_buffer_get_iter_at_line (buffer, &iter, i);
      gtk_text_view_get_iter_location (text_view, &iter, &rect);
      pango_layout_set_text (layout, info->number, -1);
      pango_layout_get_pixel_size (layout, &width, &height);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (MAX (0, rect.x - width - 6),
                                                    rect.y + MAX (0, rect.height - height)));
      gtk_snapshot_append_layout (snapshot, layout, &color);
      gtk_snapshot_restore (snapshot);
    }
}

/* Actions */

static void
set_style_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  fy_editor_set_style (FY_EDITOR (widget), g_variant_get_uint32 (parameter));
}

static void
toggle_lead_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  fy_editor_toggle_lead (FY_EDITOR (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  fy_editor_undo (FY_EDITOR (widget));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  fy_editor_redo (FY_EDITOR (widget));
}

/* Shift+Tab, which GtkTextView types as a tab: the previous cell in a
 * table; elsewhere not handled here. */
static gboolean
back_tab_shortcut (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  FyEditor *self = FY_EDITOR (widget);

  return gtk_text_view_get_editable (GTK_TEXT_VIEW (self)) && fy_editor_table_back_tab (self);
}

/* GObject */

static void
fy_editor_dispose (GObject *object)
{
  FyEditor *self = (FyEditor *)object;

  g_clear_handle_id (&self->sync_source, g_source_remove);
  g_clear_handle_id (&self->group_timeout, g_source_remove);
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_clear_object (&self->document);
    }

  G_OBJECT_CLASS (fy_editor_parent_class)->dispose (object);
}

static void
fy_editor_finalize (GObject *object)
{
  FyEditor *self = (FyEditor *)object;

  fy_editor_undo_finalize (self);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->style_tags, g_free);

  G_OBJECT_CLASS (fy_editor_parent_class)->finalize (object);
}

static void
fy_editor_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FyEditor *self = FY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_STYLE:
      g_value_set_uint (value, self->style);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, fy_editor_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, fy_editor_get_can_redo (self));
      break;

    case PROP_CURRENT_BLOCK:
      g_value_set_uint (value, fy_editor_get_current_block (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_editor_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FyEditor *self = FY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      fy_editor_set_document (self, g_value_get_object (value));
      break;

    case PROP_STYLE:
      fy_editor_set_style (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* GTK keeps the cursor in view after an edit by animating the scroll
 * over 200 ms: a dozen frames, each drawing the whole editor anew, that
 * the next keys wait behind (a paste moves the cursor most of a screen).
 * After an edit at the cursor the view goes there at once, as editors do:
 * GTK has just validated the lines around the cursor and started its
 * animation, which setting the value ends. */
static void
jump_to_cursor (FyEditor *self)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (self);
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self));
  GdkRectangle visible;
  GdkRectangle cursor;
  GtkTextIter iter;
  int delta = 0;

  if (vadjustment == NULL)
    return;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_iter_location (text_view, &iter, &cursor);

  if (cursor.y < visible.y)
    delta = cursor.y - visible.y;
  else if (cursor.y + cursor.height > visible.y + visible.height)
    delta = MIN (cursor.y, cursor.y + cursor.height - visible.height) - visible.y;

  if (delta != 0)
    gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_value (vadjustment) + delta);
}

static void
fy_editor_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  FyEditor *self = FY_EDITOR (widget);

  GTK_WIDGET_CLASS (fy_editor_parent_class)->size_allocate (widget, width, height, baseline);

  if (self->scroll_jump)
    {
      self->scroll_jump = FALSE;
      jump_to_cursor (self);
    }
}

/* Selection by click as Word and WPS make it: three clicks take the
 * paragraph (GTK takes one display line, half a wrapped title), two
 * clicks in a template's guidance take the whole （在此……）, brackets
 * included, so that typing replaces it. */
static gboolean
fy_editor_extend_selection (GtkTextView            *text_view,
                            GtkTextExtendSelection  granularity,
                            const GtkTextIter      *location,
                            GtkTextIter            *start,
                            GtkTextIter            *end)
{
  GtkTextIter line_start = *location;
  GtkTextIter line_end;
  g_autofree char *line = NULL;
  glong from, to;

  gtk_text_iter_set_line_offset (&line_start, 0);
  line_end = line_start;
  if (!gtk_text_iter_ends_line (&line_end))
    gtk_text_iter_forward_to_line_end (&line_end);

  if (granularity == GTK_TEXT_EXTEND_SELECTION_LINE)
    {
      *start = line_start;
      *end = line_end;
      return GDK_EVENT_STOP;
    }

  line = gtk_text_iter_get_slice (&line_start, &line_end);
  if (granularity == GTK_TEXT_EXTEND_SELECTION_WORD &&
      fy_unfinished_find_guidance_at (line, gtk_text_iter_get_line_offset (location), &from, &to))
    {
      *start = line_start;
      gtk_text_iter_set_line_offset (start, from);
      *end = line_start;
      gtk_text_iter_set_line_offset (end, to);
      return GDK_EVENT_STOP;
    }

  return GTK_TEXT_VIEW_CLASS (fy_editor_parent_class)->extend_selection (text_view, granularity, location,
                                                                          start, end);
}

static void
fy_editor_class_init (FyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);
  static const struct {
    guint        key;
    guint        style;
  } style_keys[] = {
    { GDK_KEY_0, 0 },
    { GDK_KEY_1, 1 },
    { GDK_KEY_2, 2 },
    { GDK_KEY_3, 3 },
    { GDK_KEY_4, 4 },
    { GDK_KEY_t, 5 },
  };

  object_class->dispose = fy_editor_dispose;
  object_class->finalize = fy_editor_finalize;
  object_class->get_property = fy_editor_get_property;
  object_class->set_property = fy_editor_set_property;

  widget_class->size_allocate = fy_editor_size_allocate;

  text_view_class->copy_clipboard = fy_editor_copy_clipboard;
  text_view_class->cut_clipboard = fy_editor_cut_clipboard;
  text_view_class->paste_clipboard = fy_editor_paste_clipboard;
  text_view_class->snapshot_layer = fy_editor_snapshot_layer;
  text_view_class->extend_selection = fy_editor_extend_selection;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         FY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STYLE] =
    g_param_spec_uint ("style", NULL, NULL,
                       0, N_STYLES - 1, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CURRENT_BLOCK] =
    g_param_spec_uint ("current-block", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FyEditor::restored:
   *
   * Emitted after Undo or Redo put an earlier state back, the document
   * included.
   */
  signals[RESTORED] =
    g_signal_new ("restored",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "editor.set-style", "u", set_style_action);
  gtk_widget_class_install_action (widget_class, "editor.toggle-lead", NULL, toggle_lead_action);
  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "editor.redo", NULL, redo_action);

  for (guint i = 0; i < G_N_ELEMENTS (style_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, style_keys[i].key, GDK_CONTROL_MASK,
                                         "editor.set-style", "u", style_keys[i].style);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK,
                                       "editor.toggle-lead", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "editor.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK,
                                       "editor.redo", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK,
                                back_tab_shortcut, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Tab, GDK_SHIFT_MASK,
                                back_tab_shortcut, NULL);

  gtk_widget_class_set_css_name (widget_class, "textview");
}

static void
create_tags (FyEditor *self)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GdkRGBA lint_color;

  self->style_tags = g_new0 (GtkTextTag *, N_STYLES);
  for (guint i = 0; i < N_STYLES; i++)
    {
      g_autofree char *name = g_strdup_printf ("style-%u", i);

      /* Chinese text, whatever the locale: fontconfig then draws it in
       * a simplified-Chinese face, not in the first face that claims a
       * character (AR PL UKai claims 䶮 with an empty glyph; a Japanese
       * face draws 直 and 骨 in its own forms). */
      self->style_tags[i] = gtk_text_buffer_create_tag (buffer, name, "language", "zh-cn", NULL);
    }

  /* The look of each style echoes the printed page without copying its
   * fonts, which the preview shows exactly. */
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_PARAGRAPH, 0)],
                "indent", 32, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_HEADING, 1)],
                "weight", PANGO_WEIGHT_BOLD, "family", "sans-serif",
                "indent", 32, "pixels-above-lines", 6, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_HEADING, 2)],
                "weight", PANGO_WEIGHT_BOLD, "indent", 32, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_HEADING, 3)],
                "weight", PANGO_WEIGHT_SEMIBOLD, "indent", 32, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_HEADING, 4)],
                "weight", PANGO_WEIGHT_SEMIBOLD, "indent", 32, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_TITLE, 0)],
                "weight", PANGO_WEIGHT_BOLD, "scale", 1.5,
                "justification", GTK_JUSTIFY_CENTER,
                "pixels-above-lines", 12, "pixels-below-lines", 12, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_SUBTITLE, 0)],
                "scale", 1.1, "justification", GTK_JUSTIFY_CENTER, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_ISSUE_NUMBER, 0)],
                "justification", GTK_JUSTIFY_CENTER, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_SPEAKER, 0)],
                "justification", GTK_JUSTIFY_CENTER, "pixels-below-lines", 12, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_CLOSING, 0)],
                "indent", 32, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_SIGNATURE, 0)],
                "justification", GTK_JUSTIFY_RIGHT, "right-margin", 32, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_DATE_LINE, 0)],
                "justification", GTK_JUSTIFY_RIGHT, "right-margin", 32, NULL);
  /* A date line under the title or the speaker prints centred; only a
   * closing date (落款) goes right, as the typesetter places it. */
  self->front_date_tag = gtk_text_buffer_create_tag (buffer, "front-date",
                                                     "justification", GTK_JUSTIFY_CENTER,
                                                     "right-margin", 0, NULL);
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_ATTACHMENT, 0)],
                "indent", 32, NULL);
  /* Pipe rows in a fixed-width face, so that short cells line up. */
  g_object_set (self->style_tags[fy_editor_style_for_role (FY_BLOCK_ROLE_TABLE, 0)],
                "family", "monospace", "paragraph-background", "#f6f5f4", NULL);

  self->lead_tag = gtk_text_buffer_create_tag (buffer, "lead",
                                               "weight", PANGO_WEIGHT_BOLD,
                                               NULL);
  self->emphasis_tag = gtk_text_buffer_create_tag (buffer, "emphasis",
                                                   "weight", PANGO_WEIGHT_BOLD,
                                                   NULL);
  /* Markup the import kept (`![`, `](a.png)`, `:::`) is shown, small and
   * grey, so that it is not lost, and is not printed. */
  self->markup_tag = gtk_text_buffer_create_tag (buffer, "markup",
                                                 "foreground", "#77767b",
                                                 "scale", 0.8,
                                                 NULL);
  self->field_tag = gtk_text_buffer_create_tag (buffer, "field",
                                                "background", "#dbe8fa",
                                                "foreground", "#1a4d8f",
                                                NULL);
  self->unset_field_tag = gtk_text_buffer_create_tag (buffer, "unset-field",
                                                      "background", "#fbe3c4",
                                                      "foreground", "#8a4b00",
                                                      "style", PANGO_STYLE_ITALIC,
                                                      NULL);
  self->match_tag = gtk_text_buffer_create_tag (buffer, "search-match",
                                                "background", "#f8e45c",
                                                NULL);
  /* Higher priority than the chip colours. */
  gtk_text_tag_set_priority (self->unset_field_tag,
                             gtk_text_tag_table_get_size (gtk_text_buffer_get_tag_table (buffer)) - 2);
  /* Proofreading underlines; not content (see fy-editor-undo.c). */
  gdk_rgba_parse (&lint_color, "#e01b24");
  self->lint_tag = gtk_text_buffer_create_tag (buffer, "lint",
                                               "underline", PANGO_UNDERLINE_ERROR,
                                               "underline-rgba", &lint_color,
                                               NULL);
  gdk_rgba_parse (&lint_color, "#1c71d8");
  self->lint_info_tag = gtk_text_buffer_create_tag (buffer, "lint-info",
                                                    "underline", PANGO_UNDERLINE_SINGLE,
                                                    "underline-rgba", &lint_color,
                                                    NULL);
}

static void
fy_editor_init (FyEditor *self)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  FyEditorLine empty = { NULL, FY_BLOCK_ROLE_PARAGRAPH, 0, NULL, NULL, 0 };

  self->sync_head = self->sync_tail = G_MAXUINT;
  self->restyle_head = self->restyle_tail = G_MAXUINT;
  self->lines = g_array_new (FALSE, TRUE, sizeof (FyEditorLine));
  g_array_set_clear_func (self->lines, line_clear);
  g_array_append_val (self->lines, empty);

  /* Our own undo covers style changes and outline moves as well as
   * typing, which GtkTextBuffer's history cannot. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  fy_editor_undo_init (self);

  create_tags (self);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), 64);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self), 24);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self), 18);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self), 48);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (self), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "fy-editor");

  fy_editor_sync_init (self);
  g_signal_connect_object (buffer, "mark-set", G_CALLBACK (mark_set_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect (self, "preedit-changed", G_CALLBACK (preedit_changed_cb), NULL);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (hasten_line_layout), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

/* Public API */

guint
fy_editor_get_n_styles (void)
{
  return N_STYLES;
}

/**
 * fy_editor_dup_style_label:
 * @style: a style index below fy_editor_get_n_styles()
 *
 * Returns: (transfer full): the translated name of the paragraph style,
 *   as fy_block_role_dup_style_label() gives it
 */
char *
fy_editor_dup_style_label (guint style)
{
  g_return_val_if_fail (style < N_STYLES, NULL);

  return fy_block_role_dup_style_label (styles[style].role, styles[style].level);
}

guint
fy_editor_style_for_role (FyBlockRole role,
                          guint       level)
{
  for (guint i = 0; i < N_STYLES; i++)
    if (styles[i].role == role &&
        (role != FY_BLOCK_ROLE_HEADING || styles[i].level == CLAMP (level, 1, FY_HEADING_MAX_LEVEL)))
      return i;

  return 0;
}

/* See fy-editor-private.h. */
void
fy_editor_emit_restored (FyEditor *self)
{
  g_signal_emit (self, signals[RESTORED], 0);
}

GtkWidget *
fy_editor_new (void)
{
  return g_object_new (FY_TYPE_EDITOR, NULL);
}

/**
 * fy_editor_get_document:
 * @self: a #FyEditor
 *
 * Returns: (transfer none) (nullable): the document being edited
 */
FyDocument *
fy_editor_get_document (FyEditor *self)
{
  g_return_val_if_fail (FY_IS_EDITOR (self), NULL);

  return self->document;
}

/**
 * fy_editor_set_document:
 * @self: a #FyEditor
 * @document: (nullable): the document to edit
 *
 * Shows @document; the undo history starts afresh.
 */
void
fy_editor_set_document (FyEditor   *self,
                        FyDocument *document)
{
  g_return_if_fail (FY_IS_EDITOR (self));
  g_return_if_fail (document == NULL || FY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    {
      fy_editor_sync_to_model (self);
      g_signal_handlers_disconnect_by_data (self->document, self);
    }

  g_set_object (&self->document, document);

  if (document != NULL)
    fy_editor_sync_connect_document (self, document);

  fy_editor_rebuild_buffer (self);
  fy_editor_clear_undo (self);
  fy_editor_undo_connect_document (self, document);
  fy_editor_update_style_from_cursor (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * fy_editor_get_current_block:
 * @self: a #FyEditor
 *
 * Returns: the position of the block (paragraph) holding the cursor
 */
guint
fy_editor_get_current_block (FyEditor *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_return_val_if_fail (FY_IS_EDITOR (self), 0);

  buffer = fy_editor_get_buffer_internal (self);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));

  return gtk_text_iter_get_line (&iter);
}

/**
 * fy_editor_jump_to_block:
 * @self: a #FyEditor
 * @position: a block position
 * @char_offset: a character offset in the block's text
 *
 * Moves the cursor there and scrolls it into view.
 */
void
fy_editor_jump_to_block (FyEditor *self,
                         guint     position,
                         guint     char_offset)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_return_if_fail (FY_IS_EDITOR (self));

  buffer = fy_editor_get_buffer_internal (self);
  if (position >= self->lines->len)
    position = self->lines->len - 1;

  gtk_text_buffer_get_iter_at_line (buffer, &iter, position);
  if (char_offset > 0)
    {
      GtkTextIter end = iter;

      if (!gtk_text_iter_ends_line (&end))
        gtk_text_iter_forward_to_line_end (&end);
      char_offset = MIN (char_offset, (guint)gtk_text_iter_get_line_offset (&end));
      gtk_text_iter_set_line_offset (&iter, char_offset);
    }

  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer),
                                0.1, TRUE, 0.0, 0.2);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

guint
fy_editor_get_style (FyEditor *self)
{
  g_return_val_if_fail (FY_IS_EDITOR (self), 0);

  return self->style;
}

/* A 发文字号 marked under the title of a 决定 or 通知 goes above the
 * title at once, where the typesetter prints it and the loader would put
 * it (fy_doc_place_document_number()), in the style change's undo step;
 * the cursor stays in its text: in the number, or in the line it was in
 * when several lines were restyled (it went to the document's start). */
static void
place_document_number (FyEditor *self)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter iter;
  guint under;
  guint line;
  int offset;

  if (self->document == NULL)
    return;
  fy_editor_flush (self);
  under = fy_doc_count_under_document_number (self->document, FALSE);
  if (under == 0)
    return;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  line = gtk_text_iter_get_line (&iter);
  offset = gtk_text_iter_get_line_offset (&iter);
  fy_editor_extend_undo_step (self);
  fy_doc_place_document_number (self->document);
  /* the number (line @under) went to the top, the title's lines down one */
  line = line == under ? 0 : line < under ? line + 1 : line;
  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, line, offset);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

/**
 * fy_editor_set_style:
 * @self: a #FyEditor
 * @style: a style index, see fy_editor_get_n_styles()
 *
 * Gives the paragraphs of the selection (or the cursor's) that style, as
 * one undo step.
 */
void
fy_editor_set_style (FyEditor *self,
                     guint     style)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  guint first, last;
  gboolean changed = FALSE;

  g_return_if_fail (FY_IS_EDITOR (self));
  g_return_if_fail (style < N_STYLES);

  buffer = fy_editor_get_buffer_internal (self);
  /* In the empty row under a table, the style is for a paragraph after
   * it, not for the whole table. */
  if (styles[style].role != FY_BLOCK_ROLE_TABLE)
    changed = fy_editor_table_leave_empty_row (self);
  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  first = gtk_text_iter_get_line (&start);
  last = gtk_text_iter_get_line (&end);

  for (guint i = first; i <= last; i++)
    {
      FyEditorLine *info = fy_editor_get_line (self, i);

      if (fy_editor_style_for_role (info->role, info->level) == style)
        continue;

      if (!changed)
        fy_editor_push_undo_step (self);
      changed = TRUE;

      /* The lines become one table, their tabs its cells. */
      if (styles[style].role == FY_BLOCK_ROLE_TABLE)
        {
          fy_editor_table_make (self, first, last);
          break;
        }

      info->role = styles[style].role;
      info->level = styles[style].level;
      fy_editor_forget_line_content (self, i, i);
      fy_editor_restyle_line (self, i);
    }

  if (changed)
    {
      fy_editor_queue_sync (self);
      fy_editor_update_numbers (self);
      if (styles[style].role == FY_BLOCK_ROLE_ISSUE_NUMBER)
        place_document_number (self);
    }

  if (self->style != style)
    {
      self->style = style;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STYLE]);
    }
}

static gboolean
is_sentence_end (gunichar c)
{
  return c == 0x3002 /* 。 */ || c == 0xFF01 /* ！ */ || c == 0xFF1F /* ？ */ ||
         c == 0xFF1B /* ； */ || c == 0xFF1A /* ： */ || c == '!' || c == '?';
}

/* Where the first sentence of the paragraph from @line_start ends. */
static GtkTextIter
find_first_sentence_end (const GtkTextIter *line_start)
{
  GtkTextIter end = *line_start;

  while (!gtk_text_iter_ends_line (&end))
    {
      gunichar c = gtk_text_iter_get_char (&end);

      gtk_text_iter_forward_char (&end);
      if (is_sentence_end (c))
        break;
    }

  return end;
}

/**
 * fy_editor_toggle_lead:
 * @self: a #FyEditor
 *
 * Makes the opening of the current paragraph its bold lead sentence: up to
 * the end of the selection, or else, with the cursor in it, its first
 * sentence.  If the paragraph has a lead already, the lead is removed, or
 * with a selection that goes on from it, extended to the selection's end.
 *
 * Bold is only a body paragraph's opening (“一是……。”): with the cursor
 * past the first sentence, or in a title or heading, nothing changes (a
 * bell, and no undo step), as Ctrl+B with no selection changes nothing
 * visible in GNOME's editors.  It made a sentence the cursor was not in
 * bold (session 21's new user), and in a title, already bold on screen,
 * an undo step that seemed to do nothing while the print changed.
 */
void
fy_editor_toggle_lead (FyEditor *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter line_start, line_end, sel_start, sel_end, iter;
  GtkTextIter lead_end;
  gboolean selected;
  guint line;

  g_return_if_fail (FY_IS_EDITOR (self));

  buffer = fy_editor_get_buffer_internal (self);
  selected = gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end);
  line = gtk_text_iter_get_line (&sel_start);
  fy_editor_get_line_bounds (self, line, &line_start, &line_end);
  lead_end = find_first_sentence_end (&line_start);

  if (gtk_text_iter_equal (&line_start, &line_end) ||
      fy_editor_get_line (self, line)->role != FY_BLOCK_ROLE_PARAGRAPH)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  /* Already has one: remove it, unless the selection goes on from it (the
   * 。 a pasted “**一是加强领导**。” left out): then it grows to the
   * selection's end, as Ctrl+B on those words makes them bold. */
  iter = line_start;
  if (gtk_text_iter_has_tag (&iter, self->lead_tag) ||
      (gtk_text_iter_forward_to_tag_toggle (&iter, self->lead_tag) &&
       gtk_text_iter_compare (&iter, &line_end) < 0))
    {
      gboolean grows = FALSE;

      if (selected && gtk_text_iter_has_tag (&line_start, self->lead_tag) &&
          gtk_text_iter_get_line (&sel_end) == line)
        {
          iter = line_start;
          gtk_text_iter_forward_to_tag_toggle (&iter, self->lead_tag);
          grows = gtk_text_iter_compare (&sel_start, &iter) <= 0 && gtk_text_iter_compare (&sel_end, &iter) > 0;
        }
      fy_editor_push_undo_step (self);
      if (grows)
        gtk_text_buffer_apply_tag (buffer, self->lead_tag, &line_start, &sel_end);
      else
        gtk_text_buffer_remove_tag (buffer, self->lead_tag, &line_start, &line_end);
      fy_editor_queue_sync (self);
      return;
    }

  if (selected && gtk_text_iter_get_line (&sel_end) == line)
    lead_end = sel_end;
  else if (!selected && gtk_text_iter_compare (&sel_start, &lead_end) > 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  fy_editor_push_undo_step (self);
  gtk_text_buffer_apply_tag (buffer, self->lead_tag, &line_start, &lead_end);
  fy_editor_queue_sync (self);
}

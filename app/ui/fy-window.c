/* fy-window.c — a Fayan main window: one document
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "fy-font-report.h"
#include "fy-preferences-window.h"
#include "fy-preview.h"
#include "fy-recovery.h"
#include "fy-tooltip.h"
#include "fy-welcome.h"
#include "fy-window-private.h"

/*
 * The window shows one FyDocument in four views that all follow the
 * model: the outline and the fields panel (left), the editor (middle) and
 * the live preview (right), with the status line below.  Its code is
 * split by concern: fy-window-actions.c (the win.* actions),
 * fy-window-files.c (open, save, autosave, close) and this file (views,
 * status line).
 */


G_DEFINE_FINAL_TYPE (FyWindow, fy_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_AUTOMATIC_NUMBERING,
  PROP_STYLE_PRESET,
  PROP_PAGE_NUMBERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Messages */

void
fy_window_show_error (FyWindow     *self,
                      const GError *error)
{
  /* Toast titles are Pango markup in libadwaita 1.2; messages name files
   * (“R&D.fayan”) and carry text from documents. */
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
fy_window_show_message (FyWindow   *self,
                        const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* Title and status line */

void
fy_window_update_title (FyWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->file != NULL)
    {
      name = fy_file_dup_display_name (self->file);
      subtitle = fy_file_dup_display_folder (self->file);
    }
  else if (self->document != NULL)
    {
      name = fy_document_dup_display_title (self->document);
      if (*name == '\0')
        g_clear_pointer (&name, g_free);
      subtitle = g_strdup (_("Not saved yet"));
    }

  if (name == NULL)
    name = g_strdup (self->document != NULL ? _("Untitled Speech") : _("Fayan"));

  /* A bullet marks unsaved changes, as in GNOME's editors. */
  title = self->modified ? g_strdup_printf ("• %s", name) : g_strdup (name);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");

  {
    g_autofree char *window_title = g_strdup_printf ("%s — %s", title, _("Fayan"));

    gtk_window_set_title (GTK_WINDOW (self), window_title);
  }
}

static GtkWidget *
create_issue_row (const char *text,
                  int         block)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data (G_OBJECT (row), "fy-block", GINT_TO_POINTER (block));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), block >= 0);

  return row;
}

static void
issue_row_activated_cb (FyWindow      *self,
                        GtkListBoxRow *row,
                        GtkListBox    *list)
{
  int block = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "fy-block"));

  if (block >= 0)
    fy_editor_jump_to_block (self->editor, block, 0);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Font substitutions and missing glyphs come from the layout on screen.
 * Every layout (one per pause in the typing) reports them again, mostly
 * the same: the list and the button (whose label GTK 4.8 makes anew at
 * every call) are touched only when the report differs. */
static void
update_font_status (FyWindow *self)
{
  FyLayout *layout = fy_window_get_layout (self);
  const FyLayoutWarning *warnings = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (int));
  GString *report = g_string_new (NULL);
  guint n_warnings = 0;

  if (layout != NULL)
    warnings = fy_layout_get_warnings (layout, &n_warnings);

  for (guint i = 0; i < n_warnings; i++)
    {
      char *line;

      if (!fy_font_report_is_font_warning (&warnings[i]) &&
          warnings[i].kind != FY_LAYOUT_WARNING_MISSING_GLYPH)
        continue;

      /* per character: the page too */
      line = fy_font_report_dup_line (layout, &warnings[i]);
      g_ptr_array_add (lines, line);
      g_array_append_val (blocks, warnings[i].block_index);
      g_string_append_printf (report, "%d %s\n", warnings[i].block_index, line);
    }

  if (g_strcmp0 (self->font_report, report->str) == 0)
    {
      g_string_free (report, TRUE);
      return;
    }
  g_free (self->font_report);
  self->font_report = g_string_free (report, FALSE);

  clear_list (self->fonts_list);
  for (guint i = 0; i < lines->len; i++)
    gtk_list_box_append (self->fonts_list,
                         create_issue_row (g_ptr_array_index (lines, i),
                                           g_array_index (blocks, int, i)));

  if (lines->len > 0)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u font substitution",
                                                             "%u font substitutions",
                                                             lines->len),
                                                lines->len);

      gtk_menu_button_set_label (self->fonts_button, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->fonts_button), lines->len > 0);
}

/**
 * fy_window_show_counts: (skip)
 * @n_chars: characters of the document, spaces not counted
 * @n_no_punct: of which not punctuation
 *
 * Shows the counts and the speaking time in the status line.  While
 * typing they come from the proofreading worker, which counts the same
 * copy it checks: counting a 70-page speech is a pass over all its text.
 */
void
fy_window_show_counts (FyWindow *self,
                       guint     n_chars,
                       guint     n_no_punct)
{
  guint rate, limit, seconds;
  g_autofree char *count = NULL;
  g_autofree char *time = NULL;

  if (self->document == NULL)
    {
      gtk_label_set_text (self->count_label, "");
      gtk_label_set_text (self->time_label, "");
      return;
    }

  count = g_strdup_printf (_("%1$u characters (%2$u without punctuation)"), n_chars, n_no_punct);
  gtk_label_set_text (self->count_label, count);

  /* Speeches are timed by the characters read aloud: punctuation is
   * pauses, not words. */
  rate = MAX (1, g_settings_get_uint (self->settings, "speaking-rate"));
  seconds = (guint)ceil (n_no_punct * 60.0 / rate);
  limit = fy_document_get_time_limit (self->document);

  if (limit > 0)
    time = g_strdup_printf (_("About %1$u min %2$02u s of %3$u min at %4$u characters a minute"),
                            seconds / 60, seconds % 60, limit, rate);
  else
    time = g_strdup_printf (_("About %1$u min %2$02u s at %3$u characters a minute"),
                            seconds / 60, seconds % 60, rate);
  gtk_label_set_text (self->time_label, time);

  if (limit > 0 && seconds > limit * 60)
    gtk_widget_add_css_class (GTK_WIDGET (self->time_label), "fy-over-time");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->time_label), "fy-over-time");
}

/* Counts on the main thread: on opening and when asked for at once. */
static void
update_status (FyWindow *self)
{
  guint n_chars = 0, n_no_punct = 0;

  if (self->document != NULL)
    fy_document_count_characters (self->document, &n_chars, &n_no_punct);
  fy_window_show_counts (self, n_chars, n_no_punct);
}

static void
document_changed_cb (FyWindow   *self,
                     FyDocument *document)
{
  /* Proofreading (and with it the counts) waits for a pause in the
   * typing. */
  fy_window_queue_lint (self);

  fy_window_document_changed (self);
  /* An unsaved speech is named by its title, as typed. */
  if (self->file == NULL)
    fy_window_update_title (self);
}

/**
 * fy_window_dup_status_text:
 * @self: a #FyWindow
 *
 * Returns: (transfer full): the text of the status line, for tests
 */
char *
fy_window_dup_status_text (FyWindow *self)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), NULL);

  update_status (self);
  fy_window_update_lint_now (self);

  return g_strdup_printf ("%s | %s | %u",
                          gtk_label_get_text (self->count_label),
                          gtk_label_get_text (self->time_label),
                          self->n_lint_findings);
}

/**
 * fy_window_get_over_time:
 * @self: a #FyWindow
 *
 * Returns: %TRUE if the status line shows the speaking time highlighted,
 *   over the document's time limit
 */
gboolean
fy_window_get_over_time (FyWindow *self)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), FALSE);

  return gtk_widget_has_css_class (GTK_WIDGET (self->time_label), "fy-over-time");
}

/* The preview */

/**
 * fy_window_get_layout: (skip)
 *
 * Returns: (transfer none) (nullable): the layout the preview shows
 */
FyLayout *
fy_window_get_layout (FyWindow *self)
{
  if (self->preview == NULL)
    return NULL;

  return fy_preview_get_layout (FY_PREVIEW (self->preview));
}

static void
preview_layout_cb (FyWindow   *self,
                   GParamSpec *pspec,
                   FyPreview  *preview)
{
  update_font_status (self);
}

static void
preview_position_cb (FyWindow  *self,
                     guint      block_index,
                     guint      char_offset,
                     FyPreview *preview)
{
  fy_editor_flush (self->editor);
  fy_editor_jump_to_block (self->editor, block_index, char_offset);
}

static void
editor_cursor_cb (FyWindow   *self,
                  GParamSpec *pspec,
                  FyEditor   *editor)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter iter;

  if (self->preview == NULL)
    return;

  /* The page under the cursor stays in view. */
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  fy_preview_scroll_to_position (FY_PREVIEW (self->preview),
                                 gtk_text_iter_get_line (&iter),
                                 gtk_text_iter_get_line_offset (&iter));
}

static void
create_preview (FyWindow *self)
{
  self->preview = fy_preview_new ();
  adw_bin_set_child (self->preview_bin, self->preview);

  g_signal_connect_object (self->preview, "notify::layout",
                           G_CALLBACK (preview_layout_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preview, "position-activated",
                           G_CALLBACK (preview_position_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "notify::current-block",
                           G_CALLBACK (editor_cursor_cb), self, G_CONNECT_SWAPPED);
}

/* Views */

static void
outline_activated_cb (FyWindow  *self,
                      guint      position,
                      FyOutline *outline)
{
  fy_editor_jump_to_block (self->editor, position, 0);
}

static void
outline_move_cb (FyWindow  *self,
                 guint      from,
                 guint      n_blocks,
                 guint      to,
                 FyOutline *outline)
{
  if (self->document == NULL)
    return;

  /* The model must hold everything typed before it is rearranged. */
  fy_editor_flush (self->editor);
  fy_document_move_blocks (self->document, from, n_blocks, to);
  fy_editor_jump_to_block (self->editor, to, 0);
}

/**
 * fy_window_update_match_count:
 * @self: a #FyWindow
 *
 * Shows beside the find entry which match is selected of how many
 * (“3 / 7”), “No matches”, or nothing when there is nothing to find.
 */
void
fy_window_update_match_count (FyWindow *self)
{
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *text = NULL;
  guint current = 0;
  guint n = fy_editor_count_matches (self->editor, needle, &current);

  if (*needle == '\0')
    text = g_strdup ("");
  else if (n == 0)
    text = g_strdup (_("No matches"));
  else if (current == 0)
    /* Translators: the number of matches of the text looked for */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", n), n);
  else
    /* Translators: the selected match of how many: “3 / 7” */
    text = g_strdup_printf (_("%1$u / %2$u"), current, n);
  gtk_label_set_label (self->match_label, text);
}

static void
search_changed_cb (FyWindow       *self,
                   GtkSearchEntry *entry)
{
  fy_editor_find (self->editor, gtk_editable_get_text (GTK_EDITABLE (entry)), FALSE);
  fy_window_update_match_count (self);
}

static void
search_activate_cb (FyWindow       *self,
                    GtkSearchEntry *entry)
{
  fy_editor_find (self->editor, gtk_editable_get_text (GTK_EDITABLE (entry)), FALSE);
  fy_window_update_match_count (self);
}

/* Escape in 替换为 closes the bar as it does in 查找 (GtkSearchBar only
 * watches the entry it is connected to). */
static gboolean
replace_escape_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   data)
{
  FyWindow *self = FY_WINDOW (data);

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  return TRUE;
}

static void
search_mode_cb (FyWindow     *self,
                GParamSpec   *pspec,
                GtkSearchBar *bar)
{
  if (!gtk_search_bar_get_search_mode (bar))
    {
      fy_editor_clear_search (self->editor);
      gtk_widget_grab_focus (GTK_WIDGET (self->editor));
    }
}

static void
speaking_rate_changed_cb (FyWindow   *self,
                          const char *key,
                          GSettings  *settings)
{
  update_status (self);
}

/* Without a speech the window welcomes: recent speeches, templates. */
static void
show_page (FyWindow *self)
{
  /* What acts on the speech: nothing to act on before one is open (审阅
   * 修改稿 on the welcome screen compared a colleague's file with none). */
  const char * const document_actions[] = {
    "win.save", "win.save-as", "win.export-pdf", "win.print", "win.toggle-sidebar",
    "win.save-as-template", "win.export-png", "win.export-docx", "win.export-markdown",
    "win.export-text", "win.automatic-numbering", "win.style-preset", "win.page-numbers", "win.review-file",
    "win.save-version", "win.versions", "win.find", "win.replace", "win.toggle-lead",
    "win.insert-table", "win.insert-field",
  };
  gboolean has_document = self->document != NULL;

  gtk_stack_set_visible_child_name (self->main_stack, has_document ? "editor" : "welcome");
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_button), has_document);
  for (guint i = 0; i < G_N_ELEMENTS (document_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), document_actions[i], has_document);
}

/* The scrolled window inside @widget, or %NULL. */
static GtkScrolledWindow *
find_scrolled (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    return GTK_SCROLLED_WINDOW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_scrolled (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* GTK 4.8's drop-down opens its list where it was last scrolled: after
 * a style far down the list (结束语, 署名), the next click where 标题
 * stood set 结束语 (session 23).  The list opens at its top, each style
 * where it always is. */
static void
style_list_show_cb (GtkWidget *popover)
{
  GtkScrolledWindow *scrolled = find_scrolled (popover);

  if (scrolled != NULL)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), 0);
}

/* Focus after a popover */

static gboolean
is_inside (GtkWidget *widget,
           GtkWidget *ancestor)
{
  return widget != NULL && (widget == ancestor || gtk_widget_is_ancestor (widget, ancestor));
}

static gboolean
return_focus_cb (gpointer user_data)
{
  g_autoptr(GtkPopover) popover = user_data;
  GtkWidget *owner = gtk_widget_get_parent (GTK_WIDGET (popover));
  FyWindow *self = FY_WINDOW (gtk_widget_get_root (GTK_WIDGET (popover)));
  GtkWidget *focus;

  if (self == NULL || self->document == NULL || owner == NULL)
    return G_SOURCE_REMOVE;

  /* Only where the popover left it: a menu item that put the focus
   * somewhere (the search entry, a dialog) keeps it there. */
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus == NULL || is_inside (focus, owner) || is_inside (focus, GTK_WIDGET (popover)))
    gtk_widget_grab_focus (GTK_WIDGET (self->editor));

  return G_SOURCE_REMOVE;
}

static void
popover_closed_cb (GtkPopover *popover)
{
  /* After GTK has put the focus back on the popover's button. */
  g_idle_add (return_focus_cb, g_object_ref (popover));
}

/* Menus and pickers of the header and status bars give the keyboard back
 * to the text when they close, so typing goes on where it was. */
static void
connect_popovers (FyWindow  *self,
                  GtkWidget *widget)
{
  if (widget == self->sidebar)
    return;

  if (GTK_IS_POPOVER (widget))
    g_signal_connect (widget, "closed", G_CALLBACK (popover_closed_cb), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    connect_popovers (self, child);
}

/* GObject */

/* The divider between editor and preview.  The editor keeps the width
 * the user dragged it to (or the last window left) while there is room,
 * and gets it back when a window squeezed small grows again; the preview,
 * whose pages fit its width, keeps at least PREVIEW_MIN_SHARE of the
 * room, so a wide window shows big pages. */
#define PREVIEW_MIN_SHARE 0.4

static gboolean
place_divider_cb (gpointer user_data)
{
  FyWindow *self = user_data;
  GtkPaned *paned = self->inner_paned;
  int total = gtk_widget_get_width (GTK_WIDGET (paned));
  int target, minimum, maximum;

  self->divider_source = 0;
  if (total <= 0)
    return G_SOURCE_REMOVE;

  g_object_get (paned, "min-position", &minimum, "max-position", &maximum, NULL);
  target = MIN (self->editor_width, (int) (total * (1.0 - PREVIEW_MIN_SHARE)));
  target = CLAMP (target, minimum, MAX (minimum, maximum));
  if (target != gtk_paned_get_position (paned))
    {
      self->placing_divider = TRUE;
      gtk_paned_set_position (paned, target);
      self->placing_divider = FALSE;
    }

  return G_SOURCE_REMOVE;
}

/* The room changed (the window or the outline): place the divider once
 * the new sizes are known. */
static void
divider_room_changed_cb (FyWindow *self)
{
  if (self->divider_source == 0)
    self->divider_source = g_idle_add (place_divider_cb, self);
}

static void
divider_moved_cb (FyWindow *self)
{
  GtkPaned *paned = self->inner_paned;
  int position = gtk_paned_get_position (paned);
  int minimum, maximum;

  if (self->placing_divider)
    return;

  /* GTK squeezing the editor into a narrower window is no choice of
   * the user's: the width wanted stays for when there is room again. */
  g_object_get (paned, "min-position", &minimum, "max-position", &maximum, NULL);
  if ((position >= maximum && position < self->editor_width) ||
      (position <= minimum && position > self->editor_width))
    return;

  self->editor_width = position;
  g_settings_set_int (self->settings, "preview-position", position);
}

static void
init_divider (FyWindow *self)
{
  self->editor_width = g_settings_get_int (self->settings, "preview-position");
  self->placing_divider = TRUE;
  gtk_paned_set_position (self->inner_paned, self->editor_width);
  self->placing_divider = FALSE;
  g_signal_connect_object (self->inner_paned, "notify::position",
                           G_CALLBACK (divider_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->inner_paned, "notify::max-position",
                           G_CALLBACK (divider_room_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
fy_window_dispose (GObject *object)
{
  FyWindow *self = (FyWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->divider_source, g_source_remove);
  fy_window_dispose_lint (self);
  fy_window_dispose_files (self);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_WINDOW);

  G_OBJECT_CLASS (fy_window_parent_class)->dispose (object);
}

static void
fy_window_finalize (GObject *object)
{
  FyWindow *self = (FyWindow *)object;

  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->recovery_id, g_free);
  g_clear_pointer (&self->disk_etag, g_free);
  g_clear_object (&self->import_folder);
  g_clear_object (&self->failed_save);
  g_clear_pointer (&self->font_report, g_free);
  g_clear_pointer (&self->saved_data, g_free);

  G_OBJECT_CLASS (fy_window_parent_class)->finalize (object);
}

static void
fy_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FyWindow *self = FY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_AUTOMATIC_NUMBERING:
      g_value_set_boolean (value, self->document == NULL ||
                                  fy_document_get_numbering (self->document) == FY_NUMBERING_AUTO);
      break;

    case PROP_STYLE_PRESET:
      g_value_set_string (value, self->document != NULL ? fy_document_get_style_preset (self->document)
                                                        : FY_DEFAULT_STYLE_PRESET);
      break;

    case PROP_PAGE_NUMBERS:
      g_value_set_boolean (value, self->document == NULL || fy_document_get_page_numbers (self->document));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FyWindow *self = FY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      fy_window_set_document (self, g_value_get_object (value));
      break;

    case PROP_AUTOMATIC_NUMBERING:
      /* The document's own setting: saved with it, and the preview,
       * outline and editor follow its notify::numbering.  "As written"
       * is the CLI's --numbering rule: the ordinals an import took out of
       * the headings come back into their text (an undoable edit), so
       * switching never drops a number the author typed. */
      if (self->document == NULL ||
          g_value_get_boolean (value) == (fy_document_get_numbering (self->document) == FY_NUMBERING_AUTO))
        break;
      /* An edit like any other: Undo switches back, with the text. */
      fy_editor_begin_model_edit (self->editor);
      if (g_value_get_boolean (value))
        fy_document_set_numbering (self->document, FY_NUMBERING_AUTO);
      else
        fy_import_keep_own_numbers (self->document);
      break;

    case PROP_STYLE_PRESET:
      /* The speech's own page format (版式), saved with it; an edit that
       * Undo takes back.  The preview follows the document's change. */
      if (self->document == NULL || g_value_get_string (value) == NULL ||
          g_strcmp0 (g_value_get_string (value), fy_document_get_style_preset (self->document)) == 0)
        break;
      fy_editor_begin_model_edit (self->editor);
      fy_document_set_style_preset (self->document, g_value_get_string (value));
      break;

    case PROP_PAGE_NUMBERS:
      /* Saved with the speech, undone like the page format. */
      if (self->document == NULL || g_value_get_boolean (value) == fy_document_get_page_numbers (self->document))
        break;
      fy_editor_begin_model_edit (self->editor);
      fy_document_set_page_numbers (self->document, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_window_class_init (FyWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fy_window_dispose;
  object_class->finalize = fy_window_finalize;
  object_class->get_property = fy_window_get_property;
  object_class->set_property = fy_window_set_property;

  window_class->close_request = fy_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         FY_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* Whether the engine numbers the document's headings: the check item
   * “Number Headings Automatically” of the main menu. */
  properties[PROP_AUTOMATIC_NUMBERING] =
    g_param_spec_boolean ("automatic-numbering", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The document's page format: the radio items of the main menu's
   * 版式 submenu. */
  properties[PROP_STYLE_PRESET] =
    g_param_spec_string ("style-preset", NULL, NULL, FY_DEFAULT_STYLE_PRESET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* Whether the pages carry their numbers: the check item 页码 of the
   * 版式 submenu. */
  properties[PROP_PAGE_NUMBERS] =
    g_param_spec_boolean ("page-numbers", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FY_TYPE_EDITOR);
  g_type_ensure (FY_TYPE_FIELDS_PANEL);
  g_type_ensure (FY_TYPE_OUTLINE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/fy-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FyWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, welcome_bin);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, outer_paned);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, inner_paned);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, outline);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, fields_panel);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, style_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, replace_entry);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, match_label);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, preview_bin);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, time_label);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, lint_button);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, lint_list);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, fonts_button);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, fonts_list);
  gtk_widget_class_bind_template_child (widget_class, FyWindow, recent_section);

  fy_window_class_init_lint (widget_class);
  fy_window_class_init_actions (widget_class);
  fy_window_class_init_versions (widget_class);
}

static void
fy_window_init (FyWindow *self)
{
  g_autoptr(GtkStringList) styles = gtk_string_list_new (NULL);

  self->cancellable = g_cancellable_new ();
  self->pristine = TRUE;

  /* A window of its own group: a modal dialog (a note, a question)
   * blocks the window it belongs to, not every window of the app. */
  {
    g_autoptr(GtkWindowGroup) group = gtk_window_group_new ();

    gtk_window_group_add_window (group, GTK_WINDOW (self));
  }

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (FY_SETTINGS_SCHEMA_ID);
  /* Each window starts with the size and panes last left by any window,
   * then keeps its own: another window's resizing does not move it. */
  {
    const GSettingsBindFlags flags = G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES;

    g_settings_bind (self->settings, "window-width", self, "default-width", flags);
    g_settings_bind (self->settings, "window-height", self, "default-height", flags);
    g_settings_bind (self->settings, "window-maximized", self, "maximized", flags);
    g_settings_bind (self->settings, "outline-position", self->outer_paned, "position", flags);
  }
  init_divider (self);
  g_signal_connect_object (self->settings, "changed::speaking-rate",
                           G_CALLBACK (speaking_rate_changed_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < fy_editor_get_n_styles (); i++)
    {
      g_autofree char *label = fy_editor_dup_style_label (i);

      gtk_string_list_append (styles, label);
    }
  gtk_drop_down_set_model (self->style_dropdown, G_LIST_MODEL (styles));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->style_dropdown)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      g_signal_connect (child, "show", G_CALLBACK (style_list_show_cb), NULL);
  g_object_bind_property (self->editor, "style", self->style_dropdown, "selected",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self->outline, "block-activated",
                           G_CALLBACK (outline_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->outline, "move-requested",
                           G_CALLBACK (outline_move_cb), self, G_CONNECT_SWAPPED);

  /* The outline collapses to leave a small screen to the text. */
  g_object_bind_property (self->sidebar_button, "active", self->sidebar, "visible",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate",
                           G_CALLBACK (search_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);
  {
    GtkEventController *escape = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (escape),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                            gtk_callback_action_new (replace_escape_cb, self, NULL)));
    gtk_widget_add_controller (GTK_WIDGET (self->replace_entry), escape);
  }

  g_signal_connect_object (self->fonts_list, "row-activated",
                           G_CALLBACK (issue_row_activated_cb), self, G_CONNECT_SWAPPED);

  create_preview (self);
  fy_window_init_lint (self);
  self->welcome = fy_welcome_new (self->settings);
  adw_bin_set_child (self->welcome_bin, self->welcome);
  fy_tooltip_attach_tree (GTK_WIDGET (self));
  fy_window_init_actions (self);
  fy_window_init_fields (self);
  fy_window_init_files (self);
  connect_popovers (self, GTK_WIDGET (self));
  show_page (self);
  fy_window_update_title (self);
}

/* Public API */

/**
 * fy_window_get_document:
 * @self: a #FyWindow
 *
 * Returns: (transfer none) (nullable): the document shown
 */
FyDocument *
fy_window_get_document (FyWindow *self)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), NULL);

  return self->document;
}

/**
 * fy_window_load_document: (skip)
 *
 * Shows @document, read from @file (or new when %NULL), unmodified.
 */
static void
document_numbering_cb (FyWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOMATIC_NUMBERING]);
}

static void
document_preset_cb (FyWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STYLE_PRESET]);
}

static void
document_page_numbers_cb (FyWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE_NUMBERS]);
}

void
fy_window_load_document (FyWindow   *self,
                         FyDocument *document,
                         GFile      *file)
{
  if (self->document != document)
    {
      if (self->document != NULL)
        g_signal_handlers_disconnect_by_data (self->document, self);

      g_set_object (&self->document, document);

      if (document != NULL)
        {
          g_signal_connect_object (document, "changed",
                                   G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (document, "notify::numbering",
                                   G_CALLBACK (document_numbering_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (document, "notify::style-preset",
                                   G_CALLBACK (document_preset_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (document, "notify::page-numbers",
                                   G_CALLBACK (document_page_numbers_cb), self, G_CONNECT_SWAPPED);
        }

      self->loading = TRUE;
      fy_editor_set_document (self->editor, document);
      fy_outline_set_document (self->outline, document);
      fy_fields_panel_set_document (self->fields_panel, document);
      if (self->preview != NULL)
        fy_preview_set_document (FY_PREVIEW (self->preview), document);
      self->loading = FALSE;

      show_page (self);
      /* A speech opened takes the keys at once, not the header bar's
       * first button. */
      if (document != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (self->editor));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOMATIC_NUMBERING]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STYLE_PRESET]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE_NUMBERS]);
    }

  g_clear_object (&self->import_folder);
  g_clear_object (&self->failed_save);
  fy_window_set_file (self, file);
  self->modified = FALSE;
  self->autosaved = TRUE;
  fy_window_remember_saved (self);
  update_status (self);
  update_font_status (self);
  /* Proofreading a long speech takes a while: the window opens first. */
  if (self->document != NULL)
    fy_window_queue_lint (self);
  else
    fy_window_update_lint_now (self);
  fy_window_update_title (self);
}

/**
 * fy_window_set_document:
 * @self: a #FyWindow
 * @document: (nullable): a document
 *
 * Shows @document as a new, unsaved speech.
 */
void
fy_window_set_document (FyWindow   *self,
                        FyDocument *document)
{
  g_return_if_fail (FY_IS_WINDOW (self));
  g_return_if_fail (document == NULL || FY_IS_DOCUMENT (document));

  fy_window_load_document (self, document, NULL);
}

void
fy_window_set_file (FyWindow *self,
                    GFile    *file)
{
  g_autoptr(GFile) target = file != NULL ? fy_window_resolve_file (file) : NULL;

  /* The same file keeps its object: callers pass self->file itself. */
  if (target == NULL || self->file == NULL || !g_file_equal (self->file, target))
    g_set_object (&self->file, target);
  fy_window_remember_disk_state (self);
  fy_window_update_title (self);
}

/**
 * fy_window_get_editor:
 * @self: a #FyWindow
 *
 * Returns: (transfer none): the editor
 */
FyEditor *
fy_window_get_editor (FyWindow *self)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), NULL);

  return self->editor;
}

/**
 * fy_window_get_preview:
 * @self: a #FyWindow
 *
 * Returns: (transfer none) (nullable): the preview widget
 */
GtkWidget *
fy_window_get_preview (FyWindow *self)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), NULL);

  return self->preview;
}

/**
 * fy_window_get_outline:
 * @self: a #FyWindow
 *
 * Returns: (transfer none): the outline
 */
GtkWidget *
fy_window_get_outline (FyWindow *self)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->outline);
}

/**
 * fy_window_get_welcome:
 * @self: a #FyWindow
 *
 * Returns: (transfer none): the welcome screen, shown while there is no
 *   document
 */
GtkWidget *
fy_window_get_welcome (FyWindow *self)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), NULL);

  return self->welcome;
}

/**
 * fy_window_get_fields_panel:
 * @self: a #FyWindow
 *
 * Returns: (transfer none): the fields panel
 */
GtkWidget *
fy_window_get_fields_panel (FyWindow *self)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->fields_panel);
}

/**
 * fy_window_get_file:
 * @self: a #FyWindow
 *
 * Returns: (transfer none) (nullable): the file the document is saved in
 */
GFile *
fy_window_get_file (FyWindow *self)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
fy_window_get_modified (FyWindow *self)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), FALSE);

  return self->modified;
}

/**
 * fy_window_get_pristine:
 * @self: a #FyWindow
 *
 * Returns: %TRUE while the window shows only what it started with (the
 *   sample or nothing), so opening a file may replace it
 */
gboolean
fy_window_get_pristine (FyWindow *self)
{
  g_return_val_if_fail (FY_IS_WINDOW (self), FALSE);

  return self->pristine && !self->modified;
}

/**
 * fy_window_open_sample:
 * @self: a #FyWindow
 * @error: return location for a #GError
 *
 * Shows the sample speech bundled in the resources, as a new speech.
 *
 * Returns: %TRUE on success
 */
gboolean
fy_window_open_sample (FyWindow  *self,
                       GError   **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FyDocument) document = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (FY_IS_WINDOW (self), FALSE);

  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/core/samples/sample-speech.fayan",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  document = fy_document_load_from_data (data, length, error);
  if (document == NULL)
    return FALSE;

  fy_window_load_document (self, document, NULL);
  self->pristine = TRUE;

  return TRUE;
}

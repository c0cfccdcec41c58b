/* fy-compare-window.c — two texts compared in the flow of the text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-compare-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-compare-window.h"
#include "fy-message-dialog.h"
#include "fy-ui-layout.h"

/*
 * The new text, paragraph by paragraph, with the old one woven in:
 * deleted words struck through in red, inserted words underlined in
 * blue, removed paragraphs struck through whole where they were, moved
 * paragraphs marked at their new place.  Each change gets a mark so that
 * Next and Previous can scroll to it.  Read-only: the same window shows a
 * version on its own (fy_compare_window_new_for_text()).
 *
 * For a colleague's revision (fy_compare_window_new_review()) the old
 * text is the live document: Accept takes the current change into it
 * (emitting ::apply-change first, so that the window can record an undo
 * step), Reject keeps the draft's wording and greys the change out; the
 * comparison is made again after each accepted change.
 */

struct _FyCompareWindow
{
  AdwWindow      parent_instance;

  FyComparison  *comparison;
  FyDocument    *new_document;
  GStrv          numbers;      /* new_document's heading numbers */
  char          *old_label;
  char          *new_label;
  gboolean       landscape;    /* the 对照表 on turned pages */
  GtkTextView   *view;
  GtkLabel      *position_label;
  GPtrArray     *marks;        /* GtkTextMark, one per change shown */
  GArray        *mark_change;  /* guint: the change each mark is of */
  guint          current;      /* 1-based; 0 before the first */
  guint          scroll_idle;     /* scrolls to the current change */
  gboolean       scroll_pending;  /* …once the view is allocated */

  /* reviewing a revision */
  FyDocument    *live;         /* the draft the changes go into */
  GHashTable    *rejected;     /* change keys */
  GtkWidget     *accept;
  GtkWidget     *reject;
  GtkWidget     *accept_all;
  GtkWidget     *reject_all;
  GtkWidget     *notes;        /* what the revision's import said */
};

enum
{
  SIGNAL_APPLY_CHANGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FyCompareWindow, fy_compare_window, ADW_TYPE_WINDOW)

static void
fy_compare_window_finalize (GObject *object)
{
  FyCompareWindow *self = FY_COMPARE_WINDOW (object);

  g_clear_object (&self->comparison);
  g_clear_object (&self->new_document);
  g_clear_pointer (&self->numbers, g_strfreev);
  g_clear_pointer (&self->old_label, g_free);
  g_clear_pointer (&self->new_label, g_free);
  g_clear_pointer (&self->marks, g_ptr_array_unref);
  g_clear_pointer (&self->mark_change, g_array_unref);
  g_clear_object (&self->live);
  g_clear_pointer (&self->rejected, g_hash_table_unref);

  G_OBJECT_CLASS (fy_compare_window_parent_class)->finalize (object);
}

static void
fy_compare_window_dispose (GObject *object)
{
  FyCompareWindow *self = FY_COMPARE_WINDOW (object);

  g_clear_handle_id (&self->scroll_idle, g_source_remove);

  G_OBJECT_CLASS (fy_compare_window_parent_class)->dispose (object);
}

static void
fy_compare_window_class_init (FyCompareWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fy_compare_window_dispose;
  G_OBJECT_CLASS (klass)->finalize = fy_compare_window_finalize;

  /**
   * FyCompareWindow::apply-change:
   *
   * Emitted when reviewing, just before an accepted change is made to
   * the live document.
   */
  signals[SIGNAL_APPLY_CHANGE] =
    g_signal_new ("apply-change", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static gboolean
is_rejected (FyCompareWindow *self,
             const FyChange  *change)
{
  g_autofree char *key = NULL;

  if (self->rejected == NULL)
    return FALSE;
  key = fy_change_dup_key (change);
  return g_hash_table_contains (self->rejected, key);
}

static void
update_review_buttons (FyCompareWindow *self)
{
  gboolean on_change = self->current > 0 && self->current <= self->marks->len;

  if (self->accept == NULL)
    return;
  gtk_widget_set_sensitive (self->accept, on_change);
  gtk_widget_set_sensitive (self->reject, on_change);
  gtk_widget_set_sensitive (self->accept_all, self->marks->len > 0);
  gtk_widget_set_sensitive (self->reject_all, self->marks->len > 0);
}

static void
update_position (FyCompareWindow *self)
{
  g_autofree char *text = NULL;

  if (self->comparison == NULL)
    return;
  if (self->marks->len == 0)
    text = g_strdup (_("No changes"));
  else
    /* Translators: “change 2 of 5” */
    text = g_strdup_printf (_("Change %1$u of %2$u"), MAX (self->current, 1), self->marks->len);
  gtk_label_set_label (self->position_label, text);
  update_review_buttons (self);
}

/* GTK 4.8 carries out a scroll asked for before the view has its size at
 * the first size allocation, when only the first screen of the text is
 * laid out: the change's place is not known yet, and the view opened at
 * the top or, on a short text, past its end, blank.  So the scroll waits
 * until the view is allocated, and is made from an idle, outside the
 * allocation. */
static gboolean
scroll_idle_cb (gpointer data)
{
  FyCompareWindow *self = FY_COMPARE_WINDOW (data);

  self->scroll_idle = 0;
  if (self->current > 0 && self->current <= self->marks->len)
    gtk_text_view_scroll_to_mark (self->view, g_ptr_array_index (self->marks, self->current - 1),
                                  0.1, TRUE, 0.0, 0.2);
  return G_SOURCE_REMOVE;
}

static void
scroll_to_current (FyCompareWindow *self)
{
  if (gtk_widget_get_height (GTK_WIDGET (self->view)) == 0)
    self->scroll_pending = TRUE;
  else if (self->scroll_idle == 0)
    self->scroll_idle = g_idle_add (scroll_idle_cb, self);
}

/* The view's allocation configures its adjustment: the first time with
 * a page size, the scroll waiting for it can be made. */
static void
adjustment_changed_cb (GtkAdjustment   *adjustment,
                       FyCompareWindow *self)
{
  if (!self->scroll_pending || gtk_adjustment_get_page_size (adjustment) <= 0)
    return;
  self->scroll_pending = FALSE;
  if (self->scroll_idle == 0)
    self->scroll_idle = g_idle_add (scroll_idle_cb, self);
}

static void
previous_clicked_cb (GtkButton       *button,
                     FyCompareWindow *self)
{
  fy_compare_window_next (self, FALSE);
}

static void
next_clicked_cb (GtkButton       *button,
                 FyCompareWindow *self)
{
  fy_compare_window_next (self, TRUE);
}

/* The chosen file, ending in .pdf or .docx as the chosen filter says
 * when the name has neither. */
static GFile *
dup_export_file (GtkFileChooser *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  g_autofree char *basename = file != NULL ? g_file_get_basename (file) : NULL;
  g_autofree char *name = basename != NULL ? g_ascii_strdown (basename, -1) : NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *completed = NULL;
  GtkFileFilter *filter;
  const char *suffix;

  if (name == NULL || g_str_has_suffix (name, ".pdf") || g_str_has_suffix (name, ".docx"))
    return g_steal_pointer (&file);

  filter = gtk_file_chooser_get_filter (chooser);
  suffix = filter != NULL && g_object_get_data (G_OBJECT (filter), "fy-docx") != NULL ? ".docx" : ".pdf";
  parent = g_file_get_parent (file);
  completed = g_strconcat (basename, suffix, NULL);
  return g_file_get_child (parent, completed);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    FyCompareWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = dup_export_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;
      const char *landscape = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "landscape");

      self->landscape = g_strcmp0 (landscape, "true") == 0;
      if (!fy_compare_window_export_table (self, file, &error))
        {
          AdwMessageDialog *message = ADW_MESSAGE_DIALOG (
            fy_message_dialog_new (GTK_WINDOW (self), _("Could Not Export"), error->message));

          adw_message_dialog_add_response (message, "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (message));
        }
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
add_export_filter (GtkFileChooser *chooser,
                   const char     *label,
                   const char     *mime_type,
                   const char     *suffix)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, label);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  if (g_str_equal (suffix, "docx"))
    g_object_set_data (G_OBJECT (filter), "fy-docx", GINT_TO_POINTER (TRUE));
  gtk_file_chooser_add_filter (chooser, filter);
}

/**
 * fy_compare_window_dup_table_name:
 * @self: a #FyCompareWindow
 *
 * The file name the 修改对照表 is proposed under: the speech's title
 * with 修改对照表, so that the tables of several speeches in one folder
 * are told apart and none replaces another.
 *
 * Returns: (transfer full): the name, ending in .pdf
 */
char *
fy_compare_window_dup_table_name (FyCompareWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *safe = NULL;

  g_return_val_if_fail (FY_IS_COMPARE_WINDOW (self), NULL);

  title = fy_document_dup_display_title (self->new_document);
  safe = fy_file_name_make_safe (title, 40);
  if (safe == NULL || *safe == '\0')
    return g_strdup (_("Revision Table.pdf"));
  /* Translators: %s is the speech's title; the file name of its revision table */
  return g_strdup_printf (_("%s Revision Table.pdf"), safe);
}

/* PDF to print and hand round, or .docx for the drafter to fill the 说明
 * column in Word or WPS: the name's ending decides. */
static void
export_clicked_cb (GtkButton       *button,
                   FyCompareWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export Revision Table"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  add_export_filter (GTK_FILE_CHOOSER (chooser), _("PDF Documents"), "application/pdf", "pdf");
  add_export_filter (GTK_FILE_CHOOSER (chooser), _("Word Documents (.docx)"),
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "landscape",
                               _("Landscape pages"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "landscape",
                               self->landscape ? "true" : "false");
  name = fy_compare_window_dup_table_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
fy_compare_window_init (FyCompareWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  self->marks = g_ptr_array_new ();
  self->mark_change = g_array_new (FALSE, FALSE, sizeof (guint));
  self->view = GTK_TEXT_VIEW (view);
  gtk_text_view_set_editable (self->view, FALSE);
  gtk_text_view_set_cursor_visible (self->view, FALSE);
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_pixels_below_lines (self->view, 8);
  gtk_text_view_set_left_margin (self->view, 24);
  gtk_text_view_set_right_margin (self->view, 24);
  gtk_text_view_set_top_margin (self->view, 16);
  gtk_widget_add_css_class (view, "fy-compare-text");

  gtk_text_buffer_create_tag (buffer, "deleted", "strikethrough", TRUE,
                              "foreground", "#c01c28", "strikethrough-rgba", &(GdkRGBA) { 0.75, 0.11, 0.16, 1 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "inserted", "underline", PANGO_UNDERLINE_SINGLE,
                              "foreground", "#1c57b8", "underline-rgba", &(GdkRGBA) { 0.11, 0.34, 0.72, 1 },
                              NULL);
  gtk_text_buffer_create_tag (buffer, "note", "foreground", "#77767b", "scale", 0.85, NULL);
  gtk_text_buffer_create_tag (buffer, "heading", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "lead", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "kept", "foreground", "#77767b", NULL);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  g_signal_connect (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)), "changed",
                    G_CALLBACK (adjustment_changed_cb), self);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_size (GTK_WINDOW (self), 760, 820);

  self->position_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->position_label), "dim-label");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->position_label));
  g_object_set_data (G_OBJECT (self), "fy-header", header);
}

static void
add_navigation (FyCompareWindow *self)
{
  GtkWidget *header = g_object_get_data (G_OBJECT (self), "fy-header");
  GtkWidget *previous = gtk_button_new_from_icon_name ("go-up-symbolic");
  GtkWidget *next = gtk_button_new_from_icon_name ("go-down-symbolic");
  GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export Table…"));

  gtk_widget_set_tooltip_text (previous, _("Previous Change"));
  gtk_widget_set_tooltip_text (next, _("Next Change"));
  gtk_widget_set_name (previous, "previous-change");
  gtk_widget_set_name (next, "next-change");
  gtk_widget_set_name (export, "export-table");
  g_signal_connect (previous, "clicked", G_CALLBACK (previous_clicked_cb), self);
  g_signal_connect (next, "clicked", G_CALLBACK (next_clicked_cb), self);
  g_signal_connect (export, "clicked", G_CALLBACK (export_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), previous);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), next);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), export);
}

static void
insert_tagged (GtkTextBuffer *buffer,
               const char    *text,
               const char    *tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (tag != NULL)
    gtk_text_buffer_insert_with_tags_by_name (buffer, &end, text, -1, tag, NULL);
  else
    gtk_text_buffer_insert (buffer, &end, text, -1);
}

static gboolean
is_heading (FyBlockRole role)
{
  return role == FY_BLOCK_ROLE_HEADING || role == FY_BLOCK_ROLE_TITLE;
}

/* Block @index of the new text as it prints: its heading number, the
 * fields' values (not {{会议名称}}), the bold lead bold. */
static void
insert_block (FyCompareWindow *self,
              GtkTextBuffer   *buffer,
              guint            index)
{
  FyBlock *block = fy_document_get_block (self->new_document, index);
  const char *tag = is_heading (fy_block_get_role (block)) ? "heading" : NULL;
  guint lead_end = fy_block_get_lead_end (block);

  insert_tagged (buffer, self->numbers[index], tag);
  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    {
      const FyRun *run = fy_block_get_run (block, i);
      g_autofree char *text = fy_document_resolve_run (self->new_document, run);

      if (text == NULL)
        text = g_strdup_printf ("{{%s}}", run->text);
      insert_tagged (buffer, text, i < lead_end ? "lead" : tag);
    }
  insert_tagged (buffer, "\n", NULL);
}

static void
mark_change (FyCompareWindow *self,
             GtkTextBuffer   *buffer,
             guint            index)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  g_ptr_array_add (self->marks, gtk_text_buffer_create_mark (buffer, NULL, &end, TRUE));
  g_array_append_val (self->mark_change, index);
}

/* A change the reviewer kept out: the draft's wording, greyed. */
static void
insert_rejected (GtkTextBuffer  *buffer,
                 const FyChange *change)
{
  const char *kept = change->kind == FY_CHANGE_MOVED ? change->new_shown : change->old_shown;

  if (change->kind == FY_CHANGE_FIELD || kept == NULL)
    return;
  insert_tagged (buffer, kept, "kept");
  insert_tagged (buffer, "\n", NULL);
}

static void
insert_span_cb (const FyChangeSpan *span,
                gpointer            user_data)
{
  GtkTextBuffer *buffer = user_data;
  int offset = gtk_text_buffer_get_char_count (buffer);
  GtkTextIter start, end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, span->text, span->length);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
  gtk_text_buffer_get_end_iter (buffer, &end);
  if (span->op != FY_DIFF_EQUAL)
    gtk_text_buffer_apply_tag_by_name (buffer, span->op == FY_DIFF_DELETE ? "deleted" : "inserted",
                                       &start, &end);
  if (span->bold)
    gtk_text_buffer_apply_tag_by_name (buffer, "lead", &start, &end);
}

static void
insert_change_text (GtkTextBuffer  *buffer,
                    const FyChange *change,
                    gboolean        first)
{
  switch (change->kind)
    {
    case FY_CHANGE_FIELD:
      {
        g_autofree char *name = fy_change_dup_label (change);
        g_autofree char *label = g_strdup_printf (_("Field “%s”: "), name);
        g_autofree char *old_value = fy_change_dup_value (change, FALSE);
        g_autofree char *new_value = fy_change_dup_value (change, TRUE);

        insert_tagged (buffer, label, "note");
        if (old_value != NULL)
          insert_tagged (buffer, old_value, "deleted");
        if (new_value != NULL)
          insert_tagged (buffer, new_value, "inserted");
        insert_tagged (buffer, "\n", NULL);
      }
      return;

    case FY_CHANGE_DELETED:
    case FY_CHANGE_INSERTED:
      break;

    case FY_CHANGE_MOVED:
      if (first)
        {
          /* Translators: %s is the start of the paragraph it followed */
          g_autofree char *note = change->old_after != NULL
                                  ? g_strdup_printf (_("〔moved here from after “%s”〕"), change->old_after)
                                  : g_strdup (_("〔moved here from the top〕"));

          insert_tagged (buffer, note, "note");
        }
      G_GNUC_FALLTHROUGH;
    case FY_CHANGE_EDITED:
      if (fy_change_has_level_change (change))
        {
          g_autofree char *old_style = fy_block_role_dup_style_label (change->old_role, change->old_level);
          g_autofree char *new_style = fy_block_role_dup_style_label (change->new_role, change->new_level);
          /* Translators: a paragraph's style before and after, as the
           * style menu names them: 〔正文 → 结束语〕 */
          g_autofree char *note = g_strdup_printf (_("〔%1$s → %2$s〕"), old_style, new_style);

          insert_tagged (buffer, note, "note");
        }
      break;
    }

  /* the wording as it prints, its heading number first */
  if (change->kind == FY_CHANGE_DELETED && change->old_number != NULL)
    insert_tagged (buffer, change->old_number, "deleted");
  else if (change->kind != FY_CHANGE_DELETED && change->new_number != NULL)
    insert_tagged (buffer, change->new_number, change->kind == FY_CHANGE_INSERTED ? "inserted" : NULL);
  fy_change_foreach_span (change, 0, insert_span_cb, buffer);
  insert_tagged (buffer, "\n", NULL);
}

/* Change @index, or with @leader (a block that moved with the one before
 * it) the rest of a passage moved in one go: one mark, one decision, for
 * the passage (its first block's). */
static void
insert_change (FyCompareWindow *self,
               GtkTextBuffer   *buffer,
               const FyChange  *change,
               guint            index,
               const FyChange  *leader)
{
  GtkTextIter start, end;
  int offset;

  if (is_rejected (self, leader != NULL ? leader : change))
    {
      insert_rejected (buffer, change);
      return;
    }
  if (leader == NULL)
    mark_change (self, buffer, index);
  offset = gtk_text_buffer_get_char_count (buffer);
  insert_change_text (buffer, change, leader == NULL);

  /* a changed heading reads as a heading, as the unchanged ones do */
  if (change->kind != FY_CHANGE_FIELD && is_heading (change->new_role))
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_apply_tag_by_name (buffer, "heading", &start, &end);
    }
}

static void
fill_buffer (FyCompareWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  guint n_changes = fy_comparison_get_n_changes (self->comparison);
  guint n_blocks = fy_document_get_n_blocks (self->new_document);
  guint next_block = 0;

  if (self->numbers == NULL)
    self->numbers = fy_document_dup_heading_numbers (self->new_document);

  /* Fields first, then each change where it sits in the new text, the
   * unchanged blocks in between as they are. */
  for (guint i = 0, leader = 0; i < n_changes; i++)
    {
      const FyChange *change = fy_comparison_get_change (self->comparison, i);

      if (!change->with_previous)
        leader = i;
      for (; change->position >= 0 && next_block < (guint) change->position; next_block++)
        insert_block (self, buffer, next_block);
      insert_change (self, buffer, change, i,
                     change->with_previous ? fy_comparison_get_change (self->comparison, leader) : NULL);
      if (change->new_index >= 0 && (guint) change->new_index >= next_block)
        next_block = change->new_index + 1;
    }
  for (; next_block < n_blocks; next_block++)
    insert_block (self, buffer, next_block);
}

/**
 * fy_compare_window_new:
 *
 * Returns: (transfer floating): a window showing what changed from
 *   @old_document to @new_document
 */
GtkWidget *
fy_compare_window_new (GtkWindow  *parent,
                       FyDocument *old_document,
                       const char *old_label,
                       FyDocument *new_document,
                       const char *new_label)
{
  FyCompareWindow *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (old_document), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (new_document), NULL);

  self = g_object_new (FY_TYPE_COMPARE_WINDOW, "transient-for", parent, NULL);
  self->comparison = fy_comparison_new (old_document, new_document);
  self->new_document = fy_document_copy_content (new_document);
  self->old_label = g_strdup (old_label);
  self->new_label = g_strdup (new_label);
  /* Translators: “送审稿 → current text” */
  title = g_strdup_printf (_("%1$s → %2$s"), old_label, new_label);
  gtk_window_set_title (GTK_WINDOW (self), title);
  add_navigation (self);
  fill_buffer (self);
  update_position (self);
  return GTK_WIDGET (self);
}

/* Empties the view and shows the comparison again, staying near the
 * change that was current. */
static void
refill (FyCompareWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  guint current = self->current;

  for (guint i = 0; i < self->marks->len; i++)
    gtk_text_buffer_delete_mark (buffer, g_ptr_array_index (self->marks, i));
  g_ptr_array_set_size (self->marks, 0);
  g_array_set_size (self->mark_change, 0);
  gtk_text_buffer_set_text (buffer, "", -1);
  fill_buffer (self);

  self->current = 0;
  if (self->marks->len > 0)
    {
      /* the change after the one just decided has taken its number */
      self->current = MIN (MAX (current, 1), self->marks->len) - 1;
      fy_compare_window_next (self, TRUE);
    }
  update_position (self);
}

static void
show_error (FyCompareWindow *self,
            const char      *heading,
            const GError    *error)
{
  AdwMessageDialog *message = ADW_MESSAGE_DIALOG (fy_message_dialog_new (GTK_WINDOW (self), heading,
                                                                        error->message));

  adw_message_dialog_add_response (message, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (message));
}

/* Accept, or with 采纳全部 every change left. */
static void
accept_clicked_cb (GtkButton       *button,
                   FyCompareWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean taken = GTK_WIDGET (button) == self->accept_all
                   ? fy_compare_window_accept_all (self, &error)
                   : fy_compare_window_accept (self, &error);

  if (!taken)
    show_error (self, _("Could Not Take the Change"), error);
}

/* Reject, or with 全部拒绝 every change left. */
static void
reject_clicked_cb (GtkButton       *button,
                   FyCompareWindow *self)
{
  if (GTK_WIDGET (button) == self->reject_all)
    fy_compare_window_reject_all (self);
  else
    fy_compare_window_reject (self);
}

/* A button of the review, named @name for the tests. */
static GtkWidget *
review_button (FyCompareWindow *self,
               const char      *label,
               const char      *tooltip,
               const char      *name,
               GCallback        clicked)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_name (button, name);
  g_signal_connect (button, "clicked", clicked, self);
  return button;
}

/* The bar under the changes: every change left decided in one go, so
 * that a colleague's thirty changes are not thirty clicks. */
static void
add_review_bar (FyCompareWindow *self)
{
  GtkWidget *header = g_object_get_data (G_OBJECT (self), "fy-header");
  GtkWidget *bar = gtk_action_bar_new ();

  self->reject_all = review_button (self, _("Re_ject All"),
                                    _("Keep the draft's wording for every change left"),
                                    "reject-all-changes", G_CALLBACK (reject_clicked_cb));
  self->accept_all = review_button (self, _("Accept A_ll"),
                                    _("Take every change left into the draft, as one step to undo"),
                                    "accept-all-changes", G_CALLBACK (accept_clicked_cb));
  gtk_action_bar_pack_start (GTK_ACTION_BAR (bar), self->reject_all);
  gtk_action_bar_pack_end (GTK_ACTION_BAR (bar), self->accept_all);
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (header)), bar);
}

/**
 * fy_compare_window_new_review:
 * @parent: the draft's window
 * @document: the draft, changed in place by Accept
 * @revision: a colleague's revision of it
 * @revision_label: what the revision is (its file name)
 *
 * Returns: (transfer floating): a window listing what @revision changes
 *   in @document, each change to accept or reject
 */
GtkWidget *
fy_compare_window_new_review (GtkWindow  *parent,
                              FyDocument *document,
                              FyDocument *revision,
                              const char *revision_label)
{
  FyCompareWindow *self;
  GtkWidget *header;
  g_autofree char *title = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (revision), NULL);

  self = g_object_new (FY_TYPE_COMPARE_WINDOW, "transient-for", parent, NULL);
  self->live = g_object_ref (document);
  self->rejected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->comparison = fy_comparison_new (document, revision);
  self->new_document = fy_document_copy_content (revision);
  self->old_label = g_strdup (_("Current Text"));
  self->new_label = g_strdup (revision_label);
  /* Translators: %s is the file name of a colleague's revision */
  title = g_strdup_printf (_("Changes in “%s”"), revision_label);
  gtk_window_set_title (GTK_WINDOW (self), title);
  add_navigation (self);

  header = g_object_get_data (G_OBJECT (self), "fy-header");
  self->reject = review_button (self, _("_Reject"), _("Keep the draft's wording and go to the next change"),
                                "reject-change", G_CALLBACK (reject_clicked_cb));
  self->accept = review_button (self, _("_Accept"), _("Take this change into the draft and go to the next"),
                                "accept-change", G_CALLBACK (accept_clicked_cb));
  gtk_widget_add_css_class (self->accept, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->accept);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->reject);
  add_review_bar (self);

  fill_buffer (self);
  if (self->marks->len > 0)
    fy_compare_window_next (self, TRUE);
  update_position (self);
  return GTK_WIDGET (self);
}

/* More notes than this scroll. */
#define MAX_NOTES_SHOWN 3

/**
 * fy_compare_window_add_notes:
 * @self: a window made by fy_compare_window_new_review()
 * @notes: (element-type utf8): what the revision says beside its text,
 *   as its import gave it: a colleague's comments (with their words,
 *   author and paragraph), tracked changes taken over, pictures left out
 *
 * Shows @notes above the changes, where they are read with them: a
 * leader's 请补充…… in a Word comment is an instruction as much as a change.
 */
void
fy_compare_window_add_notes (FyCompareWindow *self,
                             GPtrArray       *notes)
{
  GtkWidget *header;
  GtkWidget *scrolled;
  GtkWidget *list;
  GtkWidget *title;
  g_autofree char *heading = NULL;

  g_return_if_fail (FY_IS_COMPARE_WINDOW (self));
  g_return_if_fail (notes != NULL);

  if (notes->len == 0 || self->notes != NULL)
    return;

  header = g_object_get_data (G_OBJECT (self), "fy-header");
  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (list, 24);
  gtk_widget_set_margin_end (list, 24);
  gtk_widget_set_margin_top (list, 12);
  gtk_widget_set_margin_bottom (list, 12);
  /* Translators: %s is the file name of a colleague's revision */
  heading = g_strdup_printf (_("Comments and notes in “%s”"), self->new_label);
  title = gtk_label_new (heading);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (list), title);
  for (guint i = 0; i < notes->len; i++)
    {
      GtkWidget *label = gtk_label_new (g_ptr_array_index (notes, i));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (list), label);
    }

  /* A long list scrolls, the changes keep most of the window.  A short
   * one is shown whole: in a scrolled window (its viewport) the wrapped
   * labels got the height of one line and their second line was cut. */
  if (notes->len > MAX_NOTES_SHOWN)
    {
      scrolled = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 200);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
    }
  else
    scrolled = list;
  gtk_widget_add_css_class (scrolled, "view");
  gtk_widget_set_name (scrolled, "revision-notes");
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (header)), scrolled, header);
  self->notes = list;
}

/* The notes shown, one a line (for the tests); NULL when none. */
char *
fy_compare_window_dup_notes (FyCompareWindow *self)
{
  GString *text;

  g_return_val_if_fail (FY_IS_COMPARE_WINDOW (self), NULL);

  if (self->notes == NULL)
    return NULL;
  text = g_string_new (NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (self->notes); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (child)));
  return g_string_free (text, FALSE);
}

/**
 * fy_compare_window_accept:
 * @self: a window made by fy_compare_window_new_review()
 * @error: return location for a #GError
 *
 * Takes the current change into the draft and moves on to the next.
 *
 * Returns: %TRUE when the change was taken
 */
gboolean
fy_compare_window_accept (FyCompareWindow  *self,
                          GError          **error)
{
  guint index;

  g_return_val_if_fail (FY_IS_COMPARE_WINDOW (self), FALSE);
  g_return_val_if_fail (self->live != NULL, FALSE);

  if (self->current == 0 || self->current > self->marks->len)
    return TRUE;
  index = g_array_index (self->mark_change, guint, self->current - 1);

  g_signal_emit (self, signals[SIGNAL_APPLY_CHANGE], 0);
  if (!fy_comparison_apply_change (self->comparison, index, self->live, self->new_document, error))
    return FALSE;

  g_object_unref (self->comparison);
  self->comparison = fy_comparison_new (self->live, self->new_document);
  refill (self);
  return TRUE;
}

/**
 * fy_compare_window_reject:
 * @self: a window made by fy_compare_window_new_review()
 *
 * Keeps the draft's wording for the current change and moves on.  Of a
 * passage moved in one go each block is kept out: compared again after
 * another change is taken, the passage may no longer be one move (a
 * removed paragraph where it lands comes between its blocks), and its
 * other blocks would come back for review one by one.
 */
void
fy_compare_window_reject (FyCompareWindow *self)
{
  guint index;
  guint end;

  g_return_if_fail (FY_IS_COMPARE_WINDOW (self));
  g_return_if_fail (self->rejected != NULL);

  if (self->current == 0 || self->current > self->marks->len)
    return;
  index = g_array_index (self->mark_change, guint, self->current - 1);
  end = fy_comparison_get_move_end (self->comparison, index);
  for (guint i = index; i < end; i++)
    g_hash_table_add (self->rejected, fy_change_dup_key (fy_comparison_get_change (self->comparison, i)));
  refill (self);
}

/* The first change shown with a mark (one not kept out, the first
 * of a passage moved in one go), or -1. */
static int
first_open_change (FyCompareWindow *self)
{
  for (guint i = 0; i < fy_comparison_get_n_changes (self->comparison); i++)
    {
      const FyChange *change = fy_comparison_get_change (self->comparison, i);

      if (!change->with_previous && !is_rejected (self, change))
        return i;
    }
  return -1;
}

/**
 * fy_compare_window_accept_all:
 * @self: a window made by fy_compare_window_new_review()
 * @error: return location for a #GError
 *
 * Takes every change left (those not kept out) into the draft, as one
 * step: ::apply-change is emitted once, so one Undo takes them all back.
 * The changes are taken one by one, the texts compared again after
 * each, as Accept would.
 *
 * Returns: %TRUE when every change was taken; on an error the changes
 *   taken before it stay taken
 */
gboolean
fy_compare_window_accept_all (FyCompareWindow  *self,
                              GError          **error)
{
  gboolean ok = TRUE;
  guint left;
  int index;

  g_return_val_if_fail (FY_IS_COMPARE_WINDOW (self), FALSE);
  g_return_val_if_fail (self->live != NULL, FALSE);

  left = self->marks->len;
  if (left > 0)
    g_signal_emit (self, signals[SIGNAL_APPLY_CHANGE], 0);
  /* each change taken is one fewer: never more rounds than changes */
  for (; left > 0 && ok && (index = first_open_change (self)) >= 0; left--)
    {
      ok = fy_comparison_apply_change (self->comparison, index, self->live, self->new_document, error);
      g_object_unref (self->comparison);
      self->comparison = fy_comparison_new (self->live, self->new_document);
    }
  refill (self);
  return ok;
}

/**
 * fy_compare_window_reject_all:
 * @self: a window made by fy_compare_window_new_review()
 *
 * Keeps the draft's wording for every change left.
 */
void
fy_compare_window_reject_all (FyCompareWindow *self)
{
  g_return_if_fail (FY_IS_COMPARE_WINDOW (self));
  g_return_if_fail (self->rejected != NULL);

  for (guint i = 0; i < fy_comparison_get_n_changes (self->comparison); i++)
    g_hash_table_add (self->rejected, fy_change_dup_key (fy_comparison_get_change (self->comparison, i)));
  refill (self);
}

/**
 * fy_compare_window_new_for_text:
 *
 * Returns: (transfer floating): a read-only window showing @document
 */
GtkWidget *
fy_compare_window_new_for_text (GtkWindow  *parent,
                                FyDocument *document,
                                const char *label)
{
  FyCompareWindow *self;
  GtkTextBuffer *buffer;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  self = g_object_new (FY_TYPE_COMPARE_WINDOW, "transient-for", parent, "title", label, NULL);
  self->new_document = fy_document_copy_content (document);
  self->numbers = fy_document_dup_heading_numbers (self->new_document);
  buffer = gtk_text_view_get_buffer (self->view);
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    insert_block (self, buffer, i);
  gtk_label_set_label (self->position_label, _("Read only"));
  return GTK_WIDGET (self);
}

guint
fy_compare_window_get_n_changes (FyCompareWindow *self)
{
  g_return_val_if_fail (FY_IS_COMPARE_WINDOW (self), 0);
  return self->marks->len;
}

guint
fy_compare_window_get_current (FyCompareWindow *self)
{
  g_return_val_if_fail (FY_IS_COMPARE_WINDOW (self), 0);
  return self->current;
}

/* Scrolls to the next (or previous) change, wrapping around. */
void
fy_compare_window_next (FyCompareWindow *self,
                        gboolean         forward)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  GtkTextMark *mark;

  g_return_if_fail (FY_IS_COMPARE_WINDOW (self));

  if (self->marks->len == 0)
    return;

  if (forward)
    self->current = self->current >= self->marks->len ? 1 : self->current + 1;
  else
    self->current = self->current <= 1 ? self->marks->len : self->current - 1;

  buffer = gtk_text_view_get_buffer (self->view);
  mark = g_ptr_array_index (self->marks, self->current - 1);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, mark);
  gtk_text_buffer_place_cursor (buffer, &iter);
  scroll_to_current (self);
  update_position (self);
}

/* The text shown, with deleted words between [- -] and inserted words
 * between {+ +}: what the tests read. */
char *
fy_compare_window_dup_text (FyCompareWindow *self)
{
  GtkTextBuffer *buffer;
  GtkTextTagTable *table;
  GtkTextTag *deleted, *inserted;
  GtkTextIter iter;
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (FY_IS_COMPARE_WINDOW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->view);
  table = gtk_text_buffer_get_tag_table (buffer);
  deleted = gtk_text_tag_table_lookup (table, "deleted");
  inserted = gtk_text_tag_table_lookup (table, "inserted");
  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (!gtk_text_iter_is_end (&iter))
    {
      gunichar c = gtk_text_iter_get_char (&iter);

      if (gtk_text_iter_starts_tag (&iter, deleted))
        g_string_append (text, "[-");
      if (gtk_text_iter_starts_tag (&iter, inserted))
        g_string_append (text, "{+");
      g_string_append_unichar (text, c);
      gtk_text_iter_forward_char (&iter);
      if (gtk_text_iter_ends_tag (&iter, deleted))
        g_string_append (text, "-]");
      if (gtk_text_iter_ends_tag (&iter, inserted))
        g_string_append (text, "+}");
    }
  return g_string_free (text, FALSE);
}

/* The bold leads shown, one a line: what the tests read. */
char *
fy_compare_window_dup_bold (FyCompareWindow *self)
{
  GtkTextBuffer *buffer;
  GtkTextTag *lead;
  GtkTextIter start, end;
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (FY_IS_COMPARE_WINDOW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->view);
  lead = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "lead");
  gtk_text_buffer_get_start_iter (buffer, &start);
  while (gtk_text_iter_forward_to_tag_toggle (&start, lead))
    {
      g_autofree char *bold = NULL;

      if (!gtk_text_iter_starts_tag (&start, lead))
        continue;
      end = start;
      gtk_text_iter_forward_to_tag_toggle (&end, lead);
      bold = gtk_text_iter_get_text (&start, &end);
      g_string_append_printf (text, "%s\n", bold);
      start = end;
    }
  return g_string_free (text, FALSE);
}

/* Writes the 修改对照表 of this comparison: PDF, or .docx for a file
 * name ending in .docx. */
gboolean
fy_compare_window_export_table (FyCompareWindow  *self,
                                GFile            *file,
                                GError          **error)
{
  g_autoptr(FyStyle) style = NULL;
  g_autofree char *title = NULL;
  FyComparisonTableOptions options = { 0 };

  g_return_val_if_fail (FY_IS_COMPARE_WINDOW (self), FALSE);
  g_return_val_if_fail (self->comparison != NULL, FALSE);

  style = fy_environment_new_style (fy_ui_layout_get_environment (), self->new_document, NULL, error);
  if (style == NULL)
    return FALSE;
  options.old_label = self->old_label;
  options.new_label = self->new_label;
  options.landscape = self->landscape;
  title = fy_document_dup_display_title (self->new_document);
  options.document_title = title;
  return fy_comparison_table_write_file (self->comparison, style, &options, file, NULL, error);
}

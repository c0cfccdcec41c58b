/* fy-batch-fill-dialog.c — one speech per row of a spreadsheet, from the window
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-batch-fill-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-batch-fill-dialog.h"
#include "fy-form-guard.h"
#include "fy-ui-layout.h"

/*
 * A clerk exports the list of speakers from Excel or WPS as CSV, picks it
 * here, sees every row in a table (with the reason beside each row that
 * cannot become a speech), chooses a folder and writes: a .fayan file
 * (and a PDF) per row, with a progress bar and Cancel.  Reading, checking,
 * naming and writing are FyBatchFill's, shared with `fayan-cli fill`; the
 * rows are written in a worker thread, so the window stays responsive.
 */

struct _FyBatchFillDialog
{
  AdwWindow parent_instance;

  FyTemplate *template_;
  FyBatchFill *fill;
  GFile *folder;
  GCancellable *cancellable;
  GListStore *rows;        /* GtkStringObject: the row's index */
  guint n_done;
  gboolean running;
  gboolean finished;

  GtkWidget *table_button;
  GtkWidget *folder_button;
  GtkWidget *pdf_switch;
  GtkWidget *incomplete_check;
  GtkWidget *write_button;
  GtkWidget *close_button;
  GtkWidget *group;
  GtkWidget *info_label;
  GtkWidget *view;
  GtkWidget *progress;
};

G_DEFINE_FINAL_TYPE (FyBatchFillDialog, fy_batch_fill_dialog, ADW_TYPE_WINDOW)

/* What a column shows. */
enum
{
  COLUMN_LINE = -1,
  COLUMN_STATUS = -2,
  COLUMN_FILE = -3,
};

static const FyBatchRow *
item_get_row (FyBatchFillDialog *self,
              GtkListItem       *item)
{
  GtkStringObject *object = gtk_list_item_get_item (item);
  guint index = (guint) g_ascii_strtoull (gtk_string_object_get_string (object), NULL, 10);

  return fy_batch_fill_get_row (self->fill, index);
}

static char *
dup_status (const FyBatchRow *row)
{
  switch (row->status)
    {
    case FY_BATCH_ROW_READY:
      return g_strdup (_("Ready"));
    case FY_BATCH_ROW_WRITTEN:
      return g_strdup (_("Written"));
    case FY_BATCH_ROW_INVALID:
    case FY_BATCH_ROW_PARTIAL:
    case FY_BATCH_ROW_FAILED:
    case FY_BATCH_ROW_UNFINISHED:
    default:
      return g_strdup (row->message != NULL ? row->message : "");
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "fy-column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (column == COLUMN_STATUS)
    {
      /* A row's error is what the clerk must read to fix the table:
       * wrapped, whole, never cut short. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 24);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              FyBatchFillDialog        *self)
{
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "fy-column"));
  GtkWidget *label = gtk_list_item_get_child (item);
  const FyBatchRow *row = item_get_row (self, item);
  g_autofree char *text = NULL;
  gboolean bad = row->status == FY_BATCH_ROW_INVALID || row->status == FY_BATCH_ROW_FAILED
                 || row->status == FY_BATCH_ROW_PARTIAL || row->status == FY_BATCH_ROW_UNFINISHED;

  if (column == COLUMN_LINE)
    text = g_strdup_printf ("%u", row->line);
  else if (column == COLUMN_STATUS)
    text = dup_status (row);
  else if (column == COLUMN_FILE)
    text = row->name != NULL ? g_strconcat (row->name, ".fayan", NULL) : g_strdup ("");
  else
    text = g_strdup (row->cells != NULL && row->cells[column] != NULL ? row->cells[column] : "");

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, column == COLUMN_STATUS && bad ? text : NULL);
  if (column == COLUMN_STATUS && bad)
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");
  if (column == COLUMN_STATUS && row->status == FY_BATCH_ROW_WRITTEN)
    gtk_widget_add_css_class (label, "success");
  else
    gtk_widget_remove_css_class (label, "success");
}

static void
add_column (FyBatchFillDialog *self,
            const char        *title,
            int                column,
            gboolean           expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "fy-column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_append_column (GTK_COLUMN_VIEW (self->view), view_column);
  g_object_unref (view_column);
}

static void
rebuild_columns (FyBatchFillDialog *self)
{
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (self->view));
  const char * const *names = fy_batch_fill_get_columns (self->fill);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (GTK_COLUMN_VIEW (self->view), column);
    }

  /* Translators: the column of the table's line numbers */
  add_column (self, _("Line"), COLUMN_LINE, FALSE);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (*names[i] != '\0')
      add_column (self, names[i], (int) i, FALSE);
  add_column (self, _("File"), COLUMN_FILE, FALSE);
  add_column (self, _("Status"), COLUMN_STATUS, TRUE);
}

static void
update_sensitivity (FyBatchFillDialog *self)
{
  gboolean ready = self->fill != NULL && self->folder != NULL && !self->running && !self->finished
                   && fy_batch_fill_count (self->fill, FY_BATCH_ROW_READY) > 0;

  gtk_widget_set_sensitive (self->write_button, ready);
  gtk_widget_set_sensitive (self->table_button, !self->running);
  gtk_widget_set_sensitive (self->folder_button, !self->running);
  gtk_widget_set_sensitive (self->pdf_switch, !self->running);
  gtk_widget_set_sensitive (self->incomplete_check,
                            !self->running && gtk_switch_get_active (GTK_SWITCH (self->pdf_switch)));
  gtk_button_set_label (GTK_BUTTON (self->close_button), self->running ? _("_Cancel") : _("_Close"));
}

static void
pdf_switched_cb (GtkSwitch         *pdf_switch,
                 GParamSpec        *pspec,
                 FyBatchFillDialog *self)
{
  update_sensitivity (self);
}

static void
set_button_file (GtkWidget  *button,
                 GFile      *file,
                 const char *empty)
{
  g_autofree char *name = file != NULL ? fy_file_dup_display_name (file) : NULL;
  g_autofree char *path = file != NULL ? g_file_get_parse_name (file) : NULL;

  gtk_button_set_label (GTK_BUTTON (button), name != NULL ? name : empty);
  gtk_widget_set_tooltip_text (button, path);
}

static void
show_counts (FyBatchFillDialog *self)
{
  guint n_rows = fy_batch_fill_get_n_rows (self->fill);
  guint n_invalid = fy_batch_fill_count (self->fill, FY_BATCH_ROW_INVALID);
  g_autoptr(GString) text = g_string_new (NULL);
  GPtrArray *warnings = fy_batch_fill_get_warnings (self->fill);

  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "%u row, ", "%u rows, ", n_rows), n_rows);
  /* “0 with errors that keep them out” read as if something were wrong. */
  if (n_invalid == 0)
    g_string_append (text, _("all ready to be written"));
  else
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE, "%u with an error that keeps it out",
                                         "%u with errors that keep them out", n_invalid),
                            n_invalid);
  for (guint i = 0; i < warnings->len; i++)
    g_string_append_printf (text, "\n%s", (const char *) g_ptr_array_index (warnings, i));

  gtk_label_set_text (GTK_LABEL (self->info_label), text->str);
}

/**
 * fy_batch_fill_dialog_load:
 * @self: a #FyBatchFillDialog
 * @table: a CSV file exported from a spreadsheet
 * @error: return location for a #GError
 *
 * Reads and checks @table and shows its rows.  The folder, unless chosen,
 * becomes the table's.
 *
 * Returns: %TRUE when the table could be read
 */
gboolean
fy_batch_fill_dialog_load (FyBatchFillDialog  *self,
                           GFile              *table,
                           GError            **error)
{
  g_autoptr(FyBatchFill) fill = NULL;
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (FY_IS_BATCH_FILL_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (table), FALSE);
  g_return_val_if_fail (!self->running, FALSE);

  fill = fy_batch_fill_new (fy_ui_layout_get_environment (), self->template_);
  if (!fy_batch_fill_load (fill, table, NULL, error))
    return FALSE;

  g_list_store_remove_all (self->rows);
  g_set_object (&self->fill, fill);
  self->finished = FALSE;
  self->n_done = 0;
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress), 0);
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (self->progress), NULL);
  rebuild_columns (self);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < fy_batch_fill_get_n_rows (fill); i++)
    {
      char index[16];

      g_snprintf (index, sizeof index, "%u", i);
      g_ptr_array_add (items, gtk_string_object_new (index));
    }
  g_list_store_splice (self->rows, 0, 0, items->pdata, items->len);

  if (self->folder == NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (table);

      fy_batch_fill_dialog_set_folder (self, parent);
    }
  set_button_file (self->table_button, table, _("Choose a Table…"));
  /* The rows need the room more than the hint on how to save a table. */
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group), NULL);
  show_counts (self);
  update_sensitivity (self);

  return TRUE;
}

/**
 * fy_batch_fill_dialog_set_folder:
 * @self: a #FyBatchFillDialog
 * @folder: where the speeches go
 */
void
fy_batch_fill_dialog_set_folder (FyBatchFillDialog *self,
                                 GFile             *folder)
{
  g_return_if_fail (FY_IS_BATCH_FILL_DIALOG (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  g_set_object (&self->folder, folder);
  set_button_file (self->folder_button, folder, _("Choose a Folder…"));
  update_sensitivity (self);
}

/**
 * fy_batch_fill_dialog_set_pdf:
 * @self: a #FyBatchFillDialog
 * @pdf: whether each speech also gets a PDF
 */
void
fy_batch_fill_dialog_set_pdf (FyBatchFillDialog *self,
                              gboolean           pdf)
{
  g_return_if_fail (FY_IS_BATCH_FILL_DIALOG (self));

  gtk_switch_set_active (GTK_SWITCH (self->pdf_switch), pdf);
}

/**
 * fy_batch_fill_dialog_set_allow_incomplete:
 * @self: a #FyBatchFillDialog
 * @allow: whether unfinished drafts get their PDF too
 */
void
fy_batch_fill_dialog_set_allow_incomplete (FyBatchFillDialog *self,
                                           gboolean           allow)
{
  g_return_if_fail (FY_IS_BATCH_FILL_DIALOG (self));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->incomplete_check), allow);
}

static void
row_done_cb (FyBatchFillDialog *self,
             guint              index,
             FyBatchFill       *fill)
{
  guint n_rows = fy_batch_fill_get_n_rows (fill);
  g_autofree char *text = NULL;

  if (fill != self->fill)
    return;

  self->n_done = index + 1;
  /* Rebinds the row, which shows its new status. */
  g_list_model_items_changed (G_LIST_MODEL (self->rows), index, 1, 1);

  text = g_strdup_printf (_("%1$u of %2$u"), self->n_done, n_rows);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress),
                                 n_rows > 0 ? (double) self->n_done / n_rows : 1.0);
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (self->progress), text);
}

static void
run_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FyBatchFillDialog) self = user_data;
  FyBatchFill *fill = FY_BATCH_FILL (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  FyBatchTally tally;

  fy_batch_fill_run_finish (fill, result, &error);
  self->running = FALSE;
  self->finished = TRUE;
  g_clear_object (&self->cancellable);

  fy_batch_fill_get_tally (fill, &tally);
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u speech written",
                                             "%u speeches written", tally.n_written),
                          tally.n_written);
  if (tally.n_partial > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, ", %u without its PDF",
                                               ", %u without their PDF", tally.n_partial),
                            tally.n_partial);
  if (tally.n_unfinished > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               ", %u unfinished draft without a PDF",
                                               ", %u unfinished drafts without a PDF",
                                               tally.n_unfinished),
                            tally.n_unfinished);
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, ", %u row skipped.",
                                             ", %u rows skipped.", tally.n_skipped),
                          tally.n_skipped);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_string_append_printf (text, " %s", _("Cancelled; the rows not yet written were left out."));
  else if (error != NULL)
    g_string_append_printf (text, " %s", error->message);

  gtk_label_set_text (GTK_LABEL (self->info_label), text->str);
  update_sensitivity (self);
}

/**
 * fy_batch_fill_dialog_start:
 * @self: a #FyBatchFillDialog with a table and a folder
 *
 * Writes the rows, in a worker thread; the table shows each row's
 * outcome as it comes.
 */
void
fy_batch_fill_dialog_start (FyBatchFillDialog *self)
{
  g_return_if_fail (FY_IS_BATCH_FILL_DIALOG (self));

  if (self->fill == NULL || self->folder == NULL || self->running || self->finished)
    return;

  self->running = TRUE;
  self->cancellable = g_cancellable_new ();
  fy_batch_fill_set_pdf (self->fill, gtk_switch_get_active (GTK_SWITCH (self->pdf_switch)));
  fy_batch_fill_set_allow_incomplete (self->fill,
                                      gtk_check_button_get_active (GTK_CHECK_BUTTON (self->incomplete_check)));
  g_signal_connect_object (self->fill, "row-done", G_CALLBACK (row_done_cb), self, G_CONNECT_SWAPPED);
  gtk_label_set_text (GTK_LABEL (self->info_label), _("Writing…"));
  update_sensitivity (self);
  fy_batch_fill_run_async (self->fill, self->folder, self->cancellable, run_done_cb,
                           g_object_ref (self));
}

/**
 * fy_batch_fill_dialog_cancel:
 * @self: a #FyBatchFillDialog
 *
 * Stops writing after the row in progress.
 */
void
fy_batch_fill_dialog_cancel (FyBatchFillDialog *self)
{
  g_return_if_fail (FY_IS_BATCH_FILL_DIALOG (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* Accessors, for the window and the tests. */

gboolean
fy_batch_fill_dialog_get_running (FyBatchFillDialog *self)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL_DIALOG (self), FALSE);

  return self->running;
}

FyBatchFill *
fy_batch_fill_dialog_get_fill (FyBatchFillDialog *self)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL_DIALOG (self), NULL);

  return self->fill;
}

GtkWidget *
fy_batch_fill_dialog_get_view (FyBatchFillDialog *self)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL_DIALOG (self), NULL);

  return self->view;
}

double
fy_batch_fill_dialog_get_progress (FyBatchFillDialog *self)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL_DIALOG (self), 0);

  return gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (self->progress));
}

const char *
fy_batch_fill_dialog_get_summary (FyBatchFillDialog *self)
{
  g_return_val_if_fail (FY_IS_BATCH_FILL_DIALOG (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->info_label));
}

/* Choosers --------------------------------------------------------------- */

static void
table_response_cb (FyBatchFillDialog    *self,
                   int                   response,
                   GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GError) error = NULL;

      if (!fy_batch_fill_dialog_load (self, file, &error))
        gtk_label_set_text (GTK_LABEL (self->info_label), error->message);
    }
  g_object_unref (native);
}

static void
choose_table_cb (FyBatchFillDialog *self)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (_("Choose a Table"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("Tables saved as CSV"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect_object (native, "response", G_CALLBACK (table_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
folder_response_cb (FyBatchFillDialog    *self,
                    int                   response,
                    GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      fy_batch_fill_dialog_set_folder (self, folder);
    }
  g_object_unref (native);
}

static void
choose_folder_cb (FyBatchFillDialog *self)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Choose a Folder for the Speeches"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (folder_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
close_clicked_cb (FyBatchFillDialog *self)
{
  if (self->running)
    fy_batch_fill_dialog_cancel (self);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
close_request_cb (FyBatchFillDialog *self)
{
  /* Closing while writing stops the run; the window goes when it has. */
  if (!self->running)
    return FALSE;

  fy_batch_fill_dialog_cancel (self);
  return TRUE;
}

/* A table read and not written yet is work that Escape would drop. */
static gboolean
form_edited (GtkWindow *window,
             gpointer   user_data)
{
  FyBatchFillDialog *self = FY_BATCH_FILL_DIALOG (window);

  return self->fill != NULL && !self->finished;
}

/* Construction ----------------------------------------------------------- */

static GtkWidget *
new_labelled_row (const char *title,
                  GtkWidget  *widget)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), widget);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), widget);

  return row;
}

static void
fy_batch_fill_dialog_dispose (GObject *object)
{
  FyBatchFillDialog *self = FY_BATCH_FILL_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (fy_batch_fill_dialog_parent_class)->dispose (object);
}

static void
fy_batch_fill_dialog_finalize (GObject *object)
{
  FyBatchFillDialog *self = FY_BATCH_FILL_DIALOG (object);

  g_clear_object (&self->template_);
  g_clear_object (&self->fill);
  g_clear_object (&self->folder);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (fy_batch_fill_dialog_parent_class)->finalize (object);
}

static void
fy_batch_fill_dialog_class_init (FyBatchFillDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_batch_fill_dialog_dispose;
  object_class->finalize = fy_batch_fill_dialog_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fy_batch_fill_dialog_init (FyBatchFillDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = self->group = adw_preferences_group_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  g_autoptr(GtkSelectionModel) selection = NULL;

  self->rows = g_list_store_new (GTK_TYPE_STRING_OBJECT);

  gtk_window_set_title (GTK_WINDOW (self), _("Batch Fill From a Table"));
  /* Tall enough for about ten rows below the choices, and still within
   * a 1366 × 768 screen. */
  gtk_window_set_default_size (GTK_WINDOW (self), 860, 700);

  self->close_button = gtk_button_new_with_mnemonic (_("_Close"));
  g_signal_connect_object (self->close_button, "clicked", G_CALLBACK (close_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->close_button);
  self->write_button = gtk_button_new_with_mnemonic (_("_Write Speeches"));
  gtk_widget_add_css_class (self->write_button, "suggested-action");
  g_signal_connect_object (self->write_button, "clicked", G_CALLBACK (fy_batch_fill_dialog_start), self,
                           G_CONNECT_SWAPPED);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->write_button);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);
  gtk_widget_set_vexpand (content, TRUE);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Save the sheet from Excel or WPS as CSV; its first row "
                                           "names the fields, such as 会议名称 and 发言人. Each row "
                                           "becomes a speech named after its speaker, or else after "
                                           "the first column that differs from row to row (such as "
                                           "乡镇)."));
  self->table_button = gtk_button_new_with_label (_("Choose a Table…"));
  g_signal_connect_object (self->table_button, "clicked", G_CALLBACK (choose_table_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             new_labelled_row (_("Table"), self->table_button));
  self->folder_button = gtk_button_new_with_label (_("Choose a Folder…"));
  g_signal_connect_object (self->folder_button, "clicked", G_CALLBACK (choose_folder_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             new_labelled_row (_("Folder"), self->folder_button));
  self->pdf_switch = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (self->pdf_switch), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             new_labelled_row (_("Also Make a PDF of Each"), self->pdf_switch));
  /* An unfinished draft (guidance left, a field empty) gets no PDF
   * unless asked: a PDF is what goes to the meeting. */
  self->incomplete_check = gtk_check_button_new ();
  g_signal_connect_object (self->pdf_switch, "notify::active", G_CALLBACK (pdf_switched_cb), self, 0);
  {
    GtkWidget *row = new_labelled_row (_("Write Incomplete Documents Too"), self->incomplete_check);

    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 _("Also make the PDF of a speech that still holds the template’s "
                                   "guidance or an empty field"));
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  }
  gtk_box_append (GTK_BOX (content), group);

  self->info_label = gtk_label_new (_("Choose a table to see its rows here."));
  gtk_label_set_xalign (GTK_LABEL (self->info_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->info_label), TRUE);
  gtk_box_append (GTK_BOX (content), self->info_label);

  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows))));
  self->view = gtk_column_view_new (g_object_ref (selection));
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (self->view), TRUE);
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (self->view), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->view);
  gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_set_vexpand (scroller, TRUE);
  /* Never squeezed to a couple of rows by a small window. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 200);
  gtk_box_append (GTK_BOX (content), scroller);

  self->progress = gtk_progress_bar_new ();
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (self->progress), TRUE);
  gtk_box_append (GTK_BOX (content), self->progress);

  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (self), box);

  /* First: closing while writing only stops the run. */
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
  fy_form_guard_attach (GTK_WINDOW (self), form_edited, NULL);
  update_sensitivity (self);
}

/**
 * fy_batch_fill_dialog_new:
 * @parent: (nullable): the window it is for
 * @template_: the template each row fills (the window's speech as a
 *   template, so that its text is what each speaker gets)
 *
 * Returns: (transfer floating): a new dialog
 */
GtkWidget *
fy_batch_fill_dialog_new (GtkWindow  *parent,
                          FyTemplate *template_)
{
  FyBatchFillDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (FY_IS_TEMPLATE (template_), NULL);

  self = g_object_new (FY_TYPE_BATCH_FILL_DIALOG,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->template_ = g_object_ref (template_);

  return GTK_WIDGET (self);
}

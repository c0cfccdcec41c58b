/* fy-table-dialog.c — Insert Table: how many rows and columns
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-message-dialog.h"
#include "fy-table-dialog.h"

/*
 * A small question, as Word's and WPS's Insert Table ask it: rows,
 * columns, and whether the first row is a header row (on, as in the
 * tables of 汇报材料).  Insert puts an empty table at the editor's cursor
 * (fy_editor_insert_table()), the cursor in its first cell.
 */

#define DEFAULT_ROWS    4
#define DEFAULT_COLUMNS 3
#define MAX_ROWS        200
#define MAX_COLUMNS     12

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             FyEditor         *editor)
{
  GtkSpinButton *rows = g_object_get_data (G_OBJECT (dialog), "fy-rows");
  GtkSpinButton *columns = g_object_get_data (G_OBJECT (dialog), "fy-columns");
  GtkCheckButton *header = g_object_get_data (G_OBJECT (dialog), "fy-header");

  if (!g_str_equal (response, "insert"))
    return;

  /* what is typed in a spin button counts without Enter */
  gtk_spin_button_update (rows);
  gtk_spin_button_update (columns);
  fy_editor_insert_table (editor,
                          gtk_spin_button_get_value_as_int (rows),
                          gtk_spin_button_get_value_as_int (columns),
                          gtk_check_button_get_active (header));
}

static GtkWidget *
add_spin_row (GtkGrid    *grid,
              int         row,
              const char *label,
              const char *name,
              double      value,
              double      max)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *spin = gtk_spin_button_new_with_range (1, max, 1);

  gtk_widget_set_halign (title, GTK_ALIGN_START);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), spin);
  gtk_widget_set_name (spin, name);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  /* Enter inserts the table (GtkSpinButton says so itself from GTK 4.14) */
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (spin))), TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, spin, 1, row, 1, 1);
  return spin;
}

/**
 * fy_table_dialog_present:
 * @parent: the window
 * @editor: where the table goes
 *
 * Returns: (transfer none): the dialog, shown
 */
GtkWidget *
fy_table_dialog_present (GtkWindow *parent,
                         FyEditor  *editor)
{
  GtkWidget *dialog;
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *rows, *columns, *header;

  g_return_val_if_fail (FY_IS_EDITOR (editor), NULL);

  dialog = fy_message_dialog_new (parent, _("Insert Table"),
                                  _("Fill the cells in the editor: Tab goes to the next cell, "
                                    "Tab in the last cell adds a row."));
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  rows = add_spin_row (GTK_GRID (grid), 0, _("_Rows"), "rows", DEFAULT_ROWS, MAX_ROWS);
  columns = add_spin_row (GTK_GRID (grid), 1, _("Co_lumns"), "columns", DEFAULT_COLUMNS, MAX_COLUMNS);
  /* a table of one column is a list */
  gtk_spin_button_set_range (GTK_SPIN_BUTTON (columns), 2, MAX_COLUMNS);
  header = gtk_check_button_new_with_mnemonic (_("First row is a _header row"));
  gtk_widget_set_name (header, "header");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (header), TRUE);
  gtk_grid_attach (GTK_GRID (grid), header, 0, 2, 2, 1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);

  fy_message_dialog_add_cancel_and (ADW_MESSAGE_DIALOG (dialog), "insert", _("_Insert"));
  g_object_set_data (G_OBJECT (dialog), "fy-rows", rows);
  g_object_set_data (G_OBJECT (dialog), "fy-columns", columns);
  g_object_set_data (G_OBJECT (dialog), "fy-header", header);
  g_signal_connect_object (dialog, "response", G_CALLBACK (response_cb), editor, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (rows);

  return dialog;
}

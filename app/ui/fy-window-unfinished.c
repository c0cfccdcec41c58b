/* fy-window-unfinished.c — before export or print, the places of a draft still to fill in
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-message-dialog.h"
#include "fy-ui-layout.h"
#include "fy-window-private.h"

/*
 * A speech made from a template still holds its guidance ("（在此填写
 * ……）") until the writer replaces it, and a field may still be empty.
 * Export and print ask first: a dialog headed "3 places still to fill
 * in" lists each place (fy_document_find_unfinished()) with a Go To
 * button that closes the dialog and selects the place in the editor.
 * "Export Anyway" (or "Print Anyway") runs the action after all; the
 * answer holds for that one run only.
 */

/* A draft with a hundred places left needs no hundred rows to be seen
 * as unfinished. */
#define MAX_LISTED 50

typedef struct
{
  FyWindow *window;     /* weak */
  int       block;
  guint     start;
  guint     end;
} GoTo;

static void
go_to_clicked_cb (GtkButton *button,
                  GoTo      *go_to)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_MESSAGE_DIALOG);
  FyWindow *self = go_to->window;

  /* Closing answers the close response, "cancel". */
  if (dialog != NULL)
    gtk_window_close (GTK_WINDOW (dialog));
  if (self == NULL || self->document == NULL)
    return;

  if (go_to->block >= 0)
    fy_editor_select_in_block (self->editor, go_to->block, go_to->start, go_to->end);
  else
    {
      /* A required field no block shows: the fields panel has it. */
      gtk_toggle_button_set_active (self->sidebar_button, TRUE);
      gtk_stack_set_visible_child (self->sidebar_stack, GTK_WIDGET (self->fields_panel));
    }
}

static void
go_to_free (gpointer  data,
            GClosure *closure)
{
  GoTo *go_to = data;

  g_clear_weak_pointer (&go_to->window);
  g_free (go_to);
}

static GtkWidget *
new_place_row (FyWindow           *self,
               const FyUnfinished *place)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* The guidance itself says what is to be written there; the full
   * sentence is the tooltip.  A field's sentence is short. */
  GtkWidget *label = gtk_label_new (place->kind == FY_UNFINISHED_GUIDANCE ? place->text : place->message);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Go To"));
  GoTo *go_to = g_new0 (GoTo, 1);

  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 6);
  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_tooltip_text (row, place->message);
  gtk_box_append (GTK_BOX (row), label);

  g_set_weak_pointer (&go_to->window, self);
  go_to->block = place->block;
  go_to->start = place->start;
  go_to->end = place->end;
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_data (button, "clicked", G_CALLBACK (go_to_clicked_cb), go_to, go_to_free, 0);
  gtk_box_append (GTK_BOX (row), button);

  return row;
}

static GtkWidget *
new_place_list (FyWindow  *self,
                GPtrArray *places)
{
  GtkWidget *list = gtk_list_box_new ();

  for (guint i = 0; i < places->len && i < MAX_LISTED; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), new_place_row (self, g_ptr_array_index (places, i)));

  return list;
}

static void
unfinished_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        FyWindow         *self)
{
  const char *action = g_object_get_data (G_OBJECT (dialog), "fy-action");

  if (g_strcmp0 (response, "export") != 0 || self->document == NULL)
    return;

  /* Run the action once more, past this check. */
  self->unfinished_confirmed = TRUE;
  gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
  self->unfinished_confirmed = FALSE;
}

/**
 * fy_window_confirm_finished: (skip)
 * @self: a #FyWindow
 * @action: the action about to export or print, such as "win.export-pdf"
 *
 * Returns %TRUE when the document is finished (or the user has just
 * chosen to go on anyway) and @action may go ahead.  Otherwise shows the
 * places still to fill in and returns %FALSE; "Export Anyway" activates
 * @action again.
 */
gboolean
fy_window_confirm_finished (FyWindow   *self,
                            const char *action)
{
  g_autoptr(GPtrArray) places = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *dialog;
  gboolean printing = g_str_equal (action, "win.print");

  if (self->document == NULL || self->unfinished_confirmed)
    return TRUE;

  fy_editor_flush (self->editor);
  places = fy_environment_find_unfinished (fy_ui_layout_get_environment (), self->document);
  if (places->len == 0)
    return TRUE;

  summary = fy_unfinished_dup_summary (places);
  dialog = fy_message_dialog_new (GTK_WINDOW (self), summary,
                                  printing
                                  ? _("The speech still holds the template’s guidance or empty "
                                      "fields. Fill them in before it is printed, or print it as "
                                      "a draft.")
                                  : _("The speech still holds the template’s guidance or empty "
                                      "fields. Fill them in before it goes out, or export it as "
                                      "a draft."));
  fy_message_dialog_set_list (ADW_MESSAGE_DIALOG (dialog), new_place_list (self, places));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Go Back"),
                                    "export", printing ? _("_Print Anyway") : _("_Export Anyway"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fy-action", g_strdup (action), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (unfinished_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return FALSE;
}

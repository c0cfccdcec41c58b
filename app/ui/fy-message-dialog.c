/* fy-message-dialog.c — message dialogs that may close their own parent
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-message-dialog.h"

/*
 * Many answers close the window that asked: "Discard" closes the form or
 * the document window whose question it answered.  That happens inside
 * the click on the answer's button, while AdwMessageDialog holds a
 * reference on itself.  GTK 4.8 then destroys the question with its
 * parent ("destroy-with-parent") but leaves the question's transient
 * parent pointing at the parent, which is finalized first; when the
 * click handler drops the question's last reference, its dispose
 * disconnects signal handlers from the freed parent (GObject criticals,
 * a use after free).  Unsetting the transient parent while the parent is
 * still being destroyed keeps the two apart.
 * https://gitlab.gnome.org/GNOME/gtk/-/blob/4.8.3/gtk/gtkwindow.c
 * (gtk_window_transient_parent_destroyed)
 */

/* Runs after GTK's own handler, which destroyed @dialog or forgot the
 * parent without disconnecting. */
static void
parent_destroyed_cb (GtkWindow *dialog)
{
  gtk_window_set_transient_for (dialog, NULL);
}

/**
 * fy_message_dialog_new:
 * @parent: (nullable): the window that asks
 * @heading: (nullable): the question
 * @body: (nullable): what it means
 *
 * Like adw_message_dialog_new(), and safe when a response closes @parent.
 *
 * Returns: (transfer floating): a new message dialog, not yet shown
 */
GtkWidget *
fy_message_dialog_new (GtkWindow  *parent,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  dialog = adw_message_dialog_new (parent, heading, body);
  if (parent != NULL)
    g_signal_connect_object (parent, "destroy", G_CALLBACK (parent_destroyed_cb), dialog,
                             G_CONNECT_SWAPPED);

  return dialog;
}

/**
 * fy_message_dialog_set_list:
 * @dialog: a message dialog
 * @list: (transfer floating): a #GtkListBox of what the dialog is about
 *
 * Sets @list, drawn as a boxed list with nothing to select, under the
 * body of @dialog; a long one scrolls.
 */
void
fy_message_dialog_set_list (AdwMessageDialog *dialog,
                            GtkWidget        *list)
{
  GtkWidget *scrolled;

  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));
  g_return_if_fail (GTK_IS_LIST_BOX (list));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (dialog, scrolled);
}

/**
 * fy_message_dialog_add_cancel_and:
 * @dialog: a message dialog
 * @response: the id of what the dialog asks to do ("insert")
 * @label: its button's label, with a mnemonic ("_Insert")
 *
 * Adds "Cancel", which Escape and closing the dialog answer, and
 * @response, the suggested one that Enter answers.
 */
void
fy_message_dialog_add_cancel_and (AdwMessageDialog *dialog,
                                  const char       *response,
                                  const char       *label)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));
  g_return_if_fail (response != NULL && label != NULL);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
}

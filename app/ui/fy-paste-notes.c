/* fy-paste-notes.c — what a paste left out: a toast, the lines on demand
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-message-dialog.h"
#include "fy-paste-notes.h"

/* What the paste left out: a count and the kind of line; %NULL when it
 * left nothing out. */
static char *
dup_left_out (const FyImportNotes *notes)
{
  g_autoptr(GString) kinds = g_string_new (NULL);
  guint n = fy_import_notes_count_lines (notes);

  if (n == 0)
    return NULL;
  if (notes->captions->len == n)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Pasted without %u photo caption",
                                         "Pasted without %u photo captions",
                                         n),
                            n);
  if (notes->web->len == n)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Pasted without %u line the web page printed around the text",
                                         "Pasted without %u lines the web page printed around the text",
                                         n),
                            n);
  if (notes->furniture->len == n)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Pasted without %u line of page numbers and running heads",
                                         "Pasted without %u lines of page numbers and running heads",
                                         n),
                            n);

  const struct { GPtrArray *lines; const char *kind; } parts[] = {
    { notes->furniture, N_("page numbers and running heads") },
    { notes->web, N_("web page lines") },
    { notes->captions, N_("photo captions") },
  };
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i].lines->len > 0)
      /* Translators: between two kinds of line in a list */
      g_string_append_printf (kinds, "%s%s", kinds->len > 0 ? _(", ") : "", _(parts[i].kind));
  /* Translators: %s is a list of kinds of line, such as “page numbers
   * and running heads, web page lines” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Pasted without %1$u line: %2$s",
                                       "Pasted without %1$u lines: %2$s",
                                       n),
                          n, kinds->str);
}

/* The toast's title is one line that libadwaita 1.2 cuts off with "…":
 * a count and the kind of line, the lines themselves in the dialog.  A
 * paste that kept lines it could not read as they were (a table's rows
 * whose cells ran together) says so too, and one with any other warning
 * says how many: the user sees every warning the import makes. */
char *
fy_paste_notes_dup_summary (const FyImportNotes *notes)
{
  g_autofree char *left_out = NULL;
  g_autofree char *rows = NULL;
  guint n_rows;

  g_return_val_if_fail (notes != NULL, NULL);

  left_out = dup_left_out (notes);
  n_rows = notes->glued->len;
  if (n_rows == 0)
    {
      if (left_out != NULL || notes->warnings->len == 0)
        return g_steal_pointer (&left_out);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Pasted with %u warning",
                                           "Pasted with %u warnings",
                                           notes->warnings->len),
                              notes->warnings->len);
    }
  if (left_out == NULL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Pasted %u table row whose cells ran together: check it",
                                         "Pasted %u table rows whose cells ran together: check them",
                                         n_rows),
                            n_rows);
  rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u table row to check",
                                       "%u table rows to check",
                                       n_rows),
                          n_rows);
  /* Translators: what a paste left out, then the rows of a table it
   * kept as paragraphs: “Pasted without 2 lines of page numbers and
   * running heads; 4 table rows to check” */
  return g_strdup_printf (_("%1$s; %2$s"), left_out, rows);
}

static void
append_rows (GtkListBox *list,
             GPtrArray  *lines,
             const char *kind)
{
  for (guint i = 0; i < lines->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      /* a line of the text, shown as it was, and selectable to copy back */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (lines, i));
      adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), kind);
      gtk_list_box_append (list, row);
    }
}

/**
 * fy_paste_notes_new_dialog:
 * @parent: (nullable): the window pasted into
 * @notes: what the paste left out
 *
 * Returns: (transfer floating): a dialog listing each line left out,
 *   and each row of a table kept as a paragraph, under the warnings a
 *   file import gives about them; present it
 */
GtkWidget *
fy_paste_notes_new_dialog (GtkWindow           *parent,
                           const FyImportNotes *notes)
{
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;
  GtkWidget *list;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (notes != NULL, NULL);

  for (guint i = 0; i < notes->warnings->len; i++)
    g_string_append_printf (body, "%s%s", i > 0 ? "\n\n" : "",
                            (const char *) g_ptr_array_index (notes->warnings, i));
  dialog = fy_message_dialog_new (parent,
                                  fy_import_notes_count_lines (notes) > 0
                                  ? _("Lines Left Out of the Paste")
                                  : _("Lines of the Paste to Check"),
                                  body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"), NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  list = gtk_list_box_new ();
  gtk_widget_set_name (list, "paste-notes-list");
  append_rows (GTK_LIST_BOX (list), notes->furniture, _("Page number or running head"));
  append_rows (GTK_LIST_BOX (list), notes->web, _("Line a web page prints around the text"));
  append_rows (GTK_LIST_BOX (list), notes->captions, _("Caption of a photo the copy lost"));
  append_rows (GTK_LIST_BOX (list), notes->glued, _("Row of a table, its cells run together"));
  fy_message_dialog_set_list (ADW_MESSAGE_DIALOG (dialog), list);

  return dialog;
}

typedef struct
{
  GWeakRef       parent;
  FyImportNotes *notes;
} ToastData;

static void
toast_data_free (gpointer  data,
                 GClosure *closure)
{
  ToastData *toast_data = data;

  g_weak_ref_clear (&toast_data->parent);
  fy_import_notes_free (toast_data->notes);
  g_free (toast_data);
}

static void
show_lines_cb (AdwToast  *toast,
               ToastData *data)
{
  g_autoptr(GtkWindow) parent = g_weak_ref_get (&data->parent);

  gtk_window_present (GTK_WINDOW (fy_paste_notes_new_dialog (parent, data->notes)));
}

/**
 * fy_paste_notes_new_toast:
 * @parent: (nullable): the window pasted into
 * @notes: (transfer full): what the paste left out
 *
 * Returns: (transfer full) (nullable): a toast saying what the paste
 *   left out or warns of, its button listing the lines; %NULL when it
 *   left nothing out and warns of nothing.  adw_toast_overlay_add_toast()
 *   takes it
 */
AdwToast *
fy_paste_notes_new_toast (GtkWindow     *parent,
                          FyImportNotes *notes)
{
  g_autoptr(FyImportNotes) owned = notes;
  g_autofree char *summary = NULL;
  g_autofree char *escaped = NULL;
  ToastData *data;
  AdwToast *toast;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (notes != NULL, NULL);

  summary = fy_paste_notes_dup_summary (notes);
  if (summary == NULL)
    return NULL;

  /* The toast title is Pango markup in libadwaita 1.2. */
  escaped = g_markup_escape_text (summary, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Show Lines"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);

  data = g_new0 (ToastData, 1);
  g_weak_ref_init (&data->parent, parent);
  data->notes = g_steal_pointer (&owned);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (show_lines_cb), data,
                         toast_data_free, 0);

  return toast;
}

/* Adds @toast (transfer full) to the #AdwToastOverlay that holds @widget. */
static void
add_toast (GtkWidget *widget,
           AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL)
    {
      g_debug ("No toast overlay to say what the paste did");
      g_object_unref (toast);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * fy_paste_notes_show:
 * @widget: the widget pasted into
 * @notes: (transfer full): what the paste left out
 *
 * Shows fy_paste_notes_new_toast() in the #AdwToastOverlay that holds
 * @widget, when the paste left something out or warns of something.
 */
void
fy_paste_notes_show (GtkWidget     *widget,
                     FyImportNotes *notes)
{
  GtkRoot *root;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (notes != NULL);

  root = gtk_widget_get_root (widget);
  toast = fy_paste_notes_new_toast (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, notes);
  if (toast != NULL)
    add_toast (widget, toast);
}

/**
 * fy_paste_notes_refuse:
 * @widget: the widget pasted into
 * @picture: whether the clipboard held a picture
 *
 * Says in a toast of the window that nothing was pasted and why: a
 * picture on the clipboard (a speech has no pictures), or bytes that are
 * no text (control characters, a picture read as text).
 */
void
fy_paste_notes_refuse (GtkWidget *widget,
                       gboolean   picture)
{
  const char *message = picture ? _("Nothing pasted: the clipboard holds a picture, and a speech takes text only")
                                : _("Nothing pasted: the clipboard holds no readable text");
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  g_return_if_fail (GTK_IS_WIDGET (widget));

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);
  gtk_widget_error_bell (widget);
  add_toast (widget, toast);
}

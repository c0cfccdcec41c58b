/* fy-form-guard.c — Escape in a small form asks before typed input goes
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-form-guard.h"
#include "fy-message-dialog.h"

/*
 * A small dialog with a form (a template's new name, a version's note, a
 * table chosen for batch fill) is closed by Escape, as dialogs are.  When
 * the user typed something there, Escape is more likely a slip than a
 * decision: the guard then asks first, as the gallery's form does.  The
 * dialog's own buttons (Cancel included) are decisions and never ask.
 *
 * AdwMessageDialog closes itself when one of its buttons is clicked and
 * emits the response just before or after that (depending on the
 * libadwaita version), so a close request alone cannot tell a click from
 * Escape.  The guard therefore holds the close and asks from an idle: a
 * response that comes meanwhile was a click, which closes the dialog and
 * drops the question.
 */

typedef struct
{
  GtkWindow             *window;        /* unowned: the guard is its data */
  FyFormGuardEditedFunc  edited;
  gpointer               user_data;
  GPtrArray             *fields;        /* GtkWidget, owned */
  GPtrArray             *initial;       /* char *: each field as shown */
  guint                  ask_id;
  guint                  responded : 1;
  guint                  confirmed : 1;
} FyFormGuard;

static const char *guard_key = "fy-form-guard";

static void
fy_form_guard_free (gpointer data)
{
  FyFormGuard *guard = data;

  g_clear_handle_id (&guard->ask_id, g_source_remove);
  g_clear_pointer (&guard->fields, g_ptr_array_unref);
  g_clear_pointer (&guard->initial, g_ptr_array_unref);
  g_free (guard);
}

/* What a field holds, as a string to compare with the shown state. */
static char *
dup_field_state (GtkWidget *field)
{
  if (GTK_IS_EDITABLE (field))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));
  if (GTK_IS_CHECK_BUTTON (field))
    return g_strdup (gtk_check_button_get_active (GTK_CHECK_BUTTON (field)) ? "1" : "0");
  if (GTK_IS_SWITCH (field))
    return g_strdup (gtk_switch_get_active (GTK_SWITCH (field)) ? "1" : "0");

  g_return_val_if_reached (NULL);
}

static gboolean
fields_edited (GtkWindow *window,
               gpointer   user_data)
{
  FyFormGuard *guard = user_data;

  for (guint i = 0; i < guard->fields->len; i++)
    {
      g_autofree char *state = dup_field_state (g_ptr_array_index (guard->fields, i));

      if (g_strcmp0 (state, g_ptr_array_index (guard->initial, i)) != 0)
        return TRUE;
    }

  return FALSE;
}

static void
question_response_cb (AdwMessageDialog *question,
                      const char       *response,
                      GtkWindow        *window)
{
  FyFormGuard *guard = g_object_get_data (G_OBJECT (window), guard_key);

  if (g_strcmp0 (response, "discard") != 0 || guard == NULL)
    return;

  guard->confirmed = TRUE;
  gtk_window_close (window);
}

static gboolean
ask_cb (gpointer user_data)
{
  FyFormGuard *guard = user_data;
  GtkWidget *question;

  guard->ask_id = 0;

  /* Closed by other means while the question waited. */
  if (!gtk_widget_get_visible (GTK_WIDGET (guard->window)))
    return G_SOURCE_REMOVE;

  question = fy_form_guard_new_question (guard->window);
  g_signal_connect_object (question, "response", G_CALLBACK (question_response_cb),
                           guard->window, 0);
  gtk_window_present (GTK_WINDOW (question));

  return G_SOURCE_REMOVE;
}

/* Runs before the window's own close handler, which it can stop. */
static gboolean
close_request_cb (GtkWindow   *window,
                  FyFormGuard *guard)
{
  if (guard->confirmed || guard->responded || !guard->edited (window, guard->user_data))
    return GDK_EVENT_PROPAGATE;

  if (guard->ask_id == 0)
    guard->ask_id = g_idle_add (ask_cb, guard);

  return GDK_EVENT_STOP;
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             FyFormGuard      *guard)
{
  guard->responded = TRUE;

  /* A button was clicked and its close held: it closes after all. */
  if (guard->ask_id != 0)
    {
      g_clear_handle_id (&guard->ask_id, g_source_remove);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

static FyFormGuard *
ensure_guard (GtkWindow *window)
{
  FyFormGuard *guard = g_object_get_data (G_OBJECT (window), guard_key);

  if (guard != NULL)
    return guard;

  guard = g_new0 (FyFormGuard, 1);
  guard->window = window;
  g_object_set_data_full (G_OBJECT (window), guard_key, guard, fy_form_guard_free);
  g_signal_connect (window, "close-request", G_CALLBACK (close_request_cb), guard);
  if (ADW_IS_MESSAGE_DIALOG (window))
    g_signal_connect (window, "response", G_CALLBACK (response_cb), guard);

  return guard;
}

/**
 * fy_form_guard_new_question:
 * @parent: the window whose form would be dropped
 *
 * The question asked before typed fields are dropped: responses
 * "cancel" (keep editing, the default) and "discard".
 *
 * Returns: (transfer floating): a new message dialog, not yet shown
 */
GtkWidget *
fy_form_guard_new_question (GtkWindow *parent)
{
  GtkWidget *dialog;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  dialog = fy_message_dialog_new (parent, _("Discard the Typed Fields?"),
                                  _("What you typed into the form is lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  return dialog;
}

/**
 * fy_form_guard_attach:
 * @window: a dialog that Escape closes
 * @edited: tells whether closing would lose input
 * @user_data: data for @edited
 *
 * Makes Escape (and the window manager's close) ask before @window goes
 * while @edited says something would be lost.
 */
void
fy_form_guard_attach (GtkWindow             *window,
                      FyFormGuardEditedFunc  edited,
                      gpointer               user_data)
{
  FyFormGuard *guard;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (edited != NULL);

  guard = ensure_guard (window);
  guard->edited = edited;
  guard->user_data = user_data;
}

/**
 * fy_form_guard_attach_fields:
 * @window: a dialog that Escape closes
 * @first_field: an entry, check button or switch of its form
 * @...: more fields, then %NULL
 *
 * Like fy_form_guard_attach(), with "edited" meaning that a field differs
 * from what it shows now.  Call it once the fields hold their defaults.
 */
void
fy_form_guard_attach_fields (GtkWindow *window,
                             GtkWidget *first_field,
                             ...)
{
  FyFormGuard *guard;
  va_list args;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (GTK_IS_WIDGET (first_field));

  guard = ensure_guard (window);
  guard->edited = fields_edited;
  guard->user_data = guard;
  g_clear_pointer (&guard->fields, g_ptr_array_unref);
  g_clear_pointer (&guard->initial, g_ptr_array_unref);
  guard->fields = g_ptr_array_new_with_free_func (g_object_unref);
  guard->initial = g_ptr_array_new_with_free_func (g_free);

  va_start (args, first_field);
  for (GtkWidget *field = first_field; field != NULL; field = va_arg (args, GtkWidget *))
    {
      g_ptr_array_add (guard->fields, g_object_ref (field));
      g_ptr_array_add (guard->initial, dup_field_state (field));
    }
  va_end (args);
}

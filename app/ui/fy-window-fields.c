/* fy-window-fields.c — FyWindow: Insert Field, a {{name}} at the caret
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fy-form-guard.h"
#include "fy-message-dialog.h"
#include "fy-ui-layout.h"
#include "fy-window-private.h"

/*
 * A field was only to be found in docs/markdown.md (session 17's new
 * user).  Insert Field asks for its name and puts {{name}} at the caret,
 * which the editor shows as a field at once; text selected first becomes
 * the field's value, so that "全市政协系统11月份工作例会" selected and
 * named 会议名称 is a field with that value in one step.  A value is one
 * line, so a selection over several paragraphs is refused with a word
 * of why, before the name is asked for: replacing them all by one field
 * would lose the paragraphs, and a field at the caret beside a selection
 * left as it was is not what the user selected it for.
 */

/* A name a field can have: no braces, no line break, not empty. */
static char *
dup_field_name (const char *text)
{
  g_autofree char *name = g_strstrip (g_strdup (text));

  if (*name == '\0' || strpbrk (name, "{}\n\r\t") != NULL)
    return NULL;

  return g_steal_pointer (&name);
}

/* Whether the selection runs over more than one line, which a field's
 * one-line value cannot take; then says so. */
static gboolean
refuse_selected_lines (FyWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end) ||
      gtk_text_iter_get_line (&start) == gtk_text_iter_get_line (&end))
    return FALSE;

  fy_window_show_message (self, _("A field’s value is one line: select text within one paragraph, "
                                  "or nothing for an empty field"));
  return TRUE;
}

/**
 * fy_window_insert_field: (skip)
 * @self: a #FyWindow
 * @name: the field's name, such as "会议名称"
 *
 * Puts {{@name}} at the caret, in place of the selection if any, whose
 * text becomes the field's value unless the speech has one already.  A
 * selection over several lines is refused, and a toast says why.
 *
 * Returns: whether the field was inserted (%FALSE for an unusable name
 *   or a selection over several lines)
 */
gboolean
fy_window_insert_field (FyWindow   *self,
                        const char *name)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *field = dup_field_name (name);
  g_autofree char *reference = NULL;
  g_autofree char *selected = NULL;

  g_return_val_if_fail (FY_IS_WINDOW (self), FALSE);

  if (self->document == NULL || field == NULL || refuse_selected_lines (self))
    return FALSE;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  reference = g_strconcat ("{{", field, "}}", NULL);
  gtk_text_buffer_begin_user_action (buffer);
  if (selected != NULL)
    gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, reference, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
  fy_editor_flush (self->editor);

  if (selected != NULL && *g_strstrip (selected) != '\0' && fy_document_get_field_value (self->document, field) == NULL)
    fy_document_set_field_value (self->document, field, selected);

  gtk_widget_grab_focus (GTK_WIDGET (self->editor));
  return TRUE;
}

static void
insert_response_cb (FyWindow         *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "fy-name");

  if (g_strcmp0 (response, "insert") != 0 || refuse_selected_lines (self))
    return;

  if (!fy_window_insert_field (self, gtk_editable_get_text (entry)))
    fy_window_show_message (self, _("A field needs a name without braces, such as 会议名称"));
}

static void
insert_field_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->document == NULL || refuse_selected_lines (self))
    return;

  dialog = fy_message_dialog_new (GTK_WINDOW (self), _("Insert Field"),
                                  _("A field is text that changes with each speech made from a "
                                    "template, such as the meeting or the speaker: it is asked for "
                                    "under New, and changing it under Fields changes it everywhere. "
                                    "Text selected in the speech becomes its value."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Field name, such as 会议名称"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  fy_message_dialog_add_cancel_and (ADW_MESSAGE_DIALOG (dialog), "insert", _("_Insert"));
  g_object_set_data (G_OBJECT (dialog), "fy-name", entry);
  fy_form_guard_attach_fields (GTK_WINDOW (dialog), entry, NULL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (insert_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* A unit or post left empty when the speech was made is out of its
 * speaker line, and a signature of the unit alone out of the text (see
 * fy_template_instantiate()); the 字段 panel still lists the field and
 * says a change shows everywhere, so typing a value there first puts
 * those lines back, in the same undo step as the value (session 21's
 * new user typed a unit and nothing changed on the page). */
static void
field_filling_cb (FyWindow      *self,
                  const char    *name,
                  FyFieldsPanel *panel)
{
  FyTemplate *template_;
  g_autoptr(FyDocument) trial = NULL;

  if (self->document == NULL)
    return;

  template_ = fy_environment_lookup_template (fy_ui_layout_get_environment (),
                                              fy_document_get_template_id (self->document));
  if (template_ == NULL)
    return;

  fy_editor_flush (self->editor);
  trial = fy_document_copy (self->document);
  if (!fy_template_restore_field_lines (template_, trial, name))
    return;

  fy_editor_begin_field_edit (self->editor, name);
  fy_template_restore_field_lines (template_, self->document, name);
}

void
fy_window_init_fields (FyWindow *self)
{
  g_signal_connect_object (self->fields_panel, "filling", G_CALLBACK (field_filling_cb), self,
                           G_CONNECT_SWAPPED);
}

void
fy_window_class_init_fields (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.insert-field", NULL, insert_field_action);
}

/* fy-font-report.c — font warnings of a layout: one line per export, details on demand
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-export-dialog.h"
#include "fy-font-report.h"
#include "fy-message-dialog.h"

/**
 * fy_font_report_is_font_warning:
 * @warning: a warning of a layout
 *
 * Returns: %TRUE for a font substitution or a per-character fallback
 */
gboolean
fy_font_report_is_font_warning (const FyLayoutWarning *warning)
{
  g_return_val_if_fail (warning != NULL, FALSE);

  return warning->kind == FY_LAYOUT_WARNING_FONT_SUBSTITUTION ||
         warning->kind == FY_LAYOUT_WARNING_FALLBACK_GLYPH;
}

/**
 * fy_font_report_dup_line:
 * @layout: a layout
 * @warning: one of its warnings
 *
 * Returns: (transfer full): the warning's message, after the page it is
 *   on when it is about a character
 */
char *
fy_font_report_dup_line (FyLayout              *layout,
                         const FyLayoutWarning *warning)
{
  guint page = 0;

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (warning != NULL, NULL);

  if (warning->block_index >= 0 && warning->char_offset >= 0 &&
      fy_layout_find_position (layout, warning->block_index, warning->char_offset, &page, NULL))
    /* Translators: a page number, then a warning about a character on it */
    return g_strdup_printf (_("Page %1$u: %2$s"), page + 1, warning->message);

  return g_strdup (warning->message);
}

/**
 * fy_font_report_dup_summary:
 * @layout: a layout
 *
 * Returns: (transfer full) (nullable): one line counting the font
 *   warnings of @layout, or %NULL when it has none
 */
char *
fy_font_report_dup_summary (FyLayout *layout)
{
  const FyLayoutWarning *warnings;
  guint n_warnings = 0;
  guint n_characters = 0;
  guint n_substitutions = 0;
  g_autofree char *characters = NULL;
  g_autofree char *substitutions = NULL;

  g_return_val_if_fail (layout != NULL, NULL);

  warnings = fy_layout_get_warnings (layout, &n_warnings);
  for (guint i = 0; i < n_warnings; i++)
    {
      if (warnings[i].kind == FY_LAYOUT_WARNING_FALLBACK_GLYPH)
        n_characters++;
      else if (warnings[i].kind == FY_LAYOUT_WARNING_FONT_SUBSTITUTION)
        n_substitutions++;
    }

  if (n_characters > 0)
    characters = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u character drawn from a fallback face",
                                               "%u characters drawn from a fallback face",
                                               n_characters),
                                  n_characters);
  if (n_substitutions > 0)
    substitutions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%u font substitution",
                                                  "%u font substitutions",
                                                  n_substitutions),
                                     n_substitutions);

  if (characters != NULL && substitutions != NULL)
    /* Translators: the two counts of font warnings, such as "3 characters
     * drawn from a fallback face" and "4 font substitutions" */
    return g_strdup_printf (_("%1$s; %2$s"), characters, substitutions);
  if (characters != NULL)
    return g_steal_pointer (&characters);
  return g_steal_pointer (&substitutions);
}

static void
details_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GFile            *file)
{
  if (g_strcmp0 (response, "open") == 0 && file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
    }
}

/**
 * fy_font_report_new_details_dialog:
 * @parent: (nullable): the window the dialog belongs to
 * @layout: the layout exported
 * @file: (nullable): the file or folder exported to
 *
 * Returns: (transfer floating): a dialog listing every font warning of
 *   @layout, characters with their page; present it
 */
GtkWidget *
fy_font_report_new_details_dialog (GtkWindow *parent,
                                   FyLayout  *layout,
                                   GFile     *file)
{
  const FyLayoutWarning *warnings;
  guint n_warnings = 0;
  g_autofree char *summary = NULL;
  GtkWidget *dialog;
  GtkWidget *list;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (layout != NULL, NULL);

  summary = fy_font_report_dup_summary (layout);
  dialog = fy_message_dialog_new (parent, _("Fonts of the Export"), summary);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"), NULL);
  if (file != NULL)
    {
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "open", _("_Open"), NULL);
      g_signal_connect_data (dialog, "response", G_CALLBACK (details_response_cb),
                             g_object_ref (file),
                             (GClosureNotify)(void (*) (void))g_object_unref, 0);
    }
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  list = gtk_list_box_new ();
  gtk_widget_set_name (list, "font-report-list");
  warnings = fy_layout_get_warnings (layout, &n_warnings);
  for (guint i = 0; i < n_warnings; i++)
    {
      g_autofree char *line = NULL;
      GtkWidget *label;

      if (!fy_font_report_is_font_warning (&warnings[i]))
        continue;
      line = fy_font_report_dup_line (layout, &warnings[i]);
      label = gtk_label_new (line);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_start (label, 8);
      gtk_widget_set_margin_end (label, 8);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_list_box_append (GTK_LIST_BOX (list), label);
    }

  fy_message_dialog_set_list (ADW_MESSAGE_DIALOG (dialog), list);

  return dialog;
}

typedef struct
{
  GtkWindow *parent;
  FyLayout  *layout;
  GFile     *file;
} DetailsData;

static void
details_data_free (gpointer data,
                   GClosure *closure)
{
  DetailsData *details = data;

  g_clear_object (&details->parent);
  g_clear_pointer (&details->layout, fy_layout_unref);
  g_clear_object (&details->file);
  g_free (details);
}

static void
details_clicked_cb (AdwToast    *toast,
                    DetailsData *details)
{
  GtkWidget *dialog = fy_font_report_new_details_dialog (details->parent, details->layout,
                                                         details->file);

  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * fy_font_report_new_export_toast:
 * @parent: (nullable): the window that exported
 * @file: the file or folder exported to
 * @layout: (nullable): the layout exported
 *
 * Returns: (transfer full): the toast to show when an export is done:
 *   where it went and, in the same line, what the fonts did
 */
/* @name, shortened in the middle to at most @max characters. */
static char *
dup_short_name (const char *name,
                glong       max)
{
  glong length = g_utf8_strlen (name, -1);
  g_autofree char *head = NULL;

  if (length <= max)
    return g_strdup (name);
  head = g_utf8_substring (name, 0, max / 2);
  return g_strconcat (head, "…", g_utf8_offset_to_pointer (name, length - (max - 1 - max / 2)), NULL);
}

AdwToast *
fy_font_report_new_export_toast (GtkWindow *parent,
                                 GFile     *file,
                                 FyLayout  *layout)
{
  const FyLayoutWarning *warnings = NULL;
  guint n_warnings = 0;
  guint n_font = 0;
  g_autofree char *name = NULL;
  g_autofree char *display = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *count = NULL;
  g_autofree char *title = NULL;
  DetailsData *details;
  AdwToast *toast;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (layout != NULL)
    warnings = fy_layout_get_warnings (layout, &n_warnings);
  for (guint i = 0; i < n_warnings; i++)
    n_font += fy_font_report_is_font_warning (&warnings[i]);
  if (n_font == 0)
    return fy_export_dialog_new_done_toast (file);

  /* The title is one line that libadwaita 1.2 cuts off with "…" when it
   * is wider than the toast: a count alone (the kinds are in the
   * details), and a long file name shortened in the middle. */
  name = g_file_get_basename (file);
  display = g_filename_display_name (name != NULL ? name : "");    /* valid UTF-8 */
  short_name = dup_short_name (display, 32);
  /* The toast title is Pango markup in libadwaita 1.2. */
  escaped = g_markup_escape_text (short_name, -1);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u font warning", "%u font warnings",
                                        n_font),
                           n_font);
  /* Translators: a file name; a count of font warnings such as "3 font
   * warnings" */
  title = g_strdup_printf (_("Exported “%1$s” — %2$s"), escaped, count);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 10);

  details = g_new0 (DetailsData, 1);
  details->parent = parent != NULL ? g_object_ref (parent) : NULL;
  details->layout = fy_layout_ref (layout);
  details->file = g_object_ref (file);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (details_clicked_cb),
                         details, details_data_free, 0);

  return toast;
}

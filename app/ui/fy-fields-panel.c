/* fy-fields-panel.c — entries for the template fields of a document
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-fields-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-fields-panel.h"
#include "fy-ui-layout.h"

/*
 * One entry per field the document has a value for or refers to.  Typing
 * in an entry sets the value at once; every {{name}} in the editor and the
 * preview follows, since they all show the same FyDocument.  Fields
 * cleared by the user keep their entry while the document is shown.
 */

#define REFRESH_DELAY_MS 300

struct _FyFieldsPanel
{
  GtkWidget           parent_instance;

  FyDocument         *document;
  GtkWidget          *scroller;
  AdwPreferencesGroup *group;
  GtkWidget          *empty_label;
  GPtrArray          *names;
  GHashTable         *rows;      /* name → AdwEntryRow */
  FyTemplate         *template;  /* the document's, for labels and help */
  guint               refresh_source;
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (FyFieldsPanel, fy_fields_panel, GTK_TYPE_WIDGET)

enum {
  FILLING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
collect_names (FyFieldsPanel *self,
               GPtrArray     *names)
{
  g_auto(GStrv) set = fy_document_dup_field_names (self->document);

  /* The template's fields first, in the order of its form. */
  if (self->template != NULL)
    for (guint i = 0; i < fy_template_get_n_fields (self->template); i++)
      {
        const FyFieldDef *def = fy_template_get_field (self->template, i);

        if (!g_ptr_array_find_with_equal_func (names, def->id, g_str_equal, NULL))
          g_ptr_array_add (names, g_strdup (def->id));
      }

  for (guint i = 0; set[i]; i++)
    if (!g_ptr_array_find_with_equal_func (names, set[i], g_str_equal, NULL))
      g_ptr_array_add (names, g_strdup (set[i]));

  for (guint i = 0; i < fy_document_get_n_blocks (self->document); i++)
    {
      FyBlock *block = fy_document_get_block (self->document, i);

      for (guint j = 0; j < fy_block_get_n_runs (block); j++)
        {
          const FyRun *run = fy_block_get_run (block, j);

          if (run->kind == FY_RUN_FIELD &&
              !g_ptr_array_find_with_equal_func (names, run->text, g_str_equal, NULL))
            g_ptr_array_add (names, g_strdup (run->text));
        }
    }
}

static void
entry_changed_cb (FyFieldsPanel *self,
                  GtkEditable   *editable)
{
  const char *name = g_object_get_data (G_OBJECT (editable), "fy-field");
  const char *text = gtk_editable_get_text (editable);
  const char *before;

  if (self->updating || self->document == NULL)
    return;

  before = fy_document_get_field_value (self->document, name);
  if (*text != '\0' && (before == NULL || *before == '\0'))
    g_signal_emit (self, signals[FILLING], 0, name);

  fy_document_set_field_value (self->document, name, *text ? text : NULL);
}

static void
update_values (FyFieldsPanel *self)
{
  GHashTableIter iter;
  gpointer key, value;

  self->updating = TRUE;
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *current = fy_document_get_field_value (self->document, key);

      if (g_strcmp0 (gtk_editable_get_text (value), current ? current : "") != 0)
        gtk_editable_set_text (value, current ? current : "");
    }
  self->updating = FALSE;
}

static void
rebuild (FyFieldsPanel *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);

  if (self->document == NULL)
    {
      gtk_widget_set_visible (self->empty_label, TRUE);
      return;
    }

  collect_names (self, self->names);

  for (guint i = 0; i < self->names->len; i++)
    {
      const char *name = g_ptr_array_index (self->names, i);
      const FyFieldDef *def;
      GtkWidget *row;

      if (g_hash_table_contains (self->rows, name))
        continue;

      row = adw_entry_row_new ();
      /* A field name comes from the document: plain text, not markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      def = self->template != NULL ? fy_template_lookup_field (self->template, name) : NULL;
      if (def != NULL)
        {
          g_autofree char *title = def->required ? g_strdup_printf ("%s *", def->label)
                                                 : g_strdup (def->label);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          if (def->help != NULL)
            gtk_widget_set_tooltip_text (row, def->help);
        }
      else
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      g_object_set_data_full (G_OBJECT (row), "fy-field", g_strdup (name), g_free);
      /* Ctrl+Z is the window's undo (see fy_fields_panel_init()). */
      gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
      g_signal_connect_object (row, "changed", G_CALLBACK (entry_changed_cb), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->group, row);
      g_hash_table_insert (self->rows, g_strdup (name), row);
    }

  update_values (self);
  gtk_widget_set_visible (self->empty_label, self->names->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->group), self->names->len > 0);
}

static gboolean
refresh_timeout_cb (gpointer user_data)
{
  FyFieldsPanel *self = user_data;

  self->refresh_source = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

/* A value changed elsewhere (undo, a restored version) shows at once. */
static void
document_field_changed_cb (FyFieldsPanel *self,
                           const char    *name,
                           FyDocument    *document)
{
  GtkEditable *row = g_hash_table_lookup (self->rows, name);
  const char *value = fy_document_get_field_value (document, name);

  if (row == NULL || self->updating || g_strcmp0 (gtk_editable_get_text (row), value ? value : "") == 0)
    return;

  self->updating = TRUE;
  gtk_editable_set_text (row, value ? value : "");
  self->updating = FALSE;
}

static void
document_changed_cb (FyFieldsPanel *self,
                     FyDocument    *document)
{
  /* After a pause in the typing: a rebuild per keystroke would stall it. */
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_timeout_cb, self);
}

static void
clear_rows (FyFieldsPanel *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    adw_preferences_group_remove (self->group, value);
  g_hash_table_remove_all (self->rows);
  g_ptr_array_set_size (self->names, 0);
}

static void
fy_fields_panel_dispose (GObject *object)
{
  FyFieldsPanel *self = (FyFieldsPanel *)object;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->template);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);

  G_OBJECT_CLASS (fy_fields_panel_parent_class)->dispose (object);
}

static void
fy_fields_panel_finalize (GObject *object)
{
  FyFieldsPanel *self = (FyFieldsPanel *)object;

  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (fy_fields_panel_parent_class)->finalize (object);
}

static void
fy_fields_panel_class_init (FyFieldsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fy_fields_panel_dispose;
  object_class->finalize = fy_fields_panel_finalize;

  /**
   * FyFieldsPanel::filling:
   * @self: the panel
   * @name: the field
   *
   * Emitted before a field with no value gets one, so that the window
   * can put back the lines left out of the speech for it (a unit left
   * empty when the speech was made).
   */
  signals[FILLING] = g_signal_new ("filling", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "fy-fields-panel");
}

static void
fy_fields_panel_init (FyFieldsPanel *self)
{
  GtkEventController *shortcuts;
  GtkWidget *box;

  self->names = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* A field edit is a step of the window's undo history, with the text
   * edits (one step however many keys it took).  An entry's own history
   * would undo it key by key instead, through an empty field when the
   * old value was selected and typed over, so the entries keep none and
   * the panel takes Ctrl+Z before them (GtkText binds it in any case). */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.undo")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                                                          gtk_named_action_new ("win.redo")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_y, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.redo")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  self->scroller = gtk_scrolled_window_new ();
  /* Entry rows are wide; a narrow sidebar scrolls them rather than
   * widening the window past 800 px. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), box);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_description (self->group,
                                         _("Changing a field changes it everywhere in the speech."));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->group));

  /* Translators: {{名称}} is the syntax of a field; keep the braces */
  self->empty_label = gtk_label_new (_("This speech has no template fields. To add one, type {{名称}} "
                                       "where the text changes with each speech, such as {{会议名称}}, "
                                       "or select that text and choose Insert Field (Ctrl+Shift+K)."));
  gtk_label_set_wrap (GTK_LABEL (self->empty_label), TRUE);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_box_append (GTK_BOX (box), self->empty_label);
}

GtkWidget *
fy_fields_panel_new (void)
{
  return g_object_new (FY_TYPE_FIELDS_PANEL, NULL);
}

/**
 * fy_fields_panel_get_document:
 * @self: a #FyFieldsPanel
 *
 * Returns: (transfer none) (nullable): the document
 */
FyDocument *
fy_fields_panel_get_document (FyFieldsPanel *self)
{
  g_return_val_if_fail (FY_IS_FIELDS_PANEL (self), NULL);

  return self->document;
}

void
fy_fields_panel_set_document (FyFieldsPanel *self,
                              FyDocument    *document)
{
  g_return_if_fail (FY_IS_FIELDS_PANEL (self));
  g_return_if_fail (document == NULL || FY_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  clear_rows (self);
  g_set_object (&self->document, document);
  g_clear_object (&self->template);
  if (document != NULL)
    {
      const char *template_id = fy_document_get_template_id (document);

      g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "field-changed", G_CALLBACK (document_field_changed_cb), self,
                               G_CONNECT_SWAPPED);

      /* Built-in, personal and shared-folder templates alike. */
      if (template_id != NULL)
        {
          FyTemplate *template = fy_environment_lookup_template (fy_ui_layout_get_environment (),
                                                                 template_id);

          if (template != NULL)
            self->template = g_object_ref (template);
        }
    }

  rebuild (self);
}

guint
fy_fields_panel_get_n_fields (FyFieldsPanel *self)
{
  g_return_val_if_fail (FY_IS_FIELDS_PANEL (self), 0);

  return self->names->len;
}

/**
 * fy_fields_panel_get_entry:
 * @self: a #FyFieldsPanel
 * @name: a field name
 *
 * Returns: (transfer none) (nullable): the entry of the field
 */
GtkEditable *
fy_fields_panel_get_entry (FyFieldsPanel *self,
                           const char    *name)
{
  g_return_val_if_fail (FY_IS_FIELDS_PANEL (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_hash_table_lookup (self->rows, name);
}

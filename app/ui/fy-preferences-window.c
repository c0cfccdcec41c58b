/* fy-preferences-window.c — the application's preferences, bound to GSettings
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <glib/gi18n.h>

#include "fy-fonts.h"
#include "fy-preferences-window.h"
#include "fy-ui-layout.h"
#include "fy-style.h"

typedef struct
{
  const char *role;
  FyFontRole  font_role;
  const char *title;
  const char *subtitle;
} FontRoleInfo;

typedef struct
{
  FyPreferencesWindow *self;
  const FontRoleInfo  *info;
  GtkDropDown         *drop_down;
  GtkLabel            *sample;
  GtkLabel            *why;
} FontRoleRow;

struct _FyPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  GtkStringList        *families;
  FyFontSet            *font_set;     /* automatic */
  FyFontSet            *chosen_set;   /* with the families chosen here */
  FontRoleRow          *font_rows;
  GtkFileChooserNative *folder_chooser;
  GtkFileChooserNative *font_chooser;
  GPtrArray            *folder_rows;
  GPtrArray            *preset_ids;

  /* Template widgets */
  AdwComboRow          *style_row;
  GtkSpinButton        *speaking_rate_spin;
  AdwPreferencesGroup  *fonts_group;
  AdwPreferencesGroup  *folders_group;
  AdwActionRow         *no_folders_row;
};

G_DEFINE_FINAL_TYPE (FyPreferencesWindow, fy_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The built-in presets with names to translate, in the order offered;
 * presets the engine has beyond these show with their own names. */
static const struct {
  const char *id;
  const char *label;
} known_presets[] = {
  { "gbt9704", N_("GB/T 9704") },
  { "reading", N_("Reading Copy (Large Print)") },
  { "review", N_("Review Copy (Wide Spacing)") },
};

static const FontRoleInfo font_roles[] = {
  { "xiaobiaosong", FY_FONT_ROLE_XIAOBIAOSONG, N_("Xiaobiaosong (小标宋)"), N_("Title") },
  { "fangsong", FY_FONT_ROLE_FANGSONG, N_("Fangsong (仿宋)"), N_("Body text") },
  { "heiti", FY_FONT_ROLE_HEITI, N_("Heiti (黑体)"), N_("First-level headings and bold leads") },
  { "kaiti", FY_FONT_ROLE_KAITI, N_("Kaiti (楷体)"), N_("Second-level headings") },
  { "songti", FY_FONT_ROLE_SONGTI, N_("Songti (宋体)"), N_("Page numbers") },
};

/* A phrase of our own with a digit run, so that both the Han and the Latin
 * faces of the choice show. */
#define FONT_SAMPLE_TEXT "履职尽责 凝心聚力 2026"

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *)a, *(const char * const *)b);
}

/* Families that can set simplified Chinese, by their first (usually
 * English) name, sorted and without duplicates. */
static GPtrArray *
list_chinese_families (void)
{
  GPtrArray *families = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  FcPattern *pattern;
  FcObjectSet *object_set;
  FcFontSet *font_set;

  pattern = FcPatternCreate ();
  FcPatternAddString (pattern, FC_LANG, (const FcChar8 *)"zh-cn");
  object_set = FcObjectSetBuild (FC_FAMILY, NULL);
  font_set = FcFontList (NULL, pattern, object_set);

  for (int i = 0; font_set != NULL && i < font_set->nfont; i++)
    {
      FcChar8 *family = NULL;

      if (FcPatternGetString (font_set->fonts[i], FC_FAMILY, 0, &family) != FcResultMatch)
        continue;
      if (g_hash_table_contains (seen, family))
        continue;

      g_ptr_array_add (families, g_strdup ((const char *)family));
      g_hash_table_add (seen, g_ptr_array_index (families, families->len - 1));
    }

  g_ptr_array_sort (families, compare_strings);

  if (font_set != NULL)
    FcFontSetDestroy (font_set);
  FcObjectSetDestroy (object_set);
  FcPatternDestroy (pattern);

  return families;
}

static guint
find_family (FyPreferencesWindow *self,
             const char          *family)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->families));

  for (guint i = 1; i < n_items; i++)
    {
      if (g_strcmp0 (gtk_string_list_get_string (self->families, i), family) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* The family chosen in @row's drop-down, or %NULL for "Automatic". */
static const char *
row_get_family (FontRoleRow *row)
{
  guint selected = gtk_drop_down_get_selected (row->drop_down);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return gtk_string_list_get_string (row->self->families, selected);
}

/* What the role is for, the face that prints it and why: the office face
 * is installed, a free face stands in for it, or the user chose it. */
static char *
dup_role_why (FyPreferencesWindow *self,
              FontRoleRow         *row)
{
  const FyFontChoice *choice = fy_font_set_get_choice (self->chosen_set, row->info->font_role);
  const char *purpose = g_dgettext (GETTEXT_PACKAGE, row->info->subtitle);
  const char *requested = row_get_family (row);
  g_autofree char *why = NULL;

  switch (choice->source)
    {
    case FY_FONT_SOURCE_USER:
      /* Translators: the use of a font role; the face the user chose */
      return g_strdup_printf (_("%1$s · %2$s, chosen by you"), purpose, choice->family);

    case FY_FONT_SOURCE_OFFICE:
      /* Translators: the use of a font role; the office face found installed */
      why = g_strdup_printf (_("%1$s · %2$s, the office face, installed"), purpose, choice->family);
      break;

    case FY_FONT_SOURCE_FALLBACK:
      /* Translators: the use of a font role; the free face used; the
       * office face the house style asks for */
      why = g_strdup_printf (_("%1$s · %2$s, a free face of the same style in place of %3$s, which is not installed"),
                             purpose, choice->family, choice->wanted);
      break;

    case FY_FONT_SOURCE_ANY:
    default:
      /* Translators: the use of a font role; the office face the house
       * style asks for */
      why = g_strdup_printf (_("%1$s · no face of the style of %2$s is installed: fontconfig’s default face stands in"),
                             purpose, choice->wanted);
      break;
    }

  if (requested != NULL)
    /* Translators: a family chosen in the preferences that is not on this
     * computer; what is used instead */
    return g_strdup_printf (_("“%1$s” is not installed. %2$s"), requested, why);

  return g_steal_pointer (&why);
}

static void
update_font_row (FontRoleRow *row)
{
  FyPreferencesWindow *self = row->self;
  const FyFontChoice *choice = fy_font_set_get_choice (self->chosen_set, row->info->font_role);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *why = dup_role_why (self, row);

  /* The sample is set in the face that prints the role, whatever the
   * reason it was chosen. */
  pango_attr_list_insert (attrs, pango_attr_family_new (choice->family));
  pango_attr_list_insert (attrs, pango_attr_weight_new (choice->bold ? PANGO_WEIGHT_BOLD
                                                                     : PANGO_WEIGHT_NORMAL));
  pango_attr_list_insert (attrs, pango_attr_scale_new (1.6 * choice->scale));
  gtk_label_set_attributes (row->sample, attrs);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->sample), choice->family);
  gtk_label_set_text (row->why, why);
}

/* Resolves the roles as the engine will, with the families chosen in
 * the drop-downs, and says so in every row. */
static void
update_font_rows (FyPreferencesWindow *self)
{
  const char *families[FY_FONT_N_ROLES] = { NULL, };

  if (self->font_rows == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (font_roles); i++)
    if (self->font_rows[i].drop_down != NULL)
      families[font_roles[i].font_role] = row_get_family (&self->font_rows[i]);

  g_clear_pointer (&self->chosen_set, fy_font_set_unref);
  self->chosen_set = fy_font_set_new_with_families (families);

  for (guint i = 0; i < G_N_ELEMENTS (font_roles); i++)
    if (self->font_rows[i].why != NULL)
      update_font_row (&self->font_rows[i]);
}

static gboolean
font_override_get_mapping (GValue   *value,
                           GVariant *variant,
                           gpointer  user_data)
{
  FontRoleRow *row = user_data;
  const char *family = NULL;
  guint position = 0;

  if (g_variant_lookup (variant, row->info->role, "&s", &family) && *family != '\0')
    {
      position = find_family (row->self, family);

      /* A family named in the settings but not installed (any more) stays
       * visible, so that the choice is not lost silently. */
      if (position == GTK_INVALID_LIST_POSITION)
        {
          gtk_string_list_append (row->self->families, family);
          position = g_list_model_get_n_items (G_LIST_MODEL (row->self->families)) - 1;
        }
    }

  g_value_set_uint (value, position);

  return TRUE;
}

static GVariant *
font_override_set_mapping (const GValue       *value,
                           const GVariantType *expected_type,
                           gpointer            user_data)
{
  FontRoleRow *row = user_data;
  FyPreferencesWindow *self = row->self;
  g_autoptr(GVariant) current = g_settings_get_value (self->settings, "font-overrides");
  guint selected = g_value_get_uint (value);
  const char *family = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  const char *val;

  if (selected != 0 && selected != GTK_INVALID_LIST_POSITION)
    family = gtk_string_list_get_string (self->families, selected);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));

  g_variant_iter_init (&iter, current);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &val))
    {
      if (g_strcmp0 (key, row->info->role) != 0)
        g_variant_builder_add (&builder, "{ss}", key, val);
    }

  if (family != NULL)
    g_variant_builder_add (&builder, "{ss}", row->info->role, family);

  return g_variant_builder_end (&builder);
}

static gboolean
style_preset_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  FyPreferencesWindow *self = user_data;
  const char *preset = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < self->preset_ids->len; i++)
    {
      if (g_strcmp0 (preset, g_ptr_array_index (self->preset_ids, i)) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  /* An unknown preset (from a newer version) shows as the default one. */
  g_value_set_uint (value, 0);

  return TRUE;
}

static GVariant *
style_preset_set_mapping (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  FyPreferencesWindow *self = user_data;
  guint selected = g_value_get_uint (value);

  if (selected >= self->preset_ids->len)
    return NULL;

  return g_variant_new_string (g_ptr_array_index (self->preset_ids, selected));
}

static void
populate_presets (FyPreferencesWindow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_auto(GStrv) engine_presets = fy_style_list_presets ();

  for (guint i = 0; i < G_N_ELEMENTS (known_presets); i++)
    {
      if (!g_strv_contains ((const char * const *)engine_presets, known_presets[i].id))
        continue;

      g_ptr_array_add (self->preset_ids, g_strdup (known_presets[i].id));
      gtk_string_list_append (labels, g_dgettext (GETTEXT_PACKAGE, known_presets[i].label));
    }

  for (guint i = 0; engine_presets[i] != NULL; i++)
    {
      g_autoptr(FyStyle) style = NULL;
      gboolean known = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (known_presets); j++)
        known |= g_strcmp0 (engine_presets[i], known_presets[j].id) == 0;
      if (known)
        continue;

      style = fy_style_new_from_preset (engine_presets[i], NULL);
      if (style == NULL)
        continue;

      g_ptr_array_add (self->preset_ids, g_strdup (engine_presets[i]));
      gtk_string_list_append (labels, fy_style_get_name (style));
    }

  adw_combo_row_set_model (self->style_row, G_LIST_MODEL (labels));
}

static void
font_row_selected_cb (GtkDropDown *drop_down,
                      GParamSpec  *pspec,
                      FontRoleRow *row)
{
  update_font_rows (row->self);
}

static void
populate_font_rows (FyPreferencesWindow *self)
{
  g_autoptr(GPtrArray) families = list_chinese_families ();
  g_autoptr(GtkExpression) expression = NULL;

  self->families = gtk_string_list_new (NULL);
  gtk_string_list_append (self->families, _("Automatic"));
  for (guint i = 0; i < families->len; i++)
    gtk_string_list_append (self->families, g_ptr_array_index (families, i));

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  self->font_rows = g_new0 (FontRoleRow, G_N_ELEMENTS (font_roles));

  for (guint i = 0; i < G_N_ELEMENTS (font_roles); i++)
    {
      FontRoleRow *row = &self->font_rows[i];
      GtkWidget *action_row;
      GtkWidget *box;
      GtkWidget *header;
      GtkWidget *label;
      g_autofree char *name = g_strconcat ("font-role-", font_roles[i].role, NULL);
      g_autofree char *why_name = NULL;

      row->self = self;
      row->info = &font_roles[i];

      /* Title and choice on top, the sample at full width under them:
       * a sample squeezed beside a long subtitle shows nothing. */
      action_row = adw_preferences_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row),
                                     g_dgettext (GETTEXT_PACKAGE, font_roles[i].title));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (action_row), FALSE);

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      gtk_widget_set_margin_top (box, 10);
      gtk_widget_set_margin_bottom (box, 10);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (action_row), box);

      header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      gtk_box_append (GTK_BOX (box), header);

      label = gtk_label_new (g_dgettext (GETTEXT_PACKAGE, font_roles[i].title));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (header), label);

      row->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->families)),
                                                         gtk_expression_ref (expression)));
      gtk_drop_down_set_enable_search (row->drop_down, TRUE);
      gtk_widget_set_valign (GTK_WIDGET (row->drop_down), GTK_ALIGN_CENTER);
      gtk_widget_set_name (GTK_WIDGET (row->drop_down), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->drop_down),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_dgettext (GETTEXT_PACKAGE, font_roles[i].title),
                                      -1);
      gtk_box_append (GTK_BOX (header), GTK_WIDGET (row->drop_down));

      row->sample = GTK_LABEL (gtk_label_new (FONT_SAMPLE_TEXT));
      gtk_label_set_xalign (row->sample, 0);
      gtk_label_set_ellipsize (row->sample, PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (GTK_WIDGET (row->sample), "font-sample");
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->sample));

      label = gtk_label_new (NULL);
      row->why = GTK_LABEL (label);
      why_name = g_strconcat ("font-why-", font_roles[i].role, NULL);
      gtk_widget_set_name (label, why_name);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);

      adw_preferences_group_add (self->fonts_group, action_row);

      g_settings_bind_with_mapping (self->settings, "font-overrides",
                                    row->drop_down, "selected",
                                    G_SETTINGS_BIND_DEFAULT,
                                    font_override_get_mapping,
                                    font_override_set_mapping,
                                    row, NULL);
      g_signal_connect (row->drop_down, "notify::selected",
                        G_CALLBACK (font_row_selected_cb), row);
    }

  update_font_rows (self);
}

static void
remove_folder_rows (FyPreferencesWindow *self)
{
  for (guint i = 0; i < self->folder_rows->len; i++)
    adw_preferences_group_remove (self->folders_group, g_ptr_array_index (self->folder_rows, i));
  g_ptr_array_set_size (self->folder_rows, 0);
}

static void
update_folder_rows (FyPreferencesWindow *self)
{
  g_auto(GStrv) folders = g_settings_get_strv (self->settings, "template-folders");

  remove_folder_rows (self);

  for (guint i = 0; folders[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (folders[i]);
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *display_path = g_filename_display_name (folders[i]);
      g_autofree char *display_name = g_filename_display_name (basename);
      GtkWidget *row;
      GtkWidget *button;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), display_name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), display_path);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("folder-symbolic"));

      button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Remove Folder"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "prefs.remove-folder");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", folders[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

      adw_preferences_group_add (self->folders_group, row);
      g_ptr_array_add (self->folder_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->no_folders_row), folders[0] == NULL);
}

static void
template_folders_changed_cb (FyPreferencesWindow *self,
                             const char          *key,
                             GSettings           *settings)
{
  update_folder_rows (self);
}

static void
folder_chooser_response_cb (FyPreferencesWindow  *self,
                            int                   response,
                            GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (folder != NULL)
        fy_preferences_window_add_template_folder (self, folder);
    }

  g_clear_object (&self->folder_chooser);
}

static void
add_folder_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FyPreferencesWindow *self = FY_PREFERENCES_WINDOW (widget);

  if (self->folder_chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->folder_chooser));
      return;
    }

  self->folder_chooser = gtk_file_chooser_native_new (_("Add Template Folder"),
                                                      GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                                      _("_Add"),
                                                      _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->folder_chooser), TRUE);
  g_signal_connect_object (self->folder_chooser, "response",
                           G_CALLBACK (folder_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->folder_chooser));
}

/* A font file was added: offer its families, resolve the roles again
 * (the file may hold an office face, such as simfang.ttf) and redraw the
 * samples. */
static void
refresh_fonts (FyPreferencesWindow *self)
{
  g_autoptr(GPtrArray) families = list_chinese_families ();

  for (guint i = 0; i < families->len; i++)
    if (find_family (self, g_ptr_array_index (families, i)) == GTK_INVALID_LIST_POSITION)
      gtk_string_list_append (self->families, g_ptr_array_index (families, i));

  g_clear_pointer (&self->font_set, fy_font_set_unref);
  self->font_set = fy_font_set_new_automatic ();
  update_font_rows (self);
}

static void
font_chooser_response_cb (FyPreferencesWindow  *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      /* A refused file is reported in a toast by the call itself. */
      if (file != NULL)
        fy_preferences_window_add_font_file (self, file, NULL);
    }

  g_clear_object (&self->font_chooser);
}

static void
add_font_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FyPreferencesWindow *self = FY_PREFERENCES_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = NULL;

  if (self->font_chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->font_chooser));
      return;
    }

  self->font_chooser = gtk_file_chooser_native_new (_("Add Font File"),
                                                    GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_OPEN,
                                                    _("_Add"),
                                                    _("_Cancel"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Font files (.ttf, .otf, .ttc)"));
  gtk_file_filter_add_suffix (filter, "ttf");
  gtk_file_filter_add_suffix (filter, "otf");
  gtk_file_filter_add_suffix (filter, "ttc");
  gtk_file_filter_add_suffix (filter, "otc");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->font_chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->font_chooser), TRUE);
  g_signal_connect_object (self->font_chooser, "response",
                           G_CALLBACK (font_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->font_chooser));
}

static void
remove_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FyPreferencesWindow *self = FY_PREFERENCES_WINDOW (widget);
  g_auto(GStrv) folders = g_settings_get_strv (self->settings, "template-folders");
  const char *path = g_variant_get_string (parameter, NULL);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; folders[i] != NULL; i++)
    {
      if (g_strcmp0 (folders[i], path) != 0)
        g_ptr_array_add (kept, folders[i]);
    }
  g_ptr_array_add (kept, NULL);

  g_settings_set_strv (self->settings, "template-folders", (const char * const *)kept->pdata);
}

static void
fy_preferences_window_constructed (GObject *object)
{
  FyPreferencesWindow *self = (FyPreferencesWindow *)object;

  G_OBJECT_CLASS (fy_preferences_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (FY_SETTINGS_SCHEMA_ID);

  populate_presets (self);
  g_settings_bind_with_mapping (self->settings, "default-style-preset",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                style_preset_get_mapping,
                                style_preset_set_mapping,
                                self, NULL);
  g_settings_bind (self->settings, "speaking-rate",
                   self->speaking_rate_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);

  populate_font_rows (self);

  g_signal_connect_object (self->settings, "changed::template-folders",
                           G_CALLBACK (template_folders_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_folder_rows (self);
}

static void
fy_preferences_window_dispose (GObject *object)
{
  FyPreferencesWindow *self = (FyPreferencesWindow *)object;

  if (self->folder_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->folder_chooser));
  g_clear_object (&self->folder_chooser);
  if (self->font_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->font_chooser));
  g_clear_object (&self->font_chooser);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->style_row != NULL)
    g_settings_unbind (self->style_row, "selected");
  if (self->folder_rows != NULL)
    g_ptr_array_set_size (self->folder_rows, 0);

  /* The bindings and handlers hold pointers into font_rows. */
  if (self->font_rows != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (font_roles); i++)
        {
          g_settings_unbind (self->font_rows[i].drop_down, "selected");
          g_signal_handlers_disconnect_by_data (self->font_rows[i].drop_down,
                                                &self->font_rows[i]);
        }
      g_clear_pointer (&self->font_rows, g_free);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), FY_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (fy_preferences_window_parent_class)->dispose (object);
}

static void
fy_preferences_window_finalize (GObject *object)
{
  FyPreferencesWindow *self = (FyPreferencesWindow *)object;

  g_clear_pointer (&self->folder_rows, g_ptr_array_unref);
  g_clear_pointer (&self->preset_ids, g_ptr_array_unref);
  g_clear_object (&self->families);
  g_clear_pointer (&self->font_set, fy_font_set_unref);
  g_clear_pointer (&self->chosen_set, fy_font_set_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (fy_preferences_window_parent_class)->finalize (object);
}

static void
fy_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  FyPreferencesWindow *self = FY_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  FyPreferencesWindow *self = FY_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_preferences_window_class_init (FyPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = fy_preferences_window_constructed;
  object_class->dispose = fy_preferences_window_dispose;
  object_class->finalize = fy_preferences_window_finalize;
  object_class->get_property = fy_preferences_window_get_property;
  object_class->set_property = fy_preferences_window_set_property;

  /**
   * FyPreferencesWindow:settings:
   *
   * The settings (schema %FY_SETTINGS_SCHEMA_ID) the window edits; a new
   * #GSettings for that schema when not given.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/fayan/Fayan/ui/fy-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FyPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, FyPreferencesWindow, speaking_rate_spin);
  gtk_widget_class_bind_template_child (widget_class, FyPreferencesWindow, fonts_group);
  gtk_widget_class_bind_template_child (widget_class, FyPreferencesWindow, folders_group);
  gtk_widget_class_bind_template_child (widget_class, FyPreferencesWindow, no_folders_row);

  gtk_widget_class_install_action (widget_class, "prefs.add-folder", NULL, add_folder_action);
  gtk_widget_class_install_action (widget_class, "prefs.add-font", NULL, add_font_action);
  gtk_widget_class_install_action (widget_class, "prefs.remove-folder", "s",
                                   remove_folder_action);
}

static void
fy_preferences_window_init (FyPreferencesWindow *self)
{
  self->folder_rows = g_ptr_array_new ();
  self->preset_ids = g_ptr_array_new_with_free_func (g_free);
  fy_ui_layout_fonts_added ();
  self->font_set = fy_font_set_new_automatic ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fy_preferences_window_new:
 * @parent: (nullable): the window the preferences belong to
 * @settings: (nullable): the settings to edit, or %NULL for the
 *   application's (schema %FY_SETTINGS_SCHEMA_ID)
 *
 * Returns: (transfer floating): a new preferences window
 */
GtkWidget *
fy_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (FY_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       "settings", settings,
                       NULL);
}

/**
 * fy_preferences_window_get_settings:
 * @self: a #FyPreferencesWindow
 *
 * Returns: (transfer none): the settings the window edits
 */
GSettings *
fy_preferences_window_get_settings (FyPreferencesWindow *self)
{
  g_return_val_if_fail (FY_IS_PREFERENCES_WINDOW (self), NULL);

  return self->settings;
}

/**
 * fy_preferences_window_add_template_folder:
 * @self: a #FyPreferencesWindow
 * @folder: a local folder
 *
 * Adds @folder to the template-folders setting, unless it is listed
 * already.  The folder chooser of "prefs.add-folder" ends here.
 */
void
fy_preferences_window_add_template_folder (FyPreferencesWindow *self,
                                           GFile               *folder)
{
  g_auto(GStrv) folders = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;

  g_return_if_fail (FY_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));

  path = g_file_get_path (folder);
  if (path == NULL)
    {
      AdwToast *toast = adw_toast_new (_("Only local folders can hold templates; mount the share first"));

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
      return;
    }

  folders = g_settings_get_strv (self->settings, "template-folders");
  if (g_strv_contains ((const char * const *)folders, path))
    return;

  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **)folders);
  g_strv_builder_add (builder, path);
  updated = g_strv_builder_end (builder);

  g_settings_set_strv (self->settings, "template-folders", (const char * const *)updated);
}

/**
 * fy_preferences_window_add_font_file:
 * @self: a #FyPreferencesWindow
 * @file: a .ttf, .otf or .ttc file (simfang.ttf brought from the office PC)
 * @error: (nullable): return location for a #GError
 *
 * Copies @file into the user's font folder and uses it at once: its
 * families are offered for every role and the roles are resolved again;
 * the next `fayan-cli render` finds it in the same folder.  The file
 * chooser of "prefs.add-font" ends here.  Success and failure are both
 * told in a toast.
 *
 * Returns: %TRUE when the font was added
 */
gboolean
fy_preferences_window_add_font_file (FyPreferencesWindow  *self,
                                     GFile                *file,
                                     GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) installed = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (FY_IS_PREFERENCES_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!fy_environment_add_font_file (fy_ui_layout_get_environment (), file,
                                     &installed, &local_error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (local_error->message));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  fy_ui_layout_fonts_added ();
  refresh_fonts (self);

  name = fy_file_dup_display_name (installed);
  /* Translators: %s is a font file name such as simfang.ttf */
  message = g_strdup_printf (_("Added the font file “%s”"), name);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));

  return TRUE;
}

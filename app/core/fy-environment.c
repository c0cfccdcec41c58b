/* fy-environment.c — the policies both front ends share: templates, presets, fonts
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-environment"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fy-document-io.h"
#include "fy-environment.h"
#include "fy-error.h"
#include "fy-import.h"
#include "fy-style.h"
#include "fy-unfinished.h"

struct _FyEnvironment
{
  GObject            parent_instance;

  /* guards everything below that other threads read */
  GMutex             mutex;
  char              *default_preset;
  char              *setting_families[FY_FONT_N_ROLES];  /* from the settings */
  char              *option_families[FY_FONT_N_ROLES];   /* from the command line */
  FyFontSet         *fonts;                              /* made when first asked */
  guint              generation;

  /* the thread that made the environment only */
  GSettings         *settings;
  char             **setting_folders;
  char             **extra_folders;
  FyTemplateLibrary *library;
};

G_DEFINE_FINAL_TYPE (FyEnvironment, fy_environment, G_TYPE_OBJECT)

static void
fy_environment_finalize (GObject *object)
{
  FyEnvironment *self = (FyEnvironment *) object;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  g_clear_pointer (&self->setting_folders, g_strfreev);
  g_clear_pointer (&self->extra_folders, g_strfreev);
  g_clear_pointer (&self->fonts, fy_font_set_unref);
  for (guint r = 0; r < FY_FONT_N_ROLES; r++)
    {
      g_free (self->setting_families[r]);
      g_free (self->option_families[r]);
    }
  g_free (self->default_preset);
  g_mutex_clear (&self->mutex);

  G_OBJECT_CLASS (fy_environment_parent_class)->finalize (object);
}

static void
fy_environment_class_init (FyEnvironmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_environment_finalize;
}

static void
fy_environment_init (FyEnvironment *self)
{
  g_mutex_init (&self->mutex);
  self->default_preset = g_strdup (FY_DEFAULT_STYLE_PRESET);
  self->setting_folders = g_new0 (char *, 1);
  self->extra_folders = g_new0 (char *, 1);
}

/**
 * fy_environment_new:
 *
 * An environment with the built-in defaults: built-in and personal
 * templates, the GB/T 9704 preset, the automatic font per role.
 *
 * Returns: (transfer full): a new environment
 */
FyEnvironment *
fy_environment_new (void)
{
  return g_object_new (FY_TYPE_ENVIRONMENT, NULL);
}

/**
 * fy_environment_dup_default_settings:
 *
 * The application's settings, as the GUI keeps them, when Fayan's schema
 * is installed; fayan-cli also works without it.
 *
 * Returns: (transfer full) (nullable): the settings, or %NULL
 */
GSettings *
fy_environment_dup_default_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, FY_SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

/* ---- fonts ------------------------------------------------------------- */

/* Called with the mutex held. */
static void
fonts_changed_locked (FyEnvironment *self)
{
  g_clear_pointer (&self->fonts, fy_font_set_unref);
  self->generation++;
}

/**
 * fy_environment_dup_font_set:
 * @self: an environment
 *
 * The font per role: the command line's choice, else the settings', else
 * the automatic one.  Any thread.
 *
 * Returns: (transfer full): the font set
 */
FyFontSet *
fy_environment_dup_font_set (FyEnvironment *self)
{
  FyFontSet *fonts;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);

  g_mutex_lock (&self->mutex);
  if (self->fonts == NULL)
    {
      const char *families[FY_FONT_N_ROLES];

      for (guint r = 0; r < FY_FONT_N_ROLES; r++)
        families[r] = self->option_families[r] != NULL ? self->option_families[r]
                                                       : self->setting_families[r];
      self->fonts = fy_font_set_new_with_families (families);
    }
  fonts = fy_font_set_ref (self->fonts);
  g_mutex_unlock (&self->mutex);

  return fonts;
}

/**
 * fy_environment_get_generation:
 * @self: an environment
 *
 * Returns: a number that changes whenever the fonts or the default preset
 *   do: a typesetter made under another number is out of date
 */
guint
fy_environment_get_generation (FyEnvironment *self)
{
  guint generation;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), 0);

  g_mutex_lock (&self->mutex);
  generation = self->generation;
  g_mutex_unlock (&self->mutex);

  return generation;
}

/**
 * fy_environment_set_font_family:
 * @self: an environment
 * @role: a font role
 * @family: (nullable): the family to use for @role, %NULL for the
 *   settings' or automatic choice
 *
 * Chooses a family for one run (fayan-cli --font); it wins over the
 * settings.  A family that is not installed is ignored when fonts are
 * resolved.
 */
void
fy_environment_set_font_family (FyEnvironment *self,
                                FyFontRole     role,
                                const char    *family)
{
  g_return_if_fail (FY_IS_ENVIRONMENT (self));
  g_return_if_fail (role < FY_FONT_N_ROLES);

  g_mutex_lock (&self->mutex);
  if (g_strcmp0 (self->option_families[role], family) != 0)
    {
      g_free (self->option_families[role]);
      self->option_families[role] = family != NULL && *family != '\0' ? g_strdup (family) : NULL;
      fonts_changed_locked (self);
    }
  g_mutex_unlock (&self->mutex);
}

/**
 * fy_environment_parse_font_option:
 * @self: an environment
 * @option: ROLE=FAMILY, ROLE a role name (仿宋 or fangsong …)
 * @error: return location for a #GError
 *
 * Returns: %TRUE when @option was understood and applied
 */
gboolean
fy_environment_parse_font_option (FyEnvironment  *self,
                                  const char     *option,
                                  GError        **error)
{
  g_autofree char *role_name = NULL;
  const char *equals;
  FyFontRole role;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), FALSE);
  g_return_val_if_fail (option != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  equals = strchr (option, '=');
  if (equals != NULL)
    role_name = g_strstrip (g_strndup (option, equals - option));

  if (equals == NULL || !fy_font_role_from_string (role_name, &role))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                   _("“%s” does not choose a font: write ROLE=FAMILY, ROLE being xiaobiaosong, fangsong, heiti, kaiti or songti (or 小标宋, 仿宋, 黑体, 楷体, 宋体)."),
                   option);
      return FALSE;
    }

  fy_environment_set_font_family (self, role, equals + 1);
  return TRUE;
}

/**
 * fy_environment_add_font_file:
 * @self: an environment
 * @file: a .ttf, .otf or .ttc file
 * @installed: (out) (optional) (transfer full): the copy in the user's
 *   font folder
 * @error: return location for a #GError
 *
 * Copies @file into the user's font folder ($XDG_DATA_HOME/fonts, which
 * fontconfig lists, so every program and the next fayan-cli find it) and
 * makes it usable at once.
 *
 * Returns: %TRUE on success
 */
gboolean
fy_environment_add_font_file (FyEnvironment  *self,
                              GFile          *file,
                              GFile         **installed,
                              GError        **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  basename = g_file_get_basename (file);
  lower = g_ascii_strdown (basename != NULL ? basename : "", -1);
  if (!g_str_has_suffix (lower, ".ttf") && !g_str_has_suffix (lower, ".otf") &&
      !g_str_has_suffix (lower, ".ttc") && !g_str_has_suffix (lower, ".otc"))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_UNSUPPORTED_TYPE,
                   _("“%s” is not a font file Fayan can use. Choose a .ttf, .otf or .ttc file."),
                   basename != NULL ? basename : "");
      return FALSE;
    }

  /* Try the file where it is first: nothing is copied that cannot be used. */
  path = g_file_get_path (file);
  if (path == NULL || !fy_fonts_add_file (path, error))
    {
      if (path == NULL)
        g_set_error (error, FY_ERROR, FY_ERROR_READ,
                     _("“%s” could not be read. Copy it to a local folder first."), basename);
      return FALSE;
    }

  folder = g_build_filename (g_get_user_data_dir (), "fonts", NULL);
  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      int saved = errno;

      g_set_error (error, FY_ERROR, FY_ERROR_WRITE,
                   _("The font folder “%1$s” could not be made: %2$s"), folder, g_strerror (saved));
      return FALSE;
    }

  target = g_file_new_build_filename (folder, basename, NULL);
  if (!g_file_equal (file, target) &&
      !g_file_copy (file, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local_error))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_WRITE,
                   _("The font could not be copied into “%1$s”: %2$s"), folder, local_error->message);
      return FALSE;
    }

  g_free (path);
  path = g_file_get_path (target);
  if (!fy_fonts_add_file (path, error))
    return FALSE;

  g_mutex_lock (&self->mutex);
  fonts_changed_locked (self);
  g_mutex_unlock (&self->mutex);

  if (installed != NULL)
    *installed = g_steal_pointer (&target);
  return TRUE;
}

/* ---- templates --------------------------------------------------------- */

static char **
dup_all_folders (FyEnvironment *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_addv (builder, (const char **) self->extra_folders);
  g_strv_builder_addv (builder, (const char **) self->setting_folders);
  return g_strv_builder_end (builder);
}

static void
update_library_folders (FyEnvironment *self)
{
  g_auto(GStrv) folders = NULL;
  const char * const *current;

  if (self->library == NULL)
    return;

  /* Reading the folders again is slow: only when they changed. */
  folders = dup_all_folders (self);
  current = fy_template_library_get_extra_folders (self->library);
  if (current != NULL && g_strv_equal (current, (const char * const *) folders))
    return;
  fy_template_library_set_extra_folders (self->library, (const char * const *) folders);
}

/**
 * fy_environment_get_template_library:
 * @self: an environment
 *
 * The one template library of the process: built-in templates, the
 * user's own, the folders named on the command line and the shared
 * folders of the settings.  It follows changes of the settings.
 *
 * Returns: (transfer none): the library
 */
FyTemplateLibrary *
fy_environment_get_template_library (FyEnvironment *self)
{
  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);

  if (self->library == NULL)
    {
      g_auto(GStrv) folders = dup_all_folders (self);

      self->library = fy_template_library_new (NULL, (const char * const *) folders);
    }

  return self->library;
}

/**
 * fy_environment_set_extra_template_folders:
 * @self: an environment
 * @folders: (nullable): folders named on the command line
 *
 * Adds folders before those of the settings.
 */
void
fy_environment_set_extra_template_folders (FyEnvironment      *self,
                                           const char * const *folders)
{
  g_return_if_fail (FY_IS_ENVIRONMENT (self));

  g_strfreev (self->extra_folders);
  self->extra_folders = folders != NULL ? g_strdupv ((char **) folders) : g_new0 (char *, 1);
  update_library_folders (self);
}

/**
 * fy_environment_lookup_template:
 * @self: an environment
 * @id: (nullable): a template id
 *
 * Returns: (transfer none) (nullable): the template of that id in any of
 *   the folders, or %NULL
 */
FyTemplate *
fy_environment_lookup_template (FyEnvironment *self,
                                const char    *id)
{
  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);

  if (id == NULL || *id == '\0')
    return NULL;

  return fy_template_library_lookup (fy_environment_get_template_library (self), id);
}

/**
 * fy_environment_find_unfinished:
 * @self: an environment
 * @document: a document
 *
 * What is still to be filled in in @document, judged with its template
 * when that is in any of the folders (so that its required fields count
 * too): the rule by which the window asks before export or print and
 * fayan-cli warns before render and export.
 *
 * Returns: (transfer full) (element-type FyUnfinished): the places, empty
 *   when the draft is finished
 */
GPtrArray *
fy_environment_find_unfinished (FyEnvironment *self,
                                FyDocument    *document)
{
  FyTemplate *template_;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  template_ = fy_environment_lookup_template (self, fy_document_get_template_id (document));
  return fy_document_find_unfinished (document, template_);
}

/* ---- presets ----------------------------------------------------------- */

/**
 * fy_environment_dup_default_preset:
 * @self: an environment
 *
 * Returns: (transfer full): the preset new documents get (the “default
 *   style” preference)
 */
char *
fy_environment_dup_default_preset (FyEnvironment *self)
{
  char *preset;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);

  g_mutex_lock (&self->mutex);
  preset = g_strdup (self->default_preset);
  g_mutex_unlock (&self->mutex);

  return preset;
}

/**
 * fy_environment_set_default_preset:
 * @self: an environment
 * @preset: (nullable): a preset id; %NULL or "" for GB/T 9704
 */
void
fy_environment_set_default_preset (FyEnvironment *self,
                                   const char    *preset)
{
  g_return_if_fail (FY_IS_ENVIRONMENT (self));

  if (preset == NULL || *preset == '\0')
    preset = FY_DEFAULT_STYLE_PRESET;

  g_mutex_lock (&self->mutex);
  if (g_strcmp0 (self->default_preset, preset) != 0)
    {
      g_free (self->default_preset);
      self->default_preset = g_strdup (preset);
      self->generation++;
    }
  g_mutex_unlock (&self->mutex);
}

/* A document's own preset, or the default preset when it names none. */
static char *
dup_preset_named (FyEnvironment *self,
                  const char    *preset)
{
  if (preset == NULL || *preset == '\0')
    return fy_environment_dup_default_preset (self);

  return g_strdup (preset);
}

/**
 * fy_environment_dup_preset_for:
 * @self: an environment
 * @document: a document
 *
 * Returns: (transfer full): the preset @document is typeset with: its own,
 *   or the default preset when it names none
 */
char *
fy_environment_dup_preset_for (FyEnvironment *self,
                               FyDocument    *document)
{
  const char *preset;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  preset = fy_document_get_style_preset (document);
  return dup_preset_named (self, preset);
}

/*
 * A new document takes the default preset unless it was made with another
 * one on purpose: imported text names none, and the built-in templates
 * name GB/T 9704 only because it is the standard's layout.
 */
static void
adopt_default_preset (FyEnvironment *self,
                      FyDocument    *document)
{
  const char *preset = fy_document_get_style_preset (document);
  g_autofree char *fallback = NULL;

  if (preset != NULL && *preset != '\0' && strcmp (preset, FY_DEFAULT_STYLE_PRESET) != 0)
    return;

  fallback = fy_environment_dup_default_preset (self);
  fy_document_set_style_preset (document, fallback);
}

/**
 * fy_environment_new_document:
 * @self: an environment
 *
 * Returns: (transfer full): an empty document in the default preset
 */
FyDocument *
fy_environment_new_document (FyEnvironment *self)
{
  FyDocument *document;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);

  document = fy_document_new ();
  adopt_default_preset (self, document);
  return document;
}

/**
 * fy_environment_instantiate:
 * @self: an environment
 * @template_: a template
 * @values: (nullable) (element-type utf8 utf8): field values
 * @error: return location for a #GError
 *
 * fy_template_instantiate(), in the default preset unless the template
 * asks for another.
 *
 * Returns: (transfer full) (nullable): the new document
 */
FyDocument *
fy_environment_instantiate (FyEnvironment  *self,
                            FyTemplate     *template_,
                            GHashTable     *values,
                            GError        **error)
{
  g_autoptr(FyDocument) document = NULL;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);
  g_return_val_if_fail (FY_IS_TEMPLATE (template_), NULL);

  document = fy_template_instantiate (template_, values, error);
  if (document != NULL)
    adopt_default_preset (self, document);

  return g_steal_pointer (&document);
}

/**
 * fy_environment_new_from_earlier:
 * @self: an environment
 * @earlier: an earlier speech
 * @values: (nullable) (element-type utf8 utf8): new field values
 * @error: return location for a #GError
 *
 * fy_template_new_from_earlier() with the template @earlier was made
 * from when any folder of the environment holds it (its date fields then
 * take today's date), without one otherwise.
 *
 * Returns: (transfer full) (nullable): the new document
 */
FyDocument *
fy_environment_new_from_earlier (FyEnvironment  *self,
                                 FyDocument     *earlier,
                                 GHashTable     *values,
                                 GError        **error)
{
  FyTemplate *template_;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (earlier), NULL);

  template_ = fy_environment_lookup_template (self, fy_document_get_template_id (earlier));
  return fy_template_new_from_earlier (earlier, template_, values, error);
}

/**
 * fy_environment_import_file:
 * @self: an environment
 * @file: Markdown, plain text or .docx
 * @warnings: (out) (optional) (transfer full): what the import could not
 *   represent, as fy_import_file_with_warnings() gives it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * fy_import_file_with_warnings(), the document in the default preset.
 *
 * Returns: (transfer full) (nullable): the document
 */
FyDocument *
fy_environment_import_file (FyEnvironment  *self,
                            GFile          *file,
                            GPtrArray     **warnings,
                            GCancellable   *cancellable,
                            GError        **error)
{
  FyDocument *document;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  document = fy_import_file_with_warnings (file, warnings, cancellable, error);
  if (document != NULL)
    adopt_default_preset (self, document);

  return document;
}

/**
 * fy_environment_open_document:
 * @self: an environment
 * @file: a .fayan document, or Markdown or plain text to import
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Imported text gets the default preset; a .fayan document keeps its own.
 *
 * Returns: (transfer full) (nullable): the document
 */
FyDocument *
fy_environment_open_document (FyEnvironment  *self,
                              GFile          *file,
                              GCancellable   *cancellable,
                              GError        **error)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  if (basename != NULL && g_str_has_suffix (basename, ".fayan"))
    return fy_document_load_from_file (file, cancellable, error);

  return fy_environment_import_file (self, file, NULL, cancellable, error);
}

/* ---- settings ---------------------------------------------------------- */

static void
read_font_overrides (FyEnvironment *self)
{
  g_autoptr(GVariant) overrides = g_settings_get_value (self->settings, "font-overrides");
  char *families[FY_FONT_N_ROLES] = { NULL, };
  gboolean changed = FALSE;
  GVariantIter iter;
  const char *role_name;
  const char *family;

  g_variant_iter_init (&iter, overrides);
  while (g_variant_iter_next (&iter, "{&s&s}", &role_name, &family))
    {
      FyFontRole role;

      if (fy_font_role_from_string (role_name, &role) && *family != '\0')
        {
          g_free (families[role]);
          families[role] = g_strdup (family);
        }
      else
        g_debug ("Ignoring a font override for the unknown role “%s”", role_name);
    }

  g_mutex_lock (&self->mutex);
  for (guint r = 0; r < FY_FONT_N_ROLES; r++)
    {
      changed |= g_strcmp0 (self->setting_families[r], families[r]) != 0;
      g_free (self->setting_families[r]);
      self->setting_families[r] = families[r];
    }
  if (changed)
    fonts_changed_locked (self);
  g_mutex_unlock (&self->mutex);
}

static void
settings_changed_cb (GSettings     *settings,
                     const char    *key,
                     FyEnvironment *self)
{
  if (key == NULL || strcmp (key, "font-overrides") == 0)
    read_font_overrides (self);

  if (key == NULL || strcmp (key, "default-style-preset") == 0)
    {
      g_autofree char *preset = g_settings_get_string (settings, "default-style-preset");

      fy_environment_set_default_preset (self, preset);
    }

  if (key == NULL || strcmp (key, "template-folders") == 0)
    {
      g_strfreev (self->setting_folders);
      self->setting_folders = g_settings_get_strv (settings, "template-folders");
      update_library_folders (self);
    }
}

/**
 * fy_environment_sync_settings:
 * @self: an environment
 *
 * Reads the settings it follows again now, for a caller whose own
 * GSettings::changed handler may run before the environment's.  Nothing
 * changes when the settings did not.
 */
void
fy_environment_sync_settings (FyEnvironment *self)
{
  g_return_if_fail (FY_IS_ENVIRONMENT (self));

  if (self->settings != NULL)
    settings_changed_cb (self->settings, NULL, self);
}

/**
 * fy_environment_follow_settings:
 * @self: an environment
 * @settings: (nullable): settings of the schema %FY_SETTINGS_SCHEMA_ID
 *
 * Reads the template folders, the default style and the font per role
 * from @settings, and again whenever they change.
 */
void
fy_environment_follow_settings (FyEnvironment *self,
                                GSettings     *settings)
{
  g_return_if_fail (FY_IS_ENVIRONMENT (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_set_object (&self->settings, settings);
  if (settings == NULL)
    return;

  g_signal_connect (settings, "changed", G_CALLBACK (settings_changed_cb), self);
  settings_changed_cb (settings, NULL, self);
}

/* ---- typesetting ------------------------------------------------------- */

static FyStyle      *new_style_for      (const char     *id,
                                         GError        **error);
static FyTypesetter *new_typesetter_for (FyEnvironment  *self,
                                         const char     *id,
                                         GError        **error);

/**
 * fy_environment_new_style:
 * @self: an environment
 * @document: (nullable): the document to set
 * @preset: (nullable): a preset id or a .json style file, over the
 *   document's own
 * @error: return location for a #GError
 *
 * The style @preset names, else @document's, else the default preset:
 * the one fallback every typesetter and the revision table use.  Any
 * thread.
 *
 * Returns: (transfer full) (nullable): the style, or %NULL when it cannot
 *   be loaded
 */
FyStyle *
fy_environment_new_style (FyEnvironment  *self,
                          FyDocument     *document,
                          const char     *preset,
                          GError        **error)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);
  g_return_val_if_fail (document == NULL || FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (preset != NULL && *preset != '\0')
    id = g_strdup (preset);
  else if (document != NULL)
    id = fy_environment_dup_preset_for (self, document);
  else
    id = fy_environment_dup_default_preset (self);

  return new_style_for (id, error);
}

/**
 * fy_environment_new_typesetter_for_source:
 * @self: an environment
 * @source: a snapshot of a document
 * @error: return location for a #GError
 *
 * fy_environment_new_typesetter() for the document @source was taken of;
 * any thread.
 *
 * Returns: (transfer full) (nullable): a typesetter, or %NULL when the
 *   style cannot be loaded
 */
FyTypesetter *
fy_environment_new_typesetter_for_source (FyEnvironment  *self,
                                          FySource       *source,
                                          GError        **error)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  id = dup_preset_named (self, fy_source_get_style_preset (source));
  return new_typesetter_for (self, id, error);
}

/* A preset id, or a .json style file. */
static FyStyle *
new_style_for (const char  *id,
               GError     **error)
{
  if (g_str_has_suffix (id, ".json"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (id);

      return fy_style_new_from_file (file, error);
    }

  return fy_style_new_from_preset (id, error);
}

static FyTypesetter *
new_typesetter_for (FyEnvironment  *self,
                    const char     *id,
                    GError        **error)
{
  g_autoptr(FyStyle) style = new_style_for (id, error);
  g_autoptr(FyFontSet) fonts = NULL;

  if (style == NULL)
    return NULL;

  fonts = fy_environment_dup_font_set (self);
  return fy_typesetter_new_with_fonts (style, fonts);
}

/**
 * fy_environment_new_typesetter:
 * @self: an environment
 * @document: (nullable): the document to typeset
 * @preset: (nullable): a preset id or a .json style file, over the
 *   document's own
 * @error: return location for a #GError
 *
 * The typesetter factory: the style of fy_environment_new_style(), the
 * font per role of the environment.  Any thread.
 *
 * Returns: (transfer full) (nullable): a typesetter, or %NULL when the
 *   style cannot be loaded
 */
FyTypesetter *
fy_environment_new_typesetter (FyEnvironment  *self,
                               FyDocument     *document,
                               const char     *preset,
                               GError        **error)
{
  g_autoptr(FyStyle) style = NULL;
  g_autoptr(FyFontSet) fonts = NULL;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);
  g_return_val_if_fail (document == NULL || FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  style = fy_environment_new_style (self, document, preset, error);
  if (style == NULL)
    return NULL;

  fonts = fy_environment_dup_font_set (self);
  return fy_typesetter_new_with_fonts (style, fonts);
}

/**
 * fy_environment_layout:
 * @self: an environment
 * @document: a document on the thread that owns it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * fy_environment_layout_source() of a snapshot of @document taken now.
 *
 * Returns: (transfer full) (nullable): the layout of @document
 */
FyLayout *
fy_environment_layout (FyEnvironment  *self,
                       FyDocument     *document,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_autoptr(FySource) source = NULL;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  /* One path for every layout: the snapshot's. */
  source = fy_source_new (document);
  return fy_environment_layout_source (self, source, cancellable, error);
}

/**
 * fy_environment_layout_source:
 * @self: an environment
 * @source: a snapshot of a document
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * fy_environment_layout() of a snapshot, on any thread.
 *
 * Returns: (transfer full) (nullable): the layout of @source
 */
FyLayout *
fy_environment_layout_source (FyEnvironment  *self,
                              FySource       *source,
                              GCancellable   *cancellable,
                              GError        **error)
{
  g_autoptr(FyTypesetter) typesetter = NULL;

  g_return_val_if_fail (FY_IS_ENVIRONMENT (self), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  typesetter = fy_environment_new_typesetter_for_source (self, source, error);
  if (typesetter == NULL)
    return NULL;

  return fy_typesetter_layout_source (typesetter, source, cancellable, error);
}

/* fy-template-library.c — built-in, personal and shared templates in one list
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-template-library"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-error.h"
#include "fy-template-library.h"

/*
 * One GListModel of FyTemplate, in this order: the built-in templates
 * (from the GResource, read-only), the user's own (a folder in
 * $XDG_DATA_HOME, editable), then each extra folder in the order given
 * (read-only: they are usually shared).  Within a folder, templates are
 * sorted by category and name.  Two templates with the same name are both
 * listed; their origin tells them apart.
 *
 * A file that cannot be read is skipped with a warning naming it and
 * recorded as a load problem the front end can show.  A folder that does
 * not exist (yet, or any more: a network share that went away while it was
 * listed) gives whatever could be read.
 */

struct _FyTemplateLibrary
{
  GObject     parent_instance;

  GFile      *user_folder;
  GStrv       extra_folders;
  GPtrArray  *items;     /* of FyTemplate */
  GPtrArray  *problems;  /* of FyTemplateLoadProblem */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FyTemplateLibrary, fy_template_library, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_N_PROBLEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
load_problem_free (FyTemplateLoadProblem *problem)
{
  g_free (problem->location);
  g_free (problem->message);
  g_free (problem);
}

static void
add_problem (FyTemplateLibrary *self,
             GFile             *location,
             const char        *message)
{
  FyTemplateLoadProblem *problem = g_new0 (FyTemplateLoadProblem, 1);

  problem->location = g_file_get_parse_name (location);
  problem->message = g_strdup (message);
  g_ptr_array_add (self->problems, problem);
}

static int
compare_templates (gconstpointer a,
                   gconstpointer b)
{
  FyTemplate *ta = *(FyTemplate **) a;
  FyTemplate *tb = *(FyTemplate **) b;
  int cmp;

  cmp = g_utf8_collate (fy_template_get_category (ta), fy_template_get_category (tb));
  if (cmp == 0)
    cmp = g_utf8_collate (fy_template_get_name (ta), fy_template_get_name (tb));
  if (cmp == 0)
    cmp = g_strcmp0 (fy_template_get_id (ta), fy_template_get_id (tb));

  return cmp;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static void
load_builtin (FyTemplateLibrary *self,
              GPtrArray         *into)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;

  names = g_resources_enumerate_children (FY_TEMPLATE_RESOURCE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (names == NULL)
    {
      g_critical ("No built-in templates at %s: %s", FY_TEMPLATE_RESOURCE_PATH, error->message);
      return;
    }

  /* Built-ins keep the order of their file names (01-…, 02-…). */
  qsort (names, g_strv_length (names), sizeof (char *), compare_strings);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *uri = NULL;
      g_autoptr(GFile) file = NULL;
      FyTemplate *template_;

      if (!g_str_has_suffix (names[i], FY_TEMPLATE_FILE_SUFFIX))
        continue;

      uri = g_strconcat ("resource://" FY_TEMPLATE_RESOURCE_PATH, names[i], NULL);
      file = g_file_new_for_uri (uri);
      g_clear_error (&error);
      template_ = fy_template_new_from_file (file, FY_TEMPLATE_ORIGIN_BUILTIN, NULL, &error);
      if (template_ == NULL)
        {
          /* A broken built-in is a packaging bug, not the user's problem. */
          g_critical ("Built-in template %s: %s", names[i], error->message);
          continue;
        }
      g_ptr_array_add (into, template_);
    }
}

static gboolean
is_template_file_name (const char *name)
{
  /* Hidden files include the temporary files of atomic saves. */
  return name[0] != '.' && g_str_has_suffix (name, FY_TEMPLATE_FILE_SUFFIX)
         && strlen (name) > strlen (FY_TEMPLATE_FILE_SUFFIX);
}

static void
load_folder (FyTemplateLibrary *self,
             GFile             *folder,
             FyTemplateOrigin   origin,
             GPtrArray         *into)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  enumerator = g_file_enumerate_children (folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (enumerator == NULL)
    {
      g_autofree char *path = g_file_get_parse_name (folder);

      /* The personal folder only exists once a template was saved. */
      if (origin == FY_TEMPLATE_ORIGIN_USER && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return;

      g_debug ("Cannot list template folder %s: %s", path, error->message);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        add_problem (self, folder,
                     _("The template folder does not exist or cannot be reached; check the "
                       "folder in the preferences."));
      else
        add_problem (self, folder, error->message);
      return;
    }

  for (;;)
    {
      GFileInfo *info = NULL;

      if (!g_file_enumerator_iterate (enumerator, &info, NULL, NULL, &error))
        {
          /* The folder went away while it was listed: keep what was read. */
          g_autofree char *path = g_file_get_parse_name (folder);

          g_debug ("Listing template folder %s failed: %s", path, error->message);
          add_problem (self, folder, error->message);
          break;
        }
      if (info == NULL)
        break;

      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR
          && g_file_info_get_file_type (info) != G_FILE_TYPE_SYMBOLIC_LINK
          && g_file_info_get_file_type (info) != G_FILE_TYPE_UNKNOWN)
        continue;
      if (!is_template_file_name (g_file_info_get_name (info)))
        continue;

      g_ptr_array_add (names, g_strdup (g_file_info_get_name (info)));
    }

  g_ptr_array_sort (names, compare_strings);

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) file = g_file_get_child (folder, g_ptr_array_index (names, i));
      g_autoptr(GError) local_error = NULL;
      FyTemplate *template_;

      template_ = fy_template_new_from_file (file, origin, NULL, &local_error);
      if (template_ == NULL)
        {
          /* Deleted between the listing and now: nothing to report. */
          if (!g_file_query_exists (file, NULL))
            continue;

          /* g_log() rather than g_warning(): with structured logging,
           * GLib 2.74's g_test_expect_message() sees only g_log(). */
          g_log (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING,
                 "Skipped a template file that cannot be read: %s", local_error->message);
          add_problem (self, file, local_error->message);
          continue;
        }

      fy_template_set_origin (template_, origin,
                              origin == FY_TEMPLATE_ORIGIN_FOLDER ? folder : NULL);
      g_ptr_array_add (loaded, template_);
    }

  g_ptr_array_sort (loaded, compare_templates);
  for (guint i = 0; i < loaded->len; i++)
    g_ptr_array_add (into, g_object_ref (g_ptr_array_index (loaded, i)));
}

static gboolean
id_is_used (FyTemplateLibrary *self,
            const char        *id)
{
  if (fy_template_library_lookup (self, id) != NULL)
    return TRUE;

  if (self->user_folder != NULL)
    {
      g_autofree char *basename = g_strconcat (id, FY_TEMPLATE_FILE_SUFFIX, NULL);
      g_autoptr(GFile) file = g_file_get_child (self->user_folder, basename);

      return g_file_query_exists (file, NULL);
    }

  return FALSE;
}

/* Where a new user template goes: after the last user template, or after
 * the built-in ones. */
static guint
user_insert_position (FyTemplateLibrary *self)
{
  guint position = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      FyTemplateOrigin origin = fy_template_get_origin (g_ptr_array_index (self->items, i));

      if (origin == FY_TEMPLATE_ORIGIN_BUILTIN || origin == FY_TEMPLATE_ORIGIN_USER)
        position = i + 1;
    }

  return position;
}

static gboolean
check_user_template (FyTemplateLibrary  *self,
                     FyTemplate         *template_,
                     guint              *position,
                     GError            **error)
{
  if (!g_ptr_array_find (self->items, template_, position))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                   _("The template “%s” is not in the list any more; reload the templates."),
                   fy_template_get_name (template_));
      return FALSE;
    }

  if (fy_template_get_origin (template_) != FY_TEMPLATE_ORIGIN_USER || fy_template_get_file (template_) == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_WRITE,
                   _("The template “%s” is read-only; save a copy as your own template to change it."),
                   fy_template_get_name (template_));
      return FALSE;
    }

  return TRUE;
}

/* GListModel */

static GType
list_model_get_item_type (GListModel *model)
{
  return FY_TYPE_TEMPLATE;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return FY_TEMPLATE_LIBRARY (model)->items->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  FyTemplateLibrary *self = FY_TEMPLATE_LIBRARY (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static void
items_changed (FyTemplateLibrary *self,
               guint              position,
               guint              removed,
               guint              added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* GObject */

static void
fy_template_library_finalize (GObject *object)
{
  FyTemplateLibrary *self = (FyTemplateLibrary *)object;

  g_clear_object (&self->user_folder);
  g_clear_pointer (&self->extra_folders, g_strfreev);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (fy_template_library_parent_class)->finalize (object);
}

static void
fy_template_library_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  FyTemplateLibrary *self = FY_TEMPLATE_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    case PROP_N_PROBLEMS:
      g_value_set_uint (value, self->problems->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_template_library_class_init (FyTemplateLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fy_template_library_finalize;
  object_class->get_property = fy_template_library_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PROBLEMS] =
    g_param_spec_uint ("n-problems", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fy_template_library_init (FyTemplateLibrary *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) load_problem_free);
  self->extra_folders = g_new0 (char *, 1);
}

/* Public API */

/**
 * fy_template_library_new:
 * @user_folder: (nullable): the folder of the user's own templates, or
 *   %NULL for $XDG_DATA_HOME/fayan/templates
 * @extra_folders: (nullable) (array zero-terminated=1): more folders, as
 *   paths or URIs (the GUI passes the `template-folders` setting)
 *
 * Makes the list and loads every template.
 *
 * Returns: (transfer full): a new library
 */
FyTemplateLibrary *
fy_template_library_new (GFile              *user_folder,
                         const char * const *extra_folders)
{
  FyTemplateLibrary *self;

  g_return_val_if_fail (user_folder == NULL || G_IS_FILE (user_folder), NULL);

  fy_core_init ();

  self = g_object_new (FY_TYPE_TEMPLATE_LIBRARY, NULL);
  if (user_folder != NULL)
    self->user_folder = g_object_ref (user_folder);
  else
    self->user_folder = g_file_new_build_filename (g_get_user_data_dir (), "fayan", "templates", NULL);

  if (extra_folders != NULL)
    {
      g_strfreev (self->extra_folders);
      self->extra_folders = g_strdupv ((char **) extra_folders);
    }

  fy_template_library_reload (self);

  return self;
}

/**
 * fy_template_library_get_user_folder:
 * @self: a library
 *
 * Returns: (transfer none): the folder of the user's own templates
 */
GFile *
fy_template_library_get_user_folder (FyTemplateLibrary *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE_LIBRARY (self), NULL);

  return self->user_folder;
}

/**
 * fy_template_library_get_extra_folders:
 * @self: a library
 *
 * Returns: (transfer none): the extra folders
 */
const char * const *
fy_template_library_get_extra_folders (FyTemplateLibrary *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE_LIBRARY (self), NULL);

  return (const char * const *) self->extra_folders;
}

/**
 * fy_template_library_set_extra_folders:
 * @self: a library
 * @extra_folders: (nullable) (array zero-terminated=1): folders as paths
 *   or URIs
 *
 * Replaces the extra folders and reloads if they changed.
 */
void
fy_template_library_set_extra_folders (FyTemplateLibrary  *self,
                                       const char * const *extra_folders)
{
  const char * const empty[] = { NULL };

  g_return_if_fail (FY_IS_TEMPLATE_LIBRARY (self));

  if (extra_folders == NULL)
    extra_folders = empty;

  if (g_strv_equal ((const char * const *) self->extra_folders, extra_folders))
    return;

  g_strfreev (self->extra_folders);
  self->extra_folders = g_strdupv ((char **) extra_folders);
  fy_template_library_reload (self);
}

/**
 * fy_template_library_reload:
 * @self: a library
 *
 * Reads every template again and forgets the earlier load problems.
 */
void
fy_template_library_reload (FyTemplateLibrary *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_removed;
  guint n_problems;

  g_return_if_fail (FY_IS_TEMPLATE_LIBRARY (self));

  n_problems = self->problems->len;
  g_ptr_array_set_size (self->problems, 0);

  load_builtin (self, items);
  load_folder (self, self->user_folder, FY_TEMPLATE_ORIGIN_USER, items);

  g_ptr_array_add (folders, g_object_ref (self->user_folder));
  for (guint i = 0; self->extra_folders[i] != NULL; i++)
    {
      g_autoptr(GFile) folder = NULL;
      gboolean seen = FALSE;

      if (*self->extra_folders[i] == '\0')
        continue;

      folder = g_file_new_for_commandline_arg (self->extra_folders[i]);
      for (guint j = 0; j < folders->len && !seen; j++)
        seen = g_file_equal (folder, g_ptr_array_index (folders, j));
      if (seen)
        continue;

      g_ptr_array_add (folders, g_object_ref (folder));
      load_folder (self, folder, FY_TEMPLATE_ORIGIN_FOLDER, items);
    }

  n_removed = self->items->len;
  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);
  items_changed (self, 0, n_removed, self->items->len);

  if (n_problems != 0 || self->problems->len != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PROBLEMS]);
}

guint
fy_template_library_get_n_problems (FyTemplateLibrary *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE_LIBRARY (self), 0);

  return self->problems->len;
}

/**
 * fy_template_library_get_problem:
 * @self: a library
 * @index_: from 0
 *
 * Returns: (transfer none): a file or folder that could not be read
 */
const FyTemplateLoadProblem *
fy_template_library_get_problem (FyTemplateLibrary *self,
                                 guint              index_)
{
  g_return_val_if_fail (FY_IS_TEMPLATE_LIBRARY (self), NULL);
  g_return_val_if_fail (index_ < self->problems->len, NULL);

  return g_ptr_array_index (self->problems, index_);
}

/**
 * fy_template_library_lookup:
 * @self: a library
 * @id: a template id
 *
 * Returns: (transfer none) (nullable): the first template in the list with
 *   this id (built-in ones come first)
 */
FyTemplate *
fy_template_library_lookup (FyTemplateLibrary *self,
                            const char        *id)
{
  g_return_val_if_fail (FY_IS_TEMPLATE_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      FyTemplate *template_ = g_ptr_array_index (self->items, i);

      if (strcmp (fy_template_get_id (template_), id) == 0)
        return template_;
    }

  return NULL;
}

/**
 * fy_template_library_find:
 * @self: a library
 * @name: what a user typed to name a template: a path to a
 *   *.fayan-template file (a name with that suffix or a folder separator),
 *   a template id, or a template's name
 * @error: return location for a #GError
 *
 * Ids win over names; the file is read, not added to the library.
 *
 * Returns: (transfer full) (nullable): the template, or %NULL with
 *   %FY_ERROR_NOT_FOUND (or the error reading the file)
 */
FyTemplate *
fy_template_library_find (FyTemplateLibrary  *self,
                          const char         *name,
                          GError            **error)
{
  FyTemplate *found;

  g_return_val_if_fail (FY_IS_TEMPLATE_LIBRARY (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_str_has_suffix (name, FY_TEMPLATE_FILE_SUFFIX) || strchr (name, G_DIR_SEPARATOR) != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (name);

      return fy_template_new_from_file (file, FY_TEMPLATE_ORIGIN_FILE, NULL, error);
    }

  found = fy_template_library_lookup (self, name);
  for (guint i = 0; found == NULL && i < self->items->len; i++)
    {
      FyTemplate *template_ = g_ptr_array_index (self->items, i);

      if (strcmp (fy_template_get_name (template_), name) == 0)
        found = template_;
    }

  if (found == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND, _("There is no template “%s”."), name);
      return NULL;
    }

  return g_object_ref (found);
}

/**
 * fy_template_library_add_user_template:
 * @self: a library
 * @template_: a template, for example from fy_template_new_from_document()
 * @error: return location for a #GError
 *
 * Saves a copy of @template_ in the user's folder (a new id if its id is
 * taken) and adds it to the list.
 *
 * Returns: (transfer none) (nullable): the template in the list, or %NULL
 *   with @error if it could not be saved
 */
FyTemplate *
fy_template_library_add_user_template (FyTemplateLibrary  *self,
                                       FyTemplate         *template_,
                                       GError            **error)
{
  g_autoptr(FyTemplate) copy = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *basename = NULL;
  guint position;

  g_return_val_if_fail (FY_IS_TEMPLATE_LIBRARY (self), NULL);
  g_return_val_if_fail (FY_IS_TEMPLATE (template_), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  copy = fy_template_copy (template_);
  while (id_is_used (self, fy_template_get_id (copy)))
    {
      g_autofree char *id = fy_template_generate_id ();

      fy_template_set_id (copy, id);
    }

  if (!g_file_make_directory_with_parents (self->user_folder, NULL, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *path = g_file_get_parse_name (self->user_folder);

      g_set_error (error, FY_ERROR, FY_ERROR_WRITE,
                   _("Could not create the template folder “%1$s”: %2$s"),
                   path, local_error->message);
      return NULL;
    }

  basename = g_strconcat (fy_template_get_id (copy), FY_TEMPLATE_FILE_SUFFIX, NULL);
  file = g_file_get_child (self->user_folder, basename);
  if (!fy_template_save_to_file (copy, file, NULL, error))
    return NULL;

  fy_template_set_origin (copy, FY_TEMPLATE_ORIGIN_USER, NULL);
  fy_template_set_file (copy, file);

  position = user_insert_position (self);
  g_ptr_array_insert (self->items, position, g_object_ref (copy));
  items_changed (self, position, 0, 1);

  return copy;
}

/**
 * fy_template_library_import:
 * @self: a library
 * @file: a *.fayan-template file, from a colleague for example
 * @error: return location for a #GError
 *
 * Checks @file and copies it into the user's folder.
 *
 * Returns: (transfer none) (nullable): the imported template
 */
FyTemplate *
fy_template_library_import (FyTemplateLibrary  *self,
                            GFile              *file,
                            GError            **error)
{
  g_autoptr(FyTemplate) template_ = NULL;

  g_return_val_if_fail (FY_IS_TEMPLATE_LIBRARY (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  template_ = fy_template_new_from_file (file, FY_TEMPLATE_ORIGIN_FILE, NULL, error);
  if (template_ == NULL)
    return NULL;

  return fy_template_library_add_user_template (self, template_, error);
}

/**
 * fy_template_library_rename:
 * @self: a library
 * @template_: one of the user's own templates in the list
 * @name: its new name
 * @error: return location for a #GError
 *
 * Returns: whether the template was renamed and saved
 */
gboolean
fy_template_library_rename (FyTemplateLibrary  *self,
                            FyTemplate         *template_,
                            const char         *name,
                            GError            **error)
{
  g_autoptr(FyTemplate) renamed = NULL;
  g_autofree char *trimmed = NULL;
  guint position;

  g_return_val_if_fail (FY_IS_TEMPLATE_LIBRARY (self), FALSE);
  g_return_val_if_fail (FY_IS_TEMPLATE (template_), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_user_template (self, template_, &position, error))
    return FALSE;

  trimmed = g_strstrip (g_strdup (name));
  if (*trimmed == '\0' || !g_utf8_validate (trimmed, -1, NULL))
    {
      g_set_error_literal (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                           _("A template needs a name; type one."));
      return FALSE;
    }

  /* Save first, so that a failed save changes nothing. */
  renamed = fy_template_copy (template_);
  fy_template_set_name (renamed, trimmed);
  if (!fy_template_save_to_file (renamed, fy_template_get_file (template_), NULL, error))
    return FALSE;

  fy_template_set_name (template_, trimmed);
  items_changed (self, position, 1, 1);

  return TRUE;
}

/**
 * fy_template_library_delete:
 * @self: a library
 * @template_: one of the user's own templates in the list
 * @error: return location for a #GError
 *
 * Deletes the template's file and removes it from the list.
 *
 * Returns: whether the template was deleted
 */
gboolean
fy_template_library_delete (FyTemplateLibrary  *self,
                            FyTemplate         *template_,
                            GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  guint position;

  g_return_val_if_fail (FY_IS_TEMPLATE_LIBRARY (self), FALSE);
  g_return_val_if_fail (FY_IS_TEMPLATE (template_), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_user_template (self, template_, &position, error))
    return FALSE;

  if (!g_file_delete (fy_template_get_file (template_), NULL, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_autofree char *path = g_file_get_parse_name (fy_template_get_file (template_));

      g_set_error (error, FY_ERROR, FY_ERROR_WRITE,
                   _("Could not delete the template file “%1$s”: %2$s"),
                   path, local_error->message);
      return FALSE;
    }

  g_ptr_array_remove_index (self->items, position);
  items_changed (self, position, 1, 0);

  return TRUE;
}

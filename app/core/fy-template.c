/* fy-template.c — a speech template: skeleton document, fields, style
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-template"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-error.h"
#include "fy-numbering.h"
#include "fy-template.h"
#include "fy-template-private.h"

/*
 * A template is a skeleton FyDocument whose blocks hold `{{id}}`
 * references, plus the definitions of those fields.  Making a document
 * from it copies the skeleton and sets the field values in the copy; the
 * references stay, so the document's fields remain linked: changing a
 * value later changes every place it is printed.  Making documents and
 * checking their fields is in fy-template-fill.c, reading and writing
 * template files in fy-template-io.c.
 */

G_DEFINE_FINAL_TYPE (FyTemplate, fy_template, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_DESCRIPTION,
  PROP_STYLE_PRESET,
  PROP_ORIGIN,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Guidance put in place of the writer's own text when a document is saved
 * as a template of its structure only.  These are content, in the
 * language of the speeches, not user-interface strings. */
#define GUIDE_HEADING     "（在此填写本部分小标题）"
#define GUIDE_SUBHEADING  "（在此填写小标题）"
#define GUIDE_OPENING     "（在此概述基本情况和主要成效，引出下文）"
#define GUIDE_LEAD        "（在此用一句话概括要点）。"
#define GUIDE_LEAD_BODY   "（在此写明具体做法、典型事例和数据）"
#define GUIDE_BODY        "（在此展开阐述本部分内容）"
#define GUIDE_LAST        "（在此写明下一步打算，或总结全文）"

gboolean
fy_template_block_has_field (FyBlock *block)
{
  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    if (fy_block_get_run (block, i)->kind == FY_RUN_FIELD)
      return TRUE;

  return FALSE;
}

/* The last body paragraph of the speech proper, before its closing and
 * attachments: it gets the guidance for the end of a speech. */
static guint
find_last_paragraph (FyDocument *skeleton)
{
  guint last = G_MAXUINT;

  for (guint i = 0; i < fy_document_get_n_blocks (skeleton); i++)
    {
      FyBlock *block = fy_document_get_block (skeleton, i);
      g_autofree char *text = NULL;

      if (fy_block_get_role (block) == FY_BLOCK_ROLE_ATTACHMENT)
        break;
      if (fy_block_get_role (block) != FY_BLOCK_ROLE_PARAGRAPH)
        continue;
      text = fy_block_dup_text (block);
      if (fy_template_is_fixed_paragraph (text))
        break;
      last = i;
    }

  return last;
}

static void
paragraph_to_guidance (FyBlock  *block,
                       gboolean  first,
                       gboolean  last)
{
  g_autofree char *lead = fy_block_dup_lead (block);
  g_autofree char *text = NULL;

  if (lead != NULL && *lead != '\0')
    {
      fy_block_set_lead_and_text (block, GUIDE_LEAD, GUIDE_LEAD_BODY);
      return;
    }

  /* The closing formula and an attachment's label are kept. */
  text = fy_block_dup_text (block);
  if (fy_template_is_fixed_paragraph (text))
    return;

  fy_block_set_text (block, first ? GUIDE_OPENING : last ? GUIDE_LAST : GUIDE_BODY);
}

/* What may follow an ordinal's word before the heading's text (一是，). */
static gboolean
is_pause (gunichar c)
{
  return c == ' ' || c == 0x3000 || c == 0xFF0C || c == 0x3001 || c == 0xFF1A || c == ',' || c == ':';
}

/* Whether the text before @end ends in a numeral (第三, 二): the
 * ordinal's word (部分, 要) follows; not after 一、 or （一）. */
static gboolean
ends_in_numeral (const char *text,
                 const char *end)
{
  const char *last = g_utf8_find_prev_char (text, end);
  char character[8];
  gunichar c;

  if (last == NULL)
    return FALSE;
  c = g_utf8_get_char (last);
  if (g_unichar_isdigit (c))
    return TRUE;
  character[g_unichar_to_utf8 (c, character)] = '\0';
  return strstr ("零〇一二两三四五六七八九十百", character) != NULL;
}

/* A heading that numbers itself (一、 （一） 一是 第二章) keeps its number
 * before the guidance: in a speech numbered as written, the guidance
 * alone would print with no number at all (session 21's new user). */
static void
heading_to_guidance (FyBlock *block)
{
  static const char *const ordinal_words[] = {
    "章", "节", "条", "部分", "篇", "编", "款", "项", "点", "方面", "是", "要", "则", "来", NULL,
  };
  const char *guide = fy_block_get_level (block) <= 1 ? GUIDE_HEADING : GUIDE_SUBHEADING;
  g_autofree char *text = fy_block_dup_text (block);
  g_autofree char *ordinal = NULL;
  g_autofree char *numbered = NULL;
  const char *rest = NULL;

  if (!fy_numbering_has_own_ordinal (text, &rest) || rest == NULL || rest <= text)
    {
      fy_block_set_text (block, guide);
      return;
    }

  /* The ordinal stops before the word it leads (一|要, 第三|部分): keep
   * that word and the pause after it with the number. */
  if (ends_in_numeral (text, rest))
    {
      for (guint i = 0; ordinal_words[i] != NULL; i++)
        if (g_str_has_prefix (rest, ordinal_words[i]))
          {
            rest += strlen (ordinal_words[i]);
            break;
          }
      while (*rest != '\0' && is_pause (g_utf8_get_char (rest)))
        rest = g_utf8_next_char (rest);
    }
  ordinal = g_strndup (text, rest - text);
  numbered = g_strconcat (ordinal, guide, NULL);
  fy_block_set_text (block, numbered);
}

/* The title is kept: it is what a clerk's monthly speech keeps (session
 * 17's new user), and a template's own guidance if it came from one;
 * so are the attachments' notes and titles.  A table keeps its header
 * row, its other cells emptied. */
static void
replace_with_guidance (FyDocument *skeleton)
{
  guint n_blocks = fy_document_get_n_blocks (skeleton);
  gboolean seen_heading = FALSE;
  gboolean seen_paragraph = FALSE;
  guint last_paragraph = find_last_paragraph (skeleton);

  for (guint i = 0; i < n_blocks; i++)
    {
      FyBlock *block = fy_document_get_block (skeleton, i);

      switch (fy_block_get_role (block))
        {
        case FY_BLOCK_ROLE_HEADING:
          heading_to_guidance (block);
          seen_heading = TRUE;
          break;

        case FY_BLOCK_ROLE_PARAGRAPH:
          paragraph_to_guidance (block, !seen_heading && !seen_paragraph,
                                 i == last_paragraph && seen_heading);
          seen_paragraph = TRUE;
          break;

        case FY_BLOCK_ROLE_TABLE:
          fy_template_empty_table (block);
          break;

        case FY_BLOCK_ROLE_TITLE:
        case FY_BLOCK_ROLE_SUBTITLE:
        case FY_BLOCK_ROLE_SPEAKER:
        case FY_BLOCK_ROLE_DATE_LINE:
        case FY_BLOCK_ROLE_SALUTATION:
        case FY_BLOCK_ROLE_CLOSING:
        case FY_BLOCK_ROLE_SIGNATURE:
        case FY_BLOCK_ROLE_ATTACHMENT:
        default:
          /* Fixed wording and field lines stay as they are. */
          break;
        }
    }
}

/* Names referred to in @document's blocks, in order of first use, each
 * with the block it is first used in. */
GPtrArray *
fy_template_collect_references (FyDocument *document,
                                GArray     *first_block)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint b = 0; b < fy_document_get_n_blocks (document); b++)
    {
      FyBlock *block = fy_document_get_block (document, b);

      for (guint i = 0; i < fy_block_get_n_runs (block); i++)
        {
          const FyRun *run = fy_block_get_run (block, i);

          if (run->kind != FY_RUN_FIELD)
            continue;
          if (g_ptr_array_find_with_equal_func (names, run->text, g_str_equal, NULL))
            continue;

          g_ptr_array_add (names, g_strdup (run->text));
          if (first_block != NULL)
            {
              int block_index = (int) b;

              g_array_append_val (first_block, block_index);
            }
        }
    }

  return names;
}

/* GObject */

static void
fy_template_finalize (GObject *object)
{
  FyTemplate *self = (FyTemplate *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->style_preset, g_free);
  g_clear_object (&self->skeleton);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_object (&self->folder);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (fy_template_parent_class)->finalize (object);
}

static void
fy_template_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FyTemplate *self = FY_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_STYLE_PRESET:
      g_value_set_string (value, self->style_preset);
      break;

    case PROP_ORIGIN:
      g_value_set_uint (value, self->origin);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_template_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FyTemplate *self = FY_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      fy_template_set_id (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      fy_template_set_name (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      fy_template_set_category (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      fy_template_set_description (self, g_value_get_string (value));
      break;

    case PROP_STYLE_PRESET:
      fy_template_set_style_preset (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_template_class_init (FyTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = fy_template_finalize;
  object_class->get_property = fy_template_get_property;
  object_class->set_property = fy_template_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_STYLE_PRESET] = g_param_spec_string ("style-preset", NULL, NULL, NULL, flags);
  properties[PROP_ORIGIN] =
    g_param_spec_uint ("origin", NULL, NULL,
                       FY_TEMPLATE_ORIGIN_BUILTIN, FY_TEMPLATE_ORIGIN_FILE, FY_TEMPLATE_ORIGIN_FILE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fy_template_init (FyTemplate *self)
{
  self->id = g_strdup ("untitled");
  self->name = g_strdup ("");
  self->category = g_strdup ("");
  self->description = g_strdup ("");
  self->style_preset = g_strdup (FY_DEFAULT_STYLE_PRESET);
  self->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_field_def_free);
  self->skeleton = fy_document_new ();
  self->origin = FY_TEMPLATE_ORIGIN_FILE;
}

/* Public API */

/**
 * fy_template_new:
 * @id: (nullable): the template's id, or %NULL for a new unique one
 * @name: the name users see
 * @skeleton: (nullable): the document to start from; it is copied
 *
 * Returns: (transfer full): a template with no fields
 */
FyTemplate *
fy_template_new (const char *id,
                 const char *name,
                 FyDocument *skeleton)
{
  FyTemplate *self;

  g_return_val_if_fail (id == NULL || fy_template_id_is_valid (id), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (skeleton == NULL || FY_IS_DOCUMENT (skeleton), NULL);

  self = g_object_new (FY_TYPE_TEMPLATE, NULL);
  g_free (self->id);
  self->id = id != NULL ? g_strdup (id) : fy_template_generate_id ();
  set_string (&self->name, name);
  if (skeleton != NULL)
    {
      g_clear_object (&self->skeleton);
      self->skeleton = fy_document_copy_content (skeleton);
      set_string (&self->style_preset, fy_document_get_style_preset (skeleton));
    }

  return self;
}

/**
 * fy_template_new_from_document:
 * @document: the document to keep as a template
 * @based_on: (nullable): the template @document was made from; its field
 *   definitions are kept
 * @content: whether to keep the text or only the structure and guidance
 * @name: the new template's name
 * @category: (nullable): its category
 *
 * Makes a template of @document, without a description (@based_on's
 * says what that template is for).  The field values of this occasion
 * are not kept (the meeting and speaker change next time; see
 * fy_template_keep_values_as_defaults()); fields @document
 * uses that @based_on does not define become optional text fields, or
 * required ones if the text refers to them.
 *
 * Returns: (transfer full): a user template with a new unique id
 */
FyTemplate *
fy_template_new_from_document (FyDocument        *document,
                               FyTemplate        *based_on,
                               FyTemplateContent  content,
                               const char        *name,
                               const char        *category)
{
  g_autoptr(FyTemplate) self = NULL;
  g_autoptr(GPtrArray) references = NULL;
  g_auto(GStrv) names = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (based_on == NULL || FY_IS_TEMPLATE (based_on), NULL);
  g_return_val_if_fail (name != NULL && *name != '\0', NULL);

  self = fy_template_new (NULL, name, document);
  self->origin = FY_TEMPLATE_ORIGIN_USER;
  set_string (&self->category, category != NULL ? category : "");
  if (based_on != NULL)
    {
      for (guint i = 0; i < based_on->fields->len; i++)
        g_ptr_array_add (self->fields, fy_field_def_copy (g_ptr_array_index (based_on->fields, i)));
    }

  references = fy_template_collect_references (self->skeleton, NULL);
  names = fy_document_dup_field_names (self->skeleton);
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (fy_template_lookup_field (self, names[i]) == NULL && fy_field_id_is_valid (names[i])
          && self->fields->len < FY_TEMPLATE_MAX_FIELDS)
        {
          FyFieldDef *def = fy_field_def_new (names[i], fy_field_guess_kind (names[i]));

          def->required = g_ptr_array_find_with_equal_func (references, names[i], g_str_equal, NULL);
          g_ptr_array_add (self->fields, def);
        }
      fy_document_set_field_value (self->skeleton, names[i], NULL);
    }
  for (guint i = 0; i < references->len; i++)
    {
      const char *ref = g_ptr_array_index (references, i);

      if (fy_template_lookup_field (self, ref) == NULL && fy_field_id_is_valid (ref)
          && self->fields->len < FY_TEMPLATE_MAX_FIELDS)
        {
          FyFieldDef *def = fy_field_def_new (ref, fy_field_guess_kind (ref));

          def->required = TRUE;
          g_ptr_array_add (self->fields, def);
        }
    }

  /* What belongs to one occasion goes. */
  fy_document_set_template_id (self->skeleton, NULL);
  fy_document_set_meeting (self->skeleton, NULL);
  fy_document_set_speaker (self->skeleton, NULL);
  fy_document_set_organisation (self->skeleton, NULL);
  fy_document_set_date (self->skeleton, NULL);

  if (content == FY_TEMPLATE_STRUCTURE_ONLY)
    replace_with_guidance (self->skeleton);

  return g_steal_pointer (&self);
}

/**
 * fy_template_keep_values_as_defaults:
 * @self: a template made with fy_template_new_from_document()
 * @document: the document it was made from
 *
 * The values @document had become the defaults of @self's fields, as the
 * user's "save as template" wants: a template saved from "my 副市长's
 * speech" keeps its speaker, unit and post.  The meeting and the dates
 * belong to one occasion: they are asked again (an empty date is today).
 * A value the field's kind refuses is not kept.
 */
void
fy_template_keep_values_as_defaults (FyTemplate *self,
                                     FyDocument *document)
{
  g_return_if_fail (FY_IS_TEMPLATE (self));
  g_return_if_fail (FY_IS_DOCUMENT (document));

  for (guint i = 0; i < self->fields->len; i++)
    {
      FyFieldDef *def = g_ptr_array_index (self->fields, i);
      const char *value = fy_document_get_field_value (document, def->id);
      char *normal;

      if (def->kind == FY_FIELD_KIND_DATE || strcmp (def->id, FY_FIELD_MEETING) == 0
          || fy_field_value_is_empty (value))
        continue;
      normal = fy_field_def_normalize_value (def, value, NULL);
      if (normal != NULL)
        {
          g_free (def->default_value);
          def->default_value = normal;
        }
    }
}

/**
 * fy_template_copy:
 * @self: a template
 *
 * Returns: (transfer full): a deep copy with the same id, origin and file
 */
FyTemplate *
fy_template_copy (FyTemplate *self)
{
  FyTemplate *copy;

  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);

  copy = fy_template_new (self->id, self->name, self->skeleton);
  set_string (&copy->category, self->category);
  set_string (&copy->description, self->description);
  set_string (&copy->style_preset, self->style_preset);
  for (guint i = 0; i < self->fields->len; i++)
    g_ptr_array_add (copy->fields, fy_field_def_copy (g_ptr_array_index (self->fields, i)));
  copy->origin = self->origin;
  g_set_object (&copy->folder, self->folder);
  g_set_object (&copy->file, self->file);

  return copy;
}

#define DEFINE_STRING_ACCESSORS(name, PROP)                          \
  const char *                                                       \
  fy_template_get_##name (FyTemplate *self)                          \
  {                                                                  \
    g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);              \
    return self->name;                                               \
  }                                                                  \
  void                                                               \
  fy_template_set_##name (FyTemplate *self,                          \
                          const char *value)                         \
  {                                                                  \
    g_return_if_fail (FY_IS_TEMPLATE (self));                        \
    g_return_if_fail (value == NULL || g_utf8_validate (value, -1, NULL)); \
    if (set_string (&self->name, value != NULL ? value : ""))        \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);  \
  }

DEFINE_STRING_ACCESSORS (name, PROP_NAME)
DEFINE_STRING_ACCESSORS (category, PROP_CATEGORY)
DEFINE_STRING_ACCESSORS (description, PROP_DESCRIPTION)

#undef DEFINE_STRING_ACCESSORS

const char *
fy_template_get_id (FyTemplate *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);

  return self->id;
}

void
fy_template_set_id (FyTemplate *self,
                    const char *id)
{
  g_return_if_fail (FY_IS_TEMPLATE (self));
  g_return_if_fail (fy_template_id_is_valid (id));

  if (set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
fy_template_get_style_preset (FyTemplate *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);

  return self->style_preset;
}

void
fy_template_set_style_preset (FyTemplate *self,
                              const char *preset)
{
  g_return_if_fail (FY_IS_TEMPLATE (self));

  if (preset == NULL || *preset == '\0')
    preset = FY_DEFAULT_STYLE_PRESET;

  if (set_string (&self->style_preset, preset))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STYLE_PRESET]);
}

/**
 * fy_template_get_skeleton:
 * @self: a template
 *
 * Returns: (transfer none): the skeleton document; copy it before editing
 */
FyDocument *
fy_template_get_skeleton (FyTemplate *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);

  return self->skeleton;
}

FyTemplateOrigin
fy_template_get_origin (FyTemplate *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE (self), FY_TEMPLATE_ORIGIN_FILE);

  return self->origin;
}

/**
 * fy_template_set_origin:
 * @self: a template
 * @origin: where it comes from
 * @folder: (nullable): the extra folder, for %FY_TEMPLATE_ORIGIN_FOLDER
 */
void
fy_template_set_origin (FyTemplate       *self,
                        FyTemplateOrigin  origin,
                        GFile            *folder)
{
  g_return_if_fail (FY_IS_TEMPLATE (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  g_set_object (&self->folder, folder);
  if (self->origin != origin)
    {
      self->origin = origin;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
    }
}

/**
 * fy_template_get_folder:
 * @self: a template
 *
 * Returns: (transfer none) (nullable): the folder of a template from an
 *   extra folder
 */
GFile *
fy_template_get_folder (FyTemplate *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);

  return self->folder;
}

/**
 * fy_template_get_file:
 * @self: a template
 *
 * Returns: (transfer none) (nullable): the file it was read from
 */
GFile *
fy_template_get_file (FyTemplate *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);

  return self->file;
}

void
fy_template_set_file (FyTemplate *self,
                      GFile      *file)
{
  g_return_if_fail (FY_IS_TEMPLATE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/**
 * fy_template_is_read_only:
 * @self: a template
 *
 * Returns: whether the template cannot be renamed or deleted: built-in
 *   ones and those of shared folders
 */
gboolean
fy_template_is_read_only (FyTemplate *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE (self), TRUE);

  return self->origin != FY_TEMPLATE_ORIGIN_USER;
}

/**
 * fy_template_get_origin_id:
 * @self: a template
 *
 * Returns: "built-in", "user", "folder" or "file"
 */
const char *
fy_template_get_origin_id (FyTemplate *self)
{
  static const char * const ids[] = { "built-in", "user", "folder", "file" };

  g_return_val_if_fail (FY_IS_TEMPLATE (self), "file");

  return ids[self->origin];
}

/**
 * fy_template_dup_origin_label:
 * @self: a template
 *
 * Returns: (transfer full): where the template comes from, for people:
 *   “Built-in”, “Personal”, or the folder or file it was read from
 */
char *
fy_template_dup_origin_label (FyTemplate *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);

  switch (self->origin)
    {
    case FY_TEMPLATE_ORIGIN_BUILTIN:
      return g_strdup (_("Built-in"));

    case FY_TEMPLATE_ORIGIN_USER:
      return g_strdup (_("Personal"));

    case FY_TEMPLATE_ORIGIN_FOLDER:
      if (self->folder != NULL)
        return g_file_get_parse_name (self->folder);
      return g_strdup (_("Shared folder"));

    case FY_TEMPLATE_ORIGIN_FILE:
    default:
      if (self->file != NULL)
        return g_file_get_parse_name (self->file);
      return g_strdup (_("File"));
    }
}

guint
fy_template_get_n_fields (FyTemplate *self)
{
  g_return_val_if_fail (FY_IS_TEMPLATE (self), 0);

  return self->fields->len;
}

/**
 * fy_template_get_field:
 * @self: a template
 * @index_: from 0
 *
 * Returns: (transfer none): the field's definition
 */
const FyFieldDef *
fy_template_get_field (FyTemplate *self,
                       guint       index_)
{
  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (index_ < self->fields->len, NULL);

  return g_ptr_array_index (self->fields, index_);
}

/**
 * fy_template_lookup_field:
 * @self: a template
 * @id: a field id
 *
 * Returns: (transfer none) (nullable): the definition of the field @id
 */
const FyFieldDef *
fy_template_lookup_field (FyTemplate *self,
                          const char *id)
{
  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->fields->len; i++)
    {
      const FyFieldDef *def = g_ptr_array_index (self->fields, i);

      if (strcmp (def->id, id) == 0)
        return def;
    }

  return NULL;
}

/**
 * fy_template_resolve_field:
 * @self: a template
 * @name: a field's id, or the label its form shows
 *
 * The field @name means: the one with that id, else the one whose label
 * it is (领导讲话稿 shows 发言人 as 讲话人; a clerk types what the form
 * showed, in --set and in a table's first row).
 *
 * Returns: (nullable): the field, or %NULL
 */
const FyFieldDef *
fy_template_resolve_field (FyTemplate *self,
                           const char *name)
{
  const FyFieldDef *def;

  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  def = fy_template_lookup_field (self, name);
  for (guint i = 0; def == NULL && i < self->fields->len; i++)
    {
      const FyFieldDef *candidate = g_ptr_array_index (self->fields, i);

      if (candidate->label != NULL && strcmp (candidate->label, name) == 0)
        def = candidate;
    }

  return def;
}

/**
 * fy_template_dup_field_list:
 * @self: a template
 *
 * Returns: (transfer full): the fields' names for a message, each as its
 *   form shows it, the id after it in brackets where that differs:
 *   "会议名称、讲话人（发言人）、…"
 */
char *
fy_template_dup_field_list (FyTemplate *self)
{
  GString *list = g_string_new (NULL);

  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);

  for (guint i = 0; i < self->fields->len; i++)
    {
      const FyFieldDef *def = g_ptr_array_index (self->fields, i);

      if (i > 0)
        g_string_append (list, "、");
      if (def->label != NULL && strcmp (def->label, def->id) != 0)
        g_string_append_printf (list, "%s（%s）", def->label, def->id);
      else
        g_string_append (list, def->id);
    }

  return g_string_free (list, FALSE);
}

/**
 * fy_template_set_field_default:
 * @self: a template
 * @id: a field's id
 * @value: (nullable): the value a document gets when none is given
 *
 * Returns: whether @self has a field @id
 */
gboolean
fy_template_set_field_default (FyTemplate *self,
                               const char *id,
                               const char *value)
{
  g_return_val_if_fail (FY_IS_TEMPLATE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < self->fields->len; i++)
    {
      FyFieldDef *def = g_ptr_array_index (self->fields, i);

      if (strcmp (def->id, id) == 0)
        {
          set_string (&def->default_value, value);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * fy_template_add_field:
 * @self: a template
 * @def: a field definition; it is copied
 * @error: return location for a #GError
 *
 * Returns: whether the field was added (not a duplicate, a valid id)
 */
gboolean
fy_template_add_field (FyTemplate        *self,
                       const FyFieldDef  *def,
                       GError           **error)
{
  g_return_val_if_fail (FY_IS_TEMPLATE (self), FALSE);
  g_return_val_if_fail (def != NULL, FALSE);

  if (!fy_field_id_is_valid (def->id))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_FIELD,
                   _("“%1$s” is not a valid field name: use up to %2$u characters "
                     "without braces, line breaks or blanks at either end."),
                   def->id, (guint) FY_TEMPLATE_MAX_ID_LENGTH);
      return FALSE;
    }

  if (fy_template_lookup_field (self, def->id) != NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_FIELD,
                   _("The template already has a field “%s”; choose another name."),
                   def->id);
      return FALSE;
    }

  if (self->fields->len >= FY_TEMPLATE_MAX_FIELDS)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_LIMIT,
                   _("A template may have at most %u fields."),
                   (guint) FY_TEMPLATE_MAX_FIELDS);
      return FALSE;
    }

  g_ptr_array_add (self->fields, fy_field_def_copy (def));
  return TRUE;
}

/**
 * fy_template_id_is_valid:
 * @id: (nullable): a template id
 *
 * Template ids name files, so they are ASCII letters, digits, “-”, “_” and
 * “.”, at most %FY_TEMPLATE_MAX_ID_LENGTH long, not starting with “.”.
 *
 * Returns: whether @id is a valid template id
 */
gboolean
fy_template_id_is_valid (const char *id)
{
  gsize length;

  if (id == NULL || *id == '\0' || *id == '.')
    return FALSE;

  length = strlen (id);
  if (length > FY_TEMPLATE_MAX_ID_LENGTH)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '-' && id[i] != '_' && id[i] != '.')
      return FALSE;

  return TRUE;
}

/**
 * fy_template_generate_id:
 *
 * Returns: (transfer full): a new id for a user template, unique in
 *   practice: user-20260105-143012-3f9a
 */
char *
fy_template_generate_id (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  return g_strdup_printf ("user-%s-%04x", stamp, g_random_int_range (0, 0x10000));
}

/**
 * fy_template_is_guidance:
 * @text: a title or paragraph
 *
 * Returns: %TRUE if @text begins with a template's guidance, such as
 *   “（在此填写发言标题）”: words for the writer to replace, which name
 *   nothing (not a file name, nor a template name)
 */
gboolean
fy_template_is_guidance (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return g_str_has_prefix (text, "（在此") || g_str_has_prefix (text, "(在此");
}

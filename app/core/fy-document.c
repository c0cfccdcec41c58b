/* fy-document.c — the speech manuscript: metadata, field values, blocks
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-document"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-document.h"
#include "fy-error.h"
#include "fy-source-private.h"
#include "fy-template.h"
#include "fy-web-text-private.h"

/*
 * FyDocument is a GListModel of its FyBlocks, so that list widgets (the
 * outline) can bind to it directly.  Structural edits emit
 * GListModel::items-changed; every edit, structural, metadata or the
 * content of any block, also emits FyDocument::changed, which is what the
 * preview and autosave listen to.
 */

struct _FyDocument
{
  GObject     parent_instance;

  char       *title;
  char       *subtitle;
  char       *speaker;
  char       *organisation;
  char       *meeting;
  char       *date;
  char       *style_preset;
  char       *template_id;
  guint       time_limit;
  FyNumberingMode numbering;
  gboolean    page_numbers;

  /* Field values in the order they were first set. */
  GPtrArray  *field_names;
  GHashTable *field_values;
  GHashTable *followed_values;  /* well-known field → its last non-empty value */
  guint       fields_stamp;     /* see fy_document_get_fields_stamp() */

  GPtrArray  *blocks;

  /* FyVersion, oldest first; shared with copies (versions are immutable). */
  GPtrArray  *versions;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FyDocument, fy_document, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_SPEAKER,
  PROP_ORGANISATION,
  PROP_MEETING,
  PROP_DATE,
  PROP_TIME_LIMIT,
  PROP_STYLE_PRESET,
  PROP_TEMPLATE_ID,
  PROP_NUMBERING,
  PROP_PAGE_NUMBERS,
  PROP_N_ITEMS,
  N_PROPS
};

enum {
  CHANGED,
  FIELD_CHANGED,
  VERSIONS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (FyDocument *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
block_changed_cb (FyDocument *self,
                  FyBlock    *block)
{
  emit_changed (self);
}

static void
take_block (FyDocument *self,
            FyBlock    *block)
{
  /* Not g_signal_connect_object(): it watches one closure per block on
   * the document, and dropping those is linear each, so disposing of (or
   * removing the blocks of) a document of 100 000 paragraphs took
   * minutes.  release_block() disconnects on every path a block leaves by,
   * dispose included, so a plain connection is safe. */
  g_signal_connect_swapped (block, "changed", G_CALLBACK (block_changed_cb), self);
}

static void
release_block (gpointer data,
               gpointer user_data)
{
  g_signal_handlers_disconnect_by_func (data, block_changed_cb, user_data);
}

static GType
list_model_get_item_type (GListModel *model)
{
  return FY_TYPE_BLOCK;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return FY_DOCUMENT (model)->blocks->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  FyDocument *self = FY_DOCUMENT (model);

  if (position >= self->blocks->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->blocks, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static void
items_changed (FyDocument *self,
               guint       position,
               guint       removed,
               guint       added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  emit_changed (self);
}

static void
fy_document_dispose (GObject *object)
{
  FyDocument *self = (FyDocument *)object;

  if (self->blocks != NULL)
    {
      g_ptr_array_foreach (self->blocks, release_block, self);
      g_ptr_array_set_size (self->blocks, 0);
    }

  G_OBJECT_CLASS (fy_document_parent_class)->dispose (object);
}

static void
fy_document_finalize (GObject *object)
{
  FyDocument *self = (FyDocument *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->speaker, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->meeting, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->style_preset, g_free);
  g_clear_pointer (&self->template_id, g_free);
  g_clear_pointer (&self->field_names, g_ptr_array_unref);
  g_clear_pointer (&self->field_values, g_hash_table_unref);
  g_clear_pointer (&self->followed_values, g_hash_table_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->versions, g_ptr_array_unref);

  G_OBJECT_CLASS (fy_document_parent_class)->finalize (object);
}

static void
fy_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FyDocument *self = FY_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    case PROP_SPEAKER:
      g_value_set_string (value, self->speaker);
      break;

    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;

    case PROP_MEETING:
      g_value_set_string (value, self->meeting);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_TIME_LIMIT:
      g_value_set_uint (value, self->time_limit);
      break;

    case PROP_STYLE_PRESET:
      g_value_set_string (value, self->style_preset);
      break;

    case PROP_TEMPLATE_ID:
      g_value_set_string (value, self->template_id);
      break;

    case PROP_NUMBERING:
      g_value_set_enum (value, self->numbering);
      break;

    case PROP_PAGE_NUMBERS:
      g_value_set_boolean (value, self->page_numbers);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->blocks->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fy_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FyDocument *self = FY_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      fy_document_set_title (self, g_value_get_string (value));
      break;

    case PROP_SUBTITLE:
      fy_document_set_subtitle (self, g_value_get_string (value));
      break;

    case PROP_SPEAKER:
      fy_document_set_speaker (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION:
      fy_document_set_organisation (self, g_value_get_string (value));
      break;

    case PROP_MEETING:
      fy_document_set_meeting (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      fy_document_set_date (self, g_value_get_string (value));
      break;

    case PROP_TIME_LIMIT:
      fy_document_set_time_limit (self, g_value_get_uint (value));
      break;

    case PROP_NUMBERING:
      fy_document_set_numbering (self, g_value_get_enum (value));
      break;

    case PROP_PAGE_NUMBERS:
      fy_document_set_page_numbers (self, g_value_get_boolean (value));
      break;

    case PROP_STYLE_PRESET:
      fy_document_set_style_preset (self, g_value_get_string (value));
      break;

    case PROP_TEMPLATE_ID:
      fy_document_set_template_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static void
fy_document_class_init (FyDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fy_document_dispose;
  object_class->finalize = fy_document_finalize;
  object_class->get_property = fy_document_get_property;
  object_class->set_property = fy_document_set_property;

  properties[PROP_TITLE] = string_pspec ("title");
  properties[PROP_SUBTITLE] = string_pspec ("subtitle");
  properties[PROP_SPEAKER] = string_pspec ("speaker");
  properties[PROP_ORGANISATION] = string_pspec ("organisation");
  properties[PROP_MEETING] = string_pspec ("meeting");
  properties[PROP_DATE] = string_pspec ("date");
  properties[PROP_STYLE_PRESET] = string_pspec ("style-preset");
  properties[PROP_TEMPLATE_ID] = string_pspec ("template-id");
  properties[PROP_TIME_LIMIT] =
    g_param_spec_uint ("time-limit", NULL, NULL,
                       0, 24 * 60, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_NUMBERING] =
    g_param_spec_enum ("numbering", NULL, NULL,
                       FY_TYPE_NUMBERING_MODE, FY_NUMBERING_AUTO,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* Whether the pages carry their numbers (— 1 —): a one-page notice or
   * a large-print copy for the speaker goes without. */
  properties[PROP_PAGE_NUMBERS] =
    g_param_spec_boolean ("page-numbers", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FyDocument::changed:
   *
   * Emitted after any change: metadata, field values, the list of blocks
   * or the content of a block.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * FyDocument::field-changed:
   * @name: the field's name
   *
   * Emitted after the value of a field was set or removed.
   */
  signals[FIELD_CHANGED] =
    g_signal_new ("field-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * FyDocument::versions-changed:
   *
   * Emitted after a version was added or removed (::changed follows).
   */
  signals[VERSIONS_CHANGED] =
    g_signal_new ("versions-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

/* One counter for all documents: see fy-source-private.h. */
static guint
next_fields_stamp (void)
{
  static gint counter;

  return (guint) g_atomic_int_add (&counter, 1) + 1;
}

static void
fy_document_init (FyDocument *self)
{
  self->fields_stamp = next_fields_stamp ();
  self->style_preset = g_strdup (FY_DEFAULT_STYLE_PRESET);
  self->page_numbers = TRUE;
  self->field_names = g_ptr_array_new_with_free_func (g_free);
  self->field_values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->followed_values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->blocks = g_ptr_array_new_with_free_func (g_object_unref);
  self->versions = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_version_unref);
}

/**
 * fy_document_new:
 *
 * Returns: (transfer full): a new, empty document with the default style
 */
FyDocument *
fy_document_new (void)
{
  return g_object_new (FY_TYPE_DOCUMENT, NULL);
}

/**
 * fy_document_copy_content:
 * @self: a #FyDocument
 *
 * Returns: (transfer full): a deep copy of the content: same metadata,
 *   field values and copies of every block, but no versions
 */
FyDocument *
fy_document_copy_content (FyDocument *self)
{
  g_autoptr(FySource) source = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);

  /* The snapshot's records stay with the blocks, so this also makes the
   * next snapshot of @self cheap. */
  source = fy_source_new (self);
  return fy_source_dup_content (source);
}

/**
 * fy_document_copy:
 * @self: a #FyDocument
 *
 * Returns: (transfer full): a deep copy: same metadata, field values,
 *   copies of every block, and the same (immutable) versions
 */
FyDocument *
fy_document_copy (FyDocument *self)
{
  FyDocument *copy;

  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);

  copy = fy_document_copy_content (self);
  for (guint i = 0; i < self->versions->len; i++)
    g_ptr_array_add (copy->versions, fy_version_ref (g_ptr_array_index (self->versions, i)));

  return copy;
}

/**
 * fy_document_replace_content:
 * @self: a #FyDocument
 * @source: the content to take
 *
 * Makes the metadata, field values and blocks of @self those of @source
 * (blocks are copied); the versions of @self stay.  Restoring a version
 * is this with the version's snapshot.
 */
void
fy_document_replace_content (FyDocument *self,
                             FyDocument *source)
{
  g_auto(GStrv) old_names = NULL;
  g_autoptr(GPtrArray) blocks = NULL;

  g_return_if_fail (FY_IS_DOCUMENT (self));
  g_return_if_fail (FY_IS_DOCUMENT (source));

  if (self == source)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  fy_document_set_title (self, source->title);
  fy_document_set_subtitle (self, source->subtitle);
  fy_document_set_speaker (self, source->speaker);
  fy_document_set_organisation (self, source->organisation);
  fy_document_set_meeting (self, source->meeting);
  fy_document_set_date (self, source->date);
  fy_document_set_time_limit (self, source->time_limit);
  fy_document_set_style_preset (self, source->style_preset);
  fy_document_set_template_id (self, source->template_id);
  fy_document_set_numbering (self, source->numbering);
  fy_document_set_page_numbers (self, source->page_numbers);

  old_names = fy_document_dup_field_names (self);
  for (guint i = 0; old_names[i] != NULL; i++)
    if (!g_hash_table_contains (source->field_values, old_names[i]))
      fy_document_set_field_value (self, old_names[i], NULL);
  for (guint i = 0; i < source->field_names->len; i++)
    {
      const char *name = g_ptr_array_index (source->field_names, i);

      fy_document_set_field_value (self, name, g_hash_table_lookup (source->field_values, name));
    }

  blocks = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < source->blocks->len; i++)
    g_ptr_array_add (blocks, fy_block_copy (g_ptr_array_index (source->blocks, i)));
  fy_document_splice_blocks (self, 0, self->blocks->len,
                             (FyBlock **) blocks->pdata, blocks->len);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_string (FyDocument  *self,
            char       **field,
            const char  *value,
            guint        prop_id)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) != 0)
    {
      g_free (*field);
      *field = g_strdup (value);
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
      emit_changed (self);
    }
}

#define DEFINE_STRING_ACCESSORS(name, PROP)                        \
  const char *                                                     \
  fy_document_get_##name (FyDocument *self)                        \
  {                                                                \
    g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);            \
    return self->name;                                             \
  }                                                                \
  void                                                             \
  fy_document_set_##name (FyDocument *self,                        \
                          const char *value)                       \
  {                                                                \
    g_return_if_fail (FY_IS_DOCUMENT (self));                      \
    g_return_if_fail (value == NULL || g_utf8_validate (value, -1, NULL)); \
    set_string (self, &self->name, value, PROP);                   \
  }

DEFINE_STRING_ACCESSORS (title, PROP_TITLE)
DEFINE_STRING_ACCESSORS (subtitle, PROP_SUBTITLE)
DEFINE_STRING_ACCESSORS (speaker, PROP_SPEAKER)
DEFINE_STRING_ACCESSORS (organisation, PROP_ORGANISATION)
DEFINE_STRING_ACCESSORS (meeting, PROP_MEETING)
DEFINE_STRING_ACCESSORS (date, PROP_DATE)
DEFINE_STRING_ACCESSORS (template_id, PROP_TEMPLATE_ID)

#undef DEFINE_STRING_ACCESSORS

/**
 * fy_document_get_style_preset:
 * @self: a #FyDocument
 *
 * Returns: (transfer none): the id of the style preset, never %NULL
 */
const char *
fy_document_get_style_preset (FyDocument *self)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);

  return self->style_preset;
}

/**
 * fy_document_set_style_preset:
 * @self: a #FyDocument
 * @preset: (nullable): a preset id; %NULL or "" means the default
 */
void
fy_document_set_style_preset (FyDocument *self,
                              const char *preset)
{
  g_return_if_fail (FY_IS_DOCUMENT (self));

  if (preset == NULL || *preset == '\0')
    preset = FY_DEFAULT_STYLE_PRESET;

  set_string (self, &self->style_preset, preset, PROP_STYLE_PRESET);
}

guint
fy_document_get_time_limit (FyDocument *self)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), 0);

  return self->time_limit;
}

/**
 * fy_document_set_time_limit:
 * @self: a #FyDocument
 * @minutes: the speaking time allowed, 0 for none
 */
void
fy_document_set_time_limit (FyDocument *self,
                            guint       minutes)
{
  g_return_if_fail (FY_IS_DOCUMENT (self));

  minutes = MIN (minutes, 24 * 60);
  if (self->time_limit == minutes)
    return;

  self->time_limit = minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_LIMIT]);
  emit_changed (self);
}

FyNumberingMode
fy_document_get_numbering (FyDocument *self)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), FY_NUMBERING_AUTO);

  return self->numbering;
}

/**
 * fy_document_get_printed_numbering:
 * @self: a #FyDocument
 *
 * How the headings print: the document's numbering mode, except that in
 * %FY_NUMBERING_AUTO a document whose one heading is a list's caption
 * (fy_numbering_is_list_caption(): …名单 with no ordinal of its own,
 * right over a row of names) prints it as written, without a number.  A lone
 * 一、 with no 二、 is what a clerk strikes out; the import sets such a
 * document as written, and one typed in the editor prints the same.
 * Among other headings the caption is a section and numbered in turn.
 *
 * Returns: the mode to number the headings by, in print and in every view
 */
FyNumberingMode
fy_document_get_printed_numbering (FyDocument *self)
{
  g_autofree char *text = NULL;
  g_autofree char *next = NULL;
  gint caption = -1;

  g_return_val_if_fail (FY_IS_DOCUMENT (self), FY_NUMBERING_AUTO);

  if (self->numbering != FY_NUMBERING_AUTO)
    return self->numbering;
  for (guint i = 0; i < self->blocks->len; i++)
    if (fy_block_get_role (g_ptr_array_index (self->blocks, i)) == FY_BLOCK_ROLE_HEADING)
      {
        if (caption >= 0)
          return FY_NUMBERING_AUTO;
        caption = (gint) i;
      }
  if (caption < 0 || (guint) caption + 1 >= self->blocks->len ||
      fy_block_get_role (g_ptr_array_index (self->blocks, caption + 1)) != FY_BLOCK_ROLE_PARAGRAPH)
    return FY_NUMBERING_AUTO;

  text = fy_document_dup_block_text (self, caption);
  next = fy_document_dup_block_text (self, caption + 1);
  if (fy_numbering_is_list_caption (text, next))
    return FY_NUMBERING_AS_WRITTEN;
  return FY_NUMBERING_AUTO;
}

/**
 * fy_document_set_numbering:
 * @self: a #FyDocument
 * @mode: whether the engine numbers the headings or prints them as written
 */
void
fy_document_set_numbering (FyDocument      *self,
                           FyNumberingMode  mode)
{
  g_return_if_fail (FY_IS_DOCUMENT (self));
  g_return_if_fail (mode == FY_NUMBERING_AUTO || mode == FY_NUMBERING_AS_WRITTEN);

  if (self->numbering == mode)
    return;

  self->numbering = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBERING]);
  emit_changed (self);
}

gboolean
fy_document_get_page_numbers (FyDocument *self)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), TRUE);

  return self->page_numbers;
}

/**
 * fy_document_set_page_numbers:
 * @self: a #FyDocument
 * @page_numbers: whether the pages carry their numbers where the style
 *   puts them; %FALSE prints none, whatever the style says
 */
void
fy_document_set_page_numbers (FyDocument *self,
                              gboolean    page_numbers)
{
  g_return_if_fail (FY_IS_DOCUMENT (self));

  page_numbers = !!page_numbers;
  if (self->page_numbers == page_numbers)
    return;

  self->page_numbers = page_numbers;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE_NUMBERS]);
  emit_changed (self);
}

/**
 * fy_document_get_field_value:
 * @self: a #FyDocument
 * @name: a field name such as "会议名称"
 *
 * Returns: (transfer none) (nullable): the value, or %NULL if unset
 */
const char *
fy_document_get_field_value (FyDocument *self,
                             const char *name)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_hash_table_lookup (self->field_values, name);
}

/* The metadata of a well-known field (the PDF's Author and Subject, the
 * .docx core properties), or NULL. */
static const char *
get_followed_metadata (FyDocument *self,
                       const char *name,
                       gboolean   *known)
{
  *known = TRUE;
  if (strcmp (name, FY_FIELD_MEETING) == 0)
    return self->meeting;
  if (strcmp (name, FY_FIELD_ORGANISATION) == 0)
    return self->organisation;
  if (strcmp (name, FY_FIELD_SPEAKER) == 0)
    return self->speaker;
  if (strcmp (name, FY_FIELD_DATE) == 0)
    return self->date;
  *known = FALSE;
  return NULL;
}

/* The metadata of field @name as it should be once the field changes
 * from @old_value to @value, or NULL to leave them: they follow when they
 * are empty or said what the field said, and the field's part is replaced
 * when they hold more (the sample's speaker is “职务　姓名”).  Metadata a
 * file set apart from the field on purpose stay as they are. */
static char *
dup_followed_metadata (FyDocument *self,
                       const char *name,
                       const char *old_value,
                       const char *value)
{
  gboolean known;
  const char *metadata = get_followed_metadata (self, name, &known);
  const char *found;
  GString *replaced;

  if (!known)
    return NULL;
  if (metadata == NULL || *metadata == '\0' || g_strcmp0 (metadata, old_value) == 0)
    return g_strdup (value != NULL ? value : "");
  if (old_value == NULL || *old_value == '\0' || (found = strstr (metadata, old_value)) == NULL)
    return NULL;

  replaced = g_string_new_len (metadata, found - metadata);
  g_string_append (replaced, value != NULL ? value : "");
  g_string_append (replaced, found + strlen (old_value));
  return g_strstrip (g_string_free (replaced, FALSE));
}

/* The metadata follow the well-known fields as they are edited: after
 * 发言人 changes, the PDF names the new speaker. */
static void
set_followed_metadata (FyDocument *self,
                       const char *name,
                       const char *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (strcmp (name, FY_FIELD_MEETING) == 0)
    fy_document_set_meeting (self, value);
  else if (strcmp (name, FY_FIELD_ORGANISATION) == 0)
    fy_document_set_organisation (self, value);
  else if (strcmp (name, FY_FIELD_SPEAKER) == 0)
    fy_document_set_speaker (self, value);
  else if (strcmp (name, FY_FIELD_DATE) == 0 && value != NULL)
    fy_document_set_date (self, value);
}

/**
 * fy_document_set_field_value:
 * @self: a #FyDocument
 * @name: a field name
 * @value: (nullable): the value, or %NULL to unset the field
 *
 * Sets a field.  Every `{{name}}` reference in the document follows, and
 * so does the metadata of a well-known field (发言人 sets the speaker)
 * unless the metadata had been set apart from the field.
 */
void
fy_document_set_field_value (FyDocument *self,
                             const char *name,
                             const char *value)
{
  const char *old;
  g_autofree char *followed = NULL;

  g_return_if_fail (FY_IS_DOCUMENT (self));
  g_return_if_fail (name != NULL && *name != '\0');
  g_return_if_fail (g_utf8_validate (name, -1, NULL));
  g_return_if_fail (value == NULL || g_utf8_validate (value, -1, NULL));

  old = g_hash_table_lookup (self->field_values, name);
  if (g_strcmp0 (old, value) == 0)
    return;
  /* An emptied field leaves its metadata; the next value replaces the
   * last one there (typing a new name starts from an empty entry). */
  if (value != NULL && *value != '\0')
    {
      const char *last = g_hash_table_lookup (self->followed_values, name);

      followed = dup_followed_metadata (self, name, last != NULL ? last : old, value);
      g_hash_table_insert (self->followed_values, g_strdup (name), g_strdup (value));
    }

  if (value == NULL)
    {
      for (guint i = 0; i < self->field_names->len; i++)
        {
          if (strcmp (g_ptr_array_index (self->field_names, i), name) == 0)
            {
              g_hash_table_remove (self->field_values, name);
              g_ptr_array_remove_index (self->field_names, i);
              break;
            }
        }
    }
  else if (old == NULL)
    {
      char *key = g_strdup (name);

      g_ptr_array_add (self->field_names, key);
      g_hash_table_insert (self->field_values, key, g_strdup (value));
    }
  else
    {
      gpointer key;

      g_hash_table_lookup_extended (self->field_values, name, &key, NULL);
      g_hash_table_insert (self->field_values, key, g_strdup (value));
    }

  self->fields_stamp = next_fields_stamp ();
  if (followed != NULL)
    set_followed_metadata (self, name, followed);
  /* Only an existing quark can name a detailed handler; a field name
   * from a file must not be interned, which keeps it for ever (a fuzz
   * run of ten million templates grew GLib's quark table past 6 000). */
  g_signal_emit (self, signals[FIELD_CHANGED], g_quark_try_string (name), name);
  emit_changed (self);
}

/**
 * fy_document_dup_field_names:
 * @self: a #FyDocument
 *
 * Returns: (transfer full): the names of the fields that have a value, in
 *   the order they were first set
 */
char **
fy_document_dup_field_names (FyDocument *self)
{
  g_autoptr(GStrvBuilder) builder = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->field_names->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->field_names, i));

  return g_strv_builder_end (builder);
}

guint
fy_document_get_n_blocks (FyDocument *self)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), 0);

  return self->blocks->len;
}

/**
 * fy_document_get_block:
 * @self: a #FyDocument
 * @position: a position below fy_document_get_n_blocks()
 *
 * Returns: (transfer none): the block
 */
FyBlock *
fy_document_get_block (FyDocument *self,
                       guint       position)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (position < self->blocks->len, NULL);

  return g_ptr_array_index (self->blocks, position);
}

/**
 * fy_document_splice_blocks:
 * @self: a #FyDocument
 * @position: where to start
 * @n_removals: how many blocks to remove there
 * @additions: (array length=n_additions) (nullable): blocks to insert
 * @n_additions: how many
 *
 * The one primitive behind every structural edit: one
 * GListModel::items-changed, one FyDocument::changed.  A block may belong
 * to one document only.
 */
void
fy_document_splice_blocks (FyDocument  *self,
                           guint        position,
                           guint        n_removals,
                           FyBlock    **additions,
                           guint        n_additions)
{
  g_return_if_fail (FY_IS_DOCUMENT (self));
  g_return_if_fail (position <= self->blocks->len);
  g_return_if_fail (n_removals <= self->blocks->len - position);
  g_return_if_fail (n_additions == 0 || additions != NULL);

  if (n_removals == 0 && n_additions == 0)
    return;

  for (guint i = 0; i < n_removals; i++)
    release_block (g_ptr_array_index (self->blocks, position + i), self);
  if (n_removals > 0)
    g_ptr_array_remove_range (self->blocks, position, n_removals);

  for (guint i = 0; i < n_additions; i++)
    {
      g_return_if_fail (FY_IS_BLOCK (additions[i]));

      take_block (self, additions[i]);
      g_ptr_array_insert (self->blocks, position + i, g_object_ref (additions[i]));
    }

  items_changed (self, position, n_removals, n_additions);
}

/**
 * fy_document_insert_block:
 * @self: a #FyDocument
 * @position: where, up to fy_document_get_n_blocks()
 * @block: the block; the document takes a reference
 */
void
fy_document_insert_block (FyDocument *self,
                          guint       position,
                          FyBlock    *block)
{
  fy_document_splice_blocks (self, position, 0, &block, 1);
}

void
fy_document_append_block (FyDocument *self,
                          FyBlock    *block)
{
  g_return_if_fail (FY_IS_DOCUMENT (self));

  fy_document_splice_blocks (self, self->blocks->len, 0, &block, 1);
}

void
fy_document_remove_block (FyDocument *self,
                          guint       position)
{
  fy_document_splice_blocks (self, position, 1, NULL, 0);
}

/**
 * fy_document_move_blocks:
 * @self: a #FyDocument
 * @from: the first block to move
 * @n_blocks: how many consecutive blocks
 * @to: the position the first moved block ends up at, counted in the
 *   document after the move
 *
 * Moves a range of blocks, for example a point with everything under it.
 */
void
fy_document_move_blocks (FyDocument *self,
                         guint       from,
                         guint       n_blocks,
                         guint       to)
{
  g_autoptr(GPtrArray) moved = NULL;
  guint first, last;

  g_return_if_fail (FY_IS_DOCUMENT (self));
  g_return_if_fail (from <= self->blocks->len);
  g_return_if_fail (n_blocks <= self->blocks->len - from);
  g_return_if_fail (to <= self->blocks->len - n_blocks);

  if (n_blocks == 0 || from == to)
    return;

  moved = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_blocks; i++)
    g_ptr_array_add (moved, g_object_ref (g_ptr_array_index (self->blocks, from + i)));

  g_ptr_array_remove_range (self->blocks, from, n_blocks);
  for (guint i = 0; i < n_blocks; i++)
    g_ptr_array_insert (self->blocks, to + i, g_object_ref (g_ptr_array_index (moved, i)));

  first = MIN (from, to);
  last = MAX (from, to) + n_blocks;
  items_changed (self, first, last - first, last - first);
}

/**
 * fy_document_find_block:
 * @self: a #FyDocument
 * @block: a block
 * @position: (out) (optional): where it is
 *
 * Returns: %TRUE if @block is in the document
 */
gboolean
fy_document_find_block (FyDocument *self,
                        FyBlock    *block,
                        guint      *position)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), FALSE);

  return g_ptr_array_find (self->blocks, block, position);
}

/**
 * fy_document_get_section_end:
 * @self: a #FyDocument
 * @position: the position of a block
 *
 * For a heading, the position just after its section: the next heading of
 * the same or a higher level, or a closing, signature or attachment note,
 * or the end.  For any other block, @position + 1.
 *
 * Returns: the end of the section that starts at @position
 */
guint
fy_document_get_section_end (FyDocument *self,
                             guint       position)
{
  FyBlock *block;
  guint level;
  guint end;

  g_return_val_if_fail (FY_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (position < self->blocks->len, 0);

  block = g_ptr_array_index (self->blocks, position);
  if (fy_block_get_role (block) != FY_BLOCK_ROLE_HEADING)
    return position + 1;

  level = fy_block_get_level (block);
  for (end = position + 1; end < self->blocks->len; end++)
    {
      FyBlock *other = g_ptr_array_index (self->blocks, end);
      FyBlockRole role = fy_block_get_role (other);

      if (role == FY_BLOCK_ROLE_HEADING && fy_block_get_level (other) <= level)
        break;
      if (role == FY_BLOCK_ROLE_CLOSING || role == FY_BLOCK_ROLE_SIGNATURE ||
          role == FY_BLOCK_ROLE_ATTACHMENT)
        break;
    }

  return end;
}

/**
 * fy_document_resolve_run:
 * @self: a #FyDocument
 * @run: a run of one of the document's blocks
 *
 * Returns: (transfer full) (nullable): the text to print for @run: its
 *   text, or for a field reference the field's value; %NULL for a field
 *   with no value; an empty string for markup, which is not printed
 */
char *
fy_document_resolve_run (FyDocument  *self,
                         const FyRun *run)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (run != NULL, NULL);

  if (run->kind == FY_RUN_MARKUP)
    return g_strdup ("");
  if (run->kind != FY_RUN_FIELD)
    return g_strdup (run->text);

  /* Field values are plain text: they are never parsed for references
   * again, so a value cannot recurse into other fields. */
  return g_strdup (g_hash_table_lookup (self->field_values, run->text));
}

/* The text of @block's first @n_runs runs as printed, a field with no
 * value as `{{name}}`. */
static char *
dup_runs_printed (FyDocument *self,
                  FyBlock    *block,
                  guint       n_runs)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n_runs; i++)
    {
      const FyRun *run = fy_block_get_run (block, i);
      g_autofree char *text = fy_document_resolve_run (self, run);

      if (text != NULL)
        g_string_append (str, text);
      else
        g_string_append_printf (str, "{{%s}}", run->text);
    }

  return g_string_free (str, FALSE);
}

/**
 * fy_document_dup_block_text:
 * @self: a #FyDocument
 * @position: the position of a block
 *
 * Returns: (transfer full): the block's text with field values filled in;
 *   a field with no value stays as `{{name}}`
 */
char *
fy_document_dup_block_text (FyDocument *self,
                            guint       position)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (position < self->blocks->len, NULL);

  return fy_document_dup_printed_text (self, g_ptr_array_index (self->blocks, position));
}

/**
 * fy_document_dup_printed_text:
 * @self: a #FyDocument
 * @block: a block of @self, or a piece of one (a table's cell from
 *   fy_table_split_cells())
 *
 * Returns: (transfer full): @block's text as printed, each field
 *   reference resolved with @self's values (a field with no value as
 *   `{{name}}`), as the typesetter reads it
 */
char *
fy_document_dup_printed_text (FyDocument *self,
                              FyBlock    *block)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (FY_IS_BLOCK (block), NULL);

  return dup_runs_printed (self, block, fy_block_get_n_runs (block));
}

/**
 * fy_document_dup_block_lead:
 * @self: a #FyDocument
 * @position: the position of a block
 *
 * The bold lead (fy_block_get_lead_end()) as printed: "一是{{单位}}要……。"
 * whole, with the field's value, as the outline lists it.
 *
 * Returns: (transfer full) (nullable): the block's bold lead with field
 *   values filled in (a field with no value as `{{name}}`), or %NULL if
 *   the block does not open with one
 */
char *
fy_document_dup_block_lead (FyDocument *self,
                            guint       position)
{
  FyBlock *block;
  guint lead_end;

  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (position < self->blocks->len, NULL);

  block = g_ptr_array_index (self->blocks, position);
  lead_end = fy_block_get_lead_end (block);
  return lead_end > 0 ? dup_runs_printed (self, block, lead_end) : NULL;
}

/**
 * fy_document_dup_heading_numbers:
 * @self: a #FyDocument
 *
 * The number the speech prints before each block: 一、（一）1.（1） before
 * a heading the engine numbers (as the document's numbering mode says),
 * an empty string before any other block.  For views of the text that
 * show it as printed (the comparison, the 对照表).
 *
 * Returns: (transfer full): one string per block
 */
GStrv
fy_document_dup_heading_numbers (FyDocument *self)
{
  FyHeadingCounter counter;
  char **numbers;

  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);

  numbers = g_new0 (char *, self->blocks->len + 1);
  fy_heading_counter_init (&counter, fy_document_get_printed_numbering (self));
  for (guint i = 0; i < self->blocks->len; i++)
    {
      FyBlock *block = g_ptr_array_index (self->blocks, i);
      g_autofree char *text = NULL;

      if (fy_block_get_role (block) == FY_BLOCK_ROLE_HEADING)
        {
          text = fy_block_dup_text (block);
          numbers[i] = fy_heading_counter_next (&counter, fy_block_get_level (block), text);
        }
      if (numbers[i] == NULL)
        numbers[i] = g_strdup ("");
    }
  return numbers;
}

/**
 * fy_document_dup_display_title:
 * @self: a #FyDocument
 *
 * Returns: (transfer full): the title for window titles, PDF metadata and
 *   default file names: the metadata title, else the text of the first
 *   title block, else an empty string
 */
char *
fy_document_dup_display_title (FyDocument *self)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);

  if (self->title != NULL)
    return g_strdup (self->title);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      FyBlock *block = g_ptr_array_index (self->blocks, i);

      if (fy_block_get_role (block) == FY_BLOCK_ROLE_TITLE)
        {
          char *text = fy_document_dup_block_text (self, i);

          return g_strstrip (g_strdelimit (text, "\n", ' '));
        }
    }

  return g_strdup ("");
}

/**
 * fy_document_count_characters:
 * @self: a #FyDocument
 * @n_chars: (out) (optional): characters, white space not counted
 * @n_chars_no_punct: (out) (optional): the same without punctuation
 *
 * Counts the characters of the printed text (field values filled in), the
 * way 字数 is counted in Chinese offices: every character but white space.
 */
void
fy_document_count_characters (FyDocument *self,
                              guint      *n_chars,
                              guint      *n_chars_no_punct)
{
  g_autoptr(FySource) source = NULL;

  g_return_if_fail (FY_IS_DOCUMENT (self));

  source = fy_source_new (self);
  fy_source_count_characters (source, n_chars, n_chars_no_punct);
}

/* Versions ---------------------------------------------------------------- */

static void
versions_changed (FyDocument *self)
{
  g_signal_emit (self, signals[VERSIONS_CHANGED], 0);
  emit_changed (self);
}

guint
fy_document_get_n_versions (FyDocument *self)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), 0);

  return self->versions->len;
}

/**
 * fy_document_get_version:
 * @self: a #FyDocument
 * @position: from 0, oldest first
 *
 * Returns: (transfer none): the version
 */
FyVersion *
fy_document_get_version (FyDocument *self,
                         guint       position)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (position < self->versions->len, NULL);

  return g_ptr_array_index (self->versions, position);
}

/**
 * fy_document_add_version:
 * @self: a #FyDocument
 * @version: a version to append (referenced)
 */
void
fy_document_add_version (FyDocument *self,
                         FyVersion  *version)
{
  g_return_if_fail (FY_IS_DOCUMENT (self));
  g_return_if_fail (version != NULL);
  g_return_if_fail (fy_version_get_snapshot (version) != self);

  g_ptr_array_add (self->versions, fy_version_ref (version));
  versions_changed (self);
}

/**
 * fy_document_save_version:
 * @self: a #FyDocument
 * @name: the version's name, such as “送审稿”
 * @author: (nullable): who makes it
 * @note: (nullable): a remark
 *
 * Records the document as it is now as a new version, made now.
 *
 * Returns: (transfer none): the new version
 */
FyVersion *
fy_document_save_version (FyDocument *self,
                          const char *name,
                          const char *author,
                          const char *note)
{
  g_autoptr(FyDocument) snapshot = NULL;
  g_autoptr(FyVersion) version = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (name != NULL && g_utf8_validate (name, -1, NULL), NULL);

  snapshot = fy_document_copy_content (self);
  version = fy_version_new (name, author, NULL, note, snapshot);
  fy_document_add_version (self, version);
  return version;
}

void
fy_document_remove_version (FyDocument *self,
                            guint       position)
{
  g_return_if_fail (FY_IS_DOCUMENT (self));
  g_return_if_fail (position < self->versions->len);

  g_ptr_array_remove_index (self->versions, position);
  versions_changed (self);
}

/**
 * fy_document_find_version:
 * @self: a #FyDocument
 * @name: a version name
 *
 * Returns: (transfer none) (nullable): the newest version called @name
 */
FyVersion *
fy_document_find_version (FyDocument *self,
                          const char *name)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = self->versions->len; i > 0; i--)
    {
      FyVersion *version = g_ptr_array_index (self->versions, i - 1);

      if (g_strcmp0 (fy_version_get_name (version), name) == 0)
        return version;
    }

  return NULL;
}

/**
 * fy_document_dup_version_content:
 * @self: a #FyDocument
 * @name: a version name
 * @error: return location for a #GError
 *
 * The text of version @name (the newest of that name) to compare or
 * export, apart from @self.
 *
 * Returns: (transfer full) (nullable): a copy of its content, or %NULL
 *   with %FY_ERROR_NOT_FOUND
 */
FyDocument *
fy_document_dup_version_content (FyDocument  *self,
                                 const char  *name,
                                 GError     **error)
{
  FyVersion *version;

  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  version = fy_document_find_version (self, name);
  if (version == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND, _("There is no version called “%s”."), name);
      return NULL;
    }

  return fy_document_copy_content (fy_version_get_snapshot (version));
}

/* See fy-source-private.h. */
guint
fy_document_get_fields_stamp (FyDocument *self)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), 0);
  return self->fields_stamp;
}

GHashTable *
fy_document_get_field_table (FyDocument *self)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);
  return self->field_values;
}

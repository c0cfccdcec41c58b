/* fy-template-fill.c — a document made from a template, and the check of its fields
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-template"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-error.h"
#include "fy-template.h"
#include "fy-template-private.h"

static gboolean
run_is_blank (const FyRun *run)
{
  return run->kind != FY_RUN_FIELD && fy_field_value_is_empty (run->text);
}

/* An optional field left empty when the document is made is taken out of
 * the text, with the blank that separated it from its neighbour: a speaker
 * line "{{发言单位}}{{职务}}　{{发言人}}" with no unit or position prints
 * just the name, not placeholders.  The document keeps the (empty) value,
 * so the field is still listed.  A block left with nothing to print (a
 * signature of an empty unit) goes too: FALSE.  Required fields with no
 * value stay: they are reported, not hidden. */
static gboolean
drop_empty_fields_in_block (FyDocument *document,
                            FyBlock    *block,
                            const char *keep_field,
                            gboolean   *changed_out)
{
  guint n_runs = fy_block_get_n_runs (block);
  g_autofree gboolean *prints = g_new0 (gboolean, n_runs);
  g_autofree gboolean *keep = g_new0 (gboolean, n_runs);
  g_autoptr(GArray) kinds = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  gboolean changed = FALSE;
  guint n_kept = 0;

  for (guint i = 0; i < n_runs; i++)
    {
      const FyRun *run = fy_block_get_run (block, i);
      g_autofree char *text = fy_document_resolve_run (document, run);
      gboolean empty_field = run->kind == FY_RUN_FIELD && text != NULL && *text == '\0' &&
                             g_strcmp0 (run->text, keep_field) != 0;

      prints[i] = !empty_field && !run_is_blank (run);
      keep[i] = !empty_field;
      changed |= empty_field;
    }

  if (changed_out != NULL)
    *changed_out = changed;
  if (!changed)
    return TRUE;

  for (guint i = 0; i < n_runs; i++)
    {
      gboolean before = FALSE, after = FALSE;

      if (!keep[i] || !run_is_blank (fy_block_get_run (block, i)))
        continue;

      for (guint j = 0; j < i; j++)
        before |= prints[j];
      for (guint j = i + 1; j < n_runs; j++)
        after |= prints[j];

      if (!before || !after)
        keep[i] = FALSE;
    }

  for (guint i = 0; i < n_runs; i++)
    if (keep[i] && prints[i])
      n_kept++;

  if (n_kept == 0)
    return FALSE;

  kinds = g_array_new (FALSE, FALSE, sizeof (FyRunKind));
  texts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_runs; i++)
    {
      const FyRun *run = fy_block_get_run (block, i);

      if (!keep[i])
        continue;
      g_array_append_val (kinds, run->kind);
      g_ptr_array_add (texts, g_strdup (run->text));
    }

  fy_block_begin_change (block);
  fy_block_clear_runs (block);
  for (guint i = 0; i < kinds->len; i++)
    fy_block_append_run (block, g_array_index (kinds, FyRunKind, i),
                         g_ptr_array_index (texts, i));
  fy_block_end_change (block);
  return TRUE;
}

static void
drop_empty_optional_fields (FyDocument *document)
{
  for (guint b = fy_document_get_n_blocks (document); b-- > 0;)
    {
      FyBlock *block = fy_document_get_block (document, b);

      if (fy_template_block_has_field (block) && !drop_empty_fields_in_block (document, block, NULL, NULL))
        fy_document_remove_block (document, b);
    }
}

static gboolean
block_has_field_named (FyBlock    *block,
                       const char *name)
{
  for (guint r = 0; r < fy_block_get_n_runs (block); r++)
    {
      const FyRun *run = fy_block_get_run (block, r);

      if (run->kind == FY_RUN_FIELD && (name == NULL || g_strcmp0 (run->text, name) == 0))
        return TRUE;
    }

  return FALSE;
}

/* Template line @index as @document's values made it: a copy, with
 * its empty optional fields taken out (see drop_empty_fields_in_block());
 * NULL if nothing of it was left. */
static FyBlock *
dup_line_as_made (FyTemplate *self,
                  FyDocument *document,
                  guint       index,
                  gboolean   *changed)
{
  g_autoptr(FyBlock) line = fy_block_copy (fy_document_get_block (self->skeleton, index));

  *changed = FALSE;
  if (fy_template_block_has_field (line) && !drop_empty_fields_in_block (document, line, NULL, changed))
    {
      *changed = TRUE;
      return NULL;
    }

  return g_steal_pointer (&line);
}

static int
find_block (FyDocument *document,
            FyBlock    *block)
{
  for (guint j = 0; j < fy_document_get_n_blocks (document); j++)
    if (fy_block_equal (fy_document_get_block (document, j), block))
      return j;

  return -1;
}

/* Template line @index as restored for @field: the other optional
 * fields still empty stay out (a post not given, with the unit typed in
 * the 字段 panel, would print as a placeholder); all back for %NULL. */
static FyBlock *
dup_line_restored (FyTemplate *self,
                   FyDocument *document,
                   guint       index,
                   const char *field)
{
  FyBlock *line = fy_block_copy (fy_document_get_block (self->skeleton, index));

  if (field != NULL)
    drop_empty_fields_in_block (document, line, field, NULL);

  return line;
}

/* Where template line @index is in @document: as made, or as restored
 * for @field (dup_line_restored(): that field back, the other empty
 * optional ones still out; all back for %NULL); -1 if neither. */
static int
find_line (FyTemplate *self,
           FyDocument *document,
           guint       index,
           const char *field)
{
  gboolean changed;
  g_autoptr(FyBlock) as_made = dup_line_as_made (self, document, index, &changed);
  int position = as_made != NULL ? find_block (document, as_made) : -1;

  if (position < 0 && changed)
    {
      g_autoptr(FyBlock) restored = dup_line_restored (self, document, index, field);

      position = find_block (document, restored);
    }

  return position;
}

/* Where template line @index, left out of @document as a whole (a
 * signature of the unit alone), goes back: before the next template line
 * that is there, else after the previous one; -1 when neither is. */
static int
find_place_of_dropped_line (FyTemplate *self,
                            FyDocument *document,
                            guint       index,
                            const char *field)
{
  for (guint k = index + 1; k < fy_document_get_n_blocks (self->skeleton); k++)
    {
      int position = find_line (self, document, k, field);

      if (position >= 0)
        return position;
    }

  for (guint k = index; k-- > 0;)
    {
      int position = find_line (self, document, k, field);

      if (position >= 0)
        return position + 1;
    }

  return -1;
}

/* Gives @block the runs of @model. */
static void
set_runs_of (FyBlock *block,
             FyBlock *model)
{
  fy_block_begin_change (block);
  fy_block_clear_runs (block);
  for (guint r = 0; r < fy_block_get_n_runs (model); r++)
    fy_block_append_run (block, fy_block_get_run (model, r)->kind, fy_block_get_run (model, r)->text);
  fy_block_end_change (block);
}

/**
 * fy_template_restore_field_lines:
 * @self: the template @document was made from
 * @document: a document made from @self
 * @field: (nullable): the field whose lines to restore, or %NULL for all
 *
 * Gives the lines of @document that lost the optional fields left empty
 * when it was made (a speaker line of the name alone, see
 * fy_template_instantiate()) and are unchanged since the template's
 * fields back; a line left out as a whole (a signature of the unit
 * alone) comes back in its place.  With @field, only the lines that
 * have it in the template, and without the other fields still empty;
 * @field keeps its (empty) value until it is given one.
 *
 * Returns: whether @document changed
 */
gboolean
fy_template_restore_field_lines (FyTemplate *self,
                                 FyDocument *document,
                                 const char *field)
{
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) whole = g_ptr_array_new ();
  gboolean restored = FALSE;

  g_return_val_if_fail (FY_IS_TEMPLATE (self), FALSE);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), FALSE);

  for (guint i = 0; i < fy_document_get_n_blocks (self->skeleton); i++)
    {
      g_autoptr(FyBlock) dropped = NULL;
      g_autoptr(FyBlock) line = NULL;
      gboolean changed = FALSE;

      if (!block_has_field_named (fy_document_get_block (self->skeleton, i), field))
        continue;
      dropped = dup_line_as_made (self, document, i, &changed);
      line = dup_line_restored (self, document, i, field);
      if (!changed || (dropped != NULL && fy_block_equal (dropped, line)))
        continue;
      if (dropped == NULL)
        {
          /* Unless it is back already. */
          if (find_block (document, line) < 0)
            g_ptr_array_add (whole, GUINT_TO_POINTER (i));
          continue;
        }

      for (guint j = 0; j < fy_document_get_n_blocks (document); j++)
        {
          FyBlock *block = fy_document_get_block (document, j);

          if (g_hash_table_contains (taken, block) || !fy_block_equal (block, dropped))
            continue;
          g_hash_table_add (taken, block);
          set_runs_of (block, line);
          restored = TRUE;
          break;
        }
    }

  /* After the lines that were shortened, in the template's order: a
   * whole line's place is found by its neighbours, as made or restored. */
  for (guint w = 0; w < whole->len; w++)
    {
      guint index = GPOINTER_TO_UINT (g_ptr_array_index (whole, w));
      int position = find_place_of_dropped_line (self, document, index, field);
      g_autoptr(FyBlock) line = NULL;

      if (position < 0)
        continue;
      line = dup_line_restored (self, document, index, field);
      fy_document_insert_block (document, position, line);
      restored = TRUE;
    }

  return restored;
}

/**
 * fy_template_restore_dropped_fields:
 * @self: the template @document was made from
 * @document: a document made from @self
 *
 * A copy of @document with fy_template_restore_field_lines() applied to
 * all fields: batch fill's rows fill them again (session 21's new user's
 * 发言单位 column printed nowhere).
 *
 * Returns: (transfer full): the copy
 */
FyDocument *
fy_template_restore_dropped_fields (FyTemplate *self,
                                    FyDocument *document)
{
  FyDocument *copy;

  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  copy = fy_document_copy (document);
  fy_template_restore_field_lines (self, copy, NULL);

  return copy;
}

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return fy_date_format (now);
}

/* Sets the values of @self's fields in @document: given, else default,
 * else today for a date, else empty for an optional field; a required
 * field with no value stays unset so that the check reports it. */
static gboolean
fill_fields (FyTemplate  *self,
             FyDocument  *document,
             GHashTable  *values,
             gboolean     keep_existing,
             GError     **error)
{
  if (!fy_field_check_utf8_values (values, error))
    return FALSE;

  for (guint i = 0; i < self->fields->len; i++)
    {
      const FyFieldDef *def = g_ptr_array_index (self->fields, i);
      const char *given = fy_field_lookup_value (values, def->id);
      g_autofree char *value = NULL;

      if (given != NULL)
        {
          value = fy_field_def_normalize_value (def, given, error);
          if (value == NULL)
            return FALSE;
        }
      else if (keep_existing && def->kind == FY_FIELD_KIND_DATE)
        value = dup_today ();
      else if (keep_existing && fy_document_get_field_value (document, def->id) != NULL)
        continue;
      else if (!fy_field_value_is_empty (def->default_value))
        value = g_strdup (def->default_value);
      else if (def->kind == FY_FIELD_KIND_DATE)
        value = dup_today ();
      else if (!def->required)
        value = g_strdup ("");

      fy_document_set_field_value (document, def->id, value);
    }

  /* Values for names the template does not define are kept: the check
   * reports references to them only if they stay empty. */
  if (values != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, values);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          if (fy_template_lookup_field (self, key) == NULL && fy_field_id_is_valid (key)
              && value != NULL && g_utf8_validate (value, -1, NULL))
            fy_document_set_field_value (document, key, value);
        }
    }

  return TRUE;
}

static void
add_problem (GPtrArray          *problems,
             FyFieldProblemKind  kind,
             const char         *field,
             int                 block,
             char               *message)
{
  FyFieldProblem *problem = g_new0 (FyFieldProblem, 1);

  problem->kind = kind;
  problem->field = g_strdup (field);
  problem->block = block;
  problem->message = message;
  g_ptr_array_add (problems, problem);
}

/**
 * fy_template_check_values:
 * @self: a template
 * @values: (nullable) (element-type utf8 utf8): field id → value
 * @error: return location for a #GError
 *
 * Checks values before a document is made: every required field has a
 * value or a default (a date field is never missing: it takes today), and
 * every number field's value is a number.
 *
 * Returns: %TRUE if fine, else %FALSE with %FY_ERROR_FIELD listing every
 *   problem
 */
gboolean
fy_template_check_values (FyTemplate  *self,
                          GHashTable  *values,
                          GError     **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autoptr(GString) message = g_string_new (NULL);

  g_return_val_if_fail (FY_IS_TEMPLATE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!fy_field_check_utf8_values (values, error))
    return FALSE;

  for (guint i = 0; i < self->fields->len; i++)
    {
      const FyFieldDef *def = g_ptr_array_index (self->fields, i);
      const char *given = fy_field_lookup_value (values, def->id);

      if (given != NULL)
        {
          g_autoptr(GError) local_error = NULL;
          g_autofree char *value = fy_field_def_normalize_value (def, given, &local_error);

          if (value == NULL)
            {
              if (message->len > 0)
                g_string_append (message, " ");
              g_string_append (message, local_error->message);
            }
        }
      else if (def->required && fy_field_value_is_empty (def->default_value)
               && def->kind != FY_FIELD_KIND_DATE)
        g_ptr_array_add (missing, def->id);
    }

  if (missing->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *text = NULL;

      for (guint i = 0; i < missing->len; i++)
        {
          if (i > 0)
            g_string_append (names, _(", "));
          g_string_append_printf (names, "“%s”", (const char *) g_ptr_array_index (missing, i));
        }
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The required field %s has no value; give it one.",
                                           "The required fields %s have no value; give them one.",
                                           missing->len),
                              names->str);
      g_string_prepend (message, " ");
      g_string_prepend (message, text);
    }

  if (message->len > 0)
    {
      g_autofree char *text = fy_field_dup_trimmed (message->str);

      g_set_error_literal (error, FY_ERROR, FY_ERROR_FIELD, text);
      return FALSE;
    }

  return TRUE;
}

/**
 * fy_template_instantiate:
 * @self: a template
 * @values: (nullable) (element-type utf8 utf8): field id → value; empty
 *   values count as not given
 * @error: return location for a #GError
 *
 * Makes a new document: the skeleton with the field values set, defaults
 * for fields not given, today's date (2026年1月5日) for date fields with
 * neither, an empty value for other optional fields.  References to an
 * optional field left empty are taken out of the text (with the blank
 * that separated them), so that nothing prints as a placeholder; the
 * field is still listed with its empty value.  A required field with no
 * value is left unset; fy_template_check_document() reports it.  Every
 * other reference stays, so the document's fields remain linked.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with
 *   %FY_ERROR_FIELD if a value does not suit its field
 */
FyDocument *
fy_template_instantiate (FyTemplate  *self,
                         GHashTable  *values,
                         GError     **error)
{
  g_autoptr(FyDocument) document = NULL;

  g_return_val_if_fail (FY_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  document = fy_document_copy (self->skeleton);
  if (!fill_fields (self, document, values, FALSE, error))
    return NULL;

  fy_document_set_template_id (document, self->id);
  fy_document_set_style_preset (document, self->style_preset);
  drop_empty_optional_fields (document);
  fy_template_update_metadata (document);

  return g_steal_pointer (&document);
}

/**
 * fy_template_new_from_earlier:
 * @earlier: an earlier speech
 * @template_: (nullable): the template it was made from, if known
 * @values: (nullable) (element-type utf8 utf8): the new field values
 * @error: return location for a #GError
 *
 * “New from an earlier speech”: a copy of @earlier with the values in
 * @values, the others kept, and a new date: date fields not in @values
 * (the template's, or “日期” without one) become today.
 *
 * Returns: (transfer full) (nullable): the new document
 */
FyDocument *
fy_template_new_from_earlier (FyDocument  *earlier,
                              FyTemplate  *template_,
                              GHashTable  *values,
                              GError     **error)
{
  g_autoptr(FyDocument) document = NULL;
  g_autofree char *today = dup_today ();

  g_return_val_if_fail (FY_IS_DOCUMENT (earlier), NULL);
  g_return_val_if_fail (template_ == NULL || FY_IS_TEMPLATE (template_), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!fy_field_check_utf8_values (values, error))
    return NULL;

  document = fy_document_copy_content (earlier);

  if (template_ != NULL)
    {
      if (!fill_fields (template_, document, values, TRUE, error))
        return NULL;
    }
  else
    {
      if (values != NULL)
        {
          GHashTableIter iter;
          gpointer key, value;

          g_hash_table_iter_init (&iter, values);
          while (g_hash_table_iter_next (&iter, &key, &value))
            {
              if (!fy_field_id_is_valid (key) || value == NULL || !g_utf8_validate (value, -1, NULL))
                continue;
              if (strcmp (key, FY_FIELD_DATE) == 0)
                {
                  g_autofree char *date = fy_template_normalize_date (value);

                  fy_document_set_field_value (document, key, date);
                }
              else
                fy_document_set_field_value (document, key, value);
            }
        }

      if (fy_field_lookup_value (values, FY_FIELD_DATE) == NULL)
        fy_document_set_field_value (document, FY_FIELD_DATE, today);
    }

  fy_document_set_date (document, today);
  fy_template_update_metadata (document);

  return g_steal_pointer (&document);
}

/**
 * fy_template_update_metadata:
 * @document: a document
 *
 * Sets the document's metadata (meeting, organisation, speaker, date, time
 * limit) from the well-known fields 会议名称, 发言单位, 发言人, 日期 and
 * 发言时限（分钟） where they have values.  Call it after changing fields.
 */
void
fy_template_update_metadata (FyDocument *document)
{
  const char *value;

  g_return_if_fail (FY_IS_DOCUMENT (document));

  if (!fy_field_value_is_empty (value = fy_document_get_field_value (document, FY_FIELD_MEETING)))
    fy_document_set_meeting (document, value);
  if (!fy_field_value_is_empty (value = fy_document_get_field_value (document, FY_FIELD_ORGANISATION)))
    fy_document_set_organisation (document, value);
  if (!fy_field_value_is_empty (value = fy_document_get_field_value (document, FY_FIELD_SPEAKER)))
    fy_document_set_speaker (document, value);
  if (!fy_field_value_is_empty (value = fy_document_get_field_value (document, FY_FIELD_DATE)))
    fy_document_set_date (document, value);

  value = fy_document_get_field_value (document, FY_FIELD_TIME_LIMIT);
  if (!fy_field_value_is_empty (value))
    {
      g_autofree char *number = fy_field_normalize_number (value);

      if (number != NULL)
        {
          double minutes = g_ascii_strtod (number, NULL);

          if (minutes >= 0 && minutes <= 24 * 60)
            fy_document_set_time_limit (document, (guint) (minutes + 0.5));
        }
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * fy_template_list_unused_values:
 * @document: a document filled with @values, new from an earlier speech
 *   say
 * @values: (nullable) (element-type utf8 utf8): the values given for it
 *
 * The fields given a value in @values that @document's text does not
 * refer to, so that the value is printed nowhere: an earlier speech typed
 * or imported as plain text names its meeting in words, not with
 * `{{会议名称}}`.  The time limit is not one of them: it counts without
 * being printed.
 *
 * Returns: (transfer full) (element-type utf8): their names, sorted
 */
GPtrArray *
fy_template_list_unused_values (FyDocument *document,
                                GHashTable *values)
{
  g_autoptr(GPtrArray) references = NULL;
  GPtrArray *unused = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), unused);

  if (values == NULL)
    return unused;

  references = fy_template_collect_references (document, NULL);
  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (strcmp (key, FY_FIELD_TIME_LIMIT) != 0 &&
        !g_ptr_array_find_with_equal_func (references, key, g_str_equal, NULL))
      g_ptr_array_add (unused, g_strdup (key));
  g_ptr_array_sort (unused, compare_names);

  return unused;
}

/**
 * fy_template_check_document:
 * @self: (nullable): the template @document was made from, if known
 * @document: a document
 *
 * Lists what must be fixed before @document is exported: required fields
 * of @self with no value, references to fields that have no value, and
 * references to names that are no field at all (neither defined by @self
 * nor given a value in @document).
 *
 * Returns: (transfer full) (element-type FyFieldProblem): the problems,
 *   empty if there are none
 */
GPtrArray *
fy_template_check_document (FyTemplate *self,
                            FyDocument *document)
{
  g_autoptr(GArray) first_block = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) references = NULL;
  GPtrArray *problems;

  g_return_val_if_fail (self == NULL || FY_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_field_problem_free);
  references = fy_template_collect_references (document, first_block);

  for (guint i = 0; self != NULL && i < self->fields->len; i++)
    {
      const FyFieldDef *def = g_ptr_array_index (self->fields, i);
      const char *value = fy_document_get_field_value (document, def->id);
      guint ref_index;
      int block = -1;

      if (g_ptr_array_find_with_equal_func (references, def->id, g_str_equal, &ref_index))
        block = g_array_index (first_block, int, ref_index);

      if (def->required && fy_field_value_is_empty (value))
        {
          add_problem (problems, FY_FIELD_PROBLEM_UNFILLED, def->id, block,
                       g_strdup_printf (_("The required field “%s” is empty; fill it in before exporting."),
                                        def->id));
        }
      else if (!fy_field_value_is_empty (value) && def->kind == FY_FIELD_KIND_NUMBER)
        {
          g_autofree char *number = fy_field_normalize_number (value);

          if (number == NULL)
            add_problem (problems, FY_FIELD_PROBLEM_INVALID, def->id, block,
                         g_strdup_printf (_("The field “%1$s” takes a number, not “%2$s”."),
                                          def->id, value));
        }
    }

  for (guint i = 0; i < references->len; i++)
    {
      const char *name = g_ptr_array_index (references, i);
      const FyFieldDef *def = self != NULL ? fy_template_lookup_field (self, name) : NULL;
      const char *value = fy_document_get_field_value (document, name);
      int block = g_array_index (first_block, int, i);

      if (def != NULL && def->required)
        continue;   /* reported above if empty */

      if (def == NULL && value == NULL)
        add_problem (problems, FY_FIELD_PROBLEM_UNDEFINED, name, block,
                     g_strdup_printf (_("Block %1$d refers to “{{%2$s}}”, which is not a field of this "
                                        "document; add the field or correct the name."),
                                      block + 1, name));
      else if (value == NULL)
        add_problem (problems, FY_FIELD_PROBLEM_UNFILLED, name, block,
                     g_strdup_printf (_("The field “%1$s” used in block %2$d has no value; fill it in "
                                        "or remove the reference."),
                                      name, block + 1));
    }

  return problems;
}

/**
 * fy_template_problems_to_error:
 * @problems: (element-type FyFieldProblem): from fy_template_check_document()
 * @error: return location for a #GError
 *
 * Returns: %TRUE if @problems is empty, else %FALSE with %FY_ERROR_FIELD
 *   whose message lists every problem, one a line
 */
gboolean
fy_template_problems_to_error (GPtrArray  *problems,
                               GError    **error)
{
  g_autoptr(GString) message = NULL;

  g_return_val_if_fail (problems != NULL, FALSE);

  if (problems->len == 0)
    return TRUE;

  message = g_string_new (NULL);
  for (guint i = 0; i < problems->len; i++)
    {
      const FyFieldProblem *problem = g_ptr_array_index (problems, i);

      if (i > 0)
        g_string_append_c (message, '\n');
      g_string_append (message, problem->message);
    }

  g_set_error_literal (error, FY_ERROR, FY_ERROR_FIELD, message->str);
  return FALSE;
}

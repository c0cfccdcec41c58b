/* fy-source-block.c — one block of a source snapshot, immutable and shared
 *
 * A record is made on the thread that owns the document, once per
 * change of its block: the runs are copied, field references resolved
 * and the two texts every reader asks for (with `{{name}}`, and printed)
 * joined.  After that it is only read and its reference count moved
 * (atomically), so layout, proofreading and recovery workers share it
 * with the main thread without locks.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-source"

#include "config.h"

#include "fy-block.h"
#include "fy-source-block.h"
#include "fy-source-private.h"
#include "fy-table.h"

struct _FySourceBlock
{
  gatomicrefcount ref_count;

  FyBlockRole     role;
  guint           level;
  gboolean        table_header;
  gboolean        markup_only;
  gboolean        has_fields;
  guint           n_runs;
  FyRun          *runs;
  char          **values;       /* per run: a field's value, else NULL */
  char           *text;         /* fy_block_dup_text() */
  char           *printed;      /* fy_document_dup_block_text() */
  guint           n_rows;       /* a table's cells, row by row */
  guint           n_columns;
  FySourceBlock **cells;
};

G_DEFINE_BOXED_TYPE (FySourceBlock, fy_source_block, fy_source_block_ref, fy_source_block_unref)

static void
fill_cells (FySourceBlock *self,
            FyBlock       *block,
            GHashTable    *values)
{
  g_autoptr(GPtrArray) cells = fy_table_split_cells (block, &self->n_rows, &self->n_columns);

  self->cells = g_new0 (FySourceBlock *, cells->len);
  for (guint i = 0; i < cells->len; i++)
    self->cells[i] = fy_source_block_new (g_ptr_array_index (cells, i), values);
}

FySourceBlock *
fy_source_block_new (FyBlock    *block,
                     GHashTable *values)
{
  FySourceBlock *self;
  GString *text;
  GString *printed;

  g_return_val_if_fail (FY_IS_BLOCK (block), NULL);

  self = g_new0 (FySourceBlock, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->role = fy_block_get_role (block);
  self->level = fy_block_get_level (block);
  self->table_header = fy_block_get_table_header (block);
  self->markup_only = fy_block_is_markup_only (block);
  self->n_runs = fy_block_get_n_runs (block);
  self->runs = g_new0 (FyRun, MAX (self->n_runs, 1));
  self->values = g_new0 (char *, MAX (self->n_runs, 1));

  text = g_string_new (NULL);
  printed = g_string_new (NULL);
  for (guint i = 0; i < self->n_runs; i++)
    {
      const FyRun *run = fy_block_get_run (block, i);

      self->runs[i].kind = run->kind;
      self->runs[i].text = g_strdup (run->text);
      if (run->kind == FY_RUN_FIELD)
        {
          const char *value = values != NULL ? g_hash_table_lookup (values, run->text) : NULL;

          self->has_fields = TRUE;
          self->values[i] = g_strdup (value);
          g_string_append_printf (text, "{{%s}}", run->text);
          if (value != NULL)
            g_string_append (printed, value);
          else
            g_string_append_printf (printed, "{{%s}}", run->text);
          continue;
        }

      g_string_append (text, run->text);
      if (run->kind != FY_RUN_MARKUP)
        g_string_append (printed, run->text);
    }
  self->text = g_string_free (text, FALSE);
  self->printed = g_string_free (printed, FALSE);

  if (self->role == FY_BLOCK_ROLE_TABLE)
    fill_cells (self, block, values);

  return self;
}

FySourceBlock *
fy_source_block_ref (FySourceBlock *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
fy_source_block_unref (FySourceBlock *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (guint i = 0; i < self->n_runs; i++)
    {
      g_free (self->runs[i].text);
      g_free (self->values[i]);
    }
  g_free (self->runs);
  g_free (self->values);
  g_free (self->text);
  g_free (self->printed);
  if (self->cells != NULL)
    {
      for (guint i = 0; i < self->n_rows * self->n_columns; i++)
        fy_source_block_unref (self->cells[i]);
      g_free (self->cells);
    }
  g_free (self);
}

FyBlockRole
fy_source_block_get_role (const FySourceBlock *self)
{
  g_return_val_if_fail (self != NULL, FY_BLOCK_ROLE_PARAGRAPH);
  return self->role;
}

guint
fy_source_block_get_level (const FySourceBlock *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->level;
}

gboolean
fy_source_block_get_table_header (const FySourceBlock *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->table_header;
}

guint
fy_source_block_get_n_runs (const FySourceBlock *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_runs;
}

const FyRun *
fy_source_block_get_run (const FySourceBlock *self,
                         guint                index_)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index_ < self->n_runs, NULL);
  return &self->runs[index_];
}

/* The runs of the bold lead: fy_block_get_lead_end(). */
guint
fy_source_block_get_lead_end (const FySourceBlock *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return fy_runs_get_lead_end (self->runs, self->n_runs);
}

/**
 * fy_source_block_get_run_value:
 * @self: a #FySourceBlock
 * @index_: a run
 *
 * Returns: (nullable): for a field run, the field's value when the
 *   snapshot was taken (%NULL when it had none); for any other run, %NULL
 */
const char *
fy_source_block_get_run_value (const FySourceBlock *self,
                               guint                index_)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index_ < self->n_runs, NULL);
  return self->values[index_];
}

/* The whole content, `{{name}}` for fields: fy_block_dup_text(). */
const char *
fy_source_block_get_text (const FySourceBlock *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->text;
}

/* Field values filled in, markup left out: fy_document_dup_block_text(). */
const char *
fy_source_block_get_printed_text (const FySourceBlock *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->printed;
}

gboolean
fy_source_block_is_markup_only (const FySourceBlock *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->markup_only;
}

gboolean
fy_source_block_has_fields (const FySourceBlock *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->has_fields;
}

/* A table's rows and columns (fy_table_split_cells()); 0 for other blocks. */
guint
fy_source_block_get_n_rows (const FySourceBlock *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_rows;
}

guint
fy_source_block_get_n_columns (const FySourceBlock *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_columns;
}

/**
 * fy_source_block_get_cell:
 * @self: a table's #FySourceBlock
 * @row: a row
 * @column: a column
 *
 * Returns: (transfer none): the cell, as a paragraph of its own
 */
FySourceBlock *
fy_source_block_get_cell (const FySourceBlock *self,
                          guint                row,
                          guint                column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->n_rows && column < self->n_columns, NULL);
  return self->cells[row * self->n_columns + column];
}

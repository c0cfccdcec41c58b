/* fy-editor-lint.c — proofreading findings underlined in the editor
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-editor"

#include "config.h"

#include "fy-editor-private.h"

/* Proofreading findings */

/* The buffer offset in line @line of the character offset @offset of its
 * block's text (`{{name}}` for a field): chips show values, so a field
 * maps to the start of its chip, or (for @is_end) to its end. */
static guint
lint_offset_in_line (FyEditor *self,
                     FyBlock  *block,
                     guint     offset,
                     gboolean  is_end)
{
  guint run_index, run_offset;
  guint line_offset = 0;

  if (is_end && offset > 0)
    {
      /* The end of a range is the character before it, plus one. */
      fy_lint_locate_in_runs (block, offset - 1, &run_index, &run_offset);
      if (run_index < fy_block_get_n_runs (block) &&
          fy_block_get_run (block, run_index)->kind != FY_RUN_FIELD)
        run_offset++;
      else if (run_index < fy_block_get_n_runs (block))
        {
          run_index++;
          run_offset = 0;
        }
    }
  else
    fy_lint_locate_in_runs (block, offset, &run_index, &run_offset);

  for (guint r = 0; r < run_index && r < fy_block_get_n_runs (block); r++)
    {
      const FyRun *run = fy_block_get_run (block, r);

      if (run->kind == FY_RUN_FIELD)
        {
          gboolean is_set;
          g_autofree char *text = fy_editor_dup_field_display (self, run->text, &is_set);

          line_offset += g_utf8_strlen (text, -1);
        }
      else
        {
          g_autofree char *text = fy_editor_encode_line_breaks (run->text);

          line_offset += g_utf8_strlen (text, -1);
        }
    }

  return line_offset + run_offset;
}

/* Underlines one finding in line @position, whose block is @block. */
static void
underline_finding (FyEditor      *self,
                   guint          position,
                   FyBlock       *block,
                   FyLintFinding *finding)
{
  GtkTextBuffer *buffer = fy_editor_get_buffer_internal (self);
  GtkTextIter start, end;
  guint line_len, from, to;

  fy_editor_get_line_bounds (self, position, &start, &end);
  line_len = gtk_text_iter_get_line_offset (&end);
  from = MIN (lint_offset_in_line (self, block, fy_lint_finding_get_start (finding), FALSE),
              line_len);
  to = MIN (lint_offset_in_line (self, block, fy_lint_finding_get_end (finding), TRUE),
            line_len);
  if (to <= from)
    {
      /* A finding about the whole paragraph, or an empty range:
       * mark one character so that it shows. */
      if (line_len == 0)
        return;
      if (from >= line_len)
        from = line_len - 1;
      to = from + 1;
    }

  gtk_text_iter_set_line_offset (&start, from);
  end = start;
  gtk_text_iter_set_line_offset (&end, to);
  gtk_text_buffer_apply_tag (buffer,
                             fy_lint_finding_get_severity (finding) == FY_LINT_SEVERITY_INFO
                             ? self->lint_info_tag : self->lint_tag,
                             &start, &end);
}

/* The line of the editor @finding underlines, or G_MAXUINT if its offsets
 * are not those of the line (the line stands for another block). */
static guint
finding_line (FyEditor      *self,
              FyLintFinding *finding)
{
  guint position = fy_lint_finding_get_block (finding);

  if (position >= self->lines->len ||
      position >= fy_document_get_n_blocks (self->document) ||
      fy_editor_get_line (self, position)->block != fy_document_get_block (self->document, position))
    return G_MAXUINT;

  return position;
}

/**
 * fy_editor_set_lint_findings:
 * @self: a #FyEditor
 * @findings: (nullable) (element-type FyLintFinding): findings of
 *   fy_lint_document() on the editor's document, or %NULL to clear
 *
 * Underlines the findings' ranges (tags only: neither the text nor the
 * undo history changes).  Findings are left out while the buffer is
 * ahead of the model or an input method shows preedit text, since their
 * offsets would not match; the next lint run puts them back.
 *
 * A 70-page speech has ~1 800 findings and a new set differs from the
 * last in the paragraph just typed, so only the lines whose findings
 * differ (FyEditorLine.lint_sig) or whose text changed since they were
 * underlined (FY_EDITOR_LINT_STALE) are underlined again.
 */
void
fy_editor_set_lint_findings (FyEditor  *self,
                             GPtrArray *findings)
{
  GtkTextBuffer *buffer;
  g_autofree guint *sigs = NULL;
  g_autofree guint *first = NULL;
  g_autofree guint *next = NULL;

  g_return_if_fail (FY_IS_EDITOR (self));

  buffer = fy_editor_get_buffer_internal (self);

  if (self->in_preedit)
    return;

  if (findings == NULL || self->document == NULL)
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_remove_tag (buffer, self->lint_tag, &start, &end);
      gtk_text_buffer_remove_tag (buffer, self->lint_info_tag, &start, &end);
      for (guint i = 0; i < self->lines->len; i++)
        fy_editor_get_line (self, i)->lint_sig = 0;
      return;
    }

  /* Lines typed in keep their old underlines until the next check. */
  if (self->dirty)
    return;

  /* The findings of each line, as a list through @first and @next, and
   * a signature of them. */
  sigs = g_new0 (guint, self->lines->len);
  first = g_new (guint, self->lines->len);
  next = g_new (guint, findings->len);
  memset (first, 0xff, self->lines->len * sizeof (guint));
  for (guint i = findings->len; i-- > 0;)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);
      guint line = finding_line (self, finding);

      next[i] = G_MAXUINT;
      if (line == G_MAXUINT)
        continue;
      next[i] = first[line];
      first[line] = i;
      sigs[line] = (sigs[line] * 31u + fy_lint_finding_get_start (finding)) * 31u +
                   fy_lint_finding_get_end (finding) * 2u +
                   (fy_lint_finding_get_severity (finding) == FY_LINT_SEVERITY_INFO) + 1u;
    }

  for (guint line = 0; line < self->lines->len; line++)
    {
      FyEditorLine *info = fy_editor_get_line (self, line);
      guint sig = sigs[line];
      GtkTextIter start, end;

      if (sig == 0 && first[line] != G_MAXUINT)
        sig = 1;
      if (sig == FY_EDITOR_LINT_STALE)
        sig--;
      if (sig == info->lint_sig)
        continue;

      fy_editor_get_line_bounds (self, line, &start, &end);
      gtk_text_buffer_remove_tag (buffer, self->lint_tag, &start, &end);
      gtk_text_buffer_remove_tag (buffer, self->lint_info_tag, &start, &end);
      for (guint i = first[line]; i != G_MAXUINT; i = next[i])
        underline_finding (self, line, fy_document_get_block (self->document, line),
                           g_ptr_array_index (findings, i));
      info->lint_sig = sig;
    }
}

/**
 * fy_editor_select_in_block:
 * @self: a #FyEditor
 * @position: a block position
 * @start: a character offset in the block's text as fy_block_dup_text()
 *   writes it (`{{name}}` for a field), such as a finding's start
 * @end: the offset after the range
 *
 * Selects that range (a field chip as a whole), scrolls it into view and
 * gives the editor the keyboard focus: "Go to" for proofreading notes and
 * places still to fill in.  An empty range selects one character, so that
 * the place shows.
 */
void
fy_editor_select_in_block (FyEditor *self,
                           guint     position,
                           guint     start,
                           guint     end)
{
  GtkTextBuffer *buffer;
  GtkTextIter line_start, line_end, from_iter, to_iter;
  FyBlock *block;
  guint line_len, from, to;

  g_return_if_fail (FY_IS_EDITOR (self));

  if (self->document == NULL || self->lines->len == 0)
    return;

  /* Offsets are those of the model: typing not yet synced moves them. */
  fy_editor_flush (self);
  buffer = fy_editor_get_buffer_internal (self);
  if (position >= self->lines->len || position >= fy_document_get_n_blocks (self->document))
    {
      fy_editor_jump_to_block (self, position, 0);
      return;
    }

  block = fy_document_get_block (self->document, position);
  fy_editor_get_line_bounds (self, position, &line_start, &line_end);
  line_len = gtk_text_iter_get_line_offset (&line_end);
  from = MIN (lint_offset_in_line (self, block, start, FALSE), line_len);
  to = MIN (lint_offset_in_line (self, block, MAX (start, end), TRUE), line_len);
  if (to <= from && line_len > 0)
    {
      from = MIN (from, line_len - 1);
      to = from + 1;
    }

  from_iter = line_start;
  gtk_text_iter_set_line_offset (&from_iter, from);
  to_iter = line_start;
  gtk_text_iter_set_line_offset (&to_iter, to);
  /* The cursor at the start, so that scrolling shows where it begins. */
  gtk_text_buffer_select_range (buffer, &from_iter, &to_iter);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer),
                                0.1, TRUE, 0.0, 0.2);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* compare.c — comparing two rounds of a long speech, and the 修改对照表
 *
 * Usage: compare IN.md [REPEATS]
 *
 * Makes a revised copy of the document with edits spread over it the way
 * a reviewer marks a draft (every seventh paragraph: a word replaced, a
 * sentence cut, a clause added; a paragraph rewritten, one moved, one
 * deleted, one added; a field changed), then prints the median CPU and
 * wall time (of REPEATS, default 7) to compare the two, to write the
 * comparison as JSON, and to make the 对照表 as PDF and as .docx.  Then
 * the worst cases for the word pass: one long paragraph (~20 000
 * characters) with a word added to every other sentence, and with every
 * other sentence rewritten: both must stay bounded (past WORD_MAX_COST
 * word changes the paragraph is shown replaced whole).  Feed it build-aux/bench's
 * ~70-page input (the seed ×20).
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-utils.h"
#include "fayan-core.h"

typedef struct
{
  double cpu_ms;
  double wall_ms;
} Timing;

/* A word replaced, a sentence cut or a clause added, by turns. */
static char *
edit_text (const char *text,
           guint       kind)
{
  const char *at;

  if (kind % 3 == 0 && ((at = strstr (text, "提高")) != NULL || (at = strstr (text, "工作")) != NULL))
    return g_strdup_printf ("%.*s提升%s", (int) (at - text), text, at + strlen ("提高"));
  if (kind % 3 == 1 && (at = strstr (text, "。")) != NULL && at[strlen ("。")] != '\0')
    return g_strdup (at + strlen ("。"));
  return g_strconcat (text, "同时要加强统筹协调，确保各项任务落到实处。", NULL);
}

static FyDocument *
make_revision (FyDocument *document)
{
  FyDocument *revised = fy_document_copy_content (document);
  guint n_blocks = fy_document_get_n_blocks (revised);
  g_autoptr(FyBlock) added = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);

  for (guint i = 3; i < n_blocks; i += 7)
    {
      FyBlock *block = fy_document_get_block (revised, i);
      g_autofree char *text = fy_block_dup_text (block);
      g_autofree char *edited = edit_text (text, i / 7);

      fy_block_set_text (block, edited);
    }
  /* A paragraph rewritten (its clauses in another order and new words). */
  {
    FyBlock *block = fy_document_get_block (revised, n_blocks / 2);
    g_autofree char *text = fy_block_dup_text (block);
    g_auto(GStrv) clauses = g_strsplit (text, "，", -1);
    g_autoptr(GString) rewritten = g_string_new ("总的来看，");
    guint n = g_strv_length (clauses);

    for (guint k = n; k > 0; k--)
      {
        g_string_append (rewritten, clauses[k - 1]);
        g_string_append (rewritten, k > 1 ? "，" : "");
      }
    fy_block_set_text (block, rewritten->str);
  }
  fy_document_move_blocks (revised, n_blocks / 3, 1, 2 * n_blocks / 3);
  fy_document_remove_block (revised, n_blocks / 4);
  fy_block_set_text (added, "新增一段：要把调查研究贯穿工作全过程，多到基层一线听取意见。");
  fy_document_insert_block (revised, n_blocks / 5, added);
  fy_document_set_field_value (revised, "会议", "第二次全体会议");
  return revised;
}

typedef enum
{
  TASK_COMPARE,
  TASK_JSON,
  TASK_PDF,
  TASK_DOCX,
} Task;

static Timing
time_task (Task        task,
           FyDocument *old_document,
           FyDocument *new_document,
           FyStyle    *style,
           guint       repeats,
           guint      *n_changes,
           gsize      *size)
{
  g_autofree double *cpu = g_new (double, repeats);
  g_autofree double *wall = g_new (double, repeats);
  g_autoptr(FyComparison) prepared = fy_comparison_new (old_document, new_document);
  FyComparisonTableOptions options = { "第一稿", "第二稿", FALSE };

  for (guint k = 0; k < repeats; k++)
    {
      g_autoptr(GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();
      double c0 = bench_cpu_now_ms ();

      switch (task)
        {
        case TASK_COMPARE:
          {
            g_autoptr(FyComparison) comparison = fy_comparison_new (old_document, new_document);

            *n_changes = fy_comparison_get_n_changes (comparison);
          }
          break;
        case TASK_JSON:
          {
            g_autofree char *json = fy_comparison_to_json (prepared);

            *size = strlen (json);
          }
          break;
        case TASK_PDF:
        case TASK_DOCX:
          {
            g_autoptr(GBytes) bytes = task == TASK_PDF
              ? fy_comparison_table_render_pdf (prepared, style, &options, &error)
              : fy_comparison_table_render_docx (prepared, style, &options, &error);

            if (bytes == NULL)
              {
                fprintf (stderr, "%s\n", error->message);
                exit (1);
              }
            *size = g_bytes_get_size (bytes);
          }
          break;
        }
      cpu[k] = bench_cpu_now_ms () - c0;
      wall[k] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  return (Timing) { bench_median (cpu, repeats), bench_median (wall, repeats) };
}

/* One paragraph of about 20 000 characters made of the document's text. */
static FyDocument *
long_paragraph_document (FyDocument *document,
                         gboolean    edited,
                         gboolean    rewritten)
{
  FyDocument *result = fy_document_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(FyBlock) block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  guint line = 0;

  for (guint i = 1; text->len < 60000; i = i % (fy_document_get_n_blocks (document) - 1) + 1)
    {
      g_autofree char *piece = fy_block_dup_text (fy_document_get_block (document, i));
      g_auto(GStrv) sentences = g_strsplit (piece, "。", -1);

      for (guint s = 0; sentences[s] != NULL; s++)
        {
          if (sentences[s][0] == '\0')
            continue;
          if (rewritten && line++ % 2 == 0)
            {
              /* every other sentence turned around: new words, same characters */
              g_autofree char *reversed = g_utf8_strreverse (sentences[s], -1);

              g_string_append (text, reversed);
            }
          else if (edited && line++ % 2 == 0)
            g_string_append_printf (text, "（新%u）%s", line, sentences[s]);
          else
            g_string_append (text, sentences[s]);
          g_string_append (text, "。");
        }
    }
  fy_block_set_text (block, text->str);
  fy_document_insert_block (result, 0, block);
  return result;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) revised = NULL;
  g_autoptr(FyStyle) style = NULL;
  g_autofree char *source = NULL;
  gsize source_length = 0, size = 0;
  guint repeats = argc > 2 ? (guint) atoi (argv[2]) : 7;
  guint n_changes = 0;
  Timing t;

  if (argc < 2 || repeats < 1)
    {
      fprintf (stderr, "usage: compare IN.md [REPEATS ≥ 1]\n");
      return 2;
    }

  fy_core_init ();
  if (!g_file_get_contents (argv[1], &source, &source_length, &error) ||
      (document = fy_import_markdown (source, source_length, &error)) == NULL ||
      (style = fy_style_new_from_preset (FY_DEFAULT_STYLE_PRESET, &error)) == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  fy_document_set_field_value (document, "会议", "第一次全体会议");
  revised = make_revision (document);

  t = time_task (TASK_COMPARE, document, revised, style, repeats, &n_changes, &size);
  printf ("%u blocks, %u changes: compare %.1f ms CPU, %.1f ms wall (medians of %u; goal < 300 ms)\n",
          fy_document_get_n_blocks (document), n_changes, t.cpu_ms, t.wall_ms, repeats);
  t = time_task (TASK_JSON, document, revised, style, repeats, &n_changes, &size);
  printf ("  --json %.1f ms CPU (%.0f KiB)\n", t.cpu_ms, size / 1024.0);
  t = time_task (TASK_PDF, document, revised, style, repeats, &n_changes, &size);
  printf ("  对照表 PDF %.1f ms CPU, %.1f ms wall (%.0f KiB)\n", t.cpu_ms, t.wall_ms, size / 1024.0);
  t = time_task (TASK_DOCX, document, revised, style, repeats, &n_changes, &size);
  printf ("  对照表 .docx %.1f ms CPU, %.1f ms wall (%.0f KiB)\n", t.cpu_ms, t.wall_ms, size / 1024.0);

  for (guint w = 0; w < 2; w++)
    {
      g_autoptr(FyDocument) plain = long_paragraph_document (document, FALSE, FALSE);
      g_autoptr(FyDocument) other = long_paragraph_document (document, w == 0, w == 1);
      g_autoptr(FyComparison) comparison = fy_comparison_new (plain, other);
      g_autofree char *text = fy_block_dup_text (fy_document_get_block (plain, 0));

      t = time_task (TASK_COMPARE, plain, other, style, repeats, &n_changes, &size);
      printf ("  one paragraph of %ld characters, %s: %.1f ms CPU, %.1f ms wall, %s\n",
              g_utf8_strlen (text, -1), w == 0 ? "a word added to every other sentence" : "every other sentence rewritten",
              t.cpu_ms, t.wall_ms,
              fy_comparison_get_coarse (comparison) ? "paragraph level (over the word limit)"
                                                    : "word level");
    }
  return 0;
}

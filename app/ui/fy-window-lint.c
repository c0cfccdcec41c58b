/* fy-window-lint.c — proofreading notes of a FyWindow, checked off the main loop
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>

#include "fy-window-private.h"

/*
 * The same checks as `fayan-cli lint` (fonts are left to the layout,
 * which reports substitutions itself).  A 70-page speech has ~1 800
 * notes, so nothing here may cost the main thread per note or per
 * keystroke:
 *
 * - LINT_DELAY_MS after the last change (the timer restarts at every
 *   change) a snapshot of the document is checked in a worker (GTask); a
 *   check that a newer change made stale is dropped, and the next one
 *   follows.  The worker also counts the characters for the status line.
 * - The worker's FyLint is the window's, kept from one check to the next:
 *   it remembers each block's findings and checks again only the blocks
 *   that changed (and those the change affects, such as the headings
 *   numbered after a new one), with the same result as a full check.
 * - The notes are a GListStore of FyLintFinding shown by a GtkListView,
 *   which makes widgets for the visible rows only; a new result replaces
 *   only the run of notes that differ from the old one.  The list sees the
 *   store only while it is on screen: a closed list made rows anyway for
 *   every change of the store (50 ms for the first result of a 70-page
 *   speech).
 * - Rows are built by setup_row() and filled by bind_row(): to show more
 *   of a note, add a widget in the first and fill it in the second.
 */

#define LINT_DELAY_MS 400

static FyLint *
create_lint (void)
{
  FyLint *lint = fy_lint_new ();

  fy_lint_set_check_fonts (lint, FALSE);

  return lint;
}

static gboolean
findings_equal (FyLintFinding *a,
                FyLintFinding *b)
{
  /* The worker's linter hands back the same object for a block it did
   * not check again.  A note on a block typed in since is new even where
   * it reads the same: a Fix applies only to the text it was made on. */
  return a == b ||
         (fy_lint_finding_get_block (a) == fy_lint_finding_get_block (b) &&
          g_strcmp0 (fy_lint_finding_get_context (a), fy_lint_finding_get_context (b)) == 0 &&
          fy_lint_finding_get_start (a) == fy_lint_finding_get_start (b) &&
          fy_lint_finding_get_end (a) == fy_lint_finding_get_end (b) &&
          fy_lint_finding_get_severity (a) == fy_lint_finding_get_severity (b) &&
          g_strcmp0 (fy_lint_finding_get_kind (a), fy_lint_finding_get_kind (b)) == 0 &&
          g_strcmp0 (fy_lint_finding_get_message (a), fy_lint_finding_get_message (b)) == 0 &&
          g_strcmp0 (fy_lint_finding_get_fix (a), fy_lint_finding_get_fix (b)) == 0 &&
          g_strcmp0 (fy_lint_finding_get_original (a), fy_lint_finding_get_original (b)) == 0);
}

/* Replaces the store's notes by @findings, touching only the run that
 * differs, so that the list keeps its scroll position and rows. */
static void
merge_findings (GListStore *store,
                GPtrArray  *findings)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_old = g_list_model_get_n_items (model);
  guint n_new = findings->len;
  guint prefix, suffix;

  for (prefix = 0; prefix < MIN (n_old, n_new); prefix++)
    {
      g_autoptr(FyLintFinding) old = g_list_model_get_item (model, prefix);

      if (!findings_equal (old, g_ptr_array_index (findings, prefix)))
        break;
    }
  for (suffix = 0; suffix < MIN (n_old, n_new) - prefix; suffix++)
    {
      g_autoptr(FyLintFinding) old = g_list_model_get_item (model, n_old - 1 - suffix);

      if (!findings_equal (old, g_ptr_array_index (findings, n_new - 1 - suffix)))
        break;
    }

  /* Equal notes were made on the same text of the same block, so the
   * old objects serve a Fix as well as the new ones. */
  if (prefix + suffix < MAX (n_old, n_new))
    g_list_store_splice (store, prefix, n_old - prefix - suffix,
                         findings->pdata + prefix, n_new - prefix - suffix);
}

static void
show_findings (FyWindow  *self,
               GPtrArray *findings)
{
  gboolean any_safe = FALSE;

  for (guint i = 0; i < findings->len; i++)
    any_safe |= fy_lint_finding_is_safe (g_ptr_array_index (findings, i));

  merge_findings (self->lint_store, findings);

  if (findings->len > 0)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u proofreading note",
                                                             "%u proofreading notes",
                                                             findings->len),
                                                findings->len);

      /* GTK 4.8 builds a new label and arrow on every call: a resize
       * of the status line, for a count that rarely changes. */
      if (g_strcmp0 (gtk_menu_button_get_label (self->lint_button), label) != 0)
        gtk_menu_button_set_label (self->lint_button, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->lint_button), findings->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lint-fix-all", any_safe);
  self->n_lint_findings = findings->len;

  fy_editor_set_lint_findings (self->editor, findings);
}

static void
clear_findings (FyWindow *self)
{
  g_list_store_remove_all (self->lint_store);
  fy_editor_set_lint_findings (self->editor, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->lint_button), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lint-fix-all", FALSE);
  self->n_lint_findings = 0;
}

/**
 * fy_window_update_lint_now: (skip)
 *
 * Checks and counts the document on the main thread and shows the notes
 * and the counts, for callers that need them at once (a Fix, tests, the
 * status text).
 */
void
fy_window_update_lint_now (FyWindow *self)
{
  g_autoptr(FyLint) lint = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  guint n_chars = 0, n_no_punct = 0;

  g_clear_handle_id (&self->lint_source, g_source_remove);
  self->lint_generation++;

  if (self->document == NULL)
    {
      clear_findings (self);
      return;
    }

  fy_editor_flush (self->editor);
  lint = create_lint ();
  findings = fy_lint_document (lint, self->document);
  show_findings (self, findings);
  /* The worker's counts are dropped with its check (a Fix's text). */
  fy_document_count_characters (self->document, &n_chars, &n_no_punct);
  fy_window_show_counts (self, n_chars, n_no_punct);
}

/* Checking in a worker */

static void start_lint (FyWindow *self);

/* What the worker found: the notes, and the counts of the status line. */
typedef struct
{
  GPtrArray *findings;
  guint      n_chars;
  guint      n_no_punct;
} LintResult;

static void
lint_result_free (gpointer data)
{
  LintResult *result = data;

  g_clear_pointer (&result->findings, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LintResult, lint_result_free)

/* What the worker reads: the snapshot, and the linter (one check at a
 * time uses it, see start_lint()). */
typedef struct
{
  FySource *source;
  FyLint   *lint;
} LintJob;

static void
lint_job_free (gpointer data)
{
  LintJob *job = data;

  fy_source_unref (job->source);
  g_object_unref (job->lint);
  g_free (job);
}

static void
lint_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LintJob *job = task_data;
  LintResult *result = g_new0 (LintResult, 1);

  result->findings = fy_lint_source (job->lint, job->source);
  fy_source_count_characters (job->source, &result->n_chars, &result->n_no_punct);
  g_task_return_pointer (task, result, lint_result_free);
}

static void
lint_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  FyWindow *self = FY_WINDOW (object);
  g_autoptr(LintResult) found = g_task_propagate_pointer (G_TASK (result), NULL);
  guint generation = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (result), "fy-generation"));

  self->lint_running = FALSE;

  if (g_cancellable_is_cancelled (self->cancellable) || self->document == NULL)
    return;

  /* Typed since the copy was made: its offsets no longer match. */
  if (generation != self->lint_generation)
    {
      if (self->lint_wanted)
        start_lint (self);
      return;
    }

  if (found != NULL)
    {
      show_findings (self, found->findings);
      fy_window_show_counts (self, found->n_chars, found->n_no_punct);
    }
}

static void
start_lint (FyWindow *self)
{
  g_autoptr(GTask) task = NULL;
  LintJob *job;

  g_clear_handle_id (&self->lint_source, g_source_remove);

  if (self->lint_running)
    {
      /* One check at a time; this one follows the running one. */
      self->lint_wanted = TRUE;
      return;
    }
  self->lint_wanted = FALSE;

  if (self->document == NULL || self->lint == NULL)
    {
      clear_findings (self);
      return;
    }

  /* The check's offsets must be those of the model the editor shows. */
  fy_editor_flush (self->editor);

  self->lint_running = TRUE;
  task = g_task_new (self, NULL, lint_done_cb, NULL);
  g_task_set_source_tag (task, start_lint);
  g_task_set_name (task, "[fayan] proofreading");
  job = g_new0 (LintJob, 1);
  job->source = fy_source_new (self->document);
  job->lint = g_object_ref (self->lint);
  g_task_set_task_data (task, job, lint_job_free);
  g_object_set_data (G_OBJECT (task), "fy-generation", GUINT_TO_POINTER (self->lint_generation));
  g_task_run_in_thread (task, lint_thread);
}

static gboolean
lint_timeout_cb (gpointer user_data)
{
  FyWindow *self = user_data;

  self->lint_source = 0;
  start_lint (self);

  return G_SOURCE_REMOVE;
}

/**
 * fy_window_queue_lint: (skip)
 *
 * Checks the document again LINT_DELAY_MS after the last call.
 */
void
fy_window_queue_lint (FyWindow *self)
{
  self->lint_generation++;
  g_clear_handle_id (&self->lint_source, g_source_remove);
  self->lint_source = g_timeout_add (LINT_DELAY_MS, lint_timeout_cb, self);
}

/* Fixes */

static void
fix_clicked_cb (GtkButton *button,
                FyWindow  *self)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (button), "fy-list-item");
  FyLintFinding *finding = item != NULL ? gtk_list_item_get_item (item) : NULL;

  if (self->document == NULL || finding == NULL)
    return;

  g_object_ref (finding);
  fy_editor_begin_model_edit (self->editor);
  if (!fy_lint_apply_fix (self->document, finding))
    fy_window_show_message (self, _("The text changed since it was checked; look at the note again."));
  g_object_unref (finding);
  fy_window_update_lint_now (self);
}

/* Fix all: the safe fixes only, as one undo step. */
static void
lint_fix_all_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FyWindow *self = FY_WINDOW (widget);
  g_autoptr(FyLint) lint = NULL;

  if (self->document == NULL)
    return;

  fy_editor_begin_model_edit (self->editor);
  lint = create_lint ();
  fy_lint_fix_document (lint, self->document);
  fy_window_update_lint_now (self);
}

/* Rows */

/* Characters of context a row shows, about the label's width. */
#define CONTEXT_CHARS 44

static void
append_escaped_chars (GString    *markup,
                      const char *text,
                      glong       from,
                      glong       to)
{
  const char *a = g_utf8_offset_to_pointer (text, from);
  const char *b = g_utf8_offset_to_pointer (text, to);
  g_autofree char *escaped = g_markup_escape_text (a, b - a);

  g_string_append (markup, escaped);
}

/* The finding's sentence with the finding highlighted (a caret where an
 * empty range points), or NULL when there is no text to show. */
static char *
dup_context_markup (FyLintFinding *finding)
{
  guint start = 0, end = 0;
  g_autofree char *sentence = fy_lint_finding_dup_sentence (finding, CONTEXT_CHARS, &start, &end);
  GString *markup;

  if (sentence == NULL || *g_strstrip (sentence) == '\0')
    return NULL;
  /* g_strstrip() keeps the start: the sentence begins with no space. */
  start = MIN (start, (guint) g_utf8_strlen (sentence, -1));
  end = CLAMP (end, start, (guint) g_utf8_strlen (sentence, -1));

  markup = g_string_new ("<span alpha=\"70%\">");
  append_escaped_chars (markup, sentence, 0, start);
  /* A background shows even a single comma. */
  g_string_append (markup, "</span><span weight=\"bold\" background=\"#f9f06b\" foreground=\"#000000\">");
  if (start == end)
    g_string_append (markup, "‸");
  else
    append_escaped_chars (markup, sentence, start, end);
  g_string_append (markup, "</span><span alpha=\"70%\">");
  append_escaped_chars (markup, sentence, end, g_utf8_strlen (sentence, -1));
  g_string_append (markup, "</span>");

  return g_string_free (markup, FALSE);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           FyWindow                 *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *message = gtk_label_new (NULL);
  GtkWidget *original = gtk_label_new (NULL);
  GtkWidget *fix = gtk_button_new_with_label (_("Fix"));

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);

  gtk_label_set_xalign (GTK_LABEL (message), 0.0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (message), 48);
  gtk_label_set_width_chars (GTK_LABEL (message), 36);
  gtk_box_append (GTK_BOX (texts), message);

  /* The finding's sentence, the finding marked in it; the core cuts a
   * long sentence around the finding, the label only what still does
   * not fit. */
  gtk_label_set_xalign (GTK_LABEL (original), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (original), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (original), 48);
  gtk_label_set_single_line_mode (GTK_LABEL (original), TRUE);
  gtk_box_append (GTK_BOX (texts), original);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), texts);

  gtk_widget_set_valign (fix, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (fix), "fy-list-item", item);
  g_signal_connect_object (fix, "clicked", G_CALLBACK (fix_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (box), fix);

  g_object_set_data (G_OBJECT (box), "fy-message", message);
  g_object_set_data (G_OBJECT (box), "fy-original", original);
  g_object_set_data (G_OBJECT (box), "fy-fix", fix);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          FyWindow                 *self)
{
  FyLintFinding *finding = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *message = g_object_get_data (G_OBJECT (box), "fy-message");
  GtkWidget *original = g_object_get_data (G_OBJECT (box), "fy-original");
  GtkWidget *fix = g_object_get_data (G_OBJECT (box), "fy-fix");
  g_autofree char *markup = dup_context_markup (finding);
  g_autofree char *label = NULL;
  FyBlockRole role;

  gtk_label_set_text (GTK_LABEL (message), fy_lint_finding_get_message (finding));

  if (markup != NULL)
    gtk_label_set_markup (GTK_LABEL (original), markup);
  gtk_widget_set_visible (original, markup != NULL);

  /* A tooltip is only text until it is shown: the fix it would make.  A
   * fix that sets the style says so on the button (设为标题). */
  if (fy_lint_finding_get_role (finding, &role))
    {
      label = g_strdup_printf (_("Set as %s"), fy_block_role_get_label (role));
      gtk_widget_set_tooltip_text (fix, NULL);
    }
  else
    {
      label = g_strdup (_("Fix"));
      gtk_widget_set_tooltip_text (fix, fy_lint_finding_get_fix (finding));
    }
  /* GTK 4.8 builds a new label on every call */
  if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (fix)), label) != 0)
    gtk_button_set_label (GTK_BUTTON (fix), label);
  gtk_widget_set_visible (fix, fy_lint_finding_get_fix (finding) != NULL);
}

/* The list sees the notes only while it is shown (see above). */
static void
lint_list_mapped_cb (FyWindow    *self,
                     GtkListView *list)
{
  GtkNoSelection *selection = GTK_NO_SELECTION (gtk_list_view_get_model (list));

  gtk_no_selection_set_model (selection, G_LIST_MODEL (self->lint_store));
}

static void
lint_list_unmapped_cb (FyWindow    *self,
                       GtkListView *list)
{
  GtkNoSelection *selection = GTK_NO_SELECTION (gtk_list_view_get_model (list));
  GtkWidget *scrolled = gtk_widget_get_parent (GTK_WIDGET (list));

  /* The list has no rows when the popover is shown again and measured;
   * they come once it is mapped, too late for GTK 4.8, which sized every
   * second opening for the empty list: a box 124 pixels wide showing
   * "Fix All" and the corner of a note (session 19's new user).  The
   * size the list had is kept as the least it asks for. */
  gtk_widget_set_size_request (scrolled, gtk_widget_get_width (scrolled), -1);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled),
                                              gtk_widget_get_height (scrolled));
  gtk_no_selection_set_model (selection, NULL);
}

static void
note_activated_cb (FyWindow    *self,
                   guint        position,
                   GtkListView *list)
{
  g_autoptr(FyLintFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->lint_store),
                                                            position);

  if (finding == NULL)
    return;

  /* Back to the text: the list closes, the finding is selected and the
   * editor has the keyboard focus, ready for the correction. */
  gtk_menu_button_popdown (self->lint_button);
  fy_editor_select_in_block (self->editor, fy_lint_finding_get_block (finding),
                             fy_lint_finding_get_start (finding), fy_lint_finding_get_end (finding));
}

void
fy_window_class_init_lint (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.lint-fix-all", NULL, lint_fix_all_action);
}

void
fy_window_init_lint (FyWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  self->lint_store = g_list_store_new (FY_TYPE_LINT_FINDING);
  self->lint = create_lint ();
  selection = gtk_no_selection_new (NULL);

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row), self, 0);
  gtk_list_view_set_factory (self->lint_list, factory);
  gtk_list_view_set_model (self->lint_list, GTK_SELECTION_MODEL (selection));
  gtk_list_view_set_single_click_activate (self->lint_list, TRUE);
  g_signal_connect_object (self->lint_list, "activate",
                           G_CALLBACK (note_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lint_list, "map",
                           G_CALLBACK (lint_list_mapped_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lint_list, "unmap",
                           G_CALLBACK (lint_list_unmapped_cb), self, G_CONNECT_SWAPPED);
}

void
fy_window_dispose_lint (FyWindow *self)
{
  g_clear_handle_id (&self->lint_source, g_source_remove);
  g_clear_object (&self->lint_store);
  g_clear_object (&self->lint);
}

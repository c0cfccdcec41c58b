/* test-drafts.c — unfinished drafts before export and print, proofreading notes in context
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fy-application.h"
#include "fy-test-window.h"
#include "fy-ui-layout.h"
#include "fy-window.h"
#include "fy-window-private.h"

/* A commitment speech with its fields filled, its guidance not. */
static FyDocument *
make_draft (void)
{
  FyEnvironment *environment = fy_ui_layout_get_environment ();
  FyTemplate *template_ = fy_environment_lookup_template (environment, "commitment-speech");
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  FyDocument *draft;

  g_assert_nonnull (template_);
  g_hash_table_insert (values, (gpointer) "会议名称", (gpointer) "全县森林防火工作会议");
  g_hash_table_insert (values, (gpointer) "发言人", (gpointer) "许文");
  draft = fy_environment_instantiate (environment, template_, values, &error);
  g_assert_no_error (error);

  return draft;
}

static void
collect_buttons (GtkWidget  *widget,
                 const char *label,
                 GPtrArray  *found)
{
  if (GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_buttons (child, label, found);
}

static char *
dup_selection (FyEditor *editor)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return g_strdup ("");

  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* A screenshot (with FAYAN_TEST_SCREENSHOTS) once @widget is on screen. */
static void
shot (GtkWidget  *widget,
      const char *name)
{
  if (g_getenv ("FAYAN_TEST_SCREENSHOTS") == NULL)
    return;

  fy_test_wait_for (is_mapped, widget, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_usleep (100000);
      fy_test_iterate ();
    }
  fy_test_screenshot (name);
}

static GtkWindow *
find_chooser (void)
{
  return fy_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
}

static gboolean
has_chooser (gpointer data)
{
  return find_chooser () != NULL;
}

/* Export of a draft that still holds guidance: the places are listed,
 * Go To selects one in the editor, Export Anyway goes on to the file
 * chooser; a finished speech goes there at once. */
static void
test_drafts_before_export (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) draft = make_draft ();
  g_autoptr(FyDocument) finished = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "压实责任　确保安全");
  g_autoptr(FyBlock) para = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "我们坚决拥护会议部署。");
  g_autoptr(GPtrArray) places = NULL;
  g_autoptr(GPtrArray) go_to = g_ptr_array_new ();
  g_autofree char *heading = NULL;
  g_autofree char *selected = NULL;
  FyEditor *editor = fy_window_get_editor (window);
  const FyUnfinished *second;
  AdwMessageDialog *dialog;

  fy_window_set_document (window, draft);
  fy_test_iterate ();
  places = fy_document_find_unfinished (draft, fy_environment_lookup_template (fy_ui_layout_get_environment (),
                                                                                "commitment-speech"));
  g_assert_cmpuint (places->len, >=, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-markdown", NULL));
  dialog = fy_test_wait_for_message (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  /* No file chooser yet: the dialog asks first. */
  g_assert_null (find_chooser ());
  heading = g_strdup_printf ("%u places still to fill in", places->len);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_true (adw_message_dialog_has_response (dialog, "export"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  collect_buttons (GTK_WIDGET (dialog), "_Go To", go_to);
  g_assert_cmpuint (go_to->len, ==, places->len);
  shot (GTK_WIDGET (dialog), "paste-unfinished-export");

  /* Go To on the second place: the dialog closes, the place is selected
   * in the editor and the editor has the focus. */
  second = g_ptr_array_index (places, 1);
  g_assert_cmpint (second->kind, ==, FY_UNFINISHED_GUIDANCE);
  g_signal_emit_by_name (g_ptr_array_index (go_to, 1), "clicked");
  fy_test_iterate ();
  g_assert_null (fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
  g_assert_null (find_chooser ());
  selected = dup_selection (editor);
  g_assert_cmpstr (selected, ==, second->text);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == GTK_WIDGET (editor));
  shot (GTK_WIDGET (window), "paste-unfinished-goto");

  /* Export Anyway: on to the file chooser. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-markdown", NULL));
  dialog = fy_test_wait_for_message (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  fy_test_respond (dialog, "export");
  g_assert_true (fy_test_wait_for (has_chooser, NULL, 5));
  gtk_window_destroy (find_chooser ());
  fy_test_iterate ();

  /* Print asks alike, with its own words. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  dialog = fy_test_wait_for_message (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "export"), ==, "_Print Anyway");
  fy_test_respond (dialog, "cancel");

  /* A finished speech is not held up. */
  fy_document_append_block (finished, title);
  fy_document_append_block (finished, para);
  fy_window_set_document (window, finished);
  fy_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-markdown", NULL));
  g_assert_true (fy_test_wait_for (has_chooser, NULL, 5));
  g_assert_null (fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
  gtk_window_destroy (find_chooser ());
  fy_test_iterate ();

  fy_test_destroy_window (window);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type,
             const char *action)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (action == NULL ||
       (GTK_IS_ACTIONABLE (widget) &&
        g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The notes' list: in the popover of Fix All. */
static GtkListView *
find_lint_list (GtkWidget *window)
{
  GtkWidget *fix_all = find_widget (window, GTK_TYPE_BUTTON, "win.lint-fix-all");
  GtkWidget *popover = fix_all != NULL ? gtk_widget_get_ancestor (fix_all, GTK_TYPE_POPOVER) : NULL;

  return popover != NULL ? GTK_LIST_VIEW (find_widget (popover, GTK_TYPE_LIST_VIEW, NULL)) : NULL;
}

static gboolean
find_label_text (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label_text (child, text))
      return TRUE;

  return FALSE;
}

/* The worker has checked and counted the speech shown: no check is
 * queued or running, and the count matches it.  The count alone is not
 * enough: showing a speech counts it at once on the main thread, while
 * the notes of the speech shown before stay until the worker's check. */
static gboolean
counts_shown (gpointer data)
{
  FyWindow *window = data;
  guint n_chars = 0, n_no_punct = 0;
  g_autofree char *expected = NULL;

  if (window->lint_source != 0 || window->lint_running)
    return FALSE;
  fy_document_count_characters (fy_window_get_document (window), &n_chars, &n_no_punct);
  expected = g_strdup_printf ("%u characters (%u without punctuation)", n_chars, n_no_punct);
  return g_strcmp0 (gtk_label_get_text (window->count_label), expected) == 0;
}

/* A speech of a title and two paragraphs with notes, shown in @window. */
static void
show_speech (FyWindow   *window,
             const char *first_text,
             const char *second_text)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于基层治理的几点体会");
  g_autoptr(FyBlock) first = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, first_text);
  g_autoptr(FyBlock) second = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, second_text);

  fy_document_append_block (document, title);
  fy_document_append_block (document, first);
  fy_document_append_block (document, second);
  fy_window_set_document (window, document);
  fy_test_iterate ();
}

/* Each note shows its sentence; activating it selects the note's text in
 * the editor and gives the editor the focus back. */
static void
test_drafts_findings_in_context (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autofree char *status = NULL;
  g_autofree char *selected = NULL;
  FyEditor *editor = fy_window_get_editor (window);
  GtkMenuButton *lint_button;
  GtkListView *list;
  GListModel *model;
  guint comma = G_MAXUINT;

  show_speech (window,
               "今年以来，全镇上下齐心协力。我们坚持问题导向,推动矛盾纠纷就地化解。",
               "下一步，我们将认真学习贯彻宪法，依法履职。");
  status = fy_window_dup_status_text (window);

  list = find_lint_list (GTK_WIDGET (window));
  g_assert_nonnull (list);
  /* Closed, the list holds no notes: it would make rows for them. */
  model = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  /* The list open, as the user sees it. */
  lint_button = GTK_MENU_BUTTON (gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER) != NULL
                                 ? gtk_widget_get_parent (gtk_widget_get_ancestor (GTK_WIDGET (list),
                                                                                   GTK_TYPE_POPOVER))
                                 : NULL);
  g_assert_nonnull (lint_button);
  gtk_menu_button_popup (lint_button);
  fy_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FyLintFinding) finding = g_list_model_get_item (model, i);

      if (g_strcmp0 (fy_lint_finding_get_original (finding), ",") == 0)
        comma = i;
    }
  g_assert_cmpuint (comma, !=, G_MAXUINT);

  /* The comma's note shows its own sentence, not the one before. */
  g_assert_true (find_label_text (GTK_WIDGET (list), "我们坚持问题导向,推动矛盾纠纷就地化解。"));
  g_assert_false (find_label_text (GTK_WIDGET (list), "今年以来，全镇上下齐心协力。我们坚持问题导向,"
                                                      "推动矛盾纠纷就地化解。"));
  shot (GTK_WIDGET (list), "paste-findings-context");

  /* A click (or Enter) on the row. */
  g_signal_emit_by_name (list, "activate", comma);
  fy_test_iterate ();
  selected = dup_selection (editor);
  g_assert_cmpstr (selected, ==, ",");
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == GTK_WIDGET (editor));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (lint_button))));
  shot (GTK_WIDGET (window), "paste-findings-goto");
  /* Closed again: the notes stay in the window, out of the list. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  fy_test_destroy_window (window);
}

/* The popover shows its notes, as wide as they need. */
static gboolean
popover_fits (gpointer data)
{
  GtkWidget *list = data;
  GtkWidget *popover = gtk_widget_get_ancestor (list, GTK_TYPE_POPOVER);
  GtkWidget *row = gtk_widget_get_first_child (list);
  int natural;

  if (!gtk_widget_get_mapped (popover) || row == NULL || gtk_widget_get_width (row) == 0)
    return FALSE;
  gtk_widget_measure (popover, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return gtk_widget_get_width (popover) >= natural;
}

/* Closed, and the notes taken from the list again. */
static gboolean
list_closed (gpointer data)
{
  GtkListView *list = data;

  return !gtk_widget_get_mapped (GTK_WIDGET (list)) &&
         g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))) == 0;
}

/* The notes open at their width every time: GTK 4.8 sized every second
 * opening for the empty list (the notes are given to it once it is on
 * screen), a box 124 pixels wide; session 19's new user met it after
 * going to a note and correcting it. */
static void
test_drafts_findings_reopened (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  GtkListView *list;
  GtkWidget *popover;
  GtkMenuButton *lint_button;

  show_speech (window,
               "今年以来，全镇上下齐心协力。我们坚持问题导向,推动矛盾纠纷就地化解 , 调解成功率达 98%。",
               "下一步，我们将认真学习贯彻宪法,依法履职。");
  list = find_lint_list (GTK_WIDGET (window));
  g_assert_nonnull (list);
  popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);
  lint_button = GTK_MENU_BUTTON (gtk_widget_get_parent (popover));

  /* Open, go to a note, correct it; open again, close; and once more. */
  for (guint i = 0; i < 4; i++)
    {
      gtk_menu_button_popup (lint_button);
      g_assert_true (fy_test_wait_for (popover_fits, list, 10));
      g_assert_cmpint (gtk_widget_get_width (popover), >, 300);
      if (i % 2 == 0)
        {
          g_signal_emit_by_name (list, "activate", 0);
          fy_test_type_at (window, 2, 0, "我们");
        }
      else
        gtk_menu_button_popdown (lint_button);
      g_assert_true (fy_test_wait_for (list_closed, list, 10));
    }

  fy_test_destroy_window (window);
}

/* A note's Fix still applies after typing further on in its paragraph:
 * the list kept the note made before the typing, which read the same, and
 * its Fix was refused as stale ("The text changed since it was checked")
 * until the speech was opened again; session 20's new user met it. */
static void
test_drafts_fix_after_typing (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  const char *first = "我们坚持问题导向,推动矛盾纠纷就地化解。";
  FyEditor *editor = fy_window_get_editor (window);
  g_autofree char *status = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) fixes = g_ptr_array_new ();
  GtkListView *list;
  GtkMenuButton *lint_button;

  show_speech (window, first, "下一步，我们将依法履职。");
  status = fy_window_dup_status_text (window);

  /* More words after the comma: the comma's note reads as before. */
  fy_test_type_at (window, 1, g_utf8_strlen (first, -1), "调解成功率明显提高。");
  g_clear_pointer (&status, g_free);
  status = fy_window_dup_status_text (window);

  list = find_lint_list (GTK_WIDGET (window));
  g_assert_nonnull (list);
  lint_button = GTK_MENU_BUTTON (gtk_widget_get_parent (gtk_widget_get_ancestor (GTK_WIDGET (list),
                                                                                  GTK_TYPE_POPOVER)));
  gtk_menu_button_popup (lint_button);
  fy_test_iterate ();
  collect_buttons (GTK_WIDGET (list), "Fix", fixes);
  g_assert_cmpuint (fixes->len, ==, 1);
  g_signal_emit_by_name (g_ptr_array_index (fixes, 0), "clicked");
  fy_test_iterate ();

  fy_editor_flush (editor);
  text = fy_block_dup_text (fy_document_get_block (fy_window_get_document (window), 1));
  g_assert_cmpstr (text, ==, "我们坚持问题导向，推动矛盾纠纷就地化解。调解成功率明显提高。");

  fy_test_destroy_window (window);
}

static guint
count_buttons (GtkWidget  *widget,
               const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_buttons (widget, label, buttons);
  return buttons->len;
}

static gboolean
one_fix_listed (gpointer data)
{
  return count_buttons (GTK_WIDGET (data), "Fix") == 1;
}

/* The status line counts the text a Fix made: it kept the count from
 * before the Fix until the next keystroke (713 characters after adding
 * 《》, for session 20's new user). */
static void
test_drafts_counts_after_fix (void)
{
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(GPtrArray) fixes = g_ptr_array_new ();
  g_autofree char *before = NULL;
  GtkListView *list;

  show_speech (window, "我们坚持问题导向，推动矛盾纠纷就地化解", "下一步，我们将依法履职。");
  g_assert_true (fy_test_wait_for (counts_shown, window, 10));
  before = g_strdup (gtk_label_get_text (window->count_label));

  list = find_lint_list (GTK_WIDGET (window));
  g_assert_nonnull (list);
  gtk_menu_button_popup (GTK_MENU_BUTTON (gtk_widget_get_parent (gtk_widget_get_ancestor (GTK_WIDGET (list),
                                                                                          GTK_TYPE_POPOVER))));
  g_assert_true (fy_test_wait_for (popover_fits, list, 10));
  /* The list may still show the notes of the window's first speech until
   * the check of this one is in (on a busy machine). */
  g_assert_true (fy_test_wait_for (one_fix_listed, list, 10));
  collect_buttons (GTK_WIDGET (list), "Fix", fixes);
  g_assert_cmpuint (fixes->len, ==, 1);
  g_signal_emit_by_name (g_ptr_array_index (fixes, 0), "clicked");
  fy_test_iterate ();

  /* The full stop added: one character more, at once. */
  {
    g_autofree char *text = fy_block_dup_text (fy_document_get_block (fy_window_get_document (window), 1));
    guint n_chars = 0, n_no_punct = 0;
    g_autofree char *expected = NULL;

    g_assert_cmpstr (text, ==, "我们坚持问题导向，推动矛盾纠纷就地化解。");
    fy_document_count_characters (fy_window_get_document (window), &n_chars, &n_no_punct);
    expected = g_strdup_printf ("%u characters (%u without punctuation)", n_chars, n_no_punct);
    g_assert_cmpstr (gtk_label_get_text (window->count_label), ==, expected);
    g_assert_cmpstr (gtk_label_get_text (window->count_label), !=, before);
  }

  fy_test_destroy_window (window);
}

static gboolean
set_as_title_listed (gpointer data)
{
  return count_buttons (GTK_WIDGET (data), "Set as Title") == 1;
}

/* A notice typed into a blank document, every line body text: its
 * title's note has "Set as Title" (设为标题), which sets the style and
 * leaves the words, as one undo step; Fix All sets the 署名 and the date. */
static void
test_drafts_set_typed_title (void)
{
  static const char * const lines[] = {
    "关于开展县人大代表集中视察活动的通知",
    "各乡镇人大主席团：",
    "根据县人大常委会2026年工作要点安排，定于12月中旬组织部分县人大代表开展集中视察活动。",
    "县人大常委会办公室",
    "2026年12月7日",
  };
  g_autoptr(FyApplication) app = fy_test_make_app ();
  FyWindow *window = fy_test_make_window (app);
  g_autoptr(FyDocument) typed = fy_document_new ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  FyDocument *document;
  GtkListView *list;
  g_autofree char *title = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, lines[i]);

      fy_document_append_block (typed, block);
    }
  fy_window_set_document (window, typed);
  fy_test_iterate ();
  document = fy_window_get_document (window);

  list = find_lint_list (GTK_WIDGET (window));
  g_assert_nonnull (list);
  gtk_menu_button_popup (GTK_MENU_BUTTON (gtk_widget_get_parent (gtk_widget_get_ancestor (GTK_WIDGET (list),
                                                                                          GTK_TYPE_POPOVER))));
  g_assert_true (fy_test_wait_for (set_as_title_listed, list, 10));
  collect_buttons (GTK_WIDGET (list), "Set as Title", buttons);
  /* the button says what it does; no tooltip repeats the line */
  g_assert_null (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, 0)));
  shot (GTK_WIDGET (list), "typed-title-note");
  g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
  fy_test_iterate ();

  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 0)), ==, FY_BLOCK_ROLE_TITLE);
  title = fy_block_dup_text (fy_document_get_block (document, 0));
  g_assert_cmpstr (title, ==, lines[0]);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 3)), ==, FY_BLOCK_ROLE_PARAGRAPH);

  fy_editor_undo (fy_window_get_editor (window));
  fy_test_iterate ();
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 0)), ==, FY_BLOCK_ROLE_PARAGRAPH);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.lint-fix-all", NULL);
  fy_test_iterate ();
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 0)), ==, FY_BLOCK_ROLE_TITLE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_SALUTATION);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 3)), ==, FY_BLOCK_ROLE_SIGNATURE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 4)), ==, FY_BLOCK_ROLE_DATE_LINE);
  shot (GTK_WIDGET (window), "typed-title-fixed");

  fy_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* Recovery copies and settings of the run stay out of the user's. */
  fy_test_init_ui (&argc, &argv);

  g_test_add_func ("/ui/drafts/before-export", test_drafts_before_export);
  g_test_add_func ("/ui/drafts/findings-in-context", test_drafts_findings_in_context);
  g_test_add_func ("/ui/drafts/findings-reopened", test_drafts_findings_reopened);
  g_test_add_func ("/ui/drafts/fix-after-typing", test_drafts_fix_after_typing);
  g_test_add_func ("/ui/drafts/counts-after-fix", test_drafts_counts_after_fix);
  g_test_add_func ("/ui/drafts/set-typed-title", test_drafts_set_typed_title);

  return g_test_run ();
}

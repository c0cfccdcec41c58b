/* fy-test-window.c — the window harness shared by the ui tests
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "fy-test-window.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

static char *ui_data_home;

/* Puts the pointer in the screen's far corner, away from the windows,
 * which a display without a window manager maps at its origin.  Xvfb
 * starts it in the middle, where a window's widgets come and go under
 * it: GTK 4.8 then starts a tooltip for a widget that a test destroys
 * before the tooltip shows, and the tooltip, placed against a window
 * that has no surface any more, fails "gdk_surface_get_device_position:
 * assertion 'GDK_IS_SURFACE (surface)' failed" (test-drafts, in a
 * loaded CI run).  A test that wants the pointer somewhere moves it.
 * Call it right after gtk_test_init() (fy_test_init_ui() does). */
void
fy_test_move_pointer_aside (void)
{
#ifdef GDK_WINDOWING_X11
  GdkDisplay *display = gdk_display_get_default ();

  if (GDK_IS_X11_DISPLAY (display))
    {
      Display *xdisplay = gdk_x11_display_get_xdisplay (display);
      int screen = DefaultScreen (xdisplay);

      XWarpPointer (xdisplay, None, RootWindow (xdisplay, screen), 0, 0, 0, 0,
                    DisplayWidth (xdisplay, screen) - 1, DisplayHeight (xdisplay, screen) - 1);
      XFlush (xdisplay);
    }
#endif
}

const char *
fy_test_init_ui (int    *argc,
                 char ***argv)
{
  ui_data_home = g_dir_make_tmp ("fayan-test-data-XXXXXX", NULL);
  g_assert_nonnull (ui_data_home);
  g_setenv ("XDG_DATA_HOME", ui_data_home, TRUE);
  gtk_test_init (argc, argv, NULL);
  fy_test_move_pointer_aside ();
  adw_init ();
  fy_core_init ();
  return ui_data_home;
}

/* GTK 4.8 sometimes warns, for one frame of a window that grows or a
 * dialog that is being shown, "Trying to snapshot GtkPaned (or a
 * GtkButton of its file chooser) without a current allocation": a
 * widget that finishes its layout while the frame is drawn resizes what
 * holds it.  The frame after is right, and the frame can come after
 * whatever state a test waits for.  Tests that check geometry, state or
 * labels count that one GTK warning and report it instead of failing;
 * any other warning stays fatal, and test-session.c still fails on
 * every warning. */
static guint snapshot_warnings;

static const char *
field_value (const GLogField *fields,
             gsize            n_fields,
             const char      *key)
{
  for (gsize i = 0; i < n_fields; i++)
    if (strcmp (fields[i].key, key) == 0 && fields[i].length < 0)
      return fields[i].value;
  return NULL;
}

/* GTK logs through the structured API, where G_DEBUG=fatal-warnings
 * takes effect in the default writer: the counted warning never
 * reaches it. */
static GLogWriterOutput
snapshot_warning_writer (GLogLevelFlags   log_level,
                         const GLogField *fields,
                         gsize            n_fields,
                         gpointer         user_data)
{
  const char *domain = field_value (fields, n_fields, "GLIB_DOMAIN");
  const char *message = field_value (fields, n_fields, "MESSAGE");

  if ((log_level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Gtk") == 0 &&
      message != NULL && strstr (message, "without a current allocation") != NULL)
    {
      snapshot_warnings++;
      g_test_message ("GTK's one-frame snapshot warning, counted (%u): %s",
                      snapshot_warnings, message);
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/* Call after fy_test_init_ui(), before any window is shown. */
void
fy_test_tolerate_snapshot_warning (void)
{
  g_log_set_writer_func (snapshot_warning_writer, NULL, NULL);
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *)user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds or @seconds pass. */
gboolean
fy_test_wait_for (FyTestCondition condition,
                  gpointer        data,
                  guint           seconds)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (seconds, timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);

  return condition (data);
}

void
fy_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the main loop for @ms milliseconds. */
void
fy_test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Iterates until @get (the chooser's current folder, or its chosen file)
 * gives @want (anything when %NULL); fails after 20 s. */
static void
wait_for_chooser (GtkWindow *chooser,
                  GFile     *(*get) (GtkFileChooser *chooser),
                  GFile     *want)
{
  for (guint i = 0; i < 400; i++)
    {
      g_autoptr(GFile) current = get (GTK_FILE_CHOOSER (chooser));

      if (current != NULL && (want == NULL || g_file_equal (current, want)))
        return;
      fy_test_run_for (50);
    }
  g_assert_not_reached ();
}

/* Iterates until @chooser shows @folder (any folder when %NULL): a
 * chooser goes to its first folder asynchronously, and a folder set
 * before that is dropped. */
void
fy_test_wait_for_chooser_folder (GtkWindow *chooser,
                                 GFile     *folder)
{
  wait_for_chooser (chooser, gtk_file_chooser_get_current_folder, folder);
}

/* Iterates until @chooser has selected @file: a folder chooser selects
 * it once it has loaded the folder's parent. */
void
fy_test_wait_for_chooser_file (GtkWindow *chooser,
                               GFile     *file)
{
  wait_for_chooser (chooser, gtk_file_chooser_get_file, file);
}

FyApplication *
fy_test_make_app (void)
{
  FyApplication *app = fy_application_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  static guint n_apps;

  /* An application of an earlier test, or of the test's own child
   * process, may still be exported on the bus. */
  id = g_strdup_printf ("%s.Test%u.P%d", APPLICATION_ID, ++n_apps, (int) getpid ());
  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  return app;
}

/* A window showing the sample, presented; the caller owns a reference. */
FyWindow *
fy_test_make_window (FyApplication *app)
{
  g_autoptr(GError) error = NULL;
  FyWindow *window = g_object_new (FY_TYPE_WINDOW, "application", app, NULL);

  g_object_ref_sink (window);
  g_assert_true (fy_window_open_sample (window, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  fy_test_iterate ();

  return window;
}

void
fy_test_destroy_window (FyWindow *window)
{
  fy_window_discard_recovery (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* The position of the template @id in @templates, which must hold it. */
guint
fy_test_find_template (GListModel *templates,
                       const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (templates, i);

      if (g_strcmp0 (fy_template_get_id (template_), id) == 0)
        return i;
    }

  g_assert_not_reached ();
}

GtkWindow *
fy_test_find_toplevel (GType      type,
                       GtkWindow *transient_for)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)) &&
          (transient_for == NULL || gtk_window_get_transient_for (window) == transient_for))
        return window;
    }

  return NULL;
}

static gboolean
has_message_dialog (gpointer data)
{
  return fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, data) != NULL;
}

/* The message dialog shown over @parent (any window when NULL), or NULL
 * when none comes within 5 s. */
AdwMessageDialog *
fy_test_wait_for_message (GtkWindow *parent)
{
  if (!fy_test_wait_for (has_message_dialog, parent, 5))
    return NULL;

  return ADW_MESSAGE_DIALOG (fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, parent));
}

/* What clicking a button of @dialog does: the response, then the dialog
 * closes (adw_message_dialog_response() alone leaves it open). */
void
fy_test_respond (AdwMessageDialog *dialog,
                 const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  fy_test_iterate ();
}

/* The first widget of the tree under @root (@root included, depth
 * first) that @match accepts. */
GtkWidget *
fy_test_find_widget (GtkWidget       *root,
                     FyTestWidgetMatch match,
                     gconstpointer    data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = fy_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
fy_test_find_descendant (GtkWidget *widget,
                         GType      type)
{
  return fy_test_find_widget (widget, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

GtkWidget *
fy_test_find_named (GtkWidget  *root,
                    const char *name)
{
  return fy_test_find_widget (root, is_named, name);
}

/* What Escape does in @widget: its own Escape shortcut (a class binding
 * such as a dialog's "window.close"), activated as the key would. */
void
fy_test_press_escape (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) escape = gtk_keyval_trigger_new (GDK_KEY_Escape, 0);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), escape))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              fy_test_iterate ();
              return;
            }
        }
    }

  g_error ("%s has no Escape shortcut", G_OBJECT_TYPE_NAME (widget));
}

/* Activates the first shortcut for @key among @widget's controllers that
 * run in @phase. */
static gboolean
activate_shortcut_in (GtkWidget          *widget,
                      GtkShortcutTrigger *key,
                      GtkPropagationPhase phase)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != phase)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), key) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }

  return FALSE;
}

/* As GTK delivers a key: capture from the window down to @focus, then
 * bubble from @focus up. */
gboolean
fy_test_press_key (GtkWidget       *focus,
                   guint            keyval,
                   GdkModifierType  modifiers)
{
  g_autoptr(GtkShortcutTrigger) key = gtk_keyval_trigger_new (keyval, modifiers);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  gboolean done = FALSE;

  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    g_ptr_array_insert (path, 0, widget);

  for (guint i = 0; i < path->len && !done; i++)
    done = activate_shortcut_in (g_ptr_array_index (path, i), key, GTK_PHASE_CAPTURE);
  for (guint i = path->len; i-- > 0 && !done;)
    done = activate_shortcut_in (g_ptr_array_index (path, i), key, GTK_PHASE_BUBBLE);

  fy_test_iterate ();
  return done;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Clicks the button labelled @label (with its mnemonic underscore) in
 * @root, such as a message dialog's response button. */
void
fy_test_click_button (GtkWidget  *root,
                      const char *label)
{
  GtkWidget *button = find_button (root, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  fy_test_iterate ();
}

void
fy_test_click_closing (AdwMessageDialog *question,
                       const char       *label,
                       gpointer          window)
{
  g_assert_true (GTK_IS_WINDOW (window));
  g_object_add_weak_pointer (G_OBJECT (window), &window);
  g_object_unref (window);
  fy_test_click_button (GTK_WIDGET (question), label);
  g_assert_null (window);
}

/* Types @text at a line and offset of the editor, as the keyboard does. */
void
fy_test_type_at (FyWindow   *window,
                 guint       line,
                 int         offset,
                 const char *text)
{
  FyEditor *editor = fy_window_get_editor (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, line, offset);
  gtk_text_buffer_place_cursor (buffer, &iter);
  fy_test_type (editor, text);
  /* as the sync timer would a moment later */
  fy_editor_flush (editor);
}

/* What typing @text does at the cursor: a key's commit, or an input
 * method's; "\t" is the Tab key's. */
void
fy_test_type (FyEditor   *editor,
              const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
}

char *
fy_test_sample_path (void)
{
  return g_build_filename (g_getenv ("FAYAN_SOURCE_ROOT"),
                           "resources", "samples", "sample-speech.fayan", NULL);
}

/* With FAYAN_TEST_SCREENSHOTS=DIR, saves the screen as DIR/@name.png for
 * a person to look at; without, does nothing. */
void
fy_test_screenshot (const char *name)
{
  const char *dir = g_getenv ("FAYAN_TEST_SCREENSHOTS");
  g_autofree char *path = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *command = NULL;

  if (dir == NULL || *dir == '\0')
    return;

  path = g_strdup_printf ("%s/%s.png", dir, name);
  quoted = g_shell_quote (path);
  command = g_strdup_printf ("import -window root %s", quoted);
  g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
}

/* Reviews of a colleague's revision (test-versions.c, test-review.c) */

/* Saves @revision as revision.fayan in @dir, as a colleague would send
 * it back; returns its path. */
char *
fy_test_save_revision (FyDocument *revision,
                       const char *dir)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "revision.fayan", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);

  g_assert_true (fy_document_save_to_file (revision, out, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/* Opens the review of the file at @path in @window, as ☰ → 审阅修改稿
 * does. */
FyCompareWindow *
fy_test_review_path (FyWindow   *window,
                     const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *review = fy_window_review_file (window, file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (review);
  fy_test_iterate ();
  return FY_COMPARE_WINDOW (review);
}

/* Saves @revision in a folder of its own, as a colleague sends it back,
 * and opens its review in @window; @path gets the file's path (for
 * fy_test_close_review()). */
FyCompareWindow *
fy_test_open_review (FyWindow   *window,
                     FyDocument *revision,
                     char      **path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fayan-review-XXXXXX", &error);

  g_assert_no_error (error);
  *path = fy_test_save_revision (revision, dir);
  return fy_test_review_path (window, *path);
}

/* Closes the review and the speech's window, and removes the revision
 * at @path with the temporary folder that holds it. */
void
fy_test_close_review (FyCompareWindow *review,
                      FyWindow        *window,
                      const char      *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  gtk_window_destroy (GTK_WINDOW (review));
  fy_test_destroy_window (window);
  fy_test_iterate ();
  g_unlink (path);
  g_rmdir (dir);
}

/* Editor tests */

/* A short speech: title, subtitle with a field, two headings with
 * their paragraphs (the first with a bold lead). */
FyDocument *
fy_test_editor_document (void)
{
  FyDocument *document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于基层工作的几点体会");
  g_autoptr(FyBlock) subtitle = fy_block_new_with_text (FY_BLOCK_ROLE_SUBTITLE, 0, "——在{{会议名称}}上的发言");
  g_autoptr(FyBlock) h1 = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "抓好学习");
  g_autoptr(FyBlock) p1 = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FyBlock) h2 = fy_block_new_with_text (FY_BLOCK_ROLE_HEADING, 1, "改进作风");
  g_autoptr(FyBlock) p2 = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "作风建设永远在路上。");

  fy_block_set_lead_and_text (p1, "一是读原著。", "坚持每周集中学习一次。");
  fy_document_set_field_value (document, "会议名称", "全县工作会议");
  fy_document_append_block (document, title);
  fy_document_append_block (document, subtitle);
  fy_document_append_block (document, h1);
  fy_document_append_block (document, p1);
  fy_document_append_block (document, h2);
  fy_document_append_block (document, p2);

  return document;
}

/* An editor on @document, owned by the caller. */
FyEditor *
fy_test_editor_new (FyDocument *document)
{
  FyEditor *editor = FY_EDITOR (g_object_ref_sink (fy_editor_new ()));

  fy_editor_set_document (editor, document);
  return editor;
}

/* The editor's buffer text, whole. */
char *
fy_test_editor_dup_text (FyEditor *editor)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Puts the cursor at @offset of buffer line @line. */
void
fy_test_editor_place_cursor (FyEditor *editor,
              guint     line,
              int       offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, line, offset);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

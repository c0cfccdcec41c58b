/* fy-test-window.h — the window harness shared by the ui tests
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fy-application.h"
#include "fy-compare-window.h"
#include "fy-window.h"

G_BEGIN_DECLS

typedef gboolean (*FyTestCondition) (gpointer data);

/* gtk_test_init(), libadwaita and the core, with XDG_DATA_HOME in a
 * folder of the run's own (recovery copies, templates and fonts of the
 * tests stay out of the user's); returns that folder. */
const char    *fy_test_init_ui          (int             *argc,
                                         char          ***argv);
void           fy_test_tolerate_snapshot_warning (void);
void           fy_test_move_pointer_aside (void);

gboolean       fy_test_wait_for         (FyTestCondition  condition,
                                         gpointer         data,
                                         guint            seconds);
void           fy_test_iterate          (void);
void           fy_test_run_for          (guint            ms);
void           fy_test_wait_for_chooser_folder (GtkWindow *chooser,
                                                GFile     *folder);
void           fy_test_wait_for_chooser_file   (GtkWindow *chooser,
                                                GFile     *file);
FyApplication *fy_test_make_app         (void);
FyWindow      *fy_test_make_window      (FyApplication   *app);
void           fy_test_destroy_window   (FyWindow        *window);
guint          fy_test_find_template    (GListModel      *templates,
                                         const char      *id);
GtkWindow     *fy_test_find_toplevel    (GType            type,
                                         GtkWindow       *transient_for);
AdwMessageDialog *fy_test_wait_for_message (GtkWindow    *parent);
void           fy_test_respond          (AdwMessageDialog *dialog,
                                         const char      *response);
typedef gboolean (*FyTestWidgetMatch) (GtkWidget     *widget,
                                       gconstpointer  data);
GtkWidget     *fy_test_find_widget      (GtkWidget       *root,
                                         FyTestWidgetMatch match,
                                         gconstpointer    data);
GtkWidget     *fy_test_find_descendant  (GtkWidget       *widget,
                                         GType            type);
/* The widget below @root (or @root) whose gtk_widget_get_name() is @name. */
GtkWidget     *fy_test_find_named       (GtkWidget       *root,
                                         const char      *name);
void           fy_test_press_escape     (GtkWidget       *widget);
/* What a key does in @focus: the first shortcut for it (a class binding
 * such as GtkText's Ctrl+Z, a controller's) that @focus or a widget it is
 * in activates, as the key would.  Returns whether one did. */
gboolean       fy_test_press_key        (GtkWidget       *focus,
                                         guint            keyval,
                                         GdkModifierType  modifiers);
void           fy_test_click_button     (GtkWidget       *root,
                                         const char      *label);
/* Clicks @label in @question, an answer that closes @window: gives up the
 * caller's reference to @window first, so that only GTK holds it, as in
 * the application, and asserts that the click finalized it. */
void           fy_test_click_closing    (AdwMessageDialog *question,
                                         const char      *label,
                                         gpointer         window);
void           fy_test_type_at          (FyWindow        *window,
                                         guint            line,
                                         int              offset,
                                         const char      *text);
void           fy_test_type             (FyEditor        *editor,
                                         const char      *text);
char          *fy_test_sample_path      (void);
void           fy_test_screenshot       (const char      *name);

/* A colleague's revision and its review (test-versions.c,
 * test-review.c). */
char          *fy_test_save_revision    (FyDocument      *revision,
                                         const char      *dir);
FyCompareWindow *fy_test_review_path    (FyWindow        *window,
                                         const char      *path);
FyCompareWindow *fy_test_open_review    (FyWindow        *window,
                                         FyDocument      *revision,
                                         char           **path);
void           fy_test_close_review     (FyCompareWindow *review,
                                         FyWindow        *window,
                                         const char      *path);

/* The editor tests' speech and editor (test-editor.c,
 * test-editor-table.c). */
FyDocument    *fy_test_editor_document  (void);
FyEditor      *fy_test_editor_new       (FyDocument      *document);
char          *fy_test_editor_dup_text  (FyEditor        *editor);
void           fy_test_editor_place_cursor (FyEditor     *editor,
                                         guint            line,
                                         int              offset);

G_END_DECLS

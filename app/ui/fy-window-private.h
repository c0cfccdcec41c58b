/* fy-window-private.h — state shared by the files of FyWindow
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fy-editor.h"
#include "fy-fields-panel.h"
#include "fy-outline.h"
#include "fy-print-operation.h"
#include "fy-window.h"

G_BEGIN_DECLS

struct _FyWindow
{
  AdwApplicationWindow  parent_instance;

  FyDocument           *document;
  GFile                *file;
  GCancellable         *cancellable;
  GSettings            *settings;
  char                 *recovery_id;
  char                 *disk_etag;      /* of the file as last read or written */
  GFile                *import_folder;  /* of the .txt/.docx/.md it came from */
  GFile                *failed_save;    /* where a save could not write */
  GtkWidget            *preview;        /* FyPreview, once there is one */
  GTask                *close_task;     /* a save-and-close waiting for the user */

  guint                 autosave_source;
  guint                 change_serial;   /* changes since the window opened */
  guint                 lint_source;
  guint                 lint_generation; /* changes since start-up */
  guint                 n_lint_findings;
  guint                 divider_source;  /* places the editor–preview divider */
  int                   editor_width;    /* the editor's width the user chose */
  GListStore           *lint_store;      /* of FyLintFinding */
  FyLint               *lint;            /* the worker's: remembers the last check */
  char                 *font_report;     /* what the fonts list shows, as text */
  char                 *saved_data;      /* the document as last opened or saved, for Undo */
  guint                 modified : 1;
  guint                 autosaved : 1;  /* recovery copy matches the document */
  guint                 autosaving : 1; /* a recovery copy is being written */
  guint                 pristine : 1;   /* nothing edited, nothing loaded by the user */
  guint                 closing : 1;    /* the user chose to close */
  guint                 loading : 1;
  guint                 lint_running : 1;
  guint                 lint_wanted : 1;   /* check again when the running one ends */
  guint                 unfinished_confirmed : 1; /* export or print an unfinished draft now */
  guint                 placing_divider : 1;  /* the window moves it, not the user */

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkToggleButton      *sidebar_button;
  GtkStack             *main_stack;
  AdwBin               *welcome_bin;
  GtkWidget            *welcome;
  GtkPaned             *outer_paned;
  GtkWidget            *sidebar;
  GtkPaned             *inner_paned;
  GtkStack             *sidebar_stack;
  FyOutline            *outline;
  FyFieldsPanel        *fields_panel;
  GtkDropDown          *style_dropdown;
  GtkToggleButton      *search_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkEntry             *replace_entry;
  GtkLabel             *match_label;
  FyEditor             *editor;
  AdwBin               *preview_bin;
  GtkLabel             *count_label;
  GtkLabel             *time_label;
  GtkMenuButton        *lint_button;
  GtkListView          *lint_list;
  GtkMenuButton        *fonts_button;
  GtkListBox           *fonts_list;
  GMenu                *recent_section;
};

/* fy-window.c */
void      fy_window_show_error          (FyWindow     *self,
                                         const GError *error);
void      fy_window_show_message        (FyWindow     *self,
                                         const char   *message);
void      fy_window_update_title        (FyWindow     *self);
void      fy_window_show_counts         (FyWindow     *self,
                                         guint         n_chars,
                                         guint         n_no_punct);
void      fy_window_set_file            (FyWindow     *self,
                                         GFile        *file);
void      fy_window_load_document       (FyWindow     *self,
                                         FyDocument   *document,
                                         GFile        *file);
FyLayout *fy_window_get_layout          (FyWindow     *self);
FyPrintOperation *fy_window_new_print_operation (FyWindow *self,
                                                GError  **error);

/* fy-window-actions.c */
void      fy_window_class_init_actions  (GtkWidgetClass *widget_class);
void      fy_window_init_actions        (FyWindow     *self);
void      fy_window_update_match_count  (FyWindow     *self);
void      fy_window_update_recent_menu  (FyWindow     *self);
GtkWidget *fy_window_new_from_templates (FyWindow     *self,
                                         GListModel   *templates);
GtkWidget *fy_window_new_from_earlier  (FyWindow     *self,
                                        FyDocument   *earlier);
GtkWidget *fy_window_batch_fill        (FyWindow     *self);

/* fy-window-fields.c */
void      fy_window_class_init_fields   (GtkWidgetClass *widget_class);
void      fy_window_init_fields         (FyWindow     *self);
gboolean  fy_window_insert_field        (FyWindow     *self,
                                         const char   *name);

/* fy-window-lint.c */
void      fy_window_class_init_lint     (GtkWidgetClass *widget_class);
void      fy_window_init_lint           (FyWindow     *self);
void      fy_window_dispose_lint        (FyWindow     *self);
void      fy_window_queue_lint          (FyWindow     *self);
void      fy_window_update_lint_now     (FyWindow     *self);

/* fy-window-unfinished.c */
gboolean  fy_window_confirm_finished    (FyWindow     *self,
                                         const char   *action);

/* fy-window-files.c */
void      fy_window_class_init_versions (GtkWidgetClass *widget_class);
void      fy_window_save_version        (FyWindow     *self,
                                         const char   *name,
                                         const char   *note);
void      fy_window_restore_version     (FyWindow     *self,
                                         guint         index);

void      fy_window_init_files          (FyWindow     *self);
void      fy_window_dispose_files       (FyWindow     *self);
void      fy_window_document_changed    (FyWindow     *self);
void      fy_window_remember_saved      (FyWindow     *self);
void      fy_window_open_dialog         (FyWindow     *self);
GFile    *fy_window_dup_start_folder    (FyWindow     *self);
void      fy_window_save                (FyWindow     *self,
                                         gboolean      save_as,
                                         gboolean      close_after);
void      fy_window_add_recent          (FyWindow     *self,
                                         GFile        *file);
FyWindow *fy_window_get_window_for_file (FyWindow     *self,
                                         GFile        *file);
void      fy_window_remember_disk_state (FyWindow     *self);
gboolean  fy_window_record_version      (FyWindow     *self,
                                         FyVersion    *version,
                                         GError      **error);
gboolean  fy_window_close_request       (GtkWindow    *window);

GFile    *fy_window_resolve_file (GFile *file);

G_END_DECLS

/* fy-paste-notes.h — what a paste left out: a toast, the lines on demand
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fayan-core.h"

G_BEGIN_DECLS

/*
 * A paste drops what a file import drops (a PDF's page numbers and
 * running heads, a lost photo's caption), and a clerk must never lose
 * text unseen: a toast says how many lines went and of what kind, and
 * its button lists them, each once, with the import's warnings.  What
 * the paste kept but could not read as it was (a table's rows whose
 * cells ran together) is said the same way: every warning of the import
 * is seen.  Undo takes the paste back as it always does.
 */

/* "Pasted without 4 lines of page numbers and running heads", "Pasted 4
 * table rows whose cells ran together: check them", or %NULL when the
 * paste left nothing out and warns of nothing */
char      *fy_paste_notes_dup_summary (const FyImportNotes *notes);
/* The lines left out, one to a row, under the warnings about them. */
GtkWidget *fy_paste_notes_new_dialog  (GtkWindow           *parent,
                                       const FyImportNotes *notes);
/* The summary, with a button opening fy_paste_notes_new_dialog(); %NULL
 * when the paste left nothing out and warns of nothing.  Takes @notes. */
AdwToast  *fy_paste_notes_new_toast   (GtkWindow           *parent,
                                       FyImportNotes       *notes);
/* Shows the toast in the toast overlay @widget is in, if any. Takes
 * @notes. */
void       fy_paste_notes_show        (GtkWidget           *widget,
                                       FyImportNotes       *notes);
/* Says in a toast why nothing was pasted: the clipboard held a picture
 * (@picture) or no readable text. */
void       fy_paste_notes_refuse      (GtkWidget           *widget,
                                       gboolean             picture);

G_END_DECLS

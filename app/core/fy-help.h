/* fy-help.h — the user guide: where it is installed, its pages read
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * FyHelpBlockKind:
 * @FY_HELP_BLOCK_HEADING: a section's title
 * @FY_HELP_BLOCK_PARAGRAPH: a paragraph
 * @FY_HELP_BLOCK_STEP: a paragraph of a numbered step (its number in @number)
 * @FY_HELP_BLOCK_ITEM: a paragraph of a bulleted list item
 * @FY_HELP_BLOCK_TERM: the term of a definition list
 * @FY_HELP_BLOCK_DEFINITION: a paragraph that explains the term before it
 * @FY_HELP_BLOCK_NOTE: a paragraph of a note set apart from the text
 */
typedef enum
{
  FY_HELP_BLOCK_HEADING,
  FY_HELP_BLOCK_PARAGRAPH,
  FY_HELP_BLOCK_STEP,
  FY_HELP_BLOCK_ITEM,
  FY_HELP_BLOCK_TERM,
  FY_HELP_BLOCK_DEFINITION,
  FY_HELP_BLOCK_NOTE,
} FyHelpBlockKind;

typedef struct
{
  FyHelpBlockKind kind;
  guint           number;  /* a step's number from 1, or 0 */
  char           *markup;  /* Pango markup; links are <a href="help:fayan/PAGE"> */
} FyHelpBlock;

typedef struct
{
  char      *id;      /* the file's name without .page */
  char      *title;
  GPtrArray *blocks;  /* FyHelpBlock */
  GPtrArray *links;   /* char *: the pages it links to, in order */
} FyHelpPage;

typedef struct
{
  char      *folder;
  GPtrArray *pages;   /* FyHelpPage: index, then the pages it lists, in order */
} FyHelp;

#define FY_HELP_URI "help:fayan"

char       *fy_help_find_folder (gboolean    *installed);
FyHelp     *fy_help_load        (const char  *folder,
                                 GError     **error);
FyHelpPage *fy_help_lookup      (FyHelp      *help,
                                 const char  *id);
void        fy_help_free        (FyHelp      *help);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FyHelp, fy_help_free)

G_END_DECLS

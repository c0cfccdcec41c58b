/* fy-cli.h — the commands of fayan-cli
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fayan-core.h"

G_BEGIN_DECLS

/* Exit statuses shared by every command. */
#define FY_CLI_EXIT_OK       0
#define FY_CLI_EXIT_FINDINGS 1   /* lint found something; fill had a bad row */
#define FY_CLI_EXIT_ERROR    2

typedef int (*FyCliCommandFunc) (int    argc,
                                 char **argv);

int          fy_cli_run                (int            argc,
                                        char         **argv);
GOptionContext *fy_cli_option_context_new (const char         *parameter,
                                        const char         *summary,
                                        const GOptionEntry *entries);
void         fy_cli_print_error        (const char    *message);
int          fy_cli_report_error       (const GError  *error);
void         fy_cli_add_hint           (GError       **error,
                                        FyError        code,
                                        const char    *hint);
int          fy_cli_usage_error        (GOptionContext *context,
                                        const char    *message);
FyDocument  *fy_cli_load_document      (const char    *path,
                                        GError       **error);
FyDocument  *fy_cli_import_document    (GFile         *file,
                                        GError       **error);
void         fy_cli_print_warnings     (GPtrArray     *warnings);

/* The help of --numbering, the same in every command that takes it. */
extern const char fy_cli_numbering_help[];
gboolean     fy_cli_check_numbering    (const char    *value,
                                        int           *status);
void         fy_cli_apply_numbering    (const char    *value,
                                        FyDocument    *document);
/* The same for --page-numbers on|off. */
extern const char fy_cli_page_numbers_help[];
gboolean     fy_cli_check_page_numbers (const char    *value,
                                        int           *status);
void         fy_cli_apply_page_numbers (const char    *value,
                                        FyDocument    *document);
FyEnvironment *fy_cli_get_environment  (void);
guint        fy_cli_warn_unfinished    (FyDocument    *document);
gboolean     fy_cli_apply_font_options (char         **fonts,
                                        int           *status);
gboolean     fy_cli_parse_options      (GOptionContext *context,
                                        int           *argc,
                                        char        ***argv,
                                        int           *status);

int          fy_cli_command_import     (int argc, char **argv);
int          fy_cli_command_export     (int argc, char **argv);
int          fy_cli_command_info       (int argc, char **argv);
int          fy_cli_command_lint       (int argc, char **argv);
int          fy_cli_command_render     (int argc, char **argv);
int          fy_cli_command_layout     (int argc, char **argv);
int          fy_cli_command_templates  (int argc, char **argv);
int          fy_cli_command_new        (int argc, char **argv);
int          fy_cli_command_fill       (int argc, char **argv);
int          fy_cli_command_compare    (int argc, char **argv);

G_END_DECLS

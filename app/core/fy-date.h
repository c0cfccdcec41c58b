/* fy-date.h — the one reader and writer of dates as people type them
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * FyDateForm:
 * @FY_DATE_FORM_NUMERIC: 2026-12-05, 2026/12/5, 2026.12.5
 * @FY_DATE_FORM_DIGITS: 2026年12月5日
 * @FY_DATE_FORM_NUMERALS: 二〇二六年十二月五日
 *
 * How a parsed date was written.
 */
typedef enum {
  FY_DATE_FORM_NUMERIC,
  FY_DATE_FORM_DIGITS,
  FY_DATE_FORM_NUMERALS,
} FyDateForm;

typedef struct {
  int        year;
  int        month;
  int        day;
  FyDateForm form;
} FyDate;

gboolean  fy_date_parse          (const char *text,
                                  FyDate     *date);
char     *fy_date_to_string      (const FyDate *date);
char     *fy_date_format         (GDateTime  *date_time);

G_END_DECLS

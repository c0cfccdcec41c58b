/* fuzz-style.c — style presets (JSON) on arbitrary bytes, then a layout
 *
 * A style is data and must not hang the engine (issue 17).  Bytes that
 * are not a style are refused with an FY_ERROR; a style that loads holds
 * every limit the engine relies on, and lays out a small document with
 * every role (a run of headings, a signature and date, an attachment) in
 * finite time, each page holding a line (fuzz_check_layout()).
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-fuzz"

#include "config.h"

#include <math.h>

#include "fayan-core.h"
#include "fuzz-common.h"

static const struct { FyBlockRole role; guint level; const char *text; } blocks[] = {
  { FY_BLOCK_ROLE_TITLE, 0, "关于做好基层治理工作的讲话" },
  { FY_BLOCK_ROLE_SPEAKER, 0, "张明" },
  { FY_BLOCK_ROLE_DATE_LINE, 0, "（2026年3月5日）" },
  { FY_BLOCK_ROLE_SALUTATION, 0, "同志们：" },
  { FY_BLOCK_ROLE_HEADING, 1, "提高认识" },
  { FY_BLOCK_ROLE_HEADING, 2, "压实责任" },
  { FY_BLOCK_ROLE_PARAGRAPH, 0, "要坚持稳中求进，“抓好落实”。2026年GDP增长5%，见https://example.org/a。" },
  { FY_BLOCK_ROLE_PARAGRAPH, 0, "一是抓好落实。二是压实责任，完整准确全面贯彻新发展理念，加快构建新发展格局，"
                                "着力推动高质量发展，更好统筹发展和安全，确保各项工作落到实处。" },
  { FY_BLOCK_ROLE_CLOSING, 0, "谢谢大家！" },
  { FY_BLOCK_ROLE_SIGNATURE, 0, "市人民政府" },
  { FY_BLOCK_ROLE_DATE_LINE, 0, "2026年3月5日" },
  { FY_BLOCK_ROLE_ATTACHMENT, 0, "附件：1.工作方案\n2.责任清单" },
};

static FyDocument *
get_document (void)
{
  static FyDocument *document;

  if (document == NULL)
    {
      document = fy_document_new ();
      for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
        {
          g_autoptr(FyBlock) block = fy_block_new_with_text (blocks[i].role, blocks[i].level,
                                                             blocks[i].text);

          fy_document_append_block (document, block);
        }
    }

  return document;
}

static void
check_style (FyStyle *style)
{
  guint lines = fy_style_get_lines_per_page (style);

  fuzz_check (lines >= 3 && lines <= 200);
  fuzz_check (fy_style_get_chars_per_line (style) >= 4);
  fuzz_check (isfinite (fy_style_get_char_pitch (style)) && fy_style_get_char_pitch (style) > 0);
  fuzz_check (isfinite (fy_style_get_line_pitch (style)) && fy_style_get_line_pitch (style) > 0);
  fuzz_check (fy_style_get_id (style) != NULL && fy_style_get_name (style) != NULL);
  fuzz_check (fy_style_get_fingerprint (style) != NULL);
  for (guint r = 0; r < FY_STYLE_N_ROLES; r++)
    {
      const FyRoleStyle *role = fy_style_get_role (style, r);

      fuzz_check (role->line_span >= 1 && role->line_span <= lines);
      fuzz_check (isfinite (role->size) && role->size > 0);
      fuzz_check (role->indent * fy_style_get_char_pitch (style) + role->size <=
                  fy_style_get_type_width (style) + 0.02);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(FyStyle) style = NULL;
  FyTypesetter *typesetter;
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  FyDocument *document;

  fuzz_init ();

  style = fy_style_new_from_data (size > 0 ? (const char *) data : "", size, &error);
  if (style == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }
  fuzz_check (error == NULL);
  check_style (style);

  document = get_document ();
  typesetter = fuzz_get_typesetter (style);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  if (layout == NULL)
    fuzz_fail ("a valid style does not lay out a small document", error);
  fuzz_check_layout (layout, document);

  return 0;
}

/* test-editor.c — the editor kept in step with the document model
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fy-editor.h"
#include "fy-test-window.h"

static char *
dup_block_text (FyDocument *document,
                guint       position)
{
  return fy_block_dup_text (fy_document_get_block (document, position));
}

static void
type_text (FyEditor   *editor,
           const char *text)
{
  fy_test_type (editor, text);
}

static void
test_editor_shows_document (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  g_autofree char *text = fy_test_editor_dup_text (editor);

  /* One line per block; the field shows its value. */
  g_assert_cmpstr (text, ==,
                   "关于基层工作的几点体会\n"
                   "——在全县工作会议上的发言\n"
                   "抓好学习\n"
                   "一是读原著。坚持每周集中学习一次。\n"
                   "改进作风\n"
                   "作风建设永远在路上。");

  fy_test_editor_place_cursor (editor, 2, 0);
  g_assert_cmpuint (fy_editor_get_style (editor), ==,
                    fy_editor_style_for_role (FY_BLOCK_ROLE_HEADING, 1));
  fy_test_editor_place_cursor (editor, 0, 0);
  g_assert_cmpuint (fy_editor_get_style (editor), ==,
                    fy_editor_style_for_role (FY_BLOCK_ROLE_TITLE, 0));
}

/* How line @line is aligned at @offset: the justification of its tag of
 * highest priority that sets one. */
static GtkJustification
line_justification (FyEditor *editor,
                    guint     line,
                    guint     offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkJustification result = GTK_JUSTIFY_LEFT;
  GtkTextIter iter;
  GSList *tags;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, line, offset);
  tags = gtk_text_iter_get_tags (&iter);
  for (GSList *t = tags; t != NULL; t = t->next)
    {
      gboolean set = FALSE;
      GtkJustification justification = GTK_JUSTIFY_LEFT;

      g_object_get (t->data, "justification-set", &set, "justification", &justification, NULL);
      if (set)
        result = justification;
    }
  g_slist_free (tags);

  return result;
}

/* A 纪要's issue number shows in its own style, centred as it prints,
 * named in the style list; Enter after it goes on with body text. */
static void
test_editor_issue_number (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "县政府常务会议纪要");
  g_autoptr(FyBlock) number = fy_block_new_with_text (FY_BLOCK_ROLE_ISSUE_NUMBER, 0, "〔2026〕第11号");
  g_autoptr(FyEditor) editor = NULL;
  guint style = fy_editor_style_for_role (FY_BLOCK_ROLE_ISSUE_NUMBER, 0);

  fy_document_append_block (document, title);
  fy_document_append_block (document, number);
  editor = fy_test_editor_new (document);

  {
    g_autofree char *label = fy_editor_dup_style_label (style);

    g_assert_cmpstr (label, ==, "Issue Number");
  }
  fy_test_editor_place_cursor (editor, 1, 3);
  g_assert_cmpuint (fy_editor_get_style (editor), ==, style);
  g_assert_cmpint (line_justification (editor, 1, 3), ==, GTK_JUSTIFY_CENTER);

  fy_test_editor_place_cursor (editor, 1, g_utf8_strlen ("〔2026〕第11号", -1));
  type_text (editor, "\n");
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 3);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_ISSUE_NUMBER);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_PARAGRAPH);
}

/* A line marked Issue Number under a 决定's title is its 发文字号: it goes
 * above the title at once, where it prints and where opening the file
 * would put it, the cursor with it, in one undo step; under a 纪要's
 * title a number stays. */
static void
test_editor_document_number (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  const char *lines[] = {
    "共青团临江县委关于表彰优秀共青团员的决定", "青委发〔2026〕21号", "各乡镇团委：", "现将有关事项通知如下。",
  };
  g_autoptr(FyEditor) editor = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter cursor;
  guint style = fy_editor_style_for_role (FY_BLOCK_ROLE_ISSUE_NUMBER, 0);

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr(FyBlock) block = fy_block_new_with_text (i == 0 ? FY_BLOCK_ROLE_TITLE : FY_BLOCK_ROLE_PARAGRAPH,
                                                         0, lines[i]);

      fy_document_append_block (document, block);
    }
  editor = fy_test_editor_new (document);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  before = fy_test_editor_dup_text (editor);

  fy_test_editor_place_cursor (editor, 1, 3);
  fy_editor_set_style (editor, style);
  fy_editor_flush (editor);
  after = fy_test_editor_dup_text (editor);
  g_assert_cmpstr (after, ==, "青委发〔2026〕21号\n共青团临江县委关于表彰优秀共青团员的决定\n各乡镇团委：\n现将有关事项通知如下。");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 0)), ==, FY_BLOCK_ROLE_ISSUE_NUMBER);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_TITLE);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_line (&cursor), ==, 0);
  g_assert_cmpint (gtk_text_iter_get_line_offset (&cursor), ==, 3);
  g_assert_cmpuint (fy_editor_get_style (editor), ==, style);

  /* one step back: the line under the title, body text again */
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  undone = fy_test_editor_dup_text (editor);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  g_assert_false (fy_editor_get_can_undo (editor));
  fy_editor_redo (editor);
  fy_editor_flush (editor);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 0)), ==, FY_BLOCK_ROLE_ISSUE_NUMBER);

  /* The number restyled with the line under it (a selection over both):
   * the cursor stays in that line, where it went to the document's
   * start. */
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  {
    GtkTextIter start, end;

    gtk_text_buffer_get_iter_at_line_offset (buffer, &start, 1, 0);
    gtk_text_buffer_get_iter_at_line_offset (buffer, &end, 2, 3);
    gtk_text_buffer_select_range (buffer, &end, &start);
    fy_editor_set_style (editor, style);
    fy_editor_flush (editor);
    g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 0)), ==, FY_BLOCK_ROLE_ISSUE_NUMBER);
    gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
    g_assert_cmpint (gtk_text_iter_get_line (&cursor), ==, 2);
    g_assert_cmpint (gtk_text_iter_get_line_offset (&cursor), ==, 3);
  }

  /* a 纪要 keeps its number under its title */
  {
    g_autoptr(FyDocument) minutes = fy_document_new ();
    g_autoptr(FyBlock) title = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "县农业农村局局务会议纪要");
    g_autoptr(FyBlock) number = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "临农纪〔2026〕3号");
    g_autoptr(FyEditor) minutes_editor = NULL;

    fy_document_append_block (minutes, title);
    fy_document_append_block (minutes, number);
    minutes_editor = fy_test_editor_new (minutes);
    fy_test_editor_place_cursor (minutes_editor, 1, 0);
    fy_editor_set_style (minutes_editor, style);
    fy_editor_flush (minutes_editor);
    g_assert_cmpint (fy_block_get_role (fy_document_get_block (minutes, 0)), ==, FY_BLOCK_ROLE_TITLE);
    g_assert_cmpint (fy_block_get_role (fy_document_get_block (minutes, 1)), ==, FY_BLOCK_ROLE_ISSUE_NUMBER);
  }
}

/* A speech's date under the speaker prints centred, a 落款 date under
 * the signature at the right: the editor shows them as the page does,
 * and a date follows the line above it when that line's style changes. */
static void
test_editor_date_alignment (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  const struct { FyBlockRole role; const char *text; } blocks[] = {
    { FY_BLOCK_ROLE_TITLE, "在全县安全生产工作会议上的讲话" },
    { FY_BLOCK_ROLE_SPEAKER, "县长　王明" },
    { FY_BLOCK_ROLE_DATE_LINE, "（2026年3月12日）" },
    { FY_BLOCK_ROLE_PARAGRAPH, "同志们：今天的会议很重要。" },
    { FY_BLOCK_ROLE_SIGNATURE, "县人民政府办公室" },
    { FY_BLOCK_ROLE_DATE_LINE, "2026年3月12日" },
  };
  g_autoptr(FyEditor) editor = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    {
      g_autoptr(FyBlock) block = fy_block_new_with_text (blocks[i].role, 0, blocks[i].text);

      fy_document_append_block (document, block);
    }
  editor = fy_test_editor_new (document);

  g_assert_cmpint (line_justification (editor, 2, 3), ==, GTK_JUSTIFY_CENTER);
  g_assert_cmpint (line_justification (editor, 5, 3), ==, GTK_JUSTIFY_RIGHT);
  /* typed text takes the date's centring too */
  fy_test_editor_place_cursor (editor, 2, 0);
  type_text (editor, "讲话");
  fy_editor_flush (editor);
  g_assert_cmpint (line_justification (editor, 2, 0), ==, GTK_JUSTIFY_CENTER);

  /* The speaker line made body text: the date under it is a closing
   * date now, set at the right as the typesetter places it. */
  fy_test_editor_place_cursor (editor, 1, 1);
  fy_editor_set_style (editor, fy_editor_style_for_role (FY_BLOCK_ROLE_PARAGRAPH, 0));
  fy_editor_flush (editor);
  g_assert_cmpint (line_justification (editor, 2, 3), ==, GTK_JUSTIFY_RIGHT);
}

static void
test_editor_typing_updates_model (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  FyBlock *p2 = fy_document_get_block (document, 5);
  g_autofree char *text = NULL;
  g_autofree char *lead = NULL;

  fy_test_editor_place_cursor (editor, 5, 0);
  type_text (editor, "我们认为，");
  fy_editor_flush (editor);

  /* The same block object, edited in place. */
  g_assert_true (fy_document_get_block (document, 5) == p2);
  text = dup_block_text (document, 5);
  g_assert_cmpstr (text, ==, "我们认为，作风建设永远在路上。");

  /* Typing after the lead is body text; the lead stays. */
  fy_test_editor_place_cursor (editor, 3, 6);
  type_text (editor, "二");
  fy_editor_flush (editor);
  lead = fy_block_dup_lead (fy_document_get_block (document, 3));
  g_assert_cmpstr (lead, ==, "一是读原著。");
  g_clear_pointer (&text, g_free);
  text = dup_block_text (document, 3);
  g_assert_cmpstr (text, ==, "一是读原著。二坚持每周集中学习一次。");
}

static void
test_editor_enter_and_join (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  /* Enter at the end of a heading starts a body paragraph. */
  fy_test_editor_place_cursor (editor, 2, 4);
  type_text (editor, "\n新的段落");
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 7);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 3)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  text = dup_block_text (document, 3);
  g_assert_cmpstr (text, ==, "新的段落");

  /* Deleting the line break joins the paragraphs; the first keeps its style. */
  gtk_text_buffer_get_iter_at_line_offset (buffer, &start, 2, 4);
  end = start;
  gtk_text_iter_forward_char (&end);
  gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 6);
  g_clear_pointer (&text, g_free);
  text = dup_block_text (document, 2);
  g_assert_cmpstr (text, ==, "抓好学习新的段落");
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_HEADING);
}

/* Whether any character of line @line carries the style tag of @style. */
static gboolean
line_has_style_tag (FyEditor *editor,
                    guint     line,
                    guint     style)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  g_autofree char *name = g_strdup_printf ("style-%u", style);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line (buffer, &iter, line);
  while (!gtk_text_iter_ends_line (&iter))
    {
      if (gtk_text_iter_has_tag (&iter, tag))
        return TRUE;
      gtk_text_iter_forward_char (&iter);
    }
  return FALSE;
}

static void
test_editor_enter_after_heading (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  guint heading = fy_editor_style_for_role (FY_BLOCK_ROLE_HEADING, 1);
  guint body = fy_editor_style_for_role (FY_BLOCK_ROLE_PARAGRAPH, 0);

  /* Typed at the end of a heading, then Return and more text, key by
   * key: the style shown is the new body paragraph's, and no line
   * below is drawn as a heading. */
  fy_test_editor_place_cursor (editor, 2, 4);
  g_assert_cmpuint (fy_editor_get_style (editor), ==, heading);
  type_text (editor, "A");
  type_text (editor, "B");
  type_text (editor, "\n");
  g_assert_cmpuint (fy_editor_get_style (editor), ==, body);
  type_text (editor, "X");
  type_text (editor, "Y");
  g_assert_cmpuint (fy_editor_get_style (editor), ==, body);
  g_assert_true (line_has_style_tag (editor, 2, heading));
  g_assert_false (line_has_style_tag (editor, 3, heading));
  g_assert_true (line_has_style_tag (editor, 3, body));
  g_assert_false (line_has_style_tag (editor, 4, heading));
  fy_editor_flush (editor);
  g_assert_false (line_has_style_tag (editor, 4, heading));
  g_assert_false (line_has_style_tag (editor, 3, heading));
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 3)), ==, FY_BLOCK_ROLE_PARAGRAPH);
}

static void
test_editor_model_updates_buffer (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  g_autofree char *text = NULL;
  g_autofree char *block_text = NULL;

  /* A point moved with everything under it (as the outline does). */
  fy_document_move_blocks (document, 4, fy_document_get_section_end (document, 4) - 4, 2);
  text = fy_test_editor_dup_text (editor);
  g_assert_cmpstr (text, ==,
                   "关于基层工作的几点体会\n"
                   "——在全县工作会议上的发言\n"
                   "改进作风\n"
                   "作风建设永远在路上。\n"
                   "抓好学习\n"
                   "一是读原著。坚持每周集中学习一次。");

  /* Linked fields: a new value shows in every chip; the run stays a field. */
  fy_document_set_field_value (document, "会议名称", "市委全会");
  g_clear_pointer (&text, g_free);
  text = fy_test_editor_dup_text (editor);
  g_assert_true (g_str_has_prefix (text, "关于基层工作的几点体会\n——在市委全会上的发言\n"));

  fy_test_editor_place_cursor (editor, 1, 0);
  type_text (editor, "（");
  fy_editor_flush (editor);
  block_text = dup_block_text (document, 1);
  g_assert_cmpstr (block_text, ==, "（——在{{会议名称}}上的发言");

  /* Undo takes back the typing, the field (issue 16: field edits are
   * undone in their place) and the move, one step each. */
  fy_editor_undo (editor);
  fy_editor_undo (editor);
  g_assert_cmpstr (fy_document_get_field_value (document, "会议名称"), !=, "市委全会");
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_clear_pointer (&text, g_free);
  text = fy_test_editor_dup_text (editor);
  g_assert_true (g_str_has_suffix (text, "抓好学习\n一是读原著。坚持每周集中学习一次。\n改进作风\n作风建设永远在路上。"));
  g_clear_pointer (&block_text, g_free);
  block_text = dup_block_text (document, 2);
  g_assert_cmpstr (block_text, ==, "抓好学习");
}

static void
test_editor_field_chip_atomic (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  /* Typed inside the chip "全县工作会议": goes after it. */
  fy_test_editor_place_cursor (editor, 1, 4);
  type_text (editor, "X");
  fy_editor_flush (editor);
  text = dup_block_text (document, 1);
  g_assert_cmpstr (text, ==, "——在{{会议名称}}X上的发言");

  /* Backspace into the chip deletes the whole chip. */
  gtk_text_buffer_get_iter_at_line_offset (buffer, &end, 1, 9);
  start = end;
  gtk_text_iter_backward_char (&start);
  gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
  fy_editor_flush (editor);
  g_clear_pointer (&text, g_free);
  text = dup_block_text (document, 1);
  g_assert_cmpstr (text, ==, "——在X上的发言");
}

static void
test_editor_typed_field (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  FyBlock *block = fy_document_get_block (document, 5);
  g_autofree char *buffer_text = NULL;
  const FyRun *run;

  /* {{name}} typed by hand becomes a field chip showing the value. */
  fy_test_editor_place_cursor (editor, 5, 0);
  type_text (editor, "在{{会议名称}}上，");
  fy_editor_flush (editor);

  g_assert_cmpuint (fy_block_get_n_runs (block), ==, 3);
  run = fy_block_get_run (block, 1);
  g_assert_cmpint (run->kind, ==, FY_RUN_FIELD);
  g_assert_cmpstr (run->text, ==, "会议名称");
  buffer_text = fy_test_editor_dup_text (editor);
  g_assert_true (g_str_has_suffix (buffer_text, "\n在全县工作会议上，作风建设永远在路上。"));
}

static void
test_editor_preedit (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  FyBlock *block = fy_document_get_block (document, 5);
  g_autofree char *text = NULL;

  /* While an input method composes, the buffer is not reformatted: the
   * typed reference stays text, but the model still follows. */
  fy_test_editor_place_cursor (editor, 5, 0);
  g_signal_emit_by_name (editor, "preedit-changed", "huiyi");
  type_text (editor, "{{会议名称}}");
  fy_editor_flush (editor);
  text = fy_block_dup_text (block);
  g_assert_cmpstr (text, ==, "{{会议名称}}作风建设永远在路上。");
  g_assert_cmpint (fy_block_get_run (block, 0)->kind, ==, FY_RUN_TEXT);

  /* Composition over: the chip appears. */
  g_signal_emit_by_name (editor, "preedit-changed", "");
  type_text (editor, "，");
  fy_editor_flush (editor);
  g_assert_cmpint (fy_block_get_run (block, 0)->kind, ==, FY_RUN_FIELD);
}

static gboolean
clipboard_done (gpointer data)
{
  return *(char **)data != NULL;
}

static void
clipboard_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static void
test_editor_copy_paste_fields (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (editor));
  g_autofree char *copied = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  /* Copying the subtitle copies the reference, not the value. */
  gtk_text_buffer_get_iter_at_line (buffer, &start, 1);
  end = start;
  gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_signal_emit_by_name (editor, "copy-clipboard");
  gdk_clipboard_read_text_async (clipboard, NULL, clipboard_read_cb, &copied);
  while (!clipboard_done (&copied))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (copied, ==, "——在{{会议名称}}上的发言");

  /* Pasted elsewhere, the reference is a chip again. */
  fy_test_editor_place_cursor (editor, 5, 0);
  fy_editor_paste_text (editor, copied);
  fy_editor_flush (editor);
  text = fy_block_dup_text (fy_document_get_block (document, 5));
  g_assert_cmpstr (text, ==, "——在{{会议名称}}上的发言作风建设永远在路上。");
  g_assert_cmpint (fy_block_get_run (fy_document_get_block (document, 5), 1)->kind, ==, FY_RUN_FIELD);
}

static void
test_editor_line_break_in_block (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (NULL);
  FyBlock *title = fy_document_get_block (document, 0);
  g_autofree char *text = NULL;

  /* A title set on two lines stays one block, one buffer line. */
  fy_block_set_text (title, "关于基层工作\n的几点体会");
  fy_editor_set_document (editor, document);
  g_assert_cmpint (gtk_text_buffer_get_line_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor))), ==, 6);

  fy_test_editor_place_cursor (editor, 0, 0);
  type_text (editor, "试谈");
  fy_editor_flush (editor);
  text = fy_block_dup_text (title);
  g_assert_cmpstr (text, ==, "试谈关于基层工作\n的几点体会");
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 6);
}

/* The editor's text is Chinese whatever the locale (the tests run in
 * C.UTF-8), so that fontconfig picks a simplified-Chinese face: in C, the
 * first face claiming 䶮 was AR PL UKai, whose glyph for it is empty. */
static void
test_editor_language (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));

  for (int line = 0; line < gtk_text_buffer_get_line_count (buffer); line++)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_line (buffer, &iter, line);
      if (gtk_text_iter_ends_line (&iter))
        continue;
      g_assert_cmpstr (pango_language_to_string (gtk_text_iter_get_language (&iter)), ==, "zh-cn");
    }
}

static void
test_editor_styles (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  FyBlock *block = fy_document_get_block (document, 5);
  g_autofree char *lead = NULL;

  /* Ctrl+2 and Ctrl+0 through the editor's actions. */
  fy_test_editor_place_cursor (editor, 5, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.set-style", "u", 2));
  fy_editor_flush (editor);
  g_assert_cmpint (fy_block_get_role (block), ==, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpuint (fy_block_get_level (block), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.set-style", "u", 0));
  fy_editor_flush (editor);
  g_assert_cmpint (fy_block_get_role (block), ==, FY_BLOCK_ROLE_PARAGRAPH);

  /* Ctrl+B: the first sentence becomes the bold lead; again removes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.toggle-lead", NULL));
  fy_editor_flush (editor);
  lead = fy_block_dup_lead (block);
  g_assert_cmpstr (lead, ==, "作风建设永远在路上。");
  fy_editor_toggle_lead (editor);
  fy_editor_flush (editor);
  g_clear_pointer (&lead, g_free);
  lead = fy_block_dup_lead (block);
  g_assert_null (lead);

  /* Each change was one undo step. */
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_clear_pointer (&lead, g_free);
  lead = fy_block_dup_lead (block);
  g_assert_cmpstr (lead, ==, "作风建设永远在路上。");
  fy_editor_undo (editor);
  fy_editor_undo (editor);
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 5)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  g_assert_false (fy_editor_get_can_undo (editor));
  fy_editor_redo (editor);
  fy_editor_flush (editor);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 5)), ==, FY_BLOCK_ROLE_HEADING);
}

/* Ctrl+B with only the cursor: the sentence it is in becomes the lead
 * when that is the paragraph's first; past it, or in a heading, nothing
 * changes and no undo step is made.  Text typed at the paragraph's start
 * joins its lead, in the typing's undo step. */
static void
test_editor_lead_with_cursor (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                     "作风建设永远在路上。要持之以恒抓下去。");
  g_autoptr(FyEditor) editor = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *text = NULL;

  fy_document_remove_block (document, 5);
  fy_document_append_block (document, block);
  editor = fy_test_editor_new (document);

  /* Past the first sentence, and in a heading: nothing. */
  fy_test_editor_place_cursor (editor, 5, 12);
  fy_editor_toggle_lead (editor);
  fy_test_editor_place_cursor (editor, 4, 1);
  fy_editor_toggle_lead (editor);
  fy_editor_flush (editor);
  g_assert_null (fy_block_dup_lead (block));
  g_assert_cmpint (fy_block_get_run (fy_document_get_block (document, 4), 0)->kind, ==, FY_RUN_TEXT);
  g_assert_false (fy_editor_get_can_undo (editor));

  /* In the first sentence: that sentence. */
  fy_test_editor_place_cursor (editor, 5, 3);
  fy_editor_toggle_lead (editor);
  fy_editor_flush (editor);
  lead = fy_block_dup_lead (block);
  g_assert_cmpstr (lead, ==, "作风建设永远在路上。");

  /* Typed at the start, it joins the lead. */
  fy_test_editor_place_cursor (editor, 5, 0);
  type_text (editor, "二是");
  fy_editor_flush (editor);
  g_clear_pointer (&lead, g_free);
  lead = fy_block_dup_lead (block);
  g_assert_cmpstr (lead, ==, "二是作风建设永远在路上。");

  /* Two steps: the typing, then the lead. */
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_clear_pointer (&lead, g_free);
  lead = fy_block_dup_lead (block);
  g_assert_cmpstr (lead, ==, "作风建设永远在路上。");
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_assert_null (fy_block_dup_lead (block));
  text = dup_block_text (document, 5);
  g_assert_cmpstr (text, ==, "作风建设永远在路上。要持之以恒抓下去。");
  g_assert_false (fy_editor_get_can_undo (editor));
}

/* A lead that leaves its 。 out (“**一是加强领导**。” as pasted): the 。
 * selected and Ctrl+B makes it bold with the lead, where the whole lead
 * lost its bold; the cursor alone in the lead still takes the lead off. */
static void
test_editor_lead_extended (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyBlock) block = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  g_autoptr(FyEditor) editor = NULL;
  g_autofree char *lead = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  fy_block_set_lead_and_text (block, "一是加强领导", "。要持之以恒抓下去。");
  fy_document_remove_block (document, 5);
  fy_document_append_block (document, block);
  editor = fy_test_editor_new (document);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));

  gtk_text_buffer_get_iter_at_line_offset (buffer, &start, 5, 6);
  gtk_text_buffer_get_iter_at_line_offset (buffer, &end, 5, 7);
  gtk_text_buffer_select_range (buffer, &start, &end);
  fy_editor_toggle_lead (editor);
  fy_editor_flush (editor);
  lead = fy_block_dup_lead (block);
  g_assert_cmpstr (lead, ==, "一是加强领导。");

  /* one undo step */
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_clear_pointer (&lead, g_free);
  lead = fy_block_dup_lead (block);
  g_assert_cmpstr (lead, ==, "一是加强领导");

  fy_test_editor_place_cursor (editor, 5, 2);
  fy_editor_toggle_lead (editor);
  fy_editor_flush (editor);
  g_assert_null (fy_block_dup_lead (block));
}

static void
test_editor_undo_typing (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  g_autofree char *text = NULL;

  fy_test_editor_place_cursor (editor, 5, 0);
  type_text (editor, "第一");
  type_text (editor, "\n");
  type_text (editor, "第二");
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 7);

  fy_editor_undo (editor);
  fy_editor_flush (editor);
  text = dup_block_text (document, 6);
  g_assert_cmpstr (text, ==, "作风建设永远在路上。");

  fy_editor_undo (editor);
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 6);
  g_clear_pointer (&text, g_free);
  text = dup_block_text (document, 5);
  g_assert_cmpstr (text, ==, "作风建设永远在路上。");

  /* Redo brings back "第一" and the new paragraph, typed as one step. */
  fy_editor_redo (editor);
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 7);
  g_clear_pointer (&text, g_free);
  text = dup_block_text (document, 5);
  g_assert_cmpstr (text, ==, "第一");
}

/* The document as a string: role, level and every run with its kind. */
static char *
dump_document (FyDocument *document)
{
  GString *dump = g_string_new (NULL);

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      FyBlock *block = fy_document_get_block (document, i);

      g_string_append_printf (dump, "%d/%u:", fy_block_get_role (block), fy_block_get_level (block));
      for (guint r = 0; r < fy_block_get_n_runs (block); r++)
        {
          const FyRun *run = fy_block_get_run (block, r);

          g_string_append_printf (dump, "[%d]%s", run->kind, run->text);
        }
      g_string_append_c (dump, '\n');
    }
  g_string_append_printf (dump, "会议名称=%s\n", fy_document_get_field_value (document, "会议名称"));

  return g_string_free (dump, FALSE);
}

/* Underlines as the window puts them, which must not count as edits. */
static void
underline_findings (FyEditor   *editor,
                    FyDocument *document)
{
  g_autoptr(FyLint) lint = fy_lint_new ();
  g_autoptr(GPtrArray) findings = NULL;

  fy_editor_flush (editor);
  findings = fy_lint_document (lint, document);
  fy_editor_set_lint_findings (editor, findings);
}

/* Every kind of edit, one undo step each (a typing step ends at another
 * kind of edit), undone and redone one by one:
 * the lines' content kept for the snapshots (fy-editor-undo.c) must be
 * forgotten by each of them, or a step restores a stale line. */
static void
test_editor_undo_every_step (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  guint n_steps = 0;

  underline_findings (editor, document);
  g_ptr_array_add (states, dump_document (document));
  for (guint step = 0; step < 10; step++)
    {
      GtkTextIter iter;

      switch (step)
        {
        case 0: fy_test_editor_place_cursor (editor, 5, 0); type_text (editor, "甲"); break;
        case 1: fy_test_editor_place_cursor (editor, 3, 0); fy_editor_set_style (editor, fy_editor_style_for_role (FY_BLOCK_ROLE_HEADING, 2)); break;
        case 2: fy_test_editor_place_cursor (editor, 3, 2); type_text (editor, "乙"); break;
        case 3: fy_test_editor_place_cursor (editor, 5, 0); fy_editor_toggle_lead (editor); break;
        case 4: fy_test_editor_place_cursor (editor, 5, 1); type_text (editor, "丙"); break;
        case 5: fy_document_set_field_value (document, "会议名称", "全市工作会议"); break;
        case 6:
          /* Joins two paragraphs, which ends the typing step. */
          fy_test_editor_place_cursor (editor, 5, 0);
          gtk_text_buffer_get_iter_at_line (buffer, &iter, 5);
          gtk_text_buffer_backspace (buffer, &iter, TRUE, TRUE);
          break;
        case 7: fy_test_editor_place_cursor (editor, 1, 0); type_text (editor, "丁"); break;
        case 8: fy_test_editor_place_cursor (editor, 2, 0); fy_editor_paste_text (editor, "新段落一\n\n新段落二\n"); break;
        default: fy_test_editor_place_cursor (editor, 1, 4); type_text (editor, "戊"); break;
        }
      underline_findings (editor, document);
      {
        char *state = dump_document (document);

        /* Each edit changed something. */
        g_assert_cmpstr (state, !=, g_ptr_array_index (states, states->len - 1));
        g_ptr_array_add (states, state);
      }
    }

  while (fy_editor_get_can_undo (editor))
    {
      g_autofree char *state = NULL;

      fy_editor_undo (editor);
      underline_findings (editor, document);
      state = dump_document (document);
      n_steps++;
      g_assert_cmpuint (n_steps, <, states->len);
      g_assert_cmpstr (state, ==, g_ptr_array_index (states, states->len - 1 - n_steps));
    }
  g_assert_cmpuint (n_steps, ==, states->len - 1);

  while (fy_editor_get_can_redo (editor))
    {
      g_autofree char *state = NULL;

      fy_editor_redo (editor);
      underline_findings (editor, document);
      state = dump_document (document);
      n_steps--;
      g_assert_cmpstr (state, ==, g_ptr_array_index (states, states->len - 1 - n_steps));
    }
  g_assert_cmpuint (n_steps, ==, 0);
}

/* Each character of the buffer: '.' plain, 'e' underlined as a
 * warning, 'i' as a note. */
static char *
dup_underlines (FyEditor *editor)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *warning = gtk_text_tag_table_lookup (table, "lint");
  GtkTextTag *info = gtk_text_tag_table_lookup (table, "lint-info");
  GString *marks = g_string_new (NULL);
  GtkTextIter iter;

  for (gtk_text_buffer_get_start_iter (buffer, &iter); !gtk_text_iter_is_end (&iter);
       gtk_text_iter_forward_char (&iter))
    g_string_append_c (marks, gtk_text_iter_ends_line (&iter) ? '\n'
                              : gtk_text_iter_has_tag (&iter, warning) ? 'e'
                              : gtk_text_iter_has_tag (&iter, info) ? 'i' : '.');

  return g_string_free (marks, FALSE);
}

/* Typing, new and joined paragraphs, pastes, undo: after each, the
 * underlines put right line by line are those a new editor shows. */
static void
test_editor_underlines_follow (void)
{
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyEditor) editor = NULL;
  GtkTextBuffer *buffer;
  g_autoptr(GError) error = NULL;
  guint n_underlined = 0;

  document = fy_import_markdown ("# 标题\n\n"
                                 "我们要,认真学习.坚持每周集中学习一次,不断提高.\n\n"
                                 "第二段也有问题,比如这里.还有这里,对吧.\n\n"
                                 "第三段没有问题。\n", -1, &error);
  g_assert_no_error (error);
  editor = fy_test_editor_new (document);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));

  for (guint step = 0; step < 10; step++)
    {
      g_autoptr(FyEditor) fresh = NULL;
      g_autofree char *marks = NULL;
      g_autofree char *expected = NULL;
      GtkTextIter iter;

      switch (step)
        {
        case 0: break;
        case 1: fy_test_editor_place_cursor (editor, 1, 0); type_text (editor, "首先"); break;
        case 2: fy_test_editor_place_cursor (editor, 1, 9); type_text (editor, "\n"); break;
        case 3: fy_test_editor_place_cursor (editor, 2, 0); type_text (editor, "，"); break;
        case 4:
          gtk_text_buffer_get_iter_at_line (buffer, &iter, 3);
          gtk_text_buffer_backspace (buffer, &iter, TRUE, TRUE);
          break;
        case 5:
          /* The underlined comma replaced: its line has no note there. */
          gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, 1, 6);
          gtk_text_buffer_place_cursor (buffer, &iter);
          gtk_text_buffer_backspace (buffer, &iter, TRUE, TRUE);
          type_text (editor, "，");
          break;
        case 6:
          /* The same note at the same offset, on a character typed anew. */
          gtk_text_buffer_get_start_iter (buffer, &iter);
          g_assert_true (gtk_text_iter_forward_search (&iter, "问题,", 0, NULL, &iter, NULL));
          gtk_text_buffer_place_cursor (buffer, &iter);
          gtk_text_buffer_backspace (buffer, &iter, TRUE, TRUE);
          type_text (editor, ",");
          break;
        case 7: fy_test_editor_place_cursor (editor, 3, 0); fy_editor_paste_text (editor, "粘贴的,一段.\n"); break;
        case 8: fy_test_editor_place_cursor (editor, 0, 0); type_text (editor, "新"); break;
        default: fy_editor_undo (editor); fy_editor_undo (editor); break;
        }
      underline_findings (editor, document);
      marks = dup_underlines (editor);

      fresh = fy_test_editor_new (document);
      underline_findings (fresh, document);
      expected = dup_underlines (fresh);
      g_assert_cmpstr (marks, ==, expected);
      if (strchr (marks, 'e') != NULL)
        n_underlined++;
      fy_editor_set_document (fresh, NULL);
    }
  g_assert_cmpuint (n_underlined, ==, 10);
}

static void
test_editor_paste_numbered (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  g_autofree char *text = NULL;
  FyBlock *block;

  /* As copied from WPS: numbered headings, wrap spaces. */
  fy_test_editor_place_cursor (editor, 5, 10);
  fy_editor_paste_text (editor,
                        "一、加强 组织领导\n"
                        "（一）明确 责任分工。\n"
                        "各单位要把这项工作摆上 重要议事日程。\n");
  fy_editor_flush (editor);

  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 9);
  block = fy_document_get_block (document, 6);
  g_assert_cmpint (fy_block_get_role (block), ==, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpuint (fy_block_get_level (block), ==, 1);
  text = fy_block_dup_text (block);
  g_assert_cmpstr (text, ==, "加强组织领导");

  block = fy_document_get_block (document, 7);
  g_assert_cmpint (fy_block_get_role (block), ==, FY_BLOCK_ROLE_HEADING);
  g_assert_cmpuint (fy_block_get_level (block), ==, 2);

  block = fy_document_get_block (document, 8);
  g_assert_cmpint (fy_block_get_role (block), ==, FY_BLOCK_ROLE_PARAGRAPH);
  g_clear_pointer (&text, g_free);
  text = fy_block_dup_text (block);
  g_assert_cmpstr (text, ==, "各单位要把这项工作摆上重要议事日程。");

  /* One undo step takes the whole paste back. */
  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 6);
}

/* A paste from a web page, of several lines or of one, comes in with
 * the full-width marks an import sets (fy-import-marks.c). */
static void
test_editor_paste_web_marks (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  fy_test_editor_place_cursor (editor, 5, 10);
  fy_editor_paste_text (editor, "要推动\"上云用数赋智\",让数据多跑路!\n今年,全市增长8.5%,企业达到1,200家。\n");
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 8);
  first = fy_block_dup_text (fy_document_get_block (document, 6));
  g_assert_cmpstr (first, ==, "要推动“上云用数赋智”，让数据多跑路！");

  fy_test_editor_place_cursor (editor, 7, 0);
  fy_editor_paste_text (editor, "据统计,");
  fy_editor_flush (editor);
  second = fy_block_dup_text (fy_document_get_block (document, 7));
  g_assert_cmpstr (second, ==, "据统计，今年，全市增长8.5%，企业达到1,200家。");
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

/* Waits until @widget's window has painted a frame drawn after now
 * (slow under the sanitizers): a picture taken earlier may be missing
 * or show what was there before. */
static void
wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_draw (widget);
  for (guint i = 0; i < 1000 && !painted; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_signal_handler_disconnect (clock, handler);
  g_assert_true (painted);
}

/* The lowest row of @widget that holds ink (a pixel darker than mid
 * grey), as painted next. */
static int
lowest_ink_row (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  int lowest = -1;

  wait_for_paint (widget);
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = pixels + ((gsize) y * width + x) * 4;

        if (p[3] > 0 && p[0] + p[1] + p[2] < 3 * 100)
          lowest = y;
      }
  return lowest;
}

/* A match highlighted and selected in the paragraph under the title
 * leaves the paragraphs below drawn as they were: GTK 4.8 drew them in
 * the title's style when the title's newline carried it (new user s17:
 * a clerk would "fix" a paragraph that is fine). */
static void
test_editor_find_draws_styles (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyEditor) editor = NULL;
  GtkWidget *window = gtk_window_new ();
  int before, after;

  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "区政协召开主席会议"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                              "11月19日上午，区政协召开主席会议，听取重点协商议题办理情况汇报。"));
  fy_document_append_block (document, fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                              "会议强调，要对照年初计划逐项梳理，确保全年任务圆满完成。"));
  editor = fy_test_editor_new (document);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 300);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 50 && (!gtk_widget_get_mapped (GTK_WIDGET (editor)) ||
                               gtk_widget_get_width (GTK_WIDGET (editor)) == 0); i++)
    g_main_context_iteration (NULL, TRUE);
  fy_test_iterate ();
  before = lowest_ink_row (GTK_WIDGET (editor));
  g_assert_cmpint (before, >, 0);

  fy_test_editor_place_cursor (editor, 0, 0);
  g_assert_true (fy_editor_find (editor, "协商议", FALSE));
  fy_test_iterate ();
  fy_test_screenshot ("editor-find-styles");
  after = lowest_ink_row (GTK_WIDGET (editor));
  g_assert_cmpint (ABS (after - before), <=, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_editor_find_replace (void)
{
  g_autoptr(FyDocument) document = fy_test_editor_document ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);
  g_autofree char *text = NULL;
  guint n;

  fy_test_editor_place_cursor (editor, 0, 0);
  g_assert_true (fy_editor_find (editor, "作风", FALSE));
  g_assert_cmpuint (fy_editor_get_current_block (editor), ==, 4);
  g_assert_false (fy_editor_find (editor, "没有这句话", FALSE));

  /* The field's value 全县工作会议 is not text to replace. */
  n = fy_editor_replace_all (editor, "会议", "大会");
  g_assert_cmpuint (n, ==, 0);
  n = fy_editor_replace_all (editor, "作风", "工作作风");
  g_assert_cmpuint (n, ==, 2);
  fy_editor_flush (editor);
  text = dup_block_text (document, 5);
  g_assert_cmpstr (text, ==, "工作作风建设永远在路上。");

  fy_editor_undo (editor);
  fy_editor_flush (editor);
  g_clear_pointer (&text, g_free);
  text = dup_block_text (document, 5);
  g_assert_cmpstr (text, ==, "作风建设永远在路上。");
}

static void
test_editor_empty_document (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyEditor) editor = fy_test_editor_new (document);

  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 0);

  type_text (editor, "第一段\n第二段");
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 2);

  /* Select all and delete: one empty paragraph is left. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
  }
  fy_editor_flush (editor);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, 1);
  g_assert_true (fy_block_is_empty (fy_document_get_block (document, 0)));
}

/* The selection GTK's clicks ask for: two clicks (WORD) or three (LINE)
 * at @line, @offset, as the editor's click gesture asks. */
static void
extend_selection_at (FyEditor               *editor,
                     GtkTextExtendSelection  granularity,
                     guint                   line,
                     int                     offset,
                     int                    *start_offset,
                     int                    *end_offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter location, start, end;
  gboolean handled = FALSE;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &location, line, offset);
  start = end = location;
  g_signal_emit_by_name (editor, "extend-selection", granularity, &location, &start, &end, &handled);
  g_assert_true (handled);
  g_assert_cmpint (gtk_text_iter_get_line (&start), ==, line);
  g_assert_cmpint (gtk_text_iter_get_line (&end), ==, line);
  *start_offset = gtk_text_iter_get_line_offset (&start);
  *end_offset = gtk_text_iter_get_line_offset (&end);
}

/* Three clicks in a title wrapped on two lines select the whole title
 * (Word and WPS select the paragraph; GTK selected one display line, and
 * typing left the second half of the template's title behind).  Two
 * clicks in the template's guidance select all of （在此……）, brackets
 * included; elsewhere two clicks still select a word. */
static void
test_editor_click_selection (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) title =
    fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "（在此填写发言标题，用一句话点明本单位做法的亮点）");
  g_autoptr(FyBlock) body =
    fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "近年来，（在此概述本单位的主要做法，列出一两项成效）。下面汇报。");
  GtkWidget *window = gtk_window_new ();
  FyEditor *editor = FY_EDITOR (fy_editor_new ());
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkTextIter iter, display_end;
  int start, end;

  fy_document_append_block (document, title);
  fy_document_append_block (document, body);
  fy_editor_set_document (editor, document);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 400);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (window));
  fy_test_run_for (300);

  /* the title is wrapped: its first display line ends inside it */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  display_end = iter;
  gtk_text_view_forward_display_line_end (GTK_TEXT_VIEW (editor), &display_end);
  g_assert_cmpint (gtk_text_iter_get_line (&display_end), ==, 0);
  g_assert_false (gtk_text_iter_ends_line (&display_end));

  extend_selection_at (editor, GTK_TEXT_EXTEND_SELECTION_LINE, 0, 2, &start, &end);
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, g_utf8_strlen ("（在此填写发言标题，用一句话点明本单位做法的亮点）", -1));
  extend_selection_at (editor, GTK_TEXT_EXTEND_SELECTION_LINE, 1, 20, &start, &end);
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, g_utf8_strlen ("近年来，（在此概述本单位的主要做法，列出一两项成效）。下面汇报。", -1));

  /* the guidance runs from character 4 （ to 25 ） */
  for (int offset = 4; offset <= 25; offset += 7)
    {
      extend_selection_at (editor, GTK_TEXT_EXTEND_SELECTION_WORD, 1, offset, &start, &end);
      g_assert_cmpint (start, ==, 4);
      g_assert_cmpint (end, ==, 26);
    }
  extend_selection_at (editor, GTK_TEXT_EXTEND_SELECTION_WORD, 1, 28, &start, &end);
  g_assert_cmpint (start, >=, 27);
  g_assert_cmpint (end, <=, 32);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  fy_test_move_pointer_aside ();
  adw_init ();
  fy_core_init ();

  g_test_add_func ("/ui/editor/shows-document", test_editor_shows_document);
  g_test_add_func ("/ui/editor/issue-number", test_editor_issue_number);
  g_test_add_func ("/ui/editor/document-number", test_editor_document_number);
  g_test_add_func ("/ui/editor/date-alignment", test_editor_date_alignment);
  g_test_add_func ("/ui/editor/typing-updates-model", test_editor_typing_updates_model);
  g_test_add_func ("/ui/editor/enter-and-join", test_editor_enter_and_join);
  g_test_add_func ("/ui/editor/enter-after-heading", test_editor_enter_after_heading);
  g_test_add_func ("/ui/editor/model-updates-buffer", test_editor_model_updates_buffer);
  g_test_add_func ("/ui/editor/field-chip-atomic", test_editor_field_chip_atomic);
  g_test_add_func ("/ui/editor/typed-field", test_editor_typed_field);
  g_test_add_func ("/ui/editor/preedit", test_editor_preedit);
  g_test_add_func ("/ui/editor/copy-paste-fields", test_editor_copy_paste_fields);
  g_test_add_func ("/ui/editor/line-break-in-block", test_editor_line_break_in_block);
  g_test_add_func ("/ui/editor/styles", test_editor_styles);
  g_test_add_func ("/ui/editor/lead-with-cursor", test_editor_lead_with_cursor);
  g_test_add_func ("/ui/editor/lead-extended", test_editor_lead_extended);
  g_test_add_func ("/ui/editor/language", test_editor_language);
  g_test_add_func ("/ui/editor/undo-typing", test_editor_undo_typing);
  g_test_add_func ("/ui/editor/undo-every-step", test_editor_undo_every_step);
  g_test_add_func ("/ui/editor/underlines-follow", test_editor_underlines_follow);
  g_test_add_func ("/ui/editor/paste-numbered", test_editor_paste_numbered);
  g_test_add_func ("/ui/editor/paste-web-marks", test_editor_paste_web_marks);
  g_test_add_func ("/ui/editor/find-replace", test_editor_find_replace);
  g_test_add_func ("/ui/editor/find-draws-styles", test_editor_find_draws_styles);
  g_test_add_func ("/ui/editor/empty-document", test_editor_empty_document);
  g_test_add_func ("/ui/editor/click-selection", test_editor_click_selection);

  return g_test_run ();
}

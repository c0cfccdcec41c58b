/* test-preview.c — the live preview lays out off the main loop, follows edits, maps clicks
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <gsk/gl/gskglrenderer.h>
#include <math.h>

#include "fayan-core.h"
#include "fy-test-utils.h"
#include "fy-preferences-window.h"
#include "fy-preview.h"
#include "fy-preview-nodes.h"
#include "fy-preview-page.h"
#include "fy-ui-layout.h"
#include "fy-ui-resources.h"
#include "fy-test-window.h"

/* Generous: the suite shares two cores with other builds. */
#define LAYOUT_TIMEOUT_MS 60000

typedef struct
{
  GtkWindow  *window;
  FyPreview  *preview;
  FyDocument *document;
  guint       n_layouts;
} Fixture;

static void
layout_notified_cb (FyPreview  *preview,
                    GParamSpec *pspec,
                    Fixture    *fixture)
{
  fixture->n_layouts++;
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @n_layouts layouts have landed in all, and
 * the preview is idle. */
static void
wait_for_layouts (Fixture *fixture,
                  guint    n_layouts)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (LAYOUT_TIMEOUT_MS, timeout_cb, &timed_out);

  while (!timed_out && (fixture->n_layouts < n_layouts || fy_preview_get_busy (fixture->preview)))
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (timeout_id);
}

/* Lets a few frames pass so that sizes are allocated and pages drawn. */
static void
wait_for_frames (guint n_frames)
{
  for (guint i = 0; i < n_frames; i++)
    {
      gboolean done = FALSE;

      g_timeout_add (20, timeout_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
    }
}

static void
wait_for_drawn (FyPreviewPage *page)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (LAYOUT_TIMEOUT_MS, timeout_cb, &timed_out);

  while (!timed_out && !fy_preview_page_get_is_drawn (page))
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (timeout_id);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->document = fy_test_load_sample ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  g_object_ref_sink (fixture->window);
  gtk_window_set_default_size (fixture->window, 640, 800);

  fixture->preview = FY_PREVIEW (fy_preview_new ());
  g_object_ref_sink (fixture->preview);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->preview));
  g_signal_connect (fixture->preview, "notify::layout", G_CALLBACK (layout_notified_cb), fixture);

  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->preview);
  g_assert_finalize_object (fixture->document);
}

static char *
dup_layout_text (FyLayout *layout)
{
  GString *text = g_string_new (NULL);

  for (guint page = 0; page < fy_layout_get_n_pages (layout); page++)
    {
      for (guint line = 0; line < fy_layout_get_n_lines (layout, page); line++)
        {
          g_autofree char *line_text = fy_layout_dup_line_text (layout, page, line);

          g_string_append (text, line_text);
        }
    }

  return g_string_free (text, FALSE);
}

static guint
count_page_widgets (FyPreview *preview)
{
  GtkWidget *box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (preview), FY_TYPE_PREVIEW,
                                                              "pages_box"));
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (FY_IS_PREVIEW_PAGE (child))
        n++;
    }

  return n;
}

static FyPreviewPage *
get_page_widget (FyPreview *preview,
                 guint      index)
{
  GtkWidget *box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (preview), FY_TYPE_PREVIEW,
                                                              "pages_box"));

  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (FY_IS_PREVIEW_PAGE (child) && fy_preview_page_get_index (FY_PREVIEW_PAGE (child)) == index)
        return FY_PREVIEW_PAGE (child);
    }

  return NULL;
}

static void
test_preview_lays_out_sample (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(FyLayout) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  FyPreviewState *state;
  FyLayout *layout;
  guint n_pages;

  g_assert_null (fy_preview_get_layout (fixture->preview));

  fy_preview_set_document (fixture->preview, fixture->document);
  /* The layout runs in a worker: nothing is there before the loop runs. */
  g_assert_true (fy_preview_get_busy (fixture->preview));
  g_assert_null (fy_preview_get_layout (fixture->preview));

  wait_for_layouts (fixture, 1);
  layout = fy_preview_get_layout (fixture->preview);
  g_assert_nonnull (layout);

  /* Same pages as the engine gives on its own (what the PDF has). */
  expected = fy_ui_layout_document (fixture->document, NULL, &error);
  g_assert_no_error (error);
  n_pages = fy_layout_get_n_pages (expected);
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (fy_layout_get_n_pages (layout), ==, n_pages);

  state = fy_preview_get_state (fixture->preview);
  g_assert_cmpuint (fy_preview_state_get_n_pages (state), ==, n_pages);
  g_assert_cmpuint (count_page_widgets (fixture->preview), ==, n_pages);

  text = dup_layout_text (layout);
  g_assert_nonnull (strstr (text, "各位领导、同志们："));

  /* The first page is drawn through the renderer, in the render thread,
   * once shown. */
  wait_for_frames (3);
  wait_for_drawn (get_page_widget (fixture->preview, 0));
  g_assert_cmpuint (fy_preview_page_get_n_renders (get_page_widget (fixture->preview, 0)), ==, 1);
}

static void
test_preview_follows_changes (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *text = NULL;
  FyLayout *first;
  guint n_pages;
  gint64 changed;
  gint64 landed;

  fy_preview_set_document (fixture->preview, fixture->document);
  wait_for_layouts (fixture, 1);
  first = fy_preview_get_layout (fixture->preview);
  n_pages = fy_layout_get_n_pages (first);

  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(FyBlock) block = NULL;

      block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                      "测试新增段落：预览应当在停止输入后很快更新，页数随之增加，"
                                      "这一句只为把版面撑长而写，并无别的意思。");
      fy_document_append_block (fixture->document, block);
    }
  {
    g_autoptr(FyBlock) marker = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                         "末段标记：青山不改。");

    fy_document_append_block (fixture->document, marker);
  }
  changed = g_get_monotonic_time ();
  g_assert_true (fy_preview_get_busy (fixture->preview));
  /* The old pages stay until the new ones land. */
  g_assert_true (fy_preview_get_layout (fixture->preview) == first);

  wait_for_layouts (fixture, 2);
  landed = g_get_monotonic_time ();
  g_test_message ("new layout shown %.0f ms after the change", (landed - changed) / 1000.0);
  /* Debounce plus layout; a loaded CI machine gets slack. */
  g_assert_cmpint ((landed - changed) / 1000, <, 5000);

  g_assert_cmpuint (fy_layout_get_n_pages (fy_preview_get_layout (fixture->preview)), >, n_pages);
  g_assert_cmpuint (count_page_widgets (fixture->preview),
                    ==, fy_layout_get_n_pages (fy_preview_get_layout (fixture->preview)));
  text = dup_layout_text (fy_preview_get_layout (fixture->preview));
  g_assert_nonnull (strstr (text, "青山不改"));
}

/* A change made while the worker lays out the previous state is laid out
 * after it, however the two overlap. */
static void
test_preview_change_while_laying_out (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(FyBlock) marker = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                                       "运行中追加：水滴石穿。");
  g_autofree char *text = NULL;

  fy_preview_set_document (fixture->preview, fixture->document);
  /* The first layout runs now; this change waits for typing to stop. */
  fy_document_append_block (fixture->document, marker);
  g_assert_true (fy_preview_get_busy (fixture->preview));

  wait_for_layouts (fixture, 1);
  g_assert_false (fy_preview_get_busy (fixture->preview));
  text = dup_layout_text (fy_preview_get_layout (fixture->preview));
  g_assert_nonnull (strstr (text, "水滴石穿"));
}

static void
test_preview_coalesces_typing (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "");
  g_autoptr(GString) typed = g_string_new (NULL);
  const char *keys = "同志们好今天我们在这里召开会议";
  g_autofree char *text = NULL;
  gint64 max_gap = 0;
  guint n_before;

  fy_preview_set_document (fixture->preview, fixture->document);
  wait_for_layouts (fixture, 1);

  fy_document_append_block (fixture->document, block);

  /* Keystrokes every 20 ms: no layout may start before typing stops.
   * The main loop runs between keys, as it does for a user. */
  for (const char *p = keys; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean done = FALSE;
      gint64 before = g_get_monotonic_time ();

      g_string_append_unichar (typed, g_utf8_get_char (p));
      fy_block_set_text (block, typed->str);

      g_timeout_add (20, timeout_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);

      max_gap = MAX (max_gap, g_get_monotonic_time () - before);
    }

  /* On a machine so loaded that the 20 ms gaps stretched past the delay,
   * the user did stop typing in between; only assert what was tested. */
  g_test_message ("longest gap between keys: %" G_GINT64_FORMAT " ms", max_gap / 1000);
  if (max_gap < 80 * 1000)
    g_assert_cmpuint (fixture->n_layouts, ==, 1);
  else
    g_test_message ("gaps too long to check the delay; %u layouts during typing",
                    fixture->n_layouts - 1);
  n_before = fixture->n_layouts;
  g_assert_true (fy_preview_get_busy (fixture->preview));

  wait_for_layouts (fixture, n_before + 1);
  g_assert_cmpuint (fixture->n_layouts, ==, n_before + 1);
  text = dup_layout_text (fy_preview_get_layout (fixture->preview));
  g_assert_nonnull (strstr (text, keys));
}

typedef struct
{
  guint n_emissions;
  guint block_index;
  guint char_offset;
} Activation;

static void
position_activated_cb (FyPreview  *preview,
                       guint       block_index,
                       guint       char_offset,
                       Activation *activation)
{
  activation->n_emissions++;
  activation->block_index = block_index;
  activation->char_offset = char_offset;
}

static void
test_preview_hit_test (Fixture       *fixture,
                       gconstpointer  data)
{
  Activation activation = { 0, };
  FyLayoutRect rect;
  FyLayout *layout;
  guint block_index;
  guint page;

  fy_preview_set_document (fixture->preview, fixture->document);
  wait_for_layouts (fixture, 1);
  layout = fy_preview_get_layout (fixture->preview);
  g_signal_connect (fixture->preview, "position-activated",
                    G_CALLBACK (position_activated_cb), &activation);

  /* The last block, so that another page than the first is hit. */
  block_index = fy_document_get_n_blocks (fixture->document) - 1;
  while (fy_block_get_role (fy_document_get_block (fixture->document, block_index)) !=
         FY_BLOCK_ROLE_PARAGRAPH)
    block_index--;

  g_assert_true (fy_layout_find_position (layout, block_index, 6, &page, &rect));
  g_assert_cmpfloat (rect.width, >, 0);
  g_assert_true (fy_preview_activate_point (fixture->preview, page,
                                            rect.x + rect.width / 2, rect.y + rect.height / 2));
  g_assert_cmpuint (activation.n_emissions, ==, 1);
  g_assert_cmpuint (activation.block_index, ==, block_index);
  g_assert_cmpuint (activation.char_offset, >=, 6);
  g_assert_cmpuint (activation.char_offset, <=, 7);

  /* The top-left margin holds no text. */
  g_assert_false (fy_preview_activate_point (fixture->preview, 0, 5, 5));
  g_assert_cmpuint (activation.n_emissions, ==, 1);
  /* Nor does a page that is not there. */
  g_assert_false (fy_preview_activate_point (fixture->preview, 999, 100, 100));
  g_assert_cmpuint (activation.n_emissions, ==, 1);
}

static void
test_preview_zoom (Fixture       *fixture,
                   gconstpointer  data)
{
  FyPreviewState *state = fy_preview_get_state (fixture->preview);
  FyPreviewPage *page;
  double page_width;
  double page_height;
  guint n_zoom_notifies = 0;
  double fit_zoom;
  GtkScrolledWindow *scrolled;
  int bar;

  scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (GTK_WIDGET (fixture->preview),
                                                                 FY_TYPE_PREVIEW, "scrolled"));
  fy_preview_set_document (fixture->preview, fixture->document);
  wait_for_layouts (fixture, 1);
  wait_for_frames (3);
  fy_layout_get_page_size (fy_preview_get_layout (fixture->preview), &page_width, &page_height);

  /* Fit width by default: the page fills the 640 px window less margins
   * and the scroll bar beside it (always shown, not overlaid). */
  g_assert_cmpint (fy_preview_state_get_sizing (state), ==, FY_PREVIEW_SIZING_FIT_WIDTH);
  fit_zoom = fy_preview_state_get_zoom (state);
  bar = gtk_widget_get_width (gtk_scrolled_window_get_vscrollbar (scrolled));
  g_assert_cmpint (bar, >, 0);
  g_assert_false (gtk_scrolled_window_get_overlay_scrolling (scrolled));
  g_assert_cmpfloat (fabs (fit_zoom - floor ((640 - bar - 36) / (page_width * 96 / 72) * 100) / 100), <, 0.011);

  g_signal_connect (state, "notify::zoom", G_CALLBACK (fy_test_count_notify_cb), &n_zoom_notifies);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.zoom-set",
                                             "d", 1.5));
  g_assert_cmpint (fy_preview_state_get_sizing (state), ==, FY_PREVIEW_SIZING_FREE);
  g_assert_cmpfloat (fy_preview_state_get_zoom (state), ==, 1.5);
  g_assert_cmpuint (n_zoom_notifies, ==, 1);

  /* Setting the same zoom again is quiet. */
  fy_preview_state_set_zoom (state, 1.5);
  g_assert_cmpuint (n_zoom_notifies, ==, 1);

  wait_for_frames (3);
  page = get_page_widget (fixture->preview, 0);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), ==,
                   (int)ceil (page_width * 1.5 * 96 / 72));

  gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.zoom-in", NULL);
  g_assert_cmpfloat (fy_preview_state_get_zoom (state), ==, 1.75);
  gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.zoom-in", NULL);
  g_assert_cmpfloat (fy_preview_state_get_zoom (state), ==, 2.0);
  g_assert_false (fy_preview_state_can_zoom_in (state));
  gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.zoom-out", NULL);
  g_assert_cmpfloat (fy_preview_state_get_zoom (state), ==, 1.75);

  /* The page is render nodes in points: another zoom draws it again
   * from the same nodes, built once. */
  wait_for_frames (3);
  wait_for_drawn (page);
  {
    guint n_renders = fy_preview_page_get_n_renders (page);

    gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.zoom-set", "d", 2.0);
    wait_for_frames (3);
    wait_for_drawn (page);
    g_assert_cmpuint (fy_preview_page_get_n_renders (page), ==, n_renders);

    gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.zoom-set", "d", 1.75);
    wait_for_frames (3);
    g_assert_true (fy_preview_page_get_is_drawn (page));
    g_assert_cmpuint (fy_preview_page_get_n_renders (page), ==, n_renders);
  }

  /* Fit page: the whole page in the 800 px high window. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.zoom-fit-page", NULL);
  wait_for_frames (3);
  g_assert_cmpint (fy_preview_state_get_sizing (state), ==, FY_PREVIEW_SIZING_FIT_PAGE);
  g_assert_cmpfloat (fy_preview_state_get_zoom (state) * page_height * 96 / 72, <=, 800 - 36);
  g_assert_cmpfloat (fy_preview_state_get_zoom (state), <, fit_zoom);
}

/* Whether the line at @rect of @page lies in the visible part of the
 * preview, computed from the page widget's place, not the preview's sums:
 * below the top and above the floating page and zoom bar. */
static gboolean
line_is_visible (FyPreview     *preview,
                 GtkAdjustment *vadjustment,
                 guint          page,
                 FyLayoutRect  *rect)
{
  FyPreviewPage *page_widget = get_page_widget (preview, page);
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (page_widget));
  GtkWidget *scrolled = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (preview),
                                                                   FY_TYPE_PREVIEW, "scrolled"));
  GtkWidget *bar = gtk_widget_get_parent (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (preview),
                                                                                     FY_TYPE_PREVIEW,
                                                                                     "zoom_button")));
  double scale = fy_preview_page_get_zoom (page_widget) * FY_PREVIEW_PIXELS_PER_POINT;
  graphene_rect_t bounds;
  graphene_rect_t bar_bounds;
  double top;
  double bottom;
  double value = gtk_adjustment_get_value (vadjustment);

  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (page_widget), box, &bounds));
  g_assert_true (gtk_widget_compute_bounds (bar, scrolled, &bar_bounds));
  g_assert_cmpfloat (bar_bounds.origin.y, <, gtk_adjustment_get_page_size (vadjustment));
  top = bounds.origin.y + rect->y * scale;
  bottom = bounds.origin.y + (rect->y + rect->height) * scale;

  return top >= value && bottom <= value + bar_bounds.origin.y;
}

static void
test_preview_scroll_to_position (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkScrolledWindow *scrolled;
  GtkAdjustment *vadjustment;
  FyPreviewState *state = fy_preview_get_state (fixture->preview);
  guint last_block = fy_document_get_n_blocks (fixture->document) - 1;
  FyLayoutRect rect;
  guint page;

  scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (GTK_WIDGET (fixture->preview),
                                                                 FY_TYPE_PREVIEW, "scrolled"));
  vadjustment = gtk_scrolled_window_get_vadjustment (scrolled);

  /* Asked before any layout: remembered and applied when one lands. */
  fy_preview_set_document (fixture->preview, fixture->document);
  fy_preview_scroll_to_position (fixture->preview, last_block, 0);
  wait_for_layouts (fixture, 1);
  wait_for_frames (6);

  g_assert_true (fy_layout_find_position (fy_preview_get_layout (fixture->preview),
                                          last_block, 0, &page, &rect));
  g_assert_cmpuint (page, >, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);
  g_assert_cmpuint (fy_preview_state_get_page (state), ==, page);

  /* The position is in view: its line lies inside the visible part. */
  g_assert_true (line_is_visible (fixture->preview, vadjustment, page, &rect));

  /* Back to the title. */
  g_assert_true (fy_layout_find_position (fy_preview_get_layout (fixture->preview),
                                          0, 0, &page, &rect));
  g_assert_cmpuint (page, ==, 0);
  g_assert_false (line_is_visible (fixture->preview, vadjustment, page, &rect));
  fy_preview_scroll_to_position (fixture->preview, 0, 0);
  wait_for_frames (4);
  g_assert_true (line_is_visible (fixture->preview, vadjustment, page, &rect));
  g_assert_cmpuint (fy_preview_state_get_page (state), ==, 0);

  /* Already in view: no scrolling. */
  {
    double value = gtk_adjustment_get_value (vadjustment);

    g_assert_true (fy_layout_find_position (fy_preview_get_layout (fixture->preview),
                                            3, 2, &page, &rect));
    g_assert_true (line_is_visible (fixture->preview, vadjustment, page, &rect));
    fy_preview_scroll_to_position (fixture->preview, 3, 2);
    wait_for_frames (4);
    g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, value);
  }
}

/* A jump far down (the cursor after pastes, a heading in the outline)
 * draws the page it lands on: pages away from the view are left undrawn
 * until scrolled to, and the jump's own pages must count as in view,
 * although the scroll value changes before the content is allocated. */
static void
test_preview_far_jump_draws (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("远跳测试\n");
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GtkScrolledWindow *scrolled;
  GtkAdjustment *vadjustment;
  FyPreviewPage *target;
  FyLayoutRect rect;
  guint last_block;
  guint page;

  for (guint i = 0; i < 150; i++)
    g_string_append_printf (text, "第%u段。这一段用来把文档撑到几十页，好让预览从第一页一下子跳到末尾，"
                            "看看落脚的那一页是不是马上画出来，而不是一片空白，要等再滚动一下才出现。\n", i + 1);
  document = fy_import_plain_text (text->str, -1, &error);
  g_assert_no_error (error);
  last_block = fy_document_get_n_blocks (document) - 1;

  scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (GTK_WIDGET (fixture->preview),
                                                                 FY_TYPE_PREVIEW, "scrolled"));
  vadjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  fy_preview_set_document (fixture->preview, document);
  wait_for_layouts (fixture, 1);
  wait_for_frames (6);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);

  g_assert_true (fy_layout_find_position (fy_preview_get_layout (fixture->preview),
                                          last_block, 0, &page, &rect));
  g_assert_cmpuint (page, >=, 10);
  target = get_page_widget (fixture->preview, page);
  g_assert_false (fy_preview_page_get_is_drawn (target));

  fy_preview_scroll_to_position (fixture->preview, last_block, 0);
  wait_for_frames (6);
  g_assert_true (line_is_visible (fixture->preview, vadjustment, page, &rect));
  /* without the fix it stayed white until the next scroll */
  wait_for_drawn (target);
  fy_test_screenshot ("preview-far-jump");
  g_assert_true (fy_preview_page_get_is_drawn (target));
}

static gboolean
has_substitution_for (FyLayout   *layout,
                      const char *wanted)
{
  const FyLayoutWarning *warnings;
  guint n_warnings = 0;

  warnings = fy_layout_get_warnings (layout, &n_warnings);
  for (guint i = 0; i < n_warnings; i++)
    {
      if (warnings[i].kind == FY_LAYOUT_WARNING_FONT_SUBSTITUTION &&
          strstr (warnings[i].message, wanted) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_preview_font_override (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (FY_SETTINGS_SCHEMA_ID);

  g_settings_reset (settings, "font-overrides");
  fy_preview_set_document (fixture->preview, fixture->document);
  wait_for_layouts (fixture, 1);

  /* Stock Debian has no 仿宋_GB2312: the body face is a substitute. */
  g_assert_true (has_substitution_for (fy_preview_get_layout (fixture->preview), "仿宋_GB2312"));

  /* Choosing the body face in the preferences lays the speech out again
   * with it, as the user's choice (no substitution reported). */
  g_settings_set_value (settings, "font-overrides",
                        g_variant_new_parsed ("{'fangsong': 'LXGW WenKai'}"));
  wait_for_layouts (fixture, 2);
  g_assert_false (has_substitution_for (fy_preview_get_layout (fixture->preview), "仿宋_GB2312"));
  g_assert_true (has_substitution_for (fy_preview_get_layout (fixture->preview), "楷体_GB2312"));

  g_settings_reset (settings, "font-overrides");
  wait_for_layouts (fixture, 3);
  g_assert_true (has_substitution_for (fy_preview_get_layout (fixture->preview), "仿宋_GB2312"));
}

static gboolean
no_jobs_in_flight (gpointer data)
{
  return fy_preview_get_n_jobs_in_flight () == 0;
}

/* The window goes while the worker lays out: nothing but the window held
 * the preview, so it is freed at once (a job that kept it would free it
 * only when its result came, or never if that got lost), and the late
 * result is dropped without a critical (they are fatal here). */
static void
test_preview_dispose_while_busy (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *preview = fy_preview_new ();

  g_assert_true (fy_test_wait_for (no_jobs_in_flight, NULL, 60));
  gtk_window_set_child (GTK_WINDOW (window), preview);
  gtk_window_present (GTK_WINDOW (window));
  g_object_add_weak_pointer (G_OBJECT (preview), (gpointer *)&preview);

  fy_preview_set_document (FY_PREVIEW (preview), document);
  g_assert_true (fy_preview_get_busy (FY_PREVIEW (preview)));
  g_assert_cmpuint (fy_preview_get_n_jobs_in_flight (), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_null (preview);

  /* The sample's layout takes well under a second, several under ASan;
   * the generous wait only bounds a hang. */
  g_assert_true (fy_test_wait_for (no_jobs_in_flight, NULL, 60));
}

static void
test_preview_state_quiet (void)
{
  g_autoptr(FyPreviewState) state = fy_preview_state_new ();
  guint n_notifies = 0;

  g_signal_connect (state, "notify", G_CALLBACK (fy_test_count_notify_cb), &n_notifies);

  fy_preview_state_set_sizing (state, FY_PREVIEW_SIZING_FIT_WIDTH);
  fy_preview_state_set_zoom (state, 1.0);
  fy_preview_state_set_page (state, 0);
  fy_preview_state_set_n_pages (state, 0);
  g_assert_cmpuint (n_notifies, ==, 0);

  fy_preview_state_set_n_pages (state, 3);
  fy_preview_state_set_page (state, 2);
  g_assert_cmpuint (n_notifies, ==, 2);

  /* Fewer pages pull the current page back in range. */
  fy_preview_state_set_n_pages (state, 2);
  g_assert_cmpuint (fy_preview_state_get_page (state), ==, 1);
  g_assert_cmpuint (n_notifies, ==, 4);

  fy_preview_state_set_zoom (state, 10);
  g_assert_cmpfloat (fy_preview_state_get_zoom (state), ==, FY_PREVIEW_MAX_ZOOM);
  fy_preview_state_zoom_out (state);
  g_assert_cmpfloat (fy_preview_state_get_zoom (state), ==, 1.75);
  g_assert_cmpint (fy_preview_state_get_sizing (state), ==, FY_PREVIEW_SIZING_FREE);

  fy_preview_state_set_zoom (state, 0.3);
  g_assert_false (fy_preview_state_can_zoom_out (state));
  g_assert_true (fy_preview_state_can_zoom_in (state));
  fy_preview_state_zoom_in (state);
  g_assert_cmpfloat (fy_preview_state_get_zoom (state), ==, 0.5);

  g_assert_finalize_object (g_steal_pointer (&state));
}

/* A page an edit left alone keeps its picture; the page it changed is
 * drawn again. */
static void
test_preview_keeps_unchanged_pages (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(FyBlock) tail = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "末页追加：行稳致远。");
  g_autoptr(FyBlock) head = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "首页插入：久久为功。");
  FyPreviewPage *first;
  FyLayout *layout;
  g_autofree char *text = NULL;

  fy_preview_set_document (fixture->preview, fixture->document);
  wait_for_layouts (fixture, 1);
  g_assert_cmpuint (fy_layout_get_n_pages (fy_preview_get_layout (fixture->preview)), >=, 2);
  wait_for_frames (3);
  first = get_page_widget (fixture->preview, 0);
  wait_for_drawn (first);
  g_assert_cmpuint (fy_preview_page_get_n_renders (first), ==, 1);

  /* At the end: the first page is as it was. */
  layout = fy_preview_get_layout (fixture->preview);
  fy_document_append_block (fixture->document, tail);
  wait_for_layouts (fixture, 2);
  g_assert_true (fy_preview_get_layout (fixture->preview) != layout);
  text = dup_layout_text (fy_preview_get_layout (fixture->preview));
  g_assert_nonnull (strstr (text, "行稳致远"));
  wait_for_frames (3);
  g_assert_true (fy_preview_page_get_is_drawn (first));
  g_assert_cmpuint (fy_preview_page_get_n_renders (first), ==, 1);

  /* At the start: the first page changes and is drawn again. */
  fy_document_insert_block (fixture->document, 2, head);
  wait_for_layouts (fixture, 3);
  wait_for_frames (3);
  wait_for_drawn (first);
  g_assert_cmpuint (fy_preview_page_get_n_renders (first), ==, 2);
}

/* While keys arrive a page keeps the picture it shows; the newer one,
 * drawn meanwhile, is shown when the hold ends. */
static void
test_preview_page_held (void)
{
  g_autoptr(FyDocument) document = fy_test_load_sample ();
  g_autoptr(FyBlock) head = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, "首页插入：久久为功。");
  g_autoptr(FyLayout) before = NULL;
  g_autoptr(FyLayout) after = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  FyPreviewPage *page = FY_PREVIEW_PAGE (fy_preview_page_new ());
  gboolean timed_out = FALSE;
  guint timeout_id;

  before = fy_ui_layout_document (document, NULL, &error);
  g_assert_no_error (error);
  fy_document_insert_block (document, 2, head);
  after = fy_ui_layout_document (document, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (fy_layout_page_equal (before, 0, after, 0));

  g_object_ref_sink (window);
  gtk_window_set_default_size (window, 640, 800);
  gtk_window_set_child (window, GTK_WIDGET (page));
  g_object_ref (page);
  fy_preview_page_set_layout (page, before, 0);
  gtk_window_present (window);
  wait_for_frames (3);
  wait_for_drawn (page);
  g_assert_cmpuint (fy_preview_page_get_n_renders (page), ==, 1);

  /* Held: the new page is drawn, but not shown. */
  fy_preview_page_set_held (page, TRUE);
  fy_preview_page_set_layout (page, after, 0);
  timeout_id = g_timeout_add (LAYOUT_TIMEOUT_MS, timeout_cb, &timed_out);
  while (!timed_out && fy_preview_page_get_n_renders (page) < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout_id);
  wait_for_frames (3);
  g_assert_false (fy_preview_page_get_is_drawn (page));

  /* Released: shown, without drawing it again. */
  fy_preview_page_set_held (page, FALSE);
  wait_for_frames (3);
  wait_for_drawn (page);
  g_assert_cmpuint (fy_preview_page_get_n_renders (page), ==, 2);

  gtk_window_destroy (window);
  g_assert_finalize_object (window);
  g_assert_finalize_object (page);
}

typedef struct
{
  GArray *boxes;  /* of double quadruples: x, baseline, width, size */
} Boxes;

static void
collect_boxes_cb (const FyRendererRun *run,
                  gpointer             user_data)
{
  Boxes *boxes = user_data;

  for (guint b = 0; b < run->n_boxes; b++)
    {
      double box[4] = { run->x + run->boxes[2 * b], run->y, run->boxes[2 * b + 1], run->size };

      g_array_append_vals (boxes->boxes, box, 4);
    }
}

/* The most ink (alpha) of @pixels within a pixel of (@x, @y). */
static int
ink_near (const guchar *pixels,
          int           width,
          int           height,
          double        x,
          double        y)
{
  int ink = 0;

  for (int dy = -1; dy <= 1; dy++)
    for (int dx = -1; dx <= 1; dx++)
      {
        int px = (int) x + dx, py = (int) y + dy;

        if (px >= 0 && py >= 0 && px < width && py < height)
          ink = MAX (ink, pixels[((gsize) py * width + px) * 4 + 3]);
      }
  return ink;
}

/* The empty boxes the preview draws for characters no font has keep all
 * four sides under GSK's GL renderer at the preview's zooms: drawn as
 * border nodes, their 0.5 pt sides (0.41 px at 61 %) were not
 * antialiased and vanished by pixel phase, as the table rules did
 * (f2921da).  The GL renderer is asked for by name; where there is no
 * OpenGL at all the test is skipped. */
static void
test_preview_missing_boxes_gl (void)
{
  g_autoptr(FyDocument) document = fy_document_new ();
  g_autoptr(FyBlock) paragraph =
    fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                            "古籍里的𠀀字和𱍐字，正文字体都没有，预览要画出四边完整的空框𠀀𱍐𠀀𱍐𠀀𱍐𠀀𱍐。");
  g_autoptr(FyLayout) layout = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskRenderer) renderer = gsk_gl_renderer_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  Boxes boxes = { g_array_new (FALSE, FALSE, sizeof (double)) };
  const double scales[] = { 0.61 * FY_PREVIEW_PIXELS_PER_POINT, 0.5, 0.75 };
  double page_width, page_height;

  fy_document_append_block (document, paragraph);
  layout = fy_test_typeset (document, "gbt9704", NULL);
  fy_layout_get_page_size (layout, &page_width, &page_height);
  fy_renderer_foreach (layout, 0, collect_boxes_cb, NULL, &boxes);
  g_assert_cmpuint (boxes.boxes->len / 4, >=, 10);
  node = fy_preview_nodes_for_page (layout, 0);
  g_assert_nonnull (node);

  gtk_window_present (GTK_WINDOW (window));
  fy_test_iterate ();
  if (!gsk_renderer_realize (renderer, gtk_native_get_surface (GTK_NATIVE (window)), &error))
    {
      g_test_skip_printf ("no GL renderer: %s", error->message);
      gtk_window_destroy (GTK_WINDOW (window));
      g_array_unref (boxes.boxes);
      return;
    }

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      double scale = scales[s];
      g_autoptr(GskRenderNode) scaled = gsk_transform_node_new (node, gsk_transform_scale (NULL, scale, scale));
      int width = (int) ceil (page_width * scale);
      int height = (int) ceil (page_height * scale);
      g_autoptr(GdkTexture) texture =
        gsk_renderer_render_texture (renderer, scaled, &GRAPHENE_RECT_INIT (0, 0, width, height));
      g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);

      gdk_texture_download (texture, pixels, (gsize) width * 4);
      for (guint b = 0; b + 3 < boxes.boxes->len; b += 4)
        {
          double x = g_array_index (boxes.boxes, double, b);
          double baseline = g_array_index (boxes.boxes, double, b + 1);
          double w = g_array_index (boxes.boxes, double, b + 2);
          double size = g_array_index (boxes.boxes, double, b + 3);
          double left = x + 0.1 * w, right = x + 0.9 * w;
          double top = baseline - 0.8 * size, bottom = baseline + 0.1 * size;
          double sides[4][2] = {
            { left, (top + bottom) / 2 }, { right, (top + bottom) / 2 },
            { (left + right) / 2, top }, { (left + right) / 2, bottom },
          };

          for (guint k = 0; k < 4; k++)
            if (ink_near (pixels, width, height, sides[k][0] * scale, sides[k][1] * scale) < 32)
              g_error ("Box %u at (%g, %g) lost side %u at scale %g", b / 4, x, baseline, k, scale);
        }
    }

  gsk_renderer_unrealize (renderer);
  gtk_window_destroy (GTK_WINDOW (window));
  g_array_unref (boxes.boxes);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  fy_test_move_pointer_aside ();
  adw_init ();
  fy_core_init ();
  fy_ui_register_resource ();

  g_test_add_func ("/ui/preview/state-quiet", test_preview_state_quiet);
  g_test_add_func ("/ui/preview/dispose-while-busy", test_preview_dispose_while_busy);
  g_test_add_func ("/ui/preview/page-held", test_preview_page_held);
  g_test_add_func ("/ui/preview/missing-boxes-gl", test_preview_missing_boxes_gl);
  g_test_add ("/ui/preview/lays-out-sample", Fixture, NULL,
              fixture_set_up, test_preview_lays_out_sample, fixture_tear_down);
  g_test_add ("/ui/preview/keeps-unchanged-pages", Fixture, NULL,
              fixture_set_up, test_preview_keeps_unchanged_pages, fixture_tear_down);
  g_test_add ("/ui/preview/follows-changes", Fixture, NULL,
              fixture_set_up, test_preview_follows_changes, fixture_tear_down);
  g_test_add ("/ui/preview/change-while-laying-out", Fixture, NULL,
              fixture_set_up, test_preview_change_while_laying_out, fixture_tear_down);
  g_test_add ("/ui/preview/coalesces-typing", Fixture, NULL,
              fixture_set_up, test_preview_coalesces_typing, fixture_tear_down);
  g_test_add ("/ui/preview/hit-test", Fixture, NULL,
              fixture_set_up, test_preview_hit_test, fixture_tear_down);
  g_test_add ("/ui/preview/zoom", Fixture, NULL,
              fixture_set_up, test_preview_zoom, fixture_tear_down);
  g_test_add ("/ui/preview/far-jump-draws", Fixture, NULL,
              fixture_set_up, test_preview_far_jump_draws, fixture_tear_down);
  g_test_add ("/ui/preview/scroll-to-position", Fixture, NULL,
              fixture_set_up, test_preview_scroll_to_position, fixture_tear_down);
  g_test_add ("/ui/preview/font-override", Fixture, NULL,
              fixture_set_up, test_preview_font_override, fixture_tear_down);

  return g_test_run ();
}

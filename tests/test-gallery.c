/* test-gallery.c — the template gallery lists templates, draws thumbnails, fills fields
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "fayan-core.h"
#include "fy-template-gallery.h"
#include "fy-template-library.h"
#include "fy-test-window.h"
#include "fy-ui-resources.h"

#define THUMBNAIL_TIMEOUT_MS 30000

typedef struct
{
  char              *user_folder;
  FyTemplateLibrary *library;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;

  /* An empty personal folder: only the built-in templates. */
  fixture->user_folder = g_dir_make_tmp ("fayan-gallery-XXXXXX", &error);
  g_assert_no_error (error);
  folder = g_file_new_for_path (fixture->user_folder);
  fixture->library = fy_template_library_new (folder, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->library);
  g_assert_cmpint (g_rmdir (fixture->user_folder), ==, 0);
  g_free (fixture->user_folder);
}

static guint
count_cards (FyTemplateGallery *gallery)
{
  GtkWidget *flow_box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (gallery),
                                                                   FY_TYPE_TEMPLATE_GALLERY,
                                                                   "flow_box"));
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (flow_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return fy_date_format (now);
}

/* Waits for the thumbnail of template @id, drawn in a worker thread, and
 * checks that it is an A4 page with text on it. */
static void
assert_thumbnail_drawn (FyTemplateGallery *gallery,
                        const char        *id)
{
  GListModel *templates = fy_template_gallery_get_templates (gallery);
  guint position = fy_test_find_template (templates, id);
  GdkTexture *thumbnail = NULL;
  gboolean timed_out = FALSE;
  guint timeout_id;
  g_autofree guchar *pixels = NULL;
  gsize n_dark = 0;
  int width;
  int height;

  g_assert_cmpuint (position, <, g_list_model_get_n_items (templates));
  timeout_id = g_timeout_add (THUMBNAIL_TIMEOUT_MS, timeout_cb, &timed_out);
  while (!timed_out && (thumbnail = fy_template_gallery_get_thumbnail (gallery, position)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout_id);

  width = gdk_texture_get_width (thumbnail);
  height = gdk_texture_get_height (thumbnail);
  g_assert_cmpint (width, ==, 150 * gtk_widget_get_scale_factor (GTK_WIDGET (gallery)));
  /* A4 proportions */
  g_assert_cmpfloat ((double)height / width, >, 1.40);
  g_assert_cmpfloat ((double)height / width, <, 1.43);

  /* Text was drawn: a page has dark pixels, not only white. */
  pixels = g_malloc ((gsize)width * height * 4);
  gdk_texture_download (thumbnail, pixels, (gsize)width * 4);
  for (gsize i = 0; i < (gsize)width * height; i++)
    {
      if (pixels[i * 4] < 160 && pixels[i * 4 + 1] < 160 && pixels[i * 4 + 2] < 160)
        n_dark++;
    }
  g_test_message ("%s: %" G_GSIZE_FORMAT " dark pixels in a %d × %d thumbnail",
                  id, n_dark, width, height);
  g_assert_cmpuint (n_dark, >, 200);
}

/* The built-in templates, each on a card with its first page: a speech,
 * the documents of a 人大 office (审议意见, 调研报告, 视察报告) and a
 * 通知. */
static void
test_gallery_lists_builtins (Fixture       *fixture,
                             gconstpointer  data)
{
  FyTemplateGallery *gallery;
  GListModel *templates;

  gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new (NULL, G_LIST_MODEL (fixture->library)));
  g_object_ref_sink (gallery);
  templates = fy_template_gallery_get_templates (gallery);
  g_assert_true (templates == G_LIST_MODEL (fixture->library));
  g_assert_cmpuint (g_list_model_get_n_items (templates), >=, 12);
  g_assert_cmpuint (count_cards (gallery), ==, g_list_model_get_n_items (templates));

  gtk_window_present (GTK_WINDOW (gallery));
  assert_thumbnail_drawn (gallery, "exchange-speech");
  assert_thumbnail_drawn (gallery, "deliberation-opinions");
  assert_thumbnail_drawn (gallery, "research-report");
  assert_thumbnail_drawn (gallery, "notice");
  assert_thumbnail_drawn (gallery, "inspection-report");

  gtk_window_destroy (GTK_WINDOW (gallery));
  g_assert_finalize_object (gallery);
}

static void
test_gallery_instantiates (Fixture       *fixture,
                           gconstpointer  data)
{
  FyTemplateGallery *gallery;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = dup_today ();
  g_autofree char *text = NULL;
  GtkWidget *row;

  gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new (NULL, G_LIST_MODEL (fixture->library)));
  g_object_ref_sink (gallery);

  /* Nothing chosen yet */
  document = fy_template_gallery_create_document (gallery, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_NOT_FOUND);
  g_assert_null (document);
  g_clear_error (&error);

  fy_template_gallery_select (gallery, fy_test_find_template (G_LIST_MODEL (fixture->library),
                                                              "exchange-speech"));

  /* Defaults: the time limit's default and today's date. */
  row = fy_test_find_named (GTK_WIDGET (gallery), "发言时限（分钟）");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "8");
  row = fy_test_find_named (GTK_WIDGET (gallery), "日期");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, today);

  /* Required fields left empty are refused and marked. */
  document = fy_template_gallery_create_document (gallery, &error);
  g_assert_error (error, FY_ERROR, FY_ERROR_FIELD);
  g_assert_nonnull (strstr (error->message, "会议名称"));
  g_assert_nonnull (strstr (error->message, "发言人"));
  g_assert_null (document);
  g_clear_error (&error);
  row = fy_test_find_named (GTK_WIDGET (gallery), "会议名称");
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  /* The mark goes as soon as the field is filled, not at the next try;
   * blanks do not fill it. */
  gtk_editable_set_text (GTK_EDITABLE (row), "  ");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_true (fy_template_gallery_set_field (gallery, "会议名称", "全县基层治理工作推进会"));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_true (gtk_widget_has_css_class (fy_test_find_named (GTK_WIDGET (gallery), "发言人"), "error"));
  g_assert_true (fy_template_gallery_set_field (gallery, "发言人", "林晓岚"));
  g_assert_true (fy_template_gallery_set_field (gallery, "发言单位", "城关镇人民政府"));
  g_assert_false (fy_template_gallery_set_field (gallery, "没有这个字段", "x"));

  document = fy_template_gallery_create_document (gallery, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_false (gtk_widget_has_css_class (row, "error"));

  g_assert_cmpstr (fy_document_get_field_value (document, "会议名称"), ==, "全县基层治理工作推进会");
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, "林晓岚");
  g_assert_cmpstr (fy_document_get_field_value (document, "日期"), ==, today);
  g_assert_cmpstr (fy_document_get_template_id (document), ==, "exchange-speech");
  g_assert_cmpuint (fy_document_get_n_blocks (document), >, 3);

  /* The text refers to the fields; their values fill it. */
  text = fy_export_plain_text (document);
  g_assert_nonnull (strstr (text, "全县基层治理工作推进会"));

  gtk_window_destroy (GTK_WINDOW (gallery));
  g_assert_finalize_object (gallery);
}

static void
document_created_cb (FyTemplateGallery  *gallery,
                     FyDocument         *document,
                     FyDocument        **out)
{
  g_assert_null (*out);
  *out = g_object_ref (document);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *)data != NULL;
}

static void
test_gallery_create_action (Fixture       *fixture,
                            gconstpointer  data)
{
  FyTemplateGallery *gallery;
  g_autoptr(FyDocument) created = NULL;
  AdwMessageDialog *dialog;

  gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new (NULL, G_LIST_MODEL (fixture->library)));
  g_object_ref_sink (gallery);
  g_signal_connect (gallery, "document-created", G_CALLBACK (document_created_cb), &created);
  gtk_window_present (GTK_WINDOW (gallery));

  /* Create is only offered on a template's form. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (gallery), "gallery.create", NULL) &&
                  created != NULL);
  g_assert_null (created);

  fy_template_gallery_select (gallery, fy_test_find_template (G_LIST_MODEL (fixture->library),
                                                              "commitment-speech"));
  fy_template_gallery_set_field (gallery, "会议名称", "全市安全生产工作会议");
  fy_template_gallery_set_field (gallery, "发言人", "王立新");
  /* Back asks before it drops what was typed; Keep Editing keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gallery), "gallery.back", NULL));
  dialog = fy_test_wait_for_message (GTK_WINDOW (gallery));
  g_assert_nonnull (dialog);
  fy_test_respond (dialog, "cancel");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fy_test_find_named (GTK_WIDGET (gallery),
                                                                             "发言人"))), ==, "王立新");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (gallery), "gallery.back", NULL));
  dialog = fy_test_wait_for_message (GTK_WINDOW (gallery));
  g_assert_nonnull (dialog);
  fy_test_respond (dialog, "discard");
  fy_template_gallery_select (gallery, fy_test_find_template (G_LIST_MODEL (fixture->library),
                                                              "commitment-speech"));
  /* Back discards the form. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fy_test_find_named (GTK_WIDGET (gallery),
                                                                             "发言人"))), ==, "");
  fy_template_gallery_set_field (gallery, "会议名称", "全市安全生产工作会议");
  fy_template_gallery_set_field (gallery, "发言人", "王立新");

  /* Enter in a field is Create, as in any form.  A button activated
   * from the keyboard clicks GTK's ACTIVATE_TIMEOUT (250 ms) later, after
   * showing itself pressed: wait for the speech, do not expect it at once. */
  g_assert_true (fy_test_press_key (fy_test_find_descendant (fy_test_find_named (GTK_WIDGET (gallery),
                                                                                "发言人"),
                                                             GTK_TYPE_TEXT),
                                    GDK_KEY_Return, 0));
  g_assert_true (fy_test_wait_for (is_set, &created, 5));
  g_assert_cmpstr (fy_document_get_field_value (created, "发言人"), ==, "王立新");
  g_assert_cmpstr (fy_document_get_template_id (created), ==, "commitment-speech");
  /* The gallery closed itself. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gallery)));

  g_assert_finalize_object (gallery);
}

/* Escape (and the close button) ask before typed fields are lost; an
 * untouched form, or the grid, closes at once. */
static void
test_gallery_close_asks (Fixture       *fixture,
                         gconstpointer  data)
{
  FyTemplateGallery *gallery;
  AdwMessageDialog *dialog;

  gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new (NULL, G_LIST_MODEL (fixture->library)));
  g_object_ref_sink (gallery);
  gtk_window_present (GTK_WINDOW (gallery));
  fy_template_gallery_select (gallery, fy_test_find_template (G_LIST_MODEL (fixture->library),
                                                              "commitment-speech"));
  fy_template_gallery_set_field (gallery, "发言人", "王立新");

  /* A field's help is shown under it, not in a tooltip. */
  {
    GtkWidget *row = fy_test_find_named (GTK_WIDGET (gallery), "发言单位");

    g_assert_null (gtk_widget_get_tooltip_text (row));
    g_assert_nonnull (fy_test_find_named (GTK_WIDGET (gallery), "发言单位-hint"));
  }

  /* What the Escape binding does. */
  gtk_window_close (GTK_WINDOW (gallery));
  dialog = fy_test_wait_for_message (GTK_WINDOW (gallery));
  g_assert_nonnull (dialog);
  fy_test_screenshot ("window-gallery-escape-asks");
  /* Answered by its buttons as a user does; only GTK holds the gallery
   * when Discard closes it from inside the click. */
  fy_test_click_button (GTK_WIDGET (dialog), "_Keep Editing");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gallery)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fy_test_find_named (GTK_WIDGET (gallery),
                                                                             "发言人"))), ==, "王立新");

  gtk_window_close (GTK_WINDOW (gallery));
  dialog = fy_test_wait_for_message (GTK_WINDOW (gallery));
  g_assert_nonnull (dialog);
  fy_test_click_closing (dialog, "_Discard", gallery);

  /* Untouched: no question. */
  gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new (NULL, G_LIST_MODEL (fixture->library)));
  g_object_ref_sink (gallery);
  gtk_window_present (GTK_WINDOW (gallery));
  fy_template_gallery_select (gallery, fy_test_find_template (G_LIST_MODEL (fixture->library),
                                                              "commitment-speech"));
  gtk_window_close (GTK_WINDOW (gallery));
  fy_test_iterate ();
  g_assert_null (fy_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (gallery)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gallery)));
  g_assert_finalize_object (gallery);
}

/* The entry row @widget is in, or NULL. */
static GtkWidget *
entry_row_of (GtkWidget *widget)
{
  while (widget != NULL && !ADW_IS_ENTRY_ROW (widget))
    widget = gtk_widget_get_parent (widget);
  return widget;
}

/* Tab in the form goes from field to field (session 26's new user: it
 * left the list from the first field), Shift+Tab back; from the last
 * field GTK's Tab goes on out of the list. */
static void
test_gallery_tab_next_field (Fixture       *fixture,
                             gconstpointer  data)
{
  FyTemplateGallery *gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new (NULL, G_LIST_MODEL (fixture->library)));
  static const char * const order[] = { "会议名称", "发言单位", "职务" };
  GtkWidget *focus;

  g_object_ref_sink (gallery);
  gtk_window_present (GTK_WINDOW (gallery));
  fy_template_gallery_select (gallery, fy_test_find_template (G_LIST_MODEL (fixture->library),
                                                              "exchange-speech"));
  fy_test_iterate ();
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      focus = gtk_root_get_focus (GTK_ROOT (gallery));
      g_assert_true (entry_row_of (focus) == fy_test_find_named (GTK_WIDGET (gallery), order[i]));
      if (i + 1 < G_N_ELEMENTS (order))
        g_assert_true (fy_test_press_key (focus, GDK_KEY_Tab, 0));
    }
  g_assert_true (fy_test_press_key (focus, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  focus = gtk_root_get_focus (GTK_ROOT (gallery));
  g_assert_true (entry_row_of (focus) == fy_test_find_named (GTK_WIDGET (gallery), "发言单位"));

  gtk_window_destroy (GTK_WINDOW (gallery));
  g_assert_finalize_object (gallery);
}

static void
test_gallery_from_earlier (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(FyDocument) earlier = NULL;
  g_autoptr(FyDocument) document = NULL;
  g_autoptr(FyDocument) orphan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = dup_today ();
  FyTemplate *template_;
  FyTemplateGallery *gallery;
  GtkWidget *row;

  template_ = fy_template_library_lookup (fixture->library, "exchange-speech");
  g_assert_nonnull (template_);
  g_hash_table_insert (values, (gpointer)"会议名称", (gpointer)"上半年工作交流会");
  g_hash_table_insert (values, (gpointer)"发言人", (gpointer)"陈静");
  g_hash_table_insert (values, (gpointer)"日期", (gpointer)"2025年6月30日");
  earlier = fy_template_instantiate (template_, values, &error);
  g_assert_no_error (error);

  gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new_from_earlier (NULL,
                                                                       G_LIST_MODEL (fixture->library),
                                                                       earlier));
  g_assert_nonnull (gallery);
  g_object_ref_sink (gallery);

  /* The earlier values, but today's date. */
  row = fy_test_find_named (GTK_WIDGET (gallery), "发言人");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "陈静");
  row = fy_test_find_named (GTK_WIDGET (gallery), "日期");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, today);

  fy_template_gallery_set_field (gallery, "会议名称", "下半年工作交流会");
  document = fy_template_gallery_create_document (gallery, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_field_value (document, "会议名称"), ==, "下半年工作交流会");
  g_assert_cmpstr (fy_document_get_field_value (document, "发言人"), ==, "陈静");
  g_assert_cmpstr (fy_document_get_field_value (document, "日期"), ==, today);
  g_assert_cmpuint (fy_document_get_n_blocks (document), ==, fy_document_get_n_blocks (earlier));

  gtk_window_destroy (GTK_WINDOW (gallery));
  g_assert_finalize_object (gallery);

  /* A document whose template is unknown: no form to show. */
  orphan = fy_document_copy (earlier);
  fy_document_set_template_id (orphan, "not-in-the-library");
  g_assert_null (fy_template_gallery_new_from_earlier (NULL, G_LIST_MODEL (fixture->library), orphan));
}

static gboolean
popover_shown (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* Whether @card would show a tooltip with the pointer at the middle of
 * @at, a widget inside it. */
static gboolean
asks_tooltip_over (GtkWidget *card,
                   GtkWidget *at)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (at) / 2.0, gtk_widget_get_height (at) / 2.0);
  graphene_point_t point;
  gboolean shown = FALSE;

  g_assert_true (gtk_widget_compute_point (at, card, &middle, &point));
  g_signal_emit_by_name (card, "query-tooltip", (int) point.x, (int) point.y, FALSE, tooltip, &shown);
  return shown;
}

/* A personal template's card describes it in a tooltip; with the card's
 * ⋮ menu open, the description no longer covers the menu (session 22's
 * help notes: it hid 重命名 and 复制). */
static void
test_gallery_menu_over_description (Fixture       *fixture,
                                    gconstpointer  data)
{
  FyTemplate *original = fy_template_library_lookup (fixture->library, "notice");
  g_autoptr(FyTemplate) mine = fy_template_copy (original);
  g_autofree char *id = fy_template_generate_id ();
  g_autoptr(GError) error = NULL;
  FyTemplateGallery *gallery;
  GtkWidget *flow_box, *button, *card;
  GtkPopover *popover;

  fy_template_set_id (mine, id);
  fy_template_set_name (mine, "我的通知");
  g_assert_nonnull (fy_template_library_add_user_template (fixture->library, mine, &error));
  g_assert_no_error (error);

  gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new (NULL, G_LIST_MODEL (fixture->library)));
  g_object_ref_sink (gallery);
  gtk_window_present (GTK_WINDOW (gallery));
  fy_test_iterate ();

  /* the only ⋮ is on the personal template's card */
  flow_box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (gallery), FY_TYPE_TEMPLATE_GALLERY, "flow_box"));
  button = fy_test_find_descendant (flow_box, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  card = gtk_widget_get_parent (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (card), ==, fy_template_get_description (original));
  g_assert_true (asks_tooltip_over (card, button));

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_true (fy_test_wait_for (popover_shown, popover, 5));
  g_assert_false (asks_tooltip_over (card, button));

  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  fy_test_iterate ();
  g_assert_true (asks_tooltip_over (card, button));

  gtk_window_destroy (GTK_WINDOW (gallery));
  g_assert_finalize_object (gallery);
  g_assert_true (fy_template_library_delete (fixture->library, fy_template_library_lookup (fixture->library, id),
                                             &error));
  g_assert_no_error (error);
}

/* Every built-in template's field help shows under its field as the form
 * opens: the 审议意见's 报告事项 says that its title adds 情况报告 (session
 * 23's new user typed "……执行情况" and printed "执行情况情况报告"). */
static void
test_gallery_field_hints (Fixture       *fixture,
                          gconstpointer  data)
{
  FyTemplateGallery *gallery;
  GListModel *templates = G_LIST_MODEL (fixture->library);

  gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new (NULL, templates));
  g_object_ref_sink (gallery);
  gtk_window_present (GTK_WINDOW (gallery));

  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (templates, i);

      fy_template_gallery_select (gallery, i);
      fy_test_iterate ();
      for (guint f = 0; f < fy_template_get_n_fields (template_); f++)
        {
          const FyFieldDef *def = fy_template_get_field (template_, f);
          g_autofree char *name = g_strconcat (def->id, "-hint", NULL);
          GtkWidget *hint;

          g_test_message ("%s: %s", fy_template_get_name (template_), def->id);
          g_assert_nonnull (def->help);
          hint = fy_test_find_named (GTK_WIDGET (gallery), name);
          g_assert_nonnull (hint);
          g_assert_true (gtk_widget_get_visible (hint));
          g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (hint)))),
                           ==, def->help);
        }
      if (g_strcmp0 (fy_template_get_id (template_), "deliberation-opinions") == 0)
        {
          GtkWidget *hint = fy_test_find_named (GTK_WIDGET (gallery), "报告事项-hint");
          const char *text = gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (hint))));

          g_assert_true (gtk_widget_get_mapped (hint));
          g_assert_nonnull (strstr (text, "情况报告"));
          fy_test_screenshot ("window-gallery-field-hints");
        }
    }

  gtk_window_destroy (GTK_WINDOW (gallery));
  g_assert_finalize_object (gallery);
}

static void
test_gallery_empty (void)
{
  g_autoptr(GListStore) store = g_list_store_new (FY_TYPE_TEMPLATE);
  FyTemplateGallery *gallery;
  GtkWidget *empty_page;

  gallery = FY_TEMPLATE_GALLERY (fy_template_gallery_new (NULL, G_LIST_MODEL (store)));
  g_object_ref_sink (gallery);
  empty_page = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (gallery),
                                                          FY_TYPE_TEMPLATE_GALLERY, "empty_page"));
  g_assert_true (gtk_widget_get_visible (empty_page));

  gtk_window_destroy (GTK_WINDOW (gallery));
  g_assert_finalize_object (gallery);
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

  g_test_add ("/ui/gallery/lists-builtins", Fixture, NULL,
              fixture_set_up, test_gallery_lists_builtins, fixture_tear_down);
  g_test_add ("/ui/gallery/instantiates", Fixture, NULL,
              fixture_set_up, test_gallery_instantiates, fixture_tear_down);
  g_test_add ("/ui/gallery/create-action", Fixture, NULL,
              fixture_set_up, test_gallery_create_action, fixture_tear_down);
  g_test_add ("/ui/gallery/from-earlier", Fixture, NULL,
              fixture_set_up, test_gallery_from_earlier, fixture_tear_down);
  g_test_add ("/ui/gallery/close-asks", Fixture, NULL,
              fixture_set_up, test_gallery_close_asks, fixture_tear_down);
  g_test_add ("/ui/gallery/field-hints", Fixture, NULL,
              fixture_set_up, test_gallery_field_hints, fixture_tear_down);
  g_test_add ("/ui/gallery/menu-over-description", Fixture, NULL,
              fixture_set_up, test_gallery_menu_over_description, fixture_tear_down);
  g_test_add ("/ui/gallery/tab-next-field", Fixture, NULL,
              fixture_set_up, test_gallery_tab_next_field, fixture_tear_down);
  g_test_add_func ("/ui/gallery/empty", test_gallery_empty);

  return g_test_run ();
}

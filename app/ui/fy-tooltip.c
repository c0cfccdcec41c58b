/* fy-tooltip.c — tooltips that keep short Chinese texts on one line
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include "fy-tooltip.h"

/*
 * GTK 4.8 sizes a tooltip popup narrower than its label's natural width
 * (the label wraps).  Latin text can only wrap at spaces, so its lines
 * stay whole words, but Chinese may break between any two characters: a
 * wrapping label of 保存 measures 13 px at the least and 26 px naturally,
 * and the tooltip showed 保 above 存.  Our own label asks for its text's
 * width (up to MAX_WIDTH pixels a line) as its minimum, so the popup
 * cannot squeeze it.
 */

#define MAX_WIDTH 420

/* MAX_WIDTH in the characters GtkLabel counts widths in. */
static int
max_width_chars (GtkWidget *label)
{
  PangoFontMetrics *metrics = pango_context_get_metrics (gtk_widget_get_pango_context (label), NULL, NULL);
  int char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                        pango_font_metrics_get_approximate_digit_width (metrics));

  pango_font_metrics_unref (metrics);

  return MAX (1, MAX_WIDTH * PANGO_SCALE / MAX (char_width, 1));
}

/**
 * fy_tooltip_new_label:
 * @text: the tooltip text
 *
 * Returns: (transfer floating): the label shown in a tooltip for @text
 */
GtkWidget *
fy_tooltip_new_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);
  int natural;

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);

  /* Unwrapped, a label's minimum width is its text's. */
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  if (natural <= MAX_WIDTH)
    return label;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_size_request (label, MAX_WIDTH, -1);
  /* The popup takes the label's natural width, which for a wrapping
   * label is its whole text on one line (a template's description ran
   * across the screen): cap it at MAX_WIDTH, in the label's own unit. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), max_width_chars (label));

  return label;
}

/* The popovers of menu buttons that are open now, so that a tooltip
 * query asks the few of them whether they are inside the widget asked
 * about rather than walking its whole subtree (a window's, or the
 * gallery's with every card), as it did on each query. */
static GPtrArray *open_menus;

static void
open_menu_gone_cb (gpointer  data,
                   GObject  *where_the_object_was)
{
  g_ptr_array_remove_fast (open_menus, where_the_object_was);
}

/* GtkWidget::show and ::hide, for every widget: the popover of a menu
 * button or of a drop-down list is noted while it is shown.  GTK 4.8 has
 * no signal of the button's own for it (GtkMenuButton:active is 4.10's,
 * and GtkDropDown has none). */
static gboolean
popover_shown_hook (GSignalInvocationHint *hint,
                    guint                  n_params,
                    const GValue          *params,
                    gpointer               data)
{
  GObject *object = g_value_get_object (&params[0]);
  gboolean shown = GPOINTER_TO_INT (data);
  GtkWidget *parent;

  if (!GTK_IS_POPOVER (object))
    return TRUE;
  parent = gtk_widget_get_parent (GTK_WIDGET (object));
  if (parent == NULL || !(GTK_IS_MENU_BUTTON (parent) || GTK_IS_DROP_DOWN (parent)))
    return TRUE;

  if (shown && !g_ptr_array_find (open_menus, object, NULL))
    {
      g_ptr_array_add (open_menus, object);
      g_object_weak_ref (object, open_menu_gone_cb, NULL);
    }
  else if (!shown && g_ptr_array_remove_fast (open_menus, object))
    g_object_weak_unref (object, open_menu_gone_cb, NULL);

  return TRUE;
}

static void
watch_menus (void)
{
  static gsize watching;

  if (!g_once_init_enter (&watching))
    return;

  open_menus = g_ptr_array_new ();
  g_signal_add_emission_hook (g_signal_lookup ("show", GTK_TYPE_WIDGET), 0, popover_shown_hook,
                              GINT_TO_POINTER (TRUE), NULL);
  g_signal_add_emission_hook (g_signal_lookup ("hide", GTK_TYPE_WIDGET), 0, popover_shown_hook,
                              GINT_TO_POINTER (FALSE), NULL);
  g_once_init_leave (&watching, 1);
}

/* Whether @widget is or holds a menu button or drop-down whose menu is
 * open. */
static gboolean
holds_open_menu (GtkWidget *widget)
{
  for (guint i = 0; i < open_menus->len; i++)
    {
      GtkWidget *button = gtk_widget_get_parent (g_ptr_array_index (open_menus, i));

      if (button != NULL && (button == widget || gtk_widget_is_ancestor (button, widget)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = gtk_widget_get_tooltip_text (widget);

  /* A menu button's tooltip, asked again as the pointer rests on the
   * button, showed over the menu it had opened (主菜单 over its first
   * item); refused, GTK asks the button's ancestors, and a template
   * card's description covered the card's ⋮ menu, and 段落样式 the tick
   * of the style list's current style.  Stopping the
   * emission keeps GTK's own handler from showing the text after all. */
  if (holds_open_menu (widget))
    {
      g_signal_stop_emission_by_name (widget, "query-tooltip");
      return FALSE;
    }

  if (text == NULL || *text == '\0')
    return FALSE;

  gtk_tooltip_set_custom (tooltip, fy_tooltip_new_label (text));

  return TRUE;
}

/**
 * fy_tooltip_attach:
 * @widget: a widget
 *
 * Shows @widget's tooltip text (set now or later) through
 * fy_tooltip_new_label().  Calling it again does nothing.
 */
void
fy_tooltip_attach (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_object_get_data (G_OBJECT (widget), "fy-tooltip") != NULL)
    return;

  watch_menus ();
  g_object_set_data (G_OBJECT (widget), "fy-tooltip", GINT_TO_POINTER (1));
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

/**
 * fy_tooltip_attach_tree:
 * @root: a widget
 *
 * fy_tooltip_attach() for @root and every widget inside it that has a
 * tooltip text (popovers are children of their buttons).
 */
void
fy_tooltip_attach_tree (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (gtk_widget_get_tooltip_text (root) != NULL)
    fy_tooltip_attach (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fy_tooltip_attach_tree (child);
}

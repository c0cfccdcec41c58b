/* fy-print-operation.c — printing a document through the engine's renderer
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fayan"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "fy-print-operation.h"
#include "fy-print-preview.h"
#include "fy-renderer.h"
#include "fy-ui-layout.h"

struct _FyPrintOperation
{
  GtkPrintOperation  parent_instance;

  FyDocument        *document;
  FyLayout          *layout;
};

G_DEFINE_FINAL_TYPE (FyPrintOperation, fy_print_operation, GTK_TYPE_PRINT_OPERATION)

/* Named paper sizes print without the "custom size" dance in print dialogs. */
static GtkPaperSize *
new_paper_size (double width,
                double height)
{
  const char * const names[] = {
    GTK_PAPER_NAME_A4, GTK_PAPER_NAME_A3, GTK_PAPER_NAME_A5,
    GTK_PAPER_NAME_B5, GTK_PAPER_NAME_LETTER, GTK_PAPER_NAME_LEGAL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkPaperSize *paper = gtk_paper_size_new (names[i]);

      if (fabs (gtk_paper_size_get_width (paper, GTK_UNIT_POINTS) - width) < 1 &&
          fabs (gtk_paper_size_get_height (paper, GTK_UNIT_POINTS) - height) < 1)
        return paper;

      gtk_paper_size_free (paper);
    }

  return gtk_paper_size_new_custom ("fayan", _("Fayan Page"), width, height, GTK_UNIT_POINTS);
}

static void
setup_operation (FyPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autofree char *title = fy_document_dup_display_title (self->document);
  GtkPaperSize *paper;
  double width;
  double height;

  fy_layout_get_page_size (self->layout, &width, &height);
  paper = new_paper_size (width, height);
  gtk_page_setup_set_paper_size (page_setup, paper);
  gtk_page_setup_set_orientation (page_setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                             : GTK_PAGE_ORIENTATION_PORTRAIT);
  /* The layout carries the GB/T 9704 margins itself. */
  gtk_page_setup_set_top_margin (page_setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (page_setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (page_setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (page_setup, 0, GTK_UNIT_POINTS);
  gtk_paper_size_free (paper);

  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, MAX (1, (int)fy_layout_get_n_pages (self->layout)));
  gtk_print_operation_set_job_name (operation, *title != '\0' ? title : _("Speech"));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
}

static void
fy_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  FyPrintOperation *self = FY_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double page_width;
  double page_height;
  double scale;

  if (page_nr < 0 || (guint)page_nr >= fy_layout_get_n_pages (self->layout))
    return;

  /* The context measures in points (set_unit); a different paper chosen in
   * the dialog gets the page scaled to fit, never cropped. */
  fy_layout_get_page_size (self->layout, &page_width, &page_height);
  scale = MIN (gtk_print_context_get_width (context) / page_width,
               gtk_print_context_get_height (context) / page_height);

  cairo_save (cr);
  if (fabs (scale - 1.0) > 0.001)
    cairo_scale (cr, scale, scale);
  fy_renderer_draw_page (self->layout, page_nr, cr);
  cairo_restore (cr);
}

/* The print dialog's Preview: Fayan's own pages, not an external viewer. */
static gboolean
fy_print_operation_preview (GtkPrintOperation        *operation,
                            GtkPrintOperationPreview *preview,
                            GtkPrintContext          *context,
                            GtkWindow                *parent)
{
  FyPrintOperation *self = FY_PRINT_OPERATION (operation);
  GtkWidget *window = fy_print_preview_new (parent, self->layout, preview);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  /* GTK paginates on the print context before it lets the preview end;
   * the pages themselves are drawn by the preview window. */
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  gtk_window_present (GTK_WINDOW (window));

  return TRUE;
}

/* Printer and paper chosen last time: $XDG_CONFIG_HOME/fayan/print.ini */
static char *
dup_settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "fayan", "print.ini", NULL);
}

static void
load_settings (FyPrintOperation *self)
{
  g_autofree char *path = dup_settings_path ();
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GtkPrintSettings) settings = NULL;

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL))
    return;

  settings = gtk_print_settings_new_from_key_file (key_file, NULL, NULL);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), settings);
}

static void
save_settings (FyPrintOperation *self)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self));
  g_autofree char *path = dup_settings_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  if (settings == NULL)
    return;

  gtk_print_settings_to_key_file (settings, key_file, NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      !g_key_file_save_to_file (key_file, path, &error))
    g_warning ("Could not remember the print settings in %s: %s", path,
               error != NULL ? error->message : g_strerror (errno));
}

static void
fy_print_operation_done (GtkPrintOperation       *operation,
                         GtkPrintOperationResult  result)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    save_settings (FY_PRINT_OPERATION (operation));
}

static void
fy_print_operation_finalize (GObject *object)
{
  FyPrintOperation *self = (FyPrintOperation *)object;

  g_clear_object (&self->document);
  g_clear_pointer (&self->layout, fy_layout_unref);

  G_OBJECT_CLASS (fy_print_operation_parent_class)->finalize (object);
}

static void
fy_print_operation_class_init (FyPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = fy_print_operation_finalize;

  operation_class->draw_page = fy_print_operation_draw_page;
  operation_class->preview = fy_print_operation_preview;
  operation_class->done = fy_print_operation_done;
}

static void
fy_print_operation_init (FyPrintOperation *self)
{
}

/**
 * fy_print_operation_new:
 * @document: the document to print
 * @layout: (nullable): its layout, if the caller has an up-to-date one
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a print operation ready to run, or %NULL when
 *   @document cannot be laid out
 */
FyPrintOperation *
fy_print_operation_new (FyDocument  *document,
                        FyLayout    *layout,
                        GError     **error)
{
  g_autoptr(FyPrintOperation) self = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (FY_TYPE_PRINT_OPERATION, NULL);
  self->document = g_object_ref (document);

  if (layout != NULL)
    self->layout = fy_layout_ref (layout);
  else
    {
      g_autoptr(FySource) source = fy_source_new (document);

      fy_ui_layout_update_fonts ();
      self->layout = fy_ui_layout_source (source, NULL, error);
    }

  if (self->layout == NULL)
    return NULL;

  setup_operation (self);
  load_settings (self);

  return g_steal_pointer (&self);
}

/* Where “Print to File” writes unless the user picks another place. */
static GFile *
dup_output_folder (GtkPrintSettings *settings,
                   GFile            *document_file)
{
  const char *uri = gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (document_file != NULL)
    return g_file_get_parent (document_file);

  /* Where the last print to a file went. */
  if (uri != NULL)
    {
      g_autoptr(GFile) last = g_file_new_for_uri (uri);
      GFile *parent = g_file_get_parent (last);

      if (parent != NULL)
        return parent;
    }

  return g_file_new_for_path (documents != NULL ? documents : g_get_home_dir ());
}

/**
 * fy_print_operation_suggest_output:
 * @self: a #FyPrintOperation
 * @document_file: (nullable): the file the document was read from
 *
 * Makes “Print to File” write beside the speech (or where it last wrote,
 * or in Documents) under the speech's name, instead of GTK's “output.pdf”
 * in the program's working folder.
 */
void
fy_print_operation_suggest_output (FyPrintOperation *self,
                                   GFile            *document_file)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) output = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *uri = NULL;

  g_return_if_fail (FY_IS_PRINT_OPERATION (self));
  g_return_if_fail (document_file == NULL || G_IS_FILE (document_file));

  settings = gtk_print_operation_get_print_settings (operation) != NULL
             ? g_object_ref (gtk_print_operation_get_print_settings (operation))
             : gtk_print_settings_new ();

  if (document_file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (document_file);
      char *dot = strrchr (basename, '.');

      if (dot != NULL && dot != basename)
        *dot = '\0';
      file_name = g_strconcat (basename, ".pdf", NULL);
    }
  else
    file_name = fy_export_dup_file_name (self->document, ".pdf");

  folder = dup_output_folder (settings, document_file);
  output = g_file_get_child (folder, file_name);
  /* A PDF of that name there is most often the speech exported: the
   * print gets a name of its own rather than offering to replace it. */
  for (guint n = 1; g_file_query_exists (output, NULL) && n < 100; n++)
    {
      g_autofree char *stem = g_strndup (file_name, strlen (file_name) - strlen (".pdf"));
      g_autofree char *other = n == 1
        /* Translators: the file a print to a file goes to, beside the PDF exported as %s.pdf */
        ? g_strdup_printf (_("%s (printed).pdf"), stem)
        : g_strdup_printf (_("%1$s (printed %2$u).pdf"), stem, n);

      g_object_unref (output);
      output = g_file_get_child (folder, other);
    }
  uri = g_file_get_uri (output);

  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_operation_set_print_settings (operation, settings);
}

/**
 * fy_print_operation_get_document:
 * @self: a #FyPrintOperation
 *
 * Returns: (transfer none): the document printed
 */
FyDocument *
fy_print_operation_get_document (FyPrintOperation *self)
{
  g_return_val_if_fail (FY_IS_PRINT_OPERATION (self), NULL);

  return self->document;
}

/**
 * fy_print_operation_get_layout:
 * @self: a #FyPrintOperation
 *
 * Returns: (transfer none): the layout whose pages are printed
 */
FyLayout *
fy_print_operation_get_layout (FyPrintOperation *self)
{
  g_return_val_if_fail (FY_IS_PRINT_OPERATION (self), NULL);

  return self->layout;
}

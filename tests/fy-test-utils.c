/* fy-test-utils.c — helpers shared by the tests
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>

#include "fy-test-utils.h"
#include "fy-title-break.h"
#include "fy-title-model.h"
#include "fy-title-lexicon.h"

char *
fy_test_read_corpus (const char *name,
                     gsize      *length)
{
  const char *dir = g_getenv ("FAYAN_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, name, NULL);
  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

FyDocument *
fy_test_load_corpus_markdown (const char *name)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  FyDocument *document;
  gsize length = 0;

  contents = fy_test_read_corpus (name, &length);
  document = fy_import_markdown (contents, length, &error);
  g_assert_no_error (error);
  return document;
}

FyDocument *
fy_test_load_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("FAYAN_SOURCE_ROOT"),
                                            "resources", "samples", "sample-speech.fayan",
                                            NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  FyDocument *document;

  document = fy_document_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  return document;
}

void
fy_test_assert_same_block (FyBlock *x,
                           FyBlock *y)
{
  g_assert_cmpint (fy_block_get_role (x), ==, fy_block_get_role (y));
  g_assert_cmpuint (fy_block_get_level (x), ==, fy_block_get_level (y));
  g_assert_cmpuint (fy_block_get_n_runs (x), ==, fy_block_get_n_runs (y));
  for (guint r = 0; r < fy_block_get_n_runs (x); r++)
    {
      g_assert_cmpint (fy_block_get_run (x, r)->kind, ==, fy_block_get_run (y, r)->kind);
      g_assert_cmpstr (fy_block_get_run (x, r)->text, ==, fy_block_get_run (y, r)->text);
    }
}

void
fy_test_assert_same_blocks (FyDocument *a,
                            FyDocument *b)
{
  g_assert_cmpstr (fy_document_get_title (a), ==, fy_document_get_title (b));
  g_assert_cmpuint (fy_document_get_n_blocks (a), ==, fy_document_get_n_blocks (b));
  for (guint i = 0; i < fy_document_get_n_blocks (a); i++)
    fy_test_assert_same_block (fy_document_get_block (a, i), fy_document_get_block (b, i));
}

void
fy_test_items_changed_cb (GListModel         *model,
                          guint               position,
                          guint               removed,
                          guint               added,
                          FyTestItemsChanged *record)
{
  record->position = position;
  record->removed = removed;
  record->added = added;
  record->n_calls++;
}

void
fy_test_count_cb (gpointer  instance,
                  guint    *count)
{
  (*count)++;
}

void
fy_test_count_notify_cb (GObject    *object,
                         GParamSpec *pspec,
                         guint      *count)
{
  (*count)++;
}

char *
fy_test_dup_document_text (FyDocument *document)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = fy_document_dup_block_text (document, i);

      g_string_append (str, text);
      g_string_append_c (str, '\n');
    }

  return g_string_free (str, FALSE);
}

char *
fy_test_make_temp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

static void
remove_tree (const char *path,
             gboolean    check)
{
  GDir *dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK) && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      if (check)
        g_chmod (path, 0755);
      dir = g_dir_open (path, 0, NULL);
    }
  if (dir == NULL)
    {
      int result = g_remove (path);

      if (check)
        g_assert_cmpint (result, ==, 0);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child, check);
    }
  g_dir_close (dir);
  if (check)
    g_assert_cmpint (g_rmdir (path), ==, 0);
  else
    g_rmdir (path);
}

/**
 * fy_test_remove_tree:
 * @path: a file or folder
 *
 * Removes @path and, for a folder, everything below it.  Symbolic links
 * are removed, not followed.
 */
void
fy_test_remove_tree (const char *path)
{
  remove_tree (path, FALSE);
}

/**
 * fy_test_run_in_work_dir:
 * @tmpl: a template for g_dir_make_tmp()
 * @work_dir: (out): where the tests find their folder while they run
 *
 * Runs the tests added so far in a new temporary folder, and removes the
 * folder and what they left in it afterwards.
 *
 * Returns: the status of g_test_run()
 */
int
fy_test_run_in_work_dir (const char  *tmpl,
                         char       **work_dir)
{
  g_autoptr(GError) error = NULL;
  int status;

  *work_dir = g_dir_make_tmp (tmpl, &error);
  g_assert_no_error (error);
  status = g_test_run ();
  fy_test_remove_tree (*work_dir);
  g_clear_pointer (work_dir, g_free);
  return status;
}

/**
 * fy_test_assert_remove_tree:
 * @path: a file or folder
 *
 * As fy_test_remove_tree(), giving read-only folders their write
 * permission back first; asserts that every file and folder went.
 */
void
fy_test_assert_remove_tree (const char *path)
{
  remove_tree (path, TRUE);
}

/**
 * fy_test_load_builtin_template:
 * @id: the id of a built-in template
 *
 * Returns: (transfer full): the template; aborts the test without it
 */
FyTemplate *
fy_test_load_builtin_template (const char *id)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = g_resources_enumerate_children (FY_TEMPLATE_RESOURCE_PATH, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (FY_TEMPLATE_RESOURCE_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, &error);
      g_autoptr(FyTemplate) template_ = NULL;

      g_assert_no_error (error);
      template_ = fy_template_new_from_data (g_bytes_get_data (bytes, NULL),
                                             g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
      if (g_strcmp0 (fy_template_get_id (template_), id) == 0)
        return g_steal_pointer (&template_);
    }

  g_assert_not_reached ();
  return NULL;
}

void
fy_test_run_soffice (const char         *work_dir,
                     const char         *target,
                     const char         *infilter,
                     const char         *outdir,
                     const char * const *files)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *profile = g_build_filename (work_dir, "lo-profile", NULL);
  g_autofree char *profile_uri = g_filename_to_uri (profile, NULL, NULL);
  g_autofree char *env_arg = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  g_autofree char *filter_arg = infilter != NULL ? g_strconcat ("--infilter=", infilter, NULL) : NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_nonnull (soffice);
  g_ptr_array_add (argv, soffice);
  g_ptr_array_add (argv, env_arg);
  g_ptr_array_add (argv, (char *) "--headless");
  g_ptr_array_add (argv, (char *) "--norestore");
  if (filter_arg != NULL)
    g_ptr_array_add (argv, filter_arg);
  g_ptr_array_add (argv, (char *) "--convert-to");
  g_ptr_array_add (argv, (char *) target);
  g_ptr_array_add (argv, (char *) "--outdir");
  g_ptr_array_add (argv, (char *) outdir);
  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) files[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  g_test_message ("soffice: %s %s", out, err);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

void
fy_test_cli_result_clear (FyTestCliResult *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

void
fy_test_run_cli_full (FyTestCliResult     *result,
                      const char          *cwd,
                      const char * const  *envp,
                      GSpawnChildSetupFunc child_setup,
                      const char * const  *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("FAYAN_CLI");
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  fy_test_cli_result_clear (result);
  g_spawn_sync (cwd, (char **) argv->pdata, (char **) envp, G_SPAWN_DEFAULT, child_setup, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("fayan-cli %s: stderr: %s", args[0] != NULL ? args[0] : "", result->err);

  /* Never a crash: the process must exit on its own. */
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
  g_assert_true (g_utf8_validate (result->out, -1, NULL));
  g_assert_true (g_utf8_validate (result->err, -1, NULL));
}

int
fy_test_cli (char       **out,
             char       **err,
             const char  *first,
             ...)
{
  g_auto(FyTestCliResult) result = { 0 };
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  fy_test_run_cli_full (&result, NULL, NULL, NULL, (const char * const *) args->pdata);
  if (out != NULL)
    *out = g_steal_pointer (&result.out);
  if (err != NULL)
    *err = g_steal_pointer (&result.err);
  return result.status;
}

#define PYTHON "/usr/bin/python3"

gboolean
fy_test_have_python_docx (void)
{
  int status = 0;

  return g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE) &&
         g_spawn_sync (NULL, (char *[]) { (char *) PYTHON, (char *) "-c", (char *) "import docx", NULL },
                       NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

char *
fy_test_run_python (const char *script,
                    const char *arg)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char *[]) { (char *) PYTHON, (char *) "-c", (char *) script, (char *) arg, NULL },
                NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The seed, and the seed with one word changed, one sentence deleted and
 * the fifth point moved before the fourth. */
void
fy_test_make_seed_rounds (FyDocument **old_document,
                          FyDocument **new_document)
{
  const char *sentence = FY_TEST_SEED_DELETED_SENTENCE;
  FyBlock *block;
  g_autofree char *text = NULL;
  g_autofree char *lead = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *joined = NULL;

  *old_document = fy_test_load_corpus_markdown ("seed-speech.md");
  *new_document = fy_document_copy (*old_document);

  block = fy_document_get_block (*new_document, 1);
  text = fy_block_dup_text (block);
  parts = g_strsplit (text, "更加深入的理解", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  joined = g_strjoinv ("更加深刻的理解", parts);
  fy_block_set_text (block, joined);

  block = fy_document_get_block (*new_document, 3);
  lead = fy_block_dup_lead (block);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&parts, g_strfreev);
  g_clear_pointer (&joined, g_free);
  text = fy_block_dup_text (block);
  parts = g_strsplit (text + strlen (lead), sentence, 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  joined = g_strjoinv ("", parts);
  fy_block_set_lead_and_text (block, lead, joined);

  fy_document_move_blocks (*new_document, 6, 1, 5);
}

gboolean
fy_test_is_no_start (gunichar ch)
{
  return ch != 0 && g_utf8_strchr ("、。，．：；？！”’）》〉】〕」』〗］｝～–·・‧／,.;:!?)]}%", -1, ch) != NULL;
}

gboolean
fy_test_is_closing_mark (gunichar ch)
{
  return ch != 0 && g_utf8_strchr ("、。，．：；？！”’）》〉】〕」』〗］｝", -1, ch) != NULL;
}

gboolean
fy_test_is_no_end (gunichar ch)
{
  return ch != 0 && g_utf8_strchr ("“‘（《〈【〔「『〖［｛／([{", -1, ch) != NULL;
}

/* The letters and digits of @text (not its marks or spaces). */
static guint
count_letters (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      n++;
  return n;
}

/* Pushed out: Han characters and full-width marks alone on the line
 * (nothing below U+2000), and the next line would otherwise start with a
 * mark that may not start a line, or this one end with one that may not
 * end it, or split a —— or …….  Or, the grid's re-break (gbt9704), the
 * last line but one gives a character to the last so that it does not
 * hold one alone (孤字): two letters follow. */
gboolean
fy_test_pushed_out (const char *text,
                    const char *rest)
{
  gunichar c0 = g_utf8_get_char (rest);
  gunichar c1 = c0 != 0 ? g_utf8_get_char (g_utf8_next_char (rest)) : 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) < 0x2000)
      return FALSE;

  return fy_test_is_no_start (c1) || fy_test_is_no_end (c0) || c0 == 0x2014 || c0 == 0x2026 ||
         count_letters (rest) == 2;
}

/* What squeezing could give up on @line after its first Latin run. */
static double
tail_room (const FyTestPdfLine *line,
           double               pitch,
           double               size)
{
  double room = 0;
  gboolean tail = FALSE;

  for (guint k = 0; k < line->n_chars; k++)
    {
      gunichar ch = g_array_index (line->chars, gunichar, k);
      gunichar prev = k > 0 ? g_array_index (line->chars, gunichar, k - 1) : 0;
      gboolean han = g_unichar_get_script (ch) == G_UNICODE_SCRIPT_HAN;

      tail = tail || ch < 0x2000;
      if (!tail)
        continue;
      if (ch >= 0x2000 && !han)
        room += pitch / 2;
      if ((han && prev < 0x80 && g_ascii_isalnum (prev)) ||
          (ch < 0x80 && g_ascii_isalnum (ch) && g_unichar_get_script (prev) == G_UNICODE_SCRIPT_HAN))
        room += 0.04 * size;
    }
  return room;
}

gboolean
fy_test_flush_left_ok (const FyTestPdfLine *line,
                       const char          *rest,
                       double               slack,
                       double               pitch,
                       double               size)
{
  gboolean latin = FALSE;
  /* a mark that may not end a line comes with the character after it,
   * itself squeezed to half a cell: 对各县|（市、区） */
  double next = fy_test_is_no_end (g_utf8_get_char (rest)) ? 1.5 * pitch : pitch;

  if (g_ascii_isalnum (*rest))
    return TRUE;
  for (guint k = 0; k < line->n_chars; k++)
    latin = latin || g_array_index (line->chars, gunichar, k) < 0x2000;
  return latin && slack + tail_room (line, pitch, size) < next;
}

int
fy_test_han_off_column (const FyTestPdfLine *line,
                        double               left,
                        double               pitch,
                        double               size)
{
  for (guint k = 0; k < line->n_chars; k++)
    {
      PopplerRectangle *r = &g_array_index (line->rects, PopplerRectangle, k);
      double cell = (r->x1 - (pitch - size) / 2 - left) / pitch;

      if (g_array_index (line->chars, gunichar, k) < 0x2000)
        break;
      if (fabs (cell - round (cell)) * pitch > 0.5)
        return (int) k;
    }
  return -1;
}

void
fy_test_pdf_line_free (gpointer data)
{
  FyTestPdfLine *line = data;

  g_string_free (line->text, TRUE);
  g_array_unref (line->chars);
  g_array_unref (line->rects);
  g_array_unref (line->spaced);
  g_free (line->font);
  g_free (line);
}

static FyTestPdfLine *
pdf_line_new (void)
{
  FyTestPdfLine *line = g_new0 (FyTestPdfLine, 1);

  line->text = g_string_new (NULL);
  line->chars = g_array_new (FALSE, TRUE, sizeof (gunichar));
  line->rects = g_array_new (FALSE, TRUE, sizeof (PopplerRectangle));
  line->spaced = g_array_new (FALSE, TRUE, sizeof (gboolean));
  return line;
}

PopplerDocument *
fy_test_pdf_open (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *pdf;

  g_assert_no_error (error);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  return pdf;
}

FyLayout *
fy_test_typeset (FyDocument  *document,
                 const char  *preset,
                 GBytes     **pdf)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FyStyle) style = fy_style_new_from_preset (preset, &error);
  g_autoptr(FyTypesetter) typesetter = NULL;
  FyLayout *layout;

  g_assert_no_error (error);
  typesetter = fy_typesetter_new (style);
  layout = fy_typesetter_layout (typesetter, document, NULL, &error);
  g_assert_no_error (error);
  if (pdf != NULL)
    {
      *pdf = fy_render_pdf_bytes (layout, document, NULL, &error);
      g_assert_no_error (error);
    }
  return layout;
}

PopplerDocument *
fy_test_pdf_open_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *pdf = poppler_document_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  return pdf;
}

/* Ends @line: keeps it in @lines when it has characters. */
static void
pdf_lines_take (GPtrArray     *lines,
                FyTestPdfLine *line)
{
  if (line->n_chars > 0)
    g_ptr_array_add (lines, line);
  else
    fy_test_pdf_line_free (line);
}

static void
pdf_page_lines_into (PopplerPage *page,
                     GPtrArray   *lines)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects = 0, index = 0;
  GList *attrs = poppler_page_get_text_attributes (page);
  FyTestPdfLine *line = pdf_line_new ();
  gboolean spaced = FALSE;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  for (const char *p = text; *p; p = g_utf8_next_char (p), index++)
    {
      gunichar ch = g_utf8_get_char (p);

      if (ch == '\n')
        {
          pdf_lines_take (lines, line);
          line = pdf_line_new ();
          spaced = FALSE;
          continue;
        }
      if (g_unichar_isspace (ch))
        {
          spaced = TRUE;
          continue;
        }
      for (GList *l = attrs; l != NULL && line->font == NULL; l = l->next)
        {
          PopplerTextAttributes *a = l->data;

          if ((int) index >= a->start_index && (int) index <= a->end_index)
            {
              line->size = a->font_size;
              line->font = g_strdup (a->font_name);
            }
        }
      g_assert_cmpuint (index, <, n_rects);
      g_string_append_unichar (line->text, ch);
      g_array_append_val (line->chars, ch);
      g_array_append_val (line->rects, rects[index]);
      g_array_append_val (line->spaced, spaced);
      line->n_chars++;
      spaced = FALSE;
    }
  pdf_lines_take (lines, line);
  poppler_page_free_text_attributes (attrs);
}

GPtrArray *
fy_test_pdf_page_lines (PopplerPage *page)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (fy_test_pdf_line_free);

  pdf_page_lines_into (page, lines);
  return lines;
}

GPtrArray *
fy_test_pdf_lines (PopplerDocument *pdf)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (fy_test_pdf_line_free);

  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);

      pdf_page_lines_into (page, lines);
    }
  return lines;
}

char *
fy_test_pdf_page_text (PopplerDocument *pdf,
                       int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, index);

  g_assert_nonnull (page);
  return poppler_page_get_text (page);
}

char *
fy_test_pdf_text (PopplerDocument *pdf)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autofree char *page_text = fy_test_pdf_page_text (pdf, i);

      g_string_append (text, page_text);
    }
  return g_string_free (text, FALSE);
}

PopplerRectangle
fy_test_pdf_find_once (PopplerPage *page,
                       const char  *text)
{
  GList *found = poppler_page_find_text (page, text);
  PopplerRectangle rect;

  g_assert_cmpuint (g_list_length (found), ==, 1);
  rect = *(PopplerRectangle *) found->data;
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
  return rect;
}

static void
pdf_font_free (gpointer data)
{
  FyTestPdfFont *font = data;

  g_free (font->name);
  g_free (font->full_name);
  g_free (font);
}

GPtrArray *
fy_test_pdf_fonts (PopplerDocument *pdf)
{
  GPtrArray *fonts = g_ptr_array_new_with_free_func (pdf_font_free);
  PopplerFontInfo *info = poppler_font_info_new (pdf);
  PopplerFontsIter *iter = NULL;

  while (poppler_font_info_scan (info, poppler_document_get_n_pages (pdf), &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          FyTestPdfFont *font = g_new0 (FyTestPdfFont, 1);

          font->name = g_strdup (poppler_fonts_iter_get_name (iter));
          font->full_name = g_strdup (poppler_fonts_iter_get_full_name (iter));
          font->type = poppler_fonts_iter_get_font_type (iter);
          font->embedded = poppler_fonts_iter_is_embedded (iter);
          font->subset = poppler_fonts_iter_is_subset (iter);
          g_ptr_array_add (fonts, font);
        }
      while (poppler_fonts_iter_next (iter));
      g_clear_pointer (&iter, poppler_fonts_iter_free);
    }
  poppler_font_info_free (info);
  return fonts;
}

char *
fy_test_strip_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

guint
fy_test_count_visible (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    n += !g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0x3000;
  return n;
}

guint
fy_test_count_visible_blocks (GPtrArray *blocks)
{
  guint n = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      FyBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *text = fy_block_dup_text (block);
      const char *ordinal = g_object_get_data (G_OBJECT (block), "fy-import-own-ordinal");

      n += fy_test_count_visible (text) + (ordinal != NULL ? fy_test_count_visible (ordinal) : 0);
    }
  return n;
}

guint
fy_test_count_visible_lines (GPtrArray *lines)
{
  guint n = 0;

  for (guint i = 0; i < lines->len; i++)
    n += fy_test_count_visible (g_ptr_array_index (lines, i));
  return n;
}

/* Proofreading */

FyLint *
fy_test_lint_new (void)
{
  FyLint *lint = fy_lint_new ();

  /* Font coverage has its own test (test-lint.c); elsewhere it would
   * only depend on what this machine has installed. */
  fy_lint_set_check_fonts (lint, FALSE);
  return lint;
}

GPtrArray *
fy_test_lint_text (const char *text)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  GPtrArray *findings = fy_lint_text (lint, text, -1);

  g_assert_nonnull (findings);
  return findings;
}

guint
fy_test_count_kind (GPtrArray  *findings,
                    const char *kind)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    if (g_strcmp0 (fy_lint_finding_get_kind (g_ptr_array_index (findings, i)), kind) == 0)
      n++;

  return n;
}

FyLintFinding *
fy_test_find_kind (GPtrArray  *findings,
                   const char *kind,
                   guint       nth)
{
  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);

      if (g_strcmp0 (fy_lint_finding_get_kind (finding), kind) == 0 && nth-- == 0)
        return finding;
    }

  return NULL;
}

char *
fy_test_han_only (const char *text)
{
  GString *str = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN && c >= 0x3400)
        g_string_append_unichar (str, c);
    }

  return g_string_free (str, FALSE);
}

char *
fy_test_future_document (void)
{
  return g_strdup_printf ("{\"format\": \"fayan-document\", \"version\": %d, \"blocks\": []}",
                          FY_DOCUMENT_FORMAT_VERSION + 1);
}

char *
fy_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

char *
fy_test_read_data (const char *name)
{
  g_autofree char *path = fy_test_data_path (name);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

FyDocument *
fy_test_import_plain (const char *text)
{
  g_autoptr(GError) error = NULL;
  FyDocument *document = fy_import_plain_text (text, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

FyDocument *
fy_test_import_plain_data (const char *name)
{
  g_autofree char *text = fy_test_read_data (name);

  return fy_test_import_plain (text);
}

char *
fy_test_dup_block_texts (FyDocument *document)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      g_autofree char *text = fy_block_dup_text (fy_document_get_block (document, i));

      g_string_append (out, text);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

FyBlock *
fy_test_block_at (FyDocument *document,
                  guint       position)
{
  g_assert_cmpuint (position, <, fy_document_get_n_blocks (document));

  return fy_document_get_block (document, position);
}

void
fy_test_assert_block (FyDocument  *document,
                      guint        position,
                      FyBlockRole  role,
                      guint        level,
                      const char  *lead,
                      const char  *text)
{
  FyBlock *block = fy_test_block_at (document, position);
  g_autofree char *block_lead = fy_block_dup_lead (block);
  g_autofree char *block_text = fy_block_dup_text (block);
  g_autofree char *expected = g_strconcat (lead ? lead : "", text, NULL);

  g_assert_cmpstr (fy_block_role_to_string (fy_block_get_role (block)), ==,
                   fy_block_role_to_string (role));
  g_assert_cmpuint (fy_block_get_level (block), ==, level);
  g_assert_cmpstr (block_lead, ==, lead);
  g_assert_cmpstr (block_text, ==, expected);
}

FyDocument *
fy_test_import_markdown (const char *text)
{
  g_autoptr(GError) error = NULL;
  FyDocument *document = fy_import_markdown (text, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

int
fy_test_title_price_at (const char *text,
                        glong       index)
{
  return fy_test_title_price_with (fy_title_lexicon_get_default (), text, index);
}

int
fy_test_title_price_with (const FyTitleLexicon *lexicon,
                          const char           *text,
                          glong                 index)
{
  glong n = g_utf8_strlen (text, -1);
  g_autofree guint *offsets = g_new (guint, n);
  g_autofree int *penalties = g_new (int, n);
  glong k = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    offsets[k++] = p - text;
  fy_title_break_penalties (text, offsets, n, lexicon, NULL, penalties);
  return penalties[index];
}

gboolean
fy_test_skip_without_lexicon (void)
{
  if (fy_title_lexicon_get_default () != NULL)
    return FALSE;
  g_test_skip ("no title-lexicon.bin (python3-jieba is not installed)");
  return TRUE;
}

guint
fy_test_count_occurrences (const char *haystack,
                           const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

void
fy_test_assert_same_text (const char *got,
                          const char *expected)
{
  const char *g = got;
  const char *e = expected;
  glong same = 0;
  glong from;
  g_autofree char *got_there = NULL;
  g_autofree char *expected_there = NULL;

  while (*g != '\0' && g_utf8_get_char (g) == g_utf8_get_char (e))
    {
      g = g_utf8_next_char (g);
      e = g_utf8_next_char (e);
      same++;
    }
  from = MAX (same - 8, 0);
  got_there = g_utf8_substring (got, from, MIN (same + 8, g_utf8_strlen (got, -1)));
  expected_there = g_utf8_substring (expected, from, MIN (same + 8, g_utf8_strlen (expected, -1)));
  g_assert_cmpstr (got_there, ==, expected_there);
}

char *
fy_test_pdf_outline (PopplerDocument *pdf)
{
  g_autoptr(PopplerIndexIter) index = poppler_index_iter_new (pdf);
  GString *outline = g_string_new (NULL);

  g_assert_nonnull (index);
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (index);
      g_autoptr(PopplerIndexIter) child = poppler_index_iter_get_child (index);

      g_string_append_printf (outline, "%s|", action->any.title);
      poppler_action_free (action);
      if (child != NULL)
        do
          {
            PopplerAction *sub = poppler_index_iter_get_action (child);

            g_string_append_printf (outline, ">%s|", sub->any.title);
            poppler_action_free (sub);
          }
        while (poppler_index_iter_next (child));
    }
  while (poppler_index_iter_next (index));

  return g_string_free (outline, FALSE);
}

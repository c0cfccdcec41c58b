/* test-faults.c — saving and exporting when the file system fails, and other faults
 *
 * Every writer of Fayan (document save, template save, Markdown and text
 * export, PDF) is run against the same faults: a full file system (a file
 * size limit, and a real tiny tmpfs where mounting is permitted), a
 * read-only folder, a destination held open by another reader, and a
 * destination that is a folder.  Each must leave what was there
 * byte-identical, leave no temporary file behind, and report
 * FY_ERROR_WRITE with a message naming the file.  Then two faults outside
 * saving: a template folder that vanishes while it is listed, and a font
 * removed between layout and export.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* unshare() and CLONE_NEWNS */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <poppler.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

#define ORIGINAL_CONTENT "The previous version, which must survive every failed save.\n"

/* Helpers ------------------------------------------------------------------ */

typedef struct
{
  const char *name;
  const char *suffix;
  gboolean  (*write) (GFile   *file,
                      GError **error);
} Writer;

static FyDocument *
make_document (void)
{
  static FyDocument *document;

  if (document == NULL)
    {
      FyBlock *block;

      document = fy_document_new ();
      fy_document_set_title (document, "关于做好年度工作的发言");
      fy_document_set_field_value (document, "会议名称", "年度工作会议");

      block = fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, "关于做好年度工作的发言");
      fy_document_append_block (document, block);
      g_object_unref (block);

      /* Several KiB, more than the file size limit used below. */
      for (guint i = 0; i < 12; i++)
        {
          block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0,
                                          "在{{会议名称}}上，我们认真总结了一年来的工作，"
                                          "查找了存在的不足，研究部署了明年的重点任务，"
                                          "明确了责任分工和完成时限，确保各项工作落到实处。");
          fy_document_append_block (document, block);
          g_object_unref (block);
        }
    }

  return document;
}

static gboolean
write_document (GFile   *file,
                GError **error)
{
  return fy_document_save_to_file (make_document (), file, NULL, error);
}

static gboolean
write_template (GFile   *file,
                GError **error)
{
  g_autoptr(FyTemplate) template_ = NULL;

  template_ = fy_template_new_from_document (make_document (), NULL, FY_TEMPLATE_KEEP_TEXT,
                                             "年度工作会议发言", "会议发言");
  return fy_template_save_to_file (template_, file, NULL, error);
}

static gboolean
write_export (GFile   *file,
              GError **error)
{
  return fy_export_file (make_document (), file, NULL, error);
}

static FyLayout *
make_layout (void)
{
  static FyLayout *layout;

  if (layout == NULL)
    {
      g_autoptr(FyStyle) style = NULL;
      g_autoptr(FyTypesetter) typesetter = NULL;
      g_autoptr(GError) error = NULL;

      style = fy_style_new_from_preset ("gbt9704", &error);
      g_assert_no_error (error);
      typesetter = fy_typesetter_new (style);
      layout = fy_typesetter_layout (typesetter, make_document (), NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (layout);
    }

  return layout;
}

static gboolean
write_pdf (GFile   *file,
           GError **error)
{
  return fy_render_pdf (make_layout (), make_document (), file, NULL, error);
}

static const Writer writers[] = {
  { "document", ".fayan", write_document },
  { "template", ".fayan-template", write_template },
  { "markdown", ".md", write_export },
  { "text", ".txt", write_export },
  { "pdf", ".pdf", write_pdf },
};

static char *
make_original (const char   *dir,
               const Writer *writer)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strconcat ("speech", writer->suffix, NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, ORIGINAL_CONTENT, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_original (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, ORIGINAL_CONTENT, strlen (ORIGINAL_CONTENT));
}

/* Only @expected remains in @dir: no temporary file was left behind. */
static void
assert_only_entry (const char *dir,
                   const char *expected)
{
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_name = g_path_get_basename (expected);
  const char *name;
  guint n = 0;

  handle = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_assert_cmpstr (name, ==, expected_name);
      n++;
    }
  g_assert_cmpuint (n, ==, 1);
}

/* FY_ERROR_WRITE, a message naming the file (as users see its name) and
 * containing @reason when given. */
static void
assert_write_error (const GError *error,
                    const char   *path,
                    const char   *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
  g_test_message ("%s", error->message);
  g_assert_true (strstr (error->message, display) != NULL);
  if (reason != NULL)
    g_assert_true (strstr (error->message, reason) != NULL);
}

static void
run_failing_writer (const Writer *writer,
                    const char   *dir,
                    const char   *path,
                    const char   *reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_false (writer->write (file, &error));
  assert_write_error (error, path, reason);
  assert_original (path);
  assert_only_entry (dir, path);
}

/* Mounting (root in a mount namespace) ------------------------------------ */

/* In the calling process: a private mount namespace and a tmpfs on @dir
 * with @options ("size=64k").  No allocation: it also runs after fork().  Returns FALSE when the system does not permit it. */
static gboolean
mount_private_tmpfs (const char *dir,
                     const char *options)
{
  if (unshare (CLONE_NEWNS) != 0)
    return FALSE;
  /* Never let the mounts below reach the parent namespace. */
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    return FALSE;
  return mount ("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, options) == 0;
}

/* Asks a throw-away child whether tmpfs mounts are permitted here. */
static gboolean
can_mount (void)
{
  static int result = -1;

  if (result < 0)
    {
      g_autofree char *dir = fy_test_make_temp_dir ("fayan-faults-XXXXXX");
      int status = 0;
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        _exit (mount_private_tmpfs (dir, "size=64k") ? 0 : 1);

      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      result = WIFEXITED (status) && WEXITSTATUS (status) == 0;
      g_rmdir (dir);
    }

  return result;
}

/* Save onto a full file system ---------------------------------------------- */

static void
test_full_rlimit (gconstpointer data)
{
  const Writer *writer = data;

  if (g_test_subprocess ())
    {
      g_autofree char *dir = fy_test_make_temp_dir ("fayan-faults-XXXXXX");
      g_autofree char *path = make_original (dir, writer);
      struct rlimit limit = { 1024, 1024 };

      /* Lay out before the limit: the writer alone must meet it. */
      if (writer->write == write_pdf)
        make_layout ();

      /* The disk "fills up" at 1 KiB: write() gives EFBIG, not a signal. */
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      run_failing_writer (writer, dir, path, "larger than");
      fy_test_remove_tree (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
fill_file_system (const char *dir)
{
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  char block[4096];
  int fd;

  memset (block, 'x', sizeof block);
  fd = g_open (filler, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  g_assert_cmpint (fd, >=, 0);
  for (;;)
    {
      ssize_t n = write (fd, block, sizeof block);

      if (n < 0)
        {
          g_assert_cmpint (errno, ==, ENOSPC);
          break;
        }
    }
  g_assert_cmpint (close (fd), ==, 0);
}

static void
test_full_tmpfs (gconstpointer data)
{
  const Writer *writer = data;

  if (g_test_subprocess ())
    {
      g_autofree char *mount_point = fy_test_make_temp_dir ("fayan-faults-XXXXXX");
      g_autofree char *dir = g_build_filename (mount_point, "speeches", NULL);
      g_autofree char *filler_dir = g_build_filename (mount_point, "other", NULL);
      g_autofree char *path = NULL;

      if (writer->write == write_pdf)
        make_layout ();

      g_assert_true (mount_private_tmpfs (mount_point, "size=64k"));
      g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
      g_assert_cmpint (g_mkdir (filler_dir, 0755), ==, 0);
      path = make_original (dir, writer);
      fill_file_system (filler_dir);

      run_failing_writer (writer, dir, path, "disk is full");
      umount (mount_point);
      g_rmdir (mount_point);
      return;
    }

  if (!can_mount ())
    {
      g_test_skip ("Mounting a tmpfs is not permitted here (needs root and a mount namespace); "
                   "the file size limit test covers a full disk");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Save into a read-only folder --------------------------------------------- */

static void
test_read_only (gconstpointer data)
{
  const Writer *writer = data;

  if (g_test_subprocess ())
    {
      g_autofree char *mount_point = fy_test_make_temp_dir ("fayan-faults-XXXXXX");
      g_autofree char *path = NULL;

      if (writer->write == write_pdf)
        make_layout ();

      if (geteuid () == 0)
        {
          /* Permissions do not stop root: make the file system read-only. */
          g_assert_true (mount_private_tmpfs (mount_point, "size=256k"));
          path = make_original (mount_point, writer);
          g_assert_cmpint (mount (NULL, mount_point, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
          run_failing_writer (writer, mount_point, path, "read-only");
          umount (mount_point);
        }
      else
        {
          path = make_original (mount_point, writer);
          g_assert_cmpint (g_chmod (mount_point, 0555), ==, 0);
          run_failing_writer (writer, mount_point, path, "permission");
          g_chmod (mount_point, 0755);
          g_remove (path);
        }
      g_rmdir (mount_point);
      return;
    }

  if (geteuid () == 0 && !can_mount ())
    {
      g_test_skip ("Running as root, which ignores folder permissions, and mounting a "
                   "read-only tmpfs is not permitted here");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Save over a file held open ------------------------------------------------ */

static void
test_held_open (gconstpointer data)
{
  const Writer *writer = data;
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-faults-XXXXXX");
  g_autofree char *path = make_original (dir, writer);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  char buffer[256] = { 0 };
  gsize saved_length = 0;
  ssize_t n;
  int reader;

  /* Another program (a viewer, a sync client) has the old file open. */
  reader = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  g_assert_cmpint (reader, >=, 0);

  g_assert_true (writer->write (file, &error));
  g_assert_no_error (error);

  /* It goes on reading the old version, whole… */
  n = read (reader, buffer, sizeof buffer - 1);
  g_assert_cmpmem (buffer, n, ORIGINAL_CONTENT, strlen (ORIGINAL_CONTENT));
  g_assert_cmpint (close (reader), ==, 0);

  /* …while the name now holds the whole new version. */
  g_file_get_contents (path, &saved, &saved_length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved_length, >, strlen (ORIGINAL_CONTENT));
  assert_only_entry (dir, path);

  fy_test_remove_tree (dir);
}

/* Save where a folder is in the way ----------------------------------------- */

static void
test_directory (gconstpointer data)
{
  const Writer *writer = data;
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-faults-XXXXXX");
  g_autofree char *name = g_strconcat ("speech", writer->suffix, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *inside = g_build_filename (path, "keep.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  g_file_set_contents (inside, ORIGINAL_CONTENT, -1, &error);
  g_assert_no_error (error);

  g_assert_false (writer->write (file, &error));
  assert_write_error (error, path, "folder");

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  assert_original (inside);
  assert_only_entry (dir, path);
  assert_only_entry (path, inside);

  fy_test_remove_tree (dir);
}

/* A template folder that vanishes while it is listed ------------------------ */

static guint
count_from_folder (FyTemplateLibrary *library)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(FyTemplate) template_ = g_list_model_get_item (G_LIST_MODEL (library), i);

      if (fy_template_get_origin (template_) == FY_TEMPLATE_ORIGIN_FOLDER)
        n++;
    }

  return n;
}

/* Each generation of files has its own names: a name listed once and
 * gone when read never comes back. */
static void
write_shared_templates (const char *folder,
                        guint       generation,
                        guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("shared-%u-%03u.fayan-template", generation, i);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      if (!write_template (file, &error))
        {
          /* The stress thread may remove the folder under us. */
          g_assert_error (error, FY_ERROR, FY_ERROR_WRITE);
          return;
        }
    }
}

typedef struct
{
  char     *folder;
  gboolean  stop;
} Vanisher;

static gpointer
vanish_thread (gpointer data)
{
  Vanisher *vanisher = data;

  for (guint generation = 1; !g_atomic_int_get (&vanisher->stop); generation++)
    {
      fy_test_remove_tree (vanisher->folder);
      g_usleep (500);
      g_mkdir (vanisher->folder, 0755);
      write_shared_templates (vanisher->folder, generation, 8);
    }

  return NULL;
}

static void
test_template_folder_vanishes (void)
{
  g_autofree char *root = fy_test_make_temp_dir ("fayan-faults-XXXXXX");
  g_autofree char *user = g_build_filename (root, "user", NULL);
  g_autofree char *shared = g_build_filename (root, "shared", NULL);
  const char *folders[] = { shared, NULL };
  g_autoptr(GFile) user_folder = g_file_new_for_path (user);
  g_autoptr(FyTemplateLibrary) library = NULL;
  const FyTemplateLoadProblem *problem;
  g_autofree char *shared_display = g_filename_display_name (shared);
  Vanisher vanisher = { shared, FALSE };
  GThread *thread;
  guint n_builtin;

  g_assert_cmpint (g_mkdir (shared, 0755), ==, 0);
  write_shared_templates (shared, 0, 3);

  library = fy_template_library_new (user_folder, folders);
  g_assert_cmpuint (count_from_folder (library), ==, 3);
  g_assert_cmpuint (fy_template_library_get_n_problems (library), ==, 0);
  n_builtin = g_list_model_get_n_items (G_LIST_MODEL (library)) - 3;
  g_assert_cmpuint (n_builtin, >, 0);

  /* The share went away: the rest is listed and the folder is named. */
  fy_test_remove_tree (shared);
  fy_template_library_reload (library);
  g_assert_cmpuint (count_from_folder (library), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, n_builtin);
  g_assert_cmpuint (fy_template_library_get_n_problems (library), ==, 1);
  problem = fy_template_library_get_problem (library, 0);
  g_assert_true (strstr (problem->location, shared_display) != NULL);
  g_assert_cmpstr (problem->message, !=, "");

  /* The folder's name now belongs to a file. */
  g_assert_true (g_file_set_contents (shared, ORIGINAL_CONTENT, -1, NULL));
  fy_template_library_reload (library);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, n_builtin);
  g_assert_cmpuint (fy_template_library_get_n_problems (library), ==, 1);
  assert_original (shared);
  g_remove (shared);

  /* And the real race: the folder and its files come and go while it is
   * listed, so names are listed and gone when read. */
  g_mkdir (shared, 0755);
  thread = g_thread_new ("vanish", vanish_thread, &vanisher);
  for (guint i = 0; i < 40; i++)
    {
      guint n;

      fy_template_library_reload (library);
      n = count_from_folder (library);
      g_assert_cmpuint (n, <=, 8);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, n_builtin + n);
    }
  g_atomic_int_set (&vanisher.stop, TRUE);
  g_thread_join (thread);

  fy_test_remove_tree (root);
}

/* A font removed between layout and export ---------------------------------- */

static char *
find_cjk_font_file (void)
{
  FcPattern *pattern = FcNameParse ((const FcChar8 *) ":lang=zh-cn:fontformat=TrueType");
  FcObjectSet *objects = FcObjectSetBuild (FC_FILE, NULL);
  FcFontSet *set = FcFontList (NULL, pattern, objects);
  char *found = NULL;

  for (int i = 0; set != NULL && i < set->nfont && found == NULL; i++)
    {
      FcChar8 *file = NULL;

      /* A plain .ttf: a collection would bring several families. */
      if (FcPatternGetString (set->fonts[i], FC_FILE, 0, &file) == FcResultMatch &&
          g_str_has_suffix ((const char *) file, ".ttf"))
        found = g_strdup ((const char *) file);
    }

  if (set != NULL)
    FcFontSetDestroy (set);
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);
  return found;
}

static void
test_font_removed (void)
{
  g_autofree char *source = NULL;

  if (g_test_subprocess ())
    {
      g_autofree char *dir = fy_test_make_temp_dir ("fayan-faults-XXXXXX");
      g_autofree char *font_dir = g_build_filename (dir, "fonts", NULL);
      g_autofree char *cache_dir = g_build_filename (dir, "cache", NULL);
      g_autofree char *xml = NULL;
      g_autofree char *font_path = NULL;
      g_autofree char *pdf_path = NULL;
      g_autoptr(GFile) source_file = NULL;
      g_autoptr(GFile) font_file = NULL;
      g_autoptr(GFile) pdf_file = NULL;
      g_autoptr(FyStyle) style = NULL;
      g_autoptr(FyTypesetter) typesetter = NULL;
      g_autoptr(FyTypesetter) later = NULL;
      g_autoptr(FyLayout) layout = NULL;
      g_autoptr(FyLayout) relayout = NULL;
      g_autoptr(GError) error = NULL;
      FcConfig *config;
      gboolean exported;

      source = find_cjk_font_file ();
      g_assert_nonnull (source);
      g_assert_cmpint (g_mkdir (font_dir, 0755), ==, 0);
      font_path = g_build_filename (font_dir, "only-font.ttf", NULL);
      source_file = g_file_new_for_path (source);
      font_file = g_file_new_for_path (font_path);
      g_assert_true (g_file_copy (source_file, font_file, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
      g_assert_no_error (error);

      /* The only font Fayan can see is the copy in the temporary folder. */
      config = FcConfigCreate ();
      xml = g_strdup_printf ("<fontconfig><cachedir>%s</cachedir></fontconfig>", cache_dir);
      g_assert_true (FcConfigParseAndLoadFromMemory (config, (const FcChar8 *) xml, FcTrue));
      g_assert_true (FcConfigAppFontAddDir (config, (const FcChar8 *) font_dir));
      g_assert_true (FcConfigBuildFonts (config));
      g_assert_true (FcConfigSetCurrent (config));
      FcConfigDestroy (config);

      style = fy_style_new_from_preset ("gbt9704", &error);
      g_assert_no_error (error);
      typesetter = fy_typesetter_new (style);
      layout = fy_typesetter_layout (typesetter, make_document (), NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (fy_layout_get_n_pages (layout), >=, 1);

      /* The font is uninstalled, and fontconfig rescans. */
      g_assert_cmpint (g_remove (font_path), ==, 0);
      config = FcConfigGetCurrent ();
      FcConfigAppFontClear (config);
      FcConfigAppFontAddDir (config, (const FcChar8 *) font_dir);
      FcConfigBuildFonts (config);

      pdf_path = make_original (dir, &writers[4]);
      pdf_file = g_file_new_for_path (pdf_path);
      exported = fy_render_pdf (layout, make_document (), pdf_file, NULL, &error);
      if (exported)
        {
          /* The face was still open: the PDF must be whole. */
          g_autofree char *contents = NULL;
          gsize length = 0;

          g_assert_no_error (error);
          g_assert_true (g_file_get_contents (pdf_path, &contents, &length, NULL));
          g_assert_true (g_str_has_prefix (contents, "%PDF-"));
          {
            g_autoptr(GBytes) bytes = g_bytes_new (contents, length);
            PopplerDocument *pdf = fy_test_pdf_open_bytes (bytes);
            g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, fy_layout_get_n_pages (layout));
            g_object_unref (pdf);
          }
        }
      else
        {
          g_test_message ("%s", error->message);
          g_assert_true (error->domain == FY_ERROR);
          g_assert_cmpstr (error->message, !=, "");
          assert_original (pdf_path);
          g_clear_error (&error);
        }

      /* Laying out again now: no font at all, said clearly. */
      later = fy_typesetter_new (style);
      relayout = fy_typesetter_layout (later, make_document (), NULL, &error);
      if (relayout == NULL)
        {
          g_test_message ("%s", error->message);
          g_assert_error (error, FY_ERROR, FY_ERROR_NO_FONT);
        }
      else
        {
          const FyLayoutWarning *warnings;
          guint n_warnings = 0;
          gboolean reported = FALSE;

          g_assert_no_error (error);
          warnings = fy_layout_get_warnings (relayout, &n_warnings);
          for (guint i = 0; i < n_warnings; i++)
            if (warnings[i].kind == FY_LAYOUT_WARNING_FONT_SUBSTITUTION ||
                warnings[i].kind == FY_LAYOUT_WARNING_MISSING_GLYPH ||
                warnings[i].kind == FY_LAYOUT_WARNING_FALLBACK_GLYPH)
              reported = TRUE;
          g_assert_true (reported);

          /* And what it laid out exports, or says why not. */
          {
            g_autoptr(GBytes) bytes = fy_render_pdf_bytes (relayout, make_document (), NULL, &error);

            if (bytes == NULL)
              {
                g_test_message ("%s", error->message);
                g_assert_true (error->domain == FY_ERROR);
              }
          }
        }

      fy_test_remove_tree (dir);
      return;
    }

  source = find_cjk_font_file ();
  if (source == NULL)
    {
      g_test_skip ("No Chinese TrueType font installed to copy");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Main ---------------------------------------------------------------------- */

static void
add_writer_tests (const char    *fault,
                  GTestDataFunc  func)
{
  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/faults/%s/%s", fault, writers[i].name);

      g_test_add_data_func (path, &writers[i], func);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  add_writer_tests ("full-disk/rlimit", test_full_rlimit);
  add_writer_tests ("full-disk/tmpfs", test_full_tmpfs);
  add_writer_tests ("read-only-folder", test_read_only);
  add_writer_tests ("held-open", test_held_open);
  add_writer_tests ("directory-in-the-way", test_directory);
  g_test_add_func ("/core/faults/template-folder-vanishes", test_template_folder_vanishes);
  g_test_add_func ("/core/faults/font-removed", test_font_removed);

  return g_test_run ();
}

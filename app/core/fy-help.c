/* fy-help.c — the user guide: where it is installed, its pages read
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-help"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "fy-error.h"
#include "fy-help.h"

/*
 * The guide is a set of Mallard pages (help/C, one file a page), installed where
 * GNOME's help browser looks for help:fayan, so that Yelp shows it where
 * it is installed.  Many office desktops have no Yelp; the application
 * then shows the same pages itself, read here into blocks of Pango markup.
 * Only the part of Mallard the guide uses is read: titles, paragraphs,
 * sections, steps, lists, term lists, notes, and inline gui, key, keyseq,
 * link, em, file, cmd and code; other elements give their text.
 */

#define MALLARD_NS "http://projectmallard.org/1.0/"

static void
help_block_free (gpointer data)
{
  FyHelpBlock *block = data;

  g_free (block->markup);
  g_free (block);
}

static void
help_page_free (gpointer data)
{
  FyHelpPage *page = data;

  g_free (page->id);
  g_free (page->title);
  g_ptr_array_unref (page->blocks);
  g_ptr_array_unref (page->links);
  g_free (page);
}

void
fy_help_free (FyHelp *help)
{
  if (help == NULL)
    return;
  g_free (help->folder);
  g_ptr_array_unref (help->pages);
  g_free (help);
}

static gboolean
has_index (const char *folder)
{
  g_autofree char *index = g_build_filename (folder, "index.page", NULL);

  return g_file_test (index, G_FILE_TEST_IS_REGULAR);
}

/**
 * fy_help_find_folder:
 * @installed: (out) (optional): whether the folder is where a help
 *   browser finds help:fayan
 *
 * The folder of the guide's pages: $FAYAN_HELP_DIR when set (whether or
 * not it holds them, so that a wrong setting is said), else the first of
 * DATADIR/help/LANG/fayan, the user's and the system's data folders for
 * the user's languages, else the source tree's help/C of an uninstalled
 * build.
 *
 * Returns: (transfer full) (nullable): the folder, or %NULL when the
 *   guide is nowhere
 */
char *
fy_help_find_folder (gboolean *installed)
{
  const char *env = g_getenv ("FAYAN_HELP_DIR");
  const char * const *languages = g_get_language_names ();
  const char * const *system_dirs = g_get_system_data_dirs ();
  g_autoptr(GPtrArray) data_dirs = g_ptr_array_new ();

  if (installed != NULL)
    *installed = FALSE;
  if (env != NULL && *env != '\0')
    return g_strdup (env);

  g_ptr_array_add (data_dirs, (gpointer) DATADIR);
  g_ptr_array_add (data_dirs, (gpointer) g_get_user_data_dir ());
  for (guint i = 0; system_dirs[i] != NULL; i++)
    g_ptr_array_add (data_dirs, (gpointer) system_dirs[i]);

  for (guint i = 0; i < data_dirs->len; i++)
    for (guint j = 0; languages[j] != NULL; j++)
      {
        g_autofree char *folder = g_build_filename (g_ptr_array_index (data_dirs, i), "help",
                                                    languages[j], PACKAGE_NAME, NULL);

        if (has_index (folder))
          {
            if (installed != NULL)
              *installed = TRUE;
            return g_steal_pointer (&folder);
          }
      }

  if (has_index (BUILD_HELP_DIR))
    return g_strdup (BUILD_HELP_DIR);
  return NULL;
}

static gboolean
is_mallard (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, MALLARD_NS) == 0 &&
         g_strcmp0 ((const char *) node->name, name) == 0;
}

/* An attribute of @node as a GLib string, or %NULL. */
static char *
dup_prop (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static gboolean
is_wide (gunichar c)
{
  return c >= 0x2E80;
}

/* Appends @text with its white space collapsed as a reader expects: a run
 * of white space is one space, none where a line break in the source
 * falls next to a Chinese character (Chinese has no spaces between
 * words). */
static void
append_text (GString    *markup,
             const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          gboolean newline = FALSE;
          gunichar before = 0;
          gunichar after;
          const char *end = p;

          while (*end != '\0' && g_unichar_isspace (g_utf8_get_char (end)))
            {
              newline |= *end == '\n';
              end = g_utf8_next_char (end);
            }
          after = g_utf8_get_char (end);
          if (markup->len > 0)
            before = g_utf8_get_char (g_utf8_find_prev_char (markup->str, markup->str + markup->len));
          /* at the end of a text node the next character is not known
           * yet: a space, taken off at the end of the block if last */
          if (markup->len > 0 && before != ' ' &&
              !(newline && (is_wide (before) || is_wide (after))))
            g_string_append_c (markup, ' ');
          p = end;
          continue;
        }
      {
        g_autofree char *escaped = g_markup_escape_text (p, g_utf8_next_char (p) - p);

        g_string_append (markup, escaped);
      }
      p = g_utf8_next_char (p);
    }
}

static void append_inline (GString *markup, xmlNode *node);

static void
append_children (GString *markup,
                 xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    append_inline (markup, child);
}

/* A key sequence as it is written on the keys: Ctrl+Shift+K. */
static void
append_keyseq (GString *markup,
               xmlNode *node)
{
  gboolean first = TRUE;

  g_string_append (markup, "<b>");
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (!is_mallard (child, "key"))
        continue;
      if (!first)
        g_string_append_c (markup, '+');
      append_children (markup, child);
      first = FALSE;
    }
  g_string_append (markup, "</b>");
}

static void
append_inline (GString *markup,
               xmlNode *node)
{
  if (node->type == XML_TEXT_NODE)
    {
      append_text (markup, (const char *) node->content);
      return;
    }
  if (node->type != XML_ELEMENT_NODE)
    return;

  if (is_mallard (node, "keyseq"))
    append_keyseq (markup, node);
  else if (is_mallard (node, "gui") || is_mallard (node, "key") || is_mallard (node, "em"))
    {
      g_string_append (markup, "<b>");
      append_children (markup, node);
      g_string_append (markup, "</b>");
    }
  else if (is_mallard (node, "file") || is_mallard (node, "cmd") || is_mallard (node, "code") ||
           is_mallard (node, "input") || is_mallard (node, "output") || is_mallard (node, "sys"))
    {
      g_string_append (markup, "<tt>");
      append_children (markup, node);
      g_string_append (markup, "</tt>");
    }
  else if (is_mallard (node, "link"))
    {
      g_autofree char *xref = dup_prop (node, "xref");
      g_autofree char *href = g_markup_printf_escaped ("<a href=\"%s/%s\">", FY_HELP_URI,
                                                       xref != NULL ? xref : "");

      g_string_append (markup, href);
      /* the target's title when empty, filled in by resolve_link_titles() */
      append_children (markup, node);
      g_string_append (markup, "</a>");
    }
  else
    append_children (markup, node);
}

typedef struct
{
  FyHelpPage *page;
  guint       step;  /* the last step's number in the steps being read */
} Reader;

static void
add_block (Reader          *reader,
           FyHelpBlockKind  kind,
           xmlNode         *node)
{
  FyHelpBlock *block = g_new0 (FyHelpBlock, 1);
  GString *markup = g_string_new (NULL);

  append_children (markup, node);
  while (markup->len > 0 && markup->str[markup->len - 1] == ' ')
    g_string_truncate (markup, markup->len - 1);
  block->kind = kind;
  block->number = kind == FY_HELP_BLOCK_STEP ? reader->step : 0;
  block->markup = g_string_free (markup, FALSE);
  g_ptr_array_add (reader->page->blocks, block);
}

static void read_blocks (Reader *reader, xmlNode *parent, FyHelpBlockKind kind);

/* The items of steps, list or terms. */
static void
read_items (Reader  *reader,
            xmlNode *list)
{
  gboolean steps = is_mallard (list, "steps");
  gboolean terms = is_mallard (list, "terms");

  reader->step = 0;
  for (xmlNode *item = list->children; item != NULL; item = item->next)
    {
      if (!is_mallard (item, "item"))
        continue;
      reader->step++;
      if (terms)
        {
          for (xmlNode *child = item->children; child != NULL; child = child->next)
            if (is_mallard (child, "title"))
              add_block (reader, FY_HELP_BLOCK_TERM, child);
          read_blocks (reader, item, FY_HELP_BLOCK_DEFINITION);
        }
      else
        read_blocks (reader, item, steps ? FY_HELP_BLOCK_STEP : FY_HELP_BLOCK_ITEM);
    }
}

/* The block elements under @parent; paragraphs become @kind. */
static void
read_blocks (Reader          *reader,
             xmlNode         *parent,
             FyHelpBlockKind  kind)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      if (is_mallard (node, "p"))
        add_block (reader, kind, node);
      else if (is_mallard (node, "note"))
        read_blocks (reader, node, FY_HELP_BLOCK_NOTE);
      else if (is_mallard (node, "steps") || is_mallard (node, "list") || is_mallard (node, "terms"))
        read_items (reader, node);
      else if (is_mallard (node, "section"))
        {
          for (xmlNode *child = node->children; child != NULL; child = child->next)
            if (is_mallard (child, "title"))
              add_block (reader, FY_HELP_BLOCK_HEADING, child);
          read_blocks (reader, node, FY_HELP_BLOCK_PARAGRAPH);
        }
    }
}

static void
collect_links (FyHelpPage *page,
               xmlNode    *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_mallard (child, "info"))
        continue;
      if (is_mallard (child, "link"))
        {
          g_autofree char *xref = dup_prop (child, "xref");

          if (xref != NULL && !g_ptr_array_find_with_equal_func (page->links, xref,
                                                                 g_str_equal, NULL))
            g_ptr_array_add (page->links, g_steal_pointer (&xref));
        }
      collect_links (page, child);
    }
}

static FyHelpPage *
load_page (const char  *folder,
           const char  *id,
           GError     **error)
{
  g_autofree char *name = g_strconcat (id, ".page", NULL);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;
  xmlDoc *doc;
  xmlNode *root;
  g_autofree char *page_id = NULL;
  FyHelpPage *page;
  Reader reader = { NULL, 0 };

  if (strchr (id, '/') != NULL || strchr (id, '\\') != NULL || *id == '.' ||
      !g_file_get_contents (path, &contents, &length, NULL))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_NOT_FOUND,
                   _("The help page “%1$s” is missing from %2$s."), name, folder);
      return NULL;
    }
  doc = xmlReadMemory (contents, (int) MIN (length, G_MAXINT), name, "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL || !is_mallard (root, "page"))
    {
      g_set_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT,
                   _("The help page “%s” is damaged: it is not a Mallard page."), path);
      g_clear_pointer (&doc, xmlFreeDoc);
      return NULL;
    }
  page_id = dup_prop (root, "id");
  if (g_strcmp0 (page_id, id) != 0)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_INVALID_CONTENT,
                   _("The help page “%1$s” calls itself “%2$s”."), path,
                   page_id != NULL ? page_id : "");
      xmlFreeDoc (doc);
      return NULL;
    }

  page = g_new0 (FyHelpPage, 1);
  page->id = g_strdup (id);
  page->blocks = g_ptr_array_new_with_free_func (help_block_free);
  page->links = g_ptr_array_new_with_free_func (g_free);
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (is_mallard (child, "title") && page->title == NULL)
      {
        xmlChar *text = xmlNodeGetContent (child);

        page->title = g_strstrip (g_strdup ((const char *) text));
        xmlFree (text);
      }
  if (page->title == NULL)
    page->title = g_strdup (id);
  reader.page = page;
  read_blocks (&reader, root, FY_HELP_BLOCK_PARAGRAPH);
  collect_links (page, root);
  xmlFreeDoc (doc);
  return page;
}

/* An empty link (<link xref="x"/>) shows the title of its page. */
static void
resolve_link_titles (FyHelp *help)
{
  for (guint i = 0; i < help->pages->len; i++)
    {
      FyHelpPage *page = g_ptr_array_index (help->pages, i);

      for (guint j = 0; j < page->blocks->len; j++)
        {
          FyHelpBlock *block = g_ptr_array_index (page->blocks, j);

          for (guint k = 0; k < page->links->len; k++)
            {
              const char *xref = g_ptr_array_index (page->links, k);
              g_autofree char *empty = g_markup_printf_escaped ("<a href=\"%s/%s\"></a>",
                                                                FY_HELP_URI, xref);
              g_autofree char *full = NULL;
              FyHelpPage *target = fy_help_lookup (help, xref);
              g_auto(GStrv) parts = NULL;

              if (target == NULL || strstr (block->markup, empty) == NULL)
                continue;
              full = g_markup_printf_escaped ("<a href=\"%s/%s\">%s</a>", FY_HELP_URI, xref,
                                              target->title);
              parts = g_strsplit (block->markup, empty, -1);
              g_free (block->markup);
              block->markup = g_strjoinv (full, parts);
            }
        }
    }
}

/**
 * fy_help_load:
 * @folder: a folder from fy_help_find_folder()
 * @error: return location for an error
 *
 * Reads index.page and every page it links to, and every page those link
 * to, in the order they are named.  A page that is named and missing or
 * damaged is an error that names it.
 *
 * Returns: (transfer full) (nullable): the guide, or %NULL with @error set
 */
FyHelp *
fy_help_load (const char  *folder,
              GError     **error)
{
  g_autoptr(FyHelp) help = g_new0 (FyHelp, 1);
  FyHelpPage *index;

  g_return_val_if_fail (folder != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  help->folder = g_strdup (folder);
  help->pages = g_ptr_array_new_with_free_func (help_page_free);
  index = load_page (folder, "index", error);
  if (index == NULL)
    return NULL;
  g_ptr_array_add (help->pages, index);

  for (guint i = 0; i < help->pages->len; i++)
    {
      FyHelpPage *page = g_ptr_array_index (help->pages, i);

      for (guint j = 0; j < page->links->len; j++)
        {
          const char *xref = g_ptr_array_index (page->links, j);
          FyHelpPage *linked;

          if (fy_help_lookup (help, xref) != NULL)
            continue;
          linked = load_page (folder, xref, error);
          if (linked == NULL)
            {
              g_prefix_error (error, _("“%s” links to a page that cannot be read: "), page->title);
              return NULL;
            }
          g_ptr_array_add (help->pages, linked);
        }
    }
  resolve_link_titles (help);
  return g_steal_pointer (&help);
}

/**
 * fy_help_lookup:
 * @help: the guide
 * @id: a page's id
 *
 * Returns: (transfer none) (nullable): the page, or %NULL
 */
FyHelpPage *
fy_help_lookup (FyHelp     *help,
                const char *id)
{
  g_return_val_if_fail (help != NULL, NULL);

  for (guint i = 0; i < help->pages->len; i++)
    {
      FyHelpPage *page = g_ptr_array_index (help->pages, i);

      if (g_strcmp0 (page->id, id) == 0)
        return page;
    }
  return NULL;
}

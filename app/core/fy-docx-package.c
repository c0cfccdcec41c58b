/* fy-docx-package.c — the parts of a .docx package around its text
 *
 * What fy-docx-import.c reads besides the body: the parts the package's
 * relationships name (each read safely by fy-docx-parts.c), the core and
 * custom properties (Fayan's own fields and settings), the page headers
 * and footers it leaves out and names, and the parts that hold lists and
 * notes.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-docx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/tree.h>
#include <string.h>

#include "fy-comparison.h"
#include "fy-docx-import-private.h"
#include "fy-docx-private.h"
#include "fy-error.h"
#include "fy-numbering.h"

/* XML helpers (fy_docx_is_w and the others: fy-docx-parts.c) */

static gboolean
is_named (xmlNode    *node,
          const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static char *
get_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);

  return copy;
}

/* Reading the archive (the safe reading itself is in fy-docx-parts.c) */

/* Reads and parses a part; NULL without @error when it is absent. */
xmlDoc *
fy_docx_import_load_part (FyDocxImport *import,
                          const char   *name,
                          GError      **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  data = fy_docx_read_part (import->archive, &import->total_read, name, &length, error);
  if (data == NULL)
    return NULL;

  return fy_docx_parse_part (name, data, length, error);
}

/* The target of the first relationship of @type in the .rels part
 * @rels_name, resolved against @base (a folder, "" or "word/"). */
char *
fy_docx_import_find_relationship (FyDocxImport *import,
                                  const char   *rels_name,
                                  const char   *type_suffix,
                                  const char   *base,
                                  GError      **error)
{
  xmlDoc *doc = fy_docx_import_load_part (import, rels_name, error);
  xmlNode *root;
  char *found = NULL;

  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  for (xmlNode *c = root != NULL ? root->children : NULL; c != NULL && found == NULL; c = c->next)
    {
      g_autofree char *type = NULL;
      g_autofree char *target = NULL;
      g_autofree char *mode = NULL;

      if (!is_named (c, "Relationship"))
        continue;
      type = get_attr (c, "Type");
      target = get_attr (c, "Target");
      mode = get_attr (c, "TargetMode");
      if (type == NULL || target == NULL || !g_str_has_suffix (type, type_suffix) ||
          (mode != NULL && g_str_equal (mode, "External")))
        continue;

      found = target[0] == '/' ? g_strdup (target + 1) : g_strconcat (base, target, NULL);
      if (!fy_docx_part_name_is_safe (found))
        {
          g_set_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT,
                       _("The document points to “%s”, outside the file: Fayan does not "
                         "follow it. Save the document as .docx in WPS or Word and open "
                         "that file."),
                       target);
          g_clear_pointer (&found, g_free);
          break;
        }
    }

  xmlFreeDoc (doc);

  return found;
}

/* Properties */

void
fy_docx_import_load_core_properties (FyDocxImport *import)
{
  xmlDoc *doc = fy_docx_import_load_part (import, "docProps/core.xml", NULL);
  xmlNode *root;

  if (doc == NULL)
    return;

  root = xmlDocGetRootElement (doc);
  for (xmlNode *c = root != NULL ? root->children : NULL; c != NULL; c = c->next)
    {
      xmlChar *content;

      if (c->type != XML_ELEMENT_NODE)
        continue;
      content = xmlNodeGetContent (c);
      if (content != NULL && *content != '\0' && g_utf8_validate ((const char *) content, -1, NULL))
        {
          if (is_named (c, "title"))
            {
              g_free (import->core_title);
              import->core_title = g_strdup ((const char *) content);
            }
          else if (is_named (c, "creator"))
            {
              g_free (import->core_creator);
              import->core_creator = g_strdup ((const char *) content);
            }
        }
      xmlFree (content);
    }

  xmlFreeDoc (doc);
}

/* The document's title is its title block's text, which the colleague
 * who revised it may have changed; the properties' title only when there
 * is no title block.  A Word file carries the title and author of
 * whatever document it was first made from (a 2019 summary, "Administrator"):
 * only a file Fayan wrote has its own speaker and title there. */
void
fy_docx_import_take_title_and_speaker (FyDocxImport *import)
{
  FyDocument *document = import->document;

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    if (fy_block_get_role (fy_document_get_block (document, i)) == FY_BLOCK_ROLE_TITLE)
      {
        g_autofree char *title = fy_block_dup_text (fy_document_get_block (document, i));

        fy_document_set_title (document, g_strdelimit (title, "\n", ' '));
        break;
      }

  if (!import->from_fayan)
    return;
  if (fy_document_get_title (document) == NULL && import->core_title != NULL)
    fy_document_set_title (document, import->core_title);
  if (import->core_creator != NULL)
    fy_document_set_speaker (document, import->core_creator);
}

void
fy_docx_import_load_custom_properties (FyDocxImport *import)
{
  xmlDoc *doc = fy_docx_import_load_part (import, "docProps/custom.xml", NULL);
  xmlNode *root;

  if (doc == NULL)
    return;

  root = xmlDocGetRootElement (doc);
  for (xmlNode *c = root != NULL ? root->children : NULL; c != NULL; c = c->next)
    {
      g_autofree char *name = NULL;
      xmlChar *content;
      const char *value;

      if (!is_named (c, "property") || (name = get_attr (c, "name")) == NULL)
        continue;
      content = xmlNodeGetContent (c);
      value = (const char *) content;
      if (value == NULL || !g_utf8_validate (value, -1, NULL) || !g_utf8_validate (name, -1, NULL))
        {
          xmlFree (content);
          continue;
        }

      import->from_fayan |= g_str_has_prefix (name, FY_DOCX_PROP_FIELD_PREFIX) ||
                            g_str_has_prefix (name, FY_DOCX_PROP_META_PREFIX);
      if (g_str_has_prefix (name, FY_DOCX_PROP_FIELD_PREFIX))
        fy_document_set_field_value (import->document, name + strlen (FY_DOCX_PROP_FIELD_PREFIX), value);
      else if (g_str_equal (name, FY_DOCX_PROP_META_PREFIX "meeting"))
        fy_document_set_meeting (import->document, value);
      else if (g_str_equal (name, FY_DOCX_PROP_META_PREFIX "organisation"))
        fy_document_set_organisation (import->document, value);
      else if (g_str_equal (name, FY_DOCX_PROP_META_PREFIX "date"))
        fy_document_set_date (import->document, value);
      else if (g_str_equal (name, FY_DOCX_PROP_META_PREFIX "style preset"))
        fy_document_set_style_preset (import->document, value);
      else if (g_str_equal (name, FY_DOCX_PROP_META_PREFIX "template"))
        fy_document_set_template_id (import->document, value);
      else if (g_str_equal (name, FY_DOCX_PROP_META_PREFIX "numbering"))
        {
          FyNumberingMode mode;

          if (fy_numbering_mode_from_string (value, &mode))
            {
              fy_document_set_numbering (import->document, mode);
              import->has_numbering = TRUE;
            }
        }
      else if (g_str_equal (name, FY_DOCX_PROP_BASE_DIGEST))
        fy_comparison_set_base_digest (import->document, value);
      else if (g_str_equal (name, FY_DOCX_PROP_META_PREFIX "page numbers"))
        fy_document_set_page_numbers (import->document, g_strcmp0 (value, "off") != 0);
      else if (g_str_equal (name, FY_DOCX_PROP_META_PREFIX "time limit"))
        fy_document_set_time_limit (import->document, (guint) CLAMP (g_ascii_strtoll (value, NULL, 10), 0, 600));
      xmlFree (content);
    }

  xmlFreeDoc (doc);
}


/* The part @rels_part names by @type_suffix, parsed; NULL when there is
 * none (or with @error set). */
static xmlDoc *
load_related (FyDocxImport *import,
              const char   *rels_part,
              const char   *type_suffix,
              const char   *base,
              GError      **error)
{
  g_autofree char *part = fy_docx_import_find_relationship (import, rels_part, type_suffix, base, error);

  return part != NULL ? fy_docx_import_load_part (import, part, error) : NULL;
}

/* The text of the w:t under @node, in order. */
static void
gather_text (xmlNode *node,
             GString *text,
             guint    depth)
{
  for (xmlNode *c = node->children; c != NULL && depth < 32 && text->len < 1024; c = c->next)
    {
      if (fy_docx_is_w (c, "t"))
        {
          xmlChar *content = xmlNodeGetContent (c);

          g_string_append (text, (const char *) content);
          xmlFree (content);
        }
      else if (c->type == XML_ELEMENT_NODE && !fy_docx_is_w (c, "del"))
        gather_text (c, text, depth + 1);
    }
}

/* Whether @text says no more than a page number ("第 3 页", "— 3 —",
 * "第1页 共4页"), which Fayan prints itself. */
static gboolean
is_page_number_text (const char *text)
{
  for (const char *s = text; *s != '\0'; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);

      if (!g_unichar_isspace (c) && !g_unichar_isdigit (c) && g_utf8_strchr ("第页共—–-/·PAGE", -1, c) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* The text in the page headers and footers of the main part (the rels of
 * @rels_part): Fayan prints its own page numbers and no header, so the
 * import quotes each text it leaves out (a 【…】 内部资料 line), once. */
void
fy_docx_import_warn_headers (FyDocxImport *import,
                             const char   *rels_part,
                             const char   *base)
{
  g_autoptr(GHashTable) said = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  xmlDoc *rels = fy_docx_import_load_part (import, rels_part, NULL);
  xmlNode *root = rels != NULL ? xmlDocGetRootElement (rels) : NULL;

  for (xmlNode *c = root != NULL ? root->children : NULL; c != NULL; c = c->next)
    {
      g_autofree char *type = is_named (c, "Relationship") ? get_attr (c, "Type") : NULL;
      g_autofree char *target = type != NULL ? get_attr (c, "Target") : NULL;
      g_autofree char *part = NULL;
      gboolean header = type != NULL && g_str_has_suffix (type, "/header");
      GString *text;
      xmlDoc *doc;

      if (target == NULL || (!header && !g_str_has_suffix (type, "/footer")))
        continue;
      part = target[0] == '/' ? g_strdup (target + 1) : g_strconcat (base, target, NULL);
      doc = fy_docx_part_name_is_safe (part) ? fy_docx_import_load_part (import, part, NULL) : NULL;
      if (doc == NULL)
        continue;
      text = g_string_new (NULL);
      if (xmlDocGetRootElement (doc) != NULL)
        gather_text (xmlDocGetRootElement (doc), text, 0);
      xmlFreeDoc (doc);
      g_strstrip (text->str);
      if (!is_page_number_text (text->str) && !g_hash_table_contains (said, text->str))
        fy_docx_import_warn (import, g_strdup_printf (header ? _("The page header “%s” was left "
                                                                 "out: Fayan prints its own page "
                                                                 "numbers and no header. Add it in "
                                                                 "WPS or Word after the last "
                                                                 "revision if the copy needs it.")
                                                             : _("The page footer “%s” was left out: "
                                                                 "Fayan prints its own page numbers "
                                                                 "and no footer. Add it in WPS or "
                                                                 "Word after the last revision if "
                                                                 "the copy needs it."),
                                                      text->str));
      g_hash_table_add (said, g_string_free (text, FALSE));
    }
  if (rels != NULL)
    xmlFreeDoc (rels);
}

/* Lists and notes, which Word keeps outside the text. */
gboolean
fy_docx_import_load_notes (FyDocxImport *import,
                           const char   *rels_part,
                           const char   *base,
                           GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  xmlDoc *parts[4] = { NULL, NULL, NULL, NULL };
  static const char *const types[4] = { "/numbering", "/footnotes", "/endnotes", "/comments" };

  for (guint i = 0; i < G_N_ELEMENTS (parts) && local_error == NULL; i++)
    parts[i] = load_related (import, rels_part, types[i], base, &local_error);
  if (local_error == NULL)
    import->notes = fy_docx_notes_new (parts[0], parts[1], parts[2], parts[3]);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL)
      xmlFreeDoc (parts[i]);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

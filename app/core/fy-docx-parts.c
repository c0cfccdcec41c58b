/* fy-docx-parts.c — the safe reading of a .docx archive's parts
 *
 * A .docx file is a zip archive of XML parts.  Whatever the file holds,
 * every part is read by a name that stays inside the archive, within a
 * size and a compression-ratio limit (zip bombs) and a total, and parsed
 * by libxml2 without network access, DTDs or entity expansion.
 * fy-docx-import.c reads a document through these functions only.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-docx"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>
#include <zip.h>

#include "fy-docx.h"
#include "fy-docx-private.h"
#include "fy-error.h"
#include "fy-table.h"
#include "fy-table-layout.h"

void
fy_docx_set_format_error (GError     **error,
                          const char  *detail)
{
  g_set_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT,
               _("This is not a Word document that Fayan can read (%s). "
                 "Open it in WPS or Word, save it as .docx and open that file."),
               detail);
}

gboolean
fy_docx_part_name_is_safe (const char *name)
{
  g_auto(GStrv) parts = NULL;

  if (name == NULL || *name == '\0' || name[0] == '/' || strchr (name, '\\') != NULL ||
      strchr (name, ':') != NULL)
    return FALSE;

  parts = g_strsplit (name, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      return FALSE;

  return TRUE;
}

/* Reads one part, or returns NULL: with @error set when the part exists
 * but is too large, compressed suspiciously well or unreadable. */
char *
fy_docx_read_part (zip_t       *archive,
                   guint64     *total_read,
                   const char  *name,
                   gsize       *length,
                   GError     **error)
{
  zip_stat_t st;
  zip_file_t *zf;
  char *data;
  zip_int64_t n;

  zip_stat_init (&st);
  if (zip_stat (archive, name, 0, &st) < 0)
    return NULL;

  if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE) ||
      st.size > FY_DOCX_MAX_PART_SIZE ||
      *total_read + st.size > FY_DOCX_MAX_TOTAL_SIZE)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_TOO_LARGE,
                   _("The part “%1$s” of the document unpacks to more than %2$u MiB, "
                     "far more than any speech: Fayan does not read it."),
                   name, (guint) (FY_DOCX_MAX_PART_SIZE / (1024 * 1024)));
      return NULL;
    }

  if (st.size > FY_DOCX_RATIO_FREE && st.comp_size * FY_DOCX_MAX_RATIO < st.size)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_TOO_LARGE,
                   _("The part “%1$s” of the document is compressed more than %2$u times: "
                     "it looks like a zip bomb, so Fayan does not unpack it."),
                   name, (guint) FY_DOCX_MAX_RATIO);
      return NULL;
    }

  zf = zip_fopen (archive, name, 0);
  if (zf == NULL)
    {
      fy_docx_set_format_error (error, zip_strerror (archive));
      return NULL;
    }

  /* The size in the directory may lie: read one byte more than it says
   * to notice, and never more. */
  data = g_malloc (st.size + 2);
  n = zip_fread (zf, data, st.size + 1);
  if (n < 0 || (zip_uint64_t) n != st.size)
    {
      fy_docx_set_format_error (error, n < 0 ? zip_file_strerror (zf) : _("a part is damaged"));
      zip_fclose (zf);
      g_free (data);
      return NULL;
    }
  zip_fclose (zf);

  data[n] = '\0';
  *total_read += n;
  *length = n;

  return data;
}

xmlDoc *
fy_docx_parse_part (const char  *name,
                    const char  *data,
                    gsize        length,
                    GError     **error)
{
  xmlParserCtxtPtr ctxt;
  xmlDoc *doc;

  /* No .docx part has a DTD; one that has may define entities that
   * expand without end, so it is refused before parsing. */
  if (g_strstr_len (data, MIN (length, 4096), "<!DOCTYPE") != NULL ||
      g_strstr_len (data, MIN (length, 4096), "<!ENTITY") != NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT,
                   _("The part “%s” of the document declares a document type (DTD), which "
                     "Word never writes: Fayan does not read it. Save the document as .docx "
                     "in WPS or Word and open that file."),
                   name);
      return NULL;
    }

  if (length > G_MAXINT)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_TOO_LARGE, _("The part “%s” is too large."), name);
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_FAILED, "%s", g_strerror (ENOMEM));
      return NULL;
    }

  doc = xmlCtxtReadMemory (ctxt, data, (int) length, name, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_NOCDATA);
  if (doc == NULL || doc->intSubset != NULL || doc->extSubset != NULL)
    {
      const xmlError *xerr = xmlCtxtGetLastError (ctxt);
      g_autofree char *message = NULL;

      message = g_strstrip (g_strdup (xerr != NULL && xerr->message != NULL ? xerr->message : "DTD"));
      if (!g_utf8_validate (message, -1, NULL))
        g_clear_pointer (&message, g_free);
      g_set_error (error, FY_ERROR, FY_ERROR_SYNTAX,
                   _("The part “%1$s” of the document is damaged (line %2$d: %3$s). "
                     "Open it in WPS or Word, save it as .docx again and open that file."),
                   name, xerr != NULL ? xerr->line : 0, message != NULL ? message : "?");
      if (doc != NULL)
        xmlFreeDoc (doc);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }

  xmlFreeParserCtxt (ctxt);

  return doc;
}

gboolean
fy_docx_check_archive (zip_t   *archive,
                       GError **error)
{
  zip_int64_t n = zip_get_num_entries (archive, 0);

  if (n > FY_DOCX_MAX_ENTRIES)
    {
      g_set_error (error, FY_ERROR, FY_ERROR_TOO_LARGE,
                   _("The document holds more than %u files, far more than any speech: "
                     "Fayan does not read it."),
                   (guint) FY_DOCX_MAX_ENTRIES);
      return FALSE;
    }

  for (zip_int64_t i = 0; i < n; i++)
    {
      const char *name = zip_get_name (archive, i, ZIP_FL_ENC_GUESS);

      if (name == NULL || !fy_docx_part_name_is_safe (name))
        {
          g_set_error (error, FY_ERROR, FY_ERROR_WRONG_FORMAT,
                       _("The document holds a file named “%s”, outside the document itself: "
                         "Fayan does not read such files. Save it as .docx in WPS or Word and "
                         "open that file."),
                       name != NULL && g_utf8_validate (name, -1, NULL) ? name : "?");
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * fy_docx_is_w:
 * @node: a node
 * @name: an element name
 *
 * Returns: whether @node is the WordprocessingML element @name (w:@name)
 */
gboolean
fy_docx_is_w (xmlNode    *node,
              const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         strcmp ((const char *) node->ns->href, FY_DOCX_NS_W) == 0 &&
         strcmp ((const char *) node->name, name) == 0;
}

/**
 * fy_docx_child_w:
 * @node: an element
 * @name: an element name
 *
 * Returns: (nullable) (transfer none): the first child w:@name of @node
 */
xmlNode *
fy_docx_child_w (xmlNode    *node,
                 const char *name)
{
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if (fy_docx_is_w (c, name))
      return c;

  return NULL;
}

/**
 * fy_docx_get_w_attr:
 * @node: (nullable): an element
 * @name: an attribute name
 *
 * Returns: (nullable) (transfer full): the attribute w:@name (w:val or
 *   another) of @node as a new string
 */
char *
fy_docx_get_w_attr (xmlNode    *node,
                    const char *name)
{
  xmlChar *value;
  char *copy;

  if (node == NULL)
    return NULL;
  value = xmlGetNsProp (node, BAD_CAST name, BAD_CAST FY_DOCX_NS_W);
  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);

  return copy;
}

/**
 * fy_docx_get_toggle:
 * @properties: (nullable): run or paragraph properties (w:rPr, w:pPr)
 * @name: an on/off property such as "b": <w:b/> or <w:b w:val="0"/>
 *
 * Returns: 1 when @properties turn @name on, 0 when off, -1 when they do
 *   not set it
 */
int
fy_docx_get_toggle (xmlNode    *properties,
                    const char *name)
{
  xmlNode *node = properties != NULL ? fy_docx_child_w (properties, name) : NULL;
  g_autofree char *val = NULL;

  if (node == NULL)
    return -1;
  val = fy_docx_get_w_attr (node, "val");

  return !(val != NULL && (g_str_equal (val, "0") || g_str_equal (val, "false") ||
                           g_str_equal (val, "off")));
}

/**
 * fy_docx_is_highlighted:
 * @rpr: (nullable): a run's w:rPr
 *
 * Returns: whether the run is highlighted (Word's 突出显示, w:highlight)
 *   or shaded with a colour (w:shd): a colleague's "look here"
 */
gboolean
fy_docx_is_highlighted (xmlNode *rpr)
{
  g_autofree char *highlight = NULL;
  g_autofree char *fill = NULL;

  if (rpr == NULL)
    return FALSE;
  highlight = fy_docx_get_w_attr (fy_docx_child_w (rpr, "highlight"), "val");
  fill = fy_docx_get_w_attr (fy_docx_child_w (rpr, "shd"), "fill");
  return (highlight != NULL && g_ascii_strcasecmp (highlight, "none") != 0) ||
         (fill != NULL && g_ascii_strcasecmp (fill, "auto") != 0 && g_ascii_strcasecmp (fill, "FFFFFF") != 0);
}

/**
 * fy_docx_is_red:
 * @rpr: (nullable): run properties (w:rPr)
 *
 * Returns: whether @rpr colours text red, as a colleague marks what is to
 *   be checked or a 红头 prints its organ (FF0000, C00000, E60012: red
 *   well above green and blue)
 */
gboolean
fy_docx_is_red (xmlNode *rpr)
{
  g_autofree char *value = rpr != NULL ? fy_docx_get_w_attr (fy_docx_child_w (rpr, "color"), "val") : NULL;
  char *end = NULL;
  guint64 rgb;
  guint r, g, b;

  if (value == NULL || strlen (value) != 6)
    return FALSE;
  rgb = g_ascii_strtoull (value, &end, 16);
  if (end == NULL || *end != '\0')
    return FALSE;
  r = (rgb >> 16) & 0xff;
  g = (rgb >> 8) & 0xff;
  b = rgb & 0xff;
  return r >= 0x99 && g <= r / 2 && b <= r / 2;
}

/**
 * fy_docx_table_reads_as_headed:
 * @block: a table block
 *
 * A table Word marks no header row in (w:tblHeader) whose first row
 * reads as one all the same: text over a column whose every cell below
 * holds a figure (乡镇 | 企业数 over 城关镇 | 128, 河西乡 | 46), as a
 * table a colleague adds in Word or WPS opens.
 *
 * Returns: whether the first row of @block heads its columns
 */
gboolean
fy_docx_table_reads_as_headed (FyBlock *block)
{
  g_autoptr(FyTable) table = fy_table_new_from_block (block);
  guint n_rows = fy_table_get_n_rows (table);
  gboolean figures = FALSE;

  if (n_rows < 3)
    return FALSE;
  for (guint c = 0; c < fy_table_get_n_columns (table); c++)
    {
      const char *head = fy_table_get_cell (table, 0, c);
      gboolean all = TRUE;

      if (fy_table_layout_is_number (head))
        return FALSE;
      for (guint r = 1; r < n_rows && all; r++)
        all = fy_table_layout_is_number (fy_table_get_cell (table, r, c));
      figures |= all && *head != '\0';
    }
  return figures;
}

/* fy-import-html.c — a web page's HTML, as a browser puts it on the clipboard, into text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include <string.h>

#include "fy-block.h"
#include "fy-import.h"
#include "fy-import-private.h"
#include "fy-numbering.h"

/*
 * A browser puts a copied article on the clipboard twice: as plain text,
 * where a WeChat article's headline is one more short line, and as HTML,
 * where it is the page's <h1> (class rich_media_title on WeChat).  Pasted
 * into a document that already holds text, the plain text is read
 * without a title (fy_import_paste_with_notes()), so the headline came in
 * as body text.  This small reader takes the text out of the HTML, a
 * paragraph a line (<p>, <div>, <br>, a heading: a line each; a table's
 * cells separated by tabs, as WPS puts a table on the clipboard; tags
 * stripped; entities decoded; scripts and styles left out), and the
 * headline apart, so that the body goes through the same web-text import
 * as plain text and the headline is set as a title.
 *
 * It is no HTML parser: unclosed tags, attributes without quotes and
 * comments are taken as a browser's clipboard writes them, and anything
 * else reads as text, so nothing is lost.
 */

typedef struct
{
  GString  *text;          /* the lines read */
  GString  *headline;      /* the headline's words */
  char      head_tag[8];   /* the element the headline is in, while in it */
  guint     head_depth;    /* …nested in itself so deep */
  gboolean  headline_done; /* found, or text came first: no more */
  guint     skip_depth;    /* in a script, a style: nothing read */
  guint     cell_depth;    /* in a table cell: its lines are one */
  guint     cells;         /* the cells of the row so far */
} Reader;

static GString *
sink (Reader *reader)
{
  return reader->head_depth > 0 ? reader->headline : reader->text;
}

static void
drop_trailing_blank (GString *out)
{
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
}

/* Ends the line being read, its trailing blanks dropped; no empty lines. */
static void
end_line (Reader *reader)
{
  GString *out = sink (reader);

  drop_trailing_blank (out);
  if (out == reader->text && out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
  else if (out == reader->headline && out->len > 0)
    g_string_append_c (out, ' ');
}

/* Text, blanks collapsed as a browser shows them: none at a line's start. */
static void
add_char (Reader   *reader,
          gunichar  c)
{
  GString *out = sink (reader);

  if (reader->skip_depth > 0)
    return;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0)
    {
      if (out->len > 0 && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n' &&
          out->str[out->len - 1] != '\t')
        g_string_append_c (out, ' ');
      return;
    }
  if (out == reader->text)
    reader->headline_done = TRUE;
  g_string_append_unichar (out, c);
}

static const struct
{
  const char *name;
  gunichar    c;
} entities[] = {
  { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  { "nbsp", 0xA0 }, { "ensp", 0x2002 }, { "emsp", 0x3000 }, { "ldquo", 0x201C },
  { "rdquo", 0x201D }, { "lsquo", 0x2018 }, { "rsquo", 0x2019 }, { "mdash", 0x2014 },
  { "ndash", 0x2013 }, { "hellip", 0x2026 }, { "middot", 0x00B7 }, { "times", 0x00D7 },
  { "deg", 0x00B0 }, { "permil", 0x2030 }, { "yen", 0x00A5 }, { "copy", 0x00A9 },
};

/* The character of the entity at @p (just past its '&'), 0 if there is
 * none there (the '&' is then text); *@end is past its ';'. */
static gunichar
read_entity (const char  *p,
             const char **end)
{
  const char *semi = p;
  gunichar c = 0;

  while (*semi != '\0' && *semi != ';' && semi - p < 10 && (g_ascii_isalnum (*semi) || *semi == '#'))
    semi++;
  if (*semi != ';' || semi == p)
    return 0;

  if (*p == '#')
    {
      gboolean hex = p[1] == 'x' || p[1] == 'X';
      char *digits_end;
      guint64 value = g_ascii_strtoull (p + (hex ? 2 : 1), &digits_end, hex ? 16 : 10);

      if (digits_end == semi && value > 0 && value <= 0x10FFFF && g_unichar_validate (value))
        c = value;
    }
  else
    for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
      if (strlen (entities[i].name) == (gsize) (semi - p) && strncmp (p, entities[i].name, semi - p) == 0)
        c = entities[i].c;

  if (c != 0)
    *end = semi + 1;
  return c;
}

static gboolean
is_one_of (const char        *name,
           const char *const *names)
{
  return g_strv_contains (names, name);
}

/* A tag that starts a line of its own. */
static gboolean
is_block (const char *name)
{
  static const char *const names[] = {
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "pre", "hr",
    "figure", "figcaption", "table", "tr", "br", "caption", NULL,
  };

  return is_one_of (name, names);
}

static gboolean
is_skipped (const char *name)
{
  static const char *const names[] = { "script", "style", "head", "title", "noscript", "svg", "template", NULL };

  return is_one_of (name, names);
}

/* Whether the tag @name with @attributes holds the page's headline: the
 * first <h1> before any text, or WeChat's rich_media_title.  An <h2>
 * opens a section: a fragment copied from the middle of a page often
 * starts with one, and it is no title. */
static gboolean
opens_headline (Reader     *reader,
                const char *name,
                const char *attributes)
{
  if (reader->headline_done || reader->head_depth > 0 || reader->skip_depth > 0 ||
      reader->cell_depth > 0 || strlen (name) >= sizeof reader->head_tag)
    return FALSE;
  return strcmp (name, "h1") == 0 ||
         strstr (attributes, "rich_media_title") != NULL;
}

static void
open_tag (Reader     *reader,
          const char *name,
          const char *attributes)
{
  if (is_skipped (name))
    reader->skip_depth++;
  else if (opens_headline (reader, name, attributes))
    {
      end_line (reader);
      g_strlcpy (reader->head_tag, name, sizeof reader->head_tag);
      reader->head_depth = 1;
    }
  else if (reader->head_depth > 0 && strcmp (name, reader->head_tag) == 0)
    reader->head_depth++;

  if (strcmp (name, "tr") == 0)
    {
      end_line (reader);
      reader->cells = 0;
    }
  else if (strcmp (name, "td") == 0 || strcmp (name, "th") == 0)
    {
      drop_trailing_blank (reader->text);
      if (reader->cells++ > 0)
        g_string_append_c (reader->text, '\t');
      reader->cell_depth++;
    }
  else if (is_block (name))
    {
      if (reader->cell_depth > 0)
        add_char (reader, ' ');
      else
        end_line (reader);
    }
}

static void
close_tag (Reader     *reader,
           const char *name)
{
  if (is_skipped (name))
    {
      if (reader->skip_depth > 0)
        reader->skip_depth--;
      return;
    }
  if (reader->head_depth > 0 && strcmp (name, reader->head_tag) == 0 && --reader->head_depth == 0)
    {
      reader->headline_done = TRUE;
      end_line (reader);
      return;
    }
  if ((strcmp (name, "td") == 0 || strcmp (name, "th") == 0) && reader->cell_depth > 0)
    reader->cell_depth--;
  else if (is_block (name) && reader->cell_depth == 0)
    end_line (reader);
}

/* Reads the tag or comment at @p (its '<'); returns where the text goes
 * on, or NULL if @p opens no tag (the '<' is then text). */
static const char *
read_tag (Reader     *reader,
          const char *p)
{
  const char *q = p + 1;
  gboolean closing = *q == '/';
  g_autofree char *name = NULL;
  g_autofree char *attributes = NULL;
  const char *start;
  char quote = 0;

  if (g_str_has_prefix (p, "<!--"))
    {
      const char *end = strstr (p + 4, "-->");

      return end != NULL ? end + 3 : p + strlen (p);
    }
  if (closing)
    q++;
  if (!g_ascii_isalpha (*q) && *q != '!' && *q != '?')
    return NULL;

  for (start = q; g_ascii_isalnum (*q); q++)
    ;
  name = g_ascii_strdown (start, q - start);
  for (start = q; *q != '\0' && (quote != 0 || *q != '>'); q++)
    {
      if (quote == 0 && (*q == '"' || *q == '\''))
        quote = *q;
      else if (*q == quote)
        quote = 0;
    }
  attributes = g_strndup (start, q - start);

  if (closing)
    close_tag (reader, name);
  else if (*name != '\0')
    open_tag (reader, name, attributes);
  return *q == '>' ? q + 1 : q;
}

/**
 * fy_import_html_to_text:
 * @html: UTF-8 HTML, as a browser puts a copied page on the clipboard
 * @headline: (out) (optional) (transfer full) (nullable): the page's
 *   headline, taken out of the text: its first <h1>, or WeChat's
 *   rich_media_title, when no text comes before it; %NULL if none
 *
 * Returns: (transfer full): @html's text, a paragraph a line, a table's
 *   cells separated by tabs
 */
char *
fy_import_html_to_text (const char  *html,
                        char       **headline)
{
  Reader reader = { g_string_new (NULL), g_string_new (NULL), "", 0, FALSE, 0, 0, 0 };
  const char *p = html;

  g_return_val_if_fail (html != NULL, NULL);

  while (*p != '\0')
    {
      const char *next = NULL;
      gunichar c;

      if (*p == '<')
        next = read_tag (&reader, p);
      else if (*p == '&' && (c = read_entity (p + 1, &next)) != 0)
        add_char (&reader, c);
      if (next != NULL)
        {
          p = next;
          continue;
        }
      add_char (&reader, g_utf8_get_char (p));
      p = g_utf8_next_char (p);
    }
  end_line (&reader);

  g_strstrip (reader.headline->str);
  reader.headline->len = strlen (reader.headline->str);
  if (headline != NULL)
    *headline = reader.headline->len > 0 ? g_string_free (reader.headline, FALSE) : NULL;
  if (headline == NULL || *headline == NULL)
    g_string_free (reader.headline, TRUE);
  return g_string_free (reader.text, FALSE);
}

/* Whether @html is an office program's (Word's, WPS's): their headings
 * are the document's own, read from their plain text. */
static gboolean
is_office_html (const char *html)
{
  return strstr (html, "urn:schemas-microsoft-com:office") != NULL;
}

/**
 * fy_import_paste_html_with_notes:
 * @html: HTML pasted into a document that holds text, as a browser puts
 *   a copied page on the clipboard (bytes that are not UTF-8 replaced)
 * @length: the length of @html in bytes, or -1 if it is nul-terminated
 * @notes: (out) (optional) (transfer full): as fy_import_paste_with_notes()
 *
 * A web page's article pasted with its headline: the headline
 * (fy_import_html_to_text()) is a title block, as it would be in an
 * empty document, and the rest goes through fy_import_paste_with_notes().
 * A headline that opens with a heading's number (一、) is a section's, and
 * an office program's HTML (Word, WPS) has its headings in its own
 * plain text: for those, for HTML without a headline and for a headline
 * with nothing under it, this returns %NULL, and the plain text on the
 * clipboard is the paste.
 *
 * Returns: (transfer full) (element-type FyBlock) (nullable): the blocks,
 *   the title first, or %NULL
 */
GPtrArray *
fy_import_paste_html_with_notes (const char     *html,
                                 gssize          length,
                                 FyImportNotes **notes)
{
  g_autofree char *valid = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) heading = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *blocks;

  g_return_val_if_fail (html != NULL, NULL);

  valid = g_utf8_make_valid (html, length);
  if (is_office_html (valid))
    return NULL;
  text = fy_import_html_to_text (valid, &headline);
  if (headline == NULL || fy_numbering_strip_prefix (headline, NULL, NULL, NULL))
    return NULL;

  title = fy_import_normalize_input (headline, -1, NULL);
  if (title == NULL)
    return NULL;
  g_ptr_array_add (heading, fy_block_new_with_text (FY_BLOCK_ROLE_TITLE, 0, g_strstrip (title)));
  fy_import_set_full_width_marks_in_blocks (heading);

  blocks = fy_import_paste_with_notes (text, -1, notes);
  /* a headline copied alone is words to put where the cursor is, as
   * the plain text puts them, not a title cutting a paragraph in two */
  if (blocks->len == 0)
    {
      g_ptr_array_unref (blocks);
      if (notes != NULL)
        g_clear_pointer (notes, fy_import_notes_free);
      return NULL;
    }
  g_ptr_array_insert (blocks, 0, g_object_ref (g_ptr_array_index (heading, 0)));
  return blocks;
}

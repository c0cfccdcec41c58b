/* fy-import-inline.c — Markdown inline content into runs, nothing dropped
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-import"

#include "config.h"

#include <string.h>

#include "fy-block.h"
#include "fy-import-inline-private.h"
#include "fy-import-private.h"

/*
 * The Markdown importer first collects a block's inline content as a
 * string, because the block-level rules (lead, heading numbers, role
 * guessing, white space at the edges) work on text.  What text cannot
 * say travels in it as private-use characters, which Markdown input does
 * not hold, and becomes runs at the end (fy_import_append_marked()):
 *
 *   MARK_EMPHASIS_OPEN … CLOSE   bold inside the block (FY_RUN_EMPHASIS)
 *   MARK_MARKUP_OPEN … CLOSE     markup kept as written (FY_RUN_MARKUP):
 *                                `![` `](a.png)`, `[` `](url)`, `<url>`
 *   MARK_LEFT/RIGHT_BRACE        an escaped `\{` `\}`: literal, never a field
 *
 * So `lint --fix in.md -o out.md` and every export keep images, links,
 * emphasis and escaped braces, while the text between the delimiters
 * (an image's description, a link's text) is printed and proofread.
 */

#define MARK_EMPHASIS_OPEN  0xF8F0
#define MARK_EMPHASIS_CLOSE 0xF8F1
#define MARK_MARKUP_OPEN    0xF8F2
#define MARK_MARKUP_CLOSE   0xF8F3
#define MARK_LEFT_BRACE     0xF8F4
#define MARK_RIGHT_BRACE    0xF8F5

#define FIELD_SPAN_OPEN "<span " FY_IMPORT_FIELD_ATTRIBUTE "=\""

/**
 * fy_inline_text_init:
 * @text: the collector
 * @document: the document field values go to
 * @source: the Markdown source the nodes were parsed from
 * @source_len: its length
 * @line_starts: (element-type gsize): byte offsets of its lines
 */
void
fy_inline_text_init (FyInlineText *text,
                     FyDocument   *document,
                     const char   *source,
                     gsize         source_len,
                     GArray       *line_starts)
{
  memset (text, 0, sizeof *text);
  text->str = g_string_new (NULL);
  text->document = document;
  text->source = source;
  text->source_len = source_len;
  text->line_starts = line_starts;
}

/**
 * fy_inline_text_steal:
 * @text: the collector
 *
 * Returns: (transfer full): the marked text; @text is cleared
 */
char *
fy_inline_text_steal (FyInlineText *text)
{
  g_clear_pointer (&text->field_name, g_free);
  if (text->field_value != NULL)
    g_string_free (g_steal_pointer (&text->field_value), TRUE);
  return g_string_free (g_steal_pointer (&text->str), FALSE);
}

static void
inline_text_append (FyInlineText *text,
                    const char   *literal)
{
  if (literal == NULL)
    return;

  /* Inside a field's span: its value. */
  if (text->field_value != NULL)
    {
      g_string_append (text->field_value, literal);
      return;
    }

  /* Indentation after a hard break is Markdown layout, not text. */
  if (text->hard_break)
    {
      while (*literal == ' ' || *literal == '\t')
        literal++;
      if (*literal != '\0')
        text->hard_break = FALSE;
    }

  if (*literal == '\0')
    return;

  if (text->soft_break)
    {
      fy_import_append_joined (text->str, literal);
      text->soft_break = FALSE;
    }
  else
    g_string_append (text->str, literal);
}

static void
append_markup (FyInlineText *text,
               const char   *markup)
{
  g_autoptr(GString) marked = g_string_new (NULL);

  if (text->field_value != NULL)
    return;

  g_string_append_unichar (marked, MARK_MARKUP_OPEN);
  g_string_append (marked, markup);
  g_string_append_unichar (marked, MARK_MARKUP_CLOSE);
  inline_text_append (text, marked->str);
}

static void
append_mark (FyInlineText *text,
             gunichar      mark)
{
  char buf[8] = { 0 };

  if (text->field_value != NULL)
    return;

  g_unichar_to_utf8 (mark, buf);
  inline_text_append (text, buf);
}

/* The source bytes of an inline node on one line, or %NULL. */
static const char *
node_source (FyInlineText *text,
             cmark_node   *node,
             gsize        *length)
{
  int line = cmark_node_get_start_line (node);
  int start = cmark_node_get_start_column (node);
  int end = cmark_node_get_end_column (node);
  gsize offset;

  if (text->source == NULL || line < 1 || (guint) line > text->line_starts->len ||
      cmark_node_get_end_line (node) != line || start < 1 || end < start)
    return NULL;

  offset = g_array_index (text->line_starts, gsize, line - 1) + start - 1;
  if (offset + (end - start + 1) > text->source_len)
    return NULL;

  *length = end - start + 1;
  return text->source + offset;
}

/* A text node's literal, with braces the source escaped (`\{`) marked so
 * that they never read as a field.  cmark has already merged the escape
 * into the text; the source tells them apart. */
static char *
dup_marked_literal (FyInlineText *text,
                    cmark_node   *node)
{
  const char *literal = cmark_node_get_literal (node);
  const char *src;
  gsize src_len = 0, i = 0, j = 0, lit_len;
  GString *out;

  if (literal == NULL || strpbrk (literal, "{}") == NULL)
    return g_strdup (literal);

  src = node_source (text, node, &src_len);
  if (src == NULL)
    return g_strdup (literal);

  lit_len = strlen (literal);
  out = g_string_sized_new (lit_len);
  while (i < lit_len)
    {
      if (j + 1 < src_len && src[j] == '\\' && g_ascii_ispunct (src[j + 1]) && src[j + 1] == literal[i])
        {
          if (literal[i] == '{' || literal[i] == '}')
            g_string_append_unichar (out, literal[i] == '{' ? MARK_LEFT_BRACE : MARK_RIGHT_BRACE);
          else
            g_string_append_c (out, literal[i]);
          i++;
          j += 2;
        }
      else if (j < src_len && src[j] == literal[i])
        {
          g_string_append_c (out, literal[i]);
          i++;
          j++;
        }
      else
        {
          /* An entity or something else: the rest as it is. */
          g_string_append (out, literal + i);
          break;
        }
    }

  return g_string_free (out, FALSE);
}

/* `<span data-fayan-field="name">`: the field's name, or %NULL. */
static char *
parse_field_span (const char *html)
{
  const char *end;
  g_autofree char *name = NULL;
  GString *out;

  if (!g_str_has_prefix (html, FIELD_SPAN_OPEN))
    return NULL;
  html += strlen (FIELD_SPAN_OPEN);
  end = strchr (html, '"');
  if (end == NULL || strcmp (end, "\">") != 0 || end == html)
    return NULL;

  name = g_strndup (html, end - html);
  out = g_string_new (NULL);
  for (const char *p = name; *p;)
    {
      if (g_str_has_prefix (p, "&quot;"))
        {
          g_string_append_c (out, '"');
          p += 6;
        }
      else if (g_str_has_prefix (p, "&amp;"))
        {
          g_string_append_c (out, '&');
          p += 5;
        }
      else
        g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

/* A link destination as Markdown reads it back: between < > when it
 * holds white space or brackets. */
static char *
dup_destination (const char *url)
{
  if (url == NULL || strpbrk (url, "<>\n") != NULL)
    return g_strdup ("");
  if (strpbrk (url, " \t()") != NULL)
    return g_strdup_printf ("<%s>", url);
  return g_strdup (url);
}

/* Raw HTML in a speech */

/* The lowercase name of the tag @html opens or closes, or %NULL when it
 * is no tag (a comment, a declaration, a processing instruction). */
static char *
dup_tag_name (const char *html)
{
  const char *p = html;
  const char *start;

  if (*p++ != '<')
    return NULL;
  if (*p == '/')
    p++;
  start = p;
  while (g_ascii_isalnum (*p) || (*p == '-' && p > start))
    p++;
  if (p == start || !g_ascii_isalpha (*start))
    return NULL;

  return g_ascii_strdown (start, p - start);
}

/* The value of the attribute @name of the tag @html, with the entities
 * an attribute commonly holds decoded, or %NULL. */
static char *
dup_attribute (const char *html,
               const char *name)
{
  const char *p = html + 1;

  while (*p != '\0' && *p != '>' && !g_ascii_isspace (*p) && *p != '/')
    p++;

  for (;;)
    {
      const char *attr;
      gsize attr_len;
      const char *value = NULL;
      gsize value_len = 0;

      while (g_ascii_isspace (*p) || *p == '/')
        p++;
      if (*p == '\0' || *p == '>')
        return NULL;
      attr = p;
      while (*p != '\0' && *p != '>' && *p != '=' && *p != '/' && !g_ascii_isspace (*p))
        p++;
      attr_len = p - attr;
      while (g_ascii_isspace (*p))
        p++;
      if (*p == '=')
        {
          p++;
          while (g_ascii_isspace (*p))
            p++;
          if (*p == '"' || *p == '\'')
            {
              const char *close = strchr (p + 1, *p);

              if (close == NULL)
                return NULL;
              value = p + 1;
              value_len = close - value;
              p = close + 1;
            }
          else
            {
              value = p;
              while (*p != '\0' && *p != '>' && !g_ascii_isspace (*p))
                p++;
              value_len = p - value;
            }
        }
      if (attr_len == strlen (name) && g_ascii_strncasecmp (attr, name, attr_len) == 0)
        {
          g_autofree char *raw = g_strndup (value != NULL ? value : "", value_len);
          GString *out = g_string_new (NULL);
          static const char * const entities[][2] = {
            { "&quot;", "\"" }, { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" },
            { "&#39;", "'" }, { "&apos;", "'" }, { "&nbsp;", " " },
          };

          for (const char *q = raw; *q;)
            {
              guint e;

              for (e = 0; e < G_N_ELEMENTS (entities); e++)
                if (g_str_has_prefix (q, entities[e][0]))
                  break;
              if (e < G_N_ELEMENTS (entities))
                {
                  g_string_append (out, entities[e][1]);
                  q += strlen (entities[e][0]);
                }
              else
                g_string_append_c (out, *q++);
            }
          return g_string_free (out, FALSE);
        }
    }
}

/* A tag of raw HTML: an <img> reads as the Markdown image it stands for
 * (its alt text printed, `![`…`](src)` kept as markup), <br> as a line
 * break; any other tag, a comment or a declaration is markup, kept for
 * the exports and not printed (fy_import_html_kinds() warns). */
static void collect_html_inline (FyInlineText *text, const char *html);

static void
collect_html_tag (FyInlineText *text,
                  const char   *html)
{
  g_autofree char *name = dup_tag_name (html);

  /* Inside a field's value, HTML is the value's text, as it always was. */
  if (text->field_value != NULL)
    {
      inline_text_append (text, html);
      return;
    }

  if (g_strcmp0 (name, "img") == 0 && html[1] != '/')
    {
      g_autofree char *alt = dup_attribute (html, "alt");
      g_autofree char *src = dup_attribute (html, "src");
      g_autofree char *url = dup_destination (src);
      g_autofree char *tail = g_strdup_printf ("](%s)", url);

      append_markup (text, "![");
      if (alt != NULL)
        inline_text_append (text, g_strstrip (g_strdelimit (alt, "\n\t", ' ')));
      append_markup (text, tail);
      return;
    }

  if (g_strcmp0 (name, "br") == 0 && html[1] != '/')
    {
      g_string_append_c (text->str, '\n');
      text->soft_break = FALSE;
      text->hard_break = TRUE;
      return;
    }

  append_markup (text, html);
}

/* The end of the tag, comment or declaration that starts at @p, or %NULL
 * when it does not end. */
static const char *
html_tag_end (const char *p)
{
  char quote = 0;

  if (g_str_has_prefix (p, "<!--"))
    {
      const char *end = strstr (p + 4, "-->");

      return end != NULL ? end + 3 : NULL;
    }

  for (p++; *p != '\0'; p++)
    {
      if (quote != 0)
        {
          if (*p == quote)
            quote = 0;
        }
      else if (*p == '"' || *p == '\'')
        quote = *p;
      else if (*p == '>')
        return p + 1;
      else if (*p == '<')
        return NULL;
    }

  return NULL;
}

/* Text of an HTML block between its tags: its lines joined as a
 * paragraph's are, and the backslash escapes fy_export_markdown() writes
 * undone, so that an export reads back the same. */
static void
collect_html_text (FyInlineText *text,
                   const char   *start,
                   const char   *end)
{
  g_autoptr(GString) piece = g_string_new (NULL);

  for (const char *p = start; p < end; p++)
    {
      if (*p == '\\' && p + 1 < end && p[1] == '\n')
        {
          inline_text_append (text, piece->str);
          g_string_truncate (piece, 0);
          g_string_append_c (text->str, '\n');
          text->soft_break = FALSE;
          text->hard_break = TRUE;
          p++;
        }
      else if (*p == '\\' && p + 1 < end && g_ascii_ispunct (p[1]))
        {
          p++;
          if (*p == '{' || *p == '}')
            g_string_append_unichar (piece, *p == '{' ? MARK_LEFT_BRACE : MARK_RIGHT_BRACE);
          else
            g_string_append_c (piece, *p);
        }
      else if (*p == '\n')
        {
          g_strchomp (piece->str);
          piece->len = strlen (piece->str);
          inline_text_append (text, piece->str);
          g_string_truncate (piece, 0);
          text->soft_break = text->str->len > 0;
          while (p + 1 < end && (p[1] == ' ' || p[1] == '\t'))
            p++;
        }
      else
        g_string_append_c (piece, *p);
    }
  inline_text_append (text, piece->str);
}

/* Whether CommonMark reads @tag inside a paragraph as one piece of raw
 * inline HTML: only then is it markup, so that the paragraph an export
 * writes reads back the same (an HTML block is more lenient). */
static gboolean
is_inline_html (const char *tag)
{
  g_autofree char *source = g_strconcat ("x", tag, NULL);
  cmark_node *root = cmark_parse_document (source, strlen (source), CMARK_OPT_DEFAULT);
  cmark_node *para = cmark_node_first_child (root);
  cmark_node *first = para != NULL ? cmark_node_first_child (para) : NULL;
  cmark_node *html = first != NULL ? cmark_node_next (first) : NULL;
  gboolean ok;

  ok = para != NULL && cmark_node_next (para) == NULL &&
       cmark_node_get_type (para) == CMARK_NODE_PARAGRAPH &&
       html != NULL && cmark_node_next (html) == NULL &&
       cmark_node_get_type (html) == CMARK_NODE_HTML_INLINE &&
       g_strcmp0 (cmark_node_get_literal (html), tag) == 0;
  cmark_node_free (root);

  return ok;
}

/**
 * fy_inline_text_collect_html:
 * @text: the collector
 * @html: the literal of an HTML block
 *
 * Collects an HTML block as a paragraph: its tags as raw inline HTML is
 * collected (an <img> as an image, the rest as markup), the text between
 * them as text.
 */
void
fy_inline_text_collect_html (FyInlineText *text,
                             const char   *html)
{
  const char *p = html;

  while (*p != '\0')
    {
      const char *tag = strchr (p, '<');
      const char *end = NULL;

      while (tag != NULL && (end = html_tag_end (tag)) == NULL)
        tag = strchr (tag + 1, '<');
      if (tag == NULL)
        {
          collect_html_text (text, p, p + strlen (p));
          break;
        }
      {
        g_autofree char *one = g_strndup (tag, end - tag);

        if (is_inline_html (one))
          {
            gboolean soft_break;

            /* The white space of a line end goes between texts, not
             * before a tag that is not printed. */
            collect_html_text (text, p, tag);
            soft_break = text->soft_break;
            text->soft_break = FALSE;
            collect_html_inline (text, one);
            if (!text->hard_break)
              text->soft_break = soft_break;
          }
        else
          collect_html_text (text, p, end);
      }
      p = end;
    }
}

/**
 * fy_import_html_kinds:
 * @html: raw HTML of the source (an HTML block or an inline tag)
 *
 * Returns: what fy_inline_text_collect_html() makes of @html that the
 *   page does not show as written: #FyHtmlKinds
 */
FyHtmlKinds
fy_import_html_kinds (const char *html)
{
  FyHtmlKinds kinds = 0;
  const char *p = html;

  while (p != NULL && (p = strchr (p, '<')) != NULL)
    {
      const char *end = html_tag_end (p);
      g_autofree char *one = NULL;
      g_autofree char *name = NULL;
      g_autofree char *field = NULL;

      if (end == NULL)
        {
          p++;
          continue;
        }
      one = g_strndup (p, end - p);
      name = dup_tag_name (one);
      p = end;
      /* <br>, <strong> and a field's <span> are read, not dropped; what
       * is no inline HTML stays text */
      if (name == NULL || strcmp (name, "br") == 0 || strcmp (name, "strong") == 0 ||
          !is_inline_html (one))
        continue;
      field = parse_field_span (one);
      if (strcmp (name, "img") == 0)
        kinds |= FY_HTML_IMAGE;
      else if (field == NULL && strcmp (one, "</span>") != 0)
        kinds |= FY_HTML_TAG;
    }

  return kinds;
}

static void
collect_html_inline (FyInlineText *text,
                     const char   *html)
{
  g_autofree char *name = NULL;

  if (html == NULL)
    return;

  if (text->field_value == NULL && (name = parse_field_span (html)) != NULL)
    {
      text->field_name = g_steal_pointer (&name);
      text->field_value = g_string_new (NULL);
      return;
    }

  if (text->field_value != NULL && strcmp (html, "</span>") == 0)
    {
      g_autofree char *value = g_string_free (g_steal_pointer (&text->field_value), FALSE);
      g_autofree char *reference = g_strdup_printf ("{{%s}}", text->field_name);

      /* The first value wins; the fields panel shows one value a name. */
      if (text->document != NULL &&
          fy_document_get_field_value (text->document, text->field_name) == NULL)
        fy_document_set_field_value (text->document, text->field_name, value);
      inline_text_append (text, reference);
      g_clear_pointer (&text->field_name, g_free);
      return;
    }

  if (strcmp (html, "<strong>") == 0)
    append_mark (text, MARK_EMPHASIS_OPEN);
  else if (strcmp (html, "</strong>") == 0)
    append_mark (text, MARK_EMPHASIS_CLOSE);
  else
    collect_html_tag (text, html);
}

/* The run of @want that opens @node in the source (`<` for an
 * autolink), or @fallback. */
static char *
dup_opening (FyInlineText *text,
             cmark_node   *node,
             char          want,
             const char   *fallback)
{
  gsize len = 0, n = 0;
  const char *src = node_source (text, node, &len);

  if (src == NULL || len == 0)
    return g_strdup (fallback);
  while (n < len && src[n] == want)
    n++;
  return n > 0 ? g_strndup (src, n) : g_strdup (fallback);
}

static char *
dup_link_tail (cmark_node *node)
{
  g_autofree char *url = dup_destination (cmark_node_get_url (node));
  const char *title = cmark_node_get_title (node);

  if (title != NULL && *title != '\0')
    return g_strdup_printf ("](%s \"%s\")", url, title);
  return g_strdup_printf ("](%s)", url);
}

/* Returns %TRUE when @cur was taken whole, its children included. */
static gboolean
collect_enter (FyInlineText *text,
               cmark_node   *cur)
{
  g_autofree char *marked = NULL;
  g_autofree char *opening = NULL;

  switch (cmark_node_get_type (cur))
    {
    case CMARK_NODE_TEXT:
      marked = dup_marked_literal (text, cur);
      inline_text_append (text, marked);
      break;

    case CMARK_NODE_CODE:
      /* Its text only: backslashes inside backticks are literal, so the
       * exporter could not write the text back between them. */
      inline_text_append (text, cmark_node_get_literal (cur));
      break;

    case CMARK_NODE_HTML_INLINE:
      collect_html_inline (text, cmark_node_get_literal (cur));
      break;

    case CMARK_NODE_SOFTBREAK:
      if (text->field_value != NULL)
        g_string_append_c (text->field_value, ' ');
      else
        text->soft_break = TRUE;
      break;

    case CMARK_NODE_LINEBREAK:
      if (text->field_value != NULL)
        g_string_append_c (text->field_value, '\n');
      else
        {
          g_string_append_c (text->str, '\n');
          text->soft_break = FALSE;
          text->hard_break = TRUE;
        }
      break;

    case CMARK_NODE_STRONG:
      append_mark (text, MARK_EMPHASIS_OPEN);
      break;

    case CMARK_NODE_LINK:
      opening = dup_opening (text, cur, '<', "[");
      if (*opening == '<')
        {
          /* An autolink is kept whole: its URL is no text to escape. */
          g_autofree char *whole = g_strdup_printf ("<%s>", cmark_node_get_url (cur));

          append_markup (text, whole);
          return TRUE;
        }
      append_markup (text, "[");
      break;

    case CMARK_NODE_IMAGE:
      append_markup (text, "![");
      break;

    default:
      break;
    }

  return FALSE;
}

static void
collect_exit (FyInlineText *text,
              cmark_node   *cur)
{
  g_autofree char *closing = NULL;

  switch (cmark_node_get_type (cur))
    {
    case CMARK_NODE_STRONG:
      append_mark (text, MARK_EMPHASIS_CLOSE);
      break;

    case CMARK_NODE_LINK:
      closing = dup_link_tail (cur);
      append_markup (text, closing);
      break;

    case CMARK_NODE_IMAGE:
      closing = dup_link_tail (cur);
      append_markup (text, closing);
      break;

    default:
      break;
    }
}

/**
 * fy_inline_text_collect:
 * @text: the collector
 * @node: an inline node, or a block whose inline content to collect
 * @with_root: whether @node's own delimiters count (not for a paragraph,
 *   nor for the bold lead, whose `**` make it the lead)
 *
 * Appends the content of @node and everything below it.
 */
void
fy_inline_text_collect (FyInlineText *text,
                        cmark_node   *node,
                        gboolean      with_root)
{
  cmark_iter *iter = cmark_iter_new (node);
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *cur = cmark_iter_get_node (iter);

      if (cur == node && !with_root && cmark_node_get_type (cur) != CMARK_NODE_TEXT)
        continue;

      if (event == CMARK_EVENT_ENTER)
        {
          if (collect_enter (text, cur))
            cmark_iter_reset (iter, cur, CMARK_EVENT_EXIT);
        }
      else if (event == CMARK_EVENT_EXIT)
        collect_exit (text, cur);
    }

  cmark_iter_free (iter);
}

/**
 * fy_import_find_outside_markup:
 * @marked: marked text of a block
 * @needle: what to look for
 *
 * Returns: (nullable): the first @needle in @marked that is not inside
 *   markup (the `**` of a comment kept as markup is no delimiter)
 */
const char *
fy_import_find_outside_markup (const char *marked,
                               const char *needle)
{
  gboolean in_markup = FALSE;
  gsize len = strlen (needle);

  for (const char *p = marked; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == MARK_MARKUP_OPEN)
        in_markup = TRUE;
      else if (c == MARK_MARKUP_CLOSE)
        in_markup = FALSE;
      else if (!in_markup && strncmp (p, needle, len) == 0)
        return p;
    }

  return NULL;
}

/**
 * fy_import_mark_markup:
 * @markup: source to keep as it is
 *
 * Returns: (transfer full): @markup marked as markup, for
 *   fy_import_append_marked()
 */
char *
fy_import_mark_markup (const char *markup)
{
  GString *out = g_string_new (NULL);

  g_string_append_unichar (out, MARK_MARKUP_OPEN);
  g_string_append (out, markup);
  g_string_append_unichar (out, MARK_MARKUP_CLOSE);
  return g_string_free (out, FALSE);
}

static void
restore_braces (GString *str)
{
  GString *out = g_string_sized_new (str->len);

  for (const char *p = str->str; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == MARK_LEFT_BRACE)
        g_string_append_c (out, '{');
      else if (c == MARK_RIGHT_BRACE)
        g_string_append_c (out, '}');
      else
        g_string_append_unichar (out, c);
    }

  g_string_assign (str, out->str);
  g_string_free (out, TRUE);
}

/* Text with `{{name}}` references, parsed as fy_block_set_text() does;
 * escaped braces were marked and so take no part. */
static void
flush_plain (FyBlock   *block,
             FyRunKind  kind,
             GString   *plain)
{
  g_autoptr(FyBlock) parsed = NULL;

  if (plain->len == 0)
    return;

  parsed = fy_block_new (FY_BLOCK_ROLE_PARAGRAPH);
  fy_block_set_text (parsed, plain->str);
  for (guint i = 0; i < fy_block_get_n_runs (parsed); i++)
    {
      const FyRun *run = fy_block_get_run (parsed, i);
      g_autoptr(GString) piece = g_string_new (run->text);

      if (run->kind == FY_RUN_FIELD)
        fy_block_append_run (block, FY_RUN_FIELD, run->text);
      else
        {
          restore_braces (piece);
          fy_block_append_run (block, kind, piece->str);
        }
    }
  g_string_truncate (plain, 0);
}

static void
flush_markup (FyBlock *block,
              GString *markup)
{
  if (markup->len == 0)
    return;
  fy_block_append_run (block, FY_RUN_MARKUP, markup->str);
  g_string_truncate (markup, 0);
}

/**
 * fy_import_append_marked:
 * @block: the block to append to
 * @kind: %FY_RUN_TEXT or %FY_RUN_BOLD: the kind of the plain text
 * @marked: text collected by fy_inline_text_collect()
 *
 * Appends @marked as runs: text with field references, emphasis, markup.
 */
void
fy_import_append_marked (FyBlock    *block,
                         FyRunKind   kind,
                         const char *marked)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  /* Markup pieces in a row (100 000 "<div>") become one run at once:
   * appending them one by one copied the growing run each time. */
  g_autoptr(GString) markup = g_string_new (NULL);
  FyRunKind current = kind;

  for (const char *p = marked; *p;)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == MARK_EMPHASIS_OPEN || c == MARK_EMPHASIS_CLOSE)
        {
          flush_markup (block, markup);
          flush_plain (block, current, plain);
          current = c == MARK_EMPHASIS_OPEN && kind == FY_RUN_TEXT ? FY_RUN_EMPHASIS : kind;
        }
      else if (c == MARK_MARKUP_OPEN)
        {
          const char *start = g_utf8_next_char (p);
          const char *end = start;
          g_autoptr(GString) piece = NULL;

          while (*end && g_utf8_get_char (end) != MARK_MARKUP_CLOSE)
            end = g_utf8_next_char (end);
          if (plain->len > 0)
            {
              flush_markup (block, markup);
              flush_plain (block, current, plain);
            }
          piece = g_string_new_len (start, end - start);
          restore_braces (piece);
          g_string_append_len (markup, piece->str, piece->len);
          p = *end ? g_utf8_next_char (end) : end;
          continue;
        }
      else if (c != MARK_MARKUP_CLOSE)
        g_string_append_len (plain, p, g_utf8_next_char (p) - p);

      p = g_utf8_next_char (p);
    }

  flush_markup (block, markup);
  flush_plain (block, current, plain);
}

/**
 * fy_import_is_markup_only:
 * @marked: text collected by fy_inline_text_collect()
 *
 * Returns: %TRUE if @marked holds markup and nothing else but white space
 */
gboolean
fy_import_is_markup_only (const char *marked)
{
  gboolean in_markup = FALSE, any = FALSE;

  for (const char *p = marked; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == MARK_MARKUP_OPEN)
        in_markup = any = TRUE;
      else if (c == MARK_MARKUP_CLOSE)
        in_markup = FALSE;
      else if (!in_markup && !g_unichar_isspace (c) && c != 0x3000)
        return FALSE;
    }

  return any;
}

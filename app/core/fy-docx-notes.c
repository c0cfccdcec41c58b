/* fy-docx-notes.c — (private) what Word prints that a paragraph's text does not hold
 *
 * A list's numbers ("1." "（一）" "①") live in numbering.xml, not in the
 * paragraph: Word counts the paragraphs of each list and prints the
 * label its level defines.  A footnote's text lives in footnotes.xml
 * (an endnote's in endnotes.xml), the paragraph holds a reference only.
 * The import would lose both; Fayan has no lists and no notes, so the
 * label becomes text at the paragraph's start, and a note a paragraph of
 * its own after the one that refers to it, marked ① where the reference
 * stood.  A comment's text and author live in comments.xml: Fayan keeps
 * no comments, so the import names each, with the paragraph it is on.
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-docx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-docx-private.h"

/* Word allows nine list levels. */
#define N_LEVELS 9
/* Marks ① … ⑳ for the first notes; later ones are bracketed numbers. */
#define N_CIRCLED 20

typedef struct
{
  char    *format;   /* w:numFmt */
  char    *text;     /* w:lvlText, "%1." */
  int      start;
  gboolean legal;    /* w:isLgl: the numbers it shows are all decimal ("1.2", not "一.2") */
} Level;

/* Word counts a list's items per abstract list: every w:num that
 * refers to it goes on with its numbers ... */
typedef struct
{
  Level    levels[N_LEVELS];
  int      counts[N_LEVELS];
  gboolean started[N_LEVELS];
} AbstractList;

/* ... unless the w:num restarts a level (w:lvlOverride, w:startOverride):
 * its first item there takes the override's number. */
typedef struct
{
  AbstractList *list;
  int           restart[N_LEVELS];     /* the number to restart at, or -1 */
} List;

struct _FyDocxNotes
{
  GHashTable *abstract;   /* w:abstractNumId → AbstractList */
  GHashTable *lists;      /* w:numId → List */
  GHashTable *texts;      /* "f12" / "e3" / "c0" → the note's text, "a0" → a comment's author */
  GPtrArray  *pending;    /* notes referred to since the last take */
  guint       n_marks;
  GHashTable *comments_seen;     /* comment ids met in the text */
  GPtrArray  *comments_pending;  /* …in the paragraph being read */
  guint       n_comments_unread; /* met, but with no text in comments.xml */
  GHashTable *formats_named;     /* numFmt values the warnings named */
  char       *format_pending;    /* one not written in the paragraph being read */
  char       *number_pending;    /* and the number written in its place */
  FyDocxNumberCase case_pending; /* why: the style, or a number it has no sign for */
};

static void
abstract_list_free (gpointer data)
{
  AbstractList *list = data;

  for (guint i = 0; i < N_LEVELS; i++)
    {
      g_free (list->levels[i].format);
      g_free (list->levels[i].text);
    }
  g_free (list);
}

static int
int_attr (xmlNode *node,
          int      fallback)
{
  g_autofree char *value = fy_docx_get_w_attr (node, "val");

  return value != NULL ? (int) g_ascii_strtoll (value, NULL, 10) : fallback;
}

static void
load_abstract (FyDocxNotes *notes,
               xmlNode     *node)
{
  g_autofree char *id = fy_docx_get_w_attr (node, "abstractNumId");
  AbstractList *list;

  if (id == NULL)
    return;
  list = g_new0 (AbstractList, 1);
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      g_autofree char *ilvl = fy_docx_is_w (c, "lvl") ? fy_docx_get_w_attr (c, "ilvl") : NULL;
      int k = ilvl != NULL ? (int) g_ascii_strtoll (ilvl, NULL, 10) : -1;

      if (k < 0 || k >= N_LEVELS)
        continue;
      list->levels[k].format = fy_docx_get_w_attr (fy_docx_child_w (c, "numFmt"), "val");
      list->levels[k].text = fy_docx_get_w_attr (fy_docx_child_w (c, "lvlText"), "val");
      list->levels[k].start = int_attr (fy_docx_child_w (c, "start"), 1);
      list->levels[k].legal = fy_docx_get_toggle (c, "isLgl") > 0;
    }
  g_hash_table_insert (notes->abstract, g_steal_pointer (&id), list);
}

/* The levels w:num @node restarts: w:startOverride, or the w:start of a
 * level it defines anew. */
static void
load_restarts (List    *list,
               xmlNode *node)
{
  for (guint k = 0; k < N_LEVELS; k++)
    list->restart[k] = -1;
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      g_autofree char *ilvl = fy_docx_is_w (c, "lvlOverride") ? fy_docx_get_w_attr (c, "ilvl") : NULL;
      int k = ilvl != NULL ? (int) g_ascii_strtoll (ilvl, NULL, 10) : -1;
      xmlNode *level = k >= 0 && k < N_LEVELS ? fy_docx_child_w (c, "lvl") : NULL;

      if (k < 0 || k >= N_LEVELS)
        continue;
      list->restart[k] = int_attr (fy_docx_child_w (c, "startOverride"), -1);
      if (list->restart[k] < 0 && level != NULL)
        list->restart[k] = int_attr (fy_docx_child_w (level, "start"), -1);
    }
}

static void
load_numbering (FyDocxNotes *notes,
                xmlDoc      *doc)
{
  xmlNode *root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  if (root == NULL)
    return;
  for (xmlNode *c = root->children; c != NULL; c = c->next)
    if (fy_docx_is_w (c, "abstractNum"))
      load_abstract (notes, c);
  for (xmlNode *c = root->children; c != NULL; c = c->next)
    {
      g_autofree char *id = fy_docx_is_w (c, "num") ? fy_docx_get_w_attr (c, "numId") : NULL;
      g_autofree char *abstract_id = NULL;
      AbstractList *abstract;
      List *list;

      if (id == NULL)
        continue;
      abstract_id = fy_docx_get_w_attr (fy_docx_child_w (c, "abstractNumId"), "val");
      abstract = abstract_id != NULL ? g_hash_table_lookup (notes->abstract, abstract_id) : NULL;
      if (abstract == NULL)
        continue;
      list = g_new0 (List, 1);
      list->list = abstract;
      load_restarts (list, c);
      g_hash_table_insert (notes->lists, g_steal_pointer (&id), list);
    }
}

/* The text of a note's paragraphs, without the number Word prints
 * before it (w:footnoteRef). */
static void
append_note_text (GString *text,
                  xmlNode *node,
                  guint    depth)
{
  if (depth > 32)
    return;
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (fy_docx_is_w (c, "t"))
        {
          xmlChar *content = xmlNodeGetContent (c);

          g_string_append (text, content != NULL ? (const char *) content : "");
          xmlFree (content);
        }
      else if (fy_docx_is_w (c, "del") || fy_docx_is_w (c, "moveFrom"))
        continue;
      else if (c->type == XML_ELEMENT_NODE)
        append_note_text (text, c, depth + 1);
    }
}

static void
load_notes (FyDocxNotes *notes,
            xmlDoc      *doc,
            const char  *element,
            char         kind)
{
  xmlNode *root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  if (root == NULL)
    return;
  for (xmlNode *c = root->children; c != NULL; c = c->next)
    {
      g_autofree char *id = fy_docx_is_w (c, element) ? fy_docx_get_w_attr (c, "id") : NULL;
      GString *text;

      if (id == NULL)
        continue;
      text = g_string_new (NULL);
      append_note_text (text, c, 0);
      g_strstrip (text->str);
      g_hash_table_insert (notes->texts, g_strdup_printf ("%c%s", kind, id),
                           g_string_free (text, FALSE));
      if (kind == 'c')
        {
          char *author = fy_docx_get_w_attr (c, "author");

          if (author != NULL && *g_strstrip (author) != '\0')
            g_hash_table_insert (notes->texts, g_strdup_printf ("a%s", id), author);
          else
            g_free (author);
        }
    }
}

/**
 * fy_docx_notes_new:
 * @numbering: (nullable): the parsed numbering.xml
 * @footnotes: (nullable): the parsed footnotes.xml
 * @endnotes: (nullable): the parsed endnotes.xml
 * @comments: (nullable): the parsed comments.xml
 *
 * Returns: (transfer full): the lists, notes and comments of a document
 */
FyDocxNotes *
fy_docx_notes_new (xmlDoc *numbering,
                   xmlDoc *footnotes,
                   xmlDoc *endnotes,
                   xmlDoc *comments)
{
  FyDocxNotes *notes = g_new0 (FyDocxNotes, 1);

  notes->abstract = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, abstract_list_free);
  notes->lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  notes->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  notes->pending = g_ptr_array_new_with_free_func (g_free);
  notes->comments_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  notes->comments_pending = g_ptr_array_new ();
  notes->formats_named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  load_numbering (notes, numbering);
  load_notes (notes, footnotes, "footnote", 'f');
  load_notes (notes, endnotes, "endnote", 'e');
  load_notes (notes, comments, "comment", 'c');

  return notes;
}

void
fy_docx_notes_free (FyDocxNotes *notes)
{
  if (notes == NULL)
    return;
  g_hash_table_unref (notes->lists);
  g_hash_table_unref (notes->abstract);
  g_hash_table_unref (notes->texts);
  g_ptr_array_unref (notes->pending);
  g_ptr_array_unref (notes->comments_pending);
  g_hash_table_unref (notes->comments_seen);
  g_hash_table_unref (notes->formats_named);
  g_free (notes->format_pending);
  g_free (notes->number_pending);
  g_free (notes);
}

/* @n in the numeral system of @level; NULL for a bullet.  A number
 * Fayan cannot write as Word prints it waits for the warnings. */
static char *
format_count (FyDocxNotes *notes,
              Level       *level,
              gboolean     legal,
              int          n)
{
  const char *format = legal ? "decimal" : level->format;
  FyDocxNumberCase written;
  char *number;

  if (g_strcmp0 (format, "bullet") == 0)
    return NULL;
  number = fy_docx_format_number (format, n, &written);
  if (written != FY_DOCX_NUMBER_WRITTEN && notes->format_pending == NULL &&
      !g_hash_table_contains (notes->formats_named, format))
    {
      notes->format_pending = g_strdup (format);
      notes->number_pending = g_strdup (number);
      notes->case_pending = written;
    }
  return number;
}

/* A bullet as text: the character Word prints when it is one a Chinese
 * font has, else ● (Word's default bullet is U+F0B7 of Symbol, a private
 * character no other font draws). */
static char *
bullet_label (const char *text)
{
  static const char bullets[] = "•●○■□◆◇▪▫►▶➢➤✓√★☆◎";
  gunichar c = g_utf8_validate (text, -1, NULL) ? g_utf8_get_char (text) : 0;
  char buffer[8] = { 0 };

  if (c == 0 || g_utf8_strlen (text, -1) != 1)
    return g_strdup ("●");
  g_unichar_to_utf8 (c, buffer);
  return g_strdup (strstr (bullets, buffer) != NULL ? buffer : "●");
}

/* lvlText ("%1.%2." "（%1）") with the counts of @list up to @level. */
static char *
format_label (FyDocxNotes *notes,
              List        *list,
              int          level)
{
  const char *p = list->list->levels[level].text;
  GString *label = g_string_new (NULL);

  for (; p != NULL && *p != '\0'; p++)
    {
      int k = p[0] == '%' && p[1] >= '1' && p[1] <= '9' ? p[1] - '1' : -1;
      g_autofree char *number = NULL;

      if (k < 0)
        {
          g_string_append_c (label, *p);
          continue;
        }
      /* a level above that never started prints its first number, as Word does */
      number = format_count (notes, &list->list->levels[k], list->list->levels[level].legal,
                             list->list->started[k] ? list->list->counts[k] : list->list->levels[k].start);
      if (number == NULL)
        {
          g_string_free (label, TRUE);
          return NULL;
        }
      g_string_append (label, number);
      p++;
    }
  return g_string_free (label, FALSE);
}

/**
 * fy_docx_notes_list_label:
 * @notes: the lists of a document
 * @ppr: (nullable): a paragraph's w:pPr
 * @styles: the document's styles
 * @style_id: (nullable): the paragraph's style
 *
 * Counts the paragraph in its list, as Word does: the list its w:numPr
 * names, or else the one its style does (a heading style Word's
 * multilevel list is linked to); a w:numId of 0 ends the style's list.
 *
 * Returns: (nullable) (transfer full): the number Word prints before the
 *   paragraph ("1." "（二）" "③"), NULL when it is no numbered item
 *   (or a bullet)
 */
char *
fy_docx_notes_list_label (FyDocxNotes  *notes,
                          xmlNode      *ppr,
                          FyDocxStyles *styles,
                          const char   *style_id)
{
  xmlNode *num_pr = ppr != NULL ? fy_docx_child_w (ppr, "numPr") : NULL;
  g_autofree char *id = num_pr != NULL ? fy_docx_get_w_attr (fy_docx_child_w (num_pr, "numId"), "val") : NULL;
  g_autofree char *style_list = NULL;
  int level = num_pr != NULL ? int_attr (fy_docx_child_w (num_pr, "ilvl"), -1) : -1;
  int style_level = -1;
  List *list;

  if (fy_docx_styles_list (styles, style_id, &style_list, &style_level))
    {
      if (id == NULL)
        id = g_steal_pointer (&style_list);
      if (level < 0)
        level = style_level;
    }
  level = MAX (level, 0);
  list = id != NULL ? g_hash_table_lookup (notes->lists, id) : NULL;

  if (list == NULL || level < 0 || level >= N_LEVELS || list->list->levels[level].text == NULL)
    return NULL;
  if (g_strcmp0 (list->list->levels[level].format, "bullet") == 0)
    return bullet_label (list->list->levels[level].text);
  if (list->restart[level] >= 0)
    {
      list->list->counts[level] = list->restart[level];
      list->restart[level] = -1;
    }
  else
    list->list->counts[level] = list->list->started[level] ? list->list->counts[level] + 1
                                                          : list->list->levels[level].start;
  list->list->started[level] = TRUE;
  for (int k = level + 1; k < N_LEVELS; k++)
    list->list->started[k] = FALSE;
  return format_label (notes, list, level);
}

/**
 * fy_docx_notes_refer:
 * @notes: the notes of a document
 * @endnote: whether the reference is to an endnote
 * @id: the note's w:id
 *
 * A reference to a note in the text: the note waits for
 * fy_docx_notes_take(), behind a mark.
 *
 * Returns: (nullable) (transfer full): the mark to print in its place
 *   ("①"), NULL when the file has no such note
 */
char *
fy_docx_notes_refer (FyDocxNotes *notes,
                     gboolean     endnote,
                     const char  *id)
{
  g_autofree char *key = g_strdup_printf ("%c%s", endnote ? 'e' : 'f', id != NULL ? id : "");
  const char *text = g_hash_table_lookup (notes->texts, key);
  char *mark;

  if (text == NULL || *text == '\0')
    return NULL;
  notes->n_marks++;
  if (notes->n_marks <= N_CIRCLED)
    mark = g_ucs4_to_utf8 ((gunichar[]) { 0x2460 + notes->n_marks - 1 }, 1, NULL, NULL, NULL);
  else
    mark = g_strdup_printf ("〔%u〕", notes->n_marks);
  g_ptr_array_add (notes->pending, g_strconcat (mark, text, NULL));
  return mark;
}

/**
 * fy_docx_notes_skip_mark:
 * @note: a note as fy_docx_notes_take() gives it
 *
 * Returns: (transfer none): where the note's text starts, after its mark
 *   (① … ⑳, then 〔21〕 …)
 */
const char *
fy_docx_notes_skip_mark (const char *note)
{
  const char *close = g_str_has_prefix (note, "〔") ? strstr (note, "〕") : NULL;

  return close != NULL ? close + strlen ("〕") : g_utf8_next_char (note);
}

/**
 * fy_docx_notes_take:
 * @notes: the notes of a document
 *
 * Returns: (transfer container) (element-type utf8): the notes referred
 *   to since the last call, each its mark and text ("①……")
 */
GPtrArray *
fy_docx_notes_take (FyDocxNotes *notes)
{
  GPtrArray *taken = g_steal_pointer (&notes->pending);

  notes->pending = g_ptr_array_new_with_free_func (g_free);
  return taken;
}

/**
 * fy_docx_notes_comment:
 * @notes: the comments of a document
 * @id: (nullable): the w:id of a comment's range start or reference
 *
 * A comment met in the paragraph being read (once, though its range and
 * its reference both name it).
 */
void
fy_docx_notes_comment (FyDocxNotes *notes,
                       const char  *id)
{
  char *key;

  if (g_hash_table_contains (notes->comments_seen, id != NULL ? id : ""))
    return;
  key = g_strdup (id != NULL ? id : "");
  g_hash_table_add (notes->comments_seen, key);
  g_ptr_array_add (notes->comments_pending, key);
}

/**
 * fy_docx_notes_warn_comments:
 * @notes: the comments of a document
 * @paragraph: the number of the paragraph just read (from 1)
 * @excerpt: its first words
 * @messages: (element-type utf8): the import's warnings
 *
 * Adds to @messages, for each comment met in the paragraph, a translated
 * sentence with its text, author and place (a comment without text is
 * only counted: fy_docx_notes_n_unread_comments()).
 */
void
fy_docx_notes_warn_comments (FyDocxNotes *notes,
                             guint        paragraph,
                             const char  *excerpt,
                             GPtrArray   *messages)
{
  for (guint i = 0; i < notes->comments_pending->len; i++)
    {
      const char *id = g_ptr_array_index (notes->comments_pending, i);
      g_autofree char *text_key = g_strdup_printf ("c%s", id);
      g_autofree char *author_key = g_strdup_printf ("a%s", id);
      const char *text = g_hash_table_lookup (notes->texts, text_key);
      const char *author = g_hash_table_lookup (notes->texts, author_key);

      if (text == NULL || *text == '\0')
        notes->n_comments_unread++;
      else if (author != NULL)
        /* Translators: 第 3 段（“二是分片包干抓指导……”）有王主任的批注：“请补充……” */
        g_ptr_array_add (messages, g_strdup_printf (_("Paragraph %1$u (“%2$s”): comment by %3$s, which "
                                                      "Fayan does not keep: “%4$s”"),
                                                    paragraph, excerpt, author, text));
      else
        g_ptr_array_add (messages, g_strdup_printf (_("Paragraph %1$u (“%2$s”): comment, which Fayan "
                                                      "does not keep: “%3$s”"),
                                                    paragraph, excerpt, text));
    }
  g_ptr_array_set_size (notes->comments_pending, 0);
}

/**
 * fy_docx_notes_warn_numbers:
 * @notes: the lists of a document
 * @paragraph: the number of the paragraph just read (from 1)
 * @excerpt: its first words
 * @messages: (element-type utf8): the import's warnings
 *
 * Adds to @messages a translated sentence when the paragraph's list
 * number is in a style Fayan does not write, or in one that has no sign
 * for it (the 11th of 甲 … 癸), so came in as digits; once per style in a
 * document.
 */
void
fy_docx_notes_warn_numbers (FyDocxNotes *notes,
                            guint        paragraph,
                            const char  *excerpt,
                            GPtrArray   *messages)
{
  const char *format = notes->format_pending;
  const char *number = notes->number_pending;

  if (format == NULL)
    return;
  if (notes->case_pending == FY_DOCX_NUMBER_NO_SIGN)
    /* Translators: %3$s is Word's name of a numbering style
     * (ideographTraditional: 甲 乙 丙 … 癸, ten signs), %4$s a number in
     * digits that style has no sign for (11) */
    g_ptr_array_add (messages, g_strdup_printf (_("Paragraph %1$u (“%2$s”): its list number is in Word’s "
                                                  "“%3$s” style, which has no sign for number %4$s, so it "
                                                  "came in as digits. Check the numbers of that list."),
                                                paragraph, excerpt, format, number));
  else
    /* Translators: %3$s is Word's name of a numbering style
     * (koreanCounting, hebrew1), %4$s a number in digits */
    g_ptr_array_add (messages, g_strdup_printf (_("Paragraph %1$u (“%2$s”): its list number is in Word’s "
                                                  "“%3$s” style, which Fayan does not write, so it came in "
                                                  "as %4$s. Check the numbers of that list."),
                                                paragraph, excerpt, format, number));
  g_hash_table_add (notes->formats_named, g_steal_pointer (&notes->format_pending));
  g_clear_pointer (&notes->number_pending, g_free);
}

/* Comments met in the text whose words comments.xml does not hold. */
guint
fy_docx_notes_n_unread_comments (FyDocxNotes *notes)
{
  return notes->n_comments_unread + notes->comments_pending->len;
}

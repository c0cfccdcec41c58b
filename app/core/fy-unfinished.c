/* fy-unfinished.c — what is still to be filled in before a draft is printed
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-unfinished"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "fy-block.h"
#include "fy-unfinished.h"

/*
 * A draft made from a template is unfinished while the template's
 * guidance ("（在此填写发言标题）", "（在此写明具体做法）") is still in the
 * text or a field it prints has no value.  Rendering, export, printing
 * and batch fill all ask this one function, so they agree on what is
 * left; the front ends decide what to do about it (warn, list, skip).
 *
 * Guidance is found two ways: by its form, a bracketed phrase that starts
 * with 在此 or 此处 (every built-in template and fy_template's
 * structure-only skeletons write it so), and, when the template is known,
 * as any bracketed phrase of its skeleton that tells the writer what to
 * write (填写, 写明, 概述, …) and is still in the document word for word.
 */

G_DEFINE_BOXED_TYPE (FyUnfinished, fy_unfinished, fy_unfinished_copy, fy_unfinished_free)

/* Verbs of guidance in a template's own bracketed notes. */
static const char * const guidance_words[] = {
  "在此", "此处", "填写", "写明", "概述", "概括", "列出", "举例", "简述",
};

/**
 * fy_unfinished_copy:
 * @self: a place still to be filled in
 *
 * Returns: (transfer full): a copy of @self
 */
FyUnfinished *
fy_unfinished_copy (const FyUnfinished *self)
{
  FyUnfinished *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (FyUnfinished, 1);
  *copy = *self;
  copy->text = g_strdup (self->text);
  copy->message = g_strdup (self->message);
  return copy;
}

/**
 * fy_unfinished_free:
 * @self: (nullable): a place still to be filled in
 */
void
fy_unfinished_free (FyUnfinished *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self->message);
  g_free (self);
}

static gboolean
is_open_bracket (gunichar c)
{
  return c == 0xFF08 /* （ */ || c == '(';
}

static gboolean
is_close_bracket (gunichar c)
{
  return c == 0xFF09 /* ） */ || c == ')';
}

static void
add_place (GPtrArray        *places,
           FyUnfinishedKind  kind,
           int               block,
           guint             start,
           guint             end,
           const char       *text,
           char             *message)
{
  FyUnfinished *place = g_new0 (FyUnfinished, 1);

  place->kind = kind;
  place->block = block;
  place->start = start;
  place->end = end;
  place->text = g_strdup (text);
  place->message = message;
  g_ptr_array_add (places, place);
}

/* A bracketed phrase of a template that tells the writer what to write. */
static gboolean
is_guidance (const char *phrase)
{
  for (guint i = 0; i < G_N_ELEMENTS (guidance_words); i++)
    if (strstr (phrase, guidance_words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether @chars[@i] opens a bracketed phrase (no bracket opening inside
 * it), which closes at *@close. */
static gboolean
bracketed_at (const gunichar *chars,
              glong           n,
              glong           i,
              glong          *close)
{
  glong j;

  if (!is_open_bracket (chars[i]))
    return FALSE;
  for (j = i + 1; j < n && !is_close_bracket (chars[j]) && !is_open_bracket (chars[j]); j++)
    ;
  *close = j;
  return j < n && is_close_bracket (chars[j]);
}

/* Whether the bracketed phrase from @i to @j is guidance by its form:
 * “（在此…）”, “（此处…）”. */
static gboolean
is_guidance_form (const gunichar *chars,
                  glong           i,
                  glong           j)
{
  return j - i > 2 && ((chars[i + 1] == 0x5728 /* 在 */ && chars[i + 2] == 0x6B64 /* 此 */) ||
                       (chars[i + 1] == 0x6B64 /* 此 */ && chars[i + 2] == 0x5904 /* 处 */));
}

/* Adds every bracketed phrase of @text that is guidance by its form
 * (“（在此…）”, “（此处…）”) or one of @known (the template's). */
static void
find_guidance (GPtrArray  *places,
               int         block,
               const char *text,
               GHashTable *known)
{
  g_autofree gunichar *chars = NULL;
  glong n = 0;

  chars = g_utf8_to_ucs4_fast (text, -1, &n);
  for (glong i = 0; i < n; i++)
    {
      g_autofree char *phrase = NULL;
      glong j;

      if (!bracketed_at (chars, n, i, &j))
        continue;

      phrase = g_ucs4_to_utf8 (chars + i, j + 1 - i, NULL, NULL, NULL);
      if (phrase == NULL)
        continue;

      if (is_guidance_form (chars, i, j) || (known != NULL && g_hash_table_contains (known, phrase)))
        {
          add_place (places, FY_UNFINISHED_GUIDANCE, block, i, j + 1, phrase,
                     g_strdup_printf (_("The template’s guidance “%s” is still in the text; "
                                        "replace it with your own words."), phrase));
          i = j;
        }
    }
}

/**
 * fy_unfinished_find_guidance_at:
 * @text: a line of text
 * @offset: a character of @text, counted from 0
 * @start: (out): the first character of the guidance
 * @end: (out): the character after the guidance
 *
 * Finds the template's guidance by its form (“（在此填写发言标题）”,
 * “（此处…）”, brackets included) that holds the character at @offset,
 * as fy_document_find_unfinished() finds it.
 *
 * Returns: whether there is one
 */
gboolean
fy_unfinished_find_guidance_at (const char *text,
                                glong       offset,
                                glong      *start,
                                glong      *end)
{
  g_autofree gunichar *chars = NULL;
  glong n = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  chars = g_utf8_to_ucs4_fast (text, -1, &n);
  for (glong i = 0; i <= offset && i < n; i++)
    {
      glong j;

      if (!bracketed_at (chars, n, i, &j) || !is_guidance_form (chars, i, j))
        continue;
      if (offset <= j)
        {
          *start = i;
          *end = j + 1;
          return TRUE;
        }
      i = j;
    }
  return FALSE;
}

/* The template's own bracketed notes, which need not start with 在此. */
static GHashTable *
collect_template_guidance (FyTemplate *template_)
{
  GHashTable *known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  FyDocument *skeleton = fy_template_get_skeleton (template_);

  for (guint b = 0; skeleton != NULL && b < fy_document_get_n_blocks (skeleton); b++)
    {
      g_autofree char *text = fy_block_dup_text (fy_document_get_block (skeleton, b));
      g_autofree gunichar *chars = NULL;
      glong n = 0;

      chars = g_utf8_to_ucs4_fast (text, -1, &n);
      for (glong i = 0; i < n; i++)
        {
          glong j;

          if (!is_open_bracket (chars[i]))
            continue;
          for (j = i + 1; j < n && !is_close_bracket (chars[j]) && !is_open_bracket (chars[j]); j++)
            ;
          if (j < n && is_close_bracket (chars[j]) && j - i >= 4)
            {
              char *phrase = g_ucs4_to_utf8 (chars + i, j + 1 - i, NULL, NULL, NULL);

              if (phrase != NULL && is_guidance (phrase))
                g_hash_table_add (known, phrase);
              else
                g_free (phrase);
              i = j;
            }
        }
    }

  return known;
}

static gboolean
value_is_empty (const char *value)
{
  if (value == NULL)
    return TRUE;

  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x3000)
        return FALSE;
    }
  return TRUE;
}

/* A field value that is guidance by its form: “（在此…）”, “（此处…）”. */
static gboolean
value_is_guidance (const char *value)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_unfinished_free);

  find_guidance (found, 0, value, NULL);

  return found->len > 0;
}

/* Field references with no value (or guidance for a value), at their
 * place in the block's text. */
static void
find_empty_fields (GPtrArray  *places,
                   FyDocument *document,
                   FyTemplate *template_,
                   int         index,
                   FyBlock    *block,
                   GHashTable *seen)
{
  guint offset = 0;

  for (guint r = 0; r < fy_block_get_n_runs (block); r++)
    {
      const FyRun *run = fy_block_get_run (block, r);
      const char *value;

      if (run->kind != FY_RUN_FIELD)
        {
          offset += g_utf8_strlen (run->text, -1);
          continue;
        }

      /* `{{` + name + `}}` */
      value = fy_document_get_field_value (document, run->text);
      if (!value_is_empty (value) && !g_hash_table_contains (seen, run->text) &&
          value_is_guidance (value))
        {
          /* A value that is itself guidance, “（此处待定）” left in a
           * table's cell. */
          add_place (places, FY_UNFINISHED_FIELD, index, offset,
                     offset + g_utf8_strlen (run->text, -1) + 4, run->text,
                     g_strdup_printf (_("The field “%1$s” still says “%2$s”; fill it in."), run->text, value));
          g_hash_table_add (seen, run->text);
        }
      else if (value_is_empty (value))
        {
          const FyFieldDef *def = template_ != NULL ? fy_template_lookup_field (template_, run->text) : NULL;

          add_place (places, FY_UNFINISHED_FIELD, index, offset,
                     offset + g_utf8_strlen (run->text, -1) + 4, run->text,
                     def != NULL && def->required
                     ? g_strdup_printf (_("The required field “%s” has no value yet; fill it in."), run->text)
                     : g_strdup_printf (_("The field “%s” has no value yet; fill it in."), run->text));
          g_hash_table_add (seen, run->text);
        }
      offset += g_utf8_strlen (run->text, -1) + 4;
    }
}

static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  const FyUnfinished *pa = *(FyUnfinished * const *) a;
  const FyUnfinished *pb = *(FyUnfinished * const *) b;

  return (pa->start > pb->start) - (pa->start < pb->start);
}

/**
 * fy_document_find_unfinished:
 * @document: a document
 * @template_: (nullable): the template @document was made from, if known
 *
 * Finds what a writer has yet to fill in: the template's guidance left in
 * the text, fields the text prints that have no value, and (with
 * @template_) its required fields that are empty although no block shows
 * them.  The places come in document order; required fields no block
 * shows come last.
 *
 * Returns: (transfer full) (element-type FyUnfinished): the places, empty
 *   when the draft is finished
 */
GPtrArray *
fy_document_find_unfinished (FyDocument *document,
                             FyTemplate *template_)
{
  g_autoptr(GHashTable) known = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *places;

  g_return_val_if_fail (FY_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (template_ == NULL || FY_IS_TEMPLATE (template_), NULL);

  places = g_ptr_array_new_with_free_func ((GDestroyNotify) fy_unfinished_free);
  if (template_ != NULL)
    known = collect_template_guidance (template_);

  for (guint b = 0; b < fy_document_get_n_blocks (document); b++)
    {
      FyBlock *block = fy_document_get_block (document, b);
      g_autofree char *text = fy_block_dup_text (block);

      g_autoptr(GPtrArray) here = g_ptr_array_new ();

      find_guidance (here, b, text, known);
      find_empty_fields (here, document, template_, b, block, seen);
      /* Guidance and fields of one block in the order of the text. */
      g_ptr_array_sort (here, compare_start);
      for (guint i = 0; i < here->len; i++)
        g_ptr_array_add (places, here->pdata[i]);
    }

  for (guint i = 0; template_ != NULL && i < fy_template_get_n_fields (template_); i++)
    {
      const FyFieldDef *def = fy_template_get_field (template_, i);

      if (!def->required || g_hash_table_contains (seen, def->id) ||
          !value_is_empty (fy_document_get_field_value (document, def->id)))
        continue;

      add_place (places, FY_UNFINISHED_FIELD, -1, 0, 0, def->id,
                 g_strdup_printf (_("The required field “%s” has no value yet; fill it in."), def->id));
    }

  return places;
}

/**
 * fy_unfinished_dup_summary:
 * @unfinished: (element-type FyUnfinished): what fy_document_find_unfinished()
 *   found
 *
 * Returns: (transfer full): a short translated summary such as
 *   "3 places still to fill in", the text the window and the CLI show
 */
char *
fy_unfinished_dup_summary (GPtrArray *unfinished)
{
  g_return_val_if_fail (unfinished != NULL, NULL);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place still to fill in",
                                       "%u places still to fill in", unfinished->len),
                          unfinished->len);
}

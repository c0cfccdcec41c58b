/* fy-template-derive.c — (private) a template of any speech: the occasion's lines become fields
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-template"

#include "config.h"

#include <string.h>

#include "fy-date.h"
#include "fy-import-private.h"
#include "fy-table.h"
#include "fy-template-private.h"

/*
 * A speech typed or pasted without a template has no fields: its
 * subtitle names last month's meeting, its speaker line and date line
 * are plain text.  Kept as they are in a template, they print last
 * month's meeting and date next month (session 17's new user).  Here the
 * lines the importer gave those roles become fields, this speech's
 * values their defaults, where the text has a shape that is safe to
 * read: "——在<meeting>上的<kind>", a title "在<meeting>上的讲话",
 * "<unit>　[<post>　]<name>" and a date in brackets.  Any other text
 * stays as it is.
 */

/* What a leader's speech calls itself after "在<meeting>上的": a title
 * "在新征程上的思考" names no meeting. */
static const char *const speech_kinds[] = {
  "讲话", "发言", "主持词", "致辞", "讲稿", "报告", "汇报", "开幕词", "闭幕词", "讲评", "提纲", NULL
};

static gboolean
is_speech_kind (const char *suffix)
{
  if (g_utf8_strlen (suffix, -1) > 8)
    return FALSE;
  for (guint i = 0; speech_kinds[i] != NULL; i++)
    if (g_str_has_suffix (suffix, speech_kinds[i]))
      return TRUE;
  return FALSE;
}

/* A subtitle "——在全市政协系统11月份工作例会上的交流发言" (@dashed) or a
 * title "在2025年全区安全生产工作会议上的讲话": the meeting is what lies
 * between "在" and the last "上的"; a title must end in a speech's kind. */
static gboolean
split_occasion (const char  *text,
                gboolean     dashed,
                char       **prefix,
                char       **meeting,
                char       **suffix)
{
  const char *start = text;
  const char *end;
  const char *at;

  while (g_str_has_prefix (start, "—"))
    start += strlen ("—");
  if ((start == text) == dashed || !g_str_has_prefix (start, "在"))
    return FALSE;
  start += strlen ("在");

  end = NULL;
  for (at = strstr (start, "上的"); at != NULL; at = strstr (at + 1, "上的"))
    end = at;
  if (end == NULL || end == start || (!dashed && !is_speech_kind (end + strlen ("上的"))))
    return FALSE;

  *prefix = g_strndup (text, start - text);
  *meeting = g_strndup (start, end - start);
  *suffix = g_strdup (end);
  return TRUE;
}

/* A person's name as a speaker line gives it: two to four Han characters,
 * or more with a middle dot between the parts of a minority name. */
static gboolean
is_name_like (const char *text)
{
  guint n = 0;
  gboolean dot = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x00B7 || c == 0x30FB)
        dot = TRUE;
      else if (g_unichar_get_script (c) != G_UNICODE_SCRIPT_HAN)
        return FALSE;
      n++;
    }

  return n >= 2 && n <= (dot ? 10u : 4u);
}

static gboolean
is_separator (gunichar c)
{
  return c == 0x3000 || c == ' ';
}

/* Splits @text at runs of spaces: the parts, and the separators between
 * them as they were typed. */
static void
split_at_spaces (const char *text,
                 GPtrArray  *parts,
                 GPtrArray  *separators)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start = p;

      while (*p != '\0' && !is_separator (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      g_ptr_array_add (parts, g_strndup (start, p - start));
      start = p;
      while (*p != '\0' && is_separator (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p != start)
        g_ptr_array_add (separators, g_strndup (start, p - start));
    }
}

/* Adds a field @id with @value as its default; FALSE if @self has one
 * already (its block then stays as it is: two texts would be linked). */
static gboolean
add_field (FyTemplate  *self,
           const char  *id,
           FyFieldKind  kind,
           gboolean     required,
           const char  *value)
{
  FyFieldDef *def;

  if (fy_template_lookup_field (self, id) != NULL || self->fields->len >= FY_TEMPLATE_MAX_FIELDS)
    return FALSE;

  def = fy_field_def_new (id, kind);
  def->required = required;
  if (value != NULL && *value != '\0')
    def->default_value = g_strdup (value);
  g_ptr_array_add (self->fields, def);
  return TRUE;
}

static gboolean
has_fields (FyTemplate *self,
            const char *const *ids)
{
  for (guint i = 0; ids[i] != NULL; i++)
    if (fy_template_lookup_field (self, ids[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
is_date_field (FyTemplate *self,
               const char *id)
{
  const FyFieldDef *def = fy_template_lookup_field (self, id);

  return def != NULL && def->kind == FY_FIELD_KIND_DATE;
}

/* The meeting of a subtitle or (@dashed FALSE) of a title becomes the
 * meeting field: next year's speech at the same meeting is made from a
 * template of this year's (session 25's new user). */
static void
derive_occasion (FyTemplate *self,
                 FyBlock    *block,
                 const char *text,
                 gboolean    dashed)
{
  g_autofree char *prefix = NULL;
  g_autofree char *meeting = NULL;
  g_autofree char *suffix = NULL;

  if (!split_occasion (text, dashed, &prefix, &meeting, &suffix)
      || !add_field (self, FY_FIELD_MEETING, FY_FIELD_KIND_TEXT, TRUE, meeting))
    return;

  fy_block_begin_change (block);
  fy_block_clear_runs (block);
  fy_block_append_run (block, FY_RUN_TEXT, prefix);
  fy_block_append_run (block, FY_RUN_FIELD, FY_FIELD_MEETING);
  fy_block_append_run (block, FY_RUN_TEXT, suffix);
  fy_block_end_change (block);
  /* The title the file keeps would name this year's meeting: the title
   * shown is the block's, its field filled in. */
  if (!dashed)
    fy_document_set_title (self->skeleton, NULL);
}

/* A post as a speaker line names it: "区长", "青溪区人民政府区长",
 * "办公室主任".  No unit ends so. */
static gboolean
is_post_like (const char *text)
{
  static const char *const posts[] = { "长", "主任", "书记", "主席", "委员", "员", "经理", "总监", "代表", NULL };

  for (guint i = 0; posts[i] != NULL; i++)
    if (g_str_has_suffix (text, posts[i]))
      return TRUE;
  return FALSE;
}

/* "东江区政协办公室　周雅琴", "区政协办公室　副主任　周雅琴", "周雅琴":
 * the last part a name, the first the unit, one between them the post;
 * of two parts the first is the post when it reads as one ("区长　周建平"). */
static void
derive_speaker (FyTemplate *self,
                FyBlock    *block,
                const char *text)
{
  static const char *const ids[] = { FY_FIELD_ORGANISATION, FY_FIELD_POSITION, FY_FIELD_SPEAKER, NULL };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) separators = g_ptr_array_new_with_free_func (g_free);
  const char *order[3];
  guint n;

  split_at_spaces (text, parts, separators);
  n = parts->len;
  /* All its fields or none: a field run add_field() refused (the
   * template at its limit) would name a field the template lacks. */
  if (n == 0 || n > 3 || separators->len != n - 1 || has_fields (self, ids)
      || self->fields->len + n > FY_TEMPLATE_MAX_FIELDS
      || !is_name_like (g_ptr_array_index (parts, n - 1)))
    return;

  order[0] = n == 1 ? FY_FIELD_SPEAKER
             : n == 2 && is_post_like (g_ptr_array_index (parts, 0)) ? FY_FIELD_POSITION
             : FY_FIELD_ORGANISATION;
  order[1] = n == 3 ? FY_FIELD_POSITION : FY_FIELD_SPEAKER;
  order[2] = FY_FIELD_SPEAKER;

  fy_block_begin_change (block);
  fy_block_clear_runs (block);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        fy_block_append_run (block, FY_RUN_TEXT, g_ptr_array_index (separators, i - 1));
      if (add_field (self, order[i], FY_FIELD_KIND_TEXT, strcmp (order[i], FY_FIELD_SPEAKER) == 0,
                     g_ptr_array_index (parts, i)))
        fy_block_append_run (block, FY_RUN_FIELD, order[i]);
      else
        fy_block_append_run (block, FY_RUN_TEXT, g_ptr_array_index (parts, i));
    }
  fy_block_end_change (block);
}

/* "（2026年11月18日）": the date becomes a field that is today unless
 * the writer gives one, rather than this speech's date, which next
 * month's would print if nobody changed it.  With @shared, a date field
 * @self has already serves too: a report's date under its signature is
 * the same date as the one under its title. */
static void
derive_date (FyTemplate *self,
             FyBlock    *block,
             const char *text,
             gboolean    shared)
{
  static const char *const brackets[][2] = { { "（", "）" }, { "(", ")" }, { "", "" } };

  for (guint i = 0; i < G_N_ELEMENTS (brackets); i++)
    {
      gsize open = strlen (brackets[i][0]);
      gsize close = strlen (brackets[i][1]);
      gsize length = strlen (text);
      g_autofree char *inner = NULL;

      if (!g_str_has_prefix (text, brackets[i][0]) || !g_str_has_suffix (text, brackets[i][1])
          || length <= open + close)
        continue;

      inner = g_strndup (text + open, length - open - close);
      if (!fy_date_parse (inner, NULL))
        return;
      if (!add_field (self, FY_FIELD_DATE, FY_FIELD_KIND_DATE, FALSE, NULL)
          && !(shared && is_date_field (self, FY_FIELD_DATE)))
        return;

      fy_block_begin_change (block);
      fy_block_clear_runs (block);
      if (open > 0)
        fy_block_append_run (block, FY_RUN_TEXT, brackets[i][0]);
      fy_block_append_run (block, FY_RUN_FIELD, FY_FIELD_DATE);
      if (close > 0)
        fy_block_append_run (block, FY_RUN_TEXT, brackets[i][1]);
      fy_block_end_change (block);
      return;
    }
}

static gboolean
is_plain_text (FyBlock *block)
{
  for (guint i = 0; i < fy_block_get_n_runs (block); i++)
    if (fy_block_get_run (block, i)->kind != FY_RUN_TEXT)
      return FALSE;
  return fy_block_get_n_runs (block) > 0;
}

/**
 * fy_template_derive_fields:
 * @self: a template just made with fy_template_new_from_document()
 *
 * Turns the first title, subtitle, speaker line and date line of @self's
 * skeleton, where they are plain text of a known shape, into fields
 * (会议名称; 发言单位, 职务, 发言人; 日期) whose defaults are the text's
 * values (the date's is today), as "save as template" wants of a speech
 * not made from a template.  A line whose field @self has already, or
 * that holds a field, stays as it is; except the first date line after
 * the opening lines (a report's date under its signature), which shares
 * a date field @self has.  Batch fill does not call it: a speech's own
 * date stays in each copy there.
 */
void
fy_template_derive_fields (FyTemplate *self)
{
  gboolean done[FY_BLOCK_N_ROLES] = { FALSE };
  gboolean front = TRUE;
  gboolean closing_done = FALSE;

  for (guint i = 0; i < fy_document_get_n_blocks (self->skeleton); i++)
    {
      FyBlock *block = fy_document_get_block (self->skeleton, i);
      FyBlockRole role = fy_block_get_role (block);
      g_autofree char *text = NULL;

      front = front && fy_block_role_is_front (role);
      /* Last month's 落款 date would print on every report made from
       * the template (session 21's new user). */
      if (!front)
        {
          if (role == FY_BLOCK_ROLE_DATE_LINE && !closing_done && is_plain_text (block))
            {
              closing_done = TRUE;
              text = fy_block_dup_text (block);
              derive_date (self, block, text, TRUE);
            }
          continue;
        }
      if (done[role] || !is_plain_text (block))
        continue;
      done[role] = TRUE;

      text = fy_block_dup_text (block);
      if (role == FY_BLOCK_ROLE_TITLE)
        derive_occasion (self, block, text, FALSE);
      else if (role == FY_BLOCK_ROLE_SUBTITLE)
        derive_occasion (self, block, text, TRUE);
      else if (role == FY_BLOCK_ROLE_SPEAKER)
        derive_speaker (self, block, text);
      else if (role == FY_BLOCK_ROLE_DATE_LINE)
        derive_date (self, block, text, FALSE);
    }
}

/**
 * fy_template_empty_table: (skip)
 * @block: a table block
 *
 * Keeps the header row of @block and the shape of the rest, every other
 * cell emptied: this speech's figures are not the next one's.  A table
 * without a header row keeps its first column (the rows' names).
 */
void
fy_template_empty_table (FyBlock *block)
{
  g_autoptr(FyTable) table = fy_table_new_from_block (block);
  g_autoptr(FyTable) empty = NULL;
  g_autoptr(FyBlock) made = NULL;
  guint n_rows = fy_table_get_n_rows (table);
  guint n_columns = fy_table_get_n_columns (table);
  gboolean header = fy_table_get_header (table);
  g_autofree const char **cells = g_new0 (const char *, MAX (n_columns, 1));
  g_autofree char *text = NULL;

  empty = fy_table_new (header);
  for (guint r = 0; r < n_rows; r++)
    {
      for (guint c = 0; c < n_columns; c++)
        cells[c] = (header && r == 0) || (!header && c == 0) ? fy_table_get_cell (table, r, c) : "";
      fy_table_append_row (empty, cells, n_columns);
    }

  made = fy_table_to_block (empty);
  text = fy_block_dup_text (made);
  fy_block_set_text (block, text);
}

/**
 * fy_template_is_fixed_paragraph: (skip)
 * @text: a body paragraph's text
 *
 * Returns: whether @text is wording a writer says every time and which a
 *   template keeps even of its structure: a closing formula ("以上发言，
 *   不妥之处，敬请批评指正。谢谢大家！") that is a paragraph because
 *   attachments follow it, or the label "附件", "附件2" above an
 *   attachment.
 */
gboolean
fy_template_is_fixed_paragraph (const char *text)
{
  const char *rest;

  if (fy_import_is_closing_like (text))
    return TRUE;
  if (!g_str_has_prefix (text, "附件"))
    return FALSE;

  rest = text + strlen ("附件");
  for (; *rest != '\0'; rest = g_utf8_next_char (rest))
    {
      gunichar c = g_utf8_get_char (rest);

      if (!g_unichar_isdigit (c) && g_utf8_strchr ("一二三四五六七八九十", -1, c) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* fy-comparison.c — what changed between two documents, per block and per word
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-comparison"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "fy-block.h"
#include "fy-comparison.h"
#include "fy-comparison-private.h"
#include "fy-document.h"
#include "fy-template.h"

/*
 * Three passes, each near-linear in the length of the speech:
 *
 * 1. Blocks are compared by their whole text (a number per distinct
 *    text) with a bounded Myers difference; when more than BLOCK_MAX_COST
 *    blocks changed, every block between the common head and tail counts
 *    as removed and added, and the next passes sort it out.
 * 2. A removed block whose exact text was added elsewhere is a move.  The
 *    remaining removed and added blocks of one changed stretch are paired
 *    in order when they are alike (character bigrams, Dice ≥ PAIR_LIKENESS,
 *    looking a few blocks ahead only): those are edits.  Left-overs that
 *    closely resemble a block added in another stretch are moves with
 *    edits, as long as that search stays small.
 * 3. Each edited pair is compared word by word: ICU's word boundaries
 *    (dictionary-based for Chinese, so 提升 is one word) and Myers again,
 *    bounded by WORD_MAX_COST; past that the paragraph is shown as
 *    replaced whole (FyChange.coarse).
 */

#define BLOCK_MAX_COST   4000
#define WORD_MAX_COST    400
#define PAIR_LOOKAHEAD   8
#define PAIR_LIKENESS    0.35
#define MOVE_LIKENESS    0.6
#define MOVE_SEARCH_MAX  40000

struct _FyComparison
{
  GObject     parent_instance;

  GArray     *changes;      /* FyChange */
  guint       n_unchanged;
  gboolean    coarse;
};

G_DEFINE_FINAL_TYPE (FyComparison, fy_comparison, G_TYPE_OBJECT)

typedef struct
{
  FyDocument  *document;
  char       **texts;
  char       **numbers;   /* printed before each block (一、…), or "" */
  guint32     *ids;
  guint        n;
  int         *partner;   /* the other side's block, or -1 */
  guint8      *state;     /* BlockState */
  GArray     **bigrams;   /* guint64, sorted; made when first needed */
} Side;

typedef enum
{
  STATE_SAME,
  STATE_LONE,
  STATE_EDITED,
  STATE_MOVED,
} BlockState;

static void
clear_change (gpointer data)
{
  FyChange *change = data;

  g_free (change->name);
  g_free (change->old_text);
  g_free (change->new_text);
  g_free (change->old_number);
  g_free (change->new_number);
  g_free (change->old_after);
  g_free (change->new_after);
  g_free (change->old_shown);
  g_free (change->new_shown);
  g_clear_pointer (&change->segments, g_array_unref);
}

static void
clear_segment (gpointer data)
{
  FyChangeSegment *segment = data;

  g_free (segment->text);
  g_free (segment->shown);
}

static void
fy_comparison_finalize (GObject *object)
{
  FyComparison *self = (FyComparison *) object;

  g_clear_pointer (&self->changes, g_array_unref);

  G_OBJECT_CLASS (fy_comparison_parent_class)->finalize (object);
}

static void
fy_comparison_class_init (FyComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fy_comparison_finalize;
}

static void
fy_comparison_init (FyComparison *self)
{
  self->changes = g_array_new (FALSE, TRUE, sizeof (FyChange));
  g_array_set_clear_func (self->changes, clear_change);
}

/* Helpers ----------------------------------------------------------------- */

static guint32
intern (GHashTable *ids,
        const char *text)
{
  gpointer value;

  if (g_hash_table_lookup_extended (ids, text, NULL, &value))
    return GPOINTER_TO_UINT (value);

  value = GUINT_TO_POINTER (g_hash_table_size (ids));
  g_hash_table_insert (ids, (gpointer) text, value);
  return GPOINTER_TO_UINT (value);
}

static void
side_init (Side       *side,
           FyDocument *document,
           GHashTable *ids)
{
  side->document = document;
  side->n = fy_document_get_n_blocks (document);
  side->texts = g_new0 (char *, side->n + 1);
  side->ids = g_new (guint32, side->n + 1);
  side->partner = g_new (int, side->n + 1);
  side->state = g_new0 (guint8, side->n + 1);
  side->bigrams = g_new0 (GArray *, side->n + 1);
  side->numbers = fy_document_dup_heading_numbers (document);
  for (guint i = 0; i < side->n; i++)
    {
      side->texts[i] = fy_block_dup_text (fy_document_get_block (document, i));
      side->ids[i] = intern (ids, side->texts[i]);
      side->partner[i] = -1;
    }
}

static void
side_clear (Side *side)
{
  g_strfreev (side->texts);
  g_strfreev (side->numbers);
  g_free (side->ids);
  g_free (side->partner);
  g_free (side->state);
  for (guint i = 0; i < side->n; i++)
    g_clear_pointer (&side->bigrams[i], g_array_unref);
  g_free (side->bigrams);
}

static int
compare_bigrams (const void *a,
                 const void *b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

/* The character bigrams of block @i, sorted; made once per block, as a
 * block is weighed against many others. */
static GArray *
side_bigrams (Side  *side,
              guint  i)
{
  GArray *bigrams = side->bigrams[i];
  gunichar prev = 0;

  if (bigrams != NULL)
    return bigrams;

  bigrams = g_array_new (FALSE, FALSE, sizeof (guint64));
  for (const char *p = side->texts[i]; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (prev != 0)
        {
          guint64 key = ((guint64) prev << 32) | c;

          g_array_append_val (bigrams, key);
        }
      prev = c;
    }
  qsort (bigrams->data, bigrams->len, sizeof (guint64), compare_bigrams);
  side->bigrams[i] = bigrams;
  return bigrams;
}

/* Dice coefficient of the character bigrams of old block @i and new
 * block @j: 1 for equal texts.  Linear in their lengths (a merge of the
 * sorted bigrams). */
static double
likeness (Side  *old_side,
          guint  i,
          Side  *new_side,
          guint  j)
{
  GArray *a = side_bigrams (old_side, i);
  GArray *b = side_bigrams (new_side, j);
  const guint64 *x = (const guint64 *) a->data, *y = (const guint64 *) b->data;
  guint p = 0, q = 0, shared = 0;

  if (a->len + b->len == 0)
    return g_strcmp0 (old_side->texts[i], new_side->texts[j]) == 0 ? 1.0 : 0.0;

  while (p < a->len && q < b->len)
    {
      if (x[p] == y[q])
        {
          shared++;
          p++;
          q++;
        }
      else if (x[p] < y[q])
        p++;
      else
        q++;
    }
  return 2.0 * shared / (a->len + b->len);
}

/* Word pass --------------------------------------------------------------- */

/* Adds the words of @text[0, @length) to @words, by ICU's boundaries. */
static void
add_words (GPtrArray      *words,
           UBreakIterator *iterator,
           const char     *text,
           gsize           length)
{
  UErrorCode status = U_ZERO_ERROR;
  UText *utext = utext_openUTF8 (NULL, text, length, &status);
  int32_t start, end;

  ubrk_setUText (iterator, utext, &status);
  if (U_FAILURE (status))
    {
      /* Characters then; still correct, only finer. */
      for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
        g_ptr_array_add (words, g_strndup (p, g_utf8_next_char (p) - p));
      utext_close (utext);
      return;
    }

  start = ubrk_first (iterator);
  for (end = ubrk_next (iterator); end != UBRK_DONE; start = end, end = ubrk_next (iterator))
    g_ptr_array_add (words, g_strndup (text + start, end - start));

  utext_close (utext);
}

/* @text's words: a {{field}} is one word (its braces and name are never
 * parted, so that each segment shows a whole field's value), the rest,
 * literal braces too (fy_text_next_field_ref()), as ICU cuts it. */
static GPtrArray *
split_words (UBreakIterator *iterator,
             const char     *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *start, *end;
  char *name;

  while (fy_text_next_field_ref (text, &start, &end, &name))
    {
      g_free (name);
      if (start > text)
        add_words (words, iterator, text, start - text);
      g_ptr_array_add (words, g_strndup (start, end - start));
      text = end;
    }
  if (*text != '\0')
    add_words (words, iterator, text, strlen (text));
  return words;
}

/* The units @text is compared in: a table's rows and the line breaks
 * between them, each a unit of its own, so that a row added, removed or
 * changed shows as that row (a word diff across its cells would pair
 * words of different rows); any other block's words. */
static GPtrArray *
split_units (UBreakIterator *iterator,
             const char     *text,
             gboolean        table)
{
  GPtrArray *rows;
  g_auto(GStrv) lines = NULL;

  if (!table)
    return split_words (iterator, text);

  rows = g_ptr_array_new_with_free_func (g_free);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_ptr_array_add (rows, g_strdup ("\n"));
      if (lines[i][0] != '\0')
        g_ptr_array_add (rows, g_strdup (lines[i]));
    }
  return rows;
}

static void
add_segment (GArray     *segments,
             FyDiffOp    op,
             const char *text)
{
  FyChangeSegment *last = segments->len > 0
    ? &g_array_index (segments, FyChangeSegment, segments->len - 1) : NULL;

  if (last != NULL && last->op == op)
    {
      char *joined = g_strconcat (last->text, text, NULL);

      g_free (last->text);
      last->text = joined;
    }
  else
    {
      FyChangeSegment segment = { op, g_strdup (text), NULL };

      g_array_append_val (segments, segment);
    }
}

static void
compare_words (FyChange       *change,
               UBreakIterator *iterator)
{
  gboolean table = change->old_role == FY_BLOCK_ROLE_TABLE || change->new_role == FY_BLOCK_ROLE_TABLE;
  g_autoptr(GPtrArray) old_words = split_units (iterator, change->old_text, table);
  g_autoptr(GPtrArray) new_words = split_units (iterator, change->new_text, table);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree guint32 *a = g_new (guint32, old_words->len + 1);
  g_autofree guint32 *b = g_new (guint32, new_words->len + 1);
  g_autoptr(GArray) ops = g_array_new (FALSE, FALSE, sizeof (guint8));
  guint i = 0, j = 0;
  FyDiffOp previous = FY_DIFF_EQUAL;

  change->segments = g_array_new (FALSE, TRUE, sizeof (FyChangeSegment));
  g_array_set_clear_func (change->segments, clear_segment);

  if (g_strcmp0 (change->old_text, change->new_text) == 0)
    return;

  for (guint k = 0; k < old_words->len; k++)
    a[k] = intern (ids, g_ptr_array_index (old_words, k));
  for (guint k = 0; k < new_words->len; k++)
    b[k] = intern (ids, g_ptr_array_index (new_words, k));

  if (!fy_diff_sequences (a, old_words->len, b, new_words->len, WORD_MAX_COST, ops))
    {
      change->coarse = TRUE;
      change->n_edits = 1;
      add_segment (change->segments, FY_DIFF_DELETE, change->old_text);
      add_segment (change->segments, FY_DIFF_INSERT, change->new_text);
      return;
    }

  for (guint k = 0; k < ops->len; k++)
    {
      FyDiffOp op = g_array_index (ops, guint8, k);

      if (op != FY_DIFF_EQUAL && previous == FY_DIFF_EQUAL)
        change->n_edits++;
      previous = op;

      if (op == FY_DIFF_INSERT)
        add_segment (change->segments, op, g_ptr_array_index (new_words, j++));
      else
        {
          add_segment (change->segments, op, g_ptr_array_index (old_words, i));
          i++;
          if (op == FY_DIFF_EQUAL)
            j++;
        }
    }
}

/* Block passes ------------------------------------------------------------ */

static void
find_moves (Side *old_side,
            Side *new_side)
{
  g_autoptr(GHashTable) removed = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_queue_free);

  /* Exact moves: the same (non-empty) text removed here, added there. */
  for (guint i = 0; i < old_side->n; i++)
    {
      GQueue *queue;

      if (old_side->state[i] != STATE_LONE || old_side->texts[i][0] == '\0')
        continue;
      queue = g_hash_table_lookup (removed, GUINT_TO_POINTER (old_side->ids[i] + 1));
      if (queue == NULL)
        {
          queue = g_queue_new ();
          g_hash_table_insert (removed, GUINT_TO_POINTER (old_side->ids[i] + 1), queue);
        }
      g_queue_push_tail (queue, GUINT_TO_POINTER (i));
    }
  for (guint j = 0; j < new_side->n; j++)
    {
      GQueue *queue;
      guint i;

      if (new_side->state[j] != STATE_LONE)
        continue;
      queue = g_hash_table_lookup (removed, GUINT_TO_POINTER (new_side->ids[j] + 1));
      if (queue == NULL || g_queue_is_empty (queue))
        continue;
      i = GPOINTER_TO_UINT (g_queue_pop_head (queue));
      old_side->state[i] = new_side->state[j] = STATE_MOVED;
      old_side->partner[i] = j;
      new_side->partner[j] = i;
    }
}

/* Whether old block @i and new block @j are headings of one level: a
 * heading replaced by another at the same place is that heading reworded,
 * however few words stay (健全机制… → 压实责任…), and is changed in place,
 * not removed here and added there. */
static gboolean
same_heading_level (Side  *old_side,
                    guint  i,
                    Side  *new_side,
                    guint  j)
{
  FyBlock *a = fy_document_get_block (old_side->document, i);
  FyBlock *b = fy_document_get_block (new_side->document, j);

  return fy_block_get_role (a) == FY_BLOCK_ROLE_HEADING && fy_block_get_role (b) == FY_BLOCK_ROLE_HEADING &&
         fy_block_get_level (a) == fy_block_get_level (b);
}

static void
pair_stretch (Side  *old_side,
              Side  *new_side,
              guint  old_start,
              guint  old_end,
              guint  new_start,
              guint  new_end)
{
  guint next = new_start;

  for (guint i = old_start; i < old_end; i++)
    {
      double best = PAIR_LIKENESS;
      int best_j = -1;

      if (old_side->state[i] != STATE_LONE)
        continue;

      for (guint j = next, seen = 0; j < new_end && seen < PAIR_LOOKAHEAD; j++)
        {
          double value;

          if (new_side->state[j] != STATE_LONE)
            continue;
          seen++;
          value = likeness (old_side, i, new_side, j);
          if (same_heading_level (old_side, i, new_side, j))
            value = MAX (value, PAIR_LIKENESS);
          if (value >= best)
            {
              best = value;
              best_j = j;
            }
        }

      if (best_j >= 0)
        {
          old_side->state[i] = new_side->state[best_j] = STATE_EDITED;
          old_side->partner[i] = best_j;
          new_side->partner[best_j] = i;
          next = best_j + 1;
        }
    }
}

static void
find_edited_moves (Side *old_side,
                   Side *new_side)
{
  g_autoptr(GArray) lone_old = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) lone_new = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < old_side->n; i++)
    if (old_side->state[i] == STATE_LONE && old_side->texts[i][0] != '\0')
      g_array_append_val (lone_old, i);
  for (guint j = 0; j < new_side->n; j++)
    if (new_side->state[j] == STATE_LONE && new_side->texts[j][0] != '\0')
      g_array_append_val (lone_new, j);

  /* Bounded: in a wholesale rewrite this would be quadratic, and the
   * plain removed/added answer is as useful there. */
  if ((guint64) lone_old->len * lone_new->len > MOVE_SEARCH_MAX)
    return;

  for (guint a = 0; a < lone_old->len; a++)
    {
      guint i = g_array_index (lone_old, guint, a);
      double best = MOVE_LIKENESS;
      int best_j = -1;

      for (guint b = 0; b < lone_new->len; b++)
        {
          guint j = g_array_index (lone_new, guint, b);
          double value;

          if (new_side->state[j] != STATE_LONE)
            continue;
          value = likeness (old_side, i, new_side, j);
          if (value >= best)
            {
              best = value;
              best_j = j;
            }
        }
      if (best_j >= 0)
        {
          old_side->state[i] = new_side->state[best_j] = STATE_MOVED;
          old_side->partner[i] = best_j;
          new_side->partner[best_j] = i;
        }
    }
}

static gboolean
stayed_put (Side *side,
            guint k)
{
  return side->state[k] == STATE_SAME || side->state[k] == STATE_EDITED;
}

/* Where new block @j goes in the old document (FyChange.anchor), so that
 * any choice of the other changes taken or left puts it where the
 * revision has it.  A moved block goes just after the block that stayed
 * put above it: a point moved down lands right below the point it now
 * follows, above a removed paragraph that is kept.  An added block goes
 * before the block that stayed put below it, after a removed one that is
 * kept (as the review shows them), but above the blocks just before that
 * one that move away, so that when such a move is left out the added
 * block stays above the points that come after it. */
static int
change_anchor (FyChangeKind  kind,
               Side         *old_side,
               Side         *new_side,
               int           j)
{
  int anchor = old_side->n;

  if (kind == FY_CHANGE_MOVED)
    {
      for (int k = j - 1; k >= 0; k--)
        if (stayed_put (new_side, k))
          return new_side->partner[k] + 1;
      return 0;
    }

  for (guint k = j + 1; k < new_side->n; k++)
    if (stayed_put (new_side, k))
      {
        anchor = new_side->partner[k];
        break;
      }
  while (anchor > 0 && old_side->state[anchor - 1] == STATE_MOVED)
    anchor--;
  return anchor;
}

/* The paragraph a moved block follows on @side, as the clerk finds it
 * on the page: its number and its first words, a blank line passed over;
 * %NULL at the top.  A paragraph number would make the clerk count, and
 * nobody counts alike (the title? 同志们？ a blank line?). */
#define PLACE_CHARS 14

static char *
dup_place (Side *side,
           int   index)
{
  for (int k = index - 1; k >= 0; k--)
    {
      g_autofree char *text = fy_document_dup_block_text (side->document, k);
      glong length;

      /* a table's cells are joined by tabs, its rows by new lines */
      g_strstrip (g_strdelimit (text, "\n\t", ' '));
      if (*text == '\0')
        continue;
      length = g_utf8_strlen (text, -1);
      if (length > PLACE_CHARS)
        {
          *g_utf8_offset_to_pointer (text, PLACE_CHARS - 2) = '\0';
          /* Translators: a paragraph's number and its first words, cut */
          return g_strdup_printf (_("%1$s%2$s…"), side->numbers[k], text);
        }
      return g_strconcat (side->numbers[k], text, NULL);
    }
  return NULL;
}

static FyChange *
add_block_change (FyComparison   *self,
                  FyChangeKind    kind,
                  Side           *old_side,
                  int             i,
                  Side           *new_side,
                  int             j,
                  int             position,
                  UBreakIterator *iterator)
{
  FyChange change = { 0 };

  change.kind = kind;
  change.position = j >= 0 ? j : position;
  change.old_index = i;
  change.new_index = j;
  change.anchor = -1;
  if (kind == FY_CHANGE_INSERTED || kind == FY_CHANGE_MOVED)
    change.anchor = change_anchor (kind, old_side, new_side, j);
  if (kind == FY_CHANGE_MOVED)
    {
      change.old_after = dup_place (old_side, i);
      change.new_after = dup_place (new_side, j);
    }
  if (i >= 0)
    {
      FyBlock *block = fy_document_get_block (old_side->document, i);

      change.old_text = g_strdup (old_side->texts[i]);
      change.old_role = fy_block_get_role (block);
      change.old_level = fy_block_get_level (block);
      change.old_number = old_side->numbers[i][0] != '\0' ? g_strdup (old_side->numbers[i]) : NULL;
      change.old_lead = fy_block_get_lead_length (block);
    }
  if (j >= 0)
    {
      FyBlock *block = fy_document_get_block (new_side->document, j);

      change.new_text = g_strdup (new_side->texts[j]);
      change.new_role = fy_block_get_role (block);
      change.new_level = fy_block_get_level (block);
      change.new_number = new_side->numbers[j][0] != '\0' ? g_strdup (new_side->numbers[j]) : NULL;
      change.new_lead = fy_block_get_lead_length (block);
    }
  if (i < 0)
    {
      change.old_role = change.new_role;
      change.old_level = change.new_level;
    }
  if (j < 0)
    {
      change.new_role = change.old_role;
      change.new_level = change.old_level;
    }

  if (i >= 0 && j >= 0)
    {
      compare_words (&change, iterator);
      if (change.coarse)
        self->coarse = TRUE;
    }
  fy_change_show_fields (&change, old_side->document, new_side->document);

  g_array_append_val (self->changes, change);
  return &g_array_index (self->changes, FyChange, self->changes->len - 1);
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  /* at one place: a block moved here stands right below the block above
   * it, a removed one after it, an added one last (their anchors) */
  static const int rank[] = { [FY_CHANGE_MOVED] = 0, [FY_CHANGE_EDITED] = 1, [FY_CHANGE_DELETED] = 1,
                              [FY_CHANGE_INSERTED] = 2, [FY_CHANGE_FIELD] = 1 };
  const FyChange *x = a, *y = b;

  if (x->position != y->position)
    return x->position - y->position;
  return rank[x->kind] - rank[y->kind];
}

static void
emit_stretch (FyComparison   *self,
              Side           *old_side,
              guint           old_start,
              guint           old_end,
              Side           *new_side,
              guint           new_start,
              guint           new_end,
              UBreakIterator *iterator)
{
  guint first = self->changes->len;
  guint landed = new_start;

  /* Blocks moved to the place a removed one had come first, all of
   * them: a passage moved in one go is not cut in two by the removal
   * (its second block stands one place further down). */
  while (landed < new_end && new_side->state[landed] == STATE_MOVED)
    landed++;

  for (guint i = old_start; i < old_end; i++)
    {
      if (old_side->state[i] == STATE_EDITED)
        add_block_change (self, FY_CHANGE_EDITED, old_side, i, new_side,
                          old_side->partner[i], new_start, iterator);
      else if (old_side->state[i] == STATE_LONE)
        add_block_change (self, FY_CHANGE_DELETED, old_side, i, new_side, -1, landed, iterator);
    }
  for (guint j = new_start; j < new_end; j++)
    {
      if (new_side->state[j] == STATE_MOVED)
        add_block_change (self, FY_CHANGE_MOVED, old_side, new_side->partner[j], new_side, j,
                          j, iterator);
      else if (new_side->state[j] == STATE_LONE)
        add_block_change (self, FY_CHANGE_INSERTED, old_side, -1, new_side, j, j, iterator);
    }

  /* In the order of the new text: a point moved down below an edited
   * one shows (and is listed) where it now stands, not after the
   * stretch's edits.  Stable: blocks of one kind keep their order. */
  g_qsort_with_data (&g_array_index (self->changes, FyChange, first), self->changes->len - first,
                     sizeof (FyChange), compare_positions, NULL);
}

/* Fields ------------------------------------------------------------------ */

static void
add_field_change (FyComparison *self,
                  const char   *name,
                  gboolean      is_metadata,
                  const char   *old_value,
                  const char   *new_value)
{
  FyChange change = { 0 };

  if (g_strcmp0 (old_value, new_value) == 0)
    return;

  change.kind = FY_CHANGE_FIELD;
  change.old_index = change.new_index = change.position = change.anchor = -1;
  change.name = g_strdup (name);
  change.is_metadata = is_metadata;
  change.old_text = g_strdup (old_value);
  change.new_text = g_strdup (new_value);
  g_array_append_val (self->changes, change);
}

/* Whether @document's title is its title block's text, as every import
 * takes it (Markdown, text, a .docx's), or it has none. */
static gboolean
title_is_block (FyDocument *document)
{
  g_autofree char *title = g_strdup (fy_document_get_title (document));

  if (title == NULL)
    return TRUE;
  g_strstrip (title);
  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      g_autofree char *referring = NULL;
      g_autofree char *filled = NULL;

      if (fy_block_get_role (block) != FY_BLOCK_ROLE_TITLE)
        continue;
      /* with its {{fields}} as written, or filled in, a line break a space */
      referring = g_strstrip (g_strdelimit (fy_block_dup_text (block), "\n", ' '));
      filled = g_strstrip (g_strdelimit (fy_document_dup_block_text (document, i), "\n", ' '));
      return strcmp (title, referring) == 0 || strcmp (title, filled) == 0;
    }

  return FALSE;
}

static void
compare_fields (FyComparison *self,
                FyDocument   *old_document,
                FyDocument   *new_document)
{
  static const char * const members[] = {
    "title", "subtitle", "speaker", "organisation", "meeting", "date", "style-preset",
  };
  /* The metadata that follow a field (fy_document_set_field_value()): a
   * change there is the field's, listed once, under the field. */
  static const char * const followed[] = {
    NULL, NULL, FY_FIELD_SPEAKER, FY_FIELD_ORGANISATION, FY_FIELD_MEETING, FY_FIELD_DATE, NULL,
  };
  g_auto(GStrv) old_names = fy_document_dup_field_names (old_document);
  g_auto(GStrv) new_names = fy_document_dup_field_names (new_document);
  guint old_limit = fy_document_get_time_limit (old_document);
  guint new_limit = fy_document_get_time_limit (new_document);

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *old_value = NULL;
      g_autofree char *new_value = NULL;

      g_object_get (old_document, members[i], &old_value, NULL);
      g_object_get (new_document, members[i], &new_value, NULL);
      /* A speech made from a template has no title but its title block;
       * a copy read back from a file takes the block's text as its title:
       * no change of its own (a colleague's .docx of such a speech). */
      if (strcmp (members[i], "title") == 0 && (old_value == NULL || new_value == NULL) &&
          title_is_block (old_document) && title_is_block (new_document))
        continue;
      if (followed[i] != NULL
          && g_strcmp0 (old_value, fy_document_get_field_value (old_document, followed[i])) == 0
          && g_strcmp0 (new_value, fy_document_get_field_value (new_document, followed[i])) == 0)
        continue;
      add_field_change (self, members[i], TRUE, old_value, new_value);
    }
  if (old_limit != new_limit)
    {
      g_autofree char *old_value = old_limit > 0 ? g_strdup_printf ("%u", old_limit) : NULL;
      g_autofree char *new_value = new_limit > 0 ? g_strdup_printf ("%u", new_limit) : NULL;

      add_field_change (self, "time-limit", TRUE, old_value, new_value);
    }

  for (guint i = 0; old_names[i] != NULL; i++)
    add_field_change (self, old_names[i], FALSE,
                      fy_document_get_field_value (old_document, old_names[i]),
                      fy_document_get_field_value (new_document, old_names[i]));
  for (guint i = 0; new_names[i] != NULL; i++)
    if (fy_document_get_field_value (old_document, new_names[i]) == NULL)
      add_field_change (self, new_names[i], FALSE, NULL,
                        fy_document_get_field_value (new_document, new_names[i]));
}

/* Public API -------------------------------------------------------------- */

typedef struct
{
  gboolean equal;   /* one equal block, or a changed stretch */
  guint    old_start, old_end;
  guint    new_start, new_end;
} Stretch;

/* Blocks that moved next to each other from next to each other (a
 * heading with its body, two paragraphs of one passage) were moved in one
 * go: the reviewer takes or leaves them as one, or a heading taken alone
 * would leave its body under the heading before it.  Their anchors are
 * the same (the block that stayed put above the first). */
static void
join_moved_passages (FyComparison *self)
{
  for (guint k = 1; k < self->changes->len; k++)
    {
      FyChange *previous = &g_array_index (self->changes, FyChange, k - 1);
      FyChange *change = &g_array_index (self->changes, FyChange, k);

      change->with_previous = change->kind == FY_CHANGE_MOVED && previous->kind == FY_CHANGE_MOVED &&
                              change->old_index == previous->old_index + 1 &&
                              change->new_index == previous->new_index + 1 &&
                              change->anchor == previous->anchor;
    }
}

static GArray *
split_stretches (GArray *ops)
{
  GArray *stretches = g_array_new (FALSE, FALSE, sizeof (Stretch));
  guint i = 0, j = 0, k = 0;

  while (k < ops->len)
    {
      Stretch stretch = { FALSE, i, i, j, j };

      if (g_array_index (ops, guint8, k) == FY_DIFF_EQUAL)
        {
          stretch.equal = TRUE;
          stretch.old_end = ++i;
          stretch.new_end = ++j;
          k++;
        }
      else
        {
          for (; k < ops->len && g_array_index (ops, guint8, k) != FY_DIFF_EQUAL; k++)
            {
              if (g_array_index (ops, guint8, k) == FY_DIFF_DELETE)
                i++;
              else
                j++;
            }
          stretch.old_end = i;
          stretch.new_end = j;
        }
      g_array_append_val (stretches, stretch);
    }

  return stretches;
}

static void
compare_blocks (FyComparison *self,
                Side         *old_side,
                Side         *new_side)
{
  g_autoptr(GArray) ops = g_array_new (FALSE, FALSE, sizeof (guint8));
  UErrorCode status = U_ZERO_ERROR;
  g_autoptr(GArray) stretches = NULL;
  UBreakIterator *iterator;

  if (!fy_diff_sequences (old_side->ids, old_side->n, new_side->ids, new_side->n,
                          BLOCK_MAX_COST, ops))
    {
      /* Everything between the common head and tail is a change. */
      guint head = 0, tail = 0;

      self->coarse = TRUE;
      while (head < old_side->n && head < new_side->n && old_side->ids[head] == new_side->ids[head])
        head++;
      while (tail < old_side->n - head && tail < new_side->n - head &&
             old_side->ids[old_side->n - 1 - tail] == new_side->ids[new_side->n - 1 - tail])
        tail++;
      for (guint n = 0; n < head; n++)
        g_array_append_val (ops, (guint8) { FY_DIFF_EQUAL });
      for (guint n = 0; n < old_side->n - head - tail; n++)
        g_array_append_val (ops, (guint8) { FY_DIFF_DELETE });
      for (guint n = 0; n < new_side->n - head - tail; n++)
        g_array_append_val (ops, (guint8) { FY_DIFF_INSERT });
      for (guint n = 0; n < tail; n++)
        g_array_append_val (ops, (guint8) { FY_DIFF_EQUAL });
    }

  for (guint n = 0, a = 0, b = 0; n < ops->len; n++)
    {
      FyDiffOp op = g_array_index (ops, guint8, n);

      if (op == FY_DIFF_EQUAL)
        {
          old_side->state[a] = new_side->state[b] = STATE_SAME;
          old_side->partner[a++] = b;
          new_side->partner[b++] = a - 1;
        }
      else if (op == FY_DIFF_DELETE)
        old_side->state[a++] = STATE_LONE;
      else
        new_side->state[b++] = STATE_LONE;
    }

  find_moves (old_side, new_side);

  /* Pair in every changed stretch, then look for moves with edits. */
  stretches = split_stretches (ops);
  for (guint n = 0; n < stretches->len; n++)
    {
      const Stretch *stretch = &g_array_index (stretches, Stretch, n);

      if (!stretch->equal)
        pair_stretch (old_side, new_side, stretch->old_start, stretch->old_end,
                      stretch->new_start, stretch->new_end);
    }
  find_edited_moves (old_side, new_side);

  iterator = ubrk_open (UBRK_WORD, "zh", NULL, 0, &status);
  g_return_if_fail (U_SUCCESS (status));

  for (guint n = 0; n < stretches->len; n++)
    {
      const Stretch *stretch = &g_array_index (stretches, Stretch, n);
      guint i = stretch->old_start, j = stretch->new_start;

      if (stretch->equal)
        {
          FyBlock *old_block = fy_document_get_block (old_side->document, i);
          FyBlock *new_block = fy_document_get_block (new_side->document, j);

          if (fy_block_get_role (old_block) != fy_block_get_role (new_block) ||
              fy_block_get_level (old_block) != fy_block_get_level (new_block))
            add_block_change (self, FY_CHANGE_EDITED, old_side, i, new_side, j, j, iterator);
          else
            self->n_unchanged++;
        }
      else
        emit_stretch (self, old_side, i, stretch->old_end, new_side, j, stretch->new_end, iterator);
    }

  ubrk_close (iterator);
  join_moved_passages (self);
}

/**
 * fy_comparison_match_preset:
 * @revision: a revision of @draft, read from @file_name
 * @file_name: the revision's file name
 * @draft: the draft it revises
 *
 * A revision read from anything but a .fayan file (.docx, Markdown, text)
 * has the page format its import gave it (the default preset), not one a
 * colleague chose: it takes @draft's, so that comparing the two never
 * reports, nor takes over, a format change nobody made.
 */
void
fy_comparison_match_preset (FyDocument *revision,
                            const char *file_name,
                            FyDocument *draft)
{
  g_return_if_fail (FY_IS_DOCUMENT (revision));
  g_return_if_fail (file_name != NULL);
  g_return_if_fail (FY_IS_DOCUMENT (draft));

  if (!g_str_has_suffix (file_name, ".fayan"))
    fy_document_set_style_preset (revision, fy_document_get_style_preset (draft));
}

/**
 * fy_comparison_new:
 * @old_document: the earlier text
 * @new_document: the later text
 *
 * Compares two documents: field and metadata changes first, then the
 * block changes in the order of the new text (a removed block where it
 * was).  Unchanged blocks are only counted.
 *
 * Returns: (transfer full): the comparison
 */
FyComparison *
fy_comparison_new (FyDocument *old_document,
                   FyDocument *new_document)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  FyComparison *self;
  Side old_side = { 0 }, new_side = { 0 };

  g_return_val_if_fail (FY_IS_DOCUMENT (old_document), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (new_document), NULL);

  self = g_object_new (FY_TYPE_COMPARISON, NULL);
  compare_fields (self, old_document, new_document);

  side_init (&old_side, old_document, ids);
  side_init (&new_side, new_document, ids);
  compare_blocks (self, &old_side, &new_side);
  side_clear (&old_side);
  side_clear (&new_side);

  return self;
}

guint
fy_comparison_get_n_changes (FyComparison *self)
{
  g_return_val_if_fail (FY_IS_COMPARISON (self), 0);
  return self->changes->len;
}

const FyChange *
fy_comparison_get_change (FyComparison *self,
                          guint         index_)
{
  g_return_val_if_fail (FY_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (index_ < self->changes->len, NULL);
  return &g_array_index (self->changes, FyChange, index_);
}

/**
 * fy_comparison_get_move_end:
 * @self: a #FyComparison
 * @index_: a change
 *
 * Where the changes that are one with change @index_ end: after the last
 * block of a passage moved in one go (FyChange.with_previous), else just
 * after @index_.  A reviewer sees, counts and decides them as one.
 *
 * Returns: the index of the first change after them
 */
guint
fy_comparison_get_move_end (FyComparison *self,
                            guint         index_)
{
  guint end = index_ + 1;

  g_return_val_if_fail (FY_IS_COMPARISON (self), 0);
  g_return_val_if_fail (index_ < self->changes->len, 0);

  while (end < self->changes->len && g_array_index (self->changes, FyChange, end).with_previous)
    end++;
  return end;
}

/* The number of blocks that are the same in both, in the same order. */
guint
fy_comparison_get_n_unchanged (FyComparison *self)
{
  g_return_val_if_fail (FY_IS_COMPARISON (self), 0);
  return self->n_unchanged;
}

/* %TRUE when a bound was hit somewhere and part of the answer is at the
 * level of whole paragraphs. */
gboolean
fy_comparison_get_coarse (FyComparison *self)
{
  g_return_val_if_fail (FY_IS_COMPARISON (self), FALSE);
  return self->coarse;
}

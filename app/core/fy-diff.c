/* fy-diff.c — a bounded Myers difference of two sequences of numbers
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-diff"

#include "config.h"

#include <string.h>

#include "fy-diff.h"

/*
 * E. Myers, “An O(ND) difference algorithm and its variations” (1986),
 * the greedy forward version.  The frontier of every round d is kept (d²
 * integers in all) to trace the script back; the cost limit bounds that
 * too.  The common head and tail are cut off first, which is what makes
 * the usual case (a few edits in a long text) cheap.
 */

static void
append_ops (GArray   *ops,
            FyDiffOp  op,
            guint     count)
{
  guint8 value = op;

  for (guint i = 0; i < count; i++)
    g_array_append_val (ops, value);
}

/* Puts deletions before insertions inside every changed stretch. */
static void
order_stretches (GArray *ops,
                 guint   start)
{
  guint8 *data = (guint8 *) ops->data;
  guint i = start;

  while (i < ops->len)
    {
      guint j = i, n_delete = 0;

      if (data[i] == FY_DIFF_EQUAL)
        {
          i++;
          continue;
        }
      while (j < ops->len && data[j] != FY_DIFF_EQUAL)
        {
          if (data[j] == FY_DIFF_DELETE)
            n_delete++;
          j++;
        }
      for (guint k = i; k < j; k++)
        data[k] = k - i < n_delete ? FY_DIFF_DELETE : FY_DIFF_INSERT;
      i = j;
    }
}

static gboolean
diff_middle (const guint32 *a,
             guint          n,
             const guint32 *b,
             guint          m,
             guint          max_cost,
             GArray        *ops)
{
  guint limit = MIN ((guint64) max_cost, (guint64) n + m);
  gint64 offset = limit + 1;
  g_autofree gint64 *v = g_new0 (gint64, 2 * (gsize) limit + 3);
  g_autoptr(GPtrArray) trace = g_ptr_array_new_with_free_func (g_free);
  gint64 found_d = -1;
  g_autoptr(GArray) reversed = NULL;
  gint64 x, y;

  if (n == 0 || m == 0)
    {
      append_ops (ops, FY_DIFF_DELETE, n);
      append_ops (ops, FY_DIFF_INSERT, m);
      return n + m <= max_cost;
    }

  v[offset + 1] = 0;
  for (gint64 d = 0; d <= (gint64) limit && found_d < 0; d++)
    {
      /* Keep the frontier of round d - 1, diagonals -(d-1)…d-1. */
      gint64 *saved = g_new (gint64, 2 * d + 3);

      memcpy (saved, v + offset - d - 1, (2 * d + 3) * sizeof (gint64));
      g_ptr_array_add (trace, saved);

      for (gint64 k = -d; k <= d; k += 2)
        {
          if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
            x = v[offset + k + 1];
          else
            x = v[offset + k - 1] + 1;
          y = x - k;
          while (x < n && y < m && a[x] == b[y])
            {
              x++;
              y++;
            }
          v[offset + k] = x;
          if (x >= n && y >= m)
            {
              found_d = d;
              break;
            }
        }
    }

  if (found_d < 0)
    return FALSE;

  /* Trace back from (n, m), collecting ops in reverse. */
  reversed = g_array_new (FALSE, FALSE, sizeof (guint8));
  x = n;
  y = m;
  for (gint64 d = found_d; d > 0; d--)
    {
      /* The frontier before round d: diagonal k at prev[k + d + 1]. */
      const gint64 *prev = g_ptr_array_index (trace, d);
      gint64 k = x - y, prev_k, prev_x, mid_x;
      gboolean insert;
      guint8 op;

      insert = k == -d || (k != d && prev[k - 1 + d + 1] < prev[k + 1 + d + 1]);
      prev_k = insert ? k + 1 : k - 1;
      prev_x = prev[prev_k + d + 1];
      mid_x = insert ? prev_x : prev_x + 1;

      while (x > mid_x)
        {
          op = FY_DIFF_EQUAL;
          g_array_append_val (reversed, op);
          x--;
          y--;
        }
      op = insert ? FY_DIFF_INSERT : FY_DIFF_DELETE;
      g_array_append_val (reversed, op);
      x = prev_x;
      y = prev_x - prev_k;
    }
  while (x > 0 && y > 0)
    {
      guint8 op = FY_DIFF_EQUAL;

      g_array_append_val (reversed, op);
      x--;
      y--;
    }

  for (guint i = reversed->len; i > 0; i--)
    g_array_append_val (ops, g_array_index (reversed, guint8, i - 1));

  return TRUE;
}

gboolean
fy_diff_sequences (const guint32 *a,
                   guint          na,
                   const guint32 *b,
                   guint          nb,
                   guint          max_cost,
                   GArray        *ops)
{
  guint head = 0, tail = 0, start;

  g_return_val_if_fail (a != NULL || na == 0, FALSE);
  g_return_val_if_fail (b != NULL || nb == 0, FALSE);
  g_return_val_if_fail (ops != NULL && g_array_get_element_size (ops) == 1, FALSE);

  while (head < na && head < nb && a[head] == b[head])
    head++;
  while (tail < na - head && tail < nb - head && a[na - 1 - tail] == b[nb - 1 - tail])
    tail++;

  start = ops->len;
  append_ops (ops, FY_DIFF_EQUAL, head);
  if (!diff_middle (a + head, na - head - tail, b + head, nb - head - tail, max_cost, ops))
    {
      g_array_set_size (ops, start);
      return FALSE;
    }
  append_ops (ops, FY_DIFF_EQUAL, tail);
  order_stretches (ops, start);
  return TRUE;
}

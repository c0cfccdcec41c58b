/* test-comparison-review.c — reviewing a revision: every accept/reject
 * combination, in every order, gives the draft with exactly the
 * accepted changes
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

/* One piece of the text, as the draft and the revision have it.  A change
 * is one or two pieces with the same @change: a move is the block at its
 * old place (@new NULL) and at its new place (@old NULL). */
typedef struct
{
  const char *old;      /* Markdown of the draft's block, or NULL */
  const char *new;      /* Markdown of the revision's block, or NULL */
  int         change;   /* -1: the same on both sides */
} Piece;

#define N_CHANGES 5

/* The new user's round (session 16): a heading reworded just above two
 * points the leader swapped, a number edited, a paragraph added and one
 * removed elsewhere. */
static const Piece round_one[] = {
  { "# 坚持人民至上　让代表履职更加有力有效", "# 坚持人民至上　让代表履职更加有力有效", -1 },
  { "各位领导、同志们：", "各位领导、同志们：", -1 },
  { "近年来，我们建成代表联络站18个，今年办理代表建议86件，办复率100%。",
    "近年来，我们建成代表联络站18个，今年办理代表建议92件，办复率100%。", 0 },
  { "## 聚焦重点，把联络站建设的基础打牢", "## 聚焦重点，把联络站建设的基础打牢", -1 },
  { "一是统一标准建站点。对全县18个联络站逐一验收，做到站站有人管。",
    "一是统一标准建站点。对全县18个联络站逐一验收，做到站站有人管。", -1 },
  { "二是分片包干抓指导。常委会组成人员每人联系一个乡镇，现场协调解决问题。", NULL, 1 },
  { "三是定期通报促落实。每季度通报各站活动情况，排名靠后的约谈负责人。",
    "三是定期通报促落实。每季度通报各站活动情况，排名靠后的约谈负责人。", -1 },
  { "## 健全机制，让代表建议办理更加有力", "## 压实责任，让代表建议件件有回音", 2 },
  { "一是建立督办台账。对代表建议逐件建立台账，实行办结销号。", NULL, 3 },
  { "二是开展满意度测评。建议办复后由代表测评，不满意的重新交办。",
    "二是开展满意度测评。建议办复后由代表测评，不满意的重新交办。", -1 },
  { NULL, "一是建立督办台账。对代表建议逐件建立台账，实行办结销号。", 3 },
  { "## 完善制度，推动代表工作长效常态", "## 完善制度，推动代表工作长效常态", -1 },
  { NULL, "今年还将开通网上联络站，让群众随时反映意见。", 4 },
  { "我们把这些做法固化为制度，形成了一套管用的工作机制。",
    "我们把这些做法固化为制度，形成了一套管用的工作机制。", -1 },
  { "以上发言，请批评指正。谢谢大家！", "以上发言，请批评指正。谢谢大家！", -1 },
};

/* Changes crowded together: a paragraph added just below a heading, above
 * a point moved down, which lands next to a removed point and a reworded
 * heading, and a paragraph edited under that heading. */
static const Piece crowded[] = {
  { "# 关于代表建议办理工作的汇报", "# 关于代表建议办理工作的汇报", -1 },
  { "## 主要做法", "## 主要做法", -1 },
  { NULL, "总的看，今年的办理工作有三个特点。", 0 },
  { "一是领导重视。主任会议专题研究重点建议的督办。", NULL, 1 },
  { "二是部门尽责。承办单位逐件制定办理方案。", "二是部门尽责。承办单位逐件制定办理方案。", -1 },
  { NULL, "一是领导重视。主任会议专题研究重点建议的督办。", 1 },
  { "三是代表满意。测评满意率逐年提高。", NULL, 2 },
  { "## 存在的问题", "## 下一步打算", 3 },
  { "有的建议答复多、落实少，代表不够满意。", "有的建议答复多、落实少，代表仍有意见。", 4 },
  { "谢谢大家！", "谢谢大家！", -1 },
};

/* A section moved whole (the new user's 张科长, session 22): a heading
 * and its paragraph moved above the section before them, a few words
 * added above, a paragraph added just before the moved section, one
 * removed and the closing reworded.  The section is one change: taking
 * the heading alone left its paragraph under the heading before it. */
static const Piece section_moved[] = {
  { "# 在全市安全生产工作会议上的讲话", "# 在全市安全生产工作会议上的讲话", -1 },
  { "同志们：", "同志们：", -1 },
  { "## 压实安全生产责任", "## 压实安全生产责任", -1 },
  { "各级各部门要落实属地管理责任，主要负责同志亲自研究部署。",
    "各级各部门要落实属地管理责任，克服麻痹思想和侥幸心理，主要负责同志亲自研究部署。", 0 },
  { "## 抓好重点行业领域整治", "## 抓好重点行业领域整治", -1 },
  { "### 燃气安全", "### 燃气安全", -1 },
  { "全面排查餐饮场所燃气管道和报警装置，发现隐患立即整改。",
    "全面排查餐饮场所燃气管道和报警装置，发现隐患立即整改。", -1 },
  { NULL, "对老旧小区燃气管网开展专项巡查，年底前完成改造任务。", 1 },
  { NULL, "### 道路交通安全", 2 },
  { NULL, "公安、交通运输部门要加强重点路段巡查，严查超速超载和疲劳驾驶。", 2 },
  { "### 消防安全", "### 消防安全", -1 },
  { "开展冬季火灾防控专项行动，清理楼道堆放杂物。", "开展冬季火灾防控专项行动，清理楼道堆放杂物。", -1 },
  { "对人员密集场所逐一检查消防通道和安全出口。", "对人员密集场所逐一检查消防通道和安全出口。", -1 },
  { "### 道路交通安全", NULL, 2 },
  { "公安、交通运输部门要加强重点路段巡查，严查超速超载和疲劳驾驶。", NULL, 2 },
  { "## 加强应急值守", "## 加强应急值守", -1 },
  { "节日期间严格落实领导带班和24小时值班制度。", "节日期间严格落实领导带班和24小时值班制度。", -1 },
  { "遇有突发情况要及时发布预警信息。", NULL, 3 },
  { "同志们，做好岁末年初安全生产工作责任重大，大家要以高度负责的态度抓好落实。",
    "同志们，做好岁末年初安全生产工作责任重大，各地各部门要以高度负责的态度抓好落实。", 4 },
};

static FyDocument *
import_pieces (const Piece *pieces,
               guint        n_pieces,
               int          side,   /* 0 old, 1 new, 2 by @accepted */
               guint        accepted)
{
  g_autoptr(GString) markdown = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  FyDocument *document;

  for (guint i = 0; i < n_pieces; i++)
    {
      const Piece *piece = &pieces[i];
      gboolean take_new = side == 1 ||
        (side == 2 && piece->change >= 0 && (accepted & (1u << piece->change)) != 0);
      const char *text = take_new || (side == 2 && piece->change < 0) ? piece->new : piece->old;

      if (text != NULL)
        g_string_append_printf (markdown, "%s\n\n", text);
    }
  document = fy_import_markdown (markdown->str, -1, &error);
  g_assert_no_error (error);
  return document;
}

/* The key of every change of the first comparison, as the review window
 * knows a change by. */
static GPtrArray *
dup_keys (FyDocument *draft,
          FyDocument *revision)
{
  g_autoptr(FyComparison) comparison = fy_comparison_new (draft, revision);
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  /* a passage moved whole is one change, known by its first block */
  for (guint i = 0; i < fy_comparison_get_n_changes (comparison); i = fy_comparison_get_move_end (comparison, i))
    g_ptr_array_add (keys, fy_change_dup_key (fy_comparison_get_change (comparison, i)));
  return keys;
}

static int
find_key (FyComparison *comparison,
          const char   *key)
{
  for (guint i = 0; i < fy_comparison_get_n_changes (comparison); i++)
    {
      g_autofree char *other = fy_change_dup_key (fy_comparison_get_change (comparison, i));

      if (strcmp (other, key) == 0)
        return i;
    }
  return -1;
}

/* Decides the changes in @order as the review window does (Accept takes
 * the change and compares again; Reject only remembers it) and returns the
 * draft's text. */
static char *
review (FyDocument  *draft,
        FyDocument  *revision,
        GPtrArray   *keys,
        const guint *order,
        guint        accepted)
{
  g_autoptr(FyDocument) live = fy_document_copy (draft);
  g_autoptr(GHashTable) rejected = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(FyComparison) last = NULL;

  for (guint n = 0; n < keys->len; n++)
    {
      const char *key = g_ptr_array_index (keys, order[n]);
      g_autoptr(FyComparison) comparison = fy_comparison_new (live, revision);
      int index = find_key (comparison, key);
      g_autoptr(GError) error = NULL;

      /* each change is still offered as it was first shown */
      if (index < 0)
        g_error ("change %u (accepted %#x, step %u) no longer offered: %s", order[n], accepted, n, key);
      if ((accepted & (1u << order[n])) == 0)
        {
          g_hash_table_add (rejected, (gpointer) key);
          continue;
        }
      g_assert_true (fy_comparison_apply_change (comparison, index, live, revision, &error));
      g_assert_no_error (error);
    }

  /* nothing is left to decide: every change still shown was rejected */
  last = fy_comparison_new (live, revision);
  for (guint i = 0; i < fy_comparison_get_n_changes (last); i = fy_comparison_get_move_end (last, i))
    {
      g_autofree char *key = fy_change_dup_key (fy_comparison_get_change (last, i));

      g_assert_true (g_hash_table_contains (rejected, key));
    }
  return fy_test_dup_document_text (live);
}

/* The next permutation of @order (lexicographic); FALSE after the last. */
static gboolean
next_order (guint *order,
            guint  n)
{
  int i = (int) n - 2, j = (int) n - 1;

  while (i >= 0 && order[i] >= order[i + 1])
    i--;
  if (i < 0)
    return FALSE;
  while (order[j] <= order[i])
    j--;
  guint t = order[i];
  order[i] = order[j];
  order[j] = t;
  for (guint a = i + 1, b = n - 1; a < b; a++, b--)
    {
      t = order[a];
      order[a] = order[b];
      order[b] = t;
    }
  return TRUE;
}

/* The keys in the order of the pieces' change numbers. */
static void
sort_keys_by_change (GPtrArray   *keys,
                     const Piece *pieces,
                     guint        n_pieces)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_free);

  for (int change = 0; change < N_CHANGES; change++)
    for (guint i = 0; i < keys->len; i++)
      {
        const char *key = g_ptr_array_index (keys, i);
        gboolean found = FALSE;

        for (guint p = 0; p < n_pieces && !found; p++)
          {
            const Piece *piece = &pieces[p];
            const char *text = piece->new != NULL ? piece->new : piece->old;
            const char *body = text + strspn (text, "# ");

            found = piece->change == change && g_strrstr (key, body) != NULL;
          }
        if (found && g_ptr_array_find_with_equal_func (sorted, key, g_str_equal, NULL) == FALSE)
          {
            g_ptr_array_add (sorted, g_strdup (key));
            break;
          }
      }
  g_assert_cmpuint (sorted->len, ==, N_CHANGES);
  g_ptr_array_set_size (keys, 0);
  for (guint i = 0; i < sorted->len; i++)
    g_ptr_array_add (keys, g_strdup (g_ptr_array_index (sorted, i)));
}

static void
test_every_decision (gconstpointer data)
{
  const Piece *pieces = data;
  guint n_pieces = pieces == round_one ? G_N_ELEMENTS (round_one)
                   : pieces == crowded ? G_N_ELEMENTS (crowded) : G_N_ELEMENTS (section_moved);
  g_autoptr(FyDocument) draft = import_pieces (pieces, n_pieces, 0, 0);
  g_autoptr(FyDocument) revision = import_pieces (pieces, n_pieces, 1, 0);
  g_autoptr(GPtrArray) keys = dup_keys (draft, revision);
  guint n_runs = 0;

  /* one change per revision: the reworded heading is one 修改 */
  g_assert_cmpuint (keys->len, ==, N_CHANGES);
  /* listed (and shown) in the order of the revision's text */
  {
    g_autoptr(FyComparison) comparison = fy_comparison_new (draft, revision);

    for (guint i = 1; i < fy_comparison_get_n_changes (comparison); i++)
      g_assert_cmpint (fy_comparison_get_change (comparison, i - 1)->position, <=,
                       fy_comparison_get_change (comparison, i)->position);
  }
  sort_keys_by_change (keys, pieces, n_pieces);

  for (guint accepted = 0; accepted < (1u << N_CHANGES); accepted++)
    {
      g_autoptr(FyDocument) expected = import_pieces (pieces, n_pieces, 2, accepted);
      g_autofree char *want = fy_test_dup_document_text (expected);
      guint order[N_CHANGES] = { 0, 1, 2, 3, 4 };

      do
        {
          g_autofree char *have = review (draft, revision, keys, order, accepted);

          if (g_strcmp0 (have, want) != 0)
            g_error ("accepted %#x in order %u%u%u%u%u:\n%s\nexpected:\n%s", accepted,
                     order[0], order[1], order[2], order[3], order[4], have, want);
          n_runs++;
        }
      while (next_order (order, N_CHANGES));
    }
  g_assert_cmpuint (n_runs, ==, 32 * 120);
}

/* The reworded heading is one 修改 in place, not 删除 + 新增. */
static void
test_heading_reworded (void)
{
  g_autoptr(FyDocument) draft = import_pieces (round_one, G_N_ELEMENTS (round_one), 0, 0);
  g_autoptr(FyDocument) revision = import_pieces (round_one, G_N_ELEMENTS (round_one), 1, 0);
  g_autoptr(FyComparison) comparison = fy_comparison_new (draft, revision);
  guint n_headings = 0;

  for (guint i = 0; i < fy_comparison_get_n_changes (comparison); i++)
    {
      const FyChange *change = fy_comparison_get_change (comparison, i);

      if (change->new_role != FY_BLOCK_ROLE_HEADING && change->old_role != FY_BLOCK_ROLE_HEADING)
        continue;
      n_headings++;
      g_assert_cmpint (change->kind, ==, FY_CHANGE_EDITED);
      g_assert_nonnull (strstr (change->old_text, "健全机制"));
      g_assert_nonnull (strstr (change->new_text, "压实责任"));
    }
  g_assert_cmpuint (n_headings, ==, 1);
}

/* A paragraph holding a field with a value (the subtitle's 会议名称) can
 * be taken over: it is found by its text with the field, as compared. */
static void
test_field_paragraph (void)
{
  static const char draft_text[] =
    "# 坚持人民至上\n\n——在<span data-fayan-field=\"会议名称\">全县人大工作交流会</span>上的交流发言\n\n"
    "各位领导、同志们：\n\n今年办理代表建议86件。\n";
  static const char revision_text[] =
    "# 坚持人民至上\n\n——在<span data-fayan-field=\"会议名称\">全县人大工作交流会</span>上的书面交流发言\n\n"
    "各位领导、同志们：\n\n今年办理代表建议86件。\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(FyDocument) draft = fy_import_markdown (draft_text, -1, &error);
  g_autoptr(FyDocument) revision = fy_import_markdown (revision_text, -1, &error);
  g_autoptr(FyComparison) comparison = NULL;
  g_autofree char *have = NULL;
  g_autofree char *want = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (fy_document_get_field_value (draft, "会议名称"), ==, "全县人大工作交流会");
  comparison = fy_comparison_new (draft, revision);
  g_assert_cmpuint (fy_comparison_get_n_changes (comparison), ==, 1);
  g_assert_true (fy_comparison_apply_change (comparison, 0, draft, revision, &error));
  g_assert_no_error (error);
  have = fy_test_dup_document_text (draft);
  want = fy_test_dup_document_text (revision);
  g_assert_cmpstr (have, ==, want);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/comparison/review/heading-reworded", test_heading_reworded);
  g_test_add_func ("/core/comparison/review/field-paragraph", test_field_paragraph);
  g_test_add_data_func ("/core/comparison/review/round-one", round_one, test_every_decision);
  g_test_add_data_func ("/core/comparison/review/crowded", crowded, test_every_decision);
  g_test_add_data_func ("/core/comparison/review/section-moved", section_moved, test_every_decision);

  return g_test_run ();
}

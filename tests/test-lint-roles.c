/* test-lint-roles.c — the title, salutation, 署名 and date typed as body text are offered their styles
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A clerk who types a notice into a blank document types every line as
 * body text: the title prints indented in 仿宋, the 署名 and the date as
 * paragraphs.  The proofreader offers "设为标题", "设为称谓", "设为署名", "设为日期" where
 * the line is so for certain, and nowhere else: an offer that is wrong
 * is worse than none.  So every sample of the suite and every built-in
 * template is typed without styles (each line a body paragraph), and
 * each offer is checked against the role the importer (or the template)
 * gives the same line: no false offer.
 */

#include "config.h"

#include <string.h>

#include "fayan-core.h"
#include "fy-test-utils.h"

typedef struct
{
  guint offers;
  guint wrong;
  guint wanted;         /* lines the import sets as title, salutation, 署名 or date */
  guint found;          /* of those, offered */
} Tally;

static gboolean
is_offered_role (FyBlockRole role)
{
  return role == FY_BLOCK_ROLE_TITLE || role == FY_BLOCK_ROLE_SALUTATION || role == FY_BLOCK_ROLE_SIGNATURE ||
         role == FY_BLOCK_ROLE_DATE_LINE;
}

/* What a clerk fills in the built-in templates' fields. */
static const char * const values[][2] = {
  { "会议名称", "全市安全生产工作会议" }, { "发言单位", "嘉禾市应急管理局" }, { "职务", "局长" },
  { "发言人", "沈立新" }, { "发文字号", "嘉政办发〔2027〕5号" }, { "发文机关", "嘉禾市人民政府办公室" },
  { "印发机关", "嘉禾市人民政府办公室" }, { "通知事项", "做好春季防汛工作" }, { "主送机关", "各县（市、区）人民政府" },
  { "报告机关", "市人民政府" }, { "报告事项", "全市安全生产工作" }, { "审议机关", "嘉禾市人大常委会" },
  { "调研事项", "农村供水保障" }, { "调研单位", "市人大农业农村委" }, { "视察事项", "农村供水保障" },
  { "视察组", "市人大常委会视察组" }, { "带队领导", "市人大常委会副主任何建华" },
};

/* The value a clerk types for the field @name of @template_: a date for
 * a date, else a plausible value, the default or the field's label. */
static const char *
typed_value (FyTemplate *template_,
             const char *name)
{
  const FyFieldDef *def = template_ != NULL ? fy_template_lookup_field (template_, name) : NULL;

  if (def != NULL && def->kind == FY_FIELD_KIND_DATE)
    return "2027年3月5日";
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (g_str_equal (values[i][0], name))
      return values[i][1];
  if (def != NULL && def->default_value != NULL)
    return def->default_value;
  return def != NULL && def->label != NULL ? def->label : name;
}

/* The text of @block as a clerk types it, the fields of @template_ (if
 * any) filled in. */
static char *
dup_typed_text (FyBlock    *block,
                FyTemplate *template_)
{
  GString *text = g_string_new (NULL);

  for (guint r = 0; r < fy_block_get_n_runs (block); r++)
    {
      const FyRun *run = fy_block_get_run (block, r);

      if (run->kind == FY_RUN_FIELD)
        g_string_append (text, typed_value (template_, run->text));
      else if (run->kind != FY_RUN_MARKUP)
        g_string_append (text, run->text);
    }
  return g_string_free (text, FALSE);
}

/* @document typed into a blank document: each line of each block a body
 * paragraph (a table stays a table); @truth gets each line's role in
 * @document. */
static FyDocument *
type_blocks (FyDocument *document,
             FyTemplate *template_,
             GArray     *truth)
{
  FyDocument *typed = fy_document_new ();

  for (guint i = 0; i < fy_document_get_n_blocks (document); i++)
    {
      FyBlock *block = fy_document_get_block (document, i);
      FyBlockRole role = fy_block_get_role (block);
      g_autofree char *text = dup_typed_text (block, template_);
      g_auto(GStrv) lines = NULL;

      if (role == FY_BLOCK_ROLE_TABLE)
        {
          g_autoptr(FyBlock) copy = fy_block_new_with_text (role, 0, text);

          fy_document_append_block (typed, copy);
          g_array_append_val (truth, role);
          continue;
        }
      lines = g_strsplit (text, "\n", -1);
      for (guint k = 0; lines[k] != NULL; k++)
        {
          g_autoptr(FyBlock) line = NULL;

          if (*lines[k] == '\0')
            continue;
          line = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, lines[k]);
          fy_document_append_block (typed, line);
          g_array_append_val (truth, role);
        }
    }
  return typed;
}

/* Lints @typed and checks each offer against @truth. */
static void
check_offers (const char *name,
              FyDocument *typed,
              GArray     *truth,
              Tally      *tally)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(GPtrArray) findings = fy_lint_document (lint, typed);
  g_autofree gboolean *offered = g_new0 (gboolean, truth->len + 1);

  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);
      guint b = fy_lint_finding_get_block (finding);
      FyBlockRole role;
      g_autofree char *text = NULL;

      if (!fy_lint_finding_get_role (finding, &role))
        continue;
      g_assert_cmpstr (fy_lint_finding_get_kind (finding), ==, FY_LINT_KIND_TYPED_ROLE);
      g_assert_true (fy_lint_finding_is_safe (finding));
      text = fy_block_dup_text (fy_document_get_block (typed, b));
      tally->offers++;
      offered[b] = TRUE;
      if (role == g_array_index (truth, FyBlockRole, b))
        continue;
      g_test_message ("%s: block %u “%s” offered %s, is %s", name, b, text, fy_block_role_to_string (role),
                      fy_block_role_to_string (g_array_index (truth, FyBlockRole, b)));
      tally->wrong++;
    }
  for (guint b = 0; b < truth->len; b++)
    if (is_offered_role (g_array_index (truth, FyBlockRole, b)))
      {
        tally->wanted++;
        tally->found += offered[b];
      }
}

static void
check_sample (const char *name,
              Tally      *tally)
{
  g_autofree char *text = fy_test_read_data (name);
  g_autoptr(FyDocument) document = g_str_has_suffix (name, ".md") ? fy_test_import_markdown (text)
                                                                   : fy_test_import_plain (text);
  g_autoptr(GArray) truth = g_array_new (FALSE, FALSE, sizeof (FyBlockRole));
  g_autoptr(FyDocument) typed = type_blocks (document, NULL, truth);

  check_offers (name, typed, truth, tally);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The samples of @folder (under tests/data) that end in .txt or .md. */
static void
check_folder (const char *folder,
              Tally      *tally,
              guint      *n_samples)
{
  g_autofree char *path = fy_test_data_path (folder);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  g_assert_nonnull (dir);
  while ((entry = g_dir_read_name (dir)) != NULL)
    if ((g_str_has_suffix (entry, ".txt") || g_str_has_suffix (entry, ".md")) &&
        !g_str_has_prefix (entry, "titles-") && !g_str_has_prefix (entry, "terms-") &&
        !g_str_equal (entry, "README.md"))
      g_ptr_array_add (names, *folder != '\0' ? g_build_filename (folder, entry, NULL) : g_strdup (entry));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    check_sample (g_ptr_array_index (names, i), tally);
  *n_samples += names->len;
}

/* Every sample of the suite, imported, then typed without styles: each
 * offer is the role the import gives the line. */
static void
test_roles_samples (void)
{
  static const char * const folders[] = { "", "clerks", "pasted", "docx", "tables", "../texts" };
  Tally tally = { 0 };
  guint n = 0;

  for (guint f = 0; f < G_N_ELEMENTS (folders); f++)
    check_folder (folders[f], &tally, &n);

  g_test_message ("%u samples typed: %u offers, %u wrong; %u of %u titles, salutations, 署名 and dates offered", n,
                  tally.offers, tally.wrong, tally.found, tally.wanted);
  g_assert_cmpuint (tally.wrong, ==, 0);
  /* the offer is made where it is certain: most of them */
  g_assert_cmpuint (tally.found * 4, >=, tally.wanted * 3);
}

/* The correct documents of tests/data/clerks typed line by line as they
 * are written (a title on two lines stays two lines): each offer is the
 * role of the imported block that holds the line. */
static void
test_roles_clerks_lines (void)
{
  g_autofree char *path = fy_test_data_path ("clerks");
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *entry;
  Tally tally = { 0 };

  g_assert_nonnull (dir);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *name = g_build_filename ("clerks", entry, NULL);
      g_autofree char *text = fy_test_read_data (name);
      g_autoptr(FyDocument) imported = fy_test_import_plain (text);
      g_autoptr(FyDocument) typed = fy_document_new ();
      g_autoptr(GArray) truth = g_array_new (FALSE, FALSE, sizeof (FyBlockRole));
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
      guint at = 0;

      for (guint k = 0; lines[k] != NULL; k++)
        {
          g_autoptr(FyBlock) line = NULL;
          FyBlockRole role = FY_BLOCK_ROLE_PARAGRAPH;

          if (*lines[k] == '\0')
            continue;
          for (guint b = at; b < fy_document_get_n_blocks (imported); b++)
            {
              g_autofree char *block_text = fy_block_dup_text (fy_document_get_block (imported, b));

              if (strstr (block_text, lines[k]) != NULL)
                {
                  role = fy_block_get_role (fy_document_get_block (imported, b));
                  at = b;
                  break;
                }
            }
          line = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, lines[k]);
          fy_document_append_block (typed, line);
          g_array_append_val (truth, role);
        }
      check_offers (name, typed, truth, &tally);
    }
  g_test_message ("clerks typed line by line: %u offers, %u wrong; %u of %u offered", tally.offers, tally.wrong,
                  tally.found, tally.wanted);
  g_assert_cmpuint (tally.wrong, ==, 0);
  g_assert_cmpuint (tally.found * 4, >=, tally.wanted * 3);
}

/* Every built-in template, its fields filled in: no offer that the
 * template's own roles contradict. */
static void
test_roles_templates (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = g_resources_enumerate_children (FY_TEMPLATE_RESOURCE_PATH, 0, &error);
  Tally tally = { 0 };

  g_assert_no_error (error);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (FY_TEMPLATE_RESOURCE_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, &error);
      g_autoptr(FyTemplate) template_ = NULL;
      g_autoptr(GArray) truth = g_array_new (FALSE, FALSE, sizeof (FyBlockRole));
      g_autoptr(FyDocument) typed = NULL;

      g_assert_no_error (error);
      template_ = fy_template_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
      typed = type_blocks (fy_template_get_skeleton (template_), template_, truth);
      check_offers (names[i], typed, truth, &tally);
    }
  g_test_message ("%u templates typed: %u offers, %u wrong", g_strv_length (names), tally.offers, tally.wrong);
  g_assert_cmpuint (tally.wrong, ==, 0);
}

/* A notice typed into a blank document, each line body text. */
static const char * const typed_notice[] = {
  "关于开展县人大代表集中视察活动的通知",
  "各乡镇人大主席团：",
  "根据县人大常委会2026年工作要点安排，定于12月中旬组织部分县人大代表开展集中视察活动。",
  "县人大常委会办公室",
  "2026年12月7日",
};

static FyDocument *
type_lines (const char * const *lines,
            guint               n)
{
  FyDocument *document = fy_document_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(FyBlock) block = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, lines[i]);

      fy_document_append_block (document, block);
    }
  return document;
}

static FyLintFinding *
find_offer (GPtrArray   *findings,
            guint        block,
            FyBlockRole  role)
{
  for (guint i = 0; i < findings->len; i++)
    {
      FyLintFinding *finding = g_ptr_array_index (findings, i);
      FyBlockRole offered;

      if (fy_lint_finding_get_block (finding) == block && fy_lint_finding_get_role (finding, &offered))
        {
          g_assert_cmpint (offered, ==, role);
          return finding;
        }
    }
  return NULL;
}

/* The title, the salutation (here the 主送, set as one), the 署名 and
 * the date are offered their styles, and the fix sets the style and
 * leaves the text; the body is offered nothing. */
static void
test_roles_fix (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(FyDocument) document = type_lines (typed_notice, G_N_ELEMENTS (typed_notice));
  g_autoptr(GPtrArray) findings = fy_lint_document (lint, document);
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *before = fy_test_dup_block_texts (document);
  g_autofree char *fixed = NULL;
  FyLintFinding *title = find_offer (findings, 0, FY_BLOCK_ROLE_TITLE);

  g_assert_nonnull (title);
  g_assert_cmpstr (fy_lint_finding_get_original (title), ==, typed_notice[0]);
  g_assert_cmpuint (fy_lint_finding_get_start (title), ==, 0);
  g_assert_nonnull (find_offer (findings, 1, FY_BLOCK_ROLE_SALUTATION));
  g_assert_null (find_offer (findings, 2, FY_BLOCK_ROLE_PARAGRAPH));
  g_assert_nonnull (find_offer (findings, 3, FY_BLOCK_ROLE_SIGNATURE));
  g_assert_nonnull (find_offer (findings, 4, FY_BLOCK_ROLE_DATE_LINE));
  g_assert_cmpuint (fy_test_count_kind (findings, FY_LINT_KIND_TYPED_ROLE), ==, 4);

  /* one fix (修正 on the note), then Fix All */
  g_assert_true (fy_lint_apply_fix (document, title));
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 0)), ==, FY_BLOCK_ROLE_TITLE);
  g_assert_false (fy_lint_apply_fix (document, title));
  g_assert_cmpuint (fy_lint_fix_document (lint, document), ==, 3);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 1)), ==, FY_BLOCK_ROLE_SALUTATION);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 2)), ==, FY_BLOCK_ROLE_PARAGRAPH);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 3)), ==, FY_BLOCK_ROLE_SIGNATURE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 4)), ==, FY_BLOCK_ROLE_DATE_LINE);
  fixed = fy_test_dup_block_texts (document);
  g_assert_cmpstr (fixed, ==, before);
  after = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (after, FY_LINT_KIND_TYPED_ROLE), ==, 0);
}

/* A note made on text changed since is not applied. */
static void
test_roles_stale (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(FyDocument) document = type_lines (typed_notice, G_N_ELEMENTS (typed_notice));
  g_autoptr(GPtrArray) findings = fy_lint_document (lint, document);
  FyLintFinding *date = find_offer (findings, 4, FY_BLOCK_ROLE_DATE_LINE);

  g_assert_nonnull (date);
  fy_block_set_text (fy_document_get_block (document, 4), "各乡镇人大主席团要认真组织。");
  g_assert_false (fy_lint_apply_fix (document, date));
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (document, 4)), ==, FY_BLOCK_ROLE_PARAGRAPH);
}

/* The window's linter remembers each block's notes: the title's offer
 * comes when the salutation is typed under it, though the title's line
 * did not change, and goes when the salutation goes. */
static void
test_roles_memo (void)
{
  g_autoptr(FyLint) lint = fy_test_lint_new ();
  g_autoptr(FyDocument) document = type_lines (typed_notice, 1);
  g_autoptr(FyBlock) body = fy_block_new_with_text (FY_BLOCK_ROLE_PARAGRAPH, 0, typed_notice[1]);
  g_autoptr(GPtrArray) first = fy_lint_document (lint, document);
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) third = NULL;

  /* a line alone: nothing is certain */
  g_assert_cmpuint (fy_test_count_kind (first, FY_LINT_KIND_TYPED_ROLE), ==, 0);
  fy_document_append_block (document, body);
  second = fy_lint_document (lint, document);
  g_assert_nonnull (find_offer (second, 0, FY_BLOCK_ROLE_TITLE));
  fy_document_remove_block (document, 1);
  third = fy_lint_document (lint, document);
  g_assert_cmpuint (fy_test_count_kind (third, FY_LINT_KIND_TYPED_ROLE), ==, 0);
}

/* fayan-cli lint names the role in --json and in its listing, and
 * --fix sets it in the .fayan it writes. */
static void
test_roles_cli (void)
{
  g_autoptr(FyDocument) document = type_lines (typed_notice, G_N_ELEMENTS (typed_notice));
  g_autofree char *dir = fy_test_make_temp_dir ("fayan-roles-XXXXXX");
  g_autofree char *in = g_build_filename (dir, "typed.fayan", NULL);
  g_autofree char *out = g_build_filename (dir, "fixed.fayan", NULL);
  g_autoptr(GFile) in_file = g_file_new_for_path (in);
  g_autoptr(GFile) out_file = g_file_new_for_path (out);
  g_autoptr(FyDocument) fixed = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(FyTestCliResult) result = { 0 };

  fy_document_save_to_file (document, in_file, NULL, &error);
  g_assert_no_error (error);

  fy_test_run_cli (&result, "lint", "--json", "--no-font-check", in);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.out, "\"role\" : \"title\""));
  g_assert_nonnull (strstr (result.out, "\"role\" : \"signature\""));
  g_assert_nonnull (strstr (result.out, "\"role\" : \"date\""));

  fy_test_run_cli (&result, "lint", "--no-font-check", in);
  g_assert_nonnull (strstr (result.out, "“2026年12月7日” → set as Date"));

  fy_test_run_cli (&result, "lint", "--fix", "--no-font-check", "-o", out, in);
  fixed = fy_document_load_from_file (out_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (fixed, 0)), ==, FY_BLOCK_ROLE_TITLE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (fixed, 3)), ==, FY_BLOCK_ROLE_SIGNATURE);
  g_assert_cmpint (fy_block_get_role (fy_document_get_block (fixed, 4)), ==, FY_BLOCK_ROLE_DATE_LINE);

  fy_test_assert_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fy_core_init ();

  g_test_add_func ("/core/lint/roles/samples", test_roles_samples);
  g_test_add_func ("/core/lint/roles/clerks-lines", test_roles_clerks_lines);
  g_test_add_func ("/core/lint/roles/templates", test_roles_templates);
  g_test_add_func ("/core/lint/roles/fix", test_roles_fix);
  g_test_add_func ("/core/lint/roles/stale", test_roles_stale);
  g_test_add_func ("/core/lint/roles/memo", test_roles_memo);
  g_test_add_func ("/core/lint/roles/cli", test_roles_cli);

  return g_test_run ();
}

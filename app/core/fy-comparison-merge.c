/* fy-comparison-merge.c — a colleague's revision against the version it was made from
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fy-comparison"

#include "config.h"

#include <string.h>

#include "fy-block.h"
#include "fy-comparison.h"
#include "fy-comparison-private.h"
#include "fy-doc-labels.h"
#include "fy-document.h"
#include "fy-version.h"

/*
 * A .docx goes out to two colleagues; the first one's changes are
 * accepted; then the second one's copy comes back.  Compared with the
 * current text, that copy “undoes” everything the first round changed.
 * The exported .docx therefore carries the digest of the text it was made
 * from (fy-docx-export.c); the draft keeps that text as a version.  The
 * review then merges: the current text with the changes the revision made
 * to that version (and only those), and the review window compares the
 * current text with the merge, so that only the second colleague's
 * changes are offered.
 */

#define BASE_DIGEST_KEY "fy-comparison-base-digest"

static void
add_string (GChecksum  *checksum,
            const char *text)
{
  /* a NUL after each piece keeps "ab" + "c" apart from "a" + "bc" */
  if (text != NULL)
    g_checksum_update (checksum, (const guchar *) text, strlen (text));
  g_checksum_update (checksum, (const guchar *) "", 1);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * fy_document_dup_text_digest:
 * @self: a #FyDocument
 *
 * A digest of what a colleague gets to read: the blocks (role, level and
 * text with its {{fields}}), the metadata a .docx carries and the field
 * values.  The page format and the versions are not part of it.  A
 * 发文字号 above the title counts as if under it (and its subtitles),
 * where Fayan kept it until session 22: a .docx sent then still finds
 * the version it was made from once fy_doc_place_document_number() has
 * moved the number in the version read back.
 *
 * Returns: (transfer full): the SHA-256 digest, in hexadecimal
 */
char *
fy_document_dup_text_digest (FyDocument *self)
{
  static const char * const members[] = {
    "title", "subtitle", "speaker", "organisation", "meeting", "date",
  };
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_auto(GStrv) names = NULL;
  guint under;

  g_return_val_if_fail (FY_IS_DOCUMENT (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (self, members[i], &value, NULL);
      add_string (checksum, value);
    }
  names = fy_document_dup_field_names (self);
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  for (guint i = 0; names[i] != NULL; i++)
    {
      add_string (checksum, names[i]);
      add_string (checksum, fy_document_get_field_value (self, names[i]));
    }
  under = fy_doc_count_under_document_number (self, TRUE);
  for (guint i = 0; i < fy_document_get_n_blocks (self); i++)
    {
      /* with @under: the title and subtitles first, then the number */
      guint index = i < under ? i + 1 : i == under ? 0 : i;
      FyBlock *block = fy_document_get_block (self, index);
      g_autofree char *kind = g_strdup_printf ("%d %u", (int) fy_block_get_role (block),
                                               fy_block_get_level (block));
      g_autofree char *text = fy_block_dup_text (block);

      add_string (checksum, kind);
      add_string (checksum, text);
    }

  return g_strdup (g_checksum_get_string (checksum));
}

/**
 * fy_comparison_set_base_digest:
 * @revision: a document read from a file
 * @digest: (nullable): the digest of the text the file was made from
 *
 * Remembers, with the document read from a .docx that Fayan exported,
 * which text it was exported from.
 */
void
fy_comparison_set_base_digest (FyDocument *revision,
                               const char *digest)
{
  g_return_if_fail (FY_IS_DOCUMENT (revision));

  g_object_set_data_full (G_OBJECT (revision), BASE_DIGEST_KEY, g_strdup (digest), g_free);
}

/**
 * fy_comparison_get_base_digest:
 * @revision: a document read from a file
 *
 * Returns: (nullable): the digest of the text it was made from, when the
 *   file said
 */
const char *
fy_comparison_get_base_digest (FyDocument *revision)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (revision), NULL);

  return g_object_get_data (G_OBJECT (revision), BASE_DIGEST_KEY);
}

/**
 * fy_comparison_find_version:
 * @draft: a #FyDocument
 * @digest: a digest made by fy_document_dup_text_digest()
 *
 * Returns: (transfer none) (nullable): the newest version of @draft whose
 *   text has @digest
 */
FyVersion *
fy_comparison_find_version (FyDocument *draft,
                            const char *digest)
{
  g_return_val_if_fail (FY_IS_DOCUMENT (draft), NULL);
  g_return_val_if_fail (digest != NULL, NULL);

  for (guint i = fy_document_get_n_versions (draft); i-- > 0;)
    {
      FyVersion *version = fy_document_get_version (draft, i);
      g_autofree char *other = fy_document_dup_text_digest (fy_version_get_snapshot (version));

      if (strcmp (other, digest) == 0)
        return version;
    }
  return NULL;
}

/* For each block of the base, the block of @merged (a copy of the draft,
 * block for block) it became, or NULL where the draft removed it.  The
 * blocks neither comparison names are the unchanged ones, in the same
 * order on both sides. */
static FyBlock **
map_base_blocks (FyComparison *ours,
                 FyDocument   *base,
                 FyDocument   *merged)
{
  guint n_base = fy_document_get_n_blocks (base);
  guint n_merged = fy_document_get_n_blocks (merged);
  g_autofree gboolean *base_named = g_new0 (gboolean, n_base + 1);
  g_autofree gboolean *merged_named = g_new0 (gboolean, n_merged + 1);
  FyBlock **blocks = g_new0 (FyBlock *, n_base + 1);

  for (guint i = 0; i < fy_comparison_get_n_changes (ours); i++)
    {
      const FyChange *change = fy_comparison_get_change (ours, i);

      if (change->old_index >= 0)
        base_named[change->old_index] = TRUE;
      if (change->new_index >= 0)
        merged_named[change->new_index] = TRUE;
      if (change->old_index >= 0 && change->new_index >= 0)
        blocks[change->old_index] = fy_document_get_block (merged, change->new_index);
    }

  for (guint i = 0, j = 0; i < n_base; i++)
    {
      if (base_named[i])
        continue;
      while (j < n_merged && merged_named[j])
        j++;
      if (j < n_merged)
        blocks[i] = fy_document_get_block (merged, j++);
    }

  return blocks;
}

/* Where a block that goes before the base's block @anchor goes in
 * @merged: before the first block from there on that is still there. */
static guint
anchor_position (FyBlock   **blocks,
                 guint       n_base,
                 int         anchor,
                 FyDocument *merged)
{
  for (guint k = MAX (anchor, 0); k < n_base; k++)
    {
      guint position;

      if (blocks[k] != NULL && fy_document_find_block (merged, blocks[k], &position))
        return position;
    }
  return fy_document_get_n_blocks (merged);
}

static void
take_change (const FyChange *change,
             FyBlock       **blocks,
             guint           n_base,
             FyDocument     *merged,
             FyDocument     *revision)
{
  FyBlock *target = change->old_index >= 0 ? blocks[change->old_index] : NULL;
  g_autoptr(FyBlock) copy = NULL;
  guint position = 0;

  if (change->kind == FY_CHANGE_FIELD)
    {
      fy_change_apply_field (change, merged);
      return;
    }
  /* a block the draft removed: what the revision did to it is moot */
  if (change->old_index >= 0 &&
      (target == NULL || !fy_document_find_block (merged, target, &position)))
    return;

  if (change->new_index >= 0)
    copy = fy_block_copy (fy_document_get_block (revision, change->new_index));
  if (change->old_index >= 0)
    fy_document_remove_block (merged, position);

  switch (change->kind)
    {
    case FY_CHANGE_EDITED:
      fy_document_insert_block (merged, position, copy);
      break;

    case FY_CHANGE_INSERTED:
    case FY_CHANGE_MOVED:
      fy_document_insert_block (merged, anchor_position (blocks, n_base, change->anchor, merged), copy);
      break;

    case FY_CHANGE_DELETED:
    default:
      break;
    }

  if (change->old_index >= 0)
    blocks[change->old_index] = copy;
}

/**
 * fy_comparison_merge:
 * @base: the text a revision was made from (a version of @draft)
 * @draft: the current text
 * @revision: a colleague's revision of @base
 *
 * The current text with the changes @revision made to @base, and only
 * those: a change the draft made since @base stays as the draft has it.
 * Where both changed the same paragraph the revision's wording is taken,
 * so that the review offers it.
 *
 * Returns: (transfer full): the merged text, to compare @draft with
 */
FyDocument *
fy_comparison_merge (FyDocument *base,
                     FyDocument *draft,
                     FyDocument *revision)
{
  g_autoptr(FyComparison) ours = NULL;
  g_autoptr(FyComparison) theirs = NULL;
  g_autofree FyBlock **blocks = NULL;
  FyDocument *merged;

  g_return_val_if_fail (FY_IS_DOCUMENT (base), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (draft), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (revision), NULL);

  merged = fy_document_copy_content (draft);
  ours = fy_comparison_new (base, merged);
  theirs = fy_comparison_new (base, revision);
  blocks = map_base_blocks (ours, base, merged);
  for (guint i = 0; i < fy_comparison_get_n_changes (theirs); i++)
    take_change (fy_comparison_get_change (theirs, i), blocks, fy_document_get_n_blocks (base),
                 merged, revision);

  return merged;
}

/**
 * fy_comparison_dup_review_text:
 * @draft: the current text
 * @revision: a colleague's revision of it
 * @base: (out) (optional) (transfer none) (nullable): the version of
 *   @draft the revision was made from, when it says and @draft has it
 *
 * What to compare @draft with when reviewing @revision: when the
 * revision was exported from a version @draft still holds, the merge of
 * the revision's own changes into @draft (fy_comparison_merge()), else
 * the revision itself.
 *
 * Returns: (transfer full): the text to compare @draft with
 */
FyDocument *
fy_comparison_dup_review_text (FyDocument  *draft,
                               FyDocument  *revision,
                               FyVersion  **base)
{
  const char *digest;
  FyVersion *version = NULL;

  g_return_val_if_fail (FY_IS_DOCUMENT (draft), NULL);
  g_return_val_if_fail (FY_IS_DOCUMENT (revision), NULL);

  digest = fy_comparison_get_base_digest (revision);
  if (digest != NULL)
    version = fy_comparison_find_version (draft, digest);
  if (base != NULL)
    *base = version;
  if (version == NULL)
    return g_object_ref (revision);
  return fy_comparison_merge (fy_version_get_snapshot (version), draft, revision);
}

/* fy-web-tail.c — what a WeChat article prints after its text
 *
 * Copyright 2026 The Fayan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Under its last paragraph a WeChat article (公众号) prints a tail that a
 * copy brings along: an END mark, the credits (来源： 编辑： 审核：), a
 * list of earlier articles under 往期推荐, a line under the account's QR
 * code (扫码关注我们) with the account's name, and the reader's buttons
 * (分享 收藏 点赞 在看).  fy-web-text.c judges the lines of a copy; here
 * are the rules for those tails.  The list of earlier articles is
 * headlines, like any text: it goes only where nothing but the tail
 * follows it, so that no line of the article is lost.
 */

#define G_LOG_DOMAIN "fy-web-text"

#include "config.h"

#include <string.h>

#include "fy-web-text-private.h"

/* The list of earlier articles under an article: its heading, alone on
 * its line (decorations aside). */
static const char * const list_headings[] = {
  "往期推荐", "往期回顾", "往期精彩", "往期精选", "往期阅读", "推荐阅读", "相关阅读", "延伸阅读",
  "精彩推荐", "精彩回顾", "热文推荐", "近期热文", "猜你喜欢", "更多精彩", "相关推荐", "热门推荐",
  NULL
};

/* The buttons under an article, as a copy runs them together (分享收藏点赞
 * 在看) or spaces them. */
static const char * const buttons[] = {
  "阅读原文", "写留言", "留言", "分享", "收藏", "点赞", "在看", "转发", "喜欢", "赞赏", "赞", NULL
};

/* An earlier article's headline is no longer. */
#define HEADLINE_MAX_CHARS 60

/* @line with only its letters, digits and Han characters: "- END -" is
 * "END", "📚往期推荐📚" is "往期推荐". */
static char *
dup_words (const char *line)
{
  GString *words = g_string_new (NULL);

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (words, c);
    }
  return g_string_free (words, FALSE);
}

/**
 * fy_web_text_is_end_mark:
 * @line: a line of pasted text, ends trimmed
 *
 * Whether @line is the mark a WeChat article sets under its last
 * paragraph: END, - END -, —END—, THE END.
 *
 * Returns: %TRUE if it is
 */
gboolean
fy_web_text_is_end_mark (const char *line)
{
  g_autofree char *words = NULL;

  g_return_val_if_fail (line != NULL, FALSE);

  words = dup_words (line);
  return g_ascii_strcasecmp (words, "END") == 0 || g_ascii_strcasecmp (words, "THEEND") == 0;
}

/**
 * fy_web_text_is_button_row:
 * @line: a line of pasted text, ends trimmed
 *
 * Whether @line is the row of buttons under a WeChat article (分享 收藏
 * 点赞 在看, or run together as a copy gives them): two or more of them
 * and nothing else but spaces and separators.
 *
 * Returns: %TRUE if it is
 */
gboolean
fy_web_text_is_button_row (const char *line)
{
  g_autofree char *words = NULL;
  const char *p;
  guint n = 0;

  g_return_val_if_fail (line != NULL, FALSE);

  words = dup_words (line);
  for (p = words; *p != '\0'; n++)
    {
      guint i;

      for (i = 0; buttons[i] != NULL && !g_str_has_prefix (p, buttons[i]); i++)
        ;
      if (buttons[i] == NULL)
        return FALSE;
      p += strlen (buttons[i]);
    }
  return n >= 2;
}

static gboolean
is_list_heading (const char *line)
{
  g_autofree char *words = dup_words (line);

  return g_strv_contains (list_headings, words);
}

/* An earlier article's headline in the list: a short line with no
 * sentence in it. */
static gboolean
is_headline (const char *line)
{
  return g_utf8_strlen (line, -1) <= HEADLINE_MAX_CHARS && strstr (line, "。") == NULL &&
         !g_str_has_suffix (line, "：") && !g_str_has_suffix (line, ":");
}

/**
 * fy_web_text_judge_article_list:
 * @lines: (array length=n): lines of pasted text, ends trimmed
 * @verdicts: (array length=n): a #FyWebLine for each line, as judged so
 *   far
 * @n: how many
 *
 * Judges the list of earlier articles under a WeChat article (往期推荐
 * and their headlines) furniture where nothing but furniture, doubtful
 * lines and more headlines follow its heading: a heading the text goes
 * on under is the article's own.
 */
void
fy_web_text_judge_article_list (char  **lines,
                                guint8 *verdicts,
                                guint   n)
{
  for (guint i = 0; i < n; i++)
    {
      guint k;

      if (verdicts[i] != FY_WEB_LINE_TEXT || !is_list_heading (lines[i]))
        continue;
      for (k = i + 1; k < n; k++)
        if (*lines[k] != '\0' && verdicts[k] == FY_WEB_LINE_TEXT && !is_headline (lines[k]))
          break;
      if (k < n)
        continue;
      for (k = i; k < n; k++)
        if (*lines[k] != '\0' && verdicts[k] == FY_WEB_LINE_TEXT)
          verdicts[k] = FY_WEB_LINE_FURNITURE;
    }
}

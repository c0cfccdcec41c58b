#!/bin/sh
# check-translations.sh — every translatable string of the current sources is
# translated in every po/*.po (none untranslated, none fuzzy, formats valid),
# and the compiled zh_CN catalog is what fayan-cli shows in a zh_CN locale
#
# Usage: check-translations.sh SOURCE_ROOT [FAYAN_CLI BUILD_PO_DIR]
#
# Extracts the strings with the same xgettext options as po/meson.build's
# 'glib' preset into a temporary template (the source tree is not touched),
# merges each catalog with it and counts with msgfmt --statistics.
#
# Copyright 2026 The Fayan authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu
cd "$1"
cli=${2:-}
podir=${3:-}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

grep -v '^#' po/POTFILES.in | sed '/^$/d' > "$tmp/POTFILES"

if ! xgettext --package-name=fayan --output="$tmp/fayan.pot" --files-from="$tmp/POTFILES" \
       --from-code=UTF-8 --add-comments \
       --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
       --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
       --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
       --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
       --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
       --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
       --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
       --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
       --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
       2> "$tmp/xgettext.log"; then
  cat "$tmp/xgettext.log"
  echo "xgettext failed"
  exit 1
fi

# A message split by a macro such as G_GUINT64_FORMAT is cut short by
# xgettext, so its translation can never be found at run time.
if grep 'not a valid C format string' "$tmp/xgettext.log"; then
  echo "a translatable message is cut short at a macro (such as G_GUINT64_FORMAT);"
  echo "format the number with a plain conversion (%lu with a (gulong) cast) instead"
  status=1
fi

# A message with two or more arguments numbers them (%1$s … %2$s), so
# that a translation can put them in its own order and a translator sees
# which is which (session 21: "%s in %s, autosaved %s").
if ! awk '
function check(  t, n) {
  if (cfmt && s != "") {
    t = s
    gsub(/%%/, "", t)
    n = gsub(/%[-+ #0-9.*]*(hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcsp]/, "&", t)
    if (n >= 2 && index(t, "$") == 0) {
      print "no positional arguments (%1$s, %2$s …) in: " s
      bad = 1
    }
  }
  s = ""
}
/^msgid(_plural)? "/ { check(); s = $0; sub(/^msgid(_plural)? "/, "", s); sub(/"$/, "", s); inid = 1; next }
/^"/ { if (inid) { t = $0; sub(/^"/, "", t); sub(/"$/, "", t); s = s t }; next }
{ check(); inid = 0 }
/^#,/ { cfmt = ($0 ~ /c-format/) }
/^$/ { cfmt = 0 }
END { check(); exit bad }
' "$tmp/fayan.pot"; then
  status=1
fi

total=$(msgfmt --statistics -o /dev/null "$tmp/fayan.pot" 2>&1 | sed -n 's/.* \([0-9][0-9]*\) untranslated message.*/\1/p')

for lang in $(sed 's/#.*//' po/LINGUAS); do
  po="po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "$po is listed in po/LINGUAS but missing"
    status=1
    continue
  fi

  if ! msgfmt --check --check-format -o /dev/null "$po"; then
    echo "$po: msgfmt --check fails"
    status=1
  fi

  msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/fayan.pot"
  stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/$lang.po" 2>&1)
  echo "$lang: $stats (of $total messages in the sources)"
  case "$stats" in
    *untranslated*|*fuzzy*)
      echo "$po lacks translations; the messages are:"
      msgattrib --untranslated "$tmp/$lang.po" | grep -E '^#:|^msgid' | grep -v '^msgid ""$' || true
      msgattrib --only-fuzzy "$tmp/$lang.po" | grep -E '^#:|^msgid' | grep -v '^msgid ""$' || true
      echo "Run ninja -C BUILDDIR fayan-pot, msgmerge --update $po po/fayan.pot and translate them."
      status=1
      ;;
  esac
done

# The catalog as built, as a user sees it: LANG=zh_CN.UTF-8 (whether or not
# that locale is installed) gives Chinese help, with no English left in the
# command descriptions.
if [ -n "$cli" ] && [ -n "$podir" ]; then
  out=$(env -i PATH="$PATH" HOME="$tmp" FAYAN_LOCALEDIR="$podir" LANG=zh_CN.UTF-8 \
          "$cli" --help 2>&1 || true)
  case "$out" in
    *用法*) ;;
    *)
      printf '%s\n' "$out"
      echo "fayan-cli --help under LANG=zh_CN.UTF-8 is not in Chinese"
      status=1
      ;;
  esac
  # Command names are English on purpose; their descriptions must not be.
  english=$(printf '%s\n' "$out" | sed -n 's/^  [a-z][a-z]*  *//p' \
              | sed 's/Markdown\|PDF\|PNG\|CSV\|Word\|WPS\|\.docx\|\.fayan//g' | grep '[A-Za-z]\{3,\}' || true)
  if [ -n "$english" ]; then
    printf '%s\n' "$english"
    echo "English left in fayan-cli --help under LANG=zh_CN.UTF-8"
    status=1
  fi
fi

exit $status

#!/bin/sh
# check-potfiles.sh — every file with translatable strings is in po/POTFILES.in, sorted
#
# Copyright 2026 The Fayan authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu
cd "$1"

status=0
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d')

if [ "$listed" != "$(printf '%s\n' "$listed" | LC_ALL=C sort)" ]; then
  echo "po/POTFILES.in is not sorted (LC_ALL=C sort)"
  status=1
fi

wanted=$( {
  grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|g_dngettext|ngettext)[[:space:]]*\(' app --include='*.c' || true
  grep -rl 'translatable="yes"' resources --include='*.ui' || true
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null || true
} | LC_ALL=C sort -u)

for f in $wanted; do
  if ! printf '%s\n' "$listed" | grep -qxF "$f"; then
    echo "missing from po/POTFILES.in: $f"
    status=1
  fi
done

for f in $listed; do
  if [ ! -e "$f" ]; then
    echo "listed in po/POTFILES.in but missing: $f"
    status=1
  fi
done

[ $status -eq 0 ] && echo "po/POTFILES.in lists all $(printf '%s\n' "$listed" | wc -l) files"
exit $status

# common.sh — shared by build-aux/run and build-aux/test; not run by itself
#
# Copyright 2026 The Fayan authors
# SPDX-License-Identifier: GPL-3.0-or-later

top=$(cd "$(dirname "$0")/.." && pwd)
packages_file="$top/build-aux/debian-packages.txt"

fy_packages () {
  grep -v '^[[:space:]]*#' "$packages_file" | sed '/^[[:space:]]*$/d'
}

# Installs the Debian packages that are missing.  As root it runs apt-get;
# otherwise it prints the exact command and stops.
fy_install_packages () {
  missing=""
  for p in $(fy_packages); do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
      *"ok installed"*) ;;
      *) missing="$missing $p" ;;
    esac
  done
  [ -z "$missing" ] && return 0

  if [ "$(id -u)" -ne 0 ]; then
    echo "These Debian packages are missing:$missing" >&2
    echo "Install them with:" >&2
    echo "  sudo apt-get install -y$missing" >&2
    exit 1
  fi

  echo "Installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $missing
}

# Configures (or reconfigures) a build directory and builds it.
fy_build () {
  builddir=$1
  shift
  if [ -f "$builddir/build.ninja" ]; then
    meson setup --reconfigure "$builddir" "$top" "$@" >/dev/null
  else
    meson setup "$builddir" "$top" "$@"
  fi
  meson compile -C "$builddir"
}

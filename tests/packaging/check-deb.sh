#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Storyline authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the .deb from a configured build folder, unpacks it and checks what it holds: the
# binary runs (--version, a headless subcommand), the desktop entry and the metainfo validate.
# Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: check-deb.sh BUILD_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    exit 1
}
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb")"
dpkg-deb --info "$deb" | grep -E '^ (Package|Version|Depends):'
dpkg-deb -x "$deb" "$work/root"

bin="$work/root/usr/bin/storyline"
test -x "$bin"
version=$("$bin" --version)
echo "$version"
[[ $version == "storyline "* ]]
figures=$(env -u QT_QPA_PLATFORM "$bin" figures --format json)
grep -q '"selloff-a001"' <<<"$figures"
# A headless export from the installed program, with no display and no platform set.
env -u QT_QPA_PLATFORM -u DISPLAY "$bin" export-chart --output "$work/chart.png" --width 800 --height 450
test -s "$work/chart.png"

desktop="$work/root/usr/share/applications/io.github.storyline.Storyline.desktop"
metainfo="$work/root/usr/share/metainfo/io.github.storyline.Storyline.metainfo.xml"
test -f "$desktop" && test -f "$metainfo"
test -f "$work/root/usr/share/icons/hicolor/scalable/apps/io.github.storyline.Storyline.svg"
test -f "$work/root/usr/share/icons/hicolor/48x48/apps/io.github.storyline.Storyline.png"
desktop-file-validate "$desktop"
appstreamcli validate --no-net "$metainfo"
# Depends must have come from dpkg-shlibdeps: Qt and ICU libraries are named.
depends=$(dpkg-deb --field "$deb" Depends)
grep -q 'libqt6widgets6' <<<"$depends"
grep -q 'libicu' <<<"$depends"
echo "deb ok"

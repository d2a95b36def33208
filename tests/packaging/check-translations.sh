#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Storyline authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a .ts file is stale (lupdate would change it) or the French one has an unfinished
# entry. Usage: check-translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
src=${1:?usage: check-translations.sh SOURCE_DIR LUPDATE}
lupdate=${2:?usage: check-translations.sh SOURCE_DIR LUPDATE}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
cd "$src"
for ts in translations/storyline_*.ts; do
    cp "$ts" "$work/$(basename "$ts")"
    "$lupdate" -silent -no-obsolete -locations none app core ui -ts "$work/$(basename "$ts")"
    # lupdate rewrites the header; compare the messages only.
    if ! diff <(grep -v '^<?xml\|^<!DOCTYPE' "$ts") <(grep -v '^<?xml\|^<!DOCTYPE' "$work/$(basename "$ts")") >"$work/diff"; then
        echo "$ts is stale: run 'cmake --build --preset dev --target update_translations'"
        head -40 "$work/diff"
        status=1
    fi
done
unfinished=$(grep -c 'type="unfinished"' translations/storyline_fr.ts || true)
if [[ $unfinished != 0 ]]; then
    echo "translations/storyline_fr.ts: $unfinished unfinished entries"
    grep -B3 'type="unfinished"' translations/storyline_fr.ts | grep '<source>' | head -20
    status=1
fi
[[ $status == 0 ]] && echo "translations ok"
exit $status

#!/usr/bin/env bash
# Renders the window as a newcomer sees it (embedded default directory, offscreen) into docs/screenshots/:
# en, sl and uk on a 1366x768 laptop and on a 1024x600 netbook screen.
# Usage: docs/screenshots/render.sh [BUILD_DIR]   (default build/release; build it first)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build/release}"
screens="$here/../../tests/gui/screens"
for screen in 1366x768 1024x600; do
  QT_QPA_PLATFORM="offscreen:configfile=$screens/$screen.json" \
    "$build/tests/gui/pathways-screenshots" "$here" "daily centre"
done
cp "$here/search-and-detail-en-1366x768.png" "$here/search-and-detail.png" # README shows this one
ls -1 "$here"/*.png

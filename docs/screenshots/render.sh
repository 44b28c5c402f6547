#!/usr/bin/env bash
# Renders the window as a newcomer sees it (embedded default directory, offscreen) into docs/screenshots/.
# Usage: docs/screenshots/render.sh [BUILD_DIR]   (default build/release; build it first)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build/release}"
QT_QPA_PLATFORM=offscreen "$build/tests/gui/pathways-screenshots" "$here" "daily centre"
ls -1 "$here"/*.png

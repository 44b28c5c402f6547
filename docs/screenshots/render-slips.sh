#!/usr/bin/env bash
# Renders the referral-slip screenshots (a Ukrainian and an Arabic slip of the fictional test directory,
# and a page of the referral pathway of the embedded directory)
# tests/data/slip) into docs/screenshots/. Needs pathways-cli built and poppler-utils (pdftoppm).
# Usage: docs/screenshots/render-slips.sh [BUILD_DIR]   (default build/dev)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
cli="${1:-$root/build/dev}/app/cli/pathways-cli"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$cli" --data-dir "$scratch/data" import --hsds "$root/tests/data/slip" --publisher "Fictional Test Publisher" \
  --sequence 3 >/dev/null
for lang in uk ar; do
  "$cli" --data-dir "$scratch/data" referral-slip svc-fic-legal-desk svc-fic-helpline svc-fic-dropin \
    --client-lang "$lang" --worker-lang en --out "$scratch/slip-$lang.pdf"
  # 100 dpi: about what a phone photo of the printed page shows; first page only.
  pdftoppm -r 100 -f 1 -l 1 -singlefile -png "$scratch/slip-$lang.pdf" "$here/referral-slip-$lang"
done
ls -1 "$here"/referral-slip-*.png
# A page of the referral pathway of the embedded demonstration directory (its second page: the first
# categories after the contents).
"$cli" --data-dir "$scratch/demo" pathway --out "$scratch/pathway.pdf" >/dev/null
pdftoppm -r 100 -f 2 -l 2 -singlefile -png "$scratch/pathway.pdf" "$here/referral-pathway-page"
ls -1 "$here"/referral-pathway-page.png

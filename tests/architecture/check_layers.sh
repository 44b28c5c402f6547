#!/usr/bin/env bash
# The layering rules of docs/architecture.md, checked on the source tree:
#  - the front ends (app/) hold no SQL and include nothing of core's SQLite layer (db/);
#  - neither front end compiles a file of the other;
#  - no build file, test or script reads outside the repository (a fresh clone runs everything);
#  - no Catch2 test name holds ';': catch_discover_tests splits such a name into ctest entries that run
#    nothing and pass.
# Prints each breach on one line and exits 1 when there is any.
set -uo pipefail
root="$1"
cd "$root" || exit 2
status=0
breach() { echo "layering: $*"; status=1; }

while IFS= read -r line; do breach "app/ includes core's SQLite layer: $line"; done \
  < <(grep -rnE '#include [<"](db|internal)/' app || true)
while IFS= read -r line; do breach "app/ holds SQL: $line"; done \
  < <(grep -rnE '"[[:space:]]*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|VACUUM|ATTACH)[[:space:]]' app || true)
while IFS= read -r line; do breach "the desktop app compiles a CLI file: $line"; done \
  < <(grep -nE 'app/cli|\.\./cli' app/desktop/CMakeLists.txt || true)
while IFS= read -r line; do breach "the CLI compiles a desktop file: $line"; done \
  < <(grep -nE 'app/desktop|\.\./desktop' app/cli/CMakeLists.txt || true)
while IFS= read -r line; do breach "reads outside the repository: $line"; done \
  < <(grep -rnE '\.\./shared|/work/shared' --include='CMakeLists.txt' --include='*.cmake' --include='*.sh' \
        --include='*.cpp' --include='*.h' --include='*.py' CMakeLists.txt core app tests resources packaging .ci \
        | grep -v '^tests/architecture/' || true)
while IFS= read -r line; do breach "a test name with ';' would run nothing under ctest: $line"; done \
  < <(grep -rnE 'TEST_CASE\("[^"]*;' tests --include='*.cpp' || true)
[ "$status" -eq 0 ] && echo "layering: app/ has no SQL and no db/ include; the front ends share no file; nothing reads outside the repository"
exit "$status"

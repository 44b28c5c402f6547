#!/bin/bash
# The fuzzers' CI smoke run, as one test of the ordinary build: configures a clang build of the libFuzzer
# targets beside it (BUILD_DIR/fuzz), builds them, and runs each for 10 s on its seed corpus
# (the fuzz_*_smoke tests of tests/fuzz/CMakeLists.txt). Exit 77 (skipped) without clang's libFuzzer.
# Usage: smoke.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
SOURCE=$1
BUILD=$2/fuzz
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a \
    >/dev/null 2>&1; then
  echo "clang with libFuzzer (packages clang, libclang-rt-14-dev) is not installed: fuzz smoke run skipped"
  exit 77
fi
flags="-fsanitize=fuzzer-no-link,address,undefined"
if [ ! -f "$BUILD/build.ninja" ]; then
  # -O1 with line tables only: the sanitizers' reports keep file and line, and the build of most of core
  # takes far less time than at RelWithDebInfo's -O2 -g (it is most of this test's CI minutes).
  CC=clang CXX=clang++ cmake -S "$SOURCE" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=None \
    -DPATHWAYS_BUILD_FUZZERS=ON -DPATHWAYS_BUILD_GUI=OFF -DCMAKE_C_FLAGS="$flags -O1 -gline-tables-only" \
    -DCMAKE_CXX_FLAGS="$flags -O1 -gline-tables-only" -DPATHWAYS_FUZZ_SECONDS=10 \
    >"$BUILD.configure.log" 2>&1 || { tail -20 "$BUILD.configure.log"; exit 1; }
fi
targets=(fuzz_bundle_reader fuzz_manifest_signature fuzz_database_payload fuzz_csv_import)
cmake --build "$BUILD" -j2 --target "${targets[@]}" >"$BUILD.build.log" 2>&1 || { tail -30 "$BUILD.build.log"; exit 1; }
ctest --test-dir "$BUILD" -R '^fuzz_.*_smoke$' -j2 --output-on-failure

#!/usr/bin/env bash
# A Debug build with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan beside the normal build),
# then the test suite on it. Any sanitizer report fails the test that caused it: UBSan stops at the first
# finding (-fno-sanitize-recover), ASan always does.
#   scripts/sanitize.sh [CTEST_ARGS...]      e.g. scripts/sanitize.sh -R 'TestCsvReader|TestCliReport'
# SAYLAU_ASAN_BUILD_DIR (default build-asan) and SAYLAU_JOBS (default 2) change where and how wide it builds;
# SAYLAU_SHARED_DATA_DIR points the real-data tests at ru-duma-2011-uik.csv (they skip without it).
#
# Left out of the run, because they test something other than this build's code:
#   FuzzCsvReader   builds and runs its own clang libFuzzer target, already with ASan and UBSan (scripts/fuzz.sh);
#   PackageInstall  (label deb) packs, strips and lintian-checks a Debian package, which a sanitizer build is not;
#   PackageCheck*   (label packages) check the release build's package list, and libasan/libubsan are
#                   build-machine libraries that no user installs.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${SAYLAU_ASAN_BUILD_DIR:-$here/build-asan}"
jobs="${SAYLAU_JOBS:-2}"
flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"

configure=(-S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="$flags")
if [ -n "${SAYLAU_SHARED_DATA_DIR:-}" ]; then
    configure+=(-DSAYLAU_SHARED_DATA_DIR="$SAYLAU_SHARED_DATA_DIR")
fi
cmake "${configure[@]}" >/dev/null
cmake --build "$build" -j "$jobs"

# Leaks are reported too (detect_leaks), except inside the system libraries named in lsan.supp, which keep
# their caches until exit.
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$here/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# A Debug build under ASan runs several times slower: QtTest's watchdog (5 minutes a test function by default)
# killed TestPrecinctStatusIndex's 100,000 precincts midway on a busy machine.
export QTEST_FUNCTION_TIMEOUT="${QTEST_FUNCTION_TIMEOUT:-1800000}"
ctest --test-dir "$build" -j "$jobs" --output-on-failure --label-exclude 'deb|packages' \
    --exclude-regex '^FuzzCsvReader$' "$@"

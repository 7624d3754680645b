#!/usr/bin/env bash
# Builds the libFuzzer target for the CSV reader and the count parser (tests/fuzz, clang with AddressSanitizer
# and UBSan, a build of its own beside the g++ one) and runs it on a copy of the seed corpus.
#   scripts/fuzz.sh [SECONDS] [BUILD_DIR]     default: 600 seconds, build/fuzz
# Prints the executions done and every crash found (the inputs are kept in BUILD_DIR/crashes); exits 1 when
# there is a crash, 0 when the run was clean.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds="${1:-600}"
build="${2:-$here/build/fuzz}"

if ! command -v clang++ >/dev/null; then
    echo "fuzz: clang++ not found (scripts/setup.sh installs clang)" >&2
    exit 2
fi
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$here/tests/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ >/dev/null
fi
cmake --build "$build" >/dev/null

# The run works on a copy: inputs it finds interesting grow the copy, never the committed seeds.
corpus="$build/corpus"
crashes="$build/crashes"
mkdir -p "$corpus" "$crashes"
cp -n "$here"/tests/fuzz/corpus/* "$corpus"/ 2>/dev/null || true
log="$build/last-run.log"

status=0
"$build/fuzz_csv_reader" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$crashes/" >"$log" 2>&1 || status=$?

executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
echo "fuzz: ${executions:-0} executions in ${seconds} s"
found=$(grep -E "^(==[0-9]+==ERROR|broken promise|SUMMARY)|Test unit written to" "$log" || true)
if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    echo "fuzz: CRASH (exit $status); log: $log"
    echo "$found"
    exit 1
fi
echo "fuzz: no crash"

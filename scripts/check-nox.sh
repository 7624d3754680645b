#!/usr/bin/env bash
# The headless build (-DSAYLAU_GUI=OFF, qBittorrent's "nox"): configures and builds `saylau` in NOX_DIR and
# checks that it links no Qt Widgets, Charts, PrintSupport, Svg or even Gui, that a command that does not draw
# works, and that `saylau chart`, `saylau bench chart` and a PDF report say they are not in this build (exit code 2).
# Usage: scripts/check-nox.sh SOURCE_DIR NOX_DIR
# NOX_DIR beside the usual build folder (build-nox beside build) lets ccache serve the core from the cache:
# the compiler sees the same relative paths and the same flags.
set -euo pipefail

src=$1
nox=$2

fail() { echo "check-nox: $*" >&2; exit 1; }

cmake -S "$src" -B "$nox" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSAYLAU_GUI=OFF >/dev/null
nice cmake --build "$nox" --target saylau -j2 >/dev/null
saylau=$nox/app/saylau

display_libraries=$(ldd "$saylau" | grep -i -E 'widgets|charts|printsupport|svg|qt6gui|libgl\.|libglx|libopengl' || true)
[ -z "$display_libraries" ] || fail "$saylau links display libraries:"$'\n'"$display_libraries"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No display at all: a command that does not draw must not need one.
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 "$saylau" "$@"; }

run demo "$work/demo.db" >/dev/null || fail "saylau demo failed"
run report "$work/demo.db" --contest mazhilis --out "$work/report.xlsx" >/dev/null || fail "report --out .xlsx failed"
[ -s "$work/report.xlsx" ] || fail "report --out .xlsx wrote nothing"

expect_refusal() {
    local status=0 message
    message=$(run "$@" 2>&1 >/dev/null) || status=$?
    [ "$status" -eq 2 ] || fail "saylau $*: exit code $status, not 2"
    grep -q "not in this build" <<<"$message" || fail "saylau $*: no 'not in this build' in: $message"
}
expect_refusal chart "$work/demo.db" --contest mazhilis --kind shares --out "$work/chart.png"
expect_refusal report "$work/demo.db" --contest mazhilis --out "$work/report.pdf"
expect_refusal bench chart "$work/demo.db" --contest mazhilis
[ ! -e "$work/chart.png" ] && [ ! -e "$work/report.pdf" ] || fail "a refused command wrote a file"
help=$(run --help)
grep -qi "chart .*not in this build" <<<"$help" || fail "saylau --help does not say that chart is not in this build"
echo "check-nox: $saylau links no display libraries; chart and PDF are refused with exit code 2"

#!/usr/bin/env bash
# Proves that scripts/check-packages.sh catches a package taken out of scripts/packages.txt: for each package
# below, the check runs against a copy of the list without it and must fail, naming it. Both are packages a
# used machine hides: libqt6opengl6-dev comes with qt6-charts-dev only through Recommends, and qt6-charts-dev
# is named by nothing else.
#
#   scripts/test-check-packages.sh BUILD_DIR
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${1:?usage: test-check-packages.sh BUILD_DIR}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for package in libqt6opengl6-dev qt6-charts-dev; do
    grep -qx "$package" "$here/scripts/packages.txt" \
        || { echo "FAIL: $package is not in scripts/packages.txt to take out"; status=1; continue; }
    grep -vx "$package" "$here/scripts/packages.txt" > "$work/packages.txt"
    if "$here/scripts/check-packages.sh" "$build" "$work/packages.txt" > "$work/out" 2>&1; then
        echo "FAIL: the check passed without $package"
        status=1
    elif grep -q "missing package $package: " "$work/out"; then
        echo "ok: without $package the check fails and names it"
    else
        echo "FAIL: without $package the check failed without naming it:"
        cat "$work/out"
        status=1
    fi
done
exit $status

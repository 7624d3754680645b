#!/usr/bin/env bash
# Builds the Debian package of SaylauDesk into dist/: the same set-up and build as run.sh, then CPack.
# Install it on an office laptop with `sudo apt install ./dist/saylaudesk_*.deb` (see README, "Installing in an
# office"; scripts/offline-bundle.sh adds the packages it needs for a machine without internet).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${SAYLAU_BUILD_DIR:-$here/build}"
"$here/scripts/setup.sh"
mkdir -p "$here/dist"
cpack --config "$build/CPackConfig.cmake" -B "$here/dist" >/dev/null
rm -rf "$here/dist/_CPack_Packages"
ls "$here"/dist/saylaudesk_*.deb

#!/usr/bin/env bash
# One command for a new user: install what is missing, build, and start the desktop program on the demo
# campaign (created on first start). Any arguments go to saylau-desk, e.g. a campaign file to open.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/setup.sh"
exec "${SAYLAU_BUILD_DIR:-$here/build}/ui/saylau-desk" "$@"

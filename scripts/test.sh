#!/usr/bin/env bash
# The same set-up as run.sh, then every test through CTest. Tests that need ../shared/data skip cleanly
# when it is absent.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/setup.sh"
cd "${SAYLAU_BUILD_DIR:-$here/build}"
ctest --output-on-failure -j "$(nproc)"

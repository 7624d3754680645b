#!/usr/bin/env bash
# For a regional office without internet: builds the package (scripts/package.sh) and gathers it with every
# Debian package it needs into dist/offline/, a small local apt repository to copy onto a USB stick. On the
# laptop (Debian 12): `sudo ./install.sh` in that folder. apt then takes only what the laptop lacks, keeps newer
# versions it already has, and never reaches for the network.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deb=$("$here/scripts/package.sh" | tail -n 1)
out="$here/dist/offline"
rm -rf "$out"
mkdir -p "$out"
cp "$deb" "$out/"

# The closure of Depends and Pre-Depends (Recommends are not installed, as on the build machine), virtual
# packages left out: apt-cache prints those in <angle brackets>.
direct=$(dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed -e 's/([^)]*)//g' -e 's/|.*//' -e 's/ //g')
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
              --no-enhances $direct | grep -v '^ ' | grep -v '^<' | sort -u)
(cd "$out" && apt-get download $closure >/dev/null)
(cd "$out" && dpkg-scanpackages --multiversion . /dev/null 2>/dev/null | gzip -9n > Packages.gz)

cat > "$out/install.sh" <<'INSTALL'
#!/bin/sh
# Installs SaylauDesk from this folder alone: apt sees only these packages and what the machine already has.
# Extra arguments go to apt-get (e.g. -s to see what it would do).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
# apt reads the index as its own unprivileged user.
chmod 755 "$state"
echo "deb [trusted=yes] file:$here ./" > "$state/sources.list"
mkdir -p "$state/lists/partial"
apt="apt-get -o Dir::Etc::SourceList=$state/sources.list -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists=$state/lists"
$apt update -qq
$apt install -y --no-install-recommends "$@" saylaudesk
INSTALL
chmod +x "$out/install.sh"
echo "$out: $(ls "$out"/*.deb | wc -l) packages, $(du -sh "$out" | cut -f1)"

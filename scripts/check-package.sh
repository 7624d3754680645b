#!/usr/bin/env bash
# The package test (CTest PackageInstall): builds the .deb from BUILD_DIR, asks lintian for errors, unpacks it
# into an empty root with dpkg -x and runs what it installed from there: saylau --version, saylau demo, and
# saylau-desk on the offscreen platform with the demo it made. Prints what failed and exits 1.
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -B "$work/dist" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; echo "check-package: cpack failed"; exit 1; }
deb=$(ls "$work"/dist/saylaudesk_*.deb)
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
dpkg-deb --field "$deb" Depends

# Errors fail the check; warnings are printed for whoever reads the log.
lintian --tag-display-limit 0 "$deb" 2>/dev/null | tee "$work/lintian.log" || true
if grep -q '^E: ' "$work/lintian.log"; then
    echo "check-package: lintian reports errors"
    exit 1
fi

root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/bin/saylau usr/bin/saylau-desk usr/share/applications/org.saylaudesk.SaylauDesk.desktop \
         usr/share/man/man1/saylau.1.gz usr/share/bash-completion/completions/saylau \
         usr/share/mime/packages/org.saylaudesk.SaylauDesk.xml usr/share/doc/saylaudesk/copyright; do
    [ -e "$root/$f" ] || { echo "check-package: $f is not in the package"; exit 1; }
done

desktop-file-validate "$root/usr/share/applications/org.saylaudesk.SaylauDesk.desktop"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/org.saylaudesk.SaylauDesk.metainfo.xml" >/dev/null \
    || { echo "check-package: the AppStream metainfo is not valid"; exit 1; }

export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
version=$("$root/usr/bin/saylau" --version)
echo "$version"
grep -q "^SaylauDesk $(dpkg-deb --field "$deb" Version)\$" <<<"$version" \
    || { echo "check-package: saylau --version does not name the package's version"; exit 1; }
grep -q '^Qt 6\.[0-9]*\.[0-9]*, SQLite 3\.[0-9]*\.[0-9]*$' <<<"$version" \
    || { echo "check-package: saylau --version does not name the Qt and SQLite versions"; exit 1; }
"$root/usr/bin/saylau" demo "$work/demo.saylau"
"$root/usr/bin/saylau" report "$work/demo.saylau" --contest mazhilis | grep -q 'Нур Отан\|Nur Otan' \
    || { echo "check-package: the packaged saylau cannot report on the demo it made"; exit 1; }

# A file manager knows a campaign by its content, whatever its name, and a plain SQLite file stays one.
mime="$work/mime"
mkdir -p "$mime/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$root"/usr/share/mime/packages/*.xml "$mime/mime/packages/"
update-mime-database "$mime/mime" >/dev/null 2>&1
cp "$work/demo.saylau" "$work/campaign-without-extension"
sqlite3 "$work/other.db" "CREATE TABLE t (a)"
content_type() { XDG_DATA_DIRS="$mime" gio info -a standard::content-type "$1" | sed -n 's/.*content-type: //p'; }
for f in demo.saylau campaign-without-extension; do
    [ "$(content_type "$work/$f")" = application/x-saylau-campaign ] \
        || { echo "check-package: $f is not recognised as a campaign"; exit 1; }
done
[ "$(content_type "$work/other.db")" = application/vnd.sqlite3 ] \
    || { echo "check-package: another program's SQLite file is taken for a campaign"; exit 1; }

# saylau-desk has no exit of its own: it must still be running after a few seconds, having said nothing alarming.
set +e
timeout 8 "$root/usr/bin/saylau-desk" "$work/demo.saylau" >"$work/desk.log" 2>&1
status=$?
set -e
if [ "$status" -ne 124 ]; then
    cat "$work/desk.log"
    echo "check-package: saylau-desk stopped by itself with exit code $status"
    exit 1
fi
if grep -qi 'could not\|cannot\|error' "$work/desk.log"; then
    cat "$work/desk.log"
    echo "check-package: saylau-desk complained at start"
    exit 1
fi
echo "check-package: the package installs and runs"

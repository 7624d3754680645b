#!/usr/bin/env bash
# Proves that scripts/setup.sh installs everything a build used, on a machine that had none of it.
#
#   scripts/check-packages.sh BUILD_DIR [PACKAGE_LIST]
#
# A used machine hides missing packages: "is it installed" always says yes there. So this check never asks
# that. It collects what the build in BUILD_DIR actually used — the CMake package configurations it found
# (`*_DIR` in CMakeCache.txt), the pkg-config modules, every header the compiler read (ninja's deps log),
# every library and program on the build's command lines, the programs found with find_program, and every
# shared object `saylau` loads at run time (the SQLite driver and the platform plugins are plugins, found by
# no build step) — asks dpkg which Debian package owns each file, and requires that package to be one that
# setup.sh installs on a fresh Debian 12 machine: a package of PACKAGE_LIST (default scripts/packages.txt)
# or one apt pulls in through Depends / Pre-Depends (never Recommends: setup.sh does not install them), or
# one every Debian system has (Essential or Priority required). Exit code 1 names each missing package.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:?usage: check-packages.sh BUILD_DIR [PACKAGE_LIST]}" && pwd)
list="${2:-$here/scripts/packages.txt}"
cache="$build/CMakeCache.txt"
[ -f "$cache" ] || { echo "check-packages: $cache not found: configure the build first" >&2; exit 2; }
[ -f "$build/build.ninja" ] || { echo "check-packages: $build is not a Ninja build (its deps log lists the headers)" >&2; exit 2; }
[ -f "$list" ] || { echo "check-packages: package list $list not found" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t listed < <(awk '{ sub(/#.*/, "") } NF { print $1 }' "$list")

# --- What the build used: one absolute path per line in $work/used, with where it came from. ---------------
outside_project() { grep -v -e "^$here/" -e "^$build/"; }

# CMake package configurations: <Name>_DIR points at the folder holding <Name>Config.cmake.
sed -n 's/^\([A-Za-z0-9_.+-]*\)_DIR:PATH=\(\/.*\)$/\1 \2/p' "$cache" | while read -r name dir; do
    for config in "$dir/${name}Config.cmake" "$dir/$(echo "$name" | tr '[:upper:]' '[:lower:]')-config.cmake"; do
        if [ -f "$config" ]; then echo "$config	CMake package $name"; fi
    done
done > "$work/used.cmake"

# pkg-config modules found (pkg_check_modules records each module's name; an optional one may be absent).
sed -n 's/^\([A-Za-z0-9_]*\)_MODULE_NAME:INTERNAL=\(..*\)$/\1 \2/p' "$cache" | while read -r prefix module; do
    grep -qx "${prefix}_FOUND:INTERNAL=1" "$cache" || continue
    pc=$(pkg-config --path "$module" 2>/dev/null) || { echo "check-packages: pkg-config module $module not found" >&2; exit 1; }
    echo "$pc	pkg-config module $module"
done > "$work/used.pkgconfig"

# Programs found with find_program (the compiler, ccache, the programs the tests call).
sed -n 's/^\([A-Za-z0-9_]*_PROGRAM\|CMAKE_CXX_COMPILER\|CMAKE_MAKE_PROGRAM\|CMAKE_AR\):FILEPATH=\(\/.*\)$/\2	program \1/p' "$cache" \
    > "$work/used.programs"

# Every header the compiler read, from ninja's deps log (a complete build records all of them).
ninja -C "$build" -t deps 2>/dev/null | sed -n 's/^    \(\/.*\)$/\1/p' | outside_project | sort -u \
    | sed 's/$/\theader/' > "$work/used.headers"

# Libraries and programs on the build's own command lines (compiler, moc, rcc, lrelease, linked libraries).
ninja -C "$build" -t commands 2>/dev/null | tr ' ' '\n' | sort -u > "$work/tokens"
{
    grep '^/' "$work/tokens" | outside_project | while read -r path; do
        if [ -f "$path" ] && { [ -x "$path" ] || [[ "$path" =~ \.(so(\.[0-9]+)*|a)$ ]]; }; then
            echo "$path	build command"
        fi
    done
    sed -n 's/^-l\([A-Za-z0-9_.+-]*\)$/\1/p' "$work/tokens" | while read -r lib; do
        path=$(c++ -print-file-name="lib$lib.so")
        if [ "$path" != "lib$lib.so" ]; then echo "$path	linked library -l$lib"; fi
    done
} > "$work/used.commands"

# Shared objects saylau loads at run time, plugins included: a demo campaign, a check, a chart.
saylau="$build/app/saylau"
[ -x "$saylau" ] || { echo "check-packages: $saylau not built" >&2; exit 2; }
if ! (
    cd "$work"
    export LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld" QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work"
    "$saylau" demo demo.db
    "$saylau" check demo.db --contest mazhilis || [ $? -eq 1 ]
    "$saylau" chart demo.db --contest mazhilis --kind shares --out chart.png
) > "$work/saylau.log" 2>&1; then
    echo "check-packages: saylau failed to run:" >&2
    cat "$work/saylau.log" >&2
    exit 2
fi
cat "$work"/ld.* | sed -n 's/^ *[0-9]*:[[:space:]]*calling init: \(\/.*\)$/\1/p' | sort -u \
    | sed 's/$/\tloaded by saylau at run time/' > "$work/used.runtime"

cat "$work"/used.* | sort -u -t '	' -k1,1 > "$work/used"

# --- Which Debian package owns each file. -------------------------------------------------------------------
# dpkg knows a file by the path its package shipped; merged /usr and alternatives links give other names.
owners_of() { dpkg-query -S "$@" 2>/dev/null | sed -n 's/^\([^/]*\): \(\/.*\)$/\2\t\1/p' || true; }
mapfile -t paths < <(cut -f1 "$work/used")
owners_of "${paths[@]}" > "$work/owners"
printf '%s\n' "${paths[@]}" | sort -u > "$work/paths"
cut -f1 "$work/owners" | sort -u | comm -23 "$work/paths" - | while read -r path; do
    for alias in "$(readlink -f "$path")" "${path#/usr}" "/usr$path"; do
        printf '%s\t%s\n' "$alias" "$path"
    done
done > "$work/aliases"
mapfile -t aliases < <(cut -f1 "$work/aliases" | sort -u)
if [ ${#aliases[@]} -gt 0 ]; then
    owners_of "${aliases[@]}" | awk -F '\t' 'NR == FNR { owner[$1] = $2; next }
        ($1 in owner) && !($2 in done) { print $2 "\t" owner[$1]; done[$2] = 1 }' - "$work/aliases" >> "$work/owners"
fi

# --- What setup.sh installs: the list, closed over Depends and Pre-Depends. ------------------------------
# Of alternatives ("a | b") apt installs the first; a virtual package is installed through its first provider.
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
        --no-enhances "${listed[@]}" 2>/dev/null | awk -v roots="${listed[*]}" '
    function strip(name) { sub(/:.*/, "", name); gsub(/[<>]/, "", name); return name }
    /^[^ ]/ { pkg = strip($1); awaiting = 0; next }
    /^    / {
        if (awaiting) { edges[pkg] = edges[pkg] " " strip($1); awaiting = 0 }
        next
    }
    /^  \|?(Pre)?Depends:/ {
        chosen = !choosing
        choosing = ($1 ~ /^\|/)
        awaiting = chosen && ($2 ~ /^</)
        if (chosen && !awaiting) edges[pkg] = edges[pkg] " " strip($2)
        next
    }
    { awaiting = 0 }
    END {
        n = split(roots, queue, " ")
        for (i = 1; i <= n; i++) seen[queue[i]] = 1
        for (i = 1; i <= n; i++) {
            p = queue[i]
            m = split(edges[p], next_, " ")
            for (j = 1; j <= m; j++) if (!(next_[j] in seen)) { seen[next_[j]] = 1; queue[++n] = next_[j] }
        }
        for (p in seen) print p
    }' > "$work/installed"
dpkg-query -W -f='${Package} ${Essential} ${Priority}\n' | awk '$2 == "yes" || $3 == "required" { print $1 }' \
    >> "$work/installed"
sort -u -o "$work/installed" "$work/installed"

# --- The verdict. -------------------------------------------------------------------------------------------
missing=$(awk -F '\t' '
    FILENAME == ARGV[1] { installed[$1] = 1; next }
    FILENAME == ARGV[2] { owners[$1] = $2; next }
    {
        if (!($1 in owners)) { printf "not from any Debian package: %s (%s)\n", $1, $2; next }
        n = split(owners[$1], names, ", ")
        for (i = 1; i <= n; i++) { sub(/:.*/, "", names[i]); if (names[i] in installed) next }
        shown = owners[$1]; gsub(/:[a-z0-9]+/, "", shown)
        printf "%s\t%s (%s)\n", shown, $1, $2
    }' "$work/installed" "$work/owners" "$work/used")

count=$(wc -l < "$work/used")
if [ -n "$missing" ]; then
    echo "check-packages: setup.sh does not install what the build used ($list):" >&2
    echo "$missing" | awk -F '\t' 'NF == 2 { print "  missing package " $1 ": " $2; next } { print "  " $0 }' \
        | sort -u >&2
    exit 1
fi
echo "check-packages: all $count files the build used come from packages setup.sh installs"

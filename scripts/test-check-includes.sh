#!/usr/bin/env bash
# Proves that scripts/check-includes.py catches what it is for: on small trees built here, a clean layering
# passes, and each planted fault (a two-folder cycle, a three-folder cycle, the core including ui/, the core
# including a Qt Widgets or Qt Charts header) fails, naming the folders and the include line (file:line).
#
#   scripts/test-check-includes.sh [QT_HEADERS_DIR]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
qt_headers=()
[ -z "${1:-}" ] || qt_headers=(--qt-headers "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A tree like the project's: domain at the bottom, storage above it, analysis above both, the CLI and the
# desktop program on top (the CLI may use ui/charts, the renderer).
clean_tree() {
    local root="$1"
    rm -rf "$root"
    mkdir -p "$root"/app/{domain,storage,analysis,cli} "$root"/ui/{charts,main}
    printf '#pragma once\n#include <QString>\n' > "$root/app/domain/Contest.h"
    printf '#pragma once\n#include "../domain/Contest.h"\n' > "$root/app/storage/Store.h"
    printf '#include "Store.h"\n#include <QSqlQuery>\n' > "$root/app/storage/Store.cpp"
    printf '#pragma once\n#include "../storage/Store.h"\n' > "$root/app/analysis/Report.h"
    printf '#include "Report.h"\n#include "../domain/Contest.h"\n' > "$root/app/analysis/Report.cpp"
    printf '#pragma once\n#include "analysis/Report.h"\n#include <QChart>\n' > "$root/ui/charts/Renderer.h"
    printf '#include "charts/Renderer.h"\n#include <QApplication>\n' > "$root/app/cli/main.cpp"
    printf '#include "charts/Renderer.h"\n#include "storage/Store.h"\n#include <QWidget>\n' > "$root/ui/main/Window.cpp"
}

status=0
check() { "$here/scripts/check-includes.py" "$1" "${qt_headers[@]}" > "$work/out" 2>&1; }
expect_pass() {
    if check "$work/tree"; then
        echo "ok: $1 passes"
    else
        echo "FAIL: $1 should pass, the check said:"; cat "$work/out"; status=1
    fi
}
# expect_fail WHAT TEXT...: the check must fail and its output must hold every TEXT.
expect_fail() {
    local what="$1"; shift
    if check "$work/tree"; then
        echo "FAIL: the check passed with $what"; status=1; return
    fi
    for text in "$@"; do
        if ! grep -qF -- "$text" "$work/out"; then
            echo "FAIL: with $what the check failed without saying: $text"; cat "$work/out"; status=1; return
        fi
    done
    echo "ok: $what fails and is named"
}

clean_tree "$work/tree"
expect_pass "a clean layering (the CLI using the renderer, ui/ using Qt Widgets)"

clean_tree "$work/tree"
printf '#include "Contest.h"\n#include "../storage/Store.h"\n' > "$work/tree/app/domain/Contest.cpp"
expect_fail "a planted two-folder cycle" \
    "cycle between folders: app/domain -> app/storage -> app/domain" \
    "app/domain -> app/storage: app/domain/Contest.cpp:2: #include \"../storage/Store.h\"" \
    "app/storage -> app/domain: app/storage/Store.h:2: #include \"../domain/Contest.h\""

clean_tree "$work/tree"
printf '#pragma once\n#include "../domain/Contest.h"\n#include "../analysis/Report.h"\n' > "$work/tree/app/storage/Store.h"
expect_fail "a planted cycle through a header (storage <-> analysis)" \
    "cycle between folders: app/analysis -> app/storage -> app/analysis" \
    "app/storage -> app/analysis: app/storage/Store.h:3: #include \"../analysis/Report.h\""

clean_tree "$work/tree"
mkdir -p "$work/tree/app/io"
printf '#pragma once\n#include "../domain/Contest.h"\n' > "$work/tree/app/io/Csv.h"
printf '#include "Csv.h"\n#include "../analysis/Report.h"\n' > "$work/tree/app/io/Csv.cpp"
printf '#include "Store.h"\n#include "../io/Csv.h"\n' > "$work/tree/app/storage/Store.cpp"
expect_fail "a planted three-folder cycle" \
    "cycle between folders: app/analysis -> app/storage -> app/io -> app/analysis" \
    "app/io -> app/analysis: app/io/Csv.cpp:2: #include \"../analysis/Report.h\"" \
    "app/storage -> app/io: app/storage/Store.cpp:2: #include \"../io/Csv.h\""

clean_tree "$work/tree"
printf '#include "Report.h"\n#include "../../ui/charts/Renderer.h"\n' > "$work/tree/app/analysis/Report.cpp"
expect_fail "the core including the renderer" \
    "core file (app/ outside app/cli) includes ui/charts/" \
    "app/analysis/Report.cpp:2: #include \"../../ui/charts/Renderer.h\""

clean_tree "$work/tree"
printf '#include "Store.h"\n#include <QMessageBox>\n' > "$work/tree/app/storage/Store.cpp"
expect_fail "the core including a Qt Widgets header" \
    "core file includes QtWidgets" "app/storage/Store.cpp:2: #include <QMessageBox>"

clean_tree "$work/tree"
printf '#pragma once\n#include <QtCharts/QChartView>\n' > "$work/tree/app/analysis/Report.h"
expect_fail "the core including a Qt Charts header" \
    "core file includes QtCharts" "app/analysis/Report.h:2: #include <QtCharts/QChartView>"

exit $status

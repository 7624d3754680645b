# One place for the warnings and options every target shares (qBittorrent's habit): the main build and the
# fuzz target's own clang build (tests/fuzz) both include this file and link saylau_options.
add_library(saylau_options INTERFACE)
target_compile_options(saylau_options INTERFACE -Wall -Wextra -Wpedantic
    -Wshadow -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor -Wcast-qual)
# Full RELRO, as Debian builds its own packages (lintian: hardening-no-bindnow).
target_link_options(saylau_options INTERFACE -Wl,-z,relro,-z,now)
target_compile_definitions(saylau_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_CAST_FROM_BYTEARRAY
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

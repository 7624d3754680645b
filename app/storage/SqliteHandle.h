#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

struct sqlite3;

namespace saylau {

// SQLite's own connection behind a Qt SQL connection, for the few paths that need the C API: the bulk
// import and read (no QVariant per value), the history chain, the online backup. Debian's Qt SQL driver links
// the system libsqlite3, the same library the core links, so the handle is shared safely; a Qt built with its
// own copy of SQLite is refused rather than mixed.
class SqliteHandle
{
    Q_DECLARE_TR_FUNCTIONS(SqliteHandle)

public:
    // Throws SaylauError when the connection is not an open SQLite one of the system library.
    static sqlite3 *of(const QSqlDatabase &db);
};

} // namespace saylau

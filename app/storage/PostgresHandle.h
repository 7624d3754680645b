#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

struct pg_conn;

namespace saylau {

// libpq's own connection behind a Qt SQL connection to a server, for what Qt's QPSQL driver cannot do: COPY
// (the bulk import, CopyProtocolWriter). Debian's QPSQL driver links the system libpq5, the same library the
// core links, so the handle is shared safely.
class PostgresHandle
{
    Q_DECLARE_TR_FUNCTIONS(PostgresHandle)

public:
    // Throws SaylauError when the connection is not an open one of Qt's QPSQL driver.
    static pg_conn *of(const QSqlDatabase &db);
};

} // namespace saylau

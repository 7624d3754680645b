#include "PostgresHandle.h"

#include "../domain/SaylauError.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <cstring>

namespace saylau {

pg_conn *PostgresHandle::of(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler spells it: the struct behind libpq's typedef.
    if (!handle.isValid()
        || (std::strcmp(handle.typeName(), "PGconn*") != 0 && std::strcmp(handle.typeName(), "pg_conn*") != 0))
        throw SaylauError(tr("this works on a campaign on a server only"));
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        throw SaylauError(tr("the connection to the server is not open"));
    return connection;
}

} // namespace saylau

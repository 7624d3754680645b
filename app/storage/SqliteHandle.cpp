#include "SqliteHandle.h"

#include "../domain/SaylauError.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstring>

namespace saylau {

sqlite3 *SqliteHandle::of(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        throw SaylauError(tr("this works on campaign files only, not yet on a campaign on a server"));
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        throw SaylauError(tr("the campaign file is not open"));
    // A Qt built with its own copy of SQLite would show another version here.
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next()
        || version.value(0).toString() != QString::fromLatin1(sqlite3_libversion()))
        throw SaylauError(tr("Qt's SQLite driver must use the system SQLite %1")
                              .arg(QString::fromLatin1(sqlite3_libversion())));
    return connection;
}

} // namespace saylau

#include "PackageLayout.h"

#include "SqliteStatement.h"

#include "../domain/SaylauError.h"

#include <QByteArray>
#include <QUrl>

#include <sqlite3.h>

namespace saylau {

const char *const PackageLayout::format = "saylau-package";

void PackageLayout::create(sqlite3 *db)
{
    const char *const statements[] = {
        // "SAYP": tells a package from a campaign file ("SAYL") before any table is read.
        "PRAGMA application_id = 1396791632",
        "CREATE TABLE package (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE territory (uid TEXT PRIMARY KEY, parent_uid TEXT, level TEXT NOT NULL, code TEXT NOT NULL,"
        " name TEXT NOT NULL, address TEXT NOT NULL, kind TEXT NOT NULL, origin TEXT NOT NULL,"
        " position INTEGER NOT NULL)",
        "CREATE TABLE territory_change (uid TEXT PRIMARY KEY, territory_uid TEXT NOT NULL, action TEXT NOT NULL,"
        " parent_uid TEXT, code TEXT, name TEXT, address TEXT, changed_at TEXT NOT NULL, changed_by TEXT NOT NULL,"
        " origin TEXT NOT NULL)",
        "CREATE TABLE revision (uid TEXT PRIMARY KEY, contest_id TEXT NOT NULL, territory_uid TEXT NOT NULL,"
        " source TEXT NOT NULL, copy TEXT NOT NULL, parents TEXT NOT NULL, figures TEXT NOT NULL,"
        " details TEXT NOT NULL, saved_at TEXT NOT NULL, saved_by TEXT NOT NULL, origin TEXT NOT NULL)",
        "CREATE TABLE history (uid TEXT PRIMARY KEY, contest_id TEXT NOT NULL, territory_uid TEXT NOT NULL,"
        " source TEXT NOT NULL, copy TEXT NOT NULL, revision INTEGER NOT NULL, saved_at TEXT NOT NULL,"
        " saved_by TEXT NOT NULL, action TEXT NOT NULL, changes TEXT NOT NULL, figures TEXT NOT NULL,"
        " origin TEXT NOT NULL)",
        "CREATE TABLE photo (uid TEXT PRIMARY KEY, contest_id TEXT NOT NULL, territory_uid TEXT NOT NULL,"
        " source TEXT NOT NULL, copy TEXT NOT NULL, file_name TEXT NOT NULL, mime_type TEXT NOT NULL,"
        " added_by TEXT NOT NULL, added_at TEXT NOT NULL, origin TEXT NOT NULL, data BLOB NOT NULL)",
    };
    for (const char *statement : statements)
        SqliteStatement(db, statement, tr("creating the package")).run();
}

sqlite3 *PackageLayout::open(const QString &path)
{
    // immutable=1: the file is only read, and SQLite neither locks it nor looks for a journal beside it, so a
    // package on a read-only stick opens as it stands.
    QUrl url = QUrl::fromLocalFile(path);
    url.setQuery(QStringLiteral("mode=ro&immutable=1"));
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(url.toEncoded().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        throw SaylauError(tr("%1 cannot be opened as a package: %2").arg(path, why));
    }
    return db;
}

} // namespace saylau

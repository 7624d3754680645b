#pragma once

// A campaign file as an older SaylauDesk left it, for the upgrade tests (header only: each Test*.cpp is its
// own executable).

#include "storage/CampaignStore.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace saylau::test {

// Schema steps 1..version only, then the statements (the old version's data). False when a statement fails.
inline bool writeOldCampaign(const QString &path, int version, const QStringList &statements)
{
    const QString connection = QStringLiteral("old-campaign");
    bool written = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        written = db.open();
        QSqlQuery query(db);
        written = written && query.exec(QStringLiteral("PRAGMA application_id = %1").arg(CampaignStore::applicationId));
        if (written)
            Migrations::apply(db, SqlDialect(SqlDialect::Engine::SQLite), 0, version);
        for (const QString &statement : statements)
            written = written && query.exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return written;
}

} // namespace saylau::test

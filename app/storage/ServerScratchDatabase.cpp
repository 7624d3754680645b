#include "ServerScratchDatabase.h"

#include "../domain/SaylauError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace saylau {

ServerScratchDatabase::ServerScratchDatabase(const CampaignLocation &server, const QString &name)
    : m_server(server)
    , m_location(CampaignLocation::server(server.host(), server.port(), name, server.user(), server.sslMode()))
{
    // The name is ours (letters, digits and _), never the user's: CREATE DATABASE takes no bound parameter.
    run(server.database(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    run(server.database(), QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'"
                                          " LC_CTYPE 'C'")
                               .arg(name));
}

ServerScratchDatabase::~ServerScratchDatabase()
{
    try {
        run(m_server.database(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.database()));
    } catch (const SaylauError &) {
        // Nothing to do about it here: at worst a scratch database stays, under a name the next run drops.
    }
}

void ServerScratchDatabase::addTextTable(const QString &table, int columns)
{
    QStringList definitions;
    for (int i = 1; i <= columns; ++i)
        definitions.append(QStringLiteral("c%1 text").arg(i));
    run(m_location.database(),
        QStringLiteral("CREATE TABLE %1 (%2)").arg(table, definitions.join(QStringLiteral(", "))));
}

void ServerScratchDatabase::run(const QString &database, const QString &statement) const
{
    const QString connection = QStringLiteral("saylau-scratch-database");
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_server.host());
        if (m_server.port() > 0)
            db.setPort(m_server.port());
        db.setDatabaseName(database);
        db.setUserName(m_server.user());
        // "does not exist, skipping" of a first DROP ... IF EXISTS is no news for the person running a benchmark.
        QString options = QStringLiteral("options='-c client_min_messages=warning'");
        if (!m_server.serverOptions().isEmpty())
            options += QLatin1Char(';') + m_server.serverOptions();
        db.setConnectOptions(options);
        if (!db.open()) {
            failure = tr("cannot connect to %1: %2").arg(m_server.toString(), db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                failure = tr("%1 failed: %2").arg(statement, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!failure.isEmpty())
        throw SaylauError(failure);
}

} // namespace saylau

#include "SqlDialect.h"

#include <QSqlQuery>

namespace saylau {

QString SqlDialect::driverName() const
{
    return m_engine == Engine::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QStringList SqlDialect::connectionSetup() const
{
    if (m_engine == Engine::PostgreSQL)
        return {};
    // WAL lets the desktop program read while an import writes, and survives power loss with NORMAL sync
    // losing at most the last transaction, never corrupting the file.
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = NORMAL")};
}

QString SqlDialect::beginWriteStatement(bool exclusive) const
{
    if (m_engine == Engine::PostgreSQL)
        return QStringLiteral("BEGIN");
    return exclusive ? QStringLiteral("BEGIN EXCLUSIVE") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::adapt(const QString &sql) const
{
    QString adapted = sql;
    if (m_engine == Engine::SQLite) {
        adapted.replace(QLatin1String("${ID}"), QLatin1String("INTEGER PRIMARY KEY"));
        adapted.replace(QLatin1String("${JSON_EACH_FIGURES}"), QLatin1String("json_each(p.figures)"));
        adapted.replace(QLatin1String("${BLOB}"), QLatin1String("BLOB"));
    } else {
        adapted.replace(QLatin1String("${ID}"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        adapted.replace(QLatin1String("${JSON_EACH_FIGURES}"),
                        QLatin1String("jsonb_each_text(p.figures::jsonb)"));
        adapted.replace(QLatin1String("${BLOB}"), QLatin1String("BYTEA"));
    }
    return adapted;
}

QString SqlDialect::nullSafeEquals() const
{
    return m_engine == Engine::SQLite ? QStringLiteral("IS") : QStringLiteral("IS NOT DISTINCT FROM");
}

int SqlDialect::schemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (m_engine == Engine::SQLite) {
        if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            return query.value(0).toInt();
        return -1;
    }
    if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QString SqlDialect::setSchemaVersionStatement(int version) const
{
    // PRAGMA takes no bound parameters; the version is an integer of our own, never user input.
    if (m_engine == Engine::SQLite)
        return QStringLiteral("PRAGMA user_version = %1").arg(version);
    return QStringLiteral("UPDATE schema_version SET version = %1").arg(version);
}

} // namespace saylau

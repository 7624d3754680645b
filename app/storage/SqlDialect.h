#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace saylau {

// The one place that knows which SQL engine is behind a campaign. SQLite is the default (one file per
// campaign); PostgreSQL through QPSQL is the planned engine for a headquarters that merges many offices.
// Migrations are written once, with the few engine-specific words left as placeholders that this class fills.
class SqlDialect
{
public:
    enum class Engine { SQLite, PostgreSQL };

    explicit SqlDialect(Engine engine) : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    QString driverName() const;

    // Statements run on every new writing connection (foreign keys, journal mode). How long to wait for
    // another writer is set when the connection opens (CampaignStore), before any statement.
    QStringList connectionSetup() const;
    // Starts a write transaction holding the write lock from its first statement (SQLite: IMMEDIATE; exclusive:
    // no reader either, for a bulk load in a rollback journal).
    QString beginWriteStatement(bool exclusive) const;

    // Replaces ${ID} (an auto-increment primary key column type) and ${JSON_EACH_FIGURES} (the table
    // function that spreads a protocol's figures into one row per line) and ${BLOB} (binary column type) in a
    // migration's SQL.
    QString adapt(const QString &sql) const;

    // "=" that also matches NULL to NULL (a root's parent), so that one indexed statement serves both.
    QString nullSafeEquals() const;

    // The schema version lives in PRAGMA user_version on SQLite, in a one-row table elsewhere.
    int schemaVersion(const QSqlDatabase &db) const;
    QString setSchemaVersionStatement(int version) const;

private:
    Engine m_engine;
};

} // namespace saylau

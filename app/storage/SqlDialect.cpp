#include "SqlDialect.h"

#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>

namespace saylau {

namespace {

// The server's SQLSTATE for a lock not granted within lock_timeout.
const QLatin1String serverLockNotAvailable("55P03");
const QLatin1String serverInsufficientPrivilege("42501");

} // namespace

QString SqlDialect::driverName() const
{
    return m_engine == Engine::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::connectOptions(std::chrono::milliseconds wait, bool readOnly) const
{
    if (m_engine == Engine::SQLite) {
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(wait.count());
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        return options;
    }
    // lock_timeout 0 would mean "wait for ever": the shortest wait is one millisecond. The application name
    // shows in the server's pg_stat_activity, so HQ's administrator sees who is connected.
    // The server's notices (a DROP's cascade) are no message for our users.
    QString serverOptions = QStringLiteral("-c lock_timeout=%1 -c client_min_messages=warning")
                                .arg(std::max<qint64>(1, wait.count()));
    if (readOnly)
        serverOptions += QStringLiteral(" -c default_transaction_read_only=on");
    return QStringLiteral("connect_timeout=15;application_name=saylau;options='%1'").arg(serverOptions);
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

QString SqlDialect::readOnlyStatement() const
{
    if (m_engine == Engine::PostgreSQL)
        return QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    return QStringLiteral("PRAGMA query_only = ON");
}

QStringList SqlDialect::beginWriteStatements(bool exclusive) const
{
    if (m_engine == Engine::PostgreSQL) {
        // One lock per campaign database, held to the end of the transaction: a save reads the revision it
        // replaces and writes the next one with no other writer in between, as on an SQLite file. Readers are
        // never blocked (the server's snapshots).
        return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(applicationId)};
    }
    return {exclusive ? QStringLiteral("BEGIN EXCLUSIVE") : QStringLiteral("BEGIN IMMEDIATE")};
}

QString SqlDialect::beginSnapshotStatement() const
{
    // A file's read transaction is one snapshot already (WAL); the server's default gives each statement its own.
    if (m_engine == Engine::SQLite)
        return QStringLiteral("BEGIN");
    return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

void SqlDialect::streamRows(QSqlQuery &query) const
{
    query.setForwardOnly(m_engine == Engine::SQLite);
}

QString SqlDialect::changesChannel() const
{
    return m_engine == Engine::PostgreSQL ? QStringLiteral("saylau_changes") : QString();
}

QString SqlDialect::notifyStatement() const
{
    return m_engine == Engine::PostgreSQL ? QStringLiteral("SELECT pg_notify('saylau_changes', ?)") : QString();
}

bool SqlDialect::isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // The server names errors by five-character SQLSTATE; SQLite by a number of at most four digits.
    if (code.size() == 5)
        return code == serverLockNotAvailable;
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with or without an extended code in the upper bits.
    const int sqliteCode = code.toInt() & 0xff;
    return sqliteCode == 5 || sqliteCode == 6;
}

bool SqlDialect::isRefusedRight(const QSqlError &error)
{
    return error.nativeErrorCode() == serverInsufficientPrivilege;
}

QString SqlDialect::mayInsertQuery(const QString &table) const
{
    if (m_engine == Engine::SQLite)
        return {};
    // A table name of our own schema, never user input.
    return QStringLiteral("SELECT has_table_privilege(current_user, '%1', 'INSERT')").arg(table);
}

QString SqlDialect::serverSentence(const QSqlError &error)
{
    QString sentence = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (sentence.startsWith(QLatin1String("ERROR:")))
        sentence = sentence.mid(6).trimmed();
    return sentence;
}

QString SqlDialect::adapt(const QString &sql) const
{
    QString adapted = sql;
    adapted.replace(QLatin1String("${JSON_EACH_FIGURES}"), eachFigure(QStringLiteral("p.figures")));
    if (m_engine == Engine::SQLite) {
        adapted.replace(QLatin1String("${ID}"), QLatin1String("INTEGER PRIMARY KEY"));
        adapted.replace(QLatin1String("${BLOB}"), QLatin1String("BLOB"));
        adapted.replace(QLatin1String("${REAL}"), QLatin1String("REAL"));
    } else {
        adapted.replace(QLatin1String("${ID}"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        adapted.replace(QLatin1String("${BLOB}"), QLatin1String("BYTEA"));
        // The server's REAL has 4 bytes; SQLite's 8. Weights must not lose digits on the way.
        adapted.replace(QLatin1String("${REAL}"), QLatin1String("DOUBLE PRECISION"));
    }
    return adapted;
}

QString SqlDialect::nullSafeEquals() const
{
    return m_engine == Engine::SQLite ? QStringLiteral("IS") : QStringLiteral("IS NOT DISTINCT FROM");
}

QString SqlDialect::figureValue(const QString &figuresColumn, const QString &keyExpression) const
{
    if (m_engine == Engine::SQLite)
        return QStringLiteral("json_extract(%1, '$.\"' || %2 || '\"')").arg(figuresColumn, keyExpression);
    return QStringLiteral("((%1)::jsonb ->> (%2))::numeric").arg(figuresColumn, keyExpression);
}

QString SqlDialect::eachFigure(const QString &figuresColumn) const
{
    if (m_engine == Engine::SQLite)
        return QStringLiteral("json_each(%1)").arg(figuresColumn);
    // Counts as numbers, as SQLite's json_each gives them.
    return QStringLiteral("LATERAL (SELECT key, value::numeric AS value FROM jsonb_each_text((%1)::jsonb))")
        .arg(figuresColumn);
}

QString SqlDialect::jsonText(const QString &column, const QString &key) const
{
    if (m_engine == Engine::SQLite)
        return QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
    return QStringLiteral("((%1)::jsonb ->> '%2')").arg(column, key);
}

QString SqlDialect::jsonArrayTexts(const QString &parameter) const
{
    if (m_engine == Engine::SQLite)
        return QStringLiteral("SELECT value FROM json_each(%1)").arg(parameter);
    return QStringLiteral("SELECT jsonb_array_elements_text(CAST(%1 AS jsonb))").arg(parameter);
}

QString SqlDialect::jsonNameRows(const QString &parameter) const
{
    if (m_engine == Engine::SQLite)
        return QStringLiteral("SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS uid,"
                              " json_extract(value, '$[2]') AS seq FROM json_each(%1)")
            .arg(parameter);
    return QStringLiteral("SELECT CAST(e->>0 AS bigint) AS id, e->>1 AS uid, CAST(e->>2 AS bigint) AS seq"
                          " FROM jsonb_array_elements(CAST(%1 AS jsonb)) AS e")
        .arg(parameter);
}

QString SqlDialect::greaterOf(const QString &a, const QString &b) const
{
    return QStringLiteral("%1(%2, %3)")
        .arg(m_engine == Engine::SQLite ? QStringLiteral("max") : QStringLiteral("greatest"), a, b);
}

QString SqlDialect::takeNextIdsStatement(const QString &table, int count) const
{
    // Table names of our own schema, never user input.
    if (m_engine == Engine::SQLite)
        return QStringLiteral("WITH RECURSIVE taken (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM taken WHERE i < %2)"
                              " SELECT coalesce((SELECT max(id) FROM %1), 0) + i FROM taken ORDER BY i")
            .arg(table)
            .arg(count);
    // nextval needs only USAGE on the sequence (a coordinator's), where setval needs UPDATE (the owner's). The
    // sequence is looked up once: pg_get_serial_sequence in nextval's argument ran for every id, twelve times
    // the cost of the ids themselves (14 ms against 1.2 ms for 4,096).
    return QStringLiteral("SELECT nextval(s.id) FROM (SELECT pg_get_serial_sequence('%1', 'id')::regclass AS id"
                          " OFFSET 0) AS s, generate_series(1, %2)")
        .arg(table)
        .arg(count);
}

QString SqlDialect::followIdsStatement(const QString &table) const
{
    if (m_engine == Engine::SQLite)
        return {};
    // A table name of our own schema, never user input.
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce((SELECT max(id) FROM %1), 0) + 1,"
                          " false)")
        .arg(table);
}

QStringList SqlDialect::markNewCampaignStatements() const
{
    // PRAGMA takes no bound parameters; the id is a constant of ours.
    if (m_engine == Engine::SQLite)
        return {QStringLiteral("PRAGMA application_id = %1").arg(applicationId)};
    return {QStringLiteral("CREATE TABLE schema_version (application_id INTEGER NOT NULL, version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (application_id, version) VALUES (%1, 0)").arg(applicationId)};
}

namespace {

// Whether the server database has our schema_version table. Asked before reading it: the server aborts the
// transaction around a query of a missing table.
bool hasVersionTable(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !query.next()) {
        if (error)
            *error = query.lastError();
        return false;
    }
    return query.value(0).toBool();
}

} // namespace

bool SqlDialect::hasCampaignMark(const QSqlDatabase &db, QSqlError *error) const
{
    if (m_engine == Engine::PostgreSQL && !hasVersionTable(db, error))
        return false;
    QSqlQuery query(db);
    const QString sql = m_engine == Engine::SQLite ? QStringLiteral("PRAGMA application_id")
                                                   : QStringLiteral("SELECT application_id FROM schema_version");
    if (!query.exec(sql) || !query.next()) {
        if (error)
            *error = query.lastError();
        return false;
    }
    return query.value(0).toInt() == applicationId;
}

int SqlDialect::schemaVersion(const QSqlDatabase &db) const
{
    if (m_engine == Engine::PostgreSQL && !hasVersionTable(db, nullptr))
        return -1;
    QSqlQuery query(db);
    const QString sql = m_engine == Engine::SQLite ? QStringLiteral("PRAGMA user_version")
                                                   : QStringLiteral("SELECT version FROM schema_version");
    if (query.exec(sql) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString SqlDialect::setSchemaVersionStatement(int version) const
{
    // PRAGMA takes no bound parameters; the version is an integer of our own, never user input.
    if (m_engine == Engine::SQLite)
        return QStringLiteral("PRAGMA user_version = %1").arg(version);
    return QStringLiteral("UPDATE schema_version SET version = %1").arg(version);
}

QString SqlDialect::integrityProblem(const QSqlDatabase &db, QSqlError *error) const
{
    if (m_engine == Engine::PostgreSQL)
        return {};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        if (error)
            *error = query.lastError();
        return query.lastError().text();
    }
    const QString verdict = query.value(0).toString();
    return verdict == QLatin1String("ok") ? QString() : verdict;
}

QStringList SqlDialect::schemaOutline(const QSqlDatabase &db) const
{
    QStringList outline;
    QSqlQuery objects(db);
    const QString sql = m_engine == Engine::SQLite
                            ? QStringLiteral("SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
                            : QStringLiteral("SELECT CASE table_type WHEN 'VIEW' THEN 'view' ELSE 'table' END,"
                                             " table_name, table_name FROM information_schema.tables"
                                             " WHERE table_schema = current_schema() AND table_name <> 'schema_version'");
    if (!objects.exec(sql))
        return {QStringLiteral("unreadable: ") + objects.lastError().text()};
    QStringList tables;
    while (objects.next()) {
        outline.append(QStringList{objects.value(0).toString(), objects.value(1).toString(), objects.value(2).toString()}
                           .join(QLatin1Char(' ')));
        if (objects.value(0).toString() == QLatin1String("table"))
            tables.append(objects.value(1).toString());
    }
    if (m_engine == Engine::SQLite) {
        QSqlQuery columns(db);
        if (!columns.prepare(QStringLiteral("SELECT name, type, \"notnull\", coalesce(dflt_value, ''), pk"
                                            " FROM pragma_table_info(?)")))
            return {QStringLiteral("unreadable: ") + columns.lastError().text()};
        for (const QString &table : std::as_const(tables)) {
            columns.bindValue(0, table);
            if (!columns.exec())
                return {QStringLiteral("unreadable: ") + columns.lastError().text()};
            while (columns.next()) {
                QStringList column{QStringLiteral("column"), table};
                for (int i = 0; i < 5; ++i)
                    column.append(columns.value(i).toString());
                outline.append(column.join(QLatin1Char(' ')));
            }
        }
    }
    outline.sort();
    return outline;
}

bool SqlDialect::outlineCovers(const QString &line) const
{
    return m_engine == Engine::SQLite || line.startsWith(QLatin1String("table "))
           || line.startsWith(QLatin1String("view "));
}

QString SqlDialect::fileHeaderProblem(const QString &path, const QByteArray &header)
{
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)) || header.size() < 100)
        return tr("%1 is not a SaylauDesk database (not an SQLite file, or its header is damaged)").arg(path);
    // The application id stands in the file header (bytes 68-71, big-endian): another program's database is
    // refused before SQLite itself opens it.
    if (qFromBigEndian<qint32>(header.constData() + 68) != applicationId)
        return tr("%1 is an SQLite database, but not a SaylauDesk campaign").arg(path);
    return {};
}

} // namespace saylau

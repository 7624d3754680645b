#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <chrono>

class QSqlQuery;

namespace saylau {

// The one place that knows which SQL engine is behind a campaign: SQLite (one file per campaign, the default)
// or PostgreSQL through QPSQL (a headquarters' server that many operators share). Every word of SQL or setting
// that differs between the two lives here; the storage classes write the rest once. Migrations are written
// once, with the few engine-specific words left as placeholders that adapt() fills.
class SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)

public:
    enum class Engine { SQLite, PostgreSQL };

    // SQLite's application_id of every SaylauDesk file ("SAYL"); on a server the same number marks the
    // schema_version table as ours.
    static constexpr int applicationId = 0x5341594C;

    explicit SqlDialect(Engine engine) : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    QString driverName() const;

    // What the driver is told before it opens: how long any statement waits for another writer's lock before
    // giving up (SQLite's busy timeout; the server's lock_timeout), and whether the connection may write at all.
    QString connectOptions(std::chrono::milliseconds wait, bool readOnly) const;
    // Statements run on every new writing connection (foreign keys, journal mode).
    QStringList connectionSetup() const;
    // Makes an open connection refuse every write from now on (a reading command on a writable campaign).
    QString readOnlyStatement() const;
    // Starts a write transaction holding the campaign's write lock from its first statement, so that writers
    // take turns as they do on one SQLite file (SQLite: BEGIN IMMEDIATE; exclusive: no reader either, for a bulk
    // load in a rollback journal; server: a transaction-scoped advisory lock on the campaign).
    QStringList beginWriteStatements(bool exclusive) const;
    // Starts a read-only transaction in which every statement sees the same moment of the campaign (a package
    // written from it is one consistent state, whatever is saved meanwhile).
    QString beginSnapshotStatement() const;
    // Makes QUERY hand its rows over as they are read where the engine lets other statements run on the
    // connection meanwhile (SQLite). The server's driver streams only in a mode where any other statement on the
    // connection discards the rest of the result, and a visitor of rows may well read the store: there the
    // rows come whole.
    void streamRows(QSqlQuery &query) const;
    // Where a campaign's change announcements travel between programs: the channel other connections listen
    // on, and the statement that sends one (bound: the message). Empty where there is no such thing (a file:
    // each program sees its own changes only).
    QString changesChannel() const;
    QString notifyStatement() const;
    // Whether an SQL error means another connection holds the lock we waited for (SQLite's busy or locked, the
    // server's lock_not_available).
    static bool isBusy(const QSqlError &error);
    // Whether the server refused a statement because the connected role has no right to it (a missing GRANT,
    // or a rule of ServerRoles such as "only a coordinator confirms"); SQLite has no roles.
    static bool isRefusedRight(const QSqlError &error);
    // A query giving one row, true when the connected role may insert into TABLE (a name of our schema); empty
    // where there are no roles (a file: whoever may open it for writing may write every table).
    QString mayInsertQuery(const QString &table) const;
    // The first line of the server's own words in ERROR, without its "ERROR:" (the driver adds context lines).
    static QString serverSentence(const QSqlError &error);

    // Replaces ${ID} (an auto-increment primary key column type), ${JSON_EACH_FIGURES} (the table function that
    // spreads a protocol's figures into one row per line), ${BLOB} (binary column type) and ${REAL} (an 8-byte
    // floating-point column) in a migration's SQL.
    QString adapt(const QString &sql) const;

    // "=" that also matches NULL to NULL (a root's parent), so that one indexed statement serves both.
    QString nullSafeEquals() const;
    // The count of one line of a figures column (JSON text), the line's key given as an SQL text expression.
    QString figureValue(const QString &figuresColumn, const QString &keyExpression) const;
    // A table function over a figures column giving rows (key, value); the caller names it with an alias.
    QString eachFigure(const QString &figuresColumn) const;
    // The text at KEY (a constant of ours, a plain name) of a JSON object held as text in COLUMN; NULL when absent.
    QString jsonText(const QString &column, const QString &key) const;
    // A subquery giving the texts of a JSON array (bound: PARAMETER, e.g. ":uids") one row each, for "x IN (…)".
    QString jsonArrayTexts(const QString &parameter) const;
    // A subquery giving rows (id, uid, seq) from a JSON array of [id, "uid", seq] bound to PARAMETER: one
    // statement for thousands of rows, where a list of VALUES costs the server a parse and a plan per few hundred.
    QString jsonNameRows(const QString &parameter) const;
    // The larger of two numbers (SQLite's two-argument max, the server's greatest).
    QString greaterOf(const QString &a, const QString &b) const;
    // After rows were written with their own ids: the next id a table hands out follows the largest present.
    // Empty where the engine needs nothing (SQLite takes max(id) + 1 by itself).
    QString followIdsStatement(const QString &table) const;
    // Takes the next COUNT ids of a table, one row each in ascending order, for rows written later in the same
    // transaction with these ids (an import's new territory; its run, which its history rows name first). On a
    // server they come from the table's sequence, which any role that may insert may advance, and which never
    // hands them out again; in a file they follow the largest id, kept by the write lock.
    QString takeNextIdsStatement(const QString &table, int count) const;

    // Marks a new, empty database as a SaylauDesk campaign at schema version 0 (SQLite: the header's
    // application_id; server: the schema_version table with our application id).
    QStringList markNewCampaignStatements() const;
    // Whether the database carries our mark. Sets *error when it cannot even be read.
    bool hasCampaignMark(const QSqlDatabase &db, QSqlError *error) const;
    // The schema version (0: marked but no step run); -1 when it cannot be read.
    int schemaVersion(const QSqlDatabase &db) const;
    QString setSchemaVersionStatement(int version) const;
    // The engine's own consistency check: an empty text when sound, else what it found. A server keeps its
    // own pages sound; there is nothing for a client to check.
    QString integrityProblem(const QSqlDatabase &db, QSqlError *error) const;
    // The tables, indexes and views of the schema with every table's columns, one line each ("column protocol
    // figures TEXT 1  0"), sorted: what a campaign must hold, whatever order its objects were made in. A server
    // outline has the tables and views only ("table NAME NAME"): their columns' types are spelled otherwise.
    QStringList schemaOutline(const QSqlDatabase &db) const;
    // Whether this engine's outline has a line of the kind of LINE (an SQLite outline's line).
    bool outlineCovers(const QString &line) const;

    // The checks of a campaign file's first 100 bytes (SQLite's header, our application id): an empty text
    // when it is a SaylauDesk file, else why not (for PATH). A file refused here never reaches the driver.
    static QString fileHeaderProblem(const QString &path, const QByteArray &header);

private:
    Engine m_engine;
};

} // namespace saylau

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace saylau {

// One prepared statement on SQLite's C API, for the exchange's paths that copy rows between a campaign and a
// package file (two connections, photos streamed): parameters bound by name (":uid"), never by splicing text,
// and every failure thrown as a SaylauError naming the statement's purpose.
class SqliteStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)

public:
    // purpose says what the statement is for, in the words a failure message uses. Throws SaylauError.
    SqliteStatement(sqlite3 *db, const char *sql, const QString &purpose);
    SqliteStatement(sqlite3 *db, const QByteArray &sql, const QString &purpose);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(const char *name, QByteArrayView text);
    SqliteStatement &bind(const char *name, const QString &text);
    SqliteStatement &bind(const char *name, qint64 value);
    // A value read through Qt SQL, to the parameter at index (from 1): NULL, an integer, a real or a text.
    SqliteStatement &bind(int index, const QVariant &value);
    // True while it yields a row; false when done. Throws SaylauError.
    bool step();
    // Runs a statement that returns no row.
    void run();
    // Ready to be bound and stepped again.
    void reset();

    qint64 integer(int column) const;
    QByteArray text(int column) const;
    QString string(int column) const;
    bool isNull(int column) const;
    sqlite3_stmt *handle() const { return m_statement; }

private:
    int index(const char *name) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_purpose;
};

} // namespace saylau

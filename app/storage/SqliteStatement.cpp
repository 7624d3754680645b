#include "SqliteStatement.h"

#include "../domain/SaylauError.h"

#include <sqlite3.h>

namespace saylau {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql, const QString &purpose)
    : m_db(db)
    , m_purpose(purpose)
{
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        throw SaylauError(tr("%1 failed: %2").arg(m_purpose, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QByteArray &sql, const QString &purpose)
    : SqliteStatement(db, sql.constData(), purpose)
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

int SqliteStatement::index(const char *name) const
{
    const int i = sqlite3_bind_parameter_index(m_statement, name);
    if (i == 0)
        throw SaylauError(tr("%1 failed: no parameter %2").arg(m_purpose, QString::fromUtf8(name)));
    return i;
}

SqliteStatement &SqliteStatement::bind(const char *name, QByteArrayView text)
{
    // An empty view may carry no pointer, which SQLite would bind as NULL; the text columns want ''.
    sqlite3_bind_text(m_statement, index(name), text.isEmpty() ? "" : text.data(), int(text.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(const char *name, const QString &text)
{
    return bind(name, QByteArrayView(text.toUtf8()));
}

SqliteStatement &SqliteStatement::bind(const char *name, qint64 value)
{
    sqlite3_bind_int64(m_statement, index(name), value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return *this;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        break;
    default: {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw SaylauError(tr("%1 failed: %2").arg(m_purpose, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void SqliteStatement::run()
{
    step();
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray SqliteStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QByteArray(bytes, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

QString SqliteStatement::string(int column) const
{
    return QString::fromUtf8(text(column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace saylau

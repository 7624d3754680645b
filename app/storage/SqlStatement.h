#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace saylau {

// The small habits every storage class shares: prepare or throw, execute or throw naming what failed, and
// bind '' rather than NULL for "none" in the NOT NULL text columns.
class SqlStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqlStatement)

public:
    static QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
    static void exec(QSqlQuery &query, const QString &what);
    static QString text(const QString &value);
    static QString dateTimeText(const QDateTime &value);
    static QDateTime dateTimeFromText(const QString &text);
};

} // namespace saylau

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
    // The one format of every time stored (migration 9 brought older files to it): UTC, because a campaign
    // file travels between offices in different time zones (Kazakhstan spans two) and a local time without
    // its offset would be read wrongly elsewhere; ISO 8601, so that the text sorts as the time does; with
    // milliseconds, so that two saves within one second (a save and its verification, an import and a save)
    // keep their order in the history. '' for no time.
    static QString dateTimeText(const QDateTime &value);
    // Reads that format, and the older ones (no milliseconds, an offset, or local time without one).
    static QDateTime dateTimeFromText(const QString &text);
};

} // namespace saylau

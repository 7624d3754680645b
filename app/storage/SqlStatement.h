#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace saylau {

struct ProtocolKey;

// The small habits every storage class shares: prepare or throw, execute or throw naming what failed, bind
// by placeholder name (":name"), and bind '' rather than NULL for "none" in the NOT NULL text columns.
class SqlStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqlStatement)

public:
    static QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
    static void exec(QSqlQuery &query, const QString &what);
    // Each value to its named placeholder, e.g. bind(query, {{":id", id}, {":name", text(name)}}).
    static void bind(QSqlQuery &query, std::initializer_list<std::pair<const char *, QVariant>> values);
    // :contest_id, :territory_id, :source and :copy: the columns that name a protocol.
    static void bindKey(QSqlQuery &query, const ProtocolKey &key);
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

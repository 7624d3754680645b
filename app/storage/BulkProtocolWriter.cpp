#include "BulkProtocolWriter.h"

#include "CampaignStore.h"

#include "../domain/SaylauError.h"

#include <QDateTime>
#include <QSqlDriver>

#include <sqlite3.h>

#include <cstring>

namespace saylau {

namespace {

const char *levelText(TerritoryNode::Level level)
{
    switch (level) {
    case TerritoryNode::Level::Country: return "country";
    case TerritoryNode::Level::Region: return "region";
    case TerritoryNode::Level::District: return "district";
    case TerritoryNode::Level::Precinct: return "precinct";
    }
    return "precinct";
}

void bindText(sqlite3_stmt *statement, int index, QByteArrayView text)
{
    // An empty view may have no data pointer, which SQLite would store as NULL; the columns want ''.
    sqlite3_bind_text(statement, index, text.isEmpty() ? "" : text.data(), int(text.size()), SQLITE_STATIC);
}

} // namespace

BulkProtocolWriter::BulkProtocolWriter(CampaignStore &store, const Contest &contest, SourceKind source,
                                       const QString &copy, const QString &origin)
    : m_codec(contest)
    , m_contestId(contest.id.toUtf8())
    , m_source(sourceKindName(source).toUtf8())
    , m_copy(copy.toUtf8())
    , m_origin(origin.toUtf8())
    , m_updatedAt(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8())
{
    const QVariant handle = store.database().driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        throw SaylauError(tr("bulk import is written for SQLite campaign files only"));
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db)
        throw SaylauError(tr("the campaign file is not open"));

    // A whole-country import touches some 60 MB of pages in one transaction; with SQLite's default 2 MB
    // cache the dirty pages spill to the WAL mid-way and are written twice. Restored when the writer goes.
    sqlite3_exec(m_db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);

    static const char territorySql[] = "INSERT INTO territory (parent_id, level, code, name, address)"
                                       " VALUES (?, ?, ?, ?, ?)";
    static const char protocolSql[] = "INSERT INTO protocol (contest_id, territory_id, source, copy, figures, extra,"
                                      " received_how, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                      " ON CONFLICT (contest_id, territory_id, source, copy) DO UPDATE SET"
                                      " figures = excluded.figures, extra = excluded.extra,"
                                      " received_how = excluded.received_how, updated_at = excluded.updated_at,"
                                      " revision = protocol.revision + 1"
                                      // The same figures again change nothing, not even the revision:
                                      // re-importing a file is a no-op.
                                      " WHERE protocol.figures <> excluded.figures OR protocol.extra <> excluded.extra";
    if (sqlite3_prepare_v2(m_db, territorySql, -1, &m_territory, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_db, protocolSql, -1, &m_protocol, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_territory);
        sqlite3_finalize(m_protocol);
        throw SaylauError(tr("cannot prepare the import: %1").arg(why));
    }
    bindText(m_protocol, 1, m_contestId);
    bindText(m_protocol, 3, m_source);
    bindText(m_protocol, 4, m_copy);
    bindText(m_protocol, 7, m_origin);
    bindText(m_protocol, 8, m_updatedAt);
}

BulkProtocolWriter::~BulkProtocolWriter()
{
    sqlite3_finalize(m_territory);
    sqlite3_finalize(m_protocol);
    sqlite3_exec(m_db, "PRAGMA cache_size = -2000", nullptr, nullptr, nullptr);
}

void BulkProtocolWriter::fail(const QString &what) const
{
    throw SaylauError(tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

qint64 BulkProtocolWriter::addTerritory(qint64 parentId, TerritoryNode::Level level, QByteArrayView code,
                                        QByteArrayView name, QByteArrayView address)
{
    if (parentId > 0)
        sqlite3_bind_int64(m_territory, 1, parentId);
    else
        sqlite3_bind_null(m_territory, 1);
    sqlite3_bind_text(m_territory, 2, levelText(level), -1, SQLITE_STATIC);
    bindText(m_territory, 3, code);
    bindText(m_territory, 4, name);
    bindText(m_territory, 5, address);
    const int status = sqlite3_step(m_territory);
    sqlite3_reset(m_territory);
    if (status != SQLITE_DONE)
        fail(tr("adding %1 %2").arg(QString::fromUtf8(levelText(level)), QString::fromUtf8(code.isEmpty() ? name : code)));
    return sqlite3_last_insert_rowid(m_db);
}

bool BulkProtocolWriter::saveProtocol(qint64 territoryId, const Figures &figures, QByteArrayView extraJson)
{
    m_codec.encodeInto(figures, m_figures);
    sqlite3_bind_int64(m_protocol, 2, territoryId);
    bindText(m_protocol, 5, m_figures);
    bindText(m_protocol, 6, extraJson.isEmpty() ? QByteArrayView("{}") : extraJson);
    const int status = sqlite3_step(m_protocol);
    sqlite3_reset(m_protocol);
    if (status != SQLITE_DONE)
        fail(tr("saving the protocol of territory %1").arg(territoryId));
    return sqlite3_changes(m_db) > 0;
}

} // namespace saylau

#include "PrecinctRegions.h"

#include "SqlDialect.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"

#include "../domain/SaylauError.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include <sqlite3.h>

namespace saylau {

namespace {

// Ids grow as nodes are added and a parent is always added before its children (CampaignStore::allTerritory).
constexpr char skeleton[] = "SELECT id, parent_id, level FROM territory ORDER BY id";

} // namespace

PrecinctRegions::PrecinctRegions(const CampaignStore &store)
{
    if (store.dialect().engine() == SqlDialect::Engine::SQLite) {
        // SQLite's C API: the level's bytes read in place, no QVariant per value.
        SqliteStatement query(SqliteHandle::of(store.database()), skeleton, tr("reading the territory"));
        while (query.step()) {
            const QByteArrayView level(reinterpret_cast<const char *>(sqlite3_column_text(query.handle(), 2)),
                                       sqlite3_column_bytes(query.handle(), 2));
            add(query.integer(0), query.integer(1), level);
        }
        return;
    }
    QSqlQuery query(store.database());
    store.dialect().streamRows(query);
    if (!query.exec(QString::fromLatin1(skeleton)))
        throw SaylauError(tr("reading the territory failed: %1").arg(query.lastError().text()));
    while (query.next())
        add(query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString().toUtf8());
}

void PrecinctRegions::add(qint64 id, qint64 parentId, QByteArrayView level)
{
    static const QByteArray precinct = TerritoryNode::levelName(TerritoryNode::Level::Precinct).toLatin1();
    static const QByteArray region = TerritoryNode::levelName(TerritoryNode::Level::Region).toLatin1();
    if (level == precinct) {
        m_precincts.push_back(id);
        m_regions.push_back(m_regionOfOther.value(parentId));
    } else {
        m_regionOfOther.insert(id, level == region ? id : m_regionOfOther.value(parentId));
    }
}

std::optional<qint64> PrecinctRegions::regionOf(qint64 id) const
{
    // The next few places after the last answer, then a binary search.
    size_t at = m_last;
    while (at < m_precincts.size() && at < m_last + 4 && m_precincts[at] < id)
        ++at;
    if (at >= m_precincts.size() || m_precincts[at] != id)
        at = size_t(std::lower_bound(m_precincts.begin(), m_precincts.end(), id) - m_precincts.begin());
    if (at >= m_precincts.size() || m_precincts[at] != id)
        return std::nullopt;
    m_last = at;
    return m_regions[at];
}

} // namespace saylau

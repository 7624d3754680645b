#include "PrecinctRegions.h"

#include "ShortBytes.h"
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

// In id order, the precincts come sorted for regionOf. A parent usually comes before its children (ids grow as
// nodes are added), but not always: a node moved under one added after it comes before its new parent.
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
        resolveLateParents();
        return;
    }
    QSqlQuery query(store.database());
    store.dialect().streamRows(query);
    if (!query.exec(QString::fromLatin1(skeleton)))
        throw SaylauError(tr("reading the territory failed: %1").arg(query.lastError().text()));
    while (query.next())
        add(query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString().toUtf8());
    resolveLateParents();
}

size_t PrecinctRegions::precinctBound(const CampaignStore &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM territory")))
        throw SaylauError(tr("reading the territory failed: %1").arg(query.lastError().text()));
    return query.next() ? size_t(std::max<qint64>(query.value(0).toLongLong(), 0)) : 0;
}

void PrecinctRegions::add(qint64 id, qint64 parentId, QByteArrayView level)
{
    static const QByteArray precinct = TerritoryNode::levelName(TerritoryNode::Level::Precinct).toLatin1();
    static const QByteArray region = TerritoryNode::levelName(TerritoryNode::Level::Region).toLatin1();
    const auto parentRegion = [this](qint64 parent) -> std::optional<qint64> {
        if (parent == 0)
            return 0; // the root's children: no region above them
        const auto found = m_regionOfOther.constFind(parent);
        return found != m_regionOfOther.cend() ? std::optional(*found) : std::nullopt;
    };
    if (sameShortBytes(level, precinct)) {
        // A district's precincts come one after another: its region is looked up once for them.
        if (parentId != m_lastParent) {
            m_lastParentRegion = parentRegion(parentId);
            m_lastParent = m_lastParentRegion ? parentId : -1;
        }
        if (!m_lastParentRegion)
            m_lateParents.push_back({m_precincts.size(), parentId});
        m_precincts.push_back(id);
        m_regions.push_back(m_lastParentRegion.value_or(0));
    } else if (sameShortBytes(level, region)) {
        m_regionOfOther.insert(id, id);
    } else if (const std::optional<qint64> above = parentRegion(parentId)) {
        m_regionOfOther.insert(id, *above);
    } else {
        m_lateOthers.push_back({id, parentId});
    }
}

void PrecinctRegions::resolveLateParents()
{
    // Districts (and the like) read before their parents: each round settles those whose parent is settled.
    // The tree has no cycle, so every round settles one at least, until none is left or only orphans are.
    for (bool settled = true; settled && !m_lateOthers.empty();) {
        settled = false;
        for (auto node = m_lateOthers.begin(); node != m_lateOthers.end();) {
            const auto found = m_regionOfOther.constFind(node->second);
            if (found == m_regionOfOther.cend()) {
                ++node;
                continue;
            }
            m_regionOfOther.insert(node->first, *found);
            node = m_lateOthers.erase(node);
            settled = true;
        }
    }
    for (const auto &[at, parent] : m_lateParents)
        m_regions[at] = m_regionOfOther.value(parent);
    m_lateOthers.clear();
    m_lateParents.clear();
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

#pragma once

#include "CampaignStore.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <vector>

namespace saylau {

// Which region each precinct lies in, for analyses that walk every precinct's figures and need no name of a
// precinct or district (election forensics). The whole tree is read narrowly, ids, parents and levels only:
// on 95,000 precincts a tenth of what reading every node whole (CampaignStore::allTerritory) costs.
class PrecinctRegions
{
    Q_DECLARE_TR_FUNCTIONS(PrecinctRegions)

public:
    // Throws SaylauError when the territory cannot be read.
    explicit PrecinctRegions(const CampaignStore &store);

    // When the node is a precinct, the region above it (0 when its path has no region). Fastest asked in
    // ascending order of id, as the protocols are read: each answer starts from where the last one was found
    // (so one thread at a time).
    std::optional<qint64> regionOf(qint64 id) const;
    // At least as many as there are precincts, without reading the tree: the largest territory id (ids are
    // positive and unique). Throws SaylauError when the territory cannot be read.
    static size_t precinctBound(const CampaignStore &store);

private:
    // A node's region, from its parent's when the parent was read already; otherwise settled at the end.
    void add(qint64 id, qint64 parentId, QByteArrayView level);
    void resolveLateParents();

    // The precincts in ascending order of id (as read), beside their regions: a hash of 95,000 ids missed
    // the cache on every look-up.
    std::vector<qint64> m_precincts;
    std::vector<qint64> m_regions;
    mutable size_t m_last = 0;
    QHash<qint64, qint64> m_regionOfOther; // regions, districts and countries
    qint64 m_lastParent = -1;              // the parent of the precinct added last, and its region
    std::optional<qint64> m_lastParentRegion;
    // Read before their parents: precincts (their place in m_regions) and other nodes (their ids), each with
    // its parent's id.
    std::vector<std::pair<size_t, qint64>> m_lateParents;
    std::vector<std::pair<qint64, qint64>> m_lateOthers;
};

} // namespace saylau

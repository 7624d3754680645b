#pragma once

#include "CampaignStore.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

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

    // Whether the node is a precinct, and then the region above it (0 when its path has no region).
    bool isPrecinct(qint64 id) const { return m_regionOfPrecinct.contains(id); }
    qint64 regionOf(qint64 precinctId) const { return m_regionOfPrecinct.value(precinctId); }

private:
    // A node's region, given its parent's: parents come before children in id order.
    void add(qint64 id, qint64 parentId, QByteArrayView level);

    QHash<qint64, qint64> m_regionOfPrecinct;
    QHash<qint64, qint64> m_regionOfOther; // regions, districts and countries
};

} // namespace saylau

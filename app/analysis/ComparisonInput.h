#pragma once

#include "../domain/Contest.h"
#include "../domain/Figures.h"
#include "../domain/TerritoryIndex.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace saylau {

class CampaignStore;

// Both sources of one contest in memory, by territory node: the official figures and every observer copy.
// Read from the campaign in one streaming pass per source; DiscrepancyFinder then compares them as often as
// asked (with and without doubtful copies, for instance) without reading the file again.
class ComparisonInput
{
public:
    struct Official
    {
        qint64 protocolId = 0;
        Figures figures;
    };

    struct Copy
    {
        qint64 protocolId = 0;
        QString label;
        Figures figures;
    };

    // tree: the whole territory, parents before children (CampaignStore::allTerritory()).
    ComparisonInput(const Contest &contest, QList<TerritoryNode> tree);

    // Throws SaylauError (no such contest, unreadable file).
    static ComparisonInput load(const CampaignStore &store, const QString &contestId);

    // A second official record of a node replaces the first; protocols of unknown nodes are counted as
    // orphans, not silently dropped.
    void addOfficial(qint64 territoryId, qint64 protocolId, Figures figures);
    void addCopy(qint64 territoryId, qint64 protocolId, const QString &label, Figures figures);

    const Contest &contest() const { return m_contest; }
    const TerritoryIndex &territory() const { return m_territory; }
    int nodeCount() const { return int(m_territory.nodes().size()); }
    // Position of a node in territory().nodes(); -1 when unknown.
    int indexOf(qint64 territoryId) const { return m_indexById.value(territoryId, -1); }

    const Official *official(int nodeIndex) const;
    const QList<Copy> &copies(int nodeIndex) const { return m_copies[size_t(nodeIndex)]; }
    int orphanProtocols() const { return m_orphans; }

private:
    Contest m_contest;
    TerritoryIndex m_territory;
    QHash<qint64, int> m_indexById;
    std::vector<std::optional<Official>> m_official;
    std::vector<QList<Copy>> m_copies;
    int m_orphans = 0;
};

} // namespace saylau

#include "Aggregator.h"

#include "../domain/Protocol.h"
#include "../storage/CampaignStore.h"

namespace saylau {

Aggregator::Aggregator(const Contest &contest, const QList<TerritoryNode> &tree)
    : m_evaluator(contest)
    , m_tree(tree)
    , m_grandTotal(contest.slotCount())
    , m_empty(contest.slotCount())
{
    m_indexOf.reserve(tree.size());
    for (int i = 0; i < tree.size(); ++i)
        m_indexOf.insert(tree.at(i).id, i);
    m_totals.resize(size_t(tree.size()));
    m_seen.resize(size_t(tree.size()));
}

Aggregator Aggregator::fromStore(const CampaignStore &store, const QString &contestId, SourceKind source)
{
    Aggregator aggregator(store.contest(contestId), store.allTerritory());
    // Only the territory and the figures: a report needs none of a protocol's text columns.
    store.forEachFigures(contestId, source, [&aggregator](const CampaignStore::FiguresRow &row) {
        aggregator.add(row.territoryId, row.figures);
    });
    aggregator.finish();
    return aggregator;
}

void Aggregator::add(const Protocol &protocol)
{
    add(protocol.territoryId, protocol.figures);
}

void Aggregator::add(qint64 territoryId, const Figures &figures)
{
    const auto at = m_indexOf.constFind(territoryId);
    if (at == m_indexOf.cend()) {
        ++m_orphans;
        return;
    }
    if (m_seen[size_t(*at)]) {
        ++m_skippedCopies;
        return;
    }
    m_seen[size_t(*at)] = true;

    std::array<std::optional<qint64>, std::size(allMeasures)> measures;
    for (Measure m : allMeasures)
        measures[size_t(m)] = m_evaluator.measure(m, figures);
    Totals &own = m_totals[size_t(*at)];
    own.addProtocol(figures, measures);
    // A unit a TIK counted itself adds its figures but is no precinct.
    if (m_tree.at(*at).level == TerritoryNode::Level::Precinct)
        own.precincts = m_tree.at(*at).countedByCommission ? 0 : 1;
    else
        own.published = true;
}

void Aggregator::finish()
{
    m_grandTotal = Totals(contest().slotCount());
    // In place: a node's own figures become its subtree's totals. Which nodes had figures of their own is
    // noted first, since children are added into parents that had none.
    std::vector<bool> hasOwn(m_totals.size());
    for (size_t i = 0; i < m_totals.size(); ++i)
        hasOwn[i] = !m_totals[i].isEmpty();
    // Parents come before children, so walking backwards finishes every child before its parent.
    for (int i = int(m_tree.size()) - 1; i >= 0; --i) {
        const Totals &subtree = m_totals[size_t(i)];
        const TerritoryNode &node = m_tree.at(i);
        const auto parent = m_indexOf.constFind(node.parentId);
        if (node.parentId != 0 && parent != m_indexOf.cend()) {
            if (!hasOwn[size_t(*parent)])
                m_totals[size_t(*parent)].add(subtree);
        } else {
            m_grandTotal.add(subtree);
            // A country-wide published result is the contest's published total, and says so.
            m_grandTotal.published = m_grandTotal.published || subtree.published;
        }
    }
    m_seen = {};
}

const Totals &Aggregator::totals(qint64 nodeId) const
{
    const auto at = m_indexOf.constFind(nodeId);
    if (at == m_indexOf.cend())
        return m_empty;
    return m_totals[size_t(*at)];
}

} // namespace saylau

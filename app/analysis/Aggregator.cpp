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
    m_own.fill(Totals(contest.slotCount()), tree.size());
}

Aggregator Aggregator::fromStore(const CampaignStore &store, const QString &contestId, SourceKind source)
{
    Aggregator aggregator(store.contest(contestId), store.allTerritory());
    store.forEachProtocol(contestId, source, [&aggregator](const Protocol &protocol) { aggregator.add(protocol); });
    aggregator.finish();
    return aggregator;
}

void Aggregator::add(const Protocol &protocol)
{
    const auto at = m_indexOf.constFind(protocol.territoryId);
    if (at == m_indexOf.cend()) {
        ++m_orphans;
        return;
    }
    if (m_seen.contains(protocol.territoryId)) {
        ++m_skippedCopies;
        return;
    }
    m_seen.insert(protocol.territoryId);

    std::array<std::optional<qint64>, std::size(allMeasures)> measures;
    for (Measure m : allMeasures)
        measures[size_t(m)] = m_evaluator.measure(m, protocol.figures);
    Totals &own = m_own[*at];
    own.addProtocol(protocol.figures, measures);
    // A unit a TIK counted itself adds its figures but is no precinct.
    if (m_tree.at(*at).level == TerritoryNode::Level::Precinct)
        own.precincts = m_tree.at(*at).countedByCommission ? 0 : 1;
    else
        own.published = true;
}

void Aggregator::finish()
{
    const int slotCount = contest().slotCount();
    m_subtree.fill(Totals(slotCount), m_tree.size());
    m_grandTotal = Totals(slotCount);
    // Parents come before children, so walking backwards finishes every child before its parent.
    for (int i = int(m_tree.size()) - 1; i >= 0; --i) {
        const Totals &own = m_own.at(i);
        if (!own.isEmpty())
            m_subtree[i] = own;
        const TerritoryNode &node = m_tree.at(i);
        const auto parent = m_indexOf.constFind(node.parentId);
        if (node.parentId != 0 && parent != m_indexOf.cend()) {
            if (m_own.at(*parent).isEmpty())
                m_subtree[*parent].add(m_subtree.at(i));
        } else {
            m_grandTotal.add(m_subtree.at(i));
            // A country-wide published result is the contest's published total, and says so.
            m_grandTotal.published = m_grandTotal.published || m_subtree.at(i).published;
        }
    }
    m_own.clear();
}

const Totals &Aggregator::totals(qint64 nodeId) const
{
    const auto at = m_indexOf.constFind(nodeId);
    if (at == m_indexOf.cend() || *at >= m_subtree.size())
        return m_empty;
    return m_subtree.at(*at);
}

} // namespace saylau

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
    m_totals.resize(tree.size());
    m_seen.resize(size_t(tree.size()));
    m_hasChildren.resize(size_t(tree.size()));
    for (int i = 0; i < tree.size(); ++i) {
        if (const int parent = parentIndex(i); parent >= 0)
            m_hasChildren[size_t(parent)] = true;
    }
}

Aggregator Aggregator::fromStore(const CampaignStore &store, const QString &contestId, SourceKind source)
{
    return fromStore(store, contestId, source, store.allTerritory());
}

Aggregator Aggregator::fromStore(const CampaignStore &store, const QString &contestId, SourceKind source,
                                 const QList<TerritoryNode> &tree)
{
    Aggregator aggregator(store.contest(contestId), tree);
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
        ++m_skippedAt[*at];
        return;
    }
    m_seen[size_t(*at)] = true;
    m_totals[*at] = ownTotals(*at, figures);
}

Totals Aggregator::ownTotals(int index, const Figures &figures) const
{
    std::array<std::optional<qint64>, std::size(allMeasures)> measures;
    for (Measure m : allMeasures)
        measures[size_t(m)] = m_evaluator.measure(m, figures);
    Totals own;
    own.addProtocol(figures, measures);
    // A unit a TIK counted itself adds its figures but is no precinct.
    if (m_tree.at(index).level == TerritoryNode::Level::Precinct)
        own.precincts = m_tree.at(index).countedByCommission ? 0 : 1;
    else
        own.published = true;
    return own;
}

int Aggregator::parentIndex(int index) const
{
    const qint64 parentId = m_tree.at(index).parentId;
    return parentId != 0 ? m_indexOf.value(parentId, -1) : -1;
}

void Aggregator::finish()
{
    // In place: a node's own figures become its subtree's totals. Which nodes had figures of their own is
    // m_seen, since children are added into parents that had none.
    // Parents come before children, so walking backwards finishes every child before its parent.
    for (int i = int(m_tree.size()) - 1; i >= 0; --i) {
        const int parent = parentIndex(i);
        if (parent >= 0 && !m_seen[size_t(parent)])
            m_totals[parent].add(m_totals.at(i));
    }
    sumRoots();
}

void Aggregator::sumRoots()
{
    m_grandTotal = Totals(contest().slotCount());
    for (int i = 0; i < m_tree.size(); ++i) {
        if (parentIndex(i) >= 0)
            continue;
        const Totals &subtree = m_totals.at(i);
        m_grandTotal.add(subtree);
        // A country-wide published result is the contest's published total, and says so.
        m_grandTotal.published = m_grandTotal.published || subtree.published;
    }
}

bool Aggregator::replacePrecinct(qint64 territoryId, const QList<Figures> &protocols)
{
    const auto at = m_indexOf.constFind(territoryId);
    if (at == m_indexOf.cend() || m_hasChildren[size_t(*at)])
        return false;
    const int index = *at;
    const Totals before = m_totals.at(index);
    const Totals after = protocols.isEmpty() ? Totals() : ownTotals(index, protocols.constFirst());
    m_totals[index] = after;
    m_seen[size_t(index)] = !protocols.isEmpty();
    const int skipped = int(std::max<qsizetype>(0, protocols.size() - 1));
    m_skippedCopies += skipped - m_skippedAt.value(index);
    if (skipped > 0)
        m_skippedAt.insert(index, skipped);
    else
        m_skippedAt.remove(index);
    // Up to the first node whose own figures stand for its subtree, as finish() sums.
    for (int node = parentIndex(index); node >= 0; node = parentIndex(node)) {
        if (m_seen[size_t(node)])
            return true;
        m_totals[node].subtract(before);
        m_totals[node].add(after);
    }
    sumRoots();
    return true;
}

bool Aggregator::hasOwnProtocol(qint64 nodeId) const
{
    const auto at = m_indexOf.constFind(nodeId);
    return at != m_indexOf.cend() && m_seen[size_t(*at)];
}

const Totals &Aggregator::totals(qint64 nodeId) const
{
    const auto at = m_indexOf.constFind(nodeId);
    if (at == m_indexOf.cend())
        return m_empty;
    return m_totals[size_t(*at)];
}

} // namespace saylau

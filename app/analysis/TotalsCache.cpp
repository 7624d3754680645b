#include "TotalsCache.h"

#include "../domain/Protocol.h"
#include "../domain/SaylauError.h"
#include "../storage/CampaignNotifier.h"
#include "../storage/CampaignStore.h"

#include <functional>

namespace saylau {

TotalsCache::TotalsCache(const CampaignStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&store.notifier(), &CampaignNotifier::protocolsChanged, this, &TotalsCache::protocolsChanged);
    connect(&store.notifier(), &CampaignNotifier::territoryChanged, this, &TotalsCache::territoryChanged);
}

TotalsCache::~TotalsCache() = default;

QList<TerritoryNode> TotalsCache::tree()
{
    forgetOthersChanges();
    if (!m_tree)
        m_tree = m_store.allTerritory();
    return *m_tree;
}

const Aggregator &TotalsCache::aggregator(const QString &contestId, SourceKind source)
{
    forgetOthersChanges();
    applySaves(contestId);
    std::unique_ptr<Aggregator> &kept = m_aggregators[contestId][size_t(source)];
    if (!kept)
        kept = std::make_unique<Aggregator>(Aggregator::fromStore(m_store, contestId, source, tree()));
    return *kept;
}

namespace {

// Adds 1 to every node above each precinct counted, as far as the tree goes.
QHash<qint64, int> countAbove(const QList<TerritoryNode> &tree, const std::function<bool(const TerritoryNode &)> &counted)
{
    QHash<qint64, qint64> parentOf;
    for (const TerritoryNode &node : tree) {
        if (node.level != TerritoryNode::Level::Precinct)
            parentOf.insert(node.id, node.parentId);
    }
    QHash<qint64, int> counts;
    for (const TerritoryNode &node : tree) {
        if (node.level != TerritoryNode::Level::Precinct || !counted(node))
            continue;
        for (qint64 above = node.parentId; above != 0; above = parentOf.value(above))
            ++counts[above];
    }
    return counts;
}

} // namespace

QHash<qint64, int> TotalsCache::precinctCounts()
{
    return countAbove(tree(), [](const TerritoryNode &node) { return !node.countedByCommission; });
}

QHash<qint64, int> TotalsCache::reportedPrecinctCounts(const QString &contestId)
{
    if (contestId.isEmpty())
        return {};
    QSet<qint64> reported;
    // One source at a time: asking for the other may read again, and drop, the first.
    for (SourceKind source : {SourceKind::Observer, SourceKind::Official}) {
        const Aggregator &sums = aggregator(contestId, source);
        for (const TerritoryNode &node : sums.tree()) {
            if (node.level == TerritoryNode::Level::Precinct && sums.hasOwnProtocol(node.id))
                reported.insert(node.id);
        }
    }
    // A unit a TIK counted itself has its protocol, but adds no precinct to the nodes above.
    QHash<qint64, int> counts = countAbove(tree(), [&reported](const TerritoryNode &node) {
        return !node.countedByCommission && reported.contains(node.id);
    });
    for (const qint64 precinct : std::as_const(reported))
        counts.insert(precinct, 1);
    return counts;
}

void TotalsCache::protocolsChanged(const QString &contestId, qint64 territoryId)
{
    if (contestId.isEmpty()) {
        m_aggregators.clear();
        m_saved.clear();
    } else if (territoryId == 0) {
        forgetContest(contestId);
    } else if (m_aggregators.count(contestId) > 0) {
        m_saved[contestId].insert(territoryId);
    }
}

void TotalsCache::territoryChanged()
{
    m_tree.reset();
    m_aggregators.clear();
    m_saved.clear();
}

void TotalsCache::forgetOthersChanges()
{
    const qint64 changes = m_store.otherConnectionsChanges();
    if (m_othersChanges && changes != *m_othersChanges)
        territoryChanged();
    m_othersChanges = changes;
}

void TotalsCache::applySaves(const QString &contestId)
{
    const QSet<qint64> saved = m_saved.take(contestId);
    if (saved.isEmpty())
        return;
    auto &bySource = m_aggregators[contestId];
    try {
        for (const qint64 territoryId : saved) {
            std::array<QList<Figures>, 2> figures;
            // In the store's order (source, then copy), as the whole contest is read: the first copy counts.
            for (const Protocol &protocol : m_store.protocolsAt(territoryId, contestId))
                figures[size_t(protocol.source)].append(protocol.figures);
            for (size_t source = 0; source < bySource.size(); ++source) {
                if (bySource[source] && !bySource[source]->replacePrecinct(territoryId, figures[source]))
                    bySource[source].reset();
            }
        }
    } catch (const SaylauError &) {
        // Sums half brought up to date are no sums: read again when next asked for.
        forgetContest(contestId);
        throw;
    }
}

void TotalsCache::forgetContest(const QString &contestId)
{
    m_aggregators.erase(contestId);
    m_saved.remove(contestId);
}

} // namespace saylau

#pragma once

#include "Aggregator.h"

#include "../domain/SourceKind.h"
#include "../domain/TerritoryNode.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <array>
#include <map>
#include <memory>
#include <optional>

namespace saylau {

class CampaignStore;

// The sums of an open campaign, read once and kept while it changes: the territory tree and, per contest and
// source, the aggregation of its protocols (Aggregator::fromStore). The navigator's counts, the overview and
// the charts of one program share them instead of each reading the country again.
//
// It follows the store's CampaignNotifier, which also carries other programs' announcements on a server: a
// saved protocol is summed in again where it lies (Aggregator::replacePrecinct), an import or a change of the
// tree drops what it touched. A commit to the file by another connection that nobody announced here (a CLI
// import beside the desktop program) is seen by SQLite's data_version and drops everything. Changes are
// applied when the sums are next asked for, so a view told of a save before this cache reads the right sums.
class TotalsCache : public QObject
{
    Q_OBJECT

public:
    // The store must outlive the cache; the cache must be made before any view that reads it listens to the
    // store, so that it hears of every change first.
    explicit TotalsCache(const CampaignStore &store, QObject *parent = nullptr);
    ~TotalsCache() override;

    const CampaignStore &store() const { return m_store; }
    // CampaignStore::allTerritory. Throws SaylauError when the store cannot be read.
    QList<TerritoryNode> tree();
    // The contest's protocols of one source summed over the tree, as Aggregator::fromStore sums them. The
    // reference holds until the next call. Throws SaylauError when the store cannot be read.
    const Aggregator &aggregator(const QString &contestId, SourceKind source);

    // The navigator's counts: precincts under each node that is not a precinct, at any depth (a node with none
    // is absent); the units of votes a TIK counted itself are no precincts. Throws SaylauError.
    QHash<qint64, int> precinctCounts();
    // The same, counting only the precincts with at least one protocol of the contest (of either source); such
    // a precinct counts 1 for itself too. No contest: none. Throws SaylauError.
    QHash<qint64, int> reportedPrecinctCounts(const QString &contestId);

private:
    void protocolsChanged(const QString &contestId, qint64 territoryId);
    void territoryChanged();
    // Everything read from a file another connection has written since is forgotten.
    void forgetOthersChanges();
    void applySaves(const QString &contestId);
    void forgetContest(const QString &contestId);

    const CampaignStore &m_store;
    std::optional<QList<TerritoryNode>> m_tree;
    // By contest, then by source (SourceKind's value).
    std::map<QString, std::array<std::unique_ptr<Aggregator>, 2>> m_aggregators;
    // By contest: the precincts whose protocols were saved since the sums were last asked for.
    QHash<QString, QSet<qint64>> m_saved;
    // Read with the first sums, not when made: making a cache reads nothing and cannot fail.
    std::optional<qint64> m_othersChanges;
};

} // namespace saylau

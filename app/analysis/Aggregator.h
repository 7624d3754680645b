#pragma once

#include "Totals.h"

#include "../domain/Contest.h"
#include "../domain/SourceKind.h"
#include "../domain/TerritoryNode.h"
#include "../forms/FormEvaluator.h"

#include <QHash>
#include <QList>

#include <vector>

namespace saylau {

class CampaignStore;
struct Protocol;

// Sums one contest's protocols of one source over the territory tree. Feed it protocols (in any order), then
// finish(); every node then holds the totals of its subtree.
//
// Two rules decide what is summed:
// - One protocol per precinct: when observers brought several copies of one precinct, the first one added
//   counts and the others are only counted in skippedCopies() (comparing copies is a check, not a sum).
// - Figures published for a node itself (an official total of a TIK, a region, the country) take precedence
//   over the sum of the precincts below it, so that a country-wide official result is never added to the
//   official figures of the precincts it already includes.
class Aggregator
{
public:
    // tree: the whole territory, parents before children (CampaignStore::allTerritory()).
    Aggregator(const Contest &contest, const QList<TerritoryNode> &tree);

    // Reads every protocol of the contest and source from the store, and finishes.
    static Aggregator fromStore(const CampaignStore &store, const QString &contestId, SourceKind source);
    // The same over a tree already read (CampaignStore::allTerritory).
    static Aggregator fromStore(const CampaignStore &store, const QString &contestId, SourceKind source,
                                const QList<TerritoryNode> &tree);

    void add(const Protocol &protocol);
    // The same from a protocol's territory and figures alone, as the store streams them.
    void add(qint64 territoryId, const Figures &figures);
    void finish();

    // After finish(): the protocols now stored for one precinct (of this contest and source, in the store's
    // order, so that the first counts) take the place of those summed before, in the precinct and in every
    // total above it, exactly as a new read of the whole contest would sum them. A save costs a few additions
    // instead of a read of the country. False, and nothing changed, when the node is not a precinct of this
    // tree with no node below it (a TIK's total stands in for what its precincts sum): then read the contest
    // again.
    bool replacePrecinct(qint64 territoryId, const QList<Figures> &protocols);

    const Contest &contest() const { return m_evaluator.contest(); }
    const FormEvaluator &evaluator() const { return m_evaluator; }
    const QList<TerritoryNode> &tree() const { return m_tree; }

    // The totals of a node's subtree (empty totals for an unknown node or one with no protocol below).
    const Totals &totals(qint64 nodeId) const;
    // Whether a protocol of the node itself was summed (not only protocols below it).
    bool hasOwnProtocol(qint64 nodeId) const;
    // All root nodes together: the whole contest.
    const Totals &grandTotal() const { return m_grandTotal; }
    int skippedCopies() const { return m_skippedCopies; }
    // Protocols whose territory is not in the tree: a damaged file, reported rather than silently dropped.
    int orphanProtocols() const { return m_orphans; }

private:
    // The totals of one protocol at the node of this index, as the node's own.
    Totals ownTotals(int index, const Figures &figures) const;
    // The index of a node's parent in the tree, -1 for a root (or a parent outside the tree).
    int parentIndex(int index) const;
    void sumRoots();

    FormEvaluator m_evaluator;
    QList<TerritoryNode> m_tree;
    QHash<qint64, int> m_indexOf;
    // By node: the figures of protocols at the node itself before finish(), its subtree's totals after.
    // A node with no protocol holds an empty Totals, which allocates nothing: a whole country's tree costs
    // memory only where there are figures. Implicitly shared, so that a copy of a finished aggregation (a
    // chart's, from TotalsCache) costs nothing until one of them changes.
    QList<Totals> m_totals;
    // By node: whether a protocol of the node itself was added (further ones are copies, not summed). Kept
    // after finish(): a node with figures of its own does not sum its children.
    std::vector<bool> m_seen;
    std::vector<bool> m_hasChildren;
    // By node index: the further copies not summed there, where there are any.
    QHash<int, int> m_skippedAt;
    Totals m_grandTotal;
    Totals m_empty;
    int m_skippedCopies = 0;
    int m_orphans = 0;
};

} // namespace saylau

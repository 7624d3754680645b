#pragma once

#include "../domain/PrecinctStatus.h"
#include "../domain/TerritoryNode.h"
#include "../entry/EntryStore.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <array>

namespace saylau {

class FormEvaluator;

// The status of every precinct in one contest (not entered, entered, verified, differs from the official
// figures, failing a control relation) and how many precincts of each status lie under every node of the
// tree. Built in one pass over the observer protocols; a save updates one precinct and its ancestors.
//
// Whether a precinct differs from the official figures, and whether that rests on a doubtful copy, is
// DiscrepancyFinder's answer for the precinct, asked with the same figures: the navigator and the
// discrepancy views never disagree on it.
class PrecinctStatusIndex
{
public:
    using Counts = std::array<int, PrecinctStatusCount>;

    // The whole territory tree, parents before children (CampaignStore::allTerritory()). Throws SaylauError
    // when the contest's form cannot be compiled.
    void build(const EntryStore &entries, const FormEvaluator &evaluator, const QList<TerritoryNode> &territory);

    PrecinctStatus status(qint64 precinctId) const;
    // Precincts of each status under a node (a precinct counts itself).
    Counts counts(qint64 nodeId) const;
    // The precincts behind one of those counts (ids, in no particular order): the list a count opens.
    QList<qint64> precincts(qint64 nodeId, PrecinctStatus status) const;
    // Precincts under a node whose every observer protocol is verified, whatever else their status says:
    // a verified protocol that fails a control relation (confirmed so by a person) shows as a relation error,
    // yet it is verified, and the overview's count of verified precincts must agree with what is stored.
    int verifiedCount(qint64 nodeId) const { return m_verifiedCounts.value(nodeId); }
    // The precincts behind verifiedCount().
    QList<qint64> verifiedPrecincts(qint64 nodeId) const;
    // A precinct's status changed (after a save): moves it between the counts of all its ancestors.
    void setStatus(qint64 precinctId, PrecinctStatus status);
    void setVerified(qint64 precinctId, bool verified);
    // Reads one precinct's protocols again (after a save) and updates its status; returns it.
    PrecinctStatus refresh(const EntryStore &entries, const FormEvaluator &evaluator, qint64 precinctId);

private:
    void addToAncestors(qint64 precinctId, PrecinctStatus status, int delta);
    bool isUnder(qint64 precinctId, qint64 nodeId) const;

    QHash<qint64, qint64> m_parentOf;
    QHash<qint64, PrecinctStatus> m_status;
    QHash<qint64, Counts> m_counts;
    QSet<qint64> m_verified;
    QHash<qint64, int> m_verifiedCounts;
};

} // namespace saylau

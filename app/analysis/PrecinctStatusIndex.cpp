#include "PrecinctStatusIndex.h"

#include "ComparisonInput.h"
#include "DiscrepancyFinder.h"

#include "../forms/FormEvaluator.h"

#include <algorithm>
#include <optional>

namespace saylau {

namespace {

// The observer copies of one precinct, gathered from the territory-ordered stream and judged together: the
// comparison engine answers for the precinct as a whole (copies that disagree among themselves are not a
// difference with the official figures), never for one copy alone.
class PrecinctCopies
{
public:
    explicit PrecinctCopies(const Contest &contest)
        // The finder is asked one precinct at a time: its input lends it the contest, no territory.
        : m_input(contest, {})
        , m_finder(m_input)
    {
    }

    qint64 territoryId() const { return m_territoryId; }
    bool isEmpty() const { return m_copies.isEmpty(); }
    // Whether every copy gathered so far is verified (asked before take()).
    bool allVerified() const { return !m_copies.isEmpty() && m_allVerified; }

    void add(const EntryStore::ObserverState &state)
    {
        m_territoryId = state.territoryId;
        m_copies.append({0, QString(), state.figures});
        m_allVerified = m_allVerified && state.status == EntryStatus::Verified;
        if (state.official && !m_official)
            m_official = ComparisonInput::Official{0, *state.official};
    }

    // The status of the copies gathered so far, which are then let go for the next precinct.
    PrecinctStatus take()
    {
        const Discrepancy d =
            m_finder.comparePrecinct(m_official ? &*m_official : nullptr, m_copies, DiscrepancyFinder::Options());
        PrecinctStatus status = m_allVerified ? PrecinctStatus::Verified : PrecinctStatus::Entered;
        if (std::any_of(d.copies.cbegin(), d.copies.cend(), [](const Discrepancy::Copy &c) { return c.failedRelations > 0; }))
            status = PrecinctStatus::RelationError;
        else if (d.kind == Discrepancy::Kind::Differs)
            status = d.doubtful ? PrecinctStatus::DiffersOnDoubtfulCopy : PrecinctStatus::DiffersFromOfficial;
        m_copies.clear();
        m_official.reset();
        m_allVerified = true;
        return status;
    }

private:
    ComparisonInput m_input;
    DiscrepancyFinder m_finder;
    qint64 m_territoryId = 0;
    QList<ComparisonInput::Copy> m_copies;
    std::optional<ComparisonInput::Official> m_official;
    bool m_allVerified = true;
};

} // namespace

void PrecinctStatusIndex::build(const EntryStore &entries, const FormEvaluator &evaluator,
                                const QList<TerritoryNode> &territory)
{
    m_parentOf.clear();
    m_status.clear();
    m_counts.clear();
    m_verified.clear();
    m_verifiedCounts.clear();
    for (const TerritoryNode &node : territory) {
        m_parentOf.insert(node.id, node.parentId);
        if (node.level == TerritoryNode::Level::Precinct)
            m_status.insert(node.id, PrecinctStatus::NotEntered);
    }
    PrecinctCopies copies(evaluator.contest());
    const auto judge = [&] {
        auto it = m_status.find(copies.territoryId());
        const bool verified = copies.allVerified();
        const PrecinctStatus status = copies.take();
        // Observer protocols of aggregate nodes are not precincts to enter.
        if (it != m_status.end()) {
            *it = status;
            if (verified)
                m_verified.insert(it.key());
        }
    };
    entries.forEachObserverState(evaluator.contest().id, [&](const EntryStore::ObserverState &state) {
        if (!copies.isEmpty() && copies.territoryId() != state.territoryId)
            judge();
        copies.add(state);
    });
    if (!copies.isEmpty())
        judge();
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it)
        addToAncestors(it.key(), it.value(), 1);
    for (const qint64 precinct : std::as_const(m_verified)) {
        for (qint64 node = precinct; node != 0; node = m_parentOf.value(node))
            ++m_verifiedCounts[node];
    }
}

PrecinctStatus PrecinctStatusIndex::refresh(const EntryStore &entries, const FormEvaluator &evaluator,
                                            qint64 precinctId)
{
    PrecinctCopies copies(evaluator.contest());
    entries.forEachObserverState(
        evaluator.contest().id, [&](const EntryStore::ObserverState &state) { copies.add(state); }, precinctId);
    const bool verified = copies.allVerified();
    const PrecinctStatus status = copies.isEmpty() ? PrecinctStatus::NotEntered : copies.take();
    setStatus(precinctId, status);
    setVerified(precinctId, verified);
    return status;
}

void PrecinctStatusIndex::addToAncestors(qint64 precinctId, PrecinctStatus status, int delta)
{
    for (qint64 node = precinctId; node != 0; node = m_parentOf.value(node))
        m_counts[node][size_t(status)] += delta;
}

PrecinctStatus PrecinctStatusIndex::status(qint64 precinctId) const
{
    return m_status.value(precinctId, PrecinctStatus::NotEntered);
}

PrecinctStatusIndex::Counts PrecinctStatusIndex::counts(qint64 nodeId) const
{
    return m_counts.value(nodeId, Counts{});
}

bool PrecinctStatusIndex::isUnder(qint64 precinctId, qint64 nodeId) const
{
    // Up from the precinct to the root: a tree is a few levels deep, a click reads it once.
    for (qint64 node = precinctId; node != 0; node = m_parentOf.value(node)) {
        if (node == nodeId)
            return true;
    }
    return false;
}

QList<qint64> PrecinctStatusIndex::precincts(qint64 nodeId, PrecinctStatus status) const
{
    QList<qint64> found;
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it) {
        if (it.value() == status && isUnder(it.key(), nodeId))
            found.append(it.key());
    }
    return found;
}

QList<qint64> PrecinctStatusIndex::verifiedPrecincts(qint64 nodeId) const
{
    QList<qint64> found;
    for (const qint64 precinct : m_verified) {
        if (isUnder(precinct, nodeId))
            found.append(precinct);
    }
    return found;
}

void PrecinctStatusIndex::setVerified(qint64 precinctId, bool verified)
{
    if (!m_status.contains(precinctId) || m_verified.contains(precinctId) == verified)
        return;
    if (verified)
        m_verified.insert(precinctId);
    else
        m_verified.remove(precinctId);
    for (qint64 node = precinctId; node != 0; node = m_parentOf.value(node))
        m_verifiedCounts[node] += verified ? 1 : -1;
}

void PrecinctStatusIndex::setStatus(qint64 precinctId, PrecinctStatus status)
{
    auto it = m_status.find(precinctId);
    if (it == m_status.end() || *it == status)
        return;
    addToAncestors(precinctId, *it, -1);
    *it = status;
    addToAncestors(precinctId, status, 1);
}

} // namespace saylau

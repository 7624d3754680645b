#include "PrecinctStatusIndex.h"

#include "../forms/FormEvaluator.h"

namespace saylau {

namespace {

// Verified is the calm end of the scale: one copy verified and another merely entered is "entered".
int attention(PrecinctStatus status)
{
    switch (status) {
    case PrecinctStatus::NotEntered: return 0;
    case PrecinctStatus::Verified: return 1;
    case PrecinctStatus::Entered: return 2;
    case PrecinctStatus::DiffersFromOfficial: return 3;
    case PrecinctStatus::RelationError: return 4;
    }
    return 0;
}

// Lines the official record leaves empty are not a difference: it often publishes fewer lines.
bool differs(const Figures &observer, const Figures &official)
{
    const int slotCount = std::max(observer.size(), official.size());
    for (int slot = 0; slot < slotCount; ++slot) {
        if (observer.has(slot) && official.has(slot) && observer.value(slot) != official.value(slot))
            return true;
    }
    return false;
}

} // namespace

PrecinctStatus PrecinctStatusIndex::worse(PrecinctStatus a, PrecinctStatus b)
{
    return attention(a) >= attention(b) ? a : b;
}

PrecinctStatus PrecinctStatusIndex::statusOf(const EntryStore::ObserverState &state, const FormEvaluator &evaluator)
{
    int errors = 0;
    if (state.relationErrors) {
        errors = *state.relationErrors;
    } else {
        const QList<FormEvaluator::Outcome> outcomes = evaluator.evaluateAll(state.figures);
        for (int i = 0; i < outcomes.size(); ++i)
            errors += outcomes.at(i).violated() && evaluator.relations().at(i).relation.severity == Severity::Error;
    }
    if (errors > 0)
        return PrecinctStatus::RelationError;
    if (state.official && differs(state.figures, *state.official))
        return PrecinctStatus::DiffersFromOfficial;
    return state.status == EntryStatus::Verified ? PrecinctStatus::Verified : PrecinctStatus::Entered;
}

void PrecinctStatusIndex::build(const EntryStore &entries, const FormEvaluator &evaluator,
                                const QList<TerritoryNode> &territory)
{
    m_parentOf.clear();
    m_status.clear();
    m_counts.clear();
    for (const TerritoryNode &node : territory) {
        m_parentOf.insert(node.id, node.parentId);
        if (node.level == TerritoryNode::Level::Precinct)
            m_status.insert(node.id, PrecinctStatus::NotEntered);
    }
    entries.forEachObserverState(evaluator.contest().id, [&](const EntryStore::ObserverState &state) {
        auto it = m_status.find(state.territoryId);
        // Observer protocols of aggregate nodes are not precincts to enter.
        if (it != m_status.end())
            *it = worse(*it, statusOf(state, evaluator));
    });
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it)
        addToAncestors(it.key(), it.value(), 1);
}

PrecinctStatus PrecinctStatusIndex::refresh(const EntryStore &entries, const FormEvaluator &evaluator,
                                            qint64 precinctId)
{
    PrecinctStatus status = PrecinctStatus::NotEntered;
    entries.forEachObserverState(
        evaluator.contest().id,
        [&](const EntryStore::ObserverState &state) { status = worse(status, statusOf(state, evaluator)); },
        precinctId);
    setStatus(precinctId, status);
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

#include "RelationChecker.h"

#include "../storage/CampaignStore.h"

namespace saylau {

RelationChecker::RelationChecker(const CampaignStore &store, const Contest &contest)
    : m_store(store)
    , m_evaluator(contest)
{
}

QList<RelationChecker::RelationTally> RelationChecker::run(std::optional<SourceKind> source,
                                                          const std::function<void(const Violation &)> &onViolation) const
{
    QList<RelationTally> tallies(m_evaluator.relations().size());
    // Figures, territory, source and copy only: checking needs none of a protocol's text columns.
    m_store.forEachFigures(m_evaluator.contest().id, source, [&](const CampaignStore::FiguresRow &protocol) {
        for (int i = 0; i < tallies.size(); ++i) {
            const FormEvaluator::Outcome outcome = m_evaluator.evaluate(i, protocol.figures);
            RelationTally &tally = tallies[i];
            switch (outcome.status) {
            case FormEvaluator::Outcome::Status::NotChecked:
                ++tally.notChecked;
                break;
            case FormEvaluator::Outcome::Status::Holds:
                ++tally.checked;
                break;
            case FormEvaluator::Outcome::Status::Violated:
                ++tally.checked;
                ++tally.violated;
                onViolation({protocol.protocolId, protocol.territoryId, protocol.source, protocol.copy, i, outcome});
                break;
            }
        }
    });
    return tallies;
}

} // namespace saylau

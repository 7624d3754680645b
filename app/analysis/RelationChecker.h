#pragma once

#include "../domain/SourceKind.h"
#include "../forms/FormEvaluator.h"

#include <QList>

#include <functional>
#include <optional>

namespace saylau {

class CampaignStore;

// Runs a contest's control relations over every stored protocol, streaming, and counts per relation how many
// protocols were checked, broke it, or could not be checked (a line left empty).
class RelationChecker
{
public:
    struct Violation
    {
        qint64 protocolId = 0;
        qint64 territoryId = 0;
        SourceKind source = SourceKind::Observer;
        QString copy;
        int relationIndex = 0;
        FormEvaluator::Outcome outcome;
    };

    struct RelationTally
    {
        int checked = 0;
        int violated = 0;
        int notChecked = 0;
    };

    RelationChecker(const CampaignStore &store, const Contest &contest);

    const FormEvaluator &evaluator() const { return m_evaluator; }

    // Calls onViolation for each broken relation; returns the tally per relation, by relation index.
    QList<RelationTally> run(std::optional<SourceKind> source,
                             const std::function<void(const Violation &)> &onViolation) const;

private:
    const CampaignStore &m_store;
    FormEvaluator m_evaluator;
};

} // namespace saylau

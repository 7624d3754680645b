#include "RelationBreaks.h"

#include "../domain/Figures.h"
#include "../domain/SaylauError.h"

namespace saylau {

RelationBreaks::RelationBreaks(const FormEvaluator &evaluator, const Figures &figures)
    : m_evaluator(evaluator)
{
    const QList<FormEvaluator::Outcome> outcomes = evaluator.evaluateAll(figures);
    for (int i = 0; i < outcomes.size(); ++i) {
        if (outcomes.at(i).violated() && evaluator.relations().at(i).relation.severity == Severity::Error)
            m_breaks.append({i, outcomes.at(i)});
    }
}

QStringList RelationBreaks::formulas() const
{
    QStringList formulas;
    for (const Break &each : m_breaks)
        formulas.append(m_evaluator.relations().at(each.relationIndex).relation.formula);
    return formulas;
}

void RelationBreaks::requireAcknowledged(const QStringList &acknowledged, const QString &action) const
{
    QStringList unconfirmed;
    for (const Break &each : m_breaks) {
        const FormEvaluator::CompiledRelation &relation = m_evaluator.relations().at(each.relationIndex);
        if (!acknowledged.contains(relation.relation.formula))
            unconfirmed.append(tr("%1 (%2 against %3)")
                                   .arg(relation.relation.formula)
                                   .arg(each.outcome.left)
                                   .arg(each.outcome.right));
    }
    if (!unconfirmed.isEmpty())
        throw SaylauError(tr("%1: the figures break the control relation(s) %2, and nobody confirmed them so; "
                             "nothing was saved",
                             nullptr, int(unconfirmed.size()))
                              .arg(action, unconfirmed.join(QStringLiteral("; "))));
}

} // namespace saylau

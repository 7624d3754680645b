#include "RelationExplanation.h"

namespace saylau {

QString RelationExplanation::negatedSymbol(FormEvaluator::Comparison comparison)
{
    using C = FormEvaluator::Comparison;
    switch (comparison) {
    case C::Equal: return QStringLiteral("≠");
    case C::LessOrEqual: return QStringLiteral(">");
    case C::GreaterOrEqual: return QStringLiteral("<");
    case C::Less: return QStringLiteral("≥");
    case C::Greater: return QStringLiteral("≤");
    }
    return {};
}

QString RelationExplanation::explain(const FormEvaluator::CompiledRelation &relation,
                                     const FormEvaluator::Outcome &outcome, const NumberFormat &format)
{
    // Written with the signs printed on the forms rather than the ASCII of the formula text.
    QString formula = relation.relation.formula;
    formula.replace(QLatin1String(">="), QStringLiteral("≥")).replace(QLatin1String("<="), QStringLiteral("≤"));
    formula.replace(QLatin1String("sum(parties)"), tr("Σ parties"));
    switch (outcome.status) {
    case FormEvaluator::Outcome::Status::NotChecked:
        return tr("line %1: not checked yet, a line is empty").arg(formula);
    case FormEvaluator::Outcome::Status::Holds:
        return tr("line %1: %2 %3 %4")
            .arg(formula, format.count(outcome.left), FormEvaluator::comparisonSymbol(relation.comparison),
                 format.count(outcome.right));
    case FormEvaluator::Outcome::Status::Violated: {
        const qint64 difference = outcome.difference();
        const QString sides = QStringLiteral("%1 %2 %3")
                                  .arg(format.count(outcome.left), negatedSymbol(relation.comparison),
                                       format.count(outcome.right));
        // A strict comparison fails with equal sides: there is nothing short or over to name.
        if (difference == 0)
            return tr("line %1: %2").arg(formula, sides);
        return difference > 0 ? tr("line %1: %2, short by %3").arg(formula, sides, format.count(difference))
                              : tr("line %1: %2, over by %3").arg(formula, sides, format.count(-difference));
    }
    }
    return {};
}

} // namespace saylau

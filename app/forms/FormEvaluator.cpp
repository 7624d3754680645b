#include "FormEvaluator.h"

#include "../domain/Figures.h"
#include "../domain/SaylauError.h"

#include <QtNumeric>

namespace saylau {

namespace {

struct ComparisonToken
{
    QLatin1String text;
    FormEvaluator::Comparison comparison;
};

// Longest tokens first, so that "<=" is not read as "<".
constexpr ComparisonToken comparisonTokens[] = {
    {QLatin1String("<="), FormEvaluator::Comparison::LessOrEqual},
    {QLatin1String(">="), FormEvaluator::Comparison::GreaterOrEqual},
    {QLatin1String("=="), FormEvaluator::Comparison::Equal},
    {QLatin1String("="), FormEvaluator::Comparison::Equal},
    {QLatin1String("<"), FormEvaluator::Comparison::Less},
    {QLatin1String(">"), FormEvaluator::Comparison::Greater},
};

bool compare(qint64 left, qint64 right, FormEvaluator::Comparison comparison)
{
    switch (comparison) {
    case FormEvaluator::Comparison::Equal: return left == right;
    case FormEvaluator::Comparison::LessOrEqual: return left <= right;
    case FormEvaluator::Comparison::GreaterOrEqual: return left >= right;
    case FormEvaluator::Comparison::Less: return left < right;
    case FormEvaluator::Comparison::Greater: return left > right;
    }
    return false;
}

} // namespace

FormEvaluator::CompiledRelation FormEvaluator::compile(const ControlRelation &relation, const Contest &contest)
{
    const QString &text = relation.formula;
    for (const ComparisonToken &token : comparisonTokens) {
        const qsizetype at = text.indexOf(token.text);
        if (at < 0)
            continue;
        const qsizetype rightStart = at + token.text.size();
        for (const ComparisonToken &other : comparisonTokens)
            if (text.indexOf(other.text, rightStart) >= 0)
                throw SaylauError(tr("formula \"%1\": only one comparison is allowed").arg(text));
        CompiledRelation compiled;
        compiled.relation = relation;
        compiled.comparison = token.comparison;
        compiled.left = LinearExpression::parse(text, contest, 0, at);
        compiled.right = LinearExpression::parse(text, contest, rightStart);
        for (const LinearExpression *side : {&compiled.left, &compiled.right})
            for (const LinearExpression::Term &term : side->terms())
                if (!compiled.involvedSlots.contains(term.slot))
                    compiled.involvedSlots.append(term.slot);
        return compiled;
    }
    throw SaylauError(tr("formula \"%1\" has no comparison (=, <=, >=, <, >)").arg(text));
}

FormEvaluator::FormEvaluator(const Contest &contest)
    : m_contest(contest)
{
    for (const ControlRelation &relation : contest.form.relations)
        m_relations.append(compile(relation, contest));
    for (auto it = contest.form.measures.begin(); it != contest.form.measures.end(); ++it) {
        try {
            m_measures.insert(it.key(), LinearExpression::parse(it.value(), contest));
        } catch (const SaylauError &error) {
            throw SaylauError(tr("measure \"%1\" of form %2: %3")
                                  .arg(measureName(it.key()), contest.form.id, error.message()));
        }
    }
}

FormEvaluator::Outcome FormEvaluator::evaluate(int relationIndex, const Figures &figures) const
{
    const CompiledRelation &relation = m_relations.at(relationIndex);
    Outcome outcome;
    const std::optional<qint64> left = relation.left.evaluate(figures);
    const std::optional<qint64> right = relation.right.evaluate(figures);
    // A side that cannot be computed in 64 bits, or a difference that cannot, leaves the relation not checked
    // (and counted so): only figures far above Figures::maxCount get there.
    qint64 difference;
    if (!left || !right || qSubOverflow(*left, *right, &difference))
        return outcome;
    outcome.left = *left;
    outcome.right = *right;
    outcome.status = compare(*left, *right, relation.comparison) ? Outcome::Status::Holds : Outcome::Status::Violated;
    return outcome;
}

QList<FormEvaluator::Outcome> FormEvaluator::evaluateAll(const Figures &figures) const
{
    QList<Outcome> outcomes;
    outcomes.reserve(m_relations.size());
    for (int i = 0; i < m_relations.size(); ++i)
        outcomes.append(evaluate(i, figures));
    return outcomes;
}

std::optional<qint64> FormEvaluator::measure(Measure measure, const Figures &figures) const
{
    const auto it = m_measures.constFind(measure);
    if (it == m_measures.cend())
        return std::nullopt;
    return it->evaluate(figures);
}

QString FormEvaluator::comparisonSymbol(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Equal: return QStringLiteral("=");
    case Comparison::LessOrEqual: return QStringLiteral("≤");
    case Comparison::GreaterOrEqual: return QStringLiteral("≥");
    case Comparison::Less: return QStringLiteral("<");
    case Comparison::Greater: return QStringLiteral(">");
    }
    return {};
}

} // namespace saylau

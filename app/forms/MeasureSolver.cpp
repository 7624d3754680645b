#include "MeasureSolver.h"

#include "../domain/CountArithmetic.h"
#include "../domain/SaylauError.h"

namespace saylau {

MeasureSolver::MeasureSolver(const FormEvaluator &evaluator)
    : m_evaluator(evaluator)
{
    const Contest &contest = evaluator.contest();
    for (auto it = contest.form.measures.begin(); it != contest.form.measures.end(); ++it)
        m_measures.insert(it.key(), LinearExpression::parse(it.value(), contest));
}

Figures MeasureSolver::solve(const QMap<Measure, qint64> &measures, const QList<qint64> &partyVotes) const
{
    const Contest &contest = m_evaluator.contest();
    Figures figures(contest.slotCount());
    for (int i = 0; i < contest.ballot.size() && i < partyVotes.size(); ++i)
        figures.set(contest.partySlot(i), partyVotes.at(i));

    // Every equation as terms = constant: a measure's expression equals its value, an equality relation's
    // two sides differ by zero.
    struct Equation
    {
        QList<LinearExpression::Term> terms;
        qint64 constant = 0;
    };
    QList<Equation> equations;
    for (auto it = measures.begin(); it != measures.end(); ++it) {
        const auto expression = m_measures.constFind(it.key());
        if (expression == m_measures.cend())
            throw SaylauError(tr("form %1 does not define the measure \"%2\"")
                                  .arg(contest.form.id, measureName(it.key())));
        equations.append({expression->terms(), it.value()});
    }
    for (const FormEvaluator::CompiledRelation &relation : m_evaluator.relations()) {
        if (relation.comparison != FormEvaluator::Comparison::Equal)
            continue;
        Equation equation{relation.left.terms(), 0};
        for (LinearExpression::Term term : relation.right.terms()) {
            term.sign = -term.sign;
            equation.terms.append(term);
        }
        equations.append(equation);
    }

    for (bool progress = true; progress;) {
        progress = false;
        for (const Equation &equation : std::as_const(equations)) {
            int unknown = -1;
            qint64 coefficient = 0;
            qint64 known = 0;
            bool solvable = true;
            for (const LinearExpression::Term &term : equation.terms) {
                if (figures.has(term.slot)) {
                    known = term.sign > 0 ? CountArithmetic::add(known, *figures.value(term.slot))
                                           : CountArithmetic::subtract(known, *figures.value(term.slot));
                } else if (unknown < 0 || unknown == term.slot) {
                    unknown = term.slot;
                    coefficient += term.sign;
                } else {
                    solvable = false;
                }
            }
            if (!solvable || unknown < 0 || coefficient == 0)
                continue;
            const qint64 rest = equation.constant - known;
            if (rest % coefficient != 0)
                continue;
            figures.set(unknown, rest / coefficient);
            progress = true;
        }
    }

    for (int slot = 0; slot < contest.slotCount(); ++slot)
        if (!figures.has(slot))
            throw SaylauError(tr("form %1: line %2 cannot be derived from the figures given")
                                  .arg(contest.form.id, contest.slotKey(slot)));
    for (auto it = measures.begin(); it != measures.end(); ++it)
        if (m_evaluator.measure(it.key(), figures) != it.value())
            throw SaylauError(tr("form %1: the measure \"%2\" cannot be %3 together with the other figures given")
                                  .arg(contest.form.id, measureName(it.key()), QString::number(it.value())));
    const QList<FormEvaluator::Outcome> outcomes = m_evaluator.evaluateAll(figures);
    for (int i = 0; i < outcomes.size(); ++i)
        if (outcomes.at(i).status != FormEvaluator::Outcome::Status::Holds)
            throw SaylauError(tr("form %1: the figures given break the relation %2 (%3 against %4)")
                                  .arg(contest.form.id, m_evaluator.relations().at(i).relation.formula,
                                       QString::number(outcomes.at(i).left), QString::number(outcomes.at(i).right)));
    return figures;
}

} // namespace saylau

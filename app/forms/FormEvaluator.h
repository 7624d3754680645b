#pragma once

#include "LinearExpression.h"

#include "../domain/Contest.h"
#include "../domain/ControlRelation.h"
#include "../domain/Measure.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace saylau {

class Figures;

// The one evaluator of every form: compiles a contest's control relations and measures once, then evaluates
// them against any number of protocols. Nothing here knows a line number; all of it comes from the form.
class FormEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(FormEvaluator)

public:
    enum class Comparison { Equal, LessOrEqual, GreaterOrEqual, Less, Greater };

    struct CompiledRelation
    {
        ControlRelation relation;
        LinearExpression left;
        LinearExpression right;
        Comparison comparison = Comparison::Equal;
        // Slots the relation reads, for highlighting the fields involved.
        QList<int> involvedSlots;
    };

    struct Outcome
    {
        enum class Status { Holds, Violated, NotChecked };
        Status status = Status::NotChecked;
        qint64 left = 0;
        qint64 right = 0;
        qint64 difference() const { return left - right; }
        bool violated() const { return status == Status::Violated; }
    };

    // Throws SaylauError when a formula cannot be read against this contest.
    explicit FormEvaluator(const Contest &contest);

    const Contest &contest() const { return m_contest; }
    const QList<CompiledRelation> &relations() const { return m_relations; }

    Outcome evaluate(int relationIndex, const Figures &figures) const;
    QList<Outcome> evaluateAll(const Figures &figures) const;

    bool hasMeasure(Measure measure) const { return m_measures.contains(measure); }
    std::optional<qint64> measure(Measure measure, const Figures &figures) const;

    static QString comparisonSymbol(Comparison comparison);
    // Compiles one relation against a contest; throws SaylauError when it cannot be read.
    static CompiledRelation compile(const ControlRelation &relation, const Contest &contest);

private:
    Contest m_contest;
    QList<CompiledRelation> m_relations;
    QMap<Measure, LinearExpression> m_measures;
};

} // namespace saylau

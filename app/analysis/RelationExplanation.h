#pragma once

#include "NumberFormat.h"

#include "../forms/FormEvaluator.h"

#include <QCoreApplication>
#include <QString>

namespace saylau {

// A control relation and its outcome in the words an operator checks a paper protocol with:
// "line 2 = 3 + 6: 1 600 ≠ 1 509, short by 91". "Short" and "over" say which way the right-hand side misses.
class RelationExplanation
{
    Q_DECLARE_TR_FUNCTIONS(RelationExplanation)

public:
    static QString explain(const FormEvaluator::CompiledRelation &relation, const FormEvaluator::Outcome &outcome,
                           const NumberFormat &format = NumberFormat());
    // The sign that denies a comparison, as a failing relation shows it ("≠" for "=").
    static QString negatedSymbol(FormEvaluator::Comparison comparison);
};

} // namespace saylau

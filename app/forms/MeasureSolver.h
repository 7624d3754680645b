#pragma once

#include "FormEvaluator.h"

#include "../domain/Figures.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace saylau {

// Writes a protocol's lines from what the protocol should say in the form's own terms (voters, ballots cast,
// ... and the votes per party), for any form: each measure's expression and each equality relation whose
// lines are all known but one fixes that one. A generator (the demo, tests) thereby never needs to know a
// line number, and every protocol it writes is checked against the form's relations before it is returned.
class MeasureSolver
{
    Q_DECLARE_TR_FUNCTIONS(MeasureSolver)

public:
    explicit MeasureSolver(const FormEvaluator &evaluator);

    // partyVotes in ballot order. Throws SaylauError when a line stays undetermined or a relation (an error
    // or a warning) does not hold.
    Figures solve(const QMap<Measure, qint64> &measures, const QList<qint64> &partyVotes) const;

private:
    const FormEvaluator &m_evaluator;
    QMap<Measure, LinearExpression> m_measures;
};

} // namespace saylau

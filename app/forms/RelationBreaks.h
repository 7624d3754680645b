#pragma once

#include "FormEvaluator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace saylau {

class Figures;

// The error-level control relations a protocol's figures break, for a person about to confirm those figures
// (a reconciled double entry stored as verified, an exchange conflict resolved). A paper protocol may really
// break one, so confirming such figures is not refused outright; but it is never silent: the person is shown
// the broken relations and confirms them by name, and the core refuses a confirmation that does not name
// every one the figures break.
class RelationBreaks
{
    Q_DECLARE_TR_FUNCTIONS(RelationBreaks)

public:
    struct Break
    {
        int relationIndex = -1;
        FormEvaluator::Outcome outcome;
    };

    RelationBreaks(const FormEvaluator &evaluator, const Figures &figures);

    bool isEmpty() const { return m_breaks.isEmpty(); }
    // In the form's order.
    const QList<Break> &breaks() const { return m_breaks; }
    // The broken relations' formulas: what a confirmation names.
    QStringList formulas() const;
    // Throws SaylauError naming the broken relations when acknowledged (formulas) leaves one out; action
    // says what was refused ("confirming the protocol").
    void requireAcknowledged(const QStringList &acknowledged, const QString &action) const;

private:
    const FormEvaluator &m_evaluator;
    QList<Break> m_breaks;
};

} // namespace saylau

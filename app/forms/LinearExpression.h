#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace saylau {

class Contest;
class Figures;

// A sum of slots with signs, compiled from formula text such as "3 + 4 + 5 + 6 + 17 - 18", "sum(parties)"
// or "2 - (3 + 4)" against one contest. Line keys are the numbers printed on the form, so the grammar has no
// numeric constants: every operand is a line.
class LinearExpression
{
    Q_DECLARE_TR_FUNCTIONS(LinearExpression)

public:
    struct Term
    {
        int slot = 0;
        int sign = 1;
    };

    LinearExpression() = default;

    // Parses text[begin, end) (end -1: to the end), so that a relation's sides are read in place and an error
    // names the whole formula and the character where it cannot be read. Throws SaylauError.
    static LinearExpression parse(const QString &text, const Contest &contest, qsizetype begin = 0, qsizetype end = -1);

    const QList<Term> &terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }

    // nullopt when any slot it reads is missing.
    std::optional<qint64> evaluate(const Figures &figures) const;

private:
    QList<Term> m_terms;
};

} // namespace saylau

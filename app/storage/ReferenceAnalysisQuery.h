#pragma once

#include "../domain/Contest.h"
#include "../domain/SourceKind.h"

#include <QList>
#include <QString>

#include <optional>

namespace saylau {

// The benchmarks' references for the analyses (see BenchAnalysisCommand): what the sqlite3 shell computes
// from the same campaign file with one hand-written aggregate query, the floor against which `saylau report`,
// `check` and `chart` are timed. Like ReferenceComparisonQuery it is text for the shell, not a statement the
// program runs, and it lives in storage/ as all SQL does. Values are literals (quotes doubled): the shell takes
// the statement as text.
class ReferenceAnalysisQuery
{
public:
    // One side of a control relation: slots with signs (forms' LinearExpression, without depending on forms/).
    struct Term
    {
        int slot = 0;
        int sign = 1;
    };
    struct Relation
    {
        QList<Term> left;
        QList<Term> right;
        QString sqlOperator; // "=", "<=", ">=", "<", ">"
    };

    // Every line of every precinct protocol of one source summed per region (the precinct's grandparent),
    // with the number of protocols: the sums `saylau report --by region` and the regional charts start from.
    static QString regionalSums(const Contest &contest, SourceKind source);
    // For each control relation, how many protocols break it (a relation over a missing line counts neither
    // way, as in the program): what `saylau check` tallies.
    static QString relationViolations(const Contest &contest, std::optional<SourceKind> source,
                                      const QList<Relation> &relations);
};

} // namespace saylau

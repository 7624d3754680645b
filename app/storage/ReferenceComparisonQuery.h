#pragma once

#include <QString>

namespace saylau {

class SqlDialect;

// The benchmark's reference for `saylau diff` (see BenchAnalysisCommand): the same comparison written as one
// plain SQL join over the campaign file, for the sqlite3 shell. It joins each observer row to the official
// row of the same territory and contest and, line by line (SqlDialect's eachFigure over the copy, figureValue
// from the official figures), sums what the official figures added and took. It knows nothing of trust, measures,
// aggregates or regions: it is the floor a hand-written query sets. Lives in storage/, as all SQL does.
class ReferenceComparisonQuery
{
public:
    static QString sql(const QString &contestId, const SqlDialect &dialect);
};

} // namespace saylau

#include "ReferenceComparisonQuery.h"

namespace saylau {

QString ReferenceComparisonQuery::sql(const QString &contestId)
{
    // A literal rather than a bound value: the shell takes the statement as text. Quotes are doubled.
    const QString contest = QLatin1Char('\'') + QString(contestId).replace(u'\'', QStringLiteral("''")) + QLatin1Char('\'');
    // json_extract per line rather than a second json_each joined on the key: that join is quadratic in the
    // lines per protocol and takes ten times as long.
    return QStringLiteral(
               "SELECT oj.key AS line, count(*) AS differing,"
               " sum(max(json_extract(f.figures, '$.\"' || oj.key || '\"') - oj.value, 0)) AS added,"
               " sum(max(oj.value - json_extract(f.figures, '$.\"' || oj.key || '\"'), 0)) AS taken"
               " FROM protocol o"
               " JOIN protocol f ON f.contest_id = o.contest_id AND f.territory_id = o.territory_id"
               "  AND f.source = 'official'"
               " JOIN json_each(o.figures) oj"
               " WHERE o.contest_id = %1 AND o.source = 'observer'"
               "  AND json_extract(f.figures, '$.\"' || oj.key || '\"') <> oj.value"
               " GROUP BY oj.key ORDER BY oj.key;")
        .arg(contest);
}

} // namespace saylau

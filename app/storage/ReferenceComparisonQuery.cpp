#include "ReferenceComparisonQuery.h"

#include "SqlDialect.h"

namespace saylau {

QString ReferenceComparisonQuery::sql(const QString &contestId, const SqlDialect &dialect)
{
    // A literal rather than a bound value: the shell takes the statement as text. Quotes are doubled.
    const QString contest = QLatin1Char('\'') + QString(contestId).replace(u'\'', QStringLiteral("''")) + QLatin1Char('\'');
    // One line's count read from the official figures per line of the copy rather than a second table function
    // joined on the key: that join is quadratic in the lines per protocol and takes ten times as long.
    const QString official = dialect.figureValue(QStringLiteral("f.figures"), QStringLiteral("oj.key"));
    return QStringLiteral(
               "SELECT oj.key AS line, count(*) AS differing,"
               " sum(%2) AS added,"
               " sum(%3) AS taken"
               " FROM protocol o"
               " JOIN protocol f ON f.contest_id = o.contest_id AND f.territory_id = o.territory_id"
               "  AND f.source = 'official',"
               " %4 oj"
               " WHERE o.contest_id = %1 AND o.source = 'observer'"
               "  AND %5 <> oj.value"
               " GROUP BY oj.key ORDER BY oj.key;")
        .arg(contest, dialect.greaterOf(official + QStringLiteral(" - oj.value"), QStringLiteral("0")),
             dialect.greaterOf(QStringLiteral("oj.value - ") + official, QStringLiteral("0")),
             dialect.eachFigure(QStringLiteral("o.figures")), official);
}

} // namespace saylau

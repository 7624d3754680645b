#include "ReferenceAnalysisQuery.h"

#include <QStringList>

namespace saylau {

namespace {

QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(u'\'', QStringLiteral("''")) + QLatin1Char('\'');
}

QString extract(const Contest &contest, int slot, const QString &table)
{
    return QStringLiteral("json_extract(%1.figures, '$.\"%2\"')").arg(table, contest.slotKey(slot));
}

QString side(const QList<ReferenceAnalysisQuery::Term> &terms)
{
    QString sql;
    for (const ReferenceAnalysisQuery::Term &term : terms) {
        if (!sql.isEmpty() || term.sign < 0)
            sql += term.sign < 0 ? QStringLiteral(" - ") : QStringLiteral(" + ");
        sql += QStringLiteral("s%1").arg(term.slot);
    }
    return sql.isEmpty() ? QStringLiteral("0") : sql;
}

} // namespace

QString ReferenceAnalysisQuery::regionalSums(const Contest &contest, SourceKind source)
{
    QStringList sums;
    for (int slot = 0; slot < contest.slotCount(); ++slot)
        sums.append(QStringLiteral("sum(%1)").arg(extract(contest, slot, QStringLiteral("p"))));
    return QStringLiteral("SELECT r.name, count(*), %1 FROM protocol p"
                          " JOIN territory u ON u.id = p.territory_id AND u.level = 'precinct'"
                          " JOIN territory d ON d.id = u.parent_id JOIN territory r ON r.id = d.parent_id"
                          " WHERE p.contest_id = %2 AND p.source = %3 GROUP BY r.id ORDER BY r.id;")
        .arg(sums.join(QStringLiteral(", ")), literal(contest.id), literal(sourceKindName(source)));
}

QString ReferenceAnalysisQuery::relationViolations(const Contest &contest, std::optional<SourceKind> source,
                                                   const QList<Relation> &relations)
{
    // Each line is read from the JSON once, in a subquery, and the relations compare the columns.
    QList<int> used;
    for (const Relation &relation : relations) {
        for (const QList<Term> *terms : {&relation.left, &relation.right}) {
            for (const Term &term : *terms) {
                if (!used.contains(term.slot))
                    used.append(term.slot);
            }
        }
    }
    QStringList columns;
    for (int slot : std::as_const(used))
        columns.append(QStringLiteral("%1 AS s%2").arg(extract(contest, slot, QStringLiteral("protocol"))).arg(slot));
    // NOT over a NULL side stays NULL, which sum() skips: an unchecked relation is no violation.
    QStringList counts{QStringLiteral("count(*)")};
    for (const Relation &relation : relations)
        counts.append(QStringLiteral("sum(NOT ((%1) %2 (%3)))").arg(side(relation.left), relation.sqlOperator,
                                                                    side(relation.right)));
    QString where = QStringLiteral("contest_id = %1").arg(literal(contest.id));
    if (source)
        where += QStringLiteral(" AND source = %1").arg(literal(sourceKindName(*source)));
    return QStringLiteral("SELECT %1 FROM (SELECT %2 FROM protocol WHERE %3);")
        .arg(counts.join(QStringLiteral(", ")), columns.isEmpty() ? QStringLiteral("1") : columns.join(QStringLiteral(", ")),
             where);
}

} // namespace saylau

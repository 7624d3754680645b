#include "TerritorySearch.h"

#include "CampaignStore.h"
#include "SqlStatement.h"

namespace saylau {

TerritorySearch::TerritorySearch(const CampaignStore &store)
    : m_store(store)
{
}

QList<qint64> TerritorySearch::pathToPrecinct(const QString &number) const
{
    QSqlQuery query = SqlStatement::prepare(
        m_store.database(),
        QStringLiteral("WITH RECURSIVE up (id, parent_id, depth) AS ("
                       " SELECT id, parent_id, 0 FROM territory"
                       "  WHERE id = (SELECT min(id) FROM territory WHERE level = 'precinct' AND code = :number)"
                       " UNION ALL"
                       " SELECT t.id, t.parent_id, up.depth + 1 FROM territory t JOIN up ON t.id = up.parent_id)"
                       " SELECT id FROM up ORDER BY depth DESC"));
    query.bindValue(QStringLiteral(":number"), number.trimmed());
    SqlStatement::exec(query, tr("looking for precinct %1").arg(number));
    QList<qint64> path;
    while (query.next())
        path.append(query.value(QLatin1String("id")).toLongLong());
    return path;
}

QList<TerritoryNode> TerritorySearch::precinctsNumbered(const QString &number) const
{
    QSqlQuery query = SqlStatement::prepare(m_store.database(),
                                            QStringLiteral("SELECT id FROM territory WHERE level = 'precinct'"
                                                           " AND code = :number ORDER BY id"));
    query.bindValue(QStringLiteral(":number"), number.trimmed());
    SqlStatement::exec(query, tr("looking for precinct %1").arg(number));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(QLatin1String("id")).toLongLong());
    QList<TerritoryNode> precincts;
    for (qint64 id : std::as_const(ids)) {
        if (const std::optional<TerritoryNode> node = m_store.territory(id))
            precincts.append(*node);
    }
    return precincts;
}

QList<TerritoryNode> TerritorySearch::lineage(qint64 territoryId) const
{
    QList<TerritoryNode> nodes;
    for (std::optional<TerritoryNode> node = m_store.territory(territoryId); node;
         node = node->parentId != 0 ? m_store.territory(node->parentId) : std::nullopt)
        nodes.prepend(*node);
    return nodes;
}

} // namespace saylau

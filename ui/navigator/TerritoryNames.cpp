#include "TerritoryNames.h"

namespace saylau {

QString TerritoryNames::name(const TerritoryNode &territory, const QString &parentName)
{
    if (territory.countedByCommission)
        return TerritoryNode::commissionUnitName(parentName, territory.name);
    if (territory.level == TerritoryNode::Level::Precinct && territory.name.isEmpty())
        // Kept in the navigator's context, where the catalogues already translate it.
        return QCoreApplication::translate("saylau::TerritoryTreeModel", "Precinct No. %1").arg(territory.code);
    if (territory.name.isEmpty())
        return territory.code;
    return territory.displayName();
}

QString TerritoryNames::place(const QList<TerritoryNode> &lineage)
{
    QStringList names;
    for (qsizetype i = 0; i + 1 < lineage.size(); ++i) {
        // The country is the same for every node of a campaign: naming it adds length, not information.
        if (lineage.at(i).level != TerritoryNode::Level::Country)
            names << name(lineage.at(i));
    }
    return names.join(QStringLiteral(" › "));
}

QString TerritoryNames::withPlace(const QList<TerritoryNode> &lineage)
{
    if (lineage.isEmpty())
        return {};
    const QString where = place(lineage);
    const QString own = name(lineage.constLast(), lineage.size() > 1 ? name(lineage.at(lineage.size() - 2)) : QString());
    return where.isEmpty() ? own : tr("%1 — %2").arg(own, where);
}

} // namespace saylau

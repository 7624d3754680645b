#pragma once

#include "domain/TerritoryNode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace saylau {

// How a territory is named to the person: a precinct by its number, others by name. One place, so that the
// tree, the headings and the choosers say the same.
class TerritoryNames
{
    Q_DECLARE_TR_FUNCTIONS(TerritoryNames)

public:
    // A unit counted by a TIK itself is named after its TIK (parentName) and its own label.
    static QString name(const TerritoryNode &territory, const QString &parentName = {});
    // Where a node lies: its ancestors below the country, outermost first ("Алматы › Бостандыкский район");
    // lineage is root first and ends with the node itself (TerritorySearch::lineage).
    static QString place(const QList<TerritoryNode> &lineage);
    // "Precinct No. 447 — Region › District" style heading for a node and its lineage.
    static QString withPlace(const QList<TerritoryNode> &lineage);
};

} // namespace saylau

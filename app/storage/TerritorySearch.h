#pragma once

#include "../domain/TerritoryNode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace saylau {

class CampaignStore;

// Finds a precinct by its number anywhere in the tree and returns the way down to it, so that a lazy
// navigator can open just the nodes on that path.
class TerritorySearch
{
    Q_DECLARE_TR_FUNCTIONS(TerritorySearch)

public:
    explicit TerritorySearch(const CampaignStore &store);

    // Ids from the root down to the precinct with this number (the first one, when several regions reuse a
    // number); empty when there is none.
    QList<qint64> pathToPrecinct(const QString &number) const;
    // Every precinct with this number, in tree order: numbers repeat across districts (the 2011 file has 66
    // precincts No. 447), and the person chooses which one is meant.
    QList<TerritoryNode> precinctsNumbered(const QString &number) const;
    // The nodes from the root down to this one (itself last); empty when there is no such node.
    QList<TerritoryNode> lineage(qint64 territoryId) const;

private:
    const CampaignStore &m_store;
};

} // namespace saylau

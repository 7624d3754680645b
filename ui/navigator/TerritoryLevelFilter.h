#pragma once

#include "domain/TerritoryNode.h"

#include <QSortFilterProxyModel>

namespace saylau {

// The territory tree cut to the nodes that may hold a node of the given level (for a new precinct: the
// country, regions and districts), so that choosing where it goes is choosing among places that fit.
class TerritoryLevelFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    TerritoryLevelFilter(TerritoryNode::Level childLevel, QObject *parent = nullptr);

    bool hasChildren(const QModelIndex &parent = {}) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TerritoryNode::Level m_childLevel;
};

} // namespace saylau

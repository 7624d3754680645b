#include "TerritoryLevelFilter.h"

#include "TerritoryTreeModel.h"

namespace saylau {

TerritoryLevelFilter::TerritoryLevelFilter(TerritoryNode::Level childLevel, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_childLevel(childLevel)
{
    setRecursiveFilteringEnabled(false);
}

bool TerritoryLevelFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(TerritoryTreeModel::LevelRole).toInt() < int(m_childLevel);
}

bool TerritoryLevelFilter::hasChildren(const QModelIndex &parent) const
{
    // One level above the child's, nothing shown below: no expander that would open onto an empty branch.
    if (parent.isValid() && parent.data(TerritoryTreeModel::LevelRole).toInt() + 1 >= int(m_childLevel))
        return false;
    return QSortFilterProxyModel::hasChildren(parent);
}

} // namespace saylau

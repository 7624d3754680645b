#include "SampleListModel.h"

#include "analysis/NumberFormat.h"

namespace saylau {

void SampleListModel::setList(const QList<SampleDeploymentList::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int SampleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SampleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SampleDeploymentList::Row &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Voters)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Region:
        return row.region;
    case District:
        return row.district;
    case Precinct:
        return row.precinct;
    case Address:
        return row.address;
    case Voters:
        return row.voters ? NumberFormat().count(*row.voters) : QString();
    default:
        return {};
    }
}

QVariant SampleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Region:
        return tr("Region");
    case District:
        return tr("District");
    case Precinct:
        return tr("Precinct");
    case Address:
        return tr("Address");
    case Voters:
        return tr("Voters");
    default:
        return {};
    }
}

} // namespace saylau

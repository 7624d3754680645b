#pragma once

#include "analysis/SampleDeploymentList.h"

#include <QAbstractTableModel>

namespace saylau {

// The deployment list of a drawn sample, one row per precinct: region, TIK, precinct, address, voters.
class SampleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Region, District, Precinct, Address, Voters, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setList(const QList<SampleDeploymentList::Row> &rows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SampleDeploymentList::Row> m_rows;
};

} // namespace saylau

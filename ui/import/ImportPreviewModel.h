#pragma once

#include "analysis/NumberFormat.h"
#include "io/Importer.h"

#include <QAbstractTableModel>
#include <QList>

namespace saylau {

// The first rows of a results file as the import will store them: the territory each row goes to, the
// figures under the protocol lines and parties the mapping gives them (an empty cell is a missing figure,
// not zero), what is kept as text, and why a row would be refused. Columns follow the mapping, so the user
// sees at once what a change in it does.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const QList<Importer::PreviewRow> &rows, const ColumnMapping &mapping, const Contest &contest);

    // The column showing a slot of the contest; -1 when nothing maps to it.
    int columnOfSlot(int slot) const;
    // A row the import would refuse: its reason stands in the first column after the line number, for a
    // view to span across the rest (its figures are not shown, because they would not be stored).
    bool isRefused(int row) const { return !m_rows.at(row).error.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Field { Line, Region, District, Precinct, Address, Figure, Extra };
    struct Column
    {
        Field field = Field::Line;
        int slot = -1;
        QString title;
        QString toolTip;
    };

    QString text(const Importer::PreviewRow &row, int column) const;

    QList<Column> m_columns;
    QList<Importer::PreviewRow> m_rows;
    NumberFormat m_format;
};

} // namespace saylau

#include "ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace saylau {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(const QList<Importer::PreviewRow> &rows, const ColumnMapping &mapping,
                                    const Contest &contest)
{
    beginResetModel();
    m_rows = rows;
    m_columns.clear();
    m_columns.append({Field::Line, -1, tr("Line"), tr("The line of the file where the row starts")});
    if (mapping.columnOf(ColumnMapping::Kind::Region) >= 0)
        m_columns.append({Field::Region, -1, tr("Region"), {}});
    if (mapping.columnOf(ColumnMapping::Kind::District) >= 0)
        m_columns.append({Field::District, -1, tr("TIK"), tr("Territorial election commission")});
    if (mapping.columnOf(ColumnMapping::Kind::Precinct) >= 0)
        m_columns.append({Field::Precinct, -1, tr("Precinct"), tr("The precinct number as it will be stored")});
    if (mapping.columnOf(ColumnMapping::Kind::Address) >= 0)
        m_columns.append({Field::Address, -1, tr("Address"), tr("The precinct's address")});

    // Figures in the contest's order (form lines, then the ballot), whatever the file's column order.
    QList<int> figureSlots;
    for (const ColumnMapping::Column &column : mapping.columns) {
        int slot = -1;
        if (column.target.kind == ColumnMapping::Kind::Line)
            slot = contest.slotOf(column.target.lineKey);
        else if (column.target.kind == ColumnMapping::Kind::Party)
            slot = contest.slotOf(Contest::partyKey(column.target.position));
        if (slot >= 0 && !figureSlots.contains(slot))
            figureSlots.append(slot);
    }
    std::sort(figureSlots.begin(), figureSlots.end());
    for (int slot : std::as_const(figureSlots)) {
        const QString label = contest.slotShortLabel(slot).isEmpty() ? contest.slotLabel(slot)
                                                                     : contest.slotShortLabel(slot);
        const QString title = contest.isPartySlot(slot) ? label : tr("%1. %2").arg(contest.slotKey(slot), label);
        m_columns.append({Field::Figure, slot, title, contest.slotLabel(slot)});
    }
    if (!mapping.unmappedHeaders().isEmpty())
        m_columns.append({Field::Extra, -1, tr("Kept as text"), tr("Columns that map to nothing, kept with the record")});
    endResetModel();
}

int ImportPreviewModel::columnOfSlot(int slot) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).field == Field::Figure && m_columns.at(i).slot == slot)
            return i;
    }
    return -1;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ImportPreviewModel::text(const Importer::PreviewRow &row, int columnIndex) const
{
    const Column &column = m_columns.at(columnIndex);
    if (!row.error.isEmpty() && column.field != Field::Line)
        return columnIndex == 1 ? row.error : QString();
    switch (column.field) {
    case Field::Line: return QString::number(row.line);
    case Field::Region: return row.territory.value(0);
    case Field::District: return row.territory.value(1);
    case Field::Precinct: return row.territory.value(2);
    case Field::Address: return row.territory.value(3);
    case Field::Figure: {
        const auto value = row.figures.value(column.slot);
        return value ? m_format.count(*value) : QString();
    }
    case Field::Extra: {
        QStringList parts;
        for (auto it = row.extra.constBegin(); it != row.extra.constEnd(); ++it) {
            if (!it.value().toString().isEmpty())
                parts << tr("%1: %2").arg(it.key(), it.value().toString());
        }
        return parts.join(QStringLiteral("; "));
    }
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Importer::PreviewRow &row = m_rows.at(index.row());
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return text(row, index.column());
    case Qt::TextAlignmentRole:
        if ((column.field == Field::Figure && row.error.isEmpty()) || column.field == Field::Line)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        return row.error.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xfd, 0xe2, 0xe1)));
    case Qt::ForegroundRole:
        return row.error.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0x8a, 0x1c, 0x1c)));
    default: return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::ToolTipRole)
        return m_columns.at(section).toolTip;
    return {};
}

} // namespace saylau

#include "PrecinctComparisonModel.h"

#include "DiscrepancyColors.h"

#include <QFont>

#include <cstdlib>

namespace saylau {

PrecinctComparisonModel::PrecinctComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PrecinctComparisonModel::setFigures(const Contest &contest, const Figures &observer, const Figures &official,
                                         bool compared)
{
    beginResetModel();
    m_contest = contest;
    m_observer = observer;
    m_official = official;
    m_compared = compared;
    m_largest = 0;
    for (int slot = 0; slot < m_contest.slotCount(); ++slot)
        m_largest = std::max(m_largest, std::llabs(difference(slot).value_or(0)));
    endResetModel();
}

std::optional<qint64> PrecinctComparisonModel::difference(int slot) const
{
    const std::optional<qint64> observer = m_observer.value(slot);
    const std::optional<qint64> official = m_official.value(slot);
    if (!m_compared || !observer || !official)
        return std::nullopt;
    return *official - *observer;
}

int PrecinctComparisonModel::differingLines() const
{
    int count = 0;
    for (int slot = 0; slot < m_contest.slotCount(); ++slot)
        count += difference(slot).value_or(0) != 0 ? 1 : 0;
    return count;
}

int PrecinctComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_contest.slotCount();
}

int PrecinctComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrecinctComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int slot = index.row();
    const std::optional<qint64> diff = difference(slot);
    if (role == Qt::BackgroundRole) {
        const QColor color = DiscrepancyColors::background(diff.value_or(0), m_largest);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    if (role == Qt::FontRole && diff.value_or(0) != 0) {
        QFont font;
        font.setBold(true);
        return font;
    }
    switch (index.column()) {
    case KeyColumn:
        return role == Qt::DisplayRole || role == RawValueRole ? m_contest.slotKey(slot) : QVariant();
    case LabelColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return m_contest.slotShortLabel(slot);
        return role == Qt::ToolTipRole ? m_contest.slotLabel(slot) : QVariant();
    default:
        break;
    }
    const std::optional<qint64> value = index.column() == ObserverColumn ? m_observer.value(slot)
                                        : index.column() == OfficialColumn ? m_official.value(slot)
                                                                           : diff;
    switch (role) {
    case Qt::DisplayRole:
        if (!value)
            return QString();
        return index.column() == DifferenceColumn ? m_format.signedCount(*value) : m_format.count(*value);
    case RawValueRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PrecinctComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn: return tr("Line");
    case LabelColumn: return tr("Label");
    case ObserverColumn: return tr("Observer copy");
    case OfficialColumn: return tr("Official");
    case DifferenceColumn: return tr("Difference");
    default: return {};
    }
}

} // namespace saylau

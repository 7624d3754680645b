#include "DiscrepancyTableModel.h"

#include "DiscrepancyColors.h"

#include "analysis/ComparisonInput.h"

#include <cstdlib>

namespace saylau {

DiscrepancyTableModel::DiscrepancyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiscrepancyTableModel::setResult(const DiscrepancyResult *result)
{
    beginResetModel();
    m_result = result;
    m_largest.fill(0, columnCount());
    if (m_result) {
        for (const Discrepancy &d : m_result->discrepancies()) {
            for (int column = ShiftColumn; column < columnCount(); ++column) {
                if (const std::optional<qint64> value = number(d, column))
                    m_largest[column] = std::max(m_largest.at(column), std::llabs(*value));
            }
        }
    }
    endResetModel();
}

const Discrepancy &DiscrepancyTableModel::discrepancy(int row) const
{
    return m_result->discrepancies().at(row);
}

int DiscrepancyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->discrepancies().size());
}

int DiscrepancyTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return FirstPartyColumn + (m_result ? int(m_result->contest().ballot.size()) : 0);
}

std::optional<qint64> DiscrepancyTableModel::number(const Discrepancy &d, int column) const
{
    switch (column) {
    case ShiftColumn: return d.shift();
    case AddedColumn: return d.votesAdded;
    case TakenColumn: return d.votesTaken;
    case TurnoutColumn: return d.measureDifference(m_result->contest().form.turnoutMeasure);
    default: break;
    }
    if (column < FirstPartyColumn)
        return std::nullopt;
    const size_t slot = size_t(m_result->contest().partySlot(column - FirstPartyColumn));
    return slot < d.differences.size() ? d.differences[slot] : std::nullopt;
}

QString DiscrepancyTableModel::nodeName(qint64 territoryId) const
{
    const TerritoryIndex &territory = m_result->input().territory();
    const QString path = territory.path(territoryId);
    return path.isEmpty() ? territory.label(territoryId) : path;
}

QString DiscrepancyTableModel::doubtText(const Discrepancy &d) const
{
    QStringList reasons;
    for (const Discrepancy::Copy &copy : d.copies) {
        if (copy.failedRelations > 0)
            reasons.append(tr("the copy breaks %n control relation(s) of its form", nullptr, copy.failedRelations));
        if (copy.votersFarOff)
            reasons.append(tr("voters on the list differ by %1 from the official figure: likely another precinct's "
                              "protocol")
                               .arg(m_format.count(std::llabs(copy.votersDifference.value_or(0)))));
    }
    if (d.aggregate && d.doubtful)
        reasons.append(tr("the sum includes doubtful copies"));
    return reasons.join(u'\n');
}

QString DiscrepancyTableModel::gainLossText(const Discrepancy &d) const
{
    if (!d.compared())
        return {};
    const Contest &contest = m_result->contest();
    int gainer = -1;
    int loser = -1;
    qint64 gained = 0;
    qint64 lost = 0;
    for (int party = 0; party < contest.ballot.size(); ++party) {
        const size_t slot = size_t(contest.partySlot(party));
        const qint64 difference = slot < d.differences.size() ? d.differences[slot].value_or(0) : 0;
        if (difference > gained) {
            gained = difference;
            gainer = party;
        }
        if (difference < lost) {
            lost = difference;
            loser = party;
        }
    }
    QStringList parts;
    if (gainer >= 0)
        parts << QStringLiteral("%1 %2").arg(contest.slotShortLabel(contest.partySlot(gainer)), m_format.signedCount(gained));
    if (loser >= 0)
        parts << QStringLiteral("%1 %2").arg(contest.slotShortLabel(contest.partySlot(loser)), m_format.signedCount(lost));
    return parts.join(QStringLiteral(", "));
}

QVariant DiscrepancyTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Discrepancy &d = discrepancy(index.row());
    const int column = index.column();
    if (role == TerritoryIdRole)
        return d.territoryId;
    if (role == DiscrepancyIndexRole)
        return index.row();

    if (column >= ShiftColumn) {
        const std::optional<qint64> value = number(d, column);
        const bool signedColumn = column == TurnoutColumn || column >= FirstPartyColumn;
        switch (role) {
        case Qt::DisplayRole:
            if (!value || !d.compared())
                return QString();
            return signedColumn ? m_format.signedCount(*value) : m_format.count(*value);
        case RawValueRole:
            return value && d.compared() ? QVariant(*value) : QVariant(qint64(0));
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::BackgroundRole:
            if (signedColumn && value && d.compared()) {
                const QColor color = DiscrepancyColors::background(*value, m_largest.value(column));
                return color.isValid() ? QVariant(color) : QVariant();
            }
            return {};
        default:
            return {};
        }
    }

    QString text;
    switch (column) {
    case TerritoryColumn:
        text = nodeName(d.territoryId);
        if (d.aggregate)
            text += QLatin1Char(' ') + tr("(official total; copies of %1 of %2 precincts)")
                                           .arg(m_format.count(d.precinctsCovered), m_format.count(d.precinctsUnder));
        break;
    case RegionColumn:
        text = d.regionId != 0 ? m_result->input().territory().label(d.regionId) : QString();
        break;
    case KindColumn:
        text = Discrepancy::kindLabel(d.kind);
        break;
    case TrustColumn:
        if (role == Qt::ToolTipRole)
            return doubtText(d);
        text = d.doubtful ? tr("doubtful") : QString();
        break;
    case GainLossColumn:
        text = gainLossText(d);
        break;
    default:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return text;
    case Qt::ToolTipRole:
        return column == TerritoryColumn ? text : QVariant();
    default:
        return {};
    }
}

QVariant DiscrepancyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TerritoryColumn: return tr("Territory");
    case RegionColumn: return tr("Region");
    case KindColumn: return tr("Finding");
    case TrustColumn: return tr("Copy");
    case GainLossColumn: return tr("Gained, lost");
    case ShiftColumn:
        return role == Qt::ToolTipRole ? tr("The larger of the votes added and taken by the official figures")
                                       : tr("Shift");
    case AddedColumn: return tr("Votes added");
    case TakenColumn: return tr("Votes taken");
    case TurnoutColumn:
        return role == Qt::ToolTipRole ? tr("Official minus copy on the measure turnout is counted from")
                                       : tr("Turnout");
    default:
        break;
    }
    if (!m_result || section < FirstPartyColumn || section >= columnCount())
        return {};
    const Contest &contest = m_result->contest();
    const int slot = contest.partySlot(section - FirstPartyColumn);
    return role == Qt::ToolTipRole ? contest.slotLabel(slot) : contest.slotShortLabel(slot);
}

void DiscrepancyTableModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace saylau

#include "ProtocolFiguresModel.h"

#include "analysis/NumberFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace saylau {

ProtocolFiguresModel::ProtocolFiguresModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProtocolFiguresModel::setProtocols(const Contest &contest, const QList<Protocol> &protocols)
{
    beginResetModel();
    m_contest = contest;
    m_protocols = protocols;
    endResetModel();
}

int ProtocolFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_contest.slotCount();
}

int ProtocolFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstProtocolColumn + int(m_protocols.size());
}

bool ProtocolFiguresModel::sourcesDisagree(int slot) const
{
    for (const Protocol &protocol : m_protocols) {
        if (protocol.figures.value(slot) != m_protocols.constFirst().figures.value(slot))
            return true;
    }
    return false;
}

int ProtocolFiguresModel::referenceProtocol() const
{
    for (int i = 0; i < m_protocols.size(); ++i) {
        if (m_protocols.at(i).source == SourceKind::Observer)
            return i;
    }
    return 0;
}

int ProtocolFiguresModel::disagreementCount() const
{
    int count = 0;
    for (int slot = 0; slot < m_contest.slotCount(); ++slot)
        count += sourcesDisagree(slot) ? 1 : 0;
    return count;
}

QVariant ProtocolFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int slot = index.row();
    const bool party = m_contest.isPartySlot(slot);

    if (index.column() == KeyColumn) {
        const int position = party ? m_contest.ballot.at(slot - m_contest.lineCount()).position : 0;
        switch (role) {
        case Qt::DisplayRole:
            // Parties are numbered by their place on the ballot, as the paper lists them.
            return party ? QString::number(position) : m_contest.slotKey(slot);
        case Qt::DecorationRole:
            if (party)
                return QColor::fromString(m_contest.ballot.at(slot - m_contest.lineCount()).color);
            return {};
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }

    if (index.column() == LabelColumn) {
        switch (role) {
        case Qt::DisplayRole: return m_contest.slotLabel(slot);
        case Qt::ToolTipRole: return m_contest.slotLabel(slot);
        default: return {};
        }
    }

    const int protocolIndex = index.column() - FirstProtocolColumn;
    const Protocol &protocol = m_protocols.at(protocolIndex);
    const std::optional<qint64> value = protocol.figures.value(slot);
    const Protocol &reference = m_protocols.at(referenceProtocol());
    const std::optional<qint64> referenceValue = reference.figures.value(slot);
    // Next to the figure, by how much it differs from the observer's copy: which way, and how far, without
    // subtracting in one's head.
    const std::optional<qint64> difference = protocolIndex != referenceProtocol() && value && referenceValue
                                                     && *value != *referenceValue
                                                 ? std::optional<qint64>(*value - *referenceValue)
                                                 : std::nullopt;
    switch (role) {
    case Qt::DisplayRole: {
        const NumberFormat format;
        if (!value)
            return NumberFormat::undefined();
        return difference ? tr("%1 (%2)").arg(format.count(*value), format.signedCount(*difference))
                          : format.count(*value);
    }
    case ValueRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        // The copy and the published figures differ on this line: the first thing an observer looks for.
        if (sourcesDisagree(slot))
            return QBrush(QColor(0xff, 0xe0, 0xb2));
        return {};
    case Qt::ToolTipRole:
        if (difference)
            return tr("%1: %2; the difference: %3")
                .arg(protocolTitle(reference), NumberFormat().count(*referenceValue),
                     NumberFormat().signedCount(*difference));
        if (sourcesDisagree(slot))
            return tr("The sources differ on this line");
        return {};
    default:
        return {};
    }
}

QString ProtocolFiguresModel::protocolTitle(const Protocol &protocol)
{
    if (protocol.source == SourceKind::Official)
        return tr("Official");
    return protocol.copy.isEmpty() ? tr("Observer copy") : tr("Observer copy %1").arg(protocol.copy);
}

QVariant ProtocolFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case KeyColumn: return tr("Line");
        case LabelColumn: return tr("As printed on the form");
        default: return protocolTitle(m_protocols.at(section - FirstProtocolColumn));
        }
    }
    if (role == Qt::ToolTipRole && section >= FirstProtocolColumn) {
        const Protocol &protocol = m_protocols.at(section - FirstProtocolColumn);
        QStringList lines;
        if (!protocol.observerName.isEmpty())
            lines << tr("Observer: %1").arg(protocol.observerName);
        if (protocol.receivedAt.isValid())
            lines << tr("Received: %1").arg(QLocale().toString(protocol.receivedAt.toLocalTime(), QLocale::ShortFormat));
        if (!protocol.remarks.isEmpty())
            lines << protocol.remarks;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    return {};
}

} // namespace saylau

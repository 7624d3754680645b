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

    const Protocol &protocol = m_protocols.at(index.column() - FirstProtocolColumn);
    const std::optional<qint64> value = protocol.figures.value(slot);
    switch (role) {
    case Qt::DisplayRole:
        return value ? NumberFormat().count(*value) : NumberFormat::undefined();
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

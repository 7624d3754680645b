#include "CampaignNotifier.h"

#include <QStringList>

namespace saylau {

namespace {

// The relayed lines: "protocols TERRITORY CONTEST" and "territory TERRITORY" (the contest id last: it may
// hold spaces).
const QLatin1String protocolsWord("protocols");
const QLatin1String territoryWord("territory");

} // namespace

CampaignNotifier::CampaignNotifier(QObject *parent)
    : QObject(parent)
{
}

void CampaignNotifier::announceProtocolSaved(const QString &contestId, qint64 territoryId)
{
    emit protocolsChanged(contestId, territoryId);
    if (m_relay)
        m_relay(QStringLiteral("%1 %2 %3").arg(protocolsWord).arg(territoryId).arg(contestId));
}

void CampaignNotifier::announceProtocolsImported(const QString &contestId)
{
    announceProtocolSaved(contestId, 0);
}

void CampaignNotifier::announceTerritoryChanged(qint64 territoryId)
{
    emit territoryChanged(territoryId);
    if (m_relay)
        m_relay(QStringLiteral("%1 %2").arg(territoryWord).arg(territoryId));
}

void CampaignNotifier::relayThrough(std::function<void(const QString &)> send)
{
    m_relay = std::move(send);
}

void CampaignNotifier::hear(const QString &message)
{
    const QStringList words = message.split(QLatin1Char(' '));
    bool ok = false;
    const qint64 territoryId = words.value(1).toLongLong(&ok);
    if (!ok)
        return;
    if (words.constFirst() == protocolsWord && words.size() >= 3)
        emit protocolsChanged(message.section(QLatin1Char(' '), 2), territoryId);
    else if (words.constFirst() == territoryWord && words.size() == 2)
        emit territoryChanged(territoryId);
}

} // namespace saylau

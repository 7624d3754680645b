#include "CampaignNotifier.h"

namespace saylau {

CampaignNotifier::CampaignNotifier(QObject *parent)
    : QObject(parent)
{
}

void CampaignNotifier::announceProtocolSaved(const QString &contestId, qint64 territoryId)
{
    emit protocolsChanged(contestId, territoryId);
}

void CampaignNotifier::announceProtocolsImported(const QString &contestId)
{
    emit protocolsChanged(contestId, 0);
}

void CampaignNotifier::announceTerritoryChanged(qint64 territoryId)
{
    emit territoryChanged(territoryId);
}

} // namespace saylau

#include "ContestSources.h"

#include "../storage/CampaignStore.h"

namespace saylau {

ContestSources::ContestSources(const CampaignStore &store, const Contest &contest)
    : m_contestName(contest.displayName())
{
    for (SourceKind source : {SourceKind::Observer, SourceKind::Official}) {
        if (store.protocolCount(contest.id, source) > 0)
            m_available.append(source);
    }
}

QString ContestSources::whyNotShown(const QList<SourceKind> &requested) const
{
    if (m_available.isEmpty())
        return tr("%1 has no protocols yet: import the official figures or enter the observers' copies first.")
            .arg(m_contestName);
    for (SourceKind source : requested) {
        if (m_available.contains(source))
            continue;
        return source == SourceKind::Observer
                   ? tr("%1 has no observers' copies yet, only official figures.").arg(m_contestName)
                   : tr("%1 has no official figures yet, only observers' copies.").arg(m_contestName);
    }
    return {};
}

} // namespace saylau

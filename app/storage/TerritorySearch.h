#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace saylau {

class CampaignStore;

// Finds a precinct by its number anywhere in the tree and returns the way down to it, so that a lazy
// navigator can open just the nodes on that path.
class TerritorySearch
{
    Q_DECLARE_TR_FUNCTIONS(TerritorySearch)

public:
    explicit TerritorySearch(const CampaignStore &store);

    // Ids from the root down to the precinct with this number (the first one, when several regions reuse a
    // number); empty when there is none.
    QList<qint64> pathToPrecinct(const QString &number) const;

private:
    const CampaignStore &m_store;
};

} // namespace saylau

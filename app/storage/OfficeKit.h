#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace saylau {

class CampaignStore;

// Issues an office's kit (`saylau kit`): a campaign file made from headquarters' own (same campaign identity,
// forms, ballots; of the territory and the protocols so far, the office's regions and the nodes above them)
// that knows itself as the office, holds the office's new signing
// key and knows headquarters' public key and nothing of the other offices. Headquarters records the office's
// public key and the regions it may change. A file that has joined no exchange becomes headquarters here.
class OfficeKit
{
    Q_DECLARE_TR_FUNCTIONS(OfficeKit)

public:
    static constexpr const char *defaultHeadquartersName = "headquarters";

    // regions: codes of region nodes the office may change; empty for all. Throws SaylauError, leaving no kit
    // and no record of the office when anything fails.
    static void issue(CampaignStore &headquarters, const QString &office, const QStringList &regions,
                      const QString &kitPath);

private:
    // Inside the kit's transaction: deletes every node outside scope (ExchangeLedger::scopeOf) and what lies there.
    static void keepOnly(CampaignStore &kit, const QSet<QByteArray> &scope);
};

} // namespace saylau

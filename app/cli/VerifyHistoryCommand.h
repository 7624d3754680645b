#pragma once

#include "CampaignCommand.h"

#include "storage/HistoryChain.h"
#include "storage/HistoryStateCheck.h"

namespace saylau {

class TerritoryIndex;

// `saylau verify-history FILE`: walks the protocol history's hash chain (storage/HistoryChain) and compares
// every protocol with its history's last row (storage/HistoryStateCheck); says "intact" with the row count and
// the head to note down, or names the first row that is not as written and each protocol that differs.
class VerifyHistoryCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyHistoryCommand)

public:
    VerifyHistoryCommand();

private:
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;
    static QString protocolName(const TerritoryIndex &territory, qint64 territoryId, const QString &contestId,
                                const QString &source, const QString &copy);
    static void writeBreak(CampaignStore &store, const TerritoryIndex &territory, const HistoryChain::Break &broken,
                           QTextStream &out);
    static void writeMismatches(const TerritoryIndex &territory, const HistoryChain::Verdict &verdict,
                                const QList<HistoryStateCheck::Mismatch> &mismatches, QTextStream &out);
    static QString quoted(const QString &value);
};

} // namespace saylau

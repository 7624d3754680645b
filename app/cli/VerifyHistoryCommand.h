#pragma once

#include "CampaignCommand.h"

namespace saylau {

// `saylau verify-history FILE`: walks the protocol history's hash chain (storage/HistoryChain) and says
// "intact" with the row count and the head to note down, or names the first row that is not as written.
class VerifyHistoryCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyHistoryCommand)

public:
    VerifyHistoryCommand();

private:
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau

#pragma once

#include "CampaignCommand.h"

namespace saylau {

class ContestsCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContestsCommand)

public:
    ContestsCommand();

private:
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau

#pragma once

#include "CampaignCommand.h"

namespace saylau {

// `saylau estimate FILE`: turnout and party shares with 95% intervals from the copies of a random sample of
// precincts, beside the official figures; without a sample, only what the copies cover (see SampleEstimate).
class EstimateCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(EstimateCommand)

public:
    EstimateCommand();

private:
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau

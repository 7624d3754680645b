#pragma once

#include "CampaignCommand.h"
#include "analysis/IntegerPercentTest.h"

namespace saylau {

// `saylau forensics`: the integer-percentage test and the excess-votes estimate of a contest's per-precinct
// figures (analysis/ForensicsReport), as text, CSV or JSON.
class ForensicsCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(ForensicsCommand)

public:
    ForensicsCommand();

private:
    void readOptions() override;
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;

    IntegerPercentTest::Options m_options;
};

} // namespace saylau

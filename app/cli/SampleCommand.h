#pragma once

#include "CampaignCommand.h"
#include "analysis/SampleDrawing.h"

namespace saylau {

// `saylau sample FILE`: draws a random sample of precincts for a parallel vote tabulation, stores it in the
// campaign and writes the deployment list; with --margin alone, says how many precincts a margin needs.
class SampleCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(SampleCommand)

public:
    SampleCommand();

private:
    void readOptions() override;
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;
    // --margin alone: how many precincts the margin needs.
    void adviseSize(const CampaignStore &store, QTextStream &out) const;
    // --size: the sample, stored, and its deployment list.
    void drawSample(CampaignStore &store, QTextStream &out) const;

    SampleDrawing::Request m_request;
    double m_margin = 0;
};

} // namespace saylau

#pragma once

#include "CampaignCommand.h"

namespace saylau {

// `saylau diff FILE.db --contest C [--format text|csv|json] [--without-doubtful] [--top N] [--all]`: observer
// copies against official figures (DiscrepancyFinder). Exit code 1 when the official figures differ from a
// copy anywhere, 0 when they differ nowhere, 2 on bad input.
class DiffCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    DiffCommand();

private:
    void readOptions() override;
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;

    int m_top = 10;
};

} // namespace saylau

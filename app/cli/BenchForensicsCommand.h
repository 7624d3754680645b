#pragma once

#include "CampaignCommand.h"

namespace saylau {

// `saylau bench forensics FILE.db [--contest C] [--source S] [--draws N] [--runs N]`, reached through `saylau
// bench`: in one run, times SaylauDesk's forensics (read the precincts, the integer-percentage Monte Carlo,
// the excess-votes estimate), the same Monte Carlo written with numpy (numpy's binomial sampler over the same
// V, B and L) when python3 with numpy is present, then the whole `saylau forensics` and `saylau report` processes
// on the same file, and prints the ratios.
class BenchForensicsCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchForensicsCommand)

public:
    BenchForensicsCommand();

private:
    void readOptions() override;
    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;

    int m_draws = 1000;
    int m_runs = 1;
};

} // namespace saylau

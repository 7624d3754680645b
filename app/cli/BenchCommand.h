#pragma once

#include "Command.h"

namespace saylau {

// `saylau bench import|report|check|chart|diff|forensics|merge ...`: the benchmarks, one subcommand each, every
// one timing SaylauDesk against a reference in the same run and printing the ratio.
class BenchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    BenchCommand();

private:
    int run(QTextStream &out, QTextStream &err) override;
};

} // namespace saylau

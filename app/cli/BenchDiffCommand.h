#pragma once

#include "Command.h"

namespace saylau {

// `saylau bench diff FILE.db|DATA.csv [--contest C] [--runs N]`, reached through `saylau bench`: in one run, times
// (a) the sqlite3 shell running a plain SQL join of the file's observer and official rows with per-line
// differences (ReferenceComparisonQuery) and (b) SaylauDesk's full comparison (both sources read, every
// precinct and aggregate compared, copies judged, summaries per region and for the contest), and prints both
// and their ratio. Given a results file instead of a campaign, it first makes one (untimed): the file as
// official figures, and generated observer copies beside them (ObserverCopyGenerator).
class BenchDiffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BenchDiffCommand)

public:
    BenchDiffCommand();

private:
    void readOptions() override;
    int run(QTextStream &out, QTextStream &err) override;

    int m_runs = 3;
};

} // namespace saylau

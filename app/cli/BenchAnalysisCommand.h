#pragma once

#include "Command.h"

namespace saylau {

// `saylau bench report|check|chart|diff FILE.db|DATA.csv`, reached through `saylau bench`: times the real
// command as a user runs it (a child `saylau` process, start to exit: wall, CPU and peak memory) and, in the
// same runs, the sqlite3 shell answering the equivalent aggregate query on the same file (the query is
// printed), and prints both and their ratio. A results file is first imported into a temporary campaign
// (for `diff` with an observer copy of every precinct); `--scale N` repeats the whole on a generated file of
// N precincts and prints how time and memory grew.
class BenchAnalysisCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BenchAnalysisCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace saylau

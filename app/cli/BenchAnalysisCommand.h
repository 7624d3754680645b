#pragma once

#include "Command.h"

#include <optional>

namespace saylau {

// `saylau bench report|check|chart|diff FILE.db|DATA.csv`, one subcommand of `saylau bench` per analysis: times
// the real command as a user runs it (a child `saylau` process, start to exit: wall, CPU and peak memory) and, in the
// same runs, the sqlite3 shell answering the equivalent aggregate query on the same file (the query is
// printed), and prints both and their ratio. A results file is first imported into a temporary campaign
// (for `diff` with an observer copy of every precinct); `--scale N` repeats the whole on a generated file of
// N precincts and prints how time and memory grew.
class BenchAnalysisCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BenchAnalysisCommand)

public:
    enum class Analysis { Report, Check, Chart, Diff };

    explicit BenchAnalysisCommand(Analysis analysis);

    // In the order `saylau bench --help` lists them.
    static QList<Analysis> allAnalyses();
    // The analysis's command: "report", "check", "chart" or "diff".
    static QString analysisName(Analysis analysis);
    // A results file given instead of a campaign: a campaign made from it at path, untimed, as `saylau init`
    // and `saylau import` would make it; with withCopies an observer copy of every precinct beside it. The
    // desktop benchmark (bench/) starts from the same campaign.
    static QString prepareCampaign(const QString &csv, const QString &presetId, bool withCopies, const QString &path,
                                   QTextStream &err);
    // The machine's load average (1, 5, 15 minutes), printed beside every timing.
    static QString loadAverage();

private:
    void readOptions() override;
    int run(QTextStream &out, QTextStream &err) override;

    Analysis m_analysis;
    int m_runs = 3;
    std::optional<qint64> m_scale;
};

} // namespace saylau

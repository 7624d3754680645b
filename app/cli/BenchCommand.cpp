#include "BenchCommand.h"

#include "BenchAnalysisCommand.h"
#include "BenchForensicsCommand.h"
#include "BenchImportCommand.h"
#include "BenchMergeCommand.h"
#include "UnavailableCommand.h"

namespace saylau {

BenchCommand::BenchCommand()
    : Command(QStringLiteral("bench"),
              tr("Time a command against a reference (bench import DATA.csv | bench report|check|chart|diff "
                 "FILE.db|DATA.csv | bench forensics FILE.db | bench merge)"))
{
    addSubcommand(std::make_unique<BenchImportCommand>());
    for (const BenchAnalysisCommand::Analysis analysis : BenchAnalysisCommand::allAnalyses()) {
#ifndef SAYLAU_HAS_RENDER
        // Its child would be a saylau that cannot draw: say so before timing anything.
        if (analysis == BenchAnalysisCommand::Analysis::Chart) {
            addSubcommand(std::make_unique<UnavailableCommand>(QStringLiteral("chart")));
            continue;
        }
#endif
        addSubcommand(std::make_unique<BenchAnalysisCommand>(analysis));
    }
    addSubcommand(std::make_unique<BenchForensicsCommand>());
    addSubcommand(std::make_unique<BenchMergeCommand>());
}

int BenchCommand::run(QTextStream &, QTextStream &)
{
    QStringList quoted;
    for (const QString &name : subcommandNames())
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    const QString last = quoted.takeLast();
    throw UsageError(tr("the benchmarks are %1").arg(tr("%1 and %2").arg(quoted.join(QStringLiteral(", ")), last)));
}

} // namespace saylau
